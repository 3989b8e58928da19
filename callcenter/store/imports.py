"""Bulk writes for imports: batches of checked rows into customers/phones/emails or
orders/order_lines, idempotent by the rows' external keys, with an import ledger.

* **Idempotent.** A customer is found by its ``account_no``, an order by ``order_no`` and an
  order line by (order, ``sku``). A row whose stored values already equal the file's is left
  alone (no write, no change-log entry); a changed one is updated; a new one inserted.
* **Nothing half-written.** Each batch is one ``BEGIN IMMEDIATE`` transaction holding its
  rows, their change-log entries, the search index, order totals and its ledger row
  (``import_batches``). A process killed mid-batch leaves the store as it was after the
  previous batch.
* **Resumable.** A run (``import_runs``) is identified by the file's fingerprint (content,
  kind, mapping, region, batch size); running the same file while its run is unfinished
  resumes it: the batches in the ledger are skipped, the rest written.
* **Synced.** Imported rows are real rows: every insert and update is stamped (id, times,
  hybrid-logical-clock stamp, this device as origin) and logged in ``change_log`` exactly as
  the ORM's flush hook does, so the next sync round pushes them (demo rows, by contrast,
  are seed data and never logged).
* **Announced.** Each committed batch is published on ``store.events``: rows that existed
  before (updated, or given a new phone) and new customers and orders one by one, the rows
  only a new record has (a new customer's phone and e-mail, order lines) as one summary per
  table (``core.changes.ANY_ROW``): no window can be showing them yet, and a value per row
  cost more than writing it.
* **Fast.** Plain tuples and ``executemany`` on the driver connection, look-ups per batch by
  indexed keys, never an ORM object per row.

The store-level checks happen here, inside the batch's transaction: a phone number or
e-mail address that belongs to another account, an order line for an unknown account or
an order that belongs to another account.
"""

from __future__ import annotations

import hashlib
import json
import operator
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from callcenter.core.changes import ANY_ROW, Change, Changes
from callcenter.core.ids import uuid7
from callcenter.core.imports import Checked, Issue, to_minor
from callcenter.store import search
from callcenter.store.db import Store
from callcenter.store.models import utcnow
from callcenter.store.orders import PAYMENT_TERMS

_DT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy keeps a DateTime in SQLite
_CHUNK = 900  # bound parameters per IN (...) look-up

# customers columns an import may set, in this order; the rest keep their defaults (insert) or values (update)
CUSTOMER_COLUMNS = (
    "account_no",
    "kind",
    "given_name",
    "family_name",
    "company_name",
    "display_name",
    "preferred_language",
    "tier",
    "vip",
    "currency",
    "credit_limit_minor",
    "do_not_call",
    "consent_marketing",
)
_CUSTOMER_DEFAULTS: dict[str, Any] = {
    "kind": "person",
    "given_name": "",
    "family_name": "",
    "company_name": "",
    "preferred_language": "en",
    "tier": "bronze",
    "vip": False,
    "currency": "USD",
    "credit_limit_minor": 0,
    "do_not_call": False,
    "consent_marketing": False,
}
# every import column's value for a new customer: the row's, else the default (None: none)
_NEW_CUSTOMER_BASE: dict[str, Any] = {c: _CUSTOMER_DEFAULTS.get(c) for c in CUSTOMER_COLUMNS}
_customer_values = operator.itemgetter(*CUSTOMER_COLUMNS)
_BOOL_COLUMNS = frozenset({"vip", "do_not_call", "consent_marketing"})
_SYNC = ("id", "created_at", "updated_at", "hlc", "origin", "deleted")
_INSERT_CUSTOMER = (
    "INSERT INTO customers (rowid, id, created_at, updated_at, hlc, origin, deleted, "
    + ", ".join(CUSTOMER_COLUMNS)
    + ", value_score, balance_minor, churn_risk, consent_recording, id_number, card_number, customer_since) "
    + "VALUES ("
    + ", ".join("?" * (7 + len(CUSTOMER_COLUMNS) + 7))
    + ")"
)
_INSERT_PHONE = (
    "INSERT INTO phones (id, created_at, updated_at, hlc, origin, deleted, customer_id, kind, raw, e164, "
    "extension, is_primary) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 1)"
)
_INSERT_EMAIL = (
    "INSERT INTO emails (id, created_at, updated_at, hlc, origin, deleted, customer_id, address, kind) "
    "VALUES (?, ?, ?, ?, ?, 0, ?, ?, 'personal')"
)
_INSERT_ORDER = (
    "INSERT INTO orders (id, created_at, updated_at, hlc, origin, deleted, customer_id, order_no, ordered_at, "
    "status, channel, currency, total_minor) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_LINE = (
    "INSERT INTO order_lines (id, created_at, updated_at, hlc, origin, deleted, order_id, sku, description, "
    "quantity, unit_price_minor, amount_minor) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)"
)
_INSERT_PAYMENT = (
    "INSERT INTO payments (id, created_at, updated_at, hlc, origin, deleted, customer_id, invoice_id, paid_at, "
    "currency, amount_minor, method) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)"
)
_INSERT_INVOICE = (
    "INSERT INTO invoices (id, created_at, updated_at, hlc, origin, deleted, customer_id, invoice_no, order_id, "
    "issued_at, due_at, currency, amount_minor, paid_minor, paid_at, status) "
    "VALUES (?, ?, ?, ?, ?, 0, ?, ?, NULL, ?, ?, ?, ?, 0, NULL, 'open')"
)
OPENING_PREFIX = "OB-"  # an opening-balance invoice's number: this prefix and the account number


def opening_invoice_no(account: str) -> str:
    """The number of the invoice an account's imported balance is kept as (at most 32
    characters: a long account number is shortened to a digest of it)."""
    if len(account) <= 32 - len(OPENING_PREFIX):
        return OPENING_PREFIX + account
    return OPENING_PREFIX + hashlib.sha256(account.encode()).hexdigest()[: 32 - len(OPENING_PREFIX)]


def _opening_status(amount: int, paid: int) -> str:
    if amount == 0:
        return "void" if paid == 0 else "paid"
    return "paid" if paid >= amount else "open"


# A payment's id follows from its reference: the same reference is the same payment, on every console.
PAYMENT_NAMESPACE = uuid.UUID("6f1d7a52-3c0e-4d8e-9a57-2b51c0f4e9a1")


def payment_id(reference: str) -> str:
    return str(uuid.uuid5(PAYMENT_NAMESPACE, reference))


_INSERT_SEARCH = "INSERT INTO customer_search(rowid, name, company, email, account, phones) VALUES (?,?,?,?,?,?)"
_INSERT_LOG = "INSERT INTO change_log (table_name, row_id, op, hlc, pushed) VALUES (?, ?, ?, ?, 0)"


@dataclass
class BatchOutcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[Issue] = field(default_factory=list)  # found against the store
    merged: list[str] = field(default_factory=list)  # keys of updated rows
    orders_created: int = 0
    orders_updated: int = 0
    changes: list[Change] = field(default_factory=list)


@dataclass
class Run:
    id: str
    resumed: bool
    done: dict[int, dict[str, Any]]  # batch_no -> its ledger row (counts and the store-level refusals)


_LOW48 = (1 << 48) - 1


def _counting_ids(prefix: str, n: int) -> Iterator[str]:
    """UUID texts ``prefix`` + the 64 bits of ``n``, ``n + 1``, ... (the last group of twelve
    hex digits counts; the group before it changes only when they wrap)."""
    while True:
        head = f"{prefix}{n >> 48:04x}-"
        for low in range(n & _LOW48, 1 << 48):
            yield head + "%012x" % low
        n = (n | _LOW48) + 1


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class ImportWriter:
    """One connection for a whole import; ``batch`` checks and writes one batch in one
    transaction (or, for a dry run, only checks it and says what it would do)."""

    def __init__(self, store: Store, kind: str, dry_run: bool = False) -> None:
        self.store = store
        self.kind = kind
        self.dry_run = dry_run
        self._conn = store.engine.connect()
        db = self._conn.connection.driver_connection
        assert db is not None
        self.db: Any = db
        self.db.execute("PRAGMA cache_size=-262144")  # ~256 MB while importing: index pages stay in memory
        self.db.execute("PRAGMA temp_store=MEMORY")
        # checkpoint the write-ahead log every ~64 MB instead of every ~4 MB: a batch of a few
        # thousand rows writes more than 4 MB, so each commit would otherwise copy and sync
        # the log into the database file (the same pages, written again a batch later)
        self.db.execute("PRAGMA wal_autocheckpoint=16384")

    def close(self) -> None:
        try:
            self.db.rollback()
            self.db.execute("PRAGMA cache_size=-32000")
            self.db.execute("PRAGMA wal_autocheckpoint=1000")
        finally:
            self._conn.close()

    def __enter__(self) -> ImportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the ledger -------------------------------------------------------------------
    def start_run(self, fingerprint: str, file_name: str, user_id: str | None) -> Run:
        """The unfinished run of this very file (resumed), or a new one."""
        if self.dry_run:
            return Run("", False, {})
        row = self.db.execute(
            "SELECT id FROM import_runs WHERE fingerprint = ? AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1",
            (fingerprint,),
        ).fetchone()
        if row is not None:
            done = {}
            for batch_no, created, updated, unchanged, refused, report in self.db.execute(
                "SELECT batch_no, created, updated, unchanged, refused, report FROM import_batches WHERE run_id = ?",
                (row[0],),
            ):
                done[batch_no] = {
                    "created": created,
                    "updated": updated,
                    "unchanged": unchanged,
                    "refused": refused,
                    "report": [Issue(**i) for i in json.loads(report or "[]")],
                }
            return Run(row[0], True, done)
        run_id = uuid7()
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute(
            "INSERT INTO import_runs (id, fingerprint, kind, file_name, user_id, started_at) VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, fingerprint, self.kind, file_name[:256], user_id, utcnow().strftime(_DT)),
        )
        self.db.commit()
        return Run(run_id, False, {})

    def finish_run(self, run: Run) -> None:
        if self.dry_run or not run.id:
            return
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("UPDATE import_runs SET finished_at = ? WHERE id = ?", (utcnow().strftime(_DT), run.id))
        self.db.commit()

    # -- one batch --------------------------------------------------------------------
    def batch(self, run: Run, batch_no: int, rows: list[Checked], refused_in_file: int) -> BatchOutcome:
        """Check ``rows`` (those the file-level checks accepted) against the store and write
        them with the batch's ledger row, all in one transaction. Publishes the changes."""
        db = self.db
        self._begin_stamps()
        if not self.dry_run:
            db.execute("BEGIN IMMEDIATE")
        try:
            if self.kind == "customers":
                outcome = self._customers(rows)
            elif self.kind == "payments":
                outcome = self._payments(rows)
            else:
                outcome = self._orders(rows)
            if not self.dry_run:
                first = rows[0].row if rows else 0
                last = rows[-1].row if rows else 0
                db.execute(
                    "INSERT INTO import_batches (run_id, batch_no, first_row, last_row, created, updated, unchanged, "
                    "refused, report, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        run.id,
                        batch_no,
                        first,
                        last,
                        outcome.created,
                        outcome.updated,
                        outcome.unchanged,
                        len(outcome.refused) + refused_in_file,
                        json.dumps([i.__dict__ for i in outcome.refused]),
                        utcnow().strftime(_DT),
                    ),
                )
                db.commit()
        except BaseException:
            db.rollback()
            raise
        if outcome.changes and not self.dry_run:
            self.store.publish(Changes(tuple(outcome.changes)), source="import")
        return outcome

    def _begin_stamps(self) -> None:
        """One clock stamp for the whole batch (its rows change together, in one commit) and
        UUIDv7 ids from one time and random base, counting up: unique, and they increase in
        insertion order so that B-tree inserts append."""
        self._hlc = self.store.clock.now().encode()
        base = uuid7().replace("-", "")
        prefix = f"{base[:8]}-{base[8:12]}-{base[12:16]}-"
        start = (2 << 62) | (int.from_bytes(os.urandom(8), "big") & ((1 << 61) - 1))
        self._origin = self.store.device_id
        self._next_id = _counting_ids(prefix, start).__next__

    def _stamp(self) -> tuple[str, str, str]:
        return self._next_id(), self._hlc, self._origin

    def _lookup(self, sql: str, keys: Sequence[Any]) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for chunk in _chunks(list(keys)):
            out.extend(self.db.execute(sql.format(marks=_marks(len(chunk))), tuple(chunk)).fetchall())
        return out

    # -- customers ----------------------------------------------------------------------
    def _customers(self, rows: list[Checked]) -> BatchOutcome:
        out = BatchOutcome()
        if not rows:
            return out
        cols = ", ".join(CUSTOMER_COLUMNS)
        existing = {
            r[2]: r
            for r in self._lookup(
                f"SELECT rowid, id, {cols} FROM customers WHERE account_no IN ({{marks}})", [r.key for r in rows]
            )
        }
        phone_keys = [r.values["phone"][1] for r in rows if r.values and "phone" in r.values]
        phone_owner: dict[str, set[str]] = {}
        for e164, account in self._lookup(
            "SELECT p.e164, c.account_no FROM phones p JOIN customers c ON c.id = p.customer_id "
            "WHERE p.e164 IN ({marks}) AND NOT p.deleted AND NOT c.deleted",
            phone_keys,
        ):
            phone_owner.setdefault(e164, set()).add(account)
        email_keys = [r.values["email"] for r in rows if r.values and "email" in r.values]
        email_owner: dict[str, set[str]] = {}
        for address, account in self._lookup(
            "SELECT e.address, c.account_no FROM emails e JOIN customers c ON c.id = e.customer_id "
            "WHERE e.address IN ({marks}) AND NOT e.deleted AND NOT c.deleted",
            email_keys,
        ):
            email_owner.setdefault(address, set()).add(account)
        known_ids = [existing[r.key][1] for r in rows if r.key in existing]
        primary: dict[str, tuple[Any, ...]] = {}
        for cid, pid, e164, ext, kind in self._lookup(
            "SELECT customer_id, id, e164, extension, kind FROM phones WHERE customer_id IN ({marks}) "
            "AND NOT deleted ORDER BY is_primary DESC, rowid",
            known_ids,
        ):
            primary.setdefault(cid, (pid, e164, ext, kind))
        first_email: dict[str, tuple[str, str]] = {}
        for cid, eid, address in self._lookup(
            "SELECT customer_id, id, address FROM emails WHERE customer_id IN ({marks}) AND NOT deleted ORDER BY rowid",
            known_ids,
        ):
            first_email.setdefault(cid, (eid, address))
        opening = {
            no: (iid, owner, amount, paid, status, deleted)
            for no, iid, owner, amount, paid, status, deleted in self._lookup(
                "SELECT invoice_no, id, customer_id, amount_minor, paid_minor, status, deleted FROM invoices "
                "WHERE invoice_no IN ({marks})",
                [opening_invoice_no(r.key) for r in rows if r.values and "balance_minor" in r.values],
            )
        }
        new_invoices: list[tuple[Any, ...]] = []
        invoice_updates: list[tuple[Any, ...]] = []
        rebalance: list[str] = []  # existing customers whose opening balance changed

        now = utcnow().strftime(_DT)
        next_rowid = (self.db.execute("SELECT coalesce(max(rowid), 0) FROM customers").fetchone()[0] or 0) + 1
        new_customers: list[tuple[Any, ...]] = []
        updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        new_phones: list[tuple[Any, ...]] = []
        phone_updates: list[tuple[Any, ...]] = []
        new_emails: list[tuple[Any, ...]] = []
        email_updates: list[tuple[Any, ...]] = []
        log: list[tuple[str, str, str, str]] = []
        touched: list[int] = []  # existing customers whose search document is rebuilt
        docs: list[tuple[Any, ...]] = []  # new customers' search documents
        first_new_rowid = next_rowid
        document = search.document
        changes = out.changes
        new_customer_phones = new_customer_emails = False
        next_id, hlc, origin = self._next_id, self._hlc, self._origin  # one stamp for the batch (_begin_stamps)
        for r in rows:
            v = r.values
            assert v is not None
            bad = False
            if "phone" in v:
                owners = phone_owner.get(v["phone"][1])
                if owners and (len(owners) > 1 or r.key not in owners):
                    others = owners - {r.key}
                    out.refused.append(Issue(r.row, "phone", "duplicate_phone", f"account {min(others)}"))
                    bad = True
            if "email" in v:
                owners = email_owner.get(v["email"])
                if owners and (len(owners) > 1 or r.key not in owners):
                    others = owners - {r.key}
                    out.refused.append(Issue(r.row, "email", "duplicate_email", f"account {min(others)}"))
                    bad = True
            if bad:
                continue
            old = existing.get(r.key)
            if old is None:
                cid = next_id()
                values = _customer_values({**_NEW_CUSTOMER_BASE, **v})
                balance = v.get("balance_minor", 0)
                new_customers.append(
                    (next_rowid, cid, now, now, hlc, origin, 0, *values, 0, balance, 0, 1, "", "", None)
                )
                if balance:
                    self._open_balance(new_invoices, log, changes, cid, r.key, v, balance, now)
                # its search document from the values themselves (what _ROW_SQL would read back)
                docs.append(
                    (
                        next_rowid,
                        *document(
                            (v["display_name"], v.get("given_name", ""), v.get("family_name", "")),
                            v.get("company_name", ""),
                            v.get("email", ""),
                            r.key,
                            v["phone"][1] if "phone" in v else "",
                        ),
                    )
                )
                next_rowid += 1
                log.append(("customers", cid, "insert", hlc))
                changes.append(Change("customers", "insert", cid))
                # a new customer's phone and e-mail: logged one by one (they sync), announced
                # once per batch (no window can be showing them)
                if "phone" in v:
                    raw, e164, ext, kind = v["phone"]
                    pid = next_id()
                    new_phones.append((pid, now, now, hlc, origin, cid, kind, raw, e164, ext))
                    log.append(("phones", pid, "insert", hlc))
                    new_customer_phones = True
                if "email" in v:
                    eid = next_id()
                    new_emails.append((eid, now, now, hlc, origin, cid, v["email"]))
                    log.append(("emails", eid, "insert", hlc))
                    new_customer_emails = True
                out.created += 1
                continue
            rowid, cid = old[0], old[1]
            stored = dict(zip(CUSTOMER_COLUMNS, old[2:]))
            differ = tuple(
                c for c in CUSTOMER_COLUMNS if c in v and (bool(stored[c]) if c in _BOOL_COLUMNS else stored[c]) != v[c]
            )
            changed = False
            if differ:
                _id, hlc, origin = self._stamp()
                updates.setdefault(differ, []).append((*(v[c] for c in differ), now, hlc, origin, cid))
                log.append(("customers", cid, "update", hlc))
                changes.append(Change("customers", "update", cid))
                changed = True
            if "phone" in v:
                raw, e164, ext, kind = v["phone"]
                have = primary.get(cid)
                if have is None:
                    pid, hlc, origin = self._stamp()
                    new_phones.append((pid, now, now, hlc, origin, cid, kind, raw, e164, ext))
                    log.append(("phones", pid, "insert", hlc))
                    changes.append(Change("phones", "insert", pid, (("customer_id", cid),)))
                    changed = True
                elif (have[1], have[2] or None, have[3]) != (e164, ext or None, kind):
                    _id, hlc, origin = self._stamp()
                    phone_updates.append((raw, e164, ext, kind, now, hlc, origin, have[0]))
                    log.append(("phones", have[0], "update", hlc))
                    changes.append(Change("phones", "update", have[0], (("customer_id", cid),)))
                    changed = True
            if "email" in v:
                have_email = first_email.get(cid)
                if have_email is None:
                    eid, hlc, origin = self._stamp()
                    new_emails.append((eid, now, now, hlc, origin, cid, v["email"]))
                    log.append(("emails", eid, "insert", hlc))
                    changes.append(Change("emails", "insert", eid, (("customer_id", cid),)))
                    changed = True
                elif have_email[1].lower() != v["email"]:
                    _id, hlc, origin = self._stamp()
                    email_updates.append((v["email"], now, hlc, origin, have_email[0]))
                    log.append(("emails", have_email[0], "update", hlc))
                    changes.append(Change("emails", "update", have_email[0], (("customer_id", cid),)))
                    changed = True
            if "balance_minor" in v:
                balance = v["balance_minor"]
                have_invoice = opening.get(opening_invoice_no(r.key))
                if have_invoice is None or have_invoice[1] != cid:
                    if balance:
                        self._open_balance(new_invoices, log, changes, cid, r.key, v, balance, now, stored["currency"])
                        rebalance.append(cid)
                        changed = True
                else:
                    iid, _owner, amount, paid, status, deleted = have_invoice
                    fresh = (balance, _opening_status(balance, paid or 0))
                    if (amount, status, bool(deleted)) != (*fresh, False) and (balance or not deleted):
                        _id, hlc, origin = self._stamp()
                        paid_at = now if fresh[1] == "paid" else None
                        invoice_updates.append((*fresh, paid_at, now, hlc, origin, iid))
                        log.append(("invoices", iid, "update", hlc))
                        changes.append(Change("invoices", "update", iid, (("customer_id", cid),)))
                        rebalance.append(cid)
                        changed = True
            if changed:
                out.updated += 1
                out.merged.append(r.key)
                touched.append(rowid)
            else:
                out.unchanged += 1
        if self.dry_run:
            out.changes = []
            return out
        if new_customer_phones:
            changes.append(Change("phones", "insert", ANY_ROW))
        if new_customer_emails:
            changes.append(Change("emails", "insert", ANY_ROW))
        db = self.db
        if new_customers:
            db.executemany(_INSERT_CUSTOMER, new_customers)
        for differ, params in updates.items():
            sets = ", ".join(f"{c} = ?" for c in differ)
            db.executemany(f"UPDATE customers SET {sets}, updated_at = ?, hlc = ?, origin = ? WHERE id = ?", params)
        if new_phones:
            db.executemany(_INSERT_PHONE, new_phones)
        if phone_updates:
            db.executemany(
                "UPDATE phones SET raw = ?, e164 = ?, extension = ?, kind = ?, updated_at = ?, hlc = ?, origin = ? "
                "WHERE id = ?",
                phone_updates,
            )
        if new_emails:
            db.executemany(_INSERT_EMAIL, new_emails)
        if email_updates:
            db.executemany(
                "UPDATE emails SET address = ?, updated_at = ?, hlc = ?, origin = ? WHERE id = ?", email_updates
            )
        if new_invoices:
            db.executemany(_INSERT_INVOICE, new_invoices)
        if invoice_updates:
            db.executemany(
                "UPDATE invoices SET amount_minor = ?, status = ?, paid_at = coalesce(paid_at, ?), deleted = 0, "
                "updated_at = ?, hlc = ?, origin = ? WHERE id = ?",
                invoice_updates,
            )
        logged = {row_id for table, row_id, _op, _hlc in log if table == "customers"}
        self._keep_balances(rebalance, logged, now, log, changes)
        if log:
            db.executemany(_INSERT_LOG, log)
        if docs:
            db.execute("DELETE FROM customer_search WHERE rowid >= ?", (first_new_rowid,))  # never any: stale rows
            db.executemany(_INSERT_SEARCH, docs)
        self._refresh_search(touched)
        return out

    def _open_balance(
        self,
        invoices: list[tuple[Any, ...]],
        log: list[Any],
        changes: list[Change],
        cid: str,
        account: str,
        v: dict[str, Any],
        balance: int,
        now: str,
        currency: str | None = None,
    ) -> None:
        """A customer's imported balance as one open invoice, dated the import day, due after
        the customer's payment terms: what the credit check and the balance count."""
        iid, hlc, origin = self._stamp()
        issued = utcnow()
        due = issued + PAYMENT_TERMS.get(v.get("kind", "person"), PAYMENT_TERMS["person"])
        invoices.append(
            (
                iid,
                now,
                now,
                hlc,
                origin,
                cid,
                opening_invoice_no(account),
                issued.strftime(_DT),
                due.strftime(_DT),
                v.get("currency") or currency or "USD",
                balance,
            )
        )
        log.append(("invoices", iid, "insert", hlc))
        changes.append(Change("invoices", "insert", iid, (("customer_id", cid),)))

    def _keep_balances(
        self, customer_ids: list[str], logged: set[str], now: str, log: list[Any], changes: list[Change]
    ) -> None:
        """``customers.balance_minor`` of existing customers whose invoices changed (an opening
        balance or a payment imported): what their open invoices leave to pay (as
        ``store.orders`` keeps it)."""
        updates = []
        for cid, stored, owed in self._lookup(
            "SELECT c.id, c.balance_minor, (SELECT coalesce(sum(i.amount_minor - i.paid_minor), 0) FROM invoices i "
            "WHERE i.customer_id = c.id AND i.status = 'open' AND NOT i.deleted) FROM customers c "
            "WHERE c.id IN ({marks})",
            sorted(set(customer_ids)),
        ):
            if stored == owed:
                continue
            _id, hlc, origin = self._stamp()
            updates.append((owed, now, hlc, origin, cid))
            if cid not in logged:
                log.append(("customers", cid, "update", hlc))
                changes.append(Change("customers", "update", cid))
        if updates:
            self.db.executemany(
                "UPDATE customers SET balance_minor = ?, updated_at = ?, hlc = ?, origin = ? WHERE id = ?", updates
            )

    def _refresh_search(self, rowids: list[int]) -> None:
        """The customers' search documents, rebuilt from what is now stored (same transaction)."""
        for chunk in _chunks(rowids, 500):
            marks = _marks(len(chunk))
            rows = self.db.execute(search._ROW_SQL + f" WHERE c.rowid IN ({marks})", tuple(chunk)).fetchall()
            self.db.execute(f"DELETE FROM customer_search WHERE rowid IN ({marks})", tuple(chunk))
            docs = search._doc_rows(rows)
            if docs:
                self.db.executemany(_INSERT_SEARCH, docs)

    # -- orders -------------------------------------------------------------------------
    def _orders(self, rows: list[Checked]) -> BatchOutcome:
        out = BatchOutcome()
        if not rows:
            return out
        accounts = {r.values["account_no"] for r in rows if r.values}
        customer_of = dict(
            self._lookup(
                "SELECT account_no, id FROM customers WHERE account_no IN ({marks}) AND NOT deleted", sorted(accounts)
            )
        )
        order_nos = sorted({r.values["order_no"] for r in rows if r.values})
        orders: dict[str, list[Any]] = {}  # order_no -> [id, customer_id, ordered_at, status, channel, currency, total]
        for oid, order_no, cid, at, status, channel, currency, total in self._lookup(
            "SELECT id, order_no, customer_id, ordered_at, status, channel, currency, total_minor FROM orders "
            "WHERE order_no IN ({marks})",
            order_nos,
        ):
            orders[order_no] = [oid, cid, at, status, channel, currency, total]
        lines: dict[tuple[str, str], tuple[Any, ...]] = {}
        for lid, oid, sku, desc, qty, unit, amount in self._lookup(
            "SELECT id, order_id, sku, description, quantity, unit_price_minor, amount_minor FROM order_lines "
            "WHERE order_id IN ({marks}) AND NOT deleted",
            [o[0] for o in orders.values()],
        ):
            lines[(oid, sku)] = (lid, desc, qty, unit, amount)
        now = utcnow().strftime(_DT)
        new_orders: dict[str, list[Any]] = {}
        header_changed: set[str] = set()
        touched_existing: set[str] = set()
        new_lines: list[tuple[Any, ...]] = []
        line_updates: list[tuple[Any, ...]] = []
        log: list[tuple[str, str, str, str]] = []
        changes = out.changes
        next_id, hlc, origin = self._next_id, self._hlc, self._origin
        created = 0
        for r in rows:
            v = r.values
            assert v is not None
            cid = customer_of.get(v["account_no"])
            if cid is None:
                out.refused.append(Issue(r.row, "account_no", "customer_unknown"))
                continue
            order_no, sku, amount = v["order_no"], v["sku"], v["amount_minor"]
            order = orders.get(order_no)
            if order is not None:  # stored before this batch
                if order[1] != cid:
                    out.refused.append(Issue(r.row, "account_no", "order_account_differs"))
                    continue
                header = [v["ordered_at"], v["status"], v["channel"], v["currency"]]  # ordered_at: the stored text
                if order[2:6] != header and order_no not in header_changed:
                    order[2:6] = header
                    header_changed.add(order_no)
            else:  # new in this batch: its header from its first line, its total from its lines
                order = new_orders.get(order_no)
                if order is None:
                    at, status, channel, currency = v["ordered_at"], v["status"], v["channel"], v["currency"]
                    order = new_orders[order_no] = [next_id(), cid, at, status, channel, currency, 0]
                order[6] += amount
            oid = order[0]
            have = lines.get((oid, sku))
            if have is None:
                lid = next_id()
                description, quantity, unit = v["description"], v["quantity"], v["unit_price_minor"]
                new_lines.append((lid, now, now, hlc, origin, oid, sku, description, quantity, unit, amount))
                lines[(oid, sku)] = (lid, description, quantity, unit, amount)
                log.append(("order_lines", lid, "insert", hlc))  # announced once per batch (below)
                created += 1
                if order_no in orders:
                    touched_existing.add(order_no)
            elif have[1:] != (v["description"], v["quantity"], v["unit_price_minor"], amount):
                _id, hlc, origin = self._stamp()
                line_updates.append(
                    (v["description"], v["quantity"], v["unit_price_minor"], amount, now, hlc, origin, have[0])
                )
                log.append(("order_lines", have[0], "update", hlc))
                changes.append(Change("order_lines", "update", have[0]))
                out.updated += 1
                out.merged.append(f"{order_no}/{sku}")
                touched_existing.add(order_no)
            else:
                out.unchanged += 1
        out.created += created
        if self.dry_run:
            out.changes = []
            out.orders_created = len(new_orders)
            out.orders_updated = len(header_changed)
            return out
        if new_lines:
            changes.append(Change("order_lines", "insert", ANY_ROW))  # their orders are named one by one
        db = self.db
        order_rows = []
        for order_no, (oid, cid, at, status, channel, currency, total) in new_orders.items():
            _id, hlc, origin = self._stamp()
            order_rows.append((oid, now, now, hlc, origin, cid, order_no, at, status, channel, currency, total))
            log.append(("orders", oid, "insert", hlc))
            changes.append(Change("orders", "insert", oid, (("customer_id", cid),)))
        if order_rows:
            db.executemany(_INSERT_ORDER, order_rows)
        if new_lines:
            db.executemany(_INSERT_LINE, new_lines)
        if line_updates:
            db.executemany(
                "UPDATE order_lines SET description = ?, quantity = ?, unit_price_minor = ?, amount_minor = ?, "
                "updated_at = ?, hlc = ?, origin = ? WHERE id = ?",
                line_updates,
            )
        # existing orders whose header or lines changed: header and total from what is now stored
        recheck = sorted(header_changed | touched_existing)
        totals = dict(
            self._lookup(
                "SELECT o.order_no, (SELECT coalesce(sum(l.amount_minor), 0) FROM order_lines l "
                "WHERE l.order_id = o.id AND NOT l.deleted) FROM orders o WHERE o.order_no IN ({marks})",
                recheck,
            )
        )
        order_updates = []
        for order_no in recheck:
            order = orders[order_no]
            if order_no in header_changed or totals.get(order_no, 0) != order[6]:
                _id, hlc, origin = self._stamp()
                order_updates.append((*order[2:6], totals.get(order_no, 0), now, hlc, origin, order[0]))
                log.append(("orders", order[0], "update", hlc))
                changes.append(Change("orders", "update", order[0], (("customer_id", order[1]),)))
        if order_updates:
            db.executemany(
                "UPDATE orders SET ordered_at = ?, status = ?, channel = ?, currency = ?, total_minor = ?, "
                "updated_at = ?, hlc = ?, origin = ? WHERE id = ?",
                order_updates,
            )
        if log:
            db.executemany(_INSERT_LOG, log)
        out.orders_created = len(order_rows)
        out.orders_updated = len(order_updates)
        return out

    # -- payments -----------------------------------------------------------------------
    def _payments(self, rows: list[Checked]) -> BatchOutcome:
        """Payments by account, idempotent by their reference (the payment's id is derived
        from it). A payment against an invoice updates the invoice's paid amount, the day it
        was paid in full and its status, from the payments now stored."""
        out = BatchOutcome()
        if not rows:
            return out
        customer_of = {
            account: (cid, currency)
            for account, cid, currency in self._lookup(
                "SELECT account_no, id, currency FROM customers WHERE account_no IN ({marks}) AND NOT deleted",
                sorted({r.values["account_no"] for r in rows if r.values}),
            )
        }
        invoice_of = {
            no: (iid, cid, currency)
            for no, iid, cid, currency in self._lookup(
                "SELECT invoice_no, id, customer_id, currency FROM invoices WHERE invoice_no IN ({marks}) "
                "AND NOT deleted",
                sorted({r.values["invoice_no"] for r in rows if r.values and r.values["invoice_no"]}),
            )
        }
        ids = {r.key: payment_id(r.key) for r in rows}
        stored = {
            pid: (cid, iid, at, currency, amount, method, deleted)
            for pid, cid, iid, at, currency, amount, method, deleted in self._lookup(
                "SELECT id, customer_id, invoice_id, paid_at, currency, amount_minor, method, deleted FROM payments "
                "WHERE id IN ({marks})",
                list(ids.values()),
            )
        }
        now = utcnow().strftime(_DT)
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        log: list[tuple[str, str, str, str]] = []
        invoices: set[str] = set()
        for r in rows:
            v = r.values
            assert v is not None
            customer = customer_of.get(v["account_no"])
            if customer is None:
                out.refused.append(Issue(r.row, "account_no", "customer_unknown"))
                continue
            cid, currency = customer
            iid = None
            if v["invoice_no"]:
                invoice = invoice_of.get(v["invoice_no"])
                if invoice is None:
                    out.refused.append(Issue(r.row, "invoice_no", "invoice_unknown"))
                    continue
                iid, owner, currency = invoice
                if owner != cid:
                    out.refused.append(Issue(r.row, "invoice_no", "invoice_account_differs"))
                    continue
            if v["currency"]:
                if iid is not None and v["currency"] != currency:
                    out.refused.append(Issue(r.row, "currency", "invoice_currency_differs"))
                    continue
                currency = v["currency"]
            amount = to_minor(v["amount"], currency)
            if amount is None:
                out.refused.append(Issue(r.row, "amount", "money_invalid"))
                continue
            pid = ids[r.key]
            fresh = (cid, iid, v["paid_at"], currency, amount, v["method"])
            old = stored.get(pid)
            if old is None:
                _id, hlc, origin = self._stamp()
                inserts.append((pid, now, now, hlc, origin, *fresh))
                log.append(("payments", pid, "insert", hlc))
                out.changes.append(Change("payments", "insert", pid, (("customer_id", cid),)))
                out.created += 1
            elif old[:6] != fresh or old[6]:
                _id, hlc, origin = self._stamp()
                updates.append((*fresh, now, hlc, origin, pid))
                log.append(("payments", pid, "update", hlc))
                out.changes.append(Change("payments", "update", pid, (("customer_id", cid),)))
                out.updated += 1
                out.merged.append(r.key)
                if old[1]:
                    invoices.add(old[1])  # the invoice it paid before
            else:
                out.unchanged += 1
                continue
            if iid is not None:
                invoices.add(iid)
            stored[pid] = (*fresh, False)  # a later row of this batch sees it
        if self.dry_run:
            out.changes = []
            return out
        db = self.db
        if inserts:
            db.executemany(_INSERT_PAYMENT, inserts)
        if updates:
            db.executemany(
                "UPDATE payments SET customer_id = ?, invoice_id = ?, paid_at = ?, currency = ?, amount_minor = ?, "
                "method = ?, deleted = 0, updated_at = ?, hlc = ?, origin = ? WHERE id = ?",
                updates,
            )
        settled = self._settle_invoices(sorted(invoices), now, log, out.changes)
        # what the pop and the credit check show: the customers' open invoices, now less paid
        self._keep_balances(settled, set(), now, log, out.changes)
        if log:
            db.executemany(_INSERT_LOG, log)
        return out

    def _settle_invoices(self, invoice_ids: list[str], now: str, log: list[Any], changes: list[Change]) -> list[str]:
        """Each invoice's paid amount, paid-in-full day and status from its stored payments
        (a void invoice stays void). The customers whose invoices changed."""
        if not invoice_ids:
            return []
        paid: dict[str, list[tuple[str, int]]] = {}
        for iid, at, amount in self._lookup(
            "SELECT invoice_id, paid_at, amount_minor FROM payments WHERE invoice_id IN ({marks}) AND NOT deleted "
            "ORDER BY invoice_id, paid_at, id",
            invoice_ids,
        ):
            paid.setdefault(iid, []).append((at, amount))
        updates = []
        customers: list[str] = []
        for iid, cid, total, paid_minor, paid_at, status in self._lookup(
            "SELECT id, customer_id, amount_minor, paid_minor, paid_at, status FROM invoices WHERE id IN ({marks})",
            invoice_ids,
        ):
            running, full_at = 0, None
            for at, amount in paid.get(iid, []):
                running += amount
                if full_at is None and running >= total:
                    full_at = at
            new_status = status if status == "void" else ("paid" if full_at is not None else "open")
            if (running, full_at, new_status) != (paid_minor, paid_at, status):
                _id, hlc, origin = self._stamp()
                updates.append((running, full_at, new_status, now, hlc, origin, iid))
                log.append(("invoices", iid, "update", hlc))
                changes.append(Change("invoices", "update", iid, (("customer_id", cid),)))
                customers.append(cid)
        if updates:
            self.db.executemany(
                "UPDATE invoices SET paid_minor = ?, paid_at = ?, status = ?, updated_at = ?, hlc = ?, origin = ? "
                "WHERE id = ?",
                updates,
            )
        return customers
