"""Pre-test / post-test scores (5.3.2): reading, matching, R-pinned statistics."""
from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

import learning_fixtures as F
from itastats.read import columns
from itastats.i18n import catalog
from itastats.criteria import learning
from itastats.criteria.kpi import Source
from itastats.read.problems import InputError, describe
from learning_fixtures import SHIFT, SLEEP_POST, SLEEP_PRE

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _keys(problems):
    return [p.key for p in problems]


# ---------------------------------------------------------------- statistics against R


def test_sleep_as_scores_gives_r_paired_t_and_wilcoxon():
    # R: t.test(sleep$extra[11:20], sleep$extra[1:10], paired = TRUE)
    #    t = 4.0621, df = 9, p-value = 0.002833, 95 % CI 0.7001142 2.4598858, mean difference 1.58
    # R: wilcox.test(group2, group1, paired = TRUE, conf.int = TRUE)  (R 4.2–4.5)
    #    V = 45, p-value = 0.009091 (normal approximation, ties and one zero)
    # The sheet holds every value + 2 (scores are not negative): differences unchanged.
    sheet = learning.read_scores(F.sleep_sheet(), "sleep.xlsx")
    assert sheet.pre.tolist() == pytest.approx([x + SHIFT for x in SLEEP_PRE])
    assert sheet.post.tolist() == pytest.approx([x + SHIFT for x in SLEEP_POST])
    r = learning.analyze_learning([sheet], method="parametric")
    t = r.metric.comparison.parametric
    assert t.name == "paired_t"
    assert t.statistic == pytest.approx(4.0621, abs=5e-5)
    assert t.df == 9
    assert t.pvalue == pytest.approx(0.002833, abs=5e-7)
    assert (t.ci_low, t.ci_high) == pytest.approx((0.7001142, 2.4598858), abs=5e-8)
    w = r.metric.comparison.rank
    assert w.statistic == 45
    assert w.pvalue == pytest.approx(0.009091, abs=5e-7)
    assert r.metric.design == "paired" and r.metric.metric.lower_is_better is False
    assert r.metric.name == "คะแนนทดสอบ" and r.metric.unit == "คะแนน"
    assert r.metric.comparison.chosen == "parametric"
    assert r.n_paired == r.n_pre == r.n_post == 10 and r.matched_by == "row"
    assert r.missing_pre == r.missing_post == ()


def test_sleep_given_directly_without_shift():
    rows = np.arange(2, 12)
    sheet = learning.ScoreSheet("s.xlsx", "S", tuple(f"p{i}" for i in range(10)), rows,
                                np.array(SLEEP_PRE), np.array(SLEEP_POST), name_column="ชื่อ",
                                pre_column="ก่อน", post_column="หลัง")
    r = learning.analyze_learning([sheet])
    assert r.metric.comparison.parametric.statistic == pytest.approx(4.0621276833820366, rel=1e-12)
    assert r.mean_gain == pytest.approx(1.58)
    assert r.normalized_gain is None and r.max_score is None       # no full marks: no <g>
    assert r.metric.metric.rows_before.tolist() == rows.tolist()


def test_gain_normalised_gain_and_pass_rates_by_hand():
    sheet = learning.read_scores(F.sleep_sheet(), "sleep.xlsx")
    assert sheet.max_score == 10                     # "(เต็ม 10)" in the header
    r = learning.analyze_learning([sheet], threshold=4)
    # mean pre = 0.75 + 2 = 2.75, mean post = 2.33 + 2 = 4.33, gain 1.58
    # Hake <g> = (4.33 − 2.75) / (10 − 2.75) = 1.58 / 7.25 = 0.2179310...
    assert r.mean_pre == pytest.approx(2.75)
    assert r.mean_post == pytest.approx(4.33)
    assert r.mean_gain == pytest.approx(1.58)
    assert r.normalized_gain == pytest.approx(1.58 / 7.25)
    # pre + 2 ≥ 4: 5.4, 5.7, 4.0 -> 3 of 10; post + 2 ≥ 4: 6.4, 7.5, 6.6, 5.4 -> 4 of 10
    assert r.passed_pre_pct == pytest.approx(30.0)
    assert r.passed_post_pct == pytest.approx(40.0)
    # with full marks set by the user the gain follows it: 1.58 / (20 − 2.75)
    r20 = learning.analyze_learning([sheet], max_score=20)
    assert r20.normalized_gain == pytest.approx(1.58 / 17.25) and r20.max_score == 20
    assert r20.passed_pre_pct is None


def test_normalised_gain_none_when_everyone_had_full_marks():
    sheet = learning.ScoreSheet("a.xlsx", "S", ("ก", "ข"), np.array([2, 3]), np.array([10.0, 10.0]),
                                np.array([10.0, 10.0]), name_column="ชื่อ", pre_column="ก่อน",
                                post_column="หลัง", max_score=10)
    r = learning.analyze_learning([sheet])
    assert r.normalized_gain is None and r.mean_gain == 0


# ---------------------------------------------------------------- two sheets, matched by person


def test_two_sheets_matched_by_name_despite_titles_and_spaces():
    pre = learning.read_scores(F.pre_sheet(), "pretest.xlsx")
    post = learning.read_scores(F.post_sheet(), "posttest.xlsx")
    assert pre.sides == ("pre",) and post.sides == ("post",)
    assert pre.name_column == "ชื่อ - นามสกุล" and pre.id_column is None   # "ที่" is not an ID
    r = learning.analyze_learning([pre, post], threshold=12)
    assert r.matched_by == "name"
    assert r.n_paired == 5 and r.n_pre == 7 and r.n_post == 6
    assert set(r.metric.metric.case_ids) == {"สมหญิง รักดี", "สมชาย ใจดี", "วิชัย เก่งมาก",
                                             "John Smith", "มาลี มีสุข"}
    assert r.missing_pre == ("มาแต่ หลังเรียน",)
    assert set(r.missing_post) == {"คนแรก ไม่มาหลัง", "ขาด สอบหลัง"}
    # pairs: (10, 14) (12, 15) (8, 13) (15, 18) (11, 12)
    assert r.mean_pre == pytest.approx(56 / 5) and r.mean_post == pytest.approx(72 / 5)
    # <g> = (14.4 − 11.2) / (20 − 11.2) = 3.2 / 8.8
    assert r.max_score == 20 and r.normalized_gain == pytest.approx(3.2 / 8.8)
    assert r.passed_pre_pct == pytest.approx(40.0) and r.passed_post_pct == pytest.approx(100.0)
    # differences 4, 3, 5, 3, 1: mean 3.2, sd √2.2, t = 3.2 / √(2.2 / 5)
    t = r.metric.comparison.parametric
    assert t.statistic == pytest.approx(3.2 / math.sqrt(2.2 / 5)) and t.df == 4
    # Excel rows of each pair on its own sheet (header on row 2)
    m = r.metric.metric
    pairs = dict(zip(m.case_ids, zip(m.rows_before.tolist(), m.rows_after.tolist())))
    assert pairs["สมชาย ใจดี"] == (4, 3) and pairs["John Smith"] == (6, 6)
    assert m.file == "pretest.xlsx + posttest.xlsx" and r.files == ("pretest.xlsx", "posttest.xlsx")
    assert "learning.matched_by_name" in _keys(r.problems)


def test_two_sheets_matched_by_id_column_when_both_have_one():
    pre = F.xlsx([["รหัสพนักงาน", "ชื่อ-สกุล", "Pre-test"],
                  ["E01", "นายเอ หนึ่ง", 5], ["E02", "นายบี สอง", 6], ["E03", "นายซี สาม", 7]])
    post = F.xlsx([["รหัสพนักงาน", "ชื่อ-สกุล", "Post-test"],
                   ["e01", "A. One", 8], ["E 02", "B. Two", 9], ["E04", "D. Four", 9]])
    a = learning.read_scores(pre, "a.xlsx")
    b = learning.read_scores(post, "b.xlsx")
    assert a.id_column == "รหัสพนักงาน" and a.ids == ("e01", "e02", "e03")
    r = learning.analyze_learning([a, b])
    assert r.matched_by == "id" and r.n_paired == 2
    assert r.metric.metric.before.tolist() == [5, 6] and r.metric.metric.after.tolist() == [8, 9]
    assert r.missing_post == ("ซี สาม",) and r.missing_pre == ("D. Four",)


def test_two_sheets_of_one_workbook_and_side_from_sheet_name():
    data = F.workbook({"ก่อนเรียน": [["ชื่อ", "คะแนน"], ["ก ข", 3], ["ค ง", 4]],
                       "หลังเรียน": [["ชื่อ", "คะแนน"], ["ก ข", 5], ["ค ง", 8]]})
    a = learning.read_scores(data, "scores.xlsx", sheet="ก่อนเรียน")
    b = learning.read_scores(data, "scores.xlsx", sheet=1)
    assert a.sides == ("pre",) and b.sides == ("post",)
    assert "learning.side_from_sheet.pre" in _keys(a.problems)
    r = learning.analyze_learning([b, a])              # order does not matter when sides are known
    assert r.mean_pre == pytest.approx(3.5) and r.mean_post == pytest.approx(6.5)


def test_unsaid_sides_follow_upload_order_with_a_note():
    a = learning.read_scores(F.xlsx([["ชื่อ", "คะแนน"], ["ก ข", 3], ["ค ง", 4]]), "first.xlsx")
    b = learning.read_scores(F.xlsx([["ชื่อ", "คะแนน"], ["ก ข", 5], ["ค ง", 8]]), "second.xlsx")
    assert a.side_guessed and b.side_guessed
    r = learning.analyze_learning([a, b])
    assert r.mean_pre == pytest.approx(3.5) and r.mean_post == pytest.approx(6.5)
    assert {"learning.side_assumed.pre", "learning.side_assumed.post"} <= set(_keys(r.problems))
    forced = learning.read_scores(F.xlsx([["ชื่อ", "คะแนน"], ["ก ข", 5]]), "x.xlsx", side="post")
    assert forced.sides == ("post",) and not forced.side_guessed


def test_duplicate_person_in_one_sheet_keeps_the_first_with_a_warning():
    pre = learning.read_scores(F.xlsx([["ชื่อ-สกุล", "ก่อนอบรม"], ["นายก ไก่", 4], ["ก  ไก่", 9],
                                       ["นายข ไข่", 5]]), "p.xlsx")
    post = learning.read_scores(F.xlsx([["ชื่อ-สกุล", "หลังอบรม"], ["ก ไก่", 6], ["ข ไข่", 7]]), "q.xlsx")
    r = learning.analyze_learning([pre, post])
    dup = [p for p in r.problems if p.key == "learning.duplicate_person"]
    assert len(dup) == 1 and dup[0].row == 3 and dup[0].params["first"] == 2
    assert r.metric.metric.before.tolist() == [4, 5]


# ---------------------------------------------------------------- reading rules


@pytest.mark.parametrize("header, expected", [
    ("คะแนนก่อนเรียน (20 คะแนน)", 20), ("Pre-test (เต็ม 30)", 30), ("ก่อนอบรม /25", 25),
    ("คะแนนก่อน (คะแนนเต็ม ๔๐)", 40), ("Pretest (out of 15)", 15), ("คะแนนก่อนเรียน", None),
])
def test_max_score_from_header(header, expected):
    data = F.xlsx([["ชื่อ", header, "หลังเรียน"], ["ก ข", 5, 6], ["ค ง", 7, 8]])
    assert learning.read_scores(data, "m.xlsx").max_score == expected


def test_max_score_from_title_row_and_from_fraction_cells():
    titled = F.xlsx([["แบบทดสอบก่อน-หลังอบรม (คะแนนเต็ม 20 คะแนน)"], [],
                     ["ชื่อ", "ก่อนอบรม", "หลังอบรม"], ["ก ข", 5, 16], ["ค ง", 7, 18]])
    assert learning.read_scores(titled, "t.xlsx").max_score == 20
    fractions = F.xlsx([["ชื่อ", "ก่อนอบรม", "หลังอบรม"], ["ก ข", "5/20", "16/20"], ["ค ง", "7/20", "18/20"]])
    s = learning.read_scores(fractions, "f.xlsx")
    assert s.max_score == 20 and s.pre.tolist() == [5, 7] and s.post.tolist() == [16, 18]


def test_absent_thai_digits_and_bad_cells():
    data = F.xlsx([["ลำดับ", "ชื่อ-สกุล", "คะแนนก่อนเรียน (10 คะแนน)", "คะแนนหลังเรียน (10 คะแนน)"],
                   [1, "นายก ใจดี", "๔", "๘"],
                   [2, "นางข รักดี", "ขาดสอบ", 7],
                   [3, "น.ส.ค มีสุข", 5, "-"],
                   [4, "นายง ดีมาก", "ห้า", 9],
                   [5, "นายจ เกิน", 6, 12],
                   [6, "นายฉ ลบ", -1, 4],
                   [7, "", "", ""]])
    s = learning.read_scores(data, "bad.xlsx")
    assert s.pre[0] == 4 and s.post[0] == 8                    # Thai digits
    assert np.isnan(s.pre[1]) and np.isnan(s.post[2])           # ขาดสอบ / "-": missing, no warning
    by_key = {p.key: p for p in s.problems}
    assert set(by_key) == {"learning.not_a_score", "learning.above_max", "learning.negative_score"}
    text = by_key["learning.not_a_score"]
    assert (text.row, text.column, text.file, text.sheet) == (5, "คะแนนก่อนเรียน (10 คะแนน)", "bad.xlsx", "Sheet1")
    assert text.params["value"] == "ห้า"
    assert (by_key["learning.above_max"].row, by_key["learning.above_max"].column) == (6, "คะแนนหลังเรียน (10 คะแนน)")
    assert by_key["learning.negative_score"].row == 7
    described = describe(text, "th")
    assert "แถว 5" in described and "ห้า" in described and "bad.xlsx" in described
    r = learning.analyze_learning([s])
    assert r.n_paired == 1
    assert r.missing_pre == ("ข รักดี", "ง ดีมาก", "ฉ ลบ") and r.missing_post == ("ค มีสุข", "จ เกิน")


def test_user_max_score_drops_higher_scores_with_row_and_column():
    s = learning.read_scores(F.xlsx([["ชื่อ", "ก่อนเรียน", "หลังเรียน"], ["ก ข", 5, 9], ["ค ง", 6, 12],
                                     ["จ ฉ", 4, 7]]), "u.xlsx")
    assert s.max_score is None
    r = learning.analyze_learning([s], max_score=10)
    over = [p for p in r.problems if p.key == "learning.above_max"]
    assert [(p.row, p.column) for p in over] == [(3, "หลังเรียน")]
    assert r.n_paired == 2 and r.missing_post == ("ค ง",)
    with pytest.raises(ValueError):
        learning.analyze_learning([s], max_score=0)


def test_first_and_last_name_columns_are_joined():
    s = learning.read_scores(F.xlsx([["คำนำหน้า", "ชื่อ", "นามสกุล", "Pre", "Post"],
                                     ["นาย", "สมชาย", "ใจดี", 3, 4], ["นาง", "มาลี", "มีสุข", 5, 6]]), "n.xlsx")
    assert s.names == ("สมชาย ใจดี", "มาลี มีสุข")


def test_no_score_column_names_file_and_sheet():
    data = F.xlsx([["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง"], [1, "นายก ใจดี", "นักวิชาการ"]], title="รายชื่อ")
    with pytest.raises(InputError) as err:
        learning.read_scores(data, "names.xlsx")
    p = err.value.problem
    assert p.key == "learning.no_score_column" and p.file == "names.xlsx" and p.sheet == "รายชื่อ"
    assert "names.xlsx" in describe(p, "en") and "รายชื่อ" in describe(p, "th")


def test_only_one_test_and_unmatchable_sheets_are_refused():
    pre = learning.read_scores(F.pre_sheet(), "pre.xlsx")
    with pytest.raises(InputError) as err:
        learning.analyze_learning([pre])
    assert err.value.problem.key == "learning.need_both.pre"
    with pytest.raises(InputError):
        learning.analyze_learning([])
    no_names = learning.read_scores(F.xlsx([["ลำดับ", "Post-test"], [1, 5], [2, 6]]), "x.xlsx")
    assert no_names.name_column is None
    with pytest.raises(InputError) as err:
        learning.analyze_learning([pre, no_names])
    assert err.value.problem.key == "learning.cannot_match" and err.value.problem.file == "x.xlsx"


def test_one_pair_gives_numbers_but_no_test():
    s = learning.read_scores(F.xlsx([["ชื่อ", "ก่อนเรียน", "หลังเรียน"], ["ก ข", 5, 9], ["ค ง", 6, ""]]), "o.xlsx")
    r = learning.analyze_learning([s])
    assert r.n_paired == 1 and r.mean_gain == 4
    assert r.metric.comparison.error == "compare.too_few_pairs"


def test_sources_for_the_kpi_scorecard():
    r = learning.analyze_learning([learning.read_scores(F.pre_sheet(), "a.xlsx"),
                                   learning.read_scores(F.post_sheet(), "b.xlsx")], threshold=12)
    got = {s.key: s for s in learning.sources(r)}
    assert set(got) == {"learning:post_mean", "learning:gain_pct", "learning:passed_post_pct"}
    assert all(isinstance(s, Source) for s in got.values())
    assert got["learning:post_mean"].value == pytest.approx(14.4)
    assert got["learning:gain_pct"].value == pytest.approx((14.4 - 11.2) / 11.2 * 100)
    assert got["learning:gain_pct"].unit == "%"
    assert got["learning:passed_post_pct"].value == pytest.approx(100.0)
    assert learning.sources(None) == []
    for s in got.values():
        assert catalog.has(s.label_key)


# ---------------------------------------------------------------- header words and the CLI


@pytest.mark.parametrize("header, period", [
    ("คะแนนก่อนเรียน", "before"), ("คะแนนหลังเรียน", "after"), ("ก่อนอบรม", "before"),
    ("หลังการอบรม", "after"), ("คะแนนก่อน", "before"), ("คะแนนหลัง", "after"),
    ("Pre-test", "before"), ("Post-test", "after"), ("pretest", "before"), ("posttest", "after"),
    ("Pre", "before"), ("Post", "after"),
])
def test_pre_post_test_header_words(header, period):
    assert columns.split_header(header).period == period


@pytest.mark.parametrize("pre, post", [
    ("คะแนนก่อนเรียน", "คะแนนหลังเรียน"), ("ก่อนอบรม", "หลังอบรม"), ("คะแนนก่อน", "คะแนนหลัง"),
    ("Pre-test", "Post-test"), ("pretest", "posttest"), ("Pre", "Post"),
])
def test_cli_compare_finds_the_pre_post_pair(tmp_path, pre, post):
    path = tmp_path / "prepost.xlsx"
    path.write_bytes(F.sleep_sheet(pre, post, titles=False))
    out = subprocess.run([sys.executable, "-m", "itastats", "compare", str(path), "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    payload = json.loads(out.stdout)
    assert len(payload["metrics"]) == 1
    m = payload["metrics"][0]
    assert m["design"] == "paired" and m["n_before"] == 10
    assert m["parametric"]["statistic"] == pytest.approx(4.0621, abs=5e-5)
    assert m["parametric"]["pvalue"] == pytest.approx(0.002833, abs=5e-7)
    # the headers said which is which: no "order assumed" note
    assert [p["key"] for p in payload["problems"] if p["severity"] != "info"] == []
