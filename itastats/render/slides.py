"""The meeting-screen slides of a project: one result per 1920 × 1080 figure.

:func:`slides` turns an :class:`itastats.criteria.evidence.Evidence` into the slides a
presentation view shows, in this order, each only when it has data:

=========  ==========================================================
key        what
=========  ==========================================================
title      the project's name, agency and unit, the period (Buddhist
           era), the criterion and the date made: a slide of its own
kpi        every KPI as a large row: name, target, measured value and
           ✓ / ✗ in words (``kpi.2``... when more than
           :data:`KPIS_PER_SLIDE` KPIs)
532        participation (:func:`attendance_infographic.infographic_532`
           with the participation KPI's target)
532t       learning, pre-test against post-test
           (:func:`attendance_infographic.infographic_532_learning`)
541        the 5.4.1 comparisons the 5.4.1 page shows (the metrics chosen
           there, else its first four; ``541.2``... when more were
           chosen than fit on one slide), with their significance sentences
543        satisfaction, with the satisfaction KPI's target
531        the activities carried out, with photos (only when a photo is stored)
=========  ==========================================================

The title and KPI slides are composed here in the house look (dark header
band, Sarabun, high contrast) with no text under :data:`MIN_FONT` px, so that
they can be read from the back of a meeting room.  Every slide carries the
date made, itastats' version and the fingerprint of the input files it was
computed from.  Nothing here imports streamlit.
"""
from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import plotly.graph_objects as go

from .. import __version__
from ..i18n import fmt
from ..criteria.evidence import PAGE_531, PAGE_532, PAGE_532H, PAGE_532T, PAGE_541, PAGE_543, Evidence
from .figures import FigureError, _check_lang, escape, lines_html, text_width
from ..i18n.catalog import t
from .infographic import _Canvas, _fit, _fit_one_line, _fit_parts, _height
from ..criteria.kpi import ACHIEVED, NOT_ACHIEVED, SURVEY_PCT, KPIStatus, value_text
from .theme import PALETTE, resolve

__all__ = ["Slide", "slides", "title_slide", "kpi_slide", "WIDTH", "HEIGHT", "MIN_FONT", "KPIS_PER_SLIDE",
           "METRICS_PER_SLIDE"]

WIDTH, HEIGHT = 1920, 1080
MIN_FONT = 28            # px: the smallest text on the slides composed here
KPIS_PER_SLIDE = 6
METRICS_PER_SLIDE = 2      # 5.4.1: two comparisons a slide keep their sentences large enough for a room
_P = 72                  # outer margin


@dataclass(frozen=True, eq=False)
class Slide:
    """One slide: a stable ``key`` ("title", "kpi", "532"...), its ``title``
    in words (for the page's caption) and the 1920 × 1080 ``figure``, built
    the first time it is asked for (the screen shows one slide at a time: a
    deck of eight took 0.2–0.36 s to build whole) and the same object after."""
    key: str
    title: str
    make: Callable[[], go.Figure] = field(repr=False)

    @functools.cached_property
    def figure(self) -> go.Figure:
        return self.make()


# ---------------------------------------------------------------------------
# Shared parts
# ---------------------------------------------------------------------------

def _blank(lang: str) -> tuple[go.Figure, _Canvas]:
    _check_lang(lang)
    fig = go.Figure(layout=dict(template=resolve(None, "slide")))
    fig.update_layout(width=WIDTH, height=HEIGHT, margin=dict(l=0, r=0, t=0, b=0, pad=0, autoexpand=False),
                      paper_bgcolor=PALETTE["paper"], plot_bgcolor=PALETTE["paper"], hovermode=False,
                      showlegend=False, xaxis=dict(visible=False), yaxis=dict(visible=False))
    return fig, _Canvas(WIDTH, HEIGHT)


def _finish(fig: go.Figure, c: _Canvas) -> go.Figure:
    fig.update_layout(shapes=c.shapes, annotations=c.annotations)
    return fig


def _footer(c: _Canvas, parts: Sequence[str]) -> float:
    """The footer line(s) at :data:`MIN_FONT` px; returns the top of its rule."""
    lines, size = _fit_parts([p for p in parts if p], WIDTH - 2 * _P, MIN_FONT, MIN_FONT, max_lines=2)
    top = HEIGHT - _P * 0.45 - _height(len(lines), size)
    c.text(_P, top, lines_html(lines), size, PALETTE["muted"], name="footer")
    rule = top - 16
    c.rect(_P, rule, WIDTH - _P, rule + 2, PALETTE["card_edge"], name="footer_rule")
    return rule


def _source_note(fp: str, lang: str) -> str:
    return t("slides.footer.source", lang, fp=fp)


def _name(text: str) -> str:
    return " ".join((text or "").split())


# ---------------------------------------------------------------------------
# The title slide
# ---------------------------------------------------------------------------

def title_slide(ev: Evidence, *, lang: str = "th", made_on: _dt.date | None = None) -> go.Figure:
    """The first slide: criterion, project name, agency and unit on the dark
    band; the period (Buddhist era) and the date made below it."""
    fig, c = _blank(lang)
    p = ev.profile
    made_on = made_on or _dt.date.today()
    inner = WIDTH - 2 * _P

    kicker = t("slides.title.kicker", lang)
    k_lines, k_size = _fit(kicker, inner, 40, 32, bold=True, max_lines=1)
    name = _name(p.name) or t("slides.title.no_name", lang)
    n_lines, n_size = _fit(name, inner, 96, 60, bold=True, max_lines=3)
    parts = [_name(x) for x in (p.agency, p.unit) if _name(x)]
    a_lines, a_size = _fit_parts(parts, inner, 46, 34, max_lines=2) if parts else ([], 46)

    content = _height(1, k_size) + 28 + _height(len(n_lines), n_size)
    if a_lines:
        content += 20 + _height(len(a_lines), a_size)
    band = max(600.0, content + 2 * _P)
    y = (band - content) / 2
    c.rect(0, 0, WIDTH, band, PALETTE["band"], name="band")
    c.rect(0, band, WIDTH, band + 14, PALETTE["accent"], name="stripe")
    c.text(_P, y, f"<b>{lines_html(k_lines)}</b>", k_size, PALETTE["accent"], name="kicker")
    y += _height(1, k_size) + 28
    c.text(_P, y, f"<b>{lines_html(n_lines)}</b>", n_size, PALETTE["band_text"], name="project")
    y += _height(len(n_lines), n_size)
    if a_lines:
        y += 20
        c.text(_P, y, lines_html(a_lines), a_size, PALETTE["band_sub"], name="agency")

    rule = _footer(c, [t("slides.footer.version", lang, version=__version__), _source_note(ev.fingerprint(), lang)])
    y = band + 14 + 64
    if p.start or p.end:
        period = t("slides.title.period", lang, period=fmt.period(p.start, p.end, lang))
        colour = PALETTE["ink"]
    else:
        period, colour = t("slides.title.no_period", lang), PALETTE["muted"]
    pl, ps = _fit(period, inner, 48, 36, bold=True, max_lines=2)
    c.text(_P, y, f"<b>{lines_html(pl)}</b>", ps, colour, name="period")
    y += _height(len(pl), ps) + 24
    made = t("slides.title.made_on", lang, date=fmt.date(made_on, lang, long=True))
    ml, ms = _fit(made, inner, 40, 32, max_lines=1)
    if y + _height(1, ms) < rule - 8:
        c.text(_P, y, lines_html(ml), ms, PALETTE["muted"], name="made_on")
    return _finish(fig, c)


# ---------------------------------------------------------------------------
# The KPI slide
# ---------------------------------------------------------------------------

# columns, in px from the left: (start, end)
_COL_NAME = (_P + 36, 900)
_COL_TARGET = (940, 1210)
_COL_MEASURED = (1240, 1560)
_COL_VERDICT = (1590, WIDTH - _P - 24)


def _state_colour(st: KPIStatus) -> str:
    if st.state == ACHIEVED:
        return PALETTE["better"]
    if st.state == NOT_ACHIEVED:
        return PALETTE["worse"]
    return PALETTE["neutral"]


def _target(st: KPIStatus, lang: str) -> str:
    if st.kpi.target is None:
        return t("slides.kpi.no_target", lang)
    op = "\u2265" if st.kpi.op == ">=" else "\u2264"
    return t("slides.kpi.target", lang, op=op, target=value_text(st.kpi.target, st.unit))


def _verdict(st: KPIStatus, lang: str) -> str:
    if st.state == ACHIEVED:
        return t("slides.kpi.achieved", lang)
    if st.state == NOT_ACHIEVED:
        return t("slides.kpi.not_achieved", lang)
    if st.measured is not None:
        return t("slides.kpi.no_target", lang)
    return t("slides.kpi.no_data", lang)


def kpi_slide(ev: Evidence, statuses: Sequence[KPIStatus] | None = None, *, lang: str = "th",
              made_on: _dt.date | None = None) -> go.Figure:
    """Each KPI as a large row: its name, the target, the measured value and
    ✓ / ✗ in words (colour is never the only signal).  ``statuses`` (default:
    all of ``ev.kpis``) should be at most :data:`KPIS_PER_SLIDE` rows."""
    fig, c = _blank(lang)
    items = list(ev.kpis if statuses is None else statuses)
    made_on = made_on or _dt.date.today()
    inner = WIDTH - 2 * _P

    # the band: title (kicker at the right), then project · summary
    kicker = t("slides.kpi.kicker", lang)
    k_size = 32
    k_w = text_width(kicker, k_size, bold=True)
    title = t("kpi.card.title", lang)
    tl, ts = _fit(title, inner - k_w - 48, 60, 44, bold=True, max_lines=1)
    y = _P * 0.6
    c.text(_P, y, f"<b>{lines_html(tl)}</b>", ts, PALETTE["band_text"], name="title")
    c.text(WIDTH - _P, y + (ts - k_size) * 0.55, f"<b>{escape(kicker)}</b>", k_size, PALETTE["accent"],
           xanchor="right", align="right", name="kicker")
    y += _height(1, ts) + 8
    every = list(ev.kpis)
    achieved = sum(1 for s in every if s.achieved is True)
    sub = [x for x in (_name(ev.profile.name), t("slides.kpi.summary", lang, n=achieved, total=len(every))) if x]
    sl, ss = _fit_parts(sub, inner, 34, MIN_FONT, max_lines=1)
    c.text(_P, y, lines_html(sl), ss, PALETTE["band_sub"], name="subtitle")
    y += _height(len(sl), ss)
    band = y + _P * 0.4
    c.rect(0, 0, WIDTH, band, PALETTE["band"], name="band")
    c.rect(0, band, WIDTH, band + 8, PALETTE["accent"], name="stripe")

    rule = _footer(c, [t("info.made_on", lang, date=fmt.date(made_on, lang)),
                       t("slides.footer.version", lang, version=__version__), _source_note(ev.fingerprint(), lang)])

    # column labels
    y = band + 8 + 22
    label = MIN_FONT
    for (x0, _), key in zip((_COL_NAME, _COL_TARGET, _COL_MEASURED, _COL_VERDICT),
                            ("name", "target", "measured", "verdict")):
        c.text(x0, y, f"<b>{escape(t(f'slides.kpi.col.{key}', lang))}</b>", label, PALETTE["muted"],
               name="col_label")
    y += _height(1, label) + 12

    n = max(1, len(items))
    gap = 14
    room = rule - 20 - y
    row_h = min(170.0, (room - gap * (n - 1)) / n)
    pad = max(10.0, min(22.0, row_h * 0.12))
    text_h = row_h - 2 * pad
    name_size = max(MIN_FONT, min(44.0, text_h / (2 * 1.3)))
    name_lines_max = 2 if text_h >= 2 * MIN_FONT * 1.3 else 1
    big = max(MIN_FONT + 6, min(64.0, text_h * 0.6))
    mid = max(MIN_FONT + 2, min(42.0, text_h * 0.42))

    for i, st in enumerate(items):
        top = y + i * (row_h + gap)
        bottom = top + row_h
        yc = (top + bottom) / 2
        colour = _state_colour(st)
        c.rect(_P, top, WIDTH - _P, bottom, PALETTE["card"], radius=14, line=PALETTE["card_edge"],
               line_width=1.5, name="kpi_row")
        c.rect(_P, top + 10, _P + 12, bottom - 10, colour, layer="above", name="kpi_stripe")

        def put(col: tuple[float, float], text: str, size: float, min_size: float, colour_: str, *,
                bold: bool = True, lines: int = 1, name: str) -> None:
            w = col[1] - col[0]
            ls, sz = _fit(text, w, size, min_size, bold=bold, max_lines=lines)
            h = _height(len(ls), sz)
            body = lines_html(ls)
            c.text(col[0], yc - h / 2 - sz * 0.08, f"<b>{body}</b>" if bold else body, sz, colour_, name=name)

        kname = _name(st.kpi.name) or t("kpi.card.unnamed", lang)
        one = max(MIN_FONT, min(44.0, text_h / 1.3))
        one_size = _fit_one_line(kname, _COL_NAME[1] - _COL_NAME[0], one, min_size=MIN_FONT)
        if one_size >= max(name_size, one * 0.8):       # one line, as large as the row allows
            put(_COL_NAME, kname, one_size, one_size, PALETTE["ink"], name="kpi_name")
        else:
            put(_COL_NAME, kname, name_size, MIN_FONT, PALETTE["ink"], lines=name_lines_max, name="kpi_name")
        put(_COL_TARGET, _target(st, lang), mid, MIN_FONT, PALETTE["ink"], bold=False, name="kpi_target")
        measured = value_text(st.measured, st.unit) if st.measured is not None else fmt.DASH
        put(_COL_MEASURED, measured, big, MIN_FONT, PALETTE["ink"], name="kpi_measured")
        put(_COL_VERDICT, _verdict(st, lang), mid, MIN_FONT, colour if st.state != "no_data" else PALETTE["muted"],
            lines=2 if text_h >= 2 * MIN_FONT * 1.3 else 1, name="kpi_verdict")
    return _finish(fig, c)


# ---------------------------------------------------------------------------
# All the slides
# ---------------------------------------------------------------------------

def _chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    """``items`` in runs of at most ``size``, as even as possible."""
    items = list(items)
    if not items:
        return []
    k = -(-len(items) // size)
    per = -(-len(items) // k)
    return [items[i:i + per] for i in range(0, len(items), per)]


def _titled(key: str, part: int, lang: str) -> tuple[str, str]:
    base = key.split(".")[0]
    title = t(f"slides.key.{base}", lang)
    if part > 1:
        return f"{base}.{part}", t("slides.part", lang, title=title, part=part)
    return base, title


def _picked_541(ev: Evidence) -> list:
    """The metrics the 5.4.1 page puts on its infographic: those chosen
    there (in the file's order), else the first four."""
    results = list(ev.results_541)
    chosen = ev.choices.get("info.metrics")
    if isinstance(chosen, (list, tuple)):
        return [r for r in results if r.name in chosen] or results[:1]
    return results[:4]


def _target_of(ev: Evidence, source: str) -> float | None:
    return next((k.target for k in ev.profile.kpis if k.source == source), None)


def _has_pairs(learning: Any) -> bool:
    """Whether the learning slide has something to draw (a paired comparison with
    somebody who took both tests), found without drawing it."""
    from .attendance_figures import check_learning
    from .figures import paired_values
    try:
        paired_values(check_learning(learning).metric)
    except FigureError:
        return False
    return True


def slides(ev: Evidence, *, lang: str = "th", made_on: _dt.date | None = None) -> list[Slide]:
    """The meeting-screen slides of a project, in order; only those with data.

    Parameters
    ----------
    ev : Evidence
        From :func:`itastats.criteria.evidence.collect`.
    lang : {"th", "en"}
    made_on : date, optional
        The date on the slides (Buddhist era in Thai); today by default.

    Returns
    -------
    list of Slide
        Always the title slide; the KPI slide(s) when the project has KPIs;
        then 5.3.2 participation, 5.3.2 learning, 5.4.1, 5.4.3 and 5.3.1
        when their data are there (5.3.1: activities with at least one of their
        photos stored).  Every figure is 1920 × 1080 px.
    """
    from ..criteria import attendance
    from . import infographic, narrative, survey_infographic
    from . import attendance_infographic as ai
    from .theme import template

    _check_lang(lang)
    made_on = made_on or _dt.date.today()
    p = ev.profile
    out = [Slide("title", t("slides.key.title", lang), lambda: title_slide(ev, lang=lang, made_on=made_on))]
    for i, group in enumerate(_chunks(ev.kpis, KPIS_PER_SLIDE), 1):
        key, title = _titled("kpi", i, lang)
        out.append(Slide(key, title, lambda group=group: kpi_slide(ev, group, lang=lang, made_on=made_on)))

    def note(*pages: str) -> str:
        return _source_note(ev.fingerprint(*pages), lang)

    common = dict(size="slide", lang=lang, made_on=made_on)
    if ev.attendance is not None:
        out.append(Slide("532", t("slides.key.532", lang), lambda: ai.infographic_532(
            ev.attendance, p, kpi_target=_target_of(ev, attendance.SOURCE_RATE), template=template("slide"),
            footer_note=note(PAGE_532, PAGE_532H), **common)))
    if ev.learning is not None and _has_pairs(ev.learning):   # not paired / nobody with both: the page says so
        out.append(Slide("532t", t("slides.key.532t", lang), lambda: ai.infographic_532_learning(
            ev.learning, p, template=template("slide"), footer_note=note(PAGE_532T), **common)))
    picked = _picked_541(ev)
    # tested metrics and reported figures never share a slide (nor its heading)
    groups = _chunks([r for r in picked if r.tested or r.verdict == "no_test"], METRICS_PER_SLIDE) + \
        _chunks([r for r in picked if r.verdict == "reported"], METRICS_PER_SLIDE)
    for i, group in enumerate(groups, 1):
        key, title = _titled("541", i, lang)
        out.append(Slide(key, title, lambda group=group: infographic.infographic_541(
            group, p, sentences=narrative.group_sentences(group, lang, context=ev.results_541),
            template=template("slide"), footer_note=note(PAGE_541), **common)))
    if ev.survey is not None:
        out.append(Slide("543", t("slides.key.543", lang), lambda: survey_infographic.infographic_543(
            ev.survey, p, kpi_target=_target_of(ev, SURVEY_PCT), template=template("slide"),
            footer_note=note(PAGE_543), **common)))
    done = [e for e in p.activity_log if e.title]
    photos = ev.page_files(PAGE_531)
    if done and any(name in photos for e in done for name in e.photos):      # the activity photos slide
        out.append(Slide("531", t("slides.key.531", lang), lambda: ai.infographic_531(
            done, photos, p, template=template("slide"), footer_note=note(PAGE_531), **common)))
    return out

