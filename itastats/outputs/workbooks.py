"""The evidence pack's workbooks (openpyxl), one per ITA criterion 5 part.

Every workbook is laid out as :mod:`itastats.outputs.survey_xlsx` lays out the
satisfaction table: font "TH Sarabun New" 16 pt, a merged title row, a
shaded header row, thin borders on every table cell, column widths set for
Thai text.  Every sheet ends with a footer row (and the printed page footer
says the same): the project, the date made in the Buddhist era, the
fingerprint of the input files the sheet was computed from
(:meth:`itastats.criteria.evidence.Evidence.fingerprint`) and the itastats version,
so an assessor can trace any number to its source.

Builders (each returns the xlsx file as bytes):

* :func:`profile_xlsx` 5.1.1 project profile, objectives, activities, KPIs
* :func:`roster_xlsx` 5.1.2 who is responsible for each activity
* :func:`results_541_xlsx` 5.4.1 one row per metric, and value for money
* :func:`participation_xlsx` 5.3.2 by unit, by session, names merged, pre/post test
* :func:`awards_xlsx` 5.4.2 awards and thanks register
* :func:`log_xlsx` 5.3.1 activity log or 5.2.1 communication log
"""
from __future__ import annotations

import copy as _copy
import datetime as _dt
import io
import math
from typing import Any, Mapping, Sequence

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .. import __version__
from ..i18n import fmt
from ..criteria.evidence import PAGE_521, PAGE_531, PAGE_532, PAGE_532H, PAGE_532T, PAGE_541, PAGE_542, PAGE_543
from ..i18n.catalog import t
from ..criteria.project import LogEntry, ProjectInfo
from . import cellsafe

__all__ = ["profile_xlsx", "roster_xlsx", "results_541_xlsx", "participation_xlsx", "awards_xlsx", "log_xlsx",
           "add_footer", "footer_text", "PAGES", "FONT_NAME", "FONT_SIZE"]

FONT_NAME = "TH Sarabun New"
FONT_SIZE = 16
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9E2EA")
_DIM_FILL = PatternFill("solid", fgColor="EFF4F8")
_NUM2 = "#,##0.00"
_INT = "#,##0"
_P = "[<0.001]\"< .001\";.000"      # p as every other file prints it (fmt.p_value): ".003", "< .001"

PAGES: Mapping[str, tuple[str, ...]] = {
    # the inputs each part is computed from (its footer's fingerprint): page codes for files,
    # "profile[:field]" for what was typed in; () = everything
    "profile": ("profile",), "roster": ("profile:activities",),
    "521": (PAGE_521, "profile:communications"), "531": (PAGE_531, "profile:activity_log"),
    "532": (PAGE_532, PAGE_532H), "532t": (PAGE_532T,), "participation": (PAGE_532, PAGE_532H, PAGE_532T),
    "541": (PAGE_541,), "542": (PAGE_542, "profile:awards"), "543": (PAGE_543,),
}
"""Input pages of each part: the fingerprint in its footer is ``Evidence.fingerprint(*PAGES[part])``."""


# ---------------------------------------------------------------- footer
def footer_text(project_name: str, fingerprint: str, *, lang: str = "th", made_on: _dt.date | None = None) -> str:
    """"โครงการ … · จัดทำเมื่อ 24 พ.ย. 2569 · ข้อมูลต้นทาง 1a2b3c4d5e6f · itastats 0.6"."""
    made_on = made_on or _dt.date.today()
    name = " ".join((project_name or "").split()) or t("pack.no_name", lang)
    return t("pack.footer", lang, project=name, date=fmt.date(made_on, lang), fp=fingerprint, version=__version__)


def _ev_footer(ev: Any, part: str, lang: str, made_on: _dt.date | None) -> str:
    return footer_text(ev.profile.name, ev.fingerprint(*PAGES[part]), lang=lang, made_on=made_on)


# ---------------------------------------------------------------- the sheet writer
def _font(bold: bool = False, size: int = FONT_SIZE, color: str | None = None) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, color=color)


def _clean_number(x: Any) -> Any:
    if x is None or isinstance(x, bool):
        return x
    if hasattr(x, "item") and not isinstance(x, (str, bytes)):
        x = x.item()
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


class _Sheet:
    """Rows written top to bottom on one worksheet of ``ncols`` columns."""

    def __init__(self, ws, title: str, widths: Sequence[float], *, landscape: bool = False):
        self.ws = ws
        ws.title = title[:31]
        self.n = len(widths)
        self.row = 1
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    def _merged(self, text: str, *, bold: bool = False, size: int = FONT_SIZE, align: str = "left",
                height: float | None = None, fill: PatternFill | None = None, border: bool = False,
                color: str | None = None) -> None:
        r = self.row
        if self.n > 1:
            self.ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=self.n)
        cell = self.ws.cell(row=r, column=1, value=text)
        cell.font = _font(bold, size, color)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        for c in range(1, self.n + 1):
            other = self.ws.cell(row=r, column=c)
            if fill is not None:
                other.fill = fill
            if border:
                other.border = BORDER
        if height:
            self.ws.row_dimensions[r].height = height
        self.row += 1

    def title(self, text: str) -> None:
        self._merged(text, bold=True, size=FONT_SIZE + 2, align="center", height=30)

    def subtitle(self, text: str) -> None:
        if text and text.strip():
            self._merged(" ".join(text.split()), align="center")

    def section(self, text: str) -> None:
        self._merged(text, bold=True, fill=_DIM_FILL, border=True)

    def blank(self) -> None:
        self.row += 1

    def note(self, text: str) -> None:
        self._merged(text, height=24 * max(1, math.ceil(len(text) / 110)))

    def header(self, labels: Sequence[str]) -> None:
        self._cells(labels, bold=True, align="center", fill=_HEAD_FILL)

    def cells(self, values: Sequence[Any], formats: Sequence[str | None] = (), *, bold: bool = False,
              aligns: Sequence[str] = (), fill: PatternFill | None = None,
              spans: Sequence[int] = ()) -> None:
        self._cells(values, formats=formats, bold=bold, aligns=aligns, fill=fill, spans=spans)

    def _cells(self, values: Sequence[Any], *, formats: Sequence[str | None] = (), bold: bool = False,
               align: str | None = None, aligns: Sequence[str] = (), fill: PatternFill | None = None,
               spans: Sequence[int] = ()) -> None:
        r, col = self.row, 1
        for i, value in enumerate(values):
            span = spans[i] if i < len(spans) else 1
            value = _clean_number(value)
            if value is None:
                value = fmt.DASH
            cell = self.ws.cell(row=r, column=col, value=value)
            cell.font = _font(bold)
            cell.border = BORDER
            how = align or (aligns[i] if i < len(aligns) else
                            ("right" if isinstance(value, (int, float)) else "left"))
            cell.alignment = Alignment(horizontal=how, vertical="top" if how == "left" else "center",
                                       wrap_text=True)
            number_format = formats[i] if i < len(formats) else None
            if number_format and isinstance(value, (int, float)):
                cell.number_format = number_format
            if fill is not None:
                cell.fill = fill
            if span > 1:
                self.ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + span - 1)
                for c in range(col + 1, col + span):
                    other = self.ws.cell(row=r, column=c)
                    other.border = BORDER
                    other.font = _copy.copy(cell.font)
                    if fill is not None:
                        other.fill = fill
            col += span
        self.row += 1

    def footer(self, text: str) -> None:
        self.blank()
        self._merged(text, size=FONT_SIZE - 2, color="555555")
        _page_footer(self.ws, text)


def _page_footer(ws, text: str) -> None:
    """The printed page's footer (``&`` is a code there: doubled)."""
    ws.oddFooter.left.text = text.replace("&", "&&")
    ws.oddFooter.left.size = 10
    ws.oddFooter.left.font = FONT_NAME


def _save(wb: Workbook) -> bytes:
    return cellsafe.save(wb)


def add_footer(xlsx: bytes, text: str) -> bytes:
    """The workbook ``xlsx`` with the footer row ``text`` under every sheet's
    content (and in its printed page footer); for workbooks made elsewhere
    (the satisfaction table of :mod:`itastats.outputs.survey_xlsx`)."""
    wb = load_workbook(io.BytesIO(xlsx))
    for ws in wb.worksheets:
        last = max(1, ws.max_column)
        row = ws.max_row + 2
        if last > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = _font(size=FONT_SIZE - 2, color="555555")
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        _page_footer(ws, text)
    return _save(wb)


def _text(s: Any) -> str:
    return " ".join(str(s or "").split())


# ---------------------------------------------------------------- 5.1.1 profile
def _kv(sh: _Sheet, label: str, value: Any, number_format: str | None = None) -> None:
    sh.cells([label, value], [None, number_format], aligns=("left", "left"), spans=(2, sh.n - 2))
    sh.ws.cell(row=sh.row - 1, column=1).font = _font(bold=True)
    sh.ws.cell(row=sh.row - 1, column=1).fill = _DIM_FILL
    sh.ws.cell(row=sh.row - 1, column=2).fill = _DIM_FILL


def with_unit(number: str, unit: str | None) -> str:
    """"67.30%" (no space before a percent sign), "14.31 นาที"."""
    unit = " ".join((unit or "").split())
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()


def _target(status: Any) -> str:
    k = status.kpi
    if k.target is None:
        return fmt.DASH
    op = "\u2265" if k.op == ">=" else "\u2264"
    return f"{op} {with_unit(fmt.smart(k.target), k.unit or status.unit)}"


def _period(start: _dt.date | None, end: _dt.date | None, lang: str) -> str:
    return fmt.period(start, end, lang) if (start or end) else fmt.DASH


def profile_xlsx(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None) -> bytes:
    """5.1.1: the project profile (name, agency, unit, period in the Buddhist
    era, budget, objectives, activities with their dates and budgets, KPIs
    with target, measured value and verdict) as an xlsx file."""
    from ..criteria.kpi import source_label, status_text
    p: ProjectInfo = ev.profile
    wb = Workbook()
    sh = _Sheet(wb.active, t("pack.xlsx.profile.sheet", lang), (7, 46, 30, 18, 22, 30))
    sh.title(t("pack.xlsx.profile.title", lang))
    sh.subtitle(p.name)
    sh.blank()
    _kv(sh, t("pack.xlsx.name", lang), _text(p.name) or fmt.DASH)
    _kv(sh, t("pack.xlsx.agency", lang), _text(p.agency) or fmt.DASH)
    _kv(sh, t("pack.xlsx.unit", lang), _text(p.unit) or fmt.DASH)
    _kv(sh, t("pack.xlsx.period", lang), _period(p.start, p.end, lang))
    _kv(sh, t("pack.xlsx.budget", lang), p.project_cost, _NUM2)
    if p.activities_budget is not None:
        _kv(sh, t("pack.xlsx.activities_budget", lang), p.activities_budget, _NUM2)
    sh.blank()
    sh.section(t("pack.xlsx.objectives", lang))
    objectives = [o for o in p.objectives if o.strip()]
    for i, text in enumerate(objectives, start=1):
        sh.cells([i, _text(text)], aligns=("center", "left"), spans=(1, sh.n - 1))
    if not objectives:
        sh.cells([fmt.DASH], spans=(sh.n,))
    sh.blank()
    sh.section(t("pack.xlsx.activities", lang))
    sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.col.activity", lang), t("pack.xlsx.col.period", lang),
               t("pack.xlsx.col.budget", lang), t("pack.xlsx.col.responsible", lang),
               t("pack.xlsx.col.position", lang)])
    for i, a in enumerate(p.activities, start=1):
        sh.cells([i, _text(a.title), _period(a.start, a.end, lang), a.budget, _text(a.responsible) or fmt.DASH,
                  _text(a.position) or fmt.DASH], [None, None, None, _NUM2], aligns=("center",))
    if p.activities_budget is not None:
        sh.cells([t("pack.xlsx.total", lang), p.activities_budget, ""], [None, _NUM2], bold=True,
                 aligns=("right", "right"), spans=(3, 1, 2), fill=_DIM_FILL)
    sh.blank()
    sh.section(t("pack.xlsx.kpis", lang))
    sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.col.kpi", lang), t("pack.xlsx.col.target", lang),
               t("pack.xlsx.col.measured", lang), t("pack.xlsx.col.verdict", lang),
               t("pack.xlsx.col.source", lang)])
    for i, s in enumerate(ev.kpis, start=1):
        measured = None if s.measured is None else round(float(s.measured), 2)
        src = s.source if s.source is not None else s.kpi.source
        sh.cells([i, _text(s.kpi.name), _target(s), measured, status_text(s, lang), source_label(src, lang)],
                 [None, None, None, _NUM2], aligns=("center", "left", "center", "right", "left", "left"))
    if not ev.kpis:
        sh.cells([fmt.DASH], spans=(sh.n,))
    sh.footer(_ev_footer(ev, "profile", lang, made_on))
    return _save(wb)


# ---------------------------------------------------------------- 5.1.2 roster
def roster_xlsx(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None) -> bytes:
    """5.1.2: who is responsible for each activity (activity, dates,
    responsible person, position) as an xlsx file."""
    p: ProjectInfo = ev.profile
    wb = Workbook()
    sh = _Sheet(wb.active, t("pack.xlsx.roster.sheet", lang), (7, 48, 18, 18, 28, 34))
    sh.title(t("pack.xlsx.roster.title", lang))
    sh.subtitle(" · ".join(x for x in (_text(p.name), _text(p.agency)) if x))
    sh.blank()
    sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.col.activity", lang), t("pack.xlsx.col.start", lang),
               t("pack.xlsx.col.end", lang), t("pack.xlsx.col.responsible", lang),
               t("pack.xlsx.col.position", lang)])
    for i, a in enumerate(p.activities, start=1):
        sh.cells([i, _text(a.title), fmt.date(a.start, lang, long=True), fmt.date(a.end, lang, long=True),
                  _text(a.responsible) or fmt.DASH, _text(a.position) or fmt.DASH],
                 aligns=("center", "left", "center", "center", "left", "left"))
    if not p.activities:
        sh.cells([fmt.DASH], spans=(sh.n,))
    sh.footer(_ev_footer(ev, "roster", lang, made_on))
    return _save(wb)


# ---------------------------------------------------------------- 5.4.1 results
def _design_word(design: str, lang: str) -> str:
    return t(f"pack.design.{design}", lang)


def results_541_xlsx(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None) -> bytes:
    """5.4.1: one row per metric (n, means before and after, change, percent
    change, the test, its statistic, df, p, confidence interval, effect size
    and the sentence), then a sheet with the value-for-money calculation."""
    from ..render import narrative
    wb = Workbook()
    from ..render.figures import verdict_words
    cols = ("no", "metric", "unit", "design", "n_before", "n_after", "mean_before", "mean_after", "change",
            "pct", "verdict", "test", "statistic", "df", "p", "ci_low", "ci_high", "effect_name", "effect",
            "sentence", "file")
    widths = (6, 30, 11, 13, 9, 9, 13, 13, 13, 12, 30, 22, 11, 9, 10, 12, 12, 18, 11, 70, 30)
    sh = _Sheet(wb.active, t("pack.xlsx.r541.sheet", lang), widths, landscape=True)
    sh.title(t("pack.xlsx.r541.title", lang))
    sh.subtitle(ev.profile.name)
    sh.blank()
    sh.header([t(f"pack.xlsx.r541.{c}", lang) for c in cols])
    header_row = sh.row - 1
    for i, r in enumerate(ev.results_541, start=1):
        if getattr(r, "counts", None) is not None:      # counts: their test's numbers (outputs.count_sheet)
            from .count_sheet import row_541
            values, formats, aligns = row_541(i, r, lang, _text, cols)
            sh.cells(values, formats, aligns=aligns)
            continue
        c = r.comparison
        test = c.headline if c is not None and not c.error else None
        if test is not None and test.error:
            test = None
        n_b = c.n_before if c is not None else None
        n_a = c.n_after if c is not None else None
        sh.cells([i, _text(r.name), narrative.unit_text(r.unit, lang) or fmt.DASH, _design_word(r.design, lang),
                  n_b, n_a, r.before_value, r.after_value, r.change, r.pct_change, verdict_words(r, lang),
                  narrative.test_label(test) if test else fmt.DASH,
                  test.statistic if test else None, test.df if test else None, test.pvalue if test else None,
                  test.ci_low if test else None, test.ci_high if test else None,
                  narrative.effect_label(test.effect_size_name) if test and test.effect_size is not None
                  else fmt.DASH, test.effect_size if test else None,
                  narrative.sentence(r, lang), f"{r.metric.file} · {r.metric.sheet}"],
                 [None, None, None, None, _INT, _INT, _NUM2, _NUM2, _NUM2, _NUM2, None, None, _NUM2, _NUM2, _P,
                  _NUM2, _NUM2, None, _NUM2],
                 aligns=("center", "left", "center", "center"))
    if not ev.results_541:
        sh.cells([fmt.DASH], spans=(sh.n,))
    sh.blank()
    sh.note(t("pack.xlsx.r541.note", lang))
    from ..stats.analysis import reconcile
    for name, rec in reconcile(ev.results_541).items():
        unit = next((r.unit for r in ev.results_541 if r.name == name), None)
        sh.note(narrative.reconcile_sentence(rec, unit, lang))
    sh.ws.freeze_panes = f"C{header_row + 1}"
    sh.footer(_ev_footer(ev, "541", lang, made_on))
    from .count_sheet import add_counts_sheet
    add_counts_sheet(wb, ev, lang, made_on, _Sheet, _text, _ev_footer(ev, "541", lang, made_on))
    _value_sheet(wb, ev, lang, made_on)
    return _save(wb)


def _value_sheet(wb: Workbook, ev: Any, lang: str, made_on: _dt.date | None) -> None:
    """The value-for-money inputs and results, when the project has the inputs."""
    from ..criteria import value
    p = ev.profile
    try:
        result = value.for_project(ev.results_541, p, ev.choices)   # the page's metric choice
    except Exception:  # noqa: BLE001 - the value sheet is a bonus; the results sheet stands alone
        return
    if result is None:
        return
    time_metric, cost_metric = result.inputs.time_metric, result.inputs.cost_metric
    sh = _Sheet(wb.create_sheet(), t("pack.xlsx.value.sheet", lang), (40, 18, 18, 80))
    sh.title(t("pack.xlsx.value.title", lang))
    sh.subtitle(p.name)
    sh.blank()
    sh.section(t("pack.xlsx.value.inputs", lang))
    for key, v, f in (("cases", p.cases_per_year, _INT), ("staff_cost", p.staff_cost_per_hour, _NUM2),
                      ("project_cost", p.project_cost, _NUM2), ("hours", p.hours_per_day, _NUM2)):
        sh.cells([t(f"pack.xlsx.value.{key}", lang), v, ""], [None, f], aligns=("left", "right"),
                 spans=(1, 1, 2))
    for key, v in (("time_metric", time_metric), ("cost_metric", cost_metric)):
        sh.cells([t(f"pack.xlsx.value.{key}", lang), _text(v) or fmt.DASH], spans=(1, 3))
    sh.blank()
    sh.header([t("value.col.item", lang), t("value.col.value", lang), t("value.col.unit", lang),
               t("value.col.formula", lang)])
    for item in result.items:
        ok = item.error is None
        sh.cells([t(item.key, lang), item.value if ok else None, t(item.unit_key, lang),
                  value.worked(item, lang) if ok else t(item.error, lang, **dict(item.params))],
                 [None, _NUM2], aligns=("left", "right", "center", "left"))
    from ..read.problems import describe
    for note in result.notes:
        sh.note(describe(note, lang).replace("\n", " "))
    sh.footer(_ev_footer(ev, "541", lang, made_on))


# ---------------------------------------------------------------- 5.3.2 participation
def participation_xlsx(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None,
                       internal: bool = False) -> bytes:
    """5.3.2: attendance by unit and by session, and the pre/post test summary.

    The default workbook is publishable (PDPA): people are counts only.  With
    ``internal=True`` (the internal copy, never published) it also lists the
    names merged as one person and each person's scores.

    Raises
    ------
    ValueError
        The evidence has neither attendance nor test scores.
    """
    from ..criteria.attendance import NOT_STAFF
    att, lrn = ev.attendance, ev.learning
    if att is None and lrn is None:
        raise ValueError("no attendance or learning result")
    wb = Workbook()
    first = True

    def sheet(title_key: str, widths: Sequence[float]) -> _Sheet:
        nonlocal first
        ws = wb.active if first else wb.create_sheet()
        first = False
        return _Sheet(ws, t(title_key, lang), widths)
    foot = _ev_footer(ev, "participation", lang, made_on)     # the workbook's inputs, on every sheet
    if att is not None:
        sh = sheet("pack.xlsx.att.units_sheet", (7, 46, 16, 16, 16, 14))
        sh.title(t("pack.xlsx.att.units_title", lang))
        sh.subtitle(ev.profile.name)
        sh.blank()
        sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.att.unit", lang), t("pack.xlsx.att.attendees", lang),
                   t("pack.xlsx.att.counted", lang), t("pack.xlsx.att.headcount", lang),
                   t("pack.xlsx.att.rate", lang)])
        for i, u in enumerate(att.by_unit, start=1):
            name = t("attendance.not_staff", lang) if u.unit == NOT_STAFF else \
                _text(u.unit) or t("attendance.unknown_unit", lang)
            sh.cells([i, name, u.attendees, u.counted, u.headcount, u.rate],
                     [None, None, _INT, _INT, _INT, _NUM2], aligns=("center",))
        sh.cells([t("pack.xlsx.total", lang), att.attendees, att.staff_counted, att.headcount_total, att.rate],
                 [None, _INT, _INT, _INT, _NUM2], bold=True, aligns=("right",), spans=(2, 1, 1, 1, 1),
                 fill=_DIM_FILL)
        sh.blank()
        if att.rate is not None:
            sh.note(t("pack.xlsx.att.rate_note", lang, counted=fmt.num(att.staff_counted, 0),
                      headcount=fmt.num(att.headcount_total, 0), rate=fmt.num(att.rate, 2),
                      unknown=fmt.num(att.unknown_unit, 0), not_staff=fmt.num(att.not_staff, 0),
                      outside=fmt.num(att.outside_units, 0)))
        if att.from_staff_list or att.assigned:
            sh.note(t("pack.xlsx.att.units_from", lang, listed=fmt.num(att.from_staff_list, 0),
                      picked=fmt.num(att.assigned, 0)))
        sh.footer(foot)

        sh = sheet("pack.xlsx.att.sessions_sheet", (7, 52, 22, 14, 16, 50))
        sh.title(t("pack.xlsx.att.sessions_title", lang))
        sh.subtitle(ev.profile.name)
        sh.blank()
        sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.att.session", lang), t("pack.xlsx.col.date", lang),
                   t("pack.xlsx.att.attendees", lang), t("pack.xlsx.att.hours", lang),
                   t("pack.xlsx.col.files", lang)])
        for i, s in enumerate(att.sessions, start=1):
            sh.cells([i, _text(s.name), fmt.date(s.date, lang, long=True), s.attendees,
                      None if s.minutes is None else s.minutes / 60, ", ".join(s.files)],
                     [None, None, None, _INT, _NUM2], aligns=("center", "left", "center"))
        sh.blank()
        sh.note(t("pack.xlsx.att.once_note", lang, n=fmt.num(att.attendees, 0), records=fmt.num(att.records, 0),
                  merged=fmt.num(len(att.merges), 0)))
        sh.footer(foot)

        if internal:
            sh = sheet("pack.xlsx.att.merges_sheet", (7, 30, 70, 12, 40))
            sh.title(t("pack.xlsx.att.merges_title", lang))
            sh.subtitle(t("pack.xlsx.att.merges_sub", lang, n=len(att.merges)))
            sh.blank()
            sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.att.person", lang),
                       t("pack.xlsx.att.variants", lang), t("pack.xlsx.att.records", lang),
                       t("pack.xlsx.col.files", lang)])
            for i, m in enumerate(att.merges, start=1):
                sh.cells([i, _text(m.name), "\n".join(m.variants), m.records, ", ".join(m.files)],
                         [None, None, None, _INT], aligns=("center",))
            if not att.merges:
                sh.cells([fmt.DASH], spans=(sh.n,))
            sh.footer(foot)
    if lrn is not None:
        _learning_sheets(sheet, ev, lrn, lang, foot, internal)
    return _save(wb)


def _learning_sheets(sheet, ev: Any, lrn: Any, lang: str, foot: str, internal: bool) -> None:
    from ..render import narrative
    sh = sheet("pack.xlsx.lrn.sheet", (44, 20, 70))
    sh.title(t("pack.xlsx.lrn.title", lang))
    sh.subtitle(ev.profile.name)
    sh.blank()
    sh.header([t("pack.xlsx.col.item", lang), t("pack.xlsx.col.value", lang), ""])
    rows = [("n_pre", lrn.n_pre, _INT), ("n_post", lrn.n_post, _INT), ("n_paired", lrn.n_paired, _INT),
            ("max_score", lrn.max_score, _NUM2), ("mean_pre", lrn.mean_pre, _NUM2),
            ("mean_post", lrn.mean_post, _NUM2), ("mean_gain", lrn.mean_gain, _NUM2),
            ("pct_gain", lrn.metric.pct_change, _NUM2), ("ngain", lrn.normalized_gain, _NUM2),
            ("threshold", lrn.threshold, _NUM2)]
    if lrn.passed_pre is not None:
        rows += [("passed_pre_n", lrn.passed_pre, _INT), ("passed_pre", lrn.passed_pre_pct, _NUM2),
                 ("passed_post_n", lrn.passed_post, _INT), ("passed_post", lrn.passed_post_pct, _NUM2)]
    for key, v, f in rows:
        sh.cells([t(f"pack.xlsx.lrn.{key}", lang), v, ""], [None, f], aligns=("left", "right"))
    sh.blank()
    sh.note(narrative.sentence(lrn.metric, lang))
    if lrn.missing_pre or lrn.missing_post:
        if internal:
            sh.note(t("pack.xlsx.lrn.left_out", lang, pre=", ".join(lrn.missing_post) or fmt.DASH,
                      post=", ".join(lrn.missing_pre) or fmt.DASH))
        else:
            sh.note(t("pack.xlsx.lrn.left_out_n", lang, pre=fmt.num(len(lrn.missing_post), 0),
                      post=fmt.num(len(lrn.missing_pre), 0)))
    sh.footer(foot)
    if not internal:
        return

    m = lrn.metric.metric
    ids = m.case_ids or ()
    sh = sheet("pack.xlsx.lrn.people_sheet", (7, 36, 14, 14, 14))
    sh.title(t("pack.xlsx.lrn.people_title", lang))
    sh.subtitle(ev.profile.name)
    sh.blank()
    sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.att.person", lang), t("pack.xlsx.lrn.pre", lang),
               t("pack.xlsx.lrn.post", lang), t("pack.xlsx.lrn.gain", lang)])
    for i in range(len(m.before)):
        b, a = _clean_number(float(m.before[i])), _clean_number(float(m.after[i]))
        gain = a - b if a is not None and b is not None else None
        name = _text(ids[i]) if i < len(ids) else str(i + 1)
        sh.cells([i + 1, name, b, a, gain], [None, None, _NUM2, _NUM2, _NUM2], aligns=("center",))
    sh.footer(foot)


# ---------------------------------------------------------------- 5.4.2 awards
def awards_xlsx(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None) -> bytes:
    """5.4.2: the register of awards, certificates, thank-you letters and
    news (date, what, from whom, note, file names) as an xlsx file."""
    entries = sorted((e for e in ev.profile.awards if not e.is_empty),
                     key=lambda e: (e.date is None, e.date or _dt.date.min))
    wb = Workbook()
    sh = _Sheet(wb.active, t("pack.xlsx.awards.sheet", lang), (7, 20, 50, 40, 44, 32))
    sh.title(t("pack.xlsx.awards.title", lang))
    sh.subtitle(ev.profile.name)
    sh.blank()
    sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.col.date", lang), t("pack.xlsx.awards.what", lang),
               t("pack.xlsx.awards.from", lang), t("pack.xlsx.awards.note", lang), t("pack.xlsx.col.files", lang)])
    for i, e in enumerate(entries, start=1):
        sh.cells([i, fmt.date(e.date, lang, long=True), _text(e.title), _text(e.channel) or fmt.DASH,
                  _text(e.description) or fmt.DASH, "\n".join(e.photos) or fmt.DASH],
                 aligns=("center", "center"))
    if not entries:
        sh.cells([fmt.DASH], spans=(sh.n,))
    sh.footer(_ev_footer(ev, "542", lang, made_on))
    return _save(wb)


# ---------------------------------------------------------------- 5.3.1 / 5.2.1 logs
def log_xlsx(entries: Sequence[LogEntry], kind: str, *, ev: Any = None, lang: str = "th",
             made_on: _dt.date | None = None, project: ProjectInfo | None = None,
             fingerprint: str | None = None) -> bytes:
    """5.3.1 (``kind="activity"``) or 5.2.1 (``kind="communication"``): the
    log (date, what, place or channel, people, description, photos).

    The footer's project and fingerprint come from ``ev`` (pages "531" /
    "521"), or from ``project`` and ``fingerprint`` when there is no ``ev``.
    """
    if kind not in ("activity", "communication"):
        raise ValueError(f"kind must be 'activity' or 'communication', not {kind!r}")
    entries = sorted((e for e in entries if not e.is_empty), key=lambda e: (e.date is None, e.date or _dt.date.min))
    project = project if project is not None else (ev.profile if ev is not None else ProjectInfo())
    part = "531" if kind == "activity" else "521"
    if fingerprint is None:
        from ..criteria.evidence import fingerprint as _fp
        fingerprint = ev.fingerprint(*PAGES[part]) if ev is not None else _fp([])
    wb = Workbook()
    sh = _Sheet(wb.active, t(f"pack.xlsx.log.{kind}.sheet", lang), (7, 20, 46, 32, 14, 56, 28), landscape=True)
    sh.title(t(f"pack.xlsx.log.{kind}.title", lang))
    sh.subtitle(project.name)
    sh.blank()
    sh.header([t("pack.xlsx.col.no", lang), t("pack.xlsx.col.date", lang), t(f"pack.xlsx.log.{kind}.what", lang),
               t(f"pack.xlsx.log.{kind}.where", lang), t(f"pack.xlsx.log.{kind}.people", lang),
               t("pack.xlsx.log.description", lang), t("pack.xlsx.col.files", lang)])
    total = 0
    for i, e in enumerate(entries, start=1):
        total += e.people or 0
        sh.cells([i, fmt.date(e.date, lang, long=True), _text(e.title), _text(e.channel) or fmt.DASH, e.people,
                  _text(e.description) or fmt.DASH, "\n".join(e.photos) or fmt.DASH],
                 [None, None, None, None, _INT], aligns=("center", "center", "left", "left", "right"))
    if not entries:
        sh.cells([fmt.DASH], spans=(sh.n,))
    else:
        sh.cells([t("pack.xlsx.log.person_times", lang), total, ""], [None, _INT], bold=True,
                 aligns=("right", "right"), spans=(4, 1, 2), fill=_DIM_FILL)
        sh.blank()
        sh.note(t("pack.xlsx.log.person_times_note", lang))
    sh.footer(footer_text(project.name, fingerprint, lang=lang, made_on=made_on))
    return _save(wb)
