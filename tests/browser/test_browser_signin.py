"""Sign-in and private projects in a real browser (Debian's chromium, Playwright)
against a real OpenID Connect provider on localhost (tests/signin_support.py).

1. Two people at once, in two browser contexts, on one server: B sees none
   of A's projects, cannot open A's link or download A's files; A shares
   the project with B as viewer; B sees it, can download it and present it,
   cannot change it; B signs out and is signed out.
2. Two app processes on two ports over one PostgreSQL database: the same
   user sees the same project, and each one's changes, through either.

Screenshots go to $ITASTATS_SCREENSHOTS (default: a temporary folder).
"""
from __future__ import annotations

import io
import os
import re
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from browser_support import needs_chromium
from signin_support import (add_user, app_process, local_context, oidc_provider, sign_in, without_sample,
                            write_secrets)

pytestmark = needs_chromium

A, B = "somsri@agency.go.th", "somchai@agency.go.th"
SECRET_NAME = "โครงการลับของสมศรี"
SECRET_FILE = "เวลาอนุมัติของสมศรี.csv"
CSV = "ก่อน,หลัง\n7,3\n8,2\n6,3\n9,4\n7,2\n8,3\n".encode("utf-8")


def _shots() -> Path:
    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def _settle(page) -> None:
    """Wait until the app has finished its run (no spinner, no 'running' man)."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=120_000)
    time.sleep(0.5)


def _language(page, label: str) -> None:
    page.locator("[data-testid=stSidebar]").get_by_text(label, exact=True).click()
    _settle(page)


def _body(page) -> str:
    return page.locator("[data-testid=stApp]").inner_text()


def _create_project(page, app: str, name: str) -> str:
    """Create a project on the home page as a person does; its id (from the URL)."""
    page.goto(app + "/", wait_until="networkidle")
    box = page.get_by_label("สร้างโครงการใหม่")
    box.wait_for(timeout=60_000)
    box.fill(name)
    box.press("Enter")
    page.get_by_role("button", name="สร้างโครงการ", exact=True).click()
    page.wait_for_function(f"() => document.querySelector('h2') && [...document.querySelectorAll('h2')]"
                           f".some(h => h.innerText.includes({name!r}))", timeout=60_000)
    _settle(page)
    return re.search(r"project=([0-9a-f]{32})", page.url).group(1)


def _upload(page, app: str, project: str, path: Path) -> None:
    page.goto(f"{app}/compare_541?project={project}", wait_until="networkidle")
    page.locator("input[type=file]").first.wait_for(state="attached", timeout=60_000)
    page.locator("input[type=file]").first.set_input_files(str(path))
    page.get_by_text(path.name).first.wait_for(timeout=60_000)
    _settle(page)


def _sign_out(page, app: str) -> None:
    page.locator("[data-testid=stSidebar]").get_by_role("button", name=re.compile("ออกจากระบบ|Sign out")).click()
    # the provider's end-session page (RP-initiated logout), then back to the app
    page.get_by_role("button", name="End session").click(timeout=30_000)
    page.wait_for_url(re.compile(re.escape(app) + r"/.*"), timeout=30_000)


def test_two_people_at_once_see_only_their_own_and_shared_projects(browser, tmp_path):
    shots = _shots()
    data = tmp_path / "data"
    data.mkdir()
    sheet = tmp_path / SECRET_FILE
    sheet.write_bytes(CSV)
    with oidc_provider() as provider:
        add_user(provider, A, "สมศรี ใจดี")
        add_user(provider, B, "สมชาย มั่นคง")
        secrets = write_secrets(tmp_path, provider)
        without_sample(f"sqlite:///{data}/itastats.db", A, B)   # (the sample's first page is slow to make)
        with app_process(secrets, data) as app:
            ctx_a = local_context(browser, viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            ctx_b = local_context(browser, viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            a, b = ctx_a.new_page(), ctx_b.new_page()

            # the sign-in page, in Thai and in English, answers at a page's own address
            b.goto(app + "/compare_541", wait_until="networkidle")
            b.get_by_text("ลงชื่อเข้าใช้ itastats").wait_for(timeout=60_000)
            _settle(b)
            assert "Page not found" not in _body(b)
            b.screenshot(path=str(shots / "signin_page_th.png"))
            _language(b, "English")
            b.get_by_text("Sign in to itastats").wait_for()
            b.screenshot(path=str(shots / "signin_page_en.png"))
            _language(b, "ไทย")

            sign_in(a, app, A)                       # both signed in at once, each in their own context
            sign_in(b, app, B)
            own_b = _create_project(b, app, "โครงการของสมชาย")
            secret = _create_project(a, app, SECRET_NAME)
            _upload(a, app, secret, sheet)
            _settle(a)
            a.goto(app + "/", wait_until="networkidle")
            a.get_by_text("การแชร์โครงการ").wait_for(timeout=60_000)
            _settle(a)
            a.screenshot(path=str(shots / "signed_in_home_th.png"), full_page=True)

            # B: none of A's projects, and A's link shows nothing of it
            b.goto(app + "/", wait_until="networkidle")
            b.get_by_text("โครงการทั้งหมด").wait_for(timeout=60_000)
            _settle(b)
            b.screenshot(path=str(shots / "b_home_th.png"))
            assert SECRET_NAME not in _body(b)
            assert b.locator("[data-testid=stDownloadButton]").count() == 1    # B's own project only
            assert b.locator(f".st-key-export-{own_b}").count() == 1
            for path in ("/", "/compare_541", "/report_544", "/present"):
                b.goto(f"{app}{path}?project={secret}", wait_until="networkidle")
                b.get_by_text("ไม่ได้แชร์ให้ท่าน").first.wait_for(timeout=60_000)
                _settle(b)
                body = _body(b)
                assert SECRET_NAME not in body and SECRET_FILE not in body, path
                assert f"project={secret}" not in b.url
            b.goto(f"{app}/?project={secret}", wait_until="networkidle")
            b.get_by_text("ไม่ได้แชร์ให้ท่าน").first.wait_for(timeout=60_000)
            _settle(b)
            b.screenshot(path=str(shots / "not_shared_th.png"))
            _language(b, "English")
            b.get_by_text("not shared with you").first.wait_for(timeout=60_000)
            _settle(b)
            assert SECRET_NAME not in _body(b)
            b.screenshot(path=str(shots / "not_shared_en.png"))
            b.locator("[data-testid=stSidebar]").screenshot(path=str(shots / "sidebar_signed_in_en.png"))
            _language(b, "ไทย")

            # A shares with B as viewer (typed: B is not on the roster)
            a.goto(f"{app}/?project={secret}", wait_until="networkidle")
            a.get_by_text("การแชร์โครงการ").wait_for(timeout=60_000)
            _settle(a)
            box = a.locator(".st-key-share-email input")
            box.click()
            box.fill(B)
            box.press("Enter")
            _settle(a)
            a.locator(".st-key-share-add button").click()
            a.get_by_text(f"แชร์ให้ {B} (ดูอย่างเดียว)").first.wait_for(timeout=60_000)
            _settle(a)
            a.locator(".st-key-share-add").scroll_into_view_if_needed()
            a.screenshot(path=str(shots / "sharing_th.png"))
            _language(a, "English")
            a.get_by_text("Latest changes").wait_for()
            a.locator(".st-key-share-add").scroll_into_view_if_needed()
            a.screenshot(path=str(shots / "sharing_en.png"))
            _language(a, "ไทย")

            # B now sees it, opens it, downloads it, and cannot change it
            b.goto(app + "/", wait_until="networkidle")
            b.get_by_text(SECRET_NAME).first.wait_for(timeout=60_000)
            _settle(b)
            assert "แชร์โดย somsri@agency.go.th" in _body(b)
            b.goto(f"{app}/compare_541?project={secret}", wait_until="networkidle")
            b.get_by_text(SECRET_FILE).first.wait_for(timeout=60_000)
            b.get_by_text("แชร์โครงการนี้ให้ท่านแบบดูอย่างเดียว").first.wait_for()
            _settle(b)
            assert b.locator("input[type=file]").first.is_disabled()
            assert all(btn.is_disabled() for btn in b.get_by_role("button", name="นำออก").all())
            b.screenshot(path=str(shots / "viewer_541_th.png"))
            b.goto(f"{app}/project?project={secret}", wait_until="networkidle")
            name_box = b.get_by_label("ชื่อโครงการ")
            name_box.wait_for(timeout=60_000)
            assert name_box.is_disabled()
            b.goto(f"{app}/?project={secret}", wait_until="networkidle")
            b.get_by_text(SECRET_NAME).first.wait_for(timeout=60_000)
            _settle(b)
            with b.expect_download(timeout=60_000) as info:       # the list's download of A's project
                b.locator(f".st-key-export-{secret} button").click()
            with zipfile.ZipFile(io.BytesIO(Path(info.value.path()).read_bytes())) as zf:
                assert any(n.endswith(SECRET_FILE) for n in zf.namelist())
                assert [zf.read(n) for n in zf.namelist() if n.endswith(SECRET_FILE)] == [CSV]
            assert b.locator(f".st-key-del-{secret} button").is_disabled()      # only the owner deletes
            assert b.locator(".st-key-share-add").count() == 0              # only the owner shares
            b.locator("[data-testid=stSidebar]").screenshot(path=str(shots / "sidebar_viewer_th.png"))
            from itastats.store import Store
            with Store(f"sqlite:///{data}/itastats.db") as store:
                rec = store.get(A, secret)
                assert (rec.name, [f.name for f in rec.files]) == (SECRET_NAME, [SECRET_FILE])
                assert {c.user for c in store.changes(A, secret)} == {A}             # B changed nothing

            # B signs out: signed out, and A's link shows the sign-in page only
            _sign_out(b, app)
            b.get_by_role("button", name="ลงชื่อเข้าใช้", exact=True).wait_for(timeout=60_000)
            b.goto(f"{app}/?project={secret}", wait_until="networkidle")
            b.get_by_role("button", name="ลงชื่อเข้าใช้", exact=True).wait_for(timeout=60_000)
            _settle(b)
            assert SECRET_NAME not in _body(b) and B not in _body(b)
            assert not any(c["name"] == "_streamlit_user" for c in ctx_b.cookies())
            a.goto(app + "/", wait_until="networkidle")                    # A is still signed in
            a.get_by_text(A).first.wait_for(timeout=60_000)
            ctx_a.close()
            ctx_b.close()


def test_two_app_processes_over_one_postgresql_show_the_same_project(browser, tmp_path):
    admin_url = os.environ.get("ITASTATS_TEST_POSTGRES_URL")
    if not admin_url:
        why = 'no PostgreSQL: run eval "$(bash scripts/postgres.sh)" first'
        if os.environ.get("CI") == "true":
            pytest.fail(why + " (CI must test both databases)")
        pytest.skip(why)
    import sqlalchemy as sa
    schema = f"itastats_b_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = sa.make_url(admin_url).update_query_dict({"options": f"-csearch_path={schema}"}) \
        .render_as_string(hide_password=False)
    sheet = tmp_path / "ค่าใช้จ่าย.csv"
    sheet.write_bytes(CSV)
    second = tmp_path / "เวลา.csv"
    second.write_bytes(CSV.replace(b"7,3", b"7,1"))
    try:
        with oidc_provider() as provider:
            add_user(provider, A, "สมศรี ใจดี")
            secrets = write_secrets(tmp_path, provider, database_url=url)
            without_sample(url, A)
            (tmp_path / "d1").mkdir()
            (tmp_path / "d2").mkdir()
            with app_process(secrets, tmp_path / "d1") as one, app_process(secrets, tmp_path / "d2") as two:
                assert one != two
                c1 = local_context(browser, viewport={"width": 1400, "height": 1000})
                c2 = local_context(browser, viewport={"width": 1400, "height": 1000})
                p1, p2 = c1.new_page(), c2.new_page()
                sign_in(p1, one, A)
                project = _create_project(p1, one, "โครงการสองเครื่อง")
                _upload(p1, one, project, sheet)

                sign_in(p2, two, A)          # the same person through the other process
                p2.get_by_text("โครงการสองเครื่อง").first.wait_for(timeout=60_000)   # the last project they opened
                assert f"project={project}" in p2.url
                p2.goto(f"{two}/compare_541?project={project}", wait_until="networkidle")
                p2.get_by_text(sheet.name).first.wait_for(timeout=60_000)
                p2.locator("input[type=file]").first.set_input_files(str(second))
                p2.get_by_text(second.name).first.wait_for(timeout=60_000)
                _settle(p2)

                p1.goto(f"{one}/compare_541?project={project}", wait_until="networkidle")
                p1.get_by_text(second.name).first.wait_for(timeout=60_000)        # the other process's upload
                p1.get_by_text(sheet.name).first.wait_for()
                _settle(p1)
                p1.screenshot(path=str(_shots() / "two_processes_541.png"))
                from itastats.store import Store
                with Store(url) as store:
                    assert [f.name for f in store.get(A, project).files] == [sheet.name, second.name]
                    assert [p.name for p in store.list_projects(A)].count("โครงการสองเครื่อง") == 1
                c1.close()
                c2.close()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


def test_single_user_mode_needs_no_sign_in_and_says_so(server, browser):
    """No [auth] in the secrets (the laptop): no sign-in page, the sample
    project is there, and the sidebar says the app is in single-user mode."""
    shots = _shots()
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server + "/", wait_until="networkidle")
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_text("โหมดผู้ใช้คนเดียว", exact=False).wait_for(timeout=60_000)
    page.get_by_text("สล สุขดี มีคุณธรรม").first.wait_for(timeout=60_000)
    _settle(page)
    assert "ลงชื่อเข้าใช้ itastats" not in _body(page) and "ออกจากระบบ" not in _body(page)
    sidebar.screenshot(path=str(shots / "sidebar_single_user_th.png"))
    _language(page, "English")
    sidebar.get_by_text("Single-user mode", exact=False).wait_for()
    sidebar.screenshot(path=str(shots / "sidebar_single_user_en.png"))
    page.close()
