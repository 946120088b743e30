"""The newcomer's journey in a real browser, counted: new project -> all the
files dropped at once -> evidence pack downloaded, on a generated project
(tests/independent_project.py), in at most 8 user actions (a click, a typed
field, an upload, a choice: each 1). Screenshots of the home page and the
intake table in Thai and in English at 1440x900 go to $ITASTATS_SCREENSHOTS
(default: a temporary folder)."""
from __future__ import annotations

import io
import os
import re
import tempfile
import time
import zipfile
from pathlib import Path

from browser_support import needs_chromium   # the server, browser and data_dir fixtures: conftest.py

pytestmark = needs_chromium
MAX_ACTIONS = 8
VIEWPORT = {"width": 1440, "height": 900}


class Actions:
    """Every user action goes through here and is counted."""

    def __init__(self, page):
        self.page, self.log = page, []

    def click(self, locator, what: str) -> None:
        locator.click()
        self.log.append(f"click {what}")

    def fill(self, locator, text: str, what: str) -> None:
        locator.fill(text)
        self.log.append(f"type {what}")

    def upload(self, locator, paths, what: str) -> None:
        locator.set_input_files([str(p) for p in paths])
        self.log.append(f"upload {what}")

    def download(self, locator, what: str, timeout: int = 120_000):
        with self.page.expect_download(timeout=timeout) as info:
            locator.click()
        self.log.append(f"click {what}")
        return info.value


def _shots() -> Path:
    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def _settle(page) -> None:
    """Wait until the app has finished its run (no 'running' indicator)."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=300_000)
    time.sleep(0.5)


def _pile(tmp_path: Path) -> list[Path]:
    import independent_project
    folder = tmp_path / "ไฟล์ทั้งหมด"
    folder.mkdir()
    paths = []
    for name, data, _ in independent_project.drop_files():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def _shot_of(page, text: str, path: Path) -> None:
    """What a person sees at 1440x900 with ``text`` scrolled to the top (the
    main area scrolls, so a full-page shot would not show it), and the same
    place in a window tall enough for the whole table (``*_tall.png``)."""
    page.get_by_text(text, exact=True).first.evaluate("e => e.scrollIntoView({block: 'start'})")
    time.sleep(0.5)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": VIEWPORT["width"], "height": 2400})
    time.sleep(1.0)
    page.get_by_text(text, exact=True).first.evaluate("e => e.scrollIntoView({block: 'start'})")
    time.sleep(0.5)
    page.screenshot(path=str(path.with_name(path.stem + "_tall.png")))
    page.set_viewport_size(VIEWPORT)
    time.sleep(0.5)


def _intake_input(page):
    box = page.get_by_test_id("stFileUploader").filter(has_text=re.compile("ส่งไฟล์ทั้งหมดที่มี|Send all the files"))
    return box.locator("input[type=file]")


def test_new_project_all_files_pack_downloaded_in_at_most_8_actions(server, browser, tmp_path):
    shots = _shots()
    pile = _pile(tmp_path)
    page = browser.new_page(viewport=VIEWPORT, accept_downloads=True)
    page.goto(server + "/", wait_until="networkidle")
    page.get_by_label("สร้างโครงการใหม่").wait_for(timeout=60_000)
    _settle(page)
    page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)          # the sample's KPI scorecard
    time.sleep(1.0)
    page.screenshot(path=str(shots / "journey_0_home_th.png"))
    _shot_of(page, "ผลตัวชี้วัดโครงการ (KPI)", shots / "journey_0_home_kpi_th.png")
    act = Actions(page)

    # 1-2: a new project, at the top of the home page
    name = "โครงการทดสอบเส้นทางผู้ใช้ใหม่"
    act.fill(page.get_by_label("สร้างโครงการใหม่"), name, "the project's name")
    act.click(page.get_by_role("button", name="สร้างโครงการ", exact=True), "create project")
    page.wait_for_function(f"() => [...document.querySelectorAll('h2')].some(h => h.innerText.includes({name!r}))",
                           timeout=60_000)
    _settle(page)
    page.screenshot(path=str(shots / "journey_1_new_project_th.png"))

    # 3: every file at once
    act.upload(_intake_input(page), pile, f"{len(pile)} files")
    page.get_by_text("ไม่พบข้อมูลที่ใช้ได้").first.wait_for(timeout=180_000)      # the stray csv: not used
    _settle(page)
    body = page.locator("[data-testid=stMain]").inner_text()
    assert "stray.csv" in body and "ใบลงชื่อเข้าร่วม" in body and "บันทึกกิจกรรม (3 รายการ)" in body
    _shot_of(page, "ไปที่หน้า", shots / "journey_2_intake_table_th.png")

    # 4: confirm: each file goes on its page
    act.click(page.get_by_role("button", name=re.compile("ยืนยัน: ใส่ .* ไฟล์ลงแต่ละหน้า")), "confirm")
    page.get_by_text("ยังขาดอะไรบ้างสำหรับชุดหลักฐานที่ครบ").first.wait_for(timeout=180_000)
    _settle(page)
    body = page.locator("[data-testid=stMain]").inner_text()
    assert f"ใส่ไฟล์ลงหน้าต่าง ๆ แล้ว {len(pile) - 1} ไฟล์ ไม่ใช้ 1 ไฟล์" in body
    _shot_of(page, "ไฟล์ที่ส่งล่าสุดไปอยู่ที่ไหน", shots / "journey_3_stored_th.png")

    # 5: to 5.4.4
    act.click(page.get_by_role("link", name="ไปสร้างชุดหลักฐาน (5.4.4)"), "go to 5.4.4")
    make = page.get_by_role("button", name="สร้างชุดหลักฐาน (ฉบับเผยแพร่)")
    make.wait_for(timeout=180_000)
    _settle(page)
    assert "หัวบันทึกข้อความยังไม่ครบ" in page.locator("[data-testid=stMain]").inner_text()   # said before building

    # 6-7: make the pack, download it
    act.click(make, "make the evidence pack")
    button = page.get_by_role("button", name=re.compile("ดาวน์โหลดชุดหลักฐานฉบับเผยแพร่"))
    button.wait_for(timeout=900_000)
    _settle(page)
    page.screenshot(path=str(shots / "journey_4_pack_th.png"))
    download = act.download(button, "download the pack")
    target = tmp_path / "pack.zip"
    download.save_as(target)
    page.close()

    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as zf:
        names = zf.namelist()
        readme = zf.read("README.txt").decode("utf-8-sig")
    for folder in ("5.2.1_", "5.3.1_", "5.3.2_", "5.4.1_", "5.4.2_", "5.4.3_", "5.4.4_"):
        assert any(n.startswith(folder) for n in names), (folder, names)
    assert "ฉบับเผยแพร่" in readme
    print(f"\njourney: {len(act.log)} user actions: " + "; ".join(act.log))
    assert len(act.log) <= MAX_ACTIONS, act.log


def test_home_and_intake_table_in_english(server, browser, tmp_path):
    """The same screens in English (for the eye: screenshots), with no Thai UI words left over."""
    shots = _shots()
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(server + "/", wait_until="networkidle")
    page.get_by_label("สร้างโครงการใหม่").wait_for(timeout=60_000)
    _settle(page)
    page.locator("[data-testid=stSidebar]").get_by_text("English", exact=True).click()
    _settle(page)
    page.get_by_label("New project").fill("English journey")
    page.get_by_role("button", name="Create project", exact=True).click()
    page.wait_for_function("() => [...document.querySelectorAll('h2')].some(h => h.innerText.includes('English journey'))",
                           timeout=60_000)
    _settle(page)
    page.screenshot(path=str(shots / "journey_1_new_project_en.png"))
    page.screenshot(path=str(shots / "journey_0_home_en.png"))
    _intake_input(page).set_input_files([str(p) for p in _pile(tmp_path)])
    page.get_by_text("no data itastats can use").first.wait_for(timeout=180_000)
    _settle(page)
    body = page.locator("[data-testid=stMain]").inner_text()
    assert "Goes to" in body and "a sign-in sheet" in body and "Confirm: put" in body
    _shot_of(page, "Goes to", shots / "journey_2_intake_table_en.png")
    page.close()
