"""The dialogue runner and scoring on every built-in scenario: a scripted good agent (the
scenario's model answer) passes high in both languages; a scripted poor agent scores low,
and the steps it misses are the ones it really skipped."""

from __future__ import annotations

import pytest

from callcenter.training import scenario as sc
from callcenter.training.runner import Entry, Runner, play_script
from callcenter.training.scoring import metrics, score

BUILTIN = {s.id: s for s in sc.builtin()}

POOR = {
    # slow to answer, no greeting, recommends blind, never warns about the maxed card, no goodbye
    "pizza_member": dict(
        script=[
            {"do": "answer", "at": 25},
            {"say": "Yeah?", "at": 28},
            {"say": "Account number?", "at": 35},
            {"do": "open_record", "at": 45},
            {"say": "How about a pepperoni?", "at": 55},
            {"say": "OK, is that right?", "at": 62},
            {"do": "end_call", "at": 70},
        ],
        statuses={
            "greet": "missed",
            "verify": "done",
            "use_record": "missed",
            "recommend": "done",
            "warn_card": "missed",
            "confirm": "done",
            "close": "missed",
        },
        total=45.0,
        flags={"slow_answer"},
        line="unaware",
    ),
    # questions an angry caller first, empathy only late, never logs the complaint or confirms
    "angry_complaint": dict(
        script=[
            {"do": "answer", "at": 3},
            {"say": "Can I have your account number?", "at": 8},
            {"say": "OK, calm down.", "at": 20},
            {"say": "I'm sorry, I understand.", "at": 40},
            {"say": "We can refund you.", "at": 50},
            {"do": "end_call", "at": 60},
        ],
        statuses={
            "empathy": "late",
            "verify": "out_of_order",
            "use_record": "missed",
            "log_complaint": "missed",
            "resolution": "done",
            "confirm": "missed",
            "close": "missed",
        },
        total=37.5,
        flags={"unfinished"},
        line="considers",
    ),
    # opens the account before verifying, never explains, refunds or confirms
    "billing_dispute": dict(
        script=[
            {"do": "answer", "at": 2},
            {"say": "Hello.", "at": 4},
            {"do": "open_order_history", "at": 10},
            {"say": "Hold on.", "at": 20},
            {"say": "What's your full name?", "at": 30},
            {"do": "end_call", "at": 40},
        ],
        statuses={
            "greet": "done",
            "verify": "out_of_order",
            "use_record": "done",
            "explain": "missed",
            "resolution": "missed",
            "confirm": "missed",
            "close": "missed",
        },
        total=35.0,
        flags={"unfinished"},
        line="verified",
    ),
    # cancels at once: no probing, no offer, the customer is lost
    "retention": dict(
        script=[
            {"do": "answer", "at": 3},
            {"say": "Hello, what do you need?", "at": 6},
            {"say": "OK, I'll cancel it for you.", "at": 15},
            {"do": "end_call", "at": 20},
        ],
        statuses={
            "greet": "done",
            "verify": "missed",
            "probe": "missed",
            "use_record": "missed",
            "offer": "missed",
            "kept": "missed",
            "close": "missed",
        },
        total=10.0,
        flags={"caller_hung_up"},
        line="cancelled",
    ),
    # slow, interrogates a VIP, never guarantees the delivery
    "vip": dict(
        script=[
            {"do": "answer", "at": 14},
            {"say": "Hello, can I have your account number and date of birth?", "at": 17},
            {"say": "Sorry, Mr Hughes.", "at": 25},
            {"do": "open_order_history", "at": 35},
            {"say": "I'll see what I can do.", "at": 45},
            {"do": "end_call", "at": 55},
        ],
        statuses={
            "greet": "done",
            "name": "done",
            "no_repeat": "spoiled",
            "use_record": "done",
            "priority": "missed",
            "confirm": "missed",
            "close": "missed",
        },
        total=40.0,
        flags={"slow_answer", "unfinished"},
        line="checks",
    ),
    # tells an unidentified caller about the account: no name, no search, no security check
    "withheld_unknown": dict(
        script=[
            {"do": "answer", "at": 3},
            {"say": "Hello, thank you for calling.", "at": 5},
            {"say": "Your order is on its way, it will arrive tomorrow.", "at": 12},
            {"do": "end_call", "at": 20},
        ],
        statuses={
            "greet": "done",
            "ask_name": "missed",
            "find": "missed",
            "security": "missed",
            "inform": "done",
            "close": "missed",
        },
        total=30.0,
        flags=set(),
        line="leaked",
    ),
}


def test_there_are_six_bilingual_builtin_scenarios():
    assert set(BUILTIN) == set(POOR)
    for s in BUILTIN.values():
        assert s.languages == ["en", "zh_CN"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("sid", sorted(POOR))
def test_the_model_answer_passes_with_a_high_score(sid, lang):
    s = BUILTIN[sid]
    runner = play_script(s, lang, s.data["model_answer"])
    report = score(s, lang, runner.timeline, runner.ended)
    assert runner.ended == "completed"
    assert s.lines[runner.line_id].get("end") and not s.lines[runner.line_id].get("hangs_up")
    assert report.passed and report.total >= 90, [(r.id, r.status) for r in report.steps]
    assert report.flags == []
    # every step done carries its evidence and a time after the answer
    answer_at = next(t["at"] for t in s.data["model_answer"] if t.get("do") == "answer")
    for r in report.steps:
        if r.status == "done":
            assert r.evidence and r.at >= answer_at


@pytest.mark.parametrize("sid", sorted(POOR))
def test_a_poor_agent_scores_low_for_the_right_reasons(sid):
    s, poor = BUILTIN[sid], POOR[sid]
    runner = play_script(s, "en", poor["script"])
    report = score(s, "en", runner.timeline, runner.ended)
    assert {r.id: r.status for r in report.steps} == poor["statuses"]
    # the total by hand: full weight when done, half when late or out of order, nothing otherwise
    factor = {"done": 1, "late": 0.5, "out_of_order": 0.5, "missed": 0, "spoiled": 0}
    expected = (
        100
        * sum(st["weight"] * factor[poor["statuses"][st["id"]]] for st in s.steps)
        / sum(st["weight"] for st in s.steps)
    )
    assert report.total == pytest.approx(expected, abs=0.05) == poor["total"]
    assert not report.passed
    assert set(report.flags) == poor["flags"]
    assert runner.line_id == poor["line"]


def test_the_customer_says_nothing_before_the_call_is_answered():
    s = BUILTIN["pizza_member"]
    r = Runner(s, "en")
    r.offered(0)
    assert r.reply("Hello, can I have your account number?", 1.0) == []
    said = r.action("answer", 2.0)
    assert [u.line_id for u in said] == ["opening"] and said[0].text.startswith("Hi, I'd like")


def test_chinese_session_speaks_chinese_lines():
    s = BUILTIN["pizza_member"]
    r = Runner(s, "zh_CN")
    r.offered(0)
    said = r.action("answer", 1.0)
    assert said[0].text == "你好，我想订几个比萨外卖。"
    said = r.reply("您好，请提供一下您的会员号，我帮您核实一下。", 5.0)
    assert said[0].line_id == "gives_card" and "M88001234" in said[0].text


def test_otherwise_is_said_once_and_does_not_move():
    s = BUILTIN["pizza_member"]
    r = Runner(s, "en")
    r.action("answer", 1)
    first = r.reply("Uh huh.", 3)
    assert first and first[0].line_id == "opening" and "member" in first[0].text
    assert r.reply("Right.", 5) == []
    assert r.line_id == "opening"


def test_trainer_events_anger_and_drop():
    s = BUILTIN["angry_complaint"]
    r = Runner(s, "en")
    r.action("answer", 1)
    assert r.mood == "angry"
    said = r.event("angrier", 4)
    assert r.mood == "furious" and "Are you even listening" in said[0].text
    r.event("line_drops", 6)
    assert r.ended == "line_dropped"
    assert r.reply("I'm so sorry", 8) == []  # a dropped line says nothing more
    report = score(s, "en", r.timeline, r.ended)
    assert "line_dropped" in report.flags


def test_actions_drive_branches():
    s = BUILTIN["pizza_member"]
    r = play_script(s, "en", s.data["model_answer"][:3])  # answer, greet+verify, open the record
    assert r.line_id == "found"


def test_metrics_by_hand():
    tl = [
        Entry(0, "offered"),
        Entry(5, "action", name="answer"),
        Entry(5, "customer", "hi", "opening"),
        Entry(8, "trainee", "hello"),
        Entry(10, "action", name="hold"),
        Entry(40, "action", name="resume"),
        Entry(41, "trainee", "thanks for waiting"),
        Entry(45, "note", "trainer note, not speech"),
        Entry(60, "trainee", "so"),
        Entry(62, "action", name="end_call"),
    ]
    m = metrics(tl, dead_air_s=10)
    # answer 5 - 0; hold 40 - 10; talk 62 - 5 - 30; the one silence over 10 s is 41 -> 60 (notes are not speech)
    assert (m.time_to_answer, m.hold_time, m.hold_count, m.talk_time) == (5, 30, 1, 27)
    assert (m.dead_air, m.longest_silence) == (19, 19)


def test_hold_until_the_end_counts_to_the_end():
    tl = [
        Entry(0, "offered"),
        Entry(2, "action", name="answer"),
        Entry(10, "action", name="hold"),
        Entry(25, "event", name="caller_hung_up"),
    ]
    m = metrics(tl, dead_air_s=5)
    assert (m.hold_time, m.talk_time, m.dead_air) == (15, 8, 8)  # 2 -> 10 is silence; the hold is not


def test_an_unanswered_call_scores_nothing():
    s = BUILTIN["vip"]
    r = Runner(s, "en")
    r.offered(0)
    r.caller_hung_up(30)
    report = score(s, "en", r.timeline, r.ended)
    assert report.total == 0 and "not_answered" in report.flags and report.metrics.time_to_answer is None


def test_per_skill_percentages():
    s = BUILTIN["pizza_member"]
    r = play_script(s, "en", POOR["pizza_member"]["script"])
    report = score(s, "en", r.timeline, r.ended)
    assert report.by_skill["compliance"] == 0.0
    assert report.by_skill["verification"] == 100.0
    assert report.by_skill["greeting"] == 0.0


def test_the_session_clock_stands_still_while_paused():
    from callcenter.training.session_clock import SessionClock

    now = [100.0]
    clock = SessionClock(lambda: now[0])
    now[0] = 110.0
    assert clock() == 10.0
    clock.pause()
    now[0] = 170.0
    assert clock() == 10.0 and clock.paused
    clock.resume()
    now[0] = 175.0
    assert clock() == 15.0  # 75 s passed, 60 of them paused
