"""The store's own error, importable by every store module without a cycle."""

from __future__ import annotations


class StoreError(Exception):
    """A store problem told in plain words (bad file, full disk, newer schema)."""
