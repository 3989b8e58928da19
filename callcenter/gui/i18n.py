"""Load the Qt translation for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from callcenter.assets import resource

SUPPORTED = ("en", "zh_CN")
_installed: list[QTranslator] = []


def pick_language(requested: str | None) -> str:
    if requested in SUPPORTED:
        return requested
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(lang: str) -> str:
    app = QCoreApplication.instance()
    assert app is not None, "install a translation once the application exists"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        return lang
    ours = QTranslator()
    if ours.load(str(resource("translations", f"callcenter_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()  # Qt's own dialogs (OK/Cancel) in the same language
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
