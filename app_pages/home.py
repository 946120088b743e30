"""Home: creating a new project (at the top), the one drop for all files
(app_pages/intake_view.py), the open project's KPI scorecard and evidence
checklist, its sharing and latest changes, and the list of projects (open,
duplicate, delete, download, upload): the user's own and those shared with
them."""
from __future__ import annotations

import streamlit as st

from itastats.criteria import checklist, kpi
from itastats.i18n import fmt
from itastats.i18n.catalog import t
from itastats.read.problems import InputError, describe
from itastats.store.changes import role_text
from app_pages import account, common, intake_view, kept, sharing, workspace

lang = common.lang()
STATUS_ICON = {"done": ":material/check_circle:", "partial": ":material/pending:",
               "missing": ":material/radio_button_unchecked:", "later": ":material/schedule:"}


# ---------------------------------------------------------------- the open project
def checklist_items() -> list:
    """The open project's evidence checklist, from what its pages compute now
    (kept in the project's store and the session: made again only when a file,
    a choice or the profile changed, e.g. after the one drop stored files)."""
    return list(common.project_summary(lang).checklist)


def project_header() -> None:
    profile = common.profile(lang)
    st.header(profile.name or t("ws.untitled", lang))
    line = " · ".join(x for x in (profile.agency, profile.unit, fmt.period(profile.start, profile.end, lang)
                                  if profile.start or profile.end else "") if x)
    if line:
        st.caption(line)


def scorecard_words(statuses) -> str:
    """The scorecard in words, for those who cannot see its picture."""
    return " · ".join([t("home.scorecard", lang)] + [
        f"{s.kpi.name}: {kpi.value_text(s.measured, s.unit)}, {kpi.status_text(s, lang)}" for s in statuses])


def project_overview(rec) -> None:
    ev = common.project_summary(lang)       # what every result gives home, computed once (kept in the store)
    st.subheader(t("home.scorecard", lang))
    statuses = ev.kpis
    if statuses:
        if ev.scorecard_png is not None:      # the same chart, drawn before and kept with the summary
            # as a data URL: Streamlit sends it as it is (given bytes, it opens them with PIL and
            # scales a twice-as-wide picture down to the shown width, blurring the text it was drawn
            # at twice the size for; ~0.3 s on a fresh server)
            st.image(common.png_data_url(ev.scorecard_png), width=common.SCORECARD_PNG_WIDTH,
                     alt=scorecard_words(statuses))
        else:
            from itastats.render import scorecard, theme         # the charting code: only when drawn here
            fig = kept.kept("figure", ("scorecard", lang, repr(statuses)), lambda: scorecard.kpi_scorecard(
                statuses, lang=lang, template=theme.template("screen")))
            st.plotly_chart(fig, theme=None, key="home.scorecard")
            common.keep_scorecard_png(fig, lang)
        for s in statuses:
            if s.error:
                st.caption(f"{common.md_escape(s.kpi.name)}: {common.md_escape(kpi.status_text(s, lang))}")
    else:
        st.info(t("home.no_kpis", lang), icon=":material/flag:")
        st.page_link("app_pages/project.py", label=t("home.add_kpis", lang), icon=":material/edit:")

    st.subheader(t("home.checklist", lang))
    for item in ev.checklist:
        title, detail = checklist.item_text(item, lang)
        c1, c2 = st.columns([5, 2], vertical_alignment="center")
        c1.markdown(f"{STATUS_ICON.get(item.status, '')} **{title}**")   # catalog text; it starts with its code
        c1.caption(detail)
        if item.page:
            c2.page_link(item.page, label=t(f"home.go.{item.status}", lang), icon=":material/arrow_forward:")
        else:
            c2.caption(t("home.later", lang))


# ---------------------------------------------------------------- the list of projects
def _open(project_id: str) -> None:
    workspace.open_project(project_id)


def _duplicate(project_id: str, name: str) -> None:
    rec = workspace.store().duplicate(workspace.user(), project_id, name=t("home.copy_of", lang, name=name))
    workspace.open_project(rec.id)


def _delete(project_id: str) -> None:
    workspace.store().delete(workspace.user(), project_id)
    st.session_state.pop("confirm_delete", None)
    if st.session_state.get("project_id") == project_id:
        workspace.close()


def _create() -> None:
    name = (st.session_state.get("home.new_name") or "").strip() or t("ws.untitled", lang)
    rec = workspace.store().create_project(workspace.user(), name=name, profile={"name": name})
    st.session_state["home.new_name"] = ""
    workspace.open_project(rec.id)


def new_project() -> None:
    """Creating a project: the first thing on the page."""
    with st.container(border=True):
        c1, c2 = st.columns([4, 1], vertical_alignment="bottom")
        c1.text_input(t("home.new_name", lang), key="home.new_name", placeholder=t("home.new_placeholder", lang))
        c2.button(t("home.create", lang), on_click=_create, icon=":material/add:", type="primary", key="home.create",
                  width="stretch")


def project_list() -> None:
    st.subheader(t("home.projects", lang))
    s, user = workspace.store(), workspace.user()
    current = st.session_state.get("project_id")
    for p in s.list_projects(user):
        with st.container(border=True):
            c1, c2, c3, c4, c5 = st.columns([3.2, 1, 1.4, 1.4, 1], vertical_alignment="center")
            here = " · " + t("home.open_now", lang) if p.id == current else ""
            c1.markdown(f"**{common.md_escape(p.name or t('ws.untitled', lang))}**{here}  \n"
                        + common.md_escape(" · ".join(x for x in (
                            p.agency, t("home.changed", lang, when=fmt.date(p.updated_at.date(), lang))) if x)))
            c2.button(t("home.open", lang), key=f"open|{p.id}", on_click=_open, args=(p.id,),
                      disabled=p.id == current, icon=":material/folder_open:")
            c3.button(t("home.duplicate", lang), key=f"dup|{p.id}", on_click=_duplicate, args=(p.id, p.name),
                      icon=":material/content_copy:")
            c4.download_button(t("home.download", lang), key=f"export|{p.id}", icon=":material/download:",
                               data=lambda pid=p.id: s.export_project(user, pid), mime="application/zip",
                               file_name=f"itastats_{p.id[:8]}.zip", on_click="ignore")
            if p.role != "owner":
                c1.caption(t("share.shared_by", lang, owner=account.email_md(p.owner), role=role_text(p.role, lang)))
            c5.button(t("home.delete", lang), key=f"del|{p.id}", icon=":material/delete:",
                      on_click=lambda pid=p.id: st.session_state.update(confirm_delete=pid),
                      disabled=p.role != "owner")
            if st.session_state.get("confirm_delete") == p.id:
                st.warning(t("home.confirm_delete", lang, name=p.name or t("ws.untitled", lang)),
                           icon=":material/warning:")
                d1, d2 = st.columns(2)
                d1.button(t("home.delete_yes", lang), key=f"delyes|{p.id}", type="primary",
                          on_click=_delete, args=(p.id,))
                d2.button(t("home.delete_no", lang), key=f"delno|{p.id}",
                          on_click=lambda: st.session_state.pop("confirm_delete", None))

    with st.container(border=True):
        upload = st.file_uploader(t("home.import", lang), type=["zip"], key="home.import",
                                  help=t("home.import_help", lang))
        if upload is not None and st.session_state.get("imported") != upload.file_id:
            try:
                rec = s.import_project(user, upload.getvalue(), filename=upload.name)
            except InputError as exc:
                st.error(describe(exc.problem, lang), icon=":material/error:")
            else:
                st.session_state.imported = upload.file_id
                workspace.open_project(rec.id)
                st.rerun()


st.title(t("home.title", lang))
st.write(t("home.intro", lang))
new_project()
record = workspace.record()
if record is not None:
    project_header()
    intake_view.section(lang, checklist_items)
    project_overview(record)
    if account.multi_user():
        sharing.share_section(record, lang)
    sharing.change_log(record, lang)
project_list()
