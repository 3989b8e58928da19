"""Sync in the console: status bar panel, background controller, settings, conflicts, backup."""
