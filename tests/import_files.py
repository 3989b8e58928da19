"""Import test files: 1,000 good customers and 30 bad rows, each bad row with the reason
it must be refused for (worked out by hand, not by the importer), as CSV and XLSX."""

from __future__ import annotations

import csv
from pathlib import Path

from callcenter.benchmarks.import_bench import CUSTOMER_HEADER, customer_row

GOOD = 1000
# an existing customer, in the store before the import: its phone and e-mail are taken
EXISTING_ACCOUNT = "X00000001"
EXISTING_PHONE = "+1 617 555 0199"  # national (617) 555-0199
EXISTING_EMAIL = "taken@example.com"

# (row cells, field, reason, detail) - the row number is assigned where the row lands in the file
_BAD = [
    (["B001", "Ann", "Lee", "12345", "", "en", "gold"], "phone", "phone_too_short", ""),
    (["B002", "Bo", "Ma", "+999 1234 5678", "", "en", "gold"], "phone", "phone_invalid_country_code", ""),
    (["B003", "Cy", "Ng", "(650) 253-00000000000", "", "en", "gold"], "phone", "phone_too_long", ""),
    (["B004", "Di", "Wu", "(200) 555-0100", "", "en", "gold"], "phone", "phone_not_in_use", ""),
    (["B005", "Ed", "Yu", "253-0000", "", "en", "gold"], "phone", "phone_local_only", ""),
    (["B006", "Fay", "Xu", "call me", "", "en", "gold"], "phone", "phone_no_digits", ""),
    (["B007", "Gus", "Li", "", "not-an-email", "en", "gold"], "email", "email_invalid", ""),
    (["B008", "Hal", "Qi", "", "a@b", "en", "gold"], "email", "email_invalid", ""),
    (["B009", "Ida", "He", "", "two@@example.com", "en", "gold"], "email", "email_invalid", ""),
    (["B010", "", "", "", "", "en", "gold"], "name", "name_required", ""),
    (["B011", "  ", " ", "+1 650 253 0001", "", "en", "gold"], "name", "name_required", ""),
    (["", "Jo", "Ko", "", "", "en", "gold"], "account_no", "key_required", ""),
    (["B013", "Kai", "Mo", "", "", "klingon", "gold"], "preferred_language", "language_unknown", ""),
    (["B014", "Lu", "No", "", "", "en", "diamond"], "tier", "tier_unknown", ""),
    # duplicates within the file: of good rows 2 and 3 (customer_row(0) and (1))
    (["A00000000", "Dup", "Key", "", "", "en", "gold"], "account_no", "duplicate_key", "row 2"),
    (["B016", "Dup", "Phone", customer_row(0)[3], "", "en", "gold"], "phone", "duplicate_phone", "row 2"),
    (["B017", "Dup", "Mail", "", customer_row(1)[4], "en", "gold"], "email", "duplicate_email", "row 3"),
    (["B018", "Dup", "Upper", "", customer_row(1)[4].upper(), "en", "gold"], "email", "duplicate_email", "row 3"),
    (["B019", "Dup", "Intl", "+1 " + customer_row(2)[3], "", "en", "gold"], "phone", "duplicate_phone", "row 4"),
    # against the store: the existing customer's phone and e-mail under another account
    (
        ["B020", "Store", "Phone", "(617) 555-0199", "", "en", "gold"],
        "phone",
        "duplicate_phone",
        f"account {EXISTING_ACCOUNT}",
    ),
    (
        ["B021", "Store", "Mail", "", EXISTING_EMAIL, "en", "gold"],
        "email",
        "duplicate_email",
        f"account {EXISTING_ACCOUNT}",
    ),
    (["B022", "Mia", "Oh", "12", "", "en", "gold"], "phone", "phone_too_short", ""),
    (["B023", "Ned", "Pu", "+44 20 7946", "", "en", "gold"], "phone", "phone_local_only", ""),
    (["B024", "Oz", "Ra", "+86 138 0013 80001", "", "en", "gold"], "phone", "phone_not_in_use", ""),
    (["B025", "Pam", "Su", "", "@example.com", "en", "gold"], "email", "email_invalid", ""),
    (["B026", "Quo", "Tu", "", "user@example", "en", "gold"], "email", "email_invalid", ""),
    (["B027", "", "", "", "nobody@example.com", "en", "gold"], "name", "name_required", ""),
    (["B028", "Ray", "Vi", "(999) 555-0100", "", "en", "gold"], "phone", "phone_not_in_use", ""),
    (["B029", "Sam", "Wo", "+1 212 555", "", "en", "gold"], "phone", "phone_too_short", ""),
    (["B030", "Tia", "Ye", "0000", "", "en", "gold"], "phone", "phone_too_short", ""),
]
assert len(_BAD) == 30


def rows() -> tuple[list[list[str]], dict[int, tuple[str, str, str]]]:
    """The data rows and, by spreadsheet row number (header = row 1), each bad row's (field, reason, detail).
    Bad rows are spread through the file (one after every 33 good rows)."""
    out: list[list[str]] = []
    bad: dict[int, tuple[str, str, str]] = {}
    pending = list(_BAD)
    for i in range(GOOD):
        out.append(customer_row(i))
        if i % 33 == 32 and pending:
            cells, field, reason, detail = pending.pop(0)
            out.append(cells)
            bad[len(out) + 1] = (field, reason, detail)
    for cells, field, reason, detail in pending:
        out.append(cells)
        bad[len(out) + 1] = (field, reason, detail)
    return out, bad


def write_csv(path: Path, data: list[list[str]], header: list[str] | None = None) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(header or CUSTOMER_HEADER)
        w.writerows(data)
    return path


def write_xlsx(path: Path, data: list[list[str]], header: list[str] | None = None) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header or CUSTOMER_HEADER)
    for cells in data:
        ws.append(cells)
    wb.save(path)
    return path


def seed_existing(store) -> None:
    from callcenter.core.customers import CustomerForm
    from callcenter.store import repo

    form = CustomerForm(given_name="Existing", family_name="Person", phone=EXISTING_PHONE, email=EXISTING_EMAIL)
    cid = repo.create_customer(store, form, None)
    with store.transaction() as s:
        from callcenter.store.models import Customer

        s.get(Customer, cid).account_no = EXISTING_ACCOUNT
