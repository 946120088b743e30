import datetime as dt
import re
import string

import pytest

from itastats.i18n import fmt, catalog
from itastats.read.problems import Problem, describe


@pytest.mark.parametrize("p, text", [
    (0.0009999, "p < .001"), (0.001, "p = .001"), (0.002833, "p = .003"),
    (0.07939, "p = .079"), (0.214, "p = .214"), (0.9996, "p = 1.000"), (None, fmt.DASH),
])
def test_p_in_thai_report_style(p, text):
    # STATISTICS.md: "p < .001" below 0.001, otherwise three decimals without the leading zero
    assert fmt.p_value(p) == text


def test_t_with_df_and_real_minus():
    assert fmt.stat_df("t", -15.8712, 27) == "t(27) = \u221215.87"
    assert fmt.stat_df("t", 1.8608, 17.776) == "t(17.78) = 1.86"


def test_numbers_round_half_up_as_excel_and_thai_reports_do():
    assert fmt.num(4.625) == "4.63" and fmt.num(4.615) == "4.62" and fmt.num(2.675) == "2.68"
    assert fmt.num(-4.625) == "\u22124.63" and fmt.num(1234.5, 0) == "1,235"


def test_numbers_and_nan_never_printed():
    assert fmt.num(1250) == "1,250.00"
    assert fmt.smart(12000) == "12,000" and fmt.smart(7.543) == "7.54"
    assert fmt.pct(-67.0556) == "\u221267.06%"
    assert fmt.num(float("nan")) == fmt.DASH and fmt.num(float("inf")) == fmt.DASH
    assert fmt.num(-0.001) == "0.00"  # no "−0.00"


def test_buddhist_era_dates():
    assert fmt.date(dt.date(2026, 11, 24)) == "24 พ.ย. 2569"
    assert fmt.date(dt.date(2026, 11, 24), long=True) == "24 พฤศจิกายน 2569"
    assert fmt.date(dt.date(2026, 11, 24), "en") == "24 Nov 2026"
    assert "2569" in fmt.period(dt.date(2025, 10, 1), dt.date(2026, 9, 30), "en")


LANGUAGE_SPECIFIC_PARAMS = {"nar.pct"}


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_message_has_thai_and_english_with_the_same_placeholders():
    for key, texts in catalog.CATALOG.items():
        assert set(texts) >= {"th", "en"}, key
        assert texts["th"].strip() or key in ("nar.end", "where.sep", "nar.join"), key
        if key in LANGUAGE_SPECIFIC_PARAMS:  # Thai says "ลดลงร้อยละ 67.06", English "(−67.06%)"
            continue
        assert _fields(texts["th"]) == _fields(texts["en"]), key


def test_thai_texts_are_thai():
    """A Thai text either has Thai letters or no English words (only names,
    numbers and placeholders), so no English slips into the Thai interface."""
    thai = re.compile("[\u0e00-\u0e7f]")
    english_word = re.compile(r"\b(the|and|of|to|is|not|no|a|an|with|for)\b", re.I)
    for key, texts in catalog.CATALOG.items():
        th = re.sub(r"\{[^}]*\}", "", texts["th"])
        assert thai.search(th) or not english_word.search(th), key


def test_describe_names_file_sheet_row_and_column_in_each_language():
    p = Problem("internal_error", {"detail": "x"}, file="a.xlsx", sheet="ชีต1", row=7, column="ก่อน")
    th = describe(p, "th")
    en = describe(p, "en")
    for text in (th, en):
        assert "a.xlsx" in text and "ชีต1" in text and "7" in text and "ก่อน" in text
    assert th.startswith("ไฟล์") and en.startswith("file")


def test_unknown_key_and_language_do_not_crash():
    assert catalog.t("no.such.key", "th") == "no.such.key"
    assert catalog.t("where.row", "fr", row=3) == "row 3"
