"""A local live-simulation server, so that several console and board processes on one
machine join the same simulated center.

Protocol: one TCP connection per client on the loopback interface, one JSON object per
line. A request ``{"id": 7, "op": "ready", "agent": "..."}`` gets ``{"id": 7, "ok": true,
"result": ...}`` or ``{"id": 7, "ok": false, "error": "plain words"}``. The server also
pushes ``{"event": "offered" | "hungup", "agent": ..., "call_id": ..., "queue": ...}`` to
the connection whose agent the router chose, and ``{"event": "forced", "agent": ..., "state":
..., "reason": ...}`` when a supervisor forces a person's state. A console reports each change
of its agent's state (``{"op": "state", "agent", "state", "reason", "name"}``) and the engine's
copy of the agent follows it. The simulation advances on its own thread
against the wall clock; every operation takes the same lock, so the engine is only ever
touched by one thread at a time.
"""

from __future__ import annotations

import json
import logging
import socketserver
import threading
import time
from dataclasses import asdict

from callcenter.core.calls import StateForced
from callcenter.sim import events as ev
from callcenter.sim.live import LiveCenter
from callcenter.sim.metrics import json_safe

log = logging.getLogger(__name__)
TICK_S = 0.1


class LiveServer:
    def __init__(self, center: LiveCenter, host: str = "127.0.0.1", port: int = 0):
        self.center = center
        self.lock = threading.RLock()
        self.clients: dict[str, _Handler] = {}  # external agent -> its connection
        outer = self

        class Handler(_Handler):
            server_app = outer

        self.tcp = socketserver.ThreadingTCPServer((host, port), Handler, bind_and_activate=False)
        self.tcp.daemon_threads = True
        self.tcp.allow_reuse_address = True
        self.tcp.server_bind()
        self.tcp.server_activate()
        self.port = self.tcp.server_address[1]
        center.bus.subscribe(ev.CallRouted, self._routed)
        center.bus.subscribe(ev.CallAbandoned, self._abandoned)
        center.bus.subscribe(StateForced, self._forced)
        self._stop = threading.Event()

    def _push(self, agent: str | None, message: dict) -> None:
        handler = self.clients.get(agent) if agent else None
        if handler is not None:
            handler.send(message)

    def _routed(self, e: ev.CallRouted) -> None:
        self._push(e.agent_id, {"event": "offered", "agent": e.agent_id, "call_id": str(e.call_id), "queue": e.queue})

    def _abandoned(self, e: ev.CallAbandoned) -> None:
        self._push(e.agent_id, {"event": "hungup", "agent": e.agent_id, "call_id": str(e.call_id), "queue": e.queue})

    def _forced(self, e: StateForced) -> None:
        self._push(e.agent_id, {"event": "forced", "agent": e.agent_id, "state": e.state, "reason": e.reason})

    def serve_forever(self) -> None:
        ticker = threading.Thread(target=self._tick, daemon=True)
        ticker.start()
        try:
            self.tcp.serve_forever(poll_interval=0.2)
        finally:
            self._stop.set()

    def start(self) -> LiveServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def shutdown(self) -> None:
        self._stop.set()
        self.tcp.shutdown()
        self.tcp.server_close()

    def _tick(self) -> None:
        while not self._stop.wait(TICK_S):
            with self.lock:
                self.center.advance()

    # -- operations ---------------------------------------------------------------------
    def handle(self, handler: _Handler, req: dict):
        c = self.center
        op = req.get("op")
        with self.lock:
            if op == "info":
                return {
                    "queues": [{"name": q.name, "skill": q.skill_name} for q in c.scenario.queues],
                    "speed": c.speed,
                }
            if op == "join":
                agent = str(req["agent"])
                self.clients[agent] = handler
                handler.agents.add(agent)
                c.join_person(agent, req.get("skills"), ready=bool(req.get("ready", True)))
                return None
            if op == "state":  # a console's state changed: the engine's copy follows
                agent = str(req["agent"])
                self.clients[agent] = handler
                handler.agents.add(agent)
                c.person_state(agent, str(req["state"]), req.get("reason"), req.get("name"), req.get("skills"))
                return None
            if op == "ready":
                c.sim.agent_ready(req["agent"], bool(req["ready"]))
                return None
            if op in ("answered", "talk_ended", "missed"):
                getattr(c.sim, {"answered": "answer", "talk_ended": "end_call", "missed": "reject"}[op])(
                    int(req["call_id"])
                )
                return None
            if op == "ended":
                c.sim.finish_wrap(req["agent"])
                return None
            if op == "board":
                board = c.board()
                board["alarms"] = [asdict(a) for a in board["alarms"]]
                board["rates"] = dict(c.rates)
                board["agent_skills"] = {k: list(v) for k, v in c.agent_skills.items()}
                board["external_agents"] = sorted(c.external_agents)
                board["names"] = dict(c.names)
                board["history"] = c.history[-int(req.get("history", 240)) :]
                board["speed"] = c.speed
                return json_safe(board)
            if op == "projection":
                return json_safe(c.projection(req["queue"]).as_dict())
            if op == "set_rate":
                c.set_arrival_rate(req["queue"], float(req["rate"]))
                return None
            if op == "add_agent":
                return c.add_agent(req["name"], req["skills"])
            if op == "remove_agent":
                c.remove_agent(req["name"])
                return None
            if op == "force":
                return c.force(req["agent"], req["state"])
            if op == "set_speed":
                c.set_speed(float(req["speed"]))
                return None
        raise ValueError(f"unknown operation {op!r}")

    def disconnected(self, handler: _Handler) -> None:
        """A console went away: its agents log out. Nobody is left to answer, talk or wrap
        up there: a call ringing at them goes back to the queue, a call they are on ends."""
        with self.lock:
            for agent in handler.agents:
                if self.clients.get(agent) is handler:
                    del self.clients[agent]
                    try:
                        self._leave(agent)
                    except Exception:
                        log.exception("could not log out a departed console's agent")

    def _leave(self, agent: str) -> None:
        c = self.center
        me = next((a for a in c.sim.snapshot()["agents"] if a["agent_id"] == agent), None)
        if me is None:
            return
        if me["call_id"] is not None and me["state"] == "ringing":
            c.sim.reject(int(me["call_id"]))
        elif me["call_id"] is not None and me["state"] in ("on_call", "on_hold"):
            c.sim.end_call(int(me["call_id"]))
        c.remove_agent(agent)
        try:
            c.sim.finish_wrap(agent)
        except Exception:  # not in wrap-up: already logged out
            pass
        c.external_agents.discard(agent)


class _Handler(socketserver.StreamRequestHandler):
    server_app: LiveServer

    def setup(self) -> None:
        super().setup()
        self.agents: set[str] = set()
        self.write_lock = threading.Lock()

    def send(self, message: dict) -> None:
        data = (json.dumps(message) + "\n").encode()
        try:
            with self.write_lock:
                self.wfile.write(data)
                self.wfile.flush()
        except OSError:
            pass  # the reader notices the closed connection

    def handle(self) -> None:
        for line in self.rfile:
            req = None
            try:
                req = json.loads(line)
                result = self.server_app.handle(self, req)
                reply = {"id": req.get("id"), "ok": True, "result": result}
            except Exception as exc:  # one bad request gets a clear answer; the server goes on
                reply = {"id": req.get("id") if isinstance(req, dict) else None, "ok": False, "error": str(exc)}
            self.send(reply)
        self.server_app.disconnected(self)


def serve(center: LiveCenter, host: str, port: int) -> int:
    server = LiveServer(center, host, port)
    print(f"LISTENING {host}:{server.port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def wait_for_port(proc_stdout, timeout: float = 10.0) -> int:
    """Read the LISTENING line a server subprocess prints (tests, scripts)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc_stdout.readline()
        if line.startswith("LISTENING"):
            return int(line.rsplit(":", 1)[1])
    raise TimeoutError("the live server did not start")
