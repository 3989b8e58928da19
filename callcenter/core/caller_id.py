"""The caller's number as a SIP switch delivers it, cleaned before the screen pop.

A SIP INVITE names its caller in up to three places: ``P-Asserted-Identity`` (set by a
trusted switch, RFC 3325), ``Remote-Party-ID`` (its older draft form) and ``From``
(which the caller's own phone may fill with anything). Each holds a URI: ``sip:``,
``sips:`` or ``tel:``, with a number in the user part that may carry visual separators,
an outside-line digit the site's PBX put in front, the ``00`` (or ``011``) international
prefix instead of ``+``, or a national form with its trunk prefix (``0`` in most of the
world, ``1`` in North America).

These are pure functions with the site's rules as a value: :func:`caller_number` picks
the header by preference and returns the number cleaned as far as the rules allow
(``+<country><number>`` when they can tell, else the digits for ``core.phones.normalise``
to read with the default region). :func:`explain` lists each step, for the place in
Preferences where a number is tried against the rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote

# Header names (lower case) and the short forms RFC 3261 allows for From.
PAI = "p-asserted-identity"
RPID = "remote-party-id"
FROM = "from"
_SHORT = {"f": FROM}
DEFAULT_PREFERENCE = (PAI, RPID, FROM)

ANONYMOUS = "anonymous"
# Visual separators of RFC 3966 and what people type: dropped before reading digits.
_VISUAL = re.compile(r"[\s\-.()/\[\]]")
_URI = re.compile(r"<([^>]*)>")


@dataclass(frozen=True)
class CallerIdRules:
    """A site's rules. Empty strings switch a rule off.

    - ``preference``: the headers to read, first present (and not anonymous) wins.
    - ``outside_line_prefix``: what the PBX puts before outside numbers (``"9"``); stripped
      when at least ``min_outside_digits`` digits follow, so a short extension that
      happens to start with the same digit is left alone.
    - ``international_prefix``: the dialling prefix that means ``+`` (``"00"``; ``"011"``
      in North America).
    - ``country_code`` and ``national_prefix``: a number in national form
      (``national_prefix`` + national number, ``020 7946 0000``) becomes
      ``+<country_code><national number>``; without a country code it is left to the
      screen pop's default region.
    """

    preference: tuple[str, ...] = DEFAULT_PREFERENCE
    outside_line_prefix: str = ""
    min_outside_digits: int = 7
    international_prefix: str = "00"
    country_code: str = ""
    national_prefix: str = "0"

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> CallerIdRules:
        """Rules from plain settings (strings; ``preference`` comma separated or a list)."""
        pref = values.get("preference", DEFAULT_PREFERENCE)
        items: list[object] = []
        if isinstance(pref, str):
            items.extend(pref.split(","))
        elif isinstance(pref, (list, tuple)):
            items.extend(pref)
        preference = tuple(str(p).strip().lower() for p in items if str(p).strip()) or DEFAULT_PREFERENCE

        def text(key: str, default: str) -> str:
            value = values.get(key, default)
            return _digits_only(str(value if value is not None else default))

        return cls(
            preference=preference,
            outside_line_prefix=text("outside_line_prefix", ""),
            min_outside_digits=int(str(values.get("min_outside_digits", 7) or 7)),
            international_prefix=text("international_prefix", "00"),
            country_code=text("country_code", ""),
            national_prefix=text("national_prefix", "0"),
        )


def _digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


def header_uri(value: str) -> str:
    """The URI in a From / P-Asserted-Identity / Remote-Party-ID value: inside ``<...>``
    when there is a name-addr, else the value up to its header parameters."""
    text = (value or "").strip()
    m = _URI.search(text)
    if m:
        return m.group(1).strip()
    return text.split(";", 1)[0].strip() if not text.lower().startswith("tel:") else text


def uri_number(uri: str) -> str:
    """The number in a ``sip:``/``sips:``/``tel:`` URI (or a bare number), visual
    separators removed; ``anonymous`` for a withheld identity, ``""`` when none."""
    text = unicodedata.normalize("NFKC", header_uri(uri))
    lower = text.lower()
    if lower.startswith("tel:"):
        body = text[4:]
        number, _, params = body.partition(";")
        context = ""
        for param in params.split(";"):
            key, _, val = param.partition("=")
            if key.strip().lower() == "phone-context":
                context = val.strip()
        number = _VISUAL.sub("", unquote(number))
        if not number.startswith("+") and context.startswith("+"):
            # a local number in a global context: RFC 3966 puts the context's digits in front
            number = "+" + _digits_only(context) + number
        return number
    if lower.startswith(("sip:", "sips:")):
        body = text.split(":", 1)[1]
        if "@" not in body:
            return ""  # sip:host, no user part
        user = body.split("@", 1)[0].split(";", 1)[0]  # user parameters (;isub=...) dropped
        user = _VISUAL.sub("", unquote(user))
        if user.lower() in (ANONYMOUS, "anonymous.invalid", "unknown", "restricted", "private"):
            return ANONYMOUS
        return user
    bare = _VISUAL.sub("", text)
    return bare


def pick_identity(headers: Mapping[str, str], preference: tuple[str, ...] = DEFAULT_PREFERENCE) -> tuple[str, str]:
    """``(header name, number)`` from the first header in ``preference`` that is present
    and names a number; ``("", "anonymous")`` when every one present is withheld, and
    ``("", "")`` when there is none. Header names match case-insensitively."""
    lowered: dict[str, str] = {}
    for header, text in headers.items():
        key = _SHORT.get(header.strip().lower(), header.strip().lower())
        lowered.setdefault(key, text)
    withheld = False
    for name in preference:
        value = lowered.get(name.lower())
        if value is None:
            continue
        # P-Asserted-Identity may hold a sip: and a tel: identity, comma separated:
        # the first one with a number wins.
        for part in _split_identities(value):
            number = uri_number(part)
            if number == ANONYMOUS:
                withheld = True
            elif number:
                return name.lower(), number
    return ("", ANONYMOUS) if withheld else ("", "")


def _split_identities(value: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    in_quotes = False
    for ch in value:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes and ch == "<":
            depth += 1
        elif not in_quotes and ch == ">":
            depth -= 1
        if ch == "," and depth == 0 and not in_quotes:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p for p in (x.strip() for x in parts) if p]


def clean_number(number: str, rules: CallerIdRules | None = None) -> str:
    """The number after the site's rules: ``+<digits>`` when it is international (or the
    rules know the country), else the bare digits (a national number, an extension)."""
    return explain_number(number, rules)[-1][1]


def explain_number(number: str, rules: CallerIdRules | None = None) -> list[tuple[str, str]]:
    """Each step the rules took, as ``(step, result)``; the last result is the answer.
    Steps: ``read``, ``outside_line``, ``international``, ``national``."""
    rules = rules or CallerIdRules()
    text = unicodedata.normalize("NFKC", number or "").strip()
    if text.startswith("+"):
        text = text.replace("(0)", "")  # "+44 (0)20 ...": the printed trunk prefix is not dialled
    text = _VISUAL.sub("", text)
    steps = [("read", text)]
    if not text or text.lower() == ANONYMOUS:
        return steps
    if text.startswith("+"):
        digits = _digits_only(text)
        steps.append(("international", "+" + digits))
        return steps
    digits = _digits_only(text)
    if digits != text:
        steps.append(("read", digits))
    prefix = rules.outside_line_prefix
    if prefix and digits.startswith(prefix) and len(digits) - len(prefix) >= rules.min_outside_digits:
        digits = digits[len(prefix) :]
        steps.append(("outside_line", digits))
    idd = rules.international_prefix
    if idd and digits.startswith(idd) and len(digits) > len(idd):
        digits = "+" + digits[len(idd) :]
        steps.append(("international", digits))
        return steps
    national = rules.national_prefix
    if rules.country_code and national and digits.startswith(national) and len(digits) > len(national) + 3:
        digits = "+" + rules.country_code + digits[len(national) :]
        steps.append(("national", digits))
    return steps


def caller_number(headers: Mapping[str, str], rules: CallerIdRules | None = None) -> str:
    """The caller's number from an INVITE's headers, cleaned by the rules."""
    rules = rules or CallerIdRules()
    _, number = pick_identity(headers, rules.preference)
    return clean_number(number, rules) if number and number != ANONYMOUS else number


def explain(headers: Mapping[str, str], rules: CallerIdRules | None = None) -> list[tuple[str, str]]:
    """What :func:`caller_number` did: ``("header", name)`` first, then the number's steps."""
    rules = rules or CallerIdRules()
    name, number = pick_identity(headers, rules.preference)
    return [("header", name), *explain_number(number, rules)]
