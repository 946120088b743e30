"""Builders of realistic score sheets, activity/communication logs and photos
for tests/test_learning.py and tests/test_activities.py."""
from __future__ import annotations

import datetime as dt
import io

import openpyxl

# R's `sleep` data (STATISTICS.md): before = group 1, after = group 2.
SLEEP_PRE = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_POST = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
# Scores cannot be negative: the sheets add 2 to every value.  A paired test
# depends on the differences only, so R's t, df, p and CI are unchanged.
SHIFT = 2.0


def save(wb: openpyxl.Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def xlsx(rows: list[list], *, title: str = "Sheet1", merge_title: bool = False) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if merge_title:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    return save(wb)


def workbook(sheets: dict[str, list[list]]) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    return save(wb)


def sleep_sheet(pre_header: str = "คะแนนก่อนเรียน (เต็ม 10)",
                post_header: str = "คะแนนหลังเรียน (เต็ม 10)", *, titles: bool = True) -> bytes:
    """One sheet, both tests: a title, a date line, then ลำดับ | ชื่อ-สกุล | pre | post."""
    rows: list[list] = []
    if titles:
        rows += [["แบบทดสอบความรู้ โครงการอบรมการใช้ระบบสารบรรณอิเล็กทรอนิกส์"],
                 ["วันที่ 15 มีนาคม 2568"], []]
    rows.append(["ลำดับ", "ชื่อ-สกุล", pre_header, post_header])
    for i, (b, a) in enumerate(zip(SLEEP_PRE, SLEEP_POST), start=1):
        rows.append([i, f"นายผู้เข้าอบรม คนที่{i}", round(b + SHIFT, 1), round(a + SHIFT, 1)])
    rows.append(["", "ค่าเฉลี่ย", 2.75, 4.33])
    return xlsx(rows, title="คะแนน")


# Two-sheet matching: the same people, written differently on each sheet.
PRE_PEOPLE = [
    ("นางสาวสมหญิง  รักดี", 10),
    ("นายสมชาย ใจดี", 12),
    ("ดร.วิชัย เก่งมาก", 8),
    ("Mr. John  Smith", 15),
    ("นางมาลี มีสุข", 11),
    ("นายคนแรก ไม่มาหลัง", 9),       # pre only
    ("นางสาวขาด สอบหลัง", 7),        # post says ขาดสอบ
]
POST_PEOPLE = [
    ("สมชาย  ใจดี", 15),
    ("น.ส. สมหญิง รักดี", 14),
    ("ดร. วิชัย   เก่งมาก", 13),
    ("john smith", 18),
    ("มาลี มีสุข", 12),
    ("นายมาแต่ หลังเรียน", 16),       # post only
    ("น.ส.ขาด สอบหลัง", "ขาดสอบ"),
]
# paired: pre 10, 12, 8, 15, 11 ; post 14, 15, 13, 18, 12


def pre_sheet(header: str = "คะแนนก่อนเรียน (20 คะแนน)") -> bytes:
    rows = [["แบบทดสอบก่อนเรียน"], ["ที่", "ชื่อ - นามสกุล", "ตำแหน่ง", header]]
    rows += [[i, name, "นักวิชาการ", score] for i, (name, score) in enumerate(PRE_PEOPLE, start=1)]
    return xlsx(rows, title="ก่อนเรียน")


def post_sheet(header: str = "คะแนนหลังเรียน (20 คะแนน)") -> bytes:
    rows = [["แบบทดสอบหลังเรียน"], ["ที่", "ชื่อ - นามสกุล", "ตำแหน่ง", header]]
    rows += [[i, name, "นักวิชาการ", score] for i, (name, score) in enumerate(POST_PEOPLE, start=1)]
    return xlsx(rows, title="หลังเรียน")


def activity_log() -> bytes:
    """Title rows, a header, dates written every way, a bad date, a blank row, a total row."""
    rows = [
        ["บันทึกการดำเนินกิจกรรม โครงการพัฒนาระบบ e-Sign"],
        ["หน่วยงาน: กองกลาง"],
        [],
        ["ลำดับ", "วันที่", "ชื่อกิจกรรม", "สถานที่/ช่องทาง", "จำนวนผู้เข้าร่วม (คน)", "รายละเอียด"],
        [1, "15/03/2568", "อบรมการใช้ระบบ e-Sign รุ่นที่ 1", "ห้องประชุม 1", 45, "ภาคเช้า"],
        [2, "16 มี.ค. 2568", "อบรมการใช้ระบบ e-Sign รุ่นที่ 2", "ห้องประชุม 1", "๓๐ คน", ""],
        [3, "17 มีนาคม 2568", "ประชุมชี้แจง", "Zoom", "ประมาณ 20 คน", ""],
        [],
        [4, 45736, "ถอดบทเรียน", "ห้องประชุม 2", 12, "Excel serial date"],
        [5, dt.datetime(2025, 3, 20), "ติดตามผล", "", None, ""],
        [6, "2025-03-21", "สรุปผล", "ห้องประชุม 1", 8, "ค.ศ."],
        [7, "32/13/2568", "วันที่ผิด", "ห้องประชุม 1", "หลายคน", ""],
        ["รวม", "", "", "", 155, ""],
    ]
    return xlsx(rows, title="กิจกรรม")


def communication_log() -> bytes:
    rows = [
        ["การสื่อสารโครงการแก่บุคลากร ปีงบประมาณ 2568"],
        ["วันที่", "เรื่อง", "ช่องทาง", "กลุ่มเป้าหมาย", "รายละเอียด"],
        ["1 ต.ค. 2567", "แจ้งเปิดใช้ระบบ", "หนังสือเวียน", 120, "ที่ สล 0001/ว 12"],
        ["2 ต.ค. 2567", "คู่มือการใช้งาน", "กลุ่มไลน์", "85 คน", ""],
        ["3 ต.ค. 2567", "คู่มือการใช้งาน", "line", 40, ""],
        ["4 ต.ค. 2567", "ข่าวประชาสัมพันธ์", "เว็บไซต์", "บุคลากรทุกคน", "หน้าแรก"],
        ["5 ต.ค. 2567", "ประชุมประจำเดือน", "ประชุม", 60, ""],
        ["6 ต.ค. 2567", "แจ้งซ้ำ", "LINE, e-mail", 100, ""],
    ]
    return xlsx(rows, title="สื่อสาร")
