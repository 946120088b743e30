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


def test_a_generated_pile_of_files_lands_where_each_was_made_for():
    """Logs as users keep them (an activity log whose places are Zoom, Teams and a
    meeting room is still an activity log: its header says so), photos, a PDF
    letter, and a stray two-column csv that is not used."""
    for name, data, page in independent_project.drop_files():
        assert classify(name, data).page == page, name


def test_targets_follow_the_kind_of_file():
    from itastats.criteria.intake import targets
    assert targets("a.jpg") == ("531", "521", "542", None)
    assert targets("a.pdf") == ("542", None)
    assert "541" in targets("a.xlsx") and "log:activity" in targets("a.csv") and None in targets("a.csv")
    assert "531" not in targets("a.xlsx")
    assert targets("a.pptx") == (None,)


def test_photos_join_the_entry_of_their_day_or_a_new_one():
    import datetime as dt
    from itastats.criteria.intake import attach_photos
    from itastats.criteria.project import LogEntry
    d1, d2 = dt.date(2027, 3, 10), dt.date(2027, 3, 24)
    log = (LogEntry(date=d1, title="อบรม 1"), LogEntry(date=d2, title="อบรม 3", photos=("old.jpg",)))
    entries, how = attach_photos(log, [("a.jpg", d2), ("b.jpg", dt.date(2027, 3, 12)), ("c.jpg", None)])
    assert entries[1].photos == ("old.jpg", "a.jpg") and how[0].reason == "same_day"
    assert "b.jpg" in entries[0].photos and how[1].reason == "nearest_day"
    assert "c.jpg" in entries[0].photos and how[2].reason == "fewest"      # no date: the entry with fewest photos
    assert len(entries) == 2
    # an empty log: one new entry per day taken (no title to invent), and one titled entry for undated photos
    entries, how = attach_photos((), [("x.jpg", d1), ("y.jpg", d1), ("z.jpg", d2)])
    assert [(e.date, e.title, e.photos) for e in entries] == [(d1, "", ("x.jpg", "y.jpg")), (d2, "", ("z.jpg",))]
    assert {h.reason for h in how} == {"new"}
    entries, how = attach_photos((), [("p.jpg", None), ("q.jpg", None)], untitled="ภาพกิจกรรม")
    assert [(e.date, e.title, e.photos) for e in entries] == [(None, "ภาพกิจกรรม", ("p.jpg", "q.jpg"))]


def test_a_log_read_again_adds_only_new_entries():
    import datetime as dt
    from itastats.criteria.activities import merge_log
    from itastats.criteria.project import LogEntry
    d = dt.date(2027, 3, 10)
    old = (LogEntry(date=d, title="อบรม", photos=("a.jpg",)),)
    merged, added, skipped = merge_log(old, (LogEntry(date=d, title=" อบรม "), LogEntry(date=d, title="ประชุม")))
    assert (added, skipped) == (1, 1) and merged[0].photos == ("a.jpg",) and merged[1].title == "ประชุม"
