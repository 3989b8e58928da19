"""A calling user agent: a second baresip that dials an address and plays WAV files to
whoever answers. The role-play's SIP customer (``training.sip_customer``) speaks through
it; the composition root (the trainer's window, tests) puts the two together, since
training and telephony are independent of each other.

It registers nowhere: its INVITE goes to the switch given in the address
(``sip:1001@pbx.example``), which routes it to the registered phone as it would a
customer's call from a trunk. Between the lines it sends silence (a file that is started
again before its end, see ``Baresip``); a line is one WAV switched in with ``ausrc``.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import wave
from pathlib import Path
from typing import Any

from callcenter.telephony.baresip import SOURCE_MARGIN_S, Baresip, ControlClosed, UaConfig, free_port
from callcenter.telephony.events import PhoneProblem

_ADDRESS = re.compile(r"^sips?:[^\s<>\";,]+@[^\s<>\";,]+$")
IDLE_SECONDS = 30.0


def silence_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\0\0" * int(rate * seconds))
    return path


class SipCaller:
    """Dials one address and plays files to it. ``tail_s`` is the silence each played
    file must end with (the idle source is switched back in that long before its end)."""

    rate = 8000  # G.711: the files it plays are 8 kHz mono 16-bit
    tail_s = SOURCE_MARGIN_S + 1.0

    def __init__(self, caller_id: str = "customer", folder: str | os.PathLike[str] | None = None) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_.+-]+", caller_id):
            raise PhoneProblem("invalid_setting", field="caller_id")
        self.caller_id = caller_id
        self.folder = Path(folder or tempfile.mkdtemp(prefix="sip-caller-"))
        self.ua: Baresip | None = None
        self._up = threading.Event()
        self._closed = threading.Event()
        self.close_reason = ""

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        idle = silence_wav(self.folder / "idle.wav", IDLE_SECONDS, self.rate)
        port = free_port()
        config = UaConfig(
            account_line=f"<sip:{self.caller_id}@127.0.0.1:{port}>;regint=0",
            sip_listen=f"127.0.0.1:{port}",
            audio_source=f"aufile,{idle}",
            extra={"call_max_calls": "1"},
        )
        self.ua = Baresip(config, self._on_event, folder=self.folder / "ua")
        self.ua.start()

    def dial(self, address: str) -> None:
        """Call ``address`` (``sip:user@host[:port]``); answered calls set ``answered``."""
        if not _ADDRESS.match(address):
            raise PhoneProblem("invalid_setting", field="address")
        if self.ua is None:
            self.start()
        assert self.ua is not None
        self._up.clear()
        self._closed.clear()
        answer = self.ua.command("dial", address)
        if not answer.get("ok", False):
            raise PhoneProblem("rejected", status=0)

    def wait_answered(self, timeout_s: float) -> bool:
        return self._up.wait(timeout_s)

    @property
    def answered(self) -> bool:
        return self._up.is_set() and not self._closed.is_set()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def play(self, path: str | os.PathLike[str]) -> None:
        if self.ua is not None and self.answered:
            self.ua.play(path)

    def hang_up(self) -> None:
        if self.ua is not None and not self._closed.is_set():
            try:
                self.ua.command("hangup")
            except (ControlClosed, TimeoutError, OSError):
                pass

    def stop(self) -> None:
        ua, self.ua = self.ua, None
        if ua is not None:
            ua.stop()

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = str(event.get("type", ""))
        if kind == "CALL_ESTABLISHED":
            self._up.set()
        elif kind in ("CALL_CLOSED", "EXIT"):
            self.close_reason = str(event.get("param", ""))
            self._closed.set()
