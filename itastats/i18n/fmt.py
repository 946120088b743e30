"""Numbers, p-values and Buddhist-era dates the way Thai reports print them.

All functions take ``None`` and return an em dash for it, so a missing
number never turns into "nan" on a page or in a PNG.
"""
from __future__ import annotations

import datetime as _dt
import math
from decimal import ROUND_HALF_UP, Decimal

MINUS = "\u2212"  # a real minus sign: "−15.87", as typeset reports show it
DASH = "\u2014"

TH_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                   "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
TH_MONTHS_LONG = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
EN_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
BE_OFFSET = 543


def _bad(x) -> bool:
    return x is None or (isinstance(x, float) and not math.isfinite(x))


def _half_up(x: float, decimals: int) -> float:
    """Round half away from zero on the decimal digits shown (as Excel's
    ROUND and Thai reports do: 4.625 -> 4.63), not Python's half-to-even."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(x)).quantize(quantum, rounding=ROUND_HALF_UP))


PCT_DECIMALS = 2   # every percentage is printed with two decimals (ร้อยละ 82.93), on every page and file


def rounded(x: float, decimals: int = PCT_DECIMALS) -> float:
    """The value as printed (half away from zero): what a target is compared
    with, so that a verdict never contradicts the number shown beside it."""
    return _half_up(float(x), decimals) if x >= 0 else -_half_up(-float(x), decimals)


def num(x: float | None, decimals: int = 2, *, sign: bool = False) -> str:
    """1234.5 -> "1,234.50"; negative numbers get a real minus sign."""
    if _bad(x):
        return DASH
    x = float(x)
    text = f"{_half_up(abs(x), decimals):,.{decimals}f}"
    if x < 0 and float(text.replace(",", "")) != 0:
        return MINUS + text
    if sign and x > 0 and float(text.replace(",", "")) != 0:
        return "+" + text
    return text


def smart(x: float | None, *, sign: bool = False) -> str:
    """Whole numbers without decimals, others with two: 12,000 / 7.54."""
    if _bad(x):
        return DASH
    if abs(float(x) - round(float(x))) < 1e-9 and abs(x) < 1e15:
        return num(x, 0, sign=sign)
    return num(x, 2, sign=sign)


def pct(x: float | None, decimals: int = PCT_DECIMALS, *, sign: bool = False) -> str:
    """-67.06 -> "−67.06%"."""
    if _bad(x):
        return DASH
    return num(x, decimals, sign=sign) + "%"


def p_value(p: float | None) -> str:
    """Thai report style: "p < .001" below 0.001, otherwise "p = .003"."""
    if _bad(p):
        return DASH
    if p < 0.001:
        return "p < .001"
    text = f"{p:.3f}"
    if text.startswith("0"):
        text = text[1:]
    return f"p = {text}"


def stat_df(symbol: str, statistic: float | None, df: float | None) -> str:
    """"t(27) = −15.87"; a non-integer (Welch) df keeps two decimals."""
    if _bad(statistic):
        return DASH
    if _bad(df):
        return f"{symbol} = {num(statistic, 2)}"
    df_text = str(int(round(df))) if abs(df - round(df)) < 1e-9 else num(df, 2)
    return f"{symbol}({df_text}) = {num(statistic, 2)}"


def be_year(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def date(d: _dt.date | None, lang: str = "th", *, long: bool = False) -> str:
    """24 พ.ย. 2569 (Thai, Buddhist era) or 24 Nov 2026 (English)."""
    if d is None:
        return DASH
    if lang == "th":
        months = TH_MONTHS_LONG if long else TH_MONTHS_SHORT
        return f"{d.day} {months[d.month - 1]} {be_year(d.year)}"
    return f"{d.day} {EN_MONTHS_SHORT[d.month - 1]} {d.year}"


def period(start: _dt.date | None, end: _dt.date | None, lang: str = "th") -> str:
    """A project period; the Buddhist-era year is always shown (it is what
    Thai assessors read), in English as "B.E. 2569"."""
    if start is None and end is None:
        return DASH
    if lang == "th":
        return f"{date(start, 'th')} \u2013 {date(end, 'th')}"
    be = f" (B.E. {be_year(start.year)}" if start else " ("
    be += f"\u2013{be_year(end.year)})" if end and (not start or end.year != start.year) else ")"
    return f"{date(start, 'en')} \u2013 {date(end, 'en')}{be}"
