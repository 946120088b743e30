"""Small builders shared by tests: results made directly from the dataclasses."""
from __future__ import annotations

import numpy as np

from itastats.stats.analysis import MetricResult
from itastats.stats.compare import Comparison, TestResult
from itastats.read.layouts import MetricData


def metric(name="ระยะเวลาอนุมัติ", unit="วัน", design="paired", before=(1.0,), after=(1.0,),
           lower_is_better=True, **kw) -> MetricData:
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    return MetricData(name=name, file="f.xlsx", sheet="S", unit=unit, design=design,
                      before=before, after=after,
                      rows_before=np.arange(2, 2 + len(before)),
                      rows_after=np.arange(2, 2 + len(after)),
                      lower_is_better=lower_is_better, **kw)


def comparison(*, design="paired", mean_before=7.54, mean_after=2.48, chosen="parametric",
               parametric=None, rank=None, error=None, reason="reason.large_sample",
               reason_params=None, n=28) -> Comparison:
    change = mean_after - mean_before
    return Comparison(
        design=design, n_before=n, n_after=n, n_dropped=0, dropped=(),
        mean_before=mean_before, mean_after=mean_after, median_before=mean_before,
        median_after=mean_after, sd_before=1.0, sd_after=1.0, change=change,
        pct_change=change / mean_before * 100,
        parametric=parametric or TestResult("paired_t", statistic=-15.87, df=27, pvalue=1e-14),
        rank=rank or TestResult("wilcoxon_signed_rank", statistic=0, pvalue=4e-6, exact=False),
        chosen=chosen, reason=reason, reason_params=reason_params or {}, error=error)


def result(m: MetricData, c: Comparison | None) -> MetricResult:
    if c is None:
        b, a = float(m.before[0]), float(m.after[0])
        return MetricResult(m, None, b, a, a - b, (a - b) / b * 100)
    return MetricResult(m, c, c.mean_before, c.mean_after, c.change, c.pct_change)
