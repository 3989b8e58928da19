"""CSAT and NPS: hand-worked figures, NPS at most once per period per customer, answers per
interaction and customer, figures per queue, agent, segment and month, the CLI, and the
wrap-up panel capturing them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from callcenter.core import surveys as core
from callcenter.core.errors import Invalid
from callcenter.ops import surveys
from callcenter.store import repo
from callcenter.store.models import Interaction, Queue, Survey

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def test_nps_and_csat_by_hand():
    f = core.nps([10, 9, 8, 6, 3, 10, 10, 7])  # promoters 10,9,10,10; passives 8,7; detractors 6,3
    assert (f.answers, f.promoters, f.passives, f.detractors) == (8, 4, 2, 2)
    assert f.nps == pytest.approx(100 * (4 - 2) / 8)  # 25.0
    assert core.nps([]).nps is None and core.nps([6]).nps == -100.0 and core.nps([9, 7]).nps == 50.0
    c = core.csat([5, 4, 2, 1])
    assert c.mean == 3.0 and c.satisfied_share == 0.5


def test_nps_is_due_once_per_period():
    assert core.nps_due(None, T0)
    assert not core.nps_due(T0, T0 + timedelta(days=89, hours=23), 90)
    assert core.nps_due(T0, T0 + timedelta(days=90), 90)
    assert core.nps_due(T0, T0 + timedelta(days=7), 7)


def calls(store, ids):
    """Interactions: (customer, queue code, agent) -> id."""
    out = {}
    with store.transaction() as s:
        queues = {q.code: q.id for q in s.scalars(select(Queue))}
        for n, (cust, queue, agent) in enumerate(
            [
                ("wang", "general", "agent1"),
                ("tom", "general", "agent1"),
                ("ann", "general", "agent2"),
                ("wang", "billing", "agent2"),
                ("tom", "billing", "agent2"),
            ]
        ):
            i = Interaction(
                customer_id=ids[cust], queue_id=queues[queue], agent_id=ids[agent], offered_at=T0 + timedelta(minutes=n)
            )
            s.add(i)
            s.flush()
            out[n] = i.id
    return out


def test_answers_per_interaction_and_customer_nps_once_per_period_and_figures_by_group(seeded):
    store, ids = seeded
    agent = next(a for a in repo.agents(store) if a.username == "agent1")
    c = calls(store, ids)
    surveys.record_survey(store, agent, c[0], csat=5, nps=10, now=T0)  # wang, general, agent1
    surveys.record_survey(store, agent, c[1], csat=4, nps=6, now=T0)  # tom, general, agent1
    surveys.record_survey(store, agent, c[2], csat=2, nps=8, now=T0)  # ann, general, agent2
    # wang again 30 days later: NPS not due (90 days); CSAT is taken
    with pytest.raises(Invalid) as info:
        surveys.record_survey(store, agent, c[3], csat=1, nps=9, now=T0 + timedelta(days=30))
    assert info.value.params["fields"] == {"nps": "asked_recently"}
    assert not surveys.nps_due(store, ids["wang"], 90, now=T0 + timedelta(days=30))
    done = surveys.record_survey(store, agent, c[3], csat=1, now=T0 + timedelta(days=30))  # wang, billing, agent2
    assert done.changes.touches("surveys", "interactions", "audit_log")
    assert surveys.nps_due(store, ids["wang"], 90, now=T0 + timedelta(days=91))
    surveys.record_survey(store, agent, c[4], nps=10, now=T0 + timedelta(days=95))  # tom, billing: due again
    with pytest.raises(Invalid) as info:
        surveys.record_survey(store, agent, c[4], csat=6)
    assert info.value.params["fields"] == {"csat": "out_of_range"}
    with store.session() as s:
        assert s.get(Interaction, c[0]).survey_csat == 5
        assert sorted(
            (r.kind, r.score) for r in s.scalars(select(Survey).where(Survey.customer_id == ids["wang"]))
        ) == [
            ("csat", 1),
            ("csat", 5),
            ("nps", 10),
        ]

    by_queue = surveys.satisfaction(store, "queue")
    rows = {r.name_en: r for r in by_queue.rows}
    # general: CSAT 5, 4, 2 -> mean 3.667, satisfied 2/3; NPS 10, 6, 8 -> (1 - 1) / 3 = 0
    assert rows["General"].csat.mean == pytest.approx(11 / 3) and rows["General"].csat.satisfied == 2
    assert rows["General"].nps.nps == 0.0
    # billing: CSAT 1; NPS 10 -> 100
    assert rows["Billing"].csat.mean == 1.0 and rows["Billing"].nps.nps == 100.0
    # overall: NPS 10, 6, 8, 10 -> (2 - 1) / 4 = 25; CSAT 5, 4, 2, 1 -> 3.0
    assert by_queue.overall_nps.nps == 25.0 and by_queue.overall_csat.mean == 3.0
    by_agent = {r.name_en: r for r in surveys.satisfaction(store, "agent").rows}
    # agent1: NPS 10, 6 -> 0; agent2: NPS 8, 10 -> 50
    assert by_agent["Alice Agent"].nps.nps == 0.0 and by_agent["Bob Agent"].nps.nps == 50.0
    by_segment = {r.key: r for r in surveys.satisfaction(store, "segment").rows}
    # wang is gold: NPS 10 -> 100; tom and ann bronze: 6, 8, 10 -> (1 - 1) / 3 = 0
    assert by_segment["gold"].nps.nps == 100.0 and by_segment["bronze"].nps.nps == 0.0
    by_month = {r.key: r for r in surveys.satisfaction(store, "month").rows}
    assert sorted(by_month) == ["2026-06", "2026-07", "2026-09"]
    since = surveys.satisfaction(store, "queue", since=T0 + timedelta(days=1))
    assert since.overall_csat.answers == 1 and since.overall_nps.answers == 1


def test_cli_analytics_satisfaction_json(seeded, capsys):
    from callcenter.cli import main

    store, ids = seeded
    agent = next(a for a in repo.agents(store) if a.username == "agent1")
    c = calls(store, ids)
    surveys.record_survey(store, agent, c[0], csat=5, nps=10, now=T0)
    surveys.record_survey(store, agent, c[1], csat=3, nps=3, now=T0)
    path = store.path
    store.close()
    assert main(["analytics", "satisfaction", "--db", str(path), "--by", "agent", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["by"] == "agent" and out["overall"]["nps"] == 0.0 and out["overall"]["csat_mean"] == 4.0
    assert out["groups"] == [
        {
            "key": ids["agent1"],
            "name": "Alice Agent",
            "csat_answers": 2,
            "csat_mean": 4.0,
            "csat_satisfied_share": 0.5,
            "nps_answers": 2,
            "promoters": 1,
            "passives": 0,
            "detractors": 1,
            "nps": 0.0,
        }
    ]
    with pytest.raises(SystemExit) as stop:
        main(["analytics", "satisfaction", "--db", str(path), "--since", "yesterday"])
    assert stop.value.code == 2 and "'yesterday' is not a date (YYYY-MM-DD)" in capsys.readouterr().err


def test_wrap_up_captures_csat_and_asks_nps_only_when_due(qtbot, seeded, settings):
    from tests.test_gui_console import make_console, ring, settle

    store, ids = seeded
    window, source, _clock = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")  # wang
    c.answer()
    c.end()
    panel = window.wrap_panel
    qtbot.waitUntil(lambda: panel.nps_combo.isVisibleTo(panel), timeout=5000)  # never asked: due
    assert panel.csat_combo.isVisibleTo(panel)
    panel.select_code(ids["sales.new"])
    panel.csat_combo.setFocus()
    qtbot.keyClick(panel.csat_combo, Qt.Key.Key_4)  # typed: "4 – satisfied"
    panel.nps_combo.setCurrentIndex(panel.nps_combo.findData(9))
    assert panel.survey() == (4, 9)
    interaction_id = c.call.interaction_id
    panel.request_finish()
    settle(qtbot, window)
    with store.session() as s:
        assert s.get(Interaction, interaction_id).survey_csat == 4
        rows = s.scalars(select(Survey).where(Survey.interaction_id == interaction_id)).all()
        assert sorted((r.kind, r.score, r.customer_id) for r in rows) == [
            ("csat", 4, ids["wang"]),
            ("nps", 9, ids["wang"]),
        ]
    # the next call from wang: NPS was just asked, so only CSAT
    ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.end()
    qtbot.waitUntil(lambda: panel.nps_note.isVisibleTo(panel), timeout=5000)
    assert not panel.nps_combo.isVisibleTo(panel) and panel.survey() == (None, None)
