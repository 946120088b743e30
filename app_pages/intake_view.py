"""The home page's one drop for all files: each file read for what it is
(itastats.criteria.intake.classify), shown as a table "file -> page -> why"
where the user may move a file or leave it out, then stored on its page with
the very calls that page's own uploader makes, and what is still missing for
a complete evidence pack, each with a link to its page. Layout only."""
from __future__ import annotations

import hashlib

import streamlit as st

from itastats.i18n import fmt
from itastats.i18n.catalog import t
from itastats.read.problems import InputError, describe
from app_pages import common, workspace

NONE = "none"             # the select box's value for "not used"
COLS = [3, 4, 4]          # file | where | why


def _dest(page) -> str:
    return NONE if page is None else page


def _label(dest: str, language: str) -> str:
    return t(f"intake.dest.{dest}", language)


def _classified(uploads, language: str) -> list[dict]:
    """One row per uploaded file: its name, bytes and where the classifier
    puts it; each file is read once (kept by its content's hash)."""
    kept: dict = st.session_state.setdefault("intake.placed", {})
    todo = [up for up in uploads or [] if up.file_id not in kept]
    if todo:
        from itastats.criteria import intake      # the readers (numpy, pandas): only when files are dropped
    bar = st.progress(0.0) if len(todo) > 1 else None
    for i, up in enumerate(todo):
        if bar is not None:
            bar.progress(i / len(todo), text=t("intake.reading", language, n=i + 1, total=len(todo), file=up.name))
        data = up.getvalue()
        kept[up.file_id] = {"id": up.file_id, "name": up.name, "data": data,
                            "sha": hashlib.sha256(data).hexdigest(), "placed": intake.classify(up.name, data)}
    if bar is not None:
        bar.empty()
    return [kept[up.file_id] for up in uploads or []]


def _why(placed, language: str) -> str:
    return t(placed.reason, language, **dict(placed.params))


def _table(rows: list[dict], language: str) -> None:
    """File -> where it goes (a select box the user may change) -> why."""
    from itastats.criteria import intake
    head = st.columns(COLS)
    for col, key in zip(head, ("file", "where", "why")):
        col.markdown(f"**{t(f'intake.col.{key}', language)}**")
    for row in rows:
        placed = row["placed"]
        key = f"intake.where.{row['id']}"
        options = [_dest(p) for p in intake.targets(row["name"])]
        guess = _dest(placed.page)
        if key not in st.session_state or st.session_state[key] not in options:
            st.session_state[key] = guess if guess in options else NONE
        c1, c2, c3 = st.columns(COLS, vertical_alignment="center")
        c1.markdown(f":material/description: {common.md_escape(row['name'])} "
                    f":gray[· {fmt.smart(len(row['data']) / 1024)} KB]")
        chosen = c2.selectbox(t("intake.col.where", language) + " · " + row["name"], options, key=key,
                              format_func=lambda d: _label(d, language), label_visibility="collapsed")
        why = _why(placed, language)
        if chosen != guess:
            why = t("intake.left_out", language) if chosen == NONE else t("intake.moved", language, reason=why)
        c3.caption(common.md_escape(why))


def _entry_label(entry, language: str) -> str:
    return entry.title.strip() or (fmt.date(entry.date, language) if entry.date else "—")


def _store(language: str) -> None:
    """Put every file on the page chosen for it, as that page's uploader does:
    sheets first, then logs (their entries), then photos (attached to the
    entries); then a report of where each went and why."""
    from itastats.criteria import activities, intake
    rows = st.session_state.get("intake.rows", [])
    report, photos = [], {}
    for row in rows:
        dest = st.session_state.get(f"intake.where.{row['id']}", _dest(row["placed"].page))
        why = _why(row["placed"], language)
        if dest != _dest(row["placed"].page):
            why = t("intake.left_out", language) if dest == NONE else t("intake.moved", language, reason=why)
        entry = {"name": row["name"], "dest": dest, "why": why, "ok": dest != NONE}
        report.append(entry)
        if dest in (workspace.PAGE_541, workspace.PAGE_543, workspace.PAGE_532, workspace.PAGE_532H,
                    workspace.PAGE_532T):
            workspace.add_file(row["name"], row["data"], dest)
            if dest == workspace.PAGE_543:
                st.session_state["sv.file"] = row["name"]      # a new upload is the survey shown
        elif dest in intake.LOG_PAGES:
            kind = intake.LOG_PAGES[dest]
            try:
                new, problems = activities.read_log(row["data"], row["name"], kind=kind)
            except InputError as exc:
                entry.update(ok=False, why=t("intake.not_stored", language, error=describe(exc.problem, language)))
                continue
            from app_pages.log_page import LogPage      # here: its figures' modules are not needed to draw home
            added, skipped = LogPage(kind).add_entries(row["name"], new, problems)
            entry["why"] += " · " + t("intake.log_added" if skipped else "intake.log_added_all", language, n=added,
                                      skipped=skipped)
        elif dest in intake.PHOTO_PAGES:
            photos.setdefault(intake.PHOTO_PAGES[dest], []).append((row, entry))
    for kind, items in photos.items():                   # after the logs: photos join their entries
        page, stored = LogPage(kind), []
        for row, entry in items:
            try:
                stored.append((page.store_file(row["name"], row["data"]), entry))
            except InputError as exc:
                entry.update(ok=False, why=t("intake.not_stored", language, error=describe(exc.problem, language)))
        if not stored:
            continue
        entries, attached = intake.attach_photos(page.entries(), [s for s, _ in stored],
                                                 untitled=t(f"intake.photo.untitled.{kind}", language))
        page.save(entries)
        for (_, entry), a in zip(stored, attached):
            entry["why"] += " · " + t(f"intake.photo.{a.reason}", language, entry=_entry_label(entries[a.index],
                                                                                               language))
    st.session_state["intake.report"] = report
    st.session_state["intake.round"] = st.session_state.get("intake.round", 0) + 1   # an empty uploader again
    st.session_state.pop("intake.placed", None)
    st.session_state.pop("intake.rows", None)


def _report(language: str, items) -> None:
    """Where the files went (each with a link to its page), and what is still missing."""
    report = st.session_state.get("intake.report")
    if not report:
        return
    from itastats.criteria import intake
    used = sum(1 for r in report if r["ok"])
    st.success(t("intake.stored", language, n=used, skipped=len(report) - used), icon=":material/task_alt:")
    st.markdown(f"**{t('intake.stored_title', language)}**")
    for r in report:
        c1, c2, c3 = st.columns(COLS, vertical_alignment="center")
        c1.markdown(f":material/description: {common.md_escape(r['name'])}")
        if r["ok"]:
            c2.page_link(intake.PAGE_FILE[r["dest"]], label=_label(r["dest"], language),
                         icon=":material/arrow_forward:")
        else:
            c2.markdown(f":material/block: {_label(NONE, language)}")
        c3.caption(common.md_escape(r["why"]))
    missing = [i for i in items if i.status != "done"]
    st.markdown(f"**{t('intake.missing_title', language)}**")
    if not missing:
        st.success(t("intake.all_done", language), icon=":material/check_circle:")
    for item in missing:
        from itastats.criteria.checklist import item_text
        title, detail = item_text(item, language)
        c1, c2 = st.columns([5, 2], vertical_alignment="center")
        c1.markdown(f"**{title}**")                  # catalog text
        c1.caption(detail)
        c2.page_link(item.page, label=t(f"home.go.{item.status}", language), icon=":material/arrow_forward:")
    st.page_link("app_pages/report_544.py", label=t("intake.go_pack", language), icon=":material/folder_zip:")


def section(language: str, checklist_items) -> None:
    """The one drop, for someone who may change the open project.
    ``checklist_items``: a function giving the project's checklist now."""
    if workspace.record() is None or not workspace.can_edit():
        return
    empty = not any(common.page_files(p) for p in workspace.PAGES)
    if empty:                           # a new project: the drop is the first thing to do
        box = st.container(border=True)
        box.subheader(t("intake.title", language))
    else:                               # a project with files: its scorecard stays in view
        busy = bool(st.session_state.get("intake.report") or st.session_state.get("intake.rows"))
        box = st.expander(t("intake.title_more", language), icon=":material/upload_file:", expanded=busy)
    with box:
        st.caption(t("intake.help", language))
        uploads = st.file_uploader(t("intake.upload", language), accept_multiple_files=True,
                                   key=f"intake.upload.{st.session_state.get('intake.round', 0)}")
        rows = _classified(uploads, language)
        st.session_state["intake.rows"] = rows
        if rows:
            _table(rows, language)
            n = sum(1 for r in rows if st.session_state.get(f"intake.where.{r['id']}") != NONE)
            if n:
                st.button(t("intake.store", language, n=n), type="primary", icon=":material/move_to_inbox:",
                          key="intake.store", on_click=_store, args=(language,))
            else:
                st.warning(t("intake.nothing", language), icon=":material/info:")
        else:
            _report(language, checklist_items())
