"""From a read table and its column roles to the metrics it holds.

CONTRACT (written first so that other modules can be built against it):
the layout names and :class:`MetricData`.  Below them, how a sheet's columns
become metrics: :func:`guess_mapping` proposes a :class:`SheetMapping`; a page
lets the user correct roles or the design and calls
:func:`mapping_from_roles`; :func:`extract` reads the numbers, reporting
every cell it leaves out.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Mapping

import numpy as np

from . import cells, columns, counts
from .problems import ERROR, INFO, WARNING, InputError, Problem
from ._lazy import lazy_module

pd = lazy_module("pandas")        # imported on first use: a page that reads no file needs no pandas

PAIRED = "paired"            # (a) one row per case, a before and an after column
INDEPENDENT = "independent"  # (b) two lists of different length
LONG = "long"                # (c) metric, period (ก่อน/หลัง), value
AGGREGATE = "aggregate"      # (d) metric, unit, before, after (one number each)
COUNTS = "counts"            # (e) period rows of counts with a total or an exposure column
TABLE_2X2 = "table_2x2"      # (f) a 2 x 2 table of changes: answer before by answer after
LAYOUTS = (PAIRED, INDEPENDENT, LONG, AGGREGATE, COUNTS, TABLE_2X2)


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
    counts: Any = None        # a count metric's itastats.read.counts.CountData (design = its kind)


# ---------------------------------------------------------------- mapping a sheet


@dataclass(frozen=True)
class ColumnPair:
    """A before column and an after column that measure one metric.

    ``design`` is ``"paired"`` (same row = same case) or ``"independent"``
    (two lists of different cases).
    """
    before: str
    after: str
    name: str
    unit: str | None = None
    design: str = PAIRED
    kind: str | None = None    # yes/no answers: counts.PAIRED_PROPORTIONS or counts.PROPORTIONS


@dataclass(frozen=True)
class SheetMapping:
    """How one sheet holds its metrics.

    Attributes
    ----------
    layout : str or None
        One of :data:`LAYOUTS`; None when no before/after data was found.
    roles : Mapping[str, str]
        The role of every column (see :mod:`itastats.read.columns`).
    pairs : tuple of ColumnPair
        Layouts paired/independent/aggregate: the before/after column pairs.
    case_id, metric, unit, period, value : str or None
        The column holding that role, when there is one.
    problems : tuple of Problem
        What the guess could not settle (unpaired columns, order assumed...).
    kind, kinds : str or None, tuple of (metric, kind)
        What the user declared the sheet's (or one metric's) numbers to be
        (:data:`itastats.read.counts.KINDS`); None: recognised.
    """
    layout: str | None
    roles: Mapping[str, str]
    pairs: tuple[ColumnPair, ...] = ()
    case_id: str | None = None
    metric: str | None = None
    unit: str | None = None
    period: str | None = None
    value: str | None = None
    problems: tuple[Problem, ...] = ()
    kind: str | None = None
    kinds: tuple[tuple[str, str], ...] = ()


def guess_mapping(table) -> SheetMapping:
    """Guess the layout of a sheet and how its columns pair up.

    Parameters
    ----------
    table : itastats.read.reading.Table

    Returns
    -------
    SheetMapping

    Examples
    --------
    >>> from itastats.read.reading import read_workbook, table
    >>> t = table(read_workbook("ลำดับ,เวลา ก่อน,เวลา หลัง\\n1,5,3\\n2,6,4\\n".encode(), "a.csv"))
    >>> m = guess_mapping(t)
    >>> m.layout, m.pairs[0].name, m.case_id
    ('paired', 'เวลา', 'ลำดับ')
    """
    return mapping_from_roles(table, columns.guess_roles(table))


def mapping_from_roles(table, roles: Mapping[str, str], *, layout: str | None = None,
                       design: str | None = None, kind: str | None = None,
                       kinds: tuple[tuple[str, str], ...] = ()) -> SheetMapping:
    """Build the mapping from column roles (guessed, or corrected by the user).

    Parameters
    ----------
    table : itastats.read.reading.Table
    roles : Mapping[str, str]
        ``{column: role}``; columns not named are ``"other"``.
    layout : str, optional
        Force a layout instead of deciding from the roles.
    design : str, optional
        ``"paired"`` or ``"independent"``: force the design of every
        before/after column pair.
    kind : str, optional
        What the numbers are (:data:`itastats.read.counts.KINDS`):
        ``"measure"`` (measurements, never counts), ``"rates"``,
        ``"proportions"`` or ``"paired_proportions"``; None: recognised
        (a 2 × 2 table of changes, period rows with a total or exposure
        column, yes/no answers, aggregate rows of counts).
    kinds : tuple of (metric, kind)
        The same for single aggregate rows.

    Raises
    ------
    ValueError
        An unknown role, layout, design or kind, or a role given to a column
        the table does not have.
    """
    roles = _checked_roles(table, roles)
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {LAYOUTS}")
    if design is not None and design not in (PAIRED, INDEPENDENT):
        raise ValueError(f"design must be {PAIRED!r} or {INDEPENDENT!r}, not {design!r}")
    for k in (kind, *(k for _m, k in kinds)):
        if k is not None and k not in counts.KINDS:
            raise ValueError(f"kind must be one of {counts.KINDS}, not {k!r}")
    where = {"file": table.file, "sheet": table.sheet}
    problems: list[Problem] = []
    if layout is None and kind in (None, counts.PAIRED_PROPORTIONS) and counts.find_table_2x2(table):
        return SheetMapping(TABLE_2X2, roles, problems=(), kind=kind, kinds=tuple(kinds))
    if layout == TABLE_2X2 and not counts.find_table_2x2(table):
        problems.append(Problem("counts.no_table_2x2", severity=ERROR, **where))
        return SheetMapping(None, roles, problems=tuple(problems), kind=kind, kinds=tuple(kinds))
    if layout == TABLE_2X2:
        return SheetMapping(TABLE_2X2, roles, kind=kind, kinds=tuple(kinds))
    roles = _guess_unnamed_pair(table, roles, problems, where, forced=layout is not None)
    single = {r: _first(roles, r) for r in (columns.CASE_ID, columns.METRIC, columns.UNIT,
                                            columns.PERIOD, columns.VALUE)}
    chosen = layout or _decide_layout(roles, single)
    if chosen == COUNTS:
        if single[columns.PERIOD] is None or not any(r in (columns.COUNT, columns.VALUE) for r in roles.values()):
            problems.append(Problem("counts.need_period", severity=ERROR, **where))
            return SheetMapping(None, roles, problems=tuple(problems), kind=kind, kinds=tuple(kinds))
        return SheetMapping(COUNTS, roles, (), single[columns.CASE_ID], single[columns.METRIC],
                            single[columns.UNIT], single[columns.PERIOD], single[columns.VALUE],
                            tuple(problems), kind, tuple(kinds))
    pairs: tuple[ColumnPair, ...] = ()
    if chosen in (PAIRED, INDEPENDENT, AGGREGATE):
        pairs = _pair_columns(table, roles, problems, where)
        if chosen != AGGREGATE:
            pairs = tuple(_with_design(table, p, single[columns.CASE_ID], design or
                                       (INDEPENDENT if layout == INDEPENDENT else None),
                                       problems, where) for p in pairs)
            pairs = tuple(_with_kind(table, p, kind, problems, where) for p in pairs)
            chosen = PAIRED if any(p.design == PAIRED for p in pairs) or not pairs else INDEPENDENT
        if not pairs:
            chosen = None
    if chosen == LONG and (single[columns.PERIOD] is None or single[columns.VALUE] is None):
        chosen = None
    if chosen == LONG and kind in counts.COUNT_KINDS:
        problems.append(Problem("counts.kind_does_not_fit", {"metric": table.sheet}, severity=ERROR, **where))
    if chosen is None:
        problems.append(Problem("layout.not_found", severity=ERROR, **where))
    return SheetMapping(chosen, roles, pairs, single[columns.CASE_ID], single[columns.METRIC],
                        single[columns.UNIT], single[columns.PERIOD], single[columns.VALUE],
                        tuple(problems), kind, tuple(kinds))


def remap(table, mapping: SheetMapping, *, layout: str | None = None,
          roles: Mapping[str, str] | None = None, design: str | None = None,
          kind: str | None = None, kinds: tuple[tuple[str, str], ...] = ()) -> SheetMapping:
    """A mapping with the user's corrections applied (roles, layout, design, kind).

    Roles not given keep the ones of ``mapping``.
    """
    merged = dict(mapping.roles)
    merged.update(roles or {})
    return mapping_from_roles(table, merged, layout=layout, design=design, kind=kind, kinds=kinds)


def _checked_roles(table, roles: Mapping[str, str]) -> dict[str, str]:
    out = {c: columns.OTHER for c in table.columns}
    for column, role in roles.items():
        if column not in out:
            raise ValueError(f"no column {column!r} in sheet {table.sheet!r}")
        if role not in columns.ROLES:
            raise ValueError(f"unknown role {role!r}; expected one of {columns.ROLES}")
        out[column] = role
    return out


def _first(roles: Mapping[str, str], role: str) -> str | None:
    return next((c for c, r in roles.items() if r == role), None)


def _decide_layout(roles: Mapping[str, str], single: dict) -> str | None:
    has = set(roles.values())
    if single[columns.PERIOD] and {columns.COUNT, columns.TOTAL, columns.EXPOSURE} & has:
        return COUNTS
    if single[columns.PERIOD] and single[columns.VALUE]:
        return LONG
    if columns.BEFORE in has and columns.AFTER in has:
        return AGGREGATE if single[columns.METRIC] else PAIRED
    return None


def _guess_unnamed_pair(table, roles: dict[str, str], problems: list, where: dict,
                        forced: bool) -> dict[str, str]:
    """Two numeric columns and no before/after words: left is before, right after (said so)."""
    has = set(roles.values())
    if forced or {columns.BEFORE, columns.AFTER} & has or columns.PERIOD in has:
        return roles
    numeric = [c for c, r in roles.items() if r in (columns.OTHER, columns.VALUE)
               and columns.profile(table.data[c]).numeric >= 0.5]
    if len(numeric) != 2:
        return roles
    roles = dict(roles)
    roles[numeric[0]], roles[numeric[1]] = columns.BEFORE, columns.AFTER
    problems.append(Problem("layout.order_assumed", {"before": numeric[0], "after": numeric[1]},
                            severity=WARNING, **where))
    return roles


def _pair_columns(table, roles: Mapping[str, str], problems: list,
                  where: dict) -> tuple[ColumnPair, ...]:
    """Match each before column with its after column (same metric, else the next one)."""
    befores = [c for c, r in roles.items() if r == columns.BEFORE]
    afters = [c for c, r in roles.items() if r == columns.AFTER]
    parts = {c: columns.split_header(c) for c in befores + afters}
    order = {c: i for i, c in enumerate(table.columns)}
    pairs, used = [], set()
    for b in befores:
        free = [a for a in afters if a not in used]
        same = [a for a in free if parts[a].metric == parts[b].metric
                and (parts[a].unit == parts[b].unit or None in (parts[a].unit, parts[b].unit))]
        right = [a for a in free if order[a] > order[b]]
        match = (same or right or free or [None])[0]
        if match is None:
            problems.append(Problem("layout.unpaired_column", {"period": "before"},
                                    column=b, severity=WARNING, **where))
            continue
        used.add(match)
        pairs.append((b, match))
    for a in afters:
        if a not in used:
            problems.append(Problem("layout.unpaired_column", {"period": "after"},
                                    column=a, severity=WARNING, **where))
    return tuple(_named_pair(b, a, parts, i, len(pairs), table.sheet)
                 for i, (b, a) in enumerate(pairs))


def _named_pair(b: str, a: str, parts: dict, i: int, n: int, sheet: str) -> ColumnPair:
    name = parts[b].metric or parts[a].metric
    if parts[b].metric and parts[a].metric and parts[b].metric != parts[a].metric:
        common = _common_prefix(parts[b].metric, parts[a].metric)
        name = common or parts[b].metric
    if not name:              # columns named only ก่อน/หลัง: the sheet's (a csv file's) name, made readable
        readable = " ".join(sheet.replace("_", " ").split()) or sheet
        name = readable if n == 1 else f"{readable} ({i + 1})"
    return ColumnPair(b, a, name, parts[b].unit or parts[a].unit)


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return x[:n].strip(" -–—:：/_,.|(")


def _with_design(table, pair: ColumnPair, case_id: str | None, forced: str | None,
                 problems: list, where: dict) -> ColumnPair:
    """Paired unless there is no case id and one column simply ends earlier.

    A "case id" that only counts rows (ลำดับ 1, 2, 3 … n) names no case: two
    lists typed side by side under a running number are still two lists.
    """
    if case_id is not None and _running_number(table.data[case_id]):
        case_id = None
    if forced:
        design = forced
    elif case_id is not None:
        design = PAIRED
    else:
        design = PAIRED
        fb = ~cells.is_blank(table.data[pair.before])
        fa = ~cells.is_blank(table.data[pair.after])
        if fb.sum() != fa.sum() and _one_ends_earlier(fb, fa):
            design = INDEPENDENT
            problems.append(Problem("layout.different_lengths",
                                    {"before": pair.before, "after": pair.after,
                                     "n_before": int(fb.sum()), "n_after": int(fa.sum())},
                                    severity=INFO, **where))
    return ColumnPair(pair.before, pair.after, pair.name, pair.unit, design)


def _with_kind(table, pair: ColumnPair, kind: str | None, problems: list, where: dict) -> ColumnPair:
    """Yes/no answers in both columns are counts: the same cases twice
    (paired) or two lists (independent); a declared kind says so instead."""
    if kind == counts.MEASURE:
        return pair
    if kind == counts.RATES:
        problems.append(Problem("counts.kind_does_not_fit", {"metric": pair.name}, severity=ERROR, **where))
        return pair
    if kind in (counts.PAIRED_PROPORTIONS, counts.PROPORTIONS):
        return replace(pair, kind=kind)
    if counts.is_yes_no(table, pair.before) and counts.is_yes_no(table, pair.after):
        return replace(pair, kind=counts.PAIRED_PROPORTIONS if pair.design == PAIRED else counts.PROPORTIONS)
    return pair


def _running_number(column) -> bool:
    """True when the filled cells read 1, 2, 3 … in order (a row counter).

    The first and last cells are checked first (1 and n), so a real case-id
    column (DOC-0001, A-17…) is rejected without parsing all its cells.
    """
    at = np.flatnonzero(~cells.is_blank(column))  # positions of the filled cells
    n = len(at)
    if n < 2:
        return False
    for value, expected in ((column.iloc[at[0]], 1.0), (column.iloc[at[-1]], float(n))):
        _, number, _ = cells.parse_one(value)
        if number is None or number != expected:
            return False
    values = np.asarray(cells.parse_numbers(column.iloc[at]).values, dtype=float)
    return bool(np.array_equal(values, np.arange(1, n + 1, dtype=float)))


def _one_ends_earlier(fb: np.ndarray, fa: np.ndarray) -> bool:
    short, long_ = (fb, fa) if fb.sum() < fa.sum() else (fa, fb)
    if not short.any():
        return True
    last = int(np.flatnonzero(short)[-1])
    only_long = np.flatnonzero(long_ & ~short)
    return bool(len(only_long)) and int(only_long[0]) > last


# ---------------------------------------------------------------- extracting the numbers

def extract(table, mapping: SheetMapping) -> list[MetricData]:
    """Read every metric of a sheet as numbers, with every dropped cell reported.

    Parameters
    ----------
    table : itastats.read.reading.Table
    mapping : SheetMapping
        From :func:`guess_mapping` or :func:`mapping_from_roles`.

    Returns
    -------
    list of MetricData
        In sheet order.  Each carries the problems of its own cells
        (not a number, Excel error, "-" for missing, a missing half of a pair,
        a unit that differs from the metric's unit).

    Raises
    ------
    InputError
        ``layout.not_found`` when the mapping has no layout, or
        ``read.no_numbers`` when no cell of the metric columns is a number.
    """
    where = {"file": table.file, "sheet": table.sheet}
    if mapping.layout is None:
        raise InputError(Problem("layout.not_found", severity=ERROR, **where))
    if mapping.layout == LONG:
        metrics = _extract_long(table, mapping, where)
    elif mapping.layout == AGGREGATE:
        metrics = counts.aggregate_rows(_extract_aggregate(table, mapping, where), mapping.kind,
                                        dict(mapping.kinds))
    elif mapping.layout == COUNTS:
        metrics = counts.period_rows(table, mapping, mapping.kind)
    elif mapping.layout == TABLE_2X2:
        metrics = [counts.table_2x2(table, counts.find_table_2x2(table))]
    else:
        metrics = [counts.yes_no_metric(table, p, mapping.case_id, p.kind) if p.kind
                   else _extract_pair(table, p, mapping.case_id, where) for p in mapping.pairs]
    if metrics and not any(m.counts is not None or np.isfinite(m.before).any() or np.isfinite(m.after).any()
                           for m in metrics):
        raise InputError(Problem("read.no_numbers", severity=ERROR, **where))
    return metrics


def _cell_problems(parsed: cells.ParsedNumbers, rows: np.ndarray, column: str, where: dict,
                   mask: np.ndarray | None = None) -> list[Problem]:
    """One problem per cell that is not a number (only the rows in ``mask``)."""
    out = []
    status = parsed.status
    sel = np.ones(len(status), bool) if mask is None else mask
    for key, code, severity in (("cell.missing_mark", cells.MISSING, INFO),
                                ("cell.not_a_number", cells.BAD, WARNING),
                                ("cell.excel_error", cells.ERROR_VALUE, WARNING)):
        for i in np.flatnonzero((status == code) & sel):
            out.append(Problem(key, {"value": _shown(parsed.text[i])}, row=int(rows[i]),
                               column=column, severity=severity, **where))
    return out


def _shown(value: Any) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= 40 else text[:39] + "…"


def _settle_units(parts: list[tuple[cells.ParsedNumbers, np.ndarray, str, np.ndarray]],
                  declared: str | None, where: dict) -> tuple[str | None, list[Problem]]:
    """The metric's unit; cells written in another unit become NaN and a problem.

    ``parts`` holds (parsed column, rows, column name, row-level unit such as
    a unit column's value or None per row).  The declared unit (header or
    metric name) wins; else the most common unit written.
    """
    if declared is None and all(ru is None for *_x, ru in parts) \
            and not any(p.has_units for p, *_x in parts):
        return None, []
    effective = []
    for parsed, _rows, _col, row_units in parts:
        eff = parsed.units
        if row_units is not None:
            eff = eff.copy()
            none = np.equal(eff, None)
            eff[none] = row_units[none]
        effective.append(eff)
    unit = declared
    if unit is None:
        counts: Counter = Counter()
        for eff, (parsed, *_rest) in zip(effective, parts):
            written = eff[(parsed.status == cells.OK) & ~np.equal(eff, None)]
            if len(written):
                counts.update(pd.Series(written, dtype=object).value_counts().to_dict())
        unit = counts.most_common(1)[0][0] if counts else None
    problems = []
    if unit is None:
        return None, problems
    for eff, (parsed, rows, col, _ru) in zip(effective, parts):
        if _ru is None and not parsed.has_units:
            continue
        ok = parsed.status == cells.OK
        wrong = np.flatnonzero(ok & ~np.equal(eff, None) & np.not_equal(eff, unit))
        for i in wrong:
            problems.append(Problem("cell.unit_mismatch",
                                    {"value": f"{_num_text(parsed.values[i])} {eff[i]}",
                                     "cell_unit": eff[i], "unit": unit},
                                    row=int(rows[i]), column=col, severity=WARNING, **where))
            parsed.values[i] = np.nan
            parsed.status[i] = cells.OTHER_UNIT
    return unit, problems


def _num_text(x: float) -> str:
    return f"{x:g}"


def _extract_pair(table, pair: ColumnPair, case_id: str | None, where: dict) -> MetricData:
    rows = table.rows
    pb = cells.parse_numbers(table.data[pair.before])
    pa = cells.parse_numbers(table.data[pair.after])
    unit, problems = _settle_units([(pb, rows, pair.before, None), (pa, rows, pair.after, None)],
                                   pair.unit, where)
    fb, fa = pb.status != cells.BLANK, pa.status != cells.BLANK
    if pair.design == INDEPENDENT:
        keep_b, keep_a = fb, fa
        problems = _cell_problems(pb, rows, pair.before, where, fb) + \
            _cell_problems(pa, rows, pair.after, where, fa) + problems
        ids = None
    else:
        keep_b = keep_a = fb | fa
        problems = _cell_problems(pb, rows, pair.before, where, keep_b) + \
            _cell_problems(pa, rows, pair.after, where, keep_a) + problems + \
            _half_pair_problems(fb, fa, rows, pair, where)
        ids = _case_ids(table, case_id, keep_b)
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return MetricData(
        name=pair.name, file=table.file, sheet=table.sheet, unit=unit,
        design=pair.design, before=pb.values[keep_b], after=pa.values[keep_a],
        rows_before=rows[keep_b], rows_after=rows[keep_a], case_ids=ids,
        before_column=pair.before, after_column=pair.after, problems=tuple(problems),
        lower_is_better=columns.guess_lower_is_better(pair.name, unit))


def _half_pair_problems(fb: np.ndarray, fa: np.ndarray, rows: np.ndarray, pair: ColumnPair,
                        where: dict) -> list[Problem]:
    out = []
    for i in np.flatnonzero(fb & ~fa):
        out.append(Problem("cell.blank_in_pair", {"other": pair.before}, row=int(rows[i]),
                           column=pair.after, severity=WARNING, **where))
    for i in np.flatnonzero(fa & ~fb):
        out.append(Problem("cell.blank_in_pair", {"other": pair.after}, row=int(rows[i]),
                           column=pair.before, severity=WARNING, **where))
    return out


def _case_ids(table, case_id: str | None, mask: np.ndarray) -> tuple | None:
    if case_id is None:
        return None
    col = table.data[case_id]
    if not mask.all():
        col = col[mask]
    if pd.api.types.is_numeric_dtype(col.dtype) and col.dtype != bool:
        arr = col.to_numpy(dtype=float)
        if np.all(np.isfinite(arr) & (arr == np.round(arr))):
            return tuple(arr.astype(np.int64).tolist())
    elif pd.api.types.is_string_dtype(col.dtype) and col.dtype != object:
        clean = col.str.strip()
        # to_numpy(object) makes the same str objects as Series.tolist() in half the time
        values = clean.to_numpy(dtype=object).tolist()
        return tuple(None if v != v or v == "" else v for v in values) \
            if (clean.isna() | (clean == "")).any() else tuple(values)
    return tuple(_map_unique(col, _id_value).tolist())


def _id_value(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float):
        return int(v) if v.is_integer() else (None if v != v else v)
    if isinstance(v, str):
        v = " ".join(v.split())
        return v or None
    return v


def _text_column(table, column: str | None, *, fill_down: bool = False) -> np.ndarray:
    """A text column as str or None per row (merged cells: value only in the first row)."""
    if column is None:
        return np.full(table.n_rows, None, dtype=object)
    out = _map_unique(table.data[column], _label)
    if fill_down:
        valid = ~np.equal(out, None)
        idx = np.maximum.accumulate(np.where(valid, np.arange(len(out)), 0))
        out = np.where(valid[idx], out[idx], None)
    return out


def _map_unique(values: pd.Series, fn) -> np.ndarray:
    """``fn`` applied once per distinct value (not once per row) -> object array."""
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:-1] = [fn(u) for u in uniques]
    mapped[-1] = fn(None)
    return mapped[codes]  # code -1 (missing) picks fn(None)


def _label(v: Any) -> str | None:
    v = _id_value(v)
    return None if v is None else str(v)


def _unit_column(table, column: str | None) -> np.ndarray | None:
    if column is None:
        return None
    return _map_unique(table.data[column], lambda v: cells.canonical_unit(_label(v)))


def _extract_long(table, mapping: SheetMapping, where: dict) -> list[MetricData]:
    rows = table.rows
    names = _text_column(table, mapping.metric, fill_down=True)
    period = cells.parse_period(table.data[mapping.period])
    parsed = cells.parse_numbers(table.data[mapping.value])
    row_units = _unit_column(table, mapping.unit)
    ids = _text_column(table, mapping.case_id) if mapping.case_id else None
    problems_all: list[Problem] = []
    filled_value = parsed.status != cells.BLANK
    bad_period = filled_value & np.array([p is None for p in period], bool)
    for i in np.flatnonzero(bad_period):
        problems_all.append(Problem("cell.bad_period",
                                    {"value": _shown(table.data[mapping.period].iloc[i])},
                                    row=int(rows[i]), column=mapping.period, severity=WARNING,
                                    **where))
    order = list(dict.fromkeys(n for n in names if n is not None)) or [None]
    value_unit = columns.split_header(mapping.value).unit
    out = []
    for name in order:
        in_group = (names == name) if name is not None else np.ones(len(rows), bool)
        if name is None:
            in_group = np.array([n is None for n in names], bool)
        mask = in_group & ~bad_period & filled_value
        sub = _subset(parsed, mask)
        sub_units = row_units[mask] if row_units is not None else None
        label = name or table.sheet
        declared = columns.split_header(label).unit or value_unit
        unit, problems = _settle_units([(sub, rows[mask], mapping.value, sub_units)],
                                       declared, where)
        problems = _cell_problems(sub, rows[mask], mapping.value, where) + problems
        metric_name = columns.split_header(label).metric or label
        out.append(_long_metric(table, metric_name, unit, sub, rows[mask], period[mask],
                                ids[mask] if ids is not None else None, mapping, problems,
                                where))
    if problems_all and out:
        first = out[0]
        out[0] = _replace_problems(first, tuple(sorted(problems_all + list(first.problems),
                                                       key=lambda p: p.row or 0)))
    return out


def _subset(parsed: cells.ParsedNumbers, mask: np.ndarray) -> cells.ParsedNumbers:
    return cells.ParsedNumbers(parsed.values[mask].copy(), parsed.units[mask].copy(),
                               parsed.status[mask].copy(), parsed.text[mask].copy(),
                               parsed.has_units)


def _replace_problems(metric: MetricData, problems: tuple) -> MetricData:
    return replace(metric, problems=problems)


def _long_metric(table, name: str, unit: str | None, parsed: cells.ParsedNumbers,
                 rows: np.ndarray, period: np.ndarray, ids: np.ndarray | None,
                 mapping: SheetMapping, problems: list, where: dict) -> MetricData:
    b, a = period == "before", period == "after"
    design, case_ids = INDEPENDENT, None
    vb, va, rb, ra = parsed.values[b], parsed.values[a], rows[b], rows[a]
    if ids is not None:
        ib, ia = list(ids[b]), list(ids[a])
        complete = (None not in ib and len(set(ib)) == len(ib) == len(ia) and set(ib) == set(ia))
        if complete:
            pos = {k: i for i, k in enumerate(ia)}
            take = np.array([pos[k] for k in ib], dtype=int)
            va, ra = va[take], ra[take]
            design, case_ids = PAIRED, tuple(ib)
        else:
            problems.append(Problem("layout.long_not_paired", {"metric": name},
                                    column=mapping.case_id, severity=INFO, **where))
    return MetricData(
        name=name, file=table.file, sheet=table.sheet, unit=unit, design=design,
        before=vb, after=va, rows_before=rb, rows_after=ra, case_ids=case_ids,
        before_column=mapping.value, after_column=mapping.value,
        problems=tuple(sorted(problems, key=lambda p: p.row or 0)),
        lower_is_better=columns.guess_lower_is_better(name, unit))


def _extract_aggregate(table, mapping: SheetMapping, where: dict) -> list[MetricData]:
    rows = table.rows
    names = _text_column(table, mapping.metric)
    row_units = _unit_column(table, mapping.unit)
    out = []
    for pair in mapping.pairs:
        pb = cells.parse_numbers(table.data[pair.before])
        pa = cells.parse_numbers(table.data[pair.after])
        for i in range(len(rows)):
            if names[i] is None and pb.status[i] == cells.BLANK and pa.status[i] == cells.BLANK:
                continue
            out.append(_aggregate_metric(table, pair, names[i], i, pb, pa, row_units,
                                         len(mapping.pairs), where))
    return out


def _aggregate_metric(table, pair: ColumnPair, name: str | None, i: int,
                      pb: cells.ParsedNumbers, pa: cells.ParsedNumbers,
                      row_units: np.ndarray | None, n_pairs: int, where: dict) -> MetricData:
    rows = table.rows[i:i + 1]
    label = name or f"{table.sheet} ({table.rows[i]})"
    parts = columns.split_header(label)
    metric_name = parts.metric or label
    if n_pairs > 1:
        metric_name = f"{metric_name} \u2013 {pair.name}"
    sb, sa = _subset(pb, _one(i, len(pb.values))), _subset(pa, _one(i, len(pa.values)))
    ru = row_units[i:i + 1] if row_units is not None else None
    declared = (ru[0] if ru is not None else None) or parts.unit or pair.unit
    unit, problems = _settle_units([(sb, rows, pair.before, ru), (sa, rows, pair.after, ru)],
                                   declared, where)
    problems = _cell_problems(sb, rows, pair.before, where) + \
        _cell_problems(sa, rows, pair.after, where) + problems
    for parsed, col in ((sb, pair.before), (sa, pair.after)):
        if parsed.status[0] == cells.BLANK:
            problems.append(Problem("cell.blank_aggregate", {"metric": metric_name},
                                    row=int(rows[0]), column=col, severity=WARNING, **where))
    return MetricData(
        name=metric_name, file=table.file, sheet=table.sheet, unit=unit, design=AGGREGATE,
        before=sb.values, after=sa.values, rows_before=rows, rows_after=rows.copy(),
        before_column=pair.before, after_column=pair.after, problems=tuple(problems),
        lower_is_better=columns.guess_lower_is_better(metric_name, unit))


def _one(i: int, n: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[i] = True
    return mask
