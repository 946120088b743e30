"""Charts of a satisfaction survey (criterion 5.4.3).

Built on the :class:`itastats.criteria.survey.SurveyResult` contract; like
:mod:`itastats.render.figures`, every factory validates its input and returns a
plotly ``go.Figure`` carrying the house template object.  Item names and
answers come from users' files: they are escaped (plotly reads a subset of
HTML) and wrapped by measured width, never split inside a Thai cluster.

Factories
---------
``diverging_items``  every item as one diverging stacked bar: the negative
                     levels (1–2) left of zero, the positive (4–5) right of
                     it, the neutral level (3) as its own bar in a column
                     apart; percentages on the segments, items in form order
                     with their numbers.  Orange against blue (colour-blind
                     safe), and the side of zero says the same as the hue.
``ranked_means``     item means as horizontal bars, highest first, over the
                     five level bands of the chosen criteria, each bar
                     labelled with its mean and level word.
``profile_bars``     one profile question: counts as bars with "n (x%)".

The trace builder :func:`ranked_means_parts` is shared with the 5.4.3
infographic (:mod:`itastats.render.survey_infographic`).
"""
from __future__ import annotations

import math
from typing import Any, Sequence

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..i18n import fmt
from .figures import FigureError, _check_lang, _check_size, _new_figure, _rgba, _title, escape, lines_html, wrap_text
from ..i18n.catalog import t
from ..criteria.survey import BEST, CRITERIA, HALF, ItemStat, ProfileTable, SurveyResult
from .theme import PALETTE, Size, resolve

__all__ = ["diverging_items", "ranked_means", "profile_bars", "ranked_means_parts", "LEVEL_EDGES",
           "LEVEL_COLOURS", "level_bands", "level_word", "item_label", "check_result"]

# Upper edges of levels 1..4 (the lower edge of the next level) under each criteria.
LEVEL_EDGES = {BEST: (1.80, 2.60, 3.40, 4.20), HALF: (1.50, 2.50, 3.50, 4.50)}

# Answer levels 1..5: vermillion-orange for "dissatisfied", blue-teal for
# "satisfied", grey for the middle.  Lightness rises towards the middle, so
# the order reads in greyscale and for any colour-vision deficiency too.
LEVEL_COLOURS = ("#A6460A", "#F0A95B", "#C9D1D9", "#7DB3C7", "#0B5C6E")
_TEXT_ON = ("#FFFFFF", PALETTE["ink"], PALETTE["ink"], PALETTE["ink"], "#FFFFFF")
# band tints behind the ranked means: the same teal, stronger for higher levels
_BAND_ALPHA = (0.03, 0.07, 0.11, 0.16, 0.22)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def check_result(result: Any) -> SurveyResult:
    """``result`` if it is a :class:`SurveyResult` with items; FigureError otherwise."""
    if not isinstance(result, SurveyResult):
        raise FigureError("svfig.error.not_result", got=type(result).__name__)
    if not result.items:
        raise FigureError("svfig.error.no_items")
    if result.criteria not in CRITERIA:
        raise FigureError("svfig.error.bad_criteria", criteria=result.criteria, known=", ".join(CRITERIA))
    return result


def level_bands(criteria: str, scale: int = 5) -> list[tuple[int, float, float]]:
    """``(level, low, high)`` of the five level bands, from 1.00 to 5.00.

    >>> level_bands("best")[0]
    (1, 1.0, 1.8)
    """
    if criteria not in LEVEL_EDGES:
        raise FigureError("svfig.error.bad_criteria", criteria=criteria, known=", ".join(CRITERIA))
    edges = (1.0, *LEVEL_EDGES[criteria], float(scale))
    return [(i + 1, edges[i], edges[i + 1]) for i in range(5)]


def level_word(level: int | None, lang: str = "th") -> str:
    """มากที่สุด … น้อยที่สุด (or the English words) for level 5 … 1; "—" for None."""
    if level is None or not 1 <= int(level) <= 5:
        return fmt.DASH
    return t(f"svfig.level.{int(level)}", lang)


def criteria_text(criteria: str, lang: str = "th") -> str:
    """The interpretation criteria with their source, as printed under a table."""
    bands = level_bands(criteria)
    parts = []
    for level, lo, hi in reversed(bands):
        low = lo if level == 1 else lo + 0.01
        parts.append(f"{fmt.num(low, 2)}\u2013{fmt.num(hi, 2)} = {level_word(level, lang)}")
    return t(f"svfig.criteria.{criteria}", lang, bands=", ".join(parts))


def item_label(item: ItemStat, index: int) -> str:
    """"1.1 name" (the form's number, else the running number ``index``), plain text."""
    number = (item.number or "").strip() or str(index)
    name = " ".join(str(item.name).split())
    return f"{number}\u00a0{name}"     # the number stays on the first line


def _usable(x: Any) -> bool:
    return x is not None and isinstance(x, (int, float)) and math.isfinite(x)


def _wrapped_labels(labels: Sequence[str], width: float, size: float, max_lines: int) -> list[str]:
    """Escaped, wrapped and made unique (a category axis merges equal labels)."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for label in labels:
        html = lines_html(wrap_text(label, width, size, max_lines=max_lines))
        if html in seen:
            seen[html] += 1
            html = html + "\u200b" * (seen[html] - 1)   # invisible, keeps the category apart
        else:
            seen[html] = 1
        out.append(html)
    return out


def _label_width(s: Size) -> float:
    return (s.width or 900) * 0.34


# ---------------------------------------------------------------------------
# Ranked means with the level bands (shared with the infographic)
# ---------------------------------------------------------------------------

def ranked_means_parts(result: SurveyResult, lang: str, s: Size, *, label_width: float,
                       max_lines: int = 2, xaxis: str = "x", yaxis: str = "y",
                       band_font: float | None = None, bar_font: float | None = None
                       ) -> tuple[list[go.Bar], list[dict], list[dict], dict]:
    """Traces, band shapes, band-word annotations and axes of the ranked means.

    Items without a mean are left out; the rest are sorted from the highest
    mean down (ties keep form order).  The five bands run from 1.00 to 5.00
    with the edges of ``result.criteria``.
    """
    result = check_result(result)
    rows = [(i, it) for i, it in enumerate(result.items) if _usable(it.mean)]
    if not rows:
        raise FigureError("svfig.error.no_means")
    rows.sort(key=lambda r: (-float(r[1].mean), r[0]))
    labels = _wrapped_labels([item_label(it, i + 1) for i, it in rows], label_width, s.font, max_lines)
    means = [float(it.mean) for _, it in rows]
    bf = bar_font or s.font
    texts = [f"<b>{fmt.num(m, 2)}</b> {escape(level_word(it.level, lang))}" for m, (_, it) in zip(means, rows)]
    hovers = [t("svfig.hover.mean", lang, item=escape(item_label(it, i + 1)), mean=fmt.num(it.mean, 2),
                sd=fmt.num(it.sd, 2), n=it.n, level=escape(level_word(it.level, lang))) for i, it in rows]
    trace = go.Bar(x=[m - 1.0 for m in means], base=1.0, y=labels, orientation="h",
                   marker=dict(color=PALETTE["after"]), text=texts, textposition="auto",
                   insidetextanchor="end", constraintext="none", insidetextfont=dict(color="#FFFFFF", size=bf),
                   outsidetextfont=dict(color=PALETTE["ink"], size=bf), cliponaxis=False,
                   hovertext=hovers, hoverinfo="text", showlegend=False, xaxis=xaxis, yaxis=yaxis,
                   name=t("svfig.mean", lang))
    xref = xaxis
    yref_dom = f"{yaxis} domain"
    shapes: list[dict] = []
    annotations: list[dict] = []
    bfont = band_font or max(s.small, s.font * 0.85)
    for level, lo, hi in level_bands(result.criteria, 5):
        shapes.append(dict(type="rect", xref=xref, yref=yref_dom, x0=lo, x1=hi, y0=0, y1=1, layer="below",
                           fillcolor=_rgba(PALETTE["after"], _BAND_ALPHA[level - 1]), line=dict(width=0),
                           name=f"band{level}"))
        if level > 1:
            shapes.append(dict(type="line", xref=xref, yref=yref_dom, x0=lo, x1=lo, y0=0, y1=1, layer="below",
                               line=dict(color=PALETTE["axis"], width=1, dash="dot"), name=f"edge{level}"))
        annotations.append(dict(xref=xref, yref=yref_dom, x=(lo + hi) / 2, y=1, yanchor="bottom",
                                xanchor="center", showarrow=False, text=escape(level_word(level, lang)),
                                font=dict(size=round(bfont, 1), color=PALETTE["muted"]), name=f"band_word{level}"))
    ticks = sorted({1.0, 5.0, *LEVEL_EDGES[result.criteria]})
    axes = dict(
        x=dict(range=[1.0, 5.0], tickvals=ticks, ticktext=[fmt.num(v, 2) for v in ticks], showgrid=False,
               zeroline=False, title=dict(text=t("svfig.mean_axis", lang))),
        y=dict(autorange="reversed", type="category", showgrid=False, ticks="", showline=False),
    )
    return [trace], shapes, annotations, axes


def ranked_means(result: SurveyResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                 title: bool = True) -> go.Figure:
    """Item means as horizontal bars, highest first, over the level bands.

    Parameters
    ----------
    result : SurveyResult
    lang : {"th", "en"}
    template : go.layout.Template, registered name, or None
        None uses the house template for ``size``.
    size : {"screen", "a4", "slide", "square"}
    title : bool
        Put the chart title on the figure.

    Returns
    -------
    go.Figure
        One bar per item with a mean; five band rectangles whose edges are
        the chosen criteria's (Best 1.80/2.60/3.40/4.20, the 0.50 criteria
        1.50/2.50/3.50/4.50) with the level word above each.

    Raises
    ------
    FigureError
        Not a SurveyResult, no items, no item with a mean, unknown criteria,
        language or size.
    """
    _check_lang(lang)
    s = _check_size(size)
    result = check_result(result)
    traces, shapes, annotations, axes = ranked_means_parts(result, lang, s, label_width=_label_width(s))
    fig = _new_figure(template, s)
    fig.add_traces(traces)
    fig.update_layout(shapes=shapes, annotations=annotations, xaxis=axes["x"], yaxis=axes["y"],
                      showlegend=False, bargap=0.3)
    if s.name == "screen":
        fig.update_layout(height=max(320, 44 * len(traces[0].y) + 190))
    if title:
        # from the chart's left edge, the criteria on a line of their own: from the plot's edge (past
        # the long item names) the one-line title ran off the chart's right side and was cut
        crit = t(f"svfig.criteria_name.{result.criteria}", lang)
        small = max(10, round(s.title * 0.7))
        heading = _title(f"{t('svfig.title.ranked', lang)}<br><span style='font-size:{small}px'>{crit}</span>", s)
        # (plotly sets a title of two lines by its first line's baseline: room above it, or it is cut)
        fig.update_layout(title=dict(heading, xref="container", x=0.01, pad=dict(t=s.font + s.title, b=0)),
                          margin=dict(t=fig.layout.template.layout.margin.t + round(small * 1.5)))
    return fig


# ---------------------------------------------------------------------------
# Diverging stacked bars
# ---------------------------------------------------------------------------

def diverging_items(result: SurveyResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                    title: bool = True) -> go.Figure:
    """Every item's answers as a diverging stacked bar, the neutral level apart.

    The lower levels (1–2 on a 5-point scale) stack left of zero, the upper
    ones (4–5) right of it, each segment labelled with its percentage (a
    label that does not fit its segment is hidden; hover shows it).  The
    middle level (3) is not split across zero: it is a bar of its own in a
    narrow column at the right.  Items are in form order, top to bottom,
    with their numbers.

    Parameters
    ----------
    result : SurveyResult
        Each item's ``distribution`` (percent at each scale point, 1 first)
        is drawn; items without one are drawn empty.
    lang, template, size, title
        As for :func:`ranked_means`.

    Returns
    -------
    go.Figure
        Traces named by level (legend in level order); the neutral trace is
        on ``xaxis2``.

    Raises
    ------
    FigureError
        Not a SurveyResult, no items, a distribution of the wrong length.
    """
    _check_lang(lang)
    s = _check_size(size)
    result = check_result(result)
    k = int(result.scale)
    if k < 2:
        raise FigureError("svfig.error.bad_scale", scale=result.scale)
    dists: list[tuple[float, ...]] = []
    for it in result.items:
        d = tuple(float(x) if _usable(x) else 0.0 for x in (it.distribution or ()))
        if d and len(d) != k:
            raise FigureError("svfig.error.bad_distribution", item=it.name, got=len(d), scale=k)
        dists.append(d or (0.0,) * k)
    labels = _wrapped_labels([item_label(it, i + 1) for i, it in enumerate(result.items)],
                             _label_width(s), s.font, 2)
    mid = (k + 1) // 2 if k % 2 else None            # the neutral point, 1-based
    low = list(range(1, (k // 2) + 1))               # 1..2 on a 5-point scale
    high = list(range(k - k // 2 + 1, k + 1))        # 4..5
    neutral_w = 0.16 if mid else 0.0
    fig = make_subplots(rows=1, cols=2 if mid else 1, shared_yaxes=True,
                        column_widths=[1 - neutral_w, neutral_w] if mid else None,
                        horizontal_spacing=0.03 if mid else 0.0)
    fig.update_layout(template=resolve(template, s.name))

    def colour(p: int) -> tuple[str, str]:
        # map scale point p of k onto the five house colours
        idx = round((p - 1) / (k - 1) * 4) if k > 1 else 2
        return LEVEL_COLOURS[idx], _TEXT_ON[idx]

    def word(p: int) -> str:
        if k == 5:
            return f"{p} {level_word(p, lang)}"
        return str(p)

    hover_names = [escape(item_label(it, i + 1)) for i, it in enumerate(result.items)]

    def add(p: int, sign: float, col: int) -> None:
        values = [d[p - 1] for d in dists]
        fill, ink = colour(p)
        text = [f"{fmt.num(v, 0)}%" if v > 0 else "" for v in values]
        apart = col == 2
        hover = [t("svfig.hover.level", lang, item=h, level=escape(word(p)), pct=fmt.pct(v, 2),
                   count=(it.counts[p - 1] if len(it.counts) == k else fmt.DASH))
                 for h, v, it in zip(hover_names, values, result.items)]
        fig.add_trace(go.Bar(x=[sign * v for v in values], y=labels, orientation="h", name=escape(word(p)),
                             legendrank=p, marker=dict(color=fill, line=dict(color="#FFFFFF", width=1)),
                             text=text, textposition="outside" if apart else "inside", insidetextanchor="middle",
                             textangle=0, textfont=dict(color=PALETTE["ink"] if apart else ink, size=s.font * 0.9),
                             hovertext=hover, hoverinfo="text",
                             cliponaxis=False), row=1, col=col)

    for p in reversed(low):            # the level nearest the middle stacks next to zero
        add(p, -1.0, 1)
    for p in high:
        add(p, 1.0, 1)
    if mid:
        add(mid, 1.0, 2)
    neg = max([sum(d[p - 1] for p in low) for d in dists] + [0.0])
    pos = max([sum(d[p - 1] for p in high) for d in dists] + [0.0])
    left = min(100.0, max(neg, 20.0) * 1.08)
    right = min(100.0, max(pos, 20.0) * 1.04)
    step = 25 if max(left, right) > 50 else 10
    ticks = [v for v in range(-100, 101, step) if -left <= v <= right]
    fig.update_xaxes(range=[-left, right], tickvals=ticks, ticktext=[f"{abs(v)}%" for v in ticks],
                     zeroline=True, zerolinecolor=PALETTE["ink"], zerolinewidth=2, row=1, col=1,
                     title=dict(text=t("svfig.pct_axis", lang)))
    if mid:
        nmax = max([d[mid - 1] for d in dists] + [0.0])
        top = max(10.0, nmax * 1.6)      # room for the label after the bar
        fig.update_xaxes(range=[0, top], showticklabels=False, showgrid=False, ticks="", row=1, col=2,
                         title=dict(text=escape(level_word(3, lang)) if k == 5 else str(mid)))
    fig.update_yaxes(autorange="reversed", type="category", showgrid=False, ticks="", row=1, col=1)
    fig.update_yaxes(showgrid=False, ticks="", showline=False, row=1, col=2 if mid else 1)
    fig.update_layout(barmode="relative", bargap=0.3, showlegend=True,
                      uniformtext=dict(minsize=max(9, round(s.font * 0.7)), mode="hide"),
                      legend=dict(traceorder="normal"))
    if s.name == "screen":
        fig.update_layout(height=max(340, 46 * len(result.items) + 210))
    if title:
        fig.update_layout(title=_title(t("svfig.title.diverging", lang, n=result.respondents), s))
    return fig


# ---------------------------------------------------------------------------
# Profile
# ---------------------------------------------------------------------------

def profile_bars(table: ProfileTable, *, lang: str = "th", template: Any = None, size: str = "screen",
                 title: bool = True) -> go.Figure:
    """One profile question (sex, age range, unit…) as horizontal count bars.

    Each bar is labelled "count (percent)"; answers keep the table's order.

    Parameters
    ----------
    table : ProfileTable
    lang, template, size, title
        As for :func:`ranked_means`.

    Returns
    -------
    go.Figure

    Raises
    ------
    FigureError
        Not a ProfileTable, or a table without rows.
    """
    _check_lang(lang)
    s = _check_size(size)
    if not isinstance(table, ProfileTable):
        raise FigureError("svfig.error.not_profile", got=type(table).__name__)
    if not table.rows:
        raise FigureError("svfig.error.empty_profile", question=table.question)
    answers = [" ".join(str(a).split()) or fmt.DASH for a, _, _ in table.rows]
    labels = _wrapped_labels(answers, _label_width(s), s.font, 2)
    counts = [int(c) for _, c, _ in table.rows]
    pcts = [float(p) if _usable(p) else None for _, _, p in table.rows]
    texts = [t("svfig.count_pct", lang, n=fmt.num(c, 0), pct=fmt.pct(p, 2)) for c, p in zip(counts, pcts)]
    hovers = [f"{escape(a)}: {x}" for a, x in zip(answers, texts)]
    fig = _new_figure(template, s)
    fig.add_trace(go.Bar(x=counts, y=labels, orientation="h", marker=dict(color=PALETTE["after"]), text=texts,
                         textposition="outside", cliponaxis=False, textfont=dict(size=s.font, color=PALETTE["ink"]),
                         hovertext=hovers, hoverinfo="text", showlegend=False))
    top = max(counts + [1])
    fig.update_layout(
        xaxis=dict(range=[0, top * 1.35], title=dict(text=t("svfig.count_axis", lang)), rangemode="tozero"),
        yaxis=dict(autorange="reversed", type="category", showgrid=False, ticks="", showline=False),
        bargap=0.3, showlegend=False)
    if s.name == "screen":
        fig.update_layout(height=max(260, 48 * len(counts) + 170))
    if title:
        q = " ".join(str(table.question).split())
        fig.update_layout(title=_title(t("svfig.title.profile", lang, question=escape(q), n=table.n), s))
    return fig
