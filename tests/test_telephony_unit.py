"""The softphone adapter without a network: netstring framing, reading INVITEs from the
SIP trace, registration failures as problem codes, the account line, and the call
source's event handling driven by a stand-in for the user agent."""

from __future__ import annotations

import time

import pytest

from callcenter.core.caller_id import CallerIdRules
from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.telephony.baresip import NetstringReader, SipTrace, netstring
from callcenter.telephony.events import (
    FAILED,
    REGISTERED,
    REGISTERING,
    STOPPED,
    PhoneProblem,
    PhoneRegistration,
    registration_problem,
)
from callcenter.telephony.source import SipAccount, SipCallSource


def test_netstrings_round_trip_in_pieces():
    data = netstring(b'{"a":1}') + netstring(b"") + netstring("中".encode())
    assert data.startswith(b'7:{"a":1},0:,3:')
    reader = NetstringReader()
    out = []
    for i in range(len(data)):  # one byte at a time
        out += reader.feed(data[i : i + 1])
    assert out == [b'{"a":1}', b"", "中".encode()]
    with pytest.raises(ValueError):
        NetstringReader().feed(b"3:abcX")


def test_the_trace_keeps_invite_headers_by_call_id():
    trace = SipTrace()
    lines = [
        "\x1b[36;1m#",
        "UDP 127.0.0.1:5060 -> 127.0.0.1:5070",
        "INVITE sip:1001@127.0.0.1:5070 SIP/2.0",
        "From: <sip:1000@h>;tag=1",
        "P-Asserted-Identity: <sip:+442079460000@h>",
        "i: abc@h",
        "",
        "v=0",
        "\x1b[;m#",
        "UDP 127.0.0.1:5060 -> 127.0.0.1:5070",
        "SIP/2.0 200 OK",
        "Call-ID: other@h",
        "",
    ]
    for line in lines:
        trace.line(line + "\n")
    headers = trace.invite_headers("abc@h", wait_s=0)
    assert headers is not None and headers["p-asserted-identity"] == "<sip:+442079460000@h>"
    assert trace.invite_headers("other@h", wait_s=0) is None  # responses are not kept


@pytest.mark.parametrize(
    ("param", "reason", "status"),
    [
        ("403 Forbidden", "bad_credentials", 403),
        ("401 Unauthorized", "bad_credentials", 401),
        ("407 Proxy Authentication Required", "bad_credentials", 407),
        ("404 Not Found", "unknown_account", 404),
        ("408 Request Timeout", "unreachable", 408),
        ("Connection timed out", "unreachable", 0),
        ("Permission denied", "bad_credentials", 0),
        ("480 Temporarily Unavailable", "rejected", 480),
    ],
)
def test_registration_failures_become_problem_codes(param, reason, status):
    assert registration_problem(param) == PhoneProblem(reason, status=status)


def test_the_account_line():
    account = SipAccount(user="1001", registrar="pbx.example:5060", password="pw", display_name="Alice")
    assert account.account_line() == (
        '"Alice" <sip:1001@pbx.example:5060;transport=udp>;regint=600;answermode=manual;auth_pass=pw'
    )
    tls = SipAccount(user="1001", registrar="pbx.example", transport="tls", outbound_proxy="sbc.example")
    assert tls.account_line().startswith("<sips:1001@pbx.example;transport=tls>")
    assert ';outbound="sips:sbc.example;transport=tls"' in tls.account_line()
    assert "pw" not in repr(account)  # the password never reaches a log line


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"password": "a;b"}, "password"), ({"user": ""}, "user"), ({"transport": "sctp"}, "transport")],
)
def test_settings_the_account_line_cannot_carry_are_refused(changes, field):
    values = {"user": "1001", "registrar": "pbx", **changes}
    with pytest.raises(PhoneProblem) as caught:
        SipAccount(**values).account_line()
    assert caught.value == PhoneProblem("invalid_setting", field=field)


class FakeUa:
    """Stands in for ``Baresip``: records commands, lets the test push events."""

    def __init__(self, config, on_event):
        self.config, self.on_event = config, on_event
        self.commands: list[str] = []
        self.trace = SipTrace()
        self.started = self.stopped = False

    def start(self):
        self.started = True

    def stop(self):
        self.stopped = True

    def command(self, name, params="", timeout_s=5.0):
        self.commands.append(name)
        return {"response": True, "ok": True}


@pytest.fixture
def phone():
    bus = EventBus()
    events: list = []
    for kind in (CallOffered, CallerHungUp, PhoneRegistration):
        bus.subscribe(kind, events.append)
    uas: list[FakeUa] = []

    def factory(config, on_event):
        uas.append(FakeUa(config, on_event))
        return uas[-1]

    source = SipCallSource(
        bus, "a1", SipAccount(user="1001", registrar="pbx"), CallerIdRules(outside_line_prefix="9"), ua_factory=factory
    )
    source.start()
    yield source, uas[0], events
    source.stop()


def _drain(source):
    """Let the command worker send what is queued."""
    deadline = time.monotonic() + 2
    while not source._commands.empty() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)


def test_registration_events(phone):
    source, ua, events = phone
    assert "call_max_calls" in ua.config.extra  # one call at a time: a second is refused busy
    ua.on_event({"type": "REGISTERING"})
    ua.on_event({"type": "REGISTER_OK", "param": "200 OK"})
    ua.on_event({"type": "REGISTERING"})  # a refresh does not flicker the state
    ua.on_event({"type": "REGISTER_FAIL", "param": "403 Forbidden"})
    states = [(e.state, e.problem) for e in events if isinstance(e, PhoneRegistration)]
    assert states == [(REGISTERING, None), (REGISTERED, None), (FAILED, PhoneProblem("bad_credentials", status=403))]


def test_an_incoming_call_rings_with_the_cleaned_number_then_the_caller_hangs_up(phone):
    source, ua, events = phone
    source.agent_ready("a1", True)
    ua.trace.headers["x@h"] = {"from": "<sip:1000@h>", "p-asserted-identity": "<sip:9-0044-20-7946-0000@h>"}
    ua.on_event({"type": "CALL_INCOMING", "id": "x@h", "peeruri": "sip:1000@h"})
    offer = next(e for e in events if isinstance(e, CallOffered))
    assert offer.agent_id == "a1" and offer.call.ani == "+442079460000" and offer.call.queue_code == "phone"
    source.call_answered("a1", offer.call.call_id)
    _drain(source)
    assert ua.commands == ["accept"]
    ua.on_event({"type": "CALL_CLOSED", "id": "x@h"})
    assert [e.call_id for e in events if isinstance(e, CallerHungUp)] == [offer.call.call_id]
    source.call_talk_ended("a1", offer.call.call_id)  # too late: nothing left to hang up
    _drain(source)
    assert ua.commands == ["accept"]


def test_without_a_trace_the_from_uri_names_the_caller_and_anonymous_is_withheld(phone):
    source, ua, events = phone
    source.agent_ready("a1", True)
    ua.on_event({"type": "CALL_INCOMING", "id": "y@h", "peeruri": "sip:anonymous@anonymous.invalid"})
    offer = next(e for e in events if isinstance(e, CallOffered))
    assert offer.call.ani == ""


def test_not_ready_refuses_and_the_console_ending_a_call_is_not_a_hang_up(phone):
    source, ua, events = phone
    ua.on_event({"type": "CALL_INCOMING", "id": "z@h", "peeruri": "sip:1000@h"})
    _drain(source)
    # the refused call is named first, so a call the agent is on is never the one ended
    assert ua.commands == ["callfind", "hangup"] and not any(isinstance(e, CallOffered) for e in events)
    ua.on_event({"type": "CALL_CLOSED", "id": "z@h"})
    source.agent_ready("a1", True)
    ua.on_event({"type": "CALL_INCOMING", "id": "w@h", "peeruri": "sip:1000@h"})
    offer = next(e for e in events if isinstance(e, CallOffered))
    source.call_missed("a1", offer.call.call_id)  # rang out
    source.reject("a1", offer.call.call_id)  # a second end is not sent twice
    _drain(source)
    assert ua.commands == ["callfind", "hangup", "callfind", "hangup"]  # each call is named before it is ended
    ua.on_event({"type": "CALL_CLOSED", "id": "w@h"})
    assert not any(isinstance(e, CallerHungUp) for e in events)


def test_the_user_agent_ending_drops_the_call_and_says_so(phone):
    source, ua, events = phone
    source.agent_ready("a1", True)
    ua.on_event({"type": "CALL_INCOMING", "id": "v@h", "peeruri": "sip:1000@h"})
    offer = next(e for e in events if isinstance(e, CallOffered))
    ua.on_event({"type": "EXIT", "param": "control closed"})
    assert [e.call_id for e in events if isinstance(e, CallerHungUp)] == [offer.call.call_id]
    assert source.registration == FAILED and source.problem == PhoneProblem("softphone_stopped")


def test_a_missing_user_agent_is_a_problem_not_a_crash():
    from callcenter.telephony.baresip import BaresipMissing

    class Missing(FakeUa):
        def start(self):
            raise BaresipMissing("baresip")

    bus = EventBus()
    source = SipCallSource(bus, "a1", SipAccount(user="1001", registrar="pbx"), ua_factory=Missing)
    with pytest.raises(PhoneProblem) as caught:
        source.start()
    assert caught.value == PhoneProblem("softphone_missing")
    assert source.registration == FAILED
    source.stop()
    assert source.registration == STOPPED


def test_a_user_agent_that_ends_at_start_is_tried_again_then_said(tmp_path, monkeypatch):
    """A real program that exits at once (as baresip does when its port was taken meanwhile):
    started again, each time with a fresh control port, then refused in words."""
    from callcenter.telephony import baresip as ua_module
    from callcenter.telephony.baresip import Baresip, BaresipDidNotStart, BaresipMissing, UaConfig

    if ua_module.module_path() is None:
        pytest.skip("baresip's modules are not installed")
    starts: list[int] = []
    real = Baresip._start_once

    def counted(self):
        starts.append(1)
        return real(self)

    monkeypatch.setattr(Baresip, "_start_once", counted)
    ua = Baresip(UaConfig(account_line="<sip:1001@127.0.0.1>"), lambda e: None, program="/bin/false", folder=tmp_path)
    with pytest.raises(BaresipDidNotStart) as failed:
        ua.start()
    assert isinstance(failed.value, BaresipMissing) and len(starts) == ua_module.START_TRIES
