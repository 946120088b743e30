"""Value for money and savings (itastats.criteria.value), checked against sums done by hand.

Every expected number below is worked out in a comment, so a reader can redo
it with a calculator.  Numbers are carried with the precision they are printed
with (2 decimals, 4 below 1), see itastats.criteria.value's module docstring.
"""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from itastats.criteria import value as v
from itastats.stats.analysis import MetricResult
from itastats.stats.compare import Comparison
from itastats.stats.compare import TestResult as _TestResult
from itastats.i18n.catalog import has, t
from itastats.read.layouts import MetricData
from itastats.criteria.project import ProjectInfo


# --------------------------------------------------------------------------- helpers
def metric(name, unit, before, after, design="independent", comparison=None):
    """A MetricResult with one number each side (enough for value sums)."""
    b = np.array([np.nan if before is None else before], dtype=float)
    a = np.array([np.nan if after is None else after], dtype=float)
    md = MetricData(name=name, file="test.xlsx", sheet="Sheet1", unit=unit, design=design,
                    before=b, after=a, rows_before=np.array([2]), rows_after=np.array([2]))
    change = None if before is None or after is None else after - before
    pct = None if change is None or not before else change / before * 100
    return MetricResult(metric=md, comparison=comparison, before_value=before,
                        after_value=after, change=change, pct_change=pct)


SERVICE = metric("ระยะเวลาให้บริการ", "นาที", 45.0, 15.0)
DOC_COST = metric("ค่าใช้จ่ายต่อเอกสาร", "บาท", 75.0, 18.75)
INPUTS = v.ValueInputs(cases_per_year=2400, staff_cost_per_hour=250, project_cost=150000,
                       time_metric="ระยะเวลาให้บริการ", cost_metric="ค่าใช้จ่ายต่อเอกสาร")


def finite_or_none(result: v.ValueResult) -> None:
    for name in ("time_saved_per_case_hours", "hours_saved_per_year", "time_value_per_year",
                 "cost_saved_per_case", "savings_per_year", "yearly_benefit",
                 "benefit_cost_ratio", "roi_pct", "payback_years", "payback_months"):
        x = getattr(result, name)
        assert x is None or (isinstance(x, float) and math.isfinite(x)), (name, x)
    for item in result.items:
        assert item.value is None or math.isfinite(item.value), item
        assert (item.value is None) == (item.error is not None), item
        for _, x, _ in item.inputs:
            assert x is None or math.isfinite(x), item
    json.dumps(result.to_dict(), allow_nan=False, ensure_ascii=False)


# --------------------------------------------------------------------------- worked example
def test_worked_example_minutes_and_cost_per_case():
    r = v.compute([SERVICE, DOC_COST], INPUTS)
    # time saved per case: (45 − 15) min ÷ 60 = 0.5 h
    assert r.time_saved_per_case_hours == pytest.approx(0.5)
    # hours a year: 0.5 h × 2,400 cases = 1,200 h
    assert r.hours_saved_per_year == pytest.approx(1200.0)
    # value of time: 1,200 h × 250 baht = 300,000 baht a year
    assert r.time_value_per_year == pytest.approx(300000.0)
    # cost saved per case: 75 − 18.75 = 56.25 baht; a year: 56.25 × 2,400 = 135,000 baht
    assert r.cost_saved_per_case == pytest.approx(56.25)
    assert r.savings_per_year == pytest.approx(135000.0)
    # benefit: 300,000 + 135,000 = 435,000 baht a year
    assert r.yearly_benefit == pytest.approx(435000.0)
    # B/C: 435,000 ÷ 150,000 = 2.9
    assert r.benefit_cost_ratio == pytest.approx(2.9)
    # ROI: (435,000 − 150,000) ÷ 150,000 × 100 = 190 %
    assert r.roi_pct == pytest.approx(190.0)
    # payback: 150,000 ÷ 435,000 = 0.344827… → 0.3448 years;
    # 150,000 ÷ 435,000 × 12 = 4.1379… → 4.14 months
    assert r.payback_years == pytest.approx(0.3448)
    assert r.payback_months == pytest.approx(4.14)
    assert r.time_unit == v.MINUTES and r.time_basis == v.PER_CASE and r.cost_basis == v.PER_CASE
    assert r.errors == ()
    assert [it.name for it in r.items] == [
        "time_saved_per_case", "hours_saved_per_year", "time_value_per_year",
        "cost_saved_per_case", "savings_per_year", "yearly_benefit",
        "benefit_cost_ratio", "roi", "payback_years", "payback_months"]
    finite_or_none(r)


def test_items_carry_formula_inputs_and_worked_text():
    r = v.compute([SERVICE, DOC_COST], INPUTS)
    it = r.item("hours_saved_per_year")
    assert it.key == "value.item.hours_saved_per_year"
    assert it.unit_key == "value.unit.hours_per_year"
    assert it.formula_key == "value.formula.hours_saved_per_year.per_case"
    assert it.inputs == (("value.item.time_saved_per_case", 0.5, "value.unit.hours_per_case"),
                         ("value.input.cases_per_year", 2400.0, "value.unit.cases_per_year"))
    assert t(it.formula_key, "th") == \
        "ชั่วโมงที่ประหยัดได้ต่อปี = เวลาที่ลดลงต่อเรื่อง × จำนวนเรื่องต่อปี"
    assert v.worked(it, "th") == "0.50 × 2,400 = 1,200 ชั่วโมง/ปี"
    assert v.worked(r.item("time_saved_per_case"), "en") == "(45 − 15) ÷ 60 = 0.50 hours/case"
    assert v.worked(r.item("roi"), "en") == "(435,000 − 150,000) ÷ 150,000 × 100 = 190%"
    assert v.worked(r.item("payback_years"), "th") == "150,000 ÷ 435,000 = 0.3448 ปี"
    assert r.item("value.item.roi") is r.item("roi")
    assert r.item("nothing") is None
    # the metric's name is a parameter of the input labels
    label = t(r.item("time_saved_per_case").inputs[0][0], "th", **r.item("time_saved_per_case").params)
    assert label == "เวลาเฉลี่ยก่อนดำเนินโครงการ (ระยะเวลาให้บริการ)"


def test_each_line_can_be_redone_from_the_printed_line_before():
    # 47.142857 → printed 47.14; 14.309524 → 14.31
    service = metric("เวลา", "นาที", 47.142857, 14.309524)
    r = v.compute([service], v.ValueInputs(2400, 250, 150000, time_metric="เวลา"))
    # (47.14 − 14.31) ÷ 60 = 32.83 ÷ 60 = 0.547166… → 0.5472
    assert r.time_saved_per_case_hours == 0.5472
    # 0.5472 × 2,400 = 1,313.28 (not 1,313.2 from the unrounded 0.547166…)
    assert r.hours_saved_per_year == 1313.28
    # 1,313.28 × 250 = 328,320
    assert r.time_value_per_year == 328320.0
    assert v.worked(r.item("hours_saved_per_year"), "th") == "0.5472 × 2,400 = 1,313.28 ชั่วโมง/ปี"


# --------------------------------------------------------------------------- unit conversions
@pytest.mark.parametrize("unit, before, after, cases, hpd, per_case, per_year", [
    # minutes: (45 − 15) ÷ 60 = 0.5 h; × 2,400 = 1,200 h
    ("นาที", 45, 15, 2400, 7, 0.5, 1200),
    ("minutes", 45, 15, 2400, 7, 0.5, 1200),
    ("min.", 45, 15, 2400, 7, 0.5, 1200),
    ("นาที/ราย", 45, 15, 2400, 7, 0.5, 1200),
    # seconds: (5,400 − 1,800) ÷ 3,600 = 1 h; × 100 = 100 h
    ("วินาที", 5400, 1800, 100, 7, 1.0, 100),
    ("seconds", 5400, 1800, 100, 7, 1.0, 100),
    # hours: 2.5 − 1 = 1.5 h; × 1,000 = 1,500 h
    ("ชั่วโมง", 2.5, 1, 1000, 7, 1.5, 1500),
    ("ชม.", 2.5, 1, 1000, 7, 1.5, 1500),
    ("hours", 2.5, 1, 1000, 7, 1.5, 1500),
    ("hrs", 2.5, 1, 1000, 7, 1.5, 1500),
    # days: (7 − 2) × 7 h = 35 h; × 100 = 3,500 h
    ("วัน", 7, 2, 100, 7, 35, 3500),
    ("วันทำการ", 7, 2, 100, 7, 35, 3500),
    ("Days", 7, 2, 100, 7, 35, 3500),
    # days with an 8-hour day: (7 − 2) × 8 = 40 h; × 100 = 4,000 h
    ("day", 7, 2, 100, 8, 40, 4000),
    # 7.54 → 2.46 days (the sample): 5.08 × 7 = 35.56 h; × 2,400 = 85,344 h
    ("วัน", 7.54, 2.46, 2400, 7, 35.56, 85344),
])
def test_time_unit_conversions(unit, before, after, cases, hpd, per_case, per_year):
    r = v.compute([metric("เวลา", unit, before, after)],
                  v.ValueInputs(cases, 250, 150000, hours_per_day=hpd, time_metric="เวลา"))
    assert r.time_saved_per_case_hours == pytest.approx(per_case)
    assert r.hours_saved_per_year == pytest.approx(per_year)
    # value: hours × 250 baht
    assert r.time_value_per_year == pytest.approx(per_year * 250)


def test_seconds_rounding_is_carried_as_printed():
    # (900 − 300) ÷ 3,600 = 0.16666… → printed and carried as 0.1667;
    # × 3,600 cases = 600.12 h (redone by hand from the printed 0.1667)
    r = v.compute([metric("เวลา", "วินาที", 900, 300)],
                  v.ValueInputs(3600, 250, 150000, time_metric="เวลา"))
    assert r.time_saved_per_case_hours == 0.1667
    assert r.hours_saved_per_year == 600.12


def test_time_unit_recognition():
    assert v.time_unit("นาที") == v.MINUTES
    assert v.time_unit(" Minutes ") == v.MINUTES
    assert v.time_unit("นาที/เรื่อง") == v.MINUTES
    assert v.time_unit("นาทีต่อราย") == v.MINUTES
    assert v.time_unit("ชม.") == v.HOURS
    assert v.time_unit("hour") == v.HOURS
    assert v.time_unit("วัน") == v.DAYS
    assert v.time_unit("working days") == v.DAYS
    assert v.time_unit("วินาที") == v.SECONDS
    for unit in ("สัปดาห์", "weeks", "แผ่น", "บาท", "", None, "km"):
        assert v.time_unit(unit) is None, unit
    assert v.hours_per_unit(v.MINUTES) == pytest.approx(1 / 60)
    assert v.hours_per_unit(v.DAYS, 7.5) == 7.5
    with pytest.raises(ValueError):
        v.hours_per_unit(v.DAYS, 0)
    with pytest.raises(ValueError):
        v.hours_per_unit("weeks")


def test_unit_from_metric_name_when_unit_missing():
    r = v.compute([metric("เวลาให้บริการ (นาที)", None, 45, 15)],
                  v.ValueInputs(2400, 250, 150000, time_metric="เวลาให้บริการ (นาที)"))
    assert r.hours_saved_per_year == pytest.approx(1200.0)


def test_unknown_time_unit_is_an_error_not_a_guess():
    r = v.compute([metric("เวลา", "สัปดาห์", 3, 1)],
                  v.ValueInputs(2400, 250, 150000, time_metric="เวลา"))
    for name in ("time_saved_per_case", "hours_saved_per_year", "time_value_per_year"):
        item = r.item(name)
        assert item.value is None and item.error == "value.error.unknown_time_unit"
    assert r.item("time_saved_per_case").params["unit"] == "สัปดาห์"
    assert "สัปดาห์" in v.worked(r.item("time_saved_per_case"), "th")
    assert r.hours_saved_per_year is None and r.time_value_per_year is None
    assert r.yearly_benefit is None
    assert r.item("yearly_benefit").error == "value.error.no_benefit"
    finite_or_none(r)


def test_time_metric_without_unit_is_an_error():
    r = v.compute([metric("เวลา", None, 3, 1)], v.ValueInputs(2400, 250, 150000, time_metric="เวลา"))
    assert r.item("hours_saved_per_year").error == "value.error.no_time_unit"


# --------------------------------------------------------------------------- savings paths
def test_aggregate_baht_per_year_by_name_is_not_multiplied_by_cases():
    yearly = metric("ค่าใช้จ่ายต่อปี", "บาท", 180000, 45000, design="aggregate")
    r = v.compute([yearly], v.ValueInputs(2400, 250, 150000, cost_metric="ค่าใช้จ่ายต่อปี"))
    # 180,000 − 45,000 = 135,000 baht a year (NOT × 2,400)
    assert r.cost_basis == v.PER_YEAR
    assert r.savings_per_year == pytest.approx(135000.0)
    assert r.cost_saved_per_case is None and r.item("cost_saved_per_case") is None
    assert r.item("savings_per_year").formula_key == "value.formula.savings_per_year.per_year"
    assert v.worked(r.item("savings_per_year"), "th") == "180,000 − 45,000 = 135,000 บาท/ปี"
    # benefit from savings only: 135,000; B/C 135,000 ÷ 150,000 = 0.9;
    # ROI (135,000 − 150,000) ÷ 150,000 × 100 = −10 %; payback 150,000 ÷ 135,000 = 1.111… → 1.11 y
    assert r.yearly_benefit == pytest.approx(135000.0)
    assert r.benefit_cost_ratio == pytest.approx(0.9)
    assert r.roi_pct == pytest.approx(-10.0)
    assert r.payback_years == 1.11
    # 150,000 ÷ 135,000 × 12 = 13.333… → 13.33 months (from the inputs, not from 1.11 × 12 = 13.32)
    assert r.payback_months == 13.33
    assert v.worked(r.item("payback_months"), "en") == "150,000 ÷ 135,000 × 12 = 13.33 months"
    assert v.payback_text(r, "th") == "1 ปี 1.3 เดือน"   # 13.33 months
    keys = [n.key for n in r.notes]
    assert "value.note.aggregate_no_test" in keys and "value.note.benefit_cost_only" in keys


def test_baht_per_year_by_unit_needs_no_cases_per_year():
    yearly = metric("ค่าใช้จ่ายรวม", "บาท/ปี", 180000, 45000, design="aggregate")
    r = v.compute([yearly], v.ValueInputs(None, None, 150000, cost_metric="ค่าใช้จ่ายรวม"))
    assert r.savings_per_year == pytest.approx(135000.0)
    # English unit words too
    r2 = v.compute([metric("Cost", "baht per year", 1000, 400, design="aggregate")],
                   v.ValueInputs(None, None, 600, cost_metric="Cost"))
    # 1,000 − 400 = 600; B/C 600 ÷ 600 = 1; ROI 0 %; payback 1 year = 12 months
    assert r2.savings_per_year == 600 and r2.benefit_cost_ratio == 1 and r2.roi_pct == 0
    assert r2.payback_years == 1 and r2.payback_months == 12


def test_baht_per_month_is_multiplied_by_twelve():
    monthly = metric("ค่าบำรุงรักษาต่อเดือน", "บาท", 1282.5, 1262.42)
    r = v.compute([monthly], v.ValueInputs(2400, 250, 150000, cost_metric="ค่าบำรุงรักษาต่อเดือน"))
    # (1,282.50 − 1,262.42) × 12 = 20.08 × 12 = 240.96 baht a year
    assert r.cost_basis == v.PER_MONTH
    assert r.savings_per_year == pytest.approx(240.96)
    assert v.worked(r.item("savings_per_year"), "en") == "(1,282.50 − 1,262.42) × 12 = 240.96 baht/year"


def test_time_per_year_and_per_month():
    # hours a year already: 1,000 − 400 = 600 h, no × cases
    r = v.compute([metric("ชั่วโมงทำงานทั้งปี", "ชั่วโมง/ปี", 1000, 400)],
                  v.ValueInputs(None, 300, 150000, time_metric="ชั่วโมงทำงานทั้งปี"))
    assert r.time_basis == v.PER_YEAR and r.item("time_saved_per_case") is None
    assert r.hours_saved_per_year == 600
    # 600 h × 300 baht = 180,000 baht
    assert r.time_value_per_year == 180000
    # minutes a month: (3,000 − 1,200) ÷ 60 × 12 = 30 × 12 = 360 h a year
    r = v.compute([metric("เวลารวม", "นาที/เดือน", 3000, 1200)],
                  v.ValueInputs(None, 300, 150000, time_metric="เวลารวม"))
    assert r.hours_saved_per_year == 360
    assert v.worked(r.item("hours_saved_per_year"), "en") == "(3,000 − 1,200) ÷ 60 × 12 = 360 hours/year"
    # hours a month: (100 − 40) × 12 = 720 h a year; brackets needed
    r = v.compute([metric("เวลารวม", "ชั่วโมงต่อเดือน", 100, 40)],
                  v.ValueInputs(None, 300, 150000, time_metric="เวลารวม"))
    assert r.hours_saved_per_year == 720
    assert r.item("hours_saved_per_year").expression == "({0} − {1}) × {2}"


def test_basis_detection():
    assert v.basis("บาท") == v.PER_CASE
    assert v.basis("บาท/เรื่อง") == v.PER_CASE
    assert v.basis("บาท/ปี") == v.PER_YEAR
    assert v.basis("บาทต่อปี") == v.PER_YEAR
    assert v.basis("baht/year") == v.PER_YEAR
    assert v.basis("บาท/เดือน") == v.PER_MONTH
    assert v.basis("บาท", "ค่าใช้จ่ายต่อปี") == v.PER_YEAR
    assert v.basis("บาท", "ค่าใช้จ่ายรายปี") == v.PER_YEAR
    assert v.basis("baht", "Annual cost") == v.PER_YEAR
    assert v.basis("บาท", "ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน") == v.PER_MONTH
    assert v.basis("บาท", "ค่าใช้จ่ายต่อเอกสาร") == v.PER_CASE
    assert v.is_currency("บาท") and v.is_currency("THB") and v.is_currency("฿")
    assert v.is_currency("บาท/ปี") and not v.is_currency("แผ่น") and not v.is_currency(None)


def test_cost_metric_not_in_baht_is_an_error():
    r = v.compute([metric("กระดาษ", "แผ่น", 12000, 2500, design="aggregate")],
                  v.ValueInputs(2400, 250, 150000, cost_metric="กระดาษ"))
    assert r.item("savings_per_year").error == "value.error.not_baht"
    assert r.savings_per_year is None


# --------------------------------------------------------------------------- error paths
@pytest.mark.parametrize("cost", [0, -1000, None, float("nan"), float("inf")])
def test_project_cost_missing_or_not_positive(cost):
    r = v.compute([SERVICE, DOC_COST], v.ValueInputs(2400, 250, cost, time_metric=SERVICE.name,
                                                     cost_metric=DOC_COST.name))
    assert r.yearly_benefit == pytest.approx(435000.0)        # still computed
    for name in ("benefit_cost_ratio", "roi", "payback_years", "payback_months"):
        assert r.item(name).value is None
        assert r.item(name).error == "value.error.project_cost"
    assert r.benefit_cost_ratio is None and r.roi_pct is None and r.payback_years is None
    finite_or_none(r)


def test_no_time_metric_uses_savings_only():
    r = v.compute([SERVICE, DOC_COST], v.ValueInputs(2400, 250, 150000, cost_metric=DOC_COST.name))
    for name in ("time_saved_per_case", "hours_saved_per_year", "time_value_per_year"):
        assert r.item(name).error == "value.error.no_time_metric"
    # benefit = savings only = 135,000; B/C = 0.9
    assert r.yearly_benefit == pytest.approx(135000.0)
    assert r.item("yearly_benefit").formula_key == "value.formula.yearly_benefit.cost_only"
    assert r.benefit_cost_ratio == pytest.approx(0.9)
    assert "value.note.benefit_cost_only" in [n.key for n in r.notes]


def test_no_cost_metric_uses_time_only():
    r = v.compute([SERVICE], v.ValueInputs(2400, 250, 150000, time_metric=SERVICE.name))
    assert r.item("savings_per_year").error == "value.error.no_cost_metric"
    assert r.yearly_benefit == pytest.approx(300000.0)
    # B/C: 300,000 ÷ 150,000 = 2; payback 0.5 year = 6 months
    assert r.benefit_cost_ratio == 2 and r.payback_years == 0.5 and r.payback_months == 6
    assert v.payback_text(r, "th") == "6 เดือน"
    assert "value.note.benefit_time_only" in [n.key for n in r.notes]


def test_metric_name_not_found():
    r = v.compute([SERVICE], v.ValueInputs(2400, 250, 150000, time_metric="ไม่มี", cost_metric="ไม่มี"))
    assert r.item("hours_saved_per_year").error == "value.error.metric_not_found"
    assert r.item("savings_per_year").error == "value.error.metric_not_found"
    assert r.time_metric is None and r.cost_metric is None
    assert "ไม่มี" in v.worked(r.item("savings_per_year"), "th")
    assert r.item("yearly_benefit").error == "value.error.no_benefit"
    assert r.item("payback_years").error == "value.error.no_benefit"
    finite_or_none(r)


def test_benefit_not_positive_has_no_payback():
    slower = metric("เวลา", "นาที", 15, 45)   # time went up by 30 minutes
    r = v.compute([slower], v.ValueInputs(2400, 250, 150000, time_metric="เวลา"))
    # (15 − 45) ÷ 60 = −0.5 h; × 2,400 = −1,200 h; × 250 = −300,000 baht
    assert r.time_value_per_year == pytest.approx(-300000.0)
    assert r.yearly_benefit == pytest.approx(-300000.0)
    # B/C −300,000 ÷ 150,000 = −2; ROI (−300,000 − 150,000) ÷ 150,000 × 100 = −300 %
    assert r.benefit_cost_ratio == pytest.approx(-2.0)
    assert r.roi_pct == pytest.approx(-300.0)
    assert r.payback_years is None and r.payback_months is None
    assert r.item("payback_years").error == "value.error.no_payback"
    assert r.item("payback_months").error == "value.error.no_payback"
    assert "value.note.time_increased" in [n.key for n in r.notes]
    assert v.payback_text(r, "en") == t("value.error.no_payback", "en")
    finite_or_none(r)


def test_zero_benefit_has_no_payback():
    same = metric("เวลา", "นาที", 30, 30)
    r = v.compute([same], v.ValueInputs(2400, 250, 150000, time_metric="เวลา"))
    assert r.yearly_benefit == 0
    assert r.benefit_cost_ratio == 0 and r.roi_pct == -100
    assert r.item("payback_years").error == "value.error.no_payback"
    finite_or_none(r)


@pytest.mark.parametrize("cases", [0, -5, None, float("nan")])
def test_cases_per_year_missing(cases):
    r = v.compute([SERVICE, DOC_COST], v.ValueInputs(cases, 250, 150000, time_metric=SERVICE.name,
                                                     cost_metric=DOC_COST.name))
    assert r.time_saved_per_case_hours == pytest.approx(0.5)      # does not need cases
    assert r.cost_saved_per_case == pytest.approx(56.25)
    for name in ("hours_saved_per_year", "time_value_per_year", "savings_per_year"):
        assert r.item(name).error == "value.error.cases_per_year"
    assert r.item("yearly_benefit").error == "value.error.no_benefit"
    for name in ("benefit_cost_ratio", "roi", "payback_years", "payback_months"):
        assert r.item(name).error == "value.error.no_benefit"
    finite_or_none(r)


@pytest.mark.parametrize("staff", [0, -250, None, float("nan")])
def test_staff_cost_missing(staff):
    r = v.compute([SERVICE, DOC_COST], v.ValueInputs(2400, staff, 150000, time_metric=SERVICE.name,
                                                     cost_metric=DOC_COST.name))
    assert r.hours_saved_per_year == pytest.approx(1200.0)
    assert r.item("time_value_per_year").error == "value.error.staff_cost_per_hour"
    assert r.yearly_benefit == pytest.approx(135000.0)           # savings only
    finite_or_none(r)


@pytest.mark.parametrize("hpd", [0, -7, 25, float("nan")])
def test_hours_per_day_invalid_only_matters_for_days(hpd):
    days = metric("อนุมัติ", "วัน", 7, 2)
    r = v.compute([days], v.ValueInputs(2400, 250, 150000, hours_per_day=hpd, time_metric="อนุมัติ"))
    assert r.item("time_saved_per_case").error == "value.error.hours_per_day"
    assert r.item("hours_saved_per_year").error == "value.error.hours_per_day"
    assert r.item("time_value_per_year").error == "value.error.hours_per_day"
    r = v.compute([SERVICE], v.ValueInputs(2400, 250, 150000, hours_per_day=hpd, time_metric=SERVICE.name))
    assert r.hours_saved_per_year == pytest.approx(1200.0)
    finite_or_none(r)


def test_metric_without_before_after_values():
    empty = metric("เวลา", "นาที", None, None)
    r = v.compute([empty], v.ValueInputs(2400, 250, 150000, time_metric="เวลา"))
    assert r.item("time_saved_per_case").error == "value.error.no_change"
    assert r.item("hours_saved_per_year").error == "value.error.no_change"
    assert r.item("time_value_per_year").error == "value.error.no_change"
    finite_or_none(r)


def test_nan_means_never_leak():
    md = MetricData("เวลา", "f", "s", "นาที", "independent", np.array([np.nan]), np.array([np.nan]),
                    np.array([2]), np.array([2]))
    weird = MetricResult(md, None, float("nan"), float("inf"), float("nan"), None)
    r = v.compute([weird], v.ValueInputs(2400, 250, 150000, time_metric="เวลา"))
    assert r.item("time_saved_per_case").error == "value.error.no_change"
    finite_or_none(r)


def test_huge_inputs_give_an_error_not_inf():
    big = metric("ค่าใช้จ่าย", "บาท", 1e300, 0.0)
    r = v.compute([big], v.ValueInputs(1e300, 250, 150000, cost_metric="ค่าใช้จ่าย"))
    assert r.savings_per_year is None
    assert r.item("savings_per_year").error == "value.error.not_finite"
    finite_or_none(r)


def test_bad_input_types_raise():
    with pytest.raises(TypeError):
        v.ValueInputs(cases_per_year="2400")
    with pytest.raises(TypeError):
        v.ValueInputs(project_cost=True)
    with pytest.raises(TypeError):
        v.ValueInputs(time_metric=3)
    with pytest.raises(TypeError):
        v.compute([SERVICE], {"cases_per_year": 1})
    with pytest.raises(TypeError):
        v.compute(["not a result"], INPUTS)
    # numpy numbers are fine
    assert v.ValueInputs(cases_per_year=np.int64(10)).cases_per_year == 10.0


# --------------------------------------------------------------------------- notes
def _comparison(p: float) -> Comparison:
    test = _TestResult(name="welch_t", statistic=-1.09, df=7.42, pvalue=p)
    rank = _TestResult(name="mann_whitney_u", statistic=13.0, pvalue=0.42)
    return Comparison(design="independent", n_before=6, n_after=6, n_dropped=0, dropped=(),
                      mean_before=1282.5, mean_after=1262.42, median_before=None, median_after=None,
                      sd_before=None, sd_after=None, change=-20.08, pct_change=-1.57,
                      parametric=test, rank=rank, chosen="parametric", reason="x")


def test_not_significant_metric_gets_a_caution():
    m = metric("ค่าบำรุงรักษาต่อเดือน", "บาท", 1282.5, 1262.42, comparison=_comparison(0.3088))
    r = v.compute([m], v.ValueInputs(2400, 250, 150000, cost_metric=m.name))
    notes = [n for n in r.notes if n.key == "value.note.not_significant"]
    assert len(notes) == 1 and notes[0].params["p"] == "p = .309"
    m2 = metric("ค่าบำรุงรักษาต่อเดือน", "บาท", 1282.5, 1262.42, comparison=_comparison(0.001))
    r2 = v.compute([m2], v.ValueInputs(2400, 250, 150000, cost_metric=m2.name))
    assert "value.note.not_significant" not in [n.key for n in r2.notes]


def test_days_get_an_elapsed_time_caution():
    r = v.compute([metric("อนุมัติ", "วัน", 7, 2)], v.ValueInputs(2400, 250, 150000, time_metric="อนุมัติ"))
    assert "value.note.days_elapsed" in [n.key for n in r.notes]


# --------------------------------------------------------------------------- guessing and defaults
SAMPLE_LIKE = [
    metric("ระยะเวลาอนุมัติ", "วัน", 7.54, 2.46, design="paired"),
    metric("ระยะเวลาให้บริการ", "นาที", 47.14, 14.31),
    metric("ค่าใช้จ่ายต่อเอกสาร", "บาท", 73.94, 20.84),
    metric("ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน", "บาท", 1282.5, 1262.42),
    metric("กระดาษที่ใช้ต่อเดือน", "แผ่น", 12000, 2500, design="aggregate"),
    metric("ค่าใช้จ่ายต่อปี", "บาท", 180000, 45000, design="aggregate"),
    metric("จำนวนขั้นตอน", "ขั้นตอน", 9, 4, design="aggregate"),
    metric("ระยะเวลาเฉลี่ย", "วัน", 7, 2, design="aggregate"),
]


def test_guess_metrics_prefers_working_time_and_cost_per_case():
    assert v.guess_metrics(SAMPLE_LIKE) == ("ระยะเวลาให้บริการ", "ค่าใช้จ่ายต่อเอกสาร")
    # without minutes: case-level days before aggregate days; per-year before per-month
    rest = [m for m in SAMPLE_LIKE if m.name not in ("ระยะเวลาให้บริการ", "ค่าใช้จ่ายต่อเอกสาร")]
    assert v.guess_metrics(rest) == ("ระยะเวลาอนุมัติ", "ค่าใช้จ่ายต่อปี")
    only_monthly = [SAMPLE_LIKE[3], SAMPLE_LIKE[4]]
    assert v.guess_metrics(only_monthly) == (None, "ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน")
    assert v.guess_metrics([SAMPLE_LIKE[4], SAMPLE_LIKE[6]]) == (None, None)
    assert v.guess_metrics([]) == (None, None)
    # a metric without numbers is not chosen
    assert v.guess_metrics([metric("เวลา", "นาที", None, None), SAMPLE_LIKE[0]]) == ("ระยะเวลาอนุมัติ", None)


def test_from_project_defaults_and_guess():
    project = ProjectInfo(name="สล สุขดี มีคุณธรรม", project_cost=150000, cases_per_year=2400,
                          staff_cost_per_hour=250, hours_per_day=7)
    inputs = v.ValueInputs.from_project(project, SAMPLE_LIKE)
    assert (inputs.cases_per_year, inputs.staff_cost_per_hour, inputs.project_cost,
            inputs.hours_per_day) == (2400, 250, 150000, 7)
    assert (inputs.time_metric, inputs.cost_metric) == ("ระยะเวลาให้บริการ", "ค่าใช้จ่ายต่อเอกสาร")
    inputs = v.ValueInputs.from_project(project, SAMPLE_LIKE, cost_metric=None, project_cost=90000)
    assert inputs.cost_metric is None and inputs.project_cost == 90000
    assert v.ValueInputs.from_project(None).hours_per_day == 7.0
    with pytest.raises(TypeError):
        v.ValueInputs.from_project(project, nonsense=1)
    # the sample-like project end to end:
    r = v.compute(SAMPLE_LIKE, v.ValueInputs.from_project(project, SAMPLE_LIKE))
    # time: (47.14 − 14.31) ÷ 60 = 0.547166… → 0.5472 h; × 2,400 = 1,313.28 h; × 250 = 328,320
    # cost: 73.94 − 20.84 = 53.10; × 2,400 = 127,440
    # benefit 328,320 + 127,440 = 455,760; B/C 455,760 ÷ 150,000 = 3.0384
    # ROI (455,760 − 150,000) ÷ 150,000 × 100 = 203.84 %; payback 150,000 ÷ 455,760 = 0.3291 y
    # 150,000 ÷ 455,760 × 12 = 3.9495 → 3.95 months
    assert r.time_value_per_year == pytest.approx(328320.0)
    assert r.savings_per_year == pytest.approx(127440.0)
    assert r.yearly_benefit == pytest.approx(455760.0)
    assert r.benefit_cost_ratio == pytest.approx(3.04)   # carried as printed: 3.0384 → 3.04
    assert r.roi_pct == pytest.approx(203.84)
    assert r.payback_years == pytest.approx(0.3291)
    assert r.payback_months == pytest.approx(3.95)
    assert v.payback_text(r, "th") == "4 เดือน"          # 3.95 months to one decimal


def test_split_years_months():
    assert v.split_years_months(0.3448) == (0, 4.1)       # 0.3448 × 12 = 4.1376
    assert v.split_years_months(1.5) == (1, 6.0)
    assert v.split_years_months(0.99999) == (1, 0.0)      # 11.99988 months round up to a year
    assert v.split_years_months(None) is None
    assert v.split_years_months(float("inf")) is None
    assert v.split_years_months(-1) is None


def test_payback_text_years_and_months():
    # benefit 100,000; cost 150,000 → 1.5 years → "1 ปี 6 เดือน"
    r = v.compute([metric("ค่าใช้จ่ายต่อปี", "บาท", 150000, 50000, design="aggregate")],
                  v.ValueInputs(None, None, 150000, cost_metric="ค่าใช้จ่ายต่อปี"))
    assert v.payback_text(r, "th") == "1 ปี 6 เดือน"
    assert v.payback_text(r, "en") == "1 year 6 months"
    # benefit 50,000 → 3 years → "3 ปี 0 เดือน"
    r = v.compute([metric("ค่าใช้จ่ายต่อปี", "บาท", 100000, 50000, design="aggregate")],
                  v.ValueInputs(None, None, 150000, cost_metric="ค่าใช้จ่ายต่อปี"))
    assert v.payback_text(r, "en") == "3 years 0 months"


# --------------------------------------------------------------------------- the catalog
def _all_results():
    inputs = [
        INPUTS,
        v.ValueInputs(0, 0, 0, hours_per_day=0, time_metric="ระยะเวลาอนุมัติ", cost_metric="กระดาษที่ใช้ต่อเดือน"),
        v.ValueInputs(2400, 250, 150000, time_metric="ไม่มี", cost_metric=None),
        v.ValueInputs(2400, 250, 150000, time_metric=None, cost_metric="ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน"),
        v.ValueInputs(2400, 250, 150000, time_metric="ระยะเวลาเฉลี่ย", cost_metric="ค่าใช้จ่ายต่อปี"),
        v.ValueInputs(2400, 250, 150000, time_metric="จำนวนขั้นตอน"),
    ]
    extra = [metric(f"t{u}", u, 10, 5) for u in ("วินาที", "ชั่วโมง", "นาที/ปี", "วัน/เดือน", "วินาที/ปี",
                                                  "ชั่วโมง/เดือน", "วัน/ปี", "วินาที/เดือน")]
    out = [v.compute(SAMPLE_LIKE, i) for i in inputs]
    out += [v.compute(extra, v.ValueInputs(2400, 250, 150000, time_metric=m.name)) for m in extra]
    out.append(v.compute([metric("x", "นาที", 10, 40)], v.ValueInputs(2400, 250, 150000, time_metric="x")))
    out.append(v.compute([metric("c", "บาท", 10, 40)], v.ValueInputs(2400, 250, 150000, cost_metric="c")))
    return out


def test_every_key_has_thai_and_english_text():
    from itastats.i18n.catalog import CATALOG
    keys: dict[str, dict] = {}
    for r in _all_results():
        for it in r.items:
            for key in (it.key, it.unit_key, it.formula_key, it.error):
                if key:
                    keys[key] = dict(it.params)
            for label, _, unit in it.inputs:
                keys[label] = dict(it.params)
                keys[unit] = {}
        for note in r.notes:
            keys[note.key] = dict(note.params)
    assert len(keys) > 40
    for key, params in keys.items():
        assert has(key), key
        for lang in ("th", "en"):
            assert CATALOG[key].get(lang), (key, lang)
            text = t(key, lang, **params)
            assert "{" not in text and "}" not in text, (key, lang, text)
    # every value.* key in the catalog has both languages
    for key, texts in CATALOG.items():
        if key.startswith("value."):
            assert texts.get("th") and texts.get("en"), key


def test_worked_text_never_shows_nan():
    for r in _all_results():
        for it in r.items:
            for lang in ("th", "en"):
                text = v.worked(it, lang)
                assert "nan" not in text.lower() and "inf" not in text.lower(), text
                assert "{" not in text, text
