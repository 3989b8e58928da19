"""`callcenter analytics clv` on a CSV: the JSON keys, predictions, bad input in plain words."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import numpy as np
import pytest

from callcenter.cli import main
from callcenter.core.analytics import clv


def _write_simulated(path, n=1500, seed=3):
    true = clv.BGNBD(r=0.8, alpha=30.0, a=0.6, b=2.5)
    rng = np.random.default_rng(seed)
    start, end = date(2024, 1, 1), date(2024, 12, 31)
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["customer_id", "date", "amount"])
        for i in range(n):
            first = start + timedelta(days=int(rng.integers(0, 200)))
            _, _, times = clv.simulate_bgnbd(true, np.array([float((end - first).days + 90)]), rng)
            w.writerow([f"C{i}", first.isoformat(), f"{rng.gamma(4, 10):.2f}"])
            for t in times[0]:
                w.writerow([f"C{i}", (first + timedelta(days=max(1, round(t)))).isoformat(), f"{rng.gamma(4, 10):.2f}"])
    return true, end


def test_clv_command_prints_the_fit_and_writes_predictions(tmp_path, capsys):
    src = tmp_path / "tx.csv"
    true, end = _write_simulated(src)
    out = tmp_path / "pred.csv"
    code = main(
        [
            "analytics",
            "clv",
            "--transactions",
            str(src),
            "--calibration-end",
            end.isoformat(),
            "--out",
            str(out),
            "--horizon-days",
            "90",
            "--json",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["customers"] == 1500
    assert set(result["bgnbd"]) == {"r", "alpha_days", "a", "b"}
    assert set(result["gamma_gamma"]) == {"p", "q", "v"}
    assert result["bgnbd"]["r"] == pytest.approx(true.r, rel=0.3)
    assert result["bgnbd"]["alpha_days"] == pytest.approx(true.alpha, rel=0.3)
    with out.open() as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1500
    assert {"customer_id", "p_alive", "expected_purchases", "clv"} <= set(rows[0])
    assert all(0 <= float(r["p_alive"]) <= 1 for r in rows)
    # the predictions are honest on the held-out 90 days: within 20 % of what happened
    assert result["holdout_predicted"] == pytest.approx(result["holdout_actual"], rel=0.2)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("id,when,amount\n1,2024-01-01,3\n", "needs the columns"),
        ("customer_id,date,amount\n1,yesterday,3\n", "is not a date"),
        ("customer_id,date,amount\n1,2024-01-01,lots\n", "is not a number"),
        ("customer_id,date,amount\n", "has no transactions"),
        ("customer_id,date,amount\n1,2024-01-01,3\n2,2024-01-02,4\n", "cannot fit"),
    ],
)
def test_bad_input_gets_one_clear_line(tmp_path, capsys, content, words):
    src = tmp_path / "bad.csv"
    src.write_text(content)
    assert main(["analytics", "clv", "--transactions", str(src), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert words in captured.err and "Traceback" not in captured.err
