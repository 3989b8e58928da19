"""Sample caller numbers from the store, for the demo "Ring me" source and,
later, the simulator: known customers, shared household lines, unknown, withheld
and malformed numbers, so the screen pop has every case to handle."""

from __future__ import annotations

import random

import phonenumbers
from sqlalchemy.engine import Connection

UNKNOWN_NUMBERS = ["+1 415 555 2671", "(212) 555-0147", "+86 139 1234 5678", "+44 20 7946 0123"]
MALFORMED_NUMBERS = ["12345", "+999 1234", "0000000000000000000", "ABC-DEFG"]
WITHHELD = ["anonymous", "withheld", ""]


def as_switch_sends(e164: str, region: str, rng: random.Random) -> str:
    """Switches deliver home-country callers in national form and others in E.164."""
    number = phonenumbers.parse(e164, None)
    if phonenumbers.region_code_for_number(number) == region and rng.random() < 0.7:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return e164


def sample_ani(conn: Connection, rng: random.Random, kind: str | None = None, region: str = "US") -> str:
    """A raw ANI as a switch would deliver it. ``kind``: known|shared|unknown|withheld|malformed."""
    if kind is None:
        kind = rng.choices(["known", "shared", "unknown", "withheld", "malformed"], [70, 10, 10, 5, 5])[0]
    if kind == "shared":
        row = conn.exec_driver_sql(
            "SELECT e164 FROM phones WHERE kind = 'home' AND e164 IN (SELECT e164 FROM "
            "(SELECT e164 FROM phones WHERE kind = 'home' AND rowid < 20000) GROUP BY e164 HAVING count(*) > 1 "
            "LIMIT 20) ORDER BY random() LIMIT 1"
        ).first()
        if row:
            return as_switch_sends(row[0], region, rng)
        kind = "known"
    if kind == "known":
        top = conn.exec_driver_sql("SELECT max(rowid) FROM phones").scalar() or 0
        for _ in range(5):
            row = conn.exec_driver_sql(
                "SELECT e164 FROM phones WHERE rowid >= ? AND e164 IS NOT NULL AND NOT deleted LIMIT 1",
                (rng.randint(1, max(top, 1)),),
            ).first()
            if row:
                return as_switch_sends(row[0], region, rng)
        kind = "unknown"
    if kind == "unknown":
        return rng.choice(UNKNOWN_NUMBERS)
    if kind == "withheld":
        return rng.choice(WITHHELD)
    return rng.choice(MALFORMED_NUMBERS)
