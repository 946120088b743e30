"""Before/after comparisons pinned to R's t.test and wilcox.test (R 4.2–4.5).

CONTRACT (written first so that other modules can be built against it):
the dataclasses below are the public result types; ``paired`` and
``independent`` are the public functions.  See ../shared/docs/STATISTICS.md.

Every number is the number R prints for

* paired t-test        ``t.test(after, before, paired = TRUE)``
* Welch t-test         ``t.test(after, before)``
* Wilcoxon signed-rank ``wilcox.test(after, before, paired = TRUE, conf.int = TRUE)``
* Mann-Whitney U       ``wilcox.test(after, before, conf.int = TRUE)``
* Shapiro-Wilk         ``shapiro.test(x)``

with ``alternative`` and ``conf.level`` passed through.  The rank tests
live in :mod:`itastats.stats.rank` (a line-for-line port of R's code paths).
"""
from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import numpy as np
from ..read._lazy import lazy_module

special = lazy_module("scipy.special")        # imported on first use: scipy is slow to import

from ..i18n import fmt
from . import rank

PARAMETRIC = "parametric"
RANK = "rank"
METHODS = ("auto", PARAMETRIC, RANK)
ALTERNATIVES = ("two-sided", "less", "greater")
LARGE_SAMPLE = 30          # n at which the t-test is used whatever the shape
NORMALITY_ALPHA = 0.05     # Shapiro-Wilk p at or above which data count as normal
SHAPIRO_MAX = 5000         # shapiro.test's limit
TOO_LARGE = 1e150          # beyond this, squares overflow: refused rather than miscomputed
_EPS = 2.220446049250313e-16

TEST_LABELS = {
    "paired_t": "paired t-test",
    "welch_t": "Welch t-test",
    "wilcoxon_signed_rank": "Wilcoxon signed-rank",
    "mann_whitney_u": "Mann-Whitney U",
}


@dataclass(frozen=True)
class TestResult:
    """One significance test.  When it cannot be computed, ``error`` holds a
    message key and every number is None (never NaN or inf)."""
    __test__ = False               # not a pytest test class, despite the name
    name: str                      # "paired_t" | "welch_t" | "wilcoxon_signed_rank" | "mann_whitney_u"
    statistic: float | None = None  # t, or R's V / W
    df: float | None = None         # None for rank tests
    pvalue: float | None = None
    estimate: float | None = None   # mean difference, or Hodges–Lehmann shift
    ci_low: float | None = None     # None also for the open side of a one-sided interval
    ci_high: float | None = None
    conf_level: float | None = None  # level actually achieved (tiny exact HL may fall short of 0.95)
    effect_size: float | None = None
    effect_size_name: str | None = None  # "cohen_dz" | "cohen_d" | "hedges_g" | "rank_biserial"
    hedges_g: float | None = None   # independent parametric: Hedges' g beside Cohen's d
    exact: bool | None = None       # rank tests: exact p used (else normal approximation)
    n_zeros: int | None = None      # paired rank test: pairs with no change (dropped, Wilcoxon's rule)
    n_ties: int | None = None       # rank tests: values that share a rank with another
    alternative: str = "two-sided"
    error: str | None = None

    def significant(self, alpha: float = 0.05) -> bool | None:
        return None if self.pvalue is None else self.pvalue < alpha

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict
        return asdict(self)

    @property
    def label(self) -> str:
        """The test's usual English name ("paired t-test", …)."""
        return TEST_LABELS.get(self.name, self.name)


@dataclass(frozen=True)
class Comparison:
    design: str                     # "paired" | "independent"
    n_before: int                   # values used
    n_after: int
    n_dropped: int                  # rows/values left out (missing)
    dropped: tuple[tuple[int, str], ...]  # (0-based position in the input, reason key)
    mean_before: float | None
    mean_after: float | None
    median_before: float | None
    median_after: float | None
    sd_before: float | None
    sd_after: float | None
    change: float | None            # mean after − mean before
    pct_change: float | None        # change / mean before × 100 (None when mean before is 0)
    parametric: TestResult
    rank: TestResult
    chosen: str                     # "parametric" | "rank"
    reason: str                     # message key: why ``chosen``
    reason_params: Mapping[str, Any] = field(default_factory=dict)
    shapiro: tuple[tuple[str, float, float], ...] = ()  # (what, W, p): what in {"differences","before","after"}
    method: str = "auto"            # what was asked for
    alternative: str = "two-sided"
    confidence: float = 0.95
    error: str | None = None        # no test possible at all (too few values, no change)

    @property
    def headline(self) -> TestResult:
        return self.parametric if self.chosen == PARAMETRIC else self.rank

    @property
    def check(self) -> TestResult:
        return self.rank if self.chosen == PARAMETRIC else self.parametric


# ---------------------------------------------------------------------------
# Input
# ---------------------------------------------------------------------------

def _check_args(method: str, alternative: str, confidence: float) -> None:
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    if alternative not in ALTERNATIVES:
        raise ValueError(f"alternative must be one of {ALTERNATIVES}, not {alternative!r}")
    if isinstance(confidence, bool) or not isinstance(confidence, numbers.Real) \
            or not 0 < float(confidence) < 1:
        raise ValueError(f"confidence must be a number between 0 and 1, not {confidence!r}")


def _is_missing(value: Any) -> bool:
    return value is None or type(value).__name__ in ("NAType", "NaTType") or (
        isinstance(value, numbers.Real) and math.isnan(value))


def as_values(values: Sequence[float], name: str) -> np.ndarray:
    """A 1-D float array; None, NaN and pandas' NA become NaN.

    Raises ValueError for anything that is not a number (text is parsed by
    the file readers, never here).
    """
    if isinstance(values, (str, bytes)):
        raise ValueError(f"{name} must be a sequence of numbers, not text")
    raw = values.to_numpy() if hasattr(values, "to_numpy") else values
    arr = np.asarray(raw)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional")
    if arr.dtype.kind in "fiub":
        return arr.astype(float)
    out = np.empty(arr.size)
    for i, v in enumerate(arr.tolist()):
        if _is_missing(v):
            out[i] = math.nan
        elif isinstance(v, numbers.Real):
            out[i] = float(v)
        else:
            raise ValueError(f"{name}[{i}] is not a number: {v!r}")
    return out


def _side_reasons(x: np.ndarray, side: str) -> tuple[np.ndarray, list[tuple[int, str]]]:
    """Mask of usable values and the (position, reason) of the others."""
    missing = np.isnan(x)
    infinite = np.isinf(x)
    dropped = [(int(i), f"missing_{side}" if missing[i] else f"not_finite_{side}")
               for i in np.flatnonzero(missing | infinite)]
    return ~(missing | infinite), dropped


def _pair_reasons(b: np.ndarray, a: np.ndarray) -> tuple[np.ndarray, list[tuple[int, str]]]:
    mb, ma = np.isnan(b), np.isnan(a)
    bad = mb | ma | np.isinf(b) | np.isinf(a)
    dropped = []
    for i in np.flatnonzero(bad):
        if mb[i] and ma[i]:
            why = "missing_both"
        elif mb[i]:
            why = "missing_before"
        elif ma[i]:
            why = "missing_after"
        elif np.isinf(b[i]):
            why = "not_finite_before"
        else:
            why = "not_finite_after"
        dropped.append((int(i), why))
    return ~bad, dropped


# ---------------------------------------------------------------------------
# Descriptive numbers (R's mean, var, median)
# ---------------------------------------------------------------------------

def _clean(x: Any) -> float | None:
    """A finite float, or None (never NaN or inf in a result)."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _mean(x: np.ndarray) -> float:
    try:
        return math.fsum(x.tolist()) / x.size
    except (OverflowError, ValueError):
        return math.nan


def _var(x: np.ndarray, mean: float) -> float:
    try:
        with np.errstate(all="ignore"):
            return math.fsum(((x - mean) ** 2).tolist()) / (x.size - 1)
    except (OverflowError, ValueError):
        return math.nan


@dataclass(frozen=True)
class _Describe:
    mean: float | None
    median: float | None
    sd: float | None


def _describe(x: np.ndarray) -> _Describe:
    if x.size == 0:
        return _Describe(None, None, None)
    m = _mean(x)
    sd = math.sqrt(_var(x, m)) if x.size > 1 and math.isfinite(m) else None
    return _Describe(_clean(m), rank.r_median(x), _clean(sd))


# ---------------------------------------------------------------------------
# t-tests (R's t.test.default)
# ---------------------------------------------------------------------------

def _t_p_ci(t: float, df: float, stderr: float, alternative: str,
            confidence: float) -> tuple[float, float, float]:
    """p-value and interval of R's t.test.default for a statistic t."""
    if alternative == "less":
        p = special.stdtr(df, t)
        lo, hi = -math.inf, t + special.stdtrit(df, confidence)
    elif alternative == "greater":
        p = special.stdtr(df, -t)
        lo, hi = t - special.stdtrit(df, confidence), math.inf
    else:
        p = 2 * special.stdtr(df, -abs(t))
        q = special.stdtrit(df, 1 - (1 - confidence) / 2)
        lo, hi = t - q, t + q
    return float(p), float(lo * stderr), float(hi * stderr)


def paired_t(d: np.ndarray, alternative: str, confidence: float) -> TestResult:
    """R's ``t.test(after, before, paired = TRUE)`` on d = after − before.

    t = mean(d) / (sd(d)/√n), df = n − 1; Cohen's d_z = mean(d)/sd(d).
    R stops ("data are essentially constant") when the standard error is
    below 10·ε·|mean(d)|; so does this, with ``error`` set.
    """
    n = d.size
    mx = _mean(d)
    vx = _var(d, mx)
    stderr = math.sqrt(vx / n)
    if not stderr >= 10 * _EPS * abs(mx) or stderr == 0:
        return TestResult("paired_t", alternative=alternative,
                          error="compare.constant_differences")
    t = mx / stderr
    p, lo, hi = _t_p_ci(t, n - 1, stderr, alternative, confidence)
    return _finite(TestResult(
        "paired_t", statistic=t, df=float(n - 1), pvalue=p, estimate=mx, ci_low=lo,
        ci_high=hi, conf_level=confidence, effect_size=mx / math.sqrt(vx),
        effect_size_name="cohen_dz", alternative=alternative))


def welch_t(after: np.ndarray, before: np.ndarray, alternative: str,
            confidence: float) -> TestResult:
    """R's ``t.test(after, before)`` (Welch).

    se = √(s²ₐ/nₐ + s²_b/n_b), df by Welch–Satterthwaite; Cohen's d with the
    pooled SD √(((nₐ−1)s²ₐ + (n_b−1)s²_b)/(nₐ+n_b−2)) and Hedges' g =
    d·(1 − 3/(4(nₐ+n_b) − 9)).
    """
    nx, ny = after.size, before.size
    mx, my = _mean(after), _mean(before)
    vx, vy = _var(after, mx), _var(before, my)
    sx, sy = math.sqrt(vx / nx), math.sqrt(vy / ny)
    stderr = math.sqrt(sx * sx + sy * sy)
    if not stderr >= 10 * _EPS * max(abs(mx), abs(my)) or stderr == 0:
        return TestResult("welch_t", alternative=alternative, error="compare.constant_groups")
    df = stderr ** 4 / (sx ** 4 / (nx - 1) + sy ** 4 / (ny - 1))
    t = (mx - my) / stderr
    p, lo, hi = _t_p_ci(t, df, stderr, alternative, confidence)
    pooled = math.sqrt(((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2))
    d = (mx - my) / pooled
    return _finite(TestResult(
        "welch_t", statistic=t, df=df, pvalue=p, estimate=mx - my, ci_low=lo, ci_high=hi,
        conf_level=confidence, effect_size=d, effect_size_name="cohen_d",
        hedges_g=d * (1 - 3 / (4 * (nx + ny) - 9)), alternative=alternative))


# ---------------------------------------------------------------------------
# Rank tests (itastats.stats.rank)
# ---------------------------------------------------------------------------

def _rank_result(name: str, out: rank.RankOutcome, effect: float, alternative: str,
                 n_zeros: int | None) -> TestResult:
    lo, hi = _clean(out.ci_low), _clean(out.ci_high)
    unavailable = out.ci_low is None or (
        math.isnan(out.ci_low) or math.isnan(out.ci_high))
    level = None if unavailable else out.conf_level
    return _finite(TestResult(
        name, statistic=out.statistic, pvalue=out.pvalue, estimate=out.estimate,
        ci_low=None if unavailable else lo, ci_high=None if unavailable else hi,
        conf_level=level, effect_size=effect, effect_size_name="rank_biserial",
        exact=out.exact, n_zeros=n_zeros, n_ties=out.n_ties, alternative=alternative))


def wilcoxon_signed_rank(d: np.ndarray, alternative: str, confidence: float) -> TestResult:
    """R's ``wilcox.test(after, before, paired = TRUE, conf.int = TRUE)``.

    Effect size: matched-pairs rank-biserial r = (R⁺ − R⁻)/(R⁺ + R⁻) over
    the non-zero differences, R⁺ = V.
    """
    out = rank.signed_rank(d, alternative, confidence)
    total = out.n * (out.n + 1) / 2
    effect = (2 * out.statistic - total) / total
    return _rank_result("wilcoxon_signed_rank", out, effect, alternative, out.n_zeros)


def mann_whitney_u(after: np.ndarray, before: np.ndarray, alternative: str,
                   confidence: float) -> TestResult:
    """R's ``wilcox.test(after, before, conf.int = TRUE)``.

    Effect size: rank-biserial r = 2W/(nₐ·n_b) − 1, W for 'after'.
    """
    out = rank.rank_sum(after, before, alternative, confidence)
    effect = 2 * out.statistic / (after.size * before.size) - 1
    return _rank_result("mann_whitney_u", out, effect, alternative, None)


def _finite(result: TestResult) -> TestResult:
    """Replace any non-finite number by None (a result never holds NaN/inf)."""
    from dataclasses import replace
    numeric = ("statistic", "df", "pvalue", "estimate", "ci_low", "ci_high", "conf_level",
               "effect_size", "hedges_g")
    return replace(result, **{k: _clean(getattr(result, k)) for k in numeric})


# ---------------------------------------------------------------------------
# Shapiro-Wilk and the choice of test
# ---------------------------------------------------------------------------

def _shapiro(x: np.ndarray) -> tuple[float, float] | str:
    """(W, p), or why it cannot be computed: "too_few", "too_many", "identical"."""
    if x.size < 3:
        return "too_few"
    if x.size > SHAPIRO_MAX:
        return "too_many"
    try:
        return rank.shapiro_wilk(x)
    except rank.ShapiroUnavailable:
        return "identical"


def _p_text(p: float) -> str:
    return fmt.p_value(p)


def _choose_paired(n: int, sw, param: TestResult, rank_test: TestResult):
    """(chosen, reason key, params) for auto mode, paired design."""
    if param.error:
        return RANK, "reason.paired.constant_differences", {"n": n, "test": rank_test.label}
    if n >= LARGE_SAMPLE:
        return PARAMETRIC, "reason.paired.large_sample", {"n": n, "test": param.label}
    if isinstance(sw, str):
        return RANK, "reason.paired.too_few_for_shapiro", {"n": n, "test": rank_test.label}
    w, p = sw
    params = {"n": n, "p": _p_text(p), "p_value": p, "W": w}
    if p >= NORMALITY_ALPHA:
        return PARAMETRIC, "reason.paired.normal", {**params, "test": param.label}
    return RANK, "reason.paired.not_normal", {**params, "test": rank_test.label}


def _choose_independent(nb: int, na: int, sw_b, sw_a, param: TestResult,
                        rank_test: TestResult):
    """(chosen, reason key, params) for auto mode, independent design."""
    base = {"n_before": nb, "n_after": na}
    if param.error:
        return RANK, "reason.independent.constant_groups", {**base, "test": rank_test.label}
    if nb >= LARGE_SAMPLE and na >= LARGE_SAMPLE:
        return PARAMETRIC, "reason.independent.large_sample", {**base, "test": param.label}
    for why in ("too_few", "identical", "too_many"):
        if why in (sw_b, sw_a):
            key = {"too_few": "too_few_for_shapiro", "identical": "constant_group",
                   "too_many": "too_large_for_shapiro"}[why]
            return RANK, f"reason.independent.{key}", {**base, "test": rank_test.label}
    (wb, pb), (wa, pa) = sw_b, sw_a
    params = {**base, "p_before": _p_text(pb), "p_after": _p_text(pa),
              "p_value_before": pb, "p_value_after": pa, "W_before": wb, "W_after": wa}
    if pb >= NORMALITY_ALPHA and pa >= NORMALITY_ALPHA:
        return PARAMETRIC, "reason.independent.normal", {**params, "test": param.label}
    return RANK, "reason.independent.not_normal", {**params, "test": rank_test.label}


def _user_choice(method: str, param: TestResult, rank_test: TestResult):
    test = param if method == PARAMETRIC else rank_test
    return method, "reason.user_choice", {"test": test.label}


def _no_test(design: str, method: str, error: str):
    chosen = RANK if method == RANK else PARAMETRIC
    names = ("paired_t", "wilcoxon_signed_rank") if design == "paired" else \
        ("welch_t", "mann_whitney_u")
    return chosen, names, error


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

def _change(before: _Describe, after: _Describe) -> tuple[float | None, float | None]:
    if before.mean is None or after.mean is None:
        return None, None
    change = _clean(after.mean - before.mean)
    pct = None if change is None or before.mean == 0 else _clean(change / before.mean * 100)
    return change, pct


def _comparison(design, b, a, dropped, desc_b, desc_a, param, rank_test, chosen, reason,
                params, shapiro, method, alternative, confidence, error=None) -> Comparison:
    change, pct = _change(desc_b, desc_a)
    return Comparison(
        design=design, n_before=int(b.size), n_after=int(a.size), n_dropped=len(dropped),
        dropped=tuple(dropped), mean_before=desc_b.mean, mean_after=desc_a.mean,
        median_before=desc_b.median, median_after=desc_a.median, sd_before=desc_b.sd,
        sd_after=desc_a.sd, change=change, pct_change=pct, parametric=param, rank=rank_test,
        chosen=chosen, reason=reason, reason_params=params, shapiro=tuple(shapiro),
        method=method, alternative=alternative, confidence=float(confidence), error=error)


def _too_large(*groups: np.ndarray) -> bool:
    return any(g.size and float(np.abs(g).max()) > TOO_LARGE for g in groups)


def _without_test(design, b, a, dropped, method, alternative, confidence, error):
    chosen, names, error = _no_test(design, method, error)
    tests = [TestResult(name, alternative=alternative, error=error) for name in names]
    return _comparison(design, b, a, dropped, _describe(b), _describe(a), tests[0], tests[1],
                       chosen, "reason.no_test", {}, (), method, alternative, confidence,
                       error=error)


def paired(before: Sequence[float], after: Sequence[float], *, method: str = "auto",
           alternative: str = "two-sided", confidence: float = 0.95) -> Comparison:
    """Compare the same cases measured before and after.

    Parameters
    ----------
    before, after : sequence of float
        One value per case, in the same order (row i of ``before`` and row
        i of ``after`` are the same case).  NaN, None or pandas' NA mark a
        missing value; ±inf is treated as invalid input.
    method : {"auto", "parametric", "rank"}
        Which test is the headline; both are always computed.
    alternative : {"two-sided", "less", "greater"}
        Direction of the alternative for after − before ("less": the values
        fell).
    confidence : float
        Confidence level of the intervals, strictly between 0 and 1.

    Returns
    -------
    Comparison
        ``design == "paired"``; ``n_before == n_after`` = complete pairs;
        ``dropped`` lists ``(row position, reason)`` for each incomplete
        pair, reason one of "missing_before", "missing_after",
        "missing_both", "not_finite_before", "not_finite_after" (the first
        that applies, in that order).  ``parametric`` is the paired t-test,
        ``rank`` the Wilcoxon signed-rank test; ``shapiro`` holds
        ("differences", W, p) when it could be computed (3 ≤ n ≤ 5000).

    Raises
    ------
    ValueError
        For an unknown method or alternative, a confidence outside (0, 1),
        inputs of different length or a value that is not a number.

    Notes
    -----
    d = after − before over complete pairs; t = d̄ / (s_d/√n), df = n − 1;
    Cohen's d_z = d̄ / s_d.  Wilcoxon: V = Σ ranks of |d| with d > 0 (zeros
    dropped), exact below 50 non-zero differences without ties or zeros,
    else normal with continuity and tie correction; the Hodges–Lehmann
    estimate is the pseudo-median of the Walsh averages; rank-biserial
    r = (R⁺ − R⁻)/(R⁺ + R⁻).  Auto mode takes the t-test when n ≥ 30 or
    Shapiro-Wilk on d gives p ≥ 0.05, else the signed-rank test; when the
    differences are all identical (R: "data are essentially constant") the
    t-test is not computed and the signed-rank test is the headline.
    Fewer than two complete pairs, or no change in any pair, give
    descriptive numbers only with ``error`` set.

    References
    ----------
    R Core Team, ``t.test``, ``wilcox.test`` and ``shapiro.test`` (R 4.2.2).
    Kerby, D. S. (2014). The simple difference formula: an approach to
    teaching nonparametric correlation. Comprehensive Psychology 3, 11.IT.3.1.

    Examples
    --------
    R's ``sleep`` data:

    >>> c = paired([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0],
    ...            [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4])
    >>> round(c.parametric.statistic, 4), round(c.parametric.pvalue, 6)
    (4.0621, 0.002833)
    """
    _check_args(method, alternative, confidence)
    b, a = as_values(before, "before"), as_values(after, "after")
    if b.size != a.size:
        raise ValueError(f"paired data need as many before values ({b.size}) "
                         f"as after values ({a.size})")
    keep, dropped = _pair_reasons(b, a)
    b, a = b[keep], a[keep]
    if b.size < 2:
        return _without_test("paired", b, a, dropped, method, alternative, confidence,
                             "compare.too_few_pairs")
    if _too_large(b, a):
        return _without_test("paired", b, a, dropped, method, alternative, confidence,
                             "compare.values_too_large")
    d = a - b
    if not d.any():
        return _without_test("paired", b, a, dropped, method, alternative, confidence,
                             "compare.no_change")
    param = paired_t(d, alternative, confidence)
    rank_test = wilcoxon_signed_rank(d, alternative, confidence)
    sw = _shapiro(d)
    if method == "auto":
        chosen, reason, params = _choose_paired(b.size, sw, param, rank_test)
    else:
        chosen, reason, params = _user_choice(method, param, rank_test)
    shapiro = () if isinstance(sw, str) else (("differences", sw[0], sw[1]),)
    return _comparison("paired", b, a, dropped, _describe(b), _describe(a), param, rank_test,
                       chosen, reason, params, shapiro, method, alternative, confidence)


def independent(before: Sequence[float], after: Sequence[float], *, method: str = "auto",
                alternative: str = "two-sided", confidence: float = 0.95) -> Comparison:
    """Compare two separate groups of cases, one before and one after.

    Parameters
    ----------
    before, after : sequence of float
        The values of each group (lengths may differ).  NaN, None or pandas'
        NA mark a missing value; ±inf is treated as invalid input.
    method : {"auto", "parametric", "rank"}
        Which test is the headline; both are always computed.
    alternative : {"two-sided", "less", "greater"}
        Direction of the alternative for after − before.
    confidence : float
        Confidence level of the intervals, strictly between 0 and 1.

    Returns
    -------
    Comparison
        ``design == "independent"``; ``dropped`` lists ``(position, reason)``
        with the position in its own list and reason one of
        "missing_before", "missing_after", "not_finite_before",
        "not_finite_after".  ``parametric`` is Welch's t-test (effect size
        Cohen's d, with ``hedges_g``), ``rank`` the Mann-Whitney U test;
        ``shapiro`` holds ("before", W, p) and ("after", W, p) where they
        could be computed.

    Raises
    ------
    ValueError
        For an unknown method or alternative, a confidence outside (0, 1) or
        a value that is not a number.

    Notes
    -----
    Welch: t = (x̄ₐ − x̄_b)/√(s²ₐ/nₐ + s²_b/n_b) with Welch–Satterthwaite df.
    Cohen's d = (x̄ₐ − x̄_b)/s_pooled, s²_pooled = ((nₐ−1)s²ₐ + (n_b−1)s²_b)
    /(nₐ + n_b − 2); Hedges' g = d·(1 − 3/(4(nₐ + n_b) − 9)).  Mann-Whitney:
    W = Σ ranks of 'after' − nₐ(nₐ+1)/2, exact when both groups are under 50
    and there are no ties, else normal with continuity and tie correction;
    the Hodges–Lehmann shift is the median of all aᵢ − bⱼ; rank-biserial
    r = 2W/(nₐ·n_b) − 1.  Auto mode takes Welch when both groups have
    n ≥ 30, or Shapiro-Wilk gives p ≥ 0.05 in each group; else Mann-Whitney.
    Fewer than two values in a group, or all values identical, give
    descriptive numbers only with ``error`` set.

    References
    ----------
    R Core Team, ``t.test``, ``wilcox.test`` and ``shapiro.test`` (R 4.2.2).
    Hedges, L. V. & Olkin, I. (1985). Statistical Methods for Meta-Analysis.

    Examples
    --------
    >>> c = independent([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0],
    ...                 [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4])
    >>> round(c.parametric.statistic, 4), round(c.parametric.df, 3)
    (1.8608, 17.776)
    """
    _check_args(method, alternative, confidence)
    b, a = as_values(before, "before"), as_values(after, "after")
    keep_b, dropped_b = _side_reasons(b, "before")
    keep_a, dropped_a = _side_reasons(a, "after")
    dropped = dropped_b + dropped_a
    b, a = b[keep_b], a[keep_a]
    if b.size < 2 or a.size < 2:
        return _without_test("independent", b, a, dropped, method, alternative, confidence,
                             "compare.too_few_values")
    if _too_large(b, a):
        return _without_test("independent", b, a, dropped, method, alternative, confidence,
                             "compare.values_too_large")
    if b.min() == b.max() == a.min() == a.max():
        return _without_test("independent", b, a, dropped, method, alternative, confidence,
                             "compare.all_identical")
    param = welch_t(a, b, alternative, confidence)
    rank_test = mann_whitney_u(a, b, alternative, confidence)
    sw_b, sw_a = _shapiro(b), _shapiro(a)
    if method == "auto":
        chosen, reason, params = _choose_independent(b.size, a.size, sw_b, sw_a, param,
                                                     rank_test)
    else:
        chosen, reason, params = _user_choice(method, param, rank_test)
    shapiro = tuple((what, sw[0], sw[1]) for what, sw in (("before", sw_b), ("after", sw_a))
                    if not isinstance(sw, str))
    return _comparison("independent", b, a, dropped, _describe(b), _describe(a), param,
                       rank_test, chosen, reason, params, shapiro, method, alternative,
                       confidence)
