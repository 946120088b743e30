"""``itastats inspect|compare|survey FILE``, ``attendance FILE...``, ``pack PROJECT``:
the library for scripts; ``itastats app``: the dashboard.

The same command is ``python -m itastats …`` in a source checkout; an
installed package puts ``itastats`` on PATH (pyproject.toml's
``[project.scripts]``).

Exit codes: 0 success; 2 input the user must fix (one line on stderr, no
traceback); JSON goes to stdout with ``--json``, always in UTF-8.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Sequence

from . import __version__
from .i18n import catalog
from .render import narrative
from .stats.analysis import MetricResult
from .read.problems import ERROR, InputError, Problem, describe

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
            "severity": p.severity, "message": catalog.t(p.key, lang, **dict(p.params))}


def _counts_json(r: MetricResult) -> dict[str, Any]:
    """A count metric's numbers: what was counted and the test (with its check test)."""
    data, test = r.metric.counts, r.counts
    values = data.values if data is not None else test.counts
    names = {"rates": ("events_before", "exposure_before", "events_after", "exposure_after"),
             "proportions": ("x_before", "n_before", "x_after", "n_after"),
             "paired_proportions": ("both", "before_only", "after_only", "neither")}[test.kind]
    return {"kind": test.kind, "values": dict(zip(names, values)),
            "count_unit": data.count_unit if data else None, "base_unit": data.base_unit if data else None,
            "test": test.to_dict()}


def metric_json(r: MetricResult, lang: str = "en") -> dict[str, Any]:
    if r.counts is not None:
        t = r.counts
        out = {"name": r.name, "file": r.metric.file, "sheet": r.metric.sheet, "unit": r.unit, "design": r.design,
               "before": r.before_value, "after": r.after_value, "change": r.change, "pct_change": r.pct_change,
               "chosen": t.name, "reason": t.chosen_reason, "error": t.error, "counts": _counts_json(r),
               "sentence": narrative.sentence(r, lang), "dropped": [_problem(p, lang) for p in r.dropped]}
        return _clean(out)
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
    print(describe(problem, lang).replace("\n", " "), file=sys.stderr)
    return EXIT_INPUT


def cmd_inspect(args: argparse.Namespace) -> int:
    from .read import inspect as inspect_mod
    from .read import reading
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
    from .criteria.options import SheetOptions
    from .criteria.workflow import analyze_file
    from .read import reading
    data, name = _read(args.file)
    options = None
    if args.kind or args.alternative != "two-sided":
        sheets = [s.name for s in reading.read_file(data, name).sheets]
        options = {s: SheetOptions(kind=args.kind, alternative=args.alternative) for s in sheets}
    analysis = analyze_file(data, name, options)
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
    from .criteria import survey
    data, name = _read(args.file)
    result = survey.analyze_file(data, name, criteria=args.criteria)
    if args.json:
        print(json.dumps(_clean(survey.result_json(result)), ensure_ascii=False, indent=2))
        return EXIT_OK
    o, a = result.overall, result.alpha
    level = catalog.t(survey.level_key(o.level), args.lang) if o.level else "-"
    print(f"{name}: {result.respondents} respondents, {len(result.items)} items")
    print(f"overall: mean {o.mean:.2f}, S.D. {o.sd:.2f}, {level}, {o.pct:.2f}%" if o.mean is not None
          else "overall: -")
    print(f"Cronbach's alpha: {a.value:.3f} ({a.n_used} complete rows, {a.k} items)" if a.value is not None
          else f"Cronbach's alpha: - ({a.n_used} complete rows, {a.k} items)")
    for item in result.items:
        word = catalog.t(survey.level_key(item.level), args.lang) if item.level else "-"
        mean = f"{item.mean:.2f}" if item.mean is not None else "-"
        sd = f"{item.sd:.2f}" if item.sd is not None else "-"
        print(f"  {item.number or ''} {item.name}: n={item.n} mean={mean} sd={sd} {word}")
    for column, word, count in result.unknown_words:
        print(f"  unknown answer in {column}: {word!r} x{count} (not counted)")
    return EXIT_OK


def cmd_attendance(args: argparse.Namespace) -> int:
    from .criteria import attendance
    files = [_read(path) for path in args.files]
    files = [(name, data) for data, name in files]
    heads = []
    for path in args.headcount or ():
        data, name = _read(path)
        attendance.read_headcount(data, name)          # a headcount the user must fix stops here
        heads.append((name, data))
    result = attendance.analyze_files(files, headcount=heads or None)
    if result.records == 0:
        first = next((p for p in result.problems if p.severity == ERROR), None)
        return _fail(first or Problem("attendance.cli.no_records", severity=ERROR), args.lang)
    if args.json:
        print(json.dumps(_clean(attendance.result_json(result)), ensure_ascii=False, indent=2))
        return EXIT_OK
    from .i18n import fmt
    lang = args.lang
    print(catalog.t("attendance.cli.total", lang, attendees=result.attendees, records=result.records,
                    files=len(result.files)))
    if result.rate is not None:
        print(catalog.t("attendance.cli.rate", lang, rate=fmt.pct(result.rate), counted=result.staff_counted,
                        headcount=result.headcount_total))
    for s in result.sessions:
        print(catalog.t("attendance.cli.session", lang, name=s.name,
                        date=s.date.isoformat() if s.date else "-", attendees=s.attendees))
    for u in result.by_unit:
        of = f" ({u.counted}/{u.headcount}, {fmt.pct(u.rate)})" if u.headcount is not None and u.rate is not None \
            else ""
        label = catalog.t("attendance.not_staff", lang) if u.unit == attendance.NOT_STAFF else \
            u.unit or catalog.t("attendance.unknown_unit", lang)
        print(catalog.t("attendance.cli.unit", lang, unit=label, attendees=u.attendees, of=of))
    if result.online_minutes is not None:
        print(catalog.t("attendance.cli.online", lang, minutes=f"{result.online_minutes:,.0f}",
                     people=result.online_attendees))
    for m in result.merges:
        print(catalog.t("attendance.cli.merge", lang, variants=" = ".join(m.variants), key=m.key))
    for p in result.problems:
        if p.severity != "info":
            print(describe(p, lang).replace("\n", " "))
    return EXIT_OK


# ---------------------------------------------------------------- pack


def _classify_sheet(data: bytes, name: str) -> tuple[str, Any] | None:
    """Which page a sheet belongs to (:func:`itastats.criteria.intake.classify`):
    ("543", None), ("532t", None), ("532", None), ("541", None),
    ("log", (kind, entries)), ("532h", None) or None."""
    from .criteria.intake import classify
    placed = classify(name, data)
    if placed.page is None:
        return None
    if placed.page.startswith("log:"):
        return "log", (placed.page.split(":", 1)[1], placed.entries)
    return placed.page, None


def _folder_project(folder: Path, lang: str) -> tuple[Any, dict, dict, list[str]]:
    """(profile, files by page, choices, notes) of a folder of sheets."""
    import dataclasses

    from .criteria.activities import prepare_photo
    from .criteria.evidence import SOURCE_HASH, sha256_hex
    from .criteria.intake import IMAGES, SHEETS
    from .criteria.project import ProjectInfo, ProfileError
    paths = sorted((p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")),
                   key=lambda p: p.relative_to(folder).as_posix())
    profile, notes = ProjectInfo(), []
    for p in paths:
        if p.suffix.lower() == ".json":
            try:
                profile = ProjectInfo.from_json(p.read_text(encoding="utf-8-sig"))
            except (ProfileError, UnicodeDecodeError, OSError) as exc:
                notes.append(catalog.t("pack.cli.bad_profile", lang, file=p.name, error=str(exc)))
            break
    award_photos = {n for e in profile.awards for n in e.photos}
    comm_photos = {n for e in profile.communications for n in e.photos}
    files: dict[str, dict[str, bytes]] = {}
    choices: dict[str, str] = {}
    logs: dict[str, tuple] = {}
    for p in paths:
        ext = p.suffix.lower()
        if ext == ".json":
            continue
        data = p.read_bytes()
        page = None
        if ext in IMAGES:
            page = "542" if p.name in award_photos or p.name.startswith("542") else \
                "521" if p.name in comm_photos or p.name.startswith("521") else "531"
            try:
                stored = prepare_photo(data, p.name).data
            except Exception:  # noqa: BLE001 - not a picture after all
                page = None
            else:
                if stored != data:                     # the manifest names the file the user has
                    choices[f"{SOURCE_HASH}{page}/{p.name}"] = sha256_hex(data)
                data = stored
        elif ext in SHEETS:
            found = _classify_sheet(data, p.name)
            if found is not None:
                page, extra = found
                if page == "log":
                    kind, entries = extra
                    logs.setdefault(kind, entries)
                    continue
        if page is None:
            notes.append(catalog.t("pack.cli.unclassified", lang, file=p.relative_to(folder).as_posix()))
            continue
        files.setdefault(page, {})[p.name] = data
    if logs.get("activity") and not profile.activity_log:
        profile = dataclasses.replace(profile, activity_log=logs["activity"])
    if logs.get("communication") and not profile.communications:
        profile = dataclasses.replace(profile, communications=logs["communication"])
    return profile, files, choices, notes


def _stored_project(key: str) -> tuple[Any, dict, dict, list[str]] | None:
    """(profile, files by page, choices, notes) of a saved project (its id or
    exact name); None when there is no such project."""
    import os

    from .criteria.project import ProjectInfo
    from .store import NotFound, Store, default_url
    user = os.environ.get("ITASTATS_USER", "local")
    with Store(default_url()) as store:
        try:
            record = store.get(user, key)
        except NotFound:
            matches = [s for s in store.list_projects(user) if s.name == key]
            if not matches:
                return None
            if len(matches) > 1:
                raise InputError(Problem("pack.cli.ambiguous", {"project": key,
                                                                "ids": ", ".join(m.id for m in matches)},
                                         severity=ERROR))
            record = store.get(user, matches[0].id)
        files: dict[str, dict[str, bytes]] = {}
        for f in record.files:
            files.setdefault(f.page, {})[f.name] = store.file_bytes(user, record.id, f.id)
    widgets = record.state.get("widgets", {}) if isinstance(record.state, dict) else {}
    return ProjectInfo.from_dict(record.profile or {}), files, dict(widgets or {}), []


def cmd_pack(args: argparse.Namespace) -> int:
    from .render import export
    from .outputs import pack
    from .criteria.evidence import collect
    lang = args.lang
    folder = Path(args.project)
    if folder.is_dir():
        profile, files, choices, notes = _folder_project(folder, lang)
    else:
        found = _stored_project(args.project)
        if found is None:
            return _fail(Problem("pack.cli.no_folder", {"project": args.project}, severity=ERROR), lang)
        profile, files, choices, notes = found
    ev = collect(profile, files, choices)
    try:
        data = pack.build_pack(ev, lang=lang, notes=notes, internal=args.internal)
    except export.ExportError as exc:
        print(catalog.t("pack.cli.export_failed", lang, error=exc.message(lang)).replace("\n", " "), file=sys.stderr)
        return 1
    out = Path(args.out)
    try:
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True)
        out.write_bytes(data)
    except OSError as exc:
        return _fail(Problem("pack.cli.cannot_write", {"path": str(out), "error": exc.strerror or str(exc)},
                             severity=ERROR), lang)
    print(catalog.t("pack.cli.wrote", lang, path=str(out)))
    print(pack.summary_line(data, lang))
    return EXIT_OK


# ---------------------------------------------------------------- app
APP_SCRIPT = "app.py"


def app_script() -> Path:
    """The dashboard's entry script, with ``app_pages/``, ``.streamlit/config.toml``
    and ``static/`` beside it (Streamlit finds all three relative to the script,
    not the working folder): ``itastats/_app/app.py`` in an installed wheel
    (pyproject.toml maps them there), else ``app.py`` at the top of a source
    checkout, next to the package folder.

    Raises
    ------
    FileNotFoundError
        When neither is there.
    """
    here = Path(__file__).resolve().parent
    candidates = (here / "_app" / APP_SCRIPT, here.parent / APP_SCRIPT)
    for script in candidates:
        if script.is_file() and (script.parent / "app_pages").is_dir():
            return script
    raise FileNotFoundError(" or ".join(str(c) for c in candidates))


def app_command(args: argparse.Namespace) -> list[str]:
    """The ``streamlit run`` command line of ``itastats app``.

    ``python -P``: the working folder is not put on ``sys.path``, so an
    ``itastats/`` folder where the user happens to stand is never imported
    instead of the installed package. Streamlit opens the browser unless
    ``--no-browser`` (or on a machine without a display); the first-run e-mail
    prompt is off (it would wait on the terminal), and so is the file watcher
    (installed files do not change while the app runs).
    """
    cmd = [sys.executable, "-P", "-m", "streamlit", "run", str(app_script()),
           "--server.showEmailPrompt", "false", "--server.fileWatcherType", "none"]
    if args.port is not None:
        cmd += ["--server.port", str(args.port)]
    cmd += ["--server.address", args.address]
    if args.no_browser:
        cmd += ["--server.headless", "true"]
    if args.sample:
        cmd += ["--", "--sample"]
    return cmd


def cmd_app(args: argparse.Namespace) -> int:
    try:
        cmd = app_command(args)
    except FileNotFoundError as exc:
        print(catalog.t("cli.app.missing", args.lang, path=str(exc)), file=sys.stderr)
        return 1
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "nt":       # Windows has no exec: run it and wait (Ctrl+C reaches both)
        try:
            return subprocess.call(cmd)
        except KeyboardInterrupt:
            return 130
    os.execv(cmd[0], cmd)     # this process becomes the server: signals go straight to it
    return 1                  # not reached


def build_parser(prog: str = "itastats") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="itastats: ITA criterion 5 evidence statistics")
    parser.add_argument("--version", action="version", version=f"itastats {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=catalog.LANGS, default="en",
                        help="language of messages and sentences (th or en)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("inspect", parents=[common], help="sheets, header row, column roles and problems")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_inspect)
    p = sub.add_parser("compare", parents=[common], help="every metric's before/after comparison")
    p.add_argument("file")
    p.add_argument("--sheet")
    p.add_argument("--kind", choices=("measure", "rates", "proportions", "paired_proportions"),
                   help="what the numbers are (default: recognised): measure (times, costs...), rates (events "
                        "over a period), proportions (X of N, two groups), paired_proportions (X of N, the same "
                        "cases twice)")
    p.add_argument("--alternative", choices=("two-sided", "less", "greater"), default="two-sided",
                   help="direction of the test, after versus before (default two-sided)")
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
    p.add_argument("--headcount", metavar="FILE", action="append",
                   help="staff per unit: a table (หน่วยงาน | จำนวนบุคลากร) or a staff list (names with units, "
                        "which also gives the unit of people who came without one); may be given twice")
    p.add_argument("--units-only", action="store_true",
                   help="kept for older scripts: only staff of a known unit are ever counted in the rate")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_attendance)
    p = sub.add_parser("pack", help="the evidence pack (zip) of a folder of sheets or a saved project")
    p.add_argument("project", metavar="PROJECT",
                   help="a folder of sheets (with project.json and photos) or a saved project's id or exact name")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--lang", choices=catalog.LANGS, default="th",
                   help="language of the pack's files (th, the default, or en)")
    p.add_argument("--internal", action="store_true",
                   help="the internal copy, with names merged and each person's scores (never publish it); "
                        "by default the pack has no personal data and can be published")
    p.set_defaults(run=cmd_pack)
    p = sub.add_parser("app", parents=[common],
                       help="start the dashboard and open it in the browser (the sample project the first "
                            "time, your own projects afterwards)")
    p.add_argument("--port", type=int, help="the port to serve on (default 8501, or the next free one)")
    p.add_argument("--address", default="localhost",
                   help="the address to serve on (default localhost: this computer only; "
                        "0.0.0.0 serves other computers too)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.add_argument("--sample", action="store_true", help="open the sample project in every new browser tab")
    p.set_defaults(run=cmd_app)
    return parser


def _utf8_output() -> None:
    """Print UTF-8 whatever the console or pipe would default to (a Windows
    pipe is the ANSI code page, which cannot hold Thai text or "−")."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    prog = "python -m itastats" if Path(sys.argv[0]).name == "__main__.py" else "itastats"
    args = build_parser(prog).parse_args(argv)
    try:
        return args.run(args)
    except InputError as exc:
        problem = exc.problem
        if problem.file is None and getattr(args, "file", None):
            problem = problem.at(file=Path(args.file).name)
        return _fail(problem, args.lang)
