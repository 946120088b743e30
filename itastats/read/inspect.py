"""What ``python -m itastats inspect FILE`` reports, as plain data (JSON-ready).

For every sheet: the header row found (1-based, as Excel shows it), the
number of data rows, the layout guessed, each column with its role, the
metrics found and every problem with its row and column.  A sheet that
cannot be used is still listed, with the error that says why.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..i18n import catalog
from ..read.problems import describe
from .layouts import SheetMapping, extract, guess_mapping
from .problems import InputError, Problem
from .limits import DEFAULT_LIMITS, Limits
from .reading import Workbook, table


def problem_dict(problem: Problem, lang: str = "en") -> dict[str, Any]:
    """One problem as JSON: where, what (key and words) and how bad."""
    return {
        "sheet": problem.sheet,
        "row": problem.row,
        "column": problem.column,
        "message": describe(problem, lang),
        "key": problem.key,
        "severity": problem.severity,
        "params": {k: _plain(v) for k, v in problem.params.items()},
    }


def _plain(value: Any) -> Any:
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def inspect_workbook(workbook: Workbook, *, lang: str = "en",
                     header_rows: dict[str, int] | None = None,
                     limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """Describe every sheet of a workbook: header, rows, layout, columns, problems.

    Parameters
    ----------
    workbook : Workbook
        From :func:`itastats.read.reading.read_workbook`.
    lang : str, optional
        Language of the ``message`` texts ("en" by default, for the CLI).
    header_rows : dict, optional
        ``{sheet name: 1-based header row}`` to override the guess.
    limits : Limits, optional

    Returns
    -------
    dict
        ``{"file", "kind", "encoding", "delimiter", "problems", "sheets":
        [{"name", "header_row", "header_rows", "rows", "layout", "columns":
        [{"name", "letter", "role"}], "metrics": [{"name", "unit", "design",
        "n_before", "n_after", "lower_is_better"}], "problems": [...]}]}``.

    Examples
    --------
    >>> from itastats.read.reading import read_workbook
    >>> out = inspect_workbook(read_workbook("ก่อน,หลัง\\n5,3\\n6,4\\n".encode(), "a.csv"))
    >>> out["sheets"][0]["header_row"], out["sheets"][0]["layout"]
    (1, 'paired')
    """
    header_rows = header_rows or {}
    return {
        "file": workbook.file,
        "kind": workbook.kind,
        "encoding": workbook.encoding,
        "delimiter": workbook.delimiter,
        "problems": [problem_dict(p, lang) for p in workbook.problems],
        "sheets": [_inspect_sheet(workbook, s.name, header_rows.get(s.name), lang, limits)
                   for s in workbook.sheets],
    }


def _inspect_sheet(workbook: Workbook, name: str, header_row: int | None, lang: str,
                   limits: Limits) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": name, "header_row": None, "header_rows": [], "rows": 0,
                             "layout": None, "columns": [], "metrics": [], "problems": []}
    try:
        tab = table(workbook, name, header_row=header_row, limits=limits)
    except InputError as exc:
        entry["problems"].append(problem_dict(exc.problem, lang))
        return entry
    mapping = guess_mapping(tab)
    entry.update(header_row=tab.header_row, header_rows=list(tab.header_rows),
                 rows=tab.n_rows, layout=mapping.layout,
                 columns=_columns(tab, mapping))
    problems = list(tab.problems) + list(mapping.problems)
    try:
        metrics = extract(tab, mapping) if mapping.layout else []
    except InputError as exc:
        metrics = []
        problems.append(exc.problem)
    for m in metrics:
        entry["metrics"].append({
            "name": m.name, "unit": m.unit, "design": m.design,
            "n_before": int(np.isfinite(m.before).sum()),
            "n_after": int(np.isfinite(m.after).sum()),
            "before_column": m.before_column, "after_column": m.after_column,
            "lower_is_better": m.lower_is_better,
        })
        problems.extend(m.problems)
    problems = _unique(problems)
    problems.sort(key=lambda p: (p.row is None, p.row or 0))
    entry["problems"] = [problem_dict(p, lang) for p in problems]
    return entry


def _columns(tab, mapping: SheetMapping) -> list[dict[str, Any]]:
    return [{"name": c, "letter": tab.letter(c), "role": mapping.roles.get(c, "other")}
            for c in tab.columns]


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        key = (p.key, p.sheet, p.row, p.column, tuple(sorted(map(str, p.params.items()))))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
