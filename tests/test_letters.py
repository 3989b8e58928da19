"""Complaint letters: templates in both languages, facts from the store, the PDF."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from figures_seed import T, figures_world

from callcenter.core.complaints.letters import LetterFacts, RecoveryLine, recovery_items, render
from callcenter.core.money import Money
from callcenter.store import complaints
from callcenter.store.complaints import letters as complaint_letters

UTC = UTC
FACTS = LetterFacts(
    customer_name='<Bob & "Co">',
    case_no="C250303-0001",
    received_at=T,
    summary="Box <crushed> & wet",
    category_label="Delivery › Late delivery",
    agent_name="Alice Agent",
    company="Acme <Care>",
    letter_date=date(2025, 3, 4),
    resolve_due=T + timedelta(days=2),
    resolved_at=T + timedelta(hours=5),
    resolution="Refund <b>now</b>",
    recovery=(RecoveryLine("refund", 8000, "CNY", "executed"), RecoveryLine("apology", 0, "CNY", "executed")),
)


@pytest.mark.parametrize("kind", ["acknowledgement", "resolution"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_templates_render_every_fact_escaped(kind, lang):
    out = render(complaint_letters.template(kind, lang), FACTS, lang)
    assert "$" not in out.replace("HK$", "")  # every placeholder filled
    assert "&lt;Bob &amp; &quot;Co&quot;&gt;" in out and "<Bob" not in out
    assert "Box &lt;crushed&gt; &amp; wet" in out and "Acme &lt;Care&gt;" in out
    assert "C250303-0001" in out and "Alice Agent" in out and "Delivery › Late delivery" in out
    assert ("2025年3月3日" if lang == "zh_CN" else "3 March 2025") in out  # received on
    if kind == "acknowledgement":
        assert ("2025年3月5日" if lang == "zh_CN" else "5 March 2025") in out  # resolve by
        assert ("尊敬的" if lang == "zh_CN" else "Dear ") in out
    else:
        assert "Refund &lt;b&gt;now&lt;/b&gt;" in out and "¥80.00" in out
        assert ("退款" if lang == "zh_CN" else "Refund") in out


def test_recovery_list_is_empty_without_actions():
    assert recovery_items((), "en") == ""
    assert (
        recovery_items((RecoveryLine("voucher", 1999, "USD", "approved"),), "en")
        == "<ul><li>Voucher: $19.99 (approved)</li></ul>"
    )


def test_facts_come_from_the_store(store):
    ids = figures_world(store)
    with complaints.edit(store, ids["case1"], ids["agent"], now=T + timedelta(hours=8)) as e:
        a = e.plan.propose("voucher", Money(1500, "CNY"), "sorry", e.actor_id, e.policy_role, at=e.now)
        e.plan.execute(a.action_id, e.actor_id, e.policy_role, at=e.now)
        e.plan.propose("refund", Money(1000, "CNY"), "not done yet", e.actor_id, e.policy_role, at=e.now)
    facts = complaint_letters.letter_facts(store, ids["case1"], "zh_CN", company="客服中心", today=date(2025, 3, 4))
    assert (facts.customer_name, facts.summary, facts.agent_name, facts.company) == (
        "王小明",
        "Late pizza",
        "Alice Agent",
        "客服中心",
    )
    assert facts.category_label == "配送 › 配送延误"
    assert facts.resolution == "Refund of the delivery charge"
    assert facts.resolved_at == T + timedelta(hours=5) and facts.acknowledged_at == T + timedelta(hours=1)
    assert facts.recovery == (RecoveryLine("voucher", 1500, "CNY", "executed"),)  # the proposed refund is not done
    html = complaint_letters.letter_html(store, ids["case1"], "resolution", "zh_CN", today=date(2025, 3, 4))
    assert "代金券：¥15.00" in html and facts.case_no in html
    with pytest.raises(ValueError, match="no 'apology' letter"):
        complaint_letters.template("apology", "en")
