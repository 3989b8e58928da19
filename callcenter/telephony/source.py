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
from callcenter.core.calls import Call, CallerHungUp, CallOffered
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
        self._commands: queue.Queue[tuple[str, str] | None] = queue.Queue()
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

    # -- beyond the protocol -----------------------------------------------------------------------
    def reject(self, agent_id: str, call_id: str) -> None:
        self.hang_up(agent_id, call_id)

    def hang_up(self, agent_id: str, call_id: str) -> None:
        leg = self._leg_of(call_id)
        if leg is not None and not leg.closing:
            leg.closing = True
            self._send("hangup")

    def sip_call_id(self, call_id: str) -> str | None:
        with self._lock:
            return self._by_call.get(call_id)

    # -- inside --------------------------------------------------------------------------------
    def _leg_of(self, call_id: str) -> _Leg | None:
        with self._lock:
            sip_id = self._by_call.get(call_id)
            return self._legs.get(sip_id) if sip_id else None

    def _send(self, name: str, params: str = "") -> None:
        self._commands.put((name, params))

    def _work(self) -> None:
        while True:
            item = self._commands.get()
            if item is None:
                return
            ua = self.ua
            if ua is None:
                continue
            try:
                answer = ua.command(*item)
                if not answer.get("ok", False):
                    log.warning("softphone refused %s", item[0])
            except (ControlClosed, TimeoutError, OSError):
                log.warning("softphone did not answer %s", item[0])

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
            self._closed(str(event.get("id", "")), dropped_reason(str(event.get("param", ""))))
        elif kind == "EXIT" and self.ua is not None:
            for sip_id in list(self._legs):
                self._closed(sip_id, "softphone_stopped")  # the call dropped with the user agent: wrap-up follows
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

    def _refuse_not_ready(self, sip_id: str) -> None:
        """A call while the agent is not ready: refused busy (486), or, with
        ``not_ready_action == "no_answer"``, left ringing unseen for the switch's no-answer rule."""
        log.info("incoming SIP call refused: agent not ready")
        with self._lock:
            self._legs[sip_id] = _Leg(Call(call_id=uuid7(), ani=""), sip_id, closing=True)
        if self.not_ready_action != "no_answer":
            self._send("hangup")

    def _closed(self, sip_id: str, dropped: str = "") -> None:
        """The SIP call is gone. Not ended by the console: the caller hung up (BYE, CANCEL)
        or, for a call in talk that ended with an error (no media, connection lost), the line
        dropped (``CallDropped``: the console's failed-call path)."""
        with self._lock:
            leg = self._legs.pop(sip_id, None)
            if leg is not None:
                self._by_call.pop(leg.call.call_id, None)
        if leg is None or leg.closing:
            return
        if dropped and leg.answered:
            log.warning("softphone call dropped: %s", dropped)
            self.bus.publish(CallDropped(self.agent_id, leg.call.call_id, dropped))
        else:
            self.bus.publish(CallerHungUp(self.agent_id, leg.call.call_id))
