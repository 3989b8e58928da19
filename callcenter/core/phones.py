"""Phone numbers: caller ANI and typed numbers to E.164 with a default region.

Built on ``phonenumbers`` (Google's libphonenumber). ``normalise`` never raises:
it returns a ``PhoneResult`` whose ``status`` tells the screen pop what to do.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

# What switches send when the caller withheld their number.
_WITHHELD = {"", "anonymous", "private", "withheld", "restricted", "unknown", "unavailable", "p", "o"}
# Longer digit-free displays carriers send for the same thing ("Private Number",
# "Number withheld", "Out of area", "Caller ID blocked", "未知号码"...).
_WITHHELD_WORDS = re.compile(
    r"\b(?:anonymous|private|withheld|restricted|unknown|unavailable|blocked|out of area|not available)\b"
    r"|匿名|私人号码|隐藏号码|未知号码|号码保密",
    re.IGNORECASE,
)


class PhoneStatus(str, enum.Enum):
    VALID = "valid"
    WITHHELD = "withheld"
    INVALID = "invalid"


@dataclass(frozen=True)
class PhoneResult:
    raw: str
    status: PhoneStatus
    e164: str | None = None
    extension: str | None = None
    region: str | None = None
    problem: str | None = None  # a plain-words reason when invalid

    @property
    def ok(self) -> bool:
        return self.status is PhoneStatus.VALID


_EXT = re.compile(r"\s*(?:ext\.?|extension|x|#|转|分机)\s*([0-9]{1,6})\s*$", re.IGNORECASE)


def normalise(raw: str | None, default_region: str = "US") -> PhoneResult:
    # NFKC folds full-width input from CJK keyboards ('＋８６ １３８…', '（６５０）', 'ｘ１２')
    # to ASCII, so the '00' prefix and extension rules below see ordinary characters.
    text = unicodedata.normalize("NFKC", raw or "").strip()
    if text.lower() in _WITHHELD or (not re.search(r"\d", text) and _WITHHELD_WORDS.search(text)):
        return PhoneResult(text, PhoneStatus.WITHHELD)
    extension = None
    m = _EXT.search(text)
    if m:
        extension, text = m.group(1), text[: m.start()]
    # '00' international prefix and a leading '+' after spaces are common in CRM exports.
    candidate = text.strip()
    if candidate.startswith("00") and not candidate.startswith("000") and re.search(r"\d", candidate[2:]):
        candidate = "+" + candidate[2:]
    if not re.search(r"\d", candidate):
        return PhoneResult(raw or "", PhoneStatus.INVALID, problem="no digits")
    try:
        number = phonenumbers.parse(candidate, default_region)
    except NumberParseException as exc:
        return PhoneResult(raw or "", PhoneStatus.INVALID, problem=_parse_problem(exc))
    if number.extension and not extension:
        extension = number.extension
    if not phonenumbers.is_possible_number(number):
        return PhoneResult(raw or "", PhoneStatus.INVALID, problem="wrong length")
    if not phonenumbers.is_valid_number(number):
        return PhoneResult(raw or "", PhoneStatus.INVALID, problem="not a number in use")
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return PhoneResult(
        raw or "",
        PhoneStatus.VALID,
        e164=e164,
        extension=extension,
        region=phonenumbers.region_code_for_number(number),
    )


def _parse_problem(exc: NumberParseException) -> str:
    return {
        NumberParseException.INVALID_COUNTRY_CODE: "unknown country code",
        NumberParseException.NOT_A_NUMBER: "not a phone number",
        NumberParseException.TOO_SHORT_AFTER_IDD: "too short",
        NumberParseException.TOO_SHORT_NSN: "too short",
        NumberParseException.TOO_LONG: "too long",
    }.get(exc.error_type, "not a phone number")


def display(e164: str, region: str = "US") -> str:
    """National format inside the default region, international elsewhere."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def warm_up(region: str = "US") -> bool:
    """Parse and format one example number of ``region`` so libphonenumber has loaded that
    region's metadata and compiled its patterns before the first real caller (a console's
    first screen pop once paid ~100 ms for it). Call it off any user-facing thread."""
    code = region.upper()
    example = phonenumbers.example_number(code) if code else None
    if example is None:
        return False
    text = phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)
    return normalise(text, code).ok
