import os

# Qt widgets run offscreen in tests; screenshots use Xvfb (make screenshots).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CALLCENTER_DATA_DIR", "/nonexistent-do-not-use")

import pytest  # noqa: E402


@pytest.fixture
def store(tmp_path):
    from callcenter.store.db import Store

    s = Store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def seeded(store):
    """The store with the small hand-made data set of tests/seed.py: (store, ids)."""
    from seed import seed

    return store, seed(store)


@pytest.fixture
def settings(tmp_path):
    """GUI settings in a private file: no ring sound, US numbering."""
    from PySide6.QtCore import QSettings

    from callcenter.gui.settings import Settings

    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set("calls/ring_sound", False)
    s.set("calls/default_region", "US")
    return s
