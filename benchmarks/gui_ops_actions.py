"""The user actions ``callcenter bench gui-ops`` drives through the real windows.

Each action is a trigger (what a person does: a click, typed text, a key) and a
condition that says it is complete (the window shows the result). ``gui_ops.measure``
adds up the GUI-thread time in between. The store is the benchmark's demo store; the
windows are the product's own, built by ``gui.console_assembly.build_console``.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from callcenter.benchmarks.stats import say

Measure = Callable[..., None]


def _settings(folder: Path):
    from PySide6.QtCore import QSettings

    from callcenter.gui.settings import Settings

    s = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    s.set("calls/ring_sound", False)
    s.set("calls/default_region", "US")
    s.set("calls/wrap_up_timeout_s", 3600)
    return s


def _callers(store, rng: random.Random, n: int) -> list[tuple[str, str]]:
    """(raw number as the switch sends it, customer id) of customers with one phone each."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT p.raw, p.customer_id FROM phones p WHERE NOT p.deleted AND p.e164 IN ("
            " SELECT e164 FROM phones WHERE NOT deleted GROUP BY e164 HAVING count(*) = 1"
            ") AND p.e164 LIKE '+1%' LIMIT 5000"
        ).all()
    picked = rng.sample(rows, min(n, len(rows)))
    return [(raw, cid) for raw, cid in picked]


def drive_all(app: Any, meter: Any, path: Path, rounds: int, rng: random.Random) -> None:
    from callcenter.benchmarks.gui_ops import measure
    from callcenter.core.calls import ManualCallSource
    from callcenter.core.events import EventBus
    from callcenter.gui.app import settle_heap
    from callcenter.gui.bridge import EventBridge
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.ops import ops_running, wait_for_ops
    from callcenter.ops import auth
    from callcenter.store.db import Store

    store = Store(path)
    tmp = Path(tempfile.mkdtemp(prefix="bench-gui-ops-"))
    settings = _settings(tmp)
    agent = next(a for a in auth.list_agents(store) if a.username == "agent1")
    callers = _callers(store, rng, rounds)
    bus = EventBus()
    source = ManualCallSource(bus)
    bridge = EventBridge(bus)

    def m(name: str, trigger: Callable[[], object], done: Callable[[], bool]) -> None:
        measure(app, meter, name, trigger, done)

    sign_in(app, m, store, rounds)
    window = build_console(store, agent, source, bridge, settings, "en", start_sync=False)
    window.confirm_close = False
    window.resize(1360, 860)
    window.show()
    _wait(app, lambda: window.wrap_panel.ui.filterEdit is not None and window.state_panel.reason_combo.count() > 0)
    settle_heap()  # as the application does once its console is up
    # The console's start-up reads (reference data, phone metadata, the case window's files)
    # done, as they are by the time an agent who just signed in takes a call.
    _wait(app, lambda: ops_running() == 0)
    try:
        console_actions(app, m, window, source, callers)
        customer_actions(app, m, window, store, callers, rng)
        complaint_actions(app, m, window, store, len(callers))
    finally:
        window.close()
        wait_for_ops(10_000)
        app.processEvents()
        store.close()


def _wait(app: Any, done: Callable[[], bool], timeout_s: float = 20.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready")
        app.processEvents()
        time.sleep(0.001)


def sign_in(app: Any, m: Measure, store, rounds: int) -> None:
    from callcenter.gui.agent.login_dialog import LoginDialog

    for _ in range(max(3, rounds // 5)):  # argon2 takes ~50 ms a try, all of it off the GUI thread
        dialog = LoginDialog(store)
        dialog.show()
        dialog.ui.usernameEdit.setText("agent1")
        dialog.ui.passwordEdit.setText("agent1")
        m("auth.sign_in", dialog.try_login, lambda d=dialog: d.identity is not None)
        dialog.close()
        dialog.deleteLater()


def console_actions(app: Any, m: Measure, window, source, callers) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from callcenter.core.agent_state import AgentState

    c = window.controller
    click = QTest.mouseClick
    left = Qt.MouseButton.LeftButton
    say(f"console: {len(callers)} calls")
    for raw, customer_id in callers:
        _finish_other_calls(app, window)
        if c.sm.state is not AgentState.AVAILABLE:
            m(
                "state.available",
                lambda: click(window.state_panel.available_button, left),
                lambda: c.sm.state is AgentState.AVAILABLE,
            )
        m(
            "call.ring_to_pop",
            lambda raw=raw: source.ring(window.identity.user_id, raw),
            lambda cid=customer_id: c.pop is not None and window.pop_panel.customer_id() == cid,
        )
        m(
            "call.answer",
            lambda: click(window.call_panel.buttons["answer"], left),
            lambda: c.sm.state is AgentState.ON_CALL,
        )
        m("call.hold", lambda: click(window.call_panel.buttons["hold"], left), lambda: c.sm.state is AgentState.ON_HOLD)
        m(
            "call.resume",
            lambda: click(window.call_panel.buttons["hold"], left),
            lambda: c.sm.state is AgentState.ON_CALL,
        )
        m("call.end", lambda: click(window.call_panel.buttons["end"], left), lambda: c.sm.state is AgentState.WRAP_UP)
        wrap = window.wrap_panel.ui
        wrap.filterEdit.setText("resolved")
        QTest.keyClick(wrap.filterEdit, Qt.Key.Key_Return)
        wrap.notesEdit.setPlainText("Asked about the delivery date")
        m("call.wrap_up", lambda w=wrap: click(w.finishButton, left), lambda: c.sm.state is AgentState.AVAILABLE)


def _finish_other_calls(app: Any, window) -> None:
    """A call the benchmark did not place (a due complaint callback rings as an outbound
    call) is answered and wrapped up unmeasured, so the measured call can ring."""
    from callcenter.core.agent_state import AgentState

    c = window.controller
    for _ in range(20):
        state = c.sm.state
        if state in (AgentState.AVAILABLE, AgentState.NOT_READY, AgentState.LOGGED_OUT):
            if state is AgentState.NOT_READY:
                c.set_available()
                _wait(app, lambda: True)
            if c.sm.state is AgentState.AVAILABLE:
                return
            continue
        if state is AgentState.RINGING:
            c.answer()
        elif state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            c.end()
        elif state is AgentState.WRAP_UP:
            codes = window.wrap_panel
            c.finish_wrap_up(codes.selected() or _any_disposition(window), "")
        app.processEvents()


def _any_disposition(window) -> str | None:
    boot = getattr(window, "bootstrap", None)
    codes = getattr(boot, "disposition_codes", None) or []
    leaves = [d for d in codes if not any(o.parent_id == d.id for o in codes)]
    return leaves[0].id if leaves else None


def customer_actions(app: Any, m: Measure, window, store, callers, rng: random.Random) -> None:
    from callcenter.gui.agent.customer_dialog import CustomerDialog

    panel = window.search_panel
    names = ["wang", "li", "smith", "zhang", "chen", "brown", "liu", "jones", "Emma", "Noah"]
    say(f"customers: {len(callers)} searches, opens and edits")
    for i, (_raw, customer_id) in enumerate(callers):
        query = names[i % len(names)][: 2 + i % 3]

        def search(q: str = query) -> None:
            panel.edit.setText(q)
            panel._debounce.stop()  # the person stops typing: the query runs now
            panel._run()

        m("customer.search", search, lambda: panel.results.count() > 0 or "No matches" in panel.status.text())
        m(
            "customer.open",
            lambda cid=customer_id: panel.customer_opened.emit(cid),
            lambda cid=customer_id: window.pop_panel.customer_id() == cid,
        )
        dialog = CustomerDialog(store, window.identity, "US", customer_id, parent=window)
        dialog.show()
        _wait(app, lambda d=dialog: bool(d.family_name.text() or d.company_name.text()))
        dialog.given_name.setText(f"{dialog.given_name.text().split('~')[0]}~{rng.randrange(1000)}")
        m("customer.save", dialog.save, lambda d=dialog: d.result() == 1 or not d.isVisible())
        dialog.deleteLater()


def complaint_actions(app: Any, m: Measure, window, store, rounds: int) -> None:
    """Open a case the agent may work on (as the screen pop's and My cases' lists do, through
    the console's complaints part), add a note to it, close its window."""
    from callcenter.gui.complaints.case_window import CaseWindow

    with store.engine.connect() as conn:
        ids = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM complaints WHERE NOT deleted AND state NOT IN ('closed', 'withdrawn') LIMIT ?",
                (rounds,),
            ).all()
        ]
    say(f"complaints: {len(ids)} cases opened and noted")
    for i, complaint_id in enumerate(ids):
        holder: list[CaseWindow] = []

        def open_case(cid: str = complaint_id, into: list[CaseWindow] = holder) -> None:
            into.append(window.complaints.open_case(cid))

        def opened(cid: str = complaint_id, h: list[CaseWindow] = holder) -> bool:
            return bool(h) and h[0].record is not None and h[0].record.id == cid

        m("complaint.open", open_case, opened)
        case = holder[0]
        before = len(case.record.case.timeline) if case.record is not None else 0
        case.ask.comment = lambda *a, n=i, **k: f"Called the courier, round {n}"  # what the agent types
        m(
            "complaint.note",
            lambda c=case: c.step("note"),
            lambda c=case, b=before: (
                not c.busy and c.record is not None and (len(c.record.case.timeline) > b or c.last_problem is not None)
            ),
        )
        case.close()
