"""Reports through the store and the ops: the hand-worked day written by the same ops the
console uses, read back by ``ops.reports`` and ``callcenter report``, exported and read again."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from callcenter.cli import main
from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, NotPermitted
from callcenter.core.roles import Role
from callcenter.ops import agent_activity, reports
from tests.reports14_timeline import END, START, at, write_day

A = Identity("A", "a", "Agent A", Role.AGENT)
B = Identity("B", "b", "Agent B", Role.AGENT)
SUPER = Identity("S", "s", "Sue", Role.SUPERVISOR)


@pytest.fixture
def day(store):
    return write_day(store)


def test_agent_report_from_the_store(day):
    rep = reports.report(day, SUPER, "agents", START, END)
    a = next(r for r in rep.rows if r["agent_id"] == "A")
    assert a["available_s"] == 1875 and a["talk_s"] == 360 and a["hold_s"] == 60 and a["wrap_up_s"] == 60
    assert a["not_ready_by_reason"] == {"break": 1200, "missed_call": 15}
    assert (a["handled"], a["missed"], a["aht_s"]) == (1, 1, 480)
    assert a["occupancy"] == pytest.approx(510 / 2385, abs=1e-6)
    assert "Not ready: break" in rep.table.headers
    assert {r["agent_id"] for r in rep.rows} == {"A", "B"}  # calls no person took are no agent's


def test_queue_and_disposition_reports_from_the_store(day):
    rep = reports.report(day, SUPER, "queues", START, END, 30)
    first, second = rep.rows
    assert (first["offered"], first["answered"], first["abandoned"]) == (5, 2, 3)
    assert first["service_level"] == pytest.approx(1 / 3, abs=1e-6) and first["asa_s"] == 40 and first["aht_s"] == 330
    assert second["service_level"] == 1.0
    assert rep.table.rows[-1][:3] == ("General", "Total", 6)
    disp = reports.report(day, SUPER, "dispositions", START, END)
    assert [(d["code"], d["calls"]) for d in disp.rows] == [("sale", 2), ("", 1), ("resolved", 1)]


def test_agents_may_not_read_reports_and_bad_input_is_refused(day):
    with pytest.raises(NotPermitted):
        reports.report(day, A, "agents", START, END)
    with pytest.raises(Invalid):
        reports.report(day, SUPER, "queues", START, END, 20)
    with pytest.raises(Invalid):
        reports.report(day, SUPER, "queues", END, START)


def test_an_agent_records_only_their_own_states(day):
    rec = agent_activity.StateRecord("B", "available", "", None, at("11:00:00"), "not_ready", "break")
    with pytest.raises(NotPermitted):
        agent_activity.record_state_change(day, A, rec)


def test_export_csv_with_bom_and_xlsx_read_back(day, tmp_path):
    rep = reports.report(day, SUPER, "queues", START, END, 60, lang="zh_CN")
    path = reports.export_report(rep, "csv", tmp_path / "q.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["队列", "时段", "呼入"]
    assert rows[1][2] == "6" and rows[-1][1] == "合计"
    book = load_workbook(reports.export_report(rep, "xlsx", tmp_path / "q.xlsx"))
    sheet = book.active
    assert sheet.cell(1, 1).value == "队列" and sheet.cell(2, 3).value == 6
    assert sheet.cell(2, 6).value == 0.5  # service level, a fraction


def test_cli_report_json_and_files(day, tmp_path, capsys):
    db = str(day.path)
    day.close()
    code = main(
        ["report", "queues", "--db", db, "--from", "2026-12-01", "--to", "2026-12-01", "--interval", "60"]
        + ["--csv", str(tmp_path / "q.csv"), "--xlsx", str(tmp_path / "q.xlsx"), "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["report"] == "queues" and out["interval_minutes"] == 60
    (row,) = out["rows"]
    assert (row["offered"], row["answered"], row["service_level"], row["abandon_rate"]) == (6, 3, 0.5, 0.4)
    assert len(out["written"]) == 2 and (tmp_path / "q.xlsx").exists()
    assert main(["report", "agents", "--db", db, "--from", "2026-12-01", "--to", "2026-12-01"]) == 0
    text = capsys.readouterr().out
    assert "Agent activity" in text and "0:08:00" in text  # A's AHT over the whole day
    assert main(["report", "agents", "--db", db, "--from", "2026-12-02", "--to", "2026-12-01"]) == 2
    assert "before" in capsys.readouterr().err


def test_the_server_takes_agent_activity_only_for_the_pushing_agent():
    from callcenter.sync.rules import Actor, check

    class Nothing:
        def rows(self, table):
            return []

        def row(self, table, row_id):
            return None

    agent, sup = Actor("u-a", "agent"), Actor("u-s", "supervisor")
    for table in ("agent_state_changes", "call_legs"):
        assert check(agent, table, {"id": "1", "agent_id": "u-a"}, None, Nothing()) is None
        assert check(agent, table, {"id": "1", "agent_id": "u-b"}, None, Nothing())
        assert check(sup, table, {"id": "1", "agent_id": "u-b"}, None, Nothing()) is None
    assert check(agent, "call_legs", {"id": "1", "agent_id": None}, None, Nothing()) is None  # a queue abandon


def test_state_changes_and_legs_reach_another_console_and_its_reports(tmp_path):
    """Synced: console A records an agent's morning, console B (a supervisor's) reports on it."""
    from callcenter.store.models import User
    from tests.sync_helpers import InProcessServer

    srv = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        agent_id = srv.user("agent1", "agent")
        srv.user("sup", "supervisor")
        a = srv.console(tmp_path / "a.db", "agent1")
        b = srv.console(tmp_path / "b.db", "sup")
        me = Identity(agent_id, "agent1", "Agent One", Role.AGENT)
        prev, why, since = "logged_out", "", None
        for t, state, reason in (
            ("09:00:00", "available", ""),
            ("09:10:00", "not_ready", "break"),
            ("09:30:00", "available", ""),
        ):
            rec = agent_activity.StateRecord(agent_id, prev, why, since, at(t), state, reason)
            agent_activity.record_state_change(a.store, me, rec)
            prev, why, since = state, reason, at(t)
        from callcenter.core.calls import Call

        call = Call("x1", "", "general", offered_at=at("09:05:00"), answered_at=at("09:05:10"), ended_at=at("09:08:10"))
        agent_activity.record_call_leg(a.store, me, call, wrap_ended_at=at("09:09:00"))
        a.sync_round()
        b.sync_round()
        b.sync_round()
        with b.store.session() as s:
            assert s.get(User, agent_id) is not None
        rep = reports.report(b.store, SUPER, "agents", START, END, now=at("09:40:00"))
        (row,) = rep.rows
        assert row["agent_id"] == agent_id and row["handled"] == 1
        assert row["not_ready_by_reason"] == {"break": 1200}
        assert row["available_s"] == 600 + 600  # 09:00-09:10 and 09:30-09:40 (now)
        a.store.close()
        b.store.close()
    finally:
        srv.close()


def test_bench_reports_prints_its_figures(capsys):
    assert main(["bench", "reports", "--agents", "2", "--days", "1", "--calls", "5", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["state_changes"], out["call_legs"]) == (40, 10)
    assert {"agents_s", "queues_s", "dispositions_s", "agents_one_day_s"} <= set(out)
