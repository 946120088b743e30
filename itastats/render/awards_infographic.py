"""The 5.4.2 infographic: awards, certificates, thank-you letters and news
about the project, in the three sizes of :data:`itastats.render.theme.INFOGRAPHIC_SIZES`.

The same page as the 5.2.1 and 5.3.1 infographics, built with their parts
(:mod:`itastats.render.attendance_infographic`): a card per kind with how
many there are (the kind read from each title by
:func:`itastats.criteria.awards.award_kind`), the register as a dated list
(date in the Buddhist era, what it is, who gave it, the names of its PDF
files), and up to four of the uploaded pictures as thumbnails with their
entry's title and date.  A PDF is listed by name, never drawn.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Mapping, Sequence

import plotly.graph_objects as go

from ..criteria.awards import KINDS, award_kind
from ..criteria.project import LogEntry, ProjectInfo
from ..i18n import fmt
from ..i18n.catalog import t
from .attendance_figures import check_entries
from .attendance_infographic import (MAX_PHOTOS, _check_photos, _entry_list, _finish, _page, _photos_block,
                                     glue_dates, photo_picks)
from .cards import card, card_grid
from .infographic import _Canvas
from .theme import PALETTE

__all__ = ["infographic_542", "MAX_PHOTOS"]

_STRIPES = {"award": PALETTE["accent"], "certificate": PALETTE["after"], "thanks": PALETTE["before_line"],
            "news": PALETTE["neutral"]}


def _kind_cards(items: Sequence[LogEntry], lang: str) -> list[dict]:
    """A card per kind (award, certificate, thanks, news): how many, and
    the date of the latest. Entries of no kind are counted in the list's title."""
    specs = []
    for kind in KINDS[:-1]:
        of_kind = [e for e in items if award_kind(e.title) == kind]
        dates = [e.date for e in of_kind if e.date]
        # the date glued (non-breaking spaces): a narrow card breaks before it, never inside it
        sub = t("award_fig.latest", lang, date=glue_dates(fmt.date(max(dates), lang))) if dates else ""
        specs.append(card(t(f"award_fig.kind.{kind}", lang), fmt.num(len(of_kind), 0),
                          t("award_fig.items_unit", lang), sub, stripe=_STRIPES[kind]))
    return specs


def infographic_542(entries: Sequence[LogEntry], files: Mapping[str, bytes] | None, project: ProjectInfo, *,
                    size: str = "a4", lang: str = "th", template: Any = None, made_on: _dt.date | None = None,
                    footer_note: str = "") -> go.Figure:
    """The 5.4.2 awards and thanks summary.

    Parameters
    ----------
    entries : sequence of LogEntry
        The register (``ProjectInfo.awards``): ``title`` what it is,
        ``channel`` who gave it, ``date``, ``photos`` its files (page "542").
        Entries without a title are left out.
    files : mapping of str to bytes, optional
        The stored files by name.  Up to :data:`MAX_PHOTOS` JPEG/PNG
        pictures are drawn (:func:`itastats.render.attendance_infographic.photo_picks`:
        the first picture of each entry first); PDFs are named in the list.
    project : ProjectInfo
    size : {"a4", "slide", "square"}
        1240 × 1754 (A4 portrait at 150 dpi), 1920 × 1080, 1080 × 1080 px.
    lang : {"th", "en"}
    template : plotly Template, registered name or None (the house template)
    made_on : date, optional
        The date in the footer (Buddhist era in Thai); today by default.
    footer_note : str
        Extra plain text for the footer (the inputs' fingerprint).

    Returns
    -------
    go.Figure
        Cards of the count of each kind, the dated list (as many entries as
        fit, then "และอีก N รายการ") and the thumbnails (``layout.images``,
        ``sizing="contain"`` in a frame of the picture's own shape).  On
        the slide the list and the pictures stand side by side; on A4 and
        the square the pictures go under the list.

    Raises
    ------
    FigureError
        No entry with a title, something that is not a LogEntry, files that
        are not a mapping, not a ProjectInfo, an unknown size or language.
    """
    items = [e for e in check_entries(entries) if e.title.strip()]
    files = _check_photos(files)
    if not items:
        check_entries([])                         # "the register is empty"
    fig, c, g, y, bottom = _page(size, lang, template, project, made_on, footer_note,
                                 t("award_fig.title", lang), t("award_fig.criterion", lang))
    specs = _kind_cards(items, lang)
    P, W = g.pad, c.W
    y += card_grid(c, g, specs, len(specs), P, y, W - 2 * P) + g.gap       # the kinds side by side
    picks = photo_picks(items, files)
    images: list[dict] = []
    other = sum(1 for e in items if award_kind(e.title) == "other")
    title = (t("award_fig.list_other", lang, n=fmt.num(len(items), 0), other=fmt.num(other, 0)) if other
             else t("award_fig.list", lang, n=fmt.num(len(items), 0)))
    if not picks:
        _entry_list(c, g, items, lang, (P, y, W - P, bottom), title, "award", max_lines=2)
    elif size == "slide":
        split = P + (W - 2 * P) * 0.5
        _entry_list(c, g, items, lang, (P, y, split - g.gap, bottom), title, "award", max_lines=2)
        _photos_block(c, g, picks, lang, (split + g.gap, y, W - P, bottom), images, fit=True)
    else:
        # the pictures under the list: at least 40 % of the room, and
        # whatever a short list leaves (measured on a scratch canvas)
        least = (bottom - y) * 0.4
        probe = _Canvas(c.W, c.H)
        end = _entry_list(probe, g, items, lang, (P, y, W - P, bottom - least - g.gap), title, "award", max_lines=2)
        _entry_list(c, g, items, lang, (P, y, W - P, end), title, "award", max_lines=2)
        _photos_block(c, g, picks, lang, (P, end + g.gap, W - P, bottom), images, fit=True)
    fig.update_layout(images=images, xaxis=dict(visible=False), yaxis=dict(visible=False))
    return _finish(fig, c)
