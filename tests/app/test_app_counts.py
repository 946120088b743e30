"""AppTest: count sheets on the 5.4.1 page (issue 14), recognised, declared and explained."""
from __future__ import annotations

import count_fixtures as cf
from itastats.i18n import catalog

from test_app import app, texts

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def every_tab(at) -> tuple[str, list[str]]:
    """Step 3 shows each metric in a tab made when it is opened: the page's text
    and its green boxes with each tab open in turn, as a user clicks through them."""
    labels = [tab.label for tab in at.tabs]
    body, success = [], []
    for label in labels:
        at.session_state["p541.results"] = label
        at.run()
        assert not at.exception, at.exception
        body.append(texts(at))
        success.extend(s.value for s in at.success)
    return "\n".join(body), success


def upload(at, *files):
    at.file_uploader[0].set_value([(name, data, XLSX) for name, data in files]).run()
    assert not at.exception, at.exception
    return at


def test_three_count_sheets_are_recognised_tested_and_explained():
    at = upload(app(empty=True), ("ร้องเรียน.xlsx", cf.complaints_xlsx()), ("ส่งกลับแก้ไข.xlsx", cf.returned_xlsx()),
                ("ทันเวลา.xlsx", cf.on_time_xlsx()))
    body, _ = every_tab(at)
    assert len(at.tabs) == 4                                        # three metrics and all the changes
    assert "ลดลงจาก 120 เหลือ 45 เรื่องต่อปี" in body and "Poisson exact test" in body
    assert "ร้อยละ 8.75 (35 จาก 400 ฉบับ)" in body and "X²(1) = 17.29" in body
    assert "McNemar test: X²(1) = 15.75" in body
    assert "การทดสอบเพื่อยืนยัน: Fisher's exact test" in body      # the check test rides along
    assert not at.error, [e.value for e in at.error]
    # the test of X of N can be switched; the sheet's kind can be declared
    key = None
    for label in [tab.label for tab in at.tabs]:                    # the card's tab, opened
        at.session_state["p541.results"] = label
        at.run()
        key = next((s.key for s in at.selectbox if s.key and "|method|" in s.key and "ส่งกลับแก้ไข" in s.key), None)
        if key:
            break
    assert key
    assert set(at.selectbox(key=key).options) == {catalog.t(f"method.{m}", "th")
                                                  for m in ("auto", "prop_test", "fisher_exact")}
    at.selectbox(key=key).set_value("fisher_exact").run()
    assert not at.exception
    assert any("PNG" in s.value for s in at.success)             # the infographic step is reached
    body, success = every_tab(at)
    assert "Fisher's exact test: อัตราส่วนออดส์ (หลัง/ก่อน) = 0.21" in body
    # significant gains look like gains: the three sentences sit in success boxes, with the verdict words
    assert sum("แตกต่างกันอย่างมีนัยสำคัญทางสถิติ" in s for s in set(success)) == 3
    assert "ลดลงอย่างมีนัยสำคัญ" in body


def test_english_page_and_a_declared_kind():
    at = upload(app("en", empty=True), ("summary.xlsx", cf.xlsx_from_rows(
        [["ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง"], ["เรื่องร้องเรียน", "เรื่อง", 120, 45]], "สรุป")))
    body = texts(at)
    assert "no significance test is possible" in body              # one number a side: reported figures
    assert "If a number is a count" in body                        # and what to do if it is a count
    key = "opt|summary.xlsx|สรุป|mkind|เรื่องร้องเรียน"
    at.selectbox(key=key).set_value("rates").run()
    assert not at.exception
    body = texts(at)
    assert "over periods of equal length" in body and "Poisson exact test" in body


def test_bad_counts_get_a_message_and_the_upload_stays():
    at = upload(app(empty=True), ("ผิด.xlsx", cf.returned_xlsx(35, 30, 8, 410)),
                ("ตาราง.xlsx", cf.table_2x2_xlsx(total=24)))
    body = texts(at)
    assert "จำนวนที่นับได้ (35) มากกว่าจำนวนทั้งหมด (30)" in body
    assert "ตาราง 2×2 รวมไม่ตรง: ช่องรวมเขียน 24 แต่รวมจากช่องในตารางได้ 23" in body
    assert {"ผิด.xlsx", "ตาราง.xlsx"} <= set(at.session_state["files"])
    assert not at.exception
