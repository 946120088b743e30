"""Build the sample project "สล สุขดี มีคุณธรรม" (a fictional provincial office
that moved its document approval to an e-document / e-signature workflow).

Run from anywhere::

    python sample_data/make_sample.py

It rewrites, next to itself, ``project.json`` and the four data files.  The
output is byte-for-byte the same on every run (fixed random seed, fixed zip
timestamps and document properties), so the committed files can be checked
against a fresh run.

Each file is deliberately written the way real Thai office files look, with
the quirks a reader must cope with (see README.md):

01_approval_days_paired.xlsx       layout (a): one row per document, paired
02_service_minutes_independent.csv layout (b): two lists of different length, cp874
03_cost_per_document_long.xlsx     layout (c): metric / period / value
04_aggregate.xlsx                  layout (d): metric / unit / before / after
05_satisfaction_google_forms.csv   5.4.3: a Google Forms responses export
14_documents_returned.xlsx         counts: documents returned for correction, X of N before and after
                                   (no random numbers: the files above do not change)

and, for 5.2.1 / 5.3.1 / 5.3.2, one training recorded three ways (its own
random stream, seed 2569 + 532, so files 01–05 do not change):

06_signin_sheet.xlsx               paper sign-in sheet typed into Excel
07_zoom_participants.csv           Zoom participants report (UTF-8 with BOM, two tables)
08_teams_attendance.csv            Teams attendance report (UTF-16 LE, tab-separated, 3 sections)
09_headcount.xlsx                  units and their headcount, "รวม" row
13_staff_list.xlsx                 the office's staff list (82 people: name, position, unit, e-mail),
                                   which gives the unit of those who came only on Zoom/Teams
10_pre_post_test.xlsx              pre-test / post-test scores of 20
11_activity_log.xlsx               activities carried out (= project.json activity_log)
12_communication_log.xlsx          communication to staff (= project.json communications)
photos/531_*.jpg                   activity photos with EXIF dates (one stored with Orientation 6)

Running it prints the attendance and learning figures a correct reader must
find (counted by construction, not by the app).
"""
from __future__ import annotations

import datetime as dt
import io
import csv
import json
import re
import zipfile
from pathlib import Path
from typing import NamedTuple

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
SEED = 2569                      # Thai fiscal year of the project
FIXED_TIME = (2025, 10, 1, 8, 30, 0)
FIXED_DT = dt.datetime(*FIXED_TIME)

PROJECT = {
    "name": "สล สุขดี มีคุณธรรม",
    "agency": "สำนักงานสาธารณสุขจังหวัดสุขดี",
    "unit": "กลุ่มงานบริหารทั่วไป",
    "start": "2025-10-01",
    "end": "2026-09-30",
    "project_cost": 150000.0,        # baht: e-signature licences, scanner, training
    "cases_per_year": 2400.0,        # documents approved a year (~200 a month)
    "staff_cost_per_hour": 250.0,    # ~35,000 baht a month / ~140 working hours
    "hours_per_day": 7.0,
    # 5.1.1: what the project sets out to do
    "objectives": [
        "เพื่อลดระยะเวลาการเสนอและอนุมัติหนังสือราชการด้วยระบบสารบรรณและลายมือชื่ออิเล็กทรอนิกส์",
        "เพื่อลดการใช้กระดาษและค่าใช้จ่ายในการจัดทำเอกสาร",
        "เพื่อให้ผู้รับบริการและบุคลากรตรวจสอบสถานะเอกสารได้อย่างโปร่งใส",
    ],
    # 5.1.1 activities with dates (fiscal year 2569), budget (baht) and, for
    # 5.1.2, the person responsible; budgets add up to 132,000 of 150,000
    "activities": [
        {"title": "ประชุมชี้แจงโครงการและแต่งตั้งคณะทำงาน", "start": "2025-10-06", "end": "2025-10-17",
         "budget": 6000.0, "responsible": "นางสาวสมใจ ใจดี", "position": "นักจัดการงานทั่วไปชำนาญการ"},
        {"title": "จัดหาระบบลายมือชื่ออิเล็กทรอนิกส์และเครื่องสแกนเอกสาร", "start": "2025-10-20",
         "end": "2025-12-19", "budget": 85000.0, "responsible": "นายประเสริฐ มั่นคง",
         "position": "นักวิชาการคอมพิวเตอร์ชำนาญการ"},
        {"title": "อบรมเชิงปฏิบัติการการใช้ระบบสารบรรณอิเล็กทรอนิกส์", "start": "2026-01-12",
         "end": "2026-01-30", "budget": 24000.0, "responsible": "นางวรรณา ศรีสุข",
         "position": "นักทรัพยากรบุคคลชำนาญการ"},
        {"title": "ใช้ระบบอนุมัติเอกสารอิเล็กทรอนิกส์จริงและเก็บข้อมูลหลังดำเนินการ", "start": "2026-02-02",
         "end": "2026-07-31", "budget": 12000.0, "responsible": "นางสาวสมใจ ใจดี",
         "position": "นักจัดการงานทั่วไปชำนาญการ"},
        {"title": "สำรวจความพึงพอใจ สรุปผล และรายงานผู้บังคับบัญชา", "start": "2026-08-03",
         "end": "2026-09-25", "budget": 5000.0, "responsible": "นายธนากร พูนผล",
         "position": "นักวิเคราะห์นโยบายและแผนปฏิบัติการ"},
    ],
    # KPIs: three measured on the 5.4.1 page (the service-time one is a stretch
    # target the sample does not reach: 14.31 minutes), one typed in (the survey)
    "kpis": [
        {"name": "ระยะเวลาอนุมัติเอกสารลดลง", "op": ">=", "target": 50.0, "unit": "%",
         "source": "541:ระยะเวลาอนุมัติ:pct_reduction", "manual_value": None},
        {"name": "ค่าใช้จ่ายต่อเอกสารลดลง", "op": ">=", "target": 30.0, "unit": "%",
         "source": "541:ค่าใช้จ่ายต่อเอกสาร:pct_reduction", "manual_value": None},
        {"name": "ระยะเวลาให้บริการต่อเรื่องหลังดำเนินโครงการ", "op": "<=", "target": 12.0, "unit": "นาที",
         "source": "541:ระยะเวลาให้บริการ:after", "manual_value": None},
        {"name": "ความพึงพอใจของผู้รับบริการ", "op": ">=", "target": 80.0, "unit": "%",
         "source": "survey:satisfaction_pct", "manual_value": None},
        # 5.3.2: measured from files 06–09 (attendance) and 10 (pre/post test)
        {"name": "ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม", "op": ">=", "target": 80.0, "unit": "%",
         "source": "attendance:rate", "manual_value": None},
        {"name": "คะแนนเฉลี่ยหลังอบรมเพิ่มขึ้น", "op": ">=", "target": 15.0, "unit": "%",
         "source": "learning:gain_pct", "manual_value": None},
    ],
}

TITLE = "โครงการสล สุขดี มีคุณธรรม"
AGENCY_LINE = "สำนักงานสาธารณสุขจังหวัดสุขดี  ปีงบประมาณ พ.ศ. 2569"

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

_thin = Side(style="thin", color="999999")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
BOLD = Font(name="TH SarabunPSK", size=16, bold=True)
BODY = Font(name="TH SarabunPSK", size=16)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


# --------------------------------------------------------------------------- helpers
def deterministic_xlsx(wb: Workbook) -> bytes:
    """Save ``wb`` and rewrite the zip with fixed timestamps and properties."""
    wb.properties.creator = "งานสารบรรณ สสจ.สุขดี"
    wb.properties.created = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\2", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def be_text(d: dt.date) -> str:
    """A Buddhist-era date typed as text: 15/03/2568."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def title_and_header(ws, title: str, headers: list[str]) -> int:
    """A merged, centred title on row 1 and the styled header on row 2; returns 2."""
    ws.cell(row=1, column=1, value=title).font = BOLD
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.cell(row=1, column=1).alignment = CENTER
    for col, text in enumerate(headers, start=1):
        ws.cell(row=2, column=col, value=text)
    style_header(ws, 2, len(headers))
    return 2


def style_header(ws, row: int, ncols: int) -> None:
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = BORDER


def style_body(ws, first: int, last: int, ncols: int) -> None:
    for row in range(first, last + 1):
        for col in range(1, ncols + 1):
            cell = ws.cell(row=row, column=col)
            cell.font = BODY
            cell.border = BORDER


# --------------------------------------------------------------------------- (a) paired
def approval_days(rng: np.random.Generator) -> tuple[bytes, dict]:
    """29 documents; the last-but-a-few has no "after" value ("-")."""
    n = 29
    before = np.clip(np.rint(rng.normal(8.1, 1.6, n)), 4, 12).astype(int)
    # after: the e-workflow keeps some of a document's difficulty
    after = np.clip(np.rint(2.7 + 0.25 * (before - 7.5) + rng.normal(0, 0.8, n)), 1, 5).astype(int)
    received = [dt.date(2025, 1, 6) + dt.timedelta(days=int(d))
                for d in np.sort(rng.choice(np.arange(0, 250), n, replace=False))]
    numbers = [f"สข 0032/{int(k):04d}" for k in np.sort(rng.choice(np.arange(120, 3900), n, replace=False))]

    missing_row = 21            # 0-based document whose "after" was never recorded
    thai_digit_cells = {(4, "before"), (17, "after")}
    unit_text_cells = {(2, "before"), (9, "before"), (13, "after")}

    wb = Workbook()
    ws = wb.active
    ws.title = "ระยะเวลาอนุมัติ"
    headers = ["ลำดับ", "เลขที่หนังสือ", "วันที่รับหนังสือ",
               "ระยะเวลาอนุมัติก่อน (วัน)", "ระยะเวลาอนุมัติหลัง (วัน)", "หมายเหตุ"]
    ncols = len(headers)
    ws.cell(row=1, column=1, value=f"แบบบันทึกระยะเวลาการอนุมัติเอกสาร {TITLE}").font = BOLD
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=2, column=1, value=AGENCY_LINE).font = BODY
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    for r in (1, 2):
        ws.cell(row=r, column=1).alignment = CENTER
    # row 3 left blank on purpose
    header_row = 4
    for col, text in enumerate(headers, start=1):
        ws.cell(row=header_row, column=col, value=text)
    style_header(ws, header_row, ncols)

    def cell_value(i: int, side: str, value: int):
        if side == "after" and i == missing_row:
            return "-"
        if (i, side) in thai_digit_cells:
            return str(value).translate(THAI_DIGITS)
        if (i, side) in unit_text_cells:
            return f"{value} วัน"
        return int(value)

    first = header_row + 1
    for i in range(n):
        r = first + i
        ws.cell(row=r, column=1, value=i + 1)
        ws.cell(row=r, column=2, value=numbers[i])
        ws.cell(row=r, column=3, value=be_text(received[i]))
        ws.cell(row=r, column=4, value=cell_value(i, "before", before[i]))
        ws.cell(row=r, column=5, value=cell_value(i, "after", after[i]))
        if i == missing_row:
            ws.cell(row=r, column=6, value="ยังไม่ได้บันทึกผลหลังดำเนินการ")
    last = first + n - 1
    used = [i for i in range(n) if i != missing_row]
    footer = last + 1
    ws.cell(row=footer, column=1, value="ค่าเฉลี่ย")
    ws.merge_cells(start_row=footer, start_column=1, end_row=footer, end_column=3)
    ws.cell(row=footer, column=4, value=round(float(before[used].mean()), 2))
    ws.cell(row=footer, column=5, value=round(float(after[used].mean()), 2))
    style_body(ws, first, footer, ncols)
    ws.cell(row=footer, column=1).font = BOLD
    ws.cell(row=footer, column=1).alignment = CENTER
    for col, width in zip("ABCDEF", (8, 16, 16, 22, 22, 30)):
        ws.column_dimensions[col].width = width

    facts = {
        "file": "01_approval_days_paired.xlsx",
        "header_row": header_row, "first_data_row": first, "last_data_row": last,
        "footer_row": footer,
        "n_rows": n, "n_pairs": len(used),
        "missing_after_row": first + missing_row,
        "before": before.tolist(), "after": [None if i == missing_row else int(after[i]) for i in range(n)],
        "mean_before": float(before[used].mean()), "mean_after": float(after[used].mean()),
        "mean_before_all": float(before.mean()),
    }
    return deterministic_xlsx(wb), facts


# --------------------------------------------------------------------------- (b) independent
def service_minutes(rng: np.random.Generator) -> tuple[bytes, dict]:
    """35 clients before, 42 after; cp874 CSV with a title line, CRLF."""
    n_before, n_after = 35, 42
    before = np.clip(np.rint(rng.normal(45, 9, n_before)), 25, 75).astype(int)
    after = np.clip(np.rint(rng.gamma(9.0, 15 / 9.0, n_after)), 6, 35).astype(int)
    lines = [
        "ระยะเวลาให้บริการต่อเรื่อง (นาที) ก่อนและหลังดำเนินโครงการสล สุขดี มีคุณธรรม,,",
        "ลำดับ,ระยะเวลาให้บริการก่อน (นาที),ระยะเวลาให้บริการหลัง (นาที)",
    ]
    for i in range(max(n_before, n_after)):
        b = str(before[i]) if i < n_before else ""
        a = str(after[i]) if i < n_after else ""
        lines.append(f"{i + 1},{b},{a}")
    data = ("\r\n".join(lines) + "\r\n").encode("cp874")
    facts = {
        "file": "02_service_minutes_independent.csv",
        "n_before": n_before, "n_after": n_after,
        "before": before.tolist(), "after": after.tolist(),
        "mean_before": float(before.mean()), "mean_after": float(after.mean()),
    }
    return data, facts


# --------------------------------------------------------------------------- (c) long
def cost_long(rng: np.random.Generator) -> tuple[bytes, dict]:
    """Two metrics in long format.

    * ค่าใช้จ่ายต่อเอกสาร (บาท): 32 documents before, 30 after (different
      documents: independent), ~75 -> ~19 baht (paper, printing, postage).
      75 × 2,400 documents ≈ 180,000 baht a year, 19 × 2,400 ≈ 45,000: the
      same story as the aggregate sheet.
    * ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน (บาท): 6 months each side, a
      fixed contract that hardly changed (not significant), typed as text
      with thousands separators ("1,250.00").
    """
    doc_before = np.round(rng.normal(75, 12, 32), 2)
    doc_after = np.round(np.clip(rng.normal(19, 5, 30), 8, None), 2)
    # a fixed 1,250-baht contract plus a per-copy charge in busy months:
    # typed by hand from the invoices, so not drawn at random
    maint_before = np.array([1250.00, 1312.50, 1250.00, 1287.00, 1250.00, 1345.50])
    maint_after = np.array([1250.00, 1250.00, 1298.00, 1250.00, 1250.00, 1276.50])

    metric_doc = "ค่าใช้จ่ายต่อเอกสาร"
    metric_maint = "ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน"
    months_before = ["เม.ย. 2568", "พ.ค. 2568", "มิ.ย. 2568", "ก.ค. 2568", "ส.ค. 2568", "ก.ย. 2568"]
    months_after = ["ต.ค. 2568", "พ.ย. 2568", "ธ.ค. 2568", "ม.ค. 2569", "ก.พ. 2569", "มี.ค. 2569"]
    unit_text = {("ก่อน", 5), ("หลัง", 11)}       # "82.50 บาท"
    trailing_space = {("ก่อน", 20)}                # "ก่อน " as typed

    rows: list[tuple] = []
    for i, v in enumerate(doc_before):
        rows.append((metric_doc, "ก่อน", f"สข 0032/{1101 + 37 * i:04d}", float(v), i))
    for i, v in enumerate(doc_after):
        rows.append((metric_doc, "หลัง", f"สข 0032/{5203 + 41 * i:04d}", float(v), i))
    for m, v in zip(months_before, maint_before):
        rows.append((metric_maint, "ก่อน", m, f"{v:,.2f}", None))
    for m, v in zip(months_after, maint_after):
        rows.append((metric_maint, "หลัง", m, f"{v:,.2f}", None))

    wb = Workbook()
    ws = wb.active
    ws.title = "ข้อมูลค่าใช้จ่าย"
    headers = ["ตัวชี้วัด", "ช่วงเวลา", "เลขที่อ้างอิง", "ค่า (บาท)"]
    header_row = title_and_header(ws, f"ข้อมูลค่าใช้จ่ายก่อนและหลังดำเนิน{TITLE}", headers)
    for k, (metric, period, ref, value, i) in enumerate(rows):
        r = header_row + 1 + k
        if i is not None and (period, i) in trailing_space:
            period = period + " "
        if i is not None and (period.strip(), i) in unit_text:
            value = f"{value:.2f} บาท"
        ws.cell(row=r, column=1, value=metric)
        ws.cell(row=r, column=2, value=period)
        ws.cell(row=r, column=3, value=ref)
        cell = ws.cell(row=r, column=4, value=value)
        if isinstance(value, float):
            cell.number_format = "#,##0.00"
    style_body(ws, header_row + 1, header_row + len(rows), len(headers))
    for col, width in zip("ABCD", (40, 12, 16, 14)):
        ws.column_dimensions[col].width = width

    facts = {
        "file": "03_cost_per_document_long.xlsx",
        "header_row": header_row,
        metric_doc: {"n_before": len(doc_before), "n_after": len(doc_after),
                     "before": doc_before.tolist(), "after": doc_after.tolist(),
                     "mean_before": float(doc_before.mean()), "mean_after": float(doc_after.mean())},
        metric_maint: {"n_before": 6, "n_after": 6,
                       "before": maint_before.tolist(), "after": maint_after.tolist(),
                       "mean_before": float(maint_before.mean()), "mean_after": float(maint_after.mean())},
    }
    return deterministic_xlsx(wb), facts


# --------------------------------------------------------------------------- (d) aggregate
AGGREGATE = [
    # metric, unit, before, after
    ("กระดาษที่ใช้ต่อเดือน", "แผ่น", "12,000", 2500),   # "12,000" typed as text
    ("ค่าใช้จ่ายต่อปี", "บาท", 180000, 45000),
    ("จำนวนขั้นตอน", "ขั้นตอน", 9, 4),
    ("ระยะเวลาเฉลี่ย", "วัน", 7, 2),
]


def aggregate() -> tuple[bytes, dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "สรุปผล"
    headers = ["ลำดับ", "ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"]
    header_row = title_and_header(ws, f"สรุปผลการดำเนินงาน{TITLE} (ก่อน-หลัง)", headers)
    for k, (metric, unit, b, a) in enumerate(AGGREGATE):
        r = header_row + 1 + k
        ws.cell(row=r, column=1, value=k + 1)
        ws.cell(row=r, column=2, value=metric)
        ws.cell(row=r, column=3, value=unit)
        for col, v in ((4, b), (5, a)):
            cell = ws.cell(row=r, column=col, value=v)
            if not isinstance(v, str):
                cell.number_format = "#,##0"
    style_body(ws, header_row + 1, header_row + len(AGGREGATE), len(headers))
    for col, width in zip("ABCDE", (8, 30, 12, 14, 14)):
        ws.column_dimensions[col].width = width
    facts = {"file": "04_aggregate.xlsx", "header_row": header_row,
             "metrics": [(m, u, float(str(b).replace(",", "")), float(a)) for m, u, b, a in AGGREGATE]}
    return deterministic_xlsx(wb), facts


# --------------------------------------------------------------------------- counts (issue 14)
RETURNED = (  # period, documents submitted, returned for correction, note
    ("ก่อนดำเนินโครงการ (ม.ค.–มี.ค. 2568)", 400, 35, "ระบบกระดาษ ตรวจเอกสารด้วยตาเปล่า"),
    ("หลังดำเนินโครงการ (ม.ค.–มี.ค. 2569)", 410, "8 ฉบับ", "ระบบสารบรรณอิเล็กทรอนิกส์ ตรวจช่องที่ต้องกรอกให้อัตโนมัติ"),
)


def documents_returned() -> tuple[bytes, dict]:
    """Documents returned to the sender for correction, out of those submitted in the
    same quarter before and after: X of N in two groups of different documents."""
    wb = Workbook()
    ws = wb.active
    ws.title = "เอกสารส่งกลับแก้ไข"
    headers = ["ช่วงเวลา", "เอกสารที่เสนอทั้งหมด (ฉบับ)", "เอกสารที่ถูกส่งกลับแก้ไข (ฉบับ)", "หมายเหตุ"]
    header_row = title_and_header(ws, f"สถิติเอกสารที่ถูกส่งกลับให้แก้ไข{TITLE}", headers)
    for k, row in enumerate(RETURNED):
        for col, v in enumerate(row, start=1):
            cell = ws.cell(row=header_row + 1 + k, column=col, value=v)
            if isinstance(v, int):
                cell.number_format = "#,##0"
    style_body(ws, header_row + 1, header_row + len(RETURNED), len(headers))
    for col, width in zip("ABCD", (36, 24, 26, 48)):
        ws.column_dimensions[col].width = width
    facts = {"file": "14_documents_returned.xlsx", "header_row": header_row,
             "returned": (35, 400, 8, 410)}
    return deterministic_xlsx(wb), facts


SURVEY_GRID = {
    "ด้านกระบวนการ/ขั้นตอนการให้บริการ": ("ขั้นตอนการขออนุมัติเอกสารไม่ยุ่งยาก", "ระยะเวลาการอนุมัติรวดเร็ว",
                                         "ติดตามสถานะเอกสารได้ตลอดเวลา"),
    "ด้านเจ้าหน้าที่ผู้ให้บริการ": ("เจ้าหน้าที่ให้คำแนะนำได้ชัดเจน", "เจ้าหน้าที่ให้บริการด้วยความเป็นธรรม",
                                "เจ้าหน้าที่ซื่อสัตย์ ไม่เรียกรับผลประโยชน์"),
    "ด้านระบบสารบรรณอิเล็กทรอนิกส์": ("ระบบใช้งานง่าย", "ระบบเปิดเผยข้อมูลโปร่งใสตรวจสอบได้",
                                    "ลดการใช้กระดาษได้จริง"),
}
SURVEY_WORDS = {5: "มากที่สุด", 4: "มาก", 3: "ปานกลาง", 2: "น้อย", 1: "น้อยที่สุด"}
SURVEY_NOTES = ("อยากให้มีคู่มือการใช้งานแบบสั้น", "ระบบช้าในช่วงเช้าวันจันทร์", "ดีมาก ควรขยายไปทุกกลุ่มงาน",
                "ควรแจ้งเตือนทางไลน์เมื่อเอกสารได้รับอนุมัติ", "-")


def satisfaction_survey() -> tuple[bytes, dict]:
    """5.4.3: a Google Forms responses CSV as downloaded (UTF-8, a Likert grid
    "ด้าน… [ข้อ]" answered in Thai words, profile questions, suggestions).
    Its own random stream, so the other sample files do not change."""
    rng = np.random.default_rng(SEED + 543)
    headers = ["ประทับเวลา", "เพศ", "อายุ", "สถานะผู้ตอบ"]
    headers += [f"{dim} [{item}]" for dim, items in SURVEY_GRID.items() for item in items]
    headers.append("ข้อเสนอแนะเพิ่มเติม")
    rows, scores = [], []
    for k in range(62):
        base = rng.choice([5, 4, 4, 3], p=[0.45, 0.30, 0.20, 0.05])
        answers = [int(min(5, max(2, base + rng.choice([-1, 0, 0, 0, 1])))) for _ in range(9)]
        scores.append(answers)
        when = dt.datetime(2026, 8, 3, 9, 0) + dt.timedelta(hours=int(k * 7))
        note = SURVEY_NOTES[k % len(SURVEY_NOTES)] if k % 4 == 0 else ""
        rows.append([when.strftime("%Y/%m/%d %I:%M:%S %p GMT+7"),
                     rng.choice(["ชาย", "หญิง", "หญิง"]),
                     rng.choice(["ต่ำกว่า 30 ปี", "30–45 ปี", "46–60 ปี"]),
                     rng.choice(["บุคลากรในหน่วยงาน", "ผู้รับบริการภายนอก"]),
                     *[SURVEY_WORDS[a] for a in answers], note])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    means = [sum(r) / len(r) for r in scores]
    overall = sum(means) / len(means)
    return out.getvalue().encode("utf-8"), {"respondents": len(rows), "overall_mean": overall,
                                            "pct": overall / 5 * 100}


# =========================================================================== 5.2.1, 5.3.1, 5.3.2
# One event, three attendance records: the training "อบรมการใช้ระบบลงนาม
# อิเล็กทรอนิกส์" of 15 January 2026 (15 ม.ค. 2569, a Thursday inside the
# project's training activity, 12–30 Jan 2026): the morning in meeting room 1
# (paper sign-in sheet, typed into Excel) and on Zoom for those at their desks,
# the afternoon hands-on session on Microsoft Teams.  Everything below draws
# from its own random stream (seed 2569 + 532), so files 01–05 do not change.
ATT_SEED = SEED + 532
EVENT_DATE = dt.date(2026, 1, 15)
EVENT_TITLE = "อบรมการใช้ระบบลงนามอิเล็กทรอนิกส์"
EVENT_PLACE = "ห้องประชุม 1 ชั้น 3"
MAIL = "slsukdee.go.th"
TH_MONTHS_FULL = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                  "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
TH_MONTHS_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
                  "พ.ย.", "ธ.ค.")

# The units of the office, their headcount (1 Jan 2026), how many of each
# signed the paper sheet and how many took part only online (Zoom / Teams).
# Sign-in 40 + online only 28 = 68 staff out of 82 (82.93 %).
UNITS = (
    # unit, headcount, signed the sheet, online only
    ("กลุ่มงานบริหารทั่วไป", 14, 8, 4),
    ("กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", 9, 4, 3),
    ("กลุ่มงานบริหารทรัพยากรบุคคล", 8, 5, 2),
    ("กลุ่มงานประกันสุขภาพ", 7, 3, 3),
    ("กลุ่มงานควบคุมโรคติดต่อ", 10, 4, 4),
    ("กลุ่มงานส่งเสริมสุขภาพ", 8, 3, 3),
    ("กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข", 8, 3, 3),
    ("กลุ่มงานสุขภาพดิจิทัล", 6, 4, 2),
    ("กลุ่มงานนิติการ", 5, 3, 1),
    ("กลุ่มงานทันตสาธารณสุข", 7, 3, 3),
)
# how the headcount sheet writes two of the units (spaces differ from the sign-in sheet)
HEADCOUNT_SPELLING = {"กลุ่มงานสุขภาพดิจิทัล": "กลุ่มงานสุขภาพ ดิจิทัล",
                      "กลุ่มงานนิติการ": "กลุ่มงาน นิติการ"}
POSITIONS = {
    "กลุ่มงานบริหารทั่วไป": ("นักจัดการงานทั่วไปปฏิบัติการ", "เจ้าพนักงานธุรการชำนาญงาน", "นักวิชาการเงินและบัญชีชำนาญการ",
                            "เจ้าพนักงานพัสดุปฏิบัติงาน", "นักวิชาการพัสดุ"),
    "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข": ("นักวิเคราะห์นโยบายและแผนชำนาญการ", "นักวิชาการสาธารณสุขชำนาญการ",
                                         "นักวิชาการสาธารณสุขปฏิบัติการ"),
    "กลุ่มงานบริหารทรัพยากรบุคคล": ("นักทรัพยากรบุคคลปฏิบัติการ", "นักทรัพยากรบุคคลชำนาญการ", "เจ้าพนักงานธุรการ"),
    "กลุ่มงานประกันสุขภาพ": ("นักวิชาการสาธารณสุขชำนาญการ", "พยาบาลวิชาชีพชำนาญการ", "เจ้าพนักงานสาธารณสุขชำนาญงาน"),
    "กลุ่มงานควบคุมโรคติดต่อ": ("นักวิชาการสาธารณสุขชำนาญการพิเศษ", "นักวิชาการสาธารณสุขชำนาญการ",
                                "พยาบาลวิชาชีพชำนาญการ", "นักวิชาการสาธารณสุขปฏิบัติการ"),
    "กลุ่มงานส่งเสริมสุขภาพ": ("พยาบาลวิชาชีพชำนาญการพิเศษ", "นักโภชนาการชำนาญการ", "นักวิชาการสาธารณสุขชำนาญการ"),
    "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข": ("เภสัชกรชำนาญการพิเศษ", "เภสัชกรชำนาญการ",
                                                  "เจ้าพนักงานเภสัชกรรมชำนาญงาน"),
    "กลุ่มงานสุขภาพดิจิทัล": ("นักวิชาการคอมพิวเตอร์ชำนาญการ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
                              "เจ้าพนักงานเครื่องคอมพิวเตอร์"),
    "กลุ่มงานนิติการ": ("นิติกรชำนาญการ", "นิติกรปฏิบัติการ"),
    "กลุ่มงานทันตสาธารณสุข": ("ทันตแพทย์ชำนาญการพิเศษ", "นักวิชาการสาธารณสุข (ทันตสาธารณสุข)",
                              "เจ้าพนักงานทันตสาธารณสุขชำนาญงาน"),
}
# (title, first name, surname, romanised first, romanised surname, unit, position)
# people of the project profile, who all came to the room
KNOWN_PEOPLE = (
    ("นางสาว", "สมใจ", "ใจดี", "somjai", "jaidee", "กลุ่มงานบริหารทั่วไป", "นักจัดการงานทั่วไปชำนาญการ"),
    ("นาย", "ประเสริฐ", "มั่นคง", "prasert", "mankong", "กลุ่มงานสุขภาพดิจิทัล", "นักวิชาการคอมพิวเตอร์ชำนาญการ"),
    ("นาง", "วรรณา", "ศรีสุข", "wanna", "srisuk", "กลุ่มงานบริหารทรัพยากรบุคคล", "นักทรัพยากรบุคคลชำนาญการ"),
    ("นาย", "ธนากร", "พูนผล", "thanakorn", "poonpon", "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข",
     "นักวิเคราะห์นโยบายและแผนปฏิบัติการ"),
)
MALE = (("สมชาย", "somchai"), ("กิตติพงษ์", "kittipong"), ("วีระพงษ์", "weerapong"), ("อนุชา", "anucha"),
        ("สุรเชษฐ์", "surachet"), ("ชัยวัฒน์", "chaiwat"), ("ณัฐพล", "nattapon"), ("พงศกร", "pongsakorn"),
        ("อภิชาติ", "apichart"), ("ธีระ", "teera"), ("วิชัย", "wichai"), ("สุทธิพงษ์", "sutthipong"),
        ("จักรพันธ์", "jakkapan"), ("ปิยะ", "piya"), ("เอกชัย", "ekkachai"), ("ศักดิ์ชัย", "sakchai"),
        ("บุญเลิศ", "boonlert"), ("ธวัชชัย", "thawatchai"), ("อดิศร", "adisorn"), ("ภานุวัฒน์", "panuwat"))
FEMALE = (("สมหญิง", "somying"), ("สุภาพร", "supaporn"), ("วิไลวรรณ", "wilaiwan"), ("อรุณี", "arunee"),
          ("กาญจนา", "kanchana"), ("นภาพร", "napaporn"), ("พรทิพย์", "pornthip"), ("ศิริพร", "siriporn"),
          ("จันทร์เพ็ญ", "janpen"), ("รัตนา", "rattana"), ("ปวีณา", "paweena"), ("ดวงใจ", "duangjai"),
          ("มาลัย", "malai"), ("ชุติมา", "chutima"), ("อัญชลี", "anchalee"), ("เพ็ญศรี", "pensri"),
          ("ณัฐธิดา", "natthida"), ("สุนันทา", "sunanta"), ("กมลวรรณ", "kamonwan"), ("ปิยะนุช", "piyanuch"),
          ("ธิดารัตน์", "thidarat"), ("วาสนา", "wassana"), ("อรทัย", "orathai"), ("เยาวลักษณ์", "yaowalak"),
          ("นิตยา", "nittaya"), ("ลัดดาวัลย์", "laddawan"), ("สุดารัตน์", "sudarat"), ("ขวัญใจ", "kwanjai"))
SURNAMES = (("รักดี", "rakdee"), ("แสงทอง", "saengthong"), ("สายทอง", "saithong"), ("แก้วมณี", "kaewmanee"),
            ("ทองดี", "thongdee"), ("บุญมา", "boonma"), ("ศรีวงศ์", "sriwong"), ("พรหมมา", "promma"),
            ("จันทร์หอม", "janhom"), ("สุขเจริญ", "sukcharoen"), ("วงศ์ใหญ่", "wongyai"), ("คำแก้ว", "khamkaew"),
            ("ปัญญาดี", "panyadee"), ("ชัยมงคล", "chaimongkol"), ("ทองคำ", "thongkham"),
            ("เพชรรัตน์", "phetcharat"), ("อินทร์แก้ว", "inkaew"), ("สมบูรณ์", "somboon"), ("ศรีทอง", "srithong"),
            ("บุญยืน", "boonyuen"), ("มีสุข", "meesuk"), ("รุ่งเรือง", "rungruang"), ("นาคสวัสดิ์", "naksawat"),
            ("กิตติวงศ์", "kittiwong"), ("สุวรรณรัตน์", "suwannarat"), ("พิมพ์ทอง", "pimthong"),
            ("เรืองศรี", "ruangsri"), ("ชูแก้ว", "chukaew"), ("ธนสาร", "thanasan"), ("วิเศษสุข", "wisetsuk"),
            ("อุดมสุข", "udomsuk"), ("บัวทอง", "buathong"), ("ศรีประเสริฐ", "sriprasert"), ("หอมจันทร์", "homjan"),
            ("แสนดี", "saendee"), ("กล้าหาญ", "klahan"), ("สว่างวงศ์", "sawangwong"), ("คงสมบัติ", "khongsombat"),
            ("เจริญผล", "charoenphon"), ("นิลสุวรรณ", "ninsuwan"), ("ภูมิใจ", "phumjai"), ("ดวงแก้ว", "duangkaew"),
            ("ทองใบ", "thongbai"), ("จิตรดี", "jitdee"), ("ชื่นใจ", "chuenjai"), ("พึ่งทอง", "phuengthong"),
            ("บุญประเสริฐ", "boonprasert"), ("ศรีสวัสดิ์", "srisawat"), ("มณีรัตน์", "maneerat"),
            ("วงศ์สวัสดิ์", "wongsawat"), ("ปานทอง", "panthong"), ("ศักดิ์ดี", "sakdee"), ("อ่อนละมัย", "onlamai"),
            ("สิทธิโชค", "sitthichok"), ("ขันทอง", "khanthong"), ("ทิพย์มณี", "thipmanee"), ("เกษมสุข", "kasemsuk"),
            ("ลือชา", "luecha"), ("อยู่เย็น", "yooyen"), ("พรมสุวรรณ", "promsuwan"), ("ไชยสิทธิ์", "chaiyasit"),
            ("นาคประเสริฐ", "nakprasert"), ("สุขสวัสดิ์", "suksawat"), ("แก้วประเสริฐ", "kaewprasert"),
            ("ทองสุข", "thongsuk"), ("ศรีบุญเรือง", "sriboonruang"), ("เทพารักษ์", "theparak"),
            ("มหาวงศ์", "mahawong"))
# the e-signature vendor's trainer, a guest in the Teams session (not staff)
VENDOR = ("จิราพร วงศ์ไทย", "jiraporn@esign-thai.co.th")


class Person(NamedTuple):
    title: str
    first: str
    last: str
    email: str
    unit: str
    position: str

    @property
    def plain(self) -> str:
        """The name as an app shows it: "สมใจ ใจดี"."""
        return f"{self.first} {self.last}"


def _staff(rng: np.random.Generator) -> tuple[list[Person], list[Person]]:
    """The 68 staff who took part: (signed the sheet, only online)."""
    firsts = {"นาย": list(MALE), "female": list(FEMALE)}
    surnames = [s for s in SURNAMES if s[0] not in {p[2] for p in KNOWN_PEOPLE}]
    order = rng.permutation(len(surnames))
    surnames = [surnames[i] for i in order]
    known = {p[5]: [] for p in KNOWN_PEOPLE}
    for p in KNOWN_PEOPLE:
        known[p[5]].append(p)
    used_emails: set[str] = set()

    def person(unit: str, k: int) -> Person:
        title = str(rng.choice(["นาย", "นาง", "นางสาว"], p=[0.3, 0.35, 0.35]))
        pool = firsts["นาย" if title == "นาย" else "female"]
        first, first_en = pool[int(rng.integers(len(pool)))]
        last, last_en = surnames.pop()
        email = f"{first_en}.{last_en[0]}@{MAIL}"
        if email in used_emails:
            email = f"{first_en}.{last_en[:2]}@{MAIL}"
        used_emails.add(email)
        positions = POSITIONS[unit]
        return Person(title, first, last, email, unit, positions[k % len(positions)])

    signed, online = [], []
    for unit, _, n_signed, n_online in UNITS:
        mine = [Person(t, f, s, f"{fe}.{se[0]}@{MAIL}", u, pos) for t, f, s, fe, se, u, pos in known.get(unit, [])]
        used_emails.update(p.email for p in mine)
        while len(mine) < n_signed:
            mine.append(person(unit, len(mine)))
        signed += mine
        online += [person(unit, n_signed + k) for k in range(n_online)]
    return signed, online


def _spaced(rng: np.random.Generator, name: str, p: float = 0.15) -> str:
    """A name typed with a double space between first name and surname (sometimes)."""
    return name.replace(" ", "  ", 1) if rng.random() < p else name


def _people_plan(rng: np.random.Generator) -> dict:
    """Who was where: 40 in the room, 26 on Zoom, 19 staff + 1 guest on Teams."""
    signed, online = _staff(rng)
    signed = [signed[i] for i in rng.permutation(len(signed))]      # the order they arrived
    online = [online[i] for i in rng.permutation(len(online))]
    by_name = {p.plain: p for p in signed}
    host = by_name["ประเสริฐ มั่นคง"]           # ran Zoom from the room, then Teams
    hr = by_name["วรรณา ศรีสุข"]                 # organised the afternoon on Teams
    others = [p for p in signed if p not in (host, hr)]
    zoom_only, teams_only = online[:22], online[22:]
    zoom = [host] + others[:3] + zoom_only                        # 4 also signed the sheet
    # Teams: 7 who signed (the host among them), 6 from Zoom, 6 only on Teams
    teams = [hr, host] + others[3:8] + zoom_only[:6] + teams_only
    return {"signed": signed, "online": online, "zoom": zoom, "teams": teams,
            "host": host, "organizer": hr}


# --------------------------------------------------------------------------- 06 sign-in sheet
def signin_sheet(plan: dict, rng: np.random.Generator) -> bytes:
    signed: list[Person] = plan["signed"]
    wb = Workbook()
    ws = wb.active
    ws.title = "ลงทะเบียน"
    headers = ["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "หน่วยงาน", "ลายมือชื่อ"]
    ncols = len(headers)
    date_th = f"{EVENT_DATE.day} {TH_MONTHS_FULL[EVENT_DATE.month - 1]} {EVENT_DATE.year + 543}"
    titles = ("แบบลงทะเบียนผู้เข้าร่วมอบรม",
              f"โครงการ สล สุขดี มีคุณธรรม: {EVENT_TITLE}",
              f"วันที่ {date_th} ณ {EVENT_PLACE}")
    for r, text in enumerate(titles, start=1):
        ws.cell(row=r, column=1, value=text).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        ws.cell(row=r, column=1).alignment = CENTER
    header_row = 5                                        # row 4 left blank
    for col, text in enumerate(headers, start=1):
        ws.cell(row=header_row, column=col, value=text)
    style_header(ws, header_row, ncols)
    for i, p in enumerate(signed):
        r = header_row + 1 + i
        # typed from the paper: the title run into the name, sometimes a space after it
        sep = " " if rng.random() < 0.2 else ""
        name = _spaced(rng, f"{p.title}{sep}{p.plain}")
        unit = "กลุ่มงาน บริหารทั่วไป" if (p.unit == "กลุ่มงานบริหารทั่วไป" and i % 3 == 1) else p.unit
        ws.cell(row=r, column=1, value=i + 1)
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=p.position)
        ws.cell(row=r, column=4, value=unit)
        ws.row_dimensions[r].height = 30                    # room to sign
    last = header_row + len(signed)
    total = last + 1
    ws.cell(row=total, column=1, value=f"รวม {len(signed)} คน")
    ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=ncols)
    style_body(ws, header_row + 1, total, ncols)
    ws.cell(row=total, column=1).font = BOLD
    ws.cell(row=total, column=1).alignment = CENTER
    for col, width in zip("ABCDE", (7, 30, 36, 40, 20)):
        ws.column_dimensions[col].width = width
    return deterministic_xlsx(wb)


# --------------------------------------------------------------------------- 07 Zoom
def _us(t: dt.datetime) -> str:
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def _minutes(a: dt.datetime, b: dt.datetime) -> int:
    return -(-int((b - a).total_seconds()) // 60)        # Zoom rounds up


def zoom_report(plan: dict, rng: np.random.Generator) -> tuple[bytes, dict]:
    zoom: list[Person] = plan["zoom"]
    host = plan["host"]
    start = dt.datetime.combine(EVENT_DATE, dt.time(8, 45, 3))
    end = dt.datetime.combine(EVENT_DATE, dt.time(12, 7, 45))
    # zoom[1:4] signed the sheet, zoom[4:10] also came to Teams (with their office e-mail)
    personal = {3: "gmail.com", 15: "hotmail.com", 19: "gmail.com"}        # logged in with a personal account
    no_email = {12, 20}                                                      # joined from the browser, not logged in
    renamed = {5: "{First} {L}", 11: "iPhone ของ{first}", 17: "{First}", 23: "Galaxy A54"}   # "(original name)"
    english_only = 7          # never renamed: "Kittipong S." (matched to Teams only by e-mail)
    rejoin = (2, 8, 14, 21)   # dropped and came back (same name and e-mail)
    rows = []
    for k, p in enumerate(zoom):
        first_en, last_en = p.email.split("@")[0].split(".")
        if k in personal:
            email = f"{first_en}.{last_en}{1975 + k}@{personal[k]}"
        elif k in no_email:
            email = ""
        else:
            email = p.email
        name = _spaced(rng, p.plain, 0.2) if p is not host else p.plain
        if k == 2:
            name = p.plain.replace(" ", "  ")        # signed the sheet as "นาย…" with one space
        if k in renamed:
            name = f"{name} ({renamed[k].format(first=p.first, First=first_en.capitalize(), L=last_en[0].upper())})"
        if k == english_only:
            name = f"{first_en.capitalize()} {last_en[0].upper()}."
        if p is host:
            join, leave = start, end
        else:
            join = start + dt.timedelta(seconds=int(300 + rng.integers(0, 1500)))
            leave = end - dt.timedelta(seconds=int(rng.integers(60, 900)))
        guest = "No" if email.endswith(MAIL) else "Yes"
        if k in rejoin:
            drop = join + dt.timedelta(seconds=int(rng.integers(2400, 6000)))
            back = drop + dt.timedelta(seconds=int(rng.integers(40, 300)))
            rows.append((join, [name, email, _us(join), _us(drop), _minutes(join, drop), guest]))
            rows.append((back, [name, email, _us(back), _us(leave), _minutes(back, leave), guest]))
        else:
            rows.append((join, [name, email, _us(join), _us(leave), _minutes(join, leave), guest]))
    host_row = rows[0]
    rest = sorted(rows[1:], key=lambda r: r[0])
    table = [host_row[1]] + [r[1] for r in rest]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
                "Participants"])
    w.writerow(["86315702248", f"{EVENT_TITLE} โครงการ สล สุขดี มีคุณธรรม", _us(start), _us(end),
                host.email, _minutes(start, end), len(table)])
    w.writerow([])
    w.writerow(["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"])
    w.writerows(table)
    minutes = sum(r[4] for r in table)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"), {
        "rows": len(table), "people": len(zoom), "rejoins": len(rejoin), "minutes": minutes,
        "english_only": zoom[english_only]}


# --------------------------------------------------------------------------- 08 Teams
def _teams_time(t: dt.datetime) -> str:
    return f"{t.month}/{t.day}/{t.year % 100:02d}, {t.hour % 12 or 12}:{t.minute:02d}:{t.second:02d} " \
           f"{'AM' if t.hour < 12 else 'PM'}"


def _hms(seconds: int) -> str:
    """Teams' durations: "2h 1m 33s", "45m 8s", "2h 0m 35s"."""
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}h {m}m {s}s"
    return f"{m}m {s}s" if m else f"{s}s"


def teams_report(plan: dict, rng: np.random.Generator, english_only: Person) -> tuple[bytes, dict]:
    teams: list[Person] = plan["teams"]
    organizer, host = plan["organizer"], plan["host"]
    start = dt.datetime.combine(EVENT_DATE, dt.time(13, 0, 12))
    end = dt.datetime.combine(EVENT_DATE, dt.time(15, 1, 45))          # 2h 1m 33s
    people = [(p.plain, p.email, "Organizer" if p is organizer else "Presenter" if p is host else "Attendee")
              for p in teams]
    people.append((f"{VENDOR[0]} (Guest)", VENDOR[1], "Presenter"))
    dropped = {4, 10, 15}                    # lost the connection once
    activities, participants = [], []
    for k, (name, email, role) in enumerate(people):
        if role == "Organizer":
            join, leave = start, end
        elif role == "Presenter":
            join = start + dt.timedelta(seconds=int(rng.integers(20, 200)))
            leave = end - dt.timedelta(seconds=int(rng.integers(5, 60)))
        else:
            join = start + dt.timedelta(seconds=int(rng.integers(30, 900)))
            leave = end - dt.timedelta(seconds=int(rng.integers(60, 2400)))
        spans = [(join, leave)]
        if k in dropped:
            drop = join + dt.timedelta(seconds=int(rng.integers(1800, 4000)))
            back = drop + dt.timedelta(seconds=int(rng.integers(30, 240)))
            spans = [(join, drop), (back, leave)]
        seconds = sum(int((b - a).total_seconds()) for a, b in spans)
        participants.append((join, [name, _teams_time(join), _teams_time(leave), _hms(seconds), email, email, role],
                             seconds))
        for a, b in spans:
            activities.append((a, [name, _teams_time(a), _teams_time(b), _hms(int((b - a).total_seconds())),
                                   email, role]))
    average = round(sum(s for _, _, s in participants) / len(participants))
    lines = ["1. Summary",
             f"Meeting title\t{EVENT_TITLE} (ภาคบ่าย ฝึกปฏิบัติ)",
             f"Attended participants\t{len(participants)}",
             f"Start time\t{_teams_time(start)}",
             f"End time\t{_teams_time(end)}",
             f"Meeting duration\t{_hms(int((end - start).total_seconds()))}",
             f"Average attendance time\t{_hms(average)}",
             "",
             "2. Participants",
             "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole"]
    lines += ["\t".join(r) for _, r, _ in sorted(participants, key=lambda p: p[0])]
    lines += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
    lines += ["\t".join(r) for _, r in sorted(activities, key=lambda a: a[0])]
    text = "\r\n".join(lines) + "\r\n"
    return b"\xff\xfe" + text.encode("utf-16-le"), {
        "participants": len(participants), "activity_rows": len(activities), "dropped": len(dropped),
        "minutes": sum(s for _, _, s in participants) / 60}


# --------------------------------------------------------------------------- 09 headcount
def headcount_sheet() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "อัตรากำลัง"
    headers = ["ลำดับ", "หน่วยงาน", "จำนวนบุคลากร (คน)"]
    header_row = title_and_header(
        ws, "จำนวนบุคลากร สำนักงานสาธารณสุขจังหวัดสุขดี จำแนกตามหน่วยงาน (ข้อมูล ณ วันที่ 1 มกราคม 2569)", headers)
    for k, (unit, n, _, _) in enumerate(UNITS):
        r = header_row + 1 + k
        ws.cell(row=r, column=1, value=k + 1)
        ws.cell(row=r, column=2, value=HEADCOUNT_SPELLING.get(unit, unit))
        ws.cell(row=r, column=3, value=n)
    total = header_row + len(UNITS) + 1
    ws.cell(row=total, column=2, value="รวม")
    ws.cell(row=total, column=3, value=sum(u[1] for u in UNITS))
    style_body(ws, header_row + 1, total, len(headers))
    for col in (2, 3):
        ws.cell(row=total, column=col).font = BOLD
    for col, width in zip("ABC", (8, 46, 20)):
        ws.column_dimensions[col].width = width
    return deterministic_xlsx(wb)


# --------------------------------------------------------------------------- 13 staff list
# surnames of the 14 staff who did not take part (none is an attendee's)
ABSENT_SURNAMES = ("ประทุมทอง", "สิงห์คำ", "บุญศรี", "เกตุแก้ว", "จำปาทอง", "ศรีสมบูรณ์", "แสงอรุณ",
                   "ทองประเสริฐ", "วงศ์คำ", "พลอยงาม", "สุวรรณชาติ", "อินทรสุวรรณ", "ชาญชัย", "ผ่องใส")
ABSENT_EN = ("prathumthong", "singkham", "boonsri", "ketkaew", "jampathong", "srisomboon", "saengarun",
             "thongprasert", "wongkham", "ploy-ngam", "suwannachat", "intarasuwan", "chanchai", "pongsai")


def staff_list_sheet(plan: dict) -> bytes:
    """Every staff member of the office (82): the 68 who took part and 14 who
    did not, by unit, with position and office e-mail (its own random stream,
    so no other file changes)."""
    rng = np.random.default_rng(ATT_SEED + 13)
    staff = {p.email: p for p in plan["signed"] + plan["online"]}
    absent_names = list(zip(ABSENT_SURNAMES, ABSENT_EN))
    people: list[Person] = []
    for unit, headcount, n_signed, n_online in UNITS:
        mine = sorted((p for p in staff.values() if p.unit == unit), key=lambda p: (p.first, p.last))
        for k in range(headcount - len(mine)):
            title = str(rng.choice(["นาย", "นาง", "นางสาว"]))
            pool = MALE if title == "นาย" else FEMALE
            first, first_en = pool[int(rng.integers(len(pool)))]
            last, last_en = absent_names.pop()
            positions = POSITIONS[unit]
            mine.append(Person(title, first, last, f"{first_en}.{last_en}@{MAIL}", unit,
                               positions[(n_signed + n_online + k) % len(positions)]))
        people += mine
    wb = Workbook()
    ws = wb.active
    ws.title = "บุคลากร"
    headers = ["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล"]
    header_row = title_and_header(
        ws, "บัญชีรายชื่อบุคลากร สำนักงานสาธารณสุขจังหวัดสุขดี (ข้อมูล ณ วันที่ 1 มกราคม 2569)", headers)
    for k, p in enumerate(people):
        r = header_row + 1 + k
        for c, v in enumerate((k + 1, p.title, p.first, p.last, p.position, p.unit, p.email), start=1):
            ws.cell(row=r, column=c, value=v)
    style_body(ws, header_row + 1, header_row + len(people), len(headers))
    for col, width in zip("ABCDEFG", (8, 10, 14, 16, 36, 40, 34)):
        ws.column_dimensions[col].width = width
    return deterministic_xlsx(wb)


# --------------------------------------------------------------------------- 10 pre/post test
def pre_post_test(plan: dict, rng: np.random.Generator) -> tuple[bytes, dict]:
    """35 of the staff who took part; 2 missed the post-test, 1 the pre-test."""
    staff = plan["signed"] + plan["online"]
    chosen = sorted(rng.choice(len(staff), 35, replace=False).tolist())
    people = [staff[i] for i in chosen]
    pre = np.clip(np.rint(rng.normal(11.3, 2.6, 35)), 3, 19).astype(int)
    post = np.clip(np.rint(pre + rng.normal(4.2, 2.4, 35)), 0, 20).astype(int)
    no_post, no_pre = {9, 27}, {18}
    wb = Workbook()
    ws = wb.active
    ws.title = "ผลการทดสอบ"
    headers = ["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "คะแนนก่อนอบรม (20 คะแนน)", "คะแนนหลังอบรม (20 คะแนน)"]
    ncols = len(headers)
    for r, text in enumerate(("แบบบันทึกผลการทดสอบความรู้ก่อนและหลังการอบรม",
                              f"หลักสูตร{EVENT_TITLE} วันที่ {EVENT_DATE.day} "
                              f"{TH_MONTHS_FULL[EVENT_DATE.month - 1]} {EVENT_DATE.year + 543}"), start=1):
        ws.cell(row=r, column=1, value=text).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        ws.cell(row=r, column=1).alignment = CENTER
    header_row = 3
    for col, text in enumerate(headers, start=1):
        ws.cell(row=header_row, column=col, value=text)
    style_header(ws, header_row, ncols)
    short = {"นางสาว": "น.ส.", "นาย": "นาย", "นาง": "นาง"}
    for i, p in enumerate(people):
        r = header_row + 1 + i
        title = short[p.title] if i % 4 == 0 else p.title
        ws.cell(row=r, column=1, value=i + 1)
        ws.cell(row=r, column=2, value=f"{title}{' ' if title.endswith('.') else ''}{p.plain}")
        ws.cell(row=r, column=3, value=p.unit)
        ws.cell(row=r, column=4, value=None if i in no_pre else int(pre[i]))
        ws.cell(row=r, column=5, value="ขาดสอบ" if i in no_post else int(post[i]))
    last = header_row + len(people)
    has_pre = [i for i in range(35) if i not in no_pre]
    has_post = [i for i in range(35) if i not in no_post]
    pairs = [i for i in range(35) if i not in no_pre | no_post]
    footer = last + 1
    ws.cell(row=footer, column=1, value="ค่าเฉลี่ย")
    ws.merge_cells(start_row=footer, start_column=1, end_row=footer, end_column=3)
    ws.cell(row=footer, column=4, value=round(float(pre[has_pre].mean()), 2))
    ws.cell(row=footer, column=5, value=round(float(post[has_post].mean()), 2))
    style_body(ws, header_row + 1, footer, ncols)
    ws.cell(row=footer, column=1).font = BOLD
    ws.cell(row=footer, column=1).alignment = CENTER
    for col, width in zip("ABCDE", (7, 30, 42, 16, 16)):
        ws.column_dimensions[col].width = width
    b, a = pre[pairs].astype(float), post[pairs].astype(float)
    d = a - b
    facts = {"people": 35, "pairs": len(pairs), "missed_post": len(no_post), "missed_pre": len(no_pre),
             "header_row": header_row, "footer_row": footer,
             "pre": [None if i in no_pre else int(pre[i]) for i in range(35)],
             "post": [None if i in no_post else int(post[i]) for i in range(35)],
             "mean_pre": float(b.mean()), "mean_post": float(a.mean()), "mean_gain": float(d.mean()),
             "sd_gain": float(d.std(ddof=1)), "gain_pct": float((a.mean() - b.mean()) / b.mean() * 100),
             "t": float(d.mean() / (d.std(ddof=1) / np.sqrt(len(d)))), "df": len(d) - 1,
             "mean_pre_all": float(pre[has_pre].mean()), "mean_post_all": float(post[has_post].mean())}
    return deterministic_xlsx(wb), facts


# --------------------------------------------------------------------------- 11, 12 logs (5.3.1, 5.2.1)
PHOTOS = (
    # file, date taken, scene, stored rotated (EXIF Orientation 6)
    ("531_01_meeting.jpg", dt.datetime(2025, 10, 9, 9, 41, 27), "meeting", False),
    ("531_02_training.jpg", dt.datetime(2026, 1, 15, 10, 12, 8), "training", False),
    ("531_03_group.jpg", dt.datetime(2026, 1, 15, 12, 3, 51), "group", False),
    ("531_04_poster.jpg", dt.datetime(2026, 2, 2, 8, 57, 14), "poster", True),
)
ACTIVITY_LOG = (
    # date, title, place, people, description, photos
    (dt.date(2025, 10, 9), "ประชุมชี้แจงโครงการและแต่งตั้งคณะทำงาน", "ห้องประชุม 1 ชั้น 3", 32,
     "ชี้แจงวัตถุประสงค์ ขั้นตอน และตัวชี้วัดของโครงการ แต่งตั้งคณะทำงาน 12 คน จากทุกกลุ่มงาน",
     ("531_01_meeting.jpg",)),
    (dt.date(2025, 11, 20), "ประชุมคณะทำงานกำหนดคุณลักษณะระบบลายมือชื่ออิเล็กทรอนิกส์", "ห้องประชุม 2 ชั้น 2", 12,
     "พิจารณาขอบเขตงาน (TOR) ระบบลายมือชื่ออิเล็กทรอนิกส์และเครื่องสแกนเอกสาร", ()),
    (dt.date(2026, 1, 15), EVENT_TITLE, f"{EVENT_PLACE} และออนไลน์ (Zoom, Microsoft Teams)", 68,
     "ภาคเช้าบรรยาย ณ ห้องประชุม 1 (40 คน) และถ่ายทอดผ่าน Zoom ภาคบ่ายฝึกปฏิบัติผ่าน Microsoft Teams "
     "ทดสอบความรู้ก่อนและหลังการอบรม", ("531_02_training.jpg", "531_03_group.jpg")),
    (dt.date(2026, 1, 27), "คลินิกให้คำปรึกษาการใช้ระบบ e-Sign", "ศูนย์ข้อมูล กลุ่มงานสุขภาพดิจิทัล", 18,
     "เจ้าหน้าที่สุขภาพดิจิทัลช่วยลงทะเบียนใบรับรองอิเล็กทรอนิกส์และแก้ปัญหารายบุคคล", ()),
    (dt.date(2026, 2, 2), "เปิดใช้ระบบอนุมัติเอกสารอิเล็กทรอนิกส์", "โถงชั้น 1 สำนักงานสาธารณสุขจังหวัดสุขดี", 45,
     "นายแพทย์สาธารณสุขจังหวัดเปิดใช้ระบบ ติดบอร์ดขั้นตอนการเสนอหนังสือผ่านระบบ", ("531_04_poster.jpg",)),
    (dt.date(2026, 4, 23), "ติดตามผลการใช้ระบบหลังดำเนินการ 3 เดือน", "ห้องประชุม 1 ชั้น 3", 24,
     "ทบทวนปัญหาการใช้งาน (After Action Review) และปรับขั้นตอนการเวียนหนังสือภายใน", ()),
    (dt.date(2026, 8, 20), "ประชุมสรุปผลและถอดบทเรียนโครงการ", "ห้องประชุม 1 ชั้น 3", 36,
     "นำเสนอผลการดำเนินงานเทียบตัวชี้วัด ถอดบทเรียน และจัดทำข้อเสนอขยายผลปีงบประมาณ 2570", ()),
)
COMMUNICATIONS = (
    # date, subject, channel, people reached (None: not counted), description
    (dt.date(2025, 10, 13), "หนังสือเวียน ที่ สข 0032/ว 145 แจ้งแต่งตั้งคณะทำงานโครงการ", "หนังสือเวียน", 82,
     "แจ้งเวียนทุกกลุ่มงานผ่านระบบสารบรรณ"),
    (dt.date(2025, 10, 28), "ชี้แจงโครงการในที่ประชุมประจำเดือนบุคลากร", "ประชุม", 71,
     "หัวหน้ากลุ่มงานบริหารทั่วไปชี้แจงแผนและกำหนดการของโครงการ"),
    (dt.date(2025, 11, 3), "ประชาสัมพันธ์โครงการและช่องทางสอบถาม", "กลุ่ม LINE", 78,
     "โพสต์ในกลุ่ม LINE บุคลากร สสจ.สุขดี พร้อมอินโฟกราฟิก"),
    (dt.date(2025, 12, 22), "ข่าวประชาสัมพันธ์โครงการ สล สุขดี มีคุณธรรม", "เว็บไซต์", None,
     "เผยแพร่บนเว็บไซต์สำนักงาน หัวข้อข่าวประชาสัมพันธ์"),
    (dt.date(2026, 1, 5), "เชิญเข้าร่วมอบรมการใช้ระบบลงนามอิเล็กทรอนิกส์ 15 ม.ค. 2569", "อีเมล", 82,
     "ส่งถึงบุคลากรทุกคนทางอีเมลของสำนักงาน พร้อมลิงก์ Zoom และ Teams"),
    (dt.date(2026, 1, 14), "แจ้งเตือนการอบรมและแบบทดสอบก่อนอบรม", "กลุ่ม LINE", 78,
     "ส่งลิงก์แบบทดสอบก่อนอบรมและลิงก์เข้าร่วมออนไลน์"),
    (dt.date(2026, 1, 26), "ติดโปสเตอร์ขั้นตอนการเสนอหนังสือผ่านระบบ", "บอร์ดประชาสัมพันธ์", None,
     "บอร์ดหน้าห้องสารบรรณและโถงชั้น 1"),
    (dt.date(2026, 1, 29), "หนังสือเวียน ที่ สข 0032/ว 21 แจ้งเริ่มใช้ระบบอนุมัติเอกสารอิเล็กทรอนิกส์", "หนังสือเวียน",
     82, "เริ่มใช้ระบบตั้งแต่ 2 ก.พ. 2569 ยกเลิกการเสนอแฟ้มกระดาษภายใน"),
    (dt.date(2026, 3, 30), "รายงานความก้าวหน้าในที่ประชุมประจำเดือน", "ประชุม", 69,
     "นำเสนอระยะเวลาอนุมัติเอกสารก่อนและหลังใช้ระบบ"),
    (dt.date(2026, 8, 24), "แจ้งผลการดำเนินโครงการและเชิญตอบแบบสำรวจความพึงพอใจ", "อีเมล", 82,
     "ส่งสรุปผลโครงการและลิงก์แบบสำรวจ Google Forms"),
)


def log_entries() -> tuple[list[dict], list[dict]]:
    """The two logs as project.json stores them (LogEntry.to_dict)."""
    activity = [{"date": d.isoformat(), "title": t, "channel": c, "people": n, "description": s,
                 "photos": list(p)} for d, t, c, n, s, p in ACTIVITY_LOG]
    comms = [{"date": d.isoformat(), "title": t, "channel": c, "people": n, "description": s, "photos": []}
             for d, t, c, n, s in COMMUNICATIONS]
    return activity, comms


def _abbr_be(d: dt.date) -> str:
    """A date typed in Thai: "9 ต.ค. 2568"."""
    return f"{d.day} {TH_MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def activity_log_sheet() -> bytes:
    """5.3.1: dates typed as Thai text ("9 ต.ค. 2568")."""
    wb = Workbook()
    ws = wb.active
    ws.title = "กิจกรรม"
    headers = ["วันที่", "กิจกรรม", "สถานที่", "จำนวนผู้เข้าร่วม (คน)", "รายละเอียด"]
    header_row = title_and_header(ws, f"บันทึกการดำเนินกิจกรรม{TITLE} ปีงบประมาณ พ.ศ. 2569", headers)
    for k, (d, title, place, people, text, _) in enumerate(ACTIVITY_LOG):
        r = header_row + 1 + k
        for col, v in enumerate((_abbr_be(d), title, place, people, text), start=1):
            ws.cell(row=r, column=col, value=v)
    style_body(ws, header_row + 1, header_row + len(ACTIVITY_LOG), len(headers))
    for col, width in zip("ABCDE", (14, 48, 40, 14, 70)):
        ws.column_dimensions[col].width = width
    return deterministic_xlsx(wb)


def communication_log_sheet() -> bytes:
    """5.2.1: real date cells shown in the Buddhist era, "-" where nobody counted."""
    wb = Workbook()
    ws = wb.active
    ws.title = "การสื่อสาร"
    headers = ["วันที่", "เรื่อง", "ช่องทาง", "จำนวนผู้รับ (คน)", "รายละเอียด"]
    header_row = title_and_header(ws, f"บันทึกการสื่อสารโครงการแก่บุคลากร {TITLE}", headers)
    for k, (d, title, channel, people, text) in enumerate(COMMUNICATIONS):
        r = header_row + 1 + k
        cell = ws.cell(row=r, column=1, value=d)
        cell.number_format = "[$-th-TH,107]d mmm yyyy"           # Thai Excel: "13 ต.ค. 2568"
        for col, v in enumerate((title, channel, "-" if people is None else people, text), start=2):
            ws.cell(row=r, column=col, value=v)
    style_body(ws, header_row + 1, header_row + len(COMMUNICATIONS), len(headers))
    for col, width in zip("ABCDE", (14, 60, 20, 14, 56)):
        ws.column_dimensions[col].width = width
    return deterministic_xlsx(wb)


# --------------------------------------------------------------------------- photos
def _scene(kind: str, rng: np.random.Generator) -> Image.Image:
    """A simple drawn "photo": a room, people as shapes, a screen or a board."""
    portrait = kind == "poster"
    w, h = (1200, 1600) if portrait else (1600, 1200)
    img = Image.new("RGB", (w, h), (236, 230, 218))
    d = ImageDraw.Draw(img)
    floor = int(h * (0.72 if portrait else 0.62))
    d.rectangle([0, floor, w, h], fill=(150, 118, 92))                      # wooden floor
    for x in range(0, w, 160):
        d.line([x, floor, x - 200, h], fill=(135, 104, 80), width=3)
    d.rectangle([0, 0, w, 40], fill=(210, 204, 192))                         # ceiling strip
    for x in range(120, w, 360):
        d.rectangle([x, 8, x + 160, 28], fill=(255, 252, 236))             # lights
    skin = [(224, 182, 150), (205, 160, 124), (186, 140, 106), (232, 196, 166)]
    shirts = [(46, 84, 150), (240, 240, 240), (120, 60, 70), (60, 120, 90), (200, 160, 60), (90, 90, 110),
              (170, 200, 230)]

    def person(x: int, y: int, s: float, seated: bool = False) -> None:
        c = shirts[int(rng.integers(len(shirts)))]
        body_h = int((120 if seated else 190) * s)
        d.rounded_rectangle([x - 42 * s, y - body_h, x + 42 * s, y], radius=int(22 * s), fill=c)
        hx, hy, r = x, y - body_h - 30 * s, 30 * s
        d.ellipse([hx - r, hy - r, hx + r, hy + r], fill=skin[int(rng.integers(len(skin)))])
        d.chord([hx - r, hy - r - 4 * s, hx + r, hy + r * 0.6], 180, 360, fill=(35, 28, 26))   # hair

    def screen(x0: int, y0: int, x1: int, y1: int) -> None:
        d.rectangle([x0 - 8, y0 - 8, x1 + 8, y1 + 8], fill=(60, 60, 66))
        d.rectangle([x0, y0, x1, y1], fill=(248, 248, 252))
        d.rectangle([x0, y0, x1, y0 + (y1 - y0) // 6], fill=(0, 94, 164))   # slide title bar
        for k in range(5):                                                   # bullet lines
            yy = y0 + (y1 - y0) // 4 + k * (y1 - y0) // 8
            d.ellipse([x0 + 30, yy, x0 + 44, yy + 14], fill=(0, 94, 164))
            d.rectangle([x0 + 60, yy + 3, x0 + 60 + int((x1 - x0 - 120) * (0.9 - 0.12 * k)), yy + 11],
                        fill=(150, 150, 160))

    if kind == "meeting":
        d.rectangle([0, 40, w, floor], fill=(226, 218, 200))
        screen(560, 120, 1040, 420)
        d.rounded_rectangle([260, 640, 1340, 860], radius=60, fill=(110, 76, 52))        # conference table
        d.rounded_rectangle([280, 650, 1320, 840], radius=50, fill=(128, 90, 62))
        for k, x in enumerate(range(330, 1300, 140)):
            person(x, 650, 1.0, seated=True)
            person(x + 40, 1000, 1.15, seated=True)
        d.rectangle([200, 840, 1400, 870], fill=(90, 62, 44))
    elif kind == "training":
        d.rectangle([0, 40, w, floor], fill=(222, 226, 230))
        screen(420, 90, 1180, 520)
        person(1300, 700, 1.2)                                               # the trainer
        for row, (y, s) in enumerate(((760, 0.8), (900, 0.95), (1060, 1.1), (1200, 1.25))):
            for x in range(120 + 60 * (row % 2), w - 60, int(190 * s)):
                d.rectangle([x - 70 * s, y - 40 * s, x + 70 * s, y], fill=(240, 240, 236))   # desks
                d.rectangle([x - 36 * s, y - 80 * s, x + 30 * s, y - 40 * s], fill=(40, 40, 46))  # laptops
                person(x, y + 10, s * 0.8, seated=True)
    elif kind == "group":
        d.rectangle([0, 40, w, floor], fill=(214, 224, 236))
        d.rectangle([200, 100, 1400, 380], fill=(0, 94, 164))                # the event backdrop
        d.rectangle([230, 130, 1370, 350], outline=(255, 214, 90), width=6)
        for k in range(3):
            d.rectangle([300, 170 + 60 * k, 1300 - 180 * k, 200 + 60 * k], fill=(255, 255, 255))
        for row, (y, s) in enumerate(((800, 1.0), (980, 1.15))):
            for x in range(180 + 60 * row, w - 120, int(150 * s)):
                person(x, y, s)
    else:                                                                    # poster board, portrait
        d.rectangle([0, 40, w, floor], fill=(230, 224, 210))
        d.rectangle([150, 180, 1050, 1080], fill=(120, 90, 60))              # the board's frame
        d.rectangle([180, 210, 1020, 1050], fill=(200, 170, 120))            # cork
        d.rectangle([240, 250, 960, 360], fill=(0, 94, 164))                 # heading strip
        for k, (x, y, c) in enumerate(((240, 400, (255, 255, 255)), (610, 400, (255, 240, 200)),
                                       (240, 720, (220, 240, 255)), (610, 720, (230, 255, 230)))):
            d.rectangle([x, y, x + 350, y + 290], fill=c)
            d.ellipse([x + 20, y + 20, x + 90, y + 90], fill=(0, 94, 164))
            d.rectangle([x + 50, y + 36, x + 60, y + 74], fill=(255, 255, 255))    # step number
            for j in range(5):
                d.rectangle([x + 110, y + 40 + 40 * j, x + 320 - 30 * (j % 3), y + 54 + 40 * j], fill=(110, 110, 120))
        for x, y in ((240, 250), (960, 250), (240, 1040), (960, 1040)):
            d.ellipse([x - 10, y - 10, x + 10, y + 10], fill=(200, 40, 40))  # pins
        d.rectangle([560, 1080, 640, floor], fill=(90, 70, 50))              # stand
        person(1080, 1500, 1.3)
    # a little sensor noise and soft focus so that it looks (and compresses) like a photo
    arr = np.asarray(img.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.int16)
    arr = arr + rng.normal(0, 3.5, arr.shape).round().astype(np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def photo(kind: str, taken: dt.datetime, rotated: bool, rng: np.random.Generator) -> bytes:
    """A JPEG as a phone writes it: EXIF Make/Model/DateTimeOriginal; ``rotated``
    stores the pixels turned on their side with Orientation = 6 (rotate 90° CW to view)."""
    img = _scene(kind, rng)
    exif = Image.Exif()
    exif[0x010F] = "samsung"                       # Make
    exif[0x0110] = "Galaxy A54 5G"                 # Model
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")   # DateTime
    if rotated:
        img = img.transpose(Image.Transpose.ROTATE_90)    # stored as the sensor saw it
        exif[0x0112] = 6
    else:
        exif[0x0112] = 1
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")    # DateTimeOriginal
    ifd[0x9004] = taken.strftime("%Y:%m:%d %H:%M:%S")    # DateTimeDigitized
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82, exif=exif.tobytes())
    return buf.getvalue()


AWARDS = (
    # 5.4.2: date, what, from whom, note, files (in photos/)
    ("2026-03-10", "หนังสือขอบคุณการต้อนรับคณะศึกษาดูงานระบบลงนามอิเล็กทรอนิกส์",
     "สำนักงานสาธารณสุขจังหวัดสุขใจ", "ขอบคุณที่ให้ศึกษาดูงานและแลกเปลี่ยนเรียนรู้การใช้ระบบ", ()),
    ("2026-06-15", "เกียรติบัตรหน่วยงานต้นแบบด้านคุณธรรมและความโปร่งใส ระดับจังหวัด",
     "ศูนย์ปฏิบัติการต่อต้านการทุจริต จังหวัดสุขดี", "มอบในการประชุมเครือข่ายคุณธรรมและความโปร่งใส",
     ("542_01_certificate.jpg",)),
    ("2026-07-02", "ข่าวเผยแพร่ผลงาน: สสจ.สุขดี ลดเวลาอนุมัติเอกสารด้วยระบบลงนามอิเล็กทรอนิกส์",
     "กลุ่มงานประชาสัมพันธ์ สำนักงานสาธารณสุขจังหวัดสุขดี", "เผยแพร่บนเว็บไซต์และเพจของหน่วยงาน", ()),
)
AWARD_FILES = ("542_01_certificate.jpg",)
MEMO = {
    "office": "สำนักงานสาธารณสุขจังหวัดสุขดี กลุ่มงานบริหารทั่วไป โทร. 0 4400 0000 ต่อ 101",
    "ref_no": "สด 0032/1234", "date": "2026-09-30",
    "subject": "รายงานผลการดำเนินโครงการ สล สุขดี มีคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569",
    "to": "นายแพทย์สาธารณสุขจังหวัดสุขดี",
    "signer_name": "นางสาวสมใจ ใจดี", "signer_position": "นักจัดการงานทั่วไปชำนาญการ",
    "kpi_reasons": {}, "problems": "",       # typed on the 5.4.4 page; left for the user to fill
}


def award_entries() -> list[dict]:
    """The awards register as project.json stores it (LogEntry.to_dict)."""
    return [{"date": d, "title": what, "channel": who, "people": None, "description": note, "photos": list(files)}
            for d, what, who, note, files in AWARDS]


def certificate(rng: np.random.Generator) -> bytes:
    """A photographed certificate: a cream sheet with a double border, a seal and lines of text as bars."""
    w, h = 1600, 1130
    img = Image.new("RGB", (w, h), (120, 104, 86))                    # the desk under the sheet
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = 90, 70, w - 90, h - 70
    d.rectangle((x0, y0, x1, y1), fill=(250, 245, 228))
    for inset, colour, width in ((24, (176, 141, 53), 10), (44, (176, 141, 53), 3)):
        d.rectangle((x0 + inset, y0 + inset, x1 - inset, y1 - inset), outline=colour, width=width)
    cx = w // 2
    d.ellipse((cx - 70, y0 + 80, cx + 70, y0 + 220), fill=(200, 162, 60), outline=(150, 110, 30), width=6)
    d.rectangle((cx - 330, y0 + 270, cx + 330, y0 + 310), fill=(60, 60, 90))               # the title line
    for i, half in enumerate((260, 380, 340, 300)):
        y = y0 + 370 + i * 60
        d.rectangle((cx - half, y, cx + half, y + 18), fill=(110, 110, 120))
    for sx in (cx - 420, cx + 220):                                                     # two signatures
        pts = [(sx + k * 20, y1 - 200 + int(rng.integers(-18, 18))) for k in range(11)]
        d.line(pts, fill=(30, 50, 140), width=5)
        d.rectangle((sx - 10, y1 - 150, sx + 210, y1 - 140), fill=(110, 110, 120))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82)
    return buf.getvalue()


def build_participation(out: Path) -> dict:
    """Files 06–12 and photos/ (5.2.1, 5.3.1, 5.3.2); the true figures, by construction."""
    rng = np.random.default_rng(ATT_SEED)
    plan = _people_plan(rng)
    (out / "06_signin_sheet.xlsx").write_bytes(signin_sheet(plan, rng))
    data, zoom = zoom_report(plan, rng)
    (out / "07_zoom_participants.csv").write_bytes(data)
    data, teams = teams_report(plan, rng, zoom.pop("english_only"))
    (out / "08_teams_attendance.csv").write_bytes(data)
    (out / "09_headcount.xlsx").write_bytes(headcount_sheet())
    (out / "13_staff_list.xlsx").write_bytes(staff_list_sheet(plan))
    data, learning = pre_post_test(plan, rng)
    (out / "10_pre_post_test.xlsx").write_bytes(data)
    (out / "11_activity_log.xlsx").write_bytes(activity_log_sheet())
    (out / "12_communication_log.xlsx").write_bytes(communication_log_sheet())
    (out / "photos").mkdir(exist_ok=True)
    prng = np.random.default_rng(ATT_SEED + 1)
    for name, taken, kind, rotated in PHOTOS:
        (out / "photos" / name).write_bytes(photo(kind, taken, rotated, prng))
    (out / "photos" / AWARD_FILES[0]).write_bytes(certificate(np.random.default_rng(ATT_SEED + 2)))

    # ---- the figures a correct reader must find, counted from the plan
    signed, zoom_p, teams_p = plan["signed"], plan["zoom"], plan["teams"]
    staff = {p.email: p for p in signed + zoom_p + teams_p}            # e-mails are unique per person
    known = {p.email for p in signed}                                   # a unit is written only on the sheet
    by_unit = []
    for unit, headcount, _, _ in UNITS:
        true = sum(p.unit == unit for p in staff.values())
        listed = sum(p.unit == unit for p in signed)
        by_unit.append({"unit": unit, "headcount": headcount, "attendees": true,
                        "rate": round(true / headcount * 100, 2), "attendees_with_unit_in_files": listed})
    total_hc = sum(u[1] for u in UNITS)
    staff_n = len(staff)
    attendance = {
        "date": EVENT_DATE.isoformat(),
        "sessions": {"06_signin_sheet.xlsx": len(signed), "07_zoom_participants.csv": len(zoom_p),
                     "08_teams_attendance.csv": teams["participants"]},
        "records": len(signed) + zoom["rows"] + teams["participants"],
        "zoom": zoom, "teams": teams,
        "distinct_staff": staff_n, "distinct_attendees": staff_n + 1,      # + the vendor's trainer (guest)
        "unknown_unit": staff_n + 1 - len(known),
        "headcount_total": total_hc,
        "rate_staff_pct": round(staff_n / total_hc * 100, 2),
        "rate_units_in_files_pct": round(len(known) / total_hc * 100, 2),
        "by_unit": by_unit,
        "overlaps": {"signin_and_zoom": len(set(map(id, signed)) & set(map(id, zoom_p))),
                     "signin_and_teams": len(set(map(id, signed)) & set(map(id, teams_p))),
                     "zoom_and_teams": len(set(map(id, zoom_p)) & set(map(id, teams_p))),
                     "all_three": len(set(map(id, signed)) & set(map(id, zoom_p)) & set(map(id, teams_p)))},
    }
    return {"attendance": attendance, "learning": learning}


def build(out: Path = HERE) -> dict:
    """Write every sample file into ``out``; return the facts (numbers) used."""
    rng = np.random.default_rng(SEED)
    facts = {}
    data, facts["approval_days"] = approval_days(rng)
    (out / "01_approval_days_paired.xlsx").write_bytes(data)
    data, facts["service_minutes"] = service_minutes(rng)
    (out / "02_service_minutes_independent.csv").write_bytes(data)
    data, facts["cost_long"] = cost_long(rng)
    (out / "03_cost_per_document_long.xlsx").write_bytes(data)
    data, facts["aggregate"] = aggregate()
    (out / "04_aggregate.xlsx").write_bytes(data)
    data, facts["documents_returned"] = documents_returned()
    (out / "14_documents_returned.xlsx").write_bytes(data)
    data, facts["survey"] = satisfaction_survey()
    (out / "05_satisfaction_google_forms.csv").write_bytes(data)
    facts.update(build_participation(out))
    activity, comms = log_entries()
    project = {**PROJECT, "activity_log": activity, "communications": comms, "awards": award_entries(),
               "memo": MEMO}
    (out / "project.json").write_text(json.dumps(project, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    return facts


def summary(facts: dict) -> str:
    """The attendance and learning figures a reader should find, for README.md."""
    a, le = facts["attendance"], facts["learning"]
    lines = [f"attendance {a['date']}: records {a['records']}, sessions {a['sessions']}",
             f"  distinct attendees {a['distinct_attendees']} ({a['distinct_staff']} staff + 1 guest trainer); "
             f"unit known from the sign-in sheet for {a['distinct_attendees'] - a['unknown_unit']}, "
             f"unknown {a['unknown_unit']}",
             f"  overlaps {a['overlaps']}",
             f"  staff rate {a['distinct_staff']}/{a['headcount_total']} = {a['rate_staff_pct']} %; "
             f"with a unit in the files {a['rate_units_in_files_pct']} %",
             f"  zoom rows {a['zoom']['rows']} people {a['zoom']['people']} rejoins {a['zoom']['rejoins']} "
             f"minutes {a['zoom']['minutes']}; teams people {a['teams']['participants']} "
             f"activity rows {a['teams']['activity_rows']} minutes {a['teams']['minutes']:.2f}"]
    for u in a["by_unit"]:
        lines.append(f"  {u['unit']}: {u['attendees']}/{u['headcount']} = {u['rate']} % "
                     f"(signed the sheet {u['attendees_with_unit_in_files']})")
    lines.append(f"learning: {le['people']} people, {le['pairs']} pairs, pre {le['mean_pre']:.4f} -> post "
                 f"{le['mean_post']:.4f}, gain {le['mean_gain']:.4f} (SD {le['sd_gain']:.4f}, "
                 f"+{le['gain_pct']:.2f} %), t({le['df']}) = {le['t']:.3f}; all pre {le['mean_pre_all']:.4f}, "
                 f"all post {le['mean_post_all']:.4f}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys
    result = build()
    if "--facts" in sys.argv:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"wrote the sample project to {HERE}")
        print(summary(result))
