"""AppTest of the home page (projects, KPI scorecard, checklist) and the profile page."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
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
    files = Store(default_url()).get("local", p.id).files
    assert p.name == "สล สุขดี มีคุณธรรม"
    # 5.4.1: a file per layout and the count sheet; 5.3.2: the headcount and the staff list
    assert [f.page for f in files] == ["541"] * 5 + ["543"] + ["532"] * 3 + ["532h"] * 2 + ["532t"] + ["531"] * 4 + \
        ["542"]
    captions = " ".join(c.value for c in at.caption)
    assert "62 คน" in captions                                # 5.4.3 done from the sample survey
    assert "บุคลากรเข้าร่วม 68 จาก 82 คน ร้อยละ 82.93 (ผู้เข้าร่วมทั้งหมด 69 คน)" in captions   # 5.3.2 done
    assert "82.93" in body or at.get("plotly_chart")


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
    assert len(copies) == 1
    assert len(store.get("local", copies[0].id).files) == len(store.get("local", sample.id).files) == 17

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


def test_a_save_conflict_is_shown_and_the_user_chooses():
    from itastats.store import Store, default_url
    at = start(page="app_pages/project.py")
    project = at.query_params["project"]
    store = Store(default_url())
    rec = store.get("local", project)
    # another server saves the same project after this session opened it
    store.save("local", project, expected_version=rec.version, profile={**rec.profile, "unit": "งานอื่น"})
    at.text_input(key="proj.agency").set_value("หน่วยงานของฉัน").run()
    assert any("มีผู้อื่นบันทึกโครงการนี้" in w.value for w in at.warning)   # told, not overwritten
    assert store.get("local", project).profile["unit"] == "งานอื่น"
    at.button(key="conflict_keep").click().run()
    assert not at.exception
    saved = store.get("local", project).profile
    assert saved["agency"] == "หน่วยงานของฉัน"                               # the user chose to keep theirs


def test_a_damaged_project_file_gets_a_message_and_changes_nothing():
    from itastats.store import Store, default_url
    at = start()
    before = [p.id for p in Store(default_url()).list_projects("local")]
    at.file_uploader(key="home.import").set_value(("โครงการ.zip", b"PK\x03\x04 broken", "application/zip")).run()
    assert not at.exception
    assert at.error and "โครงการ.zip" in at.error[0].value
    assert [p.id for p in Store(default_url()).list_projects("local")] == before


def test_a_project_file_round_trips_through_download_and_upload():
    from itastats.store import Store, default_url
    store = Store(default_url())
    at = start()
    sample = store.list_projects("local")[0]
    data = store.export_project("local", sample.id)
    at.file_uploader(key="home.import").set_value(("sample.zip", data, "application/zip")).run()
    assert not at.exception
    projects = store.list_projects("local")
    assert len(projects) == 2 and at.query_params["project"] != sample.id   # opened as a new project


def test_a_new_session_opens_the_home_page_not_the_page_another_tab_left():
    at = start(page="app_pages/project.py")          # one tab is left on the profile page
    assert not at.exception
    fresh = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    fresh.run()
    assert [t.value for t in fresh.title] == [t.value for t in start().title]      # the home page
    assert not any("5.1" in t.value for t in fresh.title)
    assert fresh.query_params["project"] == at.query_params["project"]            # with the project opened last
    assert any("โหมดผู้ใช้คนเดียว" in c.value for c in fresh.sidebar.caption)      # and says it is single-user
    link = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    link.run()
    link.switch_page("app_pages/compare_541.py").run()
    assert any(t.value.startswith("5.4.1") for t in link.title)   # a link to 5.4.1 stays on 5.4.1


def _preload_scripts(at: AppTest) -> list[str]:
    return [str(e.proto.body) for e in at.get("html") if "__itastatsPreload" in str(e.proto.body)]


def test_the_first_page_has_the_browser_fetch_our_elements_code_once_per_session():
    from app_pages import common
    at = start()
    [script] = _preload_scripts(at)
    folder = Path(__import__("streamlit").__file__).parent / "static" / "static" / "js"
    chunks = common._element_chunks()
    assert {c.split(".")[0] for c in chunks} == set(common.PRELOADED_ELEMENTS)   # every element found
    assert all((folder / c).is_file() and f'"{c}"' in script for c in chunks)   # real files, all asked for
    at.run()
    assert _preload_scripts(at) == []                                   # not again in the same session

def test_home_draws_the_kept_summary_and_any_change_gives_a_fresh_one():
    """What home shows of a project is kept in its store (a fresh server does not
    run every analysis again); a changed file or profile is computed afresh."""
    import dataclasses
    import sqlalchemy as sa
    from itastats.criteria import summary
    from itastats.store import Store, default_url
    at = start()
    project = at.query_params["project"]
    assert "ผลแบบสอบถาม 62 คน 9 ข้อ" in _all_text(at)
    store = Store(default_url())
    rows = sa.text("SELECT key, value FROM project_summaries WHERE project_id = :p")
    with store._engine.connect() as conn:
        kept = conn.execute(rows, {"p": project}).all()
    assert len(kept) == 1                                   # made by the first run, for Thai
    s = summary.loads(kept[0].value)
    assert [i.code for i in s.checklist][-2:] == ["5.4.3", "5.4.4"]

    # a kept summary that says something else: a new session shows it, so home did not compute
    odd = summary.Summary(s.kpis, tuple(dataclasses.replace(i, params={**i.params, "respondents": 4321})
                                        if i.code == "5.4.3" else i for i in s.checklist))
    store.keep_summary("local", project, kept[0].key, summary.dumps(odd))
    again = start(project=project)
    assert "ผลแบบสอบถาม 4321 คน 9 ข้อ" in _all_text(again)

    # a file added: another key, computed afresh
    rec = store.get("local", project)
    store.add_file("local", project, expected_version=rec.version, page="542", name="เกียรติบัตร.pdf",
                   data=b"%PDF-1.4 another certificate")
    fresh = start(project=project)
    assert "ผลแบบสอบถาม 62 คน 9 ข้อ" in _all_text(fresh) and "4321" not in _all_text(fresh)
    # the profile changed: afresh again (the kept odd one is never shown again)
    store.keep_summary("local", project, kept[0].key, summary.dumps(odd))
    rec = store.get("local", project)
    store.save("local", project, expected_version=rec.version, profile={**rec.profile, "unit": "งานใหม่"})
    fresh = start(project=project)
    assert "ผลแบบสอบถาม 62 คน 9 ข้อ" in _all_text(fresh) and "4321" not in _all_text(fresh)
    # English: its own summary
    fresh.session_state["lang"] = "en"
    fresh.run()
    assert "Survey of 62 respondents, 9 items" in _all_text(fresh)


def test_the_change_log_is_a_table_of_plain_text():
    """Home's change log is a Markdown table: a file name with Markdown in it stays
    text in its cell (no column more, no bold, no link)."""
    from itastats.store import Store, default_url
    from test_app_signin import change_rows
    at = start()
    project = at.query_params["project"]
    store = Store(default_url())
    rec = store.get("local", project)
    store.add_file("local", project, expected_version=rec.version, page="542", name="a|b *c* [x](y).pdf",
                   data=b"%PDF-1.4 x")
    at = start(project=project)
    [log] = [m.value for m in at.markdown if m.value.startswith("| เมื่อ | ผู้แก้ไข |")]
    rows = change_rows(log)
    assert rows[0] == ["เมื่อ", "ผู้แก้ไข", "รายการ"]
    assert all(len(r) == 3 for r in rows) and len(rows) == 1 + len(store.changes("local", project))
    assert "a|b *c* [x](y).pdf" in rows[1][2]


def test_the_scorecard_is_kept_as_its_png_and_a_new_session_shows_that_picture():
    """The first home draws the scorecard chart and keeps its PNG with the summary
    (in the background); a new session (a fresh server) shows the picture, with
    the statuses in words as its alt text, and loads no chart."""
    import threading
    import pytest
    from itastats.criteria import summary
    from itastats.render import export
    from itastats.render.export import png_size
    from itastats.store import Store, default_url
    if not export.export_status()["browser_found"]:
        pytest.skip("no browser for PNGs")
    at = start()
    project = at.query_params["project"]
    assert at.get("plotly_chart") and not at.get("image")
    for th in threading.enumerate():
        if th.name == "itastats-scorecard-png":
            th.join(120)
    [text] = [v for _, v in _kept_summaries(project)]
    png = summary.loads(text).scorecard_png
    assert png is not None and png_size(png) == (1800, png_size(png)[1])      # 900 px drawn at twice that
    again = start(project=project)
    assert not again.get("plotly_chart")
    [img] = again.get("image")
    assert "67.30%, บรรลุเป้าหมาย" in str(img.proto) and "14.31 นาที, ยังไม่บรรลุเป้าหมาย" in str(img.proto)
    assert "5.4.3" in _all_text(again)                                       # the checklist is there too


def _kept_summaries(project: str):
    import sqlalchemy as sa
    from itastats.store import Store, default_url
    with Store(default_url())._engine.connect() as conn:
        return conn.execute(sa.text("SELECT key, value FROM project_summaries WHERE project_id = :p"),
                            {"p": project}).all()


def test_code_loaded_by_a_run_is_frozen_out_of_full_collections():
    """After a run that loaded modules, gc.freeze(): later full collections do not walk
    them; a run that loaded nothing new freezes nothing (a session's objects stay collectable)."""
    import gc
    import sys
    import types
    from app_pages import common
    common.freeze_loaded_code()
    frozen = gc.get_freeze_count()
    garbage = [[] for _ in range(1000)]         # new objects, no new module
    common.freeze_loaded_code()
    assert gc.get_freeze_count() == frozen
    sys.modules["_itastats_test_module"] = types.ModuleType("_itastats_test_module")
    try:
        common.freeze_loaded_code()
        assert gc.get_freeze_count() >= frozen + len(garbage)
    finally:
        del sys.modules["_itastats_test_module"]
        gc.unfreeze()
