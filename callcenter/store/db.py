"""Open a store: engine with WAL and foreign keys, migrations, stamped sessions."""
from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from callcenter.core.ids import HybridLogicalClock, uuid7
from callcenter.store.models import ChangeLog, LocalMeta, SyncMixin, utcnow

log = logging.getLogger(__name__)


class StoreError(Exception):
    """A store problem told in plain words (bad file, full disk, newer schema)."""


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
    engine = create_engine(URL.create("sqlite", database=str(Path(path))), future=True)
    event.listen(engine, "connect", _sqlite_pragmas)
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
        from callcenter.store.migrate import check_known

        check_known(row[0])


class Store:
    """One SQLite file: the engine, a device id, a hybrid logical clock."""

    def __init__(self, path: str | os.PathLike, migrate: bool = True):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if migrate:
            _preflight(self.path)
        self.engine = make_engine(self.path)
        if migrate:
            from callcenter.store.migrate import upgrade

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
        s = self.session()
        try:
            with s.begin():
                yield s
        finally:
            s.close()

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
