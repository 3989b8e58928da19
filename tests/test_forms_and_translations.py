"""Compiled Designer forms and translations stay in step with their sources."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from callcenter.assets import resource

ROOT = Path(__file__).resolve().parents[1]


def _load_build():
    """tools/build.py is a developer tool outside the shipped package: load it by path, so
    the test does not depend on the checkout being on sys.path."""
    spec = importlib.util.spec_from_file_location("tools_build", ROOT / "tools" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()


def _body(text: str) -> str:
    # The header names the uic version; the code below it is what must match.
    return "\n".join(line for line in text.splitlines() if not line.startswith("##"))


@pytest.mark.parametrize("ui_file", sorted(build.UI_DIR.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file):
    target = build.form_target(ui_file)
    assert target.exists(), f"{target.name} missing: run `make forms`"
    assert _body(target.read_text(encoding="utf-8")) == _body(build.compile_form(ui_file)), (
        f"{target.name} is stale: run `make forms`"
    )


def test_every_form_is_used_by_composition_not_subclassing():
    for ui_file in build.UI_DIR.glob("*.ui"):
        cls = ET.parse(ui_file).getroot().find("class").text
        users = [
            p
            for p in (build.ROOT / "callcenter" / "gui").rglob("*.py")
            if f"Ui_{cls}()" in p.read_text(encoding="utf-8")
        ]
        assert users, f"no widget composes Ui_{cls}"
        for p in users:
            assert not re.search(rf"class \w+\([^)]*Ui_{cls}", p.read_text(encoding="utf-8"))


def test_chinese_translation_is_complete_and_compiled():
    ts = resource("translations", "callcenter_zh_CN.ts")
    qm = resource("translations", "callcenter_zh_CN.qm")
    assert qm.exists() and qm.stat().st_mtime >= 0
    root = ET.parse(ts).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 100
    missing = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished",)
        or not (
            (m.findtext("translation") or "").strip()
            or any((f.text or "").strip() for f in m.findall("translation/numerusform"))
        )
    ]
    assert missing == [], f"untranslated: {missing[:10]}"


def test_no_sentence_hides_from_lupdate_behind_a_wrapper():
    """lupdate finds ``self.tr("...")``, ``QCoreApplication.translate("Ctx", "...")`` and
    ``QT_TRANSLATE_NOOP``; a sentence passed as a literal to a helper of our own that calls
    ``translate`` is never extracted, so Chinese users read it in English (41 sentences of
    the complaint-rule pages, the problem and sync words once did)."""
    import ast

    hidden = []
    for path in sorted((build.ROOT / "callcenter" / "gui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = {
            f.name
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef)
            and any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "translate"
                for n in ast.walk(f)
            )
            and f.name not in ("tr", "translate")
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                hidden.append(f"{path.name}:{node.lineno} {node.args[0].value[:50]!r}")
    assert hidden == [], f"sentences lupdate cannot see: {hidden[:10]}"


def test_the_compiled_chinese_covers_the_problem_and_import_words(qapp):
    """With the shipped .qm alone (no translation table on top): a refusal and a field of the
    import report read in Chinese."""
    from callcenter.core.errors import NotPermitted
    from callcenter.gui import i18n
    from callcenter.gui.admin.import_words import field_name
    from callcenter.gui.problems import describe

    i18n.install("zh_CN")
    try:
        assert describe(NotPermitted("decide_recovery", "agent")).startswith("不允许")
        assert field_name("given_name") != "Given name"
    finally:
        i18n.install("en")
    assert describe(NotPermitted("decide_recovery", "agent")).startswith("Not allowed")
