"""AppTest of the 5.4.2 awards register and the 5.4.4 report page (memo and evidence pack)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from streamlit.testing.v1 import AppTest

from test_app import texts

ROOT = Path(__file__).resolve().parents[2]


def sample_app(path: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()                                         # a first start opens the sample project
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def empty_app(path: str) -> AppTest:
    from itastats.store import Store, default_url
    project = Store(default_url()).create_project("local", name="รายงานทดสอบ").id
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["project"] = project
    at.run()
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def test_the_memo_is_written_from_the_results_and_the_header_is_saved():
    at = sample_app("app_pages/report_544.py")
    words = texts(at).replace("\\", "")                                    # markdown escapes dropped
    assert "รายงานผลการดำเนินโครงการ สล สุขดี มีคุณธรรม" in words          # the sample's subject
    assert "82.93" in words and "30.77" in words                          # participation and learning in the body
    assert any(b.label == "ดาวน์โหลดบันทึกข้อความ (Word)" for b in at.get("download_button"))
    at.text_input(key="proj.memo.to").set_value("ผู้อำนวยการสำนักงาน").run()
    assert not at.exception, at.exception
    assert at.session_state["project"]["memo"]["to"] == "ผู้อำนวยการสำนักงาน"
    assert "เรียน ผู้อำนวยการสำนักงาน" in texts(at)
    from itastats.store import Store, default_url
    project = at.query_params["project"]
    assert Store(default_url()).get("local", project).profile["memo"]["to"] == "ผู้อำนวยการสำนักงาน"


def test_reasons_for_kpis_not_met_and_problems_are_typed_saved_and_printed():
    at = sample_app("app_pages/report_544.py")
    assert "เหตุผลที่ยังไม่บรรลุเป้าหมาย (ระบุเหตุผล)" in texts(at).replace("\\", "")     # the blank to fill in
    reason = at.text_area(key="proj.memo.reason.0")
    assert "ระยะเวลาให้บริการต่อเรื่องหลังดำเนินโครงการ" in reason.label                  # the sample's KPI not met
    reason.set_value("ระบบเริ่มใช้เต็มรูปแบบเดือนมีนาคม").run()
    at.text_area(key="proj.memo.problems").set_value("บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ").run()
    assert not at.exception, at.exception
    memo = at.session_state["project"]["memo"]
    assert memo["kpi_reasons"] == {"ระยะเวลาให้บริการต่อเรื่องหลังดำเนินโครงการ": "ระบบเริ่มใช้เต็มรูปแบบเดือนมีนาคม"}
    assert memo["problems"] == "บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ"
    words = texts(at).replace("\\", "")
    assert "เหตุผลที่ยังไม่บรรลุเป้าหมาย ระบบเริ่มใช้เต็มรูปแบบเดือนมีนาคม" in words
    assert "บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ" in words
    # the header fields typed afterwards keep them
    at.text_input(key="proj.memo.to").set_value("ผู้อำนวยการ").run()
    assert at.session_state["project"]["memo"]["problems"] == "บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ"
    from itastats.store import Store, default_url
    saved = Store(default_url()).get("local", at.query_params["project"]).profile["memo"]
    assert saved["kpi_reasons"] and saved["problems"] == "บุคลากรบางส่วนยังไม่คุ้นเคยกับระบบ"


def test_the_evidence_pack_is_made_with_progress_and_downloaded():
    at = sample_app("app_pages/report_544.py")
    at.button(key="p544.make_pack_public").click().run()
    assert not at.exception, at.exception
    button = next(b for b in at.get("download_button") if b.proto.label.startswith("ดาวน์โหลดชุดหลักฐานฉบับเผยแพร่"))
    assert button is not None
    data = at.session_state["pack_zip_public"][1]
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        readme = zf.read("README.txt").decode("utf-8-sig")
    for folder in ("5.1.1_รายละเอียดโครงการ/", "5.3.2_การเข้าร่วมและเรียนรู้/", "5.4.1_ผลสำเร็จเชิงสถิติ/",
                   "5.4.4_รายงานผู้บังคับบัญชา/"):
        assert any(n.startswith(folder) for n in names), folder
    assert "README.txt" in names and "manifest.json" in names and "ฉบับเผยแพร่" in readme
    # the internal copy is its own button, labelled as not to be published
    at.button(key="p544.make_pack_internal").click().run()
    assert not at.exception, at.exception
    assert any("ห้ามเผยแพร่" in b.proto.label for b in at.get("download_button"))
    with zipfile.ZipFile(io.BytesIO(at.session_state["pack_zip_internal"][1])) as zf:
        assert "ฉบับภายใน" in zf.read("README.txt").decode("utf-8-sig")


def test_an_empty_project_gets_a_memo_that_says_what_is_missing():
    at = empty_app("app_pages/report_544.py")
    assert "ยังไม่มีข้อมูล" in texts(at)


def test_awards_register_sample_and_a_pdf_certificate():
    at = empty_app("app_pages/awards_542.py")
    at.button(key="log_sample_award").click().run()
    assert not at.exception, at.exception
    awards = at.session_state["project"]["awards"]
    assert len(awards) == 3 and awards[1]["photos"] == ["542_01_certificate.jpg"]
    assert "542_01_certificate.jpg" in at.session_state["files_542"]
    at.file_uploader(key="log_photos_award_0").set_value(
        ("หนังสือขอบคุณ.pdf", b"%PDF-1.4\n% a letter\n%%EOF\n", "application/pdf")).run()
    assert not at.exception, at.exception
    assert at.session_state["project"]["awards"][0]["photos"] == ["หนังสือขอบคุณ.pdf"]
    at.file_uploader(key="log_photos_award_0").set_value(("ปลอม.pdf", b"not a pdf", "application/pdf")).run()
    assert any("ปลอม.pdf" in e.value for e in at.error)
    assert any(b.label == "ดาวน์โหลดทะเบียน (xlsx)" for b in at.get("download_button"))


def test_awards_page_shows_the_infographic_in_each_size():
    """Step 4 of 5.4.2: the register's workbook, and the infographic's preview
    and PNG download in A4, 16:9 and square, like the other log pages."""
    from itastats.render import export
    at = empty_app("app_pages/awards_542.py")
    at.button(key="log_sample_award").click().run()
    assert not at.exception, at.exception
    labels = [b.label for b in at.get("download_button")]
    assert "ดาวน์โหลดทะเบียน (xlsx)" in labels
    if export.browser_path() is None:                 # no browser: the page says how to get one
        assert at.warning
        return
    at.session_state["log.download.award.preview"] = True        # the user opens the preview: the PNG is made
    for size, (w, h) in (("a4", (1240, 1754)), ("slide", (1920, 1080)), ("square", (1080, 1080))):
        at.session_state["log.award.size"] = size
        at.run()
        assert not at.exception, at.exception
        assert f"ดาวน์โหลด PNG ({w}×{h})" in [b.label for b in at.get("download_button")], size
        # (figure's result, (PNG, preview)) per figure, kept for the session (app_pages/kept.py)
        png = next(v[1][0] for v in at.session_state["_kept"]["png"].values() if export.png_size(v[1][0]) == (w, h))
        assert len(png) > 20_000
        assert at.get("image"), "the preview shows the PNG"


import pytest  # noqa: E402


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("path", ["app_pages/communication_521.py", "app_pages/activities_531.py",
                                  "app_pages/participation_532.py", "app_pages/awards_542.py",
                                  "app_pages/report_544.py", "app_pages/present.py", "app_pages/home.py"])
def test_every_new_page_opens_on_the_sample_in_both_languages_with_no_raw_message_key(path, lang):
    import re
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.session_state["lang"] = lang
    at.switch_page(path).run()
    assert not at.exception, at.exception
    words = texts(at) + " ".join(b.label for b in at.get("download_button")) + " ".join(b.label for b in at.button)
    raw = re.findall(r"\b(?:p5\d\d|att_fig|attendance|learning|activities|pack|report|slides|checklist)\.[a-z_.]+\b",
                     words)
    assert not raw, raw                                              # every text came from the catalog
    if lang == "en":
        assert "Next" in words or "Done" in words or "KPI" in words or "Download" in words


def test_a_pack_with_an_empty_memo_header_says_so_and_the_filled_memo_is_done_on_the_checklist():
    at = empty_app("app_pages/report_544.py")
    warned = [w.value for w in at.warning if "หัวบันทึกข้อความยังไม่ครบ" in w.value]
    assert warned and "ส่วนราชการ" in warned[0] and "ชื่อผู้ลงนาม" in warned[0] and "กรอกช่องเหล่านี้ในข้อ 1" in warned[0]
    at.button(key="p544.make_pack_public").click().run()
    assert not at.exception, at.exception
    assert at.session_state["pack_zip_public"]                       # made, and still says what is missing
    assert any("หัวบันทึกข้อความยังไม่ครบ" in w.value for w in at.warning)
    for key, value in (("proj.memo.office", "กองคลัง โทร 0 2123 4567"), ("proj.memo.subject", "รายงานผล"),
                       ("proj.memo.to", "ผู้อำนวยการ"), ("proj.memo.signer", "นางสาวสมใจ ใจดี"),
                       ("proj.memo.position", "ผู้อำนวยการกองคลัง")):
        at.text_input(key=key).set_value(value).run()
    assert not at.exception, at.exception
    assert not any("หัวบันทึกข้อความยังไม่ครบ" in w.value for w in at.warning)
    assert any("หัวบันทึกข้อความครบแล้ว" in s.value for s in at.success)
    at.switch_page("app_pages/home.py").run()
    line = next(m.value for m in at.markdown if "5.4.4" in m.value)
    assert line.startswith(":material/check_circle:"), line
    assert any("ครบแล้ว" in c.value and "5.4.4" in c.value for c in at.caption)
