"""Customer rules: validation of what an agent types, tiers from value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import phonenumbers

from callcenter.core.phones import PhoneResult, PhoneStatus, normalise

TIERS = ("platinum", "gold", "silver", "bronze")
LANGUAGES = ("en", "zh_CN")
PHONE_KINDS = ("mobile", "home", "work", "fax")
ADDRESS_KINDS = ("home", "billing", "delivery", "office")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


def tier_for_value(value_score: int) -> str:
    """Value score (0..100, from spend and tenure) to a service tier."""
    if value_score >= 90:
        return "platinum"
    if value_score >= 70:
        return "gold"
    if value_score >= 40:
        return "silver"
    return "bronze"


@dataclass
class PhoneEntry:
    """One more phone number of a customer, as typed, and its kind (mobile, home, work, fax)."""

    raw: str = ""
    kind: str = "mobile"


@dataclass
class CustomerForm:
    """What the edit/quick-create form holds, exactly as typed. ``phone`` is the primary
    number; ``other_phones`` the rest. The address is optional; ``country`` (ISO 3166
    alpha-2) is the customer's country, and phone numbers are read in it first."""

    kind: str = "person"
    given_name: str = ""
    family_name: str = ""
    company_name: str = ""
    preferred_language: str = "en"
    phone: str = ""
    phone_kind: str = "mobile"
    email: str = ""
    do_not_call: bool = False
    consent_marketing: bool = False
    other_phones: list[PhoneEntry] = field(default_factory=list)
    address_kind: str = "home"
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    address_region: str = ""  # province or state
    postcode: str = ""
    country: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    def phone_entries(self) -> list[PhoneEntry]:
        """Every number typed (primary first), blanks left out."""
        entries = [PhoneEntry(self.phone, self.phone_kind)] + list(self.other_phones)
        return [PhoneEntry(e.raw.strip(), e.kind) for e in entries if e.raw.strip()]

    def has_address(self) -> bool:
        return any(
            part.strip()
            for part in (self.address_line1, self.address_line2, self.city, self.address_region, self.postcode)
        )

    def display_name(self) -> str:
        if self.kind == "company":
            return self.company_name.strip()
        given, family = self.given_name.strip(), self.family_name.strip()
        if re.search(r"[\u4e00-\u9fff]", family + given):
            return family + given  # Chinese order: family name first, no space
        return f"{given} {family}".strip()


def known_country(code: str) -> bool:
    return code.strip().upper() in phonenumbers.SUPPORTED_REGIONS


def parse_phone(raw: str, country: str = "", region: str = "US") -> PhoneResult:
    """A number typed for a customer: read in the customer's country first (a national
    Chinese mobile for a customer in China, whatever the console's default region), then
    in the console's region; the first reading's problem when neither works."""
    country = country.strip().upper()
    if not known_country(country) or country == region.upper():
        return normalise(raw, region)
    first = normalise(raw, country)
    if first.ok:
        return first
    second = normalise(raw, region)
    return second if second.ok else first


def _phone_problem(result: PhoneResult) -> str:
    return f"phone_{(result.problem or 'invalid').replace(' ', '_')}"


def validate(form: CustomerForm, region: str = "US") -> dict[str, str]:
    """Field -> problem (a message key the GUI translates). Empty when valid. The extra
    phones are fields ``phones.<n>`` (n from 0, in ``other_phones`` order)."""
    errors: dict[str, str] = {}
    if form.kind == "company":
        if not form.company_name.strip():
            errors["company_name"] = "required"
    elif not (form.given_name.strip() or form.family_name.strip()):
        errors["family_name"] = "name_required"
    country = form.country.strip().upper()
    if country and not known_country(country):
        errors["country"] = "country_unknown"
        country = ""
    if form.phone.strip():
        result = parse_phone(form.phone, country, region)
        if result.status is not PhoneStatus.VALID:
            errors["phone"] = _phone_problem(result)
    for n, entry in enumerate(form.other_phones):
        if entry.raw.strip():
            result = parse_phone(entry.raw, country, region)
            if result.status is not PhoneStatus.VALID:
                errors[f"phones.{n}"] = _phone_problem(result)
    if form.has_address():
        if not form.address_line1.strip():
            errors["address_line1"] = "address_line_required"
        if not form.city.strip():
            errors["city"] = "city_required"
        if not country and "country" not in errors:
            errors["country"] = "country_required"
    if form.email.strip() and not _EMAIL.match(form.email.strip()):
        errors["email"] = "email_invalid"
    if form.preferred_language not in LANGUAGES:
        errors["preferred_language"] = "language_unknown"
    form.errors = errors
    return errors
