"""AppTest of the 5.4.3 survey page: a Google Forms export, as downloaded."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
WORDS = {5: "มากที่สุด", 4: "มาก", 3: "ปานกลาง", 2: "น้อย", 1: "น้อยที่สุด"}
GRID = "ความพึงพอใจต่อระบบ"
ITEMS = ("ความรวดเร็วในการอนุมัติ", "ความสะดวกในการใช้งาน", "ความโปร่งใสตรวจสอบได้")
ANSWERS = [  # sex, unit, three items, suggestion
    ("ชาย", "งานการเงิน", 5, 4, 5, "ดีมาก"), ("หญิง", "งานบุคคล", 4, 4, 5, ""),
    ("หญิง", "งานการเงิน", 5, 5, 4, "อยากให้มีคู่มือ <b>เพิ่ม</b>"), ("ชาย", "งานบุคคล", 3, 4, 4, ""),
    ("หญิง", "งานการเงิน", 4, 3, 4, ""), ("หญิง", "งานบุคคล", 5, 5, 5, "สะดวกขึ้นมาก"),
    ("ชาย", "งานการเงิน", 4, 4, 3, ""), ("หญิง", "งานบุคคล", 5, 4, 4, ""),
]


def google_forms_csv(unknown: str | None = None) -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["ประทับเวลา", "เพศ", "หน่วยงาน", *[f"{GRID} [{i}]" for i in ITEMS], "ข้อเสนอแนะ"])
    for k, (sex, unit, a, b, c, note) in enumerate(ANSWERS):
        row = [WORDS[a], WORDS[b], WORDS[c]]
        if unknown and k == 0:
            row[0] = unknown
        w.writerow([f"2025/11/{10 + k:02d} 9:00:00 AM GMT+7", sex, unit, *row, note])
    return out.getvalue().encode("utf-8")


def survey_page(data: bytes, name: str = "แบบสอบถาม (Responses).csv") -> AppTest:
    from itastats.store import Store, default_url
    project = Store(default_url()).create_project("local", name="แบบสอบถามทดสอบ").id   # an empty project
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["project"] = project
    at.run()
    at.switch_page("app_pages/survey_543.py").run()
    at.file_uploader(key="sv_uploader").set_value((name, data, "text/csv")).run()
    assert not at.exception, at.exception
    return at


def test_google_forms_export_gives_the_thai_table_and_the_overall_percentage():
    at = survey_page(google_forms_csv())
    scores = [s for row in ANSWERS for s in row[2:5]]
    respondent_means = [sum(row[2:5]) / 3 for row in ANSWERS]
    overall = sum(respondent_means) / len(respondent_means)
    table = next(tb.value for tb in at.table if "ภาพรวม" in tb.value.to_string())    # a plain table: text
    assert list(table.iloc[:, 1])[-1] == "ภาพรวม"
    assert f"{overall:.2f}" in table.to_string()
    assert any(m.value == f"{overall / 5 * 100:.2f}%" for m in at.metric)     # x̄ / 5 × 100
    assert any(m.value == str(len(ANSWERS)) for m in at.metric)
    assert sum(scores) > 0
    # suggestions are listed as plain text (the <b> stays literal), never as HTML, in a box made when opened
    assert not [df for df in at.dataframe if "ความคิดเห็น" in df.value.columns]
    assert any("ความคิดเห็นทั้งหมด (" in e.label for e in at.expander)
    at.session_state[next(k for k in at.session_state.keys() if str(k).startswith("sv_open|"))] = True
    at.run()
    answers = next(df.value for df in at.dataframe if "ความคิดเห็น" in df.value.columns)
    assert "อยากให้มีคู่มือ <b>เพิ่ม</b>" in list(answers.iloc[:, 0])
    assert at.get("download_button")                                         # the xlsx (and PNG)


def test_an_unknown_word_is_asked_for_not_guessed():
    at = survey_page(google_forms_csv(unknown="เยี่ยมยอด"))
    assert any("ไม่รู้จัก" in w.value for w in at.warning)
    key = next(s.key for s in at.selectbox if s.key and "|word|เยี่ยมยอด" in s.key)
    at.selectbox(key=key).set_value(5).run()
    assert not at.exception
    assert not any("ไม่รู้จัก" in w.value for w in at.warning)


def test_the_survey_feeds_the_home_checklist_and_survives_a_new_session():
    at = survey_page(google_forms_csv())
    project = at.query_params["project"]
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    again.query_params["project"] = project
    again.run()
    assert not again.exception
    assert any("5.4.3" in m.value and "ความพึงพอใจ" in m.value for m in again.markdown)
    captions = " ".join(c.value for c in again.caption)
    assert f"{len(ANSWERS)} คน" in captions                                    # 5.4.3 done, from the stored file


def test_a_new_upload_is_shown_on_a_project_that_already_has_a_survey():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()                                                   # the sample project, with its survey
    at.switch_page("app_pages/survey_543.py").run()
    assert any(m.value == "62" for m in at.metric)
    at.file_uploader(key="sv_uploader").set_value(("ใหม่.csv", google_forms_csv(), "text/csv")).run()
    assert not at.exception
    assert any(m.value == str(len(ANSWERS)) for m in at.metric)
