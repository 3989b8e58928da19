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
