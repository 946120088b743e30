"""AppTest of the home page (projects, KPI scorecard, checklist) and the profile page."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 60


def start(project: str | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if project:
        at.query_params["project"] = project
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _all_text(at: AppTest) -> str:
    kinds = ("markdown", "caption", "header", "subheader", "info", "warning", "error", "title")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def test_first_start_opens_the_sample_project_with_its_scorecard_and_checklist():
    at = start()
    body = _all_text(at)
    assert any(h.value == "สล สุขดี มีคุณธรรม" for h in at.header)
    assert at.get("plotly_chart")                       # the KPI scorecard
    assert "5.1.1" in body and "5.4.1" in body and "5.4.4" in body
    from itastats.store import Store, default_url
    [p] = Store(default_url()).list_projects("local")
    assert p.name == "สล สุขดี มีคุณธรรม" and len(Store(default_url()).get("local", p.id).files) == 4


def test_create_duplicate_and_delete_with_confirmation():
    from itastats.store import Store, default_url
    at = start()
    at.text_input(key="home.new_name").set_value("โครงการปีหน้า").run()
    at.button(key="home.create").click().run()
    assert not at.exception
    store = Store(default_url())
    names = [p.name for p in store.list_projects("local")]
    assert "โครงการปีหน้า" in names
    new_id = at.query_params["project"]
    assert store.get("local", new_id).name == "โครงการปีหน้า"          # the new project is open

    sample = next(p for p in store.list_projects("local") if p.name == "สล สุขดี มีคุณธรรม")
    at.button(key=f"dup|{sample.id}").click().run()
    copies = [p for p in store.list_projects("local") if p.name.startswith("สล สุขดี มีคุณธรรม (")]
    assert len(copies) == 1 and len(store.get("local", copies[0].id).files) == 4

    at.button(key=f"del|{copies[0].id}").click().run()
    assert any("ลบโครงการ" in w.value for w in at.warning)           # asks first
    assert copies[0].id in [p.id for p in store.list_projects("local")]
    at.button(key=f"delyes|{copies[0].id}").click().run()
    assert not at.exception
    assert copies[0].id not in [p.id for p in store.list_projects("local")]


def test_profile_edits_are_saved_and_come_back():
    at = start(page="app_pages/project.py")
    project = at.query_params["project"]
    at.text_input(key="proj.agency").set_value("สำนักงานทดสอบระบบ").run()
    assert not at.exception
    again = start(project=project, page="app_pages/project.py")
    assert again.text_input(key="proj.agency").value == "สำนักงานทดสอบระบบ"
    home = start(project=project)
    assert any("สำนักงานทดสอบระบบ" in c.value for c in home.caption)
