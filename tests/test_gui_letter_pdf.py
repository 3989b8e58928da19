"""A letter printed to PDF under the offscreen platform."""

from __future__ import annotations

import pytest
from test_letters import FACTS

from callcenter.core.complaints.letters import render
from callcenter.store.complaints import letters as complaint_letters
from callcenter.store.complaints.reports import ExportError


def test_a_chinese_letter_becomes_a_real_pdf(qapp, tmp_path):
    from callcenter.gui.complaints.letter_pdf import write_letter_pdf

    html = render(complaint_letters.template("resolution", "zh_CN"), FACTS, "zh_CN")
    target = tmp_path / "letter.pdf"
    write_letter_pdf(html, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]  # no temporary file left


def test_an_unwritable_folder_is_a_plain_error(qapp, tmp_path):
    from callcenter.gui.complaints.letter_pdf import write_letter_pdf

    with pytest.raises(ExportError, match="does not exist. Nothing was written"):
        write_letter_pdf("<p>x</p>", tmp_path / "missing" / "letter.pdf")
