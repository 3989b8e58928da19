"""Logging to a rotating file in the user log dir. No personal data at INFO."""

from __future__ import annotations

import logging
import logging.handlers

from callcenter.paths import log_dir


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / "callcenter.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # read-only home or full disk: log to stderr instead of failing to start
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
