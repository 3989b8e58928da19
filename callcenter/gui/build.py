"""Developer build steps: compile Designer forms and Qt translations.

    python -m callcenter.gui.build forms         ui/*.ui -> callcenter/gui/forms/ui_*.py
    python -m callcenter.gui.build translations  lupdate .ts, lrelease .qm
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).with_name("forms")
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def compile_form(ui_file: Path) -> str:
    return subprocess.run(
        [_tool("pyside6-uic"), "-g", "python", str(ui_file)],
        check=True, capture_output=True, text=True,
    ).stdout


def form_target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def forms() -> None:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_target(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name}")


def translations() -> None:
    sources = [str(p) for p in sorted((ROOT / "callcenter" / "gui").rglob("*.py")) if "forms" not in p.parts]
    sources += [str(p) for p in sorted(UI_DIR.glob("*.ui"))]
    for lang in LANGS:
        ts = TS_DIR / f"callcenter_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"forms": forms, "translations": translations}[sys.argv[1]]()
