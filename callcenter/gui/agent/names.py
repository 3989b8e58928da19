"""Translated names for states and outcomes, shared by the console's panels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from callcenter.core.agent_state import AgentState


def state_name(state: AgentState) -> str:
    return {
        AgentState.LOGGED_OUT: QCoreApplication.translate("AgentState", "Logged out"),
        AgentState.AVAILABLE: QCoreApplication.translate("AgentState", "Available"),
        AgentState.NOT_READY: QCoreApplication.translate("AgentState", "Not ready"),
        AgentState.RINGING: QCoreApplication.translate("AgentState", "Ringing"),
        AgentState.ON_CALL: QCoreApplication.translate("AgentState", "On call"),
        AgentState.ON_HOLD: QCoreApplication.translate("AgentState", "On hold"),
        AgentState.WRAP_UP: QCoreApplication.translate("AgentState", "After-call work"),
    }[state]


STATE_COLOURS = {
    AgentState.LOGGED_OUT: "#616161",
    AgentState.AVAILABLE: "#2e7d32",
    AgentState.NOT_READY: "#c62828",
    AgentState.RINGING: "#f9a825",
    AgentState.ON_CALL: "#1565c0",
    AgentState.ON_HOLD: "#6a1b9a",
    AgentState.WRAP_UP: "#00838f",
}


def clock(seconds: float) -> str:
    s = int(seconds)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
