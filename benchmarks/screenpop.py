"""``callcenter bench screenpop``: how fast the caller's record is on screen.

Measures, on a demo database of ``--customers`` (built once and cached, or
``--db``):

- ``lookup``: ``store.screenpop.pop(conn, raw_ani, region)`` from the raw ANI
  string to the complete ``ScreenPop`` (normalising, matching, loading orders,
  calls, complaints, notes). The ANIs are stored ``phones.raw`` values with their
  country's region (90%), valid numbers nobody has (about 10%) and a few
  malformed or withheld ones, shuffled with a fixed seed.
- ``search``: ``store.search.search(conn, q, limit=20)`` with what agents type:
  2-4 letters of English names, Chinese family names, leading phone digits,
  account numbers.
- ``paint``: the agent console's ``ScreenPopPanel`` (offscreen Qt) from
  ``show_pop(pop)`` until ``repaint()`` returns.

Latencies are nearest-rank percentiles over ``time.perf_counter_ns`` samples,
after a warm-up.
"""

from __future__ import annotations

import os
import random
import sys
import time

from callcenter.benchmarks.stats import db_mb, ensure_demo_db, say, summary_ms

_INVALID = [
    "12345",
    "+1 (212) 055-0123",
    "0000",
    "+86 12 3456",
    "555-0100",
    "+44 20 1234",
    "call back later",
    "anonymous",
    "+852 1234 5678",
    "unknown",
]


def run(args) -> dict:
    customers, lookups, seed = args.customers, max(10, args.lookups), getattr(args, "seed", 1) or 1
    path, built = ensure_demo_db(getattr(args, "db", None), customers, seed)
    from callcenter.store.db import Store

    store = Store(path)
    try:
        with store.engine.connect() as conn:
            actual = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar()
            rng = random.Random(f"bench-screenpop-{seed}")
            anis = sample_anis(conn, rng, lookups)
            queries = sample_queries(conn, rng, max(100, lookups // 4))
            say(f"{actual:,} customers: {len(anis)} lookups, {len(queries)} searches")
            lookup, pops, outcomes = time_lookups(conn, anis)
            search = time_searches(conn, queries)
    finally:
        store.close()
    result = {
        "bench": "screenpop",
        "customers": actual,
        "lookups": len(anis),
        "searches": len(queries),
        **summary_ms("lookup", lookup),
        **summary_ms("search", search),
        "outcomes": outcomes,
        "db_mb": db_mb(path),
        "db": str(path),
    }
    result.update(time_paints(pops, max(200, lookups // 5)))
    if built:
        result["build_seconds"] = built["seconds"]
    return result


# -- workload ------------------------------------------------------------------------
def _region(e164: str) -> str:
    import phonenumbers

    return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None)) or "US"


def sample_anis(conn, rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(raw ANI, default region) pairs: stored numbers, unknown valid numbers, a few bad ones."""
    from callcenter.store import demo
    from callcenter.store.demo_pools import PHONE_SPACES

    top = conn.exec_driver_sql("SELECT max(rowid) FROM phones").scalar() or 0
    known: list[tuple[str, str]] = []
    tries = 0
    n_known = count - count // 10 - max(1, count // 100)
    while top and len(known) < n_known and tries < n_known * 5:
        tries += 1
        row = conn.exec_driver_sql(
            "SELECT raw, e164 FROM phones WHERE rowid = ? AND e164 IS NOT NULL", (rng.randint(1, top),)
        ).first()
        if row:
            known.append((row[0], _region(row[1])))
    unknown: list[tuple[str, str]] = []
    spaces = sorted(PHONE_SPACES)
    while len(unknown) < count // 10:
        space = rng.choice(spaces)
        cc, nsn = demo.phone_number(space, rng.randrange(10**12))
        e164 = f"+{cc}{nsn}"
        if conn.exec_driver_sql("SELECT 1 FROM phones WHERE e164 = ?", (e164,)).first():
            continue
        country = space.split("_")[0]
        unknown.append((rng.choice(demo.raw_formats(country, cc, nsn)), country))
    bad = [(_INVALID[k % len(_INVALID)], "US") for k in range(count - len(known) - len(unknown))]
    anis = known + unknown + bad
    rng.shuffle(anis)
    return anis


def sample_queries(conn, rng: random.Random, count: int) -> list[str]:
    """What agents type into the search box, in a fixed mix."""
    from callcenter.core.phones import digits

    top_c = conn.exec_driver_sql("SELECT max(rowid) FROM customers").scalar() or 0
    top_p = conn.exec_driver_sql("SELECT max(rowid) FROM phones").scalar() or 0
    out: list[str] = []
    tries = 0
    while len(out) < count and tries < count * 20 and top_c:
        tries += 1
        kind = len(out) % 4
        if kind == 3 and top_p:
            row = conn.exec_driver_sql("SELECT e164 FROM phones WHERE rowid = ?", (rng.randint(1, top_p),)).first()
            if row and row[0]:
                d = digits(row[0])
                national = d[len(d) - 10 :] if len(d) > 10 else d[1:]
                out.append((national if rng.random() < 0.6 else d)[: rng.randint(4, 7)])
            continue
        row = conn.exec_driver_sql(
            "SELECT given_name, family_name, account_no FROM customers WHERE rowid = ? AND kind = 'person'",
            (rng.randint(1, top_c),),
        ).first()
        if not row:
            continue
        given, family, account = row
        if kind == 0 and family.isascii() and given.isascii():  # 2-4 letters of an English name
            name = rng.choice([given, family])
            out.append(name[: rng.randint(2, 4)].lower())
        elif kind == 1 and not family.isascii():  # a Chinese family name, sometimes with the given name
            out.append(family if rng.random() < 0.7 else family + given)
        elif kind == 2:  # an account number, whole or its first digits
            out.append(account if rng.random() < 0.5 else account[: rng.randint(5, len(account))])
    return out


# -- timing --------------------------------------------------------------------------
def time_lookups(conn, anis: list[tuple[str, str]]):
    from callcenter.store.screenpop import pop

    for raw, region in anis[: min(200, len(anis))]:  # warm caches (pages, statements, metadata)
        pop(conn, raw, region, sensitive=False)
    samples: list[int] = []
    pops = []
    outcomes: dict[str, int] = {}
    clock = time.perf_counter_ns
    for raw, region in anis:
        t0 = clock()
        result = pop(conn, raw, region, sensitive=False)
        samples.append(clock() - t0)
        outcomes[result.status.value] = outcomes.get(result.status.value, 0) + 1
        pops.append(result)
    return samples, pops, outcomes


def time_searches(conn, queries: list[str]) -> list[int]:
    from callcenter.store.search import search

    for q in queries[: min(50, len(queries))]:
        search(conn, q, limit=20)
    clock = time.perf_counter_ns
    samples = []
    for q in queries:
        t0 = clock()
        search(conn, q, limit=20)
        samples.append(clock() - t0)
    return samples


def time_paints(pops: list, count: int) -> dict:
    """Offscreen paint of the console's screen-pop panel; null with a note when it cannot run."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before PySide6 is imported
    try:
        from PySide6.QtWidgets import QApplication

        from callcenter.gui.agent.screen_pop_panel import ScreenPopPanel
    except ImportError as exc:
        return {"paint_p50_ms": None, "paint_p99_ms": None, "paint_note": f"screen-pop panel not available yet ({exc})"}
    from PySide6.QtCore import qInstallMessageHandler

    def quiet(_mode, _context, message):  # the offscreen plugin warns on every paint
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous_handler = qInstallMessageHandler(quiet)
    try:
        app = QApplication.instance() or QApplication([])
        panel = ScreenPopPanel()
        panel.resize(900, 700)
        panel.show()
        app.processEvents()
        # Customers first (the heavy page), then the other outcomes in their share.
        ordered = [p for p in pops if p.view is not None] + [p for p in pops if p.view is None]
        work = ordered[:count] or pops[:count]
        for p in work[: min(20, len(work))]:
            panel.show_pop(p)
            panel.repaint()
        clock = time.perf_counter_ns
        samples = []
        for p in work:
            t0 = clock()
            panel.show_pop(p)
            panel.repaint()
            samples.append(clock() - t0)
            app.processEvents()
        panel.close()
    except Exception as exc:  # the panel is new: report, do not lose the other figures
        return {"paint_p50_ms": None, "paint_p99_ms": None, "paint_note": f"paint failed: {exc!r}"}
    finally:
        qInstallMessageHandler(previous_handler)
    if not samples:
        return {"paint_p50_ms": None, "paint_p99_ms": None, "paint_note": "no screen pops to paint"}
    return {**summary_ms("paint", samples), "paints": len(samples)}
