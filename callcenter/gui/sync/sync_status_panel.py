"""The console's status-bar sync indicator: last success, pending changes, last error, "Sync now"."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

if TYPE_CHECKING:
    from callcenter.gui.sync.sync_controller import SyncView


class SyncStatusPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.button = QToolButton()
        self.button.setText(self.tr("Sync now"))
        self.button.setAutoRaise(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.button)
        self.label.setText(self.tr("Sync: not set up"))
        self.button.setEnabled(False)

    def show_status(self, view: SyncView) -> None:
        if not view.configured:
            text = self.tr("Sync: not set up")
        elif view.running:
            text = self.tr("Syncing…")
        elif view.error:
            text = view.error if len(view.error) <= 80 else view.error[:78] + "…"
        elif view.last_success:
            when = datetime.fromisoformat(view.last_success).astimezone().strftime("%H:%M")
            text = self.tr("Synced %1").replace("%1", when)
        else:
            text = self.tr("Not synced yet")
        pending = self.tr("%1 pending").replace("%1", str(view.pending))
        aside = self.tr("%1 kept aside").replace("%1", str(view.kept_aside)) if view.kept_aside else ""
        self.label.setText(" · ".join(part for part in (text, pending, aside) if part))
        colour = "#c62828" if view.error and view.configured else "#b26a00" if view.kept_aside else ""
        self.label.setStyleSheet(f"color: {colour};" if colour else "")
        tip = view.error or ""
        if view.kept_aside:
            tip = (tip + "\n" if tip else "") + self.tr(
                "%1 records from the sync server could not be used on this console and are kept aside; "
                "the rest synced. A supervisor sees them under Sync → Conflicts…"
            ).replace("%1", str(view.kept_aside))
        if view.last_success:
            tip = (tip + "\n" if tip else "") + self.tr("Last success: %1").replace(
                "%1", datetime.fromisoformat(view.last_success).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            )
        self.setToolTip(tip)
        self.label.setToolTip(tip)
        self.button.setEnabled(view.configured and not view.running)
