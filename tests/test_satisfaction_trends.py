"""CSAT and NPS per queue, agent and RFM segment, month by month: hand-worked figures, and
the Customers window's trends tab (table and chart)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_orders_surveys import T0, calls

from callcenter.core.errors import Invalid
from callcenter.ops import surveys
from callcenter.store import repo
from callcenter.store.db import allow_store_access
from callcenter.store.models import CustomerMetrics


def answered(store, ids):
    agent = next(a for a in repo.agents(store) if a.username == "agent1")
    c = calls(store, ids)
    surveys.record_survey(store, agent, c[0], csat=5, nps=10, now=T0)  # wang, general, agent1
    surveys.record_survey(store, agent, c[1], csat=4, nps=6, now=T0)  # tom, general, agent1
    surveys.record_survey(store, agent, c[2], csat=2, nps=8, now=T0)  # ann, general, agent2
    surveys.record_survey(store, agent, c[3], csat=1, now=T0 + timedelta(days=30))  # wang, billing, agent2
    surveys.record_survey(store, agent, c[4], nps=10, now=T0 + timedelta(days=95))  # tom, billing, agent2
    with store.transaction() as s:  # the RFM segments a recompute wrote (ann not computed yet: her tier)
        for who, segment in (("wang", "champions"), ("tom", "at_risk")):
            s.add(CustomerMetrics(customer_id=ids[who], segment=segment))


def test_segment_is_the_rfm_segment_and_trends_go_by_month(seeded):
    store, ids = seeded
    answered(store, ids)
    t = surveys.satisfaction_trends(store, "segment")
    rows = {r.key: r for r in t.rows}
    assert sorted(rows) == ["at_risk", "bronze", "champions"]
    # champions (wang): CSAT 5, 1 -> 3.0; NPS 10 -> +100
    assert rows["champions"].csat.mean == 3.0 and rows["champions"].nps.nps == 100.0
    # at risk (tom): CSAT 4; NPS 6, 10 -> (1 - 1) / 2 = 0
    assert rows["at_risk"].csat.mean == 4.0 and rows["at_risk"].nps.nps == 0.0
    assert rows["bronze"].csat.mean == 2.0 and rows["bronze"].nps.answers == 1  # ann: her tier
    months = dict(t.monthly["champions"])
    assert sorted(months) == ["2026-06", "2026-07"]
    assert months["2026-06"].csat.mean == 5.0 and months["2026-07"].csat.mean == 1.0
    assert months["2026-07"].nps.answers == 0
    by_agent = surveys.satisfaction_trends(store, "agent")
    bob = next(r for r in by_agent.rows if r.name_en == "Bob Agent")
    assert [(m, f.csat.answers, f.nps.nps) for m, f in by_agent.monthly[bob.key]] == [
        ("2026-06", 1, 0.0),  # ann: CSAT 2, NPS 8 (passive) -> 0
        ("2026-07", 1, None),  # wang: CSAT 1
        ("2026-09", 0, 100.0),  # tom: NPS 10
    ]
    with pytest.raises(Invalid):
        surveys.satisfaction_trends(store, "month")


def test_customers_window_trends_tab(qtbot, seeded):
    from callcenter.gui.supervisor.customers_window import CustomersWindow

    store, ids = seeded
    answered(store, ids)
    with allow_store_access("test: the signed-in supervisor"):
        sup = next(a for a in repo.agents(store) if a.username == "super1")
    w = CustomersWindow(store, sup, "en")
    qtbot.addWidget(w)
    panel = w.satisfaction
    qtbot.waitUntil(lambda: panel.trends is not None, timeout=10_000)
    assert panel.table.rowCount() == 2  # General, Billing
    names = [panel.table.item(r, 0).text() for r in range(2)]
    assert set(names) == {"General", "Billing"}
    panel.by.setCurrentIndex(panel.by.findData("segment"))
    qtbot.waitUntil(lambda: panel.trends.by == "segment", timeout=10_000)
    texts = {panel.table.item(r, 0).text(): r for r in range(panel.table.rowCount())}
    assert set(texts) == {"Champions", "At risk", "Bronze"}
    r = texts["Champions"]
    assert panel.table.item(r, 2).text() == "3.00" and panel.table.item(r, 5).text() == "+100"
    panel.table.setCurrentCell(r, 0)
    assert panel.chart.months == ["2026-06", "2026-07"] and panel.chart.csat == [5.0, 1.0]
    assert panel.chart_title.text() == "Month by month: Champions"
    panel.table.setCurrentCell(texts["At risk"], 0)  # tom: June and September, the months between left empty
    assert panel.chart.months == ["2026-06", "2026-07", "2026-08", "2026-09"]
    assert panel.chart.nps == [-100.0, None, None, 100.0] and panel.chart.csat == [4.0, None, None, None]
    assert "8 survey answers" in panel.summary.text()


def test_demo_data_has_the_csat_answers_as_survey_rows(tmp_path):
    from callcenter.store import demo
    from callcenter.store.db import Store

    path = tmp_path / "demo.db"
    demo.generate(path, 300, seed=2, quiet=True)
    store = Store(path)
    try:
        with store.engine.connect() as conn:
            surveys_rows = conn.exec_driver_sql(
                "SELECT s.customer_id, s.agent_id, s.queue_id, s.score FROM surveys s ORDER BY s.interaction_id"
            ).all()
            calls_rows = conn.exec_driver_sql(
                "SELECT customer_id, agent_id, queue_id, survey_csat FROM interactions "
                "WHERE survey_csat IS NOT NULL ORDER BY id"
            ).all()
        assert surveys_rows and [tuple(r) for r in surveys_rows] == [tuple(r) for r in calls_rows]
        by_queue = surveys.satisfaction_trends(store, "queue")
        assert sum(r.csat.answers for r in by_queue.rows) == len(calls_rows)
    finally:
        store.close()
