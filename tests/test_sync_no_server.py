"""Background sync on a console with no sync server set: no traceback in the log, no
failure at ERROR, and no round after round of retrying: it waits for Sync settings."""

from __future__ import annotations

import logging

from callcenter.gui.ops import wait_for_ops


def test_background_sync_without_a_server_stays_quiet(qtbot, store, caplog):
    from callcenter.gui.sync.sync_controller import SyncController
    from callcenter.sync.client import NOT_CONFIGURED

    caplog.set_level(logging.DEBUG)
    c = SyncController(store)
    try:
        for _ in range(3):  # three background rounds
            c.sync_now()
            qtbot.waitUntil(lambda: c.problem is not None and not c.running, timeout=10000)
            assert c.problem.params["reason"] == NOT_CONFIGURED
        wait_for_ops(5000, c.pool)
        loud = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
        assert loud == [], [r.getMessage() for r in loud]
        assert not c.timer.isActive()  # nothing to retry until a server is set
        assert c.error  # the status panel still says why
    finally:
        c.stop()
        wait_for_ops(5000, c.pool)
