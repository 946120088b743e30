"""Figures, the house template, Thai wrapping and the 5.4.1 infographic.

No browser is needed here: the figures are checked as plotly objects.  The
PNG side is in test_export.py.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from itastats import __version__
from itastats.render import figures, infographic, theme
from itastats.stats.analysis import MetricResult
from itastats.stats.compare import Comparison
from itastats.stats.compare import TestResult as TResult  # (not "Test*": pytest would try to collect it)
from itastats.render.figures import FigureError, escape, is_thai_mark, safe_break_points, text_width, wrap_text
from itastats.i18n.catalog import CATALOG
from itastats.read.layouts import MetricData
from itastats.criteria.project import ProjectInfo

MINUS = "\u2212"


# ---------------------------------------------------------------------------
# Realistic stand-in results, built from the contract dataclasses directly
# ---------------------------------------------------------------------------

def _comparison(design: str, b: np.ndarray, a: np.ndarray) -> Comparison:
    bb, aa = b[np.isfinite(b)], a[np.isfinite(a)]
    mb, ma = float(bb.mean()), float(aa.mean())
    par = TResult(name="paired_t" if design == "paired" else "welch_t", statistic=-15.87,
                     df=len(bb) - 1.0, pvalue=2e-15, estimate=ma - mb, ci_low=ma - mb - 0.6,
                     ci_high=ma - mb + 0.6, conf_level=0.95, effect_size=-3.0,
                     effect_size_name="cohen_dz" if design == "paired" else "cohen_d")
    rank = TResult(name="wilcoxon_signed_rank" if design == "paired" else "mann_whitney_u",
                      statistic=0.0, pvalue=4e-6, estimate=ma - mb, ci_low=ma - mb - 0.7,
                      ci_high=ma - mb + 0.5, effect_size=-1.0, effect_size_name="rank_biserial", exact=False)
    return Comparison(design=design, n_before=len(bb), n_after=len(aa), n_dropped=0, dropped=(),
                      mean_before=mb, mean_after=ma, median_before=float(np.median(bb)),
                      median_after=float(np.median(aa)), sd_before=float(bb.std(ddof=1)),
                      sd_after=float(aa.std(ddof=1)), change=ma - mb, pct_change=(ma - mb) / mb * 100,
                      parametric=par, rank=rank, chosen="parametric", reason="reason.normal")


def paired_days(n: int = 28, seed: int = 1, name: str = "ระยะเวลาอนุมัติเอกสาร") -> MetricResult:
    """Document-approval days per document: 7.54 → 2.48 days over 28 documents."""
    rng = np.random.default_rng(seed)
    b = rng.normal(7.54, 1.6, n)
    a = rng.normal(2.48, 0.8, n)
    b = np.round(b + 7.54 - b.mean(), 2)
    a = np.round(a + 2.48 - a.mean(), 2)
    m = MetricData(name=name, file="sample.xlsx", sheet="อนุมัติเอกสาร", unit="วัน", design="paired",
                   before=b, after=a, rows_before=np.arange(3, 3 + n), rows_after=np.arange(3, 3 + n),
                   case_ids=tuple(f"ดก.{i + 1:03d}" for i in range(n)), lower_is_better=True)
    c = _comparison("paired", b, a)
    return MetricResult(metric=m, comparison=c, before_value=c.mean_before, after_value=c.mean_after,
                        change=c.change, pct_change=c.pct_change)


def independent_minutes(seed: int = 2) -> MetricResult:
    """Service minutes: 40 requests before, 33 after (two lists)."""
    rng = np.random.default_rng(seed)
    b = np.round(rng.normal(15.2, 4, 40), 1)
    a = np.append(np.round(rng.normal(6.1, 2, 33), 1), [np.nan, np.nan])
    m = MetricData(name="เวลาให้บริการต่อราย", file="sample.xlsx", sheet="ให้บริการ", unit="นาที",
                   design="independent", before=b, after=a, rows_before=np.arange(2, 42),
                   rows_after=np.arange(2, 37), lower_is_better=True)
    c = _comparison("independent", b, a)
    return MetricResult(metric=m, comparison=c, before_value=c.mean_before, after_value=c.mean_after,
                        change=c.change, pct_change=c.pct_change)


def aggregate(name: str = "ปริมาณกระดาษที่ใช้", unit: str | None = "แผ่น", before: float = 12000,
              after: float = 2500, lower: bool | None = True) -> MetricResult:
    m = MetricData(name=name, file="sample.xlsx", sheet="สรุปรวม", unit=unit, design="aggregate",
                   before=np.array([before]), after=np.array([after]), rows_before=np.array([3]),
                   rows_after=np.array([3]), lower_is_better=lower)
    return MetricResult(metric=m, comparison=None, before_value=before, after_value=after,
                        change=after - before, pct_change=(after - before) / before * 100)


def project(name: str = "สล สุขดี มีคุณธรรม: ระบบอนุมัติเอกสารอิเล็กทรอนิกส์ลดขั้นตอน") -> ProjectInfo:
    return ProjectInfo(name=name, agency="สำนักงานปลัดกระทรวงตัวอย่าง", unit="กองบริหารทั่วไป",
                       start=dt.date(2025, 10, 1), end=dt.date(2026, 9, 30))


SENTENCES = [
    "ระยะเวลาอนุมัติเอกสารลดลงจากเฉลี่ย 7.54 วัน เหลือ 2.48 วัน (ลดลง 67.11%) "
    "แตกต่างกันอย่างมีนัยสำคัญทางสถิติ (t(27) = −15.87, p < .001)",
    "เวลาให้บริการต่อรายลดลงอย่างมีนัยสำคัญทางสถิติ (Welch t(58.40) = −12.30, p < .001)",
]


def all_results() -> list[MetricResult]:
    return [paired_days(), independent_minutes(), aggregate(),
            aggregate("ค่าใช้จ่ายต่อเอกสาร", "บาท", 45.5, 12.75)]


# ---------------------------------------------------------------------------
# Template
# ---------------------------------------------------------------------------

def _assert_house(fig: go.Figure) -> None:
    tl = fig.layout.template.layout
    assert tuple(tl.colorway) == theme.COLORWAY
    assert tl.font.family.startswith("Sarabun")
    assert tl.paper_bgcolor == "#FFFFFF"


def test_template_registered_and_object():
    assert theme.TEMPLATE_NAME in pio.templates
    assert isinstance(theme.TEMPLATE, go.layout.Template)
    for size in ("screen", "a4", "slide", "square"):
        tmpl = theme.template(size)
        assert tmpl.layout.font.family.split(",")[0] == "Sarabun"
    assert theme.template("a4").layout.width == 1240 and theme.template("a4").layout.height == 1754
    assert theme.template("slide").layout.width == 1920
    assert theme.SIZES["slide"].font >= 24 and theme.SIZES["square"].big >= 48
    with pytest.raises(ValueError):
        theme.template("poster")


def test_before_after_differ_in_lightness():
    def lightness(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
        return 116 * (y ** (1 / 3) if y > 0.008856 else 7.787 * y + 16 / 116) - 16
    assert lightness(theme.PALETTE["before"]) - lightness(theme.PALETTE["after"]) > 30


@pytest.mark.parametrize("factory", [
    lambda: figures.paired_slope(paired_days()),
    lambda: figures.paired_dumbbell(paired_days()),
    lambda: figures.distribution(independent_minutes()),
    lambda: figures.distribution(paired_days(), kind="violin"),
    lambda: figures.aggregate_bars(all_results()),
    lambda: figures.change_bars(all_results()),
    lambda: figures.headline_chart(aggregate()),
    lambda: infographic.infographic_541(all_results(), project(), sentences=SENTENCES),
])
def test_template_set_explicitly_even_when_default_is_replaced(factory):
    # what importing streamlit does: the process-wide default becomes another template
    old = pio.templates.default
    pio.templates["_fake_streamlit"] = go.layout.Template(layout=dict(colorway=["#000001"], font=dict(family="x")))
    pio.templates.default = "_fake_streamlit"
    try:
        fig = factory()
    finally:
        pio.templates.default = old
    _assert_house(fig)
    # the object is embedded, so the JSON sent to a browser carries the house colours
    assert fig.to_dict()["layout"]["template"]["layout"]["colorway"][0] == theme.COLORWAY[0]


def test_explicit_template_is_used():
    custom = theme.template("screen")
    custom.layout.colorway = ["#123456"]
    fig = figures.paired_slope(paired_days(), template=custom)
    assert fig.layout.template.layout.colorway == ("#123456",)
    fig = figures.paired_slope(paired_days(), template="itastats_slide")
    assert fig.layout.template.layout.width == 1920


def test_library_never_imports_streamlit():
    code = ("import sys, itastats.render.theme, itastats.render.figures, itastats.render.infographic, itastats.render.export;"
            "assert 'streamlit' not in sys.modules, 'streamlit imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(__import__("pathlib").Path(__file__).parents[2]))


# ---------------------------------------------------------------------------
# Figure factories
# ---------------------------------------------------------------------------

def test_paired_slope_lines_and_bold_means():
    r = paired_days()
    fig = figures.paired_slope(r)
    lines, before_pts, after_pts, means = fig.data
    assert lines.mode == "lines"
    assert sum(x is None for x in lines.x) == 28          # one segment per document
    assert len(before_pts.y) == len(after_pts.y) == 28
    assert means.y == pytest.approx((7.54, 2.48), abs=1e-3)
    assert means.line.width > lines.line.width * 2
    assert lines.opacity < 1
    assert list(fig.layout.xaxis.ticktext) == ["<b>ก่อน</b>", "<b>หลัง</b>"]
    assert "วัน" in fig.layout.yaxis.title.text
    assert any(a.text == "<b>7.54</b>" for a in fig.layout.annotations)
    assert "n = 28" in fig.layout.title.text


def test_paired_slope_many_cases_are_thin_and_faint():
    few = figures.paired_slope(paired_days(n=10)).data[0]
    many = figures.paired_slope(paired_days(n=400)).data[0]
    assert many.opacity < few.opacity
    assert many.line.width <= few.line.width


def test_paired_slope_drops_incomplete_pairs():
    r = paired_days(n=10)
    b = r.metric.before.copy()
    b[3] = np.nan
    m = MetricData(**{**r.metric.__dict__, "before": b})
    fig = figures.paired_slope(MetricResult(**{**r.__dict__, "metric": m}))
    assert len(fig.data[1].y) == 9


def test_dumbbell_rows_and_fallback():
    fig = figures.paired_dumbbell(paired_days(n=12), lang="en")
    assert len(fig.data[1].x) == 12 and fig.data[1].name == "Before" and fig.data[2].name == "After"
    assert fig.layout.yaxis.autorange == "reversed"
    big = figures.paired_dumbbell(paired_days(n=100), max_cases=60)
    assert big.data[0].mode == "lines" and sum(x is None for x in big.data[0].x) == 100


def test_distribution_box_and_violin():
    r = independent_minutes()
    fig = figures.distribution(r)
    assert [type(tr).__name__ for tr in fig.data] == ["Box", "Box"]
    assert len(fig.data[0].y) == 40 and len(fig.data[1].y) == 33       # NaN left out
    assert fig.data[0].boxpoints == "all" and fig.data[0].boxmean is True
    assert fig.data[0].name.startswith("ก่อน") and "n = 40" in fig.data[0].name
    fig = figures.distribution(paired_days(), kind="violin", lang="en")
    assert [type(tr).__name__ for tr in fig.data] == ["Violin", "Violin"]
    assert fig.data[1].name.startswith("After")
    with pytest.raises(FigureError) as e:
        figures.distribution(r, kind="pie")
    assert e.value.key == "fig.error.bad_kind"


def test_box_plot_axis_hugs_values_far_from_zero_and_starts_at_zero_near_it():
    """1,262–1,282 baht a month on a 0–1,300 axis left the boxes as slivers."""
    from dataclasses import replace
    rng = np.random.default_rng(3)
    b, a = np.round(rng.normal(1282, 6, 30), 2), np.round(rng.normal(1262, 6, 30), 2)
    r = independent_minutes()
    far = replace(r, metric=replace(r.metric, before=b, after=a, rows_before=np.arange(2, 32),
                                    rows_after=np.arange(2, 32), unit="บาท"),
                  comparison=_comparison("independent", b, a))
    lo, hi = figures.distribution(far).layout.yaxis.range
    values = np.concatenate([b, a])
    assert lo > 0 and (values.max() - values.min()) / (hi - lo) > 0.8       # the boxes fill the axis
    assert lo <= values.min() and hi >= values.max()
    lo, hi = figures.distribution(r).layout.yaxis.range                    # 6–15 minutes: from 0
    assert lo == 0 and hi >= np.nanmax(r.metric.before)
    assert figures.paired_slope(paired_days()).layout.yaxis.range[0] == 0


def test_aggregate_bars_with_pct_labels():
    fig = figures.aggregate_bars([aggregate(), aggregate("ค่าใช้จ่ายต่อเอกสาร", "บาท", 45.5, 12.75), paired_days()])
    texts = [a.text for a in fig.layout.annotations]
    assert f"<b>{MINUS}79.17%</b>" in texts
    assert f"<b>{MINUS}71.98%</b>" in texts
    bars = [tr for tr in fig.data if isinstance(tr, go.Bar)]
    assert len(bars) == 6
    assert bars[0].text == ("12,000",) and bars[1].text == ("2,500",)
    assert bars[0].marker.color == theme.PALETTE["before"] and bars[1].marker.color == theme.PALETTE["after"]
    assert any("แผ่น" in t for t in texts)                 # unit in the panel title


def test_change_bars_colours_and_labels():
    worse = aggregate("จำนวนข้อร้องเรียน", "เรื่อง", 10, 12, lower=True)
    unknown = aggregate("จำนวนผู้ใช้บริการ", "คน", 100, 150, lower=None)
    fig = figures.change_bars([aggregate(), worse, unknown])
    bar = fig.data[0]
    assert list(bar.x) == pytest.approx([-79.1666, 20.0, 50.0], abs=1e-3)
    assert list(bar.text) == [f"<b>{MINUS}79.17%</b>", "<b>+20.00%</b>", "<b>+50.00%</b>"]
    # reported figures (one number a side) claim nothing: all grey, whatever their direction
    assert list(bar.marker.color) == [theme.PALETTE["muted"]] * 3
    assert fig.layout.xaxis.title.text == "การเปลี่ยนแปลง (%)"


def test_only_a_significant_change_is_coloured_as_a_gain_or_a_loss():
    from itastats.stats import analysis
    from itastats.stats.compare import independent, paired
    from helpers import metric
    # R's sleep data: paired t-test p = .002833 (significant), Welch p = .07939 (not)
    b = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    a = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

    def res(fn, lower, design):
        c = fn(b, a, method="parametric")
        return MetricResult(metric(before=b, after=a, design=design, lower_is_better=lower), c,
                            c.mean_before, c.mean_after, c.change, c.pct_change)
    up_good, up_bad = res(paired, False, "paired"), res(paired, True, "paired")
    flat = res(independent, False, "independent")
    assert (up_good.verdict, up_bad.verdict, flat.verdict) == (analysis.BETTER, analysis.WORSE,
                                                               analysis.NOT_SIGNIFICANT)
    assert flat.comparison.headline.pvalue == pytest.approx(0.07939, abs=5e-6)
    bar = figures.change_bars([up_good, up_bad, flat, aggregate()]).data[0]
    assert list(bar.marker.color) == [theme.PALETTE["better"], theme.PALETTE["worse"], theme.PALETTE["neutral"],
                                      theme.PALETTE["muted"]]
    words = [figures.verdict_words(r, "th") for r in (up_good, flat, aggregate())]
    assert words == ["\u2713\u00a0เพิ่มขึ้นอย่างมีนัยสำคัญ", "\u2248\u00a0ไม่แตกต่างอย่างมีนัยสำคัญ",
                     "ตัวเลขที่รายงาน ไม่ได้ทดสอบ"]
    assert figures.verdict_words(flat, "en") == "\u2248\u00a0no significant difference"
    assert figures.change_bars([aggregate()], lang="en").layout.xaxis.title.text == "Change (%)"


def test_headline_chart_dispatch():
    assert figures.headline_chart(paired_days()).data[0].mode == "lines"
    assert isinstance(figures.headline_chart(independent_minutes()).data[0], go.Box)
    assert isinstance(figures.headline_chart(aggregate()).data[0], go.Bar)


def test_sizes_carry_pixel_sizes():
    fig = figures.paired_slope(paired_days(), size="slide")
    assert fig.layout.template.layout.width == 1920
    assert fig.layout.template.layout.font.size == theme.SIZES["slide"].font


def test_validation_errors_have_message_keys():
    with pytest.raises(FigureError) as e:
        figures.paired_slope(independent_minutes())
    assert e.value.key == "fig.error.not_paired"
    assert "เวลาให้บริการต่อราย" in e.value.message("th")
    with pytest.raises(FigureError) as e:
        figures.aggregate_bars([])
    assert e.value.key == "fig.error.no_results"
    with pytest.raises(FigureError) as e:
        figures.change_bars(["not a result"])
    assert e.value.key == "fig.error.not_result"
    with pytest.raises(FigureError) as e:
        figures.paired_slope(paired_days(), lang="fr")
    assert e.value.key == "fig.error.bad_lang"
    with pytest.raises(FigureError) as e:
        figures.paired_slope(paired_days(), size="poster")
    assert e.value.key == "fig.error.bad_size"
    empty = aggregate()
    with pytest.raises(FigureError) as e:
        figures.aggregate_bars([MetricResult(**{**empty.__dict__, "before_value": None})])
    assert e.value.key == "fig.error.no_summary"


def test_all_message_keys_exist_in_both_languages():
    import pathlib
    src = "".join(pathlib.Path(m.__file__).read_text(encoding="utf-8")
                  for m in (figures, infographic, __import__("itastats.render.export", fromlist=["x"])))
    keys = set(re.findall(r'"((?:fig|info|export)\.[a-z_.0-9]+)"', src))
    keys = {k for k in keys if not k.endswith(".")}
    missing = [k for k in keys if k not in CATALOG]
    assert not missing, missing
    for key, texts in CATALOG.items():
        if key.split(".")[0] in ("fig", "info", "export"):
            assert texts.get("th") and texts.get("en"), key


# ---------------------------------------------------------------------------
# Text: escaping and Thai wrapping
# ---------------------------------------------------------------------------

def test_escape_user_text():
    assert escape("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
    assert escape('<a href="javascript:alert(1)">คลิก</a>') == '&lt;a href="javascript:alert(1)"&gt;คลิก&lt;/a&gt;'
    assert escape("a\nb") == "a b"
    assert escape(None) == ""


MARKS = [chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))]


def test_thai_marks_are_recognised():
    for ch in MARKS:
        assert is_thai_mark(ch), hex(ord(ch))
    for ch in "กขคเแาะำ1a ":
        assert not is_thai_mark(ch)


LONG_THAI = ("ผลสัมฤทธิ์ของโครงการพัฒนาระบบอนุมัติเอกสารอิเล็กทรอนิกส์ที่ช่วยลดขั้นตอนการปฏิบัติงาน"
             "ลดปริมาณกระดาษและค่าใช้จ่ายขององค์กรปกครองส่วนท้องถิ่นได้อย่างมีนัยสำคัญทางสถิติ"
             "ปั้นญี่ปุ่นฤๅษีกี่ปี่ที่นั่นน้ำใจไม่ได้ใช้")


@pytest.mark.parametrize("width", [40, 61, 97, 150, 233, 410, 777])
def test_wrap_never_splits_a_mark_from_its_base(width):
    lines = wrap_text(LONG_THAI, width, 24)
    assert "".join(lines) == LONG_THAI                      # nothing lost, nothing added
    for line in lines:
        assert line
        assert not is_thai_mark(line[0]), line
        assert line[0] not in "\u0E30\u0E32\u0E33\u0E45\u0E46"   # ะ า ำ never start a line
        assert line[-1] not in "\u0E40\u0E41\u0E42\u0E43\u0E44"  # เ แ โ ใ ไ never end one
        if len(lines) > 1 and width >= 97:
            assert text_width(line, 24) <= width + 1e-6


def test_safe_break_points():
    word = "ปั้นที่"
    points = safe_break_points(word)
    assert 4 in points                                       # between ปั้น and ที่
    assert not {1, 2, 5, 6} & set(points)                    # never before ั ้ ี ่
    assert safe_break_points("12,000") == []                 # a number stays whole
    assert safe_break_points("เก") == []                     # a leading vowel keeps its consonant


def test_wrap_prefers_spaces_and_keeps_p_values_together():
    text = "ระยะเวลาลดลง อย่างมีนัยสำคัญ (t(27) = −15.87, p < .001) จาก 7.54 วัน"
    for width in (200, 300, 420):
        lines = [ln.replace("\u00a0", " ") for ln in wrap_text(text, width, 20)]
        assert " ".join(lines) == text                       # broken at spaces only
        joined = "\n".join(lines)
        assert "p < .001" in joined and "7.54 วัน" in joined


def test_wrap_max_lines_ellipsis():
    lines = wrap_text(LONG_THAI, 200, 24, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith("\u2026")
    assert not is_thai_mark(lines[-1][-2])  or lines[-1][-2] in MARKS  # the mark stays with its base


# ---------------------------------------------------------------------------
# Infographic
# ---------------------------------------------------------------------------

def _texts(fig: go.Figure) -> list[str]:
    return [a.text for a in fig.layout.annotations]


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", text.replace("<br>", "\n"))).replace("\u00a0", " ")


def _boxes(fig: go.Figure):
    """Pixel boxes (x0, y0, x1, y1) of our own text annotations (paper refs)."""
    W, H = fig.layout.width, fig.layout.height
    out = []
    for a in fig.layout.annotations:
        if a.xref != "paper" or a.yref != "paper":
            continue
        lines = _plain(a.text).split("\n")
        bold = "<b>" in a.text
        width = max(text_width(line, a.font.size, bold=bold) for line in lines)
        height = len(lines) * a.font.size * 1.3
        x = a.x * W
        x0 = x - width if a.xanchor == "right" else x - width / 2 if a.xanchor == "center" else x
        y0 = (1 - a.y) * H - (a.yshift or 0)
        out.append((a.name, (x0, y0, x0 + width, y0 + height), _plain(a.text)))
    return out


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1


@pytest.mark.parametrize("size", ["a4", "slide", "square"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_infographic_content(size, lang):
    fig = infographic.infographic_541(all_results(), project(), sentences=SENTENCES, size=size, lang=lang,
                                      made_on=dt.date(2026, 11, 24), footer_note="ข้อมูล: sample.xlsx")
    W, H = infographic.SIZES_PX[size]
    assert (fig.layout.width, fig.layout.height) == (W, H)
    _assert_house(fig)
    text = "\n".join(_plain(t) for t in _texts(fig))
    flat = text.replace("\n", " ")
    if lang == "th":
        assert "ผลสำเร็จเชิงสถิติ: ความรวดเร็ว คุ้มค่า ประหยัด" in flat
        assert "1 ต.ค. 2568 – 30 ก.ย. 2569" in flat        # Buddhist era
        assert "จัดทำเมื่อ 24 พ.ย. 2569" in flat
    else:
        assert "Statistical results: speed, value for money, savings" in flat
        assert "B.E. 2568" in flat
        assert "Made on 24 Nov 2026" in flat
    assert f"itastats {__version__}" in flat
    assert "sample.xlsx" in flat
    assert "สล สุขดี มีคุณธรรม" in flat
    assert "7.54 → 2.48 วัน" in flat
    assert figures.pct_label(all_results()[0].pct_change) in flat
    if size != "square":
        assert "12,000 → 2,500 แผ่น" in flat and f"{MINUS}79.17%" in flat
    assert "p < .001" in flat
    # the chart is drawn as traces inside the page
    assert fig.data and fig.data[0].mode == "lines"
    x0, x1 = fig.layout.xaxis.domain
    y0, y1 = fig.layout.yaxis.domain
    assert 0 < x0 < x1 <= 1 and 0 < y0 < y1 < 1


@pytest.mark.parametrize("size", ["a4", "slide", "square"])
def test_infographic_text_stays_inside_and_does_not_overlap(size):
    long_name = ("โครงการพัฒนาระบบสารสนเทศเพื่อการบริหารจัดการเอกสารอิเล็กทรอนิกส์และลดการใช้กระดาษ"
                 "ของสำนักงานปลัดกระทรวงตัวอย่างประจำปีงบประมาณ พ.ศ. 2569 ระยะที่สองต่อเนื่อง")
    long_sentences = SENTENCES + [
        "ปริมาณกระดาษที่ใช้ลดลงจาก 12,000 แผ่น เหลือ 2,500 แผ่น คิดเป็นร้อยละ 79.17 "
        "และค่าใช้จ่ายต่อเอกสารลดลงจาก 45.50 บาท เหลือ 12.75 บาท ประหยัดงบประมาณได้ปีละประมาณ 114,000 บาท"]
    results = [paired_days(name="ระยะเวลาเฉลี่ยในการอนุมัติเอกสารหนึ่งฉบับตั้งแต่รับเรื่องจนแล้วเสร็จ")] + all_results()[1:]
    for lang in ("th", "en"):
        fig = infographic.infographic_541(results, project(long_name), sentences=long_sentences, size=size,
                                          lang=lang, made_on=dt.date(2026, 11, 24))
        W, H = infographic.SIZES_PX[size]
        boxes = _boxes(fig)
        for name, (x0, y0, x1, y1), text in boxes:
            assert -1 <= x0 and x1 <= W + 1 and -1 <= y0 and y1 <= H + 1, (name, text, (x0, y0, x1, y1))
        for i, (n1, b1, t1) in enumerate(boxes):
            for n2, b2, t2 in boxes[i + 1:]:
                assert not _overlap(b1, b2), (n1, t1, n2, t2)
        # the plot area does not run into any text block
        plot = (fig.layout.xaxis.domain[0] * W, (1 - fig.layout.yaxis.domain[1]) * H,
                fig.layout.xaxis.domain[1] * W, (1 - fig.layout.yaxis.domain[0]) * H)
        for name, box, text in boxes:
            if name not in ("",):
                assert not _overlap(plot, box), (name, text)


LONG_UNITS = ("บาทต่อคำขอหนึ่งรายการที่ยื่นผ่านระบบอิเล็กทรอนิกส์ของสำนักงาน (รวมค่าถ่ายเอกสารและค่าไปรษณีย์ลงทะเบียน)",
              "ครั้งต่อเจ้าหน้าที่หนึ่งคนต่อวันทำการ")


@pytest.mark.parametrize("size", ["a4", "slide", "square"])
def test_infographic_long_units_stay_in_their_cards(size):
    """A unit as long as a column header can be (the file's words) stays in its
    card, whole, at a size that can be read: it once ran on past its card, over
    the next card's numbers, and the A4 and square pages shrank it to 12 and 10 px."""
    from layout_checks import assert_inside_and_apart, boxes, smallest_text
    import dataclasses
    res = [dataclasses.replace(r, metric=dataclasses.replace(r.metric, unit=unit))
           for r, unit in zip((paired_days(), independent_minutes()), LONG_UNITS)] + all_results()[2:]
    fig = infographic.infographic_541(res, project(), sentences=SENTENCES, size=size, lang="th",
                                      made_on=dt.date(2026, 11, 24))
    assert_inside_and_apart(fig)
    W, H = fig.layout.width, fig.layout.height
    cards = []                                      # each card's box in px (a rounded path in paper units)
    for sh in fig.layout.shapes:
        if sh.name == "card":
            xy = [tuple(map(float, p.split(","))) for p in re.findall(r"-?[0-9.]+,-?[0-9.]+", sh.path)]
            xs, ys = [x * W for x, _ in xy], [(1 - y) * H for _, y in xy]
            cards.append((min(xs), min(ys), max(xs), max(ys)))
    assert len(cards) == (2 if size == "square" else 4)
    in_cards = 0
    for name, (x0, y0, x1, y1), text in boxes(fig):
        home = [c for c in cards if c[0] - 1 <= x0 <= c[2] and c[1] - 1 <= y0 <= c[3]]
        if home:                                    # a text that starts in a card ends in it
            in_cards += 1
            assert x1 <= home[0][2] + 1 and y1 <= home[0][3] + 1, (name, text, (x0, y0, x1, y1), home[0])
    assert in_cards >= 4 * len(cards)
    shown = " ".join(text for _, _, text in boxes(fig)).replace("\n", " ")
    assert "".join(LONG_UNITS[1].split()) in "".join(shown.split())         # whole, not cut
    usual = infographic.infographic_541(all_results(), project(), sentences=SENTENCES, size=size, lang="th",
                                        made_on=dt.date(2026, 11, 24))
    assert smallest_text(fig)[1] >= smallest_text(usual)[1]        # no smaller type than the page has anyway


def test_infographic_escapes_user_text():
    evil = aggregate("<b>หนา</b> & <a href='x'>ลิงก์</a>", "<i>แผ่น</i>", 100, 50)
    fig = infographic.infographic_541([evil], project("<script>alert(1)</script> & โครงการ"),
                                      sentences=["p < .05 & <br> ไม่ใช่แท็ก"], size="a4")
    raw = "\n".join(_texts(fig))
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    assert "<a href" not in raw and "&lt;a href='x'&gt;" in raw
    assert "<i>" not in raw
    assert "&lt;br&gt; ไม่ใช่แท็ก" in raw.replace("\u00a0", " ")
    assert "&amp; โครงการ" in raw


def test_infographic_without_sentences_dates_or_name():
    fig = infographic.infographic_541([aggregate()], ProjectInfo(), size="square", lang="en")
    text = " ".join(_plain(t) for t in _texts(fig))
    assert "(project name not given)" in text
    assert "No significance test to report." in text
    today = dt.date.today()
    assert f"{today.day} " in text and str(today.year) in text
    assert isinstance(fig.data[0], go.Bar)


def test_infographic_headline_and_cards_limit():
    res = all_results() + [aggregate("จำนวนขั้นตอน", "ขั้นตอน", 9, 4)]
    fig = infographic.infographic_541(res, project(), sentences=SENTENCES, size="a4", headline=1)
    assert isinstance(fig.data[0], go.Box)                  # the independent metric gets the chart
    names = [a for a in fig.layout.annotations if a.name == "card_values"]
    assert len(names) == infographic.MAX_CARDS
    sq = infographic.infographic_541(res, project(), sentences=SENTENCES, size="square")
    assert len([a for a in sq.layout.annotations if a.name == "card_values"]) == 2


def test_infographic_rejects_bad_input():
    with pytest.raises(FigureError) as e:
        infographic.infographic_541(all_results(), project(), size="poster")
    assert e.value.key == "fig.error.bad_size"
    with pytest.raises(FigureError):
        infographic.infographic_541([], project())
    with pytest.raises(FigureError):
        infographic.infographic_541(all_results(), {"name": "x"})


def test_infographic_drops_whole_sentences_when_too_long():
    many = [f"ข้อความที่ {i} " + "ยาวมาก " * 40 for i in range(12)]
    fig = infographic.infographic_541(all_results(), project(), sentences=many, size="square")
    shown = [_plain(a.text).replace("\n", " ") for a in fig.layout.annotations if a.name == "sentence"]
    assert 1 <= len(shown) < 12
    assert shown[0].startswith("ข้อความที่ 0")
    for s in shown[:-1]:
        assert not s.endswith("\u2026")
