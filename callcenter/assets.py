"""One accessor for shipped files (resources/, ui/); never paths relative to the cwd."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def resource(*parts: str) -> Path:
    """A real filesystem path to a file under resources/ (works from wheel and editable)."""
    ref = files("callcenter.resources").joinpath(*parts)
    with as_file(ref) as path:  # a no-op for a normal install; extracts from a zip otherwise
        return Path(path)


def ui_form(name: str) -> Path:
    with as_file(files("callcenter.ui").joinpath(name)) as path:
        return Path(path)
