"""Satisfaction surveys (criterion 5.4.3).

CONTRACT (written first so that figures, exports and the page can be built
against it; the analysis fills in the functions). See STATISTICS.md,
"Satisfaction surveys".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .problems import Problem

BEST = "best"   # Best (1977): equal class intervals of 0.80 (default)
HALF = "half"   # 4.51-5.00 / 3.51-4.50 / 2.51-3.50 / 1.51-2.50 / 1.00-1.50
CRITERIA = (BEST, HALF)

# column roles
TIMESTAMP, META, PROFILE, ITEM, OPEN, IGNORE = "timestamp", "meta", "profile", "item", "open", "ignore"
ROLES = (TIMESTAMP, META, PROFILE, ITEM, OPEN, IGNORE)


@dataclass(frozen=True)
class ItemStat:
    """One Likert item. ``level`` is 1..5 (5 = มากที่สุด) under the chosen
    criteria; ``counts``/``distribution`` run from scale point 1 to 5."""
    name: str                         # the item's text as shown in the table
    column: str                       # the column it came from
    dimension: str | None             # ด้าน…, or None
    number: str | None                # "1.1" when the form numbered it
    n: int
    mean: float | None
    sd: float | None                  # n − 1 denominator
    level: int | None
    counts: tuple[int, ...] = ()
    distribution: tuple[float, ...] = ()   # percent of n at each scale point
    top2_pct: float | None = None          # percent of 4–5 answers


@dataclass(frozen=True)
class DimensionStat:
    name: str
    items: tuple[str, ...]            # item names
    n: int                            # respondents with at least one answer in the dimension
    mean: float | None                # mean of the respondents' dimension means
    sd: float | None
    level: int | None


@dataclass(frozen=True)
class Overall:
    n: int
    mean: float | None
    sd: float | None
    level: int | None
    pct: float | None                 # mean / 5 × 100


@dataclass(frozen=True)
class Alpha:
    value: float | None
    n_used: int                       # complete rows
    k: int                            # items
    error: str | None = None          # message key when it cannot be computed


@dataclass(frozen=True)
class ProfileTable:
    question: str
    rows: tuple[tuple[str, int, float], ...]   # (answer, count, percent)
    n: int


@dataclass(frozen=True)
class GroupComparison:
    by: str                                    # the profile question
    groups: tuple[tuple[str, int, float], ...]  # (group, n, mean of the overall score)
    test: str | None                           # "mann_whitney_u" | "kruskal_wallis"
    statistic: float | None = None
    df: float | None = None
    pvalue: float | None = None
    error: str | None = None


@dataclass(frozen=True)
class OpenAnswers:
    question: str
    answers: tuple[str, ...]          # non-blank answers, as typed (plain text, never rendered)


@dataclass(frozen=True)
class SurveyResult:
    respondents: int
    scale: int                        # points of the Likert scale (5)
    criteria: str                     # BEST | HALF
    items: tuple[ItemStat, ...]
    dimensions: tuple[DimensionStat, ...]
    overall: Overall
    alpha: Alpha
    profile: tuple[ProfileTable, ...] = ()
    comparisons: tuple[GroupComparison, ...] = ()
    open_answers: tuple[OpenAnswers, ...] = ()
    unknown_words: tuple[tuple[str, str, int], ...] = ()   # (column, word, count): for the user to map
    roles: Mapping[str, str] = field(default_factory=dict)  # column -> role as used
    problems: tuple[Problem, ...] = ()
    file: str | None = None
    sheet: str | None = None
