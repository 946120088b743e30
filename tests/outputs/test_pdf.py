"""The summary PDF (itastats.outputs.pdf), read back as a reader would: its
text with poppler's pdftotext (Thai as text, page by page), its pages and
metadata with pdfinfo, its pictures with pdfimages.

These tests print with a real Chromium (CI installs Debian's ``chromium``
and ``poppler-utils``: scripts/test.sh); they are skipped, saying why, only
when either is missing.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from PIL import Image, ImageDraw

from itastats import sample
from itastats.criteria.evidence import collect
from itastats.criteria.project import LogEntry
from itastats.i18n import fmt
from itastats.outputs import pdf, report
from itastats.render import export, narrative

MADE_ON = dt.date(2026, 9, 30)

needs_tools = pytest.mark.skipif(
    export.browser_path() is None or shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs a Chromium (apt-get install chromium) and poppler-utils (apt-get install poppler-utils); "
           "scripts/test.sh installs both")


def _png(label: str, color=(11, 79, 108)) -> bytes:
    """A stand-in A4 infographic (1240 × 1754) with its label drawn on it."""
    im = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 1239, 260), fill=color)
    d.text((60, 100), label, fill="white")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


# named as the evidence pack names its A4 PNGs (pack.plan_figures), in pack order
PNG_NAMES = ("5.1.1_รายละเอียดโครงการ_A4.png", "5.2.1_การสื่อสาร_A4.png", "5.3.1_การดำเนินกิจกรรม_A4.png",
             "5.3.2_การเข้าร่วม_A4.png", "5.3.2_ผลการเรียนรู้_A4.png", "5.4.1_ผลสำเร็จเชิงสถิติ_A4.png",
             "5.4.1_ผลสำเร็จเชิงสถิติ_A4_2.png", "5.4.3_ความพึงพอใจ_A4.png")


@pytest.fixture(scope="module")
def ev():
    return collect(sample.sample_project(), sample.sample_project_files())


@pytest.fixture(scope="module")
def pngs():
    return {name: _png(name[:5]) for name in PNG_NAMES}


@pytest.fixture(scope="module")
def summary(ev, pngs):
    if export.browser_path() is None:
        pytest.skip("no browser")
    return pdf.make_summary(ev, pngs, made_on=MADE_ON)


def _pages_text(data: bytes, tmp_path, name: str = "s.pdf") -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    pages = out.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _info(data: bytes, tmp_path) -> dict[str, str]:
    path = tmp_path / "i.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bare(text: str) -> str:
    """Without any white space: Thai lines wrap between words that have no space between them,
    and pdftotext gives each wrap as a line break; nor hyphens (it joins "Mann-" and "Whitney"
    across a line without one)."""
    return re.sub(r"[\s-]+", "", text)


# ---------------------------------------------------------------- what a reader sees
@needs_tools
def test_the_summary_is_real_thai_text_with_cover_contents_and_page_numbers(ev, summary, tmp_path):
    assert summary.data.startswith(b"%PDF-")
    info = _info(summary.data, tmp_path)
    pages = _pages_text(summary.data, tmp_path)
    assert int(info["Pages"]) == len(pages) == summary.pages
    assert info["Page size"].startswith("594.96 x 841.92") or "(A4)" in info["Page size"]
    assert info["Title"] == "สรุปผลโครงการ สล สุขดี มีคุณธรรม"
    assert info["Tagged"] == "yes"
    # the cover: project, agency, period and date in the Buddhist era, no page number
    cover = _flat(pages[0])
    for words in ("รายงานสรุปผลการดำเนินโครงการ", "สล สุขดี มีคุณธรรม", "สำนักงานสาธารณสุขจังหวัดสุขดี",
                  "1 ต.ค. 2568 – 30 ก.ย. 2569", "ข้อมูล ณ วันที่ 30 กันยายน 2569"):
        assert words in cover, words
    assert "หน้า" not in cover
    # every other page: "หน้า k จาก n" in the footer, and the project's name
    n = len(pages)
    for k, text in enumerate(pages[1:], start=2):
        assert f"หน้า {k} จาก {n}" in _flat(text), k
        assert "สรุปผลโครงการ สล สุขดี มีคุณธรรม" in _flat(text), k
    # the contents page lists each section with the page its heading is on
    contents = _flat(pages[1])
    assert contents.startswith("สารบัญ") or "สารบัญ" in contents
    assert [c for c, _, _ in summary.sections] == ["5.1.1", "5.2.1", "5.3.1", "5.3.2", "5.4.1", "5.4.2", "5.4.3"]
    for code, heading, page in summary.sections:
        assert re.search(rf"{re.escape(code)}\s+{re.escape(heading)}\s+{page}\b", _flat(pages[1])), code
        assert _flat(pages[page - 1]).find(f"{code} {heading}") >= 0, (code, page)
        assert f"{code} {heading}" not in _flat(pages[page - 2]) or page == 3
    assert [h for _, h, _ in summary.sections][:2] == ["รายละเอียดโครงการและตัวชี้วัด", "การสื่อสารโครงการ"]


@needs_tools
def test_the_key_sentences_and_numbers_are_the_memos_and_can_be_found(ev, summary, tmp_path):
    text = _flat("\n".join(_pages_text(summary.data, tmp_path)))
    memo = report.memo_paragraphs(ev, made_on=MADE_ON)
    for code, sentences in memo.summary:
        for s in sentences:
            assert _bare(s) in _bare(text), (code, s)
    # numbers from the results, as the pages print them
    assert "82.93" in text and "455,760" in text and "203.84%" in text and "3.04 เท่า" in text
    approval = next(r for r in ev.results_541 if r.name == "ระยะเวลาอนุมัติ")
    assert _bare(narrative.sentence(approval)) in _bare(text)
    assert _bare(f"ส่วนเบี่ยงเบนมาตรฐาน {fmt.num(ev.survey.overall.sd)} คำนวณจากคะแนนเฉลี่ยของผู้ตอบแต่ละคน") in \
        _bare(text)
    assert "คน-ครั้ง" in text
    # Thai marks are whole (no lost tone marks or split sara am)
    for word in ("ดำเนินการ", "ตัวชี้วัด", "ที่", "ทั่วไป", "ผู้ตอบ", "ความพึงพอใจ"):
        assert word in text, word


@needs_tools
def test_each_infographic_is_in_its_criterions_section(ev, pngs, summary, tmp_path):
    path = tmp_path / "s.pdf"
    path.write_bytes(summary.data)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert len(rows) == len(pngs)
    pages_with_images = [int(r[0]) for r in rows]
    starts = {code: page for code, _, page in summary.sections}
    order = sorted(starts.items(), key=lambda kv: kv[1])
    ends = {code: (order[i + 1][1] - 1 if i + 1 < len(order) else summary.pages) for i, (code, _) in enumerate(order)}
    for name, page in zip(pngs, pages_with_images):
        code = name[:5]
        assert starts[code] <= page <= ends[code], (name, page)
    assert all(int(r[3]) == 1240 and int(r[4]) == 1754 for r in rows)       # the PNGs as they are


# ---------------------------------------------------------------- reproducible
@needs_tools
def test_two_prints_of_the_same_inputs_and_date_are_byte_identical(ev, pngs, summary, monkeypatch):
    assert b"/CreationDate (D:20260930000000+00'00')" in summary.data
    assert b"/ModDate (D:20260930000000+00'00')" in summary.data
    today = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d").encode()
    assert b"(D:" + today not in summary.data or today == b"20260930"
    again = pdf.make_summary(ev, pngs, made_on=MADE_ON)
    assert again.data == summary.data
    # SOURCE_DATE_EPOCH when no date is given
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 9, 30, 8, tzinfo=dt.timezone.utc)
                                                    .timestamp())))
    assert pdf.summary_pdf(ev, pngs) == summary.data


def test_dates_are_replaced_in_place():
    raw = (b"%PDF-1.4\n1 0 obj\n<</CreationDate (D:20261203062501+07'00')\n/ModDate (D:20261203062501+07'00')>>\n"
           b"endobj\ntrailer\n<</ID [<0123ABCD> <0123ABCD>]>>\n")
    out = pdf._reproducible(raw, MADE_ON)
    assert len(out) == len(raw)                                   # the xref offsets stay right
    assert out.count(b"(D:20260930000000+00'00')") == 2
    assert b"0123ABCD" not in out and out == pdf._reproducible(raw, MADE_ON)


# ---------------------------------------------------------------- the pack's files
@needs_tools
def test_report_files_give_the_memo_and_the_pdf_with_its_page_count(ev, pngs, summary, tmp_path):
    files = report.report_files(ev, pngs, made_on=MADE_ON)
    assert list(files) == [report.MEMO_FILE, report.SUMMARY_FILE]
    assert files[report.SUMMARY_FILE] == summary.data
    import docx
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(files[report.MEMO_FILE])).paragraphs)
    assert f"สรุปผลการดำเนินโครงการ พร้อมอินโฟกราฟิก จำนวน {summary.pages} หน้า" in text


@needs_tools
def test_long_sections_run_over_pages_and_the_contents_stay_right(ev, pngs, tmp_path):
    awards = tuple(LogEntry(date=dt.date(2026, 1, 1 + i % 28), title=f"รางวัลที่ {i + 1} ด้านการบริการประชาชนอย่างโปร่งใส",
                            channel="จังหวัดสุขดี") for i in range(45))
    long_ev = replace(ev, profile=replace(ev.profile, awards=awards))
    s = pdf.make_summary(long_ev, pngs, made_on=MADE_ON)
    pages = [_flat(p) for p in _pages_text(s.data, tmp_path)]
    assert len(pages) == s.pages
    start = dict((c, p) for c, _, p in s.sections)
    assert start["5.4.3"] - start["5.4.2"] >= 2                  # the awards take more than a page
    assert "รางวัลที่ 45 ด้านการบริการประชาชนอย่างโปร่งใส" in " ".join(pages)
    assert "5.4.3 ความพึงพอใจ" in pages[start["5.4.3"] - 1]
    assert f"หน้า {start['5.4.3']} จาก {s.pages}" in pages[start["5.4.3"] - 1]
    for k, text in enumerate(pages[1:], start=2):
        assert f"หน้า {k} จาก {s.pages}" in text


@needs_tools
def test_a_very_long_paragraph_is_printed_whole(ev, tmp_path):
    words = [f"ข้อเสนอที่{i:04d}" for i in range(600)]
    one = " ".join(words) + "ไม่มีช่องว่าง" * 120            # ~7,000 characters, the end without a space
    long_ev = replace(ev, profile=replace(ev.profile, memo=replace(ev.profile.memo, problems=one)))
    s = pdf.make_summary(long_ev, {}, made_on=MADE_ON)
    pages = _pages_text(s.data, tmp_path)
    text = _bare("".join(pages))
    assert all(w in text for w in words)                             # nothing hidden by a full page
    assert text.count("ไม่มีช่องว่าง") == 120
    start = dict((c, p) for c, _, p in s.sections)["5.4.4"]
    assert s.pages - start >= 1                                      # it runs over more than one page
    assert all(len(piece) <= pdf.MAX_BLOCK_CHARS for piece in pdf._chunks(one))


# ---------------------------------------------------------------- user text is text
HOSTILE = ('<script>alert(1)</script><img src=x onerror=alert(2)>'
           '</style><style>body{display:none}</style>" ; } @page { x: "\\')


@needs_tools
def test_user_text_cannot_inject_markup_or_css(ev, tmp_path):
    p = replace(ev.profile, name=f"โครงการ {HOSTILE}",
                memo=replace(ev.profile.memo, problems=f"ปัญหา {HOSTILE}"))
    hostile_ev = replace(ev, profile=p)
    s = pdf.make_summary(hostile_ev, {"5.4.3_x_A4.png": _png("x"), f"{HOSTILE}.png": _png("y")}, made_on=MADE_ON)
    pages = _pages_text(s.data, tmp_path)
    text = _flat("\n".join(pages))
    assert _bare(f"โครงการ {HOSTILE}") in _bare(pages[0])         # on the cover, as text
    assert _bare(f"ปัญหา {HOSTILE}") in _bare(text)                  # in 5.4.4, as text
    assert "ปัญหา อุปสรรค และข้อเสนอแนะ" in text and "ความพึงพอใจ" in text   # nothing was hidden
    # the footer (a CSS string) shows the name, shortened to one line, on every page but the cover
    footer = pdf.footer_text(f"สรุปผลโครงการ โครงการ {HOSTILE}")
    assert footer.endswith("\u2026") and len(footer) <= pdf.FOOTER_CHARS
    for page in pages[1:]:
        assert _bare(footer) in _bare(page)
    # the unknown picture went into a last section of its own
    assert [c for c, _, _ in s.sections][-1] == ""


def test_the_html_escapes_user_text_and_allows_nothing_else():
    sheets = [pdf.Sheet("body", (pdf.Block("h", HOSTILE), pdf.Block("p", HOSTILE),
                                 pdf.Block("img", HOSTILE, b"\x89PNG", 10.0)))]
    html_text = pdf.summary_html(sheets, lang="th", title=HOSTILE, footer=HOSTILE, codes=["5.4.4"])
    assert "<script" not in html_text and "<img src=x" not in html_text and "</style><style>" not in html_text
    assert html_text.count("&lt;script&gt;") == 4                   # title, heading, sentence, alt
    assert "default-src 'none'" in html_text and "script-src" not in html_text
    # the footer's CSS string holds no quote, backslash or brace of its own
    footer = re.search(r"@bottom-left \{ content: (\"[^\"]*\");", html_text).group(1)
    assert footer.count('"') == 2 and "{" not in footer and "}" not in footer and ";" not in footer
    assert pdf._css_string("a b") == '"a\\000020b"'


def test_a_picture_that_is_not_a_png_is_refused(ev):
    with pytest.raises(ValueError, match="x.png"):
        pdf.make_summary(ev, {"5.4.3_x.png": b"not a png"}, made_on=MADE_ON)


def test_no_browser_is_said_before_anything_starts(ev, pngs, monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-browser"))
    with pytest.raises(export.ExportError) as e:
        pdf.make_summary(ev, pngs, made_on=MADE_ON)
    assert e.value.key == "export.error.no_browser"


@needs_tools
def test_english_summary(ev, pngs, tmp_path):
    s = pdf.make_summary(ev, pngs, lang="en", made_on=MADE_ON)
    pages = [_flat(p) for p in _pages_text(s.data, tmp_path)]
    assert "Summary of the project's results" in pages[0] and "Data as of 30 Sep 2026" in pages[0]
    assert "Contents" in pages[1] and f"Page 2 of {s.pages}" in pages[1]
    assert "5.4.1 Statistical results and value for money" in " ".join(pages)
    assert "203.84%" in " ".join(pages)
