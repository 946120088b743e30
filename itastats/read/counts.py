"""Count sheets: how many happened, out of how many or over how long, before and after.

Many 5.4.1 sheets hold counts, not per-case times: complaints received a
year, documents returned for correction out of those submitted, requests
finished on time.  This module reads them into a :class:`CountData` (the
four numbers a test of :mod:`itastats.stats.counts` takes, each traced to
its Excel row and column) inside a :class:`~itastats.read.layouts.MetricData`
whose ``design`` is the kind of count.  Four shapes are read:

* **period rows** (layout ``"counts"``): a period column (ก่อน/หลัง, or two
  years: ปีงบประมาณ 2567, 2568), count columns and either a total column
  (X of N: ``ทั้งหมด``, ``รวม``, ``total``) or an exposure column (events over
  a period: ``ระยะเวลา (เดือน)``, working days, documents handled).  Rows of
  one period are added up (12 monthly rows before, 12 after); without an
  exposure column each row is one period.
* **yes/no columns**: a before and an after column of answers (ทันเวลา /
  ไม่ทันเวลา, ใช่ / ไม่ใช่, ✓ / ✗, 1 / 0): the same cases twice (paired) or
  two lists of cases.
* **a 2 × 2 table of changes** (layout ``"table_2x2"``): the answer before
  down the side, the answer after across the top; a ``รวม`` column or row,
  when there is one, must add up.
* **aggregate rows**: a row of the total (``เอกสารทั้งหมด``) or of the
  exposure (``ระยะเวลาที่เก็บข้อมูล (เดือน)``) and rows of counts; or a row
  whose unit is a count per period (``เรื่อง/ปี``, ``…ต่อปี``).

The user can declare the kind (:data:`KINDS`) for a sheet or one metric:
``"measure"`` keeps the numbers as measurements (no count test).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

import numpy as np

from . import cells, columns
from .problems import ERROR, INFO, WARNING, Problem
from ._lazy import lazy_module

pd = lazy_module("pandas")        # imported on first use: a page that reads no file needs no pandas

__all__ = ["RATES", "PROPORTIONS", "PAIRED_PROPORTIONS", "COUNT_KINDS", "MEASURE", "KINDS", "CountData",
           "period_sides", "find_table_2x2", "is_yes_no", "per_period", "period_rows", "yes_no_metric",
           "table_2x2", "aggregate_rows"]

# the same names as itastats.stats.counts (a test keeps them equal)
RATES, PROPORTIONS, PAIRED_PROPORTIONS = "rates", "proportions", "paired_proportions"
COUNT_KINDS = (RATES, PROPORTIONS, PAIRED_PROPORTIONS)
MEASURE = "measure"
KINDS = (MEASURE, RATES, PROPORTIONS, PAIRED_PROPORTIONS)
"""What a user can declare a sheet or a metric to hold (None: let itastats recognise it)."""

_TOTAL_NAME = re.compile(r"ทั้งหมด|ทั้งสิ้น|^รวม|รวม\s*$|จำนวนที่(?:รับ|เสนอ|ตรวจ|ยื่น|ให้บริการ|ดำเนินการ)|"
                         r"\btotal\b|\ball\b|\bout\s+of\b", re.IGNORECASE)
_EXPOSURE_NAME = re.compile(r"ระยะเวลาที่(?:เก็บ|นับ|สังเกต|บันทึก)|ช่วงเวลาที่(?:เก็บ|นับ|บันทึก)|จำนวนเดือน|"
                            r"จำนวนวัน|จำนวนปี|จำนวนสัปดาห์|\bexposure\b|observation\s+period|"
                            r"(?:months?|days?|weeks?|years?)\s+(?:observed|counted|covered)", re.IGNORECASE)
_PER_TIME = re.compile(r"(?:ต่อ|/)\s*(ปี|เดือน|สัปดาห์|วันทำการ|วัน|ไตรมาส)|(ปี|เดือน|สัปดาห์|วัน|ไตรมาส)ละ|"
                       r"ราย(ปี|เดือน|สัปดาห์|วัน|ไตรมาส)|\bper\s+(year|month|week|day|quarter)\b|"
                       r"/\s*(year|yr|month|week|day)\b|\ba\s+(year|month|week|day)\b|"
                       r"\b(annual|yearly|monthly|weekly|daily)\b", re.IGNORECASE)
_TIME_WORD = {"ปี": "ปี", "เดือน": "เดือน", "สัปดาห์": "สัปดาห์", "วัน": "วัน", "วันทำการ": "วันทำการ",
              "ไตรมาส": "ไตรมาส", "year": "ปี", "yr": "ปี", "month": "เดือน", "week": "สัปดาห์", "day": "วัน",
              "quarter": "ไตรมาส", "annual": "ปี", "yearly": "ปี", "monthly": "เดือน", "weekly": "สัปดาห์",
              "daily": "วัน"}
_AFTER_FIRST = re.compile(r"^\s*(หลัง|after)", re.IGNORECASE)


@dataclass(frozen=True)
class CountData:
    """The counts of one metric, traced to their cells.

    Attributes
    ----------
    kind : str
        :data:`RATES`, :data:`PROPORTIONS` or :data:`PAIRED_PROPORTIONS`.
    values : tuple of four numbers
        In the argument order of :mod:`itastats.stats.counts`: (events
        before, exposure before, events after, exposure after); (X before,
        N before, X after, N after); (both, before only, after only,
        neither).  None where a number is missing.
    cells : tuple of (side, what, row, column)
        Where each number was read (side "before"/"after", or for a 2 × 2
        table "both"/"before_only"/"after_only"/"neither"; what "events",
        "exposure", "count", "total" or "cell"); row and column are None for
        a number that was not written (an exposure of one period each).
    count_unit, base_unit : str or None
        What is counted ("เรื่อง", "ฉบับ") and, for rates, the unit of
        exposure ("เดือน", "ปี", "ฉบับ").
    labels : (str or None, str or None)
        How the sheet names the two periods ("ปีงบประมาณ 2567").
    answer : str or None
        Yes/no data: the answer counted as "yes" as written ("ทันเวลา").
    exposure_assumed : bool
        No exposure was written: each side counts as one period (or each row as one).
    error : Problem or None
        Why these counts cannot be tested (a cell that is not a count, a
        2 × 2 table that does not add up, no total for X of N).
    """
    kind: str
    values: tuple[Any, Any, Any, Any]
    cells: tuple[tuple[str, str, int | None, str | None], ...] = ()
    count_unit: str | None = None
    base_unit: str | None = None
    labels: tuple[str | None, str | None] = (None, None)
    answer: str | None = None
    exposure_assumed: bool = False
    error: Problem | None = None

    def where(self, side: str | None = None, what: str | None = None) -> tuple[int | None, str | None]:
        """(row, column) of the number of ``side`` and ``what`` (either may be None: the first match)."""
        for s, w, row, col in self.cells:
            if (side is None or s == side) and (what is None or w == what):
                return row, col
        return None, None


def _metric_data(**kw: Any):
    from .layouts import MetricData       # layouts imports this module: import when used
    return MetricData(**kw)


def _whole(x: float) -> bool:
    return bool(np.isfinite(x)) and float(x).is_integer() and x >= 0


def _label(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    text = " ".join(str(v).split())
    return text or None


def _shown(v: Any) -> str:
    text = _label(v) or ""
    return text if len(text) <= 40 else text[:39] + "\u2026"


# ---------------------------------------------------------------- periods

def period_sides(values) -> np.ndarray:
    """Period cells -> "before", "after" or None per cell.

    ก่อน/หลัง words first (:func:`itastats.read.cells.parse_period`); when no
    cell has one and the cells name exactly two years (2567 and 2568,
    "ปีงบประมาณ 2567", "FY2024"), the earlier year is before.

    Examples
    --------
    >>> period_sides(["ปีงบประมาณ 2567", "ปีงบประมาณ 2568"]).tolist()
    ['before', 'after']
    """
    s = pd.Series(list(values), dtype=object)
    sides = cells.parse_period(s.where(s.map(lambda v: isinstance(v, str)), None))
    if any(x is not None for x in sides):
        return sides
    years = []
    for v in s:
        if isinstance(v, (int, float)) and not isinstance(v, bool) and v == v and cells.is_year(float(v)):
            years.append(int(v))
        elif isinstance(v, str):
            years.append(cells.year_in(v))
        else:
            years.append(None)
    distinct = sorted({y for y in years if y is not None})
    if len(distinct) != 2:
        return sides
    return np.array([None if y is None else ("before" if y == distinct[0] else "after") for y in years],
                    dtype=object)


def per_period(name: str | None, unit: str | None) -> tuple[str | None, str | None]:
    """(what is counted, per which period) of a name or unit such as
    "เรื่องร้องเรียนต่อปี" or "ครั้ง/เดือน": the count unit (when the unit
    says one) and the time unit; (None, None) when no period is named."""
    count_unit = None
    if unit and "/" in unit:
        left, _, right = unit.partition("/")
        left_c, right_c = cells.canonical_unit(left), _TIME_WORD.get(cells.canonical_unit(right) or "")
        right_c = right_c or (cells.canonical_unit(right) if cells.canonical_unit(right) in cells.TIME_UNITS
                              else None)
        if left_c in cells.COUNT_UNITS and right_c:
            return left_c, right_c
    if unit in cells.COUNT_UNITS:
        count_unit = unit
    for text in (unit or "", name or ""):
        m = _PER_TIME.search(text)
        if m:
            word = next(g for g in m.groups() if g)
            return count_unit, _TIME_WORD.get(word.lower(), word)
    return count_unit, None


# ---------------------------------------------------------------- reading counts

def _count_cells(table, column: str, rows_mask: np.ndarray, what: str, where: dict, *,
                 whole: bool = True) -> tuple[np.ndarray, list[Problem], np.ndarray]:
    """Numbers of ``column`` in the rows of ``rows_mask``; a problem for each
    cell that is not a count (blank, text, negative, fractional)."""
    parsed = cells.parse_numbers(table.data[column])
    rows = table.rows
    problems: list[Problem] = []
    values = parsed.values
    for i in np.flatnonzero(rows_mask):
        v, status = values[i], parsed.status[i]
        shown = _shown(parsed.text[i]) if parsed.text[i] is not None else _shown(table.data[column].iloc[i])
        key = None
        if status != cells.OK:
            key = "counts.error.not_a_number"
        elif v < 0:
            key = "counts.error.negative"
        elif whole and not float(v).is_integer():
            key = "counts.error.not_whole"
        if key:
            problems.append(Problem(key, {"value": shown or "\u2014", "what": what}, row=int(rows[i]),
                                    column=column, severity=ERROR, **where))
    return values, problems, parsed.units


def _unit_of(column: str, units: np.ndarray, mask: np.ndarray) -> str | None:
    unit = columns.split_header(column).unit
    if unit:
        return unit
    written = [u for u in units[mask] if u is not None]
    return Counter(written).most_common(1)[0][0] if written else None


def _time_unit_of(header: str | None) -> str | None:
    if not header:
        return None
    unit = columns.split_header(header).unit
    if unit in cells.TIME_UNITS:
        return unit
    m = re.search(r"ปี|year|fiscal|fy", header, re.IGNORECASE)
    if m:
        return "ปี"
    m = re.search(r"เดือน|month", header, re.IGNORECASE)
    return "เดือน" if m else None


def _first(mask: np.ndarray) -> int | None:
    idx = np.flatnonzero(mask)
    return int(idx[0]) if idx.size else None


def period_rows(table, mapping, kind: str | None) -> list:
    """The metrics of a sheet of period rows (layout ``"counts"``).

    Parameters
    ----------
    table : itastats.read.reading.Table
    mapping : itastats.read.layouts.SheetMapping
        Its roles name the period column, the count columns (``count``, or
        the ``value`` column), the total or exposure column and the metric
        column, if any.
    kind : str or None
        Declared kind of the sheet (None: a total column means X of N, else
        events over a period).

    Returns
    -------
    list of MetricData
        One per metric (per count column, per metric name), ``design`` its
        kind, ``counts`` its :class:`CountData`, ``before`` / ``after`` the
        counts added up, ``rows_before`` / ``rows_after`` the rows used.
    """
    where = {"file": table.file, "sheet": table.sheet}
    roles = mapping.roles
    count_cols = [c for c, r in roles.items() if r == columns.COUNT] or \
        [c for c, r in roles.items() if r == columns.VALUE]
    total = next((c for c, r in roles.items() if r == columns.TOTAL), None)
    exposure = next((c for c, r in roles.items() if r == columns.EXPOSURE), None)
    base = total or exposure
    if kind in (RATES, PROPORTIONS):
        chosen = kind
    else:
        chosen = PROPORTIONS if total else RATES
    period_values = table.data[mapping.period].tolist()
    sides = period_sides(period_values)
    words = cells.parse_period(pd.Series([v if isinstance(v, str) else None for v in period_values], dtype=object))
    years = all(w is None for w in words) and any(s is not None for s in sides)
    month_col = next((c for c in table.columns if re.match(r"^\s*(เดือน|month)", str(c), re.IGNORECASE)), None)
    names = _group_names(table, mapping.metric)
    out = []
    problems_all: list[Problem] = []
    for i in np.flatnonzero(~cells.is_blank(table.data[mapping.period]) & np.equal(sides, None)):
        problems_all.append(Problem("cell.bad_period", {"value": _shown(table.data[mapping.period].iloc[i])},
                                    row=int(table.rows[i]), column=mapping.period, severity=WARNING, **where))
    for group in dict.fromkeys(n for n in names):
        in_group = np.array([n == group for n in names], dtype=bool)
        for col in count_cols:
            filled = in_group & ~cells.is_blank(table.data[col])
            name = _count_name(col, group, len(count_cols), table.sheet)
            out.append(_period_metric(table, name, col, base, chosen, sides, filled,
                                      "ปี" if years else ("เดือน" if month_col else _time_unit_of(mapping.period)),
                                      mapping.period, where))
    if out and problems_all:
        out[0] = replace(out[0], problems=tuple(problems_all) + out[0].problems)
    return out


def _group_names(table, metric: str | None) -> list[str | None]:
    if metric is None:
        return [None] * table.n_rows
    out, last = [], None
    for v in table.data[metric].tolist():      # merged cells: the name only in the first row
        label = _label(v)
        last = label or last
        out.append(last)
    return out


def _count_name(col: str, group: str | None, n_cols: int, sheet: str) -> str:
    col_name = columns.split_header(col).metric or col
    if group and n_cols > 1:
        return f"{group} \u2013 {col_name}"
    return group or col_name or sheet


def _period_metric(table, name: str, col: str, base: str | None, chosen: str, sides: np.ndarray,
                   filled: np.ndarray, row_unit: str | None, period_col: str, where: dict):
    rows = table.rows
    before, after = filled & (sides == "before"), filled & (sides == "after")
    what = "events" if chosen == RATES else "count"
    base_what = "exposure" if chosen == RATES else "total"
    values_c, problems, units = _count_cells(table, col, before | after, what, where)
    count_unit = _unit_of(col, units, before | after)
    if count_unit not in (None, *cells.COUNT_UNITS):
        count_unit = count_unit if count_unit not in cells.TIME_UNITS else None
    cell_list: list[tuple[str, str, int | None, str | None]] = []
    error: Problem | None = None
    base_unit, assumed = None, False
    label_b = _label(table.data[period_col].iloc[_first(before)]) if before.any() else None
    label_a = _label(table.data[period_col].iloc[_first(after)]) if after.any() else None
    for side, mask in (("before", before), ("after", after)):
        if not mask.any():
            error = error or Problem(f"counts.no_period_rows.{side}", {"metric": name},
                                     column=period_col, severity=ERROR, **where)
    sums = [float(np.sum(values_c[m])) if m.any() else None for m in (before, after)]
    for side, mask in (("before", before), ("after", after)):
        i = _first(mask)
        cell_list.append((side, what, int(rows[i]) if i is not None else None, col))
    bases: list[float | None] = [None, None]
    if base is not None:
        values_b, base_problems, base_units = _count_cells(table, base, before | after, base_what, where,
                                                           whole=chosen != RATES)
        problems += base_problems
        bases = [float(np.sum(values_b[m])) if m.any() else None for m in (before, after)]
        for side, mask in (("before", before), ("after", after)):
            i = _first(mask)
            cell_list.append((side, base_what, int(rows[i]) if i is not None else None, base))
        if chosen == RATES:
            base_unit = columns.split_header(base).unit or _unit_of(base, base_units, before | after) \
                or columns.split_header(base).metric
    elif chosen == PROPORTIONS:
        error = error or Problem("counts.need_total", {"metric": name}, severity=ERROR, **where)
    else:
        bases = [float(before.sum()) or None, float(after.sum()) or None]
        assumed = True
        base_unit = row_unit
        for side in ("before", "after"):
            cell_list.append((side, base_what, None, None))
        problems.append(Problem("counts.exposure_rows", {"n_before": int(before.sum()), "n_after": int(after.sum()),
                                                         "metric": name}, column=period_col, severity=INFO, **where))
    if problems and error is None:
        error = next((p for p in problems if p.severity == ERROR), None)
    values = (sums[0], bases[0], sums[1], bases[1])
    data = CountData(chosen, values, tuple(cell_list), count_unit, base_unit, (label_b, label_a),
                     exposure_assumed=assumed, error=error)
    return _count_metric(table, name, data, rows[before], rows[after], col, col, problems, where)


def _display_unit(data: CountData) -> str | None:
    if data.kind in (PROPORTIONS, PAIRED_PROPORTIONS):
        return "%"
    if data.count_unit and data.base_unit:
        return f"{data.count_unit}/{data.base_unit}"
    return data.count_unit


def _count_metric(table, name: str, data: CountData, rows_b, rows_a, col_b: str | None, col_a: str | None,
                  problems: Sequence[Problem], where: dict):
    a, _, c, _ = data.values
    if data.kind == PAIRED_PROPORTIONS:
        both, b_only, a_only, _n = data.values
        x_b = None if None in (both, b_only) else float(both) + float(b_only)
        x_a = None if None in (both, a_only) else float(both) + float(a_only)
    else:
        x_b, x_a = a, c
    unit = _display_unit(data)
    return _metric_data(
        name=name, file=table.file, sheet=table.sheet, unit=unit, design=data.kind,
        before=np.array([np.nan if x_b is None else x_b], dtype=float),
        after=np.array([np.nan if x_a is None else x_a], dtype=float),
        rows_before=np.asarray(rows_b, dtype=int), rows_after=np.asarray(rows_a, dtype=int),
        before_column=col_b, after_column=col_a,
        problems=tuple(sorted(problems, key=lambda p: (p.row or 0, p.column or ""))),
        lower_is_better=columns.guess_lower_is_better(name, data.count_unit), counts=data)


# ---------------------------------------------------------------- yes / no columns

def is_yes_no(table, column: str) -> bool:
    """True when the filled cells of ``column`` are yes/no answers (at
    least 80 % of them, and some written as words, not only 1 and 0)."""
    prof = columns.profile(table.data[column])
    return prof.filled > 0 and prof.yesno >= 0.8 and prof.numeric < 0.8


def _answer_word(values: pd.Series, answers: np.ndarray, which: float) -> str | None:
    words = [_label(v) for v, a in zip(values.tolist(), answers) if a == which and isinstance(v, str)]
    return Counter(words).most_common(1)[0][0] if words else None


def yes_no_metric(table, pair, case_id: str | None, kind: str):
    """One metric of a before and an after column of yes/no answers.

    ``kind`` :data:`PAIRED_PROPORTIONS`: row i is the same case before and
    after, rows with one answer missing are left out (said so);
    :data:`PROPORTIONS`: two lists, each answer counted in its own column.
    """
    where = {"file": table.file, "sheet": table.sheet}
    rows = table.rows
    vb, sb = cells.parse_yes_no(table.data[pair.before])
    va, sa = cells.parse_yes_no(table.data[pair.after])
    problems: list[Problem] = []
    for col, status, other_status, other in ((pair.before, sb, sa, pair.after), (pair.after, sa, sb, pair.before)):
        for i in np.flatnonzero(status == cells.BAD):
            problems.append(Problem("counts.not_yes_no", {"value": _shown(table.data[col].iloc[i])},
                                    row=int(rows[i]), column=col, severity=WARNING, **where))
        if kind == PAIRED_PROPORTIONS:
            for i in np.flatnonzero(np.isin(status, (cells.BLANK, cells.MISSING)) & (other_status == cells.OK)):
                problems.append(Problem("cell.blank_in_pair", {"other": other}, row=int(rows[i]), column=col,
                                        severity=WARNING, **where))
    ok_b, ok_a = sb == cells.OK, sa == cells.OK
    yes_word = _answer_word(pd.concat([table.data[pair.before], table.data[pair.after]]),
                            np.concatenate([vb, va]), cells.YES)
    labels = (None, None)
    if kind == PAIRED_PROPORTIONS:
        both_ok = ok_b & ok_a
        b, a = vb[both_ok], va[both_ok]
        values = (int(np.sum((b == 1) & (a == 1))), int(np.sum((b == 1) & (a == 0))),
                  int(np.sum((b == 0) & (a == 1))), int(np.sum((b == 0) & (a == 0))))
        cell_list = tuple((s, "cell", None, None) for s in ("both", "before_only", "after_only", "neither"))
        rows_b = rows_a = rows[both_ok]
        error = None if both_ok.any() else Problem("counts.no_answers", {"metric": pair.name}, severity=ERROR,
                                                   **where)
    else:
        values = (int(np.sum(vb[ok_b] == 1)), int(ok_b.sum()), int(np.sum(va[ok_a] == 1)), int(ok_a.sum()))
        i_b, i_a = _first(ok_b), _first(ok_a)
        cell_list = (("before", "count", int(rows[i_b]) if i_b is not None else None, pair.before),
                     ("before", "total", int(rows[i_b]) if i_b is not None else None, pair.before),
                     ("after", "count", int(rows[i_a]) if i_a is not None else None, pair.after),
                     ("after", "total", int(rows[i_a]) if i_a is not None else None, pair.after))
        rows_b, rows_a = rows[ok_b], rows[ok_a]
        error = None if ok_b.any() and ok_a.any() else \
            Problem("counts.no_answers", {"metric": pair.name}, severity=ERROR, **where)
    data = CountData(kind, values, cell_list, _case_unit(case_id), None, labels, answer=yes_word, error=error)
    return _count_metric(table, pair.name, data, rows_b, rows_a, pair.before, pair.after, problems, where)


def _case_unit(case_id: str | None) -> str | None:
    """What a case is, from the case-id header ("เลขที่คำขอ" -> คำขอ), when it says."""
    if not case_id:
        return None
    for unit in sorted(cells.COUNT_UNITS, key=len, reverse=True):
        if unit in case_id:
            return unit
    return None


# ---------------------------------------------------------------- the 2 x 2 table of changes

def find_table_2x2(table) -> dict | None:
    """Where the four cells of a 2 × 2 table of changes are, or None.

    The first column holds the answers before (one "yes" row, one "no"
    row: ทันเวลา / ไม่ทันเวลา …), two numeric columns are headed by the
    answers after; a first header that names หลัง before ก่อน ("หลัง \\ ก่อน")
    turns the table round.  A column or row named รวม / total is the total.
    """
    if table.n_rows < 2 or len(table.columns) < 3:
        return None
    label_col = table.columns[0]
    heads = {}
    for c in table.columns[1:]:
        word = _answer_of(c)
        if word is not None and columns.profile(table.data[c]).numeric >= 0.5:
            heads.setdefault(word, c)
    if set(heads) != {cells.YES, cells.NO}:
        return None
    row_of: dict[float, int] = {}
    for i, v in enumerate(table.data[label_col].tolist()):
        word = _answer_of(v) if isinstance(v, str) else None
        if word is not None:
            if word in row_of:
                return None
            row_of[word] = i
    if set(row_of) != {cells.YES, cells.NO}:
        return None
    total_col = next((c for c in table.columns[1:] if c not in heads.values()
                      and _TOTAL_NAME.search(columns.split_header(c).metric or str(c))), None)
    return {"label": label_col, "yes_col": heads[cells.YES], "no_col": heads[cells.NO],
            "yes_row": row_of[cells.YES], "no_row": row_of[cells.NO], "total_col": total_col,
            "transposed": bool(_AFTER_FIRST.search(str(label_col)))}


def _answer_of(text: Any) -> float | None:
    """A label's answer once ก่อน/หลัง words are taken off ("ก่อน: ทันเวลา" -> yes)."""
    if text is None:
        return None
    raw = " ".join(str(text).split())
    word = cells.yes_no_word(raw)
    if word is None:
        stripped = columns.split_header(raw).metric
        word = cells.yes_no_word(stripped) if stripped else None
    if word is None:
        return None
    return word


def table_2x2(table, found: dict):
    """The metric of a 2 × 2 table of changes (see :func:`find_table_2x2`)."""
    where = {"file": table.file, "sheet": table.sheet}
    rows = table.rows
    yes_r, no_r = found["yes_row"], found["no_row"]
    yes_c, no_c = found["yes_col"], found["no_col"]
    grid = {}
    problems: list[Problem] = []
    for r_word, r in ((cells.YES, yes_r), (cells.NO, no_r)):
        for c_word, c in ((cells.YES, yes_c), (cells.NO, no_c)):
            status, v, _u = cells.parse_one(table.data[c].iloc[r])
            before_word, after_word = (c_word, r_word) if found["transposed"] else (r_word, c_word)
            grid[(before_word, after_word)] = (v if status == cells.OK else None, int(rows[r]), c)
            key = None if status == cells.OK and _whole(v) else \
                "counts.error.not_a_number" if status != cells.OK else \
                "counts.error.negative" if v < 0 else "counts.error.not_whole"
            if key:
                problems.append(Problem(key, {"value": _shown(table.data[c].iloc[r]) or "\u2014", "what": "cell"},
                                        row=int(rows[r]), column=c, severity=ERROR, **where))
    order = (("both", (cells.YES, cells.YES)), ("before_only", (cells.YES, cells.NO)),
             ("after_only", (cells.NO, cells.YES)), ("neither", (cells.NO, cells.NO)))
    values = tuple(grid[k][0] for _, k in order)
    cell_list = tuple((name, "cell", grid[k][1], grid[k][2]) for name, k in order)
    error = next((p for p in problems if p.severity == ERROR), None)
    if error is None:
        problems += _check_totals(table, found, where)
        error = next((p for p in problems if p.severity == ERROR), None)
    yes_word = " ".join(str(yes_c).split())
    yes_word = columns.split_header(yes_word).metric or yes_word
    data = CountData(PAIRED_PROPORTIONS, values, cell_list, None, None, (None, None), answer=yes_word, error=error)
    corner = columns.split_header(re.sub(r"ก่อน|หลัง|before|after|[\\/|×x]", " ", str(found["label"]),
                                         flags=re.IGNORECASE)).metric
    name = corner if corner and len(corner) > 1 else table.sheet
    used = rows[[yes_r, no_r]]
    return _count_metric(table, name, data, used, used, yes_c, no_c, problems, where)


def _check_totals(table, found: dict, where: dict) -> list[Problem]:
    """The รวม column and the รวม row (when the sheet has them) against the cells."""
    out = []
    grid_rows = (found["yes_row"], found["no_row"])
    grid_cols = (found["yes_col"], found["no_col"])

    def num(frame, r, c) -> float | None:
        status, v, _u = cells.parse_one(frame[c].iloc[r])
        return v if status == cells.OK else None

    def cell(r, c) -> float:
        return float(num(table.data, r, c) or 0.0)
    if found["total_col"] is not None:
        tc = found["total_col"]
        for r in grid_rows:
            written = num(table.data, r, tc)
            counted = cell(r, grid_cols[0]) + cell(r, grid_cols[1])
            if written is not None and abs(written - counted) > 1e-9:
                out.append(Problem("counts.table_does_not_add_up", {"written": _shown(written),
                                                                    "counted": _shown(counted)},
                                   row=int(table.rows[r]), column=tc, severity=ERROR, **where))
    footer = getattr(table, "footer", None)
    if footer is not None and len(footer):
        for k in range(len(footer)):
            label = _label(footer[found["label"]].iloc[k]) if found["label"] in footer else None
            if not label or not _TOTAL_NAME.search(label):
                continue
            for c in grid_cols + ((found["total_col"],) if found["total_col"] else ()):
                written = num(footer, k, c) if c in footer else None
                if c == found["total_col"]:
                    counted = sum(cell(r, gc) for r in grid_rows for gc in grid_cols)
                else:
                    counted = cell(grid_rows[0], c) + cell(grid_rows[1], c)
                if written is not None and abs(written - counted) > 1e-9:
                    out.append(Problem("counts.table_does_not_add_up", {"written": _shown(written),
                                                                        "counted": _shown(counted)},
                                       row=int(footer.index[k]), column=c, severity=ERROR, **where))
    return out


# ---------------------------------------------------------------- aggregate rows

def aggregate_rows(metrics: list, kind: str | None, kinds: Mapping[str, str]) -> list:
    """Aggregate metrics (one number before, one after) that are counts.

    A row of the total (``ทั้งหมด``, ``รวม``, ``total``) turns the rows of
    whole-number counts beside it into X of N; a row of the exposure
    (``ระยะเวลาที่เก็บข้อมูล``, ``จำนวนเดือน``) into events over it; a row
    whose unit or name says a count per period (``เรื่อง/ปี``, ``ต่อปี``) is
    events over one period each side.  The base row itself is then not a
    metric.  ``kind`` (the sheet's) or ``kinds[name]`` (one metric's)
    declares instead; "measure" keeps the row as it is.
    """
    out = list(metrics)
    if not out:
        return out
    declared = {m.name: kinds.get(m.name, kind) for m in out}
    bases = {}
    for m in out:
        if declared[m.name] == MEASURE:
            continue
        if _TOTAL_NAME.search(m.name):
            bases.setdefault("total", []).append(m)
        elif _EXPOSURE_NAME.search(m.name):
            bases.setdefault("exposure", []).append(m)
    total = bases["total"][0] if len(bases.get("total", ())) == 1 else None
    exposure = bases["exposure"][0] if len(bases.get("exposure", ())) == 1 else None
    result, used = [], set()
    for m in out:
        if m is total or m is exposure:
            result.append(m)
            continue
        new = _aggregate_count(m, declared[m.name], total, exposure)
        if new is m and declared[m.name] is None and looks_like_counts(m):
            hint = Problem("counts.looks_like_counts", {"metric": m.name, "before": _shown(float(m.before[0])),
                                                        "after": _shown(float(m.after[0]))},
                           row=int(m.rows_before[0]) if len(m.rows_before) else None, severity=INFO,
                           file=m.file, sheet=m.sheet)
            new = replace(m, problems=m.problems + (hint,))
        for base in (total, exposure):       # a base row that some count was read against is no metric
            if base is not None and new.counts is not None and \
                    any(row == int(base.rows_before[0]) for _s, _w, row, _c in new.counts.cells):
                used.add(id(base))
        result.append(new)
    return [m for m in result if id(m) not in used]


def _count_row(m) -> bool:
    b, a = float(m.before[0]) if len(m.before) else np.nan, float(m.after[0]) if len(m.after) else np.nan
    return _whole(b) and _whole(a) and (m.unit is None or m.unit in cells.COUNT_UNITS
                                        or per_period(m.name, m.unit)[0] is not None)


def _aggregate_count(m, kind: str | None, total, exposure):
    """``m`` as a count metric when it is one (or is declared one), else ``m``."""
    if kind == MEASURE or m.problems and any(p.severity == ERROR for p in m.problems):
        return m
    where = {"file": m.file, "sheet": m.sheet}
    row = int(m.rows_before[0]) if len(m.rows_before) else None
    count_unit, per = per_period(m.name, m.unit)
    count_unit = count_unit or (m.unit if m.unit in cells.COUNT_UNITS else None)
    xb, xa = float(m.before[0]), float(m.after[0])
    problems = list(m.problems)
    if kind == PAIRED_PROPORTIONS:
        err = Problem("counts.kind_does_not_fit", {"metric": m.name}, row=row, severity=ERROR, **where)
        data = CountData(PAIRED_PROPORTIONS, (None, None, None, None), error=err)
        return _from_aggregate(m, data, problems + [err])
    if kind is None and not _count_row(m):
        return m
    if kind == PROPORTIONS or (kind is None and total is not None and _count_row(m)):
        if total is None:
            err = Problem("counts.need_total", {"metric": m.name}, row=row, severity=ERROR, **where)
            return _from_aggregate(m, CountData(PROPORTIONS, (xb, None, xa, None), error=err), problems + [err])
        nb, na = float(total.before[0]), float(total.after[0])
        data = CountData(PROPORTIONS, (xb, nb, xa, na), (
            ("before", "count", row, m.before_column), ("before", "total", int(total.rows_before[0]), total.before_column),
            ("after", "count", row, m.after_column), ("after", "total", int(total.rows_after[0]), total.after_column)),
            count_unit or total.unit, None, (m.before_column, m.after_column))
        return _from_aggregate(m, _checked(data, problems, where), problems)
    if exposure is not None and (kind == RATES or kind is None) and per is None:
        tb, ta = float(exposure.before[0]), float(exposure.after[0])
        unit = exposure.unit or columns.split_header(exposure.name).unit or _time_unit_of(exposure.name)
        data = CountData(RATES, (xb, tb, xa, ta), (
            ("before", "events", row, m.before_column),
            ("before", "exposure", int(exposure.rows_before[0]), exposure.before_column),
            ("after", "events", row, m.after_column),
            ("after", "exposure", int(exposure.rows_after[0]), exposure.after_column)),
            count_unit, unit, (m.before_column, m.after_column))
        return _from_aggregate(m, _checked(data, problems, where), problems)
    if per is not None or kind == RATES:
        data = CountData(RATES, (xb, 1.0, xa, 1.0), (
            ("before", "events", row, m.before_column), ("before", "exposure", None, None),
            ("after", "events", row, m.after_column), ("after", "exposure", None, None)),
            count_unit, per, (m.before_column, m.after_column), exposure_assumed=per is None)
        if per is None:
            problems.append(Problem("counts.exposure_assumed", {"metric": m.name}, row=row, severity=INFO, **where))
        return _from_aggregate(m, _checked(data, problems, where), problems)
    return m


def _checked(data: CountData, problems: list, where: dict) -> CountData:
    """A count that is not a whole number >= 0 is a problem of its cell."""
    for (side, what, row, col), v in zip(data.cells, data.values):
        if v is None or row is None:
            continue
        key = None
        if not np.isfinite(v):
            key = "counts.error.not_a_number"
        elif v < 0:
            key = "counts.error.negative"
        elif what in ("count", "total", "events") and not float(v).is_integer():
            key = "counts.error.not_whole"
        if key:
            p = Problem(key, {"value": _shown(v), "what": what}, row=row, column=col, severity=ERROR, **where)
            problems.append(p)
            data = replace(data, error=data.error or p)
    return data


def _from_aggregate(m, data: CountData, problems: list):
    m2 = replace(m, design=data.kind, counts=data, unit=_display_unit(data) if data.error is None or
                 data.kind != PAIRED_PROPORTIONS else m.unit,
                 problems=tuple(problems))
    lower = columns.guess_lower_is_better(m.name, data.count_unit)
    return replace(m2, lower_is_better=lower if lower is not None else m.lower_is_better)


def looks_like_counts(m) -> bool:
    """An aggregate metric of whole numbers in a count unit (เรื่อง, ครั้ง…):
    worth a hint that it can be tested as counts."""
    return m.counts is None and m.unit in cells.COUNT_UNITS and _count_row(m)
