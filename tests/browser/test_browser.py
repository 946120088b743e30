"""One real-browser test: the app in Debian's chromium, driven by Playwright.

Starts ``streamlit run app.py``, uploads a sheet, waits for the result,
makes and downloads the A4 PNG and checks it is a PNG of the declared size.
Screenshots go to $ITASTATS_SCREENSHOTS (default: a temporary folder).
"""
from __future__ import annotations

import os
import shutil
import struct
import tempfile
from pathlib import Path


from browser_support import needs_chromium   # the server, browser and data_dir fixtures: conftest.py

pytestmark = needs_chromium


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_upload_see_result_download_png_and_reload(server, browser, data_dir, tmp_path):
    from test_app import office_sheet
    from itastats.store import Store

    project = Store(f"sqlite:///{data_dir}/itastats.db").create_project("local", name="ทดสอบในเบราว์เซอร์").id

    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    sheet = tmp_path / "เวลาบริการ.xlsx"
    sheet.write_bytes(office_sheet())

    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(server + f"/compare_541?project={project}", wait_until="networkidle")
    page.get_by_text("ใช้ข้อมูลโครงการตัวอย่าง").first.wait_for(timeout=60_000)
    page.locator("input[type=file]").first.set_input_files(str(sheet))
    page.get_by_text("แตกต่างกันอย่างมีนัยสำคัญทางสถิติ").first.wait_for(timeout=60_000)
    page.screenshot(path=str(shots / "compare_uploaded.png"), full_page=True)

    download_button = page.get_by_role("button", name="ดาวน์โหลด PNG")
    download_button.wait_for(timeout=120_000)
    with page.expect_download(timeout=60_000) as info:
        download_button.click()
    target = tmp_path / "infographic.png"
    info.value.save_as(target)
    data = target.read_bytes()
    assert _png_size(data) == (1240, 1754)        # A4 portrait at 150 dpi
    shutil.copy(target, shots / "infographic_a4_from_browser.png")

    page.reload(wait_until="networkidle")                 # a reload loses nothing
    page.get_by_text("แตกต่างกันอย่างมีนัยสำคัญทางสถิติ").first.wait_for(timeout=60_000)
    assert page.get_by_text("เวลาบริการ.xlsx").count() >= 1
    assert f"project={project}" in page.url
    page.screenshot(path=str(shots / "compare_after_reload.png"))
    page.close()


def test_upload_a_survey_and_download_its_png(server, browser, data_dir, tmp_path):
    from test_app_survey import google_forms_csv
    from itastats.store import Store

    project = Store(f"sqlite:///{data_dir}/itastats.db").create_project("local", name="แบบสอบถาม").id
    survey_file = tmp_path / "แบบสอบถาม (Responses).csv"
    survey_file.write_bytes(google_forms_csv())
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(server + f"/survey_543?project={project}", wait_until="networkidle")
    page.locator("input[type=file]").first.set_input_files(str(survey_file))
    page.get_by_text("ตารางผลการประเมินความพึงพอใจ").first.wait_for(timeout=60_000)
    download_button = page.get_by_role("button", name="ดาวน์โหลด PNG")
    download_button.wait_for(timeout=120_000)
    with page.expect_download(timeout=60_000) as info:
        download_button.click()
    target = tmp_path / "survey.png"
    info.value.save_as(target)
    assert _png_size(target.read_bytes()) == (1240, 1754)
    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "survey_page.png"))
    shutil.copy(target, shots / "survey_a4_from_browser.png")
    page.close()


def idle(page, timeout: int = 120_000) -> None:
    """The app has run its script to the end: the next action goes to the page as
    it is now, not to elements a run still in progress is about to replace."""
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stApp]')?.getAttribute('data-test-script-state')"
        " === 'notRunning'", timeout=timeout)
    page.wait_for_timeout(300)


def test_upload_attendance_files_together_and_download_the_532_png(server, browser, data_dir, tmp_path):
    """A sign-in sheet, a Zoom report and a Teams report of one event (the sample's,
    whose figures make_sample.py counts by construction) and the headcount,
    uploaded in the browser: one count per person, the rate, and the PNG."""
    from itastats.sample import sample_dir
    from itastats.store import Store

    project = Store(f"sqlite:///{data_dir}/itastats.db").create_project("local", name="การเข้าร่วม").id
    folder = sample_dir()
    records = [str(folder / n) for n in ("06_signin_sheet.xlsx", "07_zoom_participants.csv",
                                         "08_teams_attendance.csv")]
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(server + f"/participation_532?project={project}", wait_until="networkidle")
    inputs = page.locator("input[type=file]")
    inputs.first.wait_for(state="attached", timeout=60_000)
    inputs.nth(0).set_input_files(records)
    page.get_by_text("ไฟล์ที่อ่านได้").first.wait_for(timeout=60_000)
    idle(page)
    page.locator("input[type=file]").nth(1).set_input_files(str(folder / "09_headcount.xlsx"))
    # the headcount alone: only the 40 who wrote their unit on the sheet count, 28 wait for a unit
    page.get_by_text("48.78%").first.wait_for(timeout=60_000)
    page.get_by_text("ผู้เข้าร่วมที่ยังไม่ทราบหน่วยงาน (28 คน)").first.wait_for(timeout=60_000)
    idle(page)
    # the user picks the first one's unit in the table: 41 of 82
    grid = page.locator("[data-testid=stExpander]").filter(has_text="ยังไม่ทราบหน่วยงาน") \
        .locator("[data-testid=stDataFrameResizable]").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.dblclick(box["x"] + box["width"] * 0.75, box["y"] + 35 + 17)
    page.wait_for_timeout(800)
    page.keyboard.type("นิติ")
    page.keyboard.press("Enter")
    page.wait_for_timeout(500)
    page.mouse.click(box["x"] + 10, box["y"] - 30)
    page.get_by_text("50.00%").first.wait_for(timeout=60_000)
    page.get_by_text("ผู้เข้าร่วมที่ยังไม่ทราบหน่วยงาน (27 คน)").first.wait_for(timeout=60_000)
    idle(page)
    page.locator("input[type=file]").nth(1).set_input_files(str(folder / "13_staff_list.xlsx"))
    # 90 records, 69 people; the staff list gives the 28 their units: 68 staff (the trainer is a Teams guest)
    # of 82: 82.93 % (the user's pick stays: one person moved from their unit to นิติการ, still 68 staff)
    page.get_by_text("82.93%").first.wait_for(timeout=120_000)
    assert page.get_by_text("จาก 90 รายการในไฟล์").count() == 1
    download_button = page.get_by_role("button", name="ดาวน์โหลด PNG")
    download_button.first.wait_for(timeout=120_000)
    with page.expect_download(timeout=60_000) as info:
        download_button.first.click()
    target = tmp_path / "participation.png"
    info.value.save_as(target)
    assert _png_size(target.read_bytes()) == (1240, 1754)
    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "participation_page.png"))
    shutil.copy(target, shots / "participation_a4_from_browser.png")
    page.reload(wait_until="networkidle")                 # a reload loses nothing
    page.get_by_text("82.93%").first.wait_for(timeout=60_000)
    page.close()


def test_make_and_download_the_evidence_pack(server, browser, data_dir, tmp_path):
    """5.4.4 on the sample project: one click makes the pack, the download opens as a zip
    with the assessment's folders, and the memo downloads as a Word file."""
    import zipfile
    from itastats.store import Store

    store = Store(f"sqlite:///{data_dir}/itastats.db")
    store.ensure_sample("local")
    project = next(p.id for p in store.list_projects("local") if p.name == "สล สุขดี มีคุณธรรม")
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(server + f"/report_544?project={project}", wait_until="networkidle")
    page.get_by_role("button", name="สร้างชุดหลักฐาน (ฉบับเผยแพร่)").click(timeout=60_000)
    download_button = page.get_by_role("button", name="ดาวน์โหลดชุดหลักฐานฉบับเผยแพร่")
    download_button.wait_for(timeout=180_000)
    with page.expect_download(timeout=60_000) as info:
        download_button.click()
    target = tmp_path / "pack.zip"
    info.value.save_as(target)
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
    for folder in ("5.1.1_", "5.1.2_", "5.2.1_", "5.3.1_", "5.3.2_", "5.4.1_", "5.4.2_", "5.4.3_", "5.4.4_"):
        assert any(n.startswith(folder) for n in names), folder
    assert any(n.endswith(".docx") for n in names) and "README.txt" in names
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="ดาวน์โหลดบันทึกข้อความ (Word)").click()
    memo = tmp_path / "memo.docx"
    info.value.save_as(memo)
    assert zipfile.is_zipfile(memo)
    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "report_544_page.png"))
    page.close()
