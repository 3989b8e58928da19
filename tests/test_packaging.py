"""Installers: the .desktop file and AppStream metainfo, the icon, the wheel, the PyInstaller bundle.

The bundle is built once per session (slow: a couple of minutes) into a temporary folder with the
same command as `make dist`, then started offscreen on a demo store until the sign-in shows."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import venv
import wave
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.callcenter.Console"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = LINUX / "icons" / "hicolor"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
SPEC = ROOT / "packaging" / "callcenter.spec"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
BUILD_TIMEOUT_S = 1200
START_TIMEOUT_S = 120

# What the package reads from disk at run time (callcenter/assets.py, store/migrate.py,
# sync/server_store.py), as paths inside the installed package.
RUNTIME_FILES = [
    "resources/translations/callcenter_zh_CN.qm",
    "resources/sounds/ring.wav",
    "resources/scenarios/angry_complaint.yaml",
    "resources/sim_scenarios/two_queues.yaml",
    "resources/complaints/categories.yaml",
    "resources/complaints/letters/acknowledgement_zh_CN.html",
    "ui/login_dialog.ui",
    "store/migrations/env.py",
    "store/migrations/script.py.mako",
    "store/migrations/versions/0001_initial_schema.py",
    "sync/server_migrations/env.py",
    "sync/server_migrations/versions/0001_server_schema.py",
]


def shipped_files() -> list[str]:
    """Every file the package ships from resources/ and ui/ (the wheel's package-data), as package paths."""
    found = []
    for top, inside in (("resources", "resources"), ("ui", "ui")):
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                found.append(f"{inside}/{path.relative_to(ROOT / top).as_posix()}")
    return found


def need_tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: `make test` installs it (packaging/system-deps.sh test)"
    return found


# -- the menu entry and the software-centre metadata -------------------------------------------


def test_desktop_file_validates():
    done = subprocess.run([need_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # no warnings or hints either


def read_desktop() -> dict[str, str]:
    entry: dict[str, str] = {}
    group = None
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and group == "Desktop Entry":
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


def test_desktop_file_names_the_program_and_icon_in_both_languages():
    entry = read_desktop()
    assert entry["Exec"].split()[0] == "callcenter"  # the console script and the bundle's program alike
    assert entry["Icon"] == APP_ID
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[zh_CN]"), f"{key} has no Chinese"
        assert re.search(r"[\u4e00-\u9fff]", entry[f"{key}[zh_CN]"]), key
    assert entry["Name[zh_CN]"] == "呼叫中心"


def test_metainfo_validates():
    done = subprocess.run(
        [need_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # errors (E:) and warnings (W:) fail; infos and pedantic remarks do not
    assert not re.search(r"^[EW]: ", done.stdout, re.M), done.stdout


def test_metainfo_in_english_and_chinese_with_real_screenshots():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    for tag in ("name", "summary"):
        by_lang = {el.get(XML_LANG): el.text for el in root.findall(tag)}
        assert by_lang.get(None), f"no English {tag}"
        assert re.search(r"[\u4e00-\u9fff]", by_lang.get("zh-CN") or ""), f"no Chinese {tag}"
    assert {el.get(XML_LANG) for el in root.find("description").findall("p")} == {None, "zh-CN"}
    images = [el.text for el in root.iter("image")]
    assert len(images) >= 3
    for url in images:  # each screenshot is one the project renders (docs/screenshots)
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url
    assert root.find("screenshots/screenshot[@type='default']") is not None
    assert root.findtext("provides/binary") == "callcenter"


def test_install_script_lays_out_a_tree_that_validates(tmp_path):
    stage = tmp_path / "stage"
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--destdir", str(stage), "--prefix", "/usr", "--no-bundle"],
        check=True,
        capture_output=True,
    )
    share = stage / "usr" / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    for n in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    done = subprocess.run(
        [need_tool("appstreamcli"), "validate-tree", "--no-net", str(stage)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--destdir", str(stage), "--prefix", "/usr", "--uninstall"],
        check=True,
        capture_output=True,
    )
    assert not [p for p in stage.rglob("*") if p.is_file()]


def test_install_script_refuses_without_a_bundle(tmp_path):
    done = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(tmp_path), "--bundle", str(tmp_path / "none")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "make dist" in done.stderr
    assert not (tmp_path / "share").exists()


# -- the icon ------------------------------------------------------------------------------------


def test_icon_pngs_at_the_usual_sizes_are_rendered_from_the_svg(qapp, tmp_path):
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    from tools import render_icons

    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert QSvgRenderer(str(svg)).isValid()
    for n in ICON_SIZES:
        image = QImage(str(render_icons.png_path(n)))
        assert (image.width(), image.height()) == (n, n)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # a rounded tile: the corner is see-through
        centre = image.pixelColor(n // 2, n // 2)
        assert centre.alpha() == 255
    # the committed PNGs are what the script renders from today's SVG (a little leeway for
    # another Qt's antialiasing)
    for n in (16, 48):
        (fresh,) = render_icons.render(svg, (n,), tmp_path)
        a, b = QImage(str(fresh)), QImage(str(render_icons.png_path(n)))
        worst = max(
            abs(getattr(a.pixelColor(x, y), c)() - getattr(b.pixelColor(x, y), c)())
            for x in range(n)
            for y in range(n)
            for c in ("red", "green", "blue", "alpha")
        )
        assert worst <= 24, f"{n} px: re-run python -m tools.render_icons"


# -- the wheel -----------------------------------------------------------------------------------


def copy_sources(dest: Path) -> Path:
    """The tracked files of the repository (a build never writes into the work tree)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = copy_sources(tmp_path_factory.mktemp("wheel-src"))
    out = tmp_path_factory.mktemp("wheel")
    # no build isolation: the test environment's setuptools and wheel build it, nothing is downloaded
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("callcenter-*.whl")
    return found


def test_wheel_carries_the_runtime_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [f for f in RUNTIME_FILES + shipped_files() if f"callcenter/{f}" not in names]
    assert not missing
    assert "callcenter/gui/forms/ui_login_dialog.py" in names
    assert "callcenter/benchmarks/startup.py" in names
    assert not [n for n in names if n.startswith(("tests/", "tools/", "packaging/"))]


def test_wheel_installs_and_finds_its_resources(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    # the test environment's packages stand in for the dependencies: nothing is downloaded
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    Path(site, "test-env.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "import callcenter, json; from callcenter.assets import resource, ui_form;"
        "from callcenter.store.migrate import MIGRATIONS, head_revision;"
        "from callcenter.training.scenario import builtin_dir;"
        "print(json.dumps({'pkg': callcenter.__file__, 'qm': str(resource('translations', 'callcenter_zh_CN.qm')),"
        "'form': str(ui_form('login_dialog.ui')), 'migrations': str(MIGRATIONS), 'head': head_revision(),"
        "'scenarios': sorted(p.name for p in builtin_dir().glob('*.yaml'))}))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    done = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["pkg"].startswith(str(env_dir)), found  # the installed copy, not the work tree
    for key in ("qm", "form", "migrations"):
        assert Path(found[key]).exists() and found[key].startswith(str(env_dir)), (key, found)
    assert found["scenarios"] == sorted(p.name for p in (ROOT / "resources" / "scenarios").glob("*.yaml"))
    from callcenter.store.migrate import head_revision

    assert found["head"] == head_revision()
    cli = subprocess.run(
        [str(env_dir / "bin" / "callcenter"), "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert cli.stdout.strip() == "callcenter 0.1.0", cli.stderr


# -- the bundle ----------------------------------------------------------------------------------


def test_make_dist_builds_with_the_spec():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^dist:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe, "no dist target"
    assert "PyInstaller" in recipe.group(1) and "packaging/callcenter.spec" in recipe.group(1)
    assert re.search(r"^\.PHONY:.*\bdist\b", makefile, re.M)


def test_smoke_hook_says_the_sign_in_shows_and_quits(tmp_path):
    """CALLCENTER_SMOKE_TEST, the hook the bundle's check uses, from the installed package itself."""
    env = bundle_env(tmp_path)
    db = tmp_path / "site.db"
    subprocess.run(
        [sys.executable, "-m", "callcenter", "demo-data", "--db", str(db), "--customers", "5"],
        check=True,
        capture_output=True,
        env=env,
        timeout=START_TIMEOUT_S,
    )
    env["CALLCENTER_SMOKE_TEST"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "callcenter", "console", "--db", str(db), "--lang", "zh_CN"],
        capture_output=True,
        text=True,
        env=env,
        timeout=START_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert sign_in_shown(done.stdout) == ("登录", {"登录", "取消"}), done.stdout


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return work / "dist" / "callcenter"


def sign_in_shown(stdout: str) -> tuple[str, set[str]] | None:
    """(title, button words) from the console's CALLCENTER_SMOKE_TEST line, None without one."""
    for line in stdout.splitlines():
        found = re.fullmatch(r"SIGN-IN SHOWN (.+) \[(.*)\]", line)
        if found:
            return found.group(1), {b.replace("&", "") for b in found.group(2).split(", ")}
    return None


def bundle_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "CALLCENTER_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CALLCENTER_DATA_DIR=str(tmp_path / "data"),
        CALLCENTER_CACHE_DIR=str(tmp_path / "cache"),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "share"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    return env


@pytest.fixture(scope="module")
def demo_store(bundle, tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle-store")
    db = work / "site.db"
    done = subprocess.run(
        [str(bundle / "callcenter"), "demo-data", "--db", str(db), "--customers", "30"],
        capture_output=True,
        text=True,
        env=bundle_env(work),
        timeout=START_TIMEOUT_S,
        cwd=work,
    )
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.slow
def test_bundle_carries_qt_plugins_translations_and_data(bundle):
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqsvg.so"):
        assert (plugins / plugin).is_file(), plugin
    for plugin in ("imageformats/libqjpeg.so", "imageformats/libqico.so", "platforms/libqwayland.so"):
        assert (plugins / plugin).is_file(), plugin
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").is_file()
    missing = [f for f in RUNTIME_FILES + shipped_files() if not (internal / "callcenter" / f).is_file()]
    assert not [m for m in missing if not m.endswith(("__init__.py", ".ts"))]


@pytest.mark.slow
def test_bundle_console_reaches_the_sign_in_offscreen(bundle, demo_store, tmp_path):
    """The bundle's CLI made the store (running the migrations from its own files); its console
    opens the sign-in in both languages (the .qm came along)."""
    env = bundle_env(tmp_path)
    env["CALLCENTER_SMOKE_TEST"] = "1"
    # the title comes from our .qm, the Cancel button's word from Qt's own (qtbase_zh_CN.qm)
    for lang, title, buttons in (("en", "Sign in", {"Sign in", "Cancel"}), ("zh_CN", "登录", {"登录", "取消"})):
        started = time.monotonic()
        done = subprocess.run(
            [str(bundle / "callcenter"), "console", "--db", str(demo_store), "--lang", lang],
            capture_output=True,
            text=True,
            env=env,
            timeout=START_TIMEOUT_S,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert sign_in_shown(done.stdout) == (title, buttons), (done.stdout, done.stderr[-3000:])
        assert "Traceback" not in done.stderr
        print(f"bundle sign-in ({lang}) in {time.monotonic() - started:.1f} s", file=sys.stderr)


@pytest.mark.slow
def test_bundle_runs_the_scenario_check_from_its_own_files(bundle, tmp_path):
    done = subprocess.run(
        [str(bundle / "callcenter"), "scenario", "validate", "--json"],
        capture_output=True,
        text=True,
        env=bundle_env(tmp_path),
        timeout=START_TIMEOUT_S,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"]
    assert {Path(f["file"]).name for f in report["files"]} == {
        p.name for p in (ROOT / "resources" / "scenarios").glob("*.yaml")
    }
    assert all(Path(f["file"]).is_relative_to(bundle) for f in report["files"])  # read from the bundle


@pytest.mark.slow
def test_installed_bundle_starts_from_its_menu_entry_on_x11(bundle, demo_store, tmp_path):
    """install.sh puts the bundle under a prefix; the menu entry's command opens the sign-in on a
    real X server (the xcb platform plugin and its libraries came along)."""
    prefix = tmp_path / "pre fix"
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--bundle", str(bundle)],
        check=True,
        capture_output=True,
    )
    desktop = prefix / "share" / "applications" / DESKTOP.name
    done = subprocess.run([need_tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    exec_line = next(line for line in desktop.read_text(encoding="utf-8").splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert command == [str(prefix / "bin" / "callcenter"), "console"]
    env = bundle_env(tmp_path)
    env.update(QT_QPA_PLATFORM="xcb", CALLCENTER_SMOKE_TEST="1", LANG="C.UTF-8", LANGUAGE="", LC_ALL="")
    done = subprocess.run(
        [need_tool("xvfb-run"), "-a", "-s", "-screen 0 1280x800x24", *command, "--db", str(demo_store)],
        capture_output=True,
        text=True,
        env=env,
        timeout=START_TIMEOUT_S,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert sign_in_shown(done.stdout) == ("Sign in", {"Sign in", "Cancel"}), done.stdout
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--uninstall"], check=True, capture_output=True
    )
    assert not (prefix / "lib" / "callcenter").exists() and not (prefix / "bin" / "callcenter").exists()


@pytest.mark.slow
def test_bundle_speaks_through_its_speech_worker(bundle, tmp_path):
    """The role-play customer's voice: the product starts `<program> -m callcenter.training.speech_worker`."""
    wav = tmp_path / "hello.wav"
    request = json.dumps({"text": "I would like a refund, please.", "lang": "en", "path": str(wav)})
    done = subprocess.run(
        [str(bundle / "callcenter"), "-m", "callcenter.training.speech_worker"],
        input=request,
        capture_output=True,
        text=True,
        env=bundle_env(tmp_path),
        timeout=START_TIMEOUT_S,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    with wave.open(str(wav)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
    assert 0.8 < seconds < 10, seconds
