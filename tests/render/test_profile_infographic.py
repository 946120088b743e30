"""The 5.1.1 project profile page (itastats.render.profile_infographic) in the three sizes."""
from __future__ import annotations

import datetime as dt

import pytest

from itastats import sample
from itastats.criteria.evidence import collect
from itastats.criteria.project import ProjectInfo
from itastats.render import export
from itastats.render.figures import FigureError
from itastats.render.infographic import SIZES_PX, _GEOMETRY, _height
from itastats.render.profile_infographic import profile_figure
from layout_checks import assert_dates_whole, assert_inside_and_apart, ink_in_margins, plain, smallest_text

MADE_ON = dt.date(2026, 9, 30)
SIZES = ("a4", "slide", "square")
needs_browser = pytest.mark.skipif(export.browser_path() is None, reason="no Chromium/Chrome found")


@pytest.fixture(scope="module")
def ev():
    return collect(sample.sample_project(), sample.sample_project_files())


def long_ev():
    p = sample.sample_project()
    return collect(ProjectInfo.from_dict({**p.to_dict(), "activities": [a.to_dict() for a in p.activities] * 4,
                                          "objectives": list(p.objectives) * 3}), {})


def texts(fig) -> list[str]:
    return [plain(a.text) for a in fig.layout.annotations]


def ends_above_footer(fig) -> None:
    footer = next(a for a in fig.layout.annotations if a.name == "footer")
    rule = (1 - footer.y) * fig.layout.height
    for a in fig.layout.annotations:
        if a.name in ("footer",):
            continue
        bottom = (1 - a.y) * fig.layout.height + _height(a.text.count("<br>") + 1, a.font.size)
        assert bottom <= rule, (a.name, plain(a.text)[:40])


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["th", "en"])
def test_sample_profile_whole_in_every_size(ev, size, lang):
    """The sample's profile fits every size whole: every objective, activity
    (with the person responsible) and KPI (with its verdict), nothing left out."""
    fig = profile_figure(ev, size=size, lang=lang, made_on=MADE_ON, footer_note="ข้อมูลต้นทาง 0123456789ab")
    assert (fig.layout.width, fig.layout.height) == SIZES_PX[size]
    flat = " ".join(texts(fig)).replace("\n", " ")
    p = ev.profile
    for o in p.objectives:
        assert o in flat.replace("\n", " ") or o[:20] in flat
    for a in p.activities:
        assert a.title[:15] in flat and a.responsible in flat, a.title
    for st in ev.kpis:
        assert st.kpi.name[:15] in flat, st.kpi.name
    assert not any(a.name == "more" for a in fig.layout.annotations)
    assert ("ITA เกณฑ์ 5.1.1" if lang == "th" else "ITA criterion 5.1.1") in flat
    assert ("30 ก.ย. 2569" if lang == "th" else "30 Sep 2026") in flat
    assert "✓" in flat and "✗" in flat                        # verdicts in words and marks, not colour alone
    ends_above_footer(fig)
    assert_inside_and_apart(fig)
    assert_dates_whole(fig)
    if size == "slide":
        where, px = smallest_text(fig)
        assert px >= 24, (where, px)


@pytest.mark.parametrize("size", SIZES)
def test_long_profile_shrinks_then_counts_what_is_left_out(ev, size):
    big = profile_figure(ev, size=size, made_on=MADE_ON)
    fig = profile_figure(long_ev(), size=size, made_on=MADE_ON)
    ends_above_footer(fig)
    assert_inside_and_apart(fig)
    floor = 24 if size == "slide" else 15
    assert smallest_text(fig)[1] >= floor
    assert smallest_text(fig)[1] <= smallest_text(big)[1]
    more = [plain(a.text) for a in fig.layout.annotations if a.name == "more"]
    if size != "a4":
        assert more                                            # 20 activities, 9 objectives do not fit
    left_out = sum(int(x.split()[1]) for x in more)
    rows = sum(1 for a in fig.layout.annotations if a.name in ("objective", "item_title")) + sum(
        1 for a in fig.layout.annotations if a.name == "table_cell" and a.x * fig.layout.width < 200)
    assert left_out > 0 or not more
    assert rows + left_out >= 9 + 20                            # every objective and activity: shown or counted


def test_profile_without_data_and_bad_input(ev):
    fig = profile_figure(collect(ProjectInfo(name="ทดสอบ"), {}), size="square")
    assert "ทดสอบ" in " ".join(texts(fig))
    with pytest.raises(FigureError) as e:
        profile_figure(ev, size="screen")
    assert e.value.key == "fig.error.bad_size"
    with pytest.raises(FigureError) as e:
        profile_figure(ev, lang="de")
    assert e.value.key == "fig.error.bad_lang"


@needs_browser
def test_profile_pngs(ev):
    items = [(profile_figure(e, size=size, lang=lang, made_on=MADE_ON), *SIZES_PX[size])
             for e in (ev, long_ev()) for size in SIZES for lang in ("th", "en")]
    pngs = export.to_png_batch(items)
    for (fig, w, h), png in zip(items, pngs):
        assert export.png_size(png) == (w, h)
        size = next(k for k, v in SIZES_PX.items() if v == (w, h))
        band = next(s for s in fig.layout.shapes if s.name == "stripe")
        assert ink_in_margins(png, _GEOMETRY[size].pad - 4, round((1 - band.y0) * h) + 2) == 0, size
