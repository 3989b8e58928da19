"""Training stores (a scenario's fake customer, separate from real data) and session results."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from callcenter.core.screenpop import PopStatus, PopWarning
from callcenter.store import screenpop
from callcenter.store import training as tstore
from callcenter.store.models import ChangeLog, Customer, TrainingScore
from callcenter.training import scenario as sc
from callcenter.training.runner import play_script
from callcenter.training.scoring import score

BUILTIN = {s.id: s for s in sc.builtin()}


@pytest.mark.parametrize(
    "lang, name, address", [("en", "David Chen", "12 Oak Street"), ("zh_CN", "陈大卫", "朝阳区橡树街12号")]
)
def test_the_training_store_pops_the_scenario_customer(tmp_path, lang, name, address):
    s = BUILTIN["pizza_member"]
    store, identity = tstore.build_training_store(tmp_path / "t.db", s.customer_record(lang), "Tina Trainee", lang)
    try:
        assert tstore.is_training(store) and identity.display_name == "Tina Trainee"
        with store.engine.connect() as conn:
            office = screenpop.pop(conn, s.ani, "US", False)  # he calls from the office: nobody has that number
            home = screenpop.pop(conn, "(650) 555-0142", "US", False)
        assert office.status is PopStatus.UNKNOWN
        v = home.view
        assert home.status is PopStatus.MATCHED and v.display_name == name
        assert PopWarning.CREDIT_LIMIT in v.warnings  # the maxed-out card the agent must warn about
        assert v.addresses[0].text.startswith(address)
        assert [o.order_no for o in v.orders] == ["P-2611-0418", "P-2610-0932"]
        assert v.orders[0].total_minor == 2 * 1599
        assert v.card_number.endswith("1111") and "4111" not in v.card_number  # masked for an agent
    finally:
        store.close()


def test_rebuilding_replaces_the_old_training_store(tmp_path):
    path = tmp_path / "t.db"
    store, _ = tstore.build_training_store(path, BUILTIN["vip"].customer_record("en"), "T")
    store.close()
    store, _ = tstore.build_training_store(path, BUILTIN["withheld_unknown"].customer_record("en"), "T")
    try:
        with store.session() as s:
            names = s.scalars(select(Customer.display_name)).all()
        assert names == ["Emma Wilson"]
    finally:
        store.close()


def test_sessions_and_skill_progress(store):
    s = BUILTIN["pizza_member"]
    t0 = datetime(2026, 11, 20, 9, tzinfo=UTC)
    poor = play_script(
        s,
        "en",
        [
            {"do": "answer", "at": 5},
            {"say": "Account number?", "at": 8},
            {"say": "Have a nice day, goodbye", "at": 20},
            {"do": "end_call", "at": 22},
        ],
    )
    good = play_script(s, "en", s.data["model_answer"])
    ids = []
    for i, runner in enumerate([poor, good]):
        report = score(s, "en", runner.timeline, runner.ended)
        ids.append(
            tstore.save_session(
                store,
                trainee_id=None,
                trainee_name="Tina",
                trainer_id=None,
                report=report.to_dict(),
                timeline=[vars(e) for e in runner.timeline],
                started_at=t0 + timedelta(days=i),
                ended_at=t0 + timedelta(days=i, minutes=2),
                notes="keep going",
            )
        )
    rows = tstore.sessions(store)
    assert [r["id"] for r in rows] == ids and [r["passed"] for r in rows] == [False, True]
    assert rows[1]["total"] == 100.0
    with store.session() as ses:
        assert ses.scalar(select(func.count()).select_from(TrainingScore)) == 2 * len(s.steps)
        # synced like every other table: each row is in the change log
        logged = ses.scalar(
            select(func.count())
            .select_from(ChangeLog)
            .where(ChangeLog.table_name.in_(["training_sessions", "training_scores"]))
        )
    assert logged == 2 + 2 * len(s.steps)
    progress = tstore.skill_progress(store)
    # poor: verification 15/15 = 100 %; closing 10/10 (it never confirmed, so "after confirm" cannot be
    # broken: the missing confirmation costs its own step); greeting 0/10
    assert progress["verification"] == [(t0, 100.0), (t0 + timedelta(days=1), 100.0)]
    assert progress["closing"] == [(t0, 100.0), (t0 + timedelta(days=1), 100.0)]
    assert progress["greeting"] == [(t0, 0.0), (t0 + timedelta(days=1), 100.0)]
    assert progress["compliance"] == [(t0, 0.0), (t0 + timedelta(days=1), 100.0)]
    report = tstore.session_report(store, ids[1])
    assert report["total"] == 100.0 and report["timeline"][0]["kind"] == "offered"
