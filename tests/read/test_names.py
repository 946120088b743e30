"""Names as people write them, and the keys they are matched by."""
from __future__ import annotations

import pandas as pd
import pytest

from itastats.read.names import clean_space, display_name, keys_of, person_key, strip_title, unit_key


@pytest.mark.parametrize("written, shown", [
    ("นางสาวสมหญิง  รักดี", "สมหญิง รักดี"),            # title run into the name, two spaces
    ("น.ส. สมหญิง รักดี", "สมหญิง รักดี"),
    ("นาย สมชาย ใจดี", "สมชาย ใจดี"),
    ("ว่าที่ร้อยตรี ดร.สมศักดิ์ ดี", "สมศักดิ์ ดี"),         # stacked titles
    ("สมชาย ใจดี (Somchai J.)", "สมชาย ใจดี"),           # Zoom's "(original name)"
    ("สม\u200bชาย\u00a0 ใจดี （ฝ่าย）", "สมชาย ใจดี"),     # zero-width space, no-break space, full-width brackets
    ("Mr. John  Smith", "John Smith"),
    ("Dr.Smith", "Smith"),
    ("Mrs Smith", "Smith"),
    ("นาย", "นาย"),                                      # only a title: kept, not emptied
    ("(Guest)", "(Guest)"),                              # only brackets: kept
])
def test_display_name(written, shown):
    assert display_name(written) == shown


def test_one_person_one_key_whatever_the_spelling():
    spellings = ["นางสาวสมหญิง  รักดี", "สมหญิง รักดี (Somying R.)", "น.ส. สมหญิง รักดี", "สมหญิงรักดี", " สมหญิง\tรักดี "]
    assert len({person_key(s) for s in spellings}) == 1
    assert person_key("สมหญิง รักดี") != person_key("สมหญิง รักษ์ดี")
    assert person_key("John Smith") == person_key("JOHN  SMITH") == "johnsmith"
    assert person_key("") == "" and person_key(None) == ""


def test_units_match_across_spaces_and_case():
    assert unit_key("กอง คลัง ") == unit_key("กองคลัง")
    assert unit_key("Finance Division") == unit_key("finance  division")
    assert unit_key("กองคลัง") != unit_key("กองแผนงาน")


def test_clean_space_and_strip_title():
    assert clean_space("  a \u00a0\u200b b\n") == "a b"
    assert clean_space(float("nan")) == "" and clean_space(None) == ""
    assert strip_title("นางนวล ดี") == "นวล ดี"          # the known cost of titles run into names: applied alike everywhere


def test_keys_of_applies_once_per_distinct_value():
    calls = []

    def fn(v):
        calls.append(v)
        return v.upper()
    out = keys_of(pd.Series(["a", "b", "a", None, "b"]), fn)
    assert list(out) == ["A", "B", "A", "", "B"]
    assert sorted(calls) == ["a", "b"]
