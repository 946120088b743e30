"""The KPI scorecard figure: house template set explicitly, one row per KPI,
measured bar against the target line, verdict in words and symbols, no data
shown as "ยังไม่มีข้อมูล" (never a zero bar), user text escaped."""
from __future__ import annotations

import html
import re

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from itastats.render import export, theme
from itastats.render.figures import FigureError, text_width
from itastats.criteria.kpi import Source, evaluate, sources_from_results
from itastats.criteria.project import KPI
from itastats.sample import sample_files, sample_project
from itastats.criteria.kpi import value_text
from itastats.render.scorecard import CHECK, CROSS, kpi_scorecard, target_text
from itastats.criteria.workflow import analyze_file

SRC = [Source("541:t:pct_reduction", "kpi.source.541.pct_reduction", {"metric": "ระยะเวลาอนุมัติ"}, 67.3, "%"),
       Source("541:t:after", "kpi.source.541.after", {"metric": "ระยะเวลาให้บริการ"}, 14.31, "นาที")]
KPIS = [KPI("ระยะเวลาอนุมัติลดลง", ">=", 50, "%", "541:t:pct_reduction"),
        KPI("ระยะเวลาให้บริการ", "<=", 12, "นาที", "541:t:after"),
        KPI("ความพึงพอใจ", ">=", 80, "%", "manual", 86.4),
        KPI("อัตราการเข้าร่วม", ">=", 80, "%", "attendance:participation_rate")]


def statuses():
    return evaluate(KPIS, SRC)


def _texts(fig):
    return [a.text for a in fig.layout.annotations]


def _plain(text):
    return html.unescape(re.sub(r"<[^>]*>", "", text.replace("<br>", "\n"))).replace("\u00a0", " ")


def _bars(fig):
    return [tr for tr in fig.data if isinstance(tr, go.Bar)]


def _assert_house(fig):
    tl = fig.layout.template.layout
    assert tuple(tl.colorway) == theme.COLORWAY
    assert tl.font.family.startswith("Sarabun")


def test_house_template_set_explicitly_even_when_default_is_replaced():
    old = pio.templates.default
    pio.templates["_fake_streamlit2"] = go.layout.Template(layout=dict(colorway=["#000001"], font=dict(family="x")))
    pio.templates.default = "_fake_streamlit2"
    try:
        fig = kpi_scorecard(statuses())
    finally:
        pio.templates.default = old
    _assert_house(fig)
    assert fig.to_dict()["layout"]["template"]["layout"]["colorway"][0] == theme.COLORWAY[0]


def test_explicit_template_and_sizes():
    custom = theme.template("screen")
    custom.layout.colorway = ["#123456"]
    assert kpi_scorecard(statuses(), template=custom).layout.template.layout.colorway == ("#123456",)
    fig = kpi_scorecard(statuses(), size="slide")
    assert fig.layout.template.layout.width == 1920 and fig.layout.template.layout.height == 1080
    assert kpi_scorecard(statuses(), width=1200).layout.width == 1200
    with pytest.raises(ValueError):
        kpi_scorecard(statuses(), width=50)


def test_one_row_per_kpi():
    fig = kpi_scorecard(statuses())
    bars = _bars(fig)
    # a bar for each KPI with a value, none for the one without data
    assert len(bars) == 3
    assert [b.x[0] for b in bars] == [67.3, 14.31, 86.4]
    # one row (x axis with its own scale) per KPI, stacked top to bottom
    xaxes = sorted(k for k in fig.layout.to_plotly_json() if k.startswith("xaxis"))
    assert len(xaxes) == 4
    ydomains = [fig.layout[f"yaxis{'' if i == 1 else i}"].domain for i in range(1, 5)]
    assert all(a[0] > b[1] for a, b in zip(ydomains, ydomains[1:]))
    # a target line in each row (halo + line)
    lines = [tr for tr in fig.data if isinstance(tr, go.Scatter)]
    assert len(lines) == 2 * 4 and {tr.x[0] for tr in lines} == {50, 12, 80}
    # screen height grows with the rows
    assert kpi_scorecard(statuses() * 3).layout.height > fig.layout.height


def test_verdicts_in_words_symbols_and_values_with_units():
    th = "\n".join(_plain(t) for t in _texts(kpi_scorecard(statuses(), lang="th")))
    assert f"{CHECK} บรรลุเป้าหมาย" in th and f"{CROSS} ยังไม่บรรลุเป้าหมาย" in th
    assert "67.30%" in th and "14.31 นาที" in th and "86.40%" in th
    assert "เป้าหมาย ≥ 50%" in th and "เป้าหมาย ≤ 12 นาที" in th
    assert "ยังไม่มีข้อมูล" in th and "การเข้าร่วม" in th
    assert "บรรลุเป้าหมาย 2 จาก 4 ตัวชี้วัด" in _plain(kpi_scorecard(statuses()).layout.title.text)
    en = "\n".join(_plain(t) for t in _texts(kpi_scorecard(statuses(), lang="en")))
    assert f"{CHECK} Achieved" in en and f"{CROSS} Not yet achieved" in en and "No data yet" in en
    assert "Target ≥ 50%" in en


def test_not_achieved_differs_by_more_than_colour():
    bars = _bars(kpi_scorecard(statuses()))
    ok, no = bars[0], bars[1]
    assert ok.marker.color != no.marker.color
    assert no.marker.pattern.shape == "/" and not ok.marker.pattern.shape


def test_no_data_is_not_a_zero_bar():
    st = evaluate([KPI("ลดเวลา", ">=", 50, "%", "541:ระยะเวลาอนุมัติ:pct_reduction")], [])
    fig = kpi_scorecard(st)
    assert not _bars(fig)
    text = "\n".join(_plain(t) for t in _texts(fig))
    assert "ยังไม่มีข้อมูล" in text and "5.4.1" in text
    assert not re.search(r"(?<![\d.,])0(\.0+)?(%| )", text)       # no zero value shown


def test_no_target_shows_the_value_without_a_verdict():
    fig = kpi_scorecard(evaluate([KPI("k", ">=", None, "นาที", "541:t:after")], SRC))
    text = "\n".join(_plain(t) for t in _texts(fig))
    assert "14.31 นาที" in text and "ยังไม่กำหนดเป้าหมาย" in text
    assert CHECK not in text and CROSS not in text


def test_negative_values_and_targets_fit_in_the_row():
    src = [Source("541:x:change", "kpi.source.541.change", {"metric": "x"}, -5.07, "วัน")]
    fig = kpi_scorecard(evaluate([KPI("เวลาเปลี่ยน", "<=", -3, "วัน", "541:x:change")], src))
    lo, hi = fig.layout.xaxis.range
    assert lo < -5.07 and hi >= 0
    assert "\u22125.07 วัน" in "\n".join(_plain(t) for t in _texts(fig))


def test_user_text_is_escaped():
    evil = KPI("<b>ลดเวลา</b> & <a href='x'>คลิก</a>", ">=", 50, "<i>%</i>", "manual", 60)
    src_evil = [Source("541:<script>:after", "kpi.source.541.after", {"metric": "<script>"}, 1.0, "วัน")]
    fig = kpi_scorecard(evaluate([evil, KPI("k", ">=", 0, "", "541:<script>:after")], src_evil))
    raw = "\n".join(_texts(fig)) + "\n".join(str(tr.hovertext) for tr in fig.data)
    assert "<b>ลดเวลา</b>" not in raw and "&lt;b&gt;ลดเวลา&lt;/b&gt;" in raw
    assert "<a href" not in raw and "<i>" not in raw and "<script>" not in raw
    assert "&amp;" in raw and "&lt;script&gt;" in raw


def test_empty_and_unnamed():
    fig = kpi_scorecard([], lang="th")
    assert "ยังไม่ได้กำหนดตัวชี้วัด" in _plain(fig.layout.annotations[0].text)
    _assert_house(fig)
    fig = kpi_scorecard(evaluate([KPI("", ">=", 1, "", "manual", 2)]), lang="en")
    assert "(KPI without a name)" in "\n".join(_plain(t) for t in _texts(fig))


def test_validation():
    with pytest.raises(FigureError) as e:
        kpi_scorecard(statuses(), lang="fr")
    assert e.value.key == "fig.error.bad_lang"
    with pytest.raises(FigureError):
        kpi_scorecard(statuses(), size="poster")
    with pytest.raises(TypeError):
        kpi_scorecard([KPIS[0]])


def test_value_and_target_text():
    assert value_text(67.298) == "67.30" and value_text(67.298, "%") == "67.30%"
    assert value_text(12000, "แผ่น") == "12,000 แผ่น" and value_text(None, "%") == "\u2014"
    assert target_text(statuses()[1], "th") == "เป้าหมาย ≤ 12 นาที"


def test_columns_do_not_overlap():
    """Name texts stay left of the bars (estimated widths: bold name lines at
    the annotation's size, the source line at its own smaller size)."""
    from itastats.render import scorecard as sc
    for size, width in (("screen", sc._SCREEN_WIDTH), ("slide", 1920), ("square", 1080), ("a4", 1240)):
        fig = kpi_scorecard(statuses(), size=size)
        names = [a for a in fig.layout.annotations if a.xref == "paper" and a.x == 0]
        assert len(names) == len(KPIS)
        for a in names:
            lines = _plain(a.text).split("\n")
            small = float(re.search(r"font-size:(\d+)px", a.text).group(1))
            widest = max([text_width(line, a.font.size, bold=True) for line in lines[:-1]]
                         + [text_width(lines[-1], small)])
            assert widest <= (sc._BAR[0] - sc._NAME[0]) * width, (size, lines)


def _sample_statuses():
    results = [m for name, data in sample_files() for m in analyze_file(data, name).metrics]
    return evaluate(sample_project().kpis, sources_from_results(results))


@pytest.mark.skipif(export.browser_path() is None, reason="no Chromium/Chrome found (set BROWSER_PATH)")
@pytest.mark.parametrize("lang", ["th", "en"])
def test_sample_scorecard_png(lang, tmp_path):
    fig = kpi_scorecard(_sample_statuses(), lang=lang)
    png = export.to_png(fig, width=760, height=fig.layout.height)
    assert export.png_size(png) == (760, fig.layout.height)
    assert len(png) > 15_000
    (tmp_path / f"scorecard_{lang}.png").write_bytes(png)


def _bar_fraction(fig, k: int) -> float:
    """How far along its track row ``k`` (1-based) reaches: the bar's end over the axis range."""
    bar = next(tr for tr in _bars(fig) if tr.xaxis == ("x" if k == 1 else f"x{k}"))
    lo, hi = fig.layout[f"xaxis{'' if k == 1 else k}"].range
    return (bar.x[0] - lo) / (hi - lo)


def test_bar_length_is_proportional_to_the_value():
    """Two achieved percentages (30% and 90%) no longer end at the same length:
    they sit on one 0-100 track; two KPIs in days share a track too."""
    kpis = [KPI("ก", ">=", 20, "%", "manual", 30.0), KPI("ข", ">=", 80, "%", "manual", 90.0),
            KPI("ค", "<=", 12, "วัน", "manual", 3.0), KPI("ง", "<=", 12, "วัน", "manual", 9.0),
            KPI("จ", ">=", 100, "บาท", "manual", 250.0)]
    fig = kpi_scorecard(evaluate(kpis))
    assert _bar_fraction(fig, 1) == pytest.approx(0.30)
    assert _bar_fraction(fig, 2) == pytest.approx(0.90)
    assert _bar_fraction(fig, 4) == pytest.approx(3 * _bar_fraction(fig, 3))
    assert fig.layout.xaxis3.range == fig.layout.xaxis4.range
    lo, hi = fig.layout.xaxis5.range                                   # a unit of its own: value and target fit
    assert lo == 0 and hi > 250
    over = kpi_scorecard(evaluate([KPI("เพิ่มขึ้น", ">=", 50, "%", "manual", 180.0)]))
    assert over.layout.xaxis.range[1] > 180                            # beyond 100%: the track grows
