"""Satisfaction surveys (criterion 5.4.3).

CONTRACT (written first so that figures, exports and the page can be built
against it; the analysis fills in the functions). See STATISTICS.md,
"Satisfaction surveys".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..read.problems import Problem

BEST = "best"   # Best (1977): equal class intervals of 0.80 (default)
HALF = "half"   # 4.51-5.00 / 3.51-4.50 / 2.51-3.50 / 1.51-2.50 / 1.00-1.50
CRITERIA = (BEST, HALF)

# column roles
TIMESTAMP, META, PROFILE, ITEM, OPEN, IGNORE = "timestamp", "meta", "profile", "item", "open", "ignore"
ROLES = (TIMESTAMP, META, PROFILE, ITEM, OPEN, IGNORE)


@dataclass(frozen=True)
class ItemStat:
    """One Likert item. ``level`` is 1..5 (5 = มากที่สุด) under the chosen
    criteria; ``counts``/``distribution`` run from scale point 1 to 5."""
    name: str                         # the item's text as shown in the table
    column: str                       # the column it came from
    dimension: str | None             # ด้าน…, or None
    number: str | None                # "1.1" when the form numbered it
    n: int
    mean: float | None
    sd: float | None                  # n − 1 denominator
    level: int | None
    counts: tuple[int, ...] = ()
    distribution: tuple[float, ...] = ()   # percent of n at each scale point
    top2_pct: float | None = None          # percent of 4–5 answers


@dataclass(frozen=True)
class DimensionStat:
    name: str
    items: tuple[str, ...]            # item names
    n: int                            # respondents with at least one answer in the dimension
    mean: float | None                # mean of the respondents' dimension means
    sd: float | None
    level: int | None


@dataclass(frozen=True)
class Overall:
    n: int
    mean: float | None
    sd: float | None
    level: int | None
    pct: float | None                 # mean / 5 × 100


@dataclass(frozen=True)
class Alpha:
    value: float | None
    n_used: int                       # complete rows
    k: int                            # items
    error: str | None = None          # message key when it cannot be computed


@dataclass(frozen=True)
class ProfileTable:
    question: str
    rows: tuple[tuple[str, int, float], ...]   # (answer, count, percent)
    n: int


@dataclass(frozen=True)
class GroupComparison:
    by: str                                    # the profile question
    groups: tuple[tuple[str, int, float], ...]  # (group, n, mean of the overall score)
    test: str | None                           # "mann_whitney_u" | "kruskal_wallis"
    statistic: float | None = None
    df: float | None = None
    pvalue: float | None = None
    error: str | None = None


@dataclass(frozen=True)
class OpenAnswers:
    question: str
    answers: tuple[str, ...]          # non-blank answers, as typed (plain text, never rendered)


@dataclass(frozen=True)
class SurveyResult:
    respondents: int
    scale: int                        # points of the Likert scale (5)
    criteria: str                     # BEST | HALF
    items: tuple[ItemStat, ...]
    dimensions: tuple[DimensionStat, ...]
    overall: Overall
    alpha: Alpha
    profile: tuple[ProfileTable, ...] = ()
    comparisons: tuple[GroupComparison, ...] = ()
    open_answers: tuple[OpenAnswers, ...] = ()
    unknown_words: tuple[tuple[str, str, int], ...] = ()   # (column, word, count): for the user to map
    roles: Mapping[str, str] = field(default_factory=dict)  # column -> role as used
    problems: tuple[Problem, ...] = ()
    file: str | None = None
    sheet: str | None = None


# =====================================================================
# Implementation (beside the contract above)
# =====================================================================

import math  # noqa: E402
import re  # noqa: E402
from decimal import ROUND_HALF_UP, Decimal  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from ..read._lazy import lazy_module  # noqa: E402

from ..read import cells, reading
from ..i18n import fmt
from ..stats import rank  # noqa: E402
from ..i18n.catalog import t as _t  # noqa: E402
from ..read.problems import ERROR, INFO, WARNING, InputError  # noqa: E402

_sps = lazy_module("scipy.stats")   # imported on first use: scipy is slow to import

SCALE = 5                    # the only scale analysed; others are refused
LEVEL_WORDS_EN = {5: "very high", 4: "high", 3: "moderate", 2: "low", 1: "very low"}
# lower bounds (in hundredths, on the mean rounded to 2 decimals) of levels 5, 4, 3, 2
_BOUNDS = {BEST: (421, 341, 261, 181), HALF: (451, 351, 251, 151)}
ALPHA_SIGNIFICANCE = 0.05

# ---------------------------------------------------------------- Likert words

_LIKERT_WORDS: dict[str, int] = {}


def _add_words(score: int, *words: str) -> None:
    for w in words:
        _LIKERT_WORDS[_norm_word(w)] = score


def _norm_word(value: Any) -> str:
    """Lower case, one space between words, Thai digits as 0-9, no trailing dot."""
    text = str(value).replace("\u00a0", " ").replace("\u200b", "").translate(cells.THAI_DIGITS)
    text = " ".join(text.split()).lower().strip(" .")
    return text


_add_words(5, "มากที่สุด", "พึงพอใจมากที่สุด", "ความพึงพอใจมากที่สุด", "เห็นด้วยอย่างยิ่ง",
           "เห็นด้วยมากที่สุด", "very satisfied", "extremely satisfied", "strongly agree",
           "excellent", "very high")
_add_words(4, "มาก", "พึงพอใจมาก", "ความพึงพอใจมาก", "เห็นด้วย", "satisfied", "agree",
           "very good", "high")
_add_words(3, "ปานกลาง", "พึงพอใจปานกลาง", "ความพึงพอใจปานกลาง", "ไม่แน่ใจ", "เฉยๆ", "เฉย ๆ",
           "neutral", "neither satisfied nor dissatisfied", "neither agree nor disagree",
           "good", "moderate", "average")
_add_words(2, "น้อย", "พึงพอใจน้อย", "ความพึงพอใจน้อย", "ไม่เห็นด้วย", "dissatisfied",
           "disagree", "fair", "low")
_add_words(1, "น้อยที่สุด", "พึงพอใจน้อยที่สุด", "ความพึงพอใจน้อยที่สุด", "ไม่เห็นด้วยอย่างยิ่ง",
           "very dissatisfied", "extremely dissatisfied", "strongly disagree", "poor",
           "very low")
# Thai spellings with a space before ที่สุด / อย่างยิ่ง
for _w, _s in list(_LIKERT_WORDS.items()):
    for _tail in ("ที่สุด", "อย่างยิ่ง"):
        if _w.endswith(_tail) and not _w.endswith(" " + _tail):
            _LIKERT_WORDS.setdefault(_w[: -len(_tail)] + " " + _tail, _s)

LIKERT_WORDS: Mapping[str, int] = dict(_LIKERT_WORDS)

# "5 - มากที่สุด", "5 (มากที่สุด)", "มากที่สุด (5)", "5=มากที่สุด", "5. มาก"
_NUM_WORD_RE = re.compile(r"^\(?(?P<n>\d+(?:\.0+)?)\)?\s*(?:[-\u2013\u2014=:.)]\s*)?\(?(?P<w>[^\d()]*?)\)?$")
_WORD_NUM_RE = re.compile(r"^(?P<w>[^\d()]*?)\s*[-\u2013\u2014=:]?\s*\(?(?P<n>\d+(?:\.0+)?)\)?$")


def score_word(value: Any, word_map: Mapping[str, int] | None = None,
               scale: int = SCALE) -> tuple[str, float | None]:
    """Score one answer.

    Parameters
    ----------
    value : Any
        A cell: a number, a digit string (Thai digits too), a Likert word,
        or a number with its label ("5 - มากที่สุด").
    word_map : mapping, optional
        The user's scores for words (normalised like the answers); checked
        before the built-in words.
    scale : int
        Points of the scale (5).

    Returns
    -------
    (status, score)
        status is ``"ok"``, ``"blank"`` (empty or a missing-value word),
        ``"out"`` (a number outside 1..scale or not whole) or ``"unknown"``
        (a word the app does not know; never guessed).

    Examples
    --------
    >>> score_word("พึงพอใจมาก")
    ('ok', 4.0)
    >>> score_word("5 - มากที่สุด")
    ('ok', 5.0)
    >>> score_word("ดีเลิศ")
    ('unknown', None)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "blank", None
    if isinstance(value, (bool, np.bool_)):
        return "unknown", None
    if isinstance(value, (int, float, np.integer, np.floating)):
        return _in_scale(float(value), scale)
    word = _norm_word(value)
    if not word or word in cells.MISSING_WORDS:
        return "blank", None
    if word_map and word in word_map:
        return "ok", float(word_map[word])
    if word in LIKERT_WORDS:
        return "ok", float(LIKERT_WORDS[word])
    status, number, unit = cells.parse_one(word)
    if status == cells.OK and unit is None:
        return _in_scale(number, scale)
    for regex in (_NUM_WORD_RE, _WORD_NUM_RE):
        m = regex.match(word)
        if m:
            rest = m.group("w").strip(" -=:.")
            if not rest or rest in LIKERT_WORDS or (word_map and rest in word_map):
                return _in_scale(float(m.group("n")), scale)
    return "unknown", None


def _in_scale(x: float, scale: int) -> tuple[str, float | None]:
    if math.isfinite(x) and x == int(x) and 1 <= x <= scale:
        return "ok", float(x)
    return "out", None


def _normalise_map(word_map: Mapping[str, Any] | None, scale: int = SCALE) -> dict[str, int]:
    if not word_map:
        return {}
    out = {}
    for word, score in word_map.items():
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, (int, float, np.integer, np.floating)) \
                or score != int(score) or not 1 <= score <= scale:
            raise ValueError(f"word_map[{word!r}] must be a whole score from 1 to {scale}, not {score!r}")
        out[_norm_word(word)] = int(score)
    return out


# ---------------------------------------------------------------- levels

def round2(x: float) -> float:
    """Round half up to 2 decimals as a Thai report prints it (Excel ROUND).

    The mean is first taken to 10 decimals so that 4.205 computed as
    4.20499999999 still prints 4.21.
    """
    return float(Decimal(f"{x:.10f}").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def level_of(mean: float | None, criteria: str = BEST) -> int | None:
    """Level 1..5 of a mean under ``criteria``; decided on the mean rounded
    to two decimals (half up), the number the report prints.

    Best (0.80 intervals): 4.21–5.00 → 5, 3.41–4.20 → 4, 2.61–3.40 → 3,
    1.81–2.60 → 2, 1.00–1.80 → 1.  HALF: 4.51 / 3.51 / 2.51 / 1.51.
    So 4.205 → 4.21 → 5 and 4.2049 → 4.20 → 4.

    Examples
    --------
    >>> level_of(4.21), level_of(4.20), level_of(4.205), level_of(4.50, HALF)
    (5, 4, 5, 4)
    """
    if criteria not in CRITERIA:
        raise ValueError(f"criteria must be one of {CRITERIA}, not {criteria!r}")
    if mean is None or not math.isfinite(mean):
        return None
    hundredths = int(round(round2(mean) * 100))
    for level, bound in zip((5, 4, 3, 2), _BOUNDS[criteria]):
        if hundredths >= bound:
            return level
    return 1


def level_key(level: int | None) -> str:
    """Message key of a level word: 5 → "survey.level.5" (มากที่สุด / very high)."""
    if level not in (1, 2, 3, 4, 5):
        return "survey.level.none"
    return f"survey.level.{int(level)}"


def criteria_citation_key(criteria: str) -> str:
    """Message key of the citation printed under the table."""
    if criteria not in CRITERIA:
        raise ValueError(f"criteria must be one of {CRITERIA}, not {criteria!r}")
    return f"survey.criteria.{criteria}.citation"


def criteria_name_key(criteria: str) -> str:
    if criteria not in CRITERIA:
        raise ValueError(f"criteria must be one of {CRITERIA}, not {criteria!r}")
    return f"survey.criteria.{criteria}.name"


def alpha_key(value: float | None) -> str:
    """Message key of the word for Cronbach's α (George & Mallery, 2003):
    ≥ .90 excellent, ≥ .80 good, ≥ .70 acceptable, ≥ .60 questionable,
    below .60 poor."""
    if value is None or not math.isfinite(value):
        return "survey.alpha.word.none"
    for bound, word in ((0.9, "excellent"), (0.8, "good"), (0.7, "acceptable"),
                        (0.6, "questionable")):
        if value >= bound:
            return f"survey.alpha.word.{word}"
    return "survey.alpha.word.poor"


# ---------------------------------------------------------------- detection

@dataclass(frozen=True)
class SurveyMapping:
    """What each column is, as detected (and possibly corrected by the user).

    Attributes
    ----------
    roles : mapping
        column → one of :data:`ROLES`.
    dimensions : mapping
        item column → dimension name (ด้าน…, or the grid question) or None.
    item_names : mapping
        item column → the item's short text ("row text" of a grid).
    numbers : mapping
        item column → its numbering ("1.1") when the form numbered it.
    scale : int
        Points of the Likert scale (5; another scale is refused).
    notes : tuple of Problem
        What detection decided that the user may want to know (columns of
        another scale left out).
    """
    roles: Mapping[str, str]
    dimensions: Mapping[str, str | None] = field(default_factory=dict)
    item_names: Mapping[str, str] = field(default_factory=dict)
    numbers: Mapping[str, str] = field(default_factory=dict)
    scale: int = SCALE
    notes: tuple[Problem, ...] = ()

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(c for c, r in self.roles.items() if r == ITEM)

    def with_roles(self, roles: Mapping[str, str]) -> "SurveyMapping":
        """A copy with some roles set by the user (unknown columns ignored)."""
        new = dict(self.roles)
        for column, role in (roles or {}).items():
            if role not in ROLES:
                raise ValueError(f"role of {column!r} must be one of {ROLES}, not {role!r}")
            if column in new:
                new[column] = role
        names, dims, nums = dict(self.item_names), dict(self.dimensions), dict(self.numbers)
        for column, role in new.items():
            if role == ITEM and column not in names:
                dim, num, name = _split_header(column)
                names[column], dims[column] = name, dim
                if num:
                    nums[column] = num
        return SurveyMapping(new, dims, names, nums, self.scale, self.notes)


def _header_key(text: str) -> str:
    return " ".join(str(text).split()).lower().strip(" :.")


_TIMESTAMP_HEADERS = {"timestamp", "ประทับเวลา", "เวลาประทับ", "การประทับเวลา", "completion time",
                      "เวลาที่เสร็จสมบูรณ์", "เวลาเสร็จสิ้น", "เวลาที่เสร็จสิ้น", "วันที่ตอบ",
                      "วันเวลาที่ตอบ", "เวลาที่ส่ง", "submitted at", "submission time"}
_META_HEADERS = {"id", "start time", "email", "name", "last modified time", "รหัส", "เวลาเริ่มต้น",
                 "เวลาที่เริ่มต้น", "อีเมล", "อีเมล์", "ชื่อ", "ชื่อ-สกุล", "ชื่อ - สกุล", "ชื่อ-นามสกุล",
                 "เวลาที่แก้ไขล่าสุด", "เวลาที่ปรับเปลี่ยนล่าสุด", "เวลาแก้ไขล่าสุด", "email address",
                 "ที่อยู่อีเมล", "total points", "quiz feedback", "points", "คะแนนรวม", "คะแนน",
                 "ข้อเสนอแนะแบบทดสอบ", "ลำดับ", "ลำดับที่", "ที่", "no", "no.", "#", "respondent",
                 "ผู้ตอบ", "ผู้ตอบคนที่", "คนที่", "เลขที่", "response id", "username", "ชื่อผู้ใช้"}
_OPEN_RE = re.compile(r"ข้อเสนอแนะ|ความคิดเห็น|ข้อคิดเห็น|ปัญหา|อุปสรรค|เพิ่มเติม|อื่น\s?ๆ|"
                      r"suggest|comment|feedback|remark|other|recommend", re.IGNORECASE)
_PROFILE_RE = re.compile(r"เพศ|อายุ|หน่วยงาน|สถานภาพ|ตำแหน่ง|การศึกษา|อาชีพ|ประเภท|สังกัด|กลุ่ม|"
                         r"ส่วนราชการ|กอง|ฝ่าย|ระดับ|รายได้|ประสบการณ์|gender|sex|age|department|"
                         r"unit|role|position|status|education|occupation|type|group", re.IGNORECASE)
_GRID_RE = re.compile(r"^(?P<q>.*?)\s*\[(?P<row>[^\[\]]+)\]\s*$")
_NUMBERED_RE = re.compile(r"(?:^|\s)(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<text>\S.*)$")
_DIMENSION_RE = re.compile(r"^\s*(?:\d+\.?\s*)?ด้าน")


def _split_header(header: str) -> tuple[str | None, str | None, str]:
    """(dimension, number, item text) from a header.

    ``"การให้บริการ [ความรวดเร็ว]"`` → ("การให้บริการ", None, "ความรวดเร็ว");
    ``"ด้านกระบวนการ 1.1 ความรวดเร็ว"`` → ("ด้านกระบวนการ", "1.1", "ความรวดเร็ว").
    """
    text = " ".join(str(header).split())
    text = re.sub(r" #\d+$", "", text) if _GRID_RE.match(re.sub(r" #\d+$", "", text)) else text
    m = _GRID_RE.match(text)
    if m and m.group("q"):
        inner_dim, num, name = _split_header(m.group("row"))
        return m.group("q"), num, name
    m = _NUMBERED_RE.search(text)
    if m:
        before = text[: m.start()].strip()
        return (before or None), m.group("num"), m.group("text").strip()
    return None, None, text


def _column_scores(col: pd.Series, word_map: Mapping[str, int], scale: int = SCALE):
    """status and score of every cell of a column."""
    statuses, scores = [], []
    for v in col.tolist():
        s, x = score_word(v, word_map, scale)
        statuses.append(s)
        scores.append(np.nan if x is None else x)
    return np.array(statuses, dtype=object), np.array(scores, dtype=float)


def _other_scale(col: pd.Series) -> str | None:
    """"1–7" or "0–10" when a column holds whole numbers of such a scale."""
    nums = []
    for v in col.tolist():
        status, x, unit = cells.parse_one(v) if not isinstance(v, (int, float)) else (
            (cells.OK, float(v), None) if v == v else (cells.BLANK, np.nan, None))
        if status == cells.OK and unit is None:
            nums.append(x)
        elif status not in (cells.BLANK, cells.MISSING):
            return None
    if len(nums) < 1 or any(x != int(x) for x in nums):
        return None
    lo, hi = min(nums), max(nums)
    if lo < 0 or hi > 10 or (hi <= 5 and lo >= 1):
        return None
    if lo == 0 or hi > 7:
        return "0\u201310"
    return "1\u20137"


def _frame_of(table_or_frame) -> pd.DataFrame:
    frame = getattr(table_or_frame, "frame", table_or_frame)
    if not isinstance(frame, pd.DataFrame):
        raise TypeError("expected an itastats.read.reading.Table or a pandas DataFrame")
    return frame


def detect(table_or_frame, *, word_map: Mapping[str, int] | None = None,
           dimension_labels: Mapping[str, str] | None = None) -> SurveyMapping:
    """Which columns are timestamp, form metadata, profile, items, open text.

    Parameters
    ----------
    table_or_frame : Table or DataFrame
        A :class:`itastats.read.reading.Table` or the raw answers (one row per
        respondent, one column per question).
    word_map : mapping, optional
        The user's scores for unknown words (they count as Likert answers).
    dimension_labels : mapping, optional
        column → dimension name found above the header (ด้าน… row).

    Returns
    -------
    SurveyMapping

    Notes
    -----
    Headers decide first: Google Forms "Timestamp"/"ประทับเวลา" and the
    Microsoft Forms columns (ID, Start time, Completion time, Email, Name,
    Last modified time, also in Thai) are timestamp/metadata.  Then the
    answers: a column is an item when at least half of its filled cells
    are Likert words or whole numbers 1–5, or when it has at most seven
    different answers of which two or more are Likert words (unknown words
    beside them are listed for the user).  Whole numbers of a 1–7 or 0–10
    scale are left out with a note (only 5-point scales are analysed).
    Other columns are open questions (header ข้อเสนอแนะ/ความคิดเห็น…, or
    long, mostly different answers), profile questions (few different
    answers, or a header such as เพศ/อายุ/หน่วยงาน) or ignored.
    """
    frame = _frame_of(table_or_frame)
    wmap = _normalise_map(word_map)
    roles, dims, names, nums, notes = {}, {}, {}, {}, []
    labels = dict(dimension_labels or {})
    for column in frame.columns:
        col = frame[column]
        key = _header_key(column)
        key_base = re.sub(r" #\d+$", "", key)
        if key_base in _TIMESTAMP_HEADERS:
            roles[column] = TIMESTAMP
            continue
        if key_base in _META_HEADERS:
            roles[column] = META
            continue
        status, _ = _column_scores(col, wmap)
        filled = status != "blank"
        n_filled = int(filled.sum())
        if n_filled == 0:
            dim, num, name = _split_header(column)
            if num or _GRID_RE.match(str(column)):   # an item nobody answered
                roles[column] = ITEM
                dims[column], names[column] = dim or labels.get(column), name
                if num:
                    nums[column] = num
            else:
                roles[column] = IGNORE
            continue
        n_ok = int((status == "ok").sum())
        values = [_norm_word(v) for v, f in zip(col.tolist(), filled) if f]
        distinct = set(values)
        known_words = {v for v in distinct if v in LIKERT_WORDS or v in wmap}
        other = _other_scale(col)
        if other is not None and n_ok < n_filled:
            roles[column] = IGNORE
            notes.append(Problem("survey.column_other_scale", {"scale": other}, column=str(column),
                                 severity=WARNING))
            continue
        if n_ok * 2 >= n_filled or (len(distinct) <= 7 and len(known_words) >= 2):
            roles[column] = ITEM
            dim, num, name = _split_header(column)
            if dim is None:
                dim = labels.get(column)
            dims[column], names[column] = dim, name
            if num:
                nums[column] = num
            continue
        is_number = all(cells.parse_one(v)[0] == cells.OK for v in values)
        long_text = sum(len(v) for v in values) / len(values) > 30
        varied = len(distinct) > max(10, 0.6 * n_filled)
        if _OPEN_RE.search(key):
            roles[column] = OPEN
        elif _PROFILE_RE.search(key) and not long_text:
            roles[column] = PROFILE
        elif is_number and varied:
            roles[column] = IGNORE
        elif long_text or varied:
            roles[column] = OPEN
        else:
            roles[column] = PROFILE
    _fill_dimensions_from_numbers(dims, nums)
    return SurveyMapping(roles, dims, names, nums, SCALE, tuple(notes))


def _fill_dimensions_from_numbers(dims: dict, nums: dict) -> None:
    """Items numbered 2.1, 2.2 … under one named item 2.x share its dimension."""
    by_major: dict[str, str] = {}
    for column, num in nums.items():
        if dims.get(column):
            by_major.setdefault(num.split(".")[0], dims[column])
    for column, num in nums.items():
        if not dims.get(column) and num.split(".")[0] in by_major:
            dims[column] = by_major[num.split(".")[0]]


# ---------------------------------------------------------------- statistics

def _clean(x: Any) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _mean_sd(x: np.ndarray) -> tuple[int, float | None, float | None]:
    x = x[np.isfinite(x)]
    n = int(x.size)
    if n == 0:
        return 0, None, None
    mean = float(np.mean(x))
    sd = float(np.std(x, ddof=1)) if n >= 2 else None
    return n, _clean(mean), _clean(sd)


def cronbach_alpha(scores: np.ndarray) -> Alpha:
    """Cronbach's α on complete rows (listwise deletion).

    α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ), item and total variances with the
    n − 1 denominator, over the rows that answered every item.

    Parameters
    ----------
    scores : numpy.ndarray
        respondents × items, NaN for no answer.

    Returns
    -------
    Alpha
        ``error`` is ``survey.alpha.too_few_items`` (k < 2),
        ``survey.alpha.too_few_rows`` (fewer than 2 complete rows) or
        ``survey.alpha.no_variance`` (every complete row has the same total).
    """
    scores = np.asarray(scores, dtype=float)
    if scores.ndim != 2:
        raise ValueError("scores must be a 2-D array (respondents × items)")
    k = int(scores.shape[1])
    complete = scores[np.isfinite(scores).all(axis=1)] if k else scores[:0]
    n_used = int(complete.shape[0])
    if k < 2:
        return Alpha(None, n_used, k, "survey.alpha.too_few_items")
    if n_used < 2:
        return Alpha(None, n_used, k, "survey.alpha.too_few_rows")
    total_var = float(np.var(complete.sum(axis=1), ddof=1))
    if not total_var > 1e-12:
        return Alpha(None, n_used, k, "survey.alpha.no_variance")
    item_var = float(np.var(complete, axis=0, ddof=1).sum())
    value = k / (k - 1) * (1 - item_var / total_var)
    return Alpha(_clean(value), n_used, k, None)


def _group_test(by: str, groups: list[tuple[str, np.ndarray]]) -> GroupComparison:
    summary = tuple((g, int(x.size), float(np.mean(x))) for g, x in groups)
    if len(groups) < 2:
        return GroupComparison(by, summary, None, error="survey.groups.too_few")
    pooled = np.concatenate([x for _, x in groups])
    if np.ptp(pooled) == 0:
        test = "mann_whitney_u" if len(groups) == 2 else "kruskal_wallis"
        return GroupComparison(by, summary, test, error="survey.groups.no_variance")
    if len(groups) == 2:
        # R: wilcox.test(first group, second group) — groups in profile order
        out = rank.rank_sum(groups[0][1], groups[1][1])
        return GroupComparison(by, summary, "mann_whitney_u", _clean(out.statistic), None,
                               _clean(out.pvalue))
    h, p = _sps.kruskal(*[x for _, x in groups])
    return GroupComparison(by, summary, "kruskal_wallis", _clean(h), float(len(groups) - 1),
                           _clean(p))


def comparison_sentence(comp: GroupComparison, lang: str = "th") -> str:
    """The Thai-report sentence for one group comparison.

    Examples
    --------
    "ความพึงพอใจของผู้ตอบที่มีหน่วยงานต่างกัน ไม่แตกต่างกันอย่างมีนัยสำคัญ
    ทางสถิติที่ระดับ .05 (Kruskal-Wallis H(2) = 1.23, p = .541)"
    """
    if comp.error or comp.pvalue is None or comp.statistic is None:
        return _t("survey.groups.sentence_error", lang, by=comp.by,
                  why=_t(comp.error or "survey.groups.too_few", lang))
    if comp.test == "kruskal_wallis":
        test = "Kruskal-Wallis " + fmt.stat_df("H", comp.statistic, comp.df)
    else:
        test = "Mann-Whitney " + fmt.stat_df("U", comp.statistic, None)
    key = "survey.groups.significant" if comp.pvalue < ALPHA_SIGNIFICANCE else "survey.groups.not_significant"
    return _t(key, lang, by=comp.by, test=test, p=fmt.p_value(comp.pvalue))


def _answered(value: Any) -> bool:
    """Not blank and not a "no answer" word ("-", "ไม่มี", "N/A")."""
    if cells.is_blank([value])[0]:
        return False
    return _norm_word(value) not in cells.MISSING_WORDS


def _footer_mask(frame: pd.DataFrame) -> np.ndarray:
    """Rows whose first filled cell is a summary label (ค่าเฉลี่ย, S.D., รวม)."""
    out = np.zeros(len(frame), dtype=bool)
    for i, row in enumerate(frame.itertuples(index=False)):
        for v in row:
            if isinstance(v, str) and v.strip():
                out[i] = bool(reading.FOOTER_RE.match(v))
                break
            if v is not None and not (isinstance(v, float) and v != v) and not isinstance(v, str):
                break
    return out


def analyze(frame: pd.DataFrame, *, mapping: SurveyMapping | None = None, criteria: str = BEST,
            word_map: Mapping[str, int] | None = None, groups: Any = None,
            file: str | None = None, sheet: str | None = None,
            scale: int | None = None) -> SurveyResult:
    """Analyse survey answers (one row per respondent).

    Parameters
    ----------
    frame : pandas.DataFrame
        Raw answers, e.g. :attr:`itastats.read.reading.Table.frame` (index = Excel
        rows, used in problems).  Rows whose first text is a summary label
        (ค่าเฉลี่ย, S.D., รวม) are left out.
    mapping : SurveyMapping, optional
        Column roles; :func:`detect` when omitted.
    criteria : {"best", "half"}
        Level criteria (Best's 0.80 intervals by default).
    word_map : mapping, optional
        Scores for answer words the app does not know (``{"ดีมาก": 5}``).
    groups : sequence of str, optional
        Profile questions to compare groups by (all profile questions when
        None; ``()`` for none).
    file, sheet : str, optional
        Where the answers came from (for problems).
    scale : int, optional
        The scale's points when known; anything but 5 is refused.

    Returns
    -------
    SurveyResult
        A respondent is a row with at least one scored item.  Item and
        dimension statistics use the answers given (n per item).  The
        overall score of a respondent is the mean of all items he or she
        answered; ``overall.mean``/``sd`` are the mean and S.D. (n − 1) of
        those scores, and ``pct`` = mean / 5 × 100.  Levels are decided on
        the mean rounded half up to 2 decimals (:func:`level_of`).

    Raises
    ------
    InputError
        ``survey.no_items`` (no Likert column), ``survey.other_scale`` (an
        item column or ``scale`` of another scale), ``survey.all_blank``
        (items found but not one answer, and no unknown word to map).
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError("frame must be a pandas DataFrame")
    if criteria not in CRITERIA:
        raise ValueError(f"criteria must be one of {CRITERIA}, not {criteria!r}")
    where = {"file": file, "sheet": sheet}
    if scale is not None and scale != SCALE:
        raise InputError(Problem("survey.other_scale", {"scale": f"1\u2013{scale}", "column": ""},
                                 severity=ERROR, **where))
    wmap = _normalise_map(word_map)
    if mapping is None:
        mapping = detect(frame, word_map=wmap)
    problems = [p.at(**where) for p in mapping.notes]
    footer = _footer_mask(frame)
    if footer.any():
        frame = frame[~footer]
    roles = {c: mapping.roles.get(c, IGNORE) for c in frame.columns}
    item_cols = [c for c in frame.columns if roles[c] == ITEM]
    if not item_cols:
        other = [p for p in mapping.notes if p.key == "survey.column_other_scale"]
        if other:
            raise InputError(Problem("survey.other_scale", {"scale": other[0].params["scale"],
                                                            "column": other[0].column},
                                     column=other[0].column, severity=ERROR, **where))
        raise InputError(Problem("survey.no_items", {}, severity=ERROR, **where))

    scores, unknown = [], []
    for c in item_cols:
        status, x = _column_scores(frame[c], wmap)
        out_of_scale = status == "out"
        if out_of_scale.any():
            other = _other_scale(frame[c])
            if other is not None:
                raise InputError(Problem("survey.other_scale", {"scale": other, "column": str(c)},
                                         column=str(c), severity=ERROR, **where))
            bad = sorted({str(v) for v, o in zip(frame[c].tolist(), out_of_scale) if o})
            problems.append(Problem("survey.out_of_scale",
                                    {"n": int(out_of_scale.sum()), "values": ", ".join(bad[:5])},
                                    column=str(c), severity=WARNING, **where))
        is_unknown = status == "unknown"
        if is_unknown.any():
            words = pd.Series([" ".join(str(v).split()) for v, u in zip(frame[c].tolist(), is_unknown) if u])
            for word, count in words.value_counts(sort=True).items():
                unknown.append((str(c), str(word), int(count)))
            problems.append(Problem("survey.unknown_words",
                                    {"n": int(is_unknown.sum()),
                                     "words": ", ".join(words.unique()[:5])},
                                    column=str(c), severity=WARNING, **where))
        scores.append(x)
    matrix = np.column_stack(scores)
    answered = np.isfinite(matrix).any(axis=1)
    if not answered.any() and not unknown:
        raise InputError(Problem("survey.all_blank", {}, severity=ERROR, **where))
    left_out = frame.index[~answered]
    if len(left_out):
        problems.append(Problem("survey.blank_respondents",
                                {"n": int(len(left_out)),
                                 "rows": ", ".join(str(r) for r in list(left_out)[:10])},
                                severity=INFO, **where))
    matrix = matrix[answered]
    kept = frame[answered]

    items = []
    for j, c in enumerate(item_cols):
        x = matrix[:, j]
        n, mean, sd = _mean_sd(x)
        counts = tuple(int((x == p).sum()) for p in range(1, SCALE + 1))
        dist = tuple(100.0 * k / n for k in counts) if n else ()
        top2 = 100.0 * (counts[3] + counts[4]) / n if n else None
        items.append(ItemStat(mapping.item_names.get(c, str(c)), str(c), mapping.dimensions.get(c),
                              mapping.numbers.get(c), n, mean, sd, level_of(mean, criteria),
                              counts, dist, top2))

    dimensions = []
    order: dict[str, list[int]] = {}
    for j, c in enumerate(item_cols):
        d = mapping.dimensions.get(c)
        if d:
            order.setdefault(d, []).append(j)
    for d, js in order.items():
        sub = matrix[:, js]
        has = np.isfinite(sub).any(axis=1)
        per_person = np.nanmean(sub[has], axis=1) if has.any() else np.array([])
        n, mean, sd = _mean_sd(per_person)
        dimensions.append(DimensionStat(d, tuple(items[j].name for j in js), n, mean, sd,
                                        level_of(mean, criteria)))

    person = np.nanmean(matrix, axis=1) if matrix.size and len(matrix) else np.array([])
    n, mean, sd = _mean_sd(person)
    overall = Overall(n, mean, sd, level_of(mean, criteria),
                      _clean(mean / SCALE * 100) if mean is not None else None)
    alpha = cronbach_alpha(matrix)

    profile, comparisons = [], []
    wanted = None if groups is None else {str(g) for g in groups}
    for c in frame.columns:
        if roles[c] != PROFILE:
            continue
        answers = pd.Series([" ".join(str(v).split()) if _answered(v) else None
                             for v in kept[c].tolist()], dtype=object)
        has = answers.notna().to_numpy()
        counts = answers[has].value_counts(sort=False)
        first = {a: i for i, a in reversed(list(enumerate(answers[has])))}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))
        total = int(has.sum())
        profile.append(ProfileTable(str(c), tuple((str(a), int(k), 100.0 * k / total)
                                                  for a, k in ranked), total))
        if wanted is not None and str(c) not in wanted:
            continue
        if total == 0 or len(ranked) < 2:
            continue
        kept_groups, small = [], []
        for a, k in ranked:
            x = person[(answers == a).to_numpy() & has]
            x = x[np.isfinite(x)]
            (kept_groups if x.size >= 2 else small).append((a, x))
        if small:
            problems.append(Problem("survey.groups.small_left_out",
                                    {"by": str(c), "groups": ", ".join(a for a, _ in small)},
                                    column=str(c), severity=INFO, **where))
        comparisons.append(_group_test(str(c), kept_groups))

    open_answers = []
    for c in frame.columns:
        if roles[c] == OPEN:
            texts = tuple(str(v).strip() for v in kept[c].tolist() if _answered(v))
            open_answers.append(OpenAnswers(str(c), texts))

    return SurveyResult(
        respondents=int(answered.sum()), scale=SCALE, criteria=criteria, items=tuple(items),
        dimensions=tuple(dimensions), overall=overall, alpha=alpha, profile=tuple(profile),
        comparisons=tuple(comparisons), open_answers=tuple(open_answers),
        unknown_words=tuple(unknown), roles=dict(roles), problems=tuple(problems),
        file=file, sheet=sheet)


def _dimension_labels(sheet: "reading.Sheet", table: "reading.Table") -> dict[str, str]:
    """ด้าน… labels in the row just above the header, spread right until the next label."""
    top = table.header_rows[0] - 2           # 0-based index of the row above the header
    if top < 0 or top >= len(sheet.rows):
        return {}
    row = sheet.rows[top]
    letters = {reading.column_letter(j): j for j in range(len(row))}
    labels, current = {}, None
    by_index = {}
    for j, v in enumerate(row):
        text = " ".join(str(v).split()) if isinstance(v, str) else ""
        if text:
            current = text if _DIMENSION_RE.match(text) else None
        by_index[j] = current
    if not any(by_index.values()):
        return {}
    for column, letter in zip(table.columns, table.letters):
        j = letters.get(letter)
        if j is not None and by_index.get(j):
            labels[column] = by_index[j]
    return labels


def _survey_header_row(grid: list, scan: int = 30) -> int | None:
    """0-based row of a survey header: the first row, among the first ``scan``,
    filled in at least half as many cells as the widest row below it, whose
    cells are all text (not plain numbers), followed by a filled row."""
    rows = grid[:scan]
    filled = [sum(reading._filled(v) for v in r) for r in rows]
    for i, r in enumerate(rows):
        below = filled[i + 1:i + 6]
        if filled[i] < 2 or not below or max(below) == 0 or filled[i] * 2 < max(below):
            continue
        texts = [v for v in r if reading._filled(v)]
        if all(isinstance(v, str) and not (cells.parse_one(v)[0] == cells.OK
                                           and cells.parse_one(v)[2] is None) for v in texts):
            return i
    return None


def analyze_file(data: bytes, filename: str, *, sheet: str | int | None = None,
                 header_row: int | None = None, roles: Mapping[str, str] | None = None,
                 criteria: str = BEST, word_map: Mapping[str, int] | None = None,
                 groups: Any = None, scale: int | None = None) -> SurveyResult:
    """Read a survey export (Google Forms, Microsoft Forms, hand-made) and analyse it.

    Parameters
    ----------
    data : bytes
        The file's content (csv in UTF-8 or cp874, xlsx, xls, ods).
    filename : str
        Its name as uploaded.
    sheet : str or int, optional
        Sheet; the first by default.
    header_row : int, optional
        1-based header row when the guess is wrong.
    roles : mapping, optional
        The user's corrections: column → role.
    criteria, word_map, groups, scale
        As in :func:`analyze`.

    Raises
    ------
    InputError
        From :mod:`itastats.read.reading` (unreadable file) and :func:`analyze`.
    """
    wb = reading.read_file(data, filename)
    try:
        tbl = reading.table(wb, sheet, header_row=header_row)
    except InputError as exc:
        if header_row is not None or exc.problem.key not in ("read.no_numbers", "read.no_header"):
            raise
        # answers all in words (no number below the header), or numbered headers
        # ("1.1 ความรวดเร็ว") that read as numbers with a unit: find it here
        first = _survey_header_row(wb.sheet(sheet).rows)
        if first is None:
            raise
        tbl = reading.table(wb, sheet, header_row=first + 1)
    labels = _dimension_labels(wb.sheet(sheet), tbl)
    mapping = detect(tbl, word_map=word_map, dimension_labels=labels)
    if header_row is None:
        # the generic header finder may stop at a data row when every answer is a
        # word; an all-text row higher up that gives as many items or more wins
        mine = _survey_header_row(wb.sheet(sheet).rows)
        if mine is not None and mine + 1 < tbl.header_rows[0]:
            try:
                other = reading.table(wb, sheet, header_row=mine + 1)
            except InputError:
                other = None
            if other is not None:
                other_labels = _dimension_labels(wb.sheet(sheet), other)
                other_map = detect(other, word_map=word_map, dimension_labels=other_labels)
                if len(other_map.items) >= len(mapping.items):
                    tbl, mapping = other, other_map
    if roles:
        mapping = mapping.with_roles(roles)
    result = analyze(tbl.frame, mapping=mapping, criteria=criteria, word_map=word_map,
                     groups=groups, file=tbl.file, sheet=tbl.sheet, scale=scale)
    from dataclasses import replace
    return replace(result, problems=tuple(wb.problems) + tuple(tbl.problems) + result.problems)


def _stat_json(s, criteria: str) -> dict:
    return {"name": s.name, "dimension": getattr(s, "dimension", None), "n": s.n,
            "mean": _clean(s.mean), "sd": _clean(s.sd),
            "level": LEVEL_WORDS_EN.get(s.level), "level_score": s.level,
            "top2_pct": _clean(getattr(s, "top2_pct", None))}


def result_json(result: SurveyResult) -> dict:
    """The result as plain JSON data (``python -m itastats survey FILE --json``).

    No NaN or inf anywhere: what cannot be computed is None.
    """
    items = []
    for s in result.items:
        d = _stat_json(s, result.criteria)
        d.update({"column": s.column, "number": s.number, "counts": list(s.counts),
                  "distribution": [_clean(x) for x in s.distribution]})
        items.append(d)
    dims = []
    for s in result.dimensions:
        d = _stat_json(s, result.criteria)
        d["dimension"] = s.name
        d["top2_pct"] = None
        d["items"] = list(s.items)
        dims.append(d)
    o, a = result.overall, result.alpha
    return {
        "respondents": result.respondents,
        "scale": result.scale,
        "criteria": result.criteria,
        "items": items,
        "dimensions": dims,
        "overall": {"n": o.n, "mean": _clean(o.mean), "sd": _clean(o.sd),
                    "level": LEVEL_WORDS_EN.get(o.level), "level_score": o.level,
                    "pct": _clean(o.pct)},
        "alpha": {"value": _clean(a.value), "n_used": a.n_used, "k": a.k, "error": a.error},
        "profile": [{"question": p.question, "n": p.n,
                     "rows": [{"answer": r[0], "count": r[1], "percent": _clean(r[2])} for r in p.rows]}
                    for p in result.profile],
        "comparisons": [{"by": c.by, "test": c.test, "statistic": _clean(c.statistic),
                         "df": _clean(c.df), "pvalue": _clean(c.pvalue), "error": c.error,
                         "groups": [{"group": g, "n": n, "mean": _clean(m)} for g, n, m in c.groups]}
                        for c in result.comparisons],
        "open_answers": [{"question": b.question, "answers": list(b.answers)}
                         for b in result.open_answers],
        "unknown_words": [{"column": c, "word": w, "count": n} for c, w, n in result.unknown_words],
        "roles": dict(result.roles),
        "problems": [p.to_dict() for p in result.problems],
    }
