"""Customer rules: validation of what an agent types, tiers from value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from callcenter.core.phones import PhoneStatus, normalise

TIERS = ("platinum", "gold", "silver", "bronze")
LANGUAGES = ("en", "zh_CN")
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
class CustomerForm:
    """What the edit/quick-create form holds, exactly as typed."""

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
    errors: dict[str, str] = field(default_factory=dict)

    def display_name(self) -> str:
        if self.kind == "company":
            return self.company_name.strip()
        given, family = self.given_name.strip(), self.family_name.strip()
        if re.search(r"[\u4e00-\u9fff]", family + given):
            return family + given  # Chinese order: family name first, no space
        return f"{given} {family}".strip()


def validate(form: CustomerForm, region: str = "US") -> dict[str, str]:
    """Field -> problem (a message key the GUI translates). Empty when valid."""
    errors: dict[str, str] = {}
    if form.kind == "company":
        if not form.company_name.strip():
            errors["company_name"] = "required"
    elif not (form.given_name.strip() or form.family_name.strip()):
        errors["family_name"] = "name_required"
    if form.phone.strip():
        result = normalise(form.phone, region)
        if result.status is not PhoneStatus.VALID:
            errors["phone"] = f"phone_{(result.problem or 'invalid').replace(' ', '_')}"
    if form.email.strip() and not _EMAIL.match(form.email.strip()):
        errors["email"] = "email_invalid"
    if form.preferred_language not in LANGUAGES:
        errors["preferred_language"] = "language_unknown"
    form.errors = errors
    return errors
