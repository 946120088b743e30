"""The facts about a project that every infographic, scorecard and report needs.

:class:`ProjectInfo` is the project profile of ITA criterion 5.1.1 (name,
agency, objectives, activities, budget, period, KPIs) and 5.1.2 (who is
responsible for each activity), plus the few numbers the value-for-money
calculation of 5.4.1 uses (cases a year, staff cost an hour...).

Everything is a frozen dataclass that validates itself on construction, so a
malformed profile never gets far: a wrong type, a date that is not a date, a
negative budget, NaN or infinity raise :class:`ProfileError` (a
``ValueError``) naming the field, e.g. ``activities[2].budget``.  Order
checks that a user may be in the middle of typing (an end date before the
start date, activities costing more than the total budget) are *not*
errors here; :mod:`itastats.criteria.checklist` reports them.

:meth:`ProjectInfo.to_dict` / :meth:`ProjectInfo.from_dict` round-trip every
field through plain JSON types (dates as ISO strings, tuples as lists).
``from_dict`` ignores keys it does not know and fills missing ones with their
defaults, so a project saved by an older version still opens.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import numbers
from dataclasses import dataclass, fields
from typing import Any, Mapping

from ..i18n.fmt import rounded

__all__ = ["ProfileError", "Activity", "LogEntry", "Memo", "MemoHeader", "memo_header", "KPI", "ProjectInfo",
           "KPI_OPS", "MANUAL"]

KPI_OPS = (">=", "<=")
"""The two comparisons a KPI target can use: at least / at most."""

MANUAL = "manual"
"""The source of a KPI whose measured value is typed in by hand."""

_OP_ALIASES = {">=": ">=", "<=": "<=", "\u2265": ">=", "\u2264": "<=", "=>": ">=", "=<": "<="}
DEFAULT_HOURS_PER_DAY = 7.0


class ProfileError(ValueError):
    """A malformed value in a project profile.

    Attributes
    ----------
    field : str
        The field, with its position for list items: ``"kpis[1].op"``.
    key : str
        A message key (:mod:`itastats.i18n.messages.kpi`) for the page.
    params : dict
        Parameters of the message (``field``, ``value``...).
    """

    def __init__(self, field: str, reason: str, *, key: str = "profile.error.bad_value", **params: Any):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
        self.key = key
        self.params = {"field": field, **params}


# --------------------------------------------------------------------------- validators
def _text(field: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ProfileError(field, f"must be text, not {type(value).__name__}")
    return value


def _number(field: str, value: Any, *, minimum: float | None = None,
            positive: bool = False, maximum: float | None = None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ProfileError(field, f"must be a number, not {type(value).__name__}")
    x = float(value)
    if not math.isfinite(x):
        raise ProfileError(field, "must be a finite number", key="profile.error.not_finite")
    if minimum is not None and x < minimum:
        raise ProfileError(field, f"must be at least {minimum:g}", key="profile.error.negative")
    if positive and x <= 0:
        raise ProfileError(field, "must be more than zero", key="profile.error.not_positive")
    if maximum is not None and x > maximum:
        raise ProfileError(field, f"must be at most {maximum:g}", key="profile.error.too_large",
                           maximum=f"{maximum:g}")
    return x


def _date(field: str, value: Any) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ProfileError(field, f"is not a date (YYYY-MM-DD): {value!r}",
                               key="profile.error.bad_date", value=value) from None
    raise ProfileError(field, f"must be a date, not {type(value).__name__}", key="profile.error.bad_date",
                       value=str(value))


def _sequence(field: str, value: Any) -> tuple:
    if value is None:
        return ()
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
        raise ProfileError(field, f"must be a list, not {type(value).__name__}")
    return tuple(value)


def _mapping(field: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ProfileError(field, f"must be an object (dict), not {type(value).__name__}")
    return value


def _known(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _prefixed(prefix: str, exc: ProfileError) -> ProfileError:
    """The same error with the field's position in the profile in front."""
    field = f"{prefix}.{exc.field}"
    params = {k: v for k, v in exc.params.items() if k != "field"}
    return ProfileError(field, exc.reason, key=exc.key, **params)


# --------------------------------------------------------------------------- Activity
@dataclass(frozen=True)
class Activity:
    """One activity of the project (5.1.1) and who is responsible for it (5.1.2).

    Parameters
    ----------
    title : str
        What is done, e.g. "อบรมการใช้ระบบลงนามอิเล็กทรอนิกส์".
    start, end : datetime.date or None
        When (the page shows them in the Buddhist era).
    budget : float or None
        Baht; None when the activity has no budget of its own.
    responsible : str
        Name of the person responsible, e.g. "นางสาวสมใจ ใจดี".
    position : str
        That person's position, e.g. "นักจัดการงานทั่วไปชำนาญการ".
    email : str
        That person's e-mail, offered when the project is shared with the
        working group (never written into the evidence pack).

    Raises
    ------
    ProfileError
        A field of the wrong type, a date that is not a date, a negative or
        non-finite budget.
    """
    title: str = ""
    start: _dt.date | None = None
    end: _dt.date | None = None
    budget: float | None = None
    responsible: str = ""
    position: str = ""
    email: str = ""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in ("title", "responsible", "position", "email"):
            set_(self, name, _text(name, getattr(self, name)))
        for name in ("start", "end"):
            set_(self, name, _date(name, getattr(self, name)))
        set_(self, "budget", _number("budget", self.budget, minimum=0))

    @property
    def has_responsible(self) -> bool:
        """True when a person responsible is named (5.1.2)."""
        return bool(self.responsible.strip())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Activity":
        """An activity from :meth:`to_dict` output; unknown keys are ignored."""
        return cls(**_known(cls, _mapping("activity", data)))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types: dates as ISO strings. ``email`` only when there is
        one, so a profile without e-mails is what it was before they existed."""
        out = {"title": self.title,
               "start": self.start.isoformat() if self.start else None,
               "end": self.end.isoformat() if self.end else None,
               "budget": self.budget, "responsible": self.responsible, "position": self.position}
        if self.email:
            out["email"] = self.email
        return out


# --------------------------------------------------------------------------- LogEntry
@dataclass(frozen=True)
class LogEntry:
    """One activity carried out (5.3.1) or one communication to staff (5.2.1).

    Parameters
    ----------
    date : datetime.date or None
        When it happened (shown in the Buddhist era).
    title : str
        What it was: "อบรมการใช้ระบบ e-Sign รุ่นที่ 1", "แจ้งเวียนหนังสือ ที่ สล 0001/ว 12".
    channel : str
        Where or through what: a place for an activity ("ห้องประชุม 1"), a
        channel for a communication (meeting, letter, LINE group, website,
        e-mail...).
    people : int or None
        Participants (activity) or audience reached (communication).
    description : str
        A sentence or two.
    photos : tuple of str
        Names of the photos stored with the project (page "531" / "521").
    """
    date: _dt.date | None = None
    title: str = ""
    channel: str = ""
    people: int | None = None
    description: str = ""
    photos: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in ("title", "channel", "description"):
            set_(self, name, _text(name, getattr(self, name)))
        set_(self, "date", _date("date", self.date))
        people = _number("people", self.people, minimum=0)
        set_(self, "people", None if people is None else int(round(people)))
        photos = _sequence("photos", self.photos)
        for i, name in enumerate(photos):
            if not isinstance(name, str):
                raise ProfileError(f"photos[{i}]", f"must be text, not {type(name).__name__}")
        set_(self, "photos", photos)

    @property
    def is_empty(self) -> bool:
        return not (self.title.strip() or self.date or self.photos)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "LogEntry":
        return cls(**_known(cls, _mapping("entry", data)))

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat() if self.date else None, "title": self.title,
                "channel": self.channel, "people": self.people, "description": self.description,
                "photos": list(self.photos)}


# --------------------------------------------------------------------------- Memo
@dataclass(frozen=True)
class Memo:
    """The header and signature of the report to the supervisor (5.4.4), a
    Thai government memo (บันทึกข้อความ). Filled in once, saved with the project.

    Parameters
    ----------
    office : str
        ส่วนราชการ: the office writing, with its phone number as memos give it.
    ref_no : str
        ที่: the document number, e.g. "สล 0001/123".
    date : datetime.date or None
        วันที่ (shown in the Buddhist era); None: the day the memo is made.
    subject : str
        เรื่อง.
    to : str
        เรียน: whom it is addressed to, e.g. "ผู้อำนวยการ".
    signer_name, signer_position : str
        The signature block.
    kpi_reasons : tuple of (str, str)
        Why a KPI is not met yet, typed by the user: (KPI name, reason)
        pairs, one per KPI (:meth:`reason` looks one up).  A dict
        ``{name: reason}`` is accepted; empty reasons are dropped, and the
        pairs are kept in name order so that equal memos compare equal.
        Keyed by the KPI's name (the name the memo prints) rather than
        stored on :class:`KPI`, so editing the KPI table keeps the reasons.
    problems : str
        ปัญหา อุปสรรค และข้อเสนอแนะ: the user's text, one paragraph a line.

    Projects saved before ``kpi_reasons`` and ``problems`` existed open
    with both empty (no migration).
    """
    office: str = ""
    ref_no: str = ""
    date: _dt.date | None = None
    subject: str = ""
    to: str = ""
    signer_name: str = ""
    signer_position: str = ""
    kpi_reasons: tuple[tuple[str, str], ...] = ()
    problems: str = ""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in ("office", "ref_no", "subject", "to", "signer_name", "signer_position", "problems"):
            set_(self, name, _text(name, getattr(self, name)))
        set_(self, "date", _date("date", self.date))
        set_(self, "kpi_reasons", _reasons("kpi_reasons", self.kpi_reasons))

    def reason(self, kpi_name: str) -> str:
        """The reason typed for the KPI called ``kpi_name`` ("" when none)."""
        key = kpi_name.strip()
        return next((r for name, r in self.kpi_reasons if name == key), "")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Memo":
        return cls(**_known(cls, _mapping("memo", data)))

    def to_dict(self) -> dict[str, Any]:
        return {"office": self.office, "ref_no": self.ref_no,
                "date": self.date.isoformat() if self.date else None, "subject": self.subject, "to": self.to,
                "signer_name": self.signer_name, "signer_position": self.signer_position,
                "kpi_reasons": dict(self.kpi_reasons), "problems": self.problems}


def _reasons(field: str, value: Any) -> tuple[tuple[str, str], ...]:
    """(name, reason) pairs from a dict or a list of pairs; names and reasons
    stripped, empty reasons dropped, sorted by name (the last of a repeated
    name wins)."""
    if value is None:
        return ()
    items = value.items() if isinstance(value, Mapping) else _sequence(field, value)
    out: dict[str, str] = {}
    for i, pair in enumerate(items):
        if isinstance(pair, (str, bytes)) or not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise ProfileError(f"{field}[{i}]", "must be a (KPI name, reason) pair")
        name = _text(f"{field}[{i}]", pair[0]).strip()
        reason = _text(f"{field}[{i}]", pair[1]).strip()
        if name and reason:
            out[name] = reason
    return tuple(sorted(out.items()))


# --------------------------------------------------------------------------- KPI
@dataclass(frozen=True)
class KPI:
    """A key performance indicator: a name, a target and where its value comes from.

    Parameters
    ----------
    name : str
        E.g. "ระยะเวลาอนุมัติเอกสารลดลง".
    op : {">=", "<="}
        Achieved when the measured value is at least (``">="``) or at most
        (``"<="``) the target.  "≥" and "≤" are accepted and stored as
        ``">="`` / ``"<="``.
    target : float or None
        None while the target is not set (the KPI cannot be judged).
    unit : str
        Shown after the numbers, e.g. "%" or "วัน".
    source : str
        ``"manual"`` (the value is typed in: ``manual_value``) or the key of
        a :class:`itastats.criteria.kpi.Source`, e.g.
        ``"541:ระยะเวลาอนุมัติ:pct_reduction"``.
    manual_value : float or None
        The measured value of a manual KPI.

    Raises
    ------
    ProfileError
        An unknown ``op``, an empty ``source``, a non-finite number, a field
        of the wrong type.

    Examples
    --------
    >>> KPI("ความพึงพอใจ", "≥", 80, "%").op
    '>='
    """
    name: str = ""
    op: str = ">="
    target: float | None = None
    unit: str = ""
    source: str = MANUAL
    manual_value: float | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "name", _text("name", self.name))
        set_(self, "unit", _text("unit", self.unit))
        op = _OP_ALIASES.get(self.op.strip()) if isinstance(self.op, str) else None
        if op is None:
            raise ProfileError("op", f"must be one of {', '.join(KPI_OPS)}, not {self.op!r}",
                               key="profile.error.bad_op", value=str(self.op))
        set_(self, "op", op)
        source = self.source if self.source is not None else MANUAL
        if not isinstance(source, str) or not source.strip():
            raise ProfileError("source", "must name a source (\"manual\" or a source key)",
                               key="profile.error.bad_source")
        set_(self, "source", source.strip())
        set_(self, "target", _number("target", self.target))
        set_(self, "manual_value", _number("manual_value", self.manual_value))

    @property
    def is_manual(self) -> bool:
        return self.source == MANUAL

    def met_by(self, value: float) -> bool:
        """True when ``value``, rounded as it is printed (two decimals), reaches
        the target (ValueError without a target)."""
        if self.target is None:
            raise ValueError("the KPI has no target")
        value = rounded(value)
        return value >= self.target if self.op == ">=" else value <= self.target

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "KPI":
        """A KPI from :meth:`to_dict` output; unknown keys are ignored."""
        return cls(**_known(cls, _mapping("kpi", data)))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "op": self.op, "target": self.target, "unit": self.unit,
                "source": self.source, "manual_value": self.manual_value}


def _items(field: str, value: Any, cls: type) -> tuple:
    out = []
    for i, item in enumerate(_sequence(field, value)):
        if isinstance(item, cls):
            out.append(item)
            continue
        if not isinstance(item, Mapping):
            raise ProfileError(f"{field}[{i}]", f"must be a {cls.__name__} or a dict, "
                                               f"not {type(item).__name__}")
        try:
            out.append(cls.from_dict(item))
        except ProfileError as exc:
            raise _prefixed(f"{field}[{i}]", exc) from None
    return tuple(out)


# --------------------------------------------------------------------------- ProjectInfo
@dataclass(frozen=True)
class ProjectInfo:
    """The project profile (5.1.1, 5.1.2) and the inputs of the value calculation.

    Parameters
    ----------
    name, agency, unit : str
        Project name, agency (หน่วยงาน) and unit within it (กลุ่มงาน / ฝ่าย).
    start, end : datetime.date or None
        The project period.
    project_cost : float or None
        The project's total budget in baht.
    cases_per_year : float or None
        Documents / requests handled a year (value for money, 5.4.1).
    staff_cost_per_hour : float or None
        Baht an hour (value for money).
    hours_per_day : float
        Working hours in a day (default 7: 08:30–16:30 less lunch); None
        becomes 7.
    objectives : tuple of str
    activities : tuple of Activity
        Dicts are accepted and turned into :class:`Activity`.
    kpis : tuple of KPI
        Dicts are accepted and turned into :class:`KPI`.
    activity_log : tuple of LogEntry
        Activities carried out (5.3.1), with their photos.
    communications : tuple of LogEntry
        Communication to staff (5.2.1).
    awards : tuple of LogEntry
        Awards, certificates, thank-you letters and news (5.4.2): ``title``
        is what it is, ``channel`` who gave it, ``description`` a note,
        ``photos`` its files (page "542").
    memo : Memo
        The report to the supervisor's header and signature (5.4.4).

    Raises
    ------
    ProfileError
        A malformed value, naming the field (``"kpis[0].target"``).

    Examples
    --------
    >>> p = ProjectInfo(name="สล สุขดี มีคุณธรรม", objectives=["ลดระยะเวลาอนุมัติ"],
    ...                 activities=[{"title": "อบรม", "budget": 20000}])
    >>> ProjectInfo.from_dict(p.to_dict()) == p
    True
    >>> p.activities_budget
    20000.0
    """
    name: str = ""
    agency: str = ""
    unit: str = ""
    start: _dt.date | None = None
    end: _dt.date | None = None
    project_cost: float | None = None        # baht, whole project
    cases_per_year: float | None = None      # documents / requests handled a year
    staff_cost_per_hour: float | None = None  # baht an hour
    hours_per_day: float = DEFAULT_HOURS_PER_DAY  # working hours in a day (Thai civil service: 08:30–16:30 less lunch)
    objectives: tuple[str, ...] = ()
    activities: tuple[Activity, ...] = ()
    kpis: tuple[KPI, ...] = ()
    activity_log: tuple[LogEntry, ...] = ()
    communications: tuple[LogEntry, ...] = ()
    awards: tuple[LogEntry, ...] = ()
    memo: Memo = Memo()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in ("name", "agency", "unit"):
            set_(self, name, _text(name, getattr(self, name)))
        for name in ("start", "end"):
            set_(self, name, _date(name, getattr(self, name)))
        for name in ("project_cost", "cases_per_year", "staff_cost_per_hour"):
            set_(self, name, _number(name, getattr(self, name), minimum=0))
        hours = _number("hours_per_day", self.hours_per_day, positive=True, maximum=24)
        set_(self, "hours_per_day", DEFAULT_HOURS_PER_DAY if hours is None else hours)
        objectives = _sequence("objectives", self.objectives)
        for i, text in enumerate(objectives):
            if not isinstance(text, str):
                raise ProfileError(f"objectives[{i}]", f"must be text, not {type(text).__name__}")
        set_(self, "objectives", objectives)
        set_(self, "activities", _items("activities", self.activities, Activity))
        set_(self, "kpis", _items("kpis", self.kpis, KPI))
        set_(self, "activity_log", _items("activity_log", self.activity_log, LogEntry))
        set_(self, "communications", _items("communications", self.communications, LogEntry))
        set_(self, "awards", _items("awards", self.awards, LogEntry))
        if isinstance(self.memo, Mapping):
            try:
                set_(self, "memo", Memo.from_dict(self.memo))
            except ProfileError as exc:
                raise _prefixed("memo", exc) from None
        elif not isinstance(self.memo, Memo):
            raise ProfileError("memo", f"must be a Memo or a dict, not {type(self.memo).__name__}")

    # ---- derived
    @property
    def activities_budget(self) -> float | None:
        """Sum of the activities' budgets (baht); None when no activity has one."""
        budgets = [a.budget for a in self.activities if a.budget is not None]
        return math.fsum(budgets) if budgets else None

    # ---- (de)serialising
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ProjectInfo":
        """A profile from :meth:`to_dict` output (or an older version's).

        Unknown keys are ignored, missing keys get their defaults.

        Raises
        ------
        ProfileError
            ``data`` is not a mapping, or a value is malformed (the error's
            ``field`` names it).
        """
        return cls(**_known(cls, _mapping("project", data)))

    @classmethod
    def from_json(cls, text: str) -> "ProjectInfo":
        """A profile from JSON text (ProfileError for text that is not JSON)."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise ProfileError("project", f"is not valid JSON: {exc}", key="profile.error.not_json") from None
        return cls.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types: dates as ISO strings, tuples as lists."""
        return {
            "name": self.name, "agency": self.agency, "unit": self.unit,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "project_cost": self.project_cost, "cases_per_year": self.cases_per_year,
            "staff_cost_per_hour": self.staff_cost_per_hour, "hours_per_day": self.hours_per_day,
            "objectives": list(self.objectives),
            "activities": [a.to_dict() for a in self.activities],
            "kpis": [k.to_dict() for k in self.kpis],
            "activity_log": [e.to_dict() for e in self.activity_log],
            "communications": [e.to_dict() for e in self.communications],
            "awards": [e.to_dict() for e in self.awards],
            "memo": self.memo.to_dict(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------- the memo's header as printed
@dataclass(frozen=True)
class MemoHeader:
    """The 5.4.4 memo's header as it is printed: what was typed, or what the
    profile gives for a field left empty (the grey example on the page).

    ``office``: typed, else the agency and unit; ``subject``: typed ("" when
    not: the memo then names the project, see :attr:`missing`); ``to``:
    typed only ("" prints a generic addressee); ``signer_name`` and
    ``signer_position``: typed, else the first activity's person responsible
    and their position.  The report (:mod:`itastats.outputs.report`) and
    the checklist read this one object, so the checklist says "filled" exactly
    when the memo has no blank."""
    office: str
    subject: str
    to: str
    signer_name: str
    signer_position: str
    project_name: str

    @property
    def missing(self) -> tuple[str, ...]:
        """The header fields the memo leaves blank or generic, in the page's order."""
        have = {"office": self.office, "subject": self.subject or self.project_name, "to": self.to,
                "signer_name": self.signer_name, "signer_position": self.signer_position}
        return tuple(k for k, v in have.items() if not v)


def memo_header(profile: "ProjectInfo") -> MemoHeader:
    """The memo header of ``profile`` as printed (see :class:`MemoHeader`)."""
    p, m = profile, profile.memo
    office = m.office.strip() or " ".join(x for x in (p.agency.strip(), p.unit.strip()) if x)
    signer = next((a for a in p.activities if a.has_responsible), None)
    if m.signer_name.strip():
        name, position = m.signer_name.strip(), m.signer_position.strip()
    elif signer is not None:
        name, position = signer.responsible.strip(), m.signer_position.strip() or signer.position.strip()
    else:
        name, position = "", m.signer_position.strip()
    return MemoHeader(office=office, subject=m.subject.strip(), to=m.to.strip(), signer_name=name,
                      signer_position=position, project_name=p.name.strip())
