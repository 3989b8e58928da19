"""Create or edit a customer. Each bad field gets its own message; nothing typed
is lost on an error (the dialog stays open with the data). The form is read and
saved by ops (``ops.customers``) off the GUI thread; the fields are checked here
first (core rules, no store) so a typo is answered at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.customers import CustomerForm, PhoneEntry, validate
from callcenter.core.errors import Invalid, Problem
from callcenter.core.screenpop import CustomerView
from callcenter.gui.agent import words
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import Done
from callcenter.ops import customers as customer_ops
from callcenter.store.db import Store

MAX_PHONES = 5  # the primary and four more


def _error_label() -> QLabel:
    """A field's message: red, wrapped (a long sentence is never cut off), hidden until needed."""
    err = QLabel()
    err.setStyleSheet("color:#b00020;")
    err.setWordWrap(True)
    err.hide()
    return err


class _PhoneRow(QWidget):
    """One more phone: the number, its kind and a Remove button; its message below."""

    def __init__(self, kinds: list[tuple[str, str]], raw: str, kind: str, remove_text: str):
        super().__init__()
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit(raw)
        self.kind = QComboBox()
        for key, text in kinds:
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.remove = QPushButton(remove_text)
        self.remove.setAutoDefault(False)
        row.addWidget(self.edit, 1)
        row.addWidget(self.kind)
        row.addWidget(self.remove)
        v.addLayout(row)
        self.error = _error_label()
        v.addWidget(self.error)


class CustomerDialog(QDialog):
    def __init__(
        self,
        store: Store,
        identity: Identity,
        region: str,
        customer_id: str | None = None,
        phone: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.region, self.customer_id = store, identity, region, customer_id
        self.view: CustomerView | None = None  # the record as saved
        self.existing_id: str | None = None  # the agent chose to open a customer who has this number
        self.saving = False
        self._duplicates_ok = False  # the agent saw who else has the number and saves all the same
        self.setWindowTitle(self.tr("Edit customer") if customer_id else self.tr("New customer"))
        self.setMinimumWidth(820)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Company"), "company")
        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.company_name = QLineEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese (Simplified)"), "zh_CN")
        self.phone_kinds = [
            ("mobile", self.tr("mobile")),
            ("home", self.tr("home")),
            ("work", self.tr("work")),
            ("fax", self.tr("fax")),
        ]
        self.phone = QLineEdit(phone)
        self.phone_kind = QComboBox()
        for key, text in self.phone_kinds:
            self.phone_kind.addItem(text, key)
        self.phone_rows: list[_PhoneRow] = []
        self.phones_box = QVBoxLayout()
        self.phones_box.setContentsMargins(0, 0, 0, 0)
        self.add_phone_button = QPushButton(self.tr("&Add another phone"))
        self.add_phone_button.setAutoDefault(False)
        self.add_phone_button.clicked.connect(lambda: self.add_phone_row().edit.setFocus())
        self.email = QLineEdit()
        self.do_not_call = QCheckBox(self.tr("Do not call"))
        self.consent = QCheckBox(self.tr("Agrees to marketing"))
        self.errors: dict[str, QLabel] = {}
        rows = [
            ("kind", self.tr("Type"), self.kind),
            ("family_name", self.tr("Family name"), self.family_name),
            ("given_name", self.tr("Given name"), self.given_name),
            ("company_name", self.tr("Company"), self.company_name),
            ("preferred_language", self.tr("Language"), self.language),
            ("phone", self.tr("Phone"), self.phone),
            ("phone_kind", self.tr("Phone type"), self.phone_kind),
        ]
        for key, label, widget in rows:
            self._add_row(form, key, label, widget)
        form.addRow(self.tr("More phones"), self._phones_widget())
        self._add_row(form, "email", self.tr("Email"), self.email)
        form.addRow("", self.do_not_call)
        form.addRow("", self.consent)

        self.general_error = QLabel()
        self.general_error.setStyleSheet("color:#b00020;")
        self.general_error.setWordWrap(True)
        self.duplicate_box = self._duplicate_box()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.fields = QWidget()
        columns = QHBoxLayout(self.fields)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QWidget()
        left.setLayout(form)
        columns.addWidget(left, 3)
        columns.addWidget(self._address_box(), 2)
        v = QVBoxLayout(self)
        v.addWidget(self.fields)
        v.addWidget(self.duplicate_box)
        v.addWidget(self.general_error)
        v.addWidget(buttons)
        if customer_id:
            self.fields.setEnabled(False)  # until the record as stored is read
            self.save_button.setEnabled(False)
            self.general_error.setText(self.tr("Loading…"))
            run_op(
                lambda: customer_ops.customer_form(store, customer_id),
                self._loaded,
                self._load_failed,
                name="customer.form",
                owner=self,
            )
        self.family_name.setFocus()

    # -- layout -----------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        form.addRow(label, widget)
        err = _error_label()
        form.addRow("", err)
        self.errors[key] = err

    def _phones_widget(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(self.phones_box)
        v.addWidget(self.add_phone_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def add_phone_row(self, raw: str = "", kind: str = "home") -> _PhoneRow:
        row = _PhoneRow(self.phone_kinds, raw, kind, self.tr("Remove"))
        row.remove.clicked.connect(lambda: self._remove_phone_row(row))
        self.phone_rows.append(row)
        self.phones_box.addWidget(row)
        row.setVisible(self.isVisible())  # at once, not when the layout gets round to it
        self.add_phone_button.setEnabled(len(self.phone_rows) < MAX_PHONES - 1)
        return row

    def _remove_phone_row(self, row: _PhoneRow) -> None:
        self.phone_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.add_phone_button.setEnabled(True)

    def _countries(self) -> list[tuple[str, str]]:
        return [
            ("", self.tr("Not given")),
            ("CN", self.tr("China")),
            ("US", self.tr("United States")),
            ("HK", self.tr("Hong Kong, China")),
            ("SG", self.tr("Singapore")),
            ("GB", self.tr("United Kingdom")),
            ("CA", self.tr("Canada")),
            ("AU", self.tr("Australia")),
            ("DE", self.tr("Germany")),
            ("FR", self.tr("France")),
            ("JP", self.tr("Japan")),
        ]

    def _address_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Address"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_kind = QComboBox()
        for key, text in [
            ("home", self.tr("home")),
            ("billing", self.tr("billing")),
            ("delivery", self.tr("delivery")),
            ("office", self.tr("office")),
        ]:
            self.address_kind.addItem(text, key)
        self.address_line1 = QLineEdit()
        self.address_line2 = QLineEdit()
        self.city = QLineEdit()
        self.address_region = QLineEdit()
        self.postcode = QLineEdit()
        self.country = QComboBox()
        for code, name in self._countries():
            self.country.addItem(f"{name} ({code})" if code else name, code)
        hint = QLabel(self.tr("Phone numbers are read in the customer's country first."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")
        for key, label, widget in [
            ("address_kind", self.tr("Kind"), self.address_kind),
            ("address_line1", self.tr("Street"), self.address_line1),
            ("address_line2", self.tr("Line 2"), self.address_line2),
            ("city", self.tr("City"), self.city),
            ("address_region", self.tr("Province / state"), self.address_region),
            ("postcode", self.tr("Postcode"), self.postcode),
            ("country", self.tr("Country"), self.country),
        ]:
            self._add_row(form, key, label, widget)
        form.addRow("", hint)
        return box

    def _duplicate_box(self) -> QFrame:
        box = QFrame()
        box.setStyleSheet("QFrame { background:#fff8e1; border:1px solid #f9a825; border-radius:4px; }")
        v = QVBoxLayout(box)
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("border:none;")
        v.addWidget(self.duplicate_label)
        self.duplicate_buttons = QHBoxLayout()
        v.addLayout(self.duplicate_buttons)
        self.open_existing_buttons: list[QPushButton] = []
        self.save_anyway_button = QPushButton(self.tr("Save as a &new customer"))
        self.save_anyway_button.setAutoDefault(False)
        self.save_anyway_button.clicked.connect(self._save_anyway)
        box.hide()
        return box

    def _loaded(self, form: CustomerForm) -> None:
        self._load(form)
        self.general_error.setText("")
        self.fields.setEnabled(True)
        self.save_button.setEnabled(True)
        self.family_name.setFocus()

    def _load_failed(self, problem: Problem) -> None:
        self.general_error.setText(describe(problem))

    def _load(self, f: CustomerForm) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(f.kind)))
        self.family_name.setText(f.family_name)
        self.given_name.setText(f.given_name)
        self.company_name.setText(f.company_name)
        self.language.setCurrentIndex(max(0, self.language.findData(f.preferred_language)))
        self.phone.setText(f.phone)
        self.phone_kind.setCurrentIndex(max(0, self.phone_kind.findData(f.phone_kind)))
        for row in list(self.phone_rows):
            self._remove_phone_row(row)
        for entry in f.other_phones:
            self.add_phone_row(entry.raw, entry.kind)
        self.email.setText(f.email)
        self.do_not_call.setChecked(f.do_not_call)
        self.consent.setChecked(f.consent_marketing)
        self.address_kind.setCurrentIndex(max(0, self.address_kind.findData(f.address_kind)))
        self.address_line1.setText(f.address_line1)
        self.address_line2.setText(f.address_line2)
        self.city.setText(f.city)
        self.address_region.setText(f.address_region)
        self.postcode.setText(f.postcode)
        country = f.country.strip().upper()
        if country and self.country.findData(country) < 0:
            self.country.addItem(country, country)  # a country the list does not name: kept as stored
        self.country.setCurrentIndex(max(0, self.country.findData(country)))

    def form(self) -> CustomerForm:
        return CustomerForm(
            kind=self.kind.currentData(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            company_name=self.company_name.text(),
            preferred_language=self.language.currentData(),
            phone=self.phone.text(),
            phone_kind=self.phone_kind.currentData(),
            email=self.email.text(),
            do_not_call=self.do_not_call.isChecked(),
            consent_marketing=self.consent.isChecked(),
            other_phones=[PhoneEntry(r.edit.text(), r.kind.currentData()) for r in self.phone_rows],
            address_kind=self.address_kind.currentData(),
            address_line1=self.address_line1.text(),
            address_line2=self.address_line2.text(),
            city=self.city.text(),
            address_region=self.address_region.text(),
            postcode=self.postcode.text(),
            country=self.country.currentData() or "",
        )

    def message(self, key: str) -> str:
        """A field's reason code (``core.customers.validate``) in words."""
        return words.reason_text(key) or words.reason_text("phone_invalid") or key

    def _error_label_for(self, key: str) -> QLabel | None:
        if key.startswith("phones."):
            n = int(key.split(".", 1)[1])
            return self.phone_rows[n].error if n < len(self.phone_rows) else None
        return self.errors.get(key)

    def _clear_messages(self) -> None:
        for label in [*self.errors.values(), *(r.error for r in self.phone_rows)]:
            label.hide()
        self.general_error.setText("")

    def save(self) -> None:
        if self.saving:
            return
        self._clear_messages()
        form = self.form()
        errors = validate(form, self.region)  # the op checks again; this answers at once
        if errors:
            self._show_invalid(errors)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        if self.customer_id is None and not self._duplicates_ok and form.phone_entries():
            self.duplicate_box.hide()
            store, region = self.store, self.region
            run_op(  # a second record for the same caller? Say who has the number first
                lambda: customer_ops.customers_with_phones(store, form, region),
                lambda same: self._duplicates_checked(form, same),
                lambda _problem: self._write(form),  # the check failing never blocks the save
                name="customer.same_phone",
                owner=self,
            )
            return
        self._write(form)

    def _duplicates_checked(self, form: CustomerForm, same: list[customer_ops.SamePhone]) -> None:
        if not same:
            self._write(form)
            return
        self.saving = False
        self.save_button.setEnabled(True)
        names = ", ".join(f"{c.display_name} ({c.account_no})" for c in same)
        self.duplicate_label.setText(
            (
                self.tr(
                    "%1 already has this phone number. If the caller is this customer, open that record "
                    "instead of making a second one."
                )
                if len(same) == 1
                else self.tr(
                    "These customers already have this phone number: %1. If the caller is one of them, open "
                    "that record instead of making a second one."
                )
            ).replace("%1", names)
        )
        for button in self.open_existing_buttons:
            button.setParent(None)
        self.open_existing_buttons = []
        for c in same[:3]:
            button = QPushButton(self.tr("&Open %1").replace("%1", c.display_name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, cid=c.customer_id: self.open_existing(cid))
            self.duplicate_buttons.addWidget(button)
            self.open_existing_buttons.append(button)
        self.duplicate_buttons.addWidget(self.save_anyway_button)
        self.duplicate_buttons.addStretch(1)
        self.duplicate_box.show()
        self.open_existing_buttons[0].setFocus()

    def open_existing(self, customer_id: str) -> None:
        """The caller is a customer already on record: no new record; the console opens that one."""
        self.existing_id = customer_id
        self.reject()

    def _save_anyway(self) -> None:
        self._duplicates_ok = True
        self.duplicate_box.hide()
        self.save()

    def _write(self, form: CustomerForm) -> None:
        self.saving = True
        self.save_button.setEnabled(False)
        store, identity, customer_id, region = self.store, self.identity, self.customer_id, self.region
        run_op(
            lambda: customer_ops.save_customer(store, identity, form, customer_id, region),
            self._saved,
            self._save_failed,
            name="customer.save",
            write=True,
            owner=self,
        )

    def _saved(self, done: Done[CustomerView]) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.view = done.value
        self.customer_id = done.value.customer_id
        self.accept()

    def _save_failed(self, problem: Problem) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        fields = problem.params.get("fields", {}) if isinstance(problem, Invalid) else {}
        if any(self._error_label_for(f) is not None for f in fields):
            self._show_invalid(fields)
            return
        # a full disk or a locked file: keep the form open with the data
        self.general_error.setText(
            self.tr("Could not save. %1 Your entries are kept; try again.").replace("%1", describe(problem))
        )

    def _show_invalid(self, errors: dict[str, str]) -> None:
        for key, problem in errors.items():
            label = self._error_label_for(key)
            if label is not None:
                label.setText(self.message(problem))
                label.show()
        first = next(iter(errors))
        if first.startswith("phones."):
            n = int(first.split(".", 1)[1])
            if n < len(self.phone_rows):
                self.phone_rows[n].edit.setFocus()
                return
        getattr(self, first, self.family_name).setFocus()
