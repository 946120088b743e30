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
ALPHA = 0.05

# what a result lets a report claim (MetricResult.verdict)
BETTER = "significant_better"        # tested, p < .05, the change goes the good way
WORSE = "significant_worse"          # tested, p < .05, the change goes the bad way
SIGNIFICANT = "significant"          # tested, p < .05, which way is good is not known
NOT_SIGNIFICANT = "not_significant"  # tested, p ≥ .05: no claim of a change
REPORTED = "reported"                # one number a side: reported figures, no test possible
NO_TEST = "no_test"                  # case-level data, but the test could not be computed
VERDICTS = (BETTER, WORSE, SIGNIFICANT, NOT_SIGNIFICANT, REPORTED, NO_TEST)


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
    def verdict(self) -> str:
        """What the data let a report claim: one of :data:`VERDICTS`.  Every
        artifact styles and words a result by this, so a change that is not
        significant never looks like a gain, and reported figures never sit
        under a test heading."""
        if self.comparison is None and self.counts is None:
            return REPORTED
        sig = self.significant
        if sig is None:
            return NO_TEST
        if not sig:
            return NOT_SIGNIFICANT
        imp = self.improved
        return BETTER if imp is True else WORSE if imp is False else SIGNIFICANT

    @property
    def tested(self) -> bool:
        """A significance test was computed (whatever its outcome)."""
        return self.verdict in (BETTER, WORSE, SIGNIFICANT, NOT_SIGNIFICANT)

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


RECONCILE_WITHIN = 0.5


@dataclass(frozen=True)
class Reconciliation:
    """A reported figure next to the tested metric it summarises."""
    reported: str                # the reported metric's name
    tested: str                  # the tested metric's name
    agrees: bool                 # the tested means, rounded as the reported figures are, equal them
    tested_before: float
    tested_after: float


def _decimals(x: float) -> int:
    text = f"{x:.10f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def reconcile(results) -> dict[str, Reconciliation]:
    """Reported figures (one number a side) matched to a tested metric of the
    same unit whose means are close to them (relative differences of before
    and after adding up to at most :data:`RECONCILE_WITHIN`), so a "7 → 2 วัน"
    beside a per-case "7.54 → 2.46 วัน" is said to be the same quantity,
    rounded or not; a figure with no such metric (or two equally close) is left
    alone."""
    from ..read.names import unit_key
    results = list(results)
    tested = [r for r in results if r.comparison is not None and r.before_value is not None
              and r.after_value is not None and r.unit]
    out: dict[str, Reconciliation] = {}
    for r in results:
        if r.comparison is not None or r.counts is not None or r.before_value is None or r.after_value is None \
                or not r.unit:
            continue
        same = [m for m in tested if unit_key(m.unit) == unit_key(r.unit)]
        if not same:
            continue

        def distance(m):
            return abs(m.before_value - r.before_value) / max(abs(r.before_value), 1e-9) + \
                abs(m.after_value - r.after_value) / max(abs(r.after_value), 1e-9)
        same.sort(key=distance)
        if len(same) > 1 and distance(same[0]) == distance(same[1]):
            continue
        m = same[0]
        if distance(m) > RECONCILE_WITHIN:
            continue
        d = max(_decimals(r.before_value), _decimals(r.after_value))
        agrees = round(m.before_value, d) == round(r.before_value, d) and \
            round(m.after_value, d) == round(r.after_value, d)
        out[r.name] = Reconciliation(r.name, m.name, agrees, m.before_value, m.after_value)
    return out
