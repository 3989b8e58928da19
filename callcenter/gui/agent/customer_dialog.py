"""Create or edit a customer. Each bad field gets its own message; nothing typed
is lost on an error (the dialog stays open with the data)."""

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
)

from callcenter.core.customers import CustomerForm
from callcenter.store import repo
from callcenter.store.db import Store


class CustomerDialog(QDialog):
    def __init__(
        self, store: Store, user_id: str, region: str, customer_id: str | None = None, phone: str = "", parent=None
    ):
        super().__init__(parent)
        self.store, self.user_id, self.region, self.customer_id = store, user_id, region, customer_id
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.general_error)
        v.addWidget(buttons)
        if customer_id:
            self._load(repo.load_form(store, customer_id))
        self.family_name.setFocus()

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
        return {
            "required": self.tr("This field is required."),
            "name_required": self.tr("Enter a family name or a given name."),
            "email_invalid": self.tr("This is not an email address (example: name@example.com)."),
            "language_unknown": self.tr("Choose a language."),
            "phone_too_short": self.tr("This phone number is too short."),
            "phone_too_long": self.tr("This phone number is too long."),
            "phone_wrong_length": self.tr("This phone number has the wrong number of digits."),
            "phone_no_digits": self.tr("A phone number needs digits."),
            "phone_unknown_country_code": self.tr("The country code of this phone number is unknown."),
            "phone_not_a_number_in_use": self.tr("This is not a phone number in use. Check the digits."),
        }.get(key, self.tr("This phone number is not valid."))

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.setText("")
        form = self.form()
        try:
            if self.customer_id:
                repo.update_customer(self.store, self.customer_id, form, self.user_id, self.region)
            else:
                self.customer_id = repo.create_customer(self.store, form, self.user_id, self.region)
        except repo.ValidationError as exc:
            for key, problem in exc.errors.items():
                label = self.errors.get(key)
                if label is not None:
                    label.setText(self.message(problem))
                    label.show()
            first = next(iter(exc.errors))
            getattr(self, first, self.family_name).setFocus()
            return
        except Exception as exc:  # a full disk or a locked file: keep the form open with the data
            self.general_error.setText(
                self.tr("Could not save: %1. Your entries are kept; try again.").replace("%1", str(exc))
            )
            return
        self.accept()
