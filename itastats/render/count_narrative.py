"""Sentences for counts: events over a period, X of N, the same cases twice.

The count twin of :mod:`itastats.render.narrative` (which hands count
metrics to :func:`sentence` here): one :class:`~itastats.stats.analysis.MetricResult`
with its :class:`~itastats.stats.counts.CountTest` in, Thai report style or
English out, nothing computed.  A count and its rate always divide on the
page: "ร้อยละ 8.75 (35 จาก 400 ฉบับ)", "10.0 เรื่องต่อเดือน (120 เรื่องใน 12 เดือน)".
"""
from __future__ import annotations

import math
import re

from ..i18n import fmt
from ..i18n.catalog import t
from ..stats import counts as ct
from ..stats.analysis import MetricResult
from ..stats.counts import CountTest

ALPHA = 0.05

# English for the count and period units Thai offices write (plural, and per one)
UNITS_EN = {
    "เรื่อง": ("cases", "case"), "ครั้ง": ("times", "time"), "ราย": ("cases", "case"),
    "ฉบับ": ("documents", "document"), "กรณี": ("cases", "case"), "คำขอ": ("requests", "request"),
    "คำร้อง": ("petitions", "petition"), "รายการ": ("items", "item"), "คน": ("people", "person"),
    "เอกสาร": ("documents", "document"), "ชิ้น": ("pieces", "piece"), "งาน": ("jobs", "job"),
    "แห่ง": ("places", "place"), "ชุด": ("sets", "set"),
    "ปี": ("years", "year"), "เดือน": ("months", "month"), "สัปดาห์": ("weeks", "week"),
    "วัน": ("days", "day"), "วันทำการ": ("working days", "working day"), "ไตรมาส": ("quarters", "quarter"),
}


def unit_en(unit: str) -> str:
    """English for a count unit or a count per period: "เรื่อง/เดือน" -> "cases/month"."""
    left, sep, right = unit.strip().partition("/")
    if sep:
        return f"{UNITS_EN.get(left, (left,))[0]}/{UNITS_EN.get(right, (None, right))[1]}"
    return UNITS_EN.get(unit.strip(), (unit,))[0]


def _unit(unit: str | None, lang: str, *, one: bool = False) -> str:
    if not unit:
        return ""
    if lang != "en":
        return unit
    pair = UNITS_EN.get(unit)
    return unit if pair is None else pair[1 if one else 0]


def rate_text(x: float | None) -> str:
    """A rate as a report prints it: one decimal from 1 up (10.0, 3.8), two
    significant digits below (0.38, 0.027)."""
    if x is None or not math.isfinite(x):
        return fmt.DASH
    if x == 0:
        return "0"
    if abs(x) >= 1:
        return fmt.num(x, 1)
    return fmt.num(x, min(6, 1 - math.floor(math.log10(abs(x)))))


def rate_pair(result: MetricResult) -> tuple[str, str]:
    """The rates before and after as the sentence prints them: whole counts when
    each side is one period (120 → 45 a year), else :func:`rate_text` (10.0 → 3.8)."""
    data = result.metric.counts
    values = data.values if data is not None else result.counts.counts
    if result.counts is not None and result.counts.kind == ct.RATES and values[1] == 1 and values[3] == 1:
        return fmt.smart(result.before_value), fmt.smart(result.after_value)
    return rate_text(result.before_value), rate_text(result.after_value)


def pct_text(p: float | None) -> str:
    """A proportion (0–1) as a percentage with two decimals: 8.75."""
    return fmt.DASH if p is None else fmt.num(p * 100, 2)


def test_label(test: CountTest) -> str:
    return test.label


def estimate_text(test: CountTest, lang: str) -> str:
    """"rate ratio = 0.38, 95% CI 0.26 to 0.53" (Thai: "อัตราส่วน … ช่วงความเชื่อมั่น 95% …")."""
    if test.estimate is None and test.estimate_name != "difference":
        value = "\u221e" if test.estimate_name in ("rate_ratio", "odds_ratio") else fmt.DASH
    elif test.estimate_name == "difference":
        value = fmt.num(None if test.estimate is None else test.estimate * 100, 2, sign=True)
    else:
        value = fmt.num(test.estimate, 2)
    text = t(f"cnt.estimate.{test.estimate_name}", lang, value=value)
    if test.ci_low is None and test.ci_high is None:
        return text
    scale = 100 if test.estimate_name == "difference" else 1
    low = fmt.num(test.ci_low * scale, 2) if test.ci_low is not None else "0"
    high = fmt.num(test.ci_high * scale, 2) if test.ci_high is not None else "\u221e"
    level = fmt.num(test.confidence * 100, 1).rstrip("0").rstrip(".")
    return text + t("cnt.ci", lang, level=level, low=low, high=high)


def test_stats(test: CountTest, lang: str = "en") -> str:
    """The test's numbers: "X²(1) = 16.27, p < .001" (with the estimate and
    its interval for the exact tests)."""
    if test.error or test.pvalue is None:
        return ""
    p = fmt.p_value(test.pvalue)
    if test.name == ct.PROP_TEST:
        return f"{fmt.stat_df('X²', test.statistic, test.df)}, {p}"
    if test.name == ct.MCNEMAR:
        return f"{fmt.stat_df('X²', test.statistic, test.df)}, {p}"
    if test.name == ct.MCNEMAR_EXACT:
        b, c = test.counts[1], test.counts[2]
        return t("cnt.discordant", lang, after_only=fmt.smart(c), before_only=fmt.smart(b)) + f", {p}"
    return f"{estimate_text(test, lang)}, {p}"


def _verb(change: float, lang: str) -> tuple[str, str]:
    if change < 0:
        return t("nar.fell", lang), t("nar.to_fell", lang)
    return t("nar.rose", lang), t("nar.to_rose", lang)


def _of(x: float, n: float, unit: str | None, lang: str) -> str:
    return t("cnt.x_of_n", lang, x=fmt.smart(x), n=fmt.smart(n), unit=_unit(unit, lang)).strip()


def change_phrase(result: MetricResult, lang: str = "th") -> str:
    """What changed, with the counts behind each rate or percentage."""
    return re.sub(r" {2,}", " ", _change_phrase(result, lang))


def _change_phrase(result: MetricResult, lang: str) -> str:
    test = result.counts
    data = result.metric.counts
    name = result.name
    values = data.values if data is not None else test.counts
    if result.before_value is None or result.after_value is None or result.change is None:
        return t("nar.no_numbers", lang, name=name)
    kind = test.kind
    if kind == ct.RATES:
        eb, tb, ea, ta = values
        cu, bu = data.count_unit if data else None, data.base_unit if data else None
        if result.change == 0:
            return t("cnt.rates.same", lang, name=name, rate=rate_text(result.before_value), unit=_unit(cu, lang),
                     per=_per(bu, lang))
        verb, to = _verb(result.change, lang)
        pct = "" if result.pct_change is None else t("nar.pct", lang, verb=verb, pct=fmt.num(abs(result.pct_change), 2),
                                                     signed=fmt.num(result.pct_change, 2))
        if tb == 1 and ta == 1:          # one period each side: the counts are the rates
            key = "cnt.rates.counts" if bu else "cnt.rates.equal_periods"
            return t(key, lang, name=name, verb=verb, to=to, before=fmt.smart(eb), after=fmt.smart(ea),
                     unit=_unit(cu, lang), per=_per(bu, lang), pct=pct).strip()
        detail = t("cnt.rates.detail", lang, eb=fmt.smart(eb), tb=fmt.smart(tb), ea=fmt.smart(ea), ta=fmt.smart(ta),
                   unit=_unit(cu, lang), base=_unit(bu, lang) or t("cnt.periods", lang))
        pct = pct[1:-1] + "; " if pct.startswith("(") and pct.endswith(")") else ""    # one bracket, not two
        return t("cnt.rates.change", lang, name=name, verb=verb, to=to, before=rate_text(result.before_value),
                 after=rate_text(result.after_value), unit=_unit(cu, lang), per=_per(bu, lang), pct=pct,
                 detail=detail).strip()
    if kind == ct.PROPORTIONS:
        xb, nb, xa, na = values
    else:
        a, b, c, d = values
        n = a + b + c + d
        xb, nb, xa, na = a + b, n, a + c, n
    cu = data.count_unit if data else None
    points = fmt.num(abs(result.change), 2)
    if result.change == 0:
        return t("cnt.prop.same", lang, name=name, pct=fmt.num(result.before_value, 2),
                 before=_of(xb, nb, cu, lang), after=_of(xa, na, cu, lang))
    verb, to = _verb(result.change, lang)
    text = t("cnt.prop.change", lang, name=name, verb=verb, to=to, pb=fmt.num(result.before_value, 2),
             pa=fmt.num(result.after_value, 2), before=_of(xb, nb, cu, lang), after=_of(xa, na, cu, lang),
             points=points)
    if kind == ct.PAIRED_PROPORTIONS:
        yes = (data.answer if data and data.answer else None) or t("cnt.yes", lang)
        text += t("cnt.paired.changed", lang, after_only=fmt.smart(c), before_only=fmt.smart(b),
                  unit=_unit(cu, lang), yes=yes)
    return text


def _per(unit: str | None, lang: str) -> str:
    return t("cnt.per", lang, unit=_unit(unit, lang, one=True)) if unit else ""


def significance_phrase(test: CountTest, lang: str = "th") -> str:
    """The verdict with the test's numbers in brackets, or why there is no test."""
    if test.error:
        return t(test.error, lang, **dict(test.error_params))
    stats = f"{test_label(test)}: {test_stats(test, lang)}"
    key = "nar.significant" if test.pvalue < ALPHA else "nar.not_significant"
    return t(key, lang, stats=stats, p=fmt.p_value(test.pvalue))


def sentence(result: MetricResult, lang: str = "th") -> str:
    """The headline sentence of a count metric, as it goes into a report."""
    return re.sub(r" {2,}", " ", _sentence(result, lang))


def _sentence(result: MetricResult, lang: str) -> str:
    test = result.counts
    if test.error and (result.before_value is None or result.after_value is None):
        return t("cnt.no_test", lang, name=result.name, why=significance_phrase(test, lang))
    head = _change_phrase(result, lang)
    if test.error:
        return f"{head}{t('nar.end', lang)} {significance_phrase(test, lang)}".strip()
    return f"{t('nar.after_project', lang)}{head}{t('nar.join', lang)}{significance_phrase(test, lang)}"


def reason_sentence(test: CountTest, lang: str = "th") -> str:
    """Why the headline test was chosen."""
    if not test.chosen_reason:
        return ""
    params = dict(test.reason_params)
    if "min_expected" in params:
        params["min_expected"] = fmt.num(params["min_expected"], 2)
    return t(test.chosen_reason, lang, **params)


def check_sentence(test: CountTest, lang: str = "th") -> str:
    """The other test of the same data, and whether it agrees."""
    other = test.check
    if other is None:
        return ""
    if other.error or other.pvalue is None:
        return t("cnt.check", lang, test=test_label(other), stats=t(other.error or "nar.no_test", lang), verdict="")
    agrees = other.significant() == test.significant()
    return t("cnt.check", lang, test=test_label(other), stats=test_stats(other, lang),
             verdict=t("cnt.agrees" if agrees else "cnt.disagrees", lang))


def table_rows(result: MetricResult, lang: str = "th", *, with_pairs: bool = True) -> list[tuple[str, str, str]]:
    """The counts behind a result, one (label, before, after) row each, for a
    page's table and a workbook: what was counted, out of what, the rate or
    percentage and its own exact interval."""
    test, data = result.counts, result.metric.counts
    values = data.values if data is not None else test.counts
    if any(v is None for v in values):
        return []
    cu = data.count_unit if data else None
    rows: list[tuple[str, str, str]] = []

    def ci(pair, scale: float, text=fmt.num) -> str:
        if not pair or pair[0] is None:
            return fmt.DASH
        high = "\u221e" if pair[1] is None else text(pair[1] * scale)
        return f"{text(pair[0] * scale)} \u2013 {high}"
    level = fmt.num(test.confidence * 100, 1).rstrip("0").rstrip(".")
    if test.kind == ct.RATES:
        eb, tb, ea, ta = values
        bu = data.base_unit if data else None
        rows.append((t("cnt.row.events", lang, unit=_unit(cu, lang)), fmt.smart(eb), fmt.smart(ea)))
        rows.append((t("cnt.row.exposure", lang, unit=_unit(bu, lang) or t("cnt.periods", lang)),
                     fmt.smart(tb), fmt.smart(ta)))
        rows.append((t("cnt.row.rate", lang, per=_per(bu, lang)), rate_text(result.before_value),
                     rate_text(result.after_value)))
        rows.append((t("cnt.row.rate_ci", lang, level=level), ci(test.ci_before, 1, rate_text),
                     ci(test.ci_after, 1, rate_text)))
        return rows
    if test.kind == ct.PROPORTIONS:
        xb, nb, xa, na = values
    else:
        a, b, c, d = values
        xb, nb, xa, na = a + b, a + b + c + d, a + c, a + b + c + d
    yes = (data.answer if data and data.answer else None)
    rows.append((t("cnt.row.count", lang, unit=_unit(cu, lang), yes=f" ({yes})" if yes else ""),
                 fmt.smart(xb), fmt.smart(xa)))
    rows.append((t("cnt.row.total", lang, unit=_unit(cu, lang)), fmt.smart(nb), fmt.smart(na)))
    rows.append((t("cnt.row.pct", lang), pct_text(xb / nb if nb else None), pct_text(xa / na if na else None)))
    rows.append((t("cnt.row.pct_ci", lang, level=level), ci(test.ci_before, 100), ci(test.ci_after, 100)))
    if test.kind == ct.PAIRED_PROPORTIONS and with_pairs:       # the page's chart shows the 2 x 2 table
        a, b, c, d = values
        rows.append((t("cnt.row.pairs", lang), t("cnt.row.pairs_value", lang, both=fmt.smart(a),
                                                  before_only=fmt.smart(b), after_only=fmt.smart(c),
                                                  neither=fmt.smart(d)), ""))
    return rows
