"""Open a store: engine with WAL and foreign keys, migrations, stamped sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from callcenter.core.changes import REF_COLUMNS, Change, Changed, Changes
from callcenter.core.events import EventBus
from callcenter.core.ids import HybridLogicalClock, uuid7
from callcenter.store.errors import StoreError
from callcenter.store.migrate import check_known, upgrade
from callcenter.store.models import ChangeLog, LocalMeta, SyncMixin, utcnow

log = logging.getLogger(__name__)
__all__ = ["Store", "StoreError", "Unit", "allow_store_access", "set_connection_guard"]

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


def make_engine(path: str | os.PathLike) -> Engine:
    # URL.create, not an f-string URL: '?', '#' and '%' in a file name must stay in the name.
    # hide_parameters: a failed statement's message (which reaches the log) never carries the
    # values it was given (names, phone numbers).
    engine = create_engine(URL.create("sqlite", database=str(Path(path))), future=True, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "checkout", _on_checkout)
    return engine


def _preflight(path: Path) -> None:
    """Look at an existing file read-only before the engine opens it.

    The engine's connect hook switches the file to WAL, which rewrites its header;
    a file we must refuse (a newer schema, not a database at all) is refused here
    first so that it is left exactly as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        # immutable: no locks, no -wal/-shm files left behind. It may miss changes still
        # in a -wal file; upgrade() checks the revision again through the engine.
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return  # cannot even look: the engine reports the real problem
    try:
        has_version = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
    except sqlite3.OperationalError:
        return  # locked or busy: not ours to judge here
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path.name} is not a callcenter database, or it is damaged") from exc
    finally:
        con.close()
    if row is not None:
        check_known(row[0])


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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.events = EventBus()
        if migrate:
            _preflight(self.path)
        self.engine = make_engine(self.path)
        if migrate:
            try:
                upgrade(self.engine)
            except BaseException:
                self.engine.dispose()  # do not keep the refused file open
                raise
        self.device_id = self._meta("device_id", lambda: uuid7())
        self.clock = HybridLogicalClock(self.device_id)
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
        stamp = store.clock.now().encode()
        obj.updated_at = now
        obj.hlc = stamp
        obj.origin = store.device_id
        session.add(ChangeLog(table_name=obj.__tablename__, row_id=obj.id, op=op, hlc=stamp, pushed=False))
        note_change(session, obj.__tablename__, op, obj.id, _refs(obj))


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
