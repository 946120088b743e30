"""The session's project: which one is open, and saving it as the user works.

A session is bound to one stored project, named in the URL (``?project=ID``)
so a reload or a bookmark reopens it. Uploads go to the store the moment they
arrive; the page's choices (widget values under :data:`SAVED_PREFIXES`) and
the profile are saved at the end of every run in which they changed, with the
version check of :class:`itastats.store.Store` so that two sessions (or two
servers) never overwrite each other silently.

Every store call carries the session's user (:func:`app_pages.account.user`):
a project someone else owns opens only when it is shared with this user, and
only the owner and editors write (a viewer's session saves nothing).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import streamlit as st

from itastats.store import ConflictError, NotAllowed, NotFound, ProjectRecord, Store, default_url
from app_pages import account

# widget keys whose values are the project's choices (not the profile)
SAVED_PREFIXES = ("opt|", "info.", "value.", "sv.", "att.", "lrn.", "log.", "src|")
PROFILE_PREFIX = "proj."          # widgets that edit the profile: re-created from it on (re)load
PAGE_541 = "541"
PAGE_543 = "543"
PAGE_532 = "532"        # attendance records
PAGE_532H = "532h"      # headcount per unit
PAGE_532T = "532t"      # pre/post test scores
PAGE_531 = "531"        # activity photos
PAGE_521 = "521"        # communication photos
PAGE_542 = "542"        # award files (certificates, letters, news)
PAGES = (PAGE_541, PAGE_543, PAGE_532, PAGE_532H, PAGE_532T, PAGE_531, PAGE_521, PAGE_542)
# the choices about one file start with these (dropped when the file is removed)
_FILE_PREFIX = {PAGE_541: "opt|{name}|", PAGE_543: "sv.{name}|", PAGE_532: "att.{name}|",
                PAGE_532H: "att.{name}|", PAGE_532T: "lrn.{name}|", PAGE_531: "log.{name}|",
                PAGE_521: "log.{name}|", PAGE_542: "log.{name}|"}
_DATE = "__date__"


def files_key(page: str) -> str:
    """Session-state key of a page's files (name -> bytes); "files" is 5.4.1's."""
    return "files" if page == PAGE_541 else f"files_{page}"


def _ids_key(page: str) -> str:
    return "file_ids" if page == PAGE_541 else f"file_ids_{page}"


# ---------------------------------------------------------------- the store
@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    """One Store (a connection pool, no user data) per database URL and process."""
    return Store(url)


def store() -> Store:
    return _store(default_url(secrets=account.secrets()))


def user() -> str:
    """Who is working: the signed-in e-mail in lower case, or in single-user
    mode ITASTATS_USER (default "local"). Every store call carries it."""
    return account.user()


def can_edit() -> bool:
    """True when a project is open and this user may change it (owner, editor)."""
    rec = record()
    return rec is not None and rec.can_write


# ---------------------------------------------------------------- JSON-safe widget values
def _encode(value: Any) -> Any:
    if isinstance(value, dt.date):
        return {_DATE: value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return None  # not a choice we keep (e.g. a button)


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and _DATE in value:
        return dt.date.fromisoformat(value[_DATE])
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def choices() -> dict[str, Any]:
    """Every choice made in the open project, as stored (JSON-safe values).

    Streamlit forgets the state of a widget that is not drawn in a run (the
    user went to another page), so choices live here, in plain session state,
    and widgets are initialised from them (:func:`keep`).  A widget kept with
    ``guessed=`` (what itastats read by itself) is a choice only while it
    differs from that guess: opening a file's check, or putting a setting back,
    changes no choice, so nothing is computed again for it."""
    store_ = st.session_state.setdefault("choices", {})
    guesses = st.session_state.get(_GUESSED, {})
    unchanged: dict[str, bool] = {}
    for key, (group, guess) in guesses.items():
        same = key in st.session_state and _encode(st.session_state[key]) == guess
        unchanged[group] = unchanged.get(group, True) and same
    for key, value in st.session_state.items():
        if isinstance(key, str) and key.startswith(SAVED_PREFIXES):
            if (key in guesses and unchanged.get(guesses[key][0])) or value is None:
                store_.pop(key, None)          # as read by itself, or emptied by the user: no choice
                continue
            encoded = _encode(value)
            if encoded is not None:
                store_[key] = encoded
    return store_


_GUESSED = "_guessed"
"""Session key: widget key -> (group, what itastats guessed), see :func:`keep`."""


def keep(key: str, default: Any, options: list | None = None, *, guessed: str | None = None) -> None:
    """Before a widget is drawn: give it the saved choice (or ``default``).
    Draw the widget with ``key=key`` and no value/index of its own.

    ``guessed``: ``default`` is what itastats read by itself, and ``guessed``
    names the widget's group (the key itself, or e.g. a sheet's column roles,
    which are one correction together): while every widget of the group shows
    its guess, none of them is a choice (:func:`choices`).  Only a widget with
    no saved choice is a guess: a saved choice is the user's, kept as it is."""
    if key in st.session_state:
        return
    saved = st.session_state.setdefault("choices", {})
    value = _decode(saved.get(key, _encode(default)))
    if options is not None and isinstance(value, list) and value and value not in options:
        # a list of picks (a multiselect): those no longer offered are left out, the others stay
        value = [v for v in value if v in options] or default
    elif options is not None and value not in options:
        value = default
    st.session_state[key] = value
    guesses = st.session_state.setdefault(_GUESSED, {})
    if guessed is not None and key not in saved:
        guesses[key] = (guessed, _encode(default))
    else:
        guesses.pop(key, None)


def keep_picks(key: str, default: list, options: list) -> None:
    """:func:`keep` for a multiselect whose options come and go: a pick whose
    option is gone for a while is left out meanwhile and picked again when the
    option is back (for as long as the session lasts), as the user left it."""
    keep(key, default, options)
    away = st.session_state.setdefault("_picks_away", {}).setdefault(key, [])
    now = st.session_state.get(key) or []
    shown = [v for v in now if v in options]
    gone = [v for v in now if v not in options]
    back = [v for v in away if v in options and v not in shown]
    if back or gone:
        st.session_state[key] = shown + back
    away[:] = [v for v in away if v not in options and v not in gone] + gone


def forget(prefix: str) -> None:
    """Drop the choices (and widget states) whose key starts with ``prefix``."""
    for key in [k for k in st.session_state.get("choices", {}) if k.startswith(prefix)]:
        del st.session_state.choices[key]
    for key in [k for k in st.session_state.keys() if isinstance(k, str) and k.startswith(prefix)]:
        del st.session_state[key]


# ---------------------------------------------------------------- binding a session to a project
def record() -> ProjectRecord | None:
    return st.session_state.get("record")


def _clear_page_widgets() -> None:
    for key in list(st.session_state.keys()):
        if isinstance(key, str) and key.startswith(SAVED_PREFIXES + (PROFILE_PREFIX, "base.")):
            del st.session_state[key]


def _load(rec: ProjectRecord) -> None:
    """Put a stored project into this session: files, profile, choices."""
    _clear_page_widgets()
    for page in PAGES:
        st.session_state[files_key(page)] = {}
        st.session_state[_ids_key(page)] = {}
    for f in rec.files:
        if f.page in PAGES:
            st.session_state[files_key(f.page)][f.name] = store().file_bytes(user(), rec.id, f.id)
            st.session_state[_ids_key(f.page)][f.name] = f.id
    profile = dict(rec.profile)
    for field in ("name", "agency"):       # a project made with only a name has an empty profile
        if not profile.get(field) and getattr(rec, field, ""):
            profile[field] = getattr(rec, field)
    st.session_state.project = profile
    widgets = dict(rec.state.get("widgets", {}))
    st.session_state.choices = dict(widgets)
    st.session_state.record = rec
    st.session_state.saved_widgets = widgets
    st.session_state.saved_profile = dict(profile)
    st.session_state.project_id = rec.id
    for page in PAGES:
        st.session_state[f"seen_uploads_{page}"] = set()
    st.query_params["project"] = rec.id


def open_project(project_id: str) -> bool:
    """Open a project this user may open (and remember it as their last one)."""
    try:
        _load(store().get(user(), project_id))
        store().remember_project(user(), project_id)
        return True
    except NotFound:
        return False


def _still_open(rec: ProjectRecord) -> bool:
    """Check on every run that this user may still open the session's project
    (its owner may have taken it back or changed the role)."""
    try:
        role = store().get_role(user(), rec.id)
    except NotFound:
        close()
        st.session_state.not_found = rec.id
        st.session_state.pop("not_found_page", None)
        return False
    if role != rec.role:
        st.session_state.record = dataclasses.replace(rec, role=role)
    return True


def bind() -> ProjectRecord | None:
    """Make sure this session has its project: the one the URL names, when
    this user may open it, else the one they opened last."""
    s, me = store(), user()
    bound = st.session_state.get("bound_user")
    if bound != me:                                 # a session belongs to one user
        if bound is not None:
            close()
            st.session_state.pop("sample_checked", None)
        st.session_state.bound_user = me
    if not st.session_state.get("sample_checked"):
        s.ensure_sample(me)                # once per user: the sample is there from the first start
        st.session_state.sample_checked = True
    wanted = st.query_params.get("project")
    current = st.session_state.get("project_id")
    if current and not _still_open(record()):      # its owner took it back: closed, and said so
        wanted = None if wanted == current else wanted
        current = None
    if current and (wanted is None or wanted == current):
        if wanted is None:
            st.query_params["project"] = current
        return record()
    if wanted:
        if open_project(wanted):
            return record()
        st.session_state.not_found = wanted       # someone else's, or gone: nothing of it is shown
        st.session_state.pop("not_found_page", None)
        st.query_params.pop("project", None)
    if current:
        st.query_params["project"] = current
        return record()
    last = s.last_project(me)
    if last and open_project(last):
        return record()
    return None


def close() -> None:
    for key in ("record", "project_id", "project", "saved_widgets", "saved_profile", "choices",
                *(files_key(p) for p in PAGES), *(_ids_key(p) for p in PAGES)):
        st.session_state.pop(key, None)
    _clear_page_widgets()
    if "project" in st.query_params:
        del st.query_params["project"]


# ---------------------------------------------------------------- writes
def _conflict(exc: ConflictError) -> None:
    st.session_state.conflict = {"expected": exc.expected, "actual": exc.actual}


def _write(fn, *args, **kwargs) -> bool:
    rec = record()
    if rec is None or not rec.can_write:
        return False
    try:
        new = fn(user(), rec.id, *args, expected_version=rec.version, **kwargs)
    except ConflictError as exc:
        _conflict(exc)
        return False
    except (NotAllowed, NotFound):           # access taken back since this session opened it
        st.session_state.access_lost = True
        _still_open(rec)
        return False
    st.session_state.record = new
    return True


def add_file(name: str, data: bytes, page: str = PAGE_541, uploaded: bytes | None = None) -> None:
    """Store an upload at once (same name: the new file replaces the old).
    ``uploaded``: the bytes the user gave when ``data`` is a changed copy of
    them (a photo made upright and smaller): their SHA-256 is kept for the
    evidence pack's manifest. Nothing happens for a user who may not change
    the project."""
    import hashlib
    if record() is not None and not can_edit():
        return
    if uploaded is not None and uploaded != data:
        st.session_state[f"src|{page}/{name}"] = hashlib.sha256(uploaded).hexdigest()
    else:
        forget(f"src|{page}/{name}")
    files = st.session_state.setdefault(files_key(page), {})
    ids = st.session_state.setdefault(_ids_key(page), {})
    if name in ids and files.get(name) != data:
        _write(store().remove_file, ids.pop(name))
        forget(_FILE_PREFIX[page].format(name=name))
    if record() is not None and name not in ids:
        if _write(store().add_file, page=page, name=name, data=data):
            ids[name] = next(f.id for f in reversed(record().files) if f.name == name and f.page == page)
    files[name] = data


def remove_file(name: str, page: str = PAGE_541) -> None:
    if record() is not None and not can_edit():
        return
    ids = st.session_state.setdefault(_ids_key(page), {})
    if name in ids:
        _write(store().remove_file, ids.pop(name))
    st.session_state.get(files_key(page), {}).pop(name, None)
    forget(_FILE_PREFIX[page].format(name=name))
    forget(f"src|{page}/{name}")


def persist() -> None:
    """Save the choices and the profile if they changed in this run (never
    for a viewer: what they change on screen stays on their screen)."""
    rec = record()
    if rec is None or not rec.can_write or _show_new_conflict():
        return
    widgets = dict(choices())
    profile = st.session_state.get("project", {})
    state = dict(rec.state)
    changed_widgets = widgets != st.session_state.get("saved_widgets")
    changed_profile = profile != st.session_state.get("saved_profile")
    if not (changed_widgets or changed_profile):
        return
    state["widgets"] = widgets
    if _write(store().save, state=state, profile=profile if changed_profile else None):
        st.session_state.saved_widgets = widgets
        st.session_state.saved_profile = dict(profile)
    else:
        _show_new_conflict()


def _show_new_conflict() -> bool:
    """True while a conflict waits for the user. A conflict found in this run
    (after the banner was drawn) reruns the page once so the banner shows now."""
    if not st.session_state.get("conflict"):
        return False
    if not st.session_state.get("conflict_shown"):
        st.session_state.conflict_shown = True
        st.rerun()
    return True


def resolve_conflict(keep_mine: bool) -> None:
    """After a ConflictError: reload the stored project, or save this
    session's choices over it (the user decides, never the app)."""
    conflict = st.session_state.pop("conflict", None)
    st.session_state.pop("conflict_shown", None)
    rec = record()
    if rec is None or conflict is None:
        return
    fresh = store().get(user(), rec.id)
    if not keep_mine:
        _load(fresh)
        return
    st.session_state.record = fresh
    st.session_state.saved_widgets = None
    st.session_state.saved_profile = None
    persist()
