"""The trainer's use cases: who can be trained, a training store for one role-play, the
session's result, the dashboard's figures, and the customer's voice.

The trainer's windows call these through ``gui.ops.run_op`` (never on the GUI thread);
saving a session publishes ``Changed`` for ``training_sessions``/``training_scores`` on
the real store, which is how an open dashboard learns of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from callcenter.core.agents import Identity
from callcenter.core.errors import NotFound, Problem
from callcenter.ops import Done
from callcenter.store import repo
from callcenter.store import training as tstore
from callcenter.store.db import Store
from callcenter.training import speech

log = logging.getLogger(__name__)

__all__ = [
    "NoSpeech",
    "Trainee",
    "dashboard",
    "prepare_session",
    "save_session",
    "scenario_titles",
    "session_report",
    "sessions",
    "skill_progress",
    "speak",
    "trainees",
    "user_name",
]

SESSION_TABLES = ("training_sessions", "training_scores")


class NoSpeech(Problem):
    """No speech engine could speak the text here (the customer's lines stay as text)."""

    code = "no_speech"
    english_template = "no speech here ({detail})"

    def __init__(self, detail: str = "", **extra: Any) -> None:
        super().__init__(detail=detail, **extra)


@dataclass(frozen=True)
class Trainee:
    user_id: str
    name: str


@dataclass(frozen=True)
class Dashboard:
    sessions: list[dict[str, Any]]
    progress: dict[str, list[tuple[datetime, float]]]


def trainees(store: Store) -> list[Trainee]:
    """The agents who can be trained, by name."""
    return [Trainee(a.user_id, a.display_name) for a in repo.agents(store) if a.role.value == "agent"]


def scenario_titles(lang: str, user_dir: str | Path | None = None) -> dict[str, str]:
    """Scenario id -> title in ``lang``: the built-in scenarios and the trainer's own (the
    dashboard names sessions by title, not by id). Files that do not load are left out."""
    from callcenter.training import scenario as sc

    paths = sc.builtin_paths() + (sorted(Path(user_dir).glob("*.yaml")) if user_dir and Path(user_dir).is_dir() else [])
    titles: dict[str, str] = {}
    for path in paths:
        try:
            s = sc.load(path)
        except sc.ScenarioError:
            continue
        titles[s.id] = s.title(lang) or s.id
    return titles


def user_name(store: Store, user_id: str | None) -> str:
    """A user's display name ('' when unknown): the trainer named in a session's debrief."""
    if not user_id:
        return ""
    return next((a.display_name for a in repo.agents(store) if a.user_id == user_id), "")


def prepare_session(
    path: str | Path, record: dict[str, Any] | None, trainee_name: str, lang: str = "en", region: str = "US"
) -> Done[tuple[Store, Identity]]:
    """A fresh training store for one role-play (made-up customer, one trainee account):
    the store and the trainee's identity in it. Nothing here touches real customers."""
    return Done(tstore.build_training_store(path, record, trainee_name, lang, region))


def save_session(
    store: Store,
    *,
    trainee_id: str | None,
    trainee_name: str,
    trainer_id: str | None,
    report: dict[str, Any],
    timeline: list[dict[str, Any]],
    started_at: datetime,
    ended_at: datetime,
    mode: str = "practice",
    notes: str = "",
) -> Done[str]:
    """A finished session and its rubric scores in the real store (synced like every other
    table), audited under the trainer, in one transaction. Returns the session's id."""
    session_id, changes = tstore.record_session(
        store,
        trainee_id=trainee_id,
        trainee_name=trainee_name,
        trainer_id=trainer_id,
        report=report,
        timeline=timeline,
        started_at=started_at,
        ended_at=ended_at,
        mode=mode,
        notes=notes,
        audit=True,
    )
    return Done(session_id, changes)


def sessions(store: Store, trainee_id: str | None = None) -> list[dict[str, Any]]:
    """Sessions, oldest first (all trainees, or one)."""
    return tstore.sessions(store, trainee_id)


def skill_progress(store: Store, trainee_id: str | None = None) -> dict[str, list[tuple[datetime, float]]]:
    """Per skill, (session start, percent earned) for each session, oldest first."""
    return tstore.skill_progress(store, trainee_id)


def dashboard(store: Store, trainee_id: str | None = None) -> Dashboard:
    """Everything the dashboard shows in one read: the sessions and the progress per skill."""
    return Dashboard(tstore.sessions(store), tstore.skill_progress(store, trainee_id))


def session_report(store: Store, session_id: str) -> dict[str, Any]:
    """The stored report of one session (with its timeline); ``NotFound`` when it is gone."""
    report = tstore.session_report(store, session_id)
    if not report:
        raise NotFound("training_session")
    return report


def speak(text: str, lang: str, folder: str | Path, rate: int = 170, pitch: int = 50) -> Path:
    """The customer's line as a WAV file (cached); ``NoSpeech`` when no engine can speak it."""
    try:
        return speech.cached(text, lang, folder, rate, pitch)
    except speech.SpeechUnavailable as exc:
        log.info("no speech: %s", exc)
        raise NoSpeech(str(exc)) from None
