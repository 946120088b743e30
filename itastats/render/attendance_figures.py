"""Charts of attendance, learning and the activity / communication logs
(criteria 5.3.2, 5.3.1 and 5.2.1).

Built on the :class:`itastats.criteria.attendance.AttendanceResult` and
:class:`itastats.criteria.learning.LearningResult` contracts and on
:class:`itastats.criteria.project.LogEntry`.  Like :mod:`itastats.render.survey_figures`,
every factory validates its input, raises :class:`~itastats.render.figures.FigureError`
(with a message key) for input it cannot draw, and returns a plotly
``go.Figure`` carrying the house template object.  Unit names, session
names, titles and channels come from users' files: they are escaped
(plotly reads a subset of HTML) and wrapped by measured width, never split
inside a Thai cluster.

Factories
---------
``units_bar``       participation rate per unit (attendees / headcount) as
                    horizontal bars, highest first, each labelled
                    "attendees/headcount (xx.x%)", with the KPI target as a
                    dashed line.  Units without a headcount (and people with
                    no unit) cannot have a rate: they are **left out** of the
                    bars and counted in a note under the chart ("not shown:
                    2 units without a headcount, 7 people").  When no unit
                    has a headcount at all, the bars show attendee counts
                    instead (and say so).
``sessions_chart``  attendees per session, one bar per session in date
                    order, the date (Buddhist era in Thai) and the session
                    name under each bar.
``learning_chart``  pre-test against post-test: each person's pair as a
                    thin line (n ≤ 40), else box plots with the mean;
                    the pass mark as a line when one was set.
``channels_bar``    communications by channel: how many, and the audience
                    reached, as two panels sharing the channel axis.

The ``*_parts`` builders are shared with the composed infographics of
:mod:`itastats.render.attendance_infographic`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

import plotly.graph_objects as go

from ..i18n import fmt
from ..criteria.attendance import NOT_STAFF, UNKNOWN_UNIT, AttendanceResult
from .figures import (FigureError, _check_lang, _check_size, _new_figure, _title, distribution_traces, escape,
                      lines_html, paired_values, slope_traces, text_width, wrap_text)
from ..i18n.catalog import t
from ..criteria.learning import LearningResult
from ..criteria.project import LogEntry
from .theme import PALETTE, Size

__all__ = ["units_bar", "sessions_chart", "learning_chart", "channels_bar", "units_parts", "sessions_parts",
           "learning_parts", "channels_parts", "channel_rows", "channel_text", "unit_text", "check_attendance",
           "check_learning", "check_entries", "Parts", "SLOPE_MAX"]

SLOPE_MAX = 40          # people: one line each up to this many, box plots above
_SAFETY = 0.95


@dataclass
class Parts:
    """What a chart is made of, to be placed on a figure of any size.

    ``axes`` maps an axis name of the layout (``"xaxis"``, ``"yaxis2"``…)
    to its settings (without ``domain``); ``note`` is plain text to show
    under the chart ("" for none); ``rows`` the number of bars (or
    categories) along the axis with the labels.
    """
    traces: list
    shapes: list
    annotations: list
    axes: dict
    note: str = ""
    rows: int = 0


# ---------------------------------------------------------------------------
# Checks and small helpers
# ---------------------------------------------------------------------------

def check_attendance(result: Any) -> AttendanceResult:
    if not isinstance(result, AttendanceResult):
        raise FigureError("att_fig.error.not_attendance", got=type(result).__name__)
    return result


def check_learning(result: Any) -> LearningResult:
    if not isinstance(result, LearningResult):
        raise FigureError("att_fig.error.not_learning", got=type(result).__name__)
    if result.metric is None or result.metric.design != "paired":
        raise FigureError("att_fig.error.learning_not_paired")
    return result


def check_entries(entries: Any) -> list[LogEntry]:
    if isinstance(entries, LogEntry):
        entries = [entries]
    if entries is None or isinstance(entries, (str, bytes)):
        raise FigureError("att_fig.error.not_entries", got=type(entries).__name__)
    items = list(entries)
    bad = [e for e in items if not isinstance(e, LogEntry)]
    if bad:
        raise FigureError("att_fig.error.not_entries", got=type(bad[0]).__name__)
    if not items:
        raise FigureError("att_fig.error.no_entries")
    return items


def _clean(text: Any) -> str:
    return " ".join(str(text or "").split())


def unit_text(unit: str, lang: str) -> str:
    """A unit's name for a chart; the unknown unit as "ไม่ระบุหน่วยงาน", people
    who are not staff as "ไม่ใช่บุคลากร"."""
    if unit == NOT_STAFF:
        return t("attendance.not_staff", lang)
    name = _clean(unit)
    return name if name and unit != UNKNOWN_UNIT else t("att_fig.unknown_unit", lang)


def _counted(u: Any) -> int:
    """A unit's people counted against its headcount (never more than it)."""
    return u.counted if getattr(u, "counted", None) is not None else u.attendees


def channel_text(channel: str, lang: str) -> str:
    """The channel as the activities module labels it (``channel_label``),
    or as typed when that function is not there; "ไม่ระบุช่องทาง" for none."""
    raw = _clean(channel)
    if not raw:
        return t("att_fig.no_channel", lang)
    try:
        from ..criteria.activities import channel_label      # written by the activities module
    except Exception:  # noqa: BLE001 - not written yet, or broken: the text as typed
        return raw
    try:
        label = channel_label(raw, lang)
    except Exception:  # noqa: BLE001
        return raw
    return _clean(label) or raw


def _labels(texts: Sequence[str], width: float, size: float, max_lines: int, *, bold: bool = False) -> list[str]:
    return [lines_html(wrap_text(x, width, size, bold=bold, max_lines=max_lines)) for x in texts]


def _people(n: Any) -> str:
    return fmt.num(n, 0)


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    return f"rgba({int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},{alpha})"


def _range_top(vmax: float, label_px: float, plot_px: float, floor: float) -> float:
    """An axis end that leaves room for a text label of ``label_px`` after the longest bar."""
    top = max(vmax, floor, 1e-9)
    free = plot_px - label_px
    if free <= plot_px * 0.25:
        return top * 4
    return max(top, vmax * plot_px / free)


def _keep_ends(n: int, keep: int) -> list[int]:
    """Positions 0..n-1 to keep when only ``keep`` fit: the first and the last ones."""
    if n <= keep:
        return list(range(n))
    keep = max(2, keep)
    return list(range((keep + 1) // 2)) + list(range(n - keep // 2, n))


# ---------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------

def units_parts(result: AttendanceResult, lang: str, s: Size, *, target: float | None = None,
                label_width: float, plot_width: float, max_lines: int = 1, max_rows: int | None = None,
                bar_font: float | None = None, xaxis: str = "x", yaxis: str = "y", min_text: float = 0) -> Parts:
    """Bars of the participation rate per unit (see :func:`units_bar`); no
    label under ``min_text`` px (24 on the meeting-screen slide)."""
    result = check_attendance(result)
    target = _check_target(target)
    rows = [u for u in result.by_unit if u.attendees or u.headcount]
    if not rows:
        raise FigureError("att_fig.error.no_units")
    rated = [u for u in rows if u.headcount and u.rate is not None and math.isfinite(u.rate)]
    count_mode = not rated
    bf = bar_font or s.font
    note_parts: list[str] = []
    if count_mode:
        shown = sorted(enumerate(rows), key=lambda r: (-r[1].attendees, r[0]))
        values = [float(u.attendees) for _, u in shown]
        texts = [t("att_fig.people_n", lang, n=_people(v)) for v in values]
        note_parts.append(t("att_fig.units.no_headcount", lang))
    else:
        shown = sorted(enumerate(rated), key=lambda r: (-float(r[1].rate), r[0]))
        values = [float(u.rate) for _, u in shown]
        texts = [f"{_people(_counted(u))}/{_people(u.headcount)} ({fmt.pct(u.rate)})" for _, u in shown]
        left_out = [u for u in rows if u not in rated and u.unit not in (UNKNOWN_UNIT, NOT_STAFF)]
        if left_out:
            note_parts.append(t("att_fig.units.left_out", lang, units=len(left_out),
                                people=_people(sum(u.attendees for u in left_out))))
        no_unit = sum(u.attendees for u in rows if u.unit == UNKNOWN_UNIT)
        if no_unit:
            note_parts.append(t("att_fig.units.no_unit", lang, people=_people(no_unit)))
        not_staff = sum(u.attendees for u in rows if u.unit == NOT_STAFF)
        if not_staff:
            note_parts.append(t("att_fig.units.not_staff", lang, people=_people(not_staff)))
    names = [unit_text(u.unit, lang) for _, u in shown]
    keep = _keep_ends(len(shown), max_rows) if max_rows else list(range(len(shown)))
    if len(keep) < len(shown):
        note_parts.insert(0, t("att_fig.units.more", lang, n=len(shown) - len(keep)))
    names = [names[i] for i in keep]
    values = [values[i] for i in keep]
    texts = [texts[i] for i in keep]
    units = [shown[i][1] for i in keep]
    if count_mode or target is None:
        colours = [PALETTE["after"]] * len(values)
    else:
        colours = [PALETTE["after"] if fmt.rounded(v) >= target else PALETTE["worse"] for v in values]
    hovers = []
    for u, name in zip(units, names):
        if count_mode:
            hovers.append(t("att_fig.hover.unit_count", lang, unit=escape(name), n=_people(u.attendees)))
        else:
            hovers.append(t("att_fig.hover.unit", lang, unit=escape(name), n=_people(_counted(u)),
                            headcount=_people(u.headcount), rate=fmt.num(u.rate, 2)))
    label_px = max(text_width(x, bf) for x in texts) + bf * 0.8
    top = _range_top(max(values), label_px, plot_width, 1.0 if count_mode else 100.0)
    ypos = list(range(len(values)))
    trace = go.Bar(x=values, y=ypos, orientation="h", marker=dict(color=colours), text=texts,
                   textposition="outside", textfont=dict(size=bf, color=PALETTE["ink"]), cliponaxis=False,
                   hovertext=hovers, hoverinfo="text", showlegend=False, xaxis=xaxis, yaxis=yaxis,
                   name=t("att_fig.units.count" if count_mode else "att_fig.units.rate", lang))
    shapes: list[dict] = []
    annotations: list[dict] = []
    ydom = f"{yaxis} domain"
    if target is not None and not count_mode:
        # the dashed line stops at the rows whose label it would run through (a bar ending just
        # short of the target: "7/9 (77.78%)" read "7|/9"): plotly draws shapes over bar text
        px_per_unit = plot_width / top
        through = [i for i, (v, x) in enumerate(zip(values, texts))
                   if v <= target <= v + (text_width(x, bf) + bf * 0.6) / px_per_unit]
        for y0, y1 in _spans(len(values), through):
            shapes.append(dict(type="line", xref=xaxis, yref=yaxis, x0=target, x1=target, y0=y0, y1=y1,
                               layer="below", line=dict(color=PALETTE["ink"], width=max(1.5, s.line * 0.5),
                                                        dash="dash"), name="target"))
        annotations.append(dict(xref=xaxis, yref=ydom, x=target, y=1, yanchor="bottom", xanchor="center",
                                showarrow=False, text=f"<b>{escape(t('att_fig.target', lang, target=fmt.smart(target)))}</b>",
                                font=dict(size=round(max(bf * 0.9, min_text), 1), color=PALETTE["ink"]),
                                name="target_label"))
    if count_mode:
        xaxis_spec = dict(range=[0, top], rangemode="tozero", title=dict(text=t("att_fig.people_axis", lang)),
                          showgrid=True, zeroline=False)
    else:
        ticks = [v for v in (0, 25, 50, 75, 100) if v <= top]
        xaxis_spec = dict(range=[0, top], tickvals=ticks, ticktext=[f"{v}%" for v in ticks], showgrid=True,
                          zeroline=False, title=dict(text=t("att_fig.rate_axis", lang)))
    labels = _labels(names, label_width, s.font, max_lines)
    yaxis_spec = dict(tickvals=ypos, ticktext=labels, range=[len(values) - 0.5, -0.5], showgrid=False,
                      ticks="", showline=False, zeroline=False)
    return Parts([trace], shapes, annotations, {_layout_key(xaxis): xaxis_spec, _layout_key(yaxis): yaxis_spec},
                 " · ".join(note_parts), len(values))


def _spans(n: int, gaps: Sequence[int], half: float = 0.42) -> list[tuple[float, float]]:
    """The pieces of a line over rows 0..n-1 (row i spans i ± 0.5) that leave out
    the middle of the rows in ``gaps`` (± ``half``)."""
    spans, start = [], -0.5
    for i in sorted(set(gaps)):
        if i - half > start:
            spans.append((start, i - half))
        start = max(start, i + half)
    if n - 0.5 > start:
        spans.append((start, n - 0.5))
    return spans


def _layout_key(axis: str) -> str:
    """"x" -> "xaxis", "y2" -> "yaxis2"."""
    return f"{axis[0]}axis{axis[1:]}"


def _check_target(target: Any) -> float | None:
    if target is None:
        return None
    try:
        v = float(target)
    except (TypeError, ValueError):
        raise FigureError("att_fig.error.bad_target", target=target) from None
    if not (math.isfinite(v) and 0 <= v <= 100):
        raise FigureError("att_fig.error.bad_target", target=target)
    return v


def _note_annotation(note: str, s: Size, *, under_axis: bool = True) -> dict:
    """The chart's note in the bottom margin (under the x tick labels and axis title when ``under_axis``)."""
    return dict(xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
                yshift=-s.font * (3.6 if under_axis else 0.6),
                showarrow=False, align="left", text=escape(note), font=dict(size=s.small, color=PALETTE["muted"]),
                name="note")


def units_bar(result: AttendanceResult, *, target: float | None = None, lang: str = "th", template: Any = None,
              size: str = "screen", title: bool = True) -> go.Figure:
    """Participation rate per unit as horizontal bars, highest first.

    Parameters
    ----------
    result : AttendanceResult
    target : float, optional
        The KPI target in percent (0–100): a dashed line with its label;
        bars reaching it (rounded to one decimal) are teal, the others
        vermillion (and the label says the numbers, so colour is never the
        only signal).
    lang : {"th", "en"}
    template : go.layout.Template, registered name, or None
        None uses the house template for ``size``.
    size : {"screen", "a4", "slide", "square"}
    title : bool
        Put the chart title on the figure.

    Returns
    -------
    go.Figure
        One bar trace, one bar per unit with a headcount, labelled
        "attendees/headcount (xx.x%)".  Units without a headcount and
        people without a unit are left out of the bars and counted in a
        note under the chart.  When no unit has a headcount the bars are
        attendee counts ("45 คน"), every unit shown, and the note says why.

    Raises
    ------
    FigureError
        Not an AttendanceResult, no unit with anyone in it, a target
        outside 0–100, an unknown language or size.
    """
    _check_lang(lang)
    s = _check_size(size)
    width = s.width or 900
    parts = units_parts(result, lang, s, target=target, label_width=width * 0.30, plot_width=width * 0.6,
                        max_lines=2)
    fig = _new_figure(template, s)
    fig.add_traces(parts.traces)
    fig.update_layout(shapes=parts.shapes, annotations=parts.annotations, showlegend=False, bargap=0.3,
                      **parts.axes)
    if parts.note:
        fig.add_annotation(_note_annotation(parts.note, s))
        fig.update_layout(margin=dict(b=round(s.font * 5.2)))
    if s.name == "screen":
        fig.update_layout(height=max(300, 42 * parts.rows + 200))
    if title:
        fig.update_layout(title=_title(escape(t("att_fig.title.units", lang)), s))
    return fig


# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------

def sessions_parts(result: AttendanceResult, lang: str, s: Size, *, column_width: float, names: bool = True,
                   max_lines: int = 2, bar_font: float | None = None, xaxis: str = "x",
                   yaxis: str = "y") -> Parts:
    """Bars of attendees per session (see :func:`sessions_chart`)."""
    result = check_attendance(result)
    sessions = list(result.sessions)
    if not sessions:
        raise FigureError("att_fig.error.no_sessions")
    bf = bar_font or s.font
    n = len(sessions)
    xs = list(range(n))
    values = [int(x.attendees) for x in sessions]
    dates = [fmt.date(x.date, lang) if x.date else t("att_fig.no_date", lang) for x in sessions]
    session_names = [_clean(x.name) or t("att_fig.no_session_name", lang) for x in sessions]
    if names:
        ticktext = [f"<b>{escape(d)}</b><br>" + lines_html(wrap_text(nm, column_width * _SAFETY, s.font * 0.85,
                                                                     max_lines=max_lines))
                    for d, nm in zip(dates, session_names)]
    else:
        ticktext = [escape(d) for d in dates]
    step = max(1, math.ceil(n / 14)) if not names else 1          # thin the date labels of many sessions
    tickvals = xs[::step]
    ticktext = ticktext[::step]
    hovers = []
    for x, d, nm in zip(sessions, dates, session_names):
        online = "" if x.minutes is None or not math.isfinite(x.minutes) else \
            t("att_fig.hover.online", lang, hours=fmt.smart(x.minutes / 60.0))
        hovers.append(t("att_fig.hover.session", lang, session=escape(nm), date=escape(d),
                        n=_people(x.attendees)) + online)
    trace = go.Bar(x=xs, y=values, marker=dict(color=PALETTE["after"]),
                   text=[f"<b>{_people(v)}</b>" for v in values],
                   textposition="outside", textfont=dict(size=bf, color=PALETTE["ink"]), cliponaxis=False,
                   hovertext=hovers, hoverinfo="text", showlegend=False, xaxis=xaxis, yaxis=yaxis,
                   name=t("att_fig.sessions.attendees", lang))
    top = max(values + [1])
    axes = {
        _layout_key(xaxis): dict(tickvals=tickvals, ticktext=ticktext, range=[-0.6, n - 0.4], showgrid=False,
                                 ticks="", zeroline=False, tickangle=0),
        _layout_key(yaxis): dict(range=[0, top * 1.18], rangemode="tozero", zeroline=False,
                                 title=dict(text=t("att_fig.people_axis", lang))),
    }
    return Parts([trace], [], [], axes, "", n)


def sessions_chart(result: AttendanceResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                   title: bool = True) -> go.Figure:
    """Attendees per session over time.

    Parameters
    ----------
    result : AttendanceResult
    lang, template, size, title
        As for :func:`units_bar`.

    Returns
    -------
    go.Figure
        One bar per session in the result's order (by date, then name),
        each labelled with its number of distinct attendees; under each bar
        the date (Buddhist era in Thai, "ไม่ระบุวันที่" when unknown) and the
        session's name (names are left out, and the dates thinned, beyond
        12 sessions); the hover adds the hours online when known.

    Raises
    ------
    FigureError
        Not an AttendanceResult, no sessions, an unknown language or size.
    """
    _check_lang(lang)
    s = _check_size(size)
    result = check_attendance(result)
    n = max(1, len(result.sessions))
    width = (s.width or 900) * 0.85
    parts = sessions_parts(result, lang, s, column_width=width / n, names=n <= 12,
                           max_lines=2 if n <= 6 else 3)
    fig = _new_figure(template, s)
    fig.add_traces(parts.traces)
    fig.update_layout(showlegend=False, bargap=0.35, **parts.axes)
    if title:
        fig.update_layout(title=_title(escape(t("att_fig.title.sessions", lang, n=_people(result.attendees))), s))
    return fig


# ---------------------------------------------------------------------------
# Learning
# ---------------------------------------------------------------------------

def learning_parts(result: LearningResult, lang: str, s: Size, *, xaxis: str = "x", yaxis: str = "y",
                   label_font: float | None = None) -> Parts:
    """Pre-test against post-test (see :func:`learning_chart`)."""
    result = check_learning(result)
    r = result.metric
    try:
        b, a, _ = paired_values(r)
    except FigureError:
        raise FigureError("att_fig.error.no_pairs") from None
    n = len(b)
    pre, post = t("att_fig.learn.pre", lang), t("att_fig.learn.post", lang)
    if n <= SLOPE_MAX:
        traces, annotations, axes = slope_traces(r, lang, s, xaxis=xaxis, yaxis=yaxis)
        traces[0].name = t("att_fig.learn.people", lang, n=n)
        axes["x"] = dict(axes["x"], ticktext=[f"<b>{escape(pre)}</b>", f"<b>{escape(post)}</b>"])
    else:
        traces, axes = distribution_traces(r, lang, s, kind="box", xaxis=xaxis, yaxis=yaxis)
        for tr, word, vals in zip(traces, (pre, post), (b, a)):
            tr.name = f"{escape(word)} ({t('fig.n', lang, n=len(vals))})"
            tr.showlegend = False
        annotations = []
    lo = float(min(b.min(), a.min()))
    hi = float(max(b.max(), a.max()))
    if result.max_score is not None and math.isfinite(result.max_score) and result.max_score > 0:
        top = max(float(result.max_score), hi)
        y_title = t("att_fig.learn.axis_max", lang, max=fmt.smart(result.max_score))
        axes["y"] = dict(axes["y"], range=[min(0.0, lo), top * 1.04], rangemode="normal")
    else:
        y_title = t("att_fig.learn.axis", lang)
    axes["y"] = dict(axes["y"], title=dict(text=escape(y_title)))
    shapes: list[dict] = []
    if result.threshold is not None and math.isfinite(result.threshold):
        thr = float(result.threshold)
        shapes.append(dict(type="line", xref=f"{xaxis} domain", yref=yaxis, x0=0, x1=1, y0=thr, y1=thr,
                           layer="below", line=dict(color=PALETTE["accent"], width=max(2, s.line * 0.6), dash="dash"),
                           name="threshold"))
        annotations = list(annotations) + [dict(
            xref=f"{xaxis} domain", yref=yaxis, x=0, y=thr, xanchor="left", yanchor="bottom", showarrow=False,
            bgcolor="rgba(255,255,255,0.9)", borderpad=2,
            text=escape(t("att_fig.learn.threshold", lang, value=fmt.smart(thr))),
            font=dict(size=round(label_font or s.small, 1), color=PALETTE["muted"]), name="threshold_label")]
        y_range = axes["y"].get("range")
        if y_range is None:
            pad = (max(hi, thr) - min(lo, thr)) * 0.08 or 1.0
            axes["y"] = dict(axes["y"], range=[min(0.0, lo, thr - pad), max(hi, thr) + pad])
    return Parts(list(traces), shapes, list(annotations),
                 {_layout_key(xaxis): axes["x"], _layout_key(yaxis): axes["y"]}, "", 2)


def learning_chart(result: LearningResult, *, lang: str = "th", template: Any = None, size: str = "screen",
                   title: bool = True) -> go.Figure:
    """Pre-test against post-test scores of the people who took both.

    Parameters
    ----------
    result : LearningResult
    lang, template, size, title
        As for :func:`units_bar`.

    Returns
    -------
    go.Figure
        Up to :data:`SLOPE_MAX` (40) people: one thin line per person from
        the pre-test (light grey-blue) to the post-test (deep teal), and the
        two means bold and labelled.  More people: a box plot each side with
        the mean (dashed) and every score as a dot.  The y axis runs to full
        marks when known; the pass mark is a dashed orange line when set.

    Raises
    ------
    FigureError
        Not a LearningResult, a metric that is not paired, nobody with both
        scores, an unknown language or size.
    """
    _check_lang(lang)
    s = _check_size(size)
    parts = learning_parts(result, lang, s)
    fig = _new_figure(template, s)
    fig.add_traces(parts.traces)
    fig.update_layout(shapes=parts.shapes, annotations=parts.annotations, **parts.axes)
    fig.update_layout(showlegend=any(getattr(tr, "showlegend", None) is not False and tr.name
                                     for tr in parts.traces if isinstance(tr, go.Scatter)))
    if title:
        fig.update_layout(title=_title(escape(t("att_fig.title.learning", lang, n=_people(result.n_paired))), s))
    return fig


# ---------------------------------------------------------------------------
# Channels
# ---------------------------------------------------------------------------

def channel_rows(entries: Sequence[LogEntry], lang: str = "th") -> list[tuple[str, int, int, int]]:
    """``(channel label, communications, audience reached, entries without an audience number)``
    per channel, most used first (ties: the larger audience, then first seen)."""
    items = check_entries(entries)
    acc: dict[str, list] = {}          # casefolded label -> [label, count, reach, unknown, first seen]
    for e in items:
        label = channel_text(e.channel, lang)
        row = acc.setdefault(label.casefold(), [label, 0, 0, 0, len(acc)])
        row[1] += 1
        if e.people is None:
            row[3] += 1
        else:
            row[2] += int(e.people)
    ranked = sorted(acc.values(), key=lambda r: (-r[1], -r[2], r[4]))
    return [(r[0], r[1], r[2], r[3]) for r in ranked]


def channels_parts(entries: Sequence[LogEntry], lang: str, s: Size, *, label_width: float,
                   plot_width: float, max_lines: int = 1, max_rows: int | None = None,
                   bar_font: float | None = None, split: float = 0.5, xaxis: str = "x", xaxis2: str = "x2",
                   yaxis: str = "y") -> Parts:
    """Two panels sharing the channel axis: communications | audience reached.

    The ``xaxis`` settings get a ``domain`` fraction hint in ``split``: the
    count panel takes ``split`` of the plot width (the caller sets the
    actual domains)."""
    rows = channel_rows(entries, lang)
    bf = bar_font or s.font
    note_parts: list[str] = []
    keep = list(range(len(rows)))
    if max_rows and len(rows) > max_rows:
        keep = list(range(max_rows - 1))
        rest = rows[max_rows - 1:]
        rows = [rows[i] for i in keep] + [(t("att_fig.channels.other", lang, n=len(rest)), sum(r[1] for r in rest),
                                            sum(r[2] for r in rest), sum(r[3] for r in rest))]
    labels = [r[0] for r in rows]
    counts = [r[1] for r in rows]
    reach = [r[2] for r in rows]
    unknown = sum(r[3] for r in rows)
    if unknown:
        note_parts.append(t("att_fig.channels.no_audience", lang, n=unknown))
    ypos = list(range(len(rows)))
    ctext = [t("att_fig.times_n", lang, n=_people(c)) for c in counts]
    rtext = [t("att_fig.person_times_n", lang, n=_people(p)) if p or not u else fmt.DASH
             for p, u in zip(reach, (r[3] for r in rows))]
    hovers = [t("att_fig.hover.channel", lang, channel=escape(lb), n=_people(c), people=_people(p))
              for lb, c, p in zip(labels, counts, reach)]
    w1, w2 = plot_width * split, plot_width * (1 - split)
    c_top = _range_top(max(counts + [1]), max(text_width(x, bf) for x in ctext) + bf * 0.8, w1, 1)
    r_top = _range_top(max(reach + [1]), max(text_width(x, bf) for x in rtext) + bf * 0.8, w2, 1)
    common = dict(orientation="h", textposition="outside", textfont=dict(size=bf, color=PALETTE["ink"]),
                  cliponaxis=False, hovertext=hovers, hoverinfo="text", showlegend=False, y=ypos, yaxis=yaxis)
    traces = [
        go.Bar(x=counts, text=ctext, marker=dict(color=PALETTE["after"]), xaxis=xaxis,
               name=t("att_fig.channels.count", lang), **common),
        go.Bar(x=reach, text=rtext, marker=dict(color=PALETTE["before"], line=dict(color=PALETTE["before_line"],
                                                                                    width=1)),
               xaxis=xaxis2, name=t("att_fig.channels.reach", lang), **common),
    ]
    ticks = _labels(labels, label_width, s.font, max_lines)
    axes = {
        _layout_key(xaxis): dict(range=[0, c_top], showgrid=False, showticklabels=False, ticks="", zeroline=False,
                                 showline=False, title=dict(text=f"<b>{escape(t('att_fig.channels.count', lang))}</b>")),
        _layout_key(xaxis2): dict(range=[0, r_top], showgrid=False, showticklabels=False, ticks="", zeroline=False,
                                  showline=False, title=dict(text=f"<b>{escape(t('att_fig.channels.reach', lang))}</b>")),
        _layout_key(yaxis): dict(tickvals=ypos, ticktext=ticks, range=[len(rows) - 0.5, -0.5], showgrid=False,
                                 ticks="", showline=False, zeroline=False),
    }
    return Parts(traces, [], [], axes, " · ".join(note_parts), len(rows))


def channels_bar(entries: Sequence[LogEntry], *, lang: str = "th", template: Any = None, size: str = "screen",
                 title: bool = True) -> go.Figure:
    """Communications by channel: how many, and the audience reached.

    Parameters
    ----------
    entries : sequence of LogEntry
        The communication log.  Channels are labelled by
        ``itastats.criteria.activities.channel_label`` when that is available (so
        "line", "LINE group" and "กลุ่มไลน์" count as one), else as typed;
        an empty channel is "ไม่ระบุช่องทาง".
    lang, template, size, title
        As for :func:`units_bar`.

    Returns
    -------
    go.Figure
        Two bar traces sharing the channel axis, most used channel first:
        the number of communications (teal, left) and the audience reached
        in person-times ("คน-ครั้ง": the audiences of a channel's
        communications added up, so a person reached twice counts twice)
        (light, right; "—" for a channel with no audience number, and a
        note counting the entries without one).

    Raises
    ------
    FigureError
        Not a sequence of LogEntry, or an empty one; unknown language or size.
    """
    _check_lang(lang)
    s = _check_size(size)
    width = s.width or 900
    label_w = width * 0.26
    parts = channels_parts(entries, lang, s, label_width=label_w, plot_width=width * 0.62, max_lines=2)
    fig = _new_figure(template, s)
    fig.add_traces(parts.traces)
    fig.update_layout(showlegend=False, bargap=0.3, **parts.axes)
    fig.update_layout(xaxis=dict(domain=[0, 0.46], side="top"), xaxis2=dict(domain=[0.54, 1.0], side="top"),
                      yaxis=dict(anchor="x"))
    if parts.note:
        fig.add_annotation(_note_annotation(parts.note, s, under_axis=False))
        fig.update_layout(margin=dict(b=round(s.font * 2.6)))
    if s.name == "screen":
        fig.update_layout(height=max(280, 46 * parts.rows + 200))
    if title:
        n = len(check_entries(entries))
        fig.update_layout(title=_title(escape(t("att_fig.title.channels", lang, n=_people(n))), s))
    return fig
