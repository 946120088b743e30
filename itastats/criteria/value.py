"""Value for money (คุ้มค่า) and savings (ประหยัด) for criterion 5.4.1.

Numbers only: metric results and a few user inputs in, a frozen
:class:`ValueResult` out.  Every derived figure is a :class:`ValueItem` that
carries its formula (a message key), its inputs (label key, value, unit key)
and a language-neutral arithmetic expression, so a page can print, next to the
figure, exactly what an assessor needs to redo it by hand::

    ชั่วโมงที่ประหยัดได้ต่อปี = เวลาที่ลดลงต่อเรื่อง × จำนวนเรื่องต่อปี
    0.5472 × 2,400 = 1,313.28 ชั่วโมง/ปี

Conventions (../shared/docs/STATISTICS.md, "Value for money and savings"):

* time saved per case = mean before − mean after, turned into hours
  (minutes ÷ 60, seconds ÷ 3,600, hours × 1, days × working hours a day);
* hours saved per year = time saved per case × cases per year;
  value of the time saved = hours saved per year × staff cost per hour;
* savings per year = (cost before − cost after) per case × cases per year,
  or, for a metric that already is baht a year (unit "บาท/ปี", or a name
  saying ต่อปี), cost before − cost after, not multiplied again;
  baht a month is multiplied by 12;
* yearly benefit = value of time saved + savings per year;
  benefit-cost ratio = yearly benefit ÷ project cost;
  ROI = (yearly benefit − project cost) ÷ project cost × 100;
  payback = project cost ÷ yearly benefit (years; × 12 for months).

A figure that cannot be computed (a missing or non-positive input, a unit
that is not understood, no benefit to pay the cost back) is ``None`` with an
``error`` message key; no figure is ever NaN or infinite.

Rounding: every number is rounded as it is printed (2 decimals; 4 decimals
below 1) *before* it goes into the next figure, as an accountant carries
figures from line to line.  So each line can be redone exactly with a
calculator from the numbers printed on the lines before it; the difference
from unrounded arithmetic is far below what matters for an estimate.
"""
from __future__ import annotations

import math
import numbers
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..i18n import fmt
from ..stats.analysis import MetricResult
from ..read.problems import INFO, Problem

__all__ = [
    "AUTO", "SECONDS", "MINUTES", "HOURS", "DAYS", "TIME_UNITS",
    "PER_CASE", "PER_MONTH", "PER_YEAR", "BASES",
    "ValueInputs", "ValueItem", "ValueResult",
    "time_unit", "is_currency", "basis", "metric_unit", "hours_per_unit",
    "guess_metrics", "compute", "for_project", "worked", "split_years_months", "payback_text",
]

AUTO = "auto"  # ValueInputs.from_project: guess the metric from the results

SECONDS, MINUTES, HOURS, DAYS = "seconds", "minutes", "hours", "days"
TIME_UNITS = (SECONDS, MINUTES, HOURS, DAYS)
PER_CASE, PER_MONTH, PER_YEAR = "per_case", "per_month", "per_year"
BASES = (PER_CASE, PER_MONTH, PER_YEAR)

MINUTES_PER_HOUR = 60.0
SECONDS_PER_HOUR = 3600.0
MONTHS_PER_YEAR = 12.0

# unit words, compared after _normalise (lower case, no dots, no spaces)
_TIME_WORDS: dict[str, tuple[str, ...]] = {
    SECONDS: ("วินาที", "second", "seconds", "sec", "secs", "s"),
    MINUTES: ("นาที", "minute", "minutes", "min", "mins"),
    HOURS: ("ชั่วโมง", "ชม", "ชั่วโมงทำงาน", "hour", "hours", "hr", "hrs", "h"),
    DAYS: ("วัน", "วันทำการ", "day", "days", "workingday", "workingdays",
           "businessday", "businessdays", "d"),
}
_WORD_TO_TIME = {w: kind for kind, words in _TIME_WORDS.items() for w in words}
_CURRENCY_WORDS = frozenset({"บาท", "บ", "baht", "thb", "฿", "bht"})
_YEAR_WORDS = frozenset({"ปี", "ปีงบประมาณ", "year", "years", "yr", "yrs", "annum", "y"})
_MONTH_WORDS = frozenset({"เดือน", "month", "months", "mo", "mth"})

_PER_SPLIT = re.compile(r"\s*(?:/|ต่อ|\bper\b|\ba\b)\s*", re.IGNORECASE)
_NAME_YEAR = re.compile(r"ต่อ\s*ปี|/\s*ปี|รายปี|ทั้งปี|ปีละ|\bper\s+(?:year|annum)\b|/\s*(?:year|yr)\b|"
                        r"\bannual(?:ly)?\b|\byearly\b|\ba\s+year\b", re.IGNORECASE)
_NAME_MONTH = re.compile(r"ต่อ\s*เดือน|/\s*เดือน|รายเดือน|เดือนละ|\bper\s+month\b|/\s*month\b|"
                         r"\bmonthly\b|\ba\s+month\b", re.IGNORECASE)
_NAME_UNIT = re.compile(r"\(([^()]*)\)\s*$")


# --------------------------------------------------------------------------- inputs
def _check_number(name: str, x: Any) -> float | None:
    """``x`` as a float, or None when it is missing, NaN or infinite.

    Raises
    ------
    TypeError
        When ``x`` is not a real number (a string, a bool...).
    """
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        raise TypeError(f"{name} must be a number or None, not {type(x).__name__}")
    x = float(x)
    return x if math.isfinite(x) else None


def _or_default(x: Any, default: float) -> Any:
    return default if x is None else x


@dataclass(frozen=True)
class ValueInputs:
    """What the user types (or the project profile supplies).

    Parameters
    ----------
    cases_per_year : float or None
        Cases (documents, requests) handled a year.
    staff_cost_per_hour : float or None
        Staff cost in baht an hour.
    project_cost : float or None
        The whole project's cost in baht.
    hours_per_day : float, default 7.0
        Working hours in a day; turns a time in days into hours.
    time_metric, cost_metric : str or None
        The name of the metric (:attr:`MetricResult.name`) that measures time
        per case and cost (baht); None when there is none.

    Zero, negative, NaN or missing numbers are accepted here (NaN and inf
    are stored as None): every figure that depends on one is reported as None
    with an error key.  A value that
    is not a number at all raises ``TypeError``.
    """
    cases_per_year: float | None = None
    staff_cost_per_hour: float | None = None
    project_cost: float | None = None
    hours_per_day: float = 7.0
    time_metric: str | None = None
    cost_metric: str | None = None

    def __post_init__(self) -> None:
        for name in ("cases_per_year", "staff_cost_per_hour", "project_cost", "hours_per_day"):
            object.__setattr__(self, name, _check_number(name, getattr(self, name)))
        for name in ("time_metric", "cost_metric"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be a metric name (str) or None")

    @classmethod
    def from_project(cls, project: Any, results: Sequence[MetricResult] = (), *,
                     time_metric: str | None = AUTO, cost_metric: str | None = AUTO,
                     **overrides: Any) -> "ValueInputs":
        """Defaults from a :class:`~itastats.criteria.project.ProjectInfo`.

        Parameters
        ----------
        project : ProjectInfo or None
            Supplies cases_per_year, staff_cost_per_hour, project_cost and
            hours_per_day.
        results : sequence of MetricResult
            Used to guess the time and cost metrics when they are ``AUTO``.
        time_metric, cost_metric : str, None or AUTO
            A metric name, None for none, or AUTO to guess with
            :func:`guess_metrics`.
        **overrides
            Any field of :class:`ValueInputs`, overriding the project's value.

        Examples
        --------
        >>> from itastats.criteria.project import ProjectInfo
        >>> ValueInputs.from_project(ProjectInfo(cases_per_year=2400)).cases_per_year
        2400.0
        """
        guessed_time, guessed_cost = guess_metrics(results) if results else (None, None)
        values: dict[str, Any] = {
            "cases_per_year": getattr(project, "cases_per_year", None),
            "staff_cost_per_hour": getattr(project, "staff_cost_per_hour", None),
            "project_cost": getattr(project, "project_cost", None),
            "hours_per_day": _or_default(getattr(project, "hours_per_day", None), 7.0),
            "time_metric": guessed_time if time_metric == AUTO else time_metric,
            "cost_metric": guessed_cost if cost_metric == AUTO else cost_metric,
        }
        unknown = set(overrides) - set(values)
        if unknown:
            raise TypeError(f"unknown ValueInputs field(s): {', '.join(sorted(unknown))}")
        values.update(overrides)
        return cls(**values)


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class ValueItem:
    """One derived figure with everything needed to redo it by hand.

    Attributes
    ----------
    key : str
        Message key of the figure's label, e.g. ``"value.item.roi"``.
    value : float or None
        None when it cannot be computed (then ``error`` says why).
    unit_key : str
        Message key of the unit (``"value.unit.baht_per_year"``...).
    formula_key : str
        Message key of the formula in words.
    inputs : tuple of (label_key, value, unit_key)
        The numbers that go into the formula, in the order of ``expression``.
    expression : str
        The arithmetic with ``{0}``, ``{1}``... standing for the inputs,
        e.g. ``"({0} − {1}) ÷ {2}"``; see :func:`worked`.
    error : str or None
        Message key saying why ``value`` is None.
    params : mapping
        Parameters for the label, formula, input and error texts (``metric``,
        ``unit``...).
    """
    key: str
    value: float | None
    unit_key: str
    formula_key: str
    inputs: tuple[tuple[str, float | None, str], ...] = ()
    expression: str = ""
    error: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The short name: ``"value.item.roi"`` -> ``"roi"``."""
        return self.key.rsplit(".", 1)[-1]

    @property
    def ok(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["params"] = dict(self.params)
        data["inputs"] = [list(i) for i in self.inputs]
        return data


@dataclass(frozen=True)
class ValueResult:
    """Value for money and savings of one project.

    The headline numbers are attributes (None when not computable); ``items``
    holds every figure in reading order with its formula and inputs; ``notes``
    holds cautions for the reader (:class:`~itastats.read.problems.Problem` with
    severity ``"info"`` or ``"warning"``).
    """
    inputs: ValueInputs
    items: tuple[ValueItem, ...]
    time_metric: str | None = None
    cost_metric: str | None = None
    time_unit: str | None = None        # seconds | minutes | hours | days
    time_basis: str | None = None       # per_case | per_month | per_year
    cost_basis: str | None = None
    time_saved_per_case_hours: float | None = None
    hours_saved_per_year: float | None = None
    time_value_per_year: float | None = None
    cost_saved_per_case: float | None = None
    savings_per_year: float | None = None
    yearly_benefit: float | None = None
    benefit_cost_ratio: float | None = None
    roi_pct: float | None = None
    payback_years: float | None = None
    payback_months: float | None = None
    notes: tuple[Problem, ...] = ()

    def item(self, name: str) -> ValueItem | None:
        """The item called ``name`` (short name or full key), or None."""
        for it in self.items:
            if it.key == name or it.name == name:
                return it
        return None

    @property
    def errors(self) -> tuple[tuple[str, str], ...]:
        """(item key, error key) for every figure that could not be computed."""
        return tuple((it.key, it.error) for it in self.items if it.error)

    def to_dict(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in (
            "time_metric", "cost_metric", "time_unit", "time_basis", "cost_basis",
            "time_saved_per_case_hours", "hours_saved_per_year", "time_value_per_year",
            "cost_saved_per_case", "savings_per_year", "yearly_benefit",
            "benefit_cost_ratio", "roi_pct", "payback_years", "payback_months")}
        data["inputs"] = asdict(self.inputs)
        data["items"] = [it.to_dict() for it in self.items]
        data["notes"] = [n.to_dict() for n in self.notes]
        return data

    def __str__(self) -> str:
        lines = ["ValueResult"]
        for it in self.items:
            shown = fmt.num(it.value) if it.value is not None else f"— ({it.error})"
            lines.append(f"  {it.name}: {shown}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- units
def _normalise(word: str) -> str:
    word = word.strip().strip("()[]").lower()
    return re.sub(r"[\s.]+", "", word)


def _split_unit(unit: str | None) -> tuple[str, str]:
    """"บาท/ปี" -> ("บาท", "ปี"); "นาที" -> ("นาที", "")."""
    if not unit:
        return "", ""
    parts = _PER_SPLIT.split(unit.strip(), maxsplit=1)
    base = _normalise(parts[0])
    per = _normalise(parts[1]) if len(parts) > 1 else ""
    return base, per


def metric_unit(result: MetricResult) -> str | None:
    """The metric's unit, or the one in brackets at the end of its name."""
    unit = result.unit
    if unit and str(unit).strip():
        return str(unit).strip()
    match = _NAME_UNIT.search(result.name or "")
    return match.group(1).strip() if match else None


def time_unit(unit: str | None) -> str | None:
    """The kind of a time unit: ``"seconds"``, ``"minutes"``, ``"hours"``,
    ``"days"``, or None when ``unit`` is not a time unit we know.

    Thai and English words are recognised, with or without a "per ..."
    part: "นาที", "นาที/เรื่อง", "ชม.", "hours", "วันทำการ", "days".

    Examples
    --------
    >>> time_unit("นาที/ราย"), time_unit("ชม."), time_unit("Days"), time_unit("แผ่น")
    ('minutes', 'hours', 'days', None)
    """
    base, _ = _split_unit(unit)
    return _WORD_TO_TIME.get(base)


def is_currency(unit: str | None) -> bool:
    """True when ``unit`` is baht ("บาท", "baht", "THB", "฿", "บาท/ปี"...)."""
    base, _ = _split_unit(unit)
    return base in _CURRENCY_WORDS


def basis(unit: str | None, name: str | None = None) -> str:
    """Per what the metric is counted: ``"per_case"``, ``"per_month"`` or
    ``"per_year"``.

    The unit decides first ("บาท/ปี", "baht per month", "ชั่วโมง/ปี"), then
    the metric's name ("ค่าใช้จ่ายต่อปี", "annual cost", "รายเดือน");
    otherwise the metric is per case.

    Examples
    --------
    >>> basis("บาท/ปี"), basis("บาท", "ค่าใช้จ่ายต่อปี"), basis("บาท", "ค่าใช้จ่ายต่อเอกสาร")
    ('per_year', 'per_year', 'per_case')
    """
    _, per = _split_unit(unit)
    if per:
        if per in _YEAR_WORDS:
            return PER_YEAR
        if per in _MONTH_WORDS:
            return PER_MONTH
        return PER_CASE
    text = name or ""
    if _NAME_YEAR.search(text):
        return PER_YEAR
    if _NAME_MONTH.search(text):
        return PER_MONTH
    return PER_CASE


def hours_per_unit(kind: str, hours_per_day: float = 7.0) -> float:
    """How many hours one ``kind`` unit is (days use ``hours_per_day``).

    Raises
    ------
    ValueError
        For an unknown kind or a non-positive ``hours_per_day``.
    """
    if kind == SECONDS:
        return 1.0 / SECONDS_PER_HOUR
    if kind == MINUTES:
        return 1.0 / MINUTES_PER_HOUR
    if kind == HOURS:
        return 1.0
    if kind == DAYS:
        if not _usable(hours_per_day) or not 0 < hours_per_day <= 24:
            raise ValueError("hours_per_day must be in (0, 24]")
        return float(hours_per_day)
    raise ValueError(f"unknown time unit kind {kind!r}")


# --------------------------------------------------------------------------- guessing
def _finite(x: Any) -> float | None:
    if x is None or isinstance(x, bool):
        return None
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _usable(x: Any) -> bool:
    return _finite(x) is not None


def _has_change(result: MetricResult) -> bool:
    return _finite(result.change) is not None or (
        _finite(result.before_value) is not None and _finite(result.after_value) is not None)


def guess_metrics(results: Iterable[MetricResult]) -> tuple[str | None, str | None]:
    """Pick the time metric and the cost metric by their units.

    Time: a metric in seconds, minutes, hours or days.  Staff working time
    (minutes, hours) is preferred to days, which usually measure elapsed
    waiting time; then case-level data to an aggregate; then per-case figures;
    then file order.
    Cost: a metric in baht.  Per case first, then per year, then per month;
    case-level data before an aggregate; then file order.
    Metrics without a before and after value are skipped.

    Returns
    -------
    (time_metric_name or None, cost_metric_name or None)
    """
    time_best: tuple | None = None
    cost_best: tuple | None = None
    basis_rank = {PER_CASE: 0, PER_YEAR: 1, PER_MONTH: 2}
    for index, result in enumerate(results):
        if not _has_change(result):
            continue
        unit = metric_unit(result)
        aggregate = 1 if result.design == "aggregate" else 0
        kind = time_unit(unit)
        b = basis(unit, result.name)
        if kind is not None:
            score = (1 if kind == DAYS else 0, aggregate, basis_rank[b], index)
            if time_best is None or score < time_best[0]:
                time_best = (score, result.name)
        elif is_currency(unit):
            score = (basis_rank[b], aggregate, index)
            if cost_best is None or score < cost_best[0]:
                cost_best = (score, result.name)
    return (time_best[1] if time_best else None, cost_best[1] if cost_best else None)


# --------------------------------------------------------------------------- compute
def _find(results: Sequence[MetricResult], name: str) -> MetricResult | None:
    for result in results:
        if result.name == name:
            return result
    return None


def _shown(x: Any) -> float | None:
    """``x`` rounded as it is printed: 2 decimals, 4 below 1 (see :func:`worked`)."""
    x = _finite(x)
    if x is None:
        return None
    return round(x, 4) if abs(x) < 1 else round(x, 2)


def _before_after(result: MetricResult) -> tuple[float | None, float | None, float | None]:
    """(before, after, saved = before − after) as printed, each None when unusable."""
    before, after = _shown(result.before_value), _shown(result.after_value)
    if before is not None and after is not None:
        return before, after, before - after
    change = _shown(result.change)
    return before, after, (-change if change is not None else None)


def _positive(x: float | None) -> float | None:
    x = _finite(x)
    return x if x is not None and x > 0 else None


class _Builder:
    """Collects items and notes while :func:`compute` runs."""

    def __init__(self) -> None:
        self.items: list[ValueItem] = []
        self.notes: list[Problem] = []

    def add(self, name: str, value: float | None, unit_key: str, formula_key: str,
            inputs: Sequence[tuple[str, float | None, str]] = (), expression: str = "",
            error: str | None = None, **params: Any) -> float | None:
        value = _shown(value) if error is None else None
        if value is None and error is None:
            error = "value.error.not_finite"
        item = ValueItem(key=f"value.item.{name}", value=value, unit_key=unit_key,
                         formula_key=formula_key,
                         inputs=tuple((k, _shown(v), u) for k, v, u in inputs),
                         expression=expression, error=error, params=dict(params))
        self.items.append(item)
        return value

    def note(self, key: str, severity: str = INFO, **params: Any) -> None:
        self.notes.append(Problem(key=key, params=dict(params), severity=severity))


def _significance_notes(b: _Builder, result: MetricResult) -> None:
    if result.design == "aggregate":
        b.note("value.note.aggregate_no_test", metric=result.name)
        return
    if result.comparison is None:
        return
    headline = result.comparison.headline
    p = _finite(headline.pvalue)
    if p is not None and p >= 0.05:
        b.note("value.note.not_significant", "warning", metric=result.name, p=fmt.p_value(p))


def _time_part(b: _Builder, result: MetricResult | None, inputs: ValueInputs,
               error: str | None, params: dict[str, Any]) -> dict[str, Any]:
    """Items time_saved_per_case, hours_saved_per_year, time_value_per_year."""
    out: dict[str, Any] = {"time_unit": None, "time_basis": None, "time_saved_per_case_hours": None,
                           "hours_saved_per_year": None, "time_value_per_year": None}
    cases = _positive(_shown(inputs.cases_per_year))
    staff = _positive(_shown(inputs.staff_cost_per_hour))
    kind = b_ = None
    if error is None:
        unit = metric_unit(result)
        kind = time_unit(unit)
        params["unit"] = unit or ""
        if kind is None:
            error = "value.error.unknown_time_unit" if unit else "value.error.no_time_unit"
        else:
            b_ = basis(unit, result.name)
            out["time_unit"], out["time_basis"] = kind, b_
    if error is not None:
        for name, unit_key in (("time_saved_per_case", "value.unit.hours_per_case"),
                               ("hours_saved_per_year", "value.unit.hours_per_year"),
                               ("time_value_per_year", "value.unit.baht_per_year")):
            b.add(name, None, unit_key, f"value.formula.{name}", error=error, **params)
        return out

    before, after, saved = _before_after(result)
    in_unit = f"value.unit.{kind}_{b_}"
    base_inputs = [("value.input.time_before", before, in_unit),
                   ("value.input.time_after", after, in_unit)]
    if kind == HOURS:
        factor, factor_input, op = 1.0, None, ""
    elif kind == DAYS:
        hpd = _shown(inputs.hours_per_day)
        if hpd is None or not 0 < hpd <= 24:
            factor = None
        else:
            factor = hpd
        factor_input, op = ("value.input.hours_per_day", hpd, "value.unit.hours_per_day"), " × {2}"
    elif kind == MINUTES:
        factor = 1.0 / MINUTES_PER_HOUR
        factor_input, op = ("value.input.minutes_per_hour", MINUTES_PER_HOUR,
                            "value.unit.minutes_per_hour"), " ÷ {2}"
    else:
        factor = 1.0 / SECONDS_PER_HOUR
        factor_input, op = ("value.input.seconds_per_hour", SECONDS_PER_HOUR,
                            "value.unit.seconds_per_hour"), " ÷ {2}"
    conv_inputs = base_inputs + ([factor_input] if factor_input else [])
    conv_expr = "{0} − {1}" if not op else "({0} − {1})" + op
    conv_error = None
    if saved is None:
        conv_error = "value.error.no_change"
    elif factor is None:
        conv_error = "value.error.hours_per_day"

    if saved is not None and saved < 0:
        b.note("value.note.time_increased", "warning", metric=result.name)
    if kind == DAYS:
        b.note("value.note.days_elapsed", metric=result.name)
    _significance_notes(b, result)

    if b_ == PER_CASE:
        per_case = b.add("time_saved_per_case",
                         saved * factor if conv_error is None else None,
                         "value.unit.hours_per_case", f"value.formula.time_saved_per_case.{kind}",
                         conv_inputs, conv_expr, conv_error, **params)
        out["time_saved_per_case_hours"] = per_case
        if per_case is None:
            err = conv_error or "value.error.not_finite"
        else:
            err = None if cases is not None else "value.error.cases_per_year"
        hours = b.add("hours_saved_per_year", per_case * cases if err is None else None,
                      "value.unit.hours_per_year", "value.formula.hours_saved_per_year.per_case",
                      [("value.item.time_saved_per_case", per_case, "value.unit.hours_per_case"),
                       ("value.input.cases_per_year", inputs.cases_per_year, "value.unit.cases_per_year")],
                      "{0} × {1}", err, **params)
    else:
        k = len(conv_inputs)
        expr = conv_expr
        hours_inputs = list(conv_inputs)
        multiplier = 1.0
        if b_ == PER_MONTH:
            hours_inputs.append(("value.input.months_per_year", MONTHS_PER_YEAR, "value.unit.months_per_year"))
            # left to right: ((before − after) ÷ 60) × 12; hours need brackets
            expr = (conv_expr if op else "({0} − {1})") + f" × {{{k}}}"
            multiplier = MONTHS_PER_YEAR
        hours = b.add("hours_saved_per_year",
                      saved * factor * multiplier if conv_error is None else None,
                      "value.unit.hours_per_year", f"value.formula.hours_saved_per_year.{b_}.{kind}",
                      hours_inputs, expr, conv_error, **params)
    out["hours_saved_per_year"] = hours

    if hours is None:
        err = next(it.error for it in reversed(b.items) if it.name == "hours_saved_per_year")
    else:
        err = None if staff is not None else "value.error.staff_cost_per_hour"
    out["time_value_per_year"] = b.add(
        "time_value_per_year", hours * staff if err is None else None,
        "value.unit.baht_per_year", "value.formula.time_value_per_year",
        [("value.item.hours_saved_per_year", hours, "value.unit.hours_per_year"),
         ("value.input.staff_cost_per_hour", inputs.staff_cost_per_hour, "value.unit.baht_per_hour")],
        "{0} × {1}", err, **params)
    return out


def _cost_part(b: _Builder, result: MetricResult | None, inputs: ValueInputs,
               error: str | None, params: dict[str, Any]) -> dict[str, Any]:
    """Items cost_saved_per_case (per-case costs only) and savings_per_year."""
    out: dict[str, Any] = {"cost_basis": None, "cost_saved_per_case": None, "savings_per_year": None}
    cases = _positive(_shown(inputs.cases_per_year))
    b_ = None
    if error is None:
        unit = metric_unit(result)
        params["unit"] = unit or ""
        if not is_currency(unit):
            error = "value.error.not_baht"
        else:
            b_ = basis(unit, result.name)
            out["cost_basis"] = b_
    if error is not None:
        b.add("savings_per_year", None, "value.unit.baht_per_year",
              "value.formula.savings_per_year.per_case", error=error, **params)
        return out

    before, after, saved = _before_after(result)
    in_unit = f"value.unit.baht_{b_}"
    base_inputs = [("value.input.cost_before", before, in_unit),
                   ("value.input.cost_after", after, in_unit)]
    no_change = "value.error.no_change" if saved is None else None
    if saved is not None and saved < 0:
        b.note("value.note.cost_increased", "warning", metric=result.name)
    _significance_notes(b, result)

    if b_ == PER_CASE:
        per_case = b.add("cost_saved_per_case", saved, "value.unit.baht_per_case",
                         "value.formula.cost_saved_per_case", base_inputs, "{0} − {1}",
                         no_change, **params)
        out["cost_saved_per_case"] = per_case
        err = no_change or (None if cases is not None else "value.error.cases_per_year")
        out["savings_per_year"] = b.add(
            "savings_per_year", per_case * cases if err is None else None,
            "value.unit.baht_per_year", "value.formula.savings_per_year.per_case",
            [("value.item.cost_saved_per_case", per_case, "value.unit.baht_per_case"),
             ("value.input.cases_per_year", inputs.cases_per_year, "value.unit.cases_per_year")],
            "{0} × {1}", err, **params)
    elif b_ == PER_MONTH:
        out["savings_per_year"] = b.add(
            "savings_per_year", saved * MONTHS_PER_YEAR if no_change is None else None,
            "value.unit.baht_per_year", "value.formula.savings_per_year.per_month",
            base_inputs + [("value.input.months_per_year", MONTHS_PER_YEAR, "value.unit.months_per_year")],
            "({0} − {1}) × {2}", no_change, **params)
    else:
        out["savings_per_year"] = b.add(
            "savings_per_year", saved, "value.unit.baht_per_year",
            "value.formula.savings_per_year.per_year", base_inputs, "{0} − {1}",
            no_change, **params)
    return out


def _metric_error(results: Sequence[MetricResult], name: str | None,
                  missing_key: str) -> tuple[MetricResult | None, str | None]:
    if name is None:
        return None, missing_key
    result = _find(results, name)
    if result is None:
        return None, "value.error.metric_not_found"
    return result, None


def compute(results: Sequence[MetricResult], inputs: ValueInputs) -> ValueResult:
    """Value of the time saved, savings, benefit-cost ratio, ROI and payback.

    Parameters
    ----------
    results : sequence of MetricResult
        The project's metrics; the time and cost metrics are looked up by
        ``inputs.time_metric`` / ``inputs.cost_metric`` (first match by name).
    inputs : ValueInputs
        Cases per year, staff cost per hour, project cost, working hours a day
        and the chosen metrics.

    Returns
    -------
    ValueResult
        Every figure with its formula and inputs; figures that cannot be
        computed are None with an error key, never NaN or inf.

    Notes
    -----
    With t = time saved per case in hours, n = cases per year, w = staff cost
    per hour, s = savings per year, C = project cost::

        hours a year  H = t × n          value of time  V = H × w
        benefit       B = V + s          B/C ratio      = B ÷ C
        ROI           = (B − C) ÷ C × 100 %
        payback       = C ÷ B years (only when B > 0)

    When only one of V and s can be computed, B is that one, and a note says
    so.

    Examples
    --------
    >>> import numpy as np
    >>> from itastats.read.layouts import MetricData
    >>> from itastats.stats.analysis import MetricResult
    >>> md = MetricData("เวลาให้บริการ", "f.csv", "", "นาที", "independent",
    ...                 np.array([45.0]), np.array([15.0]), np.array([2]), np.array([2]))
    >>> r = MetricResult(md, None, 45.0, 15.0, -30.0, -66.67)
    >>> v = compute([r], ValueInputs(2400, 250, 150000, time_metric="เวลาให้บริการ"))
    >>> v.hours_saved_per_year, v.time_value_per_year, v.benefit_cost_ratio
    (1200.0, 300000.0, 2.0)
    """
    if not isinstance(inputs, ValueInputs):
        raise TypeError("inputs must be a ValueInputs")
    results = list(results)
    for r in results:
        if not isinstance(r, MetricResult):
            raise TypeError(f"results must hold MetricResult objects, not {type(r).__name__}")

    b = _Builder()
    time_result, time_error = _metric_error(results, inputs.time_metric, "value.error.no_time_metric")
    cost_result, cost_error = _metric_error(results, inputs.cost_metric, "value.error.no_cost_metric")
    time_params = {"metric": inputs.time_metric or ""}
    cost_params = {"metric": inputs.cost_metric or ""}
    time = _time_part(b, time_result, inputs, time_error, time_params)
    cost = _cost_part(b, cost_result, inputs, cost_error, cost_params)

    # ---- yearly benefit
    tv, sv = time["time_value_per_year"], cost["savings_per_year"]
    tv_in = ("value.item.time_value_per_year", tv, "value.unit.baht_per_year")
    sv_in = ("value.item.savings_per_year", sv, "value.unit.baht_per_year")
    if tv is not None and sv is not None:
        benefit = b.add("yearly_benefit", tv + sv, "value.unit.baht_per_year",
                        "value.formula.yearly_benefit.both", [tv_in, sv_in], "{0} + {1}")
    elif tv is not None:
        benefit = b.add("yearly_benefit", tv, "value.unit.baht_per_year",
                        "value.formula.yearly_benefit.time_only", [tv_in], "{0}")
        b.note("value.note.benefit_time_only")
    elif sv is not None:
        benefit = b.add("yearly_benefit", sv, "value.unit.baht_per_year",
                        "value.formula.yearly_benefit.cost_only", [sv_in], "{0}")
        b.note("value.note.benefit_cost_only")
    else:
        benefit = b.add("yearly_benefit", None, "value.unit.baht_per_year",
                        "value.formula.yearly_benefit.both", [tv_in, sv_in], "{0} + {1}",
                        "value.error.no_benefit")

    # ---- against the project's cost
    cost_total = _positive(_shown(inputs.project_cost))
    pc_in = ("value.input.project_cost", inputs.project_cost, "value.unit.baht")
    ben_in = ("value.item.yearly_benefit", benefit, "value.unit.baht_per_year")
    base_err = ("value.error.no_benefit" if benefit is None else
                None if cost_total is not None else "value.error.project_cost")
    bcr = b.add("benefit_cost_ratio", benefit / cost_total if base_err is None else None,
                "value.unit.times", "value.formula.benefit_cost_ratio",
                [ben_in, pc_in], "{0} ÷ {1}", base_err)
    roi = b.add("roi", (benefit - cost_total) / cost_total * 100.0 if base_err is None else None,
                "value.unit.percent", "value.formula.roi",
                [ben_in, pc_in], "({0} − {1}) ÷ {1} × 100", base_err)
    pay_err = base_err or (None if benefit > 0 else "value.error.no_payback")
    years = b.add("payback_years", cost_total / benefit if pay_err is None else None,
                  "value.unit.years", "value.formula.payback_years",
                  [pc_in, ben_in], "{0} ÷ {1}", pay_err)
    # from the inputs, not from the rounded years, so as not to lose precision
    months = b.add("payback_months",
                   cost_total / benefit * MONTHS_PER_YEAR if pay_err is None else None,
                   "value.unit.months", "value.formula.payback_months",
                   [pc_in, ben_in,
                    ("value.input.months_per_year", MONTHS_PER_YEAR, "value.unit.months_per_year")],
                   "{0} ÷ {1} × {2}", pay_err)

    return ValueResult(
        inputs=inputs, items=tuple(b.items),
        time_metric=inputs.time_metric if time_result is not None else None,
        cost_metric=inputs.cost_metric if cost_result is not None else None,
        time_unit=time["time_unit"], time_basis=time["time_basis"], cost_basis=cost["cost_basis"],
        time_saved_per_case_hours=time["time_saved_per_case_hours"],
        hours_saved_per_year=time["hours_saved_per_year"],
        time_value_per_year=time["time_value_per_year"],
        cost_saved_per_case=cost["cost_saved_per_case"],
        savings_per_year=cost["savings_per_year"],
        yearly_benefit=benefit, benefit_cost_ratio=bcr, roi_pct=roi,
        payback_years=years, payback_months=months, notes=tuple(b.notes))


def for_project(results: Sequence[MetricResult], project: Any,
                choices: Mapping[str, Any] | None = None) -> ValueResult | None:
    """The value for money of a project as its 5.4.1 page computes it.

    The time and cost metrics are the ones chosen on the page (``choices``
    keys ``"value.time"`` / ``"value.cost"``; a value that is not one of the
    metrics' names, such as the page's "—", means none), else the ones
    :func:`guess_metrics` picks; the other inputs come from ``project``
    (a :class:`~itastats.criteria.project.ProjectInfo`).

    Returns
    -------
    ValueResult or None
        None when there are no results.
    """
    results = list(results)
    if not results:
        return None
    choices = choices or {}
    names = [r.name for r in results]
    guess_time, guess_cost = guess_metrics(results)

    def pick(key: str, guess: str | None) -> str | None:
        if key in choices:
            v = choices.get(key)
            return v if isinstance(v, str) and v in names else None
        return guess if guess in names else None
    inputs = ValueInputs.from_project(project, time_metric=pick("value.time", guess_time),
                                      cost_metric=pick("value.cost", guess_cost))
    return compute(results, inputs)


# --------------------------------------------------------------------------- text helpers
def _number(x: float | None) -> str:
    """A number as :func:`_shown` keeps it: 1,200 / 0.5472 / 0.50 / 73.94."""
    x = _finite(x)
    if x is None:
        return fmt.DASH
    if abs(x - round(x)) < 1e-9:
        return fmt.num(x, 0)
    if abs(x) < 1:
        text = fmt.num(x, 4)
        while text.endswith("0") and len(text.split(".")[-1]) > 2:
            text = text[:-1]
        return text
    return fmt.num(x, 2)


def worked(item: ValueItem, lang: str = "th") -> str:
    """The arithmetic with the numbers filled in, for an assessor to redo.

    ``"(47.14 − 14.31) ÷ 60 = 0.5472 ชั่วโมง/เรื่อง"``; for a figure that
    cannot be computed, the reason in words.  The numbers are printed with
    the precision they were carried with, so the sum comes out exactly.

    Examples
    --------
    >>> item = ValueItem("value.item.hours_saved_per_year", 1200.0, "value.unit.hours_per_year",
    ...                  "value.formula.hours_saved_per_year.per_case",
    ...                  (("value.item.time_saved_per_case", 0.5, "value.unit.hours_per_case"),
    ...                   ("value.input.cases_per_year", 2400.0, "value.unit.cases_per_year")),
    ...                  "{0} × {1}")
    >>> worked(item, "en")
    '0.50 × 2,400 = 1,200 hours/year'
    """
    from ..i18n.catalog import t
    if item.error is not None:
        return t(item.error, lang, **dict(item.params))
    unit = t(item.unit_key, lang)
    result = _number(item.value)
    if not item.expression:
        return f"{result} {unit}".strip()
    shown = item.expression.format(*(_number(v) for _, v, _ in item.inputs))
    space = "" if item.unit_key == "value.unit.percent" else " "
    return f"{shown} = {result}{space}{unit}".strip()


def split_years_months(years: float | None) -> tuple[int, float] | None:
    """1.35 years -> (1, 4.2): whole years and the months left (one decimal).

    Examples
    --------
    >>> split_years_months(0.345), split_years_months(2.0), split_years_months(None)
    ((0, 4.1), (2, 0.0), None)
    """
    years = _finite(years)
    if years is None or years < 0:
        return None
    whole = int(math.floor(years))
    months = round((years - whole) * MONTHS_PER_YEAR, 1)
    if months >= MONTHS_PER_YEAR:
        whole, months = whole + 1, 0.0
    return whole, months


def payback_text(result: ValueResult, lang: str = "th") -> str:
    """"4.1 เดือน" / "1 ปี 4.2 เดือน"; the reason when there is no payback.

    Built from the payback in months (the more precise of the two items).
    """
    from ..i18n.catalog import t
    item = result.item("payback_months")
    if item is None or item.value is None:
        return t(item.error if item is not None and item.error else "value.error.no_payback", lang)
    whole, months = split_years_months(item.value / MONTHS_PER_YEAR)
    months_text = fmt.num(months, 0 if float(months).is_integer() else 1)
    if whole == 0:
        return t("value.payback.months", lang, months=months_text)
    key = "value.payback.one_year_months" if whole == 1 else "value.payback.years_months"
    return t(key, lang, years=whole, months=months_text)
