"""Password hashing with argon2 (argon2-cffi).

``PASSWORD_HASHER`` holds the product's parameters (argon2id, the library's
interactive-login defaults): every stored password is hashed with them, the demo
users' included. Tests of other things may pass a cheaper hasher.
"""

from __future__ import annotations

from argon2 import Parameters, PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import ARGON2_VERSION

PASSWORD_HASHER = PasswordHasher()
_hasher = PASSWORD_HASHER


def hash_password(password: str, hasher: PasswordHasher | None = None, *, salt: bytes | None = None) -> str:
    """An argon2id hash of ``password``; ``salt`` only for reproducible demo data."""
    if not password:
        raise ValueError("a password cannot be empty")
    return (hasher or _hasher).hash(password, salt=salt)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def product_parameters() -> Parameters:
    """The parameters every password is hashed with (``argon2.Parameters``)."""
    h = PASSWORD_HASHER
    return Parameters(
        type=h.type,
        version=ARGON2_VERSION,
        salt_len=h.salt_len,
        hash_len=h.hash_len,
        time_cost=h.time_cost,
        memory_cost=h.memory_cost,
        parallelism=h.parallelism,
    )


def has_product_parameters(stored_hash: str) -> bool:
    """Whether a stored hash was made with the product's parameters (salt aside)."""
    try:
        return extract_parameters(stored_hash) == product_parameters()
    except InvalidHashError:
        return False
