"""Attendance (criterion 5.3.2, "staff took part"): sign-in sheets, Zoom and
Teams reports, check-in forms and plain lists in; one de-duplicated count of
people per session, per unit and in total out.

Reading (:func:`read_attendance`).  The kind of file is told by its content:

- **Zoom** participants report: "Name (Original Name)", "User Email",
  "Join Time", "Leave Time", "Duration (Minutes)"; with or without the
  meeting table above it (Topic and Start Time then name the session and
  date; without it the file name and the first join do).  A rejoin is
  another row; its minutes add up.
- **Teams** attendance report: UTF-16, tab-separated, sections "1. Summary",
  "2. Participants", "3. In-Meeting Activities" (or their Thai titles);
  the Meeting title and Start time name the session and date, the
  Participants section gives one row per person ("1h 30m 51s"), or the
  In-Meeting Activities when there is no Participants section.
- **Sign-in** sheet typed into Excel: title rows above the header give the
  session (the longest line that is not "แบบลงทะเบียน…" or a date line)
  and the date ("วันที่ 15 มีนาคม 2568"); the "รวม … คน" row, what is
  below it and rows without a name are not people (info problems name
  their rows).  The name is one column or คำนำหน้า + ชื่อ + นามสกุล.
- **Forms** check-in export: a timestamp column gives each row's date.
- **List**: a name column and optional unit, date, session and e-mail.

Big text files go straight to Arrow (a million rows in about a second);
names, units and dates are cleaned once per distinct value.

Counting (:func:`summarize`).  Records with an e-mail link that e-mail to
the name's :func:`~itastats.read.names.person_key`; records without one join by
the name.  A name seen with two or more e-mails is as many people.  Groups
written in two or more ways are reported as :class:`Merge` and can be undone
with ``split=``.  One-session files of the same date are one session (a
hybrid event: the room's sign-in sheet, Zoom and Teams).  Units are matched
to the headcount by :func:`~itastats.read.names.unit_key`; rates are percent.

Examples
--------
>>> data = "ชื่อ-สกุล,หน่วยงาน\\nนายสมชาย ใจดี,กองคลัง\\nสมชาย  ใจดี,กอง คลัง\\n".encode()
>>> result = summarize([read_attendance(data, "list.csv")])
>>> result.attendees, [(u.unit, u.attendees) for u in result.by_unit]
(1, [('กองคลัง', 1)])
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Mapping

import pandas as pd

from ..read.problems import Problem

# kinds of attendance file
SIGNIN, ZOOM, TEAMS, FORMS, LIST = "signin", "zoom", "teams", "forms", "list"
KINDS = (SIGNIN, ZOOM, TEAMS, FORMS, LIST)
UNKNOWN_UNIT = ""          # unit of a person no file gave a unit for (pages show "ไม่ระบุหน่วยงาน")
NOT_STAFF = "-"            # the unit a user picks for a person who is not staff (``assign=``)
# a person's status in AttendanceResult.people["status"]
STAFF, OUTSIDE, UNASSIGNED, GUEST = "staff", "outside", "unassigned", "not_staff"

# columns of a records frame (one row per attendance record, as read)
RECORD_COLUMNS = ("name", "email", "unit", "position", "session", "date", "minutes", "file", "row")


@dataclass(frozen=True)
class AttendanceFile:
    """What one uploaded file gave."""
    file: str
    kind: str                              # one of KINDS
    sheet: str | None
    records: int                           # rows read (a Zoom rejoin is a row)
    session: str | None                    # the session the whole file is (None: a session column)
    date: _dt.date | None                  # its date (None: a date column, or none found)
    columns: Mapping[str, str] = field(default_factory=dict)   # role -> header used
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Session:
    name: str
    date: _dt.date | None
    attendees: int                         # distinct people
    minutes: float | None                  # total minutes online (None: no durations)
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitRow:
    unit: str                              # as the headcount writes it when matched, else as written
    attendees: int                         # people of this unit who took part
    headcount: int | None
    rate: float | None                     # percent, counted / headcount × 100 (never above 100)
    counted: int | None = None             # attendees counted against the headcount: min(attendees, headcount)


@dataclass(frozen=True)
class Merge:
    """Records of differently written names (or name and e-mail) counted as one person."""
    key: str                               # pass in ``split=`` to undo
    name: str                              # the name shown for the person
    variants: tuple[str, ...]              # the distinct spellings, "name <email>" when there is one
    records: int
    files: tuple[str, ...]


@dataclass(frozen=True)
class StaffMember:
    """One person of a staff list (บัญชีรายชื่อบุคลากร): who may be matched to an
    attendee who came without a unit (Zoom, Teams)."""
    name: str
    email: str
    unit: str


@dataclass(frozen=True)
class Headcount:
    file: str
    sheet: str | None
    units: tuple[tuple[str, int], ...]     # (unit as written, headcount), total row left out
    problems: tuple[Problem, ...] = ()
    staff: tuple[StaffMember, ...] = ()    # a staff list's people (empty for a table of counts)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.units)


@dataclass(frozen=True)
class AttendanceResult:
    files: tuple[AttendanceFile, ...]
    records: int
    attendees: int
    sessions: tuple[Session, ...]          # by date, then name
    by_unit: tuple[UnitRow, ...]           # headcount order, then other units, unknown unit last
    rate: float | None                     # percent: staff_counted / headcount_total × 100 (never above 100)
    headcount_total: int | None
    attendees_in_headcount: int            # people whose unit is a headcount unit
    merges: tuple[Merge, ...]
    split: tuple[str, ...]
    online_minutes: float | None
    online_attendees: int
    people: pd.DataFrame                   # one row per person: key, name, email, unit, sessions, minutes
    problems: tuple[Problem, ...] = ()
    unknown_unit: int = 0                  # people whose unit is still unknown: shown apart, never counted
    guests: int = 0                        # people marked as outside guests ("(Guest)" in Teams, "(ภายนอก)")
    staff_counted: int = 0                 # the rate's numerator: Σ over headcount units of min(attendees, headcount)
    not_staff: int = 0                     # guests and people the user marked as not staff
    outside_units: int = 0                 # people of units that are not in the headcount
    from_staff_list: int = 0               # people whose unit came from the staff list (matched by e-mail or name)
    assigned: int = 0                      # people whose unit (or "not staff") the user picked

    @property
    def unknown_people(self) -> pd.DataFrame:
        """The people still without a unit (to be matched or assigned), as :attr:`people` rows."""
        return self.people[self.people["status"] == UNASSIGNED]


# =====================================================================
# Implementation (beside the contract above)
# =====================================================================

import csv  # noqa: E402
import io  # noqa: E402
import re  # noqa: E402
import warnings  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Iterable, Sequence  # noqa: E402

import numpy as np  # noqa: E402

from ..read import cells, names, reading  # noqa: E402
from ..read.names import clean_space, display_of_clean, unit_key  # noqa: E402
from ..read.problems import ERROR, INFO, WARNING, InputError  # noqa: E402

__all__ = [
    "SIGNIN", "ZOOM", "TEAMS", "FORMS", "LIST", "KINDS", "UNKNOWN_UNIT", "RECORD_COLUMNS", "LIMITS",
    "NOT_STAFF", "STAFF", "OUTSIDE", "UNASSIGNED", "GUEST",
    "AttendanceFile", "Session", "UnitRow", "Merge", "StaffMember", "Headcount", "AttendanceResult",
    "merge_headcounts", "is_staff_list",
    "read_attendance", "read_headcount", "summarize", "analyze_files", "result_json", "sources",
    "parse_date", "parse_minutes",
]

LIMITS = reading.Limits(max_bytes=200 * 1024 * 1024)   # a year of records can be a big file
_HEAD_BYTES = 256 * 1024        # what is decoded to find the encoding, delimiter and header
_SCAN_ROWS = 60                 # rows searched for the header
_LIST_ROWS = 20                 # row numbers listed in one problem before "…"

SOURCE_RATE = "attendance:rate"
SOURCE_ATTENDEES = "attendance:attendees"
SOURCE_STAFF = "attendance:staff"

# ---------------------------------------------------------------- headers

# column roles
NAME, FIRST, LAST, PREFIX, EMAIL, UNIT, POSITION = "name", "first", "last", "prefix", "email", "unit", "position"
DATE, SESSION, TIMESTAMP, JOIN, LEAVE, MINUTES = "date", "session", "timestamp", "join", "leave", "minutes"
SIGNATURE, SEQ, GUEST = "signature", "seq", "guest"


def _compact(text: str) -> str:
    """A header without spaces, dashes, underscores and slashes: "ชื่อ - สกุล" -> "ชื่อสกุล"."""
    return re.sub(r"[\s\-_/\u2013\u2014.]", "", text)


def _hkey(value: Any) -> str:
    """A header as compared: clean spaces, lower case, no trailing ``:`` ``*`` ``.``."""
    text = clean_space(_cell_str(value)).lower().replace("\u2013", "-").replace("\u2014", "-")
    return text.strip(" :*：")


_NAME_HEADERS = {_compact(h) for h in (
    "ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อและนามสกุล", "ชื่อ สกุล", "ชื่อผู้เข้าร่วม", "ชื่อผู้เข้าร่วมประชุม",
    "ชื่อผู้เข้าร่วมอบรม", "ชื่อ-สกุลผู้เข้าร่วม", "ชื่อ-สกุล ผู้เข้าร่วม", "ชื่อ-นามสกุลผู้เข้าร่วม", "รายชื่อ",
    "รายชื่อผู้เข้าร่วม", "ชื่อผู้ลงทะเบียน", "ชื่อที่แสดง", "ชื่อ-สกุล (ผู้เข้าร่วม)", "ชื่อนามสกุล",
    "name", "full name", "fullname", "participant", "participant name", "attendee", "attendee name",
    "display name", "your name", "name-surname", "name surname", "first and last name", "ชื่อ - นามสกุล",
)}
_FIRST_OR_NAME = {"ชื่อ"}                                   # a name, or the first name beside a surname
_FIRST_HEADERS = {_compact(h) for h in ("ชื่อจริง", "first name", "firstname", "given name", "first")}
_LAST_HEADERS = {_compact(h) for h in ("นามสกุล", "สกุล", "last name", "lastname", "surname",
                                       "family name", "last")}
_PREFIX_HEADERS = {_compact(h) for h in ("คำนำหน้า", "คำนำหน้าชื่อ", "คำนำหน้านาม", "title", "prefix",
                                         "ยศ", "ยศ/คำนำหน้า", "ยศ/คำนำหน้าชื่อ", "salutation")}
_EMAIL_HEADERS = {_compact(h) for h in ("email", "e-mail", "email address", "e-mail address", "user email",
                                        "อีเมล", "อีเมล์", "ที่อยู่อีเมล", "ที่อยู่อีเมล์", "mail",
                                        "participant id (upn)", "upn", "รหัสผู้เข้าร่วม (upn)")}
_UNIT_HEADERS = {_compact(h) for h in ("หน่วยงาน", "สังกัด", "กอง/ฝ่าย", "กอง", "ฝ่าย", "กลุ่มงาน", "กอง/สำนัก",
                                       "สำนัก/กอง", "สำนัก", "ส่วนราชการ", "ฝ่าย/กลุ่มงาน", "กลุ่ม", "แผนก",
                                       "department", "dept", "unit", "division", "office", "organization",
                                       "organisation", "affiliation", "agency", "section")}
_UNIT_WORDS = ("หน่วยงาน", "สังกัด", "ส่วนราชการ", "department", "division", "organization", "organisation")
_POSITION_HEADERS = {_compact(h) for h in ("ตำแหน่ง", "position", "job title", "ตำแหน่งงาน")}
_DATE_HEADERS = {_compact(h) for h in ("date", "วันที่", "วัน/เดือน/ปี", "วันเดือนปี", "วันที่เข้าร่วม",
                                       "วันที่อบรม", "วันที่ประชุม", "วันที่จัด", "วันที่จัดกิจกรรม",
                                       "session date", "event date", "attendance date", "meeting date")}
_SESSION_HEADERS = {_compact(h) for h in (
    "session", "session name", "activity", "activity name", "event", "event name", "course", "course name",
    "training", "meeting", "meeting title", "topic", "กิจกรรม", "ชื่อกิจกรรม", "หัวข้อ", "หัวข้อการอบรม",
    "หลักสูตร", "ชื่อหลักสูตร", "โครงการ", "ชื่อโครงการ", "รุ่น", "รุ่นที่", "ครั้งที่", "การประชุม",
    "ชื่อการประชุม", "เรื่อง", "รายการ")}
_TIMESTAMP_HEADERS = {_compact(h) for h in (
    "timestamp", "ประทับเวลา", "เวลาประทับ", "การประทับเวลา", "completion time", "เวลาที่เสร็จสมบูรณ์",
    "เวลาเสร็จสิ้น", "เวลาที่เสร็จสิ้น", "submitted at", "submission time", "เวลาที่ส่ง", "วันเวลาที่ตอบ")}
_JOIN_HEADERS = {_compact(h) for h in ("join time", "first join", "first join time", "join", "เวลาเข้าร่วม",
                                       "เข้าร่วมครั้งแรก", "การเข้าร่วมครั้งแรก", "เวลาเข้า", "เวลาที่เข้าร่วม")}
_LEAVE_HEADERS = {_compact(h) for h in ("leave time", "last leave", "last leave time", "leave", "เวลาออก",
                                        "ออกครั้งล่าสุด", "การออกครั้งล่าสุด", "เวลาที่ออก")}
_MINUTES_HEADERS = {_compact(h) for h in (
    "duration (minutes)", "duration(minutes)", "duration", "in-meeting duration", "total duration (minutes)",
    "time in session (minutes)", "attendance duration", "minutes", "ระยะเวลา", "ระยะเวลา (นาที)",
    "ระยะเวลาในการประชุม", "ระยะเวลาการประชุม", "ระยะเวลาที่อยู่ในการประชุม", "เวลาในการประชุม", "นาที",
    "จำนวนนาที")}
_SEQ_HEADERS = {_compact(h) for h in ("ลำดับ", "ลำดับที่", "ที่", "no", "no.", "#", "เลขที่", "seq")}
_SIGNATURE_WORDS = ("ลายมือชื่อ", "ลงชื่อ", "signature", "ลายเซ็น")

_PAREN_TAIL = re.compile(r"\s*[(（\[][^()（）\[\]]*[)）\]]\s*$")


def _role_of(header: Any) -> str | None:
    """The role of one header, or None (a column the app does not use)."""
    key = _hkey(header)
    if not key:
        return None
    full = _compact(key)
    bare = _compact(_PAREN_TAIL.sub("", key)) or full
    if any(w in key for w in _SIGNATURE_WORDS):
        return SIGNATURE
    for k in (full, bare):
        if k in _SEQ_HEADERS:
            return SEQ
        if k in _EMAIL_HEADERS:
            return EMAIL
        if k in _NAME_HEADERS:
            return NAME
        if k in _FIRST_OR_NAME:
            return "first_or_name"
        if k in _FIRST_HEADERS:
            return FIRST
        if k in _LAST_HEADERS:
            return LAST
        if k in _PREFIX_HEADERS:
            return PREFIX
        if k in _UNIT_HEADERS:
            return UNIT
        if k in _POSITION_HEADERS:
            return POSITION
        if k in _TIMESTAMP_HEADERS:
            return TIMESTAMP
        if k in _JOIN_HEADERS:
            return JOIN
        if k in _LEAVE_HEADERS:
            return LEAVE
        if k in _MINUTES_HEADERS:
            return MINUTES
        if k in _DATE_HEADERS:
            return DATE
        if k in _SESSION_HEADERS:
            return SESSION
        if k == "guest":
            return GUEST
    if "อีเมล" in full or "email" in full:
        return EMAIL
    if ("ชื่อสกุล" in full or "ชื่อนามสกุล" in full or "fullname" in full) and "หน่วยงาน" not in full:
        return NAME
    if any(w in full for w in _UNIT_WORDS):
        return UNIT
    if "ตำแหน่ง" in full:
        return POSITION
    return None


def _roles(header: Sequence[Any]) -> dict[str, int]:
    """role -> column index for a header row (the first column of each role wins)."""
    found: dict[str, int] = {}
    for j, cell in enumerate(header):
        role = _role_of(cell)
        if role and role not in found:
            found[role] = j
    either = found.pop("first_or_name", None)
    if either is not None:
        if LAST in found and FIRST not in found:
            found[FIRST] = either
        elif NAME not in found:
            found[NAME] = either
    if NAME not in found and not (FIRST in found and LAST in found):
        return {}
    if NAME in found and FIRST in found and LAST in found:
        found.pop(FIRST)
        found.pop(LAST)
    return found


def _find_header(rows: Sequence[Sequence[Any]]) -> int | None:
    """0-based index of the first row (among the first rows) with a name column."""
    for i, row in enumerate(rows[:_SCAN_ROWS]):
        if sum(1 for v in row if _filled(v)) >= 2 and _roles(row):
            return i
    return None


# ---------------------------------------------------------------- cells

def _filled(value: Any) -> bool:
    return reading._filled(value)


def _cell_str(value: Any) -> str:
    """A cell as text: "" for empty, 12.0 -> "12", a date -> ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer():
            return str(int(value))
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes (missing -> -1) and unique values of a column in order of first
    appearance (arrow strings stay arrow), as ``pd.factorize`` gives them.

    A categorical column whose categories already are in that order (Arrow's
    dictionaries are; unused ones may follow) gives its own codes: no copy of a
    million codes."""
    if isinstance(values.dtype, pd.CategoricalDtype) and len(values):
        codes = values.cat.codes.to_numpy()
        cats = values.cat.categories
        top = np.maximum.accumulate(codes)
        # each code is at most one more than every code before it: 0, 1, 2... first appear in order
        in_order = int(top[0]) <= 0 and bool((np.diff(top) <= 1).all())
        used = int(top[-1]) + 1
        del top
        if in_order:
            return codes, np.asarray(cats[:used], dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return codes, np.asarray(uniques, dtype=object)


def _coded(values: pd.Series, fn) -> tuple[np.ndarray, np.ndarray]:
    """(codes, mapped): ``fn`` of each distinct value and each row's code into it
    (a missing cell points at ``fn(None)``, the last one)."""
    codes, uniques = _codes(values)
    mapped = _map_unique(uniques, fn)
    return _filled_codes(codes, len(uniques)), mapped


def _filled_codes(codes: np.ndarray, n_uniques: int) -> np.ndarray:
    """Codes with a missing cell (-1) pointing after the last unique value (the codes
    themselves when nothing is missing)."""
    if len(codes) and int(codes.min()) < 0:
        return np.where(codes < 0, np.asarray(n_uniques, dtype=codes.dtype)
                        if n_uniques < np.iinfo(codes.dtype).max else n_uniques, codes)
    return codes


_MANY = 2000        # distinct values from which a column is cleaned by Arrow's kernels (names.py)


def _map_unique(uniques: np.ndarray, fn) -> np.ndarray:
    """``fn`` of each distinct value, then ``fn(None)`` (the missing cell's).

    Thousands of distinct texts (a year of names) go through the array
    functions of :mod:`itastats.read.names`, which give exactly what ``fn``
    gives value by value."""
    many = _MANY_FN.get(fn)
    if many is not None and len(uniques) >= _MANY and pd.api.types.infer_dtype(uniques, skipna=False) == "string":
        out = np.empty(len(uniques) + 1, dtype=object)
        out[:-1] = many(uniques)
        out[-1] = fn(None)
        return out
    return np.array([fn(u) for u in uniques] + [fn(None)], dtype=object)


try:
    _STR = pd.StringDtype("pyarrow", na_value=np.nan)     # pandas' "str" (pandas 3)
except (TypeError, ImportError):  # pragma: no cover - older pandas or no pyarrow
    _STR = None


def _categories(values: np.ndarray) -> pd.CategoricalDtype:
    """The categorical dtype of distinct texts (known distinct: an Arrow dictionary,
    ``pd.factorize``'s uniques), without pandas hashing each of them again to check."""
    index = pd.Index(values, dtype=object)
    fast = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    if fast is None:  # pragma: no cover - another pandas
        return pd.CategoricalDtype(index)
    return fast(index, False)


def _cleaned_distinct(cleaned: np.ndarray, uniques: np.ndarray) -> bool:
    """``cleaned`` is ``uniques`` (distinct values) unchanged, plus a last entry for the
    missing cell that is none of them: its texts differ from each other (a year of names
    mostly is already clean), so they need not be hashed again."""
    return (len(cleaned) == len(uniques) + 1 and bool((cleaned[:-1] == uniques).all())
            and not bool((uniques == cleaned[-1]).any()))


def _str_from(codes: np.ndarray, mapped: Sequence[str], distinct: bool = False) -> pd.Series:
    """A categorical column of ``mapped[codes]``: each distinct text once, a code
    per row (no Python or Arrow string per row: a year of records is a few
    thousand names over a million rows).  ``distinct``: the texts of ``mapped``
    are known to differ from each other (then they are not hashed again)."""
    if distinct:
        uniques = np.asarray(mapped, dtype=object)
        fc = np.arange(len(uniques))
    else:
        fc, uniques = pd.factorize(np.asarray(mapped, dtype=object))
    if len(uniques) == 1:                    # one text for every row: no code per row to look up
        fc_rows = np.zeros(len(codes), dtype=np.int8)
    else:
        fc_rows = fc.astype(np.int32 if len(uniques) >= 2**15 else np.int16 if len(uniques) >= 2**7
                            else np.int8)[np.asarray(codes)]
    return pd.Series(pd.Categorical.from_codes(fc_rows, dtype=_categories(np.asarray(uniques, dtype=object)),
                                               validate=False), copy=False)


def _concat(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Record frames one after the other; categorical columns stay categorical
    (their categories united), not Python strings per row."""
    if len(frames) == 1:
        return frames[0]
    from pandas.api.types import union_categoricals
    out = {}
    for c in frames[0].columns:
        cols = [f[c] for f in frames]
        if all(isinstance(x.dtype, pd.CategoricalDtype) for x in cols):
            out[c] = pd.Series(union_categoricals([x.array for x in cols]))
        else:
            out[c] = pd.concat([x.astype(object) if isinstance(x.dtype, pd.CategoricalDtype) else x
                                for x in cols], ignore_index=True)
    return pd.DataFrame(out, columns=list(frames[0].columns))


class _Columns:
    """The columns of a raw table, each factorised once (names, units, dates and
    sessions are cleaned per distinct value, not per row)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._filled: dict[int, np.ndarray] = {}

    def codes(self, j: int) -> tuple[np.ndarray, np.ndarray]:
        if j not in self._cache:
            self._cache[j] = _codes(self.frame[j])
        return self._cache[j]

    def coded(self, j: int, fn) -> tuple[np.ndarray, np.ndarray]:
        codes, uniques = self.codes(j)
        mapped = _map_unique(uniques, fn)
        if j not in self._filled:
            self._filled[j] = _filled_codes(codes, len(uniques))
        return self._filled[j], mapped

    def strings(self, j: int, codes: np.ndarray, mapped: np.ndarray, keep: np.ndarray) -> pd.Series:
        """The "str" column of ``mapped`` per row; the column itself when cleaning changed nothing."""
        col = self.frame[j]
        uniques = self.codes(j)[1]
        if (keep.all() and _STR is not None and col.dtype == _STR
                and all(m == u for m, u in zip(mapped, uniques))):
            if not col.hasnans:
                return col.reset_index(drop=True)
            if mapped[-1] == "":
                return col.fillna("").reset_index(drop=True)
        return _str_from(codes[keep], mapped, _cleaned_distinct(mapped, uniques))


def _text(value: Any) -> str:
    return clean_space(_cell_str(value))


def _email(value: Any) -> str:
    text = _text(value).lower()
    if text.startswith("mailto:"):
        text = text[7:]
    return text if "@" in text and " " not in text else ""


# ---------------------------------------------------------------- dates and durations

_MONTH_NAMES = dict(cells.TH_MONTHS)
_MONTH_NAMES.update({k.replace(".", ""): v for k, v in cells.TH_MONTHS.items()})
_MONTH_NAMES.update({m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)})
_MONTH_NAMES.update({"sept": 9})
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_MONTH_NAMES, key=len, reverse=True))
_WORD_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*(" + _MONTH_ALT + r")\.?\s*(?:พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)?\s*(\d{4}|\d{2})(?!\d)",
                        re.IGNORECASE)
_WORD_DATE_US = re.compile(r"(?<![\w])(" + _MONTH_ALT + r")\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)", re.IGNORECASE)
_NUM_DATE = re.compile(r"(?<!\d)(\d{1,4})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\d)")
_AMPM = re.compile(r"\b[AP]\.?M\.?\b|ก่อนเที่ยง|หลังเที่ยง", re.IGNORECASE)
DMY, MDY = "dmy", "mdy"


def _year(y: int) -> int:
    if y < 100:
        y = y + 2500 - 543 if y >= 43 else 2000 + y     # "68" is BE 2568; "25" is 2025
    elif y > 2400:
        y -= 543
    return y


def _make_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(_year(y), m, d)
    except ValueError:
        return None


def parse_date(value: Any, order: str = DMY) -> _dt.date | None:
    """One cell or line of text -> a date (Gregorian), or None.

    Parameters
    ----------
    value : Any
        A date or datetime cell, an Excel serial number, or text containing a
        date: ``"03/15/2025 09:00:00 AM"`` (Zoom), ``"3/15/25, 9:00:12 AM"``
        (Teams), ``"2025/03/15 9:01:02 AM GMT+7"`` (Google Forms),
        ``"2025-03-15"``, ``"15/03/2568"``,
        ``"วันที่ 15 มีนาคม 2568 ณ ห้องประชุม 1"``, ``"15 มี.ค. 68"``.
    order : {"dmy", "mdy"}
        Which of the first two numbers of ``15/03/2025`` is the day, when
        the numbers do not tell (a number above 12 is always the day).

    Notes
    -----
    Years above 2400 are Buddhist era (minus 543); two-digit years from 43
    up are Buddhist era too (``68`` → 2025), below 43 Gregorian (``25`` →
    2025).

    Examples
    --------
    >>> parse_date("วันที่ 15 มีนาคม 2568 ณ ห้องประชุม 1")
    datetime.date(2025, 3, 15)
    >>> parse_date("03/15/2025 09:00:00 AM", "mdy"), parse_date("3/4/25, 9:00 AM", "mdy")
    (datetime.date(2025, 3, 15), datetime.date(2025, 3, 4))
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return _make_date(value.year, value.month, value.day)
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        x = float(value)
        if not np.isfinite(x) or not 20000 <= x < 80000:      # an Excel serial of 1954-2119
            return None
        return (_dt.date(1899, 12, 30) + _dt.timedelta(days=int(x)))
    text = clean_space(str(value)).translate(cells.THAI_DIGITS)
    if not text:
        return None
    m = _NUM_DATE.search(text)
    if m:
        a, b, c = m.group(1), m.group(3), m.group(4)
        if len(a) == 4:
            return _make_date(int(a), int(b), int(c))
        if len(c) in (2, 4):
            a, b, y = int(a), int(b), int(c)
            if a > 12 or (order == DMY and b <= 12):
                return _make_date(y, b, a)
            return _make_date(y, a, b)
    m = _WORD_DATE.search(text)
    if m:
        month = _MONTH_NAMES.get(m.group(2).lower()) or _MONTH_NAMES.get(m.group(2).lower().replace(".", ""))
        if month:
            return _make_date(int(m.group(3)), month, int(m.group(1)))
    m = _WORD_DATE_US.search(text)
    if m:
        month = _MONTH_NAMES.get(m.group(1).lower())
        if month:
            return _make_date(int(m.group(3)), month, int(m.group(2)))
    return None


def _date_order(values: Iterable[Any], default: str) -> str:
    """The day/month order the texts of one column show (a number > 12 tells)."""
    for value in values:
        if not isinstance(value, str):
            continue
        m = _NUM_DATE.search(value.translate(cells.THAI_DIGITS))
        if not m or len(m.group(1)) == 4:
            continue
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if a > 12 or y > 2400:
            return DMY
        if b > 12:
            return MDY
    return default


def _dates_of(values: pd.Series, default: str = DMY) -> tuple[np.ndarray, np.ndarray]:
    """Dates of a column (object array of date/None) and a mask of cells that are not dates."""
    codes, dates, bad_u = _dates_coded(values, default)
    return dates[codes], bad_u[codes]


def _dates_coded(values: pd.Series, default: str = DMY) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(codes, dates, not a date): each cell's code into the dates of the distinct
    values (date or None; a missing cell's is the last, None) and which are not dates."""
    codes, uniques = _codes(values)
    order = _date_order(uniques, default)
    parsed = [parse_date(u, order) for u in uniques]
    bad_u = np.array([p is None and _filled(u) for p, u in zip(parsed, uniques)] + [False], dtype=bool)
    return _filled_codes(codes, len(uniques)), np.array(parsed + [None], dtype=object), bad_u


_HMS = re.compile(
    r"^(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours|ชม\.?|ชั่วโมง)\s*)?"
    r"(?:(?P<m>\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes|นาที|น\.)\s*)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)\s*(?:s|sec|secs|second|seconds|วินาที|วิ\.?)\s*)?$", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d{1,3}):(\d{2})(?::(\d{2}))?$")


def parse_minutes(value: Any) -> float:
    """A duration cell -> minutes (NaN when there is none).

    Zoom writes minutes (``45``), Teams ``"1h 30m 51s"``, ``"45m 3s"``,
    ``"50s"``; also ``"1 ชม. 30 นาที"`` and ``"1:30:51"``.

    Examples
    --------
    >>> parse_minutes("1h 30m 51s"), parse_minutes("50s"), parse_minutes("1 ชม. 30 นาที")
    (90.85, 0.8333333333333334, 90.0)
    """
    if value is None or isinstance(value, bool):
        return np.nan
    if isinstance(value, (int, float, np.integer, np.floating)):
        x = float(value)
        return x if np.isfinite(x) and x >= 0 else np.nan
    if isinstance(value, _dt.time):
        return value.hour * 60 + value.minute + value.second / 60
    if isinstance(value, _dt.timedelta):
        return value.total_seconds() / 60
    text = clean_space(str(value)).translate(cells.THAI_DIGITS).replace(",", "")
    if not text:
        return np.nan
    try:
        x = float(text)
        return x if np.isfinite(x) and x >= 0 else np.nan
    except ValueError:
        pass
    m = _CLOCK.match(text)
    if m:
        h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        return h * 60 + mi + s / 60
    m = _HMS.match(text)
    if m and any(m.group(g) for g in ("h", "m", "s")):
        return (float(m.group("h") or 0) * 60 + float(m.group("m") or 0)
                + float(m.group("s") or 0) / 60)
    return np.nan


# ---------------------------------------------------------------- footers and titles

_FOOTER = re.compile(r"^\s*(?:รวม(?:ทั้งสิ้น|ทั้งหมด)?|ยอดรวม|จำนวนผู้เข้าร่วม(?:ทั้งหมด|ทั้งสิ้น)?|"
                     r"total|grand\s*total)(?=\s|$|\d|[:：(])", re.IGNORECASE)
_GENERIC_TITLE = re.compile(
    r"^(?:แบบ|ใบ|บัญชี)?\s*(?:ลงทะเบียน|ลงชื่อ|ลงเวลา|รายชื่อ)\s*(?:ผู้เข้าร่วม|ผู้เข้า|เข้าร่วม)?\S{0,20}$|"
    r"^(?:attendance|sign[\s-]?in|registration)(?:\s+(?:sheet|list|form))?$", re.IGNORECASE)
_DATE_LINE = re.compile(r"^(?:วันที่|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)|ณ\s|เวลา|สถานที่|"
                        r"date\b|time\b|venue\b|at\b)", re.IGNORECASE)


_BARE_TITLES = {"นาย", "นาง", "นางสาว", "น.ส.", "นส.", "ดร.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss",
                "dr", "dr."}


def _name_text(value: Any) -> str:
    """A name cell's text; "" for a cell that holds only a title ("นาย", "Mr.")."""
    text = _text(value)
    return "" if text.lower() in _BARE_TITLES else text


def _is_footer(value: Any) -> bool:
    return isinstance(value, str) and bool(_FOOTER.match(value))


def _name_text_many(values: np.ndarray) -> np.ndarray:
    """:func:`_name_text` of many strings."""
    text = names.clean_space_many(values)
    short = np.flatnonzero(np.fromiter(map(len, text), dtype=np.int64, count=len(text)) <= _BARE_LONGEST)
    for i in short:
        if text[i].lower() in _BARE_TITLES:
            text[i] = ""
    return text


# any footer holds one of these (case-insensitively): the rest cannot be one
_FOOTER_WORDS = "(?i)รวม|จำนวนผู้เข้าร่วม|total"


def _texts(values: Any) -> np.ndarray:
    return values if isinstance(values, np.ndarray) and values.dtype == object else np.asarray(values, dtype=object)


def _is_footer_many(values: np.ndarray) -> np.ndarray:
    """:func:`_is_footer` of many strings."""
    import pyarrow.compute as pc
    out = np.zeros(len(values), dtype=bool)
    mp = names.arrow_pool()
    maybe = pc.match_substring_regex(names.as_arrow(_texts(values)),
                                     _FOOTER_WORDS, memory_pool=mp)
    for i in np.flatnonzero(np.asarray(maybe.fill_null(False), dtype=bool)):
        out[i] = _is_footer(values[i])
    return out.astype(object)


_BARE_LONGEST = max(len(t) for t in _BARE_TITLES)
_MANY_FN = {_name_text: _name_text_many, _is_footer: _is_footer_many,
            _text: names.clean_space_many}


def _title_lines(rows: Sequence[Sequence[Any]]) -> list[str]:
    lines = []
    for row in rows:
        parts = [_text(v) for v in row if _filled(v)]
        if parts:
            lines.append(" ".join(parts))
    return lines


def _title_of(lines: Sequence[str]) -> str | None:
    """The session's title among the lines above a sign-in table: the longest
    line that is not a date/place line and not only "แบบลงทะเบียน…"."""
    best = None
    for line in lines:
        if _DATE_LINE.match(line) or _GENERIC_TITLE.match(line.replace(" ", "")) or _GENERIC_TITLE.match(line):
            continue
        if parse_date(line) is not None and len(_WORD_DATE.sub("", _NUM_DATE.sub("", line)).strip()) < 6:
            continue
        if best is None or len(line) > len(best):
            best = line
    if best is None:
        generic = [ln for ln in lines if not _DATE_LINE.match(ln) and parse_date(ln) is None]
        best = generic[0] if generic else None
    return best


def _date_in(lines: Sequence[str]) -> _dt.date | None:
    for line in lines:
        d = parse_date(line)
        if d is not None:
            return d
    return None


def _rows_text(rows: np.ndarray) -> str:
    """"5, 9, 12" — row numbers for a message, at most :data:`_LIST_ROWS` then "…"."""
    rows = [int(r) for r in rows]
    text = ", ".join(str(r) for r in rows[:_LIST_ROWS])
    return text + (", …" if len(rows) > _LIST_ROWS else "")


def _fail(key: str, file: str, *, sheet: str | None = None, row: int | None = None,
          column: str | None = None, **params: Any) -> InputError:
    return InputError(Problem(key, params, file=file, sheet=sheet, row=row, column=column, severity=ERROR))


# ---------------------------------------------------------------- raw tables

@dataclass
class _Raw:
    """A header and the rows below it, before roles are applied."""
    file: str
    sheet: str | None
    header: list[str]
    frame: pd.DataFrame          # columns 0..n-1, raw cells (text from csv, any from xlsx)
    rows: np.ndarray             # 1-based line/row number of each frame row
    above: list                  # the raw rows above the header
    header_row: int              # 1-based


def _raw_from_grid(grid: list, file: str, sheet: str | None, *, stop_at_blank: bool = False,
                   start: int = 0) -> _Raw | None:
    h = _find_header(grid[start:])
    if h is None:
        return None
    h += start
    header = [_text(v) for v in grid[h]]
    body = grid[h + 1:]
    if stop_at_blank:
        end = next((i for i, r in enumerate(body) if not any(_filled(v) for v in r)), len(body))
        body = body[:end]
    width = len(header)
    frame = pd.DataFrame([list(r[:width]) + [""] * (width - len(r)) for r in body],
                         columns=range(width), dtype=object) if body else \
        pd.DataFrame({j: pd.Series([], dtype=object) for j in range(width)})
    rows = np.arange(h + 2, h + 2 + len(body))
    return _Raw(file, sheet, header, frame, rows, list(grid[start:h]), h + 1)


def _head_text(data: bytes, filename: str) -> tuple[str, str, str | None]:
    """(decoded head, encoding, whole text when it had to be decoded whole)."""
    sample = data[:4096]
    whole = data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in sample or len(data) <= _HEAD_BYTES
    if not whole:
        cut = data.rfind(b"\n", 0, _HEAD_BYTES)
        head = data[:cut + 1] if cut > 0 else data[:_HEAD_BYTES]
        try:
            text, enc = reading.decode_text(head, filename)
        except InputError:
            whole = True
        else:
            if enc.startswith("utf-8"):
                return text, enc, None
            whole = True
    text, enc = reading.decode_text(data, filename)
    return text, enc, text


def _sniff_delimiter(head: str) -> str:
    """Tab when most lines have one (Teams writes "3/15/25, 9:00:12 AM" in
    tab-separated files: the commas there are not delimiters), else
    :func:`itastats.read.reading.sniff_delimiter`."""
    lines = [ln for ln in head[:65536].splitlines()[:50] if ln.strip()]
    if lines and sum("\t" in ln for ln in lines) >= 0.5 * len(lines):
        return "\t"
    return reading.sniff_delimiter(head)


def _text_grid(text: str, delimiter: str, filename: str) -> list:
    """All rows of a (small) text table, padded to one width."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise _fail("read.damaged", filename, detail=str(exc)[:120]) from None
    if len(rows) > LIMITS.max_rows:
        raise _fail("read.too_many_rows", filename, n=f"{len(rows):,}", limit=f"{LIMITS.max_rows:,}")
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _csv_rows(text: str, delimiter: str, limit: int) -> tuple[list, list]:
    """The first ``limit`` rows of a text table and the line each one ends on."""
    rows, ends = [], []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append(row)
            ends.append(reader.line_num)
            if len(rows) >= limit:
                break
    except csv.Error:
        pass
    return rows, ends


def _read_text(data: bytes, filename: str) -> tuple[AttendanceFile, pd.DataFrame]:
    head, enc, whole = _head_text(data, filename)
    if not head.strip():
        raise _fail("read.empty_file", filename)
    delimiter = _sniff_delimiter(head)
    rows, ends = _csv_rows(head, delimiter, _SCAN_ROWS + 5)
    if _is_teams(rows):
        text = whole if whole is not None else reading.decode_text(data, filename)[0]
        return _read_teams(_text_grid(text, delimiter, filename), filename, None)
    h = _find_header(rows)
    if h is None:
        raise _no_name_column(rows, filename, None)
    raw = None
    if h + 1 < len(rows) or len(rows) > h:
        raw = _raw_from_text(data, whole, enc, delimiter, rows, ends, h, filename)
    if raw is None:   # ragged rows, odd quoting: the careful (slower) reader
        wb = reading.read_workbook(data, filename, limits=LIMITS)
        raw = _raw_from_grid(wb.sheets[0].rows, filename, None)
        if raw is None:
            raise _no_name_column(wb.sheets[0].rows, filename, None)
    return _build(raw)


_NON_SPACE = re.compile(rb"\S")


def _raw_from_text(data: bytes, whole: str | None, enc: str, delimiter: str, rows: list, ends: list,
                   h: int, filename: str) -> _Raw | None:
    """The rows below the header of a text table, parsed by Arrow (no copy of the bytes).

    None when Arrow and pandas' C parser both refuse the rows (ragged rows,
    odd quoting): the caller then reads the file the careful way."""
    header = [_text(v) for v in rows[h]]
    width = len(header)
    lines_before = ends[h]                       # physical lines up to the end of the header
    body = data if whole is None else whole.encode("utf-8")
    pos = 3 if body.startswith(b"\xef\xbb\xbf") else 0
    for _ in range(lines_before):
        nxt = body.find(b"\n", pos)
        if nxt < 0:
            pos = len(body)
            break
        pos = nxt + 1
    above = rows[:h]
    if not _NON_SPACE.search(body, pos):
        frame = pd.DataFrame({j: pd.Series([], dtype=object) for j in range(width)})
        return _Raw(filename, None, header, frame, np.arange(0), above, lines_before)
    frame = None
    if not body.startswith((b"\n", b"\r\n"), pos):      # a blank line further down: Arrow refuses it
        frame = _arrow_csv(body, pos, width, delimiter)
    if frame is None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", pd.errors.ParserWarning)   # ragged rows: not here
                frame = pd.read_csv(io.BytesIO(body[pos:]), engine="c", skip_blank_lines=False,
                                    index_col=False, encoding="utf-8", header=None, names=list(range(width)),
                                    dtype=str, keep_default_na=False, na_values=[""], sep=delimiter,
                                    quotechar='"')
        except Exception:  # noqa: BLE001 - any parser error: the careful reader takes over
            return None
    if len(frame) > LIMITS.max_rows:
        raise _fail("read.too_many_rows", filename, n=f"{len(frame):,}", limit=f"{LIMITS.max_rows:,}")
    row_numbers = np.arange(lines_before + 1, lines_before + 1 + len(frame))
    return _Raw(filename, None, header, frame, row_numbers, above, lines_before)


def _arrow_csv(body: bytes, pos: int, width: int, delimiter: str) -> pd.DataFrame | None:
    """``body[pos:]`` parsed by pyarrow into categorical columns 0..width-1 (each
    distinct text once: a year of records holds a hundred thousand written
    names over a million rows); None when it refuses (ragged rows, a blank
    line, invalid UTF-8...).

    The file is read block by block (Arrow's streaming reader over the bytes,
    no copy of them): each block's columns come dictionary-encoded and every
    few blocks they are merged into one dictionary and one int32 code per row,
    so neither the text of a million cells nor a dictionary per block is held
    at once (see :func:`itastats.read.names.arrow_pool` for the allocator)."""
    try:
        import pyarrow as pa
        from pyarrow import csv as pacsv
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        return None
    column_names = [str(j) for j in range(width)]
    text = pa.dictionary(pa.int32(), pa.string())
    pool = names.arrow_pool()
    quoted = body.find(b'"', pos) >= 0
    wide = _wide_columns(body, pos, width, delimiter) if not quoted else set()
    try:
        reader = pacsv.open_csv(
            pa.BufferReader(pa.py_buffer(body).slice(pos)),
            read_options=pacsv.ReadOptions(column_names=column_names, block_size=_BLOCK),
            # a line break inside a value needs a quote: without one the blocks parse in parallel
            parse_options=pacsv.ParseOptions(delimiter=delimiter, quote_char='"', double_quote=True,
                                              newlines_in_values=quoted, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.string() if j in wide else text for j, c in enumerate(column_names)},
                strings_can_be_null=True, null_values=[""], quoted_strings_can_be_null=True),
            memory_pool=pool)
        chunks: list[list] = [[] for _ in column_names]
        for batch in reader:
            for j in range(width):
                chunks[j].append(batch.column(j))
                if len(chunks[j]) >= _GROUP and j not in wide:
                    chunks[j] = [_one_dictionary(chunks[j], pool)]
        columns = [(_encoded(c, pool) if j in wide else _one_dictionary(c, pool)) if c else pa.array([], text)
                   for j, c in enumerate(chunks)]
    except Exception:  # noqa: BLE001 - ragged rows, a blank line, invalid UTF-8 ...
        return None
    del chunks
    out = {}
    for j in range(width):
        col, columns[j] = columns[j], None
        codes = np.asarray(col.indices.fill_null(-1), dtype=np.int32) if col.null_count else \
            np.asarray(col.indices, dtype=np.int32)
        out[j] = pd.Series(pd.Categorical.from_codes(   # an Arrow dictionary: distinct texts
            codes, dtype=_categories(col.dictionary.to_numpy(zero_copy_only=False)), validate=False))
    # the CSV reader's own buffers come from Arrow's default pool (mimalloc), which keeps
    # them (~30 MB for a million rows) unless asked to give them back
    pa.default_memory_pool().release_unused()
    return pd.DataFrame(out, copy=False)


_BLOCK = 2 << 20       # bytes of text Arrow parses at a time
_GROUP = 64            # blocks whose dictionaries are merged at once (memory: ~0.6 MB of names a block)
_SAMPLE_BYTES = 256 << 10   # the first rows looked at to tell the columns of names


def _wide_columns(body: bytes, pos: int, width: int, delimiter: str) -> set[int]:
    """Columns of which most cells differ (names, e-mails) in the first rows:
    Arrow reads them as text and encodes them once over the whole file (a
    dictionary per block would hash each name twice and hold as much)."""
    import pyarrow as pa
    from pyarrow import csv as pacsv
    end = body.rfind(b"\n", pos, pos + _SAMPLE_BYTES)
    if len(body) - pos < 4 * _SAMPLE_BYTES or end <= pos:
        return set()
    try:
        sample = pacsv.read_csv(
            pa.BufferReader(pa.py_buffer(body).slice(pos, end + 1 - pos)),
            read_options=pacsv.ReadOptions(column_names=[str(j) for j in range(width)], use_threads=False),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(column_types={str(j): pa.string() for j in range(width)}))
    except Exception:  # noqa: BLE001 - the whole file's reading will say what is wrong
        return set()
    n = max(sample.num_rows, 1)
    return {j for j in range(width) if len(sample.column(j).unique()) > 0.2 * n}


def _encoded(chunks: list, pool) -> Any:
    """Text chunks as one dictionary-encoded array (one hash table for the whole column)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    encoded = pc.dictionary_encode(pa.chunked_array(chunks), memory_pool=pool)
    del chunks[:]
    if not encoded.num_chunks:
        return pa.array([], pa.dictionary(pa.int32(), pa.string()))
    # one memo for the column: each chunk's codes point into the last chunk's dictionary
    # (the whole one; earlier chunks carry it too, or the part of it seen so far)
    indices = pa.concat_arrays([c.indices for c in encoded.chunks], memory_pool=pool)
    return pa.DictionaryArray.from_arrays(indices, encoded.chunk(encoded.num_chunks - 1).dictionary)


def _one_dictionary(chunks: list, pool) -> Any:
    """Dictionary-encoded chunks as one array over one dictionary."""
    import pyarrow as pa
    if len(chunks) == 1:
        return chunks[0]
    unified = pa.chunked_array(chunks).unify_dictionaries(memory_pool=pool)
    # one dictionary now: the codes are put end to end (combine_chunks would compare
    # the chunks' dictionaries, a hundred thousand names each time)
    indices = pa.concat_arrays([c.indices for c in unified.chunks], memory_pool=pool)
    return pa.DictionaryArray.from_arrays(indices, unified.chunk(0).dictionary)


def _no_name_column(rows: Sequence[Sequence[Any]], file: str, sheet: str | None) -> InputError:
    first = next((r for r in rows[:_SCAN_ROWS] if sum(1 for v in r if _filled(v)) >= 2), None)
    seen = ", ".join(_text(v) for v in (first or []) if _filled(v))[:200]
    return _fail("attendance.no_name_column", file, sheet=sheet, headers=seen or "-")


# ---------------------------------------------------------------- Teams

_SECTION = re.compile(r"^\s*(\d)\s*[.)]\s*(\S.*)$")
_TEAMS_TITLE_KEYS = {_compact(k) for k in ("meeting title", "title", "ชื่อการประชุม", "หัวข้อการประชุม",
                                           "ชื่อเรื่อง", "meeting name")}
_TEAMS_START_KEYS = {_compact(k) for k in ("start time", "meeting start time", "เวลาเริ่มต้น", "เวลาเริ่ม",
                                           "เวลาเริ่มการประชุม", "วันที่และเวลาเริ่มต้น")}
_ACTIVITY_WORDS = ("activit", "กิจกรรม")


def _section_of(row: Sequence[Any]) -> tuple[int, str] | None:
    filled = [v for v in row if _filled(v)]
    if len(filled) != 1 or not isinstance(filled[0], str):
        return None
    m = _SECTION.match(filled[0])
    return (int(m.group(1)), m.group(2).strip()) if m else None


def _is_teams(rows: Sequence[Sequence[Any]]) -> bool:
    sections = [s for s in (_section_of(r) for r in rows[:_SCAN_ROWS]) if s]
    if any(n == 1 and re.match(r"(?i)summary|สรุป", t) for n, t in sections):
        return True
    keys = {_compact(_hkey(r[0])) for r in rows[:_SCAN_ROWS] if r and _filled(r[0])}
    return bool(sections) and bool(keys & _TEAMS_TITLE_KEYS) and bool(keys & _TEAMS_START_KEYS)


def _read_teams(grid: list, file: str, sheet: str | None) -> tuple[AttendanceFile, pd.DataFrame]:
    """A Teams attendance report: the summary's title and start, then the
    Participants section (or, without one, the In-Meeting Activities)."""
    title = start = None
    sections: list[tuple[int, int, str]] = []          # (row index, number, title)
    for i, row in enumerate(grid):
        sec = _section_of(row)
        if sec:
            sections.append((i, sec[0], sec[1]))
            continue
        filled = [v for v in row if _filled(v)]
        if len(filled) >= 2 and isinstance(row[0], str):
            key = _compact(_hkey(row[0]))
            if title is None and key in _TEAMS_TITLE_KEYS:
                title = _text(row[1])
            elif start is None and key in _TEAMS_START_KEYS:
                start = row[1]
    date = parse_date(start, _date_order([start], MDY)) if start is not None else None
    participants = [s for s in sections if s[1] == 2 and not any(w in s[2].lower() for w in _ACTIVITY_WORDS)]
    activities = [s for s in sections if s[1] == 3 or any(w in s[2].lower() for w in _ACTIVITY_WORDS)]
    raw = None
    for found in (participants, activities):
        if found:
            raw = _raw_from_grid(grid, file, sheet, stop_at_blank=True, start=found[0][0] + 1)
            if raw is not None:
                break
    if raw is None and not sections:
        raw = _raw_from_grid(grid, file, sheet, stop_at_blank=True)
    if raw is None:
        raise _no_name_column(grid, file, sheet)
    session = title or Path(file).stem
    return _build(raw, kind=TEAMS, session=session, date=date)


# ---------------------------------------------------------------- building records

def _zoom_meeting(above: Sequence[Sequence[Any]]) -> tuple[str | None, Any]:
    """Topic and start time from the meeting-data table above Zoom's participants."""
    for i, row in enumerate(above):
        keys = [_compact(_hkey(v)) for v in row]
        if "topic" in keys:
            values = next((r for r in above[i + 1:] if any(_filled(v) for v in r)), None)
            if values is None:
                return None, None
            t = keys.index("topic")
            s = next((j for j, k in enumerate(keys) if k in ("starttime", "meetingstarttime")), None)
            topic = _text(values[t]) if t < len(values) else ""
            start = values[s] if s is not None and s < len(values) else None
            return topic or None, start
    return None, None


def _column(raw: _Raw, roles: Mapping[str, int], role: str) -> pd.Series | None:
    j = roles.get(role)
    return None if j is None else raw.frame[j]


def _kind_of(raw: _Raw, roles: Mapping[str, int]) -> str:
    name_header = raw.header[roles[NAME]].lower() if NAME in roles else ""
    if (JOIN in roles and (MINUTES in roles or LEAVE in roles)) or "original name" in name_header:
        return ZOOM
    if TIMESTAMP in roles:
        return FORMS
    if _title_lines(raw.above) or SIGNATURE in roles or raw.header_row > 1:
        return SIGNIN
    return LIST


def _build(raw: _Raw, *, kind: str | None = None, session: str | None = None,
           date: _dt.date | None = None) -> tuple[AttendanceFile, pd.DataFrame]:
    """Records of one table: roles applied, footer and nameless rows left out."""
    roles = _roles(raw.header)
    if not roles:
        raise _no_name_column([raw.header], raw.file, raw.sheet)
    kind = kind or _kind_of(raw, roles)
    where = {"file": raw.file, "sheet": raw.sheet}
    problems: list[Problem] = []
    n = len(raw.frame)
    stem = Path(raw.file).stem or raw.file
    cols = _Columns(raw.frame)

    # names: one column, or title + first + last joined; a title alone is no name
    if NAME in roles:
        n_codes, n_map = cols.coded(roles[NAME], _name_text)
    else:
        parts = [raw.frame[roles[r]].map(_cell_str, na_action="ignore").astype(object).fillna("")
                 for r in (PREFIX, FIRST, LAST) if r in roles]
        given = np.logical_or.reduce([raw.frame[roles[r]].map(_text).to_numpy(dtype=object) != ""
                                      for r in (FIRST, LAST) if r in roles])
        joined = parts[0]
        for p in parts[1:]:
            joined = joined + " " + p
        joined = joined.where(given, "")
        n_codes, n_map = _coded(joined, _text)
    no_name = (n_map == "")[n_codes]
    if EMAIL in roles:
        e_codes, e_map = cols.coded(roles[EMAIL], _email)
        no_email = (e_map == "")[e_codes]
    else:
        e_codes, e_map = np.zeros(n, dtype=np.int8), np.array([""], dtype=object)
        no_email = np.ones(n, dtype=bool)

    # the "รวม 12 คน" row and what is below it
    name_col = roles.get(NAME, roles.get(FIRST))
    footer = np.zeros(n, dtype=bool)
    for j in {name_col, 0}:
        if j is not None and j < raw.frame.shape[1]:
            codes, mapped = cols.coded(j, _is_footer)
            footer |= mapped.astype(bool)[codes]
    keep = np.ones(n, dtype=bool)
    if footer.any():
        first = int(np.argmax(footer))
        label = " ".join(_text(v) for v in raw.frame.iloc[first] if _filled(v))
        problems.append(Problem("attendance.footer_row", {"label": label}, row=int(raw.rows[first]),
                                severity=INFO, **where))
        stated = re.search(r"\d+", label.translate(cells.THAI_DIGITS))
        keep[first:] = False
        below = np.flatnonzero(~_blank_rows(raw.frame.iloc[first + 1:]))
        if below.size:
            rows_below = raw.rows[first + 1:][below]
            problems.append(Problem("attendance.rows_below_footer",
                                    {"n": int(below.size), "rows": _rows_text(rows_below)},
                                    row=int(rows_below[0]), severity=INFO, **where))
        counted = int((~no_name[:first] | ~no_email[:first]).sum())
        if stated and int(stated.group()) != counted:
            problems.append(Problem("attendance.footer_count_differs",
                                    {"label": label, "stated": int(stated.group()), "counted": counted},
                                    row=int(raw.rows[first]), severity=WARNING, **where))
    nameless = keep & no_name & no_email
    if nameless.any():
        idx = np.flatnonzero(nameless)
        blank = _blank_rows(raw.frame.iloc[idx])
        shown = idx[~blank]
        if shown.size:
            problems.append(Problem("attendance.no_name_rows",
                                    {"n": int(shown.size), "rows": _rows_text(raw.rows[shown])},
                                    row=int(raw.rows[shown[0]]), column=raw.header[name_col],
                                    severity=INFO, **where))
        keep &= ~nameless
    if not keep.any():
        raise _fail("attendance.no_records", raw.file, sheet=raw.sheet, row=raw.header_row)

    def coded(role: str) -> tuple[np.ndarray, np.ndarray]:
        if role in roles:
            return cols.coded(roles[role], _text)
        return np.zeros(n, dtype=np.int8), np.array([""], dtype=object)

    unit, position = coded(UNIT), coded(POSITION)
    minutes = np.full(n, np.nan)
    if MINUTES in roles:
        m_codes, m_map = cols.coded(roles[MINUTES], parse_minutes)
        minutes = m_map.astype(float)[m_codes]
        b_codes, b_map = cols.coded(roles[MINUTES], _filled)
        bad = keep & np.isnan(minutes) & b_map.astype(bool)[b_codes]
        if bad.any():
            problems.append(Problem("attendance.bad_minutes",
                                    {"n": int(bad.sum()), "rows": _rows_text(raw.rows[bad])},
                                    row=int(raw.rows[bad][0]), column=raw.header[roles[MINUTES]],
                                    severity=WARNING, **where))

    # the session and date: of the whole file, or of each row
    row_dates = None
    date_role = next((r for r in (DATE, TIMESTAMP) if r in roles), None)
    if kind == ZOOM:
        topic, start = _zoom_meeting(raw.above)
        session = session or topic or stem
        if start is not None:
            date = date or parse_date(start, _date_order([start], MDY))
        if date is None and JOIN in roles:
            joins, _ = _dates_of(raw.frame[roles[JOIN]][keep], MDY)
            found = [d for d in joins if d is not None]
            date = min(found) if found else None
    elif kind == TEAMS:
        pass
    else:
        if date_role is not None:
            d_codes, d_values, d_bad = _dates_coded(raw.frame[roles[date_role]], DMY)
            row_dates, bad = d_values[d_codes], d_bad[d_codes]
            bad &= keep
            if bad.any():
                problems.append(Problem("attendance.bad_date",
                                        {"n": int(bad.sum()), "rows": _rows_text(raw.rows[bad])},
                                        row=int(raw.rows[bad][0]), column=raw.header[roles[date_role]],
                                        severity=WARNING, **where))
        if kind == SIGNIN:
            lines = _title_lines(raw.above)
            session = session or _title_of(lines) or stem
            if row_dates is None:
                date = date or _date_in(lines)
    row_sessions = None
    if SESSION in roles and session is None:
        s_codes, s_map = cols.coded(roles[SESSION], _text)
        s_map = np.array([v or stem for v in s_map], dtype=object)
        row_sessions = (s_codes, s_map)
    if session is None and row_sessions is None:
        session = stem
    if row_sessions is None:
        row_sessions = (np.zeros(n, dtype=np.int8), np.array([session], dtype=object))

    def pick(a: np.ndarray) -> np.ndarray:
        return a if keep.all() else a[keep]

    def strings(role: str, coded_: tuple[np.ndarray, np.ndarray]) -> pd.Series:
        if role in roles:
            return cols.strings(roles[role], coded_[0], coded_[1], keep)
        return _str_from(pick(coded_[0]), coded_[1])

    frame = pd.DataFrame({
        "name": strings(NAME, (n_codes, n_map)), "email": strings(EMAIL, (e_codes, e_map)),
        "unit": strings(UNIT, unit), "position": strings(POSITION, position),
        "session": strings(SESSION, row_sessions) if SESSION in roles and session is None
        else _str_from(pick(row_sessions[0]), row_sessions[1]),
        "date": pd.Series(pick(row_dates) if row_dates is not None else np.full(int(keep.sum()), date,
                                                                                 dtype=object),
                          dtype=object, copy=False),
        "minutes": pick(minutes).astype(float, copy=False),
        "file": _str_from(np.zeros(int(keep.sum()), dtype=np.int8), [raw.file]),
        "row": pick(raw.rows).astype(np.int64, copy=False),
    }, columns=list(RECORD_COLUMNS), copy=False)
    file_session = session if len(row_sessions[1]) == 1 and session is not None else None
    file_date = date
    if row_dates is not None:
        # the file's date when every record has one and the same: from the distinct values used
        used = d_values[np.flatnonzero(np.bincount(pick(d_codes), minlength=len(d_values)))] if len(frame) else []
        distinct = list(dict.fromkeys(d for d in used if d is not None))
        file_date = distinct[0] if len(distinct) == 1 and all(d is not None for d in used) else None
    if file_date is None and file_session is not None and kind in (SIGNIN, ZOOM, TEAMS):
        problems.append(Problem("attendance.no_date", {}, severity=INFO, **where))
    used = {role: raw.header[j] for role, j in roles.items()
            if role not in (SEQ, SIGNATURE, GUEST) and j < len(raw.header)}
    info = AttendanceFile(raw.file, kind, raw.sheet, len(frame), file_session, file_date, used, tuple(problems))
    return info, frame




def _blank_rows(frame: pd.DataFrame) -> np.ndarray:
    if frame.shape[0] == 0:
        return np.zeros(0, dtype=bool)
    blank = np.ones(len(frame), dtype=bool)
    for j in frame.columns:
        blank &= cells.is_blank(frame[j].astype(object))
    return blank


# ---------------------------------------------------------------- public readers

def read_attendance(data: bytes, filename: str, *, sheet: str | int | None = None
                    ) -> tuple[AttendanceFile, pd.DataFrame]:
    """Read one attendance file, whatever made it.

    Parameters
    ----------
    data : bytes
        The file's content: a Zoom participants report (csv), a Teams
        attendance report (UTF-16, tab-separated), a sign-in sheet typed into
        Excel, a Google/Microsoft Forms check-in export, or a plain list.
    filename : str
        Its name as uploaded (the kind is told by the content, not the name;
        the name is the session's name when nothing better is found).
    sheet : str or int, optional
        The sheet of a workbook; by default the first sheet with a name column.

    Returns
    -------
    (AttendanceFile, pandas.DataFrame)
        What the file is and the records, one row per record with
        :data:`RECORD_COLUMNS`.

    Raises
    ------
    InputError
        Unreadable or empty file, more than 200 MB, no name column
        (``attendance.no_name_column``), or no record below the header.

    Notes
    -----
    Big text files are parsed by pyarrow (``pd.read_csv(engine="pyarrow")``)
    after the encoding, delimiter and header were found in the first
    256 KB; names, units and dates are cleaned once per distinct value.
    """
    if data is None or len(data) == 0:
        raise _fail("read.empty_file", filename)
    if len(data) > LIMITS.max_bytes:
        raise _fail("read.too_large", filename, size_mb=f"{len(data) / 1024 / 1024:,.0f}",
                    limit_mb=f"{LIMITS.max_bytes / 1024 / 1024:,.0f}")
    if reading.sniff_kind(data, filename) == reading.CSV:
        return _read_text(data, filename)
    wb = reading.read_workbook(data, filename, limits=LIMITS)
    if sheet is not None:
        sh = wb.sheet(sheet)
        return _read_sheet(sh, filename)
    candidates = [sh for sh in wb.sheets if _find_header(sh.rows) is not None or _is_teams(sh.rows)]
    if not candidates:
        first = wb.sheets[0]
        if not any(_filled(v) for r in first.rows for v in r):
            raise _fail("read.sheet_empty", filename, sheet=first.name)
        raise _no_name_column(first.rows, filename, first.name)
    info, frame = _read_sheet(candidates[0], filename)
    if len(candidates) > 1:
        note = Problem("attendance.other_sheets",
                       {"sheet": candidates[0].name, "sheets": ", ".join(s.name for s in candidates[1:])},
                       file=filename, severity=INFO)
        info = AttendanceFile(info.file, info.kind, info.sheet, info.records, info.session, info.date,
                              info.columns, info.problems + (note,))
    return info, frame


def _read_sheet(sh: reading.Sheet, filename: str) -> tuple[AttendanceFile, pd.DataFrame]:
    if _is_teams(sh.rows):
        return _read_teams(sh.rows, filename, sh.name)
    if not any(_filled(v) for r in sh.rows for v in r):
        raise _fail("read.sheet_empty", filename, sheet=sh.name)
    raw = _raw_from_grid(sh.rows, filename, sh.name)
    if raw is None:
        raise _no_name_column(sh.rows, filename, sh.name)
    return _build(raw)


_COUNT_WORDS = ("จำนวน", "บุคลากร", "อัตรากำลัง", "headcount", "staff", "employees", "count", "คน")


def read_headcount(data: bytes, filename: str, *, sheet: str | int | None = None) -> Headcount:
    """Read the staff of each unit: a table of counts (หน่วยงาน | จำนวนบุคลากร)
    or a staff list (ชื่อ-สกุล | หน่วยงาน | อีเมล, one row a person).

    Counts: a "รวม" (total) row and rows below it are left out; a unit written
    twice is added up (with a warning).  A staff list gives each unit's count
    (its people) and :attr:`Headcount.staff`, against which attendees who came
    without a unit (Zoom, Teams) are matched by e-mail or name.

    Raises
    ------
    InputError
        Unreadable file, or no unit and count columns and no staff list
        (``attendance.headcount_no_columns``).
    """
    listed = _staff_list(data, filename, sheet)
    if listed is not None:
        return listed
    wb = reading.read_workbook(data, filename)
    try:
        tbl = reading.table(wb, sheet)
    except InputError as exc:
        if exc.problem.key in ("read.no_numbers", "read.no_header", "read.header_only"):
            sh = wb.sheet(sheet)
            raise _fail("attendance.headcount_no_columns", filename, sheet=sh.name,
                        headers=", ".join(_text(v) for v in (sh.rows[0] if sh.rows else []) if _filled(v))
                        or "-") from None
        raise
    sheet_name = tbl.sheet if wb.kind != reading.CSV else None
    unit_col = count_col = None
    for c in tbl.columns:
        role = _role_of(c)
        key = _hkey(c)
        if unit_col is None and role == UNIT:
            unit_col = c
        elif count_col is None and role not in (SEQ, UNIT) and any(w in key for w in _COUNT_WORDS):
            count_col = c
    if unit_col is None and count_col is None:      # neither header says what it is: not a headcount
        raise _fail("attendance.headcount_no_columns", filename, sheet=sheet_name,
                    headers=", ".join(tbl.columns))
    data_cols = [c for c in tbl.columns if _role_of(c) != SEQ]
    numeric = {c: cells.parse_numbers(tbl.data[c]) for c in data_cols}
    if count_col is None:
        count_col = next((c for c in data_cols if c != unit_col and numeric[c].n_ok >= len(tbl.data) / 2), None)
    if unit_col is None:
        unit_col = next((c for c in data_cols if c != count_col and numeric[c].n_ok < len(tbl.data) / 2), None)
    if unit_col is None or count_col is None:
        raise _fail("attendance.headcount_no_columns", filename, sheet=sheet_name,
                    headers=", ".join(tbl.columns))
    where = {"file": filename, "sheet": sheet_name}
    problems = [p if wb.kind != reading.CSV else p.at(sheet=None) for p in tbl.problems]
    counts = numeric[count_col]
    units: dict[str, list] = {}
    for i, r in enumerate(tbl.rows):
        unit = _text(tbl.data[unit_col].iloc[i])
        if not unit:
            continue
        if _is_footer(unit):
            problems.append(Problem("attendance.footer_row", {"label": unit}, row=int(r), severity=INFO,
                                    **where))
            break
        value = counts.values[i]
        if counts.status[i] != cells.OK or value < 0 or value != int(value):
            problems.append(Problem("attendance.headcount_bad_count",
                                    {"unit": unit, "value": _text(tbl.data[count_col].iloc[i])},
                                    row=int(r), column=count_col, severity=WARNING, **where))
            continue
        key = unit_key(unit)
        if key in units:
            units[key][1] += int(value)
            problems.append(Problem("attendance.headcount_duplicate", {"unit": unit}, row=int(r),
                                    column=unit_col, severity=WARNING, **where))
        else:
            units[key] = [unit, int(value)]
    if not units:
        raise _fail("attendance.headcount_no_columns", filename, sheet=sheet_name,
                    headers=", ".join(tbl.columns))
    return Headcount(filename, sheet_name, tuple((u, n) for u, n in units.values()), tuple(problems))


def _staff_list(data: bytes, filename: str, sheet: str | int | None) -> Headcount | None:
    """A staff list (names with their units) as a Headcount, or None when the
    file is not one (no name column, or a column of counts beside the units)."""
    try:
        info, frame = read_attendance(data, filename, sheet=sheet)
    except InputError:
        return None
    if info.kind not in (LIST, SIGNIN) or UNIT not in info.columns or len(frame) == 0:
        return None
    where = {"file": filename, "sheet": info.sheet}
    problems = [p for p in info.problems if p.severity != INFO]
    units: dict[str, list] = {}
    staff: list[StaffMember] = []
    seen: set[str] = set()
    for name, email, unit, row in zip(frame["name"].tolist(), frame["email"].tolist(), frame["unit"].tolist(),
                                      frame["row"].tolist()):
        name, unit, email = clean_space(_text(name)), clean_space(_text(unit)), _email(email)
        if not name:
            continue
        if not unit:
            problems.append(Problem("attendance.staff_no_unit", {"name_row": int(row)}, row=int(row),
                                    column=info.columns.get(UNIT), severity=WARNING, **where))
            continue
        who = email or _NO_SPACE.sub("", display_of_clean(name)).casefold()
        if who in seen:
            problems.append(Problem("attendance.staff_duplicate", {"name_row": int(row)}, row=int(row),
                                    severity=WARNING, **where))
            continue
        seen.add(who)
        staff.append(StaffMember(name, email, unit))
        entry = units.setdefault(unit_key(unit), [unit, 0])
        entry[1] += 1
    if not staff:
        return None
    return Headcount(filename, info.sheet, tuple((u, n) for u, n in units.values()), tuple(problems),
                     tuple(staff))


_STAFF_WORDS = ("บุคลากร", "พนักงาน", "ข้าราชการ", "ทำเนียบ", "อัตรากำลัง", "staff", "employee", "personnel")
_EVENT_WORDS = ("ลงทะเบียน", "ลงชื่อ", "เข้าร่วม", "อบรม", "ประชุม", "สัมมนา", "กิจกรรม", "attendance", "sign-in",
                "sign in", "signin", "check-in", "checkin", "training", "meeting", "workshop", "participant")


def is_staff_list(data: bytes, filename: str) -> bool:
    """Whether a sheet of names with units is the agency's staff list rather
    than an attendance record: no date, session, time or signature column,
    and its title (or file name) speaks of staff, not of an event."""
    try:
        info, _ = read_attendance(data, filename)
    except InputError:
        return False
    if info.kind not in (LIST, SIGNIN) or UNIT not in info.columns:
        return False
    if any(r in info.columns for r in (DATE, SESSION, TIMESTAMP, JOIN, LEAVE, MINUTES, SIGNATURE)):
        return False
    words = f"{info.session or ''} {filename}".casefold()
    return any(w in words for w in _STAFF_WORDS) and not any(w in words for w in _EVENT_WORDS)


def merge_headcounts(parts: Sequence[Headcount]) -> Headcount | None:
    """One headcount from a table of counts and/or staff lists: the counts of
    the (last) table of counts when there is one, else of the staff lists;
    the people of every staff list."""
    parts = [h for h in parts if h is not None]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    tables = [h for h in parts if not h.staff]
    lists = [h for h in parts if h.staff]
    problems = [p for h in parts for p in h.problems]
    if len(tables) > 1:
        problems.append(Problem("attendance.headcount_two_tables",
                                {"used": tables[-1].file, "files": ", ".join(h.file for h in tables[:-1])},
                                severity=WARNING))
    if tables:
        base = tables[-1]
        units = base.units
    else:
        base = lists[0]
        merged: dict[str, list] = {}
        for h in lists:
            for u, n in h.units:
                merged.setdefault(unit_key(u), [u, 0])[1] += n
        units = tuple((u, n) for u, n in merged.values())
    staff = tuple(m for h in lists for m in h.staff)
    return Headcount(", ".join(h.file for h in parts), base.sheet, units, tuple(problems), staff)


# ---------------------------------------------------------------- summarising

_NO_SPACE = re.compile(r"\s+")


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _pair_codes(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (a, b) pairs of two code arrays (codes >= -1): inverse, a and b of each pair,
    pairs in order of first appearance."""
    width = int(b.max()) + 2 if len(b) else 1
    key = (a.astype(np.int64) + 1) * width + (b.astype(np.int64) + 1)
    inverse, uniques = pd.factorize(key)
    uniques = np.asarray(uniques, dtype=np.int64)
    return inverse, uniques // width - 1, uniques % width - 1


_DENSE = 1 << 22     # a (person x unit) or (person x session) table up to this many cells is counted in place


def _first_positions(codes: np.ndarray) -> np.ndarray:
    """The index of the first record of each code, for codes 0..k-1 numbered in order
    of first appearance (as ``pd.factorize`` numbers them): where a code is new."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    new = np.empty(len(codes), dtype=bool)
    new[0] = True
    np.greater(codes[1:], np.maximum.accumulate(codes)[:-1], out=new[1:])
    return np.flatnonzero(new)


def _first_most(keys: Sequence[Any], counts: Sequence[int], order: Sequence[int]) -> Any:
    """The key with the largest count; ties go to the smallest ``order`` (first seen)."""
    best, best_count, best_order = None, -1, None
    for k, c, o in zip(keys, counts, order):
        if c > best_count or (c == best_count and o < best_order):
            best, best_count, best_order = k, c, o
    return best


def _session_plan(parts: Sequence[tuple[AttendanceFile, pd.DataFrame]],
                  sessions: Mapping[str, str]) -> list[tuple[np.ndarray, list[tuple[str, Any]]]]:
    """For each part: the local session code of every record and the (name, date) of each code.

    A part that is one session on one date is grouped with the other
    one-session parts of that date (sign-in + Zoom + Teams of one event) and
    named by the first title that is not a file name; a name the user gave
    (``sessions``) wins."""
    local = []
    for info, frame in parts:
        s_codes, s_uni = _codes(frame["session"])
        d_codes, d_uni = _codes(frame["date"])
        inv, sa, da = _pair_codes(s_codes, d_codes)
        pairs = [(clean_space(s_uni[s]) if s >= 0 else "", d_uni[d] if d >= 0 else None)
                 for s, d in zip(sa, da)]
        stem = Path(info.file).stem
        pairs = [(name or stem, d) for name, d in pairs]
        override = clean_space(sessions.get(info.file, "")) if sessions else ""
        if override:
            pairs = [(override, d) for _, d in pairs]
        local.append([inv, pairs, stem, bool(override)])
    by_date: dict[Any, list[int]] = {}
    for i, (_, pairs, _, named) in enumerate(local):
        if len(pairs) == 1 and not named and pairs[0][1] is not None:
            by_date.setdefault(pairs[0][1], []).append(i)
    for d, members in by_date.items():
        if len(members) < 2:
            continue
        titles = [local[i][1][0][0] for i in members if local[i][1][0][0] != local[i][2]]
        name = titles[0] if titles else local[members[0]][1][0][0]
        for i in members:
            local[i][1] = [(name, d)]
    return [(inv, pairs) for inv, pairs, _, _ in local]


_GUEST = re.compile(r"\((?:guest|external|ผู้เยี่ยมชม|แขก|ภายนอก|บุคคลภายนอก)\)\s*$", re.IGNORECASE)


def summarize(parts: Sequence[tuple[AttendanceFile, pd.DataFrame]], *, headcount: Headcount | None = None,
              split: Iterable[str] = (), sessions: Mapping[str, str] | None = None,
              assign: Mapping[str, str] | None = None) -> AttendanceResult:
    """Count people once across all files, per session and per unit.

    Parameters
    ----------
    parts : sequence of (AttendanceFile, DataFrame)
        From :func:`read_attendance`.
    headcount : Headcount, optional
        Staff per unit (:func:`read_headcount`); gives the rates.
    split : iterable of str
        :attr:`Merge.key` of merges to undo: that person's records become
        one person per written variant.
    sessions : mapping, optional
        File name -> session name the user typed (overrides the detected
        one; files given the same name and date are one session).
    assign : mapping, optional
        Person key (:attr:`AttendanceResult.people` ``key``) -> the unit the
        user picked for that person, or :data:`NOT_STAFF`.

    The participation rate counts only staff of the headcount's units:
    people whose unit a file gives, whose unit the staff list gives (matched
    by e-mail, else by name), or whose unit the user picked.  People whose
    unit is still unknown (Zoom and Teams reports carry none) are shown
    apart and never counted; outside guests (a name marked "(Guest)",
    "(ผู้เยี่ยมชม)", "(ภายนอก)"...) and people marked not staff are not staff.
    A unit's count never exceeds its headcount (a warning says when the
    files name more people than it has), so no rate is above 100 %.

    Returns
    -------
    AttendanceResult

    Notes
    -----
    People are matched by e-mail where there is one, else by
    :func:`itastats.read.names.person_key` of the name; a record with both links
    them.  A name seen with two or more different e-mails is two or more
    people: it links none of those e-mails, and its records without an
    e-mail stay one separate person (with a warning).  A person's unit is
    the unit written most often on their records (ties: first seen), their
    name the most frequent :func:`~itastats.read.names.display_name`.
    """
    parts = list(parts)
    split = tuple(dict.fromkeys(str(k) for k in split))
    problems: list[Problem] = [p for info, _ in parts for p in info.problems]
    if headcount is not None:
        problems.extend(headcount.problems)
    files = tuple(info for info, _ in parts)
    frames = [f if list(f.columns) == list(RECORD_COLUMNS) else f.loc[:, list(RECORD_COLUMNS)]
              for _, f in parts]
    if not frames or sum(len(f) for f in frames) == 0:
        return _empty_result(files, headcount, split, problems)

    # sessions: a global id per record
    plan = _session_plan(parts, dict(sessions or {}))
    registry: dict[tuple[str, Any], int] = {}
    session_ids = []
    for inv, pairs in plan:
        lookup = np.array([registry.setdefault(p, len(registry)) for p in pairs] or [0], dtype=np.int32)
        session_ids.append(lookup[inv] if len(inv) else np.zeros(0, dtype=np.int32))
    del plan
    rec_session = np.concatenate(session_ids) if len(session_ids) > 1 else session_ids[0]
    del session_ids
    # (one file: every record's file is 0, pages of zeros that are never written)
    file_codes = np.concatenate([np.full(len(f), i, dtype=np.int32) for i, f in enumerate(frames)]) \
        if len(frames) > 1 else np.zeros(len(frames[0]), dtype=np.int32)
    allf = _concat(frames)
    n = len(allf)

    # name and e-mail variants (nv): the unit everything about a person is built from
    n_codes, n_uni = _codes(allf["name"])
    e_codes_raw, e_uni_raw = _codes(allf["email"])
    e_norm = np.array([_email(u) for u in e_uni_raw] + [""], dtype=object)
    e_codes2, e_uni = pd.factorize(e_norm)
    e_uni = np.asarray(e_uni, dtype=object)
    if len(e_uni) == 1 and len(n_codes) and int(n_codes.min()) >= 0:
        # one e-mail (or none) for every record: the variants are the names, numbered as they are
        rec_nv, nv_name = n_codes, np.arange(len(n_uni))
        nv_email = np.zeros(len(n_uni), dtype=np.int64)
    else:
        e_codes = e_codes2[e_codes_raw]                  # -1 maps to the trailing ""
        rec_nv, nv_name, nv_email = _pair_codes(n_codes, e_codes)
        del e_codes
    del e_codes_raw
    # each distinct name is cleaned once; person_key is display_name without spaces,
    # case-folded (itastats.read.names), so it is made from the display name computed here
    if len(n_uni) >= _MANY:
        cleaned = names.clean_space_many(n_uni)
        n_disp, n_pk = names.display_and_key_of_clean(cleaned)
        # the last entry: a record without a name
        n_clean, n_disp, n_pk = (np.append(a, np.array([""], dtype=object)) for a in (cleaned, n_disp, n_pk))
        del cleaned
    else:
        n_clean = np.array([clean_space(u) for u in n_uni] + [""], dtype=object)
        n_disp = np.array([display_of_clean(u) for u in n_clean], dtype=object)
        n_pk = np.array([_NO_SPACE.sub("", d).casefold() for d in n_disp], dtype=object)
    nv_name_text, nv_disp, nv_pk = n_clean[nv_name], n_disp[nv_name], n_pk[nv_name]
    nv_email_text = e_uni[nv_email].astype(object)
    n_nv = len(nv_name)
    nv_count = np.bincount(rec_nv, minlength=n_nv)
    first_idx = _first_positions(rec_nv)                 # increases with v: pairs are in order of appearance

    # who is one person.  A record with an e-mail is that e-mail's; a name seen with
    # one e-mail is linked to it (its records without an e-mail too); a name seen with
    # two or more e-mails links none of them (ambiguous) and its records without an
    # e-mail are one person apart; other names are one person each.  A name links at
    # most one e-mail, so a person is one e-mail with its names, or one name.
    pk_codes, pk_uni = pd.factorize(nv_pk)
    pk_uni = np.asarray(pk_uni, dtype=object)
    n_pk_uni, n_em_uni = len(pk_uni), len(e_uni)
    has_pk = (pk_uni != "")[pk_codes] if n_nv else np.zeros(0, dtype=bool)
    has_em = (e_uni != "")[nv_email] if n_nv else np.zeros(0, dtype=bool)
    both = np.flatnonzero(has_pk & has_em)
    _, bp, be = _pair_codes(pk_codes[both], nv_email[both])          # distinct (name, e-mail), first seen first
    emails_per_pk = np.bincount(bp, minlength=n_pk_uni)
    ambiguous_pk = emails_per_pk >= 2
    email_of_pk = np.full(n_pk_uni, -1, dtype=np.int64)
    email_of_pk[bp] = be
    # node of each nv: e-mail e -> e; ambiguous name k -> E + k; lone name k -> E + P + k
    nv_amb = ambiguous_pk[pk_codes] if n_nv else np.zeros(0, dtype=bool)
    linked = email_of_pk[pk_codes] if n_nv else np.zeros(0, dtype=np.int64)
    root = np.where(has_em, nv_email,
                    np.where(~has_pk, -1,
                             np.where(nv_amb, n_em_uni + pk_codes,
                                      np.where(linked >= 0, linked, n_em_uni + n_pk_uni + pk_codes))))
    no_person = root < 0
    if no_person.any():
        count = int(nv_count[no_person].sum())
        problems.append(Problem("attendance.no_name_records", {"n": count}, severity=WARNING))
    ambiguous = sorted(pk_uni[ambiguous_pk].tolist())
    if ambiguous:
        emails_of: dict[str, list[str]] = {}
        for p_, e_ in zip(bp.tolist(), be.tolist()):
            if ambiguous_pk[p_]:
                emails_of.setdefault(pk_uni[p_], []).append(e_uni[e_])
        code_of = {k: i for i, k in enumerate(pk_uni.tolist())}
        for pk in ambiguous:
            written = np.flatnonzero(pk_codes == code_of[pk])
            no_email = written[~has_em[written]]
            params = {"name": nv_disp[written[0]], "emails": ", ".join(emails_of[pk]),
                      "n": int(nv_count[no_email].sum()) if len(no_email) else 0}
            if len(no_email):
                problems.append(Problem("attendance.same_name_no_email", params, severity=WARNING))
            else:
                problems.append(Problem("attendance.same_name_different_emails", params, severity=INFO))

    # persons: in order of first appearance, a stable key each; merges (two or more
    # written variants) can be split
    nv_comp = np.full(n_nv, -1, dtype=np.int64)
    has_person = ~no_person
    comp_codes, comp_root = pd.factorize(root[has_person])
    comp_root = np.asarray(comp_root, dtype=np.int64)
    nv_comp[has_person] = comp_codes
    n_comp = len(comp_root)
    comp_first = np.full(n_comp, n, dtype=np.int64)
    np.minimum.at(comp_first, comp_codes, first_idx[has_person])
    comp_order = np.argsort(comp_first, kind="stable")
    comp_key = np.where(comp_root < n_em_uni, e_uni[np.minimum(comp_root, max(n_em_uni - 1, 0))],
                        pk_uni[(comp_root - n_em_uni) % max(n_pk_uni, 1)]) if n_comp else \
        np.zeros(0, dtype=object)
    # written variants: "name <e-mail>", the name as cleaned
    if _cleaned_distinct(n_clean, n_uni):             # n_clean ends with the missing name's ""
        c_codes = np.arange(len(n_clean))
    else:
        c_codes, _ = pd.factorize(n_clean)
    nv_var = c_codes[nv_name].astype(np.int64) * (n_em_uni + 1) + nv_email
    pv = np.flatnonzero(has_person)
    cv_inv, cv_comp, cv_var = _pair_codes(nv_comp[pv], nv_var[pv])
    cv_first = np.full(len(cv_comp), n, dtype=np.int64)
    np.minimum.at(cv_first, cv_inv, first_idx[pv])
    cv_nv = np.full(len(cv_comp), -1, dtype=np.int64)             # an nv of each (person, variant)
    cv_nv[cv_inv] = pv
    n_variants = np.bincount(cv_comp, minlength=n_comp)
    comp_rank = np.empty(n_comp, dtype=np.int64)
    comp_rank[comp_order] = np.arange(n_comp)
    cv_sorted = np.lexsort((cv_first, comp_rank[cv_comp]))        # each person's variants, first seen first
    cv_start = np.searchsorted(comp_rank[cv_comp[cv_sorted]], np.arange(n_comp + 1))

    # "name <e-mail>" of each (person, variant), each person's first seen first
    cv_text = nv_name_text[cv_nv[cv_sorted]]
    cv_em = nv_email_text[cv_nv[cv_sorted]]
    if (cv_em != "").any():
        cv_text = cv_text + np.where(cv_em != "", " <" + cv_em + ">", "")
    variants: dict[int, list[str]] = {}                 # of each person written two or more ways
    multi = np.flatnonzero(n_variants >= 2)
    if len(multi):
        multi_rank = comp_rank[multi]
        texts = cv_text.tolist()
        # a person's variants differ in name or e-mail, so their texts differ unless a
        # name holds " <" ("a <b>" beside "a" with e-mail b): only then are they de-duplicated
        clash = any(" <" in t for t in n_clean.tolist())
        for c, lo, hi in zip(multi.tolist(), cv_start[multi_rank].tolist(), cv_start[multi_rank + 1].tolist()):
            written = list(dict.fromkeys(texts[lo:hi])) if clash else texts[lo:hi]
            if len(written) >= 2:
                variants[c] = written
    split_set = set(split)
    is_split = np.zeros(n_comp, dtype=bool)
    for c in variants if split_set else ():
        is_split[c] = comp_key[c] in split_set
    used_split = set(comp_key[is_split].tolist())
    if not is_split.any():
        person_keys = comp_key[comp_order].tolist()
        nv_person = np.where(has_person, comp_rank[np.maximum(nv_comp, 0)], -1) if n_comp else nv_comp
    else:                                               # a split person: one person per written variant
        person_keys = []
        comp_person = np.empty(n_comp, dtype=np.int64)
        for c in comp_order.tolist():
            comp_person[c] = len(person_keys)
            if is_split[c]:
                person_keys.extend(f"{comp_key[c]}|{var}" for var in variants[c])
            else:
                person_keys.append(comp_key[c])
        nv_person = np.where(has_person, comp_person[np.maximum(nv_comp, 0)], -1)
        for c in np.flatnonzero(is_split).tolist():
            index = {var: i for i, var in enumerate(variants[c])}
            for v in np.flatnonzero(nv_comp == c).tolist():
                var = nv_name_text[v] + (f" <{nv_email_text[v]}>" if nv_email_text[v] else "")
                nv_person[v] = comp_person[c] + index[var]
    merge_comps = [c for c in comp_order.tolist() if c in variants and not is_split[c]]
    for key in split:
        if key not in used_split:
            problems.append(Problem("attendance.split_unknown", {"key": key}, severity=INFO))
    n_people = len(person_keys)
    nv_person = nv_person.astype(np.int32 if n_people < 2**31 - 1 else np.int64)
    rec_person = nv_person[rec_nv]
    del rec_nv
    valid = rec_person >= 0
    if not valid.all():
        rec_person, rec_session_v, file_v = rec_person[valid], rec_session[valid], file_codes[valid]
        minutes = allf["minutes"].to_numpy(dtype=float)[valid]
        unit_series = allf["unit"][valid]
    else:
        rec_session_v, file_v = rec_session, file_codes
        minutes = allf["minutes"].to_numpy(dtype=float)
        unit_series = allf["unit"]

    # name and e-mail shown for each person: the most frequent, ties first seen
    def most(texts: np.ndarray) -> np.ndarray:
        shown = np.full(n_people, "", dtype=object)
        m = np.flatnonzero((nv_person >= 0) & (texts != ""))
        if not len(m):
            return shown
        t_codes, t_uni = pd.factorize(texts[m])
        inv, pp, tt = _pair_codes(nv_person[m], t_codes)
        counts = np.bincount(inv, weights=nv_count[m], minlength=len(pp))
        firsts = np.full(len(pp), n, dtype=np.int64)
        np.minimum.at(firsts, inv, first_idx[m])
        order = np.lexsort((firsts, -counts, pp))
        top = order[np.r_[True, pp[order][1:] != pp[order][:-1]]]
        shown[pp[top]] = np.asarray(t_uni, dtype=object)[tt[top]]
        return shown

    p_name = most(nv_disp)
    p_email = most(nv_email_text)
    p_name = np.where(p_name == "", p_email, p_name).tolist()
    p_email = p_email.tolist()
    by_person: dict[int, list[int]] = {}                  # filled when the staff list needs it

    # unit of each person: the most frequent unit key, ties first seen
    u_codes, u_uni = _codes(unit_series)
    u_text = np.array([clean_space(u) for u in u_uni] + [""], dtype=object)
    u_key_of = np.array([unit_key(t) for t in u_text], dtype=object)
    uk_codes, uk_uni = pd.factorize(u_key_of)
    uk_uni = np.asarray(uk_uni, dtype=object)
    rec_uk = uk_codes[u_codes]
    empty_uk = int(np.flatnonzero(uk_uni == "")[0]) if (uk_uni == "").any() else -2
    shown_unit = {}
    u_count = np.bincount(np.where(u_codes >= 0, u_codes, len(u_uni)), minlength=len(u_uni) + 1)
    for i, t in enumerate(u_text):
        k = u_key_of[i]
        if k and (k not in shown_unit or u_count[i] > u_count[shown_unit[k]]):
            shown_unit[k] = i
    p_unit_key = np.full(n_people, "", dtype=object)
    has_unit = rec_uk != empty_uk
    n_uk = len(uk_uni)
    if has_unit.any() and n_people * n_uk <= _DENSE:
        # records per (person, unit) in a table: the most frequent unit, ties the first seen
        idx = None if has_unit.all() else np.flatnonzero(has_unit)
        key = rec_person.astype(np.int64) * n_uk
        key += rec_uk
        if idx is not None:
            key = key[idx]
        counts = np.bincount(key, minlength=n_people * n_uk).reshape(n_people, n_uk)
        best = counts.max(axis=1)
        tied = (counts == best[:, None]).sum(axis=1) > 1
        pick_u = counts.argmax(axis=1)
        tied &= best > 0
        if tied.any():
            firsts = np.full(n_people * n_uk, n, dtype=np.int64)
            np.minimum.at(firsts, key, np.arange(n) if idx is None else idx)
            firsts = firsts.reshape(n_people, n_uk)
            rows = np.flatnonzero(tied)
            pick_u[rows] = np.where(counts[rows] == best[rows, None], firsts[rows], n + 1).argmin(axis=1)
        del key, counts
        got = best > 0
        p_unit_key[got] = uk_uni[pick_u[got]]
    elif has_unit.any():
        idx = np.flatnonzero(has_unit)
        inv, pp, uu = _pair_codes(rec_person[idx], rec_uk[idx])
        counts = np.bincount(inv, minlength=len(pp))
        firsts = np.full(len(pp), n, dtype=np.int64)
        np.minimum.at(firsts, inv, idx)
        order = np.lexsort((firsts, -counts, pp))
        top = order[np.r_[True, pp[order][1:] != pp[order][:-1]]]
        p_unit_key[pp[top]] = uk_uni[uu[top]]
    del rec_uk, has_unit
    shown_unit_text = {k: u_text[i] for k, i in shown_unit.items()}

    # sessions: distinct people, minutes
    n_sessions = len(registry)
    if n_people * n_sessions <= _DENSE:
        # which person came to which session, in a table of yes/no
        seen = np.zeros(n_people * n_sessions, dtype=bool)
        key = rec_person.astype(np.int64) * n_sessions
        key += rec_session_v
        seen[key] = True
        del key
        seen = seen.reshape(n_people, n_sessions)
        s_attendees = seen.sum(axis=0)
        p_sessions = seen.sum(axis=1)
        del seen
    else:
        _, sp_person, sp_session = _pair_codes(rec_person, rec_session_v)
        s_attendees = np.bincount(sp_session, minlength=n_sessions)
        p_sessions = np.bincount(sp_person, minlength=n_people)
        del sp_person, sp_session
    has_min = ~np.isnan(minutes)
    any_min = bool(has_min.any())
    mins = np.where(has_min, minutes, 0.0) if any_min else None
    if any_min:
        s_minutes = np.bincount(rec_session_v, weights=mins, minlength=n_sessions)
        s_has_min = np.bincount(rec_session_v, weights=has_min.astype(float), minlength=n_sessions) > 0
    else:
        s_minutes, s_has_min = np.zeros(n_sessions), np.zeros(n_sessions, dtype=bool)
    s_files: dict[int, list[str]] = {}
    if len(files) == 1:
        s_files = {s: [files[0].file] for s in np.flatnonzero(np.bincount(rec_session_v, minlength=n_sessions))}
    else:
        _, sf_session, sf_file = _pair_codes(rec_session_v, file_v)
        for s, f in zip(sf_session, sf_file):
            s_files.setdefault(int(s), []).append(files[int(f)].file)
    names_dates = list(registry)
    session_rows = [Session(names_dates[s][0], names_dates[s][1], int(s_attendees[s]),
                            float(s_minutes[s]) if s_has_min[s] else None,
                            tuple(dict.fromkeys(s_files.get(s, []))))
                    for s in range(n_sessions) if s_attendees[s] > 0]
    session_rows.sort(key=lambda s: (s.date is None, s.date or _dt.date.min, s.name))
    if any_min:
        p_minutes = np.bincount(rec_person, weights=mins, minlength=n_people)
        p_has_min = np.bincount(rec_person, weights=has_min.astype(float), minlength=n_people) > 0
    else:
        p_minutes, p_has_min = np.zeros(n_people), np.zeros(n_people, dtype=bool)
    p_records = np.bincount(rec_person, minlength=n_people)

    # outside guests: the mark is on the written name, which display_name() drops
    n_guest = np.array([")" in u and bool(_GUEST.search(u)) for u in n_clean], dtype=bool)
    p_guest = np.zeros(n_people, dtype=bool)
    if n_guest.any():
        rec_guest = n_guest[n_codes] if len(n_codes) else np.zeros(0, dtype=bool)
        if len(rec_guest) != len(rec_person):          # records without a person were dropped above
            rec_guest = rec_guest[valid]
        p_guest[rec_person[rec_guest]] = True

    # units from the staff list (by e-mail, else by name) for people no file gave one
    p_from = np.where(p_unit_key != "", "file", "").astype(object)
    staff = headcount.staff if headcount is not None else ()
    if staff and (p_unit_key == "").any():
        by_email: dict[str, str] = {}
        by_name: dict[str, str | None] = {}
        for m in staff:
            k = unit_key(m.unit)
            if m.email:
                by_email.setdefault(m.email, k)
            nk = _NO_SPACE.sub("", display_of_clean(m.name)).casefold()
            if nk:
                by_name[nk] = k if by_name.get(nk, k) == k else None     # one name in two units: no match
        order = np.argsort(nv_person, kind="stable")          # each person's nv, in order
        for v in order[nv_person[order] >= 0].tolist():
            by_person.setdefault(int(nv_person[v]), []).append(v)
        for p in np.flatnonzero(p_unit_key == ""):
            vs = by_person.get(int(p), [])
            found = next((by_email[e] for e in (nv_email_text[v] for v in vs) if e and e in by_email), None)
            if found is None:
                found = next((by_name[k] for k in (nv_pk[v] for v in vs) if k and by_name.get(k)), None)
            if found:
                p_unit_key[p] = found
                p_from[p] = "list"
        for m in staff:
            k = unit_key(m.unit)
            if k and k not in shown_unit_text:
                shown_unit_text[k] = m.unit
    # units (or "not staff") the user picked
    p_not_staff = p_guest & (p_unit_key == "")
    if assign:
        index = {k: i for i, k in enumerate(person_keys)}
        for key, unit in assign.items():
            i = index.get(str(key))
            if i is None or not isinstance(unit, str) or not unit.strip():
                continue
            if unit == NOT_STAFF:
                p_unit_key[i], p_not_staff[i] = "", True
            else:
                k = unit_key(unit)
                p_unit_key[i], p_not_staff[i] = k, False
                shown_unit_text.setdefault(k, clean_space(unit))
            p_from[i] = "picked"
    p_unit = np.array([shown_unit_text.get(k, UNKNOWN_UNIT) if k else UNKNOWN_UNIT for k in p_unit_key],
                      dtype=object)

    # by unit, against the headcount
    by_unit, rate, in_hc, hc_total, counted = _by_unit(p_unit_key, p_unit, p_not_staff, headcount, problems)
    hc_keys = {unit_key(u) for u, _ in headcount.units} if headcount is not None else set()
    status = np.array([GUEST if p_not_staff[i] else UNASSIGNED if not k else
                       STAFF if (headcount is None or k in hc_keys) else OUTSIDE
                       for i, k in enumerate(p_unit_key)], dtype=object)
    unknown = int((status == UNASSIGNED).sum())
    if headcount is not None and unknown:
        problems.append(Problem("attendance.people_without_unit", {"n": unknown}, severity=WARNING))

    people = pd.DataFrame({
        "key": pd.Series(person_keys, dtype=str), "name": pd.Series(p_name, dtype=str),
        "email": pd.Series(p_email, dtype=str), "unit": pd.Series(list(p_unit), dtype=str),
        "sessions": p_sessions.astype(np.int64),
        "minutes": np.where(p_has_min, p_minutes, np.nan), "records": p_records.astype(np.int64),
        "status": pd.Series(list(status), dtype=str), "unit_from": pd.Series(list(p_from), dtype=str),
    })
    merge_rows = []
    files_of_person: dict[int, list[str]] = {}
    only_file = (files[0].file,) if len(files) == 1 else None    # one file: every person's
    if merge_comps and only_file is None:
        _, pf_person, pf_file = _pair_codes(rec_person, file_v)
        for pp_, ff_ in sorted(zip(pf_person.tolist(), pf_file.tolist())):
            files_of_person.setdefault(pp_, []).append(files[ff_].file)
    if merge_comps:
        comp_records = np.bincount(nv_comp[pv], weights=nv_count[pv], minlength=n_comp)
        person_of = comp_person if is_split.any() else comp_rank
        for c in merge_comps:
            p = int(person_of[c])
            merge_rows.append(Merge(comp_key[c], p_name[p], tuple(variants[c]), int(comp_records[c]),
                                    only_file or tuple(dict.fromkeys(files_of_person.get(p, [])))))
    online = float(mins.sum()) if any_min else None
    return AttendanceResult(
        files=files, records=int(valid.sum()), attendees=n_people, sessions=tuple(session_rows),
        by_unit=tuple(by_unit), rate=rate, headcount_total=hc_total, attendees_in_headcount=in_hc,
        merges=tuple(merge_rows), split=split, online_minutes=online,
        online_attendees=int(p_has_min.sum()), people=people, problems=tuple(problems),
        unknown_unit=unknown, guests=int(p_guest.sum()), staff_counted=counted,
        not_staff=int((status == GUEST).sum()), outside_units=int((status == OUTSIDE).sum()),
        from_staff_list=int((p_from == "list").sum()), assigned=int((p_from == "picked").sum()))


def _by_unit(p_unit_key: np.ndarray, p_unit: np.ndarray, not_staff: np.ndarray, headcount: Headcount | None,
             problems: list[Problem]) -> tuple[list[UnitRow], float | None, int, int | None, int]:
    """Rows per unit (headcount order, other units, then people without a unit
    and people who are not staff), the rate, people in headcount units, the
    headcount total and the rate's numerator (each unit capped at its headcount)."""
    staff_keys = np.where(not_staff, None, p_unit_key)
    counts = Counter(k for k in staff_keys.tolist() if k is not None)
    shown = {}
    for k, u in zip(p_unit_key, p_unit):
        shown.setdefault(k, u)
    rows: list[UnitRow] = []
    matched: set[str] = set()
    in_hc = counted = 0
    total = None
    if headcount is not None:
        total = headcount.total
        for unit, n in headcount.units:
            k = unit_key(unit)
            if k in matched:
                continue
            matched.add(k)
            att = counts.get(k, 0) if k else 0
            in_hc += att
            capped = min(att, n)
            counted += capped
            if att > n:
                problems.append(Problem("attendance.rate_over_100", {"unit": unit, "attendees": att,
                                                                     "headcount": n}, severity=WARNING))
            rows.append(UnitRow(unit, att, n, capped / n * 100 if n > 0 else None, capped))
    others = [(k, c) for k, c in counts.items() if k and k not in matched]
    others.sort(key=lambda kc: -kc[1])
    for k, c in others:
        rows.append(UnitRow(shown[k], c, None, None))
    if headcount is not None and others:
        problems.append(Problem("attendance.units_not_in_headcount",
                                {"units": ", ".join(shown[k] for k, _ in others),
                                 "n": sum(c for _, c in others)}, severity=WARNING))
    if counts.get("", 0):
        rows.append(UnitRow(UNKNOWN_UNIT, counts[""], None, None))
    if not_staff.any():
        rows.append(UnitRow(NOT_STAFF, int(not_staff.sum()), None, None))
    rate = counted / total * 100 if total else None
    return rows, rate, in_hc, total, counted


def _empty_result(files, headcount, split, problems) -> AttendanceResult:
    by_unit = []
    if headcount is not None:
        by_unit = [UnitRow(u, 0, n, 0.0 if n > 0 else None, 0) for u, n in headcount.units]
    total = headcount.total if headcount is not None else None
    people = pd.DataFrame({"key": pd.Series([], dtype=str), "name": pd.Series([], dtype=str),
                           "email": pd.Series([], dtype=str), "unit": pd.Series([], dtype=str),
                           "sessions": pd.Series([], dtype=np.int64), "minutes": pd.Series([], dtype=float),
                           "records": pd.Series([], dtype=np.int64), "status": pd.Series([], dtype=str),
                           "unit_from": pd.Series([], dtype=str)})
    return AttendanceResult(files=tuple(files), records=0, attendees=0, sessions=(), by_unit=tuple(by_unit),
                            rate=0.0 if total else None, headcount_total=total, attendees_in_headcount=0,
                            merges=(), split=tuple(split), online_minutes=None, online_attendees=0,
                            people=people, problems=tuple(problems))


def analyze_files(files: Sequence[tuple[str, bytes]], *,
                  headcount: tuple[str, bytes] | Sequence[tuple[str, bytes]] | None = None,
                  split: Iterable[str] = (), sessions: Mapping[str, str] | None = None,
                  assign: Mapping[str, str] | None = None) -> AttendanceResult:
    """Read every file and summarise them: :func:`read_attendance` then :func:`summarize`.

    A file that cannot be used (an :class:`~itastats.read.problems.InputError`)
    becomes an error problem of the result and the other files go on; so
    does a headcount file that cannot be read (the result then has no rates).

    Parameters
    ----------
    files : sequence of (file name, bytes)
    headcount : (file name, bytes), or a sequence of them
        A table of counts per unit and/or staff lists (:func:`read_headcount`,
        :func:`merge_headcounts`).
    split, sessions, assign
        As in :func:`summarize`.
    """
    parts = []
    errors: list[Problem] = []
    for name, data in files:
        try:
            parts.append(read_attendance(data, name))
        except InputError as exc:
            errors.append(exc.problem if exc.problem.file else exc.problem.at(file=name))
    heads = []
    if headcount is not None:
        pairs = [headcount] if (len(headcount) == 2 and isinstance(headcount[0], str)
                                and isinstance(headcount[1], (bytes, bytearray))) else list(headcount)
        for hname, hdata in pairs:
            try:
                heads.append(read_headcount(hdata, hname))
            except InputError as exc:
                errors.append(exc.problem if exc.problem.file else exc.problem.at(file=hname))
    result = summarize(parts, headcount=merge_headcounts(heads), split=split, sessions=sessions, assign=assign)
    if errors:
        from dataclasses import replace
        result = replace(result, problems=tuple(errors) + result.problems)
    return result


# ---------------------------------------------------------------- output

def _iso(d: Any) -> str | None:
    return d.isoformat() if isinstance(d, _dt.date) else None


def _num(x: Any) -> Any:
    if x is None:
        return None
    x = float(x)
    return x if np.isfinite(x) else None


def result_json(result: AttendanceResult) -> dict:
    """The result as plain JSON data (``python -m itastats attendance FILE... --json``).

    ``{"records", "attendees", "sessions": [{"name", "date", "attendees"}],
    "by_unit": [{"unit", "attendees", "headcount", "rate"}], "rate"}`` first,
    then the details (headcount total, online minutes, merges, files,
    problems).  Dates are ISO strings; rates are percent; nothing is NaN.
    """
    return {
        "records": int(result.records),
        "attendees": int(result.attendees),
        "sessions": [{"name": s.name, "date": _iso(s.date), "attendees": int(s.attendees),
                      "minutes": _num(s.minutes), "files": list(s.files)} for s in result.sessions],
        "by_unit": [{"unit": u.unit, "attendees": int(u.attendees), "headcount": u.headcount,
                     "rate": _num(u.rate), "counted": u.counted} for u in result.by_unit],
        "rate": _num(result.rate),
        "headcount_total": result.headcount_total,
        "staff_counted": int(result.staff_counted),
        "attendees_in_headcount": int(result.attendees_in_headcount),
        "unknown_unit": int(result.unknown_unit),
        "not_staff": int(result.not_staff),
        "outside_units": int(result.outside_units),
        "from_staff_list": int(result.from_staff_list),
        "assigned": int(result.assigned),
        "online_minutes": _num(result.online_minutes),
        "online_attendees": int(result.online_attendees),
        "merges": [{"key": m.key, "name": m.name, "variants": list(m.variants), "records": m.records,
                    "files": list(m.files)} for m in result.merges],
        "split": list(result.split),
        "files": [{"file": f.file, "kind": f.kind, "sheet": f.sheet, "records": f.records,
                   "session": f.session, "date": _iso(f.date), "columns": dict(f.columns)}
                  for f in result.files],
        "problems": [p.to_dict() for p in result.problems],
    }


def sources(result: AttendanceResult | None) -> list:
    """The numbers a KPI can point at: the participation rate (percent) and
    the number of people who took part; none without a result."""
    from .kpi import Source
    if result is None:
        return []
    return [Source(SOURCE_RATE, "attendance.src.rate", {}, result.rate, "%"),
            Source(SOURCE_ATTENDEES, "attendance.src.attendees", {}, float(result.attendees), "คน"),
            Source(SOURCE_STAFF, "attendance.src.staff", {}, float(result.staff_counted), "คน")]
