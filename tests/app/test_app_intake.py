"""AppTest of the home page's one drop: every kind of file lands on its page,
as if uploaded there, a stray csv is not used, the user may move a file or
leave it out, a viewer cannot upload, and what is missing links to its page."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from streamlit.testing.v1 import AppTest

import independent_project
from itastats import sample
from itastats.store import Store, default_url
from test_app_signin import A, B, plain, signed_in, visit, words

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 180
SAMPLE_PAGES = {
    "01_approval_days_paired.xlsx": "541", "02_service_minutes_independent.csv": "541",
    "03_cost_per_document_long.xlsx": "541", "04_aggregate.xlsx": "541", "14_documents_returned.xlsx": "541",
    "05_satisfaction_google_forms.csv": "543", "06_signin_sheet.xlsx": "532", "07_zoom_participants.csv": "532",
    "08_teams_attendance.csv": "532", "09_headcount.xlsx": "532h", "13_staff_list.xlsx": "532h",
    "10_pre_post_test.xlsx": "532t", "11_activity_log.xlsx": "log:activity",
    "12_communication_log.xlsx": "log:communication",
}


def _mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def new_project(name: str = "โครงการใหม่จากไฟล์") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    at.text_input(key="home.new_name").set_value(name).run()
    at.button(key="home.create").click().run()
    assert not at.exception, at.exception
    assert Store(default_url()).get("local", at.query_params["project"]).name == name
    return at


def drop(at: AppTest, files) -> None:
    at.file_uploader(key="intake.upload.0").set_value([(n, d, _mime(n)) for n, d in files]).run()
    assert not at.exception, at.exception


def where(at: AppTest) -> dict[str, str]:
    """file name -> the page its select box says."""
    return {box.label.split(" · ", 1)[1]: box.value for box in at.selectbox
            if box.key and box.key.startswith("intake.where.")}


def stored(at: AppTest) -> dict[str, set[str]]:
    rec = Store(default_url()).get("local", at.query_params["project"])
    out: dict[str, set[str]] = {}
    for f in rec.files:
        out.setdefault(f.page, set()).add(f.name)
    return out


def test_every_sample_file_lands_on_its_page_and_the_pages_show_them():
    at = new_project()
    assert any(s.value == "ส่งไฟล์ทั้งหมดที่มี" for s in at.subheader)        # an empty project: the drop first
    folder = sample.sample_dir()
    files = [(n, (folder / n).read_bytes()) for n in SAMPLE_PAGES] + sample.sample_photos() + \
        sample.sample_award_files() + [("stray.csv", b"a,b\n1,2\n")]
    drop(at, files)
    placed = where(at)
    for name, page in SAMPLE_PAGES.items():
        assert placed[name] == page, name
    for name, _ in sample.sample_photos():
        assert placed[name] == "531"
    assert placed["542_01_certificate.jpg"] == "542"
    assert placed["stray.csv"] == "none"
    text = words(at)
    assert "ไม่พบข้อมูลที่ใช้ได้" in text and "แบบสอบถามความพึงพอใจ" in text and "รายงานผู้เข้าร่วมจาก Zoom" in text
    at.button(key="intake.store").click().run()
    assert not at.exception, at.exception

    have = stored(at)
    assert have["541"] == {n for n, p in SAMPLE_PAGES.items() if p == "541"}
    assert have["543"] == {"05_satisfaction_google_forms.csv"}
    assert have["532"] == {"06_signin_sheet.xlsx", "07_zoom_participants.csv", "08_teams_attendance.csv"}
    assert have["532h"] == {"09_headcount.xlsx", "13_staff_list.xlsx"}
    assert have["532t"] == {"10_pre_post_test.xlsx"}
    assert have["531"] == {n for n, _ in sample.sample_photos()} and have["542"] == {"542_01_certificate.jpg"}
    assert not any("stray.csv" in names for names in have.values())
    assert not any(n.endswith(".xlsx") and "log" in n for names in have.values() for n in names)   # logs are entries
    profile = at.session_state["project"]
    assert len(profile["activity_log"]) == len(sample.sample_project().activity_log)
    assert len(profile["communications"]) == len(sample.sample_project().communications)
    assert sorted(p for e in profile["activity_log"] for p in e["photos"]) == sorted(have["531"])  # on the page
    assert [p for e in profile["awards"] for p in e["photos"]] == ["542_01_certificate.jpg"]
    # where each went, with a link to its page, and what is still missing, each with a link
    text = words(at)
    assert "ใส่ไฟล์ลงหน้าต่าง ๆ แล้ว 19 ไฟล์ ไม่ใช้ 1 ไฟล์" in text
    assert "ยังขาดอะไรบ้างสำหรับชุดหลักฐานที่ครบ" in text
    links = [(e.proto.label, e.proto.page) for e in at.get("page_link")]
    assert any("5.4.1" in label for label, _ in links) and any("5.4.4" in label for label, _ in links)
    assert any(label == "ไปสร้างชุดหลักฐาน (5.4.4)" for label, _ in links)
    assert any("5.1.1" in m.value for m in at.markdown)                          # the profile is still missing
    home_checklist = {m.value.split("**")[1].split()[0]: m.value.split()[0] for m in at.markdown
                      if m.value.startswith(":material/") and "**5." in m.value}
    for code in ("5.3.2", "5.4.1", "5.4.3"):
        assert home_checklist[code] == ":material/check_circle:", (code, home_checklist)

    # each page shows its files as if uploaded there
    at.switch_page("app_pages/compare_541.py").run()
    assert "01_approval_days_paired.xlsx" in plain(" ".join(m.value for m in at.markdown))
    at.switch_page("app_pages/survey_543.py").run()
    assert at.session_state["sv.file"] == "05_satisfaction_google_forms.csv"
    assert not at.exception, at.exception
    at.switch_page("app_pages/participation_532.py").run()
    shown = plain(" ".join(m.value for m in at.markdown))
    assert "06_signin_sheet.xlsx" in shown and "09_headcount.xlsx" in shown
    at.switch_page("app_pages/activities_531.py").run()
    assert not at.exception, at.exception
    first = next(i for i, e in enumerate(profile["activity_log"]) if e["photos"])
    at.selectbox(key="log.activity.entry").set_value(first).run()
    assert not at.exception, at.exception
    shown = [str(img.proto) for img in at.get("image")]
    assert any(profile["activity_log"][first]["photos"][0] in c for c in shown), shown[:1]   # the photo is shown
    assert any("เพิ่ม" in s.value and "11_activity_log.xlsx" in s.value for s in at.success)


def test_generated_files_land_on_their_pages_and_a_moved_or_left_out_file_follows_the_user():
    at = new_project("โครงการทดสอบอิสระ")
    pile = independent_project.drop_files()
    drop(at, [(n, d) for n, d, _ in pile])
    placed = where(at)
    for name, _, page in pile:
        assert placed[name] == (page or "none"), name
    # the user moves a photo to 5.2.1 and leaves a 5.4.1 csv out
    box = next(b for b in at.selectbox if b.label.endswith("IMG_0317.jpg"))
    box.set_value("521").run()
    box = next(b for b in at.selectbox if b.label.endswith("ค่าไปรษณีย์.csv"))
    box.set_value("none").run()
    assert "ผู้ใช้เลือกไม่ใช้" in words(at) and "ย้ายโดยผู้ใช้" in words(at)
    at.button(key="intake.store").click().run()
    assert not at.exception, at.exception
    have = stored(at)
    assert have["541"] == {"คำขอเบิกจ่าย.xlsx", "สรุปตัวเลข.xlsx"}
    assert have["532"] == {"ลงทะเบียน.xlsx", "zoom_ครั้งที่2.csv", "teams_ครั้งที่3.csv"}
    assert have["532h"] == {"อัตรากำลัง.xlsx"} and have["532t"] == {"คะแนน.xlsx"} and have["543"] == {"แบบสอบถาม.csv"}
    assert have["531"] == {"IMG_0310.jpg"} and have["521"] == {"IMG_0317.jpg"}
    assert have["542"] == {"หนังสือขอบคุณ.pdf"}
    profile = at.session_state["project"]
    [on_day] = [e for e in profile["activity_log"] if e["photos"]]
    assert on_day["date"] == "2027-03-10" and on_day["photos"] == ["IMG_0310.jpg"]     # joined the day it was taken
    assert [e["photos"] for e in profile["communications"] if e["photos"]] == [["IMG_0317.jpg"]]
    assert len(profile["activity_log"]) == 3 and len(profile["communications"]) == 2
    assert "ถ่ายวันเดียวกัน" in words(at)
    # the uploader is empty again for another drop
    assert at.file_uploader(key="intake.upload.1") is not None


def test_a_viewer_cannot_upload_and_english_is_english():
    store = Store(default_url())
    rec = store.create_project(A, name="ของสมศรี")
    store.share(A, rec.id, B, "viewer")
    viewer = visit(signed_in(B), project=rec.id)
    assert not [u for u in viewer.get("file_uploader") if u.proto.id and "intake" in str(u.proto.id)]
    assert "ส่งไฟล์ทั้งหมดที่มี" not in words(viewer)
    owner = visit(signed_in(A), project=rec.id, lang="en")
    assert "Send all the files you have" in words(owner)
    owner.file_uploader(key="intake.upload.0").set_value([("stray.csv", b"a,b\n1,2\n", "text/csv")]).run()
    assert "no data itastats can use" in words(owner)
    assert "No file to use" in words(owner)                        # nothing to confirm
