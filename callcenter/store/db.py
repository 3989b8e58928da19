"""Open a store: engine with WAL and foreign keys, migrations, stamped sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from callcenter.core.changes import REF_COLUMNS, Change, Changed, Changes
from callcenter.core.events import EventBus
from callcenter.core.ids import HlcStamp, HybridLogicalClock, uuid7
from callcenter.store.errors import StoreError, store_error
from callcenter.store.migrate import check_known, upgrade
from callcenter.store.models import ChangeLog, LocalMeta, SyncMixin, utcnow

log = logging.getLogger(__name__)
__all__ = ["CLOCK_KEY", "Store", "StoreError", "Unit", "allow_store_access", "set_connection_guard"]

# The hybrid logical clock's last stamp, kept in ``local_meta`` in the same transaction as
# every write that moves it (local edits, applied pulls): a restarted console goes on above
# every stamp it issued or took in, whatever its wall clock says.
CLOCK_KEY = "sync.clock"
_KEEP_CLOCK = (
    "INSERT INTO local_meta (key, value) VALUES (?, ?) "
    "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)"
)


def keep_clock(conn, store: Store) -> None:
    """Write the clock's last stamp (never backwards) on ``conn``, inside its transaction."""
    conn.exec_driver_sql(_KEEP_CLOCK, (CLOCK_KEY, clock_text(store.clock.last)))


def clock_text(stamp: HlcStamp) -> str:
    # wall and counter only: fixed width, so SQL's max() on the text is the clock's order
    return f"{stamp.wall_ms:012x}-{stamp.counter:04x}"


# -- the GUI-thread guard -------------------------------------------------------------
# The GUI installs a guard (tests make it fail the test) that is called whenever a
# connection is taken from a store's pool: it refuses the GUI thread. Qt-free here.
_guard: Callable[[], None] | None = None
_allowed = threading.local()


def set_connection_guard(guard: Callable[[], None] | None) -> None:
    global _guard
    _guard = guard


@contextmanager
def allow_store_access(why: str) -> Iterator[None]:
    """Allow store access on this thread for a documented reason (start-up before the
    first window shows; the screenshot tool seeding its scenes)."""
    before = getattr(_allowed, "why", None)
    _allowed.why = why
    try:
        yield
    finally:
        _allowed.why = before


def access_allowed() -> bool:
    return getattr(_allowed, "why", None) is not None


def _on_checkout(_dbapi_conn, _record, _proxy) -> None:
    if _guard is not None and not access_allowed():
        _guard()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed page
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def _create_folder(folder: Path) -> None:
    """The store's folder, created readable by its owner only (0700)."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _create_file(path: Path) -> None:
    """A new store file, created 0600 before SQLite would create it with the umask's mode
    (its -wal and -shm files take their mode from it)."""
    if not path.exists():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass


def _private(path: Path) -> None:
    """Store files (and their -wal/-shm) readable and writable by their owner only (0600)."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if p.exists() and p.stat().st_mode & 0o077:
                os.chmod(p, 0o600)
        except OSError:
            pass  # not ours to change (a shared folder): the store still works


def make_engine(path: str | os.PathLike) -> Engine:
    # URL.create, not an f-string URL: '?', '#' and '%' in a file name must stay in the name.
    # hide_parameters: a failed statement's message (which reaches the log) never carries the
    # values it was given (names, phone numbers).
    engine = create_engine(URL.create("sqlite", database=str(Path(path))), future=True, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "checkout", _on_checkout)
    return engine


_FTS_PREFIX = "customer_search"  # the full-text index and its shadow tables


def _looks_at(path: Path) -> sqlite3.Connection:
    """A read-only look at ``path`` that changes nothing in it. When a -wal file is left
    beside it (a full disk, a kill during a checkpoint) the file is read with its WAL: the
    main file alone may be a half-written picture while the two together are sound."""
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return sqlite3.connect(f"{uri}?mode=ro", uri=True)
    # immutable: no locks, no -wal/-shm files left behind next to a file that may not be ours
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _preflight(path: Path) -> None:
    """Look at an existing file read-only before the engine opens it.

    The engine's connect hook switches the file to WAL, which rewrites its header, and the
    migrations add tables: a file we must refuse (a newer schema, not a database at all, the
    database of another program) is refused here first so that it is left exactly as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = _looks_at(path)
    except (sqlite3.Error, OSError):
        return  # cannot even look: the engine reports the real problem
    try:
        tables = {
            name
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        }
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.OperationalError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise _unreadable(path, exc) from exc
        return  # locked, busy or unreadable here: not ours to judge, the engine reports it
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        con.close()
    if tables and not _ours(tables):
        raise StoreError(
            f"{path.name} is not a callcenter database (it holds another program's tables); it was left as it was",
            "not_a_store",
        )
    if row is not None:
        check_known(row[0])


def _unreadable(path: Path, exc: sqlite3.Error) -> StoreError:
    reason = "not_a_store" if "not a database" in str(exc) else "damaged"
    return StoreError(f"{path.name} is not a callcenter database, or it is damaged", reason)


def _ours(tables: set[str]) -> bool:
    """A store of ours: our tables only (a store whose first start stopped half-way counts)."""
    from callcenter.store.models import Base

    known = set(Base.metadata.tables) | {"alembic_version"}
    return "local_meta" in tables or all(t in known or t.startswith(_FTS_PREFIX) for t in tables)


class Unit:
    """One transaction's session; after it commits, ``changes`` says what it wrote."""

    def __init__(self, session: Session):
        self.session = session
        self.changes = Changes()


class Store:
    """One SQLite file: the engine, a device id, a hybrid logical clock, and the bus
    on which every committed change is published as a ``Changed`` event."""

    def __init__(self, path: str | os.PathLike, migrate: bool = True):
        self.path = Path(path)
        self.events = EventBus()
        try:
            _create_folder(self.path.parent)
            _create_file(self.path)
            if migrate:
                _preflight(self.path)
            self.engine = make_engine(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise store_error(exc, self.path.name) from exc
        try:
            if migrate:
                upgrade(self.engine)
            self.device_id = self._meta("device_id", lambda: uuid7())
            _private(self.path)
        except BaseException as exc:
            self.engine.dispose()  # do not keep the refused file open
            if isinstance(exc, (OSError, sqlite3.Error, SQLAlchemyError)):
                raise store_error(exc, self.path.name) from exc
            raise
        self.clock = HybridLogicalClock(self.device_id)
        kept = self.meta(CLOCK_KEY)
        if kept:
            wall, counter = kept.split("-")
            self.clock.restore(HlcStamp(int(wall, 16), int(counter, 16), self.device_id))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _meta(self, key: str, default) -> str:
        with Session(self.engine) as s:
            row = s.get(LocalMeta, key)
            if row is None:
                row = LocalMeta(key=key, value=default())
                s.add(row)
                s.commit()
            return row.value

    def session(self) -> Session:
        s = self._sessions()
        s.info["store"] = self
        return s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        with self.unit() as unit:
            yield unit.session

    @contextmanager
    def unit(self) -> Iterator[Unit]:
        """A transaction whose ``Unit.changes`` names every row it wrote (filled at commit,
        when the same changes are published as ``Changed`` on ``events``)."""
        unit = Unit(self.session())
        try:
            with unit.session.begin():
                yield unit
            unit.changes = unit.session.info.pop("committed", Changes())
        finally:
            unit.session.close()

    def publish(self, changes: Changes, source: str = "local", **detail: str) -> None:
        """Tell windows what changed (writes that bypass the ORM: sync pulls, local tables)."""
        if changes:
            self.events.publish(Changed(changes, source, dict(detail)))

    def meta(self, key: str) -> str | None:
        with Session(self.engine) as s:
            row = s.get(LocalMeta, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as s:
            s.merge(LocalMeta(key=key, value=value))

    def pending_changes(self) -> int:
        from sqlalchemy import func

        with Session(self.engine) as s:
            return s.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.pushed.is_(False)))

    def close(self) -> None:
        self.engine.dispose()


@event.listens_for(Session, "before_flush")
def _stamp_and_log(session: Session, _ctx, _instances) -> None:
    """Stamp sync columns and append to the change log in the same transaction."""
    store: Store | None = session.info.get("store")
    if store is None:
        return
    for obj in list(session.deleted):
        if isinstance(obj, SyncMixin):
            raise StoreError("synced rows are never deleted; set deleted=True (a tombstone)")
    now = utcnow()
    stamped = False
    for obj, op in [(o, "insert") for o in session.new] + [(o, "update") for o in session.dirty]:
        if not isinstance(obj, SyncMixin):
            continue
        if op == "update" and not session.is_modified(obj, include_collections=False):
            continue
        if op == "insert":
            obj.id = obj.id or uuid7()
            obj.created_at = obj.created_at or now
            if obj.deleted is None:
                obj.deleted = False
        elif obj.deleted:
            op = "delete"
        stamp = _stamp_for(store, obj, op)
        stamped = True
        obj.updated_at = now
        obj.hlc = stamp
        obj.origin = store.device_id
        session.add(ChangeLog(table_name=obj.__tablename__, row_id=obj.id, op=op, hlc=stamp, pushed=False))
        note_change(session, obj.__tablename__, op, obj.id, _refs(obj))
    if stamped:
        keep_clock(session.connection(), store)


def _stamp_for(store: Store, obj, op: str) -> str:
    """The clock's next stamp; for an edit, always above the version it replaces (a version
    pulled before a restart, or stamped by a console whose clock runs ahead)."""
    stamp = store.clock.now()
    if op == "insert":
        return stamp.encode()
    before = inspect(obj).attrs.hlc.history.deleted or ()
    version = (before[0] if before else None) or obj.hlc
    if version and version >= stamp.encode():
        try:
            stamp = store.clock.above(HlcStamp.decode(version))
        except ValueError:  # not a stamp at all: ours is above nothing, keep it
            pass
    return stamp.encode()


def _refs(obj) -> tuple[tuple[str, str], ...]:
    return tuple((col, v) for col in REF_COLUMNS if (v := getattr(obj, col, None)))


def note_change(session: Session, table: str, kind: str, row_id: str, refs=()) -> None:
    """Record a change to publish when ``session`` commits (the flush hook does it for
    synced rows; call it for local tables such as drafts)."""
    session.info.setdefault("changes", []).append(Change(table, kind, row_id, tuple(refs)))


@event.listens_for(Session, "after_commit")
def _publish_changes(session: Session) -> None:
    store: Store | None = session.info.get("store")
    pending = session.info.pop("changes", None)
    if store is None or not pending:
        return
    changes = Changes(tuple(pending))
    session.info["committed"] = changes
    store.events.publish(Changed(changes))


@event.listens_for(Session, "after_rollback")
def _forget_changes(session: Session) -> None:
    session.info.pop("changes", None)


@event.listens_for(Session, "after_flush")
def _refresh_search(session: Session, _ctx) -> None:
    """Keep the FTS index in step with customers, phones and emails, same transaction."""
    if session.info.get("store") is None:
        return
    from callcenter.store import search
    from callcenter.store.models import Customer, Email, Phone

    touched = set()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Customer):
            touched.add(obj.id)
        elif isinstance(obj, (Phone, Email)):
            touched.add(obj.customer_id)
    if touched:
        search.refresh(session.connection(), touched)
