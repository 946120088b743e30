"""Survey charts, the Thai-style xlsx table and the 5.4.3 infographic.

Results are built directly from the SurveyResult contract (the analysis is
tested on its own)."""
from __future__ import annotations

import datetime as dt
import html
import io
import re

import plotly.graph_objects as go
import pytest
from openpyxl import load_workbook

from itastats.render import export, survey_figures as sf, survey_infographic as si, theme
from itastats.outputs import survey_xlsx as sx
from itastats.i18n import catalog
from itastats.render.export import png_size
from itastats.render.figures import FigureError
from itastats.criteria.project import ProjectInfo
from itastats.criteria.survey import BEST, HALF, Alpha, DimensionStat, ItemStat, Overall, ProfileTable, SurveyResult

HAVE_BROWSER = export.browser_path() is not None
needs_browser = pytest.mark.skipif(not HAVE_BROWSER, reason="no Chromium/Chrome found (set BROWSER_PATH)")

DIMS = {
    "ด้านกระบวนการ/ขั้นตอนการให้บริการ": [
        ("ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน", 4.32, 0.71, (0, 0, 10, 61, 49)),
        ("ระยะเวลาในการให้บริการมีความเหมาะสม", 4.05, 0.80, (0, 2, 24, 61, 33)),
        ("การให้บริการเป็นไปตามลำดับก่อน–หลัง", 4.46, 0.62, (0, 0, 4, 57, 59)),
        ("มีป้ายประชาสัมพันธ์และแผนผังขั้นตอนชัดเจน", 3.61, 0.95, (1, 11, 41, 48, 19)),
    ],
    "ด้านเจ้าหน้าที่ผู้ให้บริการ": [
        ("เจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี", 4.58, 0.59, (0, 0, 2, 47, 71)),
        ("เจ้าหน้าที่มีความรู้ ความสามารถในการให้บริการ", 4.40, 0.66, (0, 0, 6, 59, 55)),
        ("เจ้าหน้าที่ให้บริการด้วยความเต็มใจ", 4.51, 0.60, (0, 0, 3, 53, 64)),
        ("<b>เจ้าหน้าที่</b> & ซื่อสัตย์ <script>x</script>", 4.49, 0.70, (0, 0, 5, 51, 64)),
    ],
    "ด้านสิ่งอำนวยความสะดวก": [
        ("สถานที่ให้บริการสะอาด เป็นระเบียบ", 4.12, 0.74, (0, 1, 19, 65, 35)),
        ("ที่นั่งรอรับบริการเพียงพอ", 3.78, 0.90, (0, 7, 35, 54, 24)),
        ("ระบบออนไลน์ใช้งานง่าย ไม่ติดขัด", 3.66, 0.98, (1, 11, 38, 48, 22)),
        ("ช่องทางรับฟังความคิดเห็นที่เข้าถึงได้", 4.54, 0.64, (0, 0, 3, 49, 68)),
    ],
}
N = 120


def _level(m: float, criteria: str = BEST) -> int:
    return 1 + sum(m > e for e in sf.LEVEL_EDGES[criteria])


def result(criteria: str = BEST) -> SurveyResult:
    items, dims = [], []
    for di, (dim, rows) in enumerate(DIMS.items(), start=1):
        means = []
        for ii, (name, m, sd, counts) in enumerate(rows, start=1):
            dist = tuple(c / N * 100 for c in counts)
            items.append(ItemStat(name=name, column=name, dimension=dim, number=f"{di}.{ii}", n=N, mean=m, sd=sd,
                                  level=_level(m, criteria), counts=counts, distribution=dist,
                                  top2_pct=dist[3] + dist[4]))
            means.append(m)
        dm = sum(means) / len(means)
        dims.append(DimensionStat(name=dim, items=tuple(r[0] for r in rows), n=N, mean=dm, sd=0.5812,
                                  level=_level(dm, criteria)))
    return SurveyResult(respondents=N, scale=5, criteria=criteria, items=tuple(items), dimensions=tuple(dims),
                        overall=Overall(n=N, mean=4.21, sd=0.5234, level=_level(4.21, criteria), pct=84.2),
                        alpha=Alpha(value=0.9123, n_used=118, k=12),
                        profile=(ProfileTable("เพศ <i>", (("ชาย", 52, 43.33), ("หญิง & อื่น", 68, 56.67)), N),))


PROJECT = ProjectInfo(name="โครงการบริการประชาชนแบบเบ็ดเสร็จ", agency="สำนักงานตัวอย่าง",
                      start=dt.date(2025, 10, 1), end=dt.date(2026, 9, 30))


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", (text or "").replace("<br>", " "))).replace("\u00a0", " ")


def _all_text(fig: go.Figure) -> str:
    parts = [a.text or "" for a in fig.layout.annotations]
    parts += [fig.layout.title.text or ""]
    for tr in fig.data:
        parts += [str(y) for y in (tr.y or ())] + [str(x) for x in (tr.text or ())] + [tr.name or ""]
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("factory", [lambda: sf.diverging_items(result()), lambda: sf.ranked_means(result()),
                                     lambda: sf.profile_bars(result().profile[0])])
def test_house_template_object(factory):
    fig = factory()
    assert isinstance(fig.layout.template, go.layout.Template)
    assert fig.layout.template.layout.font.family == theme.FONT_FAMILY


def test_diverging_one_bar_per_item_neutral_apart():
    r = result()
    fig = sf.diverging_items(r, lang="th")
    by_rank = {tr.legendrank: tr for tr in fig.data}
    assert sorted(by_rank) == [1, 2, 3, 4, 5]
    for tr in fig.data:
        assert len(tr.x) == len(r.items)                        # one bar (segment) per item
    # negatives left of zero, positives right, neutral on its own axis, never split
    assert all(v <= 0 for v in by_rank[1].x) and all(v <= 0 for v in by_rank[2].x)
    assert all(v >= 0 for v in by_rank[4].x) and all(v >= 0 for v in by_rank[5].x)
    neutral = by_rank[3]
    assert neutral.xaxis == "x2" and all(v >= 0 for v in neutral.x)
    assert all(tr.xaxis in (None, "x") for k, tr in by_rank.items() if k != 3)
    assert list(neutral.x) == pytest.approx([it.distribution[2] for it in r.items])
    # items in form order with their numbers, labels as %
    labels = [_plain(y) for y in by_rank[5].y]
    assert [lab.split(" ")[0] for lab in labels] == [it.number for it in r.items]
    assert fig.layout.yaxis.autorange == "reversed"
    assert by_rank[5].text[0].endswith("%")
    assert fig.layout.barmode == "relative"
    # not red/green: the two ends are orange and teal
    assert by_rank[1].marker.color == sf.LEVEL_COLOURS[0] and by_rank[5].marker.color == sf.LEVEL_COLOURS[4]


@pytest.mark.parametrize("criteria,edges", [(BEST, (1.80, 2.60, 3.40, 4.20)), (HALF, (1.50, 2.50, 3.50, 4.50))])
def test_ranked_means_sorted_with_bands(criteria, edges):
    r = result(criteria)
    fig = sf.ranked_means(r, lang="th")
    bar = fig.data[0]
    assert len(fig.data) == 1 and len(bar.y) == len(r.items)
    means = [b + x for b, x in zip([bar.base] * len(bar.x), bar.x)]
    assert means == sorted(means, reverse=True)
    bands = sorted((s.x0, s.x1) for s in fig.layout.shapes if (s.name or "").startswith("band"))
    assert bands == [pytest.approx((a, b)) for a, b in zip((1.0, *edges), (*edges, 5.0))]
    words = [a.text for a in fig.layout.annotations if (a.name or "").startswith("band_word")]
    assert set(words) == {"มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"}
    assert "4.58" in bar.text[0] and "มากที่สุด" in bar.text[0]


def test_user_text_is_escaped():
    r = result()
    for fig in (sf.diverging_items(r), sf.ranked_means(r), sf.profile_bars(r.profile[0])):
        raw = _all_text(fig)
        assert "<script>" not in raw and "<i>" not in raw
        assert "<b>เจ้าหน้าที่</b>" not in raw
    assert "&lt;script&gt;" in _all_text(sf.ranked_means(r))


def test_profile_bars_counts_and_pct():
    fig = sf.profile_bars(result().profile[0], lang="th")
    assert list(fig.data[0].x) == [52, 68]
    assert fig.data[0].text[0] == "52 (43.33%)"


def test_chart_validation():
    with pytest.raises(FigureError) as e:
        sf.ranked_means("x")
    assert e.value.key == "svfig.error.not_result"
    with pytest.raises(FigureError):
        sf.diverging_items(result(), lang="fr")
    with pytest.raises(FigureError):
        sf.profile_bars(ProfileTable("q", (), 0))


def test_message_keys_in_both_languages():
    from itastats.i18n.messages import survey_figures as m
    for key, texts in m.MESSAGES.items():
        assert key.split(".")[0] in ("svfig", "svinfo", "svxlsx")
        assert texts.get("th") and texts.get("en"), key


# ---------------------------------------------------------------------------
# xlsx
# ---------------------------------------------------------------------------

def test_thai_table_xlsx_layout():
    r = result()
    data = sx.thai_table_xlsx(r)
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert {"A1:E1", "A3:A4", "B3:B4", "C3:E3"} <= merged
    assert ws["A3"].value == "ข้อ" and ws["B3"].value == "รายการ" and ws["C3"].value == "ผลการประเมิน"
    assert [ws.cell(4, c).value for c in (3, 4, 5)] == ["x̄", "S.D.", "ระดับความพึงพอใจ"]
    assert ws["A3"].alignment.horizontal == "center"
    # body: a dimension row, then its items; the overall row last
    rows = list(ws.iter_rows(min_row=5, max_col=5, values_only=True))
    body = rows[: 3 + 12 + 1]
    assert body[0][0] == "ด้านกระบวนการ/ขั้นตอนการให้บริการ"
    assert body[0][2] == round(r.dimensions[0].mean, 2)
    assert ws.cell(5, 1).font.b
    items = [row for row in body if row[0] and re.fullmatch(r"\d+\.\d+", str(row[0]))]
    assert len(items) == 12
    for row, it in zip(items, r.items):
        assert row[1] == it.name and row[2] == round(it.mean, 2) and row[3] == round(it.sd, 2)
    assert body[-1][0] == "ภาพรวม" and body[-1][2] == 4.21 and body[-1][3] == 0.52 and body[-1][4] == "มากที่สุด"
    last = 5 + len(body) - 1
    assert ws.cell(last, 3).font.b and ws.cell(last, 3).number_format == "0.00"
    # font and borders everywhere in the table
    # (the cells hidden under a merge keep only the outline border in the file;
    #  Excel draws a merged range with its top-left cell's font)
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=5):
        for cell in row:
            if type(cell).__name__ == "MergedCell":
                continue
            assert cell.font.name == "TH Sarabun New" and cell.font.sz == 16, cell.coordinate
            assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin", cell.coordinate
    assert ws.column_dimensions["B"].width > 30
    notes = " ".join(str(ws.cell(rw, 1).value) for rw in range(last + 1, last + 5) if ws.cell(rw, 1).value)
    assert "Best, 1977" in notes and "4.21–5.00 = มากที่สุด" in notes and "0.91" in notes


def test_thai_table_xlsx_half_criteria_and_distribution_sheet():
    r = result(HALF)
    wb = load_workbook(io.BytesIO(sx.thai_table_xlsx(r, lang="en", title="Table 1")))
    ws = wb.worksheets[0]
    assert ws["A1"].value == "Table 1"
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "4.51–5.00" in text and "1.00–1.50" in text
    dist = wb.worksheets[1]
    assert len(wb.worksheets) == 2
    first = [dist.cell(4, c).value for c in range(1, 10)]
    it = r.items[0]
    assert first[0] == "1.1" and first[2] == N
    assert first[3:8] == [round(x, 2) for x in reversed(it.distribution)]      # 5 first
    assert first[8] == round(it.top2_pct, 2)
    assert sum(1 for rw in range(4, dist.max_row + 1) if dist.cell(rw, 1).value) == 12


def test_thai_table_xlsx_validation():
    with pytest.raises(FigureError):
        sx.thai_table_xlsx(object())
    with pytest.raises(FigureError):
        sx.thai_table_xlsx(result(), lang="de")


# ---------------------------------------------------------------------------
# Infographic
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("size", ["a4", "slide", "square"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_infographic_content(size, lang):
    fig = si.infographic_543(result(), PROJECT, size=size, lang=lang, made_on=dt.date(2026, 11, 24),
                             kpi_target=80, sentences=["สรุป: พึงพอใจมากที่สุด"])
    assert (fig.layout.width, fig.layout.height) == si.SIZES_PX[size]
    assert isinstance(fig.layout.template, go.layout.Template)
    flat = " ".join(_plain(a.text) for a in fig.layout.annotations)
    if lang == "th":
        assert "ผลความพึงพอใจ" in flat and "ITA เกณฑ์ 5.4.3" in flat
        assert "1 ต.ค. 2568 – 30 ก.ย. 2569" in flat and "จัดทำเมื่อ 24 พ.ย. 2569" in flat
        assert "✓ บรรลุเป้าหมาย ≥ 80%" in flat and "ระดับมากที่สุด" in flat
    else:
        assert "Satisfaction results" in flat and "B.E. 2568" in flat
    assert "84.20%" in flat and "4.21" in flat and "0.91" in flat and "120" in flat
    assert "5.4.1" not in flat
    assert len(fig.data) == 1 and len(fig.data[0].y) >= 2


def test_infographic_target_not_met_and_validation():
    fig = si.infographic_543(result(), PROJECT, size="a4", kpi_target=90)
    flat = " ".join(_plain(a.text) for a in fig.layout.annotations)
    assert "✗ ยังไม่ถึงเป้าหมาย ≥ 90%" in flat
    with pytest.raises(FigureError):
        si.infographic_543(result(), PROJECT, size="screen")
    with pytest.raises(FigureError):
        si.infographic_543(result(), PROJECT, kpi_target=180)
    with pytest.raises(FigureError):
        si.infographic_543(result(), "project")


def test_infographic_escapes_user_text():
    evil = ProjectInfo(name="<script>alert(1)</script> & โครงการ", agency="สำนักงาน")
    fig = si.infographic_543(result(), evil, size="square")
    raw = "\n".join(a.text for a in fig.layout.annotations) + "\n".join(fig.data[0].y)
    assert "<script>" not in raw and "&lt;script&gt;" in raw


@needs_browser
@pytest.mark.parametrize("size", ["a4", "slide", "square"])
def test_infographic_png_has_declared_size(size):
    fig = si.infographic_543(result(), PROJECT, size=size, kpi_target=80, made_on=dt.date(2026, 11, 24))
    w, h = si.SIZES_PX[size]
    png = export.to_png(fig, width=w, height=h)
    assert png_size(png) == (w, h) and len(png) > 20_000


@pytest.mark.parametrize("lang", ["th", "en"])
def test_ranked_means_title_starts_at_the_charts_edge_with_the_criteria_below(lang):
    """The item names are long: a title started at the plot's edge ran off the
    chart's right side (the criteria were cut).  It starts at the chart's own
    edge and the criteria have a line of their own, with room above the title."""
    fig = sf.ranked_means(result(), lang=lang)
    title = fig.layout.title
    assert title.xref == "container" and title.x < 0.05
    first, second = title.text.split("<br>")
    assert _plain(second) == catalog.t("svfig.criteria_name.best", lang)
    assert catalog.t("svfig.criteria_name.best", lang) not in first
    assert fig.layout.margin.t > fig.layout.template.layout.margin.t
