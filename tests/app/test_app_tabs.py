"""AppTest: a tab the user opened is open again when they come back to the page
(5.3.2 by unit | by session, 5.4.1's results, 5.4.3's two charts), as 5.3.2's
two halves already were.  Each page makes only its open tab, so what the page
shows tells which tab is open."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from test_app import app
from test_app_532 import PAGE_532, page
from test_app_survey import google_forms_csv, survey_page

HOME = "app_pages/home.py"


def shown(at: AppTest) -> tuple:
    """What the open tabs show: the tables' columns and the charts' element ids."""
    tables = tuple(tuple(map(str, tb.value.columns)) for tb in at.table)
    charts = tuple(e.proto.id for e in at.get("plotly_chart"))
    return tables, charts


def away_and_back(at: AppTest, path: str) -> AppTest:
    at.switch_page(HOME).run()
    assert not at.exception, at.exception
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def open_tab(at: AppTest, key: str, label: str) -> tuple:
    """The user opens the tab ``label`` of the tabs ``key``: what the page shows then,
    checked to differ from what it showed before (the test could not fail otherwise)."""
    before = shown(at)
    at.session_state[key] = label
    at.run()
    assert not at.exception, at.exception
    after = shown(at)
    assert after != before
    return after


def test_532_by_session_stays_open():
    at = page()
    at.button(key="att_sample").click().run()
    assert not at.exception, at.exception
    opened = open_tab(at, "att.view", "แยกตามรอบ")
    assert shown(away_and_back(at, PAGE_532)) == opened


def test_541_result_tab_stays_open():
    at = app()                                       # the sample project: several metrics, one tab each
    labels = [tab.label for tab in at.tabs]
    assert len(labels) >= 3
    opened = open_tab(at, "p541.results", labels[-1])          # all metrics' changes
    assert shown(away_and_back(at, "app_pages/compare_541.py")) == opened


def test_543_answers_chart_stays_open():
    at = survey_page(google_forms_csv())
    opened = open_tab(at, "sv.charts", "สัดส่วนคำตอบรายข้อ")
    assert shown(away_and_back(at, "app_pages/survey_543.py")) == opened
