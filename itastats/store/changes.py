"""A project's change log in words: one sentence per :class:`~itastats.store.Change`,
with the time in Thailand's time zone and, in Thai, the Buddhist-era year.

Examples
--------
>>> import datetime as dt
>>> from itastats.store.records import Change
>>> c = Change(dt.datetime(2026, 3, 2, 3, 4, tzinfo=dt.timezone.utc), "a@x.go.th", "file_added",
...            {"page": "541", "name": "เวลา.xlsx"})
>>> describe(c, "th"), when(c.at, "th")
('เพิ่มไฟล์ “เวลา.xlsx” (5.4.1)', '2 มี.ค. 2569 เวลา 10:04 น.')
>>> describe(c, "en"), when(c.at, "en")
('added the file “เวลา.xlsx” (5.4.1)', '2 Mar 2026, 10:04')
"""
from __future__ import annotations

import datetime as dt

from ..i18n import fmt
from ..i18n.catalog import has, t
from .records import Change

__all__ = ["describe", "when", "role_text", "THAILAND", "PAGE_CODES"]

THAILAND = dt.timezone(dt.timedelta(hours=7), "ICT")
"""Thailand keeps one offset all year (no daylight saving)."""
PAGE_CODES = {"541": "5.4.1", "543": "5.4.3", "532": "5.3.2", "532h": "5.3.2", "532t": "5.3.2",
              "531": "5.3.1", "521": "5.2.1", "542": "5.4.2"}
"""The criterion of each page a file can be uploaded on."""


def role_text(role: str, lang: str) -> str:
    """"ดูอย่างเดียว" / "viewer"..."""
    return t(f"role.{role}", lang) if has(f"role.{role}") else role


def when(at: dt.datetime, lang: str) -> str:
    """The time of a change, in Thailand's time zone."""
    local = at.astimezone(THAILAND)
    return t("chg.when", lang, date=fmt.date(local.date(), lang), time=local.strftime("%H:%M"))


def describe(change: Change, lang: str) -> str:
    """What the change was, as a phrase (its subject is the user in the log's "who" column)."""
    d = change.detail or {}
    if change.action == "created":
        how = d.get("how", "new")
        key = f"chg.created.{how}" if has(f"chg.created.{how}") else "chg.created.new"
        return t(key, lang, source=str(d.get("source", "")))
    if change.action == "profile":
        fields = [t(f"chg.f.{f}", lang) if has(f"chg.f.{f}") else t("chg.f.other", lang)
                  for f in d.get("fields", [])] or [t("chg.f.other", lang)]
        return t("chg.profile", lang, fields=t("chg.sep", lang).join(dict.fromkeys(fields)))
    if change.action in ("file_added", "file_removed"):
        page = str(d.get("page", ""))
        return t(f"chg.{change.action}", lang, name=str(d.get("name", "")), page=PAGE_CODES.get(page, page))
    if change.action == "shared":
        return t("chg.shared", lang, email=str(d.get("email", "")), role=role_text(str(d.get("role", "")), lang))
    if change.action == "unshared":
        return t("chg.unshared", lang, email=str(d.get("email", "")))
    if change.action == "choices":
        return t("chg.choices", lang)
    return t("chg.other", lang)
