"""Complaint figures read from a real store, and their CSV/XLSX export."""

from __future__ import annotations

import csv

import pytest
from figures_seed import AS_OF, END, START, figures_world

from callcenter.store.complaints import reports


@pytest.fixture
def world(store):
    return store, figures_world(store)


def test_figures_from_the_store_match_the_hand_worked_values(world):
    store, _ids = world
    f = reports.figures(store, START, END, "en", as_of=AS_OF)
    assert f.cases == 3  # the seed's own case (opened days ago) is outside March 2025
    assert f.volume == [("2025-03", "Billing", 1), ("2025-03", "Delivery", 1), ("2025-03", "Product quality", 1)]
    ack_el, ack_bh = f.times[("acknowledge", "elapsed_hours")], f.times[("acknowledge", "business_hours")]
    assert (ack_el.n, ack_el.median, ack_el.p90) == (2, 13, 25)  # 1 h and 25 h
    assert (ack_bh.median, ack_bh.p90) == (5, 9)  # 1 and 9 business hours
    res = f.times[("resolve", "elapsed_hours")]
    assert (res.n, res.median) == (1, 5)  # case 2 was reopened: not resolved now
    assert (f.breach.numerator, f.breach.denominator) == (2, 3)  # case 2 acknowledged late, case 3 never
    assert (f.reopen.numerator, f.reopen.denominator) == (1, 2)
    assert f.pareto == [("carrier_delay", "Carrier delay", 1, 1.0, 1.0)]
    complainers, never = f.recovery
    assert (complainers.csat_n, complainers.csat_mean, complainers.customers, complainers.repeat_buyers) == (
        1,
        4.0,
        1,
        1,
    )
    assert (never.csat_n, never.csat_mean, never.customers, never.repeat_buyers) == (2, 3.5, 2, 1)


def test_chinese_labels_and_an_empty_range(world):
    store, _ = world
    f = reports.figures(store, START, END, "zh_CN", as_of=AS_OF)
    assert {row[1] for row in f.volume} == {"账单", "配送", "产品质量"}
    assert f.tables[0].headers == ["期间", "类别", "投诉数"]
    assert f.pareto[0][1] == "承运商延误"
    empty = reports.figures(store, START.replace(year=2020), END.replace(year=2020), "en", as_of=AS_OF)
    assert empty.cases == 0 and empty.breach.value is None and empty.volume == [] and empty.pareto == []


def test_csv_export_with_bom_reads_back(world, tmp_path):
    store, _ = world
    f = reports.figures(store, START, END, "zh_CN", as_of=AS_OF)
    paths = reports.export_csv(f.tables, tmp_path / "report.csv")
    assert [p.name for p in paths] == [f"report-{k}.csv" for k in ("volume", "times", "rates", "pareto", "recovery")]
    assert paths[0].read_bytes().startswith(b"\xef\xbb\xbf")
    with open(paths[0], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["期间", "类别", "投诉数"]
    assert ["2025-03", "配送", "1"] in rows[1:]
    with open(paths[3], encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1] == ["carrier_delay", "承运商延误", "1", "1.0", "1.0"]
    with open(paths[2], encoding="utf-8-sig", newline="") as fh:
        rates = list(csv.reader(fh))
    assert rates[1][1:] == ["2", "3", "0.6667"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_xlsx_export_has_one_sheet_per_table(world, tmp_path):
    from openpyxl import load_workbook

    store, _ = world
    f = reports.figures(store, START, END, "en", as_of=AS_OF)
    path = reports.export_xlsx(f.tables, tmp_path / "report.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [t.title for t in f.tables]
    recovery = list(book["Recovery effect"].iter_rows(values_only=True))
    assert recovery[0][0] == "Customers"
    assert recovery[1] == ("Complainers whose case was resolved", 1, 4, 1, 1, 1)
    assert recovery[2] == ("Never complained", 2, 3.5, 2, 1, 0.5)
    times = {
        (r[0], r[1]): r[2:] for r in book["Time to acknowledge and resolve"].iter_rows(min_row=2, values_only=True)
    }
    assert times[("Time to acknowledge", "Business hours")] == (2, 5, 9, 5)


def test_a_folder_that_is_not_there_is_a_plain_error_and_leaves_nothing(world, tmp_path):
    store, _ = world
    f = reports.figures(store, START, END, "en", as_of=AS_OF)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "report"  # a file where the user expected a folder: fails for root too
    blocker.write_text("")
    with pytest.raises(reports.ExportError, match="that folder does not exist. Nothing was written"):
        reports.export_xlsx(f.tables, blocker / "r.xlsx")
    assert [p.name for p in out.iterdir()] == ["report"] and blocker.read_text() == ""


def test_permission_refused_is_a_plain_error(world, tmp_path, monkeypatch):
    store, _ = world
    f = reports.figures(store, START, END, "en", as_of=AS_OF)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reports.tempfile, "mkstemp", refuse)  # as root a read-only folder is still writable
    with pytest.raises(reports.ExportError) as err:
        reports.export_csv(f.tables, tmp_path / "r.csv")
    assert (
        str(err.value) == f"Could not save r-volume.csv in {tmp_path}: you are not allowed to write there. "
        "Nothing was written."
    )


def test_missing_folder_and_a_failed_write_leave_no_half_file(world, tmp_path):
    store, _ = world
    f = reports.figures(store, START, END, "en", as_of=AS_OF)
    with pytest.raises(reports.ExportError, match="does not exist"):
        reports.export_csv(f.tables, tmp_path / "nowhere" / "r.csv")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "r.xlsx"
    target.write_bytes(b"old")

    def full_disk(fh):
        fh.write(b"partial")
        raise OSError(28, "No space left on device")

    with pytest.raises(reports.ExportError, match="disk is full"):
        reports.write_atomically(target, full_disk, "wb")
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert [p.name for p in out.iterdir()] == ["r.xlsx"]


def test_shipped_root_causes_load():
    from callcenter.store.complaints import root_causes

    codes = [c.code for c in root_causes()]
    assert len(codes) >= 8 and len(set(codes)) == len(codes) and all(c.zh_CN for c in root_causes())
