"""The scenario editor: the customer's lines (both languages), each line's branches,
the rubric, and the whole file as YAML; preview a line's speech; validate before
saving. Saving writes the trainer's copy (scenarios folder of the training data);
a scenario that does not validate is never written."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.gui.ops import run_op
from callcenter.ops import training as training_ops
from callcenter.training import scenario as sc
from callcenter.training.validate import validate

KINDS = ("intent", "action", "event")


def file_problem(exc: OSError) -> str:
    """Why a file could not be written, in the user's words (not the system's message)."""
    import errno

    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # lupdate reads the literal context of each call
    if exc.errno == errno.ENOSPC:
        return translate("ScenarioEditorDialog", "the disk is full")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("ScenarioEditorDialog", "the folder cannot be written")
    return translate("ScenarioEditorDialog", "the file could not be written")


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item else ""


def _set(table: QTableWidget, row: int, values: list, checkable_col: int | None = None) -> None:
    for col, value in enumerate(values):
        item = QTableWidgetItem("" if col == checkable_col else str(value))
        if col == checkable_col:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        table.setItem(row, col, item)


def _evidence_text(conditions: list[dict]) -> str:
    return ", ".join(f"{k}:{v}" for c in conditions for k, v in c.items())


def _evidence_parse(text: str) -> list[dict]:
    out = []
    for part in text.split(","):
        kind, _, value = part.strip().partition(":")
        if kind.strip():
            out.append({kind.strip(): value.strip()})
    return out


class ScenarioEditorDialog(QDialog):
    def __init__(self, scenario: sc.Scenario, save_dir: Path, lang: str, speech_dir: Path, parent=None):
        super().__init__(parent)
        self.data = copy.deepcopy(scenario.data)
        self.save_dir, self.lang, self.speech_dir = Path(save_dir), lang, Path(speech_dir)
        self.saved_id: str | None = None
        self.saved_path: Path | None = None
        self.player = None
        self.setWindowTitle(self.tr("Edit scenario — %1").replace("%1", scenario.title(lang)))
        self.resize(1150, 760)

        self.tabs = QTabWidget()
        self.lines = _table([self.tr("Line"), "English", "中文", self.tr("Ending")])
        self.lines.currentCellChanged.connect(self._line_selected)
        self.branches = _table([self.tr("When"), self.tr("Intent, action or event"), self.tr("Go to line")])
        self.branches.setColumnWidth(0, 90)
        self.branches.setColumnWidth(1, 260)
        lines_page = QWidget()
        lv = QVBoxLayout(lines_page)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.lines)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        self.branch_title = QLabel()
        bv.addWidget(self.branch_title)
        bv.addWidget(self.branches)
        split.addWidget(bottom)
        split.setSizes([430, 220])
        lv.addWidget(split, 1)
        row = QHBoxLayout()
        for text, slot in [
            (self.tr("Add &line"), self.add_line),
            (self.tr("Add &branch"), self.add_branch),
            (self.tr("Remove branch"), self.remove_branch),
        ]:
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        self.preview_lang = QComboBox()
        self.preview_lang.addItem("English", "en")
        self.preview_lang.addItem("中文", "zh_CN")
        self.preview_lang.setCurrentIndex(1 if lang == "zh_CN" else 0)
        self.preview_button = QPushButton(self.tr("&Preview speech"))
        self.preview_button.clicked.connect(self.preview)
        row.addWidget(self.preview_lang)
        row.addWidget(self.preview_button)
        lv.addLayout(row)
        self.tabs.addTab(lines_page, self.tr("Lines and branches"))

        self.rubric = _table(
            [
                self.tr("Step"),
                self.tr("Skill"),
                self.tr("Weight"),
                "English",
                "中文",
                self.tr("Evidence (intent:x, action:y, line:z)"),
            ]
        )
        rubric_page = QWidget()
        rv = QVBoxLayout(rubric_page)
        rv.addWidget(self.rubric, 1)
        add_step = QPushButton(self.tr("Add &step"))
        add_step.clicked.connect(self.add_step)
        rv.addWidget(add_step, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(rubric_page, self.tr("Rubric"))
        self.yaml_edit = QPlainTextEdit()
        self.yaml_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.tabs.addTab(self.yaml_edit, self.tr("YAML (everything)"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._yaml_tab = 2
        self._last_tab = 0

        self.problems = QListWidget()
        self.problems.setMaximumHeight(90)
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.validate_button = buttons.addButton(self.tr("&Validate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.validate_button.clicked.connect(self.check)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        v = QVBoxLayout(self)
        v.addWidget(self.tabs, 1)
        v.addWidget(self.status)
        v.addWidget(self.problems)
        v.addWidget(buttons)
        self._current_line: str | None = None
        self._fill()

    # -- tables <-> data ---------------------------------------------------------------
    def _fill(self) -> None:
        d = self.data
        self.lines.blockSignals(True)
        self.lines.setRowCount(0)
        for name, line in (d.get("lines") or {}).items():
            r = self.lines.rowCount()
            self.lines.insertRow(r)
            say = line.get("say") or {}
            say = say if isinstance(say, dict) else {"en": say, "zh_CN": say}
            _set(self.lines, r, [name, say.get("en", ""), say.get("zh_CN", ""), bool(line.get("end"))], checkable_col=3)
        self.lines.blockSignals(False)
        self.lines.resizeColumnToContents(0)
        self.lines.setColumnWidth(1, 450)
        self.lines.setColumnWidth(2, 420)
        self.rubric.setRowCount(0)
        for step in d.get("steps") or []:
            r = self.rubric.rowCount()
            self.rubric.insertRow(r)
            title = step.get("title") or {}
            _set(
                self.rubric,
                r,
                [
                    step.get("id", ""),
                    step.get("skill", ""),
                    step.get("weight", ""),
                    title.get("en", ""),
                    title.get("zh_CN", ""),
                    _evidence_text(step.get("evidence") or []),
                ],
            )
        self.rubric.resizeColumnsToContents()
        self._current_line = None
        if self.lines.rowCount():
            self.lines.setCurrentCell(0, 1)
            self._line_selected(0)

    def _line_selected(self, row: int, *_):
        self._store_branches()
        name = _cell(self.lines, row, 0) if row >= 0 else None
        self._current_line = name
        line = (self.data.get("lines") or {}).get(name) or {}
        self.branch_title.setText(self.tr("Branches of line %1 (first match wins):").replace("%1", name or "—"))
        self.branches.setRowCount(0)
        for b in line.get("branches") or []:
            r = self.branches.rowCount()
            self.branches.insertRow(r)
            kind = next((k for k in KINDS if k in b), "intent")
            _set(self.branches, r, [kind, b.get(kind, ""), b.get("goto", "")])

    def _store_branches(self) -> None:
        name = self._current_line
        lines = self.data.setdefault("lines", {})
        if name is None or name not in lines:
            return
        branches = []
        for r in range(self.branches.rowCount()):
            kind, value, goto = (_cell(self.branches, r, c) for c in range(3))
            if kind or value or goto:
                branches.append({kind or "intent": value, "goto": goto})
        if branches:
            lines[name]["branches"] = branches
        else:
            lines[name].pop("branches", None)

    def collect(self) -> dict:
        """The scenario as edited in the tables."""
        self._store_branches()
        old = self.data.get("lines") or {}
        lines = {}
        for r in range(self.lines.rowCount()):
            name = _cell(self.lines, r, 0)
            line = dict(old.get(name) or {})
            line["say"] = {"en": _cell(self.lines, r, 1), "zh_CN": _cell(self.lines, r, 2)}
            if self.lines.item(r, 3).checkState() == Qt.CheckState.Checked:
                line["end"] = True
            else:
                line.pop("end", None)
            lines[name] = line
        self.data["lines"] = lines
        old_steps = {s.get("id"): s for s in self.data.get("steps") or []}
        steps = []
        for r in range(self.rubric.rowCount()):
            sid = _cell(self.rubric, r, 0)
            step = dict(old_steps.get(sid) or {})
            weight = _cell(self.rubric, r, 2)
            try:
                weight = float(weight) if "." in weight else int(weight)
            except ValueError:
                pass  # validation says what is wrong
            step.update(
                id=sid,
                skill=_cell(self.rubric, r, 1),
                weight=weight,
                title={"en": _cell(self.rubric, r, 3), "zh_CN": _cell(self.rubric, r, 4)},
                evidence=_evidence_parse(_cell(self.rubric, r, 5)),
            )
            steps.append(step)
        self.data["steps"] = steps
        return self.data

    def _tab_changed(self, index: int) -> None:
        if self._last_tab == self._yaml_tab and index != self._yaml_tab:
            try:
                self.data = sc.parse_loose(self.yaml_edit.toPlainText())
            except sc.ScenarioError as exc:
                self._show(exc.problems)
                self.tabs.blockSignals(True)
                self.tabs.setCurrentIndex(self._yaml_tab)
                self.tabs.blockSignals(False)
                return
            self._fill()
        elif index == self._yaml_tab:
            self.yaml_edit.setPlainText(sc.Scenario(self.collect()).to_yaml())
        self._last_tab = index

    def _data_now(self) -> dict | None:
        if self.tabs.currentIndex() == self._yaml_tab:
            try:
                self.data = sc.parse_loose(self.yaml_edit.toPlainText())
            except sc.ScenarioError as exc:
                self._show(exc.problems)
                return None
            return self.data
        return self.collect()

    # -- editing ---------------------------------------------------------------------------
    def add_line(self) -> None:
        self._store_branches()
        n = 1
        while f"line_{n}" in (self.data.get("lines") or {}):
            n += 1
        name = f"line_{n}"
        self.data.setdefault("lines", {})[name] = {"say": {"en": "", "zh_CN": ""}}
        r = self.lines.rowCount()
        self.lines.insertRow(r)
        _set(self.lines, r, [name, "", "", False], checkable_col=3)
        self.lines.setCurrentCell(r, 1)

    def add_branch(self) -> None:
        r = self.branches.rowCount()
        self.branches.insertRow(r)
        _set(self.branches, r, ["intent", "", ""])

    def remove_branch(self) -> None:
        if self.branches.currentRow() >= 0:
            self.branches.removeRow(self.branches.currentRow())

    def add_step(self) -> None:
        r = self.rubric.rowCount()
        self.rubric.insertRow(r)
        _set(self.rubric, r, [f"step_{r + 1}", "resolution", 10, "", "", "intent:"])

    # -- checking, preview and saving -----------------------------------------------------------------
    def _show(self, problems: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(problems)
        self.status.setText(
            self.tr("%n problem(s): fix them before saving.", "", len(problems))
            if problems
            else self.tr("No problems found.")
        )
        self.status.setStyleSheet("color:#c62828;" if problems else "color:#2e7d32;")

    def check(self) -> list[str]:
        data = self._data_now()
        if data is None:
            return [self.problems.item(i).text() for i in range(self.problems.count())]
        problems = validate(data)
        self._show(problems)
        return problems

    def preview(self) -> None:
        row = self.lines.currentRow()
        lang = self.preview_lang.currentData()
        text = _cell(self.lines, row, 1 if lang == "en" else 2) if row >= 0 else ""
        if not text:
            self.status.setText(self.tr("Choose a line with text to preview."))
            return
        voice = (self.data.get("persona") or {}).get("voice") or {}
        folder, rate, pitch = self.speech_dir, voice.get("rate", 170), voice.get("pitch", 50)
        self.status.setText(self.tr("Synthesising…"))
        run_op(
            lambda: training_ops.speak(text, lang, folder, rate, pitch),
            self._play,
            lambda _problem: self.status.setText(
                self.tr("No speech here: the speech engine could not speak this line.")
            ),  # what the engine said is in the log
            name="training.preview_speech",
            owner=self,
        )

    def _play(self, path) -> None:
        self.preview_path = Path(path)
        self.status.setText(self.tr("Playing the preview."))
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if not QMediaDevices.audioOutputs():
            self.status.setText(self.tr("Speech is ready, but there is no audio device to play it."))
            return
        if self.player is None:
            self.player = QSoundEffect(self)
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()

    def save(self) -> None:
        if self.check():
            self.tabs.setCurrentIndex(self.tabs.currentIndex())
            return  # the problems are listed; nothing is written
        path = self.save_dir / f"{self.data['id']}.yaml"
        try:
            self.save_dir.mkdir(parents=True, exist_ok=True)
            sc.save(sc.Scenario(self.data), path)
        except sc.ScenarioError as exc:  # the validator's own list of problems
            self._show([self.tr("Could not save: %1").replace("%1", "; ".join(exc.problems))])
            return
        except OSError as exc:
            self._show([self.tr("Could not save: %1").replace("%1", file_problem(exc))])
            return
        self.saved_id, self.saved_path = self.data["id"], path
        self.accept()
