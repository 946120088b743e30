"""The meeting-screen mode in a real browser (Debian's chromium, Playwright).

Starts ``streamlit run app.py`` with a data folder of its own, opens the
sample project's slides at 1920 × 1080, checks that the slide fills the
screen without scrolling and that the arrow keys change the slide.
Screenshots go to $ITASTATS_SCREENSHOTS (default: a temporary folder).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


from browser_support import needs_chromium   # the server, browser and data_dir fixtures: conftest.py

pytestmark = needs_chromium

SLIDE_IMG = ".st-key-present_slide [data-testid=stImage] img"
COUNTER = ".st-key-present_counter"


def _shots() -> Path:
    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def _wait_for_slide(page, old_src: str | None = None) -> str:
    """Wait until the slide image is loaded (and is another one than ``old_src``); its src."""
    page.wait_for_function(
        """([sel, old]) => { const i = document.querySelector(sel);
             return i && i.complete && i.naturalWidth > 0 && i.getAttribute('src') !== old; }""",
        arg=[SLIDE_IMG, old_src], timeout=120_000)
    return page.locator(SLIDE_IMG).first.get_attribute("src")


def _measure(page) -> dict:
    return page.evaluate(
        """(sel) => { const m = document.querySelector('[data-testid=stMain]');
             const b = document.querySelector('[data-testid=stMainBlockContainer]');
             const i = document.querySelector(sel); const r = i.getBoundingClientRect();
             const bar = document.querySelector('.st-key-present_bar').getBoundingClientRect();
             return {main: m.scrollHeight, block: b.scrollHeight, doc: document.documentElement.scrollHeight,
                     body: document.body.scrollHeight, top: r.top, left: r.left, width: r.width, height: r.height,
                     natural: [i.naturalWidth, i.naturalHeight], bar_bottom: bar.bottom, bar_top: bar.top}; }""",
        SLIDE_IMG)


def test_the_meeting_screen_fills_a_1080p_screen_and_follows_the_keyboard(server, browser, data_dir):
    from itastats import sample
    from itastats.store import Store

    store = Store(f"sqlite:///{data_dir}/itastats.db")
    store.ensure_sample("local")
    project = next(p.id for p in store.list_projects("local") if p.name == sample.sample_project().name)
    shots = _shots()

    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(server + f"/present?project={project}", wait_until="networkidle")
    src = _wait_for_slide(page)
    page.wait_for_timeout(300)                 # let the layout settle before measuring
    page.screenshot(path=str(shots / "present_1920x1080_slide1.png"))
    assert page.locator(COUNTER).inner_text().strip().startswith("1 /")
    total = int(page.locator(COUNTER).inner_text().split("/")[1])
    assert total >= 5                          # title, KPIs and the results of the sample

    m = _measure(page)
    assert m["natural"] == [1920, 1080]        # the PNG itself is a full-HD slide
    assert max(m["main"], m["block"], m["doc"], m["body"]) <= 1080, m     # nothing to scroll
    assert m["width"] >= 1700 or m["height"] >= 1000, m
    assert abs(m["width"] / m["height"] - 16 / 9) < 0.01, m                 # not stretched
    assert m["top"] >= 0 and m["left"] >= 0 and m["left"] + m["width"] <= 1920 and m["top"] + m["height"] <= 1080
    assert m["bar_top"] >= m["top"] + m["height"] - 1 and m["bar_bottom"] <= 1080, m   # the bar below, on screen
    assert not page.locator("[data-testid=stSidebar]").is_visible()
    assert not page.locator("header[data-testid=stHeader]").is_visible()

    page.keyboard.press("ArrowRight")
    page.wait_for_function("(sel) => document.querySelector(sel).innerText.trim().startsWith('2 /')",
                           arg=COUNTER, timeout=60_000)
    src2 = _wait_for_slide(page, src)
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / "present_1920x1080_slide2.png"))
    assert src2 != src
    m = _measure(page)
    assert max(m["main"], m["block"], m["doc"], m["body"]) <= 1080, m

    page.keyboard.press("ArrowLeft")           # and back
    page.wait_for_function("(sel) => document.querySelector(sel).innerText.trim().startsWith('1 /')",
                           arg=COUNTER, timeout=60_000)
    page.close()
