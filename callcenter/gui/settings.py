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
        Setting("phone/enabled", False, bool, "Take calls on this desk's SIP phone account instead of the demo."),
        Setting("phone/user", "", str, "SIP user (extension) of the agent's phone account."),
        Setting("phone/display_name", "", str, "Name the switch shows for outgoing calls."),
        Setting("phone/auth_user", "", str, "Authentication user when it differs from the SIP user."),
        Setting("phone/domain", "", str, "SIP domain of the account (the address of record's host)."),
        Setting("phone/registrar", "", str, "Registrar or outbound proxy, host[:port], when not the domain."),
        Setting("phone/transport", "udp", str, "SIP transport: 'udp', 'tcp' or 'tls'."),
        Setting("phone/tls_ca_file", "", str, "CA certificates file for a TLS switch."),
        Setting(
            "phone/codecs", "PCMU,PCMA", str, "Audio codecs in offer order, comma separated (PCMU, PCMA, opus, G722)."
        ),
        Setting(
            "phone/audio_source", "", str, "Microphone as the user agent names it ('alsa,default'); empty: a tone."
        ),
        Setting("phone/audio_player", "", str, "Speaker as the user agent names it ('alsa,default'); empty: a file."),
        Setting(
            "phone/local_address", "", str, "Local SIP address ip:port the phone listens on; empty: any, port 5060."
        ),
        Setting("phone/register_interval_s", 600, int, "Seconds between registration refreshes."),
        Setting(
            "phone/rtp_timeout_s", 30, int, "Seconds without audio after which a call counts as dropped (0: never)."
        ),
        Setting("phone/not_ready_action", "busy", str, "A call while Not ready: 'busy' (refused 486) or 'no_answer'."),
        Setting(
            "callerid/preference",
            "p-asserted-identity,remote-party-id,from",
            str,
            "Caller-id headers, first found wins.",
        ),
        Setting(
            "callerid/outside_line_prefix", "", str, "Digit the PBX puts before outside numbers ('9'); empty: none."
        ),
        Setting(
            "callerid/min_outside_digits",
            7,
            int,
            "Digits that must follow the outside-line prefix for it to be stripped.",
        ),
        Setting(
            "callerid/international_prefix", "00", str, "Dialling prefix that means + ('00'; '011' in North America)."
        ),
        Setting(
            "callerid/country_code",
            "",
            str,
            "Country calling code for national numbers ('44'); empty: the default region.",
        ),
        Setting("callerid/national_prefix", "0", str, "Trunk prefix of national numbers ('0'; '1' in North America)."),
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


_PHONE_PREFIXES = ("phone/", "callerid/")


def phone_settings(settings: Settings) -> Any:
    """The agent's phone (``telephony.phone_settings.PhoneSettings``) from the registry."""
    from callcenter.telephony.phone_settings import PhoneSettings

    values = {key.split("/", 1)[1]: settings.get(key) for key in REGISTRY if key.startswith(_PHONE_PREFIXES)}
    return PhoneSettings.from_values(values)


def save_phone_settings(settings: Settings, phone: Any) -> None:
    """Write a ``PhoneSettings`` to the registry (the password is not part of it: keyring)."""
    for key in REGISTRY:
        if key.startswith(_PHONE_PREFIXES):
            value = getattr(phone, key.split("/", 1)[1])
            settings.set(key, ",".join(value) if isinstance(value, tuple) else value)


def board_thresholds(settings: Settings) -> Any:
    """The board's colour and alarm thresholds from the settings registry."""
    from callcenter.sim.live import Thresholds

    return Thresholds(**{f.removeprefix("board/"): settings.get(f) for f in REGISTRY if f.startswith("board/")})
