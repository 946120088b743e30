"""Activities carried out (5.3.1) and communication to staff (5.2.1): logs,
channels and photos.

* :func:`read_log` reads a sheet of activities ("วันที่ | กิจกรรม | สถานที่ |
  จำนวนผู้เข้าร่วม | รายละเอียด") or of communications ("วันที่ | เรื่อง |
  ช่องทาง | กลุ่มเป้าหมาย | รายละเอียด") into
  :class:`itastats.criteria.project.LogEntry` rows.  Dates may be Buddhist era
  ("15/03/2568", "15 มี.ค. 2568", "15 มีนาคม 2568"), Christian era, Excel
  serial numbers or real date cells; a date that cannot be read is reported
  with its row and column and the entry is kept without a date.
* :func:`channel_label` turns what people type ("line", "ไลน์",
  "กลุ่มไลน์") into one of :data:`CHANNELS`; :func:`channel_counts` counts
  entries and people reached per channel for the charts.
* :func:`prepare_photo` turns a photo as phones take it (jpg, png, heic) into
  a JPEG to store with the project: turned upright by its EXIF orientation,
  at most ``max_side`` pixels on its longer side, every EXIF tag (GPS
  position included) removed, the date it was taken read first.

Examples
--------
>>> channel_label("กลุ่มไลน์", "en"), channel_label("E-mail", "th")
('LINE group', 'อีเมล')
>>> log = "วันที่,กิจกรรม,สถานที่,จำนวนผู้เข้าร่วม\\n15/03/2568,อบรม,ห้องประชุม 1,45\\n".encode()
>>> entries, problems = read_log(log, "log.csv", kind="activity")
>>> entries[0].date, entries[0].title, entries[0].people
(datetime.date(2025, 3, 15), 'อบรม', 45)
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Iterable, Sequence

import numpy as np

from ..read import cells, reading
from ..i18n.catalog import t
from ..read.names import clean_space
from ..read.problems import ERROR, INFO, WARNING, InputError, Problem
from .project import LogEntry

__all__ = ["ACTIVITY", "COMMUNICATION", "KINDS", "Channel", "CHANNELS", "channel_key",
           "channel_label", "channel_counts", "read_log", "merge_log", "log_kind_by_words", "Photo", "prepare_photo",
           "MAX_PHOTO_BYTES"]

ACTIVITY, COMMUNICATION = "activity", "communication"
KINDS = (ACTIVITY, COMMUNICATION)
HEADER_SCAN_ROWS = 30

# ---------------------------------------------------------------- channels


@dataclass(frozen=True)
class Channel:
    """A known communication channel: a stable key and the message key of its label."""
    key: str
    label_key: str

    def label(self, lang: str = "th") -> str:
        return t(self.label_key, lang)


CHANNELS: tuple[Channel, ...] = tuple(Channel(k, f"activities.channel.{k}") for k in (
    "meeting", "letter", "line", "website", "email", "facebook", "poster", "other"))
_BY_KEY = {c.key: c for c in CHANNELS}

# What people type for each channel.  English words need a non-letter on both
# sides ("line" is not "online"); "ออนไลน์"/"online" are removed first.
_CHANNEL_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("line", re.compile(r"(?<![a-z])line(?![a-z])|ไลน์|ไลน(?![์ก-ฮ])")),
    ("facebook", re.compile(r"facebook|เฟซบุ๊ก|เฟซบุ๊ค|เฟสบุ๊ค|เฟสบุ๊ก|เฟสบุค|เฟซบุค|เฟส|เฟซ|"
                            r"(?<![a-z])fb(?![a-z])|เพจ")),
    ("email", re.compile(r"e-?mail|อีเมล|อี-เมล|อีเมล์|(?<![a-z])mail(?![a-z])|จดหมายอิเล็กทรอนิกส์")),
    ("website", re.compile(r"เว็บ|เวป|เว็ป|website|(?<![a-z])web(?![a-z])|www\.|https?://|"
                           r"intranet|อินทราเน็ต")),
    ("letter", re.compile(r"หนังสือเวียน|หนังสือ|บันทึกข้อความ|เวียน|(?<![a-z])letter|memo|"
                          r"circular|e-?office|สารบรรณ|saraban")),
    ("poster", re.compile(r"บอร์ด|ป้าย|โปสเตอร์|poster|(?<![a-z])board|แผ่นพับ|ใบปลิว|leaflet|"
                          r"flyer|สแตนดี้|standee")),
    ("meeting", re.compile(r"(?<!ห้อง)ประชุม|meeting|ชี้แจง|zoom|(?<![a-z])teams(?![a-z])|webex|"
                           r"google\s*meet|สัมมนา|briefing|town\s*hall")),
)
_OTHER_RE = re.compile(r"^(อื่น\s*ๆ?|อื่นๆ|other|others|etc\.?)$")
_ONLINE_RE = re.compile(r"ออนไลน์|on-?line")
_SPLIT_RE = re.compile(r"\s*(?:,|/|;|\+|、|\bและ|\band\b|&)\s*")


def channel_key(text: Any) -> str | None:
    """The key of the known channel ``text`` names, or None.

    The channel mentioned first wins ("หนังสือเวียนทางอีเมล" -> ``"letter"``);
    a room ("ห้องประชุม 1") is not the meeting channel.

    Examples
    --------
    >>> [channel_key(x) for x in ("line", "ไลน์", "กลุ่มไลน์", "ประชุมออนไลน์ (Zoom)", "ห้องประชุม 1", "")]
    ['line', 'line', 'line', 'meeting', None, None]
    """
    text = clean_space(text).casefold()
    if not text:
        return None
    if _OTHER_RE.match(text):
        return "other"
    text = _ONLINE_RE.sub(" ", text)
    best: tuple[int, str] | None = None
    for key, pattern in _CHANNEL_PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), key)
    return best[1] if best else None


def channel_label(text: Any, lang: str = "th") -> str:
    """A channel's name as shown: the label of a known channel in ``lang``,
    else the text as typed (spaces cleaned); "other" for an empty cell."""
    key = channel_key(text)
    if key is not None:
        return _BY_KEY[key].label(lang)
    cleaned = clean_space(text)
    return cleaned if cleaned else _BY_KEY["other"].label(lang)


def _channel_parts(text: str) -> list[str]:
    """"LINE, e-mail" -> two channels; split only when every part is a known one."""
    parts = [p for p in _SPLIT_RE.split(clean_space(text)) if p]
    if len(parts) > 1 and all(channel_key(p) is not None for p in parts):
        return parts
    return [text]


def channel_counts(entries: Iterable[LogEntry], *, lang: str = "th") -> list[tuple[str, int, int]]:
    """Entries and people reached per channel, most used first.

    Parameters
    ----------
    entries : iterable of LogEntry
    lang : {"th", "en"}
        Language of the channel labels.

    Returns
    -------
    list of (channel, entries, people)
        ``channel`` as :func:`channel_label` names it.  An entry naming two
        known channels ("LINE, e-mail") counts once for each; an entry
        without a number of people adds 0 people.
    """
    n: Counter = Counter()
    people: Counter = Counter()
    order: dict[str, int] = {}
    for entry in entries:
        labels = dict.fromkeys(channel_label(p, lang) for p in _channel_parts(entry.channel))
        for label in labels:
            order.setdefault(label, len(order))
            n[label] += 1
            people[label] += entry.people or 0
    return sorted(((label, n[label], people[label]) for label in n),
                  key=lambda x: (-x[1], -x[2], order[x[0]]))


# ---------------------------------------------------------------- logs

_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")
_ROLE_PATTERNS: dict[str, tuple[tuple[str, re.Pattern], ...]] = {}
_DATE_H = re.compile(r"^(วันที่|วัน\s*[/-]?\s*เดือน\s*[/-]?\s*ปี|ว\.ด\.ป\.?|วันเวลา|date|วันที่จัด.*|"
                     r"วันที่ดำเนินการ.*|วันที่สื่อสาร.*|วันที่เผยแพร่.*)$", re.IGNORECASE)
_TITLE_H = re.compile(r"^(ชื่อกิจกรรม.*|กิจกรรม.*|ชื่อโครงการ.*|โครงการ\s*/\s*กิจกรรม|เรื่อง.*|ชื่อเรื่อง.*|"
                      r"หัวข้อ.*|ประเด็น.*|รายการ|ข้อความ|title|activity|activities|activity\s*name|"
                      r"name|topic|subject|message)$", re.IGNORECASE)
_PLACE_H = re.compile(r"^(สถานที่.*|ช่องทาง.*|สื่อ.*|place|venue|location|channel|channels|medium|"
                      r"media)$", re.IGNORECASE)
_PEOPLE_H = re.compile(r"^(จำนวนผู้เข้าร่วม.*|ผู้เข้าร่วม.*|จำนวนผู้รับ.*|ผู้รับ.*|กลุ่มเป้าหมาย.*|"
                       r"จำนวนกลุ่มเป้าหมาย.*|จำนวน|จำนวนคน|จำนวน\s*คน|จำนวนบุคลากร.*|participants|"
                       r"attendees|number\s*of\s*(participants|people|attendees|recipients)|people|"
                       r"audience|recipients|reach|persons)$", re.IGNORECASE)
_DESC_H = re.compile(r"^(รายละเอียด.*|คำอธิบาย|สรุป.*|ผลการดำเนินงาน.*|ผลการดำเนินการ.*|description|"
                     r"details|detail|summary|notes?|หมายเหตุ)$", re.IGNORECASE)
_HEADER_ORDER = (("people", _PEOPLE_H), ("date", _DATE_H), ("channel", _PLACE_H),
                 ("description", _DESC_H), ("title", _TITLE_H))
_FOOTER = re.compile(r"^(รวม|รวมทั้งหมด|รวมทั้งสิ้น|ผลรวม|ยอดรวม|total|grand\s+total|sum)"
                     r"(?=$|[\s:：(\d])", re.IGNORECASE)
_ONE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_space(value)


def _header_roles(row: Sequence[Any]) -> dict[str, int]:
    """{role: column index} of a row read as a header (first column of each role)."""
    found: dict[str, int] = {}
    for j, value in enumerate(row):
        if not isinstance(value, str):
            continue
        head = clean_space(value)
        bare = _PAREN.sub(" ", head).strip()
        for role, pattern in _HEADER_ORDER:
            if pattern.match(head) or (bare and pattern.match(bare)):
                found.setdefault(role, j)
                break
    return found


def _find_header(grid: list) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        roles = _header_roles(row)
        if "title" in roles and len(roles) >= 2:
            return i, roles
    for i, row in enumerate(grid[:HEADER_SCAN_ROWS]):   # a title column alone (with others unnamed)
        roles = _header_roles(row)
        if "title" in roles and sum(1 for v in row if _text(v)) >= 2:
            return i, roles
    return None


def _people(value: Any) -> tuple[int | None, bool]:
    """(number of people, readable); blank -> (None, True)."""
    status, number, _ = cells.parse_one(value)
    if status in (cells.BLANK, cells.MISSING):
        return None, True
    if status != cells.OK and isinstance(value, str):
        found = _ONE_NUMBER.findall(clean_space(value).translate(cells.THAI_DIGITS))
        if len(found) == 1:
            status, number = cells.OK, float(found[0].replace(",", ""))
    if status != cells.OK or number < 0:
        return None, False
    return int(round(number)), True


def read_log(data: bytes, filename: str, *, kind: str,
             sheet: str | int | None = None) -> tuple[tuple[LogEntry, ...], tuple[Problem, ...]]:
    """Read a sheet of activities or communications.

    Parameters
    ----------
    data : bytes
        The uploaded file (xlsx, xls, ods, csv...).
    filename : str
        Its name, for messages.
    kind : {"activity", "communication"}
        An activity log (5.3.1: date, title, place or channel, participants,
        description) or a communication log (5.2.1: date, subject, channel,
        audience, description).
    sheet : str or int, optional
        Sheet name or index; the first by default.

    Returns
    -------
    entries : tuple of LogEntry
        One per filled row below the header, in sheet order.
    problems : tuple of Problem
        Dates and numbers of people that could not be read, rows without a
        title, summary rows left out; each with its row and column.

    Raises
    ------
    InputError
        ``activities.no_title_column`` naming file and sheet when no header
        row with a title column (กิจกรรม / ชื่อกิจกรรม / เรื่อง / หัวข้อ /
        title...) is found in the first 30 rows; the reading errors of
        :mod:`itastats.read.reading`.

    Notes
    -----
    Header words: date วันที่ / date; title กิจกรรม, ชื่อกิจกรรม, เรื่อง,
    หัวข้อ, title; place or channel สถานที่, ช่องทาง, สื่อ, place, channel;
    people จำนวนผู้เข้าร่วม, ผู้เข้าร่วม, จำนวน (คน), กลุ่มเป้าหมาย, ผู้รับ,
    จำนวนผู้รับ, participants, audience; description รายละเอียด,
    description.  Title rows above the header and blank rows are skipped; a
    "รวม …" row without a date is a summary row and is left out.  An
    audience written in words ("บุคลากรทุกคน") is kept in the description.
    """
    if kind not in KINDS:
        raise InputError(Problem("activities.bad_kind", {"kind": kind}, file=filename,
                                 severity=ERROR))
    wb = reading.read_workbook(data, filename)
    sh = wb.sheet(sheet)
    where = {"file": wb.file, "sheet": sh.name}
    grid = sh.rows
    found = _find_header(grid)
    if found is None:
        raise InputError(Problem("activities.no_title_column", {}, severity=ERROR, **where))
    h, roles = found
    header = grid[h]

    def cell(row: Sequence[Any], role: str) -> Any:
        j = roles.get(role)
        return row[j] if j is not None and j < len(row) else ""

    def column(role: str) -> str | None:
        j = roles.get(role)
        return _text(header[j]) if j is not None else None

    body = [(r + 1, grid[r]) for r in range(h + 1, len(grid))
            if any(_text(v) for v in grid[r])]
    dates = cells.parse_dates([cell(row, "date") for _, row in body]) if "date" in roles else None
    entries: list[LogEntry] = []
    problems: list[Problem] = []
    for i, (excel_row, row) in enumerate(body):
        date = None
        status = cells.BLANK
        if dates is not None:
            status = dates.status[i]
            if status == cells.OK:
                date = _dt.date.fromisoformat(str(dates.values[i]))
        first = next((_text(v) for v in row if _text(v)), "")
        if date is None and _FOOTER.match(first):
            problems.append(Problem("activities.footer_row", {"label": first}, row=excel_row,
                                    severity=INFO, **where))
            continue
        if status == cells.BAD:
            problems.append(Problem("activities.bad_date", {"value": _text(cell(row, "date"))},
                                    row=excel_row, column=column("date"), severity=WARNING, **where))
        title = _text(cell(row, "title"))
        if not title:
            problems.append(Problem("activities.no_title", {}, row=excel_row, column=column("title"),
                                    severity=WARNING, **where))
        description = _text(cell(row, "description"))
        people, readable = _people(cell(row, "people"))
        if not readable:
            shown = _text(cell(row, "people"))
            if kind == COMMUNICATION and not any(ch.isdigit() for ch in shown.translate(cells.THAI_DIGITS)):
                # an audience in words ("บุคลากรทุกคน"): kept where people can read it
                description = f"{description} ({column('people')}: {shown})" if description \
                    else f"{column('people')}: {shown}"
            else:
                problems.append(Problem("activities.bad_people", {"value": shown}, row=excel_row,
                                        column=column("people"), severity=WARNING, **where))
        entries.append(LogEntry(date=date, title=title, channel=_text(cell(row, "channel")),
                                people=people, description=description))
    return tuple(entries), tuple(problems)


# ---------------------------------------------------------------- photos

MAX_PHOTO_BYTES = 25 * 1024 * 1024
JPEG_QUALITY = 85
_FORMATS = ("JPEG", "MPO", "PNG", "HEIF", "AVIF", "WEBP", "GIF", "BMP", "TIFF")
_EXIF_IFD, _DATE_ORIGINAL, _DATE_DIGITIZED = 0x8769, 0x9003, 0x9004
_EXIF_DATE = re.compile(r"(\d{4})\s*[:\-/]\s*(\d{1,2})\s*[:\-/]\s*(\d{1,2})")
_heif_ready = False


@dataclass(frozen=True)
class Photo:
    """A photo ready to store with the project.

    Attributes
    ----------
    data : bytes
        JPEG, upright, without EXIF.
    width, height : int
        Pixels of ``data``.
    taken : datetime.date or None
        EXIF DateTimeOriginal of the original (offered as the activity date).
    name : str
        The original file name with ".jpg" ("IMG_0012.HEIC" -> "IMG_0012.jpg").
    """
    data: bytes
    width: int
    height: int
    taken: _dt.date | None
    name: str


_ACTIVITY_WORDS = re.compile(r"กิจกรรม|สถานที่|ผู้เข้าร่วม|\b(activit|venue|place|location|participant|attendee)",
                             re.IGNORECASE)
_COMMUNICATION_WORDS = re.compile(r"สื่อสาร|ช่องทาง|ผู้รับ|เผยแพร่|ประชาสัมพันธ์|"
                                  r"\b(channel|medi(a|um)|recipient|audience|communicat)", re.IGNORECASE)


def log_kind_by_words(data: bytes, filename: str) -> str | None:
    """"activity" or "communication" when the log's header (and the title
    rows above it) say which more often (กิจกรรม, สถานที่, ผู้เข้าร่วม /
    สื่อสาร, ช่องทาง, ผู้รับ...); None when they do not tell.  Its cells
    cannot: an activity held on Zoom or in a meeting room names what a
    communication's channel would."""
    wb = reading.read_workbook(data, filename)
    grid = wb.sheet(None).rows
    found = _find_header(grid)
    if found is None:
        return None
    text = " ".join(_text(v) for row in grid[:found[0] + 1] for v in row)
    a, c = len(_ACTIVITY_WORDS.findall(text)), len(_COMMUNICATION_WORDS.findall(text))
    return ACTIVITY if a > c else COMMUNICATION if c > a else None


def merge_log(old: Sequence[LogEntry], new: Sequence[LogEntry]) -> tuple[tuple[LogEntry, ...], int, int]:
    """The log ``old`` with the entries of a sheet read again (``new``) added:
    an entry with the same date and title as one already there is skipped.

    Returns
    -------
    (entries, added, skipped)
    """
    have = {(e.date, e.title.strip()) for e in old}
    added = [e for e in new if (e.date, e.title.strip()) not in have]
    return tuple(old) + tuple(added), len(added), len(new) - len(added)


def _register_heif() -> None:
    global _heif_ready
    if _heif_ready:
        return
    try:
        import pillow_heif
        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - HEIC then reads as "not an image"
        pass
    _heif_ready = True


def _photo_name(filename: str) -> str:
    stem = PurePath(str(filename).replace("\\", "/")).stem
    stem = re.sub(r"[^\w\-. ]+", "", stem, flags=re.UNICODE).strip(" .")
    stem = re.sub(r"\s+", "_", stem)[:80]
    return f"{stem or 'photo'}.jpg"


def _taken(image) -> _dt.date | None:
    try:
        exif = image.getexif()
        ifd = exif.get_ifd(_EXIF_IFD)
    except Exception:  # damaged EXIF: no date rather than no photo
        return None
    for tag in (_DATE_ORIGINAL, _DATE_DIGITIZED):
        value = ifd.get(tag)
        if isinstance(value, bytes):
            value = value.decode("ascii", "ignore")
        m = _EXIF_DATE.search(str(value or ""))
        if m:
            try:
                return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def _fail(key: str, filename: str, **params: Any) -> InputError:
    return InputError(Problem(key, {"file": filename, **params}, file=filename, severity=ERROR))


def prepare_photo(data: bytes, filename: str, *, max_side: int = 1600) -> Photo:
    """A photo as a phone or camera gives it -> an upright, smaller JPEG without EXIF.

    Parameters
    ----------
    data : bytes
        The uploaded file: jpg, png, heic/heif (through ``pillow_heif``),
        webp, gif, bmp, tiff.
    filename : str
        Its name, for messages and for :attr:`Photo.name`.
    max_side : int
        The longer side of the result, in pixels; smaller photos are not
        enlarged.

    Returns
    -------
    Photo

    Raises
    ------
    InputError
        ``photo.too_large`` (over 25 MB), ``photo.not_image`` (not a picture
        Pillow reads, e.g. a text file named photo.jpg), ``photo.too_many_pixels``
        (more pixels than :data:`PIL.Image.MAX_IMAGE_PIXELS`: a decompression
        bomb), ``photo.damaged`` (a truncated or broken picture).

    Notes
    -----
    The EXIF orientation is applied (:func:`PIL.ImageOps.exif_transpose`)
    and DateTimeOriginal (tag 0x9003 in the Exif IFD 0x8769; else
    DateTimeDigitized) read before every tag is dropped: a phone photo's
    EXIF holds the GPS position of where it was taken.  Transparency is
    flattened onto white.  JPEG quality 85; the ICC colour profile of an
    RGB photo is kept.
    """
    from PIL import Image, ImageOps

    if not isinstance(max_side, int) or isinstance(max_side, bool) or max_side < 16:
        raise ValueError(f"max_side must be an integer of at least 16, not {max_side!r}")
    if data is None or len(data) == 0:
        raise _fail("photo.not_image", filename)
    if len(data) > MAX_PHOTO_BYTES:
        raise _fail("photo.too_large", filename, size_mb=f"{len(data) / 1024 / 1024:,.1f}",
                    limit_mb=f"{MAX_PHOTO_BYTES / 1024 / 1024:,.0f}")
    _register_heif()
    Image.init()
    formats = [f for f in _FORMATS if f in Image.OPEN]
    limit = Image.MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=formats)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _bomb(filename, exc, limit) from None
    except (Image.UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise _fail("photo.not_image", filename) from None
    try:
        width, height = image.size
        if limit and width * height > limit:
            raise _fail("photo.too_many_pixels", filename, pixels=f"{width * height / 1e6:,.0f}",
                        limit=f"{limit / 1e6:,.0f}")
        taken = _taken(image)
        mode = image.mode
        icc = image.info.get("icc_profile") if mode in ("RGB", "RGBA") else None
        if image.format in ("JPEG", "MPO"):
            image.draft("RGB", (max_side, max_side))
        image.load()
        try:
            image = ImageOps.exif_transpose(image)
        except Exception:  # a damaged orientation tag: keep the picture as stored
            pass
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        image = _rgb(image, Image)
        clean = Image.new("RGB", image.size)
        clean.paste(image)                      # a new image: no EXIF, XMP or comments carried over
        out = io.BytesIO()
        options: dict[str, Any] = {"quality": JPEG_QUALITY, "optimize": True}
        if icc:
            options["icc_profile"] = icc
        clean.save(out, "JPEG", **options)
    except InputError:
        raise
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _fail("photo.damaged", filename, detail=str(exc)[:120]) from None
    finally:
        image.close()
    return Photo(out.getvalue(), clean.width, clean.height, taken, _photo_name(filename))


def _rgb(image, Image):
    """RGB, with transparency flattened onto white."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        array = np.asarray(image, dtype=float)
        top = array.max() or 1.0
        image = Image.fromarray((array / top * 255).clip(0, 255).astype(np.uint8), "L")
    return image.convert("RGB")


def _bomb(filename: str, exc: Exception, limit: int | None) -> InputError:
    """Pillow refused the picture as a decompression bomb; its message says the pixel count."""
    m = re.search(r"\((\d+) pixels\)", str(exc))
    pixels = f"{int(m.group(1)) / 1e6:,.0f}" if m else "?"
    return _fail("photo.too_many_pixels", filename, pixels=pixels, limit=f"{(limit or 0) / 1e6:,.0f}")
