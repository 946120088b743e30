"""The sample project (sample_data/ and itastats.sample): the files are there,
open, carry the quirks sample_data/README.md promises, and tell a
statistically consistent story."""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import math
import re

import numpy as np
import openpyxl
import pytest

from itastats.criteria.project import ProjectInfo
from itastats.sample import (ACTIVITY_LOG_FILE, ATTENDANCE_FILES, COMMUNICATION_LOG_FILE, HEADCOUNT_FILE,
                             LEARNING_FILES, PHOTO_FILES, SAMPLE_FILES, SURVEY_FILES, sample_dir, sample_files,
                             sample_project)

PARTICIPATION_FILES = ATTENDANCE_FILES + (HEADCOUNT_FILE,) + LEARNING_FILES + (ACTIVITY_LOG_FILE,
                                                                              COMMUNICATION_LOG_FILE)
PHOTO_PATHS = tuple(f"photos/{name}" for name in PHOTO_FILES)

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def to_number(cell):
    """What a reader should make of a cell: Thai digits, units, thousands, "-"."""
    if cell is None:
        return None
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell).strip().translate(str.maketrans(THAI_DIGITS, "0123456789"))
    text = re.sub(r"\s*(วัน|บาท|นาที)$", "", text).replace(",", "")
    if text in ("", "-"):
        return None
    return float(text)


def welch_t(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    t = (a.mean() - b.mean()) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    return t, df


def load(name):
    return openpyxl.load_workbook(sample_dir() / name)


# --------------------------------------------------------------------------- files
def test_every_sample_file_exists_and_is_not_empty():
    folder = sample_dir()
    assert folder.is_absolute() and folder.name == "sample_data"
    for name in SAMPLE_FILES + SURVEY_FILES + PARTICIPATION_FILES + PHOTO_PATHS + (
            "project.json", "README.md", "make_sample.py"):
        path = folder / name
        assert path.is_file(), name
        assert path.stat().st_size > 100, name


def test_sample_files_in_order_with_their_bytes():
    files = sample_files()
    assert [name for name, _ in files] == list(SAMPLE_FILES)
    assert [name[:2] for name, _ in files] == ["01", "02", "03", "04", "14"]     # 14: the count sheet
    for name, data in files:
        assert data == (sample_dir() / name).read_bytes()
    assert files[0][1][:2] == b"PK"            # xlsx is a zip


def test_found_from_another_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert (sample_dir() / SAMPLE_FILES[0]).is_file()
    assert sample_project().name == "สล สุขดี มีคุณธรรม"


@pytest.mark.parametrize("name", [n for n in SAMPLE_FILES if n.endswith(".xlsx")])
def test_xlsx_opens(name):
    wb = load(name)
    assert len(wb.worksheets) == 1
    assert wb.active.max_row > 3


def test_csv_is_cp874_not_utf8():
    data = (sample_dir() / "02_service_minutes_independent.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp874")
    assert "ระยะเวลาให้บริการ" in text
    assert "\r\n" in text                     # Excel's line ends


def test_project_json_round_trips():
    text = (sample_dir() / "project.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    project = ProjectInfo.from_json(text)
    assert project == sample_project()
    assert project.to_dict() == raw
    assert ProjectInfo.from_dict(project.to_dict()) == project
    assert project.name == "สล สุขดี มีคุณธรรม"
    assert project.agency == "สำนักงานสาธารณสุขจังหวัดสุขดี"
    # within Thai fiscal year 2569 = 2025-10-01 .. 2026-09-30
    assert dt.date(2025, 10, 1) <= project.start < project.end <= dt.date(2026, 9, 30)
    assert project.project_cost == 150000 and project.cases_per_year == 2400
    assert project.staff_cost_per_hour == 250 and project.hours_per_day == 7


def _content(path):
    """What a reader sees: cell values and merged ranges (xlsx), EXIF and pixels
    (jpg, to the nearest few levels: another libjpeg may round differently) or the bytes."""
    if path.suffix == ".jpg":
        from PIL import Image
        with Image.open(path) as im:
            exif = im.getexif()
            pixels = np.asarray(im.convert("L").resize((80, 60)), dtype=float)
            return (im.size, dict(exif), dict(exif.get_ifd(0x8769)), np.round(pixels / 16).astype(int).tolist())
    if path.suffix != ".xlsx":
        return path.read_bytes()
    wb = openpyxl.load_workbook(path)
    return [(ws.title, sorted(str(r) for r in ws.merged_cells.ranges),
             [[c.value for c in row] for row in ws.iter_rows()]) for ws in wb.worksheets]


def test_generator_is_deterministic_and_matches_the_committed_files(tmp_path):
    spec = importlib.util.spec_from_file_location("make_sample", sample_dir() / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    module.build(tmp_path / "a")
    module.build(tmp_path / "b")
    for name in SAMPLE_FILES + SURVEY_FILES + PARTICIPATION_FILES + PHOTO_PATHS + ("project.json",):
        # two runs give the same bytes (fixed seed, zip times, properties)
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
        # and the committed file holds what the script writes (compared by
        # content for xlsx, so another openpyxl version's XML does not matter)
        assert _content(tmp_path / "a" / name) == _content(sample_dir() / name), \
            f"{name} differs from a fresh run of make_sample.py: re-run it and commit"


# --------------------------------------------------------------------------- (a) paired
def test_approval_days_quirks():
    ws = load("01_approval_days_paired.xlsx").active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A1:F1" in merged and "A2:F2" in merged              # title and subtitle
    assert "แบบบันทึกระยะเวลาการอนุมัติเอกสาร" in ws["A1"].value
    assert "สล สุขดี มีคุณธรรม" in ws["A1"].value
    assert all(c.value is None for c in ws[3])                   # blank row
    header = [c.value for c in ws[4]]
    assert header[:5] == ["ลำดับ", "เลขที่หนังสือ", "วันที่รับหนังสือ",
                          "ระยะเวลาอนุมัติก่อน (วัน)", "ระยะเวลาอนุมัติหลัง (วัน)"]
    dates = [ws.cell(row=r, column=3).value for r in range(5, 34)]
    assert all(isinstance(d, str) and re.fullmatch(r"\d{2}/\d{2}/25\d\d", d) for d in dates)
    assert "19/01/2568" in dates
    values = [ws.cell(row=r, column=c).value for r in range(5, 34) for c in (4, 5)]
    assert sum(isinstance(x, str) and any(ch in THAI_DIGITS for ch in x) for x in values) == 2
    assert sum(isinstance(x, str) and x.endswith(" วัน") for x in values) == 3
    assert values.count("-") == 1 and ws["E26"].value == "-"
    # the footer: not data
    assert ws["A34"].value == "ค่าเฉลี่ย" and "A34:C34" in merged
    assert ws.max_row == 34


def test_approval_days_story():
    ws = load("01_approval_days_paired.xlsx").active
    before = [to_number(ws.cell(row=r, column=4).value) for r in range(5, 34)]
    after = [to_number(ws.cell(row=r, column=5).value) for r in range(5, 34)]
    pairs = [(b, a) for b, a in zip(before, after) if b is not None and a is not None]
    assert len(before) == 29 and len(pairs) == 28
    b = np.array([p[0] for p in pairs])
    a = np.array([p[1] for p in pairs])
    assert b.sum() == 211 and a.sum() == 69                       # 7.54 → 2.46 days
    assert ws["D34"].value == round(211 / 28, 2) and ws["E34"].value == round(69 / 28, 2)
    d = a - b
    t = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
    assert t < -10                                                # t(27) ≈ −15.2: clearly significant


# --------------------------------------------------------------------------- (b) independent
def test_service_minutes_layout_and_story():
    text = (sample_dir() / "02_service_minutes_independent.csv").read_bytes().decode("cp874")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0].startswith("ระยะเวลาให้บริการต่อเรื่อง") and rows[0][1:] == ["", ""]
    assert rows[1] == ["ลำดับ", "ระยะเวลาให้บริการก่อน (นาที)", "ระยะเวลาให้บริการหลัง (นาที)"]
    before = [float(r[1]) for r in rows[2:] if r[1]]
    after = [float(r[2]) for r in rows[2:] if r[2]]
    assert len(before) == 35 and len(after) == 42
    assert sum(before) == 1650 and sum(after) == 601              # 47.14 → 14.31 minutes
    t, df = welch_t(after, before)
    assert t < -10


# --------------------------------------------------------------------------- (c) long
def test_cost_long_quirks_and_story():
    ws = load("03_cost_per_document_long.xlsx").active
    assert "A1:D1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == ["ตัวชี้วัด", "ช่วงเวลา", "เลขที่อ้างอิง", "ค่า (บาท)"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    cells = [r[3] for r in rows]
    assert "1,250.00" in cells                                     # thousands separator as text
    assert all(re.fullmatch(r"\d,\d{3}\.\d\d", c) for c in cells if isinstance(c, str) and "," in c)
    assert sum(isinstance(c, str) and c.endswith(" บาท") for c in cells) == 2
    assert {r[1] for r in rows} == {"ก่อน", "หลัง", "ก่อน "}       # one trailing space
    data: dict = {}
    for metric, period, _, value in rows:
        data.setdefault(metric, {}).setdefault(period.strip(), []).append(to_number(value))
    assert list(data) == ["ค่าใช้จ่ายต่อเอกสาร", "ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน"]
    doc = data["ค่าใช้จ่ายต่อเอกสาร"]
    assert len(doc["ก่อน"]) == 32 and len(doc["หลัง"]) == 30
    assert round(np.mean(doc["ก่อน"]), 2) == 73.94 and round(np.mean(doc["หลัง"]), 2) == 20.84
    assert welch_t(doc["หลัง"], doc["ก่อน"])[0] < -10
    maint = data["ค่าบำรุงรักษาเครื่องถ่ายเอกสารต่อเดือน"]
    assert len(maint["ก่อน"]) == 6 and len(maint["หลัง"]) == 6
    assert np.mean(maint["ก่อน"]) == pytest.approx(1282.5)
    assert np.mean(maint["หลัง"]) == pytest.approx(1262.4167, abs=1e-4)
    t, df = welch_t(maint["หลัง"], maint["ก่อน"])
    assert abs(t) < 2                                             # t ≈ −1.09, df ≈ 7.4: not significant


# --------------------------------------------------------------------------- (d) aggregate
def test_aggregate_layout():
    ws = load("04_aggregate.xlsx").active
    assert "A1:E1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == ["ลำดับ", "ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"]
    rows = [[c.value for c in row][1:] for row in ws.iter_rows(min_row=3)]
    assert rows == [
        ["กระดาษที่ใช้ต่อเดือน", "แผ่น", "12,000", 2500],
        ["ค่าใช้จ่ายต่อปี", "บาท", 180000, 45000],
        ["จำนวนขั้นตอน", "ขั้นตอน", 9, 4],
        ["ระยะเวลาเฉลี่ย", "วัน", 7, 2],
    ]


def test_aggregate_and_per_document_cost_agree():
    # 180,000 baht a year ÷ 2,400 documents = 75 baht; 45,000 ÷ 2,400 = 18.75:
    # the per-document sample (73.94 → 20.84) tells the same story within 15 %
    project = sample_project()
    assert 180000 / project.cases_per_year == 75.0
    assert abs(73.94 - 75.0) / 75.0 < 0.15 and abs(20.84 - 18.75) / 18.75 < 0.15


def test_count_sheet_is_x_of_n_and_reads_as_r_prop_test():
    """14_documents_returned.xlsx (issue 14): documents returned for correction, 35 of 400
    before, 8 of 410 after ("8 ฉบับ" typed with its unit); recognised as X of N."""
    from itastats.criteria.workflow import analyze_file
    ws = load("14_documents_returned.xlsx").active
    assert "A1:D1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == ["ช่วงเวลา", "เอกสารที่เสนอทั้งหมด (ฉบับ)", "เอกสารที่ถูกส่งกลับแก้ไข (ฉบับ)",
                                        "หมายเหตุ"]
    name = "14_documents_returned.xlsx"
    (r,) = analyze_file((sample_dir() / name).read_bytes(), name).metrics
    assert r.design == "proportions" and r.metric.counts.values == (35, 400, 8, 410)
    # prop.test(c(8, 35), c(410, 400)): X-squared = 17.289808812686683, df = 1, p = 3.2090331936072832e-05
    t = r.counts
    assert t.name == "prop_test" and abs(t.statistic - 17.289808812686683) < 1e-9
    assert abs(t.pvalue - 3.2090331936072832e-05) < 1e-12
    assert r.before_value == 8.75 and r.improved is True


# --------------------------------------------------------------------------- profile (5.1.1, 5.1.2) and KPIs
def test_sample_profile_objectives_activities_and_kpis():
    from itastats.criteria.kpi import sources_from_results
    from itastats.criteria.workflow import analyze_file

    project = sample_project()
    assert len(project.objectives) == 3 and all(o.startswith("เพื่อ") for o in project.objectives)
    assert 4 <= len(project.activities) <= 5
    for a in project.activities:
        # fiscal year 2569, a person responsible with a position (5.1.2)
        assert dt.date(2025, 10, 1) <= a.start <= a.end <= dt.date(2026, 9, 30), a.title
        assert a.budget > 0 and a.responsible and a.position
        assert re.match(r"^(นาย|นาง|นางสาว)\S", a.responsible), a.responsible
    starts = [a.start for a in project.activities]
    assert starts == sorted(starts)
    assert project.activities_budget <= project.project_cost
    # every KPI points at a real source: a metric of the sample files or a typed-in value
    from itastats.criteria import survey
    from itastats.criteria.kpi import sources_from_survey
    from itastats.sample import sample_survey_files
    results = [m for name, data in sample_files() for m in analyze_file(data, name).metrics]
    [(name, data)] = sample_survey_files()
    keys = {s.key for s in sources_from_results(results)}
    keys |= {s.key for s in sources_from_survey(survey.analyze_file(data, name))}
    assert len(project.kpis) == 6
    for k in project.kpis:
        assert k.target is not None and k.unit
        if k.source.split(":")[0] in ("attendance", "learning"):
            continue                              # 5.3.2: test_participation_kpis
        assert k.is_manual or k.source in keys, k.source
    assert any(k.source == "survey:satisfaction_pct" for k in project.kpis)   # the sample survey feeds a KPI


def test_survey_is_a_google_forms_export_that_reads_as_the_generator_meant():
    # the generator's own arithmetic (facts) against the survey analysis of the committed file
    spec = importlib.util.spec_from_file_location("make_sample", sample_dir() / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _, facts = module.satisfaction_survey()
    from itastats.criteria import survey
    data = (sample_dir() / SURVEY_FILES[0]).read_bytes()
    header = data.decode("utf-8").splitlines()[0]
    assert header.startswith("ประทับเวลา,") and "[ระบบใช้งานง่าย]" in header
    result = survey.analyze_file(data, SURVEY_FILES[0])
    assert result.respondents == facts["respondents"] == 62 and len(result.items) == 9
    assert result.overall.mean == pytest.approx(facts["overall_mean"], abs=1e-12)
    assert {d.name for d in result.dimensions} == set(module.SURVEY_GRID)


# =========================================================================== 5.2.1, 5.3.1, 5.3.2
def _make_sample_module():
    spec = importlib.util.spec_from_file_location("make_sample", sample_dir() / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _zoom_tables():
    data = (sample_dir() / "07_zoom_participants.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    blank = rows.index([])
    return data, rows[:blank], rows[blank + 1:]


def _teams_sections():
    data = (sample_dir() / "08_teams_attendance.csv").read_bytes()
    lines = data.decode("utf-16").split("\r\n")
    sections, current = {}, None
    for line in lines:
        if re.fullmatch(r"\d\. .+", line):
            current = sections.setdefault(line, [])
        elif line and current is not None:
            current.append(line.split("\t"))
    return data, sections


def test_sample_loaders_give_the_new_files():
    from itastats.sample import (sample_attendance_files, sample_headcount, sample_learning_files, sample_logs,
                                 sample_photos)
    assert [n for n, _ in sample_attendance_files()] == list(ATTENDANCE_FILES) == [
        "06_signin_sheet.xlsx", "07_zoom_participants.csv", "08_teams_attendance.csv"]
    name, data = sample_headcount()
    assert name == "09_headcount.xlsx" and data[:2] == b"PK"
    assert [n for n, _ in sample_learning_files()] == ["10_pre_post_test.xlsx"]
    logs = sample_logs()
    assert set(logs) == {"activity", "communication"}
    assert logs["activity"][0] == "11_activity_log.xlsx" and logs["communication"][0] == "12_communication_log.xlsx"
    photos = sample_photos()
    assert [n for n, _ in photos] == list(PHOTO_FILES) and all(b[:3] == b"\xff\xd8\xff" for _, b in photos)
    for name, data in sample_attendance_files() + photos:
        folder = sample_dir() / ("photos" if name.endswith(".jpg") else "")
        assert data == (folder / name).read_bytes()


def test_signin_sheet_layout():
    ws = load("06_signin_sheet.xlsx").active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:E1", "A2:E2", "A3:E3", "A46:E46"} <= merged
    assert ws["A1"].value == "แบบลงทะเบียนผู้เข้าร่วมอบรม"
    assert ws["A2"].value == "โครงการ สล สุขดี มีคุณธรรม: อบรมการใช้ระบบลงนามอิเล็กทรอนิกส์"
    assert ws["A3"].value == "วันที่ 15 มกราคม 2569 ณ ห้องประชุม 1 ชั้น 3"
    assert all(c.value is None for c in ws[4])
    assert [c.value for c in ws[5]] == ["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "หน่วยงาน", "ลายมือชื่อ"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_row=45)]
    assert [r[0] for r in rows] == list(range(1, 41))
    assert all(re.match(r"^(นางสาว|นาง|นาย)", r[1]) for r in rows)
    assert all(r[4] is None for r in rows)                       # signatures are on paper
    assert sum("  " in r[1] for r in rows) >= 3                  # double spaces as typed
    assert ws["A46"].value == "รวม 40 คน" and ws.max_row == 46


def test_zoom_report_has_both_tables():
    data, meeting, table = _zoom_tables()
    assert data[:3] == b"\xef\xbb\xbf"                           # Zoom writes a BOM
    assert meeting[0] == ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
                          "Participants"]
    assert meeting[1][2] == "01/15/2026 08:45:03 AM" and meeting[1][6] == "30"
    assert table[0] == ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)",
                        "Guest"]
    people = table[1:]
    assert len(people) == 30
    assert all(re.fullmatch(r"01/15/2026 \d\d:\d\d:\d\d [AP]M", r[2]) for r in people)
    keys = [(r[0], r[1]) for r in people]
    assert sum(n > 1 for n in __import__("collections").Counter(keys).values()) == 4      # rejoins
    assert len(set(keys)) == 26
    assert sum(r[0].endswith(")") for r in people) >= 4          # "name (original name)"
    assert sum(r[1].endswith("@slsukdee.go.th") for r in people) >= 24
    for r in people:                                              # durations are whole minutes, rounded up
        start = dt.datetime.strptime(r[2], "%m/%d/%Y %I:%M:%S %p")
        end = dt.datetime.strptime(r[3], "%m/%d/%Y %I:%M:%S %p")
        assert int(r[4]) == math.ceil((end - start).total_seconds() / 60)


def _seconds(text):
    parts = dict((u, int(v)) for v, u in re.findall(r"(\d+)([hms])", text))
    return parts.get("h", 0) * 3600 + parts.get("m", 0) * 60 + parts.get("s", 0)


def test_teams_report_is_utf16_tab_separated_with_three_sections():
    data, sections = _teams_sections()
    assert data[:2] == b"\xff\xfe"                               # UTF-16 LE with BOM
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data[2:].decode("utf-16-le")
    assert text.split("\r\n")[3] == "Start time\t1/15/26, 1:00:12 PM"      # a tab, then a comma inside the value
    assert list(sections) == ["1. Summary", "2. Participants", "3. In-Meeting Activities"]
    summary = dict(sections["1. Summary"])
    assert summary["Start time"] == "1/15/26, 1:00:12 PM" and summary["End time"] == "1/15/26, 3:01:45 PM"
    assert summary["Meeting duration"] == "2h 1m 33s" and summary["Attended participants"] == "20"
    header, *people = sections["2. Participants"]
    assert header == ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)",
                      "Role"]
    assert len(people) == 20 and len({p[4] for p in people}) == 20
    assert all(re.fullmatch(r"(\d+h )?(\d+m )?\d+s", p[3]) for p in people)
    header, *acts = sections["3. In-Meeting Activities"]
    assert header == ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"]
    assert len(acts) == 23
    # a participant's duration is the sum of their joins
    for p in people:
        assert _seconds(p[3]) == sum(_seconds(a[3]) for a in acts if a[4] == p[4]), p[0]
    fmt = "%m/%d/%y, %I:%M:%S %p"
    for a in acts:
        span = dt.datetime.strptime(a[2], fmt) - dt.datetime.strptime(a[1], fmt)
        assert _seconds(a[3]) == span.total_seconds()


def test_headcount_sheet():
    ws = load("09_headcount.xlsx").active
    assert [c.value for c in ws[2]] == ["ลำดับ", "หน่วยงาน", "จำนวนบุคลากร (คน)"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    units, total = rows[:-1], rows[-1]
    assert len(units) == 10 and total[1] == "รวม" and total[2] == 82 == sum(r[2] for r in units)
    names = [r[1] for r in units]
    assert "กลุ่มงานสุขภาพ ดิจิทัล" in names and "กลุ่มงาน นิติการ" in names   # spaced unlike the sign-in sheet


def _attendance_truth():
    """Count the three files' people ourselves: one person per e-mail or per name without
    title/brackets/spaces (names.person_key), joined when a record carries both."""
    from itastats.read.names import person_key, unit_key
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(keys):
        keys = [k for k in keys if k[1]]
        for k in keys:
            find(k)
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])

    units = {}
    ws = load("06_signin_sheet.xlsx").active
    for r in ws.iter_rows(min_row=6, max_row=45, values_only=True):
        key = ("n", person_key(r[1]))
        union([key])
        units[key] = unit_key(r[3])
    _, _, table = _zoom_tables()
    for r in table[1:]:
        union([("n", person_key(r[0])), ("e", r[1].lower())])
    _, sections = _teams_sections()
    for p in sections["2. Participants"][1:]:
        union([("n", person_key(p[0])), ("e", p[4].lower())])
    people = {}
    for k in list(parent):
        people.setdefault(find(k), set()).add(k)
    by_unit: dict = {}
    for members in people.values():
        unit = {units[k] for k in members if k in units}
        assert len(unit) <= 1
        unit = unit.pop() if unit else ""
        by_unit[unit] = by_unit.get(unit, 0) + 1
    return len(people), by_unit


def test_attendance_files_tell_the_story_the_readme_promises():
    from itastats.read.names import unit_key
    n, by_unit = _attendance_truth()
    assert n == 69                                   # 68 staff + the vendor's trainer
    assert by_unit[""] == 29                         # only the sign-in sheet gives a unit
    assert {k: v for k, v in by_unit.items() if k} == {unit_key(u): c for u, c in (
        ("กลุ่มงานบริหารทั่วไป", 8), ("กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", 4), ("กลุ่มงานบริหารทรัพยากรบุคคล", 5),
        ("กลุ่มงานประกันสุขภาพ", 3), ("กลุ่มงานควบคุมโรคติดต่อ", 4), ("กลุ่มงานส่งเสริมสุขภาพ", 3),
        ("กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข", 3), ("กลุ่มงานสุขภาพดิจิทัล", 4), ("กลุ่มงานนิติการ", 3),
        ("กลุ่มงานทันตสาธารณสุข", 3))}


def test_generator_facts_match_the_readme(tmp_path):
    facts = _make_sample_module().build(tmp_path)
    a, le = facts["attendance"], facts["learning"]
    assert a["records"] == 90 and a["distinct_attendees"] == 69 and a["distinct_staff"] == 68
    assert a["sessions"] == {"06_signin_sheet.xlsx": 40, "07_zoom_participants.csv": 26,
                             "08_teams_attendance.csv": 20}
    assert a["unknown_unit"] == 29 and a["headcount_total"] == 82
    assert a["rate_staff_pct"] == 82.93 and a["rate_units_in_files_pct"] == 48.78
    assert sum(u["attendees"] for u in a["by_unit"]) == 68
    assert sum(u["attendees_with_unit_in_files"] for u in a["by_unit"]) == 40
    assert le["pairs"] == 32 and round(le["gain_pct"], 2) == 30.77
    readme = (sample_dir() / "README.md").read_text(encoding="utf-8")
    for text in ("**69**", "82.93", "48.78", "+30.77 %", "t(31) ≈ 9.81"):
        assert text in readme, text


def test_pre_post_test_against_r():
    ws = load("10_pre_post_test.xlsx").active
    assert [c.value for c in ws[3]] == ["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "คะแนนก่อนอบรม (20 คะแนน)",
                                        "คะแนนหลังอบรม (20 คะแนน)"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=38)]
    assert len(rows) == 35 and ws["A39"].value == "ค่าเฉลี่ย"
    assert [r[4] for r in rows].count("ขาดสอบ") == 2 and [r[3] for r in rows].count(None) == 1
    pairs = [(r[3], r[4]) for r in rows if isinstance(r[3], int) and isinstance(r[4], int)]
    pre = np.array([p[0] for p in pairs], float)
    post = np.array([p[1] for p in pairs], float)
    assert len(pairs) == 32 and pre.sum() == 377 and post.sum() == 493
    d = post - pre
    t = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
    # R 4: t.test(post, pre, paired = TRUE): t = 9.8083104, df = 31, p = 5.077658e-11;
    # sd(post - pre) = 2.09068595
    assert t == pytest.approx(9.8083104, abs=1e-6)
    assert d.std(ddof=1) == pytest.approx(2.09068595, abs=1e-8)
    assert (post.mean() - pre.mean()) / pre.mean() * 100 == pytest.approx(30.769230769, abs=1e-6)


def _thai_abbr_date(text):
    months = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
    day, month, year = text.split()
    return dt.date(int(year) - 543, months.index(month) + 1, int(day))


def test_logs_are_the_project_json_entries():
    project = sample_project()
    assert 6 <= len(project.activity_log) <= 8 and 8 <= len(project.communications) <= 10
    ws = load("11_activity_log.xlsx").active
    assert [c.value for c in ws[2]] == ["วันที่", "กิจกรรม", "สถานที่", "จำนวนผู้เข้าร่วม (คน)", "รายละเอียด"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [(_thai_abbr_date(r[0]), r[1], r[2], r[3], r[4]) for r in rows] == [
        (e.date, e.title, e.channel, e.people, e.description) for e in project.activity_log]
    ws = load("12_communication_log.xlsx").active
    assert [c.value for c in ws[2]] == ["วันที่", "เรื่อง", "ช่องทาง", "จำนวนผู้รับ (คน)", "รายละเอียด"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert all(isinstance(r[0], dt.datetime) for r in rows)                  # real date cells
    assert ws["A3"].number_format.startswith("[$-th-TH,107]")                # shown in the Buddhist era
    assert [(r[0].date(), r[1], r[2], None if r[3] == "-" else r[3], r[4]) for r in rows] == [
        (e.date, e.title, e.channel, e.people, e.description) for e in project.communications]
    for e in project.activity_log + project.communications:
        assert project.start <= e.date <= project.end, e.title
    assert {e.channel for e in project.communications} == {
        "ประชุม", "หนังสือเวียน", "กลุ่ม LINE", "เว็บไซต์", "อีเมล", "บอร์ดประชาสัมพันธ์"}
    training = [e for e in project.activity_log if e.date == dt.date(2026, 1, 15)]
    assert len(training) == 1 and training[0].people == 68


def test_photos_are_jpegs_with_their_exif():
    from PIL import Image, ImageOps
    project = sample_project()
    owner = {name: e for e in project.activity_log for name in e.photos}
    assert sorted(owner) == sorted(PHOTO_FILES)
    for name in PHOTO_FILES:
        path = sample_dir() / "photos" / name
        assert 100_000 <= path.stat().st_size <= 200_000, name
        with Image.open(path) as im:
            assert im.format == "JPEG" and im.size == (1600, 1200)
            exif = im.getexif()
            taken = exif.get_ifd(0x8769)[0x9003]
            assert dt.datetime.strptime(taken, "%Y:%m:%d %H:%M:%S").date() == owner[name].date, name
            upright = ImageOps.exif_transpose(im)
            if name == "531_04_poster.jpg":
                assert exif[0x0112] == 6 and upright.size == (1200, 1600)      # a portrait photo on its side
                # the board (brown frame) is at the top of the upright picture, the floor at the bottom
                gray = np.asarray(upright.convert("L"), float)
                assert gray[1400:].mean() < gray[:150].mean()
            else:
                assert exif.get(0x0112, 1) == 1 and upright.size == (1600, 1200)


def test_participation_kpis():
    project = sample_project()
    new = [k for k in project.kpis if k.source.split(":")[0] in ("attendance", "learning")]
    assert [(k.name, k.op, k.target, k.unit, k.source) for k in new] == [
        ("ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม", ">=", 80.0, "%", "attendance:rate"),
        ("คะแนนเฉลี่ยหลังอบรมเพิ่มขึ้น", ">=", 15.0, "%", "learning:gain_pct"),
    ]
    assert [k.source for k in project.kpis[:4]] == [
        "541:ระยะเวลาอนุมัติ:pct_reduction", "541:ค่าใช้จ่ายต่อเอกสาร:pct_reduction",
        "541:ระยะเวลาให้บริการ:after", "survey:satisfaction_pct"]
    from itastats.criteria import learning
    from itastats.sample import sample_learning_files
    sheets = [learning.read_scores(data, name) for name, data in sample_learning_files()]
    gain = {s.key: s for s in learning.sources(learning.analyze_learning(sheets))}["learning:gain_pct"]
    assert gain.value == pytest.approx(30.769230769, abs=1e-6)             # (493 − 377) / 377 × 100


def test_attendance_module_reads_the_sample_as_constructed():
    from itastats.criteria import attendance
    from itastats.read.names import unit_key
    from itastats.sample import sample_attendance_files, sample_headcount, sample_staff_files
    result = attendance.analyze_files(sample_attendance_files(), headcount=sample_headcount())
    assert result.records == 90
    assert result.attendees == 69
    # one event: one session of the day, or one per file (the module's choice)
    assert {s.date for s in result.sessions} == {dt.date(2026, 1, 15)}
    assert sorted(s.attendees for s in result.sessions) in ([69], [20, 26, 40])
    assert result.online_attendees == 39                            # Zoom 26 + Teams 20 − 7 on both
    assert result.online_minutes == pytest.approx(4609 + 115381 / 60, abs=1e-6)
    assert result.headcount_total == 82
    counts = {unit_key(u.unit): u.attendees for u in result.by_unit}
    assert counts.pop(unit_key(attendance.UNKNOWN_UNIT)) == 28
    assert counts.pop(unit_key(attendance.NOT_STAFF)) == 1          # the vendor's trainer, "(Guest)" in Teams
    assert counts == {unit_key(u): c for u, c in (
        ("กลุ่มงานบริหารทั่วไป", 8), ("กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", 4), ("กลุ่มงานบริหารทรัพยากรบุคคล", 5),
        ("กลุ่มงานประกันสุขภาพ", 3), ("กลุ่มงานควบคุมโรคติดต่อ", 4), ("กลุ่มงานส่งเสริมสุขภาพ", 3),
        ("กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข", 3), ("กลุ่มงานสุขภาพ ดิจิทัล", 4), ("กลุ่มงาน นิติการ", 3),
        ("กลุ่มงานทันตสาธารณสุข", 3))}
    # without the staff list, only the 40 who wrote their unit on the sheet count
    assert result.attendees_in_headcount == 40 == result.staff_counted
    assert (result.unknown_unit, result.guests) == (28, 1)
    assert result.rate == pytest.approx(40 / 82 * 100)
    # the staff list gives the other 28 their units: the 68 staff who really took part (make_sample.py's UNITS:
    # signed the sheet + online only, per unit)
    made = _make_sample_module()
    listed = attendance.analyze_files(sample_attendance_files(), headcount=sample_staff_files())
    assert (listed.unknown_unit, listed.not_staff, listed.from_staff_list) == (0, 1, 28)
    assert listed.staff_counted == 68 and listed.rate == pytest.approx(68 / 82 * 100)
    assert {unit_key(u.unit): (u.attendees, u.headcount) for u in listed.by_unit if u.headcount} == {
        unit_key(u): (signed + online, n) for u, n, signed, online in made.UNITS}


