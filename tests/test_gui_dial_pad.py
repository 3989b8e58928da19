"""The dial pad (Ctrl+Shift+D): twelve keys that send each digit as it is pressed, by
mouse or keyboard, while a call is connected; in English and Chinese."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from test_gui_console import make_console, ring, settle

from callcenter.core.calls import DigitsSent

ROOT = Path(__file__).resolve().parents[1]


def open_pad(qtbot, window):
    action = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Shift+D")
    action.trigger()
    pad = window.dial_pad
    qtbot.waitUntil(pad.isVisible, timeout=2000)
    return pad


def talking(qtbot, window, source):
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    qtbot.mouseClick(window.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
    return call


def test_each_key_sends_its_digit_as_it_is_pressed_by_mouse_or_keyboard(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    sent: list[str] = []
    window._keep[0].subscribe(DigitsSent, lambda e: sent.append(e.digits))
    pad = open_pad(qtbot, window)
    assert not any(b.isEnabled() for b in pad.buttons.values())  # no call: the keys rest
    assert pad.hint.text() == "The keys work while a call is connected."
    call = talking(qtbot, window, source)
    assert all(b.isEnabled() for b in pad.buttons.values()) and pad.windowTitle() == "Dial pad"
    assert [pad.buttons[k].text() for k in "123456789*0#"] == list("123456789*0#")

    qtbot.mouseClick(pad.buttons["1"], Qt.MouseButton.LeftButton)
    assert sent == ["1"] and source.digits[call.call_id] == "1"  # sent at once, alone
    qtbot.mouseClick(pad.buttons["#"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pad, "20*")  # the keyboard's digit keys
    qtbot.keyClick(pad, Qt.Key.Key_7, Qt.KeyboardModifier.KeypadModifier)  # the number pad
    qtbot.keyClicks(pad, "x")  # not a key of the pad: nothing sent
    assert sent == ["1", "#", "2", "0", "*", "7"]
    assert source.digits[call.call_id] == "1#20*7" and pad.shown.text() == "1#20*7"
    assert pad.isVisible()  # it stays open for the next menu

    qtbot.mouseClick(window.call_panel.buttons["end"], Qt.MouseButton.LeftButton)
    assert not pad.buttons["5"].isEnabled()
    qtbot.keyClicks(pad, "5")
    assert sent[-1] == "7"  # after the call nothing more goes
    window.controller.finish_wrap_up(None, "")
    settle(qtbot, window)

    nxt = talking(qtbot, window, source)
    assert nxt.call_id != call.call_id and pad.shown.text().strip() == ""  # a new call starts clean
    qtbot.keyClicks(pad, "9")
    assert source.digits[nxt.call_id] == "9"


def test_the_dial_pad_in_chinese(qtbot, seeded, settings):
    from callcenter.gui import i18n

    store, _ = seeded
    words = json.loads((ROOT / "tools" / "translations" / "sipbench.json").read_text(encoding="utf-8"))
    zh = words["DialPadDialog"]
    i18n.install("zh_CN")
    try:
        window, source, _ = make_console(qtbot, store, settings, lang="zh_CN")
        pad = open_pad(qtbot, window)
        english = "The keys work while a call is connected."
        assert pad.hint.text() in (zh[english], english)  # the Chinese once the translations are built
        talking(qtbot, window, source)
        qtbot.keyClicks(pad, "3")
        assert pad.shown.text() == "3"
        for text in (pad.windowTitle(), pad.hint.text()):
            assert text in zh.values() or text in zh, text  # every word of the pad has its Chinese
    finally:
        i18n.install("en")
