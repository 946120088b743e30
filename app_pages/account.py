"""Who is using the app.

Single-user mode when ``.streamlit/secrets.toml`` has no ``[auth]`` section:
one local user (``ITASTATS_USER``, else ``"local"``), no sign-in, as on a
laptop.  With ``[auth]`` (Streamlit's own ``st.login``: OpenID Connect with
Authlib) every visitor signs in; the user is the e-mail address the
provider vouches for, in lower case, checked against the optional
allow-list in ``[access]`` (``allowed_domains``, ``allowed_emails``).
Layout only: the rules are in :mod:`itastats.store.access`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import streamlit as st

from itastats.i18n.catalog import t
from itastats.store.access import SETTINGS_SECTION, AllowList, normalise_email

SINGLE, SIGNED_IN, SIGNED_OUT, NOT_ALLOWED, UNVERIFIED, NO_EMAIL, MISCONFIGURED = (
    "single", "signed_in", "signed_out", "not_allowed", "unverified", "no_email", "misconfigured")
PROVIDER_NAMES = {"microsoft": "Microsoft", "entra": "Microsoft Entra ID", "azure": "Microsoft",
                  "google": "Google", "okta": "Okta", "keycloak": "Keycloak"}
_PROVIDER_KEYS = ("client_id", "server_metadata_url")


@dataclass(frozen=True)
class Visitor:
    """``mode`` is one of the constants above; ``user`` is what the store
    takes as ``user`` (empty unless the visitor may use the app)."""
    mode: str
    user: str = ""
    email: str = ""
    detail: str = ""

    @property
    def may_use(self) -> bool:
        return self.mode in (SINGLE, SIGNED_IN)


def secrets() -> dict:
    """``st.secrets`` as a dict; {} without a secrets.toml (the laptop case)."""
    try:
        return dict(st.secrets)
    except Exception:  # no secrets.toml, or one that cannot be read: single-user mode
        return {}


def auth_section() -> dict:
    section = secrets().get("auth")
    return dict(section) if hasattr(section, "keys") else {}


def multi_user() -> bool:
    """True when sign-in is configured (an ``[auth]`` section)."""
    return bool(auth_section())


def providers() -> list[str | None]:
    """The providers to offer: None for one unnamed provider (its keys in
    ``[auth]`` itself), else the names of the ``[auth.NAME]`` sections."""
    section = auth_section()
    named = [k for k, v in section.items() if hasattr(v, "keys") and any(x in v for x in _PROVIDER_KEYS)]
    return ([None] if any(k in section for k in _PROVIDER_KEYS) else []) + named


def visitor() -> Visitor:
    if not multi_user():
        return Visitor(SINGLE, user=os.environ.get("ITASTATS_USER", "local"))
    info = st.user.to_dict()
    if not info.get("is_logged_in"):
        return Visitor(SIGNED_OUT)
    raw = info.get("email")
    try:
        email = normalise_email(raw)
    except ValueError:
        return Visitor(NO_EMAIL, email=str(raw or ""))
    if info.get("email_verified") is False:        # Google and others say so; never trust it then
        return Visitor(UNVERIFIED, email=email)
    try:
        allow = AllowList.from_settings(secrets().get(SETTINGS_SECTION))
    except ValueError as exc:
        return Visitor(MISCONFIGURED, email=email, detail=str(exc))
    if not allow.allows(email):
        return Visitor(NOT_ALLOWED, email=email)
    return Visitor(SIGNED_IN, user=email, email=email)


def user() -> str:
    """The store's ``user`` for this session (pages run only for a visitor who may use the app)."""
    v = visitor()
    if not v.may_use:
        raise RuntimeError("no user: the sign-in gate must run first")
    return v.user


def allow_list() -> AllowList:
    try:
        return AllowList.from_settings(secrets().get(SETTINGS_SECTION))
    except ValueError:
        return AllowList()


# ---------------------------------------------------------------- what the visitor sees
def _provider_label(name: str | None, lang: str) -> str:
    if name is None:
        return t("auth.sign_in", lang)
    return t("auth.sign_in_with", lang, provider=PROVIDER_NAMES.get(name.lower(), name.replace("-", " ").title()))


def sign_in_page(v: Visitor, lang: str) -> None:
    """The only page a visitor who may not use the app (yet) sees."""
    from app_pages.common import md_escape
    st.title(t("auth.title", lang))
    if v.mode == SIGNED_OUT:
        st.write(t("auth.intro", lang))
        for i, name in enumerate(providers() or [None]):
            if st.button(_provider_label(name, lang), key=f"auth.login.{i}", type="primary",
                         icon=":material/login:"):
                st.login(name) if name else st.login()
        return
    if v.mode == NOT_ALLOWED:
        st.subheader(t("auth.not_allowed_title", lang))
        st.error(t("auth.not_allowed", lang, email=email_md(v.email)), icon=":material/block:")
    elif v.mode == UNVERIFIED:
        st.error(t("auth.unverified", lang, email=email_md(v.email)), icon=":material/block:")
    elif v.mode == NO_EMAIL:
        st.error(t("auth.no_email", lang), icon=":material/block:")
    else:
        st.error(t("auth.bad_allow_list", lang, detail=md_escape(v.detail)), icon=":material/settings:")
    sign_out_button(lang, key="auth.logout.main")


def sign_out_button(lang: str, key: str = "auth.logout") -> None:
    if st.button(t("auth.sign_out", lang), key=key, icon=":material/logout:"):
        for k in list(st.session_state.keys()):
            del st.session_state[k]
        st.logout()


def email_md(email: str) -> str:
    """An address in Markdown as code: shown as it is, not turned into a mailto link."""
    return "`" + email.replace("`", "'") + "`"


def sidebar(v: Visitor, lang: str) -> None:
    """Single-user mode said as such, or who is signed in and a way out."""
    with st.sidebar:
        if v.mode == SINGLE:
            st.caption(":material/person: " + t("auth.single_user", lang))
            return
        if v.mode == SIGNED_OUT:
            return
        if v.email:
            st.caption(t("auth.signed_in_as", lang))
            st.markdown(f":material/account_circle: {email_md(v.email)}")
        sign_out_button(lang)


def gate(lang: str, url_paths: list[str]) -> Visitor:
    """The visitor, when they may use the app; otherwise draw the sign-in
    (or not-allowed) page and stop the run. The sign-in page answers at every
    page's address (``url_paths``, the first is the home page), so a link to
    a page shows it, not Streamlit's "page not found"."""
    v = visitor()
    sidebar(v, lang)
    if v.may_use:
        return v

    def page() -> None:
        sign_in_page(v, lang)

    st.navigation([st.Page(page, title=t("auth.title", lang), url_path=path, default=i == 0)
                   for i, path in enumerate(url_paths)], position="hidden").run()
    st.stop()
