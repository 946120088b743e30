"""itastats dashboard: page config, language, and navigation over pages/.

Start with ``streamlit run app.py`` (add ``-- --sample`` to open on the
bundled sample project).
"""
from __future__ import annotations

import sys

import streamlit as st

from itastats.i18n import t
from pages import common

st.set_page_config(page_title="itastats", page_icon=":material/analytics:", layout="wide")

if "--sample" in sys.argv[1:] and "sample_offered" not in st.session_state:
    st.session_state.sample_offered = True
    common.load_sample()

lang = common.language_picker()

pages = [
    st.Page("pages/home.py", title=t("nav.home", lang), icon=":material/home:", default=True, url_path="home"),
    st.Page("pages/compare_541.py", title=t("nav.541", lang), icon=":material/trending_down:", url_path="compare_541"),
]
st.navigation(pages).run()
