"""Stores for role-play training.

A *training store* is a separate SQLite file made for one session from a
scenario's customer record (resolved to one language): reference codes, one
trainee account and the fake customer with addresses, orders, call history,
notes and complaints, so the console's screen pop shows them exactly as for a
real caller. Nothing in it is a real customer. Session results go to the real
store (``training_sessions``/``training_scores``, synced like everything else).
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from callcenter.core.agents import Identity
from callcenter.core.changes import Changes
from callcenter.core.phones import normalise
from callcenter.core.roles import Role
from callcenter.core.security import hash_password
from callcenter.store import demo_pools as P
from callcenter.store.db import Store
from callcenter.store.models import (
    Address,
    AuditLog,
    Complaint,
    Customer,
    CustomerNote,
    DispositionCode,
    Email,
    Interaction,
    Order,
    OrderLine,
    Phone,
    Queue,
    ReasonCode,
    Skill,
    TrainingScore,
    TrainingSession,
    User,
)

TRAINING_META = "training"


def is_training(store: Store) -> bool:
    return store.meta(TRAINING_META) == "1"


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


def build_training_store(
    path: str | Path,
    record: dict | None,
    trainee_name: str,
    lang: str = "en",
    region: str = "US",
    now: datetime | None = None,
) -> tuple[Store, Identity]:
    """A fresh training store at ``path`` (an old one there is replaced) holding ``record``."""
    path = Path(path)
    _remove(path)
    store = Store(path)
    store.set_meta(TRAINING_META, "1")
    now = now or datetime.now(UTC)
    with store.transaction() as s:
        skills = {}
        for code, en, zh in P.SKILLS:
            skills[code] = Skill(code=code, name_en=en, name_zh=zh)
            s.add(skills[code])
        s.flush()
        for code, en, zh, skill, priority, target, seconds in P.QUEUES:
            s.add(
                Queue(
                    code=code,
                    name_en=en,
                    name_zh=zh,
                    skill_id=skills[skill].id,
                    priority=priority,
                    service_level_target=target,
                    service_level_seconds=seconds,
                )
            )
        for code, en, zh, paid, selectable in P.REASON_CODES:
            s.add(ReasonCode(code=code, name_en=en, name_zh=zh, paid=paid, selectable=selectable))
        dispositions: dict[str, DispositionCode] = {}
        for code, parent, en, zh in P.DISPOSITIONS:
            d = DispositionCode(
                code=code, name_en=en, name_zh=zh, parent_id=dispositions[parent].id if parent else None
            )
            s.add(d)
            s.flush()
            dispositions[code] = d
        trainee = User(
            username="trainee",
            display_name=trainee_name,
            role="agent",
            language=lang,
            password_hash=hash_password(secrets.token_urlsafe(16)),
        )
        s.add(trainee)
        s.flush()
        identity = Identity(trainee.id, trainee.username, trainee.display_name, Role.AGENT, lang)
        if record:
            _add_customer(s, record, region, now)
    return store, identity


def _add_customer(s, r: dict, region: str, now: datetime) -> str:
    name = r["name"]
    c = Customer(
        account_no=r.get("account_no") or "T" + secrets.token_hex(4).upper(),
        display_name=name,
        given_name=r.get("given_name", ""),
        family_name=r.get("family_name", ""),
        company_name=r.get("company_name", ""),
        kind="person",
        preferred_language=r.get("preferred_language", "en"),
        tier=r.get("tier", "bronze"),
        vip=bool(r.get("vip")),
        value_score=r.get("value_score", 50),
        currency=r.get("currency", "USD"),
        credit_limit_minor=r.get("credit_limit_minor", 0),
        balance_minor=r.get("balance_minor", 0),
        churn_risk=r.get("churn_risk", 0),
        card_number=str(r.get("card_number", "")).replace(" ", ""),
        id_number=str(r.get("id_number", "")),
        customer_since=now - timedelta(days=r.get("customer_since_days", 365)),
    )
    s.add(c)
    s.flush()
    for i, p in enumerate(r.get("phones") or []):
        n = normalise(p["raw"], region)
        s.add(
            Phone(
                customer_id=c.id,
                kind=p.get("kind", "mobile"),
                raw=p["raw"],
                e164=n.e164,
                extension=n.extension,
                is_primary=i == 0,
            )
        )
    for address in r.get("emails") or []:
        s.add(Email(customer_id=c.id, address=address))
    for a in r.get("addresses") or []:
        s.add(
            Address(
                customer_id=c.id,
                kind=a.get("kind", "home"),
                line1=a["line1"],
                line2=a.get("line2", ""),
                city=a["city"],
                region=a.get("region", ""),
                postcode=str(a.get("postcode", "")),
                country=a.get("country", "US"),
            )
        )
    for o in r.get("orders") or []:
        lines = [(i, i.get("quantity", 1) * i["unit_price_minor"]) for i in o["items"]]
        order = Order(
            customer_id=c.id,
            order_no=o["order_no"],
            ordered_at=now - timedelta(days=o.get("days_ago", 0)),
            status=o.get("status", "delivered"),
            channel=o.get("channel", "phone"),
            currency=c.currency,
            total_minor=sum(amount for _, amount in lines),
        )
        s.add(order)
        s.flush()
        for item, amount in lines:
            s.add(
                OrderLine(
                    order_id=order.id,
                    sku=item.get("sku", ""),
                    description=item["description"],
                    quantity=item.get("quantity", 1),
                    unit_price_minor=item["unit_price_minor"],
                    amount_minor=amount,
                )
            )
    phone = (r.get("phones") or [{"raw": ""}])[0]["raw"]
    for h in r.get("history") or []:
        at = now - timedelta(days=h.get("days_ago", 1))
        s.add(
            Interaction(
                customer_id=c.id,
                ani_raw=phone,
                ani_e164=normalise(phone, region).e164 if phone else None,
                offered_at=at,
                answered_at=at,
                ended_at=at + timedelta(minutes=h.get("minutes", 4)),
                outcome=h.get("outcome", "completed"),
                notes=h.get("notes", ""),
            )
        )
    for text in r.get("notes") or []:
        s.add(CustomerNote(customer_id=c.id, text=text))
    for k in r.get("complaints") or []:
        opened = now - timedelta(days=k.get("days_ago", 1))
        s.add(
            Complaint(
                case_no=k["case_no"],
                customer_id=c.id,
                category=k.get("category", "service"),
                summary=k["summary"],
                state=k.get("state", "received"),
                severity=k.get("severity", "medium"),
                opened_at=opened,
                resolve_due_at=now + timedelta(days=k.get("due_in_days", 7)),
            )
        )
    return c.id


# -- session results (in the real store) -----------------------------------------------------
def save_session(
    store: Store,
    *,
    trainee_id: str | None,
    trainee_name: str,
    trainer_id: str | None,
    report: dict,
    timeline: list[dict],
    started_at: datetime,
    ended_at: datetime,
    mode: str = "practice",
    notes: str = "",
) -> str:
    """One session and its rubric steps, in one transaction; returns the session's id."""
    return record_session(
        store,
        trainee_id=trainee_id,
        trainee_name=trainee_name,
        trainer_id=trainer_id,
        report=report,
        timeline=timeline,
        started_at=started_at,
        ended_at=ended_at,
        mode=mode,
        notes=notes,
    )[0]


def record_session(
    store: Store,
    *,
    trainee_id: str | None,
    trainee_name: str,
    trainer_id: str | None,
    report: dict,
    timeline: list[dict],
    started_at: datetime,
    ended_at: datetime,
    mode: str = "practice",
    notes: str = "",
    audit: bool = False,
) -> tuple[str, Changes]:
    """``save_session`` that also says what it wrote; with ``audit``, the trainer's save is
    in the audit log (same transaction)."""
    with store.unit() as unit:
        s = unit.session
        row = TrainingSession(
            trainee_id=trainee_id,
            trainee_name=trainee_name,
            trainer_id=trainer_id,
            scenario_id=report["scenario_id"],
            scenario_version=report["scenario_version"],
            language=report["lang"],
            mode=mode,
            started_at=started_at,
            ended_at=ended_at,
            total=report["total"],
            passed=report["passed"],
            outcome=report.get("outcome", ""),
            report=json.dumps({**report, "timeline": timeline}, ensure_ascii=False),
            trainer_notes=notes,
        )
        s.add(row)
        s.flush()
        for step in report["steps"]:
            s.add(
                TrainingScore(
                    session_id=row.id,
                    step_id=step["id"],
                    skill=step["skill"],
                    weight=step["weight"],
                    earned=step["earned"],
                    status=step["status"],
                    evidence=step.get("evidence") or "",
                    at_seconds=step.get("at"),
                )
            )
        if audit:
            s.add(AuditLog(user_id=trainer_id, action="create", entity=TrainingSession.__tablename__, entity_id=row.id))
        session_id = row.id
    return session_id, unit.changes


def sessions(store: Store, trainee_id: str | None = None) -> list[dict]:
    """Sessions, oldest first (all trainees, or one)."""
    q = select(TrainingSession).where(~TrainingSession.deleted).order_by(TrainingSession.started_at)
    if trainee_id is not None:
        q = q.where(TrainingSession.trainee_id == trainee_id)
    with store.session() as s:
        rows = s.scalars(q).all()
    return [
        dict(
            id=r.id,
            trainee_id=r.trainee_id,
            trainee_name=r.trainee_name,
            scenario_id=r.scenario_id,
            language=r.language,
            mode=r.mode,
            started_at=r.started_at,
            ended_at=r.ended_at,
            total=r.total,
            passed=r.passed,
            outcome=r.outcome,
        )
        for r in rows
    ]


def session_report(store: Store, session_id: str) -> dict:
    with store.session() as s:
        row = s.get(TrainingSession, session_id)
        return json.loads(row.report) if row else {}


def skill_progress(store: Store, trainee_id: str | None = None) -> dict[str, list[tuple[datetime, float]]]:
    """Per skill, (session start, percent of that skill's weight earned) for each session, oldest first."""
    q = (
        select(
            TrainingSession.started_at,
            TrainingSession.id,
            TrainingScore.skill,
            TrainingScore.earned,
            TrainingScore.weight,
        )
        .join(TrainingScore, TrainingScore.session_id == TrainingSession.id)
        .where(~TrainingSession.deleted)
        .order_by(TrainingSession.started_at)
    )
    if trainee_id is not None:
        q = q.where(TrainingSession.trainee_id == trainee_id)
    sums: dict[tuple[str, str], list] = {}
    with store.session() as s:
        for started, sid, skill, earned, weight in s.execute(q):
            acc = sums.setdefault((skill, sid), [started, 0.0, 0.0])
            acc[1] += earned
            acc[2] += weight
    out: dict[str, list[tuple[datetime, float]]] = {}
    for (skill, _sid), (started, earned, weight) in sums.items():
        out.setdefault(skill, []).append((started, round(100.0 * earned / weight, 1) if weight else 0.0))
    for points in out.values():
        points.sort(key=lambda p: p[0])
    return out
