"""Preferences → Phone → "Test a number": a raw caller id through the site's rules, and
whom the console would pop for it. A read: nothing is written or audited (no record is
opened, only its name shown)."""

from __future__ import annotations

from dataclasses import dataclass

from callcenter.core.caller_id import CallerIdRules, explain
from callcenter.core.screenpop import PopStatus
from callcenter.store import screenpop
from callcenter.store.db import Store


@dataclass(frozen=True)
class TriedNumber:
    header: str  # the identity header the number was read from ("" for a bare number)
    steps: list[tuple[str, str]]  # (step, result), as core.caller_id.explain_number
    cleaned: str  # what the screen pop looks up ("" when nothing usable)
    e164: str  # the number as the store keeps it, when it reads as one
    status: str  # PopStatus value: matched, multiple, unknown, withheld, invalid
    names: list[str]  # the customer (or customers, on a shared line) it would pop


def try_number(store: Store, raw: str, rules: CallerIdRules, region: str = "US") -> TriedNumber:
    text = (raw or "").strip()
    lowered = text.lower()
    if "<" in text or lowered.startswith(("sip:", "sips:", "tel:")):
        headers = {"from": text}  # a URI as a header would carry it
    else:
        headers = {"from": f"<tel:{text}>"} if text else {}
    rules_from = CallerIdRules(
        preference=("from",),
        outside_line_prefix=rules.outside_line_prefix,
        min_outside_digits=rules.min_outside_digits,
        international_prefix=rules.international_prefix,
        country_code=rules.country_code,
        national_prefix=rules.national_prefix,
    )
    steps = explain(headers, rules_from)
    header, number_steps = steps[0][1], steps[1:]
    cleaned = number_steps[-1][1] if number_steps else ""
    if not cleaned:
        return TriedNumber(header, number_steps, "", "", PopStatus.INVALID.value, [])
    with store.unit() as u:
        pop = screenpop.pop(u.session.connection(), cleaned, region, False)
    names: list[str] = []
    if pop.view is not None:
        names = [pop.view.display_name]
    elif pop.candidates:
        names = [c.display_name for c in pop.candidates]
    e164 = pop.phone.e164 if pop.phone is not None and pop.phone.e164 else ""
    return TriedNumber(header, number_steps, cleaned, e164, pop.status.value, names)
