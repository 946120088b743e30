"""Learning (criterion 5.3.2, "and learned"): pre-test and post-test scores in,
the paired comparison of :mod:`itastats.compare` (through
:func:`itastats.analysis.analyze_metric`, the same R-pinned statistics as 5.4.1),
mean gain, normalised gain and pass rates out.

CONTRACT SKELETON — the dataclass below is fixed (fields may be added with
defaults, never renamed or removed); the functions are to be written.
"""
from __future__ import annotations

from dataclasses import dataclass

from .analysis import MetricResult
from .problems import Problem


@dataclass(frozen=True)
class LearningResult:
    metric: MetricResult              # paired: before = pre-test, after = post-test, one element per person
    n_pre: int                        # people with a pre-test score
    n_post: int
    n_paired: int                     # people with both (the paired test uses these)
    missing_pre: tuple[str, ...]      # names with a post-test score only (left out of the test)
    missing_post: tuple[str, ...]     # names with a pre-test score only
    max_score: float | None           # full marks (user-set, or read from a header "(20 คะแนน)")
    mean_pre: float | None            # of the paired people
    mean_post: float | None
    mean_gain: float | None           # mean_post − mean_pre
    normalized_gain: float | None     # Hake's <g> = (mean_post − mean_pre) / (max_score − mean_pre); None without max_score
    threshold: float | None           # pass mark the user set (same units as the scores)
    passed_pre_pct: float | None      # percent of paired people with pre ≥ threshold
    passed_post_pct: float | None
    files: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
