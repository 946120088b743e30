"""Counts in what a user hands in (issue 14): the 5.4.1 workbook, the memo, the slides, KPIs.

R numbers (R 4.2.2) with the call beside each, as in tests/stats/test_counts.py.
"""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

import count_fixtures as cf
from itastats.criteria import kpi
from itastats.i18n import catalog
from itastats.criteria.evidence import collect
from itastats.criteria.project import KPI, ProjectInfo
from itastats.outputs import report, workbooks
from itastats.render import slides

MADE_ON = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def ev():
    profile = ProjectInfo(name="ลดเรื่องร้องเรียน", kpis=(
        KPI("เอกสารส่งกลับแก้ไขลดลง", ">=", 50, "%", "541:เอกสารที่ถูกส่งกลับแก้ไข:pct_reduction"),))
    files = {"541": {"returned.xlsx": cf.returned_xlsx(), "complaints.xlsx": cf.complaints_exposure_xlsx(),
                     "on_time.xlsx": cf.on_time_xlsx(), "bad.xlsx": cf.table_2x2_xlsx(total=24)}}
    return collect(profile, files)


def rows_of(ws) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_results_workbook_rows_hold_the_tests_numbers(ev):
    wb = load_workbook(io.BytesIO(workbooks.results_541_xlsx(ev, lang="th", made_on=MADE_ON)))
    table = rows_of(wb.worksheets[0])
    header = next(r for r in table if r[0] == catalog.t("pack.xlsx.r541.no", "th"))
    col = {key: header.index(catalog.t(f"pack.xlsx.r541.{key}", "th")) for key in
           ("n_before", "n_after", "mean_before", "mean_after", "test", "statistic", "df", "p", "ci_low", "ci_high",
            "effect", "sentence")}
    rows = {r[1]: {k: r[i] for k, i in col.items()} for r in table if isinstance(r[0], int)}
    returned = rows["เอกสารที่ถูกส่งกลับแก้ไข"]
    # prop.test(c(8, 35), c(410, 400)): X-squared = 17.289808812686683, df = 1, p = 3.2090331936072832e-05,
    # CI -0.10121510971641701 to -0.034760500039680536, difference -0.067987804878048771
    assert (returned["n_before"], returned["n_after"], returned["mean_before"]) == (400, 410, 8.75)
    assert returned["test"] == "chi-square test of two proportions"
    assert abs(returned["statistic"] - 17.289808812686683) < 1e-9 and returned["df"] == 1
    assert abs(returned["p"] - 3.2090331936072832e-05) < 1e-12
    assert abs(returned["ci_low"] + 0.10121510971641701) < 1e-9
    assert abs(returned["effect"] + 0.067987804878048771) < 1e-9
    assert "ร้อยละ 8.75 (35 จาก 400 ฉบับ)" in returned["sentence"]
    complaints = rows["จำนวนเรื่องร้องเรียน"]
    # poisson.test(c(20, 120), c(6, 12)): p = 5.3853391268776957e-07, rate ratio 0.33333333333333337,
    # CI 0.19658818568282052 to 0.53799013631269532
    assert complaints["test"] == "Poisson exact test" and complaints["statistic"] == "\u2014"   # exact: no statistic
    assert (complaints["n_before"], complaints["n_after"], complaints["mean_before"]) == (120, 20, 10)
    assert complaints["mean_after"] == pytest.approx(20 / 6)
    assert abs(complaints["p"] - 5.3853391268776957e-07) < 1e-15
    assert abs(complaints["ci_low"] - 0.19658818568282052) < 1e-9
    assert abs(complaints["ci_high"] - 0.53799013631269532) < 1e-9
    assert abs(complaints["effect"] - 0.33333333333333337) < 1e-12
    bad = rows["ตาราง 2x2"]
    assert bad["test"] == "\u2014" and "รวมไม่ตรง" in bad["sentence"]


def test_counts_sheet_lists_what_was_counted(ev):
    wb = load_workbook(io.BytesIO(workbooks.results_541_xlsx(ev, lang="en", made_on=MADE_ON)))
    ws = wb["Counts"]
    text = "\n".join(" ".join(str(v) for v in r if v is not None) for r in rows_of(ws))
    assert "count X (documents) 35 8" in text and "total N (documents) 400 410" in text
    assert "events (cases) 120 20" in text and "exposure (months) 12 6" in text
    assert "Check test: Fisher's exact test" in text
    assert "2×2 table (same cases)" in text
    assert "does not add up" in text                          # the table that does not add up says so
    assert ws.oddFooter.left.text                             # footed like every sheet


def test_memo_puts_count_tests_with_the_tested_metrics(ev):
    words = report.memo_paragraphs(ev, lang="th", made_on=MADE_ON).text()
    assert "ร้อยละ 8.75 (35 จาก 400 ฉบับ)" in words and "(chi-square test of two proportions: X²(1) = 17.29, p < .001)" in words
    assert "McNemar test" in words


def test_kpi_from_a_count_metric_is_evaluated(ev):
    (status,) = ev.kpis
    assert status.achieved is True and abs(status.measured - (1 - (8 / 410) / (35 / 400)) * 100) < 1e-9
    assert kpi.status_text(status, "th")


def test_slides_show_the_count_results(ev):
    deck = slides.slides(ev, lang="en", made_on=MADE_ON)
    bars = [tr for s in deck if s.key.startswith("541") for tr in s.figure.data if tr.type == "bar"]
    assert bars                                               # a count chart is on a 5.4.1 slide
