"""Attendance (5.3.2): every file layout, counting people once, headcount,
bad input and the command line.

Expected numbers come from how the fixtures were built (tests/attendance_fixtures.py),
counted by hand in the comments, never from an earlier run of the code.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import math

import pytest

import attendance_fixtures as F
from itastats.criteria import attendance as A
from itastats import cli
from itastats.i18n import catalog
from itastats.read.problems import InputError, describe

D = dt.date(2025, 3, 15)


def keys(problems):
    return [p.key for p in problems]


def problem(problems, key):
    found = [p for p in problems if p.key == key]
    assert found, (key, keys(problems))
    return found[0]


def unit_rows(result):
    return [(u.unit, u.attendees, u.headcount) for u in result.by_unit]


# ---------------------------------------------------------------- Zoom

def test_zoom_with_meeting_table_takes_topic_and_start_and_keeps_rejoins():
    data = F.zoom_csv()
    assert data.startswith(codecs.BOM_UTF8)
    info, frame = A.read_attendance(data, "zoom_0315.csv")
    assert info.kind == A.ZOOM and info.sheet is None
    assert info.session == F.ZOOM_TOPIC and info.date == D
    assert info.records == 7 == len(frame)            # 7 participant rows, rejoins included
    assert list(frame.columns) == list(A.RECORD_COLUMNS)
    # lines 1-2 meeting table, 3 blank, 4 header: participants on lines 5..11
    assert frame["row"].tolist() == list(range(5, 12))
    assert frame["minutes"].tolist() == [59, 180, 110, 90, 115, 85, 175]
    assert frame["email"].tolist()[2] == ""           # the guest without an e-mail
    assert set(frame["date"]) == {D}
    result = A.summarize([(info, frame)])
    # P1 (twice), P2, P4, P13 (twice), P3 -> 5 people
    assert result.attendees == 5 and result.records == 7
    people = result.people.set_index("key")
    assert people.loc["somying.r@moi.go.th", "minutes"] == 59 + 115
    assert people.loc["piya.c@moi.go.th", "minutes"] == 90 + 85
    assert result.online_minutes == 59 + 180 + 110 + 90 + 115 + 85 + 175
    assert result.online_attendees == 5
    assert [(s.name, s.date, s.attendees) for s in result.sessions] == [(F.ZOOM_TOPIC, D, 5)]


def test_zoom_without_meeting_table_is_named_by_the_file_and_dated_by_the_first_join():
    info, frame = A.read_attendance(F.zoom_csv(meeting_table=False, day="04/02/2025"), "อบรมออนไลน์ รุ่น 2.csv")
    assert info.kind == A.ZOOM
    assert info.session == "อบรมออนไลน์ รุ่น 2"
    assert info.date == dt.date(2025, 4, 2)          # Zoom writes month/day/year
    assert frame["row"].tolist() == list(range(2, 9))
    assert A.summarize([(info, frame)]).attendees == 5


# ---------------------------------------------------------------- Teams

@pytest.mark.parametrize("thai", [False, True])
def test_teams_utf16_report_in_english_and_thai(thai):
    data = F.teams_tsv(thai=thai)
    assert data.startswith(codecs.BOM_UTF16_LE) and "\t".encode("utf-16-le") in data
    info, frame = A.read_attendance(data, "Meeting Attendance Report.csv")
    assert info.kind == A.TEAMS
    assert info.session == F.TEAMS_TITLE and info.date == D
    assert info.records == 5
    assert frame["name"].tolist() == [r[0] for r in F.TEAMS_ROWS]
    assert frame["email"].tolist() == [r[4] for r in F.TEAMS_ROWS]
    assert frame["minutes"].tolist() == pytest.approx(F.TEAMS_MINUTES)
    # 1. Summary on line 1, six summary lines, blank line 8, "2. ..." line 9, header line 10
    assert frame["row"].tolist() == [11, 12, 13, 14, 15]


def test_teams_without_participants_section_sums_the_in_meeting_activities():
    rows = F.TEAMS_ROWS + [("สมชาย ใจดี", "3/15/25, 11:55:00 AM", "3/15/25, 12:05:00 PM", "10m 0s",
                            "somchai.j@moi.go.th")]      # P2 rejoins for 10 minutes
    info, frame = A.read_attendance(F.teams_tsv(rows, participants=False), "teams.csv")
    assert info.kind == A.TEAMS and info.records == 6
    result = A.summarize([(info, frame)])
    assert result.attendees == 5
    people = result.people.set_index("key")
    assert people.loc["somchai.j@moi.go.th", "minutes"] == pytest.approx(175 + 10 / 60 + 10)


# ---------------------------------------------------------------- sign-in sheets

def test_signin_sheet_with_merged_titles_total_row_and_unsigned_lines():
    info, frame = A.read_attendance(F.signin_xlsx(), "ลงทะเบียน.xlsx")
    assert info.kind == A.SIGNIN and info.sheet == "ลงทะเบียน"
    assert info.session == F.EVENT_TITLE                  # not "แบบลงทะเบียน..." nor the date line
    assert info.date == D                                 # "วันที่ 15 มีนาคม 2568"
    assert info.records == 12
    assert frame["row"].tolist() == list(range(6, 18))
    assert frame["unit"].tolist()[8] == "กอง คลัง"        # as written
    assert frame["name"].tolist()[9] == "นายสุรชัย บุญมา"  # spaces cleaned
    assert frame["position"].tolist()[0] == "นักวิชาการเงินและบัญชี"
    assert dict(info.columns)["name"] == "ชื่อ-สกุล"
    total = problem(info.problems, "attendance.footer_row")
    assert total.row == 20 and total.params["label"] == "รวม 12 คน"
    unsigned = problem(info.problems, "attendance.no_name_rows")
    assert unsigned.params["rows"] == "18, 19" and unsigned.params["n"] == 2
    assert problem(info.problems, "attendance.rows_below_footer").row == 22
    assert "attendance.footer_count_differs" not in keys(info.problems)   # 12 said, 12 read


def test_signin_sheet_with_title_first_and_last_name_columns():
    info, frame = A.read_attendance(F.signin_split_xlsx(), "ประชุมชี้แจง.xlsx")
    assert info.kind == A.SIGNIN
    assert info.session == "การประชุมชี้แจงแนวทางการประเมิน ITA ครั้งที่ 1/2568"
    assert info.date == dt.date(2025, 2, 7)               # "7 ก.พ. 2568"
    assert frame["row"].tolist() == [5, 6, 7, 8, 10, 11]  # row 9 has "นาย" and no name
    assert frame["name"].tolist()[0] == "นาย สมชาย ใจดี"
    assert frame["unit"].tolist()[0] == F.KLANG           # from สังกัด
    assert problem(info.problems, "attendance.no_name_rows").params["rows"] == "9"
    assert problem(info.problems, "attendance.footer_row").row == 12
    assert "attendance.footer_count_differs" not in keys(info.problems)   # 6 said, 6 read
    result = A.summarize([(info, frame)])
    assert result.attendees == 5                          # สมชาย signed twice
    assert result.people.set_index("name").loc["ธนพล สุขใจ", "unit"] == F.AUDIT   # ว่าที่ร้อยตรี removed


def test_signin_total_that_disagrees_with_the_names_is_a_warning():
    info, _ = A.read_attendance(F.signin_xlsx(F.SIGNIN_PEOPLE[:11]), "a.xlsx")
    assert "attendance.footer_count_differs" not in keys(info.problems)
    csv_data = "ลำดับ,ชื่อ-สกุล,หน่วยงาน\n1,นายก ข,กองคลัง\n2,นางค ง,กองคลัง\nรวม 3 คน,,\n".encode()
    info, frame = A.read_attendance(csv_data, "b.csv")
    p = problem(info.problems, "attendance.footer_count_differs")
    assert (p.params["stated"], p.params["counted"], p.row) == (3, 2, 4)
    assert len(frame) == 2


# ---------------------------------------------------------------- forms and lists

@pytest.mark.parametrize("thai", [False, True])
def test_google_forms_checkin_gives_one_session_per_day(thai):
    info, frame = A.read_attendance(F.forms_csv(thai=thai), "เช็กอินอบรม.csv")
    assert info.kind == A.FORMS
    assert info.session == "เช็กอินอบรม" and info.date is None     # two days
    assert frame["date"].tolist() == [D, D, D, D + dt.timedelta(1), D + dt.timedelta(1)]
    result = A.summarize([(info, frame)])
    # 15 Mar: สมชาย, มาลี, ปิยะ; 16 Mar: สมชาย, อรุณี -> 4 people
    assert [(s.name, s.date, s.attendees) for s in result.sessions] == [
        ("เช็กอินอบรม", D, 3), ("เช็กอินอบรม", D + dt.timedelta(1), 2)]
    assert result.attendees == 4
    assert result.people.set_index("key").loc["somchai.j@moi.go.th", "sessions"] == 2


def test_plain_list_with_unit_date_and_session_columns():
    info, frame = A.read_attendance(F.plain_list_csv(), "list.csv")
    assert info.kind == A.LIST and info.session is None and info.date is None
    assert frame["date"].tolist() == [dt.date(2025, 3, 1)] * 3 + [dt.date(2025, 4, 5)] * 2
    result = A.summarize([(info, frame)])
    # March: สมชาย, มาลี, วิชัย; April: สมชาย, สมหญิง -> 4 people
    assert [(s.name, s.attendees) for s in result.sessions] == [
        ("ประชุมประจำเดือน มี.ค.", 3), ("ประชุมประจำเดือน เม.ย.", 2)]
    assert result.attendees == 4
    # "กองคลัง" and "กอง คลัง" are one unit: สมชาย, สมหญิง; HR: มาลี, วิชัย
    assert unit_rows(result) == [(F.KLANG, 2, None), (F.HR, 2, None)]
    assert len(result.merges) == 1 and result.merges[0].variants == ("นายสมชาย ใจดี", "สมชาย ใจดี")


def test_list_in_cp874_and_with_blank_lines_keeps_line_numbers():
    text = "ชื่อ-สกุล,หน่วยงาน\r\nนายสมชาย ใจดี,กองคลัง\r\n\r\nนางมาลี ศรีสุข,กองการเจ้าหน้าที่\r\n"
    info, frame = A.read_attendance(text.encode("cp874"), "ansi.csv")
    assert frame["name"].tolist() == ["นายสมชาย ใจดี", "นางมาลี ศรีสุข"]
    assert frame["row"].tolist() == [2, 4]
    ragged = "ชื่อ-สกุล,หน่วยงาน\nนายสมชาย ใจดี,กองคลัง,extra\nนางมาลี ศรีสุข\n".encode()
    info, frame = A.read_attendance(ragged, "ragged.csv")
    assert frame["name"].tolist() == ["นายสมชาย ใจดี", "นางมาลี ศรีสุข"]
    assert frame["unit"].tolist() == [F.KLANG, ""]


def test_workbook_reads_the_first_sheet_with_names():
    info, frame = A.read_attendance(F.two_sheet_xlsx(), "report.xlsx")
    assert info.sheet == "รายชื่อ" and len(frame) == 2
    with pytest.raises(InputError) as exc:
        A.read_attendance(F.two_sheet_xlsx(), "report.xlsx", sheet="ปก")
    assert exc.value.problem.key == "attendance.no_name_column"
    assert exc.value.problem.sheet == "ปก"


# ---------------------------------------------------------------- the hybrid event (done means)

EVENT = [("ลงทะเบียน.xlsx", F.signin_xlsx()), ("zoom.csv", F.zoom_csv()), ("teams.csv", F.teams_tsv())]


def event(**kw):
    return A.analyze_files(EVENT, headcount=("บุคลากร.xlsx", F.headcount_xlsx()), **kw)


def test_signin_zoom_and_teams_of_one_event_give_one_deduplicated_count_per_unit():
    result = event()
    # records: sign-in 12 + Zoom 7 + Teams 5
    assert result.records == 24
    # sign-in P1..P12; Zoom adds P13 (ปิยะ); Teams adds P14 (Rattana); every other online
    # record is someone who signed in, under another spelling, title or e-mail -> 14
    assert result.attendees == 14
    # กองคลัง: P1, P2, P9 ("กอง คลัง") = 3 of 10; กองการเจ้าหน้าที่: P3, P4, P11 = 3 of 8;
    # สำนักงานเลขานุการกรม: P5, P6, P10, P12 ("สำนักงาน เลขานุการกรม") = 4 of 12;
    # กลุ่มตรวจสอบภายใน: P7, P8 = 2 of 4; กองแผนงาน: nobody of 6; no unit: P13, P14
    assert unit_rows(result) == [("กองคลัง", 3, 10), ("กองการ เจ้าหน้าที่", 3, 8),
                                 ("สำนักงานเลขานุการ กรม", 4, 12), ("กลุ่มตรวจสอบ ภายใน", 2, 4),
                                 ("กองแผนงาน", 0, 6), (A.UNKNOWN_UNIT, 2, None)]
    assert [u.rate for u in result.by_unit[:5]] == pytest.approx([30.0, 37.5, 100 / 3, 50.0, 0.0])
    assert result.headcount_total == 40 and result.attendees_in_headcount == 12
    # P13 and P14 came only online (no unit): shown apart, never counted as staff
    assert (result.unknown_unit, result.guests, result.not_staff) == (2, 0, 0)
    assert result.staff_counted == 12
    assert result.rate == pytest.approx(12 / 40 * 100)
    # one hybrid session, named by the first title that is not a file name (the sign-in's)
    assert [(s.name, s.date, s.attendees, s.files) for s in result.sessions] == [
        (F.EVENT_TITLE, D, 14, ("ลงทะเบียน.xlsx", "zoom.csv", "teams.csv"))]
    zoom_minutes = 59 + 180 + 110 + 90 + 115 + 85 + 175
    assert result.online_minutes == pytest.approx(zoom_minutes + sum(F.TEAMS_MINUTES))
    assert result.sessions[0].minutes == pytest.approx(zoom_minutes + sum(F.TEAMS_MINUTES))
    # online: Zoom P1 P2 P3 P4 P13, Teams P2 P5 P7 P8 P14 -> 9 people
    assert result.online_attendees == 9
    assert problem(result.problems, "attendance.people_without_unit").params == {"n": 2}
    unknown = result.unknown_people
    assert sorted(unknown["name"]) == ["Rattana Meesuk", "ปิยะ ชัยมงคล"]
    assert set(unknown["status"]) == {A.UNASSIGNED}


STAFF_CSV = ("ลำดับ,คำนำหน้า,ชื่อ,นามสกุล,หน่วยงาน,อีเมล\n"
             "1,นาย,ปิยะ,ชัยมงคล,กองแผนงาน,\n"                          # P13, matched by name (no e-mail here)
             "2,นางสาว,รัตนา,มีสุข,กองคลัง,rattana.m@moi.go.th\n"      # P14, matched by e-mail
             "3,นาย,ทดสอบ,ไม่มา,กองคลัง,\n").encode()


def test_a_staff_list_gives_the_unit_of_people_who_came_only_online():
    hc = A.read_headcount(STAFF_CSV, "รายชื่อบุคลากร.csv")
    assert [(m.name, m.email, m.unit) for m in hc.staff][:2] == [
        ("นาย ปิยะ ชัยมงคล", "", "กองแผนงาน"), ("นางสาว รัตนา มีสุข", "rattana.m@moi.go.th", "กองคลัง")]
    assert hc.units == (("กองแผนงาน", 1), ("กองคลัง", 2))
    result = A.analyze_files(EVENT, headcount=[("บุคลากร.xlsx", F.headcount_xlsx()),
                                               ("รายชื่อบุคลากร.csv", STAFF_CSV)])
    # the table of counts gives the headcount (40); the list gives P13 กองแผนงาน and P14 กองคลัง
    assert result.headcount_total == 40
    assert (result.unknown_unit, result.from_staff_list, result.staff_counted) == (0, 2, 14)
    assert result.rate == pytest.approx(14 / 40 * 100)
    assert unit_rows(result)[0] == ("กองคลัง", 4, 10) and unit_rows(result)[4] == ("กองแผนงาน", 1, 6)
    assert "attendance.people_without_unit" not in keys(result.problems)
    # a staff list alone gives the headcount too (its people per unit)
    alone = A.analyze_files(EVENT, headcount=("รายชื่อบุคลากร.csv", STAFF_CSV))
    # กองคลัง has 2 people on this (short) list but 4 attendees: counted 2, with a warning
    assert alone.headcount_total == 3 and alone.staff_counted == 3 and alone.rate == pytest.approx(100.0)
    assert problem(alone.problems, "attendance.rate_over_100").params["unit"] == "กองคลัง"
    # the sum of the units' counted people is the rate's numerator, and no rate is above 100 %
    assert sum(u.counted or 0 for u in alone.by_unit) == alone.staff_counted
    assert all(u.rate is None or u.rate <= 100 for u in alone.by_unit) and alone.rate <= 100


def test_the_user_picks_a_unit_or_not_staff_for_each_person_without_one():
    base = event()
    keys_ = dict(zip(base.people["name"], base.people["key"]))
    result = event(assign={keys_["ปิยะ ชัยมงคล"]: "กองแผนงาน", keys_["Rattana Meesuk"]: A.NOT_STAFF})
    assert (result.unknown_unit, result.assigned, result.not_staff, result.staff_counted) == (0, 2, 1, 13)
    assert result.rate == pytest.approx(13 / 40 * 100)
    assert unit_rows(result)[-1] == (A.NOT_STAFF, 1, None)
    status = dict(zip(result.people["name"], result.people["status"]))
    assert status["ปิยะ ชัยมงคล"] == A.STAFF and status["Rattana Meesuk"] == A.GUEST
    # a key that is not a person is ignored, an empty pick leaves the person without a unit
    assert event(assign={"nobody": "กองคลัง", keys_["ปิยะ ชัยมงคล"]: ""}).unknown_unit == 2


def test_a_unit_never_counts_more_people_than_its_headcount():
    lines = ["ชื่อ-สกุล,หน่วยงาน"] + [f"คนที่{i} ทดสอบ,กองคลัง" for i in range(5)] + ["สมชาย ใจดี,กองแผนงาน"]
    info, frame = A.read_attendance(("\n".join(lines) + "\n").encode(), "list.csv")
    hc = A.read_headcount("หน่วยงาน,จำนวน\nกองคลัง,3\nกองแผนงาน,6\n".encode(), "hc.csv")
    result = A.summarize([(info, frame)], headcount=hc)
    klang = result.by_unit[0]
    assert (klang.attendees, klang.counted, klang.headcount, klang.rate) == (5, 3, 3, 100.0)
    assert result.staff_counted == 4 and result.rate == pytest.approx(4 / 9 * 100)
    assert problem(result.problems, "attendance.rate_over_100").params == {"unit": "กองคลัง", "attendees": 5,
                                                                           "headcount": 3}


def test_sessions_on_three_days_with_online_people_never_give_a_rate_above_100():
    """The issue's case: a sign-in sheet, a Zoom and a Teams report of three different
    sessions; online people without a unit used to be added on top of the known ones."""
    zoom = F.zoom_csv(topic="ครั้งที่ 2")
    result = A.analyze_files([("ลงทะเบียน.xlsx", F.signin_xlsx()), ("zoom.csv", zoom), ("teams.csv", F.teams_tsv())],
                             headcount=("hc.csv", "หน่วยงาน,จำนวน\nกองคลัง,3\nกองการเจ้าหน้าที่,3\n".encode()),
                             sessions={"zoom.csv": "ครั้งที่ 2", "teams.csv": "ครั้งที่ 3"})
    assert len(result.sessions) == 3
    assert result.rate is not None and result.rate <= 100
    assert all(u.rate is None or u.rate <= 100 for u in result.by_unit)
    assert result.rate == pytest.approx(result.staff_counted / result.headcount_total * 100)


def test_the_merges_are_shown_with_every_spelling():
    merges = {m.key: m for m in event().merges}
    # P1, P2, P3, P4, P5, P7, P8 are written two or three ways; P13 rejoins under one spelling
    assert set(merges) == {"somying.r@moi.go.th", "somchai.j@moi.go.th", "malee.s@moi.go.th", "วิชัยมั่นคง",
                           "pornthip.k@moi.go.th", "arunee.w@moi.go.th", "thanapol.s@moi.go.th"}
    p2 = merges["somchai.j@moi.go.th"]
    assert p2.variants == ("นายสมชาย ใจดี", "Somchai Jaidee <somchai.j@moi.go.th>",
                           "สมชาย ใจดี <somchai.j@moi.go.th>")
    assert p2.records == 3 and p2.files == ("ลงทะเบียน.xlsx", "zoom.csv", "teams.csv")
    assert p2.name == "สมชาย ใจดี"
    assert merges["somying.r@moi.go.th"].records == 3        # sign-in once, Zoom twice


def test_a_wrong_merge_is_undone_by_split():
    result = event(split=["วิชัยมั่นคง"])
    # "นายวิชัย มั่นคง" (sign-in, กองการเจ้าหน้าที่) and "นาย วิชัย มั่นคง" (Zoom, no unit) become two
    assert result.attendees == 15
    assert unit_rows(result)[1] == ("กองการ เจ้าหน้าที่", 3, 8)
    assert unit_rows(result)[-1] == (A.UNKNOWN_UNIT, 3, None)
    assert "วิชัยมั่นคง" not in {m.key for m in result.merges} and len(result.merges) == 6
    assert result.split == ("วิชัยมั่นคง",)
    # the Zoom วิชัย is now a person without a unit: not counted, the sign-in one still is
    assert result.rate == pytest.approx(12 / 40 * 100) and result.unknown_unit == 3
    unknown = A.summarize([A.read_attendance(F.zoom_csv(), "z.csv")], split=["nobody"])
    assert "attendance.split_unknown" in keys(unknown.problems)


def test_outside_guests_and_other_agencies_are_not_counted_as_staff():
    """Only staff of a headcount unit count: a name marked as an outside guest is not
    staff, a person without a unit is shown apart, another agency's people never count."""
    lines = ["ชื่อ-สกุล,หน่วยงาน", "สมชาย ใจดี,กองคลัง", "สมหญิง รักดี,", "Jiraporn W. (Guest),",
             "มานี ดีใจ (ผู้เยี่ยมชม),", "ปรีชา ชาญชัย,บริษัท เอ บี ซี จำกัด"]
    info, frame = A.read_attendance(("\n".join(lines) + "\n").encode(), "list.csv")
    hc = A.read_headcount("หน่วยงาน,จำนวน\nกองคลัง,4\nกองแผนงาน,6\nรวม,10\n".encode(), "hc.csv")
    result = A.summarize([(info, frame)], headcount=hc)
    assert result.attendees == 5
    assert (result.attendees_in_headcount, result.unknown_unit, result.guests, result.not_staff,
            result.outside_units) == (1, 1, 2, 2, 1)
    assert result.rate == pytest.approx(1 / 10 * 100)       # สมชาย (กองคลัง) only
    assert sorted(result.people["status"]) == sorted([A.STAFF, A.UNASSIGNED, A.GUEST, A.GUEST, A.OUTSIDE])


def test_same_name_with_different_emails_are_different_people():
    result = A.summarize([A.read_attendance(F.same_name_list_csv(), "list.csv")])
    # สมศักดิ์ <somsak.m>, สมศักดิ์ <somsak.m2>, สมศักดิ์ without e-mail (cannot be told apart: own person),
    # Nida = นิดา (same e-mail) -> 4 people
    assert result.attendees == 4
    warn = problem(result.problems, "attendance.same_name_no_email")
    assert warn.severity == "warning" and warn.params["n"] == 1
    assert "somsak.m@moi.go.th" in warn.params["emails"] and "somsak.m2@moi.go.th" in warn.params["emails"]
    assert [m.key for m in result.merges] == ["nida.k@moi.go.th"]
    assert unit_rows(result) == [(F.KLANG, 2, None), (F.HR, 1, None), (F.SEC, 1, None)]


def test_sessions_named_by_the_user_and_files_of_other_days():
    result = A.analyze_files(EVENT, sessions={"teams.csv": "ห้องย่อย Teams"})
    # sign-in 12 + Zoom's P13 = 13 in the room/Zoom session; Teams' 5 in its own
    assert {(s.name, s.date, s.attendees) for s in result.sessions} == {(F.EVENT_TITLE, D, 13),
                                                                       ("ห้องย่อย Teams", D, 5)}
    assert result.attendees == 14
    same = A.analyze_files(EVENT, sessions={"teams.csv": "อบรม", "zoom.csv": "อบรม"})
    # Zoom P1 P2 P3 P4 P13 + Teams P2 P5 P7 P8 P14 = 9 people in the online session
    assert {(s.name, s.attendees) for s in same.sessions} == {(F.EVENT_TITLE, 12), ("อบรม", 9)}
    later = A.analyze_files([EVENT[0], ("zoom.csv", F.zoom_csv(day="03/22/2025"))])
    assert [(s.name, s.date) for s in later.sessions] == [(F.EVENT_TITLE, D), (F.ZOOM_TOPIC, dt.date(2025, 3, 22))]


# ---------------------------------------------------------------- headcount

def test_headcount_ignores_the_total_row_and_matches_units_written_with_other_spaces():
    hc = A.read_headcount(F.headcount_xlsx(), "บุคลากร.xlsx")
    assert hc.units == tuple(F.HEADCOUNT) and hc.total == 40
    hc_csv = A.read_headcount(F.headcount_csv(), "hc.csv")
    assert hc_csv.units == tuple(F.HEADCOUNT) and hc_csv.sheet is None
    info, frame = A.read_attendance(F.signin_xlsx(), "s.xlsx")
    result = A.summarize([(info, frame)], headcount=hc_csv)
    # sign-in only: กองคลัง 3, HR 3, SEC 4, AUDIT 2 -> 12 of 40
    assert [u.attendees for u in result.by_unit] == [3, 3, 4, 2, 0]
    assert result.rate == pytest.approx(30.0)


def test_headcount_without_unit_and_count_columns_is_refused():
    with pytest.raises(InputError) as exc:
        A.read_headcount(F.not_attendance_xlsx(), "x.xlsx")
    assert exc.value.problem.key == "attendance.headcount_no_columns"


# ---------------------------------------------------------------- bad input

def test_a_sheet_without_a_name_column_names_file_and_sheet():
    with pytest.raises(InputError) as exc:
        A.read_attendance(F.not_attendance_xlsx(), "ระยะเวลา.xlsx")
    p = exc.value.problem
    assert p.key == "attendance.no_name_column" and p.file == "ระยะเวลา.xlsx" and p.sheet == "ระยะเวลา"
    text = describe(p, "th")
    assert "ระยะเวลา.xlsx" in text and "ก่อน (วัน)" in text


@pytest.mark.parametrize("data, key", [
    (b"", "read.empty_file"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "read.not_spreadsheet"),
    ("ชื่อ-สกุล,หน่วยงาน\n".encode(), "attendance.no_records"),
    ("ก่อน,หลัง\n5,3\n".encode(), "attendance.no_name_column"),
])
def test_unusable_files_raise_input_errors(data, key):
    with pytest.raises(InputError) as exc:
        A.read_attendance(data, "x.csv")
    assert exc.value.problem.key == key and exc.value.problem.file == "x.csv"


def test_analyze_files_goes_on_after_a_bad_file():
    result = A.analyze_files([("bad.xlsx", F.not_attendance_xlsx()), ("zoom.csv", F.zoom_csv())])
    assert result.attendees == 5
    err = result.problems[0]
    assert err.key == "attendance.no_name_column" and err.severity == "error" and err.file == "bad.xlsx"
    empty = A.analyze_files([("bad.xlsx", F.not_attendance_xlsx())])
    assert empty.records == 0 and empty.attendees == 0 and empty.sessions == ()


# ---------------------------------------------------------------- cells

@pytest.mark.parametrize("text, order, expected", [
    ("03/15/2025 09:00:00 AM", A.MDY, dt.date(2025, 3, 15)),
    ("3/4/25, 9:00:12 AM", A.MDY, dt.date(2025, 3, 4)),
    ("3/4/25, 9:00:12 AM", A.DMY, dt.date(2025, 4, 3)),
    ("15/3/2568 8:55:00", A.MDY, dt.date(2025, 3, 15)),     # the 15 is a day whatever the order
    ("2025/03/15 9:01:02 AM GMT+7", A.DMY, dt.date(2025, 3, 15)),
    ("2568-03-15", A.DMY, dt.date(2025, 3, 15)),
    ("วันศุกร์ที่ 7 ก.พ. 2568 เวลา 13.30 น.", A.DMY, dt.date(2025, 2, 7)),
    ("วันที่ 15 มีนาคม พ.ศ. 2568 ณ ห้องประชุม", A.DMY, dt.date(2025, 3, 15)),
    ("๑๕ มี.ค. ๖๘", A.DMY, dt.date(2025, 3, 15)),
    ("March 15, 2025", A.DMY, dt.date(2025, 3, 15)),
    ("ห้องประชุม 1", A.DMY, None),
])
def test_parse_date(text, order, expected):
    assert A.parse_date(text, order) == expected


@pytest.mark.parametrize("text, minutes", [
    ("1h 30m 51s", 90 + 51 / 60), ("45m 3s", 45 + 3 / 60), ("50s", 50 / 60), ("1 ชม. 30 นาที", 90),
    ("2 ชม. 55 นาที 10 วินาที", 175 + 10 / 60), ("1:30:51", 90 + 51 / 60), ("45", 45), (12.5, 12.5),
])
def test_parse_minutes(text, minutes):
    assert A.parse_minutes(text) == pytest.approx(minutes)
    assert math.isnan(A.parse_minutes("ไม่ทราบ"))


# ---------------------------------------------------------------- output

def test_result_json_and_kpi_sources():
    result = event()
    j = A.result_json(result)
    assert list(j)[:5] == ["records", "attendees", "sessions", "by_unit", "rate"]
    assert j["sessions"][0] == {**j["sessions"][0], "name": F.EVENT_TITLE, "date": "2025-03-15", "attendees": 14}
    assert j["by_unit"][0] == {"unit": "กองคลัง", "attendees": 3, "headcount": 10, "rate": 30.0, "counted": 3}
    assert j["by_unit"][-1] == {"unit": "", "attendees": 2, "headcount": None, "rate": None, "counted": None}
    assert (j["staff_counted"], j["unknown_unit"], j["not_staff"]) == (12, 2, 0)
    json.dumps(j, allow_nan=False)
    src = {s.key: s for s in A.sources(result)}
    assert src["attendance:rate"].value == pytest.approx(30.0) and src["attendance:rate"].unit == "%"
    assert src["attendance:attendees"].value == 14 and src["attendance:staff"].value == 12
    assert A.sources(None) == []
    assert catalog.has("attendance.src.rate") and catalog.has("attendance.src.attendees")


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_cli_json(tmp_path, capsys):
    files = [_write(tmp_path, n, d) for n, d in EVENT]
    hc = _write(tmp_path, "hc.xlsx", F.headcount_xlsx())
    assert cli.main(["attendance", *files, "--headcount", hc, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["records"], out["attendees"]) == (24, 14)
    assert out["sessions"][0]["attendees"] == 14 and out["sessions"][0]["date"] == "2025-03-15"
    assert [u["attendees"] for u in out["by_unit"]] == [3, 3, 4, 2, 0, 2]
    assert out["rate"] == pytest.approx(30.0)        # 12 with a unit / 40; the 2 online without one apart
    staff = _write(tmp_path, "รายชื่อบุคลากร.csv", STAFF_CSV)
    assert cli.main(["attendance", *files, "--headcount", hc, "--headcount", staff, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["rate"], out["staff_counted"], out["from_staff_list"]) == (pytest.approx(35.0), 14, 2)


def test_cli_text_and_errors(tmp_path, capsys):
    files = [_write(tmp_path, n, d) for n, d in EVENT]
    assert cli.main(["attendance", *files, "--lang", "th"]) == 0
    out = capsys.readouterr().out
    assert "ผู้เข้าร่วม 14 คน" in out and "ไม่ระบุหน่วยงาน: 2 คน" in out
    bad = _write(tmp_path, "bad.xlsx", F.not_attendance_xlsx())
    assert cli.main(["attendance", bad]) == cli.EXIT_INPUT
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "bad.xlsx" in err and "name" in err
    assert cli.main(["attendance", files[1], "--headcount", bad]) == cli.EXIT_INPUT
    assert "bad.xlsx" in capsys.readouterr().err
    assert cli.main(["attendance", str(tmp_path / "missing.csv")]) == cli.EXIT_INPUT
