"""The page and the cards of headline numbers, shared by the infographics (5.2.1–5.3.2, 5.4.3).

:func:`card` makes one card's spec; :func:`card_grid` draws cards in a grid on
an infographic canvas: one size for every card's number (so they read as a
set), except a card marked ``alone`` (a date range) that fits its own.
"""
from __future__ import annotations

import math
from typing import Any

import datetime as _dt

import plotly.graph_objects as go

from .figures import FigureError, _check_lang, escape, ink_overflow, lines_html, text_width
from .infographic import (SIZES_PX, _GEOMETRY, _SAFETY, _Canvas, _fit, _fit_one_line, _footer, _header, _height,
                          card_frame)
from ..criteria.project import ProjectInfo
from .theme import INFOGRAPHIC_SIZES, PALETTE, resolve

__all__ = ["blank_page", "card", "card_grid", "relabel"]


def card(name: str, big: str, unit: str = "", sub: str = "", *, sub_colour: str | None = None,
          stripe: str | None = None, alone: bool = False) -> dict:
    """One card: ``alone`` fits its big text on its own (a date range) instead
    of sharing one size with the other cards' numbers."""
    return dict(name=name, big=big, unit=unit, sub=sub, sub_colour=sub_colour or PALETTE["muted"],
                stripe=stripe or PALETTE["after"], alone=alone)


def card_grid(c: _Canvas, g: Any, specs: list[dict], cols: int, x: float, y: float, w: float) -> float:
    """Cards of headline numbers in a grid; returns the height used."""
    cols = max(1, min(cols, len(specs)))
    gap = g.gap * 0.7
    card_w = (w - gap * (cols - 1)) / cols
    inner = g.card_inner
    text_w = card_w - inner * 2 - 8
    lo = getattr(g, "min_text", 0)           # the smallest text of this size (24 px on the slide)
    names = [_fit(s["name"], text_w, g.card_name, max(g.card_name * 0.8, lo), bold=True, max_lines=2)
             for s in specs]
    name_size = min(ns for _, ns in names)
    names = [_fit(s["name"], text_w, name_size, name_size, bold=True, max_lines=2)[0] for s in specs]
    name_lines = max(len(n) for n in names)
    unit_ratio = 0.46

    def unit_px(big: float) -> float:
        return max(big * unit_ratio, lo)

    def fit_big(s: dict, start: float) -> float:
        floor = max(g.card_big * 0.4, lo)
        big = _fit_one_line(s["big"], text_w, start, min_size=floor)
        while big > floor and text_width(s["big"], big, bold=True) + (
                text_width(" " + s["unit"], unit_px(big)) if s["unit"] else 0.0) > text_w * _SAFETY:
            big -= 1
        return big
    shared = min([fit_big(s, g.card_big) for s in specs if not s.get("alone")] or [g.card_big])
    bigs = [fit_big(s, shared * 0.8) if s.get("alone") else shared for s in specs]
    sub_size = max(g.card_name * 0.95, lo)
    subs = [_fit(s["sub"], text_w, sub_size, max(sub_size * 0.8, lo), max_lines=2) for s in specs]
    sub_size = min(ss for _, ss in subs)
    subs = [_fit(s["sub"], text_w, sub_size, sub_size, max_lines=2)[0] if s["sub"] else [] for s in specs]
    sub_lines = max([len(x) for x in subs] + [1])
    name_h = _height(name_lines, name_size)
    card_h = inner * 2 + name_h + 6 + shared * 1.22 + 4 + _height(sub_lines, sub_size)
    rows = math.ceil(len(specs) / cols)
    for i, (s, nl, sl, big) in enumerate(zip(specs, names, subs, bigs)):
        row, col = divmod(i, cols)
        cx = x + col * (card_w + gap)
        cy = y + row * (card_h + gap)
        # a smaller big text sits on the same baseline as its neighbours'
        tx0, ty = card_frame(c, (cx, cy, card_w, card_h), inner, s["stripe"], (nl, name_size, name_h),
                             ("", "", shared, unit_ratio), value_name="card_value_slot")
        c.annotations.pop()        # the empty slot: the value is placed below
        vy = ty - shared * 1.22 - 4 + (shared - big) * 0.9
        html = f"<b>{escape(s['big'])}</b>"
        if s["unit"]:
            html += f"<span style='font-size:{round(unit_px(big))}px'> {escape(s['unit'])}</span>"
        c.text(tx0, vy, html, big, PALETTE["ink"], name="card_value")
        # the unit is smaller: its stacked Thai marks (ครั้ง) rise less than they would at the number's size
        c.annotations[-1]["yshift"] = round(max(ink_overflow(s["big"], big, bold=True),
                                                ink_overflow(s["unit"], unit_px(big)) if s["unit"] else 0.0), 1)
        if sl:
            c.text(tx0, ty, f"<b>{lines_html(sl)}</b>", sub_size, s["sub_colour"], name="card_sub")
    return rows * card_h + (rows - 1) * gap


def relabel(c: _Canvas, name: str, html: str, width: float | None = None) -> None:
    """Replace the text of the annotation ``name`` (a header's title or
    kicker), keeping its place and (when the new text still fits ``width``)
    its size."""
    for a in c.annotations:
        if a.get("name") == name:
            size = a["font"]["size"]
            if width is not None:
                plain = html.replace("<b>", "").replace("</b>", "")
                size = min(size, _fit_one_line(plain, width, size, bold="<b>" in html))
            a["text"] = html
            a["font"] = dict(a["font"], size=size)


def blank_page(size: str, lang: str, template: Any, project: Any, made_on: _dt.date | None, footer_note: str,
               title: str, kicker: str, *, not_project_key: str) -> tuple[go.Figure, _Canvas, Any, float, float]:
    """The empty page: header (with this page's title and criterion) and footer.
    Returns (figure, canvas, geometry, top of the free region, its bottom)."""
    _check_lang(lang)
    if size not in INFOGRAPHIC_SIZES:
        raise FigureError("fig.error.bad_size", size=size, sizes=", ".join(INFOGRAPHIC_SIZES))
    if not isinstance(project, ProjectInfo):
        raise FigureError(not_project_key, got=type(project).__name__)
    g = _GEOMETRY[size]
    W, H = SIZES_PX[size]
    c = _Canvas(W, H)
    fig = go.Figure(layout=dict(template=resolve(template, size)))
    fig.update_layout(width=W, height=H, margin=dict(l=0, r=0, t=0, b=0, pad=0, autoexpand=False),
                      paper_bgcolor=PALETTE["paper"], plot_bgcolor=PALETTE["paper"], hovermode=False,
                      showlegend=False)
    y = _header(c, g, project, lang)
    relabel(c, "title", f"<b>{escape(title)}</b>", W - 2 * g.pad)
    relabel(c, "kicker", f"<b>{escape(kicker)}</b>")
    bottom = _footer(c, g, made_on or _dt.date.today(), lang, footer_note) - g.gap * 0.6
    return fig, c, g, y + g.gap, bottom
