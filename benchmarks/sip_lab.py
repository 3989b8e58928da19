"""A SIP lab on loopback: Kamailio as the registrar and proxy (a minimal configuration
written per run: usrloc in memory, digest auth against a static password), SIPp
scenarios as callers. Qt-free and pytest-free, so ``callcenter bench sip`` and the
telephony tests (``tests/sip_lab.py``, which adds the fixtures) share one copy.

Every server is started on free loopback ports in a folder of the caller's choosing and
is bounded in time; what goes wrong is a ``LabError`` with the log's tail.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from callcenter.telephony.baresip import module_path

KAMAILIO_MODULES = next(
    (p for p in Path("/usr/lib").glob("*/kamailio/modules") if (p / "registrar.so").exists()),
    Path("/usr/lib/kamailio/modules"),
)
USER, PASSWORD = "1001", "s3cret"


class LabError(RuntimeError):
    """A lab server did not start or a caller did not finish in time."""


def missing_tools() -> list[str]:
    """What the lab needs and this machine lacks (empty when it can run)."""
    missing = [t for t in ("kamailio", "sipp", "baresip") if shutil.which(t) is None]
    if "kamailio" not in missing and not (KAMAILIO_MODULES / "registrar.so").exists():
        missing.append("kamailio's modules (registrar, usrloc, auth)")
    if "baresip" not in missing and module_path() is None:
        missing.append("baresip's ctrl_tcp module")
    return missing


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

SDP_BODY = """v=0
o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[media_ip_type] [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
"""  # what SIPp offers and answers with: G.711 u-law audio (SIPp fills the bracketed fields)

# A caller: INVITE with the given identity header, wait for the answer, talk for a
# moment, hang up. ``{identity}`` is a whole header line.
CALLER_XML = (
    """<?xml version="1.0" encoding="ISO-8859-1" ?>
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

"""
    + SDP_BODY
    + """
    ]]>
  </send>
  {provisional}
  {final}
</scenario>
"""
)

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


def kamailio_config(port: int, gateway: int | None = None) -> str:
    """The lab's configuration on ``port``; with ``gateway``, a request for a user not
    registered here goes on to 127.0.0.1:<gateway> (where a SIPp callee answers)."""
    text = KAMAILIO_CFG
    if gateway is not None:
        text = text.replace(
            'if (!lookup("location")) {{ sl_send_reply("404", "Not Found"); exit; }}',
            'if (!lookup("location")) {{ $du = "sip:127.0.0.1:{gateway}"; }}',
        )
    return text.format(port=port, modules=KAMAILIO_MODULES, user=USER, password=PASSWORD, gateway=gateway)


def start_kamailio(folder: Path, text: str, timeout_s: float = 10.0) -> tuple[subprocess.Popen, IO[str]]:
    """Kamailio with the given configuration, its files in ``folder``; (process, log file)."""
    folder = Path(folder)
    cfg = folder / "kamailio.cfg"
    cfg.write_text(text, encoding="utf-8")
    log_path = folder / "kamailio.log"
    log = open(log_path, "w")
    proc = subprocess.Popen(
        ["kamailio", "-DD", "-E", "-f", str(cfg), "-m", "32", "-M", "4", "-Y", str(folder), "-w", str(folder)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + timeout_s
    while "processes (at least)" not in log_path.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_kamailio(proc, log)
            tail = log_path.read_text(errors="replace")[-2000:]
            raise LabError(f"kamailio did not start:\n{tail}")
        time.sleep(0.05)
    time.sleep(0.2)
    return proc, log


def stop_kamailio(proc: subprocess.Popen, log: IO[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    log.close()


@contextmanager
def kamailio_running(folder: Path, gateway: int | None = None) -> Iterator[int]:
    """The lab's Kamailio while the block runs; yields its UDP port."""
    port = udp_port()
    proc, log = start_kamailio(folder, kamailio_config(port, gateway))
    try:
        yield port
    finally:
        stop_kamailio(proc, log)


def caller_scenario(port: int, identity: str, final: str) -> str:
    """A SIPp caller's scenario: INVITE with ``identity`` (a whole header line), then
    ``final`` (one of the snippets above)."""
    final = final.format(user=USER, port=port)
    provisional = '<recv response="100" optional="true"/>'
    if "180" not in final:
        provisional += '<recv response="180" optional="true"/><recv response="183" optional="true"/>'
    return CALLER_XML.format(user=USER, port=port, identity=identity, provisional=provisional, final=final)


def sipp_caller(folder: Path, port: int, identity: str, final: str, name: str = "caller") -> subprocess.Popen:
    """One SIPp call to the lab's agent through Kamailio on ``port``; its errors go to
    ``<folder>/sipp_errors.log`` (see ``finish``)."""
    folder = Path(folder)
    scenario = folder / f"{name}.xml"
    scenario.write_text(caller_scenario(port, identity, final), encoding="utf-8")
    return subprocess.Popen(
        ["sipp", f"127.0.0.1:{port}", "-sf", str(scenario), "-m", "1", "-i", "127.0.0.1"]
        + ["-p", str(udp_port()), "-mp", str(udp_port()), "-timeout", "20", "-timeout_error", "-nostdin"]
        + ["-trace_err", "-error_file", str(folder / "sipp_errors.log")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def finish(proc: subprocess.Popen, folder: Path, name: str = "sipp", timeout_s: float = 20) -> int:
    """SIPp's exit code; on a timeout it is killed and its error log (``<name>_errors.log``) said."""
    try:
        return proc.wait(timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
        errors = Path(folder) / f"{name}_errors.log"
        raise LabError(errors.read_text(errors="replace") if errors.exists() else f"{name} timed out") from None
