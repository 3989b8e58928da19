"""``callcenter bench training``: how fast the trainee's input turns into the customer's answer.

- ``turn``: one trainee reply through intent matching and the dialogue runner (what happens
  on the GUI thread when the trainee presses Enter), over every built-in scenario's model
  answer in both languages;
- ``score``: scoring a finished session (rubric, evidence, metrics);
- ``speech``: synthesising one customer line to a WAV file in the speech child process
  (cold: nothing cached), per language; the GUI shows the subtitle at once and plays the
  sound when this finishes.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from callcenter.benchmarks.stats import say, summary_ms


def run(args) -> dict:
    from callcenter.training import scenario as sc
    from callcenter.training import speech
    from callcenter.training.runner import Runner
    from callcenter.training.scoring import score

    rounds = args.rounds
    scenarios = sc.builtin()
    turn_ns, score_ns = [], []
    say(f"{rounds} rounds of {len(scenarios)} scenarios x 2 languages through the runner and scoring")
    for _ in range(rounds):
        for s in scenarios:
            for lang in s.languages:
                runner = Runner(s, lang)
                runner.offered(0.0)
                for turn in s.data["model_answer"]:
                    t0 = time.perf_counter_ns()
                    if "say" in turn:
                        runner.reply(s.text(turn["say"], lang), float(turn["at"]))
                        turn_ns.append(time.perf_counter_ns() - t0)
                    else:
                        runner.action(turn["do"], float(turn["at"]), turn.get("detail", ""))
                t0 = time.perf_counter_ns()
                score(s, lang, runner.timeline, runner.ended)
                score_ns.append(time.perf_counter_ns() - t0)
    result = {
        "bench": "training",
        "rounds": rounds,
        "turns": len(turn_ns),
        **summary_ms("turn", turn_ns),
        **summary_ms("score", score_ns),
    }
    problem = speech.engine_problem()
    if problem:
        result["speech"] = f"not measured: {problem}"
        return result
    lines = {
        lang: [s.text(line["say"], lang) for s in scenarios for line in s.lines.values()][: args.lines]
        for lang in ("en", "zh_CN")
    }
    with tempfile.TemporaryDirectory(prefix="callcenter-bench-") as scratch:
        for lang, texts in lines.items():
            say(f"synthesising {len(texts)} {lang} lines")
            samples, audio_s = [], 0.0
            for i, text in enumerate(texts):
                t0 = time.perf_counter_ns()
                path = speech.synthesize(text, lang, Path(scratch) / f"{lang}-{i}.wav")
                samples.append(time.perf_counter_ns() - t0)
                audio_s += speech.wav_stats(path).duration
            result.update(summary_ms(f"speech_{lang}", samples))
            result[f"speech_{lang}_audio_s_per_line"] = round(audio_s / len(texts), 2)
    return result
