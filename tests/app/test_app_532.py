"""AppTest of the 5.3.2 page (attendance and learning) and the 5.3.1 / 5.2.1
log pages, driven as a user would: files uploaded as they come."""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from PIL import Image
from streamlit.testing.v1 import AppTest

from test_app import texts

ROOT = Path(__file__).resolve().parents[2]
PAGE_532 = "app_pages/participation_532.py"
PAGE_531 = "app_pages/activities_531.py"

# R: x <- sleep$extra[1:10]; y <- sleep$extra[11:20]; t.test(y, x, paired = TRUE)
#    t = 4.0621, df = 9, p-value = 0.002833
SLEEP_1 = (0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0)
SLEEP_2 = (1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4)


def signin_csv() -> bytes:
    """Eight people signed in on paper: three units."""
    rows = ["ลำดับ,ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน",
            "1,นายสมชาย ใจดี,นักวิชาการเงินและบัญชี,กองคลัง",
            "2,นางสาวสมหญิง รักดี,นักวิชาการเงินและบัญชี,กองคลัง",
            "3,นางมาลี ศรีสุข,เจ้าพนักงานธุรการ,กองคลัง",
            "4,นายวิชัย มั่นคง,นักทรัพยากรบุคคล,กองการเจ้าหน้าที่",
            "5,นางสาวกานดา แก้วใส,นักทรัพยากรบุคคล,กองการเจ้าหน้าที่",
            "6,นายประเสริฐ ดีงาม,นักวิชาการคอมพิวเตอร์,ศูนย์เทคโนโลยีสารสนเทศ",
            "7,นางสาวอรุณี แสงทอง,นักวิชาการคอมพิวเตอร์,ศูนย์เทคโนโลยีสารสนเทศ",
            "8,นายสมศักดิ์ ทองดี,นักวิชาการคอมพิวเตอร์,ศูนย์เทคโนโลยีสารสนเทศ",
            "รวม 8 คน,,,"]
    return ("\n".join(rows) + "\n").encode("utf-8")


def zoom_csv() -> bytes:
    """Zoom's participants report without the meeting table: two of the eight
    again (one rejoined), written without titles, plus one new person."""
    rows = ["Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
            "สมชาย ใจดี,somchai@agency.go.th,03/15/2025 09:01:00 AM,03/15/2025 10:00:00 AM,59,No",
            "สมชาย ใจดี,somchai@agency.go.th,03/15/2025 10:05:00 AM,03/15/2025 11:00:00 AM,55,No",
            "สมหญิง  รักดี (Somying),somying@agency.go.th,03/15/2025 09:00:00 AM,03/15/2025 11:00:00 AM,120,No",
            "ปรีชา ชาญชัย,preecha@agency.go.th,03/15/2025 09:10:00 AM,03/15/2025 11:00:00 AM,110,No"]
    return ("\ufeff" + "\n".join(rows) + "\n").encode("utf-8")


def headcount_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["จำนวนบุคลากร แยกตามหน่วยงาน"])
    ws.append(["หน่วยงาน", "จำนวนบุคลากร (คน)"])
    for unit, n in (("กอง คลัง", 4), ("กองการเจ้าหน้าที่", 5), ("ศูนย์เทคโนโลยีสารสนเทศ", 3)):
        ws.append([unit, n])
    ws.append(["รวม", 12])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def prepost_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["ลำดับ", "ชื่อ-สกุล", "คะแนนก่อนอบรม", "คะแนนหลังอบรม"])
    # scores cannot be negative: shifted by 2, which leaves every paired difference (and t, df, p) as R has them
    for i, (a, b) in enumerate(zip(SLEEP_1, SLEEP_2), start=1):
        ws.append([i, f"ผู้เข้าอบรม {i}", round(a + 2, 1), round(b + 2, 1)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def page(path: str = PAGE_532) -> AppTest:
    from itastats.store import Store, default_url
    project = Store(default_url()).create_project("local", name="ทดสอบการเข้าร่วม").id
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["project"] = project
    at.run()
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def upload_attendance(at: AppTest) -> AppTest:
    at.file_uploader(key="att_uploader").set_value(
        [("ใบลงชื่อ.csv", signin_csv(), "text/csv"), ("zoom.csv", zoom_csv(), "text/csv")]).run()
    assert not at.exception, at.exception
    at.file_uploader(key="att_head_uploader").set_value(
        ("บุคลากร.xlsx", headcount_xlsx(),
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    assert not at.exception, at.exception
    return at


def learning(at: AppTest) -> AppTest:
    """The user opens the pre/post test's tab (made only when open)."""
    assert not [n for n in at.number_input if n.key == "lrn.max"]
    at.session_state["p532.part"] = "ขั้นที่ 4 ผลการเรียนรู้ (ทดสอบก่อน\u2013หลัง)"
    at.run()
    assert not at.exception, at.exception
    return at


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_signin_and_zoom_give_one_count_per_person_against_the_headcount():
    at = upload_attendance(page())
    # 8 signed in; Zoom adds สมชาย (twice: a rejoin) and สมหญิง again, and ปรีชา, new: 9 people
    assert metric(at, "ผู้เข้าร่วม (คน ไม่นับซ้ำ)") == "9"
    # ปรีชา came only on Zoom, with no unit: shown apart, not counted: 8 of 12
    assert metric(at, "ร้อยละการเข้าร่วม") == f"{8 / 12 * 100:.2f}%"
    assert any("ยังไม่ทราบหน่วยงาน (1 คน)" in e.label for e in at.expander)
    units = next(tb.value for tb in at.table if "หน่วยงาน" in tb.value.columns)      # a plain table: text
    rows = {r["หน่วยงาน"]: r for r in units.to_dict("records")}
    assert rows["กอง คลัง"]["ผู้เข้าร่วม (คน)"] == "3"          # "กองคลัง" matched to "กอง คลัง"
    assert rows["กองการเจ้าหน้าที่"]["ผู้เข้าร่วม (คน)"] == "2"
    assert rows["ศูนย์เทคโนโลยีสารสนเทศ"]["ผู้เข้าร่วม (คน)"] == "3"
    assert rows["ไม่ระบุหน่วยงาน"]["ผู้เข้าร่วม (คน)"] == "1"
    assert at.get("download_button") or any("chromium" in w.value.lower() for w in at.warning)
    # the user picks ปรีชา's unit (what the table's select box saves): 9 of 12, kept with the project
    at.session_state["att.assign"] = [["preecha@agency.go.th", "กอง คลัง"]]     # a person's key: e-mail, or name
    at.run()
    assert not at.exception, at.exception
    assert metric(at, "ร้อยละการเข้าร่วม") == f"{9 / 12 * 100:.2f}%"
    assert not any("ยังไม่ทราบหน่วยงาน (1 คน)" in e.label for e in at.expander)


def test_a_wrong_merge_can_be_undone_and_the_choice_is_kept():
    at = upload_attendance(page())
    at.session_state["att.merges_box"] = True            # the user opens the names counted as one
    at.run()
    split = at.multiselect(key="att.split")
    keys = list(split.options)
    assert keys, "the merged spellings of สมชาย and สมหญิง are offered"
    somying = next(k for k in keys if "สมหญิง" in k)
    split.set_value([somying]).run()
    assert not at.exception, at.exception
    assert metric(at, "ผู้เข้าร่วม (คน ไม่นับซ้ำ)") == "10"       # สมหญิง now counted under each spelling
    project = at.query_params["project"]
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    again.query_params["project"] = project
    again.run()
    again.switch_page(PAGE_532).run()
    assert not again.exception, again.exception
    assert metric(again, "ผู้เข้าร่วม (คน ไม่นับซ้ำ)") == "10"    # files and the undo came back from the store


def test_the_pre_post_test_gives_the_r_paired_t_test():
    at = learning(page())
    at.file_uploader(key="lrn_uploader").set_value(
        ("ก่อนหลัง.xlsx", prepost_xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    assert not at.exception, at.exception
    at.selectbox(key="lrn.method").set_value("parametric").run()
    assert not at.exception, at.exception
    words = texts(at)
    assert "t(9) = 4.06" in words and "p = .003" in words                # R: t = 4.0621, df = 9, p = 0.002833
    assert metric(at, "คะแนนเพิ่มขึ้นเฉลี่ย") == "+1.58"                  # R: mean difference 1.58


def test_a_sheet_without_names_is_refused_with_the_file_named_and_others_go_on():
    at = page()
    bad = "วันที่,จำนวน\n15/03/2568,12\n".encode("utf-8")
    at.file_uploader(key="att_uploader").set_value(
        [("ไม่มีชื่อ.csv", bad, "text/csv"), ("ใบลงชื่อ.csv", signin_csv(), "text/csv")]).run()
    assert not at.exception, at.exception
    assert any("ไม่มีชื่อ.csv" in e.value for e in at.error)
    assert metric(at, "ผู้เข้าร่วม (คน ไม่นับซ้ำ)") == "8"


def photo_jpeg() -> bytes:
    """A landscape photo stored sideways, as phones do: EXIF Orientation 6."""
    img = Image.new("RGB", (400, 300), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def activity_log_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["บันทึกการดำเนินกิจกรรม"])
    ws.append(["วันที่", "กิจกรรม", "สถานที่", "จำนวนผู้เข้าร่วม (คน)", "รายละเอียด"])
    ws.append(["15/03/2568", "อบรมการใช้ระบบ e-Sign", "ห้องประชุม 1", 40, "ภาคเช้าบรรยาย ภาคบ่ายฝึกปฏิบัติ"])
    ws.append(["02/04/2568", "ประชุมติดตามผล", "ออนไลน์", 25, ""])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_activity_log_and_a_photo_are_saved_in_the_project():
    at = page(PAGE_531)
    at.file_uploader(key="log_sheet_activity").set_value(
        ("กิจกรรม.xlsx", activity_log_xlsx(),
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    assert not at.exception, at.exception
    assert "อบรมการใช้ระบบ e-Sign" in texts(at) or at.session_state["project"]["activity_log"]
    log = at.session_state["project"]["activity_log"]
    assert [e["title"] for e in log] == ["อบรมการใช้ระบบ e-Sign", "ประชุมติดตามผล"]
    assert log[0]["date"] == "2025-03-15" and log[0]["people"] == 40
    at.file_uploader(key="log_photos_activity_0").set_value(("IMG_0001.jpg", photo_jpeg(), "image/jpeg")).run()
    assert not at.exception, at.exception
    log = at.session_state["project"]["activity_log"]
    assert len(log[0]["photos"]) == 1
    stored = at.session_state["files_531"][log[0]["photos"][0]]
    assert Image.open(io.BytesIO(stored)).size == (300, 400)            # turned upright
    project = at.query_params["project"]
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    again.query_params["project"] = project
    again.run()
    again.switch_page(PAGE_531).run()
    assert not again.exception, again.exception
    assert again.session_state["project"]["activity_log"][0]["photos"] == log[0]["photos"]
    assert log[0]["photos"][0] in again.session_state["files_531"]


def test_a_file_that_is_not_a_photo_gets_a_message_not_a_crash():
    at = page(PAGE_531)
    at.file_uploader(key="log_sheet_activity").set_value(
        ("กิจกรรม.xlsx", activity_log_xlsx(),
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    at.file_uploader(key="log_photos_activity_0").set_value(("ภาพ.jpg", b"not an image at all", "image/jpeg")).run()
    assert not at.exception, at.exception
    assert any("ภาพ.jpg" in e.value for e in at.error)
    assert at.session_state["project"]["activity_log"][0]["photos"] == []


def test_the_sample_fills_the_532_page():
    at = page()
    at.button(key="att_sample").click().run()
    assert not at.exception, at.exception
    assert int(metric(at, "ผู้เข้าร่วม (คน ไม่นับซ้ำ)").replace(",", "")) > 0
    learning(at)
    assert metric(at, "คะแนนเพิ่มขึ้นเฉลี่ย").startswith("+")
    assert not [m for m in at.metric if m.label == "ผู้เข้าร่วม (คน ไม่นับซ้ำ)"]     # one half made at a time
    at.switch_page("app_pages/home.py").run()
    at.switch_page(PAGE_532).run()
    assert metric(at, "คะแนนเพิ่มขึ้นเฉลี่ย").startswith("+")              # the tab left open is open again


def test_full_marks_read_from_the_file_show_in_the_box_not_zero():
    """The sample's test sheet says "(20 คะแนน)": the full-marks box is empty
    and says 20 was read from the file (it showed 0.00 beside "เต็ม 20"); a
    pass mark typed in gives the pass rates, and no "%%" anywhere."""
    at = page()
    at.button(key="att_sample").click().run()
    assert not at.exception, at.exception
    learning(at)
    full = at.number_input(key="lrn.max")
    assert full.value is None and full.proto.placeholder == "20 (อ่านจากไฟล์)"
    assert at.number_input(key="lrn.threshold").value is None
    assert metric(at, "ผ่านเกณฑ์ ก่อน \u2192 หลัง") == "—"
    at.number_input(key="lrn.threshold").set_value(12.0).run()
    assert not at.exception, at.exception
    assert "%" in metric(at, "ผ่านเกณฑ์ ก่อน \u2192 หลัง")
    words = texts(at)
    assert "%%" not in words and "ร้อยละ 30.77%" not in words
    assert "เปลี่ยนแปลงร้อยละ +30.77" in words


def test_a_box_emptied_again_is_no_longer_used():
    """Full marks typed in, then the box emptied (or 0, which the page empties):
    the file's own full marks count again, in the page and in the saved
    choices (the number typed before stayed in them and kept being used)."""
    at = page()
    at.button(key="att_sample").click().run()
    learning(at)
    gain = metric(at, "ค่าความก้าวหน้าทางการเรียน (g)")
    at.number_input(key="lrn.max").set_value(40.0).run()
    assert not at.exception, at.exception
    assert at.session_state["choices"]["lrn.max"] == 40.0
    assert metric(at, "ค่าความก้าวหน้าทางการเรียน (g)") != gain
    at.number_input(key="lrn.max").set_value(0.0).run()
    assert not at.exception, at.exception
    assert at.number_input(key="lrn.max").value is None
    assert "lrn.max" not in at.session_state["choices"]
    assert metric(at, "ค่าความก้าวหน้าทางการเรียน (g)") == gain


def test_the_log_table_shows_each_date_in_the_buddhist_era_beside_the_date_widget():
    """Streamlit's date cells can only show 15/03/2025: the B.E. date stands beside each."""
    at = page(PAGE_531)
    at.file_uploader(key="log_sheet_activity").set_value(
        ("กิจกรรม.xlsx", activity_log_xlsx(),
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    assert not at.exception, at.exception
    table = at.session_state["base.proj.log.activity"]
    assert list(table.columns[:2]) == ["date", "date_be"]
    assert table["date_be"].iloc[0] == "15 มี.ค. 2568"


def test_no_table_on_the_sample_532_page_draws_none_in_an_empty_cell():
    """Streamlit draws a missing value of a text or Int64 column as a grey
    "None" (a NaN float is an empty cell): the "not staff" row has no headcount."""
    at = page()
    at.button(key="att_sample").click().run()
    assert not at.exception, at.exception
    frames = [df.value for df in at.dataframe] + [tb.value for tb in at.table]
    assert any("หน่วยงาน" in f.columns for f in frames)
    for frame in frames:
        for col in frame.columns:
            if frame[col].dtype.kind not in "fc":
                assert not frame[col].isna().any(), (col, frame[col].tolist())


def zoom_csv_other() -> bytes:
    """The same meeting's Zoom report, but its one newcomer is someone else."""
    rows = ["Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
            "สมชาย ใจดี,somchai@agency.go.th,03/15/2025 09:01:00 AM,03/15/2025 11:00:00 AM,119,No",
            "วันดี ใหม่ใจ,wandee@agency.go.th,03/15/2025 09:10:00 AM,03/15/2025 11:00:00 AM,110,No"]
    return ("\ufeff" + "\n".join(rows) + "\n").encode("utf-8")


def test_a_unit_picked_for_one_person_never_passes_to_another():
    """The user picks ปรีชา's unit in the table (its first row); then the Zoom file
    is swapped for one whose newcomer is วันดี, who is then the table's first row:
    the pick stays ปรีชา's and วันดี waits for a unit (Streamlit keeps a table's
    edits by row for as long as the table keeps its shape)."""
    at = upload_attendance(page())
    assert any("ยังไม่ทราบหน่วยงาน (1 คน)" in e.label for e in at.expander)
    editor = next(e.key for e in at.dataframe if str(e.key or "").startswith("att_assign_editor"))
    at.session_state[editor] = {"edited_rows": {0: {"หน่วยงาน (เลือก)": "กอง คลัง"}}, "added_rows": [],
                                "deleted_rows": []}
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["att.assign"] == [["preecha@agency.go.th", "กอง คลัง"]]
    assert metric(at, "ร้อยละการเข้าร่วม") == f"{9 / 12 * 100:.2f}%"
    at.button(key="att_remove|zoom.csv").click().run()
    at.file_uploader(key="att_uploader").set_value(
        [("ใบลงชื่อ.csv", signin_csv(), "text/csv"), ("zoom2.csv", zoom_csv_other(), "text/csv")]).run()
    assert not at.exception, at.exception
    assert any("ยังไม่ทราบหน่วยงาน (1 คน)" in e.label for e in at.expander)     # วันดี, waiting for a unit
    assert "wandee@agency.go.th" not in dict(map(tuple, at.session_state["att.assign"]))
    assert metric(at, "ร้อยละการเข้าร่วม") == f"{8 / 12 * 100:.2f}%"


def test_a_pick_stays_with_its_person_when_the_people_listed_change_but_not_their_number():
    """The people waiting for a unit change in one run while their number stays
    (here the Zoom file is swapped at once): the table is a new one, so no pick
    passes by row to the person now on that row, and the pick made for ปรีชา,
    no longer listed, is kept for when he is back."""
    from app_pages import workspace
    at = upload_attendance(page())
    editor = next(e.key for e in at.dataframe if str(e.key or "").startswith("att_assign_editor"))
    at.session_state[editor] = {"edited_rows": {0: {"หน่วยงาน (เลือก)": "กอง คลัง"}}, "added_rows": [],
                                "deleted_rows": []}
    at.run()
    assert at.session_state["att.assign"] == [["preecha@agency.go.th", "กอง คลัง"]]
    key = workspace.files_key(workspace.PAGE_532)
    files = {n: d for n, d in at.session_state[key].items() if n != "zoom.csv"}
    files["zoom2.csv"] = zoom_csv_other()
    at.session_state[key] = files                       # one run: ปรีชา leaves, วันดี comes, still one person
    at.run()
    assert not at.exception, at.exception
    assert any("ยังไม่ทราบหน่วยงาน (1 คน)" in e.label for e in at.expander)     # วันดี, waiting for a unit
    assert at.session_state["att.assign"] == [["preecha@agency.go.th", "กอง คลัง"]]
    assert metric(at, "ร้อยละการเข้าร่วม") == f"{8 / 12 * 100:.2f}%"
