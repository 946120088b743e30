"""One drop for all files: each file lands on its page, told by its content."""
from __future__ import annotations

import pytest

import independent_project
from itastats import sample
from itastats.criteria.intake import classify
from itastats.i18n.catalog import has

EXPECTED = {
    "01_approval_days_paired.xlsx": "541", "02_service_minutes_independent.csv": "541",
    "03_cost_per_document_long.xlsx": "541", "04_aggregate.xlsx": "541",
    "05_satisfaction_google_forms.csv": "543", "06_signin_sheet.xlsx": "532", "07_zoom_participants.csv": "532",
    "08_teams_attendance.csv": "532", "09_headcount.xlsx": "532h", "13_staff_list.xlsx": "532h",
    "10_pre_post_test.xlsx": "532t", "11_activity_log.xlsx": "log:activity",
    "12_communication_log.xlsx": "log:communication", "14_documents_returned.xlsx": "541",
}


def test_every_sample_file_lands_on_its_page_with_a_reason_in_both_languages():
    folder = sample.sample_dir()
    for name, page in EXPECTED.items():
        placed = classify(name, (folder / name).read_bytes())
        assert placed.page == page, (name, placed)
        assert has(placed.reason), placed.reason
    for name, data in sample.sample_photos():
        assert classify(name, data).page == "531"
    [(award, data)] = sample.sample_award_files()
    assert classify(award, data).page == "542"


def test_the_independent_projects_files_land_where_they_were_made_for():
    _, files, _, _ = independent_project.build()
    for page, named in files.items():
        for name, data in named.items():
            assert classify(name, data).page == page, (page, name)


def test_count_sheets_land_on_541_even_without_before_and_after_words():
    import count_fixtures as cf
    placed = classify("complaints.xlsx", cf.complaints_xlsx())        # ปีงบประมาณ 2567, 2568: no ก่อน/หลัง
    assert placed.page == "541" and placed.reason == "intake.reason.counts" and has(placed.reason)
    for name, data in (("returned.xlsx", cf.returned_xlsx()), ("on_time.xlsx", cf.on_time_xlsx()),
                       ("table.xlsx", cf.table_2x2_xlsx())):
        assert classify(name, data).page == "541", name


@pytest.mark.parametrize("name, data", [
    ("stray.csv", b"a,b\n1,2\n"),                          # two numbers without a word for before/after
    ("numbers.csv", b"a,b\n1,2\n3,4\n5,6\n"),
    ("notes.txt", "บันทึกการประชุม\nไม่มีตาราง\n".encode()),
    ("empty.csv", b""),
    ("agenda.pdf", b"not really a pdf"),
    ("slides.pptx", b"PK\x03\x04"),
    ("broken.jpg", b"\xff\xd8 not a jpeg"),
])
def test_files_with_nothing_to_use_are_left_out_and_say_why(name, data):
    placed = classify(name, data)
    assert placed.page is None and placed.reason.startswith("intake.reason.") and has(placed.reason)
