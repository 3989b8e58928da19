"""The site's snapshot as a ready-made console store file: how a console joins a big site fast.

Streaming a snapshot (``GET /v1/snapshot``) makes every joining console parse, check and
insert every row of the site and build every index: minutes at a million customers. The
server instead builds that work once: ``build`` loads its own snapshot into a fresh
console store (the same ``bootstrap.SnapshotLoader``, the same checks, the customer
search index filled) and publishes it as ``snapshot-<cursor>.db`` with a manifest
(``snapshot.json``: the position it holds, the store schema, rows per table, size and
SHA-256). A joining console downloads the file (``GET /v1/snapshot/file``) and copies
its tables into its own store page by page (``bootstrap.SnapshotLoader.copy_file``), then pulls what came
after the file's position.

Every user's password hash is withheld in the file (it is the same file for everyone): a
console takes its ``users`` (and ``sync_conflicts``) rows from the streamed snapshot of
those tables, which carries its own user's hash (``withheld``).

A build never disturbs the published file: it is written under a temporary name, made
whole on disk, and only then renamed into place, manifest last; older files are removed
once a newer one is published. A console downloading an older file while a new one is
published keeps reading the one it opened.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine

log = logging.getLogger(__name__)

MANIFEST = "snapshot.json"
PER_USER_TABLES = ("sync_conflicts", "users")  # what ``withheld`` changes per user: streamed, not in the file
_FILE = re.compile(r"snapshot-\d+\.db")


@dataclass(frozen=True)
class Manifest:
    site: int  # server_store.site_mark: whose site the file is of
    cursor: int
    schema: str
    rows: int
    tables: dict[str, int]
    size: int
    sha256: str
    built_at: str
    file: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def default_dir() -> Path:
    from callcenter.paths import data_dir

    return Path(os.environ.get("CALLCENTER_SNAPSHOT_DIR") or data_dir() / "snapshots")


def current(folder: Path, site: int) -> tuple[Manifest, Path] | None:
    """The published snapshot file of ``site`` (``server_store.site_mark``) and its
    manifest, or None (none built, or of another site, or not for this product's store
    schema, or its file gone)."""
    from callcenter.sync import protocol

    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        manifest = Manifest(**data)
    except (OSError, ValueError, TypeError):
        return None
    path = folder / manifest.file
    if (
        manifest.site != site
        or manifest.schema != protocol.schema_version()
        or not _FILE.fullmatch(manifest.file)
        or not path.is_file()
    ):
        return None
    return manifest, path


def build(engine: Engine, folder: Path) -> Manifest:
    """Build and publish the snapshot file of the site ``engine`` holds, in ``folder``."""
    from callcenter.store import bootstrap
    from callcenter.store.db import Store
    from callcenter.sync import protocol, server_store, validate

    folder.mkdir(parents=True, exist_ok=True)
    building = folder / f".building-{os.getpid()}.db"
    _remove(building)
    started = time.perf_counter()
    try:
        store = Store(building)
        try:
            frames = server_store.snapshot(engine, own_user="")  # every hash withheld
            header = orjson.loads(next(frames))
            cursor = int(header["cursor"])
            with bootstrap.SnapshotLoader(
                store, int(header["total"]), sort_out=validate.sort_out, row_checker=validate.row_checker
            ) as load:
                for line in frames:
                    frame = orjson.loads(line)
                    if "end" in frame:
                        break
                    load.add(str(frame["table"]), frame["rows"])
                result = load.finish(cursor, {})
            with store.engine.connect() as conn:
                tables = {
                    t: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one())
                    for t in sorted(result.tables)
                }
        finally:
            store.close()
        _single_file(building)
        digest, size = _sha256(building)
        name = f"snapshot-{cursor}.db"
        os.replace(building, folder / name)
        manifest = Manifest(
            site=server_store.site_mark(engine),
            cursor=cursor,
            schema=protocol.schema_version(),
            rows=sum(tables.values()),
            tables=tables,
            size=size,
            sha256=digest,
            built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            file=name,
        )
        tmp = folder / f".{MANIFEST}.{os.getpid()}"
        tmp.write_text(json.dumps(manifest.as_dict(), indent=1), encoding="utf-8")
        os.replace(tmp, folder / MANIFEST)
    finally:
        for leftover in (building, *(building.with_name(building.name + s) for s in ("-wal", "-shm", "-journal"))):
            _remove(leftover)
    _prune(folder, keep=manifest.file)
    log.info(
        "snapshot file built",
        extra={"fields": {"cursor": cursor, "rows": manifest.rows, "s": round(time.perf_counter() - started, 1)}},
    )
    return manifest


def _single_file(path: Path) -> None:
    """The store as one file: its write-ahead log checkpointed into it and removed."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _sha256(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _prune(folder: Path, keep: str) -> None:
    for path in folder.iterdir():
        if _FILE.fullmatch(path.name) and path.name != keep:
            _remove(path)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def every_s(minutes: float | None = None) -> float:
    """How often the server rebuilds the file when the site changed: ``minutes``
    (``--snapshot-every``), else ``CALLCENTER_SNAPSHOT_EVERY``, else hourly; 0: never."""
    if minutes is None:
        try:
            minutes = float(os.environ.get("CALLCENTER_SNAPSHOT_EVERY", "60"))
        except ValueError:
            minutes = 60.0
    return max(0.0, minutes) * 60


class Keeper:
    """A thread of the server process that rebuilds the snapshot file when the site moved on
    since the published one: at start (when none is published) and then every ``every_s``.
    Each build runs in a child process (``callcenter server --build-snapshot``), so the
    server's own requests never wait for it; the database address goes to the child in its
    environment, never on its command line."""

    def __init__(self, engine: Engine, url: str, folder: Path, every: float):
        import threading

        from callcenter.sync import server_store

        self.engine, self.url, self.folder, self.every = engine, url, folder, every
        self.site = server_store.site_mark(engine)  # given once to the database: never changes
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="snapshot-keeper", daemon=True)

    def start(self) -> Keeper:
        self._thread.start()
        return self

    def stop(self, wait_s: float = 60.0) -> None:
        """No more builds; waits up to ``wait_s`` for one under way to end."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(wait_s)

    def due(self) -> bool:
        from callcenter.sync import server_store

        found = current(self.folder, self.site)
        return server_store.position(self.engine) > (found[0].cursor if found else 0)

    def _run(self) -> None:
        import subprocess
        import sys

        while not self._stop.is_set():
            try:
                if self.due():
                    cmd = [sys.executable, "-m", "callcenter", "server", "--build-snapshot"]
                    cmd += ["--snapshot-dir", str(self.folder)]
                    env = {**os.environ, "CALLCENTER_DATABASE_URL": self.url}
                    done = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, check=False)
                    if done.returncode:
                        log.error("snapshot file build failed", extra={"fields": {"rc": done.returncode}})
            except Exception:  # a database gone for a while: try again at the next round
                log.exception("snapshot file check failed")
            self._stop.wait(self.every)
