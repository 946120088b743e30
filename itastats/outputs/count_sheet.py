"""The 5.4.1 workbook's rows and sheet for counts (issue 14).

:func:`itastats.outputs.workbooks.results_541_xlsx` writes one row per
metric; a count metric's row comes from :func:`row_541` (the rates or
percentages, the test with R's statistic, df, p, estimate and interval),
and :func:`add_counts_sheet` adds a sheet "จำนวนนับ" with what was counted
for each count metric: X and N (or the events and the exposure), each
side's exact interval, the test chosen and why, and the check test.  Built
only from the results; nothing is computed again.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

from ..i18n import fmt
from ..i18n.catalog import t

__all__ = ["row_541", "add_counts_sheet"]

_NUM2 = "#,##0.00"
_NUM4 = "0.0000"
_INT = "#,##0"
_P = "[<0.0001]\"< .0001\";0.0000"


def _n(r) -> tuple[Any, Any]:
    """What the n columns hold for a count: N for X of N, the cases for paired, the events for rates."""
    data, test = r.metric.counts, r.counts
    values = data.values if data is not None else test.counts
    if any(v is None for v in values):
        return None, None
    if test.kind == "rates":
        return values[0], values[2]
    if test.kind == "proportions":
        return values[1], values[3]
    n = sum(values)
    return n, n


def row_541(i: int, r: Any, lang: str, text) -> tuple[list, list, tuple]:
    """(values, number formats, alignments) of a count metric's row in the
    5.4.1 results sheet; ``text`` is the workbook's cleaner for user text."""
    from ..render import count_narrative, narrative
    test = r.counts
    ok = test.error is None
    n_b, n_a = _n(r)
    estimate_label = t(f"cnt.estimate_name.{test.estimate_name}", lang) if ok else fmt.DASH
    values = [i, text(r.name), narrative.unit_text(r.unit, lang) or fmt.DASH, t(f"pack.design.{r.design}", lang),
              n_b, n_a, r.before_value, r.after_value, r.change, r.pct_change,
              count_narrative.test_label(test) if ok else fmt.DASH,
              test.statistic if ok else None, test.df if ok else None, test.pvalue if ok else None,
              test.ci_low if ok else None, test.ci_high if ok else None,
              estimate_label, test.estimate if ok else None,
              narrative.sentence(r, lang), f"{r.metric.file} · {r.metric.sheet}"]
    formats = [None, None, None, None, _INT, _INT, _NUM2, _NUM2, _NUM2, _NUM2, None, _NUM2, _NUM2, _P,
               _NUM4, _NUM4, None, _NUM4]
    return values, formats, ("center", "left", "center", "center")


def add_counts_sheet(wb, ev: Any, lang: str, made_on: _dt.date | None, sheet_class, text, footer: str) -> None:
    """A sheet "จำนวนนับ" with what each count metric counted and its test, when there is one."""
    from ..render import count_narrative
    counted = [r for r in ev.results_541 if getattr(r, "counts", None) is not None]
    if not counted:
        return
    sh = sheet_class(wb.create_sheet(), t("cnt.xlsx.sheet", lang), (46, 24, 24, 60))
    sh.title(t("cnt.xlsx.title", lang))
    sh.subtitle(ev.profile.name)
    for r in counted:
        test = r.counts
        sh.blank()
        sh.section(f"{text(r.name)} \u00b7 {t(f'design.{r.design}', lang)} \u00b7 {r.metric.file} \u00b7 {r.metric.sheet}")
        sh.header(["", t("period.before", lang), t("period.after", lang), ""])
        for label, before, after in count_narrative.table_rows(r, lang):
            sh.cells([label, before, after, ""], aligns=("left", "right", "right", "left"))
        if test.error:
            sh.cells([t("cnt.xlsx.no_test", lang), count_narrative.significance_phrase(test, lang)],
                     aligns=("left", "left"), spans=(1, 3))
            continue
        level = fmt.num(test.confidence * 100, 1).rstrip("0").rstrip(".")
        rows = [
            (t("cnt.xlsx.test", lang), count_narrative.test_label(test), None),
            (t("cnt.xlsx.why", lang), count_narrative.reason_sentence(test, lang), None),
            (t("cnt.xlsx.statistic", lang), test.statistic, _NUM4),
            (t("cnt.xlsx.df", lang), test.df, _INT),
            (t("cnt.xlsx.p", lang), test.pvalue, _P),
            (t(f"cnt.estimate_name.{test.estimate_name}", lang), test.estimate, _NUM4),
            (t("cnt.xlsx.ci", lang, level=level), _ci(test), None),
            (t("cnt.xlsx.alternative", lang), t(f"cnt.alternative.{test.alternative}", lang), None),
            (t("cnt.xlsx.check", lang), count_narrative.check_sentence(test, lang), None),
        ]
        for label, value, number_format in rows:
            if value is None and number_format is not None:
                value = fmt.DASH
            sh.cells([label, value], [None, number_format], aligns=("left", "left"), spans=(1, 3))
    sh.blank()
    sh.note(t("cnt.xlsx.note", lang))
    sh.footer(footer)


def _ci(test) -> str:
    if test.ci_low is None and test.ci_high is None:
        return fmt.DASH
    low = fmt.DASH if test.ci_low is None else f"{test.ci_low:.6g}"
    high = "\u221e" if test.ci_high is None else f"{test.ci_high:.6g}"
    return f"{low} \u2013 {high}"
