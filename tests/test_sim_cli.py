"""`callcenter simulate`, `callcenter erlang` and `callcenter bench sim`, run as a user
would (a fresh process): one JSON object with the contract's keys, or one plain line
on stderr and exit code 2 for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIGURES = ("p_wait", "service_level", "asa_s", "abandon_rate", "occupancy")


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "callcenter", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def one_json_object(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.strip()
    assert out.startswith("{") and out.endswith("}") and "\n" not in out, proc.stdout
    return json.loads(out)


def test_simulate_json_contract():
    data = one_json_object(
        cli(
            "simulate",
            "--agents",
            "20",
            "--arrival-rate",
            "200",
            "--aht",
            "300",
            "--patience",
            "120",
            "--target",
            "20",
            "--hours",
            "2",
            "--replications",
            "4",
            "--seed",
            "3",
            "--json",
        )
    )
    keys = ("offered", "answered", "abandoned", *FIGURES)
    for key in (*keys, "ci95", "calls_per_cpu_s"):
        assert key in data, key
    assert set(keys) <= set(data["ci95"]) and all(data["ci95"][k] is not None for k in keys)
    assert data["replications"] == 4 and data["calls_per_cpu_s"] > 0
    assert data["offered"] == pytest.approx(400, rel=0.15)  # 200 calls/h for 2 h
    assert data["answered"] + data["abandoned"] == pytest.approx(data["offered"])
    assert data["erlang"]["model"] == "erlang_a"
    again = one_json_object(
        cli(
            "simulate",
            "--agents",
            "20",
            "--arrival-rate",
            "200",
            "--aht",
            "300",
            "--patience",
            "120",
            "--target",
            "20",
            "--hours",
            "2",
            "--replications",
            "4",
            "--seed",
            "3",
            "--json",
        )
    )
    assert {k: again[k] for k in keys} == {k: data[k] for k in keys}  # same seed, same figures


def test_simulate_scenario_file():
    data = one_json_object(
        cli(
            "simulate",
            "--scenario",
            "resources/sim_scenarios/two_queues.yaml",
            "--hours",
            "2",
            "--replications",
            "2",
            "--json",
        )
    )
    assert set(data["queues"]) == {"service", "sales"}
    for key in ("offered", "answered", "abandoned", *FIGURES, "ci95", "calls_per_cpu_s"):
        assert key in data


def test_erlang_json_contract_and_solver():
    data = one_json_object(cli("erlang", "--agents", "7", "--arrival-rate", "100", "--aht", "180", "--json"))
    for key in FIGURES:
        assert key in data
    assert data["p_wait"] == pytest.approx(0.32415, abs=1e-5)
    solved = one_json_object(
        cli("erlang", "--arrival-rate", "100", "--aht", "180", "--solve-service-level", "0.8", "--json")
    )
    assert solved["agents"] == 8 and solved["service_level"] >= 0.8
    a = one_json_object(
        cli("erlang", "--arrival-rate", "540", "--aht", "300", "--patience", "180", "--solve-asa", "10", "--json")
    )
    assert a["model"] == "erlang_a" and a["asa_s"] <= 10 and a["agents"] == a["agents_for_asa"]
    unstable = one_json_object(cli("erlang", "--agents", "40", "--arrival-rate", "540", "--aht", "300", "--json"))
    assert unstable["stable"] is False and unstable["asa_s"] is None and "unstable" in unstable["note"]


@pytest.mark.parametrize(
    "args,words",
    [
        (("erlang", "--agents", "0", "--arrival-rate", "100", "--aht", "180"), "--agents must be at least 1"),
        (("erlang", "--agents", "5", "--arrival-rate", "-100", "--aht", "180"), "must be a positive number"),
        (("erlang", "--agents", "five", "--arrival-rate", "100", "--aht", "180"), "invalid int value"),
        (
            ("erlang", "--arrival-rate", "100", "--aht", "180", "--solve-service-level", "80"),
            "strictly between 0 and 1",
        ),
        (("simulate", "--agents", "5", "--arrival-rate", "100"), "give --aht"),
        (("simulate", "--agents", "5", "--arrival-rate", "100", "--aht", "180", "--replications", "0"), "at least 1"),
        (("simulate", "--agents", "5", "--arrival-rate", "100", "--aht", "180", "--patience", "-1"), "--patience"),
        (("simulate", "--scenario", "no/such/file.yaml"), "cannot read the scenario"),
        (("bench", "sim", "--calls", "0"), "must be at least 1"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(args, words):
    proc = cli(*args, "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert words in lines[0]


def test_malformed_scenario_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("queues:\n  - name: q\n    arrivals: {rate: -4}\n    handle_time: {dist: exponential}\nagents: []\n")
    proc = cli("simulate", "--scenario", str(bad), "--json")
    assert proc.returncode == 2 and proc.stdout == ""
    line = proc.stderr.strip()
    assert "\n" not in line and line.startswith("callcenter simulate: bad.yaml: ")
    assert "arrivals.rate: must be at least 0" in line and "missing 'mean'" in line and "agents" in line


def test_bench_sim_json():
    data = one_json_object(cli("bench", "sim", "--calls", "20000", "--ref-calls", "2000", "--json"))
    assert data["calls"] == 20000 and data["calls_per_cpu_s"] > 0 and data["general_calls_per_cpu_s"] > 0
    assert abs(data["p_abandon"] - data["erlang_a_p_abandon"]) < 0.01
    for name in ("ciw", "simpy"):
        assert f"{name}_calls_per_cpu_s" in data  # None when the optional package is missing
        if data[f"{name}_calls_per_cpu_s"] is not None:
            assert data[f"speedup_vs_{name}"] > 1
