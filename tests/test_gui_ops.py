"""The op runner, problems in words, and store changes reaching widgets with no timer."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QLabel

from callcenter.core.customers import CustomerForm
from callcenter.core.errors import NotPermitted, OverLimit, Problem, StoreProblem, Unexpected
from callcenter.core.money import Money
from callcenter.gui import problems
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.store import repo


def test_an_op_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(value):
        seen["value"], seen["gui"] = value, threading.current_thread() is threading.main_thread()

    run_op(work, done, name="test.answer")
    qtbot.waitUntil(lambda: "value" in seen, timeout=3000)
    assert seen == {"worker": True, "value": 42, "gui": True}


def test_a_failure_arrives_as_a_problem_never_as_exception_text(qtbot):
    failures: list[Problem] = []

    def refused():
        raise NotPermitted("decide_recovery", "agent")

    def crashed():
        raise KeyError("internal detail that must not reach a window")

    run_op(refused, None, failures.append, name="test.refused")
    run_op(crashed, None, failures.append, name="test.crashed")
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=3000)
    refusal = next(f for f in failures if isinstance(f, NotPermitted))
    assert refusal.params == {"action": "decide_recovery", "role": "agent"}
    unexpected = next(f for f in failures if isinstance(f, Unexpected))
    assert "internal detail" not in problems.describe(unexpected)


def test_writes_run_in_the_order_they_were_asked_for(qtbot):
    order: list[int] = []
    for i in range(20):
        run_op(lambda i=i: order.append(i), name="test.write", write=True)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=3000)
    assert order == list(range(20))


def test_an_op_that_has_answered_leaves_nothing_behind_on_its_owner(qtbot):
    """A console lives all day: each op's relay (and the closures it holds) goes once it has
    answered, whether it succeeded or failed."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from callcenter.gui.ops import _Relay

    owner = QLabel()
    answers: list[object] = []
    for i in range(30):
        run_op(lambda i=i: i, answers.append, answers.append, name="test.relay", owner=owner)
        run_op(lambda: 1 / 0, answers.append, answers.append, name="test.relay_fails", owner=owner)
    qtbot.waitUntil(lambda: len(answers) == 60, timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert sorted(a for a in answers if isinstance(a, int)) == list(range(30))
    assert owner.findChildren(_Relay) == []


def test_an_op_starts_once_the_gui_thread_has_done_what_its_click_set_going(qtbot):
    """A worker running Python holds the interpreter the GUI thread needs for layout: the op a
    click asks for waits for the events the click posted first (its layout, its paint)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    order: list[str] = []
    lock = threading.Lock()

    class Layout(QObject):
        def event(self, e):
            if e.type() == QEvent.Type.User:
                with lock:
                    order.append("gui")
                return True
            return super().event(e)

    layout = Layout()

    def op():
        with lock:
            order.append("op")

    QCoreApplication.postEvent(layout, QEvent(QEvent.Type.User))  # what the click set going
    run_op(op, name="test.after_the_gui")
    time.sleep(0.05)  # the rest of the click's handler: a worker started now would run meanwhile
    qtbot.waitUntil(lambda: len(order) == 2, timeout=3000)
    assert order == ["gui", "op"]


def test_wait_for_ops_starts_the_ops_not_yet_handed_to_a_pool(qtbot):
    from callcenter.gui.ops import ops_running, wait_for_ops

    ran = threading.Event()
    run_op(ran.set, name="test.waited", write=True)
    assert wait_for_ops(3000)  # no event loop turned in between: it starts them itself
    assert ran.is_set()
    qtbot.waitUntil(lambda: ops_running() == 0, timeout=3000)


def test_the_gui_process_hands_the_interpreter_over_often(qapp):
    import sys

    from callcenter.gui.app import GUI_SWITCH_INTERVAL_S, make_app

    make_app()
    assert sys.getswitchinterval() == GUI_SWITCH_INTERVAL_S <= 0.001  # Python's default: 5 ms


def test_no_callback_once_the_owner_is_gone(qtbot):
    gate = threading.Event()
    called = []
    owner = QLabel()
    run_op(lambda: gate.wait(3), called.append, name="test.owner", owner=owner)
    owner.deleteLater()
    qtbot.wait(50)
    gate.set()
    qtbot.wait(200)
    assert called == []


def test_problems_in_words_in_both_languages(qapp):
    from callcenter.gui import i18n

    refusal = NotPermitted("approve", "agent")
    over = OverLimit(Money(10000, "USD"), Money(40000, "USD"), scope="case")
    try:
        assert problems.describe(refusal) == "Not allowed: an agent may not approve."
        assert "$400.00" in problems.describe(over) and "case limit" in problems.describe(over)
        assert "disk is full" in problems.describe(StoreProblem("disk_full"))
        i18n.install("zh_CN")
        zh = problems.describe(StoreProblem("disk_full"))
        assert zh and "disk" not in zh  # a Chinese sentence, not the English one
    finally:
        i18n.install("en")


def test_a_widget_hears_of_its_record_changing_with_no_timer(qtbot, store):
    cid = repo.create_customer(store, CustomerForm(given_name="Di", family_name="Ma", phone="+1 212 555 0103"), None)
    other = repo.create_customer(store, CustomerForm(given_name="Ed", family_name="Lo", phone="+1 212 555 0104"), None)
    label = QLabel()
    qtbot.addWidget(label)
    heard: list = []
    watch(store, label, heard.append, column="customer_id", record=lambda: cid)

    def rename(customer_id: str, name: str) -> None:
        form = repo.load_form(store, customer_id)
        form.given_name = name
        repo.update_customer(store, customer_id, form, None)

    run_op(lambda: rename(other, "Edna"), name="test.other", write=True)
    run_op(lambda: rename(cid, "Diana"), name="test.mine", write=True)
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=3000)
    qtbot.wait(100)
    assert len(heard) == 1 and heard[0].changes.touches_record("customer_id", cid)
