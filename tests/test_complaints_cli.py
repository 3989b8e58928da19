"""`callcenter complaints report | check-deadlines` on a real store file."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta

from callcenter.cli import main
from callcenter.core.agents import Identity
from callcenter.core.complaints.capture import ComplaintForm
from callcenter.core.roles import Role
from callcenter.store import complaints


def _cases(store, ids):
    agent = Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
    now = datetime.now(UTC)
    long_ago = now - timedelta(days=20)
    late = complaints.create(
        store,
        ComplaintForm(
            customer_id=ids["wang"],
            category="delivery_late",
            severity="critical",
            summary="late",
            customer_words="late",
        ),
        agent,
        at=long_ago,
    )
    done = complaints.create(
        store,
        ComplaintForm(
            customer_id=ids["tom"],
            category="billing_error",
            severity="low",
            summary="double charge",
            customer_words="charged twice",
        ),
        agent,
        at=long_ago,
    )
    with complaints.edit(store, done.id, agent, now=long_ago + timedelta(minutes=30)) as e:
        for step in ("acknowledge", "assess", "investigate", "propose_resolution", "customer_accepts"):
            e.workflow.apply(e.case, step, agent.user_id, at=e.now, comment="refund")
        e.workflow.close(e.case, agent.user_id, at=e.now, root_cause="billing_system")
    return late, done


def test_report_prints_one_json_object_and_writes_the_tables(seeded, tmp_path, capsys):
    store, ids = seeded
    _cases(store, ids)
    path = store.engine.url.database
    store.close()
    assert (
        main(
            [
                "complaints",
                "report",
                "--db",
                path,
                "--days",
                "60",
                "--json",
                "--csv",
                str(tmp_path / "r.csv"),
                "--xlsx",
                str(tmp_path / "r.xlsx"),
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)  # exactly one JSON object
    assert out["cases"] == 3  # ours and the seed's CASE-1
    # the critical case was never acknowledged, CASE-1 is past its resolve date; the closed one was on time
    assert out["breach_rate"] == {"numerator": 2, "denominator": 3, "value": 0.6667}
    assert out["reopen_rate"] == {"numerator": 0, "denominator": 1, "value": 0.0}
    assert [(c["code"], c["cases"], c["cumulative"]) for c in out["root_causes"]] == [("billing_system", 1, 1.0)]
    assert len(out["written"]) == 6 and (tmp_path / "r.xlsx").exists()
    with open(tmp_path / "r-rates.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] and rows[1][1:] == ["2", "3", "0.6667"]


def test_check_deadlines_escalates_once(seeded, capsys):
    store, ids = seeded
    late, done = _cases(store, ids)
    path = store.engine.url.database
    store.close()
    assert main(["complaints", "check-deadlines", "--db", path, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert {c["case_id"] for c in first["cases"]} >= {late.id} and done.id not in {c["case_id"] for c in first["cases"]}
    assert main(["complaints", "check-deadlines", "--db", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"escalated": 0, "cases": []}


def test_an_unwritable_export_is_one_plain_line(seeded, tmp_path, capsys):
    store, ids = seeded
    path = store.engine.url.database
    store.close()
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(["complaints", "report", "--db", path, "--csv", str(blocker / "r.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("callcenter complaints: Could not save") and "Traceback" not in err
