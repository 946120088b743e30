"""Every page of the sample project in a real browser (Debian's chromium,
Playwright) at 1440 × 900, in Thai and in English: a full-page screenshot
of each (to $ITASTATS_SCREENSHOTS, default a temporary folder, for a person
to look at), and the defects a reader would see, found in the page itself:

* something in the main area wider than the box it sits in (a table wider
  than the page, a card value cut with "…", a title running off the edge),
  or a short table cut at the bottom (its last row half visible);
* a text node that says "None", "nan" or holds "%%" (a raw value shown);
* English words of Streamlit's own in the Thai pages (the uploader's
  "Browse files" / "200MB per file");
* a traceback, a pyarrow ``ArrowInvalid`` or a deprecation warning in the
  server's log after the whole walk.

Run alone with ``pytest -q tests/browser/test_browser_screens.py``.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from browser_support import needs_chromium   # the server, browser and data_dir fixtures: conftest.py

pytestmark = needs_chromium

PAGES = ("home", "project", "communication_521", "activities_531", "participation_532", "compare_541",
         "awards_542", "survey_543", "report_544", "present")

# Everything in the main area whose content is wider than its box, or whose
# box reaches past the main block's right edge.  Plotly draws inside its own
# svg (a title cut there is checked by the render tests); Glide's data grid
# scrolls inside a box of its own: its scroller is measured instead.
FIND_OVERFLOW = r"""
() => {
  const main = document.querySelector('[data-testid=stMainBlockContainer]');
  if (!main) return ['no main block'];
  const right = main.getBoundingClientRect().right;
  const out = [];
  const name = (el) => {
    const key = [...el.classList].find(c => c.startsWith('st-key-'));
    const tid = el.closest('[data-testid]');
    return (tid ? tid.getAttribute('data-testid') : el.tagName) + (key ? '.' + key : '') + ': '
           + (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60).replace(/\s+/g, ' ');
  };
  for (const el of main.querySelectorAll('*')) {
    // plotly's svg, the grid's canvas, toolbars, and the date picker's own off-screen helper
    if (el.closest('.js-plotly-plot, svg, canvas, [data-testid=stElementToolbar], [data-testid=stTooltipContent], '
                   + '[data-testid=hidden-dateinput-container]'))
      continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;            // nothing, or a visually hidden helper (1 × 1 px)
    const grid = el.classList.contains('dvn-scroller');
    if (grid) {
      const frame = el.closest('[data-testid=stDataFrame]') || el;
      if (el.scrollWidth > el.clientWidth + 2) out.push('table wider than its box: ' + name(frame));
      // a short table (30 rows or fewer) cut at the bottom: its last row half visible
      const table = frame.querySelector('[aria-rowcount]');
      const rows = table ? +table.getAttribute('aria-rowcount') : 0;
      if (rows && rows <= 31 && el.scrollHeight > el.clientHeight + 2)
        out.push('table cut at the bottom (' + rows + ' rows): ' + name(frame));
      continue;
    }
    if (el.closest('.dvn-scroller, [data-testid=stDataFrame] *')) continue;
    if (r.right > right + 2) { out.push('past the right edge (' + Math.round(r.right - right) + 'px): ' + name(el)); continue; }
    const clips = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
    if (clips && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 2 && el.tagName !== 'TEXTAREA')
      out.push('content cut (' + (el.scrollWidth - el.clientWidth) + 'px): ' + name(el));
  }
  return [...new Set(out)];
}
"""

# Text nodes a reader sees, in the main area (and the grid's accessible copy of its cells).
RAW_TEXT = r"""
() => {
  const main = document.querySelector('[data-testid=stMain]');
  const out = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const s = n.nodeValue.trim();
    if (!s || n.parentElement.closest('script, style')) continue;
    if (/^(None|nan|NaN|NaT|<NA>)$/.test(s) || s.includes('%%')) out.push(s.slice(0, 80));
  }
  return out;
}
"""

# Streamlit's own English words, where a reader sees them (text the app's CSS
# shrinks to nothing and says in Thai instead does not count)
VISIBLE_ENGLISH = r"""
() => {
  const words = /Browse files|Drag and drop|per file|No results|Choose an option|Press Enter|^Upload$/;
  const out = new Set();
  const walker = document.createTreeWalker(document.querySelector('[data-testid=stMain]'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = n.nodeValue.trim().match(words);
    if (!m) continue;
    const cs = getComputedStyle(n.parentElement);
    if (parseFloat(cs.fontSize) > 0 && cs.visibility !== 'hidden' && n.parentElement.getClientRects().length)
      out.add(m[0]);
  }
  for (const i of document.querySelectorAll('[data-testid=stMain] input[placeholder]'))
    if (words.test(i.getAttribute('placeholder')) && !i.value) out.add(i.getAttribute('placeholder'));
  return [...out];
}
"""

# a placeholder draws in its own line box: with Chrome's "normal" line height
# and overflow hidden, the top mark of "ชื่อ" is cut ("ชือโครงการ")
CLIPPED_PLACEHOLDERS = r"""
() => [...document.querySelectorAll('[data-testid=stMain] input[placeholder], [data-testid=stMain] textarea[placeholder]')]
  .filter(i => i.getAttribute('placeholder') && !i.value && getComputedStyle(i, '::placeholder').overflow === 'hidden')
  .map(i => i.getAttribute('placeholder'))
"""


def _shots() -> Path:
    shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or tempfile.mkdtemp(prefix="itastats_shots_"))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def _settle(page) -> None:
    """Wait until the script run is over (no running indicator, no skeleton) and stays over."""
    quiet = 0
    for _ in range(600):
        busy = page.evaluate("""() => !!document.querySelector('[data-testid=stStatusWidget] [data-testid=stSpinner],'
            + '[data-testid=stSkeleton], [data-testid=stSpinner], .stSpinner')
            || [...document.querySelectorAll('[data-testid=stStatusWidget]')].some(e => /Running|Stop|กำลัง/.test(e.innerText))""")
        quiet = 0 if busy else quiet + 1
        if quiet >= 6:
            return
        page.wait_for_timeout(250)


def _screenshot(page, path: Path) -> None:
    """The whole page: the main area scrolls inside the window, so the window is made as tall as it."""
    tall = page.evaluate("""() => Math.max(...[...document.querySelectorAll(
        '[data-testid=stMain], [data-testid=stAppViewContainer], [data-testid=stSidebarContent]')]
        .map(e => e.scrollHeight))""")
    if tall > 900:
        page.set_viewport_size({"width": 1440, "height": min(int(tall), 12000)})
        page.wait_for_timeout(400)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1440, "height": 900})
    page.wait_for_timeout(200)


def _walk(page, server: str, project: str, lang: str, shots: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    page.goto(server + f"/?project={project}", wait_until="domcontentloaded")
    page.locator("[data-testid=stSidebarNav]").wait_for(timeout=120_000)
    _settle(page)
    if lang == "en":
        page.locator("[data-testid=stSidebar] button", has_text="English").click()
        page.locator("[data-testid=stSidebarNav]", has_text="Home").wait_for(timeout=60_000)
        _settle(page)
    for name in PAGES:
        if name != "home":
            # the sidebar's link keeps the session (and so the language)
            link = page.locator(f"[data-testid=stSidebarNav] a[href$='/{name}']")
            if link.count() == 0:                     # the meeting screen hides the sidebar: back home first
                page.go_back()
                _settle(page)
            page.locator(f"[data-testid=stSidebarNav] a[href$='/{name}']").first.click()
            page.wait_for_url(re.compile(rf"/{name}(\?|$)"), timeout=60_000)
        _settle(page)
        page.wait_for_timeout(500)
        problems = page.evaluate(FIND_OVERFLOW) + ["raw text: " + s for s in page.evaluate(RAW_TEXT)]
        _screenshot(page, shots / f"screen_{lang}_{name}.png")
        if name != "present" and page.locator("[data-testid=stToolbar]").count() == 0:
            problems.append("no toolbar: Streamlit's running indicator cannot show (toolbarMode)")
        if lang == "th":
            problems += ["placeholder clipped: " + p for p in page.evaluate(CLIPPED_PLACEHOLDERS)]
            problems += ["English in the Thai page: " + m for m in page.evaluate(VISIBLE_ENGLISH)]
        if problems:
            found[name] = problems
        if name == "present":
            page.go_back()
            _settle(page)
    return found


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_page_fits_and_shows_no_raw_values(server, browser, data_dir, lang):
    from itastats import sample
    from itastats.store import Store

    store = Store(f"sqlite:///{data_dir}/itastats.db")
    store.ensure_sample("local")
    project = next(p.id for p in store.list_projects("local") if p.name == sample.sample_project().name)
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        found = _walk(page, server, project, lang, _shots())
    finally:
        page.close()
    assert not found, "\n".join(f"{p}: {x}" for p, xs in found.items() for x in xs)


def test_the_server_log_holds_no_traceback_or_warning(server, data_dir):
    """After the walk above (same server): a normal session leaves a clean log."""
    log = (data_dir / "server.log").read_text(encoding="utf-8", errors="replace")
    bad = [line for line in log.splitlines()
           if re.search(r"Traceback|ArrowInvalid|[Dd]eprecat|Warning|Error|Please replace|will be removed", line)]
    assert not bad, "\n".join(bad[:40])
