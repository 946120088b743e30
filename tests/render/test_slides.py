"""The meeting-screen slides: which slides, their size, the large-type title and KPI slides."""
from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re

import pytest

from itastats import sample
from itastats.render import slides
from itastats.criteria.evidence import collect
from itastats.criteria.project import KPI, ProjectInfo
from itastats.criteria.kpi import value_text

MADE_ON = dt.date(2026, 11, 24)
SAMPLE_KEYS = ["title", "kpi", "532", "532t", "541", "541.2", "543", "531"]     # 5.4.1: 4 metrics, 2 a slide


def sample_files() -> dict:
    return sample.sample_project_files()


@pytest.fixture(scope="module")
def sample_evidence():
    return collect(sample.sample_project(), sample_files())


@pytest.fixture(scope="module")
def sample_slides(sample_evidence):
    return slides.slides(sample_evidence, lang="th", made_on=MADE_ON)


def plain(annotation_text: str) -> str:
    """An annotation's text as a reader sees it: tags dropped, entities decoded, lines joined."""
    return html.unescape(re.sub(r"<[^>]*>", "", annotation_text.replace("<br>", ""))).replace("\xa0", " ")


def texts(fig) -> list[str]:
    return [plain(a.text or "") for a in fig.layout.annotations]


def squash(text: str) -> str:
    return "".join(text.split())


def test_the_sample_project_has_every_slide_in_order(sample_slides):
    assert [s.key for s in sample_slides] == SAMPLE_KEYS
    assert all(isinstance(s, slides.Slide) and s.title for s in sample_slides)
    assert len({s.title for s in sample_slides}) == len(sample_slides)
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample_slides[0].key = "other"


def test_every_slide_is_exactly_1920_by_1080(sample_slides):
    for s in sample_slides:
        assert (s.figure.layout.width, s.figure.layout.height) == (1920, 1080), s.key


def test_the_kpi_slide_shows_every_kpi_name_and_measured_value(sample_evidence, sample_slides):
    kpi = next(s for s in sample_slides if s.key == "kpi")
    shown = squash(" ".join(texts(kpi.figure)))
    assert len(sample_evidence.kpis) == 6
    for st in sample_evidence.kpis:
        assert squash(st.kpi.name) in shown, st.kpi.name
        assert value_text(st.measured, st.unit) in texts(kpi.figure), st.kpi.name
    # ✓ / ✗ in words, not colour alone: five achieved, the service time (14.31 > 12 min) not
    assert sum(t.startswith("\u2713") for t in texts(kpi.figure)) == 5
    assert sum(t.startswith("\u2717") for t in texts(kpi.figure)) == 1
    assert "≤ 12 นาที" in texts(kpi.figure) and "14.31 นาที" in texts(kpi.figure)
    assert "บรรลุเป้าหมาย 5 จาก 6 ตัวชี้วัด" in " ".join(texts(kpi.figure))


@pytest.mark.parametrize("key", ["title", "kpi"])
def test_no_text_on_the_title_and_kpi_slides_is_smaller_than_28_px(sample_slides, key):
    fig = next(s for s in sample_slides if s.key == key).figure
    sizes = [a.font.size for a in fig.layout.annotations]
    assert sizes and min(sizes) >= slides.MIN_FONT == 28
    for a in fig.layout.annotations:           # no smaller type hidden in the markup either
        assert "font-size" not in (a.text or "")


def test_the_title_slide_names_the_project_agency_period_and_date(sample_evidence, sample_slides):
    shown = " ".join(texts(sample_slides[0].figure))
    p = sample_evidence.profile
    assert p.name in shown and p.agency in shown and p.unit in shown
    assert "1 ต.ค. 2568 – 30 ก.ย. 2569" in shown          # the period in the Buddhist era
    assert "24 พฤศจิกายน 2569" in shown                  # made on
    assert "ตัวชี้วัดที่ 5" in shown
    assert sample_evidence.fingerprint() in shown


def test_each_result_slide_carries_the_fingerprint_of_its_own_files(sample_evidence, sample_slides):
    pages = {"532": ("532", "532h"), "532t": ("532t",), "541": ("541",), "543": ("543",), "531": ("531",)}
    for s in sample_slides:
        if s.key in pages:
            fp = sample_evidence.fingerprint(*pages[s.key])
            assert any(fp in t for t in texts(s.figure)), s.key
            assert any("24 พ.ย. 2569" in t for t in texts(s.figure)), s.key


def test_the_satisfaction_and_participation_slides_show_the_kpi_targets(sample_slides):
    by_key = {s.key: " ".join(texts(s.figure)) for s in sample_slides}
    assert "บรรลุเป้าหมาย ≥ 80%" in by_key["543"]
    assert "บรรลุเป้าหมาย ≥ 80%" in by_key["532"]


def test_the_541_slide_shows_what_the_541_page_chose(sample_evidence):
    names = [r.name for r in sample_evidence.results_541]
    default = slides.slides(sample_evidence, made_on=MADE_ON)
    shown = squash(" ".join(" ".join(texts(s.figure)) for s in default if s.key.startswith("541")))
    assert all(squash(n) in shown for n in names[:4])              # the first four, two a slide
    assert squash(names[4]) not in shown

    chosen = dataclasses.replace(sample_evidence, choices={"info.metrics": [names[5], names[6]]})
    picked = slides.slides(chosen, made_on=MADE_ON)
    shown = squash(" ".join(texts(next(s for s in picked if s.key == "541").figure)))
    assert squash(names[5]) in shown and squash(names[6]) in shown and squash(names[0]) not in shown

    many = dataclasses.replace(sample_evidence, choices={"info.metrics": names})      # all 9: five slides
    keys = [s.key for s in slides.slides(many, made_on=MADE_ON)]
    assert keys == ["title", "kpi", "532", "532t", "541", "541.2", "541.3", "541.4", "541.5", "543", "531"]


def test_a_project_with_only_a_profile_has_the_title_and_kpi_slides():
    ev = collect(sample.sample_project(), {})
    got = slides.slides(ev, made_on=MADE_ON)
    assert [s.key for s in got] == ["title", "kpi"]
    kpi = got[1].figure
    assert texts(kpi).count("ยังไม่มีข้อมูล") == 6 and "—" in texts(kpi)
    assert min(a.font.size for a in kpi.layout.annotations) >= 28


def test_a_project_with_only_a_name_has_the_title_slide_only():
    got = slides.slides(collect(ProjectInfo(name="โครงการ <b>ใหม่</b> & ทดลอง"), {}), made_on=MADE_ON)
    assert [s.key for s in got] == ["title"]
    fig = got[0].figure
    assert "โครงการ <b>ใหม่</b> & ทดลอง" in texts(fig)                # user text shown as typed,
    assert all("<b>ใหม่" not in (a.text or "") for a in fig.layout.annotations)  # never as markup
    assert "ยังไม่ได้กำหนดระยะเวลาโครงการ" in texts(fig)


def test_many_kpis_go_on_several_slides_and_the_type_stays_large():
    kpis = [KPI(f"ตัวชี้วัดที่ {i} ที่มีชื่อยาวพอสมควรเพื่อทดสอบการตัดบรรทัดของชื่อตัวชี้วัดบนสไลด์",
                ">=", 50, "%", manual_value=40 + i * 3) for i in range(1, 10)]
    ev = collect(ProjectInfo(name="ทดสอบ", kpis=kpis), {})
    got = slides.slides(ev, made_on=MADE_ON)
    assert [s.key for s in got] == ["title", "kpi", "kpi.2"]
    for s in got[1:]:
        assert min(a.font.size for a in s.figure.layout.annotations) >= 28
        assert sum(1 for a in s.figure.layout.annotations if a.name == "kpi_name") in (4, 5)
    shown = " ".join(texts(got[1].figure) + texts(got[2].figure))
    assert all(value_text(40 + i * 3, "%") in shown for i in range(1, 10))


def test_english_slides():
    ev = collect(sample.sample_project(), {})
    got = slides.slides(ev, lang="en", made_on=MADE_ON)
    shown = " ".join(texts(got[0].figure))
    assert "ITA criterion 5" in shown and "B.E. 2568" in shown and "Made on 24 Nov 2026" in shown
    assert "No data yet" in texts(got[1].figure)
    with pytest.raises(Exception):
        slides.slides(ev, lang="fr")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_no_text_on_any_slide_is_smaller_than_24_px_infographic_slides_included(sample_evidence, lang):
    """The meeting screen at 1920 × 1080: every slide, the infographic ones too
    (5.3.2 target label, 5.4.1 legend and card units, 5.4.3 level words and ticks)."""
    from layout_checks import text_sizes
    deck = slides.slides(sample_evidence, lang=lang, made_on=MADE_ON)
    small = [(s.key, where, px) for s in deck for where, px in text_sizes(s.figure) if px < 24]
    assert not small, small


def test_a_541_slide_with_long_numbers_keeps_its_card_units_at_24_px(sample_evidence):
    """Long values and units shrink the card's big number; its unit (a share of
    that number) stays at 24 px or more on the slide."""
    from layout_checks import text_sizes
    from itastats.render import infographic
    long = [dataclasses.replace(r, metric=dataclasses.replace(r.metric, unit="บาทต่อเอกสารหนึ่งฉบับ"))
            for r in sample_evidence.results_541[:4]]
    fig = infographic.infographic_541(long, sample_evidence.profile, size="slide", lang="th", made_on=MADE_ON)
    spans = [(where, px) for where, px in text_sizes(fig) if "card" in where or "span" in where]
    assert spans and min(px for _, px in spans) >= 24, spans
    assert min(px for _, px in text_sizes(fig)) >= 24


def test_a_slide_is_built_when_it_is_asked_for_and_only_once(sample_evidence):
    deck = slides.slides(sample_evidence, lang="th", made_on=MADE_ON)
    assert [s.key for s in deck if "figure" in s.__dict__] == []          # none built yet
    fig = deck[2].figure
    assert deck[2].figure is fig and "figure" in deck[2].__dict__
    assert (fig.layout.width, fig.layout.height) == (1920, 1080)


def test_no_learning_slide_when_the_tests_are_not_paired_and_the_others_are_kept(sample_evidence):
    result = sample_evidence.learning.metric
    unpaired = dataclasses.replace(sample_evidence.learning, metric=dataclasses.replace(
        result, metric=dataclasses.replace(result.metric, design="independent")))
    ev = dataclasses.replace(sample_evidence, learning=unpaired)
    keys = [s.key for s in slides.slides(ev, made_on=MADE_ON)]
    assert keys == [k for k in SAMPLE_KEYS if k != "532t"]
    # and the check agrees with drawing it: the learning infographic refuses the same result
    from itastats.render import attendance_infographic as ai
    with pytest.raises(slides.FigureError):
        ai.infographic_532_learning(unpaired, sample_evidence.profile, size="slide")
