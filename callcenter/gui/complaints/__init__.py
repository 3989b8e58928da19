"""The complaint windows: capture, the case window, the complaints board, the figures.

Importing any of them teaches ``gui.problems.describe`` the complaint words (steps,
states, fields, reasons), so every refusal reads as a sentence in the user's language.
"""

from callcenter.gui.names import register_complaint_words

register_complaint_words()
