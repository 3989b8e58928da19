"""The application log as data: redacting personal data out of log text, and reading
log lines back into entries for the log viewer. Pure functions, no files.

Log lines look like ``2026-12-02 07:10:00,123 INFO callcenter.gui.ops: text``; a line
that does not start like that (a traceback) belongs to the entry above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),(\d{3}) ([A-Z]+) ([\w.\-]+): ?(.*)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A phone-like run: at least 7 digits with the usual separators, not part of a longer word.
_PHONE = re.compile(r"(?<![\w.-])\+?\(?\d[\d ().-]{5,}\d(?![\w-])")


def redact(text: str) -> str:
    """``text`` with email addresses and phone-like numbers replaced (a safety net: code
    should never log them in the first place)."""
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub(lambda m: "[number]" if sum(ch.isdigit() for ch in m.group()) >= 7 else m.group(), text)


@dataclass(frozen=True)
class LogEntry:
    at: datetime  # local time of the machine, as written
    level: str
    logger: str
    text: str  # the message and any lines that followed it (a traceback)


def parse(lines: Iterable[str]) -> list[LogEntry]:
    entries: list[LogEntry] = []
    for raw in lines:
        line = raw.rstrip("\n")
        m = _LINE.match(line)
        if m:
            at = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").replace(microsecond=int(m.group(2)) * 1000)
            entries.append(LogEntry(at, m.group(3), m.group(4), m.group(5)))
        elif entries and line:
            last = entries[-1]
            entries[-1] = LogEntry(last.at, last.level, last.logger, last.text + "\n" + line)
    return entries


def select(
    entries: Iterable[LogEntry],
    min_level: str = "DEBUG",
    start: datetime | None = None,
    end: datetime | None = None,
    text: str = "",
) -> list[LogEntry]:
    """Entries at ``min_level`` or above, in [start, end), containing ``text`` (any case)."""
    floor = LEVELS.index(min_level) if min_level in LEVELS else 0
    needle = text.strip().casefold()
    return [
        e
        for e in entries
        if (LEVELS.index(e.level) if e.level in LEVELS else 0) >= floor
        and (start is None or e.at >= start)
        and (end is None or e.at < end)
        and (not needle or needle in e.text.casefold() or needle in e.logger.casefold())
    ]
