"""Words for the computed customer figures, shared by the agent's pop and the supervisors'
Customers window: reasons (``core.analytics.reasons`` codes), RFM segments, credit ratings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from callcenter.core.analytics.reasons import Reason

_CTX = "AnalyticsWords"

REASONS: dict[str, object] = {
    "value.top_share": QT_TRANSLATE_NOOP("AnalyticsWords", "top {pct} % by 12-month spend"),
    "value.orders": QT_TRANSLATE_NOOP("AnalyticsWords", "{n} orders"),
    "value.expected": QT_TRANSLATE_NOOP("AnalyticsWords", "{n} more purchases expected next year"),
    "value.no_orders": QT_TRANSLATE_NOOP("AnalyticsWords", "no orders yet"),
    "churn.gap": QT_TRANSLATE_NOOP("AnalyticsWords", "no order for {days} days, usually every {usual}"),
    "churn.no_repeat": QT_TRANSLATE_NOOP("AnalyticsWords", "one order only, {days} days ago"),
    "churn.complaints": QT_TRANSLATE_NOOP("AnalyticsWords", "{n} complaints in 90 days, {breached} breached"),
    "churn.open_complaint": QT_TRANSLATE_NOOP("AnalyticsWords", "{n} open complaints"),
    "churn.spend_down": QT_TRANSLATE_NOOP("AnalyticsWords", "spend down {pct} % on the previous 90 days"),
    "churn.low_csat": QT_TRANSLATE_NOOP("AnalyticsWords", "last satisfaction score {score} of 5"),
    "churn.detractor": QT_TRANSLATE_NOOP("AnalyticsWords", "NPS {score} (detractor)"),
    "churn.repeat_calls": QT_TRANSLATE_NOOP("AnalyticsWords", "{n} repeat calls in 30 days"),
    "churn.p_alive": QT_TRANSLATE_NOOP("AnalyticsWords", "{pct} % likely still active"),
    "credit.on_time": QT_TRANSLATE_NOOP("AnalyticsWords", "{pct} % of invoices paid on time"),
    "credit.overdue": QT_TRANSLATE_NOOP("AnalyticsWords", "{n} invoices overdue, {days} days at worst"),
    "credit.utilisation": QT_TRANSLATE_NOOP("AnalyticsWords", "{pct} % of the credit limit in use"),
    "credit.no_limit": QT_TRANSLATE_NOOP("AnalyticsWords", "no credit limit"),
    "credit.tenure": QT_TRANSLATE_NOOP("AnalyticsWords", "customer for {years} years"),
    "credit.no_invoices": QT_TRANSLATE_NOOP("AnalyticsWords", "no invoices yet"),
}

SEGMENTS: dict[str, object] = {
    "champions": QT_TRANSLATE_NOOP("AnalyticsWords", "Champions"),
    "loyal": QT_TRANSLATE_NOOP("AnalyticsWords", "Loyal"),
    "potential_loyal": QT_TRANSLATE_NOOP("AnalyticsWords", "Potential loyal"),
    "new": QT_TRANSLATE_NOOP("AnalyticsWords", "New"),
    "promising": QT_TRANSLATE_NOOP("AnalyticsWords", "Promising"),
    "need_attention": QT_TRANSLATE_NOOP("AnalyticsWords", "Need attention"),
    "about_to_sleep": QT_TRANSLATE_NOOP("AnalyticsWords", "About to sleep"),
    "at_risk": QT_TRANSLATE_NOOP("AnalyticsWords", "At risk"),
    "cant_lose": QT_TRANSLATE_NOOP("AnalyticsWords", "Can't lose them"),
    "hibernating": QT_TRANSLATE_NOOP("AnalyticsWords", "Hibernating"),
    "none": QT_TRANSLATE_NOOP("AnalyticsWords", "No orders"),
}

TIERS: dict[str, object] = {
    "platinum": QT_TRANSLATE_NOOP("AnalyticsWords", "Platinum"),
    "gold": QT_TRANSLATE_NOOP("AnalyticsWords", "Gold"),
    "silver": QT_TRANSLATE_NOOP("AnalyticsWords", "Silver"),
    "bronze": QT_TRANSLATE_NOOP("AnalyticsWords", "Bronze"),
}

LABELS: dict[str, object] = {
    "value": QT_TRANSLATE_NOOP("AnalyticsWords", "Value"),
    "churn": QT_TRANSLATE_NOOP("AnalyticsWords", "Churn risk {risk}"),
    "credit": QT_TRANSLATE_NOOP("AnalyticsWords", "Credit {rating}"),
    "retention_call": QT_TRANSLATE_NOOP("AnalyticsWords", "Next step: retention call"),
    "rule_score": QT_TRANSLATE_NOOP("AnalyticsWords", "rule score (too little history for a model)"),
    "logistic_regression_calibrated": QT_TRANSLATE_NOOP("AnalyticsWords", "trained model"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


def reason_text(reason: Reason) -> str:
    template = REASONS.get(reason.code)
    if template is None:
        return reason.code
    try:
        return _tr(template).format(**reason.params)
    except (KeyError, IndexError, ValueError):
        return _tr(template)


def reasons_text(reasons: list[Reason], sep: str = " · ") -> str:
    return sep.join(reason_text(r) for r in reasons)


def segment_name(code: str) -> str:
    return _tr(SEGMENTS[code]) if code in SEGMENTS else code


def tier_name(code: str) -> str:
    return _tr(TIERS[code]) if code in TIERS else code


def label(key: str, **params: object) -> str:
    text = _tr(LABELS.get(key, key))
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
