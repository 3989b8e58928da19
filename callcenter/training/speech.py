"""Text to speech for the role-play customer: pyttsx3 (espeak-ng) in a child process.

pyttsx3's espeak driver is not thread-safe and its run loop can hang, so each
utterance is synthesised to a WAV file by a short-lived child process
(``python -m callcenter.training.speech_worker``) that is killed if it overruns.
Callers run ``synthesize`` off the GUI thread; files are cached by text, voice,
rate and pitch, so a replay costs nothing.
"""

from __future__ import annotations

import array
import hashlib
import json
import math
import shutil
import subprocess
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

# espeak-ng language codes to try, best first
VOICE_LANGS = {"en": ("en-us", "en", "en-gb"), "zh_CN": ("cmn", "zh", "yue")}


class SpeechUnavailable(Exception):
    """No speech engine here (or it failed): the session goes on with text only."""


def engine_problem() -> str | None:
    """None when speech can work here, else the reason in plain words."""
    try:
        import pyttsx3  # noqa: F401
    except ImportError:
        return "the pyttsx3 package is not installed (pip install 'callcenter[speech]')"
    if not (shutil.which("espeak-ng") or shutil.which("espeak")):
        return "the espeak-ng speech engine is not installed"
    return None


def pick_voice(voices: list[tuple[str, list[str]]], lang: str) -> str | None:
    """The voice id for ``lang`` among (id, languages) pairs, or None."""
    for code in VOICE_LANGS.get(lang, (lang,)):
        for voice_id, langs in voices:
            if code in [str(x).lower() for x in langs] or voice_id.lower().rsplit("/", 1)[-1] == code:
                return voice_id
    return None


def cache_name(text: str, lang: str, rate: int, pitch: int) -> str:
    key = json.dumps([text, lang, rate, pitch], ensure_ascii=False).encode()
    return hashlib.sha256(key).hexdigest()[:24] + ".wav"


def synthesize(text: str, lang: str, path: str | Path, rate: int = 170, pitch: int = 50, timeout: float = 30.0) -> Path:
    """Speak ``text`` in ``lang`` into the WAV file ``path``; raises SpeechUnavailable."""
    problem = engine_problem()
    if problem:
        raise SpeechUnavailable(problem)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part.wav")
    request = json.dumps({"text": text, "lang": lang, "path": str(tmp), "rate": rate, "pitch": pitch})
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "callcenter.training.speech_worker"],
            input=request,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        tmp.unlink(missing_ok=True)
        raise SpeechUnavailable(f"the speech engine did not finish within {timeout:.0f} s") from None
    if proc.returncode != 0 or not tmp.exists() or tmp.stat().st_size <= 44:
        tmp.unlink(missing_ok=True)
        last = (proc.stderr.strip().splitlines() or ["no sound was produced"])[-1]
        raise SpeechUnavailable(f"the speech engine failed: {last}")
    tmp.replace(path)
    return path


def cached(text: str, lang: str, cache_dir: str | Path, rate: int = 170, pitch: int = 50) -> Path:
    path = Path(cache_dir) / cache_name(text, lang, rate, pitch)
    if path.exists() and path.stat().st_size > 44:
        return path
    return synthesize(text, lang, path, rate, pitch)


@dataclass(frozen=True)
class WavStats:
    frames: int
    rate: int
    duration: float  # seconds
    rms: float  # 0..1 of full scale


def wav_stats(path: str | Path) -> WavStats:
    """Frames, duration and RMS level of a 16-bit PCM WAV file."""
    with wave.open(str(path), "rb") as w:
        frames, rate, width, _channels = w.getnframes(), w.getframerate(), w.getsampwidth(), w.getnchannels()
        data = w.readframes(frames)
    if width != 2:
        raise ValueError(f"expected 16-bit samples, got {8 * width}-bit")
    samples = array.array("h")
    samples.frombytes(data[: len(data) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768 if samples else 0.0
    return WavStats(frames, rate, frames / rate if rate else 0.0, rms)
