"""Real SIP on loopback (see tests/sip_lab.py): Kamailio as registrar and proxy, SIPp as
the caller, the softphone (baresip driven by ``SipCallSource``) registered as an agent."""

from __future__ import annotations

import time

import pytest

from callcenter.core.caller_id import CallerIdRules
from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.telephony.events import FAILED, PhoneProblem, PhoneRegistration
from tests.sip_lab import (
    ANSWERED_AGENT_HANGS_UP,
    ANSWERED_THEN_BYE,
    CANCELLED_WHILE_RINGING,
    HAVE_TOOLS,
    REFUSED,
    Recorder,
    finish,
    kamailio,
    registered,
    sip_source,
    sipp_caller,
)

pytestmark = pytest.mark.skipif(
    not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test"
)
__all__ = ["kamailio"]  # the fixture, used by name


def test_register_ring_answer_and_the_caller_hangs_up(kamailio, tmp_path, seeded):
    store, ids = seeded
    # the site's PBX dials out with 9 and sends numbers in the 00 form
    with registered(EventBus(), kamailio, rules=CallerIdRules(outside_line_prefix="9")) as (source, seen):
        # Wang's mobile, +86 138 0013 8000, as the PBX asserts it: outside-line 9, then 0086
        caller = sipp_caller(
            tmp_path, kamailio, "P-Asserted-Identity: <sip:9-0086-138-0013-8000@pbx.example>", ANSWERED_THEN_BYE
        )
        offer = seen.wait(lambda e: isinstance(e, CallOffered))
        assert offer.agent_id == "agent-1"
        assert offer.call.ani == "+8613800138000"
        from callcenter.store import screenpop

        with store.unit() as u:
            pop = screenpop.pop(u.session.connection(), offer.call.ani, "US", False)
        assert pop.view is not None and pop.view.customer_id == ids["wang"]
        assert source.sip_call_id(offer.call.call_id)
        source.call_answered("agent-1", offer.call.call_id)
        hung_up = seen.wait(lambda e: isinstance(e, CallerHungUp))
        assert hung_up.call_id == offer.call.call_id
        assert finish(caller, tmp_path) == 0  # SIPp saw 200 OK to its INVITE and to its BYE


def test_a_call_while_not_ready_is_refused_busy(kamailio, tmp_path):
    with registered(EventBus(), kamailio, ready=False) as (source, seen):
        caller = sipp_caller(tmp_path, kamailio, "X-Note: not ready", REFUSED)
        assert finish(caller, tmp_path) == 0  # 486 Busy Here reached the caller
        assert seen.of(CallOffered) == []


def test_the_agent_rejects_a_ringing_call(kamailio, tmp_path):
    with registered(EventBus(), kamailio) as (source, seen):
        caller = sipp_caller(tmp_path, kamailio, "Remote-Party-ID: <tel:+44-20-7946-0000>;party=calling", REFUSED)
        offer = seen.wait(lambda e: isinstance(e, CallOffered))
        assert offer.call.ani == "+442079460000"
        source.reject("agent-1", offer.call.call_id)
        assert finish(caller, tmp_path) == 0
        time.sleep(0.2)
        assert seen.of(CallerHungUp) == []  # the console ended it: no "caller hung up"


def test_the_agent_hangs_up(kamailio, tmp_path):
    with registered(EventBus(), kamailio, rules=CallerIdRules(country_code="44")) as (source, seen):
        # no identity header: the From URI, in national form
        caller = sipp_caller(tmp_path, kamailio, "X-Note: from only", ANSWERED_AGENT_HANGS_UP)
        offer = seen.wait(lambda e: isinstance(e, CallOffered))
        assert offer.call.ani == "1000"  # SIPp's From user: a short number is left as it is
        source.call_answered("agent-1", offer.call.call_id)
        time.sleep(0.5)
        source.call_talk_ended("agent-1", offer.call.call_id)
        assert finish(caller, tmp_path) == 0  # SIPp received the BYE
        time.sleep(0.2)
        assert seen.of(CallerHungUp) == []


def test_the_caller_gives_up_while_it_rings(kamailio, tmp_path):
    with registered(EventBus(), kamailio) as (source, seen):
        caller = sipp_caller(tmp_path, kamailio, "P-Asserted-Identity: <tel:+8613800138000>", CANCELLED_WHILE_RINGING)
        offer = seen.wait(lambda e: isinstance(e, CallOffered))
        gone = seen.wait(lambda e: isinstance(e, CallerHungUp))
        assert gone.call_id == offer.call.call_id  # the console's abandoned path takes it from here
        assert finish(caller, tmp_path) == 0


def test_a_bad_password_is_a_clear_problem(kamailio):
    bus = EventBus()
    seen = Recorder(bus)
    source = sip_source(bus, kamailio, password="wrong")
    source.start()
    try:
        failed = seen.wait(lambda e: isinstance(e, PhoneRegistration) and e.state == FAILED)
        assert failed.problem == PhoneProblem("bad_credentials", status=403)
        assert failed.problem.english() == "the phone is not working (bad_credentials)"
        assert source.registration == FAILED
    finally:
        source.stop()
