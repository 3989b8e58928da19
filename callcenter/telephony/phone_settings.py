"""The agent's phone as plain settings: what the Preferences' Phone page edits and what the
console builds its ``SipAccount`` and ``CallerIdRules`` from. Qt-free (the GUI keeps these
values in its settings registry; the password lives in the keyring, ``telephony.secrets``).

Mapping to the user agent:

- ``user``/``domain`` make the address of record ``sip:user@domain``; ``registrar`` (a
  host[:port], optional) is where REGISTER and calls go when it differs from the domain
  (baresip's ``outbound`` proxy);
- ``transport`` passes through to the account line (``udp``, ``tcp``, ``tls``; TLS uses
  ``sips:`` and the CA file ``tls_ca_file`` as baresip's ``sip_cafile``);
- ``codecs`` is the offer order (``PCMU``, ``PCMA``, ``opus``, ``G722``) as the account's
  ``audio_codecs``; the modules for those beyond G.711 are loaded;
- ``audio_source``/``audio_player`` are baresip device strings (``alsa,default``,
  ``pulse,default``, ``aufile,<wav>``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields

from callcenter.core.caller_id import DEFAULT_PREFERENCE, FROM, PAI, RPID, CallerIdRules
from callcenter.telephony.source import SipAccount

TRANSPORTS = ("udp", "tcp", "tls")
# Codec names as offered in SDP, with the baresip module each needs (G.711 is always loaded).
CODECS: dict[str, str] = {"PCMU": "g711", "PCMA": "g711", "opus": "opus", "G722": "g722"}
IDENTITY_HEADERS = (PAI, RPID, FROM)
# What a call arriving while the agent is Not ready gets.
NOT_READY_BUSY = "busy"  # 486 Busy Here: the switch's forward-on-busy or voicemail takes it
NOT_READY_NO_ANSWER = "no_answer"  # it keeps ringing unseen: the switch's no-answer rule takes it
NOT_READY_ACTIONS = (NOT_READY_BUSY, NOT_READY_NO_ANSWER)

_HOST_PORT = re.compile(r"^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.\-]+)(:\d{1,5})?$")
_USER = re.compile(r"^[A-Za-z0-9_.!~*'()&=+$,;?/%\-]+$")


def available_codecs(module_dir: str | None = None) -> list[str]:
    """The codecs this machine's user agent can offer, in the default order."""
    if module_dir is None:
        from callcenter.telephony.baresip import module_path

        module_dir = module_path()
    out = ["PCMU", "PCMA"]
    for name in ("opus", "G722"):
        module = CODECS[name]
        if module_dir is None or os.path.exists(os.path.join(module_dir, f"{module}.so")):
            out.append(name)
    return out


@dataclass(frozen=True)
class PhoneSettings:
    enabled: bool = False
    user: str = ""
    display_name: str = ""
    auth_user: str = ""
    domain: str = ""
    registrar: str = ""
    transport: str = "udp"
    tls_ca_file: str = ""
    codecs: tuple[str, ...] = ("PCMU", "PCMA")
    audio_source: str = ""
    audio_player: str = ""
    local_address: str = ""
    register_interval_s: int = 600
    rtp_timeout_s: int = 30
    not_ready_action: str = NOT_READY_BUSY
    # caller id
    preference: tuple[str, ...] = DEFAULT_PREFERENCE
    outside_line_prefix: str = ""
    min_outside_digits: int = 7
    international_prefix: str = "00"
    country_code: str = ""
    national_prefix: str = "0"

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> PhoneSettings:
        """From plain values keyed by field name (lists may be comma-separated text)."""
        kwargs: dict[str, object] = {}
        for f in fields(cls):
            if f.name not in values:
                continue
            value = values[f.name]
            if f.name in ("codecs", "preference"):
                items = value.split(",") if isinstance(value, str) else list(value or ())  # type: ignore[call-overload]
                kwargs[f.name] = tuple(str(v).strip() for v in items if str(v).strip())
            elif f.name in ("min_outside_digits", "register_interval_s", "rtp_timeout_s"):
                try:
                    kwargs[f.name] = int(str(value))
                except ValueError:
                    continue
            elif f.name == "enabled":
                kwargs[f.name] = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            else:
                kwargs[f.name] = str(value if value is not None else "").strip()
        return cls(**kwargs)  # type: ignore[arg-type]

    # -- what the console builds ----------------------------------------------------------
    @property
    def aor_domain(self) -> str:
        return self.domain or self.registrar

    @property
    def configured(self) -> bool:
        return self.enabled and bool(self.user) and bool(self.aor_domain)

    @property
    def keyring_account(self) -> str:
        """Whose password this is, in the keyring: ``user@domain``."""
        return f"{self.auth_user or self.user}@{self.aor_domain}"

    def rules(self) -> CallerIdRules:
        return CallerIdRules.from_settings(
            {
                "preference": list(self.preference),
                "outside_line_prefix": self.outside_line_prefix,
                "min_outside_digits": self.min_outside_digits,
                "international_prefix": self.international_prefix,
                "country_code": self.country_code,
                "national_prefix": self.national_prefix,
            }
        )

    def problems(self) -> list[tuple[str, str]]:
        """What is wrong, as ``(field, code)``; empty when the phone can be started.
        Codes: ``missing``, ``bad_address``, ``bad_user``, ``bad_transport``,
        ``missing_ca_file``, ``no_codec``, ``unknown_codec``, ``bad_header``, ``bad_action``."""
        out: list[tuple[str, str]] = []
        if not self.enabled:
            return out
        if not self.user:
            out.append(("user", "missing"))
        elif not _USER.match(self.user):
            out.append(("user", "bad_user"))
        if self.auth_user and not _USER.match(self.auth_user):
            out.append(("auth_user", "bad_user"))
        if not self.aor_domain:
            out.append(("domain", "missing"))
        for name in ("domain", "registrar"):
            value = getattr(self, name)
            if value and not _HOST_PORT.match(value):
                out.append((name, "bad_address"))
        if self.local_address and not _HOST_PORT.match(self.local_address):
            out.append(("local_address", "bad_address"))
        if self.transport not in TRANSPORTS:
            out.append(("transport", "bad_transport"))
        if self.transport == "tls" and self.tls_ca_file and not os.path.isfile(self.tls_ca_file):
            out.append(("tls_ca_file", "missing_ca_file"))
        if not self.codecs:
            out.append(("codecs", "no_codec"))
        elif any(c not in CODECS for c in self.codecs):
            out.append(("codecs", "unknown_codec"))
        if not self.preference or any(h not in IDENTITY_HEADERS for h in self.preference):
            out.append(("preference", "bad_header"))
        if self.not_ready_action not in NOT_READY_ACTIONS:
            out.append(("not_ready_action", "bad_action"))
        return out

    def account(self, password: str = "") -> SipAccount:
        """The ``SipAccount`` the softphone registers with."""
        proxy = self.registrar if self.registrar and self.registrar != self.aor_domain else ""
        modules = tuple(dict.fromkeys(CODECS[c] for c in self.codecs if CODECS.get(c) not in (None, "g711")))
        return SipAccount(
            user=self.user,
            registrar=self.aor_domain,
            password=password,
            transport=self.transport,
            auth_user=self.auth_user,
            display_name=self.display_name,
            outbound_proxy=proxy,
            register_interval_s=self.register_interval_s,
            local_address=self.local_address,
            codecs=modules,
            audio_source=self.audio_source,
            audio_player=self.audio_player,
            audio_codecs=tuple(self.codecs),
            tls_ca_file=self.tls_ca_file if self.transport == "tls" else "",
            rtp_timeout_s=self.rtp_timeout_s,
        )
