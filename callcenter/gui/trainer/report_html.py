"""The session timeline and the debrief as HTML: shown in the windows and printed to PDF."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from callcenter.training.actions import describe
from callcenter.training.scoring import Report
from callcenter.training.skills import skill_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Debrief", text)


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


def status_text(status: str) -> str:
    return {
        "done": _t("done"), "late": _t("late"), "out_of_order": _t("out of order"),
        "late_out_of_order": _t("late and out of order"), "missed": _t("missed"), "spoiled": _t("spoiled"),
    }.get(status, status)


def flag_text(flag: str) -> str:
    return {
        "not_answered": _t("The call was never answered."),
        "slow_answer": _t("Answered later than the scenario's limit."),
        "long_call": _t("The call ran longer than the scenario's limit."),
        "caller_hung_up": _t("The caller hung up."),
        "line_dropped": _t("The line dropped (trainer's event)."),
        "unfinished": _t("The conversation did not reach an ending."),
    }.get(flag, flag)


def event_text(name: str) -> str:
    return {"angrier": _t("The caller gets angrier"), "line_drops": _t("The line drops"),
            "caller_hung_up": _t("The caller hung up")}.get(name, name)


def entry_html(e: dict, lang: str, customer: str) -> str:
    at = f"<span style='color:#777'>{clock(e['at'])}</span>"
    kind, text = e["kind"], escape(e.get("text") or "")
    if kind == "customer":
        return f"<p>{at} <b style='color:#6a1b9a'>{escape(customer)}:</b> {text}</p>"
    if kind == "trainee":
        intents = ", ".join(e.get("intents") or ())
        tail = f" <span style='color:#2e7d32'>[{escape(intents)}]</span>" if intents else ""
        return f"<p>{at} <b style='color:#1565c0'>{_t('Agent')}:</b> {text}{tail}</p>"
    if kind == "trainer":
        return f"<p>{at} <b style='color:#6a1b9a'>{escape(customer)} ({_t('trainer')}):</b> {text}</p>"
    if kind == "action":
        detail = f" ({text})" if text else ""
        return f"<p style='color:#555'>{at} <i>▸ {escape(describe(e['name'], lang))}{detail}</i></p>"
    if kind == "event":
        return f"<p style='color:#c62828'>{at} <b>⚡ {escape(event_text(e['name']))}</b></p>"
    if kind == "note":
        return f"<p style='color:#8d6e00'>{at} ✎ {_t('Trainer note')}: {text}</p>"
    if kind == "offered":
        return f"<p style='color:#777'>{at} <i>☎ {_t('The call rings')}</i></p>"
    return ""


def timeline_html(entries: list[dict], lang: str, customer: str) -> str:
    return "".join(entry_html(e, lang, customer) for e in entries)


def debrief_html(report: Report, title: str, customer: str, trainee: str, entries: list[dict]) -> str:
    lang = report.lang
    verdict = (f"<span style='color:#2e7d32'>{_t('Passed')}</span>" if report.passed
               else f"<span style='color:#c62828'>{_t('Not passed')}</span>")
    m = report.metrics
    metrics = [(_t("Time to answer"), clock(m.time_to_answer)), (_t("Talk time"), clock(m.talk_time)),
               (_t("Hold time"), f"{clock(m.hold_time)} ({m.hold_count}×)"), (_t("Dead air"), clock(m.dead_air)),
               (_t("Longest silence"), clock(m.longest_silence))]
    rows = "".join(
        f"<tr><td>{escape(s.title)}</td><td>{escape(skill_name(s.skill, lang))}</td>"
        f"<td align='right'>{s.earned:g} / {s.weight:g}</td>"
        f"<td style='color:{'#2e7d32' if s.status == 'done' else '#c62828'}'>{escape(status_text(s.status))}</td>"
        f"<td>{escape(s.evidence)}</td><td>{clock(s.at)}</td></tr>" for s in report.steps)
    skills = "".join(f"<tr><td>{escape(skill_name(k, lang))}</td><td align='right'>{v:g} %</td></tr>"
                     for k, v in report.by_skill.items())
    flags = "".join(f"<li>{escape(flag_text(f))}</li>" for f in report.flags)
    head = (f"<h2>{escape(title)}</h2><p>{_t('Trainee')}: <b>{escape(trainee)}</b> · "
            f"{_t('Score')}: <b style='font-size:18pt'>{report.total:g}</b> / 100 "
            f"({_t('pass mark')} {report.pass_score:g}) · <b>{verdict}</b></p>")
    return (
        f"<html><body>{head}"
        + (f"<ul>{flags}</ul>" if flags else "")
        + f"<table cellspacing='0' cellpadding='3' border='1'>"
        + "".join(f"<tr><th align='left'>{k}</th><td>{v}</td></tr>" for k, v in metrics) + "</table>"
        + f"<h3>{_t('Rubric')}</h3><table cellspacing='0' cellpadding='3' border='1' width='100%'>"
        f"<tr><th>{_t('Step')}</th><th>{_t('Skill')}</th><th>{_t('Points')}</th><th>{_t('Result')}</th>"
        f"<th>{_t('Evidence')}</th><th>{_t('Time')}</th></tr>{rows}</table>"
        + f"<h3>{_t('By skill')}</h3><table cellspacing='0' cellpadding='3' border='1'>{skills}</table>"
        + f"<h3>{_t('Timeline and transcript')}</h3>{timeline_html(entries, lang, customer)}</body></html>"
    )
