"""The session timeline and the debrief as HTML: shown in the windows and printed to PDF."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from callcenter.training.actions import describe, detail_words
from callcenter.training.intents import intent_name
from callcenter.training.scoring import Report
from callcenter.training.skills import skill_name


def labels() -> dict[str, str]:
    """Every fixed text of the debrief, translated (one place, so lupdate finds them)."""
    return {
        "agent": QCoreApplication.translate("Debrief", "Agent"),
        "trainer": QCoreApplication.translate("Debrief", "trainer"),
        "note": QCoreApplication.translate("Debrief", "Trainer note"),
        "rings": QCoreApplication.translate("Debrief", "The call rings"),
        "passed": QCoreApplication.translate("Debrief", "Passed"),
        "not_passed": QCoreApplication.translate("Debrief", "Not passed"),
        "time_to_answer": QCoreApplication.translate("Debrief", "Time to answer"),
        "talk": QCoreApplication.translate("Debrief", "Talk time"),
        "hold": QCoreApplication.translate("Debrief", "Hold time"),
        "dead_air": QCoreApplication.translate("Debrief", "Dead air"),
        "longest": QCoreApplication.translate("Debrief", "Longest silence"),
        "trainee": QCoreApplication.translate("Debrief", "Trainee"),
        "score": QCoreApplication.translate("Debrief", "Score"),
        "pass_mark": QCoreApplication.translate("Debrief", "pass mark"),
        "rubric": QCoreApplication.translate("Debrief", "Rubric"),
        "step": QCoreApplication.translate("Debrief", "Step"),
        "skill": QCoreApplication.translate("Debrief", "Skill"),
        "points": QCoreApplication.translate("Debrief", "Points"),
        "result": QCoreApplication.translate("Debrief", "Result"),
        "evidence": QCoreApplication.translate("Debrief", "Evidence"),
        "time": QCoreApplication.translate("Debrief", "Time"),
        "by_skill": QCoreApplication.translate("Debrief", "By skill"),
        "timeline": QCoreApplication.translate("Debrief", "Timeline and transcript"),
        "date": QCoreApplication.translate("Debrief", "Date"),
        "trainer_name": QCoreApplication.translate("Debrief", "Trainer"),
    }


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


def status_text(status: str) -> str:
    return {
        "done": QCoreApplication.translate("Debrief", "done"),
        "late": QCoreApplication.translate("Debrief", "late"),
        "out_of_order": QCoreApplication.translate("Debrief", "out of order"),
        "late_out_of_order": QCoreApplication.translate("Debrief", "late and out of order"),
        "missed": QCoreApplication.translate("Debrief", "missed"),
        "spoiled": QCoreApplication.translate("Debrief", "spoiled"),
    }.get(status, status)


def flag_text(flag: str) -> str:
    return {
        "not_answered": QCoreApplication.translate("Debrief", "The call was never answered."),
        "slow_answer": QCoreApplication.translate("Debrief", "Answered later than the scenario's limit."),
        "long_call": QCoreApplication.translate("Debrief", "The call ran longer than the scenario's limit."),
        "caller_hung_up": QCoreApplication.translate("Debrief", "The caller hung up."),
        "line_dropped": QCoreApplication.translate("Debrief", "The line dropped (trainer's event)."),
        "unfinished": QCoreApplication.translate("Debrief", "The conversation did not reach an ending."),
    }.get(flag, flag)


def event_text(name: str) -> str:
    return {
        "angrier": QCoreApplication.translate("Debrief", "The caller gets angrier"),
        "line_drops": QCoreApplication.translate("Debrief", "The line drops"),
        "caller_hung_up": QCoreApplication.translate("Debrief", "The caller hung up"),
    }.get(name, name)


def entry_html(
    e: dict[str, Any],
    lang: str,
    customer: str,
    L: dict[str, str],
    intent_names: dict[str, Any] | None = None,
    trainee_view: bool = False,
) -> str:
    """One timeline entry. ``trainee_view``: what the trainee may see (no trainer's notes;
    the trainer speaking as the customer is the customer)."""
    at = f"<span style='color:#777'>{clock(e['at'])}</span>"
    kind, text = e["kind"], escape(e.get("text") or "")
    if kind == "customer" or (kind == "trainer" and trainee_view):
        return f"<p>{at} <b style='color:#6a1b9a'>{escape(customer)}:</b> {text}</p>"
    if kind == "trainee":
        words = list(dict.fromkeys(intent_name(i, lang, intent_names) for i in e.get("intents") or ()))
        tail = (
            f" <span style='color:#2e7d32'>({escape('、'.join(words) if lang == 'zh_CN' else ', '.join(words))})</span>"
        )
        return f"<p>{at} <b style='color:#1565c0'>{L['agent']}:</b> {text}{tail if words else ''}</p>"
    if kind == "trainer":
        return f"<p>{at} <b style='color:#6a1b9a'>{escape(customer)} ({L['trainer']}):</b> {text}</p>"
    if kind == "action":
        shown = detail_words(e["name"], e.get("text") or "", lang)
        detail = f" ({escape(shown)})" if shown else ""
        return f"<p style='color:#555'>{at} <i>▸ {escape(describe(e['name'], lang))}{detail}</i></p>"
    if kind == "event":
        return f"<p style='color:#c62828'>{at} <b>⚡ {escape(event_text(e['name']))}</b></p>"
    if kind == "note":
        return "" if trainee_view else f"<p style='color:#8d6e00'>{at} ✎ {L['note']}: {text}</p>"
    if kind == "offered":
        return f"<p style='color:#777'>{at} <i>☎ {L['rings']}</i></p>"
    return ""


def timeline_html(
    entries: list[dict[str, Any]],
    lang: str,
    customer: str,
    intent_names: dict[str, Any] | None = None,
    trainee_view: bool = False,
) -> str:
    L = labels()
    return "".join(entry_html(e, lang, customer, L, intent_names, trainee_view) for e in entries)


def when_text(at: datetime | str | None) -> str:
    """A session's date and time, local, as the debrief prints it."""
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at)
        except ValueError:
            return ""
    if at is None:
        return ""
    if at.tzinfo is not None:
        at = at.astimezone()
    return at.strftime("%Y-%m-%d %H:%M")


def debrief_html(
    report: Report,
    title: str,
    customer: str,
    trainee: str,
    entries: list[dict[str, Any]],
    trainer: str = "",
    started_at: datetime | str | None = None,
    intent_names: dict[str, Any] | None = None,
) -> str:
    lang, L = report.lang, labels()
    verdict = (
        f"<span style='color:#2e7d32'>{L['passed']}</span>"
        if report.passed
        else f"<span style='color:#c62828'>{L['not_passed']}</span>"
    )
    m = report.metrics
    metrics = [
        (L["time_to_answer"], clock(m.time_to_answer)),
        (L["talk"], clock(m.talk_time)),
        (L["hold"], f"{clock(m.hold_time)} ({m.hold_count}×)"),
        (L["dead_air"], clock(m.dead_air)),
        (L["longest"], clock(m.longest_silence)),
    ]
    rows = "".join(
        f"<tr><td>{escape(s.title)}</td><td>{escape(skill_name(s.skill, lang))}</td>"
        f"<td align='right'>{s.earned:g} / {s.weight:g}</td>"
        f"<td style='color:{'#2e7d32' if s.status == 'done' else '#c62828'}'>{escape(status_text(s.status))}</td>"
        f"<td>{escape(s.evidence)}</td><td>{clock(s.at)}</td></tr>"
        for s in report.steps
    )
    skills = "".join(
        f"<tr><td>{escape(skill_name(k, lang))}</td><td align='right'>{v:g} %</td></tr>"
        for k, v in report.by_skill.items()
    )
    flags = "".join(f"<li>{escape(flag_text(f))}</li>" for f in report.flags)
    who = [(L["date"], when_text(started_at)), (L["trainer_name"], trainer)]
    who_html = "".join(f" · {k}: <b>{escape(v)}</b>" for k, v in who if v)
    head = (
        f"<h2>{escape(title)}</h2><p>{L['trainee']}: <b>{escape(trainee)}</b>{who_html}<br>"
        f"{L['score']}: <b style='font-size:18pt'>{report.total:g}</b> / 100 "
        f"({L['pass_mark']} {report.pass_score:g}) · <b>{verdict}</b></p>"
    )
    return (
        f"<html><body>{head}"
        + (f"<ul>{flags}</ul>" if flags else "")
        + "<table cellspacing='0' cellpadding='3' border='1'>"
        + "".join(f"<tr><th align='left'>{k}</th><td>{v}</td></tr>" for k, v in metrics)
        + "</table>"
        + f"<h3>{L['rubric']}</h3><table cellspacing='0' cellpadding='3' border='1' width='100%'>"
        f"<tr><th>{L['step']}</th><th>{L['skill']}</th><th>{L['points']}</th><th>{L['result']}</th>"
        f"<th>{L['evidence']}</th><th>{L['time']}</th></tr>{rows}</table>"
        + f"<h3>{L['by_skill']}</h3><table cellspacing='0' cellpadding='3' border='1'>{skills}</table>"
        + f"<h3>{L['timeline']}</h3>{timeline_html(entries, lang, customer, intent_names)}</body></html>"
    )
