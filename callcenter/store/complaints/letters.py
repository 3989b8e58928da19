"""The facts a complaint letter needs, read from the store, and the filled HTML."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from callcenter.assets import resource
from callcenter.core.complaints.letters import DEFAULT_COMPANY, KINDS, LetterFacts, RecoveryLine, render
from callcenter.core.errors import Invalid
from callcenter.store.complaints import cases
from callcenter.store.complaints.config import categories_in
from callcenter.store.db import Store


def letter_facts_in(
    s: Session, complaint_id: str, lang: str, company: str = DEFAULT_COMPANY, today: date | None = None
) -> LetterFacts:
    """Customer, case, dates, category label, resolution, the recovery actions done or approved,
    and the name of the agent who owns the case (or the capturing agent)."""
    record = cases.load(s, complaint_id)
    case = record.case
    names = cases.user_names_in(s)
    owner = case.assigned_agent or (case.timeline[0].actor if len(case.timeline) else "")
    resolved = None  # as the store's resolved_at: acceptance or closing, whichever came first since a reopen
    for e in case.timeline:
        if e.action == "reopen":
            resolved = None
        elif e.action in ("customer_accepts", "close") and resolved is None:
            resolved = e.at
    acknowledged = next((e.at for e in case.timeline if e.action == "acknowledge"), None)
    recovery = tuple(
        RecoveryLine(a.kind.value, a.amount.minor, a.amount.currency, a.status.value)
        for a in record.plan.actions
        if a.status.value in ("executed", "approved")
    )
    return LetterFacts(
        customer_name=record.customer_name,
        case_no=record.case_no,
        received_at=case.received_at,
        summary=record.summary,
        category_label=categories_in(s).label(case.category, lang),
        agent_name=names.get(owner, "") if owner != cases.SYSTEM else "",
        company=company,
        letter_date=today or date.today(),
        acknowledged_at=acknowledged,
        resolve_due=case.resolve_due,
        resolved_at=resolved,
        resolution=record.resolution,
        recovery=recovery,
    )


def letter_facts(
    store: Store, complaint_id: str, lang: str, company: str = DEFAULT_COMPANY, today: date | None = None
) -> LetterFacts:
    with store.session() as s:
        return letter_facts_in(s, complaint_id, lang, company, today)


class UnknownLetter(Invalid, ValueError):
    def english(self) -> str:
        return f"there is no {self.params.get('kind')!r} letter; choose one of {', '.join(KINDS)}"


def template(kind: str, lang: str) -> str:
    if kind not in KINDS:
        raise UnknownLetter({"letter": "unknown"}, kind=kind)
    suffix = "zh_CN" if lang.startswith("zh") else "en"
    return resource("complaints", "letters", f"{kind}_{suffix}.html").read_text(encoding="utf-8")


def letter_html(
    store: Store, complaint_id: str, kind: str, lang: str, company: str = DEFAULT_COMPANY, today: date | None = None
) -> str:
    return render(template(kind, lang), letter_facts(store, complaint_id, lang, company, today), lang)
