"""Measured values for a project's KPIs, and whether each target is met.

A KPI (:class:`itastats.criteria.project.KPI`) names where its measured value comes
from: ``"manual"`` (typed in by hand) or the key of a :class:`Source`, a
number some analysis produced.  Each analysis page offers its own sources
the same way:

=====================================  ===================================
key                                    value
=====================================  ===================================
``541:{metric}:pct_reduction``         % reduction, ``−pct_change``
                                       (positive when the value fell)
``541:{metric}:after``                 mean (or single value) after
``541:{metric}:change``                after − before, in the metric's unit
=====================================  ===================================

(later pages add e.g. the participation rate and the satisfaction
percentage).  :func:`merge_sources` puts the lists of all pages together,
one source per key; :func:`evaluate` turns KPIs and sources into
:class:`KPIStatus` rows: measured value, achieved or not, or a message key
saying what to do to get the number.

Nothing here draws or prints: :mod:`itastats.render.scorecard` draws the statuses,
pages turn the message keys into words (:func:`source_label`,
:func:`status_text`).
"""
from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..i18n import fmt
from ..i18n.catalog import t
from .project import KPI, MANUAL

if TYPE_CHECKING:         # the statistics (numpy) are imported by whoever made the results
    from ..stats.analysis import MetricResult

__all__ = [
    "Source", "KPIStatus", "sources_from_results", "merge_sources", "evaluate",
    "source_label", "status_text", "source_key", "SOURCE_541", "KINDS_541", "ACHIEVED",
    "NOT_ACHIEVED", "NO_DATA",
]

SOURCE_541 = "541"
KINDS_541 = ("pct_reduction", "after", "change")

# the three states a KPI can be in, as a scorecard shows them
ACHIEVED = "achieved"
NOT_ACHIEVED = "not_achieved"
NO_DATA = "no_data"



def _finite(x: Any) -> float | None:
    if x is None or isinstance(x, bool) or not isinstance(x, numbers.Real):
        return None
    x = float(x)
    return x if math.isfinite(x) else None


@dataclass(frozen=True)
class Source:
    """One measured number a KPI can point at.

    Attributes
    ----------
    key : str
        Stable identifier saved in the KPI, e.g. ``"541:ระยะเวลาอนุมัติ:pct_reduction"``.
    label_key : str
        Message key of its label; ``params`` fill it in.
    params : Mapping
        E.g. ``{"metric": "ระยะเวลาอนุมัติ"}``.
    value : float or None
        None when it cannot be computed (e.g. a % change from a zero
        before-value); never NaN or infinity.
    unit : str
        ``"%"`` for a percentage, otherwise the metric's unit (may be "").
    """
    key: str
    label_key: str
    params: Mapping[str, Any] = field(default_factory=dict)
    value: float | None = None
    unit: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not self.key:
            raise ValueError("Source.key must be a non-empty string")
        object.__setattr__(self, "params", MappingProxyType(dict(self.params or {})))
        object.__setattr__(self, "value", _finite(self.value))
        object.__setattr__(self, "unit", self.unit or "")


def source_key(metric: str, kind: str) -> str:
    """The key of a 5.4.1 source: ``source_key("ระยะเวลาอนุมัติ", "after")``.

    Raises
    ------
    ValueError
        ``kind`` is not one of :data:`KINDS_541`.
    """
    if kind not in KINDS_541:
        raise ValueError(f"kind must be one of {KINDS_541}, not {kind!r}")
    return f"{SOURCE_541}:{metric}:{kind}"


def _split_541(key: str) -> tuple[str, str] | None:
    """(metric, kind) of a 5.4.1 source key, None for other keys."""
    if not key.startswith(SOURCE_541 + ":"):
        return None
    metric, _, kind = key[len(SOURCE_541) + 1:].rpartition(":")
    if kind not in KINDS_541 or not metric:
        return None
    return metric, kind


def sources_from_results(results: Sequence[MetricResult]) -> list[Source]:
    """The sources a set of 5.4.1 results offers: three per metric.

    Parameters
    ----------
    results : sequence of MetricResult
        The results of the 5.4.1 page (any design, aggregate included).

    Returns
    -------
    list of Source
        For each metric, in order: % reduction (``−pct_change``, unit
        ``"%"``), the value after (the mean after for case data, the single
        number for an aggregate metric) and the change after − before (both
        in the metric's unit).  When two results share a metric name the
        first one is kept.

    Notes
    -----
    % reduction = −(after − before) / \\|before\\| × 100, so a time that fell
    from 7.54 to 2.46 days is a reduction of 67.3 %; a value that rose gives
    a negative reduction.

    Examples
    --------
    >>> [s.key for s in sources_from_results(results)][:1]     # doctest: +SKIP
    ['541:ระยะเวลาอนุมัติ:pct_reduction']
    """
    out: list[Source] = []
    seen: set[str] = set()
    if results:
        from ..stats.analysis import MetricResult
    for r in results:
        if not isinstance(r, MetricResult):
            raise TypeError(f"results must be MetricResult objects, not {type(r).__name__}")
        name = r.name
        if name in seen:
            continue
        seen.add(name)
        unit = r.unit or ""
        pct = _finite(r.pct_change)
        reduction = None if pct is None else 0.0 - pct       # 0.0 - 0.0 is 0.0, never −0.0
        params = {"metric": name}
        out += [
            Source(source_key(name, "pct_reduction"), "kpi.source.541.pct_reduction", params, reduction, "%"),
            Source(source_key(name, "after"), "kpi.source.541.after", params, _finite(r.after_value), unit),
            Source(source_key(name, "change"), "kpi.source.541.change", params, _finite(r.change), unit),
        ]
    return out


SURVEY_PCT = "survey:satisfaction_pct"
SURVEY_MEAN = "survey:overall_mean"


def sources_from_survey(result: Any) -> list[Source]:
    """The sources a 5.4.3 survey offers: the satisfaction percentage
    (overall x̄ / 5 × 100) and the overall mean; none without a result."""
    if result is None:
        return []
    overall = result.overall
    return [Source(SURVEY_PCT, "kpi.src.survey_pct", {}, overall.pct, "%"),
            Source(SURVEY_MEAN, "kpi.src.survey_mean", {}, overall.mean, "")]


def merge_sources(*groups: Iterable[Source]) -> list[Source]:
    """Put the sources of several pages together, one per key.

    A later group's source replaces an earlier one with the same key (the
    newest analysis wins); the order of first appearance is kept.
    """
    merged: dict[str, Source] = {}
    for group in groups:
        for s in group:
            if not isinstance(s, Source):
                raise TypeError(f"sources must be Source objects, not {type(s).__name__}")
            merged[s.key] = s
    return list(merged.values())


@dataclass(frozen=True)
class KPIStatus:
    """Where one KPI stands.

    Attributes
    ----------
    kpi : KPI
    measured : float or None
        The measured value; None when there is none yet (never NaN).
    achieved : bool or None
        ``measured >= target`` (op ``">="``) or ``measured <= target``;
        None when either is missing.
    source : Source or None
        Where the value came from (for a manual KPI, a Source with key
        ``"manual"``); None when the KPI's source is not available.
    error : str or None
        Message key saying why there is no verdict and what to do
        (``"kpi.error.no_data_541"``...); None when ``achieved`` is known.
    params : Mapping
        Parameters of the ``error`` message (``metric``, ``source``).
    """
    kpi: KPI
    measured: float | None
    achieved: bool | None
    source: Source | None
    error: str | None
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def state(self) -> str:
        """:data:`ACHIEVED`, :data:`NOT_ACHIEVED` or :data:`NO_DATA`."""
        if self.achieved is None:
            return NO_DATA
        return ACHIEVED if self.achieved else NOT_ACHIEVED

    @property
    def unit(self) -> str:
        """The KPI's own unit, else its source's."""
        if self.kpi.unit:
            return self.kpi.unit
        return self.source.unit if self.source is not None else ""


# key prefixes of the sources of the other pages (5.4.3 survey, 5.3.2 attendance and learning)
_LATER_PREFIXES = {"survey": "survey", "543": "survey", "attendance": "attendance", "532": "attendance",
                   "learning": "learning"}


def _missing_source(key: str) -> tuple[str, dict[str, Any]]:
    parts = _split_541(key)
    if parts is not None:
        return "kpi.error.no_data_541", {"metric": parts[0]}
    prefix = key.split(":", 1)[0]
    if prefix in _LATER_PREFIXES:
        return f"kpi.error.no_data_{_LATER_PREFIXES[prefix]}", {}
    return "kpi.error.no_data", {"source": key}


def evaluate(kpis: Sequence[KPI], sources: Sequence[Source] | Mapping[str, Source] = ()) -> list[KPIStatus]:
    """Each KPI's measured value and whether its target is met.

    Parameters
    ----------
    kpis : sequence of KPI
    sources : sequence of Source, or a mapping key -> Source
        Everything the analysis pages offer (:func:`merge_sources`); with a
        sequence, a later source with the same key wins.

    Returns
    -------
    list of KPIStatus
        One per KPI, in order.  A manual KPI takes its ``manual_value``; a
        KPI whose source is not (yet) available gets ``measured=None``,
        ``achieved=None`` and an error key saying what to do (upload the
        5.4.1 data, type in the value...).

    Examples
    --------
    >>> from itastats.criteria.project import KPI
    >>> s = Source("541:ระยะเวลาอนุมัติ:pct_reduction", "kpi.source.541.pct_reduction",
    ...            {"metric": "ระยะเวลาอนุมัติ"}, 67.3, "%")
    >>> evaluate([KPI("ลดเวลา", ">=", 50, "%", s.key)], [s])[0].achieved
    True
    """
    if isinstance(sources, Mapping):
        by_key = dict(sources)
    else:
        by_key = {s.key: s for s in merge_sources(sources)}
    out = []
    for kpi in kpis:
        if not isinstance(kpi, KPI):
            raise TypeError(f"kpis must be KPI objects, not {type(kpi).__name__}")
        params: dict[str, Any] = {}
        if kpi.is_manual:
            source = Source(MANUAL, "kpi.source.manual", {}, kpi.manual_value, kpi.unit)
            measured = source.value
            error = None if measured is not None else "kpi.error.no_manual_value"
        else:
            source = by_key.get(kpi.source)
            if source is None:
                error, params = _missing_source(kpi.source)
                measured = None
            else:
                measured = source.value
                error = None
                if measured is None:
                    error, params = "kpi.error.not_computable", dict(source.params)
        achieved = None
        if measured is not None:
            if kpi.target is None:
                error = "kpi.error.no_target"
            else:
                achieved = kpi.met_by(measured)
        out.append(KPIStatus(kpi, measured, achieved, source, error, MappingProxyType(params)))
    return out


def source_label(source: Source | str, lang: str = "th") -> str:
    """A source's label in ``lang``: "ร้อยละที่ลดลงของระยะเวลาอนุมัติ".

    Takes a :class:`Source` or a source key (``"manual"`` or a 5.4.1 key
    built by :func:`source_key`; other keys come back as they are).
    """
    if isinstance(source, Source):
        return t(source.label_key, lang, **dict(source.params))
    if source == MANUAL:
        return t("kpi.source.manual", lang)
    parts = _split_541(source)
    if parts is not None:
        return t(f"kpi.source.541.{parts[1]}", lang, metric=parts[0])
    prefix = source.split(":", 1)[0]
    if prefix in _LATER_PREFIXES:
        return t(f"kpi.source.{_LATER_PREFIXES[prefix]}", lang)
    return source


def value_text(x: float | None, unit: str = "") -> str:
    """"67.30%", "2.46 วัน", "12,000" (plain text, not escaped); "—" for None."""
    if x is None or not math.isfinite(x):
        return fmt.DASH
    text = fmt.smart(x)
    if not unit:
        return text
    return f"{text}{unit}" if unit.strip() == "%" else f"{text} {unit}"


def status_text(status: KPIStatus, lang: str = "th") -> str:
    """The verdict in words: "บรรลุเป้าหมาย", "ยังไม่บรรลุ" or what to do to get the data."""
    if status.achieved is True:
        return t("kpi.status.achieved", lang)
    if status.achieved is False:
        return t("kpi.status.not_achieved", lang)
    return t(status.error or "kpi.error.no_data", lang, **{"source": status.kpi.source, **dict(status.params)})
