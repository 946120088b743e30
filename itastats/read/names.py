"""People's and units' names as they are written, and the keys they are matched by.

A sign-in sheet says "นางสาวสมหญิง  รักดี", Zoom says "สมหญิง รักดี (Somying R.)",
a pre-test sheet says "น.ส. สมหญิง รักดี": one person.  :func:`person_key`
turns each into the same key; :func:`display_name` into the name shown.
Unit names ("กองคลัง", "กอง คลัง ") are matched by :func:`unit_key`.

The functions take one string; for a column of a million rows apply them to
the unique values only (``pd.factorize``), see :func:`keys_of`.

Examples
--------
>>> person_key("นางสาวสมหญิง  รักดี") == person_key("สมหญิง รักดี (Somying R.)") == person_key("น.ส. สมหญิง รักดี")
True
>>> display_name("  นายสมชาย   ใจดี ")
'สมชาย ใจดี'
>>> unit_key("กอง คลัง ") == unit_key("กองคลัง")
True
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

import numpy as np
from ._lazy import lazy_module

pd = lazy_module("pandas")        # imported on first use: a page that reads no file needs no pandas

__all__ = ["strip_title", "display_name", "display_of_clean", "person_key", "unit_key", "keys_of", "clean_space"]

# Titles and ranks written before a Thai or English name, longest first so that
# "นางสาว" wins over "นาง".  Each may be followed by spaces or by the name itself.
_TITLES = sorted({
    "นางสาว", "นาง", "นาย", "น.ส.", "น.ส", "นส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง",
    "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.หญิง", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "ว่าที่ร.ต.หญิง",
    "ดร.", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "ผศ.", "รศ.", "ศ.", "นพ.", "พญ.", "ทพ.", "ทพญ.", "ภก.", "ภญ.",
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ.ส.อ.", "จ.ส.ท.", "จ.ส.ต.",
    "ส.อ.", "ส.ท.", "ส.ต.", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.",
    "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.",
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr",
}, key=len, reverse=True)
# Thai titles may run into the name ("นายสมชาย"); English ones need a space after.
_THAI_TITLE = re.compile(r"^(?:" + "|".join(re.escape(t) for t in _TITLES if not t[0].isascii()) + r")\s*")
_ENGLISH_TITLE = re.compile(r"^(?:" + "|".join(re.escape(t) for t in _TITLES if t[0].isascii()) + r")(?:\s+|(?<=\.))",
                            re.IGNORECASE)
_PAREN = re.compile(r"\s*[(（\[][^()（）\[\]]*[)）\]]\s*$")   # Zoom's "(original name)" at the end
_SPACE = re.compile(r"\s+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def clean_space(text: object) -> str:
    """NFC, zero-width characters removed, runs of spaces made one, ends trimmed."""
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return ""
    s = str(text)
    if not s.isascii():                        # NFC and zero-width marks only concern non-ASCII text
        s = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", s))
    return _SPACE.sub(" ", s).strip()          # \s covers the no-break space too


def _strip_title(s: str) -> str:
    """:func:`strip_title` of text that :func:`clean_space` already cleaned."""
    for pattern in (_THAI_TITLE, _ENGLISH_TITLE):
        for _ in range(3):                      # "ว่าที่ร้อยตรี ดร." — stacked titles
            m = pattern.match(s)
            if not m or m.end() >= len(s):
                break
            s = s[m.end():].lstrip()
    return s


def strip_title(name: str) -> str:
    """The name without a leading title or rank (นาย, นางสาว, น.ส., ดร., Mr. ...).

    A title that is the whole name is kept (someone typed only "นาย")."""
    return _strip_title(clean_space(name))


def display_name(name: str) -> str:
    """The name as shown: spaces cleaned, title and a trailing "(...)" removed."""
    return display_of_clean(clean_space(name))


def display_of_clean(s: str) -> str:
    """:func:`display_name` of text that :func:`clean_space` already cleaned
    (for a million rows: each distinct name is cleaned once, not twice)."""
    if s.endswith((")", "）", "]")):
        without = _PAREN.sub("", s)
        if without:
            s = without
    return _strip_title(s)


def person_key(name: str) -> str:
    """The key people are matched by: :func:`display_name`, case-folded, no spaces at all.

    Spaces are dropped entirely because typed lists write "สมชาย ใจดี",
    "สมชาย  ใจดี" and "สมชายใจดี" for one person.  Empty for an empty name."""
    return _SPACE.sub("", display_name(name)).casefold()


def unit_key(unit: str) -> str:
    """The key units are matched by: no spaces, case-folded, "ฯ" and dots kept."""
    return _SPACE.sub("", clean_space(unit)).casefold()


def keys_of(values: pd.Series | np.ndarray | list, fn: Callable[[str], str] = person_key) -> np.ndarray:
    """``fn`` applied to every value, computing each distinct value once.

    A million rows with ten thousand distinct names cost ten thousand calls."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    mapped = np.array([fn(u) for u in uniques] + [""], dtype=object)
    return mapped[codes]                         # code -1 (missing) picks the trailing ""
