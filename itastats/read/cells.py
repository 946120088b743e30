"""Parsing cell values the way Thai offices write them, a whole column at once.

Numbers come as real numbers (from xlsx/xls/ods) or as text: Thai digits
(``๑,๒๕๐``), thousands separators (``1,250.00``), a unit in the cell
(``2 วัน``, ``15 นาที``, ``300 บาท``), parentheses for negatives
(``(1,200)``), and ``-`` / ``–`` / ``N/A`` / blank for "no value".  Dates come
as date cells, Excel serial numbers, or text in the Buddhist era
(``15/03/2568``, ``15 มี.ค. 2568``, ``2568-03-15``).

Everything here works on a whole column (pandas string methods and regular
expressions); there is no Python loop over rows, so a 100,000-row column
parses in milliseconds.  Each value gets a status code so that the caller can
report every cell that was not used (:data:`OK`, :data:`BLANK`,
:data:`MISSING`, :data:`BAD`, :data:`ERROR_VALUE`).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

import numpy as np

from ._lazy import lazy_module

pd = lazy_module("pandas")        # imported on first use: a page that reads no file needs no pandas

# Status codes of one parsed cell.
OK = 0           # a number (or date) was read
BLANK = 1        # the cell is empty
MISSING = 2      # the cell says "no value": "-", "–", "N/A", "ไม่มีข้อมูล"
BAD = 3          # something is written that is not a number (or date)
ERROR_VALUE = 4  # an Excel error such as #DIV/0! or #N/A from a formula
OTHER_UNIT = 5   # a number in another unit than its metric's (set by itastats.read.layouts)

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
BE_OFFSET = 543

MISSING_WORDS = frozenset({
    "-", "--", "---", "\u2013", "\u2014", "\u2212", "n/a", "na", "n.a.", "nan", "null", "none",
    "ไม่มี", "ไม่มีข้อมูล", "ไม่ระบุ", "ว่าง", "?",
})
EXCEL_ERRORS = frozenset({
    "#div/0!", "#n/a", "#name?", "#null!", "#num!", "#ref!", "#value!", "#getting_data",
    "#spill!", "#calc!",
})

# Unit words as people write them -> one canonical spelling (Thai).
UNIT_ALIASES: dict[str, str] = {
    # time
    "วินาที": "วินาที", "วิ": "วินาที", "วิ.": "วินาที", "s": "วินาที", "sec": "วินาที",
    "secs": "วินาที", "second": "วินาที", "seconds": "วินาที",
    "นาที": "นาที", "น.": "นาที", "min": "นาที", "mins": "นาที", "minute": "นาที", "minutes": "นาที",
    "ชั่วโมง": "ชั่วโมง", "ชม.": "ชั่วโมง", "ชม": "ชั่วโมง", "ชั่วโมงทำการ": "ชั่วโมง",
    "h": "ชั่วโมง", "hr": "ชั่วโมง", "hrs": "ชั่วโมง", "hour": "ชั่วโมง", "hours": "ชั่วโมง",
    "วัน": "วัน", "วันทำการ": "วันทำการ", "d": "วัน", "day": "วัน", "days": "วัน",
    "working day": "วันทำการ", "working days": "วันทำการ",
    "สัปดาห์": "สัปดาห์", "week": "สัปดาห์", "weeks": "สัปดาห์",
    "เดือน": "เดือน", "month": "เดือน", "months": "เดือน",
    "ปี": "ปี", "year": "ปี", "years": "ปี",
    # money
    "บาท": "บาท", "฿": "บาท", "baht": "บาท", "thb": "บาท", "บ.": "บาท",
    # things
    "แผ่น": "แผ่น", "sheet": "แผ่น", "sheets": "แผ่น", "page": "หน้า", "pages": "หน้า",
    "หน้า": "หน้า", "รีม": "รีม", "ream": "รีม", "reams": "รีม",
    "ขั้นตอน": "ขั้นตอน", "step": "ขั้นตอน", "steps": "ขั้นตอน",
    "ครั้ง": "ครั้ง", "time": "ครั้ง", "times": "ครั้ง",
    "คน": "คน", "ราย": "ราย", "person": "คน", "persons": "คน", "people": "คน",
    "เรื่อง": "เรื่อง", "ฉบับ": "ฉบับ", "กรณี": "กรณี", "คำขอ": "คำขอ", "คำร้อง": "คำร้อง",
    "case": "เรื่อง", "cases": "เรื่อง", "request": "คำขอ", "requests": "คำขอ", "document": "ฉบับ",
    "documents": "ฉบับ", "complaint": "เรื่อง", "complaints": "เรื่อง",
    "ชุด": "ชุด", "แห่ง": "แห่ง", "เอกสาร": "เอกสาร",
    "%": "%", "ร้อยละ": "%", "percent": "%", "คะแนน": "คะแนน", "point": "คะแนน",
    "points": "คะแนน", "score": "คะแนน",
}
TIME_UNITS = frozenset({"วินาที", "นาที", "ชั่วโมง", "วัน", "วันทำการ", "สัปดาห์", "เดือน", "ปี"})
# things that are counted one by one: complaints, documents, requests, people (not sheets of paper, baht, steps)
COUNT_UNITS = frozenset({"เรื่อง", "ครั้ง", "ราย", "ฉบับ", "กรณี", "คำขอ", "คำร้อง", "รายการ", "คน", "เอกสาร",
                         "ชิ้น", "งาน", "แห่ง", "ชุด"})

_NUMBER_TYPES = (float, int, np.float64, np.float32, np.int64, np.int32)
_NUMBER_RE = re.compile(
    r"^(?P<cur>฿\s*)?(?P<num>[+\-\u2212]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?)"
    r"\s*(?P<unit>[^\d]{0,24}?)\s*$"
)
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")
_PAREN_RE = re.compile(r"^\((?P<inner>[^()]*)\)$")


def canonical_unit(text: str | None) -> str | None:
    """The canonical spelling of a unit word, or the word itself when unknown.

    Parameters
    ----------
    text : str or None
        A unit as written: ``"ชม."``, ``"minutes"``, ``"วัน"``.

    Returns
    -------
    str or None
        ``"ชั่วโมง"``, ``"นาที"``, ``"วัน"``; ``None`` for empty text.

    Examples
    --------
    >>> canonical_unit("mins")
    'นาที'
    """
    if text is None:
        return None
    word = str(text).strip().strip("()[]").strip()
    if not word:
        return None
    return UNIT_ALIASES.get(word.lower(), word)


@dataclass(frozen=True)
class ParsedNumbers:
    """A column read as numbers.

    Attributes
    ----------
    values : numpy.ndarray
        float64, NaN wherever ``status`` is not :data:`OK`.
    units : numpy.ndarray
        object array: the canonical unit written in the cell, or ``None``.
    status : numpy.ndarray
        int8 status code per cell (:data:`OK`, :data:`BLANK`, ...).
    text : numpy.ndarray
        object array: the original text of each cell that is not OK and not
        blank (for messages), else ``None``.
    """
    values: np.ndarray
    units: np.ndarray
    status: np.ndarray
    text: np.ndarray
    has_units: bool = True  # False when no cell wrote a unit (lets callers skip unit checks)

    @property
    def n_ok(self) -> int:
        return int((self.status == OK).sum())


def _as_series(values) -> pd.Series:
    if isinstance(values, pd.Series):
        return values.reset_index(drop=True)
    return pd.Series(np.asarray(values, dtype=object) if not isinstance(values, np.ndarray)
                     else values, copy=False)


def _empty_result(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    values = np.full(n, np.nan)
    units = np.full(n, None, dtype=object)
    status = np.full(n, BLANK, dtype=np.int8)
    text = np.full(n, None, dtype=object)
    return values, units, status, text


def _numeric_fast_path(s: pd.Series) -> ParsedNumbers | None:
    """Columns that are already numbers (bool is not a number here)."""
    if s.dtype == bool or not (pd.api.types.is_numeric_dtype(s.dtype)):
        return None
    values = s.to_numpy(dtype=float, na_value=np.nan)
    n = len(values)
    status = np.where(np.isnan(values), BLANK, OK).astype(np.int8)
    return ParsedNumbers(values, np.full(n, None, dtype=object), status,
                         np.full(n, None, dtype=object), has_units=False)


def parse_numbers(values) -> ParsedNumbers:
    """Read a column of cells as numbers.

    Parameters
    ----------
    values : array-like or pandas.Series
        Raw cell values: floats, ints, strings, dates, ``None``/``""``.

    Returns
    -------
    ParsedNumbers
        Values, the unit written in each cell, and a status per cell.

    Notes
    -----
    Text is cleaned in this order: strip spaces (also non-breaking), Thai
    digits to Arabic, ``(x)`` to ``-x``, thousands commas removed, then
    ``number [unit]`` is matched.  A unit is any short word without digits
    after the number; :func:`canonical_unit` names it.  Booleans, dates and
    any other text are :data:`BAD`.

    Examples
    --------
    >>> p = parse_numbers(["1,250.00", "๒ วัน", "-", "", "abc", 3.5])
    >>> p.values.tolist()[:2], p.status.tolist()
    ([1250.0, 2.0], [0, 0, 2, 1, 3, 0])
    """
    s = _as_series(values)
    fast = _numeric_fast_path(s)
    if fast is not None:
        return fast
    n = len(s)
    out_values, out_units, status, text = _empty_result(n)
    obj = s.astype(object)
    types = obj.map(type)
    is_str = (types == str).to_numpy()
    # Real numbers among the objects (calamine gives float; other readers int).
    is_num = types.isin(_NUMBER_TYPES).to_numpy()
    if is_num.any():
        numeric = obj[is_num].astype(float).to_numpy()
        out_values[is_num] = numeric
        status[np.flatnonzero(is_num)[~np.isnan(numeric)]] = OK
    other = ~is_str & ~is_num & obj.notna().to_numpy()
    if other.any():
        status[other] = BAD
        text[other] = obj[other].astype(str).to_numpy()
    if is_str.any():
        _parse_text(obj[is_str].astype(str), np.flatnonzero(is_str), out_values, out_units,
                    status, text)
    return ParsedNumbers(out_values, out_units, status, text,
                         has_units=bool(is_str.any()) and bool((~np.equal(out_units, None)).any()))


def parse_one(value) -> tuple[int, float, str | None]:
    """One cell -> (status, number, unit): the scalar twin of :func:`parse_numbers`.

    For a handful of cells (finding the header in the first rows, judging a
    column's first rows) this is much quicker than the vectorised path,
    whose fixed cost is per call; the tests check that both agree.

    Examples
    --------
    >>> parse_one("๒ วัน")
    (0, 2.0, 'วัน')
    """
    if value is None:
        return BLANK, np.nan, None
    if type(value) in _NUMBER_TYPES:
        number = float(value)
        return (BLANK, np.nan, None) if number != number else (OK, number, None)
    if not isinstance(value, str):
        return BAD, np.nan, None
    text = _SPACES_RE.sub(" ", value).strip().translate(THAI_DIGITS)
    lower = text.lower()
    if not text:
        return BLANK, np.nan, None
    if lower in MISSING_WORDS:
        return MISSING, np.nan, None
    if lower in EXCEL_ERRORS:
        return ERROR_VALUE, np.nan, None
    body = _THOUSANDS_RE.sub("", text)
    paren = _PAREN_RE.match(body)
    if paren:
        body = paren.group("inner").strip()
    match = _NUMBER_RE.match(body.replace("\u2212", "-"))
    if not match:
        return BAD, np.nan, None
    number = float(match.group("num"))
    if not np.isfinite(number):
        return BAD, np.nan, None
    unit_text = match.group("unit").strip()
    if not unit_text and match.group("cur"):
        unit_text = "บาท"
    return OK, (-abs(number) if paren else number), canonical_unit(unit_text)


_SPACES_RE = re.compile("[\u00a0\u200b\u2007\u202f\ufeff]")


def normalise_text(s: pd.Series) -> pd.Series:
    """Strip spaces (also non-breaking and zero-width) and turn Thai digits into 0-9."""
    s = s.str.replace("[\u00a0\u200b\u2007\u202f\ufeff]", " ", regex=True).str.strip()
    thai = s.str.contains("[\u0e50-\u0e59]", regex=True).to_numpy(dtype=bool)
    if thai.any():
        s = s.copy()
        s[thai] = s[thai].str.translate(THAI_DIGITS)
    return s


def _parse_text(raw: pd.Series, where: np.ndarray, out_values: np.ndarray,
                out_units: np.ndarray, status: np.ndarray, text: np.ndarray) -> None:
    """Fill the outputs at positions ``where`` from the strings ``raw``.

    Plain numbers (``"1,250.5"``) go through :func:`pandas.to_numeric` at C
    speed; only the rest (units, parentheses, words) meet the regular
    expressions.
    """
    clean = normalise_text(raw)
    lower = clean.str.lower()
    blank = (clean == "").to_numpy()
    missing = lower.isin(MISSING_WORDS).to_numpy()
    errors = lower.isin(EXCEL_ERRORS).to_numpy()
    body = clean.str.replace(_THOUSANDS_RE, "", regex=True)
    nums = pd.to_numeric(body, errors="coerce").to_numpy(dtype=float, copy=True)
    units = np.full(len(clean), None, dtype=object)
    rest = np.isnan(nums) & ~(blank | missing | errors)
    if rest.any():
        nums[rest], units[rest] = _parse_text_with_units(body[rest])
    ok = np.isfinite(nums) & ~(blank | missing | errors)
    status[where[blank]] = BLANK
    status[where[missing]] = MISSING
    status[where[errors]] = ERROR_VALUE
    status[where[ok]] = OK
    out_values[where[ok]] = nums[ok]
    out_units[where[ok]] = units[ok]
    bad = ~(blank | missing | errors | ok)
    status[where[bad]] = BAD
    raw_arr = raw.to_numpy(dtype=object)
    shown = ~blank & ~ok
    text[where[shown]] = raw_arr[shown]


def _parse_text_with_units(body: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """``"(1200)"``, ``"2 วัน"``, ``"฿300"`` -> numbers and canonical units."""
    paren = body.str.extract(_PAREN_RE)["inner"]
    has_paren = paren.notna().to_numpy()
    body = body.where(~has_paren, paren.str.strip()).str.replace("\u2212", "-", regex=False)
    parts = body.str.extract(_NUMBER_RE)
    nums = pd.to_numeric(parts["num"], errors="coerce").to_numpy(dtype=float)
    nums = np.where(has_paren, -np.abs(nums), nums)
    unit_text = parts["unit"].fillna("").str.strip()
    unit_text = unit_text.where(parts["cur"].isna() | (unit_text != ""), "บาท")
    codes, uniques = pd.factorize(unit_text)
    names = np.array([canonical_unit(u) for u in uniques] + [None], dtype=object)
    return nums, names[codes]


# ---------------------------------------------------------------- dates

TH_MONTHS = {
    "ม.ค.": 1, "มกราคม": 1, "ก.พ.": 2, "กุมภาพันธ์": 2, "มี.ค.": 3, "มีนาคม": 3,
    "เม.ย.": 4, "เมษายน": 4, "พ.ค.": 5, "พฤษภาคม": 5, "มิ.ย.": 6, "มิถุนายน": 6,
    "ก.ค.": 7, "กรกฎาคม": 7, "ส.ค.": 8, "สิงหาคม": 8, "ก.ย.": 9, "กันยายน": 9,
    "ต.ค.": 10, "ตุลาคม": 10, "พ.ย.": 11, "พฤศจิกายน": 11, "ธ.ค.": 12, "ธันวาคม": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_KEYS = {k.replace(".", "").replace(" ", ""): v for k, v in TH_MONTHS.items()}
_DMY_RE = re.compile(r"^(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>\d{2,4})"
                     r"(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*น\.)?)?$")
_YMD_RE = re.compile(r"^(?P<y>\d{4})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<d>\d{1,2})"
                     r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMONY_RE = re.compile(r"^(?P<d>\d{1,2})\s*(?P<mon>[^\d\s]+(?:\s?[^\d\s]+)?)\s*(?P<y>\d{2,4})$")
EXCEL_EPOCH = np.datetime64("1899-12-30")


@dataclass(frozen=True)
class ParsedDates:
    """A column read as dates (Gregorian, ``datetime64[D]``; NaT where not OK)."""
    values: np.ndarray
    status: np.ndarray
    text: np.ndarray


def _full_year(y: pd.Series) -> pd.Series:
    """Two-digit years are Buddhist era (68 -> 2568); BE years (> 2400) -> CE."""
    y = y.astype(float)
    y = y.where(y >= 100, y + 2500)
    return y.where(y <= 2400, y - BE_OFFSET)


def _ymd_to_dates(y: pd.Series, m: pd.Series, d: pd.Series) -> np.ndarray:
    frame = pd.DataFrame({"year": _full_year(y), "month": m.astype(float), "day": d.astype(float)})
    out = pd.to_datetime(frame, errors="coerce")
    return out.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")


def _dates_from_text(clean: pd.Series) -> np.ndarray:
    result = np.full(len(clean), np.datetime64("NaT"), dtype="datetime64[D]")
    for regex in (_DMY_RE, _YMD_RE):
        parts = clean.str.extract(regex)
        hit = parts["d"].notna().to_numpy() & np.isnat(result)
        if hit.any():
            got = _ymd_to_dates(parts["y"][hit], parts["m"][hit], parts["d"][hit])
            result[hit] = got
    parts = clean.str.extract(_DMONY_RE)
    hit = parts["d"].notna().to_numpy() & np.isnat(result)
    if hit.any():
        mon = parts["mon"][hit].str.lower().str.replace(r"[.\s]", "", regex=True).map(_MONTH_KEYS)
        got = _ymd_to_dates(parts["y"][hit], mon, parts["d"][hit])
        result[hit] = got
    return result


def _serial_to_dates(serial: np.ndarray) -> np.ndarray:
    """Excel serial days (1900 system) -> dates; out-of-range -> NaT."""
    ok = np.isfinite(serial) & (serial >= 1) & (serial < 2958466)
    days = np.where(ok, np.floor(serial), 0).astype("int64")
    out = EXCEL_EPOCH + days.astype("timedelta64[D]")
    out = out.astype("datetime64[D]")
    out[~ok] = np.datetime64("NaT")
    return out


def _be_to_ce(dates: np.ndarray) -> np.ndarray:
    """A date typed in the Buddhist era into a date cell (year 2568) -> CE."""
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    late = ~np.isnat(dates) & (years > 2400)
    if late.any():
        fixed = pd.DatetimeIndex(dates[late].astype("datetime64[s]")) - pd.DateOffset(years=BE_OFFSET)
        dates = dates.copy()
        dates[late] = fixed.to_numpy().astype("datetime64[D]")
    return dates


def parse_dates(values) -> ParsedDates:
    """Read a column of cells as dates.

    Parameters
    ----------
    values : array-like or pandas.Series
        Date cells (``datetime.date``/``datetime``), Excel serial numbers, or
        text such as ``15/03/2568``, ``15 มี.ค. 2568``, ``2568-03-15``,
        ``2025-03-15``.

    Returns
    -------
    ParsedDates
        Gregorian dates (``datetime64[D]``), a status per cell and the
        original text of cells that could not be read.

    Notes
    -----
    Years above 2400 are Buddhist era and have 543 subtracted (also in date
    cells, where Thai Excel sometimes stores year 2568).  Two-digit years are
    read as Buddhist era (``68`` -> 2568 -> 2025).  Text dates are day first.

    Examples
    --------
    >>> str(parse_dates(["15/03/2568"]).values[0])
    '2025-03-15'
    """
    s = _as_series(values).astype(object)
    n = len(s)
    result = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    status = np.full(n, BLANK, dtype=np.int8)
    text = np.full(n, None, dtype=object)
    if n == 0:
        return ParsedDates(result, status, text)
    types = s.map(type)
    is_str = (types == str).to_numpy()
    is_num = types.isin(_NUMBER_TYPES).to_numpy()
    is_date = types.map(lambda t: issubclass(t, (_dt.date, np.datetime64))).to_numpy()
    filled = is_date.copy()
    if is_num.any():
        serial = s[is_num].astype(float).to_numpy()
        result[is_num] = _serial_to_dates(serial)
        filled[is_num] = ~np.isnan(serial)
    if is_date.any():
        result[is_date] = np.array([_to_day(v) for v in s[is_date]], dtype="datetime64[D]")
    if is_str.any():
        clean = normalise_text(s[is_str].astype(str))
        result[is_str] = _dates_from_text(clean)
        missing = clean.str.lower().isin(MISSING_WORDS).to_numpy()
        status[np.flatnonzero(is_str)[missing]] = MISSING
        filled[is_str] = ((clean != "").to_numpy() & ~missing)
    other = ~(is_str | is_num | is_date) & s.notna().to_numpy()
    filled |= other
    result = _be_to_ce(result)
    status[filled & ~np.isnat(result)] = OK
    bad = filled & np.isnat(result)
    status[bad] = BAD
    text[bad] = s[bad].astype(str).to_numpy()
    return ParsedDates(result, status, text)


def _to_day(value) -> np.datetime64:
    """A date cell -> day; a Buddhist-era year (> 2400) is moved back 543 years."""
    if isinstance(value, np.datetime64):
        return value.astype("datetime64[D]")
    year = value.year - BE_OFFSET if value.year > 2400 else value.year
    try:
        return np.datetime64(_dt.date(year, value.month, value.day))
    except ValueError:  # 29 Feb of a BE leap year that is not a CE leap year
        return np.datetime64("NaT")


# ---------------------------------------------------------------- text helpers

BEFORE_WORDS = ("ก่อนดำเนินโครงการ", "ก่อนดำเนินการ", "ก่อนปรับปรุง", "ก่อนพัฒนา", "ก่อนใช้",
                "ก่อน", "before", "pre", "baseline", "เดิม")
AFTER_WORDS = ("หลังดำเนินโครงการ", "หลังดำเนินการ", "หลังปรับปรุง", "หลังพัฒนา", "หลังใช้",
               "หลัง", "after", "post", "ใหม่")
BEFORE_VALUE_RE = re.compile(r"^(ก่อน\S*|before\b.*|pre\b.*|pre-.*|baseline|เดิม|ระบบเดิม)",
                              re.IGNORECASE)
AFTER_VALUE_RE = re.compile(r"^(หลัง\S*|after\b.*|post\b.*|post-.*|ใหม่|ระบบใหม่)",
                             re.IGNORECASE)


def parse_period(values) -> np.ndarray:
    """Period cells -> ``"before"``, ``"after"`` or ``None`` per cell.

    Examples
    --------
    >>> parse_period(["ก่อน", "หลังดำเนินโครงการ", "After", "x"]).tolist()
    ['before', 'after', 'after', None]
    """
    s = _as_series(values).astype(object)
    text = normalise_text(s.where(s.map(type) == str, "").astype(str))
    out = np.full(len(s), None, dtype=object)
    out[text.str.match(BEFORE_VALUE_RE).to_numpy(dtype=bool)] = "before"
    out[text.str.match(AFTER_VALUE_RE).to_numpy(dtype=bool)] = "after"
    return out


def is_blank(values) -> np.ndarray:
    """True where a cell is empty: None, NaN or text of only spaces."""
    s = _as_series(values)
    if pd.api.types.is_numeric_dtype(s.dtype) and s.dtype != bool:
        return s.isna().to_numpy(copy=True)
    if pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
        return (s.isna() | (s.str.strip() == "")).to_numpy(dtype=bool, copy=True)
    s = s.astype(object)
    blank = s.isna().to_numpy(copy=True)
    strs = (s.map(type) == str).to_numpy()
    if strs.any():
        blank[strs] = (s[strs].str.strip() == "").to_numpy()
    return blank


# ---------------------------------------------------------------- yes / no answers

# What Thai offices write for "yes" and "no" in a checklist column (on time? correct? done?).
# Compared after normalise_text, lower case, spaces and a final dot removed.
YES_WORDS = frozenset({
    "ใช่", "ทัน", "ทันเวลา", "ทันกำหนด", "ตามเวลา", "ตามกำหนด", "ภายในเวลา", "ภายในกำหนด", "ผ่าน", "ได้",
    "มี", "ถูกต้อง", "เสร็จ", "สำเร็จ", "เรียบร้อย", "ครบ", "ครบถ้วน", "ปกติ",
    "yes", "y", "true", "ok", "pass", "passed", "done", "ontime", "on-time", "correct",
    "\u2713", "\u2714", "\u2611", "/", "\u221a",
})
NO_WORDS = frozenset({
    "ไม่ใช่", "ไม่", "ไม่ทัน", "ไม่ทันเวลา", "ไม่ทันกำหนด", "ไม่ตามเวลา", "ไม่ตามกำหนด", "เกินเวลา",
    "เกินกำหนด", "ล่าช้า", "ไม่ผ่าน", "ไม่ได้", "ไม่มี", "ไม่ถูกต้อง", "ผิด", "ผิดพลาด", "ไม่เสร็จ",
    "ไม่สำเร็จ", "ไม่ครบ", "ไม่ครบถ้วน",
    "no", "n", "false", "fail", "failed", "late", "overdue", "notdone", "incorrect",
    "\u2717", "\u2718", "\u2612", "x", "\u00d7",
})
YES, NO = 1.0, 0.0


def yes_no_word(text) -> float | None:
    """One cell as an answer: 1.0 yes, 0.0 no, None when it is neither.

    Words (ใช่/ไม่ใช่, ทันเวลา/ไม่ทันเวลา, ผ่าน/ไม่ผ่าน, yes/no, ✓/✗ ...) and
    the numbers 1 and 0 are understood; "ไม่" before a yes-word makes it no.

    Examples
    --------
    >>> yes_no_word("ทันเวลา"), yes_no_word(" ไม่ทัน "), yes_no_word(1), yes_no_word("7")
    (1.0, 0.0, 1.0, None)
    """
    if text is None or isinstance(text, bool):
        return None if text is None else (YES if text else NO)
    if type(text) in _NUMBER_TYPES:
        x = float(text)
        return YES if x == 1 else NO if x == 0 else None
    if not isinstance(text, str):
        return None
    word = _SPACES_RE.sub(" ", text).strip().translate(THAI_DIGITS).lower().rstrip(".")
    word = word.replace(" ", "")
    if word in ("1", "1.0"):
        return YES
    if word in ("0", "0.0"):
        return NO
    if word in YES_WORDS:
        return YES
    if word in NO_WORDS:
        return NO
    if word.startswith("ไม่") and word[3:] in YES_WORDS:
        return NO
    return None


def parse_yes_no(values) -> tuple[np.ndarray, np.ndarray]:
    """A column of answers -> (values: 1.0 / 0.0 / NaN, status per cell).

    Status is :data:`OK` for an answer, :data:`BLANK` for an empty cell,
    :data:`MISSING` for "-" and the like, :data:`BAD` for anything else.
    Each distinct cell text is judged once.
    """
    s = _as_series(values).astype(object)
    codes, uniques = pd.factorize(s.to_numpy(dtype=object))
    judged = np.array([yes_no_word(u) for u in uniques] + [None], dtype=object)
    answers = judged[codes]
    blank = is_blank(s)
    lower = s.map(lambda v: _SPACES_RE.sub(" ", v).strip().lower() if isinstance(v, str) else None)
    missing = lower.isin(MISSING_WORDS).to_numpy() & ~blank
    ok = ~np.equal(answers, None) & ~blank
    status = np.full(len(s), BAD, dtype=np.int8)
    status[blank] = BLANK
    status[missing & ~ok] = MISSING
    status[ok] = OK
    out = np.where(ok, answers, np.nan).astype(float)
    return out, status


# ---------------------------------------------------------------- years

_YEAR_TEXT = re.compile(r"(?<!\d)(25[0-9]\d|19[5-9]\d|20\d\d|21[0-4]\d)(?!\d)")


def is_year(x: float) -> bool:
    """A whole number that reads as a year: 1950–2149 (CE) or 2500–2599 (BE)."""
    return float(x).is_integer() and (1950 <= x <= 2149 or 2500 <= x <= 2599)


def year_in(text: str) -> int | None:
    """The one year written in a label ("ปีงบประมาณ 2567", "FY2024"), or None."""
    found = _YEAR_TEXT.findall(str(text).translate(THAI_DIGITS))
    return int(found[0]) if len(set(found)) == 1 else None
