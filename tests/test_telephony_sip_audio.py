"""Audio over real SIP on loopback (see tests/sip_lab.py): the agent's softphone
(``SipCallSource``) answers a call from a second baresip routed by Kamailio; each side
plays a WAV file of its own tone, records what it receives, and the recordings are judged
with an FFT: loud enough, and the other side's tone."""

from __future__ import annotations

from pathlib import Path

import pytest

from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.telephony import baresip
from callcenter.telephony.baresip import UaConfig, plan_audio, recordings
from tests.sip_lab import (
    HAVE_TOOLS,
    USER,
    dominant_hz,
    kamailio,
    registered_account,
    rms,
    second_ua,
    tone_wav,
    wait_for_file,
    wav_samples,
)

__all__ = ["kamailio"]  # the fixture, used by name
needs_sip = pytest.mark.skipif(not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test")

SECOND = 16000  # bytes of one second of 8 kHz 16-bit audio
AGENT_HZ, CALLER_HZ = 1000.0, 600.0


def judged(path: Path, hz: float) -> None:
    samples, rate = wav_samples(path)
    assert rate == 8000
    assert len(samples) >= rate  # at least a second went through
    middle = samples[len(samples) // 4 : 3 * len(samples) // 4]
    assert rms(middle) > 0.05, f"{path.name} is silent"  # the tone is at ~0.13 of full scale
    assert abs(dominant_hz(middle, rate) - hz) < 10


@needs_sip
def test_audio_both_ways_between_a_caller_and_the_agents_softphone(kamailio, tmp_path):
    bus = EventBus()
    agent_in, caller_in = (
        tone_wav(tmp_path / "agent.wav", AGENT_HZ, 12),
        tone_wav(tmp_path / "caller.wav", CALLER_HZ, 12),
    )
    agent_rec, caller_rec = tmp_path / "agent-rec", tmp_path / "caller-rec"
    with registered_account(bus, kamailio, audio_source=f"aufile,{agent_in}", record_folder=str(agent_rec)) as (
        source,
        seen,
    ):
        with second_ua(tmp_path / "caller", f"aufile,{caller_in}", str(caller_rec)) as (caller, events):
            caller.command("dial", f"sip:{USER}@127.0.0.1:{kamailio}")
            offer = seen.wait(lambda e: isinstance(e, CallOffered))
            source.call_answered("agent-1", offer.call.call_id)
            events.wait("CALL_ESTABLISHED")
            # two seconds of each side's audio recorded on the other, then the caller hangs up
            wait_for_file("dump-*-dec.wav", agent_rec, 44 + 2 * SECOND)
            wait_for_file("dump-*-dec.wav", caller_rec, 44 + 2 * SECOND)
            caller.command("hangup")
            seen.wait(lambda e: isinstance(e, CallerHungUp))
            events.wait("CALL_CLOSED")
    # the user agents have ended: the recordings are complete files
    (agent_heard, agent_sent), *_ = recordings(agent_rec)
    (caller_heard, _caller_sent), *_ = recordings(caller_rec)
    judged(agent_heard, CALLER_HZ)  # the caller's audio at the agent
    judged(caller_heard, AGENT_HZ)  # the agent's audio at the caller
    judged(agent_sent, AGENT_HZ)  # and what the agent sent, as sent


@needs_sip
@pytest.mark.slow
def test_a_call_outlasts_its_source_file(kamailio, tmp_path):
    """A file source ends the call at its end in baresip; the adapter starts it again."""
    bus = EventBus()
    short = tone_wav(tmp_path / "short.wav", AGENT_HZ, baresip.SOURCE_MARGIN_S + 2)
    with registered_account(bus, kamailio, audio_source=f"aufile,{short}") as (source, seen):
        with second_ua(tmp_path / "caller", record_folder=str(tmp_path / "rec")) as (caller, events):
            caller.command("dial", f"sip:{USER}@127.0.0.1:{kamailio}")
            offer = seen.wait(lambda e: isinstance(e, CallOffered))
            source.call_answered("agent-1", offer.call.call_id)
            events.wait("CALL_ESTABLISHED")
            # three times the file's length recorded at the caller: the call went on past its end
            wait_for_file("dump-*-dec.wav", tmp_path / "rec", 44 + int(3 * (baresip.SOURCE_MARGIN_S + 2) * SECOND), 40)
            assert seen.of(CallerHungUp) == []
            caller.command("hangup")
            events.wait("CALL_CLOSED")
    (heard, _), *_ = recordings(tmp_path / "rec")
    judged(heard, AGENT_HZ)


# -- which devices and modules the configuration names (no user agent started) -----------------

ALL = frozenset({"g711.so", "aufile.so", "alsa.so", "sndfile.so"})


def test_without_a_sound_card_the_source_is_a_tone_and_there_is_no_player(tmp_path):
    plan = plan_audio(UaConfig("x"), tmp_path, ALL, files=True, aufile_player=False)
    assert plan.source == f"aufile,{tmp_path / 'tone.wav'}"
    assert plan.player == "" and plan.record_folder == ""


def test_with_a_sound_card_the_system_devices(tmp_path, monkeypatch):
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no sound server there
    plan = plan_audio(UaConfig("x"), tmp_path, ALL, files=False)
    assert (plan.source, plan.player) == ("alsa,default", "alsa,default")
    assert plan.modules == ("alsa.so",)
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    plan = plan_audio(UaConfig("x"), tmp_path, ALL | {"pulse.so"}, files=False)
    assert (plan.source, plan.player, plan.modules) == ("pulse,", "pulse,", ("pulse.so",))


def test_a_file_player_becomes_a_recording_where_aufile_only_reads(tmp_path):
    out = tmp_path / "calls" / "out.wav"
    plan = plan_audio(UaConfig("x", audio_player=f"aufile,{out}"), tmp_path, ALL, files=True, aufile_player=False)
    assert plan.player == "" and plan.record_folder == str(out.parent)
    assert "sndfile.so" in plan.modules
    newer = plan_audio(UaConfig("x", audio_player=f"aufile,{out}"), tmp_path, ALL, files=True, aufile_player=True)
    assert newer.player == f"aufile,{out}" and newer.record_folder == ""


def test_a_device_whose_driver_is_missing_falls_back_to_files(tmp_path):
    plan = plan_audio(UaConfig("x", audio_source="pulse,", audio_player="pulse,"), tmp_path, ALL, files=False)
    assert plan.source == f"aufile,{tmp_path / 'tone.wav'}" and plan.player == ""
    assert "pulse.so" not in plan.modules


@needs_sip
def test_the_installed_baresip_reads_files_and_records():
    have = baresip.installed_modules()
    assert {"aufile.so", "sndfile.so", "g711.so", "ctrl_tcp.so"} <= have
