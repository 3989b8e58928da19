"""Realistic, deterministic demo data, fast enough for a million customers.

``generate(db_path, customers, seed)`` fills an empty store with customers
(people in households, companies with their contacts) and their phones, e-mails,
addresses, orders, order lines, call history, notes and complaints, plus users for
every role and the reference codes in English and Chinese.

Design notes:

* **Deterministic.** The same ``seed`` and ``customers`` give byte-identical
  content, ids included, on any machine and with any number of worker
  processes: customers are made in fixed-size chunks, each from its own
  ``random.Random(seed, chunk)``, and written in chunk order. Dates are relative
  to the fixed ``DEMO_AS_OF`` instant (not "today"), so the data is a snapshot
  of that day; pass ``as_of`` for another snapshot.
* **Sync-ready, but seed data.** Every row carries the sync columns (UUIDv7 ids
  that increase in insertion order so that B-tree inserts append, UTC
  created/updated times, an HLC stamp from device ``demo``, origin ``demo``,
  ``deleted`` 0). Demo rows are *not* written to ``change_log``: they are seed
  data that every copy of the demo generates for itself, not changes to ship.
* **Fast** (a million customers, about 14 million rows, in about two minutes on
  two cores). Rows are plain tuples, never ORM objects. Worker processes make
  chunks and park each in a scratch SQLite file (``executemany``); the parent
  copies them in with ``INSERT ... SELECT``, strictly in chunk order, one
  transaction per chunk. During the load: foreign-key checks off (rows are
  consistent by construction; a test runs ``foreign_key_check``),
  ``synchronous=OFF``, ``journal_mode=MEMORY``, a large page cache, and the two
  indexes whose keys arrive in random order are dropped and re-created from
  their own schema text at the end. Then ``search.rebuild`` fills the FTS index
  and ``ANALYZE`` runs; WAL and the usual pragmas are restored. Phone numbers
  are made directly in E.164 from ranges known to be valid and their raw forms
  derived by formatting: ``phonenumbers`` is never called per row. An
  interrupted load leaves an unusable file: delete it and run again (it is
  never marked as a demo, so it is never reused by mistake).
* **Refuses to mix.** A database that already holds customers or users is left
  alone (``ValueError``), unless it is a demo database generated with the same
  parameters, in which case ``generate`` returns at once with ``reused: True``.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import random
import sys
import threading
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

from callcenter.core.customers import tier_for_value
from callcenter.core.ids import HlcStamp, uuid7
from callcenter.store import demo_pools as P
from callcenter.store.complaints.demo import CaseWriter

DEMO_VERSION = 2  # bump when the generated content changes
DEMO_AS_OF = datetime(2026, 11, 25, tzinfo=UTC)
# Behaviour comes from processes with known parameters; the figures the pop shows (tier,
# value, churn risk, credit rating) are computed from it by `callcenter analytics recompute`.
# Purchases: BG/NBD (Fader, Hardie & Lee 2005): each customer buys at a Poisson rate
# lambda ~ Gamma(r, 1/alpha) per day and drops out after each purchase with p ~ Beta(a, b).
DEMO_BGNBD = {"person": (0.9, 75.0, 0.7, 3.5), "company": (1.4, 30.0, 0.5, 4.0)}  # r, alpha (days), a, b
DEMO_NEVER_ORDERED = 0.12  # share of customers who never ordered
# Invoices (customers on account: every company, a quarter of persons): due after 30 / 14 days.
# Each payer pays on time with probability ~ Beta(6, 1.5) (a bad payer, 6 %: Beta(1, 3)), late
# payments land 1 + Exp(mean 18) days after the due date, and a bad payer leaves 30 % unpaid.
DEMO_ON_ACCOUNT = 0.25
DEMO_BAD_PAYER = 0.06
DEVICE = "demo"
CHUNK = 5000  # customers per chunk; fixed, so that content never depends on the worker count
_ID_SPAN_MS = 1000  # id timestamp range of one chunk (ids of later chunks sort after)

# Demo logins shown by the login dialog on demo databases: (username, password, role).
DEMO_AGENT_COUNT = 20
DEMO_ACCOUNTS: list[tuple[str, str, str]] = [
    (f"agent{n}", f"agent{n}", "agent") for n in range(1, DEMO_AGENT_COUNT + 1)
] + [("supervisor1", "supervisor1", "supervisor"), ("trainer1", "trainer1", "trainer"), ("admin", "admin", "admin")]
# Display names and languages of the demo users, in DEMO_ACCOUNTS order.
_USER_NAMES = [
    ("Emma Clark", "en"),
    ("王芳", "zh_CN"),
    ("James Walker", "en"),
    ("李娜", "zh_CN"),
    ("Olivia Scott", "en"),
    ("张伟", "zh_CN"),
    ("Noah Evans", "en"),
    ("刘洋", "zh_CN"),
    ("Sophie Turner", "en"),
    ("陈静", "zh_CN"),
    ("Daniel Hughes", "en"),
    ("杨磊", "zh_CN"),
    ("Grace Bell", "en"),
    ("黄敏", "zh_CN"),
    ("Lucas Kelly", "en"),
    ("赵军", "zh_CN"),
    ("Chloe Price", "en"),
    ("吴婷", "zh_CN"),
    ("Ryan Brooks", "en"),
    ("周杰", "zh_CN"),
    ("Margaret Hill", "en"),
    ("孙丽", "zh_CN"),
    ("Admin", "en"),
]


# -- table layouts ------------------------------------------------------------------
_SYNC = ("id", "created_at", "updated_at", "hlc", "origin", "deleted")
COLUMNS: dict[str, tuple[str, ...]] = {
    "skills": _SYNC + ("code", "name_en", "name_zh"),
    "queues": _SYNC
    + (
        "code",
        "name_en",
        "name_zh",
        "skill_id",
        "priority",
        "service_level_target",
        "service_level_seconds",
        "calendar_id",
    ),
    # adminpol: the demo's business calendar, its holidays, the site's ring and wrap-up policy
    "business_calendars": _SYNC + ("code", "name_en", "name_zh", "time_zone", "hours", "active"),
    "holidays": _SYNC + ("calendar_id", "day", "name_en", "name_zh"),
    "ring_wrap_policies": _SYNC
    + (
        "queue_id",
        "ring_timeout_s",
        "max_missed_offers",
        "missed_reason",
        "after_missed",
        "missed_pause_s",
        "wrap_up_limit_s",
        "extension_allowed",
        "extension_s",
    ),
    "reason_codes": _SYNC + ("code", "name_en", "name_zh", "paid", "selectable"),
    "disposition_codes": _SYNC + ("parent_id", "code", "name_en", "name_zh"),
    "users": _SYNC + ("username", "display_name", "password_hash", "role", "language", "active"),
    "user_skills": _SYNC + ("user_id", "skill_id", "level"),
    "customers": _SYNC
    + (
        "account_no",
        "kind",
        "company_id",
        "given_name",
        "family_name",
        "company_name",
        "display_name",
        "preferred_language",
        "tier",
        "vip",
        "value_score",
        "currency",
        "credit_limit_minor",
        "balance_minor",
        "churn_risk",
        "do_not_call",
        "consent_marketing",
        "consent_recording",
        "id_number",
        "card_number",
        "customer_since",
    ),
    "phones": _SYNC + ("customer_id", "kind", "raw", "e164", "extension", "is_primary"),
    "emails": _SYNC + ("customer_id", "address", "kind"),
    "addresses": _SYNC + ("customer_id", "kind", "line1", "line2", "city", "region", "postcode", "country"),
    "orders": _SYNC + ("customer_id", "order_no", "ordered_at", "status", "channel", "currency", "total_minor"),
    "order_lines": _SYNC + ("order_id", "sku", "description", "quantity", "unit_price_minor", "amount_minor"),
    "interactions": _SYNC
    + (
        "customer_id",
        "direction",
        "channel",
        "ani_raw",
        "ani_e164",
        "queue_id",
        "agent_id",
        "offered_at",
        "answered_at",
        "ended_at",
        "wrap_ended_at",
        "hold_seconds",
        "hold_count",
        "outcome",
        "disposition_id",
        "transferred_to",
        "notes",
        "survey_csat",
    ),
    "customer_notes": _SYNC + ("customer_id", "author_id", "text", "private"),
    "invoices": _SYNC
    + (
        "customer_id",
        "invoice_no",
        "order_id",
        "issued_at",
        "due_at",
        "currency",
        "amount_minor",
        "paid_minor",
        "paid_at",
        "status",
    ),
    "payments": _SYNC + ("customer_id", "invoice_id", "paid_at", "currency", "amount_minor", "method"),
    "complaints": _SYNC
    + (
        "case_no",
        "customer_id",
        "interaction_id",
        "order_id",
        "channel",
        "category",
        "severity",
        "state",
        "summary",
        "customer_words",
        "desired_outcome",
        "owner_id",
        "opened_at",
        "acknowledge_due_at",
        "resolve_due_at",
        "closed_at",
        "team",
        "escalation_level",
        "needs_supervisor",
        "resolve_window_start",
        "acknowledged_at",
        "resolved_at",
        "root_cause",
        "resolution",
        "reopen_count",
        "survey_csat",
        "survey_buy_again",
        "breaches",
    ),
    "complaint_events": _SYNC
    + (
        "complaint_id",
        "seq",
        "at",
        "actor_id",
        "kind",
        "action",
        "from_state",
        "to_state",
        "ref_id",
        "comment",
        "data",
    ),
    "recovery_actions": _SYNC
    + (
        "complaint_id",
        "kind",
        "amount_minor",
        "currency",
        "reason",
        "status",
        "proposed_by",
        "proposed_role",
        "proposed_at",
        "decided_by",
        "decided_at",
    ),
    "follow_up_callbacks": _SYNC
    + (
        "complaint_id",
        "owner_id",
        "due_at",
        "status",
        "scheduled_by",
        "scheduled_at",
        "note",
        "finished_by",
        "finished_at",
        "outcome",
    ),
}
COLUMNS["products"] = _SYNC + (
    "sku",
    "name_en",
    "name_zh",
    "price_minor",
    "currency",
    "options",
    "active",
)  # intelorder
COLUMNS["surveys"] = _SYNC + (
    "customer_id",
    "interaction_id",
    "agent_id",
    "queue_id",
    "kind",
    "score",
    "answered_at",
)  # intel2: the post-call CSAT answers, per interaction and customer
# admincx: the site's complaint categories, deadlines per severity and approval limits, from
# the editable site defaults (resources/site/defaults.yaml), so the demo runs on its own tables
COLUMNS["complaint_categories"] = _SYNC + ("parent_id", "code", "name_en", "name_zh", "active")
COLUMNS["complaint_deadlines"] = _SYNC + ("severity", "first_response_minutes", "resolution_minutes")
COLUMNS["recovery_approval_limits"] = _SYNC + ("role", "kind", "amount_minor", "currency")
REFERENCE_TABLES = (
    "skills",
    "business_calendars",
    "queues",
    "reason_codes",
    "disposition_codes",
    "users",
    "user_skills",
    "products",
    "holidays",
    "ring_wrap_policies",
    "complaint_categories",
    "complaint_deadlines",
    "recovery_approval_limits",
)
CUSTOMER_TABLES = (
    "customers",
    "phones",
    "emails",
    "addresses",
    "orders",
    "order_lines",
    "interactions",
    "customer_notes",
    "complaints",
    "complaint_events",
    "recovery_actions",
    "follow_up_callbacks",
    "invoices",
    "payments",
    "surveys",
)
_DEFERRED_INDEXES = ("ix_phones_e164", "ix_interactions_agent_time")
_CLOSED_AT = COLUMNS["complaints"].index("closed_at")
_SURVEY_CSAT = COLUMNS["complaints"].index("survey_csat")
_INSERT = {t: f"INSERT INTO {t} ({', '.join(c)}) VALUES ({', '.join('?' * len(c))})" for t, c in COLUMNS.items()}

# -- time -----------------------------------------------------------------------------
_DAY_MS = 86_400_000
_HOUR_MS = 3_600_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAYS: dict[int, str] = {}
_TIME_OF_DAY = [f" {h:02d}:{m:02d}:{s:02d}." for h in range(24) for m in range(60) for s in range(60)]
_MICROS = [f"{ms:03d}000" for ms in range(1000)]


def _ms(dt: datetime) -> int:
    return (dt - _EPOCH) // timedelta(milliseconds=1)


def ts(ms: int) -> str:
    """Epoch milliseconds to the UTC text SQLAlchemy's SQLite DateTime stores
    ('YYYY-MM-DD HH:MM:SS.ffffff'), by table look-up: this runs tens of millions of times."""
    day, rest = divmod(ms, _DAY_MS)
    date = _DAYS.get(day)
    if date is None:
        date = _DAYS[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d")
    sec, milli = divmod(rest, 1000)
    return date + _TIME_OF_DAY[sec] + _MICROS[milli]


def hlc(ms: int) -> str:
    """``HlcStamp(ms, 0, 'demo').encode()``, inlined for speed (a test keeps them equal)."""
    return f"{ms:012x}-0000-demo"


# -- ids ------------------------------------------------------------------------------
class _Ids:
    """UUIDv7 ids, increasing per table in the order they are handed out.

    The id's time field is the chunk's slot after the snapshot instant plus a
    counter (the RFC 9562 "fixed counter" method puts its low 12 bits in rand_a),
    and the remaining 62 bits are random from the chunk's generator.
    """

    def __init__(self, base_ms: int, rng: random.Random):
        self.base = base_ms
        self.bits = rng.getrandbits
        self.makers: dict[str, object] = {}

    def __call__(self, table: str) -> str:
        return self.maker(table)()

    def maker(self, table: str):
        """A fast ``next id`` function for one table."""
        if table not in self.makers:
            base, bits, n = self.base, self.bits, -1

            def next_id() -> str:
                nonlocal n
                n += 1
                return uuid7(unix_ms=base + (n >> 12), rand=((n & 0xFFF) << 62) | bits(62))

            self.makers[table] = next_id
        return self.makers[table]


def _chunk_ids(as_of_ms: int, chunk_index: int, rng: random.Random) -> _Ids:
    return _Ids(as_of_ms + chunk_index * _ID_SPAN_MS, rng)


# -- phone numbers --------------------------------------------------------------------
_PERM_A = 2_654_435_761  # prime, coprime with every space size: serial -> number is a bijection


def phone_number(space: str, serial: int) -> tuple[str, str]:
    """The number with this serial in a demo space: (country code, national digits).

    Distinct serials below the space size give distinct numbers, so the only
    shared numbers are the ones the generator shares on purpose.
    """
    cc, prefixes, rest = P.PHONE_SPACES[space]
    size = len(prefixes) * 10**rest
    x = (serial * _PERM_A + 7919 * len(space)) % size
    block, line = divmod(x, 10**rest)
    return cc, f"{prefixes[block]}{line:0{rest}d}"


def _groups(country: str, nsn: str) -> tuple[str, str, str, str]:
    """(trunk prefix, area part, first group, second group) of a national number."""
    if country == "US":
        return "1", nsn[:3], nsn[3:6], nsn[6:]
    if country == "CN":
        if nsn[0] == "1":  # mobile, dialled without a trunk prefix: 138 0013 8000
            return "", nsn[:3], nsn[3:7], nsn[7:]
        area = 3 if nsn.startswith("755") else 2
        return "0", nsn[:area], nsn[area : area + 4], nsn[area + 4 :]
    if country == "GB":
        if nsn[0] == "7":  # 07700 900123
            return "0", nsn[:4], nsn[4:], ""
        if nsn.startswith("20"):  # 020 7946 0123
            return "0", nsn[:2], nsn[2:6], nsn[6:]
        return "0", nsn[:3], nsn[3:6], nsn[6:]  # 0161 496 0123
    return "", "", nsn[:4], nsn[4:]  # HK, SG: 9123 4567


def _join(*parts: str, sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


def raw_formats(country: str, cc: str, nsn: str) -> list[str]:
    """How people and CRM exports write one number: national and international styles."""
    trunk, area, a, b = _groups(country, nsn)
    if country == "US":
        return [
            f"({area}) {a}-{b}",
            f"{area}-{a}-{b}",
            f"{area}.{a}.{b}",
            f"+1 {area}-{a}-{b}",
            f"+1 ({area}) {a}-{b}",
            f"1-{area}-{a}-{b}",
            nsn,
            f"+1{nsn}",
            f"001 {area} {a} {b}",
        ]
    if country in ("HK", "SG"):
        return [f"{a} {b}", f"{a}{b}", f"+{cc} {a} {b}", f"+{cc}-{a}-{b}", f"00{cc} {a} {b}", f"(+{cc}) {a} {b}"]
    national = _join(trunk + area, a, b)
    intl = _join(f"+{cc}", area, a, b)
    forms = [
        national,
        trunk + nsn,
        intl,
        f"00{cc} {_join(area, a, b)}",
        f"+{cc}{nsn}",
        _join(trunk + area, a + b, sep="-") if b else national.replace(" ", "-"),
    ]
    if country == "CN":
        forms.append(f"(+86) {nsn}")
        forms.append(f"({trunk}{area}) {a}-{b}" if nsn[0] != "1" else f"+86-{area}-{a}-{b}")
    else:  # GB
        forms.append(_join(f"+{cc} (0){area}", a, b))
        if nsn[0] != "7":
            forms.append(_join(f"({trunk}{area})", a, b))
    return forms


_EXTENSION_STYLES = {"CN": [" 转{}", " 分机 {}", " ext. {}"], "default": [" ext. {}", " x{}", " ext {}", " #{}"]}


# -- weighted choice ------------------------------------------------------------------
class _Pick:
    """Weighted choice by bisect over cumulative weights (fast, deterministic)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = []
        total = 0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def __call__(self, r) -> object:
        return self.items[bisect.bisect_right(self.cum, r() * self.total)]


def _round_price(usd: float, currency: str) -> int:
    """A shelf price in minor units: 79 USD -> 7900; 7.2 CNY per USD -> 569 CNY, ..."""
    value = usd * P.PER_USD[currency]
    if currency == "CNY":
        return int(round(value)) * 100 if value < 100 else int(round(value / 10) * 10 - 1) * 100
    if value < 20:
        return int(round(value * 2)) * 50 - 1 if value >= 2 else int(round(value * 100))
    return int(round(value)) * 100 - 1


_PRICES = {cur: [_round_price(p[3], cur) for p in P.PRODUCTS] for cur in P.PER_USD}
_PRODUCT = _Pick(range(len(P.PRODUCTS)), [p[4] for p in P.PRODUCTS])
_SKUS = [p[0] for p in P.PRODUCTS]
_DESCRIPTIONS = {False: [p[1] for p in P.PRODUCTS], True: [p[2] for p in P.PRODUCTS]}
_MAX_QTY = [p[5] for p in P.PRODUCTS]
_COUNTRY = _Pick(list(P.COUNTRIES), [v[0] for v in P.COUNTRIES.values()])
_CN_FAMILY = _Pick([(f, py) for f, py, _ in P.CN_FAMILY], [w for _, _, w in P.CN_FAMILY])
_LINES = _Pick([1, 2, 3], [55, 30, 15])
_CHANNEL = _Pick(["web", "app", "phone", "store"], [45, 25, 20, 10])
_SEVERITY = _Pick(["low", "medium", "high", "critical"], [25, 45, 22, 8])
_RESOLVE_DAYS = {"low": 21, "medium": 14, "high": 7, "critical": 3}
_OPEN_STATE = _Pick(P.COMPLAINT_OPEN_STATES, [25, 20, 10, 25, 12, 8])
_CSAT = _Pick([1, 2, 3, 4, 5], [5, 8, 17, 38, 32])  # post-call survey
_EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com"]
_CREDIT_USD = {"bronze": 500, "silver": 2000, "gold": 5000, "platinum": 20000}


# -- reference data and users ----------------------------------------------------------
def _reference(seed: int, as_of_ms: int) -> tuple[dict[str, list[tuple]], dict]:
    """Skills, queues, reason and disposition codes, users: rows plus the ids workers need."""
    from callcenter.store.demo_passwords import demo_hash

    rng = random.Random(f"demo-reference-{seed}")
    ids = _chunk_ids(as_of_ms, 0, rng)
    t0 = as_of_ms - 3 * 365 * _DAY_MS  # the centre opened three years before the snapshot
    created, stamp = ts(t0), HlcStamp(t0, 0, DEVICE).encode()

    def sync(table: str) -> tuple:
        return (ids(table), created, created, stamp, DEVICE, 0)

    rows: dict[str, list[tuple]] = {t: [] for t in REFERENCE_TABLES}
    skill_ids = {}
    for code, en, zh in P.SKILLS:
        row = sync("skills") + (code, en, zh)
        skill_ids[code] = row[0]
        rows["skills"].append(row)
    queue_ids = {}
    for code, en, zh, skill, priority, target, seconds in P.QUEUES:
        row = sync("queues") + (code, en, zh, skill_ids[skill], priority, target, seconds)
        queue_ids[code] = row[0]
        rows["queues"].append(row)
    for code, en, zh, paid, selectable in P.REASON_CODES:
        rows["reason_codes"].append(sync("reason_codes") + (code, en, zh, int(paid), int(selectable)))
    dispo_ids = {}
    for code, parent, en, zh in P.DISPOSITIONS:
        row = sync("disposition_codes") + (dispo_ids[parent] if parent else None, code, en, zh)
        dispo_ids[code] = row[0]
        rows["disposition_codes"].append(row)

    users = {}
    for (username, password, role), (name, lang) in zip(DEMO_ACCOUNTS, _USER_NAMES):
        rng.getrandbits(128)  # (once a salt: drawn still, so the rest of the data stays as it was)
        # the product's own argon2 parameters, a salt per account: the same hash in every demo
        row = sync("users") + (username, name, demo_hash(username, password), role, lang, 1)
        users[username] = (row[0], lang, role)
        rows["users"].append(row)
    for n in range(1, DEMO_AGENT_COUNT + 1):
        user_id, lang, _ = users[f"agent{n}"]
        skills = [("general", 3), ("mandarin" if lang == "zh_CN" else "english", 5)]
        skills.append((["billing", "orders", "complaints", "orders"][n % 4], 2 + n % 4))
        if n % 5 == 0:
            skills.append(("vip", 4))
        for skill, level in skills:
            rows["user_skills"].append(sync("user_skills") + (user_id, skill_ids[skill], level))
    # intelorder: the catalogue the demo orders' lines reference, in every demo currency
    for currency, prices in _PRICES.items():
        for (sku, en, zh, *_), price in zip(P.PRODUCTS, prices):
            rows["products"].append(sync("products") + (sku, en, zh, price, currency, "", 1))
    _calendars_and_policies(rows, sync, queue_ids)
    _complaint_reference(rows, sync)
    context = {
        "agents_en": [users[f"agent{n}"][0] for n in range(1, DEMO_AGENT_COUNT + 1) if users[f"agent{n}"][1] == "en"],
        "agents_zh": [users[f"agent{n}"][0] for n in range(1, DEMO_AGENT_COUNT + 1) if users[f"agent{n}"][1] != "en"],
        "supervisors": [users["supervisor1"][0]],
        "agent1": users["agent1"][0],
        "queues": queue_ids,
        "dispositions": dispo_ids,
    }
    return rows, context


def _calendars_and_policies(rows: dict[str, list[tuple]], sync, queue_ids: dict[str, str]) -> None:
    """adminpol: the site default policy with the product's constants (calls ring, miss and
    wrap up as before), and office hours with public holidays on the Billing queue only."""
    from callcenter.core.policies import DEFAULT_POLICY as p

    cal = sync("business_calendars") + (
        "office",
        "Office hours",
        "办公时间",
        "Asia/Shanghai",
        '{"0":["08:00","20:00"],"1":["08:00","20:00"],"2":["08:00","20:00"],"3":["08:00","20:00"],'
        '"4":["08:00","20:00"],"5":["09:00","13:00"]}',
        1,
    )
    rows["business_calendars"].append(cal)
    for day, en, zh in P.HOLIDAYS:
        rows["holidays"].append(sync("holidays") + (cal[0], day, en, zh))
    rows["queues"] = [
        q + (cal[0] if q[6] == "billing" else None,) for q in rows["queues"]
    ]  # (id, 5 sync columns, code, ...): the Billing line keeps office hours
    rows["ring_wrap_policies"].append(
        sync("ring_wrap_policies")
        + (
            None,
            p.ring_timeout_s,
            p.max_missed_offers,
            p.missed_reason,
            p.after_missed,
            p.missed_pause_s,
            p.wrap_up_limit_s,
            int(p.extension_allowed),
            p.extension_s,
        )
    )


def _complaint_reference(rows: dict[str, list[tuple]], sync) -> None:
    """admincx: complaint categories, deadlines and approval limits as a new site gets them."""
    import yaml

    from callcenter.assets import resource
    from callcenter.core.site import parse_defaults

    path = resource("site", "defaults.yaml")
    defaults = parse_defaults(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    category_ids: dict[str, str] = {}
    for item in defaults.complaint_categories:
        parent = item.extra.get("parent")
        row = sync("complaint_categories") + (category_ids[parent] if parent else None, item.code, item.en, item.zh, 1)
        category_ids[item.code] = row[0]
        rows["complaint_categories"].append(row)
    for severity, first_response, resolution in defaults.complaint_deadlines:
        rows["complaint_deadlines"].append(sync("complaint_deadlines") + (severity, first_response, resolution))
    for role, kind, amount in defaults.approval_limits:
        rows["recovery_approval_limits"].append(sync("recovery_approval_limits") + (role, kind, amount, "USD"))


# -- customers -------------------------------------------------------------------------
class _Chunk:
    """Customers ``start .. start+count-1`` with everything that hangs off them."""

    def __init__(self, seed: int, chunk_index: int, start: int, as_of_ms: int, ctx: dict):
        self.rng = rng = random.Random(seed * 1_000_003 + chunk_index)
        self.r = rng.random
        self.ids = _chunk_ids(as_of_ms, chunk_index, rng)
        self.as_of = as_of_ms
        self.start = start
        self.ctx = ctx
        self.rows: dict[str, list[tuple]] = {t: [] for t in CUSTOMER_TABLES}
        q, d = ctx["queues"], ctx["dispositions"]
        self.queue_pick = {
            "en": _Pick(["general", "orders", "billing", "complaints"], [45, 33, 18, 4]),
            "zh_CN": _Pick(["mandarin", "general", "orders", "billing", "complaints"], [35, 15, 28, 18, 4]),
        }
        self.q = q
        self.dispo = {
            "general": _Pick(
                [
                    d["support.resolved"],
                    d["support.info"],
                    d["support.callback"],
                    d["sales.new_order"],
                    d["sales.quote"],
                ],
                [40, 30, 10, 12, 8],
            ),
            "orders": _Pick(
                [
                    d["support.delivery.traced"],
                    d["support.delivery.rescheduled"],
                    d["sales.new_order"],
                    d["sales.upsell"],
                    d["support.resolved"],
                ],
                [35, 20, 20, 10, 15],
            ),
            "billing": _Pick(
                [d["billing.payment"], d["billing.refund"], d["billing.dispute"], d["billing.credit_review"]],
                [45, 25, 15, 15],
            ),
            "complaints": _Pick(
                [d["complaint.logged"], d["complaint.recovery"], d["complaint.escalated"]], [50, 35, 15]
            ),
            "vip": _Pick(
                [d["support.resolved"], d["sales.upsell"], d["billing.credit_review"], d["sales.new_order"]],
                [40, 25, 15, 20],
            ),
        }
        self.dispo["mandarin"] = self.dispo["general"]
        self.d = d
        self.nid = {t: self.ids.maker(t) for t in CUSTOMER_TABLES}
        self.cases = CaseWriter(self, ts, hlc, DEVICE)
        self.first_open_case = False
        self._order_facts: dict[str, tuple[int, int, str]] = {}

    # -- small helpers
    def choice(self, seq):
        return seq[int(self.r() * len(seq))]

    def between(self, lo: int, hi: int) -> int:
        return lo + int(self.r() * (hi - lo)) if hi > lo else lo

    def expo(self, mean: float) -> int:
        return int(-math.log(1.0 - self.r()) * mean)

    def sync(self, table: str, created: int, updated: int | None = None) -> tuple:
        c = ts(created)
        if updated is None or updated == created:
            return (self.nid[table](), c, c, hlc(created), DEVICE, 0)
        return (self.nid[table](), c, ts(updated), hlc(updated), DEVICE, 0)

    def at_since(self, table: str) -> tuple:
        """Sync columns of a row created with the customer (phones, e-mails, addresses)."""
        return (self.nid[table](), self.since_ts, self.since_ts, self.since_hlc, DEVICE, 0)

    # -- names
    def person_name(self, country: str, chinese: bool, family: tuple | None = None) -> dict:
        r = self.r
        if chinese:
            fam = family or _CN_FAMILY(r)
            if r() < 0.25:
                giv = self.choice(P.CN_GIVEN_SINGLE)
            else:
                a, b = self.choice(P.CN_GIVEN_FIRST), self.choice(P.CN_GIVEN_SECOND)
                giv = (a[0] + b[0], a[1] + b[1])
            lang = "zh_CN" if country in ("CN", "HK", "SG") or r() < 0.5 else "en"
            return {
                "given": giv[0],
                "family": fam[0],
                "display": fam[0] + giv[0],
                "lang": lang,
                "ascii": (giv[1], fam[1]),
                "family_key": fam,
            }
        if family is None:
            if country in ("HK", "SG") and r() < 0.6:
                family = (self.choice(P.ASIA_EN_FAMILY),) * 2
            else:
                family = (self.choice(P.EN_FAMILY),) * 2
        given = self.choice(P.EN_GIVEN)
        return {
            "given": given,
            "family": family[0],
            "display": f"{given} {family[0]}",
            "lang": "en",
            "ascii": (given.lower(), family[0].lower()),
            "family_key": family,
        }

    def company_name(self, country: str, chinese: bool) -> tuple[str, str]:
        """(name, ascii slug for e-mail domains)."""
        if chinese and country == "CN":
            word = self.choice(P.CN_COMPANY_WORD)
            name = f"{self.choice(P.CN_COMPANY_CITY)}{word[0]}{self.choice(P.CN_COMPANY_TRADE)}有限公司"
            return name, word[1]
        first, second = self.choice(P.EN_COMPANY_FIRST), self.choice(P.EN_COMPANY_SECOND)
        suffix = self.choice(P.EN_COMPANY_SUFFIX[country])
        slug = first.lower().replace(" ", "") + second.split()[0].lower()
        return f"{first} {second} {suffix}", slug

    # -- phones
    def phone(
        self,
        customer_id: str,
        created: int,
        country: str,
        kind: str,
        serial: int,
        primary: bool,
        extension: str | None = None,
        number: tuple[str, str] | None = None,
    ) -> tuple[str, str, str]:
        """Write one phone row; returns (raw, e164, national number as dialled at home)."""
        r = self.r
        if number is None:
            space = f"{country}_{'mobile' if kind == 'mobile' else 'fixed'}"
            if space == "CN_fixed" and r() < 0.25:
                space = "CN_fixed_sz"
            elif space == "GB_fixed" and r() < 0.25:
                space = "GB_fixed_man"
            number = phone_number(space, serial)
        cc, nsn = number
        forms = raw_formats(country, cc, nsn)
        # Usually the local style; otherwise any of the national, international or export styles.
        raw = forms[0] if r() < 0.45 else self.choice(forms)
        if extension:
            styles = _EXTENSION_STYLES.get(country, _EXTENSION_STYLES["default"])
            raw += self.choice(styles).format(extension)
        e164 = f"+{cc}{nsn}"
        national = _groups(country, nsn)[0] + nsn if country in ("CN", "GB") else nsn
        self.rows["phones"].append(self.at_since("phones") + (customer_id, kind, raw, e164, extension, int(primary)))
        return raw, e164, national

    # -- addresses
    def address(self, country: str, zh: bool) -> tuple[str, str, str, str, str]:
        """(line1, line2, city, region, postcode) in the customer's language."""
        r, choice = self.r, self.choice
        if country == "US":
            city, state, zip3 = choice(P.US_CITIES)
            line2 = f"Apt {self.between(1, 40)}{choice('ABCDEF')}" if r() < 0.3 else ""
            return (
                f"{self.between(10, 9999)} {choice(P.US_STREETS)} {choice(P.US_SUFFIXES)}",
                line2,
                city,
                state,
                f"{zip3}{self.between(1, 99):02d}",
            )
        if country == "CN":
            city, province, districts, post = choice(P.CN_CITIES)
            line2 = f"{self.between(1, 30)}号楼{self.between(1, 6)}单元{self.between(1, 32)}{self.between(1, 8):02d}室"
            return (
                f"{choice(districts)}{choice(P.CN_STREETS)}{self.between(1, 999)}号",
                line2,
                city,
                province,
                f"{post}{self.between(0, 999):03d}",
            )
        if country == "GB":
            city, areas = choice(P.GB_CITIES)
            postcode = (
                f"{choice(areas)}{self.between(1, 20)} {self.between(1, 9)}"
                f"{choice('ABDEFGHJLNPQRSTUWXYZ')}{choice('ABDEFGHJLNPQRSTUWXYZ')}"
            )
            line2 = f"Flat {self.between(1, 30)}" if r() < 0.3 else ""
            return f"{self.between(1, 250)} {choice(P.GB_STREETS)}", line2, city, "", postcode
        if country == "HK":
            d_en, d_zh, reg_en, reg_zh = choice(P.HK_DISTRICTS)
            st_en, st_zh = choice(P.HK_STREETS)
            b_en, b_zh = choice(P.HK_BUILDINGS)
            num, floor, flat = self.between(1, 400), self.between(2, 40), f"{self.between(1, 12)}{choice('ABCDEFGH')}"
            if zh:
                return f"{d_zh}{st_zh}{num}号", f"{b_zh}{floor}楼{flat}室", "香港", reg_zh, ""
            return f"{num} {st_en}", f"Flat {flat}, {floor}/F, {b_en}", d_en, reg_en, ""
        # SG
        block = self.between(1, 999)
        unit = f"#{self.between(2, 25):02d}-{self.between(1, 200):02d}"
        return f"Blk {block} {choice(P.SG_STREETS)}", unit, "Singapore", "", f"{self.between(10, 82):02d}{block:04d}"

    # -- one customer and everything it owns
    def customer(
        self,
        i: int,
        country: str,
        kind: str,
        name: dict | None = None,
        company: tuple | None = None,
        home: tuple | None = None,
        contact_of: tuple | None = None,
    ) -> dict:
        r, rows, as_of = self.r, self.rows, self.as_of
        cid = self.nid["customers"]()
        currency = P.COUNTRIES[country][1]
        since = as_of - int(3650 * r() ** 1.7 * _DAY_MS) - 7 * _DAY_MS
        since -= since % 1000
        since_ts = self.since_ts = ts(since)
        self.since_hlc = hlc(since)
        if kind == "company":
            display, given, family, company_name = company[0], "", "", company[0]
            lang = company[2]
        else:
            display, given, family = name["display"], name["given"], name["family"]
            lang = name["lang"]
            company_name = contact_of[1] if contact_of else ""
        zh = lang == "zh_CN"

        # phones: slot 0 mobile, 1 second own line, 2 the home line a household shares, 3 company line
        serial = i * 4
        phones: list[tuple[str, str, str]] = []
        switchboard = None
        if kind == "company":
            switchboard = phone_number(f"{country}_fixed", serial + 3)
            phones.append(self.phone(cid, since, country, "work", 0, True, number=switchboard))
            if r() < 0.2:
                self.phone(cid, since, country, "fax", serial + 1, False)
        else:
            has_mobile = r() < (0.5 if home else 0.96)
            if has_mobile:
                phones.append(self.phone(cid, since, country, "mobile", serial, True))
            if home:  # the shared household line (same number, each member's own way of writing it)
                phones.append(self.phone(cid, since, country, "home", 0, not has_mobile, number=home[0]))
            if contact_of and r() < 0.8:
                if r() < 0.4:  # the company's switchboard plus an extension
                    ext = str(self.between(10, 400))
                    phones.append(self.phone(cid, since, country, "work", 0, not phones, ext, number=contact_of[2]))
                else:
                    phones.append(self.phone(cid, since, country, "work", serial + 1, not phones))
            elif not home and r() < 0.22:
                phones.append(self.phone(cid, since, country, "work" if r() < 0.6 else "home", serial + 1, not phones))
            if not phones:
                phones.append(self.phone(cid, since, country, "mobile", serial, True))

        # e-mail
        if kind == "company":
            rows["emails"].append(self.at_since("emails") + (cid, f"info@{company[1]}.example.com", "work"))
        elif contact_of or r() < 0.75:
            g, f = name["ascii"]
            if contact_of:
                address, ekind = f"{g}.{f}@{contact_of[3]}.example.com", "work"
            else:
                n = self.between(1, 99)
                local = f"{g}.{f}" if r() < 0.5 else f"{f}{g}{n}"
                address, ekind = f"{local}@{self.choice(_EMAIL_DOMAINS)}", "personal"
            rows["emails"].append(self.at_since("emails") + (cid, address, ekind))

        # addresses
        if home:
            rows["addresses"].append(self.at_since("addresses") + (cid, "home", *home[1], country))
        elif kind == "company":
            addr = self.address(country, zh)
            rows["addresses"].append(self.at_since("addresses") + (cid, "office", *addr, country))
            if r() < 0.4:
                rows["addresses"].append(self.at_since("addresses") + (cid, "billing", *addr, country))
        elif not contact_of or r() < 0.3:
            addr = self.address(country, zh)
            rows["addresses"].append(self.at_since("addresses") + (cid, "home", *addr, country))
            if r() < 0.1:
                rows["addresses"].append(
                    self.at_since("addresses") + (cid, "delivery", *self.address(country, zh), country)
                )

        # orders from the BG/NBD process (DEMO_BGNBD) over at most five years, and their lines
        first = max(since, as_of - 5 * 365 * _DAY_MS)
        times = []
        if r() >= DEMO_NEVER_ORDERED:
            pr, palpha, pa, pb = DEMO_BGNBD[kind]
            lam = self.rng.gammavariate(pr, 1 / palpha)  # purchases per day
            drop = self.rng.betavariate(pa, pb)
            at = self.between(first, as_of - 3_600_000)
            while at < as_of - 3_600_000 and len(times) < 60:
                times.append(at)
                if r() < drop:
                    break
                at += max(_DAY_MS, int(-math.log(1.0 - r()) / max(lam, 1e-6) * _DAY_MS))
        n_orders = len(times)
        prices = _PRICES[currency]
        spend_minor = 0
        order_nos = []
        last_activity = since
        next_order, next_line = self.nid["orders"], self.nid["order_lines"]
        add_order, add_line = rows["orders"].append, rows["order_lines"].append
        descriptions = _DESCRIPTIONS[zh]
        company = kind == "company"
        for k, at in enumerate(times):
            oid = next_order()
            at_ts, at_hlc = ts(at), hlc(at)
            age = as_of - at
            x = r()
            if x < 0.04:
                status = "cancelled"
            elif age < 2 * _DAY_MS:
                status = "processing"
            elif age < 8 * _DAY_MS:
                status = "shipped"
            else:
                status = "returned" if x < 0.07 else "delivered"
            total = 0
            seen = []
            for _ in range(_LINES(r)):
                p = _PRODUCT(r)
                if p in seen:
                    continue
                seen.append(p)
                qty = 1 if r() < 0.75 else 2 + int(r() * _MAX_QTY[p])
                if company:
                    qty *= 1 + int(r() * 12)
                unit = prices[p]
                amount = unit * qty
                total += amount
                add_line(
                    (next_line(), at_ts, at_ts, at_hlc, DEVICE, 0, oid, _SKUS[p], descriptions[p], qty, unit, amount)
                )
            if status == "delivered" or status == "returned":
                updated = min(as_of, at + (2 + int(r() * 6)) * _DAY_MS)
                head = (oid, at_ts, ts(updated), hlc(updated), DEVICE, 0)
            else:
                updated = at
                head = (oid, at_ts, at_ts, at_hlc, DEVICE, 0)
            order_no = f"SO{i:08d}{k:02d}"
            add_order(head + (cid, order_no, at_ts, status, _CHANNEL(r), currency, total))
            if status != "cancelled" and status != "returned":
                spend_minor += total
            order_nos.append((oid, order_no))
            self._order_facts[oid] = (at, total, status)
            if updated > last_activity:
                last_activity = updated

        outstanding = 0
        if kind == "company" or r() < DEMO_ON_ACCOUNT:
            outstanding = self.invoices(i, cid, currency, kind, order_nos)
        self._order_facts.clear()

        # value band (for the credit limit only) and credit
        spend_usd = spend_minor / 100 / P.PER_USD[currency]
        tenure_years = (as_of - since) / (365 * _DAY_MS)
        value = int(24 * math.log10(1 + spend_usd) - 16 + 2.5 * tenure_years)
        value = max(0, min(100, value))
        band = tier_for_value(value)  # the credit-limit band only; the tier is computed, not written
        vip = r() < (0.3 if band == "platinum" else 0.02)  # VIP stays a manual flag
        limit = _CREDIT_USD[band] * (5 if kind == "company" else 1) * P.PER_USD[currency]
        limit_minor = int(round(limit, -2)) * 100
        x = r()
        if x < 0.70:
            balance = int(limit_minor * r() * 0.4)
        elif x < 0.92:
            balance = int(limit_minor * (0.4 + r() * 0.5))
        elif x < 0.97:
            balance = int(limit_minor * (0.95 + r() * 0.05))
        else:
            balance = int(limit_minor * (1.0 + r() * 0.2))  # over the limit
        balance = self.opening_balance(i, cid, currency, kind, balance, outstanding)

        # calls
        agents = self.ctx["agents_zh"] if zh and r() < 0.85 else self.ctx["agents_en"]
        n_calls = min(40, self.expo(2.2 + 0.4 * min(n_orders, 8)))
        call_first = max(since, as_of - 3 * 365 * _DAY_MS)
        tz = P.COUNTRIES[country][3]
        call_times = []
        for _ in range(n_calls):
            day = self.between(call_first // _DAY_MS, as_of // _DAY_MS + 1)
            local = self.between(8 * _HOUR_MS, 21 * _HOUR_MS)
            at = day * _DAY_MS + local - tz * _HOUR_MS
            at -= at % 1000
            if call_first <= at < as_of:
                call_times.append(at)
        call_times.sort()
        calls = []
        for at in call_times:
            calls.append(self.call(cid, at, lang, zh, phones, agents, "vip" if vip and r() < 0.6 else None, order_nos))
            last_activity = max(last_activity, at)

        # notes
        if r() < 0.12:
            for _ in range(1 + (r() < 0.3)):
                private = r() < 0.25
                en_t, zh_t = self.choice(P.PRIVATE_NOTES if private else P.CUSTOMER_NOTES)
                at = self.between(since, as_of)
                author = self.choice(agents if r() < 0.8 else self.ctx["supervisors"])
                rows["customer_notes"].append(
                    self.sync("customer_notes", at) + (cid, author, zh_t if zh else en_t, int(private))
                )

        # complaints: some closed in the past, a few still open at the snapshot
        open_complaint = False
        if kind == "person" and ((i - self.start) % 200 == 37 or (calls and r() < 0.02)):
            open_complaint = (i - self.start) % 200 == 37 or r() < 0.2
            opened = self.complaint(i, cid, lang, zh, phones, agents, order_nos, calls, open_complaint, currency)
            last_activity = max(last_activity, opened)

        id_number = self.id_number(country, since) if kind == "person" and r() < 0.2 else ""
        card = self.choice(P.TEST_CARDS) if r() < 0.1 else ""
        rows["customers"].append(
            (cid, since_ts, ts(last_activity), hlc(last_activity), DEVICE, 0)
            + (
                f"C{10_000_001 + i}",
                kind,
                contact_of[0] if contact_of else None,
                given,
                family,
                company_name,
                display,
                lang,
                "bronze",  # tier, value and churn risk: computed by the analytics recompute
                int(vip),
                0,
                currency,
                limit_minor,
                balance,
                0,
                int(r() < 0.04),
                int(r() < (0.55 if zh else 0.45)),
                int(r() < 0.97),
                id_number,
                card,
                since_ts,
            )
        )
        return {"id": cid, "switchboard": switchboard}

    def call(self, cid, at, lang, zh, phones, agents, queue, order_nos):
        r, d = self.r, self.d
        raw, e164, national = self.choice(phones)
        ani = e164 if r() < 0.7 else national  # what the switch delivers: E.164 or national digits
        inbound = r() < 0.85
        queue = queue or self.queue_pick["zh_CN" if zh else "en"](r)
        agent = self.choice(agents)
        x = r()
        answered = ended = wrap = None
        hold_s = hold_n = 0
        transferred = ""
        if inbound and x < 0.08:  # caller hung up in the queue
            outcome, agent, dispo = "abandoned", None, d["no_contact.abandoned"]
            ended = at + 1000 * (5 + self.expo(60))
        elif x < 0.10:
            outcome, dispo = "failed", d["no_contact.dropped" if inbound else "no_contact.voicemail"]
            ended = at + 1000 * (5 + self.expo(20))
            wrap = ended + 1000 * self.between(5, 30)
        else:
            answered = at + 1000 * (self.expo(25) if inbound else self.between(5, 20))
            talk = 45 + self.expo(240)
            if r() < 0.25:
                hold_n = 1 + (r() < 0.3)
                hold_s = min(talk - 10, self.between(10, 120) * hold_n)
            ended = answered + 1000 * talk
            wrap = ended + 1000 * self.between(8, 90)
            if x < 0.14:
                outcome, dispo = "transferred", d["support.escalated"]
                transferred = "complaints" if r() < 0.3 else "billing"
            else:
                outcome, dispo = "completed", self.dispo[queue](r)
        notes = ""
        if answered is not None and r() < 0.7:
            en_t, zh_t = self.choice(P.CALL_NOTES)
            template = zh_t if zh else en_t
            if "{order}" in template:
                template = template.format(order=self.choice(order_nos)[1]) if order_nos else ""
            notes = template
        at_ts, ended_ts = ts(at), ts(ended)
        wrap_ts = ts(wrap) if wrap else None
        iid = self.nid["interactions"]()
        self.rows["interactions"].append(
            (
                iid,
                at_ts,
                wrap_ts or ended_ts,
                hlc(wrap or ended),
                DEVICE,
                0,
                cid,
                "inbound" if inbound else "outbound",
                "voice",
                ani,
                e164,
                self.q[queue],
                agent,
                at_ts,
                ts(answered) if answered else None,
                ended_ts,
                wrap_ts,
                hold_s,
                hold_n,
                outcome,
                dispo,
                transferred,
                notes,
                _CSAT(r) if answered is not None and r() < 0.15 else None,
            )
        )
        csat = self.rows["interactions"][-1][-1]
        if csat is not None:  # the answer is also a survey row (the figures per queue, agent, segment)
            self.rows["surveys"].append(
                (self.nid["surveys"](), wrap_ts or ended_ts, wrap_ts or ended_ts, hlc(wrap or ended), DEVICE, 0)
                + (cid, iid, agent, self.q[queue], "csat", csat, wrap_ts or ended_ts)
            )
        return iid, at, agent

    def complaint(self, i, cid, lang, zh, phones, agents, order_nos, calls, is_open, currency):
        r, as_of = self.r, self.as_of
        category, s_en, s_zh, w_en, w_zh, o_en, o_zh = self.choice(P.COMPLAINTS)
        severity = _SEVERITY(r)
        if is_open:  # a call logged it: mostly this week, some weeks ago and now overdue
            recent = r() < 0.8
            if (i - self.start) == 237:  # one per chunk opened weeks ago and overdue now, whatever the draws
                opened = as_of - self.between(35 * _DAY_MS, 42 * _DAY_MS)
            else:
                opened = as_of - self.between(2 * _HOUR_MS, (5 if recent else 42) * _DAY_MS)
            opened -= opened % 1000
            call_id, _, agent = self.call(cid, opened, lang, zh, phones, agents, "complaints", order_nos)
            state = _OPEN_STATE(r) if (i - self.start) != 237 else "acknowledged"
            closed = None
        else:
            call_id, opened, agent = self.choice(calls)
            state = "closed" if r() < 0.7 else "follow_up_done"
            closed = opened + self.between(_DAY_MS, int(_RESOLVE_DAYS[severity] * 1.3 * _DAY_MS))
            closed = min(closed, as_of - _HOUR_MS)
        self.first_open_case = is_open and (i - self.start) == 37
        if self.first_open_case:  # one per chunk in investigation: a refund awaiting approval, a callback today
            state = "investigating"
        owner = None if state == "received" else self.choice(self.ctx["supervisors"] + [agent or agents[0]])
        order_id = self.choice(order_nos)[0] if order_nos and category not in ("rude_staff", "billing_error") else None
        last = self.cases.write(
            case_no=f"CMP{i + 1:08d}",
            cid=cid,
            call_id=call_id,
            order_id=order_id,
            category=category,
            severity=severity,
            state=state,
            texts=(s_zh if zh else s_en, w_zh if zh else w_en, o_zh if zh else o_en),
            zh=zh,
            opened=opened,
            closed=closed,
            owner=owner,
            capturer=agent or owner or agents[0],
            currency=currency,
        )
        row = self.rows["complaints"][-1]
        closed_at, csat = row[_CLOSED_AT], row[_SURVEY_CSAT]
        if closed_at is not None and (csat or 3) >= 4 and r() < 0.5:  # a recovered customer buys again
            at = _ms(datetime.fromisoformat(closed_at).replace(tzinfo=UTC)) + self.between(3 * _DAY_MS, 80 * _DAY_MS)
            if at < as_of - 8 * _DAY_MS:
                last = max(last, self.repeat_order(i, cid, at - at % 1000, zh, currency, order_nos))
        return last

    def opening_balance(self, i, cid, currency, kind, balance, outstanding) -> int:
        """The balance is what the open invoices leave to pay (what the credit check counts):
        a balance above the orders' open invoices is an opening-balance invoice, not yet due
        (so the payment record the rating reads is the orders' own). No random draws here:
        the rest of the data stays as it was."""
        if balance <= outstanding:
            return outstanding
        as_of = self.as_of
        issued = as_of - (1 + i % 10) * _DAY_MS
        due = issued + (30 if kind == "company" else 14) * _DAY_MS
        self.rows["invoices"].append(
            (self.nid["invoices"](), ts(issued), ts(issued), hlc(issued), DEVICE, 0)
            + (cid, f"OB{i:08d}", None, ts(issued), ts(due), currency, balance - outstanding, 0, None, "open")
        )
        return balance

    def invoices(self, i, cid, currency, kind, order_nos) -> int:
        """An invoice per billable order, and the payments of the payer's habits (DEMO_* above).
        Returns what the open ones leave to pay."""
        r, as_of = self.r, self.as_of
        bad = r() < DEMO_BAD_PAYER
        on_time = self.rng.betavariate(1, 3) if bad else self.rng.betavariate(6, 1.5)
        terms = (30 if kind == "company" else 14) * _DAY_MS
        add_inv, add_pay = self.rows["invoices"].append, self.rows["payments"].append
        outstanding = 0
        for k, (oid, _no) in enumerate(order_nos):
            at, total, status = self._order_facts[oid]
            if status in ("cancelled", "returned") or total <= 0:
                continue
            due = at + terms
            if r() < on_time:
                paid = due - self.between(0, 10) * _DAY_MS
            else:
                paid = due + (1 + self.expo(18)) * _DAY_MS
            if bad and r() < 0.3:
                paid = as_of + _DAY_MS  # never paid
            paid = max(paid, at + _HOUR_MS)
            inv = self.nid["invoices"]()
            open_ = paid >= as_of
            updated = at if open_ else paid
            add_inv(
                (inv, ts(at), ts(updated), hlc(updated), DEVICE, 0)
                + (
                    cid,
                    f"IN{i:08d}{k:02d}",
                    oid,
                    ts(at),
                    ts(due),
                    currency,
                    total,
                    0 if open_ else total,
                    None if open_ else ts(paid),
                    "open" if open_ else "paid",
                )
            )
            if not open_:
                add_pay(
                    self.sync("payments", paid)
                    + (cid, inv, ts(paid), currency, total, "transfer" if r() < 0.7 else "card")
                )
            else:
                outstanding += total
        return outstanding

    def repeat_order(self, i, cid, at, zh, currency, order_nos) -> int:
        """One delivered single-line order (after a resolved complaint)."""
        p = _PRODUCT(self.r)
        oid, at_ts, unit = self.nid["orders"](), ts(at), _PRICES[currency][p]
        self.rows["order_lines"].append(
            (
                self.nid["order_lines"](),
                at_ts,
                at_ts,
                hlc(at),
                DEVICE,
                0,
                oid,
                _SKUS[p],
                _DESCRIPTIONS[zh][p],
                1,
                unit,
                unit,
            )
        )
        updated = at + 3 * _DAY_MS
        self.rows["orders"].append(
            (
                oid,
                at_ts,
                ts(updated),
                hlc(updated),
                DEVICE,
                0,
                cid,
                f"SO{i:08d}{len(order_nos):02d}",
                at_ts,
                "delivered",
                _CHANNEL(self.r),
                currency,
                unit,
            )
        )
        order_nos.append((oid, f"SO{i:08d}{len(order_nos):02d}"))
        return updated

    def id_number(self, country: str, since: int) -> str:
        b = self.between
        if country == "CN":  # 18-character resident ID shape; area 110101, fictitious serial
            birth = (_EPOCH + timedelta(days=b(-20 * 365, 35 * 365))).strftime("%Y%m%d")
            return f"110101{birth}{b(0, 999):03d}{self.choice('0123456789X')}"
        if country == "US":  # 9xx area numbers are never issued as SSNs
            return f"9{b(0, 99):02d}-{b(70, 99)}-{b(0, 9999):04d}"
        if country == "GB":  # "QQ" is the National Insurance example prefix
            return f"QQ {b(0, 99):02d} {b(0, 99):02d} {b(0, 99):02d} {self.choice('ABCD')}"
        if country == "HK":
            return f"{self.choice('ABCDEGHKMPRZ')}{b(0, 999999):06d}({b(0, 9)})"
        return f"S{b(0, 9999999):07d}{self.choice('ABCDEFGHIZJ')}"  # SG NRIC shape

    # -- groups of customers
    def run(self, count: int) -> dict[str, list[tuple]]:
        r = self.r
        i, end = self.start, self.start + count
        while i < end:
            country = _COUNTRY(r)
            chinese_share = P.COUNTRIES[country][2]
            x = r()
            if x < 0.06:  # a company and its contacts
                chinese = r() < chinese_share
                name, slug = self.company_name(country, chinese)
                comp = self.customer(
                    i, country, "company", company=(name, slug, "zh_CN" if chinese and country == "CN" else "en")
                )
                i += 1
                cc, nsn = comp["switchboard"]
                contact_of = (comp["id"], name, (cc, nsn), slug)
                for _ in range(min(self.between(2, 11), end - i)):
                    person = self.person_name(country, r() < chinese_share)
                    self.customer(i, country, "person", name=person, contact_of=contact_of)
                    i += 1
            elif x < 0.28:  # a household sharing the home line and address
                members = min(self.between(2, 5), end - i)
                chinese = r() < chinese_share
                head = self.person_name(country, chinese)
                cc, nsn = phone_number(f"{country}_fixed", i * 4 + 2)
                home = ((cc, nsn), self.address(country, head["lang"] == "zh_CN"))
                self.customer(i, country, "person", name=head, home=home)
                i += 1
                for m in range(1, members):
                    keep = not chinese or m > 1 or r() < 0.3  # Chinese spouses keep their own family name
                    person = self.person_name(country, chinese, head["family_key"] if keep else None)
                    self.customer(i, country, "person", name=person, home=home)
                    i += 1
            else:
                self.customer(i, country, "person", name=self.person_name(country, r() < chinese_share))
                i += 1
        return self.rows


def _make_chunk(task: tuple) -> dict[str, list[tuple]]:
    seed, chunk_index, start, count, as_of_ms, ctx = task
    return _Chunk(seed, chunk_index, start, as_of_ms, ctx).run(count)


def _make_chunk_file(task: tuple, directory: str) -> tuple[str, dict[str, int]]:
    """Worker side: make one chunk and park it in a scratch SQLite file.

    The parent then copies it with ``INSERT ... SELECT`` (no per-row Python in the
    parent, no pickling of millions of tuples between processes).
    """
    import sqlite3

    rows = _make_chunk(task)
    path = os.path.join(directory, f"chunk-{task[1]:06d}.db")
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("BEGIN")
        for table in CUSTOMER_TABLES:
            db.execute(f"CREATE TABLE {table} ({', '.join(COLUMNS[table])})")
            db.executemany(_INSERT[table], rows[table])
        db.execute("COMMIT")
    finally:
        db.close()
    return path, {t: len(rows[t]) for t in CUSTOMER_TABLES}


# -- writing -----------------------------------------------------------------------------
def demo_params(customers: int, seed: int, as_of: datetime) -> str:
    return json.dumps(
        {"customers": customers, "seed": seed, "as_of": as_of.isoformat(), "version": DEMO_VERSION}, sort_keys=True
    )


class _Progress:
    def __init__(self, total: int, quiet: bool):
        self.total, self.quiet, self.done, self.started = total, quiet, 0, time.perf_counter()

    def add(self, count: int) -> None:
        self.done += count
        if not self.quiet:
            rate = self.done / max(time.perf_counter() - self.started, 1e-9)
            print(
                f"\rdemo-data: {self.done:,}/{self.total:,} customers ({rate:,.0f}/s)",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def say(self, text: str) -> None:
        if not self.quiet:
            print(f"\ndemo-data: {text}", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if not self.quiet:
            print(file=sys.stderr, flush=True)


def generate(
    db_path,
    customers: int,
    seed: int = 1,
    *,
    as_of: datetime | None = None,
    workers: int | None = None,
    quiet: bool | None = None,
) -> dict:
    """Fill an empty store at ``db_path`` with ``customers`` demo customers.

    Returns the figures ``callcenter demo-data`` prints: customers, rows (all table
    rows written), seconds, customers_per_s, db_mb, plus seed, workers, reused and
    the row count of each table. Raises ``ValueError`` when the database already
    holds customers or users (unless it is this very demo: then it is reused).
    ``workers`` (default: up to 2 for more than two chunks) never changes the
    content. Progress goes to stderr unless ``quiet`` (default: when stderr is
    not a terminal).
    """
    from callcenter.store import search
    from callcenter.store.db import Store

    if customers < 1:
        raise ValueError("the number of customers must be at least 1")
    as_of = as_of or DEMO_AS_OF
    as_of_ms = _ms(as_of)
    if quiet is None:
        quiet = not sys.stderr.isatty()
    started = time.perf_counter()
    db_path = Path(db_path)
    store = Store(db_path)
    try:
        params = demo_params(customers, seed, as_of)
        with store.engine.connect() as conn:
            existing = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar()
            users = conn.exec_driver_sql("SELECT count(*) FROM users").scalar()
        if existing or users:
            if store.meta("demo") == "1" and store.meta("demo_params") == params:
                tables = json.loads(store.meta("demo_rows") or "{}")
                return _result(db_path, customers, seed, tables, time.perf_counter() - started, 0, reused=True)
            what = f"{existing:,} customers" if existing else f"{users:,} users"
            raise ValueError(
                f"{db_path} already holds {what}; demo data goes into an empty database "
                f"(choose a new --db file, or delete this one if it is a demo you no longer need)"
            )
        ref_rows, ctx = _reference(seed, as_of_ms)
        n_chunks = (customers + CHUNK - 1) // CHUNK
        tasks = [(seed, k + 1, k * CHUNK, min(CHUNK, customers - k * CHUNK), as_of_ms, ctx) for k in range(n_chunks)]
        if workers is None:
            workers = min(2, os.cpu_count() or 1) if n_chunks > 2 else 0
        counts = dict.fromkeys(COLUMNS, 0)
        phases: dict[str, float] = {}
        progress = _Progress(customers, quiet)
        # One connection for the whole load: the journal mode is per connection while it is not WAL.
        with store.engine.connect() as conn:
            db = conn.connection.driver_connection
            cur = db.cursor()
            db.commit()
            cur.execute("PRAGMA foreign_keys=OFF")  # rows are consistent by construction (a test checks)
            cur.execute("PRAGMA synchronous=OFF")
            cur.execute("PRAGMA journal_mode=MEMORY").fetchall()  # write each page once, not WAL then file
            cur.execute("PRAGMA cache_size=-1000000")  # ~1 GB: random index inserts (phones.e164) stay in memory
            cur.execute("PRAGMA temp_store=MEMORY")
            # Indexes whose keys arrive in random order (phone numbers, agent + time) would
            # dirty pages all over the file on every commit; build them once at the end
            # from their own schema text, so the schema is exactly what the migrations made.
            deferred = cur.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (%s)"
                % ",".join("?" * len(_DEFERRED_INDEXES)),
                _DEFERRED_INDEXES,
            ).fetchall()
            for name, _sql in deferred:
                cur.execute(f'DROP INDEX "{name}"')
            db.commit()
            try:
                for table in REFERENCE_TABLES:
                    cur.executemany(_INSERT[table], ref_rows[table])
                    counts[table] += len(ref_rows[table])
                db.commit()
                if workers:
                    _load_parallel(db, tasks, workers, counts, progress)
                else:
                    for task in tasks:
                        rows = _make_chunk(task)
                        for table in CUSTOMER_TABLES:
                            cur.executemany(_INSERT[table], rows[table])
                            counts[table] += len(rows[table])
                        db.commit()
                        progress.add(task[3])
                progress.say("indexing")
                _recreate(cur, deferred)
                db.commit()
                phases["load_s"] = time.perf_counter() - started
                progress.say("building the search index")
                search.rebuild(conn)
                conn.commit()
                phases["search_index_s"] = time.perf_counter() - started - phases["load_s"]
                progress.say("analysing")
                db.commit()
                cur.execute("PRAGMA analysis_limit=2000")
                cur.execute("ANALYZE")
                db.commit()
            finally:  # put the connection (it goes back to the pool) and the schema as they were
                db.rollback()
                _recreate(cur, deferred)
                db.commit()
                cur.execute("PRAGMA journal_mode=WAL").fetchall()
                for pragma in (
                    "synchronous=NORMAL",
                    "foreign_keys=ON",
                    "cache_size=-32000",
                    "temp_store=DEFAULT",
                    "analysis_limit=0",
                ):
                    cur.execute(f"PRAGMA {pragma}")
                cur.close()
            progress.end()
        store.set_meta("demo_rows", json.dumps(counts, sort_keys=True))
        store.set_meta("demo_params", params)
        store.set_meta("demo", "1")
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        result = _result(db_path, customers, seed, counts, time.perf_counter() - started, workers)
        result["phases"] = {k: round(v, 2) for k, v in phases.items()}
        return result
    finally:
        store.close()


def _recreate(cur, indexes: list[tuple[str, str]]) -> None:
    for name, sql in indexes:
        if not cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone():
            cur.execute(sql)


def _load_parallel(db, tasks: list[tuple], workers: int, counts: dict, progress: _Progress) -> None:
    """Workers make chunks into scratch files; this process copies them in strictly in chunk order.

    At most ``2 * workers`` chunks are in flight, so memory and scratch space stay bounded.
    """
    import multiprocessing
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    copy = {
        t: f"INSERT INTO main.{t} ({', '.join(COLUMNS[t])}) SELECT {', '.join(COLUMNS[t])} "
        f"FROM chunk.{t} ORDER BY rowid"
        for t in CUSTOMER_TABLES
    }
    cur = db.cursor()
    # fork is quick and needs no importable __main__; but never fork a process with threads
    # (a Qt application making its demo database): spawn a fresh interpreter then.
    threads = threading.active_count() > 1 or "PySide6" in sys.modules
    method = "fork" if hasattr(os, "fork") and not threads else "spawn"
    with (
        tempfile.TemporaryDirectory(prefix="callcenter-demo-") as scratch,
        ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool,
    ):
        pending: deque = deque()
        queue = iter(tasks)
        for task in queue:
            pending.append((pool.submit(_make_chunk_file, task, scratch), task[3]))
            if len(pending) >= 2 * workers:
                break
        while pending:
            future, count = pending.popleft()
            path, chunk_counts = future.result()
            task = next(queue, None)
            if task is not None:
                pending.append((pool.submit(_make_chunk_file, task, scratch), task[3]))
            db.commit()
            cur.execute("ATTACH DATABASE ? AS chunk", (path,))
            try:
                for table in CUSTOMER_TABLES:
                    cur.execute(copy[table])
                    counts[table] += chunk_counts[table]
                db.commit()
            finally:
                cur.execute("DETACH DATABASE chunk")
            os.remove(path)
            progress.add(count)
        cur.close()


def _result(
    db_path: Path, customers: int, seed: int, tables: dict, seconds: float, workers: int, reused: bool = False
) -> dict:
    size = sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists())
    return {
        "customers": customers,
        "rows": sum(tables.values()),
        "seconds": round(seconds, 2),
        "customers_per_s": round(customers / seconds) if seconds > 0 else None,
        "db_mb": round(size / 1_048_576, 1),
        "seed": seed,
        "workers": workers,
        "reused": reused,
        "db": str(db_path),
        "tables": tables,
    }
