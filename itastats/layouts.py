"""From a read table and its column roles to the metrics it holds.

CONTRACT (written first so that other modules can be built against it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .problems import Problem

PAIRED = "paired"            # (a) one row per case, a before and an after column
INDEPENDENT = "independent"  # (b) two lists of different length
LONG = "long"                # (c) metric, period (ก่อน/หลัง), value
AGGREGATE = "aggregate"      # (d) metric, unit, before, after (one number each)
LAYOUTS = (PAIRED, INDEPENDENT, LONG, AGGREGATE)


@dataclass(frozen=True)
class MetricData:
    """One metric's numbers, ready for analysis, traceable to their rows.

    ``before`` and ``after`` are float arrays with NaN for missing.  For a
    paired design they are aligned (same length, one element per case).
    ``rows_before`` / ``rows_after`` hold the 1-based Excel row number of each
    element.  ``problems`` lists every cell that was left out and why.
    """
    name: str
    file: str
    sheet: str
    unit: str | None
    design: str                      # "paired" | "independent" | "aggregate"
    before: np.ndarray
    after: np.ndarray
    rows_before: np.ndarray
    rows_after: np.ndarray
    case_ids: tuple[Any, ...] | None = None
    before_column: str | None = None
    after_column: str | None = None
    problems: tuple[Problem, ...] = ()
    lower_is_better: bool | None = None   # time and cost: True; None when unknown
