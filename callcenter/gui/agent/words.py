"""The agent console's words for ``gui.problems.describe`` and its own forms: the records
it works on, the fields of the customer and sign-in forms, and their reason codes
(``core.customers.validate``, ``ops.auth``). Registered once, on import; translated when
a problem is put into words. The customer form's sentences keep the CustomerDialog
context they have always had."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from callcenter.gui import problems

FIELDS: dict[str, tuple[str, object]] = {
    "customer": ("AgentWords", QT_TRANSLATE_NOOP("AgentWords", "customer")),
    "interaction": ("AgentWords", QT_TRANSLATE_NOOP("AgentWords", "call record")),
    "username": ("AgentWords", QT_TRANSLATE_NOOP("AgentWords", "user name")),
    "password": ("AgentWords", QT_TRANSLATE_NOOP("AgentWords", "password")),
    "kind": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Type")),
    "family_name": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Family name")),
    "given_name": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Given name")),
    "company_name": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Company")),
    "preferred_language": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Language")),
    "phone": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Phone")),
    "phone_kind": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Phone type")),
    "email": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Email")),
    "address_line1": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Street")),
    "city": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "City")),
    "country": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Country")),
}

REASONS: dict[str, tuple[str, object]] = {
    "required": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "This field is required.")),
    "name_required": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Enter a family name or a given name.")),
    "email_invalid": (
        "CustomerDialog",
        QT_TRANSLATE_NOOP("CustomerDialog", "This is not an email address (example: name@example.com)."),
    ),
    "language_unknown": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Choose a language.")),
    "phone_too_short": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "This phone number is too short.")),
    "phone_too_long": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "This phone number is too long.")),
    "phone_wrong_length": (
        "CustomerDialog",
        QT_TRANSLATE_NOOP("CustomerDialog", "This phone number has the wrong number of digits."),
    ),
    "phone_no_digits": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "A phone number needs digits.")),
    "phone_unknown_country_code": (
        "CustomerDialog",
        QT_TRANSLATE_NOOP("CustomerDialog", "The country code of this phone number is unknown."),
    ),
    "phone_not_a_number_in_use": (
        "CustomerDialog",
        QT_TRANSLATE_NOOP("CustomerDialog", "This is not a phone number in use. Check the digits."),
    ),
    "phone_invalid": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "This phone number is not valid.")),
    "country_unknown": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Choose a country from the list.")),
    "country_required": (
        "CustomerDialog",
        QT_TRANSLATE_NOOP("CustomerDialog", "Choose the country of this address."),
    ),
    "address_line_required": (
        "CustomerDialog",
        QT_TRANSLATE_NOOP("CustomerDialog", "Enter the street and house number."),
    ),
    "city_required": ("CustomerDialog", QT_TRANSLATE_NOOP("CustomerDialog", "Enter the city.")),
    "no_match": (
        "LoginDialog",
        QT_TRANSLATE_NOOP("LoginDialog", "That user name and password do not match. Try again."),
    ),
}


def _say(entry: tuple[str, object] | None) -> str | None:
    return QCoreApplication.translate(entry[0], str(entry[1])) if entry else None


def field_name(name: str) -> str | None:
    return _say(FIELDS.get(name))


def reason_text(code: str) -> str | None:
    """The sentence for a reason code of the customer or sign-in form (None when not ours);
    any other phone problem reads as 'not valid'."""
    entry = REASONS.get(code)
    if entry is None and code.startswith("phone_"):
        entry = REASONS["phone_invalid"]
    return _say(entry)


_registered = False


def register() -> None:
    global _registered
    if not _registered:
        problems.register_words("field", field_name)
        problems.register_words("reason", reason_text)
        _registered = True


register()
