"""Attendance (criterion 5.3.2, "staff took part"): sign-in sheets, Zoom and
Teams reports, check-in forms and plain lists in; one de-duplicated count of
people per session, per unit and in total out.

CONTRACT SKELETON — the dataclasses below are fixed (fields may be added
with defaults, never renamed or removed); the functions are to be written.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Mapping

import pandas as pd

from .problems import Problem

# kinds of attendance file
SIGNIN, ZOOM, TEAMS, FORMS, LIST = "signin", "zoom", "teams", "forms", "list"
KINDS = (SIGNIN, ZOOM, TEAMS, FORMS, LIST)
UNKNOWN_UNIT = ""          # unit of a person no file gave a unit for (pages show "ไม่ระบุหน่วยงาน")

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
    attendees: int
    headcount: int | None
    rate: float | None                     # percent, attendees / headcount × 100


@dataclass(frozen=True)
class Merge:
    """Records of differently written names (or name and e-mail) counted as one person."""
    key: str                               # pass in ``split=`` to undo
    name: str                              # the name shown for the person
    variants: tuple[str, ...]              # the distinct spellings, "name <email>" when there is one
    records: int
    files: tuple[str, ...]


@dataclass(frozen=True)
class Headcount:
    file: str
    sheet: str | None
    units: tuple[tuple[str, int], ...]     # (unit as written, headcount), total row left out
    problems: tuple[Problem, ...] = ()

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
    rate: float | None                     # percent: attendees_in_headcount / headcount_total × 100
    headcount_total: int | None
    attendees_in_headcount: int
    merges: tuple[Merge, ...]
    split: tuple[str, ...]
    online_minutes: float | None
    online_attendees: int
    people: pd.DataFrame                   # one row per person: key, name, email, unit, sessions, minutes
    problems: tuple[Problem, ...] = ()
