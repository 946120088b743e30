"""5.3.2 การเข้าร่วมและการเรียนรู้: attendance records (sign-in sheets, Zoom,
Teams, check-in forms) against the headcount, and the pre/post test.
Layout only: every number comes from itastats.criteria.attendance / itastats.criteria.learning."""
from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from itastats.render import attendance_figures, attendance_infographic, narrative, theme
from itastats.i18n import fmt
from itastats import sample
from itastats.i18n.catalog import t
from itastats.read.problems import InputError, describe
from app_pages import common, kept, stats_view, workspace

lang = common.lang()
TEMPLATE = theme.template("screen")
SHEET_TYPES = ["csv", "xlsx", "xls", "ods", "tsv", "txt"]


def load_sample_532() -> None:
    for name, data in sample.sample_attendance_files():
        workspace.add_file(name, data, workspace.PAGE_532)
    if not common.page_files(workspace.PAGE_532H):
        for name, data in sample.sample_staff_files():
            workspace.add_file(name, data, workspace.PAGE_532H)
    if not common.page_files(workspace.PAGE_532T):
        for name, data in sample.sample_learning_files():
            workspace.add_file(name, data, workspace.PAGE_532T)


# ---------------------------------------------------------------- step 1 and 2: the files
def attendance_files() -> None:
    st.subheader(t("p532.step1", lang))
    st.caption(t("p532.step1_help", lang))
    uploads = st.file_uploader(t("p532.upload", lang), type=SHEET_TYPES, accept_multiple_files=True,
                               key="att_uploader", help=t("p532.upload_help", lang),
                               disabled=not workspace.can_edit())
    common.store_uploads(uploads, workspace.PAGE_532)
    common.file_list(workspace.PAGE_532, "att_remove", lang)
    if not common.page_files(workspace.PAGE_532):
        st.button(t("p532.use_sample", lang), on_click=load_sample_532, icon=":material/science:",
                  key="att_sample", disabled=not workspace.can_edit())

    st.subheader(t("p532.step2", lang))
    st.caption(t("p532.step2_help", lang))
    ups = st.file_uploader(t("p532.upload_headcount", lang), type=SHEET_TYPES, key="att_head_uploader",
                           accept_multiple_files=True, disabled=not workspace.can_edit())
    common.store_uploads(ups, workspace.PAGE_532H)
    common.file_list(workspace.PAGE_532H, "att_head_remove", lang)


def files_table(result) -> None:
    """What each file was read as, with the session name the user may correct."""
    st.markdown(f"#### {t('p532.files_read', lang)}")
    for f in result.files:
        c1, c2, c3 = st.columns([3, 2, 3], vertical_alignment="center")
        c1.markdown(f":material/description: {common.md_escape(f.file)}")
        c1.caption(t("p532.file_line", lang, kind=t(f"p532.kind.{f.kind}", lang), n=f"{f.records:,}",
                     date=fmt.date(f.date, lang) if f.date else "—"))
        if f.session is not None:
            key = f"att.{f.file}|session"
            workspace.keep(key, "")
            c3.text_input(t("p532.session_name", lang), key=key, placeholder=f.session,
                          help=t("p532.session_help", lang))
        else:
            c3.caption(t("p532.session_column", lang))
    fatal = [p for p in result.problems if p.severity == "error"]
    for p in fatal:
        st.error(describe(p, lang), icon=":material/error:")
    if fatal:
        st.caption(t("p532.fix_file", lang))


# ---------------------------------------------------------------- step 3: attendance results
def headline(result, target: float | None) -> None:
    k1, k2, k3, k4 = st.columns(4)
    k1.metric(t("p532.attendees", lang), fmt.num(result.attendees, 0))
    k1.caption(t("p532.records", lang, n=fmt.num(result.records, 0)))
    k2.metric(t("p532.sessions", lang), fmt.num(len(result.sessions), 0))
    if result.rate is not None:
        k3.metric(t("p532.rate", lang), fmt.pct(result.rate))
        line = t("p532.rate_of", lang, n=fmt.num(result.staff_counted, 0), total=fmt.num(result.headcount_total, 0))
        if target is not None:
            met = round(result.rate, 2) >= target
            line += " · " + ("✓ " if met else "✗ ") + t("p543.vs_target", lang, target=fmt.smart(target),
                                                        verdict=t("p543.met" if met else "p543.not_met", lang))
        k3.caption(line)
    else:
        k3.metric(t("p532.rate", lang), "—")
        k3.caption(t("p532.no_headcount", lang))
    if result.online_minutes is not None:
        k4.metric(t("p532.online_hours", lang), fmt.smart(result.online_minutes / 60))
        k4.caption(t("p532.online_people", lang, n=fmt.num(result.online_attendees, 0)))
    left_out = [t(f"p532.rate_counts.{k}", lang, n=fmt.num(n, 0)) for k, n in
                (("unknown", result.unknown_unit), ("not_staff", result.not_staff), ("outside", result.outside_units))
                if n]
    if result.rate is not None and left_out:
        st.caption(t("p532.rate_counts", lang, which=", ".join(left_out)))


def unknown_people(result) -> None:
    """People whose unit no file and no staff list gave: the user picks a unit,
    or "not staff"; nobody is counted as staff on their own."""
    from itastats.criteria.attendance import GUEST, NOT_STAFF, UNASSIGNED
    people = result.people
    picked = dict(common.attendance_options()[2])
    todo = people[(people["unit_from"] == "picked") |
                  (people["status"].isin([UNASSIGNED, GUEST]) & (people["unit_from"] != "file"))]
    if result.headcount_total is None or todo.empty:
        return
    units = [u.unit for u in result.by_unit if u.headcount is not None]
    not_staff, none = t("p532.not_staff", lang), t("p532.pick_none", lang)
    options = [none] + units + [not_staff]
    label_of = {NOT_STAFF: not_staff, "": none}
    current = [label_of.get(picked.get(k, ""), picked.get(k, "")) for k in todo["key"]]
    title = t("p532.unknown_title", lang, n=fmt.num(result.unknown_unit, 0)) if len(todo) == result.unknown_unit \
        else t("p532.unknown_title_all", lang, n=fmt.num(result.unknown_unit, 0), total=fmt.num(len(todo), 0))
    box = common.lazy_expander(title, "att.unknown_box", expanded=result.unknown_unit > 0)
    if not box.open:        # made when opened: a table to edit, open by itself while someone waits for a unit
        return
    with box:
        st.caption(t("p532.unknown_help", lang))
        table = pd.DataFrame({t("p532.col.person", lang): todo["name"].tolist(),
                              t("p532.col.pick_unit", lang): [c if c in options else none for c in current]})
        # keyed on the people listed: Streamlit keeps a table's edits by row for as long as its shape
        # stays, so a pick made on row 1 would pass to whoever is on row 1 when the people change
        listed = hashlib.sha1("\n".join(map(str, todo["key"])).encode("utf-8")).hexdigest()[:16]
        edited = st.data_editor(
            table, hide_index=True, placeholder="", width="stretch", key=f"att_assign_editor|{listed}",
            disabled=[t("p532.col.person", lang)],
            column_config={t("p532.col.pick_unit", lang): st.column_config.SelectboxColumn(
                options=options, required=False)})
        shown = set(todo["key"])
        chosen = [[k, v] for k, v in picked.items() if k not in shown]     # picks for people not listed now stay
        for key, value in zip(todo["key"], edited[t("p532.col.pick_unit", lang)].tolist()):
            if isinstance(value, str) and value and value != none:
                chosen.append([key, NOT_STAFF if value == not_staff else value])
        if sorted(map(tuple, chosen)) != sorted(picked.items()):
            st.session_state["att.assign"] = chosen
            st.rerun()
        st.caption(t("p532.assigned_note", lang, n=result.assigned, m=result.from_staff_list, g=result.not_staff))


def unit_table(result) -> pd.DataFrame:
    """By unit, as text (a plain table: every long Thai unit name whole, nothing drawn later)."""
    from itastats.criteria.attendance import NOT_STAFF

    def name(u):
        return t("p532.not_staff", lang) if u.unit == NOT_STAFF else u.unit or t("p532.unknown_unit", lang)
    return pd.DataFrame({
        t("p532.col.unit", lang): [name(u) for u in result.by_unit],
        t("p532.col.attendees", lang): [fmt.num(u.attendees, 0) for u in result.by_unit],
        t("p532.col.headcount", lang): ["" if u.headcount is None else fmt.num(u.headcount, 0) for u in result.by_unit],
        t("p532.col.rate", lang): [fmt.pct(u.rate) if u.rate is not None else "" for u in result.by_unit]})


def session_table(result) -> pd.DataFrame:
    rows = [{t("p532.col.session", lang): s.name, t("p532.col.date", lang): fmt.date(s.date, lang) if s.date else "—",
             t("p532.col.attendees", lang): fmt.num(s.attendees, 0),
             t("p532.col.hours", lang): fmt.smart(s.minutes / 60) if s.minutes is not None else "—"}
            for s in result.sessions]
    return pd.DataFrame(rows)


def merges_section(result) -> None:
    label = t("p532.merges", lang, n=len(result.merges))
    box = common.lazy_expander(label, "att.merges_box")
    if not box.open:
        return
    with box:
        st.caption(t("p532.merges_help", lang))
        if not result.merges and not result.split:
            st.write(t("p532.no_merges", lang))
            return
        st.dataframe(pd.DataFrame([{t("p532.col.person", lang): m.name,
                                    t("p532.col.variants", lang): " | ".join(m.variants),
                                    t("p532.col.records", lang): m.records,
                                    t("p532.col.files", lang): ", ".join(m.files)} for m in result.merges]),
                     hide_index=True, placeholder="", width="stretch")
        options = sorted({m.key for m in result.merges} | set(result.split))
        names = {m.key: m.name for m in result.merges}
        workspace.keep("att.split", [], options)
        st.multiselect(t("p532.split", lang), options, key="att.split",
                       format_func=lambda k: names.get(k, k), help=t("p532.split_help", lang))


def attendance_results(result, profile) -> None:
    st.subheader(t("p532.step3", lang))
    target = common.kpi_target("attendance:rate", profile)
    headline(result, target)
    unknown_people(result)
    # by unit and by session in tabs (only the open one is made: a table and a chart each); tables one a
    # row: long Thai unit and session names leave no room side by side.  Plain tables (st.table): a dozen
    # rows of text need no grid, and a grid's canvas keeps changing ~0.3 s after it is drawn
    by_unit, by_session = common.lazy_tabs([t("p532.by_unit", lang), t("p532.by_session", lang)], "att.view")
    if by_unit.open:
        with by_unit:
            st.table(unit_table(result), hide_index=True)
            if any(u.headcount for u in result.by_unit):
                st.plotly_chart(kept.figure(result, ("units", lang, target), lambda: attendance_figures.units_bar(
                    result, target=target, lang=lang, template=TEMPLATE)), theme=None, key="att.chart.units")
    if by_session.open:
        with by_session:
            st.table(session_table(result), hide_index=True)
            if result.sessions:
                st.plotly_chart(kept.figure(result, ("sessions", lang), lambda: attendance_figures.sessions_chart(
                    result, lang=lang, template=TEMPLATE)), theme=None, key="att.chart.sessions")
    merges_section(result)
    notes = [p for p in result.problems if p.severity != "error"]
    if notes:
        box = common.lazy_expander(t("p532.problems", lang, n=len(notes)), "att.problems_box")
        if box.open:
            with box:
                common.problems_view(notes, lang)
    st.markdown(f"#### {t('p532.infographic', lang)}")
    workspace.keep("att.size", "a4", list(theme.INFOGRAPHIC_SIZES))
    size = st.segmented_control(t("p541.info_size", lang), list(theme.INFOGRAPHIC_SIZES), key="att.size",
                                format_func=lambda x: t(f"size.{x}", lang)) or "a4"
    common.infographic(lambda: attendance_infographic.infographic_532(
        result, profile, kpi_target=target, size=size, lang=lang, template=theme.template(size)),
        size, of=result, params=(profile.to_json(), target), file_stem=f"5.3.2_participation_{size}",
        key="att.download.png", language=lang)


# ---------------------------------------------------------------- step 4: learning
@st.fragment
def learning_section(profile) -> None:
    """The pre/post test: a section of its own (a changed setting reruns only
    this part of the page), its choices saved as they change."""
    learning_body(profile)
    workspace.persist()


def learning_body(profile) -> None:
    st.subheader(t("p532.step4", lang))
    st.caption(t("p532.step4_help", lang))
    uploads = st.file_uploader(t("p532.upload_tests", lang), type=SHEET_TYPES, accept_multiple_files=True,
                               key="lrn_uploader", help=t("p532.upload_tests_help", lang),
                               disabled=not workspace.can_edit())
    common.store_uploads(uploads, workspace.PAGE_532T)
    common.file_list(workspace.PAGE_532T, "lrn_remove", lang)
    files = common.page_files(workspace.PAGE_532T)
    if not files:
        st.info(t("p532.next_tests", lang), icon=":material/arrow_forward:")
        return
    # empty (None) = read from the file / no pass mark: a box never shows 0.00 while the file says 20
    for key in ("lrn.max", "lrn.threshold"):
        workspace.keep(key, None)
        if not isinstance(st.session_state.get(key), (int, float)) or st.session_state[key] <= 0:
            st.session_state[key] = None
    result, error = None, None
    try:
        result = common.analyze_learning(tuple(files.items()), *common.learning_options())
    except InputError as exc:
        error = describe(exc.problem, lang)
    except Exception as exc:  # a bug must not lose the upload or show a traceback
        error = t("internal_error", lang, detail=type(exc).__name__)
    read_max = result.max_score if result is not None else None
    c1, c2, c3 = st.columns(3)
    c1.number_input(t("p532.max_score", lang), min_value=0.0, step=1.0, key="lrn.max",
                    help=t("p532.max_score_help", lang),
                    placeholder=t("p532.max_score_read", lang, n=fmt.smart(read_max)) if read_max
                    else t("p532.max_score_unknown", lang))
    c2.number_input(t("p532.threshold", lang), min_value=0.0, step=1.0, key="lrn.threshold",
                    help=t("p532.threshold_help", lang), placeholder=t("p532.threshold_none", lang))
    methods = ["auto", "parametric", "rank"]
    workspace.keep("lrn.method", "auto", methods)
    c3.selectbox(t("p541.method", lang), methods, key="lrn.method", format_func=lambda x: t(f"method.{x}", lang))
    if error is not None:
        st.error(error, icon=":material/error:")
        st.caption(t("p532.fix_file", lang))
        return
    learning_results(result, profile)


def left_out(result, missing) -> None:
    """Who is not in the pre/post comparison, and why."""
    r = result.metric
    if missing:
        st.dataframe(pd.DataFrame(missing, columns=[t("p532.col.person", lang), t("p532.col.why", lang)]),
                     hide_index=True, placeholder="", width="stretch")
    notes = list(result.problems) + list(r.dropped)
    if notes:
        common.problems_view(notes, lang)
    if not missing and not notes:
        st.write(t("p541.no_rows_dropped", lang))


def learning_results(result, profile) -> None:
    r = result.metric
    k1, k2, k3, k4 = st.columns(4)
    k1.metric(t("p532.pre_post", lang), f"{fmt.num(result.mean_pre)} → {fmt.num(result.mean_post)}")
    k1.caption(t("p532.paired_n", lang, n=result.n_paired))
    k2.metric(t("p532.gain", lang), fmt.num(result.mean_gain, sign=True) if result.mean_gain is not None else "—")
    k2.caption(t("p532.gain_pct", lang, pct=fmt.num(r.pct_change, sign=True)) if r.pct_change is not None else "")
    k3.metric(t("p532.norm_gain", lang), fmt.num(result.normalized_gain) if result.normalized_gain is not None
              else "—")
    k3.caption(t("p532.norm_gain_help", lang, max=fmt.smart(result.max_score)) if result.max_score
               else t("p532.norm_gain_needs_max", lang))
    if result.threshold is not None and result.passed_pre_pct is not None:
        k4.metric(t("p532.passed", lang), f"{fmt.pct(result.passed_pre_pct)} → {fmt.pct(result.passed_post_pct)}")
        k4.caption(t("p532.passed_help", lang, threshold=fmt.smart(result.threshold)))
    else:
        k4.metric(t("p532.passed", lang), "—")
        k4.caption(t("p532.passed_needs_threshold", lang))
    st.info(narrative.sentence(r, lang), icon=":material/summarize:")
    if r.comparison is not None:
        left, right = st.columns([1, 1])
        with left:
            st.table(stats_view.descriptive_table(r, lang), hide_index=True)    # 4 rows of text: a plain table
            stats_view.test_summary(r, lang)
        with right:
            common.chart_in_column(kept.figure(result, ("learning.column", lang), lambda: common.column_figure(
                attendance_figures.learning_chart(result, lang=lang, template=TEMPLATE))), key="lrn.chart")
    missing = [(n, t("p532.missing_post", lang)) for n in result.missing_post] + \
              [(n, t("p532.missing_pre", lang)) for n in result.missing_pre]
    box = common.lazy_expander(t("p532.left_out", lang, n=len(missing) + len(r.dropped)), "lrn.left_out_box")
    if box.open:
        with box:
            left_out(result, missing)
    st.markdown(f"#### {t('p532.infographic_learning', lang)}")
    workspace.keep("lrn.size", "a4", list(theme.INFOGRAPHIC_SIZES))
    size = st.segmented_control(t("p541.info_size", lang), list(theme.INFOGRAPHIC_SIZES), key="lrn.size",
                                format_func=lambda x: t(f"size.{x}", lang)) or "a4"
    common.infographic(lambda: attendance_infographic.infographic_532_learning(
        result, profile, size=size, lang=lang, template=theme.template(size)),
        size, of=result, params=(profile.to_json(),), file_stem=f"5.3.2_learning_{size}", key="lrn.download.png",
        language=lang)


def main() -> None:
    st.title(t("p532.title", lang))
    st.caption(t("p532.subtitle", lang))
    if workspace.record() is None:
        st.info(t("ws.no_project", lang))
        return
    profile = common.profile(lang)
    # the two halves of 5.3.2 in tabs, only the open one made: each is a page of its own (files, tables, a
    # chart, an infographic); both on one page took 0.5-0.6 s to draw on every visit, one takes ~0.3 s
    part_attendance, part_learning = common.lazy_tabs([t("p532.part_attendance", lang),
                                                       t("p532.part_learning", lang)], "p532.part")
    if part_attendance.open:
        with part_attendance:
            attendance_part(profile)
    if part_learning.open:
        with part_learning:
            learning_section(profile)
    st.success(t("p532.next_done", lang), icon=":material/check_circle:")


def attendance_part(profile) -> None:
    attendance_files()
    records = common.page_files(workspace.PAGE_532)
    if not records:
        st.info(t("p532.next_upload", lang), icon=":material/arrow_forward:")
        return
    heads = common.page_files(workspace.PAGE_532H)
    try:
        with st.spinner(t("p532.reading", lang)):
            result = common.analyze_attendance(tuple(records.items()), tuple(heads.items()),
                                               *common.attendance_options())
    except InputError as exc:
        st.error(describe(exc.problem, lang), icon=":material/error:")
        st.caption(t("p532.fix_file", lang))
        return
    except Exception as exc:  # a bug must not lose the upload or show a traceback
        st.error(t("internal_error", lang, detail=type(exc).__name__), icon=":material/error:")
        return
    files_table(result)
    if result.attendees:
        attendance_results(result, profile)
    else:
        st.info(t("p532.next_fix", lang), icon=":material/arrow_forward:")

main()
