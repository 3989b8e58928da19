"""The administration window: users (admins; supervisors for agents) and the reference data
(admins): queues, skills, not-ready reasons, the disposition tree, the site; and the complaint
rules — categories, deadlines per severity, recovery approval limits per role — which admins
edit and supervisors read.

Each tab is a list and an editor beside it. Reads and saves are ops (``ops.admin``) run off
the GUI thread; the lists follow changes from this console and from sync (``bridge.watch``),
so a queue added on another console shows up here by itself. A refusal is said under the
editor and the typed values stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, Problem
from callcenter.core.roles import Role
from callcenter.gui.admin.admin_tabs import _fill, _names, _Tab, _table
from callcenter.gui.admin.admin_words import explain
from callcenter.gui.admin.complaint_rules_tabs import DeadlinesTab, LimitsTab
from callcenter.gui.admin.policy_tabs import CalendarsTab, HolidaysTab, PoliciesTab
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.ops import admin as admin_ops
from callcenter.ops import admin_policies
from callcenter.store.db import Store

USER_TABLES = ("users", "user_skills", "skills")
REFERENCE_TABLES = (
    "skills",
    "queues",
    "reason_codes",
    "disposition_codes",
    "complaint_categories",
    "sites",
    "business_calendars",
    "holidays",
    "ring_wrap_policies",
    "complaint_deadlines",
    "recovery_approval_limits",
)


class UsersTab(_Tab):
    def __init__(self, window: AdminWindow):
        super().__init__(
            window, [self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Team"), self.tr("Status")]
        )
        self.rows: dict[str, admin_ops.UserRow] = {}
        self.username, self.display_name, self.team = QLineEdit(), QLineEdit(), QLineEdit()
        self.role = QComboBox()
        roles = [Role.AGENT, Role.SUPERVISOR, Role.TRAINER, Role.ADMIN]
        if window.identity.role is not Role.ADMIN:
            roles = [Role.AGENT]
        for role in roles:
            self.role.addItem(window.role_name(role.value), role.value)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("for a new user: at least 8 characters"))
        self.form.addRow(self.tr("User name:"), self.username)
        self.form.addRow(self.tr("Display name:"), self.display_name)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow(self.tr("Team:"), self.team)
        self.form.addRow(self.tr("Language:"), self.language)
        self.form.addRow(self.tr("Password:"), self.password)
        self.skills = _table([self.tr("Skill"), self.tr("Level (0 = none)")])
        self.skills.setMinimumHeight(160)
        self.skills.horizontalHeader().setStretchLastSection(False)
        self.skills.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.skills.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.extra.addWidget(QLabel(self.tr("Skills and levels (1 basic … 5 expert):")))
        self.extra.addWidget(self.skills)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        row = QHBoxLayout()
        row.addWidget(self.reset_button)
        row.addWidget(self.active_button)
        row.addStretch(1)
        self.extra.addLayout(row)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.level_boxes: dict[str, QSpinBox] = {}

    def show_users(self, users: list[admin_ops.UserRow], skills: list[admin_ops.CodeRow]) -> None:
        self.rows = {u.id: u for u in users}
        active, inactive = self.tr("active"), self.tr("deactivated")
        _fill(
            self.table,
            [
                [u.display_name, u.username, self.window_.role_name(u.role), u.team, active if u.active else inactive]
                for u in users
            ],
            [u.id for u in users],
        )
        wanted = [k for k in skills if k.active]
        if list(self.level_boxes) != [k.code for k in wanted]:
            self.skills.setRowCount(len(wanted))
            self.level_boxes = {}
            for r, k in enumerate(wanted):
                self.skills.setItem(r, 0, QTableWidgetItem(k.name(self.window_.lang)))
                box = QSpinBox()
                box.setRange(0, 5)
                self.skills.setCellWidget(r, 1, box)
                self.level_boxes[k.code] = box
        if self.editing in self.rows:
            self.show_row(self.editing)

    def show_row(self, row_id: str) -> None:
        u = self.rows.get(row_id)
        if u is None:
            return
        self.username.setText(u.username)
        self.display_name.setText(u.display_name)
        self.team.setText(u.team)
        self.role.setCurrentIndex(max(0, self.role.findData(u.role)))
        self.language.setCurrentIndex(max(0, self.language.findData(u.language)))
        self.password.clear()
        self.password.setEnabled(False)
        for code, box in self.level_boxes.items():
            box.setValue(u.skills.get(code, 0))
        self.active_button.setText(self.tr("Deactivate") if u.active else self.tr("Reactivate"))
        self.reset_button.setEnabled(True)
        self.active_button.setEnabled(True)

    def clear_form(self) -> None:
        for edit in (self.username, self.display_name, self.team, self.password):
            edit.clear()
        self.password.setEnabled(True)
        self.role.setCurrentIndex(0)
        for box in self.level_boxes.values():
            box.setValue(0)
        self.reset_button.setEnabled(False)
        self.active_button.setEnabled(False)
        self.username.setFocus()

    def user_form(self) -> admin_ops.UserForm:
        return admin_ops.UserForm(
            self.username.text(),
            self.display_name.text(),
            str(self.role.currentData()),
            self.team.text(),
            str(self.language.currentData()),
            {code: box.value() for code, box in self.level_boxes.items() if box.value() > 0},
        )

    def save(self) -> None:
        store, actor, form, user_id = self.window_.store, self.window_.identity, self.user_form(), self.editing
        if user_id is None:
            password = self.password.text()
            self.run_save(lambda: admin_ops.create_user(store, actor, form, password), "admin.create_user")
        else:
            self.run_save(lambda: admin_ops.update_user(store, actor, user_id, form), "admin.update_user")

    def reset_password(self) -> None:
        user_id = self.editing
        if user_id is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for %1 (at least 8 characters):").replace("%1", self.rows[user_id].display_name),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            store, actor = self.window_.store, self.window_.identity
            self.run_save(lambda: admin_ops.reset_password(store, actor, user_id, password), "admin.reset_password")

    def toggle_active(self) -> None:
        user_id = self.editing
        if user_id is None:
            return
        active = not self.rows[user_id].active
        store, actor = self.window_.store, self.window_.identity
        self.run_save(lambda: admin_ops.set_user_active(store, actor, user_id, active), "admin.set_user_active")


class QueuesTab(_Tab):
    def __init__(self, window: AdminWindow):
        super().__init__(
            window,
            [self.tr("Code"), self.tr("Name"), self.tr("Skill"), self.tr("Priority"), self.tr("Service level")],
        )
        self.rows: dict[str, admin_ops.QueueRow] = {}
        self.code, self.name_en, self.name_zh, self.active = _names(self.form)
        self.skill = QComboBox()
        self.overflow = QComboBox()
        self.spins: dict[str, QSpinBox] = {}
        for name, label, low, high, suffix in (
            ("priority", self.tr("Priority (1 first):"), 1, 99, ""),
            ("service_level_target", self.tr("Service-level target:"), 1, 100, " %"),
            ("service_level_seconds", self.tr("… answered within:"), 1, 3600, self.tr(" s")),
            ("alarm_wait_seconds", self.tr("Alarm when a call waits:"), 0, 3600, self.tr(" s")),
            ("alarm_waiting_calls", self.tr("Alarm when calls waiting reach:"), 0, 10000, ""),
            ("overflow_after_seconds", self.tr("Overflow after (0 never):"), 0, 3600, self.tr(" s")),
        ):
            box = QSpinBox()
            box.setRange(low, high)
            box.setSuffix(suffix)
            self.spins[name] = box
            if name == "overflow_after_seconds":
                self.form.addRow(self.tr("Overflow to:"), self.overflow)
            self.form.addRow(label, box)
        self.form.insertRow(4, self.tr("Skill:"), self.skill)
        self.calendar = QComboBox()  # adminpol: the queue's business calendar
        self.form.addRow(self.tr("Business calendar:"), self.calendar)
        self.calendar.addItem(self.tr("(always open)"), None)
        self.clear_form()

    def set_calendars(self, calendars: list[Any]) -> None:
        keep = self.calendar.currentData()
        self.calendar.clear()
        self.calendar.addItem(self.tr("(always open)"), None)
        for c in calendars:
            self.calendar.addItem(f"{c.calendar.name(self.window_.lang)} ({c.calendar.code})", c.calendar.code)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(keep)))
        if self.editing in self.rows:
            self.show_row(self.editing)

    def show_queues(self, queues: list[admin_ops.QueueRow], skills: list[admin_ops.CodeRow]) -> None:
        lang = self.window_.lang
        self.rows = {q.id: q for q in queues}
        skill_names = {k.code: k.name(lang) for k in skills}
        _fill(
            self.table,
            [
                [
                    q.form.code,
                    q.name(lang) + ("" if q.form.active else " " + self.tr("(retired)")),
                    skill_names.get(q.form.skill or "", ""),
                    str(q.form.priority),
                    f"{q.form.service_level_target}% / {q.form.service_level_seconds}{self.tr(' s')}",
                ]
                for q in queues
            ],
            [q.id for q in queues],
        )
        for box, items in (
            (self.skill, [(k.code, k.name(lang)) for k in skills]),
            (self.overflow, [(q.form.code, q.name(lang)) for q in queues]),
        ):
            keep = box.currentData()
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for code, name in items:
                box.addItem(f"{name} ({code})", code)
            box.setCurrentIndex(max(0, box.findData(keep)))
        if self.editing in self.rows:
            self.show_row(self.editing)

    def show_row(self, row_id: str) -> None:
        q = self.rows.get(row_id)
        if q is None:
            return
        f = q.form
        self.code.setText(f.code)
        self.name_en.setText(f.name_en)
        self.name_zh.setText(f.name_zh)
        self.active.setChecked(f.active)
        self.skill.setCurrentIndex(max(0, self.skill.findData(f.skill)))
        self.overflow.setCurrentIndex(max(0, self.overflow.findData(f.overflow_queue)))
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(f.calendar)))
        for name, box in self.spins.items():
            box.setValue(int(getattr(f, name)))

    def clear_form(self) -> None:
        for edit in (self.code, self.name_en, self.name_zh):
            edit.clear()
        self.active.setChecked(True)
        defaults = admin_ops.QueueForm("", "", "")
        for name, box in self.spins.items():
            box.setValue(int(getattr(defaults, name)))
        self.skill.setCurrentIndex(0)
        self.overflow.setCurrentIndex(0)
        self.calendar.setCurrentIndex(0)

    def save(self) -> None:
        form = admin_ops.QueueForm(
            self.code.text(),
            self.name_en.text(),
            self.name_zh.text(),
            self.skill.currentData(),
            overflow_queue=self.overflow.currentData(),
            active=self.active.isChecked(),
            calendar=self.calendar.currentData(),
            **{name: box.value() for name, box in self.spins.items()},
        )
        store, actor, queue_id = self.window_.store, self.window_.identity, self.editing
        self.run_save(lambda: admin_ops.save_queue(store, actor, form, queue_id), "admin.save_queue")


class CodesTab(_Tab):
    """Skills, not-ready reasons or dispositions (with a parent) — the same editor."""

    def __init__(self, window: AdminWindow, kind: str):
        super().__init__(window, [self.tr("Code"), self.tr("Name"), self.tr("Status")])
        self.kind = kind
        self.rows: dict[str, admin_ops.CodeRow] = {}
        self.code, self.name_en, self.name_zh, self.active = _names(self.form)
        self.parent_box = QComboBox()
        self.paid = QCheckBox(self.tr("Paid time"))
        self.selectable = QCheckBox(self.tr("Agents may choose it"))
        if kind in ("disposition", "category"):
            self.form.addRow(self.tr("Under:"), self.parent_box)
        if kind == "reason":
            self.form.addRow("", self.paid)
            self.form.addRow("", self.selectable)
        self.clear_form()

    def show_codes(self, rows: list[admin_ops.CodeRow]) -> None:
        lang = self.window_.lang
        self.rows = {r.id: r for r in rows}

        by_code = {r.code: r for r in rows}

        def depth(r: admin_ops.CodeRow) -> int:
            n, seen = 0, r
            while seen.parent and seen.parent in by_code and n < 10:
                n, seen = n + 1, by_code[seen.parent]
            return n

        _fill(
            self.table,
            [
                [r.code, "    " * depth(r) + r.name(lang), self.tr("in use") if r.active else self.tr("retired")]
                for r in rows
            ],
            [r.id for r in rows],
        )
        if self.kind in ("disposition", "category"):
            keep = self.parent_box.currentData()
            self.parent_box.clear()
            self.parent_box.addItem(self.tr("(top level)"), None)
            for r in rows:
                self.parent_box.addItem(f"{r.name(lang)} ({r.code})", r.code)
            self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(keep)))
        if self.editing in self.rows:
            self.show_row(self.editing)

    def show_row(self, row_id: str) -> None:
        r = self.rows.get(row_id)
        if r is None:
            return
        self.code.setText(r.code)
        self.name_en.setText(r.name_en)
        self.name_zh.setText(r.name_zh)
        self.active.setChecked(r.active)
        self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(r.parent)))
        self.paid.setChecked(r.paid)
        self.selectable.setChecked(r.selectable)

    def clear_form(self) -> None:
        for edit in (self.code, self.name_en, self.name_zh):
            edit.clear()
        for box in (self.active, self.paid, self.selectable):
            box.setChecked(True)
        self.parent_box.setCurrentIndex(0)

    def save(self) -> None:
        form = admin_ops.CodeForm(
            self.code.text(),
            self.name_en.text(),
            self.name_zh.text(),
            self.active.isChecked(),
            self.parent_box.currentData() if self.kind in ("disposition", "category") else None,
            self.paid.isChecked(),
            self.selectable.isChecked(),
        )
        store, actor, row_id = self.window_.store, self.window_.identity, self.editing
        fn = {
            "skill": admin_ops.save_skill,
            "reason": admin_ops.save_reason_code,
            "disposition": admin_ops.save_disposition,
            "category": admin_ops.save_complaint_category,
        }[self.kind]
        self.run_save(lambda: fn(store, actor, form, row_id), f"admin.save_{self.kind}")


class SiteTab(QWidget):
    """The site's name and defaults (country for phone numbers, time zone, language, currency)."""

    def __init__(self, window: AdminWindow):
        super().__init__()
        self.window_ = window
        form = QFormLayout()
        self.name, self.country, self.time_zone, self.currency = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        form.addRow(self.tr("Site name:"), self.name)
        form.addRow(self.tr("Country (phone numbers):"), self.country)
        form.addRow(self.tr("Time zone:"), self.time_zone)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Currency:"), self.currency)
        self.save_button = QPushButton(QCoreApplication.translate("AdminWindow", "Save"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        v = QVBoxLayout(self)
        v.addLayout(form)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(self.save_button)
        v.addLayout(h)
        v.addWidget(self.message)
        v.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def show_site(self, site: Any) -> None:
        if site is None or self.name.hasFocus():
            return
        self.name.setText(site.name)
        self.country.setText(site.country)
        self.time_zone.setText(site.time_zone)
        self.currency.setText(site.currency)
        self.language.setCurrentIndex(max(0, self.language.findData(site.language)))

    def save(self) -> None:
        from callcenter.core.site import SiteSettings

        settings = SiteSettings(
            self.name.text(),
            self.country.text().strip().upper(),
            self.time_zone.text().strip(),
            str(self.language.currentData()),
            self.currency.text().strip().upper(),
        )
        store, actor = self.window_.store, self.window_.identity

        def done(_done: Any) -> None:
            self.message.setStyleSheet("color:#2e7d32;")
            self.message.setText(QCoreApplication.translate("AdminWindow", "Saved."))

        def failed(problem: Problem) -> None:
            self.message.setStyleSheet("color:#b71c1c;")
            self.message.setText(explain(problem))

        run_op(
            lambda: admin_ops.save_site(store, actor, settings),
            done,
            failed,
            name="admin.save_site",
            write=True,
            owner=self,
        )


class AdminWindow(QMainWindow):
    """Users for admins and supervisors; the reference-data tabs for admins; the complaint
    rules for both (read-only for supervisors)."""

    def __init__(self, store: Store, identity: Identity, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.identity, self.lang = store, identity, lang
        self.is_admin = identity.role is Role.ADMIN
        self.setWindowTitle(self.tr("Administration"))
        self.resize(1100, 640)
        self.tabs = QTabWidget()
        self.users = UsersTab(self)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.queues = QueuesTab(self)
        self.skills = CodesTab(self, "skill")
        self.reasons = CodesTab(self, "reason")
        self.dispositions = CodesTab(self, "disposition")
        self.categories = CodesTab(self, "category")
        self.deadlines = DeadlinesTab(self)
        self.limits = LimitsTab(self)
        self.site = SiteTab(self)
        self.calendars = CalendarsTab(self)  # adminpol: admins edit, supervisors read
        self.holidays = HolidaysTab(self)
        self.policies = PoliciesTab(self)
        if self.is_admin:
            self.tabs.addTab(self.queues, self.tr("Queues"))
            self.tabs.addTab(self.skills, self.tr("Skills"))
            self.tabs.addTab(self.reasons, self.tr("Not-ready reasons"))
            self.tabs.addTab(self.dispositions, self.tr("Call outcomes"))
        else:  # supervisors read the complaint rules
            self.categories.new_button.hide()
            self.categories.save_button.hide()
        self.tabs.addTab(self.categories, self.tr("Complaint categories"))
        self.tabs.addTab(self.deadlines, self.tr("Complaint deadlines"))
        self.tabs.addTab(self.limits, self.tr("Approval limits"))
        if self.is_admin:
            self.tabs.addTab(self.site, self.tr("Site"))
        self.tabs.addTab(self.calendars, self.tr("Business calendars"))
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        self.tabs.addTab(self.policies, self.tr("Ring and wrap-up"))
        for tab in (self.calendars, self.holidays, self.policies):
            tab.set_read_only(not self.is_admin)
        self.setCentralWidget(self.tabs)
        self.loaded = 0  # how many reads have answered (tests wait on it)
        self.problem = QLabel()
        self.statusBar().addWidget(self.problem)
        watch(store, self, lambda _changed: self.refresh(), tables=(*USER_TABLES, *REFERENCE_TABLES))
        self.refresh()

    def role_name(self, role: str) -> str:
        return {
            "agent": self.tr("agent"),
            "supervisor": self.tr("supervisor"),
            "trainer": self.tr("trainer"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    def refresh(self) -> None:
        store, actor = self.store, self.identity

        def read() -> tuple[list[admin_ops.UserRow], admin_ops.Reference, admin_policies.Policies]:
            return (
                admin_ops.list_users(store, actor),
                admin_ops.reference(store, actor),
                admin_policies.list_policies(store, actor),
            )

        run_op(read, self._show, self._failed, name="admin.read", owner=self)

    def _show(self, result: tuple[list[admin_ops.UserRow], admin_ops.Reference, admin_policies.Policies]) -> None:
        users, ref, policies = result
        self.users.show_users(users, ref.skills)
        self.queues.show_queues(ref.queues, ref.skills)
        self.skills.show_codes(ref.skills)
        self.reasons.show_codes(ref.reasons)
        self.dispositions.show_codes(ref.dispositions)
        self.categories.show_codes(ref.categories)
        self.deadlines.show_deadlines(ref.deadlines)
        self.limits.show_limits(ref.limits)
        self.site.show_site(ref.site)
        self.site_time_zone = ref.site.time_zone if ref.site else "UTC"
        self.queues.set_calendars(policies.calendars)
        self.calendars.show_policies(policies)
        self.holidays.show_policies(policies)
        self.policies.show_policies(policies, ref)
        self.loaded += 1

    def _failed(self, problem: Problem) -> None:
        self.problem.setText(explain(problem))


def ask_new_password(parent: QWidget, store: Store, identity: Identity, on_done: Callable[[str], None]) -> None:
    """Every user: the current password, then the new one twice; said in words when refused."""
    title = QCoreApplication.translate("AdminWindow", "Change my password")

    def ask(label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    old = ask(QCoreApplication.translate("AdminWindow", "Current password:"))
    if old is None:
        return
    new = ask(QCoreApplication.translate("AdminWindow", "New password (at least 8 characters):"))
    if new is None:
        return
    again = ask(QCoreApplication.translate("AdminWindow", "Repeat the new password:"))
    if again is None:
        return
    if new != again:
        on_done(explain(Invalid({"confirm": "mismatch"})))
        return
    run_op(
        lambda: admin_ops.change_own_password(store, identity, old, new),
        lambda _done: on_done(QCoreApplication.translate("AdminWindow", "Your password was changed.")),
        lambda problem: on_done(explain(problem)),
        name="admin.change_own_password",
        write=True,
        owner=parent,
    )
