"""Figure factories: an analysis result in, a plotly ``go.Figure`` out.

Every factory validates its input, builds the figure and returns it; nothing
is shown, written or registered.  Every figure carries the house template
*object* in ``layout.template`` (never the process-wide default, which
streamlit replaces).  Labels come from the message catalog (``lang="th"`` by
default, ``"en"``), numbers from :mod:`itastats.i18n.fmt`, units from the metric.

Factories
---------
``paired_slope``      paired cases as before→after lines (thin and translucent
                      when there are many), the two means bold.
``paired_dumbbell``   paired cases as one row each: a before dot, an after dot.
``distribution``      box (or violin) with every point, before vs after.
``aggregate_bars``    before/after bars per metric with the % change on top
                      (one panel per metric, since units differ).
``change_bars``       every metric's % change as one horizontal bar.
``headline_chart``    the chart that fits a result's design best.

Also here, because the infographic needs them too: :func:`escape` (user text
as plain text in plotly's HTML-like labels), :func:`text_width` and
:func:`wrap_text` (line wrapping that never splits a Thai vowel or tone mark
from its base character).
"""
from __future__ import annotations

import functools
import math
import re
from typing import Any, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..i18n import fmt
from ..stats.analysis import (BETTER, NO_TEST, NOT_SIGNIFICANT, REPORTED, SIGNIFICANT, WORSE,
                              MetricResult)
from ..i18n.catalog import LANGS, t
from .theme import PALETTE, SIZES, Size, resolve, size_spec

__all__ = [
    "FigureError", "paired_slope", "paired_dumbbell", "distribution", "aggregate_bars",
    "change_bars", "headline_chart", "direction", "escape", "text_width", "wrap_text",
    "is_thai_mark", "safe_break_points", "ink_overflow", "lines_html",
]


class FigureError(ValueError):
    """Input a figure cannot be drawn from.  ``key`` is a message key."""

    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "th") -> str:
        return t(self.key, lang, **self.params)


# ---------------------------------------------------------------------------
# Text: escaping, measuring, wrapping
# ---------------------------------------------------------------------------

def escape(text: Any) -> str:
    """User text as plain text for plotly labels.

    Plotly interprets a subset of HTML in titles, annotations, tick labels
    and hover text (``<b>``, ``<br>``, ``<a href>``, ``<span style>``...) and
    decodes entities, so ``&``, ``<`` and ``>`` become entities and line
    breaks become spaces.
    """
    s = "" if text is None else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"[\r\n\t]+", " ", s)


# Thai characters that sit above or below the previous character and have no
# width of their own: MAI HAN-AKAT, SARA I..PHINTHU, MAITAIKHU..YAMAKKAN.
_THAI_MARKS = frozenset(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
_LEADING_VOWELS = frozenset("\u0E40\u0E41\u0E42\u0E43\u0E44")       # เ แ โ ใ ไ: never end a line
_FOLLOWING_VOWELS = frozenset("\u0E30\u0E32\u0E33\u0E45\u0E46")     # ะ า ำ ๅ ๆ: never start a line
_NO_LINE_START = frozenset(",.;:!?)]}%\u2019\u201d\u0E2F")


def is_thai_mark(ch: str) -> bool:
    """True for a Thai vowel or tone mark that combines with the character before it."""
    return ch in _THAI_MARKS


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "._-/,'")


def safe_break_points(word: str, *, strict: bool = True) -> list[int]:
    """Indexes ``i`` (0 < i < len(word)) where a line may break before ``word[i]``.

    Never before a combining mark (it would lose its base character), never
    after a leading vowel (เ แ โ ใ ไ) or before a following one (ะ า ำ ๆ),
    never before closing punctuation.  With ``strict`` also never inside a
    run of Latin letters and digits (a number such as 12,000 stays whole);
    ``strict=False`` allows that when nothing else fits.
    """
    points = []
    for i in range(1, len(word)):
        prev, ch = word[i - 1], word[i]
        if ch in _THAI_MARKS or ch in _FOLLOWING_VOWELS or ch in _NO_LINE_START:
            continue
        if prev in _LEADING_VOWELS:
            continue
        if unicodedata_is_combining(ch):
            continue
        if strict and _is_word_char(prev) and _is_word_char(ch):
            continue
        points.append(i)
    return points


def unicodedata_is_combining(ch: str) -> bool:
    import unicodedata
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me")


@functools.lru_cache(maxsize=4)
def _pil_font(bold: bool):
    """Sarabun through Pillow for measuring, or None when unavailable."""
    try:
        from PIL import ImageFont
        import fontpkg
        path = fontpkg.path("Sarabun", 700 if bold else 400)
        return ImageFont.truetype(str(path), 100)
    except Exception:  # noqa: BLE001 - measuring falls back to an estimate
        return None


def _estimate_width(text: str) -> float:
    """Width in em of ``text`` in Sarabun, by character class (a fallback)."""
    em = 0.0
    for ch in text:
        if ch in _THAI_MARKS or unicodedata_is_combining(ch):
            continue
        if "\u0E00" <= ch <= "\u0E7F":
            em += 0.60
        elif ch == " ":
            em += 0.25
        elif ch.isdigit():
            em += 0.57
        elif ch.isupper():
            em += 0.68
        elif ch in ".,:;'|!il":
            em += 0.28
        else:
            em += 0.56
    return em


@functools.lru_cache(maxsize=8192)
def _width_em(text: str, bold: bool) -> float:
    font = _pil_font(bold)
    if font is not None:
        try:
            return font.getlength(text) / 100.0
        except Exception:  # noqa: BLE001
            pass
    return _estimate_width(text) * (1.05 if bold else 1.0)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in px of one line of plain ``text`` at font ``size`` px in Sarabun.

    Measured with Pillow and the Sarabun file shipped with the app when
    available (complex-text layout, so Thai marks take no width), otherwise
    estimated.  Browsers shape slightly differently; callers keep a margin.
    """
    return _width_em(text, bold) * size


@functools.lru_cache(maxsize=4096)
def _overflow_em(text: str, bold: bool) -> float:
    font = _pil_font(bold)
    if font is None:
        stacked = any(a in _THAI_MARKS and b in _THAI_MARKS for a, b in zip(text, text[1:]))
        return 0.2 if stacked else 0.0
    try:
        ascent, _ = font.getmetrics()
        top = font.getbbox(text, anchor="ls")[1]      # negative: ink above the baseline
        return max(0.0, (-top - ascent) / 100.0)
    except Exception:  # noqa: BLE001
        return 0.0


def ink_overflow(text: str, size: float, *, bold: bool = False) -> float:
    """How far (px) the ink of ``text`` rises above the font's ascent.

    Thai stacks a vowel and a tone mark above a tall consonant (ปั้น, ที่ใช้);
    Chromium then grows the text's box upwards, and plotly, which aligns a
    label by that box, puts such a line lower than its neighbours.  Shifting
    the label up by this amount keeps the baselines in line.
    """
    return _overflow_em(text, bold) * size


# Words that often start a new word in Thai official text.  Thai writes no
# spaces between words; when a run of text must be broken, a break before
# one of these (or at a syllable edge) reads far better than one in the
# middle of a word.  A hint list, not a dictionary: breaks stay safe without it.
_WORD_STARTS = tuple(sorted({
    "กระทรวง", "สำนักงาน", "สำนัก", "โครงการ", "ระบบ", "การ", "ของ", "และ", "เพื่อ", "ที่", "ใน", "จาก",
    "ด้วย", "อย่าง", "ประจำ", "ปีงบประมาณ", "งบประมาณ", "เอกสาร", "อิเล็กทรอนิกส์", "ลด", "พัฒนา",
    "บริหาร", "จัดการ", "สารสนเทศ", "ตัวอย่าง", "ปลัด", "กรม", "กอง", "ศูนย์", "จังหวัด", "อำเภอ", "ตำบล",
    "เทศบาล", "องค์การ", "องค์กร", "ส่วน", "ท้องถิ่น", "ให้", "บริการ", "ประชาชน", "ระยะเวลา", "ขั้นตอน",
    "ค่าใช้จ่าย", "นัยสำคัญ", "ทางสถิติ", "สถิติ", "แตกต่าง", "ลดลง", "เพิ่มขึ้น", "เหลือ", "เฉลี่ย",
    "อนุมัติ", "กระดาษ", "ใช้", "ต่อ", "ราย", "ความ", "คุณธรรม", "โปร่งใส", "ตรวจสอบ", "ได้", "มี",
    "เป็น", "โดย", "หรือ", "กับ", "แก่", "ถึง", "ตั้งแต่", "จน", "ผล", "สำเร็จ", "ประหยัด", "คุ้มค่า",
    "รวดเร็ว", "นวัตกรรม", "ดิจิทัล", "ออนไลน์", "ข้อมูล", "หน่วยงาน", "เจ้าหน้าที่", "ผู้", "ประจำปี",
    "ระยะ", "ต่อเนื่อง", "ขนาด", "อิทธิพล", "ทดสอบ", "ก่อน", "หลัง", "ดำเนิน", "งาน", "เรื่อง", "ร้องเรียน",
}, key=len, reverse=True))
_SYLLABLE_END = frozenset("\u0E30\u0E33\u0E4C\u0E46\u0E2F")   # ะ ำ ์ ๆ ฯ


def _break_quality(text: str, i: int) -> int:
    """2: before a known word start; 1: at a syllable edge; 0: anywhere safe."""
    if any(text.startswith(w, i) for w in _WORD_STARTS):
        return 2
    prev, ch = text[i - 1], text[i]
    if ch in _LEADING_VOWELS or prev in _SYLLABLE_END or not ("\u0E00" <= ch <= "\u0E7F"):
        return 1
    return 0


def _split_long_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Break one word (no spaces) into pieces no wider than ``width``."""
    pieces: list[str] = []
    rest = word
    def spacing(text: str) -> int:
        return sum(1 for ch in text if ch not in _THAI_MARKS)
    while rest and text_width(rest, size, bold=bold) > width:
        points = safe_break_points(rest) or safe_break_points(rest, strict=False)
        # no orphan of a single letter on either side when there is a choice
        roomy = [i for i in points if spacing(rest[:i]) >= 2 and spacing(rest[i:]) >= 2]
        points = roomy or points
        fitting = [i for i in points if text_width(rest[:i], size, bold=bold) <= width]
        if fitting:
            cut = fitting[-1]
            # a better break a little earlier (the line still at least 60 % full)?
            for quality in (2, 1):
                good = [i for i in fitting if _break_quality(rest, i) >= quality
                        and text_width(rest[:i], size, bold=bold) >= 0.6 * width]
                if good:
                    cut = good[-1]
                    break
        elif points:
            cut = points[0]          # even the smallest piece is too wide: take it anyway
        else:
            break                    # a single unbreakable cluster
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


_SPACES = re.compile(r"[ \t\u2000-\u200B\u3000]+")   # break here; NBSP (U+00A0) glues
_NBSP = "\u00A0"
# "p < .001", "t(27) = −15.87": an operator stays with both neighbours
_GLUE_OPERATOR = re.compile(r"(?<=\S) +([<>=\u2264\u2265\u2248\u2192]) +(?=\S)")
# "7.54 วัน", "2.48 days", "28 ราย": a number stays with a short word after it
_GLUE_NUMBER = re.compile(r"(?<=\d) +(?=[^\s\d]{1,7}(?:[\s),.;:]|$))")


def _glue(text: str) -> str:
    text = _GLUE_OPERATOR.sub(lambda m: f"{_NBSP}{m.group(1)}{_NBSP}", text)
    return _GLUE_NUMBER.sub(_NBSP, text)


def wrap_text(text: str, width: float, size: float, *, bold: bool = False,
              max_lines: int | None = None, ellipsis: str = "\u2026") -> list[str]:
    """Wrap plain ``text`` into lines no wider than ``width`` px at ``size`` px.

    Breaks at spaces first; a word wider than a line (Thai writes no spaces
    between words) is broken at a safe character boundary (see
    :func:`safe_break_points`), never between a Thai vowel or tone mark and
    its base character.  Explicit newlines start a new line.  With
    ``max_lines``, the last kept line ends with ``ellipsis``.
    Returns plain (unescaped) lines.
    """
    if width <= 0:
        raise ValueError("width must be positive")
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        words = [w for w in _SPACES.split(_glue(paragraph)) if w]
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold=bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            if text_width(word, size, bold=bold) <= width:
                line = word
            else:
                pieces = _split_long_word(word, width, size, bold)
                lines.extend(pieces[:-1])
                line = pieces[-1]
        if line or not words:
            lines.append(line)
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and text_width(last + ellipsis, size, bold=bold) > width:
            cut = safe_break_points(last, strict=False)
            last = last[:cut[-1]] if cut else ""
        kept[-1] = last.rstrip() + ellipsis
        lines = kept
    return lines


def lines_html(lines: Sequence[str]) -> str:
    """Plain lines, escaped and joined with ``<br>`` for a plotly label."""
    return "<br>".join(escape(line) for line in lines)


# ---------------------------------------------------------------------------
# Validation and data helpers
# ---------------------------------------------------------------------------

def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise FigureError("fig.error.bad_lang", lang=lang)


def _check_size(size: str) -> Size:
    if size not in SIZES:
        raise FigureError("fig.error.bad_size", size=size, sizes=", ".join(SIZES))
    return size_spec(size)


def _check_result(result: Any) -> MetricResult:
    if not isinstance(result, MetricResult):
        raise FigureError("fig.error.not_result", got=type(result).__name__)
    return result


def _check_results(results: Any) -> list[MetricResult]:
    if isinstance(results, MetricResult):
        results = [results]
    items = list(results or ())
    if not items:
        raise FigureError("fig.error.no_results")
    return [_check_result(r) for r in items]


def _finite(arr: Any) -> np.ndarray:
    a = np.asarray(arr, dtype=float).ravel()
    return a[np.isfinite(a)]


def paired_values(result: MetricResult) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Complete pairs of a paired metric: before, after, case labels."""
    m = result.metric
    b = np.asarray(m.before, dtype=float).ravel()
    a = np.asarray(m.after, dtype=float).ravel()
    if result.design != "paired" or b.shape != a.shape:
        raise FigureError("fig.error.not_paired", name=m.name)
    ok = np.isfinite(b) & np.isfinite(a)
    if not ok.any():
        raise FigureError("fig.error.no_values", name=m.name)
    if m.case_ids is not None and len(m.case_ids) == len(b):
        ids = [str(c) for c in m.case_ids]
    else:
        rows = np.asarray(m.rows_before).ravel()
        ids = [str(int(r)) if len(rows) == len(b) and np.isfinite(r) else str(i + 1)
               for i, r in enumerate(rows if len(rows) == len(b) else range(len(b)))]
    keep = np.flatnonzero(ok)
    return b[keep], a[keep], [ids[i] for i in keep]


def _summary(result: MetricResult) -> tuple[float, float]:
    """Before and after values to draw (the result's own numbers)."""
    b, a = result.before_value, result.after_value
    if b is None or a is None or not (math.isfinite(b) and math.isfinite(a)):
        raise FigureError("fig.error.no_summary", name=result.name)
    return float(b), float(a)


def direction(result: MetricResult) -> str | None:
    """"better", "worse" or "same" given the metric's ``lower_is_better``;
    None when the direction of improvement is unknown."""
    change = result.change
    if change is None or not math.isfinite(change):
        return None
    if change == 0:
        return "same"
    lower = result.metric.lower_is_better
    if lower is None:
        return None
    return "better" if (change < 0) == bool(lower) else "worse"


_VERDICT_COLOUR = {BETTER: "better", WORSE: "worse", SIGNIFICANT: "after", NOT_SIGNIFICANT: "neutral",
                   REPORTED: "muted", NO_TEST: "neutral"}
_VERDICT_ICON = {BETTER: "\u2713", WORSE: "\u2717", SIGNIFICANT: "\u2713", NOT_SIGNIFICANT: "\u2248",
                 REPORTED: "", NO_TEST: ""}


def verdict_colour(result: MetricResult) -> str:
    """The colour of a result by what it lets a report claim: teal for a
    significant gain, vermillion for a significant loss, grey for no
    significant difference, no test, or reported figures."""
    return PALETTE[_VERDICT_COLOUR[result.verdict]]


def verdict_words(result: MetricResult, lang: str) -> str:
    """A card's words beside the % change: "✓ ลดลงอย่างมีนัยสำคัญ",
    "≈ ไม่แตกต่างอย่างมีนัยสำคัญ", "ตัวเลขที่รายงาน ไม่ได้ทดสอบ"."""
    v = result.verdict
    icon = _VERDICT_ICON[v]
    c = result.change
    word = "" if c is None or not math.isfinite(c) else t(
        "fig.change_cmp." + ("same" if c == 0 else "decrease" if c < 0 else "increase"), lang)
    text = t(f"fig.verdict.{v}", lang, word=word).strip(" ,")
    return f"{icon}\u00a0{text}" if icon else text


def change_word(result: MetricResult, lang: str) -> str:
    c = result.change
    if c is None or not math.isfinite(c):
        return ""
    if c == 0:
        return t("fig.change_word.same", lang)
    return t("fig.change_word.decrease" if c < 0 else "fig.change_word.increase", lang)


def pct_label(x: float | None) -> str:
    """"−79.17%" / "+12.00%" / "—"."""
    return fmt.pct(x, 2, sign=True)


def value_label(x: float | None, unit: str | None = None) -> str:
    """"7.54", "12,000" or "7.54 วัน" (whole numbers without decimals)."""
    text = fmt.smart(x)
    return f"{text} {unit}" if unit else text


def axis_title(result: MetricResult, lang: str) -> str:
    name = escape(result.name)
    if result.unit:
        return t("fig.axis_with_unit", lang, name=name, unit=escape(result.unit))
    return name


def _new_figure(template: Any, s: Size, **layout: Any) -> go.Figure:
    tmpl = resolve(template, s.name)
    fig = go.Figure(layout=dict(template=tmpl))
    fig.update_layout(**layout)
    return fig


def _title(text: str, s: Size) -> dict:
    return dict(text=text, font=dict(size=s.title))


# ---------------------------------------------------------------------------
# Trace builders (shared with the infographic)
# ---------------------------------------------------------------------------

def slope_traces(result: MetricResult, lang: str, s: Size, *, xaxis: str = "x", yaxis: str = "y",
                 labels: bool = True) -> tuple[list[go.Scatter], list[dict], dict]:
    """Traces, annotations and axis settings of a paired before→after chart."""
    b, a, ids = paired_values(result)
    n = len(b)
    try:
        mb, ma = _summary(result)
    except FigureError:
        mb, ma = float(b.mean()), float(a.mean())
    unit = result.unit
    before_t, after_t = t("fig.before", lang), t("fig.after", lang)
    # thin case lines: the more cases, the thinner and fainter
    opacity = 0.75 if n <= 15 else 0.6 if n <= 40 else 0.35 if n <= 150 else 0.15
    width = max(1.2, s.line * (0.55 if n <= 40 else 0.35))
    xs: list[float | None] = []
    ys: list[float | None] = []
    for vb, va in zip(b, a):
        xs += [0, 1, None]
        ys += [vb, va, None]
    hover = [t("fig.hover.case", lang, case=escape(c), before=value_label(vb, unit),
               after=value_label(va, unit), change=fmt.num(va - vb, 2, sign=True))
             for c, vb, va in zip(ids, b, a)]
    common = dict(xaxis=xaxis, yaxis=yaxis)
    traces = [
        go.Scatter(x=xs, y=ys, mode="lines", name=t("fig.cases", lang, n=n), legendgroup="cases",
                   line=dict(color=PALETTE["before_line"], width=width), opacity=opacity,
                   hoverinfo="skip", **common),
        go.Scatter(x=[0] * n, y=b, mode="markers", showlegend=False, legendgroup="cases",
                   marker=dict(color=PALETTE["before"], size=max(5, s.marker * 0.6),
                               line=dict(color=PALETTE["before_line"], width=1)),
                   opacity=min(1.0, opacity + 0.3), hovertext=hover, hoverinfo="text", **common),
        go.Scatter(x=[1] * n, y=a, mode="markers", showlegend=False, legendgroup="cases",
                   marker=dict(color=PALETTE["after"], size=max(5, s.marker * 0.6)),
                   opacity=min(1.0, opacity + 0.3), hovertext=hover, hoverinfo="text", **common),
        go.Scatter(x=[0, 1], y=[mb, ma], mode="lines+markers", name=t("fig.mean", lang),
                   line=dict(color=PALETTE["ink"], width=s.line * 1.6),
                   marker=dict(size=s.marker * 1.9, color=[PALETTE["before"], PALETTE["after"]],
                               line=dict(color=PALETTE["ink"], width=max(2, s.line * 0.6))),
                   hovertext=[t("fig.hover.value", lang, period=t("fig.mean_of", lang, period=before_t),
                                value=value_label(mb, unit)),
                              t("fig.hover.value", lang, period=t("fig.mean_of", lang, period=after_t),
                                value=value_label(ma, unit))],
                   hoverinfo="text", **common),
    ]
    annotations: list[dict] = []
    if labels:
        ref = dict(xref=xaxis, yref=yaxis, showarrow=False)
        bold = dict(size=s.font * 1.15, color=PALETTE["ink"])
        annotations += [
            dict(x=0, y=mb, text=f"<b>{escape(value_label(mb))}</b>", xanchor="right", xshift=-s.marker * 1.6,
                 font=bold, **ref),
            dict(x=1, y=ma, text=f"<b>{escape(value_label(ma))}</b>", xanchor="left", xshift=s.marker * 1.6,
                 font=bold, **ref),
        ]
    lo = float(min(b.min(), a.min()))
    hi = float(max(b.max(), a.max()))
    axes = dict(
        x=dict(tickmode="array", tickvals=[0, 1], ticktext=[f"<b>{before_t}</b>", f"<b>{after_t}</b>"],
               range=[-0.42, 1.42], showgrid=False, zeroline=False, showline=False, ticks=""),
        y=dict(title=dict(text=axis_title(result, lang)), range=list(value_range(lo, hi)), rangemode="normal"),
    )
    return traces, annotations, axes


def value_range(lo: float, hi: float) -> tuple[float, float]:
    """The value axis of a before/after chart: from 0 when 0 is near the values
    (lowest value at most 1.5 × their spread), else around the values only, so
    1,262–1,282 baht is not drawn as slivers at the top of a 0–1,300 axis."""
    span = hi - lo
    pad = span * 0.08 or max(abs(hi), 1.0) * 0.1
    if lo >= 0 and lo <= span * 1.5:
        return 0.0, hi + pad
    return lo - pad, hi + pad


def distribution_traces(result: MetricResult, lang: str, s: Size, *, kind: str = "box",
                        xaxis: str = "x", yaxis: str = "y") -> tuple[list[go.BaseTraceType], dict]:
    m = result.metric
    b, a = _finite(m.before), _finite(m.after)
    if result.design == "paired":
        pb, pa, _ = paired_values(result)
        b, a = pb, pa
    if b.size == 0 and a.size == 0:
        raise FigureError("fig.error.no_values", name=m.name)
    before_t, after_t = t("fig.before", lang), t("fig.after", lang)
    traces: list[go.BaseTraceType] = []
    for label, values, fill, edge in ((before_t, b, PALETTE["before"], PALETTE["before_line"]),
                                      (after_t, a, PALETTE["after"], PALETTE["after"])):
        name = f"{label} ({t('fig.n', lang, n=values.size)})"
        n = values.size
        point_opacity = 0.75 if n <= 50 else 0.45 if n <= 300 else 0.2
        marker = dict(color=fill, size=max(4, s.marker * 0.55), opacity=point_opacity,
                      line=dict(color=edge, width=1 if n <= 300 else 0))
        if kind == "box":
            traces.append(go.Box(y=values, name=name, boxpoints="all" if n <= 5000 else "outliers",
                                 jitter=0.45, pointpos=0, boxmean=True, marker=marker,
                                 fillcolor=_rgba(fill, 0.35), line=dict(color=edge, width=max(2, s.line * 0.6)),
                                 hoverinfo="y", xaxis=xaxis, yaxis=yaxis))
        elif kind == "violin":
            traces.append(go.Violin(y=values, name=name, points="all" if n <= 5000 else "outliers",
                                    jitter=0.4, pointpos=0, box_visible=True, meanline_visible=True,
                                    marker=marker, fillcolor=_rgba(fill, 0.35),
                                    line=dict(color=edge, width=max(2, s.line * 0.6)),
                                    hoverinfo="y", xaxis=xaxis, yaxis=yaxis))
        else:
            raise FigureError("fig.error.bad_kind", kind=kind)
    both = np.concatenate([b, a])
    axes = dict(x=dict(showgrid=False, ticks="", tickfont=dict(size=s.font)),
                y=dict(title=dict(text=axis_title(result, lang)),
                       range=list(value_range(float(both.min()), float(both.max())))))
    return traces, axes


def before_after_bar_traces(result: MetricResult, lang: str, s: Size, *, xaxis: str = "x", yaxis: str = "y",
                            showlegend: bool = True, value_font: float | None = None
                            ) -> tuple[list[go.Bar], list[dict], float]:
    """Two bars (before, after) for one metric, values on the bars, the % change above."""
    vb, va = _summary(result)
    before_t, after_t = t("fig.before", lang), t("fig.after", lang)
    vf = value_font or s.font
    traces = []
    for label, v, colour, text_colour in ((before_t, vb, PALETTE["before"], PALETTE["ink"]),
                                          (after_t, va, PALETTE["after"], PALETTE["ink"])):
        traces.append(go.Bar(x=[label], y=[v], name=label, legendgroup=label, showlegend=showlegend,
                             marker=dict(color=colour), text=[escape(value_label(v))],
                             textposition="outside", textfont=dict(size=vf, color=text_colour),
                             hovertext=[t("fig.hover.value", lang, period=label, value=value_label(v, result.unit))],
                             hoverinfo="text", cliponaxis=False, xaxis=xaxis, yaxis=yaxis))
    top = max(vb, va, 0.0)
    annotations = [dict(xref=f"{xaxis} domain", yref=yaxis, x=0.5, y=top * 1.17 if top > 0 else 1,
                        text=f"<b>{escape(pct_label(result.pct_change))}</b>", showarrow=False,
                        font=dict(size=vf * 1.15, color=verdict_colour(result)), yanchor="bottom")]
    return traces, annotations, top


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    return f"rgba({r},{g},{b},{alpha})"


# ---------------------------------------------------------------------------
# Public factories
# ---------------------------------------------------------------------------

def paired_slope(result: MetricResult, *, lang: str = "th", template: Any = None,
                 size: str = "screen", title: bool = True) -> go.Figure:
    """Paired cases as before→after lines; the two means bold and labelled.

    Parameters
    ----------
    result : MetricResult
        A paired metric (``result.design == "paired"``).
    lang : {"th", "en"}
    template : go.layout.Template, registered name, or None
        None uses the house template for ``size``.
    size : {"screen", "a4", "slide", "square"}
    title : bool
        Put the chart title on the figure.

    Returns
    -------
    go.Figure

    Example
    -------
    >>> fig = paired_slope(result, lang="en")            # doctest: +SKIP
    """
    _check_lang(lang)
    s = _check_size(size)
    result = _check_result(result)
    traces, annotations, axes = slope_traces(result, lang, s)
    fig = _new_figure(template, s)
    fig.add_traces(traces)
    fig.update_layout(annotations=annotations, xaxis=axes["x"], yaxis=axes["y"], showlegend=True)
    if title:
        n = len(paired_values(result)[0])
        fig.update_layout(title=_title(
            f"{t('fig.title.slope', lang, name=escape(result.name))} ({t('fig.n', lang, n=n)})", s))
    return fig


def paired_dumbbell(result: MetricResult, *, lang: str = "th", template: Any = None,
                    size: str = "screen", max_cases: int = 60, title: bool = True) -> go.Figure:
    """Paired cases as rows: a light dot before, a deep dot after, joined.

    Beyond ``max_cases`` rows a dumbbell is unreadable; the slope chart is
    returned instead.
    """
    _check_lang(lang)
    s = _check_size(size)
    result = _check_result(result)
    b, a, ids = paired_values(result)
    if len(b) > max_cases:
        return paired_slope(result, lang=lang, template=template, size=size, title=title)
    unit = result.unit
    labels = [escape(c) for c in ids]
    # keep ids unique on the category axis
    seen: dict[str, int] = {}
    for i, lab in enumerate(labels):
        if lab in seen:
            seen[lab] += 1
            labels[i] = f"{lab} ({seen[lab]})"
        else:
            seen[lab] = 1
    xs: list[float | None] = []
    ys: list[str | None] = []
    for lab, vb, va in zip(labels, b, a):
        xs += [vb, va, None]
        ys += [lab, lab, None]
    hover = [t("fig.hover.case", lang, case=lab, before=value_label(vb, unit), after=value_label(va, unit),
               change=fmt.num(va - vb, 2, sign=True)) for lab, vb, va in zip(labels, b, a)]
    before_t, after_t = t("fig.before", lang), t("fig.after", lang)
    fig = _new_figure(template, s)
    fig.add_traces([
        go.Scatter(x=xs, y=ys, mode="lines", showlegend=False, hoverinfo="skip",
                   line=dict(color=PALETTE["axis"], width=max(2, s.line * 0.8))),
        go.Scatter(x=b, y=labels, mode="markers", name=before_t, hovertext=hover, hoverinfo="text",
                   marker=dict(color=PALETTE["before"], size=s.marker * 1.2,
                               line=dict(color=PALETTE["before_line"], width=1.5))),
        go.Scatter(x=a, y=labels, mode="markers", name=after_t, hovertext=hover, hoverinfo="text",
                   marker=dict(color=PALETTE["after"], size=s.marker * 1.2)),
    ])
    row_px = max(s.font * 1.5, 18)
    layout: dict[str, Any] = dict(
        xaxis=dict(title=dict(text=axis_title(result, lang)), rangemode="tozero"),
        yaxis=dict(title=dict(text=t("fig.case", lang)), autorange="reversed", type="category",
                   showgrid=False, tickfont=dict(size=max(s.small, s.font * 0.8))),
    )
    if s.name == "screen":
        layout["height"] = int(max(s.height or 460, row_px * len(b) + 200))
    if title:
        layout["title"] = _title(f"{t('fig.title.dumbbell', lang, name=escape(result.name))} "
                                 f"({t('fig.n', lang, n=len(b))})", s)
    fig.update_layout(**layout)
    return fig


def distribution(result: MetricResult, *, kind: str = "box", lang: str = "th", template: Any = None,
                 size: str = "screen", title: bool = True) -> go.Figure:
    """Before vs after distributions: a box (``kind="box"``) or violin
    (``kind="violin"``) with every value as a point, the mean dashed.
    Works for paired (complete pairs) and independent metrics."""
    _check_lang(lang)
    s = _check_size(size)
    result = _check_result(result)
    if kind not in ("box", "violin"):
        raise FigureError("fig.error.bad_kind", kind=kind)
    traces, axes = distribution_traces(result, lang, s, kind=kind)
    fig = _new_figure(template, s)
    fig.add_traces(traces)
    fig.update_layout(xaxis=axes["x"], yaxis=axes["y"], showlegend=False)
    if title:
        fig.update_layout(title=_title(t("fig.title.distribution", lang, name=escape(result.name)), s))
    return fig


def aggregate_bars(results: Sequence[MetricResult], *, lang: str = "th", template: Any = None,
                   size: str = "screen", per_row: int = 4, title: bool = True) -> go.Figure:
    """Before/after bars for each metric with its % change above the pair.

    The metrics usually have different units (sheets, baht, days), so each
    gets its own panel and axis: one scale for all would flatten the small
    ones.  Values are printed on the bars.
    """
    _check_lang(lang)
    s = _check_size(size)
    items = _check_results(results)
    for r in items:
        _summary(r)
    n = len(items)
    cols = min(n, max(1, per_row))
    rows = math.ceil(n / cols)
    titles = []
    for r in items:
        name_lines = wrap_text(r.name + (f" ({r.unit})" if r.unit else ""),
                               (s.width or 1000) / cols * 0.9, s.font, bold=True, max_lines=2)
        titles.append(f"<b>{lines_html(name_lines)}</b>")
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=titles,
                        horizontal_spacing=min(0.12, 0.4 / cols), vertical_spacing=0.28 / rows + 0.05)
    fig.update_layout(template=resolve(template, s.name))
    all_ann = []
    for i, r in enumerate(items):
        row, col = i // cols + 1, i % cols + 1
        k = i + 1
        xa = "x" if k == 1 else f"x{k}"
        ya = "y" if k == 1 else f"y{k}"
        traces, annotations, top = before_after_bar_traces(r, lang, s, xaxis=xa, yaxis=ya, showlegend=(i == 0))
        for tr in traces:
            fig.add_trace(tr, row=row, col=col)
        all_ann += annotations
        fig.update_yaxes(range=[0, top * 1.38 if top > 0 else 1], showticklabels=False, showgrid=False,
                         showline=False, ticks="", row=row, col=col)
        fig.update_xaxes(showgrid=False, ticks="", row=row, col=col)
    for ann in fig.layout.annotations:   # subplot titles
        ann.font = dict(size=s.font, color=PALETTE["ink"])
    # the bars are labelled on the axis (before / after): no legend needed
    fig.update_layout(annotations=list(fig.layout.annotations) + all_ann, bargap=0.18, showlegend=False)
    if s.name == "screen":
        fig.update_layout(height=max(420, 330 * rows + 80))
    if title:
        fig.update_layout(title=_title(t("fig.title.aggregate", lang), s))
    return fig


def change_bars(results: Sequence[MetricResult], *, lang: str = "th", template: Any = None,
                size: str = "screen", title: bool = True) -> go.Figure:
    """Every metric's % change as a horizontal bar with its label ("−79.17%").

    Teal for a significant improvement, vermillion for a significant change
    for the worse, grey for a change that is not significant, a reported
    figure (no test) or a metric that does not say which direction is
    better (:func:`verdict_colour`); the label and the bar's side of zero
    carry the direction without colour.
    """
    _check_lang(lang)
    s = _check_size(size)
    items = _check_results(results)
    names, values, colours, texts, hovers = [], [], [], [], []
    label_width = (s.width or 900) * 0.28
    for r in items:
        pct = r.pct_change if r.pct_change is not None and math.isfinite(r.pct_change) else None
        nm = lines_html(wrap_text(r.name, label_width, s.font, max_lines=2))
        names.append(nm)
        values.append(pct if pct is not None else 0.0)
        colours.append(verdict_colour(r))
        texts.append(f"<b>{escape(pct_label(pct))}</b>")
        hovers.append(f"{escape(r.name)}: {value_label(r.before_value, r.unit)} \u2192 "
                      f"{value_label(r.after_value, r.unit)} ({pct_label(pct)})")
    fig = _new_figure(template, s)
    fig.add_trace(go.Bar(x=values, y=names, orientation="h", marker=dict(color=colours),
                         text=texts, textposition="outside", cliponaxis=False,
                         textfont=dict(size=s.font, color=PALETTE["ink"]),
                         hovertext=hovers, hoverinfo="text", showlegend=False))
    span = max([abs(v) for v in values] + [1.0])
    lo = min(0.0, min(values)) - (span * 0.35 if min(values) < 0 else 0)
    hi = max(0.0, max(values)) + (span * 0.35 if max(values) > 0 else 0)
    fig.update_layout(
        xaxis=dict(title=dict(text=t("fig.pct_change_axis", lang)), range=[lo, hi], ticksuffix="%",
                   zeroline=True, zerolinecolor=PALETTE["ink"], zerolinewidth=2),
        yaxis=dict(autorange="reversed", showgrid=False, ticks="", showline=False),
        bargap=0.35,
    )
    if s.name == "screen":
        fig.update_layout(height=max(300, 70 * len(items) + 160))
    if title:
        fig.update_layout(title=_title(t("fig.title.change", lang), s))
    return fig


def headline_chart(result: MetricResult, *, lang: str = "th", template: Any = None,
                   size: str = "screen", title: bool = True) -> go.Figure:
    """The chart that fits the design: paired → slope lines, independent →
    box with points, aggregate → before/after bars; counts → the chart of
    their kind (:mod:`itastats.render.count_figures`)."""
    result = _check_result(result)
    if getattr(result, "counts", None) is not None:
        from .count_figures import count_chart
        return count_chart(result, lang=lang, template=template, size=size, title=title)
    if result.design == "paired":
        return paired_slope(result, lang=lang, template=template, size=size, title=title)
    if result.design == "independent":
        return distribution(result, lang=lang, template=template, size=size, title=title)
    return aggregate_bars([result], lang=lang, template=template, size=size, title=title)
