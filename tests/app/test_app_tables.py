"""Every page of the sample project, run as AppTest: no table needs Streamlit's
Arrow "automatic fixes" (each fix logs a pyarrow ArrowInvalid traceback in the
server log: a "—" or "" in a numeric column), and no table would draw a
missing value as a grey "None": Streamlit does that unless the table is given
a placeholder (every table and editor passes ``placeholder=""``)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["app_pages/home.py", "app_pages/project.py", "app_pages/communication_521.py",
         "app_pages/activities_531.py", "app_pages/participation_532.py", "app_pages/compare_541.py",
         "app_pages/awards_542.py", "app_pages/survey_543.py", "app_pages/report_544.py"]


@pytest.fixture()
def no_arrow_fixes(monkeypatch):
    import streamlit.dataframe_util as du
    fixed: list[list[str]] = []
    real = du.fix_arrow_incompatible_column_types

    def spy(df, *args, **kwargs):
        fixed.append([str(c) for c in df.columns])
        return real(df, *args, **kwargs)
    monkeypatch.setattr(du, "fix_arrow_incompatible_column_types", spy)
    return fixed


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_sample_pages_show_tables_arrow_can_take_as_they_are(no_arrow_fixes, lang):
    from itastats import sample
    from itastats.store import Store, default_url
    store = Store(default_url())
    store.ensure_sample("local")
    project = next(p.id for p in store.list_projects("local") if p.name == sample.sample_project().name)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["project"] = project
    at.session_state["lang"] = lang
    at.run()
    for path in PAGES:
        at.switch_page(path).run()
        assert not at.exception, (path, at.exception)
        assert not no_arrow_fixes, (path, no_arrow_fixes)
        for df in at.dataframe:
            assert df.proto.HasField("placeholder") and df.proto.placeholder == "", (path, list(df.value.columns))
            frame = df.value
            for col in frame.columns:
                if frame[col].dtype.kind not in "fc":        # a NaN float is an empty cell; None is drawn
                    assert not frame[col].isna().any(), (path, col, frame[col].tolist())


@pytest.mark.parametrize("n, plain", [(3, True), (30, True), (31, False)])
def test_a_few_problems_are_a_plain_table_and_many_a_grid_that_scrolls(n, plain):
    """Up to 30 rows every message is shown whole in a plain table; a longer list
    is a grid that scrolls, so a page never grows by hundreds of rows."""
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from itastats.read.problems import Problem
from app_pages import common
common.problems_view([Problem(key="read.footer_row", file="a.xlsx", sheet="s", row=10 + i, column="B")
                      for i in range({n})], "th")
"""
    at = AppTest.from_string(script, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    shown = [tb.value for tb in at.table] if plain else [df.value for df in at.dataframe]
    assert len(shown) == 1 and len(shown[0]) == n
    assert list(shown[0].iloc[:, 2]) == [str(10 + i) for i in range(n)]          # the rows, as the file numbers them
    assert not (at.dataframe if plain else at.table)


@pytest.mark.parametrize("saved, shown", [(["ก", "ข"], ["ก", "ข"]), (["ก", "หายไป"], ["ก"]),
                                          (["หายไป"], ["ค"]), ("หายไป", "ค")])
def test_a_saved_pick_no_longer_offered_leaves_out_only_itself(saved, shown):
    """A project's saved picks (a multiselect's list) where one is no longer
    offered: the others stay picked; nothing left, or a single value not
    offered, gives the default (the whole pick went back to the default)."""
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import streamlit as st
from app_pages import workspace
st.session_state.setdefault("choices", {{"pick": {saved!r}}})
workspace.keep("pick", {(["ค"] if isinstance(saved, list) else "ค")!r}, ["ก", "ข", "ค"])
st.write(repr(st.session_state["pick"]))
"""
    at = AppTest.from_string(script, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert at.markdown[0].value == repr(shown)
