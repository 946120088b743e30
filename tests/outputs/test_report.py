"""The report to the supervisor (5.4.4): the memo's words and the Word
document, read back with python-docx.  The summary PDF: tests/outputs/test_pdf.py."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import replace

import pytest

docx = pytest.importorskip("docx")
from lxml import etree  # noqa: E402

from itastats.i18n import fmt  # noqa: E402
from itastats.criteria import kpi, value  # noqa: E402
from itastats.render import narrative  # noqa: E402
from itastats.outputs import report  # noqa: E402
from itastats import sample  # noqa: E402
from itastats.criteria.evidence import collect  # noqa: E402
from itastats.criteria.project import Memo, ProfileError, ProjectInfo  # noqa: E402
from itastats.criteria.kpi import value_text  # noqa: E402

MADE_ON = dt.date(2026, 9, 30)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CM = 360000          # EMU in a centimetre


@pytest.fixture(scope="module")
def ev():
    return collect(sample.sample_project(), sample.sample_project_files())


@pytest.fixture(scope="module")
def memo_bytes(ev):
    return report.memo_docx(ev, made_on=MADE_ON)


def _text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


def _with_memo(ev, **fields):
    return replace(ev, profile=replace(ev.profile, memo=replace(ev.profile.memo, **fields)))


def _not_met(ev):
    return [s for s in ev.kpis if s.achieved is False]


# ---------------------------------------------------------------- the words
def test_memo_text_has_every_result(ev):
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    text = m.text()
    assert m.title == "บันทึกข้อความ"
    # each KPI: its name, its measured value as the scorecard rounds it, its verdict
    for status in ev.kpis:
        assert status.kpi.name in text
        number = value_text(status.measured)
        line = next(b for b in m.body if status.kpi.name in b and "เป้าหมาย" in b)
        assert number in line and kpi.status_text(status) in line
        if status.unit == "%":
            assert f"ร้อยละ {number}" in line
    # the approval-time comparison, as the 5.4.1 page words it
    approval = next(r for r in ev.results_541 if r.name == "ระยะเวลาอนุมัติ")
    assert narrative.sentence(approval) in text
    tested = [b for b in m.body if "นัยสำคัญ" in b and b.startswith("2.")]
    assert len(tested) == report.MAX_SENTENCES
    # participation, learning, satisfaction
    assert "82.93" in text and "69 คน" in text and "82 คน" in text
    assert "11.78" in text and "15.41" in text and "30.77" in text and "3.63" in text
    assert "มากที่สุด" in text and "4.28" in text and "85.66" in text and "62 คน" in text
    # activities, communication, awards
    assert "7 ครั้ง" in text and "10 ครั้ง" in text
    assert "เกียรติบัตรหน่วยงานต้นแบบ" in text
    # the register of an official memo, dates in the Buddhist era
    assert m.body[0].startswith("ตามที่") and m.body[0].endswith("นั้น")
    assert m.body[1].startswith("ในการนี้")
    assert m.closing == "จึงเรียนมาเพื่อโปรดทราบ"
    assert "1 ตุลาคม 2568" in text and "30 กันยายน 2569" in text and "2025" not in text
    assert not m.missing


def test_thai_memo_has_no_english_words_of_its_own(ev):
    """Only the statistics' names (t-test, B/C, ROI...) and user text may be in Latin letters."""
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    allowed = {"paired", "t-test", "Welch", "Mann-Whitney", "U", "W", "t", "p", "LINE", "normal",
               "approximation", "V", "B", "C", "ROI"}
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", "\n".join(m.body + m.attachments + (m.closing,) + m.supervisor)))
    assert words <= allowed, words - allowed


def test_memo_fields_of_the_profile_are_used(ev):
    m = report.memo_paragraphs(ev, made_on=dt.date(2027, 1, 5))
    memo = ev.profile.memo
    assert (m.office, m.ref_no, m.subject, m.to) == (memo.office, memo.ref_no, memo.subject, memo.to)
    assert m.date == memo.date and m.date_text == fmt.date(memo.date, "th", long=True)
    assert m.signature == (f"({memo.signer_name})", memo.signer_position)


def test_empty_memo_fields_get_defaults_from_the_profile(ev):
    bare = replace(ev, profile=replace(ev.profile, memo=Memo()))
    m = report.memo_paragraphs(bare, made_on=MADE_ON)
    p = ev.profile
    assert m.office == f"{p.agency} {p.unit}"
    assert m.subject == f"รายงานผลการดำเนินโครงการ {p.name}"
    assert m.to == "หัวหน้าส่วนราชการ"
    assert m.ref_no == ""
    assert m.date == MADE_ON and m.date_text == "30 กันยายน 2569"
    first = p.activities[0]
    assert m.signature == (f"({first.responsible})", first.position)
    # and typed fields win over the defaults
    typed = replace(ev, profile=replace(ev.profile, memo=Memo(to="ผู้อำนวยการ", subject="ขอรายงานผล")))
    m2 = report.memo_paragraphs(typed, made_on=MADE_ON)
    assert (m2.to, m2.subject, m2.office) == ("ผู้อำนวยการ", "ขอรายงานผล", m.office)
    assert "ผู้อำนวยการ" in _text(report.memo_docx(typed, made_on=MADE_ON))


def test_empty_project_says_what_is_missing():
    ev = collect(ProjectInfo(name="x"), {})
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    assert m.subject == "รายงานผลการดำเนินโครงการ x"
    assert set(m.missing) >= {"report.missing.kpis", "report.missing.541", "report.missing.survey",
                              "report.missing.attendance", "report.missing.learning"}
    assert m.body[1].startswith("ในการนี้ โครงการยังไม่มีข้อมูล") and "ผลการสำรวจความพึงพอใจ" in m.body[1]
    # the problems section is still there to fill in, without a number (nothing numbered comes before it)
    assert m.body[2] == "ปัญหา อุปสรรค และข้อเสนอแนะ" and m.body[3].startswith("(ระบุปัญหา")
    assert not any("ดังนี้" in b for b in m.body)      # nothing announced that does not follow
    assert m.signature[0].startswith("(....")
    assert not any(a.startswith("สรุปผลการดำเนินโครงการ") for a in m.attachments)
    assert m.summary == ()                              # nothing for the summary PDF to say
    text = _text(report.memo_docx(ev, made_on=MADE_ON))
    assert "บันทึกข้อความ" in text and "ยังไม่มีข้อมูล" in text
    assert "None" not in text and "nan" not in text
    en = report.memo_paragraphs(ev, lang="en", made_on=MADE_ON)
    assert en.body[1].startswith("No results are available yet")


def test_english_memo_says_the_same_facts(ev):
    th = report.memo_paragraphs(ev, made_on=MADE_ON)
    en = report.memo_paragraphs(ev, lang="en", made_on=MADE_ON)
    assert en.title == "Memorandum" and en.closing == "For your information."
    assert len(en.body) == len(th.body) and en.levels == th.levels
    assert len(en.attachments) == len(th.attachments)
    assert [c for c, _ in en.summary] == [c for c, _ in th.summary]
    text = en.text()
    approval = next(r for r in ev.results_541 if r.name == "ระยะเวลาอนุมัติ")
    assert narrative.sentence(approval, "en") in text
    for status in ev.kpis:
        assert value_text(status.measured, status.unit if status.unit == "%" else "") in text
    assert "82.93%" in text and "11.78" in text and "15.41" in text and "very high" in text
    assert "B.E. 2568" in text and "person-times" in text and "Supervisor's comment and order" in text
    for thai in ("ตามที่", "ในการนี้", "บรรลุเป้าหมาย", "ร้อยละ 8", "คะแนนเต็ม", "จึงเรียน", "สิ่งที่ส่งมาด้วย",
                 "ระบุเหตุผล", "ผู้บังคับบัญชา"):
        assert thai not in text, thai
    assert "Memorandum" in _text(report.memo_docx(ev, lang="en", made_on=MADE_ON))


# ---------------------------------------------------------------- (a) value for money
def test_value_for_money_is_one_paragraph_with_each_figure_and_its_inputs(ev):
    """The figures are value.py's (the page's metrics and the profile's inputs), each with the
    arithmetic an assessor redoes by hand; held against that arithmetic done here."""
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    paragraphs = [b for b in m.body if "ความคุ้มค่า" in b]
    assert len(paragraphs) == 1
    para = paragraphs[0]
    assert m.levels[m.body.index(para)] == 1 and re.match(r"\d+\. ", para)
    p = ev.profile
    v = value.compute(ev.results_541, value.ValueInputs(
        p.cases_per_year, p.staff_cost_per_hour, p.project_cost, p.hours_per_day,
        time_metric="ระยะเวลาให้บริการ", cost_metric="ค่าใช้จ่ายต่อเอกสาร"))
    for name in ("hours_saved_per_year", "time_value_per_year", "savings_per_year", "yearly_benefit",
                 "benefit_cost_ratio", "roi", "payback_months"):
        item = v.item(name)
        assert f"{report.t(item.key, 'th')} = {value.worked(item, 'th')}" in para, name
    # the arithmetic, from the means the 5.4.1 page prints and the profile's inputs
    service = next(r for r in ev.results_541 if r.name == "ระยะเวลาให้บริการ")
    cost = next(r for r in ev.results_541 if r.name == "ค่าใช้จ่ายต่อเอกสาร")
    per_case_h = round((round(service.before_value, 2) - round(service.after_value, 2)) / 60, 4)
    hours = round(per_case_h * 2400, 2)
    benefit = round(hours * 250, 2) + round((round(cost.before_value, 2) - round(cost.after_value, 2)) * 2400, 2)
    assert f"{fmt.smart(hours)} ชั่วโมง/ปี" in para
    assert f"= {fmt.smart(benefit)} บาท/ปี" in para
    assert f"= {fmt.num(benefit / 150000)} เท่า" in para                              # B/C
    assert f"= {fmt.num((benefit - 150000) / 150000 * 100)}%" in para                 # ROI
    assert f"= {fmt.num(150000 / benefit * 12)} เดือน" in para                        # payback
    # the inputs are named, so each number in the formulas can be traced
    assert "2,400 เรื่อง/ปี" in para and "250 บาท/ชั่วโมง" in para and "150,000 บาท" in para
    assert "\u201cระยะเวลาให้บริการ\u201d" in para and "\u201cค่าใช้จ่ายต่อเอกสาร\u201d" in para
    # the workbook's choice of metric on the 5.4.1 page is followed ("—": none)
    no_cost = replace(ev, choices={"value.cost": "—"})
    para2 = next(b for b in report.memo_paragraphs(no_cost, made_on=MADE_ON).body if "ความคุ้มค่า" in b)
    assert "ค่าใช้จ่ายที่ประหยัดได้ต่อปี" not in para2 and "ผลประโยชน์รวมต่อปี = 328,320 บาท/ปี" in para2


def test_value_for_money_without_the_inputs_says_what_is_missing(ev):
    bare = replace(ev, profile=replace(ev.profile, cases_per_year=None, staff_cost_per_hour=None,
                                       project_cost=None))
    m = report.memo_paragraphs(bare, made_on=MADE_ON)
    assert "report.missing.value" in m.missing
    assert "ข้อมูลสำหรับคำนวณความคุ้มค่า" in m.text()
    assert not any("ผลตอบแทนจากการลงทุน" in b for b in m.body)
    # what can be computed without them is still stated
    para = next(b for b in m.body if "ความคุ้มค่า" in b and re.match(r"\d+\. ", b))
    assert "ค่าใช้จ่ายที่ลดลงต่อเรื่อง = 73.94 − 20.84 = 53.10 บาท/เรื่อง" in para


# ---------------------------------------------------------------- (b) reasons for KPIs not met
def test_each_kpi_not_met_has_a_line_for_its_reason(ev):
    missed = _not_met(ev)
    assert missed, "the sample has a KPI not met"
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    blanks = [i for i, b in enumerate(m.body) if b.startswith("เหตุผลที่ยังไม่บรรลุเป้าหมาย (ระบุเหตุผล)")]
    assert len(blanks) == len(missed)
    for i, status in zip(blanks, missed):
        assert status.kpi.name in m.body[i - 1] and "ยังไม่บรรลุเป้าหมาย" in m.body[i - 1]
        assert m.levels[i] == 3
    assert not any("ระบุเหตุผล" in x for _, xs in m.summary for x in xs)     # blanks stay out of the PDF
    # a typed reason replaces the blank, in the memo, the Word file and the summary
    name = missed[0].kpi.name
    typed = _with_memo(ev, kpi_reasons={name: "ระบบเริ่มใช้เต็มรูปแบบเดือนมีนาคม"})
    m2 = report.memo_paragraphs(typed, made_on=MADE_ON)
    assert "เหตุผลที่ยังไม่บรรลุเป้าหมาย ระบบเริ่มใช้เต็มรูปแบบเดือนมีนาคม" in m2.body
    assert "เหตุผลที่ยังไม่บรรลุเป้าหมาย ระบบเริ่มใช้เต็มรูปแบบเดือนมีนาคม" in m2.sentences("5.1.1")
    d = docx.Document(io.BytesIO(report.memo_docx(typed, made_on=MADE_ON)))
    paras = [p for p in d.paragraphs if p.text]
    k = next(i for i, p in enumerate(paras) if p.text.startswith("เหตุผลที่ยังไม่บรรลุ"))
    assert name in paras[k - 1].text
    assert round(paras[k].paragraph_format.first_line_indent / CM, 2) == report.REASON_INDENT
    # a reason saved for a KPI that is met is not printed
    met = next(s for s in ev.kpis if s.achieved)
    assert "ไม่ควรพิมพ์" not in report.memo_paragraphs(
        _with_memo(ev, kpi_reasons={met.kpi.name: "ไม่ควรพิมพ์"}), made_on=MADE_ON).text()


# ---------------------------------------------------------------- (c) problems and suggestions
def test_problems_obstacles_and_suggestions_section(ev):
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    k = m.body.index(next(b for b in m.body if b.endswith("ปัญหา อุปสรรค และข้อเสนอแนะ")))
    assert re.match(r"\d+\. ปัญหา", m.body[k]) and m.levels[k] == 1
    assert m.body[k + 1].startswith("(ระบุปัญหา อุปสรรค และข้อเสนอแนะ)")
    assert m.sentences("5.4.4") == ()
    typed = _with_memo(ev, problems="บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ\n\n  ควรจัดอบรมเพิ่มเติม  ")
    m2 = report.memo_paragraphs(typed, made_on=MADE_ON)
    k = m2.body.index(next(b for b in m2.body if b.endswith("ปัญหา อุปสรรค และข้อเสนอแนะ")))
    assert m2.body[k + 1:k + 3] == ("บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ", "ควรจัดอบรมเพิ่มเติม")
    assert m2.sentences("5.4.4") == ("บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ", "ควรจัดอบรมเพิ่มเติม")
    text = _text(report.memo_docx(typed, made_on=MADE_ON))
    assert "ปัญหา อุปสรรค และข้อเสนอแนะ\nบุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ\nควรจัดอบรมเพิ่มเติม" in text
    # the section comes after the results and before the closing
    assert text.index("ควรจัดอบรมเพิ่มเติม") < text.index("จึงเรียนมาเพื่อโปรดทราบ")


def test_user_text_with_braces_is_printed_as_it_is(ev):
    odd = "{no} {0} {name} }{"
    typed = _with_memo(ev, problems=odd, kpi_reasons={_not_met(ev)[0].kpi.name: odd})
    text = report.memo_paragraphs(typed, made_on=MADE_ON).text()
    assert text.count(odd) == 2


# ---------------------------------------------------------------- (d) the supervisor's block
def test_supervisor_comment_and_order_block_under_the_signature(ev, memo_bytes):
    d = docx.Document(io.BytesIO(memo_bytes))
    paras = d.paragraphs
    sign = next(i for i, p in enumerate(paras) if p.text == "(นางสาวสมใจ ใจดี)")
    head = next(i for i, p in enumerate(paras) if p.text == "ความเห็น/ข้อสั่งการของผู้บังคับบัญชา")
    assert head > sign
    assert all(r.bold for r in paras[head].runs)
    dotted = paras[head + 1:head + 1 + report.SUPERVISOR_LINES]
    for p in dotted:                      # one dotted line across the text width: a right tab with dots
        stops = p.paragraph_format.tab_stops
        assert p.text == "\t" and len(stops) == 1
        assert stops[0].leader == docx.enum.text.WD_TAB_LEADER.DOTS
        assert stops[0].alignment == docx.enum.text.WD_TAB_ALIGNMENT.RIGHT
        assert round(stops[0].position / CM, 1) == 16.0
    rest = [p for p in paras[head + 1 + report.SUPERVISOR_LINES:] if p.text]
    assert [p.text for p in rest] == ["ลงชื่อ " + "." * 35, "(" + "." * 49 + ")", "ตำแหน่ง " + "." * 35,
                                      "วันที่ ........../..................../............"]
    assert all(p.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER and
               p.paragraph_format.left_indent / CM >= 7.5 for p in rest)
    block = paras[head:]
    assert all(p.paragraph_format.keep_with_next for p in block[:-1])      # never split across pages


# ---------------------------------------------------------------- (e) page numbers, (f) the form
def test_page_numbers_centred_at_the_top_from_page_two(memo_bytes):
    d = docx.Document(io.BytesIO(memo_bytes))
    s = d.sections[0]
    assert s.different_first_page_header_footer
    header = s.header._element
    instr = [x.text.strip() for x in header.iter(f"{W}instrText")]
    assert instr == ["PAGE"]
    kinds = [f.get(f"{W}fldCharType") for f in header.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    par = s.header.paragraphs[0]
    assert par.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER and par.text == "- 2 -"
    first = s.first_page_header
    assert not first.is_linked_to_previous
    assert not list(first._element.iter(f"{W}instrText")) and not "".join(p.text for p in first.paragraphs)
    # the header's runs are in the memo's font
    for r in par.runs:
        assert r.font.size.pt == report.FONT_SIZE


def test_docx_page_and_paragraph_layout(memo_bytes):
    d = docx.Document(io.BytesIO(memo_bytes))
    s = d.sections[0]
    assert (round(s.page_width / CM, 1), round(s.page_height / CM, 1)) == (21.0, 29.7)
    assert (round(s.top_margin / CM, 2), round(s.left_margin / CM, 2), round(s.right_margin / CM, 2)) == \
        (2.5, 3.0, 2.0)
    paras = d.paragraphs
    title = paras[0]
    assert title.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert all(r.bold for r in title.runs) and title.runs[0].font.size.pt == 29
    # the form's labels bold 20 pt, their values 16 pt and not bold; "เรียน" is body text
    labels = {"ส่วนราชการ", "ที่", "วันที่", "เรื่อง"}
    seen = set()
    for p in paras[1:4]:
        for r in p.runs:
            if r.text in labels:
                assert r.bold and r.font.size.pt == 20 == report.LABEL_SIZE, r.text
                seen.add(r.text)
            elif r.text.strip():
                assert not r.bold and r.font.size.pt == 16, r.text
    assert seen == labels
    to = paras[4]
    assert to.runs[0].text == "เรียน" and to.runs[0].font.size.pt == 16 and not to.runs[0].bold
    # the body: first lines indented 2.5 cm
    intro = next(p for p in paras if p.text.startswith("ตามที่"))
    assert round(intro.paragraph_format.first_line_indent / CM, 2) == 2.5
    # the signature block centred on the right half
    sign = next(p for p in paras if p.text == "(นางสาวสมใจ ใจดี)")
    assert sign.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert sign.paragraph_format.left_indent / CM >= 7.5


def test_every_run_is_th_sarabun_new_with_the_complex_script_font(memo_bytes):
    zf = zipfile.ZipFile(io.BytesIO(memo_bytes))
    root = etree.fromstring(zf.read("word/document.xml"))
    sizes = {"บันทึกข้อความ": 2 * report.TITLE_SIZE,
             **{label: 2 * report.LABEL_SIZE for label in ("ส่วนราชการ", "ที่", "วันที่", "เรื่อง")}}
    n = 0
    for r in root.iter(f"{W}r"):
        text = "".join(x.text or "" for x in r.iter(f"{W}t"))
        rpr = r.find(f"{W}rPr")
        assert rpr is not None, text
        fonts = rpr.find(f"{W}rFonts")
        for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
            assert fonts.get(f"{W}{slot}") == report.FONT, (slot, text)
        assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib), text
        size = sizes.get(text, 2 * report.FONT_SIZE)
        assert rpr.find(f"{W}sz").get(f"{W}val") == str(size), text
        assert rpr.find(f"{W}szCs").get(f"{W}val") == str(size), text
        b, bcs = rpr.find(f"{W}b"), rpr.find(f"{W}bCs")
        assert (b is None) == (bcs is None) and (b is None or b.get(f"{W}val") == bcs.get(f"{W}val")), text
        n += 1
    assert n > 40
    # no theme font left anywhere in the styles either: nothing overrides the name
    styles = zf.read("word/styles.xml").decode()
    assert "Theme=" not in styles and "theme=" not in styles
    assert f'w:cs="{report.FONT}"' in styles


def test_docx_opens_and_holds_the_memo(ev, memo_bytes):
    text = _text(memo_bytes)
    assert text.startswith("บันทึกข้อความ")
    for label in ("ส่วนราชการ", "ที่", "วันที่", "เรื่อง", "เรียน", "สิ่งที่ส่งมาด้วย", "จึงเรียนมาเพื่อโปรดทราบ"):
        assert label in text
    for status in ev.kpis:
        assert status.kpi.name in text and value_text(status.measured) in text
    approval = next(r for r in ev.results_541 if r.name == "ระยะเวลาอนุมัติ")
    assert narrative.sentence(approval) in text
    assert "82.93" in text and "11.78" in text and "15.41" in text and "455,760" in text
    assert "(นางสาวสมใจ ใจดี)" in text
    d = docx.Document(io.BytesIO(memo_bytes))
    assert d.core_properties.author == ev.profile.agency
    assert d.core_properties.title == ev.profile.memo.subject


# ---------------------------------------------------------------- person-times, the survey's S.D.
def test_activities_count_person_times_not_people(ev):
    th = report.memo_paragraphs(ev, made_on=MADE_ON)
    acts = [e for e in ev.profile.activity_log if not e.is_empty]
    people = fmt.smart(sum(e.people or 0 for e in acts))
    assert f"มีผู้เข้าร่วมรวม {people} คน-ครั้ง" in th.text()
    assert f"{people} คน " not in th.text() and not th.text().count(f"{people} คน\n")
    assert f"{people} person-times" in report.memo_paragraphs(ev, lang="en", made_on=MADE_ON).text()


def test_the_overall_sd_says_which_it_is_and_is_the_same_everywhere(ev):
    """The S.D. of the respondents' mean scores (SPSS: compute the mean per respondent, then
    Descriptives), computed here from the raw answers; the pooled S.D. of all answers differs."""
    import numpy as np
    import pandas as pd
    from openpyxl import load_workbook
    from itastats.outputs.survey_xlsx import thai_table_xlsx
    from itastats.render.survey_infographic import infographic_543
    frame = pd.read_csv(io.BytesIO(sample.sample_project_files()["543"]["05_satisfaction_google_forms.csv"]))
    words = {"มากที่สุด": 5, "มาก": 4, "ปานกลาง": 3, "น้อย": 2, "น้อยที่สุด": 1}
    answers = frame[[c for c in frame.columns if "[" in c]].apply(lambda col: col.map(words)).astype(float)
    per_person = answers.mean(axis=1, skipna=True)
    sd_people = float(np.std(per_person, ddof=1))
    sd_pooled = float(np.nanstd(answers.to_numpy().ravel(), ddof=1))
    assert fmt.num(sd_people) != fmt.num(sd_pooled)          # the two S.D.s differ: the test tells them apart
    sv = ev.survey
    assert fmt.num(sv.overall.sd) == fmt.num(sd_people)
    # the memo
    memo = report.memo_paragraphs(ev, made_on=MADE_ON).text()
    assert f"ส่วนเบี่ยงเบนมาตรฐาน {fmt.num(sd_people)} คำนวณจากคะแนนเฉลี่ยของผู้ตอบแต่ละคน" in memo
    assert f"S.D. {fmt.num(sd_people)} of the respondents' mean scores" in \
        report.memo_paragraphs(ev, lang="en", made_on=MADE_ON).text()
    # the workbook: the overall row, and a note that says which S.D. it is
    ws = load_workbook(io.BytesIO(thai_table_xlsx(sv))).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    overall = next(r for r in rows if r[0] == "ภาพรวม")
    assert overall[3] == round(sd_people, 2)
    assert any(r[0] and str(r[0]).startswith("S.D. ของภาพรวมและรายด้านคำนวณจากคะแนนเฉลี่ยของผู้ตอบแต่ละคน")
               for r in rows)
    # the infographic
    fig = infographic_543(sv, ev.profile, made_on=MADE_ON)
    texts = " ".join(a.text or "" for a in fig.layout.annotations).replace("\xa0", " ")
    assert f"S.D. รายคน = {fmt.num(sd_people)}" in texts


# ---------------------------------------------------------------- the summary's sentences
def test_summary_sentences_per_criterion_are_the_memos_without_numbers(ev):
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    codes = [c for c, _ in m.summary]
    assert codes == [c for c in report.SUMMARY_CODES if c in codes]
    assert codes == ["5.1.1", "5.2.1", "5.3.1", "5.3.2", "5.4.1", "5.4.2", "5.4.3"]
    for code, sentences in m.summary:
        for s in sentences:
            assert not re.match(r"\d+(\.\d+)*\.? ", s), s          # no section numbers
            assert "...." not in s, s                               # no blanks
    body = "\n".join(m.body)
    for s in m.sentences("5.3.2") + m.sentences("5.4.3") + m.sentences("5.1.1"):
        assert s in body                                            # the memo's own sentences
    # every 5.4.1 comparison, where the memo names the first few
    for r in ev.results_541:
        assert narrative.sentence(r) in m.sentences("5.4.1")
    assert any(s.startswith("ผลตอบแทนจากการลงทุน (ROI) = ") for s in m.sentences("5.4.1"))
    assert m.sentences("5.3.1") == ("ดำเนินกิจกรรมตามโครงการแล้ว 7 ครั้ง มีผู้เข้าร่วมรวม 235 คน-ครั้ง",)


# ---------------------------------------------------------------- the project model
def test_memo_reasons_and_problems_round_trip_and_old_projects_open():
    m = Memo(subject="s", kpi_reasons={"ข": " เหตุผล ข ", "ก": "เหตุผล ก", "ว่าง": "  "},
             problems="ปัญหา 1\nปัญหา 2")
    assert m.kpi_reasons == (("ก", "เหตุผล ก"), ("ข", "เหตุผล ข"))
    assert m.reason("ข") == "เหตุผล ข" and m.reason("ค") == ""
    assert Memo.from_dict(m.to_dict()) == m
    p = ProjectInfo(name="x", memo=m)
    assert ProjectInfo.from_json(p.to_json()) == p
    assert p.to_dict()["memo"]["kpi_reasons"] == {"ก": "เหตุผล ก", "ข": "เหตุผล ข"}
    old = {"name": "x", "memo": {"office": "o", "to": "t"}}          # saved before these fields existed
    q = ProjectInfo.from_dict(old)
    assert q.memo.kpi_reasons == () and q.memo.problems == "" and q.memo.office == "o"
    assert Memo(kpi_reasons=[["ก", "x"]]).reason("ก") == "x"
    with pytest.raises(ProfileError) as e:
        ProjectInfo.from_dict({"memo": {"kpi_reasons": ["not a pair"]}})
    assert e.value.field == "memo.kpi_reasons[0]"
    with pytest.raises(ProfileError) as e:
        ProjectInfo.from_dict({"memo": {"problems": 12}})
    assert e.value.field == "memo.problems"


# ---------------------------------------------------------------- reproducible
def test_docx_is_byte_identical_for_the_same_inputs_and_date(ev, memo_bytes, monkeypatch):
    import time
    time.sleep(2.1)                       # a zip entry's time has a 2-second resolution
    again = report.memo_docx(ev, made_on=MADE_ON)
    assert again == memo_bytes
    zf = zipfile.ZipFile(io.BytesIO(memo_bytes))
    assert {i.date_time for i in zf.infolist()} == {(2026, 9, 30, 0, 0, 0)}
    props = docx.Document(io.BytesIO(memo_bytes)).core_properties
    stamp = dt.datetime(2026, 9, 30, 0, 0)
    assert props.created.replace(tzinfo=None) == stamp and props.modified.replace(tzinfo=None) == stamp
    assert props.last_printed is None and props.revision == 1
    # another date, other bytes
    assert report.memo_docx(ev, made_on=dt.date(2026, 10, 1)) != memo_bytes
    # SOURCE_DATE_EPOCH gives the date when none is passed (ev's memo has its own date: take it away)
    undated = _with_memo(ev, date=None)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 9, 30, 15, tzinfo=dt.timezone.utc)
                                                    .timestamp())))
    assert report.build_date() == MADE_ON
    assert report.memo_docx(undated) == report.memo_docx(undated, made_on=MADE_ON)
    assert "30 กันยายน 2569" in _text(report.memo_docx(undated))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert report.build_date() == dt.datetime.now(dt.timezone.utc).date()


def test_report_files_without_pictures_is_only_the_memo(ev):
    only_memo = report.report_files(ev, {}, made_on=MADE_ON)
    assert list(only_memo) == [report.MEMO_FILE]
    assert report.MEMO_FILE == "บันทึกข้อความรายงานผล.docx" and report.SUMMARY_FILE == "สรุปผลโครงการ.pdf"
    assert "อินโฟกราฟิก" not in _text(only_memo[report.MEMO_FILE])
    assert "สรุปผล" not in " ".join(report.memo_paragraphs(ev, made_on=MADE_ON, summary_pages=0).attachments)
