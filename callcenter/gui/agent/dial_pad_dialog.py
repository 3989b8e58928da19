"""The dial pad: twelve keys (1-9, *, 0, #) that send each digit to the far end as it is
pressed — an IVR's menu, a conference PIN. The keyboard works too (the digit keys, the
number pad, * and #). It stays open beside the console while the call goes on; its keys
work only while a call is connected, and what was sent on this call is shown above them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

KEYS = "123456789*0#"


class DialPadDialog(QDialog):
    def __init__(self, send: Callable[[str], bool], parent: QWidget | None = None) -> None:
        """``send(digit)`` sends one digit and says whether it went."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dial pad"))
        self.send = send
        self.sent = ""
        self.call_id: str | None = None
        self.shown = QLabel()
        self.shown.setObjectName("dial_pad_sent")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setMinimumHeight(28)
        self.shown.setStyleSheet("font-size: 18px; font-family: monospace;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(KEYS):
            button = QPushButton(key)
            button.setObjectName(f"key_{key}")
            button.setAutoDefault(False)
            button.setMinimumSize(56, 44)
            button.setStyleSheet("font-size: 18px;")
            button.clicked.connect(lambda _checked=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[key] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shown)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addWidget(close)
        self.set_call(None)

    def set_call(self, call_id: str | None) -> None:
        """The call in talk now (``None``: none): the keys work only with one; a new call
        starts with nothing sent."""
        if call_id != self.call_id:
            self.call_id, self.sent = call_id, ""
        for button in self.buttons.values():
            button.setEnabled(call_id is not None)
        self._show()

    def press(self, key: str) -> None:
        if self.call_id is None or key not in KEYS:
            return
        if self.send(key):
            self.sent += key
            self._show()

    def _show(self) -> None:
        self.shown.setText(self.sent or " ")
        if self.call_id is None:
            self.hint.setText(self.tr("The keys work while a call is connected."))
        else:
            self.hint.setText(self.tr("Click a key or type it: each digit is sent as it is pressed."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in KEYS:
            button = self.buttons[text]
            if button.isEnabled():
                button.click()  # as a click: the same signal, the same digit sent
            event.accept()
            return
        super().keyPressEvent(event)
