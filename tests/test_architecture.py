"""The dependency rules of DESIGN.md: nothing outside callcenter/gui imports Qt,
and core depends on nothing of ours. Checked three ways: the source (ast), a real
import in a clean interpreter, and import-linter's contracts in pyproject.toml
(cli above gui, gui sub-packages independent, gui never importing store.models, no
import cycles). The import graph itself (grimp) lists any cycle in full, and the tools
that build the project stay outside the shipped package."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import grimp
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
        "callcenter.telephony.source",
    ]:
        assert expected in result["imported"]
    assert result["qt"] == [], "PySide6 was loaded by a non-GUI module"
    assert result["gui"] == []


PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONTRACTS = {c["name"]: c for c in PYPROJECT["tool"]["importlinter"]["contracts"]}
GUI_SUBPACKAGES = {
    f"callcenter.gui.{name}" for name in ("agent", "supervisor", "complaints", "trainer", "sync", "admin")
}


def _contract(kind: str, predicate) -> dict:
    found = [c for c in CONTRACTS.values() if c["type"] == kind and predicate(c)]
    assert len(found) == 1, f"expected one {kind} contract like that in pyproject.toml, found {len(found)}"
    return found[0]


def test_importlinter_contracts_are_configured():
    config = PYPROJECT["tool"]["importlinter"]
    assert config["root_package"] == "callcenter"
    forbidden = _contract("forbidden", lambda c: "PySide6" in c["forbidden_modules"])
    assert {"PySide6", "shiboken6"} <= set(forbidden["forbidden_modules"])
    assert {
        "callcenter.core",
        "callcenter.store",
        "callcenter.sim",
        "callcenter.sync",
        "callcenter.training",
        "callcenter.telephony",
    } <= set(forbidden["source_modules"])
    layers = _contract("layers", lambda c: c["layers"][0] == "callcenter.gui")
    assert layers["layers"][0] == "callcenter.gui"
    assert layers["layers"][-1] == "callcenter.core"


def test_the_softphone_sits_beside_the_simulator():
    # telephony is a call source like sim: above core, below sync/ops/gui, independent of sim
    layers = _contract("layers", lambda c: c["layers"][0] == "callcenter.gui")["layers"]
    level = next(layer for layer in layers if "callcenter.sim" in layer.split(" | "))
    assert set(level.split(" | ")) >= {"callcenter.sim", "callcenter.telephony"}
    cli = _contract("layers", lambda c: "callcenter.cli" in c["layers"])["layers"]
    assert "callcenter.telephony" in cli[-1].split(" : ")
    packages = PYPROJECT["tool"]["setuptools"]["packages"]
    assert "callcenter.telephony" in packages


def test_the_architecture_of_issue_11_is_configured():
    # cli above gui (and above everything else of ours)
    cli = _contract("layers", lambda c: "callcenter.cli" in c["layers"])
    below_cli = cli["layers"][cli["layers"].index("callcenter.cli") + 1 :]
    assert any("callcenter.gui" in layer.replace(":", " ").replace("|", " ").split() for layer in below_cli)
    # gui sub-packages independent of each other
    independence = _contract("independence", lambda c: True)
    assert set(independence["modules"]) == GUI_SUBPACKAGES
    for ignored in independence.get("ignore_imports", []):  # only edges into the composition root
        assert ignored.split("->")[1].strip() == "callcenter.gui.console_assembly", ignored
    # the windows never import the ORM models
    models = _contract("forbidden", lambda c: "callcenter.store.models" in c["forbidden_modules"])
    assert models["source_modules"] == ["callcenter.gui"]
    # no cycles anywhere in the package
    acyclic = _contract("acyclic_siblings", lambda c: True)
    assert acyclic["ancestors"] == ["callcenter"]
    assert "depth" not in acyclic and "skip_descendants" not in acyclic


@pytest.fixture(scope="module")
def lint_imports_output() -> tuple[int, str]:
    lint = Path(sys.executable).parent / ("lint-imports.exe" if sys.platform == "win32" else "lint-imports")
    assert lint.exists(), "import-linter is missing: pip install -e '.[test]'"
    proc = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


def test_import_linter_contracts_are_kept(lint_imports_output):
    returncode, output = lint_imports_output
    assert returncode == 0, output
    assert "0 broken" in output
    assert "Only callcenter.gui may import Qt KEPT" in output


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_each_import_contract_is_kept(lint_imports_output, name):
    _, output = lint_imports_output
    kept = f"{name} KEPT" in " ".join(output.split())  # lint-imports wraps long lines
    broken = output.find("Broken contracts")
    assert kept, output[broken:] if broken >= 0 else output


# -- import cycles -------------------------------------------------------------------------


def import_cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Every cycle among the modules of ``package``, one per strongly connected component,
    as a closed path ``[a, b, ..., a]``. Imports inside functions count: a cycle closed by a
    lazy import still ties the two modules together."""
    modules = {m for m in graph.modules if m == package or m.startswith(package + ".")}

    def imported_by(module: str) -> list[str]:
        return sorted(m for m in graph.find_modules_directly_imported_by(module) if m in modules and m != module)

    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    for root in sorted(modules):  # Tarjan's algorithm, without recursion
        if root in index:
            continue
        work = [(root, iter(imported_by(root)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(imported_by(child))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    cycles = []
    for component in sorted(components):
        first = component[0]
        # any path back from a module `first` imports stays inside the component
        step = next(m for m in imported_by(first) if m in component)
        cycles.append([first, *graph.find_shortest_chain(importer=step, imported=first)])
    return cycles


def describe_cycle(graph: grimp.ImportGraph, cycle: list[str]) -> str:
    parts = [cycle[0]]
    for importer, imported in zip(cycle, cycle[1:]):
        lines = sorted({d["line_number"] for d in graph.get_import_details(importer=importer, imported=imported)})
        where = f" (l.{', l.'.join(map(str, lines))})" if lines else ""
        parts.append(f"{imported}{where}")
    return " -> ".join(parts)


def _graph(*edges: str) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for edge in edges:
        importer, imported = (part.strip() for part in edge.split("->"))
        graph.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")
    return graph


def test_the_cycle_finder_finds_cycles_and_names_them():
    graph = _graph("p.a -> p.b", "p.b -> p.c", "p.c -> p.a", "p.d -> p.a", "p.x -> p.y", "p.y -> p.x", "q.z -> p.a")
    cycles = import_cycles(graph, "p")
    assert [sorted(set(c)) for c in cycles] == [["p.a", "p.b", "p.c"], ["p.x", "p.y"]]
    assert all(c[0] == c[-1] for c in cycles)
    assert describe_cycle(graph, cycles[0]) == "p.a -> p.b (l.1) -> p.c (l.1) -> p.a (l.1)"
    # a package and its own sub-module count too (what sibling checks cannot see)
    assert import_cycles(_graph("p -> p.m", "p.m -> p"), "p") == [["p", "p.m", "p"]]


def test_the_cycle_finder_passes_acyclic_graphs():
    assert import_cycles(_graph("p.a -> p.b", "p.b -> p.c", "p.a -> p.c", "p.c -> q.x", "q.x -> p.a"), "p") == []


def test_no_import_cycles_in_the_package():
    graph = grimp.build_graph("callcenter", cache_dir=None)
    assert len(graph.modules) > 100
    cycles = [describe_cycle(graph, cycle) for cycle in import_cycles(graph, "callcenter")]
    assert cycles == [], "import cycles:\n  " + "\n  ".join(cycles)


# -- build tools stay out of the shipped package -------------------------------------------

NOT_SHIPPED = ("tools", "tests", "conftest", "seed", "sync_helpers", "pytest", "pytestqt", "hypothesis")


def test_build_tools_live_outside_the_shipped_package():
    packages = PYPROJECT["tool"]["setuptools"]["packages"]
    assert "callcenter" in packages and not any(p.split(".")[0] in ("tools", "tests") for p in packages)
    for tool in ("build.py", "screenshots.py"):
        assert (ROOT / "tools" / tool).exists()
        assert not list(PACKAGE.rglob(tool)), f"{tool} belongs in tools/, not in the shipped package"
    offenders = []
    for path in sorted([*PACKAGE.rglob("*.py"), *(ROOT / "benchmarks").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            offenders += [
                f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names if n.split(".")[0] in NOT_SHIPPED
            ]
    assert offenders == []
