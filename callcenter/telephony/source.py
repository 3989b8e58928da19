"""The softphone as the console's ``CallSource``: real calls from a SIP switch.

``SipCallSource`` registers one agent's account through baresip (``telephony.baresip``),
offers each incoming INVITE to the console as ``CallOffered`` with the caller's number
cleaned by the site's rules (``core.caller_id``), and turns the console's answer, reject
and hang-up into SIP. Registration changes are ``PhoneRegistration`` events on the same
bus; a failed registration carries a ``PhoneProblem`` and nothing else stops working.

Commands to the user agent go through one worker thread, so the console's thread never
waits on the network. Events arrive on the control connection's thread and are
published from there (the GUI's bridge delivers them on the GUI thread).
"""

from __future__ import annotations

import logging
import queue
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from callcenter.core.caller_id import ANONYMOUS, CallerIdRules, caller_number
from callcenter.core.calls import (
    Call,
    CallControlProblem,
    CallerHungUp,
    CallHeld,
    CallMuted,
    CallOffered,
    CallResumed,
    CallTransferred,
    ConsultAnswered,
    ConsultEnded,
    ConsultStarted,
    DigitsSent,
    OutboundAnswered,
    OutboundFailed,
    OutboundRinging,
    TransferFailed,
    check_digits,
    check_target,
    failure_reason,
)
from callcenter.core.events import EventBus
from callcenter.core.ids import uuid7
from callcenter.telephony.baresip import Baresip, BaresipMissing, ControlClosed, UaConfig
from callcenter.telephony.events import (
    FAILED,
    REGISTERED,
    REGISTERING,
    STOPPED,
    CallDropped,
    PhoneProblem,
    PhoneRegistration,
    dropped_reason,
    registration_problem,
)

log = logging.getLogger(__name__)

TRANSPORTS = ("udp", "tcp", "tls")
_UNSAFE = re.compile(r"[;<>\"\s,]")


@dataclass(frozen=True)
class SipAccount:
    """An agent's phone account on the site's switch. ``registrar`` is ``host[:port]``."""

    user: str
    registrar: str
    password: str = field(default="", repr=False)
    transport: str = "udp"
    auth_user: str = ""
    display_name: str = ""
    outbound_proxy: str = ""  # "host[:port]" when calls go through a proxy
    register_interval_s: int = 600
    local_address: str = ""  # "ip:port" the user agent listens on ("" = its default)
    codecs: tuple[str, ...] = ()  # extra codec modules ("opus", "g722"); G.711 always
    audio_source: str = ""  # "aufile,<wav>" in CI; a device ("pulse,default") on a desk
    audio_player: str = ""
    record_folder: str = ""  # records each call, both directions, as WAV files ("" = none)
    audio_codecs: tuple[str, ...] = ()  # offer order ("PCMU", "opus"...); empty: the user agent's own
    tls_ca_file: str = ""  # CA certificates for a TLS switch
    rtp_timeout_s: int = 0  # a call with no media for this long ends as dropped (0: never)

    @property
    def aor(self) -> str:
        return f"sip:{self.user}@{self.registrar}"

    def check(self) -> None:
        """Refuse what the user agent's account line cannot carry."""
        for name in ("user", "registrar", "password", "auth_user", "outbound_proxy"):
            if _UNSAFE.search(getattr(self, name)):
                raise PhoneProblem("invalid_setting", field=name)
        if not self.user or not self.registrar:
            raise PhoneProblem("invalid_setting", field="user" if not self.user else "registrar")
        if self.transport not in TRANSPORTS:
            raise PhoneProblem("invalid_setting", field="transport")

    def account_line(self) -> str:
        self.check()
        scheme = "sips" if self.transport == "tls" else "sip"
        name = f'"{self.display_name.replace(chr(34), "")}" ' if self.display_name else ""
        line = f"{name}<{scheme}:{self.user}@{self.registrar};transport={self.transport}>"
        line += f";regint={int(self.register_interval_s)};answermode=manual"
        if self.password:
            line += f";auth_pass={self.password}"
        if self.auth_user:
            line += f";auth_user={self.auth_user}"
        if self.outbound_proxy:
            line += f';outbound="{scheme}:{self.outbound_proxy};transport={self.transport}"'
        return line + self._media_params()

    def _media_params(self) -> str:
        codecs = ",".join(c for c in self.audio_codecs if not _UNSAFE.search(c))
        return f";audio_codecs={codecs}" if codecs else ""


@dataclass
class _Leg:
    call: Call
    sip_id: str
    answered: bool = False
    closing: bool = False  # the console ended it: no CallerHungUp for its close
    held: bool = False
    muted: bool = False
    target: str = ""  # the SIP URI an outbound leg dialled
    consult_of: str = ""  # a consultation leg: the caller's console call id
    consult: str = ""  # the caller's leg: its consultation's console call id
    transfer_to: str = ""  # a transfer asked for: its target (REFER sent)
    attended: bool = False
    up: threading.Event = field(default_factory=threading.Event)  # the call is established (ACKed)


def _escape_header(value: str) -> str:
    """A header value inside a URI's ``?Replaces=`` (RFC 3261 hvalue escaping)."""
    out = []
    for ch in value:
        out.append(ch if ch.isalnum() or ch in "-_.!~*'()[]/?:+$" else f"%{ord(ch):02X}")
    return "".join(out)


class SipCallSource:
    """One agent's softphone as a ``CallSource``."""

    def __init__(
        self,
        bus: EventBus,
        agent_id: str,
        account: SipAccount,
        rules: CallerIdRules | None = None,
        *,
        queue_code: str = "phone",
        ua_factory: Callable[..., Baresip] = Baresip,
    ) -> None:
        self.bus = bus
        self.agent_id = agent_id
        self.account = account
        self.rules = rules or CallerIdRules()
        self.queue_code = queue_code
        self.ua_factory = ua_factory
        self.ua: Baresip | None = None
        self.ready = False
        self.registration = STOPPED
        self.problem: PhoneProblem | None = None
        self._legs: dict[str, _Leg] = {}  # by SIP Call-ID
        self._by_call: dict[str, str] = {}  # console call id -> SIP Call-ID
        self._lock = threading.Lock()
        self._commands: queue.Queue[tuple[str, Any] | None] = queue.Queue()
        self._dialling: list[_Leg] = []  # outbound legs placed, their SIP Call-ID not yet seen
        self._worker: threading.Thread | None = None
        self.not_ready_action = "busy"  # or "no_answer" (see _refuse_not_ready)

    # -- life ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the user agent and register. Raises ``PhoneProblem`` when it cannot start;
        a registration the switch refuses comes later as a ``PhoneRegistration`` event."""
        account_line = self.account.account_line()  # invalid settings refused before anything starts
        config = UaConfig(
            account_line=account_line,
            sip_listen=self.account.local_address or "0.0.0.0:5060",
            audio_source=self.account.audio_source,
            audio_player=self.account.audio_player,
            record_folder=self.account.record_folder,
            codecs=tuple(f"{c}.so" for c in self.account.codecs),
            extra=self._ua_extra(),
        )
        self.ua = self.ua_factory(config, self._on_event)
        self._set_registration(REGISTERING)
        try:
            self.ua.start()
        except BaresipMissing:
            self.ua = None
            self._set_registration(FAILED, PhoneProblem("softphone_missing"))
            raise PhoneProblem("softphone_missing") from None
        except (ControlClosed, TimeoutError):
            self.ua.stop()
            self.ua = None
            self._set_registration(FAILED, PhoneProblem("softphone_stopped"))
            raise PhoneProblem("softphone_stopped") from None
        self._worker = threading.Thread(target=self._work, name="softphone-commands", daemon=True)
        self._worker.start()

    def _ua_extra(self) -> dict[str, str]:
        extra = {"call_max_calls": "1"}  # a second call is refused busy by the user agent
        if self.account.tls_ca_file:
            extra["sip_cafile"] = self.account.tls_ca_file
        if self.account.rtp_timeout_s > 0:
            extra["rtp_timeout"] = str(int(self.account.rtp_timeout_s))
        return extra

    def stop(self) -> None:
        self._commands.put(None)
        if self._worker is not None:
            self._worker.join(5)
            self._worker = None
        ua, self.ua = self.ua, None
        if ua is not None:
            ua.stop()
        self._set_registration(STOPPED)

    # -- CallSource ------------------------------------------------------------------------------
    def agent_ready(self, agent_id: str, ready: bool) -> None:
        if agent_id == self.agent_id:
            self.ready = ready

    def call_answered(self, agent_id: str, call_id: str) -> None:
        leg = self._leg_of(call_id)
        if leg is not None:
            leg.answered = True
            self._send("accept")

    def call_talk_ended(self, agent_id: str, call_id: str) -> None:
        """The agent hung up (or the console ended the talk): send BYE if the call is up."""
        self.hang_up(agent_id, call_id)

    def call_missed(self, agent_id: str, call_id: str) -> None:
        """The offer rang out or the console refused it: reject the INVITE."""
        self.hang_up(agent_id, call_id)

    def call_ended(self, agent_id: str, call_id: str) -> None:
        pass  # wrap-up is the console's business; the SIP call is long gone

    def reject(self, agent_id: str, call_id: str) -> None:
        self.hang_up(agent_id, call_id)

    def hang_up(self, agent_id: str, call_id: str) -> None:
        leg = self._leg_of(call_id)
        if leg is not None and not leg.closing:
            leg.closing = True
            self._on_call(leg, "hangup")
            if leg.consult:  # the agent left: a consultation still up goes too
                self.hang_up(agent_id, leg.consult)

    # -- call control ----------------------------------------------------------------------------
    # Each request names its call to the user agent first (``callfind`` makes it the current
    # call), so a held caller and a consultation never mix. What the switch answers comes as
    # events; a refusal the console can see at once raises ``CallControlProblem``.
    def hold(self, agent_id: str, call_id: str) -> None:
        leg = self._talking(call_id)
        if not leg.held:
            leg.held = True
            self._on_call(leg, "hold", then=CallHeld(self.agent_id, call_id))

    def resume(self, agent_id: str, call_id: str) -> None:
        leg = self._talking(call_id)
        if not leg.held:
            raise CallControlProblem("not_on_hold")
        if leg.consult:
            raise CallControlProblem("consulting")
        leg.held = False
        self._on_call(leg, "resume", then=CallResumed(self.agent_id, call_id))

    def mute(self, agent_id: str, call_id: str, muted: bool) -> None:
        leg = self._talking(call_id)
        if leg.muted != muted:  # the user agent's command toggles
            leg.muted = muted
            self._on_call(leg, "mute", then=CallMuted(self.agent_id, call_id, muted))

    def transfer_blind(self, agent_id: str, call_id: str, target: str) -> None:
        """REFER the caller to ``target`` (a number on this switch or a SIP address)."""
        leg = self._talking(call_id)
        if leg.consult:
            raise CallControlProblem("consulting")
        uri = self.target_uri(target)
        leg.transfer_to, leg.attended = uri, False
        self._on_call(leg, "transfer", uri)

    def transfer_attended_start(self, agent_id: str, call_id: str, target: str) -> str:
        """Hold the caller and call ``target``; the consultation's console call id."""
        leg = self._talking(call_id)
        if leg.consult:
            raise CallControlProblem("consulting")
        uri = self.target_uri(target)
        if not leg.held:
            leg.held = True
            self._on_call(leg, "hold", then=CallHeld(self.agent_id, call_id))
        consult = Call(call_id=uuid7(), ani=target.strip(), direction="outbound")
        leg.consult = consult.call_id
        self._dial(consult, uri, consult_of=call_id)
        self.bus.publish(ConsultStarted(self.agent_id, call_id, consult.call_id, target.strip()))
        return consult.call_id

    def transfer_attended_complete(self, agent_id: str, call_id: str) -> None:
        """REFER the held caller to the consulted party with ``Replaces`` naming the
        consultation's dialog: the caller's phone takes over that call."""
        leg = self._talking(call_id)
        consult = self._leg_of(leg.consult) if leg.consult else None
        if consult is None or not consult.answered:
            raise CallControlProblem("no_consult")
        self._commands.put(("__complete__", call_id))

    def transfer_attended_cancel(self, agent_id: str, call_id: str) -> None:
        """End the consultation; the caller stays on hold until ``resume``."""
        leg = self._talking(call_id)
        if not leg.consult:
            raise CallControlProblem("no_consult")
        consult_id, leg.consult = leg.consult, ""
        consult = self._leg_of(consult_id)
        if consult is None:  # still being placed: hung up as soon as the user agent names it
            with self._lock:
                for placing in self._dialling:
                    if placing.call.call_id == consult_id:
                        placing.closing = True
        elif not consult.closing:
            consult.closing = True
            self._on_call(consult, "hangup")
        self.bus.publish(ConsultEnded(self.agent_id, call_id, consult_id, "cancelled"))

    def send_dtmf(self, agent_id: str, call_id: str, digits: str) -> None:
        """Digits to the far end (RFC 4733 telephone events in the audio stream)."""
        leg = self._talking(call_id)
        clean = check_digits(digits)
        self._on_call(leg, "sndcode", clean, then=DigitsSent(self.agent_id, call_id, clean))

    def dial(self, agent_id: str, number: str, customer_id: str | None = None) -> str:
        """Place a call to ``number`` through the switch; its console call id. Events:
        ``OutboundRinging``, ``OutboundAnswered`` or ``OutboundFailed``, then
        ``CallerHungUp`` when the far end hangs up."""
        if self.ua is None:
            raise CallControlProblem("phone_stopped")
        uri = self.target_uri(number)
        call = Call(call_id=uuid7(), ani=number.strip(), direction="outbound", customer_id=customer_id)
        self._dial(call, uri)
        return call.call_id

    def target_uri(self, target: str) -> str:
        """A number on this switch (``sip:<number>@<registrar>``) or a SIP address as given."""
        checked = check_target(target)
        if checked.lower().startswith(("sip:", "sips:")):
            return checked
        scheme = "sips" if self.account.transport == "tls" else "sip"
        return f"{scheme}:{checked}@{self.account.registrar}"

    def is_held(self, call_id: str) -> bool:
        leg = self._leg_of(call_id)
        return bool(leg and leg.held)

    def sip_call_id(self, call_id: str) -> str | None:
        with self._lock:
            return self._by_call.get(call_id)

    def invite_seen_ns(self, call_id: str) -> int | None:
        """When an incoming call's INVITE first reached the softphone, as
        ``time.perf_counter_ns`` (the benchmark's start of the screen pop)."""
        sip_id = self.sip_call_id(call_id)
        ua = self.ua
        return ua.trace.invite_seen_ns(sip_id) if sip_id and ua is not None else None

    def is_up(self, call_id: str) -> bool:
        """The call is established (the INVITE's 2xx acknowledged)."""
        leg = self._leg_of(call_id)
        return bool(leg and leg.up.is_set())

    # -- inside --------------------------------------------------------------------------------
    def _leg_of(self, call_id: str) -> _Leg | None:
        with self._lock:
            sip_id = self._by_call.get(call_id)
            return self._legs.get(sip_id) if sip_id else None

    def _talking(self, call_id: str) -> _Leg:
        if self.ua is None:
            raise CallControlProblem("phone_stopped")
        leg = self._leg_of(call_id)
        if leg is None or leg.closing:
            raise CallControlProblem("no_call")
        if not leg.answered:
            raise CallControlProblem("not_talking")
        return leg

    def _send(self, name: str, params: str = "") -> None:
        self._commands.put((name, params))

    def _on_call(self, leg: _Leg, name: str, params: str = "", then: object | None = None) -> None:
        """A command for this call: select it in the user agent, then send it; ``then``
        is published once the user agent took it."""
        self._commands.put(("__on_call__", (leg.sip_id, name, params, then)))

    def _dial(self, call: Call, uri: str, consult_of: str = "") -> None:
        leg = _Leg(call, "", target=uri, consult_of=consult_of)
        with self._lock:
            self._dialling.append(leg)
            self._by_call[call.call_id] = ""
        self._commands.put(("__dial__", leg))

    def _work(self) -> None:
        while True:
            item = self._commands.get()
            if item is None:
                return
            ua = self.ua
            if ua is None:
                continue
            name, params = item
            try:
                if name == "__on_call__":
                    sip_id, command, text, then = params
                    leg = self._legs.get(sip_id)
                    if leg is None:
                        continue  # the call ended before its turn
                    if command != "hangup" and not leg.up.wait(3.0):
                        log.warning("softphone: %s before the call was up", command)
                    ua.command("callfind", sip_id)
                    answer = ua.command(command, text)
                    if answer.get("ok", False) and then is not None:
                        self.bus.publish(then)
                    elif not answer.get("ok", False):
                        log.warning("softphone refused %s", command)
                elif name == "__dial__":
                    self._place(ua, params)
                elif name == "__complete__":
                    self._complete(ua, params)
                else:
                    answer = ua.command(name, params)
                    if not answer.get("ok", False):
                        log.warning("softphone refused %s", name)
            except (ControlClosed, TimeoutError, OSError):
                log.warning("softphone did not answer %s", name)

    def _place(self, ua: Baresip, leg: _Leg) -> None:
        answer = ua.command("dial", leg.target)
        if not answer.get("ok", False):
            with self._lock:
                if leg in self._dialling:
                    self._dialling.remove(leg)
                self._by_call.pop(leg.call.call_id, None)
            self._dial_failed(leg, CallControlProblem("rejected", status=0))

    def _complete(self, ua: Baresip, call_id: str) -> None:
        leg = self._leg_of(call_id)
        consult = self._leg_of(leg.consult) if leg is not None and leg.consult else None
        if leg is None or consult is None:
            return
        tags = ua.trace.dialog_tags(consult.sip_id)
        if tags is None:
            self.bus.publish(TransferFailed(self.agent_id, call_id, CallControlProblem("no_consult")))
            return
        ours, theirs = tags  # we sent the consultation's INVITE: From is ours, To the target's
        replaces = f"{consult.sip_id};to-tag={theirs};from-tag={ours}"
        uri = f"<{consult.target}?Replaces={_escape_header(replaces)}>"
        leg.transfer_to, leg.attended = consult.target, True
        ua.command("callfind", leg.sip_id)
        answer = ua.command("transfer", uri)
        if not answer.get("ok", False):
            leg.transfer_to = ""
            self.bus.publish(TransferFailed(self.agent_id, call_id, CallControlProblem("rejected", status=0)))

    def _dial_failed(self, leg: _Leg, problem: CallControlProblem) -> None:
        self.bus.publish(OutboundFailed(self.agent_id, leg.call.call_id, problem))
        if leg.consult_of:
            caller = self._leg_of(leg.consult_of)
            if caller is not None and caller.consult == leg.call.call_id:
                caller.consult = ""
                reason = str(problem.params.get("reason", ""))
                self.bus.publish(ConsultEnded(self.agent_id, leg.consult_of, leg.call.call_id, reason))

    def _set_registration(self, state: str, problem: PhoneProblem | None = None) -> None:
        if state == self.registration and problem == self.problem:
            return
        self.registration, self.problem = state, problem
        self.bus.publish(PhoneRegistration(self.agent_id, state, problem))

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = str(event.get("type", ""))
        if kind == "REGISTERING":
            if self.registration != REGISTERED:
                self._set_registration(REGISTERING)
        elif kind == "REGISTER_OK":
            self._set_registration(REGISTERED)
        elif kind == "REGISTER_FAIL":
            problem = registration_problem(str(event.get("param", "")))
            log.warning("softphone registration failed: %s", problem.params.get("reason"))
            self._set_registration(FAILED, problem)
        elif kind == "CALL_INCOMING":
            self._incoming(event)
        elif kind == "CALL_CLOSED":
            self._closed(str(event.get("id", "")), str(event.get("param", "")))
        elif kind in ("CALL_RINGING", "CALL_PROGRESS", "CALL_ESTABLISHED"):
            self._outbound_step(kind, event)
        elif kind == "TRANSFER_FAILED":
            self._transfer_failed(str(event.get("id", "")), str(event.get("param", "")))
        elif kind == "EXIT" and self.ua is not None:
            for sip_id in list(self._legs):
                self._closed(
                    sip_id, dropped="softphone_stopped"
                )  # the call dropped with the user agent: wrap-up follows
            self._set_registration(FAILED, PhoneProblem("softphone_stopped"))

    def _incoming(self, event: dict[str, Any]) -> None:
        sip_id = str(event.get("id", ""))
        if not self.ready:
            self._refuse_not_ready(sip_id)
            return
        headers = self.ua.trace.invite_headers(sip_id) if self.ua is not None else None
        if not headers:  # no trace: the From URI baresip reports
            headers = {"from": f"<{event.get('peeruri', '')}>"}
        number = caller_number(headers, self.rules)
        call = Call(call_id=uuid7(), ani="" if number == ANONYMOUS else number, queue_code=self.queue_code)
        with self._lock:
            self._legs[sip_id] = _Leg(call, sip_id)
            self._by_call[call.call_id] = sip_id
        self.bus.publish(CallOffered(self.agent_id, call))

    def _outbound_leg(self, event: dict[str, Any]) -> _Leg | None:
        """The leg an event is about; an outgoing call's first event names its SIP Call-ID
        (the oldest call placed and not yet named: the user agent dials in order)."""
        sip_id = str(event.get("id", ""))
        with self._lock:
            leg = self._legs.get(sip_id)
            if leg is None and sip_id and self._dialling and str(event.get("direction", "outgoing")) == "outgoing":
                leg = self._dialling.pop(0)
                leg.sip_id = sip_id
                self._legs[sip_id] = leg
                self._by_call[leg.call.call_id] = sip_id
            return leg

    def _outbound_step(self, kind: str, event: dict[str, Any]) -> None:
        leg = self._outbound_leg(event)
        if leg is not None and kind == "CALL_ESTABLISHED":
            leg.up.set()
        if leg is not None and leg.closing:
            if not leg.answered:
                leg.answered = True  # (once) cancelled while it was being placed: end it now
                self._on_call(leg, "hangup")
            return
        if leg is None or leg.call.direction != "outbound":
            if leg is not None and kind == "CALL_ESTABLISHED":
                leg.answered = True
            return
        if kind in ("CALL_RINGING", "CALL_PROGRESS") and not leg.answered:
            self.bus.publish(OutboundRinging(self.agent_id, leg.call.call_id))
        elif kind == "CALL_ESTABLISHED" and not leg.answered:
            leg.answered = True
            self.bus.publish(OutboundAnswered(self.agent_id, leg.call.call_id))
            if leg.consult_of:
                self.bus.publish(ConsultAnswered(self.agent_id, leg.consult_of, leg.call.call_id))

    def _transfer_failed(self, sip_id: str, param: str) -> None:
        with self._lock:
            leg = self._legs.get(sip_id)
        if leg is None:
            return
        leg.transfer_to = ""
        head = param.strip().split(" ", 1)[0]
        problem = failure_reason(int(head)) if head.isdigit() else CallControlProblem("rejected", status=0)
        self.bus.publish(TransferFailed(self.agent_id, leg.call.call_id, problem))

    def _refuse_not_ready(self, sip_id: str) -> None:
        """A call while the agent is not ready: refused busy (486), or, with
        ``not_ready_action == "no_answer"``, left ringing unseen for the switch's no-answer rule."""
        log.info("incoming SIP call refused: agent not ready")
        leg = _Leg(Call(call_id=uuid7(), ani=""), sip_id, closing=True)
        with self._lock:
            self._legs[sip_id] = leg
        if self.not_ready_action != "no_answer":
            self._on_call(leg, "hangup")  # this call only, not one the agent is talking on

    def _closed(self, sip_id: str, param: str = "", dropped: str = "") -> None:
        """The SIP call is gone. Not ended by the console: the caller hung up (BYE, CANCEL)
        or, for a call in talk that ended with an error (no media, connection lost), the line
        dropped (``CallDropped``: the console's failed-call path). ``param`` is baresip's
        close text (a transfer done, a failure status, an error)."""
        with self._lock:
            leg = self._legs.pop(sip_id, None)
            if leg is not None:
                self._by_call.pop(leg.call.call_id, None)
        if leg is None:
            self._outbound_leg({"id": sip_id})  # a call placed that ended before any other event
            with self._lock:
                leg = self._legs.pop(sip_id, None)
                if leg is not None:
                    self._by_call.pop(leg.call.call_id, None)
            if leg is None:
                return
        call_id = leg.call.call_id
        if leg.transfer_to and "transfer" in param.lower():
            # the caller's phone reported the transfer done (NOTIFY 200): the agent's part is over
            self.bus.publish(CallTransferred(self.agent_id, call_id, leg.transfer_to, attended=leg.attended))
            if leg.consult:
                self.hang_up(self.agent_id, leg.consult)  # the target's phone took that call over
            return
        if leg.call.direction == "outbound" and not leg.answered and not leg.closing:
            head = param.strip().split(" ", 1)[0]
            self._dial_failed(leg, failure_reason(int(head)) if head.isdigit() else CallControlProblem("unreachable"))
            return
        if leg.consult_of:
            caller = self._leg_of(leg.consult_of)
            if caller is not None and caller.consult == call_id:
                caller.consult = ""
                self.bus.publish(ConsultEnded(self.agent_id, leg.consult_of, call_id, "hung_up"))
            return
        if leg.consult:
            self.hang_up(self.agent_id, leg.consult)
        if leg.closing:
            return
        dropped = dropped or dropped_reason(param)
        if dropped and leg.answered:
            log.warning("softphone call dropped: %s", dropped)
            self.bus.publish(CallDropped(self.agent_id, call_id, dropped))
        else:
            self.bus.publish(CallerHungUp(self.agent_id, call_id))
