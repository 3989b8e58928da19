"""``validate.row_checker`` (the pull's checks written out per table, run on every row of a
snapshot) agrees with ``validate.check_change`` itself on generated rows, good and bad."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from callcenter.sync import validate

GOOD_STAMP = "01a237494d7a-0000-01a23749-4bc4-75f0-9bf4-c365586a082a"
GOOD_DT = "2026-12-02T15:04:40.570651+00:00"

stamps = st.one_of(
    st.just(GOOD_STAMP),
    st.just("ffffffffffff-ffff-elsewhere"),  # beyond the last wall clock
    st.just("e677d21fdbff-ffff-x"),  # the last one
    st.just("e677d21fdc00-0000-x"),  # one millisecond beyond it
    st.just("01a237494d7a-0000-"),  # no device
    st.just("01a237494d7a-0000-a b"),  # white space in the device
    st.just("01A237494D7A-0000-dev"),  # capital hex
    st.just("01a237494d7a-000g-dev"),
    st.just("01a237494d7a-0000-" + "d" * 47),  # too long
    st.text(max_size=70),
    st.integers(),
    st.none(),
)

values = {
    "str": st.one_of(st.text(max_size=5), st.integers(), st.none(), st.booleans()),
    "int": st.one_of(
        st.integers(),
        st.integers(min_value=2**63 - 2, max_value=2**63 + 2),
        st.booleans(),
        st.floats(),
        st.text(max_size=3),
        st.none(),
    ),
    "float": st.one_of(st.floats(), st.integers(), st.booleans(), st.text(max_size=3), st.none()),
    "bool": st.one_of(st.booleans(), st.integers(-1, 2), st.floats(), st.text(max_size=3), st.none()),
    "dt": st.one_of(
        st.just(GOOD_DT),
        st.just("2026-12-02T15:04:40"),  # no offset
        st.just("2026-13-02T15:04:40.570651+00:00"),  # no 13th month
        st.just("2026-12-02 15:04:40+08:00"),
        st.text(max_size=40),
        st.integers(),
        st.none(),
    ),
}


@st.composite
def rows(draw):
    table = draw(st.sampled_from(sorted(validate.tables())))
    cols = validate.tables()[table]
    row: dict = {}
    for col in cols.values():
        choice = draw(st.integers(0, 9))
        if choice == 0:
            continue  # the column missing
        good = {"str": "x", "int": 1, "float": 1.5, "bool": True, "dt": GOOD_DT}[col.kind]
        row[col.name] = good if choice > 3 else draw(values[col.kind])
    row["id"] = draw(st.one_of(st.just("01a23749-4d7a-7f5f-9bed-3c55c14aebe3"), st.text(max_size=40), st.integers()))
    row["hlc"] = draw(stamps)
    if draw(st.booleans()):
        row["not_a_column"] = 1  # the pull does not mind (not strict)
    return table, row


@settings(max_examples=600)
@given(rows())
def test_the_fast_row_check_agrees_with_check_change(case):
    table, row = case
    change = {"table": table, "id": row.get("id"), "hlc": row.get("hlc"), "deleted": row.get("deleted"), "row": row}
    assert validate.row_checker(table)(row) == (validate.check_change(0, change, strict=False) is None)


def test_a_good_row_passes_and_each_kind_of_bad_value_fails():
    cols = validate.tables()["customers"]
    row = {c.name: {"str": "x", "int": 1, "float": 1.5, "bool": False, "dt": GOOD_DT}[c.kind] for c in cols.values()}
    row["hlc"] = GOOD_STAMP
    check = validate.row_checker("customers")
    assert check(row)
    assert not check({**row, "hlc": "ffffffffffff-ffff-elsewhere"})
    assert not check({**row, "value_score": "ninety"})
    assert not check({**row, "customer_since": "not a date"})
    assert not check({**row, "vip": "yes"})
