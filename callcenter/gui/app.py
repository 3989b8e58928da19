"""Start the Qt application: language, store, sign-in, the agent console."""

from __future__ import annotations

import logging
import os
import resource as _rusage
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from callcenter import paths
from callcenter.core.calls import ManualCallSource
from callcenter.core.events import EventBus
from callcenter.gui import i18n
from callcenter.gui.bridge import EventBridge
from callcenter.gui.settings import Settings
from callcenter.logsetup import setup_logging
from callcenter.store import repo
from callcenter.store.db import Store

log = logging.getLogger(__name__)
DEMO_CUSTOMERS = 2000


def make_app() -> QApplication:
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
        return open_store(args)
    except Exception as exc:  # a newer schema, a damaged file, a full disk: shown in plain words
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the database"),
            QCoreApplication.translate("App", "The database could not be opened:\n%1").replace("%1", str(exc)),
        )
        return None


def ms_since_process_start() -> float:
    """Milliseconds since this process was created (Linux /proc), for the startup benchmark."""
    with open("/proc/self/stat") as f:
        start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000


def run_console(args) -> int:
    app, settings, lang, store = start_window_app(args)
    if store is None:
        return 1
    if not repo.has_users(store):
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "No accounts yet"),
            QCoreApplication.translate(
                "App",
                "This database has no user accounts. Open the demo with `callcenter console --demo`, "
                "or fill a database with `callcenter demo-data --db FILE`.",
            ),
        )
        return 1
    bus = EventBus()
    source = ManualCallSource(bus)
    center = None
    if getattr(args, "live_server", None):
        try:
            center, source = join_live(store, bus, settings, args.live_server)
        except Exception as exc:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot join the live simulation"), str(exc))
            return 1
    elif getattr(args, "live", False):
        center, source = start_live(store, bus, settings, args.speed)
    bridge = EventBridge(bus)
    benchmark = getattr(args, "benchmark_startup", False)

    from callcenter.gui.console_assembly import build_console

    windows = []

    def open_console(identity) -> None:
        window = build_console(store, identity, source, bridge, settings, lang, center=center)
        windows.append(window)
        window.show()
        if benchmark:

            def ready():
                rss_mb = _rusage.getrusage(_rusage.RUSAGE_SELF).ru_maxrss / 1024
                print(f"READY {ms_since_process_start():.1f} {rss_mb:.1f}", flush=True)
                app.quit()

            QTimer.singleShot(0, ready)

    if benchmark:  # measure start-up without a person typing a password
        open_console(next(a for a in repo.agents(store) if a.role.value == "agent"))
    else:
        identity = sign_in(store)
        if identity is None:
            return 0
        open_console(identity)
    code = app.exec()
    store.close()
    return code


def start_live(store: Store, bus: EventBus, settings: Settings, speed: int):
    """The live simulator as the console's call source, advanced from a GUI timer."""
    from callcenter.gui.settings import board_thresholds
    from callcenter.sim.live import LiveCenter, SimCallSource

    center = LiveCenter(speed=speed, bus=bus)
    center.thresholds = board_thresholds(settings)
    source = SimCallSource(center, ani_sampler(store, settings))
    timer = QTimer(QApplication.instance(), interval=200)
    timer.timeout.connect(center.advance)
    timer.start()
    center.timer = timer  # lives as long as the center
    record_simulated_calls(store, center)
    return center, source


def join_live(store: Store, bus: EventBus, settings: Settings, address: str):
    """A shared live simulation in a `callcenter live-server` process."""
    from callcenter.sim.addresses import split_address
    from callcenter.sim.client import Connection, RemoteCallSource, RemoteCenter

    connection = Connection(*split_address(address), bus)
    return RemoteCenter(connection), RemoteCallSource(connection, ani_sampler(store, settings))


def ani_sampler(store: Store, settings: Settings):
    """Caller numbers for simulated calls: real customers' phones from this console's store
    (plus unknown, withheld and malformed ones), as the switch would send them."""
    import random

    from callcenter.store.callers import sample_ani

    rng, region = random.Random(), settings.get("calls/default_region")

    def next_ani() -> str:
        with store.engine.connect() as conn:
            return sample_ani(conn, rng, region=region)

    return next_ani


def record_simulated_calls(store: Store, center) -> None:
    """Every call of the live center becomes an interaction: the console stores its own;
    these batches store the calls bots handled and callers who gave up in the queue."""
    from callcenter.gui.tasks import run_task, serial_pool
    from callcenter.sim import events as ev
    from callcenter.sim.recorder import CallRecorder

    recorder = CallRecorder(lambda agent: agent in center.external_agents)
    for kind in (ev.CallArrived, ev.CallAnswered, ev.CallEnded, ev.CallAbandoned):
        center.bus.subscribe(kind, recorder.on_event)
    pool = serial_pool(QApplication.instance())

    def flush() -> None:
        batch = recorder.take()
        if batch:
            run_task(
                lambda: repo.record_simulated_calls(store, batch),
                on_error=lambda exc: log.warning("could not store simulated calls: %s", exc),
                pool=pool,
            )

    flush_timer = QTimer(QApplication.instance(), interval=2000)
    flush_timer.timeout.connect(flush)
    flush_timer.start()
    center.recorder, center.flush_timer, center.flush = recorder, flush_timer, flush


TRAINER_ROLES = ("trainer", "supervisor", "admin")


def sign_in(store: Store, roles: tuple[str, ...] | None = None):
    """The sign-in dialog (demo accounts shown on demo databases); None when cancelled.

    With ``roles``, other roles are told plainly that this window is not theirs and may try again.
    """
    from callcenter.gui.agent.login_dialog import LoginDialog

    demo_accounts = None
    if repo.is_demo(store):
        from callcenter.store.demo import DEMO_ACCOUNTS

        demo_accounts = DEMO_ACCOUNTS
    while True:
        login = LoginDialog(store, demo_accounts)
        if not login.exec() or login.identity is None:
            return None
        if roles is None or login.identity.role.value in roles:
            return login.identity
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "Not for this role"),
            QCoreApplication.translate(
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
    """`callcenter board`: the supervisors' queue board on a live simulated center."""
    setup_logging()
    app = make_app()
    settings = Settings()
    i18n.install(i18n.pick_language(args.lang or settings.get("ui/language") or None))
    from callcenter.gui.supervisor.board_window import BoardWindow
    from callcenter.sim.live import LiveCenter
    from callcenter.sim.scenario import load_scenario

    try:
        if args.live_server:
            from callcenter.sim.addresses import split_address
            from callcenter.sim.client import Connection, RemoteCenter

            center = RemoteCenter(Connection(*split_address(args.live_server), EventBus()))
        else:
            scenario = load_scenario(args.scenario) if args.scenario else None
            center = LiveCenter(scenario, seed=args.seed, speed=args.speed)
    except Exception as exc:
        print(f"board: {exc}", file=sys.stderr)
        return 2
    from callcenter.gui.settings import board_thresholds

    center.thresholds = board_thresholds(settings)
    window = BoardWindow(center)
    window.show()
    if args.wallboard:
        window.toggle_wallboard()
    return app.exec()
