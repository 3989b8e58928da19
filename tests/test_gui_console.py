"""The agent console end to end with real widgets (pytest-qt) on a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from callcenter.core.agent_state import MISSED_CALL, AgentState
from callcenter.core.calls import ManualCallSource
from callcenter.core.events import EventBus
from callcenter.core.screenpop import PopStatus
from callcenter.gui.bridge import EventBridge
from callcenter.gui.ops import wait_for_ops
from callcenter.store import repo
from callcenter.store.models import AuditLog, Interaction


class FakeClock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def make_console(qtbot, store, settings, username="agent1", lang="en"):
    from callcenter.gui.console_assembly import build_console

    bus = EventBus()
    source = ManualCallSource(bus)
    bridge = EventBridge(bus)
    identity = next(a for a in repo.agents(store) if a.username == username)
    window = build_console(store, identity, source, bridge, settings, lang)
    qtbot.addWidget(window)
    window.show()
    window._keep = (bus, bridge)
    window.confirm_close = False
    clock = FakeClock()
    window.controller.sm.clock = clock
    window.controller.sm.since = clock.t
    qtbot.waitUntil(lambda: window.bootstrap is not None, timeout=5000)  # reference data read off the GUI thread
    return window, source, clock


def settle(qtbot, window):
    wait_for_ops(5000)
    qtbot.wait(10)
    wait_for_ops(5000)


def shown(qtbot, window, customer_id):
    """The record the screen pop shows once the op that reads it has answered."""
    qtbot.waitUntil(lambda: window.pop_panel.customer_id() == customer_id, timeout=5000)
    return window.pop_panel.current.view


def ring(qtbot, window, source, ani):
    source.ring(window.identity.user_id, ani)
    qtbot.waitUntil(lambda: window.controller.pop is not None, timeout=5000)
    return window.controller.call


def interaction(store, interaction_id):
    with store.session() as s:
        return s.get(Interaction, interaction_id)


def test_full_call_ring_pop_answer_hold_end_wrap_available(qtbot, seeded, settings):
    store, ids = seeded
    window, source, clock = make_console(qtbot, store, settings)
    c = window.controller
    assert c.sm.state is AgentState.NOT_READY  # after login
    qtbot.mouseClick(window.state_panel.available_button, Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.AVAILABLE

    call = ring(qtbot, window, source, "+86 138 0013 8000")
    assert c.sm.state is AgentState.RINGING
    assert c.pop.status is PopStatus.MATCHED
    assert window.pop_panel.customer_page.name.text() == "王小明"
    assert window.call_panel.buttons["answer"].isEnabled()

    qtbot.mouseClick(window.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.ON_CALL
    qtbot.mouseClick(window.call_panel.buttons["hold"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.ON_HOLD
    assert "Resume" in window.call_panel.buttons["hold"].text()
    qtbot.mouseClick(window.call_panel.buttons["hold"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.ON_CALL
    qtbot.mouseClick(window.call_panel.buttons["end"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.WRAP_UP
    assert window.wrap_panel.isVisible()

    # Finishing without a disposition is refused with a message; nothing is lost.
    qtbot.keyClicks(window.wrap_panel.ui.notesEdit, "Customer asked about the late delivery")
    qtbot.mouseClick(window.wrap_panel.ui.finishButton, Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.WRAP_UP
    assert window.wrap_panel.ui.errorLabel.text()
    # Searchable tree: typing filters, Enter picks the first leaf.
    qtbot.keyClicks(window.wrap_panel.ui.filterEdit, "resolved")
    qtbot.keyClick(window.wrap_panel.ui.filterEdit, Qt.Key.Key_Return)
    assert window.wrap_panel.selected() == ids["support.resolved"]
    qtbot.mouseClick(window.wrap_panel.ui.finishButton, Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.AVAILABLE
    settle(qtbot, window)

    row = interaction(store, call.interaction_id)
    assert row.customer_id == ids["wang"]
    assert row.agent_id == ids["agent1"]
    assert row.ani_e164 == "+8613800138000"
    assert row.outcome == "completed"
    assert row.answered_at is not None and row.ended_at >= row.answered_at
    assert row.hold_count == 1
    assert row.disposition_id == ids["support.resolved"]
    assert row.notes == "Customer asked about the late delivery"
    assert row.wrap_ended_at is not None
    # The new call is in the customer's history at once.
    window.show_customer(ids["wang"], "search")
    settle(qtbot, window)
    view = shown(qtbot, window, ids["wang"])
    assert view.interactions[0].notes == "Customer asked about the late delivery"
    settle(qtbot, window)
    with store.session() as s:
        views = s.scalars(select(AuditLog).where(AuditLog.action == "view", AuditLog.entity_id == ids["wang"])).all()
    assert len(views) >= 2  # the pop and the re-open, each audited


def test_missed_offer_goes_not_ready_and_returns_then_stays_after_limit(qtbot, seeded, settings):
    store, _ = seeded
    settings.set("calls/max_missed_offers", 2)
    settings.set("calls/missed_pause_s", 15)
    window, source, clock = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "(650) 253-0000")
    c.ring_timeout()  # the ring timer firing
    assert c.sm.state is AgentState.NOT_READY and c.sm.reason == MISSED_CALL
    assert window.state_panel.reason_label.text() == "Missed call"
    settle(qtbot, window)
    assert interaction(store, call.interaction_id).outcome == "missed"
    clock.t += 16
    c.tick()
    assert c.sm.state is AgentState.AVAILABLE  # one miss: back after the pause
    ring(qtbot, window, source, "(650) 253-0000")
    c.ring_timeout()  # the second miss in a row: the limit
    clock.t += 3600
    c.tick()
    assert c.sm.state is AgentState.NOT_READY and c.sm.reason == MISSED_CALL  # stays until the agent acts
    qtbot.mouseClick(window.state_panel.available_button, Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.AVAILABLE and c.sm.missed_in_row == 0


def test_abandoned_while_ringing_ends_in_wrap_up_with_record(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    source.hang_up(window.identity.user_id, call.call_id)
    qtbot.waitUntil(lambda: c.sm.state is AgentState.WRAP_UP, timeout=2000)
    c.finish_wrap_up(None, "caller gave up")
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.outcome == "abandoned" and row.answered_at is None and row.ended_at is not None
    assert row.notes == "caller gave up"


def test_line_failure_mid_call_keeps_record_and_wraps_up(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.line_failed()
    assert c.sm.state is AgentState.WRAP_UP
    settle(qtbot, window)
    assert interaction(store, call.interaction_id).outcome == "failed"


def test_wrap_up_timeout_keeps_what_was_typed(qtbot, seeded, settings):
    store, ids = seeded
    settings.set("calls/wrap_up_timeout_s", 30)
    settings.set("calls/wrap_up_extend_s", 30)
    window, source, clock = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.end()
    window.wrap_panel.ui.notesEdit.setPlainText("half-typed note")
    window.wrap_panel.select_code(ids["sales.new"])
    clock.t += 20
    qtbot.mouseClick(window.wrap_panel.ui.extendButton, Qt.MouseButton.LeftButton)
    clock.t += 20  # 40 s in: past the first deadline, inside the extension
    c.tick()
    assert c.sm.state is AgentState.WRAP_UP
    clock.t += 25
    c.tick()
    assert c.sm.state is AgentState.AVAILABLE
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.notes == "half-typed note" and row.disposition_id == ids["sales.new"]


def test_shared_number_offers_a_chooser(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "650-253-0000")
    assert c.pop.status is PopStatus.MULTIPLE
    chooser = window.pop_panel.chooser_page
    assert window.pop_panel.stack.currentWidget() is chooser
    assert chooser.list.count() == 2
    names = {chooser.list.item(i).text().split()[0] for i in range(2)}
    assert names == {"Tom", "Ann"}
    item = next(chooser.list.item(i) for i in range(2) if chooser.list.item(i).text().startswith("Ann"))
    chooser.list.itemActivated.emit(item)
    shown(qtbot, window, ids["ann"])
    assert window.pop_panel.customer_page.name.text() == "Ann Smith"
    c.answer()
    c.end()
    c.finish_wrap_up(ids["sales.new"], "")
    settle(qtbot, window)
    assert interaction(store, call.interaction_id).customer_id == ids["ann"]


@pytest.mark.parametrize(
    "ani,status",
    [("12345", PopStatus.INVALID), ("anonymous", PopStatus.WITHHELD), ("+1 415 555 2671", PopStatus.UNKNOWN)],
)
def test_unusable_numbers_never_block_answering(qtbot, seeded, settings, ani, status):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, ani)
    assert c.pop.status is status
    page = window.pop_panel.message_page
    assert window.pop_panel.stack.currentWidget() is page
    assert page.title.text()
    assert page.create_button.isVisibleTo(window) == (status is not PopStatus.INVALID)
    assert window.call_panel.buttons["answer"].isEnabled()
    c.answer()
    assert c.sm.state is AgentState.ON_CALL
    settle(qtbot, window)
    assert interaction(store, call.interaction_id).ani_raw == ani


def test_ring_while_unfocused_notifies(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    window.controller.set_available()
    window.clearFocus()
    ring(qtbot, window, source, "+86 138 0013 8000")
    if not window.isActiveWindow():
        assert window.alert.notifications and window.alert.notifications[-1][0] == "Incoming call"


def test_sensitive_fields_masked_for_agents_shown_for_supervisors(qtbot, seeded, settings):
    store, ids = seeded
    agent_window, _, _ = make_console(qtbot, store, settings, "agent1")
    agent_window.show_customer(ids["wang"], "search")
    view = shown(qtbot, agent_window, ids["wang"])
    assert view.card_number.endswith("1111") and "4111" not in view.card_number
    assert ("", True) in view.notes
    sup_window, _, _ = make_console(qtbot, store, settings, "super1")
    sup_window.show_customer(ids["wang"], "search")
    view = shown(qtbot, sup_window, ids["wang"])
    assert view.card_number == "4111111111111111"
    assert ("Disputed a chargeback in 2024", True) in view.notes


def test_search_opens_a_customer_with_the_keyboard(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    panel = window.search_panel
    panel.edit.setText("王")  # QTest cannot type non-ASCII keys
    qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=3000)
    with qtbot.waitSignal(panel.customer_opened, timeout=2000) as blocker:
        qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert blocker.args == [ids["wang"]]
    shown(qtbot, window, ids["wang"])
    assert window.pop_panel.customer_page.name.text() == "王小明"


def test_customer_dialog_reports_each_bad_field_and_keeps_input(qtbot, seeded, settings):
    from callcenter.gui.agent.customer_dialog import CustomerDialog

    store, ids = seeded
    dialog = CustomerDialog(store, next(a for a in repo.agents(store) if a.username == "agent1"), "US", phone="12345")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.given_name, "Grace")
    qtbot.keyClicks(dialog.email, "grace-at-example")
    dialog.save()
    assert dialog.result() == 0
    assert dialog.errors["phone"].isVisibleTo(dialog) and "digits" in dialog.errors["phone"].text()
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert dialog.given_name.text() == "Grace" and dialog.phone.text() == "12345"
    assert dialog.customer_id is None
    dialog.phone.setText("+1 415 555 2671")
    dialog.email.setText("grace@example.com")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.customer_id is not None, timeout=5000)  # saved by an op off the GUI thread
    assert dialog.customer_id is not None
    with store.engine.connect() as conn:
        from callcenter.store import screenpop

        pop = screenpop.pop(conn, "(415) 555-2671", "US")
    assert pop.status is PopStatus.MATCHED and pop.view.display_name == "Grace"


def test_warm_transfer_consult_then_complete(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.consult("queue:billing")
    assert c.sm.state is AgentState.ON_HOLD
    assert window.call_panel.buttons["complete"].isVisibleTo(window)
    c.complete_transfer()
    assert c.sm.state is AgentState.WRAP_UP
    c.finish_wrap_up(None, "")
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.outcome == "transferred" and row.transferred_to == "queue:billing" and row.hold_count == 1


def test_login_dialog_refuses_wrong_password_and_accepts_right_one(qtbot, seeded):
    from callcenter.gui.agent.login_dialog import LoginDialog

    store, ids = seeded
    dialog = LoginDialog(store, [("agent1", "agent1", "agent")])
    qtbot.addWidget(dialog)
    assert "agent1 / agent1" in dialog.ui.demoLabel.text()
    qtbot.keyClicks(dialog.ui.usernameEdit, "agent1")
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong")
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.ui.buttonBox.isEnabled(), timeout=5000)
    assert dialog.identity is None and "do not match" in dialog.ui.errorLabel.text()
    dialog.ui.passwordEdit.setText("agent1")
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.identity is not None, timeout=5000)
    assert dialog.identity.user_id == ids["agent1"]


def test_preferences_validate_region_and_apply_to_the_state_machine(qtbot, seeded, settings):
    from callcenter.gui.agent.preferences_dialog import PreferencesDialog

    store, _ = seeded
    window, _, _ = make_console(qtbot, store, settings)
    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.region.setText("XX")
    dialog.spins["calls/wrap_up_timeout_s"].setValue(90)
    dialog.save()
    assert dialog.result() == 0 and "XX" in dialog.error.text()
    assert settings.get("calls/wrap_up_timeout_s") == 60  # nothing saved from a refused form
    dialog.region.setText("cn")
    dialog.after.setCurrentIndex(dialog.after.findData("not_ready"))
    dialog.save()
    assert settings.get("calls/default_region") == "CN" and settings.get("calls/wrap_up_timeout_s") == 90
    from callcenter.gui.agent.console_controller import agent_config

    assert agent_config(settings).after_wrap_up is AgentState.NOT_READY


def test_console_speaks_chinese(qtbot, seeded, settings):
    from callcenter.gui import i18n

    store, ids = seeded
    i18n.install("zh_CN")
    try:
        window, source, _ = make_console(qtbot, store, settings, lang="zh_CN")
        assert window.windowTitle().startswith("坐席工作台")
        assert window.call_panel.buttons["answer"].text().startswith("接听")
        window.controller.set_available()
        assert window.state_panel.state_label.text() == "就绪"
        ring(qtbot, window, source, "+86 138 0013 8000")
        chips = [
            window.pop_panel.customer_page.warnings.itemAt(i).widget()
            for i in range(window.pop_panel.customer_page.warnings.count())
        ]
        assert "有未解决投诉" in [w.text() for w in chips if w is not None]
    finally:
        i18n.install("en")


# -- the record on screen follows its rows (change events, no timer) -------------------------
def test_a_sync_pull_that_changes_the_customer_on_screen_updates_the_pop(qtbot, seeded, settings, tmp_path):
    from callcenter.store import replica
    from callcenter.store.db import Store
    from callcenter.store.models import Customer

    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    window.show_customer(ids["wang"], "search")
    shown(qtbot, window, ids["wang"])
    window.pop_panel.customer_page.tabs.setCurrentIndex(1)  # the agent reads the orders
    settle(qtbot, window)
    with store.session() as s:
        views_before = s.query(AuditLog).filter(AuditLog.action == "view").count()

    other = Store(tmp_path / "other-console.db")  # another console that synced the same customers
    try:
        replica.apply_remote(other, replica.collect_pending(store, 100_000).changes)
        with other.transaction() as s:
            s.get(Customer, ids["wang"]).display_name = "王晓明"
        pulled = replica.collect_pending(other, 1000).changes
        assert pulled
        replica.apply_remote(store, pulled)  # this console's sync pull
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.pop_panel.customer_page.name.text() == "王晓明", timeout=5000)
    assert window.pop_panel.current.view.display_name == "王晓明"
    assert window.pop_panel.customer_page.tabs.currentIndex() == 1  # repainted in place
    settle(qtbot, window)
    with store.session() as s:  # the same view, repainted: not a new audited view
        assert s.query(AuditLog).filter(AuditLog.action == "view").count() == views_before


def test_an_edit_saved_from_the_customer_dialog_updates_the_pop_and_the_call(qtbot, seeded, settings):
    from callcenter.gui.agent.customer_dialog import CustomerDialog

    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    assert window.pop_panel.customer_page.name.text() == "王小明"
    # his number is stored as typed in China ("138 0013 8000"): checked with the Chinese default
    dialog = CustomerDialog(store, window.identity, "CN", ids["wang"], parent=window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)  # the form is read off the GUI thread
    assert dialog.family_name.text() == "王" and dialog.given_name.text() == "小明"
    dialog.given_name.setText("大明")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.pop_panel.customer_page.name.text() == "王大明", timeout=5000)
    assert c.pop.view.display_name == "王大明"  # the ringing call's pop follows too
    assert "王大明" in window.call_panel.caller_label.text()


def test_the_pop_shows_the_call_in_its_history_as_it_is_saved(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.end()
    c.finish_wrap_up(ids["support.resolved"], "told about the refund")
    qtbot.waitUntil(
        lambda: window.pop_panel.current.view.interactions[0].notes == "told about the refund", timeout=5000
    )


def test_another_customer_changing_leaves_the_pop_alone(qtbot, seeded, settings):
    from callcenter.core.customers import CustomerForm
    from callcenter.ops import customers

    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    window.show_customer(ids["wang"], "search")
    shown(qtbot, window, ids["wang"])
    reloads = []
    window.controller.record_refreshed.connect(reloads.append)
    identity = window.identity
    customers.save_customer(store, identity, CustomerForm(given_name="Tom", family_name="Smythe"), ids["tom"])
    settle(qtbot, window)
    assert reloads == []


# -- refusals in words, never exception text -----------------------------------------------
def test_a_refused_action_is_told_in_the_agents_language(qtbot, seeded, settings):
    from callcenter.gui import i18n

    store, _ = seeded
    window, _, _ = make_console(qtbot, store, settings)
    said = []
    window.controller.error.connect(said.append)
    window.controller.answer()  # nothing rings
    assert said == ["Not possible now (Not ready): you cannot answer."]
    i18n.install("zh_CN")
    try:
        window.controller.hold_toggle()
        window.controller.extend_wrap_up()
        # codes never show: the state in the agent's language, the action in words
        assert "未就绪" in said[-1] and "not_ready" not in said[-1] and "extend_wrap_up" not in said[-1]
    finally:
        i18n.install("en")


def test_a_failed_save_keeps_the_customer_form_and_says_why(qtbot, seeded, settings, monkeypatch):
    from callcenter.core.errors import StoreProblem
    from callcenter.gui.agent.customer_dialog import CustomerDialog
    from callcenter.ops import customers

    store, _ = seeded
    identity = next(a for a in repo.agents(store) if a.username == "agent1")

    def full_disk(*_args, **_kw):
        raise StoreProblem("disk_full")

    monkeypatch.setattr(customers, "save_customer", full_disk)
    dialog = CustomerDialog(store, identity, "US", phone="+1 415 555 2671")
    qtbot.addWidget(dialog)
    dialog.given_name.setText("Grace")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.general_error.text()), timeout=5000)
    assert "disk is full" in dialog.general_error.text() and dialog.result() == 0
    assert dialog.given_name.text() == "Grace" and dialog.customer_id is None
    assert dialog.save_button.isEnabled()


def test_sign_in_fields_are_checked_before_any_store_work(qtbot, seeded):
    from callcenter.gui.agent.login_dialog import LoginDialog

    store, _ = seeded
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.try_login()
    assert "Enter your user name" in dialog.ui.errorLabel.text()


def test_answer_never_waits_for_the_pop_even_when_the_store_is_slow(qtbot, seeded, settings):
    import threading

    from callcenter.gui.ops import run_op

    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    gate = threading.Event()
    run_op(lambda: gate.wait(5), name="test.slow_disk", write=True)  # the write pool is stuck behind this
    source.ring(window.identity.user_id, "+86 138 0013 8000")
    assert c.sm.state is AgentState.RINGING and c.pop is None
    assert window.pop_panel.stack.currentWidget() is window.pop_panel.idle_page  # "Looking up…"
    assert window.call_panel.buttons["answer"].isEnabled()
    qtbot.mouseClick(window.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.ON_CALL
    call = c.call
    gate.set()
    qtbot.waitUntil(lambda: c.pop is not None, timeout=5000)
    assert window.pop_panel.customer_id() == ids["wang"]
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.answered_at is not None and row.customer_id == ids["wang"]  # written once the offer was on record


def wrap_up_with_nps_due(qtbot, window, source):
    """A call taken and ended with a customer never asked for NPS: the wrap-up asks it."""
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.end()
    panel = window.wrap_panel
    qtbot.waitUntil(lambda: panel.nps_combo.isVisibleTo(panel), timeout=5000)  # never asked: due
    return panel


def test_learning_whether_nps_is_due_swaps_its_row_in_place_and_keeps_the_panels_width(qtbot, seeded, settings):
    store, _ids = seeded
    window, source, _clock = make_console(qtbot, store, settings)
    c = window.controller
    panel = wrap_up_with_nps_due(qtbot, window, source)
    qtbot.wait(10)
    tree_height, width, record_width = panel.ui.dispositionTree.height(), panel.width(), window.pop_panel.width()
    panel.set_survey(True, False)  # NPS not due: the note takes the row in place
    qtbot.wait(10)
    assert panel.nps_note.isVisibleTo(panel) and not panel.nps_combo.isVisibleTo(panel)
    assert panel.ui.dispositionTree.height() == tree_height  # nothing else in the panel moved
    assert (panel.width(), window.pop_panel.width()) == (width, record_width)  # nor beside it
    c.finish_wrap_up(None, "")
    qtbot.wait(10)
    assert not panel.isVisible()
    settle(qtbot, window)


def test_a_wrap_up_column_closed_by_the_agent_opens_again_for_the_next_wrap_up(qtbot, seeded, settings):
    store, _ids = seeded
    window, source, _clock = make_console(qtbot, store, settings)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])  # dragged shut
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.end()
    qtbot.wait(10)
    assert window.wrap_panel.isVisible() and window.splitter.sizes()[2] >= 300
    c.finish_wrap_up(None, "")
    settle(qtbot, window)


def test_a_call_popped_as_it_was_offered_is_written_once_and_its_record_read_once_more(qtbot, seeded, settings):
    """The offer's op writes the call and links its customer: with nothing new about the call
    when the pop arrives, the console writes nothing more (a write, a change event and a
    re-read of the record fewer each call); answered meanwhile, it is written again."""
    from callcenter.core.changes import Changed

    store, ids = seeded
    window, source, _clock = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    settle(qtbot, window)
    writes: list[Changed] = []
    unsubscribe = store.events.subscribe(
        Changed, lambda e: writes.append(e) if e.changes.touches("interactions") else None
    )
    try:
        call = ring(qtbot, window, source, "+86 138 0013 8000")
        settle(qtbot, window)
        assert window.pop_panel.customer_id() == ids["wang"]
        assert len(writes) == 2  # the offer's op alone: the call recorded, then linked to its customer
        row = interaction(store, call.interaction_id)
        assert (row.customer_id, row.outcome) == (ids["wang"], "ringing")
        c.answer()
        settle(qtbot, window)
        assert len(writes) == 3
        assert interaction(store, call.interaction_id).answered_at is not None
    finally:
        unsubscribe()
    c.end()
    c.finish_wrap_up(None, "")
    settle(qtbot, window)


def test_the_nps_row_is_one_line_high_and_the_spare_height_goes_to_the_codes_and_notes(qtbot, seeded, settings):
    store, _ids = seeded
    window, source, _clock = make_console(qtbot, store, settings)
    window.resize(1360, 860)
    c = window.controller
    panel = wrap_up_with_nps_due(qtbot, window, source)
    settle(qtbot, window)
    line = max(panel.nps_combo.sizeHint().height(), panel.csat_combo.height())
    assert panel.nps_field.height() <= line  # not a combo box in a tall empty box
    assert panel.ui.dispositionTree.height() > 3 * line and panel.ui.notesEdit.height() > 3 * line
    c.finish_wrap_up(None, "")
    settle(qtbot, window)
