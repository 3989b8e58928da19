"""Start the Qt application: language, store, sign-in, the agent console.

The composition root. Windows reach the store only through ops on worker threads;
the few reads here run before the first window shows, inside
``allow_store_access("start-up")`` (open and migrate the store, "has it users?",
"is it demo data?")."""

from __future__ import annotations

import gc
import logging
import os
import resource as _rusage
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from callcenter import paths
from callcenter.core.calls import ManualCallSource
from callcenter.core.errors import Problem, StoreProblem, as_problem
from callcenter.core.events import EventBus
from callcenter.gui import i18n
from callcenter.gui.bridge import EventBridge
from callcenter.gui.ops import wait_for_ops
from callcenter.gui.problems import describe
from callcenter.gui.settings import Settings
from callcenter.logsetup import setup_logging
from callcenter.store import repo
from callcenter.store.db import Store, StoreError, allow_store_access

log = logging.getLogger(__name__)
DEMO_CUSTOMERS = 2000


# How long a thread may hold the interpreter while another waits for it (Python's default
# is 5 ms). The GUI thread needs it even inside Qt's layout and paint code (each virtual call
# on a window class written in Python asks for it), so beside a worker running Python every
# such call could wait out the whole interval: showing a record measured 39 ms instead of
# 1.6 with 5 ms, 4.6 with 0.5 ms. Workers lose a little throughput to the extra hand-overs.
GUI_SWITCH_INTERVAL_S = 0.0005


def make_app() -> QApplication:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("callcenter")
    app.setOrganizationName("callcenter")
    app.setApplicationDisplayName("Contact Center")
    return app


def open_store(args) -> Store:
    if getattr(args, "demo", False):
        db = paths.demo_db()
        if not db.exists():
            from callcenter.store.demo import generate

            print(f"Creating the demo database ({DEMO_CUSTOMERS} customers)…", file=sys.stderr)
            generate(db, customers=DEMO_CUSTOMERS, seed=1)
        return Store(db)
    return Store(args.db or paths.default_db())


def start_window_app(args):
    """Logging, the application, settings, language and the store (None when it cannot be opened)."""
    setup_logging()
    app = make_app()
    settings = Settings()
    lang = i18n.install(i18n.pick_language(args.lang or settings.get("ui/language") or None))
    return app, settings, lang, open_store_or_say(args)


def open_store_or_say(args) -> Store | None:
    """The store, or None after saying in plain words why it cannot be opened."""
    try:
        with allow_store_access("start-up: open and migrate the store before any window"):
            return open_store(args)
    except Exception as exc:  # a newer schema, a damaged file, a full disk: shown in plain words
        log.warning("the store could not be opened: %s", exc)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the database"),
            QCoreApplication.translate("App", "The database could not be opened:\n%1").replace(
                "%1", describe(store_problem(exc))
            ),
        )
        return None


def store_problem(exc: BaseException) -> Problem:
    """Why a store cannot be opened, as a code: a StoreError carries its own reason (not a
    store, damaged, newer schema, read-only, disk full); anything else is judged by ``as_problem``."""
    if isinstance(exc, StoreError):
        return StoreProblem(str(exc.params.get("reason", "io")))
    return as_problem(exc)


def settle_heap() -> None:
    """The objects of a console just started (modules, windows, reference data) live as long
    as it: they are moved out of the cyclic collector's way (``gc.freeze``), so that a full
    collection later looks only at what came after. On the whole start-up heap one took tens
    of milliseconds, and while it runs, on whichever thread, the GUI thread waits for the
    interpreter: a stall of a click or a pop now and then. From then on the collector runs
    on the GUI thread while the console is quiet (``gui.idle_gc``)."""
    from callcenter.gui.idle_gc import collect_when_quiet

    gc.freeze()
    collect_when_quiet()


def ms_since_process_start() -> float:
    """Milliseconds since this process was created (Linux /proc), for the startup benchmark."""
    with open("/proc/self/stat") as f:
        start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000


def say_sign_in_shown(dialog) -> None:
    """CALLCENTER_SMOKE_TEST (the installers' check): print the sign-in's title and buttons, then quit."""
    from PySide6.QtWidgets import QPushButton

    buttons = ", ".join(b.text() for b in dialog.findChildren(QPushButton) if b.isVisible())
    print(f"SIGN-IN SHOWN {dialog.windowTitle()} [{buttons}]", flush=True)
    dialog.reject()


def run_console(args) -> int:
    app, settings, lang, store = start_window_app(args)
    if store is None:
        return 1
    with allow_store_access("start-up: is there anyone to sign in?"):
        has_users = repo.has_users(store)
    first_user = None  # admin14: an empty store offers to create a site or join one
    if not has_users:
        if getattr(args, "benchmark_startup", False):
            print("benchmark-startup needs a store with users (callcenter demo-data --db FILE)", file=sys.stderr)
            return 1
        from callcenter.gui.admin.first_run import run_first_run

        first_user = run_first_run(store, lang)
        if first_user is None:
            return 0
    bus = EventBus()
    from callcenter.gui import live_session
    from callcenter.store.analytics import Follower

    follower = Follower(store)  # a customer's figures follow their orders, payments, complaints, calls (own thread)
    refits = _start_refits(store, settings)  # the models refit nightly (own thread)
    live = None  # the one owner of the live simulation (timers, recording, caller numbers)
    if getattr(args, "live_server", None):
        try:
            live = live_session.LiveSession.join(store, bus, settings, args.live_server)
        except Exception as exc:  # said in words by its code (LiveServerError), never its text
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Cannot join the live simulation"),
                live_session.describe(exc),
            )
            return 1
    elif getattr(args, "live", False):
        live = live_session.LiveSession.start(store, bus, settings, args.speed)
    source = live.source if live is not None else ManualCallSource(bus)
    center = live.center if live is not None else None
    bridge = EventBridge(bus)
    benchmark = getattr(args, "benchmark_startup", False)

    from callcenter.gui.console_assembly import build_console

    windows = []
    app.setQuitOnLastWindowClosed(False)  # a console closed by Log out brings the sign-in back

    def open_console(identity) -> None:
        window = build_console(store, identity, source, bridge, settings, lang, center=center)
        windows.append(window)
        follow_sign_out(window, lambda: sign_in(store), open_console, app.quit)
        window.show()
        settle_heap()
        if benchmark:

            def ready():
                rss_mb = _rusage.getrusage(_rusage.RUSAGE_SELF).ru_maxrss / 1024
                print(f"READY {ms_since_process_start():.1f} {rss_mb:.1f}", flush=True)
                app.quit()

            QTimer.singleShot(0, ready)

    if benchmark:  # measure start-up without a person typing a password
        with allow_store_access("start-up benchmark: the first agent, instead of a sign-in"):
            agent = next(a for a in repo.agents(store) if a.role.value == "agent")
        open_console(agent)
    else:
        identity = first_user or sign_in(store)
        if identity is None:
            return 0
        open_console(identity)
    code = app.exec()
    if live is not None:
        live.close()
    wait_for_ops(5000)  # the last simulated calls (and any other write) reach the store
    follower.close()
    refits.stop()
    store.close()
    return code


def _start_refits(store, settings):  # type: ignore[no-untyped-def]
    """The scheduled refit of the value and churn models, by the settings (never on the GUI thread)."""
    from callcenter.core.analytics.schedule import RefitPolicy
    from callcenter.store.analytics import RefitScheduler

    hour = settings.get("analytics/refit_at_hour")
    try:
        policy = RefitPolicy(float(settings.get("analytics/refit_every_hours")), hour if 0 <= hour <= 23 else None)
    except (TypeError, ValueError):
        policy = RefitPolicy()
    return RefitScheduler(store, policy)


def follow_sign_out(
    window, ask: Callable[[], Any], reopen: Callable[[Any], None], quit_app: Callable[[], None]
) -> None:
    """After the console ``window`` closes: on Log out, the sign-in again (``ask``; a new
    console for whoever signs in, ``reopen``); cancelled, or closed any other way, the
    application ends (``quit_app``)."""

    def closed() -> None:
        if not window.signing_out:
            QTimer.singleShot(0, quit_app)
            return

        def again() -> None:
            identity = ask()
            if identity is None:
                quit_app()
            else:
                reopen(identity)

        QTimer.singleShot(0, again)

    window.closing_hooks.append(closed)


TRAINER_ROLES = ("trainer", "supervisor", "admin")
BOARD_ROLES = ("supervisor", "admin")


def sign_in(store: Store, roles: tuple[str, ...] | None = None, refusal: str | None = None):
    """The sign-in dialog (demo accounts shown on demo databases); None when cancelled.

    With ``roles``, other roles are told plainly that this window is not theirs and may try again.
    """
    from callcenter.gui.agent.login_dialog import LoginDialog

    demo_accounts = None
    with allow_store_access("start-up: demo accounts are listed on demo data only"):
        demo = repo.is_demo(store)
    if demo:
        from callcenter.store.demo import DEMO_ACCOUNTS

        demo_accounts = DEMO_ACCOUNTS
    while True:
        login = LoginDialog(store, demo_accounts)
        if os.environ.get("CALLCENTER_SMOKE_TEST"):  # packaging check: say the sign-in shows, then quit
            QTimer.singleShot(0, lambda d=login: say_sign_in_shown(d))
        if not login.exec() or login.identity is None:
            return None
        if roles is None or login.identity.role.value in roles:
            return login.identity
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "Not for this role"),
            refusal
            or QCoreApplication.translate(
                "App",
                "The trainer's window is for trainers, supervisors and administrators. Sign in with such an account.",
            ),
        )


def run_trainer(args) -> int:
    """`callcenter trainer`: role-play sessions, the scenario editor and the trainer dashboard."""
    app, settings, lang, store = start_window_app(args)
    if store is None:
        return 1
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.trainer.trainer_window import TrainerWindow

    identity = sign_in(store, TRAINER_ROLES)
    if identity is None:
        return 0
    window = TrainerWindow(  # the trainees' consoles are put together here, not by the trainer
        store,
        settings,
        lang,
        paths.data_dir() / "training",
        trainer_id=identity.user_id,
        console_factory=build_console,
    )
    window.show()
    code = app.exec()
    store.close()
    return code


def run_board(args) -> int:
    """`callcenter board`: the supervisors' queue board on a live simulated center, for a
    supervisor (or administrator) who signs in; queues are named as the store names them."""
    app, settings, lang, store = start_window_app(args)
    if store is None:
        return 1
    from callcenter.gui.live_session import LiveSession, board_center
    from callcenter.gui.names import set_queue_names
    from callcenter.gui.supervisor.board_window import BoardWindow

    identity = sign_in(
        store,
        BOARD_ROLES,
        QCoreApplication.translate(
            "App", "The queue board is for supervisors and administrators. Sign in with such an account."
        ),
    )
    if identity is None:
        store.close()
        return 0
    with allow_store_access("start-up: the queues' names, before the board shows"):
        set_queue_names(repo.queues(store), lang)

    try:
        center = board_center(settings, args)
    except Exception as exc:  # a scenario file that does not load, an unreachable server: said on stderr
        print(f"board: {exc}", file=sys.stderr)
        store.close()
        return 2
    session = LiveSession.alone(center)
    window = BoardWindow(session.center)
    window.show()
    if args.wallboard:
        window.toggle_wallboard()
    try:
        return int(app.exec())
    finally:
        session.close()
        store.close()
