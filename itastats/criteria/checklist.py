"""Which evidence of ITA criterion 5 (5.1.1–5.4.4) a project already has.

:func:`checklist` looks at the project profile and the 5.4.1 results and
returns one :class:`ChecklistItem` per criterion item, each with a status:

``done``     the evidence is complete;
``partial``  started, something is missing (``params["missing"]`` lists what);
``missing``  nothing yet;
``later``    the page that produces it is not in this version yet
             (none since the 5.4.2 and 5.4.4 pages came).

Each item names the page that produces it (``page``), so the home page can
link to it.  Texts are message keys; :func:`item_text` turns an item into
words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from ..i18n import fmt as _fmt
from ..i18n.catalog import t
from .project import ProjectInfo, memo_header

if TYPE_CHECKING:         # the statistics (numpy) are imported by whoever made the results
    from ..stats.analysis import MetricResult

__all__ = ["ChecklistItem", "checklist", "item_text", "CODES", "STATUSES", "PROFILE_FIELDS",
           "PAGE_PROJECT", "PAGE_541"]

CODES = ("5.1.1", "5.1.2", "5.2.1", "5.3.1", "5.3.2", "5.4.1", "5.4.2", "5.4.3", "5.4.4")
STATUSES = ("done", "partial", "missing", "later")
LATER: tuple[str, ...] = ()
PROFILE_FIELDS = ("name", "objectives", "activities", "budget", "period", "kpis")
"""What 5.1.1 needs, in the order a page lists what is missing."""

PAGE_PROJECT = "app_pages/project.py"
PAGE_541 = "app_pages/compare_541.py"
PAGE_543 = "app_pages/survey_543.py"
PAGE_521 = "app_pages/communication_521.py"
PAGE_531 = "app_pages/activities_531.py"
PAGE_532 = "app_pages/participation_532.py"
PAGE_542 = "app_pages/awards_542.py"
PAGE_544 = "app_pages/report_544.py"
MEMO_FIELDS = ("office", "subject", "to", "signer_name", "signer_position")
"""What the 5.4.4 memo needs typed in (the number and date may be left to the registry)."""


@dataclass(frozen=True)
class ChecklistItem:
    """One item of criterion 5's evidence and where the project stands.

    Attributes
    ----------
    code : str
        "5.1.1" ... "5.4.4".
    title_key : str
        Message key of the item's title ("checklist.title.5.1.1").
    status : {"done", "partial", "missing", "later"}
    detail_key : str
        Message key of a line on what is there or what is missing.
    params : Mapping
        Language-neutral parameters: ``missing`` (tuple of field codes, see
        :data:`PROFILE_FIELDS`), counts (``n``, ``total``, ``metrics``,
        ``tested``) and, for 5.1.2, ``activities`` (titles without a person
        responsible).  :func:`item_text` turns them into words.
    page : str or None
        The page file that produces the evidence, None for ``"later"``.
    """
    code: str
    title_key: str
    status: str
    detail_key: str
    params: Mapping[str, Any] = field(default_factory=dict)
    page: str | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {self.status!r}")
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


def _filled(text: str) -> bool:
    return bool(text and text.strip())


def _item_511(p: ProjectInfo) -> ChecklistItem:
    missing = []
    if not _filled(p.name):
        missing.append("name")
    if not any(_filled(o) for o in p.objectives):
        missing.append("objectives")
    if not any(_filled(a.title) for a in p.activities):
        missing.append("activities")
    if p.project_cost is None or p.project_cost <= 0:
        missing.append("budget")
    if p.start is None or p.end is None or p.end < p.start:
        missing.append("period")
    if not any(_filled(k.name) for k in p.kpis):
        missing.append("kpis")
    params: dict[str, Any] = {"missing": tuple(missing), "n": len(PROFILE_FIELDS) - len(missing),
                              "total": len(PROFILE_FIELDS)}
    warnings = []
    if p.start and p.end and p.end < p.start:
        warnings.append("period_order")
    spent = p.activities_budget
    if spent is not None and p.project_cost is not None and spent > p.project_cost + 0.005:
        warnings.append("budget_over")
        params["activities_budget"] = spent
        params["project_cost"] = p.project_cost
    params["warnings"] = tuple(warnings)
    if not missing:
        return ChecklistItem("5.1.1", "checklist.title.5.1.1", "done", "checklist.detail.5.1.1.done",
                             params, PAGE_PROJECT)
    if len(missing) == len(PROFILE_FIELDS):
        return ChecklistItem("5.1.1", "checklist.title.5.1.1", "missing", "checklist.detail.5.1.1.missing",
                             params, PAGE_PROJECT)
    return ChecklistItem("5.1.1", "checklist.title.5.1.1", "partial", "checklist.detail.5.1.1.partial",
                         params, PAGE_PROJECT)


def _item_512(p: ProjectInfo) -> ChecklistItem:
    acts = [a for a in p.activities if _filled(a.title) or a.has_responsible]
    without = tuple(a.title.strip() or f"#{i + 1}" for i, a in enumerate(acts) if not a.has_responsible)
    params = {"n": len(acts) - len(without), "total": len(acts), "activities": without}
    args = ("5.1.2", "checklist.title.5.1.2")
    if not acts:
        return ChecklistItem(*args, "missing", "checklist.detail.5.1.2.no_activities", params, PAGE_PROJECT)
    if not without:
        return ChecklistItem(*args, "done", "checklist.detail.5.1.2.done", params, PAGE_PROJECT)
    if len(without) == len(acts):
        return ChecklistItem(*args, "missing", "checklist.detail.5.1.2.missing", params, PAGE_PROJECT)
    return ChecklistItem(*args, "partial", "checklist.detail.5.1.2.partial", params, PAGE_PROJECT)


def _has_test(r: MetricResult) -> bool:
    return r.tested                       # a comparison of cases, or a test of counts, with a p-value


def _item_541(results: Sequence[MetricResult], files: int) -> ChecklistItem:
    tested = sum(1 for r in results if _has_test(r))
    aggregate = sum(1 for r in results if r.comparison is None and r.counts is None and r.change is not None)
    params = {"metrics": len(results), "tested": tested, "aggregate": aggregate, "files": files}
    args = ("5.4.1", "checklist.title.5.4.1")
    if tested or aggregate:
        return ChecklistItem(*args, "done", "checklist.detail.5.4.1.done", params, PAGE_541)
    if results or files:
        return ChecklistItem(*args, "partial", "checklist.detail.5.4.1.partial", params, PAGE_541)
    return ChecklistItem(*args, "missing", "checklist.detail.5.4.1.missing", params, PAGE_541)


def _item_543(survey, files: int) -> ChecklistItem:
    args = ("5.4.3", "checklist.title.5.4.3")
    if survey is not None and survey.items and survey.overall.mean is not None:
        params = {"respondents": survey.respondents, "items": len(survey.items),
                  "pct": f"{survey.overall.pct:.2f}" if survey.overall.pct is not None else "—"}
        return ChecklistItem(*args, "done", "checklist.detail.5.4.3.done", params, PAGE_543)
    if files:
        return ChecklistItem(*args, "partial", "checklist.detail.5.4.3.partial", {"files": files}, PAGE_543)
    return ChecklistItem(*args, "missing", "checklist.detail.5.4.3.missing", {}, PAGE_543)


def _item_log(code: str, entries: Sequence, page: str) -> ChecklistItem:
    """5.2.1 / 5.3.1: entries with a date and a title; 5.3.1 also wants photos."""
    args = (code, f"checklist.title.{code}")
    dated = [e for e in entries if e.date and e.title.strip()]
    photos = sum(len(e.photos) for e in entries)
    params = {"n": len(dated), "total": len(entries), "photos": photos,
              "people": sum(e.people or 0 for e in dated)}
    wants_photos = code == "5.3.1"
    if dated and (photos or not wants_photos) and len(dated) == len(entries):
        return ChecklistItem(*args, "done", f"checklist.detail.{code}.done", params, page)
    if entries:
        return ChecklistItem(*args, "partial", f"checklist.detail.{code}.partial", params, page)
    return ChecklistItem(*args, "missing", f"checklist.detail.{code}.missing", params, page)


def _item_542(p: ProjectInfo) -> ChecklistItem:
    """5.4.2: awards, certificates, thanks and news, each dated and named."""
    args = ("5.4.2", "checklist.title.5.4.2")
    dated = [e for e in p.awards if e.date and e.title.strip()]
    params = {"n": len(dated), "total": len(p.awards), "files": sum(len(e.photos) for e in p.awards)}
    if dated and len(dated) == len(p.awards):
        return ChecklistItem(*args, "done", "checklist.detail.5.4.2.done", params, PAGE_542)
    if p.awards:
        return ChecklistItem(*args, "partial", "checklist.detail.5.4.2.partial", params, PAGE_542)
    return ChecklistItem(*args, "missing", "checklist.detail.5.4.2.missing", params, PAGE_542)


def _item_544(p: ProjectInfo) -> ChecklistItem:
    """5.4.4: the memo's header and signature as printed (typed, or taken from
    the profile where the page shows it as the grey example); its body is
    written from the results."""
    args = ("5.4.4", "checklist.title.5.4.4")
    missing = memo_header(p).missing
    params = {"missing": missing, "n": len(MEMO_FIELDS) - len(missing), "total": len(MEMO_FIELDS)}
    if not missing:
        return ChecklistItem(*args, "done", "checklist.detail.5.4.4.done", params, PAGE_544)
    if len(missing) < len(MEMO_FIELDS):
        return ChecklistItem(*args, "partial", "checklist.detail.5.4.4.partial", params, PAGE_544)
    return ChecklistItem(*args, "missing", "checklist.detail.5.4.4.missing", params, PAGE_544)


def _item_532(attendance, learning, files: int) -> ChecklistItem:
    """5.3.2: who took part (attendance) and what they learned (pre/post test)."""
    args = ("5.3.2", "checklist.title.5.3.2")
    took_part = attendance is not None and attendance.attendees > 0
    learned = learning is not None and learning.n_paired > 0
    rated = took_part and attendance.rate is not None
    params = {"attendees": attendance.attendees if took_part else 0,
              "staff": attendance.staff_counted if rated else 0,
              "headcount": attendance.headcount_total if rated else 0,
              "rate": _fmt.num(attendance.rate, 2) if rated else "—",
              "paired": learning.n_paired if learned else 0, "files": files}
    if took_part and learned:
        return ChecklistItem(*args, "done", "checklist.detail.5.3.2.done" if rated else
                             "checklist.detail.5.3.2.done_no_rate", params, PAGE_532)
    if took_part:
        return ChecklistItem(*args, "partial", "checklist.detail.5.3.2.no_learning", params, PAGE_532)
    if learned:
        return ChecklistItem(*args, "partial", "checklist.detail.5.3.2.no_attendance", params, PAGE_532)
    if files:
        return ChecklistItem(*args, "partial", "checklist.detail.5.3.2.unread", params, PAGE_532)
    return ChecklistItem(*args, "missing", "checklist.detail.5.3.2.missing", params, PAGE_532)


def checklist(profile: ProjectInfo, results_541: Sequence[MetricResult] = (), *,
              files_541: int = 0, survey=None, files_543: int = 0, attendance=None, learning=None,
              files_532: int = 0) -> list[ChecklistItem]:
    """The evidence checklist of criterion 5, in the order of the criteria.

    Parameters
    ----------
    profile : ProjectInfo
        The project profile (5.1.1, 5.1.2).
    results_541 : sequence of MetricResult
        What the 5.4.1 page computed from the uploaded files (empty when
        nothing was uploaded).
    files_541 : int
        How many files were uploaded on the 5.4.1 page; files that gave no
        usable metric make 5.4.1 "partial" rather than "missing".

    Returns
    -------
    list of ChecklistItem
        5.1.1, 5.1.2, 5.2.1, 5.3.1, 5.3.2, 5.4.1, 5.4.2, 5.4.3, 5.4.4.

    Notes
    -----
    - 5.1.1 is done when the name, at least one objective, one activity, the
      total budget (> 0), the period (end not before start) and one KPI are
      there; partial with ``params["missing"]`` otherwise.
    - 5.1.2 is done when every activity names a person responsible.
    - 5.4.1 is done with at least one metric with a significance test, or
      an aggregate metric (one number before and after); partial when files
      were uploaded (``files_541``) or gave metrics, but none could be tested.
    - 5.4.3 is done when a survey (``survey``: a SurveyResult) gave item
      scores and an overall mean; partial when files were uploaded
      (``files_543``) but gave none.
    - 5.2.1 is done when every communication in the profile has a date and a
      title; 5.3.1 the same for the activity log, with at least one photo.
    - 5.4.2 is done when every entry of the awards register has a date and a
      title; 5.4.4 when the memo's office, subject, addressee and signer
      are typed in (the body is written from the results).
    - 5.3.2 is done with attendance (``attendance``: an AttendanceResult with
      attendees) and a pre/post test (``learning``: a LearningResult with
      paired scores); partial with one of them, or with files
      (``files_532``) that gave neither.
    """
    if not isinstance(profile, ProjectInfo):
        raise TypeError(f"profile must be a ProjectInfo, not {type(profile).__name__}")
    results = list(results_541 or ())
    if results:
        from ..stats.analysis import MetricResult
    for r in results:
        if not isinstance(r, MetricResult):
            raise TypeError(f"results_541 must hold MetricResult objects, not {type(r).__name__}")
    if isinstance(files_541, bool) or not isinstance(files_541, int) or files_541 < 0:
        raise ValueError(f"files_541 must be a count (int >= 0), not {files_541!r}")
    items = {"5.1.1": _item_511(profile), "5.1.2": _item_512(profile),
             "5.4.1": _item_541(results, files_541), "5.4.3": _item_543(survey, files_543),
             "5.2.1": _item_log("5.2.1", profile.communications, PAGE_521),
             "5.3.1": _item_log("5.3.1", profile.activity_log, PAGE_531),
             "5.3.2": _item_532(attendance, learning, files_532),
             "5.4.2": _item_542(profile), "5.4.4": _item_544(profile)}
    for code in LATER:
        items[code] = ChecklistItem(code, f"checklist.title.{code}", "later", "checklist.detail.later", {}, None)
    return [items[code] for code in CODES]


def _words(codes: Sequence[str], lang: str) -> str:
    return t("checklist.list_sep", lang).join(t(f"checklist.field.{c}", lang) for c in codes)


def item_text(item: ChecklistItem, lang: str = "th") -> tuple[str, str]:
    """``(title, detail)`` of an item in ``lang``.

    The title starts with the code ("5.1.1 รายละเอียดโครงการ ..."); the
    detail says what is there or what is still missing, with any warnings
    (activities costing more than the total budget, a period that ends
    before it starts) after it.
    """
    title = f"{item.code} {t(item.title_key, lang)}"
    p = dict(item.params)
    fmt_params: dict[str, Any] = {k: v for k, v in p.items() if isinstance(v, (int, float, str))}
    if "missing" in p:
        fmt_params["missing"] = _words(p["missing"], lang)
    if "activities" in p:
        fmt_params["activities"] = t("checklist.list_sep", lang).join(p["activities"])
    detail = t(item.detail_key, lang, **fmt_params)
    for w in p.get("warnings", ()):
        detail += " " + t(f"checklist.warning.{w}", lang,
                          activities_budget=_fmt.smart(p.get("activities_budget")),
                          project_cost=_fmt.smart(p.get("project_cost")))
    return title, detail
