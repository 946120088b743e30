"""Activity and communication logs (5.3.1, 5.2.1), channels, and photos."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

import learning_fixtures as F
from itastats.criteria import activities
from itastats.i18n import catalog
from itastats.criteria.activities import channel_counts, channel_key, channel_label, prepare_photo, read_log
from itastats.read.problems import InputError, describe
from itastats.criteria.project import LogEntry

RED, WHITE = (255, 0, 0), (255, 255, 255)


# ---------------------------------------------------------------- logs


def test_activity_log_dates_people_and_rows():
    entries, problems = read_log(F.activity_log(), "กิจกรรม.xlsx", kind="activity")
    assert [e.title for e in entries] == [
        "อบรมการใช้ระบบ e-Sign รุ่นที่ 1", "อบรมการใช้ระบบ e-Sign รุ่นที่ 2", "ประชุมชี้แจง",
        "ถอดบทเรียน", "ติดตามผล", "สรุปผล", "วันที่ผิด"]          # titles and blank row skipped, total left out
    assert [e.date for e in entries] == [
        dt.date(2025, 3, 15),   # 15/03/2568
        dt.date(2025, 3, 16),   # 16 มี.ค. 2568
        dt.date(2025, 3, 17),   # 17 มีนาคม 2568
        dt.date(2025, 3, 20),   # Excel serial 45736
        dt.date(2025, 3, 20),   # a real date cell
        dt.date(2025, 3, 21),   # 2025-03-21 (CE)
        None]                   # 32/13/2568: kept without a date
    assert [e.people for e in entries] == [45, 30, 20, 12, None, 8, None]   # "๓๐ คน", "ประมาณ 20 คน"
    assert entries[0].channel == "ห้องประชุม 1" and entries[0].description == "ภาคเช้า"
    by_key = {p.key: p for p in problems}
    bad = by_key["activities.bad_date"]
    assert (bad.file, bad.sheet, bad.row, bad.column) == ("กิจกรรม.xlsx", "กิจกรรม", 12, "วันที่")
    assert bad.params["value"] == "32/13/2568"
    assert "แถว 12" in describe(bad, "th")
    people = by_key["activities.bad_people"]
    assert (people.row, people.column) == (12, "จำนวนผู้เข้าร่วม (คน)")
    assert by_key["activities.footer_row"].row == 13


def test_communication_log_audience_and_channels():
    entries, problems = read_log(F.communication_log(), "com.xlsx", kind="communication")
    assert problems == ()
    assert len(entries) == 6 and all(isinstance(e, LogEntry) for e in entries)
    assert entries[0].date == dt.date(2024, 10, 1) and entries[0].people == 120
    assert entries[1].people == 85
    assert entries[3].people is None and "บุคลากรทุกคน" in entries[3].description
    counts = channel_counts(entries, lang="en")
    assert counts[0] == ("LINE group", 3, 85 + 40 + 100)             # "กลุ่มไลน์", "line", "LINE, e-mail"
    assert dict((c, (n, p)) for c, n, p in counts) == {
        "LINE group": (3, 225), "Circular letter": (1, 120), "E-mail": (1, 100),
        "Meeting": (1, 60), "Website": (1, 0)}
    th = dict((c, n) for c, n, _ in channel_counts(entries))
    assert th["หนังสือเวียน"] == 1


def test_log_in_csv_with_title_rows_and_english_headers():
    text = ("Activity log 2025\n\nDate,Title,Channel,Participants,Description\n"
            "2025-01-05,Kick-off,Meeting room,30,first\n,,,,\n06/01/2568,Follow-up,LINE,12,\n")
    entries, problems = read_log(text.encode(), "log.csv", kind="activity")
    assert [(e.date, e.title, e.people) for e in entries] == [
        (dt.date(2025, 1, 5), "Kick-off", 30), (dt.date(2025, 1, 6), "Follow-up", 12)]
    assert problems == ()


def test_log_without_title_column_names_file_and_sheet():
    data = F.xlsx([["วันที่", "สถานที่", "จำนวน"], ["15/03/2568", "ห้อง 1", 3]], title="บันทึก")
    with pytest.raises(InputError) as err:
        read_log(data, "log.xlsx", kind="activity")
    p = err.value.problem
    assert (p.key, p.file, p.sheet) == ("activities.no_title_column", "log.xlsx", "บันทึก")
    with pytest.raises(InputError):
        read_log(F.activity_log(), "a.xlsx", kind="meeting")


def test_row_without_title_is_kept_with_a_warning():
    data = F.xlsx([["วันที่", "กิจกรรม", "จำนวนผู้เข้าร่วม"], ["15/03/2568", "", 10], ["16/03/2568", "อบรม", 5]])
    entries, problems = read_log(data, "x.xlsx", kind="activity")
    assert len(entries) == 2 and entries[0].title == "" and entries[0].people == 10
    assert [(p.key, p.row) for p in problems] == [("activities.no_title", 2)]


# ---------------------------------------------------------------- channels


@pytest.mark.parametrize("typed, key", [
    ("line", "line"), ("LINE", "line"), ("ไลน์", "line"), ("กลุ่มไลน์", "line"), ("Line OA", "line"),
    ("ประชุม", "meeting"), ("ประชุมออนไลน์ (Zoom)", "meeting"), ("MS Teams", "meeting"),
    ("หนังสือเวียน", "letter"), ("บันทึกข้อความ", "letter"), ("เว็บไซต์", "website"),
    ("www.example.go.th", "website"), ("e-mail", "email"), ("อีเมล", "email"), ("Email", "email"),
    ("Facebook", "facebook"), ("เพจเฟซบุ๊ก", "facebook"), ("บอร์ดประชาสัมพันธ์", "poster"),
    ("โปสเตอร์", "poster"), ("อื่น ๆ", "other"), ("ออนไลน์", None), ("online", None),
    ("ห้องประชุม 1", None), ("", None),
])
def test_channel_keys(typed, key):
    assert channel_key(typed) == key


def test_channel_labels_in_both_languages():
    assert channel_label("ไลน์", "th") == catalog.t("activities.channel.line", "th")
    assert channel_label("กลุ่มไลน์", "en") == "LINE group"
    assert channel_label("  ห้องประชุม   1 ") == "ห้องประชุม 1"          # a place stays as typed
    assert channel_label("", "en") == "Other"
    assert {c.key for c in activities.CHANNELS} == {"meeting", "letter", "line", "website", "email",
                                                    "facebook", "poster", "other"}
    for c in activities.CHANNELS:
        assert catalog.has(c.label_key) and c.label("en") != c.label("th")


# ---------------------------------------------------------------- photos


def _marked(size=(400, 200)) -> Image.Image:
    """White, with a red square in the top-left corner as stored."""
    im = Image.new("RGB", size, WHITE)
    im.paste(RED, (0, 0, 40, 40))
    return im


def _exif(orientation: int | None = 6, taken: str | None = "2025:03:15 10:20:30") -> Image.Exif:
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    exif.get_ifd(0x8825)[2] = (13.0, 45.0, 0.0)          # a GPS latitude that must not survive
    exif.get_ifd(0x8825)[1] = "N"
    return exif


def _jpeg(im: Image.Image, exif: Image.Exif | None = None) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=95, **({"exif": exif} if exif is not None else {}))
    return buf.getvalue()


def _near(pixel, colour, tol=40) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(pixel, colour))


def test_jpeg_turned_by_exif_orientation_and_date_read():
    photo = prepare_photo(_jpeg(_marked(), _exif(6)), "IMG_0001.JPG")
    # orientation 6: turn 90° clockwise to view, so 400×200 becomes 200×400 and the
    # top-left corner goes to the top-right
    assert (photo.width, photo.height) == (200, 400)
    out = Image.open(io.BytesIO(photo.data))
    assert out.format == "JPEG" and out.size == (200, 400)
    assert _near(out.getpixel((190, 10)), RED) and _near(out.getpixel((10, 10)), WHITE)
    assert _near(out.getpixel((190, 390)), WHITE)
    assert photo.taken == dt.date(2025, 3, 15)
    assert photo.name == "IMG_0001.jpg"


def test_exif_and_gps_removed_from_the_output():
    photo = prepare_photo(_jpeg(_marked(), _exif(1)), "a.jpg")
    out = Image.open(io.BytesIO(photo.data))
    assert len(out.getexif()) == 0 and "exif" not in out.info
    assert b"Exif" not in photo.data[:200] and b"GPS" not in photo.data
    # the original did carry them
    original = Image.open(io.BytesIO(_jpeg(_marked(), _exif(1))))
    assert original.getexif().get_ifd(0x8825)


def test_size_capped_on_the_longer_side():
    photo = prepare_photo(_jpeg(_marked((3000, 1000)), _exif(6)), "big.jpg", max_side=1600)
    assert max(photo.width, photo.height) == 1600
    assert (photo.width, photo.height) == (533, 1600)        # turned, aspect kept
    small = prepare_photo(_jpeg(_marked((300, 100))), "small.jpg", max_side=1600)
    assert (small.width, small.height) == (300, 100) and small.taken is None


def test_png_with_transparency_is_flattened_on_white():
    im = Image.new("RGBA", (100, 60), (0, 0, 0, 0))
    im.paste((255, 0, 0, 255), (0, 0, 20, 20))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    photo = prepare_photo(buf.getvalue(), "logo.png")
    out = Image.open(io.BytesIO(photo.data))
    assert out.mode == "RGB" and (photo.width, photo.height) == (100, 60)
    assert _near(out.getpixel((5, 5)), RED) and _near(out.getpixel((80, 50)), WHITE)
    assert photo.name == "logo.jpg"


def test_heic_from_a_phone():
    pillow_heif = pytest.importorskip("pillow_heif")
    if not pillow_heif.libheif_info().get("encoders", {}).get("x265") and \
            not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("this libheif build cannot write HEIC")
    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    _marked().save(buf, "HEIF", exif=_exif(6).tobytes(), quality=90)
    photo = prepare_photo(buf.getvalue(), "IMG_4242.HEIC")
    assert (photo.width, photo.height) == (200, 400) and photo.taken == dt.date(2025, 3, 15)
    out = Image.open(io.BytesIO(photo.data))
    assert out.format == "JPEG" and _near(out.getpixel((190, 10)), RED, 60)
    assert len(out.getexif()) == 0 and photo.name == "IMG_4242.jpg"


def test_text_file_named_jpg_is_refused_by_name():
    with pytest.raises(InputError) as err:
        prepare_photo("นี่ไม่ใช่รูป".encode(), "photo.jpg")
    p = err.value.problem
    assert p.key == "photo.not_image" and p.params["file"] == "photo.jpg" and p.file == "photo.jpg"
    assert "photo.jpg" in describe(p, "th")
    with pytest.raises(InputError):
        prepare_photo(b"", "empty.jpg")


def test_truncated_jpeg_is_refused():
    data = _jpeg(_marked((800, 600)))
    with pytest.raises(InputError) as err:
        prepare_photo(data[: len(data) // 3], "cut.jpg")
    assert err.value.problem.key in ("photo.damaged", "photo.not_image")


@pytest.mark.parametrize("size", [(200, 200), (120, 100)])   # beyond 2× the limit, and just above it
def test_decompression_bomb_is_refused(monkeypatch, size):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    buf = io.BytesIO()
    Image.new("L", size).save(buf, "PNG")
    with pytest.raises(InputError) as err:
        prepare_photo(buf.getvalue(), "bomb.png")
    assert err.value.problem.key == "photo.too_many_pixels"
    assert err.value.problem.params["file"] == "bomb.png"


def test_file_over_25_mb_is_refused_before_reading():
    with pytest.raises(InputError) as err:
        prepare_photo(b"\xff\xd8" + b"\0" * (25 * 1024 * 1024), "huge.jpg")
    assert err.value.problem.key == "photo.too_large"
