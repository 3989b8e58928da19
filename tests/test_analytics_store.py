"""Figures computed from the store: full recompute on demo behaviour, the churn model against the
recency-only baseline, incremental recompute after a change, and the overview the window shows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from callcenter.cli import main
from callcenter.core.analytics import abc
from callcenter.core.changes import Change, Changed, Changes
from callcenter.ops import analytics as ops
from callcenter.store import analytics as figures
from callcenter.store import demo
from callcenter.store.db import Store

NOW = demo.DEMO_AS_OF


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("intel") / "demo.db"
    demo.generate(path, 3000, seed=2, quiet=True)
    store = Store(path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def computed(demo_store):
    return ops.recompute_all(demo_store, None, now=NOW).value


def q(store, sql, *params):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).all()


def test_full_recompute_covers_everyone_with_computed_tiers(demo_store, computed):
    assert computed["customers"] == 3000 == q(demo_store, "SELECT count(*) FROM customer_metrics")[0][0]
    assert computed["churn_model"] == "rule_score"  # no model trained yet: the rule score, and it says so
    assert set(computed["tiers"]) == set(abc.TIERS) and all(computed["tiers"][t] > 0 for t in abc.TIERS)
    b = computed["bgnbd"]
    assert 0.1 < b["r"] < 3 and 5 < b["alpha"] < 300  # a purchase process in days, not weeks
    # platinum customers make about the first half of 12-month value (ABC cut-off 0.50)
    rows = q(
        demo_store,
        "SELECT m.tier, m.spend_12m_minor, c.currency FROM customer_metrics m JOIN customers c ON c.id = m.customer_id",
    )
    usd = [(t, s / figures.PER_USD[c]) for t, s, c in rows]
    total = sum(v for _, v in usd)
    plat = sum(v for t, v in usd if t == "platinum")
    assert 0.5 <= plat / total < 0.6
    # never-ordered customers have no scores and no churn risk
    none = q(demo_store, "SELECT rfm_r, value_score, churn_risk, segment FROM customer_metrics WHERE orders = 0")
    assert none and {tuple(r) for r in none} == {(0, 0, 0, "none")}
    ratings = {r for (r,) in q(demo_store, "SELECT DISTINCT credit_rating FROM customer_metrics")}
    assert {"A", "B", "C"} <= ratings


def test_churn_model_beats_recency_alone_on_demo_data(demo_store, computed, capsys):
    assert main(["analytics", "train-churn", "--db", str(demo_store.path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) >= {"model", "auc", "baseline_auc", "brier", "base_rate", "n_train", "n_test", "features"}
    # the command line trains on today's clock; the demo's own snapshot is what we judge here
    trained = ops.train_churn(demo_store, None, 90, now=NOW).value
    assert trained["model"] == "logistic_regression_calibrated"
    assert trained["auc"] > trained["baseline_auc"]
    assert 0 < trained["brier"] < trained["base_rate"] * (1 - trained["base_rate"]) + 0.01
    again = ops.recompute_all(demo_store, None, now=NOW).value
    assert again["churn_model"] == "logistic_regression_calibrated"


def test_incremental_recompute_follows_a_new_order(demo_store, computed):
    cid, recency = q(
        demo_store, "SELECT customer_id, recency_days FROM customer_metrics WHERE recency_days > 200 LIMIT 1"
    )[0]
    follower = figures.Follower(demo_store)
    try:
        with demo_store.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO orders (id, created_at, updated_at, hlc, origin, deleted, customer_id, order_no, "
                "ordered_at, status, channel, currency, total_minor) VALUES "
                "('t-order-1', ?, ?, '', 'test', 0, ?, 'T-1', ?, 'delivered', 'phone', 'USD', 5000)",
                (figures._ts(NOW),) * 2 + (cid, figures._ts(datetime.now(UTC) - timedelta(hours=1))),
            )
        # as a sync pull publishes what it applied
        demo_store.publish(Changes((Change("orders", "insert", "t-order-1", (("customer_id", cid),)),)), source="sync")
        assert follower.wait_idle(20)
    finally:
        follower.close()
    new = figures.metrics_row(demo_store.engine.connect(), cid)
    assert new is not None and new["recency_days"] <= 1 < recency
    assert follower.timings


def test_follower_ignores_its_own_and_unrelated_changes(demo_store, computed):
    follower = figures.Follower(demo_store)
    try:
        demo_store.events.publish(Changed(Changes((Change("users", "update", "u1"),))))
        demo_store.events.publish(
            Changed(Changes((Change("customer_metrics", "update", "x", (("customer_id", "x"),)),)), "analytics")
        )
        assert follower.wait_idle(2) and not follower.timings
    finally:
        follower.close()


def test_overview_has_the_grid_pareto_and_lists(demo_store, computed):
    view = ops.overview(demo_store, None).value
    assert view.customers == 3000
    assert sum(n for n, _ in view.grid.values()) == sum(n for s, (n, _) in view.segments.items() if s != "none")
    assert view.pareto[0] == (0.0, 0.0) and view.pareto[-1][1] == pytest.approx(1.0)
    assert all(r["churn_risk"] >= 40 for r in view.at_risk)
    assert view.credit_watch and all(r["credit_rating"] in "DE" or r["overdue_now"] > 0 for r in view.credit_watch)


def test_the_pop_carries_the_computed_figures_and_their_reasons(demo_store, computed):
    from callcenter.core.analytics.reasons import english
    from callcenter.store.screenpop import load_view

    cid = q(
        demo_store,
        "SELECT customer_id FROM customer_metrics WHERE tier = 'platinum' AND churn_risk > 0 AND invoices_due > 0 "
        "ORDER BY top_share LIMIT 1",
    )[0][0]
    with demo_store.engine.connect() as conn:
        view = load_view(conn, cid, now=NOW)
        m = figures.metrics_row(conn, cid)
    assert view is not None and m is not None
    assert (view.tier, view.value_score, view.churn_risk) == ("platinum", m["value_score"], m["churn_risk"])
    assert view.credit_rating in "ABCDE"
    words = [english(r) for r in view.value_reasons]
    assert words[0].startswith("top ") and words[0].endswith("% by 12-month spend")
    assert f"{m['orders']} orders" in words
    assert any(r.code == "credit.on_time" for r in view.credit_reasons)


def test_an_nps_answer_from_wrap_up_reaches_the_customers_figures(demo_store, computed):
    """The survey captured on a call (ops.surveys) is the NPS input of the churn figures."""
    from callcenter.core.agents import Identity
    from callcenter.core.roles import Role
    from callcenter.ops import surveys

    cid, iid, agent = q(
        demo_store,
        "SELECT customer_id, id, agent_id FROM interactions WHERE customer_id IS NOT NULL AND agent_id IS NOT NULL "
        "AND customer_id NOT IN (SELECT customer_id FROM surveys WHERE kind = 'nps') LIMIT 1",
    )[0]
    actor = Identity(agent, "agent1", "Agent", Role.AGENT)
    surveys.record_survey(demo_store, actor, iid, nps=3, now=datetime.now(UTC) - timedelta(minutes=5))
    figures.recompute_customers(demo_store, [cid], now=datetime.now(UTC))
    row = figures.metrics_row(demo_store.engine.connect(), cid)
    assert row is not None and row["nps_last"] == 3
