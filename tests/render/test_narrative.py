"""Narrative wording held against the examples in STATISTICS.md."""
from itastats.render import narrative
from itastats.stats.compare import TestResult

from helpers import comparison, metric, result


def test_significant_paired_sentence_matches_the_house_example():
    # STATISTICS.md: "หลังดำเนินโครงการ ระยะเวลาอนุมัติเอกสารลดลงจากเฉลี่ย 7.54 วัน เหลือ 2.48 วัน
    # (ลดลงร้อยละ 67.06) แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 (paired t-test: t(27) = −15.87, p < .001)"
    c = comparison(mean_before=7.54, mean_after=2.4836,
                   parametric=TestResult("paired_t", statistic=-15.87, df=27, pvalue=1e-14))
    r = result(metric(name="ระยะเวลาอนุมัติเอกสาร"), c)
    th = narrative.sentence(r, "th")
    assert th == ("หลังดำเนินโครงการ ระยะเวลาอนุมัติเอกสารลดลงจากเฉลี่ย 7.54 วัน เหลือ 2.48 วัน "
                  "(ลดลงร้อยละ 67.06) แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 "
                  "(paired t-test: t(27) = \u221215.87, p < .001)")
    en = narrative.sentence(r, "en")
    assert "fell from a mean of 7.54 days to 2.48 days (\u221267.06%)" in en
    assert "statistically significant difference at the .05 level (paired t-test: t(27) = \u221215.87, p < .001)" in en


def test_not_significant_says_so_with_p():
    c = comparison(mean_before=10, mean_after=9,
                   parametric=TestResult("paired_t", statistic=-1.3, df=9, pvalue=0.214))
    th = narrative.sentence(result(metric(), c), "th")
    assert "ไม่แตกต่างกันอย่างมีนัยสำคัญทางสถิติ" in th and "p = .214" in th
    assert "แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ" not in th


def test_rank_test_headline_names_statistic_and_method():
    c = comparison(chosen="rank", rank=TestResult("wilcoxon_signed_rank", statistic=3, pvalue=0.0021, exact=True))
    th = narrative.sentence(result(metric(), c), "th")
    assert "Wilcoxon signed-rank: V = 3, p = .002, ค่า p แบบแม่นตรง" in th      # the method in Thai, too
    assert "Wilcoxon signed-rank: V = 3, p = .002, exact" in narrative.sentence(result(metric(), c), "en")
    c = comparison(chosen="rank", rank=TestResult("wilcoxon_signed_rank", statistic=3, pvalue=0.0021, exact=False))
    assert "ค่า p ประมาณด้วยการแจกแจงปกติ" in narrative.sentence(result(metric(), c), "th")
    assert "normal approximation" in narrative.sentence(result(metric(), c), "en")


def test_aggregate_sentence_says_no_test_is_possible():
    # STATISTICS.md: "กระดาษที่ใช้ต่อเดือนลดลงจาก 12,000 แผ่น เหลือ 2,500 แผ่น (ลดลงร้อยละ 79.17)
    # ข้อมูลมีค่าก่อนและหลังอย่างละหนึ่งค่า จึงทดสอบนัยสำคัญทางสถิติไม่ได้"
    m = metric(name="กระดาษที่ใช้ต่อเดือน", unit="แผ่น", design="aggregate", before=[12000], after=[2500])
    th = narrative.sentence(result(m, None), "th")
    assert th.startswith("กระดาษที่ใช้ต่อเดือนลดลงจาก 12,000 แผ่น เหลือ 2,500 แผ่น (ลดลงร้อยละ 79.17) "
                         "ข้อมูลมีค่าก่อนและหลังอย่างละหนึ่งค่า จึงทดสอบนัยสำคัญทางสถิติไม่ได้")
    en = narrative.sentence(result(m, None), "en")
    assert "12,000 sheets to 2,500 sheets (\u221279.17%)" in en and "no significance test" in en


def test_increase_uses_rise_words():
    c = comparison(mean_before=3.0, mean_after=4.5,
                   parametric=TestResult("paired_t", statistic=5.1, df=27, pvalue=0.0001))
    th = narrative.change_phrase(result(metric(name="คะแนน", unit=None, lower_is_better=False), c), "th")
    assert "เพิ่มขึ้นจากเฉลี่ย 3 เป็น 4.50 (เพิ่มขึ้นร้อยละ 50.00)" in th


def test_effect_size_words_follow_cohen():
    assert narrative.effect_magnitude(TestResult("paired_t", effect_size=-0.85, effect_size_name="cohen_dz")) == "effect.large"
    assert narrative.effect_magnitude(TestResult("paired_t", effect_size=0.3, effect_size_name="cohen_d")) == "effect.small"
    assert narrative.effect_magnitude(TestResult("x", effect_size=0.35, effect_size_name="rank_biserial")) == "effect.medium"
    assert "Cohen's d_z = \u22120.85 (ใหญ่)" in narrative.effect_sentence(
        TestResult("paired_t", effect_size=-0.85, effect_size_name="cohen_dz"), "th")


def test_ci_sentence_shows_achieved_level():
    s = narrative.ci_sentence(TestResult("wilcoxon_signed_rank", ci_low=-3, ci_high=-1, conf_level=0.875), "วัน", "en")
    assert s.startswith("87.5% confidence interval") and "\u22123.00 to \u22121.00 days" in s


def test_a_latin_metric_name_is_not_glued_to_the_thai_verb():
    """Columns named only ก่อน/หลัง in before_after_independent.csv: the metric is
    named after the file, readably, and the Thai sentence keeps a space after it."""
    import dataclasses
    from itastats.criteria.workflow import analyze_file
    from itastats.render import narrative as nar
    data = "ก่อน,หลัง\n" + "\n".join(f"{40 + i % 7},{12 + i % 5}" for i in range(30))
    result = analyze_file(data.encode(), "before_after_independent.csv", {})
    r = result.metrics[0]
    assert r.name == "before after independent"
    assert "before after independent ลดลงจาก" in nar.change_phrase(r, "th")
    thai = dataclasses.replace(r, metric=dataclasses.replace(r.metric, name="ระยะเวลา"))
    assert nar.change_phrase(thai, "th").startswith("ระยะเวลาลดลงจาก")
