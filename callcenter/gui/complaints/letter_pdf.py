"""Print a letter's HTML to an A4 PDF (QTextDocument + QPdfWriter)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from callcenter.core.complaints.export import ExportError, plain_error

_MARGIN_MM = 20
# Latin text in a sans face; Chinese falls back to a CJK face through the font database.
_FAMILIES = ["Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "sans-serif"]


def write_letter_pdf(html: str, path: str | Path) -> None:
    """Write the PDF next to ``path`` first and rename it, so no half-written file is left.

    Raises ``ExportError`` (why, and the path) when the folder cannot be written. Safe off the
    GUI thread (the case window prints letters on a worker).
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise plain_error(exc, path) from exc
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(300)
        writer.setTitle(path.stem)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = QTextDocument()
        font = QFont()
        font.setFamilies(_FAMILIES)
        font.setPointSize(11)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.print_(writer)
        del writer  # finishes the file
        if os.path.getsize(tmp) == 0:
            raise ExportError("empty", path)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise plain_error(exc, path) from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
