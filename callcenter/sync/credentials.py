"""Where a device's sync token lives: the system keyring, or a private file.

The token goes to the system keyring (``keyring``: Secret Service, KWallet, macOS
Keychain, Windows Credential Locker). Where no keyring backend exists (a bare
server, a minimal desktop) it is kept in ``<data dir>/sync-tokens/<key>``: the
folder is created ``0700`` and each file ``0600`` (readable by the owner only),
and ``backend_name()`` says so, so the product can tell the user.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

SERVICE = "callcenter-sync"
FILE_BACKEND = "file"


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


def backend_name() -> str:
    """'keyring (<backend>)' or 'file' when tokens go to the private-file fallback."""
    kr = _keyring()
    return f"keyring ({type(kr).__name__})" if kr is not None else FILE_BACKEND


def _account(server_url: str, device_id: str) -> str:
    return f"{device_id}@{server_url.rstrip('/')}"


def token_dir() -> Path:
    from callcenter.paths import data_dir

    return data_dir() / "sync-tokens"


def _file(account: str) -> Path:
    return token_dir() / hashlib.sha256(account.encode()).hexdigest()[:32]


def save_token(server_url: str, device_id: str, token: str) -> str:
    """Store the token; returns the backend used."""
    account = _account(server_url, device_id)
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(SERVICE, account, token)
            return backend_name()
        except Exception:
            pass  # locked or broken keyring: fall back to the private file
    folder = token_dir()
    if not folder.parent.exists():
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # the data folder: its owner's only
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    path = _file(account)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(token)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return FILE_BACKEND


def load_token(server_url: str, device_id: str) -> str | None:
    account = _account(server_url, device_id)
    kr = _keyring()
    if kr is not None:
        try:
            value = kr.get_password(SERVICE, account)
            if value:
                return str(value)
        except Exception:
            pass
    path = _file(account)
    return path.read_text().strip() if path.exists() else None


def forget_token(server_url: str, device_id: str) -> None:
    account = _account(server_url, device_id)
    kr = _keyring()
    if kr is not None:
        try:
            kr.delete_password(SERVICE, account)
        except Exception:
            pass
    _file(account).unlink(missing_ok=True)
