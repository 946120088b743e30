"""Count sheets read into CountData, every number traced to its cell (issue 14)."""
from __future__ import annotations

import numpy as np
import pytest

import count_fixtures as cf
from fixtures_files import xlsx_from_rows
from itastats.read import cells, columns, counts, layouts
from itastats.read.problems import ERROR, InputError
from itastats.read.reading import read_workbook, table


def sheet(data: bytes, name: str = "f.xlsx"):
    return table(read_workbook(data, name))


def metrics_of(data: bytes, **remap):
    t = sheet(data)
    m = layouts.guess_mapping(t)
    if remap:
        m = layouts.remap(t, m, **remap)
    return m, layouts.extract(t, m)


# ---------------------------------------------------------------- yes / no cells

@pytest.mark.parametrize("text, answer", [
    ("ทันเวลา", 1.0), ("ไม่ทันเวลา", 0.0), (" ใช่ ", 1.0), ("ไม่ใช่", 0.0), ("ผ่าน", 1.0), ("ไม่ผ่าน", 0.0),
    ("✓", 1.0), ("✗", 0.0), ("Yes", 1.0), ("no", 0.0), (1, 1.0), (0.0, 0.0), ("๑", 1.0), ("ไม่ครบถ้วน", 0.0),
    ("ล่าช้า", 0.0), ("7", None), ("รอตรวจ", None), ("ช้า", None), (None, None), (2, None),
])
def test_yes_no_words(text, answer):
    assert cells.yes_no_word(text) == answer


def test_parse_yes_no_column_statuses():
    values, status = cells.parse_yes_no(["ใช่", "ไม่ใช่", None, "-", "abc", 1])
    assert values[:2].tolist() == [1.0, 0.0] and np.isnan(values[2:5]).all() and values[5] == 1.0
    assert status.tolist() == [cells.OK, cells.OK, cells.BLANK, cells.MISSING, cells.BAD, cells.OK]


def test_period_sides_from_words_or_two_years():
    assert counts.period_sides(["ก่อนดำเนินโครงการ", "หลังดำเนินโครงการ"]).tolist() == ["before", "after"]
    assert counts.period_sides([2568, 2567]).tolist() == ["after", "before"]
    assert counts.period_sides(["ปีงบประมาณ 2567", "ปีงบประมาณ 2568"]).tolist() == ["before", "after"]
    assert counts.period_sides([2566, 2567, 2568]).tolist() == [None, None, None]   # three years: say nothing


# ---------------------------------------------------------------- period rows

def test_yearly_complaints_are_events_over_one_year_each():
    m, (metric,) = metrics_of(cf.complaints_xlsx())
    assert m.layout == layouts.COUNTS
    assert m.roles["ปีงบประมาณ"] == columns.PERIOD and m.roles["จำนวนเรื่องร้องเรียน (เรื่อง)"] == columns.COUNT
    data = metric.counts
    assert metric.design == counts.RATES and data.values == (120, 1, 45, 1)
    assert data.count_unit == "เรื่อง" and data.base_unit == "ปี" and data.exposure_assumed
    assert data.where("before", "events") == (4, "จำนวนเรื่องร้องเรียน (เรื่อง)")
    assert data.where("after", "events") == (5, "จำนวนเรื่องร้องเรียน (เรื่อง)")
    assert metric.unit == "เรื่อง/ปี" and metric.name == "จำนวนเรื่องร้องเรียน"
    assert metric.lower_is_better is True
    assert any(p.key == "counts.exposure_rows" for p in metric.problems)


def test_exposure_column_gives_the_rates_base():
    m, (metric,) = metrics_of(cf.complaints_exposure_xlsx())
    assert m.roles["ระยะเวลา (เดือน)"] == columns.EXPOSURE
    data = metric.counts
    assert data.values == (120, 12, 20, 6) and data.base_unit == "เดือน" and not data.exposure_assumed
    assert data.where("after", "exposure") == (5, "ระยะเวลา (เดือน)")


def test_monthly_rows_of_a_period_are_added_up():
    data, expected = cf.monthly_complaints_xlsx()
    m, (metric,) = metrics_of(data)
    assert metric.counts.values == expected
    assert metric.counts.base_unit == "เดือน"                 # a เดือน column says what a row is
    assert metric.rows_before.tolist() == list(range(4, 16)) and metric.rows_after.tolist() == list(range(16, 28))


def test_total_column_makes_x_of_n():
    m, (metric,) = metrics_of(cf.returned_xlsx())
    assert m.roles["เอกสารที่เสนอทั้งหมด (ฉบับ)"] == columns.TOTAL
    data = metric.counts
    assert metric.design == counts.PROPORTIONS and data.values == (35, 400, 8, 410)
    assert data.where("before", "total") == (4, "เอกสารที่เสนอทั้งหมด (ฉบับ)")
    assert data.where("after", "count") == (5, "เอกสารที่ถูกส่งกลับแก้ไข (ฉบับ)")
    assert metric.unit == "%" and metric.lower_is_better is True


def test_a_count_cell_that_is_not_a_count_is_named():
    data = cf._sheet([["ช่วงเวลา", "เอกสารทั้งหมด (ฉบับ)", "ส่งกลับแก้ไข (ฉบับ)"],
                      ["ก่อน", 400, -35], ["หลัง", 410, "8.5"]], "x")
    _m, (metric,) = metrics_of(data)
    err = metric.counts.error
    assert err.key == "counts.error.negative" and err.row == 4 and err.column == "ส่งกลับแก้ไข (ฉบับ)"
    keys = {(p.key, p.row) for p in metric.problems}
    assert ("counts.error.not_whole", 5) in keys


def test_x_of_n_needs_a_total():
    data = cf._sheet([["ช่วงเวลา", "ส่งกลับแก้ไข (ฉบับ)"], ["ก่อน", 35], ["หลัง", 8]], "x")
    _m, (metric,) = metrics_of(data, kind=counts.PROPORTIONS)
    assert metric.counts.error.key == "counts.need_total" and metric.counts.error.severity == ERROR


def test_long_measurements_stay_measurements():
    """A long sheet of costs per case (ก่อน/หลัง, values in baht) is not counts."""
    rows = [["ช่วงเวลา", "เลขที่", "ค่า (บาท)"]] + [["ก่อน", i, 70 + i % 7] for i in range(10)] + \
        [["หลัง", i, 20 + i % 5] for i in range(10)]
    m, metrics = metrics_of(xlsx_from_rows(rows))
    assert m.layout == layouts.LONG and all(x.counts is None for x in metrics)


# ---------------------------------------------------------------- yes / no columns

def test_yes_no_answers_of_the_same_requests_are_paired_proportions():
    m, (metric,) = metrics_of(cf.on_time_xlsx())
    assert m.layout == layouts.PAIRED and m.pairs[0].kind == counts.PAIRED_PROPORTIONS
    data = metric.counts
    assert metric.design == counts.PAIRED_PROPORTIONS and data.values == cf.ON_TIME
    assert data.count_unit == "คำขอ"                          # from the case-id header เลขที่คำขอ
    assert data.answer in ("ทันเวลา", "ทัน", "ใช่", "✓")
    left_out = {(p.key, p.row, p.column) for p in metric.problems}
    assert ("counts.not_yes_no", 64, "เสร็จภายในเวลามาตรฐาน ก่อน") in left_out
    assert ("cell.blank_in_pair", 65, "เสร็จภายในเวลามาตรฐาน หลัง") in left_out
    assert len(metric.rows_before) == 60 and 64 not in metric.rows_before
    assert metric.lower_is_better is False                  # on time: higher is better


def test_yes_no_lists_of_different_cases_are_two_groups():
    m, (metric,) = metrics_of(cf.on_time_groups_xlsx())
    assert metric.design == counts.PROPORTIONS and metric.counts.values == (23, 60, 45, 62)


def test_declared_measure_keeps_numbers_and_declared_kind_overrides():
    rows = [["เลขที่", "ผลตรวจ ก่อน", "ผลตรวจ หลัง"]] + [[f"A{i}", i % 2, (i + 1) % 2 or i % 3 == 0] for i in range(12)]
    data = xlsx_from_rows([[r[0], r[1], int(bool(r[2]))] if i else r for i, r in enumerate(rows)])
    _m, (metric,) = metrics_of(data)
    assert metric.counts is None                            # 0/1 numbers alone are measurements...
    _m, (metric,) = metrics_of(data, kind=counts.PAIRED_PROPORTIONS)
    assert metric.design == counts.PAIRED_PROPORTIONS       # ...until the user says they are answers
    assert sum(metric.counts.values) == 12
    with pytest.raises(InputError) as info:                 # words declared measurements: nothing to measure
        metrics_of(cf.on_time_xlsx(), kind=counts.MEASURE)
    assert info.value.problem.key == "read.no_numbers"


# ---------------------------------------------------------------- the 2 x 2 table

def test_table_of_changes_is_read_in_both_orientations():
    for data in (cf.table_2x2_xlsx(), cf.table_2x2_xlsx(transposed=True, with_total_row=True)):
        m, (metric,) = metrics_of(data)
        assert m.layout == layouts.TABLE_2X2
        assert metric.counts.values == cf.ON_TIME and metric.counts.error is None
        assert metric.counts.answer == "ทันเวลา"


def test_table_of_changes_cells_are_traced():
    _m, (metric,) = metrics_of(cf.table_2x2_xlsx())
    data = metric.counts
    assert data.where("both") == (4, "ทันเวลา") and data.where("before_only") == (4, "ไม่ทันเวลา")
    assert data.where("after_only") == (5, "ทันเวลา") and data.where("neither") == (5, "ไม่ทันเวลา")


@pytest.mark.parametrize("kwargs, row, column, written, counted", [
    (dict(total=24), 4, "รวม", "24", "23"),
    (dict(total_row=(45, 14, 60)), 6, "ไม่ทันเวลา", "14", "15"),
    (dict(total_row=(45, 15, 59)), 6, "รวม", "59", "60"),
])
def test_a_table_that_does_not_add_up_is_an_error_at_its_total(kwargs, row, column, written, counted):
    _m, (metric,) = metrics_of(cf.table_2x2_xlsx(**kwargs))
    err = metric.counts.error
    assert err.key == "counts.table_does_not_add_up" and err.severity == ERROR
    assert (err.row, err.column) == (row, column)
    assert dict(err.params) == {"written": written, "counted": counted}


def test_a_table_that_adds_up_with_totals_is_fine():
    _m, (metric,) = metrics_of(cf.table_2x2_xlsx(with_total_row=True))
    assert metric.counts.error is None


def test_forcing_a_2x2_layout_without_one_says_so():
    t = sheet(cf.returned_xlsx())
    m = layouts.remap(t, layouts.guess_mapping(t), layout=layouts.TABLE_2X2)
    assert m.layout is None and m.problems[0].key == "counts.no_table_2x2"


# ---------------------------------------------------------------- aggregate rows

def test_aggregate_rows_with_a_total_row_are_x_of_n():
    _m, metrics = metrics_of(cf.returned_aggregate_xlsx())
    names = [x.name for x in metrics]
    assert names == ["เอกสารที่ถูกส่งกลับแก้ไข", "จำนวนขั้นตอน"]         # the total row is the base, not a metric
    returned, steps = metrics
    assert returned.design == counts.PROPORTIONS and returned.counts.values == (35, 400, 8, 410)
    assert returned.counts.where("before", "total") == (4, "ก่อน")
    assert steps.design == layouts.AGGREGATE and steps.counts is None      # steps 9 -> 4: reported figures


def test_a_count_per_year_row_is_events_and_paper_is_not():
    _m, (complaints, paper) = metrics_of(cf.per_year_aggregate_xlsx())
    assert complaints.design == counts.RATES and complaints.counts.values == (120, 1, 45, 1)
    assert complaints.counts.base_unit == "ปี" and complaints.unit == "เรื่อง/ปี"
    assert paper.design == layouts.AGGREGATE and paper.counts is None


def test_a_count_row_without_a_period_stays_aggregate_with_a_hint_until_declared():
    data = xlsx_from_rows([["ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"], ["เรื่องร้องเรียน", "เรื่อง", 120, 45]])
    _m, (metric,) = metrics_of(data)
    assert metric.design == layouts.AGGREGATE
    assert [p.key for p in metric.problems] == ["counts.looks_like_counts"]
    _m, (metric,) = metrics_of(data, kinds=(("เรื่องร้องเรียน", counts.RATES),))
    assert metric.design == counts.RATES and metric.counts.exposure_assumed
    assert any(p.key == "counts.exposure_assumed" for p in metric.problems)
    _m, (metric,) = metrics_of(data, kind=counts.PROPORTIONS)
    assert metric.counts.error.key == "counts.need_total"


def test_sample_aggregate_sheet_is_unchanged():
    from itastats import sample
    data = dict(sample.sample_files())["04_aggregate.xlsx"]
    _m, metrics = metrics_of(data, )
    assert all(x.counts is None and x.design == layouts.AGGREGATE for x in metrics)
    assert not any(p.key.startswith("counts.") for x in metrics for p in x.problems)


def test_unknown_kind_is_refused():
    t = sheet(cf.returned_xlsx())
    with pytest.raises(ValueError):
        layouts.remap(t, layouts.guess_mapping(t), kind="percent")
