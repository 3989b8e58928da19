"""The trainee's side of a role-play: the customer's words (subtitles), the
transcript, hints and suggested replies in easy mode, and the reply box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

MOOD_COLOURS = {
    "calm": "#2e7d32",
    "happy": "#2e7d32",
    "anxious": "#ef6c00",
    "annoyed": "#ef6c00",
    "angry": "#c62828",
    "furious": "#b71c1c",
}


class DialoguePanel(QWidget):
    reply_sent = Signal(str)
    replay_requested = Signal(bool)  # slower?
    reply_edit: QLineEdit

    def __init__(self, customer: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        head = QHBoxLayout()
        self.who = QLabel(customer)
        self.who.setStyleSheet("font-size:18px; font-weight:700;")
        self.mood = QLabel()
        head.addWidget(self.who)
        head.addWidget(self.mood)
        head.addStretch(1)
        self.clock = QLabel("0:00")
        self.clock.setStyleSheet("font-size:16px; font-family:monospace;")
        head.addWidget(self.clock)
        v.addLayout(head)
        self.reason = QLabel(self.tr("Calling about: %1").replace("%1", reason))
        self.reason.setStyleSheet("color: palette(mid);")
        v.addWidget(self.reason)
        self.subtitle = QLabel(self.tr("Answer the call on the console when it rings."))
        self.subtitle.setWordWrap(True)
        self.subtitle.setMinimumHeight(70)
        self.subtitle.setStyleSheet("font-size:17px; background:#f3e5f5; color:#222; padding:10px; border-radius:6px;")
        v.addWidget(self.subtitle)
        speech = QHBoxLayout()
        self.replay_button = QPushButton(self.tr("&Replay"))
        self.replay_button.clicked.connect(lambda: self.replay_requested.emit(False))
        self.slower_button = QPushButton(self.tr("S&lower"))
        self.slower_button.clicked.connect(lambda: self.replay_requested.emit(True))
        self.subtitles_box = QCheckBox(self.tr("S&ubtitles"))
        self.subtitles_box.setChecked(True)
        self.subtitles_box.toggled.connect(self.subtitle.setVisible)
        self.easy_box = QCheckBox(self.tr("&Easy mode (hints and suggested replies)"))
        self.easy_box.toggled.connect(self._easy)
        for w in (self.replay_button, self.slower_button, self.subtitles_box):
            speech.addWidget(w)
        speech.addStretch(1)
        speech.addWidget(self.easy_box)
        v.addLayout(speech)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#8d6e00;")
        self.notice.hide()
        v.addWidget(self.notice)
        self.transcript = QTextBrowser()
        self.understood = QLabel()  # "not understood — try …" after a reply no intent matched
        self.understood.setObjectName("notUnderstood")
        self.understood.setWordWrap(True)
        self.understood.setStyleSheet(
            "background:#fff3e0; color:#8a3b00; border:1px solid #ffb74d; border-radius:4px; padding:5px;"
        )
        self.understood.hide()
        v.addWidget(self.transcript, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#1565c0;")
        v.addWidget(self.hint)
        self.suggestions = QListWidget()
        self.suggestions.setMaximumHeight(96)
        self.suggestions.setWordWrap(True)  # a whole suggested sentence, never cut off at the side
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.suggestions.itemActivated.connect(lambda item: self.reply_edit.setText(item.text()))
        self.suggestions.itemClicked.connect(lambda item: self.reply_edit.setText(item.text()))
        v.addWidget(self.suggestions)
        v.addWidget(self.understood)
        row = QHBoxLayout()
        self.reply_edit = QLineEdit()
        self.reply_edit.setPlaceholderText(self.tr("Type what you say to the customer, then Enter"))
        self.reply_edit.returnPressed.connect(self.send)
        self.send_button = QPushButton(self.tr("&Say"))
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.reply_edit, 1)
        row.addWidget(self.send_button)
        v.addLayout(row)
        self._easy(False)

    def _easy(self, on: bool) -> None:
        self.hint.setVisible(on and bool(self.hint.text()))
        self.suggestions.setVisible(on and self.suggestions.count() > 0)

    def send(self) -> None:
        text = self.reply_edit.text().strip()
        if text:
            self.reply_edit.clear()
            self.reply_sent.emit(text)

    def show_line(self, text: str, mood: str, mood_name: str) -> None:
        self.subtitle.setText(text)
        self.mood.setText(mood_name)
        self.mood.setStyleSheet(
            f"background:{MOOD_COLOURS.get(mood, '#555')}; color:white; border-radius:9px;"
            " padding:2px 9px; font-weight:600;"
        )

    def set_help(self, hint: str, suggestions: list[str]) -> None:
        self.hint.setText(self.tr("Hint: %1").replace("%1", hint) if hint else "")
        self.suggestions.clear()
        self.suggestions.addItems(suggestions)
        self._easy(self.easy_box.isChecked())

    def show_not_understood(self, text: str) -> None:
        """What to try after a reply the customer did not understand ('' hides it)."""
        self.understood.setText(text)
        self.understood.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.subtitles_box.setChecked(True)

    def set_transcript(self, html: str) -> None:
        self.transcript.setHtml(html)
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    def set_enabled(self, on: bool) -> None:
        self.reply_edit.setEnabled(on)
        self.send_button.setEnabled(on)
        self.suggestions.setEnabled(on)
        if not on:
            self.reply_edit.setPlaceholderText(self.tr("Paused by the trainer"))
        else:
            self.reply_edit.setPlaceholderText(self.tr("Type what you say to the customer, then Enter"))
        self.reply_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
