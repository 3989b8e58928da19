"""``GET /v1/wait``: a console long-polls the server and hears of another console's push at
once (how a supervisor's forced state or a colleague's edit reaches it within a second),
on both server backends; the wait ends with "nothing new" after its timeout."""

from __future__ import annotations

import threading

import pytest
from sync_helpers import InProcessServer

from callcenter.store.models import Customer
from callcenter.sync.client import UNAUTHORISED, SyncClient, SyncError


@pytest.fixture
def site(server_db_url, tmp_path):
    srv = InProcessServer(server_db_url)
    srv.user("sup", "supervisor")
    a, b = srv.console(tmp_path / "a.db", "sup"), srv.console(tmp_path / "b.db", "sup")
    a.sync_round()
    b.sync_round()
    yield srv, a, b
    for c in (a, b):
        c.store.close()
    srv.close()


def _new_customer(client: SyncClient, account: str) -> None:
    with client.store.transaction() as s:
        s.add(Customer(account_no=account, display_name="Li Na"))


def test_nothing_new_ends_the_wait_with_false(site):
    _srv, a, _b = site
    assert a.wait_for_changes(0.3) is False


def test_a_console_behind_the_site_hears_at_once(site):
    _srv, a, b = site
    _new_customer(b, "W-1")
    b.sync_round()
    assert a.wait_for_changes(20) is True
    a.sync_round()
    assert a.wait_for_changes(0.3) is False  # pulled: up to date again


def test_a_waiting_console_wakes_when_another_pushes(site):
    _srv, a, b = site
    heard: list[bool] = []
    waiting = threading.Thread(target=lambda: heard.append(a.wait_for_changes(30)))
    waiting.start()
    _new_customer(b, "W-2")
    b.sync_round()
    waiting.join(20)
    assert not waiting.is_alive() and heard == [True]
    a.sync_round()
    with a.store.session() as s:
        assert s.query(Customer).filter_by(account_no="W-2").count() == 1


def test_the_wait_needs_a_registered_device(site):
    srv, a, _b = site
    stranger = SyncClient(a.store, "http://testserver", token="not-a-token", http=srv.http, backoff=0.01, retries=0)
    with pytest.raises(SyncError) as err:
        stranger.wait_for_changes(0.3)
    assert err.value.reason == UNAUTHORISED


def test_the_watcher_waits_only_when_armed_and_a_failure_does_not_spin():
    """News disarms it until the next round; a failed wait disarms it too (a dead server is
    not polled in a loop); stop ends it."""
    from callcenter.sync.watch import Watcher

    answers = iter([False, True, OSError("server away"), True])
    calls: list[float] = []
    news = threading.Event()
    done = threading.Event()

    def wait(seconds: float) -> bool:
        calls.append(seconds)
        answer = next(answers)
        if len(calls) == 3:
            done.set()
        if isinstance(answer, Exception):
            raise answer
        return answer

    w = Watcher(wait, news.set, timeout_s=7)
    w.arm()
    assert news.wait(10)  # nothing, then news: two waits
    assert calls == [7, 7] and not w.armed
    news.clear()
    w.arm()  # the round after the news
    assert done.wait(10)  # the third wait fails ...
    deadline = threading.Event()
    deadline.wait(0.5)
    assert len(calls) == 3 and not w.armed and not news.is_set()  # ... and nothing waits again by itself
    w.arm()
    assert news.wait(10) and len(calls) == 4
    w.stop()
    w.arm()
    assert not w.armed
