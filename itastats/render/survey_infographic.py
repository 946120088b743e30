"""The composed 5.4.3 infographic (satisfaction survey): one plotly figure, three sizes.

Same page as the 5.4.1 infographic and built with its parts
(:mod:`itastats.render.infographic`: the pixel canvas, the geometry of each size,
the header band with project, agency and period in the Buddhist era, the
fitting helpers and the footer): a header titled "ผลความพึงพอใจ" (ITA
criterion 5.4.3), four cards (respondents; overall x̄ and its level word;
satisfaction % against the KPI target, said with ✓/✗ and words, not colour
alone; Cronbach's α), the ranked item means over the level bands
(:func:`itastats.render.survey_figures.ranked_means_parts`), optional summary
sentences, and the footer with the date made.

All user text (project, agency, item names, sentences) is escaped and
wrapped by measured width.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import math
from typing import Any, Sequence

import plotly.graph_objects as go

from ..i18n import fmt
from .cards import blank_page, card_grid as _cards, relabel as _relabel
from .figures import FigureError, _check_lang, escape, lines_html
from ..i18n.catalog import t
from .infographic import LINE, SIZES_PX, _SAFETY, _Canvas, _fit, _height, _sentences_box
from ..criteria.project import ProjectInfo
from ..criteria.survey import SurveyResult
from .survey_figures import check_result, level_word, ranked_means_parts
from .theme import INFOGRAPHIC_SIZES, PALETTE, SIZES

__all__ = ["infographic_543", "SIZES_PX", "alpha_word", "target_met"]

# cards per row in each size (4 cards: respondents, mean, %, alpha)
_CARD_COLS = {"a4": 2, "slide": 4, "square": 2}
_MIN_TICK = 13


def alpha_word(alpha: float | None, lang: str = "th") -> str:
    """A plain word for Cronbach's α: ≥ .90 excellent, ≥ .80 good, ≥ .70 acceptable, else low."""
    if alpha is None or not math.isfinite(alpha):
        return t("svinfo.alpha_none", lang)
    key = "excellent" if alpha >= 0.9 else "good" if alpha >= 0.8 else "acceptable" if alpha >= 0.7 else "low"
    return t(f"svinfo.alpha.{key}", lang)


def target_met(pct: float | None, target: float | None) -> bool | None:
    """True when the satisfaction % reaches the target (≥), None when either is missing."""
    if pct is None or target is None or not math.isfinite(pct):
        return None
    return fmt.rounded(float(pct)) >= float(target)


def _check_target(kpi_target: Any) -> float | None:
    if kpi_target is None:
        return None
    try:
        v = float(kpi_target)
    except (TypeError, ValueError):
        raise FigureError("svfig.error.bad_target", target=kpi_target) from None
    if not (math.isfinite(v) and 0 <= v <= 100):
        raise FigureError("svfig.error.bad_target", target=kpi_target)
    return v


def _card_specs(result: SurveyResult, lang: str, target: float | None) -> list[dict]:
    ov, al = result.overall, result.alpha
    met = target_met(ov.pct, target)
    if met is None:
        pct_sub, pct_colour = t("svinfo.no_target", lang), PALETTE["muted"]
    else:
        key = "svinfo.target_met" if met else "svinfo.target_not_met"
        pct_sub = t(key, lang, target=fmt.smart(target))
        pct_colour = PALETTE["better"] if met else PALETTE["worse"]
    alpha_sub = (t("svinfo.alpha_rows", lang, n=al.n_used, word=alpha_word(al.value, lang))
                 if al.value is not None else t("svinfo.alpha_none", lang))
    return [
        dict(name=t("svinfo.respondents", lang), big=fmt.num(result.respondents, 0),
             unit=t("svinfo.respondents_unit", lang), sub=t("svinfo.items_count", lang, k=len(result.items)),
             sub_colour=PALETTE["muted"], stripe=PALETTE["before_line"]),
        dict(name=t("svinfo.overall", lang), big=fmt.num(ov.mean, 2), unit="",
             sub=f"{t('svinfo.level', lang, level=level_word(ov.level, lang))} · {t('svinfo.sd', lang, sd=fmt.num(ov.sd, 2))}",
             sub_colour=PALETTE["after"], stripe=PALETTE["after"]),
        dict(name=t("svinfo.pct", lang), big=fmt.pct(ov.pct, 2), unit="", sub=pct_sub, sub_colour=pct_colour,
             stripe=pct_colour if met is not None else PALETTE["accent"]),
        dict(name=t("svinfo.alpha", lang), big=fmt.num(al.value, 2), unit="", sub=alpha_sub,
             sub_colour=PALETTE["muted"], stripe=PALETTE["accent"]),
    ]


def _chart(fig: go.Figure, c: _Canvas, g: Any, box: tuple[float, float, float, float], result: SurveyResult,
           lang: str, size_name: str) -> None:
    """The ranked means over the level bands, drawn in ``box`` (px)."""
    x0, y0, x1, y1 = box
    title = t("svinfo.chart_title", lang)
    crit = t(f"svfig.criteria_name.{result.criteria}", lang)
    tlines, tsize = _fit(f"{title} ({crit})", x1 - x0, g.chart_title, g.chart_title * 0.8, bold=True, max_lines=2)
    c.text(x0, y0, f"<b>{lines_html(tlines)}</b>", tsize, PALETTE["ink"], name="chart_title")
    top = y0 + _height(len(tlines), tsize) + g.gap * 0.4
    lo = max(_MIN_TICK, getattr(g, "min_text", 0))   # 24 px on the slide, read from the back of the room
    band_font = round(max(g.tick * 0.82, lo))
    top += band_font * LINE + 4                 # the level words sit above the plot
    bottom = y1 - g.tick * 1.9                  # the x tick labels below it
    items = [it for it in result.items if it.mean is not None and math.isfinite(it.mean)]
    n = max(1, len(items))
    plot_h = bottom - top
    tick = min(g.tick, plot_h / n / 1.45)
    shown = result
    note = ""
    if tick < lo:                               # too many items: the highest and lowest, and a note
        keep = max(2, int(plot_h / (lo * 1.45)) - 1)
        ranked = sorted(range(len(items)), key=lambda i: (-items[i].mean, i))
        picked = sorted(ranked[: (keep + 1) // 2] + ranked[len(ranked) - keep // 2:])
        shown = dataclasses.replace(result, items=tuple(items[i] for i in picked))
        note = t("svinfo.more_items", lang, n=len(items) - len(picked))
        tick = lo
        bottom -= tick * LINE
    row_h = plot_h / max(1, len(shown.items))
    max_lines = 2 if row_h >= tick * 2.9 else 1
    gap = 0.28 if max_lines == 1 else 0.34
    bar_font = round(max(_MIN_TICK * 0.85, getattr(g, "min_text", 0), min(tick * 0.95, row_h * (1 - gap) * 0.72)), 1)
    label_w = (x1 - x0) * 0.40
    base = SIZES[size_name]
    s = dataclasses.replace(base, font=round(tick, 1), small=round(band_font, 1))
    traces, shapes, annotations, axes = ranked_means_parts(shown, lang, s, label_width=label_w * _SAFETY,
                                                           max_lines=max_lines, band_font=band_font,
                                                           bar_font=bar_font)
    fig.add_traces(traces)
    fig.update_layout(
        xaxis=dict(axes["x"], domain=[(x0 + label_w + tick * 0.6) / c.W, (x1 - 4) / c.W], anchor="y",
                   automargin=False, title=None, tickfont=dict(size=round(max(g.tick * 0.85, lo)), color=PALETTE["ink"])),
        yaxis=dict(axes["y"], domain=[1 - bottom / c.H, 1 - top / c.H], anchor="x", automargin=False,
                   tickfont=dict(size=round(tick, 1), color=PALETTE["ink"])),
        bargap=gap,
    )
    c.shapes.extend(shapes)
    c.annotations.extend(annotations)
    if note:
        c.text(x1, y1 - tick * LINE, escape(note), tick, PALETTE["muted"], xanchor="right", align="right",
               name="chart_note")


def _chart_need(g: Any, result: SurveyResult) -> float:
    """Height (px) the chart needs to show every item at a readable size."""
    n = sum(1 for it in result.items if it.mean is not None and math.isfinite(it.mean))
    row = max(_MIN_TICK * 1.45, g.tick * 1.25)
    return max(g.chart_min, g.chart_title * LINE * 2 + g.tick * LINE + n * row + g.tick * 1.9)


def infographic_543(result: SurveyResult, project: ProjectInfo, *, size: str = "a4", lang: str = "th",
                    template: Any = None, made_on: _dt.date | None = None, kpi_target: float | None = None,
                    sentences: Sequence[str] = (), footer_note: str = "") -> go.Figure:
    """The 5.4.3 satisfaction infographic as one plotly figure.

    Parameters
    ----------
    result : SurveyResult
    project : ProjectInfo
        Name, agency and unit, and the period (shown in the Buddhist era).
    size : {"a4", "slide", "square"}
        1240 × 1754 (A4 portrait at 150 dpi), 1920 × 1080, 1080 × 1080 px.
    lang : {"th", "en"}
    template : plotly Template, registered name or None (the house template)
    made_on : date, optional
        The date in the footer (Buddhist era in Thai); today by default.
    kpi_target : float, optional
        The project's satisfaction target in percent (e.g. 80).  The card
        says "✓ บรรลุเป้าหมาย ≥ 80%" or "✗ ยังไม่ถึงเป้าหมาย ≥ 80%" (met when
        the percentage, rounded to 2 decimals, is at least the target).
    sentences : sequence of str
        Summary sentences as plain text, most important first; whole
        sentences are left out from the end when they do not fit, and on
        a page too small for both the chart (all items) comes first.
    footer_note : str
        Extra plain text for the footer (e.g. the data file's name).

    Returns
    -------
    go.Figure
        ``layout.width``/``height`` are the size in px; export with
        ``itastats.render.export.to_png(fig, width=fig.layout.width, height=fig.layout.height)``.

    Raises
    ------
    FigureError
        Not a SurveyResult (or no items / no means), not a ProjectInfo,
        an unknown size or language, a target outside 0–100.

    Example
    -------
    >>> fig = infographic_543(result, project, size="slide", kpi_target=80)   # doctest: +SKIP
    """
    _check_lang(lang)
    if size not in INFOGRAPHIC_SIZES:
        raise FigureError("fig.error.bad_size", size=size, sizes=", ".join(INFOGRAPHIC_SIZES))
    result = check_result(result)
    if not isinstance(project, ProjectInfo):
        raise FigureError("svfig.error.not_project", got=type(project).__name__)
    target = _check_target(kpi_target)
    if isinstance(sentences, str):
        sentences = [sentences]
    texts = [x for x in (" ".join(str(s).split()) for s in (sentences or ())) if x]
    # the shared page: header with this page's title and criterion, footer
    fig, c, g, y, region_bottom = blank_page(size, lang, template, project, made_on, footer_note,
                                             t("svinfo.title", lang), t("svinfo.criterion", lang),
                                             not_project_key="svfig.error.not_project")
    W, H = SIZES_PX[size]
    P = g.pad
    inner_w = W - 2 * P
    y += _cards(c, g, _card_specs(result, lang, target), _CARD_COLS[size], P, y, inner_w) + g.gap

    if texts and g.layout == "side":
        chart_w = inner_w * 0.6
        box_x = P + chart_w + g.gap * 1.4
        _sentences_box(c, g, texts, lang, box_x, y, region_bottom, W - P - box_x, region_bottom - y, stretch=True)
        _chart(fig, c, g, (P, y, P + chart_w, region_bottom), result, lang, size)
    elif texts and region_bottom - y - _chart_need(g, result) - g.gap >= g.body * 4:
        max_h = region_bottom - y - _chart_need(g, result) - g.gap
        box_top = _sentences_box(c, g, texts, lang, P, None, region_bottom, inner_w, max_h)
        _chart(fig, c, g, (P, y, W - P, box_top - g.gap), result, lang, size)
    else:
        _chart(fig, c, g, (P, y, W - P, region_bottom), result, lang, size)
    if any(a.get("name") == "findings_label" for a in c.annotations):
        _relabel(c, "findings_label", f"<b>{escape(t('svinfo.summary', lang))}</b>")
    fig.update_layout(shapes=c.shapes, annotations=c.annotations)
    return fig
