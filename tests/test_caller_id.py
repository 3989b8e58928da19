"""Caller-number cleaning (core/caller_id.py): each expected value worked out by hand
from the header and the site's rules, then checked against the screen pop's own E.164
reading (core.phones.normalise) where the result is a full number."""

from __future__ import annotations

import pytest

from callcenter.core.caller_id import (
    ANONYMOUS,
    CallerIdRules,
    caller_number,
    clean_number,
    explain,
    header_uri,
    pick_identity,
    uri_number,
)
from callcenter.core.phones import normalise

UK = CallerIdRules(outside_line_prefix="9", international_prefix="00", country_code="44", national_prefix="0")
US = CallerIdRules(outside_line_prefix="9", international_prefix="011", country_code="1", national_prefix="1")


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ('"Alice Smith" <sip:+442079460000@example.com;user=phone>;tag=a83b', "+442079460000"),
        ("<sips:02079460000@pbx.example.com:5061;transport=tls>", "02079460000"),
        ("sip:8005550100@10.0.0.1;tag=9", "8005550100"),  # addr-spec without brackets: params are the header's
        ("<tel:+44-20-7946-0000>", "+442079460000"),
        ("tel:+1.415.555.0100;ext=12", "+14155550100"),  # tel: parameters dropped, separators too
        ("<tel:7946-0000;phone-context=+4420>", "+442079460000"),  # local number in a global context
        ("<sip:%2B33142685300@sbc.example.net>", "+33142685300"),  # escaped '+'
        ("<sip:(020)%207946%200000@x>", "02079460000"),
        ('"Anonymous" <sip:anonymous@anonymous.invalid>;tag=1', ANONYMOUS),
        ("<sip:pbx.example.com>", ""),  # no user part
        ("  +86 138 0013 8000 ", "+8613800138000"),  # a bare number
    ],
)
def test_uri_number(value, number):
    assert uri_number(value) == number


def test_header_uri_takes_the_name_addr_or_the_addr_spec():
    assert header_uri('"Bob, Sales" <sip:1001@h>;tag=x') == "sip:1001@h"
    assert header_uri("sip:1001@h;tag=x") == "sip:1001@h"


def test_p_asserted_identity_wins_over_remote_party_id_over_from():
    headers = {
        "From": "<sip:1000@pbx>;tag=1",
        "Remote-Party-ID": '"X" <sip:02079460001@pbx>;party=calling;screen=yes',
        "P-Asserted-Identity": "<sip:+442079460002@trunk>",
    }
    assert pick_identity(headers) == ("p-asserted-identity", "+442079460002")
    del headers["P-Asserted-Identity"]
    assert pick_identity(headers) == ("remote-party-id", "02079460001")
    del headers["Remote-Party-ID"]
    assert pick_identity(headers) == ("from", "1000")
    # a site that trusts From first
    headers["P-Asserted-Identity"] = "<sip:+442079460002@trunk>"
    assert pick_identity(headers, ("from", "p-asserted-identity")) == ("from", "1000")


def test_a_withheld_from_falls_back_and_all_withheld_is_anonymous():
    headers = {"f": "<sip:anonymous@anonymous.invalid>;tag=1", "p-asserted-identity": "<tel:+14155550100>"}
    assert pick_identity(headers) == ("p-asserted-identity", "+14155550100")
    assert pick_identity({"From": "<sip:anonymous@anonymous.invalid>"}) == ("", ANONYMOUS)
    assert caller_number({"From": "<sip:anonymous@anonymous.invalid>"}) == ANONYMOUS
    assert pick_identity({}) == ("", "")


def test_a_pai_with_two_identities_takes_the_first_with_a_number():
    pai = '"Alice, Ltd" <sip:anonymous@anonymous.invalid>, <tel:+442079460000>'
    assert pick_identity({"P-Asserted-Identity": pai}) == ("p-asserted-identity", "+442079460000")


@pytest.mark.parametrize(
    ("raw", "rules", "cleaned"),
    [
        # UK site, outside line 9, national trunk prefix 0, country 44
        ("9 020 7946 0000", UK, "+442079460000"),  # 9 stripped, then 0 → +44
        ("02079460000", UK, "+442079460000"),
        ("00442079460000", UK, "+442079460000"),  # 00 → +
        ("9 00 33 1 42 68 53 00", UK, "+33142685300"),  # 9, then 00 → +
        ("+44 (0)20 7946 0000", UK, "+442079460000"),  # the "(0)" of printed numbers is not dialled
        ("9123", UK, "9123"),  # an extension starting with 9: too short to be an outside number
        ("2079460000", UK, "2079460000"),  # no trunk prefix: left for the default region
        # North America: outside line 9, 011 international, national prefix 1
        ("9 1 415 555 0100", US, "+14155550100"),
        ("011 44 20 7946 0000", US, "+442079460000"),
        ("4155550100", US, "4155550100"),
        # no rules beyond the defaults: 00 → +, nothing else
        ("0033142685300", None, "+33142685300"),
        ("020 7946 0000", None, "02079460000"),
        ("", None, ""),
    ],
)
def test_clean_number(raw, rules, cleaned):
    assert clean_number(raw, rules) == cleaned


def test_cleaned_numbers_read_as_the_same_e164_the_pop_matches():
    # the demo customer's number, +44 20 7946 0000, in the forms switches deliver
    forms = [
        {"From": "<sip:9-020-7946-0000@pbx>"},
        {"From": "<sip:1000@pbx>", "P-Asserted-Identity": "<sip:00442079460000@trunk>"},
        {"Remote-Party-ID": "<tel:+44-20-7946-0000>;party=calling"},
    ]
    for headers in forms:
        assert normalise(caller_number(headers, UK), "US").e164 == "+442079460000"


def test_explain_lists_each_step():
    steps = explain({"From": "<sip:9-020-7946-0000@pbx>"}, UK)
    assert steps == [
        ("header", "from"),
        ("read", "902079460000"),
        ("outside_line", "02079460000"),
        ("national", "+442079460000"),
    ]


def test_rules_from_settings():
    rules = CallerIdRules.from_settings(
        {"preference": "From, P-Asserted-Identity", "outside_line_prefix": " 9 ", "country_code": "+44"}
    )
    assert rules.preference == ("from", "p-asserted-identity")
    assert rules.outside_line_prefix == "9" and rules.country_code == "44"
    assert rules.international_prefix == "00" and rules.national_prefix == "0"
