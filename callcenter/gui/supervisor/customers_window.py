"""The supervisors' Customers window: the RFM segment grid, the ABC Pareto chart, the
churn-risk list (value × risk, reasons, filters, open the record), the credit watch list
and the CSAT trend, exported to CSV or XLSX. Everything is read off the GUI thread
(``ops.analytics.overview``) and refreshed when the figures change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.analytics import abc, explain
from callcenter.core.money import format_minor
from callcenter.gui import analytics_words as words
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.tables import read_only_table

SEGMENT_COLOURS = {
    "champions": "#1b5e20",
    "loyal": "#2e7d32",
    "potential_loyal": "#558b2f",
    "new": "#0277bd",
    "promising": "#0288d1",
    "need_attention": "#f9a825",
    "about_to_sleep": "#ef6c00",
    "at_risk": "#c62828",
    "cant_lose": "#8e0000",
    "hibernating": "#616161",
}


def _item(value: Any, sort: float | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    if sort is not None:
        item.setData(Qt.ItemDataRole.UserRole, sort)
    return item


def _fill(table: QTableWidget, rows: list[list[Any]], sortable: bool = True) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, value if isinstance(value, QTableWidgetItem) else _item(value))
    table.setSortingEnabled(sortable)  # the risk and credit lists keep their value × risk order
    table.resizeColumnsToContents()


class ParetoChart(QWidget):
    """Share of 12-month value against share of customers, with the ABC cut-offs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[tuple[float, float]] = []
        self.setMinimumHeight(260)

    def set_points(self, points: list[tuple[float, float]]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = 40
        w, h = self.width() - 2 * m, self.height() - 2 * m
        p.setPen(QPen(self.palette().mid().color(), 1))
        p.drawRect(m, m, w, h)
        for c in abc.DEFAULT_CUTOFFS:
            y = m + h * (1 - c)
            p.drawLine(QPointF(m, y), QPointF(m + w, y))
            p.drawText(QPointF(4, y + 4), f"{round(c * 100)}%")
        p.drawText(QPointF(m, m + h + 18), self.tr("share of customers, most valuable first"))
        if len(self.points) < 2:
            p.end()
            return
        p.setPen(QPen(QColor("#1565c0"), 2))
        pts = [QPointF(m + w * x, m + h * (1 - y)) for x, y in self.points]
        for a, b in zip(pts, pts[1:], strict=False):
            p.drawLine(a, b)
        p.end()


class CustomersWindow(QMainWindow):
    def __init__(
        self,
        store: Any,
        identity: Identity,
        lang: str = "en",
        open_record: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.lang, self.open_record = store, identity, lang, open_record
        self.view: Any = None
        self.setWindowTitle(self.tr("Customers"))
        self.resize(1200, 760)
        central = QWidget()
        v = QVBoxLayout(central)
        top = QHBoxLayout()
        self.status = QLabel(self.tr("Loading…"))
        self.recompute_button = QPushButton(self.tr("&Recompute"))
        self.recompute_button.setToolTip(self.tr("Refit the value models and recompute every customer's figures"))
        self.recompute_button.clicked.connect(self.recompute)
        self.refit_button = QPushButton(self.tr("Re&fit models"))
        self.refit_button.setToolTip(self.tr("Retrain the churn model, refit the value models and recompute"))
        self.refit_button.clicked.connect(self.refit)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.status, 1)
        top.addWidget(self.recompute_button)
        top.addWidget(self.refit_button)
        top.addWidget(self.export_button)
        v.addLayout(top)
        self.models = QLabel()
        self.models.setWordWrap(True)
        v.addWidget(self.models)
        self.model_info: Any = None
        self.tabs = QTabWidget()
        v.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        # RFM grid: recency 5 (recent) at the top, frequency 1..5 left to right
        grid_page = QWidget()
        gv = QVBoxLayout(grid_page)
        self.grid = QTableWidget(5, 5)
        self.grid.setHorizontalHeaderLabels([self.tr("F %1").replace("%1", str(f)) for f in range(1, 6)])
        self.grid.setVerticalHeaderLabels([self.tr("R %1").replace("%1", str(r)) for r in range(5, 0, -1)])
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        gv.addWidget(QLabel(self.tr("Customers and 12-month value (USD) by recency (R) and frequency (F) score")))
        gv.addWidget(self.grid, 2)
        self.segments = read_only_table([self.tr("Segment"), self.tr("Customers"), self.tr("12-month value (USD)")])
        gv.addWidget(self.segments, 1)
        self.tabs.addTab(grid_page, self.tr("RFM segments"))

        pareto_page = QWidget()
        pv = QVBoxLayout(pareto_page)
        self.pareto = ParetoChart()
        self.tier_counts = QLabel()
        pv.addWidget(self.pareto, 1)
        pv.addWidget(self.tier_counts)
        self.tabs.addTab(pareto_page, self.tr("Pareto (ABC)"))

        risk_page = QWidget()
        rv = QVBoxLayout(risk_page)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Risk at least")))
        self.min_risk = QSpinBox()
        self.min_risk.setRange(0, 100)
        self.min_risk.setValue(60)
        self.min_risk.valueChanged.connect(self._paint_risk)
        filters.addWidget(self.min_risk)
        filters.addWidget(QLabel(self.tr("Tier")))
        self.tier_filter = QComboBox()
        self.tier_filter.addItem(self.tr("All tiers"), "")
        for t in abc.TIERS:
            self.tier_filter.addItem(words.tier_name(t), t)
        self.tier_filter.currentIndexChanged.connect(self._paint_risk)
        filters.addWidget(self.tier_filter)
        filters.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open record"))
        self.open_button.clicked.connect(self._open_selected)
        self.open_button.setEnabled(open_record is not None)
        filters.addWidget(self.open_button)
        self.assign_button = QPushButton(self.tr("&Assign retention call…"))
        self.assign_button.setToolTip(self.tr("Ask an agent to call this customer tomorrow"))
        self.assign_button.clicked.connect(self._choose_agent)
        filters.addWidget(self.assign_button)
        rv.addLayout(filters)
        self.risk = read_only_table(
            [
                self.tr("Customer"),
                self.tr("Account"),
                self.tr("Tier"),
                self.tr("Value"),
                self.tr("Lifetime value"),
                self.tr("Churn risk"),
                self.tr("Why"),
                self.tr("Next step"),
            ]
        )
        self.risk.cellDoubleClicked.connect(lambda _r, _c: self._open_selected())
        rv.addWidget(self.risk, 1)
        self.tabs.addTab(risk_page, self.tr("Churn risk"))

        self.credit = read_only_table(
            [
                self.tr("Customer"),
                self.tr("Account"),
                self.tr("Rating"),
                self.tr("Points"),
                self.tr("Overdue invoices"),
                self.tr("Worst days overdue"),
                self.tr("Balance / limit"),
                self.tr("Why"),
            ]
        )
        self.tabs.addTab(self.credit, self.tr("Credit watch"))

        self.csat = read_only_table([self.tr("Month"), self.tr("Average CSAT"), self.tr("Surveys")])
        self.tabs.addTab(self.csat, self.tr("Satisfaction"))
        from callcenter.gui.supervisor.satisfaction_panel import SatisfactionPanel

        self.satisfaction = SatisfactionPanel(store, lang)
        self.tabs.addTab(self.satisfaction, self.tr("CSAT and NPS trends"))
        watch(store, self.satisfaction, lambda _e: self.satisfaction.refresh(), tables=("surveys",))

        watch(store, self, lambda _e: self.refresh(), tables=("customer_metrics",))
        self.refresh()

    # -- data
    def refresh(self) -> None:
        from callcenter.ops import analytics as ops

        run_op(
            lambda: ops.overview(self.store, self.identity, self.lang).value,
            self._show,
            self._failed,
            name="customers_overview",
            owner=self,
        )
        self.refresh_models()
        self.satisfaction.refresh()  # segments follow the figures

    def refresh_models(self) -> None:
        from callcenter.ops import analytics as ops

        run_op(
            lambda: ops.model_status(self.store, self.identity).value,
            self._show_models,
            self._failed,
            name="model_status",
            owner=self,
        )

    def _show_models(self, info: Any) -> None:
        self.model_info = info

        def when(at: Any) -> str:
            return at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else self.tr("never")

        churn_text = words.label(info.churn_model)
        if info.churn_fitted_at is not None:
            churn_text = self.tr("%1, fitted %2").replace("%1", churn_text).replace("%2", when(info.churn_fitted_at))
            if info.churn_auc is not None:
                churn_text += " " + self.tr("(AUC %1 on the held-out period)").replace("%1", f"{info.churn_auc:.2f}")
        self.models.setText(
            self.tr("Models in use — churn: %1 · value (BG/NBD, Gamma-Gamma): fitted %2")
            .replace("%1", churn_text)
            .replace("%2", when(info.value_fitted_at))
        )

    def refit(self) -> None:
        from callcenter.ops import analytics as ops

        self.refit_button.setEnabled(False)
        self.recompute_button.setEnabled(False)
        self.status.setText(self.tr("Refitting the models and recomputing every customer's figures…"))

        def finished() -> None:
            self.refit_button.setEnabled(True)
            self.recompute_button.setEnabled(True)

        def done(_result: Any) -> None:
            finished()
            self.refresh()

        def failed(problem: Any) -> None:
            finished()
            self._failed(problem)

        run_op(
            lambda: ops.refit(self.store, self.identity).value,
            done,
            failed,
            name="refit_models",
            write=True,
            owner=self,
        )

    def recompute(self) -> None:
        from callcenter.ops import analytics as ops

        self.recompute_button.setEnabled(False)
        self.status.setText(self.tr("Recomputing every customer's figures…"))

        def done(_result: Any) -> None:
            self.recompute_button.setEnabled(True)
            self.refresh()

        def failed(problem: Any) -> None:
            self.recompute_button.setEnabled(True)
            self._failed(problem)

        run_op(
            lambda: ops.recompute_all(self.store, self.identity).value,
            done,
            failed,
            name="recompute_figures",
            write=True,
            owner=self,
        )

    def _failed(self, problem: Any) -> None:
        self.status.setText(describe(problem))

    def _show(self, view: Any) -> None:
        self.view = view
        if not view.customers:
            self.status.setText(self.tr("No figures yet: press Recompute."))
        else:
            self.status.setText(
                self.tr("%1 customers · computed %2 · churn: %3")
                .replace("%1", f"{view.customers:,}")
                .replace("%2", (view.computed_at or "")[:16])
                .replace("%3", words.label(view.churn_source))
            )
        for r in range(5, 0, -1):
            for f in range(1, 6):
                n, spend = view.grid.get((r, f), (0, 0))
                seg = words_segment(r, f)
                item = _item(f"{n:,}\n{format_minor(spend, 'USD')}")
                item.setToolTip(words.segment_name(seg))
                item.setBackground(QColor(SEGMENT_COLOURS.get(seg, "#777")))
                item.setForeground(QColor("white"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(5 - r, f - 1, item)
        self.grid.resizeRowsToContents()
        _fill(
            self.segments,
            [
                [words.segment_name(s), _item(f"{n:,}", n), _item(format_minor(v, "USD"), v)]
                for s, (n, v) in sorted(view.segments.items(), key=lambda kv: -kv[1][1])
            ],
        )
        self.pareto.set_points(view.pareto)
        self.tier_counts.setText("  ·  ".join(f"{words.tier_name(t)}: {view.tiers.get(t, 0):,}" for t in abc.TIERS))
        self._paint_risk()
        _fill(
            self.credit,
            [
                [
                    r["display_name"],
                    r["account_no"],
                    r["credit_rating"],
                    _item(r["credit_points"], r["credit_points"]),
                    _item(r["overdue_now"], r["overdue_now"]),
                    _item(r["worst_overdue_days"], r["worst_overdue_days"]),
                    f"{format_minor(r['balance_minor'], r['currency'])} / "
                    f"{format_minor(r['credit_limit_minor'], r['currency'])}",
                    words.reasons_text(explain.credit_reasons(r, r["balance_minor"], r["credit_limit_minor"])[:3]),
                ]
                for r in view.credit_watch
            ],
            sortable=False,
        )
        _fill(self.csat, [[m, f"{avg:.2f}", n] for m, avg, n in view.csat_by_month])

    def _risk_rows(self) -> list[dict[str, Any]]:
        if self.view is None:
            return []
        tier = self.tier_filter.currentData()
        return [
            r for r in self.view.at_risk if r["churn_risk"] >= self.min_risk.value() and (not tier or r["tier"] == tier)
        ]

    def _paint_risk(self) -> None:
        rows = self._risk_rows()
        _fill(
            self.risk,
            [
                [
                    _item(r["display_name"]),
                    r["account_no"],
                    words.tier_name(r["tier"]),
                    _item(r["value_score"], r["value_score"]),
                    _item(format_minor(r["clv_minor"], r["currency"]), r["clv_minor"]),
                    _item(r["churn_risk"], r["churn_risk"]),
                    words.reasons_text(explain.churn_reasons(r)),
                    words.label("retention_call") if r["next_step"] == "retention_call" else "",
                ]
                for r in rows
            ],
            sortable=False,
        )
        for k, r in enumerate(rows):
            cell = self.risk.item(k, 0)
            if cell is not None:
                cell.setData(Qt.ItemDataRole.UserRole + 1, r["customer_id"])

    def _open_selected(self) -> None:
        row = self.risk.currentRow()
        cell = self.risk.item(row, 0) if row >= 0 else None
        if cell is None or self.open_record is None:
            return
        self.open_record(str(cell.data(Qt.ItemDataRole.UserRole + 1)))

    def _selected_customer(self) -> str | None:
        row = self.risk.currentRow()
        cell = self.risk.item(row, 0) if row >= 0 else None
        return str(cell.data(Qt.ItemDataRole.UserRole + 1)) if cell is not None else None

    def _choose_agent(self) -> None:
        from callcenter.store import repo

        if self._selected_customer() is None:
            self.status.setText(self.tr("Choose a customer in the list first."))
            return

        def pick(agents: list[Any]) -> None:
            names = [a.display_name for a in agents]
            name, ok = QInputDialog.getItem(
                self, self.tr("Retention call"), self.tr("Agent who calls:"), names, 0, False
            )
            if ok and name in names:
                self.assign_retention(agents[names.index(name)].user_id)

        run_op(
            lambda: [a for a in repo.agents(self.store) if a.role.value == "agent"],
            pick,
            self._failed,
            name="agents",
            owner=self,
        )

    def assign_retention(self, owner_id: str, on_done: Callable[[str], None] | None = None) -> None:
        from callcenter.ops import analytics as ops

        cid = self._selected_customer()
        if cid is None:
            return

        def done(call_id: str) -> None:
            self.status.setText(self.tr("Retention call assigned."))
            if on_done is not None:
                on_done(call_id)

        run_op(
            lambda: ops.assign_retention_call(self.store, self.identity, cid, owner_id).value,
            done,
            self._failed,
            name="assign_retention_call",
            write=True,
            owner=self,
        )

    # -- export
    def tables(self) -> list[Any]:
        from callcenter.store.complaints.reports import Table

        view = self.view
        if view is None:
            return []
        return [
            Table(
                "segments",
                self.tr("RFM segments"),
                [self.tr("Segment"), self.tr("Customers"), self.tr("12-month value (USD cents)")],
                [(words.segment_name(s), n, v) for s, (n, v) in view.segments.items()],
            ),
            Table(
                "churn_risk",
                self.tr("Churn risk"),
                [self.tr("Customer"), self.tr("Account"), self.tr("Tier"), self.tr("Churn risk"), self.tr("Why")],
                [
                    (
                        r["display_name"],
                        r["account_no"],
                        words.tier_name(r["tier"]),
                        r["churn_risk"],
                        words.reasons_text(explain.churn_reasons(r)),
                    )
                    for r in self._risk_rows()
                ],
            ),
            Table(
                "credit_watch",
                self.tr("Credit watch"),
                [
                    self.tr("Customer"),
                    self.tr("Account"),
                    self.tr("Rating"),
                    self.tr("Points"),
                    self.tr("Overdue invoices"),
                ],
                [
                    (r["display_name"], r["account_no"], r["credit_rating"], r["credit_points"], r["overdue_now"])
                    for r in view.credit_watch
                ],
            ),
        ]

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export customer figures"), "customers.xlsx", self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if not path:
            return
        kind = "csv" if path.lower().endswith(".csv") or "csv" in chosen.lower() else "xlsx"
        self.export_to(path, kind)

    def export_to(self, path: str, kind: str, on_done: Callable[[list[Any]], None] | None = None) -> None:
        from callcenter.ops.complaint_reports import export_figures

        tables = self.tables()

        def done(files: list[Any]) -> None:
            self.status.setText(self.tr("Exported %1 file(s)").replace("%1", str(len(files))))
            if on_done is not None:
                on_done(files)

        def failed(problem: Any) -> None:
            QMessageBox.warning(self, self.tr("Export failed"), describe(problem))

        run_op(
            lambda: export_figures(tables, kind, path),
            done,
            failed,
            name="export_customers",
            owner=self,
        )


def words_segment(r: int, f: int) -> str:
    from callcenter.core.analytics.rfm import segment

    return segment(r, f)
