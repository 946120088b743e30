"""The KPI scorecard: every KPI's measured value against its target.

One row per KPI, a bullet chart read from left to right:

- on the left, the KPI's name (wrapped, at most two lines) and where its
  value comes from;
- in the middle, the measured value as a bar on a light track, and the
  target as a black vertical line labelled "เป้าหมาย ≥ 50%";
- on the right, the measured value with its unit, and the verdict in words
  with a symbol: "✓ บรรลุเป้าหมาย" (deep teal), "✗ ยังไม่บรรลุเป้าหมาย"
  (vermillion bar with diagonal hatching), "ยังไม่มีข้อมูล" (grey, no bar,
  with what to do to get the number), so colour is never the only signal.

A bar's length is proportional to its value: percentages share one 0-100
track, KPIs in the same other unit share one track (KPIs mix %, days and
baht, so each unit has its own).  KPI names and
metric names are user text and are escaped for plotly.
"""
from __future__ import annotations

import math
from typing import Any, Sequence

import plotly.graph_objects as go

from ..i18n import fmt
from .figures import FigureError, escape, lines_html, text_width, wrap_text
from ..i18n.catalog import LANGS, t
from ..criteria.kpi import ACHIEVED, NOT_ACHIEVED, KPIStatus, source_label, value_text
from .theme import PALETTE, SIZES, resolve, size_spec

__all__ = ["kpi_scorecard", "value_text", "target_text", "CHECK", "CROSS"]

CHECK = "\u2713"     # ✓
CROSS = "\u2717"     # ✗
_SCREEN_WIDTH = 760  # px assumed for wrapping on the (responsive) dashboard: a narrow window

# horizontal layout, as fractions of the figure's width
_NAME = (0.0, 0.34)
_BAR = (0.37, 0.70)
_VERDICT = 0.73


def target_text(status: KPIStatus, lang: str = "th") -> str:
    """"เป้าหมาย ≥ 50%" (plain text); "ยังไม่กำหนดเป้าหมาย" without a target."""
    kpi = status.kpi
    if kpi.target is None:
        return t("kpi.status.no_target", lang)
    op = "\u2265" if kpi.op == ">=" else "\u2264"
    return t("kpi.card.target", lang, op=op, target=value_text(kpi.target, status.unit))


def _check(statuses: Any, lang: str, size: str):
    if lang not in LANGS:
        raise FigureError("fig.error.bad_lang", lang=lang)
    if size not in SIZES:
        raise FigureError("fig.error.bad_size", size=size, sizes=", ".join(SIZES))
    items = list(statuses)
    for s in items:
        if not isinstance(s, KPIStatus):
            raise TypeError(f"statuses must be KPIStatus objects (itastats.criteria.kpi.evaluate), "
                            f"not {type(s).__name__}")
    return items, size_spec(size)


def _ranges(items: Sequence[KPIStatus]) -> list[tuple[float, float]]:
    """Each row's axis range, so that a bar's length is proportional to its
    value: percentages on one 0-100 track (wider only for a value or target
    beyond it), and rows in the same other unit on one shared track (two
    KPIs in days compare at a glance).  A row's own target always fits."""
    def unit_of(st: KPIStatus) -> str:
        return "%" if st.unit.strip() == "%" else st.unit.strip()

    groups: dict[str, list[float]] = {}
    for st in items:
        groups.setdefault(unit_of(st), []).extend(
            v for v in (st.measured, st.kpi.target) if v is not None and math.isfinite(v))
    out = []
    for st in items:
        values = [0.0] + groups[unit_of(st)]
        lo, hi = min(values), max(values)
        if unit_of(st) == "%" and hi <= 100:
            out.append((lo - max(hi - lo, 1.0) * 0.06 if lo < 0 else 0.0, 100.0))
            continue
        span = (hi - lo) or max(abs(hi), 1.0)
        out.append(((lo - span * 0.06 if lo < 0 else 0.0), hi + span * 0.12))
    return out


def kpi_scorecard(statuses: Sequence[KPIStatus], *, lang: str = "th", template: Any = None,
                  size: str = "screen", title: bool = True, width: int | None = None) -> go.Figure:
    """Each KPI's measured value against its target, achieved or not.

    Parameters
    ----------
    statuses : sequence of KPIStatus
        From :func:`itastats.criteria.kpi.evaluate`, one row each, in order.
    lang : {"th", "en"}
    template : go.layout.Template, registered name, or None
        None uses the house template for ``size``; it is always set on the
        figure explicitly.
    size : {"screen", "a4", "slide", "square"}
        On screen the height grows with the number of KPIs.
    title : bool
        Put the title ("ตัวชี้วัดความสำเร็จของโครงการ · บรรลุเป้าหมาย 2 จาก 3
        ตัวชี้วัด") on the figure.
    width : int, optional
        Screen size only: a fixed width in px (also used to wrap the texts).
        Without it the figure fills its container and texts are wrapped for
        a 760 px wide one, so that they fit a narrow window too.

    Returns
    -------
    go.Figure
        One bar trace per KPI with a value (named after the KPI), a target
        line per KPI with a target; rows with no data have no bar and say
        "ยังไม่มีข้อมูล" (never a zero bar).  With no KPIs at all, a figure
        that says so.

    Raises
    ------
    FigureError
        Unknown ``lang`` or ``size``.
    TypeError
        Something other than KPIStatus objects.

    Examples
    --------
    >>> from itastats.criteria.kpi import evaluate
    >>> from itastats.criteria.project import KPI
    >>> fig = kpi_scorecard(evaluate([KPI("ความพึงพอใจ", ">=", 80, "%", manual_value=86.4)]))
    >>> len(fig.data)          # the bar, and the target line over a white halo
    3
    """
    items, s = _check(statuses, lang, size)
    tmpl = resolve(template, s.name)
    n = len(items)
    fig = go.Figure(layout=dict(template=tmpl))

    # vertical layout (paper fractions): title band on top, rows below
    if width is not None and (isinstance(width, bool) or not isinstance(width, int) or width < 300):
        raise ValueError(f"width must be a whole number of px, at least 300, not {width!r}")
    fixed_width = width if s.name == "screen" else None
    width = s.width or fixed_width or _SCREEN_WIDTH
    row_px = max(s.font * 5.2, 96)
    if s.name == "screen":
        height = int(max(1, n) * row_px + (s.title * 3.4 if title else s.font * 1.5) + s.font * 1.2)
    else:
        height = s.height
    top_px = s.title * 3.4 if title else s.font * 1.5
    bottom_px = s.font * 1.2
    plot_h = max(1.0, height - top_px - bottom_px)
    top = 1 - top_px / height
    bottom = bottom_px / height
    row_h = (top - bottom) / max(n, 1)
    fs = s.font if s.name == "screen" else min(s.font, max(s.small, plot_h / max(n, 1) / 4.4))
    small = max(s.small * fs / s.font, 11)

    layout: dict[str, Any] = dict(margin=dict(l=s.font, r=s.font, t=0, b=0), showlegend=False,
                                  bargap=0.0, hovermode="closest")
    if s.name == "screen":
        layout["height"] = height
        if fixed_width:
            layout["width"] = fixed_width
    annotations: list[dict] = []
    shapes: list[dict] = []

    if title:
        achieved = sum(1 for st in items if st.achieved is True)
        text = f"<b>{t('kpi.card.title', lang)}</b>"
        if n:
            text += f"  \u00b7  {t('kpi.card.summary', lang, n=achieved, total=n)}"
        layout["title"] = dict(text=text, font=dict(size=s.title), x=0.0, xanchor="left", xref="paper",
                               y=1 - (s.title * 0.9) / height, yanchor="top", yref="paper", pad=dict(t=0))

    if not n:
        annotations.append(dict(xref="paper", yref="paper", x=0.5, y=(top + bottom) / 2, showarrow=False,
                                text=escape(t("kpi.card.empty", lang)),
                                font=dict(size=s.font, color=PALETTE["muted"])))
        layout.update(xaxis=dict(visible=False), yaxis=dict(visible=False))

    name_w = (_NAME[1] - _NAME[0]) * width - 8
    verdict_w = (1 - _VERDICT) * width - 8
    bar_w = (_BAR[1] - _BAR[0]) * width
    ranges = _ranges(items)
    for i, st in enumerate(items):
        k = i + 1
        xa, ya = ("x", "y") if k == 1 else (f"x{k}", f"y{k}")
        y1 = top - i * row_h
        y0 = y1 - row_h
        yc = (y0 + y1) / 2
        unit = st.unit
        lo, hi = ranges[i]
        state = st.state
        colour = {ACHIEVED: PALETTE["better"], NOT_ACHIEVED: PALETTE["worse"]}.get(state, PALETTE["neutral"])

        layout[f"xaxis{'' if k == 1 else k}"] = dict(
            domain=list(_BAR), anchor=ya, range=[lo, hi], visible=False, fixedrange=True)
        layout[f"yaxis{'' if k == 1 else k}"] = dict(
            domain=[y0 + row_h * 0.08, y1 - row_h * 0.08], anchor=xa, range=[-0.5, 0.62], visible=False,
            fixedrange=True)

        # the track (bullet background) and a separator between rows
        shapes.append(dict(type="rect", xref=xa, yref=ya, x0=lo, x1=hi, y0=-0.2, y1=0.2,
                           fillcolor=PALETTE["card"], line=dict(width=0), layer="below"))
        if i:
            shapes.append(dict(type="line", xref="paper", yref="paper", x0=0, x1=1, y0=y1, y1=y1,
                               line=dict(color=PALETTE["grid"], width=1)))

        # left: name and source
        name = st.kpi.name.strip() or t("kpi.card.unnamed", lang)
        name_lines = wrap_text(name, name_w, fs, bold=True, max_lines=2)
        src = source_label(st.source if st.source is not None else st.kpi.source, lang)
        src_lines = wrap_text(t("kpi.card.source", lang, source=src), name_w, small, max_lines=1)
        annotations.append(dict(
            xref="paper", yref="paper", x=_NAME[0], y=yc, xanchor="left", yanchor="middle", align="left",
            showarrow=False,
            text=f"<b>{lines_html(name_lines)}</b><br><span style=\"font-size:{small:.0f}px;color:"
                 f"{PALETTE['muted']}\">{lines_html(src_lines)}</span>",
            font=dict(size=fs, color=PALETTE["ink"])))

        # middle: the measured bar and the target line
        ttext = target_text(st, lang)
        hover = t("kpi.card.hover", lang, name=escape(name), value=escape(value_text(st.measured, unit)),
                  target=escape(ttext))
        if st.measured is not None:
            # not achieved: hatched as well as vermillion, so it differs without colour too
            pattern = dict(shape="/", fillmode="replace", bgcolor=colour, fgcolor="#FFFFFF", fgopacity=0.5,
                           size=max(8, s.font * 0.7), solidity=0.3) if state == NOT_ACHIEVED else dict(shape="")
            fig.add_trace(go.Bar(
                x=[st.measured], y=[0], base=0, orientation="h", width=0.4, xaxis=xa, yaxis=ya,
                name=escape(name), marker=dict(color=colour, pattern=pattern, line=dict(width=0)),
                hovertext=[hover], hoverinfo="text", cliponaxis=False))
        if st.kpi.target is not None:
            tx = st.kpi.target
            lw = max(3.0, s.line * 1.2)
            for line_colour, w in ((PALETTE["paper"], lw + 4), (PALETTE["ink"], lw)):   # a white halo, then the line
                fig.add_trace(go.Scatter(
                    x=[tx, tx], y=[-0.34, 0.3], mode="lines", xaxis=xa, yaxis=ya, name=escape(ttext),
                    line=dict(color=line_colour, width=w), hovertext=[hover, hover], hoverinfo="text",
                    showlegend=False))
            frac = (tx - lo) / (hi - lo) if hi > lo else 0.5
            tw = text_width(ttext, small) + 6
            anchor = "left" if frac * bar_w < tw / 2 else "right" if (1 - frac) * bar_w < tw / 2 else "center"
            annotations.append(dict(xref=xa, yref=ya, x=tx, y=0.31, xanchor=anchor, yanchor="bottom",
                                    showarrow=False, text=escape(ttext),
                                    font=dict(size=small, color=PALETTE["ink"])))

        # right: value and verdict
        if state == ACHIEVED:
            verdict = f"{CHECK} {t('kpi.status.achieved', lang)}"
        elif state == NOT_ACHIEVED:
            verdict = f"{CROSS} {t('kpi.status.not_achieved', lang)}"
        elif st.measured is not None:
            verdict = t("kpi.status.no_target", lang)
        else:
            verdict = t("kpi.status.no_data", lang)
        vtext = value_text(st.measured, unit) if st.measured is not None else ""
        vlines = wrap_text(vtext, verdict_w, fs * 1.25, bold=True, max_lines=1) if vtext else []
        verdict_lines = wrap_text(verdict, verdict_w, fs, bold=True, max_lines=2)
        text = f"<b>{lines_html(verdict_lines)}</b>"
        if st.measured is None:
            # what to do to get the number, under "ยังไม่มีข้อมูล"
            hint = t(st.error or "kpi.error.no_data", lang, **{"source": st.kpi.source, **dict(st.params)})
            hint_lines = wrap_text(hint, verdict_w, small, max_lines=3)
            text += f"<br><span style=\"font-size:{small:.0f}px\">{lines_html(hint_lines)}</span>"
        if vlines:
            text = f"<span style=\"font-size:{fs * 1.25:.0f}px\"><b>{lines_html(vlines)}</b></span><br>" + text
        annotations.append(dict(xref="paper", yref="paper", x=_VERDICT, y=yc, xanchor="left",
                                yanchor="middle", align="left", showarrow=False, text=text,
                                font=dict(size=fs, color=colour if state != "no_data" else PALETTE["muted"])))

    layout["annotations"] = annotations
    layout["shapes"] = shapes
    fig.update_layout(**layout)
    return fig
