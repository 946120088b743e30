"""Count sentences in Thai report style and English (issue 14, STATISTICS.md wording)."""
from __future__ import annotations

import count_fixtures as cf
from itastats.criteria.workflow import analyze_file
from itastats.render import count_narrative as cn
from itastats.render import narrative


def result_of(data: bytes):
    (r,) = analyze_file(data, "f.xlsx").metrics
    return r


def test_rates_sentence_follows_the_issue_example():
    # issue 14: "จำนวนเรื่องร้องเรียนต่อเดือนลดลงจาก 10.0 เป็น 3.8 เรื่อง (ลดลงร้อยละ 62.5)
    # แตกต่างอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 (Poisson exact test, p < .001)"
    data, _ = cf.monthly_complaints_xlsx()
    th = narrative.sentence(result_of(data), "th")
    assert th.startswith("หลังดำเนินโครงการ จำนวนเรื่องร้องเรียนลดลงจาก 10.0 เหลือ 3.8 เรื่องต่อเดือน "
                         "(ลดลงร้อยละ 62.50; 120 เรื่องใน 12 เดือน เทียบกับ 45 เรื่องใน 12 เดือน)")
    assert "แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05 (Poisson exact test:" in th and th.endswith("p < .001)")
    en = narrative.sentence(result_of(data), "en")
    assert "fell from 10.0 to 3.8 cases per month (\u221262.50%; 120 cases in 12 months against 45" in en
    assert "rate ratio (after/before) = 0.38, 95% CI 0.26 to 0.53, p < .001" in en


def test_yearly_counts_read_as_counts_per_year():
    th = narrative.sentence(result_of(cf.complaints_xlsx()), "th")
    assert "ลดลงจาก 120 เหลือ 45 เรื่องต่อปี (ลดลงร้อยละ 62.50)" in th
    assert "cases per year" in narrative.sentence(result_of(cf.complaints_xlsx()), "en")


def test_proportion_sentence_gives_the_count_and_its_rate_together():
    r = result_of(cf.returned_xlsx())
    th = narrative.sentence(r, "th")
    assert ("สัดส่วนเอกสารที่ถูกส่งกลับแก้ไขลดลงจากร้อยละ 8.75 (35 จาก 400 ฉบับ) "
            "เหลือร้อยละ 1.95 (8 จาก 410 ฉบับ) (ลดลง 6.80 จุดร้อยละ)") in th
    assert "(chi-square test of two proportions: X²(1) = 17.29, p < .001)" in th
    en = narrative.sentence(r, "en")
    assert "from 8.75% (35 of 400 documents) to 1.95% (8 of 410 documents) (fell by 6.80 percentage points)" in en


def test_fisher_headline_shows_the_odds_ratio_and_says_not_significant():
    r = result_of(cf.returned_xlsx(7, 31, 1, 30))
    th = narrative.sentence(r, "th")
    assert "ไม่แตกต่างกันอย่างมีนัยสำคัญทางสถิติ (Fisher's exact test: อัตราส่วนออดส์ (หลัง/ก่อน) = 0.12" in th
    assert "p = .053" in th and "ที่ระดับ .05" not in th
    assert "Fisher's exact test: odds ratio (after/before) = 0.12, 95% CI 0.00 to 1.06, p = .053" in \
        narrative.sentence(r, "en")


def test_paired_sentence_names_the_cases_that_changed():
    th = narrative.sentence(result_of(cf.on_time_xlsx()), "th")
    assert "เพิ่มขึ้นจากร้อยละ 38.33 (23 จาก 60 คำขอ) เป็นร้อยละ 75.00 (45 จาก 60 คำขอ)" in th
    assert "25 คำขอเปลี่ยนเป็น" in th and "3 คำขอเปลี่ยนเป็นไม่" in th
    assert "(McNemar test: X²(1) = 15.75, p < .001)" in th


def test_exact_mcnemar_states_the_discordant_counts():
    data = cf._sheet([["ก่อน \\ หลัง", "ผ่าน", "ไม่ผ่าน"], ["ผ่าน", 12, 7], ["ไม่ผ่าน", 17, 24]], "ผลตรวจ")
    r = result_of(data)
    assert r.counts.name == "mcnemar_exact"
    # binom.test(17, 24): p = 0.063914656639099204
    assert abs(r.counts.pvalue - 0.063914656639099204) < 1e-9
    assert "exact McNemar test: 17 changed to yes, 7 to no, p = .064" in narrative.sentence(r, "en")
    assert "เปลี่ยนเป็นใช่ 17 เปลี่ยนเป็นไม่ใช่ 7 กรณี, p = .064" in narrative.sentence(r, "th")


def test_errors_are_sentences_a_user_can_act_on():
    r = result_of(cf.returned_xlsx(35, 30, 8, 410))
    th = narrative.sentence(r, "th")
    assert th.startswith("เอกสารที่ถูกส่งกลับแก้ไข: จำนวนที่นับได้ (35) มากกว่าจำนวนทั้งหมด (30)")
    assert "(35) is larger than the total (30)" in narrative.sentence(r, "en")


def test_no_events_on_either_side_says_so_with_the_numbers():
    r = result_of(cf.complaints_xlsx(0, 0))
    th = narrative.sentence(r, "th")
    assert "ไม่มีเหตุการณ์เกิดขึ้นเลยทั้งก่อนและหลัง" in th
    assert r.before_value == 0 and r.after_value == 0


def test_rate_text_and_unit_words():
    assert [cn.rate_text(x) for x in (10, 3.75, 0.375, 0.0268, 0, None)] == ["10.0", "3.8", "0.38", "0.027", "0", "\u2014"]
    assert cn.unit_en("เรื่อง/เดือน") == "cases/month" and narrative.unit_text("ฉบับ/วันทำการ", "en") == "documents/working day"
    assert narrative.unit_text("เรื่อง/เดือน", "th") == "เรื่อง/เดือน"


def test_reason_check_and_table_rows():
    r = result_of(cf.returned_xlsx())
    assert "21.23" in cn.reason_sentence(r.counts, "th") and "Yates" in cn.reason_sentence(r.counts, "en")
    assert cn.check_sentence(r.counts, "en").startswith("Check test: Fisher's exact test")
    assert "same conclusion" in cn.check_sentence(r.counts, "en")
    rows = cn.table_rows(r, "th")
    assert rows[0][1:] == ("35", "8") and rows[1][1:] == ("400", "410") and rows[2][1:] == ("8.75", "1.95")
    assert rows[3][1] == "6.17 \u2013 11.96"      # binom.test(35, 400)$conf.int: 0.061703545763249761, 0.11959014333036544


def test_aggregate_that_is_not_a_count_still_says_why_no_test():
    (steps,) = [m for m in analyze_file(cf.returned_aggregate_xlsx(), "f.xlsx").metrics if m.counts is None]
    assert "ทดสอบนัยสำคัญทางสถิติไม่ได้" in narrative.sentence(steps, "th")
