"""Demo data: deterministic, consistent, realistic enough to demo and benchmark on."""

import json
import random
import re
from datetime import UTC, datetime

import phonenumbers
import pytest

from callcenter.core import agent_state
from callcenter.core.customers import tier_for_value
from callcenter.core.ids import HlcStamp, uuid7_time_ms
from callcenter.core.phones import PhoneStatus, normalise
from callcenter.core.screenpop import PopStatus
from callcenter.store import demo, repo, search
from callcenter.store.db import Store
from callcenter.store.demo_pools import PHONE_SPACES, region_of_e164
from callcenter.store.screenpop import pop

N = 600
_TS = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _dump(path) -> dict[str, list[tuple]]:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in demo.COLUMNS}
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = demo.generate(path, N, seed=1)
    store = Store(path)
    yield path, store, result
    store.close()


@pytest.fixture
def conn(demo_db):
    with demo_db[1].engine.connect() as c:
        yield c


def q(conn, sql, *params):
    return conn.exec_driver_sql(sql, tuple(params)).all()


# -- determinism ------------------------------------------------------------------------------
def test_same_seed_gives_identical_content_and_other_seeds_differ(tmp_path):
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    demo.generate(a, 300, seed=7)
    demo.generate(b, 300, seed=7)
    demo.generate(c, 300, seed=8)
    da, db, dc = _dump(a), _dump(b), _dump(c)
    assert da == db  # ids, hashes and timestamps included
    assert da["customers"] != dc["customers"]
    assert da["orders"] != dc["orders"]
    assert all(da.values())  # every table has rows


def test_worker_processes_do_not_change_the_content(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK", 100)  # three chunks, so the parallel path runs
    demo.generate(tmp_path / "serial.db", 250, seed=3, workers=0)
    result = demo.generate(tmp_path / "parallel.db", 250, seed=3, workers=2)
    assert result["workers"] == 2
    assert _dump(tmp_path / "serial.db") == _dump(tmp_path / "parallel.db")


def test_result_figures(demo_db):
    path, _store, result = demo_db
    assert result["customers"] == N
    assert result["rows"] == sum(result["tables"].values()) > 10 * N
    assert result["tables"]["customers"] == N
    assert result["seconds"] > 0 and result["customers_per_s"] > 0 and result["db_mb"] > 0
    assert len(_dump(path)["customers"]) == N


# -- consistency -------------------------------------------------------------------------------
def test_foreign_keys_hold_and_nothing_goes_to_the_change_log(conn):
    assert q(conn, "PRAGMA foreign_key_check") == []
    assert q(conn, "SELECT count(*) FROM change_log")[0][0] == 0
    assert q(conn, "PRAGMA journal_mode")[0][0] == "wal"


def test_schema_is_exactly_what_the_migrations_made(conn, tmp_path):
    fresh = Store(tmp_path / "fresh.db")
    sql = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"
    with fresh.engine.connect() as c:
        expected = q(c, sql)
    fresh.close()
    assert q(conn, sql) == expected  # the indexes dropped for the load are back, unchanged


def test_sync_columns_are_filled_and_ids_increase(conn):
    for table in demo.COLUMNS:
        rows = q(conn, f"SELECT id, created_at, updated_at, hlc, origin, deleted FROM {table} ORDER BY rowid")
        assert rows, table
        ids = [r[0] for r in rows]
        assert ids == sorted(ids) and len(set(ids)) == len(ids), table  # B-tree appends
        for id_, created, updated, stamp, origin, deleted in rows[:: max(1, len(rows) // 50)]:
            assert id_[14] == "7" and uuid7_time_ms(id_) >= demo._ms(demo.DEMO_AS_OF)
            assert _TS.match(created) and _TS.match(updated) and created <= updated
            wall = datetime.fromisoformat(updated).replace(tzinfo=UTC)
            assert stamp == HlcStamp(demo._ms(wall), 0, "demo").encode()
            assert (origin, deleted) == ("demo", 0)


def test_order_totals_are_the_sum_of_their_lines(conn):
    bad = q(
        conn,
        "SELECT o.id FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id GROUP BY o.id "
        "HAVING count(l.id) = 0 OR o.total_minor != sum(l.amount_minor)",
    )
    assert bad == []
    assert q(conn, "SELECT count(*) FROM order_lines WHERE amount_minor != quantity * unit_price_minor")[0][0] == 0
    pairs = q(
        conn, "SELECT DISTINCT a.country, o.currency FROM orders o JOIN addresses a ON a.customer_id = o.customer_id"
    )
    expected = {"US": "USD", "CN": "CNY", "GB": "GBP", "HK": "HKD", "SG": "SGD"}
    assert len(pairs) == 5 and all(expected[country] == currency for country, currency in pairs)


def test_enough_rows_per_customer_for_a_busy_screen_pop(demo_db):
    t = demo_db[2]["tables"]
    assert 1.1 <= t["phones"] / N <= 1.7
    assert 2.0 <= t["orders"] / N <= 4.0
    assert 1.2 <= t["order_lines"] / t["orders"] <= 2.0
    assert 1.8 <= t["interactions"] / N <= 3.5


# -- realism ---------------------------------------------------------------------------------------
def test_both_languages_and_name_orders(conn):
    langs = dict(q(conn, "SELECT preferred_language, count(*) FROM customers GROUP BY 1"))
    assert langs["en"] > N / 5 and langs["zh_CN"] > N / 5
    people = q(conn, "SELECT given_name, family_name, display_name FROM customers WHERE kind = 'person'")
    chinese = [p for p in people if _CJK.search(p[2])]
    english = [p for p in people if not _CJK.search(p[2])]
    assert chinese and english
    assert all(d == f + g for g, f, d in chinese)  # 王小明: family first, no space
    assert all(d == f"{g} {f}" for g, f, d in english)
    zh_cn_lines = q(
        conn,
        "SELECT line1 FROM addresses a JOIN customers c ON c.id = a.customer_id "
        "WHERE a.country = 'CN' AND c.preferred_language = 'zh_CN'",
    )
    assert zh_cn_lines and all(_CJK.search(line) for (line,) in zh_cn_lines)
    assert {r[0] for r in q(conn, "SELECT DISTINCT country FROM addresses")} == {"US", "CN", "GB", "HK", "SG"}


def test_households_share_a_home_phone_and_companies_have_contacts(conn):
    shared = q(
        conn, "SELECT e164, count(DISTINCT customer_id) n FROM phones WHERE kind = 'home' GROUP BY e164 HAVING n > 1"
    )
    assert len(shared) > 10 and all(2 <= n <= 4 for _, n in shared)
    contacts = q(
        conn,
        "SELECT co.id, count(p.id) FROM customers co JOIN customers p ON p.company_id = co.id "
        "WHERE co.kind = 'company' GROUP BY co.id",
    )
    assert contacts and max(n for _, n in contacts) >= 2
    assert (
        q(
            conn,
            "SELECT count(*) FROM customers p JOIN customers co ON co.id = p.company_id "
            "WHERE co.kind != 'company' OR p.kind != 'person'",
        )[0][0]
        == 0
    )


def test_stored_phones_normalise_to_their_e164_and_are_valid(conn):
    rows = q(conn, "SELECT raw, e164, extension FROM phones ORDER BY rowid")
    sample = random.Random(5).sample(rows, 400)
    styles = set()
    for raw, e164, extension in sample:
        result = normalise(raw, region_of_e164(e164))
        assert result.status is PhoneStatus.VALID, raw
        assert (result.e164, result.extension) == (e164, extension), raw
        styles.add("intl" if raw.startswith(("+", "00", "(+")) else "national")
    assert styles == {"intl", "national"}
    assert any(ext for _, _, ext in rows)
    regions = {region_of_e164(e) for _, e, _ in rows}
    assert regions == {"US", "CN", "GB", "HK", "SG"}


def test_every_phone_space_holds_valid_numbers_of_its_kind():
    rng = random.Random(11)
    for space, (cc, _prefixes, _rest) in PHONE_SPACES.items():
        for _ in range(60):
            cc_, nsn = demo.phone_number(space, rng.randrange(10**9))
            number = phonenumbers.parse(f"+{cc_}{nsn}", None)
            assert phonenumbers.is_valid_number(number), (space, nsn)
            kind = phonenumbers.number_type(number)
            if space.endswith("mobile") and cc != "1":
                assert kind == phonenumbers.PhoneNumberType.MOBILE, (space, nsn)
            for raw in demo.raw_formats(space[:2], cc_, nsn):
                assert normalise(raw, space[:2]).e164 == f"+{cc_}{nsn}", raw


def test_value_tiers_credit_and_flags(conn):
    rows = q(conn, "SELECT tier, value_score, credit_limit_minor, balance_minor, churn_risk, vip FROM customers")
    assert all(tier == tier_for_value(score) for tier, score, *_ in rows)
    # tier, value and churn risk are no longer written by the generator: the analytics recompute
    # derives them from behaviour (tests/test_analytics_store.py checks what it derives)
    assert {(tier, score, churn) for tier, score, _, _, churn, _ in rows} == {("bronze", 0, 0)}
    assert any(bal >= limit > 0 for _, _, limit, bal, *_ in rows)  # at or over the limit
    assert 0 < sum(vip for *_, vip in rows) < len(rows) * 0.1  # VIP stays a manual flag, on a few
    flags = q(
        conn,
        "SELECT sum(do_not_call), sum(consent_marketing), sum(id_number != ''), sum(card_number != '') FROM customers",
    )[0]
    assert all(f > 0 for f in flags)
    cards = {c for (c,) in q(conn, "SELECT DISTINCT card_number FROM customers WHERE card_number != ''")}
    assert cards <= set(demo.P.TEST_CARDS)
    assert q(conn, "SELECT count(*) FROM customer_notes WHERE private = 1")[0][0] > 0


def test_calls_and_complaints(conn):
    outcomes = dict(q(conn, "SELECT outcome, count(*) FROM interactions GROUP BY 1"))
    assert outcomes["completed"] > outcomes["abandoned"] > 0
    assert (
        q(
            conn,
            "SELECT count(*) FROM interactions WHERE outcome = 'abandoned' "
            "AND (answered_at IS NOT NULL OR agent_id IS NOT NULL)",
        )[0][0]
        == 0
    )
    assert (
        q(
            conn,
            "SELECT count(*) FROM interactions WHERE answered_at IS NOT NULL "
            "AND NOT (offered_at <= answered_at AND answered_at < ended_at)",
        )[0][0]
        == 0
    )
    as_of = demo.ts(demo._ms(demo.DEMO_AS_OF))
    open_ = q(
        conn,
        "SELECT resolve_due_at, closed_at FROM complaints WHERE state IN "
        "('received', 'acknowledged', 'investigating', 'resolution_proposed')",
    )
    assert len(open_) >= 3 and all(closed is None for _, closed in open_)
    assert any(due < as_of for due, _ in open_)  # overdue at the snapshot
    closed = q(
        conn, "SELECT count(*) FROM complaints WHERE state IN ('closed', 'follow_up_done') AND closed_at IS NOT NULL"
    )[0][0]
    assert closed > 0


def test_reference_codes_in_both_languages(conn):
    codes = {
        code: (selectable, en, zh)
        for code, selectable, en, zh in q(conn, "SELECT code, selectable, name_en, name_zh FROM reason_codes")
    }
    core_uses = {
        agent_state.MISSED_CALL,
        agent_state.LOGIN_REASON,
        agent_state.FORCED_REASON,
        agent_state.WRAP_TIMEOUT,
        agent_state.AgentConfig().after_wrap_reason,
    }
    assert core_uses <= set(codes)
    assert all(codes[c][0] == 0 for c in ("missed_call", "login", "supervisor", "wrap_timeout"))
    assert all(codes[c][0] == 1 for c in ("break", "lunch", "meeting", "training", "coaching"))
    for table in ("skills", "queues", "reason_codes", "disposition_codes"):
        assert (
            q(conn, f"SELECT count(*) FROM {table} WHERE name_en = '' OR name_zh = '' OR name_zh NOT GLOB '*[^ -~]*'")[
                0
            ][0]
            == 0
        ), table
    queues = {c for (c,) in q(conn, "SELECT code FROM queues WHERE skill_id IS NOT NULL")}
    assert queues >= {"general", "billing", "orders", "vip", "complaints"}


def test_disposition_codes_form_a_tree_at_least_two_deep(conn):
    parent = dict(q(conn, "SELECT id, parent_id FROM disposition_codes"))

    def depth(node):
        return 1 + (depth(parent[node]) if parent[node] else 0)

    assert max(depth(n) for n in parent) >= 2
    assert sum(1 for p in parent.values() if p is None) >= 4
    used = {d for (d,) in q(conn, "SELECT DISTINCT disposition_id FROM interactions")}
    parents = {p for p in parent.values() if p}
    assert used and not used & parents  # calls are closed with leaves


def test_every_demo_account_logs_in_with_its_role(demo_db):
    _path, store, _ = demo_db
    assert repo.is_demo(store)
    roles = {role for _, _, role in demo.DEMO_ACCOUNTS}
    assert roles == {"agent", "supervisor", "trainer", "admin"}
    for username, password, role in demo.DEMO_ACCOUNTS:
        identity = repo.authenticate(store, username, password)
        assert identity is not None and identity.role.value == role, username
    assert repo.authenticate(store, "agent1", "wrong") is None
    with store.engine.connect() as c:
        hashes = [h for (h,) in q(c, "SELECT password_hash FROM users")]
    assert all(h.startswith("$argon2id$") for h in hashes)


def test_search_index_covers_the_demo(conn):
    name, account, e164 = q(
        conn,
        "SELECT c.display_name, c.account_no, p.e164 FROM customers c "
        "JOIN phones p ON p.customer_id = c.id WHERE c.kind = 'person' LIMIT 1",
    )[0]
    assert q(conn, "SELECT count(*) FROM customer_search")[0][0] == N
    national = phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)
    for query in (account, name, e164, national):
        assert any(h.account_no == account for h in search.search(conn, query, limit=100)), query


# -- screen pop on demo data ------------------------------------------------------------------------
def test_a_customers_own_number_pops_their_record(conn):
    raw, e164, customer_id = q(
        conn,
        """
        SELECT p.raw, p.e164, p.customer_id FROM phones p
        WHERE p.kind = 'mobile'
          AND (SELECT count(*) FROM phones x WHERE x.e164 = p.e164) = 1
          AND (SELECT count(*) FROM orders o WHERE o.customer_id = p.customer_id) >= 2
          AND (SELECT count(*) FROM interactions i WHERE i.customer_id = p.customer_id) >= 2
        ORDER BY p.rowid LIMIT 1""",
    )[0]
    result = pop(conn, raw, region_of_e164(e164))
    assert result.status is PopStatus.MATCHED
    view = result.view
    assert view.customer_id == customer_id and view.orders and view.interactions
    assert view.order_count >= 2 and all(o.items for o in view.orders)
    assert all(i.agent or i.outcome == "abandoned" for i in view.interactions)


def test_a_shared_household_number_pops_a_chooser(conn):
    raw, e164, n = q(
        conn,
        "SELECT min(raw), e164, count(DISTINCT customer_id) n FROM phones WHERE kind = 'home' "
        "GROUP BY e164 HAVING n > 1 LIMIT 1",
    )[0]
    result = pop(conn, raw, region_of_e164(e164))
    assert result.status is PopStatus.MULTIPLE
    assert len({c.customer_id for c in result.candidates}) == n


# -- safety --------------------------------------------------------------------------------------------
def test_refuses_a_database_with_data_but_reuses_the_same_demo(tmp_path, demo_db):
    from callcenter.core.customers import CustomerForm

    store = Store(tmp_path / "real.db")
    repo.create_customer(store, CustomerForm(given_name="Ada", family_name="Lovelace"), None)
    store.close()
    with pytest.raises(ValueError, match="already holds 1 customers"):
        demo.generate(tmp_path / "real.db", 50)
    path, _store, first = demo_db
    again = demo.generate(path, N, seed=1)
    assert again["reused"] is True and again["rows"] == first["rows"]
    with pytest.raises(ValueError, match="already holds"):
        demo.generate(path, N, seed=2)


def test_cli_prints_one_json_object(tmp_path, capsys):
    from callcenter.cli import main

    assert main(["demo-data", "--customers", "40", "--seed", "2", "--db", str(tmp_path / "cli.db"), "--json"]) == 0
    out = capsys.readouterr().out
    result = json.loads(out)
    assert out.count("\n") == 1
    assert {"customers", "rows", "seconds", "customers_per_s", "db_mb"} <= set(result)
    assert result["customers"] == 40


# -- complaint histories ------------------------------------------------------------------------------
def test_every_case_timeline_agrees_with_its_row(conn):
    from callcenter.core.complaints import TRANSITIONS, ComplaintState

    cases = {
        r[0]: r
        for r in q(
            conn,
            "SELECT id, state, opened_at, acknowledged_at, resolved_at, closed_at, "
            "reopen_count, survey_csat, root_cause, escalation_level FROM complaints",
        )
    }
    events: dict[str, list] = {}
    for row in q(
        conn,
        "SELECT complaint_id, seq, at, action, from_state, to_state, data FROM complaint_events "
        "WHERE kind = 'case' ORDER BY complaint_id, seq",
    ):
        events.setdefault(row[0], []).append(row[1:])
    assert set(events) == set(cases)
    for cid, (_, state, opened, acked, resolved, closed, reopens, csat, cause, level) in cases.items():
        timeline = events[cid]
        assert [e[0] for e in timeline] == list(range(1, len(timeline) + 1)), cid
        assert timeline[0][2] == "receive" and timeline[0][1] == opened, cid
        times = [e[1] for e in timeline]
        assert times == sorted(times), cid  # never backwards
        current = "received"
        for _seq, _at, action, frm, to, _data in timeline[1:]:
            assert frm == current, (cid, action)
            if action in TRANSITIONS:
                assert TRANSITIONS[action][ComplaintState(frm)].value == to, (cid, action)
            else:
                assert frm == to, (cid, action)  # staying actions do not move the case
            current = to
        assert current == state, cid  # the last state change is the row's state
        actions = [e[2] for e in timeline]
        assert acked == next((e[1] for e in timeline if e[2] == "acknowledge"), None), cid
        assert actions.count("reopen") == reopens
        assert level == actions.count("escalate")
        if state in ("closed", "follow_up_done"):
            last_close = max(i for i, a in enumerate(actions) if a == "close")
            assert closed == timeline[last_close][1] and resolved is not None and resolved <= closed
            assert cause and json.loads(timeline[last_close][5])["root_cause"] == cause
            if csat is not None:
                assert json.loads(next(e[5] for e in timeline if e[2] == "survey"))["csat"] == csat
        else:
            assert closed is None and (csat, cause) == (None, "")


def test_recovery_actions_callbacks_and_their_events(conn):
    actions = q(conn, "SELECT id, status, kind, amount_minor FROM recovery_actions")
    assert actions
    statuses = {s for _, s, _, _ in actions}
    assert {"executed", "pending_approval"} <= statuses  # the approval queue is not empty
    assert all((amount == 0) == (kind == "apology") for _, _, kind, amount in actions)
    history = {}
    for ref, seq, at, action, to in q(
        conn,
        "SELECT ref_id, seq, at, action, to_state FROM complaint_events WHERE kind = 'recovery' ORDER BY ref_id, seq",
    ):
        history.setdefault(ref, []).append((seq, at, action, to))
    assert set(history) == {a[0] for a in actions}
    for action_id, status, _, _ in actions:
        steps = history[action_id]
        assert steps[0][2] == "propose" and steps[-1][3] == status
        assert [s[1] for s in steps] == sorted(s[1] for s in steps)
    callbacks = q(
        conn,
        "SELECT f.status, f.owner_id, f.due_at, u.username FROM follow_up_callbacks f "
        "JOIN users u ON u.id = f.owner_id",
    )
    assert {s for s, *_ in callbacks} == {"scheduled", "done"}
    as_of = demo.DEMO_AS_OF
    day_end = demo.ts(demo._ms(as_of) + 86_400_000)
    assert any(s == "scheduled" and user == "agent1" and due < day_end for s, _, due, user in callbacks)
    assert q(conn, "SELECT count(*) FROM complaint_events WHERE kind = 'callback'")[0][0] >= len(callbacks)


def test_post_call_surveys_on_some_answered_calls(conn):
    answered, surveyed, bad = q(
        conn,
        "SELECT sum(answered_at IS NOT NULL), sum(survey_csat IS NOT NULL), "
        "sum(survey_csat IS NOT NULL AND (answered_at IS NULL OR survey_csat "
        "NOT BETWEEN 1 AND 5)) FROM interactions",
    )[0]
    assert bad == 0 and 0.10 <= surveyed / answered <= 0.20


def test_demo_cases_load_through_the_store(demo_db):
    from callcenter.store import complaints

    _path, store, _ = demo_db
    with store.engine.connect() as c:
        ids = [i for (i,) in q(c, "SELECT id FROM complaints")]
    for complaint_id in ids:
        record = complaints.get(store, complaint_id)  # the core refuses a timeline that goes backwards
        assert record.case.timeline[0].action == "receive"
