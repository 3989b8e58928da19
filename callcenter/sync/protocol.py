"""The sync protocol, shared by the client and the server.

- ``POST /v1/devices`` registers a device with a user's name and password and
  returns a token (the server keeps only its SHA-256). Every other ``/v1`` call
  sends ``Authorization: Bearer <token>``.
- ``POST /v1/push``: a batch of at most ``MAX_BATCH`` changes, gzip-compressed
  JSON (``Content-Encoding: gzip``), at most ``MAX_BODY`` bytes unpacked. Its
  ``batch_id`` is a digest of its content: a retried batch gets the stored answer
  and is not applied again; a change the server already has (same row, same
  stamp) is a duplicate whatever batch brings it.
- ``GET /v1/pull?cursor=N&limit=M``: changes the server accepted after position N,
  oldest first, at most M (``MAX_PAGE``), with the next cursor and whether there
  is more. Responses are gzip-compressed when the client accepts it.
- ``GET /v1/snapshot``: every row the user may read (other users' password hashes
  withheld as in a pull), one consistent picture taken in one transaction, streamed
  as lines of JSON (gzip when the client accepts it): first a header
  ``{"snapshot": 1, "cursor": N, "total": T, "tables": {name: rows}}``, then frames
  ``{"table": name, "rows": [row, ...]}`` of at most ``SNAPSHOT_FRAME`` rows (a table's
  rows in id order), last ``{"end": true, "rows": T}``. A new console loads it and then
  pulls from ``cursor``: the picture holds exactly the changes at or below it. A stream
  without its trailer is incomplete.
- Every call carries ``X-Callcenter-Schema`` (the store schema revision) and
  ``X-Callcenter-Protocol``; a server of another schema refuses with 409 and says
  which side to update, so different versions never mix rows.

Merge (``wins``): the version with the higher hybrid-logical-clock stamp wins the
whole row; stamps are ``wall-counter-device`` text of fixed width, so the device id
breaks ties and text order is clock order. A tombstone (``deleted``) is a version
like any other: it wins over older edits, and an edit made later than the delete
(by a device that had not seen it) brings the row back, leaving a conflict record.
Append-only tables (``APPEND_ONLY_TABLES``) merge by union: their rows are
written once. A concurrent overwrite (the pushing device had not seen the
version it replaces or loses to) leaves a ``sync_conflicts`` record with both versions.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib

import orjson

PROTOCOL_VERSION = 1
MAX_BATCH = 10000  # changes per push
MAX_PAGE = 10000  # changes per pull page
DEFAULT_PAGE = 5000
SNAPSHOT_FRAME = 5000  # rows per frame of a snapshot
WAIT_S = 25.0  # how long a console's long-poll (GET /v1/wait) waits for news by default
MAX_WAIT_S = 55.0  # and at most (under the usual 60 s proxy timeouts)
MAX_BODY = 32 * 1024 * 1024  # bytes of JSON in one push, unpacked
SCHEMA_HEADER = "X-Callcenter-Schema"
PROTOCOL_HEADER = "X-Callcenter-Protocol"


def schema_version() -> str:
    """The store schema this product writes: client and server must agree on it."""
    from callcenter.store.migrate import head_revision

    return head_revision()


def wins(incoming_hlc: str, current_hlc: str | None) -> bool:
    return current_hlc is None or incoming_hlc > current_hlc


def batch_id(device_id: str, changes: list[dict]) -> str:
    h = hashlib.sha256(device_id.encode())
    for ch in changes:
        h.update(f"\n{ch['table']}\t{ch['id']}\t{ch['hlc']}".encode())
    return h.hexdigest()[:40]


def pack(obj) -> bytes:
    return gzip.compress(orjson.dumps(obj), compresslevel=1, mtime=0)  # same bytes for the same body


class PayloadTooLarge(ValueError):
    pass


def unpack_gzip(body: bytes, limit: int = MAX_BODY) -> bytes:
    """Inflate at most ``limit`` bytes; refuse bombs and broken streams."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(body, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"the request body is not valid gzip ({exc})") from None
    if len(out) > limit or d.unconsumed_tail:
        raise PayloadTooLarge(f"the request body unpacks to more than {limit} bytes")
    if not d.eof:
        raise ValueError("the request body is a truncated gzip stream")
    return out
