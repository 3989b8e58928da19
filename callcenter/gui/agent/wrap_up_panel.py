"""After-call work: a searchable disposition tree, notes, a countdown and Extend."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QStackedWidget, QTreeWidgetItem, QWidget

from callcenter.core.agents import Code
from callcenter.gui.forms.ui_wrap_up_panel import Ui_WrapUpPanel

WIDEST_COUNTDOWN_S = 99_999  # wider than any wrap-up's time left


class WrapUpPanel(QWidget):
    finish_requested = Signal(object, str)  # disposition id (or None), notes
    extend_requested = Signal()

    def __init__(self, codes: list[Code], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WrapUpPanel()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.lang = lang
        self._items: list[QTreeWidgetItem] = []
        self.set_codes(codes)
        self.ui.filterEdit.textChanged.connect(self.apply_filter)
        self.ui.filterEdit.returnPressed.connect(self._pick_first_visible)
        self.ui.finishButton.clicked.connect(self.request_finish)
        self.ui.extendButton.clicked.connect(self.extend_requested.emit)
        self.ui.dispositionTree.itemActivated.connect(lambda *_: self.ui.notesEdit.setFocus())
        # Keys of their own (a label change never takes them away): F12 finishes, F11 extends.
        self.ui.finishButton.setText(self.tr("&Finish wrap-up  [F12]"))
        self.ui.extendButton.setText(self.tr("E&xtend  [F11]"))
        self.shortcuts = {
            "finish": QShortcut(QKeySequence("F12"), self, context=Qt.ShortcutContext.WindowShortcut),
            "extend": QShortcut(QKeySequence("F11"), self, context=Qt.ShortcutContext.WindowShortcut),
        }
        self.shortcuts["finish"].activated.connect(self._finish_key)
        self.shortcuts["extend"].activated.connect(self._extend_key)
        self.ui.errorLabel.setWordWrap(True)
        self.unanswered = False  # the caller left before the call was answered: nothing to choose
        self._survey_fields()

    def _survey_fields(self) -> None:
        """CSAT (1-5) after every call with a customer; NPS (0-10) only when it is due."""
        form = QFormLayout()
        self.csat_combo = QComboBox()
        self.csat_combo.addItem(self.tr("— not asked"), None)
        for score, text in [
            (1, self.tr("1 – very dissatisfied")),
            (2, self.tr("2 – dissatisfied")),
            (3, self.tr("3 – neutral")),
            (4, self.tr("4 – satisfied")),
            (5, self.tr("5 – very satisfied")),
        ]:
            self.csat_combo.addItem(text, score)
        self.csat_label = QLabel(self.tr("Satisfaction (CSA&T)"))
        self.csat_label.setBuddy(self.csat_combo)
        form.addRow(self.csat_label, self.csat_combo)
        self.nps_combo = QComboBox()
        self.nps_combo.addItem(self.tr("— not asked"), None)
        for score in range(11):
            self.nps_combo.addItem(str(score), score)
        self.nps_label = QLabel(self.tr("Would recommend us, 0–10 (N&PS)"))
        self.nps_label.setBuddy(self.nps_combo)
        self.nps_note = QLabel()
        self.nps_note.setStyleSheet("color: palette(mid);")
        # NPS asked or "not due yet" share one row of one height: learning whether it is due
        # (after the panel is up) swaps the two in place instead of relaying out the panel.
        self.nps_field = QStackedWidget()
        self.nps_field.addWidget(self.nps_combo)
        self.nps_field.addWidget(self.nps_note)
        # One line high: a stacked widget counts as wanting to grow (its layout says so), and the
        # panel's spare height went to this row, a combo box in a tall empty box.
        self.nps_field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy = self.nps_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.nps_label.setSizePolicy(policy)
        form.addRow(self.nps_label, self.nps_field)
        index = self.ui.mainLayout.indexOf(self.ui.errorLabel)
        self.ui.mainLayout.insertLayout(index, form)
        self.set_survey(False, False)

    def set_survey(self, customer: bool, nps_due: bool) -> None:
        """Ask CSAT when the call has a customer; NPS only when it is due for them.
        Only what differs from what is shown changes (each change relays out the panel)."""
        shown = {
            self.csat_label: customer,
            self.csat_combo: customer,
            self.nps_label: customer and nps_due,
            self.nps_field: customer,
        }
        for w, visible in shown.items():
            if w.isHidden() == visible:
                w.setVisible(visible)
        page = self.nps_combo if nps_due else self.nps_note
        if self.nps_field.currentWidget() is not page:
            self.nps_field.setCurrentWidget(page)
        note = self.tr("NPS: asked recently, not due yet") if customer and not nps_due else ""
        if self.nps_note.text() != note:
            self.nps_note.setText(note)
        if not (customer and nps_due):
            self.nps_combo.setCurrentIndex(0)
        if not customer:
            self.csat_combo.setCurrentIndex(0)

    def widest(self) -> int:
        """The panel's minimum width with every survey row it may show: the column it sits in is
        made that wide once, so no call's rows ever widen it (and narrow the record beside it)."""
        self.ensurePolished()  # the widths of its fonts and frames as they will be shown
        countdown = self.ui.countdownLabel.text()
        self.set_remaining(WIDEST_COUNTDOWN_S)
        widths = []
        for customer, due in ((True, True), (True, False)):
            self.set_survey(customer, due)
            widths.append(self.minimumSizeHint().width())
        self.set_survey(False, False)
        self.ui.countdownLabel.setText(countdown)
        return max(widths)

    def survey(self) -> tuple[int | None, int | None]:
        """(CSAT, NPS) as answered; None for a question not asked or not answered."""
        csat = self.csat_combo.currentData() if self.csat_combo.isVisibleTo(self) else None
        nps = self.nps_combo.currentData() if self.nps_combo.isVisibleTo(self) else None
        return csat, nps

    def set_codes(self, codes: list[Code]) -> None:
        """The disposition tree (from the console's bootstrap); what is chosen stays chosen."""
        chosen = self.selected()
        self._items = []
        self._build_tree(codes)
        self.apply_filter(self.ui.filterEdit.text())
        if chosen:
            self.select_code(chosen)

    def _build_tree(self, codes: list[Code]) -> None:
        tree = self.ui.dispositionTree
        tree.clear()
        by_parent: dict[str | None, list[Code]] = {}
        for c in codes:
            by_parent.setdefault(c.parent_id, []).append(c)

        # The tree in order (each item after its parent), with what the filter matches and what
        # it hid: filtering is worked out here in Python, and only the items that change are told.
        self._parent_of: list[int] = []
        self._words: list[str] = []
        self._hidden: list[bool] = []

        def add(parent_item: QTreeWidgetItem | None, parent_id: str | None, parent_index: int) -> None:
            for code in sorted(by_parent.get(parent_id, []), key=lambda c: c.name(self.lang)):
                item = QTreeWidgetItem([code.name(self.lang)])
                words = f"{code.name_en} {code.name_zh} {code.code}".lower()
                item.setData(0, Qt.ItemDataRole.UserRole, code.id)
                (parent_item.addChild if parent_item else tree.addTopLevelItem)(item)
                index = len(self._items)
                self._items.append(item)
                self._parent_of.append(parent_index)
                self._words.append(words)
                self._hidden.append(False)
                add(item, code.id, index)

        add(None, None, -1)
        self._parents = [i for i in set(self._parent_of) if i >= 0]
        tree.expandAll()

    def apply_filter(self, text: str) -> None:
        """Show the codes that match (and the groups above them); every child is looked at."""
        needle = text.strip().lower()
        matched = [not needle or needle in words for words in self._words]
        for i in range(len(matched) - 1, -1, -1):  # children come after their parent: seen first here
            parent = self._parent_of[i]
            if matched[i] and parent >= 0:
                matched[parent] = True
        for i, item in enumerate(self._items):
            hidden = not matched[i]
            if self._hidden[i] != hidden:  # only what changes: each change relays out the tree
                item.setHidden(hidden)
                self._hidden[i] = hidden
        # A group keeps its expansion while hidden: the tree is expanded again only when the
        # agent folded a group (expanding it all lays the whole tree out again).
        if any(not self._items[i].isExpanded() for i in self._parents):
            self.ui.dispositionTree.expandAll()

    def _pick_first_visible(self) -> None:
        for item in self._items:
            if not item.isHidden() and item.childCount() == 0:
                self.ui.dispositionTree.setCurrentItem(item)
                self.ui.notesEdit.setFocus()
                return

    def _finish_key(self) -> None:
        if self.isVisible():
            self.request_finish()

    def _extend_key(self) -> None:
        if self.isVisible():
            self.extend_requested.emit()

    def select_code(self, code_id: str) -> None:
        for item in self._items:
            if item.data(0, Qt.ItemDataRole.UserRole) == code_id:
                self.ui.dispositionTree.setCurrentItem(item)

    def selected(self) -> str | None:
        item = self.ui.dispositionTree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def notes(self) -> str:
        return self.ui.notesEdit.toPlainText()

    def request_finish(self) -> None:
        if self.selected() is None and not self.unanswered:
            _style(self.ui.errorLabel, "color: #b00020;")
            self.ui.errorLabel.setText(self.tr("Choose a disposition first."))
            self.ui.filterEdit.setFocus()
            return
        self.ui.errorLabel.setText("")
        self.finish_requested.emit(self.selected(), self.notes())

    def start(self, unanswered: bool = False) -> None:
        """A new wrap-up. ``unanswered``: the caller hung up while it rang; it is said here, and
        Finish needs no disposition (there was no conversation to classify)."""
        self.unanswered = unanswered
        self.ui.filterEdit.clear()
        self.ui.notesEdit.clear()
        _style(self.ui.errorLabel, "color: #1565c0; font-weight: 600;" if unanswered else "color: #b00020;")
        self.ui.errorLabel.setText(
            self.tr("The caller hung up before you answered. Nothing to wrap up: press F12 to finish now.")
            if unanswered
            else ""
        )
        self.csat_combo.setCurrentIndex(0)
        self.nps_combo.setCurrentIndex(0)
        self.ui.dispositionTree.setCurrentItem(None)  # type: ignore[call-overload]  # no item chosen
        self.ui.filterEdit.setFocus()

    def set_remaining(self, seconds: float) -> None:
        s = max(0, int(seconds))
        self.ui.countdownLabel.setText(self.tr("%1 s left").replace("%1", str(s)))
        _style(self.ui.countdownLabel, "color:#c62828; font-weight:700;" if s <= 10 else "")


def _style(widget: QWidget, sheet: str) -> None:
    """A style sheet costs the widget a re-polish: set only when it changes (the countdown
    is refreshed every second)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
