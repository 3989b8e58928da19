"""Phone numbers as agents type them and switches send them, to E.164."""

from __future__ import annotations

import pytest

from callcenter.core.phones import PhoneStatus, digits, display, normalise

# raw, default region, E.164, extension, region of the number
VALID = [
    # United States: every common way of writing one number
    ("(650) 253-0000", "US", "+16502530000", None, "US"),
    ("650.253.0000", "US", "+16502530000", None, "US"),
    ("650-253-0000", "US", "+16502530000", None, "US"),
    ("6502530000", "US", "+16502530000", None, "US"),
    ("(650)253-0000", "US", "+16502530000", None, "US"),
    ("650/253-0000", "US", "+16502530000", None, "US"),
    ("+1-650-253-0000", "US", "+16502530000", None, "US"),
    ("+1 (650) 253-0000", "US", "+16502530000", None, "US"),
    ("+1.650.253.0000", "US", "+16502530000", None, "US"),
    ("1 650 253 0000", "US", "+16502530000", None, "US"),
    ("  650 253 0000  ", "US", "+16502530000", None, "US"),
    ("tel:+1-650-253-0000", "US", "+16502530000", None, "US"),
    ("1-800-FLOWERS", "US", "+18003569377", None, "US"),  # vanity letters
    ("+1 650 253 0000", "CN", "+16502530000", None, "US"),  # international from anywhere
    ("001 650 253 0000", "GB", "+16502530000", None, "US"),
    # extensions
    ("(650) 253-0000 ext. 12", "US", "+16502530000", "12", "US"),
    ("650-253-0000 ext.12", "US", "+16502530000", "12", "US"),
    ("650-253-0000 EXT 12", "US", "+16502530000", "12", "US"),
    ("650-253-0000, ext. 12", "US", "+16502530000", "12", "US"),
    ("650-253-0000 x44", "US", "+16502530000", "44", "US"),
    ("650-253-0000x44", "US", "+16502530000", "44", "US"),
    ("650 253 0000 x 44", "US", "+16502530000", "44", "US"),
    ("650 253 0000 #7", "US", "+16502530000", "7", "US"),
    ("+1 650 253 0000 extension 9", "US", "+16502530000", "9", "US"),
    ("tel:+1-650-253-0000;ext=12", "US", "+16502530000", "12", "US"),
    ("(650) 253-0000 分机 88", "US", "+16502530000", "88", "US"),
    # Canada shares +1
    ("416-253-0000", "CA", "+14162530000", None, "CA"),
    ("+1 416 253 0000", "US", "+14162530000", None, "CA"),
    # China: mobiles, landlines with trunk 0, 00 and +86 prefixes, 400 numbers, 转/分机 extensions
    ("138 0013 8000", "CN", "+8613800138000", None, "CN"),
    ("13800138000", "CN", "+8613800138000", None, "CN"),
    ("+86 138 0013 8000", "US", "+8613800138000", None, "CN"),
    ("(+86) 138 0013 8000", "US", "+8613800138000", None, "CN"),
    ("+8613800138000", "US", "+8613800138000", None, "CN"),
    ("0086 138-0013-8000", "US", "+8613800138000", None, "CN"),
    ("+86 10 6552 9988", "US", "+861065529988", None, "CN"),
    ("+86 010 6552 9988", "US", "+861065529988", None, "CN"),
    ("010-65529988", "CN", "+861065529988", None, "CN"),
    ("(010) 6552 9988", "CN", "+861065529988", None, "CN"),
    ("0755-8888 6666", "CN", "+8675588886666", None, "CN"),
    ("400-820-8820", "CN", "+864008208820", None, "CN"),
    ("021-6321 5678 转 803", "CN", "+862163215678", "803", "CN"),
    ("+86-21-63215678分机12", "CN", "+862163215678", "12", "CN"),
    # full-width digits and punctuation from a CJK keyboard
    ("１３８００１３８０００", "CN", "+8613800138000", None, "CN"),
    ("＋８６ １３８ ００１３ ８０００", "US", "+8613800138000", None, "CN"),
    ("００８６ １３８ ００１３ ８０００", "US", "+8613800138000", None, "CN"),
    ("（６５０）２５３－００００", "US", "+16502530000", None, "US"),
    ("650-253-0000 ｘ１２", "US", "+16502530000", "12", "US"),
    # United Kingdom, including the '(0)' trunk prefix written after +44
    ("020 7946 0958", "GB", "+442079460958", None, "GB"),
    ("+44 (0)20 7946 0958", "US", "+442079460958", None, "GB"),
    ("+44(0)20 7946 0958", "GB", "+442079460958", None, "GB"),
    ("0044 20 7946 0958", "US", "+442079460958", None, "GB"),
    ("00 44 20 7946 0958", "US", "+442079460958", None, "GB"),
    ("011 44 20 7946 0958", "US", "+442079460958", None, "GB"),  # the US exit code
    ("0161 496 0000", "GB", "+441614960000", None, "GB"),
    ("07400 123456", "GB", "+447400123456", None, "GB"),
    ("+44 7400 123456", "US", "+447400123456", None, "GB"),
    ("+44 20 7946 0958 ext 123", "CN", "+442079460958", "123", "GB"),
    # Hong Kong, Singapore
    ("2123 4567", "HK", "+85221234567", None, "HK"),
    ("9123 4567", "HK", "+85291234567", None, "HK"),
    ("+852 2123 4567", "US", "+85221234567", None, "HK"),
    ("+852 9123 4567", "SG", "+85291234567", None, "HK"),
    ("6123 4567", "SG", "+6561234567", None, "SG"),
    ("8123 4567", "SG", "+6581234567", None, "SG"),
    ("+65 9123 4567", "US", "+6591234567", None, "SG"),
    # Germany, France
    ("030 123456", "DE", "+4930123456", None, "DE"),
    ("+49 (0)30 1234567", "US", "+49301234567", None, "DE"),
    ("0151 23456789", "DE", "+4915123456789", None, "DE"),
    ("+49 151 23456789", "US", "+4915123456789", None, "DE"),
    ("01 23 45 67 89", "FR", "+33123456789", None, "FR"),
    ("06 12 34 56 78", "FR", "+33612345678", None, "FR"),
    ("+33 (0)6 12 34 56 78", "US", "+33612345678", None, "FR"),
    ("+33 1 23 45 67 89", "GB", "+33123456789", None, "FR"),
    # Japan, Australia
    ("03-1234-5678", "JP", "+81312345678", None, "JP"),
    ("090-1234-5678", "JP", "+819012345678", None, "JP"),
    ("0120-123-456", "JP", "+81120123456", None, "JP"),
    ("+81 3-1234-5678", "US", "+81312345678", None, "JP"),
    ("+81 (0)3 1234 5678", "US", "+81312345678", None, "JP"),
    ("(02) 9876 5432", "AU", "+61298765432", None, "AU"),
    ("0412 345 678", "AU", "+61412345678", None, "AU"),
    ("+61 (0)2 9876 5432", "US", "+61298765432", None, "AU"),
    ("+61 412 345 678", "US", "+61412345678", None, "AU"),
]


@pytest.mark.parametrize(("raw", "region", "e164", "extension", "number_region"), VALID)
def test_valid_formats(raw, region, e164, extension, number_region):
    r = normalise(raw, region)
    assert r.status is PhoneStatus.VALID, r.problem
    assert r.ok
    assert (r.e164, r.extension, r.region) == (e164, extension, number_region)
    assert r.problem is None
    assert r.raw == raw  # the raw form is kept for display


def test_the_case_list_is_large():
    assert len(VALID) >= 40


@pytest.mark.parametrize(
    "raw",
    [
        "anonymous",
        "Anonymous ",
        " ANONYMOUS",
        "Private",
        "PRIVATE",
        "WITHHELD",
        "withheld",
        "Restricted",
        "Unknown",
        "unavailable",
        "P",
        "o",
        "",
        "   ",
        None,
        # longer carrier displays
        "Private Number",
        "Number withheld",
        "Unknown caller",
        "Blocked",
        "Out of area",
        "未知号码",
        "隐藏号码",
    ],
)
def test_withheld_markers(raw):
    r = normalise(raw, "US")
    assert r.status is PhoneStatus.WITHHELD
    assert not r.ok
    assert r.e164 is None and r.problem is None


# raw, region, problem text
INVALID = [
    ("12", "US", "wrong length"),
    ("000", "US", "wrong length"),
    ("00", "US", "wrong length"),
    ("+1 650 253 00", "US", "wrong length"),
    ("abc", "US", "no digits"),
    ("ext 5", "US", "no digits"),
    ("+", "US", "no digits"),
    ("+999 123", "US", "unknown country code"),
    ("+9991234567", "US", "unknown country code"),
    ("555-0100", "US", "not a number in use"),  # the fiction number, without an area code
    ("07700 900123", "GB", "not a number in use"),  # Ofcom's drama range
    ("13800138000", "US", "not a number in use"),  # a CN mobile read as a US number
    ("12345678901234567890123", "US", "too long"),
    ("1" * 40, "US", "too long"),
    ("+1 650 253 0000 0000 0000 00", "US", "too long"),
]


@pytest.mark.parametrize(("raw", "region", "problem"), INVALID)
def test_invalid_numbers_say_why(raw, region, problem):
    r = normalise(raw, region)
    assert r.status is PhoneStatus.INVALID
    assert not r.ok
    assert r.e164 is None
    assert r.problem == problem
    assert r.raw == raw


@pytest.mark.parametrize("raw", ["(650) 253-0000 ext. 12", "+44 (0)20 7946 0958", "１３８００１３８０００", "garbage"])
def test_normalise_never_raises_and_is_deterministic(raw):
    assert normalise(raw, "CN") == normalise(raw, "CN")


def test_region_decides_a_national_number():
    assert normalise("020 7946 0958", "GB").e164 == "+442079460958"
    assert normalise("020 7946 0958", "CN").e164 == "+862079460958"  # Guangzhou
    assert normalise("138 0013 8000", "CN").ok
    assert not normalise("138 0013 8000", "US").ok


@pytest.mark.parametrize(
    ("e164", "region", "shown"),
    [
        ("+16502530000", "US", "(650) 253-0000"),
        ("+16502530000", "CN", "+1 650-253-0000"),
        ("+8613800138000", "CN", "138 0013 8000"),
        ("+8613800138000", "US", "+86 138 0013 8000"),
        ("+861065529988", "CN", "010 6552 9988"),
        ("+442079460958", "GB", "020 7946 0958"),
        ("+442079460958", "US", "+44 20 7946 0958"),
        ("+85221234567", "HK", "2123 4567"),
        ("+81312345678", "JP", "03-1234-5678"),
        ("+61298765432", "AU", "(02) 9876 5432"),
    ],
)
def test_display_is_national_at_home_and_international_abroad(e164, region, shown):
    assert display(e164, region) == shown


def test_display_leaves_unparseable_text_alone():
    assert display("not a number") == "not a number"


def test_display_round_trips_through_normalise():
    for _raw, region, e164, _ext, _r in VALID[:40]:
        assert normalise(display(e164, region), region).e164 == e164


def test_digits():
    assert digits("+1 (650) 253-0000") == "16502530000"
    assert digits("") == "" and digits(None) == ""


def test_warm_up_parses_an_example_number_of_the_region():
    from callcenter.core.phones import warm_up

    assert warm_up("US") and warm_up("cn") and warm_up("GB")
    assert not warm_up("") and not warm_up("ZZ")  # no region, or one libphonenumber does not know
