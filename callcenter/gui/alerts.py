"""Ringing alerts: a sound, a tray notification and a taskbar flash when the
console is not focused. Each degrades quietly where the desktop lacks it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from callcenter.assets import resource

log = logging.getLogger(__name__)


class RingAlert:
    def __init__(self, window: QWidget, sound: bool = True):
        self.window = window
        self.sound_enabled = sound
        self._effect: Any = None  # QSoundEffect once made, False when the desktop has none
        self.tray: QSystemTrayIcon | None = None
        self.notifications: list[tuple[str, str]] = []  # what was shown, for tests and the log
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), window)
            self.tray.show()

    def _sound(self) -> Any:
        if self._effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect(self.window)
                effect.setSource(QUrl.fromLocalFile(str(resource("sounds", "ring.wav"))))
                effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
                self._effect = effect
            except Exception:  # no multimedia backend: fall back to the system beep
                log.info("ring sound unavailable; using the system beep")
                self._effect = False
        return self._effect

    def start(self, title: str, message: str) -> None:
        if self.sound_enabled:
            effect = self._sound()
            if effect:
                effect.play()
            else:
                QApplication.beep()
        if not self.window.isActiveWindow():
            QApplication.alert(self.window, 0)  # flash the taskbar entry until focused
            self.notifications.append((title, message))
            if self.tray is not None:
                self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def notify(self, title: str, message: str) -> None:
        """A desktop notification without sound (a deadline passed, a task is due)."""
        self.notifications.append((title, message))
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 10_000)

    def stop(self) -> None:
        if self._effect:
            self._effect.stop()
