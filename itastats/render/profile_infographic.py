"""The 5.1.1 project profile as one infographic page, in the three sizes of
:data:`itastats.render.theme.INFOGRAPHIC_SIZES`: the header band of the
infographics, the budget, the objectives, the activities (period, budget,
person responsible) and the KPIs (target, measured value, verdict).

A4 and the square stack the blocks in one column; the 16:9 slide puts them
in two columns (the split that leaves the shorter page).  The type shrinks
to keep everything on the page, down to the size's smallest text (24 px on
the slide, 15 px elsewhere); only then are the last rows of the longest
block left out, and a line says how many ("และอีก 3 รายการ") — never a row
cut in half.

The 5.1.2 working group's names and positions are public by nature (the
order appointing them is published), so they stay on the page.
"""
from __future__ import annotations

import datetime as _dt
import functools
import itertools
from typing import Any, Sequence

import plotly.graph_objects as go

from ..criteria.kpi import status_text
from ..i18n import fmt
from ..i18n.catalog import t
from .attendance_infographic import glue_dates
from .cards import blank_page
from .figures import lines_html, text_width, wrap_text
from .infographic import _SAFETY, LINE, _Canvas
from .theme import PALETTE

__all__ = ["profile_figure", "BLOCKS"]

BLOCKS = ("facts", "objectives", "activities", "kpis")
_FLOOR = 15.0             # px: the smallest text of the A4 page and the square


def _with_unit(number: str, unit: str | None) -> str:
    """"67.30%" (no space before a percent sign), "14.31 นาที"."""
    unit = " ".join((unit or "").split())
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()


def _target(status: Any) -> str:
    """"≥ 50%", "≤ 12 นาที"; "—" without a target."""
    k = status.kpi
    if k.target is None:
        return fmt.DASH
    op = "\u2265" if k.op == ">=" else "\u2264"
    return f"{op} {_with_unit(fmt.smart(k.target), k.unit or status.unit)}"


@functools.lru_cache(maxsize=8192)
def _wrap(text: str, width: float, size: float, bold: bool, max_lines: int) -> tuple[str, ...]:
    """:func:`wrap_text`, remembered: planning measures the same cells in many layouts."""
    return tuple(wrap_text(text, width, size, bold=bold, max_lines=max_lines))


def _period(start: _dt.date | None, end: _dt.date | None, lang: str) -> str:
    """"6 ต.ค. 2568 – 17 ต.ค. 2568" with each date glued (non-breaking spaces),
    so a narrow column breaks it at the dash, never inside a date."""
    return glue_dates(fmt.period(start, end, lang)) if (start or end) else ""


def _who(a: Any) -> str:
    """"นางสาวสมใจ ใจดี (นักจัดการงานทั่วไปชำนาญการ)"."""
    who = " ".join(a.responsible.split())
    position = " ".join(a.position.split())
    if position:
        return f"{who} ({position})" if who else position
    return who


def profile_figure(ev: Any, *, size: str = "a4", lang: str = "th", template: Any = None,
                   made_on: _dt.date | None = None, footer_note: str = "") -> go.Figure:
    """The project profile (5.1.1) on one page.

    Parameters
    ----------
    ev : itastats.criteria.evidence.Evidence
        Its ``profile`` (name, agency, period, budget, objectives,
        activities, KPIs) and ``kpis`` (each KPI's measured value and verdict).
    size : {"a4", "slide", "square"}
        1240 × 1754 (A4 portrait at 150 dpi), 1920 × 1080, 1080 × 1080 px.
    lang : {"th", "en"}
    template : plotly Template, registered name or None (the house template)
    made_on : date, optional
        The date in the footer (Buddhist era in Thai); today by default.
    footer_note : str
        Extra plain text for the footer (the inputs' fingerprint).

    Returns
    -------
    go.Figure
        Shapes and annotations only (no axes).  The type gets smaller to
        keep every block on the page, never under 24 px on the slide or
        15 px elsewhere; past that the last rows of the longest block are
        left out and counted ("และอีก N รายการ").

    Raises
    ------
    FigureError
        Not a ProjectInfo in ``ev.profile``, an unknown size or language.
    """
    fig, c, g, top, bottom = blank_page(size, lang, template, ev.profile, made_on, footer_note,
                                        t("pack.profile.title", lang), t("pack.profile.kicker", lang),
                                        not_project_key="att_fig.error.not_project")
    lo = max(_FLOOR, getattr(g, "min_text", 0))
    x0, x1 = g.pad, c.W - g.pad
    plan = _plan(ev, lang, x0, x1, top, bottom, float(g.body), lo, g.gap, two_columns=size == "slide")
    _Page(c, ev, lang, lo, plan).draw(top)
    fig.update_layout(xaxis=dict(visible=False), yaxis=dict(visible=False),
                      shapes=c.shapes, annotations=c.annotations)
    return fig


# ---------------------------------------------------------------------------
# Planning: type size, columns, rows shown
# ---------------------------------------------------------------------------

class _Plan:
    """What goes where: the type size, the facts line across the page, the
    columns ((x0, x1, blocks)) and how many rows of each block are shown."""

    def __init__(self, size: float, x0: float, x1: float, columns: list[tuple[float, float, tuple[str, ...]]],
                 limits: dict[str, int | None], lists: bool):
        self.size, self.x0, self.x1, self.columns, self.limits = size, x0, x1, columns, limits
        self.lists = lists
        """Activities and KPIs as lists of two-line items instead of tables:
        always side by side (a column is too narrow for a four-column table),
        and on one column when that keeps the type larger."""


def _columns(blocks: Sequence[str], x0: float, x1: float, gap: float, two: bool
             ) -> list[list[tuple[float, float, tuple[str, ...]]]]:
    """The ways to lay the blocks out: one column, or (``two``) every split of
    them into a left and a right column, each keeping the blocks' order."""
    if not two or len(blocks) < 2:
        return [[(x0, x1, tuple(blocks))]]
    mid = (x0 + x1) / 2
    out = []
    for sides in itertools.product((0, 1), repeat=len(blocks)):
        left = tuple(b for b, s in zip(blocks, sides) if s == 0)
        right = tuple(b for b, s in zip(blocks, sides) if s == 1)
        if left and right:
            out.append([(x0, mid - gap * 0.75, left), (mid + gap * 0.75, x1, right)])
    return out


def _plan(ev: Any, lang: str, x0: float, x1: float, top: float, bottom: float, start: float, lo: float,
          gap: float, *, two_columns: bool) -> _Plan:
    blocks = [b for b in BLOCKS if _Page.rows(ev, b)]
    limits: dict[str, int | None] = {b: None for b in blocks}
    layouts = _columns(blocks, x0, x1, gap, two_columns)

    def overflow(plan: _Plan) -> float:
        """px past the bottom of the page's free region (<= 0: it fits)."""
        return top + max(_Page(None, ev, lang, lo, plan).heights(top)) - bottom

    def best(size: float) -> tuple[float, _Plan]:
        """Of the layouts that fit at this size, tables before lists, then the
        one with the most room left; when none fits, the least overflow."""
        plans = [_Plan(size, x0, x1, cols, dict(limits), lists) for lists in (False, True) for cols in layouts
                 if lists or len(cols) == 1]
        scored = [(overflow(p), i, p) for i, p in enumerate(plans)]
        fitting = [x for x in scored if x[0] <= 0]
        if fitting:
            over, _, plan = min(fitting, key=lambda x: (x[2].lists, x[0], x[1]))
        else:
            over, _, plan = min(scored, key=lambda x: (x[0], x[1]))
        return over, plan

    size = start
    while True:
        over, plan = best(size)
        if over <= 0 or size <= lo:
            break
        size = max(lo, size * 0.94)
    # at the smallest type: leave out the last rows of the longest block of the
    # column that runs over, one at a time, until it fits
    while over > 0:
        page = _Page(None, ev, lang, lo, plan)
        heights = page.heights(top)
        col = max(range(len(heights)), key=lambda i: heights[i])
        cands = [b for b in plan.columns[col][2] if page.shown(b) > 1]
        if not cands:
            break
        # the block with the most rows shown; of equals the later one (the objectives go last)
        worst = max(cands, key=lambda b: (page.shown(b), BLOCKS.index(b)))
        plan.limits[worst] = page.shown(worst) - 1
        over = overflow(plan)
    # a row taken out early may fit again now that a taller one is gone
    for b in BLOCKS:
        while plan.limits.get(b) is not None and plan.limits[b] < _Page.rows(ev, b):
            plan.limits[b] += 1
            if overflow(plan) > 0:
                plan.limits[b] -= 1
                break
    return plan


# ---------------------------------------------------------------------------
# Drawing (or, without a canvas, measuring)
# ---------------------------------------------------------------------------

class _Page:
    """Draws the planned page on a canvas, or (``c=None``) only measures it."""

    def __init__(self, c: _Canvas | None, ev: Any, lang: str, lo: float, plan: _Plan):
        self.c, self.ev, self.lang, self.lo, self.plan = c, ev, lang, lo, plan
        self.s = plan.size

    def sz(self, factor: float) -> float:
        """The type size ``factor`` × the body size, never under the page's smallest."""
        return max(self.lo, self.s * factor)

    # ---- what there is
    @staticmethod
    def rows(ev: Any, block: str) -> int:
        p = ev.profile
        if block == "facts":
            return 1 if (p.objectives or p.activities or p.kpis) else 0
        if block == "objectives":
            return len([o for o in p.objectives if o.strip()])
        if block == "activities":
            return len(p.activities)
        return len(ev.kpis)

    def shown(self, block: str) -> int:
        n = self.rows(self.ev, block)
        limit = self.plan.limits.get(block)
        return n if limit is None else min(n, limit)

    # ---- primitives
    def _lines(self, text: str, width: float, size: float, bold: bool = False, max_lines: int = 4) -> list[str]:
        text = " ".join(str(text or "").split())
        if not text:
            return []
        return list(_wrap(text, round(width * _SAFETY, 2), round(size, 2), bold, max_lines))

    def _text(self, x: float, y: float, lines: list[str], size: float, color: str, *, bold: bool = False,
              anchor: str = "left", name: str = "") -> None:
        if self.c is None or not lines:
            return
        html = lines_html(lines)
        self.c.text(x, y, f"<b>{html}</b>" if bold else html, size, color, xanchor=anchor, align=anchor, name=name)

    def _rect(self, *args: Any, **kw: Any) -> None:
        if self.c is not None:
            self.c.rect(*args, **kw)

    def _heading(self, x0: float, y: float, text: str) -> float:
        hs = self.sz(1.15)
        self._rect(x0, y + 4, x0 + 8, y + hs * LINE - 2, PALETTE["accent"], name="heading_bar")
        self._text(x0 + 20, y, [text], hs, PALETTE["band"], bold=True, name="heading")
        return hs * LINE + self.s * 0.4

    def _more(self, x0: float, y: float, n: int) -> float:
        """"และอีก N รายการ" under a block whose last rows were left out."""
        if n <= 0:
            return 0.0
        size = self.sz(0.92)
        self._text(x0, y + size * 0.3, [t("pack.profile.more", self.lang, n=fmt.num(n, 0))], size,
                   PALETTE["muted"], name="more")
        return size * (LINE + 0.3)

    def _table(self, x0: float, x1: float, y: float, cols: Sequence[tuple[str, float, str]],
               rows: Sequence[Sequence[str]], colors: Sequence[Sequence[str | None]] = ()) -> float:
        """A table: ``cols`` (header, share of the width, align); returns its height."""
        s, w = self.sz(0.92), x1 - x0
        hs = self.sz(0.92 * 0.92)
        pad = s * 0.45
        xs, x = [], x0
        for _, share, _ in cols:
            xs.append((x, x + share * w))
            x += share * w
        head = [self._lines(h, (b - a) - 2 * pad, hs, bold=True, max_lines=2) for (h, _, _), (a, b) in
                zip(cols, xs)]
        hh = max([len(h) for h in head] + [1]) * hs * LINE + 2 * pad
        self._rect(x0, y, x1, y + hh, PALETTE["band"], name="table_head")
        for (h, _, align), (a, b), lines in zip(cols, xs, head):
            self._text(b - pad if align == "right" else a + pad, y + pad, lines, hs, PALETTE["band_text"],
                       bold=True, anchor=align, name="table_head_text")
        yy = y + hh
        for i, row in enumerate(rows):
            cells = [self._lines(v, (b - a) - 2 * pad, s) for v, (a, b) in zip(row, xs)]
            rh = max([len(x) for x in cells] + [1]) * s * LINE + 2 * pad
            if i % 2 == 1:
                self._rect(x0, yy, x1, yy + rh, PALETTE["card"], name="table_band")
            for j, ((_, _, align), (a, b), lines) in enumerate(zip(cols, xs, cells)):
                color = (colors[i][j] if i < len(colors) and j < len(colors[i]) else None) or PALETTE["ink"]
                self._text(b - pad if align == "right" else a + pad, yy + pad, lines, s, color, anchor=align,
                           name="table_cell")
            yy += rh
        self._rect(x0, yy, x1, yy + 1.5, PALETTE["card_edge"], name="table_rule")
        return yy - y + 2

    # ---- the blocks
    def facts(self, x0: float, x1: float, y: float) -> float:
        """"งบประมาณ 150,000.00 บาท · 5 กิจกรรม · 6 ตัวชี้วัด"."""
        p, lang = self.ev.profile, self.lang
        facts = []
        if p.project_cost is not None:
            facts.append(t("pack.profile.budget", lang, baht=fmt.num(p.project_cost, 2)))
        facts.append(t("pack.profile.counts", lang, activities=len(p.activities), kpis=len(p.kpis)))
        size = self.sz(1.05)
        lines = self._lines(" \u00b7 ".join(facts), x1 - x0, size, bold=True, max_lines=2)
        self._text(x0, y, lines, size, PALETTE["ink"], bold=True, name="facts")
        return len(lines) * size * LINE

    def objectives(self, x0: float, x1: float, y: float) -> float:
        objectives = [o for o in self.ev.profile.objectives if o.strip()]
        shown = self.shown("objectives")
        y0 = y
        y += self._heading(x0, y, t("pack.profile.objectives", self.lang))
        s = self.sz(1.0)
        num_w = s * 1.6
        for i, o in enumerate(objectives[:shown], start=1):
            lines = self._lines(o, x1 - x0 - num_w, s, max_lines=3)
            self._text(x0, y, [f"{i}."], s, PALETTE["after"], bold=True, name="objective_no")
            self._text(x0 + num_w, y, lines, s, PALETTE["ink"], name="objective")
            y += len(lines) * s * LINE + s * 0.25
        y += self._more(x0 + num_w, y, len(objectives) - shown)
        return y - y0

    def _item(self, x0: float, x1: float, y: float, i: int, first: str, rest: Sequence[tuple[str, str]], *,
              tabs: Sequence[float] = ()) -> float:
        """A list item: ``first`` in bold, then each (text, colour) of
        ``rest`` after the other on one line while they fit ("เป้าหมาย ≥ 50% ·
        วัดได้ 67.30%  ✓ บรรลุเป้าหมาย"), else on the next line. With ``tabs``
        (px from the item's text start, one per part of ``rest``) the whole
        item is one line, each part at its tab, like a table's columns.
        Every other item on a light band, like a table's rows. Returns its height."""
        s = self.sz(1.0)
        pad = s * 0.2
        inner0, inner1 = x0 + s * 0.5, x1 - s * 0.5
        w = inner1 - inner0
        head = self._lines(first, w, s, bold=True, max_lines=2)
        placed: list[tuple[float, int, list[str], str]] = []       # (x, line, lines, colour)
        line, x = len(head), inner0
        if tabs:
            head = [" ".join(first.split())]
            placed = [(inner0 + tab, 0, [" ".join(text.split())], colour) for tab, (text, colour) in zip(tabs, rest)]
            rest = ()
            line = 1
        for text, colour in rest:
            text = " ".join(text.split())
            if not text:
                continue
            tw = text_width(text, s) if x > inner0 else 0.0
            if x > inner0 and x + tw <= inner0 + w * _SAFETY:
                placed.append((x, line - 1, [text], colour))
                x += tw + s * 0.8
                continue
            lines = self._lines(text, w, s, max_lines=3)
            placed.append((inner0, line, lines, colour))
            line += len(lines)
            x = inner0 + text_width(lines[-1], s) + s * 0.8 if len(lines) == 1 else inner0 + w
        h = line * s * LINE + 2 * pad
        if i % 2 == 1:
            self._rect(x0, y, x1, y + h, PALETTE["card"], name="item_band")
        self._text(inner0, y + pad, head, s, PALETTE["ink"], bold=True, name="item_title")
        for px, ln, lines, colour in placed:
            self._text(px, y + pad + ln * s * LINE, lines, s, colour, name="item_text")
        return h

    def activities(self, x0: float, x1: float, y: float) -> float:
        p, lang = self.ev.profile, self.lang
        y0 = y
        y += self._heading(x0, y, t("pack.profile.activities", lang))
        shown = p.activities[:self.shown("activities")]
        if self.plan.lists:
            for i, a in enumerate(shown):
                detail = [x for x in (_period(a.start, a.end, lang),
                                      t("pack.profile.baht", lang, baht=fmt.num(a.budget, 0))
                                      if a.budget is not None else "", _who(a)) if x]
                y += self._item(x0, x1, y, i, a.title, [(" \u00b7 ".join(detail), PALETTE["muted"])])
            if p.activities_budget is not None:
                size = self.sz(1.0)
                self._rect(x0, y, x1, y + 1.5, PALETTE["card_edge"], name="table_rule")
                total = t("pack.profile.activities_total", lang, baht=fmt.num(p.activities_budget, 0))
                self._text(x1 - size * 0.5, y + size * 0.3, [total], size, PALETTE["ink"], bold=True, anchor="right",
                           name="total")
                y += size * (LINE + 0.3)
            y += self._more(x0, y, len(p.activities) - len(shown))
            return y - y0
        cols = [(t("pack.xlsx.col.activity", lang), 0.35, "left"), (t("pack.xlsx.col.period", lang), 0.18, "left"),
                (t("pack.profile.col.budget", lang), 0.13, "right"),
                (t("pack.xlsx.col.responsible", lang), 0.34, "left")]
        rows = [[a.title, _period(a.start, a.end, lang) or fmt.DASH,
                 fmt.num(a.budget, 0) if a.budget is not None else fmt.DASH, _who(a) or fmt.DASH] for a in shown]
        if p.activities_budget is not None:
            rows.append([t("pack.xlsx.total", lang), "", fmt.num(p.activities_budget, 0), ""])
        y += self._table(x0, x1, y, cols, rows)
        y += self._more(x0, y, len(p.activities) - len(shown))
        return y - y0

    def kpis(self, x0: float, x1: float, y: float) -> float:
        lang = self.lang
        y0 = y
        y += self._heading(x0, y, t("pack.profile.kpis", lang))
        kpis = list(self.ev.kpis)
        shown = kpis[:self.shown("kpis")]
        rows, colors, items = [], [], []
        for st in shown:
            unit = st.kpi.unit or st.unit
            measured = _with_unit(fmt.num(st.measured, 2), unit) if st.measured is not None else fmt.DASH
            mark = "\u2713 " if st.achieved is True else "\u2717 " if st.achieved is False else ""
            colour = (PALETTE["better"] if st.achieved is True else
                      PALETTE["worse"] if st.achieved is False else PALETTE["muted"])
            verdict = mark + status_text(st, lang)
            figures = t("pack.profile.target_measured", lang, target=_target(st), measured=measured)
            items.append((" ".join(st.kpi.name.split()), [(figures, PALETTE["muted"]), (verdict, colour)]))
            rows.append([st.kpi.name, _target(st), measured, verdict])
            colors.append([None, None, None, colour])
        if self.plan.lists:
            # one line each when every KPI fits on one (name, figures, verdict), else two or more each
            s, gap = self.sz(1.0), self.sz(1.0) * 0.8
            width = (x1 - x0 - s) * _SAFETY
            name_w = max(text_width(name, s, bold=True) for name, _ in items) + gap
            figures_w = max(text_width(rest[0][0], s) for _, rest in items) + gap
            verdict_w = max(text_width(rest[1][0], s) for _, rest in items)
            tabs = (name_w, name_w + figures_w) if name_w + figures_w + verdict_w <= width else ()
            for i, (name, rest) in enumerate(items):
                y += self._item(x0, x1, y, i, name, rest, tabs=tabs)
        if self.plan.lists:
            self._rect(x0, y, x1, y + 1.5, PALETTE["card_edge"], name="table_rule")
            y += 2
        else:
            cols = [(t("pack.xlsx.col.kpi", lang), 0.42, "left"), (t("pack.xlsx.col.target", lang), 0.15, "right"),
                    (t("pack.xlsx.col.measured", lang), 0.15, "right"),
                    (t("pack.xlsx.col.verdict", lang), 0.28, "left")]
            y += self._table(x0, x1, y, cols, rows, colors)
        y += self._more(x0, y, len(kpis) - len(shown))
        return y - y0

    # ---- the page
    def heights(self, y0: float) -> list[float]:
        """The height each column takes from ``y0``."""
        return self._run(y0)

    def draw(self, y0: float) -> None:
        self._run(y0)

    def _run(self, y0: float) -> list[float]:
        gap = self.s * 1.1
        out = []
        for x0, x1, blocks in self.plan.columns:
            y = y0
            for b in blocks:
                y += getattr(self, b)(x0, x1, y) + gap
            out.append(y - gap - y0 if blocks else 0.0)
        return out or [0.0]
