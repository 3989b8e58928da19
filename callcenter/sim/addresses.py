"""Addresses of a shared live simulation (``callcenter live-server``), as users type them.

Qt-free and below the GUI, so that the windows that join a shared center and the command
line both read ``HOST:PORT`` the same way without the GUI importing the command line.
"""

from __future__ import annotations


def split_address(text: str) -> tuple[str, int]:
    """``"127.0.0.1:8765"`` -> ``("127.0.0.1", 8765)``; a missing host or a non-numeric port is refused."""
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"expected HOST:PORT, like 127.0.0.1:8765, not {text!r}")
    return host, int(port)
