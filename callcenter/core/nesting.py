"""How deeply a document read from a file is nested, found without recursion.

A YAML or JSON file nested thousands of levels deep would otherwise end in a
RecursionError inside the parser or a checker; readers refuse it in words."""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 64  # far deeper than any scenario; far shallower than Python's recursion limit


def too_deep(data: Any, limit: int = MAX_DEPTH) -> bool:
    """True when ``data`` (mappings and lists) nests more than ``limit`` levels."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
            stack.extend((k, depth + 1) for k in value if isinstance(k, (tuple, frozenset)))
        elif isinstance(value, (list, tuple)):
            stack.extend((v, depth + 1) for v in value)
    return False


def nested_too_deeply(limit: int = MAX_DEPTH) -> str:
    """The plain sentence for a file refused by ``too_deep`` (or by the parser's recursion)."""
    return f"the file is nested too deeply to be a scenario (more than {limit} levels)"
