"""Where files live by default: platform user dirs, overridable by flags and env."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir, user_log_dir

APP = "callcenter"


def data_dir() -> Path:
    return Path(os.environ.get("CALLCENTER_DATA_DIR") or user_data_dir(APP, appauthor=False))


def default_db() -> Path:
    env = os.environ.get("CALLCENTER_DB")
    return Path(env) if env else data_dir() / "callcenter.db"


def demo_db() -> Path:
    return data_dir() / "demo.db"


def log_dir() -> Path:
    return Path(user_log_dir(APP, appauthor=False))


def cache_dir() -> Path:
    return Path(os.environ.get("CALLCENTER_CACHE_DIR") or user_cache_dir(APP, appauthor=False))
