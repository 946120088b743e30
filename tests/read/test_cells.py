"""Cell parsing: Thai digits, separators, units, missing marks, Buddhist-era dates."""
from __future__ import annotations

import datetime as dt
import time

import numpy as np
import pandas as pd
import pytest

from itastats.read import cells


def parse(values):
    return cells.parse_numbers(pd.Series(values, dtype=object))


@pytest.mark.parametrize("text, value, unit", [
    ("1,250.00", 1250.0, None),
    ("๑,๒๕๐", 1250.0, None),
    ("๒ วัน", 2.0, "วัน"),
    ("2 วัน", 2.0, "วัน"),
    ("15 นาที", 15.0, "นาที"),
    ("300 บาท", 300.0, "บาท"),
    ("฿300", 300.0, "บาท"),
    ("1,200 แผ่น", 1200.0, "แผ่น"),
    ("3 ขั้นตอน", 3.0, "ขั้นตอน"),
    ("2 ชม.", 2.0, "ชั่วโมง"),
    ("45 mins", 45.0, "นาที"),
    ("(1,200)", -1200.0, None),
    ("\u221215", -15.0, None),
    (" 12\u00a0", 12.0, None),
    ("1.5e3", 1500.0, None),
    ("85%", 85.0, "%"),
    (".5", 0.5, None),
])
def test_numbers_written_as_text(text, value, unit):
    p = parse([text])
    assert p.status[0] == cells.OK
    assert p.values[0] == pytest.approx(value)
    assert p.units[0] == unit
    assert cells.parse_one(text) == (cells.OK, pytest.approx(value), unit)


AGREEMENT_CASES = ["1,250.00", "๒ วัน", "-", "", "   ", None, float("nan"), "abc", 3.5, 7,
                   True, "(1,200)", "฿300", "#DIV/0!", "N/A", "1,2,3", "12 34", "inf",
                   "15 นาที 30 วินาที", dt.date(2025, 1, 1), "\u221215", "85%"]


@pytest.mark.parametrize("repeat", [1, 200])
def test_scalar_and_vector_parsers_agree(repeat):
    p = parse(AGREEMENT_CASES * repeat)
    for i, value in enumerate(AGREEMENT_CASES * repeat):
        status, number, unit = cells.parse_one(value)
        assert status == p.status[i], value
        assert (np.isnan(number) and np.isnan(p.values[i])) or number == p.values[i], value
        assert unit == p.units[i], value


@pytest.mark.parametrize("text", ["-", "–", "—", "N/A", "n/a", "NA", "ไม่มีข้อมูล"])
def test_missing_marks(text):
    p = parse([text])
    assert p.status[0] == cells.MISSING
    assert np.isnan(p.values[0])
    assert p.text[0] == text


@pytest.mark.parametrize("value", ["", "   ", None, float("nan")])
def test_blank(value):
    p = parse([value])
    assert p.status[0] == cells.BLANK and np.isnan(p.values[0])


@pytest.mark.parametrize("value", ["abc", "1,2,3", "12 34", "ประมาณ 5", True, "inf",
                                   dt.date(2025, 1, 1), "15 นาที 30 วินาที"])
def test_not_a_number(value):
    p = parse([value])
    assert p.status[0] == cells.BAD
    assert np.isnan(p.values[0])
    assert p.text[0] is not None


def test_excel_errors():
    p = parse(["#DIV/0!", "#N/A", "#VALUE!"])
    assert (p.status == cells.ERROR_VALUE).all()


def test_real_numbers_and_mixed_column():
    p = parse([1.5, 2, np.int64(3), "4", "", "-", "x"])
    assert p.values[:4].tolist() == [1.5, 2.0, 3.0, 4.0]
    assert p.status.tolist() == [0, 0, 0, 0, cells.BLANK, cells.MISSING, cells.BAD]
    assert p.n_ok == 4


def test_numeric_column_fast_path():
    s = pd.Series([1.0, np.nan, 3.0])
    p = cells.parse_numbers(s)
    assert p.status.tolist() == [cells.OK, cells.BLANK, cells.OK]


def test_str_dtype_column():
    s = pd.Series(["1", "๒", "", "3 วัน"])  # pandas' own string dtype
    p = cells.parse_numbers(s)
    assert p.values[[0, 1, 3]].tolist() == [1.0, 2.0, 3.0]
    assert p.status[2] == cells.BLANK


def test_speed_100k_numeric_strings():
    values = pd.Series([f"{i:,}.5" for i in range(100_000)], dtype=object)
    start = time.perf_counter()
    p = cells.parse_numbers(values)
    assert time.perf_counter() - start < 2.0
    assert p.values[1234] == 1234.5


@pytest.mark.parametrize("unit, canon", [("ชม.", "ชั่วโมง"), ("Minutes", "นาที"),
                                         ("วัน", "วัน"), ("ฉบับ", "ฉบับ"), ("", None)])
def test_canonical_unit(unit, canon):
    assert cells.canonical_unit(unit) == canon


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("value", [
    "15/03/2568", "15/3/2568", "15-03-2568", "15 มี.ค. 2568", "15 มีนาคม 2568", "2568-03-15",
    "2025-03-15", "๑๕/๐๓/๒๕๖๘", "15/03/68", "15 Mar 2025", 45731, 45731.0,
    dt.date(2025, 3, 15), dt.datetime(2025, 3, 15, 9, 30), dt.date(2568, 3, 15),
    "15/03/2568 10:30",
])
def test_dates(value):
    p = cells.parse_dates(pd.Series([value], dtype=object))
    assert p.status[0] == cells.OK, value
    assert str(p.values[0]) == "2025-03-15"


def test_dates_bad_and_missing():
    p = cells.parse_dates(pd.Series(["31/02/2568", "-", "", "พรุ่งนี้", None], dtype=object))
    assert p.status.tolist() == [cells.BAD, cells.MISSING, cells.BLANK, cells.BAD, cells.BLANK]
    assert np.isnat(p.values).all()


def test_be_leap_day():
    # 29 Feb 2567 BE = 29 Feb 2024 CE (a leap year in both)
    p = cells.parse_dates(["29/02/2567"])
    assert str(p.values[0]) == "2024-02-29"


def test_periods():
    got = cells.parse_period(["ก่อน", "หลัง", "ก่อนดำเนินโครงการ", "หลังดำเนินโครงการ",
                              "Before", "after", "pre", "post-test", "ระหว่าง", "", None, 5])
    assert got.tolist() == ["before", "after", "before", "after", "before", "after", "before",
                            "after", None, None, None, None]
