"""Rank tests exactly as R 4.2–4.5 computes them (``wilcox.test``).

This module ports, operation for operation, the parts of R that decide the
numbers of a Wilcoxon signed-rank or Mann-Whitney (Wilcoxon rank-sum) test
with ``conf.int = TRUE``:

* the exact null distributions (R's ``csignrank`` / ``cwilcox`` counts,
  ``psignrank`` / ``qsignrank`` / ``pwilcox`` / ``qwilcox``);
* the exact Hodges–Lehmann estimate and interval (order statistics of the
  Walsh averages or of the pairwise differences, with R's "achieved level");
* the normal-approximation estimate and interval, which R finds with
  ``uniroot(tol = 1e-4)`` on a step function: R's ``R_zeroin2`` (Brent) is
  ported line for line and the rank statistic is re-evaluated at exactly
  the points R evaluates it, so the iterates — and therefore the answers —
  are the same floating-point numbers;
* R's ``qnorm`` (Wichura's AS 241), ``signif`` and ``median``;
* R's ``shapiro.test`` (Royston's AS R94, ``swilk.c``), because scipy's
  single-precision translation differs from R by up to 1e-6 in W.

Scale: the normal branch never forms the n(n+1)/2 Walsh averages.  Each
evaluation of the rank statistic at a shift ``d`` merges two sorted arrays
(O(n) memory, one vectorised binary search), so 100,000 pairs take a few
milliseconds per evaluation.

References
----------
R Core Team, ``src/library/stats/R/wilcox.test.R``, ``src/nmath/signrank.c``,
``src/nmath/wilcox.c``, ``src/library/stats/src/zeroin.c``,
``src/nmath/qnorm.c``, ``src/library/stats/src/swilk.c`` (R 4.2.2).
Bauer, D. F. (1972). Constructing confidence sets using rank statistics.
JASA 67, 687–690.
Royston, P. (1995). Remark AS R94. Applied Statistics 44, 547–551.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from ..read._lazy import lazy_module

special = lazy_module("scipy.special")        # imported on first use: scipy is slow to import

DBL_EPSILON = 2.220446049250313e-16
DBL_MAX = 1.7976931348623157e308
M_LN2 = 0.693147180559945309417232121458
TOL_ROOT = 1e-4          # wilcox.test's default tol.root
MAXITER = 1000           # uniroot's default maxiter
EXACT_LIMIT = 50         # exact p-values below 50 observations (R's rule)
TWO_SIDED, LESS, GREATER = "two-sided", "less", "greater"


class RFailure(Exception):
    """R stops with an error at this point (for example uniroot's
    "f() values at end points not of opposite sign"); the caller reports
    the affected numbers as unavailable instead of inventing them."""


# ---------------------------------------------------------------------------
# Small R primitives
# ---------------------------------------------------------------------------

def pnorm(z: float, lower: bool = True) -> float:
    """R's ``pnorm(z, lower.tail = lower)``."""
    return float(special.ndtr(z if lower else -z))


_A = (3.387132872796366608, 133.14166789178437745, 1971.5909503065514427,
      13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
      33430.575583588128105, 2509.0809287301226727)
_B = (1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
      21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
      5226.495278852545925)
_C = (1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055,
      3.64784832476320460504, 1.27045825245236838258, .24178072517745061177,
      .0227238449892691845833, 7.7454501427834140764e-4)
_D = (1.0, 2.05319162663775882187, 1.6763848301838038494, .68976733498510000455,
      .14810397642748007459, .0151986665636164571966, 5.475938084995344946e-4,
      1.05075007164441684324e-9)
_E = (6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358,
      .29656057182850489123, .026532189526576123093, .0012426609473880784386,
      2.71155556874348757815e-5, 2.01033439929228813265e-7)
_F = (1.0, .59983220655588793769, .13692988092273580531, .0148753612908506148525,
      7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
      2.04426310338993978564e-15)


def _horner(coef: tuple[float, ...], r: float) -> float:
    # (((((((r*c7 + c6)*r + c5)*r + ...)*r + c0), the order R's source writes
    value = r * coef[7] + coef[6]
    for c in coef[5::-1]:
        value = value * r + c
    return value


def qnorm(p: float, lower: bool = True) -> float:
    """R's ``qnorm(p, lower.tail = lower)`` (Wichura's AS 241, as in R 4.2).

    Ported rather than taken from scipy so that the thresholds R feeds to
    its root finder are the same floating-point numbers.
    """
    if math.isnan(p) or p < 0 or p > 1:
        return math.nan
    if p == (0.0 if lower else 1.0):
        return -math.inf
    if p == (1.0 if lower else 0.0):
        return math.inf
    p_ = p if lower else (0.5 - p + 0.5)
    q = p_ - 0.5
    if abs(q) <= 0.425:
        r = .180625 - q * q
        return q * _horner(_A, r) / _horner(_B, r)
    if q > 0:
        r = (0.5 - p + 0.5) if lower else p   # R_DT_CIv(p)
    else:
        r = p_
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r += -1.6
        val = _horner(_C, r) / _horner(_D, r)
    else:
        r += -5.0
        val = _horner(_E, r) / _horner(_F, r)
    return -val if q < 0.0 else val


def signif(x: float, digits: int) -> float:
    """R's ``signif`` (``fprec``): round half to even on x·10^e."""
    if x == 0 or not math.isfinite(x):
        return x
    sgn = -1.0 if x < 0 else 1.0
    x = abs(x)
    e10 = digits - 1 - math.floor(math.log10(x))
    if e10 > 0:
        p10 = 10.0 ** e10
        return sgn * (round(x * p10) / p10)
    p10 = 10.0 ** (-e10)
    return sgn * (round(x / p10) * p10)


def r_median(x: np.ndarray) -> float:
    """R's ``median``: the middle value, or the mean of the two middle ones."""
    n = x.size
    half = (n + 1) // 2
    if n % 2 == 1:
        return float(np.partition(x, half - 1)[half - 1])
    part = np.partition(x, [half - 1, half])
    return (float(part[half - 1]) + float(part[half])) / 2.0


def zeroin2(f, ax: float, bx: float, fa: float, fb: float,
            tol: float = TOL_ROOT, maxit: int = MAXITER) -> float:
    """R's ``R_zeroin2`` (Brent's root finder, as ``uniroot`` calls it).

    ``f`` values that are not finite are replaced as R's ``fcn2`` does
    (−Inf by −DBL_MAX, NaN/+Inf by +DBL_MAX).  Returns the root ``b``.
    """
    def fcn(x: float) -> float:
        v = f(x)
        if math.isfinite(v):
            return v
        return -DBL_MAX if v == -math.inf else DBL_MAX

    a, b = ax, bx
    c, fc = a, fa
    if fa == 0.0:
        return a
    if fb == 0.0:
        return b
    for _ in range(maxit + 1):
        prev_step = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        tol_act = 2 * DBL_EPSILON * abs(b) + tol / 2
        new_step = (c - b) / 2
        if abs(new_step) <= tol_act or fb == 0.0:
            return b
        if abs(prev_step) >= tol_act and abs(fa) > abs(fb):
            cb = c - b
            if a == c:
                t1 = fb / fa
                p = cb * t1
                q = 1.0 - t1
            else:
                q = fa / fc
                t1 = fb / fc
                t2 = fb / fa
                p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0))
                q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0)
            if p > 0:
                q = -q
            else:
                p = -p
            if p < (0.75 * cb * q - abs(tol_act * q) / 2) and p < abs(prev_step * q / 2):
                new_step = p / q
        if abs(new_step) < tol_act:
            new_step = tol_act if new_step > 0 else -tol_act
        a, fa = b, fb
        b += new_step
        fb = fcn(b)
        if (fb > 0 and fc > 0) or (fb < 0 and fc < 0):
            c, fc = a, fa
    return b   # not converged (R warns); R returns the last iterate


def uniroot(f, lower: float, upper: float, f_lower: float, f_upper: float,
            tol: float = TOL_ROOT) -> float:
    """The checks of R's ``uniroot`` (no interval extension), then zeroin2."""
    if not lower < upper:
        raise RFailure("lower < upper  is not fulfilled")
    if math.isnan(f_lower) or math.isnan(f_upper):
        raise RFailure("f.lower or f.upper is NA")
    if not _sign(f_lower) * _sign(f_upper) <= 0:
        raise RFailure("f() values at end points not of opposite sign")
    return zeroin2(f, lower, upper, f_lower, f_upper, tol)


def _sign(x: float) -> float:
    return (x > 0) - (x < 0)


def _div(num: float, den: float) -> float:
    """IEEE division as R does it (x/0 is ±Inf or NaN, never an exception)."""
    if den != 0:
        return num / den
    if num == 0 or math.isnan(num):
        return math.nan
    return math.copysign(math.inf, num) * math.copysign(1.0, den)


# ---------------------------------------------------------------------------
# Exact null distributions (R's signrank.c and wilcox.c)
# ---------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _signrank_counts(n: int) -> tuple[float, ...]:
    """Number of subsets of {1..n} with sum k, k = 0..floor(n(n+1)/4) (csignrank)."""
    u = n * (n + 1) // 2
    c = u // 2
    w = np.zeros(c + 1)
    w[0] = 1.0
    if n >= 1 and c >= 1:
        w[1] = 1.0
    for j in range(2, n + 1):
        end = min(j * (j + 1) // 2, c)
        if end >= j:
            w[j:end + 1] += w[0:end + 1 - j].copy()
    return tuple(w.tolist())


def csignrank(k: int, n: int) -> float:
    u = n * (n + 1) // 2
    if k < 0 or k > u:
        return 0.0
    if k > u // 2:
        k = u - k
    return _signrank_counts(n)[k]


def psignrank(x: float, n: int, lower: bool = True) -> float:
    """R's ``psignrank(x, n, lower.tail = lower)``."""
    x = round(x + 1e-7)
    u = n * (n + 1) / 2
    if x < 0:
        return 0.0 if lower else 1.0
    if x >= u:
        return 1.0 if lower else 0.0
    f = math.exp(-n * M_LN2)
    p = 0.0
    if x <= n * (n + 1) / 4:
        for i in range(int(x) + 1):
            p += csignrank(i, n) * f
    else:
        x = u - x
        for i in range(int(x)):
            p += csignrank(i, n) * f
        lower = not lower
    return p if lower else 0.5 - p + 0.5


def qsignrank(x: float, n: int) -> int:
    """R's ``qsignrank(x, n)`` (lower tail)."""
    if x == 0:
        return 0
    if x == 1:
        return n * (n + 1) // 2
    f = math.exp(-n * M_LN2)
    p = 0.0
    q = 0
    if x <= 0.5:
        x = x - 10 * DBL_EPSILON
        while True:
            p += csignrank(q, n) * f
            if p >= x:
                return q
            q += 1
    x = 1 - x + 10 * DBL_EPSILON
    while True:
        p += csignrank(q, n) * f
        if p > x:
            return int(n * (n + 1) / 2 - q)
        q += 1


@lru_cache(maxsize=64)
def _wilcox_counts(m: int, n: int) -> tuple[float, ...]:
    """Frequencies of the Mann-Whitney statistic, k = 0..m·n (cwilcox).

    The coefficients of the Gaussian binomial [m+n choose m]_q, built with
    exact integers: prod_{i=1..m} (1 − q^(n+i)) / (1 − q^i).
    """
    size = m * n + 1
    c = np.zeros(size, dtype=object)
    c[0] = 1
    for i in range(1, m + 1):
        step = n + i
        if step < size:
            nxt = c.copy()
            nxt[step:] -= c[:size - step]
            c = nxt
        for r in range(i):          # divide by (1 − q^i): running sums per residue
            c[r::i] = np.cumsum(c[r::i])
    return tuple(float(v) for v in c)


def _choose(n: int, k: int) -> float:
    return float(math.comb(n, k))


def pwilcox(q: float, m: int, n: int, lower: bool = True) -> float:
    """R's ``pwilcox(q, m, n, lower.tail = lower)``."""
    q = math.floor(q + 1e-7)
    if q < 0.0:
        return 0.0 if lower else 1.0
    if q >= m * n:
        return 1.0 if lower else 0.0
    counts = _wilcox_counts(m, n)
    c = _choose(m + n, n)
    p = 0.0
    if q <= m * n / 2:
        for i in range(int(q) + 1):
            p += counts[i] / c
    else:
        q = m * n - q
        for i in range(int(q)):
            p += counts[i] / c
        lower = not lower
    return p if lower else 0.5 - p + 0.5


def qwilcox(x: float, m: int, n: int) -> int:
    """R's ``qwilcox(x, m, n)`` (lower tail)."""
    if x == 0:
        return 0
    if x == 1:
        return m * n
    counts = _wilcox_counts(m, n)
    c = _choose(m + n, n)
    p = 0.0
    q = 0
    if x <= 0.5:
        x = x - 10 * DBL_EPSILON
        while True:
            p += counts[q] / c
            if p >= x:
                return q
            q += 1
    x = 1 - x + 10 * DBL_EPSILON
    while True:
        p += counts[q] / c
        if p > x:
            return int(m * n - q)
        q += 1


# ---------------------------------------------------------------------------
# Ranks without re-sorting: merging two sorted arrays
# ---------------------------------------------------------------------------

def merged_rank_sum(a: np.ndarray, b: np.ndarray) -> tuple[float, float, int]:
    """Rank the union of sorted ``a`` and sorted ``b`` (ties get their
    average rank, as R's ``rank``) and return

    ``(sum of the ranks of b, sum over tie groups of t^3 − t, values tied)``.

    O(n) memory and one vectorised binary search; exact (integer) sums.
    """
    na, nb = a.size, b.size
    m = na + nb
    pos_b = np.searchsorted(a, b, side="right") + np.arange(nb)
    if na == 0:
        merged, is_b = b, None
    elif nb == 0:
        merged, is_b = a, None
    else:
        is_b = np.zeros(m, dtype=bool)
        is_b[pos_b] = True
        merged = np.empty(m)
        merged[pos_b] = b
        merged[~is_b] = a
    if m < 2:
        return float(pos_b.sum() + nb), 0.0, 0
    eq = merged[1:] == merged[:-1]
    if not eq.any():
        return float(int(pos_b.sum()) + nb), 0.0, 0
    starts = np.flatnonzero(np.concatenate(([True], ~eq)))
    ends = np.append(starts[1:], m)
    counts = ends - starts
    if is_b is None:
        in_b = counts if na == 0 else np.zeros_like(counts)
    else:
        cum = np.concatenate(([0], np.cumsum(is_b)))
        in_b = cum[ends] - cum[starts]
    twice = int(np.dot(starts + ends + 1, in_b))      # 2 × rank sum, exact
    big = counts.astype(object) if counts.max() > 2_000_000 else counts
    tie = float(int(np.sum(big ** 3 - big)))
    tied = int(counts[counts > 1].sum())
    return twice / 2.0, tie, tied


def _split_abs(xs: np.ndarray, d: float) -> tuple[np.ndarray, np.ndarray]:
    """|x − d| for sorted x, as two sorted arrays: (x < d) and (x > d);
    x == d (a zero difference) is dropped, as R does."""
    lo = int(np.searchsorted(xs, d, side="left"))
    hi = int(np.searchsorted(xs, d, side="right"))
    neg = d - xs[:lo][::-1]   # = |fl(x − d)| for x < d, increasing
    pos = xs[hi:] - d
    return neg, pos


# ---------------------------------------------------------------------------
# Test results
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class RankOutcome:
    """What R's ``wilcox.test(..., conf.int = TRUE)`` returns, plus counts.

    ``ci_low``/``ci_high`` are ±inf for the open side of a one-sided
    interval and NaN where R gives NaN; ``conf_level`` is R's
    ``attr(conf.int, "conf.level")``.  ``estimate``/``ci_*`` are None when
    R stops with an error while computing them.
    """
    statistic: float
    pvalue: float
    exact: bool
    n: int                  # observations ranked (non-zero differences / n1 + n2)
    n_zeros: int            # signed rank: zero differences dropped
    n_ties: int             # values sharing a rank with another value
    estimate: float | None
    ci_low: float | None
    ci_high: float | None
    conf_level: float | None


def _two_sided_p(z: float) -> float:
    return 2 * min(pnorm(z), pnorm(z, lower=False))


def _normal_p(z: float, alternative: str) -> float:
    if alternative == LESS:
        return pnorm(z)
    if alternative == GREATER:
        return pnorm(z, lower=False)
    return _two_sided_p(z)


def _correction(z: float, alternative: str) -> float:
    if alternative == TWO_SIDED:
        return _sign(z) * 0.5
    return 0.5 if alternative == GREATER else -0.5


def signed_rank(x: np.ndarray, alternative: str = TWO_SIDED,
                conf_level: float = 0.95) -> RankOutcome:
    """R's ``wilcox.test(x, conf.int = TRUE, alternative = ...)`` for a
    vector of paired differences ``x`` (after − before, no missing values).

    Notes
    -----
    Zero differences are dropped.  With n < 50 non-zero differences, no
    ties and no zeros, the p-value is exact and the Hodges–Lehmann estimate
    is the median of the n(n+1)/2 Walsh averages (x_i + x_j)/2, i ≤ j, with
    the interval between order statistics given by ``qsignrank``.
    Otherwise V is referred to the normal distribution with mean n(n+1)/4,
    variance n(n+1)(2n+1)/24 − Σ(t³ − t)/48 and a continuity correction of
    ½, and the estimate and interval are the roots of the standardised
    statistic as a function of the shift (R's ``uniroot``).
    """
    x = np.asarray(x, dtype=float)
    zeros = x == 0
    n_zeros = int(zeros.sum())
    x = x[~zeros]
    n = x.size
    if n == 0:   # R: NaN p-value and no interval
        return RankOutcome(0.0, math.nan, False, 0, n_zeros, 0, None, None, None, None)
    xs = np.sort(x)
    neg, pos = _split_abs(xs, 0.0)
    v, tie, n_ties = merged_rank_sum(neg, pos)
    exact = n < EXACT_LIMIT and n_ties == 0 and n_zeros == 0
    if exact:
        return _signed_rank_exact(xs, v, n, alternative, conf_level)
    nf = float(n)
    z = v - nf * (nf + 1) / 4
    sigma = math.sqrt(nf * (nf + 1) * (2 * nf + 1) / 24 - tie / 48)
    z = _div(z - _correction(z, alternative), sigma)
    pvalue = _normal_p(z, alternative)
    try:
        est, lo, hi, level = _signed_rank_normal_ci(xs, alternative, conf_level)
    except RFailure:
        est = lo = hi = level = None
    return RankOutcome(v, pvalue, False, n, n_zeros, n_ties, est, lo, hi, level)


def _signed_rank_exact(xs, v, n, alternative, conf_level) -> RankOutcome:
    u4 = n * (n + 1) / 4
    if alternative == TWO_SIDED:
        p = psignrank(v - 1, n, lower=False) if v > u4 else psignrank(v, n)
        pvalue = min(2 * p, 1.0)
    elif alternative == GREATER:
        pvalue = psignrank(v - 1, n, lower=False)
    else:
        pvalue = psignrank(v, n)
    i, j = np.triu_indices(n)
    walsh = np.sort(xs[i] + xs[j]) / 2
    lo, hi, level = _exact_interval(walsh, n * (n + 1) // 2, alternative, conf_level,
                                    lambda a: qsignrank(a, n), lambda q: psignrank(q, n),
                                    lambda a: 1 - signif(a, 2))
    return RankOutcome(v, pvalue, True, n, 0, 0, r_median(walsh), lo, hi, level)


def _exact_interval(diffs, total, alternative, conf_level, quantile, cdf, achieved_level):
    """R's exact-branch ``cint`` (shared by both tests); ``diffs`` sorted."""
    alpha = 1 - conf_level
    if alternative == TWO_SIDED:
        qu = quantile(alpha / 2) or 1
        ql = total - qu
        achieved = 2 * cdf(math.trunc(qu) - 1)
        lo, hi = float(diffs[qu - 1]), float(diffs[ql])
    else:
        qu = quantile(alpha) or 1
        achieved = cdf(math.trunc(qu) - 1)
        if alternative == GREATER:
            lo, hi = float(diffs[qu - 1]), math.inf
        else:
            lo, hi = -math.inf, float(diffs[total - qu])
    if achieved - alpha > alpha / 2:          # R: "requested conf.level not achievable"
        conf_level = achieved_level(achieved)
    return lo, hi, conf_level


def _signed_rank_normal_ci(xs, alternative, conf_level):
    """R's normal-branch estimate and interval for the signed-rank test."""
    alpha = 1 - conf_level
    mumin, mumax = float(xs[0]), float(xs[-1])
    correct = [True]

    def w(d: float) -> float:
        neg, pos = _split_abs(xs, d)
        nx = float(neg.size + pos.size)
        dr_pos, tie, _ = merged_rank_sum(neg, pos)
        zd = dr_pos - nx * (nx + 1) / 4
        sigma = math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - tie / 48)
        corr = _correction(zd, alternative) if correct[0] else 0.0
        return _div(zd - corr, sigma)

    w_min = w(mumin)
    w_max = w(mumax) if math.isfinite(w_min) else math.nan
    if not math.isfinite(w_max):
        lo = -math.inf if alternative == LESS else math.nan
        hi = math.inf if alternative == GREATER else math.nan
        return (mumin + mumax) / 2, lo, hi, 0.0

    def root(zq: float) -> float:
        return uniroot(lambda d: w(d) - zq, mumin, mumax, w_min - zq, w_max - zq)

    if alternative == TWO_SIDED:
        while w_min - qnorm(alpha / 2, lower=False) < 0 or w_max - qnorm(alpha / 2) > 0:
            alpha *= 2
        if alpha >= 1 or 1 - conf_level < alpha * 0.75:
            conf_level = 1 - min(1.0, alpha)
        if alpha < 1:
            lo = root(qnorm(alpha / 2, lower=False))
            hi = root(qnorm(alpha / 2))
        else:
            lo = hi = r_median(xs)
    elif alternative == GREATER:
        while w_min - qnorm(alpha, lower=False) < 0:
            alpha *= 2
        if alpha >= 1 or 1 - conf_level < alpha * 0.75:
            conf_level = 1 - min(1.0, alpha)
        lo = root(qnorm(alpha, lower=False)) if alpha < 1 else r_median(xs)
        hi = math.inf
    else:
        while w_max - qnorm(alpha / 2) > 0:      # sic: alpha/2, as in R 4.2–4.5
            alpha *= 2
        if alpha >= 1 or 1 - conf_level < alpha * 0.75:
            conf_level = 1 - min(1.0, alpha)
        lo = -math.inf
        hi = root(qnorm(alpha)) if alpha < 1 else r_median(xs)
    correct[0] = False
    est = uniroot(w, mumin, mumax, w(mumin), w(mumax))
    return est, lo, hi, conf_level


def rank_sum(x: np.ndarray, y: np.ndarray, alternative: str = TWO_SIDED,
             conf_level: float = 0.95) -> RankOutcome:
    """R's ``wilcox.test(x, y, conf.int = TRUE, alternative = ...)``:
    the Wilcoxon rank-sum / Mann-Whitney test of ``x`` (after) against
    ``y`` (before).

    Notes
    -----
    W = Σ rank(x_i) − n_x(n_x + 1)/2 in the combined sample.  Exact when
    both samples have fewer than 50 values and there are no ties; the
    estimate is then the median of the n_x·n_y differences x_i − y_j and
    the interval their order statistics given by ``qwilcox``.  Otherwise
    W is referred to the normal distribution with mean n_x·n_y/2, variance
    n_x·n_y/12 · (n_x + n_y + 1 − Σ(t³ − t)/((n_x + n_y)(n_x + n_y − 1)))
    and a continuity correction of ½; estimate and interval by root finding.
    """
    xs = np.sort(np.asarray(x, dtype=float))
    ys = np.sort(np.asarray(y, dtype=float))
    nx, ny = xs.size, ys.size
    rx, tie, n_ties = merged_rank_sum(ys, xs)
    fx, fy = float(nx), float(ny)
    stat = rx - fx * (fx + 1) / 2
    if nx < EXACT_LIMIT and ny < EXACT_LIMIT and n_ties == 0:
        return _rank_sum_exact(xs, ys, stat, alternative, conf_level)
    z = stat - fx * fy / 2
    sigma = math.sqrt((fx * fy / 12) * ((fx + fy + 1) - tie / ((fx + fy) * (fx + fy - 1))))
    z = _div(z - _correction(z, alternative), sigma)
    pvalue = _normal_p(z, alternative)
    try:
        est, lo, hi, level = _rank_sum_normal_ci(xs, ys, alternative, conf_level)
    except RFailure:
        est = lo = hi = level = None
    return RankOutcome(stat, pvalue, False, nx + ny, 0, n_ties, est, lo, hi, level)


def _rank_sum_exact(xs, ys, stat, alternative, conf_level) -> RankOutcome:
    m, n = xs.size, ys.size
    if alternative == TWO_SIDED:
        p = pwilcox(stat - 1, m, n, lower=False) if stat > m * n / 2 else pwilcox(stat, m, n)
        pvalue = min(2 * p, 1.0)
    elif alternative == GREATER:
        pvalue = pwilcox(stat - 1, m, n, lower=False)
    else:
        pvalue = pwilcox(stat, m, n)
    diffs = np.sort(np.subtract.outer(xs, ys).ravel())
    lo, hi, level = _exact_interval(diffs, m * n, alternative, conf_level,
                                    lambda a: qwilcox(a, m, n), lambda q: pwilcox(q, m, n),
                                    lambda a: 1 - a)
    return RankOutcome(stat, pvalue, True, m + n, 0, 0, r_median(diffs), lo, hi, level)


def _rank_sum_normal_ci(xs, ys, alternative, conf_level):
    """R's normal-branch estimate and interval for the rank-sum test."""
    alpha = 1 - conf_level
    fx, fy = float(xs.size), float(ys.size)
    mumin = float(xs[0]) - float(ys[-1])
    mumax = float(xs[-1]) - float(ys[0])
    correct = [True]

    def w(d: float) -> float:
        rx, tie, _ = merged_rank_sum(ys, xs - d)
        dz = rx - fx * (fx + 1) / 2 - fx * fy / 2
        corr = _correction(dz, alternative) if correct[0] else 0.0
        sigma = math.sqrt((fx * fy / 12) * ((fx + fy + 1) - tie / ((fx + fy) * (fx + fy - 1))))
        return _div(dz - corr, sigma)

    w_min, w_max = w(mumin), w(mumax)

    def root(zq: float) -> float:
        f_lower = w_min - zq
        if math.isnan(f_lower):
            raise RFailure("missing value where TRUE/FALSE needed")
        if f_lower <= 0:
            return mumin
        f_upper = w_max - zq
        if math.isnan(f_upper):
            raise RFailure("missing value where TRUE/FALSE needed")
        if f_upper >= 0:
            return mumax
        return uniroot(lambda d: w(d) - zq, mumin, mumax, f_lower, f_upper)

    if alternative == TWO_SIDED:
        lo = root(qnorm(alpha / 2, lower=False))
        hi = root(qnorm(alpha / 2))
    elif alternative == GREATER:
        lo, hi = root(qnorm(alpha, lower=False)), math.inf
    else:
        lo, hi = -math.inf, root(qnorm(alpha))
    correct[0] = False
    est = uniroot(w, mumin, mumax, w(mumin), w(mumax))
    return est, lo, hi, conf_level


# ---------------------------------------------------------------------------
# Shapiro-Wilk (R's shapiro.test / swilk.c, AS R94)
# ---------------------------------------------------------------------------

_SW_C1 = (0., .221157, -.147981, -2.07119, 4.434685, -2.706056)
_SW_C2 = (0., .042981, -.293762, -1.752461, 5.682633, -3.582633)
_SW_C3 = (.544, -.39978, .025054, -6.714e-4)
_SW_C4 = (1.3822, -.77857, .062767, -.0020322)
_SW_C5 = (-1.5861, -.31082, -.083751, .0038915)
_SW_C6 = (-.4803, -.082676, .0030302)
_SW_G = (-2.273, .459)


def _poly(cc: tuple[float, ...], x: float) -> float:
    ret = cc[0]
    if len(cc) > 1:
        p = x * cc[-1]
        for c in cc[-2:0:-1]:
            p = (p + c) * x
        ret += p
    return ret


class ShapiroUnavailable(ValueError):
    """shapiro.test would stop: n outside 3..5000 or all values identical."""


def shapiro_wilk(x: np.ndarray) -> tuple[float, float]:
    """R's ``shapiro.test(x)``: returns (W, p).

    Raises ShapiroUnavailable where R stops ("sample size must be between 3
    and 5000", "all 'x' values are identical").
    """
    x = np.sort(np.asarray(x, dtype=float))
    n = x.size
    if n < 3 or n > 5000:
        raise ShapiroUnavailable("sample size must be between 3 and 5000")
    rng = float(x[-1] - x[0])
    if rng == 0:
        raise ShapiroUnavailable("all 'x' values are identical")
    if rng < 1e-10:
        x = x / rng
        rng = float(x[-1] - x[0])
    an = float(n)
    nn2 = n // 2
    if n == 3:
        a = np.array([0.70710678])
    else:
        an25 = an + .25
        m = np.array([qnorm((i - 0.375) / an25) for i in range(1, nn2 + 1)])
        summ2 = 0.0
        for v in m:
            summ2 += v * v
        summ2 *= 2.
        ssumm2 = math.sqrt(summ2)
        rsn = 1. / math.sqrt(an)
        a1 = _poly(_SW_C1, rsn) - m[0] / ssumm2
        if n > 5:
            i1 = 3
            a2 = -m[1] / ssumm2 + _poly(_SW_C2, rsn)
            fac = math.sqrt((summ2 - 2. * (m[0] * m[0]) - 2. * (m[1] * m[1]))
                            / (1. - 2. * (a1 * a1) - 2. * (a2 * a2)))
            m[1] = a2
        else:
            i1 = 2
            fac = math.sqrt((summ2 - 2. * (m[0] * m[0])) / (1. - 2. * (a1 * a1)))
        m[0] = a1
        m[i1 - 1:] = m[i1 - 1:] / -fac
        a = m
    # coefficients for the sorted sample: −a[1..] on the low half, +a on the high half
    full = np.zeros(n)
    full[:nn2] = -a[:nn2]
    full[n - nn2:] = a[:nn2][::-1]
    xr = x / rng
    sa = float(np.sum(full)) / n
    sx = float(np.sum(xr)) / n
    asa = full - sa
    xsx = xr - sx
    ssa = float(np.dot(asa, asa))
    ssx = float(np.dot(xsx, xsx))
    sax = float(np.dot(asa, xsx))
    ssassx = math.sqrt(ssa * ssx)
    w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx)
    w = 1. - w1
    if n == 3:
        pi6, stqr = 1.90985931710274, 1.04719755119660
        return w, max(pi6 * (math.asin(math.sqrt(w)) - stqr), 0.0)
    y = math.log(w1)
    xx = math.log(an)
    if n <= 11:
        gamma = _poly(_SW_G, an)
        if y >= gamma:
            return w, 1e-99
        y = -math.log(gamma - y)
        mu = _poly(_SW_C3, an)
        s = math.exp(_poly(_SW_C4, an))
    else:
        mu = _poly(_SW_C5, xx)
        s = math.exp(_poly(_SW_C6, xx))
    return w, pnorm((y - mu) / s, lower=False)
