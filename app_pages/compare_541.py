"""5.4.1 ผลสำเร็จเชิงสถิติ: ความรวดเร็ว คุ้มค่า ประหยัด — layout only.

Every number comes from itastats (workflow, value, narrative, figures,
infographic, export); this page arranges widgets and results.
"""
from __future__ import annotations


import pandas as pd
import streamlit as st

from itastats.render import figures, infographic, narrative, theme
from itastats.i18n import fmt
from itastats.read import layouts
from itastats.criteria import value
from itastats.i18n.catalog import t
from itastats.criteria.project import ProjectInfo
from itastats.stats.analysis import BETTER, SIGNIFICANT, WORSE
from app_pages import common, count_view, kept, stats_view, profile_fields, workspace

lang = common.lang()
TEMPLATE = theme.template("screen")
UPLOAD_TYPES = ["xlsx", "xlsm", "xls", "ods", "csv", "tsv", "txt"]
ROLES = ("case_id", "before", "after", "metric", "unit", "period", "value", "date", "count", "total", "exposure",
         "other")
METHODS = ("auto", "parametric", "rank")


# ---------------------------------------------------------------- step 1: data
def data_section() -> None:
    st.subheader(t("p541.step1", lang))
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    uploads = left.file_uploader(t("p541.upload", lang), type=UPLOAD_TYPES, accept_multiple_files=True,
                                 help=t("p541.upload_help", lang), key="uploader",
                                 disabled=not workspace.can_edit())
    common.store_uploads(uploads, workspace.PAGE_541)
    right.button(t("p541.use_sample", lang), on_click=common.load_sample, icon=":material/folder_open:",
                 width="stretch", key="use_sample", disabled=not workspace.can_edit())
    common.file_list(workspace.PAGE_541, "remove", lang)


# ---------------------------------------------------------------- step 2: check
def sheet_corrections(file: str, sheet) -> None:
    base = f"opt|{file}|{sheet.name}|"
    c1, c2 = st.columns(2)
    workspace.keep(base + "include", True, guessed=base + "include")
    c1.checkbox(t("p541.include_sheet", lang), key=base + "include")
    if not sheet.included:
        return
    # a guess only when itastats found a header: a 1 shown for "none found" is the user's once drawn
    workspace.keep(base + "header", int(sheet.header_row or 1),
                   guessed=base + "header" if sheet.header_row else None)
    c2.number_input(t("p541.header_row", lang), min_value=1, max_value=1000, step=1,
                    key=base + "header", help=t("p541.header_row_help", lang))
    # the layout's and the kind's names are long: their boxes get half the page each
    c3, c4 = st.columns(2)
    layout_options = list(layouts.LAYOUTS)
    workspace.keep(base + "layout", sheet.layout if sheet.layout in layout_options else layout_options[0],
                   layout_options, guessed=base + "layout" if sheet.layout in layout_options else None)
    c3.selectbox(t("p541.layout", lang), layout_options, key=base + "layout",
                 format_func=lambda x: t(f"layout.{x}", lang))
    count_view.kind_select(base, lang, c4)
    if sheet.columns:
        st.caption(t("p541.roles_help", lang))
        cols = st.columns(min(4, len(sheet.columns)))
        for i, col in enumerate(sheet.columns):
            guessed = sheet.roles.get(col, "other")
            workspace.keep(f"{base}role|{col}", guessed if guessed in ROLES else "other", list(ROLES),
                           guessed=base + "role")      # the roles are one correction: all or none
            cols[i % len(cols)].selectbox(col, ROLES, key=f"{base}role|{col}",
                                          format_func=lambda x: t(f"role.{x}", lang))
    if sheet.layout not in (layouts.AGGREGATE, layouts.COUNTS, layouts.TABLE_2X2):
        designs = ["paired", "independent"]
        current = sheet.metrics[0].design if sheet.metrics else "paired"
        workspace.keep(base + "design", current if current in designs else "paired", designs,
                       guessed=base + "design" if sheet.metrics else None)
        st.radio(t("p541.design", lang), designs, horizontal=True, key=base + "design",
                 format_func=lambda x: t(f"design.{x}", lang), help=t("p541.design_help", lang))


def check_section(analyses) -> None:
    st.subheader(t("p541.step2", lang))
    for fa in analyses:
        if fa.error:
            common.show_problem(fa.error, lang)
            st.caption(t("p541.fix_file", lang))
        n_problems = sum(len(s.problems) + (1 if s.error else 0) for s in fa.sheets)
        label = t("p541.check_file", lang, file=fa.file, n=n_problems)
        # made when opened: a file's corrections are a dozen widgets the browser would draw on every visit
        check = common.lazy_expander(label, f"check|{fa.file}", expanded=bool(fa.error))
        if not check.open:
            continue
        with check:
            for sheet in fa.sheets:
                st.markdown(f"**{t('col.sheet', lang)}: {common.md_escape(sheet.name)}** · "
                            + t("p541.sheet_summary", lang, header=sheet.header_row or "—",
                                rows=sheet.rows, metrics=len(sheet.metrics)))
                if sheet.error:
                    common.show_problem(sheet.error, lang)
                sheet_corrections(fa.file, sheet)
                if sheet.problems:
                    common.problems_view(sheet.problems, lang)
                st.divider()


# ---------------------------------------------------------------- step 3: results
def test_details(r) -> None:
    if not stats_view.test_summary(r, lang):
        return
    method_key = f"opt|{r.metric.file}|{r.metric.sheet}|method|{r.name}"
    workspace.keep(method_key, "auto", list(METHODS), guessed=method_key)
    st.selectbox(t("p541.method", lang), METHODS, key=method_key,
                 format_func=lambda x: t(f"method.{x}", lang))


def metric_card(r) -> None:
    if r.counts is not None:                 # counts: their own card (app_pages/count_view.py)
        count_view.card(r, lang)
        return
    with st.container(border=True):
        unit = narrative.unit_text(r.unit, lang)
        st.markdown(f"#### {common.md_escape(r.name)}")
        st.caption(t("p541.source", lang, file=r.metric.file, sheet=r.metric.sheet,
                     design=t(f"design.{r.design}", lang)))
        show = fmt.smart if r.comparison is None else fmt.num   # means get two decimals
        k1, k2, k3 = st.columns(3)
        k1.metric(t("period.before", lang), f"{show(r.before_value)} {unit}")
        k2.metric(t("period.after", lang), f"{show(r.after_value)} {unit}")
        significant = r.verdict in (BETTER, WORSE, SIGNIFICANT)
        k3.metric(t("p541.change", lang), f"{show(r.change, sign=True)} {unit}",
                  # an ASCII sign: Streamlit reads the arrow's direction from it
                  delta=f"{r.pct_change:+,.2f}%" if r.pct_change is not None else None,
                  # only a significant change is coloured as a gain or a loss
                  delta_color=("inverse" if r.metric.lower_is_better else "normal") if significant else "off")
        k3.caption(figures.verdict_words(r, lang))
        box = {BETTER: st.success, WORSE: st.warning}.get(r.verdict, st.info)
        box(narrative.sentence(r, lang), icon=":material/summarize:")
        for note in r.notes:
            common.show_problem(note, lang)
        if r.comparison is None:
            return
        left, right = st.columns([1, 1])
        with left:
            st.table(stats_view.descriptive_table(r, lang), hide_index=True)    # 4 rows of text: a plain table
            test_details(r)
        with right:
            common.chart_in_column(kept.figure(r, ("headline.column", lang), lambda: common.column_figure(
                figures.headline_chart(r, lang=lang, template=TEMPLATE))), key=f"chart|{r.metric.file}|{r.metric.sheet}|{r.name}")
        c = r.comparison
        used = t("p541.rows_used", lang, n_before=c.n_before, n_after=c.n_after, dropped=len(r.dropped))
        rows = common.lazy_expander(used, f"rows|{r.metric.file}|{r.metric.sheet}|{r.name}")
        if not rows.open:       # made when opened: the rows and a chart most people never look at
            return
        with rows:
            if r.dropped:
                common.problems_view(r.dropped, lang)
            else:
                st.write(t("p541.no_rows_dropped", lang))
            if r.design == "paired":
                st.plotly_chart(kept.figure(r, ("distribution", lang),
                                            lambda: figures.distribution(r, lang=lang, template=TEMPLATE)),
                                theme=None, key=f"dist|{r.metric.file}|{r.metric.sheet}|{r.name}")


def aggregate_card(aggregates, results) -> None:
    with st.container(border=True):
        st.markdown(f"#### {t('p541.aggregate_title', lang)}")
        for line in narrative.group_sentences(aggregates, lang, context=results):
            st.markdown("- " + common.md_escape(line))
        count_view.aggregate_hint(aggregates, lang)
        st.plotly_chart(kept.figure(tuple(aggregates), ("aggregate", lang),
                                    lambda: figures.aggregate_bars(aggregates, lang=lang, template=TEMPLATE)),
                        theme=None, key="aggregate_bars")


def change_chart(results) -> None:
    st.plotly_chart(kept.figure(tuple(results), ("change", lang),
                                lambda: figures.change_bars(results, lang=lang, template=TEMPLATE)),
                    theme=None, key="change_bars")


def results_section(results) -> None:
    """Every result in a sentence, then each metric's card in a tab of its own
    (only the open tab is made: a card is a chart, a table and a test)."""
    st.subheader(t("p541.step3", lang))
    tested = [r for r in results if r.comparison is not None or r.counts is not None]
    aggregates = [r for r in results if r.comparison is None and r.counts is None]
    parts = [(r.name, lambda r=r: metric_card(r)) for r in tested]
    if aggregates:
        parts.append((t("p541.aggregate_title", lang), lambda: aggregate_card(aggregates, results)))
    if len(results) > 1:
        parts.append((t("p541.all_changes", lang), lambda: change_chart(results)))
    if len(parts) == 1:
        parts[0][1]()
        return
    st.markdown(f"**{t('p541.at_a_glance', lang)}**")
    lines = [narrative.sentence(r, lang) for r in tested]
    lines += narrative.group_sentences(aggregates, lang, context=results) if aggregates else []
    st.markdown("\n".join("- " + common.md_escape(line) for line in lines))
    labels, seen = [], set()
    for label, _ in parts:                      # tab labels must differ (two files may name a metric alike)
        unique, n = label, 2
        while unique in seen:
            unique, n = f"{label} ({n})", n + 1
        seen.add(unique)
        labels.append(unique)
    for tab, (_, draw) in zip(common.lazy_tabs(labels, "p541.results"), parts):
        if tab.open:
            with tab:
                draw()


# ---------------------------------------------------------------- step 4: project and value
def project_inputs() -> ProjectInfo:
    """The project's figures value for money is computed from (the 5.1 page has them
    too): made when opened, the profile as saved otherwise."""
    st.subheader(t("p541.step4", lang))
    box = common.lazy_expander(t("p541.edit_project", lang), "p541.project", icon=":material/edit:")
    if not box.open:
        return common.profile(lang)
    with box:
        info = profile_fields.value_settings(profile_fields.details(common.profile(lang), lang), lang)
    st.session_state.project = info.to_dict()
    return info


def value_section(results, info: ProjectInfo) -> None:
    st.markdown(f"#### {t('p541.value_title', lang)}")
    names = [r.name for r in results]
    guess_time, guess_cost = value.guess_metrics(results)
    none = "—"
    c1, c2 = st.columns(2)
    workspace.keep("value.time", guess_time if guess_time in names else none, [none] + names)
    workspace.keep("value.cost", guess_cost if guess_cost in names else none, [none] + names)
    time_metric = c1.selectbox(t("p541.time_metric", lang), [none] + names, key="value.time")
    cost_metric = c2.selectbox(t("p541.cost_metric", lang), [none] + names, key="value.cost")
    inputs = value.ValueInputs(cases_per_year=info.cases_per_year, staff_cost_per_hour=info.staff_cost_per_hour,
                               project_cost=info.project_cost, hours_per_day=info.hours_per_day,
                               time_metric=None if time_metric == none else time_metric,
                               cost_metric=None if cost_metric == none else cost_metric)
    result = value.compute(results, inputs)
    rows = []
    for item in result.items:
        rows.append({
            t("value.col.item", lang): t(item.key, lang),
            t("value.col.value", lang): fmt.num(item.value, 2) if item.error is None else "—",
            t("value.col.unit", lang): t(item.unit_key, lang),
            t("value.col.formula", lang): value.worked(item, lang) if item.error is None
            else t(item.error, lang, **dict(item.params)),
        })
    st.table(pd.DataFrame(rows), hide_index=True)      # text only, every row whole: a plain table
    for note in result.notes:
        common.show_problem(note, lang)


# ---------------------------------------------------------------- step 5: infographic
def infographic_section(results, info: ProjectInfo) -> None:
    st.subheader(t("p541.step5", lang))
    names = [r.name for r in results]
    # a metric gone for a while (its file removed, a column's role changed) is picked again when back
    workspace.keep_picks("info.metrics", names[:4], names)
    chosen = st.multiselect(t("p541.info_metrics", lang), names, key="info.metrics")
    picked = [r for r in results if r.name in chosen] or results[:1]
    workspace.keep("info.size", "a4", list(theme.INFOGRAPHIC_SIZES))
    size = st.segmented_control(t("p541.info_size", lang), list(theme.INFOGRAPHIC_SIZES),
                                key="info.size", format_func=lambda x: t(f"size.{x}", lang)) or "a4"

    def make():
        sentences = narrative.group_sentences(picked, lang, context=results)
        return infographic.infographic_541(picked, info, sentences=sentences, size=size, lang=lang,
                                           template=theme.template(size))
    project_slug = "".join(ch for ch in (info.name or "itastats") if ch.isalnum())[:40] or "itastats"
    common.infographic(make, size, of=tuple(results), params=(tuple(r.name for r in picked), info.to_json()),
                       file_stem=f"5.4.1_{project_slug}_{size}", key="info.download", language=lang)


# ---------------------------------------------------------------- the page
def main() -> None:
    st.title(t("p541.title", lang))
    st.caption(t("p541.subtitle", lang))
    data_section()
    if not common.files():
        st.info(t("p541.next_upload", lang), icon=":material/arrow_forward:")
        return
    analysis_part()


@st.fragment
def analysis_part() -> None:
    """Steps 2-5, a section of its own: a changed setting (a sheet's design, a
    test, a metric shown) reruns only this part of the page, not the files above
    it nor the app around it; its choices are saved as they change."""
    files = common.files()
    with st.spinner(t("p541.reading", lang)):
        analyses = []
        for name, data in files.items():
            try:
                analyses.append(common.analyze(data, name, common.options_json(name)))
            except Exception as exc:  # a bug must not lose the upload or show a traceback
                st.error(t("internal_error", lang, detail=f"{name}: {type(exc).__name__}"),
                         icon=":material/error:")
    check_section(analyses)
    results = [m for fa in analyses for m in fa.metrics]
    if not results:
        st.info(t("p541.next_fix", lang), icon=":material/arrow_forward:")
    else:
        results_section(results)
        info = project_inputs()
        value_section(results, info)
        infographic_section(results, info)
        st.success(t("p541.next_done", lang), icon=":material/check_circle:")
    workspace.persist()

main()
