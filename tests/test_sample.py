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

from itastats.project import ProjectInfo
from itastats.sample import SAMPLE_FILES, SURVEY_FILES, sample_dir, sample_files, sample_project

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
    for name in SAMPLE_FILES + SURVEY_FILES + ("project.json", "README.md", "make_sample.py"):
        path = folder / name
        assert path.is_file(), name
        assert path.stat().st_size > 100, name


def test_sample_files_in_order_with_their_bytes():
    files = sample_files()
    assert [name for name, _ in files] == list(SAMPLE_FILES)
    assert [name[:2] for name, _ in files] == ["01", "02", "03", "04"]
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
    """What a reader sees: cell values and merged ranges (xlsx) or the bytes."""
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
    for name in SAMPLE_FILES + SURVEY_FILES + ("project.json",):
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


# --------------------------------------------------------------------------- profile (5.1.1, 5.1.2) and KPIs
def test_sample_profile_objectives_activities_and_kpis():
    from itastats.kpi import sources_from_results
    from itastats.workflow import analyze_file

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
    from itastats import survey
    from itastats.kpi import sources_from_survey
    from itastats.sample import sample_survey_files
    results = [m for name, data in sample_files() for m in analyze_file(data, name).metrics]
    [(name, data)] = sample_survey_files()
    keys = {s.key for s in sources_from_results(results)}
    keys |= {s.key for s in sources_from_survey(survey.analyze_file(data, name))}
    assert 3 <= len(project.kpis) <= 4
    for k in project.kpis:
        assert k.target is not None and k.unit
        assert k.is_manual or k.source in keys, k.source
    assert any(k.source == "survey:satisfaction_pct" for k in project.kpis)   # the sample survey feeds a KPI


def test_survey_is_a_google_forms_export_that_reads_as_the_generator_meant():
    # the generator's own arithmetic (facts) against the survey analysis of the committed file
    spec = importlib.util.spec_from_file_location("make_sample", sample_dir() / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _, facts = module.satisfaction_survey()
    from itastats import survey
    data = (sample_dir() / SURVEY_FILES[0]).read_bytes()
    header = data.decode("utf-8").splitlines()[0]
    assert header.startswith("ประทับเวลา,") and "[ระบบใช้งานง่าย]" in header
    result = survey.analyze_file(data, SURVEY_FILES[0])
    assert result.respondents == facts["respondents"] == 62 and len(result.items) == 9
    assert result.overall.mean == pytest.approx(facts["overall_mean"], abs=1e-12)
    assert {d.name for d in result.dimensions} == set(module.SURVEY_GRID)
