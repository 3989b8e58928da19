"""Password hashing with argon2 (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Interactive-login parameters; tests and demo data may pass a cheaper hasher.
_hasher = PasswordHasher()


def hash_password(password: str, hasher: PasswordHasher | None = None) -> str:
    if not password:
        raise ValueError("a password cannot be empty")
    return (hasher or _hasher).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
