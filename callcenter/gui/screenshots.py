"""Take the README's screenshots of the real windows (run under Xvfb):

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m callcenter.gui.screenshots docs/screenshots
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from callcenter.core.calls import ManualCallSource
from callcenter.core.events import EventBus
from callcenter.gui import i18n
from callcenter.gui.app import make_app
from callcenter.gui.bridge import EventBridge
from callcenter.gui.settings import Settings
from callcenter.gui.tasks import wait_for_tasks
from callcenter.store import repo
from callcenter.store.db import Store

# A caller with a rich record: orders, calls, an open complaint, warnings.
RICH_CALLER = """
SELECT p.e164 FROM customers c JOIN phones p ON p.customer_id = c.id
WHERE c.kind = 'person' AND c.preferred_language = ? AND EXISTS (
  SELECT 1 FROM complaints k WHERE k.customer_id = c.id AND k.state NOT IN ('closed', 'follow_up_done'))
AND (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) >= 3
AND (SELECT count(*) FROM phones q WHERE q.e164 = p.e164) = 1
ORDER BY c.value_score DESC LIMIT 1
"""


def pump(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        wait_for_tasks(20)


def shoot(out: Path) -> list[Path]:
    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.agent.login_dialog import LoginDialog
    from callcenter.store.demo import DEMO_ACCOUNTS, generate

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    generate(tmp / "demo.db", customers=3000, seed=7)
    store = Store(tmp / "demo.db")
    app = make_app()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("calls/ring_sound", False)
    settings.set("calls/default_region", "US")
    saved: list[Path] = []

    def save(widget, name: str) -> None:
        pump(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        login = LoginDialog(store, DEMO_ACCOUNTS[:4])
        login.ui.usernameEdit.setText("agent1")
        login.show()
        save(login, f"login-{lang}")
        login.close()

        bus = EventBus()
        source, bridge = ManualCallSource(bus), EventBridge(bus)
        identity = next(a for a in repo.agents(store) if a.username == "agent1")
        window = ConsoleWindow(store, identity, source, bridge, settings, lang)
        window.confirm_close = False
        window.show()
        c = window.controller
        c.set_available()
        with store.engine.connect() as conn:
            ani = conn.exec_driver_sql(RICH_CALLER, ("zh_CN" if lang == "zh_CN" else "en",)).scalar()
        source.ring(identity.user_id, ani)
        pump(app, 1.0)
        save(window, f"console-ringing-{lang}")
        c.answer()
        pump(app, 1.2)
        save(window, f"console-on-call-{lang}")
        c.end()
        window.wrap_panel.ui.filterEdit.setText("resolved" if lang == "en" else "解决")
        window.wrap_panel._pick_first_visible()
        window.wrap_panel.ui.notesEdit.setPlainText(
            "Confirmed the delivery date; customer satisfied." if lang == "en" else "已确认送货日期，客户满意。")
        save(window, f"console-wrap-up-{lang}")
        c.finish_wrap_up(window.wrap_panel.selected(), window.wrap_panel.notes())
        source.ring(identity.user_id, "12345")
        pump(app, 0.6)
        save(window, f"console-invalid-number-{lang}")
        c.answer()
        c.end()
        c.finish_wrap_up(None, "")
        window.close()
        bridge.close()
        shoot_sync(store, settings, lang, save)
        shoot_board(app, lang, save)
    store.close()
    return saved


def shoot_sync(store: Store, settings: Settings, lang: str, save) -> None:
    """The console's sync status after a failed round, and the supervisors' conflicts dialog."""
    from datetime import datetime, timedelta, timezone

    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.sync.conflicts_dialog import ConflictsDialog
    from callcenter.gui.sync.sync_controller import SyncView
    from callcenter.store import replica

    bus = EventBus()
    identity = next(a for a in repo.agents(store) if a.username == "supervisor1")
    ConsoleWindow.start_sync = False
    window = ConsoleWindow(store, identity, ManualCallSource(bus), EventBridge(bus), settings, lang)
    window.confirm_close = False
    window.show()
    sync = window.sync
    error = sync.controller.explain(type("Offline", (Exception,), {"transient": True})())
    last = (datetime.now(timezone.utc) - timedelta(minutes=7)).isoformat(timespec="seconds")
    sync.panel.show_status(SyncView(True, False, last, 12, error))
    save(window, f"sync-status-{lang}")
    window.close()
    ConsoleWindow.start_sync = True
    # Two consoles changed one customer while apart: tier and credit limit on one, phone
    # consent on the other. The later edit won; the earlier one waits for a supervisor.
    plan = replica.synced_tables()["customers"]
    with store.engine.begin() as conn:
        raw = conn.exec_driver_sql(f"SELECT {', '.join(plan.columns)} FROM customers WHERE kind = 'person' "
                                   "ORDER BY value_score DESC LIMIT 1").one()
        winner = replica.encode_row(plan, raw)
        loser = dict(winner, tier="platinum", credit_limit_minor=winner["credit_limit_minor"] + 200_000,
                     do_not_call=not winner["do_not_call"], hlc=winner["hlc"][:-8] + "0ther-dv")
        if not conn.exec_driver_sql("SELECT 1 FROM sync_conflicts WHERE row_id = ?", (winner["id"],)).first():
            replica.insert_conflict(store, conn, "customers", winner, loser, detected_by="server")
    dialog = ConflictsDialog(store, identity.user_id)
    dialog.show()
    save(dialog, f"sync-conflicts-{lang}")
    dialog.close()


def shoot_board(app: QApplication, lang: str, save) -> None:
    """The queue board three simulated hours into a day, the wallboard, and a what-if."""
    from callcenter.gui.supervisor.board_window import BoardWindow
    from callcenter.sim.live import LiveCenter

    wall = [0.0]
    center = LiveCenter(speed=60, wall=lambda: wall[0])
    center.advance(3 * 3600)
    wall[0] = 3 * 3600 / 60
    board = BoardWindow(center)
    board.timer.stop()
    board.resize(1500, 950)
    board.show()
    board.refresh()
    save(board, f"board-{lang}")
    board.toggle_wallboard()
    save(board, f"wallboard-{lang}")
    board.toggle_wallboard()
    # What if billing gets busier and two more billing agents log in?
    board.queue_pick.setCurrentIndex(board.queue_pick.findData("billing"))
    board.rate.setValue(120)
    board._apply_rate()
    board._add_agent()
    board._add_agent()
    wall[0] += 30  # half an hour later at 60x
    board.refresh()
    save(board, f"board-what-if-{lang}")
    board.close()


if __name__ == "__main__":
    for p in shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(p)
