"""5.4.3 ความพึงพอใจ: a Google/Microsoft Forms export (or a hand-made sheet)
to the Thai-style result table, charts, xlsx and infographic. Layout only."""
from __future__ import annotations


import pandas as pd
import streamlit as st

from itastats.i18n import fmt
from itastats.criteria import kpi, survey
from itastats.render import survey_figures, survey_infographic, theme
from itastats.i18n.catalog import t
from itastats.read.problems import InputError, describe
from app_pages import common, kept, workspace

lang = common.lang()
PAGE = workspace.PAGE_543
TEMPLATE = theme.template("screen")
UPLOAD_TYPES = ["csv", "xlsx", "xls", "ods", "tsv", "txt"]


def files() -> dict[str, bytes]:
    return st.session_state.setdefault(workspace.files_key(PAGE), {})


def data_section() -> None:
    st.subheader(t("p543.step1", lang))
    uploads = st.file_uploader(t("p543.upload", lang), type=UPLOAD_TYPES, accept_multiple_files=True,
                               help=t("p543.upload_help", lang), key="sv_uploader",
                               disabled=not workspace.can_edit())
    for name in common.store_uploads(uploads, PAGE):
        st.session_state["sv.file"] = name      # a new upload is the survey shown
    common.file_list(PAGE, "sv_remove", lang)


def corrections(name: str, result) -> None:
    """Unknown answer words to map, and each column's role."""
    if result.unknown_words:
        st.warning(t("p543.unknown_words", lang), icon=":material/help:")
        cols = st.columns(3)
        for i, (column, word, count) in enumerate(result.unknown_words):
            key = f"sv.{name}|word|{word}"
            options = ["skip", 5, 4, 3, 2, 1]
            workspace.keep(key, "skip", options)
            cols[i % 3].selectbox(t("p543.word_label", lang, word=word, count=count), options, key=key,
                                  format_func=lambda x: t("p543.word_skip", lang) if x == "skip" else str(x))
    # made when opened: a select box per column of the form (a Google Form has dozens)
    check = common.lazy_expander(t("p543.check_columns", lang), "sv_check_columns")
    if not check.open:
        return
    with check:
        cols = st.columns(3)
        for i, (column, role) in enumerate(result.roles.items()):
            key = f"sv.{name}|role|{column}"
            workspace.keep(key, role if role in survey.ROLES else survey.IGNORE, list(survey.ROLES))
            cols[i % 3].selectbox(column, list(survey.ROLES), key=key,
                                  format_func=lambda x: t(f"p543.role.{x}", lang))


def level_word(level) -> str:
    return t(survey.level_key(level), lang) if level else "—"


def thai_table(result) -> pd.DataFrame:
    rows = []
    by_dim: dict = {}
    order = {item.column: str(i) for i, item in enumerate(result.items, start=1)}
    for item in result.items:
        by_dim.setdefault(item.dimension, []).append(item)
    for dim in result.dimensions:
        rows.append({"ข้อ": "", "รายการ": dim.name, "x̄": fmt.num(dim.mean), "S.D.": fmt.num(dim.sd),
                     "ระดับ": level_word(dim.level)})
        for item in by_dim.pop(dim.name, []):
            rows.append({"ข้อ": item.number or order[item.column], "รายการ": item.name, "x̄": fmt.num(item.mean),
                         "S.D.": fmt.num(item.sd), "ระดับ": level_word(item.level)})
    for items in by_dim.values():
        for item in items:
            rows.append({"ข้อ": item.number or order[item.column], "รายการ": item.name, "x̄": fmt.num(item.mean),
                         "S.D.": fmt.num(item.sd), "ระดับ": level_word(item.level)})
    o = result.overall
    rows.append({"ข้อ": "", "รายการ": t("p543.overall", lang), "x̄": fmt.num(o.mean), "S.D.": fmt.num(o.sd),
                 "ระดับ": level_word(o.level)})
    frame = pd.DataFrame(rows)
    frame.columns = [t("p543.col.no", lang), t("p543.col.item", lang), "x̄", "S.D.", t("p543.col.level", lang)]
    return frame


def distribution_table(result) -> pd.DataFrame:
    rows = []
    for item in result.items:
        row = {t("p543.col.item", lang): item.name}
        for point, share in zip(range(result.scale, 0, -1), reversed(item.distribution)):
            row[str(point)] = fmt.num(share, 1)
        row[t("p543.col.top2", lang)] = fmt.num(item.top2_pct, 1)
        rows.append(row)
    return pd.DataFrame(rows)


def kpi_target(profile) -> float | None:
    return next((k.target for k in profile.kpis if k.source == kpi.SURVEY_PCT), None)


def headline(result, profile) -> None:
    o, a = result.overall, result.alpha
    target = kpi_target(profile)
    # plain captions under each number: st.metric's delta would draw an arrow beside words
    k1, k2, k3, k4 = st.columns(4)
    k1.metric(t("p543.respondents", lang), f"{result.respondents:,}")
    k1.caption(t("p543.items_count", lang, k=len(result.items)))
    k2.metric(t("p543.overall_mean", lang), fmt.num(o.mean))
    k2.caption(f"{level_word(o.level)} · S.D. = {fmt.num(o.sd)}")
    k3.metric(t("p543.pct", lang), fmt.pct(o.pct))
    if target is not None and o.pct is not None:
        met = o.pct >= target
        k3.caption(("✓ " if met else "✗ ") + t("p543.vs_target", lang, target=fmt.smart(target),
                                               verdict=t("p543.met" if met else "p543.not_met", lang)))
    k4.metric(t("p543.alpha", lang), fmt.num(a.value, 3) if a.value is not None else "—")
    k4.caption(t("p543.alpha_rows", lang, n=a.n_used, k=a.k))
    st.caption(t(a.error, lang) if a.error else t(survey.alpha_key(a.value), lang))


def results_section(name: str, result, profile) -> None:
    st.subheader(t("p543.step2", lang))
    headline(result, profile)
    st.markdown(f"#### {t('p543.table_title', lang)}")
    # text only, every row whole: a plain table (a grid's canvas keeps changing ~0.3 s after it is drawn)
    st.table(thai_table(result), hide_index=True)
    st.caption(t(survey.criteria_citation_key(result.criteria), lang))
    # one chart a row: side by side their long Thai item labels leave no room for the bars
    # the two charts in tabs: only the open one is made
    ranked, diverging = common.lazy_tabs([t("p543.tab_ranked", lang), t("p543.tab_diverging", lang)], "sv.charts")
    if ranked.open:
        ranked.plotly_chart(kept.figure(result, ("ranked", lang), lambda: survey_figures.ranked_means(
            result, lang=lang, template=TEMPLATE)), theme=None, key="sv.chart.ranked")
    if diverging.open:
        diverging.plotly_chart(kept.figure(result, ("diverging", lang), lambda: survey_figures.diverging_items(
            result, lang=lang, template=TEMPLATE)), theme=None, key="sv.chart.diverging")
    box = common.lazy_expander(t("p543.distribution", lang), "sv.distribution_box")
    if box.open:
        box.dataframe(distribution_table(result), hide_index=True, placeholder="", width="stretch", height="content")
    st.download_button(t("p543.download_xlsx", lang), data=lambda: _thai_table_xlsx(result, lang),
                       file_name=f"5.4.3_{name.rsplit('.', 1)[0]}.xlsx", icon=":material/table:",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       key="sv.download.xlsx", on_click="ignore")
    if result.profile:
        st.markdown(f"#### {t('p543.profile', lang)}")
        # made when opened: a chart for each question about the respondents
        box = common.lazy_expander(t("p543.profile_open", lang, n=len(result.profile)), "sv.profile_box",
                                   icon=":material/bar_chart:")
    if result.profile and box.open:
        cols = box.columns(2)
        for i, table in enumerate(result.profile):
            with cols[i % 2]:
                st.plotly_chart(kept.figure(result, ("profile", i, lang), lambda: survey_figures.profile_bars(
                    table, lang=lang, template=TEMPLATE)), theme=None, key=f"sv.profile|{i}")
    if result.comparisons:
        st.markdown(f"#### {t('p543.groups', lang)}")
        for comp in result.comparisons:
            st.markdown("- " + common.md_escape(survey.comparison_sentence(comp, lang)))
    for block in result.open_answers:
        label = t("p543.open", lang)
        heading = block.question if block.question.strip() == label else f"{label}: {block.question}"
        st.markdown(f"#### {common.md_escape(heading)}")
        # made when opened: hundreds of answers in a table with a search box
        box = common.lazy_expander(t("p543.open_box", lang, n=len(block.answers)), f"sv_open|{block.question}",
                                   icon=":material/chat:")
        if not box.open:
            continue
        with box:
            query = st.text_input(t("p543.search", lang), key=f"sv_search|{block.question}")
            shown = [a for a in block.answers if query.strip().lower() in a.lower()] if query else list(block.answers)
            st.caption(t("p543.open_count", lang, shown=len(shown), total=len(block.answers)))
            st.dataframe(pd.DataFrame({t("p543.answer", lang): shown}), hide_index=True, placeholder="",
                         width="stretch", height=common.table_height(len(shown)))


def infographic_section(result, profile) -> None:
    st.subheader(t("p543.step3", lang))
    workspace.keep("sv.size", "a4", list(theme.INFOGRAPHIC_SIZES))
    size = st.segmented_control(t("p541.info_size", lang), list(theme.INFOGRAPHIC_SIZES), key="sv.size",
                                format_func=lambda x: t(f"size.{x}", lang)) or "a4"
    target = kpi_target(profile)
    common.infographic(lambda: survey_infographic.infographic_543(
        result, profile, size=size, lang=lang, template=theme.template(size), kpi_target=target),
        size, of=result, params=(profile.to_json(), target), file_stem=f"5.4.3_{size}", key="sv.download.png",
        language=lang)


def _thai_table_xlsx(result, language: str) -> bytes:
    """The table's workbook, made when the button is clicked (openpyxl is imported then: 0.2 s
    that the page's first visit no longer waits for)."""
    from itastats.outputs import survey_xlsx
    return survey_xlsx.thai_table_xlsx(result, lang=language)


def main() -> None:
    st.title(t("p543.title", lang))
    st.caption(t("p543.subtitle", lang))
    data_section()
    if not files():
        st.info(t("p543.next_upload", lang), icon=":material/arrow_forward:")
        return
    workspace.keep("sv.criteria", survey.BEST, list(survey.CRITERIA))
    st.segmented_control(t("p543.criteria", lang), list(survey.CRITERIA), key="sv.criteria",
                         format_func=lambda x: t(f"p543.criteria.{x}", lang))
    names = list(files())
    workspace.keep("sv.file", names[-1], names)
    name = st.selectbox(t("p543.which_file", lang), names, key="sv.file") if len(names) > 1 else names[0]
    try:
        with st.spinner(t("p541.reading", lang)):             # a large export takes a while the first time
            result = common.analyze_survey(files()[name], name, common.survey_options(name))
    except InputError as exc:
        st.error(describe(exc.problem, lang), icon=":material/error:")
        st.caption(t("p541.fix_file", lang))
        return
    except Exception as exc:  # a bug must not lose the upload or show a traceback
        st.error(t("internal_error", lang, detail=f"{name}: {type(exc).__name__}"), icon=":material/error:")
        return
    corrections(name, result)
    profile = common.profile(lang)
    if not result.items:
        st.info(t("p543.next_fix", lang), icon=":material/arrow_forward:")
        return
    results_section(name, result, profile)
    infographic_section(result, profile)
    st.success(t("p543.next_done", lang), icon=":material/check_circle:")


main()
