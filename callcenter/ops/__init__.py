"""The use-case layer: one function per user action, shared by the GUI and the CLI.

An op validates its input, writes in one transaction (``store.unit()``), audits, and
returns ``Done(value, changes)``: the new state the caller shows plus the ``Changes``
that the same commit published as a ``Changed`` event on ``store.events``. It raises a
``callcenter.core.errors.Problem`` (a code and parameters, never a sentence) when it
refuses. Ops are Qt-free and never run on the GUI thread: windows call them through
``callcenter.gui.ops.run_op``.

Modules, one per feature: ``customers`` (save, open with audit, search), ``calls``
(offer, call facts, wrap-up), ``auth`` (sign in, reference data), ``complaints`` (capture,
drafts, case steps, recovery, callbacks, survey, figures), ``sync`` (a round, conflicts,
backup), ``training`` (sessions, results), ``agent_activity`` (every agent state change and
call leg, stored and synced), ``reports`` (agent activity, queue intervals, dispositions and
their export), ``audit`` (the audit viewer: search, export, retention) and ``logs`` (the
application log, filtered).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from callcenter.core.changes import Changes

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """What an op returns: the new state to show and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)
