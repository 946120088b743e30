"""Realistic input files, built in memory, as Thai offices make them.

Every function returns the file's bytes.  The expected numbers are kept
beside them (``PAIRED_BEFORE`` ...) so tests can check what was read.
"""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pandas as pd
from openpyxl.styles import Alignment, Font

TITLE = "รายงานผลการดำเนินโครงการ สล สุขดี มีคุณธรรม"
SUBTITLE = "หน่วยงาน: กองกลาง  ปีงบประมาณ พ.ศ. 2568"

# The paired sheet: document-approval days, before and after, per document.
# Cells are written the way people type them; the numbers they mean follow.
PAIRED_CELLS = [
    # ลำดับ, เลขที่หนังสือ, วันที่รับ, ก่อน (วัน), หลัง (วัน)
    (1, "สล 0001/2568", "15/03/2568", 5, 2),
    (2, "สล 0002/2568", "16/03/2568", "๗", "๓"),
    (3, "สล 0003/2568", "17 มี.ค. 2568", "6 วัน", "2 วัน"),
    (4, "สล 0004/2568", "2568-03-18", 8, "-"),
    (5, "สล 0005/2568", 45735, "1,0", 3),          # "1,0" is not a number
    (6, "สล 0006/2568", "20/03/2568", 9.5, 4),
    (7, "สล 0007/2568", "21/03/2568", 7, "3 ชั่วโมง"),  # another unit: a problem
    (8, "สล 0008/2568", "22/03/2568", 6, 2.5),
]
# Excel rows: title 1, subtitle 2, blank 3, header 4, data from 5, one blank
# row after the 4th case (row 9), so cases 5-8 are rows 10-13; footer 14-15.
PAIRED_ROWS = [5, 6, 7, 8, 10, 11, 12, 13]
PAIRED_BEFORE = [5, 7, 6, 8, float("nan"), 9.5, 7, 6]
PAIRED_AFTER = [2, 3, 2, float("nan"), 3, 4, float("nan"), 2.5]
PAIRED_HEADER = ["ลำดับ", "เลขที่หนังสือ", "วันที่รับ", "ระยะเวลาอนุมัติ ก่อน (วัน)",
                 "ระยะเวลาอนุมัติ หลัง (วัน)"]


def _save(wb: openpyxl.Workbook) -> bytes:
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def _title_rows(ws, width: int) -> None:
    ws.cell(1, 1, TITLE).font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.cell(2, 1, SUBTITLE)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)


def _fill_paired(ws) -> None:
    _title_rows(ws, len(PAIRED_HEADER))
    for j, name in enumerate(PAIRED_HEADER, start=1):
        ws.cell(4, j, name).font = Font(bold=True)
    for row, cells in zip(PAIRED_ROWS, PAIRED_CELLS):
        for j, value in enumerate(cells, start=1):
            ws.cell(row, j, value)
    ws.cell(14, 1, "รวม")
    ws.cell(14, 4, "=SUM(D5:D13)")
    ws.cell(14, 5, "=SUM(E5:E13)")
    ws.cell(15, 1, "ค่าเฉลี่ย")
    ws.cell(15, 4, 6.9)
    ws.cell(15, 5, 2.6)
    ws.cell(17, 1, "หมายเหตุ: ข้อมูลจากทะเบียนหนังสือรับ")


def xlsx_paired() -> bytes:
    """Title rows merged over the table, Thai digits, units, '-', a blank row, footers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "เวลาอนุมัติ"
    _fill_paired(ws)
    return _save(wb)


TWO_ROW_HEADER_EXPECTED = ["ลำดับ", "ระยะเวลา (วัน) ก่อน", "ระยะเวลา (วัน) หลัง",
                           "ค่าใช้จ่าย (บาท) ก่อน", "ค่าใช้จ่าย (บาท) หลัง", "หมายเหตุ"]


def _fill_two_row_header(ws, merged: bool = True) -> None:
    ws.cell(1, 1, TITLE)
    if merged:
        ws.merge_cells("A1:F1")
    ws.cell(2, 1, "ลำดับ")
    ws.cell(2, 2, "ระยะเวลา (วัน)")
    ws.cell(2, 4, "ค่าใช้จ่าย (บาท)")
    ws.cell(2, 6, "หมายเหตุ")
    for j, word in enumerate(["ก่อน", "หลัง", "ก่อน", "หลัง"], start=2):
        ws.cell(3, j, word)
    if merged:
        ws.merge_cells("A2:A3")
        ws.merge_cells("B2:C2")
        ws.merge_cells("D2:E2")
        ws.merge_cells("F2:F3")
    data = [(1, 5, 2, 300, 120, ""), (2, 6, 3, 250, 100, "เร่งด่วน"), (3, 4, 2, 310, 90, ""),
            (4, 7, 3, 280, 110, "")]
    for i, row in enumerate(data, start=4):
        for j, value in enumerate(row, start=1):
            if value != "":
                ws.cell(i, j, value)


def xlsx_two_row_header() -> bytes:
    """'ระยะเวลา (วัน)' merged over 'ก่อน' | 'หลัง'; 'ลำดับ' merged down two rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "สองแถว"
    _fill_two_row_header(ws)
    return _save(wb)


def ods_two_row_header() -> bytes:
    """The same two-row header in .ods, where the reader gets no merge information."""
    rows = [[TITLE, None, None, None, None, None],
            ["ลำดับ", "ระยะเวลา (วัน)", None, "ค่าใช้จ่าย (บาท)", None, "หมายเหตุ"],
            [None, "ก่อน", "หลัง", "ก่อน", "หลัง", None],
            [1, 5, 2, 300, 120, None], [2, 6, 3, 250, 100, "เร่งด่วน"],
            [3, 4, 2, 310, 90, None], [4, 7, 3, 280, 110, None]]
    return _ods({"สองแถว": rows})


MULTI_HEADER = ["รหัสคำขอ", "เวลา ก่อน", "เวลา หลัง", "ค่าใช้จ่าย ก่อน", "ค่าใช้จ่าย หลัง"]
MULTI_ROWS = [
    ("R-01", "15 นาที", "5 นาที", "300 บาท", "120 บาท"),
    ("R-02", "20 นาที", "6 นาที", "1,250.00", "400"),
    ("R-03", "18 นาที", "1 ชั่วโมง", "฿280", "100"),   # 1 hour: unit mismatch
    ("R-04", "๒๕ นาที", "๘ นาที", "(50)", "90"),
]


def xlsx_multi_pair() -> bytes:
    """Two metrics as two before/after column pairs, units written in the cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "บริการ"
    ws.append(MULTI_HEADER)
    for row in MULTI_ROWS:
        ws.append(list(row))
    return _save(wb)


INDEPENDENT_BEFORE = [32, 28, 35, 30, 41, 29, 33]
INDEPENDENT_AFTER = [12, 15, 10, 14]


def xlsx_independent() -> bytes:
    """Two lists of different cases and different length (no case id)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "เวลาให้บริการ"
    ws.append(["เวลาให้บริการ ก่อน (นาที)", "เวลาให้บริการ หลัง (นาที)"])
    for i, b in enumerate(INDEPENDENT_BEFORE):
        ws.append([b, INDEPENDENT_AFTER[i] if i < len(INDEPENDENT_AFTER) else None])
    return _save(wb)


LONG_ROWS = [
    ("ระยะเวลา (วัน)", "D1", "ก่อน", 5), ("ระยะเวลา (วัน)", "D2", "ก่อน", 6),
    ("ระยะเวลา (วัน)", "D3", "ก่อน", 7), ("ระยะเวลา (วัน)", "D1", "หลัง", 2),
    ("ระยะเวลา (วัน)", "D3", "หลัง", 3), ("ระยะเวลา (วัน)", "D2", "หลัง", 2.5),
    ("ค่าใช้จ่าย (บาท)", "D1", "ก่อนดำเนินโครงการ", 300),
    ("ค่าใช้จ่าย (บาท)", "D2", "ก่อนดำเนินโครงการ", 320),
    ("ค่าใช้จ่าย (บาท)", "D4", "หลังดำเนินโครงการ", 100),
    ("ค่าใช้จ่าย (บาท)", "D5", "หลังดำเนินโครงการ", 110),
    ("ค่าใช้จ่าย (บาท)", "D6", "หลังดำเนินโครงการ", 90),
]


def xlsx_long() -> bytes:
    """Long format: metric, case, period (ก่อน/หลัง), value."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ข้อมูลแบบยาว"
    ws.append(["ตัวชี้วัด", "รหัส", "ช่วง", "ค่า"])
    for row in LONG_ROWS:
        ws.append(list(row))
    return _save(wb)


AGGREGATE_ROWS = [
    ("ปริมาณกระดาษ", "แผ่น", "12,000", "3,500"),
    ("ค่าใช้จ่ายต่อเอกสาร", "บาท", 85, 30),
    ("จำนวนขั้นตอน", "ขั้นตอน", 9, 4),
    ("ระยะเวลาดำเนินการ", "วัน", 7, "2"),
    ("ความพึงพอใจ", "คะแนน", 3.2, 4.5),
]


def xlsx_aggregate() -> bytes:
    """Aggregate table: metric, unit, before, after (one number each) with a title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "สรุปผล"
    ws["A1"] = "สรุปผลการดำเนินงานก่อนและหลังโครงการ"
    ws.merge_cells("A1:E1")
    ws.append(["ลำดับ", "ตัวชี้วัด", "หน่วยนับ", "ก่อนดำเนินโครงการ", "หลังดำเนินโครงการ"])
    for i, row in enumerate(AGGREGATE_ROWS, start=1):
        ws.append([i, *row])
    return _save(wb)


def xlsx_all_layouts() -> bytes:
    """One workbook, one sheet per layout, plus a notes sheet without numbers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "เวลาอนุมัติ"
    _fill_paired(ws)
    for source in (xlsx_multi_pair, xlsx_independent, xlsx_long, xlsx_aggregate):
        other = openpyxl.load_workbook(io.BytesIO(source()))
        src = other.active
        dst = wb.create_sheet(src.title)
        for row in src.iter_rows(values_only=True):
            dst.append(list(row))
    notes = wb.create_sheet("คำอธิบาย")
    notes["A1"] = "ชีตนี้อธิบายที่มาของข้อมูล"
    notes["A2"] = "ผู้จัดทำ: กองกลาง"
    return _save(wb)


def xlsx_from_rows(rows: list[list], title: str = "Sheet1") -> bytes:
    """A plain xlsx with the given rows from A1."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    return _save(wb)


# ---------------------------------------------------------------- xls and ods

def xls_paired() -> bytes:
    """A real BIFF8 .xls (xlwt), with a merged title over the header."""
    import xlwt  # test-only dependency

    book = xlwt.Workbook(encoding="utf-8")
    sh = book.add_sheet("ข้อมูล")
    sh.write_merge(0, 0, 0, 2, TITLE)
    for j, name in enumerate(["ลำดับ", "ก่อน (นาที)", "หลัง (นาที)"]):
        sh.write(1, j, name)
    for i, (b, a) in enumerate([(15, 5), (20, 6), (18, 7), (25, 8)], start=2):
        sh.write(i, 0, i - 1)
        sh.write(i, 1, b)
        sh.write(i, 2, a)
    sh.write(6, 0, "ค่าเฉลี่ย")
    sh.write(6, 1, 19.5)
    sh.write(6, 2, 6.5)
    bio = io.BytesIO()
    book.save(bio)
    return bio.getvalue()


def _ods(sheets: dict[str, list[list]]) -> bytes:
    bio = io.BytesIO()
    with pd.ExcelWriter(bio, engine="odf") as writer:
        for name, rows in sheets.items():
            pd.DataFrame(rows).to_excel(writer, sheet_name=name, index=False, header=False)
    return bio.getvalue()


def ods_paired() -> bytes:
    """An .ods (LibreOffice) paired sheet with a title row above the header."""
    return _ods({"ข้อมูล": [[TITLE, None, None],
                            ["ลำดับ", "ก่อน", "หลัง"],
                            [1, 15, 5], [2, 20, 6], [3, 18, 7], [4, 25, 8]]})


# ---------------------------------------------------------------- text files

CSV_HEADER = ["ลำดับ", "เวลา ก่อน (นาที)", "เวลา หลัง (นาที)"]
CSV_ROWS = [["1", "15", "5"], ["2", "20", "6"], ["3", "1,250.5", "7"], ["4", "๒๕", "๘"]]
CSV_BEFORE = [15, 20, 1250.5, 25]
CSV_AFTER = [5, 6, 7, 8]


def csv_text(delimiter: str = ",", title: bool = True) -> str:
    """The CSV table as text (with a title line as Excel exports it)."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if title:
        writer.writerow([TITLE, "", ""])
    writer.writerow(CSV_HEADER)
    for row in CSV_ROWS:
        writer.writerow(row)
    writer.writerow(["ค่าเฉลี่ย", "329.1", "6.5"])
    return out.getvalue()


def csv_bytes(encoding: str = "utf-8", delimiter: str = ",", title: bool = True) -> bytes:
    """``encoding``: utf-8, utf-8-sig (BOM), utf-16 (BOM, as Teams writes), cp874."""
    return csv_text(delimiter, title).encode(encoding)


# ---------------------------------------------------------------- bad files

PNG_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
             b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01"
             b"\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
PDF_BYTES = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n"
             b"%%EOF\n")


def binary_bytes(n: int = 2048) -> bytes:
    """Random-looking binary data with NUL bytes (e.g. an .exe renamed .csv)."""
    return bytes((i * 7919 + 13) % 256 for i in range(n))


def truncated_xlsx() -> bytes:
    """An xlsx cut in the middle, as a broken download leaves it."""
    data = xlsx_paired()
    return data[: len(data) // 2]


def header_only_xlsx() -> bytes:
    return xlsx_from_rows([[TITLE], ["ลำดับ", "ก่อน", "หลัง"]])


def no_numbers_xlsx() -> bytes:
    return xlsx_from_rows([["ลำดับ", "ก่อน", "หลัง"], ["ก", "ช้า", "เร็ว"], ["ข", "ช้ามาก", "เร็ว"]])


def single_pair_xlsx() -> bytes:
    return xlsx_from_rows([["ก่อน", "หลัง"], [5, 3]])


def zip_bomb_xlsx(unzipped_mb: int = 320) -> bytes:
    """A valid-looking xlsx whose sheet inflates to ``unzipped_mb`` MB of zeros.

    Written in 1 MB chunks at compression level 1, so building it takes well
    under a second of CPU per 100 MB and never holds the inflated data.
    """
    base = zipfile.ZipFile(io.BytesIO(xlsx_from_rows([["ก่อน", "หลัง"], [1, 2]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in base.namelist():
            if name == "xl/worksheets/sheet1.xml":
                chunk = b"\x20" * (1024 * 1024)
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                with zf.open(info, "w", force_zip64=True) as member:
                    member.write(base.read(name)[:-len(b"</worksheet>")])
                    for _ in range(unzipped_mb):
                        member.write(chunk)
                    member.write(b"</worksheet>")
            else:
                zf.writestr(name, base.read(name))
    return out.getvalue()


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">'
                     for i in range(1, 10))
           + "]>")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
       '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')


def handmade_xlsx(*, doctype_in: str | None = None) -> bytes:
    """A minimal xlsx written by hand (shared strings, two rows).

    ``doctype_in``: ``"sheet"`` or ``"shared"`` puts a "billion laughs"
    entity declaration in sheet1.xml or sharedStrings.xml and uses the
    deepest entity in a cell.
    """
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    shared_text = "&lol9;" if doctype_in == "shared" else "ก่อน"
    shared = (head + (_LAUGHS if doctype_in == "shared" else "")
              + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="2" uniqueCount="2"><si><t>{shared_text}</t></si><si><t>หลัง</t></si></sst>')
    a2 = ('<c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c>' if doctype_in == "sheet" else "")
    sheet = (head + (_LAUGHS if doctype_in == "sheet" else "")
             + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
             '<row r="2"><c r="A2"><v>5</v></c><c r="B2"><v>3</v></c></row>'
             f'<row r="3">{a2}</row></sheetData></worksheet>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        zf.writestr("xl/sharedStrings.xml", shared)
    return out.getvalue()
