"""A real sync server process on loopback, for ``callcenter bench sync`` and the test suite.

It ships with the benchmarks (``callcenter.benchmarks``) because the shipped ``bench sync``
command starts one; the sync package itself carries no test scaffolding.
"""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx

from callcenter.sync.pg_cluster import free_port


class ServerProcess:
    def __init__(
        self,
        database_url: str,
        workdir: Path,
        env: dict | None = None,
        certfile: str | None = None,
        keyfile: str | None = None,
    ):
        self.database_url = database_url
        self.workdir = Path(workdir)
        self.env = env or {}
        self.certfile, self.keyfile = certfile, keyfile
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.log = self.workdir / f"server-{self.port}.log"

    @property
    def url(self) -> str:
        return f"{'https' if self.certfile else 'http'}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120) -> ServerProcess:
        cmd = [
            sys.executable,
            "-m",
            "callcenter",
            "server",
            "--database-url",
            self.database_url,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        if self.certfile:
            cmd += ["--certfile", self.certfile, "--keyfile", self.keyfile]
        env = {**os.environ, "CALLCENTER_SNAPSHOT_EVERY": "0", **self.env}  # builds only when asked
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=log, env=env, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the sync server exited: {self.log.read_text()[-2000:]}")
            try:
                verify = ssl.create_default_context(cafile=self.certfile) if self.certfile else True
                # healthz counts the server's rows: seconds on a big site
                if httpx.get(f"{self.url}/healthz", timeout=15, verify=verify).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("the sync server did not start in time")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def create_user(self, username: str, password: str, role: str) -> str:
        from callcenter.sync import server_store

        engine = server_store.open_engine(self.database_url)
        try:
            return server_store.create_user(engine, username, password, role)
        finally:
            engine.dispose()

    def client(self, store, username: str, password: str, **kw):
        from callcenter.sync.client import SyncClient

        kw.setdefault("verify", self.certfile or True)
        c = SyncClient(store, self.url, **kw)
        c.register(username, password)
        return c

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
