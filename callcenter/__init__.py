"""Contact-center console: agent console, screen pop, queue simulation, complaints, sync."""

__version__ = "0.1.0"
