"""The console actions a scenario can react to and a rubric can score.

The console publishes each as a ``ConsoleAction`` (callcenter.core.console_actions)
on its event bus; scenarios name them in branches and rubric evidence, and
validation rejects any other name.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")  # an internal code like support.resolved

# name -> (English, Simplified Chinese) description, for the editor and the debrief
ACTIONS: dict[str, tuple[str, str]] = {
    "answer": ("Answered the call", "接听来电"),
    "hold": ("Put the caller on hold", "保持通话"),
    "resume": ("Took the caller off hold", "恢复通话"),
    "end_call": ("Ended the call", "结束通话"),
    "transfer": ("Transferred the call", "转接来电"),
    "open_record": ("Opened a customer record", "打开客户档案"),
    "open_order_history": ("Opened the order history", "查看订单历史"),
    "open_call_history": ("Opened the recent calls", "查看通话记录"),
    "open_complaints": ("Opened the open complaints", "查看未结投诉"),
    "open_notes": ("Opened the notes", "查看备注"),
    "search": ("Searched for a customer", "搜索客户"),
    "create_customer": ("Created a customer record", "新建客户档案"),
    "wrap_up": ("Finished wrap-up with a disposition", "完成话后处理"),
    # published by the complaint capture dialog
    "log_complaint": ("Logged a complaint", "登记投诉"),
    "propose_refund": ("Proposed a refund or goodwill gesture", "提出退款或补偿"),
}

# pop-panel tab names (the console's "sections") -> the action opening them publishes
SECTION_ACTIONS = {
    "orders": "open_order_history",
    "history": "open_call_history",
    "complaints": "open_complaints",
    "notes": "open_notes",
}


def describe(name: str, lang: str) -> str:
    en, zh = ACTIONS.get(name, (name, name))
    return zh if lang == "zh_CN" else en


# the kinds of service recovery the complaint window proposes, in words (propose_refund's detail)
RECOVERY_WORDS: dict[str, tuple[str, str]] = {
    "apology": ("apology", "道歉"),
    "callback": ("call back", "回电"),
    "refund": ("refund", "退款"),
    "account_credit": ("account credit", "账户返还"),
    "replacement": ("replacement", "换货"),
    "voucher": ("voucher", "代金券"),
    "goodwill_gift": ("goodwill gift", "致歉礼品"),
}


def detail_words(name: str, detail: str, lang: str) -> str:
    """An action's detail as the debrief shows it: words, never an internal code
    ('' when there is nothing to show; how a record was opened is ours, not theirs)."""
    if not detail or name == "open_record":
        return ""
    if name == "propose_refund" and detail in RECOVERY_WORDS:
        en, zh = RECOVERY_WORDS[detail]
        return zh if lang == "zh_CN" else en
    if _CODE.match(detail) or (name in ("propose_refund", "wrap_up") and "_" in detail):
        return ""  # a code nobody translated (older sessions): better nothing than a code
    return detail
