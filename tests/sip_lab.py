"""A SIP lab on loopback for the telephony tests: Kamailio as the registrar and proxy,
SIPp scenarios as callers (both from ``callcenter.benchmarks.sip_lab``, which
``callcenter bench sip`` uses too), and helpers that start the softphone (baresip driven
by ``SipCallSource``) registered as an agent. Each test starts its own servers on free
ports and is bounded in time. Use it with ``from tests.sip_lab import kamailio`` (the
fixture) plus whatever helpers the test needs."""

from __future__ import annotations

import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from callcenter.benchmarks.sip_lab import (  # noqa: F401 - the tests import these names from here
    ANSWERED_AGENT_HANGS_UP,
    ANSWERED_THEN_BYE,
    CALLER_XML,
    CANCELLED_WHILE_RINGING,
    KAMAILIO_CFG,
    KAMAILIO_MODULES,
    PASSWORD,
    REFUSED,
    SDP_BODY,
    USER,
    finish,
    kamailio_config,
    missing_tools,
    sipp_caller,
    start_kamailio,
    stop_kamailio,
    udp_port,
)
from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.telephony.events import REGISTERED, PhoneRegistration
from callcenter.telephony.source import SipAccount, SipCallSource

HAVE_TOOLS = not missing_tools()
pytestmark = pytest.mark.skipif(
    not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test"
)


@pytest.fixture
def kamailio(tmp_path):
    port = udp_port()
    proc, log = start_kamailio(tmp_path, kamailio_config(port))
    yield port
    stop_kamailio(proc, log)


class Recorder:
    def __init__(self, bus: EventBus) -> None:
        self.events: list[object] = []
        self.lock = threading.Lock()
        for kind in (CallOffered, CallerHungUp, PhoneRegistration):
            bus.subscribe(kind, self._add)

    def _add(self, event: object) -> None:
        with self.lock:
            self.events.append(event)

    def of(self, kind: type) -> list:
        with self.lock:
            return [e for e in self.events if isinstance(e, kind)]

    def wait(self, predicate, timeout_s: float = 10.0):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.lock:
                found = [e for e in self.events if predicate(e)]
            if found:
                return found[0]
            time.sleep(0.02)
        with self.lock:
            raise AssertionError(f"not seen in {timeout_s}s; events: {self.events}")


def sip_source(bus, port, password=PASSWORD, rules=None) -> SipCallSource:
    account = SipAccount(
        user=USER,
        registrar=f"127.0.0.1:{port}",
        password=password,
        local_address=f"127.0.0.1:{udp_port()}",
        register_interval_s=60,
    )
    return SipCallSource(bus, "agent-1", account, rules)


@contextmanager
def registered(bus: EventBus, port: int, ready: bool = True, **kwargs):
    """A softphone registered with the lab's Kamailio (and Available when ``ready``);
    yields (source, recorder) and stops the user agent afterwards."""
    seen = Recorder(bus)
    source = sip_source(bus, port, **kwargs)
    source.start()
    try:
        seen.wait(lambda e: isinstance(e, PhoneRegistration) and e.state == REGISTERED)
        if ready:
            source.agent_ready("agent-1", True)
        yield source, seen
    finally:
        source.stop()


# -- audio: a second user agent, generated tones, and what a recording says --------------------


def tone_wav(path, hz: float, seconds: float, rate: int = 8000, amplitude: int = 6000):
    """A sine tone as an 8 kHz mono 16-bit WAV file (what G.711 carries)."""
    import wave

    import numpy as np

    t = np.arange(int(rate * seconds)) / rate
    samples = (amplitude * np.sin(2 * np.pi * hz * t)).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return Path(path)


def wav_samples(path):
    import wave

    import numpy as np

    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float), w.getframerate()


def rms(samples) -> float:
    """Root mean square as a fraction of full scale (0..1)."""
    return float((samples**2).mean() ** 0.5 / 32768) if len(samples) else 0.0


def dominant_hz(samples, rate: int) -> float:
    import numpy as np

    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    spectrum[0] = 0
    return float(np.argmax(spectrum) * rate / len(samples))


def wait_for_file(path_glob, folder, min_bytes: int, timeout_s: float = 15.0) -> Path:
    """The first file matching ``path_glob`` in ``folder`` once it holds ``min_bytes``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = sorted(Path(folder).glob(path_glob))
        if found and found[0].stat().st_size >= min_bytes:
            return found[0]
        time.sleep(0.05)
    raise AssertionError(f"no {path_glob} of {min_bytes} bytes in {folder} within {timeout_s}s")


class UaEvents:
    """The events of a bare ``Baresip`` user agent, to wait on."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self.lock = threading.Lock()

    def __call__(self, event: dict) -> None:
        with self.lock:
            self.events.append(event)

    def wait(self, kind: str, timeout_s: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.lock:
                found = [e for e in self.events if e.get("type") == kind]
            if found:
                return found[0]
            time.sleep(0.02)
        with self.lock:
            raise AssertionError(f"{kind} not seen in {timeout_s}s: {[e.get('type') for e in self.events]}")


@contextmanager
def second_ua(folder, source: str = "", record_folder: str = ""):
    """Another baresip on loopback, not registered (the lab's Kamailio routes its INVITEs
    by the registered contact): yields (ua, events); stopped afterwards."""
    from callcenter.telephony.baresip import Baresip, UaConfig

    port = udp_port()
    events = UaEvents()
    config = UaConfig(
        account_line=f"<sip:1000@127.0.0.1:{port}>;regint=0",
        sip_listen=f"127.0.0.1:{port}",
        audio_source=source,
        record_folder=record_folder,
    )
    ua = Baresip(config, events, folder=Path(folder))
    ua.start()
    try:
        yield ua, events
    finally:
        ua.stop()


@contextmanager
def registered_account(bus: EventBus, port: int, **account_fields):
    """Like ``registered`` with more of the account's settings (audio, recording)."""
    from dataclasses import replace

    seen = Recorder(bus)
    base = sip_source(bus, port)
    source = SipCallSource(bus, "agent-1", replace(base.account, **account_fields))
    source.start()
    try:
        seen.wait(lambda e: isinstance(e, PhoneRegistration) and e.state == REGISTERED)
        source.agent_ready("agent-1", True)
        yield source, seen
    finally:
        source.stop()


# -- call control (hold, transfer, DTMF, outbound) -------------------------------------------------
# The caller's side, after its INVITE: the 200 is ACKed and the agent's tag kept for the
# requests SIPp sends in the dialog (NOTIFY), as ``[$agenttag]``.
ANSWERED_KEEP_TAG = """<recv response="200" rrs="true" timeout="10000">
    <action><ereg regexp=";tag=([^;> ]+)" search_in="hdr" header="To:" assign_to="whole,agenttag"/></action>
  </recv>
  <send>
    <![CDATA[
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[last_From:]
[last_To:]
[routes]
Call-ID: [call_id]
CSeq: 1 ACK
Contact: <sip:sipp@[local_ip]:[local_port]>
X-Agent-Tag: [$agenttag] ([$whole])
Max-Forwards: 70
Content-Length: 0

    ]]>
  </send>"""

# A re-INVITE from the agent whose SDP direction matches ``{direction}`` (a regular
# expression, e.g. ``sendonly|inactive``); SIPp fails the call when it does not.
REINVITE = (
    """<recv request="INVITE" timeout="10000">
    <action><ereg regexp="a=({direction})" search_in="body" check_it="true" assign_to="dir{n}"/>
    <log message="re-INVITE {n}: [$dir{n}]"/></action>
  </recv>
  <send>
    <![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:sipp@[local_ip]:[local_port]>
Content-Type: application/sdp
Content-Length: [len]

"""
    + SDP_BODY.replace("2353687637", "2353687638")
    + """a={answer}

    ]]>
  </send>
  <recv request="ACK" timeout="5000"/>"""
)

# The agent hangs up: SIPp answers the BYE.
AGENT_BYE = """<recv request="BYE" timeout="10000"/>
  <send>
    <![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

    ]]>
  </send>"""

# The agent transfers the caller: SIPp takes the REFER (its Refer-To must match
# ``{refer_to}``; it is logged), accepts it, reports the new call answered (NOTIFY with
# a sipfrag 200) and then the agent's user agent ends its part with a BYE.
REFERRED = (
    """<recv request="REFER" timeout="10000">
    <action><ereg regexp="{refer_to}" search_in="hdr" header="Refer-To:" check_it="true" assign_to="matched"/>
    <ereg regexp="[^[:space:]]+" search_in="hdr" header="Refer-To:" assign_to="referto"/>
    <log message="Refer-To: [$referto] (matched [$matched])"/></action>
  </recv>
  <send>
    <![CDATA[
SIP/2.0 202 Accepted
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:sipp@[local_ip]:[local_port]>
Content-Length: 0

    ]]>
  </send>
  <send retrans="500">
    <![CDATA[
NOTIFY [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: "Customer" <sip:1000@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:{user}@127.0.0.1:{port}>;tag=[$agenttag]
[routes]
Call-ID: [call_id]
CSeq: 3 NOTIFY
Contact: <sip:sipp@[local_ip]:[local_port]>
Event: refer
Subscription-State: terminated;reason=noresource
Max-Forwards: 70
Content-Type: message/sipfrag;version=2.0
Content-Length: [len]

SIP/2.0 200 OK
    ]]>
  </send>
  <recv response="200" timeout="5000"/>
  """
    + AGENT_BYE
)

# The far end of an outbound (or consultation) call: SIPp as the callee, reached through
# the proxy's gateway route. The request URI must match ``{ruri}`` (logged with the
# Call-ID and SIPp's own tag, which a Replaces names); it rings, answers, and waits for
# the agent's BYE. With ``{status}`` other than 200 it refuses the call instead.
CALLEE_XML = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="a customer's phone">
  <recv request="INVITE" timeout="20000">
    <action><ereg regexp="{ruri}" search_in="msg" check_it="true" assign_to="ruri"/>
    <ereg regexp="Call-ID: *([^[:space:]]+)" search_in="msg" check_it="true" assign_to="whole,callid"/>
    <log message="INVITE [$ruri] Call-ID=[$callid] tag=[pid]SIPpTag01[call_number] ([$whole])"/></action>
  </recv>
  <send>
    <![CDATA[
SIP/2.0 180 Ringing
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
[last_Record-Route:]
Contact: <sip:callee@[local_ip]:[local_port]>
Content-Length: 0

    ]]>
  </send>
  {answer}
</scenario>
"""

CALLEE_ANSWERS = (
    """<pause milliseconds="300"/>
  <send retrans="500">
    <![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
[last_Record-Route:]
Contact: <sip:callee@[local_ip]:[local_port]>
Content-Type: application/sdp
Content-Length: [len]

"""
    + SDP_BODY
    + """
    ]]>
  </send>
  <recv request="ACK" timeout="5000"/>
  """
    + AGENT_BYE
)

CALLEE_REFUSES = """<send>
    <![CDATA[
SIP/2.0 {status} Busy Here
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

    ]]>
  </send>
  <recv request="ACK" timeout="5000"/>"""


@pytest.fixture
def kamailio_gateway(tmp_path):
    """The lab's Kamailio, plus a gateway: a request for a user not registered here
    (a customer's number, a colleague's extension) goes on to 127.0.0.1:<gateway port>,
    where a SIPp callee (``sipp_callee``) answers. Yields (proxy port, gateway port)."""
    port, gateway = udp_port(), udp_port()
    proc, log = start_kamailio(tmp_path, kamailio_config(port, gateway))
    yield port, gateway
    stop_kamailio(proc, log)


def _sipp(tmp_path, name: str, args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        ["sipp", *args, "-sf", str(tmp_path / f"{name}.xml"), "-m", "1", "-i", "127.0.0.1"]
        + ["-timeout", "30", "-timeout_error", "-nostdin", "-trace_logs", "-log_file", str(tmp_path / f"{name}.log")]
        + ["-trace_err", "-error_file", str(tmp_path / f"{name}_errors.log")],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def sipp_caller_steps(tmp_path, port, steps: str, name: str = "caller", media: str = "") -> subprocess.Popen:
    """A caller (as ``sipp_caller``) whose scenario after the INVITE is ``steps`` (the
    snippets above, already formatted). With ``media`` (an m-line port), the SDP offers
    G.711 and RFC 4733 telephone events on that port: the agent's audio and digits go there."""
    xml = CALLER_XML
    if media:
        xml = xml.replace(
            "m=audio [media_port] RTP/AVP 0\na=rtpmap:0 PCMU/8000",
            f"m=audio {media} RTP/AVP 0 101\na=rtpmap:0 PCMU/8000\na=rtpmap:101 telephone-event/8000\na=fmtp:101 0-15",
        )
    provisional = '<recv response="100" optional="true"/><recv response="180" optional="true"/>'
    provisional += '<recv response="183" optional="true"/>'
    (tmp_path / f"{name}.xml").write_text(
        xml.format(user=USER, port=port, identity="X-Note: call control", provisional=provisional, final=steps),
        encoding="utf-8",
    )
    return _sipp(tmp_path, name, [f"127.0.0.1:{port}", "-p", str(udp_port()), "-mp", str(udp_port())])


def sipp_callee(tmp_path, gateway: int, ruri: str, status: int = 200, name: str = "callee") -> subprocess.Popen:
    """The far end at the gateway port: answers (or refuses with ``status``) one call
    whose request line matches ``ruri``; waits for the agent's BYE."""
    answer = CALLEE_ANSWERS if status == 200 else CALLEE_REFUSES.replace("{status}", str(status))
    (tmp_path / f"{name}.xml").write_text(CALLEE_XML.format(ruri=ruri, answer=answer), encoding="utf-8")
    proc = _sipp(tmp_path, name, ["-p", str(gateway), "-mp", str(udp_port())])
    time.sleep(0.3)  # listening before anything is dialled
    return proc


def sipp_log(tmp_path, name: str) -> str:
    path = tmp_path / f"{name}.log"
    return path.read_text(errors="replace") if path.exists() else ""


def finish_named(proc: subprocess.Popen, tmp_path, name: str) -> int:
    return finish(proc, tmp_path, name, timeout_s=30)


class EventLog:
    """Every event of the given kinds published on a bus, in order (call-control tests)."""

    def __init__(self, bus: EventBus, *kinds: type) -> None:
        self.events: list[object] = []
        self.lock = threading.Lock()
        for kind in kinds:
            bus.subscribe(kind, self._add)

    def _add(self, event: object) -> None:
        with self.lock:
            self.events.append(event)

    def wait(self, predicate, timeout_s: float = 10.0):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.lock:
                found = [e for e in self.events if predicate(e)]
            if found:
                return found[0]
            time.sleep(0.02)
        with self.lock:
            raise AssertionError(f"not seen in {timeout_s}s; events: {self.events}")


# -- for the console's tests (tests/test_gui_sip_console.py) ----------------------------------
# Answered, then the caller's side goes silent: no BYE, no more media (the process is killed).
ANSWERED_THEN_SILENT = ANSWERED_AGENT_HANGS_UP.split('<recv request="BYE"')[0] + '<pause milliseconds="30000"/>'


def sipp_echoing_caller(tmp_path, port, identity: str) -> subprocess.Popen:
    """A caller that answers media by echoing it (``-rtp_echo``) and never hangs up; kill it
    to drop the line the way a lost network does."""
    scenario = tmp_path / "silent.xml"
    provisional = '<recv response="100" optional="true"/><recv response="180" optional="true"/>'
    scenario.write_text(
        CALLER_XML.format(user=USER, port=port, identity=identity, provisional=provisional, final=ANSWERED_THEN_SILENT),
        encoding="utf-8",
    )
    return subprocess.Popen(
        ["sipp", f"127.0.0.1:{port}", "-sf", str(scenario), "-m", "1", "-i", "127.0.0.1", "-rtp_echo"]
        + ["-p", str(udp_port()), "-mp", str(udp_port()), "-timeout", "40", "-nostdin"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
