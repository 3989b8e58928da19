"""Clients of the local live-simulation server (``callcenter.sim.server``).

``RemoteCenter`` offers the part of ``LiveCenter``'s interface the board uses, over the
connection; ``RemoteCallSource`` is the console's ``CallSource`` for a shared center.
Server pushes arrive on a reader thread and are published on the event bus, which the
GUI's bridge delivers on the GUI thread.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from callcenter.core.calls import Call, CallerHungUp, CallOffered, ConsoleOnlyCallControl, StateForced
from callcenter.core.errors import Problem
from callcenter.core.events import EventBus
from callcenter.sim.live import Alarm, Thresholds


class LiveServerError(Problem):
    """The live server refused a request or cannot be reached. ``reason``: bad_address,
    unreachable, gone (the connection closed), no_answer (timed out) or refused (the
    server said no; ``text`` is its English answer, for the log and the command line)."""

    code = "live_server"
    english_template = "{text}"

    def __init__(self, reason: str, text: str = "", **extra: Any) -> None:
        super().__init__(reason=reason, text=text or reason.replace("_", " "), **extra)

    @property
    def reason(self) -> str:
        return str(self.params["reason"])


def parse_address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` of a live server, e.g. ``127.0.0.1:8765``."""
    host, _, port = text.strip().rpartition(":")
    if not host or not port.isdigit():
        raise LiveServerError("bad_address", f"expected HOST:PORT, like 127.0.0.1:8765, not {text!r}", address=text)
    return host, int(port)


class Connection:
    def __init__(self, host: str, port: int, bus: EventBus, timeout: float = 10.0):
        self.bus = bus
        self.address = f"{host}:{port}"
        try:
            self.sock = socket.create_connection((host, port), timeout=timeout)
        except OSError as exc:
            raise LiveServerError(
                "unreachable",
                f"cannot reach the live simulation at {host}:{port} ({exc.strerror or exc})",
                address=self.address,
            ) from exc
        self.sock.settimeout(None)
        self.rfile = self.sock.makefile("rb")
        self.ids = itertools.count(1)
        self.pending: dict[int, tuple[threading.Event, list]] = {}
        self.lock = threading.Lock()
        self.on_push: Callable[[dict], None] = lambda message: None
        self.closed = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            for line in self.rfile:
                message = json.loads(line)
                if "event" in message:
                    self.on_push(message)
                    continue
                waiter = self.pending.pop(message.get("id"), None)
                if waiter is not None:
                    waiter[1].append(message)
                    waiter[0].set()
        except (OSError, ValueError):
            pass
        finally:
            self.closed = True
            for event, box in list(self.pending.values()):
                box.append({"ok": False, "error": "the live simulation server closed the connection"})
                event.set()

    def request(self, op: str, timeout: float = 10.0, **args):
        if self.closed:
            raise LiveServerError("gone", "the live simulation server is gone", address=self.address)
        rid = next(self.ids)
        done, box = threading.Event(), []
        self.pending[rid] = (done, box)
        data = (json.dumps({"id": rid, "op": op, **args}) + "\n").encode()
        with self.lock:
            self.sock.sendall(data)
        if not done.wait(timeout):
            self.pending.pop(rid, None)
            raise LiveServerError(
                "no_answer", f"the live simulation server did not answer ({op})", address=self.address
            )
        reply = box[0]
        if not reply.get("ok"):
            raise LiveServerError("refused", reply.get("error", "refused"), address=self.address)
        return reply.get("result")

    def close(self) -> None:
        """Leave: the server logs this console's agents out; the reader thread ends."""
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the reader blocked on the socket
        except OSError:
            pass
        try:
            self.sock.close()
        except OSError:
            pass


def _nan(value):
    return float("nan") if value is None else value


class RemoteCenter:
    """What the board needs of a LiveCenter, served by another process."""

    def __init__(self, connection: Connection, thresholds: Thresholds | None = None):
        self.conn = connection
        self.bus = connection.bus
        info = connection.request("info")
        self.scenario = SimpleNamespace(
            queues=[SimpleNamespace(name=q["name"], skill_name=q["skill"]) for q in info["queues"]]
        )
        self.speed = info["speed"]
        self.thresholds = thresholds or Thresholds()
        self.rates: dict[str, float] = {}
        self.agent_skills: dict[str, tuple[str, ...]] = {}
        self.external_agents: set[str] = set()
        self.names: dict[str, str] = {}
        self.history: list[dict] = []
        self.board()

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds

    def advance(self, to: float | None = None) -> None:
        pass  # the server advances its own clock

    def close(self) -> None:
        self.conn.close()

    def board(self) -> dict:
        b = self.conn.request("board")
        for q in b["queues"].values():
            for key in ("service_level", "service_level_offered", "asa_s", "abandon_rate", "aht_s", "p_wait"):
                if key in q:
                    q[key] = _nan(q[key])
            q["last30"] = {k: _nan(v) for k, v in q["last30"].items()}
        for row in b["history"]:
            for _name, q in row.items():
                if isinstance(q, dict):
                    q["service_level"] = _nan(q["service_level"])
        b["alarms"] = [Alarm(**a) for a in b["alarms"]]
        self.rates = b["rates"]
        self.agent_skills = {k: tuple(v) for k, v in b["agent_skills"].items()}
        self.external_agents = set(b["external_agents"])
        self.names = dict(b.get("names", {}))
        self.history = b["history"]
        self.speed = b["speed"]
        return b

    def projection(self, queue: str, snapshot: dict | None = None):
        return SimpleNamespace(
            **{k: _nan(v) if k != "agents" else v for k, v in self.conn.request("projection", queue=queue).items()}
        )

    def set_arrival_rate(self, queue: str, calls_per_hour: float) -> None:
        self.conn.request("set_rate", queue=queue, rate=calls_per_hour)
        self.rates[queue] = calls_per_hour

    def add_agent(self, name: str, skills: dict[str, int], external: bool = False, ready: bool = True) -> str:
        result = self.conn.request("add_agent", name=name, skills=skills)
        self.agent_skills[name] = tuple(skills)
        return result

    def remove_agent(self, name: str) -> None:
        self.conn.request("remove_agent", name=name)

    def force(self, agent_id: str, state: str) -> bool:
        return bool(self.conn.request("force", agent=agent_id, state=state))

    def set_speed(self, speed: float) -> None:
        self.conn.request("set_speed", speed=speed)


class RemoteCallSource(ConsoleOnlyCallControl):
    """A console's CallSource on a shared live center in another process."""

    def __init__(self, connection: Connection, ani_for_call: Callable[[], str]):
        self.conn = connection
        self.bus = connection.bus
        self.ani_for_call = ani_for_call
        self.joined: set[str] = set()
        connection.on_push = self._push

    def _push(self, message: dict) -> None:
        agent = message["agent"]
        if message["event"] == "offered":
            call = Call(call_id=message["call_id"], ani=self.ani_for_call(), queue_code=message["queue"])
            self.bus.publish(CallOffered(agent, call))
        elif message["event"] == "hungup":
            self.bus.publish(CallerHungUp(agent, message["call_id"]))
        elif message["event"] == "forced":
            self.bus.publish(StateForced(agent, message["state"], message.get("reason")))

    def agent_ready(self, agent_id: str, ready: bool) -> None:
        self.agent_state(agent_id, "available" if ready else "not_ready")

    def agent_state(self, agent_id: str, state: str, reason: str | None = None, name: str | None = None) -> None:
        """The console's state changed: the shared engine's copy of the agent follows it."""
        if state in ("available", "not_ready"):
            self.joined.add(agent_id)
        if agent_id in self.joined:
            self.conn.request("state", agent=agent_id, state=state, reason=reason, name=name)

    def call_answered(self, agent_id: str, call_id: str) -> None:
        self.conn.request("answered", agent=agent_id, call_id=call_id)

    def call_talk_ended(self, agent_id: str, call_id: str) -> None:
        self.conn.request("talk_ended", agent=agent_id, call_id=call_id)

    def call_missed(self, agent_id: str, call_id: str) -> None:
        self.conn.request("missed", agent=agent_id, call_id=call_id)

    def call_ended(self, agent_id: str, call_id: str) -> None:
        try:
            self.conn.request("ended", agent=agent_id)
        except LiveServerError:
            pass  # the engine already ended this wrap-up (an abandoned offer)
