"""The administration window's pages for business calendars, holidays and the ring and
wrap-up policies (``ops.admin_policies``). Admins edit them; supervisors see them read-only.
Saves run as ops; a refusal is said under the editor and the typed values stay."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from callcenter.core.agent_state import AFTER_MISSED_AVAILABLE, AFTER_MISSED_NOT_READY, AFTER_MISSED_PAUSE
from callcenter.core.policies import Calendar, Holiday, RingWrapPolicy
from callcenter.gui.admin.admin_tabs import _fill, _names, _Tab
from callcenter.ops import admin as admin_ops
from callcenter.ops import admin_policies


class _ReadOnly:
    def set_read_only(self: Any, read_only: bool) -> None:
        for button in (self.new_button, self.save_button, *getattr(self, "extra_buttons", ())):
            button.setEnabled(not read_only)


class CalendarsTab(_ReadOnly, _Tab):
    def __init__(self, window: Any):
        super().__init__(window, [self.tr("Code"), self.tr("Name"), self.tr("Time zone"), self.tr("Open")])
        self.rows: dict[str, admin_policies.CalendarRow] = {}
        self.code, self.name_en, self.name_zh, self.active = _names(self.form)
        self.time_zone = QLineEdit()
        self.time_zone.setPlaceholderText("Asia/Shanghai")
        self.form.addRow(self.tr("Time zone:"), self.time_zone)
        grid = QGridLayout()
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for d, name in enumerate(self.day_names()):
            box, opens, closes = QCheckBox(name), QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
            grid.addWidget(box, d, 0)
            grid.addWidget(opens, d, 1)
            grid.addWidget(QLabel("–"), d, 2)
            grid.addWidget(closes, d, 3)
            self.days.append((box, opens, closes))
        holder = QWidget()
        holder.setLayout(grid)
        self.form.addRow(self.tr("Opening hours:"), holder)
        self.clear_form()

    def day_names(self) -> list[str]:
        return [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]

    def hours_text(self, cal: Calendar) -> str:
        short = [n[:3] for n in self.day_names()]
        return ", ".join(f"{short[d]} {o:%H:%M}-{c:%H:%M}" for d, (o, c) in sorted(cal.hours.items()))

    def show_policies(self, p: admin_policies.Policies) -> None:
        lang = self.window_.lang
        self.rows = {c.id: c for c in p.calendars}
        _fill(
            self.table,
            [
                [
                    c.calendar.code,
                    c.calendar.name(lang) + ("" if c.calendar.active else " " + self.tr("(retired)")),
                    c.calendar.time_zone,
                    self.hours_text(c.calendar),
                ]
                for c in p.calendars
            ],
            [c.id for c in p.calendars],
        )
        if self.editing in self.rows:
            self.show_row(self.editing)

    def show_row(self, row_id: str) -> None:
        row = self.rows.get(row_id)
        if row is None:
            return
        c = row.calendar
        self.code.setText(c.code)
        self.name_en.setText(c.name_en)
        self.name_zh.setText(c.name_zh)
        self.active.setChecked(c.active)
        self.time_zone.setText(c.time_zone)
        self._show_hours(c.hours)

    def _show_hours(self, hours: Any) -> None:
        for d, (box, opens, closes) in enumerate(self.days):
            o, c = hours.get(d, (time(9), time(17)))
            box.setChecked(d in hours)
            opens.setTime(QTime(o.hour, o.minute))
            closes.setTime(QTime(c.hour, c.minute))

    def clear_form(self) -> None:
        for edit in (self.code, self.name_en, self.name_zh):
            edit.clear()
        self.active.setChecked(True)
        self.time_zone.setText(getattr(self.window_, "site_time_zone", "") or "UTC")
        self._show_hours(Calendar("", "", "").hours)

    def calendar(self) -> Calendar:
        hours = {}
        for d, (box, opens, closes) in enumerate(self.days):
            if box.isChecked():
                o, c = opens.time(), closes.time()
                hours[d] = (time(o.hour(), o.minute()), time(c.hour(), c.minute()))
        return Calendar(
            self.code.text(),
            self.name_en.text(),
            self.name_zh.text(),
            self.time_zone.text().strip(),
            hours,
            self.active.isChecked(),
        )

    def save(self) -> None:
        cal = self.calendar()
        store, actor, row_id = self.window_.store, self.window_.identity, self.editing
        self.run_save(lambda: admin_policies.save_calendar(store, actor, cal, row_id), "admin.save_calendar")


class HolidaysTab(_ReadOnly, _Tab):
    def __init__(self, window: Any):
        super().__init__(window, [self.tr("Date"), self.tr("Name"), self.tr("Calendar")])
        self.rows: dict[str, admin_policies.HolidayItem] = {}
        self.calendar_box = QComboBox()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.name_en, self.name_zh = QLineEdit(), QLineEdit()
        self.form.addRow(self.tr("Calendar:"), self.calendar_box)
        self.form.addRow(self.tr("Date:"), self.day)
        self.form.addRow(self.tr("Name (English):"), self.name_en)
        self.form.addRow(self.tr("Name (Chinese):"), self.name_zh)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.extra.addWidget(self.delete_button)
        self.extra_buttons = (self.delete_button,)
        self.clear_form()

    def show_policies(self, p: admin_policies.Policies) -> None:
        lang = self.window_.lang
        names = {c.calendar.code: c.calendar.name(lang) for c in p.calendars}
        self.rows = {h.id: h for h in p.holidays}
        _fill(
            self.table,
            [
                [h.holiday.day.isoformat(), h.holiday.name(lang), names.get(h.holiday.calendar_code, "")]
                for h in p.holidays
            ],
            [h.id for h in p.holidays],
        )
        keep = self.calendar_box.currentData()
        self.calendar_box.clear()
        for c in p.calendars:
            self.calendar_box.addItem(f"{c.calendar.name(lang)} ({c.calendar.code})", c.calendar.code)
        self.calendar_box.setCurrentIndex(max(0, self.calendar_box.findData(keep)))
        if self.editing in self.rows:
            self.show_row(self.editing)

    def show_row(self, row_id: str) -> None:
        row = self.rows.get(row_id)
        if row is None:
            return
        h = row.holiday
        self.calendar_box.setCurrentIndex(max(0, self.calendar_box.findData(h.calendar_code)))
        self.day.setDate(QDate(h.day.year, h.day.month, h.day.day))
        self.name_en.setText(h.name_en)
        self.name_zh.setText(h.name_zh)

    def clear_form(self) -> None:
        self.name_en.clear()
        self.name_zh.clear()
        self.day.setDate(QDate.currentDate())

    def holiday(self) -> Holiday:
        d = self.day.date()
        return Holiday(
            str(self.calendar_box.currentData() or ""),
            date(d.year(), d.month(), d.day()),
            self.name_en.text(),
            self.name_zh.text(),
        )

    def save(self) -> None:
        holiday = self.holiday()
        store, actor, row_id = self.window_.store, self.window_.identity, self.editing
        self.run_save(lambda: admin_policies.save_holiday(store, actor, holiday, row_id), "admin.save_holiday")

    def delete(self) -> None:
        row_id = self.editing
        if row_id is None:
            return
        store, actor = self.window_.store, self.window_.identity
        self.editing = None
        self.run_save(lambda: admin_policies.delete_holiday(store, actor, row_id), "admin.delete_holiday")


class PoliciesTab(_ReadOnly, _Tab):
    """Ring and wrap-up: the site default and any queue's own."""

    SPINS = ("ring_timeout_s", "max_missed_offers", "missed_pause_s", "wrap_up_limit_s", "extension_s")

    def __init__(self, window: Any):
        super().__init__(
            window,
            [self.tr("Applies to"), self.tr("Ring"), self.tr("Missed before Not ready"), self.tr("Wrap-up")],
        )
        self.rows: dict[str, admin_policies.PolicyRow] = {}
        self.queue = QComboBox()
        self.form.addRow(self.tr("Applies to:"), self.queue)
        self.spins: dict[str, QSpinBox] = {}
        labels = {
            "ring_timeout_s": (self.tr("Ring time before a missed offer:"), self.tr(" s")),
            "max_missed_offers": (self.tr("Missed offers in a row before Not ready:"), ""),
            "missed_pause_s": (self.tr("Pause after one missed offer:"), self.tr(" s")),
            "wrap_up_limit_s": (self.tr("Wrap-up time limit:"), self.tr(" s")),
            "extension_s": (self.tr("An extension adds:"), self.tr(" s")),
        }
        from callcenter.core.policies import RANGES

        self.missed_reason = QComboBox()
        self.after_missed = QComboBox()
        for value, text in (
            (AFTER_MISSED_PAUSE, self.tr("Not ready for the pause, then Available")),
            (AFTER_MISSED_AVAILABLE, self.tr("Available at once")),
            (AFTER_MISSED_NOT_READY, self.tr("Not ready until the agent changes it")),
        ):
            self.after_missed.addItem(text, value)
        self.extension_allowed = QCheckBox(self.tr("Agents may extend wrap-up"))
        for name in self.SPINS:
            box = QSpinBox()
            low, high = RANGES[name]
            box.setRange(low, high)
            label, suffix = labels[name]
            box.setSuffix(suffix)
            self.spins[name] = box
            if name == "missed_pause_s":
                self.form.addRow(self.tr("Not-ready reason used:"), self.missed_reason)
                self.form.addRow(self.tr("After a missed offer:"), self.after_missed)
            if name == "extension_s":
                self.form.addRow("", self.extension_allowed)
            self.form.addRow(label, box)
        self.clear_form()

    def applies_to(self, p: RingWrapPolicy) -> str:
        if p.queue_code is None:
            return self.tr("Site default")
        return self.queue_names.get(p.queue_code, p.queue_code)

    def show_policies(self, p: admin_policies.Policies, ref: admin_ops.Reference) -> None:
        lang = self.window_.lang
        self.queue_names = {q.form.code: q.name(lang) for q in ref.queues}
        self.rows = {r.id: r for r in p.policies}
        s = self.tr(" s")
        _fill(
            self.table,
            [
                [
                    self.applies_to(r.policy),
                    f"{r.policy.ring_timeout_s}{s}",
                    str(r.policy.max_missed_offers),
                    f"{r.policy.wrap_up_limit_s}{s}"
                    + (f" (+{r.policy.extension_s}{s})" if r.policy.extension_allowed else ""),
                ]
                for r in p.policies
            ],
            [r.id for r in p.policies],
        )
        for box, items in (
            (self.queue, [(None, self.tr("Site default"))] + [(q.form.code, q.name(lang)) for q in ref.queues]),
            (self.missed_reason, [(r.code, r.name(lang)) for r in ref.reasons]),
        ):
            keep = box.currentData()
            box.clear()
            for code, name in items:
                box.addItem(name if code is None else f"{name} ({code})", code)
            box.setCurrentIndex(max(0, box.findData(keep)))
        if self.editing in self.rows:
            self.show_row(self.editing)

    queue_names: dict[str, str] = {}

    def show_row(self, row_id: str) -> None:
        row = self.rows.get(row_id)
        if row is not None:
            self._show(row.policy)

    def _show(self, p: RingWrapPolicy) -> None:
        self.queue.setCurrentIndex(max(0, self.queue.findData(p.queue_code)))
        for name, box in self.spins.items():
            box.setValue(int(getattr(p, name)))
        self.missed_reason.setCurrentIndex(max(0, self.missed_reason.findData(p.missed_reason)))
        self.after_missed.setCurrentIndex(max(0, self.after_missed.findData(p.after_missed)))
        self.extension_allowed.setChecked(p.extension_allowed)

    def clear_form(self) -> None:
        self._show(RingWrapPolicy())

    def policy(self) -> RingWrapPolicy:
        return RingWrapPolicy(
            self.queue.currentData(),
            missed_reason=str(self.missed_reason.currentData() or ""),
            after_missed=str(self.after_missed.currentData()),
            extension_allowed=self.extension_allowed.isChecked(),
            **{name: box.value() for name, box in self.spins.items()},
        )

    def save(self) -> None:
        policy = self.policy()
        store, actor, row_id = self.window_.store, self.window_.identity, self.editing
        self.run_save(lambda: admin_policies.save_policy(store, actor, policy, row_id), "admin.save_policy")
