"""The audit log's search, export and retention, and the application log (no personal data)."""

from __future__ import annotations

import csv
import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from callcenter.core import logs
from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, NotPermitted
from callcenter.core.roles import Role
from callcenter.logsetup import FORMAT, RedactingFormatter
from callcenter.ops import audit
from callcenter.ops import logs as log_ops
from callcenter.store.models import AuditLog, ChangeLog

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def _ids(seeded):
    store, ids = seeded
    sup = Identity(ids["super1"], "super1", "Sue Supervisor", Role.SUPERVISOR)
    agent = Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
    return store, ids, sup, agent


@pytest.fixture
def logged(seeded):
    store, ids, sup, agent = _ids(seeded)
    with store.transaction() as s:
        for days, user, action, entity, eid, detail in [
            (400, "agent1", "view", "customer", "c-old", "screen pop"),
            (10, "agent1", "view", "customer", "c-1", "search"),
            (5, "agent2", "update", "customer", "c-1", "phones"),
            (1, "super1", "reveal", "customer", "c-2", "card number"),
        ]:
            s.add(
                AuditLog(
                    at=NOW - timedelta(days=days),
                    user_id=ids[user],
                    action=action,
                    entity=entity,
                    entity_id=eid,
                    detail=detail,
                )
            )
    return store, ids, sup, agent


def test_search_filters_by_user_action_record_time_and_text(logged):
    store, ids, sup, _ = logged
    every = audit.search_audit(store, sup, audit.AuditQuery()).value
    mine = [e for e in every if e.entity_id in ("c-old", "c-1", "c-2")]
    assert [e.entity_id for e in mine] == ["c-2", "c-1", "c-1", "c-old"]  # newest first
    assert all(e.console == store.device_id for e in mine)
    q = audit.search_audit(store, sup, audit.AuditQuery(user_id=ids["agent1"])).value
    assert {e.entity_id for e in q} == {"c-old", "c-1"}
    assert [e.user_name for e in audit.search_audit(store, sup, audit.AuditQuery(action="update")).value] == [
        "Bob Agent"
    ]
    recent = audit.search_audit(store, sup, audit.AuditQuery(start=NOW - timedelta(days=7), end=NOW)).value
    assert {e.action for e in recent} == {"update", "reveal"}
    assert [e.entity_id for e in audit.search_audit(store, sup, audit.AuditQuery(text="CARD")).value] == ["c-2"]
    assert [e.action for e in audit.search_audit(store, sup, audit.AuditQuery(text="bob")).value] == ["update"]
    assert audit.search_audit(store, sup, audit.AuditQuery(text="100%_")).value == []  # wildcards are literal
    users, actions, entities = audit.audit_choices(store, sup).value
    assert ("Alice Agent" in dict(users).values()) and {"view", "update", "reveal"} <= set(actions)


def test_agents_may_not_read_the_audit_log(logged):
    store, _, _, agent = logged
    with pytest.raises(NotPermitted):
        audit.search_audit(store, agent, audit.AuditQuery())
    with pytest.raises(NotPermitted):
        log_ops.read_log(agent)


def test_retention_purges_old_rows_and_is_audited(logged):
    store, _, sup, _ = logged
    assert audit.purge_audit(store, sup, NOW).value == 0  # no retention set: everything is kept
    with pytest.raises(Invalid):
        audit.set_retention(store, sup, -1)
    audit.set_retention(store, sup, 365)
    assert audit.retention_days(store, sup).value == 365
    assert audit.purge_audit(store, sup, NOW).value == 1
    with store.session() as s:
        rows = s.scalars(select(AuditLog)).all()
        assert "c-old" not in {r.entity_id for r in rows}
        assert not s.scalars(
            select(ChangeLog).where(ChangeLog.row_id.not_in([r.id for r in rows]), ChangeLog.table_name == "audit_log")
        ).all()
    actions = [(r.action, r.entity, r.detail) for r in rows if r.user_id == sup.user_id]
    assert ("update", "audit_retention", "365 days") in actions
    assert ("purge", "audit_log", "1 rows older than 365 days") in actions


def test_a_syncing_console_keeps_old_rows_until_they_are_pushed(logged):
    store, _, sup, _ = logged
    store.set_meta("sync.server_url", "https://sync.example")
    audit.set_retention(store, sup, 30)
    assert audit.purge_audit(store, sup, NOW).value == 0  # nothing pushed yet
    with store.transaction() as s:
        for row in s.scalars(select(ChangeLog)):
            row.pushed = True
    assert audit.purge_audit(store, sup, NOW).value == 1  # the 400-day-old row


def test_export_of_the_rows_shown(logged, tmp_path):
    store, _, sup, _ = logged
    rows = audit.search_audit(store, sup, audit.AuditQuery(entity="customer")).value
    path = audit.export_audit(rows, "csv", tmp_path / "a.csv", lang="zh_CN")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        got = list(csv.reader(fh))
    assert got[0][:3] == ["时间（UTC）", "用户", "操作"] and len(got) == 5
    from openpyxl import load_workbook

    sheet = load_workbook(audit.export_audit(rows, "xlsx", tmp_path / "a.xlsx")).active
    assert sheet.cell(1, 2).value == "User" and sheet.max_row == 5


def test_log_lines_are_parsed_filtered_and_personal_data_redacted(tmp_path):
    logger = logging.getLogger("reports14.test")
    handler = logging.FileHandler(tmp_path / "callcenter.log", encoding="utf-8")
    handler.setFormatter(RedactingFormatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.info("call from %s, mail %s, op 1234", "+86 138 0013 8000", "wang@example.cn")
        logger.debug("quiet detail")
        try:
            raise ValueError("bad number 13800138000")
        except ValueError:
            logger.exception("save failed")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "callcenter.log").read_text(encoding="utf-8")
    assert "138" not in text and "example.cn" not in text and "op 1234" in text
    sup = Identity("s", "s", "S", Role.SUPERVISOR)
    everything = log_ops.read_log(sup, "DEBUG", directory=tmp_path).value
    assert [e.level for e in everything] == ["ERROR", "DEBUG", "INFO"]  # newest first
    assert "Traceback" in everything[0].text and "[number]" in everything[0].text
    assert [e.level for e in log_ops.read_log(sup, "INFO", directory=tmp_path).value] == ["ERROR", "INFO"]
    assert [e.level for e in log_ops.read_log(sup, "DEBUG", text="MAIL", directory=tmp_path).value] == ["INFO"]
    first = everything[-1].at
    assert log_ops.read_log(sup, "DEBUG", start=first + timedelta(hours=1), directory=tmp_path).value == []


def test_redaction_keeps_ordinary_figures():
    assert logs.redact("pushed 1200 rows in 35 ms, code 404") == "pushed 1200 rows in 35 ms, code 404"
    assert logs.redact("caller (020) 7946-0018 rang") == "caller [number] rang"


def test_a_failed_statement_carries_no_values_into_the_log(store):
    from sqlalchemy.exc import IntegrityError

    from callcenter.store.models import User

    with pytest.raises(IntegrityError) as err:
        with store.transaction() as s:
            s.add(User(username="dup", display_name="王小明 13800138000", password_hash="x", role="agent"))
            s.add(User(username="dup", display_name="王小明 13800138000", password_hash="x", role="agent"))
    assert "13800138000" not in str(err.value) and "王小明" not in str(err.value)


def test_a_customer_record_is_named_by_its_account_number(seeded):
    from callcenter.ops import customers as customer_ops
    from callcenter.store.models import Customer

    store, ids, sup, agent = _ids(seeded)
    customer_ops.open_customer(store, agent, ids["wang"], "search", "CN")
    with store.session() as s:
        account = s.get(Customer, ids["wang"]).account_no
    (entry,) = audit.search_audit(store, sup, audit.AuditQuery(entity="customer", user_id=agent.user_id)).value
    assert entry.record == account and entry.entity_id == ids["wang"]
    assert [e.entity_id for e in audit.search_audit(store, sup, audit.AuditQuery(text=account)).value] == [ids["wang"]]
