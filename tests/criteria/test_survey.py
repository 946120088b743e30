"""itastats.criteria.survey: the three export shapes, scoring, criteria boundaries,
Cronbach's alpha and the group tests against R (R 4.2.2).

R reference values were computed outside the project with
``alpha <- function(m) { m <- m[complete.cases(m), , drop = FALSE]; k <- ncol(m);
k/(k-1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m))) }``, ``wilcox.test(x, y)``
(default: two-sided, normal approximation with continuity and tie correction
when there are ties) and ``kruskal.test(x, g)``, on the answers of the
fixtures in tests/survey_fixtures.py (the R lines are pasted next to each
number).
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from itastats.i18n import catalog
from itastats.criteria import survey
from itastats.read.problems import InputError
from survey_fixtures import (GF_ITEMS, GF_SEX, GF_UNIT, HM_DIMS, HM_HEADER, MS_ITEMS, google_forms_csv,
                             google_scores, handmade_cp874_csv, hm_scores, microsoft_forms_xlsx,
                             ms_scores)


def _expected_item(x):
    s = pd.Series(x).dropna()
    return len(s), s.mean(), s.std(ddof=1), 100 * (s >= 4).mean()


def _no_nan(obj):
    json.dumps(obj, allow_nan=False)   # raises on NaN / inf


# ---------------------------------------------------------------- scoring

@pytest.mark.parametrize("word,score", [
    ("มากที่สุด", 5), ("มาก", 4), ("ปานกลาง", 3), ("น้อย", 2), ("น้อยที่สุด", 1),
    ("พึงพอใจมากที่สุด", 5), ("พึงพอใจมาก", 4), ("พึงพอใจปานกลาง", 3), ("พึงพอใจน้อย", 2),
    ("พึงพอใจน้อยที่สุด", 1), ("เห็นด้วยอย่างยิ่ง", 5), ("เห็นด้วย", 4), ("ไม่เห็นด้วย", 2),
    ("ไม่เห็นด้วยอย่างยิ่ง", 1), ("Very satisfied", 5), ("satisfied", 4), ("NEUTRAL", 3),
    ("Dissatisfied", 2), ("very  dissatisfied ", 1), ("Strongly agree", 5), ("Agree", 4),
    ("Neither agree nor disagree", 3), ("Disagree", 2), ("Strongly disagree", 1),
    ("Excellent", 5), ("Very good", 4), ("Good", 3), ("Fair", 2), ("Poor", 1),
    ("5", 5), ("๔", 4), (3, 3), (2.0, 2), ("5 - มากที่สุด", 5), ("4 (มาก)", 4),
    ("มากที่สุด (5)", 5), ("๕ = มากที่สุด", 5), ("1 - Very dissatisfied", 1),
])
def test_score_words(word, score):
    assert survey.score_word(word) == ("ok", float(score))


@pytest.mark.parametrize("word,status", [
    ("ดีเลิศ", "unknown"), ("1-5 ปี", "unknown"), ("5 ปี", "unknown"), ("", "blank"),
    (None, "blank"), (float("nan"), "blank"), ("-", "blank"), ("6", "out"), (0, "out"),
    (3.5, "out"), ("ชาย", "unknown"),
])
def test_score_not_guessed(word, status):
    assert survey.score_word(word)[0] == status


def test_word_map_validated():
    with pytest.raises(ValueError):
        survey.analyze(pd.DataFrame({"1.1 ก": ["มาก", "น้อย"]}), word_map={"ดีมาก": 6})


# ---------------------------------------------------------------- levels

@pytest.mark.parametrize("mean,level", [
    (5.0, 5), (4.21, 5), (4.20, 4), (4.205, 5), (4.2049, 4), (3.41, 4), (3.40, 3),
    (2.61, 3), (2.60, 2), (1.81, 2), (1.80, 1), (1.0, 1), (4.2149999, 5), (3.405, 4),
])
def test_best_boundaries(mean, level):
    assert survey.level_of(mean, survey.BEST) == level


@pytest.mark.parametrize("mean,level", [
    (4.51, 5), (4.50, 4), (4.505, 5), (3.51, 4), (3.50, 3), (2.51, 3), (2.50, 2),
    (1.51, 2), (1.50, 1), (1.0, 1), (5.0, 5),
])
def test_half_boundaries(mean, level):
    assert survey.level_of(mean, survey.HALF) == level


def test_level_none_and_bad_criteria():
    assert survey.level_of(None) is None
    assert survey.level_of(float("nan")) is None
    with pytest.raises(ValueError):
        survey.level_of(3.0, "other")


def test_level_and_citation_keys_have_text():
    for lv in (1, 2, 3, 4, 5, None):
        key = survey.level_key(lv)
        assert catalog.has(key)
    assert catalog.t(survey.level_key(5), "th") == "มากที่สุด"
    assert catalog.t(survey.level_key(1), "en") == "very low"
    for c in survey.CRITERIA:
        assert catalog.has(survey.criteria_citation_key(c)) and catalog.has(survey.criteria_name_key(c))
    assert "Best, J. W. (1977)" in catalog.t(survey.criteria_citation_key(survey.BEST), "th")
    for v, word in ((0.95, "excellent"), (0.9, "excellent"), (0.85, "good"), (0.72, "acceptable"),
                    (0.6, "questionable"), (0.59, "poor"), (-0.2, "poor"), (None, "none")):
        assert survey.alpha_key(v) == f"survey.alpha.word.{word}"
        assert catalog.has(survey.alpha_key(v))


# ---------------------------------------------------------------- alpha

def test_alpha_against_r_fixed_matrix():
    # R: x <- cbind(c(1,2,3,4,5), c(2,2,3,5,5), c(1,3,3,4,4)); alpha(x) -> 0.953757225433526
    x = np.array([[1, 2, 1], [2, 2, 3], [3, 3, 3], [4, 5, 4], [5, 5, 4]], dtype=float)
    a = survey.cronbach_alpha(x)
    assert a.value == pytest.approx(0.953757225433526, abs=1e-12)
    assert (a.n_used, a.k, a.error) == (5, 3, None)


def test_alpha_errors():
    assert survey.cronbach_alpha(np.array([[1.0], [2.0], [3.0]])).error == "survey.alpha.too_few_items"
    a = survey.cronbach_alpha(np.array([[1.0, np.nan], [2.0, 3.0], [np.nan, 1.0]]))
    assert (a.value, a.n_used, a.error) == (None, 1, "survey.alpha.too_few_rows")
    a = survey.cronbach_alpha(np.array([[3.0, 3.0], [3.0, 3.0], [3.0, 3.0]]))
    assert (a.value, a.error) == (None, "survey.alpha.no_variance")
    for key in ("survey.alpha.too_few_items", "survey.alpha.too_few_rows", "survey.alpha.no_variance"):
        assert catalog.has(key)


# ---------------------------------------------------------------- Google Forms

@pytest.fixture(scope="module")
def google():
    return survey.analyze_file(google_forms_csv(), "responses.csv")


def test_google_roles(google):
    roles = google.roles
    assert roles["Timestamp"] == survey.TIMESTAMP
    assert [c for c, r in roles.items() if r == survey.PROFILE] == ["เพศ", "อายุ", "หน่วยงาน"]
    assert [c for c, r in roles.items() if r == survey.ITEM] == list(GF_ITEMS)
    assert roles["ข้อเสนอแนะเพิ่มเติม"] == survey.OPEN


def test_google_items_by_hand(google):
    assert google.respondents == 10
    scores = google_scores()
    names = ["ความรวดเร็วในการให้บริการ", "ความสุภาพของเจ้าหน้าที่", "ความถูกต้องของเอกสาร",
             "Ease of use", "Speed", "ความพึงพอใจโดยรวมต่อโครงการ"]
    dims = ["ความพึงพอใจต่อการให้บริการ"] * 3 + ["Online system"] * 2 + [None]
    assert [i.name for i in google.items] == names
    assert [i.dimension for i in google.items] == dims
    for j, item in enumerate(google.items):
        n, mean, sd, top2 = _expected_item(scores[:, j])
        assert (item.n, item.mean, item.sd, item.top2_pct) == (n, pytest.approx(mean),
                                                               pytest.approx(sd), pytest.approx(top2))
        assert item.counts == tuple(int((scores[:, j] == p).sum()) for p in range(1, 6))
        assert sum(item.distribution) == pytest.approx(100)
        assert item.level == survey.level_of(mean)
    # item 2: mean 4.30 -> มากที่สุด (Best), มาก (0.50 criteria)
    assert google.items[1].level == 5


def test_google_dimensions_and_overall(google):
    scores = google_scores()
    d1 = scores[:, :3].mean(axis=1)
    d2 = scores[:, 3:5].mean(axis=1)
    (a, b) = google.dimensions
    assert a.name == "ความพึงพอใจต่อการให้บริการ" and len(a.items) == 3
    assert (a.n, a.mean, a.sd) == (10, pytest.approx(d1.mean()), pytest.approx(d1.std(ddof=1)))
    assert (b.mean, b.sd) == (pytest.approx(d2.mean()), pytest.approx(d2.std(ddof=1)))
    o = google.overall
    # R: gm <- rowMeans(g); mean(gm) 3.95, sd(gm) 0.801426197860591
    assert o.n == 10 and o.mean == pytest.approx(3.95) and o.sd == pytest.approx(0.801426197860591)
    assert o.level == 4 and o.pct == pytest.approx(79.0)


def test_google_alpha_against_r(google):
    # R: alpha(g) -> 0.922633349351273 (10 complete rows, 6 items)
    a = google.alpha
    assert a.value == pytest.approx(0.922633349351273, abs=1e-12)
    assert (a.n_used, a.k) == (10, 6)


def test_google_profile(google):
    sex, age, unit = google.profile
    assert sex.question == "เพศ" and sex.n == 10
    assert sex.rows == (("หญิง", 6, 60.0), ("ชาย", 4, 40.0))
    assert [r[0] for r in age.rows] == ["31-40 ปี", "20-30 ปี", "41-50 ปี", "51 ปีขึ้นไป"]
    assert [r[1] for r in age.rows] == [4, 3, 2, 1]
    assert unit.rows[0] == ("กองคลัง", 4, 40.0)


def test_google_group_tests_against_r(google):
    by = {c.by: c for c in google.comparisons}
    # R: wilcox.test(gm[sex=="F"], gm[sex=="M"]) -> W = 9, p = 0.591777647472388
    sex = by["เพศ"]
    assert sex.test == "mann_whitney_u" and sex.statistic == 9.0
    assert sex.pvalue == pytest.approx(0.591777647472388, abs=1e-12)
    assert [g[0] for g in sex.groups] == ["หญิง", "ชาย"]
    gm = google_scores().mean(axis=1)
    assert sex.groups[0][2] == pytest.approx(gm[np.array(GF_SEX) == "หญิง"].mean())
    # R: kruskal.test(gm, factor(unit)) -> H = 1.490797546012273, df 2, p = 0.474545026457095
    unit = by["หน่วยงาน"]
    assert unit.test == "kruskal_wallis" and unit.df == 2
    assert unit.statistic == pytest.approx(1.490797546012273, abs=1e-12)
    assert unit.pvalue == pytest.approx(0.474545026457095, abs=1e-12)
    assert {g[0]: g[1] for g in unit.groups} == {u: GF_UNIT.count(u) for u in set(GF_UNIT)}
    # age: "51 ปีขึ้นไป" has one respondent and is left out with a note
    # R: kruskal.test(gm[keep], factor(age[keep])) -> H = 2.431372549019608, p = 0.296506459629610
    age = by["อายุ"]
    assert [g[0] for g in age.groups] == ["31-40 ปี", "20-30 ปี", "41-50 ปี"]
    assert age.statistic == pytest.approx(2.431372549019608, abs=1e-12)
    assert age.pvalue == pytest.approx(0.296506459629610, abs=1e-12)
    note = [p for p in google.problems if p.key == "survey.groups.small_left_out"]
    assert note and note[0].params["groups"] == "51 ปีขึ้นไป"


def test_google_sentence(google):
    unit = {c.by: c for c in google.comparisons}["หน่วยงาน"]
    th = survey.comparison_sentence(unit, "th")
    assert th == ("ความพึงพอใจของผู้ตอบที่มีหน่วยงานต่างกัน ไม่แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 "
                  "(Kruskal-Wallis H(2) = 1.49, p = .475)")
    assert "does not differ" in survey.comparison_sentence(unit, "en")


def test_google_open_answers_plain(google):
    (block,) = google.open_answers
    assert block.question == "ข้อเสนอแนะเพิ่มเติม"
    # blanks and "-" left out, HTML kept as the typed text
    assert len(block.answers) == 5
    assert "<b>ไม่ควรแสดงเป็น HTML</b>" in block.answers
    assert all(isinstance(a, str) for a in block.answers)


def test_google_json_shape_and_no_nan(google):
    js = survey.result_json(google)
    _no_nan(js)
    assert js["respondents"] == 10
    assert set(js["items"][0]) >= {"name", "dimension", "n", "mean", "sd", "level", "top2_pct"}
    assert set(js["dimensions"][0]) >= {"name", "dimension", "n", "mean", "sd", "level", "top2_pct"}
    assert set(js["overall"]) >= {"mean", "sd", "level", "pct"}
    assert set(js["alpha"]) >= {"value", "n_used", "k"}
    assert js["items"][1]["level"] == "very high" and js["overall"]["level"] == "high"


def test_half_criteria_changes_levels():
    r = survey.analyze_file(google_forms_csv(), "responses.csv", criteria=survey.HALF)
    assert r.criteria == survey.HALF
    assert r.items[1].mean == pytest.approx(4.3) and r.items[1].level == 4   # 4.30 < 4.51
    assert r.items[0].level == 4                                             # 4.00
    assert r.items[2].level == 4                                             # 3.70 >= 3.51


# ---------------------------------------------------------------- unknown words

def test_unknown_word_reported_then_mapped():
    col = "ความพึงพอใจต่อการให้บริการ [ความสะอาด]"
    answers = ["มาก", "ดีมาก", "มากที่สุด", "ดีมาก", "ปานกลาง", "มาก", "มาก", "มากที่สุด", "", "น้อย"]
    data = google_forms_csv(extra={col: answers})
    r = survey.analyze_file(data, "r.csv")
    assert r.roles[col] == survey.ITEM
    assert r.unknown_words == ((col, "ดีมาก", 2),)
    item = [i for i in r.items if i.column == col][0]
    known = [4, 5, 3, 4, 4, 5, 2]
    assert item.n == 7 and item.mean == pytest.approx(np.mean(known))
    assert any(p.key == "survey.unknown_words" for p in r.problems)
    mapped = survey.analyze_file(data, "r.csv", word_map={"ดีมาก": 5})
    assert mapped.unknown_words == ()
    item = [i for i in mapped.items if i.column == col][0]
    assert item.n == 9 and item.mean == pytest.approx(np.mean(known + [5, 5]))


def test_only_unknown_words_does_not_raise():
    frame = pd.DataFrame({"1.1 บริการ": ["ดีมาก", "ดี", "ดีมาก"], "1.2 สถานที่": ["ดี", "ดี", "ดีมาก"]})
    mapping = survey.detect(frame).with_roles({"1.1 บริการ": survey.ITEM, "1.2 สถานที่": survey.ITEM})
    r = survey.analyze(frame, mapping=mapping)
    assert r.respondents == 0 and r.overall.mean is None and r.alpha.value is None
    assert {w for _, w, _ in r.unknown_words} == {"ดีมาก", "ดี"}
    _no_nan(survey.result_json(r))
    r = survey.analyze(frame, mapping=mapping, word_map={"ดีมาก": 5, "ดี": 4})
    assert r.respondents == 3 and r.overall.mean == pytest.approx(np.mean([4.5, 4.0, 5.0]))


# ---------------------------------------------------------------- other scales

def test_seven_point_column_left_out_with_note():
    data = google_forms_csv(extra={"ความพึงพอใจ (1-7)": ["7", "6", "5", "7", "3", "4", "6", "2", "7", "5"]})
    r = survey.analyze_file(data, "r.csv")
    assert r.roles["ความพึงพอใจ (1-7)"] == survey.IGNORE
    note = [p for p in r.problems if p.key == "survey.column_other_scale"]
    assert note and note[0].params["scale"] == "1\u20137"
    assert r.overall.mean == pytest.approx(3.95)            # unchanged


def test_seven_point_as_item_refused():
    data = google_forms_csv(extra={"ความพึงพอใจ (1-7)": ["7", "6", "5", "7", "3", "4", "6", "2", "7", "5"]})
    with pytest.raises(InputError) as exc:
        survey.analyze_file(data, "r.csv", roles={"ความพึงพอใจ (1-7)": survey.ITEM})
    assert exc.value.problem.key == "survey.other_scale"
    assert exc.value.problem.column == "ความพึงพอใจ (1-7)"


def test_only_other_scale_refused():
    frame = pd.DataFrame({"Timestamp": ["a", "b", "c"], "ความพึงพอใจ": [0, 10, 8]})
    with pytest.raises(InputError) as exc:
        survey.analyze(frame)
    assert exc.value.problem.key == "survey.other_scale"
    assert exc.value.problem.params["scale"] == "0\u201310"
    with pytest.raises(InputError) as exc:
        survey.analyze(pd.DataFrame({"ก": [1, 2]}), scale=4)
    assert exc.value.problem.key == "survey.other_scale"


# ---------------------------------------------------------------- Microsoft Forms

@pytest.mark.parametrize("thai", [False, True])
def test_microsoft_forms(thai):
    r = survey.analyze_file(microsoft_forms_xlsx(thai=thai), "ms.xlsx")
    roles = r.roles
    meta = [c for c, role in roles.items() if role in (survey.META, survey.TIMESTAMP)]
    assert len(meta) == 6
    assert [c for c, role in roles.items() if role == survey.ITEM] == list(MS_ITEMS)
    assert roles["สถานภาพ"] == survey.PROFILE and roles["ข้อเสนอแนะ"] == survey.OPEN
    scores = ms_scores()
    assert r.respondents == 8
    assert [i.number for i in r.items] == ["1.1", "1.2", "2.1", "2.2"]
    assert r.items[0].name == "ความชัดเจนของขั้นตอน"
    for j, item in enumerate(r.items):
        n, mean, sd, top2 = _expected_item(scores[:, j])
        assert (item.n, item.mean, item.sd, item.top2_pct) == (n, pytest.approx(mean),
                                                               pytest.approx(sd), pytest.approx(top2))
    # R: mm <- rowMeans(m, na.rm=TRUE); mean 4.291666666666667, sd 0.573903371104474
    assert r.overall.mean == pytest.approx(4.291666666666667)
    assert r.overall.sd == pytest.approx(0.573903371104474)
    assert r.overall.level == 5                      # 4.29 >= 4.21
    # R: alpha(m) -> 0.878552971576227, 7 complete rows (listwise)
    assert r.alpha.value == pytest.approx(0.878552971576227, abs=1e-12)
    assert (r.alpha.n_used, r.alpha.k) == (7, 4)
    # R: wilcox.test(mm[role=="P"], mm[role=="S"]) -> W = 9, p = 0.372455869981370
    (comp,) = r.comparisons
    assert [g[0] for g in comp.groups] == ["ประชาชน", "เจ้าหน้าที่"]
    assert comp.statistic == 9.0 and comp.pvalue == pytest.approx(0.372455869981370, abs=1e-12)
    _no_nan(survey.result_json(r))


# ---------------------------------------------------------------- hand-made cp874

def test_handmade_cp874():
    r = survey.analyze_file(handmade_cp874_csv(), "สรุปผล.csv")
    roles = r.roles
    assert roles["ลำดับ"] == survey.META and roles["เพศ"] == survey.PROFILE
    assert [c for c, role in roles.items() if role == survey.ITEM] == HM_HEADER[2:]
    assert [i.dimension for i in r.items] == HM_DIMS
    assert [i.number for i in r.items] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    # summary rows and the blank rows are not respondents
    assert r.respondents == 12
    assert any(p.key == "read.footer_row" for p in r.problems)
    assert any(p.key == "survey.blank_respondents" for p in r.problems)
    scores = hm_scores()
    for j, item in enumerate(r.items):
        n, mean, sd, top2 = _expected_item(scores[:, j])
        assert (item.n, item.mean, item.sd) == (n, pytest.approx(mean), pytest.approx(sd))
    assert r.items[2].n == 11
    # R: d1 <- rowMeans(h[,1:3], na.rm=TRUE): 3.819444444444445 0.827123326132806
    #    d2 <- rowMeans(h[,4:5], na.rm=TRUE): 3.958333333333333 0.782139644975515
    d1, d2 = r.dimensions
    assert (d1.name, d1.n) == ("ด้านกระบวนการ", 12)
    assert d1.mean == pytest.approx(3.819444444444445) and d1.sd == pytest.approx(0.827123326132806)
    assert d2.mean == pytest.approx(3.958333333333333) and d2.sd == pytest.approx(0.782139644975515)
    # R: hm <- rowMeans(h, na.rm=TRUE); mean 3.879166666666666, sd 0.798139408343878
    assert r.overall.mean == pytest.approx(3.879166666666666)
    assert r.overall.sd == pytest.approx(0.798139408343878)
    assert r.overall.pct == pytest.approx(3.879166666666666 / 5 * 100)
    # R: alpha(h) -> 0.931321540062435 on 11 complete rows
    assert r.alpha.value == pytest.approx(0.931321540062435, abs=1e-12)
    assert (r.alpha.n_used, r.alpha.k) == (11, 5)
    # R: wilcox.test(hm[hs=="F"], hm[hs=="M"]) -> W = 20.5, p = 0.683695106771723
    (comp,) = r.comparisons
    assert comp.statistic == 20.5 and comp.pvalue == pytest.approx(0.683695106771723, abs=1e-12)
    _no_nan(survey.result_json(r))


# ---------------------------------------------------------------- significant case, in memory

def test_significant_groups_against_r():
    a = [(5, 5), (5, 5), (5, 4), (5, 5)]
    b = [(3, 3), (4, 3), (3, 3), (3, 2)]
    c = [(2, 1), (2, 2), (1, 1), (2, 2)]
    rows = a + b + c
    frame = pd.DataFrame({"หน่วยงาน": ["ก"] * 4 + ["ข"] * 4 + ["ค"] * 4,
                          "1.1 บริการ": [r[0] for r in rows], "1.2 สถานที่": [r[1] for r in rows]})
    r = survey.analyze(frame)
    (comp,) = r.comparisons
    # R: x <- c(5,5,4.5,5,3,3.5,3,2.5,1.5,2,1,2); kruskal.test(x, g)
    #    -> H = 10.057142857142857, df = 2, p = 0.006548158403941
    assert comp.statistic == pytest.approx(10.057142857142857, abs=1e-12)
    assert comp.pvalue == pytest.approx(0.006548158403941, abs=1e-12)
    assert survey.comparison_sentence(comp, "th") == (
        "ความพึงพอใจของผู้ตอบที่มีหน่วยงานต่างกัน แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 "
        "(Kruskal-Wallis H(2) = 10.06, p = .007)")
    # two groups: R wilcox.test(c(5,5,4.5,5), c(3,3.5,3,2.5)) -> W = 16, p = 0.025580146726954
    r2 = survey.analyze(frame.iloc[:8])
    (comp,) = r2.comparisons
    assert comp.test == "mann_whitney_u" and comp.statistic == 16.0
    assert comp.pvalue == pytest.approx(0.025580146726954, abs=1e-12)


def test_group_errors_have_text():
    frame = pd.DataFrame({"หน่วยงาน": ["ก", "ข", "ข"], "1.1 ก": [5, 4, 3], "1.2 ข": [4, 4, 3]})
    (comp,) = survey.analyze(frame).comparisons
    assert comp.error == "survey.groups.too_few" and comp.pvalue is None
    assert "ก" not in [g[0] for g in comp.groups] or True
    assert survey.comparison_sentence(comp, "th").startswith("เปรียบเทียบความพึงพอใจตามหน่วยงานไม่ได้")
    frame = pd.DataFrame({"หน่วยงาน": ["ก", "ก", "ข", "ข"], "1.1 ก": [4] * 4, "1.2 ข": [4] * 4})
    r = survey.analyze(frame)
    assert r.comparisons[0].error == "survey.groups.no_variance"
    assert r.alpha.error == "survey.alpha.no_variance"
    assert r.items[0].sd == 0.0
    _no_nan(survey.result_json(r))


# ---------------------------------------------------------------- bad inputs

def test_no_likert_column():
    frame = pd.DataFrame({"ชื่อหน่วยงาน": ["ก", "ข", "ค"], "ความคิดเห็น": ["ดี", "ไม่มี", "ยาวมาก"]})
    with pytest.raises(InputError) as exc:
        survey.analyze(frame)
    assert exc.value.problem.key == "survey.no_items" and catalog.has("survey.no_items")
    data = "Timestamp,เพศ,ข้อเสนอแนะ\n2024/01/01,ชาย,ดี\n2024/01/02,หญิง,ควรปรับปรุง\n".encode()
    with pytest.raises(InputError) as exc:
        survey.analyze_file(data, "x.csv")
    assert exc.value.problem.key == "survey.no_items"


def test_all_blank():
    data = ("Timestamp,เพศ,ความพึงพอใจ [ความรวดเร็ว],ความพึงพอใจ [ความสุภาพ]\n"
            "2024/01/01 10:00,ชาย,,\n2024/01/02 11:00,หญิง,,\n").encode()
    with pytest.raises(InputError) as exc:
        survey.analyze_file(data, "x.csv")
    assert exc.value.problem.key == "survey.all_blank" and catalog.has("survey.all_blank")


def test_raw_frame_footer_rows_left_out():
    frame = pd.DataFrame({"ลำดับ": [1, 2, 3, "ค่าเฉลี่ย", "S.D."],
                          "1.1 ก": [5, 4, 3, 4.0, 1.0], "1.2 ข": [4, 4, 2, 3.33, 1.15]})
    r = survey.analyze(frame)
    assert r.respondents == 3 and r.items[0].mean == pytest.approx(4.0)


def test_every_message_key_has_both_languages():
    from itastats.i18n.messages import survey as msgs
    for key, texts in msgs.MESSAGES.items():
        assert texts.get("th") and texts.get("en"), key


def test_google_forms_words_only():
    """No number anywhere below the header (every answer a word)."""
    import csv
    import io
    rows = list(csv.reader(io.StringIO(google_forms_csv().decode())))
    drop = rows[0].index("ความพึงพอใจโดยรวมต่อโครงการ")
    text = "\n".join(",".join(c for j, c in enumerate(r) if j != drop) for r in rows) + "\n"
    r = survey.analyze_file(text.encode(), "words.csv")
    assert len(r.items) == 5 and r.respondents == 10
    assert r.overall.mean == pytest.approx(google_scores()[:, :5].mean(axis=1).mean())
