"""Attendance files as people upload them, built in memory for
tests/test_attendance.py.

One hybrid event, "โครงการอบรมเสริมสร้างคุณธรรมและความโปร่งใส", held on
15 March 2025 (15 มีนาคม 2568) in a meeting room and online at once, gives
three files: the paper sign-in sheet typed into Excel, the Zoom participants
report and the Teams attendance report.  The people (P1..P14) and who is in
which file are listed in :data:`PEOPLE` so that the tests can count by hand.

Every other builder gives one realistic layout: Zoom without the meeting
table, Teams in Thai, a Teams report without its Participants section, a
sign-in sheet with คำนำหน้า | ชื่อ | นามสกุล, a Google Forms check-in CSV, a
plain list and a headcount sheet.
"""
from __future__ import annotations

import codecs
import csv
import io

from openpyxl import Workbook

EVENT_TITLE = "โครงการอบรมเสริมสร้างคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568"
ZOOM_TOPIC = "อบรมคุณธรรมและความโปร่งใส (ออนไลน์)"
TEAMS_TITLE = "อบรมคุณธรรมและความโปร่งใส - ห้องย่อย Teams"

# Units as the attendance files write them; the headcount writes some with other spaces.
KLANG, HR, SEC, AUDIT, PLAN = "กองคลัง", "กองการเจ้าหน้าที่", "สำนักงานเลขานุการกรม", "กลุ่มตรวจสอบภายใน", "กองแผนงาน"

# The sign-in sheet, rows 6..17 (ลำดับ, ชื่อ-สกุล, ตำแหน่ง, หน่วยงาน).
SIGNIN_PEOPLE = [
    ("นางสาวสมหญิง รักดี", "นักวิชาการเงินและบัญชี", KLANG),              # P1
    ("นายสมชาย ใจดี", "เจ้าพนักงานการเงินและบัญชี", KLANG),               # P2
    ("นางมาลี ศรีสุข", "นักทรัพยากรบุคคล", HR),                           # P3
    ("นายวิชัย มั่นคง", "นักทรัพยากรบุคคล", HR),                          # P4
    ("นางสาวพรทิพย์ แก้วมณี", "เจ้าพนักงานธุรการ", SEC),                  # P5
    ("นายประเสริฐ ทองดี", "นักจัดการงานทั่วไป", SEC),                     # P6
    ("ดร.อรุณี วงศ์ใหญ่", "ผู้อำนวยการกลุ่มตรวจสอบภายใน", AUDIT),         # P7
    ("นายธนพล สุขใจ", "นักตรวจสอบภายใน", AUDIT),                        # P8
    ("นางกาญจนา พูลผล", "นักวิชาการเงินและบัญชี", "กอง คลัง"),            # P9  (unit with a space)
    ("นายสุรชัย  บุญมา", "นิติกร", SEC),                                  # P10 (two spaces)
    ("นางสาวจันทร์เพ็ญ ดวงดี", "นักทรัพยากรบุคคล", HR),                   # P11
    ("นายอนุชา ศรีวงศ์", "เจ้าพนักงานธุรการ", "สำนักงาน เลขานุการกรม"),   # P12 (unit with a space)
]

# The Zoom report (participant table): name (original name), e-mail, join, leave, minutes.
ZOOM_ROWS = [
    ("สมหญิง รักดี (Somying R.)", "somying.r@moi.go.th", "09:01:10 AM", "10:00:10 AM", 59),    # P1
    ("Somchai Jaidee", "somchai.j@moi.go.th", "09:00:00 AM", "12:00:00 PM", 180),            # P2
    ("นาย วิชัย มั่นคง", "", "09:10:00 AM", "11:00:00 AM", 110),                             # P4 (no e-mail)
    ("ปิยะ ชัยมงคล", "piya.c@moi.go.th", "09:00:00 AM", "10:30:00 AM", 90),                # P13 online only
    ("สมหญิง รักดี (Somying R.)", "somying.r@moi.go.th", "10:05:00 AM", "12:00:00 PM", 115),   # P1 rejoins
    ("ปิยะ ชัยมงคล", "piya.c@moi.go.th", "10:35:00 AM", "12:00:00 PM", 85),                # P13 rejoins
    ("มาลี ศรีสุข", "malee.s@moi.go.th", "09:05:00 AM", "12:00:00 PM", 175),               # P3
]

# The Teams report (Participants section): name, first join, last leave, duration, e-mail.
TEAMS_ROWS = [
    ("สมชาย ใจดี", "3/15/25, 8:58:02 AM", "3/15/25, 11:53:12 AM", "2h 55m 10s", "somchai.j@moi.go.th"),   # P2
    ("พรทิพย์ แก้วมณี", "3/15/25, 9:00:12 AM", "3/15/25, 10:31:03 AM", "1h 30m 51s", "pornthip.k@moi.go.th"),  # P5
    ("ธนพล สุขใจ", "3/15/25, 9:02:00 AM", "3/15/25, 9:47:03 AM", "45m 3s", "thanapol.s@moi.go.th"),        # P8
    ("Rattana Meesuk", "3/15/25, 9:05:00 AM", "3/15/25, 9:05:50 AM", "50s", "rattana.m@moi.go.th"),       # P14
    ("อรุณี วงศ์ใหญ่", "3/15/25, 9:01:00 AM", "3/15/25, 9:59:20 AM", "58m 20s", "arunee.w@moi.go.th"),     # P7
]
TEAMS_MINUTES = [175 + 10 / 60, 90 + 51 / 60, 45 + 3 / 60, 50 / 60, 58 + 20 / 60]

HEADCOUNT = [(KLANG, 10), ("กองการ เจ้าหน้าที่", 8), ("สำนักงานเลขานุการ กรม", 12),
             ("กลุ่มตรวจสอบ ภายใน", 4), (PLAN, 6)]


# ---------------------------------------------------------------- helpers

def _csv_bytes(rows: list[list], *, bom: bool = False, delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    data = buf.getvalue().encode(encoding)
    return (codecs.BOM_UTF8 + data) if bom else data


def _xlsx_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- the event's three files

def signin_xlsx(people=SIGNIN_PEOPLE, *, title: str = EVENT_TITLE,
                date_line: str = "วันที่ 15 มีนาคม 2568 ณ ห้องประชุม 1 ชั้น 3") -> bytes:
    """A paper sign-in sheet typed into Excel.

    Rows 1-3 are merged titles (A:E), row 4 is blank, row 5 is the header
    ลำดับ | ชื่อ-สกุล | ตำแหน่ง | หน่วยงาน | ลายมือชื่อ, the people are on
    rows 6.., then two numbered rows nobody signed, then "รวม N คน" (merged
    A:E) and a signature line two rows below it.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "ลงทะเบียน"
    ws["A1"] = "แบบลงทะเบียนผู้เข้าร่วมโครงการ"
    ws["A2"] = title
    ws["A3"] = date_line
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.append([])
    ws.append(["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "หน่วยงาน", "ลายมือชื่อ"])
    for i, (name, position, unit) in enumerate(people, start=1):
        ws.append([i, name, position, unit, ""])
    n = len(people)
    ws.append([n + 1, "", "", "", ""])
    ws.append([n + 2, "", "", "", ""])
    total_row = ws.max_row + 1
    ws.cell(total_row, 1, f"รวม {n} คน")
    ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=5)
    ws.cell(total_row + 2, 2, "ลงชื่อ ........................ ผู้รับผิดชอบโครงการ")
    return _xlsx_bytes(wb)


def zoom_csv(rows=ZOOM_ROWS, *, meeting_table: bool = True, topic: str = ZOOM_TOPIC,
             day: str = "03/15/2025") -> bytes:
    """A Zoom participants report (UTF-8 with BOM, as Zoom writes it).

    With ``meeting_table`` the file starts with the meeting data (Meeting ID,
    Topic, Start Time ...), a blank line, then the participant table; without
    it, only the participant table.  A rejoin is another row."""
    out: list[list] = []
    if meeting_table:
        out.append(["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
                    "Participants"])
        out.append(["812 3456 7890", topic, f"{day} 09:00:00 AM", f"{day} 12:00:30 PM",
                    "host.ita@moi.go.th", 181, len({r[0] for r in rows})])
        out.append([])
    out.append(["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"])
    for name, email, join, leave, minutes in rows:
        out.append([name, email, f"{day} {join}", f"{day} {leave}", minutes, "Yes" if not email else "No"])
    return _csv_bytes(out, bom=True)


def teams_rows(rows=TEAMS_ROWS, *, thai: bool = False, participants: bool = True) -> list[list[str]]:
    """The lines of a Teams attendance report, split into cells (sections of different widths)."""
    if thai:
        s1, s2, s3 = "1. สรุป", "2. ผู้เข้าร่วม", "3. กิจกรรมในการประชุม"
        summary = [["ชื่อการประชุม", TEAMS_TITLE], ["ผู้เข้าร่วมที่เข้าร่วม", str(len(rows))],
                   ["เวลาเริ่มต้น", "15/3/2568 8:55:00"], ["เวลาสิ้นสุด", "15/3/2568 12:01:40"],
                   ["ระยะเวลาการประชุม", "3 ชม. 6 นาที 40 วินาที"], ["เวลาเข้าร่วมโดยเฉลี่ย", "1 ชม. 8 นาที"]]
        p_head = ["ชื่อ", "การเข้าร่วมครั้งแรก", "การออกครั้งล่าสุด", "ระยะเวลาในการประชุม", "อีเมล",
                  "รหัสผู้เข้าร่วม (UPN)", "บทบาท"]
        a_head = ["ชื่อ", "เวลาเข้าร่วม", "เวลาออก", "ระยะเวลา", "อีเมล", "บทบาท"]
        role = "ผู้เข้าร่วม"
    else:
        s1, s2, s3 = "1. Summary", "2. Participants", "3. In-Meeting Activities"
        summary = [["Meeting title", TEAMS_TITLE], ["Attended participants", str(len(rows))],
                   ["Start time", "3/15/25, 8:55:00 AM"], ["End time", "3/15/25, 12:01:40 PM"],
                   ["Meeting duration", "3h 6m 40s"], ["Average attendance time", "1h 8m 3s"]]
        p_head = ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)",
                  "Role"]
        a_head = ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"]
        role = "Attendee"
    out: list[list[str]] = [[s1], *summary, []]
    if participants:
        out.append([s2])
        out.append(p_head)
        for name, first, last, duration, email in rows:
            out.append([name, _th_date(first) if thai else first, _th_date(last) if thai else last,
                        _th_duration(duration) if thai else duration, email, email, role])
        out.append([])
    out.append([s3])
    out.append(a_head)
    for name, first, last, duration, email in rows:
        out.append([name, _th_date(first) if thai else first, _th_date(last) if thai else last,
                    _th_duration(duration) if thai else duration, email, role])
    return out


def _th_date(us: str) -> str:
    """"3/15/25, 8:58:02 AM" -> "15/3/2568 8:58:02" (Teams in Thai)."""
    day, time = us.split(", ")
    m, d, y = day.split("/")
    clock, half = time.split(" ")
    h, mi, s = clock.split(":")
    h = int(h) % 12 + (12 if half == "PM" else 0)
    return f"{int(d)}/{int(m)}/{int(y) + 2000 + 543} {h}:{mi}:{s}"


def _th_duration(text: str) -> str:
    """"1h 30m 51s" -> "1 ชม. 30 นาที 51 วินาที"."""
    words = {"h": "ชม.", "m": "นาที", "s": "วินาที"}
    return " ".join(f"{part[:-1]} {words[part[-1]]}" for part in text.split())


def teams_tsv(rows=TEAMS_ROWS, *, thai: bool = False, participants: bool = True) -> bytes:
    """A Teams attendance report as downloaded: UTF-16 LE with a BOM, tab-separated."""
    lines = ["\t".join(r) for r in teams_rows(rows, thai=thai, participants=participants)]
    return codecs.BOM_UTF16_LE + ("\r\n".join(lines) + "\r\n").encode("utf-16-le")


def headcount_xlsx(units=HEADCOUNT) -> bytes:
    """Staff per unit: a title row, ลำดับ | หน่วยงาน | จำนวนบุคลากร (คน), then a รวม row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "บุคลากร"
    ws["A1"] = "จำนวนบุคลากรแยกตามหน่วยงาน ข้อมูล ณ วันที่ 1 มีนาคม 2568"
    ws.merge_cells("A1:C1")
    ws.append(["ลำดับ", "หน่วยงาน", "จำนวนบุคลากร (คน)"])
    for i, (unit, n) in enumerate(units, start=1):
        ws.append([i, unit, n])
    ws.append(["", "รวม", sum(n for _, n in units)])
    return _xlsx_bytes(wb)


def headcount_csv(units=HEADCOUNT) -> bytes:
    rows = [["หน่วยงาน", "จำนวนบุคลากร"]] + [[u, n] for u, n in units] + [["รวม", sum(n for _, n in units)]]
    return _csv_bytes(rows)


# ---------------------------------------------------------------- other layouts

def signin_split_xlsx() -> bytes:
    """A sign-in sheet with คำนำหน้า | ชื่อ | นามสกุล in three columns and สังกัด for the unit.

    6 people; row 9 has a title but no name; "รวมทั้งสิ้น 6 คน" in the name column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "บัญชีลงเวลาผู้เข้าร่วมประชุม"
    ws["A2"] = "การประชุมชี้แจงแนวทางการประเมิน ITA ครั้งที่ 1/2568"
    ws["A3"] = "วันศุกร์ที่ 7 ก.พ. 2568 เวลา 13.30 น."
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.append(["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "สังกัด", "ลายมือชื่อ"])   # row 4
    rows = [
        ("นาย", "สมชาย", "ใจดี", "เจ้าพนักงานการเงิน", KLANG),          # row 5
        ("นางสาว", "สมหญิง", "รักดี", "นักวิชาการเงินและบัญชี", KLANG),  # row 6
        ("นาง", "มาลี", "ศรีสุข", "นักทรัพยากรบุคคล", HR),              # row 7
        ("ว่าที่ร้อยตรี", "ธนพล", "สุขใจ", "นักตรวจสอบภายใน", AUDIT),     # row 8
        ("นาย", "", "", "", ""),                                          # row 9: no name
        ("นาย", "วิชัย", "มั่นคง", "นักทรัพยากรบุคคล", HR),              # row 10
        ("นาย", "สมชาย", "ใจดี", "เจ้าพนักงานการเงิน", KLANG),          # row 11: signed twice
    ]
    for i, r in enumerate(rows, start=1):
        ws.append([i, *r, ""])
    ws.append(["", "", "รวมทั้งสิ้น 6 คน", "", "", "", ""])                 # row 12
    return _xlsx_bytes(wb)


def forms_csv(*, thai: bool = False) -> bytes:
    """A Google Forms check-in export: timestamp, e-mail, name, unit.

    Two days (15 and 16 March 2025); 5 responses; the same person checks in
    on both days (one of them with a title and extra spaces)."""
    head = (["ประทับเวลา", "ที่อยู่อีเมล", "ชื่อ-นามสกุล (ระบุคำนำหน้า)", "หน่วยงาน"] if thai else
            ["Timestamp", "Email address", "ชื่อ-นามสกุล", "หน่วยงาน"])
    rows = [
        ("2025/03/15 9:01:02 AM GMT+7", "somchai.j@moi.go.th", "นายสมชาย ใจดี", KLANG),
        ("2025/03/15 9:03:40 AM GMT+7", "malee.s@moi.go.th", "นางมาลี ศรีสุข", HR),
        ("2025/03/15 9:10:00 AM GMT+7", "piya.c@moi.go.th", "ปิยะ ชัยมงคล", PLAN),
        ("2025/03/16 8:59:12 AM GMT+7", "somchai.j@moi.go.th", "สมชาย  ใจดี", KLANG),
        ("2025/03/16 9:20:45 AM GMT+7", "arunee.w@moi.go.th", "ดร.อรุณี วงศ์ใหญ่", AUDIT),
    ]
    if thai:
        rows = [("15/3/2568, 9:01:02", *r[1:]) if i == 0 else r for i, r in enumerate(rows)]
    return _csv_bytes([head, *rows])


def plain_list_csv() -> bytes:
    """A typed list: name, unit, date, session (two sessions, one person in both)."""
    rows = [["name", "unit", "date", "session"],
            ["นายสมชาย ใจดี", KLANG, "2025-03-01", "ประชุมประจำเดือน มี.ค."],
            ["นางมาลี ศรีสุข", HR, "2025-03-01", "ประชุมประจำเดือน มี.ค."],
            ["นายวิชัย มั่นคง", HR, "2025-03-01", "ประชุมประจำเดือน มี.ค."],
            ["สมชาย ใจดี", "กอง คลัง", "05/04/2568", "ประชุมประจำเดือน เม.ย."],
            ["นางสาวสมหญิง รักดี", KLANG, "05/04/2568", "ประชุมประจำเดือน เม.ย."]]
    return _csv_bytes(rows)


def same_name_list_csv() -> bytes:
    """Two different people called สมศักดิ์ มีสุข (different e-mails), one record of the
    name without an e-mail, and one person written twice with the same e-mail."""
    rows = [["ชื่อ-สกุล", "อีเมล", "หน่วยงาน"],
            ["นายสมศักดิ์ มีสุข", "somsak.m@moi.go.th", KLANG],
            ["สมศักดิ์ มีสุข", "somsak.m2@moi.go.th", HR],
            ["นายสมศักดิ์  มีสุข", "", KLANG],
            ["Nida Kaew", "nida.k@moi.go.th", SEC],
            ["นิดา แก้ว", "nida.k@moi.go.th", SEC]]
    return _csv_bytes(rows)


def not_attendance_xlsx() -> bytes:
    """A before/after sheet of a 5.4.1 project: no name column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ระยะเวลา"
    ws.append(["เลขที่คำขอ", "ก่อน (วัน)", "หลัง (วัน)"])
    for i in range(1, 6):
        ws.append([f"REQ-{i:03d}", 5 + i, 2 + i % 2])
    return _xlsx_bytes(wb)


def two_sheet_xlsx() -> bytes:
    """A workbook whose first sheet is a cover page without names, the second a list."""
    wb = Workbook()
    cover = wb.active
    cover.title = "ปก"
    cover.append(["รายงานผลการจัดอบรม"])
    cover.append(["หน่วยงาน", "กองคลัง"])
    ws = wb.create_sheet("รายชื่อ")
    ws.append(["ชื่อ-นามสกุล", "หน่วยงาน"])
    ws.append(["นายสมชาย ใจดี", KLANG])
    ws.append(["นางมาลี ศรีสุข", HR])
    return _xlsx_bytes(wb)
