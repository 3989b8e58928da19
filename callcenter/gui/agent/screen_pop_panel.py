"""The caller's record before hello: one customer, a chooser, quick-create, or a
clear message for a withheld or malformed number. Painting only; lookups run
elsewhere (see console_controller) so the answer button never waits. A record on
screen is repainted in place (``refresh_customer``) when its rows change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.money import format_minor
from callcenter.core.screenpop import CustomerView, PopStatus, PopWarning, ScreenPop
from callcenter.gui import analytics_words as words
from callcenter.gui.names import DEADLINE_COLOURS, deadline_name, order_status_name
from callcenter.gui.names import complaint_state_name as state_name
from callcenter.gui.tables import RowsTable

TIER_COLOURS = {"platinum": "#4a4a8a", "gold": "#b8860b", "silver": "#708090", "bronze": "#8b5a2b"}
WARNING_COLOURS = {
    PopWarning.VIP: "#6a1b9a",
    PopWarning.CREDIT_LIMIT: "#c62828",
    PopWarning.CHURN_RISK: "#ef6c00",
    PopWarning.DO_NOT_CALL: "#37474f",
    PopWarning.OPEN_COMPLAINT: "#ad1457",
    PopWarning.SENSITIVE: "#455a64",
}


class _MessagePage(QWidget):
    title: QLabel
    body: QLabel
    create_button: QPushButton
    search_button: QPushButton


class _ChooserPage(QWidget):
    title: QLabel
    hint: QLabel
    list: QListWidget


class _CustomerPage(QWidget):
    name: QLabel
    tier: QLabel
    meta: QLabel
    edit_button: QPushButton
    complaint_button: QPushButton
    order_button: QPushButton
    credit_button: QPushButton
    warnings: QHBoxLayout
    warnings_box: QWidget
    chips: list[QLabel]  # made once, shown and hidden: the warnings of the record on screen
    why: QLabel
    fact_labels: dict[str, QLabel]
    tabs: QTabWidget
    complaints: RowsTable
    history: RowsTable
    orders: RowsTable
    notes: QListWidget


class _SelectableOnHover(QObject):
    """Text the mouse can select once the pointer is over it. A selectable label lays its
    text out in a text document each time it changes or is measured: on every record shown,
    for each of the record's values, that was most of the GUI thread's time for a pop."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter and isinstance(watched, QLabel):
            watched.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return False


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        if label.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # until hovered again
        label.setText(text)


def _one_line(label: QLabel, text: str) -> None:
    """A value on one line (its lines its own): as wide as there is room for, the whole text
    in the tooltip. A word-wrapped label would have the record's layout work out its height
    for each width it tries, on every record shown."""
    if label.text() != text:
        _set_text(label, text)
        label.setToolTip(text)


def _chip(label: QLabel, text: str, colour: str) -> None:
    if label.property("colour") != colour:  # a style sheet is costly to apply: only when it changes
        label.setProperty("colour", colour)
        label.setStyleSheet(f"background:{colour}; color:white; border-radius:9px; padding:2px 9px; font-weight:600;")
    label.setText(text)
    label.show()


class ScreenPopPanel(QWidget):
    customer_chosen = Signal(str)  # from the chooser: customer id
    create_requested = Signal(str)  # quick-create with this raw number ('' when withheld)
    edit_requested = Signal(str)  # customer id
    search_requested = Signal()
    complaint_requested = Signal(str)  # capture a complaint for this customer id
    order_requested = Signal(str)  # take an order for this customer id
    credit_requested = Signal(str)  # the credit limit and its changes for this customer id
    complaint_opened = Signal(str)  # open this complaint case id
    customer_shown = Signal(str)  # a customer's record is on screen (customer id)
    section_opened = Signal(str)  # the agent opened a tab: history | orders | complaints | notes

    def __init__(self, parent: QWidget | None = None, lang: str = "en"):
        super().__init__(parent)
        self.lang = lang
        self.current: ScreenPop | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.idle_page = self._message_page()
        self.message_page = self._message_page(with_buttons=True)
        self.chooser_page = self._chooser_page()
        self.customer_page = self._customer_page()
        for page in (self.idle_page, self.message_page, self.chooser_page, self.customer_page):
            self.stack.addWidget(page)
        self.show_idle()

    # -- pages ---------------------------------------------------------------
    def _message_page(self, with_buttons: bool = False) -> _MessagePage:
        page = _MessagePage()
        v = QVBoxLayout(page)
        page.title = QLabel()
        page.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        page.title.setWordWrap(True)  # a long malformed number wraps instead of running off
        page.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        page.body = QLabel()
        page.body.setWordWrap(True)
        page.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        v.setContentsMargins(24, 12, 24, 12)
        v.addStretch(1)
        # Full width, text centred: a word-wrapped label given only its one-line size hint
        # (an alignment flag in the layout does that) is cut off after its first line.
        v.addWidget(page.title)
        v.addWidget(page.body)
        if with_buttons:
            row = QHBoxLayout()
            page.create_button = QPushButton(self.tr("&Create customer"))
            page.create_button.clicked.connect(lambda: self.create_requested.emit(self._raw_for_create()))
            page.search_button = QPushButton(self.tr("Searc&h customers"))
            page.search_button.clicked.connect(self.search_requested.emit)
            row.addStretch(1)
            row.addWidget(page.create_button)
            row.addWidget(page.search_button)
            row.addStretch(1)
            v.addLayout(row)
        v.addStretch(2)
        return page

    def _chooser_page(self) -> _ChooserPage:
        page = _ChooserPage()
        v = QVBoxLayout(page)
        page.title = QLabel()
        page.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        page.hint = QLabel(
            self.tr(
                "Several customers share this number. Ask the caller's name, then choose with the arrow "
                "keys and Enter (Ctrl+Shift+C comes back to this list):"
            )
        )
        page.hint.setWordWrap(True)
        page.list = QListWidget()
        page.list.itemActivated.connect(lambda item: self.customer_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        page.hint.setBuddy(page.list)
        to_list = QShortcut(QKeySequence("Ctrl+Shift+C"), self, context=Qt.ShortcutContext.WindowShortcut)
        to_list.activated.connect(self.focus_chooser)
        v.addWidget(page.title)
        v.addWidget(page.hint)
        v.addWidget(page.list, 1)
        return page

    def _customer_page(self) -> _CustomerPage:
        page = _CustomerPage()
        v = QVBoxLayout(page)
        v.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        page.name = QLabel()
        page.name.setStyleSheet("font-size: 20px; font-weight: 700;")
        self._selectable = _SelectableOnHover(self)
        page.name.installEventFilter(self._selectable)
        page.tier = QLabel()
        page.meta = QLabel()
        page.meta.setStyleSheet("color: palette(mid);")
        page.edit_button = QPushButton(self.tr("&Edit"))
        page.edit_button.clicked.connect(lambda: self._ask_for_record(self.edit_requested))
        head.addWidget(page.name)
        head.addWidget(page.tier)
        page.complaint_button = QPushButton(self.tr("Log a &complaint…"))
        page.complaint_button.setToolTip(self.tr("Capture a complaint for this customer (Ctrl+K)"))
        page.complaint_button.clicked.connect(lambda: self._ask_for_record(self.complaint_requested))
        page.order_button = QPushButton(self.tr("Take an &order…"))
        page.order_button.setToolTip(self.tr("Take an order for this customer (Ctrl+O)"))
        page.order_button.clicked.connect(lambda: self._ask_for_record(self.order_requested))
        page.credit_button = QPushButton(self.tr("Credit limit…"))
        page.credit_button.setToolTip(self.tr("The credit limit, its changes and approvals (Ctrl+Shift+L)"))
        page.credit_button.clicked.connect(lambda: self._ask_for_record(self.credit_requested))
        head.addStretch(1)
        head.addWidget(page.credit_button)
        head.addWidget(page.order_button)
        head.addWidget(page.complaint_button)
        head.addWidget(page.edit_button)
        v.addLayout(head)
        v.addWidget(page.meta)
        page.warnings = QHBoxLayout()
        page.warnings_box = QWidget()
        page.warnings_box.setLayout(page.warnings)
        page.warnings.setContentsMargins(0, 0, 0, 0)
        page.chips = []
        for _ in range(len(PopWarning) + 1):  # every warning, and a retention call
            chip = QLabel()
            chip.hide()
            page.warnings.addWidget(chip)
            page.chips.append(chip)
        page.warnings.addStretch(1)
        v.addWidget(page.warnings_box)
        page.why = QLabel()  # why the tier, the churn risk and the credit rating are what they are
        page.why.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        page.why.setTextFormat(Qt.TextFormat.PlainText)
        page.why.setStyleSheet("color: palette(text);")
        v.addWidget(page.why)

        facts = QFrame()
        facts.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(facts)
        page.fact_labels = {}
        names = [
            ("phones", self.tr("Phones")),
            ("emails", self.tr("Email")),
            ("address", self.tr("Address")),
            ("credit", self.tr("Credit")),
            ("spend", self.tr("Spend, last 12 months")),
            ("usual", self.tr("Usually buys")),
            ("card", self.tr("Card")),
            ("idno", self.tr("ID number")),
        ]
        for i, (key, title) in enumerate(names):
            t = QLabel(title + ":")
            t.setStyleSheet("color: palette(mid);")
            value = QLabel()
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.installEventFilter(self._selectable)
            grid.addWidget(t, i // 2, (i % 2) * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
            page.fact_labels[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        v.addWidget(facts)

        page.tabs = QTabWidget()
        page.complaints = RowsTable(
            [self.tr("Case"), self.tr("Summary"), self.tr("State"), self.tr("Deadline"), self.tr("Due")],
            widths=(12, 32, 14, 12),
        )
        page.complaints.setToolTip(self.tr("Double-click a case to open it"))
        page.complaints.cellDoubleClicked.connect(self._open_complaint)
        page.history = RowsTable(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Outcome"),
                self.tr("Agent"),
                self.tr("Disposition"),
                self.tr("Notes"),
            ],
            widths=(16, 9, 10, 10, 18),
        )
        page.orders = RowsTable(
            [self.tr("Order"), self.tr("Date"), self.tr("Status"), self.tr("Total"), self.tr("Items")],
            widths=(12, 10, 11, 10),
        )
        page.notes = QListWidget()
        page.tabs.addTab(page.history, self.tr("Recent calls"))
        page.tabs.addTab(page.orders, self.tr("Orders"))
        page.tabs.addTab(page.complaints, self.tr("Open complaints"))
        page.tabs.addTab(page.notes, self.tr("Notes"))
        sections = ("history", "orders", "complaints", "notes")
        page.tabs.tabBarClicked.connect(
            lambda i: self.section_opened.emit(sections[i]) if 0 <= i < len(sections) else None
        )
        v.addWidget(page.tabs, 1)
        return page

    def _ask_for_record(self, signal: SignalInstance) -> None:
        view = self.current.view if self.current else None
        if view is not None:
            signal.emit(view.customer_id)

    # -- showing ---------------------------------------------------------------
    def _raw_for_create(self) -> str:
        if self.current and self.current.status is PopStatus.UNKNOWN:
            return self.current.phone.raw
        return ""

    def show_idle(self) -> None:
        self.current = None
        self.idle_page.title.setText(self.tr("No caller"))
        self.idle_page.body.setText(self.tr("The caller's record appears here when a call rings."))
        self.stack.setCurrentWidget(self.idle_page)

    def show_loading(self, raw_ani: str) -> None:
        self.idle_page.title.setText(self.tr("Looking up %1…").replace("%1", raw_ani or self.tr("caller")))
        self.idle_page.body.setText("")
        self.stack.setCurrentWidget(self.idle_page)

    def show_pop(self, pop: ScreenPop) -> None:
        self.current = pop
        page = self.message_page
        if pop.status is PopStatus.MATCHED and pop.view is not None:
            self._show_customer(pop.view)
            return
        if pop.status is PopStatus.MULTIPLE:
            self.chooser_page.title.setText(
                self.tr("%n customer(s) on %1", "", len(pop.candidates)).replace("%1", pop.phone.raw)
            )
            self.chooser_page.list.clear()
            for c in pop.candidates:
                item = QListWidgetItem(f"{c.display_name}   ·   {c.account_no}   ·   {self._tier(c.tier)}")
                item.setData(Qt.ItemDataRole.UserRole, c.customer_id)
                self.chooser_page.list.addItem(item)
            self.chooser_page.list.setCurrentRow(0)
            self.stack.setCurrentWidget(self.chooser_page)
            if not self._typing_here():  # never take the keys from someone typing in this window
                self.focus_chooser()
            return
        if pop.status is PopStatus.UNKNOWN:
            page.title.setText(self.tr("New caller: %1").replace("%1", pop.phone.raw))
            page.body.setText(self.tr("No customer has this number. Create one now, or search by name."))
        elif pop.status is PopStatus.WITHHELD:
            page.title.setText(self.tr("Number withheld"))
            page.body.setText(self.tr("The caller hid their number. Ask for their name or account number."))
        else:
            page.title.setText(self.tr("Not a valid phone number: %1").replace("%1", pop.phone.raw))
            page.body.setText(
                self.tr("%1 %2", "two sentences in a row")
                .replace("%1", self._problem_sentence(pop.phone.problem))
                .replace(
                    "%2",
                    self.tr("The call works normally: answer it, then find the customer by name or account number."),
                )
            )
        page.create_button.setVisible(pop.status in (PopStatus.UNKNOWN, PopStatus.WITHHELD))
        self.stack.setCurrentWidget(page)

    def _typing_here(self) -> bool:
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self.window():
            return False
        if isinstance(focused, QLineEdit):
            return bool(focused.text())
        if isinstance(focused, QPlainTextEdit | QTextEdit):
            return bool(focused.toPlainText())
        return False

    def focus_chooser(self) -> None:
        """The keyboard to the shared-line chooser (arrows, Enter), when it is on screen."""
        if self.stack.currentWidget() is self.chooser_page:
            self.chooser_page.list.setFocus()

    def show_customer(self, view: CustomerView) -> None:
        """A record opened from search or the chooser."""
        from callcenter.core.phones import PhoneResult, PhoneStatus

        self.current = ScreenPop(PopStatus.MATCHED, PhoneResult("", PhoneStatus.VALID), view=view)
        self._show_customer(view)

    def customer_id(self) -> str | None:
        """The customer whose record is on screen (None: idle, a chooser, an unknown number)."""
        view = self.current.view if self.current is not None else None
        return view.customer_id if view is not None and self.stack.currentWidget() is self.customer_page else None

    def refresh_customer(self, view: CustomerView) -> None:
        """The record on screen, read again after its rows changed: repainted in place (the
        open tab and a complaint-draft mark stay as they are)."""
        if self.current is None or self.customer_id() != view.customer_id:
            return
        old = self.current.view
        self.current = replace(self.current, view=view)
        self._paint_customer(view, old)

    def _problem_sentence(self, problem: str | None) -> str:
        """Why the caller's number cannot be used, as a whole sentence (no fragment slotted into
        another sentence, which reads wrongly in Chinese)."""
        return {
            "too short": self.tr("The network sent a number that is too short to be a phone number."),
            "too long": self.tr("The network sent a number that is too long to be a phone number."),
            "wrong length": self.tr("The network sent a number with the wrong number of digits."),
            "no digits": self.tr("The network sent no digits for this caller."),
            "unknown country code": self.tr("The network sent a number whose country code is unknown."),
            "not a number in use": self.tr("The network sent a number that is not in use."),
        }.get(problem or "", self.tr("The network sent something that is not a phone number."))

    def _tier(self, tier: str) -> str:
        return {
            "platinum": self.tr("Platinum"),
            "gold": self.tr("Gold"),
            "silver": self.tr("Silver"),
            "bronze": self.tr("Bronze"),
        }.get(tier, tier)

    def _warning_text(self, w: PopWarning) -> str:
        return {
            PopWarning.VIP: self.tr("VIP"),
            PopWarning.CREDIT_LIMIT: self.tr("Credit limit reached"),
            PopWarning.CHURN_RISK: self.tr("High churn risk"),
            PopWarning.DO_NOT_CALL: self.tr("Do not call"),
            PopWarning.OPEN_COMPLAINT: self.tr("Unresolved complaint"),
            PopWarning.SENSITIVE: self.tr("Sensitive data masked"),
        }[w]

    def _show_customer(self, v: CustomerView) -> None:
        page = self.customer_page
        self._paint_customer(v)
        if v.complaints:
            page.tabs.setCurrentIndex(2)
        self.stack.setCurrentWidget(page)
        self.mark_complaint_draft(v.customer_id, False)
        self.customer_shown.emit(v.customer_id)

    # Each section of the record and the fields of the view it shows: a refresh repaints
    # only the sections whose fields changed (a call in progress changes the history alone).
    _SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
        (
            "header",
            (
                "display_name",
                "tier",
                "preferred_language",
                "account_no",
                "value_score",
                "company_name",
                "customer_since",
                "warnings",
                "churn_risk",
                "credit_rating",
                "next_step",
                "value_reasons",
                "churn_reasons",
                "credit_reasons",
            ),
        ),
        (
            "facts",
            (
                "phones",
                "emails",
                "addresses",
                "balance_minor",
                "credit_limit_minor",
                "currency",
                "spend_12m_minor",
                "order_count",
                "usual_items",
                "card_number",
                "id_number",
            ),
        ),
        ("complaints", ("complaints",)),
        ("history", ("interactions",)),
        ("orders", ("orders", "currency")),
        ("notes", ("notes",)),
    )

    def _paint_customer(self, v: CustomerView, old: CustomerView | None = None) -> None:
        page = self.customer_page
        changed = [
            name
            for name, fields in self._SECTIONS
            if old is None or any(getattr(old, f, None) != getattr(v, f, None) for f in fields)
        ]
        if not changed:
            return
        page.setUpdatesEnabled(False)
        for name in changed:
            getattr(self, f"_paint_{name}")(page, v)
        page.setUpdatesEnabled(True)

    def _paint_header(self, page: _CustomerPage, v: CustomerView) -> None:
        _set_text(page.name, v.display_name)
        _set_text(page.tier, self._tier(v.tier))
        colour = TIER_COLOURS.get(v.tier, "#555")
        if page.tier.property("colour") != colour:  # a style sheet is costly to apply: only when it changes
            page.tier.setProperty("colour", colour)
            page.tier.setStyleSheet(f"background:{colour}; color:white; border-radius:9px; padding:2px 9px;")
        lang = {"zh_CN": self.tr("Chinese"), "en": self.tr("English")}.get(v.preferred_language, v.preferred_language)
        bits = [v.account_no, self.tr("value %1/100").replace("%1", str(v.value_score)), lang]
        if v.company_name:
            bits.insert(1, v.company_name)
        if v.customer_since:
            bits.append(self.tr("customer since %1").replace("%1", v.customer_since.strftime("%Y-%m")))
        _set_text(page.meta, "  ·  ".join(bits))
        chips = [(self._warning_text(w), WARNING_COLOURS[w]) for w in v.warnings]
        if v.retention_due_at is not None:
            when = v.retention_due_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("Retention call due %1 (%2)").replace("%1", when).replace("%2", v.retention_owner or "—")
            chips.append((text, "#6a1b9a"))
        elif v.next_step == "retention_call":
            chips.append((words.label("retention_call"), "#6a1b9a"))
        for i, label in enumerate(page.chips):
            if i < len(chips):
                _chip(label, *chips[i])
            else:
                label.hide()
        _one_line(page.why, self._why(v))
        page.why.setVisible(bool(page.why.text()))

    def _why(self, v: CustomerView) -> str:
        """Tier reasons, churn reasons and the credit rating, one line each (empty before the first recompute)."""
        lines = []
        if v.value_reasons:
            lines.append(f"{self._tier(v.tier)}: {words.reasons_text(v.value_reasons)}")
        if v.churn_reasons:
            lines.append(f"{words.label('churn', risk=v.churn_risk)}: {words.reasons_text(v.churn_reasons)}")
        if v.credit_rating:
            lines.append(f"{words.label('credit', rating=v.credit_rating)}: {words.reasons_text(v.credit_reasons[:3])}")
        return "\n".join(lines)

    def _paint_facts(self, page: _CustomerPage, v: CustomerView) -> None:
        f = page.fact_labels
        _one_line(f["phones"], "\n".join(f"{p.display} ({self._phone_kind(p.kind)})" for p in v.phones) or "—")
        _one_line(f["emails"], "\n".join(v.emails) or "—")
        _one_line(f["address"], "\n".join(a.text for a in v.addresses[:2]) or "—")
        _one_line(
            f["credit"],
            self.tr("%1 of %2 used")
            .replace("%1", format_minor(v.balance_minor, v.currency))
            .replace("%2", format_minor(v.credit_limit_minor, v.currency)),
        )
        _one_line(
            f["spend"],
            self.tr("%1 (%n order(s) in all)", "", v.order_count).replace(
                "%1", format_minor(v.spend_12m_minor, v.currency)
            ),
        )
        _one_line(f["usual"], ", ".join(v.usual_items) or "—")
        _one_line(f["card"], v.card_number or "—")
        _one_line(f["idno"], v.id_number or "—")

    def _paint_complaints(self, page: _CustomerPage, v: CustomerView) -> None:
        page.complaints.set_rows(
            [
                [
                    c.case_no,
                    c.summary,
                    state_name(c.state),
                    deadline_name(c.deadline) + (" ↑" * min(c.escalation_level, 3)),
                    c.resolve_due_at.astimezone().strftime("%Y-%m-%d %H:%M") if c.resolve_due_at else "",
                ]
                for c in v.complaints
            ],
            {(row, 3): (DEADLINE_COLOURS[c.deadline], "white") for row, c in enumerate(v.complaints) if c.deadline},
        )
        page.tabs.setTabText(2, self.tr("Open complaints (%1)").replace("%1", str(len(v.complaints))))

    def _paint_history(self, page: _CustomerPage, v: CustomerView) -> None:
        page.history.set_rows(
            [
                [
                    i.offered_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    i.direction,
                    i.outcome,
                    i.agent,
                    i.disposition,
                    i.notes,
                ]
                for i in v.interactions
            ],
        )

    def _paint_orders(self, page: _CustomerPage, v: CustomerView) -> None:
        page.orders.set_rows(
            [
                [
                    o.order_no,
                    o.ordered_at.strftime("%Y-%m-%d"),
                    order_status_name(o.status),
                    format_minor(o.total_minor, o.currency),
                    o.items,
                ]
                for o in v.orders
            ],
        )

    def _paint_notes(self, page: _CustomerPage, v: CustomerView) -> None:
        page.notes.clear()
        for text, private in v.notes:
            page.notes.addItem(self.tr("[private — hidden for your role]") if private and not text else text)

    def mark_complaint_draft(self, customer_id: str, present: bool = True) -> None:
        """An unfinished complaint for this customer is waiting (``present``): say so on the
        button; without one the button logs a new complaint."""
        view = self.current.view if self.current else None
        if view is not None and view.customer_id == customer_id:
            button = self.customer_page.complaint_button
            text = self.tr("Continue the complaint &draft…") if present else self.tr("Log a &complaint…")
            sheet = "background:#ad1457; color:white; font-weight:700;" if present else ""
            if button.text() != text:
                button.setText(text)
            if button.styleSheet() != sheet:  # a style sheet costs a re-polish: only when it changes
                button.setStyleSheet(sheet)

    def _open_complaint(self, row: int, _column: int) -> None:
        view = self.current.view if self.current else None
        if view is not None and row < len(view.complaints) and view.complaints[row].complaint_id:
            self.complaint_opened.emit(view.complaints[row].complaint_id)

    def _phone_kind(self, kind: str) -> str:
        return {
            "mobile": self.tr("mobile"),
            "home": self.tr("home"),
            "work": self.tr("work"),
            "fax": self.tr("fax"),
        }.get(kind, kind)
