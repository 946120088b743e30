"""The Thai report table of a satisfaction survey as a formatted xlsx (openpyxl).

Sheet 1 is laid out as Thai reports have it::

    ┌──────────────── ตาราง: title (merged) ───────────────────────┐
    │ ข้อ │ รายการ          │        ผลการประเมิน                 │
    │     │                 │  x̄   │ S.D. │ ระดับความพึงพอใจ      │
    ├─────┴─────────────────┼──────┼──────┼───────────────────────┤
    │ ด้าน… (bold)          │ 4.41 │ 0.58 │ มากที่สุด             │
    │ 1.1 │ item            │ 4.32 │ 0.71 │ มากที่สุด             │
    │ …                                                            │
    │ ภาพรวม (bold)         │ 4.21 │ 0.52 │ มากที่สุด             │
    └──────────────────────────────────────────────────────────────┘
    criteria and its source; Cronbach's α; satisfaction %

Font "TH Sarabun New" 16 pt everywhere, thin borders on every table cell,
numbers as numbers with the format ``0.00``.  Sheet 2 has each item's
distribution (percent at each level, 5 first, and the top-two box).
"""
from __future__ import annotations

import copy as _copy
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..i18n import fmt
from . import cellsafe
from ..render.figures import FigureError
from ..i18n.catalog import LANGS, t
from ..criteria.survey import ItemStat, SurveyResult
from ..render.survey_figures import check_result, criteria_text, level_word

__all__ = ["thai_table_xlsx", "FONT_NAME", "FONT_SIZE", "table_rows"]

FONT_NAME = "TH Sarabun New"
FONT_SIZE = 16
NUMBER_FORMAT = "0.00"
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9E2EA")
_DIM_FILL = PatternFill("solid", fgColor="EFF4F8")


def _font(bold: bool = False, size: int = FONT_SIZE) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold)


def _num(x: Any) -> Any:
    """A number rounded to 2 decimals, or an em dash for a missing one."""
    if x is None:
        return fmt.DASH
    try:
        v = float(x)
    except (TypeError, ValueError):
        return fmt.DASH
    return round(v, 2) if v == v and abs(v) != float("inf") else fmt.DASH


def table_rows(result: SurveyResult) -> list[tuple[str, Any]]:
    """The body of the table in order: ``("dimension", DimensionStat)``,
    ``("item", (number, ItemStat))`` …, then ``("overall", Overall)``.

    Items are grouped by dimension in the order the dimensions first
    appear in the form; items without a dimension come last, without a
    dimension row.  An item's number is the form's ("1.1") or its running
    number.
    """
    dims = {d.name: d for d in result.dimensions}
    order: list[str | None] = []
    groups: dict[str | None, list[tuple[int, ItemStat]]] = {}
    for i, it in enumerate(result.items, start=1):
        key = it.dimension if it.dimension in dims else None
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((i, it))
    order = [k for k in order if k is not None] + ([None] if None in groups else [])
    rows: list[tuple[str, Any]] = []
    for key in order:
        if key is not None:
            rows.append(("dimension", dims[key]))
        for i, it in groups[key]:
            rows.append(("item", ((it.number or "").strip() or str(i), it)))
    rows.append(("overall", result.overall))
    return rows


def _set(ws, row: int, col: int, value: Any, *, bold: bool = False, align: str = "left",
         number: bool = False, fill: PatternFill | None = None, wrap: bool = True) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = _font(bold)
    cell.border = BORDER
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if number and isinstance(value, float):
        cell.number_format = NUMBER_FORMAT
    if fill is not None:
        cell.fill = fill


def _merge(ws, r0: int, c0: int, r1: int, c1: int) -> None:
    if (r0, c0) != (r1, c1):
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    first = ws.cell(row=r0, column=c0)
    for r in range(r0, r1 + 1):         # borders (and the font) on every cell of the merged range
        for c in range(c0, c1 + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BORDER
            cell.font = _copy.copy(first.font)
            cell.fill = _copy.copy(first.fill)


def _note(ws, row: int, text: str, last_col: int) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    cell = ws.cell(row=row, column=1, value=text)
    cell.font = _font()
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = 48 if len(text) > 90 else 24


def _results_sheet(ws, result: SurveyResult, lang: str, title: str) -> None:
    ws.title = t("svxlsx.sheet.table", lang)
    ws.merge_cells("A1:E1")
    c = ws["A1"]
    c.value = title
    c.font = _font(bold=True, size=FONT_SIZE + 2)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("A2:E2")
    c = ws["A2"]
    c.value = t("svxlsx.subtitle", lang, n=result.respondents)
    c.font = _font()
    c.alignment = Alignment(horizontal="center", vertical="center")
    # two-row header
    _set(ws, 3, 1, t("svxlsx.col.no", lang), bold=True, align="center", fill=_HEAD_FILL)
    _merge(ws, 3, 1, 4, 1)
    _set(ws, 3, 2, t("svxlsx.col.item", lang), bold=True, align="center", fill=_HEAD_FILL)
    _merge(ws, 3, 2, 4, 2)
    _set(ws, 3, 3, t("svxlsx.col.result", lang), bold=True, align="center", fill=_HEAD_FILL)
    _merge(ws, 3, 3, 3, 5)
    for col, key in ((3, "svxlsx.col.mean"), (4, "svxlsx.col.sd"), (5, "svxlsx.col.level")):
        _set(ws, 4, col, t(key, lang), bold=True, align="center", fill=_HEAD_FILL)
    for r in (3, 4):
        for col in range(1, 6):
            ws.cell(row=r, column=col).fill = _HEAD_FILL
    row = 5
    for kind, obj in table_rows(result):
        if kind == "item":
            number, it = obj
            _set(ws, row, 1, number, align="center")
            _set(ws, row, 2, " ".join(str(it.name).split()))
            _set(ws, row, 3, _num(it.mean), align="center", number=True)
            _set(ws, row, 4, _num(it.sd), align="center", number=True)
            _set(ws, row, 5, level_word(it.level, lang), align="center")
        else:
            label = " ".join(obj.name.split()) if kind == "dimension" else t("svxlsx.overall", lang)
            fill = _DIM_FILL if kind == "dimension" else _HEAD_FILL
            _set(ws, row, 1, label, bold=True, align="left" if kind == "dimension" else "center", fill=fill)
            _set(ws, row, 2, None, bold=True, fill=fill)
            _merge(ws, row, 1, row, 2)
            _set(ws, row, 3, _num(obj.mean), bold=True, align="center", number=True, fill=fill)
            _set(ws, row, 4, _num(obj.sd), bold=True, align="center", number=True, fill=fill)
            _set(ws, row, 5, level_word(obj.level, lang), bold=True, align="center", fill=fill)
        row += 1
    row += 1
    _note(ws, row, criteria_text(result.criteria, lang), 5)
    row += 1
    _note(ws, row, t("svxlsx.sd_note", lang), 5)
    al = result.alpha
    if al.value is not None:
        row += 1
        _note(ws, row, t("svxlsx.alpha", lang, alpha=fmt.num(al.value, 2), n=al.n_used, k=al.k), 5)
    if result.overall.pct is not None:
        row += 1
        _note(ws, row, t("svxlsx.pct", lang, pct=fmt.pct(result.overall.pct, 2)), 5)
    for col, width in zip("ABCDE", (9, 58, 10, 10, 22)):
        ws.column_dimensions[col].width = width
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1


def _distribution_sheet(ws, result: SurveyResult, lang: str) -> None:
    ws.title = t("svxlsx.sheet.distribution", lang)
    k = int(result.scale)
    points = list(range(k, 0, -1))                      # 5 first, as Thai tables list the levels
    last = 3 + k + 1
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    c = ws.cell(row=1, column=1, value=t("svxlsx.col.pct_levels", lang))
    c.font = _font(bold=True, size=FONT_SIZE + 2)
    c.alignment = Alignment(horizontal="center", vertical="center")
    for col, key in ((1, "svxlsx.col.no"), (2, "svxlsx.col.item"), (3, "svxlsx.col.n")):
        _set(ws, 2, col, t(key, lang), bold=True, align="center", fill=_HEAD_FILL)
        _merge(ws, 2, col, 3, col)
    _set(ws, 2, 4, t("svxlsx.col.pct_levels", lang), bold=True, align="center", fill=_HEAD_FILL)
    _merge(ws, 2, 4, 2, 3 + k)
    for j, p in enumerate(points):
        head = f"{level_word(p, lang)} ({p})" if k == 5 else str(p)
        _set(ws, 3, 4 + j, head, bold=True, align="center", fill=_HEAD_FILL)
    _set(ws, 2, last, t("svxlsx.col.top2", lang), bold=True, align="center", fill=_HEAD_FILL)
    _merge(ws, 2, last, 3, last)
    for r in (2, 3):
        for col in range(1, last + 1):
            ws.cell(row=r, column=col).fill = _HEAD_FILL
    row = 4
    for kind, obj in table_rows(result):
        if kind != "item":
            continue
        number, it = obj
        _set(ws, row, 1, number, align="center")
        _set(ws, row, 2, " ".join(str(it.name).split()))
        _set(ws, row, 3, int(it.n), align="center")
        dist = tuple(it.distribution or ())
        for j, p in enumerate(points):
            value = _num(dist[p - 1]) if len(dist) == k else fmt.DASH
            _set(ws, row, 4 + j, value, align="center", number=True)
        _set(ws, row, last, _num(it.top2_pct), align="center", number=True)
        row += 1
    widths = [9, 58, 12] + [14] * k + [18]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "D4"


def thai_table_xlsx(result: SurveyResult, *, lang: str = "th", title: str | None = None) -> bytes:
    """The satisfaction results as a formatted xlsx workbook, in bytes.

    Parameters
    ----------
    result : SurveyResult
    lang : {"th", "en"}
        Language of the headers, level words and notes.
    title : str, optional
        The title row; "ผลการประเมินความพึงพอใจ" by default.  Plain text.

    Returns
    -------
    bytes
        An xlsx file: sheet 1 the report table (merged title, two-row
        merged header ข้อ | รายการ | ผลการประเมิน: x̄, S.D., ระดับความพึงพอใจ;
        dimension rows and the overall row in bold; the criteria and their
        source under it), sheet 2 the distribution (percent per level and
        top-two box).  All numbers rounded to 2 decimals, shown as 0.00.

    Raises
    ------
    FigureError
        Not a SurveyResult, no items, unknown criteria or language.
    """
    if lang not in LANGS:
        raise FigureError("svxlsx.error.bad_lang", lang=lang)
    result = check_result(result)
    title = " ".join(str(title).split()) if title and str(title).strip() else t("svxlsx.title", lang)
    wb = Workbook()
    _results_sheet(wb.active, result, lang, title)
    _distribution_sheet(wb.create_sheet(), result, lang)
    return cellsafe.save(wb)
