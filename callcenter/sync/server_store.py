"""The central server's database: SQLite for a small site, PostgreSQL for a real one.

Generic over the product's tables: ``sync_rows`` keeps the winning version of every
row of every synced table as JSON text, keyed by (table, row id), with the position
(``seq``) at which it last changed; a pull is "rows with seq > cursor". Users are
rows of the ``users`` table like on the consoles; devices and their token hashes,
and the receipts of applied batches, are the server's own.

Every push runs in one transaction that first updates the ``seq`` counter row: that
write lock serialises pushes (SQLite's single writer; a row lock in PostgreSQL), so
positions are handed out in commit order and a pull never skips a row that commits
later with a lower position. Several server processes can share one PostgreSQL:
nothing is kept in memory between requests.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import os
import re
import secrets
import time
import uuid
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.engine import Engine, make_url

from callcenter.core.ids import HlcStamp, uuid7
from callcenter.core.security import verify_password
from callcenter.store.models import APPEND_ONLY_TABLES
from callcenter.sync import protocol, rules

log = logging.getLogger(__name__)

metadata = MetaData()
sync_rows = Table(
    "sync_rows",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("origin", String(64), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_sync_rows_seq", "seq", unique=True),
)
sync_counters = Table(
    "sync_counters",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
sync_devices = Table(
    "sync_devices",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("user_id", String(36), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(128), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("revoked", Boolean, nullable=False),
)
sync_unique = Table(
    "sync_unique",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("key_name", String(128), primary_key=True),
    Column("value", Text, primary_key=True),
    Column("row_id", String(36), nullable=False),
)
sync_receipts = Table(
    "sync_receipts",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("batch_id", String(40), primary_key=True),
    Column("created_at", DateTime, nullable=False),
    Column("response", Text, nullable=False),
)

sync_audit = Table(
    "sync_audit",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("event", String(32), nullable=False),  # sign_in, sign_in_failed, sign_in_throttled, device_taken
    Column("subject", String(64), nullable=False),  # the user name given
    Column("user_id", String(36)),
    Column("address", String(64), nullable=False),  # the caller's network address
    Column("device_id", String(64), nullable=False),
    Column("detail", String(200), nullable=False),
    Index("ix_sync_audit_subject", "event", "subject", "at"),
    Index("ix_sync_audit_address", "event", "address", "at"),
)

SERVER_ORIGIN = "server"
TOKEN_DAYS = 365
_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MIGRATIONS = Path(__file__).with_name("server_migrations")


class AuthError(Exception):
    """Unknown, wrong, revoked or expired credentials."""


class DeviceTaken(Exception):
    """The device id is registered to another (active) user: a console cannot be taken over."""


class TooManySignIns(Exception):
    """Too many failed sign-ins for this user name or from this address, lately."""

    def __init__(self, retry_after: int, scope: str):
        super().__init__(f"too many failed sign-ins; try again in {retry_after} seconds")
        self.retry_after, self.scope = retry_after, scope


@dataclass(frozen=True)
class SignInLimits:
    """Failed sign-ins allowed per user name and per network address within the window;
    past them every sign-in there waits (429) until the oldest counted failure is older
    than the window. A user's own successful sign-in starts the user's count afresh."""

    per_user: int = 5
    per_address: int = 20
    window_seconds: int = 300


SIGN_IN_LIMITS = SignInLimits()


class Duplicate(Exception):
    """Pushed rows that would give a value that must be unique to a second record."""

    def __init__(self, clashes: list[dict]):
        super().__init__("; ".join(f"{c['table']} {c['key']} {c['value']!r}" for c in clashes))
        self.clashes = clashes


def unique_keys() -> dict[str, list[tuple[str, ...]]]:
    """The product's unique columns per synced table, from the store's models: the server
    keeps them unique across consoles, or two consoles could never hold each other's rows."""
    from sqlalchemy import UniqueConstraint

    from callcenter.store.models import SYNCED_MODELS

    keys: dict[str, list[tuple[str, ...]]] = {}
    for model in SYNCED_MODELS:
        table = model.__table__
        found = [(c.name,) for c in table.columns if c.unique]
        found += [
            tuple(c.name for c in con.columns)
            for con in table.constraints
            if isinstance(con, UniqueConstraint) and tuple(c.name for c in con.columns) not in found
        ]
        if found:
            keys[table.name] = found
    return keys


_UNIQUE = unique_keys()


class Refused(Exception):
    """Pushed rows the actor's role may not write: nothing of the batch is written."""

    def __init__(self, refused: list[dict]):
        super().__init__("; ".join(f"{r['table']} {r['id']}: {r['reason']}" for r in refused))
        self.refused = refused


def default_url() -> str:
    from callcenter.paths import data_dir

    return f"sqlite:///{data_dir() / 'server.db'}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _create_private(path: Path) -> None:
    """Create the server's SQLite file 0600 before SQLite does (it would use the umask);
    its -wal and -shm files take their mode from it."""
    if str(path) in ("", ":memory:") or path.exists():
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def open_engine(url: str, migrate: bool = True) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database:
            folder = Path(u.database).parent
            if not folder.exists():
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # users' hashes and tokens: owner only
            _create_private(Path(u.database))
        engine = create_engine(u)
        event.listen(engine, "connect", _sqlite_pragmas)
    elif u.get_backend_name() == "postgresql":
        # No server-side prepared statements: after five runs psycopg would prepare the batch
        # look-up, and PostgreSQL's generic plan for a 1,000-value IN list scans the table.
        engine = create_engine(
            u.set(drivername="postgresql+psycopg"), pool_pre_ping=True, connect_args={"prepare_threshold": None}
        )
    else:
        raise ValueError(f"unsupported database {u.get_backend_name()!r}: use sqlite:/// or postgresql+psycopg://")
    if migrate:
        upgrade(engine)
    return engine


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    command.upgrade(cfg, "head")


def backend(engine: Engine) -> str:
    return engine.dialect.name


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _server_stamp(*after: str) -> str:
    """A stamp for a row the server writes: now, or just after the given stamps, tagged 'server'.
    (Consoles observe it when they pull the row, so their later edits of it win.)"""
    wall, counter = int(time.time() * 1000), 0
    for text_ in after:
        s = HlcStamp.decode(text_)
        if (s.wall_ms, s.counter) >= (wall, counter):
            wall, counter = s.wall_ms, s.counter + 1
    return HlcStamp(wall, counter, SERVER_ORIGIN).encode()


# -- users and devices -----------------------------------------------------------------
def find_user(conn, username: str) -> dict | None:
    for (data,) in conn.execute(text("SELECT data FROM sync_rows WHERE table_name = 'users' AND NOT deleted")):
        row = json.loads(data)
        if row.get("username") == username:
            return row
    return None


def create_user(engine: Engine, username: str, password: str, role: str, display_name: str = "") -> str:
    from callcenter.core.roles import Role
    from callcenter.core.security import hash_password

    Role(role)  # ValueError for an unknown role
    now = datetime.now(UTC).isoformat()
    with engine.begin() as conn:
        seq = _lock_counter(conn)
        if find_user(conn, username) is not None:
            raise ValueError(f"a user named {username!r} already exists")
        stamp = _server_stamp()
        row = {
            "id": uuid7(),
            "created_at": now,
            "updated_at": now,
            "hlc": stamp,
            "origin": SERVER_ORIGIN,
            "deleted": False,
            "username": username,
            "display_name": display_name or username,
            "password_hash": hash_password(password),
            "role": role,
            "language": "en",
            "active": True,
        }
        writes = [(("users", row["id"]), row, stamp, SERVER_ORIGIN, False)]
        _write_rows(conn, writes, seq)
        _index_unique(conn, list(_unique_values(writes)), writes, {})
    return row["id"]


def adopt_users(engine: Engine, rows: list[dict]) -> int:
    """admin14: a site created on a console first (``callcenter init create``) brings its
    accounts to an empty server as they are (same ids, stamps and argon2 hashes), so its
    admin can register that console and push the rest; the console's own push of the same
    rows is then a duplicate. Refuses when the server already has users (ValueError)."""
    with engine.begin() as conn:
        seq = _lock_counter(conn)
        if conn.execute(text("SELECT 1 FROM sync_rows WHERE table_name = 'users' LIMIT 1")).first():
            raise ValueError("this server already has users: consoles join it instead")
        writes = [
            (("users", r["id"]), r, r["hlc"], r.get("origin") or SERVER_ORIGIN, bool(r.get("deleted"))) for r in rows
        ]
        _write_rows(conn, writes, seq)
        _index_unique(conn, list(_unique_values(writes)), writes, {})
    return len(writes)


def register_device(
    engine: Engine,
    username: str,
    password: str,
    device_id: str,
    name: str,
    address: str = "",
    limits: SignInLimits | None = None,
) -> tuple[str, dict]:
    """A new token for this device, for the user whose password this is.

    Refused with ``TooManySignIns`` while the user name or the address is over its limit
    of failed sign-ins (the password is then not even checked), ``AuthError`` for a wrong
    user name or password, ``DeviceTaken`` when the device id belongs to another user
    (unless that registration was revoked or its user is no longer active). Every
    outcome goes to the server's audit (``sync_audit``)."""
    limits = limits or SIGN_IN_LIMITS
    address = (address or "unknown")[:64]
    with engine.connect() as conn:
        wait = _sign_in_wait(conn, username, address, _now(), limits)
        user = find_user(conn, username)
    user_id = user["id"] if user else None
    if wait:
        seconds, scope = wait
        _audit(engine, "sign_in_throttled", username, user_id, address, device_id, f"{scope}; retry after {seconds} s")
        raise TooManySignIns(seconds, scope)
    # an unknown name costs one hash check too: the answer's time does not tell which names exist
    stored = user.get("password_hash", "") if user else _stand_in_hash()
    if not verify_password(stored, password) or user is None or not user.get("active", True):
        _audit(engine, "sign_in_failed", username, user_id, address, device_id, "wrong user name or password")
        raise AuthError("wrong user name or password")
    token = secrets.token_urlsafe(32)
    now = _now()
    values = dict(
        user_id=user["id"],
        token_hash=_hash(token),
        name=name[:128],
        created_at=now,
        expires_at=now + timedelta(days=TOKEN_DAYS),
        revoked=False,
    )
    with engine.begin() as conn:
        _lock_counter(conn)  # one registration (or push) at a time: two consoles cannot race for a device id
        dev = conn.execute(sync_devices.select().where(sync_devices.c.device_id == device_id)).first()
        taken = dev is not None and dev.user_id != user["id"] and not _released(conn, dev)
        if not taken:
            if dev is None:
                conn.execute(sync_devices.insert().values(device_id=device_id, **values))
            else:
                conn.execute(sync_devices.update().where(sync_devices.c.device_id == device_id).values(**values))
            _write_audit(conn, "sign_in", username, user["id"], address, device_id, "device registered")
    if taken:
        _audit(engine, "device_taken", username, user["id"], address, device_id, "registered to another user")
        raise DeviceTaken("this device is registered to another user")
    return token, user


@functools.cache
def _stand_in_hash() -> str:
    from callcenter.core.security import hash_password

    return hash_password(secrets.token_urlsafe(16))


def _released(conn, dev) -> bool:
    """May another user register this device: its registration was revoked, or its user
    is gone or no longer active."""
    if dev.revoked:
        return True
    data = conn.execute(
        text("SELECT data FROM sync_rows WHERE table_name = 'users' AND row_id = :u"), {"u": dev.user_id}
    ).scalar()
    owner = json.loads(data) if data else None
    return not owner or bool(owner.get("deleted")) or not owner.get("active", True)


def _sign_in_wait(conn, username: str, address: str, now: datetime, limits: SignInLimits) -> tuple[int, str] | None:
    """(seconds to wait, "user" or "address") when over a limit, else None."""
    window = timedelta(seconds=limits.window_seconds)
    since = now - window
    last_ok = conn.execute(
        select(func.max(sync_audit.c.at)).where(sync_audit.c.event == "sign_in", sync_audit.c.subject == username[:64])
    ).scalar()
    waits = []
    for scope, column, value, limit, start in (
        ("user", "subject", username[:64], limits.per_user, max(since, last_ok) if last_ok else since),
        ("address", "address", address, limits.per_address, since),
    ):
        times = conn.execute(
            sync_audit.select()
            .with_only_columns(sync_audit.c.at)
            .where(sync_audit.c.event == "sign_in_failed", sync_audit.c[column] == value, sync_audit.c.at > start)
            .order_by(sync_audit.c.at.desc())
            .limit(limit)
        ).scalars()
        times = list(times)
        if limit <= len(times):
            waits.append((max(1, math.ceil((times[-1] + window - now).total_seconds())), scope))
    return max(waits) if waits else None


def _write_audit(conn, event: str, subject: str, user_id: str | None, address: str, device_id: str, detail: str):
    conn.execute(
        sync_audit.insert().values(
            id=uuid7(),
            at=_now(),
            event=event,
            subject=subject[:64],
            user_id=user_id,
            address=address[:64],
            device_id=device_id[:64],
            detail=detail[:200],
        )
    )


def _audit(engine: Engine, *args) -> None:
    with engine.begin() as conn:
        _write_audit(conn, *args)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def authenticate(engine: Engine, token: str) -> rules.Actor:
    with engine.connect() as conn:
        dev = conn.execute(sync_devices.select().where(sync_devices.c.token_hash == _hash(token))).first()
        if dev is None:
            raise AuthError("unknown device token")
        if dev.revoked or dev.expires_at < _now():
            raise AuthError("this device token has expired or was revoked; register the device again")
        data = conn.execute(
            text("SELECT data FROM sync_rows WHERE table_name = 'users' AND row_id = :u"), {"u": dev.user_id}
        ).scalar()
    user = json.loads(data) if data else None
    if not user or user.get("deleted") or not user.get("active", True):
        raise AuthError("the user of this device is no longer active")
    return rules.Actor(user["id"], user.get("role", "agent"), dev.device_id)


# -- push ------------------------------------------------------------------------------
@dataclass
class PushResult:
    accepted: int = 0
    duplicates: int = 0
    older: int = 0
    conflicts: int = 0
    cursor: int = 0
    replayed: bool = False
    refused: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("accepted", "duplicates", "older", "conflicts", "cursor", "replayed")}


class _Lookup:
    """The server's rows as the rules see them: the stored versions, overlaid with the rows
    of this batch allowed so far (``pending``, in batch order), so that a batch counts in
    full and a row is judged against the ones before it, never against those after it."""

    def __init__(self, conn, pending: dict):
        self.conn, self.pending = conn, pending
        self._stored: dict[str, dict[str, dict]] = {}

    def rows(self, table: str):
        stored = self._stored.get(table)
        if stored is None:
            query = text("SELECT row_id, data FROM sync_rows WHERE table_name = :t")
            stored = {r: json.loads(d) for r, d in self.conn.execute(query, {"t": table})}
            self._stored[table] = stored
        for row_id, row in stored.items():
            yield self.pending.get((table, row_id), row)
        for (t, row_id), row in self.pending.items():
            if t == table and row_id not in stored:
                yield row

    def row(self, table: str, row_id: str):
        if (table, row_id) in self.pending:
            return self.pending[(table, row_id)]
        data = self.conn.execute(
            text("SELECT data FROM sync_rows WHERE table_name = :t AND row_id = :r"), {"t": table, "r": row_id}
        ).scalar()
        return json.loads(data) if data else None


_STAMP = re.compile(r"^[0-9a-f]{12}-[0-9a-f]{4}-.+$")


def validate_change(ch: dict) -> None:
    """Shape checks the schema cannot express; ValueError in plain words."""
    if not _TABLE_NAME.match(ch["table"]):
        raise ValueError(f"not a table name: {ch['table'][:64]!r}")
    row = ch["row"]
    if row.get("id") != ch["id"] or row.get("hlc") != ch["hlc"] or bool(row.get("deleted")) != ch["deleted"]:
        raise ValueError(f"change {ch['id'][:36]!r}: id, hlc and deleted must match the row")
    if not _STAMP.match(ch["hlc"]):
        raise ValueError(f"change {ch['id'][:36]!r}: not a clock stamp: {ch['hlc'][:64]!r}")


def apply_push(
    engine: Engine, actor: rules.Actor, batch: str, cursor: int, changes: list[dict], check=None
) -> PushResult:
    """Apply one batch in one transaction: all of it or nothing. ``check(changes, stamps)``
    (``sync.validate``) runs after the role rules, with the server's stamps of the batch's rows."""
    for ch in changes:
        validate_change(ch)
    latest: dict[tuple[str, str], dict] = {}
    for ch in changes:
        key = (ch["table"], ch["id"])
        if key not in latest or ch["hlc"] > latest[key]["hlc"]:
            latest[key] = ch
    with engine.begin() as conn:
        seq = _lock_counter(conn)
        receipt = conn.execute(
            text("SELECT response FROM sync_receipts WHERE device_id = :d AND batch_id = :b"),
            {"d": actor.device_id, "b": batch},
        ).scalar()
        if receipt is not None:
            return PushResult(**{**json.loads(receipt), "replayed": True})
        current = _current(conn, list(latest))
        result = PushResult()
        pending: dict[tuple[str, str], dict] = {}  # the batch's rows allowed so far
        lookup = _Lookup(conn, pending)
        refused = []
        writes = []
        conflicts = []
        for key, ch in latest.items():
            cur = current.get(key)
            if cur is not None and cur[0] == ch["hlc"]:
                result.duplicates += 1
                continue
            if cur is not None and ch["table"] in APPEND_ONLY_TABLES:
                result.duplicates += 1  # union: a row of an append-only table is written once
                continue
            old = json.loads(cur[3]) if cur is not None else None
            concurrent = cur is not None and cur[1] > cursor and cur[2] != actor.device_id
            if cur is None or ch["hlc"] > cur[0]:
                # the rules judge what would be written, against the server's own version
                reason = rules.check(actor, ch["table"], ch["row"], old, lookup)
                if reason:
                    refused.append(
                        {"table": ch["table"], "id": ch["id"], "rule": rules.rule_of(reason), "reason": str(reason)}
                    )
                    continue
                pending[key] = ch["row"]
                writes.append((key, ch["row"], ch["hlc"], actor.device_id, ch["deleted"]))
                result.accepted += 1
                if concurrent:
                    conflicts.append((ch["table"], ch["row"], old))
            else:
                result.older += 1
                if concurrent:
                    conflicts.append((ch["table"], old, ch["row"]))
        if refused:
            raise Refused(refused)
        if check is not None:
            check(changes, {key: cur[0] for key, cur in current.items()})
        uniques = list(_unique_values(writes))
        clashes = _clashes(conn, uniques)
        if clashes:
            raise Duplicate(clashes)
        if conflicts:
            # one record per pair of versions: its id comes from the pair, so a losing change
            # sent again (a console killed before it heard the answer) finds its record there
            ids = {conflict_id(t, w, lo): (t, w, lo) for t, w, lo in conflicts}
            known = _current(conn, [("sync_conflicts", i) for i in ids])
            fresh = {i: c for i, c in ids.items() if ("sync_conflicts", i) not in known}
            if fresh:
                # one stamp after every version involved, for all of this batch's conflict records
                stamp = _server_stamp(
                    *(w[2] for w in writes), *(c[1]["hlc"] for c in conflicts), *(c[2]["hlc"] for c in conflicts)
                )
                for row_id, (table, winner, loser) in fresh.items():
                    row = conflict_row(table, winner, loser, stamp, row_id)
                    writes.append((("sync_conflicts", row["id"]), row, row["hlc"], SERVER_ORIGIN, False))
            result.conflicts = len(conflicts)
        result.cursor = _write_rows(conn, writes, seq)
        _index_unique(conn, uniques, writes, current)
        conn.execute(
            sync_receipts.insert().values(
                device_id=actor.device_id, batch_id=batch, created_at=_now(), response=json.dumps(result.as_dict())
            )
        )
        _test_pause()
    return result


def conflict_id(table: str, winner: dict, loser: dict) -> str:
    """The id of the conflict record of this pair of versions, the same whenever the pair
    meets again: a UUIDv7 whose time is the later version's and whose rest is a digest of
    the table, the row and both stamps."""
    digest = hashlib.sha256(f"{table}\0{winner['id']}\0{winner['hlc']}\0{loser['hlc']}".encode()).digest()
    try:
        wall = max(HlcStamp.decode(winner["hlc"]).wall_ms, HlcStamp.decode(loser["hlc"]).wall_ms)
    except (ValueError, TypeError):
        wall = 0
    value = (wall & (2**48 - 1)) << 80 | int.from_bytes(digest[:10], "big")
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return str(uuid.UUID(int=value))


def conflict_row(table: str, winner: dict, loser: dict, stamp: str, row_id: str | None = None) -> dict:
    now = datetime.now(UTC).isoformat()
    return {
        "id": row_id or conflict_id(table, winner, loser),
        "created_at": now,
        "updated_at": now,
        "hlc": stamp,
        "origin": SERVER_ORIGIN,
        "deleted": False,
        "table_name": table,
        "row_id": winner["id"],
        "winner_hlc": winner["hlc"],
        "loser_hlc": loser["hlc"],
        "winner": json.dumps(winner, sort_keys=True),
        "loser": json.dumps(loser, sort_keys=True),
        "detected_by": SERVER_ORIGIN,
        "status": "open",
        "resolution": "",
        "resolved_by": None,
        "resolved_at": None,
    }


def site_mark(engine: Engine) -> int:
    """A random number this server database was given once (kept in ``sync_counters``):
    tells its snapshot files (``snapshot_file``) from those of another site's database."""
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sync_counters (name, value) VALUES ('site', :v) ON CONFLICT (name) DO NOTHING"),
            {"v": secrets.randbits(62)},
        )
        return int(conn.execute(text("SELECT value FROM sync_counters WHERE name = 'site'")).scalar_one())


def position(engine: Engine) -> int:
    """The site's change counter now: a pull from a lower cursor has something new."""
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT value FROM sync_counters WHERE name = 'seq'")).scalar_one())


def _lock_counter(conn) -> int:
    """Take the push lock (first statement of the transaction) and return the counter."""
    conn.execute(text("UPDATE sync_counters SET value = value WHERE name = 'seq'"))
    return conn.execute(text("SELECT value FROM sync_counters WHERE name = 'seq'")).scalar_one()


def _current(conn, keys: list[tuple[str, str]]) -> dict:
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    out = {}
    pg = conn.dialect.name == "postgresql"
    for table, ids in by_table.items():
        for start in range(0, len(ids), 5000 if pg else 900):
            chunk = ids[start : start + (5000 if pg else 900)]
            if pg:  # one array parameter instead of thousands of placeholders
                rows = conn.exec_driver_sql(
                    "SELECT row_id, hlc, seq, origin, data FROM sync_rows WHERE table_name = %s AND row_id = ANY(%b)",
                    (table, chunk),
                )
            else:
                rows = conn.exec_driver_sql(
                    "SELECT row_id, hlc, seq, origin, data FROM sync_rows WHERE table_name = ? AND row_id IN ("
                    + ",".join("?" * len(chunk))
                    + ")",
                    (table, *chunk),
                )
            for row_id, hlc, seq, origin, data in rows:
                out[(table, row_id)] = (hlc, seq, origin, data)
    return out


def _write_rows(conn, writes: list, seq: int) -> int:
    params = []
    for (table, row_id), row, hlc, origin, deleted in writes:
        seq += 1
        params.append((table, row_id, seq, hlc, origin, bool(deleted), orjson.dumps(row).decode()))
    if params:
        upsert = (
            " ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq, hlc = excluded.hlc, "
            "origin = excluded.origin, deleted = excluded.deleted, data = excluded.data"
        )
        if conn.dialect.name == "postgresql":
            # COPY into a per-session scratch table, then one upsert: no per-row statements.
            with conn.connection.dbapi_connection.cursor() as cur:
                cur.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS sync_incoming (table_name text, row_id text, "
                    "seq bigint, hlc text, origin text, deleted bool, data text) ON COMMIT DELETE ROWS"
                )
                with cur.copy("COPY sync_incoming FROM STDIN") as copy:
                    for row in params:
                        copy.write_row(row)
                cur.execute(
                    "INSERT INTO sync_rows (table_name, row_id, seq, hlc, origin, deleted, data) "
                    "SELECT * FROM sync_incoming" + upsert
                )
        else:
            conn.exec_driver_sql(
                "INSERT INTO sync_rows (table_name, row_id, seq, hlc, origin, deleted, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)" + upsert,
                params,
            )
        conn.execute(text("UPDATE sync_counters SET value = :v WHERE name = 'seq'"), {"v": seq})
    return seq


def _unique_values(writes: list):
    """(table, key name, value text, row id) for the unique keys of the written rows."""
    for (table, row_id), row, _hlc, _origin, _deleted in writes:
        for key in _UNIQUE.get(table, ()):
            values = [row.get(c) for c in key]
            if any(v is None for v in values):  # SQL: NULLs never clash
                continue
            yield table, ",".join(key), values[0] if len(values) == 1 else json.dumps(values), row_id


def _clashes(conn, uniques: list) -> list[dict]:
    wanted: dict[tuple[str, str, str], str] = {}
    clashes = []
    for table, key, value, row_id in uniques:
        other = wanted.setdefault((table, key, str(value)), row_id)
        if other != row_id:
            clashes.append({"table": table, "key": key, "value": value, "id": row_id})
    by_key: dict[tuple[str, str], list[str]] = {}
    for table, key, value in wanted:
        by_key.setdefault((table, key), []).append(value)
    pg = conn.dialect.name == "postgresql"
    for (table, key), values in by_key.items():
        step = 5000 if pg else 900
        for start in range(0, len(values), step):
            chunk = values[start : start + step]
            if pg:
                rows = conn.exec_driver_sql(
                    "SELECT value, row_id FROM sync_unique WHERE table_name = %s AND key_name = %s AND value = ANY(%b)",
                    (table, key, chunk),
                )
            else:
                rows = conn.exec_driver_sql(
                    "SELECT value, row_id FROM sync_unique WHERE table_name = ? AND key_name = ? AND value IN ("
                    + ",".join("?" * len(chunk))
                    + ")",
                    (table, key, *chunk),
                )
            for value, owner in rows:
                if owner != wanted[(table, key, value)]:
                    clashes.append({"table": table, "key": key, "value": value, "id": wanted[(table, key, value)]})
    return clashes


def _index_unique(conn, uniques: list, writes: list, current: dict) -> None:
    """Record the unique values of written rows; a row that changed a value gives the old one back."""
    entries = [(t, k, str(v), r) for t, k, v, r in uniques]
    if not entries:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    before = [w for w in writes if w[0] in current and w[0][0] in _UNIQUE]
    if before:
        old_rows = [(key, json.loads(current[key][3]), *rest) for key, _row, *rest in before]
        new_values = set(entries)
        stale = [(t, k, str(v), r) for t, k, v, r in _unique_values(old_rows) if (t, k, str(v), r) not in new_values]
        if stale:
            conn.exec_driver_sql(
                f"DELETE FROM sync_unique WHERE table_name = {mark} AND key_name = {mark} AND value = {mark} "
                f"AND row_id = {mark}",
                stale,
            )
    upsert = " ON CONFLICT (table_name, key_name, value) DO UPDATE SET row_id = excluded.row_id"
    if conn.dialect.name == "postgresql":  # four short-text arrays: one statement, one round trip
        conn.exec_driver_sql(
            "INSERT INTO sync_unique (table_name, key_name, value, row_id) "
            "SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[])" + upsert,
            tuple(list(c) for c in zip(*entries)),
        )
    else:
        conn.exec_driver_sql(
            "INSERT INTO sync_unique (table_name, key_name, value, row_id) VALUES (?, ?, ?, ?)" + upsert, entries
        )


def _test_pause() -> None:
    """Fault tests: hold the transaction open before commit so a test can kill us."""
    marker = os.environ.get("CALLCENTER_SYNC_PAUSE_BEFORE_COMMIT")
    if marker and not Path(marker).exists():
        Path(marker).write_text(str(os.getpid()))
        time.sleep(float(os.environ.get("CALLCENTER_SYNC_PAUSE_SECONDS", "30")))


# -- pull ------------------------------------------------------------------------------
def pull_page(engine: Engine, cursor: int, limit: int) -> bytes:
    """One page as JSON bytes; the stored row text is spliced in, not parsed again."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT seq, table_name, row_id, hlc, deleted, data FROM sync_rows WHERE seq > :c ORDER BY seq LIMIT :n"
            ),
            {"c": cursor, "n": limit + 1},
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    parts = [
        '{"table":%s,"id":%s,"hlc":%s,"deleted":%s,"row":%s}'
        % (json.dumps(t), json.dumps(r), json.dumps(h), "true" if d else "false", data)
        for _seq, t, r, h, d, data in rows
    ]
    next_cursor = rows[-1][0] if rows else cursor
    return (
        '{"changes":[' + ",".join(parts) + '],"cursor":%d,"more":%s}' % (next_cursor, "true" if more else "false")
    ).encode()


def stats(engine: Engine) -> dict:
    with engine.connect() as conn:
        return {
            "rows": conn.execute(text("SELECT count(*) FROM sync_rows")).scalar_one(),
            "position": conn.execute(text("SELECT value FROM sync_counters WHERE name = 'seq'")).scalar_one(),
            "devices": conn.execute(text("SELECT count(*) FROM sync_devices")).scalar_one(),
            "open_conflicts": conn.execute(
                text("SELECT count(*) FROM sync_rows WHERE table_name = 'sync_conflicts' AND data LIKE :p"),
                {"p": '%"status":"open"%'},
            ).scalar_one(),
        }


# -- snapshot --------------------------------------------------------------------------
def snapshot(
    engine: Engine, own_user: str, frame: int = protocol.SNAPSHOT_FRAME, tables: Collection[str] | None = None
) -> Iterator[bytes]:
    """Every row of every synced table, as one consistent picture, in lines of JSON (see
    ``protocol``): a header with the position the picture corresponds to and the rows per
    table, frames of at most ``frame`` rows of one table (the stored row text spliced in, in
    the order of the rows' ids), and a trailer with the number of rows sent. Taken in one
    REPEATABLE READ transaction (SQLite: one read transaction), so a push committed
    meanwhile is either wholly in it and at or below its position, or wholly after it.
    Other users' password hashes are withheld, as in a pull (``withheld``). Never holds
    more than one frame in memory. ``tables``: only these tables (the header counts only them)."""
    from callcenter.sync import withheld

    pg = engine.dialect.name == "postgresql"
    with engine.connect() as conn:
        if pg:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            conn.begin()
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        else:
            conn.exec_driver_sql("BEGIN")  # the driver begins only before writes: one read transaction
        try:
            position = conn.execute(text("SELECT value FROM sync_counters WHERE name = 'seq'")).scalar_one()
            if tables is None:
                grouped = conn.execute(text("SELECT table_name, count(*) FROM sync_rows GROUP BY table_name")).all()
            else:  # counted by the primary key's first column: no scan of the whole site
                grouped = [
                    (t, conn.execute(text("SELECT count(*) FROM sync_rows WHERE table_name = :t"), {"t": t}).scalar())
                    for t in sorted(tables)
                ]
            counts = {str(table): int(n) for table, n in grouped if n}
            total = sum(counts.values())
            yield (
                orjson.dumps(
                    {"snapshot": protocol.PROTOCOL_VERSION, "cursor": position, "total": total, "tables": counts}
                )
                + b"\n"
            )
            sent = 0
            for table in sorted(counts):
                query = "SELECT row_id, data FROM sync_rows WHERE table_name = %s ORDER BY row_id"
                if pg:
                    raw = conn.connection.dbapi_connection
                    cur = raw.cursor(name=f"snapshot_{table}")  # server-side: rows come as they are read
                    cur.itersize = frame
                    cur.execute(query, (table,))
                else:
                    cur = conn.connection.dbapi_connection.cursor()
                    cur.execute(query.replace("%s", "?"), (table,))
                try:
                    head = b'{"table":' + orjson.dumps(table) + b',"rows":['
                    secret = table in withheld.SECRET_COLUMNS or table == "sync_conflicts"
                    while True:
                        rows = cur.fetchmany(frame)
                        if not rows:
                            break
                        if secret:
                            datas = [
                                orjson.dumps(withheld.withhold_row(table, orjson.loads(d), own_user)).decode()
                                for _r, d in rows
                            ]
                        else:
                            datas = [d for _r, d in rows]
                        sent += len(datas)
                        yield head + ",".join(datas).encode() + b"]}\n"
                finally:
                    cur.close()
            yield orjson.dumps({"end": True, "rows": sent}) + b"\n"
        finally:
            conn.rollback()
