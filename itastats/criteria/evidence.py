"""Everything a project's evidence holds, computed the way its pages compute it.

The pages keep the user's choices (column roles, the test chosen, survey
words mapped, merges undone...) as a flat mapping of widget keys to values,
saved with the project.  This module reads those choices back
(:func:`sheet_options`, :func:`survey_options`, :func:`attendance_options`,
:func:`learning_options`) and :func:`collect` runs every analysis of a
project with them, so the evidence pack, the report to the supervisor and
the meeting-screen slides show exactly the numbers the pages show.

Files are given per page code (the store's): "541" before/after sheets,
"543" survey, "532" attendance records, "532h" headcount, "532t" test
scores, "531" activity photos, "521" communication pictures, "542" award
files.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..read.problems import ERROR, InputError, Problem
from .project import ProjectInfo

__all__ = ["PAGE_541", "PAGE_543", "PAGE_532", "PAGE_532H", "PAGE_532T", "PAGE_531", "PAGE_521", "PAGE_542",
           "Evidence", "Analyses", "DIRECT", "collect", "sheet_options", "survey_options", "attendance_options",
           "learning_options", "fingerprint", "fingerprint_of", "sha256_hex", "canonical_json", "SOURCE_HASH"]

PAGE_541, PAGE_543 = "541", "543"
PAGE_532, PAGE_532H, PAGE_532T = "532", "532h", "532t"
PAGE_531, PAGE_521, PAGE_542 = "531", "521", "542"


# ---------------------------------------------------------------- the pages' choices
def sheet_options(choices: Mapping[str, Any], file: str) -> dict:
    """The 5.4.1 corrections for ``file``: sheet name -> SheetOptions."""
    from .options import SheetOptions
    raw: dict[str, dict] = {}
    prefix = f"opt|{file}|"
    for key, val in choices.items():
        if not isinstance(key, str) or not key.startswith(prefix):
            continue
        sheet, fld, *rest = key[len(prefix):].split("|")
        opts = raw.setdefault(sheet, {})
        if fld == "include":
            opts["include"] = bool(val)
        elif fld == "header" and val:
            opts["header_row"] = int(val)
        elif fld == "layout" and val:
            opts["layout"] = val
        elif fld == "design" and val:
            opts["design"] = val
        elif fld == "role" and rest and val:
            opts.setdefault("roles", []).append((rest[0], val))
        elif fld == "method" and rest and val and val != "auto":
            opts.setdefault("methods", []).append((rest[0], val))
        elif fld == "kind" and val and val != "auto":
            opts["kind"] = val
        elif fld == "mkind" and rest and val and val != "auto":
            opts.setdefault("kinds", []).append((rest[0], val))
    return {sheet: SheetOptions(**{k: (tuple(sorted(v)) if isinstance(v, list) else v) for k, v in opts.items()})
            for sheet, opts in raw.items()}


def survey_options(choices: Mapping[str, Any], name: str) -> dict:
    """The 5.4.3 corrections for survey file ``name``: criteria, roles, word map."""
    from .survey import BEST
    options = _survey_choices(choices, name)
    return {**options, "criteria": choices.get("sv.criteria", BEST)}


def _survey_choices(choices: Mapping[str, Any], name: str) -> dict:
    """:func:`survey_options` as the user set them (criteria None when not chosen)."""
    prefix = f"sv.{name}|"
    roles = {k[len(prefix) + 5:]: v for k, v in choices.items() if k.startswith(prefix + "role|") and v}
    words = {k[len(prefix) + 5:]: int(v) for k, v in choices.items()
             if k.startswith(prefix + "word|") and v not in (None, "", "skip")}
    return {"criteria": choices.get("sv.criteria"), "roles": roles, "word_map": words}


def attendance_options(choices: Mapping[str, Any]) -> tuple[tuple[str, ...], dict[str, str], dict[str, str]]:
    """The 5.3.2 corrections: merges undone, session names typed, and the unit
    (or "not staff") picked for people whose unit no file gave."""
    split = tuple(sorted(choices.get("att.split") or ()))
    sessions = {k[len("att."):-len("|session")]: v for k, v in choices.items()
                if k.startswith("att.") and k.endswith("|session") and isinstance(v, str) and v.strip()}
    assign = {}
    for pair in choices.get("att.assign") or ():
        if isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(x, str) for x in pair) and pair[1]:
            assign[pair[0]] = pair[1]
    return split, sessions, assign


def learning_options(choices: Mapping[str, Any]) -> tuple[float | None, float | None, str]:
    """The pre/post test settings: full marks, pass mark (None: not set), method."""
    def number(key: str) -> float | None:
        v = choices.get(key)
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 else None
    return number("lrn.max"), number("lrn.threshold"), choices.get("lrn.method") or "auto"


SOURCE_HASH = "src|"


def used_choices(choices: Mapping[str, Any], names: Mapping[str, Sequence[str]]) -> dict:
    """The choices :func:`collect` reads, as it reads them (JSON-safe): a widget's
    state that changes no result (a section opened, a tab, a picture's size, a
    setting put back to what it was) is not in it, so two sets of choices with
    the same ``used_choices`` give the same evidence.  ``names``: page code ->
    its files' names, in order (corrections are read per file; the survey
    used is the one chosen, else the last one, as :func:`collect` takes it)."""
    from dataclasses import asdict
    from .options import SheetOptions
    surveys = list(names.get(PAGE_543, ()))
    survey_file = choices.get("sv.file")
    survey_file = survey_file if survey_file in surveys else (surveys[-1] if surveys else None)
    split, sessions, assign = attendance_options(choices)
    return {
        "541": {name: {sheet: asdict(o) for sheet, o in sorted(sheet_options(choices, name).items())
                       if o != SheetOptions()} for name in names.get(PAGE_541, ())},
        "543": [survey_file, _survey_choices(choices, survey_file) if isinstance(survey_file, str) else None],
        "532": [list(split), dict(sorted(sessions.items())), dict(sorted(assign.items()))],
        "532t": list(learning_options(choices)),
        "sources": {k: v for k, v in sorted(choices.items()) if isinstance(k, str) and k.startswith(SOURCE_HASH)},
    }
"""Choice key prefix: ``src|<page>/<name>`` holds the SHA-256 of the bytes the user
uploaded when the stored file differs from them (a photo is stored upright,
resized and without EXIF): the manifest and the fingerprints use what the user has."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint_of(lines: Sequence[tuple[str, str]], n: int = 12) -> str:
    """The fingerprint of inputs given as ``(label, sha256 hex)``.

    It is the first ``n`` hex digits of the SHA-256 of the lines
    ``"<sha256>  <label>\\n"`` (two spaces: what ``sha256sum`` prints), sorted
    by label (byte order), so anyone can recompute it from the files::

        sha256sum 541/a.xlsx 543/b.csv | LC_ALL=C sort -k2 | sha256sum | cut -c1-12
    """
    rows = sorted(lines, key=lambda x: x[0].encode("utf-8"))
    text = "".join(f"{h}  {label}\n" for label, h in rows)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def fingerprint(files: Sequence[tuple[str, bytes]] | Mapping[str, bytes], n: int = 12) -> str:
    """The fingerprint (:func:`fingerprint_of`) of files ``(name, bytes)``: the
    same inputs always give the same fingerprint, any change gives another."""
    items = files.items() if isinstance(files, Mapping) else files
    return fingerprint_of([(name, sha256_hex(data)) for name, data in items], n)


def canonical_json(value: Any) -> bytes:
    """Typed data as the bytes its hash is taken of: JSON, keys sorted, UTF-8, no spaces."""
    import json
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


# ---------------------------------------------------------------- collecting
@dataclass(frozen=True)
class Evidence:
    """Every result of one project, as its pages compute them.

    Attributes
    ----------
    profile : ProjectInfo
    files : mapping of page code -> {file name: bytes}
    results_541 : tuple of MetricResult
    survey, survey_file : SurveyResult or None, and the file it came from
    attendance : AttendanceResult or None
    learning : LearningResult or None
    sources : tuple of kpi.Source  (every measured value a KPI can use)
    kpis : tuple of kpi.KPIStatus
    checklist : tuple of checklist.ChecklistItem
    problems : tuple of Problem  (files that could not be used, each named)
    """
    profile: ProjectInfo
    files: Mapping[str, Mapping[str, bytes]]
    results_541: tuple = ()
    survey: Any = None
    survey_file: str | None = None
    attendance: Any = None
    learning: Any = None
    sources: tuple = ()
    kpis: tuple = ()
    checklist: tuple = ()
    problems: tuple[Problem, ...] = ()
    choices: Mapping[str, Any] = field(default_factory=dict)

    def page_files(self, page: str) -> Mapping[str, bytes]:
        return self.files.get(page, {})

    def input_lines(self, *pages: str) -> list[tuple[str, str]]:
        """``(label, sha256)`` of the inputs of ``pages``: ``"<page>/<file name>"``
        with the SHA-256 of the bytes the user uploaded, ``"profile"`` or
        ``"profile:<field>"`` with the SHA-256 of :func:`canonical_json` of what
        was typed.  No pages: every file and the profile."""
        pages = pages or (*sorted(self.files), "profile")
        profile = self.profile.to_dict()
        lines = []
        for p in pages:
            if p == "profile" or p.startswith("profile:"):
                value = profile if p == "profile" else profile.get(p.split(":", 1)[1])
                lines.append((p, sha256_hex(canonical_json(value))))
            else:
                for name, data in sorted(self.page_files(p).items()):
                    label = f"{p}/{name}"
                    lines.append((label, self.uploaded_sha256(p, name) or sha256_hex(data)))
        return lines

    def uploaded_sha256(self, page: str, name: str) -> str | None:
        """The SHA-256 of the bytes uploaded as ``name`` on ``page`` when the stored
        file is a changed copy of them (photos), else None."""
        value = (self.choices or {}).get(f"{SOURCE_HASH}{page}/{name}")
        return value if isinstance(value, str) and len(value) == 64 else None

    def fingerprint(self, *pages: str) -> str:
        """Fingerprint (:func:`fingerprint_of`) of the inputs of ``pages``: a page
        code stands for its files, ``"profile"`` for the whole profile and
        ``"profile:<field>"`` for one field of it (the activity log, the awards
        register...: typed data is input too).  No pages: every input."""
        return fingerprint_of(self.input_lines(*pages))


def _error(exc: Exception, file: str) -> Problem:
    if isinstance(exc, InputError):
        return exc.problem
    return Problem("internal_error", {"detail": f"{file}: {type(exc).__name__}"}, file=file, severity=ERROR)


class Analyses:
    """How :func:`collect` runs each analysis: here, directly.  The dashboard
    passes a subclass that keeps each result in the user's session (keyed on
    the files' SHA-256 and the options), so the pages, the report and the
    pack share one computation of each, and nothing is computed twice."""

    def file_541(self, data: bytes, name: str, options: Mapping[str, Any]):
        from .workflow import analyze_file
        return analyze_file(data, name, options)

    def survey(self, data: bytes, name: str, options: Mapping[str, Any]):
        from . import survey
        return survey.analyze_file(data, name, criteria=options.get("criteria", survey.BEST),
                                   roles=options.get("roles") or None, word_map=options.get("word_map") or None)

    def attendance(self, records: Sequence[tuple[str, bytes]], heads: Sequence[tuple[str, bytes]],
                   split: tuple[str, ...], sessions: Mapping[str, str], assign: Mapping[str, str]):
        from . import attendance
        return attendance.analyze_files(list(records), headcount=list(heads) or None, split=split,
                                        sessions=dict(sessions) or None, assign=dict(assign) or None)

    def learning(self, tests: Sequence[tuple[str, bytes]], max_score: float | None, threshold: float | None,
                 method: str):
        from . import learning
        sheets = [learning.read_scores(data, name) for name, data in tests]
        return learning.analyze_learning(sheets, max_score=max_score, threshold=threshold, method=method)


DIRECT = Analyses()


def collect(profile: ProjectInfo, files: Mapping[str, Mapping[str, bytes]],
            choices: Mapping[str, Any] | None = None, *, analyses: Analyses | None = None) -> Evidence:
    """Run every analysis of a project with the choices its pages saved.

    Parameters
    ----------
    profile : ProjectInfo
    files : mapping
        Page code -> {file name: bytes}, as the store holds them.
    choices : mapping, optional
        The saved widget values (the project's ``state["widgets"]``).
    analyses : Analyses, optional
        What runs each analysis (by default :data:`DIRECT`: computed here).

    Returns
    -------
    Evidence
        A file that cannot be used is a problem of the result; the others go on.
    """
    from . import checklist, kpi
    from . import attendance as _attendance
    from . import learning as _learning
    run = analyses or DIRECT
    choices = dict(choices or {})
    files = {page: dict(fs) for page, fs in files.items()}
    problems: list[Problem] = []

    results = []
    for name, data in files.get(PAGE_541, {}).items():
        fa = run.file_541(data, name, sheet_options(choices, name))
        results.extend(fa.metrics)
        if fa.error is not None:
            problems.append(fa.error)

    survey_result, survey_file = None, None
    survey_files = files.get(PAGE_543, {})
    if survey_files:
        name = choices.get("sv.file")
        name = name if name in survey_files else list(survey_files)[-1]
        try:
            survey_result = run.survey(survey_files[name], name, survey_options(choices, name))
            survey_file = name
        except Exception as exc:  # a damaged file is named, the rest goes on
            problems.append(_error(exc, name))

    att = None
    records = files.get(PAGE_532, {})
    if records:
        heads = files.get(PAGE_532H, {})
        split, sessions, assign = attendance_options(choices)
        try:
            att = run.attendance(list(records.items()), list(heads.items()), split, sessions, assign)
            problems.extend(p for p in att.problems if p.severity == ERROR)
            if not att.records:
                att = None
        except Exception as exc:
            problems.append(_error(exc, ", ".join(records)))

    lrn = None
    tests = files.get(PAGE_532T, {})
    if tests:
        max_score, threshold, method = learning_options(choices)
        try:
            lrn = run.learning(list(tests.items()), max_score, threshold, method)
        except Exception as exc:
            problems.append(_error(exc, ", ".join(tests)))

    groups = [kpi.sources_from_results(results), kpi.sources_from_survey(survey_result)]
    if att is not None:
        groups.append(_attendance.sources(att))
    if lrn is not None:
        groups.append(_learning.sources(lrn))
    sources = kpi.merge_sources(*groups)
    statuses = kpi.evaluate(profile.kpis, sources)
    items = checklist.checklist(profile, results, files_541=len(files.get(PAGE_541, {})), survey=survey_result,
                                files_543=len(survey_files), attendance=att, learning=lrn,
                                files_532=len(records) + len(tests))
    return Evidence(profile, files, tuple(results), survey_result, survey_file, att, lrn, tuple(sources),
                    tuple(statuses), tuple(items), tuple(problems), choices)

