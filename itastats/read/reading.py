"""Reading the spreadsheets people really have: bytes and a file name in.

Two steps:

1. :func:`read_workbook` turns the uploaded bytes into a :class:`Workbook`:
   every sheet as a raw grid of cell values (``""`` for an empty cell), with
   the safety limits of :class:`Limits` checked *before* anything is
   inflated or parsed (upload size, a zip's uncompressed size and
   compression ratio read from its central directory, XML ``DOCTYPE`` /
   ``ENTITY`` declarations, rows, columns, sheets).  xlsx, xlsm, xlsb, xls
   and ods go through python-calamine; csv/tsv/txt are decoded (BOM, then
   strict UTF-8, then cp874) and their delimiter is sniffed.
2. :func:`table` finds the header row of one sheet (or takes the caller's),
   joins a two-row header ("ระยะเวลา (วัน)" over "ก่อน" | "หลัง"), names
   the columns, and keeps the data rows with their 1-based Excel row numbers;
   blank rows are skipped and footer rows ("รวม", "ค่าเฉลี่ย", "S.D.") are
   left out and reported.

Anything the user must fix raises :class:`~itastats.read.problems.InputError`
carrying a :class:`~itastats.read.problems.Problem` with a message key.
"""
from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import cells
from .limits import DEFAULT_LIMITS, Limits
from .problems import ERROR, INFO, InputError, Problem
from ._lazy import lazy_module

pd = lazy_module("pandas")        # imported on first use: a page that reads no file needs no pandas

XLSX, XLSB, XLS, ODS, CSV = "xlsx", "xlsb", "xls", "ods", "csv"


@dataclass(frozen=True)
class Sheet:
    """One sheet as a raw grid.

    Attributes
    ----------
    name : str
        The sheet's name (for a csv: the file name without extension).
    rows : list of list
        Cell values row by row; ``rows[0]`` is Excel row 1 and ``rows[i][0]``
        column A.  Empty cells are ``""``.
    merged : tuple of (row0, col0, row1, col1) or None
        Merged ranges, 0-based and inclusive; ``None`` when the format does
        not say (ods, csv).
    """
    name: str
    rows: list
    merged: tuple[tuple[int, int, int, int], ...] | None = None

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_columns(self) -> int:
        return max((len(r) for r in self.rows[:1]), default=0) if self.rows else 0


@dataclass(frozen=True)
class Workbook:
    """An uploaded file: its sheets and how it was read."""
    file: str
    kind: str
    sheets: tuple[Sheet, ...]
    encoding: str | None = None
    delimiter: str | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def sheet_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.sheets)

    def sheet(self, name: str | int | None = None) -> Sheet:
        """The sheet called ``name`` (or at index ``name``; the first when None)."""
        if name is None:
            name = 0
        if isinstance(name, int):
            if 0 <= name < len(self.sheets):
                return self.sheets[name]
        else:
            for sheet in self.sheets:
                if sheet.name == name:
                    return sheet
        raise InputError(Problem("read.no_such_sheet", {"name": name,
                                                        "names": ", ".join(self.sheet_names)},
                                 file=self.file, severity=ERROR))


@dataclass(frozen=True)
class Table:
    """The data part of one sheet, columns named, rows traceable.

    Attributes
    ----------
    file, sheet : str
        Where it came from.
    header_row : int
        1-based row of the header as Excel shows it (the lower row when two
        rows were joined).
    header_rows : tuple of int
        All rows that made the header (one or two).
    columns : tuple of str
        Column names, unique; a column without a header is named by its
        letter, ``"(C)"``.
    letters : tuple of str
        The Excel letter of each column.
    data : pandas.DataFrame
        Raw cell values of the data rows (blank and footer rows removed),
        columns named as ``columns``, index = 1-based Excel row numbers.
    problems : tuple of Problem
        Footer rows and rows below the table that were left out (info).
    footer : pandas.DataFrame or None
        The footer rows themselves ("รวม" …), raw, indexed by Excel row, for
        a reader that checks a table against its totals.
    """
    file: str
    sheet: str
    header_row: int
    header_rows: tuple[int, ...]
    columns: tuple[str, ...]
    letters: tuple[str, ...]
    data: pd.DataFrame
    problems: tuple[Problem, ...] = ()
    footer: pd.DataFrame | None = None

    @property
    def rows(self) -> np.ndarray:
        """1-based Excel row number of each data row."""
        return self.data.index.to_numpy()

    @property
    def frame(self) -> pd.DataFrame:
        """Same as :attr:`data`."""
        return self.data

    @property
    def n_rows(self) -> int:
        return len(self.data)

    def letter(self, column: str) -> str:
        """The Excel column letter of a named column."""
        return self.letters[self.columns.index(column)]


# ---------------------------------------------------------------- errors

@contextmanager
def _no_gc_pass():
    """Python's cycle collector paused while a sheet's rows are built.

    A sheet comes as one list per row (100,000 rows: 100,000 new lists), and
    each 700 new objects start a collection that, every so often, walks every
    object the process holds (in the app: Streamlit, pandas, plotly...) and
    finds nothing to free: rows of cell values hold no cycles.  That was ~80 ms
    of a 100,000-row read here.  Collection is back on afterwards; when another
    thread paused it first, it is left to that thread."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _fail(key: str, file: str, *, sheet: str | None = None, row: int | None = None,
          **params: Any) -> InputError:
    return InputError(Problem(key, params, file=file, sheet=sheet, row=row, severity=ERROR))


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f}"


# ---------------------------------------------------------------- entry points

def read_path(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Read a file from disk (size checked before it is read).

    Examples
    --------
    >>> wb = read_path("sample_data/project.xlsx")  # doctest: +SKIP
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail("read.cannot_open", path.name, detail=str(exc)) from None
    if size > limits.max_bytes:
        raise _fail("read.too_large", path.name, size_mb=_mb(size), limit_mb=_mb(limits.max_bytes))
    return read_workbook(path.read_bytes(), path.name, limits=limits)


def read_workbook(data: bytes, filename: str, *, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Read an uploaded file into sheets of raw cells.

    Parameters
    ----------
    data : bytes
        The file's content.
    filename : str
        Its name as uploaded (used in messages; the format is told by the
        content, the extension only helps for text files).
    limits : Limits, optional
        Size limits.

    Returns
    -------
    Workbook

    Raises
    ------
    InputError
        Empty, too large, not a spreadsheet, damaged, password protected,
        a zip or XML bomb, too many rows/columns/sheets.

    Examples
    --------
    >>> wb = read_workbook("ก่อน,หลัง\\n5,3\\n".encode(), "a.csv")
    >>> wb.sheets[0].rows
    [['ก่อน', 'หลัง'], ['5', '3']]
    """
    if data is None or len(data) == 0:
        raise _fail("read.empty_file", filename)
    if len(data) > limits.max_bytes:
        raise _fail("read.too_large", filename, size_mb=_mb(len(data)),
                    limit_mb=_mb(limits.max_bytes))
    kind = sniff_kind(data, filename)
    if kind in (XLSX, XLSB, ODS):
        check_zip(data, filename, limits)
        return _read_calamine(data, filename, kind, limits)
    if kind == XLS:
        return _read_calamine(data, filename, kind, limits)
    return _read_text(data, filename, limits)


read_file = read_workbook  # the same function under the name other modules use


# ---------------------------------------------------------------- format sniffing

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"),
    (b"%PDF", "PDF"), (b"BM", None), (b"\x1f\x8b", "gzip"), (b"Rar!", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"MZ", "EXE"), (b"\x7fELF", "ELF"),
    (b"RIFF", "RIFF"), (b"ID3", "MP3"), (b"\x00\x00\x00", None),
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_kind(data: bytes, filename: str) -> str:
    """The format told by the content: xlsx, xlsb, ods, xls or csv (text).

    Raises
    ------
    InputError
        ``read.not_spreadsheet`` for images, PDFs, archives and other
        binaries; ``read.html_as_excel`` for a web page saved as .xls.
    """
    head = data[:8]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data, filename)
    if head.startswith(_OLE):
        return XLS
    for magic, what in _MAGIC:
        if what and head.startswith(magic):
            raise _fail("read.not_spreadsheet", filename, what=what)
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) or b"<html" in start:
        raise _fail("read.html_as_excel", filename)
    return CSV


def _zip_kind(data: bytes, filename: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200 and b"opendocument.spreadsheet" in zf.read("mimetype"):
                    return ODS
                raise _fail("read.not_spreadsheet", filename, what="OpenDocument (not a spreadsheet)")
    except zipfile.BadZipFile:
        raise _fail("read.damaged", filename, detail="zip") from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise _fail("read.damaged", filename, detail="zip") from None
    if "xl/workbook.bin" in names:
        return XLSB
    if any(n.startswith("xl/") for n in names) or "[Content_Types].xml" in names:
        if "xl/workbook.xml" not in names:
            raise _fail("read.not_spreadsheet", filename, what="Office document (not Excel)")
        return XLSX
    raise _fail("read.not_spreadsheet", filename, what="zip")


# ---------------------------------------------------------------- zip safety

_DECL_RE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_RE = re.compile(rb"<[A-Za-z_]")


def check_zip(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a zip bomb or an XML entity bomb before anything is parsed.

    Sizes come from the central directory (no member is inflated for that).
    Then each XML part is streamed in small chunks only up to its root
    element: a ``<!DOCTYPE`` or ``<!ENTITY`` there, or no root element within
    ``limits.xml_prolog_bytes``, refuses the file.

    Raises
    ------
    InputError
        ``read.too_large_unzipped``, ``read.zip_bomb``, ``read.xml_doctype``,
        ``read.damaged``.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_sizes(infos, filename, limits)
            for info in infos:
                if _is_xml_part(info.filename):
                    _check_prolog(zf, info, filename, limits)
    except InputError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError, zipfile.LargeZipFile):
        raise _fail("read.damaged", filename, detail="zip") from None


def _check_sizes(infos: list[zipfile.ZipInfo], filename: str, limits: Limits) -> None:
    if len(infos) > limits.max_members:
        raise _fail("read.zip_bomb", filename, detail=f"{len(infos)} parts")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_bytes:
        raise _fail("read.too_large_unzipped", filename, size_mb=_mb(total),
                    limit_mb=_mb(limits.max_unzipped_bytes))
    for info in infos:
        if info.file_size >= limits.ratio_min_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise _fail("read.zip_bomb", filename,
                            detail=f"{info.filename}: {ratio:,.0f}:1")


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str,
                  limits: Limits) -> None:
    seen = b""
    with zf.open(info) as stream:
        while len(seen) < limits.xml_prolog_bytes:
            chunk = stream.read(4096)
            if not chunk:
                break
            seen += chunk
            if _DECL_RE.search(seen):
                raise _fail("read.xml_doctype", filename, part=info.filename)
            if _root_started(seen):
                return
    if seen.strip() and not _root_started(seen):
        raise _fail("read.xml_doctype", filename, part=info.filename)


def _root_started(prolog: bytes) -> bool:
    """True when an element start tag (not ``<?`` or ``<!``) has been seen."""
    return _ROOT_RE.search(prolog) is not None


# ---------------------------------------------------------------- calamine

def _read_calamine(data: bytes, filename: str, kind: str, limits: Limits) -> Workbook:
    import python_calamine as pc  # imported here so that csv needs no binary wheel

    try:
        book = pc.CalamineWorkbook.from_object(io.BytesIO(data))
    except pc.PasswordError:
        raise _fail("read.password", filename) from None
    except Exception as exc:  # calamine raises several error classes for bad files
        raise _fail("read.damaged", filename, detail=_short(exc)) from None
    metas = [m for m in book.sheets_metadata if m.typ == pc.SheetTypeEnum.WorkSheet]
    if len(metas) > limits.max_sheets:
        raise _fail("read.too_many_sheets", filename, n=len(metas), limit=limits.max_sheets)
    sheets = []
    for meta in metas:
        sheets.append(_calamine_sheet(book, meta.name, filename, kind, limits))
    if not sheets:
        raise _fail("read.no_sheets", filename)
    return Workbook(filename, kind, tuple(sheets))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _calamine_sheet(book, name: str, filename: str, kind: str, limits: Limits) -> Sheet:
    try:
        sheet = book.get_sheet_by_name(name)
    except Exception as exc:
        raise _fail("read.damaged", filename, sheet=name, detail=_short(exc)) from None
    height, width = sheet.height, sheet.width
    _check_grid(height, width, filename, name, limits)
    try:
        with _no_gc_pass():
            rows = sheet.to_python(skip_empty_area=False)
    except Exception as exc:
        raise _fail("read.damaged", filename, sheet=name, detail=_short(exc)) from None
    merged = sheet.merged_cell_ranges
    if merged is not None:
        merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged)
    return Sheet(name, rows, merged)


def _check_grid(height: int, width: int, filename: str, sheet: str, limits: Limits) -> None:
    if height > limits.max_rows:
        raise _fail("read.too_many_rows", filename, sheet=sheet, n=f"{height:,}",
                    limit=f"{limits.max_rows:,}")
    if width > limits.max_columns:
        raise _fail("read.too_many_columns", filename, sheet=sheet, n=f"{width:,}",
                    limit=f"{limits.max_columns:,}")


# ---------------------------------------------------------------- text files

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
DELIMITERS = (",", ";", "\t", "|")


def decode_text(data: bytes, filename: str) -> tuple[str, str]:
    """Bytes of a text file -> (text, encoding name).

    A byte-order mark decides; otherwise UTF-16 without a BOM is recognised
    by its zero bytes, then strict UTF-8, then cp874 (TIS-620, what Thai
    Excel writes as "CSV").  Binary content is refused.

    Raises
    ------
    InputError
        ``read.not_spreadsheet`` for binary data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], enc, filename), enc + " (BOM)"
    sample = data[:4096]
    if b"\x00" in sample:
        enc = _utf16_without_bom(sample)
        if enc is None:
            raise _fail("read.not_spreadsheet", filename, what="binary")
        return _decode(data, enc, filename), enc
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        try:
            text = data.decode("cp874")
            enc = "cp874"
        except UnicodeDecodeError:
            raise _fail("read.not_spreadsheet", filename, what="binary") from None
    _refuse_control_chars(text, filename)
    return text, enc


def _decode(data: bytes, enc: str, filename: str) -> str:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        raise _fail("read.bad_encoding", filename, encoding=enc) from None
    _refuse_control_chars(text, filename)
    return text


def _utf16_without_bom(sample: bytes) -> str | None:
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    if odd / half > 0.3 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.3 and odd / half < 0.05:
        return "utf-16-be"
    return None


def _refuse_control_chars(text: str, filename: str) -> None:
    sample = text[:8192]
    if not sample:
        return
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\x0c")
    if bad > max(2, len(sample) // 100):
        raise _fail("read.not_spreadsheet", filename, what="binary")


def sniff_delimiter(text: str) -> str:
    """The delimiter of a text table: ``,``, ``;``, tab or ``|``.

    ``csv.Sniffer`` on the first lines; when it cannot tell, or its answer
    does not split the lines evenly, the candidate that gives the most lines
    the same number of fields wins.  An Excel ``sep=;`` first line is obeyed.
    """
    first = text[:20].splitlines()[0] if text else ""
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4]
    lines = [ln for ln in text[:65536].splitlines()[:50] if ln.strip()]
    sample = "\n".join(lines)
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = None
    scores = {d: _consistency(lines, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    if found in scores and scores[found] >= scores[best] * 0.9 and scores[found] > 0:
        return found
    return best if scores[best] > 0 else ","


def _consistency(lines: list[str], delimiter: str) -> float:
    """Share of lines with the most common field count (>1), times log of that count."""
    if not lines:
        return 0.0
    counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
    values, freq = np.unique(counts, return_counts=True)
    order = np.argsort(-freq)
    for i in order:
        if values[i] > 1:
            return float(freq[i]) / len(counts) * np.log(values[i])
    return 0.0


def _read_text(data: bytes, filename: str, limits: Limits) -> Workbook:
    text, encoding = decode_text(data, filename)
    if not text.strip():
        raise _fail("read.empty_file", filename)
    delimiter = sniff_delimiter(text)
    lines = text.splitlines()
    if lines and lines[0].lower().startswith("sep=") and len(lines[0]) == 5:
        text = text.split("\n", 1)[1] if "\n" in text else ""
    rows = _parse_delimited(text, delimiter, filename, limits)
    name = Path(filename).stem or "data"
    notes = (Problem("read.text_read_as", {"encoding": encoding,
                                          "delimiter": _delimiter_name(delimiter)},
                     file=filename, severity=INFO),)
    return Workbook(filename, CSV, (Sheet(name, rows, None),), encoding, delimiter, notes)


@_no_gc_pass()
def _parse_delimited(text: str, delimiter: str, filename: str, limits: Limits) -> list:
    rows = []
    width = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > limits.max_rows:
                raise _fail("read.too_many_rows", filename, n=f"> {limits.max_rows:,}",
                            limit=f"{limits.max_rows:,}")
            if len(row) > width:
                width = len(row)
    except csv.Error as exc:
        raise _fail("read.damaged", filename, detail=_short(exc)) from None
    if width > limits.max_columns:
        raise _fail("read.too_many_columns", filename, n=f"{width:,}",
                    limit=f"{limits.max_columns:,}")
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return rows


def _delimiter_name(d: str) -> str:
    return {"\t": "tab", ",": ",", ";": ";", "|": "|"}.get(d, d)


# ---------------------------------------------------------------- the table

FOOTER_RE = re.compile(
    r"^\s*(รวม|รวมทั้งหมด|รวมทั้งสิ้น|ผลรวม|ยอดรวม|ค่าเฉลี่ย|เฉลี่ย|ค่าเฉลี่ยรวม|"
    r"ส่วนเบี่ยงเบนมาตรฐาน|ค่ามัธยฐาน|มัธยฐาน|ค่าสูงสุด|ค่าต่ำสุด|"
    r"total|grand\s+total|sum|average|avg\.?|mean|median|s\.\s?d\.?|sd|std\.?|"
    r"std\.?\s*dev\.?|standard\s+deviation|min|max|x̄)"
    r"\s*(ทั้งหมด|ทั้งสิ้น)?\s*[:：]?\s*(\(.*\))?\s*$",
    re.IGNORECASE,
)


_FOOTER_START = frozenset("รผยคเสมtgsamx")
# the same first letters in either case: a cell's first letter is looked up without
# lower-casing the whole column first (Thai letters have no case)
_FOOTER_FIRST = _FOOTER_START | frozenset("TGSAMX")


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@_no_gc_pass()
def table(workbook: Workbook, sheet: str | int | None = None, *,
          header_row: int | None = None, limits: Limits = DEFAULT_LIMITS) -> Table:
    """The data table of one sheet: header found, columns named, rows kept.

    Parameters
    ----------
    workbook : Workbook
        From :func:`read_workbook`.
    sheet : str or int, optional
        Sheet name or index; the first sheet by default.
    header_row : int, optional
        The header's 1-based row as Excel shows it, when the guess is wrong.
    limits : Limits, optional
        ``header_scan_rows`` says how far down the header is looked for.

    Returns
    -------
    Table

    Raises
    ------
    InputError
        ``read.sheet_empty``, ``read.header_only``, ``read.no_numbers``,
        ``read.no_header``, ``read.bad_header_row``.

    Notes
    -----
    The header is the first row within the first ``header_scan_rows`` that
    has mostly text in at least half as many cells as the rows below it,
    and is followed (within three rows) by a row with numbers.  When the row
    just above it has labels over only some of its columns (a merged group
    label such as "ระยะเวลา (วัน)" over "ก่อน" | "หลัง"), the two rows are
    joined into "ระยะเวลา (วัน) ก่อน".

    Examples
    --------
    >>> wb = read_workbook("รายงาน\\nก่อน,หลัง\\n5,3\\nรวม,3\\n".encode(), "a.csv")
    >>> t = table(wb)
    >>> t.header_row, t.columns, t.rows.tolist()
    (2, ('ก่อน', 'หลัง'), [3])
    """
    sh = workbook.sheet(sheet)
    where = {"file": workbook.file, "sheet": sh.name}
    grid = sh.rows
    if not grid or not any(_filled(v) for row in grid for v in row):
        raise _fail("read.sheet_empty", **where)
    head = _head_frame(grid, limits.header_scan_rows)
    if header_row is None:
        h = _find_header(head, grid, where)
    else:
        h = _check_header_row(header_row, grid, where)
    upper = _group_row(head, grid, h, sh.merged)
    body = pd.DataFrame(grid[h + 1:])
    if body.empty:
        raise _fail("read.header_only", row=h + 1, **where)
    blank = np.column_stack([_blank_column(body.iloc[:, j]) for j in range(body.shape[1])])
    raw = _header_texts(grid, h, upper, sh.merged, body.shape[1])
    names, letters, keep = _unique_names(raw, ~blank.all(axis=0))
    data = body if keep == list(range(body.shape[1])) else body.iloc[:, keep]
    data.columns = names
    data.index = pd.RangeIndex(h + 2, h + 2 + len(body), name="row")
    full = data
    data, problems = _drop_blank_and_footer(data, blank[:, keep], where)
    if data.empty:
        raise _fail("read.header_only", row=h + 1, **where)
    header_rows = (upper + 1, h + 1) if upper is not None else (h + 1,)
    footer_rows = [p.row for p in problems if p.key == "read.footer_row"]
    return Table(workbook.file, sh.name, h + 1, header_rows, tuple(names), tuple(letters), data,
                 tuple(problems), full.loc[footer_rows] if footer_rows else None)


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, float):
        return value == value
    return True


def _head_frame(grid: list, n: int) -> pd.DataFrame:
    """Cell kinds of the first ``n`` rows: 0 blank (or "-"), 1 number or date, 2 text."""
    rows = grid[:n]
    width = max((len(r) for r in rows), default=0)
    kinds = np.zeros((len(rows), width), dtype=np.int8)
    for i, row in enumerate(rows):  # at most header_scan_rows rows: a loop is quickest
        for j, value in enumerate(row):
            kinds[i, j] = _kind(value)
    return pd.DataFrame(kinds)


def _kind(value: Any) -> int:
    if hasattr(value, "year"):
        return 1
    status = cells.parse_one(value)[0]
    if status == cells.OK:
        return 1
    return 0 if status in (cells.BLANK, cells.MISSING) else 2


def _find_header(kinds: pd.DataFrame, grid: list, where: dict) -> int:
    k = kinds.to_numpy()
    filled = (k > 0).sum(axis=1)
    texts = (k == 2).sum(axis=1)
    # data rows hold numbers, or yes/no answers (ทันเวลา / ไม่ทันเวลา: a count sheet of cases)
    numbers = (k == 1).sum(axis=1) + _answers(kinds, grid)
    nonblank = np.flatnonzero(filled)
    for i in nonblank:
        if not _header_like(filled[i], texts[i], k.shape[1]):
            continue
        below = [r for r in nonblank if r > i][:5]
        if not below:
            continue
        width = max(filled[r] for r in below)
        if filled[i] * 2 < width:
            continue
        nxt = below[0]
        if numbers[nxt] == 0 and _header_like(filled[nxt], texts[nxt], k.shape[1]):
            continue  # the next row is a header too: this one is a title or group row
        if any(numbers[r] > 0 for r in below[:3]):
            return int(i)
    if not (k == 1).any() and not _any_number(grid):
        header_like = [i for i in nonblank if _header_like(filled[i], texts[i], k.shape[1])]
        if len(header_like) == 1 and header_like[-1] == nonblank[-1] \
                and len(grid) <= len(kinds):
            raise _fail("read.header_only", row=int(header_like[-1]) + 1, **where)
        raise _fail("read.no_numbers", **where)
    raise _fail("read.no_header", rows=len(kinds), **where)


def _answers(kinds: pd.DataFrame, grid: list) -> np.ndarray:
    """Yes/no answers among the text cells of each of the first rows."""
    k = kinds.to_numpy()
    out = np.zeros(k.shape[0], dtype=int)
    for i, j in zip(*np.nonzero(k == 2)):
        if cells.yes_no_word(grid[i][j]) is not None:
            out[i] += 1
    return out


def _header_like(filled: int, texts: int, width: int) -> bool:
    """At least two filled cells (a before and an after), mostly text."""
    return filled >= 2 and texts >= 0.6 * filled


def _any_number(grid: list) -> bool:
    frame = pd.DataFrame(grid, dtype=object)
    for col in frame.columns:
        if (cells.parse_numbers(frame[col]).status == cells.OK).any():
            return True
    return False


def _check_header_row(header_row: int, grid: list, where: dict) -> int:
    if not isinstance(header_row, (int, np.integer)) or isinstance(header_row, bool) \
            or header_row < 1 or header_row > len(grid):
        raise _fail("read.bad_header_row", row=header_row, n=len(grid), **where)
    return int(header_row) - 1


def _cell_text(value: Any) -> str:
    if not _filled(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _group_row(kinds: pd.DataFrame, grid: list, h: int, merged) -> int | None:
    """The row above the header when it holds group labels, else None."""
    if h == 0 or h - 1 >= len(kinds) or h >= len(kinds):
        return None
    up = kinds.iloc[h - 1].to_numpy()
    low = kinds.iloc[h].to_numpy()
    n_up = int((up > 0).sum())
    if n_up == 0 or (up == 1).any():
        return None
    over_blank = bool(((up > 0) & (low == 0)).any())
    if merged:
        spans = [m for m in merged if m[0] == h - 1 and m[2] == h - 1 and m[3] > m[1]]
        header_width = int(np.flatnonzero(low > 0).max()) - int(np.flatnonzero(low > 0).min()) + 1
        if spans and all(m[3] - m[1] + 1 >= header_width for m in spans) and n_up == 1:
            return None  # one title merged across the whole table
        if spans or over_blank:
            return h - 1
        return None
    if over_blank:
        return h - 1
    if n_up >= 2 and n_up < int((low > 0).sum()):
        # no merge information: group labels only when they spread over
        # sub-headers such as ก่อน | หลัง (not a "หน่วยงาน: | กองกลาง" line)
        width = max(len(grid[h]), len(grid[h - 1]))
        top = [_cell_text(v) for v in grid[h - 1]] + [""] * (width - len(grid[h - 1]))
        lower = [_cell_text(v) for v in grid[h]] + [""] * (width - len(grid[h]))
        if _spread_group_labels(top, lower, h - 1, None) != top:
            return h - 1
    return None


def _header_texts(grid: list, h: int, upper: int | None, merged, width: int) -> list[str]:
    """The header text of each of ``width`` columns (two rows joined when needed)."""
    width = max(width, len(grid[h]))
    lower = [_cell_text(v) for v in grid[h]] + [""] * (width - len(grid[h]))
    if upper is None:
        return lower
    top = [_cell_text(v) for v in grid[upper]] + [""] * (width - len(grid[upper]))
    top = _spread_group_labels(top[:width], lower, upper, merged)
    return [" ".join(p for p in (t, lo) if p) if t != lo else lo for t, lo in zip(top, lower)]


def _spread_group_labels(top: list[str], lower: list[str], row: int, merged) -> list[str]:
    """Copy a group label over the columns it spans (from merges, or guessed)."""
    top = list(top)
    if merged:
        for r0, c0, r1, c1 in merged:
            if r0 <= row <= r1 and c1 > c0 and c0 < len(top):
                for c in range(c0 + 1, min(c1 + 1, len(top))):
                    if not top[c]:
                        top[c] = top[c0]
        return top
    repeated = {w for w in lower if w and lower.count(w) > 1}
    label = ""
    for j, word in enumerate(lower):
        if top[j]:
            label = top[j]
        elif label and word and (word in repeated or _is_period_word(word)):
            top[j] = label
        else:
            label = ""
    return top


def _is_period_word(word: str) -> bool:
    return cells.parse_period([word])[0] is not None and len(word) <= 24


def _unique_names(raw: list[str], has_data: np.ndarray):
    """Unique names for the columns that have a header or data; their letters and positions."""
    names, letters, keep, seen = [], [], [], {}
    for j, name in enumerate(raw):
        if not name and not (j < len(has_data) and has_data[j]):
            continue
        letter = column_letter(j)
        name = name or f"({letter})"
        if name in seen:
            seen[name] += 1
            name = f"{name} #{seen[name]}"
        else:
            seen[name] = 1
        names.append(name)
        letters.append(letter)
        keep.append(j)
    return names, letters, keep


def _drop_blank_and_footer(frame: pd.DataFrame, blank: np.ndarray,
                           where: dict) -> tuple[pd.DataFrame, list]:
    """Remove blank rows, footer rows and what is below the first footer row."""
    row_blank = blank.all(axis=1)
    footer = _footer_rows(frame, blank)
    problems = []
    rows = frame.index.to_numpy()
    after = np.zeros(len(frame), dtype=bool)
    if footer.any():
        first = int(np.argmax(footer))
        after[first:] = True
        for r in rows[footer]:
            label = _cell_text(_first_text(frame.loc[r]))
            problems.append(Problem("read.footer_row", {"label": label}, row=int(r),
                                    severity=INFO, **where))
        below = after & ~footer & ~row_blank
        if below.any():
            first_row, last_row = int(rows[below][0]), int(rows[below][-1])
            span = str(first_row) if first_row == last_row else f"{first_row}\u2013{last_row}"
            problems.append(Problem("read.rows_below_footer",
                                    {"rows": span, "n": int(below.sum())},
                                    row=int(rows[below][0]), severity=INFO, **where))
    keep = ~row_blank & ~after
    return (frame if keep.all() else frame[keep]), problems


def _blank_column(col: pd.Series) -> np.ndarray:
    if pd.api.types.is_numeric_dtype(col.dtype) and col.dtype != bool:
        return col.isna().to_numpy()
    return cells.is_blank(col)


def _footer_rows(frame: pd.DataFrame, blank: np.ndarray) -> np.ndarray:
    """Rows whose first filled cell is a footer label such as รวม or ค่าเฉลี่ย."""
    n = len(frame)
    footer = np.zeros(n, dtype=bool)
    seen = np.zeros(n, dtype=bool)
    for j in range(frame.shape[1]):
        first_here = ~blank[:, j] & ~seen
        col = frame.iloc[:, j]
        if first_here.any() and not pd.api.types.is_numeric_dtype(col.dtype):
            idx = np.flatnonzero(first_here)
            sub = col.iloc[idx]
            if sub.dtype == object:
                is_str = (sub.map(type) == str).to_numpy()
                idx, sub = idx[is_str], sub[is_str]
            # cheap filter first: footer labels start with few letters and are short
            # (the length is measured only for the cells that pass the first test)
            short = sub.str.lstrip().str[:1].isin(_FOOTER_FIRST).to_numpy(dtype=bool, copy=True)
            if short.any():
                short[short] = (sub[short].str.len() <= 60).to_numpy(dtype=bool)
            if short.any():
                hits = sub[short].str.match(FOOTER_RE).to_numpy(dtype=bool)
                footer[idx[short][hits]] = True
        seen |= ~blank[:, j]
        if seen.all():
            break
    return footer


def _first_text(row: pd.Series) -> Any:
    for value in row:
        if _filled(value):
            return value
    return ""
