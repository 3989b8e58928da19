"""The trainer's window: choose a scenario, a trainee and a language; start a
role-play; edit scenarios; open the dashboard.

The trainees are read through ``ops.training`` off the GUI thread (and again when the
users change); the consoles the trainees work come from ``console_factory``, injected
by the composition root."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.trainer.session_controller import ConsoleFactory, SessionController
from callcenter.ops import training as training_ops
from callcenter.store.db import Store
from callcenter.training import scenario as sc
from callcenter.training.skills import skill_name

SIP_ADDRESS = re.compile(r"^sips?:[^\s<>\";,@]+@[^\s<>\";,]+$")


def load_scenarios(user_dir: Path) -> tuple[list[sc.Scenario], list[str]]:
    """Built-in scenarios, then the trainer's own (same id: the trainer's copy wins); problems as text."""
    found: dict[str, sc.Scenario] = {}
    problems: list[str] = []
    paths = sc.builtin_paths() + (sorted(user_dir.glob("*.yaml")) if user_dir.is_dir() else [])
    for path in paths:
        try:
            s = sc.load(path)
        except sc.ScenarioError as exc:
            problems.append(str(exc))
            continue
        s.source = str(path)
        found[s.id] = s
    return sorted(found.values(), key=lambda s: s.id), problems


class TrainerWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings,
        lang: str,
        work_dir: Path,
        speak: bool = True,
        play_audio: bool = True,
        parent=None,
        trainer_id: str | None = None,
        console_factory: ConsoleFactory | None = None,
        trainer_name: str = "",
    ):
        super().__init__(parent)
        self.trainer_name = trainer_name  # shown on the debrief; looked up when not given
        self.console_factory = console_factory  # build_console's signature (gui.console_assembly)
        self.trainees_loaded = False
        self.store, self.settings, self.lang, self.work_dir = store, settings, lang, Path(work_dir)
        self.trainer_id = trainer_id  # who signed in: stored with each session
        self.speak, self.play_audio = speak, play_audio
        self.user_dir = self.work_dir / "scenarios"
        self.sessions: list = []
        self.setWindowTitle(self.tr("Trainer — role-play scenarios"))
        self.resize(1100, 720)

        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show_details)
        self.details = QTextBrowser()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(self.tr("Scenarios")))
        lv.addWidget(self.list, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.details, 1)
        form = QFormLayout()
        self.trainee_combo = QComboBox()
        self.trainee_combo.setEditable(True)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("中文（简体）", "zh_CN")
        self.lang_combo.setCurrentIndex(1 if lang == "zh_CN" else 0)
        self.easy_box = QCheckBox(self.tr("Easy mode: hints and suggested replies"))
        self.live_box = QCheckBox(
            self.tr("Inside the live queue simulator (the training call arrives as a normal call)")
        )
        form.addRow(self.tr("Trainee:"), self.trainee_combo)
        form.addRow(self.tr("Language of the call:"), self.lang_combo)
        form.addRow("", self.easy_box)
        form.addRow("", self.live_box)
        # the customer can also ring the trainee's real phone and speak there (SIP)
        self.sip_box = QCheckBox(self.tr("Customer calls the trainee's phone (SIP)"))
        self.sip_address = QLineEdit()
        self.sip_address.setPlaceholderText(self.tr("the phone's address, e.g. sip:1001@pbx.example"))
        self.sip_address.setEnabled(False)
        self.sip_box.toggled.connect(self.sip_address.setEnabled)
        form.addRow("", self.sip_box)
        form.addRow(self.tr("Trainee's phone:"), self.sip_address)
        rv.addLayout(form)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start session"))
        self.start_button.setStyleSheet("QPushButton:enabled { background:#6a1b9a; color:white; font-weight:700; }")
        self.start_button.clicked.connect(self.start_session)
        self.edit_button = QPushButton(self.tr("&Edit scenario…"))
        self.edit_button.clicked.connect(self.edit_scenario)
        self.dashboard_button = QPushButton(self.tr("&Dashboard"))
        self.dashboard_button.clicked.connect(self.open_dashboard)
        for b in (self.start_button, self.edit_button, self.dashboard_button):
            buttons.addWidget(b)
        rv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 780])
        self.setCentralWidget(split)
        banner = QLabel(self.tr("TRAINING — sessions use made-up customers in a separate training store"))
        banner.setStyleSheet("background:#6a1b9a; color:white; padding:1px 6px; font-weight:700;")
        self.statusBar().addPermanentWidget(banner)
        self.reload()
        watch(store, self, lambda _event: self.load_trainees(), tables=("users",))
        self.load_trainees()
        if trainer_id and not trainer_name:
            run_op(
                lambda: training_ops.user_name(store, trainer_id),
                self._trainer_named,
                name="training.user_name",
                owner=self,
            )

    def _trainer_named(self, name: str) -> None:
        self.trainer_name = self.trainer_name or name

    def load_trainees(self) -> None:
        store = self.store
        run_op(lambda: training_ops.trainees(store), self._trainees, name="training.trainees", owner=self)

    def _trainees(self, trainees: list[training_ops.Trainee]) -> None:
        chosen, typed = self.trainee_combo.currentData(), self.trainee_combo.currentText()
        self.trainee_combo.blockSignals(True)
        self.trainee_combo.clear()
        for t in trainees:
            self.trainee_combo.addItem(t.name, t.user_id)
        again = self.trainee_combo.findData(chosen) if chosen is not None else -1
        if again >= 0:
            self.trainee_combo.setCurrentIndex(again)
        elif typed and self.trainees_loaded:  # a name typed for a trainee without an account stays
            self.trainee_combo.setEditText(typed)
        self.trainee_combo.blockSignals(False)
        self.trainees_loaded = True

    # -- scenarios ------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.scenarios, problems = load_scenarios(self.user_dir)
        self.list.clear()
        for s in self.scenarios:
            item = QListWidgetItem(s.title(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
            if s.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        if problems:
            self.statusBar().showMessage(
                self.tr("Some scenario files were skipped: %1").replace("%1", "; ".join(problems)), 15_000
            )

    def current(self) -> sc.Scenario | None:
        item = self.list.currentItem()
        sid = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((s for s in self.scenarios if s.id == sid), None)

    def _show_details(self, *_):
        s = self.current()
        if s is None:
            self.details.clear()
            return
        t = lambda v: escape(s.text(v, self.lang))  # noqa: E731
        steps = "".join(
            f"<li>{t(st['title'])} — {escape(skill_name(st['skill'], self.lang))} ({st['weight']:g})</li>"
            for st in s.steps
        )
        caller, reason, rubric = self.tr("Caller"), self.tr("Reason"), self.tr("Rubric")
        mark = self.tr("pass mark %1").replace("%1", f"{s.pass_score:g}")
        self.details.setHtml(
            f"<h2>{escape(s.title(self.lang))}</h2><p>{t(s.data.get('summary'))}</p>"
            f"<p><b>{caller}:</b> {t(s.persona['name'])} · <b>{reason}:</b> {t(s.data.get('reason'))}</p>"
            f"<p><b>{rubric}</b> ({mark})</p><ol>{steps}</ol><p style='color:#777'>{escape(s.id)} · v{s.version}</p>"
        )

    # -- actions -------------------------------------------------------------------------
    def start_session(self) -> SessionController | None:
        from callcenter.gui.trainer.session_window import SessionWindow

        s = self.current()
        if s is None or self.console_factory is None:
            return None
        lang = self.lang_combo.currentData()
        if lang not in s.languages:
            QMessageBox.information(
                self, self.tr("Start session"), self.tr("This scenario has no version in that language.")
            )
            return None
        sip_target = self.sip_address.text().strip() if self.sip_box.isChecked() else ""
        if self.sip_box.isChecked() and not SIP_ADDRESS.match(sip_target):
            QMessageBox.information(
                self,
                self.tr("Start session"),
                self.tr("Enter the trainee's phone address, for example sip:1001@pbx.example."),
            )
            return None
        name = self.trainee_combo.currentText().strip() or self.tr("Trainee")
        trainee_id = (
            self.trainee_combo.currentData()
            if self.trainee_combo.currentText() == self.trainee_combo.itemText(self.trainee_combo.currentIndex())
            else None
        )
        controller = SessionController(
            s,
            lang,
            self.store,
            trainee_id,
            name,
            self.settings,
            self.work_dir,
            mode="live" if self.live_box.isChecked() else "easy" if self.easy_box.isChecked() else "practice",
            speak=self.speak,
            play_audio=self.play_audio,
            live=self.live_box.isChecked(),
            trainer_id=self.trainer_id,
            console_factory=self.console_factory,
            trainer_name=self.trainer_name,
            sip_target=sip_target,
        )
        window = SessionWindow(controller)
        window.dialogue.easy_box.setChecked(self.easy_box.isChecked())
        window.show()
        self.sessions.append(window)
        controller.start()
        return controller

    def edit_scenario(self) -> None:
        from callcenter.gui.trainer.scenario_editor_dialog import ScenarioEditorDialog

        s = self.current()
        if s is None:
            return
        dialog = ScenarioEditorDialog(s, self.user_dir, self.lang, self.work_dir / "speech", self)
        if dialog.exec():
            self.reload(select=dialog.saved_id)

    def open_dashboard(self) -> None:
        from callcenter.gui.trainer.dashboard_window import DashboardWindow

        self.dashboard = DashboardWindow(self.store, self.lang)
        self.dashboard.show()
