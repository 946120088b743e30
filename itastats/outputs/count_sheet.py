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


_FORMATS = {"n_before": _INT, "n_after": _INT, "mean_before": _NUM2, "mean_after": _NUM2, "change": _NUM2,
            "pct": _NUM2, "statistic": _NUM2, "df": _NUM2, "p": _P, "ci_low": _NUM4, "ci_high": _NUM4,
            "effect": _NUM4}


def row_541(i: int, r: Any, lang: str, text, cols=None) -> tuple[list, list, tuple]:
    """(values, number formats, alignments) of a count metric's row in the
    5.4.1 results sheet, in the order of the sheet's column names ``cols``;
    ``text`` is the workbook's cleaner for user text."""
    from ..render import count_narrative, narrative
    from ..render.figures import verdict_words
    test = r.counts
    ok = test.error is None
    n_b, n_a = _n(r)
    row = {
        "no": i, "metric": text(r.name), "unit": narrative.unit_text(r.unit, lang) or fmt.DASH,
        "design": t(f"pack.design.{r.design}", lang), "n_before": n_b, "n_after": n_a,
        "mean_before": r.before_value, "mean_after": r.after_value, "change": r.change, "pct": r.pct_change,
        "verdict": verdict_words(r, lang), "test": count_narrative.test_label(test) if ok else fmt.DASH,
        "statistic": test.statistic if ok else None, "df": test.df if ok else None,
        "p": test.pvalue if ok else None, "ci_low": test.ci_low if ok else None,
        "ci_high": test.ci_high if ok else None,
        "effect_name": t(f"cnt.estimate_name.{test.estimate_name}", lang) if ok else fmt.DASH,
        "effect": test.estimate if ok else None,
        "sentence": narrative.sentence(r, lang), "file": f"{r.metric.file} \u00b7 {r.metric.sheet}",
    }
    cols = tuple(cols or row)
    return [row.get(c) for c in cols], [_FORMATS.get(c) for c in cols], ("center", "left", "center", "center")


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
