"""How a count metric is shown on 5.4.1 (issue 14): its numbers, the counts
behind them, the test and why, the check test, its chart. Layout only: every
number and word comes from itastats (stats.counts, render.count_narrative,
render.count_figures)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from itastats.i18n import fmt
from itastats.i18n.catalog import t
from itastats.read import counts as read_counts
from itastats.read import layouts
from itastats.render import count_figures, count_narrative, figures, narrative, theme
from itastats.stats.analysis import BETTER, SIGNIFICANT, WORSE
from app_pages import common, workspace

TEMPLATE = theme.template("screen")
KINDS = ("auto",) + read_counts.KINDS
METHODS = {"proportions": ("auto", "prop_test", "fisher_exact"),
           "paired_proportions": ("auto", "mcnemar", "mcnemar_exact")}


def kind_select(base: str, lang: str, column) -> None:
    """The sheet's kind of numbers (opt|file|sheet|kind): recognised, or declared."""
    workspace.keep(base + "kind", "auto", list(KINDS), guessed=base + "kind")
    column.selectbox(t("cnt.page.kind", lang), KINDS, key=base + "kind",
                     format_func=lambda x: t(f"kind.{x}", lang), help=t("cnt.page.kind_help", lang))


def metric_kind_select(r, lang: str, *, label_key: str = "cnt.page.metric_kind") -> None:
    """One aggregate row's kind (opt|file|sheet|mkind|metric): a count, or a reported figure."""
    key = f"opt|{r.metric.file}|{r.metric.sheet}|mkind|{r.name}"
    options = ["auto", "measure", "rates", "proportions"]
    workspace.keep(key, "auto", options, guessed=key)
    st.selectbox(t(label_key, lang, name=r.name), options, key=key,
                 format_func=lambda x: t(f"kind.{x}", lang))


def _numbers(r, lang: str) -> tuple[str, str, str, str | None, str]:
    """(before, after, change, delta, unit for the labels) as the sentence prints them; a rate's
    unit goes in the labels ("ก่อน (เรื่อง/เดือน)"), so the numbers stay whole on a narrow screen."""
    delta = f"{r.pct_change:+,.2f}%" if r.pct_change is not None else None
    if r.counts.kind == "rates":
        before, after = count_narrative.rate_pair(r)
        return before, after, fmt.num(r.change, 2, sign=True), delta, narrative.unit_text(r.unit, lang)
    change = t("cnt.card.points", lang, points=fmt.num(r.change, 2, sign=True))
    return f"{fmt.num(r.before_value, 2)}%", f"{fmt.num(r.after_value, 2)}%", change, delta, ""


def card(r, lang: str) -> None:
    """A count metric's card on the 5.4.1 page."""
    test = r.counts
    with st.container(border=True):
        st.markdown(f"#### {common.md_escape(r.name)}")
        st.caption(t("p541.source", lang, file=r.metric.file, sheet=r.metric.sheet,
                     design=t(f"design.{r.design}", lang)))
        if r.before_value is not None and r.after_value is not None:
            before, after, change, delta, unit = _numbers(r, lang)
            k1, k2, k3 = st.columns(3)
            suffix = f" ({unit})" if unit else ""
            k1.metric(t("period.before", lang) + suffix, before)
            k2.metric(t("period.after", lang) + suffix, after)
            significant = r.verdict in (BETTER, WORSE, SIGNIFICANT)
            k3.metric(t("p541.change", lang) + suffix, change, delta=delta,     # coloured only when significant
                      delta_color=("inverse" if r.metric.lower_is_better else "normal") if significant else "off")
            k3.caption(figures.verdict_words(r, lang))
        box = {BETTER: st.success, WORSE: st.warning}.get(r.verdict, st.warning if test.error else st.info)
        box(narrative.sentence(r, lang), icon=":material/summarize:")
        rows = count_narrative.table_rows(r, lang, with_pairs=False)
        left, right = st.columns([1, 1])
        with left:
            if rows:
                st.dataframe(pd.DataFrame(rows, columns=["", t("period.before", lang), t("period.after", lang)]),
                             hide_index=True, placeholder="", width="stretch")
            if not test.error:
                st.markdown(f"**{t('p541.test_used', lang)}:** {count_narrative.test_label(test)} — "
                            f"{count_narrative.test_stats(test, lang)}")
                st.caption(count_narrative.reason_sentence(test, lang))
                check = count_narrative.check_sentence(test, lang)
                if check:
                    st.caption(check)
            if test.kind in METHODS:
                key = f"opt|{r.metric.file}|{r.metric.sheet}|method|{r.name}"
                workspace.keep(key, "auto", list(METHODS[test.kind]))
                st.selectbox(t("p541.method", lang), METHODS[test.kind], key=key,
                             format_func=lambda x: t(f"method.{x}", lang))
            if _from_rows(r):
                metric_kind_select(r, lang)
        with right:
            if not test.error:
                st.plotly_chart(count_figures.count_chart(r, lang=lang, template=TEMPLATE), theme=None,
                                key=f"chart|{r.metric.file}|{r.metric.sheet}|{r.name}")
        notes = [p for p in r.dropped]
        label = t("cnt.page.cells", lang, n=len(notes))
        with st.expander(label, expanded=bool(test.error)):
            if notes:
                common.problems_view(notes, lang)
            else:
                st.write(t("p541.no_rows_dropped", lang))


def _from_rows(r) -> bool:
    """A count read from aggregate rows (its kind can be set per row)."""
    m = r.metric
    return m.counts is not None and m.before_column != m.after_column and m.rows_before.size == 1 \
        and m.rows_after.size == 1 and m.rows_before[0] == m.rows_after[0]


def aggregate_hint(aggregates, lang: str) -> None:
    """Why reported figures get no test, and how to declare one that is a count."""
    st.caption(t("cnt.page.aggregate_why", lang))
    counts_like = [r for r in aggregates if any(p.key == "counts.looks_like_counts" for p in r.metric.problems)
                   or r.metric.design == layouts.AGGREGATE]
    if counts_like:
        with st.expander(t("cnt.page.declare", lang), expanded=any(
                p.key == "counts.looks_like_counts" for r in aggregates for p in r.metric.problems)):
            for r in counts_like:
                metric_kind_select(r, lang)
