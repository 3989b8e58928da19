"""Real speech: pyttsx3 with espeak-ng writes a WAV file that has sound of a plausible
length, in English and in Mandarin; and a missing engine is said plainly."""

from __future__ import annotations

import pytest

from callcenter.training import speech

EN = "Hi, I would like to order two large pepperoni pizzas for delivery, please."
ZH = "你好，我想订两个大号意式辣香肠比萨外卖，谢谢。"


def test_the_test_machine_has_a_speech_engine():
    assert speech.engine_problem() is None  # make test installs espeak-ng and pyttsx3


@pytest.mark.parametrize(
    "lang, text, low, high",
    [
        # English at 170 words per minute: 13 words ~ 4.6 s; allow half to double
        ("en", EN, 13 / 170 * 60 * 0.5, 13 / 170 * 60 * 2.0),
        # Mandarin: 23 syllables at 3-6 per second, plus pauses at the commas
        ("zh_CN", ZH, 23 / 7, 23 / 2.5),
    ],
)
def test_a_line_is_synthesised_with_sound_of_plausible_length(tmp_path, lang, text, low, high):
    path = speech.synthesize(text, lang, tmp_path / f"{lang}.wav", rate=170)
    stats = speech.wav_stats(path)
    assert stats.frames > 0 and stats.rate >= 8000
    assert stats.rms > 0.01  # sound, not silence
    assert low <= stats.duration <= high, stats


def test_slower_speech_is_longer(tmp_path):
    fast = speech.wav_stats(speech.synthesize(EN, "en", tmp_path / "fast.wav", rate=200)).duration
    slow = speech.wav_stats(speech.synthesize(EN, "en", tmp_path / "slow.wav", rate=110)).duration
    assert slow > fast * 1.4  # 200/110 = 1.8 in theory; pauses do not scale


def test_the_cache_returns_the_same_file_without_synthesising_again(tmp_path):
    first = speech.cached(ZH, "zh_CN", tmp_path)
    mtime = first.stat().st_mtime_ns
    again = speech.cached(ZH, "zh_CN", tmp_path)
    assert again == first and again.stat().st_mtime_ns == mtime
    assert speech.cached(ZH, "zh_CN", tmp_path, rate=120) != first


def test_pick_voice_by_language():
    voices = [
        ("gmw/en", ["en"]),
        ("gmw/en-US", ["en-us"]),
        ("sit/cmn-latn-pinyin", ["cmn-latn-pinyin"]),
        ("sit/cmn", ["cmn"]),
        ("sit/yue", ["yue"]),
    ]
    assert speech.pick_voice(voices, "en") == "gmw/en-US"
    assert speech.pick_voice(voices, "zh_CN") == "sit/cmn"
    assert speech.pick_voice([("gmw/de", ["de"])], "zh_CN") is None


def test_no_engine_is_said_plainly(tmp_path, monkeypatch):
    monkeypatch.setattr(speech.shutil, "which", lambda name: None)
    assert "espeak-ng" in speech.engine_problem()
    with pytest.raises(speech.SpeechUnavailable, match="espeak-ng speech engine is not installed"):
        speech.synthesize("hello", "en", tmp_path / "x.wav")
    assert not (tmp_path / "x.wav").exists()


def test_wav_stats_by_hand(tmp_path):
    import wave

    path = tmp_path / "square.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"".join(int(v).to_bytes(2, "little", signed=True) for v in [16384, -16384] * 4000))
    stats = speech.wav_stats(path)
    assert (stats.frames, stats.rate, stats.duration) == (8000, 8000, 1.0)
    assert stats.rms == pytest.approx(0.5)  # a square wave at half scale
