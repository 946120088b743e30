"""The open project's sharing (who else may open it, as editor or viewer) and
its latest changes, drawn on the home page. Layout only: the rules live in
the store (:meth:`itastats.store.Store.share`)."""
from __future__ import annotations

import streamlit as st

from itastats.i18n.catalog import t
from itastats.store import NotAllowed, NotFound
from itastats.store.access import SHARE_ROLES, is_email, normalise_email
from itastats.store.changes import describe, role_text, when
from app_pages import account, common, workspace

ROLE_ICON = {"owner": ":material/star:", "editor": ":material/edit:", "viewer": ":material/visibility:"}


def roster_emails(profile) -> list[str]:
    """The e-mails of the people responsible for the activities (5.1.2), once each."""
    out = []
    for a in profile.activities:
        if is_email(a.email):
            email = normalise_email(a.email)
            if email not in out:
                out.append(email)
    return out


def _share(project_id: str, lang: str) -> None:
    raw = st.session_state.get("share.email") or ""
    role = st.session_state.get("share.role") or "viewer"
    if not raw.strip():
        st.session_state["share.msg"] = ("warning", t("share.no_email_yet", lang))
        return
    try:
        email = normalise_email(raw)
    except ValueError:
        st.session_state["share.msg"] = ("error", t("share.bad_email", lang, email=common.md_escape(raw.strip())))
        return
    try:
        workspace.store().share(workspace.user(), project_id, email, role)
    except ValueError:
        st.session_state["share.msg"] = ("warning", t("share.self", lang))
        return
    except (NotAllowed, NotFound):
        st.session_state["share.msg"] = ("warning", t("share.only_owner", lang))
        return
    shown = account.email_md(email)
    st.session_state["share.msg"] = ("success", t("share.done", lang, email=shown, role=role_text(role, lang)))
    if not account.allow_list().allows(email):
        st.session_state["share.msg2"] = t("share.not_allowed_user", lang, email=shown)
    st.session_state["share.email"] = None


def _revoke(project_id: str, email: str, lang: str) -> None:
    try:
        workspace.store().unshare(workspace.user(), project_id, email)
    except (NotAllowed, NotFound):
        st.session_state["share.msg"] = ("warning", t("share.only_owner", lang))
        return
    st.session_state["share.msg"] = ("success", t("share.revoked", lang, email=account.email_md(email)))


def share_section(record, lang: str) -> None:
    """Owner: the members with a way to take access back, and a form to
    share (the 5.1.2 roster's e-mails offered). Others: who has access."""
    store, me = workspace.store(), workspace.user()
    st.subheader(t("share.title", lang))
    try:
        members = store.members(me, record.id)
    except NotFound:
        return
    if record.role == "owner":
        st.caption(t("share.owner", lang, owner=account.email_md(record.owner)))
    else:
        st.caption(t("share.shared_by", lang, owner=account.email_md(record.owner), role=role_text(record.role, lang)))
    kind, text = st.session_state.pop("share.msg", (None, None))
    if kind:
        getattr(st, kind)(text, icon=":material/share:")           # Markdown made safe when it was put
    extra = st.session_state.pop("share.msg2", None)
    if extra:
        st.warning(extra, icon=":material/block:")
    if not members:
        st.caption(t("share.nobody", lang))
    for m in members:
        c1, c2, c3 = st.columns([4, 2, 2], vertical_alignment="center")
        c1.markdown(f"{ROLE_ICON.get(m.role, '')} {account.email_md(m.email)}")
        c2.markdown(common.md_escape(role_text(m.role, lang)))
        if record.role == "owner":
            c3.button(t("share.revoke", lang), key=f"share.revoke|{m.email}", icon=":material/person_remove:",
                      on_click=_revoke, args=(record.id, m.email, lang))
    if record.role != "owner":
        return
    st.caption(t("share.intro", lang))
    offered = [e for e in roster_emails(common.profile(lang)) if e != me and e not in {m.email for m in members}]
    with st.container(border=True):
        c1, c2, c3 = st.columns([4, 3, 1.4], vertical_alignment="bottom")
        c1.selectbox(t("share.email", lang), offered, index=None, key="share.email", accept_new_options=True,
                     placeholder=t("share.email_placeholder", lang), help=t("share.email_help", lang))
        if st.session_state.get("share.role") not in SHARE_ROLES:
            st.session_state["share.role"] = "viewer"
        c2.segmented_control(t("share.role", lang), list(SHARE_ROLES), key="share.role",
                             format_func=lambda r: role_text(r, lang), selection_mode="single")
        c3.button(t("share.add", lang), key="share.add", type="primary", icon=":material/share:",
                  on_click=_share, args=(record.id, lang), width="stretch")


def change_log(record, lang: str, limit: int = 10) -> None:
    """The latest changes, each with who made it and when."""
    st.subheader(t("chg.title", lang))
    me = workspace.user()
    try:
        changes = workspace.store().changes(me, record.id, limit=limit)
    except NotFound:
        return
    if not changes:
        st.caption(t("chg.none", lang))
        return

    def who(user: str) -> str:
        if not account.multi_user():
            return t("chg.local", lang)
        return t("chg.you", lang, user=user) if user == me else user

    # a plain table (ten short lines): no data grid to load in the browser, no pandas in the server
    # to draw home; every cell is escaped (names, e-mails and file names are a user's text)
    head = [t("chg.col.when", lang), t("chg.col.who", lang), t("chg.col.what", lang)]
    rows = [[when(c.at, lang), who(c.user), describe(c, lang)] for c in changes]

    def line(cells) -> str:
        return "| " + " | ".join(common.md_escape(" ".join(str(x).split())) for x in cells) + " |"
    with st.container(key="chg.table"):
        st.markdown("\n".join([line(head), "| " + " | ".join("---" for _ in head) + " |", *map(line, rows)]))
