"""``callcenter bench sip`` on the real SIP lab (see tests/sip_lab.py): a few calls, run as
the command is run, checked for the JSON it promises and for every call popped. Speed is
the benchmark's business, not the test's: no time is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.sip_lab import HAVE_TOOLS

sip = pytest.mark.skipif(not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test")


def bench(tmp_path, *args, env=None):
    env = {**os.environ, "CALLCENTER_CACHE_DIR": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "callcenter", "bench", "sip", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@sip
def test_the_sip_bench_pops_every_call_and_says_it_in_one_json_object(tmp_path):
    done = bench(tmp_path, "--calls", "3", "--customers", "300", "--json")
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)  # exactly one JSON object on stdout
    assert result["bench"] == "sip" and result["calls"] == 3
    assert result["calls_popped"] == 3 and result["calls_completed"] == 3 and result["missed_offers"] == 0
    assert "missed_why" not in result
    for key in ("invite_to_pop_p50_ms", "invite_to_pop_p99_ms", "calls_per_minute"):
        assert isinstance(result[key], float) and result[key] > 0, key
    assert result["invite_to_pop_p50_ms"] <= result["invite_to_pop_p99_ms"] <= result["invite_to_pop_max_ms"]
    assert "softphone" in result["invite_measured_from"]
    assert isinstance(result["first_call_invite_to_pop_ms"], float)
    assert isinstance(result["invite_to_pop_p99_after_first_ms"], float)
    assert isinstance(result["within_target"], bool) and result["target_p99_ms"] == 50.0
    assert result["calls_placed_again"] >= 0 and result["console_callbacks_taken"] >= 0


def test_without_the_sip_lab_the_bench_says_what_to_install(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    done = bench(tmp_path, "--calls", "1", "--json", env={"PATH": str(empty)})
    assert done.returncode != 0 and done.stdout == ""
    assert "kamailio, sipp, baresip" in done.stderr and "install" in done.stderr
    assert "Traceback" not in done.stderr


def test_sipps_send_time_of_the_invite_is_read_from_its_message_log(tmp_path):
    from datetime import datetime

    from callcenter.benchmarks.sip import sipp_sent_ns

    log = tmp_path / "call_messages.log"
    log.write_text(
        "----------------------------------------------- 2026-12-02 15:29:28.089285\n"
        "UDP message sent (523 bytes):\n\nINVITE sip:1001@127.0.0.1:43868 SIP/2.0\nCSeq: 1 INVITE\n\n"
        "----------------------------------------------- 2026-12-02 15:29:28.120000\n"
        "UDP message received [311] bytes :\n\nSIP/2.0 100 Trying\n"
    )
    expected = datetime(2026, 12, 2, 15, 29, 28, 89285).timestamp() * 1e9  # SIPp writes local time
    assert abs(sipp_sent_ns(log) - expected) < 1000
    assert sipp_sent_ns(tmp_path / "none.log") is None
    log.write_text("nothing sent\n")
    assert sipp_sent_ns(log) is None
