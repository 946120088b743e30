"""The composed infographics of criteria 5.3.2 (participation, learning),
5.3.1 (activities) and 5.2.1 (communication): one plotly figure each, in
the three sizes of :data:`itastats.render.theme.INFOGRAPHIC_SIZES`.

Same page as the 5.4.1 and 5.4.3 infographics and built with their parts
(:mod:`itastats.render.infographic`: the pixel canvas, the geometry of each size,
the header band with project, agency and period in the Buddhist era, the
cards, the findings box and the footer with the date made):

``infographic_532``           participation rate against the KPI target
                              (✓/✗ and words, not colour alone), people,
                              sessions, hours online; the rate by unit and,
                              where there is room, attendees per session.
``infographic_532_learning``  mean score pre → post, mean gain, normalised
                              gain, pass rate pre → post; each person's
                              scores; the significance sentence of
                              :func:`itastats.render.narrative.sentence` and who
                              was left out of the paired test.
``infographic_531``           activities, people taking part, the period;
                              a dated list and up to four photos with their
                              captions (title and Buddhist-era date).
``infographic_521``           communications, audience reached, channels;
                              the channels chart and a dated list.

All user text (project, units, sessions, titles, channels, captions) is
escaped and wrapped by measured width; Thai is never broken inside a
cluster.  Photos go in as layout images (a data URI), inside a frame of
their own aspect ratio (``sizing="contain"``), never stretched.
"""
from __future__ import annotations

import base64
import datetime as _dt
import io
import math
import re
from typing import Any, Callable, Mapping, Sequence

import plotly.graph_objects as go

from ..i18n import fmt
from ..criteria.attendance import AttendanceResult
from .cards import blank_page, card as _card, card_grid as _cards
from .attendance_figures import (Parts, channel_text, channels_parts, check_attendance, check_entries, check_learning,
                                 learning_parts, sessions_parts, units_parts, _check_target)
from .figures import FigureError, escape, lines_html, text_width, wrap_text
from ..i18n.catalog import t
from .infographic import LINE, SIZES_PX, _SAFETY, _Canvas, _fit, _height, _sentences_box
from ..criteria.learning import LearningResult
from .narrative import sentence as metric_sentence
from ..criteria.project import LogEntry, ProjectInfo
from .theme import PALETTE, SIZES

__all__ = ["infographic_532", "infographic_532_learning", "infographic_531", "infographic_521", "SIZES_PX",
           "MAX_PHOTOS", "photo_picks"]

MAX_PHOTOS = 4
_MIN_TICK = 15          # px: the smallest label on a chart
_CARD_COLS = {"a4": 2, "slide": 4, "square": 2}


def _lo(g: Any) -> float:
    """The smallest text this size allows: :data:`_MIN_TICK`, or the size's
    ``min_text`` where it is larger (24 px on the 16:9 slide)."""
    return max(_MIN_TICK, getattr(g, "min_text", 0))


# ---------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------

def _page(size: str, lang: str, template: Any, project: Any, made_on: _dt.date | None, footer_note: str,
          title: str, kicker: str) -> tuple[go.Figure, _Canvas, Any, float, float]:
    return blank_page(size, lang, template, project, made_on, footer_note, title, kicker,
                      not_project_key="att_fig.error.not_project")


def _finish(fig: go.Figure, c: _Canvas) -> go.Figure:
    fig.update_layout(shapes=c.shapes, annotations=c.annotations)
    return fig


# ---------------------------------------------------------------------------
# Cards
# ---------------------------------------------------------------------------

def _target_sub(pct: float | None, target: float | None, lang: str) -> tuple[str, str, str]:
    """(text, colour, stripe) of the rate card's last line."""
    if pct is None or target is None or not math.isfinite(pct):
        return "", PALETTE["muted"], PALETTE["accent"]
    met = fmt.rounded(float(pct)) >= float(target)
    key = "att_fig.info.target_met" if met else "att_fig.info.target_not_met"
    colour = PALETTE["better"] if met else PALETTE["worse"]
    return t(key, lang, target=fmt.smart(target)), colour, colour


# ---------------------------------------------------------------------------
# Charts placed in a box (px)
# ---------------------------------------------------------------------------

def _block_title(c: _Canvas, g: Any, x0: float, y0: float, x1: float, text: str) -> float:
    """The chart's title; returns where the chart starts."""
    lines, size = _fit(text, x1 - x0, g.chart_title, max(g.chart_title * 0.8, _lo(g)), bold=True, max_lines=2)
    c.text(x0, y0, f"<b>{lines_html(lines)}</b>", size, PALETTE["ink"], name="chart_title")
    return y0 + _height(len(lines), size) + g.gap * 0.4


def _size_for(size: str, tick: float) -> Any:
    base = SIZES[size]
    return type(base)(**{**base.__dict__, "font": round(tick, 1), "small": round(tick * 0.85, 1)})


def _apply_axes(fig: go.Figure, parts: Parts, domains: Mapping[str, tuple[float, float]], extra: Mapping[str, dict]
                ) -> None:
    layout = {}
    for key, spec in parts.axes.items():
        spec = dict(spec, automargin=False, **extra.get(key, {}))
        if key in domains:
            spec["domain"] = list(domains[key])
        layout[key] = spec
    fig.update_layout(**layout)


def _note(c: _Canvas, g: Any, x0: float, y: float, x1: float, note: str, size: float) -> None:
    lines = wrap_text(note, (x1 - x0) * _SAFETY, size, max_lines=2)
    c.text(x0, y, lines_html(lines), size, PALETTE["muted"], name="chart_note")


def _hbar_block(fig: go.Figure, c: _Canvas, g: Any, box: tuple[float, float, float, float], size: str,
                title: str, build: Callable[..., Parts], *, xaxes: Sequence[str], yaxis: str,
                above: float = 0.0, below: bool = True, split: float | None = None) -> Parts:
    """A horizontal bar chart (labels at the left) in ``box``: its title, the
    bars sized to the room (rows shrink to :func:`_lo`, then only the
    first and last rows are kept and a note says so), the note under it.

    ``above``: px over the plot for labels drawn there (in ``g.tick`` units);
    ``below``: x tick labels under the plot; ``split``: two x axes side by side."""
    x0, y0, x1, y1 = box
    lo = _lo(g)
    top = _block_title(c, g, x0, y0, x1, title) + above * max(g.tick, lo)
    tick_font = round(max(g.tick * 0.82, lo), 1)
    bottom = y1 - (tick_font * 1.9 if below else 0)
    label_w = (x1 - x0) * 0.34
    plot_w = (x1 - x0) - label_w - g.tick * 0.5
    note_size = round(max(g.tick * 0.78, lo), 1)

    def make(max_rows: int | None, tick: float, max_lines: int, bar_font: float) -> Parts:
        return build(s=_size_for(size, tick), label_width=label_w * _SAFETY, plot_width=plot_w,
                     max_lines=max_lines, max_rows=max_rows, bar_font=bar_font)
    def note_height(p: Parts) -> float:
        if not p.note:
            return 0.0
        return _height(len(wrap_text(p.note, (x1 - x0) * _SAFETY, note_size, max_lines=2)), note_size) + 4
    parts = make(None, g.tick, 1, g.tick * 0.9)
    note_h = note_height(parts)
    room = bottom - top - note_h
    cap = max(2, int(room // (lo * 1.6)))
    max_rows = None
    if parts.rows > cap:
        max_rows = cap
        parts = make(cap, lo, 1, lo)
        note_h = note_height(parts)
        room = bottom - top - note_h
        if parts.rows > int(room // (lo * 1.6)):        # the note took a line more
            max_rows = max(2, int(room // (lo * 1.6)))
            parts = make(max_rows, lo, 1, lo)
    row_h = room / max(1, parts.rows)
    tick = max(lo, min(g.tick, row_h / 1.5))
    max_lines = 2 if row_h >= tick * 2.9 else 1
    bar_font = max(lo, min(g.tick * 0.95, row_h * 0.6))
    parts = make(max_rows, tick, max_lines, bar_font)
    plot_bottom = bottom - note_h
    dom_y = (1 - plot_bottom / c.H, 1 - top / c.H)
    px0 = x0 + label_w + g.tick * 0.5
    domains: dict[str, tuple[float, float]] = {f"yaxis{yaxis[1:]}": dom_y}
    if split is None:
        domains[f"xaxis{xaxes[0][1:]}"] = (px0 / c.W, (x1 - 2) / c.W)
    else:
        mid = px0 + plot_w * split
        domains[f"xaxis{xaxes[0][1:]}"] = (px0 / c.W, (mid - g.gap * 0.5) / c.W)
        domains[f"xaxis{xaxes[1][1:]}"] = ((mid + g.gap * 0.5) / c.W, (x1 - 2) / c.W)
    extra = {f"xaxis{a[1:]}": dict(anchor=yaxis, tickfont=dict(size=tick_font, color=PALETTE["ink"]))
             for a in xaxes}
    extra[f"yaxis{yaxis[1:]}"] = dict(anchor=xaxes[0], tickfont=dict(size=tick, color=PALETTE["ink"]))
    if below:
        for a in xaxes:
            extra[f"xaxis{a[1:]}"]["title"] = None
    fig.add_traces(parts.traces)
    _apply_axes(fig, parts, domains, extra)
    c.shapes.extend(parts.shapes)
    c.annotations.extend(parts.annotations)
    if parts.note:
        _note(c, g, x0, y1 - note_h, x1, parts.note, note_size)
    return parts


def _units_block(fig: go.Figure, c: _Canvas, g: Any, box: tuple[float, float, float, float], size: str,
                 result: AttendanceResult, lang: str, target: float | None) -> None:
    rated = any(u.headcount and u.rate is not None for u in result.by_unit)
    title = t("att_fig.info.units_chart" if rated else "att_fig.info.units_chart_count", lang)

    def build(**kw: Any) -> Parts:
        return units_parts(result, lang, kw.pop("s"), target=target, min_text=_lo(g), **kw)
    _hbar_block(fig, c, g, box, size, title, build, xaxes=("x",), yaxis="y",
                above=LINE * 0.9 if (target is not None and rated) else 0.0)


def _sessions_block(fig: go.Figure, c: _Canvas, g: Any, box: tuple[float, float, float, float], size: str,
                    result: AttendanceResult, lang: str, xaxis: str = "x2", yaxis: str = "y2") -> None:
    x0, y0, x1, y1 = box
    top = _block_title(c, g, x0, y0, x1, t("att_fig.info.sessions_chart", lang))
    n = max(1, len(result.sessions))
    col_w = (x1 - x0) / n
    widest = max(text_width(fmt.date(x.date, lang) if x.date else t("att_fig.no_date", lang), 1.0, bold=True)
                 for x in result.sessions) if result.sessions else 1.0
    tick = max(_MIN_TICK - 2, min(max(g.tick * 0.85, _lo(g)), col_w * 0.8 / widest))
    names = n <= 12 and col_w >= tick * 3.2
    max_lines = 2 if n <= 8 else 3
    s = _size_for(size, tick)
    parts = sessions_parts(result, lang, s, column_width=col_w * 0.92, names=names, max_lines=max_lines,
                           bar_font=max(_MIN_TICK, min(g.tick * 1.05, col_w / 3.2)), xaxis=xaxis, yaxis=yaxis)
    label_lines = 1 + (max(len(tx.split("<br>")) - 1 for tx in parts.axes[f"xaxis{xaxis[1:]}"]["ticktext"])
                       if names else 0)
    bottom = y1 - _height(label_lines, tick) - tick * 0.4
    top += g.tick * 0.2
    domains = {f"xaxis{xaxis[1:]}": (x0 / c.W, x1 / c.W), f"yaxis{yaxis[1:]}": (1 - bottom / c.H, 1 - top / c.H)}
    extra = {f"xaxis{xaxis[1:]}": dict(anchor=yaxis, showline=True, linecolor=PALETTE["axis"],
                                       tickfont=dict(size=tick, color=PALETTE["ink"])),
             f"yaxis{yaxis[1:]}": dict(anchor=xaxis, showticklabels=False, showgrid=False, showline=False,
                                       ticks="", title=None)}
    fig.add_traces(parts.traces)
    _apply_axes(fig, parts, domains, extra)


def _learning_block(fig: go.Figure, c: _Canvas, g: Any, box: tuple[float, float, float, float], size: str,
                    result: LearningResult, lang: str) -> None:
    """Each person's pre → post (or box plots), the pass mark, the legend."""
    x0, y0, x1, y1 = box
    if result.max_score is not None and math.isfinite(result.max_score):
        title = t("att_fig.info.learn_chart_max", lang, max=fmt.smart(result.max_score))
    else:
        title = t("att_fig.info.learn_chart", lang)
    tlines, tsize = _fit(title, x1 - x0, g.chart_title, g.chart_title * 0.8, bold=True, max_lines=2)
    c.text(x0, y0, f"<b>{lines_html(tlines)}</b>", tsize, PALETTE["ink"], name="chart_title")
    top = y0 + _height(len(tlines), tsize) + 6
    s = _size_for(size, g.tick)
    parts = learning_parts(result, lang, s, label_font=max(g.tick * 0.8, _lo(g)))
    legend = [tr.name for tr in parts.traces if isinstance(tr, go.Scatter) and tr.showlegend is not False and tr.name]
    legend_size = round(max(g.tick * 0.85, _lo(g)))
    if legend:
        top += legend_size * 1.9
    top += g.gap * 0.4
    yspec = parts.axes["yaxis"]
    ymax = (yspec.get("range") or [0, 100])[1]
    left = text_width(fmt.smart(round(ymax)), g.tick) + g.tick * 0.9
    bottom = y1 - g.tick * 2.2
    domains = {"xaxis": ((x0 + left) / c.W, x1 / c.W), "yaxis": (1 - bottom / c.H, 1 - top / c.H)}
    extra = {"xaxis": dict(anchor="y", tickfont=dict(size=round(g.tick * 1.05), color=PALETTE["ink"])),
             "yaxis": dict(anchor="x", title=None, nticks=6, tickfont=dict(size=g.tick, color=PALETTE["ink"]))}
    fig.add_traces(parts.traces)
    _apply_axes(fig, parts, domains, extra)
    c.shapes.extend(parts.shapes)
    c.annotations.extend(parts.annotations)
    if legend:
        fig.update_layout(showlegend=True, legend=dict(
            x=x0 / c.W, y=1 - (y0 + _height(len(tlines), tsize) + 6) / c.H, xanchor="left", yanchor="top",
            orientation="h", font=dict(size=legend_size, color=PALETTE["muted"]), bgcolor="rgba(255,255,255,0)",
            borderwidth=0, itemwidth=30, tracegroupgap=0))


# ---------------------------------------------------------------------------
# 5.3.2 participation
# ---------------------------------------------------------------------------

def _hours(minutes: float | None) -> str:
    return fmt.smart(minutes / 60.0) if minutes is not None and math.isfinite(minutes) else fmt.DASH


def _date_span(dates: Sequence[_dt.date], lang: str) -> str:
    """"ม.ค.–มี.ค. 2569" / "Jan–Mar 2026": the months of a period, short."""
    if not dates:
        return fmt.DASH
    a, b = min(dates), max(dates)
    months = fmt.TH_MONTHS_SHORT if lang == "th" else fmt.EN_MONTHS_SHORT
    year = (lambda d: fmt.be_year(d.year)) if lang == "th" else (lambda d: d.year)
    if (a.year, a.month) == (b.year, b.month):
        return f"{months[a.month - 1]} {year(a)}"
    if a.year == b.year:
        return f"{months[a.month - 1]}\u2013{months[b.month - 1]} {year(a)}"
    return f"{months[a.month - 1]} {year(a)} \u2013 {months[b.month - 1]} {year(b)}"


_DATE = re.compile(r"(\d{1,2}) (\S+) (\d{4})")


def glue_dates(text: str) -> str:
    """"9 ต.ค. 2568 – 20 ส.ค. 2569" with each date's spaces non-breaking, so
    that wrapping breaks between the dates, never inside one."""
    return _DATE.sub("\\1\u00a0\\2\u00a0\\3", text)


def _period_text(dates: Sequence[_dt.date], lang: str) -> str:
    if not dates:
        return ""
    a, b = min(dates), max(dates)
    if a == b:
        return glue_dates(fmt.date(a, lang)) + ("" if lang == "th" else f" (B.E. {fmt.be_year(a.year)})")
    return glue_dates(fmt.period(a, b, lang))


def infographic_532(result: AttendanceResult, project: ProjectInfo, *, kpi_target: float | None = None,
                    size: str = "a4", lang: str = "th", template: Any = None, made_on: _dt.date | None = None,
                    footer_note: str = "") -> go.Figure:
    """The 5.3.2 participation infographic as one plotly figure.

    Parameters
    ----------
    result : AttendanceResult
    project : ProjectInfo
        Name, agency and unit, and the period (shown in the Buddhist era).
    kpi_target : float, optional
        The participation target in percent (e.g. 80).  The rate card says
        "✓ บรรลุเป้าหมาย ≥ 80%" or "✗ ยังไม่ถึงเป้าหมาย ≥ 80%" (met when the
        rate, rounded to one decimal as shown, is at least the target); the
        unit chart draws it as a dashed line.
    size : {"a4", "slide", "square"}
        1240 × 1754 (A4 portrait at 150 dpi), 1920 × 1080, 1080 × 1080 px.
    lang : {"th", "en"}
    template : plotly Template, registered name or None (the house template)
    made_on : date, optional
        The date in the footer (Buddhist era in Thai); today by default.
    footer_note : str
        Extra plain text for the footer (e.g. the files' names).

    Returns
    -------
    go.Figure
        Cards (rate against the target, people, sessions, and hours online
        when a Zoom/Teams report gave durations), the rate by unit
        (:func:`itastats.render.attendance_figures.units_parts`: units without a
        headcount are left out and counted in a note) and, on A4 and the
        slide, attendees per session.  ``layout.width``/``height`` are the
        size in px.

    Raises
    ------
    FigureError
        Not an AttendanceResult or a ProjectInfo, nobody attended, a target
        outside 0–100, an unknown size or language.
    """
    result = check_attendance(result)
    target = _check_target(kpi_target)
    fig, c, g, y, bottom = _page(size, lang, template, project, made_on, footer_note,
                                 t("att_fig.info.532.title", lang), t("att_fig.info.532.criterion", lang))
    has_units = any(u.attendees or u.headcount for u in result.by_unit)
    has_sessions = bool(result.sessions)
    if not has_units and not has_sessions:
        raise FigureError("att_fig.error.no_units")
    sub, colour, stripe = _target_sub(result.rate, target, lang)
    if result.rate is None:
        rate_card = _card(t("att_fig.info.rate", lang), fmt.DASH, sub=t("att_fig.info.no_headcount", lang),
                          stripe=PALETTE["accent"])
    else:
        rate_of = t("att_fig.info.rate_of", lang, n=fmt.num(result.staff_counted, 0),
                    headcount=fmt.num(result.headcount_total, 0))
        rate_card = _card(t("att_fig.info.rate", lang), fmt.pct(result.rate), f"({rate_of})",
                          sub=sub, sub_colour=colour, stripe=stripe)
    known_units = sum(1 for u in result.by_unit if u.attendees and u.headcount)
    dates = [x.date for x in result.sessions if x.date]
    others = result.attendees - result.staff_counted
    if result.headcount_total and others:
        who = t("att_fig.info.attendees_split", lang, staff=fmt.num(result.staff_counted, 0),
                others=fmt.num(others, 0))
    elif known_units:
        who = t("att_fig.info.units_count", lang, n=known_units)
    else:
        who = ""
    specs = [
        rate_card,
        _card(t("att_fig.info.attendees", lang), fmt.num(result.attendees, 0), t("att_fig.info.people_unit", lang),
              who, stripe=PALETTE["before_line"]),
        _card(t("att_fig.info.sessions", lang), fmt.num(len(result.sessions), 0),
              t("att_fig.info.sessions_unit", lang), _period_text(dates, lang), stripe=PALETTE["accent"]),
    ]
    if result.online_minutes is not None and math.isfinite(result.online_minutes):
        specs.append(_card(t("att_fig.info.online", lang), _hours(result.online_minutes),
                           t("att_fig.info.hours_unit", lang),
                           t("att_fig.info.online_people", lang, n=fmt.num(result.online_attendees, 0)),
                           stripe=PALETTE["before_line"]))
    P, W = g.pad, c.W
    cols = _CARD_COLS[size] if len(specs) == 4 else (len(specs) if size != "square" or len(specs) <= 3 else 2)
    y += _cards(c, g, specs, cols, P, y, W - 2 * P) + g.gap
    if has_units and has_sessions and size == "slide":
        split = P + (W - 2 * P) * 0.56
        _units_block(fig, c, g, (P, y, split - g.gap, bottom), size, result, lang, target)
        _sessions_block(fig, c, g, (split + g.gap, y, W - P, bottom), size, result, lang)
    elif has_units and has_sessions and size == "a4":
        rows = sum(1 for u in result.by_unit if u.attendees or u.headcount)
        overhead = g.chart_title * LINE + g.tick * 1.3 + g.tick * 1.6 + _height(2, g.tick * 0.8) + g.gap
        room = bottom - y - g.gap * 1.2
        units_h = min(max(overhead + rows * g.tick * 1.2, room * 0.45), room - 280)
        _units_block(fig, c, g, (P, y, W - P, y + units_h), size, result, lang, target)
        _sessions_block(fig, c, g, (P, y + units_h + g.gap * 1.2, W - P, bottom), size, result, lang)
    elif has_units:
        _units_block(fig, c, g, (P, y, W - P, bottom), size, result, lang, target)
    else:
        _sessions_block(fig, c, g, (P, y, W - P, bottom), size, result, lang, xaxis="x", yaxis="y")
    return _finish(fig, c)


# ---------------------------------------------------------------------------
# 5.3.2 learning
# ---------------------------------------------------------------------------

def _ngain_word(g_value: float | None, lang: str) -> str:
    """Hake (1998): high ≥ 0.7, medium 0.3–0.7, low < 0.3."""
    if g_value is None or not math.isfinite(g_value):
        return t("att_fig.info.ngain_none", lang)
    key = "high" if g_value >= 0.7 else "medium" if g_value >= 0.3 else "low"
    return t(f"att_fig.info.ngain.{key}", lang)


def _learning_sentences(result: LearningResult, lang: str) -> list[str]:
    out = [metric_sentence(result.metric, lang)]
    out.append(t("att_fig.info.paired_sentence", lang, n=fmt.num(result.n_paired, 0)))
    k = len(result.missing_pre) + len(result.missing_post)
    if k:
        out.append(t("att_fig.info.left_out", lang, k=fmt.num(k, 0), pre=fmt.num(len(result.missing_pre), 0),
                     post=fmt.num(len(result.missing_post), 0)))
    return [" ".join(x.split()) for x in out if x and x.strip()]


def infographic_532_learning(result: LearningResult, project: ProjectInfo, *, size: str = "a4", lang: str = "th",
                             template: Any = None, made_on: _dt.date | None = None, footer_note: str = "",
                             sentences: Sequence[str] = ()) -> go.Figure:
    """The 5.3.2 learning infographic (pre-test against post-test).

    Parameters
    ----------
    result : LearningResult
    project : ProjectInfo
    size, lang, template, made_on, footer_note
        As for :func:`infographic_532`.
    sentences : sequence of str
        Extra plain sentences after the generated ones (the significance
        sentence of :func:`itastats.render.narrative.sentence`, the number of
        people paired and the number left out); whole sentences are left
        out from the end when they do not fit.

    Returns
    -------
    go.Figure
        Cards (mean score pre → post, mean gain, Hake's normalised gain with
        its level word, the share passing pre → post), each person's scores
        (:func:`itastats.render.attendance_figures.learning_parts`) and the findings box.

    Raises
    ------
    FigureError
        Not a LearningResult (or not paired, or nobody with both scores),
        not a ProjectInfo, an unknown size or language.
    """
    result = check_learning(result)
    fig, c, g, y, bottom = _page(size, lang, template, project, made_on, footer_note,
                                 t("att_fig.info.532l.title", lang), t("att_fig.info.532.criterion", lang))
    learning_parts(result, lang, _size_for(size, g.tick))        # fails early on nothing to draw
    pre, post = result.mean_pre, result.mean_post
    if pre is None:
        pre = result.metric.before_value
    if post is None:
        post = result.metric.after_value
    gain = result.mean_gain if result.mean_gain is not None else (
        post - pre if pre is not None and post is not None else None)
    out_of = (t("att_fig.info.out_of", lang, max=fmt.smart(result.max_score))
              if result.max_score is not None else "")
    better = gain is not None and gain > 0
    worse = gain is not None and gain < 0
    gain_colour = PALETTE["better"] if better else PALETTE["worse"] if worse else PALETTE["muted"]
    pct = result.metric.pct_change
    pass_big = (f"{fmt.num(result.passed_pre_pct, 0)}% \u2192 {fmt.num(result.passed_post_pct, 0)}%"
                if result.passed_pre_pct is not None and result.passed_post_pct is not None else fmt.DASH)
    pass_sub = (t("att_fig.info.pass_mark", lang, value=fmt.smart(result.threshold)) if result.threshold is not None
                else t("att_fig.info.no_threshold", lang))
    specs = [
        _card(t("att_fig.info.mean_scores", lang), f"{fmt.num(pre, 2)} \u2192 {fmt.num(post, 2)}",
              sub=" · ".join(x for x in (out_of, t("att_fig.info.paired_n", lang, n=fmt.num(result.n_paired, 0)))
                             if x), stripe=PALETTE["after"]),
        _card(t("att_fig.info.gain", lang), fmt.num(gain, 2, sign=True),
              sub=t("att_fig.info.gain_pct", lang, pct=fmt.pct(pct, 2, sign=True)) if pct is not None else "",
              sub_colour=gain_colour, stripe=gain_colour),
        _card(t("att_fig.info.ngain", lang), fmt.num(result.normalized_gain, 2),
              sub=_ngain_word(result.normalized_gain, lang), stripe=PALETTE["accent"]),
        _card(t("att_fig.info.passed", lang), pass_big, sub=pass_sub, stripe=PALETTE["before_line"]),
    ]
    if size == "square":          # two cards: the gain and <g> go under the means
        specs = [dict(specs[0], sub=t("att_fig.info.gain_short", lang, gain=fmt.num(gain, 2, sign=True),
                                      g=fmt.num(result.normalized_gain, 2))), specs[3]]
    P, W = g.pad, c.W
    inner_w = W - 2 * P
    y += _cards(c, g, specs, _CARD_COLS[size], P, y, inner_w) + g.gap
    texts = _learning_sentences(result, lang) + [x for x in (" ".join(str(s).split()) for s in sentences) if x]
    if g.layout == "side":
        chart_w = inner_w * 0.55
        box_x = P + chart_w + g.gap * 1.4
        _sentences_box(c, g, texts, lang, box_x, y, bottom, W - P - box_x, bottom - y, stretch=True)
        _learning_block(fig, c, g, (P, y, P + chart_w, bottom), size, result, lang)
    else:
        max_h = max(bottom - y - g.chart_min - g.gap, g.body * 6)
        box_top = _sentences_box(c, g, texts, lang, P, None, bottom, inner_w, max_h)
        _learning_block(fig, c, g, (P, y, W - P, box_top - g.gap), size, result, lang)
    for a in c.annotations:
        if a.get("name") == "findings_label":
            a["text"] = f"<b>{escape(t('att_fig.info.findings', lang))}</b>"
    return _finish(fig, c)


# ---------------------------------------------------------------------------
# Lists and photos
# ---------------------------------------------------------------------------

def _sorted_entries(entries: Sequence[LogEntry]) -> list[LogEntry]:
    return sorted(entries, key=lambda e: (e.date is None, e.date or _dt.date.min))


def _entry_lines(e: LogEntry, lang: str, kind: str, width: float, size: float, max_lines: int) -> list[str]:
    """The wrapped lines of one entry of a dated list. An award (5.4.2)
    keeps who gave it and its PDF files' names (a PDF is listed, not drawn)
    on lines of their own under the title, so a long title never pushes
    the giver out: up to ``max_lines`` lines each."""
    if kind != "award":
        return wrap_text(_entry_line(e, lang, kind), width, size, max_lines=max_lines)
    title = wrap_text(" ".join(e.title.split()) or fmt.DASH, width, size, max_lines=max_lines)
    detail = []
    if e.channel.strip():
        detail.append(t("award_fig.from", lang, giver=" ".join(e.channel.split())))
    pdfs = [name for name in e.photos if name.lower().endswith(".pdf")]
    if pdfs:
        detail.append(t("award_fig.pdf", lang, names=", ".join(pdfs)))
    return title + (wrap_text(" \u00b7 ".join(detail), width, size, max_lines=max_lines) if detail else [])


def _entry_line(e: LogEntry, lang: str, kind: str) -> str:
    """What one entry of a dated list says: the title, then the place or
    channel and the people."""
    parts = [" ".join(e.title.split()) or fmt.DASH]
    if e.channel.strip():
        parts.append(channel_text(e.channel, lang) if kind == "communication" else " ".join(e.channel.split()))
    if e.people is not None:
        parts.append(t("att_fig.people_n", lang, n=fmt.num(e.people, 0)))
    return " \u00b7 ".join(parts)


def _entry_list(c: _Canvas, g: Any, entries: Sequence[LogEntry], lang: str, box: tuple[float, float, float, float],
                title: str, kind: str, *, max_lines: int = 2) -> float:
    """A dated list (a timeline: a dot and the date, then what happened,
    in at most ``max_lines`` lines), as many entries as fit, then "and N more".
    Returns where the list ends (px from the top)."""
    x0, y0, x1, y1 = box
    y = _block_title(c, g, x0, y0, x1, title)
    items = _sorted_entries(entries)
    size = g.body * 0.92
    dates = [fmt.date(e.date, lang) if e.date else t("att_fig.no_date", lang) for e in items]
    dot = size * 0.9
    date_w = max(text_width(d, size, bold=True) for d in dates) + size * 0.7
    if date_w > (x1 - x0) * 0.38:               # a narrow box: the date above the text
        date_w = 0.0
    text_x = x0 + dot + date_w
    text_w = x1 - text_x
    more_h = _height(1, size)
    line_x = x0 + dot * 0.3
    first_y = last_y = y
    for i, (e, d) in enumerate(zip(items, dates)):
        lines = _entry_lines(e, lang, kind, text_w * _SAFETY, size, max_lines)
        h = _height(len(lines) + (1 if not date_w else 0), size) + size * 0.45
        rest = len(items) - i - 1
        if y + h + (more_h if rest else 0) > y1:
            c.text(text_x, y, escape(t("att_fig.info.more_entries", lang, n=len(items) - i)), size,
                   PALETTE["muted"], name="list_more")
            y += more_h
            break
        c.rect(x0, y + size * 0.42, x0 + dot * 0.6, y + size * 0.42 + dot * 0.6, PALETTE["after"], radius=dot * 0.3,
               layer="above", name="list_dot")
        if date_w:
            c.text(x0 + dot, y, f"<b>{escape(d)}</b>", size, PALETTE["after"], name="list_date")
            c.text(text_x, y, lines_html(lines), size, PALETTE["ink"], name="list_text")
        else:
            c.text(x0 + dot, y, f"<b>{escape(d)}</b><br>{lines_html(lines)}", size, PALETTE["ink"], name="list_text")
        last_y = y
        y += h
    if len(items) > 1 and last_y > first_y:      # the timeline rule behind the dots, from the first to the last
        c.rect(line_x, first_y + size * 0.6, line_x + 2, last_y + size * 0.6, PALETTE["card_edge"], name="list_rule")
    return y


def _mime(data: bytes) -> str | None:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    return None


def _image_size(data: bytes) -> tuple[int, int] | None:
    try:
        from PIL import Image
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
        return (w, h) if w > 0 and h > 0 else None
    except Exception:  # noqa: BLE001 - unreadable: drawn in the whole frame, plotly keeps the ratio
        return None


def photo_picks(entries: Sequence[LogEntry], photos: Mapping[str, bytes], limit: int = MAX_PHOTOS
                ) -> list[tuple[LogEntry, str, bytes]]:
    """Up to ``limit`` photos to show: the first photo of each activity (in
    date order) first, then the others; names missing from ``photos`` or
    bytes that are not a JPEG or PNG are skipped."""
    items = _sorted_entries(entries)
    picks: list[tuple[LogEntry, str, bytes]] = []
    used: set[str] = set()
    for rnd in range(max((len(e.photos) for e in items), default=0)):
        for e in items:
            if len(picks) >= limit:
                return picks
            if rnd < len(e.photos):
                name = e.photos[rnd]
                data = photos.get(name)
                if name in used or not isinstance(data, (bytes, bytearray)) or _mime(bytes(data)) is None:
                    continue
                used.add(name)
                picks.append((e, name, bytes(data)))
    return picks


def _photos_block(c: _Canvas, g: Any, picks: Sequence[tuple[LogEntry, str, bytes]], lang: str,
                  box: tuple[float, float, float, float], images: list[dict], *, fit: bool = False) -> None:
    """Photos in a grid, each in a frame of its own aspect ratio, a caption
    under it. ``fit``: the grid (side by side, 2 × 2, one above the other)
    that draws the pictures largest, each sitting on its caption."""
    x0, y0, x1, y1 = box
    n = len(picks)
    if not n:
        return
    w, h = x1 - x0, y1 - y0
    gap = g.gap * 0.8
    cap = max(_lo(g), g.body * 0.78)
    cap_h = _height(2, cap) + 6
    if fit:
        ratios = [(d[0] / d[1]) if (d := _image_size(data)) else 4 / 3 for _, _, data in picks]

        def drawn(cols: int) -> tuple[float, float]:
            """With this many columns: the shortest side of the smallest
            picture (the one hardest to make out), then their total area."""
            rows = math.ceil(n / cols)
            cw, ch = (w - gap * (cols - 1)) / cols, (h - gap * (rows - 1)) / rows - cap_h
            if ch < 40:
                return 0.0, 0.0
            frames = [(min(cw, ch * r), min(ch, cw / r)) for r in ratios]
            return round(min(min(f) for f in frames)), sum(a * b for a, b in frames)
        cols = max(range(1, n + 1), key=drawn)
        rows = math.ceil(n / cols)
    elif n == 1:
        cols, rows = 1, 1
    elif n == 2:
        cols, rows = (2, 1) if w >= h * 0.9 else (1, 2)
    else:
        cols, rows = 2, 2
    cell_w = (w - gap * (cols - 1)) / cols
    cell_h = (h - gap * (rows - 1)) / rows
    frames: list[tuple[float, float] | None] = []
    for _e, _name, data in picks:
        fw, fh = cell_w, cell_h - cap_h
        dims = _image_size(data)
        if dims and fh >= 40:                      # the frame takes the photo's shape
            ratio = dims[0] / dims[1]
            if fw / fh > ratio:
                fw = fh * ratio
            else:
                fh = fw / ratio
        frames.append((fw, fh) if fh >= 40 else None)
    # fit: each row as tall as its tallest picture and the block centred in the box;
    # else rows of equal height filling it, each photo centred in its cell
    row_h = [cell_h] * rows
    top = y0
    if fit:
        row_h = [max([f[1] for f in frames[r * cols:(r + 1) * cols] if f] + [0.0]) + cap_h for r in range(rows)]
        top = y0 + max(0.0, (h - sum(row_h) - gap * (rows - 1)) / 2)
    row_y = [top + sum(row_h[:r]) + gap * r for r in range(rows)]
    for i, (e, _name, data) in enumerate(picks):
        row, col = divmod(i, cols)
        if frames[i] is None:
            continue
        fw, fh = frames[i]
        cx, cy, ch = x0 + col * (cell_w + gap), row_y[row], row_h[row]
        fx = cx + (cell_w - fw) / 2
        fy = cy + (ch - cap_h - fh) * (1.0 if fit else 0.5)       # fit: on its caption
        c.rect(fx - 3, fy - 3, fx + fw + 3, fy + fh + 3, PALETTE["card_edge"], radius=6, name="photo_frame")
        ax, ay = c.px(fx + fw / 2, fy + fh / 2)
        src = f"data:{_mime(data)};base64,{base64.b64encode(data).decode('ascii')}"
        images.append(dict(source=src, xref="paper", yref="paper", x=ax, y=ay, sizex=fw / c.W, sizey=fh / c.H,
                           xanchor="center", yanchor="middle", sizing="contain", layer="above", name="photo"))
        title = " ".join(e.title.split()) or fmt.DASH
        tl = wrap_text(title, cell_w * _SAFETY, cap, bold=True, max_lines=1)
        date = fmt.date(e.date, lang) if e.date else t("att_fig.no_date", lang)
        ty = cy + ch - cap_h + 6
        c.text(cx + cell_w / 2, ty, f"<b>{lines_html(tl)}</b><br><span style='color:{PALETTE['muted']}'>"
               f"{escape(date)}</span>", cap, PALETTE["ink"], xanchor="center", align="center", name="caption")


# ---------------------------------------------------------------------------
# 5.3.1 activities
# ---------------------------------------------------------------------------

def _check_photos(photos: Any) -> Mapping[str, bytes]:
    if photos is None:
        return {}
    if not isinstance(photos, Mapping):
        raise FigureError("att_fig.error.not_photos", got=type(photos).__name__)
    return photos


def infographic_531(entries: Sequence[LogEntry], photos: Mapping[str, bytes], project: ProjectInfo, *,
                    size: str = "a4", lang: str = "th", template: Any = None, made_on: _dt.date | None = None,
                    footer_note: str = "") -> go.Figure:
    """The 5.3.1 activity summary.

    Parameters
    ----------
    entries : sequence of LogEntry
        The activities carried out (date, title, place, people, photos).
    photos : mapping of str to bytes
        The stored photos by name (``LogEntry.photos`` names them), JPEG
        (as :func:`itastats.criteria.activities.prepare_photo` makes them) or PNG.
        Up to :data:`MAX_PHOTOS` are shown (:func:`photo_picks`: the first
        photo of each activity first), each with its activity's title and
        date as the caption; missing names are skipped.
    project : ProjectInfo
    size, lang, template, made_on, footer_note
        As for :func:`infographic_532`.

    Returns
    -------
    go.Figure
        Cards (number of activities, people taking part added up over the
        activities that give a number, in person-times ("คน-ครั้ง"), the months of the period with the
        first and last date in the Buddhist era), the dated list of
        activities, the photos (``layout.images``, ``sizing="contain"`` in a
        frame of the photo's own aspect ratio).  On the square the photos
        leave no room for the list when there are three or four.

    Raises
    ------
    FigureError
        An empty log, something that is not a LogEntry, photos that are not
        a mapping, not a ProjectInfo, an unknown size or language.
    """
    items = check_entries(entries)
    photos = _check_photos(photos)
    fig, c, g, y, bottom = _page(size, lang, template, project, made_on, footer_note,
                                 t("att_fig.info.531.title", lang), t("att_fig.info.531.criterion", lang))
    dates = [e.date for e in items if e.date]
    known = [e.people for e in items if e.people is not None]
    unknown = len(items) - len(known)
    specs = [
        _card(t("att_fig.info.activities", lang), fmt.num(len(items), 0), t("att_fig.info.activities_unit", lang),
              stripe=PALETTE["after"]),
        _card(t("att_fig.info.participants", lang), fmt.num(sum(known), 0) if known else fmt.DASH,
              t("att_fig.info.person_times_unit", lang) if known else "",
              t("att_fig.info.participants_unknown", lang, n=unknown) if unknown
              else t("att_fig.info.participants_all", lang), stripe=PALETTE["before_line"]),
        _card(t("att_fig.info.period", lang), _date_span(dates, lang), "",
              _period_text(dates, lang) or t("att_fig.info.no_dates", lang), stripe=PALETTE["accent"], alone=True),
    ]
    P, W = g.pad, c.W
    y += _cards(c, g, specs, 3, P, y, W - 2 * P) + g.gap
    picks = photo_picks(items, photos)
    images: list[dict] = []
    list_title = t("att_fig.info.list", lang)
    if not picks:
        _entry_list(c, g, items, lang, (P, y, W - P, bottom), list_title, "activity")
    elif size == "slide":
        split = P + (W - 2 * P) * 0.4
        _entry_list(c, g, items, lang, (P, y, split - g.gap, bottom), list_title, "activity")
        _photos_block(c, g, picks, lang, (split + g.gap, y, W - P, bottom), images)
    elif size == "square" and len(picks) > 2:
        _photos_block(c, g, picks, lang, (P, y, W - P, bottom), images)
    else:
        share = 0.56 if size == "a4" and len(picks) > 2 else 0.45 if size == "a4" else 0.6
        photos_h = (bottom - y) * share
        _entry_list(c, g, items, lang, (P, y, W - P, bottom - photos_h - g.gap), list_title, "activity")
        _photos_block(c, g, picks, lang, (P, bottom - photos_h, W - P, bottom), images)
    fig.update_layout(images=images, xaxis=dict(visible=False), yaxis=dict(visible=False))
    return _finish(fig, c)


# ---------------------------------------------------------------------------
# 5.2.1 communication
# ---------------------------------------------------------------------------

def _channels_block(fig: go.Figure, c: _Canvas, g: Any, box: tuple[float, float, float, float], size: str,
                    entries: Sequence[LogEntry], lang: str) -> None:
    def build(**kw: Any) -> Parts:
        return channels_parts(entries, lang, kw.pop("s"), split=0.45, **kw)
    parts = _hbar_block(fig, c, g, box, size, t("att_fig.info.channels_chart", lang), build, xaxes=("x", "x2"),
                        yaxis="y", above=LINE * 1.1, below=False, split=0.45)
    head = round(max(g.tick * 0.85, _lo(g)), 1)
    fig.update_layout(xaxis=dict(side="top", title=dict(text=parts.axes["xaxis"]["title"]["text"],
                                                        font=dict(size=head, color=PALETTE["muted"]), standoff=4)),
                      xaxis2=dict(side="top", title=dict(text=parts.axes["xaxis2"]["title"]["text"],
                                                         font=dict(size=head, color=PALETTE["muted"]), standoff=4)))


def infographic_521(entries: Sequence[LogEntry], project: ProjectInfo, *, size: str = "a4", lang: str = "th",
                    template: Any = None, made_on: _dt.date | None = None, footer_note: str = "") -> go.Figure:
    """The 5.2.1 communication summary.

    Parameters
    ----------
    entries : sequence of LogEntry
        The communications to staff (date, title, channel, audience reached).
    project : ProjectInfo
    size, lang, template, made_on, footer_note
        As for :func:`infographic_532`.

    Returns
    -------
    go.Figure
        Cards (communications, audience reached added up in person-times,
        "คน-ครั้ง" — people reached
        twice count twice, and the card says so —, channels used), the
        channels chart (:func:`itastats.render.attendance_figures.channels_parts`)
        and the dated list.

    Raises
    ------
    FigureError
        An empty log, something that is not a LogEntry, not a ProjectInfo,
        an unknown size or language.
    """
    items = check_entries(entries)
    fig, c, g, y, bottom = _page(size, lang, template, project, made_on, footer_note,
                                 t("att_fig.info.521.title", lang), t("att_fig.info.521.criterion", lang))
    known = [e.people for e in items if e.people is not None]
    unknown = len(items) - len(known)
    channels = {channel_text(e.channel, lang).casefold() for e in items}
    dates = [e.date for e in items if e.date]
    specs = [
        _card(t("att_fig.info.communications", lang), fmt.num(len(items), 0), t("att_fig.info.times_unit", lang),
              _period_text(dates, lang), stripe=PALETTE["after"]),
        _card(t("att_fig.info.reach", lang), fmt.num(sum(known), 0) if known else fmt.DASH,
              t("att_fig.info.person_times_unit", lang) if known else "",
              t("att_fig.info.reach_unknown", lang, n=unknown) if unknown else t("att_fig.info.reach_sub", lang),
              stripe=PALETTE["before_line"]),
        _card(t("att_fig.info.channels", lang), fmt.num(len(channels), 0), t("att_fig.info.channels_unit", lang),
              stripe=PALETTE["accent"]),
    ]
    P, W = g.pad, c.W
    y += _cards(c, g, specs, 3, P, y, W - 2 * P) + g.gap
    n_channels = len(channels)
    list_title = t("att_fig.info.comm_list", lang)
    if size == "slide":
        split = P + (W - 2 * P) * 0.52
        _channels_block(fig, c, g, (P, y, split - g.gap, bottom), size, items, lang)
        _entry_list(c, g, items, lang, (split + g.gap, y, W - P, bottom), list_title, "communication")
    else:
        need = g.chart_title * LINE * 2 + g.tick * 2 + n_channels * g.tick * 1.9
        share = 0.62 if size == "square" else 0.5
        chart_h = min(need, (bottom - y) * share)
        _channels_block(fig, c, g, (P, y, W - P, y + chart_h), size, items, lang)
        if bottom - (y + chart_h + g.gap) > g.chart_title * LINE + g.body * 2.5:
            _entry_list(c, g, items, lang, (P, y + chart_h + g.gap, W - P, bottom), list_title, "communication")
    return _finish(fig, c)
