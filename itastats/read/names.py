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
import threading
import unicodedata
from typing import Any, Callable

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


# ---------------------------------------------------------------- many distinct values at once
#
# A year of records has about a hundred thousand distinct written names (each
# person with and without a title, with one space or two...).  Python calls of
# the functions above cost some 5 µs each; the functions below give exactly the
# same results for a whole array of distinct values.  Values made only of
# printable ASCII and Thai letters, where the functions above reduce to plain
# spaces and literal titles, go through Arrow's compute kernels (RE2, C++);
# every other value (other scripts, tabs, zero-width marks, Thai marks not in
# canonical order, a trailing "(...)") through the Python functions above, so
# the result never depends on which way a value took.

# printable ASCII and the assigned Thai letters: here NFC changes nothing but the
# order of Thai marks (no Thai letter decomposes), and the only space is " "
_SIMPLE = r"^[\x20-\x7e\x{0e01}-\x{0e3a}\x{0e3f}-\x{0e5b}]*$"
_NOT_SIMPLE = r"[^\x20-\x7e\x{0e01}-\x{0e3a}\x{0e3f}-\x{0e5b}]"
# two adjacent Thai marks that NFC would swap (combining class 107 before 103 or
# 9, 103 before 9): such a value is left to unicodedata
_MARKS_OUT_OF_ORDER = r"[\x{0e48}-\x{0e4b}][\x{0e38}-\x{0e3a}]|[\x{0e38}\x{0e39}]\x{0e3a}"


def _re2_literal(text: str) -> str:
    return "".join("\\" + c if not c.isalnum() and c != " " and c.isascii() else c for c in text)


# the title patterns of _strip_title for simple text (spaces are " " only):
# Thai "^(?:titles) *"; English "^(?:title\.| title +)" in the same order, the
# dotted ones needing no space after them (Python's "(?<=\.)")
_THAI_TITLE_RE2 = "^(?:" + "|".join(_re2_literal(t) for t in _TITLES if not t[0].isascii()) + ") *"
_ENGLISH_TITLE_RE2 = "(?i)^(?:" + "|".join(
    _re2_literal(t) + (" *" if t.endswith(".") else " +") for t in _TITLES if t[0].isascii()) + ")"


def _pa():
    import pyarrow as pa
    import pyarrow.compute as pc
    return pa, pc


_POOL: list = []


def arrow_pool() -> Any:
    """The Arrow memory pool for a big file's columns: jemalloc, giving freed
    memory back at once.  Arrow's default pool (mimalloc) keeps what a million
    rows' parsing and cleaning used (~60 MB more at peak); the system allocator
    keeps it in per-thread arenas the rest of the program cannot reuse.  Only
    these readers use the jemalloc pool, so its decay setting touches nothing else."""
    if not _POOL:
        pa, _ = _pa()
        try:
            pool = pa.jemalloc_memory_pool()
            pa.jemalloc_set_decay_ms(0)
        except (NotImplementedError, AttributeError):  # pragma: no cover - pyarrow built without jemalloc
            pool = pa.system_memory_pool()
        _POOL.append(pool)
    return _POOL[0]


_ARROW: dict = {}      # id of an object array -> (weak reference to it, its Arrow copy): the last two
_ARROW_LOCK = threading.Lock()


def as_arrow(values: np.ndarray) -> Any:
    """An object array of str as an Arrow string array; the same array asked
    again while it lives (a column's names are cleaned, then looked at for
    footers; cleaned names are then keyed) is not converted again."""
    pa, _ = _pa()
    hit = _ARROW.get(id(values))
    if hit is not None and hit[0]() is values:
        return hit[1]
    arr = pa.array(values, type=pa.string(), from_pandas=True, memory_pool=arrow_pool())
    _remember(values, arr)
    return arr


def _remember(values: np.ndarray, arr) -> None:
    import weakref
    key = id(values)
    with _ARROW_LOCK:                                   # sessions of a server read files at once
        for old in list(_ARROW)[:-1]:
            _ARROW.pop(old, None)
        _ARROW[key] = (weakref.ref(values, lambda _, key=key: _ARROW.pop(key, None)), arr)


def _as_texts(values) -> np.ndarray:
    return values if isinstance(values, np.ndarray) and values.dtype == object else np.asarray(values, dtype=object)


def _simple_mask(arr) -> np.ndarray:
    """Which values of an Arrow string array are simple (see above)."""
    pa, pc = _pa()
    mp = arrow_pool()
    ok = pc.and_(pc.match_substring_regex(arr, _SIMPLE, memory_pool=mp),
                 pc.invert(pc.match_substring_regex(arr, _MARKS_OUT_OF_ORDER, memory_pool=mp), memory_pool=mp),
                 memory_pool=mp)
    return np.asarray(ok.fill_null(False), dtype=bool)


def _unusual(arr, extra: str) -> np.ndarray:
    """Values of an Arrow string array that are not simple, or match ``extra``
    (one RE2 pass: most names are plain and need nothing more)."""
    _, pc = _pa()
    pattern = _NOT_SIMPLE + "|" + _MARKS_OUT_OF_ORDER + "|" + extra
    return np.asarray(pc.match_substring_regex(arr, pattern, memory_pool=arrow_pool()).fill_null(True), dtype=bool)


def _clean_simple(arr):
    _, pc = _pa()
    mp = arrow_pool()
    return pc.utf8_trim(pc.replace_substring_regex(arr, pattern="  +", replacement=" ", memory_pool=mp),
                        characters=" ", memory_pool=mp)


def clean_space_many(values) -> np.ndarray:
    """:func:`clean_space` of each string (an object array of str); a value
    already clean is returned as the same str object."""
    pa, pc = _pa()
    values = _as_texts(values)
    out = values.copy()
    if not len(values):
        return out
    mp = arrow_pool()
    arr = as_arrow(values)
    look = np.flatnonzero(_unusual(arr, "^ | $|  "))     # other simple values are clean already
    if not len(look):
        _remember(out, arr)                             # the same texts
        return out
    sub = pc.take(arr, look, memory_pool=mp)
    simple = _simple_mask(sub)
    rest = look[~simple]
    out[rest] = [clean_space(v) for v in values[rest]]
    if simple.any():
        idx = look[simple]
        _put(out, idx, _clean_simple(pc.filter(sub, pa.array(simple), memory_pool=mp)),
             pc.filter(sub, pa.array(simple), memory_pool=mp), values[idx])
    return out


def _put(out: np.ndarray, idx: np.ndarray, new, old, old_texts: np.ndarray) -> None:
    """out[idx] = new, keeping the str objects of ``old_texts`` where nothing changed
    (a million-row file's names are mostly clean already: no second copy of them)."""
    _, pc = _pa()
    same = np.asarray(pc.equal(new, old, memory_pool=arrow_pool()).fill_null(False), dtype=bool)
    if same.all():
        out[idx] = old_texts
        return
    out[idx] = old_texts
    changed = np.flatnonzero(~same)
    out[idx[changed]] = pc.take(new, changed, memory_pool=arrow_pool()).to_numpy(zero_copy_only=False)


def _title_prefixes() -> tuple[dict, dict]:
    """For simple text: the titles as literal prefixes by their first character,
    longest first, and the characters each takes off: Thai ones as written,
    English ones lower case (compared with the name in lower case, as RE2's
    ``(?i)`` does for ASCII) with the space "Mr" needs after it ("Mr." needs none).

    Python's alternation takes the first title of _TITLES (longest first) that
    the name starts with, i.e. the longest (two titles of one length cannot
    both start a name); RE2 finds whether a name starts with a title fast, but
    its replace, which needs where the match ends, is ~40 times slower."""
    thai: dict[str, list] = {}
    english: dict[str, list] = {}
    for t in _TITLES:                                   # longest first, as _THAI_TITLE tries them
        if t[0].isascii():
            prefix = t.lower() + ("" if t.endswith(".") else " ")
            english.setdefault(prefix[0], []).append((prefix, len(t)))
        else:
            thai.setdefault(t[0], []).append((t, len(t)))
    return thai, english


_TITLE_PREFIXES = _title_prefixes()


def _title_lengths(titled, by_first: dict, lower: bool) -> np.ndarray:
    """Characters of the longest title each name of an Arrow string array starts
    with (0: none): the names are put by their first character and each is
    compared only with the titles starting with it (a few ``starts_with``
    kernels instead of a regular expression for each title length)."""
    pa, pc = _pa()
    mp = arrow_pool()
    probe = pc.ascii_lower(titled, memory_pool=mp) if lower else titled
    first = pc.dictionary_encode(pc.utf8_slice_codeunits(probe, 0, 1, memory_pool=mp), memory_pool=mp)
    codes = np.asarray(first.indices.fill_null(-1), dtype=np.int64)
    length = np.zeros(len(titled), dtype=np.int64)
    for k, c in enumerate(first.dictionary.to_pylist()):
        prefixes = by_first.get(c)
        if not prefixes:
            continue
        rows = np.flatnonzero(codes == k)
        sub = probe if len(rows) == len(probe) else pc.take(probe, rows, memory_pool=mp)
        got = np.zeros(len(rows), dtype=np.int64)
        for prefix, n in prefixes:
            m = np.asarray(pc.starts_with(sub, prefix, memory_pool=mp).fill_null(False), dtype=bool)
            got[m & (got == 0)] = n
        length[rows] = got
    return length


def _strip_title_simple(arr):
    """:func:`_strip_title` of simple text (an Arrow string array)."""
    pa, pc = _pa()
    mp = arrow_pool()
    for pattern, by_first, lower in zip((_THAI_TITLE_RE2, _ENGLISH_TITLE_RE2), _TITLE_PREFIXES, (False, True)):
        todo = None                                     # positions whose title was just taken off
        for _ in range(3):
            part = arr if todo is None else pc.take(arr, todo, memory_pool=mp)
            has = np.asarray(pc.match_substring_regex(part, pattern, memory_pool=mp).fill_null(False), dtype=bool)
            if not has.any():
                break
            at = np.flatnonzero(has) if todo is None else todo[has]
            titled = pc.take(arr, at, memory_pool=mp)
            length = _title_lengths(titled, by_first, lower)   # characters of the (longest) title
            order = np.argsort(length, kind="stable")
            pieces = []
            for n in np.unique(length).tolist():
                rows = order[length[order] == n]
                cut = pc.utf8_slice_codeunits(pc.take(titled, rows, memory_pool=mp), start=n, memory_pool=mp)
                pieces.append(pc.utf8_ltrim(cut, characters=" ", memory_pool=mp))
            rest = pc.take(pa.concat_arrays(pieces, memory_pool=mp), np.argsort(order), memory_pool=mp)
            # a title that is the whole name is kept
            stripped = np.asarray(pc.not_equal(rest, "", memory_pool=mp), dtype=bool)
            if not stripped.any():
                break
            todo = at[stripped]
            mask = np.zeros(len(arr), dtype=bool)
            mask[todo] = True
            arr = pc.replace_with_mask(arr, pa.array(mask), pc.filter(rest, pa.array(stripped), memory_pool=mp),
                                       memory_pool=mp)
    return arr


def display_and_key_of_clean(cleaned) -> tuple[np.ndarray, np.ndarray]:
    """(:func:`display_of_clean`, the person key) of each already cleaned string:
    the key is :func:`person_key` of the raw text the cleaned one came from."""
    pa, pc = _pa()
    cleaned = _as_texts(cleaned)
    disp = np.empty(len(cleaned), dtype=object)
    key = np.empty(len(cleaned), dtype=object)
    if not len(cleaned):
        return disp, key
    mp = arrow_pool()
    arr = as_arrow(cleaned)
    simple = ~_unusual(arr, r"[)\]]$")                  # a trailing "(...)": display_of_clean
    rest = np.flatnonzero(~simple)
    for i in rest:
        d = display_of_clean(cleaned[i])
        disp[i], key[i] = d, _SPACE.sub("", d).casefold()
    idx = np.flatnonzero(simple)
    if len(idx):
        arr = pc.filter(arr, pa.array(simple), memory_pool=mp)
        d = _strip_title_simple(arr)
        _put(disp, idx, d, arr, cleaned[idx])
        key[idx] = disp[idx]
        # the key: no space, lower case (what casefold does to ASCII; Thai has no case).
        # Both kernels leave a text without a space or a capital as it is (no regex
        # pass to find the others first: nearly every name has a space)
        k = pc.ascii_lower(pc.replace_substring(d, " ", "", memory_pool=mp), memory_pool=mp)
        _put(key, idx, k, d, disp[idx])
    return disp, key
