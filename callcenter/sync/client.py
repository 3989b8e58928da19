"""The console's side of sync: one round = push every pending change, then pull.

Pushes go oldest first in bounded, gzip-compressed batches; a batch is marked
pushed only after the server answered, so a console killed mid-push sends it
again and the server applies it once. Each pulled page is applied in one local
transaction together with the new cursor, so a connection dropped mid-pull loses
nothing and repeats nothing. Transient failures (no connection, 5xx, 429) are
retried with exponential backoff; the last success and the last error, in plain
words, are kept in the store's ``local_meta`` for the console's status bar.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import queue
import shutil
import sqlite3
import ssl
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import orjson
import sqlalchemy.exc

from callcenter.core.errors import SyncProblem
from callcenter.store import bootstrap, replica
from callcenter.store.db import Store
from callcenter.sync import protocol, snapshot_file, validate

log = logging.getLogger(__name__)

K_SERVER, K_CURSOR, K_SUCCESS, K_ERROR, K_USER, K_CAFILE, K_ERROR_REASON = (
    "sync.server_url",
    "sync.cursor",
    "sync.last_success",
    "sync.last_error",
    "sync.user_id",
    "sync.cafile",
    "sync.last_error_reason",
)


# Why a sync request failed: stable codes, put into words by each front end (the GUI in
# the user's language, the command line in English). Transient ones are retried later.
OFFLINE = "offline"  # this computer has no network (no route, no name resolution)
UNREACHABLE = "unreachable"  # the network is there, the server does not answer or dropped the connection
TIMEOUT = "timeout"  # the server took too long to answer
TLS = "tls"  # the server's certificate is not trusted (or TLS could not be set up)
UNAUTHORISED = "unauthorised"  # wrong user name or password, or this device's token is unknown or expired
FORBIDDEN = "forbidden"  # a pushed change this user's role may not make; nothing was written
SCHEMA_MISMATCH = "schema_mismatch"  # the server runs another schema or protocol version
DUPLICATE = "duplicate"  # a value that must be unique is already used by another console's record
REFUSED = "refused"  # the server could not accept the request as sent (400, 422)
TOO_LARGE = "too_large"  # the request was over the server's size limit
RATE_LIMITED = "rate_limited"  # the server asked to slow down (429)
SERVER_ERROR = "server_error"  # the server failed (5xx)
BAD_ANSWER = "bad_answer"  # the server's answer could not be read
APPLY_FAILED = "apply_failed"  # a change from the server could not be applied on this console
DEVICE_TAKEN = "device_taken"  # this console's device id is registered to another user
TOO_MANY_SIGN_INS = "too_many_sign_ins"  # too many wrong passwords lately: wait (``retry_after`` seconds)
NOT_CONFIGURED = "not_configured"  # no server address is set
NOT_REGISTERED = "not_registered"  # this device has no token for the server
HTTP = "http"  # any other refusal by the server (the status says which)

TRANSIENT_REASONS = frozenset({OFFLINE, UNREACHABLE, TIMEOUT, RATE_LIMITED, SERVER_ERROR, BAD_ANSWER})


class SyncFailure(SyncProblem):
    """A ``SyncProblem`` that also carries the plain-English sentence (with the server's own
    words) for the command line and the log: ``english()``. Windows choose their words by
    ``params["reason"]`` and the plain parameters (``status``; ``table``, ``key`` and
    ``value`` of a unique clash; the ``tables`` of refused changes)."""

    def __init__(self, reason: str, transient: bool = False, *, message: str = "", **extra):
        super().__init__(reason, transient, message=message, **extra)

    def english(self) -> str:
        return str(self.params.get("message") or "") or super().english()


class SyncError(Exception):
    """A failed sync request: ``str()`` is plain English, ``reason`` a stable code (above),
    ``transient`` ones are worth retrying later; ``problem`` is the same failure as a
    ``core.errors.SyncProblem`` for the use cases and windows. ``status`` is the HTTP
    status and ``code`` the server's own reason code, when there are ones ("duplicate")."""

    def __init__(
        self,
        message: str,
        transient: bool = False,
        status: int | None = None,
        code: str = "",
        *,
        reason: str = "",
        **details,
    ):
        super().__init__(message)
        self.transient = transient
        self.status = status
        self.code = code
        self.reason = reason or _default_reason(status, transient, code)
        self.details = details

    @property
    def problem(self) -> SyncFailure:
        extra = dict(self.details)
        if self.status is not None:
            extra["status"] = self.status
        return SyncFailure(self.reason, self.transient, message=str(self), **extra)


def _default_reason(status: int | None, transient: bool, code: str = "") -> str:
    if status is None:
        return UNREACHABLE if transient else HTTP
    if status == 401:
        return UNAUTHORISED
    if status == 403:
        return FORBIDDEN
    if code in (DEVICE_TAKEN, TOO_MANY_SIGN_INS):
        return code
    if status == 409:
        return DUPLICATE if code == "duplicate" else SCHEMA_MISMATCH
    if status == 413:
        return TOO_LARGE
    if status in (400, 422):
        return REFUSED
    if status == 429:
        return RATE_LIMITED
    if status >= 500:
        return SERVER_ERROR
    return HTTP


@dataclass
class RoundResult:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    cursor: int = 0
    pending: int = 0
    seconds: float = 0.0
    kept_aside: int = 0  # pulled rows this console cannot apply, kept aside (all of them, not just this round's)
    snapshot_rows: int = 0  # rows loaded from the server's snapshot (a console joining: see ``bootstrap``)
    snapshot_source: str = ""  # "file" (the server's snapshot file) or "stream"; "" when none was loaded
    snapshot_phases: dict[str, float] = field(default_factory=dict)  # seconds per step of that load

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class SyncStatus:
    server_url: str | None
    last_success: str | None
    last_error: str | None
    pending: int
    registered: bool
    last_reason: str | None = None  # the code of the last error (see above)
    kept_aside: int = 0  # pulled rows this console could not apply (store.replica.kept_aside)

    @property
    def problem(self) -> SyncFailure | None:
        """The last round's failure, when the last round failed."""
        if not (self.last_error or self.last_reason):
            return None
        reason = self.last_reason or HTTP
        return SyncFailure(reason, reason in TRANSIENT_REASONS, message=self.last_error or "")


def status(store: Store) -> SyncStatus:
    from callcenter.sync import credentials

    url = store.meta(K_SERVER)
    return SyncStatus(
        url,
        store.meta(K_SUCCESS),
        store.meta(K_ERROR) or None,
        store.pending_changes(),
        bool(url and credentials.load_token(url, store.device_id)),
        store.meta(K_ERROR_REASON) or None,
        replica.kept_aside_count(store),
    )


DOWNLOAD_SHARE = 0.3  # of a join from the snapshot file, about the part the download takes (the copy the rest)
SQL_CHECKS = bootstrap.RowChecks(validate.sql_row_check, validate.sql_row_fault, validate.stored_fault)


class SyncClient:
    def __init__(
        self,
        store: Store,
        server_url: str,
        token: str | None = None,
        http: httpx.Client | None = None,
        batch: int = protocol.MAX_BATCH,
        page: int = protocol.DEFAULT_PAGE,
        retries: int = 3,
        backoff: float = 0.5,
        verify: bool | str = True,
        timeout: float = 60.0,
    ):
        self.store = store
        self.server_url = server_url.rstrip("/")
        self.token = token
        self.batch = min(batch, protocol.MAX_BATCH)
        self.page = min(page, protocol.MAX_PAGE)
        self.retries, self.backoff = retries, backoff
        if isinstance(verify, str):  # a CA file to trust (a site's own certificate authority)
            verify = ssl.create_default_context(cafile=verify)
        self.http = http or httpx.Client(base_url=self.server_url, verify=verify, timeout=timeout)
        self.schema = protocol.schema_version()
        self.kept_aside = 0  # pulled rows kept aside by this client (store.replica.kept_aside)

    # -- plumbing ---------------------------------------------------------------
    def _headers(self) -> dict:
        h = {protocol.SCHEMA_HEADER: self.schema, protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        return h

    def _request(self, method: str, path: str, **kw) -> httpx.Response:
        # The headers are put together once: every retry sends exactly the first try's
        # request (a retry once went out without Content-Encoding and Content-Type).
        headers = {**self._headers(), **kw.pop("headers", {})}
        attempt = 0
        while True:
            try:
                resp = self.http.request(method, path, headers=headers, **kw)
            except httpx.TransportError as exc:
                error = _transport_error(self.server_url, exc)
            else:
                if resp.status_code < 400:
                    return resp
                error = _http_error(resp)
                log.debug("%s %s -> %s %s", method, path, resp.status_code, resp.text[:500])
            if not error.transient or attempt >= self.retries:
                raise error
            time.sleep(self.backoff * (2**attempt))
            attempt += 1

    # -- operations --------------------------------------------------------------
    def register(self, username: str, password: str, name: str = "") -> dict:
        resp = self._request(
            "POST",
            "/v1/devices",
            json={
                "username": username,
                "password": password,
                "device_id": self.store.device_id,
                "name": name,
            },
        )
        answer = resp.json()
        self.token = answer["token"]
        self.store.set_meta(K_SERVER, self.server_url)
        self.store.set_meta(K_USER, answer["user_id"])
        return answer

    def push(self) -> tuple[int, int]:
        """Push every pending change; returns (changes sent, conflicts the server recorded).

        Two-stage pipeline: the next batch is read from the store while the server
        applies the previous one. A batch is marked pushed only after its answer.
        """
        sent = conflicts = 0
        cursor = int(self.store.meta(K_CURSOR) or 0)
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as pool:
            out = replica.collect_pending(self.store, self.batch)
            while out.last_seq:
                flight = pool.submit(self._send_batch, out.changes, cursor) if out.changes else None
                following = replica.collect_pending(self.store, self.batch, after_seq=out.last_seq)
                if flight is not None:
                    conflicts += flight.result()
                    sent += len(out.changes)
                replica.mark_pushed(self.store, out.last_seq)
                out = following
        return sent, conflicts

    def _send_batch(self, changes: list[dict], cursor: int) -> int:
        body = {"batch_id": protocol.batch_id(self.store.device_id, changes), "cursor": cursor, "changes": changes}
        resp = self._request(
            "POST",
            "/v1/push",
            content=protocol.pack(body),
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        return int(resp.json().get("conflicts", 0))

    def _fetch(self, cursor: int) -> tuple[list, int, bool]:
        resp = self._request("GET", "/v1/pull", params={"cursor": cursor, "limit": self.page})
        try:
            page = orjson.loads(resp.content)
            return page["changes"], int(page["cursor"]), bool(page["more"])
        except (ValueError, KeyError, TypeError) as exc:
            raise SyncError(
                f"the sync server sent a page this console cannot read ({exc})", transient=True, reason=BAD_ANSWER
            ) from None

    def pull(self) -> tuple[int, int, int, int]:
        """Pull pages until the server has no more; returns (received, applied, conflicts, cursor).

        The next page is fetched while this one is applied; each page and the new
        cursor are written in one local transaction.
        """
        cursor = int(self.store.meta(K_CURSOR) or 0)
        received = applied = conflicts = 0
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as pool:
            changes, next_cursor, more = self._fetch(cursor)
            while True:
                ahead = pool.submit(self._fetch, next_cursor) if more else None
                try:
                    good, aside = validate.sort_out(changes)
                    result = replica.apply_remote(
                        self.store, good, meta={K_CURSOR: str(next_cursor)}, aside=aside, keep_aside=True
                    )
                except (replica.ChangeError, replica.ClashError) as exc:
                    if ahead is not None:
                        ahead.cancel()
                    raise SyncError(
                        f"a change from the server could not be applied: {exc}", reason=APPLY_FAILED
                    ) from None
                received += len(changes)
                applied += result.applied
                self.kept_aside += result.kept_aside
                conflicts += len(result.conflicts)
                cursor = next_cursor
                if ahead is None:
                    return received, applied, conflicts, cursor
                changes, next_cursor, more = ahead.result()

    # -- joining: the snapshot ----------------------------------------------------------------
    def needs_snapshot(self) -> bool:
        """An empty store that never pulled, or one whose snapshot load did not finish."""
        if bootstrap.is_loading(self.store):
            return True
        return int(self.store.meta(K_CURSOR) or 0) == 0 and bootstrap.is_empty(self.store)

    def load_snapshot(self, progress: bootstrap.Progress | None = None) -> bootstrap.Loaded:
        """Load the server's snapshot (``GET /v1/snapshot``) into this empty store and set the
        cursor it corresponds to; the next pull brings what came after. A failed or cut
        stream leaves the store marked as loading (``bootstrap``): the next call starts again.
        Transient failures are retried from the start. Raises SyncError."""
        attempt = 0
        while True:
            try:
                return self._load_snapshot(progress)
            except SyncError as exc:
                if not exc.transient or attempt >= self.retries:
                    raise
            time.sleep(self.backoff * (2**attempt))
            attempt += 1

    def _load_snapshot(self, progress: bootstrap.Progress | None) -> bootstrap.Loaded:
        """The server's snapshot file when it has one this console can use, else the stream."""
        loaded = self._load_snapshot_file(progress)
        return loaded if loaded is not None else self._load_snapshot_stream(progress)

    def _load_snapshot_file(self, progress: bootstrap.Progress | None) -> bootstrap.Loaded | None:
        """Download the site's prebuilt snapshot file (``sync.snapshot_file``) beside the
        store, check its SHA-256, copy its tables in (``SnapshotLoader.copy_file``) and take
        ``users`` and ``sync_conflicts`` from the stream (this user's own hash is only
        there). None when the server has no file, or one of another store schema: the
        caller streams. The download is removed in every case."""
        download = self.store.path.with_name(self.store.path.name + ".snapshot-download")
        started = time.perf_counter()
        phases: dict[str, float] = {}

        def lap(name: str) -> None:
            phases[name] = round(time.perf_counter() - started - sum(phases.values()), 2)

        try:
            found = self._download_snapshot(download, progress)
            lap("download_s")
            if found is None or not bootstrap.file_fits(self.store, download):
                return None
            cursor, rows = found
            skip = snapshot_file.PER_USER_TABLES  # this user's rows come from the stream (own hash)
            per_user = list(self._snapshot_frames(skip))
            lap("users_s")
            total = rows - bootstrap.file_rows(download, skip) + sum(len(r) for _t, r in per_user)
            copied = None
            if progress is not None:  # the copy moves the bar on from where the download left it

                def copied(done: int, all_rows: int) -> None:
                    share = DOWNLOAD_SHARE + (1 - DOWNLOAD_SHARE) * done / max(all_rows, 1)
                    progress(min(int(all_rows * share), all_rows), all_rows)

            with bootstrap.SnapshotLoader(
                self.store, total, copied, sort_out=validate.sort_out, row_checker=validate.row_checker
            ) as load:
                load.copy_file(download, SQL_CHECKS, skip=skip)
                lap("copy_s")
                for table, frame in per_user:
                    load.add(table, frame)
                loaded = load.finish(cursor, {K_CURSOR: str(cursor)})
            lap("finish_s")
            loaded.phases = phases
            log.info("snapshot file loaded", extra={"fields": {"rows": loaded.rows, **phases}})
            return loaded
        except (sqlalchemy.exc.DatabaseError, sqlite3.DatabaseError) as exc:
            from callcenter.store.errors import store_error

            problem = store_error(exc, "this console's store")
            if problem.params.get("reason") in ("disk_full", "read_only"):
                raise problem from None
            log.warning("the snapshot file could not be copied (%s); streaming the snapshot instead", problem)
            return None
        except OSError as exc:
            from callcenter.store.errors import store_error

            raise store_error(exc, "the downloaded snapshot") from None
        finally:
            with contextlib.suppress(OSError):
                download.unlink()

    def _download_snapshot(self, path: Path, progress: bootstrap.Progress | None) -> tuple[int, int] | None:
        """``GET /v1/snapshot/file`` into ``path``: (its cursor, its rows), or None (none
        built, one of another store schema, or one that does not match its SHA-256)."""
        headers = {**self._headers(), "Accept-Encoding": "identity"}  # a database file: sent as it is
        try:
            with self.http.stream(
                "GET", "/v1/snapshot/file", headers=headers, timeout=httpx.Timeout(60.0, read=600.0)
            ) as resp:
                if resp.status_code == 404:  # none built yet, or a server from before snapshot files
                    resp.read()
                    return None
                if resp.status_code >= 400:
                    resp.read()
                    raise _http_error(resp)
                if resp.headers.get("X-Snapshot-Schema", self.schema) != self.schema:
                    return None  # a file of another store schema: not worth downloading
                try:
                    cursor = int(resp.headers["X-Snapshot-Cursor"])
                    rows = int(resp.headers.get("X-Snapshot-Rows") or 0)
                    expected = resp.headers["X-Snapshot-Sha256"].lower()
                    size = int(resp.headers.get("Content-Length") or 0)
                except (KeyError, ValueError):
                    raise SyncError(
                        "the sync server sent a snapshot file without its position", transient=True, reason=BAD_ANSWER
                    ) from None
                _room_for(path, size)
                digest = hashlib.sha256()
                got, told = 0, -1
                with open(path, "wb") as f:
                    for chunk in resp.iter_bytes(1 << 20):
                        f.write(chunk)
                        digest.update(chunk)
                        got += len(chunk)
                        step = got * 100 // max(size, 1)
                        if progress is not None and step != told:  # the bar moves while the file comes
                            told = step
                            progress(int(rows * DOWNLOAD_SHARE * min(got / max(size, 1), 1.0)), rows)
        except httpx.TransportError as exc:
            raise _transport_error(self.server_url, exc) from None
        if digest.hexdigest() != expected:  # damaged on the server or on the way: the stream is checked row by row
            log.warning("the snapshot file from the sync server does not match its SHA-256; streaming instead")
            return None
        return cursor, rows

    def _snapshot_frames(self, tables: tuple[str, ...]) -> Iterator[tuple[str, list[dict]]]:
        """The rows of ``tables`` from ``GET /v1/snapshot?tables=...``, frame by frame."""
        try:
            with self.http.stream(
                "GET", "/v1/snapshot", params={"tables": ",".join(tables)}, headers=self._headers()
            ) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise _http_error(resp)
                lines = _lines(resp.iter_bytes(1 << 20))
                sent = 0
                for line in lines:
                    frame = _frame(line)
                    if "end" in frame:
                        if int(frame.get("rows", -1)) != sent:
                            break
                        return
                    if "table" in frame:
                        rows = frame.get("rows") or []
                        sent += len(rows)
                        yield str(frame["table"]), rows
        except httpx.TransportError as exc:
            raise _transport_error(self.server_url, exc) from None
        except ValueError as exc:
            raise SyncError(
                f"the sync server sent a snapshot this console cannot read ({exc})", transient=True, reason=BAD_ANSWER
            ) from None
        raise SyncError("the snapshot from the sync server was cut short", transient=True, reason=BAD_ANSWER)

    def _load_snapshot_stream(self, progress: bootstrap.Progress | None) -> bootstrap.Loaded:
        frames: queue.Queue = queue.Queue(maxsize=4)
        stop = threading.Event()
        try:
            with self.http.stream(
                "GET", "/v1/snapshot", headers=self._headers(), timeout=httpx.Timeout(60.0, read=600.0)
            ) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise _http_error(resp)
                lines = _lines(resp.iter_bytes(1 << 20))
                header = _frame(next(lines, b""))
                if "cursor" not in header:
                    raise SyncError("the sync server sent no snapshot header", transient=True, reason=BAD_ANSWER)
                # the stream is read and parsed on a second thread while this one writes
                reader = threading.Thread(target=_read_frames, args=(lines, frames, stop), daemon=True)
                reader.start()
                try:
                    with bootstrap.SnapshotLoader(
                        self.store,
                        int(header.get("total") or 0),
                        progress,
                        sort_out=validate.sort_out,
                        row_checker=validate.row_checker,
                    ) as load:
                        end = None
                        while True:
                            item = frames.get()
                            if isinstance(item, BaseException):
                                raise item
                            if item is None or "end" in item:
                                end = item
                                break
                            load.add(str(item.get("table", "")), item.get("rows") or [])
                        if end is None or int(end.get("rows", -1)) != load.result.rows:
                            raise SyncError(
                                "the snapshot from the sync server was cut short", transient=True, reason=BAD_ANSWER
                            )
                        return load.finish(int(header["cursor"]), {K_CURSOR: str(int(header["cursor"]))})
                finally:
                    stop.set()
                    with contextlib.suppress(queue.Empty):
                        while True:
                            frames.get_nowait()  # let the reader see ``stop``
                    reader.join(5)
        except httpx.TransportError as exc:
            raise _transport_error(self.server_url, exc) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise SyncError(
                f"the sync server sent a snapshot this console cannot read ({exc})", transient=True, reason=BAD_ANSWER
            ) from None

    def wait_for_changes(self, timeout_s: float = protocol.WAIT_S) -> bool:
        """Long-poll the server (``GET /v1/wait``): True as soon as the site has changes after
        this console's pull cursor, False when ``timeout_s`` passed with none. Raises SyncError
        (an older server without the call: ``reason`` HTTP, status 404)."""
        cursor = int(self.store.meta(K_CURSOR) or 0)
        # the client's own timeout (60 s by default) covers the longest wait the server allows
        resp = self._request("GET", "/v1/wait", params={"cursor": cursor, "timeout": timeout_s})
        try:
            return bool(resp.json()["changed"])
        except (ValueError, KeyError, TypeError):
            raise SyncError(
                "the sync server sent an answer this console cannot read", True, reason=BAD_ANSWER
            ) from None

    def sync_round(self, progress: bootstrap.Progress | None = None) -> RoundResult:
        """Push, then pull; records the outcome for the status bar. Raises SyncError.
        An empty store (a console joining) first loads the server's snapshot
        (``load_snapshot``, ``progress`` told rows done and rows in all)."""
        start = time.perf_counter()
        snapshot = bootstrap.Loaded(source="")
        try:
            if self.needs_snapshot():
                snapshot = self.load_snapshot(progress)
            pushed, push_conflicts = self.push()
            received, applied, pull_conflicts, cursor = self.pull()
            if pull_conflicts:  # conflict records written here go up at once
                more, _ = self.push()
                pushed += more
        except SyncError as exc:
            self.store.set_meta(K_ERROR, str(exc))
            self.store.set_meta(K_ERROR_REASON, exc.reason)
            raise
        self.store.set_meta(K_SUCCESS, datetime.now(UTC).isoformat(timespec="seconds"))
        self.store.set_meta(K_ERROR, "")
        self.store.set_meta(K_ERROR_REASON, "")
        return RoundResult(
            pushed,
            received,
            applied,
            push_conflicts + pull_conflicts,
            cursor,
            self.store.pending_changes(),
            round(time.perf_counter() - start, 3),
            replica.kept_aside_count(self.store),
            snapshot.rows,
            snapshot.source,
            snapshot.phases,
        )

    def close(self) -> None:
        self.http.close()


def _lines(chunks):
    """Lines of a byte stream (without their newline), however the chunks cut them."""
    parts: list[bytes] = []
    for chunk in chunks:
        start = 0
        while True:
            nl = chunk.find(b"\n", start)
            if nl < 0:
                if start < len(chunk):
                    parts.append(chunk[start:])
                break
            parts.append(chunk[start:nl])
            yield b"".join(parts)
            parts = []
            start = nl + 1
    if parts:
        yield b"".join(parts)


def _frame(line: bytes) -> dict:
    frame = orjson.loads(line) if line else {}
    if not isinstance(frame, dict):
        raise ValueError("a snapshot line is not an object")
    return frame


def _read_frames(lines, frames: queue.Queue, stop: threading.Event) -> None:
    """The snapshot's frames, parsed, into ``frames``; None at the end of the stream, an
    exception when reading failed."""

    def put(item) -> bool:
        while not stop.is_set():
            try:
                frames.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    try:
        for line in lines:
            if line and not put(_frame(line)):
                return
        put(None)
    except httpx.TransportError as exc:
        put(SyncError(f"the snapshot stopped coming ({_reason(exc)})", transient=True, reason=UNREACHABLE))
    except (ValueError, TypeError) as exc:
        put(SyncError(f"the sync server sent a snapshot this console cannot read ({exc})", True, reason=BAD_ANSWER))
    except Exception as exc:  # anything else: the writer raises it
        put(exc)


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "..."


_OFFLINE_WORDS = (
    "name or service not known",
    "temporary failure in name resolution",
    "nodename nor servname",
    "no address associated",
    "getaddrinfo",
    "network is unreachable",
)


def _transport_error(server_url: str, exc: httpx.TransportError) -> SyncError:
    """No answer from the server, by kind: a timeout, TLS, no network, or no server."""
    text = f"cannot reach the sync server at {server_url} ({_reason(exc)})"
    causes = f"{exc} {exc.__cause__ or ''} {exc.__context__ or ''}".lower()
    if isinstance(exc, httpx.TimeoutException):
        return SyncError(text, transient=True, reason=TIMEOUT)
    if isinstance(exc.__cause__ or exc.__context__, ssl.SSLError) or "certificate" in causes or "ssl" in causes:
        return SyncError(text, reason=TLS)  # retrying does not make a certificate trusted
    if isinstance(exc, httpx.ConnectError) and any(words in causes for words in _OFFLINE_WORDS):
        return SyncError(text, transient=True, reason=OFFLINE)
    return SyncError(text, transient=True, reason=UNREACHABLE)


def _room_for(path: Path, size: int) -> None:
    """Refuse, in words, a download the disk has no room for: the file, then its tables
    copied into the store beside it (and the store's log while they are copied)."""
    from callcenter.store.errors import StoreError

    need = int(size * 2.2) + (64 << 20)
    free = shutil.disk_usage(path.parent).free
    if free < need:
        raise StoreError(
            f"the disk is full: joining this site needs about {need / 1e9:.1f} GB free beside the store "
            f"and {free / 1e9:.1f} GB are; free some space and try again",
            "disk_full",
        )


def _http_error(resp: httpx.Response) -> SyncError:
    try:
        body = resp.json()
        detail = body.get("detail")
        errors = body.get("errors")
    except (ValueError, AttributeError):
        detail = errors = None
    if isinstance(errors, list) and errors:  # the declared 422 body: the rows that do not fit are in `errors`
        detail = errors
    code = ""
    details: dict = {}
    if isinstance(detail, list) and detail and all(isinstance(d, dict) for d in detail):  # rows that do not fit
        named = [d for d in detail if d.get("table")]
        if named:
            details["tables"] = sorted({str(d["table"]) for d in named})
            details["field"] = str(named[0].get("field", ""))
        detail = "; ".join(str(d.get("msg", "")) for d in detail[:3])
    elif isinstance(detail, dict):
        code = detail.get("code", "")
        refused_rows = detail.get("refused", [])
        if refused_rows:
            details["tables"] = sorted({str(r.get("table", "")) for r in refused_rows if r.get("table")})
            details["rules"] = sorted({str(r.get("rule", "")) for r in refused_rows if r.get("rule")})
        if code == TOO_MANY_SIGN_INS:
            with contextlib.suppress(TypeError, ValueError):
                details["retry_after"] = int(detail.get("retry_after") or resp.headers.get("retry-after") or 0)
        clashes = detail.get("clashes") or []
        if clashes:
            first = clashes[0]
            details.update(table=str(first.get("table", "")), key=str(first.get("key", "")), value=first.get("value"))
        refused = "; ".join(f"{r['table']}: {r['reason']}" for r in refused_rows[:3])
        detail = f"{detail.get('message', '')}: {refused}" if refused else detail.get("message")
    status = resp.status_code
    if status == 401:
        return SyncError(
            f"the sync server did not accept this device ({detail or 'sign-in needed'}); register the device again",
            status=status,
        )
    if code == TOO_MANY_SIGN_INS:  # trying again at once only makes the wait longer
        return SyncError(
            f"the sync server refused the sign-in: {detail or 'too many failed sign-ins'}",
            status=status,
            code=code,
            **details,
        )
    if status in (429, 502, 503, 504) or status >= 500:
        return SyncError(
            f"the sync server had a problem (HTTP {status}); it will be tried again", transient=True, status=status
        )
    return SyncError(
        f"the sync server refused the request (HTTP {status}): {detail or resp.reason_phrase}",
        status=status,
        code=code,
        **details,
    )


def client_for(store: Store, server_url: str | None = None, **kw) -> SyncClient:
    """A client for this store's server with its saved token; SyncError in plain words."""
    from callcenter.sync import credentials

    url = (server_url or store.meta(K_SERVER) or "").rstrip("/")
    if not url:
        raise SyncError("no sync server is set: give --server URL or set it in Settings", reason=NOT_CONFIGURED)
    token = credentials.load_token(url, store.device_id)
    if not token:
        raise SyncError(
            f"this device is not registered with {url}: register it first (callcenter sync --register USER)",
            reason=NOT_REGISTERED,
        )
    if store.meta(K_SERVER) != url:  # another server: its positions mean nothing here
        store.set_meta(K_SERVER, url)
        store.set_meta(K_CURSOR, "0")
    if kw.get("verify", True) is True and store.meta(K_CAFILE):  # the site's own CA, saved by --cafile
        kw["verify"] = store.meta(K_CAFILE)
    return SyncClient(store, url, token=token, **kw)
