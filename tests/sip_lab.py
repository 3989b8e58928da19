"""A SIP lab on loopback for the telephony tests: Kamailio as the registrar and proxy
(a minimal configuration written per test: usrloc in memory, digest auth against a
static password), SIPp scenarios as callers, and helpers that start the softphone
(baresip driven by ``SipCallSource``) registered as an agent. Each test starts its own
servers on free ports and is bounded in time. Use it with ``from tests.sip_lab import
kamailio`` (the fixture) plus whatever helpers the test needs."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.telephony.baresip import module_path
from callcenter.telephony.events import REGISTERED, PhoneRegistration
from callcenter.telephony.source import SipAccount, SipCallSource

KAMAILIO_MODULES = next(
    (p for p in Path("/usr/lib").glob("*/kamailio/modules") if (p / "registrar.so").exists()),
    Path("/usr/lib/kamailio/modules"),
)
HAVE_TOOLS = all(shutil.which(t) for t in ("kamailio", "sipp", "baresip")) and module_path() is not None
pytestmark = pytest.mark.skipif(
    not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test"
)

USER, PASSWORD = "1001", "s3cret"

KAMAILIO_CFG = """#!KAMAILIO
debug=2
log_stderror=yes
children=1
disable_tcp=yes
auto_aliases=no
listen=udp:127.0.0.1:{port}
alias="127.0.0.1:{port}"
mpath="{modules}/"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "auth.so"
modparam("usrloc", "db_mode", 0)
request_route {{
  if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483", "Too Many Hops"); exit; }}
  if (is_method("REGISTER")) {{
    $var(pw) = "";
    if ($fU == "{user}") {{ $var(pw) = "{password}"; }}
    pv_www_authenticate("$td", "$var(pw)", "0");
    $var(rc) = $rc;
    if ($var(rc) < 0) {{
      if ($var(rc) == -2 || $var(rc) == -3) {{ sl_send_reply("403", "Forbidden"); exit; }}
      www_challenge("$td", "0");
      exit;
    }}
    if (!save("location")) {{ sl_reply_error(); }}
    exit;
  }}
  if (has_totag()) {{
    if (loose_route()) {{ t_relay(); exit; }}
    if (is_method("ACK")) {{ if (t_check_trans()) {{ t_relay(); }} exit; }}
    sl_send_reply("404", "Not here");
    exit;
  }}
  if (is_method("CANCEL")) {{ if (t_check_trans()) {{ t_relay(); }} exit; }}
  t_check_trans();
  if (is_method("INVITE")) {{ record_route(); }}
  if (!lookup("location")) {{ sl_send_reply("404", "Not Found"); exit; }}
  t_relay();
}}
"""

# A caller: INVITE with the given identity header, wait for the answer, talk for a
# moment, hang up. ``{identity}`` is a whole header line.
CALLER_XML = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="a customer calls the agent">
  <send retrans="500">
    <![CDATA[
INVITE sip:{user}@127.0.0.1:{port} SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: "Customer" <sip:1000@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:{user}@127.0.0.1:{port}>
Call-ID: [call_id]
CSeq: 1 INVITE
Contact: <sip:sipp@[local_ip]:[local_port]>
{identity}
Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

v=0
o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[media_ip_type] [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000

    ]]>
  </send>
  {provisional}
  {final}
</scenario>
"""

ANSWERED_THEN_BYE = """<recv response="200" rrs="true" timeout="10000"/>
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
Max-Forwards: 70
Content-Length: 0

    ]]>
  </send>
  <pause milliseconds="800"/>
  <send retrans="500">
    <![CDATA[
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[last_From:]
[last_To:]
[routes]
Call-ID: [call_id]
CSeq: 2 BYE
Contact: <sip:sipp@[local_ip]:[local_port]>
Max-Forwards: 70
Content-Length: 0

    ]]>
  </send>
  <recv response="200" timeout="5000"/>"""

# Answered, then the agent hangs up: SIPp waits for the BYE and answers it.
ANSWERED_AGENT_HANGS_UP = """<recv response="200" rrs="true" timeout="10000"/>
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
Max-Forwards: 70
Content-Length: 0

    ]]>
  </send>
  <recv request="BYE" timeout="10000"/>
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

# The caller gives up while it rings: CANCEL, then the 487 for the INVITE is ACKed.
CANCELLED_WHILE_RINGING = """<recv response="180" timeout="5000"/>
  <pause milliseconds="600"/>
  <send>
    <![CDATA[
CANCEL sip:{user}@127.0.0.1:{port} SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch-4]
From: "Customer" <sip:1000@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:{user}@127.0.0.1:{port}>
Call-ID: [call_id]
CSeq: 1 CANCEL
Max-Forwards: 70
Content-Length: 0

    ]]>
  </send>
  <recv response="200" timeout="5000"/>
  <recv response="487" timeout="5000"/>
  <send>
    <![CDATA[
ACK sip:{user}@127.0.0.1:{port} SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch-7]
[last_From:]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0

    ]]>
  </send>"""

# Refused: any final 4xx/5xx (486 Busy Here from the user agent); ACK it and end.
REFUSED = """<recv response="486" timeout="10000"/>
  <send>
    <![CDATA[
ACK sip:{user}@127.0.0.1:{port} SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[last_From:]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0

    ]]>
  </send>"""


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def kamailio(tmp_path):
    port = udp_port()
    cfg = tmp_path / "kamailio.cfg"
    cfg.write_text(
        KAMAILIO_CFG.format(port=port, modules=KAMAILIO_MODULES, user=USER, password=PASSWORD), encoding="utf-8"
    )
    log = open(tmp_path / "kamailio.log", "w")
    proc = subprocess.Popen(
        ["kamailio", "-DD", "-E", "-f", str(cfg), "-m", "32", "-M", "4", "-Y", str(tmp_path), "-w", str(tmp_path)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 10
    while "processes (at least)" not in (tmp_path / "kamailio.log").read_text(errors="replace"):
        assert proc.poll() is None, (tmp_path / "kamailio.log").read_text(errors="replace")[-2000:]
        assert time.monotonic() < deadline, "kamailio did not start"
        time.sleep(0.05)
    time.sleep(0.2)
    yield port
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    log.close()


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


def sipp_caller(tmp_path, port, identity: str, final: str) -> subprocess.Popen:
    scenario = tmp_path / "caller.xml"
    final = final.format(user=USER, port=port)
    provisional = '<recv response="100" optional="true"/>'
    if "180" not in final:
        provisional += '<recv response="180" optional="true"/><recv response="183" optional="true"/>'
    scenario.write_text(
        CALLER_XML.format(user=USER, port=port, identity=identity, provisional=provisional, final=final),
        encoding="utf-8",
    )
    return subprocess.Popen(
        ["sipp", f"127.0.0.1:{port}", "-sf", str(scenario), "-m", "1", "-i", "127.0.0.1"]
        + ["-p", str(udp_port()), "-mp", str(udp_port()), "-timeout", "20", "-timeout_error", "-nostdin"]
        + ["-trace_err", "-error_file", str(tmp_path / "sipp_errors.log")],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def finish(proc: subprocess.Popen, tmp_path) -> int:
    try:
        return proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
        errors = tmp_path / "sipp_errors.log"
        raise AssertionError(errors.read_text(errors="replace") if errors.exists() else "sipp timed out") from None


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
