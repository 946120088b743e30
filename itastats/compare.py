"""Before/after comparisons pinned to R's t.test and wilcox.test (R 4.2–4.5).

CONTRACT (written first so that other modules can be built against it):
the dataclasses below are the public result types; ``paired`` and
``independent`` are the public functions.  See ../shared/docs/STATISTICS.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

PARAMETRIC = "parametric"
RANK = "rank"


@dataclass(frozen=True)
class TestResult:
    """One significance test.  When it cannot be computed, ``error`` holds a
    message key and every number is None (never NaN or inf)."""
    name: str                      # "paired_t" | "welch_t" | "wilcoxon_signed_rank" | "mann_whitney_u"
    statistic: float | None = None  # t, or R's V / W
    df: float | None = None         # None for rank tests
    pvalue: float | None = None
    estimate: float | None = None   # mean difference, or Hodges–Lehmann shift
    ci_low: float | None = None
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
    error: str | None = None        # no test possible at all (too few values, no change, constant)

    @property
    def headline(self) -> TestResult:
        return self.parametric if self.chosen == PARAMETRIC else self.rank

    @property
    def check(self) -> TestResult:
        return self.rank if self.chosen == PARAMETRIC else self.parametric


def paired(before: Sequence[float], after: Sequence[float], *, method: str = "auto",
           alternative: str = "two-sided", confidence: float = 0.95) -> Comparison:
    raise NotImplementedError


def independent(before: Sequence[float], after: Sequence[float], *, method: str = "auto",
                alternative: str = "two-sided", confidence: float = 0.95) -> Comparison:
    raise NotImplementedError
