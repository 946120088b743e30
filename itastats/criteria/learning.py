"""Learning (criterion 5.3.2, "and learned"): pre-test and post-test scores in,
the paired comparison of :mod:`itastats.stats.compare` (through
:func:`itastats.stats.analysis.analyze_metric`, the same R-pinned statistics as 5.4.1),
mean gain, normalised gain and pass rates out.

Two steps:

1. :func:`read_scores` reads one sheet into a :class:`ScoreSheet`: the names
   (and an ID column when there is one), the pre-test and/or post-test scores
   with their Excel rows, and full marks when a header or a title says them
   ("คะแนนก่อนเรียน (20 คะแนน)", "(เต็ม 20)", "Pre-test /20").
2. :func:`analyze_learning` puts one or more sheets together: a sheet with
   both columns is paired row by row; a pre-test sheet and a post-test sheet
   are matched person by person (by an ID column both have, else by
   :func:`itastats.read.names.person_key`, so "น.ส. สมหญิง  รักดี" and "สมหญิง รักดี"
   are one person).  People who missed one test are listed and left out of
   the paired test.

Rules for the cells: blank, "-", "ขาดสอบ", "ขาด", "absent" mean "did not take
the test" (the person is listed, no warning); text that is not a score, a
negative score and a score above full marks are left out with a warning
naming the row and the column.  "15/20" is read as 15 (and full marks 20).

Examples
--------
>>> csv = "ชื่อ-สกุล,คะแนนก่อนเรียน (10 คะแนน),คะแนนหลังเรียน (10 คะแนน)\\nนายก ใจดี,4,8\\nนางข รักดี,6,9\\nน.ส.ค มีสุข,ขาดสอบ,7\\n"
>>> s = read_scores(csv.encode(), "test.csv")
>>> s.max_score, s.pre.tolist()[:2], s.post.tolist()
(10.0, [4.0, 6.0], [8.0, 9.0, 7.0])
>>> r = analyze_learning([s], threshold=8)
>>> r.n_paired, r.missing_pre, r.mean_gain, r.normalized_gain, r.passed_post_pct
(2, ('ค มีสุข',), 3.5, 0.7, 100.0)
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any, Sequence

import numpy as np

from ..read import cells, columns, reading
from ..stats.analysis import MetricResult, analyze_metric
from .kpi import Source
from ..read.layouts import PAIRED, MetricData
from ..read.names import clean_space, display_name, person_key
from ..read.problems import ERROR, INFO, WARNING, InputError, Problem

__all__ = ["ScoreSheet", "LearningResult", "read_scores", "analyze_learning", "sources",
           "PRE", "POST", "METRIC_NAME", "METRIC_UNIT", "SOURCE_POST_MEAN", "SOURCE_GAIN_PCT",
           "SOURCE_PASSED_POST_PCT"]

PRE, POST = "pre", "post"
METRIC_NAME = "คะแนนทดสอบ"
METRIC_UNIT = "คะแนน"
SOURCE_POST_MEAN = "learning:post_mean"
SOURCE_GAIN_PCT = "learning:gain_pct"
SOURCE_PASSED_POST_PCT = "learning:passed_post_pct"

HEADER_SCAN_ROWS = 30

# "did not take the test": missing, listed, no warning
ABSENT_WORDS = frozenset({"ขาดสอบ", "ขาด", "ไม่ได้สอบ", "ไม่เข้าสอบ", "ไม่ได้ทำ", "ไม่ได้ทำแบบทดสอบ",
                          "ไม่ส่ง", "ลา", "absent", "abs", "abs.", "did not take", "no show"})

_NAME_RE = re.compile(
    r"^(ชื่อ\s*[-–/]?\s*(นาม)?สกุล|ชื่อ\s*และ\s*นามสกุล|ชื่อ\s*[-–]\s*นามสกุล|รายชื่อ.*|ชื่อผู้.*|"
    r"ผู้เข้า(รับการ)?(อบรม|สอบ|ร่วม).*|ผู้สอบ|ผู้ทำแบบทดสอบ|name|full\s*name|names|"
    r"participant|participants|trainee|student|attendee|ชื่อ)\s*$", re.IGNORECASE)
_FIRST_RE = re.compile(r"^(ชื่อ|ชื่อต้น|first\s*name|given\s*name)\s*$", re.IGNORECASE)
_LAST_RE = re.compile(r"^(นามสกุล|สกุล|last\s*name|surname|family\s*name)\s*$", re.IGNORECASE)
_ID_RE = re.compile(
    r"^(รหัส.*|เลขประจำตัว.*|เลขบัตร.*|เลขที่บัตร.*|e-?mail|อีเมล์?|อี-เมล์?|"
    r"(student|employee|staff|personnel)\s*(id|no\.?|number)|id|user\s*id|username)\s*$",
    re.IGNORECASE)
_SCORE_WORDS = re.compile(r"คะแนน|score|test|สอบ|ทดสอบ|marks?\b|points?\b", re.IGNORECASE)
_NOT_SCORE = re.compile(r"ร้อยละ|%|percent|ผลต่าง|ส่วนต่าง|เพิ่มขึ้น|ลดลง|พัฒนาการ|gain|diff|change|"
                        r"ระดับ|เกรด|grade|ผลการประเมิน|ผ่าน\s*/|สรุป|หมายเหตุ|remark",
                        re.IGNORECASE)
_PREFER = re.compile(r"รวม|total|sum|คะแนน|score", re.IGNORECASE)
_NUM = r"(\d+(?:\.\d+)?)"
_MAX_PATTERNS = (
    re.compile(r"(?:คะแนน)?เต็ม\s*[:：=]?\s*" + _NUM),                     # (เต็ม 20), คะแนนเต็ม 20
    re.compile(r"[(\[]\s*" + _NUM + r"\s*คะแนน\s*[)\]]"),                 # (20 คะแนน)
    re.compile(r"(?:out\s+of|full\s*(?:marks?|score)?|max(?:imum)?(?:\s*score)?)\s*[:：=]?\s*" + _NUM,
               re.IGNORECASE),
    re.compile(r"[(\[]\s*" + _NUM + r"\s*(?:points?|pts\.?|marks?)\s*[)\]]", re.IGNORECASE),
    re.compile(r"(?:^|[\s(\[])/\s*" + _NUM + r"\s*[)\]]?\s*$"),         # Pre-test /20, (/20)
)
_FRACTION_RE = re.compile(r"^\s*" + _NUM + r"\s*/\s*" + _NUM + r"\s*$")


@dataclass(frozen=True)
class ScoreSheet:
    """One sheet of test scores, every value traceable to its Excel row.

    Attributes
    ----------
    file, sheet : str
        Where it came from.
    names : tuple of str
        The name on each data row, spaces cleaned ("" when the row has none).
    rows : numpy.ndarray
        1-based Excel row of each data row.
    pre, post : numpy.ndarray or None
        float scores, NaN where the person did not take the test or the cell
        was left out (see ``problems``); None when the sheet has no such
        column.
    name_column, pre_column, post_column, id_column : str or None
        The headers used.
    ids : tuple of str or None
        Normalised IDs (case-folded, no spaces) when there is an ID column.
    max_score : float or None
        Full marks read from a header, a title row or "15/20" cells.
    side_guessed : bool
        True when the sheet's only score column did not say pre or post
        (header, sheet name and file name): it is held in ``pre`` and
        :func:`analyze_learning` decides from the upload order.
    problems : tuple of Problem
        Cells left out and decisions made, with row and column.
    """
    file: str
    sheet: str
    names: tuple[str, ...]
    rows: np.ndarray
    pre: np.ndarray | None
    post: np.ndarray | None
    name_column: str | None = None
    pre_column: str | None = None
    post_column: str | None = None
    id_column: str | None = None
    ids: tuple[str, ...] | None = None
    max_score: float | None = None
    side_guessed: bool = False
    problems: tuple[Problem, ...] = ()

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def sides(self) -> tuple[str, ...]:
        """("pre",), ("post",) or ("pre", "post")."""
        return tuple(s for s, v in ((PRE, self.pre), (POST, self.post)) if v is not None)


@dataclass(frozen=True)
class LearningResult:
    """Pre-test against post-test for the people who took both.

    ``metric`` is the paired comparison (before = pre-test, after =
    post-test, one element per person, ``case_ids`` the names).  Means, gain
    and pass rates are of the paired people; ``n_pre`` / ``n_post`` count
    everyone with that score.  Percentages are 0–100.
    """
    metric: MetricResult              # paired: before = pre-test, after = post-test, one element per person
    n_pre: int                        # people with a pre-test score
    n_post: int
    n_paired: int                     # people with both (the paired test uses these)
    missing_pre: tuple[str, ...]      # names with a post-test score only (left out of the test)
    missing_post: tuple[str, ...]     # names with a pre-test score only
    max_score: float | None           # full marks (user-set, or read from a header "(20 คะแนน)")
    mean_pre: float | None            # of the paired people
    mean_post: float | None
    mean_gain: float | None           # mean_post − mean_pre
    normalized_gain: float | None     # Hake's <g> = (mean_post − mean_pre) / (max_score − mean_pre); None without max_score
    threshold: float | None           # pass mark the user set (same units as the scores)
    passed_pre_pct: float | None      # percent of paired people with pre ≥ threshold
    passed_post_pct: float | None
    files: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    missing_both: tuple[str, ...] = ()   # names listed with neither score
    matched_by: str | None = None        # "row" (one sheet), "id" or "name" (two sheets)
    passed_pre: int | None = None        # paired people with pre ≥ threshold (passed_pre_pct = this / n_paired × 100)
    passed_post: int | None = None


# ---------------------------------------------------------------- reading


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_space(value)


def _header(column: str) -> str:
    return re.sub(r"\s+#\d+$", "", clean_space(column))


def _period_of_text(text: str) -> str | None:
    """"before"/"after" a sheet or file name says (pre-test, ก่อนเรียน...)."""
    text = re.sub(r"[_\-.]+", " ", text)
    period = columns.split_header(text).period
    return {"before": PRE, "after": POST}.get(period)


def _max_in(text: str) -> float | None:
    text = clean_space(text).translate(cells.THAI_DIGITS)
    for pattern in _MAX_PATTERNS:
        m = pattern.search(text)
        if m:
            value = float(m.group(1))
            if value > 0:
                return value
    return None


def _numeric_share(values: list) -> float:
    filled = numeric = 0
    for v in values[:100]:
        status, _, _ = cells.parse_one(v)
        if status == cells.BLANK or status == cells.MISSING:
            continue
        if isinstance(v, str):
            low = clean_space(v).translate(cells.THAI_DIGITS).lower()
            if low in ABSENT_WORDS:
                continue
            if _FRACTION_RE.match(low):
                status = cells.OK
        filled += 1
        numeric += status == cells.OK
    return numeric / filled if filled else 0.0


@dataclass(frozen=True)
class _Roles:
    name: str | None
    last: str | None
    id: str | None
    pre: list[str]
    post: list[str]
    plain: list[str]           # score columns that do not say pre or post


def _roles(table: reading.Table) -> _Roles:
    name = last = first = id_col = None
    pre: list[str] = []
    post: list[str] = []
    plain: list[str] = []
    for col in table.columns:
        head = _header(col)
        if _LAST_RE.match(head):
            last = last or col
        elif _FIRST_RE.match(head):
            first = first or col
        elif _NAME_RE.match(head):
            name = name or col
        elif _ID_RE.match(head):
            id_col = id_col or col
        elif columns.header_role(head) in (columns.CASE_ID, columns.DATE) or _NOT_SCORE.search(head):
            continue
        else:
            share = _numeric_share(table.data[col].tolist())
            period = columns.split_header(head).period
            if period is not None and (share >= 0.5 or _SCORE_WORDS.search(head)):
                (pre if period == "before" else post).append(col)
            elif period is None and _SCORE_WORDS.search(head) and share >= 0.5:
                plain.append(col)
    if name is None and first is not None:
        name = first              # "ชื่อ" (a full name), or "ชื่อ" + "นามสกุล" joined
    else:
        last = None               # a full-name column: no surname to add
    return _Roles(name, last, id_col, pre, post, plain)


def _own_header_row(grid: list) -> int | None:
    """0-based row of the first row (of the first few) that names a score column."""
    for i, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        texts = [_text(v) for v in row]
        filled = [t for t in texts if t]
        if len(filled) < 2:
            continue
        scoreish = any(columns.split_header(t).period and not _NOT_SCORE.search(t) for t in filled) \
            or any(_SCORE_WORDS.search(t) for t in filled)
        named = any(_NAME_RE.match(t) or _ID_RE.match(t) for t in filled)
        if scoreish and named:
            return i
    return None


def _choose(cands: list[str], where: dict) -> tuple[str | None, list[Problem]]:
    if not cands:
        return None, []
    if len(cands) == 1:
        return cands[0], []
    preferred = [c for c in cands if _PREFER.search(_header(c))]
    used = (preferred or cands)[-1]
    note = Problem("learning.several_columns", {"columns": ", ".join(cands), "used": used},
                   column=used, severity=INFO, **where)
    return used, [note]


def _parse_scores(table: reading.Table, col: str, where: dict) -> tuple[np.ndarray, list[float],
                                                                         list[Problem]]:
    """Scores of one column (NaN for missing or bad), denominators of "15/20" cells, problems."""
    raw = table.data[col]
    parsed = cells.parse_numbers(raw)
    values = parsed.values.copy()
    rows = table.rows
    problems: list[Problem] = []
    denominators: list[float] = []
    for i in np.flatnonzero(parsed.status != cells.OK):
        status = parsed.status[i]
        if status in (cells.BLANK, cells.MISSING):
            continue
        shown = _text(raw.iloc[i])
        low = shown.translate(cells.THAI_DIGITS).lower()
        if low in ABSENT_WORDS:
            continue
        frac = _FRACTION_RE.match(low)
        if frac and float(frac.group(2)) > 0:
            values[i] = float(frac.group(1))
            denominators.append(float(frac.group(2)))
            continue
        problems.append(Problem("learning.not_a_score", {"value": shown}, row=int(rows[i]),
                                column=col, severity=WARNING, **where))
    for i in np.flatnonzero(values < 0):
        problems.append(Problem("learning.negative_score", {"value": _fmt(values[i])},
                                row=int(rows[i]), column=col, severity=WARNING, **where))
        values[i] = np.nan
    return values, denominators, problems


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _drop_above(values: np.ndarray, max_score: float, rows: np.ndarray, col: str,
                where: dict) -> tuple[np.ndarray, list[Problem]]:
    over = np.flatnonzero(values > max_score + 1e-9)
    if not len(over):
        return values, []
    values = values.copy()
    problems = [Problem("learning.above_max", {"value": _fmt(values[i]), "max": _fmt(max_score)},
                        row=int(rows[i]), column=col, severity=WARNING, **where) for i in over]
    values[over] = np.nan
    return values, problems


def _normal_id(value: Any) -> str:
    text = _text(value).translate(cells.THAI_DIGITS)
    return re.sub(r"\s+", "", text).casefold()


def _find_table(wb: reading.Workbook, sheet) -> tuple[reading.Table, _Roles]:
    sh = wb.sheet(sheet)
    tbl = roles = None
    try:
        tbl = reading.table(wb, sh.name)
        roles = _roles(tbl)
    except InputError as exc:
        if exc.problem.key not in ("read.no_numbers", "read.no_header"):
            raise
    if roles is None or not (roles.pre or roles.post or roles.plain) or roles.name is None:
        h = _own_header_row(sh.rows)
        if h is not None and (tbl is None or h + 1 not in tbl.header_rows):
            try:
                other = reading.table(wb, sh.name, header_row=h + 1)
            except InputError:
                other = None
            if other is not None:
                other_roles = _roles(other)
                if other_roles.pre or other_roles.post or other_roles.plain:
                    tbl, roles = other, other_roles
    if tbl is None:
        raise InputError(Problem("learning.no_header", {"rows": HEADER_SCAN_ROWS}, file=wb.file,
                                 sheet=sh.name, severity=ERROR))
    return tbl, roles


def read_scores(data: bytes, filename: str, *, sheet: str | int | None = None,
                side: str | None = None) -> ScoreSheet:
    """Read one sheet of pre-test and/or post-test scores.

    Parameters
    ----------
    data : bytes
        The uploaded file (xlsx, xls, ods, csv...).
    filename : str
        Its name, for messages (and, when the header does not say, whether
        the scores are pre or post: "pretest.xlsx", sheet "หลังเรียน").
    sheet : str or int, optional
        Sheet name or index; the first by default.
    side : {"pre", "post"}, optional
        The user's answer for a sheet whose single score column does not say
        which test it is.

    Returns
    -------
    ScoreSheet

    Raises
    ------
    InputError
        ``learning.no_score_column`` (naming file and sheet) when no column
        holds scores; the reading errors of :mod:`itastats.read.reading`.

    Notes
    -----
    The header row is found by :func:`itastats.read.reading.table` (score sheets
    have numbers below it), else as the first row naming a person and a
    score.  A name column is "ชื่อ-สกุล", "ชื่อ - นามสกุล", "ชื่อผู้เข้าอบรม",
    "name"... (or "ชื่อ" and "นามสกุล" joined); an ID column is "รหัส…",
    "เลขประจำตัว…", "อีเมล", "email" (never "ลำดับ"/"ที่", which only count
    rows).  Score columns are the columns whose header says pre or post
    (ก่อนเรียน/หลังเรียน, ก่อนอบรม/หลังอบรม, คะแนนก่อน/คะแนนหลัง, pre-test,
    post-test, Pre/Post...) and that hold mostly numbers.
    """
    if side not in (None, PRE, POST):
        raise ValueError(f"side must be 'pre', 'post' or None, not {side!r}")
    wb = reading.read_workbook(data, filename)
    tbl, roles = _find_table(wb, sheet)
    where = {"file": tbl.file, "sheet": tbl.sheet}
    problems: list[Problem] = list(tbl.problems)
    pre_col, notes = _choose(roles.pre, where)
    problems += notes
    post_col, notes = _choose(roles.post, where)
    problems += notes
    side_guessed = False
    if pre_col is None and post_col is None:
        if not roles.plain:
            raise InputError(Problem("learning.no_score_column",
                                     {"columns": ", ".join(tbl.columns)}, severity=ERROR, **where))
        plain, notes = _choose(roles.plain, where)
        problems += notes
        said = side or _period_of_text(tbl.sheet) or _period_of_text(PurePath(filename).stem)
        if said is None:
            side_guessed = True
            pre_col = plain
        else:
            if side is None:
                problems.append(Problem(f"learning.side_from_sheet.{said}", {"column": plain},
                                        column=plain, severity=INFO, **where))
            pre_col, post_col = (plain, None) if said == PRE else (None, plain)
    # names and ids
    data_frame = tbl.data
    n = tbl.n_rows
    if roles.name is not None:
        names = [_text(v) for v in data_frame[roles.name].tolist()]
        if roles.last is not None:
            names = [clean_space(f"{a} {_text(b)}") for a, b in
                     zip(names, data_frame[roles.last].tolist())]
    else:
        names = [""] * n
    ids = [_normal_id(v) for v in data_frame[roles.id].tolist()] if roles.id else None
    # scores
    out: dict[str, np.ndarray | None] = {PRE: None, POST: None}
    maxima: dict[str, float | None] = {PRE: None, POST: None}
    titles = " ".join(_text(v) for r in wb.sheet(tbl.sheet).rows[:tbl.header_rows[0] - 1] for v in r)
    title_max = _max_in(titles) if titles else None
    for key, col in ((PRE, pre_col), (POST, post_col)):
        if col is None:
            continue
        values, denominators, found = _parse_scores(tbl, col, where)
        problems += found
        maxima[key] = _max_in(_header(col)) or title_max or (
            Counter(denominators).most_common(1)[0][0] if denominators else None)
        out[key] = values
    given = [m for m in maxima.values() if m is not None]
    max_score = max(given) if given else None
    if len(set(given)) > 1:
        problems.append(Problem("learning.max_differs", {"pre": _fmt(maxima[PRE]),
                                                         "post": _fmt(maxima[POST]),
                                                         "used": _fmt(max_score)},
                                severity=WARNING, **where))
    if max_score is not None:
        for key, col in ((PRE, pre_col), (POST, post_col)):
            if out[key] is not None:
                out[key], found = _drop_above(out[key], max_score, tbl.rows, col, where)
                problems += found
    # rows with nothing in them but a running number (an unfilled template)
    keep = np.array([bool(nm) or bool(ids and ids[i]) for i, nm in enumerate(names)], dtype=bool)
    for key in (PRE, POST):
        if out[key] is not None:
            keep |= ~np.isnan(out[key])
    bad_rows = {p.row for p in problems if p.key in ("learning.not_a_score", "learning.negative_score",
                                                     "learning.above_max")}
    keep |= np.isin(tbl.rows, list(bad_rows))
    if not keep.all():
        names = [nm for nm, k in zip(names, keep) if k]
        ids = [x for x, k in zip(ids, keep) if k] if ids is not None else None
        for key in (PRE, POST):
            if out[key] is not None:
                out[key] = out[key][keep]
    rows = tbl.rows[keep]
    return ScoreSheet(tbl.file, tbl.sheet, tuple(names), rows, out[PRE], out[POST],
                      name_column=roles.name, pre_column=pre_col, post_column=post_col,
                      id_column=roles.id, ids=tuple(ids) if ids is not None else None,
                      max_score=max_score, side_guessed=side_guessed, problems=tuple(problems))


# ---------------------------------------------------------------- analysis


@dataclass
class _Side:
    """One test's scores of everyone, by matching key."""
    values: dict[str, float]
    names: dict[str, str]
    rows: dict[str, int]
    where: dict[str, tuple[str, str]]
    column: str | None = None


def _resolve_sides(sheets: Sequence[ScoreSheet]) -> tuple[list[ScoreSheet], list[Problem]]:
    """Sheets whose one score column did not say pre or post get a side by order."""
    have_pre = any(s.pre is not None and not s.side_guessed for s in sheets)
    out, notes = [], []
    for s in sheets:
        if not s.side_guessed:
            out.append(s)
            continue
        if not have_pre:
            have_pre, side = True, PRE
            out.append(replace(s, side_guessed=False))
        else:
            side = POST
            out.append(replace(s, pre=None, post=s.pre, pre_column=None, post_column=s.pre_column,
                               side_guessed=False))
        notes.append(Problem(f"learning.side_assumed.{side}", {"column": s.pre_column},
                             file=s.file, sheet=s.sheet, column=s.pre_column, severity=INFO))
    return out, notes


def _label(name: str, row: int) -> str:
    shown = display_name(name)
    return shown if shown else f"#{row}"


def _collect(sheets: list[ScoreSheet], side: str, by_id: bool, problems: list[Problem]) -> _Side:
    result = _Side({}, {}, {}, {})
    for s in sheets:
        values = s.pre if side == PRE else s.post
        result.column = result.column or (s.pre_column if side == PRE else s.post_column)
        for i, (name, row) in enumerate(zip(s.names, s.rows)):
            key = (s.ids[i] if by_id else person_key(name))
            if not key:
                problems.append(Problem("learning.no_name", {}, file=s.file, sheet=s.sheet,
                                        row=int(row), severity=WARNING))
                continue
            if key in result.values:
                problems.append(Problem("learning.duplicate_person",
                                        {"name": _label(name, int(row)), "first": result.rows[key]},
                                        file=s.file, sheet=s.sheet, row=int(row), severity=WARNING))
                continue
            result.values[key] = float(values[i])
            result.names[key] = _label(name, int(row))
            result.rows[key] = int(row)
            result.where[key] = (s.file, s.sheet)
    return result


def _check_max(sheets: list[ScoreSheet], max_score: float) -> tuple[list[ScoreSheet], list[Problem]]:
    out, problems = [], []
    for s in sheets:
        where = {"file": s.file, "sheet": s.sheet}
        pre, post = s.pre, s.post
        if pre is not None:
            pre, found = _drop_above(pre, max_score, s.rows, s.pre_column, where)
            problems += found
        if post is not None:
            post, found = _drop_above(post, max_score, s.rows, s.post_column, where)
            problems += found
        out.append(replace(s, pre=pre, post=post))
    return out, problems


def _joined(items: Sequence[str]) -> str:
    return " + ".join(dict.fromkeys(i for i in items if i))


def _pct(flags: np.ndarray) -> float | None:
    return float(flags.mean() * 100.0) if len(flags) else None


def _finite(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def analyze_learning(sheets: Sequence[ScoreSheet], *, max_score: float | None = None,
                     threshold: float | None = None, method: str = "auto") -> LearningResult:
    """Pre-test against post-test: paired comparison, gain and pass rates.

    Parameters
    ----------
    sheets : sequence of ScoreSheet
        One sheet with both columns, or a pre-test sheet and a post-test
        sheet (more sheets are put together the same way: sheets with both
        columns are paired row by row, the others person by person).
    max_score : float, optional
        Full marks set by the user; else the full marks the sheets state.
        Scores above it are left out with a warning.
    threshold : float, optional
        Pass mark (in score units): ``passed_*_pct`` is the percentage of
        the paired people scoring at least this much.
    method : {"auto", "parametric", "rank"}
        Passed to :func:`itastats.stats.analysis.analyze_metric`.

    Returns
    -------
    LearningResult

    Raises
    ------
    InputError
        ``learning.no_sheets``; ``learning.need_both`` when only one test's
        scores were given; ``learning.cannot_match`` when separate sheets
        have no names (nor IDs) to match people by.
    ValueError
        ``max_score`` not a positive number, ``threshold`` not finite.

    Notes
    -----
    The normalised gain is Hake's class-average gain
    ``<g> = (mean_post − mean_pre) / (max_score − mean_pre)`` of the paired
    people (None without full marks, or when everyone had full marks before).
    Separate sheets are matched by an ID column when every one of them has
    one, else by :func:`itastats.read.names.person_key`.
    """
    if not sheets:
        raise InputError(Problem("learning.no_sheets", {}, severity=ERROR))
    if max_score is not None:
        if isinstance(max_score, bool) or not isinstance(max_score, (int, float)) \
                or not math.isfinite(max_score) or max_score <= 0:
            raise ValueError(f"max_score must be a positive number, not {max_score!r}")
        max_score = float(max_score)
    if threshold is not None and (isinstance(threshold, bool) or not math.isfinite(float(threshold))):
        raise ValueError(f"threshold must be a finite number, not {threshold!r}")
    sheets, problems = _resolve_sides(list(sheets))
    problems = [p for s in sheets for p in s.problems] + problems
    stated = [s.max_score for s in sheets if s.max_score is not None]
    if max_score is None and stated:
        max_score = max(stated)
        if len(set(stated)) > 1:
            problems.append(Problem("learning.max_differs", {"pre": _fmt(min(stated)),
                                                             "post": _fmt(max(stated)),
                                                             "used": _fmt(max_score)},
                                    severity=WARNING))
    if max_score is not None:
        sheets, found = _check_max(sheets, max_score)
        problems += found
    both = [s for s in sheets if s.pre is not None and s.post is not None]
    pre_only = [s for s in sheets if s.pre is not None and s.post is None]
    post_only = [s for s in sheets if s.post is not None and s.pre is None]
    if not both and not (pre_only and post_only):
        side = PRE if pre_only else POST
        raise InputError(Problem(f"learning.need_both.{side}", {},
                                 file=sheets[0].file, sheet=sheets[0].sheet, severity=ERROR))
    # person records: (name, pre, post, row_pre, row_post, (file, sheet) pre, post)
    records: list[tuple[str, float, float, int, int, tuple, tuple]] = []
    for s in both:
        for i, (name, row) in enumerate(zip(s.names, s.rows)):
            records.append((_label(name, int(row)), float(s.pre[i]), float(s.post[i]), int(row),
                            int(row), (s.file, s.sheet), (s.file, s.sheet)))
    matched_by = "row" if both else None
    pre_col = next((s.pre_column for s in both + pre_only if s.pre_column), None)
    post_col = next((s.post_column for s in both + post_only if s.post_column), None)
    if pre_only and post_only:
        separate = pre_only + post_only
        for s in separate:
            if s.name_column is None and s.id_column is None:
                raise InputError(Problem("learning.cannot_match", {"file": s.file}, file=s.file,
                                         sheet=s.sheet, severity=ERROR))
        by_id = all(s.ids is not None and any(s.ids) for s in separate)
        if by_id:
            problems.append(Problem("learning.matched_by_id", {"column": separate[0].id_column},
                                    severity=INFO))
        else:
            if any(s.name_column is None for s in separate):
                s = next(s for s in separate if s.name_column is None)
                raise InputError(Problem("learning.cannot_match", {"file": s.file}, file=s.file,
                                         sheet=s.sheet, severity=ERROR))
            problems.append(Problem("learning.matched_by_name", {}, severity=INFO))
        matched_by = matched_by or ("id" if by_id else "name")
        pre_side = _collect(pre_only, PRE, by_id, problems)
        post_side = _collect(post_only, POST, by_id, problems)
        for key in dict.fromkeys(list(pre_side.values) + list(post_side.values)):
            name = pre_side.names.get(key) or post_side.names.get(key)
            records.append((name, pre_side.values.get(key, np.nan), post_side.values.get(key, np.nan),
                            pre_side.rows.get(key, 0), post_side.rows.get(key, 0),
                            pre_side.where.get(key, ("", "")), post_side.where.get(key, ("", ""))))
    pre = np.array([r[1] for r in records], dtype=float)
    post = np.array([r[2] for r in records], dtype=float)
    has_pre, has_post = ~np.isnan(pre), ~np.isnan(post)
    paired = has_pre & has_post
    names = [r[0] for r in records]
    missing_pre = tuple(n for n, a, b in zip(names, has_pre, has_post) if b and not a)
    missing_post = tuple(n for n, a, b in zip(names, has_pre, has_post) if a and not b)
    missing_both = tuple(n for n, a, b in zip(names, has_pre, has_post) if not a and not b)
    idx = np.flatnonzero(paired)
    files = tuple(dict.fromkeys(s.file for s in sheets))
    metric = MetricData(
        name=METRIC_NAME, file=_joined([records[i][5][0] for i in idx] + [records[i][6][0] for i in idx]
                                       or [s.file for s in sheets]),
        sheet=_joined([records[i][5][1] for i in idx] + [records[i][6][1] for i in idx]
                      or [s.sheet for s in sheets]),
        unit=METRIC_UNIT, design=PAIRED, before=pre[idx], after=post[idx],
        rows_before=np.array([records[i][3] for i in idx], dtype=int),
        rows_after=np.array([records[i][4] for i in idx], dtype=int),
        case_ids=tuple(names[i] for i in idx), before_column=pre_col, after_column=post_col,
        lower_is_better=False)
    result = analyze_metric(metric, method=method)
    c = result.comparison
    mean_pre = _finite(c.mean_before) if c is not None and len(idx) else None
    mean_post = _finite(c.mean_after) if c is not None and len(idx) else None
    gain = mean_post - mean_pre if mean_pre is not None and mean_post is not None else None
    norm = None
    if gain is not None and max_score is not None and max_score - mean_pre > 1e-12:
        norm = gain / (max_score - mean_pre)
    passed_pre = passed_post = n_pass_pre = n_pass_post = None
    if threshold is not None and len(idx):
        passed_pre = _pct(pre[idx] >= float(threshold))
        passed_post = _pct(post[idx] >= float(threshold))
        n_pass_pre, n_pass_post = int((pre[idx] >= float(threshold)).sum()), int((post[idx] >= float(threshold)).sum())
    return LearningResult(
        metric=result, n_pre=int(has_pre.sum()), n_post=int(has_post.sum()), n_paired=int(len(idx)),
        missing_pre=missing_pre, missing_post=missing_post, max_score=max_score,
        mean_pre=mean_pre, mean_post=mean_post, mean_gain=gain, normalized_gain=norm,
        threshold=None if threshold is None else float(threshold),
        passed_pre_pct=passed_pre, passed_post_pct=passed_post, files=files,
        problems=tuple(problems), missing_both=missing_both, matched_by=matched_by,
        passed_pre=n_pass_pre, passed_post=n_pass_post)


def sources(result: LearningResult | None) -> list[Source]:
    """The numbers a KPI can point at: mean post-test score, the percentage
    rise of the mean score (``(mean_post − mean_pre) / mean_pre × 100``) and
    the percentage passing the post-test; none without a result."""
    if result is None:
        return []
    return [Source(SOURCE_POST_MEAN, "learning.src.post_mean", {}, result.mean_post, METRIC_UNIT),
            Source(SOURCE_GAIN_PCT, "learning.src.gain_pct", {}, result.metric.pct_change, "%"),
            Source(SOURCE_PASSED_POST_PCT, "learning.src.passed_post_pct", {},
                   result.passed_post_pct, "%")]
