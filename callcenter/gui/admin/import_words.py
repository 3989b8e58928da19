"""Words for the import report: fields and the reasons a row is refused, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWords", text)


def field_name(name: str) -> str:
    names = {
        "account_no": _t("Account number"),
        "kind": _t("Kind"),
        "name": _t("Name"),
        "given_name": _t("Given name"),
        "family_name": _t("Family name"),
        "company_name": _t("Company"),
        "phone": _t("Phone"),
        "phone_kind": _t("Phone type"),
        "email": _t("E-mail"),
        "preferred_language": _t("Language"),
        "tier": _t("Tier"),
        "vip": _t("VIP"),
        "currency": _t("Currency"),
        "credit_limit": _t("Credit limit"),
        "balance": _t("Opening balance"),
        "do_not_call": _t("Do not call"),
        "consent_marketing": _t("Marketing consent"),
        "order_no": _t("Order number"),
        "ordered_at": _t("Order date"),
        "status": _t("Status"),
        "channel": _t("Channel"),
        "sku": _t("Product code"),
        "description": _t("Description"),
        "quantity": _t("Quantity"),
        "unit_price": _t("Unit price"),
        "amount": _t("Amount"),
        "reference": _t("Payment reference"),
        "paid_at": _t("Payment date"),
        "method": _t("Payment method"),
        "invoice_no": _t("Invoice number"),
    }
    return names.get(name, name)


def reason(code: str) -> str:
    reasons = {
        "key_required": _t("The account number is missing."),
        "required": _t("A required value is missing."),
        "too_long": _t("The value is too long."),
        "name_required": _t("The name is missing."),
        "kind_unknown": _t("The kind is neither person nor company."),
        "email_invalid": _t("Not an e-mail address."),
        "duplicate_key": _t("The same account number as an earlier row."),
        "duplicate_phone": _t("The same phone number as another customer."),
        "duplicate_email": _t("The same e-mail address as another customer."),
        "duplicate_line": _t("The same order and product as an earlier row."),
        "language_unknown": _t("The language is neither English nor Chinese."),
        "tier_unknown": _t("The tier is not platinum, gold, silver or bronze."),
        "currency_invalid": _t("Not a three-letter currency code."),
        "money_invalid": _t("Not an amount of money."),
        "yes_no_invalid": _t("Neither yes nor no."),
        "date_invalid": _t("Not a date."),
        "quantity_invalid": _t("The quantity is not a whole number of at least 1."),
        "status_unknown": _t("An order status this product does not know."),
        "customer_unknown": _t("No customer has this account number."),
        "order_account_differs": _t("The order belongs to another account."),
        "duplicate_reference": _t("The same payment reference as an earlier row."),
        "amount_not_positive": _t("The amount is not more than zero."),
        "method_unknown": _t("The payment method is not cash, card, account or transfer."),
        "invoice_unknown": _t("No invoice has this number."),
        "invoice_account_differs": _t("The invoice belongs to another account."),
        "invoice_currency_differs": _t("The currency differs from the invoice's."),
        "phone_no_digits": _t("The phone number has no digits."),
        "phone_invalid_country_code": _t("The phone number's country code is unknown."),
        "phone_not_a_number": _t("Not a phone number."),
        "phone_too_short_after_idd": _t("The phone number is too short after the international prefix."),
        "phone_too_short": _t("The phone number is too short."),
        "phone_too_long": _t("The phone number is too long."),
        "phone_invalid_length": _t("The phone number has a length no number of its country has."),
        "phone_local_only": _t("The phone number lacks an area code (dialable only locally)."),
        "phone_not_in_use": _t("The phone number has the right length but is not a number in use."),
    }
    return reasons.get(code, code)


def detail(text: str) -> str:
    """'row 12' / 'account A1' -> the same in the user's language."""
    kind, _, value = text.partition(" ")
    if kind == "row":
        return _t("row %1").replace("%1", value)
    if kind == "account":
        return _t("account %1").replace("%1", value)
    return text


def mapping_problem(reason_code: str, name: str) -> str:
    problems = {
        "unknown_column": _t("The file has no column %1."),
        "unknown_field": _t("There is no field %1."),
        "field_twice": _t("Two columns are mapped to %1."),
        "field_missing": _t("No column is mapped to %1."),
    }
    return problems.get(reason_code, reason_code).replace("%1", field_name(name))


def file_problem(reason_code: str) -> str:
    problems = {
        "missing": _t("The file does not exist."),
        "empty": _t("The file is empty."),
        "no_header": _t("The file has no header row."),
        "format": _t("The file is not an XLSX workbook."),
        "unreadable": _t("The file cannot be read as a table."),
    }
    return problems.get(reason_code, _t("The file cannot be read as a table."))
