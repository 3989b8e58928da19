"""The models refit on a schedule (nightly by default) and on demand (the Customers window's
Refit button, ``callcenter analytics recompute --refit``), and the product says which model
is in use and when it was fitted."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from callcenter.core.analytics import churn
from callcenter.core.analytics.schedule import RefitPolicy, refit_due
from callcenter.ops import analytics as ops
from callcenter.store import analytics as figures
from callcenter.store import demo
from callcenter.store.db import Store, allow_store_access


def local(hour: int, day: int = 2) -> datetime:
    return datetime(2026, 12, day, hour, 30).astimezone()  # local time, aware


def test_refit_due_by_hand():
    nightly = RefitPolicy(every_hours=24, at_hour=2)
    assert refit_due(None, local(14), nightly)  # never fitted: at once
    fitted = local(2, day=1)
    assert not refit_due(fitted, local(14, day=1), nightly)  # 12 h old
    assert not refit_due(fitted, local(1, day=2), nightly)  # 23 h old
    assert refit_due(fitted, local(2, day=2) + timedelta(minutes=5), nightly)  # 24 h, in the 2 o'clock hour
    assert not refit_due(fitted, local(9, day=2), nightly)  # due, waiting for 2 o'clock
    assert refit_due(fitted, local(9, day=3), nightly)  # more than a day late: at once
    assert refit_due(fitted, local(9, day=2), RefitPolicy(every_hours=24, at_hour=None))
    assert not refit_due(None, local(9), RefitPolicy(every_hours=0))  # on demand only
    with pytest.raises(ValueError):
        RefitPolicy(at_hour=24)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("refit") / "demo.db"
    demo.generate(path, 800, seed=5, quiet=True)
    return path


@pytest.fixture
def store(demo_path, tmp_path):
    import shutil

    copy = tmp_path / "demo.db"
    shutil.copy(demo_path, copy)
    s = Store(copy)
    yield s
    s.close()


def test_scheduler_refits_when_due_and_says_which_model(store):
    now = [demo.DEMO_AS_OF + timedelta(hours=3)]
    with allow_store_access("test: the scheduler's own thread"):
        status = ops.model_status(store, None).value
        assert status.value_fitted_at is None and status.churn_model == churn.RULE_NAME
        sched = figures.RefitScheduler(
            store, RefitPolicy(every_hours=24, at_hour=None), check_s=3600, clock=lambda: now[0], first_check_s=3600
        )
        try:
            assert sched.run_once()  # never fitted: refits
            status = ops.model_status(store, None).value
            assert status.value_fitted_at == now[0]
            if status.churn_fitted_at is not None:  # enough history for a model
                assert status.churn_model == churn.MODEL_NAME and 0.5 < status.churn_auc <= 1
            now[0] += timedelta(hours=5)
            assert not sched.run_once()  # 5 hours old: not yet
            now[0] += timedelta(hours=20)
            assert sched.run_once() and sched.runs == 2
            assert ops.model_status(store, None).value.value_fitted_at == now[0]
        finally:
            sched.stop()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM customer_metrics").scalar() == 800


def test_recompute_refit_command_trains_the_churn_model_too(store, capsys):
    from callcenter.cli import main

    path = str(store.path)
    store.close()
    assert main(["analytics", "recompute", "--db", path, "--refit", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["customers"] == 800
    assert result["churn_training"]["model"] in (churn.MODEL_NAME, churn.RULE_NAME)
    assert set(result["churn_training"]) >= {"auc", "baseline_auc", "n_train", "n_test"}


def test_customers_window_shows_the_models_and_refits(qtbot, store):
    from callcenter.gui.supervisor.customers_window import CustomersWindow
    from callcenter.store import repo

    with allow_store_access("test: the signed-in supervisor"):
        sup = next(a for a in repo.agents(store) if a.role.value == "supervisor")
    w = CustomersWindow(store, sup, "en")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model_info is not None, timeout=10_000)
    assert "fitted never" in w.models.text()
    w.refit_button.click()
    qtbot.waitUntil(lambda: w.model_info is not None and w.model_info.value_fitted_at is not None, timeout=60_000)
    assert "fitted never" not in w.models.text()
    assert "value (BG/NBD, Gamma-Gamma): fitted 20" in w.models.text()
    assert ("trained model, fitted" in w.models.text()) == (w.model_info.churn_model == churn.MODEL_NAME)
    qtbot.waitUntil(lambda: w.refit_button.isEnabled(), timeout=10_000)
