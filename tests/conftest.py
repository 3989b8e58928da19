import os

# Qt widgets run offscreen in tests; screenshots use Xvfb (make screenshots).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CALLCENTER_DATA_DIR", "/nonexistent-do-not-use")

import pytest


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
