"""Why a figure is what it is: codes with parameters, never sentences.

The pop and the Customers window turn each ``Reason`` into words in the user's
language; the CLI uses ``english``. Codes are stable (they are stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict[str, Any]

    def to_json(self) -> list[Any]:
        return [self.code, self.params]

    @staticmethod
    def from_json(value: Any) -> Reason:
        code, params = value
        return Reason(str(code), dict(params))


# English wording (the GUI has its own translated copy of each).
ENGLISH: dict[str, str] = {
    # value
    "value.top_share": "top {pct} % by 12-month spend",
    "value.orders": "{n} orders",
    "value.expected": "{n} more purchases expected next year",
    "value.no_orders": "no orders yet",
    # churn
    "churn.gap": "no order for {days} days, usually every {usual}",
    "churn.no_repeat": "one order only, {days} days ago",
    "churn.complaints": "{n} complaints in 90 days, {breached} breached",
    "churn.open_complaint": "{n} open complaints",
    "churn.spend_down": "spend down {pct} % on the previous 90 days",
    "churn.low_csat": "last satisfaction score {score} of 5",
    "churn.detractor": "NPS {score} (detractor)",
    "churn.repeat_calls": "{n} repeat calls in 30 days",
    "churn.p_alive": "{pct} % likely still active",
    # credit
    "credit.on_time": "{pct} % of invoices paid on time",
    "credit.overdue": "{n} invoices overdue, {days} days at worst",
    "credit.utilisation": "{pct} % of the credit limit in use",
    "credit.no_limit": "no credit limit",
    "credit.tenure": "customer for {years} years",
    "credit.no_invoices": "no invoices yet",
}


def english(reason: Reason) -> str:
    text = ENGLISH.get(reason.code, reason.code)
    try:
        return text.format(**reason.params)
    except (KeyError, IndexError, ValueError):
        return text
