"""The composed 5.4.1 infographic: one plotly figure, three sizes.

Everything is drawn in one figure so that one PNG export makes the whole
picture: the header band, the cards of headline numbers and the footer are
shapes and annotations placed in pixels; the chart of the headline metric is
ordinary traces on an x/y axis pair whose domain is the chart's box.

Text from users' files (project name, agency, metric names, units) and the
sentences written by the narrative module are plain text: they are escaped
(plotly reads a subset of HTML) and wrapped here, by measured width, so that
no Thai line overlaps another or runs off the page.  Wrapping never
separates a Thai vowel or tone mark from its base character.
"""
from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from typing import Any, Sequence

import plotly.graph_objects as go

from .. import __version__
from ..i18n import fmt
from ..stats.analysis import REPORTED, MetricResult
from .figures import (FigureError, _check_lang, _check_results, _summary, before_after_bar_traces, change_word,
                      distribution_traces, escape, ink_overflow, lines_html, pct_label, slope_traces,
                      text_width, verdict_colour, verdict_words, wrap_text)
from ..i18n.catalog import t
from ..criteria.project import ProjectInfo
from .theme import INFOGRAPHIC_SIZES, PALETTE, SIZES, resolve

__all__ = ["infographic_541", "SIZES_PX", "MAX_CARDS"]

LINE = 1.3          # plotly's line spacing for multi-line text, in em
MAX_CARDS = 4


@dataclass(frozen=True)
class _Geometry:
    """Type sizes and spacing of one infographic size (px)."""
    pad: int            # outer margin
    gap: int            # between blocks
    kicker: int         # "ITA criterion 5.4.1"
    title: int
    project: int
    sub: int            # agency, period
    card_cols: int      # cards per row
    card_rows: int      # rows of cards at most
    card_name: int
    card_big: int
    card_pct: int
    card_inner: int     # padding inside a card
    chart_title: int
    tick: int
    body: int           # significance sentences
    footer: int
    layout: str         # "stack": cards, chart, sentences; "side": cards, then chart | sentences
    chart_min: int      # smallest acceptable chart box height
    min_text: float = 0  # no text smaller than this (px): 24 on the slide, read from the back of a meeting room


_GEOMETRY = {
    "a4": _Geometry(pad=72, gap=36, kicker=26, title=56, project=38, sub=27, card_cols=2, card_rows=2,
                    card_name=27, card_big=62, card_pct=44, card_inner=24, chart_title=30, tick=25, body=27,
                    footer=21, layout="stack", chart_min=330),
    "slide": _Geometry(pad=60, gap=28, kicker=24, title=56, project=34, sub=26, card_cols=4, card_rows=1,
                       card_name=27, card_big=58, card_pct=40, card_inner=22, chart_title=28, tick=26, body=27,
                       footer=24, layout="side", chart_min=380, min_text=24),
    "square": _Geometry(pad=44, gap=20, kicker=20, title=44, project=28, sub=22, card_cols=2, card_rows=1,
                        card_name=23, card_big=50, card_pct=34, card_inner=16, chart_title=24, tick=22, body=23,
                        footer=17, layout="stack", chart_min=290),
}
SIZES_PX = {name: (SIZES[name].width, SIZES[name].height) for name in INFOGRAPHIC_SIZES}
_SAFETY = 0.95       # keep 5 % of every line free: browsers shape a little differently
_SEP = " \u00b7 "


class _Canvas:
    """Shapes and annotations placed in pixels from the top-left corner."""

    def __init__(self, width: int, height: int):
        self.W, self.H = width, height
        self.shapes: list[dict] = []
        self.annotations: list[dict] = []

    def px(self, x: float, y: float) -> tuple[float, float]:
        return x / self.W, 1 - y / self.H

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: str, *, radius: float = 0,
             line: str | None = None, line_width: float = 0, layer: str = "below", name: str = "") -> None:
        line_spec = dict(color=line or fill, width=line_width if line else 0)
        if radius <= 0:
            ax0, ay1 = self.px(x0, y0)
            ax1, ay0 = self.px(x1, y1)
            self.shapes.append(dict(type="rect", xref="paper", yref="paper", x0=ax0, x1=ax1, y0=ay0, y1=ay1,
                                    fillcolor=fill, line=line_spec, layer=layer, name=name))
            return
        r = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)

        def p(x: float, y: float) -> str:
            a, b = self.px(x, y)
            return f"{a:.6f},{b:.6f}"
        path = (f"M{p(x0 + r, y0)} L{p(x1 - r, y0)} Q{p(x1, y0)} {p(x1, y0 + r)} "
                f"L{p(x1, y1 - r)} Q{p(x1, y1)} {p(x1 - r, y1)} L{p(x0 + r, y1)} "
                f"Q{p(x0, y1)} {p(x0, y1 - r)} L{p(x0, y0 + r)} Q{p(x0, y0)} {p(x0 + r, y0)} Z")
        self.shapes.append(dict(type="path", xref="paper", yref="paper", path=path, fillcolor=fill,
                                line=line_spec, layer=layer, name=name))

    def text(self, x: float, y: float, html: str, size: float, color: str, *, xanchor: str = "left",
             yanchor: str = "top", align: str = "left", name: str = "") -> None:
        ax, ay = self.px(x, y)
        # A fixed box height (valign top) puts every first line at the same
        # place: without it plotly sizes the box by the ink, and a line with
        # stacked Thai marks (ปั้น, ที่ใช้) would sit lower than its neighbours.
        # The extra 0.4 em keeps the last line's descenders inside the box.
        # Chromium also grows the box above a line whose stacked marks rise
        # higher than the font's ascent; shift such a label up by as much.
        lines = html.count("<br>") + 1
        first = _plain(html.split("<br>", 1)[0])
        shift = ink_overflow(first, size, bold="<b>" in html) if yanchor == "top" else 0.0
        self.annotations.append(dict(xref="paper", yref="paper", x=ax, y=ay, text=html, showarrow=False,
                                     xanchor=xanchor, yanchor=yanchor, align=align, borderpad=0,
                                     height=round(_height(lines, size) + size * 0.7, 1), valign="top",
                                     yshift=round(shift, 1),
                                     font=dict(size=round(size, 1), color=color), name=name))


def _plain(html_text: str) -> str:
    """The characters of one line of our own label markup (tags dropped, entities decoded)."""
    import html as _html
    import re as _re
    return _html.unescape(_re.sub(r"<[^>]*>", "", html_text))


def _height(lines: int, size: float) -> float:
    return lines * size * LINE


def _fit(text: str, width: float, size: float, min_size: float, *, bold: bool = False,
         max_lines: int = 2) -> tuple[list[str], float]:
    """Wrap ``text`` into at most ``max_lines`` lines, shrinking the type
    (down to ``min_size``) before ending the last line with an ellipsis."""
    sz = size
    while True:
        lines = wrap_text(text, width * _SAFETY, sz, bold=bold)
        if len(lines) <= max_lines:
            return lines, sz
        if sz <= min_size:
            return wrap_text(text, width * _SAFETY, sz, bold=bold, max_lines=max_lines), sz
        sz = max(min_size, sz * 0.94)


def _fit_one_line(text: str, width: float, size: float, *, bold: bool = True, min_size: float = 8) -> float:
    """The largest size <= ``size`` at which ``text`` fits ``width`` on one line."""
    w = text_width(text, size, bold=bold)
    if w <= width * _SAFETY:
        return size
    return max(min_size, math.floor(size * width * _SAFETY / w))


def _wrap_parts(parts: Sequence[str], width: float, size: float, *, bold: bool = False) -> list[str]:
    """Join ``parts`` with " · ", starting a new line between parts rather
    than inside one; a part too long for a line is wrapped on its own."""
    lines: list[str] = []
    line = ""
    for part in parts:
        candidate = f"{line}{_SEP}{part}" if line else part
        if text_width(candidate, size, bold=bold) <= width * _SAFETY:
            line = candidate
            continue
        if line:
            lines.append(line)
        pieces = wrap_text(part, width * _SAFETY, size, bold=bold)
        lines.extend(pieces[:-1])
        line = pieces[-1]
    if line:
        lines.append(line)
    return lines


def _fit_parts(parts: Sequence[str], width: float, size: float, min_size: float, max_lines: int,
               bold: bool = False) -> tuple[list[str], float]:
    sz = size
    while True:
        lines = _wrap_parts(parts, width, sz, bold=bold)
        if len(lines) <= max_lines or sz <= min_size:
            return lines, sz
        sz = max(min_size, sz * 0.94)


# ---------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------

def _header(c: _Canvas, g: _Geometry, project: ProjectInfo, lang: str) -> float:
    """The dark band with the title, project, agency and period; returns its bottom."""
    P, W = g.pad, c.W
    inner_w = W - 2 * P
    y = P * 0.7
    kicker = t("info.criterion", lang)
    kicker_w = text_width(kicker, g.kicker, bold=True)
    title = t("info.title", lang)
    # the title on one line if it fits (a little smaller if need be), beside the kicker if room
    one = _fit_one_line(title, inner_w, g.title, min_size=g.title * 0.78)
    one_fits = text_width(title, one, bold=True) <= inner_w * _SAFETY
    beside = one_fits and text_width(title, one, bold=True) + kicker_w + 2 * g.gap <= inner_w * _SAFETY
    if not beside:
        c.text(P, y, f"<b>{escape(kicker)}</b>", g.kicker, PALETTE["accent"], name="kicker")
        y += _height(1, g.kicker) + 2
    if one_fits:
        title_lines, title_size = [title], one
    else:
        title_lines, title_size = _fit(title, inner_w, g.title, g.title * 0.8, bold=True, max_lines=2)
    if beside:
        c.text(W - P, y + (title_size - g.kicker) * 0.55, f"<b>{escape(kicker)}</b>", g.kicker,
               PALETTE["accent"], xanchor="right", align="right", name="kicker")
    c.text(P, y, f"<b>{lines_html(title_lines)}</b>", title_size, PALETTE["band_text"], name="title")
    y += _height(len(title_lines), title_size) + g.gap * 0.3
    pname = " ".join(project.name.split()) or t("info.no_project_name", lang)
    pl, ps = _fit(pname, inner_w, g.project, g.project * 0.8, bold=True, max_lines=2)
    c.text(P, y, f"<b>{lines_html(pl)}</b>", ps, PALETTE["band_text"], name="project")
    y += _height(len(pl), ps) + 6
    parts = [" ".join(p.split()) for p in (project.agency, project.unit) if p and p.strip()]
    if project.start or project.end:
        parts.append(t("info.period", lang, period=fmt.period(project.start, project.end, lang)))
    if parts:
        sl, ss = _fit_parts(parts, inner_w, g.sub, max(g.sub * 0.82, g.min_text), max_lines=2)
        c.text(P, y, lines_html(sl), ss, PALETTE["band_sub"], name="agency")
        y += _height(len(sl), ss)
    bottom = y + P * 0.5
    c.rect(0, 0, W, bottom, PALETTE["band"], name="band")
    c.rect(0, bottom, W, bottom + 8, PALETTE["accent"], name="stripe")
    return bottom + 8


def _footer(c: _Canvas, g: _Geometry, made_on: _dt.date, lang: str, note: str) -> float:
    """Date made (Buddhist era in Thai), version, note; returns the top of the footer rule."""
    P, W, H = g.pad, c.W, c.H
    parts = [t("info.made_on", lang, date=fmt.date(made_on, lang)), t("info.made_by", lang, version=__version__)]
    if note and note.strip():
        parts.append(" ".join(note.split()))
    fl, fs = _fit_parts(parts, W - 2 * P, g.footer, max(g.footer * 0.85, g.min_text), max_lines=2)
    top = H - P * 0.55 - _height(len(fl), fs)
    c.text(P, top, lines_html(fl), fs, PALETTE["muted"], name="footer")
    rule = top - g.gap * 0.45
    c.rect(P, rule, W - P, rule + 1.5, PALETTE["card_edge"], name="footer_rule")
    return rule


def _card_texts(r: MetricResult, lang: str) -> dict[str, str]:
    b, a = _summary(r)
    if getattr(r, "counts", None) is not None:        # counts: the sentence's numbers (count_figures)
        from .count_figures import card_texts
        return card_texts(r, lang)
    return {"values": f"{fmt.smart(b)} \u2192 {fmt.smart(a)}", "unit": " ".join((r.unit or "").split()),
            "pct": pct_label(r.pct_change), "word": verdict_words(r, lang)}


def _cards(c: _Canvas, g: _Geometry, cards: list[MetricResult], lang: str, x: float, y: float,
           w: float) -> float:
    """Cards of headline numbers in a grid; returns the height used."""
    if not cards:
        return 0.0
    cols = min(g.card_cols, len(cards))
    gap = g.gap * 0.7
    card_w = (w - gap * (cols - 1)) / cols
    inner = g.card_inner
    text_w = card_w - inner * 2 - 8
    lo = g.min_text                          # the smallest text of this size (24 px on the slide)
    names = [_fit(" ".join(r.name.split()), text_w, g.card_name, max(g.card_name * 0.85, lo), bold=True,
                  max_lines=2) for r in cards]
    name_lines = max(len(n[0]) for n in names)
    # one size for the big numbers of all cards (the smallest that fits each), so they line up
    texts = [_card_texts(r, lang) for r in cards]
    big = g.card_big
    unit_ratio = 0.46
    def unit_px(size: float) -> float:      # the unit beside the number: a share of it, never under ``lo``
        return max(size * unit_ratio, lo)
    # a unit goes beside its number while both fit with the number at 70 % of its size;
    # a longer one (a column header's words) goes on a line or two of its own below it
    least = g.card_big * 0.7
    below = [bool(tx["unit"]) and text_width(tx["values"], least, bold=True)
             + text_width(" " + tx["unit"], unit_px(least)) > text_w * _SAFETY for tx in texts]
    for tx, apart in zip(texts, below):
        unit = "" if apart else tx["unit"]
        unit_w = text_width(" " + unit, unit_px(big)) if unit else 0.0
        big = min(big, _fit_one_line(tx["values"], text_w - unit_w, g.card_big, min_size=g.card_big * 0.55))
        unit_w = text_width(" " + unit, unit_px(big)) if unit else 0.0
        while big > g.card_big * 0.45 and text_width(tx["values"], big, bold=True) + unit_w > text_w * _SAFETY:
            big -= 1
            unit_w = text_width(" " + unit, unit_px(big)) if unit else 0.0
    units = [_fit(tx["unit"], text_w, g.card_name, max(g.footer, lo), max_lines=2) if apart else ([], 0.0)
             for tx, apart in zip(texts, below)]
    units_h = max([_height(len(lines), size) + 4 for lines, size in units if lines] or [0.0])
    pct = g.card_pct
    verdict = g.card_name
    for tx in texts:
        pct = min(pct, _fit_one_line(tx["pct"], text_w, g.card_pct, min_size=max(g.card_pct * 0.6, lo)))
        if tx["word"]:
            verdict = min(verdict, _fit_one_line(tx["word"], text_w, g.card_name,
                                                 min_size=max(g.card_name * 0.7, lo)))
    verdict_h = verdict * LINE + 6 if any(tx["word"] for tx in texts) else 0.0
    name_h = _height(name_lines, g.card_name)
    card_h = inner * 2 + name_h + 6 + big * 1.22 + 4 + units_h + pct * LINE + verdict_h
    rows = math.ceil(len(cards) / cols)
    for i, (r, tx, (nl, ns), apart, (ul, us)) in enumerate(zip(cards, texts, names, below, units)):
        row, col = divmod(i, cols)
        cx = x + col * (card_w + gap)
        cy = y + row * (card_h + gap)
        colour = verdict_colour(r)
        tx0, ty = card_frame(c, (cx, cy, card_w, card_h), inner, colour, (nl, ns, name_h),
                             (tx["values"], "" if apart else tx["unit"], big, unit_ratio), value_name="card_values",
                             min_unit=lo)
        if ul:
            c.text(tx0, ty, lines_html(ul), us, PALETTE["ink"], name="card_unit")
            ty += _height(len(ul), us) + 4
        c.text(tx0, ty, f"<b>{escape(tx['pct'])}</b>", pct, colour, name="card_pct")
        if tx["word"]:
            c.text(tx0, ty + pct * LINE + 6, f"<b>{escape(tx['word'])}</b>", verdict, colour, name="card_verdict")
    return rows * card_h + (rows - 1) * gap


def card_frame(c: "_Canvas", box: tuple[float, float, float, float], inner: float, stripe: str,
               name: tuple[list[str], float, float], value: tuple[str, str, float, float], *,
               value_name: str, min_unit: float = 0) -> tuple[float, float]:
    """One headline card: the frame, the coloured stripe, the name (lines,
    size, height) and the big value with its unit (text, unit, size, unit
    ratio). Returns (x, y) where the card's last line goes; the 5.4.1 and
    5.4.3 infographics each add their own."""
    cx, cy, card_w, card_h = box
    c.rect(cx, cy, cx + card_w, cy + card_h, PALETTE["card"], radius=14, line=PALETTE["card_edge"],
           line_width=1.5, name="card")
    c.rect(cx, cy + 14, cx + 8, cy + card_h - 14, stripe, layer="above", name="card_stripe")
    tx0, ty = cx + inner + 8, cy + inner
    lines, size, height = name
    c.text(tx0, ty, f"<b>{lines_html(lines)}</b>", size, PALETTE["muted"], name="card_name")
    ty += height + 6
    text, unit, big, unit_ratio = value
    html = f"<b>{escape(text)}</b>"
    if unit:
        html += f"<span style='font-size:{round(max(big * unit_ratio, min_unit))}px'> {escape(unit)}</span>"
    c.text(tx0, ty, html, big, PALETTE["ink"], name=value_name)
    return tx0, ty + big * 1.22 + 4


def _fit_sentences(items: Sequence[str], width: float, size: float, min_size: float,
                   max_h: float) -> tuple[list[list[str]], float, float]:
    """Wrap the sentences to fit ``max_h``: shrink the type first, then leave
    out whole sentences from the end (never half a sentence), and only when
    even the first alone does not fit, end it with an ellipsis.
    Returns (wrapped sentences, size, height)."""
    def measure(k: int, sz: float) -> tuple[list[list[str]], float]:
        wrapped = [wrap_text(s, width * _SAFETY, sz) for s in items[:k]]
        return wrapped, _height(sum(len(w) for w in wrapped), sz) + (len(wrapped) - 1) * sz * 0.4
    for k in range(len(items), 0, -1):
        sz = size
        while True:
            wrapped, h = measure(k, sz)
            if h <= max_h:
                return wrapped, sz, h
            if sz <= min_size:
                break
            sz = max(min_size, sz * 0.94)
    lines = max(1, int(max_h // (min_size * LINE)))
    wrapped = [wrap_text(items[0], width * _SAFETY, min_size, max_lines=lines)]
    return wrapped, min_size, _height(len(wrapped[0]), min_size)


def _sentences_box(c: _Canvas, g: _Geometry, items: Sequence[str], lang: str, x: float, y_top: float | None,
                   y_bottom: float, w: float, max_h: float, *, stretch: bool = False,
                   label_key: str = "info.findings") -> float:
    """The significance sentences in a light box under ``label_key``; returns the box's top."""
    pad = max(16, round(g.body * 0.85))
    label = t(label_key, lang)
    label_size = round(g.body * 1.05)
    bullet_w = g.body * 1.1
    text_w = w - 2 * pad - 8 - bullet_w
    chrome = 2 * pad + _height(1, label_size) + 8
    start = g.body * (1.12 if stretch else 1.0)     # a box of fixed height may take larger type
    wrapped, size, body_h = _fit_sentences(items, text_w, start, g.body * 0.8, max(0.0, max_h - chrome))
    box_h = chrome + body_h
    if stretch and y_top is not None:
        top = y_top
    else:
        top = y_bottom - box_h if y_top is None else y_top
        y_bottom = top + box_h
    c.rect(x, top, x + w, y_bottom, "#F6F9FB", radius=14, line=PALETTE["card_edge"], line_width=1.5, name="findings")
    c.rect(x, top + 14, x + 8, y_bottom - 14, PALETTE["accent"], layer="above", name="findings_stripe")
    ty = top + pad
    tx = x + pad + 8
    c.text(tx, ty, f"<b>{escape(label)}</b>", label_size, PALETTE["ink"], name="findings_label")
    ty += _height(1, label_size) + 8
    for lines in wrapped:
        c.text(tx, ty, "\u2022", size, PALETTE["after"], name="bullet")
        c.text(tx + bullet_w, ty, lines_html(lines), size, PALETTE["ink"], name="sentence")
        ty += _height(len(lines), size) + size * 0.4
    return top


def _tick_labels(r: MetricResult, lang: str = "th") -> list[str]:
    """Labels about as wide as the y tick labels will be."""
    import numpy as np
    if getattr(r, "counts", None) is not None:
        from .count_figures import tick_texts
        return tick_texts(r, lang)
    vals = [v for v in (r.before_value, r.after_value) if v is not None and math.isfinite(v)]
    for arr in (r.metric.before, r.metric.after):
        a = np.asarray(arr, dtype=float)
        a = a[np.isfinite(a)]
        if a.size:
            vals += [float(a.max()), float(a.min())]
    top = max([abs(v) for v in vals] + [1.0])
    labels = [fmt.smart(round(top * 1.1, 1 if top < 10 else 0))]
    if min(vals + [0.0]) < 0:
        labels.append("\u2212" + labels[0])
    return labels


def _chart(fig: go.Figure, c: _Canvas, g: _Geometry, box: tuple[float, float, float, float],
           r: MetricResult, lang: str, size_name: str) -> None:
    """The headline metric's chart: its title, then traces on x/y in the box (px)."""
    x0, y0, x1, y1 = box
    base = SIZES[size_name]
    s = type(base)(**{**base.__dict__, "font": g.tick, "title": g.chart_title})
    title = t("info.chart_title", lang, name=" ".join(r.name.split()))
    if r.unit:
        title += f" ({' '.join(r.unit.split())})"
    annotations: list[dict] = []
    legend_items: list[str] = []
    extra: dict = {}
    if getattr(r, "counts", None) is not None:         # counts: rates, 100 % bars or the 2 x 2 table
        from .count_figures import count_traces, layout_extra
        traces, annotations, axes = count_traces(r, lang, s, value_font=g.tick * 1.1)
        extra = layout_extra(r)
    elif r.design == "paired":
        traces, annotations, axes = slope_traces(r, lang, s)
        legend_items = [tr.name for tr in traces if tr.showlegend is not False and tr.name]
    elif r.design == "independent":
        traces, axes = distribution_traces(r, lang, s)
        axes["x"] = dict(axes["x"], tickfont=dict(size=g.tick))
    else:
        traces, annotations, vmax = before_after_bar_traces(r, lang, s, showlegend=False, value_font=g.tick * 1.2)
        axes = dict(x=dict(showgrid=False, ticks=""),
                    y=dict(range=[0, vmax * 1.5 if vmax > 0 else 1], showticklabels=False, showgrid=False,
                           showline=False, ticks="", rangemode="tozero"))
    legend_size = round(max(g.tick * 0.88, g.min_text))
    legend_w = sum(text_width(x, legend_size) + legend_size * 3.2 for x in legend_items)
    tlines, tsize = _fit(title, x1 - x0, g.chart_title, max(g.chart_title * 0.8, g.min_text), bold=True, max_lines=2)
    c.text(x0, y0, f"<b>{lines_html(tlines)}</b>", tsize, PALETTE["ink"], name="chart_title")
    top = y0 + _height(len(tlines), tsize) + 6
    legend_y = top
    if legend_items:
        if len(tlines) == 1 and text_width(tlines[0], tsize, bold=True) + legend_w + g.gap <= (x1 - x0) * _SAFETY:
            legend_y, legend_x, legend_anchor = y0 + (tsize - legend_size) * 0.3, 1.0 * x1, "right"
        else:
            legend_x, legend_anchor = x0, "left"
            top += legend_size * 1.9
    top += g.gap * 0.4
    show_y = axes["y"].get("showticklabels", True)
    left = (max(text_width(lbl, g.tick) for lbl in _tick_labels(r, lang)) + g.tick * 0.7) if show_y else 0
    bottom = g.tick * (2.1 if r.design == "paired" else 1.9)
    dx0, dx1 = (x0 + left) / c.W, x1 / c.W
    dy0, dy1 = 1 - (y1 - bottom) / c.H, 1 - top / c.H
    fig.add_traces(traces)
    xfont = dict(size=round(g.tick * (1.15 if r.design == "paired" else 1.0)), color=PALETTE["ink"])
    fig.update_layout(
        xaxis=dict(axes["x"], domain=[dx0, dx1], anchor="y", automargin=False, tickfont=xfont),
        yaxis=dict(axes["y"], domain=[dy0, dy1], anchor="x", automargin=False, title=None,
                   tickfont=dict(size=g.tick, color=PALETTE["ink"]), nticks=6),
        **extra,
    )
    c.annotations.extend(annotations)
    if legend_items:
        fig.update_layout(showlegend=True, legend=dict(
            x=legend_x / c.W, y=1 - legend_y / c.H, xanchor=legend_anchor, yanchor="top", orientation="h",
            font=dict(size=legend_size, color=PALETTE["muted"]), bgcolor="rgba(255,255,255,0)",
            borderwidth=0, itemwidth=30, tracegroupgap=0))
    else:
        fig.update_layout(showlegend=False)


# ---------------------------------------------------------------------------
# The infographic
# ---------------------------------------------------------------------------

def infographic_541(results: Sequence[MetricResult], project: ProjectInfo, *, sentences: Sequence[str] = (),
                    size: str = "a4", lang: str = "th", template: Any = None,
                    made_on: _dt.date | None = None, footer_note: str = "", headline: int = 0,
                    max_cards: int = MAX_CARDS) -> go.Figure:
    """The 5.4.1 infographic as one plotly figure.

    Parameters
    ----------
    results : sequence of MetricResult
        The metrics to report, most important first.  The first ones get a
        card each (before → after and % change, in the file's units): up to
        4 on A4 and on the slide, 2 on the square.
    project : ProjectInfo
        Name, agency and unit, and the period (shown in the Buddhist era).
    sentences : sequence of str
        The significance sentence(s), already written (by the narrative
        module), as plain text.  When they do not fit, the type gets smaller
        first; then whole sentences are left out from the end (never half of
        one), so put the most important first.
    size : {"a4", "slide", "square"}
        1240 × 1754 (A4 portrait at 150 dpi), 1920 × 1080, 1080 × 1080 px.
    lang : {"th", "en"}
    template : plotly Template, registered name or None (the house template)
    made_on : date, optional
        The date in the footer (Buddhist era in Thai); today by default.
    footer_note : str
        Extra plain text for the footer (e.g. the data file's name).
    headline : int
        Which of ``results`` gets the chart (default: the first).
    max_cards : int
        At most this many cards (and never more than the size holds).

    Returns
    -------
    go.Figure
        ``layout.width``/``height`` are the size in px; export with
        ``itastats.render.export.to_png(fig, width=fig.layout.width, height=fig.layout.height)``.

    Example
    -------
    >>> fig = infographic_541(results, project, sentences=[sentence], size="slide")  # doctest: +SKIP
    """
    _check_lang(lang)
    if size not in INFOGRAPHIC_SIZES:
        raise FigureError("fig.error.bad_size", size=size, sizes=", ".join(INFOGRAPHIC_SIZES))
    items = _check_results(results)
    if not isinstance(project, ProjectInfo):
        raise FigureError("fig.error.not_result", got=type(project).__name__)
    if isinstance(sentences, str):
        sentences = [sentences]
    texts = [" ".join(str(x).split()) for x in (sentences or ())]
    texts = [x for x in texts if x] or [t("info.no_sentences", lang)]
    g = _GEOMETRY[size]
    limit = max(0, min(int(max_cards), MAX_CARDS, g.card_cols * g.card_rows))
    cards = [r for r in items if _has_summary(r)][:limit]
    chart_result = items[headline] if 0 <= headline < len(items) else items[0]
    made_on = made_on or _dt.date.today()

    W, H = SIZES_PX[size]
    c = _Canvas(W, H)
    fig = go.Figure(layout=dict(template=resolve(template, size)))
    fig.update_layout(width=W, height=H, margin=dict(l=0, r=0, t=0, b=0, pad=0, autoexpand=False),
                      paper_bgcolor=PALETTE["paper"], plot_bgcolor=PALETTE["paper"], hovermode=False)
    P = g.pad
    inner_w = W - 2 * P

    label_key = "info.findings" if any(r.verdict != REPORTED for r in items) else "info.reported_findings"
    y = _header(c, g, project, lang) + g.gap
    cards_h = _cards(c, g, cards, lang, P, y, inner_w)
    if cards_h:
        y += cards_h + g.gap
    region_bottom = _footer(c, g, made_on, lang, footer_note) - g.gap * 0.6

    if g.layout == "side":
        chart_w = inner_w * 0.55
        box_x = P + chart_w + g.gap * 1.4
        _sentences_box(c, g, texts, lang, box_x, y, region_bottom, W - P - box_x, region_bottom - y,
                       stretch=True, label_key=label_key)
        _chart(fig, c, g, (P, y, P + chart_w, region_bottom), chart_result, lang, size)
    else:
        max_h = max(region_bottom - y - g.chart_min - g.gap, g.body * 6)
        box_top = _sentences_box(c, g, texts, lang, P, None, region_bottom, inner_w, max_h, label_key=label_key)
        _chart(fig, c, g, (P, y, W - P, box_top - g.gap), chart_result, lang, size)

    fig.update_layout(shapes=c.shapes, annotations=c.annotations)
    return fig


def _has_summary(r: MetricResult) -> bool:
    return all(v is not None and math.isfinite(v) for v in (r.before_value, r.after_value))
