"""Render the application icon's PNGs from its SVG (Qt's QSvgRenderer).

    python -m tools.render_icons

packaging/linux/icons/hicolor/scalable/apps/<id>.svg -> hicolor/<N>x<N>/apps/<id>.png for the
usual sizes. The PNGs are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.callcenter.Console"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int, hicolor: Path = HICOLOR) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path = SVG, sizes: tuple[int, ...] = SIZES, hicolor: Path = HICOLOR) -> list[Path]:
    """Write one PNG per size under ``hicolor`` (the committed icon theme folder by default)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg.name}")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = png_path(size, hicolor)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"could not write {out.name}")
        written.append(out)
    return written


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
