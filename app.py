"""itastats dashboard: page config, language, sign-in, the open project, navigation.

Start with ``streamlit run app.py`` (``-- --sample`` opens the bundled sample
project). Without an ``[auth]`` section in ``.streamlit/secrets.toml`` the
app is for one local user (single-user mode); with one, every visitor signs
in (``st.login``) and sees only their own projects and those shared with
them (app_pages/account.py). The project in use is named in the URL
(``?project=…``) and saved as the user works.
"""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from itastats.i18n.catalog import t
from itastats.render import export
from app_pages import account, common, workspace

# the icon is a file of the app's own: a Material icon would be fetched from an outside font server
st.set_page_config(page_title="itastats", page_icon=str(Path(__file__).parent / "static" / "favicon.png"),
                   layout="wide")

lang = common.language_picker()
common.app_style(lang)
pages = {
    "home": st.Page("app_pages/home.py", title=t("nav.home", lang), icon=":material/home:", default=True,
                    url_path="home"),
    "project": st.Page("app_pages/project.py", title=t("nav.project", lang), icon=":material/assignment:",
                       url_path="project"),
    "communication_521": st.Page("app_pages/communication_521.py", title=t("nav.521", lang),
                                 icon=":material/campaign:", url_path="communication_521"),
    "activities_531": st.Page("app_pages/activities_531.py", title=t("nav.531", lang),
                              icon=":material/photo_library:", url_path="activities_531"),
    "participation_532": st.Page("app_pages/participation_532.py", title=t("nav.532", lang),
                                 icon=":material/groups:", url_path="participation_532"),
    "awards_542": st.Page("app_pages/awards_542.py", title=t("nav.542", lang), icon=":material/emoji_events:",
                          url_path="awards_542"),
    "report_544": st.Page("app_pages/report_544.py", title=t("nav.544", lang), icon=":material/mail:",
                          url_path="report_544"),
    "present": st.Page("app_pages/present.py", title=t("nav.present", lang), icon=":material/slideshow:",
                       url_path="present"),
    "compare_541": st.Page("app_pages/compare_541.py", title=t("nav.541", lang), icon=":material/trending_down:",
                           url_path="compare_541"),
    "survey_543": st.Page("app_pages/survey_543.py", title=t("nav.543", lang), icon=":material/sentiment_satisfied:",
                          url_path="survey_543"),
}
ORDER = ("home", "project", "communication_521", "activities_531", "participation_532", "compare_541", "awards_542",
         "survey_543", "report_544", "present")          # the criterion's order
# single-user mode, or signed in and allowed; else only the sign-in page (at every page's address)
account.gate(lang, [pages[k].url_path for k in ORDER])
opened_fresh = "project_id" not in st.session_state and "project" not in st.query_params
record = workspace.bind()
if "--sample" in sys.argv[1:] and opened_fresh:
    common.open_sample_project()
    record = workspace.record()
page = st.navigation([pages[k] for k in ORDER if k in pages])   # a new session without a page: home
common.freeze_loaded_code()                   # what the server and this script loaded (the page: at the end)
common.project_sidebar(record, lang, page.url_path)
common.conflict_banner(lang)
if page.url_path != pages["present"].url_path:
    common.access_banner(record, lang)
page.run()
workspace.persist()
common.preload_elements()
common.freeze_loaded_code()
# Chromium for the PNGs started while the person reads this page (once per server process)
export.warm(delay=2.0)
