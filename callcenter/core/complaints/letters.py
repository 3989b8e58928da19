"""Complaint letters: the acknowledgement and the resolution, in English and Chinese.

Templates are HTML with ``$name`` placeholders (``string.Template``, so CSS braces are
safe). ``render`` fills them from ``LetterFacts``: every value is escaped with
``html.escape`` except the recovery list, which is built here from escaped parts.
The store gathers the facts (``store.complaints.letters``); the GUI prints the HTML to PDF.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime
from string import Template

from callcenter.core.money import format_minor

KINDS = ("acknowledgement", "resolution")
DEFAULT_COMPANY = "Contact Center"

RECOVERY_LABELS = {
    "apology": ("Apology", "致歉"),
    "callback": ("Callback", "回电"),
    "refund": ("Refund", "退款"),
    "account_credit": ("Account credit", "账户补偿"),
    "replacement": ("Replacement", "换货"),
    "voucher": ("Voucher", "代金券"),
    "goodwill_gift": ("Goodwill gift", "补偿礼品"),
}
STATUS_LABELS = {"executed": ("done", "已完成"), "approved": ("approved", "已批准")}


@dataclass(frozen=True)
class RecoveryLine:
    kind: str
    amount_minor: int
    currency: str
    status: str  # executed | approved


@dataclass(frozen=True)
class LetterFacts:
    customer_name: str
    case_no: str
    received_at: datetime
    summary: str
    category_label: str
    agent_name: str
    company: str = DEFAULT_COMPANY
    letter_date: date | None = None
    acknowledged_at: datetime | None = None
    resolve_due: datetime | None = None
    resolved_at: datetime | None = None
    resolution: str = ""
    recovery: tuple[RecoveryLine, ...] = field(default_factory=tuple)


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


def format_date(value: date | datetime | None, lang: str) -> str:
    if value is None:
        return ""
    if _zh(lang):
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {value:%B} {value.year}"


def recovery_items(lines: tuple[RecoveryLine, ...], lang: str) -> str:
    """An HTML list of what was done or approved, amounts formatted as money; empty when none."""
    i = 1 if _zh(lang) else 0
    items = []
    for line in lines:
        label = RECOVERY_LABELS.get(line.kind, (line.kind, line.kind))[i]
        status = STATUS_LABELS.get(line.status, (line.status, line.status))[i]
        amount = f" {format_minor(line.amount_minor, line.currency)}" if line.amount_minor else ""
        sep = "：" if _zh(lang) else ": "
        items.append(
            f"<li>{html.escape(label)}{sep}{html.escape(amount.strip()) or '—'} ({html.escape(status)})</li>"
            if amount
            else f"<li>{html.escape(label)} ({html.escape(status)})</li>"
        )
    return f"<ul>{''.join(items)}</ul>" if items else ""


def render(template: str, facts: LetterFacts, lang: str) -> str:
    """Fill a letter template; every fact is escaped. Unknown placeholders are an error."""

    def e(value: object) -> str:
        return html.escape(str(value or ""), quote=True)

    values = {
        "company": e(facts.company),
        "customer_name": e(facts.customer_name),
        "case_no": e(facts.case_no),
        "letter_date": e(format_date(facts.letter_date or date.today(), lang)),
        "received_on": e(format_date(facts.received_at, lang)),
        "acknowledged_on": e(format_date(facts.acknowledged_at or facts.letter_date, lang)),
        "resolve_by": e(format_date(facts.resolve_due, lang)),
        "resolved_on": e(format_date(facts.resolved_at or facts.letter_date, lang)),
        "summary": e(facts.summary),
        "category": e(facts.category_label),
        "agent_name": e(facts.agent_name),
        "resolution": e(facts.resolution),
        "recovery_items": recovery_items(facts.recovery, lang),
    }
    return Template(template).substitute(values)
