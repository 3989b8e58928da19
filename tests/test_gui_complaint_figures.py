"""The complaint figures panel on a seeded store: it loads off the GUI thread and exports."""

from __future__ import annotations

import csv

import pytest
from figures_seed import figures_world


@pytest.fixture
def panel(qtbot, store):
    from callcenter.gui.complaints.figures_panel import FiguresPanel

    figures_world(store)
    w = FiguresPanel(store, "en")
    qtbot.addWidget(w)
    w.range.setCurrentIndex(2)  # all time: the seeded cases are from March 2025
    qtbot.waitUntil(lambda: w.figures is not None and w.figures.start is None, timeout=10_000)
    return w


def test_panel_shows_the_figures(panel):
    f = panel.figures
    assert f.cases == 4  # three seeded in March 2025 plus the seed's own case
    assert panel.tiles["breach"].text().endswith("%")
    assert panel.tiles["ack"].text() == "5.0 h"  # median of 1 and 9 business hours
    assert panel.recovery.rowCount() == 2
    assert panel.recovery.item(0, 0).text() == "Complaint resolved"
    assert panel.recovery.item(1, 1).text().startswith("3.50")
    stacked = panel.volume_chart.series()[0]
    assert {s.label() for s in stacked.barSets()} >= {"Billing", "Delivery", "Product quality"}
    bars, line = panel.pareto_chart.series()
    assert line.count() == len(f.pareto) and line.at(line.count() - 1).y() == pytest.approx(100)
    assert panel.xlsx_button.isEnabled()


def test_export_writes_files_and_a_failure_is_said_plainly(qtbot, panel, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(panel, "_ask_path", lambda kind: str(tmp_path / f"out.{kind}"))
    for button in (panel.csv_button, panel.xlsx_button):
        with qtbot.waitSignal(panel.exported, timeout=10_000) as written:
            button.click()
        assert written.args == [True]
    with open(tmp_path / "out-volume.csv", encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == ["Period", "Category", "Cases"]
    assert len(load_workbook(tmp_path / "out.xlsx").sheetnames) == 5
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    with qtbot.waitSignal(panel.exported, timeout=10_000) as written:
        panel.export_to("xlsx", str(tmp_path / "missing" / "out.xlsx"))
    assert written.args == [False]
    assert said and "does not exist" in said[0]
