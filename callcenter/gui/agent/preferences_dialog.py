"""Call-handling preferences over the typed settings registry."""

from __future__ import annotations

import phonenumbers
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.gui.agent.phone_page import PhonePage
from callcenter.gui.settings import Settings
from callcenter.store.db import Store


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        store: Store | None = None,
        identity: Identity | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.phone_changed = False  # the phone's settings or password changed: re-register
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout()
        self.region = QLineEdit(settings.get("calls/default_region"))
        self.region.setMaxLength(2)
        self.region.setToolTip(self.tr("Two-letter country code for numbers without +country (US, CN, GB…)"))
        self.spins: dict[str, QSpinBox] = {}
        for key, label, lo, hi in [
            ("calls/ring_timeout_s", self.tr("Ring time before a missed call (s)"), 5, 120),
            ("calls/wrap_up_timeout_s", self.tr("After-call work time (s)"), 5, 1800),
            ("calls/wrap_up_extend_s", self.tr("Extend adds (s)"), 5, 600),
            ("calls/max_missed_offers", self.tr("Missed calls in a row before staying Not ready"), 1, 10),
            ("calls/missed_pause_s", self.tr("Not ready after one missed call (s)"), 0, 600),
        ]:
            spin = QSpinBox()
            spin.setRange(lo, hi)
            spin.setValue(settings.get(key))
            self.spins[key] = spin
            form.addRow(label, spin)
        self.after = QComboBox()
        self.after.addItem(self.tr("Available"), "available")
        self.after.addItem(self.tr("Not ready"), "not_ready")
        self.after.setCurrentIndex(max(0, self.after.findData(settings.get("calls/after_wrap_up"))))
        self.sound = QCheckBox(self.tr("Play the ring tone"))
        self.sound.setChecked(settings.get("calls/ring_sound"))
        form.insertRow(0, self.tr("Default country for numbers"), self.region)
        form.addRow(self.tr("After wrap-up become"), self.after)
        form.addRow("", self.sound)
        self.error = QLineEdit()
        self.error.setReadOnly(True)
        self.error.setFrame(False)
        self.error.setStyleSheet("color:#b00020; background: transparent;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        calls = QWidget()
        calls_layout = QVBoxLayout(calls)
        calls_layout.addLayout(form)
        calls_layout.addStretch(1)
        self.phone_page = PhonePage(settings, store, identity)
        self.tabs = QTabWidget()
        self.tabs.addTab(calls, self.tr("Calls"))
        self.tabs.addTab(self.phone_page, self.tr("Phone"))
        v = QVBoxLayout(self)
        v.addWidget(self.tabs)
        v.addWidget(self.error)
        v.addWidget(buttons)

    def save(self) -> None:
        region = self.region.text().strip().upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            self.error.setText(
                self.tr("'%1' is not a country code phone numbers know (try US, CN, GB).").replace("%1", region)
            )
            self.tabs.setCurrentIndex(0)
            self.region.setFocus()
            return
        self.phone_changed = self.phone_page.changed
        if not self.phone_page.save():
            self.tabs.setCurrentWidget(self.phone_page)
            return
        self.settings.set("calls/default_region", region)
        for key, spin in self.spins.items():
            self.settings.set(key, spin.value())
        self.settings.set("calls/after_wrap_up", self.after.currentData())
        self.settings.set("calls/ring_sound", self.sound.isChecked())
        self.accept()
