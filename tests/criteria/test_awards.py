"""5.4.2: the kind of each awards register entry, read from its title."""
from __future__ import annotations

import datetime as dt

import pytest

from itastats import sample
from itastats.criteria.awards import KINDS, award_kind, is_pdf, kind_counts
from itastats.criteria.project import LogEntry


@pytest.mark.parametrize("title, kind", [
    ("หนังสือขอบคุณการต้อนรับคณะศึกษาดูงานระบบลงนามอิเล็กทรอนิกส์", "thanks"),
    ("เกียรติบัตรหน่วยงานต้นแบบด้านคุณธรรมและความโปร่งใส ระดับจังหวัด", "certificate"),
    ("ข่าวเผยแพร่ผลงาน: สสจ.สุขดี ลดเวลาอนุมัติเอกสารด้วยระบบลงนามอิเล็กทรอนิกส์", "news"),
    ("โล่รางวัลหน่วยงานดีเด่นด้านการบริการ", "award"),
    ("รางวัลชนะเลิศ การประกวดนวัตกรรม", "award"),
    # the first kind word decides: a certificate of an award, news about an award, thanks for sharing news
    ("เกียรติบัตรรางวัลชนะเลิศ", "certificate"),
    ("ข่าว: ได้รับรางวัลดีเด่นระดับประเทศ", "news"),
    ("หนังสือชื่นชมการเผยแพร่ข่าวสารของหน่วยงาน", "thanks"),
    ("Certificate of appreciation", "certificate"),
    ("Thank-you letter from the provincial office", "thanks"),
    ("BEST SERVICE AWARD 2026", "award"),
    ("Press release on the e-Sign project", "news"),
    ("ป้ายประชาสัมพันธ์", "other"),
    ("", "other"),
])
def test_award_kind(title, kind):
    assert award_kind(title) == kind


def test_kind_counts_of_the_sample():
    counts = kind_counts(sample.sample_project().awards)
    assert counts == {"award": 0, "certificate": 1, "thanks": 1, "news": 1, "other": 0}
    assert list(counts) == list(KINDS)
    # entries without a title are not counted
    assert kind_counts([LogEntry(date=dt.date(2026, 1, 1))]) == {k: 0 for k in KINDS}


def test_is_pdf():
    assert is_pdf("หนังสือขอบคุณ.PDF") and not is_pdf("certificate.jpg")
