"""Intents from typed text: keywords and phrases in English and Simplified Chinese.

Text and phrases are normalised alike (Unicode NFKC, case folded, punctuation to
spaces). An English phrase matches on word boundaries ("card" does not match
"cardigan") and on word forms: both sides are reduced to a simple stem first, so
"replace" matches "replacement", "replaced" and "replacing", "refund" matches
"refunded". A phrase containing Chinese characters matches as a substring, since
Chinese is written without spaces. A scenario's own intents extend or replace the
built-in ones below; ``INTENT_NAMES`` gives each built-in intent a name in words
(transcripts and hints show those, never the code).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

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
            "what can i do for you",
            "welcome to",
            "hey",
        ],
        "zh_CN": [
            "您好",
            "你好",
            "早上好",
            "下午好",
            "晚上好",
            "感谢来电",
            "感谢您的来电",
            "有什么可以帮",
            "欢迎致电",
            "很高兴为您服务",
            "请问有什么需要",
        ],
    },
    "verify_identity": {
        "en": [
            "confirm your",
            "verify",
            "verification",
            "date of birth",
            "your full name",
            "account number",
            "security question",
            "last four digits",
            "postcode",
            "your zip code",
            "may i have your name",
            "can i have your name",
            "who am i speaking",
            "check your identity",
            "confirm who you are",
            "make sure it's you",
            "for security",
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
            "核对",
            "确认您的身份",
            "确认身份",
            "报一下您的",
            "提供一下您的",
            "为了安全",
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
            "apology",
            "apologies",
            "my apologies",
            "so sorry",
            "really sorry",
            "understandable",
            "not good enough",
            "shouldn't have happened",
            "should not have happened",
            "let you down",
            "upsetting",
            "annoying",
        ],
        "zh_CN": [
            "理解",
            "抱歉",
            "对不起",
            "非常抱歉",
            "给您添麻烦",
            "让您久等",
            "我明白",
            "辛苦了",
            "不好意思",
            "道歉",
            "让您失望",
            "您的心情",
            "确实不应该",
            "给您带来不便",
        ],
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
            "i will send",
            "i'll send",
            "we will send",
            "we'll send",
            "send you a new",
            "send you another",
            "new one",
            "exchange",
            "reimburse",
            "compensate",
            "compensation",
            "money back",
            "repair",
            "fix this",
            "sort this out",
            "sort it out",
            "i will make sure",
            "i'll make sure",
            "i can give you",
            "voucher",
        ],
        "zh_CN": [
            "我可以为您",
            "我来帮您",
            "我们可以",
            "给您退款",
            "退款",
            "补发",
            "换一个",
            "为您安排",
            "帮您处理",
            "换新",
            "换货",
            "退货",
            "退还",
            "退回",
            "重新寄",
            "重新发",
            "给您寄",
            "给您发",
            "新的一台",
            "赔偿",
            "补偿",
            "维修",
            "代金券",
            "优惠券",
            "马上处理",
            "给您解决",
        ],
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
            "let me confirm",
            "so to recap",
            "to recap",
            "are you happy with",
            "does that work",
            "is that ok",
            "is that okay",
        ],
        "zh_CN": [
            "跟您确认",
            "和您确认",
            "确认一下",
            "我重复一下",
            "总结一下",
            "对吗",
            "是吗",
            "没问题吧",
            "可以吗",
            "行吗",
            "您看可以",
            "复述一下",
        ],
    },
    "anything_else": {
        "en": ["anything else", "something else i can", "any other questions", "anything more"],
        "zh_CN": ["还有什么", "还有其他", "其他问题", "还需要"],
    },
    "close": {
        "en": [
            "goodbye",
            "bye",
            "have a nice day",
            "have a great day",
            "have a good day",
            "have a lovely day",
            "take care",
            "enjoy your",
            "thanks for your patience",
            "thank you for your patience",
        ],
        "zh_CN": ["再见", "祝您", "慢走", "生活愉快", "感谢您的耐心", "拜拜"],
    },
    "hold_request": {
        "en": [
            "may i put you on hold",
            "can i put you on hold",
            "one moment",
            "bear with me",
            "just a moment",
            "hold on",
            "one second",
        ],
        "zh_CN": ["请稍等", "稍等一下", "请您稍候", "稍候"],
    },
}


# The built-in intents in words (name -> (English, Simplified Chinese)).
INTENT_NAMES: dict[str, tuple[str, str]] = {
    "greet": ("greeting", "问候"),
    "verify_identity": ("identity check", "核实身份"),
    "empathy": ("empathy", "共情安抚"),
    "offer_resolution": ("offers a fix", "提出解决方案"),
    "confirm": ("confirms", "确认复述"),
    "anything_else": ("asks about anything else", "询问其他需要"),
    "close": ("polite close", "礼貌结束"),
    "hold_request": ("asks to hold", "请求稍候"),
}

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly")


def stem(word: str) -> str:
    """A crude English stem, the same for a word's usual forms (replace, replaced,
    replacement, replacing -> replac; verify, verified -> verifi). Words with
    Chinese characters, digits or an apostrophe stay as they are."""
    if not word.isascii() or not word.isalpha() or len(word) <= 3:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "i"
            break
    if word.endswith("y") and len(word) >= 4:
        word = word[:-1] + "i"
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


def _stems(norm: str) -> str:
    return " ".join(stem(w) for w in norm.split(" "))


def intent_name(name: str, lang: str, own: dict[str, Any] | None = None) -> str:
    """An intent in words: a scenario's own name for it (``intent_names``), the built-in
    name, or the code made readable."""
    mine = (own or {}).get(name)
    if isinstance(mine, str) and mine:
        return mine
    if isinstance(mine, dict) and (mine.get(lang) or mine.get("en")):
        return str(mine.get(lang) or mine.get("en"))
    if name in INTENT_NAMES:
        en, zh = INTENT_NAMES[name]
        return zh if lang == "zh_CN" else en
    return name.replace("_", " ")


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
    return f" {p} " in f" {text_norm} " or f" {_stems(p)} " in f" {_stems(text_norm)} "


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


def examples(name: str, lang: str, intents: dict[str, dict[str, list[str]]]) -> list[str]:
    """A few phrases of an intent in ``lang`` (what a trainee could say)."""
    by_lang = intents.get(name) or {}
    return list(by_lang.get(lang) or by_lang.get("en") or [])[:2]


def merged(own: dict[str, dict[str, list[str]]] | None) -> dict[str, dict[str, list[str]]]:
    """The built-in intents with a scenario's own added (same name: the scenario's phrases replace)."""
    out = {k: {lang: list(v) for lang, v in by.items()} for k, by in BUILTIN_INTENTS.items()}
    for name, by_lang in (own or {}).items():
        out[name] = {lang: list(v) for lang, v in by_lang.items()}
    return out
