"""baresip as the softphone's SIP user agent, driven over its ``ctrl_tcp`` control port.

One baresip process per account, started with its own configuration folder (written
here: ``config`` and ``accounts``) so nothing in the user's own baresip setup is used or
changed. Commands and events are netstring-framed JSON (``12:{"a":"b"...},``):

- command ``{"command": "accept", "params": "", "token": "7"}`` →
  response ``{"response": true, "ok": true, "data": "...", "token": "7"}``;
- events ``{"event": true, "class": "call", "type": "CALL_INCOMING", "id": <Call-ID>,
  "peeruri": "sip:...", "peerdisplayname": "...", "param": "..."}``.

baresip 1.0's events name the caller only by the From URI; the INVITE's identity
headers (P-Asserted-Identity, Remote-Party-ID) are read from its SIP trace (``-s``) on
the process's own output, keyed by Call-ID. Nothing of that trace is logged.

Audio (``UaConfig.audio_source`` / ``audio_player``, baresip's ``module,device`` strings):
on a desk with a sound card, the system's devices (``alsa,default``, or ``pulse,`` where
baresip has its PulseAudio module); without one (CI, a server) files: the source is a
WAV file played by ``aufile`` (by default a generated tone), and what the other side says
is recorded by the ``sndfile`` filter into ``record_folder`` (``dump-<time>-dec.wav``; the
``-enc.wav`` beside it is what this side sent). baresip 1.0's ``aufile`` reads files only
(newer versions also write them as a player: ``aufile,/path/out.wav`` is then passed on).
A file source ends the call when the file ends, so while a call is up the adapter starts
the file again before its end (``Baresip.play`` switches to another file mid-call).
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MODULES = ("g711.so", "aufile.so")
# audio device drivers by the module part of a device string ("alsa,default")
DEVICE_MODULES = ("alsa", "pulse", "portaudio", "jack", "oss", "sndio", "aufile")
# how long before a file source's end it is started again (or the next file switched in)
SOURCE_MARGIN_S = 4.0


class BaresipMissing(RuntimeError):
    """The baresip program (or its control module) is not installed."""


class BaresipDidNotStart(BaresipMissing):
    """baresip is installed but ended at start or never opened its control port (a port
    taken between choosing it and binding it, a machine too busy): worth another try."""


START_TRIES = 3


class ControlClosed(RuntimeError):
    """The control connection to baresip is gone (the process ended)."""


def find_baresip() -> str | None:
    return shutil.which("baresip")


def module_path() -> str | None:
    for candidate in ("/usr/lib/baresip/modules", "/usr/local/lib/baresip/modules", "/usr/lib64/baresip/modules"):
        if os.path.exists(os.path.join(candidate, "ctrl_tcp.so")):
            return candidate
    return None


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def installed_modules(path: str | None = None) -> frozenset[str]:
    """The module files (``alsa.so``...) of the installed baresip."""
    folder = path or module_path()
    if folder is None:
        return frozenset()
    try:
        return frozenset(name for name in os.listdir(folder) if name.endswith(".so"))
    except OSError:
        return frozenset()


def aufile_plays(path: str | None = None) -> bool:
    """Whether this baresip's ``aufile`` can also write a file as a player (newer than 1.0)."""
    folder = path or module_path()
    try:
        return folder is not None and b"auplay_register" in (Path(folder) / "aufile.so").read_bytes()
    except OSError:
        return False


def sound_card_present() -> bool:
    """A sound card (or a running sound server) this user can reach."""
    try:
        cards = Path("/proc/asound/cards").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        cards = ""
    if cards and "no soundcards" not in cards:
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(os.environ.get("PULSE_SERVER")) or bool(runtime and Path(runtime, "pulse", "native").exists())


def files_wanted() -> bool:
    """Audio from and to files rather than devices: in CI, or with no sound card."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes") or not sound_card_present()


def device_module(device: str) -> str:
    """``"alsa,default"`` -> ``"alsa.so"``; ``""`` for no device."""
    name = device.split(",", 1)[0].strip()
    return f"{name}.so" if name else ""


def default_devices(modules: frozenset[str] | None = None) -> tuple[str, str]:
    """The system's audio devices as (source, player), or ("", "") when baresip has no driver."""
    have = installed_modules() if modules is None else modules
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    pulse_up = bool(os.environ.get("PULSE_SERVER")) or bool(runtime and Path(runtime, "pulse", "native").exists())
    if "pulse.so" in have and pulse_up:
        return "pulse,", "pulse,"
    if "alsa.so" in have:
        return "alsa,default", "alsa,default"
    return "", ""


@dataclass
class UaConfig:
    """What the configuration folder says: the account line and the media setup.

    ``audio_source`` and ``audio_player`` are baresip device strings: ``"alsa,default"``,
    ``"pulse,"``, ``"aufile,/path/in.wav"`` (a file source; as a player only where this
    baresip's ``aufile`` writes files). Empty means the default: the system's devices
    when there is a sound card, else a generated tone and no player. ``record_folder``
    records every call, both directions, as WAV files (``sndfile``)."""

    account_line: str
    sip_listen: str = "127.0.0.1:0"
    audio_source: str = ""
    audio_player: str = ""
    record_folder: str = ""
    codecs: tuple[str, ...] = ()  # module names beyond g711 ("opus.so", "g722.so")
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AudioPlan:
    """What the configuration file says about audio, after the defaults and what is installed."""

    source: str
    player: str  # "" = no player (the received audio is only recorded, if at all)
    record_folder: str
    modules: tuple[str, ...]


def plan_audio(
    config: UaConfig,
    folder: Path,
    modules: frozenset[str],
    *,
    files: bool | None = None,
    aufile_player: bool | None = None,
) -> AudioPlan:
    """The audio set-up for ``config``: defaults filled in, a device whose driver is not
    installed replaced by files (logged), a file player baresip cannot write turned into
    a recording."""
    use_files = files_wanted() if files is None else files
    source, player, record = config.audio_source, config.audio_player, config.record_folder
    if not source or not player:
        dev_source, dev_player = ("", "") if use_files else default_devices(modules)
        source = source or dev_source
        player = player or dev_player
    wanted: list[str] = []
    for kind, device in (("source", source), ("player", player)):
        module = device_module(device)
        if module and module not in modules:
            log.warning("baresip has no %s module: audio %s from a file", module, kind)
            if kind == "source":
                source = ""
            else:
                player = ""
    if not source:
        source = f"aufile,{folder / 'tone.wav'}"
    if player.startswith("aufile,") and not (aufile_plays() if aufile_player is None else aufile_player):
        # baresip 1.0: aufile reads only; what the other side says is recorded instead
        record = record or str(Path(player.split(",", 1)[1]).parent)
        player = ""
    for device in (source, player):
        module = device_module(device)
        if module and module not in wanted and module not in MODULES:
            wanted.append(module)
    if record and "sndfile.so" in modules:
        wanted.append("sndfile.so")
    elif record:
        log.warning("baresip has no sndfile module: calls are not recorded")
        record = ""
    return AudioPlan(source, player, record, tuple(wanted))


def recordings(folder: str | os.PathLike[str]) -> list[tuple[Path, Path]]:
    """The calls recorded in ``folder``, oldest first: (what was received, what was sent)."""
    out = []
    for received in sorted(Path(folder).glob("dump-*-dec.wav")):
        out.append((received, received.with_name(received.name[: -len("dec.wav")] + "enc.wav")))
    return out


def wav_seconds(path: str | os.PathLike[str]) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate() or 1)


def netstring(payload: bytes) -> bytes:
    return str(len(payload)).encode() + b":" + payload + b","


class NetstringReader:
    """Splits a byte stream into netstring payloads."""

    def __init__(self) -> None:
        self.buffer = b""

    def feed(self, data: bytes) -> list[bytes]:
        self.buffer += data
        out = []
        while True:
            colon = self.buffer.find(b":")
            if colon < 0:
                break
            head = self.buffer[:colon]
            if not head.isdigit():
                raise ValueError("bad netstring length")
            size = int(head)
            end = colon + 1 + size
            if len(self.buffer) < end + 1:
                break
            if self.buffer[end : end + 1] != b",":
                raise ValueError("bad netstring end")
            out.append(self.buffer[colon + 1 : end])
            self.buffer = self.buffer[end + 1 :]
        return out


_TRACE_START = re.compile(r"^(UDP|TCP|TLS) \S+ -> \S+$")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class SipTrace:
    """Reads the INVITEs in baresip's SIP trace and keeps their headers by Call-ID, and
    when each was first seen (``time.perf_counter_ns`` as its trace began to arrive)."""

    def __init__(self) -> None:
        self.headers: dict[str, dict[str, str]] = {}
        self.seen_ns: dict[str, int] = {}  # Call-ID -> its first INVITE's trace (retransmissions not)
        self._started_ns = 0
        self.dialogs: dict[str, tuple[str, str]] = {}  # Call-ID -> (from tag, to tag) of the 2xx
        self._lines: list[str] | None = None
        self._lock = threading.Lock()

    def line(self, raw: str) -> None:
        text = _ANSI.sub("", raw).rstrip("\r\n")
        if _TRACE_START.match(text):
            self._lines = []
            self._started_ns = time.perf_counter_ns()
            return
        if self._lines is None:
            return
        if text == "" or text == "#":
            if self._lines:
                self._message(self._lines)
            self._lines = None if text == "" else self._lines
            return
        self._lines.append(text)

    def _message(self, lines: list[str]) -> None:
        if lines and lines[0].startswith("SIP/2.0 2"):
            self._answer(lines)
        if not lines or not lines[0].startswith("INVITE "):
            return
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers.setdefault(name.strip().lower(), value.strip())
        call_id = headers.get("call-id") or headers.get("i")
        if call_id:
            with self._lock:
                self.headers[call_id] = headers
                self.seen_ns.setdefault(call_id, self._started_ns)
                while len(self.headers) > 200:
                    self.headers.pop(next(iter(self.headers)))
                while len(self.seen_ns) > 200:
                    self.seen_ns.pop(next(iter(self.seen_ns)))

    def _answer(self, lines: list[str]) -> None:
        """A 2xx to an INVITE: the dialog's tags (From = the side that sent the INVITE)."""
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers.setdefault(name.strip().lower(), value.strip())
        call_id = headers.get("call-id") or headers.get("i")
        if not call_id or "INVITE" not in headers.get("cseq", ""):
            return

        def tag(value: str) -> str:
            found = re.search(r";\s*tag=([^;>\s]+)", value)
            return found.group(1) if found else ""

        with self._lock:
            self.dialogs[call_id] = (
                tag(headers.get("from") or headers.get("f", "")),
                tag(headers.get("to") or headers.get("t", "")),
            )
            while len(self.dialogs) > 200:
                self.dialogs.pop(next(iter(self.dialogs)))

    def dialog_tags(self, call_id: str, wait_s: float = 0.5) -> tuple[str, str] | None:
        """(from tag, to tag) of the call's answered INVITE, as the trace saw its 2xx."""
        deadline = time.monotonic() + wait_s
        while True:
            with self._lock:
                found = self.dialogs.get(call_id)
            if found is not None or time.monotonic() >= deadline:
                return found
            time.sleep(0.005)

    def invite_seen_ns(self, call_id: str) -> int | None:
        """When the call's INVITE first reached the softphone (``time.perf_counter_ns``)."""
        with self._lock:
            return self.seen_ns.get(call_id)

    def invite_headers(self, call_id: str, wait_s: float = 0.5) -> dict[str, str] | None:
        deadline = time.monotonic() + wait_s
        while True:
            with self._lock:
                found = self.headers.get(call_id)
            if found is not None or time.monotonic() >= deadline:
                return found
            time.sleep(0.005)


def _die_with_parent() -> None:
    """In the child before exec: end with the console, even when it is killed."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class Baresip:
    """One baresip process and its control connection."""

    def __init__(
        self,
        config: UaConfig,
        on_event: Callable[[dict[str, Any]], None],
        *,
        program: str | None = None,
        folder: str | os.PathLike[str] | None = None,
        start_timeout_s: float = 10.0,
    ) -> None:
        self.config = config
        self.on_event = on_event
        self.program = program or find_baresip()
        self._own_folder = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="softphone-"))
        self.start_timeout_s = start_timeout_s
        self.proc: subprocess.Popen[str] | None = None
        self.sock: socket.socket | None = None
        self.trace = SipTrace()
        self._token = 0
        self._pending: dict[str, tuple[threading.Event, list[dict[str, Any]]]] = {}
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._closed = threading.Event()
        self.audio: AudioPlan | None = None
        self._source_lock = threading.Lock()
        self._up: set[str] = set()  # SIP Call-IDs of the calls that are up
        self._current: tuple[str, float, float] | None = None  # file source, since, seconds
        self._wake = threading.Event()

    # -- life ------------------------------------------------------------------------------
    def write_config(self) -> int:
        modules = module_path()
        if self.program is None or modules is None:
            raise BaresipMissing("baresip")
        ctrl_port = free_port()
        cfg = self.config
        self.folder.mkdir(parents=True, exist_ok=True)
        plan = self.audio = plan_audio(cfg, self.folder, installed_modules(modules))
        if plan.source == f"aufile,{self.folder / 'tone.wav'}":
            self._tone()
        if plan.record_folder:
            Path(plan.record_folder).mkdir(parents=True, exist_ok=True)
        lines = [
            "poll_method\tepoll",
            f"sip_listen\t{cfg.sip_listen}",
            "call_local_timeout\t120",
            "call_max_calls\t4",
            f"audio_source\t{plan.source}",
            # no player line: the received audio goes to the recording (if any) and no further
            *([f"audio_player\t{plan.player}"] if plan.player else []),
            f"audio_alert\taufile,{self.folder / 'alert.wav'}",
            *([f"snd_path\t{plan.record_folder}"] if plan.record_folder else []),
            f"module_path\t{modules}",
            *(f"module\t{m}" for m in (*MODULES, *plan.modules, *cfg.codecs)),
            "module_tmp\taccount.so",
            "module_app\tmenu.so",
            "module_app\tctrl_tcp.so",
            f"ctrl_tcp_listen\t127.0.0.1:{ctrl_port}",
            *(f"{k}\t{v}" for k, v in cfg.extra.items()),
        ]
        (self.folder / "config").write_text("\n".join(lines) + "\n", encoding="utf-8")
        # no account at start: it is added over the control port once that is connected
        # (so no registration event is missed, and the password is never written to disk)
        (self.folder / "accounts").write_text("", encoding="utf-8")
        return ctrl_port

    def _tone(self) -> Path:
        """A 20 s, 8 kHz, 440 Hz tone: what the other side hears when no source is set
        and there is no sound card (started again before its end while a call is up)."""
        path = self.folder / "tone.wav"
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            rate = 8000
            one = b"".join(struct.pack("<h", int(3000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(rate))
            with wave.open(str(path), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(rate)
                w.writeframes(one * 20)  # 440 whole periods a second: the seconds join without a click
        return path

    # -- audio while a call is up --------------------------------------------------------------
    def play(self, path: str | os.PathLike[str]) -> None:
        """Play a WAV file (8 kHz, mono, 16-bit for G.711) to the other side of the current
        call now, in place of the configured source. The configured source is switched back
        in ``SOURCE_MARGIN_S`` before the file's end, so the file should end with that much
        silence. Raises ``ControlClosed``/``TimeoutError`` when the user agent is gone."""
        self._switch(f"aufile,{path}")

    def _switch(self, device: str) -> None:
        seconds = self._file_seconds(device)
        answer = self.command("ausrc", device)
        if not answer.get("ok", False):
            log.warning("baresip refused to switch the audio source")
            return
        with self._source_lock:
            self._current = (device, time.monotonic(), seconds) if seconds else None
        self._wake.set()

    @staticmethod
    def _file_seconds(device: str) -> float:
        if not device.startswith("aufile,"):
            return 0.0
        try:
            return wav_seconds(device.split(",", 1)[1])
        except (OSError, EOFError, wave.Error):
            return 0.0

    def _track(self, message: dict[str, Any]) -> None:
        """On the control thread: which calls are up, so a file source is kept going."""
        kind, call = str(message.get("type", "")), str(message.get("id", ""))
        with self._source_lock:
            if kind == "CALL_ESTABLISHED":
                self._up.add(call)
                source = self.audio.source if self.audio else ""
                seconds = self._file_seconds(source)
                self._current = (source, time.monotonic(), seconds) if seconds else None
            elif kind == "CALL_CLOSED":
                self._up.discard(call)
                if not self._up:
                    self._current = None
            else:
                return
        self._wake.set()

    def _keep_source(self) -> None:
        """Before a file source ends (which would end the call), start the configured
        source again: a tone or file repeats; after ``play`` the configured source returns."""
        while not self._closed.is_set():
            self._wake.clear()
            with self._source_lock:
                current = self._current if self._up else None
            if current is None:
                self._wake.wait(5.0)
                continue
            _device, started, seconds = current
            due = started + max(0.5, seconds - SOURCE_MARGIN_S)
            wait = due - time.monotonic()
            if wait > 0:
                self._wake.wait(wait)
                continue
            assert self.audio is not None
            try:
                self._switch(self.audio.source)
            except (ControlClosed, TimeoutError, OSError):
                with self._source_lock:
                    self._current = None

    def start(self) -> None:
        """Start baresip; a start that fails for a passing reason is tried again (a fresh
        control port each time), up to ``START_TRIES`` times."""
        for attempt in range(1, START_TRIES + 1):
            try:
                self._start_once()
                return
            except BaresipDidNotStart as exc:
                if attempt == START_TRIES:
                    raise
                log.info("baresip did not start (try %d of %d: %s): trying again", attempt, START_TRIES, exc)
                # A passing reason (the previous softphone still letting go of its port, a
                # machine busy starting) passes sooner with a pause than with an instant retry.
                time.sleep(0.5 * attempt)

    def _start_once(self) -> None:
        ctrl_port = self.write_config()
        assert self.program is not None
        # line-buffered output, so an INVITE's trace is read before its event needs it
        line_buffered = [stdbuf, "-oL"] if (stdbuf := shutil.which("stdbuf")) else []
        self.proc = subprocess.Popen(
            [*line_buffered, self.program, "-s", "-f", str(self.folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            bufsize=1,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        threading.Thread(target=self._read_output, name="baresip-output", daemon=True).start()
        deadline = time.monotonic() + self.start_timeout_s
        while True:
            if self.proc.poll() is not None:
                raise BaresipDidNotStart("baresip ended at start")
            try:
                self.sock = socket.create_connection(("127.0.0.1", ctrl_port), timeout=1.0)
                break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise BaresipDidNotStart("baresip control port") from None
                time.sleep(0.05)
        self.sock.settimeout(None)
        threading.Thread(target=self._read_control, name="baresip-control", daemon=True).start()
        threading.Thread(target=self._keep_source, name="baresip-audio", daemon=True).start()
        self.command("uanew", self.config.account_line)

    def stop(self) -> None:
        self._closed.set()
        self._wake.set()
        if self.sock is not None:
            try:
                self.command("quit", timeout_s=1.0)
            except (ControlClosed, TimeoutError, OSError):
                pass
            try:
                self.sock.close()
            except OSError:
                pass
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(3)
        if self._own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- control -------------------------------------------------------------------------------
    def command(self, name: str, params: str = "", timeout_s: float = 5.0) -> dict[str, Any]:
        if self.sock is None:
            raise ControlClosed(name)
        with self._lock:
            self._token += 1
            token = str(self._token)
            waiter: tuple[threading.Event, list[dict[str, Any]]] = (threading.Event(), [])
            self._pending[token] = waiter
        payload = json.dumps({"command": name, "params": params, "token": token}).encode()
        try:
            with self._send_lock:
                self.sock.sendall(netstring(payload))
        except OSError as exc:
            raise ControlClosed(name) from exc
        if not waiter[0].wait(timeout_s):
            with self._lock:
                self._pending.pop(token, None)
            raise TimeoutError(name)
        if not waiter[1]:
            raise ControlClosed(name)
        return waiter[1][0]

    def _read_control(self) -> None:
        reader = NetstringReader()
        assert self.sock is not None
        while True:
            try:
                data = self.sock.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            try:
                messages = reader.feed(data)
            except ValueError:
                log.warning("baresip: unreadable control message")
                break
            for raw in messages:
                try:
                    message = json.loads(raw.decode("utf-8", "replace"))
                except ValueError:
                    continue
                if message.get("response"):
                    with self._lock:
                        waiter = self._pending.pop(str(message.get("token", "")), None)
                    if waiter is not None:
                        waiter[1].append(message)
                        waiter[0].set()
                elif message.get("event"):
                    self._track(message)
                    try:
                        self.on_event(message)
                    except Exception:
                        log.exception("softphone event handler failed")
        with self._lock:
            pending, self._pending = self._pending, {}
        for event, _ in pending.values():
            event.set()  # the waiters see no answer and time out at once
        if not self._closed.is_set():
            self.on_event({"event": True, "class": "application", "type": "EXIT", "param": "control closed"})

    def _read_output(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        debug = os.environ.get("SOFTPHONE_DEBUG_OUTPUT")
        out = open(debug, "a", encoding="utf-8") if debug else None
        for line in self.proc.stdout:
            if out is not None:
                out.write(line)
                out.flush()
            self.trace.line(line)
