"""Helpers shared by pages: the language, uploads kept in the session, and
showing problems.  Layout only: every number comes from itastats."""
from __future__ import annotations

import streamlit as st

from itastats import i18n, sample
from itastats.i18n import t
from itastats.problems import ERROR, INFO, WARNING, Problem

LANG_LABELS = {"th": "ไทย", "en": "English"}


def lang() -> str:
    return st.session_state.get("lang", i18n.DEFAULT_LANG)


def _language_chosen() -> None:
    choice = st.session_state.get("lang_choice")
    if choice in LANG_LABELS:
        st.session_state.lang = choice


def language_picker() -> str:
    """A ไทย | English switch in the sidebar; Thai by default.

    The language lives in ``st.session_state.lang``; the widget has its own
    key and only changes it through its callback, so a cleared control or a
    test that sets the language directly never breaks the page.
    """
    if st.session_state.get("lang") not in LANG_LABELS:
        st.session_state.lang = i18n.DEFAULT_LANG
    st.session_state.lang_choice = st.session_state.lang
    with st.sidebar:
        st.segmented_control(
            "ภาษา / Language", options=list(LANG_LABELS), format_func=LANG_LABELS.get,
            key="lang_choice", selection_mode="single", width="stretch", on_change=_language_chosen)
    return st.session_state.lang


def files() -> dict[str, bytes]:
    """Uploaded files kept for the session: name -> bytes. An error later
    never removes them; only the user does."""
    return st.session_state.setdefault("files", {})


def add_file(name: str, data: bytes) -> None:
    files()[name] = data


def remove_file(name: str) -> None:
    files().pop(name, None)
    st.session_state.get("options", {}).pop(name, None)


def load_sample() -> None:
    for name, data in sample.sample_files():
        add_file(name, data)
    st.session_state.project = sample.sample_project().to_dict()


def show_problem(problem: Problem, language: str) -> None:
    text = i18n.describe(problem, language)
    if problem.severity == ERROR:
        st.error(text, icon=":material/error:")
    elif problem.severity == WARNING:
        st.warning(text, icon=":material/warning:")
    else:
        st.info(text, icon=":material/info:")


def problems_table(problems, language: str):
    """Problems as rows (file, sheet, row, column, message) for st.dataframe."""
    return [{
        t("col.file", language): p.file or "",
        t("col.sheet", language): p.sheet or "",
        t("col.row", language): p.row if p.row is not None else "",
        t("col.column", language): p.column or "",
        t("col.message", language): t(p.key, language, **dict(p.params)),
    } for p in problems]


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:")


def md_escape(text: object) -> str:
    """Text from a user's file shown through st.markdown as plain text:
    every Markdown/HTML special character is backslash-escaped."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def severity_icon(severity: str) -> str:
    return {ERROR: ":material/error:", WARNING: ":material/warning:", INFO: ":material/info:"}.get(severity, "")
