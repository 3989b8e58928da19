"""The skills a rubric step trains (the dashboard shows progress per skill)."""

from __future__ import annotations

SKILLS: dict[str, tuple[str, str]] = {
    "greeting": ("Greeting", "问候"),
    "verification": ("Identity verification", "身份核实"),
    "empathy": ("Acknowledging feelings", "共情安抚"),
    "use_of_record": ("Using the record", "运用客户档案"),
    "resolution": ("Offering a resolution", "提出解决方案"),
    "compliance": ("Compliance and warnings", "合规与风险提示"),
    "confirmation": ("Confirming", "确认复述"),
    "closing": ("Closing politely", "礼貌结束"),
}

# Events a trainer can inject into a running session.
EVENTS: dict[str, tuple[str, str]] = {
    "angrier": ("The caller gets angrier", "来电者更生气了"),
    "line_drops": ("The line drops", "线路中断"),
}


def skill_name(skill: str, lang: str) -> str:
    en, zh = SKILLS.get(skill, (skill, skill))
    return zh if lang == "zh_CN" else en
