"""Money, roles and masking, customer validation and tiers, screen-pop warnings, passwords."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from argon2 import PasswordHasher

from callcenter.core.agents import Code, Identity
from callcenter.core.customers import CustomerForm, tier_for_value, validate
from callcenter.core.money import Money, format_minor
from callcenter.core.roles import Role, can_see_sensitive, mask
from callcenter.core.screenpop import ComplaintView, CustomerView, PopWarning, derive_warnings
from callcenter.core.security import hash_password, verify_password

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


# -- money ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [
        (0, "USD", "$0.00"),
        (5, "USD", "$0.05"),
        (1234, "USD", "$12.34"),
        (123456789, "USD", "$1,234,567.89"),
        (-1234, "USD", "-$12.34"),
        (-5, "USD", "-$0.05"),
        (99900, "CNY", "¥999.00"),
        (150, "GBP", "£1.50"),
        (1000, "EUR", "€10.00"),
        (250000, "HKD", "HK$2,500.00"),
        (1999, "SGD", "S$19.99"),
        (1500, "JPY", "¥1,500"),  # no minor unit: 1500 is 1,500 yen, not 15.00
        (-1500, "JPY", "-¥1,500"),
        (50000, "KRW", "KRW 50,000"),
        (1234, "CHF", "CHF 12.34"),  # unknown symbol: the code
    ],
)
def test_format_minor(minor, currency, text):
    assert format_minor(minor, currency) == text
    assert Money(minor, currency).format() == text


@pytest.mark.parametrize("bad", [12.34, 12.0, "1234", None, True])
def test_money_refuses_anything_but_integer_minor_units(bad):
    with pytest.raises(TypeError):
        Money(bad, "USD")


def test_money_adds_only_the_same_currency():
    assert Money(150, "USD") + Money(275, "USD") == Money(425, "USD")
    with pytest.raises(ValueError):
        Money(150, "USD") + Money(1, "CNY")


# -- roles and masking -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("4111111111111111", "•••• •••• •••• 1111"),
        ("4111 1111 1111 1111", "•••• •••• •••• 1111"),
        ("378282246310005", "••• •••• •••• 0005"),  # Amex: 15 digits
        ("110101199003077777", "•• •••• •••• •••• 7777"),  # a CN resident ID
        ("A1234567", "•••• 4567"),
        ("12345", "• 2345"),
        ("1234", "••••"),  # too short to show anything
        ("12", "••"),
        ("", ""),
    ],
)
def test_mask_keeps_only_the_last_four(value, masked):
    out = mask(value)
    assert out == masked
    clean = value.replace(" ", "")
    if len(clean) > 4:
        assert out.endswith(clean[-4:])
        assert clean[:-4] not in out.replace(" ", "")


def test_mask_keep_parameter():
    assert mask("4111111111111111", keep=2).replace(" ", "") == "•" * 14 + "11"


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        (Role.AGENT, False),
        (Role.TRAINER, False),
        (Role.SUPERVISOR, True),
        (Role.ADMIN, True),
        ("agent", False),
        ("supervisor", True),
        ("admin", True),
        ("trainer", False),
    ],
)
def test_can_see_sensitive_per_role(role, sees):
    assert can_see_sensitive(role) is sees
    assert Identity("u", "name", "Name", Role(role)).sees_sensitive is sees


def test_unknown_role_is_refused():
    with pytest.raises(ValueError):
        can_see_sensitive("janitor")


def test_code_name_in_the_users_language():
    code = Code("1", "lunch", "Lunch", "午餐")
    assert code.name("en") == "Lunch"
    assert code.name("zh_CN") == "午餐"
    assert Code("2", "x", "Break", "").name("zh_CN") == "Break"


# -- customer validation -------------------------------------------------------------------
def test_a_complete_form_is_valid():
    form = CustomerForm(given_name="Ada", family_name="Lovelace", phone="(650) 253-0000", email="ada@example.com")
    assert validate(form) == {}
    assert form.errors == {}
    assert form.display_name() == "Ada Lovelace"


def test_missing_name():
    form = CustomerForm(phone="(650) 253-0000")
    assert validate(form) == {"family_name": "name_required"}
    assert form.errors == {"family_name": "name_required"}


def test_one_name_is_enough():
    assert validate(CustomerForm(family_name="Lovelace")) == {}
    assert validate(CustomerForm(given_name="Ada")) == {}


def test_a_company_needs_a_company_name():
    assert validate(CustomerForm(kind="company", given_name="Ada")) == {"company_name": "required"}
    form = CustomerForm(kind="company", company_name=" Acme Ltd ")
    assert validate(form) == {}
    assert form.display_name() == "Acme Ltd"


@pytest.mark.parametrize(
    ("phone", "region", "error"),
    [
        ("12", "US", "phone_wrong_length"),
        ("abc", "US", "phone_no_digits"),
        ("+999 123", "US", "phone_unknown_country_code"),
        ("555-0100", "US", "phone_not_a_number_in_use"),
        ("1" * 40, "US", "phone_too_long"),
        ("anonymous", "US", "phone_invalid"),  # a withheld marker is not a number either
        ("138 0013 8000", "US", "phone_not_a_number_in_use"),
    ],
)
def test_bad_phone(phone, region, error):
    assert validate(CustomerForm(given_name="Ada", phone=phone), region) == {"phone": error}


def test_phone_is_checked_against_the_region():
    assert validate(CustomerForm(given_name="伟", family_name="张", phone="138 0013 8000"), "CN") == {}


@pytest.mark.parametrize(
    "email", ["ada", "ada@", "@example.com", "ada@example", "ada@example.c", "a da@example.com", "ada@@example.com"]
)
def test_bad_email(email):
    assert validate(CustomerForm(given_name="Ada", email=email)) == {"email": "email_invalid"}


@pytest.mark.parametrize("email", ["ada@example.com", " ada.lovelace+crm@mail.example.co.uk ", "张伟@例子.中国"])
def test_good_email(email):
    assert validate(CustomerForm(given_name="Ada", email=email)) == {}


def test_unknown_language():
    assert validate(CustomerForm(given_name="Ada", preferred_language="fr")) == {
        "preferred_language": "language_unknown"
    }


def test_every_bad_field_is_reported_at_once():
    form = CustomerForm(phone="12", email="nope", preferred_language="xx")
    assert validate(form) == {
        "family_name": "name_required",
        "phone": "phone_wrong_length",
        "email": "email_invalid",
        "preferred_language": "language_unknown",
    }


def test_revalidating_a_fixed_form_clears_its_errors():
    form = CustomerForm(email="nope")
    assert validate(form)
    form.given_name, form.email = "Ada", "ada@example.com"
    assert validate(form) == {} and form.errors == {}


@pytest.mark.parametrize(
    ("given", "family", "shown"),
    [
        ("伟", "张", "张伟"),
        ("小明", "王", "王小明"),
        (" 小明 ", " 王 ", "王小明"),
        ("Ada", "Lovelace", "Ada Lovelace"),
        ("", "Lovelace", "Lovelace"),
        ("Ada", "", "Ada"),
    ],
)
def test_display_name_order(given, family, shown):
    form = CustomerForm(given_name=given, family_name=family, preferred_language="zh_CN")
    assert validate(form) == {}
    assert form.display_name() == shown


@pytest.mark.parametrize(
    ("score", "tier"),
    [
        (100, "platinum"),
        (90, "platinum"),
        (89, "gold"),
        (70, "gold"),
        (69, "silver"),
        (40, "silver"),
        (39, "bronze"),
        (0, "bronze"),
    ],
)
def test_tier_for_value_boundaries(score, tier):
    assert tier_for_value(score) == tier


# -- screen-pop warnings ---------------------------------------------------------------------
def view(**changes) -> CustomerView:
    base = dict(
        customer_id="c1",
        account_no="A1",
        display_name="Ada",
        kind="person",
        company_name="",
        preferred_language="en",
        tier="silver",
        vip=False,
        value_score=50,
        currency="USD",
        credit_limit_minor=0,
        balance_minor=0,
        churn_risk=0,
        do_not_call=False,
        consent_marketing=False,
        id_number="",
        card_number="",
        customer_since=None,
        masked=True,
    )
    base.update(changes)
    return CustomerView(**base)


def complaint() -> ComplaintView:
    return ComplaintView("CASE-1", "late delivery", "received", "high", datetime(2030, 1, 1, tzinfo=UTC), False)


def test_a_plain_customer_has_no_warnings():
    assert derive_warnings(view()) == []
    assert view().warnings == []


@pytest.mark.parametrize(
    ("changes", "warning"),
    [
        ({"vip": True}, PopWarning.VIP),
        ({"tier": "platinum"}, PopWarning.VIP),
        ({"credit_limit_minor": 100_000, "balance_minor": 95_000}, PopWarning.CREDIT_LIMIT),
        ({"credit_limit_minor": 100_000, "balance_minor": 120_000}, PopWarning.CREDIT_LIMIT),
        ({"churn_risk": 70}, PopWarning.CHURN_RISK),
        ({"churn_risk": 100}, PopWarning.CHURN_RISK),
        ({"do_not_call": True}, PopWarning.DO_NOT_CALL),
        ({"complaints": [complaint()]}, PopWarning.OPEN_COMPLAINT),
        ({"card_number": "•••• 1111"}, PopWarning.SENSITIVE),
        ({"id_number": "•• 7777"}, PopWarning.SENSITIVE),
        ({"notes": [("", True)]}, PopWarning.SENSITIVE),
    ],
)
def test_each_warning_is_triggered(changes, warning):
    assert derive_warnings(view(**changes)) == [warning]


@pytest.mark.parametrize(
    "changes",
    [
        {"tier": "gold"},
        {"credit_limit_minor": 100_000, "balance_minor": 94_999},
        {"credit_limit_minor": 0, "balance_minor": 50_000},  # no limit: nothing to warn about
        {"churn_risk": 69},
        {"complaints": []},
        {"card_number": "4111111111111111", "masked": False},  # the viewer sees it all: nothing hidden
        {"notes": [("called about an order", False)]},
        {"notes": [("private text", True)], "masked": False},
    ],
)
def test_warnings_not_triggered(changes):
    assert derive_warnings(view(**changes)) == []


def test_warnings_combine_in_a_stable_order():
    v = view(
        vip=True,
        credit_limit_minor=100,
        balance_minor=100,
        churn_risk=80,
        do_not_call=True,
        complaints=[complaint()],
        card_number="••••",
    )
    assert v.warnings == [
        PopWarning.VIP,
        PopWarning.CREDIT_LIMIT,
        PopWarning.CHURN_RISK,
        PopWarning.DO_NOT_CALL,
        PopWarning.OPEN_COMPLAINT,
        PopWarning.SENSITIVE,
    ]


# -- passwords -----------------------------------------------------------------------------------
def test_hash_and_verify():
    stored = hash_password("correct horse", FAST)
    assert stored.startswith("$argon2id$")
    assert "correct horse" not in stored
    assert verify_password(stored, "correct horse") is True
    assert verify_password(stored, "correct horsE") is False
    assert verify_password(stored, "") is False


def test_the_default_hasher_works_too():
    stored = hash_password("s3cret")
    assert verify_password(stored, "s3cret") and not verify_password(stored, "s3cret ")


def test_hashes_are_salted():
    assert hash_password("same", FAST) != hash_password("same", FAST)


def test_unicode_passwords():
    stored = hash_password("密码🔑", FAST)
    assert verify_password(stored, "密码🔑") and not verify_password(stored, "密码")


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "not a hash",
        "$argon2id$v=19$m=8,t=1,p=1$garbage",
        "$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
    ],
)
def test_garbage_hash_is_false_not_an_error(garbage):
    assert verify_password(garbage, "anything") is False


def test_empty_password_is_refused():
    with pytest.raises(ValueError):
        hash_password("")
