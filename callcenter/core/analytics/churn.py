"""Churn warning: features, the documented rule score, the trained model and reasons in words.

Label: a customer who had ordered before the cut-off *churns* when they place no
order within ``horizon_days`` after it. Features are computed at a cut-off from
orders, complaints, calls and surveys (see ``FEATURES``).

The rule score (used while there is too little history to train a model, and to
order the reasons) adds up, capped at 100:

- recency: 0 while the days since the last order are within the customer's usual
  gap between orders (60 days for a one-order customer, at least 7), rising
  linearly to 70 at four times the usual gap;
- complaints: 8 per complaint in the last 90 days plus 4 per breached one, at most 20;
- satisfaction: 10 when the last CSAT is 2 or less, 5 when the last NPS is 6 or less (at most 10);
- spend: 5 when the last 90 days' spend is less than half the 90 days before.

The trained model is scikit-learn logistic regression on log-scaled, standardised
features, calibrated (isotonic with enough data, else sigmoid; 3-fold), on a time
split (gradient boosting was tried: no better on the demo history and many times
slower on two shared cores): trained on features at cut-off
``now − 2·horizon`` with labels from the next ``horizon`` days, tested on features
at ``now − horizon`` with labels up to now.
"""

from __future__ import annotations

import math
import pickle
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from callcenter.core.analytics.reasons import Reason

FloatArray = NDArray[np.float64]

FEATURES = (
    "recency_days",
    "gap_ratio",
    "orders_90",
    "orders_365",
    "spend_trend",
    "tenure_days",
    "complaints_90",
    "breached_90",
    "open_complaints",
    "calls_30",
    "repeat_calls_30",
    "csat_last",
    "nps_last",
)
SINGLE_ORDER_GAP = 60.0
MIN_GAP = 7.0
MIN_TRAIN = 300  # customers in the training cut-off
MIN_CLASS = 30  # of each label, in training and in test
HIGH_RISK = 70


@dataclass
class Features:
    """Feature columns for n customers (NaN csat/nps: no survey)."""

    recency_days: FloatArray
    usual_gap: FloatArray
    orders_90: FloatArray
    orders_365: FloatArray
    spend_90: FloatArray
    spend_prev_90: FloatArray
    tenure_days: FloatArray
    complaints_90: FloatArray
    breached_90: FloatArray
    open_complaints: FloatArray
    calls_30: FloatArray
    repeat_calls_30: FloatArray
    csat_last: FloatArray
    nps_last: FloatArray
    order_days: FloatArray  # distinct order days ever (1 = a single order)

    def gap(self) -> FloatArray:
        g = np.where(self.order_days > 1, self.usual_gap, SINGLE_ORDER_GAP)
        return np.asarray(np.maximum(g, MIN_GAP), dtype=np.float64)

    def matrix(self) -> FloatArray:
        total = self.spend_90 + self.spend_prev_90
        with np.errstate(divide="ignore", invalid="ignore"):
            trend = np.where(total > 0, (self.spend_90 - self.spend_prev_90) / np.maximum(total, 1), 0.0)
        cols = [
            self.recency_days,
            np.minimum(self.recency_days / self.gap(), 50.0),
            self.orders_90,
            self.orders_365,
            trend,
            self.tenure_days,
            self.complaints_90,
            self.breached_90,
            self.open_complaints,
            self.calls_30,
            self.repeat_calls_30,
            np.nan_to_num(self.csat_last, nan=4.0),
            np.nan_to_num(self.nps_last, nan=8.0),
        ]
        return np.column_stack(cols).astype(np.float64)


def rule_parts(f: Features) -> dict[str, FloatArray]:
    ratio = f.recency_days / f.gap()
    recency = 70 * np.clip((ratio - 1) / 3, 0, 1)
    complaints = np.minimum(8 * f.complaints_90 + 4 * f.breached_90, 20)
    csat = np.where(np.nan_to_num(f.csat_last, nan=5) <= 2, 10, 0)
    nps = np.where(np.nan_to_num(f.nps_last, nan=10) <= 6, 5, 0)
    satisfaction = np.minimum(csat + nps, 10)
    spend = np.where((f.spend_prev_90 > 0) & (f.spend_90 * 2 < f.spend_prev_90), 5, 0)
    return {"recency": recency, "complaints": complaints, "satisfaction": satisfaction, "spend": spend}


def rule_score(f: Features) -> FloatArray:
    """The documented rule score 0..100 (see the module text)."""
    parts = rule_parts(f)
    total = parts["recency"] + parts["complaints"] + parts["satisfaction"] + parts["spend"]
    return np.asarray(np.clip(np.rint(total), 0, 100), dtype=np.float64)


def reasons(f: Features, i: int, limit: int = 3) -> list[Reason]:
    """Customer i's top reasons, heaviest first (weights from the rule parts)."""
    parts = rule_parts(f)
    found: list[tuple[float, Reason]] = []
    days = int(f.recency_days[i])
    if parts["recency"][i] > 0:
        if f.order_days[i] > 1:
            found.append((parts["recency"][i], Reason("churn.gap", {"days": days, "usual": int(round(f.gap()[i]))})))
        else:
            found.append((parts["recency"][i], Reason("churn.no_repeat", {"days": days})))
    if f.complaints_90[i] > 0:
        found.append(
            (
                parts["complaints"][i],
                Reason("churn.complaints", {"n": int(f.complaints_90[i]), "breached": int(f.breached_90[i])}),
            )
        )
    elif f.open_complaints[i] > 0:
        found.append((4.0, Reason("churn.open_complaint", {"n": int(f.open_complaints[i])})))
    csat = f.csat_last[i]
    if not math.isnan(csat) and csat <= 2:
        found.append((10.0, Reason("churn.low_csat", {"score": int(csat)})))
    nps = f.nps_last[i]
    if not math.isnan(nps) and nps <= 6:
        found.append((5.0, Reason("churn.detractor", {"score": int(nps)})))
    if parts["spend"][i] > 0 and f.spend_90[i] > 0:  # no spend at all is already said by the gap
        pct = round(100 * (1 - f.spend_90[i] / f.spend_prev_90[i]))
        found.append((5.0, Reason("churn.spend_down", {"pct": pct})))
    if f.repeat_calls_30[i] >= 2:
        found.append((3.0, Reason("churn.repeat_calls", {"n": int(f.repeat_calls_30[i])})))
    found.sort(key=lambda t: -t[0])
    return [r for _, r in found[:limit]]


@dataclass
class ChurnModel:
    """A fitted, calibrated classifier and its held-out quality."""

    estimator: Any
    auc: float
    baseline_auc: float
    brier: float
    base_rate: float
    n_train: int
    n_test: int
    horizon_days: int

    def risk(self, f: Features) -> FloatArray:
        p = self.probability(f.matrix())
        return np.asarray(np.clip(np.rint(100 * p), 0, 100), dtype=np.float64)

    def probability(self, X: FloatArray) -> FloatArray:
        """P(churn) for feature rows. Evaluated with numpy from the fitted parts (scikit-learn's own
        predict_proba costs about 20 ms per call in input checks; one customer must take well under 5)."""
        parts = self.__dict__.get("_parts")
        if parts is None:
            parts = self.__dict__["_parts"] = _fast_parts(self.estimator)
        if parts is False:
            return np.asarray(self.estimator.predict_proba(X)[:, 1], dtype=np.float64)
        Z = _signed_log1p(np.asarray(X, dtype=np.float64))
        total = np.zeros(len(Z))
        for mean, scale, coef, intercept, kind, a, b in parts:
            d = ((Z - mean) / scale) @ coef + intercept
            if kind == "isotonic":
                total += np.interp(d, a, b)
            else:
                total += 1.0 / (1.0 + np.exp(a * d + b))
        return np.asarray(np.clip(total / len(parts), 0.0, 1.0), dtype=np.float64)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_parts", None)
        return state

    def dumps(self) -> bytes:
        return pickle.dumps(self)

    @staticmethod
    def loads(blob: bytes) -> ChurnModel:
        model = pickle.loads(blob)
        if not isinstance(model, ChurnModel):
            raise TypeError("not a churn model")
        return model


MODEL_NAME = "logistic_regression_calibrated"
RULE_NAME = "rule_score"


def _signed_log1p(x: FloatArray) -> FloatArray:
    return np.asarray(np.sign(x) * np.log1p(np.abs(x)), dtype=np.float64)


def _fast_parts(estimator: Any) -> Any:
    """(scaler mean, scale, coefficients, intercept, calibration kind, a, b) per calibrated fold,
    or False when the estimator is not the pipeline ``train`` builds."""
    try:
        out = []
        for cc in estimator.calibrated_classifiers_:
            pipe = cc.estimator
            scaler, lr = pipe[1], pipe[2]
            cal = cc.calibrators[0]
            a: Any
            b: Any
            if hasattr(cal, "X_thresholds_"):
                kind, a, b = "isotonic", np.asarray(cal.X_thresholds_), np.asarray(cal.y_thresholds_)
            else:
                kind, a, b = "sigmoid", float(cal.a_), float(cal.b_)
            out.append((scaler.mean_, scaler.scale_, lr.coef_[0], float(lr.intercept_[0]), kind, a, b))
        return out
    except (AttributeError, IndexError, TypeError):
        return False


class TooLittleHistory(ValueError):
    """Not enough customers or outcomes of each kind to train and test a model."""


def train(
    train_f: Features,
    train_y: NDArray[np.bool_],
    test_f: Features,
    test_y: NDArray[np.bool_],
    horizon_days: int,
    seed: int = 1,
) -> ChurnModel:
    """Fit on the earlier cut-off, report on the later one (a time split, never shuffled across)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, roc_auc_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer, StandardScaler

    ytr = np.asarray(train_y, dtype=bool)
    yte = np.asarray(test_y, dtype=bool)
    for y in (ytr, yte):
        if len(y) < MIN_CLASS * 2 or int(y.sum()) < MIN_CLASS or int((~y).sum()) < MIN_CLASS:
            raise TooLittleHistory("too few customers of each outcome")
    if len(ytr) < MIN_TRAIN:
        raise TooLittleHistory("too few customers to train on")
    base = make_pipeline(
        FunctionTransformer(_signed_log1p), StandardScaler(), LogisticRegression(C=1.0, max_iter=500, random_state=seed)
    )
    method = "isotonic" if len(ytr) >= 2000 else "sigmoid"
    est = CalibratedClassifierCV(base, method=method, cv=3)
    est.fit(train_f.matrix(), ytr)
    p = est.predict_proba(test_f.matrix())[:, 1]
    return ChurnModel(
        estimator=est,
        auc=float(roc_auc_score(yte, p)),
        baseline_auc=float(roc_auc_score(yte, test_f.recency_days)),
        brier=float(brier_score_loss(yte, p)),
        base_rate=float(yte.mean()),
        n_train=len(ytr),
        n_test=len(yte),
        horizon_days=horizon_days,
    )
