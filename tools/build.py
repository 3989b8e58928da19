"""Developer build steps: compile Designer forms and Qt translations.

    python -m tools.build forms         ui/*.ui -> callcenter/gui/forms/ui_*.py
    python -m tools.build translations  lupdate .ts, lrelease .qm
    python -m tools.build fill FILE.json  put translations into unfinished zh_CN entries, then lrelease

(``python tools/build.py ...`` works the same; paths are found from this file, not the cwd.)

FILE.json maps a context (a class name, or "*" for any) to {English source: translation}.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "callcenter" / "gui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def compile_form(ui_file: Path) -> str:
    return subprocess.run(
        [_tool("pyside6-uic"), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
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


def fill(table_file: str, lang: str = "zh_CN") -> int:
    """Fill unfinished messages from a JSON table; returns how many are still unfinished."""
    import json
    import xml.etree.ElementTree as ET

    table = json.loads(Path(table_file).read_text(encoding="utf-8"))
    translations()  # first bring the .ts up to date with the sources, so new strings are there to fill
    ts = TS_DIR / f"callcenter_{lang}.ts"
    tree = ET.parse(ts)
    left = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for message in ctx.iter("message"):
            translation = message.find("translation")
            empty_plural = message.get("numerus") == "yes" and not any(
                (f.text or "").strip() for f in translation.findall("numerusform")
            )
            if translation.get("type") != "unfinished" and not empty_plural:
                continue
            source = message.findtext("source")
            text = table.get(name, {}).get(source) or table.get("*", {}).get(source)
            if text is None:
                left += 1
                print(f"missing: [{name}] {source!r}")
                continue
            if message.get("numerus") == "yes":  # Chinese has one plural form
                forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    translations()  # lupdate writes the file back in Qt's own layout; lrelease builds the .qm
    return left


if __name__ == "__main__":
    if sys.argv[1] == "fill":
        sys.exit(1 if fill(sys.argv[2]) else 0)
    {"forms": forms, "translations": translations}[sys.argv[1]]()
