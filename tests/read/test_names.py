"""Names as people write them, and the keys they are matched by."""
from __future__ import annotations

import pandas as pd
import pytest

from itastats.read.names import clean_space, display_name, keys_of, person_key, strip_title, unit_key


@pytest.mark.parametrize("written, shown", [
    ("นางสาวสมหญิง  รักดี", "สมหญิง รักดี"),            # title run into the name, two spaces
    ("น.ส. สมหญิง รักดี", "สมหญิง รักดี"),
    ("นาย สมชาย ใจดี", "สมชาย ใจดี"),
    ("ว่าที่ร้อยตรี ดร.สมศักดิ์ ดี", "สมศักดิ์ ดี"),         # stacked titles
    ("สมชาย ใจดี (Somchai J.)", "สมชาย ใจดี"),           # Zoom's "(original name)"
    ("สม\u200bชาย\u00a0 ใจดี （ฝ่าย）", "สมชาย ใจดี"),     # zero-width space, no-break space, full-width brackets
    ("Mr. John  Smith", "John Smith"),
    ("Dr.Smith", "Smith"),
    ("Mrs Smith", "Smith"),
    ("นาย", "นาย"),                                      # only a title: kept, not emptied
    ("(Guest)", "(Guest)"),                              # only brackets: kept
])
def test_display_name(written, shown):
    assert display_name(written) == shown


def test_one_person_one_key_whatever_the_spelling():
    spellings = ["นางสาวสมหญิง  รักดี", "สมหญิง รักดี (Somying R.)", "น.ส. สมหญิง รักดี", "สมหญิงรักดี", " สมหญิง\tรักดี "]
    assert len({person_key(s) for s in spellings}) == 1
    assert person_key("สมหญิง รักดี") != person_key("สมหญิง รักษ์ดี")
    assert person_key("John Smith") == person_key("JOHN  SMITH") == "johnsmith"
    assert person_key("") == "" and person_key(None) == ""


def test_units_match_across_spaces_and_case():
    assert unit_key("กอง คลัง ") == unit_key("กองคลัง")
    assert unit_key("Finance Division") == unit_key("finance  division")
    assert unit_key("กองคลัง") != unit_key("กองแผนงาน")


def test_clean_space_and_strip_title():
    assert clean_space("  a \u00a0\u200b b\n") == "a b"
    assert clean_space(float("nan")) == "" and clean_space(None) == ""
    assert strip_title("นางนวล ดี") == "นวล ดี"          # the known cost of titles run into names: applied alike everywhere


def test_keys_of_applies_once_per_distinct_value():
    calls = []

    def fn(v):
        calls.append(v)
        return v.upper()
    out = keys_of(pd.Series(["a", "b", "a", None, "b"]), fn)
    assert list(out) == ["A", "B", "A", "", "B"]
    assert sorted(calls) == ["a", "b"]


# ---------------------------------------------------------------- many names at once (Arrow kernels)

import random  # noqa: E402
import unicodedata  # noqa: E402

import numpy as np  # noqa: E402

from itastats.read import names as N  # noqa: E402

# pieces people type: every title of the list (several cases), Thai and Latin
# letters, the spaces Python's \s knows (tab, no-break, ideographic...),
# zero-width marks, Thai marks in both orders, decomposed Latin, a Zoom "(...)"
_PIECES = (list(N._TITLES) + [t.upper() for t in N._TITLES if t.isascii()] + [t.lower() for t in N._TITLES]
           + ["สมชาย", "ใจดี", "กุ่ม", "ปู่", "ผู้", "John", "SMITH", "o'neil", "Ann-Marie", "é", "e\u0301",
              "Straße", "ǅ", "İ", "K", "1", ".", "(", ")", "[", "]", "（", "）", "(Guest)", "(ภายนอก)",
              "\u0e48\u0e38", "\u0e38\u0e48", "\u0e39\u0e3a", "\u0e4b\u0e3a", "\u0e33", "\u0e4d\u0e32"]
           + [" ", " ", " ", "  ", "\t", "\n", "\xa0", "\u3000", "\u2009", "\u200b", "\ufeff", "\x1c"])


def _random_names(n, seed):
    rng = random.Random(seed)
    return [("" if rng.random() < 0.3 else rng.choice([" ", "\t", ""]))
            + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6))) for _ in range(n)]


def test_many_names_give_what_one_name_gives():
    """clean_space_many and display_and_key_of_clean (RE2 over Arrow for plain
    ASCII/Thai text) equal clean_space, display_of_clean and person_key value by value."""
    values = _random_names(30000, 1) + ["นางสาวสมหญิง  รักดี", "Mr.John  Smith", "mr john", "Mrsmith", "นาย",
                                        "ว่าที่ร้อยตรี ดร.สมชาย", "Dr.", "ดร. ผศ.ดร.x", "ผศ.ดร. นพ. สมชาย ใจ ดี", ""]
    cleaned = N.clean_space_many(np.array(values, dtype=object))
    assert cleaned.tolist() == [N.clean_space(v) for v in values]
    disp, key = N.display_and_key_of_clean(cleaned)
    assert disp.tolist() == [N.display_of_clean(c) for c in cleaned]
    assert key.tolist() == [N.person_key(v) for v in values]
    # the fast (Arrow) way took most plain values: the test covers it
    pa = pytest.importorskip("pyarrow")
    simple = N._simple_mask(pa.array([str(c) for c in cleaned]))
    assert 0.2 < simple.mean() < 0.9


def test_simple_text_is_its_own_nfc():
    """The claim the fast way rests on: printable ASCII and Thai letters without
    two adjacent Thai marks that NFC reorders are unchanged by NFC."""
    pa = pytest.importorskip("pyarrow")
    chars = [chr(c) for c in list(range(0x20, 0x7f)) + list(range(0x0e01, 0x0e3b)) + list(range(0x0e3f, 0x0e5c))]
    marks = [c for c in chars if unicodedata.combining(c)] + ["ก", "a", "\u0e31", "\u0e47", "\u0e4c"]
    texts = [a + b for a in chars for b in chars] + [a + b + c for a in marks for b in marks for c in marks]
    simple = N._simple_mask(pa.array(texts))
    for t, ok in zip(texts, simple):
        if ok:
            assert unicodedata.normalize("NFC", t) == t, ascii(t)
    # and the values NFC would change are all left to unicodedata
    assert not N._simple_mask(pa.array(["\u0e48\u0e38", "e\u0301", "\u200b", "a\tb", "\u0e3b"])).any()
