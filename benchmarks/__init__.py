"""Reproducible performance runs, driven by ``callcenter bench NAME``.

This directory is the importable package ``callcenter.benchmarks`` (see
pyproject.toml). Each benchmark returns one dict; with ``--json`` the CLI prints
it as a single JSON object on stdout, so benchmarks send progress to stderr only.

- ``screenpop``: raw ANI to complete screen pop, FTS search and panel paint latency.
- ``startup``: a fresh ``callcenter console`` process until it is ready for input.
- ``demo-data``: demo-data generation rate.
- ``board``: GUI-thread time of one 1 Hz queue-board refresh, 1,000 agents on 50 queues.
- ``sync``: push and pull rate of N changes and a 100-change round trip against a local server.
- ``sim``: queue-simulator speed (calls per CPU-second), against ciw and SimPy when installed.
- ``gui-ops``: GUI-thread time of each user action driven through the real windows.
- ``import``: ``callcenter import`` rate for N customers with phones and their order lines.
- ``training``: a trainee's reply through the dialogue runner, scoring, and speech synthesis per line.
- ``analytics``: full recompute of every customer's figures, one customer's incremental recompute, the pop lookup.
- ``join``: a new console joins a site of N customers (snapshot, then pull) until it can take calls.
- ``reports``: the agent, queue and disposition reports over a range of days for a team.
- ``sip``: a real SIP call (Kamailio, SIPp, the softphone) to its screen pop painted; calls per minute back to back.
"""

from __future__ import annotations

BENCHMARKS = (
    "screenpop",
    "startup",
    "demo-data",
    "sim",
    "board",
    "training",
    "sync",
    "gui-ops",
    "analytics",
    "import",
    "reports",
    "join",
    "sip",
)


def run_bench(args) -> dict:
    name = args.bench
    if name == "screenpop":
        from callcenter.benchmarks.screenpop import run
    elif name == "startup":
        from callcenter.benchmarks.startup import run
    elif name == "demo-data":
        from callcenter.benchmarks.demo_data import run
    elif name == "board":
        from callcenter.benchmarks.board import run
    elif name == "sync":
        from callcenter.benchmarks.sync import run
    elif name == "sim":
        from callcenter.benchmarks.sim import run
    elif name == "gui-ops":
        from callcenter.benchmarks.gui_ops import run
    elif name == "training":
        from callcenter.benchmarks.training import run
    elif name == "analytics":
        from callcenter.benchmarks.analytics import run
    elif name == "import":
        from callcenter.benchmarks.import_bench import run
    elif name == "join":
        from callcenter.benchmarks.join import run
    elif name == "reports":  # reports14
        from callcenter.benchmarks.reports import run
    elif name == "sip":
        from callcenter.benchmarks.sip import run
    else:
        raise ValueError(f"unknown benchmark {name!r}; choose one of {', '.join(BENCHMARKS)}")
    return run(args)
