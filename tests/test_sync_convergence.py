"""Convergence: three consoles create, edit and delete offline, then sync in random
orders; every replica ends identical (hypothesis drives the operations)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import InProcessServer, plant_poison, snapshot

from callcenter.store import search
from callcenter.store.models import AuditLog, Customer, Phone, SyncConflict

TIERS = ["bronze", "silver", "gold", "platinum"]

op = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2), st.sampled_from(TIERS)),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 30), st.sampled_from(TIERS)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 30)),
    st.tuples(st.just("audit"), st.integers(0, 2)),
    st.tuples(st.just("phone"), st.integers(0, 2), st.integers(0, 30), st.integers(0, 9999)),
    st.tuples(st.just("sync"), st.integers(0, 2)),
)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One server and three consoles per example (module-scoped factory)."""
    counter = iter(range(10_000))

    def make():
        root = tmp_path_factory.mktemp(f"conv{next(counter)}")
        server = InProcessServer(f"sqlite:///{root / 'server.db'}")
        server.user("sup", "supervisor")
        return server, [server.console(root / f"r{i}.db", "sup") for i in range(3)]

    return make


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=5, max_size=40), order=st.permutations([0, 1, 2]))
def test_three_replicas_converge(world, ops, order):
    server, consoles = world()
    try:
        known: list[str] = []  # customer ids some replica may know
        phones = 0
        for o in ops:
            client = consoles[o[1]]
            if o[0] == "create":
                with client.store.transaction() as s:
                    c = Customer(
                        account_no=f"ACC{len(known):05d}-{o[1]}", display_name=f"Customer {len(known)}", tier=o[2]
                    )
                    s.add(c)
                    s.flush()
                    known.append(c.id)
            elif o[0] in ("edit", "delete") and known:
                cid = known[o[2] % len(known)]
                with client.store.transaction() as s:
                    row = s.get(Customer, cid)
                    if row is not None:  # this replica may not have it yet
                        if o[0] == "edit":
                            row.tier, row.value_score = o[3], row.value_score + 1
                        else:
                            row.deleted = True
            elif o[0] == "phone" and known:
                cid = known[o[2] % len(known)]
                with client.store.transaction() as s:
                    if s.get(Customer, cid) is not None:
                        s.add(Phone(customer_id=cid, raw=f"+1 202 555 {o[3]:04d}", e164=f"+1202555{o[3]:04d}"))
                        phones += 1
            elif o[0] == "audit":
                with client.store.transaction() as s:
                    s.add(AuditLog(action="view", entity="customer"))
            elif o[0] == "sync":
                client.sync_round()
        # everyone comes back online, in a random order, twice round
        for i in order + order:
            consoles[i].sync_round()
        snaps = [snapshot(c.store) for c in consoles]
        assert snaps[0] == snaps[1] == snaps[2]
        assert all(c.store.pending_changes() == 0 for c in consoles)
        with consoles[0].store.session() as s:
            assert s.query(Customer).count() == len(known)
            assert s.query(AuditLog).count() == sum(1 for o in ops if o[0] == "audit")
            assert s.query(Phone).count() == phones
        # every replica's search index agrees with its rows: live customers by their phone digits
        for c in consoles:
            with c.store.engine.connect() as conn:
                indexed = conn.exec_driver_sql("SELECT count(*) FROM customer_search").scalar()
                live = conn.exec_driver_sql("SELECT count(*) FROM customers WHERE NOT deleted").scalar()
                assert indexed == live
                for e164, cid in conn.exec_driver_sql(
                    "SELECT p.e164, p.customer_id FROM phones p JOIN customers k ON k.id = p.customer_id "
                    "WHERE NOT k.deleted"
                ).all():
                    assert cid in [h.customer_id for h in search.search(conn, e164[1:], limit=50)]
    finally:
        for c in consoles:
            c.store.close()
        server.close()


def test_concurrent_edits_of_one_customer_on_three_replicas(world):
    server, (a, b, c) = world()
    with a.store.transaction() as s:
        cust = Customer(account_no="ONE", display_name="Zhao Lei")
        s.add(cust)
    for r in (a, b, c):
        r.sync_round()
    for r, tier in ((a, "gold"), (b, "silver"), (c, "platinum")):
        with r.store.transaction() as s:
            s.get(Customer, cust.id).tier = tier
    for r in (c, a, b, a, b, c):
        r.sync_round()
    snaps = [snapshot(r.store) for r in (a, b, c)]
    assert snaps[0] == snaps[1] == snaps[2]
    with a.store.session() as s:
        winner = s.get(Customer, cust.id)
        conflicts = s.query(SyncConflict).filter_by(row_id=cust.id).all()
    # the highest stamp wins: the last of the three edits (c's, made last on this machine)
    assert winner.tier == "platinum"
    # every overwritten edit is kept: gold and silver lost, each recorded once
    import json

    losers = sorted(json.loads(x.loser)["tier"] for x in conflicts)
    assert losers == ["gold", "silver"]
    server.close()


# -- skewed clocks, restarts, kills and a poison row (issue 12) ------------------------------
faulty_op = st.one_of(
    op,
    st.tuples(st.just("skew"), st.integers(0, 2), st.integers(-120_000, 120_000)),
    st.tuples(st.just("restart"), st.integers(0, 2)),
    st.tuples(st.just("kill"), st.integers(0, 2), st.sampled_from(["after_server_commit", "mid_pull", "mid_write"])),
    st.tuples(st.just("poison"), st.integers(0, 2), st.sampled_from(["bad_date", "end_of_time"])),
)


class Replica:
    """One console that can restart (its store closed and opened again, clock reloaded) with
    its machine's wall clock off by ``skew_ms``."""

    def __init__(self, server: InProcessServer, client) -> None:
        self.server, self.client, self.skew_ms = server, client, 0

    @property
    def store(self):
        return self.client.store

    def set_skew(self, ms: int) -> None:
        import time

        self.skew_ms = ms
        self.store.clock._now_ms = lambda: time.time_ns() // 1_000_000 + ms

    def restart(self) -> None:
        from callcenter.store.db import Store
        from callcenter.sync.client import SyncClient

        path, token = self.store.path, self.client.token
        self.store.close()
        self.client = SyncClient(Store(path), "http://testserver", token=token, http=self.server.http, backoff=0.01)
        self.set_skew(self.skew_ms)


def _version(store, cid: str) -> tuple | None:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT hlc, tier, value_score, deleted FROM customers WHERE id = ?", (cid,)
        ).first()


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(faulty_op, min_size=5, max_size=30), order=st.permutations([0, 1, 2]))
def test_replicas_converge_under_skew_restarts_kills_and_poison(world, ops, order):
    from callcenter.store import replica
    from callcenter.sync.client import status

    server, clients = world()
    replicas = [Replica(server, c) for c in clients]
    versions: dict[str, list[tuple]] = {}  # customer id -> every version acknowledged (committed)
    poison: list[str] = []
    audits = phones = 0
    try:
        for o in ops:
            r = replicas[o[1]]
            known = list(versions)
            if o[0] == "create":
                with r.store.transaction() as s:
                    c = Customer(account_no=f"ACC{len(known):05d}-{o[1]}", display_name=f"C{len(known)}", tier=o[2])
                    s.add(c)
                versions[c.id] = [_version(r.store, c.id)]
            elif o[0] in ("edit", "delete") and known:
                cid = known[o[2] % len(known)]
                before = _version(r.store, cid)
                if before is None:  # this replica does not have it yet
                    continue
                with r.store.transaction() as s:
                    row = s.get(Customer, cid)
                    if o[0] == "edit":
                        row.tier, row.value_score = o[3], row.value_score + 1
                    else:
                        row.deleted = True
                after = _version(r.store, cid)
                if o[0] == "delete" and before[3]:  # a tombstone deleted again: nothing changed, nothing stamped
                    assert after == before
                    continue
                assert after[0] > before[0], "an edit must be stamped above the version it edits"
                versions[cid].append(after)
            elif o[0] == "phone" and known:
                cid = known[o[2] % len(known)]
                if _version(r.store, cid) is not None:
                    with r.store.transaction() as s:
                        s.add(Phone(customer_id=cid, raw=f"+1 202 555 {o[3]:04d}", e164=f"+1202555{o[3]:04d}"))
                    phones += 1
            elif o[0] == "audit":
                with r.store.transaction() as s:
                    s.add(AuditLog(action="view", entity="customer"))
                audits += 1
            elif o[0] == "sync":
                r.client.sync_round()
            elif o[0] == "skew":
                r.set_skew(o[2])
            elif o[0] == "restart":
                r.restart()
            elif o[0] == "kill":
                if o[2] == "after_server_commit":  # the server took the batch; the console died before hearing
                    out = replica.collect_pending(r.store, 100)
                    if out.changes:
                        r.client._send_batch(out.changes, int(r.store.meta("sync.cursor") or 0))
                elif o[2] == "mid_pull":  # a page fetched, never applied
                    r.client._fetch(int(r.store.meta("sync.cursor") or 0))
                else:  # mid_write: a local transaction that never committed is not acknowledged
                    with pytest.raises(RuntimeError), r.store.transaction() as s:
                        s.add(Customer(account_no=f"LOST{len(known)}", display_name="never committed"))
                        s.flush()
                        raise RuntimeError("killed")
                r.restart()
            elif o[0] == "poison" and len(poison) < 2:
                poison.append(plant_poison(server, o[2], len(poison)))
        for i in order + order:
            replicas[i].client.sync_round()
        snaps = [snapshot(r.store) for r in replicas]
        assert snaps[0] == snaps[1] == snaps[2], "diverged"
        assert all(r.store.pending_changes() == 0 for r in replicas)
        store = replicas[0].store
        with store.session() as s:
            assert s.query(Customer).count() == len(versions)  # no acknowledged row lost, none twice
            assert s.query(AuditLog).count() == audits
            assert s.query(Phone).count() == phones
            assert s.query(Customer).filter(Customer.account_no.like("LOST%")).count() == 0
        for cid, seen in versions.items():  # every replica holds the newest acknowledged version
            assert _version(store, cid) == max(seen), "an acknowledged edit was lost"
        for r in replicas:  # the poison rows are kept aside everywhere, and said
            assert {k["row_id"] for k in replica.kept_aside(r.store)} == set(poison)
            assert status(r.store).kept_aside == len(poison)
            with r.store.session() as s:
                assert all(s.get(Customer, p) is None for p in poison)
    finally:
        for r in replicas:
            r.store.close()
        server.close()
