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
"""
from __future__ import annotations

import datetime as dt
import io
import csv
import json
import re
import zipfile
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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
    data, facts["survey"] = satisfaction_survey()
    (out / "05_satisfaction_google_forms.csv").write_bytes(data)
    (out / "project.json").write_text(json.dumps(PROJECT, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    return facts


if __name__ == "__main__":
    import sys
    result = build()
    if "--facts" in sys.argv:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"wrote the sample project to {HERE}")
