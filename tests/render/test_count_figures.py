"""Charts of counts (issue 14): rates with their intervals, 100 % bars, the 2 × 2 table of changes."""
from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go
import pytest

import count_fixtures as cf
from itastats.criteria.project import ProjectInfo
from itastats.criteria.workflow import analyze_file
from itastats.render import count_figures, figures, infographic, theme
from itastats.render.theme import PALETTE


def result_of(data: bytes, name: str = "f.xlsx"):
    (r,) = analyze_file(data, name).metrics
    return r


def bars(fig: go.Figure) -> list:
    return [tr for tr in fig.data if tr.type == "bar"]


def texts(fig: go.Figure) -> str:
    return " ".join(a.text for a in fig.layout.annotations)


def test_rates_chart_draws_each_rate_with_its_exact_interval():
    data, _ = cf.monthly_complaints_xlsx()
    r = result_of(data)
    fig = figures.headline_chart(r, lang="th", template=theme.template("screen"))
    before, after = bars(fig)
    assert before.y[0] == 10 and after.y[0] == 3.75
    # poisson.test(120, 12)$conf.int: 8.2909938021615588 11.957548780779355; poisson.test(45, 12): 2.7352757323528718 5.0177950414132342
    assert abs(before.y[0] + before.error_y.array[0] - 11.957548780779355) < 1e-9
    assert abs(before.y[0] - before.error_y.arrayminus[0] - 8.2909938021615588) < 1e-9
    assert abs(after.y[0] + after.error_y.array[0] - 5.0177950414132342) < 1e-9
    assert "10.0" in texts(fig) and "3.8" in texts(fig)
    assert before.marker.color == PALETTE["before"] and after.marker.color == PALETTE["after"]
    assert fig.layout.template.layout.font.family.startswith("Sarabun")
    assert "95%" in fig.layout.title.text


def test_yearly_counts_are_written_as_whole_counts():
    fig = figures.headline_chart(result_of(cf.complaints_xlsx()), lang="en")
    assert "<b>120</b>" in texts(fig) and "<b>45</b>" in texts(fig)


def test_proportions_chart_is_stacked_to_100_percent_with_the_counts_written():
    fig = figures.headline_chart(result_of(cf.returned_xlsx()), lang="th")
    counted, rest = bars(fig)
    assert list(counted.y) == pytest.approx([8.75, 100 * 8 / 410])
    assert [a + b for a, b in zip(counted.y, rest.y)] == pytest.approx([100, 100])
    assert fig.layout.barmode == "stack" and list(fig.layout.yaxis.range) == [0, 100]
    assert "35 จาก 400" in texts(fig) and "8 จาก 410" in texts(fig) and "8.75%" in texts(fig)


def test_table_of_changes_colours_the_cases_that_changed_by_direction():
    r = result_of(cf.on_time_xlsx())                     # on time: higher is better
    fig = figures.headline_chart(r, lang="th")
    cells = {(tr.x[0], tr.base[0]): tr.marker.color for tr in bars(fig)}
    after_yes, after_no = "หลัง: ", "หลัง: ไม่"
    became_yes = next(c for (x, row), c in cells.items() if row == 1 and not x.startswith(after_no))
    became_no = next(c for (x, row), c in cells.items() if row == 0 and x.startswith(after_no))
    assert became_yes.startswith("rgba(11,92,110")        # PALETTE["better"]
    assert became_no.startswith("rgba(213,94,0")         # PALETTE["worse"]
    for n in ("20", "3", "25", "12"):
        assert f"<b>{n}</b>" in texts(fig)
    assert "41.7%" in texts(fig)                          # 25 of 60
    assert after_yes in " ".join(tr.x[0] for tr in bars(fig))


def test_user_text_is_escaped_in_count_charts():
    data = cf._sheet([["ช่วงเวลา", "ทั้งหมด (ฉบับ)", "<b>ผิด</b> & แก้"], ["ก่อน", 100, 10], ["หลัง", 100, 2]], "x")
    fig = figures.headline_chart(result_of(data), lang="en")
    assert "&lt;b&gt;" in fig.layout.title.text and "<b>ผิด" not in fig.layout.title.text


def test_a_count_without_a_test_has_no_chart():
    with pytest.raises(figures.FigureError):
        figures.headline_chart(result_of(cf.table_2x2_xlsx(total=24)), lang="th")


@pytest.mark.parametrize("size", ["a4", "slide", "square"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_infographic_takes_count_results(size, lang):
    results = [result_of(cf.returned_xlsx()), result_of(cf.complaints_exposure_xlsx()), result_of(cf.on_time_xlsx())]
    for head in range(3):
        fig = infographic.infographic_541(results, ProjectInfo(name="โครงการ"), size=size, lang=lang, headline=head,
                                          made_on=dt.date(2026, 3, 1))
        assert bars(fig)                                   # the count chart's bars are on the page
        cards = [a.text for a in fig.layout.annotations if a.name == "card_values"]
        assert any("8.75 \u2192 1.95" in c for c in cards)
        assert any("10.0 \u2192 3.3" in c for c in cards)  # 120 in 12 months, 20 in 6
    pct = [a.text for a in fig.layout.annotations if a.name == "card_pct"]
    assert any("\u22126.80" in p for p in pct)            # percentage points for X of N


def test_count_chart_refuses_a_measurement():
    from helpers import metric, result
    with pytest.raises(figures.FigureError):
        count_figures.count_chart(result(metric(design="aggregate", before=[3], after=[2]), None))


def test_infographic_with_an_untested_count_says_why_in_the_chart_box():
    bad = result_of(cf.table_2x2_xlsx(total=24))
    fig = infographic.infographic_541([bad, result_of(cf.returned_xlsx())], ProjectInfo(name="x"), size="a4",
                                      lang="en", made_on=dt.date(2026, 3, 1))
    assert "does not add up" in texts(fig)
