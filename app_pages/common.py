"""Helpers shared by pages: the language, uploads kept in the session, and
showing problems.  Layout only: every number comes from itastats."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import streamlit as st

from itastats.i18n import catalog
from itastats import sample
from itastats.i18n.catalog import t
from itastats.criteria import evidence
from itastats.criteria.options import SheetOptions
from itastats.read.problems import ERROR, INFO, WARNING, Problem, describe
from app_pages import account, kept, workspace

LANG_LABELS = {"th": "ไทย", "en": "English"}
# What the language switch shows. Streamlit looks for an emoji at the start of a
# segmented control's label and loads its emoji catalog (~0.2 s, on the first
# page of a fresh server) for any label that is not ASCII; a label starting
# with a space has an empty first word, so nothing is looked up, and the
# browser does not show a leading space.
_LANG_SHOWN = {code: " " + label for code, label in LANG_LABELS.items()}


def lang() -> str:
    return st.session_state.get("lang", catalog.DEFAULT_LANG)


def _language_chosen() -> None:
    choice = st.session_state.get("lang_choice")
    if choice in LANG_LABELS:
        st.session_state.lang = choice


def language_picker() -> str:
    """A ไทย | English switch in the sidebar; Thai by default.

    The language lives in ``st.session_state.lang``; the widget has its own
    key and only changes it through its callback, so a cleared control or a
    test that sets the language directly never breaks the page.
    """
    if st.session_state.get("lang") not in LANG_LABELS:
        st.session_state.lang = catalog.DEFAULT_LANG
    st.session_state.lang_choice = st.session_state.lang
    with st.sidebar:
        st.segmented_control(
            "ภาษา / Language", options=list(LANG_LABELS), format_func=_LANG_SHOWN.get,
            key="lang_choice", selection_mode="single", width="stretch", on_change=_language_chosen)
    return st.session_state.lang


# Our own constant CSS for every page (never user text). Sarabun's Thai upper
# marks (ชี้ ทั่ว ลี่) stand above the Latin cap height: Streamlit's inputs clip
# their text to a 1.4 line and its metric labels to a "normal" line, so "ชี้แจง"
# showed as "ชีแจง". The lines are made taller (the boxes keep their height by
# giving back padding), and a card's value wraps instead of ending in "…".
APP_CSS = """
.st-key-ita_preload { display: none !important; }
[data-testid="stTextInputRootElement"] input, [data-testid="stNumberInputContainer"] input,
[data-testid="stDateInputField"] input, [data-testid="stDateInput"] input, [data-testid="stTimeInput"] input,
[data-testid="stSelectbox"] input, [data-testid="stMultiSelect"] input, [data-baseweb="input"] input {
  line-height: 1.75 !important; padding-top: 3px !important; padding-bottom: 3px !important;
}
/* a placeholder has its own line box ("normal", clipped): "ชื่อ" lost its ่ there */
input::placeholder, textarea::placeholder { line-height: 1.75 !important; overflow: visible !important; }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"],
[data-testid="stMetricLabel"] p {
  line-height: 1.75 !important; height: auto !important; min-height: 0 !important;
}
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"], [data-testid="stMetricLabel"] p {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid="stMetricValue"], [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"],
[data-testid="stMetricValue"] p {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  line-height: 1.3 !important; overflow-wrap: anywhere;
}
[data-testid="stMetricValue"] { font-size: 2rem !important; }
[data-testid="stMetricDelta"] p, [data-baseweb="tag"] span, [data-testid="stMarkdownContainer"].stMarkdownEllipsis p {
  line-height: 1.75 !important;
}
/* the toolbar stays for Streamlit's running indicator (config: toolbarMode
   "viewer"); its menu, in English only (Rerun, Settings, Print…), is hidden */
[data-testid="stMainMenu"] { display: none !important; }
/* page titles one line at 1440 px: a browser breaks Thai by dictionary, so
   a title on two lines could end "ชุดหลัก" / "ฐาน" or "ความ" / "รวดเร็ว" */
[data-testid="stMain"] h1 { font-size: 2.3rem !important; }
/* tabs on as many lines as they need (5.4.1 has one per metric): a tab bar
   that scrolls sideways hides its last tabs at 1440 px; the moving underline
   cannot follow a second line, so the open tab is underlined itself */
[data-testid="stTabs"] [role="tablist"] { flex-wrap: wrap !important; overflow-x: visible !important; row-gap: 0.25rem; }
[data-testid="stTabs"] [data-baseweb="tab-highlight"] { display: none !important; }
[data-testid="stTabs"] [role="tab"][aria-selected="true"] { box-shadow: inset 0 -3px 0 currentColor; }
"""

# Streamlit's uploader and running indicator speak English whatever the page's
# language: in the Thai pages their words are said in Thai (the catalog's).
UPLOADER_CSS = """
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {{ font-size: 0 !important; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {{
  content: "{button}"; font-size: 0.9rem; line-height: 1.75;
}}
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0 !important; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{
  content: "{limit}"; font-size: 0.85rem; line-height: 1.75;
}}
[data-testid="InputInstructions"] {{ font-size: 0 !important; }}
[data-testid="InputInstructions"]::after {{ content: "{enter}"; font-size: 0.75rem; }}
[data-testid="stTextArea"] [data-testid="InputInstructions"]::after {{ content: "{ctrl_enter}"; }}
[data-testid="stStatusWidget"] button {{ font-size: 0 !important; }}
[data-testid="stStatusWidget"] button::after {{ content: "{stop}"; font-size: 0.875rem; }}
"""


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def app_style(language: str) -> None:
    """The app's own CSS, once per run (app.py calls it before the page)."""
    css = APP_CSS
    if language != "en":
        css += UPLOADER_CSS.format(button=_css_string(t("ui.upload_button", language)),
                                   limit=_css_string(t("ui.upload_limit", language)),
                                   stop=_css_string(t("ui.stop", language)),
                                   enter=_css_string(t("ui.press_enter", language)),
                                   ctrl_enter=_css_string(t("ui.press_ctrl_enter", language)))
    st.html(f"<style>{css}</style>")


# The code of an element type (a select box, a number box, a table…) is fetched the first
# time a page shows one: ~0.1–0.3 s on the first visit of each page.  Once the first page is
# shown, the browser fetches those of the elements our pages use while nothing else happens.
PRELOADED_ELEMENTS = ("ButtonGroup", "Checkbox", "DataFrame", "DateInput", "FileUploader", "ImageList", "Metric",
                      "Multiselect",
                      "NumberInput", "PlotlyChart", "Radio", "Selectbox", "Slider", "Table", "TextArea", "TextInput",
                      "rehype-raw")
PRELOAD_JS = """<script>
(() => {
  if (window.__itastatsPreload) return;
  window.__itastatsPreload = true;
  const entry = document.querySelector('script[src*="/static/js/index."]');
  if (!entry) return;
  const base = entry.src.replace(/index\\.[^/]*$/, '');
  const go = () => %s.forEach((name) => import(base + name).catch(() => {}));
  if (window.requestIdleCallback) window.requestIdleCallback(go, {timeout: 4000}); else setTimeout(go, 1500);
})();
</script>"""


@functools.cache
def _element_chunks() -> tuple[str, ...]:
    """The file names (hashed per Streamlit release) of the elements' code; none when not found."""
    folder = Path(st.__file__).parent / "static" / "static" / "js"
    names = []
    for element in PRELOADED_ELEMENTS:
        found = sorted(p.name for p in folder.glob(f"{element}.*.js") if p.name.count(".") == 2)
        names.extend(found[:1])
    return tuple(names)


_MODULES_FROZEN = [0]      # how many modules were loaded when gc.freeze() last ran (one server process)


def freeze_loaded_code() -> None:
    """After a run that loaded modules: ``gc.freeze()`` (cheap, no collection).

    Python's full collection walks every object the process holds: with
    Streamlit, pandas, scipy and plotly loaded that is ~250,000 objects, and a
    collection took 0.1-0.23 s here, six times in 30 page switches, each time
    on whatever click it landed.  Modules, classes and functions live as long
    as the process: frozen, no collection walks them again (two full
    collections in the same 30 switches, 3-31 ms).  What a session held at
    that moment is frozen too: freed as usual when nothing refers to it, kept
    for good only if it is part of a reference cycle; that happens only on the
    few runs that load modules (a server's first visits), so it stays small."""
    import gc
    import sys
    if len(sys.modules) != _MODULES_FROZEN[0]:
        _MODULES_FROZEN[0] = len(sys.modules)
        gc.freeze()


def preload_elements() -> None:
    """Once per session, after the first page: the browser fetches our elements' code when idle
    (a constant script of our own, file names from Streamlit's own folder: no user text)."""
    if st.session_state.get("_preloaded") or not _element_chunks():
        return
    st.session_state["_preloaded"] = True
    with st.container(key="ita_preload"):
        st.html(PRELOAD_JS % json.dumps(list(_element_chunks())), unsafe_allow_javascript=True)


def files() -> dict[str, bytes]:
    """The open project's 5.4.1 files: name -> bytes (kept in the store)."""
    return st.session_state.setdefault("files", {})


def add_file(name: str, data: bytes) -> None:
    workspace.add_file(name, data)


def remove_file(name: str) -> None:
    workspace.remove_file(name)


def store_uploads(uploads, page: str = workspace.PAGE_541) -> list[str]:
    """Store each new file of a file_uploader in the project, once (the
    uploader hands the same files back on every rerun); return their names."""
    seen = st.session_state.setdefault(f"seen_uploads_{page}", set())
    todo = [up for up in uploads or [] if up.file_id not in seen]
    new = []
    if not todo:
        return new
    with st.spinner(t("ui.saving_files", lang(), n=len(todo))):     # a large file takes a moment to store
        for up in todo:
            seen.add(up.file_id)
            workspace.add_file(up.name, up.getvalue(), page)
            new.append(up.name)
    return new


def file_list(page: str, key_prefix: str, language: str) -> None:
    """The page's stored files, each with its size and a remove button."""
    from itastats.i18n import fmt
    for name, data in list(st.session_state.get(workspace.files_key(page), {}).items()):
        c1, c2 = st.columns([6, 1], vertical_alignment="center")
        c1.markdown(f":material/description: {md_escape(name)} · {fmt.smart(len(data) / 1024)} KB")
        c2.button(t("p541.remove", language), key=f"{key_prefix}|{name}", on_click=workspace.remove_file,
                  args=(name, page), disabled=not workspace.can_edit())


def load_sample() -> None:
    """Add the sample files to the open project (and its profile, if empty)."""
    for name, data in sample.sample_files():
        add_file(name, data)
    if not st.session_state.get("project", {}).get("name"):
        st.session_state.project = sample.sample_project().to_dict()
        for key in [k for k in st.session_state.keys() if isinstance(k, str) and k.startswith("proj.")]:
            del st.session_state[key]


def open_sample_project() -> None:
    """Open the sample project (for ``streamlit run app.py -- --sample``)."""
    s = workspace.store()
    s.ensure_sample(workspace.user())
    name = sample.sample_project().name
    match = next((p for p in s.list_projects(workspace.user()) if p.name == name), None)
    if match is not None:
        workspace.open_project(match.id)


def project_sidebar(record, language: str, page_path: str = "") -> None:
    """The open project's name in the sidebar (and, when it is someone
    else's, whose and with what role); a link that named a project this
    user may not open is said in the page, naming nothing of it, for as
    long as the user stays on that page (a change of language keeps it)."""
    from itastats.store.changes import role_text
    with st.sidebar:
        st.divider()
        if record is None:
            st.caption(t("ws.no_project", language))
        else:
            st.caption(t("ws.current_project", language))
            st.markdown(f"**{md_escape(record.name or t('ws.untitled', language))}**")
            if record.role != "owner":
                st.caption(t("share.shared_by", language, owner=account.email_md(record.owner),
                             role=role_text(record.role, language)))
            if record.can_write:
                st.caption(t("ws.saved_auto", language))
    if st.session_state.get("not_found"):
        shown_on = st.session_state.setdefault("not_found_page", page_path)
        if shown_on == page_path:
            st.warning(t("share.not_found", language), icon=":material/search_off:")
        else:
            del st.session_state["not_found"], st.session_state["not_found_page"]
    if st.session_state.pop("access_lost", None):
        st.warning(t("share.lost", language), icon=":material/lock:")


def access_banner(record, language: str) -> None:
    """A viewer is told, on every page, that they can look but not change."""
    if record is not None and not record.can_write:
        st.info(t("share.viewer_banner", language, owner=account.email_md(record.owner)), icon=":material/visibility:")


def conflict_banner(language: str) -> None:
    """Someone else saved this project after we loaded it: the user decides."""
    if not st.session_state.get("conflict"):
        return
    st.warning(t("ws.conflict", language), icon=":material/sync_problem:")
    c1, c2 = st.columns(2)
    c1.button(t("ws.conflict_reload", language), on_click=workspace.resolve_conflict, args=(False,),
              key="conflict_reload", type="primary")
    c2.button(t("ws.conflict_keep", language), on_click=workspace.resolve_conflict, args=(True,),
              key="conflict_keep")


def profile(language: str):
    """The open project's profile; a damaged saved profile is reported and an
    empty one used, so the page still opens (the stored data is untouched)."""
    from itastats.criteria.project import ProfileError, ProjectInfo
    try:
        return ProjectInfo.from_dict(st.session_state.get("project", {}))
    except ProfileError as exc:
        st.error(t(exc.key, language, **dict(exc.params)), icon=":material/error:")
        return ProjectInfo()


def show_problem(problem: Problem, language: str) -> None:
    text = describe(problem, language)
    if problem.severity == ERROR:
        st.error(text, icon=":material/error:")
    elif problem.severity == WARNING:
        st.warning(text, icon=":material/warning:")
    else:
        st.info(text, icon=":material/info:")


def problems_table(problems, language: str):
    """Problems as rows (file, sheet, row, column, message) for st.dataframe."""
    return [{
        t("col.file", language): p.file or "",
        t("col.sheet", language): p.sheet or "",
        t("col.row", language): str(p.row) if p.row is not None else "",
        t("col.column", language): p.column or "",
        t("col.message", language): t(p.key, language, **dict(p.params)),
    } for p in problems]


PLAIN_TABLE_ROWS = 30     # up to this many rows a list of problems is a plain table


def problems_view(problems, language: str) -> None:
    """Problems as a table: a plain one (every message whole, drawn once) for a
    few rows, a grid that scrolls for many.  The grid's canvas kept changing
    ~0.25 s after it was drawn, on every rerun of a page that showed one."""
    import pandas as pd
    frame = pd.DataFrame(problems_table(problems, language))
    if len(frame) <= PLAIN_TABLE_ROWS:
        st.table(frame, hide_index=True)
    else:
        st.dataframe(frame, hide_index=True, placeholder="", width="stretch")


# ---------------------------------------------------------------- analyses, kept per session
class _KeptAnalyses(evidence.Analyses):
    """Each analysis once per session for the same files (their SHA-256) and
    options: the pages, the home page's KPIs and checklist, the report, the
    pack and the meeting screen share one result (itastats.criteria.evidence)."""

    def file_541(self, data, name, options):
        from dataclasses import asdict
        # a sheet left as itastats guesses it is the same as a sheet not named (workflow.analyze_file)
        options = {sheet: o for sheet, o in options.items() if o != SheetOptions()}
        key = json.dumps({sheet: asdict(o) for sheet, o in options.items()}, sort_keys=True, ensure_ascii=False)
        return kept.kept("analysis", ("541", name, kept.digest(data), key),
                         lambda: super(_KeptAnalyses, self).file_541(data, name, options))

    def survey(self, data, name, options):
        key = json.dumps(options, sort_keys=True, ensure_ascii=False)
        return kept.kept("analysis", ("543", name, kept.digest(data), key),
                         lambda: super(_KeptAnalyses, self).survey(data, name, options))

    def attendance(self, records, heads, split, sessions, assign):
        key = ("532", kept.files_key(dict(records)), kept.files_key(dict(heads)), tuple(split),
               json.dumps(dict(sessions), sort_keys=True, ensure_ascii=False), tuple(sorted(dict(assign).items())))
        return kept.kept("analysis", key,
                         lambda: super(_KeptAnalyses, self).attendance(records, heads, split, sessions, assign))

    def learning(self, tests, max_score, threshold, method):
        key = ("532t", kept.files_key(dict(tests)), max_score, threshold, method)
        return kept.kept("analysis", key,
                         lambda: super(_KeptAnalyses, self).learning(tests, max_score, threshold, method))


ANALYSES = _KeptAnalyses()


def analyze(data: bytes, name: str, options_json: str):
    """A 5.4.1 file analysed with the user's corrections (``options_json``, from :func:`options_json`)."""
    options = {sheet: SheetOptions(**{k: (tuple(tuple(x) for x in v) if isinstance(v, list) else v)
                                      for k, v in opts.items()})
               for sheet, opts in json.loads(options_json).items()}
    return ANALYSES.file_541(data, name, options)


def options_json(file: str) -> str:
    """The user's corrections for ``file`` read back from the widgets' state."""
    from dataclasses import asdict
    opts = evidence.sheet_options(workspace.choices(), file)
    return json.dumps({sheet: asdict(o) for sheet, o in opts.items()}, sort_keys=True, ensure_ascii=False)


def results_541() -> list:
    """Every metric of the open project's 5.4.1 files, with the user's choices."""
    return list(project_evidence(lang()).results_541)


# ---------------------------------------------------------------- 5.4.3 survey, kept per session
def analyze_survey(data: bytes, name: str, options: str):
    return ANALYSES.survey(data, name, json.loads(options))


def survey_options(name: str) -> str:
    """The user's corrections for survey file ``name`` (criteria, roles, word map)."""
    return json.dumps(evidence.survey_options(workspace.choices(), name), sort_keys=True, ensure_ascii=False)


def survey_result():
    """The open project's survey result (the file chosen on 5.4.3), or None."""
    return project_evidence(lang()).survey


# ---------------------------------------------------------------- made when opened
def lazy_expander(label: str, key: str, *, expanded: bool = False, icon: str | None = None):
    """An expander whose content the page makes only while it is open
    (``if box.open: with box: ...``).  It stays as the user left it, also
    when its label changes (a count in it) or the user comes back to the page."""
    remembered = st.session_state.setdefault("_open", {})
    box = st.expander(label, expanded=remembered.get(key, expanded), key=key, on_change="rerun", icon=icon)
    if box.open is not None:
        remembered[key] = bool(box.open)
    return box


def lazy_tabs(labels: list[str], key: str):
    """Tabs of which the page makes only the open one (``if tab.open: with tab: ...``).
    The tab the user opened stays open when they come back to the page."""
    remembered = st.session_state.setdefault("_open", {})
    if key not in st.session_state and remembered.get(key) in labels:    # back on the page
        st.session_state[key] = remembered[key]
    tabs = st.tabs(list(labels), key=key, on_change="rerun")
    for label, tab in zip(labels, tabs):
        if tab.open:
            remembered[key] = label
    return tabs


# ---------------------------------------------------------------- an infographic's PNG
PREVIEW_WIDTH = 760


def _png_and_preview(fig, width: int, height: int) -> tuple[bytes, bytes]:
    """The PNG of ``fig`` and a copy of it at most :data:`PREVIEW_WIDTH` px wide
    (the page shows that copy as it is: nothing is resized on a rerun)."""
    import io
    from PIL import Image
    from itastats.render import export
    png = export.to_png(fig, width=width, height=height, timeout=60)
    if width <= PREVIEW_WIDTH:
        return png, png
    with Image.open(io.BytesIO(png)) as im:
        small = im.convert("RGB").resize((PREVIEW_WIDTH, round(height * PREVIEW_WIDTH / width)), Image.LANCZOS)
    out = io.BytesIO()
    small.save(out, "PNG", optimize=False)
    return png, out.getvalue()


def infographic(make, size: str, *, of, params: tuple = (), file_stem: str, key: str, language: str) -> None:
    """An infographic's PNG: a download button (the PNG is made when it is
    clicked) and a preview that is made when opened; both are that very PNG,
    made once per result and kept for the session.

    ``make()`` builds the figure from the result ``of`` (kept by identity);
    ``params`` are what else it depends on (the profile, a KPI target, the
    metrics picked...), or everything when ``of`` is None (then hashable values).
    Without a browser the page says how to get one and shows the figure,
    whose camera button still downloads a PNG from the user's browser.
    """
    from itastats.render import export, theme
    spec = theme.size_spec(size)
    figure_key = ("infographic", key, size, language, params)
    status = export.export_status()
    if not status["browser_found"]:
        st.warning(t(status["message_key"], language, **status.get("message_params", {})), icon=":material/image:")
        st.caption(t("p541.camera_hint", language))
        fig = kept.figure(of, figure_key, make) if of is not None else kept.kept("figure", figure_key, make)
        st.plotly_chart(fig, theme=None, key=f"{key}.preview", width="content",
                        config={"toImageButtonOptions": {"format": "png", "width": spec.width,
                                                         "height": spec.height, "filename": file_stem}})
        return
    figures, pngs = kept.bucket("figure"), kept.bucket("png")

    def made() -> tuple[bytes, bytes]:
        """(PNG, preview); also called by the deferred download, outside the script run."""
        full = (kept.ident(of) if of is not None else None, figure_key)
        hit = pngs.get(full)
        if hit is not None and (of is None or kept.same(hit[0], of)):
            return hit[1]
        entry = figures.get(full)
        fig = entry[1] if entry is not None and (of is None or kept.same(entry[0], of)) else make()
        kept.put(figures, full, (of, fig), kept.LIMITS["figure"])
        out = _png_and_preview(fig, spec.width, spec.height)
        kept.put(pngs, full, (of, out), kept.LIMITS["png"])
        return out

    def download() -> bytes:
        try:
            return made()[0]
        except export.ExportError as exc:      # shown by the download button, in the user's language
            raise RuntimeError(exc.message(language)) from None

    st.download_button(t("p541.download_png", language, w=spec.width, h=spec.height), data=download,
                       mime="image/png", file_name=f"{file_stem}.png", icon=":material/download:",
                       type="primary", key=key, on_click="ignore")
    preview = lazy_expander(t("p541.preview_open", language), f"{key}.preview", icon=":material/image:")
    if preview.open:
        with preview:
            try:
                with st.spinner(t("p541.making_png", language)):
                    _, small = made()
            except export.ExportError as exc:
                st.error(exc.message(language), icon=":material/error:")
            else:
                st.image(small, caption=t("p541.preview_caption", language), width=PREVIEW_WIDTH)


def table_height(rows: int, most: int = 30):
    """A table's height: every row whole up to ``most`` rows, else Streamlit's
    own (a box that scrolls), so a short table never ends in a half row."""
    return "content" if rows <= most else "auto"


def column_figure(fig):
    """``(heading, fig)``: the title of a chart for half the page as plain text,
    and the chart without it (changed in place; made once with the figure,
    :func:`kept.figure`, so a rerun does not strip an already stripped title)."""
    import html
    import re
    from itastats.render import theme
    title = fig.layout.title.text if fig.layout.title and fig.layout.title.text else ""
    if not title:
        return "", fig
    words = html.unescape(re.sub(r"<br\s*/?>", " ", re.sub(r"<(?!br)[^>]*>", "", title)))
    s = theme.SIZES["screen"]
    top = fig.layout.margin.t if fig.layout.margin and fig.layout.margin.t is not None else \
        round(s.font * 2.9 + s.title * 1.45 + 8)
    room = s.title * 1.45 + (s.font * 1.6 if fig.layout.showlegend is False else 0)   # title (and no legend)
    fig.update_layout(title=dict(text=""), margin=dict(t=max(24, round(top - room))))
    return words, fig


def chart_in_column(fig, *, key: str) -> None:
    """A chart in half the page: its title as a heading above it, wrapped by
    the browser (plotly draws a title on one line and cuts it at the edge).
    ``fig``: a figure, or the ``(heading, figure)`` of :func:`column_figure`."""
    heading, fig = fig if isinstance(fig, tuple) else column_figure(fig)
    if heading:
        st.markdown(f"**{md_escape(heading)}**")
    st.plotly_chart(fig, theme=None, key=key)


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:")


def md_escape(text: object) -> str:
    """Text from a user's file shown through st.markdown as plain text:
    every Markdown/HTML special character is backslash-escaped."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def severity_icon(severity: str) -> str:
    return {ERROR: ":material/error:", WARNING: ":material/warning:", INFO: ":material/info:"}.get(severity, "")



# ---------------------------------------------------------------- 5.3.2 attendance and learning, kept per session
def page_files(page: str) -> dict[str, bytes]:
    """The open project's files of one page: name -> bytes."""
    return st.session_state.setdefault(workspace.files_key(page), {})


def analyze_attendance(files: tuple, headcount: tuple, split: tuple, sessions_json: str, assign: tuple = ()):
    return ANALYSES.attendance(list(files), list(headcount), tuple(split), json.loads(sessions_json),
                               dict(assign))


def attendance_options() -> tuple[tuple, str, tuple]:
    """The user's corrections on 5.3.2: merges undone, session names typed (as
    JSON, for the cache), the units picked for people without one."""
    split, sessions, assign = evidence.attendance_options(workspace.choices())
    return split, json.dumps(sessions, sort_keys=True, ensure_ascii=False), tuple(sorted(assign.items()))


def attendance_result():
    """The open project's attendance result, or None (no files, or none readable)."""
    return project_evidence(lang()).attendance


def analyze_learning(files: tuple, max_score: float | None, threshold: float | None, method: str):
    return ANALYSES.learning(list(files), max_score, threshold, method)


def learning_options() -> tuple[float | None, float | None, str]:
    return evidence.learning_options(workspace.choices())


def learning_result():
    """The open project's pre/post test result, or None."""
    return project_evidence(lang()).learning


def all_sources() -> list:
    """Every KPI source the open project's pages compute now."""
    return list(project_evidence(lang()).sources)


def kpi_target(source_key: str, profile_=None) -> float | None:
    """The target of the project's KPI measured by ``source_key`` (percent KPIs), or None."""
    p = profile_ if profile_ is not None else profile(lang())
    return next((k.target for k in p.kpis if k.source == source_key), None)


# ---------------------------------------------------------------- the whole project's evidence, kept per session
def project_evidence(language: str):
    """Every result of the open project with the choices made on its pages
    (for the home page, the report, the evidence pack and the meeting screen),
    made again only when the profile, a file or a choice changed; each
    analysis in it is the pages' own (:data:`ANALYSES`)."""
    import hashlib
    files = {page: dict(page_files(page)) for page in workspace.PAGES}
    prof = profile(language)
    choices = dict(workspace.choices())
    h = hashlib.sha256(prof.to_json().encode())
    h.update(json.dumps(choices, sort_keys=True, ensure_ascii=False, default=str).encode())
    h.update(repr([(page, kept.files_key(fs)) for page, fs in files.items()]).encode())

    def collect():
        with st.spinner(t("p541.reading", language)):      # every file of the project: seconds on a large one
            return evidence.collect(prof, files, choices, analyses=ANALYSES)
    return kept.kept("evidence", h.hexdigest(), collect)


def project_summary(language: str):
    """What home shows of the open project (its KPI statuses and checklist:
    :class:`itastats.criteria.summary.Summary`), as :func:`project_evidence`
    computes it, without computing it when it was computed before: it is kept
    in the project's own store under the SHA-256 of every input (files,
    profile, choices, language, itastats' code), so a fresh server draws home
    without running every analysis.  When it is not kept, it is made from the
    session's evidence (:func:`project_evidence`) and kept for the next time."""
    from itastats.criteria import summary
    key = summary_key(language)

    def make():
        rec = workspace.record()
        s, user = workspace.store(), workspace.user()
        if rec is not None:
            try:
                text = s.summary(user, rec.id, key)
                if text is not None:
                    return summary.loads(text)
            except (ValueError, workspace.NotFound):   # another format, or the project is gone: computed again
                pass
        made = summary.of(project_evidence(language))
        if rec is not None:
            try:
                s.keep_summary(user, rec.id, key, summary.dumps(made))
            except Exception:       # a cache: a value it cannot hold, a busy database... computed again next time
                pass
        return made
    return kept.kept("summary", key, make)


def summary_key(language: str) -> str:
    """The key of the open project's summary (:func:`itastats.criteria.summary.key`)."""
    from itastats.criteria import summary
    files = {page: kept.files_key(page_files(page)) for page in workspace.PAGES}
    return summary.key(profile(language), dict(workspace.choices()), files, language)


SCORECARD_PNG_WIDTH = 900      # px on the page at most; drawn at twice that for sharp text


def png_data_url(png: bytes) -> str:
    """A PNG of ours (never a user's file) as a ``data:`` URL for ``st.image``."""
    import base64
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def keep_scorecard_png(fig, language: str) -> None:
    """Draw the scorecard home shows as a PNG in the background, once, and keep it
    with the project's summary: the next time (a fresh server, another session)
    home shows that picture instead of loading the charting code first.  This
    session's home shows it too once it is there.  Nothing happens without a
    browser for PNGs; a failure only means the chart is shown again next time."""
    import threading
    from dataclasses import replace
    from itastats.criteria import summary
    from itastats.render import export
    rec = workspace.record()
    if rec is None or not export.export_status()["browser_found"]:
        return
    key = summary_key(language)
    started = st.session_state.setdefault("_scorecard_png", set())
    if key in started:
        return
    started.add(key)
    store, user, shown = workspace.store(), workspace.user(), kept.bucket("summary")

    def work() -> None:
        try:
            png = export.to_png(fig, width=SCORECARD_PNG_WIDTH, height=int(fig.layout.height), scale=2, timeout=90)
            base = shown.get(key)                    # what this home showed, and the chart was drawn from
            text = store.summary(user, rec.id, key)
            if base is None or (text is not None and replace(summary.loads(text), scorecard_png=None) != base):
                return                               # another summary was kept meanwhile: not this picture
            made = replace(base, scorecard_png=png)
            store.keep_summary(user, rec.id, key, summary.dumps(made))
            if key in shown:
                shown[key] = made
        except Exception:  # noqa: BLE001 - a cache: the chart is shown again next time
            pass
    threading.Thread(target=work, name="itastats-scorecard-png", daemon=True).start()
