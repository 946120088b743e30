"""5.4.2 awards register: what kind each entry is, and how many of each.

The register's "what" column asks for the kind first ("รายการ
(รางวัล/เกียรติบัตร/หนังสือขอบคุณ/ข่าว)"), so an entry's kind is read from
its title: the kind whose word comes **first** in the title wins, so that
"เกียรติบัตรรางวัลชนะเลิศ" is a certificate, "ข่าว: สสจ. ได้รับรางวัล…" is
news and "โล่รางวัลหน่วยงานดีเด่น" an award.  A title with none of the
words is "other" (counted, never guessed).
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping

from .project import LogEntry

__all__ = ["KINDS", "award_kind", "kind_counts", "is_pdf"]

KINDS = ("award", "certificate", "thanks", "news", "other")

# the words of each kind, Thai and English (case does not matter)
_WORDS: Mapping[str, tuple[str, ...]] = {
    "award": ("รางวัล", "โล่", "ถ้วยพระราชทาน", "award", "prize", "trophy"),
    "certificate": ("เกียรติบัตร", "ประกาศนียบัตร", "วุฒิบัตร", "certificate", "diploma"),
    "thanks": ("หนังสือขอบคุณ", "ขอบคุณ", "ขอบใจ", "ชื่นชม", "ชมเชย", "thank", "appreciation", "commendation"),
    "news": ("ข่าว", "บทความ", "สกู๊ป", "news", "press", "article"),
}
_PATTERN = re.compile("|".join(sorted((re.escape(w) for ws in _WORDS.values() for w in ws), key=len, reverse=True)),
                      re.IGNORECASE)
_KIND_OF = {w.casefold(): k for k, ws in _WORDS.items() for w in ws}


def award_kind(title: str) -> str:
    """The kind of one register entry from its title: one of :data:`KINDS`.

    Examples
    --------
    >>> award_kind("เกียรติบัตรหน่วยงานต้นแบบด้านคุณธรรมและความโปร่งใส")
    'certificate'
    >>> award_kind("ข่าวเผยแพร่ผลงาน: ได้รับรางวัลดีเด่น")
    'news'
    >>> award_kind("ป้ายประกาศ")
    'other'
    """
    m = _PATTERN.search(" ".join(str(title or "").split()))
    return _KIND_OF[m.group(0).casefold()] if m else "other"


def kind_counts(entries: Iterable[LogEntry]) -> dict[str, int]:
    """``{kind: number of entries}`` for every kind of :data:`KINDS` (0 for
    none), of the entries with a title."""
    out = {k: 0 for k in KINDS}
    for e in entries:
        if e.title.strip():
            out[award_kind(e.title)] += 1
    return out


def is_pdf(name: str) -> bool:
    """An attached file that is a PDF (listed by name, not drawn)."""
    return str(name).lower().endswith(".pdf")
