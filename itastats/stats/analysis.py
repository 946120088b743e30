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

from . import compare, counts as count_tests
from .compare import Comparison
from .counts import CountTest
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
    counts: CountTest | None = None    # a count metric's test (itastats.stats.counts); comparison is None

    @property
    def is_count(self) -> bool:
        """Counts (events over a period, X of N): tested by :mod:`itastats.stats.counts`."""
        return self.counts is not None

    @property
    def tested(self) -> bool:
        """A significance test gave a p-value (not an aggregate, not a test that could not run)."""
        if self.counts is not None:
            return self.counts.error is None and self.counts.pvalue is not None
        c = self.comparison
        return c is not None and not c.error and not c.headline.error and c.headline.pvalue is not None

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
        if self.counts is not None:
            return self.counts.significant() if self.counts.error is None else None
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


_TESTS_OF = {count_tests.PROPORTIONS: (count_tests.PROP_TEST, count_tests.FISHER_EXACT),
             count_tests.PAIRED_PROPORTIONS: (count_tests.MCNEMAR, count_tests.MCNEMAR_EXACT),
             count_tests.RATES: ()}
_FIRST_TEST = {count_tests.RATES: count_tests.POISSON_EXACT, count_tests.PROPORTIONS: count_tests.PROP_TEST,
               count_tests.PAIRED_PROPORTIONS: count_tests.MCNEMAR_EXACT}


def _count_test(kind: str, values: tuple, method: str, alternative: str, confidence: float) -> CountTest:
    if kind == count_tests.RATES:
        return count_tests.rates(*values, alternative=alternative, confidence=confidence)
    method = method if method in _TESTS_OF[kind] else "auto"
    if kind == count_tests.PROPORTIONS:
        return count_tests.proportions(*values, method=method, alternative=alternative, confidence=confidence)
    return count_tests.paired_proportions(*values, method=method, confidence=confidence)


def _located(metric: MetricData, test: CountTest) -> Problem:
    """The test's error as a problem of the cell that holds the wrong number."""
    data = metric.counts
    params = dict(test.error_params)
    row, column = data.where(params.get("side"), params.get("what")) if params.get("side") else (None, None)
    if row is None and column is None and params.get("side"):
        row, column = data.where(params.get("side"))
    return Problem(test.error, {**params, "metric": metric.name}, file=metric.file, sheet=metric.sheet,
                   row=row, column=column, severity=WARNING)


def _counted(metric: MetricData, *, method: str, alternative: str, confidence: float) -> MetricResult:
    """A count metric: the test of its kind (:mod:`itastats.stats.counts`) and
    its rates or proportions (proportions as percentages, 0–100)."""
    data = metric.counts
    kind = data.kind
    problems = tuple(metric.problems)
    if data.error is not None:
        test = CountTest(_FIRST_TEST[kind], error=data.error.key, error_params=dict(data.error.params), kind=kind,
                         counts=tuple(data.values), alternative=alternative, method=method)
        return MetricResult(metric, None, None, None, None, None, dropped=problems, counts=test)
    test = _count_test(kind, tuple(data.values), method, alternative, confidence)
    rates = count_tests.describe(kind, tuple(data.values))
    scale = 1.0 if kind == count_tests.RATES else 100.0
    before = after = change = None
    if rates is not None:
        before, after = _finite(rates[0] * scale), _finite(rates[1] * scale)
        change = None if before is None or after is None else _finite(after - before)
    if test.error is not None:
        located = _located(metric, test)
        if located not in problems:
            problems = problems + (located,)
    return MetricResult(metric, None, before, after, change, _pct(before, change), dropped=problems, counts=test)


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
    if metric.counts is not None:
        return _counted(metric, method=method, alternative=alternative, confidence=confidence)
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
