"""Home: what criterion 5 asks for and where to start."""
import streamlit as st

from itastats.i18n import t
from pages import common

lang = common.lang()
st.title(t("home.title", lang))
st.write(t("home.intro", lang))

st.subheader(t("home.criteria", lang))
rows = [(code, t(f"home.crit.{code}", lang)) for code in
        ("5.3.1", "5.3.2", "5.4.1", "5.4.3", "5.4.4")]
for code, text in rows:
    ready = code == "5.4.1"
    st.markdown(f"**{code}** · {text}" + ("" if ready else f" · _{t('home.coming', lang)}_"))

st.subheader(t("home.next", lang))
st.write(t("home.next_541", lang))
if st.button(t("home.open_541", lang), type="primary", icon=":material/trending_down:"):
    st.switch_page("pages/compare_541.py")
