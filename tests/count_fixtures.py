"""Count sheets as Thai offices keep them (issue 14), built in memory.

The three sheets of the issue: yearly complaint counts, documents returned
for correction out of those submitted, and requests finished on time (yes/no,
the same requests before and after); plus the 2 × 2 table of changes and a
few variants.  The numbers meant are kept beside them.
"""
from __future__ import annotations

from openpyxl.styles import Font

from fixtures_files import _save, _title_rows, xlsx_from_rows

import openpyxl

# complaints received a year: fiscal 2567 (before) and 2568 (after)
COMPLAINTS = (120, 45)
# documents returned for correction: 35 of 400 before, 8 of 410 after
RETURNED = (35, 400, 8, 410)
# requests finished within the standard time, the same 60 requests: both, before only, after only, neither
ON_TIME = (20, 3, 25, 12)
ON_TIME_HEADER = ["เลขที่คำขอ", "เสร็จภายในเวลามาตรฐาน ก่อน", "เสร็จภายในเวลามาตรฐาน หลัง"]


def _sheet(rows: list[list], title: str, *, header_row: int = 3) -> bytes:
    """A sheet with the office's title in row 1, the header in ``header_row``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    width = max(len(r) for r in rows)
    _title_rows(ws, width)
    for i, row in enumerate(rows):
        for j, v in enumerate(row, start=1):
            ws.cell(header_row + i, j, v)
            if i == 0:
                ws.cell(header_row + i, j).font = Font(bold=True)
    return _save(wb)


def complaints_xlsx(before: int = COMPLAINTS[0], after: int = COMPLAINTS[1]) -> bytes:
    """Yearly complaint counts: ปีงบประมาณ 2567 / 2568 (rows 4 and 5)."""
    return _sheet([["ปีงบประมาณ", "จำนวนเรื่องร้องเรียน (เรื่อง)"], [2567, before], [2568, after]],
                  "เรื่องร้องเรียน")


def complaints_exposure_xlsx() -> bytes:
    """Complaints with the months counted: 120 in 12 months, then 20 in 6 months."""
    return _sheet([["ช่วงเวลา", "จำนวนเรื่องร้องเรียน (เรื่อง)", "ระยะเวลา (เดือน)"],
                   ["ก่อนดำเนินโครงการ", 120, 12], ["หลังดำเนินโครงการ", 20, 6]], "ร้องเรียน")


def monthly_complaints_xlsx() -> bytes:
    """One row per month, 12 before and 12 after: rows of a period are added up."""
    before = [12, 9, 11, 10, 8, 13, 10, 9, 12, 7, 10, 9]
    after = [5, 4, 3, 6, 2, 4, 3, 5, 4, 3, 2, 4]
    rows = [["ช่วง", "เดือน", "จำนวนเรื่องร้องเรียน (เรื่อง)"]]
    months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
    rows += [["ก่อน", m, v] for m, v in zip(months, before)]
    rows += [["หลัง", m, v] for m, v in zip(months, after)]
    return _sheet(rows, "รายเดือน"), (sum(before), 12, sum(after), 12)


def returned_xlsx(xb: int = RETURNED[0], nb: int = RETURNED[1], xa: int = RETURNED[2], na: int = RETURNED[3]) -> bytes:
    """Documents returned for correction out of those submitted (rows 4 and 5)."""
    return _sheet([["ช่วงเวลา", "เอกสารที่เสนอทั้งหมด (ฉบับ)", "เอกสารที่ถูกส่งกลับแก้ไข (ฉบับ)"],
                   ["ก่อนดำเนินโครงการ", nb, xb], ["หลังดำเนินโครงการ", na, xa]], "ส่งกลับแก้ไข")


def returned_aggregate_xlsx() -> bytes:
    """The same counts written as aggregate rows: a total row and a count row."""
    return _sheet([["ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"],
                   ["เอกสารที่เสนอทั้งหมด", "ฉบับ", RETURNED[1], RETURNED[3]],
                   ["เอกสารที่ถูกส่งกลับแก้ไข", "ฉบับ", RETURNED[0], RETURNED[2]],
                   ["จำนวนขั้นตอน", "ขั้นตอน", 9, 4]], "สรุป")


def on_time_rows() -> list[list]:
    """60 requests in a fixed, mixed order; answers written several ways."""
    both, before_only, after_only, neither = ON_TIME
    pattern = (["B"] * both + ["b"] * before_only + ["a"] * after_only + ["n"] * neither)
    order = sorted(range(len(pattern)), key=lambda i: (i * 37) % 61)
    yes = ("ทันเวลา", "ทัน", "ใช่", "✓")
    no = ("ไม่ทันเวลา", "ไม่ทัน", "ไม่ใช่", "✗")
    rows = []
    for k, i in enumerate(order):
        code = pattern[i]
        b = yes[k % 4] if code in "Bb" else no[k % 4]
        a = yes[(k + 1) % 4] if code in "Ba" else no[(k + 1) % 4]
        rows.append([f"คำขอ-{k + 1:03d}", b, a])
    return rows


def on_time_xlsx(*, extra: bool = True) -> bytes:
    """The same 60 requests on time or not, before and after (header row 3, data from row 4);
    with ``extra`` two more rows that are left out: row 64 has "รอตรวจ" (not yes/no) before,
    row 65 has no answer after."""
    rows = [ON_TIME_HEADER] + on_time_rows()
    if extra:
        rows += [["คำขอ-061", "รอตรวจ", "ทันเวลา"], ["คำขอ-062", "ทันเวลา", None]]
    return _sheet(rows, "ทันเวลา")


def on_time_groups_xlsx() -> bytes:
    """Two lists of different requests (no case id): 23 of 60 on time before, 45 of 62 after."""
    before = ["ทันเวลา"] * 23 + ["ไม่ทันเวลา"] * 37
    after = ["ทันเวลา"] * 45 + ["ไม่ทันเวลา"] * 17
    rows = [["ทันเวลา ก่อน", "ทันเวลา หลัง"]]
    for i in range(62):
        rows.append([before[i] if i < 60 else None, after[i]])
    return _sheet(rows, "สองกลุ่ม")


def table_2x2_xlsx(*, total: int | None = None, total_row: tuple | None = None, transposed: bool = False,
                   with_total_row: bool = False) -> bytes:
    """The 2 × 2 table of changes: answer before down the side, after across the top
    (``transposed``: the other way round, "หลัง \\ ก่อน" in the corner).

    Row 3 header, row 4 "ทันเวลา", row 5 "ไม่ทันเวลา", a รวม column; ``total`` overrides
    row 4's รวม cell (a table that does not add up); ``with_total_row`` adds a รวม row 6,
    ``total_row`` overrides its three cells."""
    a, b, c, d = ON_TIME
    corner = "หลัง \\ ก่อน" if transposed else "ก่อน \\ หลัง"
    grid = [[a, c], [b, d]] if transposed else [[a, b], [c, d]]
    rows = [[corner, "ทันเวลา", "ไม่ทันเวลา", "รวม"],
            ["ทันเวลา", *grid[0], total if total is not None else sum(grid[0])],
            ["ไม่ทันเวลา", *grid[1], sum(grid[1])]]
    if with_total_row or total_row is not None:
        rows.append(["รวม", *(total_row or (grid[0][0] + grid[1][0], grid[0][1] + grid[1][1], a + b + c + d))])
    return _sheet(rows, "ตาราง 2x2")


def per_year_aggregate_xlsx() -> bytes:
    """An aggregate sheet whose complaint row is a count per year; paper stays a reported figure."""
    return xlsx_from_rows([["ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"],
                           ["จำนวนเรื่องร้องเรียนต่อปี", "เรื่อง", 120, 45],
                           ["กระดาษที่ใช้ต่อเดือน", "แผ่น", "12,000", 2500]], "สรุปผล")
