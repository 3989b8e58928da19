"""Call control over real SIP on loopback (see tests/sip_lab.py): Kamailio as registrar
and proxy (with a gateway route to a SIPp callee), SIPp as caller and callee, the
softphone (baresip driven by ``SipCallSource``) as the agent. Each test checks what the
far end received: the re-INVITEs of a hold, the REFER of a transfer, the digits, the
request URI of an outbound call."""

from __future__ import annotations

import re
import socket
import threading

import pytest

from callcenter.core.calls import (
    CallControlProblem,
    CallerHungUp,
    CallHeld,
    CallOffered,
    CallResumed,
    CallTransferred,
    ConsultAnswered,
    ConsultStarted,
    DigitsSent,
    OutboundAnswered,
    OutboundFailed,
    OutboundRinging,
)
from callcenter.core.events import EventBus
from tests.sip_lab import (
    AGENT_BYE,
    ANSWERED_KEEP_TAG,
    HAVE_TOOLS,
    REFERRED,
    REINVITE,
    USER,
    EventLog,
    finish_named,
    kamailio,
    kamailio_gateway,
    registered,
    sipp_callee,
    sipp_caller_steps,
    sipp_log,
)

pytestmark = pytest.mark.skipif(
    not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test"
)
__all__ = ["kamailio", "kamailio_gateway"]  # the fixtures, used by name

KINDS = (
    CallOffered,
    CallerHungUp,
    CallHeld,
    CallResumed,
    CallTransferred,
    ConsultStarted,
    ConsultAnswered,
    DigitsSent,
    OutboundRinging,
    OutboundAnswered,
    OutboundFailed,
)


def _answered(source, log):
    offer = log.wait(lambda e: isinstance(e, CallOffered))
    source.call_answered("agent-1", offer.call.call_id)
    return offer.call.call_id


def test_hold_then_resume_sends_the_re_invites(kamailio, tmp_path):
    bus = EventBus()
    log = EventLog(bus, *KINDS)
    with registered(bus, kamailio) as (source, _seen):
        steps = "\n".join(
            [
                ANSWERED_KEEP_TAG,
                REINVITE.format(direction="sendonly|inactive", n=1, answer="recvonly"),
                REINVITE.format(direction="sendrecv", n=2, answer="sendrecv"),
                AGENT_BYE,
            ]
        )
        caller = sipp_caller_steps(tmp_path, kamailio, steps)
        call_id = _answered(source, log)
        source.hold("agent-1", call_id)
        log.wait(lambda e: isinstance(e, CallHeld) and e.call_id == call_id)
        assert source.is_held(call_id)
        with pytest.raises(CallControlProblem) as refused:
            source.mute("agent-1", "no-such-call", True)
        assert refused.value.params["reason"] == "no_call"
        source.resume("agent-1", call_id)
        log.wait(lambda e: isinstance(e, CallResumed) and e.call_id == call_id)
        with pytest.raises(CallControlProblem) as refused:
            source.resume("agent-1", call_id)
        assert refused.value.params["reason"] == "not_on_hold"
        source.call_talk_ended("agent-1", call_id)
        assert finish_named(caller, tmp_path, "caller") == 0
    seen = sipp_log(tmp_path, "caller")
    assert re.search(r"re-INVITE 1: a=(sendonly|inactive)", seen)
    assert "re-INVITE 2: a=sendrecv" in seen


def test_blind_transfer_refers_the_caller_to_the_target(kamailio, tmp_path):
    bus = EventBus()
    log = EventLog(bus, *KINDS)
    with registered(bus, kamailio) as (source, _seen):
        steps = ANSWERED_KEEP_TAG + "\n" + REFERRED.format(refer_to="sip:2000@127.0.0.1", user=USER, port=kamailio)
        caller = sipp_caller_steps(tmp_path, kamailio, steps)
        call_id = _answered(source, log)
        with pytest.raises(CallControlProblem) as refused:
            source.transfer_blind("agent-1", call_id, "not a number")
        assert refused.value.params["reason"] == "bad_target"
        source.transfer_blind("agent-1", call_id, "2000")
        done = log.wait(lambda e: isinstance(e, CallTransferred))
        assert done.call_id == call_id and done.target == f"sip:2000@127.0.0.1:{kamailio}" and not done.attended
        assert finish_named(caller, tmp_path, "caller") == 0
    assert f"Refer-To: sip:2000@127.0.0.1:{kamailio} " in sipp_log(tmp_path, "caller")
    assert not [e for e in log.events if isinstance(e, CallerHungUp)]  # a transfer is no hang-up


def test_attended_transfer_consults_then_refers_with_replaces(kamailio_gateway, tmp_path):
    proxy, gateway = kamailio_gateway
    bus = EventBus()
    log = EventLog(bus, *KINDS)
    with registered(bus, proxy) as (source, _seen):
        target = sipp_callee(tmp_path, gateway, r"^INVITE sip:2000@", name="target")
        steps = "\n".join(
            [
                ANSWERED_KEEP_TAG,
                REINVITE.format(direction="sendonly|inactive", n=1, answer="recvonly"),
                REFERRED.format(refer_to="sip:2000@.*Replaces=", user=USER, port=proxy),
            ]
        )
        caller = sipp_caller_steps(tmp_path, proxy, steps)
        call_id = _answered(source, log)
        consult_id = source.transfer_attended_start("agent-1", call_id, "2000")
        log.wait(lambda e: isinstance(e, CallHeld) and e.call_id == call_id)
        log.wait(lambda e: isinstance(e, ConsultAnswered) and e.consult_id == consult_id)
        source.transfer_attended_complete("agent-1", call_id)
        done = log.wait(lambda e: isinstance(e, CallTransferred))
        assert done.attended and done.call_id == call_id
        assert finish_named(caller, tmp_path, "caller") == 0
        assert finish_named(target, tmp_path, "target") == 0  # the consultation was hung up after
    consulted = re.search(r"Call-ID=(\S+) tag=(\S+)", sipp_log(tmp_path, "target"))
    assert consulted is not None
    refer_to = re.search(r"Refer-To: (.*)", sipp_log(tmp_path, "caller"))
    assert refer_to is not None
    replaces = refer_to.group(1).split("Replaces=", 1)[1].rstrip(">").replace("%3B", ";").replace("%3D", "=")
    replaces = replaces.replace("%40", "@")
    call, *params = replaces.split(";")
    assert call == consulted.group(1)
    assert f"to-tag={consulted.group(2)}" in params


def _telephone_events(sock: socket.socket, stop: threading.Event, heard: list[tuple[int, bool]]) -> None:
    sock.settimeout(0.2)
    while not stop.is_set():
        try:
            packet = sock.recv(2048)
        except TimeoutError:
            continue
        except OSError:
            return
        if len(packet) >= 16 and packet[1] & 0x7F == 101:
            heard.append((packet[12], bool(packet[13] & 0x80)))


def test_dtmf_reaches_the_far_end_as_telephone_events(kamailio, tmp_path):
    bus = EventBus()
    log = EventLog(bus, *KINDS)
    media = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    media.bind(("127.0.0.1", 0))
    stop, heard = threading.Event(), []
    listener = threading.Thread(target=_telephone_events, args=(media, stop, heard), daemon=True)
    listener.start()
    try:
        with registered(bus, kamailio) as (source, _seen):
            steps = ANSWERED_KEEP_TAG + "\n" + AGENT_BYE
            caller = sipp_caller_steps(tmp_path, kamailio, steps, media=str(media.getsockname()[1]))
            call_id = _answered(source, log)
            with pytest.raises(CallControlProblem):
                source.send_dtmf("agent-1", call_id, "12x")
            source.send_dtmf("agent-1", call_id, "4#")
            log.wait(lambda e: isinstance(e, DigitsSent) and e.digits == "4#")
            deadline = threading.Event()
            for _ in range(50):
                if (11, True) in heard:  # the end of the last digit
                    break
                deadline.wait(0.1)
            source.call_talk_ended("agent-1", call_id)
            assert finish_named(caller, tmp_path, "caller") == 0
    finally:
        stop.set()
        listener.join(2)
        media.close()
    events = []
    for code, _end in heard:
        if not events or events[-1] != code:
            events.append(code)
    assert events == [4, 11]  # RFC 4733: 4, then # (event 11)


def test_outbound_dial_reaches_the_callee_and_the_agent_hangs_up(kamailio_gateway, tmp_path):
    proxy, gateway = kamailio_gateway
    bus = EventBus()
    log = EventLog(bus, *KINDS)
    with registered(bus, proxy, ready=False) as (source, _seen):
        callee = sipp_callee(tmp_path, gateway, r"^INVITE sip:\+8613800138000@127\.0\.0\.1")
        call_id = source.dial("agent-1", "+86 138 0013 8000", customer_id="c-1")
        log.wait(lambda e: isinstance(e, OutboundRinging) and e.call_id == call_id)
        log.wait(lambda e: isinstance(e, OutboundAnswered) and e.call_id == call_id)
        source.call_talk_ended("agent-1", call_id)
        assert finish_named(callee, tmp_path, "callee") == 0  # the BYE reached the callee
    assert "INVITE sip:+8613800138000@127.0.0.1" in sipp_log(tmp_path, "callee")
    assert not [e for e in log.events if isinstance(e, CallerHungUp)]


def test_outbound_dial_to_a_busy_number_fails_with_a_reason(kamailio_gateway, tmp_path):
    proxy, gateway = kamailio_gateway
    bus = EventBus()
    log = EventLog(bus, *KINDS)
    with registered(bus, proxy, ready=False) as (source, _seen):
        callee = sipp_callee(tmp_path, gateway, r"^INVITE sip:5550100@", status=486)
        call_id = source.dial("agent-1", "5550100")
        failed = log.wait(lambda e: isinstance(e, OutboundFailed) and e.call_id == call_id)
        assert failed.problem == CallControlProblem("busy", status=486)
        assert finish_named(callee, tmp_path, "callee") == 0
