"""Column roles, layouts (paired, independent, long, aggregate) and extraction."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

import fixtures_files as ff
from itastats.read import columns
from itastats.i18n import catalog
from itastats.read.inspect import inspect_workbook
from itastats.read.layouts import (AGGREGATE, INDEPENDENT, LONG, PAIRED, MetricData, SheetMapping, extract,
                                   guess_mapping, mapping_from_roles)
from itastats.read.problems import InputError, describe
from itastats.read.reading import read_workbook, table


def load(data: bytes, name: str = "a.xlsx", sheet=None):
    return table(read_workbook(data, name), sheet)


def nan_equal(a, b) -> bool:
    return np.allclose(np.asarray(a, float), np.asarray(b, float), equal_nan=True)


def keys_at(metric: MetricData) -> list[tuple[str, int, str]]:
    return [(p.key, p.row, p.column) for p in metric.problems]


# ---------------------------------------------------------------- headers

@pytest.mark.parametrize("header, metric, period, unit", [
    ("ระยะเวลาอนุมัติ ก่อน (วัน)", "ระยะเวลาอนุมัติ", "before", "วัน"),
    ("ระยะเวลาอนุมัติ หลัง (วัน)", "ระยะเวลาอนุมัติ", "after", "วัน"),
    ("ก่อนดำเนินโครงการ", "", "before", None),
    ("หลังดำเนินโครงการ (นาที)", "", "after", "นาที"),
    ("เวลา ก่อน", "เวลา", "before", None),
    ("Before (min)", "", "before", "นาที"),
    ("Cost after [baht]", "Cost", "after", "บาท"),
    ("pre-test score", "test score", "before", None),
    ("ระยะเวลา (วัน) หลัง", "ระยะเวลา", "after", "วัน"),
    ("ค่าใช้จ่าย ก่อน (หน่วย: บาท)", "ค่าใช้จ่าย", "before", "บาท"),
    ("ผลต่าง ก่อน-หลัง", "ผลต่าง ก่อน-หลัง", None, None),
    ("ครั้งที่ (1)", "ครั้งที่ (1)", None, None),
    ("ก่อน #2", "", "before", None),
])
def test_split_header(header, metric, period, unit):
    assert columns.split_header(header) == columns.HeaderParts(metric, period, unit)


@pytest.mark.parametrize("header, role", [
    ("ลำดับ", "case_id"), ("เลขที่หนังสือ", "case_id"), ("รหัส", "case_id"), ("ID", "case_id"),
    ("ตัวชี้วัด", "metric"), ("รายการ", "metric"), ("หน่วยนับ", "unit"), ("Unit", "unit"),
    ("ช่วง", "period"), ("ระยะ", "period"), ("ค่า", "value"), ("วันที่รับ", "date"),
    ("ระยะเวลา", None),
])
def test_header_role(header, role):
    assert columns.header_role(header) == role


@pytest.mark.parametrize("name, unit, expected", [
    ("ระยะเวลาอนุมัติ", "วัน", True), ("x", "นาที", True), ("ค่าใช้จ่าย", None, True),
    ("ปริมาณกระดาษ", "แผ่น", True), ("จำนวนขั้นตอน", "ขั้นตอน", True),
    ("ความพึงพอใจ", "คะแนน", False), ("satisfaction score", None, False),
    ("จำนวนผู้มาใช้บริการ", "คน", None),
])
def test_lower_is_better(name, unit, expected):
    assert columns.guess_lower_is_better(name, unit) is expected


# ---------------------------------------------------------------- (a) paired

def test_paired_sheet_values_rows_and_problems():
    t = load(ff.xlsx_paired(), "โครงการ.xlsx")
    m = guess_mapping(t)
    assert m.layout == PAIRED and m.case_id == "ลำดับ"
    assert m.roles["วันที่รับ"] == "date"
    (metric,) = extract(t, m)
    assert metric.name == "ระยะเวลาอนุมัติ" and metric.unit == "วัน"
    assert metric.design == PAIRED and metric.lower_is_better is True
    assert metric.file == "โครงการ.xlsx" and metric.sheet == "เวลาอนุมัติ"
    assert nan_equal(metric.before, ff.PAIRED_BEFORE)
    assert nan_equal(metric.after, ff.PAIRED_AFTER)
    assert metric.rows_before.tolist() == ff.PAIRED_ROWS == metric.rows_after.tolist()
    assert metric.case_ids == tuple(range(1, 9))
    b, a = "ระยะเวลาอนุมัติ ก่อน (วัน)", "ระยะเวลาอนุมัติ หลัง (วัน)"
    assert keys_at(metric) == [
        ("cell.missing_mark", 8, a),
        ("cell.not_a_number", 10, b),
        ("cell.unit_mismatch", 12, a),
    ]
    mismatch = metric.problems[2]
    assert mismatch.params["cell_unit"] == "ชั่วโมง" and mismatch.params["unit"] == "วัน"
    text = describe(mismatch, "th")
    assert "โครงการ.xlsx" in text and "แถว 12" in text and a in text


def test_paired_blank_half_is_reported():
    data = ff.xlsx_from_rows([["ลำดับ", "ก่อน", "หลัง"], [1, 5, 3], [2, 6, None], [3, None, 2],
                              [4, None, None], [5, 7, 4]])
    t = load(data)
    (metric,) = extract(t, guess_mapping(t))
    assert metric.rows_before.tolist() == [2, 3, 4, 6]    # row 5 (both blank) is not a case
    assert [(p.key, p.row, p.column) for p in metric.problems] == [
        ("cell.blank_in_pair", 3, "หลัง"), ("cell.blank_in_pair", 4, "ก่อน")]
    assert metric.name == "Sheet1"                          # single pair: the sheet's name


def test_multi_pair_metric_names_units_and_mismatch():
    t = load(ff.xlsx_multi_pair())
    m = guess_mapping(t)
    assert [(p.before, p.after, p.name) for p in m.pairs] == [
        ("เวลา ก่อน", "เวลา หลัง", "เวลา"), ("ค่าใช้จ่าย ก่อน", "ค่าใช้จ่าย หลัง", "ค่าใช้จ่าย")]
    time_, cost = extract(t, m)
    assert time_.unit == "นาที" and cost.unit == "บาท"
    assert nan_equal(time_.before, [15, 20, 18, 25])
    assert nan_equal(time_.after, [5, 6, np.nan, 8])
    assert keys_at(time_) == [("cell.unit_mismatch", 4, "เวลา หลัง")]
    assert nan_equal(cost.before, [300, 1250, 280, -50])
    assert nan_equal(cost.after, [120, 400, 100, 90])
    assert cost.case_ids == ("R-01", "R-02", "R-03", "R-04")


def test_two_row_header_pairs():
    t = load(ff.xlsx_two_row_header())
    m = guess_mapping(t)
    names = [(p.name, p.unit) for p in m.pairs]
    assert names == [("ระยะเวลา", "วัน"), ("ค่าใช้จ่าย", "บาท")]
    days, cost = extract(t, m)
    assert days.before.tolist() == [5, 6, 4, 7] and cost.after.tolist() == [120, 100, 90, 110]


def test_unit_in_cells_only_majority_wins():
    data = ff.xlsx_from_rows([["ก่อน", "หลัง"], ["2 วัน", "1 วัน"], ["3 วัน", "3 ชั่วโมง"],
                              ["4 วัน", "2 วัน"]], title="อนุมัติ")
    t = load(data)
    (metric,) = extract(t, guess_mapping(t))
    assert metric.unit == "วัน" and metric.name == "อนุมัติ"
    assert nan_equal(metric.after, [1, np.nan, 2])
    assert keys_at(metric) == [("cell.unit_mismatch", 3, "หลัง")]


def test_headers_without_period_words_assume_order():
    data = ff.xlsx_from_rows([["เลขที่", "ระบบ A", "ระบบ B"], [1, 10, 5], [2, 12, 6]])
    t = load(data)
    m = guess_mapping(t)
    assert m.layout == PAIRED
    assert [p.key for p in m.problems] == ["layout.order_assumed"]
    assert (m.pairs[0].before, m.pairs[0].after) == ("ระบบ A", "ระบบ B")


def test_no_layout_found():
    data = ff.xlsx_from_rows([["ชื่อ", "หน่วยงาน", "จำนวน"], ["ก", "กองคลัง", 3]])
    t = load(data)
    m = guess_mapping(t)
    assert m.layout is None and m.problems[-1].key == "layout.not_found"
    with pytest.raises(InputError) as info:
        extract(t, m)
    assert info.value.problem.key == "layout.not_found"


def test_unpaired_column_is_reported():
    data = ff.xlsx_from_rows([["ลำดับ", "เวลา ก่อน", "เวลา หลัง", "ค่าใช้จ่าย ก่อน"],
                              [1, 5, 3, 100], [2, 6, 4, 120]])
    m = guess_mapping(load(data))
    assert len(m.pairs) == 1
    assert [(p.key, p.column) for p in m.problems] == [("layout.unpaired_column", "ค่าใช้จ่าย ก่อน")]


def test_all_cells_unreadable_is_no_numbers():
    data = ff.xlsx_from_rows([["ลำดับ", "ก่อน", "หลัง"], [1, "ช้า", "เร็ว"], [2, "ช้า", "เร็ว"]])
    t = load(data)
    with pytest.raises(InputError) as info:
        extract(t, guess_mapping(t))
    assert info.value.problem.key == "read.no_numbers"


def test_single_pair_is_fine():
    t = load(ff.single_pair_xlsx())
    (metric,) = extract(t, guess_mapping(t))
    assert metric.before.tolist() == [5.0] and metric.after.tolist() == [3.0]


# ---------------------------------------------------------------- (b) independent

def test_independent_lists_of_different_length():
    t = load(ff.xlsx_independent())
    m = guess_mapping(t)
    assert m.layout == INDEPENDENT
    assert [p.key for p in m.problems] == ["layout.different_lengths"]
    (metric,) = extract(t, m)
    assert metric.design == INDEPENDENT and metric.unit == "นาที"
    assert metric.before.tolist() == ff.INDEPENDENT_BEFORE
    assert metric.after.tolist() == ff.INDEPENDENT_AFTER
    assert metric.rows_after.tolist() == [2, 3, 4, 5]
    assert metric.problems == ()          # the shorter list simply ends


def test_user_forces_paired_or_independent():
    t = load(ff.xlsx_independent())
    roles = columns.guess_roles(t)
    (metric,) = extract(t, mapping_from_roles(t, roles, design=PAIRED))
    assert metric.design == PAIRED and len(metric.before) == 7 and np.isnan(metric.after[-1])
    t2 = load(ff.xlsx_multi_pair())
    forced = mapping_from_roles(t2, columns.guess_roles(t2), design=INDEPENDENT)
    assert forced.layout == INDEPENDENT
    assert all(m.design == INDEPENDENT for m in extract(t2, forced))


def test_remap_keeps_other_roles():
    from itastats.read.layouts import remap
    t = load(ff.xlsx_multi_pair())
    m = remap(t, guess_mapping(t), roles={"ค่าใช้จ่าย ก่อน": "other", "ค่าใช้จ่าย หลัง": "other"})
    assert [p.name for p in m.pairs] == ["เวลา"] and m.case_id == "รหัสคำขอ"


def test_mapping_from_roles_validates():
    t = load(ff.xlsx_independent())
    with pytest.raises(ValueError):
        mapping_from_roles(t, {"ไม่มีคอลัมน์นี้": "before"})
    with pytest.raises(ValueError):
        mapping_from_roles(t, {t.columns[0]: "ก่อน"})
    with pytest.raises(ValueError):
        mapping_from_roles(t, {}, layout="wide")
    with pytest.raises(ValueError):
        mapping_from_roles(t, {}, design="both")


def test_user_swaps_roles():
    t = load(ff.xlsx_independent())
    a, b = t.columns
    m = mapping_from_roles(t, {a: "after", b: "before"})
    (metric,) = extract(t, m)
    assert metric.before.tolist() == ff.INDEPENDENT_AFTER


# ---------------------------------------------------------------- (c) long

def test_long_layout():
    t = load(ff.xlsx_long())
    m = guess_mapping(t)
    assert m.layout == LONG
    assert (m.metric, m.case_id, m.period, m.value) == ("ตัวชี้วัด", "รหัส", "ช่วง", "ค่า")
    days, cost = extract(t, m)
    assert (days.name, days.unit, days.design) == ("ระยะเวลา", "วัน", PAIRED)
    assert days.case_ids == ("D1", "D2", "D3")
    assert days.before.tolist() == [5, 6, 7] and days.after.tolist() == [2, 2.5, 3]
    assert days.rows_after.tolist() == [5, 7, 6]        # aligned by case id
    assert (cost.name, cost.unit, cost.design) == ("ค่าใช้จ่าย", "บาท", INDEPENDENT)
    assert cost.before.tolist() == [300, 320] and cost.after.tolist() == [100, 110, 90]
    assert [p.key for p in cost.problems] == ["layout.long_not_paired"]


def test_long_without_metric_or_case_and_bad_period():
    data = ff.xlsx_from_rows([["ช่วง", "ค่า (นาที)"], ["ก่อน", 10], ["ก่อน", 12], ["หลัง", 5],
                              ["ระหว่าง", 7], ["after", 6]], title="เวลารอ")
    t = load(data)
    m = guess_mapping(t)
    assert m.layout == LONG
    (metric,) = extract(t, m)
    assert metric.name == "เวลารอ" and metric.unit == "นาที" and metric.design == INDEPENDENT
    assert metric.before.tolist() == [10, 12] and metric.after.tolist() == [5, 6]
    assert [(p.key, p.row) for p in metric.problems] == [("cell.bad_period", 5)]


def test_long_metric_names_merged_down():
    data = ff.xlsx_from_rows([["ตัวชี้วัด", "ช่วง", "ค่า"], ["เวลา", "ก่อน", 5], [None, "ก่อน", 6],
                              [None, "หลัง", 2], ["ค่าใช้จ่าย", "ก่อน", 100], [None, "หลัง", 40]])
    t = load(data)
    names = [m.name for m in extract(t, guess_mapping(t))]
    assert names == ["เวลา", "ค่าใช้จ่าย"]


# ---------------------------------------------------------------- (d) aggregate

def test_aggregate_layout():
    t = load(ff.xlsx_aggregate())
    m = guess_mapping(t)
    assert m.layout == AGGREGATE and m.metric == "ตัวชี้วัด" and m.unit == "หน่วยนับ"
    metrics = extract(t, m)
    got = [(x.name, x.unit, x.before.tolist(), x.after.tolist(), x.lower_is_better)
           for x in metrics]
    assert got == [
        ("ปริมาณกระดาษ", "แผ่น", [12000.0], [3500.0], True),
        ("ค่าใช้จ่ายต่อเอกสาร", "บาท", [85.0], [30.0], True),
        ("จำนวนขั้นตอน", "ขั้นตอน", [9.0], [4.0], True),
        ("ระยะเวลาดำเนินการ", "วัน", [7.0], [2.0], True),
        ("ความพึงพอใจ", "คะแนน", [3.2], [4.5], False),
    ]
    assert all(x.design == AGGREGATE and x.rows_before.tolist() == [i]
               for i, x in enumerate(metrics, start=3))


def test_aggregate_blank_and_bad_cells():
    data = ff.xlsx_from_rows([["ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"], ["กระดาษ", "แผ่น", 100, None],
                              ["เวลา", "วัน", "สาม", 2], ["ขั้นตอน", "ขั้นตอน", 5, "3 ชั่วโมง"]])
    metrics = extract(load(data), guess_mapping(load(data)))
    assert [keys_at(x) for x in metrics] == [
        [("cell.blank_aggregate", 2, "หลัง")],
        [("cell.not_a_number", 3, "ก่อน")],
        [("cell.unit_mismatch", 4, "หลัง")],
    ]


# ---------------------------------------------------------------- other formats end to end

def test_csv_cp874_end_to_end():
    t = table(read_workbook(ff.csv_bytes("cp874", ";"), "ข้อมูล.csv"))
    (metric,) = extract(t, guess_mapping(t))
    assert metric.name == "เวลา" and metric.unit == "นาที"
    assert metric.before.tolist() == ff.CSV_BEFORE and metric.after.tolist() == ff.CSV_AFTER
    assert metric.sheet == "ข้อมูล"


def test_xls_end_to_end():
    pytest.importorskip("xlwt")
    t = table(read_workbook(ff.xls_paired(), "a.xls"))
    (metric,) = extract(t, guess_mapping(t))
    assert metric.before.tolist() == [15, 20, 18, 25] and metric.unit == "นาที"


def test_big_sheet_is_fast():
    import time
    n = 20_000
    rows = [["รายงาน"], ["เลขที่", "ก่อน (นาที)", "หลัง (นาที)"]] + \
        [[f"R{i}", 10.0 + i % 7, 5.0 + i % 3] for i in range(n)]
    wb = read_workbook(ff.xlsx_from_rows(rows), "big.xlsx")
    start = time.perf_counter()
    t = table(wb)
    (metric,) = extract(t, guess_mapping(t))
    assert time.perf_counter() - start < 1.0
    assert len(metric.before) == n and metric.case_ids[-1] == f"R{n - 1}"


# ---------------------------------------------------------------- inspect

def test_inspect_json_shape():
    out = inspect_workbook(read_workbook(ff.xlsx_all_layouts(), "all.xlsx"))
    json.dumps(out, ensure_ascii=False)   # plain data only
    sheets = {s["name"]: s for s in out["sheets"]}
    assert list(sheets) == ["เวลาอนุมัติ", "บริการ", "เวลาให้บริการ", "ข้อมูลแบบยาว", "สรุปผล",
                            "คำอธิบาย"]
    first = sheets["เวลาอนุมัติ"]
    assert (first["header_row"], first["rows"], first["layout"]) == (4, 8, "paired")
    assert {"name": "ระยะเวลาอนุมัติ ก่อน (วัน)", "letter": "D", "role": "before"} in first["columns"]
    for problem in first["problems"]:
        assert set(problem) >= {"row", "column", "message", "key", "severity"}
        assert "{" not in problem["message"]
    assert [p["row"] for p in first["problems"]] == [8, 10, 12, 14, 15, 17]
    assert [s["layout"] for s in out["sheets"]] == ["paired", "paired", "independent", "long",
                                                    "aggregate", None]
    notes = sheets["คำอธิบาย"]
    assert notes["header_row"] is None and notes["problems"][0]["severity"] == "error"
    assert len(sheets["สรุปผล"]["metrics"]) == 5


def test_inspect_header_override_and_thai():
    out = inspect_workbook(read_workbook(ff.xlsx_paired(), "a.xlsx"), lang="th",
                           header_rows={"เวลาอนุมัติ": 4})
    assert out["sheets"][0]["header_row"] == 4
    assert "แถว" in out["sheets"][0]["problems"][0]["message"]


# ---------------------------------------------------------------- the catalog

def test_every_message_key_used_is_in_the_catalog():
    root = Path(__file__).resolve().parents[2] / "itastats" / "read"
    used = set()
    for name in ("reading.py", "layouts.py", "columns.py", "cells.py", "inspect.py"):
        used |= set(re.findall(r'"((?:read|cell|layout)\.[a-z_]+)"', (root / name).read_text()))
    assert used
    for key in sorted(used):
        assert catalog.has(key), key
        texts = catalog.CATALOG[key]
        assert texts.get("th") and texts.get("en"), key


def test_sheet_mapping_is_frozen():
    m = SheetMapping(None, {})
    with pytest.raises(Exception):
        m.layout = PAIRED  # type: ignore[misc]


def test_a_running_number_is_not_a_case_id_for_two_lists():
    # two client lists typed side by side under ลำดับ 1..n: the before list ends early
    from itastats.read.layouts import extract, guess_mapping
    from itastats.read.reading import read_workbook, table
    lines = ["ลำดับ,เวลาก่อน (นาที),เวลาหลัง (นาที)"]
    for i in range(1, 8):
        lines.append(f"{i},{40 + i if i <= 4 else ''},{10 + i}")
    t = table(read_workbook("\n".join(lines).encode(), "two_lists.csv"))
    [m] = extract(t, guess_mapping(t))
    assert m.design == "independent"
    assert len(m.before[~np.isnan(m.before)]) == 4 and len(m.after) == 7


def test_a_real_case_id_keeps_pairs_even_when_one_side_is_missing_at_the_end():
    from itastats.read.layouts import extract, guess_mapping
    from itastats.read.reading import read_workbook, table
    text = "เลขที่หนังสือ,ก่อน (วัน),หลัง (วัน)\nA-17,5,2\nB-03,6,3\nC-11,7,\n"
    t = table(read_workbook(text.encode(), "pairs.csv"))
    [m] = extract(t, guess_mapping(t))
    assert m.design == "paired"


def test_workflow_ignores_roles_of_columns_that_are_gone_and_explains_a_misfit():
    from itastats.criteria.options import SheetOptions
    from itastats.criteria.workflow import analyze_file
    text = "เลขที่,ก่อน (วัน),หลัง (วัน)\nA,5,2\nB,6,3\nC,7,3\n".encode()
    stale = SheetOptions(roles=(("old column", "before"),))
    [sheet] = analyze_file(text, "a.csv", {"a": stale}).sheets
    assert sheet.error is None and sheet.metrics              # the stale role is ignored
    misfit = SheetOptions(layout="long", roles=(("ก่อน (วัน)", "other"), ("หลัง (วัน)", "other")))
    [sheet] = analyze_file(text, "a.csv", {"a": misfit}).sheets
    assert sheet.error is not None and sheet.error.key in ("workflow.mapping_does_not_fit", "workflow.no_metrics") \
        or not sheet.metrics
