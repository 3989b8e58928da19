"""Customer figures from the store: read the inputs in bulk, compute with ``core.analytics``,
write ``customer_metrics``; recompute one customer when their orders, invoices, payments,
complaints, calls or surveys change.

Plain SQL on purpose (a full recompute reads every order of a million customers). The
figures are local to this console (see ``models.CustomerMetrics``).

Amounts are compared across currencies at fixed reporting rates (``PER_USD``) for
ranking only; every stored amount is in the customer's own currency.
"""

from __future__ import annotations

import json
import logging
import math
import queue
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy.engine import Connection

from callcenter.core.analytics import abc, churn, clv, credit, rfm, schedule
from callcenter.core.changes import ANY_ROW, Change, Changed, Changes
from callcenter.core.money import minor_digits

if TYPE_CHECKING:
    from callcenter.store.db import Store

log = logging.getLogger(__name__)

PER_USD = {"USD": 1.0, "CNY": 7.2, "GBP": 0.79, "EUR": 0.92, "HKD": 7.8, "SGD": 1.35, "JPY": 150.0}
INPUT_TABLES = frozenset({"orders", "invoices", "payments", "complaints", "interactions", "surveys", "customers"})
FIT_SAMPLE = 10_000  # customers the BG/NBD and Gamma-Gamma fits use (population parameters)
CLV_MONTHS = 12
ANNUAL_DISCOUNT = 0.10
RETENTION_TIERS = ("platinum", "gold")
_CLOSED = ("closed", "withdrawn")


def _ts(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _day(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d")


@dataclass
class Inputs:
    """Per-customer inputs at one moment, arrays in the order of ``ids``."""

    now: datetime
    ids: list[str]
    currency: list[str]
    per_usd: np.ndarray
    credit_limit: np.ndarray
    balance: np.ndarray
    vip: np.ndarray
    tenure_days: np.ndarray
    order_days: np.ndarray
    first_ago: np.ndarray  # days from the first order day to now (nan: never)
    last_ago: np.ndarray
    spend_total: np.ndarray
    spend_first: np.ndarray
    spend_365: np.ndarray
    spend_90: np.ndarray
    spend_prev_90: np.ndarray
    orders_90: np.ndarray
    orders_365: np.ndarray
    complaints_90: np.ndarray
    breached_90: np.ndarray
    open_complaints: np.ndarray
    calls_30: np.ndarray
    repeat_calls_30: np.ndarray
    csat_last: np.ndarray
    nps_last: np.ndarray
    invoices_due: np.ndarray
    paid_on_time: np.ndarray
    overdue_now: np.ndarray
    worst_overdue_days: np.ndarray

    def features(self) -> churn.Features:
        x = np.maximum(self.order_days - 1, 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            gap = np.where(x > 0, (self.first_ago - self.last_ago) / np.maximum(x, 1), 0.0)
        return churn.Features(
            recency_days=np.nan_to_num(self.last_ago, nan=9999.0),
            usual_gap=gap,
            orders_90=self.orders_90,
            orders_365=self.orders_365,
            spend_90=self.spend_90 / self.per_usd,
            spend_prev_90=self.spend_prev_90 / self.per_usd,
            tenure_days=self.tenure_days,
            complaints_90=self.complaints_90,
            breached_90=self.breached_90,
            open_complaints=self.open_complaints,
            calls_30=self.calls_30,
            repeat_calls_30=self.repeat_calls_30,
            csat_last=self.csat_last,
            nps_last=self.nps_last,
            order_days=self.order_days,
        )

    def take(self, mask: np.ndarray) -> Inputs:
        idx = np.flatnonzero(mask)
        out: dict[str, Any] = {"now": self.now}
        for name, value in vars(self).items():
            if name == "now":
                continue
            if isinstance(value, np.ndarray):
                out[name] = value[idx]
            else:
                out[name] = [value[i] for i in idx]
        return Inputs(**out)


def _in_clause(ids: Sequence[str] | None, column: str) -> tuple[str, tuple[Any, ...]]:
    if ids is None:
        return "", ()
    return f" AND {column} IN ({','.join('?' * len(ids))})", tuple(ids)


# The last NPS answer per customer (SQLite takes the bare column from the row holding the max)
NPS_SQL = (
    "SELECT customer_id, score, max(answered_at) FROM surveys WHERE kind = 'nps' AND NOT deleted "
    "AND answered_at <= ?{filter} GROUP BY customer_id"
)


def load_inputs(conn: Connection, now: datetime, ids: Sequence[str] | None = None) -> Inputs:
    """Every input of every customer (or of ``ids``) as they were at ``now``."""
    raw = conn.connection.driver_connection  # the plain DB-API cursor: no per-row result overhead
    assert raw is not None

    def q(sql: str, args: tuple[Any, ...] = ()) -> Any:
        return raw.execute(sql, args)

    now_ts, today = _ts(now), _day(now)
    flt, params = _in_clause(ids, "id")
    rows = q(
        "SELECT id, currency, credit_limit_minor, balance_minor, vip, coalesce(customer_since, created_at) "
        f"FROM customers WHERE NOT deleted{flt} ORDER BY rowid",
        params,
    ).fetchall()
    n = len(rows)
    cids = [r[0] for r in rows]
    index = {cid: k for k, cid in enumerate(cids)}
    currency = [r[1] for r in rows]
    today_d = np.datetime64(today, "D")
    since = np.array([str(r[5])[:10] if r[5] else today for r in rows], dtype="datetime64[D]")

    def zeros() -> np.ndarray:
        return np.zeros(n, dtype=np.float64)

    def nans() -> np.ndarray:
        return np.full(n, np.nan)

    inp = Inputs(
        now=now,
        ids=cids,
        currency=currency,
        per_usd=np.array([PER_USD.get(c, 1.0) * 10 ** minor_digits(c) for c in currency], dtype=np.float64),
        credit_limit=np.array([r[2] for r in rows], dtype=np.float64),
        balance=np.array([r[3] for r in rows], dtype=np.float64),
        vip=np.array([bool(r[4]) for r in rows]),
        tenure_days=(today_d - since).astype(np.float64),
        order_days=zeros(),
        first_ago=nans(),
        last_ago=nans(),
        spend_total=zeros(),
        spend_first=zeros(),
        spend_365=zeros(),
        spend_90=zeros(),
        spend_prev_90=zeros(),
        orders_90=zeros(),
        orders_365=zeros(),
        complaints_90=zeros(),
        breached_90=zeros(),
        open_complaints=zeros(),
        calls_30=zeros(),
        repeat_calls_30=zeros(),
        csat_last=nans(),
        nps_last=nans(),
        invoices_due=zeros(),
        paid_on_time=zeros(),
        overdue_now=zeros(),
        worst_overdue_days=zeros(),
    )
    if n == 0:
        return inp
    d30, d90, d180, d365 = (_day(now - timedelta(days=k)) for k in (30, 90, 180, 365))
    t30, t90, t365 = (_ts(now - timedelta(days=k)) for k in (30, 90, 365))

    def put(sql: str, args: tuple[Any, ...], columns: Sequence[np.ndarray | None]) -> None:
        for row in q(sql, args):
            k = index.get(row[0])
            if k is None:
                continue
            for col, value in zip(columns, row[1:], strict=False):
                if col is not None and value is not None:
                    col[k] = float(value)

    flt, fp = _in_clause(ids, "customer_id")
    days_sql = (
        "SELECT customer_id c, substr(ordered_at, 1, 10) d, sum(total_minor) a FROM orders "
        "WHERE NOT deleted AND status NOT IN ('cancelled', 'returned') AND substr(ordered_at, 1, 10) <= ?"
        f"{flt} GROUP BY 1, 2"
    )
    first_day = np.empty(n, dtype=object)
    last_day = np.empty(n, dtype=object)
    for c, cnt, first, last, total, s365, s90, sprev, o90, o365 in q(
        "SELECT c, count(*), min(d), max(d), sum(a), sum(CASE WHEN d > ? THEN a ELSE 0 END), "
        "sum(CASE WHEN d > ? THEN a ELSE 0 END), sum(CASE WHEN d > ? AND d <= ? THEN a ELSE 0 END), "
        f"sum(d > ?), sum(d > ?) FROM ({days_sql}) GROUP BY c",
        (d365, d90, d180, d90, d90, d365, today, *fp),
    ):
        k = index.get(c)
        if k is None:
            continue
        inp.order_days[k] = cnt
        first_day[k], last_day[k] = first, last
        inp.spend_total[k], inp.spend_365[k], inp.spend_90[k], inp.spend_prev_90[k] = total, s365, s90, sprev
        inp.orders_90[k], inp.orders_365[k] = o90, o365
    bought = inp.order_days > 0
    if bought.any():
        fd = np.array([first_day[k] for k in np.flatnonzero(bought)], dtype="datetime64[D]")
        ld = np.array([last_day[k] for k in np.flatnonzero(bought)], dtype="datetime64[D]")
        inp.first_ago[bought] = (today_d - fd).astype(np.float64)
        inp.last_ago[bought] = (today_d - ld).astype(np.float64)
        put(f"SELECT c, a, min(d) FROM ({days_sql}) GROUP BY c", (today, *fp), [inp.spend_first])
    put(
        "SELECT customer_id, sum(opened_at >= ? AND opened_at <= ?), "
        "sum(opened_at >= ? AND opened_at <= ? AND breaches NOT IN ('', '[]')), "
        "sum(opened_at <= ? AND (closed_at IS NULL OR closed_at > ?) AND state NOT IN (?, ?)) "
        f"FROM complaints WHERE NOT deleted{flt} GROUP BY customer_id",
        (t90, now_ts, t90, now_ts, now_ts, now_ts, *_CLOSED, *fp),
        [inp.complaints_90, inp.breached_90, inp.open_complaints],
    )
    put(
        "SELECT customer_id, count(*), sum(prev IS NOT NULL AND julianday(offered_at) - julianday(prev) <= 7) FROM "
        "(SELECT customer_id, offered_at, lag(offered_at) OVER (PARTITION BY customer_id ORDER BY offered_at) prev "
        f"FROM interactions WHERE NOT deleted AND customer_id IS NOT NULL AND offered_at >= ? AND offered_at <= ?{flt}) "
        "GROUP BY customer_id",
        (t30, now_ts, *fp),
        [inp.calls_30, inp.repeat_calls_30],
    )
    put(
        "SELECT customer_id, survey_csat, max(offered_at) FROM interactions "
        f"WHERE survey_csat IS NOT NULL AND NOT deleted AND offered_at <= ?{flt} GROUP BY customer_id",
        (now_ts, *fp),
        [inp.csat_last],
    )
    put(NPS_SQL.format(filter=flt), (now_ts, *fp), [inp.nps_last])
    put(
        "SELECT customer_id, sum(due_at >= ? AND due_at <= ?), "
        "sum(due_at >= ? AND due_at <= ? AND paid_at IS NOT NULL AND substr(paid_at, 1, 10) <= substr(due_at, 1, 10)), "
        "sum(due_at < ? AND (paid_at IS NULL OR paid_at > ?)), "
        "max(CASE WHEN due_at < ? AND (paid_at IS NULL OR paid_at > ?) THEN julianday(?) - julianday(due_at) END) "
        f"FROM invoices WHERE NOT deleted AND status != 'void'{flt} GROUP BY customer_id",
        (t365, now_ts, t365, now_ts, now_ts, now_ts, now_ts, now_ts, now_ts, *fp),
        [inp.invoices_due, inp.paid_on_time, inp.overdue_now, inp.worst_overdue_days],
    )
    inp.worst_overdue_days = np.floor(inp.worst_overdue_days)
    return inp


# -- population parameters: fitted models and the breakpoints that score one more customer
@dataclass
class Population:
    bgnbd: clv.BGNBD
    gamma_gamma: clv.GammaGamma
    rfm_points: dict[str, list[float]]  # "r" (minus days), "f", "m" (USD) -> breakpoints for scores 2..5
    tier_floor: list[float]  # smallest 12-month spend (USD) of platinum, gold, silver
    clv_points: list[float]  # breakpoints of value scores 2..100 (USD)
    spend_quantiles: list[float]  # 12-month spend (USD) at top shares 0.001 .. 1.0 (1000 points, descending)
    buyers: int
    fitted_at: str
    churn_source: str = churn.RULE_NAME
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        d = dict(vars(self))
        d["bgnbd"] = vars(self.bgnbd)
        d["gamma_gamma"] = vars(self.gamma_gamma)
        return json.dumps(d, allow_nan=True)

    @staticmethod
    def from_json(text: str) -> Population:
        d = json.loads(text)
        d["bgnbd"] = clv.BGNBD(**d["bgnbd"])
        d["gamma_gamma"] = clv.GammaGamma(**d["gamma_gamma"])
        return Population(**d)


@dataclass
class Figures:
    ids: list[str]
    columns: dict[str, list[Any]]
    source: str


METRIC_COLUMNS = (
    "recency_days",
    "orders",
    "usual_gap_days",
    "spend_12m_minor",
    "spend_90_minor",
    "spend_prev_90_minor",
    "rfm_r",
    "rfm_f",
    "rfm_m",
    "segment",
    "tier",
    "top_share",
    "value_score",
    "clv_minor",
    "expected_12m",
    "p_alive",
    "churn_risk",
    "churn_source",
    "complaints_90",
    "breached_90",
    "open_complaints",
    "calls_30",
    "repeat_calls_30",
    "csat_last",
    "nps_last",
    "tenure_days",
    "credit_rating",
    "credit_points",
    "invoices_due",
    "paid_on_time",
    "overdue_now",
    "worst_overdue_days",
    "next_step",
)


def _clv_inputs(inp: Inputs) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    x = np.maximum(inp.order_days - 1, 0)
    T = np.nan_to_num(inp.first_ago, nan=0.0)
    t_x = T - np.nan_to_num(inp.last_ago, nan=0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        m = np.where(x > 0, (inp.spend_total - inp.spend_first) / np.maximum(x, 1) / inp.per_usd, 0.0)
    return x, t_x, T, m


def fit_population(inp: Inputs, seed: int = 1) -> Population:
    """Fit BG/NBD and Gamma-Gamma on a sample of buyers and derive the scoring breakpoints."""
    buyers = inp.order_days > 0
    b = inp.take(buyers)
    x, t_x, T, m = _clv_inputs(b)
    rng = np.random.default_rng(seed)
    pick = rng.permutation(len(x))[:FIT_SAMPLE] if len(x) > FIT_SAMPLE else np.arange(len(x))
    p = clv.fit_bgnbd(x[pick], t_x[pick], T[pick])
    g = clv.fit_gamma_gamma(x[pick], m[pick])
    pop = Population(p, g, {}, [], [], [], int(buyers.sum()), _ts(inp.now))
    r_val = -b.last_ago
    f_val = b.order_days
    m_val = b.spend_total / b.per_usd
    pop.rfm_points = {
        "r": rfm.breakpoints(r_val, rfm.quantile_scores_array(r_val), 5),
        "f": rfm.breakpoints(f_val, rfm.quantile_scores_array(f_val), 5),
        "m": rfm.breakpoints(m_val, rfm.quantile_scores_array(m_val), 5),
    }
    spend = inp.spend_365 / inp.per_usd
    tiers, _ = abc.classify_arrays(spend)
    pop.tier_floor = [float(spend[tiers == k].min()) if (tiers == k).any() else math.inf for k in range(3)]
    value = clv.clv(p, g, x, t_x, T, m, CLV_MONTHS, ANNUAL_DISCOUNT)
    pop.clv_points = rfm.breakpoints(value, rfm.quantile_scores_array(value, 100), 100)
    desc = np.sort(spend)[::-1]
    pop.spend_quantiles = [float(desc[min(len(desc) - 1, int(k * len(desc) / 1000))]) for k in range(1000)]
    return pop


def compute(inp: Inputs, pop: Population, model: churn.ChurnModel | None, *, full: bool) -> Figures:
    """Every figure for the customers in ``inp``. ``full``: rank among them (a full recompute);
    otherwise score against the saved population breakpoints (one customer at a time)."""
    n = len(inp.ids)
    buyers = inp.order_days > 0
    x, t_x, T, m = _clv_inputs(inp)
    p, g = pop.bgnbd, pop.gamma_gamma
    alive = np.where(buyers, clv.probability_alive(p, x, t_x, T), 0.0)
    exp12 = np.where(buyers, clv.expected_purchases(p, 365.0, x, t_x, T), 0.0)
    value_usd = np.where(buyers, clv.clv(p, g, x, t_x, T, m, CLV_MONTHS, ANNUAL_DISCOUNT), 0.0)
    spend_usd = inp.spend_365 / inp.per_usd
    r_val, f_val, m_val = -np.nan_to_num(inp.last_ago, nan=1e9), inp.order_days, inp.spend_total / inp.per_usd
    R = np.zeros(n, dtype=np.int64)
    F = np.zeros(n, dtype=np.int64)
    M = np.zeros(n, dtype=np.int64)
    V = np.zeros(n, dtype=np.int64)
    if full:
        idx = np.flatnonzero(buyers)
        R[idx] = rfm.quantile_scores_array(r_val[idx])
        F[idx] = rfm.quantile_scores_array(f_val[idx])
        M[idx] = rfm.quantile_scores_array(m_val[idx])
        V[idx] = rfm.quantile_scores_array(value_usd[idx], 100)
        tiers, share = abc.classify_arrays(spend_usd)
    else:
        for arr, key, val in ((R, "r", r_val), (F, "f", f_val), (M, "m", m_val)):
            pts = np.asarray(pop.rfm_points[key])
            arr[buyers] = 1 + np.searchsorted(pts, val[buyers], side="right")
        V[buyers] = 1 + np.searchsorted(np.asarray(pop.clv_points), value_usd[buyers], side="right")
        floors = pop.tier_floor
        tiers = np.where(
            spend_usd <= 0,
            3,
            np.where(
                spend_usd >= floors[0], 0, np.where(spend_usd >= floors[1], 1, np.where(spend_usd >= floors[2], 2, 3))
            ),
        )
        q = np.asarray(pop.spend_quantiles)  # descending
        above = len(q) - np.searchsorted(q[::-1], spend_usd, side="right")  # quantile points above this spend
        share = np.clip((above + 1) / len(q), 1 / len(q), 1.0)
    segments = [rfm.segment(int(r), int(f)) for r, f in zip(R, F, strict=True)]
    feats = inp.features()
    if model is not None:
        risk = model.risk(feats)
        source = churn.MODEL_NAME
    else:
        risk = churn.rule_score(feats)
        source = churn.RULE_NAME
    risk = np.where(buyers, risk, 0)
    cs = credit.score_arrays(
        inp.invoices_due.astype(np.int64),
        inp.paid_on_time.astype(np.int64),
        inp.overdue_now.astype(np.int64),
        inp.worst_overdue_days.astype(np.int64),
        inp.balance.astype(np.int64),
        inp.credit_limit.astype(np.int64),
        inp.tenure_days.astype(np.int64),
        V,
    )
    tier_names = [abc.TIERS[int(t)] for t in tiers]
    next_step = [
        "retention_call" if (risk[k] >= churn.HIGH_RISK and (tier_names[k] in RETENTION_TIERS or inp.vip[k])) else ""
        for k in range(n)
    ]
    clv_minor = np.rint(value_usd * inp.per_usd).astype(np.int64)
    cols: dict[str, list[Any]] = {
        "recency_days": [None if math.isnan(v) else int(v) for v in inp.last_ago.tolist()],
        "orders": inp.order_days.astype(np.int64).tolist(),
        "usual_gap_days": np.round(feats.usual_gap, 1).tolist(),
        "spend_12m_minor": inp.spend_365.astype(np.int64).tolist(),
        "spend_90_minor": inp.spend_90.astype(np.int64).tolist(),
        "spend_prev_90_minor": inp.spend_prev_90.astype(np.int64).tolist(),
        "rfm_r": R.tolist(),
        "rfm_f": F.tolist(),
        "rfm_m": M.tolist(),
        "segment": segments,
        "tier": tier_names,
        "top_share": np.round(share, 5).tolist(),
        "value_score": V.tolist(),
        "clv_minor": clv_minor.tolist(),
        "expected_12m": np.round(exp12, 2).tolist(),
        "p_alive": np.round(alive, 3).tolist(),
        "churn_risk": np.asarray(risk, dtype=np.int64).tolist(),
        "churn_source": [source] * n,
        "complaints_90": inp.complaints_90.astype(np.int64).tolist(),
        "breached_90": inp.breached_90.astype(np.int64).tolist(),
        "open_complaints": inp.open_complaints.astype(np.int64).tolist(),
        "calls_30": inp.calls_30.astype(np.int64).tolist(),
        "repeat_calls_30": inp.repeat_calls_30.astype(np.int64).tolist(),
        "csat_last": [None if math.isnan(v) else int(v) for v in inp.csat_last.tolist()],
        "nps_last": [None if math.isnan(v) else int(v) for v in inp.nps_last.tolist()],
        "tenure_days": inp.tenure_days.astype(np.int64).tolist(),
        "credit_rating": credit.ratings(cs["points"]),
        "credit_points": cs["points"].tolist(),
        "invoices_due": inp.invoices_due.astype(np.int64).tolist(),
        "paid_on_time": inp.paid_on_time.astype(np.int64).tolist(),
        "overdue_now": inp.overdue_now.astype(np.int64).tolist(),
        "worst_overdue_days": inp.worst_overdue_days.astype(np.int64).tolist(),
        "next_step": next_step,
    }
    return Figures(inp.ids, cols, source)


_INSERT = (
    f"INSERT OR REPLACE INTO customer_metrics (customer_id, computed_at, {', '.join(METRIC_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (len(METRIC_COLUMNS) + 2))})"
)


def write(conn: Connection, figures: Figures, now: datetime, replace_all: bool = False) -> None:
    stamp = _ts(now)
    if replace_all:
        conn.exec_driver_sql("DELETE FROM customer_metrics")
    cols = [figures.columns[c] for c in METRIC_COLUMNS]
    rows = [(cid, stamp, *vals) for cid, *vals in zip(figures.ids, *cols, strict=True)]
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.executemany(_INSERT, rows)


# -- saved models --------------------------------------------------------------------------
def save_model(conn: Connection, name: str, params: str, blob: bytes | None, now: datetime) -> None:
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO analytics_models (name, fitted_at, params, blob) VALUES (?, ?, ?, ?)",
        (name, _ts(now), params, blob),
    )


def load_population(conn: Connection) -> Population | None:
    row = conn.exec_driver_sql("SELECT params FROM analytics_models WHERE name = 'population'").first()
    return Population.from_json(row[0]) if row else None


def load_churn_model(conn: Connection) -> churn.ChurnModel | None:
    row = conn.exec_driver_sql("SELECT blob FROM analytics_models WHERE name = 'churn'").first()
    if not row or not row[0]:
        return None
    try:
        return churn.ChurnModel.loads(row[0])
    except Exception:  # a model from another version of the libraries: fall back to the rule score
        log.warning("the saved churn model cannot be loaded; using the rule score until it is retrained")
        return None


# -- the use cases' store work -------------------------------------------------------------
def recompute_all(store: Store, now: datetime | None = None) -> dict[str, Any]:
    """Refit BG/NBD and Gamma-Gamma, rank everyone, write every customer's figures."""
    now = now or datetime.now(UTC)
    t0 = time.perf_counter()
    with store.engine.connect() as conn:
        inp = load_inputs(conn, now)
        t_read = time.perf_counter()
        pop = fit_population(inp)
        model = load_churn_model(conn)
        t_fit = time.perf_counter()
        figures = compute(inp, pop, model, full=True)
        pop.churn_source = figures.source
        t_compute = time.perf_counter()
        write(conn, figures, now, replace_all=True)
        save_model(conn, "population", pop.to_json(), None, now)
        conn.commit()
    t_write = time.perf_counter()
    store.publish(Changes((Change("customer_metrics", "update", "*"),)), source="analytics")
    tiers = figures.columns["tier"]
    return {
        "customers": len(inp.ids),
        "buyers": pop.buyers,
        "churn_model": figures.source,
        "bgnbd": vars(pop.bgnbd),
        "gamma_gamma": vars(pop.gamma_gamma),
        "tiers": {t: tiers.count(t) for t in abc.TIERS},
        "seconds": round(t_write - t0, 2),
        "phases": {
            "read_s": round(t_read - t0, 2),
            "fit_s": round(t_fit - t_read, 2),
            "compute_s": round(t_compute - t_fit, 2),
            "write_s": round(t_write - t_compute, 2),
        },
    }


def recompute_customers(store: Store, ids: Iterable[str], now: datetime | None = None) -> int:
    """Recompute the figures of a few customers against the saved population (no refit)."""
    ids = sorted(set(ids))
    if not ids:
        return 0
    now = now or datetime.now(UTC)
    with store.engine.connect() as conn:
        pop = load_population(conn)
        if pop is None:  # never fully computed: nothing to score against yet
            return 0
        inp = load_inputs(conn, now, ids)
        figures = compute(inp, pop, _cached_model(store, conn), full=False)
        write(conn, figures, now)
        conn.commit()
    store.publish(
        Changes(tuple(Change("customer_metrics", "update", c, (("customer_id", c),)) for c in figures.ids)),
        source="analytics",
    )
    return len(figures.ids)


_MODEL_CACHE: dict[int, tuple[str, churn.ChurnModel | None]] = {}


def _cached_model(store: Store, conn: Connection) -> churn.ChurnModel | None:
    row = conn.exec_driver_sql("SELECT fitted_at FROM analytics_models WHERE name = 'churn'").first()
    stamp = str(row[0]) if row else ""
    cached = _MODEL_CACHE.get(id(store))
    if cached is None or cached[0] != stamp:
        cached = (stamp, load_churn_model(conn) if row else None)
        _MODEL_CACHE[id(store)] = cached
    return cached[1]


def churn_labels(conn: Connection, cutoff: datetime, horizon_days: int, ids: list[str]) -> np.ndarray:
    """True where the customer placed no order in the ``horizon_days`` after ``cutoff``."""
    bought = {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT DISTINCT customer_id FROM orders WHERE NOT deleted AND status NOT IN ('cancelled', 'returned') "
            "AND substr(ordered_at, 1, 10) > ? AND substr(ordered_at, 1, 10) <= ?",
            (_day(cutoff), _day(cutoff + timedelta(days=horizon_days))),
        )
    }
    return np.array([cid not in bought for cid in ids], dtype=bool)


def train_churn(store: Store, horizon_days: int = 90, now: datetime | None = None) -> dict[str, Any]:
    """Train on the cut-off 2×horizon ago, test on the cut-off one horizon ago; save the model.
    With too little history nothing is saved and the rule score stays in use."""
    now = now or datetime.now(UTC)
    cut_train = now - timedelta(days=2 * horizon_days)
    cut_test = now - timedelta(days=horizon_days)
    with store.engine.connect() as conn:
        tr = load_inputs(conn, cut_train)
        tr = tr.take(tr.order_days > 0)
        te = load_inputs(conn, cut_test)
        te = te.take(te.order_days > 0)
        ytr = churn_labels(conn, cut_train, horizon_days, tr.ids)
        yte = churn_labels(conn, cut_test, horizon_days, te.ids)
        result: dict[str, Any] = {
            "horizon_days": horizon_days,
            "train_cutoff": _day(cut_train),
            "test_cutoff": _day(cut_test),
            "features": list(churn.FEATURES),
        }
        try:
            model = churn.train(tr.features(), ytr, te.features(), yte, horizon_days)
        except churn.TooLittleHistory as exc:
            result.update(
                {
                    "model": churn.RULE_NAME,
                    "reason": str(exc),
                    "auc": None,
                    "baseline_auc": None,
                    "brier": None,
                    "base_rate": float(yte.mean()) if len(yte) else None,
                    "n_train": len(ytr),
                    "n_test": len(yte),
                }
            )
            return result
        save_model(
            conn,
            "churn",
            json.dumps({"auc": model.auc, "baseline_auc": model.baseline_auc, "horizon_days": horizon_days}),
            model.dumps(),
            now,
        )
        conn.commit()
    result.update(
        {
            "model": churn.MODEL_NAME,
            "auc": model.auc,
            "baseline_auc": model.baseline_auc,
            "brier": model.brier,
            "base_rate": model.base_rate,
            "n_train": model.n_train,
            "n_test": model.n_test,
        }
    )
    return result


# -- refits: the value models and the churn model, on demand and on a schedule ---------------
@dataclass(frozen=True)
class ModelStatus:
    """Which models are in use and when they were fitted (None: never)."""

    value_fitted_at: datetime | None
    churn_model: str  # churn.MODEL_NAME | churn.RULE_NAME
    churn_fitted_at: datetime | None
    churn_auc: float | None


def _parse_ts(value: Any) -> datetime | None:
    if not value:
        return None
    at = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def model_status(conn: Connection) -> ModelStatus:
    rows = {
        r[0]: (r[1], r[2], r[3] is not None)
        for r in conn.exec_driver_sql(
            "SELECT name, fitted_at, params, length(blob) FROM analytics_models WHERE name IN ('population', 'churn')"
        )
    }
    value_at = _parse_ts(rows["population"][0]) if "population" in rows else None
    churn_at, auc, source = None, None, churn.RULE_NAME
    if "churn" in rows and rows["churn"][2]:
        churn_at = _parse_ts(rows["churn"][0])
        try:
            auc = json.loads(rows["churn"][1] or "{}").get("auc")
        except ValueError:
            auc = None
        source = churn.MODEL_NAME
    if "population" in rows:  # what the last recompute actually used
        try:
            source = json.loads(rows["population"][1]).get("churn_source", source)
        except ValueError:
            pass
    return ModelStatus(value_at, source, churn_at, float(auc) if auc is not None else None)


def refit(store: Store, horizon_days: int = 90, now: datetime | None = None) -> dict[str, Any]:
    """Retrain the churn model (kept as it was when there is too little history), then refit
    the value models and recompute every customer with them."""
    now = now or datetime.now(UTC)
    trained = train_churn(store, horizon_days, now)
    result = recompute_all(store, now)
    result["churn_training"] = trained
    return result


class RefitScheduler:
    """Refits the models on a schedule (``core.analytics.schedule``), on its own daemon
    thread: a minute after the start, then every ``check_s`` seconds, it looks at the last
    fit's time (one small read) and refits when due. ``stop()`` ends it; a refit in progress finishes first."""

    def __init__(
        self,
        store: Store,
        policy: schedule.RefitPolicy = schedule.RefitPolicy(),
        check_s: float = 600.0,
        clock: Any = None,
        first_check_s: float = 60.0,
    ):
        self.store, self.policy, self.check_s, self.first_check_s = store, policy, check_s, first_check_s
        self.clock = clock or (lambda: datetime.now(UTC))
        self.runs = 0
        self.last_error: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="analytics-refit", daemon=True)
        if policy.every_hours > 0:
            self._thread.start()

    def due(self) -> bool:
        with self.store.engine.connect() as conn:
            fitted = model_status(conn).value_fitted_at
            has_customers = conn.exec_driver_sql("SELECT 1 FROM customers LIMIT 1").first() is not None
        return has_customers and schedule.refit_due(fitted, self.clock(), self.policy)

    def run_once(self) -> bool:
        """Refit if due; True when it refitted."""
        if not self.due():
            return False
        try:
            refit(self.store, now=self.clock())
        except clv.FitError:
            self.last_error = "too_little_history"
            return False
        self.runs += 1
        return True

    def _run(self) -> None:
        if self._stop.wait(self.first_check_s):  # not while the console starts
            return
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception as exc:  # a store closed under us or a locked database: try again later
                self.last_error = type(exc).__name__
                log.warning("scheduled refit failed: %s", type(exc).__name__)
            self._stop.wait(self.check_s)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)


# -- incremental recompute, off the caller's thread -------------------------------------------
class Follower:
    """Recomputes a customer's figures when a committed change touches their inputs.

    Subscribes to ``store.events``; customer ids are queued and a daemon thread (never
    the GUI thread) recomputes them in small batches. ``timings`` keeps the last
    per-customer times (seconds) for the benchmark.
    """

    def __init__(self, store: Store, batch: int = 50):
        self.store = store
        self.batch = batch
        self._q: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="analytics-follower", daemon=True)
        self._idle = threading.Event()
        self._idle.set()
        self.timings: list[float] = []
        self._unsubscribe = store.events.subscribe(Changed, self._on_event)
        self._thread.start()

    def _on_event(self, event: Changed) -> None:
        if getattr(event, "source", "") == "analytics":
            return
        changes = getattr(event, "changes", None)
        if changes is None:
            return
        for ch in changes.items:
            if ch.table not in INPUT_TABLES:
                continue
            cid = ch.row_id if ch.table == "customers" else dict(ch.refs).get("customer_id")
            if cid and cid != ANY_ROW:
                self._idle.clear()
                self._q.put(cid)

    def _run(self) -> None:
        while True:
            first = self._q.get()
            if first is None:
                return
            ids = {first}
            while len(ids) < self.batch:
                try:
                    more = self._q.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._q.put(None)
                    break
                ids.add(more)
            t0 = time.perf_counter()
            try:
                done = recompute_customers(self.store, ids)
            except Exception:
                log.exception("incremental recompute failed")
                done = 0
            if done:
                self.timings.append((time.perf_counter() - t0) / done)
                del self.timings[:-10_000]
            if self._q.empty():
                self._idle.set()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        return self._idle.wait(timeout)

    def close(self) -> None:
        unsub = self._unsubscribe
        if callable(unsub):
            unsub()
        self._q.put(None)
        self._thread.join(timeout=5)


def metrics_row(conn: Connection, customer_id: str) -> dict[str, Any] | None:
    """One customer's stored figures as a dict (None when never computed)."""
    cur = conn.exec_driver_sql(
        f"SELECT computed_at, {', '.join(METRIC_COLUMNS)} FROM customer_metrics WHERE customer_id = ?", (customer_id,)
    )
    row = cur.first()
    if row is None:
        return None
    return dict(zip(("computed_at", *METRIC_COLUMNS), row, strict=True))


def day_of(value: Any) -> date | None:
    if value is None:
        return None
    return date.fromisoformat(str(value)[:10])
