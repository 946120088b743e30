"""The dashboard in a real browser, as a person waits for it, against a blank app.

``measure()`` starts two streamlit servers of its own: the dashboard
(``app.py``) on the sample project, with a data folder of its own, and a
throw-away blank app (blank ``st.Page`` s, and one page with a radio and a
number input), and drives both with Playwright and Debian's ``chromium``
(``--no-sandbox --disable-gpu --disable-background-networking``).  Every
measurement is the same for both apps:

* a **settled** page: the app says no script is running
  (``[data-testid=stApp][data-test-script-state]``) and nothing in the page
  changed for 300 ms (a ``MutationObserver`` on the whole document; changes
  to a ``<canvas>``'s children are left out: they are its fallback content,
  never drawn, which the data grid rewrites for screen readers ~300 ms after
  it painted; the canvas itself, its size and everything else count); the
  time is from the click (the ``pointerdown``/``keydown`` event, taken in
  the page) to the last change;
* ``page_switch``: a click on a page in the navigation, every page of the
  dashboard, three rounds (the first visits included), each followed at once
  by a switch between two blank pages of the blank app (the two stay in the
  same time window); p95 of each, and the ratio;
* ``first_page``: a fresh server process (the data folder already made,
  our modules' bytecode written, as an installed package has it),
  open the URL until the home page settles, against a fresh blank server,
  alternated, median of three;
* ``widget_rerun``: a radio on 5.4.1 (a sheet's design) and a number on
  5.3.2 (full marks) changed, against the same widgets on a blank page,
  alternated; p95 of each, and the ratio.

``profile()`` prints, for each page, when the script ended as the browser
saw it and when the page settled (what is the server's and what the
browser's).  Run: ``python benchmarks/bench_app.py [--profile]``.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
QUIET_MS = 300
TIMEOUT_MS = 90_000
ROUNDS = 3
FIRST_PAGE_ROUNDS = 3
VIEWPORT = {"width": 1400, "height": 1000}
# the dashboard's pages in the navigation's order (url paths)
PAGES = ("home", "project", "communication_521", "activities_531", "participation_532", "compare_541",
         "awards_542", "survey_543", "report_544", "present")

BLANK_APP = '''
import streamlit as st


def blank():
    pass


def blank_too():
    pass


def widgets():
    st.radio("radio", ["a", "b"], key="radio", horizontal=True)
    st.number_input("number", min_value=0.0, step=1.0, key="number")


st.navigation([st.Page(blank, title="Blank", url_path="blank", default=True),
               st.Page(blank_too, title="Blank too", url_path="blank_too"),
               st.Page(widgets, title="Widgets", url_path="widgets")]).run()
'''

# Installed before any script of the page: when the last change happened, whether a
# script ran since the last reset, when it ended, and when the last click or key was.
MONITOR_JS = """
(() => {
  if (window.__itaMon) return;
  const m = window.__itaMon = {last: performance.now(), sawRunning: false, scriptEnd: null, input: 0};
  const state = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    return app ? app.getAttribute('data-test-script-state') : null;
  };
  const seen = () => {
    const now = performance.now();
    m.last = now;
    const s = state();
    if (s === 'running') { m.sawRunning = true; m.scriptEnd = null; }
    else if (m.sawRunning && m.scriptEnd === null && s === 'notRunning') m.scriptEnd = now;
  };
  // a canvas's children are its fallback content, never drawn while scripts run (the data
  // grid writes its accessibility table there ~300 ms after it painted): not a change a person sees
  const fallback = (mu) => {
    const n = mu.target.nodeType === 1 ? mu.target : mu.target.parentElement;
    if (!n) return false;
    if (n.tagName === 'CANVAS') return mu.type === 'childList';
    return n.closest('canvas') !== null;
  };
  const obs = new MutationObserver((mus) => { if (mus.some((mu) => !fallback(mu))) seen(); });
  const start = () => obs.observe(document.documentElement,
      {subtree: true, childList: true, attributes: true, characterData: true});
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, {once: true});
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(type, () => { m.input = performance.now(); }, true);
  }
  m.reset = () => { m.sawRunning = false; m.scriptEnd = null; m.last = performance.now(); };
  m.wait = (t0, quiet, timeout) => new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      // a very short run can start and end between two frames: then 'running' is never in
      // the page, and a quiet page a good while after the click is taken as settled
      if ((m.sawRunning || now - t0 >= 1500) && state() === 'notRunning' && now - m.last >= quiet) {
        resolve({settled: m.last - t0, script: (m.scriptEnd === null ? m.last : m.scriptEnd) - t0,
                 at: performance.timeOrigin + t0});
      } else if (now - t0 > timeout) {
        resolve({settled: null, script: null, state: state(), sawRunning: m.sawRunning, quiet: now - m.last});
      } else {
        setTimeout(tick, 20);
      }
    };
    tick();
  });
})();
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server(script: Path, cwd: Path, env: dict[str, str], args: tuple[str, ...] = ()) -> Iterator[str]:
    """A streamlit server of ``script``; yields its URL once it answers, stops it
    (and what it started: its process group) at the end."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         *(("--", *args) if args else ())],
        cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError("streamlit did not start: "
                                       + proc.stderr.read().decode(errors="replace")[-2000:]) from None
                time.sleep(0.2)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
        with contextlib.suppress(ProcessLookupError):       # the PNG browser it may have started
            os.killpg(proc.pid, signal.SIGKILL)


def app_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, ITASTATS_DATA_DIR=str(data_dir), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    env.pop("ITASTATS_DATABASE_URL", None)
    return env


def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        raise RuntimeError("Debian's chromium is not on PATH (apt install chromium)")
    return path


class Tab:
    """One browser page with the monitor installed."""

    def __init__(self, browser, url: str | None = None):
        self.page = browser.new_page(viewport=VIEWPORT)
        self.page.add_init_script(MONITOR_JS)
        self.first = None
        if url is not None:
            self.first = self.open(url)

    def open(self, url: str) -> dict:
        """Go to ``url``; the time from the navigation's start until the page settled."""
        self.page.goto(url, wait_until="commit")
        return self._wait(0.0)

    def _wait(self, t0: float | None = None) -> dict:
        expr = "([t0, q, to]) => window.__itaMon.wait(t0 === null ? window.__itaMon.input : t0, q, to)"
        out = self.page.evaluate(expr, [t0, QUIET_MS, TIMEOUT_MS])
        if out["settled"] is None:
            raise RuntimeError(f"the page did not settle in {TIMEOUT_MS / 1000:.0f} s ({self.page.url}): {out}")
        return {"settled": out["settled"] / 1000, "script": out["script"] / 1000, "at": out["at"] / 1000}

    def act(self, action) -> dict:
        """Do ``action()`` (a click, a key) and wait until the page settles."""
        self.page.evaluate("window.__itaMon.reset()")
        action()
        return self._wait(None)

    def visible(self, selector: str):
        loc = self.page.locator(selector)
        for i in range(loc.count()):
            if loc.nth(i).is_visible():
                return loc.nth(i)
        raise RuntimeError(f"nothing visible matches {selector!r} on {self.page.url}")

    def goto_page(self, url_path: str, default: bool = False) -> dict:
        """Click the page in the navigation (the meeting screen hides it: its own link home
        is taken then).  The default page's link is the app's own address."""
        if default:
            origin = self.page.evaluate("location.origin")
            selector = (f'a[href="{origin}/"], a[href^="{origin}/?"], a[href$="/{url_path}"], '
                        'a[data-testid="stPageLink-NavLink"][href=""]')
        else:
            selector = f'a[href$="/{url_path}"]'
        return self.act(lambda: self.visible(selector).click())

    def close(self) -> None:
        self.page.close()


def p95(values) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), 95))


# ---------------------------------------------------------------- the measurements
def page_switches(app: Tab, blank: Tab, rounds: int = ROUNDS, log=None) -> dict:
    ours, theirs, rows = [], [], []
    other = "blank_too"
    for r in range(rounds):
        for name in PAGES[1:] + PAGES[:1]:         # we start on home: every page, home last
            t = app.goto_page(name, default=name == PAGES[0])
            b = blank.goto_page(other, default=other == "blank")
            other = "blank" if other == "blank_too" else "blank_too"
            ours.append(t["settled"])
            theirs.append(b["settled"])
            rows.append((r, name, t["script"], t["settled"], b["settled"], t["at"]))
            if log:
                log(f"  round {r + 1} {name:18s} script {t['script']:6.2f} s  settled {t['settled']:6.2f} s"
                    f"   blank {b['settled']:5.2f} s")
    return {"ours": ours, "blank": theirs, "rows": rows}


def widget_reruns(app: Tab, app_url: str, blank: Tab, blank_url: str, rounds: int = ROUNDS, log=None) -> dict:
    ours, theirs = [], []
    # 5.4.1: a sheet's design (paired / independent), in the first sheet's check
    app.open(app_url + "/compare_541")
    blank.open(blank_url + "/widgets")
    # the first file's "check how it was read" (made when opened): open it, as the user does
    expander = app.page.locator('[data-testid="stExpander"]').filter(has_text="01_approval_days_paired").first
    if not expander.locator('[data-testid="stRadio"]').first.is_visible():
        app.act(lambda: expander.locator("summary").first.click())
    radio = expander.locator('[data-testid="stRadio"]').first
    blank_radio = blank.page.locator('[data-testid="stRadio"]').first

    def flip(group):
        def go():
            labels = group.locator('label:has(input[type="radio"])')     # the options, not the widget's label
            for i in range(labels.count()):
                if not labels.nth(i).locator("input").is_checked():
                    labels.nth(i).click()
                    return
        return go

    for r in range(2 * rounds):
        t = app.act(flip(radio))
        b = blank.act(flip(blank_radio))
        ours.append(t["settled"])
        theirs.append(b["settled"])
        if log:
            log(f"  5.4.1 radio  #{r + 1}: script {t['script']:5.2f} s settled {t['settled']:5.2f} s"
                f"   blank {b['settled']:5.2f} s")
    # 5.3.2: full marks of the pre/post test (a new number every time)
    app.open(app_url + "/participation_532")
    # the pre/post test is 5.3.2's second tab (made when opened): open it, as the user does
    number = app.page.locator(".st-key-lrn-max input").first
    if not number.is_visible():
        app.act(lambda: app.page.locator('[data-testid="stTab"]').nth(1).click())
    blank_number = blank.page.locator(".st-key-number input").first

    def enter(box, value):
        def go():
            box.fill(str(value))
            box.press("Enter")
        return go

    for r in range(2 * rounds):
        value = 20 + 5 * r
        t = app.act(enter(number, value))
        b = blank.act(enter(blank_number, value))
        ours.append(t["settled"])
        theirs.append(b["settled"])
        if log:
            log(f"  5.3.2 number #{r + 1}: script {t['script']:5.2f} s settled {t['settled']:5.2f} s"
                f"   blank {b['settled']:5.2f} s")
    # back as it was: the sample's choice is no full marks
    app.act(enter(number, 0))
    return {"ours": ours, "blank": theirs}


def first_pages(browser, data_dir: Path, blank_script: Path, rounds: int = FIRST_PAGE_ROUNDS, log=None) -> dict:
    ours, theirs = [], []
    for r in range(rounds):
        with server(ROOT / "app.py", ROOT, app_env(data_dir), ("--sample",)) as url:
            tab = Tab(browser)
            t = tab.open(url)
            tab.close()
        with server(blank_script, blank_script.parent, app_env(data_dir)) as url:
            tab = Tab(browser)
            b = tab.open(url)
            tab.close()
        ours.append(t["settled"])
        theirs.append(b["settled"])
        if log:
            log(f"  fresh server #{r + 1}: home settled {t['settled']:5.2f} s (script {t['script']:5.2f} s)"
                f"   blank {b['settled']:5.2f} s")
    return {"ours": ours, "blank": theirs}


@contextlib.contextmanager
def _rig() -> Iterator[tuple]:
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory(prefix="itastats-bench-app-") as tmp:
        tmp = Path(tmp)
        data_dir = tmp / "data"
        data_dir.mkdir()
        blank_script = tmp / "blank_app.py"
        blank_script.write_text(BLANK_APP, encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium(), headless=True, args=CHROMIUM_ARGS)
            try:
                yield browser, data_dir, blank_script
            finally:
                browser.close()


def compiled() -> None:
    """Our modules' bytecode written beforehand, as an installed package has it
    (pip compiles a wheel's modules): where ``PYTHONDONTWRITEBYTECODE`` is set
    (this machine), every fresh server would compile ~80 modules again."""
    import compileall
    for folder in ("itastats", "app_pages"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def measure(log=None, *, first_page: bool = True) -> dict[str, float]:
    """Every figure of the dashboard in a browser (see the module's docstring)."""
    compiled()
    out: dict[str, float] = {}
    with _rig() as (browser, data_dir, blank_script):
        with server(ROOT / "app.py", ROOT, app_env(data_dir), ("--sample",)) as app_url, \
                server(blank_script, blank_script.parent, app_env(data_dir)) as blank_url:
            app, blank = Tab(browser, app_url), Tab(browser, blank_url)
            sw = page_switches(app, blank, log=log)
            out["page_switch_p95_seconds"] = p95(sw["ours"])
            out["page_switch_blank_p95_seconds"] = p95(sw["blank"])
            out["page_switch_p95_ratio_vs_blank"] = out["page_switch_p95_seconds"] / out["page_switch_blank_p95_seconds"]
            wr = widget_reruns(app, app_url, blank, blank_url, log=log)
            out["widget_rerun_p95_seconds"] = p95(wr["ours"])
            out["widget_rerun_blank_p95_seconds"] = p95(wr["blank"])
            out["widget_rerun_p95_ratio_vs_blank"] = out["widget_rerun_p95_seconds"] / out["widget_rerun_blank_p95_seconds"]
            app.close()
            blank.close()
        if first_page:
            fp = first_pages(browser, data_dir, blank_script, log=log)
            out["first_page_seconds"] = float(np.median(fp["ours"]))
            out["first_page_blank_seconds"] = float(np.median(fp["blank"]))
            out["first_page_ratio_vs_blank_app"] = out["first_page_seconds"] / out["first_page_blank_seconds"]
    return out


# profile only: the server writes how long each page's script ran (the browser cannot tell
# the server's time from its own when both wait for the same two cores)
_TIMING = """
import os, time
from streamlit.navigation import page as _page
from streamlit.runtime.scriptrunner import script_runner as _runner
_run = _page.StreamlitPage.run
_script = _runner.ScriptRunner._run_script
def _log(line):
    with open(os.environ["ITASTATS_BENCH_TIMING"], "a") as f:
        f.write(line + "\\n")
def run(self):
    t0 = time.perf_counter()
    try:
        return _run(self)
    finally:
        _log(f"page {self.url_path or 'home'} {time.perf_counter() - t0:.4f}")
def run_script(self, rerun_data):
    t0 = time.time()
    try:
        return _script(self, rerun_data)
    finally:
        _log(f"script {t0:.3f} {time.time():.3f}")
_page.StreamlitPage.run = run
_runner.ScriptRunner._run_script = run_script
"""


def profile(log=print) -> None:
    """Per page: how long its script ran in the server, when the browser saw the run end,
    and when the page settled."""
    with _rig() as (browser, data_dir, blank_script):
        hook = data_dir.parent / "hook"
        hook.mkdir()
        (hook / "sitecustomize.py").write_text(_TIMING, encoding="utf-8")
        timing = data_dir.parent / "timing.txt"
        env = dict(app_env(data_dir), ITASTATS_BENCH_TIMING=str(timing),
                   PYTHONPATH=os.pathsep.join(filter(None, [str(hook), os.environ.get("PYTHONPATH")])))
        with server(ROOT / "app.py", ROOT, env, ("--sample",)) as app_url, \
                server(blank_script, blank_script.parent, app_env(data_dir)) as blank_url:
            app, blank = Tab(browser, app_url), Tab(browser, blank_url)
            log(f"first page (home): script {app.first['script']:.2f} s, settled {app.first['settled']:.2f} s;"
                f" blank app {blank.first['settled']:.2f} s")
            timing.write_text("")
            sw = page_switches(app, blank, log=log)
            lines = [line.split() for line in timing.read_text().splitlines() if line.strip()]
            runs = [x[1:] for x in lines if x[0] == "page"]
            scripts = [(float(a), float(b)) for _, a, b in (x for x in lines if x[0] == "script")]
            log(f"whole script runs in the server: {len(scripts)}, median {np.median([b - a for a, b in scripts]):.2f} s,"
                f" max {max(b - a for a, b in scripts):.2f} s")
            log("page              page script in the server       browser: run ended / settled"
                "        (first visit | median of later visits)")
            for name in PAGES:
                rows = [r for r in sw["rows"] if r[1] == name]
                first, later = rows[0], rows[1:]
                server_s = [float(t) for p, t in runs if p == name]
                srv = f"{server_s[0]:5.2f} | {np.median(server_s[1:]):5.2f} s" if len(server_s) > 1 else "  -  "
                s = float(np.median([r[2] for r in later]))
                d = float(np.median([r[3] for r in later]))
                log(f"{name:18s} {srv:24s}   {first[2]:5.2f} / {first[3]:5.2f} | {s:5.2f} / {d:5.2f} s")
            log(f"blank page switch: median {np.median(sw['blank']):.2f} s, p95 {p95(sw['blank']):.2f} s")
            log("each switch: click -> server script start | script run | script end -> page settled")
            for r in sw["rows"]:
                at, settled = r[5], r[5] + r[3]
                run = next(((a, b) for a, b in scripts if a >= at - 0.05), None)
                if run is not None:
                    log(f"  round {r[0] + 1} {r[1]:18s} {run[0] - at:5.2f} | {run[1] - run[0]:5.2f} | "
                        f"{settled - run[1]:5.2f} s")


if __name__ == "__main__":
    if "--profile" in sys.argv[1:]:
        profile()
    else:
        for k, v in measure(log=lambda s: print(s, file=sys.stderr, flush=True)).items():
            print(f"{k}: {v:.4g}")
