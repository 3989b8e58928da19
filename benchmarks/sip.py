"""``callcenter bench sip``: a real SIP call to the caller's record on screen, and how many
calls one console takes back to back.

The parts are the product's and the telephony tests' own (``benchmarks/sip_lab.py``):
Kamailio on loopback as the registrar and proxy, SIPp as the customer calling, and the
console's softphone — baresip driven by ``telephony.SipCallSource`` — registered from the
console's Phone settings (its password in an in-memory keyring of this run). The console
is the real window (``gui.console_assembly.build_console``), offscreen, on a demo store of
``--customers`` (built once and cached, or ``--db``; measured on a copy of it, so runs
compare). ``--calls`` customers with a phone
number of their own call in turn, each identified by ``P-Asserted-Identity``.

For each call:

- ``invite_to_pop``: from the softphone's first sight of the INVITE — the moment the
  console process reads the start of that INVITE in baresip's SIP trace (after Kamailio
  relayed it; retransmissions do not count) — until the paint of the caller's record in
  the screen pop has returned: the Paint event of the pop's name label (or of its
  account-number line, when two callers share a name), handled and timed in an event
  filter; no timer. In between: the user agent's event, the caller-ID rules, the event
  bridge to the GUI thread, the ringing state, the offer recorded and the record read
  off the GUI thread, the panel filled in, and Qt painting it.
  The first call after the console starts is also given alone (``first_call_…``): it
  pays once for what is read or compiled on first use; ``…_after_first`` leaves it out.
- ``sipp_invite_to_pop`` (when SIPp's message trace can be read): the same end, from
  the wall-clock time SIPp logged for sending the INVITE, so Kamailio's relay is in it.

Then the agent works the call as a person at the keyboard would, as fast as the console
lets them: Answer (clicked; the 200 OK is acknowledged), Hang up (clicked; SIPp answers
the BYE), Finish wrap-up with a disposition (clicked), back to Available, and the next
customer's SIPp starts. ``calls_per_minute`` is calls over the time from the first SIPp
start until the console is Available after the last call, SIPp's own start included.
A call that did not pop, or that SIPp did not see through (INVITE answered, BYE taken),
counts in ``missed_offers`` (why, in ``missed_why``); the run goes on.

The demo store schedules complaint callbacks: one that falls due rings the console as
its own outbound call, and a customer's INVITE arriving meanwhile is refused busy, as it
would be at a desk. The benchmark takes such a call (unmeasured), places the customer's
call again (``calls_placed_again``, ``console_callbacks_taken``) and leaves the time of
both out of ``calls_per_minute``.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from callcenter.benchmarks.stats import ensure_demo_db, ms, percentile, say, scratch_copy
from callcenter.core.errors import Problem

TARGET_P99_MS = 50.0


class SipLabMissing(Problem):
    code = "sip_lab_missing"
    english_template = (
        "this benchmark needs {tools} (the SIP lab: Kamailio as the switch, SIPp as the caller, "
        "baresip as the softphone); install them, e.g. with packaging/system-deps.sh test"
    )


class SipLabFailed(Problem):
    code = "sip_lab_failed"
    english_template = "the SIP lab did not work: {what}"


@dataclass
class Run:
    """What the run saw, call by call."""

    pops_ns: list[int] = field(default_factory=list)
    sipp_pops_ns: list[int] = field(default_factory=list)
    popped: int = 0
    completed: int = 0  # SIPp saw its call through
    missed: list[str] = field(default_factory=list)  # why each missed call was missed
    callbacks: int = 0  # calls the console placed itself (due callbacks), taken unmeasured
    interrupted: int = 0  # customers' calls refused because such a call rang first, placed again
    aside_ns: int = 0  # time on those calls (and the displaced customers' calls): not counted


class PaintProbe:
    """Times the paint of the pop's header: an event filter on its labels that lets the
    label paint itself (its own ``event``) and notes the time right after, while ``armed``.
    Two labels, because a label whose text does not change is not painted again: the name
    (two customers may share one) and the line with the account number (theirs alone)."""

    def __init__(self, labels: tuple[Any, ...], done: Callable[[], bool]) -> None:
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() != QEvent.Type.Paint or not probe.armed or not any(watched is w for w in labels):
                    return False
                handled = type(watched).event(watched, event)  # the label paints itself now ...
                if done():  # ... showing the record expected
                    probe.painted_ns, probe.painted_wall_ns = time.perf_counter_ns(), time.time_ns()
                    probe.armed = False
                    if probe.loop is not None:
                        probe.loop.quit()
                return bool(handled)

        self.armed = False
        self.painted_ns = 0
        self.painted_wall_ns = 0
        self.loop: Any = None
        self.filter = Filter()
        for label in labels:
            label.installEventFilter(self.filter)


def wait_until(done: Callable[[], bool], timeout_s: float, what: str, probe: PaintProbe | None = None) -> None:
    """Run the GUI's event loop until ``done()`` (checked each millisecond, or the probe's
    paint quits it at once); ``TimeoutError`` after ``timeout_s``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    check.start()
    give_up.start(int(timeout_s * 1000))
    if probe is not None:
        probe.loop = loop
    try:
        loop.exec()
    finally:
        check.stop()
        give_up.stop()
        if probe is not None:
            probe.loop = None
    if not done():
        raise TimeoutError(f"{what} within {timeout_s:.0f} s")


def _callers(store, n: int) -> list[tuple[str, str]]:
    """(E.164 number, customer id) of ``n`` customers whose number is theirs alone (+1: the
    console's default region is US), in a fixed order."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT p.e164, p.customer_id FROM phones p WHERE NOT p.deleted AND p.e164 IN ("
            " SELECT e164 FROM phones WHERE NOT deleted AND e164 LIKE '+1%' GROUP BY e164 HAVING count(*) = 1"
            ") ORDER BY p.e164 LIMIT ?",
            (n,),
        ).all()
    if len(rows) < n:
        raise SipLabFailed(what=f"the store has only {len(rows)} customers with a US number of their own")
    return [(e164, cid) for e164, cid in rows]


def _memory_keyring() -> Any:
    """A keyring backend in this process's memory: the lab's password never reaches the
    desk's own keyring."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    return MemoryKeyring()


def _settings(folder: Path, port: int):
    from PySide6.QtCore import QSettings

    from callcenter.benchmarks.sip_lab import PASSWORD, USER, udp_port
    from callcenter.gui.settings import Settings
    from callcenter.telephony import secrets

    s = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    for key, value in {
        "calls/ring_sound": False,
        "calls/default_region": "US",
        "calls/wrap_up_timeout_s": 3600,
        "phone/enabled": True,
        "phone/user": USER,
        "phone/domain": f"127.0.0.1:{port}",
        "phone/local_address": f"127.0.0.1:{udp_port()}",
        "phone/register_interval_s": 600,
    }.items():
        s.set(key, value)
    if not secrets.save_password(f"{USER}@127.0.0.1:{port}", PASSWORD):
        raise SipLabFailed(what="the in-memory keyring did not take the phone's password")
    return s


def sipp_sent_ns(message_log: Path) -> int | None:
    """The wall-clock time (ns since the epoch) SIPp logged for sending its first INVITE."""
    try:
        lines = message_log.read_text(errors="replace").splitlines()
    except OSError:
        return None
    for i, line in enumerate(lines):
        if "message sent" in line and i > 0 and any(x.startswith("INVITE ") for x in lines[i + 1 : i + 4]):
            stamp = lines[i - 1].strip("- \t")
            for fmt in ("%Y-%m-%d\t%H:%M:%S.%f", "%Y-%m-%d %H:%M:%S.%f"):
                try:
                    return int(datetime.strptime(stamp, fmt).timestamp() * 1e9)
                except ValueError:
                    continue
            return None
    return None


def _start_caller(folder: Path, port: int, e164: str, n: str):
    import subprocess

    from callcenter.benchmarks.sip_lab import ANSWERED_AGENT_HANGS_UP, caller_scenario, udp_port

    name = f"call{n}"
    scenario = folder / f"{name}.xml"
    identity = f"P-Asserted-Identity: <tel:{e164}>"
    scenario.write_text(caller_scenario(port, identity, ANSWERED_AGENT_HANGS_UP), encoding="utf-8")
    proc = subprocess.Popen(
        ["sipp", f"127.0.0.1:{port}", "-sf", str(scenario), "-m", "1", "-i", "127.0.0.1"]
        + ["-p", str(udp_port()), "-mp", str(udp_port()), "-timeout", "20", "-timeout_error", "-nostdin"]
        + ["-trace_err", "-error_file", str(folder / f"{name}_errors.log")]
        + ["-trace_msg", "-message_file", str(folder / f"{name}_messages.log")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return proc, folder / f"{name}_messages.log"


def run(args) -> dict:
    from callcenter.benchmarks.sip_lab import LabError, kamailio_running, missing_tools

    missing = missing_tools()
    if missing:
        raise SipLabMissing(tools=", ".join(missing))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    calls, customers, seed = args.calls, args.customers, getattr(args, "seed", 1) or 1
    path, _built = ensure_demo_db(getattr(args, "db", None), customers, seed)
    folder = Path(tempfile.mkdtemp(prefix="bench-sip-"))
    try:
        with kamailio_running(folder) as port, scratch_copy(path) as copy:  # the calls write: a copy
            result = _measure(copy, folder, port, calls)
    except LabError as exc:
        raise SipLabFailed(what=str(exc).strip().splitlines()[-1] if str(exc).strip() else "timed out") from None
    except TimeoutError as exc:  # the console or the lab stuck: said in words (not as a file error)
        raise SipLabFailed(what=str(exc)) from None
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return {"bench": "sip", "customers": customers, "db": str(path), **result}


def _measure(path: Path, folder: Path, port: int, calls: int) -> dict:
    import keyring
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    before = keyring.get_keyring()
    keyring.set_keyring(_memory_keyring())
    try:
        return _drive(app, path, folder, port, calls)
    finally:
        keyring.set_keyring(before)


def _drive(app: Any, path: Path, folder: Path, port: int, calls: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from callcenter.core.agent_state import AgentState
    from callcenter.core.calls import ManualCallSource
    from callcenter.core.events import EventBus
    from callcenter.gui.bridge import EventBridge
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.ops import wait_for_ops
    from callcenter.ops import auth
    from callcenter.store.db import Store
    from callcenter.telephony.events import REGISTERED

    store = Store(path)
    callers = _callers(store, calls)
    agent = next(a for a in auth.list_agents(store) if a.username == "agent1")
    bus = EventBus()
    bridge = EventBridge(bus)
    window = build_console(store, agent, ManualCallSource(bus), bridge, _settings(folder, port), "en", start_sync=False)
    window.confirm_close = False
    window.resize(1360, 860)
    window.show()
    c = window.controller
    click, left = QTest.mouseClick, Qt.MouseButton.LeftButton
    run = Run()
    try:
        wait_until(lambda: window.bootstrap is not None, 20, "the console did not get ready")
        wait_until(lambda: window.phone.state == REGISTERED, 15, "the softphone did not register with Kamailio")
        phone = window.phone.source  # the console's PhoneAndDemo; .phone is the SipCallSource
        expected: list[str] = [""]
        page = window.pop_panel.customer_page
        probe = PaintProbe((page.name, page.meta), lambda: window.pop_panel.customer_id() == expected[0])
        say(f"{calls} SIP calls back to back, Kamailio on port {port}")
        started = time.perf_counter_ns()
        for n, (e164, customer_id) in enumerate(callers):
            for attempt in range(3):  # a due callback that rang first takes the console: call again
                _other_calls_done(window, phone, run)
                if c.sm.state is not AgentState.AVAILABLE:
                    click(window.state_panel.available_button, left)
                    wait_until(lambda: c.sm.state is AgentState.AVAILABLE, 10, "the console did not get Available")
                expected[0] = customer_id
                probe.armed, probe.painted_ns = True, 0  # before the caller dials
                tried = time.perf_counter_ns()
                if _one_call(window, phone, probe, run, _start_caller(folder, port, e164, f"{n}-{attempt}")):
                    break
                run.aside_ns += time.perf_counter_ns() - tried  # the customer's call displaced
        elapsed_s = (time.perf_counter_ns() - started - run.aside_ns) / 1e9
    finally:
        window.close()  # the phone unregisters and stops
        wait_for_ops(10_000)
        app.processEvents()
        store.close()
    return _figures(run, calls, elapsed_s)


def _one_call(window: Any, phone: Any, probe: PaintProbe, run: Run, caller: tuple[Any, Path]) -> bool:
    """One customer's call, SIPp already dialling: the pop timed, then answer, hang up,
    wrap up, Available again. ``False`` when a call of the console's own (a due callback
    ringing out) took the console first: this one is to be placed again."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from callcenter.core.agent_state import AgentState
    from callcenter.gui.ops import ops_running

    c = window.controller
    click, left = QTest.mouseClick, Qt.MouseButton.LeftButton
    proc, message_log = caller
    missed_before = len(run.missed)
    try:
        wait_until(lambda: probe.painted_ns != 0, 10, "no pop", probe)
    except TimeoutError:
        probe.armed = False
    call = c.call
    if call is not None and not _sip(phone, call.call_id):  # not the customer's: the console's callback
        _end_sipp(proc, 5)
        run.interrupted += 1
        return False
    if not probe.painted_ns:
        if call is None:
            run.missed.append("not offered")
        elif c.pop is None:
            run.missed.append("offered, its record not read")
        else:
            run.missed.append(f"offered, pop {c.pop.status.value} not painted")
    elif call is not None:
        seen = phone.phone.invite_seen_ns(call.call_id)
        if seen:
            run.popped += 1
            run.pops_ns.append(probe.painted_ns - seen)
            sent = sipp_sent_ns(message_log)
            if sent:
                run.sipp_pops_ns.append(probe.painted_wall_ns - sent)
        else:
            run.missed.append("popped, but its INVITE not seen")
    if call is not None and c.sm.state is AgentState.RINGING:
        click(window.call_panel.buttons["answer"], left)
        try:
            wait_until(lambda: phone.phone.is_up(call.call_id), 10, "the answered call did not come up")
        except TimeoutError:
            if len(run.missed) == missed_before:
                run.missed.append("answered, never up")
        if c.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            click(window.call_panel.buttons["end"], left)
        wait_until(lambda: c.sm.state is not AgentState.ON_CALL, 10, "hang up did not start wrap-up")
    if _end_sipp(proc, 25) == 0:
        run.completed += 1
    elif len(run.missed) == missed_before:
        run.missed.append(f"SIPp exit {proc.returncode}")
    if c.sm.state is AgentState.WRAP_UP:
        _finish_wrap_up(window, click, left)
        wait_until(lambda: c.sm.state is AgentState.AVAILABLE and ops_running() == 0, 10, "wrap-up did not finish")
    return True


def _sip(phone: Any, call_id: str) -> bool:
    return phone.phone is not None and bool(phone.phone.sip_call_id(call_id))


def _end_sipp(proc: Any, timeout_s: float) -> int:
    """SIPp's exit code once it ends (the console's event loop runs meanwhile); killed after ``timeout_s``."""
    try:
        wait_until(lambda: proc.poll() is not None, timeout_s, "SIPp did not finish its call")
    except TimeoutError:
        proc.kill()
        proc.wait(5)
    return int(proc.returncode)


def _other_calls_done(window: Any, phone: Any, run: Run) -> None:
    """A call the benchmark did not place (a due complaint callback or retention call rings
    out from the console) is answered, ended and wrapped up, unmeasured and its time left
    out of ``calls_per_minute``."""
    started = time.perf_counter_ns()
    try:
        _other_calls_loop(window, phone, run)
    finally:
        run.aside_ns += time.perf_counter_ns() - started


def _other_calls_loop(window: Any, phone: Any, run: Run) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from callcenter.core.agent_state import AgentState
    from callcenter.gui.ops import ops_running

    c = window.controller
    for _ in range(20):
        state, call = c.sm.state, c.call
        if state is AgentState.WRAP_UP:
            _finish_wrap_up(window, QTest.mouseClick, Qt.MouseButton.LeftButton)
        elif state in (AgentState.AVAILABLE, AgentState.NOT_READY, AgentState.LOGGED_OUT):
            return
        elif call is not None and _sip(phone, call.call_id):
            return  # a customer's call: not for this helper
        elif state is AgentState.RINGING:
            run.callbacks += 1
            c.answer()
        elif state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            c.end()
        wait_until(lambda: ops_running() == 0, 10, "the console's own call did not settle")


def _finish_wrap_up(window: Any, click: Any, left: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    wrap = window.wrap_panel.ui
    if window.wrap_panel.selected() is None:
        wrap.filterEdit.setText("resolved")
        QTest.keyClick(wrap.filterEdit, Qt.Key.Key_Return)
    click(wrap.finishButton, left)


def _figures(run: Run, calls: int, elapsed_s: float) -> dict:
    def p(values: list[int], q: float) -> float | None:
        return ms(percentile(values, q)) if values else None

    p99 = p(run.pops_ns, 99)
    result: dict[str, Any] = {
        "calls": calls,
        "calls_popped": run.popped,
        "calls_completed": run.completed,
        "missed_offers": len(run.missed),
        "invite_to_pop_p50_ms": p(run.pops_ns, 50),
        "invite_to_pop_p99_ms": p99,
        "invite_to_pop_max_ms": ms(max(run.pops_ns)) if run.pops_ns else None,
        # the console's first call pays for what is read or compiled the first time
        "first_call_invite_to_pop_ms": ms(run.pops_ns[0]) if run.pops_ns else None,
        "invite_to_pop_p99_after_first_ms": p(run.pops_ns[1:], 99),
        "invite_measured_from": "softphone's first sight of the INVITE (its SIP trace)",
        "sipp_invite_to_pop_p50_ms": p(run.sipp_pops_ns, 50),
        "sipp_invite_to_pop_p99_ms": p(run.sipp_pops_ns, 99),
        "console_callbacks_taken": run.callbacks,
        "calls_placed_again": run.interrupted,
        "calls_per_minute": round(calls / elapsed_s * 60, 1) if elapsed_s > 0 else None,
        "seconds": round(elapsed_s, 2),
        "target_p99_ms": TARGET_P99_MS,
        "within_target": p99 is not None and p99 <= TARGET_P99_MS and not run.missed,
    }
    if run.missed:
        result["missed_why"] = run.missed
    return result
