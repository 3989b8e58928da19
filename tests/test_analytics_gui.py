"""The Customers window and the pop's reasons, driven through pytest-qt on demo behaviour."""

from __future__ import annotations

import pytest

from callcenter.core.agents import Identity
from callcenter.core.roles import Role
from callcenter.ops import analytics as ops
from callcenter.store import demo
from callcenter.store.db import Store, allow_store_access


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("intelgui") / "demo.db"
    demo.generate(path, 1500, seed=4, quiet=True)
    store = Store(path)
    ops.recompute_all(store, None, now=demo.DEMO_AS_OF)
    store.close()
    return path


@pytest.fixture
def store(demo_path):
    s = Store(demo_path)
    yield s
    s.close()


def test_customers_window_shows_grid_pareto_risk_and_credit_and_exports(qtbot, store, tmp_path):
    from openpyxl import load_workbook

    from callcenter.gui.supervisor.customers_window import CustomersWindow
    from callcenter.store import repo

    with allow_store_access("test: the signed-in supervisor"):
        sup = next(a for a in repo.agents(store) if a.role.value == "supervisor")
    opened = []
    w = CustomersWindow(store, sup, "en", open_record=opened.append)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.view is not None, timeout=15_000)
    assert "1,500 customers" in w.status.text()
    cells = [w.grid.item(r, c).text() for r in range(5) for c in range(5)]
    assert sum(int(t.split("\n")[0].replace(",", "")) for t in cells) == sum(n for n, _ in w.view.grid.values())
    assert w.segments.rowCount() >= 5
    assert len(w.pareto.points) > 10
    w.min_risk.setValue(40)
    assert w.risk.rowCount() == len([r for r in w.view.at_risk if r["churn_risk"] >= 40])
    assert w.risk.rowCount() > 0 and w.risk.item(0, 6).text()  # the reasons in words
    w.risk.setCurrentCell(0, 0)
    w.open_button.click()
    assert len(opened) == 1 and opened[0]
    assert w.credit.rowCount() > 0
    with allow_store_access("test: an agent to call"):
        agent = next(a for a in repo.agents(store) if a.role.value == "agent")
    assigned = []
    w.assign_retention(agent.user_id, assigned.append)
    qtbot.waitUntil(lambda: bool(assigned), timeout=10_000)
    with allow_store_access("test: check the write"), store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT customer_id, owner_id, assigned_by FROM retention_calls WHERE id = ?", (assigned[0],)
        ).first()
        audit = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_log WHERE action = 'assign_retention_call' AND entity_id = ?", (opened[0],)
        ).scalar()
    assert tuple(row) == (opened[0], agent.user_id, sup.user_id) and audit == 1
    w.tier_filter.setCurrentIndex(1)  # platinum only
    assert all(w.risk.item(r, 2).text() == "Platinum" for r in range(w.risk.rowCount()))
    done = []
    w.export_to(str(tmp_path / "c.xlsx"), "xlsx", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    book = load_workbook(done[0][0])
    assert len(book.sheetnames) == 3
    done.clear()
    w.export_to(str(tmp_path / "c.csv"), "csv", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert len(done[0]) == 3 and all(p.exists() for p in done[0])


def test_an_agent_may_not_open_the_overview(store):
    from callcenter.core.errors import NotPermitted

    agent = Identity("u-a", "agent1", "Emma Clark", Role.AGENT)
    with pytest.raises(NotPermitted):
        ops.overview(store, agent)
    with pytest.raises(NotPermitted):
        ops.recompute_all(store, agent)
    with pytest.raises(NotPermitted):
        ops.assign_retention_call(store, agent, "c", "u")


def test_the_pop_says_why(qtbot, store):
    from callcenter.gui.agent.screen_pop_panel import ScreenPopPanel
    from callcenter.store.screenpop import load_view

    with allow_store_access("test: read the view to paint"), store.engine.connect() as conn:
        cid = conn.exec_driver_sql(
            "SELECT customer_id FROM customer_metrics WHERE churn_risk >= 40 AND orders > 1 "
            "ORDER BY value_score DESC LIMIT 1"
        ).scalar()
        view = load_view(conn, cid, now=demo.DEMO_AS_OF)
    panel = ScreenPopPanel(lang="en")
    qtbot.addWidget(panel)
    panel.show_customer(view)
    text = panel.customer_page.why.text()
    assert "orders" in text and f"Churn risk {view.churn_risk}" in text and f"Credit {view.credit_rating}" in text
