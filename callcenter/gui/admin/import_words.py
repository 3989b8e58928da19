"""Words for the import report: fields and the reasons a row is refused, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_name(name: str) -> str:
    names = {
        "account_no": QCoreApplication.translate("ImportWords", "Account number"),
        "kind": QCoreApplication.translate("ImportWords", "Kind"),
        "name": QCoreApplication.translate("ImportWords", "Name"),
        "given_name": QCoreApplication.translate("ImportWords", "Given name"),
        "family_name": QCoreApplication.translate("ImportWords", "Family name"),
        "company_name": QCoreApplication.translate("ImportWords", "Company"),
        "phone": QCoreApplication.translate("ImportWords", "Phone"),
        "phone_kind": QCoreApplication.translate("ImportWords", "Phone type"),
        "email": QCoreApplication.translate("ImportWords", "E-mail"),
        "preferred_language": QCoreApplication.translate("ImportWords", "Language"),
        "tier": QCoreApplication.translate("ImportWords", "Tier"),
        "vip": QCoreApplication.translate("ImportWords", "VIP"),
        "currency": QCoreApplication.translate("ImportWords", "Currency"),
        "credit_limit": QCoreApplication.translate("ImportWords", "Credit limit"),
        "balance": QCoreApplication.translate("ImportWords", "Opening balance"),
        "do_not_call": QCoreApplication.translate("ImportWords", "Do not call"),
        "consent_marketing": QCoreApplication.translate("ImportWords", "Marketing consent"),
        "order_no": QCoreApplication.translate("ImportWords", "Order number"),
        "ordered_at": QCoreApplication.translate("ImportWords", "Order date"),
        "status": QCoreApplication.translate("ImportWords", "Status"),
        "channel": QCoreApplication.translate("ImportWords", "Channel"),
        "sku": QCoreApplication.translate("ImportWords", "Product code"),
        "description": QCoreApplication.translate("ImportWords", "Description"),
        "quantity": QCoreApplication.translate("ImportWords", "Quantity"),
        "unit_price": QCoreApplication.translate("ImportWords", "Unit price"),
        "amount": QCoreApplication.translate("ImportWords", "Amount"),
        "reference": QCoreApplication.translate("ImportWords", "Payment reference"),
        "paid_at": QCoreApplication.translate("ImportWords", "Payment date"),
        "method": QCoreApplication.translate("ImportWords", "Payment method"),
        "invoice_no": QCoreApplication.translate("ImportWords", "Invoice number"),
    }
    return names.get(name, name)


def reason(code: str) -> str:
    reasons = {
        "key_required": QCoreApplication.translate("ImportWords", "The account number is missing."),
        "required": QCoreApplication.translate("ImportWords", "A required value is missing."),
        "too_long": QCoreApplication.translate("ImportWords", "The value is too long."),
        "name_required": QCoreApplication.translate("ImportWords", "The name is missing."),
        "kind_unknown": QCoreApplication.translate("ImportWords", "The kind is neither person nor company."),
        "email_invalid": QCoreApplication.translate("ImportWords", "Not an e-mail address."),
        "duplicate_key": QCoreApplication.translate("ImportWords", "The same account number as an earlier row."),
        "duplicate_phone": QCoreApplication.translate("ImportWords", "The same phone number as another customer."),
        "duplicate_email": QCoreApplication.translate("ImportWords", "The same e-mail address as another customer."),
        "duplicate_line": QCoreApplication.translate("ImportWords", "The same order and product as an earlier row."),
        "language_unknown": QCoreApplication.translate("ImportWords", "The language is neither English nor Chinese."),
        "tier_unknown": QCoreApplication.translate("ImportWords", "The tier is not platinum, gold, silver or bronze."),
        "currency_invalid": QCoreApplication.translate("ImportWords", "Not a three-letter currency code."),
        "money_invalid": QCoreApplication.translate("ImportWords", "Not an amount of money."),
        "yes_no_invalid": QCoreApplication.translate("ImportWords", "Neither yes nor no."),
        "date_invalid": QCoreApplication.translate("ImportWords", "Not a date."),
        "quantity_invalid": QCoreApplication.translate(
            "ImportWords", "The quantity is not a whole number of at least 1."
        ),
        "status_unknown": QCoreApplication.translate("ImportWords", "An order status this product does not know."),
        "customer_unknown": QCoreApplication.translate("ImportWords", "No customer has this account number."),
        "order_account_differs": QCoreApplication.translate("ImportWords", "The order belongs to another account."),
        "duplicate_reference": QCoreApplication.translate(
            "ImportWords", "The same payment reference as an earlier row."
        ),
        "amount_not_positive": QCoreApplication.translate("ImportWords", "The amount is not more than zero."),
        "method_unknown": QCoreApplication.translate(
            "ImportWords", "The payment method is not cash, card, account or transfer."
        ),
        "invoice_unknown": QCoreApplication.translate("ImportWords", "No invoice has this number."),
        "invoice_account_differs": QCoreApplication.translate("ImportWords", "The invoice belongs to another account."),
        "invoice_currency_differs": QCoreApplication.translate(
            "ImportWords", "The currency differs from the invoice's."
        ),
        "phone_no_digits": QCoreApplication.translate("ImportWords", "The phone number has no digits."),
        "phone_invalid_country_code": QCoreApplication.translate(
            "ImportWords", "The phone number's country code is unknown."
        ),
        "phone_not_a_number": QCoreApplication.translate("ImportWords", "Not a phone number."),
        "phone_too_short_after_idd": QCoreApplication.translate(
            "ImportWords", "The phone number is too short after the international prefix."
        ),
        "phone_too_short": QCoreApplication.translate("ImportWords", "The phone number is too short."),
        "phone_too_long": QCoreApplication.translate("ImportWords", "The phone number is too long."),
        "phone_invalid_length": QCoreApplication.translate(
            "ImportWords", "The phone number has a length no number of its country has."
        ),
        "phone_local_only": QCoreApplication.translate(
            "ImportWords", "The phone number lacks an area code (dialable only locally)."
        ),
        "phone_not_in_use": QCoreApplication.translate(
            "ImportWords", "The phone number has the right length but is not a number in use."
        ),
    }
    return reasons.get(code, code)


def detail(text: str) -> str:
    """'row 12' / 'account A1' -> the same in the user's language."""
    kind, _, value = text.partition(" ")
    if kind == "row":
        return QCoreApplication.translate("ImportWords", "row %1").replace("%1", value)
    if kind == "account":
        return QCoreApplication.translate("ImportWords", "account %1").replace("%1", value)
    return text


def mapping_problem(reason_code: str, name: str) -> str:
    problems = {
        "unknown_column": QCoreApplication.translate("ImportWords", "The file has no column %1."),
        "unknown_field": QCoreApplication.translate("ImportWords", "There is no field %1."),
        "field_twice": QCoreApplication.translate("ImportWords", "Two columns are mapped to %1."),
        "field_missing": QCoreApplication.translate("ImportWords", "No column is mapped to %1."),
    }
    return problems.get(reason_code, reason_code).replace("%1", field_name(name))


def file_problem(reason_code: str) -> str:
    problems = {
        "missing": QCoreApplication.translate("ImportWords", "The file does not exist."),
        "empty": QCoreApplication.translate("ImportWords", "The file is empty."),
        "no_header": QCoreApplication.translate("ImportWords", "The file has no header row."),
        "format": QCoreApplication.translate("ImportWords", "The file is not an XLSX workbook."),
        "unreadable": QCoreApplication.translate("ImportWords", "The file cannot be read as a table."),
    }
    return problems.get(reason_code, QCoreApplication.translate("ImportWords", "The file cannot be read as a table."))
