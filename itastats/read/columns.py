"""What each column is: its role, guessed from Thai or English headers and content.

Roles: ``case_id``, ``before``, ``after``, ``metric``, ``unit``, ``period``
(cells say ก่อน/หลัง), ``value``, ``date``, ``other``.  A header such as
"ระยะเวลาอนุมัติ ก่อน (วัน)" is split by :func:`split_header` into the metric
("ระยะเวลาอนุมัติ"), the period ("before") and the unit ("วัน").

The guesses are only a start: pages let the user correct every role and
:func:`itastats.read.layouts.mapping_from_roles` takes the corrected roles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


from . import cells
from ._lazy import lazy_module

pd = lazy_module("pandas")        # imported on first use: a page that reads no file needs no pandas

CASE_ID, BEFORE, AFTER, METRIC, UNIT, PERIOD, VALUE, DATE, OTHER = (
    "case_id", "before", "after", "metric", "unit", "period", "value", "date", "other")
# counts (itastats.read.counts): how many happened, out of how many, over how long
COUNT, TOTAL, EXPOSURE = "count", "total", "exposure"
ROLES = (CASE_ID, BEFORE, AFTER, METRIC, UNIT, PERIOD, VALUE, DATE, COUNT, TOTAL, EXPOSURE, OTHER)

SAMPLE_ROWS = 100  # content is judged on the first rows only: enough, and fast

_BEFORE_TH = ("ก่อนการอบรม", "ก่อนอบรม", "ก่อนการเรียน", "ก่อนเรียน",   # pre-test (5.3.2)
              "ก่อนดำเนินโครงการ", "ก่อนดำเนินการ", "ก่อนเริ่มโครงการ", "ก่อนปรับปรุง",
              "ก่อนพัฒนา", "ก่อนใช้ระบบ", "ก่อนใช้", "ก่อนมีโครงการ", "ก่อนโครงการ",
              "ระบบเดิม", "แบบเดิม", "วิธีเดิม", "ก่อน")
_AFTER_TH = ("หลังการอบรม", "หลังอบรม", "หลังการเรียน", "หลังเรียน",    # post-test (5.3.2)
             "หลังดำเนินโครงการ", "หลังดำเนินการ", "หลังเริ่มโครงการ", "หลังปรับปรุง",
             "หลังพัฒนา", "หลังใช้ระบบ", "หลังใช้", "หลังมีโครงการ", "หลังโครงการ",
             "ระบบใหม่", "แบบใหม่", "วิธีใหม่", "หลัง")
_BEFORE_EN = re.compile(r"\b(before|pre_?test|pre|baseline)\b", re.IGNORECASE)
_AFTER_EN = re.compile(r"\b(after|post_?test|post)\b", re.IGNORECASE)
_DIFF_WORDS = re.compile(r"ผลต่าง|ส่วนต่าง|ลดลง|เพิ่มขึ้น|เปลี่ยนแปลง|\bdiff|\bchange|\bdelta|ร้อยละการ",
                         re.IGNORECASE)
_UNIT_PAREN = re.compile(r"[(\[]\s*(?:หน่วย\s*[:：]?\s*|unit\s*[:：]?\s*)?(?P<u>[^()\[\]\d]{1,20}?)\s*[)\]]")
_UNIT_TAIL = re.compile(r"(?:หน่วย|unit)(?:\s*[:：]\s*|\s+)(?P<u>[^\d\s()]{1,20})\s*$",
                        re.IGNORECASE)
_DUP_SUFFIX = re.compile(r"\s+#\d+$")

_HEADER_ROLES: tuple[tuple[str, re.Pattern], ...] = (
    (DATE, re.compile(r"^(วันที่|วัน\s*/\s*เดือน\s*/\s*ปี|วันเดือนปี|date|วันรับ|วันที่รับ)",
                      re.IGNORECASE)),
    (UNIT, re.compile(r"^(หน่วย|หน่วยนับ|หน่วยวัด|unit|units)$", re.IGNORECASE)),
    (METRIC, re.compile(r"^(ตัวชี้วัด|ตัวชี้วัดผล|รายการ|รายการตัวชี้วัด|ประเด็น|หัวข้อ|ด้าน|"
                        r"metric|metrics|indicator|kpi|item|measure)", re.IGNORECASE)),
    (PERIOD, re.compile(r"^(ระยะ|ช่วง|ช่วงเวลา|ช่วงการวัด|ก่อน\s*/\s*หลัง|ก่อน-หลัง|"
                        r"period|phase|stage|time\s*point|before\s*/\s*after)$", re.IGNORECASE)),
    (CASE_ID, re.compile(r"^(ลำดับ|ลำดับที่|ที่|เลขที่|เลขที่.*|รหัส.*|หมายเลข.*|เลขรับ.*|"
                         r"no\.?|id|case.*|#|รายที่|คนที่|เรื่องที่|เอกสารที่|ผู้รับบริการ.*)$",
                         re.IGNORECASE)),
    (VALUE, re.compile(r"^(ค่า|ค่าที่วัดได้|ผล|ผลการวัด|ผลลัพธ์|จำนวน|value|values|result|"
                       r"measurement|score)$", re.IGNORECASE)),
)


@dataclass(frozen=True)
class HeaderParts:
    """A header split into what is measured, when, and in what unit.

    Examples
    --------
    >>> split_header("ระยะเวลาอนุมัติ ก่อน (วัน)")
    HeaderParts(metric='ระยะเวลาอนุมัติ', period='before', unit='วัน')
    """
    metric: str
    period: str | None
    unit: str | None


def split_header(name: str) -> HeaderParts:
    """Split a header into metric, period ("before"/"after"/None) and unit.

    Parameters
    ----------
    name : str
        A column header, e.g. ``"เวลา ก่อน"``, ``"Before (min)"``,
        ``"ระยะเวลา (วัน) หลัง"``.

    Returns
    -------
    HeaderParts
        ``period`` is None when the header names both periods or a
        difference ("ผลต่าง ก่อน-หลัง").
    """
    text = _DUP_SUFFIX.sub("", " ".join(str(name).split()))
    text, unit = _take_unit(text)
    if _DIFF_WORDS.search(text):
        return HeaderParts(_tidy(text), None, unit)
    before_found, rest_b = _take_period(text, _BEFORE_TH, _BEFORE_EN)
    after_found, rest_a = _take_period(text, _AFTER_TH, _AFTER_EN)
    if before_found and not after_found:
        return HeaderParts(_tidy(rest_b), "before", unit)
    if after_found and not before_found:
        return HeaderParts(_tidy(rest_a), "after", unit)
    return HeaderParts(_tidy(text), None, unit)


def _take_unit(text: str) -> tuple[str, str | None]:
    for regex in (_UNIT_PAREN, _UNIT_TAIL):
        for match in regex.finditer(text):
            word = match.group("u").strip()
            unit = cells.canonical_unit(word)
            known = word.lower() in cells.UNIT_ALIASES or "หน่วย" in match.group(0) \
                or "unit" in match.group(0).lower()
            if unit and known:
                return (text[:match.start()] + " " + text[match.end():]).strip(), unit
    return text, None


def _take_period(text: str, thai: tuple[str, ...], english: re.Pattern) -> tuple[bool, str]:
    for phrase in thai:
        pos = text.find(phrase)
        if pos >= 0:
            return True, text[:pos] + " " + text[pos + len(phrase):]
    match = english.search(text)
    if match:
        return True, text[:match.start()] + " " + text[match.end():]
    return False, text


def _tidy(text: str) -> str:
    text = re.sub(r"[()\[\]]\s*[()\[\]]", " ", text)
    text = " ".join(text.split())
    return text.strip(" -–—:：/_,.|")


def header_role(name: str) -> str | None:
    """The role a header names by itself (ลำดับ -> case_id, หน่วย -> unit ...), or None."""
    text = _DUP_SUFFIX.sub("", " ".join(str(name).split())).strip()
    bare, _ = _take_unit(text)
    for candidate in (text, bare.strip(" :：")):
        for role, regex in _HEADER_ROLES:
            if regex.match(candidate):
                return role
    return None


@dataclass(frozen=True)
class ColumnProfile:
    """What the first rows of a column hold (shares of its filled cells)."""
    filled: int
    numeric: float
    period: float
    unit: float
    date: float
    distinct: float
    integers: bool
    yesno: float = 0.0      # share of yes/no answers (ใช่/ไม่ใช่, ทันเวลา/ไม่ทัน ...) among text cells
    year: float = 0.0       # share of years (2567, 2024, "ปีงบประมาณ 2567")


def profile(values: pd.Series) -> ColumnProfile:
    """Shares of numbers, ก่อน/หลัง words, unit words and dates in a column's first rows."""
    sample = values.iloc[:SAMPLE_ROWS].tolist()  # at most SAMPLE_ROWS cells: a loop is quickest
    parsed = [cells.parse_one(v) for v in sample]
    filled_values = [v for v, p in zip(sample, parsed) if p[0] != cells.BLANK]
    filled = len(filled_values)
    if filled == 0:
        return ColumnProfile(0, 0.0, 0.0, 0.0, 0.0, 0.0, False)
    numbers = [p[1] for p in parsed if p[0] == cells.OK]
    texts = [" ".join(v.split()) for v in filled_values if isinstance(v, str)]
    period = sum(1 for t in texts
                 if cells.BEFORE_VALUE_RE.match(t) or cells.AFTER_VALUE_RE.match(t))
    unit = sum(1 for t in texts if t.lower() in cells.UNIT_ALIASES)
    date_objects = sum(1 for v in filled_values if hasattr(v, "year"))
    maybe_dates = [t for t in texts if _DATE_HINT.search(t)]
    text_dates = int((cells.parse_dates(maybe_dates).status == cells.OK).sum()) \
        if len(maybe_dates) > 0.5 * filled else 0
    integers = bool(numbers) and all(float(x).is_integer() for x in numbers)
    distinct = len({str(v).strip() for v in filled_values})
    yesno = sum(1 for t in texts if cells.yes_no_word(t) is not None) / filled
    year = (sum(1 for x in numbers if cells.is_year(x)) + sum(1 for t in texts if cells.year_in(t))) / filled
    return ColumnProfile(filled, len(numbers) / filled, period / filled, unit / filled,
                         (date_objects + text_dates) / filled, distinct / filled, integers, yesno, year)


_DATE_HINT = re.compile(r"\d\s*[/\-.]\s*\d|\d\s*[ก-ฮ]\.?[ก-ฮ]\.|\d\s+[ก-ฮ]{3,}|[A-Za-z]{3}\s*\d{2,4}")


def guess_role(name: str, prof: ColumnProfile) -> str:
    """One column's role from its header and its content profile.

    Examples
    --------
    >>> guess_role("เวลา ก่อน", ColumnProfile(10, 1.0, 0, 0, 0, 1.0, False))
    'before'
    """
    by_header = header_role(name)
    parts = split_header(name)
    if prof.filled and prof.period >= 0.8:
        return PERIOD
    if by_header == DATE or (prof.filled and prof.date >= 0.8):
        return DATE
    if by_header == UNIT or (prof.filled and prof.unit >= 0.8 and prof.numeric < 0.5):
        return UNIT
    if by_header == CASE_ID:
        return CASE_ID
    if parts.period and (prof.numeric >= 0.3 or prof.filled == 0 or by_header is None):
        return BEFORE if parts.period == "before" else AFTER
    if by_header == METRIC and prof.numeric < 0.5:
        return METRIC
    if by_header == PERIOD:
        return PERIOD
    if by_header == VALUE and prof.numeric >= 0.5:
        return VALUE
    return OTHER


def guess_roles(table) -> dict[str, str]:
    """A role for every column of a :class:`~itastats.read.reading.Table`.

    Parameters
    ----------
    table : itastats.read.reading.Table

    Returns
    -------
    dict
        ``{column name: role}`` in column order.

    Notes
    -----
    After each column's own guess, the sheet as a whole settles the rest:
    with a period column, a lone numeric column is the ``value`` and a
    repeating text column the ``metric``; with before/after columns and no
    case id, a text column is the ``metric`` when there is a unit column or
    its header says so, else a numbered first column is the ``case_id``.
    """
    profiles = {c: profile(table.data[c]) for c in table.columns}
    roles = {c: guess_role(c, profiles[c]) for c in table.columns}
    return _settle(roles, profiles)


def _settle(roles: dict[str, str], profiles: dict[str, ColumnProfile]) -> dict[str, str]:
    def numeric(c):
        return profiles[c].numeric >= 0.5

    def texty(c):
        return profiles[c].filled > 0 and profiles[c].numeric < 0.5
    others = [c for c, r in roles.items() if r == OTHER]
    has = set(roles.values())
    if PERIOD not in has and not {BEFORE, AFTER} & has:
        years = [c for c in others if _YEAR_HEADER.search(" ".join(str(c).split()))
                 and profiles[c].year >= 0.8 and profiles[c].filled >= 2]
        if len(years) == 1:                      # ปีงบประมาณ 2567, 2568: each row is a period
            roles[years[0]] = PERIOD
            others.remove(years[0])
            has.add(PERIOD)
    if PERIOD in has and _settle_counts(roles, profiles):
        return roles
    if PERIOD in has:
        if VALUE not in has:
            nums = [c for c in others if numeric(c)]
            if nums:
                roles[nums[-1]] = VALUE
        if METRIC not in has:
            texts = [c for c in others if texty(c) and roles[c] == OTHER and profiles[c].distinct < 1]
            if texts:
                roles[texts[0]] = METRIC
        return roles
    if BEFORE in has or AFTER in has:
        texts = [c for c in others if texty(c)]
        if METRIC not in has and texts and UNIT in has:
            roles[texts[0]] = METRIC
        elif CASE_ID not in has and METRIC not in has:
            first = next(iter(roles))
            if roles[first] == OTHER and (texty(first) or profiles[first].integers) \
                    and profiles[first].distinct >= 0.95:
                roles[first] = CASE_ID
    return roles


_YEAR_HEADER = re.compile(r"^(ปี|ปีงบประมาณ|ปีงบ|ปี\s*พ\.?\s*ศ\.?|พ\.ศ\.|ปีที่|year|fiscal\s*year|fy)\b|"
                          r"^(ปี|ปีงบประมาณ|ปีงบ)", re.IGNORECASE)
_TOTAL_HEADER = re.compile(r"ทั้งหมด|ทั้งสิ้น|รวม|จำนวนที่(?:รับ|เสนอ|ตรวจ|ยื่น|ให้บริการ|ดำเนินการ)|"
                           r"\btotal\b|\ball\b|\bout\s+of\b|^n$", re.IGNORECASE)
_EXPOSURE_HEADER = re.compile(r"ระยะเวลา|จำนวนเดือน|จำนวนวัน|จำนวนปี|จำนวนสัปดาห์|ช่วงเวลา|"
                              r"\bexposure\b|\bmonths?\b|\bdays?\b|\bweeks?\b|\byears?\b|person.?time",
                              re.IGNORECASE)


def _settle_counts(roles: dict[str, str], profiles: dict[str, ColumnProfile]) -> bool:
    """A period column with counts beside it: which column holds the counts
    (whole numbers, no unit or a count unit such as เรื่อง, ฉบับ, ครั้ง), which
    the total N (a header with ทั้งหมด, รวม, total) or the exposure (ระยะเวลา,
    months, a time unit).  Without one, the periods must be years (each row
    a year) or the header must name a count unit ("(เรื่อง)": each row one
    period).  True when settled."""
    period = next(c for c, r in roles.items() if r == PERIOD)
    years = profiles[period].year >= 0.8
    numeric = [c for c, r in roles.items() if r in (OTHER, VALUE) and profiles[c].numeric >= 0.5]
    nums = [c for c in numeric if profiles[c].integers]
    totals = [c for c in nums if _TOTAL_HEADER.search(split_header(c).metric or "")]
    exposures = [c for c in numeric if c not in totals and (     # months need not be whole: 7.5
        _EXPOSURE_HEADER.search(split_header(c).metric or "")
        or split_header(c).unit in cells.TIME_UNITS)]
    base, base_role = None, None
    if len(totals) == 1 and len(numeric) >= 2:
        base, base_role = totals[0], TOTAL
    elif len(exposures) == 1 and len(numeric) >= 2:
        base, base_role = exposures[0], EXPOSURE
    # beside a total or an exposure, every other number column is counted (a cell that is not a
    # whole number is then reported, not a reason to read the sheet otherwise)
    counted = [c for c in (numeric if base is not None else nums)
               if c != base and split_header(c).unit in (None, *cells.COUNT_UNITS)]
    if base is None and not years:         # ก่อน/หลัง rows of one number: counts only when the header says so
        counted = [c for c in counted if split_header(c).unit in cells.COUNT_UNITS]
    if not counted:
        return False
    if base is not None:
        roles[base] = base_role
    for c in counted:
        roles[c] = COUNT
    return True


# ---------------------------------------------------------------- better or worse

_LOWER_FIRST_WORDS = re.compile(      # "ไม่ทันเวลา" says เวลา but is a count of failures
    r"ไม่ทัน|ไม่ตรงเวลา|เกินเวลา|เกินกำหนด|ล่าช้า|ส่งกลับ|ตีกลับ|ต้องแก้ไข|แก้ไขซ้ำ|ไม่ถูกต้อง|ไม่ผ่าน|"
    r"\blate\b|overdue|returned|rework|rejected", re.IGNORECASE)
_LOWER_BETTER_WORDS = re.compile(
    r"เวลา|ระยะเวลา|ใช้เวลา|รอคอย|ค่าใช้จ่าย|ต้นทุน|งบประมาณ|ค่า\S*ส่ง|ค่าวัสดุ|กระดาษ|"
    r"ขั้นตอน|ผิดพลาด|ข้อผิดพลาด|ร้องเรียน|ซ้ำซ้อน|สูญเสีย|เอกสาร\S*ใช้|พลังงาน|ไฟฟ้า|"
    r"\btime\b|duration|wait|cost|expense|paper|steps?\b|errors?\b|complaints?|"
    r"turnaround|lead\s*time|delay", re.IGNORECASE)
_HIGHER_BETTER_WORDS = re.compile(
    r"พึงพอใจ|ความพอใจ|คะแนน|ความรู้|ความเข้าใจ|ความเชื่อมั่น|ความโปร่งใส|ผลสำเร็จ|"
    r"satisfaction|score|rating|knowledge|trust|success|accuracy|ถูกต้อง|"
    r"ทันเวลา|ทันกำหนด|ตรงเวลา|ตามเวลา|ตามกำหนด|ภายในเวลา|ภายในกำหนด|\bon.?time\b|within",
    re.IGNORECASE)
_LOWER_BETTER_UNITS = cells.TIME_UNITS | {"บาท", "แผ่น", "หน้า", "รีม", "ขั้นตอน"}


def guess_lower_is_better(name: str, unit: str | None) -> bool | None:
    """Whether a fall is an improvement: time, cost, paper, steps -> True.

    Satisfaction and scores -> False; anything else -> None (unknown).

    Examples
    --------
    >>> guess_lower_is_better("ความพึงพอใจ", "คะแนน"), guess_lower_is_better("x", "นาที")
    (False, True)
    """
    name = name or ""
    if _LOWER_FIRST_WORDS.search(name):
        return True
    if _HIGHER_BETTER_WORDS.search(name):
        return False
    if _LOWER_BETTER_WORDS.search(name):
        return True
    if unit in _LOWER_BETTER_UNITS:
        return True
    if unit == "คะแนน":
        return False
    return None
