"""Import and export: customers, order history and payments in; customers, calls and complaints out.

``preview_file`` reads a file's header, first rows and the suggested column mapping (no
store). ``import_file`` checks every row (file-level checks in ``core.imports``, store-level
ones in ``store.imports``) and, unless it is a dry run, writes the accepted rows batch by
batch, each batch one transaction with its ledger row; re-running an unfinished import of
the same file resumes it, re-running a finished one changes nothing that is already so.
``export_table`` writes customers, interactions or complaints to CSV (UTF-8 with BOM) or
XLSX. Imports and exports are audited; only supervisors and admins may run them (``actor``
None: the command line on this machine, which owns the file).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, NotPermitted, Unexpected
from callcenter.core.imports import (
    FIELDS,
    KINDS,
    Checked,
    ImportFileError,
    Issue,
    MappingError,
    PhoneCheck,
    RowChecker,
    check_phone,
    count_rows,
    read_table,
    resolve_mapping,
    suggest_mapping,
)
from callcenter.core.roles import Role
from callcenter.ops import Done
from callcenter.store import exports, repo
from callcenter.store.db import Store
from callcenter.store.imports import ImportWriter

ALLOWED = (Role.SUPERVISOR, Role.ADMIN)
MERGED_LISTED = 1000  # the report names at most this many merged keys
Progress = Callable[[int, int], None]  # rows done, rows in the file (0 when not counted)


def _check_role(actor: Identity | None, action: str) -> None:
    if actor is not None and actor.role not in ALLOWED:
        raise NotPermitted(action, actor.role.value)


@dataclass(frozen=True)
class Preview:
    header: list[str]
    rows: list[list[str]]
    mapping: dict[str, str]  # column -> suggested field
    fields: list[str]  # every field of the kind


def preview_file(path: str | Path, kind: str, rows: int = 10) -> Preview:
    """The header, the first ``rows`` data rows and the suggested mapping. Raises
    ``Invalid(fields={"file": reason})`` when the file is not a readable table."""
    if kind not in KINDS:
        raise Invalid(fields={"kind": "kind_unknown"})
    try:
        header, _rows = read_table(path)
        first = _preview_rows(path, rows)
    except (ImportFileError, OSError) as exc:
        raise Invalid(fields={"file": getattr(exc, "reason", "unreadable")}) from None
    return Preview(header, first, suggest_mapping(kind, header), list(FIELDS[kind]))


def _preview_rows(path: str | Path, rows: int) -> list[list[str]]:
    _h, it = read_table(path)
    out = []
    for cells in it:
        out.append(cells)
        if len(out) >= rows:
            break
    return out


@dataclass
class ImportReport:
    kind: str
    file: str
    dry_run: bool
    mapping: dict[str, str]  # field -> column
    unmapped: list[str]
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    orders_created: int = 0
    orders_updated: int = 0
    batches: int = 0
    resumed_batches: int = 0
    resumed: bool = False
    cancelled: bool = False
    finished: bool = False
    import_s: float = 0.0
    problems: list[Issue] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        columns = self.mapping
        out["problems"] = [i.as_dict(columns) for i in sorted(self.problems, key=lambda i: (i.row, i.field))]
        out["rows_per_s"] = round(self.rows / self.import_s) if self.import_s else 0
        out["import_s"] = round(self.import_s, 3)
        return out


def fingerprint(path: Path, kind: str, mapping: Mapping[str, str], region: str, batch_size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    digest.update(json.dumps([kind, sorted(mapping.items()), region, batch_size]).encode())
    return digest.hexdigest()


def _batches(it: Iterator[list[str]], size: int) -> Iterator[list[tuple[int, list[str]]]]:
    batch: list[tuple[int, list[str]]] = []
    row = 1
    for cells in it:
        row += 1
        batch.append((row, cells))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


PARALLEL_BYTES = 4_000_000  # smaller files: starting helper processes costs more than they save
MAX_PHONE_HELPERS = 4


def _checked_batches(
    path: Path, kind: str, by_field: Mapping[str, str], region: str, batch_size: int
) -> Iterator[list[Checked]]:
    """The file's rows, checked (``core.imports.RowChecker``), batch by batch."""
    header, rows = read_table(path)
    checker = RowChecker(kind, header, by_field, region)
    for batch in _batches(rows, batch_size):
        yield [checker.check(row, cells) for row, cells in batch]


PhoneVerdict = tuple[str | None, str | None, str | None] | None  # (e164, extension, reason); None: no phone


def _phone_verdicts(
    path: Path, by_field: Mapping[str, str], region: str, batch_size: int, helper: int, helpers: int
) -> Iterator[list[PhoneVerdict]]:
    """libphonenumber's verdict on each row's phone cell, for the batches ``helper`` of
    ``helpers`` checks (every ``helpers``-th batch); the same number written the same way is
    judged once."""
    header, rows = read_table(path)
    column = header.index(by_field["phone"])
    seen: dict[str, PhoneVerdict] = {}
    for batch_no, batch in enumerate(_batches(rows, batch_size)):
        if batch_no % helpers != helper:
            continue
        out: list[PhoneVerdict] = []
        for _row, cells in batch:
            raw = cells[column].strip() if column < len(cells) else ""
            if not raw:
                out.append(None)
                continue
            verdict = seen.get(raw)
            if verdict is None:
                found = check_phone(raw, region)
                verdict = (found.e164, found.extension, found.reason)
                if len(seen) < 100_000:
                    seen[raw] = verdict
            out.append(verdict)
        yield out


def _produce(queue: Any, args: tuple[Any, ...]) -> None:
    """A helper process: judge the phone numbers of its batches, hand them over (a bounded
    queue, so it runs at most a few batches ahead); stops when the importing process is gone."""
    import queue as queues

    parent = os.getppid()

    def put(item: Any) -> bool:
        while True:
            try:
                queue.put(item, timeout=1.0)
                return True
            except queues.Full:
                if os.getppid() != parent:  # the importing process was killed: stop too
                    return False

    try:
        for verdicts in _phone_verdicts(*args):
            if not put(verdicts):
                return
    except ImportFileError as exc:
        put(exc)
        return
    put(None)


class _Checking:
    """Checked batches. Customers' phone numbers (libphonenumber: most of a customer row's
    checking) may be judged ahead by helper processes, each taking every n-th batch, while
    this process reads, checks the rest and writes; the other checks are cheap enough here
    (handing rows between processes would cost more than checking them)."""

    def __init__(self, workers: int, path: Path, kind: str, by_field: dict[str, str], region: str, size: int) -> None:
        self.args = (path, kind, by_field, region, size)
        self.processes: list[Any] = []
        self.queues: list[Any] = []
        if workers and kind == "customers" and "phone" in by_field:
            import multiprocessing

            # spawn, never fork: the GUI runs imports on a worker thread of a threaded process
            ctx = multiprocessing.get_context("spawn")
            for helper in range(workers):
                queue = ctx.Queue(maxsize=4)
                process = ctx.Process(
                    target=_produce, args=(queue, (path, by_field, region, size, helper, workers)), daemon=True
                )
                process.start()
                self.queues.append(queue)
                self.processes.append(process)

    def __iter__(self) -> Iterator[list[Checked]]:
        if not self.processes:
            yield from _checked_batches(*self.args)
            return
        path, kind, by_field, region, size = self.args
        header, rows = read_table(path)
        checker = RowChecker(kind, header, by_field, region)
        check = checker.check
        for batch_no, batch in enumerate(_batches(rows, size)):
            verdicts = self._verdicts(batch_no)
            if len(verdicts) != len(batch):
                raise Unexpected("import_helper")
            yield [
                check(row, cells, PhoneCheck(*verdict) if verdict is not None else None)
                for (row, cells), verdict in zip(batch, verdicts, strict=True)
            ]

    def _verdicts(self, batch_no: int) -> list[PhoneVerdict]:
        import queue as queues

        n = batch_no % len(self.queues)
        while True:
            try:
                item = self.queues[n].get(timeout=5.0)
            except queues.Empty:
                if not self.processes[n].is_alive():
                    raise Unexpected("import_helper") from None
                continue
            if item is None:
                raise Unexpected("import_helper")  # the helper ran out of rows before this process
            if isinstance(item, ImportFileError):
                raise item
            return item  # type: ignore[no-any-return]

    def close(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.join(5)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """No cyclic garbage collection while importing: an import makes millions of short-lived
    tuples and lists (none of them in a cycle), and the collector's passes over them were a
    third of an order-line import's time. Reference counting frees them as usual; the
    collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def import_file(
    store: Store,
    actor: Identity | None,
    kind: str,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    *,
    dry_run: bool = False,
    region: str = "US",
    batch_size: int = 5000,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Done[ImportReport]:
    """Import ``path`` (CSV or XLSX) as ``kind`` (customers | orders | payments).

    ``mapping``: column -> field overrides of the suggested mapping (``"-"`` leaves a column
    out). Raises ``Invalid(fields={"file": reason})`` for an unreadable file,
    ``Invalid(fields={name: reason})`` for a mapping that cannot work (unknown_column,
    unknown_field, field_twice, field_missing) and ``NotPermitted`` for an agent or trainer.
    Each batch commits on its own (and is published on ``store.events`` as it commits), so
    ``Done.changes`` is empty; ``cancelled()`` is asked before each batch; a cancelled or
    killed import resumes when the same file is imported again. ``workers``: helper processes
    that judge the phone numbers of the batches ahead while this one checks the rest and
    writes (default: one per core, up to four, for files larger than a few megabytes on a
    machine with more than one core), 0 to do everything here.
    """
    _check_role(actor, "import")
    if kind not in KINDS:
        raise Invalid(fields={"kind": "kind_unknown"})
    if batch_size < 1:
        raise Invalid(fields={"batch_size": "too_small"})
    path = Path(path)
    started = time.perf_counter()
    try:
        header, rows = read_table(path)
        rows.close()  # type: ignore[attr-defined]  # the rows are read again, batch by batch
        by_field = resolve_mapping(kind, header, mapping)
    except ImportFileError as exc:
        raise Invalid(fields={"file": exc.reason}) from None
    except OSError:
        raise Invalid(fields={"file": "unreadable"}) from None
    except MappingError as exc:
        raise Invalid(fields={name: reason for reason, name in exc.problems}) from None
    total = count_rows(path) if progress is not None else 0
    report = ImportReport(
        kind, path.name, dry_run, dict(by_field), [c for c in header if c not in by_field.values() and c]
    )
    user_id = actor.user_id if actor else None
    if workers is None:
        cpus = os.cpu_count() or 1
        workers = min(cpus, MAX_PHONE_HELPERS) if path.stat().st_size > PARALLEL_BYTES and cpus > 1 else 0
    checking = _Checking(min(workers, MAX_PHONE_HELPERS), path, kind, dict(by_field), region, batch_size)
    try:
        with _no_cycle_collection(), ImportWriter(store, kind, dry_run) as writer:
            run = writer.start_run(fingerprint(path, kind, by_field, region, batch_size), path.name, user_id)
            report.resumed = run.resumed
            for batch_no, checked in enumerate(checking):
                report.rows += len(checked)
                good = [c for c in checked if c.values is not None]
                file_issues = [i for c in checked for i in c.issues]
                report.problems.extend(file_issues)
                refused_in_file = len(checked) - len(good)
                report.refused += refused_in_file
                done = run.done.get(batch_no)
                if done is not None:  # committed before the import was stopped
                    report.resumed_batches += 1
                    report.created += done["created"]
                    report.updated += done["updated"]
                    report.unchanged += done["unchanged"]
                    report.refused += len(done["report"])
                    report.problems.extend(done["report"])
                else:
                    if cancelled is not None and cancelled():
                        report.cancelled = True
                        break
                    outcome = writer.batch(run, batch_no, good, refused_in_file)
                    report.created += outcome.created
                    report.updated += outcome.updated
                    report.unchanged += outcome.unchanged
                    report.orders_created += outcome.orders_created
                    report.orders_updated += outcome.orders_updated
                    report.refused += len(outcome.refused)
                    report.problems.extend(outcome.refused)
                    room = MERGED_LISTED - len(report.merged)
                    if room > 0:
                        report.merged.extend(outcome.merged[:room])
                report.batches += 1
                if progress is not None:
                    progress(report.rows, max(total, report.rows))
            if not report.cancelled:
                writer.finish_run(run)
                report.finished = not dry_run
    except ImportFileError as exc:
        raise Invalid(fields={"file": exc.reason}) from None
    finally:
        checking.close()
    report.import_s = time.perf_counter() - started
    if not dry_run:
        detail = (
            f"{path.name}: {report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.refused} refused" + ("; cancelled" if report.cancelled else "")
        )
        repo.audit(store, user_id, "import", kind, None, detail)
    return Done(report)


# -- export ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Exported:
    what: str
    file: str
    rows: int
    format: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def export_table(store: Store, actor: Identity | None, what: str, path: str | Path) -> Done[Exported]:
    """Write ``what`` (customers | interactions | complaints) to ``path``: CSV in UTF-8 with a
    BOM (spreadsheets then read Chinese right), or XLSX by the suffix. Audited ('export').
    Sensitive fields (ID and card numbers) are never exported."""
    _check_role(actor, "export")
    if what not in exports.EXPORTS:
        raise Invalid(fields={"what": "unknown"})
    path = Path(path)
    fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
    try:
        rows = exports.export(store, what, path, fmt)
    except OSError:
        raise Invalid(fields={"file": "unwritable"}) from None
    repo.audit(store, actor.user_id if actor else None, "export", what, None, f"{path.name}: {rows} rows")
    return Done(Exported(what, str(path), rows, fmt))
