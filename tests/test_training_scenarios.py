"""Scenario format validation, intent matching in both languages, and the scenario CLI."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
import yaml

from callcenter.training import intents
from callcenter.training import scenario as sc
from callcenter.training.validate import validate

PIZZA = sc.load(sc.builtin_dir() / "pizza_member.yaml").data


def mutated(fn):
    data = copy.deepcopy(PIZZA)
    fn(data)
    return validate(data)


def test_every_builtin_scenario_is_valid():
    for path in sc.builtin_paths():
        assert validate(yaml.safe_load(path.read_text(encoding="utf-8"))) == [], path.name


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            lambda d: d["lines"].__setitem__("orphan", {"say": {"en": "x", "zh_CN": "y"}, "end": True}),
            "line 'orphan' is unreachable",
        ),
        (
            lambda d: d["lines"]["found"].__setitem__("branches", []),
            "line 'found' is a dead end: it has no branches and is not an ending",
        ),
        (
            lambda d: d["lines"]["found"].__setitem__("branches", [{"intent": "greet", "goto": "gives_card"}]),
            "line 'found' is a dead end: no path from it reaches an ending",
        ),
        (
            lambda d: d["lines"]["gives_card"]["branches"].__setitem__(0, {"action": "teleport", "goto": "found"}),
            "uses unknown action 'teleport'",
        ),
        (lambda d: d["steps"][0].__setitem__("evidence", [{"action": "fax_it"}]), "uses unknown action 'fax_it'"),
        (
            lambda d: d["lines"]["opening"]["branches"].__setitem__(0, {"intent": "telepathy", "goto": "gives_card"}),
            "uses unknown intent 'telepathy'",
        ),
        (
            lambda d: d["lines"]["opening"]["say"].pop("zh_CN"),
            "missing translation: line 'opening': say has no zh_CN text",
        ),
        (lambda d: d["steps"][2]["title"].pop("en"), "missing translation: step 'use_record': title has no en text"),
        (
            lambda d: d["intents"]["recommend"].pop("zh_CN"),
            "missing translation: intent 'recommend' has no zh_CN phrases",
        ),
        (
            lambda d: d["lines"]["opening"]["branches"][0].__setitem__("goto", "nowhere"),
            "goes to 'nowhere', which is not a line",
        ),
        (lambda d: d.__setitem__("format", 9), "this version reads scenario format 1"),
        (lambda d: d["steps"][1].__setitem__("id", "greet"), "step id 'greet' is used more than once"),
        (lambda d: d["steps"][4].__setitem__("before", ["finish"]), "before names step 'finish', which does not exist"),
        (lambda d: d["steps"][0].__setitem__("skill", "juggling"), "skill 'juggling' is not one of"),
        (lambda d: d["steps"][0].__setitem__("weight", 0), "weight should be a positive number"),
        (lambda d: d.__setitem__("start", "middle"), "start names line 'middle', which does not exist"),
        (lambda d: d["persona"]["voice"].__setitem__("rate", 1000), "persona.voice.rate should be"),
        (lambda d: d["model_answer"].append({"do": "moonwalk", "at": 99}), "unknown action 'moonwalk'"),
        (lambda d: d["lines"]["opening"].__setitem__("mood", "sleepy"), "mood 'sleepy' is not one of"),
    ],
)
def test_validation_names_the_problem(change, expected):
    problems = mutated(change)
    assert any(expected in p for p in problems), problems


def test_not_a_mapping_and_bad_yaml():
    assert "does not contain a scenario" in validate(["a"])[0]
    with pytest.raises(sc.ScenarioError) as err:
        sc.parse("id: [", "broken.yaml")
    assert "not valid YAML (line" in str(err.value) and err.value.source == "broken.yaml"


def test_save_refuses_an_invalid_scenario_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "mine.yaml"
    good = sc.Scenario(copy.deepcopy(PIZZA))
    sc.save(good, path)
    before = path.read_bytes()
    assert sc.load(path).data == PIZZA  # round trip
    bad = sc.Scenario(copy.deepcopy(PIZZA))
    bad.data["lines"]["opening"]["say"] = {"en": "only English"}
    with pytest.raises(sc.ScenarioError):
        sc.save(bad, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mine.yaml"]  # no temporary file left


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hello, thank you for calling! May I have your name?", {"greet", "verify_identity"}),
        ("HELLO!!!", {"greet"}),
        ("This is it", set()),  # "hi" is a word, not part of "this"
        ("I'm so sorry, I completely understand.", {"empathy"}),
        ("Just to confirm: two pizzas, is that correct?", {"confirm"}),
        ("Have a nice day, goodbye!", {"close"}),
        ("您好，感谢来电！", {"greet"}),
        ("您好！请问怎么称呼？我帮您核实一下。", {"greet", "verify_identity"}),
        ("非常抱歉，给您添麻烦了。", {"empathy"}),
        ("跟您确认一下，对吗？", {"confirm"}),
        ("祝您生活愉快，再见！", {"close"}),
        ("ＨＥＬＬＯ", {"greet"}),  # full-width Latin folds to plain
    ],
)
def test_builtin_intents_in_both_languages(text, expected):
    assert set(intents.match(text, intents.BUILTIN_INTENTS)) == expected


def test_scenario_intents_extend_the_builtin_ones():
    merged = sc.Scenario(PIZZA).intents
    assert "recommend" in merged and "greet" in merged
    assert intents.match("我推荐您还点一样的", merged) == ["recommend"]
    assert intents.match("The card is maxed out, it would be declined", merged) == ["warn_card"]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "callcenter", *args], capture_output=True, text=True, timeout=60)


def test_cli_scenario_list_json():
    proc = _cli("scenario", "list", "--json")
    assert proc.returncode == 0
    out = json.loads(proc.stdout)  # exactly one JSON object
    assert list(out) == ["scenarios"] and len(out["scenarios"]) == 6
    for item in out["scenarios"]:
        assert item["id"] and item["title"] and item["languages"] == ["en", "zh_CN"]
    assert {"pizza_member", "angry_complaint", "billing_dispute", "retention", "vip", "withheld_unknown"} == {
        i["id"] for i in out["scenarios"]
    }


def test_cli_scenario_validate(tmp_path):
    assert _cli("scenario", "validate").returncode == 0
    bad = copy.deepcopy(PIZZA)
    bad["lines"]["gives_card"]["branches"][0]["action"] = "teleport"
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(PIZZA, allow_unicode=True), encoding="utf-8")
    proc = _cli("scenario", "validate", str(good), str(path))
    assert proc.returncode == 1
    assert "unknown action 'teleport'" in proc.stderr and "good.yaml: ok" in proc.stdout
    proc = _cli("scenario", "validate", str(path), "--json")
    assert proc.returncode == 1 and json.loads(proc.stdout)["ok"] is False


def test_bench_training_prints_one_json_object():
    proc = _cli("bench", "training", "--rounds", "1", "--lines", "1", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["bench"] == "training" and out["turns"] == sum(
        len([t for t in sc.load(p).data["model_answer"] if "say" in t]) * 2 for p in sc.builtin_paths()
    )
    assert out["turn_p50_ms"] <= out["turn_p99_ms"] <= out["turn_max_ms"]
    assert out["speech_en_audio_s_per_line"] > 0.5 and out["speech_zh_CN_audio_s_per_line"] > 0.5
