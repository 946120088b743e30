"""The 5.1.1 project profile as one infographic page: the header band of the
infographics, the budget, the objectives, the activities (period, budget,
person responsible) and the KPIs (target, measured value, verdict).

The 5.1.2 working group's names and positions are public by nature (the
order appointing them is published), so they stay on the page.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Sequence

import plotly.graph_objects as go

from ..i18n import fmt
from ..i18n.catalog import t

__all__ = ["profile_figure"]


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


def profile_figure(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None,
                   footer_note: str = "") -> go.Figure:
    """The project profile (5.1.1) on one A4 page (1240 × 1754 px): the
    header band of the infographics, the budget, the objectives, the
    activities (period, budget, person responsible) and the KPIs (target,
    measured value, verdict), the type shrinking to keep it on one page."""
    from ..render.attendance_infographic import _finish, _page
    fig, c, g, top, bottom = _page("a4", lang, None, ev.profile, made_on, footer_note,
                                   t("pack.profile.title", lang), t("pack.profile.kicker", lang))
    x0, x1 = g.pad, c.W - g.pad
    size = float(g.body)
    while True:
        probe = _ProfileLayout(None, ev, lang, x0, x1, size)
        if top + probe.run(top) <= bottom or size <= 15:
            break
        size = max(15.0, size * 0.94)
    _ProfileLayout(c, ev, lang, x0, x1, size).run(top)
    fig.update_layout(xaxis=dict(visible=False), yaxis=dict(visible=False))
    return _finish(fig, c)


class _ProfileLayout:
    """Draws (or, without a canvas, measures) the profile's blocks at one type size."""

    def __init__(self, c: Any, ev: Any, lang: str, x0: float, x1: float, size: float):
        self.c, self.ev, self.lang, self.x0, self.x1, self.s = c, ev, lang, x0, x1, size

    # ---- primitives
    def _lines(self, text: str, width: float, size: float, bold: bool = False, max_lines: int = 4) -> list[str]:
        from ..render.figures import wrap_text
        from ..render.infographic import _SAFETY
        text = " ".join(str(text or "").split())
        if not text:
            return []
        return wrap_text(text, width * _SAFETY, size, bold=bold, max_lines=max_lines)

    def _text(self, x: float, y: float, lines: list[str], size: float, color: str, *, bold: bool = False,
              anchor: str = "left") -> None:
        from ..render.figures import lines_html
        if self.c is None or not lines:
            return
        html = lines_html(lines)
        self.c.text(x, y, f"<b>{html}</b>" if bold else html, size, color, xanchor=anchor, align=anchor)

    def _rect(self, *args: Any, **kw: Any) -> None:
        if self.c is not None:
            self.c.rect(*args, **kw)

    def _heading(self, y: float, text: str) -> float:
        from ..render.infographic import LINE
        from ..render.theme import PALETTE
        hs = self.s * 1.15
        self._rect(self.x0, y + 4, self.x0 + 8, y + hs * LINE - 2, PALETTE["accent"])
        self._text(self.x0 + 20, y, [text], hs, PALETTE["band"], bold=True)
        return hs * LINE + self.s * 0.4

    def _table(self, y: float, cols: Sequence[tuple[str, float, str]], rows: Sequence[Sequence[str]],
               colors: Sequence[Sequence[str | None]] = ()) -> float:
        """A table: ``cols`` (header, share of the width, align); returns its height."""
        from ..render.infographic import LINE
        from ..render.theme import PALETTE
        s, w = self.s * 0.92, self.x1 - self.x0
        pad = s * 0.45
        xs, x = [], self.x0
        for _, share, _ in cols:
            xs.append((x, x + share * w))
            x += share * w
        head = [self._lines(h, (b - a) - 2 * pad, s * 0.92, bold=True, max_lines=2) for (h, _, _), (a, b) in
                zip(cols, xs)]
        hh = max([len(h) for h in head] + [1]) * s * 0.92 * LINE + 2 * pad
        self._rect(self.x0, y, self.x1, y + hh, PALETTE["band"])
        for (h, _, align), (a, b), lines in zip(cols, xs, head):
            self._text(b - pad if align == "right" else a + pad, y + pad, lines, s * 0.92, PALETTE["band_text"],
                       bold=True, anchor=align)
        yy = y + hh
        for i, row in enumerate(rows):
            cells = [self._lines(v, (b - a) - 2 * pad, s) for v, (a, b) in zip(row, xs)]
            rh = max([len(x) for x in cells] + [1]) * s * LINE + 2 * pad
            if i % 2 == 1:
                self._rect(self.x0, yy, self.x1, yy + rh, PALETTE["card"])
            for j, ((_, _, align), (a, b), lines) in enumerate(zip(cols, xs, cells)):
                color = (colors[i][j] if i < len(colors) and j < len(colors[i]) else None) or PALETTE["ink"]
                self._text(b - pad if align == "right" else a + pad, yy + pad, lines, s, color, anchor=align)
            yy += rh
        self._rect(self.x0, yy, self.x1, yy + 1.5, PALETTE["card_edge"])
        return yy - y + 2

    # ---- the page
    def run(self, y0: float) -> float:
        from ..render.infographic import LINE
        from ..criteria.kpi import status_text
        from ..render.theme import PALETTE
        ev, lang, s = self.ev, self.lang, self.s
        p = ev.profile
        gap = s * 1.1
        y = y0
        facts = []
        if p.project_cost is not None:
            facts.append(t("pack.profile.budget", lang, baht=fmt.num(p.project_cost, 2)))
        facts.append(t("pack.profile.counts", lang, activities=len(p.activities), kpis=len(p.kpis)))
        if p.objectives or p.activities or p.kpis:
            lines = self._lines(" \u00b7 ".join(facts), self.x1 - self.x0, s * 1.05, bold=True, max_lines=2)
            self._text(self.x0, y, lines, s * 1.05, PALETTE["ink"], bold=True)
            y += len(lines) * s * 1.05 * LINE + gap
        objectives = [o for o in p.objectives if o.strip()]
        if objectives:
            y += self._heading(y, t("pack.profile.objectives", lang))
            for i, o in enumerate(objectives, start=1):
                num_w = s * 1.6
                lines = self._lines(o, self.x1 - self.x0 - num_w, s, max_lines=3)
                self._text(self.x0, y, [f"{i}."], s, PALETTE["after"], bold=True)
                self._text(self.x0 + num_w, y, lines, s, PALETTE["ink"])
                y += len(lines) * s * LINE + s * 0.25
            y += gap
        if p.activities:
            y += self._heading(y, t("pack.profile.activities", lang))
            cols = [(t("pack.xlsx.col.activity", lang), 0.35, "left"), (t("pack.xlsx.col.period", lang), 0.18, "left"),
                    (t("pack.profile.col.budget", lang), 0.13, "right"),
                    (t("pack.xlsx.col.responsible", lang), 0.34, "left")]
            rows = []
            for a in p.activities:
                who = " ".join(a.responsible.split())
                if a.position.strip():
                    who = f"{who} ({' '.join(a.position.split())})" if who else " ".join(a.position.split())
                period = fmt.period(a.start, a.end, lang) if (a.start or a.end) else fmt.DASH
                rows.append([a.title, period, fmt.num(a.budget, 0) if a.budget is not None else fmt.DASH,
                             who or fmt.DASH])
            if p.activities_budget is not None:
                rows.append([t("pack.xlsx.total", lang), "", fmt.num(p.activities_budget, 0), ""])
            y += self._table(y, cols, rows) + gap
        if ev.kpis:
            y += self._heading(y, t("pack.profile.kpis", lang))
            cols = [(t("pack.xlsx.col.kpi", lang), 0.42, "left"), (t("pack.xlsx.col.target", lang), 0.15, "right"),
                    (t("pack.xlsx.col.measured", lang), 0.15, "right"), (t("pack.xlsx.col.verdict", lang), 0.28, "left")]
            rows, colors = [], []
            for st in ev.kpis:
                unit = st.kpi.unit or st.unit
                measured = _with_unit(fmt.num(st.measured, 2), unit) if st.measured is not None else fmt.DASH
                mark = "\u2713 " if st.achieved is True else "\u2717 " if st.achieved is False else ""
                rows.append([st.kpi.name, _target(st), measured, mark + status_text(st, lang)])
                colors.append([None, None, None, PALETTE["better"] if st.achieved is True else
                               PALETTE["worse"] if st.achieved is False else PALETTE["muted"]])
            y += self._table(y, cols, rows, colors) + gap
        return y - y0
