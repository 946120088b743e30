"""The report to the supervisor (5.4.4): the memo's words, the Word document
and the PDF of the infographics."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest

docx = pytest.importorskip("docx")
from PIL import Image  # noqa: E402

from itastats.i18n import fmt
from itastats.criteria import kpi
from itastats.render import narrative
from itastats.outputs import report
from itastats import sample  # noqa: E402
from itastats.criteria.evidence import collect  # noqa: E402
from itastats.criteria.project import Memo, ProjectInfo  # noqa: E402
from itastats.render.scorecard import value_text  # noqa: E402

MADE_ON = dt.date(2026, 9, 30)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def ev():
    return collect(sample.sample_project(), sample.sample_project_files())


@pytest.fixture(scope="module")
def memo_bytes(ev):
    return report.memo_docx(ev, made_on=MADE_ON)


def _text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


def _png(color=(20, 90, 120), size=(1240, 1754), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, color).save(out, "PNG")
    return out.getvalue()


def _media_boxes(pdf: bytes) -> list[tuple[float, float]]:
    try:
        import pypdf
    except ImportError:
        boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
        return [(float(w), float(h)) for w, h in boxes]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


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
    """Only the statistics' names (t-test...) and user text may be in Latin letters."""
    m = report.memo_paragraphs(ev, made_on=MADE_ON)
    allowed = {"paired", "t-test", "Welch", "Mann-Whitney", "U", "W", "t", "p", "LINE", "normal",
               "approximation", "V"}
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", "\n".join(m.body + m.attachments + (m.closing,))))
    assert words <= allowed, words - allowed


def test_memo_fields_of_the_profile_are_used(ev):
    m = report.memo_paragraphs(ev, made_on=dt.date(2027, 1, 5))
    memo = ev.profile.memo
    assert (m.office, m.ref_no, m.subject, m.to) == (memo.office, memo.ref_no, memo.subject, memo.to)
    assert m.date == memo.date and m.date_text == fmt.date(memo.date, "th", long=True)
    assert m.signature == (f"({memo.signer_name})", memo.signer_position)


def test_empty_memo_fields_get_defaults_from_the_profile(ev):
    from dataclasses import replace
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
    last = m.body[-1]
    assert last.startswith("ในการนี้ โครงการยังไม่มีข้อมูล") and "ผลการสำรวจความพึงพอใจ" in last
    assert not any("ดังนี้" in b for b in m.body)      # nothing announced that does not follow
    assert m.signature[0].startswith("(....")
    assert "สรุปผลการดำเนินโครงการ (อินโฟกราฟิก)" not in m.attachments
    text = _text(report.memo_docx(ev, made_on=MADE_ON))
    assert "บันทึกข้อความ" in text and "ยังไม่มีข้อมูล" in text
    assert "None" not in text and "nan" not in text
    en = report.memo_paragraphs(ev, lang="en", made_on=MADE_ON)
    assert en.body[-1].startswith("No results are available yet")


def test_english_memo_says_the_same_facts(ev):
    th = report.memo_paragraphs(ev, made_on=MADE_ON)
    en = report.memo_paragraphs(ev, lang="en", made_on=MADE_ON)
    assert en.title == "Memorandum" and en.closing == "For your information."
    assert len(en.body) == len(th.body) and en.levels == th.levels
    assert len(en.attachments) == len(th.attachments)
    text = en.text()
    approval = next(r for r in ev.results_541 if r.name == "ระยะเวลาอนุมัติ")
    assert narrative.sentence(approval, "en") in text
    for status in ev.kpis:
        assert value_text(status.measured, status.unit if status.unit == "%" else "") in text
    assert "82.93%" in text and "11.78" in text and "15.41" in text and "very high" in text
    assert "B.E. 2568" in text
    for thai in ("ตามที่", "ในการนี้", "บรรลุเป้าหมาย", "ร้อยละ 8", "คะแนนเต็ม", "จึงเรียน", "สิ่งที่ส่งมาด้วย"):
        assert thai not in text, thai
    assert "Memorandum" in _text(report.memo_docx(ev, lang="en", made_on=MADE_ON))


# ---------------------------------------------------------------- the Word document
def test_docx_opens_and_holds_the_memo(ev, memo_bytes):
    text = _text(memo_bytes)
    assert text.startswith("บันทึกข้อความ")
    for label in ("ส่วนราชการ", "ที่", "วันที่", "เรื่อง", "เรียน", "สิ่งที่ส่งมาด้วย", "จึงเรียนมาเพื่อโปรดทราบ"):
        assert label in text
    for status in ev.kpis:
        assert status.kpi.name in text and value_text(status.measured) in text
    approval = next(r for r in ev.results_541 if r.name == "ระยะเวลาอนุมัติ")
    assert narrative.sentence(approval) in text
    assert "82.93" in text and "11.78" in text and "15.41" in text
    assert "(นางสาวสมใจ ใจดี)" in text
    d = docx.Document(io.BytesIO(memo_bytes))
    assert d.core_properties.author == ev.profile.agency
    assert d.core_properties.title == ev.profile.memo.subject


def test_docx_page_and_paragraph_layout(memo_bytes):
    d = docx.Document(io.BytesIO(memo_bytes))
    s = d.sections[0]
    cm = 360000
    assert (round(s.page_width / cm, 1), round(s.page_height / cm, 1)) == (21.0, 29.7)
    assert (round(s.top_margin / cm, 2), round(s.left_margin / cm, 2), round(s.right_margin / cm, 2)) == \
        (2.5, 3.0, 2.0)
    paras = d.paragraphs
    title = paras[0]
    assert title.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert all(r.bold for r in title.runs) and title.runs[0].font.size.pt == report.TITLE_SIZE
    # header labels bold, their values not
    office = paras[1]
    assert office.runs[0].text == "ส่วนราชการ" and office.runs[0].bold and not office.runs[1].bold
    # the body: first lines indented 2.5 cm
    intro = next(p for p in paras if p.text.startswith("ตามที่"))
    assert round(intro.paragraph_format.first_line_indent / cm, 2) == 2.5
    # the signature block centred on the right half
    sign = next(p for p in paras if p.text == "(นางสาวสมใจ ใจดี)")
    assert sign.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert sign.paragraph_format.left_indent / cm >= 7.5


def test_every_run_is_th_sarabun_new_16_with_the_complex_script_font(memo_bytes):
    xml = zipfile.ZipFile(io.BytesIO(memo_bytes)).read("word/document.xml")
    from lxml import etree
    root = etree.fromstring(xml)
    runs = root.iter(f"{W}r")
    n = 0
    for r in runs:
        text = "".join(x.text or "" for x in r.iter(f"{W}t"))
        rpr = r.find(f"{W}rPr")
        assert rpr is not None, text
        fonts = rpr.find(f"{W}rFonts")
        for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
            assert fonts.get(f"{W}{slot}") == report.FONT, (slot, text)
        assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib), text
        size = {"บันทึกข้อความ": 2 * report.TITLE_SIZE}.get(text, 2 * report.FONT_SIZE)
        assert rpr.find(f"{W}sz").get(f"{W}val") == str(size), text
        assert rpr.find(f"{W}szCs").get(f"{W}val") == str(size), text
        b, bcs = rpr.find(f"{W}b"), rpr.find(f"{W}bCs")
        assert (b is None) == (bcs is None) and (b is None or b.get(f"{W}val") == bcs.get(f"{W}val")), text
        n += 1
    assert n > 40
    # no theme font left anywhere in the styles either: nothing overrides the name
    styles = zipfile.ZipFile(io.BytesIO(memo_bytes)).read("word/styles.xml").decode()
    assert "Theme=" not in styles and "theme=" not in styles
    assert f'w:cs="{report.FONT}"' in styles


# ---------------------------------------------------------------- the PDF
def test_summary_pdf_one_a4_page_per_png():
    pngs = [_png(), _png((200, 60, 40)), _png((0, 0, 0, 0), mode="RGBA"), _png(size=(1080, 1080))]
    pdf = report.summary_pdf(pngs)
    assert pdf.startswith(b"%PDF")
    boxes = _media_boxes(pdf)
    assert len(boxes) == len(pngs)
    for w, h in boxes:
        assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1, (w, h)


def test_summary_pdf_refuses_nothing_and_garbage():
    with pytest.raises(ValueError):
        report.summary_pdf([])
    with pytest.raises(ValueError):
        report.summary_pdf([_png(), b"not a png"])


def test_report_files_for_the_pack(ev):
    pngs = {"a.png": _png(), "b.png": _png((90, 20, 20)), "c.png": _png((20, 90, 20))}
    files = report.report_files(ev, pngs, made_on=MADE_ON)
    assert list(files) == [report.MEMO_FILE, report.SUMMARY_FILE]
    assert report.MEMO_FILE == "บันทึกข้อความรายงานผล.docx" and report.SUMMARY_FILE == "สรุปผลโครงการ.pdf"
    assert len(_media_boxes(files[report.SUMMARY_FILE])) == 3
    text = _text(files[report.MEMO_FILE])
    assert "สรุปผลการดำเนินโครงการ (อินโฟกราฟิก) จำนวน 3 หน้า" in text
    only_memo = report.report_files(ev, {}, made_on=MADE_ON)
    assert list(only_memo) == [report.MEMO_FILE]
    assert "อินโฟกราฟิก" not in _text(only_memo[report.MEMO_FILE])
