"""A small, hand-made data set for GUI and repository tests (independent of demo-data)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher

from callcenter.core.security import hash_password
from callcenter.store.models import (
    Address,
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
    User,
)

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
NOW = datetime.now(UTC)


def seed(store) -> dict:
    ids: dict = {}
    with store.transaction() as s:
        for username, role, name in [
            ("agent1", "agent", "Alice Agent"),
            ("agent2", "agent", "Bob Agent"),
            ("super1", "supervisor", "Sue Supervisor"),
        ]:
            u = User(username=username, display_name=name, password_hash=hash_password(username, FAST), role=role)
            s.add(u)
            s.flush()
            ids[username] = u.id
        skill = Skill(code="general", name_en="General", name_zh="综合")
        s.add(skill)
        s.flush()
        s.add(Queue(code="general", name_en="General", name_zh="综合", skill_id=skill.id))
        s.add(Queue(code="billing", name_en="Billing", name_zh="账单", skill_id=skill.id, priority=2))
        for code, en, zh, sel in [
            ("break", "Break", "休息", True),
            ("lunch", "Lunch", "午餐", True),
            ("missed_call", "Missed call", "未接来电", False),
            ("login", "Logged in", "刚登录", False),
            ("after_call", "After call", "话后", True),
        ]:
            s.add(ReasonCode(code=code, name_en=en, name_zh=zh, selectable=sel))
        sales = DispositionCode(code="sales", name_en="Sales", name_zh="销售")
        support = DispositionCode(code="support", name_en="Support", name_zh="支持")
        s.add_all([sales, support])
        s.flush()
        for code, en, zh, parent in [
            ("sales.new", "New order", "新订单", sales),
            ("support.resolved", "Resolved first call", "首次解决", support),
            ("support.escalated", "Escalated", "已升级", support),
        ]:
            d = DispositionCode(code=code, name_en=en, name_zh=zh, parent_id=parent.id)
            s.add(d)
            s.flush()
            ids[code] = d.id
        wang = Customer(
            account_no="A1001",
            display_name="王小明",
            given_name="小明",
            family_name="王",
            preferred_language="zh_CN",
            tier="gold",
            value_score=80,
            currency="CNY",
            credit_limit_minor=500000,
            balance_minor=499000,
            churn_risk=75,
            card_number="4111111111111111",
            id_number="110101199003070000",
            customer_since=NOW - timedelta(days=900),
        )
        s.add(wang)
        s.flush()
        ids["wang"] = wang.id
        s.add(Phone(customer_id=wang.id, kind="mobile", raw="138 0013 8000", e164="+8613800138000", is_primary=True))
        s.add(Email(customer_id=wang.id, address="wang@example.cn"))
        s.add(Address(customer_id=wang.id, line1="朝阳区建国路88号", city="北京", country="CN"))
        s.add(CustomerNote(customer_id=wang.id, text="Prefers evening calls", private=False))
        s.add(CustomerNote(customer_id=wang.id, text="Disputed a chargeback in 2024", private=True))
        order = Order(
            customer_id=wang.id, order_no="O-1", ordered_at=NOW - timedelta(days=20), currency="CNY", total_minor=12800
        )
        s.add(order)
        s.flush()
        ids["order"] = order.id
        s.add(
            OrderLine(
                order_id=order.id,
                sku="P-1",
                description="Pepperoni pizza",
                quantity=2,
                unit_price_minor=6400,
                amount_minor=12800,
            )
        )
        s.add(
            Interaction(
                customer_id=wang.id,
                ani_raw="138 0013 8000",
                ani_e164="+8613800138000",
                agent_id=ids["agent2"],
                offered_at=NOW - timedelta(days=3),
                answered_at=NOW - timedelta(days=3),
                ended_at=NOW - timedelta(days=3) + timedelta(minutes=4),
                outcome="completed",
                notes="Asked about delivery",
            )
        )
        s.add(
            Complaint(
                case_no="CASE-1",
                customer_id=wang.id,
                category="delivery",
                summary="Late delivery",
                state="investigating",
                opened_at=NOW - timedelta(days=5),
                resolve_due_at=NOW - timedelta(days=1),
            )
        )
        for given, family in [("Tom", "Smith"), ("Ann", "Smith")]:
            c = Customer(
                account_no=f"H-{given}", display_name=f"{given} {family}", given_name=given, family_name=family
            )
            s.add(c)
            s.flush()
            ids[given.lower()] = c.id
            s.add(Phone(customer_id=c.id, kind="home", raw="(650) 253-0000", e164="+16502530000"))
    store.set_meta("demo", "1")
    return ids
