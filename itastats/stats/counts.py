"""Counts before and after, pinned to R: events over a period, X of N in two
groups, X of N in the same cases twice.

Many 5.4.1 sheets hold no per-case times but counts: complaints received a
year, documents returned for correction out of those handled, requests
finished on time (the same requests checked before and after).  Each has
its own exact or classical test, and every number here is the number R
prints (R 4.2.2; ``tests/stats/r_reference/counts_reference.R``):

=====================  =====================================================================
``rates``              ``poisson.test(c(events_after, events_before), c(exposure_after, exposure_before))``
``proportions``        ``prop.test(c(x_after, x_before), c(n_after, n_before))`` and
                       ``fisher.test(matrix(c(x_after, n_after - x_after, x_before, n_before - x_before), 2))``
``paired_proportions`` ``mcnemar.test(matrix(c(both, before_only, after_only, neither), 2))`` and
                       ``binom.test(after_only, before_only + after_only)``
=====================  =====================================================================

with ``alternative`` and ``conf.level`` passed through.  R's own rules are
followed: ``prop.test`` caps its continuity correction at
``|p_after − p_before| / (1/n_after + 1/n_before)``; ``mcnemar.test`` skips
the correction when the two discordant counts are equal; the two-sided
exact p-values count outcomes as likely as the one seen with R's relative
tolerance ``1 + 1e-7``; ``fisher.test``'s conditional maximum-likelihood odds
ratio and its interval are roots of the same equations R solves, found to
double precision (R's ``uniroot`` stops at about 1e-4; see
:func:`fisher_exact`).

Nothing here raises for bad input: a :class:`CountTest` comes back with
``error`` set to a message key (``error_params`` say which number) and every
number None, never NaN.
"""
from __future__ import annotations

import math
import numbers
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Mapping

import numpy as np
from ..read._lazy import lazy_module

optimize = lazy_module("scipy.optimize")      # imported on first use: scipy is slow to import
special = lazy_module("scipy.special")
stats = lazy_module("scipy.stats")

__all__ = [
    "RATES", "PROPORTIONS", "PAIRED_PROPORTIONS", "KINDS",
    "POISSON_EXACT", "PROP_TEST", "FISHER_EXACT", "MCNEMAR", "MCNEMAR_EXACT", "TEST_NAMES", "TEST_LABELS",
    "EXPECTED_MIN", "DISCORDANT_MIN", "CountTest", "rates", "proportions", "paired_proportions",
    "binom_test", "fisher_exact", "describe",
]

RATES, PROPORTIONS, PAIRED_PROPORTIONS = "rates", "proportions", "paired_proportions"
KINDS = (RATES, PROPORTIONS, PAIRED_PROPORTIONS)

POISSON_EXACT, PROP_TEST, FISHER_EXACT = "poisson_exact", "prop_test", "fisher_exact"
MCNEMAR, MCNEMAR_EXACT = "mcnemar", "mcnemar_exact"
TEST_NAMES = (POISSON_EXACT, PROP_TEST, FISHER_EXACT, MCNEMAR, MCNEMAR_EXACT)
TEST_LABELS = {
    POISSON_EXACT: "Poisson exact test",
    PROP_TEST: "chi-square test of two proportions",
    FISHER_EXACT: "Fisher's exact test",
    MCNEMAR: "McNemar test",
    MCNEMAR_EXACT: "exact McNemar test",
}
ESTIMATE_NAMES = {POISSON_EXACT: "rate_ratio", PROP_TEST: "difference", FISHER_EXACT: "odds_ratio",
                  MCNEMAR: "difference", MCNEMAR_EXACT: "difference"}
ALTERNATIVES = ("two-sided", "less", "greater")

EXPECTED_MIN = 5       # prop.test's chi-square needs every expected count >= 5, else Fisher is the headline
DISCORDANT_MIN = 25    # fewer discordant pairs than this: the exact McNemar test is the headline
REL_ERR = 1 + 1e-7     # R's relative tolerance for "as likely as the outcome seen" (binom.test, fisher.test)
_WHOLE_TOL = 1e-7      # R: a count within 1e-7 of a whole number is that number (poisson.test, binom.test)
_EPS = float(np.finfo(float).eps)
_TOO_LARGE = 1e12      # counts beyond this are refused, not summed term by term


@dataclass(frozen=True)
class CountTest:
    """One test of counts before and after, with the numbers a report needs.

    ``name`` is the test ("poisson_exact", "prop_test", "fisher_exact",
    "mcnemar", "mcnemar_exact"); ``statistic`` is R's X-squared (None for an
    exact test) with ``df`` 1; ``estimate`` is the after/before rate ratio
    (poisson_exact), the after − before difference of proportions (prop_test
    and both McNemar tests) or the conditional maximum-likelihood odds ratio
    of after versus before (fisher_exact), with R's interval ``ci_low`` to
    ``ci_high`` (an end R gives as Inf is None; None for the McNemar tests,
    R gives none).  ``rate_before`` / ``rate_after`` are events per unit of
    exposure, or proportions (0–1).  ``chosen_reason`` is a message key (its
    parameters in ``reason_params``); ``error`` a message key when no test
    is possible (its parameters in ``error_params``), and then every number
    is None.  ``check`` holds the other test of the same data (prop_test ↔
    fisher_exact, mcnemar ↔ mcnemar_exact), shown as a sensitivity check.
    """
    name: str
    statistic: float | None = None
    df: float | None = None
    pvalue: float | None = None
    estimate: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    rate_before: float | None = None
    rate_after: float | None = None
    chosen_reason: str | None = None
    error: str | None = None
    kind: str = RATES
    counts: tuple[float, ...] = ()          # the four inputs, in the function's order
    alternative: str = "two-sided"
    confidence: float = 0.95
    method: str = "auto"
    reason_params: Mapping[str, Any] = field(default_factory=dict)
    error_params: Mapping[str, Any] = field(default_factory=dict)
    ci_before: tuple[float | None, float | None] | None = None  # each side's own exact interval
    ci_after: tuple[float | None, float | None] | None = None
    min_expected: float | None = None       # proportions: prop.test's smallest expected count
    discordant: int | None = None           # paired: cases that changed (before_only + after_only)
    check: "CountTest | None" = None

    @property
    def label(self) -> str:
        """The test's usual English name ("Poisson exact test", …)."""
        return TEST_LABELS.get(self.name, self.name)

    @property
    def estimate_name(self) -> str:
        """"rate_ratio", "difference" or "odds_ratio"."""
        return ESTIMATE_NAMES.get(self.name, "difference")

    @property
    def exact(self) -> bool:
        return self.name in (POISSON_EXACT, FISHER_EXACT, MCNEMAR_EXACT)

    def significant(self, alpha: float = 0.05) -> bool | None:
        return None if self.pvalue is None else self.pvalue < alpha

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["label"] = self.label
        out["estimate_name"] = self.estimate_name
        return out

    def __str__(self) -> str:
        if self.error:
            return f"{self.label}: no test ({self.error})"
        stat = "" if self.statistic is None else f"X-squared = {self.statistic:.4g}, df = {self.df:g}, "
        ci = "" if self.ci_low is None and self.ci_high is None else \
            f", {self.confidence:.0%} CI {_g(self.ci_low)} to {_g(self.ci_high)}"
        return f"{self.label}: {stat}p = {self.pvalue:.4g}, {self.estimate_name} = {_g(self.estimate)}{ci}"


def _g(x: float | None) -> str:
    return "None" if x is None else f"{x:.4g}"


def _clean(x: Any) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _finite(test: CountTest) -> CountTest:
    """Every non-finite number becomes None (a result never holds NaN or inf)."""
    def pair(p):
        return None if p is None else (_clean(p[0]), _clean(p[1]))
    return replace(test, **{k: _clean(getattr(test, k)) for k in
                            ("statistic", "df", "pvalue", "estimate", "ci_low", "ci_high", "rate_before",
                             "rate_after", "min_expected")},
                   ci_before=pair(test.ci_before), ci_after=pair(test.ci_after))


# ---------------------------------------------------------------------------
# Input: never raises, says which number is wrong
# ---------------------------------------------------------------------------

class _Bad(Exception):
    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.key = key
        self.params = params


def _number(x: Any, side: str, what: str) -> float:
    if isinstance(x, bool) or x is None or not isinstance(x, numbers.Real):
        if hasattr(x, "item") and not isinstance(x, (str, bytes, bool)):
            try:
                return _number(x.item(), side, what)
            except (TypeError, ValueError):
                pass
        raise _Bad("counts.error.not_a_number", side=side, what=what, value=_shown(x))
    x = float(x)
    if not math.isfinite(x):
        raise _Bad("counts.error.not_a_number", side=side, what=what, value=_shown(x))
    if x < 0:
        raise _Bad("counts.error.negative", side=side, what=what, value=_shown(x))
    if x > _TOO_LARGE:
        raise _Bad("counts.error.too_large", side=side, what=what, value=_shown(x))
    return x


def _whole(x: Any, side: str, what: str) -> int:
    """A count: a whole number >= 0 (R's rule: within 1e-7 of one)."""
    v = _number(x, side, what)
    r = round(v)
    if abs(v - r) > _WHOLE_TOL:
        raise _Bad("counts.error.not_whole", side=side, what=what, value=_shown(x))
    return int(r)


def _shown(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    text = str(x)
    return text if len(text) <= 40 else text[:39] + "\u2026"


def _options(alternative: Any, confidence: Any, method: Any, methods: tuple[str, ...]) -> None:
    if method not in methods:
        raise _Bad("counts.error.bad_method", method=_shown(method), methods=", ".join(methods))
    if alternative not in ALTERNATIVES:
        raise _Bad("counts.error.bad_alternative", alternative=_shown(alternative))
    if isinstance(confidence, bool) or not isinstance(confidence, numbers.Real) \
            or not 0 < float(confidence) < 1:
        raise _Bad("counts.error.bad_confidence", confidence=_shown(confidence))


# ---------------------------------------------------------------------------
# R's exact binomial test and Fisher's exact test (2 x 2)
# ---------------------------------------------------------------------------

def _pbinom(q: float, n: int, p: float) -> float:
    """R's pbinom(q, n, p)."""
    return float(stats.binom.cdf(q, n, p))


def _pbinom_upper(q: float, n: int, p: float) -> float:
    """R's pbinom(q, n, p, lower.tail = FALSE)."""
    return float(stats.binom.sf(q, n, p))


def _dbinom(x, n: int, p: float):
    return stats.binom.pmf(x, n, p)


def _clopper_pearson(x: int, n: int, alternative: str, confidence: float) -> tuple[float, float]:
    """binom.test's interval for the probability of success."""
    def lower(a: float) -> float:
        return 0.0 if x == 0 else float(special.betaincinv(x, n - x + 1, a))

    def upper(a: float) -> float:
        return 1.0 if x == n else float(special.betaincinv(x + 1, n - x, 1 - a))
    if alternative == "less":
        return 0.0, upper(1 - confidence)
    if alternative == "greater":
        return lower(1 - confidence), 1.0
    a = (1 - confidence) / 2
    return lower(a), upper(a)


def binom_test(x: int, n: int, p: float = 0.5, alternative: str = "two-sided",
               confidence: float = 0.95) -> tuple[float, float, float]:
    """R's ``binom.test(x, n, p, alternative, conf.level)``: (p-value, CI low, CI high).

    Two-sided: the probability of every outcome no more likely than ``x``
    (``dbinom(i) <= dbinom(x) * (1 + 1e-7)``), R's rule for ties.  The
    interval is Clopper-Pearson's.  ``n`` must be at least 1.
    """
    if alternative == "less":
        pval = _pbinom(x, n, p)
    elif alternative == "greater":
        pval = _pbinom_upper(x - 1, n, p)
    elif p == 0:
        pval = float(x == 0)
    elif p == 1:
        pval = float(x == n)
    else:
        d = float(_dbinom(x, n, p))
        m = n * p
        if x == m:
            pval = 1.0
        elif x < m:
            i = np.arange(math.ceil(m), n + 1)
            y = int(np.sum(_dbinom(i, n, p) <= d * REL_ERR))
            pval = _pbinom(x, n, p) + _pbinom_upper(n - y, n, p)
        else:
            i = np.arange(0, math.floor(m) + 1)
            y = int(np.sum(_dbinom(i, n, p) <= d * REL_ERR))
            pval = _pbinom(y - 1, n, p) + _pbinom_upper(x - 1, n, p)
    lo, hi = _clopper_pearson(x, n, alternative, confidence)
    return pval, lo, hi


class _Hyper:
    """The conditional (non-central hypergeometric) distribution of the
    top-left cell of a 2 x 2 table given its margins, as fisher.test builds it."""

    def __init__(self, x: int, m: int, n: int, k: int):
        self.x, self.m, self.n, self.k = x, m, n, k
        self.lo, self.hi = max(0, k - n), min(k, m)
        self.support = np.arange(self.lo, self.hi + 1, dtype=float)
        # R: dhyper(support, m, n, k, log = TRUE)
        self.logdc = stats.hypergeom.logpmf(self.support, m + n, m, k)

    def d(self, ncp: float) -> np.ndarray:
        d = self.logdc + math.log(ncp) * self.support
        d = np.exp(d - d.max())
        return d / d.sum()

    def mean(self, ncp: float) -> float:
        if ncp == 0:
            return float(self.lo)
        if ncp == math.inf:
            return float(self.hi)
        return float(np.sum(self.support * self.d(ncp)))

    def p(self, q: int, ncp: float, upper: bool = False) -> float:
        if ncp == 1:
            return float(stats.hypergeom.sf(self.x - 1, self.m + self.n, self.m, self.k)) if upper \
                else float(stats.hypergeom.cdf(self.x, self.m + self.n, self.m, self.k))
        if ncp == 0:
            return float(q <= self.lo) if upper else float(q >= self.lo)
        if ncp == math.inf:
            return float(q <= self.hi) if upper else float(q >= self.hi)
        d = self.d(ncp)
        return float(np.sum(d[self.support >= q] if upper else d[self.support <= q]))


def _root(f, lo: float, hi: float) -> float:
    """The root of ``f`` in [lo, hi] to double precision (R's uniroot stops at ~1e-4)."""
    return float(optimize.brentq(f, lo, hi, xtol=1e-300, rtol=4 * _EPS, maxiter=10_000))


def fisher_exact(x: int, m: int, n: int, k: int, alternative: str = "two-sided",
                 confidence: float = 0.95) -> tuple[float, float, float, float]:
    """R's ``fisher.test`` on a 2 x 2 table: (p-value, odds ratio, CI low, CI high).

    ``x`` is the top-left cell, ``m`` and ``n`` the column sums, ``k`` the
    first row's sum.  The odds ratio is the conditional maximum-likelihood
    estimate (the odds ratio at which the conditional mean of ``x`` is
    ``x``) and the interval inverts the two one-sided conditional tests,
    as R does; R finds these roots with ``uniroot``'s default tolerance
    (about 1e-4, so it prints four or five good digits), this function
    finds the same roots to double precision.  Inf (R) is ``math.inf`` here.
    """
    h = _Hyper(x, m, n, k)
    lo, hi = h.lo, h.hi
    if alternative == "less":
        pval = h.p(x, 1)
    elif alternative == "greater":
        pval = h.p(x, 1, upper=True)
    else:
        d = h.d(1)
        pval = float(np.sum(d[d <= d[x - lo] * REL_ERR]))

    def mle() -> float:
        if x == lo:
            return 0.0
        if x == hi:
            return math.inf
        mu = h.mean(1)
        if mu > x:
            return _root(lambda t: h.mean(t) - x, 0.0, 1.0)
        if mu < x:
            return 1 / _root(lambda t: h.mean(1 / t) - x, _EPS, 1.0)
        return 1.0

    def ncp_upper(a: float) -> float:
        if x == hi:
            return math.inf
        p = h.p(x, 1)
        if p < a:
            return _root(lambda t: h.p(x, t) - a, 0.0, 1.0)
        if p > a:
            return 1 / _root(lambda t: h.p(x, 1 / t) - a, _EPS, 1.0)
        return 1.0

    def ncp_lower(a: float) -> float:
        if x == lo:
            return 0.0
        p = h.p(x, 1, upper=True)
        if p > a:
            return _root(lambda t: h.p(x, t, upper=True) - a, 0.0, 1.0)
        if p < a:
            return 1 / _root(lambda t: h.p(x, 1 / t, upper=True) - a, _EPS, 1.0)
        return 1.0

    if alternative == "less":
        ci = (0.0, ncp_upper(1 - confidence))
    elif alternative == "greater":
        ci = (ncp_lower(1 - confidence), math.inf)
    else:
        a = (1 - confidence) / 2
        ci = (ncp_lower(a), ncp_upper(a))
    return pval, mle(), ci[0], ci[1]


def _garwood(x: int, t: float, confidence: float) -> tuple[float, float]:
    """poisson.test(x, T)$conf.int: the exact interval of one rate."""
    a = (1 - confidence) / 2
    lo = 0.0 if x == 0 else float(special.gammaincinv(x, a))
    hi = float(special.gammaincinv(x + 1, 1 - a))
    return lo / t, hi / t


def _cp_two_sided(x: int, n: int, confidence: float) -> tuple[float, float]:
    return _clopper_pearson(x, n, "two-sided", confidence)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

def _invalid(name: str, kind: str, bad: _Bad, counts: tuple, alternative: Any, confidence: Any,
             method: Any) -> CountTest:
    return CountTest(name, error=bad.key, error_params=dict(bad.params), kind=kind, counts=counts,
                     alternative=alternative if alternative in ALTERNATIVES else "two-sided",
                     confidence=float(confidence) if isinstance(confidence, numbers.Real)
                     and not isinstance(confidence, bool) and 0 < float(confidence) < 1 else 0.95,
                     method=method if isinstance(method, str) else "auto")


def rates(events_before: int, exposure_before: float, events_after: int, exposure_after: float, *,
          alternative: str = "two-sided", confidence: float = 0.95) -> CountTest:
    """Compare two rates: events over a period (or per document handled).

    Parameters
    ----------
    events_before, events_after : int
        How many times it happened (complaints received, errors found).
    exposure_before, exposure_after : float
        Over how much: months, working days, documents handled (> 0; need
        not be whole).
    alternative : {"two-sided", "less", "greater"}
        "less": the rate after is lower (a rate ratio below 1).
    confidence : float
        Level of the intervals, strictly between 0 and 1.

    Returns
    -------
    CountTest
        ``name == "poisson_exact"``; ``estimate`` the rate ratio after /
        before with its exact interval; ``rate_before`` / ``rate_after``
        events per unit of exposure; ``ci_before`` / ``ci_after`` each
        rate's own exact (Garwood) interval, R's ``poisson.test(x, T)``.

    Notes
    -----
    Given the total n = events_after + events_before, events_after is
    binomial with p = exposure_after / (exposure_after + exposure_before)
    when the rates are equal, so the test is R's ``binom.test(events_after,
    n, p)`` and the rate ratio's interval is pp/(1 − pp) · exposure_before /
    exposure_after for each end pp of the Clopper-Pearson interval of p.
    With no event on either side there is nothing to compare: ``error`` is
    "counts.error.no_events" (R prints p = 1 and an interval from 0 to Inf).

    References
    ----------
    R Core Team, ``poisson.test`` (R 4.2.2).  Fay, M. P. (2010). Two-sided
    exact tests and matching confidence intervals for discrete data.
    R Journal 2(1), 53–58.

    Examples
    --------
    >>> r = rates(120, 12, 45, 12)          # complaints: 120 in 12 months, then 45 in 12
    >>> r.rate_before, r.rate_after, r.estimate
    (10.0, 3.75, 0.375)
    >>> round(r.ci_low, 6), round(r.ci_high, 6), r.pvalue < 0.001
    (0.260083, 0.532358, True)
    """
    counts = (events_before, exposure_before, events_after, exposure_after)
    try:
        _options(alternative, confidence, "auto", ("auto",))
        eb = _whole(events_before, "before", "events")
        tb = _number(exposure_before, "before", "exposure")
        ea = _whole(events_after, "after", "events")
        ta = _number(exposure_after, "after", "exposure")
        for side, t in (("before", tb), ("after", ta)):
            if t == 0:
                raise _Bad("counts.error.zero_exposure", side=side, what="exposure", value="0")
        if ea + eb == 0:
            raise _Bad("counts.error.no_events", what="events")
    except _Bad as bad:
        return _invalid(POISSON_EXACT, RATES, bad, counts, alternative, confidence, "auto")
    confidence = float(confidence)
    p = 1 * ta / (1 * ta + tb)
    pval, lo, hi = binom_test(ea, ea + eb, p, alternative, confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        estimate = (ea / ta) / (eb / tb) if eb else math.inf
        ci = [(pp / (1 - pp)) * tb / ta if pp < 1 else math.inf for pp in (lo, hi)]
    return _finite(CountTest(
        POISSON_EXACT, pvalue=pval, estimate=estimate, ci_low=ci[0], ci_high=ci[1],
        rate_before=eb / tb, rate_after=ea / ta, chosen_reason="counts.reason.poisson",
        kind=RATES, counts=(eb, tb, ea, ta), alternative=alternative, confidence=confidence,
        reason_params={"events_before": eb, "events_after": ea},
        ci_before=_garwood(eb, tb, confidence), ci_after=_garwood(ea, ta, confidence)))


def _prop_test(xa: int, na: int, xb: int, nb: int, alternative: str, confidence: float) -> dict:
    """R's prop.test(c(xa, xb), c(na, nb)) with its continuity correction."""
    x = np.array([xa, xb], dtype=float)
    n = np.array([na, nb], dtype=float)
    est = x / n
    delta = est[0] - est[1]
    yates = min(0.5, abs(delta) / np.sum(1 / n))
    z = special.ndtri((1 + confidence) / 2) if alternative == "two-sided" else special.ndtri(confidence)
    width = z * math.sqrt(np.sum(est * (1 - est) / n)) + yates * np.sum(1 / n)
    if alternative == "two-sided":
        ci = (max(delta - width, -1.0), min(delta + width, 1.0))
    elif alternative == "greater":
        ci = (max(delta - width, -1.0), 1.0)
    else:
        ci = (-1.0, min(delta + width, 1.0))
    p = np.sum(x) / np.sum(n)
    obs = np.column_stack([x, n - x])
    expected = np.column_stack([n * p, n * (1 - p)])
    statistic = float(np.sum((np.abs(obs - expected) - yates) ** 2 / expected))
    if alternative == "two-sided":
        pval = float(special.chdtrc(1, statistic))
    else:
        zs = math.copysign(1.0, delta) * math.sqrt(statistic) if delta != 0 else 0.0
        pval = float(special.ndtr(zs) if alternative == "less" else special.ndtr(-zs))
    return dict(statistic=statistic, df=1.0, pvalue=pval, estimate=float(delta), ci_low=ci[0], ci_high=ci[1])


def proportions(x_before: int, n_before: int, x_after: int, n_after: int, *, method: str = "auto",
                alternative: str = "two-sided", confidence: float = 0.95) -> CountTest:
    """Compare X of N in two groups of different cases, before and after.

    Parameters
    ----------
    x_before, n_before, x_after, n_after : int
        X cases of N had the property (documents returned for correction
        of those submitted, requests finished on time of those received).
    method : {"auto", "prop_test", "fisher_exact"}
        Which test is the headline; both are computed (``check`` holds the
        other).  Auto: ``fisher_exact`` when an expected count of
        ``prop.test`` is under 5, else ``prop_test``.
    alternative : {"two-sided", "less", "greater"}
        "less": the proportion after is lower.
    confidence : float
        Level of the intervals, strictly between 0 and 1.

    Returns
    -------
    CountTest
        prop_test: X-squared with df 1, p, the difference of proportions
        after − before with R's interval; fisher_exact: p and the
        conditional maximum-likelihood odds ratio (after vs before) with its
        exact interval.  ``rate_before`` / ``rate_after`` are the
        proportions (0–1); ``ci_before`` / ``ci_after`` each proportion's
        Clopper-Pearson interval (R's ``binom.test(x, n)``); ``min_expected``
        the smallest expected count.

    Notes
    -----
    prop.test: with p̂ = (x_a + x_b)/(n_a + n_b) and expected counts
    E = n·p̂, n·(1 − p̂), X² = Σ(|O − E| − c)²/E with Yates' c = ½ capped at
    |p_a − p_b| / (1/n_a + 1/n_b); the interval is p_a − p_b ± (z·√Σp(1−p)/n
    + c·Σ1/n), clipped to [−1, 1].  One-sided p-values use the normal
    z = sign(p_a − p_b)·√X².  When no case or every case has the property on
    both sides there is nothing to compare (R: X-squared = NaN): ``error``
    is "counts.error.no_contrast".

    References
    ----------
    R Core Team, ``prop.test`` and ``fisher.test`` (R 4.2.2).  Newcombe, R.
    G. (1998). Interval estimation for the difference between independent
    proportions. Statistics in Medicine 17, 873–890.

    Examples
    --------
    >>> r = proportions(35, 400, 8, 410)     # returned for correction: 35 of 400, then 8 of 410
    >>> r.name, round(r.statistic, 4), r.pvalue < 0.001
    ('prop_test', 17.2898, True)
    """
    counts = (x_before, n_before, x_after, n_after)
    methods = ("auto", PROP_TEST, FISHER_EXACT)
    name = method if method in (PROP_TEST, FISHER_EXACT) else PROP_TEST
    try:
        _options(alternative, confidence, method, methods)
        xb = _whole(x_before, "before", "count")
        nb = _whole(n_before, "before", "total")
        xa = _whole(x_after, "after", "count")
        na = _whole(n_after, "after", "total")
        for side, x, n in (("before", xb, nb), ("after", xa, na)):
            if n == 0:
                raise _Bad("counts.error.zero_total", side=side, what="total", value="0")
            if x > n:
                raise _Bad("counts.error.x_above_n", side=side, what="count", x=x, n=n)
        if xa + xb == 0 or xa + xb == na + nb:
            raise _Bad("counts.error.no_contrast", what="count",
                       which="none" if xa + xb == 0 else "all")
    except _Bad as bad:
        return _invalid(name, PROPORTIONS, bad, counts, alternative, confidence, method)
    confidence = float(confidence)
    p = (xa + xb) / (na + nb)
    min_expected = float(min(na * p, nb * p, na * (1 - p), nb * (1 - p)))
    chi = _prop_test(xa, na, xb, nb, alternative, confidence)
    fp, odds, flo, fhi = fisher_exact(xa, na, nb, xa + xb, alternative, confidence)
    common = dict(rate_before=xb / nb, rate_after=xa / na, kind=PROPORTIONS, counts=(xb, nb, xa, na),
                  alternative=alternative, confidence=confidence, method=method,
                  ci_before=_cp_two_sided(xb, nb, confidence), ci_after=_cp_two_sided(xa, na, confidence),
                  min_expected=min_expected)
    tests = {PROP_TEST: _finite(CountTest(PROP_TEST, **chi, **common)),
             FISHER_EXACT: _finite(CountTest(FISHER_EXACT, pvalue=fp, estimate=odds, ci_low=flo, ci_high=fhi,
                                             **common))}
    if method == "auto":
        chosen = FISHER_EXACT if min_expected < EXPECTED_MIN else PROP_TEST
        reason = "counts.reason.small_expected" if chosen == FISHER_EXACT else "counts.reason.large_expected"
    else:
        chosen, reason = method, "counts.reason.user_choice"
    other = PROP_TEST if chosen == FISHER_EXACT else FISHER_EXACT
    params = {"min_expected": min_expected, "test": TEST_LABELS[chosen]}
    return replace(tests[chosen], chosen_reason=reason, reason_params=params,
                   check=replace(tests[other], chosen_reason=reason, reason_params=params))


def paired_proportions(both: int, before_only: int, after_only: int, neither: int, *,
                       method: str = "auto", confidence: float = 0.95) -> CountTest:
    """Compare X of N in the same cases checked before and after (yes/no each time).

    Parameters
    ----------
    both : int
        Cases that were "yes" before and after (on time both times).
    before_only : int
        "yes" before only (on time before, late after).
    after_only : int
        "yes" after only (late before, on time after).
    neither : int
        "no" both times.
    method : {"auto", "mcnemar", "mcnemar_exact"}
        Which test is the headline; both are computed (``check`` holds the
        other).  Auto: the exact test when fewer than 25 cases changed.
    confidence : float
        Level of each side's own interval (``ci_before`` / ``ci_after``);
        R's McNemar tests give no interval, so ``ci_low`` / ``ci_high`` are None.

    Returns
    -------
    CountTest
        ``estimate`` is the difference of proportions after − before,
        (after_only − before_only) / n; mcnemar: R's X-squared (df 1) and
        p; mcnemar_exact: the two-sided exact p of R's
        ``binom.test(after_only, before_only + after_only)``.
        ``discordant`` is before_only + after_only.

    Notes
    -----
    Only the cases that changed carry information.  McNemar: X² =
    (|b − c| − 1)²/(b + c) with b = before_only, c = after_only, and no
    continuity correction when b = c (R's rule).  Exact: c is binomial
    (b + c, ½) when nothing changed in truth.  With no case changed there
    is nothing to test (R: NaN): ``error`` is "counts.error.no_discordant".

    References
    ----------
    R Core Team, ``mcnemar.test`` and ``binom.test`` (R 4.2.2).  Fagerland,
    M. W., Lydersen, S. & Laake, P. (2013). The McNemar test for binary
    matched-pairs data: mid-p and asymptotic are better than exact
    conditional. BMC Medical Research Methodology 13, 91.

    Examples
    --------
    >>> r = paired_proportions(20, 3, 25, 12)     # 60 requests: on time before and/or after
    >>> r.name, r.discordant, round(r.estimate, 4), r.pvalue < 0.001
    ('mcnemar', 28, 0.3667, True)
    """
    counts = (both, before_only, after_only, neither)
    methods = ("auto", MCNEMAR, MCNEMAR_EXACT)
    name = method if method in (MCNEMAR, MCNEMAR_EXACT) else MCNEMAR_EXACT
    try:
        _options("two-sided", confidence, method, methods)
        a = _whole(both, "both", "cell")
        b = _whole(before_only, "before_only", "cell")
        c = _whole(after_only, "after_only", "cell")
        d = _whole(neither, "neither", "cell")
        if a + b + c + d == 0:
            raise _Bad("counts.error.no_cases", what="cell")
        if b + c == 0:
            raise _Bad("counts.error.no_discordant", what="cell", n=a + b + c + d)
    except _Bad as bad:
        return _invalid(name, PAIRED_PROPORTIONS, bad, counts, "two-sided", confidence, method)
    confidence = float(confidence)
    n = a + b + c + d
    y = abs(c - b) - 1 if b != c else 0
    statistic = y * y / (b + c)
    exact_p, _lo, _hi = binom_test(c, b + c, 0.5, "two-sided", confidence)
    common = dict(estimate=(c - b) / n, rate_before=(a + b) / n, rate_after=(a + c) / n,
                  kind=PAIRED_PROPORTIONS, counts=(a, b, c, d), confidence=confidence, method=method,
                  ci_before=_cp_two_sided(a + b, n, confidence), ci_after=_cp_two_sided(a + c, n, confidence),
                  discordant=b + c)
    tests = {MCNEMAR: _finite(CountTest(MCNEMAR, statistic=statistic, df=1.0,
                                        pvalue=float(special.chdtrc(1, statistic)), **common)),
             MCNEMAR_EXACT: _finite(CountTest(MCNEMAR_EXACT, pvalue=exact_p, **common))}
    if method == "auto":
        chosen = MCNEMAR_EXACT if b + c < DISCORDANT_MIN else MCNEMAR
        reason = "counts.reason.few_discordant" if chosen == MCNEMAR_EXACT else "counts.reason.many_discordant"
    else:
        chosen, reason = method, "counts.reason.user_choice"
    other = MCNEMAR if chosen == MCNEMAR_EXACT else MCNEMAR_EXACT
    params = {"discordant": b + c, "before_only": b, "after_only": c, "test": TEST_LABELS[chosen]}
    return replace(tests[chosen], chosen_reason=reason, reason_params=params,
                   check=replace(tests[other], chosen_reason=reason, reason_params=params))


def describe(kind: str, values: tuple) -> tuple[float, float] | None:
    """(rate before, rate after) of valid counts in the order of the test
    functions' arguments; None when they are not valid input.

    The rates are also there when a test carries no information (no event
    on either side: 0 and 0), for a page to show."""
    try:
        if kind == RATES:
            eb, tb, ea, ta = (_whole(values[0], "before", "events"), _number(values[1], "before", "exposure"),
                              _whole(values[2], "after", "events"), _number(values[3], "after", "exposure"))
            return (eb / tb, ea / ta) if tb > 0 and ta > 0 else None
        if kind == PROPORTIONS:
            xb, nb, xa, na = (_whole(v, "", "") for v in values)
            return (xb / nb, xa / na) if 0 < nb and 0 < na and xb <= nb and xa <= na else None
        if kind == PAIRED_PROPORTIONS:
            a, b, c, d = (_whole(v, "", "") for v in values)
            n = a + b + c + d
            return ((a + b) / n, (a + c) / n) if n else None
    except _Bad:
        return None
    return None
