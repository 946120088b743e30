"""The house plotly template: Sarabun, a colour-blind-safe palette, sizes.

One template per output target, built from the same palette and font:

=========  ===========  =================================================
size       pixels       used for
=========  ===========  =================================================
screen     (responsive) charts on the dashboard page
a4         1240 × 1754  A4 portrait at 150 dpi, for the evidence file
slide      1920 × 1080  a 16:9 meeting-room screen
square     1080 × 1080  social posts, LINE groups, the agency's web page
=========  ===========  =================================================

The screen template is registered once in ``plotly.io.templates`` under
:data:`TEMPLATE_NAME` (and the others as ``"itastats_a4"`` ...), but every
figure in itastats sets ``template=`` to the :class:`go.layout.Template`
object itself.  Never rely on ``pio.templates.default``: importing streamlit
replaces it with a placeholder template whose colours come out near-black in
a PNG.

Colours: *before* is a light grey-blue, *after* a deep teal.  They differ in
lightness (about L* 76 against L* 36), so they stay apart for readers with
any colour-vision deficiency, on a washed-out projector and in a greyscale
print.  "Better" and "worse" are teal and vermillion (Okabe–Ito), and every
figure also writes the change in words or numbers, so colour is never the
only signal.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from types import MappingProxyType

import plotly.graph_objects as go
import plotly.io as pio

TEMPLATE_NAME = "itastats"

FONT_FAMILY = ("Sarabun, 'TH Sarabun New', 'Noto Sans Thai', 'Noto Sans Thai UI', "
               "Tahoma, 'Leelawadee UI', 'DejaVu Sans', sans-serif")

PALETTE = MappingProxyType({
    "before": "#A3B8CC",     # light grey-blue
    "before_line": "#7F97AE",  # the same hue, a shade darker, for thin lines and outlines
    "after": "#0B5C6E",      # deep teal
    "better": "#0B5C6E",     # an improvement (same hue as "after")
    "worse": "#D55E00",      # Okabe–Ito vermillion
    "neutral": "#6F7F8F",    # direction unknown
    "accent": "#E69F00",     # Okabe–Ito orange: the header stripe, highlights
    "ink": "#1B2631",        # body text
    "muted": "#56687A",      # secondary text
    "grid": "#E2E8EE",
    "axis": "#9AA8B6",
    "paper": "#FFFFFF",
    "band": "#0A3D4A",       # infographic header band
    "band_text": "#FFFFFF",
    "band_sub": "#CFE3EA",
    "card": "#EFF4F8",
    "card_edge": "#D3DEE7",
})

# Okabe–Ito based colorway, starting with after / before so that a plain
# two-trace chart already follows the house convention.
COLORWAY = ("#0B5C6E", "#A3B8CC", "#E69F00", "#56B4E9", "#CC79A7",
            "#009E73", "#D55E00", "#F0E442")


@dataclass(frozen=True)
class Size:
    """Pixel size and type scale of one output target (all in CSS px)."""
    name: str
    width: int | None
    height: int | None
    font: int          # body text, tick labels
    title: int         # chart titles
    small: int         # footnotes, hover
    big: int           # headline numbers on an infographic
    line: float        # line width of the main traces
    marker: int        # marker size of the main traces


SIZES = MappingProxyType({
    "screen": Size("screen", None, 460, font=15, title=19, small=12, big=34, line=2.5, marker=8),
    "a4": Size("a4", 1240, 1754, font=24, title=30, small=19, big=58, line=4.0, marker=12),
    "slide": Size("slide", 1920, 1080, font=28, title=34, small=22, big=64, line=5.0, marker=14),
    "square": Size("square", 1080, 1080, font=26, title=31, small=20, big=54, line=4.5, marker=13),
})
INFOGRAPHIC_SIZES = ("a4", "slide", "square")


def size_spec(size: str) -> Size:
    """The :class:`Size` for ``size``; ValueError for an unknown name."""
    try:
        return SIZES[size]
    except KeyError:
        raise ValueError(f"unknown size {size!r}; use one of {', '.join(SIZES)}") from None


def _build(size: str) -> go.layout.Template:
    s = size_spec(size)
    ink, grid, axis = PALETTE["ink"], PALETTE["grid"], PALETTE["axis"]
    axis_style = dict(
        showgrid=True, gridcolor=grid, gridwidth=1,
        zeroline=False, showline=True, linecolor=axis, linewidth=1,
        ticks="outside", tickcolor=axis, ticklen=max(4, s.font // 4),
        tickfont=dict(size=s.font, color=ink),
        title=dict(font=dict(size=s.font, color=PALETTE["muted"]), standoff=max(8, s.font // 2)),
        automargin=True,
    )
    layout = dict(
        font=dict(family=FONT_FAMILY, size=s.font, color=ink),
        # the title at the top left, the legend (horizontal) just above the plot
        title=dict(font=dict(family=FONT_FAMILY, size=s.title, color=ink), x=0.0, xanchor="left",
                   xref="paper", y=1.0, yanchor="top", yref="container", pad=dict(t=s.font, b=0)),
        colorway=list(COLORWAY),
        paper_bgcolor=PALETTE["paper"],
        plot_bgcolor=PALETTE["paper"],
        xaxis=dict(axis_style),
        yaxis=dict(axis_style),
        legend=dict(font=dict(size=s.font, color=ink), bgcolor="rgba(255,255,255,0)",
                    orientation="h", yanchor="bottom", y=1.0, x=0.0, xanchor="left"),
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=max(s.small, 13)),
                        bgcolor="#FFFFFF", bordercolor=axis),
        separators=".,",            # 1,234.5 as Thai reports print numbers
        margin=dict(l=s.font * 3, r=s.font * 2, t=round(s.font * 2.9 + s.title * 1.45 + 8), b=s.font * 3),
        bargap=0.28,
        bargroupgap=0.08,
        boxgap=0.35,
        violingap=0.35,
        hovermode="closest",
    )
    if s.width:
        layout["width"] = s.width
    if s.height:
        layout["height"] = s.height
    data = dict(
        bar=[go.Bar(marker=dict(line=dict(width=0)),
                    textfont=dict(family=FONT_FAMILY, size=s.font, color=ink),
                    cliponaxis=False)],
        scatter=[go.Scatter(marker=dict(size=s.marker), line=dict(width=s.line))],
        box=[go.Box(line=dict(width=max(1.5, s.line / 2)))],
        violin=[go.Violin(line=dict(width=max(1.5, s.line / 2)))],
    )
    return go.layout.Template(layout=layout, data=data)


_TEMPLATES: dict[str, go.layout.Template] = {name: _build(name) for name in SIZES}


def template(size: str = "screen") -> go.layout.Template:
    """A fresh copy of the house template for ``size`` (safe to modify)."""
    size_spec(size)
    return copy.deepcopy(_TEMPLATES[size])


def register() -> None:
    """Register the templates in ``plotly.io.templates`` (idempotent).

    ``"itastats"`` is the screen template; ``"itastats_a4"``,
    ``"itastats_slide"`` and ``"itastats_square"`` the others.  This does
    not touch ``pio.templates.default``.
    """
    for name, tmpl in _TEMPLATES.items():
        key = TEMPLATE_NAME if name == "screen" else f"{TEMPLATE_NAME}_{name}"
        if key not in pio.templates:
            pio.templates[key] = copy.deepcopy(tmpl)


def resolve(tmpl: go.layout.Template | str | dict | None, size: str = "screen") -> go.layout.Template:
    """A template object from an object, a registered name, or None (house template)."""
    if tmpl is None:
        return template(size)
    if isinstance(tmpl, go.layout.Template):
        return tmpl
    if isinstance(tmpl, str):
        return go.layout.Template(pio.templates[tmpl])
    if isinstance(tmpl, dict):
        return go.layout.Template(tmpl)
    raise TypeError(f"template must be a plotly Template, a registered name or None, not {type(tmpl).__name__}")


TEMPLATE: go.layout.Template = template("screen")
"""The screen template as an object (the one registered as ``"itastats"``)."""

register()
