"""First run: create a site on an empty SQLite store, or join one from the real sync server."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sync_helpers import PASSWORD, InProcessServer

from callcenter.core.errors import IllegalStep, Invalid, SyncProblem
from callcenter.core.site import DefaultsError, SiteSettings
from callcenter.ops import auth
from callcenter.ops import site as site_ops
from callcenter.store import repo
from callcenter.store.db import Store
from callcenter.store.models import ComplaintCategory, DispositionCode, Queue, ReasonCode, Skill, User

SETTINGS = SiteSettings("Acme Care", "CN", "Asia/Shanghai", "zh_CN", "CNY")
ADMIN = site_ops.AdminAccount("boss", "s3cret-pass", "Boss Wang")


@pytest.fixture
def no_keyring(monkeypatch, tmp_path):
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("CALLCENTER_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


class KeepOpen(TestClient):
    """The in-process server's client, left open by the ops that close theirs when done."""

    def close(self) -> None:
        pass


def count(store, model):
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(~model.deleted))


def test_create_a_site_on_an_empty_file_and_sign_in(tmp_path):
    store = Store(tmp_path / "site.db")
    assert not repo.has_users(store)
    done = site_ops.create_site(store, SETTINGS, ADMIN)
    assert done.value.role.value == "admin" and done.value.username == "boss"
    defaults = site_ops.load_defaults()
    assert count(store, Skill) == len(defaults.skills) == 7
    assert count(store, Queue) == len(defaults.queues) == 6
    assert count(store, ReasonCode) == len(defaults.reason_codes)
    assert count(store, DispositionCode) == len(defaults.dispositions)
    assert count(store, ComplaintCategory) == len(defaults.complaint_categories)
    with store.session() as s:
        user = s.scalar(select(User))
        assert user.password_hash.startswith("$argon2") and "s3cret" not in user.password_hash
        vip = s.scalar(select(Queue).where(Queue.code == "vip"))
        assert (vip.name_zh, vip.priority, vip.service_level_target) == ("贵宾专线", 1, 90)
        leaf = s.scalar(select(DispositionCode).where(DispositionCode.code == "support.delivery.traced"))
        assert s.get(DispositionCode, leaf.parent_id).code == "support.delivery"
    assert site_ops.site_settings(store) == SiteSettings("Acme Care", "CN", "Asia/Shanghai", "zh_CN", "CNY")
    # ready to take calls: the console's reference data is there and the admin signs in
    boot = auth.console_bootstrap(store)
    assert boot.queues and boot.reason_codes and boot.disposition_codes
    assert auth.sign_in(store, "boss", "s3cret-pass").value.user_id == done.value.user_id
    assert store.pending_changes() > 40  # everything goes to a server at the first sync
    store.close()
    reopened = Store(tmp_path / "site.db")  # a real file: it is all still there
    assert count(reopened, Queue) == 6
    reopened.close()


def test_bad_settings_are_refused_by_field_and_nothing_is_written(tmp_path):
    store = Store(tmp_path / "site.db")
    bad = SiteSettings(" ", "XX", "Mars/Base", "fr", "dollars")
    with pytest.raises(Invalid) as err:
        site_ops.create_site(store, bad, site_ops.AdminAccount("b o", "short"))
    assert err.value.params["fields"] == {
        "site_name": "required",
        "country": "unknown_country",
        "time_zone": "unknown_time_zone",
        "language": "unknown_language",
        "currency": "bad_currency",
        "username": "bad_username",
        "password": "too_short",
    }
    assert count(store, Skill) == 0 and not repo.has_users(store)
    site_ops.create_site(store, SETTINGS, ADMIN)
    with pytest.raises(IllegalStep):  # a second site on the same store
        site_ops.create_site(store, SETTINGS, site_ops.AdminAccount("other", "another-pass"))
    assert count(store, User) == 1


def test_an_edited_defaults_copy_is_used_and_a_broken_one_is_refused_in_words(tmp_path):
    copy = site_ops.write_defaults(tmp_path / "mine.yaml")
    text = copy.read_text(encoding="utf-8").replace("VIP line", "Gold line").replace("贵宾专线", "金牌专线")
    copy.write_text(text, encoding="utf-8")
    store = Store(tmp_path / "site.db")
    site_ops.create_site(store, SETTINGS, ADMIN, site_ops.load_defaults(copy))
    with store.session() as s:
        assert s.scalar(select(Queue.name_zh).where(Queue.code == "vip")) == "金牌专线"
    copy.write_text("queues:\n  - {code: q1, en: Q, zh_CN: 队列, skill: nope}\n", encoding="utf-8")
    with pytest.raises(DefaultsError, match="unknown skill 'nope'"):
        site_ops.load_defaults(copy)


def test_join_a_site_from_the_server_and_take_its_reference_data(tmp_path, no_keyring):
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        server.user("root", "admin")
        first = Store(tmp_path / "first.db")

        def kw():
            return dict(http=KeepOpen(server.app), backoff=0.01)

        joined = site_ops.join_site(first, "http://testserver", "root", PASSWORD, **kw()).value
        assert joined.identity.role.value == "admin" and not joined.has_site
        site_ops.create_site(first, SETTINGS, None, joined=joined.identity)  # the site goes to the server
        from callcenter.ops import sync as sync_ops

        assert sync_ops.sync_round(first, **kw()).value.pushed > 40
        second = Store(tmp_path / "second.db")
        with pytest.raises(SyncProblem):
            site_ops.join_site(second, "http://testserver", "root", "wrong password", **kw())
        got = site_ops.join_site(second, "http://testserver", "root", PASSWORD, device_name="desk 2", **kw()).value
        assert got.has_site and got.identity.user_id == joined.identity.user_id
        assert count(second, Queue) == 6 and count(second, DispositionCode) == count(first, DispositionCode)
        assert site_ops.site_settings(second) == SETTINGS
        assert auth.sign_in(second, "root", PASSWORD).value.role.value == "admin"  # offline sign-in works
        assert auth.console_bootstrap(second).queues
        first.close()
        second.close()
    finally:
        server.close()


def test_callcenter_init_create_reads_the_password_from_stdin_never_an_argument(tmp_path, monkeypatch, capsys):
    import io
    import json

    from callcenter.cli import main

    monkeypatch.delenv("CALLCENTER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("pass-word-1\n"))
    db = tmp_path / "cli.db"
    argv = ["init", "create", "--db", str(db), "--site-name", "Acme", "--country", "GB"]
    argv += ["--time-zone", "Europe/London", "--currency", "GBP", "--admin", "boss", "--json"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out) == {"action": "create", "site": "Acme", "user": "boss", "role": "admin"}
    store = Store(db)
    assert auth.sign_in(store, "boss", "pass-word-1").value.role.value == "admin"
    assert site_ops.site_settings(store).currency == "GBP"
    store.close()
    monkeypatch.setenv("CALLCENTER_PASSWORD", "pass-word-2")
    assert main([*argv[:3], str(tmp_path / "b.db"), "--site-name", "B", "--country", "XX", "--admin", "b"]) == 1
    err = capsys.readouterr().err
    assert "--country is not a known country code" in err and "Traceback" not in err
    with pytest.raises(SystemExit):
        main([*argv, "--password", "x"])  # there is no such option


def test_callcenter_init_on_a_running_server_create_then_join(tmp_path, monkeypatch, capsys, no_keyring):
    """The command line end to end against a real server process: the server's first admin
    creates the site from one console; a second console joins it and has everything."""
    import json

    from callcenter.benchmarks.server_process import ServerProcess
    from callcenter.cli import main

    srv = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    srv.create_user("root", "root-pass-1", "admin")
    with srv:
        monkeypatch.setenv("CALLCENTER_PASSWORD", "root-pass-1")
        first, second = tmp_path / "first.db", tmp_path / "second.db"
        argv = ["init", "create", "--db", str(first), "--site-name", "Acme", "--admin", "root"]
        assert main([*argv, "--server", srv.url, "--json"]) == 0
        created = json.loads(capsys.readouterr().out)
        assert created["action"] == "create" and created["pushed"] > 40
        assert main(["init", "join", "--db", str(second), "--server", srv.url, "--user", "root", "--json"]) == 0
        joined = json.loads(capsys.readouterr().out)
        assert (
            joined["has_site"]
            and joined["role"] == "admin"
            and joined["loaded"] + joined["pulled"] >= created["pushed"]
        )
        monkeypatch.setenv("CALLCENTER_PASSWORD", "wrong-password")
        third = ["init", "join", "--db", str(tmp_path / "third.db"), "--server", srv.url, "--user", "root"]
        assert main(third) == 1
        err = capsys.readouterr().err
        assert "wrong user name or password" in err and "Traceback" not in err
    store = Store(second)
    assert count(store, Queue) == 6 and site_ops.site_settings(store).name == "Acme"
    store.close()


def test_a_site_created_alone_moves_to_a_new_server_with_its_accounts(tmp_path, monkeypatch, capsys, no_keyring):
    """`init create` without a server, later `server --adopt-users` on an empty server: the
    admin registers the first console with their own password and pushes the site; a second
    console joins as an agent the admin had created before there was a server."""
    import json

    from callcenter.benchmarks.server_process import ServerProcess
    from callcenter.cli import main
    from callcenter.ops import admin as admin_ops

    first = tmp_path / "first.db"
    store = Store(first)
    boss = site_ops.create_site(store, SETTINGS, ADMIN).value
    admin_ops.create_user(store, boss, admin_ops.UserForm("ann", "Ann", "agent"), "ann-pass-12")
    store.close()
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert main(["server", "--database-url", url, "--adopt-users", str(first)]) == 0
    assert json.loads(capsys.readouterr().out) == {"adopted_users": 2}
    assert main(["server", "--database-url", url, "--adopt-users", str(first)]) == 2  # only an empty server
    assert "already has users" in capsys.readouterr().err
    srv = ServerProcess(url, tmp_path)
    with srv:
        monkeypatch.setenv("CALLCENTER_PASSWORD", ADMIN.password)
        assert main(["sync", "--db", str(first), "--server", srv.url, "--register", "boss", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["pushed"] > 40
        monkeypatch.setenv("CALLCENTER_PASSWORD", "ann-pass-12")
        second = tmp_path / "second.db"
        assert main(["init", "join", "--db", str(second), "--server", srv.url, "--user", "ann", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["has_site"]
    store = Store(second)
    assert count(store, Queue) == 6 and site_ops.site_settings(store) == SETTINGS
    assert auth.sign_in(store, "ann", "ann-pass-12").value.role.value == "agent"
    # the admin's hash is withheld from an agent's console: the admin signs in online or on their own console
    with pytest.raises(Invalid):
        auth.sign_in(store, "boss", ADMIN.password)
    store.close()
