"""Charts of counts: rates with their intervals, 100 % bars of X of N, the 2 × 2 table of changes.

One chart per kind of count (:mod:`itastats.stats.counts`), each as trace
builders (``*_traces``: traces, annotations and axis settings, shared with
the 5.4.1 infographic) and a figure factory; :func:`count_chart` picks the
chart of a result's kind.  Nothing is computed here: the rates, the
percentages and each side's exact interval come from the result.

* events over a period: a bar per period, its exact (Garwood) 95 % interval
  as whiskers, the rate written above;
* X of N, two groups: stacked 100 % bars, the part counted in the period's
  colour with "35 จาก 400 (8.75%)", the rest light;
* the same cases twice: the 2 × 2 table of changes, rows the answer before,
  columns the answer after; the two cells of cases that changed are
  coloured (better / worse by the metric's direction), the cases that stayed
  the same are light.
"""
from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from ..i18n import fmt
from ..i18n.catalog import t
from ..stats import counts as ct
from ..stats.analysis import MetricResult
from .count_narrative import rate_pair, rate_text
from .figures import (FigureError, _check_lang, _check_result, _check_size, _new_figure, _rgba, escape, lines_html,
                      wrap_text)
from .theme import PALETTE, Size

__all__ = ["count_chart", "count_traces", "rates_chart", "proportions_chart", "table_2x2_chart"]

_SCREEN_TITLE_PX = 330     # a chart beside the numbers takes half of the page (~360 px): titles wrap to fit


def _titled(fig: go.Figure, text: str, s: Size) -> None:
    """The chart's title, wrapped to the figure's width (plain text in, escaped here)."""
    width = (s.width or _SCREEN_TITLE_PX * 2) * 0.9 if s.name != "screen" else _SCREEN_TITLE_PX
    lines = wrap_text(text, width, s.title)
    fig.update_layout(title=dict(text=lines_html(lines), font=dict(size=s.title), xref="container", x=0.02,
                                 xanchor="left", yref="paper", y=1, yanchor="bottom", automargin=True,
                                 pad=dict(b=round(s.font * 1.6))))


def _values(result: MetricResult) -> tuple:
    test = result.counts
    if test is None:
        raise FigureError("fig.error.not_counts", name=result.name)
    data = result.metric.counts
    values = data.values if data is not None else test.counts
    if test.error or any(v is None for v in values) or result.before_value is None:
        raise FigureError("fig.error.no_summary", name=result.name)
    return values


def _units(result: MetricResult, lang: str) -> tuple[str, str]:
    from .count_narrative import _unit
    data = result.metric.counts
    return (_unit(data.count_unit, lang) if data else "", _unit(data.base_unit, lang, one=True) if data else "")


def _yes(result: MetricResult, lang: str) -> str:
    data = result.metric.counts
    return (data.answer if data is not None and data.answer else None) or t("cnt.yes", lang)


def _improved_colour(result: MetricResult, went_up: bool) -> str:
    """The colour of a change up (``went_up``) or down, by the metric's direction."""
    lower = result.metric.lower_is_better
    if lower is None:
        return PALETTE["neutral"]
    return PALETTE["better"] if went_up != bool(lower) else PALETTE["worse"]


# ---------------------------------------------------------------- events over a period

def rates_traces(result: MetricResult, lang: str, s: Size, *, xaxis: str = "x", yaxis: str = "y",
                 value_font: float | None = None) -> tuple[list, list[dict], dict]:
    """Two bars (before, after), each with its exact interval; the rate above the whisker."""
    _values(result)
    test = result.counts
    before_t, after_t = t("fig.before", lang), t("fig.after", lang)
    unit, per = _units(result, lang)
    per_text = t("cnt.per", lang, unit=per) if per else ""        # " per month" keeps its space
    vf = value_font or s.font
    traces, annotations = [], []
    tops = []
    shown = dict(zip((before_t, after_t), rate_pair(result)))
    for label, value, ci, colour in ((before_t, result.before_value, test.ci_before, PALETTE["before"]),
                                     (after_t, result.after_value, test.ci_after, PALETTE["after"])):
        lo, hi = (ci if ci else (None, None))
        hi_v = hi if hi is not None else value
        lo_v = lo if lo is not None else value
        traces.append(go.Bar(
            x=[label], y=[value], name=label, marker=dict(color=colour), showlegend=False, cliponaxis=False,
            error_y=dict(type="data", symmetric=False, array=[hi_v - value], arrayminus=[value - lo_v],
                         color=PALETTE["ink"], thickness=max(2, s.line * 0.6), width=s.marker * 1.2),
            hovertext=[t("cnt.hover.rate", lang, period=label, rate=rate_text(value), unit=unit, per=per_text,
                         low=rate_text(lo_v), high=rate_text(hi_v))],
            hoverinfo="text", xaxis=xaxis, yaxis=yaxis))
        tops.append(hi_v)
        annotations.append(dict(xref=xaxis, yref=yaxis, x=label, y=hi_v, yanchor="bottom", yshift=6,
                                text=f"<b>{escape(shown[label])}</b>", showarrow=False,
                                font=dict(size=vf * 1.1, color=PALETTE["ink"])))
    top = max(tops + [0.0])
    axes = dict(x=dict(showgrid=False, ticks="", tickfont=dict(size=s.font)),
                y=dict(title=dict(text=escape(t("cnt.axis.rate", lang, unit=unit, per=per_text).strip())),
                       range=[0, top * 1.25 if top > 0 else 1], rangemode="tozero"))
    return traces, annotations, axes


def _chart(result: MetricResult, traces_of, lang: str, template: Any, size: str, title: bool,
           title_text) -> go.Figure:
    """One count chart: its traces, annotations and axes, the layout its kind needs
    (:func:`layout_extra`, shared with the infographic's chart box) and its title."""
    _check_lang(lang)
    s = _check_size(size)
    result = _check_result(result)
    traces, annotations, axes = traces_of(result, lang, s)
    fig = _new_figure(template, s)
    fig.add_traces(traces)
    fig.update_layout(annotations=annotations, xaxis=axes["x"], yaxis=axes["y"], **layout_extra(result))
    if title:
        _titled(fig, title_text(result), s)
    return fig


def rates_chart(result: MetricResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                title: bool = True) -> go.Figure:
    """Events over a period: the rate before and after with their exact 95 % intervals."""
    def title_text(r: MetricResult) -> str:
        level = fmt.num(r.counts.confidence * 100, 1).rstrip("0").rstrip(".")
        return t("cnt.title.rates", lang, name=r.name, level=level)
    return _chart(result, rates_traces, lang, template, size, title, title_text)


# ---------------------------------------------------------------- X of N, two groups

def _x_n(result: MetricResult) -> tuple[float, float, float, float]:
    values = _values(result)
    if result.counts.kind == ct.PROPORTIONS:
        return values
    a, b, c, d = values
    n = a + b + c + d
    return a + b, n, a + c, n


def proportions_traces(result: MetricResult, lang: str, s: Size, *, xaxis: str = "x", yaxis: str = "y",
                       value_font: float | None = None) -> tuple[list, list[dict], dict]:
    """Stacked 100 % bars: the part counted (in the period's colour) and the rest."""
    xb, nb, xa, na = _x_n(result)
    before_t, after_t = t("fig.before", lang), t("fig.after", lang)
    unit, _per = _units(result, lang)
    vf = value_font or s.font
    counted = escape(result.name)
    rest = escape(t("cnt.rest", lang))
    xs = [before_t, after_t]
    pct = [100 * xb / nb, 100 * xa / na]
    traces = [
        go.Bar(x=xs, y=pct, name=counted, marker=dict(color=[PALETTE["before_line"], PALETTE["after"]]),
               showlegend=False, hoverinfo="text", xaxis=xaxis, yaxis=yaxis,
               hovertext=[t("cnt.hover.part", lang, period=p, x=fmt.smart(x), n=fmt.smart(n), unit=unit,
                            pct=fmt.num(v, 2)) for p, x, n, v in zip(xs, (xb, xa), (nb, na), pct)]),
        go.Bar(x=xs, y=[100 - v for v in pct], name=rest, showlegend=False, hoverinfo="skip",
               marker=dict(color=[_rgba(PALETTE["before"], 0.28), _rgba(PALETTE["after"], 0.16)],
                           line=dict(color=PALETTE["card_edge"], width=1)), xaxis=xaxis, yaxis=yaxis),
    ]
    annotations = []
    for label, x, n, v in zip(xs, (xb, xa), (nb, na), pct):
        inside = v >= 16
        annotations.append(dict(
            xref=xaxis, yref=yaxis, x=label, y=v / 2 if inside else v, yanchor="middle" if inside else "bottom",
            yshift=0 if inside else 4, showarrow=False,
            text=f"<b>{escape(fmt.num(v, 2))}%</b><br>{escape(t('cnt.x_of_n', lang, x=fmt.smart(x), n=fmt.smart(n), unit='').strip())}",
            font=dict(size=vf, color=PALETTE["paper"] if inside else PALETTE["ink"])))
    axes = dict(x=dict(showgrid=False, ticks="", tickfont=dict(size=s.font)),
                y=dict(title=dict(text=escape(t("cnt.axis.pct", lang))), range=[0, 100], ticksuffix="%",
                       dtick=25, rangemode="tozero"))
    return traces, annotations, axes


def proportions_chart(result: MetricResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                      title: bool = True) -> go.Figure:
    """X of N before and after as stacked 100 % bars, the counts written on them."""
    return _chart(result, proportions_traces, lang, template, size, title,
                  lambda r: t("cnt.title.proportions", lang, name=r.name))


# ---------------------------------------------------------------- the same cases twice

def table_2x2_traces(result: MetricResult, lang: str, s: Size, *, xaxis: str = "x", yaxis: str = "y",
                     value_font: float | None = None) -> tuple[list, list[dict], dict]:
    """The 2 × 2 table of changes as four coloured cells with their counts."""
    a, b, c, d = _values(result)
    n = a + b + c + d
    yes = _yes(result, lang)
    unit, _per = _units(result, lang)
    vf = value_font or s.font
    cols = [t("cnt.axis.after_yes", lang, yes=yes), t("cnt.axis.after_no", lang, yes=yes)]
    rows = [t("cnt.axis.before_yes", lang, yes=yes), t("cnt.axis.before_no", lang, yes=yes)]
    cols, rows = [escape(x) for x in cols], [escape(x) for x in rows]
    grid = [[a, b], [c, d]]
    same = _rgba(PALETTE["before"], 0.35)
    up, down = _improved_colour(result, True), _improved_colour(result, False)
    colours = [[same, _rgba(down, 0.85)], [_rgba(up, 0.85), same]]
    words = [[t("cnt.cell.stayed_yes", lang), t("cnt.cell.became_no", lang)],
             [t("cnt.cell.became_yes", lang), t("cnt.cell.stayed_no", lang)]]
    traces, annotations = [], []
    for i, row in enumerate(rows):
        for j, col in enumerate(cols):
            traces.append(go.Bar(x=[col], y=[1], base=[i], width=0.96, marker=dict(color=colours[i][j],
                                 line=dict(color=PALETTE["paper"], width=3)), showlegend=False,
                                 hovertext=[f"{row} · {col}: {fmt.smart(grid[i][j])}"], hoverinfo="text",
                                 xaxis=xaxis, yaxis=yaxis))
            dark = j != i
            annotations.append(dict(
                xref=xaxis, yref=yaxis, x=col, y=i + 0.5, showarrow=False, yanchor="middle",
                text=(f"<b>{escape(fmt.smart(grid[i][j]))}</b> <span style='font-size:{round(vf * 0.9)}px'>"
                      f"{escape(unit)}</span><br><span style='font-size:{round(vf * 0.95)}px'>"
                      f"{escape(words[i][j])} ({escape(fmt.num(100 * grid[i][j] / n, 1))}%)</span>"),
                font=dict(size=vf * 1.5, color=PALETTE["paper"] if dark else PALETTE["ink"])))
    axes = dict(x=dict(showgrid=False, ticks="", tickfont=dict(size=s.font), showline=False),
                y=dict(tickmode="array", tickvals=[0.5, 1.5], ticktext=rows, range=[2, 0], showgrid=False,
                       ticks="", showline=False, zeroline=False, tickfont=dict(size=s.font)))
    return traces, annotations, axes


def table_2x2_chart(result: MetricResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                    title: bool = True) -> go.Figure:
    """The same cases checked twice: the 2 × 2 table of changes, the changed cells coloured."""
    return _chart(result, table_2x2_traces, lang, template, size, title,
                  lambda r: t("cnt.title.table_2x2", lang, name=r.name))


# ---------------------------------------------------------------- by kind

_CHARTS = {ct.RATES: (rates_chart, rates_traces), ct.PROPORTIONS: (proportions_chart, proportions_traces),
           ct.PAIRED_PROPORTIONS: (table_2x2_chart, table_2x2_traces)}


def count_chart(result: MetricResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                title: bool = True) -> go.Figure:
    """The chart of a count result's kind (rates, 100 % bars, 2 × 2 table)."""
    result = _check_result(result)
    if result.counts is None:
        raise FigureError("fig.error.not_counts", name=result.name)
    return _CHARTS[result.counts.kind][0](result, lang=lang, template=template, size=size, title=title)


def count_traces(result: MetricResult, lang: str, s: Size, **kw: Any) -> tuple[list, list[dict], dict]:
    """Traces, annotations and axes of :func:`count_chart`, for the infographic's chart box.

    A count that could not be tested (a 2 × 2 table that does not add up...)
    has no chart: the box says why instead of failing the whole page."""
    if result.counts is None:
        raise FigureError("fig.error.not_counts", name=result.name)
    try:
        return _CHARTS[result.counts.kind][1](result, lang, s, **kw)
    except FigureError:
        from .count_narrative import significance_phrase
        from .figures import lines_html, wrap_text
        why = significance_phrase(result.counts, lang) if result.counts.error else t("nar.no_test", lang)
        note = dict(xref="x domain", yref="y domain", x=0.5, y=0.5, showarrow=False,
                    text=lines_html(wrap_text(why, 900, s.font)), font=dict(size=s.font, color=PALETTE["muted"]))
        hidden = dict(visible=False, range=[0, 1])
        return [], [note], dict(x=hidden, y=dict(hidden, showticklabels=False))


def layout_extra(result: MetricResult) -> dict:
    """Layout settings a count chart needs beside its axes (stacked or overlaid bars)."""
    kind = result.counts.kind if result.counts is not None else None
    return {ct.PROPORTIONS: dict(barmode="stack", bargap=0.4), ct.RATES: dict(bargap=0.45),
            ct.PAIRED_PROPORTIONS: dict(barmode="overlay", bargap=0)}.get(kind, {})


# ---------------------------------------------------------------- the infographic's card and axis

def card_texts(result: MetricResult, lang: str) -> dict[str, str]:
    """A 5.4.1 card of a count: the rates (as the sentence prints them) or the
    percentages, and the change (in percentage points for X of N)."""
    from .figures import pct_label, verdict_words
    b, a = result.before_value, result.after_value
    data = result.metric.counts
    if result.counts.kind == ct.RATES:
        unit = " ".join((result.unit or "").split())
        rb, ra = rate_pair(result)
        return {"values": f"{rb} \u2192 {ra}", "unit": unit,
                "pct": pct_label(result.pct_change), "word": verdict_words(result, lang)}
    points = None if result.change is None else fmt.num(result.change, 2, sign=True)
    return {"values": f"{fmt.num(b, 2)} \u2192 {fmt.num(a, 2)}", "unit": "%",
            "pct": t("cnt.card.points", lang, points=points or fmt.DASH), "word": verdict_words(result, lang)}


def tick_texts(result: MetricResult, lang: str) -> list[str]:
    """About the widest y tick labels of the result's count chart (for the infographic's margin)."""
    kind = result.counts.kind if result.counts is not None else None
    if kind == ct.PAIRED_PROPORTIONS:
        yes = _yes(result, lang)
        return [t("cnt.axis.before_yes", lang, yes=yes), t("cnt.axis.before_no", lang, yes=yes)]
    if kind == ct.PROPORTIONS:
        return ["100%"]
    test = result.counts
    tops = [v for v in (result.before_value, result.after_value) if v is not None]
    for ci in (test.ci_before, test.ci_after):
        if ci and ci[1] is not None:
            tops.append(ci[1])
    top = max(tops + [1.0]) * 1.25
    return [fmt.smart(round(top, 1 if top < 10 else 0))]
