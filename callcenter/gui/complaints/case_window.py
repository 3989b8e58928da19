"""One complaint case: its timeline, the next legal steps, recovery actions, callbacks, letters.

Every button runs one core action inside ``complaints.edit`` (one transaction); the
buttons shown are exactly the actions the case's state and the user's role allow.
A refused step is explained in the message bar and changes nothing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.complaints.permissions import NotPermitted, may
from callcenter.core.complaints import TRANSITIONS, ComplaintWorkflow, IllegalComplaintTransition, allowed_actions
from callcenter.core.money import Money, format_minor
from callcenter.core.complaints.recovery import RecoveryNotAllowed, RecoveryStatus
from callcenter.gui.complaints.case_dialogs import CaseQuestions
from callcenter.gui.names import (
    DEADLINE_COLOURS,
    SEVERITY_COLOURS,
    action_name,
    deadline_name,
    export_problem,
    recovery_kind_name,
    recovery_status_name,
    severity_name,
)
from callcenter.gui.names import complaint_state_name as state_name
from callcenter.gui.tables import read_only_table
from callcenter.store import complaints
from callcenter.store.db import Store
from callcenter.store.repo import agents as list_agents

_STEP_ORDER = [
    "acknowledge",
    "assess",
    "investigate",
    "propose_resolution",
    "customer_accepts",
    "customer_rejects",
    "close",
    "follow_up",
    "reopen",
]


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = read_only_table(headers, wrap=True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def _local(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


class CaseWindow(QMainWindow):
    changed = Signal(str)  # case id, after any step was written
    recovery_offered = Signal(str)  # the kind of recovery action just proposed (refund, voucher, ...)

    def __init__(
        self,
        store: Store,
        identity: Identity,
        complaint_id: str,
        lang: str = "en",
        workflow: ComplaintWorkflow | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.complaint_id, self.lang = store, identity, complaint_id, lang
        self.workflow = workflow or complaints.default_workflow()
        self.names = complaints.user_names(store)
        self.record = complaints.get(store, complaint_id)
        self.ask = CaseQuestions(self, self.record.currency, lang)
        self.resize(1280, 800)
        self._build()
        self.reload()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        v = QVBoxLayout(central)
        self.title = QLabel()
        self.title.setStyleSheet("font-size:18px; font-weight:700;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        v.addWidget(self.title)
        v.addWidget(self.facts)
        v.addWidget(self.message)

        self.timeline = _table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("State"), self.tr("Details")])
        # Details take the room that is left and wrap, instead of hiding behind a scroll bar.
        self.timeline.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QGroupBox(self.tr("Timeline (nothing is ever deleted)"))
        QVBoxLayout(left).addWidget(self.timeline)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        steps = QGroupBox(self.tr("Next steps"))
        self.step_grid = QGridLayout(steps)
        self.step_buttons: dict[str, QPushButton] = {}
        labels = {
            "acknowledge": self.tr("Acknowledge"),
            "assess": self.tr("Assess…"),
            "investigate": self.tr("Start investigating"),
            "propose_resolution": self.tr("Propose a resolution…"),
            "customer_accepts": self.tr("Customer accepts"),
            "customer_rejects": self.tr("Customer rejects…"),
            "close": self.tr("Close…"),
            "follow_up": self.tr("Follow-up done"),
            "reopen": self.tr("Reopen…"),
            "escalate": self.tr("Escalate…"),
            "assign": self.tr("Assign / hand over…"),
            "take": self.tr("Take the case"),
            "note": self.tr("Add a note…"),
            "survey": self.tr("Record the survey…"),
        }
        for key, text in labels.items():
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=key: self.step(k))
            self.step_buttons[key] = b
        rv.addWidget(steps)

        recovery = QGroupBox(self.tr("Service recovery"))
        rl = QVBoxLayout(recovery)
        self.total_label = QLabel()
        self.actions = _table(
            [
                self.tr("Action"),
                self.tr("Amount"),
                self.tr("Status"),
                self.tr("Proposed by"),
                self.tr("Decided by"),
                self.tr("Reason"),
            ]
        )
        self.actions.itemSelectionChanged.connect(self._enable_recovery)
        rl.addWidget(self.total_label)
        rl.addWidget(self.actions)
        row = QHBoxLayout()
        self.recovery_buttons = {}
        for key, text in [
            ("propose", self.tr("Offer…")),
            ("approve", self.tr("Approve")),
            ("refuse", self.tr("Refuse…")),
            ("execute", self.tr("Carry out")),
            ("cancel", self.tr("Withdraw…")),
        ]:
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=key: self.recovery(k))
            self.recovery_buttons[key] = b
            row.addWidget(b)
        rl.addLayout(row)
        rv.addWidget(recovery, 1)

        callbacks = QGroupBox(self.tr("Follow-up callbacks"))
        cl = QVBoxLayout(callbacks)
        self.callbacks = _table([self.tr("Due"), self.tr("Owner"), self.tr("Status"), self.tr("Note")])
        cl.addWidget(self.callbacks)
        row = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("Schedule…"))
        self.schedule_button.clicked.connect(self.schedule_callback)
        self.callback_done_button = QPushButton(self.tr("Mark done…"))
        self.callback_done_button.clicked.connect(self.finish_callback)
        row.addWidget(self.schedule_button)
        row.addWidget(self.callback_done_button)
        row.addStretch(1)
        self.ack_letter = QPushButton(self.tr("Acknowledgement letter (PDF)…"))
        self.ack_letter.clicked.connect(lambda: self.letter("acknowledgement"))
        self.res_letter = QPushButton(self.tr("Resolution letter (PDF)…"))
        self.res_letter.clicked.connect(lambda: self.letter("resolution"))
        row.addWidget(self.ack_letter)
        row.addWidget(self.res_letter)
        cl.addLayout(row)
        rv.addWidget(callbacks, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([720, 560])
        v.addWidget(split, 1)
        self.setCentralWidget(central)

    # -- painting ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.record = complaints.get(self.store, self.complaint_id)
        r, case = self.record, self.record.case
        now = datetime.now(UTC)
        self.setWindowTitle(self.tr("Complaint %1 — %2").replace("%1", r.case_no).replace("%2", r.customer_name))
        self.title.setText(f"{r.case_no} · {r.summary}")
        current = self.workflow.current_deadline(case, now)
        deadline = current[2].value if current else ""
        due = ""
        if current:
            kind = self.tr("acknowledge by") if current[0] == "acknowledge" else self.tr("resolve by")
            due = f"{kind} {_local(current[1])}"
        owner = self.names.get(case.assigned_agent or "", "") or case.assigned_team or self.tr("nobody")
        chips = [
            (state_name(case.state.value), "#37474f"),
            (severity_name(case.severity.value), SEVERITY_COLOURS[case.severity.value]),
            (deadline_name(deadline) + (f" · {due}" if due else ""), DEADLINE_COLOURS[deadline]),
        ]
        if case.escalation_level:
            chips.append((self.tr("Escalated ×%1").replace("%1", str(case.escalation_level)), "#6a1b9a"))
        chip_html = " ".join(f'<span style="background:{c}; color:white;">&nbsp;{t}&nbsp;</span>' for t, c in chips)
        category = complaints.categories().label(case.category, self.lang)
        self.facts.setText(
            f"{chip_html}<br>"
            + self.tr("Customer: %1 · Category: %2 · Owner: %3 · Opened %4")
            .replace("%1", r.customer_name)
            .replace("%2", category)
            .replace("%3", owner)
            .replace("%4", _local(case.received_at))
            + "<br><i>"
            + self.tr("Customer's words: %1").replace("%1", _html(case.customer_words))
            + "</i>"
            + (
                ("<br>" + self.tr("Outcome wanted: %1").replace("%1", _html(case.desired_outcome)))
                if case.desired_outcome
                else ""
            )
        )
        self._paint_timeline()
        self._paint_recovery()
        self._paint_callbacks()
        self._enable_steps()

    def _paint_timeline(self) -> None:
        rows = []
        for e in self.record.case.timeline:
            state = (
                state_name(e.to_state.value)
                if e.from_state == e.to_state
                else f"{state_name(e.from_state.value)} → {state_name(e.to_state.value)}"
            )
            rows.append(
                (
                    e.at,
                    e.seq,
                    self.names.get(e.actor, e.actor),
                    action_name(e.action),
                    state,
                    self._details(e.action, e.comment, dict(e.data)),
                )
            )
        for e in self.record.extra_events:
            data = json.loads(e.data) if e.data else {}
            rows.append(
                (
                    e.at,
                    1000 + e.seq,
                    self.names.get(e.actor_id, e.actor_id),
                    action_name(e.action),
                    recovery_status_name(e.to_state),
                    self._details(e.action, e.comment, data),
                )
            )
        rows.sort(key=lambda r: (r[0], r[1]))
        t = self.timeline
        t.setRowCount(len(rows))
        for i, (at, _, who, what, state, details) in enumerate(rows):
            for j, text in enumerate([_local(at), who, what, state, details]):
                t.setItem(i, j, _item(text))
        t.resizeRowsToContents()
        if not rows:
            t.setRowCount(1)
            t.setItem(0, 4, _item(self.tr("No history was recorded for this case.")))

    def _details(self, action: str, comment: str, data: dict) -> str:
        parts = [comment] if comment else []
        if "amount_minor" in data and data.get("amount_minor"):
            parts.insert(
                0,
                f"{recovery_kind_name(data.get('kind', ''))} "
                f"{format_minor(data['amount_minor'], data.get('currency', self.record.currency))}",
            )
        elif "kind" in data:
            parts.insert(0, recovery_kind_name(data["kind"]))
        if action == "assign":
            to = self.names.get(data.get("to_agent") or "", "") or data.get("to_team") or ""
            frm = self.names.get(data.get("from_agent") or "", "") or data.get("from_team") or ""
            parts.insert(0, (f"{frm} → {to}" if frm else f"→ {to}"))
        if action == "survey":
            parts.insert(
                0,
                self.tr("CSAT %1/5 · buy again: %2")
                .replace("%1", str(data.get("csat")))
                .replace("%2", self.tr("yes") if data.get("would_buy_again") else self.tr("no")),
            )
        if action == "escalate" and data.get("reason", "").startswith("breach"):
            kind = self.tr("acknowledge") if data["reason"] == "breach_acknowledge" else self.tr("resolve")
            parts = [self.tr("the %1 deadline passed").replace("%1", kind)]
        if action == "close" and data.get("root_cause"):
            parts.insert(0, self.tr("root cause: %1").replace("%1", self._root_cause_label(data["root_cause"])))
        if action == "schedule_callback" and data.get("due"):
            parts.insert(0, self.tr("due %1").replace("%1", _local(datetime.fromisoformat(data["due"]))))
        return " · ".join(p for p in parts if p)

    def _paint_recovery(self) -> None:
        plan = self.record.plan
        t = self.actions
        t.setRowCount(len(plan.actions))
        for i, a in enumerate(plan.actions):
            cells = [
                recovery_kind_name(a.kind.value),
                a.amount.format() if a.amount.minor else "—",
                recovery_status_name(a.status.value),
                self.names.get(a.proposed_by, a.proposed_by),
                self.names.get(a.decided_by or "", ""),
                a.reason,
            ]
            for j, text in enumerate(cells):
                item = _item(text)
                item.setData(Qt.ItemDataRole.UserRole, a.action_id)
                if a.status is RecoveryStatus.PENDING_APPROVAL:
                    item.setBackground(Qt.GlobalColor.yellow)
                t.setItem(i, j, item)
        self.total_label.setText(self.tr("Committed on this case: %1").replace("%1", plan.committed_total().format()))
        self._enable_recovery()

    def _paint_callbacks(self) -> None:
        t = self.callbacks
        cbs = self.record.plan.callbacks
        t.setRowCount(len(cbs))
        for i, c in enumerate(cbs):
            for j, text in enumerate(
                [
                    _local(c.due),
                    self.names.get(c.owner, c.owner),
                    recovery_status_name(c.status.value),
                    c.outcome or c.note,
                ]
            ):
                item = _item(text)
                item.setData(Qt.ItemDataRole.UserRole, c.callback_id)
                t.setItem(i, j, item)

    def _enable_steps(self) -> None:
        case, role = self.record.case, self.identity.role
        legal = allowed_actions(case.state)
        shown = []
        for key, b in self.step_buttons.items():
            if key == "take":
                ok = case.assigned_agent != self.identity.user_id and "assign" in legal
                ok = ok and (may(role, "assign") or case.assigned_agent is None)
            else:
                ok = key in legal and may(role, key)
            self.step_grid.removeWidget(b)
            b.setVisible(ok)
            b.setStyleSheet("")
            if ok:
                shown.append(b)
        for n, b in enumerate(shown):  # only the possible steps, packed three to a row
            self.step_grid.addWidget(b, n // 3, n % 3)
        for key in _STEP_ORDER:  # the usual next step stands out
            if self.step_buttons[key] in shown:
                self.step_buttons[key].setStyleSheet("font-weight:700; background:#1565c0; color:white;")
                break
        open_ = case.is_open
        self.recovery_buttons["propose"].setEnabled(open_ or case.state.value == "closed")
        self.schedule_button.setEnabled(case.state.value != "follow_up_done")

    def _selected(self, table: QTableWidget) -> str | None:
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _enable_recovery(self) -> None:
        action_id = self._selected(self.actions)
        a = next((x for x in self.record.plan.actions if x.action_id == action_id), None)
        pending = a is not None and a.status is RecoveryStatus.PENDING_APPROVAL
        decide = may(self.identity.role, "decide_recovery")
        self.recovery_buttons["approve"].setEnabled(pending and decide)
        self.recovery_buttons["refuse"].setEnabled(pending and decide)
        self.recovery_buttons["execute"].setEnabled(
            a is not None and a.status in (RecoveryStatus.PROPOSED, RecoveryStatus.APPROVED)
        )
        self.recovery_buttons["cancel"].setEnabled(
            a is not None
            and a.status in (RecoveryStatus.PROPOSED, RecoveryStatus.PENDING_APPROVAL, RecoveryStatus.APPROVED)
        )

    # -- doing -------------------------------------------------------------------------------------
    def say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            ("background:#e8f5e9; color:#1b5e20;" if ok else "background:#ffebee; color:#b71c1c;") + " padding:4px;"
        )
        self.message.show()

    def run(self, fn, done: str = "") -> bool:
        """Apply ``fn(edit)`` in one transaction; explain a refusal; repaint."""
        try:
            with complaints.edit(self.store, self.complaint_id, self.identity, self.workflow) as e:
                fn(e)
        except (IllegalComplaintTransition, RecoveryNotAllowed, NotPermitted, ValueError, KeyError) as exc:
            self.say(self.tr("Not done: %1").replace("%1", str(exc)), ok=False)
            return False
        self.reload()
        if done:
            self.say(done)
        self.changed.emit(self.complaint_id)
        return True

    def step(self, key: str) -> bool:
        me, wf, ask = self.identity.user_id, self.workflow, self.ask
        if key == "take":
            return self.run(
                lambda e: wf.assign(e.case, me, agent=me, at=e.now, comment=""), self.tr("The case is yours.")
            )
        if key == "assign":
            agents = [(a.user_id, a.display_name) for a in list_agents(self.store)]
            answer = ask.assign(agents, ["complaints", "billing", "orders"])
            return answer is not None and self.run(
                lambda e: wf.assign(e.case, me, agent=answer[0], team=answer[1], at=e.now, comment=answer[2])
            )
        if key == "assess":
            answer = ask.assess(self.record.case.severity.value)
            return answer is not None and self.run(
                lambda e: wf.assess(e.case, me, at=e.now, comment=answer[1], severity=answer[0])
            )
        if key == "close":
            root_causes = [(c.code, c.name(self.lang)) for c in complaints.root_causes()]
            answer = ask.close_case(root_causes, self.record.case.state.value == "customer_rejected")
            return answer is not None and self.run(
                lambda e: wf.close(e.case, me, at=e.now, comment=answer[1], root_cause=answer[0]),
                self.tr("Closed. Record the satisfaction survey when the customer has answered it."),
            )
        if key == "survey":
            answer = ask.survey()
            return answer is not None and self.run(
                lambda e: wf.record_survey(e.case, me, answer[0], answer[1], at=e.now, comment=answer[2])
            )
        prompts = {
            "propose_resolution": (self.tr("Propose a resolution"), self.tr("What we offer the customer"), True),
            "customer_rejects": (self.tr("Customer rejects"), self.tr("What the customer said"), False),
            "reopen": (self.tr("Reopen the complaint"), self.tr("Why it is reopened"), True),
            "escalate": (self.tr("Escalate"), self.tr("Why a supervisor is needed"), True),
            "note": (self.tr("Add a note"), self.tr("Note"), True),
        }
        comment = ""
        if key in prompts:
            comment = ask.comment(*prompts[key])
            if comment is None:
                return False
        if key == "escalate":
            return self.run(
                lambda e: wf.escalate(e.case, me, at=e.now, comment=comment),
                self.tr("Escalated to the supervisors' queue."),
            )
        if key == "note":
            return self.run(lambda e: wf.note(e.case, me, comment, at=e.now))
        if key in TRANSITIONS:
            return self.run(lambda e: wf.apply(e.case, key, me, at=e.now, comment=comment))
        return False

    def recovery(self, key: str) -> bool:
        me = self.identity.user_id
        if key == "propose":
            answer = self.ask.recovery()
            if answer is None:
                return False
            kind, minor, reason = answer
            ok = self.run(
                lambda e: e.plan.propose(kind, Money(minor, self.record.currency), reason, me, e.policy_role, at=e.now)
            )
            if ok:
                a = self.record.plan.actions[-1]
                self.recovery_offered.emit(a.kind.value)
                if a.status is RecoveryStatus.PENDING_APPROVAL:
                    self.say(self.tr("Over your limit: it waits in the approval queue for a supervisor."), ok=True)
                else:
                    self.say(self.tr("Within your limit: you can carry it out now."))
            return ok
        action_id = self._selected(self.actions)
        if action_id is None:
            return False
        if key == "approve":
            return self.run(lambda e: e.decide(action_id, True), self.tr("Approved."))
        if key == "execute":
            return self.run(lambda e: e.plan.execute(action_id, me, e.policy_role, at=e.now), self.tr("Carried out."))
        reason = self.ask.comment(self.tr("Refuse") if key == "refuse" else self.tr("Withdraw"), self.tr("Why"), True)
        if reason is None:
            return False
        if key == "refuse":
            return self.run(lambda e: e.decide(action_id, False, reason))
        return self.run(lambda e: e.plan.cancel(action_id, me, e.policy_role, reason, at=e.now))

    def schedule_callback(self) -> bool:
        answer = self.ask.callback()
        if answer is None:
            return False
        due, note = answer
        owner = self.record.case.assigned_agent or self.identity.user_id
        return self.run(
            lambda e: e.plan.schedule_callback(owner, due, self.identity.user_id, at=e.now, note=note),
            self.tr("The callback is in the owner's task list and rings the console when due."),
        )

    def finish_callback(self) -> bool:
        callback_id = self._selected(self.callbacks)
        if callback_id is None:
            self.say(self.tr("Choose a callback first."), ok=False)
            return False
        outcome = self.ask.comment(self.tr("Callback made"), self.tr("Outcome"), True)
        return outcome is not None and self.run(
            lambda e: e.plan.complete_callback(callback_id, self.identity.user_id, at=e.now, outcome=outcome)
        )

    def letter(self, kind: str) -> bool:
        name = f"{self.record.case_no}-{kind}-{self.lang}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as PDF"), name, self.tr("PDF (*.pdf)"))
        return bool(path) and self.export_letter(kind, path)

    def export_letter(self, kind: str, path: str) -> bool:
        """The letter from its bilingual template, in the customer's language, as a PDF."""
        from callcenter.gui.complaints.letter_pdf import write_letter_pdf
        from callcenter.store.complaints.letters import letter_html
        from callcenter.store.complaints.reports import ExportError

        try:
            write_letter_pdf(letter_html(self.store, self.complaint_id, kind, self.letter_lang()), path)
        except ExportError as exc:
            self.say(export_problem(exc), ok=False)
            return False
        self.say(self.tr("Letter saved: %1").replace("%1", path))
        return True

    def letter_lang(self) -> str:
        """Letters go out in the customer's language, whatever the agent's screen shows."""
        from callcenter.store.models import Customer

        with self.store.session() as s:
            customer = s.get(Customer, self.record.customer_id)
            return customer.preferred_language if customer and customer.preferred_language else self.lang

    def _root_cause_label(self, code: str) -> str:
        found = next((c for c in complaints.root_causes() if c.code == code), None)
        return found.name(self.lang) if found else code


def _html(text: str) -> str:
    import html

    return html.escape(text or "")
