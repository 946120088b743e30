"""One metric in, one result out: the comparison and what surrounds it.

:func:`analyze_metric` turns a :class:`~itastats.read.layouts.MetricData` (numbers
traced to their Excel rows) into a :class:`MetricResult`: the comparison of
:mod:`itastats.stats.compare` for case-level data, the plain change for an
aggregate metric, and every row that was left out with its row number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from . import compare
from .compare import Comparison
from ..read.layouts import AGGREGATE, INDEPENDENT, PAIRED, MetricData
from ..read.problems import INFO, WARNING, Problem

DESIGNS = (PAIRED, INDEPENDENT)


@dataclass(frozen=True)
class MetricResult:
    metric: MetricData
    comparison: Comparison | None      # None for an aggregate metric (one number each side)
    before_value: float | None         # mean before (the single number for aggregate)
    after_value: float | None
    change: float | None               # after − before
    pct_change: float | None
    dropped: tuple[Problem, ...] = ()  # every row left out, with its Excel row number and why
    notes: tuple[Problem, ...] = ()    # decisions the user may want to know (design changed...)

    @property
    def design(self) -> str:
        return self.metric.design

    @property
    def name(self) -> str:
        return self.metric.name

    @property
    def unit(self) -> str | None:
        return self.metric.unit

    @property
    def significant(self) -> bool | None:
        if self.comparison is None or self.comparison.error:
            return None
        return self.comparison.headline.significant()

    @property
    def improved(self) -> bool | None:
        """True when the change goes the good way for this metric."""
        if self.change is None or self.change == 0 or self.metric.lower_is_better is None:
            return None
        return (self.change < 0) == self.metric.lower_is_better


def _finite(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def _pct(before: float | None, change: float | None) -> float | None:
    if before is None or change is None or before == 0:
        return None
    return _finite(change / abs(before) * 100.0)


def _aggregate(metric: MetricData) -> MetricResult:
    before = _finite(float(metric.before[0])) if len(metric.before) else None
    after = _finite(float(metric.after[0])) if len(metric.after) else None
    change = after - before if before is not None and after is not None else None
    return MetricResult(metric, None, before, after, change, _pct(before, change))


def _as_design(metric: MetricData, design: str) -> tuple[MetricData, tuple[Problem, ...]]:
    """The metric seen as ``design``; a paired view needs aligned columns."""
    if design == metric.design:
        return metric, ()
    where = dict(file=metric.file, sheet=metric.sheet)
    if design == PAIRED and len(metric.before) != len(metric.after):
        note = Problem("analysis.cannot_pair", {"n_before": len(metric.before),
                                                "n_after": len(metric.after)},
                       severity=WARNING, **where)
        return metric, (note,)
    note = Problem(f"analysis.design_set_{design}", {}, severity=INFO, **where)
    return replace(metric, design=design), (note,)


def _dropped_rows(metric: MetricData, comparison: Comparison) -> tuple[Problem, ...]:
    out = []
    for position, reason in comparison.dropped:
        after_side = reason.endswith("_after") and metric.design == INDEPENDENT
        rows = metric.rows_after if after_side else metric.rows_before
        column = metric.after_column if reason.endswith("_after") else metric.before_column
        row = int(rows[position]) if position < len(rows) else None
        out.append(Problem(f"dropped.{reason}", {}, file=metric.file, sheet=metric.sheet,
                           row=row, column=column, severity=WARNING))
    return tuple(out)


def analyze_metric(metric: MetricData, *, design: str | None = None, method: str = "auto",
                   alternative: str = "two-sided", confidence: float = 0.95) -> MetricResult:
    """Compare one metric's before and after values.

    Parameters
    ----------
    metric : MetricData
        The numbers, as :mod:`itastats.read.layouts` extracted them.
    design : {"paired", "independent"}, optional
        Override the design the layout implied (the user's correction).
    method, alternative, confidence
        Passed to :func:`itastats.stats.compare.paired` / ``independent``.

    Returns
    -------
    MetricResult
        ``comparison`` is None for an aggregate metric (one number a side:
        no test is possible, the change is still reported).
    """
    if metric.design == AGGREGATE:
        return _aggregate(metric)
    notes: tuple[Problem, ...] = ()
    if design is not None:
        if design not in DESIGNS:
            raise ValueError(f"design must be one of {DESIGNS}, not {design!r}")
        metric, notes = _as_design(metric, design)
    run = compare.paired if metric.design == PAIRED else compare.independent
    comparison = run(np.asarray(metric.before, dtype=float), np.asarray(metric.after, dtype=float),
                     method=method, alternative=alternative, confidence=confidence)
    return MetricResult(metric, comparison, comparison.mean_before, comparison.mean_after,
                        comparison.change, comparison.pct_change,
                        dropped=_dropped_rows(metric, comparison) + tuple(metric.problems),
                        notes=notes)
