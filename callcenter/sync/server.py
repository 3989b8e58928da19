"""The central sync server: a FastAPI app over ``server_store`` (see ``protocol``).

``create_app(url)`` builds the app for one database; ``serve`` runs it under
uvicorn (optionally with TLS). The app keeps nothing between requests but its
database engine and per-process request counters (``/metrics``), so any number
of server processes can share one PostgreSQL behind a load balancer (``/v1/wait``
long-polls wake at once for a push taken by their own process, within a second for
one taken by another).

Logs are one JSON object per line: method, path, status, milliseconds, device id.
Never user names, customer names or phone numbers.
"""

import asyncio
import json
import logging
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool

from callcenter import __version__
from callcenter.sync import protocol, rules, server_store, snapshot_file, validate, withheld

log = logging.getLogger("callcenter.sync.server")

NO_SNAPSHOT_FILE = "no_snapshot_file"  # GET /v1/snapshot/file: stream the snapshot instead

Str64 = Annotated[str, Field(min_length=1, max_length=64)]


TABLE_NAME = r"^[a-z][a-z0-9_]{0,63}$"  # the rule server_store checks, stated in the schema
STAMP = r"^[0-9a-f]{12}-[0-9a-f]{4}-.+$"


class Change(BaseModel):
    table: Annotated[str, Field(min_length=1, max_length=64, pattern=TABLE_NAME)]
    id: Annotated[str, Field(min_length=1, max_length=36)]
    hlc: Annotated[str, Field(min_length=1, max_length=64, pattern=STAMP)]
    deleted: bool
    row: dict[str, Any]


class PushBody(BaseModel):
    batch_id: Annotated[str, Field(min_length=1, max_length=40)]
    cursor: Annotated[int, Field(ge=0, le=2**62)] = 0
    changes: Annotated[list[Change], Field(max_length=protocol.MAX_BATCH)]


def _inline_schema(model) -> dict:
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})
    schema["properties"]["changes"]["items"] = defs["Change"]
    return schema


PUSH_SCHEMA = _inline_schema(PushBody)
_CHANGE_TYPES = (("table", str, 64), ("id", str, 36), ("hlc", str, 64))


def parse_push(raw: bytes) -> tuple[str, int, list[dict]]:
    """The push body (``PushBody``), checked by hand: json + isinstance is several
    times faster than model validation for a full batch. ValueError in plain words."""
    try:
        body = orjson.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"the request body is not JSON ({exc})") from None
    if not isinstance(body, dict):
        raise ValueError("the request body must be a JSON object")
    batch, cursor, changes = body.get("batch_id"), body.get("cursor", 0), body.get("changes")
    if not isinstance(batch, str) or not 1 <= len(batch) <= 40:
        raise ValueError("batch_id must be text of 1 to 40 characters")
    if type(cursor) is not int or not 0 <= cursor <= 2**62:
        raise ValueError("cursor must be a whole number, 0 or more")
    if not isinstance(changes, list):
        raise ValueError("changes must be a list")
    if len(changes) > protocol.MAX_BATCH:
        raise ValueError(f"a batch holds at most {protocol.MAX_BATCH} changes, not {len(changes)}")
    for n, ch in enumerate(changes):
        if not isinstance(ch, dict):
            raise ValueError(f"change {n} must be an object")
        for key, kind, longest in _CHANGE_TYPES:
            value = ch.get(key)
            if not isinstance(value, kind) or not 1 <= len(value) <= longest:
                raise ValueError(f"change {n}: {key} must be text of 1 to {longest} characters")
        if not isinstance(ch.get("deleted"), bool) or not isinstance(ch.get("row"), dict):
            raise ValueError(f"change {n}: deleted must be true or false and row an object")
    return batch, cursor, changes


class FieldProblem(BaseModel):
    loc: list[str | int]
    msg: str


class InvalidBody(BaseModel):
    """Every 422: a sentence, and the fields it is about (empty when the sentence says it all)."""

    detail: str
    errors: list[FieldProblem] = []


class Message(BaseModel):
    """Every other refusal: ``detail`` is a sentence, or (push 403 and 409) an object with one."""

    detail: str | dict[str, Any]


def _answers(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The refusals a route may answer, declared in the schema with their bodies."""
    words = {
        400: "the request body cannot be read (gzip that does not unpack)",
        401: "sign-in needed: no, an unknown, an expired or a revoked device token",
        403: "a pushed row the user's role may not write; nothing written",
        409: (
            "the console's schema or protocol differs from the server's (on push: a value that must be unique is"
            " taken; on registering: the device id belongs to another user, code device_taken)"
        ),
        413: "the request body is too large",
        422: "the request is not valid; nothing written",
        429: "too many attempts: wait as long as Retry-After says",
        503: "the server's database is unavailable; try again later",
    }
    return {code: {"description": words[code], "model": InvalidBody if code == 422 else Message} for code in codes}


class PushAnswer(BaseModel):
    accepted: int
    duplicates: int
    older: int
    conflicts: int
    cursor: int
    replayed: bool


class PullPage(BaseModel):
    changes: list[Change]
    cursor: int
    more: bool


# Text the server stores or looks up as it is: PostgreSQL text cannot hold a NUL character
# (the query itself fails), so the schema refuses it with the declared 422 instead.
NO_NUL = r"^[^\x00]*$"


class Registration(BaseModel):
    username: Annotated[str, Field(min_length=1, max_length=64, pattern=NO_NUL)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]
    device_id: Annotated[str, Field(min_length=1, max_length=64, pattern=NO_NUL)]
    name: Annotated[str, Field(max_length=128, pattern=NO_NUL)] = ""


class Registered(BaseModel):
    token: str
    user_id: str
    role: str
    display_name: str


class WaitAnswer(BaseModel):
    cursor: int  # the site's counter when answered
    changed: bool  # above the cursor asked about: pull now


class Bell:
    """Wakes the long-polls of ``/v1/wait`` waiting in this process when a push commits here.
    A wait also reads the counter at least every ``RECHECK_S`` seconds, so a push taken by
    another server process behind the same database is seen too, a little later."""

    RECHECK_S = 1.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    def ring(self) -> None:
        with self._lock:
            waiting = list(self._waiting)
        for loop, event in waiting:
            loop.call_soon_threadsafe(event.set)

    async def wait(self, seconds: float) -> None:
        entry = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._waiting.add(entry)
        try:
            await asyncio.wait_for(entry[1].wait(), seconds)
        except TimeoutError:
            pass
        finally:
            with self._lock:
                self._waiting.discard(entry)


class Me(BaseModel):
    user_id: str
    role: str
    device_id: str
    schema_version: str


class GzipRequest(Request):
    """Request bodies may come gzip-compressed; at most ``protocol.MAX_BODY`` unpacked."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            chunks, size = [], 0
            async for chunk in self.stream():
                chunks.append(chunk)
                size += len(chunk)
                if size > protocol.MAX_BODY:
                    raise HTTPException(413, "the request body is too large")
            raw = b"".join(chunks)
            if "gzip" in self.headers.get("content-encoding", ""):
                try:
                    raw = protocol.unpack_gzip(raw)
                except protocol.PayloadTooLarge as exc:
                    raise HTTPException(413, str(exc)) from None
                except ValueError as exc:
                    raise HTTPException(400, str(exc)) from None
            self._body = raw
        return self._body


class GzipRoute(APIRoute):
    def get_route_handler(self):
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            return await original(GzipRequest(request.scope, request.receive))

        return handler


class JsonLogFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry)


def setup_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLogFormatter())
    root = logging.getLogger("callcenter")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def create_app(database_url: str | None = None, engine=None, snapshot_dir: Path | None = None) -> FastAPI:
    engine = engine or server_store.open_engine(database_url or server_store.default_url())
    snapshots = Path(snapshot_dir) if snapshot_dir else snapshot_file.default_dir()
    site = server_store.site_mark(engine)  # serves only snapshot files of this database's site
    schema = protocol.schema_version()
    counters: Counter = Counter()
    lock = threading.Lock()
    app = FastAPI(
        title="callcenter sync server",
        version=__version__,
        description="Offline-first sync of callcenter consoles: push changes, pull what others changed.",
    )
    app.router.route_class = GzipRoute
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=1)
    app.state.engine = engine
    bell = app.state.bell = Bell()
    bearer = HTTPBearer(auto_error=False)

    def count(**labels) -> None:
        with lock:
            counters[tuple(sorted(labels.items()))] += 1

    @app.middleware("http")
    async def access_log(request: Request, call_next):
        start = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception:
            log.exception("request failed", extra={"fields": {"path": request.url.path}})
            raise
        ms = round((time.perf_counter() - start) * 1000, 2)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        count(name="requests", path=path, status=response.status_code)
        log.info(
            "request",
            extra={
                "fields": {
                    "method": request.method,
                    "path": path,
                    "status": response.status_code,
                    "ms": ms,
                    "device": getattr(request.state, "device", None),
                    **{
                        k: getattr(request.state, k)
                        for k in ("changes", "read_ms", "apply_ms")
                        if hasattr(request.state, k)
                    },
                }
            },
        )
        return response

    @app.exception_handler(OperationalError)
    async def database_down(_request: Request, exc: OperationalError):
        log.error("database unavailable", extra={"fields": {"error": type(exc.orig).__name__}})
        return JSONResponse({"detail": "the server's database is unavailable; try again later"}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        errors = [
            {"loc": [p if isinstance(p, int) else str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))}
            for e in exc.errors()[:20]
        ]
        return JSONResponse({"detail": "the request is not valid", "errors": errors}, status_code=422)

    def check_schema(
        x_callcenter_schema: Annotated[str | None, Header()] = None,
        x_callcenter_protocol: Annotated[str | None, Header()] = None,
    ) -> None:
        if x_callcenter_protocol is not None and x_callcenter_protocol != str(protocol.PROTOCOL_VERSION):
            raise HTTPException(
                409,
                f"this server speaks sync protocol {protocol.PROTOCOL_VERSION}, "
                f"the console {x_callcenter_protocol[:16]}: update the older one",
            )
        if x_callcenter_schema != schema:
            theirs = (x_callcenter_schema or "none")[:16]
            raise HTTPException(
                409,
                f"this server keeps data of schema {schema} and the console has schema {theirs}: "
                "update the console or the server so that both run the same version",
            )

    def signed_in(
        request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> rules.Actor:
        """Any registered device (monitoring needs no schema header)."""
        if creds is None or creds.scheme.lower() != "bearer":
            raise HTTPException(401, "sign-in needed: register this device", headers={"WWW-Authenticate": "Bearer"})
        try:
            who = server_store.authenticate(engine, creds.credentials)
        except server_store.AuthError as exc:
            raise HTTPException(401, str(exc), headers={"WWW-Authenticate": "Bearer"}) from None
        request.state.device = who.device_id
        return who

    def actor(
        who: Annotated[rules.Actor, Depends(signed_in)], _schema: Annotated[None, Depends(check_schema)]
    ) -> rules.Actor:
        """A registered device of this schema version: every sync call."""
        return who

    Actor = Annotated[rules.Actor, Depends(actor)]

    @app.get("/healthz", tags=["operations"], responses=_answers(503))
    def healthz() -> dict:
        try:
            info = server_store.stats(engine)
        except OperationalError:
            raise HTTPException(503, "the database is unavailable") from None
        return {
            "status": "ok",
            "backend": server_store.backend(engine),
            "schema_version": schema,
            "position": info["position"],
        }

    @app.get(
        "/metrics",
        tags=["operations"],
        response_class=Response,
        responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}, **_answers(401)},
    )
    def metrics(who: Annotated[rules.Actor, Depends(signed_in)]) -> Response:
        lines = []
        with lock:
            items = sorted(counters.items())
        for labels, value in items:
            d = dict(labels)
            name = d.pop("name")
            label_text = ",".join(f'{k}="{v}"' for k, v in d.items())
            lines.append(
                f"callcenter_sync_{name}_total{{{label_text}}} {value}"
                if label_text
                else f"callcenter_sync_{name}_total {value}"
            )
        for key, value in server_store.stats(engine).items():
            lines.append(f"callcenter_sync_{key} {value}")
        return Response("\n".join(lines) + "\n", media_type="text/plain; version=0.0.4")

    @app.post(
        "/v1/devices",
        response_model=Registered,
        tags=["devices"],
        dependencies=[Depends(check_schema)],
        responses=_answers(400, 401, 409, 413, 422, 429),
    )
    def register(body: Registration, request: Request) -> Registered:
        address = request.client.host if request.client else ""
        try:
            token, user = server_store.register_device(
                engine, body.username, body.password, body.device_id, body.name, address=address
            )
        except server_store.TooManySignIns as exc:
            count(name="sign_ins_slowed")
            log.warning("sign-ins slowed down", extra={"fields": {"scope": exc.scope, "retry_after": exc.retry_after}})
            raise HTTPException(
                429,
                {"code": "too_many_sign_ins", "message": str(exc), "retry_after": exc.retry_after},
                headers={"Retry-After": str(exc.retry_after)},
            ) from None
        except server_store.DeviceTaken:
            log.warning("registration refused: device of another user", extra={"fields": {"device": body.device_id}})
            raise HTTPException(
                409,
                {
                    "code": "device_taken",
                    "message": "this device is registered to another user: sign in as that user, "
                    "or ask an administrator",
                },
            ) from None
        except server_store.AuthError as exc:
            log.info("registration refused", extra={"fields": {"device": body.device_id}})
            raise HTTPException(401, str(exc)) from None
        request.state.device = body.device_id
        log.info("device registered", extra={"fields": {"device": body.device_id, "user_id": user["id"]}})
        return Registered(
            token=token, user_id=user["id"], role=user.get("role", "agent"), display_name=user.get("display_name", "")
        )

    @app.get("/v1/me", response_model=Me, tags=["devices"], responses=_answers(401, 409, 422))
    def me(who: Actor) -> Me:
        return Me(user_id=who.user_id, role=who.role, device_id=who.device_id, schema_version=schema)

    @app.post(
        "/v1/push",
        response_model=PushAnswer,
        tags=["sync"],
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": PUSH_SCHEMA}}}},
        responses=_answers(400, 401, 403, 409, 413, 422),
    )
    async def push(request: Request, who: Actor) -> PushAnswer:
        start = time.perf_counter()
        raw = await request.body()
        request.state.read_ms = round((time.perf_counter() - start) * 1000, 2)
        try:
            return PushAnswer(**(await run_in_threadpool(_push, raw, who, request.state)).as_dict())
        except server_store.Refused as exc:
            count(name="refused_batches")
            raise HTTPException(
                403,
                {
                    "code": "forbidden",
                    "message": "the server refused changes your role may not make",
                    "refused": exc.refused[:100],
                },
            ) from None
        except server_store.Duplicate as exc:
            count(name="duplicate_batches")
            first = exc.clashes[0]
            raise HTTPException(
                409,
                {
                    "code": "duplicate",
                    "message": f"another {first['table']} record already has {first['key']} {first['value']!r}; "
                    "change it on this console and sync again",
                    "clashes": exc.clashes[:20],
                },
            ) from None
        except validate.InvalidRows as exc:  # each bad row named, with its field and why
            count(name="invalid_batches")
            body = {"detail": str(exc), "errors": [bad.as_dict() for bad in exc.bad]}
            return JSONResponse(body, status_code=422)  # type: ignore[return-value]
        except ValueError as exc:  # the declared 422 body: a sentence and (here) no field list
            return JSONResponse({"detail": str(exc), "errors": []}, status_code=422)  # type: ignore[return-value]

    def _push(raw: bytes, who: rules.Actor, state):
        start = time.perf_counter()
        batch, cursor, changes = parse_push(raw)
        state.changes = len(changes)
        with engine.connect() as conn:  # hashes stay the server's unless their owner or an admin sets one
            withheld.keep_stored(conn, changes, who.user_id, who.role)
        result = server_store.apply_push(engine, who, batch, cursor, changes, check=validate.refuse_invalid)
        state.apply_ms = round((time.perf_counter() - start) * 1000, 2)
        count(name="pushes")
        bell.ring()
        return result

    @app.get("/v1/wait", response_model=WaitAnswer, tags=["sync"], responses=_answers(401, 409, 422))
    async def wait(
        who: Actor,
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        timeout: Annotated[float, Query(ge=0, le=protocol.MAX_WAIT_S)] = protocol.WAIT_S,
    ) -> WaitAnswer:
        """Answers as soon as the site has changes after ``cursor`` (another console pushed),
        or after ``timeout`` seconds with ``changed`` false. A console long-polls it to pull at
        once (a supervisor's forced state, a colleague's edit) instead of on its schedule."""
        count(name="waits")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            now_at = await run_in_threadpool(server_store.position, engine)
            left = deadline - loop.time()
            if now_at > cursor or left <= 0:
                return WaitAnswer(cursor=now_at, changed=now_at > cursor)
            await bell.wait(min(left, Bell.RECHECK_S))

    @app.get("/v1/pull", response_model=PullPage, tags=["sync"], responses=_answers(401, 409, 422))
    def pull(
        who: Actor,
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=protocol.MAX_PAGE)] = protocol.DEFAULT_PAGE,
    ) -> Response:
        count(name="pulls")
        page = withheld.withhold(server_store.pull_page(engine, cursor, limit), who.user_id)  # own hash only
        return Response(page, media_type="application/json")

    @app.get(
        "/v1/snapshot",
        tags=["sync"],
        response_class=StreamingResponse,
        responses={
            200: {
                "description": "lines of JSON: a header (cursor, total, rows per table), frames of rows, a trailer",
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
            },
            **_answers(401, 409, 422),
        },
    )
    def snapshot(
        who: Actor,
        tables: Annotated[str | None, Query(max_length=2000, pattern=r"^[a-z0-9_,]+$")] = None,
    ) -> StreamingResponse:
        """Every row the signed-in user may read, as one consistent picture, and the cursor to
        pull on from. ``tables`` (comma-separated): only those tables."""
        count(name="snapshots")
        only = set(tables.split(",")) if tables else None
        return StreamingResponse(
            server_store.snapshot(engine, who.user_id, tables=only), media_type="application/x-ndjson"
        )

    @app.get(
        "/v1/snapshot/file",
        tags=["sync"],
        response_class=FileResponse,
        responses={
            200: {
                "description": "the site as a console store file (``sync.snapshot_file``), every password hash "
                "withheld; its position, SHA-256, rows and tables in the X-Snapshot-* headers",
                "content": {"application/vnd.sqlite3": {"schema": {"type": "string", "format": "binary"}}},
            },
            404: {"description": "no snapshot file is built for this product's store schema"},
            **_answers(401, 409, 422),
        },
    )
    def snapshot_file_download(who: Actor) -> FileResponse:
        """The site's prebuilt snapshot file: a console copies its tables in, takes ``users`` and
        ``sync_conflicts`` from ``/v1/snapshot?tables=...``, and pulls on from its position."""
        found = snapshot_file.current(snapshots, site)
        if found is None:
            raise HTTPException(404, {"code": NO_SNAPSHOT_FILE, "message": "no snapshot file is built yet"})
        manifest, path = found
        count(name="snapshot_files")
        return FileResponse(
            path,
            media_type="application/vnd.sqlite3",
            headers={
                "X-Snapshot-Cursor": str(manifest.cursor),
                "X-Snapshot-Sha256": manifest.sha256,
                "X-Snapshot-Rows": str(manifest.rows),
                "X-Snapshot-Schema": manifest.schema,
                "Cache-Control": "no-store",
            },
        )

    return app


def serve(
    database_url: str | None,
    host: str,
    port: int,
    certfile: str | None = None,
    keyfile: str | None = None,
    snapshot_dir: Path | None = None,
    snapshot_every_min: float | None = None,
) -> int:
    import uvicorn

    setup_logging()
    url = database_url or server_store.default_url()
    folder = Path(snapshot_dir) if snapshot_dir else snapshot_file.default_dir()
    app = create_app(url, snapshot_dir=folder)
    every = snapshot_file.every_s(snapshot_every_min)
    if every:
        snapshot_file.Keeper(app.state.engine, url, folder, every).start()
    log.info(
        "server starting",
        extra={
            "fields": {
                "backend": server_store.backend(app.state.engine),
                "host": host,
                "port": port,
                "tls": bool(certfile),
            }
        },
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        log_config=None,
        access_log=False,
        proxy_headers=True,
    )
    return 0
