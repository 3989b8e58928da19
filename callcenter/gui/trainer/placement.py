"""Where the role-play's windows go: all of them fully on the available screen area,
the trainee's dialogue beside the training console (never under it), and the trainer's
controls on another screen when there is one, else under the dialogue."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GAP = 6
MIN_SIDE = QSize(420, 360)  # the narrowest dialogue that still reads


def fit(rect: QRect, area: QRect) -> QRect:
    """``rect`` moved (and shrunk if need be) to lie fully inside ``area``."""
    w, h = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.left()), area.left() + area.width() - w)
    y = min(max(rect.y(), area.top()), area.top() + area.height() - h)
    return QRect(x, y, w, h)


def beside(
    area: QRect,
    main: QSize,
    side: QSize,
    below: QSize | None = None,
    main_min: QSize | None = None,
    side_min: QSize | None = None,
    below_min: QSize | None = None,
) -> tuple[QRect, QRect, QRect | None]:
    """Frames for the console (``main``, on the left), the dialogue (``side``, on its right)
    and optionally the trainer's controls (``below``, under the dialogue), all inside ``area``.
    The console gives up width before the dialogue drops under its minimum; only when the
    area is too small for both do they overlap (the dialogue stays fully visible)."""
    floor = max(MIN_SIDE.width(), side_min.width() if side_min is not None else 0)
    side_w = min(max(min(side.width(), area.width() - main.width() - GAP), floor), area.width())
    least = main_min.width() if main_min is not None else 1
    main_w = min(max(min(main.width(), area.width() - side_w - GAP), least), area.width())
    main_rect = fit(QRect(area.left(), area.top(), main_w, main.height()), area)
    x = min(main_rect.right() + 1 + GAP, area.left() + area.width() - side_w)
    if below is None:
        side_rect = fit(QRect(x, area.top(), side_w, side.height()), area)
        return main_rect, side_rect, None
    below_h = min(below.height(), max(area.height() // 3, MIN_SIDE.height() // 2))
    below_h = max(below_h, below_min.height() if below_min is not None else 0)
    side_least = max(MIN_SIDE.height() // 2, side_min.height() if side_min is not None else 0)
    side_h = max(min(side.height(), area.height() - below_h - GAP), side_least)
    side_rect = fit(QRect(x, area.top(), side_w, side_h), area)
    below_rect = fit(QRect(x, side_rect.bottom() + 1 + GAP, side_w, area.height() - side_h - GAP), area)
    return main_rect, side_rect, below_rect


def _frame_extra(w: QWidget) -> QSize:
    return w.frameGeometry().size() - w.geometry().size()


def _least(w: QWidget) -> QSize:
    """The smallest frame ``w`` can be resized to."""
    return w.minimumSizeHint().expandedTo(w.minimumSize()) + _frame_extra(w)


def _set_frame(w: QWidget, frame: QRect, area: QRect) -> None:
    """Resize and move ``w``'s frame to ``frame``; if it cannot be that small, keep the frame
    it gets fully inside ``area`` all the same."""
    extra = _frame_extra(w)
    w.resize(max(1, frame.width() - extra.width()), max(1, frame.height() - extra.height()))
    got = fit(QRect(frame.topLeft(), w.size() + extra), area)
    w.move(QPoint(got.x(), got.y()))


def place_session(console: QWidget, dialogue: QWidget, trainer: QWidget | None) -> None:
    """Lay the console, the dialogue and the trainer's controls out on the console's screen."""
    screen = console.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    others = [s for s in QGuiApplication.screens() if s is not screen]
    on_own_screen = trainer is not None and bool(others)
    main_rect, side_rect, below_rect = beside(
        area,
        console.frameGeometry().size(),
        dialogue.frameGeometry().size(),
        None if trainer is None or on_own_screen else trainer.frameGeometry().size(),
        _least(console),
        _least(dialogue),
        None if trainer is None else _least(trainer),
    )
    _set_frame(console, main_rect, area)
    _set_frame(dialogue, side_rect, area)
    if trainer is not None:
        if on_own_screen:
            other = others[0].availableGeometry()
            _set_frame(trainer, fit(QRect(other.topLeft(), trainer.frameGeometry().size()), other), other)
        elif below_rect is not None:
            _set_frame(trainer, below_rect, area)
