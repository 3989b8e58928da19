"""The role-play's customer on a real phone line: it calls the trainee's phone over SIP
and speaks its lines there, beside the in-process mode (subtitles and the desk's speakers).

Qt-free. The phone it calls through is any ``CustomerPhone``: ``telephony.caller.SipCaller``
(a second baresip) in the application; training does not import telephony, the
composition root hands the phone in.

Each turn of the customer (the utterances the runner returns for one step) becomes one
WAV file: the synthesised lines (the speech worker's files, resampled to the phone's
8 kHz mono) joined with short pauses and ended with the silence the phone asks for; the
phone switches its source to it and back to silence afterwards. Turns play in order on
one worker thread: a turn that comes while the last one is still being spoken waits for
its end, and the first waits for the trainee to answer.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

PAUSE_S = 0.4  # between two utterances of one turn
ANSWER_WAIT_S = 60.0  # how long the first turn waits for the trainee to pick up


class CustomerPhone(Protocol):
    rate: int  # sample rate of the files it plays
    tail_s: float  # silence each file must end with

    def dial(self, address: str) -> None: ...

    def wait_answered(self, timeout_s: float) -> bool: ...

    @property
    def closed(self) -> bool: ...

    def play(self, path: str | Path) -> None: ...

    def hang_up(self) -> None: ...

    def stop(self) -> None: ...


def read_mono(path: str | Path) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV file as float samples (channels averaged) and its rate."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"expected 16-bit samples in {Path(path).name}")
        channels, rate = w.getnchannels(), w.getframerate()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return data, rate


def resample(samples: np.ndarray, rate: int, to_rate: int) -> np.ndarray:
    """Band-limit to below the new Nyquist frequency (FFT) and interpolate."""
    if rate == to_rate or len(samples) == 0:
        return samples
    if to_rate < rate:
        spectrum = np.fft.rfft(samples)
        freqs = np.fft.rfftfreq(len(samples), 1.0 / rate)
        spectrum[freqs > 0.45 * to_rate] = 0
        samples = np.fft.irfft(spectrum, len(samples))
    count = int(round(len(samples) * to_rate / rate))
    positions = np.arange(count) * (rate / to_rate)
    result: np.ndarray = np.interp(positions, np.arange(len(samples)), samples)
    return result


def turn_wav(lines: Sequence[str | Path], out: str | Path, rate: int, tail_s: float, pause_s: float = PAUSE_S) -> float:
    """Join the lines' WAV files into ``out`` (``rate`` Hz, mono, 16-bit) with pauses,
    ending with ``tail_s`` of silence. Returns the seconds of speech (without the tail)."""
    parts: list[np.ndarray] = []
    for i, line in enumerate(lines):
        samples, line_rate = read_mono(line)
        if i:
            parts.append(np.zeros(int(rate * pause_s)))
        parts.append(resample(samples, line_rate, rate))
    speech = np.concatenate(parts) if parts else np.zeros(0)
    whole = np.concatenate([speech, np.zeros(int(rate * tail_s))])
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.clip(np.round(whole), -32768, 32767).astype("<i2").tobytes())
    return len(speech) / rate


class SipCustomer:
    """Calls ``address`` through ``phone`` and speaks each turn there.

    ``synthesize(text) -> Path`` is the speech worker (``speech.cached`` with the
    scenario's language and voice); a line it cannot speak is skipped (the subtitles
    still show it)."""

    def __init__(self, phone: CustomerPhone, address: str, synthesize: Callable[[str], Path], work_dir: str | Path):
        self.phone, self.address, self.synthesize = phone, address, synthesize
        self.work_dir = Path(work_dir)
        self.turns_played = 0
        self.problem = ""  # why the call could not be made or a turn was not played, in plain words
        self._queue: queue.Queue[list[str] | None] = queue.Queue()
        self._speaking_until = 0.0
        self._pending = 0  # turns (and the hang-up) asked for and not yet done
        self._pending_lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._count = 0

    def call(self) -> None:
        """Dial the trainee (blocking for the command only: run it off the GUI thread)."""
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.phone.dial(self.address)
        self._worker = threading.Thread(target=self._work, name="sip-customer", daemon=True)
        self._worker.start()

    def say(self, texts: Sequence[str]) -> None:
        """One turn: spoken in order after the turns before it."""
        if texts:
            self._put(list(texts))

    def hang_up(self) -> None:
        """The customer hangs up once what it is saying is said."""
        self._put(None)

    def close(self) -> None:
        self._put(None)
        if self._worker is not None:
            self._worker.join(5)
        self.phone.stop()

    def wait_idle(self, timeout_s: float) -> bool:
        """True once every turn asked for so far has been played out (for tests and the end)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self._pending_lock:
                pending = self._pending
            if pending == 0 and time.monotonic() >= self._speaking_until:
                return True
            time.sleep(0.05)
        return False

    def _work(self) -> None:
        answered = False
        while True:
            texts = self._queue.get()
            try:
                if texts is None:
                    self._wait_spoken()
                    self.phone.hang_up()
                    return
                if not answered:
                    answered = self.phone.wait_answered(ANSWER_WAIT_S)
                    if not answered:
                        self.problem = "the trainee's phone did not answer"
                        continue
                if self.phone.closed:
                    continue
                self._play(texts)
            except Exception as exc:  # the session goes on with subtitles
                log.warning("the SIP customer could not speak a turn: %s", type(exc).__name__)
                self.problem = str(exc)
            finally:
                with self._pending_lock:
                    self._pending -= 1

    def _put(self, item: list[str] | None) -> None:
        with self._pending_lock:
            self._pending += 1
        self._queue.put(item)

    def _play(self, texts: list[str]) -> None:
        wavs = []
        for text in texts:
            try:
                wavs.append(self.synthesize(text))
            except Exception as exc:  # no speech engine: this line is text only
                self.problem = str(exc)
        if not wavs:
            return
        self._count += 1
        path = self.work_dir / f"turn-{self._count}.wav"
        seconds = turn_wav(wavs, path, self.phone.rate, self.phone.tail_s)
        self._wait_spoken()
        self.phone.play(path)
        self._speaking_until = time.monotonic() + seconds
        self.turns_played += 1

    def _wait_spoken(self) -> None:
        wait = self._speaking_until - time.monotonic()
        if wait > 0:
            time.sleep(wait)
