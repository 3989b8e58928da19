"""Capture a complaint during a call, in wrap-up or from any customer record.

Non-modal, so the agent keeps working the call. What is typed is saved as a draft
a moment after each keystroke and when the window closes, so a crash or a closed
window loses nothing; opening the dialog again for the same customer restores it.
A refused form stays open with everything typed and a message under each field.

The calls and orders to link and the waiting draft load off the GUI thread
(``ops.complaints.capture_start``); what the agent types before they arrive is kept.
Saving the draft and logging the complaint are ops too (``save_draft``, ``log_complaint``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.complaints import CHANNELS, DEFAULT_DEADLINES, CategoryTree, ComplaintForm, Severity
from callcenter.core.errors import Invalid, NotPermitted, Problem
from callcenter.core.money import format_minor
from callcenter.gui.bridge import watch
from callcenter.gui.names import channel_name, problem_text, severity_name
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import complaints as ops

AUTOSAVE_MS = 400


class ComplaintDialog(QDialog):
    confirm_discard = True  # ask before throwing typed text away (tests turn it off)
    created = Signal(str, str)  # case id, case number
    logged = Signal(object)  # the new case as ops.complaints.CaseView (the case window paints it)
    ready = Signal()  # the calls, orders and draft have arrived

    def __init__(
        self,
        store,
        identity: Identity,
        customer_id: str,
        lang: str = "en",
        interaction_id: str | None = None,
        order_id: str | None = None,
        parent=None,
        start: ops.CaptureStart | None = None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.lang = store, identity, lang
        self.customer_id, self.case_id = customer_id, None
        self.context = None
        self.loaded = self.restored = self.saving = False
        self._filling = False  # the dialog itself is filling the fields (no autosave)
        self._touched = False  # the agent typed or chose something
        self._links = (interaction_id or "", order_id or "")
        # the site's categories and deadlines arrive with the start (off the GUI thread); an
        # admin's change to them reaches an open dialog through a Changed event
        self.tree = CategoryTree()
        self.deadlines = dict(DEFAULT_DEADLINES)
        self.setWindowTitle(self.tr("New complaint — %1").replace("%1", "…"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(1080, 720)

        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self._build()
        # until the site's own arrive, the shipped categories (a file, not the store): an agent
        # may pick one at once
        self._set_reference(ops.categories(), DEFAULT_DEADLINES)
        self._filling = True
        self.set_form(ComplaintForm(customer_id=customer_id, interaction_id=self._links[0], order_id=self._links[1]))
        self._filling = False
        for field, signal in (
            ("summary", self.summary.textChanged),
            ("customer_words", self.words.textChanged),
            ("desired_outcome", self.outcome.textChanged),
            ("category", self.group.currentIndexChanged),
            ("category", self.detail.currentIndexChanged),
            ("severity", self.severity.currentIndexChanged),
            ("channel", self.channel.currentIndexChanged),
            ("interaction_id", self.call.currentIndexChanged),
            ("order_id", self.order.currentIndexChanged),
        ):
            signal.connect(self._typed)
            signal.connect(lambda *_args, field=field: self._field_changed(field))
        # Enter in the one-line summary moves on to the customer's words: it never presses a
        # button (the dialog's default would otherwise take it), so it never loses the text.
        self.summary.installEventFilter(self)
        watch(store, self, lambda _changed: self._reread_reference(), tables=ops.REFERENCE_TABLES)
        if start is not None:
            self._started(start)
        else:
            me = identity
            run_op(
                lambda: ops.capture_start(store, me, customer_id),
                self._started,
                self._start_failed,
                name="complaints.capture_start",
                owner=self,
            )

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.summary
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.words.setFocus()
            return True
        return super().eventFilter(obj, event)

    def _field_changed(self, field: str) -> None:
        """A field the agent changes loses its old message (the form is checked again on saving)."""
        label = self.errors.get(field)
        if label is not None and label.isVisible() and not self._filling:
            label.hide()
            label.setText("")

    def _typed(self, *_args) -> None:
        if self._filling:
            return
        self._touched = True
        self.autosave.start()

    def _started(self, start: ops.CaptureStart) -> None:
        """The calls and orders to link and the draft arrived: fill them in, keeping anything
        typed meanwhile."""
        self.context = start.context
        self._set_reference(start.tree, start.deadlines)
        self.setWindowTitle(self.tr("New complaint — %1").replace("%1", start.context.customer_name))
        self.customer.setText(f"<b>{html.escape(start.context.customer_name)}</b>")
        typed = self.form() if self._touched else None
        self._filling = True
        self._fill_links()
        if typed is not None:  # the links the dialog was opened with stay, whatever was typed
            typed.interaction_id = typed.interaction_id or self._links[0]
            typed.order_id = typed.order_id or self._links[1]
            self.set_form(typed)
        elif start.draft is not None:
            self.set_form(start.draft)
            self.restored = True
        else:
            self.set_form(
                ComplaintForm(customer_id=self.customer_id, interaction_id=self._links[0], order_id=self._links[1])
            )
        self._filling = False
        self.draft_label.setText(self.tr("Draft restored: nothing you typed was lost.") if self.restored else "")
        self.loaded = True
        self.ready.emit()

    def _reread_reference(self) -> None:
        run_op(
            lambda: ops.category_tree(self.store),
            self._reference_arrived,
            self._start_failed,
            name="complaints.category_tree",
            owner=self,
        )

    def _reference_arrived(self, result: tuple[CategoryTree, dict]) -> None:
        tree, deadlines = result
        self._set_reference(tree, deadlines)

    def _set_reference(self, tree: CategoryTree, deadlines) -> None:
        """Offer the site's categories (retired ones only when this form already holds one)
        and word the deadline hint from the site's deadlines, keeping what is picked."""
        was_filling, self._filling = self._filling, True
        keep = self.detail.currentData() or self.group.currentData() or ""
        self.tree, self.deadlines = tree, dict(deadlines) or dict(DEFAULT_DEADLINES)
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Choose…"), "")
        for g in self.tree.groups:
            if g in self.tree.offered_groups() or (keep and self._group_code(keep) == g.code):
                self.group.addItem(g.name(self.lang), g.code)
        self.group.blockSignals(False)
        group = self._group_code(keep)
        index = self.group.findData(group) if group else 0
        self.group.setCurrentIndex(max(index, 0))
        self._fill_details()
        index = self.detail.findData(keep)
        if index >= 0:
            self.detail.setCurrentIndex(index)
        self._hint()
        self._filling = was_filling

    def _group_code(self, code: str) -> str:
        group = self.tree.group_of(code)
        return group.code if group else code

    def _start_failed(self, problem: Problem) -> None:
        self.draft_label.setText(describe(problem))

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer = QLabel("…")
        self.call = QComboBox()
        self.call.addItem(self.tr("Not linked to a call"), "")
        self.order = QComboBox()
        self.order.addItem(self.tr("No order"), "")
        self.channel = QComboBox()
        for key in CHANNELS:
            self.channel.addItem(channel_name(key), key)
        self.group = QComboBox()
        self.group.addItem(self.tr("Choose…"), "")
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
        self.discard_button.setAutoDefault(False)  # Enter never presses it
        self.discard_button.clicked.connect(self._discard_clicked)
        self.close_button = QPushButton(self.tr("Close (keep draft)"))
        self.close_button.setAutoDefault(False)
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
        for n, step in enumerate(ops.handling_guide(), start=1):
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

    def _fill_links(self) -> None:
        """The customer's recent calls and orders, to link the complaint to."""
        assert self.context is not None
        for combo in (self.call, self.order):
            while combo.count() > 1:
                combo.removeItem(1)
        for cid, at, direction, notes in self.context.calls:
            label = at.astimezone().strftime("%Y-%m-%d %H:%M")
            kind = self.tr("outbound") if direction == "outbound" else self.tr("inbound")
            self.call.addItem(f"{label} · {kind}" + (f" · {notes[:40]}" if notes else ""), cid)
        for oid, no, at, total in self.context.orders:
            self.order.addItem(f"{no} · {at.astimezone():%Y-%m-%d} · {format_minor(total, self.context.currency)}", oid)

    def _fill_details(self) -> None:
        current = self.detail.currentData()
        self.detail.blockSignals(True)
        self.detail.clear()
        group = self.group.currentData()
        if group:
            self.detail.addItem(self.tr("Choose…"), "")
            for leaf in self.tree.children.get(group, []):
                if leaf.code not in self.tree.retired or leaf.code == current:  # retired: not for new ones
                    self.detail.addItem(leaf.name(self.lang), leaf.code)
            index = self.detail.findData(current)
            self.detail.setCurrentIndex(max(index, 0))
        self.detail.blockSignals(False)

    def _hint(self) -> None:
        d = self.deadlines.get(Severity(self.severity.currentData())) or DEFAULT_DEADLINES[Severity.MEDIUM]
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
        """Keep what is typed (off the GUI thread); a failure never loses the window's text."""
        if self.case_id:
            return
        store, me, form = self.store, self.identity, self.form()
        run_op(
            lambda: ops.save_draft(store, me, form),
            lambda _done: self.draft_label.setText(
                self.tr("Draft saved %1").replace("%1", QTime.currentTime().toString("HH:mm:ss"))
            ),
            lambda problem: self.draft_label.setText(
                self.tr("Could not save the draft: %1").replace("%1", describe(problem))
            ),
            name="complaints.save_draft",
            write=True,
            owner=self,
        )

    def _discard_clicked(self) -> None:
        """The Discard button: asks first when there is text to lose."""
        f = self.form()
        if self.confirm_discard and (f.summary.strip() or f.customer_words.strip() or f.desired_outcome.strip()):
            answer = QMessageBox.question(
                self,
                self.tr("Discard the draft?"),
                self.tr("Throw away everything typed for this complaint? This cannot be undone."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.discard()

    def discard(self) -> None:
        self._filling = True
        self.set_form(ComplaintForm(customer_id=self.customer_id))
        self._filling = False
        self._touched = False
        self.autosave.stop()
        store, me, customer_id = self.store, self.identity, self.customer_id
        run_op(
            lambda: ops.discard_draft(store, me, customer_id),
            None,
            lambda problem: self.draft_label.setText(describe(problem)),
            name="complaints.discard_draft",
            write=True,
            owner=self,
        )
        self.draft_label.setText(self.tr("Draft discarded."))

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setVisible(key in errors)
            label.setText(problem_text(errors[key]) if key in errors else "")

    def submit(self) -> None:
        """Log the complaint (off the GUI thread); a refused form stays open with what was typed."""
        if self.saving or self.case_id:
            return
        self.autosave.stop()
        self.saving = True
        self.save_button.setEnabled(False)
        store, me, form = self.store, self.identity, self.form()
        run_op(
            lambda: ops.log_complaint(store, me, form),
            self._logged,
            self._refused,
            name="complaints.log_complaint",
            write=True,
            owner=self,
        )

    def _logged(self, done) -> None:
        self.saving = False
        view = done.value
        self.case_id = view.record.id
        self.created.emit(view.record.id, view.record.case_no)
        self.logged.emit(view)
        self.accept()

    def _refused(self, problem: Problem) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(problem, NotPermitted):
            self.show_errors({})
            self.draft_label.setText(self.tr("Your role cannot capture complaints."))
            return
        self.save_draft()
        if isinstance(problem, Invalid):
            self.show_errors(dict(problem.params.get("fields") or {}))
            return
        self.draft_label.setText(
            self.tr("The complaint could not be saved: %1. Your text is kept as a draft.").replace(
                "%1", describe(problem).rstrip(".")
            )
        )

    def _keep_draft(self) -> None:
        self.autosave.stop()
        if not self.case_id and (self._touched or self.restored):
            self.save_draft()

    def closeEvent(self, event) -> None:
        self._keep_draft()
        super().closeEvent(event)

    def reject(self) -> None:  # Escape keeps the draft too
        self._keep_draft()
        super().reject()
