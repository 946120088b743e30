"""A whole file, start to finish: read, map columns, extract metrics, compare.

This is the one service the 5.4.1 page and ``python -m itastats compare``
call, so both show the same numbers.  The user's corrections arrive as
:class:`SheetOptions`; anything left as None is guessed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from ..read import layouts, reading
from ..stats.analysis import MetricResult, analyze_metric
from ..read.problems import ERROR, InputError, Problem
from .options import SheetOptions


@dataclass(frozen=True)
class SheetAnalysis:
    name: str
    header_row: int | None = None
    rows: int = 0
    columns: tuple[str, ...] = ()
    roles: Mapping[str, str] = field(default_factory=dict)
    layout: str | None = None
    metrics: tuple[MetricResult, ...] = ()
    problems: tuple[Problem, ...] = ()
    error: Problem | None = None       # the sheet could not be used
    included: bool = True


@dataclass(frozen=True)
class FileAnalysis:
    file: str
    sheets: tuple[SheetAnalysis, ...] = ()
    error: Problem | None = None       # the file could not be read at all

    @property
    def metrics(self) -> tuple[MetricResult, ...]:
        return tuple(m for s in self.sheets if s.included for m in s.metrics)


def _sheet(workbook: Any, name: str, options: SheetOptions) -> SheetAnalysis:
    if not options.include:
        return SheetAnalysis(name=name, included=False)
    try:
        table = reading.table(workbook, name, header_row=options.header_row)
    except InputError as exc:
        return SheetAnalysis(name=name, error=exc.problem)
    mapping = layouts.guess_mapping(table)
    if options.layout or options.roles or options.kind or options.kinds:
        # roles of columns that are not in this table (the header row changed) do not apply
        roles = {c: r for c, r in (options.roles or ()) if c in table.columns}
        try:
            mapping = layouts.remap(table, mapping, layout=options.layout, roles=roles or None,
                                    kind=options.kind, kinds=tuple(options.kinds))
        except ValueError as exc:
            problem = Problem("workflow.mapping_does_not_fit", {"detail": str(exc)}, severity=ERROR,
                              file=table.file, sheet=name)
            return SheetAnalysis(name=name, header_row=table.header_row, rows=len(table.frame),
                                 columns=tuple(table.columns), roles=dict(mapping.roles),
                                 layout=mapping.layout, problems=tuple(table.problems), error=problem)
    try:
        metrics = layouts.extract(table, mapping)
    except InputError as exc:
        return SheetAnalysis(name=name, header_row=table.header_row, rows=len(table.frame),
                             columns=tuple(table.columns), roles=dict(mapping.roles),
                             layout=mapping.layout, problems=tuple(table.problems),
                             error=exc.problem)
    results = tuple(
        analyze_metric(m, design=options.design if m.design != layouts.AGGREGATE else None,
                       method=options.method_for(m.name), alternative=options.alternative)
        for m in metrics)
    return SheetAnalysis(name=name, header_row=table.header_row, rows=len(table.frame),
                         columns=tuple(table.columns), roles=dict(mapping.roles),
                         layout=mapping.layout, metrics=results,
                         problems=tuple(table.problems) + tuple(mapping.problems))


def analyze_file(data: bytes, filename: str,
                 options: Mapping[str, SheetOptions] | None = None,
                 *, limits: reading.Limits | None = None) -> FileAnalysis:
    """Read ``data`` (the file's bytes) and compare every metric it holds.

    Never raises for bad input: a file that cannot be read comes back with
    ``error`` set; a sheet that cannot be used, with its own ``error``.
    """
    options = options or {}
    try:
        workbook = reading.read_file(data, filename, limits=limits or reading.Limits())
    except InputError as exc:
        problem = exc.problem if exc.problem.file else replace(exc.problem, file=filename)
        return FileAnalysis(file=filename, error=problem)
    sheets = []
    for sheet in workbook.sheets:
        analysis = _sheet(workbook, sheet.name, options.get(sheet.name, SheetOptions()))
        sheets.append(analysis)
    usable = [s for s in sheets if s.included and s.error is None and s.metrics]
    if not usable and all(s.error or not s.included for s in sheets) and sheets:
        first = next((s.error for s in sheets if s.error), None)
        return FileAnalysis(file=filename, sheets=tuple(sheets),
                            error=first or Problem("workflow.no_metrics", severity=ERROR, file=filename))
    return FileAnalysis(file=filename, sheets=tuple(sheets))
