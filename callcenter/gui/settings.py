"""One typed settings registry over QSettings: every setting has a default, a
type and a line of documentation. Secrets never go here (keyring only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type
    doc: str


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in [
        Setting("calls/default_region", "US", str, "Region for numbers without a country code (ISO 3166 code)."),
        Setting("calls/ring_timeout_s", 20, int, "Seconds an offer rings before it counts as missed."),
        Setting("calls/wrap_up_timeout_s", 60, int, "Seconds of after-call work before the console finishes it."),
        Setting("calls/wrap_up_extend_s", 30, int, "Seconds the Extend button adds to after-call work."),
        Setting("calls/after_wrap_up", "available", str, "State after wrap-up: 'available' or 'not_ready'."),
        Setting("calls/max_missed_offers", 2, int, "Missed offers in a row after which the agent stays not ready."),
        Setting("calls/missed_pause_s", 15, int, "Seconds not ready after a single missed offer."),
        Setting("calls/ring_sound", True, bool, "Play the ring tone."),
        Setting("surveys/nps_period_days", 90, int, "Days before the same customer is asked the NPS question again."),
        Setting("analytics/refit_every_hours", 24, int, "Hours between scheduled model refits (0: on demand only)."),
        Setting("analytics/refit_at_hour", 2, int, "Local hour of the scheduled refit, 0-23 (-1: any hour)."),
        Setting("board/service_level_warn", 0.80, float, "Queue board: service level below this is yellow."),
        Setting("board/service_level_alarm", 0.70, float, "Queue board: below this is red and raises an alarm."),
        Setting("board/longest_wait_warn_s", 60.0, float, "Queue board: longest wait above this is yellow."),
        Setting("board/longest_wait_alarm_s", 120.0, float, "Queue board: above this is red and raises an alarm."),
        Setting("board/abandon_warn", 0.05, float, "Queue board: abandon rate above this is yellow."),
        Setting("board/abandon_alarm", 0.10, float, "Queue board: abandon rate above this is red."),
        Setting("ui/language", "", str, "Interface language ('en', 'zh_CN'); empty: the system locale."),
        Setting("ui/geometry", b"", bytes, "Main window geometry."),
    ]
}


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings("callcenter", "callcenter")

    def get(self, key: str) -> Any:
        spec = REGISTRY[key]
        value = self._q.value(key, spec.default)
        if spec.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        try:
            return spec.type(value)
        except (TypeError, ValueError):
            return spec.default  # a hand-edited bad value falls back, never crashes

    def set(self, key: str, value: Any) -> None:
        spec = REGISTRY[key]
        self._q.setValue(key, spec.type(value))


def board_thresholds(settings: Settings) -> Any:
    """The board's colour and alarm thresholds from the settings registry."""
    from callcenter.sim.live import Thresholds

    return Thresholds(**{f.removeprefix("board/"): settings.get(f) for f in REGISTRY if f.startswith("board/")})
