"""Faults with real processes: the server killed mid-apply, the client killed
mid-push, the network dropping mid-pull; TLS; the `callcenter sync` command."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from callcenter.benchmarks.server_process import ServerProcess
from callcenter.store.db import Store
from callcenter.store.models import Customer
from callcenter.sync import server_store
from callcenter.sync.client import SyncError

PASSWORD = "correct horse"


def _customers(store: Store, n: int, prefix: str) -> None:
    with store.transaction() as s:
        for i in range(n):
            s.add(Customer(account_no=f"{prefix}{i:05d}", display_name=f"Customer {prefix}{i}"))


def _count(store: Store) -> int:
    with store.session() as s:
        return s.query(Customer).count()


def _server_counts(url: str) -> tuple[int, int]:
    engine = server_store.open_engine(url)
    try:
        st = server_store.stats(engine)
        return st["rows"], st["position"]
    finally:
        engine.dispose()


def _wait_for(path: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)


def test_server_killed_mid_apply_loses_nothing_and_applies_once(server_db_url, tmp_path):
    marker = tmp_path / "paused"
    server = ServerProcess(server_db_url, tmp_path, env={"CALLCENTER_SYNC_PAUSE_BEFORE_COMMIT": str(marker)})
    server.create_user("sup", PASSWORD, "supervisor")
    server.start()
    a = Store(tmp_path / "a.db")
    try:
        client = server.client(a, "sup", PASSWORD, retries=0)
        _customers(a, 300, "K")
        errors = []
        t = threading.Thread(target=lambda: _catch(client.push, errors))
        t.start()
        _wait_for(marker)  # the batch is written but not committed
        server.kill()
        t.join(30)
        assert errors and errors[0].transient
        assert a.pending_changes() == 300  # nothing marked pushed
        rows_after_crash, _ = _server_counts(server_db_url)
        assert rows_after_crash == 1  # only the user: the half-applied batch rolled back
        server.start()  # same database, marker exists: no pause this time
        client.sync_round()
        assert a.pending_changes() == 0
        rows, position = _server_counts(server_db_url)
        assert rows == 301 and position == 301  # every change once
        b = Store(tmp_path / "b.db")
        server.client(b, "sup", PASSWORD).sync_round()
        assert _count(b) == 300
        b.close()
    finally:
        server.stop()
        a.close()


def _catch(fn, errors):
    try:
        fn()
    except SyncError as exc:
        errors.append(exc)


def _cli(args: list[str], env: dict, timeout: float = 60) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "callcenter", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def test_client_killed_mid_push_then_restarted_applies_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    marker = tmp_path / "paused"
    server = ServerProcess(
        url, tmp_path, env={"CALLCENTER_SYNC_PAUSE_BEFORE_COMMIT": str(marker), "CALLCENTER_SYNC_PAUSE_SECONDS": "1.5"}
    )
    server.create_user("sup", PASSWORD, "supervisor")
    server.start()
    env = {
        **os.environ,
        "CALLCENTER_DATA_DIR": str(tmp_path / "data"),
        "CALLCENTER_PASSWORD": PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    db = tmp_path / "console.db"
    try:
        reg = _cli(["sync", "--db", str(db), "--server", server.url, "--register", "sup", "--json"], env)
        out, err = reg.communicate(timeout=60)
        assert reg.returncode == 0, err
        assert "no system keyring" in err  # the fallback is announced
        token_files = list((tmp_path / "data" / "sync-tokens").iterdir())
        assert len(token_files) == 1 and stat.S_IMODE(token_files[0].stat().st_mode) == 0o600
        assert stat.S_IMODE(token_files[0].parent.stat().st_mode) == 0o700
        store = Store(db)
        _customers(store, 200, "C")
        store.close()
        proc = _cli(["sync", "--db", str(db), "--json"], env)
        _wait_for(marker)  # the server holds the batch, uncommitted
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        time.sleep(2.5)  # the server commits the orphaned batch
        rows, position = _server_counts(url)
        assert rows == 201
        store = Store(db)
        assert store.pending_changes() == 200  # the console never heard back
        store.close()
        again = _cli(["sync", "--db", str(db), "--json"], env)
        out, err = again.communicate(timeout=60)
        assert again.returncode == 0, err
        result = json.loads(out)
        assert result["pushed"] == 200 and result["pending"] == 0
        assert _server_counts(url) == (201, position)  # the retry applied nothing twice
        store = Store(db)
        assert _count(store) == 200 and store.pending_changes() == 0
        store.close()
    finally:
        server.stop()


class DroppingProxy:
    """Forwards TCP to the server and cuts a connection after ``limit`` bytes back."""

    def __init__(self, port: int, limit: int):
        self.target, self.limit = port, limit
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                down, _ = self.sock.accept()
            except OSError:
                return
            up = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pump, args=(down, up, None), daemon=True).start()
            threading.Thread(target=self._pump, args=(up, down, self.limit), daemon=True).start()

    def _pump(self, src, dst, limit):
        sent = 0
        try:
            while data := src.recv(65536):
                if limit is not None and sent + len(data) > limit:
                    dst.sendall(data[: limit - sent])
                    self.cuts += 1
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self):
        self.sock.close()


def test_network_dropping_mid_pull_loses_and_repeats_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    with ServerProcess(url, tmp_path) as server:
        server.create_user("sup", PASSWORD, "supervisor")
        a, b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
        _customers(a, 1500, "N")
        server.client(a, "sup", PASSWORD).sync_round()
        proxy = DroppingProxy(server.port, limit=30_000)
        from callcenter.sync.client import SyncClient

        direct = server.client(b, "sup", PASSWORD)
        cut = SyncClient(b, f"http://127.0.0.1:{proxy.port}", token=direct.token, retries=0, page=1000)
        with pytest.raises(SyncError) as err:
            cut.pull()
        assert err.value.transient
        assert proxy.cuts >= 1
        assert _count(b) == 0 and (b.meta("sync.cursor") or "0") == "0"  # the page was not half-applied
        direct.sync_round()
        assert _count(b) == 1500 and b.pending_changes() == 0
        proxy.close()
        a.close()
        b.close()


def _self_signed(cert: Path, key: Path) -> None:
    """A certificate for 127.0.0.1 (cryptography comes with keyring's Secret Service backend)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    pk = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    c = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(pk.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(pk, hashes.SHA256())
    )
    cert.write_bytes(c.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        pk.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )


def test_tls_round_trip_and_plain_http_refused(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    _self_signed(cert, key)
    url = f"sqlite:///{tmp_path / 'server.db'}"
    with ServerProcess(url, tmp_path, certfile=str(cert), keyfile=str(key)) as server:
        server.create_user("sup", PASSWORD, "supervisor")
        a = Store(tmp_path / "a.db")
        _customers(a, 5, "T")
        client = server.client(a, "sup", PASSWORD)
        assert client.sync_round().pushed == 5
        import httpx

        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{server.port}/healthz", timeout=3)
        with pytest.raises(httpx.TransportError):  # an untrusted certificate is refused
            httpx.get(f"https://127.0.0.1:{server.port}/healthz", timeout=3)
        a.close()


def test_two_server_processes_share_one_postgresql(pg_cluster, tmp_path):
    """Consoles behind a load balancer reach different processes; nothing is lost,
    positions stay unique and every console converges."""
    from sync_helpers import snapshot

    url = pg_cluster.create_database("two_servers")
    one, two = ServerProcess(url, tmp_path), ServerProcess(url, tmp_path)
    one.create_user("sup", PASSWORD, "supervisor")
    one.start()
    two.start()
    try:
        stores = [Store(tmp_path / f"c{i}.db") for i in range(4)]
        clients = [(one if i % 2 else two).client(s, "sup", PASSWORD) for i, s in enumerate(stores)]
        for i, s in enumerate(stores):
            _customers(s, 400, f"P{i}")
        errors = []
        threads = [threading.Thread(target=lambda c=c: _catch(c.sync_round, errors)) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert errors == []
        for c in clients + clients:
            c.sync_round()
        assert _server_counts(url) == (1601, 1601)
        snaps = [snapshot(s) for s in stores]
        assert all(snap == snaps[0] for snap in snaps)
        assert _count(stores[0]) == 1600
        for s in stores:
            s.close()
    finally:
        one.stop()
        two.stop()
    # the servers' logs are JSON lines with no customer names in them
    lines = [line for line in one.log.read_text().splitlines() if line.startswith("{")]
    assert lines and all(json.loads(line)["logger"].startswith("callcenter") for line in lines)
    assert "Customer P" not in one.log.read_text() + two.log.read_text()


# -- kill -9 at random points, both backends (issue 12) ---------------------------------------
KILL_POINTS = ("client_mid_push", "server_before_commit", "client_random", "server_random", "none")


def _sync_cli(db: Path, env: dict, server_url: str | None = None) -> subprocess.Popen:
    args = ["sync", "--db", str(db), "--json"] + (["--server", server_url] if server_url else [])
    return _cli(args, env)


def _finish(proc: subprocess.Popen, timeout: float = 90) -> tuple[int, str]:
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return proc.returncode, err or ""


def _replica_customers(db: Path) -> dict[str, tuple[int, int]]:
    """account number -> (value score, how many rows carry it)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        out: dict[str, tuple[int, int]] = {}
        for account, score in con.execute("SELECT account_no, value_score FROM customers"):
            out[account] = (score, out.get(account, (0, 0))[1] + 1)
        return out
    finally:
        con.close()


def _server_customers(url: str) -> dict[str, tuple[int, int]]:
    engine = server_store.open_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT data FROM sync_rows WHERE table_name = 'customers'").all()
    finally:
        engine.dispose()
    out: dict[str, tuple[int, int]] = {}
    for (data,) in rows:
        row = json.loads(data)
        out[row["account_no"]] = (row["value_score"], out.get(row["account_no"], (0, 0))[1] + 1)
    return out


@pytest.mark.slow
def test_kill_9_of_consoles_and_server_at_random_points_loses_nothing(server_db_url, tmp_path, capsys):
    """Rounds of: each console writes and edits its own customers (committed: acknowledged),
    then `callcenter sync` runs while the console or the server is killed with SIGKILL at a
    random point (mid-push while the server holds the batch, before the server commits, or
    at a random moment). Then every console syncs cleanly: nothing acknowledged is missing or
    stale (lost), no row is there twice (duplicated), and every replica holds the same rows
    as the server (diverged)."""
    import random

    from sync_helpers import snapshot

    seed = int(os.environ.get("CALLCENTER_FAULT_SEED", "12"))
    rounds = int(os.environ.get("CALLCENTER_FAULT_ROUNDS", "7"))
    rng = random.Random(seed)
    backend = server_db_url.split(":", 1)[0].split("+")[0]
    marker = tmp_path / "paused"
    marker.write_text("disarmed")  # present: no pause; removed: the next push pauses before commit
    server = ServerProcess(
        server_db_url,
        tmp_path,
        env={"CALLCENTER_SYNC_PAUSE_BEFORE_COMMIT": str(marker), "CALLCENTER_SYNC_PAUSE_SECONDS": "0.6"},
    )
    server.create_user("sup", PASSWORD, "supervisor")
    server.start()
    env = {
        **os.environ,
        "CALLCENTER_DATA_DIR": str(tmp_path / "data"),
        "CALLCENTER_PASSWORD": PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    dbs = [tmp_path / f"console{i}.db" for i in range(2)]
    expected: dict[str, int] = {}  # account number -> value score, as last committed on its console
    kills = {"client": 0, "server": 0}
    failed = refused = 0  # rounds whose sync gave up (the server was down too long), and refusals
    try:
        for db in dbs:
            reg = _cli(["sync", "--db", str(db), "--server", server.url, "--register", "sup", "--json"], env)
            assert _finish(reg)[0] == 0
        for n in range(rounds):
            i = n % len(dbs)
            store = Store(dbs[i])
            new = [f"R{i}-{n:03d}-{k:04d}" for k in range(rng.randint(50, 400))]
            with store.transaction() as s:
                for account in new:
                    s.add(Customer(account_no=account, display_name=f"Customer {account}"))
                mine = [a for a in expected if a.startswith(f"R{i}-")]
                for account in rng.sample(mine, min(len(mine), 10)):
                    row = s.query(Customer).filter_by(account_no=account).one()
                    row.value_score += 1
                    expected[account] = row.value_score
            expected.update(dict.fromkeys(new, 0))
            store.close()
            point = rng.choice(KILL_POINTS)
            if point in ("client_mid_push", "server_before_commit"):
                marker.unlink()
            proc = _sync_cli(dbs[i], env)
            if point in ("client_mid_push", "server_before_commit"):
                try:
                    _wait_for(marker, timeout=30)  # the server holds the batch, not committed yet
                except AssertionError:
                    point = "none"  # nothing went up this round
            elif point in ("client_random", "server_random"):
                time.sleep(rng.uniform(0.3, 2.5))
            if point.startswith("client") and proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills["client"] += 1
            elif point.startswith("server"):
                server.kill()
                kills["server"] += 1
                marker.write_text("disarmed")
                server.start()  # back while the console still retries
            code, err = _finish(proc)
            marker.write_text("disarmed")
            if code not in (0, -signal.SIGKILL):
                failed += 1
                refused += "HTTP 4" in err  # a retry the server could not read, or any refusal
        # everyone comes back and syncs twice round, with nothing killed
        for db in dbs + dbs[:1]:
            code, err = _finish(_sync_cli(db, env))
            assert code == 0, err
        replicas = [_replica_customers(db) for db in dbs]
        on_server = _server_customers(server_db_url)
        lost = sum(
            1
            for account, score in expected.items()
            for r in replicas + [on_server]
            if r.get(account, (None,))[0] != score
        )
        duplicated = sum(count - 1 for r in replicas + [on_server] for _score, count in r.values()) + sum(
            1 for r in replicas + [on_server] for account in r if account not in expected
        )
        stores = [Store(db) for db in dbs]
        snaps = [snapshot(s) for s in stores]
        pending = sum(s.pending_changes() for s in stores)
        for s in stores:
            s.close()
        diverged = sum(1 for snap in snaps[1:] if snap != snaps[0]) + sum(1 for r in replicas if r != on_server)
        with capsys.disabled():
            print(
                f"\nfault test [{backend}] seed {seed}: rounds {rounds}, kills {sum(kills.values())} "
                f"(console {kills['client']}, server {kills['server']}), changes {len(expected)}, "
                f"failed syncs {failed} (refused {refused}), lost {lost}, duplicated {duplicated}, diverged {diverged}"
            )
        assert sum(kills.values()) > 0
        assert (lost, duplicated, diverged, pending, refused) == (0, 0, 0, 0, 0)
    finally:
        server.stop()
