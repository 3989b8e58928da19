"""Intents from typed text: keywords and phrases in English and Simplified Chinese.

Text and phrases are normalised alike (Unicode NFKC, case folded, punctuation to
spaces). An English phrase matches on word boundaries ("card" does not match
"cardigan"); a phrase containing Chinese characters matches as a substring,
since Chinese is written without spaces. A scenario's own intents extend or
replace the built-in ones below.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Intents every scenario may use. Keep phrases short: they are matched anywhere in a reply.
BUILTIN_INTENTS: dict[str, dict[str, list[str]]] = {
    "greet": {
        "en": [
            "hello",
            "hi",
            "good morning",
            "good afternoon",
            "good evening",
            "thank you for calling",
            "thanks for calling",
            "how can i help",
            "how may i help",
        ],
        "zh_CN": ["您好", "你好", "早上好", "下午好", "晚上好", "感谢来电", "感谢您的来电", "有什么可以帮"],
    },
    "verify_identity": {
        "en": [
            "confirm your",
            "verify",
            "date of birth",
            "your full name",
            "account number",
            "security question",
            "last four digits",
            "postcode",
            "may i have your name",
            "can i have your name",
            "who am i speaking",
        ],
        "zh_CN": [
            "核实",
            "验证",
            "确认一下您的",
            "出生日期",
            "您的全名",
            "账号",
            "会员号",
            "身份证",
            "后四位",
            "请问您贵姓",
            "请问怎么称呼",
        ],
    },
    "empathy": {
        "en": [
            "i understand",
            "i'm sorry",
            "i am sorry",
            "sorry to hear",
            "i apologise",
            "i apologize",
            "that must be",
            "i can see why",
            "frustrating",
            "i hear you",
            "completely understand",
        ],
        "zh_CN": ["理解", "抱歉", "对不起", "非常抱歉", "给您添麻烦", "让您久等", "我明白", "辛苦了"],
    },
    "offer_resolution": {
        "en": [
            "i can offer",
            "what i can do",
            "we can",
            "refund",
            "replace",
            "credit your account",
            "send a new",
            "arrange",
        ],
        "zh_CN": ["我可以为您", "我来帮您", "我们可以", "给您退款", "退款", "补发", "换一个", "为您安排", "帮您处理"],
    },
    "confirm": {
        "en": [
            "to confirm",
            "just to confirm",
            "so that's",
            "let me repeat",
            "to summarise",
            "to summarize",
            "is that correct",
            "is that right",
            "does that sound",
        ],
        "zh_CN": ["跟您确认", "和您确认", "确认一下", "我重复一下", "总结一下", "对吗", "是吗", "没问题吧"],
    },
    "anything_else": {
        "en": ["anything else", "something else i can", "any other questions"],
        "zh_CN": ["还有什么", "还有其他", "其他问题"],
    },
    "close": {
        "en": ["goodbye", "bye", "have a nice day", "have a great day", "have a good day", "take care", "enjoy your"],
        "zh_CN": ["再见", "祝您", "慢走", "生活愉快"],
    },
    "hold_request": {
        "en": ["may i put you on hold", "can i put you on hold", "one moment", "bear with me", "just a moment"],
        "zh_CN": ["请稍等", "稍等一下", "请您稍候", "稍候"],
    },
}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = _PUNCT.sub(lambda m: "'" if m.group(0) == "'" else " ", text)
    return _SPACE.sub(" ", text).strip()


def phrase_in(phrase: str, text_norm: str) -> bool:
    """``text_norm`` must already be normalised."""
    p = normalise(phrase)
    if not p:
        return False
    if _CJK.search(p):
        return p in text_norm.replace(" ", "") or p in text_norm
    return f" {p} " in f" {text_norm} "


def match(text: str, intents: dict[str, dict[str, list[str]]]) -> list[str]:
    """Every intent with a phrase (in any language) found in ``text``, in the intents' order."""
    norm = normalise(text)
    if not norm:
        return []
    return [
        name
        for name, by_lang in intents.items()
        if any(phrase_in(p, norm) for phrases in by_lang.values() for p in phrases)
    ]


def merged(own: dict[str, dict[str, list[str]]] | None) -> dict[str, dict[str, list[str]]]:
    """The built-in intents with a scenario's own added (same name: the scenario's phrases replace)."""
    out = {k: {lang: list(v) for lang, v in by.items()} for k, by in BUILTIN_INTENTS.items()}
    for name, by_lang in (own or {}).items():
        out[name] = {lang: list(v) for lang, v in by_lang.items()}
    return out
