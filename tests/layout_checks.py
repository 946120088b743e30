"""Checks of a composed infographic's layout, shared by the render and pack tests.

Text boxes are measured the way the layout code measures them
(:func:`itastats.render.figures.text_width`, Sarabun's own advance widths),
so these tests catch a block placed over another or off the page; the
pixel checks on the exported PNG catch what the browser really drew.
"""
from __future__ import annotations

import html
import io
import re

import plotly.graph_objects as go

from itastats.render.figures import text_width

LINE = 1.3
_SPAN = re.compile(r"font-size:\s*([0-9.]+)px")


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", (text or "").replace("<br>", "\n"))).replace("\u00a0", " ")


def text_sizes(fig: go.Figure) -> list[tuple[str, float]]:
    """Every type size a reader sees: (where, px). Annotations (and the
    smaller spans inside them), tick labels and titles of visible axes,
    bar labels, the legend."""
    out: list[tuple[str, float]] = []
    for a in fig.layout.annotations:
        if not plain(a.text).strip():
            continue
        out.append((f"annotation {a.name}: {plain(a.text)[:30]}", float(a.font.size)))
        out += [(f"span in {a.name}", float(x)) for x in _SPAN.findall(a.text or "")]
    for key in [k for k in fig.layout if re.fullmatch(r"[xy]axis\d*", k)]:
        ax = fig.layout[key]
        if ax.visible is False:
            continue
        labels = ax.ticktext if ax.ticktext is not None else None
        shows = ax.showticklabels is not False and (labels is None or any(plain(x).strip() for x in labels))
        if shows and (ax.tickvals is not None or ax.range is not None) and ax.tickfont.size:
            out.append((f"{key} ticks", float(ax.tickfont.size)))
        if ax.title and ax.title.text and ax.title.font.size:
            out.append((f"{key} title", float(ax.title.font.size)))
    for tr in fig.data:
        if getattr(tr, "text", None) is not None and getattr(tr, "textfont", None) is not None and tr.textfont.size:
            out.append((f"{tr.type} labels", float(tr.textfont.size)))
    if fig.layout.showlegend and fig.layout.legend.font.size:
        out.append(("legend", float(fig.layout.legend.font.size)))
    return out


def smallest_text(fig: go.Figure) -> tuple[str, float]:
    return min(text_sizes(fig), key=lambda x: x[1])


def boxes(fig: go.Figure, names: tuple[str, ...] | None = None):
    """Pixel boxes (name, (x0, y0, x1, y1), text) of the text annotations placed on the page (paper refs)."""
    W, H = fig.layout.width, fig.layout.height
    out = []
    for a in fig.layout.annotations:
        if a.xref != "paper" or a.yref != "paper" or not plain(a.text).strip():
            continue
        if names is not None and a.name not in names:
            continue
        lines = a.text.split("<br>")
        width = max(line_width(line, a.font.size, bold="<b>" in a.text) for line in lines)
        height = (len(lines) - 1) * a.font.size * LINE + a.font.size * 1.2
        x = a.x * W
        x0 = x - width if a.xanchor == "right" else x - width / 2 if a.xanchor == "center" else x
        y0 = (1 - a.y) * H - (a.yshift or 0)
        if a.yanchor == "bottom":
            y0 -= height
        out.append((a.name, (x0, y0, x0 + width, y0 + height), plain(a.text)))
    return out


def line_width(markup: str, size: float, *, bold: bool) -> float:
    """Width of one line of label markup, each ``<span style='font-size:..px'>`` at its own size."""
    width, pos = 0.0, 0
    for m in re.finditer(r"<span style='font-size:([0-9.]+)px[^']*'>(.*?)</span>", markup):
        width += text_width(plain(markup[pos:m.start()]), size, bold=bold)
        width += text_width(plain(m.group(2)), float(m.group(1)), bold=bold)
        pos = m.end()
    return width + text_width(plain(markup[pos:]), size, bold=bold)


def overlap(a, b) -> bool:
    return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1


def assert_inside_and_apart(fig: go.Figure, *, allowed: set[frozenset] = frozenset()) -> None:
    """Every text box on the page, none over another (pairs of names in
    ``allowed`` may touch: a value and its unit drawn as one line...)."""
    W, H = fig.layout.width, fig.layout.height
    bx = boxes(fig)
    for name, (x0, y0, x1, y1), text in bx:
        assert -1 <= x0 and x1 <= W + 1 and -1 <= y0 and y1 <= H + 1, (name, text, (x0, y0, x1, y1))
    for i, (n1, b1, t1) in enumerate(bx):
        for n2, b2, t2 in bx[i + 1:]:
            if frozenset((n1, n2)) in allowed:
                continue
            assert not overlap(b1, b2), (n1, t1, b1, n2, t2, b2)


def plot_boxes(fig: go.Figure) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Pixel boxes of the plot areas (each x axis with its y axis)."""
    W, H = fig.layout.width, fig.layout.height
    out = []
    for key in [k for k in fig.layout if re.fullmatch(r"xaxis\d*", k)]:
        ax = fig.layout[key]
        if ax.visible is False or ax.domain is None or not ax.anchor or ax.anchor == "free":
            continue
        ykey = "yaxis" + ax.anchor[1:]
        ya = fig.layout[ykey]
        if ya.domain is None:
            continue
        out.append((key, (ax.domain[0] * W, (1 - ya.domain[1]) * H, ax.domain[1] * W, (1 - ya.domain[0]) * H)))
    return out


def ink_in_margins(png: bytes, pad: int, top: int) -> int:
    """Dark pixels in the left and right page margins (``pad`` px each) below
    ``top`` (the header band): text that runs off its block lands there."""
    from PIL import Image
    im = Image.open(io.BytesIO(png)).convert("L")
    W, H = im.size
    count = 0
    for x0, x1 in ((0, pad), (W - pad, W)):
        count += sum(im.crop((x0, top, x1, H)).histogram()[:160])
    return count


_MONTH = (r"(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|"
          r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_SPLIT_DATE = re.compile(rf"\d{{1,2}}[ \u00a0]?<br>{_MONTH}|{_MONTH}[ \u00a0]?<br>\d{{4}}")


def assert_dates_whole(fig: go.Figure) -> None:
    """No date broken over two lines ("20 ส.ค." / "2569")."""
    for a in fig.layout.annotations:
        assert not _SPLIT_DATE.search(a.text or ""), (a.name, a.text)
