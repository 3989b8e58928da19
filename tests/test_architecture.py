"""The dependency rules of DESIGN.md: nothing outside callcenter/gui imports Qt,
and core depends on nothing of ours. Checked three ways: the source (ast), a real
import in a clean interpreter, and import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "callcenter"
GUI = PACKAGE / "gui"
QT_TOP = ("PySide6", "PySide2", "shiboken6", "shiboken2", "PyQt4", "PyQt5", "PyQt6", "sip")


def _is_qt(module: str | None) -> bool:
    top = (module or "").split(".")[0]
    return top in QT_TOP or top.startswith("PyQt")


def qt_imports(source: str, filename: str = "<string>") -> list[str]:
    """Every Qt import in the source, at any depth (functions, try blocks, if TYPE_CHECKING)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [f"{filename}:{node.lineno} import {a.name}" for a in node.names if _is_qt(a.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _is_qt(node.module):
                found.append(f"{filename}:{node.lineno} from {node.module} import ...")
        elif isinstance(node, ast.Call):  # importlib.import_module("PySide6...") / __import__("PySide6")
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _is_qt(arg.value):
                    found.append(f"{filename}:{node.lineno} {name}({arg.value!r})")
    return found


def non_gui_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if GUI not in p.parents)


@pytest.mark.parametrize(
    "snippet",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import PySide6.QtWidgets as w",
        "import shiboken6",
        "from PyQt5 import QtCore",
        "import PyQt6.QtGui",
        "def f():\n    from PySide6 import QtCore",
        "try:\n    import PyQt5\nexcept ImportError:\n    pass",
        "import importlib\nimportlib.import_module('PySide6.QtCore')",
        "__import__('shiboken6')",
    ],
)
def test_the_checker_catches_qt_imports(snippet):
    assert qt_imports(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        "import os",
        "from callcenter.core import phones",
        "from . import qt_free",
        "import pyside_helpers",
        "x = 'PySide6'",
    ],
)
def test_the_checker_passes_other_imports(snippet):
    assert qt_imports(snippet) == []


def test_no_module_outside_gui_imports_qt():
    sources = non_gui_sources()
    assert len(sources) > 20 and all(GUI not in p.parents for p in sources)
    assert any(p.parts[-2:] == ("core", "agent_state.py") for p in sources)
    offenders = []
    for path in sources:
        offenders += qt_imports(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert offenders == []


def test_core_depends_on_nothing_of_ours():
    offenders = []
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                if name.split(".")[0] == "callcenter" and not name.startswith("callcenter.core"):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


IMPORT_ALL = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import callcenter

    SKIP = {
        "callcenter.__main__",              # runs the CLI when imported
        "callcenter.store.migrations.env",  # runs migrations when imported (alembic loads it)
        "callcenter.sync.server_migrations.env",  # the same, for the sync server's database
    }
    imported, errors = [], {}
    names = ["callcenter"]
    for info in pkgutil.iter_modules(callcenter.__path__, "callcenter."):
        if info.name == "callcenter.gui" or info.name in SKIP:
            continue
        names.append(info.name)
        if info.ispkg:
            pkg = importlib.import_module(info.name)
            names += [m.name for m in pkgutil.walk_packages(pkg.__path__, info.name + ".")]
    for name in names:
        if name in SKIP or name.startswith("callcenter.gui"):
            continue
        try:
            importlib.import_module(name)
            imported.append(name)
        except Exception as exc:
            errors[name] = repr(exc)
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
    gui = sorted(m for m in sys.modules if m.startswith("callcenter.gui"))
    print(json.dumps({"imported": imported, "errors": errors, "qt": qt, "gui": gui}))
    """
)


def test_importing_every_non_gui_module_loads_no_qt():
    proc = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["errors"] == {}
    for expected in [
        "callcenter.cli",
        "callcenter.core.agent_state",
        "callcenter.core.phones",
        "callcenter.store.db",
        "callcenter.store.repo",
        "callcenter.store.screenpop",
        "callcenter.store.search",
        "callcenter.store.migrate",
        "callcenter.paths",
    ]:
        assert expected in result["imported"]
    assert result["qt"] == [], "PySide6 was loaded by a non-GUI module"
    assert result["gui"] == []


def test_importlinter_contracts_are_configured():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert config["root_package"] == "callcenter"
    contracts = {c["type"]: c for c in config["contracts"]}
    forbidden = contracts["forbidden"]
    assert {"PySide6", "shiboken6"} <= set(forbidden["forbidden_modules"])
    assert {"callcenter.core", "callcenter.store", "callcenter.sim", "callcenter.sync", "callcenter.training"} <= set(
        forbidden["source_modules"]
    )
    assert contracts["layers"]["layers"][0] == "callcenter.gui"
    assert contracts["layers"]["layers"][-1] == "callcenter.core"


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).parent / ("lint-imports.exe" if sys.platform == "win32" else "lint-imports")
    assert lint.exists(), "import-linter is missing: pip install -e '.[test]'"
    proc = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "0 broken" in output
    assert "Only callcenter.gui may import Qt KEPT" in output
