"""Meeting-screen mode: the project's results as full-screen 16:9 slides.

No sidebar, no Streamlit header, no paddings: the current slide (a 1920 ×
1080 PNG made by :mod:`itastats.render.slides` and :func:`itastats.render.export.to_png`)
fills the window above a slim bar with ◀, "3 / 7", ▶ and a way out.  The
keyboard works too: → / PageDown / Space for the next slide, ← / PageUp for
the previous one.  The slide shown is a saved choice of the project, so a
reload (or the projector's browser restarting) comes back to it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading

import streamlit as st

from itastats.criteria import evidence
from itastats.render import export, slides
from itastats.i18n.catalog import t
from app_pages import common, kept, workspace

lang = common.lang()
SLIDE_KEY = "present.slide"
MAX_PNGS = 24

# Our own constant CSS (never user text): hide the app's chrome, no paddings,
# the slide as large as the window allows above the bar, keeping 16:9.
CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="collapsedControl"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], [data-testid="stBottom"] { display: none !important; }
html, body, [data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"] {
  overflow: hidden !important; background: #111417 !important;
}
[data-testid="stMain"] { padding: 0 !important; }
[data-testid="stMainBlockContainer"], .block-container {
  padding: 0 !important; margin: 0 !important; max-width: 100% !important;
}
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] { gap: 0 !important; }
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"]) { display: none !important; }
.st-key-present_slide {
  height: calc(100vh - 56px) !important; min-height: calc(100vh - 56px) !important;
  max-height: calc(100vh - 56px) !important; justify-content: center !important; overflow: hidden;
}
.st-key-present_slide [data-testid="stElementContainer"], .st-key-present_slide [data-testid="stFullScreenFrame"],
.st-key-present_slide [data-testid="stFullScreenFrame"] > div, .st-key-present_slide [data-testid="stImage"],
.st-key-present_slide [data-testid="stImageContainer"] { width: 100% !important; max-width: 100% !important; }
.st-key-present_slide [data-testid="stImage"] img {
  width: min(100vw, calc((100vh - 56px) * 16 / 9)) !important; max-width: none !important; height: auto !important;
  max-height: calc(100vh - 56px) !important; margin: 0 auto !important; display: block; border-radius: 0 !important;
}
.st-key-present_slide [data-testid="stElementToolbar"] { display: none !important; }
.st-key-present_fallback {
  height: calc(100vh - 56px) !important; min-height: calc(100vh - 56px) !important;
  max-height: calc(100vh - 56px) !important; overflow: auto !important; background: #FFFFFF; padding: 8px 16px;
}
.st-key-present_bar {
  height: 56px !important; min-height: 56px; max-height: 56px; padding: 0 16px !important; background: #111417;
  align-items: center !important; flex-wrap: nowrap !important; overflow: hidden; gap: 12px !important;
}
.st-key-present_bar p { color: #FFFFFF; font-size: 22px; line-height: 1.3; margin: 0 !important; white-space: nowrap; }
.st-key-present_counter, .st-key-present_title { height: 56px; justify-content: center !important; }
.st-key-present_bar [data-testid="stMarkdownContainer"] { margin: 0 !important; }
.st-key-present_bar button, .st-key-present_bar a {
  min-height: 40px; background: #FFFFFF !important; border: 1px solid #FFFFFF !important; border-radius: 8px;
}
.st-key-present_bar button p, .st-key-present_bar a p, .st-key-present_bar a span,
.st-key-present_bar button span { color: #0A3D4A !important; font-size: 20px; }
.st-key-present_bar button:disabled { opacity: 0.35; }
.st-key-present_counter p { font-weight: 700; font-size: 26px; min-width: 4.5em; text-align: center; }
.st-key-present_title { overflow: hidden; }
.st-key-present_title p { color: #CFE3EA; overflow: hidden; text-overflow: ellipsis; }
</style>
"""

# ArrowRight / PageDown / Space: next; ArrowLeft / PageUp: previous.  The
# listener lives on the app's document (st.html runs this constant script in
# the page itself; st.components.v1.html is deprecated); a newer run replaces
# the older one's listener, so it is never there twice.
KEYS_JS = """
<script>
(function () {
  const doc = document;
  const next = ["ArrowRight", "PageDown", " ", "Spacebar"];
  const prev = ["ArrowLeft", "PageUp"];
  function onKey(e) {
    const el = e.target;
    if (el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName))) return;
    const cls = next.includes(e.key) ? "st-key-present_next" : prev.includes(e.key) ? "st-key-present_prev" : null;
    if (!cls) return;
    const btn = doc.querySelector("." + cls + " button");
    if (!btn || btn.disabled) return;
    e.preventDefault();
    btn.click();
  }
  if (doc.__itastatsPresentKeys) doc.removeEventListener("keydown", doc.__itastatsPresentKeys);
  doc.__itastatsPresentKeys = onKey;
  doc.addEventListener("keydown", onKey);
})();
</script>
"""


def _go(step: int, total: int) -> None:
    i = min(max(0, int(st.session_state.get(SLIDE_KEY, 0)) + step), total - 1)
    st.session_state[SLIDE_KEY] = i
    st.session_state.setdefault("choices", {})[SLIDE_KEY] = i     # saved with the project


def _deck() -> tuple[list[slides.Slide], int]:
    """The project's slides and the number of files that could not be used; made
    again only when the project's inputs, the language or the day change."""
    profile = common.profile(lang)
    files = {page: common.page_files(page) for page in workspace.PAGES}
    choices = {k: v for k, v in workspace.choices().items() if k != SLIDE_KEY}
    today = dt.date.today()
    h = hashlib.sha256()
    h.update(json.dumps(profile.to_dict(), sort_keys=True, ensure_ascii=False, default=str).encode())
    h.update(json.dumps(choices, sort_keys=True, ensure_ascii=False, default=str).encode())
    h.update(repr([(p, kept.files_key(fs)) for p, fs in files.items()]).encode())
    h.update(f"{lang}|{today.isoformat()}".encode())
    digest = h.hexdigest()
    cached = st.session_state.get("present.deck")
    if cached and cached[0] == digest:
        return cached[1], cached[2]
    with st.spinner(t("present.making", lang)):
        ev = evidence.collect(profile, files, choices, analyses=common.ANALYSES)   # the pages' own results
        deck = slides.slides(ev, lang=lang, made_on=today)
    st.session_state["present.deck"] = (digest, deck, len(ev.problems))
    return deck, len(ev.problems)


def _png(fig, store: dict | None = None) -> bytes:
    """The slide's PNG, made once per figure (the deck's figures are kept, so
    the figure itself is the key) and kept for the session (raises ExportError)."""
    if store is None:
        store = st.session_state.setdefault("present.png", {})
    hit = store.get(id(fig))
    if hit is not None and hit[0] is fig:
        return hit[1]
    png = export.to_png(fig, width=slides.WIDTH, height=slides.HEIGHT, timeout=60)
    store[id(fig)] = (fig, png)             # the entry holds the figure: its id stays its own
    while len(store) > MAX_PNGS:
        store.pop(next(iter(store)))
    return png


def _prefetch(slide: slides.Slide) -> None:
    """Build the next slide and make its PNG in the background: the page does not wait
    for it, and the slide is ready when it is asked for (an error shows up then)."""
    store = st.session_state.setdefault("present.png", {})
    fig = slide.__dict__.get("figure")          # built already (cached_property), else None
    hit = store.get(id(fig)) if fig is not None else None
    if hit is not None and hit[0] is fig:
        return

    def work() -> None:
        try:
            _png(slide.figure, store)
        except Exception:  # noqa: BLE001 - made (and its error shown) when the slide comes up
            pass
    threading.Thread(target=work, name="itastats-next-slide", daemon=True).start()


def _bar(i: int, deck: list[slides.Slide], problems: int) -> None:
    total = len(deck)
    with st.container(key="present_bar", horizontal=True, vertical_alignment="center", gap="small"):
        st.button(t("present.prev", lang), key="present_prev", icon=":material/chevron_left:", on_click=_go,
                  args=(-1, total), disabled=i <= 0)
        with st.container(key="present_counter", width="content"):
            st.markdown(t("present.counter", lang, n=i + 1, total=total))
        st.button(t("present.next", lang), key="present_next", icon=":material/chevron_right:", on_click=_go,
                  args=(1, total), disabled=i >= total - 1)
        with st.container(key="present_title", width="stretch"):
            words = [deck[i].title, t("present.keys", lang)]
            if problems:
                words.insert(1, "\u26a0 " + t("present.problems", lang, n=problems))
            st.markdown(" \u00b7 ".join(common.md_escape(w) for w in words))
        st.page_link("app_pages/home.py", label=t("present.exit", lang), icon=":material/close:")


def main() -> None:
    st.markdown(CSS, unsafe_allow_html=True)
    if workspace.record() is None:
        st.info(t("present.no_project", lang), icon=":material/folder_open:")
        st.page_link("app_pages/home.py", label=t("nav.home", lang), icon=":material/home:")
        return
    deck, problems = _deck()
    if st.session_state.get("present.project") != workspace.record().id:   # another project: its own slide
        st.session_state.pop(SLIDE_KEY, None)
        st.session_state["present.project"] = workspace.record().id
    workspace.keep(SLIDE_KEY, 0)
    try:
        i = int(st.session_state[SLIDE_KEY])
    except (TypeError, ValueError):
        i = 0
    i = min(max(0, i), len(deck) - 1)
    st.session_state[SLIDE_KEY] = i
    slide = deck[i]
    status = export.export_status()
    with st.container(key="present_slide" if status["browser_found"] else "present_fallback"):
        if not status["browser_found"]:
            st.warning(t(status["message_key"], lang, **status.get("message_params", {})), icon=":material/image:")
            st.caption(t("present.no_browser_figure", lang))
            st.plotly_chart(slide.figure, theme=None, key="present.figure", width="content",
                            config={"displayModeBar": False})
        else:
            try:
                png = _png(slide.figure)
            except export.ExportError as exc:
                st.error(exc.message(lang), icon=":material/error:")
            except Exception as exc:  # noqa: BLE001 - a slide that cannot be drawn: the others still can
                st.error(t("internal_error", lang, detail=type(exc).__name__), icon=":material/error:")
            else:
                st.image(png, alt=slide.title, width=slides.WIDTH)      # an int: Streamlit sends the PNG as it is
    _bar(i, deck, problems)
    st.html(KEYS_JS, unsafe_allow_javascript=True)
    if status["browser_found"] and i + 1 < len(deck):       # the next slide ready before it is asked for
        _prefetch(deck[i + 1])


main()
