"""Training over SIP: the role-play's customer (``training.sip_customer`` through a second
baresip, ``telephony.caller``) calls the trainee's softphone through the lab's Kamailio
and speaks the scenario's opening line, synthesised by the speech worker (pyttsx3 with
espeak-ng); the trainee's side records what it hears, and the recording is judged as
speech: loud enough, voiced for about as long as the line, with its energy in the
telephone band and not one tone."""

from __future__ import annotations

import numpy as np
import pytest

from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.telephony.caller import SipCaller
from callcenter.training import scenario as sc
from callcenter.training import speech
from callcenter.training.runner import Runner
from callcenter.training.sip_customer import SipCustomer, read_mono, resample, turn_wav
from tests.sip_lab import HAVE_TOOLS, USER, kamailio, registered_account, rms, wait_for_file, wav_samples

__all__ = ["kamailio"]  # the fixture, used by name

needs_sip = pytest.mark.skipif(not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test")
needs_speech = pytest.mark.skipif(speech.engine_problem() is not None, reason=str(speech.engine_problem()))


def voiced_seconds(samples: np.ndarray, rate: int, threshold: float = 0.01) -> float:
    frame = rate // 50  # 20 ms
    frames = samples[: len(samples) // frame * frame].reshape(-1, frame)
    return float(((frames**2).mean(axis=1) ** 0.5 / 32768 > threshold).sum() * 0.02)


def opening_line() -> str:
    scenario = next(sc.load(p) for p in sc.builtin_paths() if "angry_complaint" in str(p))
    runner = Runner(scenario, "en")
    runner.offered(0.0)
    (first,) = runner.action("answer", 1.0)
    return first.text


@needs_sip
@needs_speech
def test_the_customer_calls_the_trainees_phone_and_is_heard(kamailio, tmp_path):
    line = opening_line()
    spoken = speech.cached(line, "en", tmp_path / "speech")  # synthesised first, as the trainer does
    expected_s = voiced_seconds(*read_mono(spoken))
    assert expected_s > 1.0

    bus = EventBus()
    heard_at = tmp_path / "trainee-rec"
    with registered_account(bus, kamailio, record_folder=str(heard_at)) as (trainee, seen):
        customer = SipCustomer(
            SipCaller("customer", tmp_path / "customer"),
            f"sip:{USER}@127.0.0.1:{kamailio}",
            lambda text: speech.cached(text, "en", tmp_path / "speech"),
            tmp_path / "turns",
        )
        try:
            customer.call()
            offer = seen.wait(lambda e: isinstance(e, CallOffered))  # the INVITE reached the trainee
            trainee.call_answered("agent-1", offer.call.call_id)
            customer.say([line])
            assert customer.wait_idle(30)
            assert customer.turns_played == 1, customer.problem
            wait_for_file("dump-*-dec.wav", heard_at, 44 + int(16000 * (expected_s + 0.5)))
            customer.hang_up()
            seen.wait(lambda e: isinstance(e, CallerHungUp))  # the customer hung up
        finally:
            customer.close()
    received = sorted(heard_at.glob("dump-*-dec.wav"))
    assert received
    samples, rate = wav_samples(received[0])
    assert rms(samples) > 0.01
    assert voiced_seconds(samples, rate) > 0.6 * expected_s  # the whole line, not a blip
    spectrum = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    band = spectrum[(freqs > 150) & (freqs < 3400)].sum() / spectrum.sum()
    assert band > 0.8  # speech in the telephone band
    top = np.sort(spectrum)[::-1]
    assert top[:20].sum() / spectrum.sum() < 0.5  # spread over many frequencies: not a tone


def test_a_turn_is_one_8khz_file_with_pauses_and_a_silent_tail(tmp_path):
    import wave

    rate = 22050
    t = np.arange(rate) / rate
    for name, hz in (("a", 300), ("b", 500)):
        with wave.open(str(tmp_path / f"{name}.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes((8000 * np.sin(2 * np.pi * hz * t)).astype("<i2").tobytes())
    seconds = turn_wav([tmp_path / "a.wav", tmp_path / "b.wav"], tmp_path / "turn.wav", 8000, tail_s=5.0)
    assert seconds == pytest.approx(2.4, abs=0.01)
    samples, out_rate = read_mono(tmp_path / "turn.wav")
    assert out_rate == 8000 and len(samples) == pytest.approx(8000 * 7.4, abs=2)
    assert np.abs(samples[int(8000 * 2.5) :]).max() == 0  # the tail is silence
    assert np.abs(samples[int(8000 * 1.05) : int(8000 * 1.35)]).max() == pytest.approx(0, abs=200)  # the pause


def test_resampling_keeps_a_tone_and_removes_what_8khz_cannot_carry():
    rate = 22050
    t = np.arange(rate) / rate
    low, high = np.sin(2 * np.pi * 440 * t), np.sin(2 * np.pi * 6000 * t)
    out = resample(low + high, rate, 8000)
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(np.argmax(spectrum) * 8000 / len(out) - 440) < 2
    assert spectrum.max() > 50 * np.sort(spectrum)[-3]  # the 6 kHz part did not fold down
