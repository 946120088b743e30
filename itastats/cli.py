"""``python -m itastats inspect|compare|survey FILE``, ``attendance FILE...``: the library for scripts.

Exit codes: 0 success; 2 input the user must fix (one line on stderr, no
traceback); JSON goes to stdout with ``--json``.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any, Sequence

from . import i18n, narrative
from .analysis import MetricResult
from .problems import ERROR, InputError, Problem

EXIT_OK, EXIT_INPUT = 0, 2


def _clean(value: Any) -> Any:
    """JSON-safe: no NaN/inf, numpy scalars as Python numbers."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _problem(p: Problem, lang: str) -> dict[str, Any]:
    return {"row": p.row, "column": p.column, "sheet": p.sheet, "key": p.key,
            "severity": p.severity, "message": i18n.t(p.key, lang, **dict(p.params))}


def metric_json(r: MetricResult, lang: str = "en") -> dict[str, Any]:
    c = r.comparison
    out: dict[str, Any] = {
        "name": r.name, "file": r.metric.file, "sheet": r.metric.sheet, "unit": r.unit,
        "design": r.design,
        "n_before": c.n_before if c else int(len(r.metric.before)),
        "n_after": c.n_after if c else int(len(r.metric.after)),
        "n_dropped": c.n_dropped if c else 0,
        "mean_before": r.before_value, "mean_after": r.after_value,
        "median_before": c.median_before if c else None, "median_after": c.median_after if c else None,
        "sd_before": c.sd_before if c else None, "sd_after": c.sd_after if c else None,
        "change": r.change, "pct_change": r.pct_change,
        "chosen": c.chosen if c else None,
        "reason": c.reason if c else None,
        "error": c.error if c else None,
        "parametric": c.parametric.to_dict() if c else None,
        "rank": c.rank.to_dict() if c else None,
        "shapiro": [{"of": w, "W": s, "p": p} for w, s, p in c.shapiro] if c else [],
        "sentence": narrative.sentence(r, lang),
        "dropped": [_problem(p, lang) for p in r.dropped],
    }
    return _clean(out)


def _read(path: str) -> tuple[bytes, str]:
    p = Path(path)
    if not p.is_file():
        raise InputError(Problem("cli.no_such_file", {"path": path}, severity=ERROR))
    return p.read_bytes(), p.name


def _fail(problem: Problem, lang: str) -> int:
    print(i18n.describe(problem, lang).replace("\n", " "), file=sys.stderr)
    return EXIT_INPUT


def cmd_inspect(args: argparse.Namespace) -> int:
    from . import inspect as inspect_mod
    from . import reading
    data, name = _read(args.file)
    workbook = reading.read_file(data, name)
    report = inspect_mod.inspect_workbook(workbook)
    if args.json:
        print(json.dumps(_clean(report), ensure_ascii=False, indent=2))
        return EXIT_OK
    for sheet in report["sheets"]:
        print(f"{sheet['name']}: header row {sheet.get('header_row')}, {sheet.get('rows')} rows, "
              f"layout {sheet.get('layout')}")
        for col in sheet.get("columns", []):
            print(f"  {col['name']}: {col['role']}")
        for p in sheet.get("problems", []):
            print(f"  row {p.get('row')} {p.get('column') or ''}: {p.get('message')}")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from .workflow import analyze_file
    data, name = _read(args.file)
    analysis = analyze_file(data, name)
    if analysis.error:
        return _fail(analysis.error, args.lang)
    sheets = [s for s in analysis.sheets if args.sheet is None or s.name == args.sheet]
    if args.sheet is not None and not sheets:
        return _fail(Problem("cli.no_such_sheet", {"sheet": args.sheet,
                                                   "sheets": ", ".join(s.name for s in analysis.sheets)},
                             file=name, severity=ERROR), args.lang)
    metrics = [m for s in sheets for m in s.metrics]
    if not metrics:
        first = next((s.error for s in sheets if s.error), None)
        return _fail(first or Problem("workflow.no_metrics", file=name, severity=ERROR), args.lang)
    if args.json:
        payload = {"file": name, "metrics": [metric_json(m, args.lang) for m in metrics],
                   "problems": [_problem(p, args.lang) for s in sheets for p in s.problems]
                   + [_problem(s.error, args.lang) for s in sheets if s.error]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for m in metrics:
        print(f"[{m.metric.sheet}] {narrative.sentence(m, args.lang)}")
    return EXIT_OK


def cmd_survey(args: argparse.Namespace) -> int:
    from . import survey
    data, name = _read(args.file)
    result = survey.analyze_file(data, name, criteria=args.criteria)
    if args.json:
        print(json.dumps(_clean(survey.result_json(result)), ensure_ascii=False, indent=2))
        return EXIT_OK
    o, a = result.overall, result.alpha
    level = i18n.t(survey.level_key(o.level), args.lang) if o.level else "-"
    print(f"{name}: {result.respondents} respondents, {len(result.items)} items")
    print(f"overall: mean {o.mean:.2f}, S.D. {o.sd:.2f}, {level}, {o.pct:.2f}%" if o.mean is not None
          else "overall: -")
    print(f"Cronbach's alpha: {a.value:.3f} ({a.n_used} complete rows, {a.k} items)" if a.value is not None
          else f"Cronbach's alpha: - ({a.n_used} complete rows, {a.k} items)")
    for item in result.items:
        word = i18n.t(survey.level_key(item.level), args.lang) if item.level else "-"
        mean = f"{item.mean:.2f}" if item.mean is not None else "-"
        sd = f"{item.sd:.2f}" if item.sd is not None else "-"
        print(f"  {item.number or ''} {item.name}: n={item.n} mean={mean} sd={sd} {word}")
    for column, word, count in result.unknown_words:
        print(f"  unknown answer in {column}: {word!r} x{count} (not counted)")
    return EXIT_OK


def cmd_attendance(args: argparse.Namespace) -> int:
    from . import attendance
    files = [_read(path) for path in args.files]
    files = [(name, data) for data, name in files]
    headcount = None
    if args.headcount:
        data, name = _read(args.headcount)
        attendance.read_headcount(data, name)          # a headcount the user must fix stops here
        headcount = (name, data)
    result = attendance.analyze_files(files, headcount=headcount, count_unknown=not args.units_only)
    if result.records == 0:
        first = next((p for p in result.problems if p.severity == ERROR), None)
        return _fail(first or Problem("attendance.cli.no_records", severity=ERROR), args.lang)
    if args.json:
        print(json.dumps(_clean(attendance.result_json(result)), ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = args.lang
    print(i18n.t("attendance.cli.total", lang, attendees=result.attendees, records=result.records,
                 files=len(result.files)))
    if result.rate is not None:
        print(i18n.t("attendance.cli.rate", lang, rate=f"{result.rate:.2f}",
                     counted=result.attendees_in_headcount + result.unknown_counted,
                     headcount=result.headcount_total))
    for s in result.sessions:
        print(i18n.t("attendance.cli.session", lang, name=s.name,
                     date=s.date.isoformat() if s.date else "-", attendees=s.attendees))
    for u in result.by_unit:
        of = f" / {u.headcount} ({u.rate:.2f}%)" if u.headcount is not None and u.rate is not None else ""
        print(i18n.t("attendance.cli.unit", lang, unit=u.unit or i18n.t("attendance.unknown_unit", lang),
                     attendees=u.attendees, of=of))
    if result.online_minutes is not None:
        print(i18n.t("attendance.cli.online", lang, minutes=f"{result.online_minutes:,.0f}",
                     people=result.online_attendees))
    for m in result.merges:
        print(i18n.t("attendance.cli.merge", lang, variants=" = ".join(m.variants), key=m.key))
    for p in result.problems:
        if p.severity != "info":
            print(i18n.describe(p, lang).replace("\n", " "))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m itastats",
                                     description="itastats: ITA criterion 5 evidence statistics")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=i18n.LANGS, default="en",
                        help="language of messages and sentences (th or en)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("inspect", parents=[common], help="sheets, header row, column roles and problems")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_inspect)
    p = sub.add_parser("compare", parents=[common], help="every metric's before/after comparison")
    p.add_argument("file")
    p.add_argument("--sheet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_compare)
    p = sub.add_parser("survey", parents=[common], help="a satisfaction survey (5.4.3)")
    p.add_argument("file")
    p.add_argument("--criteria", choices=("best", "half"), default="best",
                   help="level criteria: best (0.80 intervals, default) or half (0.50 intervals)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_survey)
    p = sub.add_parser("attendance", parents=[common],
                       help="attendance files: people counted once, per session and unit (5.3.2)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--headcount", metavar="FILE", help="staff per unit (หน่วยงาน | จำนวนบุคลากร)")
    p.add_argument("--units-only", action="store_true",
                   help="count only people with a unit in the overall rate (by default people without one, "
                        "who came only through Zoom/Teams, count as staff unless marked as guests)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_attendance)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as exc:
        problem = exc.problem
        if problem.file is None and getattr(args, "file", None):
            problem = problem.at(file=Path(args.file).name)
        return _fail(problem, args.lang)
