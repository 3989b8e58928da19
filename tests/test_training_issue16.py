"""Issue 16, the trainer (Qt-free part): natural wording is understood (word forms,
synonyms, both languages) and a reply nobody understood says what to try; easy mode
helps at every moment, also right after a complaint is logged; verification is credited
only for a real verification step; logging a second complaint for a case already open
is not rewarded; intents have names in words."""

from __future__ import annotations

import copy

import pytest

from callcenter.training import intents as intent_lib
from callcenter.training import scenario as sc
from callcenter.training.runner import Runner, play_script
from callcenter.training.scoring import score
from callcenter.training.validate import validate

BUILTIN = {s.id: s for s in sc.builtin()}
ALL = intent_lib.merged(None)


# -- d. natural wording ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I will send you a replacement blender today",
        "We'll get a new one out to you by Friday.",
        "I have refunded the delivery fee.",
        "The blender will be replaced.",
        "我今天就给您换新的搅拌机。",
        "我们会赔偿您的运费。",
    ],
)
def test_natural_offers_are_understood(text):
    assert "offer_resolution" in intent_lib.match(text, ALL)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("My apologies, that should not have happened.", "empathy"),
        ("实在不好意思，给您带来不便了。", "empathy"),
        ("So to recap: a new blender by Friday. Does that work for you?", "confirm"),
        ("Let me verify a couple of details.", "verify_identity"),
        ("Thank you for your patience, take care.", "close"),
    ],
)
def test_synonyms_in_both_languages(text, intent):
    assert intent in intent_lib.match(text, ALL)


def test_word_forms_do_not_blur_words():
    assert intent_lib.stem("replacement") == intent_lib.stem("replaced") == intent_lib.stem("replacing")
    assert intent_lib.stem("verified") == intent_lib.stem("verify")
    assert "close" not in intent_lib.match("It arrives by Friday.", ALL)  # "bye" is not "by"
    assert intent_lib.match("a nice cardigan", {"x": {"en": ["card"]}}) == []


def test_a_reply_nobody_understood_says_what_to_try():
    s = BUILTIN["angry_complaint"]
    r = Runner(s, "en")
    r.action("answer", 1)
    r.reply("I'm so sorry, I understand.", 5)
    assert r.line_id == "calmer" and r.understood
    r.reply("Blah blah the weather is nice.", 9)
    assert not r.understood and r.line_id == "calmer"
    tips = r.try_instead()
    assert tips and "K-5521" in tips[0]
    # outside easy mode: only what to say, in words (not the trap of logging a second complaint)
    assert r.try_instead(full=False) == ["offers a fix", "follows up her open case"]
    said = r.reply("I will send you a replacement blender today", 12)
    assert r.understood and said and r.line_id == "considers"


def test_try_instead_falls_back_to_the_intents_examples():
    data = copy.deepcopy(BUILTIN["billing_dispute"].data)
    for line in data["lines"].values():
        line.pop("suggest", None)
    data.pop("model_answer", None)
    r = Runner(sc.Scenario(data), "zh_CN")
    r.action("answer", 1)
    r.reply("嗯嗯嗯", 3)
    assert not r.understood
    assert any("核实身份" in t for t in r.try_instead())  # the intent in words, with an example


# -- c. easy mode at every moment -----------------------------------------------------------------
def test_easy_mode_helps_right_after_a_complaint_is_logged():
    s = BUILTIN["angry_complaint"]
    for lang in ("en", "zh_CN"):
        r = Runner(s, lang)
        r.action("answer", 1)
        r.reply(s.text(s.lines["opening"]["suggest"][0], lang), 4)
        r.reply(s.text(s.lines["calmer"]["suggest"][0], lang), 12)  # follows up case K-5521
        assert r.line_id == "logged"
        assert r.hint() and r.suggestions()
        # and the suggestion moves the call on
        r.reply(r.suggestions()[0], 20)
        assert r.line_id == "considers"


@pytest.mark.parametrize("sid", sorted(BUILTIN))
def test_every_waiting_line_has_a_hint_and_spoken_lines_a_suggestion(sid):
    s = BUILTIN[sid]
    for lang in s.languages:
        for name, line in s.lines.items():
            r = Runner(s, lang)
            r.line_id = name
            assert r.hint(), (sid, lang, name)
            spoken = any(b.get("intent") for b in line.get("branches") or []) or line.get("end")
            if spoken:
                assert r.suggestions(), (sid, lang, name)


def test_a_line_without_a_hint_gets_one_in_words():
    data = copy.deepcopy(BUILTIN["vip"].data)
    r = Runner(sc.Scenario(data), "zh_CN")
    r.line_id = "impatient"
    assert "_" not in r.hint() and r.hint().startswith("下一步")


# -- e. verification -----------------------------------------------------------------------------
def test_opening_the_record_is_not_verification():
    s = BUILTIN["angry_complaint"]
    script = [
        {"do": "answer", "at": 2},
        {"say": "I'm so sorry, I completely understand how frustrating that is.", "at": 8},
        {"do": "open_record", "detail": "pop", "at": 10},
        {"do": "open_complaints", "at": 12},
    ]
    r = play_script(s, "en", script)
    steps = {x.id: x for x in score(s, "en", r.timeline, r.ended).steps}
    assert steps["verify"].status == "missed" and steps["verify"].earned == 0


def test_the_model_answer_without_its_verification_is_not_full_marks():
    s = BUILTIN["angry_complaint"]
    script = [
        {**t, "say": {"en": t["say"]["en"].replace(" could you just confirm your postcode?", "")}} if "say" in t else t
        for t in s.data["model_answer"]
    ]
    r = play_script(s, "en", script)
    report = score(s, "en", r.timeline, r.ended)
    assert {x.id: x.status for x in report.steps}["verify"] == "missed"
    assert report.total == 90.0  # 100 less the verification step's weight (10 of 100)
    full = play_script(s, "en", s.data["model_answer"])
    assert score(s, "en", full.timeline, full.ended).total == 100.0


def test_validation_refuses_a_lookup_as_verification():
    data = copy.deepcopy(BUILTIN["billing_dispute"].data)
    data["steps"][1]["evidence"].append({"action": "open_record"})
    assert any("is not a verification step" in p for p in validate(data))


# -- g. no reward for a second complaint on an open case ----------------------------------------
def test_logging_a_second_complaint_for_the_open_case_is_not_rewarded():
    s = BUILTIN["angry_complaint"]
    script = [
        {"do": "answer", "at": 2},
        {"say": "I'm so sorry, I completely understand how frustrating that is.", "at": 8},
        {"do": "open_complaints", "at": 12},
        {"do": "log_complaint", "detail": "K-6001", "at": 30},
    ]
    r = play_script(s, "en", script)
    assert r.line_id == "duplicate" and "K-5521" in r.timeline[-1].text  # she says she has a case
    r.reply("You're right, I'll follow up your open case K-5521.", 40)  # saying so later does not undo it
    steps = {x.id: x for x in score(s, "en", r.timeline, r.ended).steps}
    assert steps["log_complaint"].earned == 0 and steps["log_complaint"].status == "spoiled"


def test_following_up_the_open_case_is_rewarded():
    s = BUILTIN["angry_complaint"]
    r = play_script(s, "zh_CN", s.data["model_answer"])
    steps = {x.id: x for x in score(s, "zh_CN", r.timeline, r.ended).steps}
    assert steps["log_complaint"].status == "done" and steps["log_complaint"].earned == 15


def test_validation_refuses_rewarding_a_duplicate_complaint():
    data = copy.deepcopy(BUILTIN["angry_complaint"].data)
    step = next(x for x in data["steps"] if x["id"] == "log_complaint")
    step["evidence"].append({"action": "log_complaint"})
    assert any("K-5521 is already open" in p for p in validate(data))
    data["customer"]["complaints"][0]["state"] = "closed"  # a closed case: a new complaint is right
    assert not any("already open" in p for p in validate(data))


# -- h. intents in words ------------------------------------------------------------------------
def test_every_intent_of_the_builtin_scenarios_has_a_name_in_both_languages():
    for s in BUILTIN.values():
        own = s.data.get("intent_names") or {}
        for name in s.intents:
            for lang in ("en", "zh_CN"):
                words = intent_lib.intent_name(name, lang, own)
                assert words and "_" not in words, (s.id, name, lang)
                if lang == "zh_CN":
                    assert not words.isascii(), (s.id, name)


# -- the new customer lines are spoken for real ------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_new_lines_are_spoken_with_sound(tmp_path, lang):
    from callcenter.training import speech

    s = BUILTIN["angry_complaint"]
    for name in ("duplicate", "logged"):
        path = speech.synthesize(s.text(s.lines[name]["say"], lang), lang, tmp_path / f"{name}-{lang}.wav", rate=190)
        stats = speech.wav_stats(path)
        assert stats.rms > 0.01 and stats.duration > 2.0, (name, lang, stats)
