"""The 5.4.2 awards infographic (itastats.render.awards_infographic) in the three sizes."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from itastats import sample
from itastats.criteria.evidence import PAGE_542, collect
from itastats.criteria.project import LogEntry, ProjectInfo
from itastats.render import export
from itastats.render.awards_infographic import MAX_PHOTOS, infographic_542
from itastats.render.figures import FigureError
from itastats.render.infographic import SIZES_PX, _GEOMETRY
from layout_checks import assert_dates_whole, assert_inside_and_apart, ink_in_margins, plain, smallest_text

MADE_ON = dt.date(2026, 9, 30)
SIZES = ("a4", "slide", "square")
needs_browser = pytest.mark.skipif(export.browser_path() is None, reason="no Chromium/Chrome found")
PROJECT = ProjectInfo(name="สล สุขดี มีคุณธรรม", agency="สำนักงานสาธารณสุขจังหวัดสุขดี",
                      start=dt.date(2025, 10, 1), end=dt.date(2026, 9, 30))


def picture(w: int, h: int, colour=(200, 170, 120), fmt: str = "JPEG") -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(buf, fmt)
    return buf.getvalue()


FILES = {"letter.pdf": b"%PDF-1.4 a thank-you letter", "cert.jpg": picture(1600, 1130),
         "plaque.png": picture(900, 1200, (120, 160, 200), "PNG"), "news1.jpg": picture(1600, 900),
         "news2.jpg": picture(1200, 1200), "award2.jpg": picture(800, 600)}
REGISTER = [
    LogEntry(date=dt.date(2026, 3, 10), title="หนังสือขอบคุณการต้อนรับคณะศึกษาดูงาน", channel="สำนักงานสาธารณสุขจังหวัดสุขใจ",
             photos=("letter.pdf",)),
    LogEntry(date=dt.date(2026, 6, 15), title="เกียรติบัตรหน่วยงานต้นแบบด้านคุณธรรมและความโปร่งใส",
             channel="ศูนย์ปฏิบัติการต่อต้านการทุจริต จังหวัดสุขดี", photos=("cert.jpg",)),
    LogEntry(date=dt.date(2026, 7, 2), title="ข่าวเผยแพร่ผลงาน: ลดเวลาอนุมัติเอกสาร", channel="กลุ่มงานประชาสัมพันธ์",
             photos=("news1.jpg", "news2.jpg")),
    LogEntry(date=dt.date(2026, 8, 20), title="โล่รางวัลหน่วยงานบริการดีเด่น", channel="ผู้ว่าราชการจังหวัดสุขดี",
             photos=("plaque.png", "award2.jpg")),
    LogEntry(date=dt.date(2026, 9, 1), title="รางวัลชนะเลิศการประกวดนวัตกรรม", channel="เขตสุขภาพที่ 99"),
    LogEntry(date=None, title="ป้ายแสดงความยินดี"),
    LogEntry(date=dt.date(2026, 9, 2), title="  "),          # no title: left out
]


def card_values(fig) -> dict[str, str]:
    names = [plain(a.text).replace("\n", " ") for a in fig.layout.annotations if a.name == "card_name"]
    values = [plain(a.text) for a in fig.layout.annotations if a.name == "card_value"]
    return dict(zip(names, values))


def test_counts_by_kind_list_and_thumbnails():
    fig = infographic_542(REGISTER, FILES, PROJECT, size="a4", made_on=MADE_ON)
    assert card_values(fig) == {"รางวัล": "2 รายการ", "เกียรติบัตร": "1 รายการ", "หนังสือขอบคุณ": "1 รายการ",
                                "ข่าวเผยแพร่": "1 รายการ"}
    flat = " ".join(plain(a.text).replace("\n", " ") for a in fig.layout.annotations)
    assert "ITA เกณฑ์ 5.4.2" in flat
    assert "ทะเบียนรางวัลและคำชื่นชม (6 รายการ รวมรายการอื่น ๆ 1 รายการ)" in flat     # "ป้ายแสดงความยินดี"
    assert "ล่าสุด 1 ก.ย. 2569" in flat                         # the latest award, Buddhist era
    assert "10 มี.ค. 2569" in flat and "จาก สำนักงานสาธารณสุขจังหวัดสุขใจ" in flat
    assert "ไฟล์ PDF: letter.pdf" in flat                        # a PDF is listed...
    imgs = fig.layout.images
    assert len(imgs) == MAX_PHOTOS == 4                            # ...never drawn; at most four pictures
    assert all(i.source.startswith(("data:image/jpeg;base64,", "data:image/png;base64,")) for i in imgs)
    assert not any("pdf" in i.source for i in imgs)
    # the first picture of each entry first, in date order
    ratios = [round(i.sizex * fig.layout.width / (i.sizey * fig.layout.height), 2) for i in imgs]
    assert ratios == [round(1600 / 1130, 2), round(1600 / 900, 2), round(900 / 1200, 2), 1.0]
    en = infographic_542(REGISTER, FILES, PROJECT, size="slide", lang="en", made_on=MADE_ON)
    assert card_values(en)["Awards"] == "2" and "from เขตสุขภาพที่ 99" in " ".join(
        plain(a.text).replace("\n", " ") for a in en.layout.annotations)


def test_sample_register():
    ev = collect(sample.sample_project(), sample.sample_project_files())
    fig = infographic_542(ev.profile.awards, ev.page_files(PAGE_542), ev.profile, size="square")
    assert card_values(fig) == {"รางวัล": "0 รายการ", "เกียรติบัตร": "1 รายการ", "หนังสือขอบคุณ": "1 รายการ",
                                "ข่าวเผยแพร่": "1 รายการ"}
    assert len(fig.layout.images) == 1
    no_files = infographic_542(ev.profile.awards, None, ev.profile, size="slide")
    assert not no_files.layout.images


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["th", "en"])
def test_text_stays_inside_and_apart(size, lang):
    long_register = REGISTER + [
        LogEntry(date=dt.date(2026, 1, 1) + dt.timedelta(days=7 * i),
                 title=f"หนังสือชื่นชมที่ {i + 1} จากหน่วยงานภาคีเครือข่ายด้านความโปร่งใสและธรรมาภิบาลระดับประเทศ",
                 channel="สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)")
        for i in range(12)]
    for entries in (REGISTER, long_register, REGISTER[:1]):
        fig = infographic_542(entries, FILES, PROJECT, size=size, lang=lang, made_on=MADE_ON,
                              footer_note="ข้อมูลต้นทาง 0123456789ab")
        assert (fig.layout.width, fig.layout.height) == SIZES_PX[size]
        assert_inside_and_apart(fig)
        assert_dates_whole(fig)
        if size == "slide":
            where, px = smallest_text(fig)
            assert px >= 24, (where, px)
        # the thumbnails sit between the cards and the footer, clear of the list
        footer = next(a for a in fig.layout.annotations if a.name == "footer")
        for img in fig.layout.images:
            assert (1 - img.y + img.sizey / 2) * fig.layout.height <= (1 - footer.y) * fig.layout.height


def test_validation():
    with pytest.raises(FigureError) as e:
        infographic_542([], {}, PROJECT)
    assert e.value.key == "att_fig.error.no_entries"
    with pytest.raises(FigureError) as e:
        infographic_542([LogEntry(title=" ")], {}, PROJECT)
    assert e.value.key == "att_fig.error.no_entries"
    with pytest.raises(FigureError) as e:
        infographic_542(REGISTER, ["cert.jpg"], PROJECT)
    assert e.value.key == "att_fig.error.not_photos"
    with pytest.raises(FigureError) as e:
        infographic_542(REGISTER, FILES, "project")
    assert e.value.key == "att_fig.error.not_project"
    with pytest.raises(FigureError) as e:
        infographic_542(REGISTER, FILES, PROJECT, size="screen")
    assert e.value.key == "fig.error.bad_size"


@needs_browser
def test_pngs_in_every_size():
    items = [(infographic_542(REGISTER, FILES, PROJECT, size=size, lang=lang, made_on=MADE_ON), *SIZES_PX[size])
             for size in SIZES for lang in ("th", "en")]
    for (fig, w, h), png in zip(items, export.to_png_batch(items)):
        assert export.png_size(png) == (w, h)
        size = next(k for k, v in SIZES_PX.items() if v == (w, h))
        band = next(s for s in fig.layout.shapes if s.name == "stripe")
        assert ink_in_margins(png, _GEOMETRY[size].pad - 4, round((1 - band.y0) * h) + 2) == 0, size
