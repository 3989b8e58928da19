"""What every scenario file shares: the format number and the allowed languages and moods.

Its own module so that ``scenario`` (loading, saving) can import ``validate`` and
``validate`` can check against these names, with no import running both ways.
"""

from __future__ import annotations

FORMAT = 1  # the layout of scenario files this code reads and writes
LANGUAGES = ("en", "zh_CN")
MOODS = ("calm", "happy", "anxious", "annoyed", "angry", "furious")
