"""The evidence checklist of criterion 5 (5.1.1–5.4.4): an empty profile, a
partial one, and the sample project with its real 5.4.1 results."""
from __future__ import annotations

import datetime as dt
import pathlib
import re

import pytest

from itastats.criteria import checklist as cl
from itastats.criteria.checklist import CODES, ChecklistItem, checklist, item_text
from itastats.i18n.catalog import CATALOG
from itastats.criteria.project import KPI, Activity, ProjectInfo
from itastats.sample import sample_files, sample_project
from itastats.criteria.workflow import analyze_file

from helpers import comparison, metric, result

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]

LATER: set = set()
PAGES = {"5.2.1": "app_pages/communication_521.py", "5.3.1": "app_pages/activities_531.py",
         "5.3.2": "app_pages/participation_532.py", "5.4.2": "app_pages/awards_542.py",
         "5.4.3": "app_pages/survey_543.py", "5.4.4": "app_pages/report_544.py"}


@pytest.fixture(scope="module")
def sample_results():
    return [m for name, data in sample_files() for m in analyze_file(data, name).metrics]


def items(profile, results=(), **kw):
    return {i.code: i for i in checklist(profile, results, **kw)}


def test_every_code_in_order_with_pages():
    got = checklist(ProjectInfo())
    assert [i.code for i in got] == list(CODES) == ["5.1.1", "5.1.2", "5.2.1", "5.3.1", "5.3.2",
                                                    "5.4.1", "5.4.2", "5.4.3", "5.4.4"]
    for i in got:
        assert isinstance(i, ChecklistItem)
        assert i.title_key == f"checklist.title.{i.code}" and i.title_key in CATALOG
        assert i.detail_key in CATALOG
        if i.code in LATER:
            assert i.status == "later" and i.page is None
        elif i.code.startswith("5.1"):
            assert i.page == "app_pages/project.py"
        elif i.code in PAGES:
            assert i.page == PAGES[i.code]
            assert (ROOT / i.page).is_file()
        else:
            assert i.page == "app_pages/compare_541.py"


def test_empty_profile():
    it = items(ProjectInfo())
    assert it["5.1.1"].status == "missing"
    assert it["5.1.1"].params["missing"] == ("name", "objectives", "activities", "budget", "period", "kpis")
    assert it["5.1.2"].status == "missing" and it["5.1.2"].detail_key == "checklist.detail.5.1.2.no_activities"
    assert it["5.4.1"].status == "missing"
    title, detail = item_text(it["5.1.1"], "th")
    assert title.startswith("5.1.1 รายละเอียดโครงการ")
    assert "วัตถุประสงค์" in detail and "ตัวชี้วัด" in detail


def test_partial_profile_lists_what_is_missing():
    p = ProjectInfo(name="สล สุขดี มีคุณธรรม", project_cost=150000,
                    objectives=["  "],                                   # blank: not an objective
                    activities=[Activity("อบรม", responsible="นางสาวสมใจ ใจดี"),
                                Activity("จัดหาระบบ"), Activity("ประเมินผล", responsible="  ")],
                    start=dt.date(2025, 10, 1))                           # no end: no period
    it = items(p)
    assert it["5.1.1"].status == "partial"
    assert it["5.1.1"].params["missing"] == ("objectives", "period", "kpis")
    assert (it["5.1.1"].params["n"], it["5.1.1"].params["total"]) == (3, 6)
    th = item_text(it["5.1.1"], "th")[1]
    en = item_text(it["5.1.1"], "en")[1]
    assert "วัตถุประสงค์, ระยะเวลาดำเนินโครงการ, ตัวชี้วัด (KPI)" in th and "3 จาก 6" in th
    assert "objectives, project period, KPIs" in en
    # 5.1.2: one of three activities has a person responsible
    assert it["5.1.2"].status == "partial"
    assert it["5.1.2"].params["activities"] == ("จัดหาระบบ", "ประเมินผล")
    assert "จัดหาระบบ, ประเมินผล" in item_text(it["5.1.2"], "th")[1]
    # nobody responsible at all
    q = ProjectInfo(activities=[Activity("อบรม"), Activity("จัดหาระบบ")])
    assert items(q)["5.1.2"].status == "missing"


def test_period_that_ends_before_it_starts_and_budget_overrun_are_flagged():
    p = ProjectInfo(name="x", objectives=["y"], activities=[Activity("a", budget=200000, responsible="ก")],
                    project_cost=150000, start=dt.date(2026, 9, 30), end=dt.date(2025, 10, 1),
                    kpis=[KPI("k", ">=", 1)])
    it = items(p)["5.1.1"]
    assert it.status == "partial" and it.params["missing"] == ("period",)
    assert set(it.params["warnings"]) == {"period_order", "budget_over"}
    detail = item_text(it, "th")[1]
    assert "200,000" in detail and "150,000" in detail and "สิ้นสุด" in detail


def test_541_states():
    tested = result(metric(), comparison())
    untestable = result(metric(), comparison(error="cmp.error.too_few"))
    aggregate = result(metric("กระดาษ", design="aggregate", before=(12000.0,), after=(2500.0,)), None)
    assert items(ProjectInfo(), [tested])["5.4.1"].status == "done"
    assert items(ProjectInfo(), [aggregate])["5.4.1"].status == "done"
    assert items(ProjectInfo(), [untestable])["5.4.1"].status == "partial"
    assert items(ProjectInfo(), [], files_541=2)["5.4.1"].status == "partial"
    assert items(ProjectInfo(), [])["5.4.1"].status == "missing"
    d = items(ProjectInfo(), [tested, untestable, aggregate])["5.4.1"].params
    assert (d["metrics"], d["tested"], d["aggregate"]) == (3, 1, 1)


def test_sample_project_with_its_541_results(sample_results):
    it = items(sample_project(), sample_results, files_541=5)
    assert it["5.1.1"].status == "done" and it["5.1.1"].params["missing"] == ()
    assert it["5.1.1"].params["warnings"] == ()
    assert it["5.1.2"].status == "done" and it["5.1.2"].params["n"] == len(sample_project().activities)
    assert it["5.4.1"].status == "done"
    # 4 comparisons of cases + the count sheet (documents returned: prop.test) tested, 4 reported figures
    assert it["5.4.1"].params["tested"] == 5 and it["5.4.1"].params["aggregate"] == 4
    assert {c for c, i in it.items() if i.status == "later"} == LATER
    assert "9" in item_text(it["5.4.1"], "th")[1]
    # the sample's logs: every entry dated and titled; the activities have photos
    assert it["5.2.1"].status == "done" and it["5.3.1"].status == "done"
    assert it["5.3.1"].params["photos"] == sum(len(e.photos) for e in sample_project().activity_log) > 0
    assert it["5.3.2"].status == "missing"                           # no attendance given here
    assert it["5.4.2"].status == "done" and it["5.4.2"].params["n"] == len(sample_project().awards)
    assert it["5.4.4"].status == "done"                               # the sample's memo header is filled in
    # the sample profile without uploads: 5.4.1 is still missing
    assert items(sample_project())["5.4.1"].status == "missing"


def test_532_needs_both_attendance_and_learning():
    from types import SimpleNamespace as NS
    att, lrn = NS(attendees=13, rate=75.0, staff_counted=12, headcount_total=16), NS(n_paired=10)
    assert items(ProjectInfo(), attendance=att, learning=lrn)["5.3.2"].status == "done"
    assert items(ProjectInfo(), attendance=att)["5.3.2"].detail_key == "checklist.detail.5.3.2.no_learning"
    assert items(ProjectInfo(), learning=lrn)["5.3.2"].detail_key == "checklist.detail.5.3.2.no_attendance"
    unread = items(ProjectInfo(), attendance=NS(attendees=0, rate=None), files_532=2)["5.3.2"]
    assert unread.status == "partial" and unread.detail_key == "checklist.detail.5.3.2.unread"
    text = item_text(items(ProjectInfo(), attendance=att, learning=lrn)["5.3.2"], "th")[1]
    assert "12 จาก 16 คน ร้อยละ 75.00" in text and "ทั้งหมด 13 คน" in text        # 12/16 = 75 %


def test_542_and_544():
    from itastats.criteria.project import LogEntry, Memo
    assert items(ProjectInfo())["5.4.2"].status == "missing"
    assert items(ProjectInfo(awards=[LogEntry(title="เกียรติบัตร")]))["5.4.2"].status == "partial"
    it = items(ProjectInfo(memo=Memo(subject="รายงานผล", to="ผู้อำนวยการ")))["5.4.4"]
    assert it.status == "partial" and it.params["missing"] == ("office", "signer_name", "signer_position")
    assert "ชื่อผู้ลงนาม" in item_text(it, "th")[1]
    assert items(ProjectInfo())["5.4.4"].status == "missing"


def test_a_log_entry_without_a_date_or_photos_is_partial():
    from itastats.criteria.project import LogEntry
    d = __import__("datetime").date(2026, 1, 15)
    no_photo = ProjectInfo(activity_log=[LogEntry(date=d, title="อบรม")], communications=[LogEntry(title="แจ้ง")])
    it = items(no_photo)
    assert it["5.3.1"].status == "partial" and it["5.3.1"].params["photos"] == 0
    assert it["5.2.1"].status == "partial" and it["5.2.1"].params == {**it["5.2.1"].params, "n": 0, "total": 1}


def test_bad_input():
    with pytest.raises(TypeError):
        checklist({"name": "x"})
    with pytest.raises(TypeError):
        checklist(ProjectInfo(), ["x"])
    with pytest.raises(ValueError):
        checklist(ProjectInfo(), files_541=-1)
    with pytest.raises(ValueError):
        ChecklistItem("5.1.1", "checklist.title.5.1.1", "finished", "checklist.detail.later")


def test_item_text_in_both_languages_for_every_item(sample_results):
    for profile, results in ((ProjectInfo(), []), (sample_project(), sample_results)):
        for item in checklist(profile, results):
            for lang in ("th", "en"):
                title, detail = item_text(item, lang)
                assert title.startswith(item.code) and detail
                assert "{" not in title + detail and "checklist." not in title + detail


def test_message_keys_used_exist():
    src = pathlib.Path(cl.__file__).read_text(encoding="utf-8")
    keys = {k for k in re.findall(r'"(checklist\.[a-z_.0-9]+)"', src) if not k.endswith(".")}
    assert keys and not [k for k in keys if k not in CATALOG]
    for code in CODES:
        assert f"checklist.title.{code}" in CATALOG
    for field in cl.PROFILE_FIELDS:
        assert f"checklist.field.{field}" in CATALOG


def test_543_is_missing_partial_or_done_with_the_survey():
    from itastats.criteria.survey import Alpha, ItemStat, Overall, SurveyResult
    items = {i.code: i for i in checklist(ProjectInfo())}
    assert items["5.4.3"].status == "missing" and items["5.4.3"].page == "app_pages/survey_543.py"
    items = {i.code: i for i in checklist(ProjectInfo(), files_543=1)}
    assert items["5.4.3"].status == "partial"
    survey = SurveyResult(respondents=30, scale=5, criteria="best",
                          items=(ItemStat("ข้อ 1", "c", None, "1", 30, 4.2, 0.6, 4),), dimensions=(),
                          overall=Overall(30, 4.2, 0.6, 4, 84.0), alpha=Alpha(None, 30, 1, "x"))
    item = {i.code: i for i in checklist(ProjectInfo(), survey=survey)}["5.4.3"]
    assert item.status == "done" and item.params["pct"] == "84.00"


def test_544_counts_what_the_memo_prints_not_only_what_was_typed():
    """The page's grey examples (office from the agency and unit, the signer
    from an activity's person responsible) are printed in the memo, so the
    checklist counts them: a memo with no blank is "done"."""
    from itastats.criteria.project import Activity, Memo
    typed_only = ProjectInfo(name="โครงการ ก", memo=Memo(to="ผู้อำนวยการ"))
    it = items(typed_only)["5.4.4"]
    assert it.status == "partial" and it.params["missing"] == ("office", "signer_name", "signer_position")
    from_profile = ProjectInfo(name="โครงการ ก", agency="กรมทดสอบ", unit="กองคลัง", memo=Memo(to="ผู้อำนวยการ"),
                               activities=[Activity("อบรม", responsible="สมหญิง ใจดี", position="ผู้อำนวยการกอง")])
    assert items(from_profile)["5.4.4"].status == "done"
    # the addressee is typed or missing (the generic one is a fallback to confirm)
    no_to = ProjectInfo(name="โครงการ ก", agency="กรมทดสอบ",
                        activities=[Activity("อบรม", responsible="สมหญิง ใจดี", position="ผู้อำนวยการกอง")])
    assert items(no_to)["5.4.4"].params["missing"] == ("to",)
    from itastats.criteria.evidence import collect
    from itastats.outputs.report import memo_paragraphs
    text = memo_paragraphs(collect(from_profile, {}), lang="th").text()
    assert "กรมทดสอบ กองคลัง" in text and "สมหญิง ใจดี" in text and "ผู้อำนวยการกอง" in text
