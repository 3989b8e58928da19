"""The trainer's "Customer calls the trainee's phone (SIP)" option with real widgets and,
for the call itself, real SIP on loopback: Kamailio from tests/sip_lab.py, the trainee's
phone a registered softphone (``SipCallSource``), the customer a second baresip started by
the session; the opening line is heard (recorded) on the trainee's phone."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.gui.settings import Settings
from callcenter.training import speech
from tests.sip_lab import HAVE_TOOLS, USER, kamailio, registered_account, rms, wait_for_file, wav_samples

__all__ = ["kamailio"]  # the fixture, used by name


@pytest.fixture
def settings(tmp_path):
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set("calls/ring_sound", False)
    s.set("calls/default_region", "US")
    return s


def open_trainer(qtbot, store, settings, tmp_path):
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.trainer.trainer_window import TrainerWindow

    window = TrainerWindow(
        store, settings, "en", tmp_path / "training", speak=True, play_audio=False, console_factory=build_console
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.trainees_loaded, timeout=5000)
    for i in range(window.list.count()):
        if window.list.item(i).data(Qt.ItemDataRole.UserRole) == "pizza_member":
            window.list.setCurrentRow(i)
    return window


def test_the_sip_option_is_off_by_default_and_wants_an_address(qtbot, store, settings, tmp_path, monkeypatch):
    window = open_trainer(qtbot, store, settings, tmp_path)
    assert not window.sip_box.isChecked() and not window.sip_address.isEnabled()
    window.sip_box.setChecked(True)
    assert window.sip_address.isEnabled()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.sip_address.setText("1001")  # not an address
    assert window.start_session() is None
    assert told == ["Enter the trainee's phone address, for example sip:1001@pbx.example."]
    assert window.sessions == []


@pytest.mark.skipif(not HAVE_TOOLS, reason="kamailio, sipp and baresip are installed by system-deps.sh test")
@pytest.mark.skipif(speech.engine_problem() is not None, reason=str(speech.engine_problem()))
def test_the_customer_rings_the_trainees_phone_and_speaks_there(qtbot, store, settings, tmp_path, kamailio):
    phone_bus = EventBus()
    heard_at = tmp_path / "phone-rec"
    with registered_account(phone_bus, kamailio, record_folder=str(heard_at)) as (phone, seen):
        window = open_trainer(qtbot, store, settings, tmp_path)
        window.sip_box.setChecked(True)
        window.sip_address.setText(f"sip:{USER}@127.0.0.1:{kamailio}")
        controller = window.start_session()
        assert controller.sip_target == f"sip:{USER}@127.0.0.1:{kamailio}"
        qtbot.waitUntil(lambda: controller.console is not None, timeout=10_000)
        session = window.sessions[-1]
        qtbot.addWidget(controller.console)
        offer = seen.wait(lambda e: isinstance(e, CallOffered), 15)  # the trainee's phone rings
        phone.call_answered("agent-1", offer.call.call_id)  # and is picked up
        qtbot.mouseClick(controller.console.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
        line = "Hi, I'd like to order some pizzas for delivery, please."
        assert session.dialogue.subtitle.text() == line
        assert controller.sip_customer.wait_idle(30)
        assert controller.sip_customer.turns_played == 1, controller.sip_customer.problem
        spoken = speech.cached(line, "en", tmp_path / "training" / "speech")  # the same cached file
        seconds = speech.wav_stats(spoken).duration
        wait_for_file("dump-*-dec.wav", heard_at, 44 + int(16000 * seconds))
        controller.close()  # the session ends (as its window does on closing): the customer hangs up
        seen.wait(lambda e: isinstance(e, CallerHungUp), 15)
    (received,) = sorted(heard_at.glob("dump-*-dec.wav"))
    samples, rate = wav_samples(received)
    frame = rate // 50
    frames = samples[: len(samples) // frame * frame].reshape(-1, frame)
    voiced = ((frames**2).mean(axis=1) ** 0.5 / 32768 > 0.01).sum() * 0.02
    assert rms(samples) > 0.01 and voiced > 0.6 * seconds
    assert np.abs(samples).max() < 32767  # not clipped
