"""Results in, sentences out, in Thai report style or English.

Every sentence is built from one :class:`~itastats.stats.analysis.MetricResult`;
nothing here computes a statistic.  Wording follows STATISTICS.md
("Significance wording"): p as "p < .001" / "p = .003", t with its df,
"แตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ .05".
"""
from __future__ import annotations

from ..i18n import fmt
from ..stats.analysis import REPORTED, MetricResult, Reconciliation, reconcile
from ..stats.compare import Comparison, TestResult
from ..i18n.catalog import t

ALPHA = 0.05

# The units Thai offices write, and their English words (for English text).
UNITS_EN = {
    "วัน": "days", "นาที": "minutes", "ชั่วโมง": "hours", "ชม.": "hours", "วินาที": "seconds",
    "บาท": "baht", "แผ่น": "sheets", "ขั้นตอน": "steps", "ครั้ง": "times", "คน": "people",
    "เรื่อง": "cases", "ฉบับ": "documents", "รายการ": "items", "เดือน": "months", "ปี": "years",
    "บาท/ปี": "baht/year", "บาท/เดือน": "baht/month", "บาท/เรื่อง": "baht/case",
    "แผ่น/เดือน": "sheets/month", "แผ่น/ปี": "sheets/year", "คะแนน": "points", "ข้อ": "questions",
}

TEST_LABEL = {
    "paired_t": "paired t-test",
    "welch_t": "Welch t-test",
    "wilcoxon_signed_rank": "Wilcoxon signed-rank",
    "mann_whitney_u": "Mann-Whitney U",
}
EFFECT_LABEL = {
    "cohen_dz": "Cohen's d_z",
    "cohen_d": "Cohen's d",
    "hedges_g": "Hedges' g",
    "rank_biserial": "rank-biserial r",
}


def unit_text(unit: str | None, lang: str) -> str:
    if not unit:
        return ""
    if lang == "en" and unit.strip() not in UNITS_EN:
        from .count_narrative import unit_en      # counts: "เรื่อง/เดือน" -> "cases/month"
        return unit_en(unit)
    return UNITS_EN.get(unit.strip(), unit) if lang == "en" else unit


def _amount(x: float | None, unit: str | None, lang: str) -> str:
    u = unit_text(unit, lang)
    return f"{fmt.smart(x)} {u}".strip()


def test_stats(test: TestResult, lang: str = "en") -> str:
    """"t(27) = −15.87, p < .001" or "V = 0, p < .001, normal approximation"
    (in Thai: "… ประมาณด้วยการแจกแจงปกติ")."""
    if test.error or test.pvalue is None:
        return ""
    if test.name in ("paired_t", "welch_t"):
        return f"{fmt.stat_df('t', test.statistic, test.df)}, {fmt.p_value(test.pvalue)}"
    symbol = "V" if test.name == "wilcoxon_signed_rank" else "W"
    how = t("nar.exact" if test.exact else "nar.normal_approx", lang)
    return f"{symbol} = {fmt.smart(test.statistic)}, {fmt.p_value(test.pvalue)}, {how}"


def test_label(test: TestResult) -> str:
    return TEST_LABEL.get(test.name, test.name)


def effect_label(name: str | None) -> str:
    return EFFECT_LABEL.get(name or "", name or "")


def effect_magnitude(test: TestResult) -> str | None:
    """Conventional size words: Cohen (1988) for d; 0.1/0.3/0.5 for r."""
    if test.effect_size is None:
        return None
    size = abs(test.effect_size)
    cuts = (0.1, 0.3, 0.5) if test.effect_size_name == "rank_biserial" else (0.2, 0.5, 0.8)
    if size < cuts[0]:
        return "effect.negligible"
    if size < cuts[1]:
        return "effect.small"
    if size < cuts[2]:
        return "effect.medium"
    return "effect.large"


def _direction(change: float, lang: str) -> tuple[str, str]:
    if change < 0:
        return t("nar.fell", lang), t("nar.to_fell", lang)
    return t("nar.rose", lang), t("nar.to_rose", lang)


def change_phrase(result: MetricResult, lang: str = "th") -> str:
    """"ระยะเวลาอนุมัติลดลงจากเฉลี่ย 7.54 วัน เหลือ 2.48 วัน (ลดลงร้อยละ 67.06)"."""
    name, unit = result.name, result.unit
    if lang == "th" and name and not ("\u0e00" <= name[-1] <= "\u0e7f"):
        name += " "          # "before after independent ลดลงจาก…", not "…independentลดลงจาก…"
    before, after, change = result.before_value, result.after_value, result.change
    if before is None or after is None or change is None:
        return t("nar.no_numbers", lang, name=name)
    if change == 0:
        return t("nar.unchanged", lang, name=name, value=_amount(before, unit, lang))
    verb, to = _direction(change, lang)
    key = "nar.change_aggregate" if result.comparison is None else "nar.change_mean"
    pct = "" if result.pct_change is None else t(
        "nar.pct", lang, verb=verb, pct=fmt.num(abs(result.pct_change), 2),
        signed=fmt.num(result.pct_change, 2))
    return t(key, lang, name=name, verb=verb, to=to, before=_amount(before, unit, lang),
             after=_amount(after, unit, lang), pct=pct).strip()


def significance_phrase(comparison: Comparison, lang: str = "th") -> str:
    """The significance verdict with the test's numbers in brackets."""
    if comparison.error:
        return t(comparison.error, lang)
    test = comparison.headline
    if test.error or test.pvalue is None:
        return t(test.error or "nar.no_test", lang)
    stats = f"{test_label(test)}: {test_stats(test, lang)}"
    key = "nar.significant" if test.pvalue < ALPHA else "nar.not_significant"
    return t(key, lang, stats=stats, p=fmt.p_value(test.pvalue))


def sentence(result: MetricResult, lang: str = "th") -> str:
    """The headline sentence of a metric, as it goes into a report."""
    if getattr(result, "counts", None) is not None:
        from .count_narrative import sentence as count_sentence   # counts: itastats.render.count_narrative
        return count_sentence(result, lang)
    head = change_phrase(result, lang)
    if result.comparison is None:
        return f"{head}{t('nar.end', lang)} {t('nar.aggregate_no_test', lang)}"
    lead = t("nar.after_project", lang)
    return f"{lead}{head}{t('nar.join', lang)}{significance_phrase(result.comparison, lang)}"


def reconcile_sentence(rec: Reconciliation, unit: str | None, lang: str = "th") -> str:
    """What a reported figure is, next to the tested metric it summarises."""
    u = unit_text(unit, lang)
    key = "nar.reconcile_agrees" if rec.agrees else "nar.reconcile_differs"
    return t(key, lang, reported=" ".join(rec.reported.split()), tested=" ".join(rec.tested.split()),
             tb=_amount(rec.tested_before, u, lang), ta=_amount(rec.tested_after, u, lang))


def group_sentences(results, lang: str = "th", *, context=None) -> list[str]:
    """The sentences of a group of metrics, as an infographic, a slide or the
    memo lists them: each tested metric's sentence; each reported figure's
    change, the reason no test is possible said once, and how a reported
    figure relates to a tested metric of the same quantity (``context``: all
    the project's results, to find it; by default the group itself)."""
    results = list(results)
    out = [sentence(r, lang) for r in results if r.verdict != REPORTED]
    reported = [r for r in results if r.verdict == REPORTED]
    if reported:
        out += [f"{change_phrase(r, lang)}{t('nar.end', lang)}" for r in reported]
        recs = reconcile(list(context) if context is not None else results)
        out += [reconcile_sentence(recs[r.name], r.unit, lang) for r in reported if r.name in recs]
        out.append(t("nar.reported_once", lang, n=len(reported)))
    return out


def reason_sentence(comparison: Comparison, lang: str = "th") -> str:
    """Why the headline test was chosen, in one sentence."""
    return t(comparison.reason, lang, **dict(comparison.reason_params))


def ci_sentence(test: TestResult, unit: str | None, lang: str = "th") -> str:
    if test.ci_low is None and test.ci_high is None:
        return ""
    achieved = 0.95 if test.conf_level is None else test.conf_level
    level = fmt.num(achieved * 100, 1).rstrip("0").rstrip(".")
    key = "nar.ci_mean" if test.name in ("paired_t", "welch_t") else "nar.ci_shift"
    low = fmt.num(test.ci_low, 2) if test.ci_low is not None else "−∞"
    high = fmt.num(test.ci_high, 2) if test.ci_high is not None else "∞"
    return t(key, lang, level=level, low=low, high=high, unit=unit_text(unit, lang))


def effect_sentence(test: TestResult, lang: str = "th") -> str:
    if test.effect_size is None:
        return ""
    size = effect_magnitude(test)
    return t("nar.effect", lang, name=effect_label(test.effect_size_name),
             value=fmt.num(test.effect_size, 2), size=t(size, lang) if size else "")
