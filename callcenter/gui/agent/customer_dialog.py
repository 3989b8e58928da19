"""Create or edit a customer. Each bad field gets its own message; nothing typed
is lost on an error (the dialog stays open with the data). The form is read and
saved by ops (``ops.customers``) off the GUI thread; the fields are checked here
first (core rules, no store) so a typo is answered at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.customers import CustomerForm, validate
from callcenter.core.errors import Invalid, Problem
from callcenter.core.screenpop import CustomerView
from callcenter.gui.agent import words
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import Done
from callcenter.ops import customers as customer_ops
from callcenter.store.db import Store


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
        self.saving = False
        self.setWindowTitle(self.tr("Edit customer") if customer_id else self.tr("New customer"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Company"), "company")
        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.company_name = QLineEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese (Simplified)"), "zh_CN")
        self.phone = QLineEdit(phone)
        self.phone_kind = QComboBox()
        for key, text in [("mobile", self.tr("mobile")), ("home", self.tr("home")), ("work", self.tr("work"))]:
            self.phone_kind.addItem(text, key)
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
            ("email", self.tr("Email"), self.email),
        ]
        for key, label, widget in rows:
            form.addRow(label, widget)
            err = QLabel()
            err.setStyleSheet("color:#b00020;")
            err.hide()
            form.addRow("", err)
            self.errors[key] = err
        form.addRow("", self.do_not_call)
        form.addRow("", self.consent)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color:#b00020;")
        self.general_error.setWordWrap(True)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.fields = QWidget()
        self.fields.setLayout(form)
        v = QVBoxLayout(self)
        v.addWidget(self.fields)
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
        self.email.setText(f.email)
        self.do_not_call.setChecked(f.do_not_call)
        self.consent.setChecked(f.consent_marketing)

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
        )

    def message(self, key: str) -> str:
        """A field's reason code (``core.customers.validate``) in words."""
        return words.reason_text(key) or words.reason_text("phone_invalid") or key

    def save(self) -> None:
        if self.saving:
            return
        for label in self.errors.values():
            label.hide()
        self.general_error.setText("")
        form = self.form()
        errors = validate(form, self.region)  # the op checks again; this answers at once
        if errors:
            self._show_invalid(errors)
            return
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
        if isinstance(problem, Invalid) and any(f in self.errors for f in problem.params.get("fields", {})):
            self._show_invalid(problem.params["fields"])
            return
        # a full disk or a locked file: keep the form open with the data
        self.general_error.setText(
            self.tr("Could not save. %1 Your entries are kept; try again.").replace("%1", describe(problem))
        )

    def _show_invalid(self, errors: dict[str, str]) -> None:
        for key, problem in errors.items():
            label = self.errors.get(key)
            if label is not None:
                label.setText(self.message(problem))
                label.show()
        first = next(iter(errors))
        getattr(self, first, self.family_name).setFocus()
