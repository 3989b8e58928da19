"""The words of the first-run wizard and the administration window for field problems
(``Invalid`` from ``ops.site`` and ``ops.admin``) and the sync failures met when joining.
Local to these windows: nothing is registered globally."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from callcenter.core.errors import IllegalStep, Invalid, NotPermitted, Problem, SyncProblem, as_problem
from callcenter.gui.problems import describe

CONTEXT = "AdminWords"
FIELDS = {
    "site_name": QT_TRANSLATE_NOOP("AdminWords", "Site name"),
    "country": QT_TRANSLATE_NOOP("AdminWords", "Country"),
    "time_zone": QT_TRANSLATE_NOOP("AdminWords", "Time zone"),
    "language": QT_TRANSLATE_NOOP("AdminWords", "Language"),
    "currency": QT_TRANSLATE_NOOP("AdminWords", "Currency"),
    "username": QT_TRANSLATE_NOOP("AdminWords", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AdminWords", "Display name"),
    "password": QT_TRANSLATE_NOOP("AdminWords", "Password"),
    "confirm": QT_TRANSLATE_NOOP("AdminWords", "Repeat the password"),
    "old_password": QT_TRANSLATE_NOOP("AdminWords", "Current password"),
    "server_url": QT_TRANSLATE_NOOP("AdminWords", "Server address"),
    "role": QT_TRANSLATE_NOOP("AdminWords", "Role"),
    "code": QT_TRANSLATE_NOOP("AdminWords", "Code"),
    "name_en": QT_TRANSLATE_NOOP("AdminWords", "Name (English)"),
    "name_zh": QT_TRANSLATE_NOOP("AdminWords", "Name (Chinese)"),
    "skill": QT_TRANSLATE_NOOP("AdminWords", "Skill"),
    "level": QT_TRANSLATE_NOOP("AdminWords", "Level"),
    "priority": QT_TRANSLATE_NOOP("AdminWords", "Priority"),
    "service_level_target": QT_TRANSLATE_NOOP("AdminWords", "Service-level target"),
    "service_level_seconds": QT_TRANSLATE_NOOP("AdminWords", "Service-level seconds"),
    "overflow_queue": QT_TRANSLATE_NOOP("AdminWords", "Overflow queue"),
    "parent": QT_TRANSLATE_NOOP("AdminWords", "Parent"),
    "active": QT_TRANSLATE_NOOP("AdminWords", "Active"),
    # adminpol: calendars, holidays, ring and wrap-up policies
    "calendar": QT_TRANSLATE_NOOP("AdminWords", "Business calendar"),
    "hours": QT_TRANSLATE_NOOP("AdminWords", "Opening hours"),
    "day": QT_TRANSLATE_NOOP("AdminWords", "Date"),
    "queue": QT_TRANSLATE_NOOP("AdminWords", "Applies to"),
    "ring_timeout_s": QT_TRANSLATE_NOOP("AdminWords", "Ring time"),
    "max_missed_offers": QT_TRANSLATE_NOOP("AdminWords", "Missed offers before Not ready"),
    "missed_reason": QT_TRANSLATE_NOOP("AdminWords", "Not-ready reason used"),
    "after_missed": QT_TRANSLATE_NOOP("AdminWords", "After a missed offer"),
    "missed_pause_s": QT_TRANSLATE_NOOP("AdminWords", "Pause after one missed offer"),
    "wrap_up_limit_s": QT_TRANSLATE_NOOP("AdminWords", "Wrap-up time limit"),
    "extension_s": QT_TRANSLATE_NOOP("AdminWords", "Extension"),
    "severity": QT_TRANSLATE_NOOP("AdminWords", "Severity"),
    "first_response_minutes": QT_TRANSLATE_NOOP("AdminWords", "First response"),
    "resolution_minutes": QT_TRANSLATE_NOOP("AdminWords", "Resolution"),
    "kind": QT_TRANSLATE_NOOP("AdminWords", "Kind of action"),
    "amount_minor": QT_TRANSLATE_NOOP("AdminWords", "Amount"),
}
REASONS = {
    "required": QT_TRANSLATE_NOOP("AdminWords", "required"),
    "too_short": QT_TRANSLATE_NOOP("AdminWords", "at least 8 characters"),
    "bad_username": QT_TRANSLATE_NOOP("AdminWords", "letters, digits, '.', '_' and '-' only (2 to 64)"),
    "unknown_country": QT_TRANSLATE_NOOP("AdminWords", "not a known country code (e.g. US, CN, GB)"),
    "unknown_time_zone": QT_TRANSLATE_NOOP("AdminWords", "not a known time zone (e.g. Asia/Shanghai)"),
    "unknown_language": QT_TRANSLATE_NOOP("AdminWords", "English or Chinese"),
    "bad_currency": QT_TRANSLATE_NOOP("AdminWords", "a three-letter code (e.g. USD, CNY)"),
    "not_a_url": QT_TRANSLATE_NOOP("AdminWords", "must start with http:// or https://"),
    "no_match": QT_TRANSLATE_NOOP("AdminWords", "does not match"),
    "mismatch": QT_TRANSLATE_NOOP("AdminWords", "the two passwords differ"),
    "bad_code": QT_TRANSLATE_NOOP("AdminWords", "lower-case letters, digits, '.', '_' and '-' only"),
    "taken": QT_TRANSLATE_NOOP("AdminWords", "already used"),
    "out_of_range": QT_TRANSLATE_NOOP("AdminWords", "out of range"),
    "unknown": QT_TRANSLATE_NOOP("AdminWords", "unknown"),
    "cycle": QT_TRANSLATE_NOOP("AdminWords", "cannot be below itself"),
    "last_admin": QT_TRANSLATE_NOOP("AdminWords", "the site needs at least one active administrator"),
    "bad_hours": QT_TRANSLATE_NOOP("AdminWords", "each day must open before it closes"),
    "no_hours": QT_TRANSLATE_NOOP("AdminWords", "choose at least one open day"),
    "bad_date": QT_TRANSLATE_NOOP("AdminWords", "not a date"),
    "before_first_response": QT_TRANSLATE_NOOP("AdminWords", "cannot be shorter than the first response"),
}
ACTIONS = {
    "edit_calendar": QT_TRANSLATE_NOOP("AdminWords", "change business calendars"),
    "edit_holiday": QT_TRANSLATE_NOOP("AdminWords", "change holidays"),
    "edit_policy": QT_TRANSLATE_NOOP("AdminWords", "change ring and wrap-up policies"),
    "read_policies": QT_TRANSLATE_NOOP("AdminWords", "see ring and wrap-up policies"),
}
# admin-only changes: refused in these words for anyone else
ADMIN_ONLY = {
    "edit_complaint_category": QT_TRANSLATE_NOOP(
        "AdminWords", "Only an administrator may change complaint categories."
    ),
    "edit_complaint_deadline": QT_TRANSLATE_NOOP("AdminWords", "Only an administrator may change complaint deadlines."),
    "edit_approval_limit": QT_TRANSLATE_NOOP("AdminWords", "Only an administrator may change approval limits."),
    "read_reference": QT_TRANSLATE_NOOP(
        "AdminWords", "Only a supervisor or an administrator may see the reference data."
    ),
}
STATES = {
    "site_exists": QT_TRANSLATE_NOOP("AdminWords", "This database already holds a site."),
    "has_users": QT_TRANSLATE_NOOP("AdminWords", "This database already has user accounts: sign in or join."),
}
SYNC = {
    "unauthorised": QT_TRANSLATE_NOOP("AdminWords", "Wrong user name or password."),
    "offline": QT_TRANSLATE_NOOP("AdminWords", "The server cannot be reached. Check the address and the network."),
    "unreachable": QT_TRANSLATE_NOOP("AdminWords", "The server cannot be reached. Check the address and the network."),
    "timeout": QT_TRANSLATE_NOOP("AdminWords", "The server did not answer in time. Try again."),
    "tls": QT_TRANSLATE_NOOP("AdminWords", "The server's certificate is not trusted."),
    "schema_mismatch": QT_TRANSLATE_NOOP("AdminWords", "The server runs a different version of the product."),
    "forbidden": QT_TRANSLATE_NOOP("AdminWords", "The server refused a change your role may not make."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(name: str) -> str:
    return tr(str(FIELDS[name])) if name in FIELDS else name.replace("_", " ")


def _action_word(name: str) -> str | None:
    return tr(str(ACTIONS[name])) if name in ACTIONS else None


_registered = False


def explain(error: BaseException) -> str:
    """One sentence in the user's language."""
    global _registered
    if not _registered:  # the administration's actions, for the shared sentence of a refusal
        from callcenter.gui import problems

        problems.register_words("action", _action_word)
        _registered = True
    p: Problem = as_problem(error)
    if isinstance(p, Invalid):
        fields = p.params.get("fields") or {}
        parts = [f"{field_name(f)}: {tr(str(REASONS[r])) if r in REASONS else r}" for f, r in fields.items()]
        return QCoreApplication.translate("AdminWords", "Please correct: %1").replace("%1", "; ".join(parts))
    if isinstance(p, NotPermitted) and p.params.get("action") in ADMIN_ONLY:
        return tr(str(ADMIN_ONLY[str(p.params["action"])]))
    if isinstance(p, IllegalStep) and p.params.get("state") in STATES:
        return tr(str(STATES[str(p.params["state"])]))
    if isinstance(p, SyncProblem) and p.params.get("reason") in SYNC:
        return tr(str(SYNC[str(p.params["reason"])]))
    return describe(p)
