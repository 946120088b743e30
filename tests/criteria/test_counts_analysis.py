"""Count sheets through the whole 5.4.1 service (read, recognise, test, explain), held against R.

R numbers (R 4.2.2) with the call beside each, the same as in tests/stats/test_counts.py.
"""
from __future__ import annotations

import math

import pytest

import count_fixtures as cf
from itastats.criteria import checklist, evidence, kpi
from itastats.criteria.project import ProjectInfo
from itastats.criteria.options import SheetOptions
from itastats.criteria.workflow import analyze_file
from itastats.read import counts as read_counts
from itastats.render import narrative


def only(data: bytes, name: str = "f.xlsx", options=None):
    fa = analyze_file(data, name, options)
    assert fa.error is None, fa.error
    (r,) = fa.metrics
    return r


def test_yearly_complaints_are_tested_as_r_poisson_test():
    r = only(cf.complaints_xlsx())
    t = r.counts
    assert r.design == "rates" and r.comparison is None and t.name == "poisson_exact"
    # poisson.test(c(45, 120), c(1, 1)): p = 4.5692952094527645e-09, rate ratio 0.375, CI 0.26008283195048831 to 0.53235759675224448
    assert math.isclose(t.pvalue, 4.5692952094527645e-09, rel_tol=1e-9)
    assert abs(t.estimate - 0.375) < 1e-12
    assert abs(t.ci_low - 0.26008283195048831) < 1e-9 and abs(t.ci_high - 0.53235759675224448) < 1e-9
    assert (r.before_value, r.after_value, r.change) == (120, 45, -75)
    assert abs(r.pct_change + 62.5) < 1e-12
    assert r.significant is True and r.tested and r.improved is True


def test_returned_documents_are_tested_as_r_prop_test():
    r = only(cf.returned_xlsx())
    t = r.counts
    assert r.design == "proportions" and t.name == "prop_test"
    # prop.test(c(8, 35), c(410, 400)): X-squared = 17.289808812686683, p = 3.2090331936072832e-05,
    # CI -0.10121510971641701 to -0.034760500039680536
    assert abs(t.statistic - 17.289808812686683) < 1e-9 and t.df == 1
    assert abs(t.pvalue - 3.2090331936072832e-05) < 1e-9
    assert abs(t.ci_low + 0.10121510971641701) < 1e-9 and abs(t.ci_high + 0.034760500039680536) < 1e-9
    assert abs(r.before_value - 8.75) < 1e-12 and abs(r.after_value - 100 * 8 / 410) < 1e-12   # percentages
    # fisher_tight(matrix(c(8, 402, 35, 365), 2)): p = 1.2997839577545484e-05, odds ratio 0.20788857342743608
    assert abs(t.check.pvalue - 1.2997839577545484e-05) < 1e-9
    assert abs(t.check.estimate - 0.20788857342743608) < 1e-9


def test_on_time_requests_are_tested_as_r_mcnemar_test():
    r = only(cf.on_time_xlsx())
    t = r.counts
    assert r.design == "paired_proportions" and t.name == "mcnemar"        # 28 discordant pairs: >= 25
    # mcnemar.test(matrix(c(20, 3, 25, 12), 2)): McNemar's chi-squared = 15.75, p = 7.2287938826180528e-05
    assert t.statistic == 15.75 and abs(t.pvalue - 7.2287938826180528e-05) < 1e-9
    # binom.test(25, 28): p = 2.7440488338470503e-05
    assert t.check.name == "mcnemar_exact" and abs(t.check.pvalue - 2.7440488338470503e-05) < 1e-9
    assert r.improved is True                                              # on time: up is better
    assert {p.row for p in r.dropped} >= {64, 65}                          # the rows left out, named


def test_the_2x2_table_gives_the_same_test_as_the_rows():
    rows, table = only(cf.on_time_xlsx(extra=False)), only(cf.table_2x2_xlsx())
    assert rows.counts.pvalue == table.counts.pvalue and rows.counts.statistic == table.counts.statistic


def test_user_choices_reach_the_test():
    r = only(cf.returned_xlsx(), options={"ส่งกลับแก้ไข": SheetOptions(methods=(("เอกสารที่ถูกส่งกลับแก้ไข", "fisher_exact"),),
                                                                    alternative="less")})
    assert r.counts.name == "fisher_exact" and r.counts.alternative == "less"
    assert r.counts.chosen_reason == "counts.reason.user_choice"
    # fisher_tight(matrix(c(8, 402, 35, 365), 2), alternative = "less"): p = 9.1680364556461472e-06,
    # CI 0 to 0.41580244968509156
    assert abs(r.counts.pvalue - 9.1680364556461472e-06) < 1e-9
    assert r.counts.ci_low == 0 and abs(r.counts.ci_high - 0.41580244968509156) < 1e-9
    # a measurement method name on a count metric falls back to auto, it does not break
    r = only(cf.returned_xlsx(), options={"ส่งกลับแก้ไข": SheetOptions(methods=(("เอกสารที่ถูกส่งกลับแก้ไข", "rank"),))})
    assert r.counts.name == "prop_test"


def test_small_expected_counts_make_fisher_the_headline():
    r = only(cf.returned_xlsx(7, 31, 1, 30))
    assert r.counts.name == "fisher_exact" and r.counts.chosen_reason == "counts.reason.small_expected"
    # fisher_tight(matrix(c(1, 29, 7, 24), 2)): p = 0.052885503814855572, odds ratio 0.12180991474738738
    assert abs(r.counts.pvalue - 0.052885503814855572) < 1e-9
    assert abs(r.counts.estimate - 0.12180991474738738) < 1e-9
    assert r.significant is False


@pytest.mark.parametrize("data, key, row, column", [
    (cf.returned_xlsx(35, 30, 8, 410), "counts.error.x_above_n", 4, "เอกสารที่ถูกส่งกลับแก้ไข (ฉบับ)"),
    (cf.returned_xlsx(35, 0, 8, 410), "counts.error.zero_total", 4, "เอกสารที่เสนอทั้งหมด (ฉบับ)"),
    (cf._sheet([["ช่วงเวลา", "เรื่องร้องเรียน (เรื่อง)", "ระยะเวลา (เดือน)"], ["ก่อน", 120, 12], ["หลัง", 45, 0]], "x"),
     "counts.error.zero_exposure", 5, "ระยะเวลา (เดือน)"),
    (cf.complaints_xlsx(0, 0), "counts.error.no_events", None, None),
])
def test_bad_counts_are_named_at_their_cell_and_never_computed(data, key, row, column):
    r = only(data)
    assert r.counts.error == key and r.counts.pvalue is None and r.counts.estimate is None
    problem = next(p for p in r.dropped if p.key == key)
    assert (problem.row, problem.column) == (row, column)
    for lang in ("th", "en"):
        text = narrative.sentence(r, lang)
        assert text and "{" not in text and key not in text and "nan" not in text.lower()
    assert r.significant is None and not r.tested


def test_a_2x2_that_does_not_add_up_is_not_tested():
    r = only(cf.table_2x2_xlsx(total=24))
    assert r.counts.error == "counts.table_does_not_add_up" and r.counts.pvalue is None
    assert r.before_value is None
    assert "24" in narrative.sentence(r, "th") and "23" in narrative.sentence(r, "th")


def test_kinds_saved_by_the_page_are_read_back():
    choices = {"opt|f.xlsx|S|kind": "proportions", "opt|f.xlsx|S|mkind|เรื่องร้องเรียน": "rates",
               "opt|f.xlsx|S|method|x": "fisher_exact", "opt|f.xlsx|T|kind": "auto"}
    opts = evidence.sheet_options(choices, "f.xlsx")
    assert opts["S"].kind == "proportions" and opts["S"].kinds == (("เรื่องร้องเรียน", "rates"),)
    assert opts["S"].method_for("x") == "fisher_exact" and opts["T"].kind is None


def test_a_declared_count_row_of_an_aggregate_sheet():
    data = cf.xlsx_from_rows([["ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"], ["เรื่องร้องเรียน", "เรื่อง", 120, 45]], "สรุป")
    assert only(data).counts is None
    r = only(data, options={"สรุป": SheetOptions(kinds=(("เรื่องร้องเรียน", read_counts.RATES),))})
    assert r.counts.name == "poisson_exact" and r.metric.counts.exposure_assumed
    assert "ในช่วงเวลาที่ยาวเท่ากัน" in narrative.sentence(r, "th")


def test_kpi_sources_and_checklist_count_the_tested_counts():
    results = [only(cf.returned_xlsx()), only(cf.complaints_xlsx())]
    sources = {s.key: s for s in kpi.sources_from_results(results)}
    after = sources["541:เอกสารที่ถูกส่งกลับแก้ไข:after"]
    assert after.unit == "%" and abs(after.value - 100 * 8 / 410) < 1e-12
    reduction = sources["541:เอกสารที่ถูกส่งกลับแก้ไข:pct_reduction"]
    assert abs(reduction.value - (1 - (8 / 410) / (35 / 400)) * 100) < 1e-9
    assert sources["541:จำนวนเรื่องร้องเรียน:after"].unit == "เรื่อง/ปี"
    item = next(i for i in checklist.checklist(ProjectInfo(), results, files_541=2) if i.code == "5.4.1")
    assert item.status == "done" and item.params["tested"] == 2 and item.params["aggregate"] == 0
