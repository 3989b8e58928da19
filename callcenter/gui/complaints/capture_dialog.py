"""Capture a complaint during a call, in wrap-up or from any customer record.

Non-modal, so the agent keeps working the call. What is typed is saved as a draft
a moment after each keystroke and when the window closes, so a crash or a closed
window loses nothing; opening the dialog again for the same customer restores it.
A refused form stays open with everything typed and a message under each field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.complaints.capture import CHANNELS, ComplaintForm
from callcenter.core.complaints.permissions import NotPermitted
from callcenter.core.complaints import DEFAULT_DEADLINES, Severity
from callcenter.core.money import format_minor
from callcenter.gui.names import channel_name, problem_text, severity_name
from callcenter.store import complaints
from callcenter.store.db import Store
from callcenter.store.repo import ValidationError

AUTOSAVE_MS = 400


class ComplaintDialog(QDialog):
    created = Signal(str, str)  # case id, case number

    def __init__(
        self,
        store: Store,
        identity: Identity,
        customer_id: str,
        lang: str = "en",
        interaction_id: str | None = None,
        order_id: str | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.lang = store, identity, lang
        self.customer_id, self.case_id = customer_id, None
        self.context = complaints.capture_context(store, customer_id)
        self.tree = complaints.categories()
        self.setWindowTitle(self.tr("New complaint — %1").replace("%1", self.context.customer_name))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(1080, 720)

        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self._build()
        draft = complaints.load_draft(store, identity.user_id, customer_id)
        self.restored = draft is not None
        self.set_form(
            draft
            or ComplaintForm(customer_id=customer_id, interaction_id=interaction_id or "", order_id=order_id or "")
        )
        self.draft_label.setText(self.tr("Draft restored: nothing you typed was lost.") if self.restored else "")
        for signal in (
            self.summary.textChanged,
            self.words.textChanged,
            self.outcome.textChanged,
            self.group.currentIndexChanged,
            self.detail.currentIndexChanged,
            self.severity.currentIndexChanged,
            self.channel.currentIndexChanged,
            self.call.currentIndexChanged,
            self.order.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.autosave.start())

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer = QLabel(f"<b>{self.context.customer_name}</b>")
        self.call = QComboBox()
        self.call.addItem(self.tr("Not linked to a call"), "")
        for cid, at, direction, notes in self.context.calls:
            label = at.astimezone().strftime("%Y-%m-%d %H:%M")
            kind = self.tr("outbound") if direction == "outbound" else self.tr("inbound")
            self.call.addItem(f"{label} · {kind}" + (f" · {notes[:40]}" if notes else ""), cid)
        self.order = QComboBox()
        self.order.addItem(self.tr("No order"), "")
        for oid, no, at, total in self.context.orders:
            self.order.addItem(f"{no} · {at.astimezone():%Y-%m-%d} · {format_minor(total, self.context.currency)}", oid)
        self.channel = QComboBox()
        for key in CHANNELS:
            self.channel.addItem(channel_name(key), key)
        self.group = QComboBox()
        self.group.addItem(self.tr("Choose…"), "")
        for g in self.tree.groups:
            self.group.addItem(g.name(self.lang), g.code)
        self.detail = QComboBox()
        self.group.currentIndexChanged.connect(self._fill_details)
        category = QHBoxLayout()
        category.addWidget(self.group, 1)
        category.addWidget(self.detail, 1)
        self.severity = QComboBox()
        for sev in Severity:
            self.severity.addItem(severity_name(sev.value), sev.value)
        self.deadline_hint = QLabel()
        self.deadline_hint.setStyleSheet("color:#555;")
        self.severity.currentIndexChanged.connect(self._hint)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("One line a colleague understands at a glance"))
        self.summary.setMaxLength(256)
        self.words = QPlainTextEdit()
        self.words.setPlaceholderText(self.tr("What the customer said, in their own words"))
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("What the customer wants us to do"))
        self.outcome.setMaximumHeight(80)

        self.errors: dict[str, QLabel] = {}
        rows = [
            ("customer_id", self.tr("Customer"), self.customer),
            ("interaction_id", self.tr("Call"), self.call),
            ("order_id", self.tr("Order"), self.order),
            ("channel", self.tr("Came in by"), self.channel),
            ("category", self.tr("Category"), category),
            ("severity", self.tr("Severity"), self.severity),
            ("", "", self.deadline_hint),
            ("summary", self.tr("Summary"), self.summary),
            ("customer_words", self.tr("Customer's words"), self.words),
            ("desired_outcome", self.tr("Outcome wanted"), self.outcome),
        ]
        for key, label, widget in rows:
            form.addRow(label, widget)
            if key:
                err = QLabel()
                err.setStyleSheet("color:#b00020;")
                err.setWordWrap(True)
                err.hide()
                form.addRow("", err)
                self.errors[key] = err

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        buttons = QHBoxLayout()
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet("color:#555;")
        self.save_button = QPushButton(self.tr("&Save complaint  [Ctrl+Enter]"))
        self.save_button.setDefault(True)
        self.save_button.setStyleSheet(
            "QPushButton { background:#ad1457; color:white; font-weight:700; padding:4px 12px; }"
        )
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        self.discard_button = QPushButton(self.tr("&Discard draft"))
        self.discard_button.clicked.connect(self.discard)
        self.close_button = QPushButton(self.tr("Close (keep draft)"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.draft_label, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        lv.addLayout(buttons)

        outer = QHBoxLayout(self)
        outer.addWidget(left, 3)
        outer.addWidget(self._guide(), 2)

    def _guide(self) -> QWidget:
        box = QGroupBox(self.tr("Handling an upset caller"))
        v = QVBoxLayout(box)
        lang = "zh_CN" if self.lang.startswith("zh") else "en"
        for n, step in enumerate(complaints.handling_guide(), start=1):
            title = QLabel(f"<b>{n}. {step.title[lang]}</b>")
            title.setStyleSheet("font-size:14px; color:#ad1457;")
            tip = QLabel(step.tip[lang])
            tip.setWordWrap(True)
            v.addWidget(title)
            v.addWidget(tip)
            for phrase in step.phrases[lang]:
                p = QLabel(f"“{phrase}”")
                p.setWordWrap(True)
                p.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                p.setStyleSheet("font-style:italic; color:#37474f; margin-left:12px;")
                v.addWidget(p)
        v.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setMinimumWidth(330)
        return scroll

    def _fill_details(self) -> None:
        current = self.detail.currentData()
        self.detail.blockSignals(True)
        self.detail.clear()
        group = self.group.currentData()
        if group:
            self.detail.addItem(self.tr("Choose…"), "")
            for leaf in self.tree.children[group]:
                self.detail.addItem(leaf.name(self.lang), leaf.code)
            index = self.detail.findData(current)
            self.detail.setCurrentIndex(max(index, 0))
        self.detail.blockSignals(False)

    def _hint(self) -> None:
        d = DEFAULT_DEADLINES[Severity(self.severity.currentData())]
        self.deadline_hint.setText(
            self.tr("Acknowledge within %1 business hours, resolve within %2.")
            .replace("%1", f"{d.acknowledge_within_h:g}")
            .replace("%2", f"{d.resolve_within_h:g}")
        )

    # -- the form ------------------------------------------------------------------------
    def form(self) -> ComplaintForm:
        return ComplaintForm(
            customer_id=self.customer_id,
            interaction_id=self.call.currentData() or "",
            order_id=self.order.currentData() or "",
            channel=self.channel.currentData(),
            category=self.detail.currentData() or self.group.currentData() or "",
            severity=self.severity.currentData(),
            summary=self.summary.text(),
            customer_words=self.words.toPlainText(),
            desired_outcome=self.outcome.toPlainText(),
        )

    def set_form(self, f: ComplaintForm) -> None:
        def pick(combo: QComboBox, value: str) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)

        pick(self.call, f.interaction_id)
        pick(self.order, f.order_id)
        pick(self.channel, f.channel)
        group = self.tree.group_of(f.category)
        pick(self.group, group.code if group else f.category)
        self._fill_details()
        pick(self.detail, f.category)
        pick(self.severity, f.severity)
        self._hint()
        self.summary.setText(f.summary)
        self.words.setPlainText(f.customer_words)
        self.outcome.setPlainText(f.desired_outcome)

    # -- drafts and saving ----------------------------------------------------------------
    def save_draft(self) -> None:
        if self.case_id:
            return
        try:
            complaints.save_draft(self.store, self.identity.user_id, self.form())
        except Exception as exc:  # a full disk must not lose the window's text
            self.draft_label.setText(self.tr("Could not save the draft: %1").replace("%1", str(exc)))
            return
        self.draft_label.setText(self.tr("Draft saved %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    def discard(self) -> None:
        self.set_form(ComplaintForm(customer_id=self.customer_id))
        self.autosave.stop()  # clearing the fields queued a save of the empty form
        complaints.discard_draft(self.store, self.identity.user_id, self.customer_id)
        self.draft_label.setText(self.tr("Draft discarded."))

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setVisible(key in errors)
            label.setText(problem_text(errors[key]) if key in errors else "")

    def submit(self) -> None:
        self.autosave.stop()
        form = self.form()
        try:
            record = complaints.create(self.store, form, self.identity)
        except ValidationError as exc:
            self.save_draft()
            self.show_errors(exc.errors)
            return
        except NotPermitted:
            self.show_errors({})
            self.draft_label.setText(self.tr("Your role cannot capture complaints."))
            return
        except Exception as exc:
            self.save_draft()
            self.draft_label.setText(
                self.tr("The complaint could not be saved: %1. Your text is kept as a draft.").replace("%1", str(exc))
            )
            return
        self.case_id = record.id
        self.created.emit(record.id, record.case_no)
        self.accept()

    def _keep_draft(self) -> None:
        self.autosave.stop()
        if not self.case_id:
            self.save_draft()

    def closeEvent(self, event) -> None:
        self._keep_draft()
        super().closeEvent(event)

    def reject(self) -> None:  # Escape keeps the draft too
        self._keep_draft()
        super().reject()
