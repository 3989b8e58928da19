"""The complaint capture form by keyboard: Enter never throws away what was typed, and a
field's message goes once the field is put right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_gui_complaints import fill
from test_gui_console import make_console

from callcenter.core.complaints.capture import ComplaintForm
from callcenter.store import complaints


def test_enter_in_the_summary_keeps_the_draft(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    dialog = window.complaints.capture(ids["wang"])
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Blender arrived broken")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.summary.text() == "Blender arrived broken"
    assert "discarded" not in dialog.draft_label.text()
    assert dialog.words.hasFocus()  # Enter moves on to the customer's words
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Enter)
    assert dialog.summary.text() == "Blender arrived broken"
    qtbot.waitUntil(
        lambda: (
            (complaints.load_draft(store, window.identity.user_id, ids["wang"]) or ComplaintForm()).summary
            == "Blender arrived broken"
        ),
        timeout=3000,
    )
    assert dialog.isVisible() and dialog.case_id is None
    window.close()


def test_a_field_message_goes_when_the_field_is_fixed(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    dialog = window.complaints.capture(ids["wang"])
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    dialog.group.setCurrentIndex(dialog.group.findData("billing"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5000)
    assert dialog.errors["summary"].isVisible() and dialog.errors["category"].isVisible()
    dialog.summary.setText("Charged twice")
    assert not dialog.errors["summary"].isVisible()  # fixed: its message goes at once
    assert dialog.errors["category"].isVisible()  # not fixed yet: it stays
    fill(dialog)
    assert not dialog.errors["category"].isVisible()
    window.close()


def test_discard_asks_before_throwing_text_away(qtbot, seeded, settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    dialog = window.complaints.capture(ids["wang"])
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    dialog.summary.setText("Kept unless I say so")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not dialog.discard_button.autoDefault() and not dialog.close_button.autoDefault()
    dialog.discard_button.click()
    assert dialog.summary.text() == "Kept unless I say so"
    dialog.discard_button.click()
    assert dialog.summary.text() == "" and "discarded" in dialog.draft_label.text()
    window.close()
