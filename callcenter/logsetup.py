"""Logging to a rotating file in the user log dir. No personal data at INFO: code logs
codes and ids, never names or numbers, and the formatter redacts any email address or
phone-like number that slips into a message or a traceback all the same."""

from __future__ import annotations

import logging
import logging.handlers

from callcenter.core.logs import redact
from callcenter.paths import log_dir

LOG_FILE = "callcenter.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)  # the other handlers see the original
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return super().format(record)


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # read-only home or full disk: log to stderr instead of failing to start
        handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
