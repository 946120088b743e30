"""One metric in, one result out: the comparison and what surrounds it.

CONTRACT (written first so that figures and pages can be built against it).
"""
from __future__ import annotations

from dataclasses import dataclass

from .compare import Comparison
from .layouts import MetricData
from .problems import Problem


@dataclass(frozen=True)
class MetricResult:
    metric: MetricData
    comparison: Comparison | None      # None for an aggregate metric (one number each side)
    before_value: float | None         # mean before (the single number for aggregate)
    after_value: float | None
    change: float | None               # after − before
    pct_change: float | None
    dropped: tuple[Problem, ...] = ()  # every row left out, with its Excel row number and why

    @property
    def design(self) -> str:
        return self.metric.design

    @property
    def name(self) -> str:
        return self.metric.name

    @property
    def unit(self) -> str | None:
        return self.metric.unit
