"""Importing a site's customers and order history: reading files, mapping columns, checking rows.

Qt-free and SQL-free. ``read_table`` streams a CSV (any common encoding, UTF-8 with or
without BOM first) or XLSX sheet as a header plus rows of text; ``suggest_mapping``
maps the file's column headers onto the fields of a kind (``customers``, ``orders``),
English and Chinese headers alike, and ``--map column=field`` overrides it; a
``RowChecker`` turns each row into the values to store or the reasons it is refused
(one ``Issue`` per bad field: a phone number with libphonenumber's own reason, a bad
e-mail, a missing name, a duplicate by phone, e-mail or key within the file).

The store adds the checks that need the database (a phone or e-mail that belongs to
another customer's account, an order for an unknown account) and writes the rows
(``callcenter.store.imports``).

Row numbers are the spreadsheet's: the header is row 1, the first data row is row 2.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from callcenter.core.money import minor_digits

KINDS = ("customers", "orders", "payments")

# field -> header spellings it is recognised by (normalised: lower case, words joined by "_")
CUSTOMER_FIELDS: dict[str, tuple[str, ...]] = {
    "account_no": (
        "account_no",
        "account",
        "account_number",
        "acct",
        "customer_no",
        "customer_number",
        "customer_id",
        "external_id",
        "external_key",
        "客户编号",
        "账号",
        "客户号",
    ),
    "kind": ("kind", "type", "customer_type", "类型"),
    "name": ("name", "full_name", "customer_name", "display_name", "contact_name", "姓名", "客户名称", "名称"),
    "given_name": ("given_name", "first_name", "forename", "名"),
    "family_name": ("family_name", "last_name", "surname", "姓"),
    "company_name": ("company_name", "company", "organisation", "organization", "公司", "公司名称"),
    "phone": (
        "phone",
        "phone_number",
        "mobile",
        "mobile_phone",
        "telephone",
        "tel",
        "电话",
        "手机",
        "手机号",
        "电话号码",
    ),
    "phone_kind": ("phone_kind", "phone_type"),
    "email": ("email", "e_mail", "email_address", "mail", "邮箱", "电子邮件"),
    "preferred_language": ("preferred_language", "language", "lang", "语言"),
    "tier": ("tier", "level", "等级"),
    "vip": ("vip",),
    "currency": ("currency", "币种"),
    "credit_limit": ("credit_limit", "信用额度"),
    # what the customer owes at the import: stored as one open opening-balance invoice
    "balance": ("balance", "opening_balance", "balance_due", "outstanding", "余额", "期初余额", "欠款"),
    "do_not_call": ("do_not_call", "dnc"),
    "consent_marketing": ("consent_marketing", "marketing_consent", "marketing"),
}
ORDER_FIELDS: dict[str, tuple[str, ...]] = {
    "order_no": ("order_no", "order", "order_number", "order_id", "订单号", "订单编号"),
    "account_no": CUSTOMER_FIELDS["account_no"],
    "ordered_at": ("ordered_at", "order_date", "date", "ordered", "created", "下单时间", "日期"),
    "status": ("status", "order_status", "状态"),
    "channel": ("channel", "渠道"),
    "currency": ("currency", "币种"),
    "sku": ("sku", "product", "product_code", "item", "item_code", "商品编号"),
    "description": ("description", "product_name", "item_name", "商品名称", "描述"),
    "quantity": ("quantity", "qty", "数量"),
    "unit_price": ("unit_price", "price", "单价"),
    "amount": ("amount", "line_total", "total", "金额"),
}
PAYMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "reference": (
        "reference",
        "payment_reference",
        "payment_ref",
        "ref",
        "payment_no",
        "payment_number",
        "payment_id",
        "transaction_id",
        "付款编号",
        "付款参考号",
        "流水号",
    ),
    "account_no": CUSTOMER_FIELDS["account_no"],
    "amount": ("amount", "payment_amount", "amount_paid", "金额", "付款金额"),
    "paid_at": ("paid_at", "payment_date", "date", "paid_on", "付款日期", "付款时间", "日期"),
    "method": ("method", "payment_method", "paid_by", "付款方式", "支付方式"),
    "invoice_no": ("invoice_no", "invoice", "invoice_number", "invoice_id", "发票号", "发票编号"),
    "currency": ("currency", "币种"),
}
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": CUSTOMER_FIELDS,
    "orders": ORDER_FIELDS,
    "payments": PAYMENT_FIELDS,
}
# The field whose value identifies a row across imports (an updated file updates by it).
KEY_FIELD = {"customers": "account_no", "orders": "order_no", "payments": "reference"}
REQUIRED = {
    "customers": ("account_no",),
    "orders": ("order_no", "account_no", "sku"),
    "payments": ("reference", "account_no", "amount", "paid_at"),
}
IGNORE = "-"  # --map "Column=-" (or "Column=") leaves a column out

TIERS = ("platinum", "gold", "silver", "bronze")
LANGUAGES = {"en": "en", "english": "en", "zh": "zh_CN", "zh_cn": "zh_CN", "chinese": "zh_CN", "中文": "zh_CN"}
PAYMENT_METHODS = ("cash", "card", "account", "transfer")
_METHOD_WORDS = {
    "cash": "cash",
    "现金": "cash",
    "card": "card",
    "credit_card": "card",
    "debit_card": "card",
    "银行卡": "card",
    "信用卡": "card",
    "刷卡": "card",
    "account": "account",
    "on_account": "account",
    "账户": "account",
    "transfer": "transfer",
    "bank_transfer": "transfer",
    "wire": "transfer",
    "转账": "transfer",
    "银行转账": "transfer",
}
ORDER_STATUSES = ("placed", "paid", "shipped", "delivered", "cancelled", "returned", "refunded")
_TRUE = {"1", "y", "yes", "true", "t", "是", "x"}
_FALSE = {"0", "n", "no", "false", "f", "否", ""}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_EXT = re.compile(r"\s*(?:ext\.?|extension|x|#|转|分机)\s*([0-9]{1,6})\s*$", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CURRENCY = re.compile(r"[A-Z]{3}")


class ImportFileError(ValueError):
    """The file cannot be read as a table (``reason``: missing, empty, unreadable, format, no_header)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Issue:
    """Why a row is refused: the field, a reason code, and what it clashes with (a row
    number or an account number, never the personal value itself)."""

    row: int
    field: str
    reason: str
    detail: str = ""

    def as_dict(self, columns: Mapping[str, str] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"row": self.row, "field": self.field, "reason": self.reason}
        if columns and self.field in columns:
            out["column"] = columns[self.field]
        if self.detail:
            out["detail"] = self.detail
        return out


# -- reading files ----------------------------------------------------------------------
def read_table(path: str | Path) -> tuple[list[str], Iterator[list[str]]]:
    """The header and an iterator over the data rows of a CSV or XLSX file, every cell as text.

    Raises ``ImportFileError`` when the file is missing, empty or not a table."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError("missing", path.name)
    suffix = path.suffix.lower()
    rows = _xlsx_rows(path) if suffix in (".xlsx", ".xlsm") else _csv_rows(path)
    try:
        header = next(rows)
    except StopIteration:
        raise ImportFileError("empty", path.name) from None
    header = [h.strip() for h in header]
    while header and not header[-1]:
        header.pop()
    if not any(header):
        raise ImportFileError("no_header", path.name)
    return header, rows


def count_rows(path: str | Path) -> int:
    """Data rows in the file (for a progress bar), without checking them."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True)
        try:
            ws = wb.worksheets[0]
            return max(0, (ws.max_row or 1) - 1)
        finally:
            wb.close()
    _header, rows = read_table(path)
    return sum(1 for _ in rows)


def _decode(path: Path) -> io.TextIOBase:
    raw = path.read_bytes()[:65536]
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError as exc:
            if exc.start > len(raw) - 4:  # a character cut by the sample's end
                break
            continue
        break
    else:
        encoding = "latin-1"
    return open(path, encoding=encoding, newline="")


def _csv_rows(path: Path) -> Iterator[list[str]]:
    handle = _decode(path)
    try:
        sample = handle.read(8192)
        handle.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        try:
            for row in csv.reader(handle, dialect):
                if row and "".join(row).strip():  # not a blank line
                    yield row
        except (csv.Error, UnicodeDecodeError) as exc:
            raise ImportFileError("unreadable", str(exc)[:80]) from None
    finally:
        handle.close()


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    import zipfile

    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError("format", type(exc).__name__) from None
    try:
        ws = wb.worksheets[0]
        for values in ws.iter_rows(values_only=True):
            row = [_cell_text(v) for v in values]
            if any(cell.strip() for cell in row):
                yield row
    finally:
        wb.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# -- mapping ----------------------------------------------------------------------------
def normalise_header(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).strip().lower()
    return re.sub(r"[^\w]+", "_", text).strip("_")


def suggest_mapping(kind: str, header: Iterable[str]) -> dict[str, str]:
    """Column header -> field for the columns recognised; each field used once, first column wins."""
    fields = FIELDS[kind]
    by_spelling = {spelling: name for name, spellings in fields.items() for spelling in spellings}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for column in header:
        name = by_spelling.get(normalise_header(column))
        if name and name not in used and column not in mapping:
            mapping[column] = name
            used.add(name)
    return mapping


def parse_map_options(options: Iterable[str]) -> dict[str, str]:
    """``["Mobile=phone", "Notes="]`` -> {"Mobile": "phone", "Notes": "-"}; a bad option
    raises ``ValueError`` naming it."""
    out: dict[str, str] = {}
    for option in options:
        column, sep, target = option.partition("=")
        if not sep or not column.strip():
            raise ValueError(f"--map takes column=field, got {option!r}")
        out[column.strip()] = target.strip() or IGNORE
    return out


def resolve_mapping(kind: str, header: list[str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """The mapping to import with: the suggestion, changed by ``overrides`` (column -> field,
    or ``IGNORE``). Returns field -> column. Raises ``MappingError`` for an unknown column or
    field, a field given two columns, or a required field left without one."""
    fields = FIELDS[kind]
    mapping = suggest_mapping(kind, header)
    problems: list[tuple[str, str]] = []
    for column, target in (overrides or {}).items():
        if column not in header:
            problems.append(("unknown_column", column))
            continue
        if target != IGNORE and target not in fields:
            problems.append(("unknown_field", target))
            continue
        if target == IGNORE:
            mapping.pop(column, None)
        else:
            for other, name in list(mapping.items()):  # the override takes the field over
                if name == target and other != column:
                    del mapping[other]
            mapping[column] = target
    by_field: dict[str, str] = {}
    for column in header:
        found = mapping.get(column)
        if found is None:
            continue
        name = found
        if name in by_field:
            problems.append(("field_twice", name))
        by_field[name] = column
    for name in REQUIRED[kind]:
        if name not in by_field:
            problems.append(("field_missing", name))
    if kind == "customers" and not {"name", "given_name", "family_name", "company_name"} & set(by_field):
        problems.append(("field_missing", "name"))
    if kind == "orders" and not {"unit_price", "amount"} & set(by_field):
        problems.append(("field_missing", "amount"))
    if problems:
        raise MappingError(problems)
    return by_field


class MappingError(ValueError):
    """The columns cannot be mapped: ``problems`` is a list of (reason, name)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{reason} {name}" for reason, name in problems))
        self.problems = problems


# -- values -----------------------------------------------------------------------------
_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: "invalid_country_code",
    NumberParseException.NOT_A_NUMBER: "not_a_number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short_after_idd",
    NumberParseException.TOO_SHORT_NSN: "too_short",
    NumberParseException.TOO_LONG: "too_long",
}
_POSSIBLE_REASONS = {
    ValidationResult.INVALID_COUNTRY_CODE: "invalid_country_code",
    ValidationResult.TOO_SHORT: "too_short",
    ValidationResult.INVALID_LENGTH: "invalid_length",
    ValidationResult.TOO_LONG: "too_long",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "local_only",
}
PHONE_REASONS = (
    "no_digits",
    *sorted(set(_PARSE_REASONS.values()) | set(_POSSIBLE_REASONS.values())),
    "not_in_use",
)


@dataclass(frozen=True)
class PhoneCheck:
    e164: str | None
    extension: str | None = None
    reason: str | None = None  # libphonenumber's reason when the number is refused


def check_phone(raw: str, region: str = "US") -> PhoneCheck:
    """libphonenumber's verdict on one number: parse errors, then
    ``is_possible_number_with_reason``, then ``is_valid_number`` ("not_in_use")."""
    text = unicodedata.normalize("NFKC", raw).strip()
    extension = None
    m = _EXT.search(text)
    if m:
        extension, text = m.group(1), text[: m.start()].strip()
    if text.startswith("00") and not text.startswith("000"):
        text = "+" + text[2:]
    if not any(c.isdigit() for c in text):
        return PhoneCheck(None, reason="no_digits")
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        return PhoneCheck(None, reason=_PARSE_REASONS.get(exc.error_type, "not_a_number"))
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible != ValidationResult.IS_POSSIBLE:
        return PhoneCheck(None, reason=_POSSIBLE_REASONS.get(possible, "invalid_length"))
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(None, reason="not_in_use")
    return PhoneCheck(phonenumbers.format_number(number, PhoneNumberFormat.E164), extension or number.extension)


_PLAIN_MONEY = re.compile(r"(\d{1,15})(?:\.(\d{1,2}))?")


def parse_money(text: str, currency: str) -> int | None:
    """'1,234.50' in USD -> 123450 (integer minor units); None when not a number or too precise."""
    digits = minor_digits(currency)
    plain = _PLAIN_MONEY.fullmatch(text)
    if plain is not None and digits == 2:  # the usual case, without Decimal
        return int(plain.group(1)) * 100 + int((plain.group(2) or "0").ljust(2, "0"))
    clean = text.strip().replace(",", "").replace(" ", "")
    for symbol in ("$", "¥", "£", "€", "￥"):
        clean = clean.replace(symbol, "")
    try:
        value = Decimal(clean)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    minor = value.scaleb(digits)
    if minor != minor.to_integral_value():
        return None
    return int(minor)


_LINE_FAST_FIELDS = (
    "order_no",
    "account_no",
    "sku",
    "ordered_at",
    "currency",
    "quantity",
    "unit_price",
    "amount",
    "status",
    "channel",
    "description",
)


def _plain_quantity(text: str) -> int | None:
    """A quantity written as a plain whole number of at least 1, else None (the full check decides)."""
    if text.isascii() and text.isdigit():
        value = int(text)
        return value if value >= 1 else None
    return None


def _cached_money(cache: dict[Any, Any], text: str, currency: str) -> int | None:
    key = (text, currency)
    try:
        return cache[key]  # type: ignore[no-any-return]
    except KeyError:
        value = parse_money(text, currency)
        if len(cache) < 200_000:
            cache[key] = value
        return value


def parse_amount(text: str) -> Decimal | None:
    """'1,234.50', '$ 12', '¥30' -> a finite Decimal; None when not a number."""
    clean = text.strip().replace(",", "").replace(" ", "")
    for symbol in ("$", "¥", "£", "€", "￥"):
        clean = clean.replace(symbol, "")
    try:
        value = Decimal(clean)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def to_minor(amount: Decimal, currency: str) -> int | None:
    """A Decimal amount in integer minor units of ``currency``; None when too precise for it."""
    minor = amount.scaleb(minor_digits(currency))
    if minor != minor.to_integral_value():
        return None
    return int(minor)


def parse_bool(text: str) -> bool | None:
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None


def parse_when(text: str) -> dt.datetime | None:
    """ISO dates and date-times (a naive time is taken as UTC); None when not a date."""
    value = text.strip().replace("/", "-")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def display_name(given: str, family: str) -> str:
    if _CJK.search(family + given):
        return family + given  # Chinese order: family name first, no space
    return f"{given} {family}".strip()


# -- rows -------------------------------------------------------------------------------
@dataclass
class Checked:
    """One data row after the file-level checks: ``values`` to store (None when refused)."""

    row: int
    key: str
    values: dict[str, Any] | None
    issues: list[Issue] = field(default_factory=list)


class RowChecker:
    """Checks rows of one file in order, remembering keys, phones and e-mails already seen
    so that a later duplicate names the row it repeats. Deterministic: the same file checks
    the same way every time (resuming an import relies on it)."""

    def __init__(self, kind: str, header: list[str], mapping: Mapping[str, str], region: str = "US") -> None:
        if kind not in FIELDS:
            raise ValueError(f"unknown import kind {kind!r}")
        self.kind = kind
        self.region = region
        self.index = {name: header.index(column) for name, column in mapping.items()}
        self.mapped = frozenset(mapping)
        self.seen_keys: dict[str, int] = {}
        self.seen_phones: dict[str, int] = {}
        self.seen_emails: dict[str, int] = {}
        self.order_accounts: dict[str, str] = {}
        self._when: dict[str, str | None] = {}  # date text -> stored form (dates repeat a lot)
        self._plain: dict[Any, Any] = {}  # quantity and money texts -> their values (they repeat a lot too)
        line = [self.index.get(name, -1) for name in _LINE_FAST_FIELDS]
        self._line_cells = operator.itemgetter(*line)
        self._line_width = max(line) + 1

    def get(self, cells: list[str], name: str) -> str:
        i = self.index.get(name)
        if i is None or i >= len(cells):
            return ""
        return cells[i].strip()

    def check(self, row: int, cells: list[str], phone: PhoneCheck | None = None) -> Checked:
        """Check one row; ``phone``: the phone cell's ``check_phone`` if already done (elsewhere)."""
        if self.kind == "customers":
            return self._customer(row, cells, phone)
        if self.kind == "payments":
            return self._payment(row, cells)
        return self._order_line(row, cells)

    def stored_when(self, text: str) -> str | None:
        """A date or date-time as the store keeps it (UTC text), None when not a date."""
        try:
            return self._when[text]
        except KeyError:
            when = parse_when(text)
            stored = when.strftime("%Y-%m-%d %H:%M:%S.%f") if when else None
            if len(self._when) < 100_000:
                self._when[text] = stored
            return stored

    def _customer(self, row: int, cells: list[str], phone: PhoneCheck | None = None) -> Checked:
        n = len(cells)
        cell = {name: cells[i].strip() if i < n else "" for name, i in self.index.items()}  # what get() reads
        get = cell.get
        issues: list[Issue] = []
        key = get("account_no", "")
        if not key:
            issues.append(Issue(row, "account_no", "key_required"))
        elif len(key) > 32:
            issues.append(Issue(row, "account_no", "too_long"))
        given, family, name = get("given_name", ""), get("family_name", ""), get("name", "")
        company = get("company_name", "")
        kind = get("kind", "").lower() or ("company" if company and not (given or family or name) else "person")
        if kind not in ("person", "company"):
            issues.append(Issue(row, "kind", "kind_unknown"))
        shown = company if kind == "company" else (display_name(given, family) or name)
        if not shown:
            issues.append(Issue(row, "company_name" if kind == "company" else "name", "name_required"))
        values: dict[str, Any] = {"account_no": key, "kind": kind, "display_name": shown[:256]}
        if "given_name" in self.mapped or "family_name" in self.mapped:
            values["given_name"], values["family_name"] = given[:128], family[:128]
        if "company_name" in self.mapped:
            values["company_name"] = company[:256]
        phone_raw = get("phone", "")
        if phone_raw:
            result = phone or check_phone(phone_raw, self.region)
            if result.e164 is None:
                issues.append(Issue(row, "phone", f"phone_{result.reason}"))
            else:
                first = self.seen_phones.get(result.e164, row)
                if first != row:
                    issues.append(Issue(row, "phone", "duplicate_phone", f"row {first}"))
                values["phone"] = (phone_raw[:64], result.e164, result.extension, get("phone_kind", "") or "mobile")
        email = get("email", "").lower()
        if email:
            if not _EMAIL.match(email) or len(email) > 254:
                issues.append(Issue(row, "email", "email_invalid"))
            else:
                first = self.seen_emails.get(email, row)
                if first != row:
                    issues.append(Issue(row, "email", "duplicate_email", f"row {first}"))
                values["email"] = email
        if "preferred_language" in self.mapped:
            lang = get("preferred_language", "")
            code = LANGUAGES.get(lang.lower().replace("-", "_"), lang) if lang else "en"
            if code not in ("en", "zh_CN"):
                issues.append(Issue(row, "preferred_language", "language_unknown"))
            values["preferred_language"] = code
        if "tier" in self.mapped:
            tier = get("tier", "").lower() or "bronze"
            if tier not in TIERS:
                issues.append(Issue(row, "tier", "tier_unknown"))
            values["tier"] = tier
        currency = (get("currency", "") or "USD").upper()
        if "currency" in self.mapped:
            if not _CURRENCY.fullmatch(currency):
                issues.append(Issue(row, "currency", "currency_invalid"))
            values["currency"] = currency
        if "credit_limit" in self.mapped:
            limit = parse_money(get("credit_limit", "") or "0", currency)
            if limit is None or limit < 0:
                issues.append(Issue(row, "credit_limit", "money_invalid"))
            values["credit_limit_minor"] = limit or 0
        if "balance" in self.mapped:
            balance = parse_money(get("balance", "") or "0", currency)
            if balance is None or balance < 0:
                issues.append(Issue(row, "balance", "money_invalid"))
            values["balance_minor"] = balance or 0
        for flag in ("vip", "do_not_call", "consent_marketing"):
            if flag in self.mapped:
                parsed = parse_bool(get(flag, ""))
                if parsed is None:
                    issues.append(Issue(row, flag, "yes_no_invalid"))
                values[flag] = bool(parsed)
        if key:
            first = self.seen_keys.get(key, row)
            if first != row:
                issues.append(Issue(row, "account_no", "duplicate_key", f"row {first}"))
        if issues:
            return Checked(row, key, None, issues)
        # only rows that will be stored are remembered: a later row repeating a refused one is not its duplicate
        self.seen_keys[key] = row
        if "phone" in values:
            self.seen_phones[values["phone"][1]] = row
        if "email" in values:
            self.seen_emails[values["email"]] = row
        return Checked(row, key, values, issues)

    def _order_line(self, row: int, cells: list[str]) -> Checked:
        """An order line: the fast path for a line whose every value is plainly good (the
        values each parsed once per distinct text), the full checks for any other."""
        fast = self._order_line_fast(row, cells)
        return fast if fast is not None else self._order_line_checked(row, cells)

    def _order_line_fast(self, row: int, cells: list[str]) -> Checked | None:
        """The values of a good line exactly as ``_order_line_checked`` makes them, or None
        when anything needs a closer look (then the full checks say why)."""
        if len(cells) < self._line_width:
            return None  # a short row: the full checks
        cells.append("")  # what an unmapped field reads (index -1)
        order_no, account, sku, when_text, currency, qty_text, price_text, amount_text, status, channel, desc = [
            c.strip() for c in self._line_cells(cells)
        ]
        if not (order_no and account and sku) or len(order_no) > 32 or len(account) > 32 or len(sku) > 32:
            return None
        when = self.stored_when(when_text) if when_text else None
        if when is None:
            return None
        currency = currency.upper() if currency else "USD"
        cache = self._plain
        try:
            quantity = cache[qty_text]
        except KeyError:
            quantity = cache[qty_text] = _plain_quantity(qty_text or "1")
        if quantity is None:
            return None
        unit = amount = None
        if price_text:
            unit = _cached_money(cache, price_text, currency)
            if unit is None:
                return None
        if amount_text:
            amount = _cached_money(cache, amount_text, currency)
            if amount is None:
                return None
        elif unit is None:
            return None
        if amount is None:
            amount = unit * quantity
        if unit is None:
            unit = amount // quantity
        status = status.lower() if status else "delivered"
        if status not in ORDER_STATUSES or not _CURRENCY.fullmatch(currency):
            return None
        key = f"{order_no}\x1f{sku}"
        accounts = self.order_accounts
        if accounts.setdefault(order_no, account) != account:
            return None
        seen = self.seen_keys
        if key in seen:
            return None
        seen[key] = row
        values = {
            "order_no": order_no,
            "account_no": account,
            "ordered_at": when,
            "status": status,
            "channel": channel.lower()[:16] if channel else "web",
            "currency": currency,
            "sku": sku,
            "description": (desc or sku)[:256],
            "quantity": quantity,
            "unit_price_minor": unit,
            "amount_minor": amount,
        }
        return Checked(row, key, values, [])

    def _order_line_checked(self, row: int, cells: list[str]) -> Checked:
        n = len(cells)
        cell = {name: cells[i].strip() if i < n else "" for name, i in self.index.items()}

        def get(_cells: list[str], name: str) -> str:
            return cell.get(name, "")

        issues: list[Issue] = []
        order_no, account, sku = get(cells, "order_no"), get(cells, "account_no"), get(cells, "sku")
        for name, value in (("order_no", order_no), ("account_no", account), ("sku", sku)):
            if not value:
                issues.append(Issue(row, name, "required"))
            elif len(value) > 32:
                issues.append(Issue(row, name, "too_long"))
        when_text = get(cells, "ordered_at")
        when = self.stored_when(when_text) if when_text else None
        if when is None:
            issues.append(Issue(row, "ordered_at", "date_invalid" if when_text else "required"))
        currency = (get(cells, "currency") or "USD").upper()
        if not _CURRENCY.fullmatch(currency):
            issues.append(Issue(row, "currency", "currency_invalid"))
            currency = "USD"
        qty_text = get(cells, "quantity") or "1"
        try:
            quantity = int(Decimal(qty_text))
            if quantity < 1 or Decimal(qty_text) != quantity:
                raise InvalidOperation
        except InvalidOperation:
            issues.append(Issue(row, "quantity", "quantity_invalid"))
            quantity = 1
        price_text, amount_text = get(cells, "unit_price"), get(cells, "amount")
        unit = parse_money(price_text, currency) if price_text else None
        amount = parse_money(amount_text, currency) if amount_text else None
        if price_text and unit is None:
            issues.append(Issue(row, "unit_price", "money_invalid"))
        if amount_text and amount is None:
            issues.append(Issue(row, "amount", "money_invalid"))
        if unit is None and amount is None and not (price_text or amount_text):
            issues.append(Issue(row, "amount", "required"))
        if amount is None and unit is not None:
            amount = unit * quantity
        if unit is None and amount is not None:
            unit = amount // quantity
        status = get(cells, "status").lower() or "delivered"
        if status not in ORDER_STATUSES:
            issues.append(Issue(row, "status", "status_unknown"))
        key = f"{order_no}\x1f{sku}"
        if order_no and account:
            owner = self.order_accounts.get(order_no, account)
            if owner != account:
                issues.append(Issue(row, "account_no", "order_account_differs"))
        if order_no and sku:
            first = self.seen_keys.get(key, row)
            if first != row:
                issues.append(Issue(row, "sku", "duplicate_line", f"row {first}"))
        if not issues:
            self.order_accounts.setdefault(order_no, account)
            self.seen_keys[key] = row
        values = {
            "order_no": order_no,
            "account_no": account,
            "ordered_at": when,
            "status": status,
            "channel": (get(cells, "channel") or "web").lower()[:16],
            "currency": currency,
            "sku": sku,
            "description": (get(cells, "description") or sku)[:256],
            "quantity": quantity,
            "unit_price_minor": unit,
            "amount_minor": amount,
        }
        return Checked(row, key, None if issues else values, issues)

    def _payment(self, row: int, cells: list[str]) -> Checked:
        """A payment: its reference (the key), account, amount (more than zero), date, method
        and, optionally, the invoice it pays. The amount stays a ``Decimal`` here: without a
        currency column it is in the customer's currency, which only the store knows."""
        get = self.get
        issues: list[Issue] = []
        reference, account, invoice = get(cells, "reference"), get(cells, "account_no"), get(cells, "invoice_no")
        for name, value in (("reference", reference), ("account_no", account)):
            if not value:
                issues.append(Issue(row, name, "required"))
            elif len(value) > 32:
                issues.append(Issue(row, name, "too_long"))
        if len(invoice) > 32:
            issues.append(Issue(row, "invoice_no", "too_long"))
        amount_text = get(cells, "amount")
        amount = parse_amount(amount_text) if amount_text else None
        if not amount_text:
            issues.append(Issue(row, "amount", "required"))
        elif amount is None:
            issues.append(Issue(row, "amount", "money_invalid"))
        elif amount <= 0:
            issues.append(Issue(row, "amount", "amount_not_positive"))
        when_text = get(cells, "paid_at")
        when = self.stored_when(when_text) if when_text else None
        if when is None:
            issues.append(Issue(row, "paid_at", "date_invalid" if when_text else "required"))
        method_text = get(cells, "method")
        method = _METHOD_WORDS.get(normalise_header(method_text)) if method_text else "transfer"
        if method is None:
            issues.append(Issue(row, "method", "method_unknown"))
        currency = get(cells, "currency").upper()
        if currency and not _CURRENCY.fullmatch(currency):
            issues.append(Issue(row, "currency", "currency_invalid"))
        if reference:
            first = self.seen_keys.get(reference, row)
            if first != row:
                issues.append(Issue(row, "reference", "duplicate_reference", f"row {first}"))
        if issues:
            return Checked(row, reference, None, issues)
        self.seen_keys[reference] = row
        values = {
            "reference": reference,
            "account_no": account,
            "amount": amount,
            "paid_at": when,
            "method": method,
            "invoice_no": invoice,
            "currency": currency,  # "" : the customer's (or the invoice's) currency
        }
        return Checked(row, reference, values, issues)
