"""The phone account's password: in the system keyring only (never in the settings file).

Service ``callcenter-sip``, account ``<auth user or user>@<domain>`` — the same pattern as
the sync token's ``callcenter-sync`` / ``<device>@<server>``. Where no keyring backend
exists the password is not kept: ``save_password`` says so (returns ``False``) and the
Preferences tell the agent that it will be asked for again.
"""

from __future__ import annotations

from typing import Any

SERVICE = "callcenter-sip"


def _keyring() -> Any:
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        kr = keyring.get_keyring()
        if isinstance(kr, (fail.Keyring, null.Keyring)):
            return None
        if isinstance(kr, chainer.ChainerBackend) and not kr.backends:
            return None
        return kr
    except Exception:  # a broken keyring setup is the same as none
        return None


def have_keyring() -> bool:
    return _keyring() is not None


def save_password(account: str, password: str) -> bool:
    """Keep (or, with an empty password, forget) the password; ``False`` when no keyring takes it."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        if password:
            kr.set_password(SERVICE, account, password)
        else:
            forget_password(account)
        return True
    except Exception:  # locked or broken keyring
        return False


def load_password(account: str) -> str:
    kr = _keyring()
    if kr is None:
        return ""
    try:
        return str(kr.get_password(SERVICE, account) or "")
    except Exception:
        return ""


def forget_password(account: str) -> None:
    kr = _keyring()
    if kr is not None:
        try:
            kr.delete_password(SERVICE, account)
        except Exception:
            pass
