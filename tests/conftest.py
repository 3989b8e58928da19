import atexit
import os
import shutil
import sys
import tempfile
import threading
from collections import Counter

# Qt widgets run offscreen in tests; screenshots use Xvfb (make screenshots).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CALLCENTER_DATA_DIR", "/nonexistent-do-not-use")
# The log, the benchmarks' demo cache and any other user folder: this run's own, never the
# user's (a run would write the real log and race a benchmark for its cached demo store).
os.environ["CALLCENTER_TEST_USER_DIRS"] = tempfile.mkdtemp(prefix="callcenter-tests-")
os.environ["XDG_STATE_HOME"] = os.path.join(os.environ["CALLCENTER_TEST_USER_DIRS"], "state")
os.environ["XDG_CACHE_HOME"] = os.path.join(os.environ["CALLCENTER_TEST_USER_DIRS"], "cache")

import pytest

atexit.register(shutil.rmtree, os.environ["CALLCENTER_TEST_USER_DIRS"], True)

# -- no store work on the GUI thread ------------------------------------------------------
# Every connection taken from a store's pool while code of callcenter.gui is on the
# stack of the main (GUI) thread is a defect: the window would freeze on a slow disk.
# CALLCENTER_GUI_GUARD=fail (default) fails the test; =report lists them at the end.
GUARD_MODE = os.environ.get("CALLCENTER_GUI_GUARD", "fail")
_violations: list[str] = []
_all_violations: Counter = Counter()


class StoreOnGuiThread(AssertionError):
    pass


def _gui_frame():
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith("callcenter.gui."):
            return f"{name}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return None


def _guard() -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    where = _gui_frame()
    if where is None:
        return
    _violations.append(where)
    _all_violations[where] += 1
    if GUARD_MODE == "fail":
        raise StoreOnGuiThread(f"store opened on the GUI thread at {where}")


def pytest_configure(config):
    from callcenter.store.db import set_connection_guard

    set_connection_guard(_guard)


def pytest_collection_modifyitems(config, items):
    """Markers from what a test needs: Qt widgets (gui), the PostgreSQL server (postgres)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if "qtbot" in names or "qapp" in names or item.path.name.startswith("test_gui_"):
            item.add_marker(pytest.mark.gui)
        if "pg_cluster" in names or "server_db_url" in names or "postgresql" in item.name:
            item.add_marker(pytest.mark.postgres)


def pytest_terminal_summary(terminalreporter):
    if _all_violations:
        terminalreporter.section("store work on the GUI thread")
        for where, n in _all_violations.most_common():
            terminalreporter.write_line(f"{n:5d}  {where}")


@pytest.fixture(autouse=True)
def _no_store_on_gui_thread():
    _violations.clear()
    yield
    if GUARD_MODE == "fail" and _violations:
        found = sorted(set(_violations))
        _violations.clear()
        pytest.fail(f"store opened on the GUI thread: {found}", pytrace=False)


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


@pytest.fixture(scope="session")
def pg_cluster():
    """A real PostgreSQL for the whole run, started as a non-root user. Missing
    binaries fail the tests (CI installs them with packaging/system-deps.sh test)."""
    from callcenter.sync.pg_cluster import PgCluster

    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


_db_counter = iter(range(1, 1_000_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request, tmp_path):
    """A fresh, empty server database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return request.getfixturevalue("pg_cluster").create_database(f"t{next(_db_counter)}")
