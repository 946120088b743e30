"""AppTest: the pages as a user drives them (no browser)."""
from __future__ import annotations

import io
import re
from pathlib import Path

from openpyxl import Workbook
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
PAGE = "app_pages/compare_541.py"
TIMEOUT = 60


def app(lang: str = "th", *, empty: bool = False, project: str | None = None) -> AppTest:
    """The 5.4.1 page. ``empty``: on a new, empty project (the sample project
    is what a first start opens otherwise)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if empty:
        from itastats.store import Store, default_url
        project = Store(default_url()).create_project("local", name="โครงการทดสอบ").id
    if project:
        at.query_params["project"] = project
    at.run()
    if lang != "th":
        at.session_state["lang"] = lang
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "info", "success", "warning", "error", "caption", "title",
                                  "subheader") for e in getattr(at, kind)]
    parts += [m.value for m in at.metric] + [m.label for m in at.metric]
    parts += [df.value.to_string() for df in at.dataframe] + [tb.value.to_string() for tb in at.table]
    # as the page shows it: text from a file is escaped for Markdown ("t\\-test" reads "t-test")
    return re.sub(r"\\(.)", r"\1", "\n".join(str(p) for p in parts))


def office_sheet() -> bytes:
    """A sheet as a Thai office keeps it: title rows, BE dates, Thai digits, units, a footer."""
    wb = Workbook()
    ws = wb.active
    ws.title = "บันทึกเวลา"
    ws["A1"] = "แบบบันทึกระยะเวลาให้บริการ สำนักงานทดสอบ"
    ws.merge_cells("A1:D1")
    ws["A2"] = "ปีงบประมาณ ๒๕๖๘"
    ws.append([])
    ws.append(["เลขที่", "วันที่รับเรื่อง", "ก่อน (นาที)", "หลัง (นาที)"])
    rows = [("ก-1", "03/02/2568", 40, 12), ("ก-2", "04/02/2568", "๔๕", "15 นาที"),
            ("ก-3", "05/02/2568", 38, 11), ("ก-4", "06/02/2568", "1,050", 14),
            ("ก-5", "07/02/2568", 44, "-"), ("ก-6", "10/02/2568", 41, 13),
            ("ก-7", "11/02/2568", 39, 10), ("ก-8", "12/02/2568", 47, 16)]
    for r in rows:
        ws.append(list(r))
    ws.append(["ค่าเฉลี่ย", None, 42.0, 13.0])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_home_is_thai_by_default_and_english_one_click_away():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert "ตัวชี้วัดที่\u00a05" in at.title[0].value          # a no-break space: the 5 never alone
    at.session_state["lang"] = "en"
    at.run()
    assert "criterion\u00a05" in at.title[0].value


def test_empty_page_says_what_to_do_next():
    at = app(empty=True)
    assert any("ใช้ข้อมูลโครงการตัวอย่าง" in i.value for i in at.info)


def test_sample_project_fills_every_part_of_the_page():
    at = app(empty=True)
    at.button(key="use_sample").click().run()
    assert not at.exception, at.exception
    body = texts(at)
    assert "แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05" in body
    assert "paired t-test: t(27)" in body            # 28 complete pairs of approval days
    assert "ทดสอบนัยสำคัญทางสถิติไม่ได้" in body       # the aggregate sheet
    assert "Welch t-test" in body                     # the independent service minutes
    assert not at.error, [e.value for e in at.error]
    # value for money and the infographic step are reached
    assert any("ความคุ้มค่า" in m.value for m in at.markdown)
    assert any(s.value.startswith("5.") for s in at.subheader)
    assert at.success and any("PNG" in x.value for x in at.success)


def test_uploaded_office_sheet_is_read_right():
    at = app(empty=True)
    at.file_uploader[0].set_value(("เวลาบริการ.xlsx", office_sheet(),
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    assert not at.exception, at.exception
    body = texts(at)
    # complete pairs: all but ก-5 (after "-"); ก-4's "1,050" is a typing slip but a number: kept
    before = [40, 45, 38, 1050, 41, 39, 47]
    after = [12, 15, 11, 14, 13, 10, 16]
    mean_b = sum(before) / len(before)
    mean_a = sum(after) / len(after)
    assert f"{mean_b:,.2f}" in body and f"{mean_a:,.2f}" in body
    assert "paired" in body or "Wilcoxon" in body
    # the dropped row is named by its Excel row (ก-5 is on row 9), in the expander of the rows used
    for key in [k for k in at.session_state.keys() if str(k).startswith("rows|")]:
        at.session_state[key] = True                     # the user opens it: its table is made then
    at.run()
    assert not at.exception, at.exception
    dropped = [tb.value for tb in at.table]                # a few rows: a plain table, every message whole
    assert any((d.astype(str) == "9").any().any() for d in dropped)


def test_bad_file_gets_a_message_and_is_not_lost():
    at = app(empty=True)
    at.file_uploader[0].set_value(("รายงาน.xlsx", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")).run()
    assert not at.exception, at.exception
    assert at.error and "รายงาน.xlsx" in at.error[0].value
    assert "รายงาน.xlsx" in at.session_state["files"]
    at.session_state["lang"] = "en"
    at.run()
    assert at.error and "รายงาน.xlsx" in at.error[0].value and "file" in at.error[0].value.lower()


def test_user_can_switch_the_test_and_the_language():
    at = app("en")                      # a first start opens the sample project
    body = texts(at)
    assert "a statistically significant difference at the .05 level" in body
    key = next(s.key for s in at.selectbox if s.key and "|method|" in s.key and "01_approval" in s.key)
    at.selectbox(key=key).set_value("rank").run()
    assert not at.exception
    assert "Wilcoxon signed-rank: V = " in texts(at)


APPROVAL = "opt|01_approval_days_paired.xlsx|ระยะเวลาอนุมัติ|"


def open_checks(at: AppTest) -> AppTest:
    """Open every file's "check how it was read" (its corrections are made when it is opened)."""
    for key in [k for k in at.session_state.keys() if str(k).startswith("check|")]:
        at.session_state[key] = True
    at.run()
    assert not at.exception, at.exception
    return at


def _approval_sentence(at: AppTest) -> str:
    """The approval metric's sentence: in a green box when the change is a significant gain, else blue."""
    boxes = list(at.success) + list(at.info) + list(at.warning)
    return next((i.value for i in boxes if "ระยะเวลาอนุมัติลดลง" in i.value), "")


def test_user_can_correct_the_design():
    at = app()
    assert "paired t-test" in _approval_sentence(at)
    open_checks(at).radio(key=APPROVAL + "design").set_value("independent").run()
    assert not at.exception
    sentence = _approval_sentence(at)
    assert "Welch t-test" in sentence or "Mann-Whitney U" in sentence   # a test for independent groups
    assert "7.55 วัน" in sentence       # all 29 before values count now, not only the 28 complete pairs
    assert any("สองกลุ่มอิสระ" in w.value for w in at.info)   # the note says the user chose it


def _corrections(at: AppTest) -> dict:
    return {k: v for k, v in at.session_state["choices"].items() if str(k).startswith(APPROVAL)}


def test_opening_the_check_or_putting_a_setting_back_is_no_choice():
    """What itastats read by itself, shown in the check's widgets, is not a
    correction: home's summary stays the one already made (no new analysis of
    every page), until the user really changes something."""
    at = app()
    untouched = dict(at.session_state["choices"])
    open_checks(at)
    assert _corrections(at) == {}                       # header, layout, roles, design: all as read
    radio = at.radio(key=APPROVAL + "design")
    assert radio.value == "paired"
    radio.set_value("independent").run()
    assert _corrections(at) == {APPROVAL + "design": "independent"}
    at.radio(key=APPROVAL + "design").set_value("paired").run()    # put back: as read again
    assert _corrections(at) == {}
    assert at.session_state["choices"] == untouched                  # and nothing else moved
    role = APPROVAL + "role|ระยะเวลาอนุมัติหลัง (วัน)"
    at.selectbox(key=role).set_value("other").run()
    changed = _corrections(at)
    assert changed[role] == "other" and len([k for k in changed if "|role|" in k]) >= 3   # the roles go together
    at.selectbox(key=role).set_value("after").run()
    assert _corrections(at) == {}


def test_user_can_correct_a_column_role_and_the_header_row():
    at = open_checks(app())
    at.selectbox(key=APPROVAL + "role|ระยะเวลาอนุมัติหลัง (วัน)").set_value("other").run()
    assert not at.exception
    assert _approval_sentence(at) == ""                         # no after column: no comparison
    at.selectbox(key=APPROVAL + "role|ระยะเวลาอนุมัติหลัง (วัน)").set_value("after").run()
    assert "paired t-test" in _approval_sentence(at)
    at.number_input(key=APPROVAL + "header").set_value(1).run()  # the title row is not the header
    assert not at.exception
    assert _approval_sentence(at) == ""
    assert "01_approval_days_paired.xlsx" in at.session_state["files"]   # the upload is kept


def test_without_a_browser_the_page_says_how_to_install_one(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = app()
    assert not at.exception
    warning = " ".join(w.value for w in at.warning)
    assert "/nonexistent/chromium" in warning                     # names what is wrong
    assert any("กล้อง" in c.value for c in at.caption)             # the camera button still works
    assert not [b for b in at.get("download_button")]              # no download of a PNG we cannot make


def test_a_new_session_brings_back_the_files_and_choices():
    at = app(empty=True)
    project = at.query_params["project"]
    sheet = office_sheet()
    at.file_uploader[0].set_value(("เวลาบริการ.xlsx", sheet,
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    design = "opt|เวลาบริการ.xlsx|บันทึกเวลา|design"
    open_checks(at).radio(key=design).set_value("independent").run()
    assert not at.exception
    before = next(i.value for i in at.info if "บันทึกเวลา" in i.value)

    again = open_checks(app(project=project))      # a reload: the URL names the project
    assert again.session_state["files"]["เวลาบริการ.xlsx"] == sheet            # the same bytes
    assert again.radio(key=design).value == "independent"
    assert next(i.value for i in again.info if "บันทึกเวลา" in i.value) == before

    another_day = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert another_day.query_params["project"] == project        # the project opened last reopens
    assert another_day.session_state["files"]["เวลาบริการ.xlsx"] == sheet     # on the home page


def test_a_project_made_with_only_a_name_keeps_it_after_the_page_saves():
    at = app(empty=True)
    at.file_uploader[0].set_value(("เวลาบริการ.xlsx", office_sheet(), "application/octet-stream")).run()
    at.session_state["p541.project"] = True                            # the user opens step 4's figures
    at.run()
    assert at.text_input(key="proj.name").value == "โครงการทดสอบ"   # step 4 shows (and saves) the profile
    from itastats.store import Store, default_url
    rec = Store(default_url()).get("local", at.query_params["project"])
    assert rec.name == "โครงการทดสอบ" and rec.profile["name"] == "โครงการทดสอบ"


def test_a_picked_metric_gone_for_a_while_comes_back_picked():
    """The infographic's picked metrics: one whose file is removed and added
    again is picked again, the others stay as they were (the whole pick went
    back to the first four, or the metric stayed out)."""
    from itastats import sample
    at = app(empty=True)
    at.button(key="use_sample").click().run()
    assert not at.exception, at.exception
    names = list(at.multiselect(key="info.metrics").options)
    at.multiselect(key="info.metrics").set_value([names[0], names[2], names[4]]).run()
    first = names[0]
    name, data = next((n, d) for n, d in sample.sample_files() if n.startswith("01_"))
    at.button(key=f"remove|{name}").click().run()
    assert not at.exception, at.exception
    assert first not in at.multiselect(key="info.metrics").options
    assert at.multiselect(key="info.metrics").value == [names[2], names[4]]
    at.file_uploader(key="uploader").set_value(
        (name, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    assert not at.exception, at.exception
    assert sorted(at.multiselect(key="info.metrics").value) == sorted([first, names[2], names[4]])
    assert sorted(at.session_state["choices"]["info.metrics"]) == sorted([first, names[2], names[4]])
