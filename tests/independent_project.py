"""A second project, independent of the sample: other units, sessions on three
different days that do not overlap, people who came only online (no unit), a
non-significant 5.4.1 metric, reported figures, and hostile text (formula and
HTML injection strings) in every field a user types or a file carries.

Everything is generated here with a fixed seed; the tests read the pack back
and check it number by number (tests/outputs/test_consistency.py).
"""
from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
from openpyxl import Workbook

from itastats.criteria.project import KPI, Activity, LogEntry, Memo, ProjectInfo

# what a hostile or careless user types: each must stay text (never a formula, never HTML)
INJECTIONS = ('=HYPERLINK("http://evil.example/x","คลิก")', "+SUM(A1:A9)", "-2+3", "@cmd|' /C calc'!A0",
              "\tTAB=1+1", "\r=1+1", "<script>alert(1)</script>", "<b>หนา</b> & \"quoted\"")

UNITS = (("สำนักงานเลขานุการกรม", 20), ("กองคลัง", 16), ("กองการเจ้าหน้าที่", 12), ("กลุ่มตรวจสอบภายใน", 6),
         ("ศูนย์เทคโนโลยีสารสนเทศ", 10))
FIRST = ("กมล", "ชลธิชา", "ณรงค์", "ดารุณี", "ธนวัฒน์", "นพดล", "บุษบา", "ปรีดา", "พิมพ์ชนก", "ภูมิพัฒน์",
         "มยุรี", "ยุทธนา", "รัชนี", "ลำดวน", "วิทยา", "ศศิธร", "สมพร", "หทัยรัตน์", "อนันต์", "อารีย์")
LAST = ("กาญจนวงศ์", "ขจรศักดิ์", "จันทร์แก้ว", "ฉายแสง", "ชูศรี", "ดวงดี", "ตั้งใจ", "ทองมา", "นิลเพชร",
        "บุญญา", "ประเสริฐวงศ์", "ผลดี", "พรหมวงศ์", "มั่นคงดี", "รุ่งโรจน์", "ลิ้มเจริญ", "วงศ์ทอง",
        "ศรีสวัสดิ์ดี", "สายใจ", "หอมหวล", "อินทรวงศ์", "แก้วกาญจนา", "โชติช่วง", "ใจเย็น")
MAIL = "finance-dept.go.th"
ROSTER = (("สุนทร วงศ์ใหญ่", "ผู้อำนวยการกองคลัง"), ("จิราภรณ์ ทองดี", "นักวิชาการเงินและบัญชีชำนาญการ"))


def _people(rng):
    people = []
    used = set()
    for unit, n in UNITS:
        for _ in range(n):
            while True:
                f, l = FIRST[int(rng.integers(len(FIRST)))], LAST[int(rng.integers(len(LAST)))]
                if (f, l) not in used:
                    used.add((f, l))
                    break
            people.append({"name": f"{f} {l}", "unit": unit, "email": f"{f[:3]}{len(used)}@{MAIL}"})
    return people


def _xlsx(rows, title=None, sheet="ข้อมูล"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _csv(rows) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerows(rows)
    return out.getvalue().encode("utf-8")


def build(seed: int = 2570):
    """(profile, files by page, choices, facts): the facts are counted here, by construction."""
    rng = np.random.default_rng(seed)
    people = _people(rng)
    headcount = sum(n for _, n in UNITS)
    order = rng.permutation(len(people))
    room = [people[i] for i in order[:22]]                 # 10 Mar: sign-in sheet, with units
    zoom = [people[i] for i in order[22:34]]               # 17 Mar: Zoom, no units (12 staff)
    teams = [people[i] for i in order[30:40]]              # 24 Mar: Teams, no units (4 also on Zoom: 6 new)
    guests = [("Somchai Outsider (Guest)", "somchai@gmail.com")]
    signin = _xlsx([("ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "ลายมือชื่อ")] +
                   [(i + 1, f"นาย{p['name']}" if i % 3 == 0 else p["name"], p["unit"], "") for i, p in enumerate(room)],
                   title="แบบลงทะเบียนอบรม ครั้งที่ 1 วันที่ 10 มีนาคม 2570")
    zoom_rows = [("Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)", "Participants"),
                 ("111222333", "อบรม ครั้งที่ 2", "03/17/2027 09:00:00 AM", "03/17/2027 11:00:00 AM", zoom[0]["email"],
                  120, len(zoom)), (),
                 ("Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest")]
    zoom_rows += [(p["name"], p["email"], "03/17/2027 09:00:00 AM", "03/17/2027 10:30:00 AM", 90, "No") for p in zoom]
    zoom_csv = _csv(zoom_rows)
    teams_lines = ["1. Summary", "Meeting title\tอบรม ครั้งที่ 3", f"Attended participants\t{len(teams) + 1}",
                   "Start time\t3/24/27, 1:00:00 PM", "End time\t3/24/27, 3:00:00 PM", "",
                   "2. Participants", "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole"]
    teams_lines += [f"{p['name']}\t3/24/27, 1:00:00 PM\t3/24/27, 2:30:00 PM\t1h 30m 0s\t{p['email']}\tAttendee"
                    for p in teams]
    teams_lines += [f"{n}\t3/24/27, 1:00:00 PM\t3/24/27, 2:00:00 PM\t1h 0m 0s\t{e}\tPresenter" for n, e in guests]
    teams_tsv = b"\xff\xfe" + ("\r\n".join(teams_lines) + "\r\n").encode("utf-16-le")
    head = _xlsx([("หน่วยงาน", "จำนวนบุคลากร")] + list(UNITS) + [("รวม", headcount)])
    distinct = {p["email"]: p for p in room + zoom + teams}
    staff_in_room = len(room)
    online_only = [p for p in zoom + teams if p["email"] not in {q["email"] for q in room}]

    # pre/post test: 18 people, 2 missed the post-test
    tested = [people[i] for i in order[:18]]
    pre = rng.integers(6, 14, 18)
    post = np.clip(pre + rng.integers(1, 6, 18), 0, 20)
    test_rows = [("ชื่อ-สกุล", "ก่อนอบรม (20 คะแนน)", "หลังอบรม (20 คะแนน)")]
    test_rows += [(p["name"], int(b), int(a) if i < 16 else None) for i, (p, b, a) in enumerate(zip(tested, pre, post))]
    test_xlsx = _xlsx(test_rows)

    # 5.4.1: a real gain (paired, 24 cases), a change that is not significant (independent), reported figures
    before = rng.normal(9.0, 1.2, 24)
    after = before - rng.normal(4.0, 0.8, 24)
    gain = _xlsx([("เลขที่คำขอ", "ก่อน (วัน)", "หลัง (วัน)")] +
                 [(f"REQ-{i + 1:03d}", round(float(b), 1), round(float(a), 1)) for i, (b, a) in enumerate(zip(before, after))],
                 sheet="ระยะเวลาอนุมัติเบิกจ่าย")
    noise_b = rng.normal(250.0, 40.0, 15)
    noise_a = rng.normal(248.0, 40.0, 14)
    n = max(len(noise_b), len(noise_a))
    flat = _csv([("ค่าไปรษณีย์ต่อเดือนก่อน (บาท)", "ค่าไปรษณีย์ต่อเดือนหลัง (บาท)")] +
                [(f"{noise_b[i]:.2f}" if i < len(noise_b) else "", f"{noise_a[i]:.2f}" if i < len(noise_a) else "")
                 for i in range(n)])
    reported = _xlsx([("ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"), ("จำนวนแบบฟอร์มกระดาษต่อปี", "แผ่น", 5000, 1200),
                      (INJECTIONS[0], "ครั้ง", 30, 12)], sheet="สรุปตัวเลข")

    # 5.4.3: a small Google Forms export with a hostile comment
    items = ("ความสะดวกในการยื่นคำขอ", "ความรวดเร็วในการอนุมัติ", "ความโปร่งใสของขั้นตอน")
    words = {5: "มากที่สุด", 4: "มาก", 3: "ปานกลาง", 2: "น้อย", 1: "น้อยที่สุด"}
    survey_rows = [("ประทับเวลา", "อีเมล", *[f"[{it}]" for it in items], "ข้อเสนอแนะ")]
    for i in range(30):
        answers = [words[int(np.clip(round(rng.normal(4.1, 0.7)), 1, 5))] for _ in items]
        survey_rows.append((f"2027/03/{10 + i % 15} 10:{i:02d}:00", f"resp{i}@gmail.com", *answers,
                            INJECTIONS[i % len(INJECTIONS)] if i % 5 == 0 else ""))
    survey = _csv(survey_rows)

    profile = ProjectInfo(
        name=f"โครงการทดสอบอิสระ {INJECTIONS[6]}", agency="กรมทดสอบความโปร่งใส", unit="กองคลัง",
        start=dt.date(2026, 10, 1), end=dt.date(2027, 9, 30), project_cost=150000.0, cases_per_year=1800.0,
        staff_cost_per_hour=220.0,
        objectives=tuple(INJECTIONS[:4]) + ("ลดระยะเวลาการอนุมัติคำขอเบิกจ่าย",),
        activities=(Activity(INJECTIONS[1], dt.date(2027, 3, 10), dt.date(2027, 3, 24), 40000.0, ROSTER[0][0],
                             ROSTER[0][1]),
                    Activity("ประเมินผล", dt.date(2027, 6, 1), dt.date(2027, 6, 30), 10000.0, ROSTER[1][0],
                             INJECTIONS[2])),
        kpis=(KPI("ร้อยละบุคลากรที่เข้าร่วม", ">=", 80.0, "%", "attendance:rate"),
              KPI(INJECTIONS[3], ">=", 75.0, "%", "survey:satisfaction_pct")),
        activity_log=(LogEntry(dt.date(2027, 3, 10), INJECTIONS[4], "ห้องประชุม", 22, INJECTIONS[5]),
                      LogEntry(dt.date(2027, 3, 17), "อบรมออนไลน์ครั้งที่ 2", "Zoom", 12, ""),
                      LogEntry(dt.date(2027, 3, 24), "อบรมออนไลน์ครั้งที่ 3", "Teams", 11, "")),
        communications=(LogEntry(dt.date(2027, 2, 1), INJECTIONS[7], "อีเมล", 64, INJECTIONS[0]),
                        LogEntry(dt.date(2027, 2, 15), "ประชาสัมพันธ์ผ่านไลน์กลุ่ม", "LINE", 60, "")),
        memo=Memo(office=INJECTIONS[0], subject=INJECTIONS[6]))
    files = {
        "541": {"คำขอเบิกจ่าย.xlsx": gain, "ค่าไปรษณีย์.csv": flat, "สรุปตัวเลข.xlsx": reported},
        "543": {"แบบสอบถาม.csv": survey},
        "532": {"ลงทะเบียน.xlsx": signin, "zoom_ครั้งที่2.csv": zoom_csv, "teams_ครั้งที่3.csv": teams_tsv},
        "532h": {"อัตรากำลัง.xlsx": head},
        "532t": {"คะแนน.xlsx": test_xlsx},
    }
    facts = {"headcount": headcount, "staff_in_room": staff_in_room, "online_only": len(online_only),
             "attendees": len(distinct) + len(guests), "names": [p["name"] for p in distinct.values()] +
             [p["name"] for p in tested] + [g[0] for g in guests],
             "emails": [p["email"] for p in distinct.values()] + [g[1] for g in guests] +
             [r[1] for r in survey_rows[1:]], "roster": [r[0] for r in ROSTER]}
    return profile, files, {}, facts


def _photo(colour, taken: str | None) -> bytes:
    """A JPEG a phone might give: a plain picture, with the day it was taken in its EXIF (or none)."""
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (900, 600), colour)
    ImageDraw.Draw(im).rectangle((100, 100, 500, 400), fill=(240, 240, 240))
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif, quality=80)
    return buf.getvalue()


def drop_files(seed: int = 2570) -> list[tuple[str, bytes, str | None]]:
    """Every file a project owner of the independent project has, as one pile:
    ``(file name, bytes, the page it belongs to)`` (None: nothing to use).
    The sheets of :func:`build`, its activity and communication logs as the
    sheets a user keeps (dates in the Buddhist era, a title row), photos taken
    on the days of two activities, a scanned letter of thanks (PDF), and a
    stray two-column csv."""
    profile, files, _, _ = build(seed)
    out = [(name, data, page) for page, named in files.items() for name, data in named.items()]
    th_months = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")

    def be(d):
        return f"{d.day} {th_months[d.month - 1]} {d.year + 543}"
    out.append(("บันทึกกิจกรรม.xlsx", _xlsx([("วันที่", "กิจกรรม", "สถานที่", "จำนวนผู้เข้าร่วม (คน)", "รายละเอียด")] +
                                           [(be(e.date), e.title, e.channel, e.people, e.description)
                                            for e in profile.activity_log], title="บันทึกการดำเนินกิจกรรม"),
                "log:activity"))
    out.append(("บันทึกการสื่อสาร.xlsx", _xlsx([("วันที่", "เรื่อง", "ช่องทาง", "จำนวนผู้รับ (คน)", "รายละเอียด")] +
                                             [(be(e.date), e.title, e.channel, e.people, e.description)
                                              for e in profile.communications], title="บันทึกการสื่อสารโครงการ"),
                "log:communication"))
    out.append(("IMG_0310.jpg", _photo((30, 110, 150), "2027:03:10 09:30:00"), "531"))
    out.append(("IMG_0317.jpg", _photo((150, 90, 40), "2027:03:17 10:05:00"), "531"))
    out.append(("หนังสือขอบคุณ.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                "542"))
    out.append(("stray.csv", b"a,b\n1,2\n", None))
    return out
