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
