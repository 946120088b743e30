"""Which page a file belongs to, told by its content: one drop for all files.

:func:`classify` reads a file with the library's own readers, strictest
first, and says where it goes and why (a message key and its numbers):

=========  ===========================================================
"543"      a satisfaction survey (at least 3 rating-scale questions)
"532t"     pre-test / post-test scores (a name and both scores)
"532h"     the staff: a table of counts per unit, or a staff list
"532"      attendance: a sign-in sheet, a Zoom or Teams report, a check-in form
"541"      before/after data whose headers or cells say before and after, or counts that
           could be tested without such words (complaints by fiscal year: 2567, 2568)
"log"      an activity (5.3.1) or communication (5.2.1) log
"531"      a photo (an image file); "521"/"542" when its name starts so
None       not used, with the reason (a stray ``a,b\\n1,2`` table is not 5.4.1)
=========  ===========================================================

A user can move a file to another page or leave it out (:func:`targets`
lists where a file may go); this only guesses.  :func:`attach_photos` says
which log entry each photo joins, as the log pages' photo step would, and
:data:`PAGE_FILE` names the app page that shows each destination.
"""
from __future__ import annotations

import re
import datetime as _dt
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Sequence

from ..read import columns
from . import checklist
from .project import LogEntry

__all__ = ["Placement", "classify", "targets", "attach_photos", "Attached", "SHEETS", "IMAGES", "PAGES",
           "PAGE_FILE", "PHOTO_PAGES", "LOG_PAGES"]

SHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")
IMAGES = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif")
PAGES = ("541", "543", "532", "532h", "532t", "531", "521", "542", "log:activity", "log:communication")
SHEET_PAGES = ("541", "543", "532", "532h", "532t", "log:activity", "log:communication")
PHOTO_PAGES = {"531": "activity", "521": "communication", "542": "award"}
"""A photo's page and the log (kind) whose entries it is attached to."""
LOG_PAGES = {"log:activity": "activity", "log:communication": "communication"}
PAGE_FILE = {"541": checklist.PAGE_541, "543": checklist.PAGE_543, "532": checklist.PAGE_532,
             "532h": checklist.PAGE_532, "532t": checklist.PAGE_532, "531": checklist.PAGE_531,
             "521": checklist.PAGE_521, "542": checklist.PAGE_542, "log:activity": checklist.PAGE_531,
             "log:communication": checklist.PAGE_521}
"""The app page that shows what was put on each destination."""

_WORDS_BEFORE = re.compile("|".join(re.escape(w) for w in columns._BEFORE_TH) + r"|\b(before|pre_?test|baseline)\b",
                           re.IGNORECASE)
_WORDS_AFTER = re.compile("|".join(re.escape(w) for w in columns._AFTER_TH) + r"|\b(after|post_?test)\b",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Placement:
    """Where one file goes.  ``page`` is one of :data:`PAGES` or None (not
    used); ``reason`` a message key with ``params``; ``entries`` the log's
    rows when it is a log."""
    name: str
    page: str | None
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)
    entries: tuple = ()


def _says_before_and_after(data: bytes, name: str) -> bool:
    """The sheet's header or cells name a before and an after (words, not positions)."""
    from ..read import reading
    try:
        wb = reading.read_workbook(data, name)
    except Exception:  # noqa: BLE001 - unreadable: not 5.4.1
        return False
    for sh in wb.sheets:
        text = " ".join(str(v) for row in sh.rows[:60] for v in row if v is not None)
        if _WORDS_BEFORE.search(text) and _WORDS_AFTER.search(text):
            return True
    return False


def _tested_counts(data: bytes, name: str) -> list:
    """Count metrics of the file that were tested (a sheet of yearly counts says no ก่อน/หลัง)."""
    from .workflow import analyze_file
    try:
        return [m for m in analyze_file(data, name).metrics if m.counts is not None and m.tested]
    except Exception:  # noqa: BLE001 - unreadable: not 5.4.1
        return []


def classify(name: str, data: bytes) -> Placement:
    """Where the file ``name`` goes, from its content (never from its name,
    but for photos of 5.2.1/5.4.2 named so)."""
    from . import activities, attendance, learning, survey
    from .workflow import analyze_file
    low = name.lower()
    if low.endswith(IMAGES):
        try:
            activities.prepare_photo(data, name)
        except Exception:  # noqa: BLE001 - not a picture after all
            return Placement(name, None, "intake.reason.bad_image")
        page = "542" if low.startswith("542") else "521" if low.startswith("521") else "531"
        return Placement(name, page, f"intake.reason.photo_{page}")
    if low.endswith(".pdf"):
        if data.startswith(b"%PDF"):
            return Placement(name, "542", "intake.reason.pdf")
        return Placement(name, None, "intake.reason.not_pdf")
    if not low.endswith(SHEETS):
        return Placement(name, None, "intake.reason.kind", {"ext": name.rsplit(".", 1)[-1] if "." in name else ""})
    try:
        items = survey.analyze_file(data, name).items
        if len(items) >= 3:
            return Placement(name, "543", "intake.reason.survey", {"n": len(items)})
    except Exception:  # noqa: BLE001 - not a survey
        pass
    try:
        s = learning.read_scores(data, name)
        if s.pre is not None and s.post is not None and (s.name_column or s.id_column):
            return Placement(name, "532t", "intake.reason.scores", {"n": int(len(s.pre))})
    except Exception:  # noqa: BLE001
        pass
    if attendance.is_staff_list(data, name):
        hc = attendance.read_headcount(data, name)
        return Placement(name, "532h", "intake.reason.staff_list", {"n": len(hc.staff), "units": len(hc.units)})
    try:
        f, _ = attendance.read_attendance(data, name)
        if f.kind in (attendance.ZOOM, attendance.TEAMS, attendance.SIGNIN, attendance.FORMS) and f.records > 0:
            return Placement(name, "532", f"intake.reason.attendance_{f.kind}", {"n": f.records})
    except Exception:  # noqa: BLE001
        pass
    if _says_before_and_after(data, name):
        try:
            metrics = analyze_file(data, name).metrics
        except Exception:  # noqa: BLE001
            metrics = ()
        if metrics:
            return Placement(name, "541", "intake.reason.before_after",
                             {"n": len(metrics), "names": ", ".join(m.name for m in metrics[:3])})
    else:
        counted = _tested_counts(data, name)
        if counted:
            return Placement(name, "541", "intake.reason.counts",
                             {"n": len(counted), "names": ", ".join(m.name for m in counted[:3])})
    try:
        entries, _ = activities.read_log(data, name, kind=activities.ACTIVITY)
        entries = tuple(e for e in entries if e.title)
        if entries and any(e.date for e in entries):
            kind = activities.log_kind_by_words(data, name)
            if kind is None:                       # the header does not say: most channels known is communication
                known = sum(1 for e in entries if activities.channel_key(e.channel) is not None)
                kind = activities.COMMUNICATION if known * 2 > len(entries) else activities.ACTIVITY
            if kind == activities.COMMUNICATION:
                entries = tuple(e for e in activities.read_log(data, name, kind=kind)[0] if e.title)
            return Placement(name, f"log:{kind}", f"intake.reason.log_{kind}", {"n": len(entries)}, entries)
    except Exception:  # noqa: BLE001
        pass
    try:
        hc = attendance.read_headcount(data, name)
        if len(hc.units) >= 2:
            return Placement(name, "532h", "intake.reason.headcount", {"units": len(hc.units), "n": hc.total})
    except Exception:  # noqa: BLE001
        pass
    return Placement(name, None, "intake.reason.unknown")


def targets(name: str) -> tuple[str | None, ...]:
    """Where the file ``name`` may be moved to (None: not used): a picture
    to a photo page, a PDF to 5.4.2, a sheet to any page that reads sheets."""
    low = name.lower()
    if low.endswith(IMAGES):
        return ("531", "521", "542", None)
    if low.endswith(".pdf"):
        return ("542", None)
    if low.endswith(SHEETS):
        return SHEET_PAGES + (None,)
    return (None,)


@dataclass(frozen=True)
class Attached:
    """Which entry (index into the returned entries) a photo joined, and why:
    ``reason`` is ``"same_day"`` (taken on the entry's date), ``"nearest_day"``,
    ``"fewest"`` (no date taken: the entry with the fewest photos) or
    ``"new"`` (no entry yet: a new one, dated when the photo was taken)."""
    name: str
    index: int
    reason: str


def attach_photos(entries: Sequence[LogEntry], photos: Sequence[tuple[str, _dt.date | None]], *,
                  untitled: str = "") -> tuple[tuple[LogEntry, ...], tuple[Attached, ...]]:
    """Attach stored photos to a log's entries, as a user would on its page.

    Parameters
    ----------
    entries : sequence of LogEntry
        The log as it stands (activities, communications or awards).
    photos : sequence of (name, date taken or None)
        The photos' stored names, and the date each was taken (EXIF), if known.
    untitled : str
        The title of a new entry made for photos without a date when the log
        is empty (a dated entry keeps an empty title for the user to type; an
        entry with neither would be dropped by the page's table).

    Returns
    -------
    entries : tuple of LogEntry
        The log with each photo's name added to one entry (new entries at the end).
    attached : tuple of Attached
        Where each photo went and why, in the order given.
    """
    out = list(entries)
    made: set[int] = set()                       # entries made here (the log had none for that day)
    done: list[Attached] = []
    for name, taken in photos:
        same = [i for i, e in enumerate(out) if taken is not None and e.date == taken]
        dated = [i for i, e in enumerate(out) if e.date is not None]
        if same:
            index = same[0]
            reason = "new" if index in made else "same_day"
        elif taken is not None and len(made) == len(out):        # an empty log: one new entry per day
            out.append(LogEntry(date=taken))
            index, reason = len(out) - 1, "new"
            made.add(index)
        elif taken is not None and dated:
            index = min(dated, key=lambda i: (abs((out[i].date - taken).days), i))
            reason = "nearest_day"
        elif out:
            index = min(range(len(out)), key=lambda i: (len(out[i].photos), i))
            reason = "new" if index in made else "fewest"
        else:
            out.append(LogEntry(date=taken, title="" if taken else untitled))
            index, reason = len(out) - 1, "new"
            made.add(index)
        out[index] = replace(out[index], photos=tuple(out[index].photos) + (name,))
        done.append(Attached(name, index, reason))
    return tuple(out), tuple(done)
