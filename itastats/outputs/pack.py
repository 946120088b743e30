"""The evidence pack: one zip ordered the way ITA criterion 5 asks for it.

::

    README.txt                     what kind of copy, each file, what is missing, how to check
    manifest.json                  inputs and artifacts with SHA-256, fingerprints, settings
    5.1.1_รายละเอียดโครงการ/      the project profile as PNGs and an xlsx
    5.1.2_ผู้รับผิดชอบ/             who is responsible for each activity (xlsx)
    5.2.1_การสื่อสาร/               communication infographics, log, pictures
    5.3.1_การดำเนินกิจกรรม/        activity infographics, log, photos
    5.3.2_การเข้าร่วมและเรียนรู้/    participation and learning infographics, tables
    5.4.1_ผลสำเร็จเชิงสถิติ/        comparison infographics, result workbook
    5.4.2_รางวัลและคำชื่นชม/        awards infographics, the register and its files
    5.4.3_ความพึงพอใจ/             satisfaction infographics, Thai-style table
    5.4.4_รายงานผู้บังคับบัญชา/      the memo (docx) and the summary PDF

Only the parts with data are made; each infographic in A4, 16:9 and square.
Every PNG and workbook carries a footer: project, date made (Buddhist era),
the fingerprint of the input files it was computed from and the itastats
version.  The PNGs are rendered in the one warm browser of
:mod:`itastats.render.export` by a thread while the figures, workbooks, memo
and summary PDF are made (A4 first: the summary PDF prints them).  The
default copy is publishable (no personal data); ``internal=True`` makes the
internal copy.  The same inputs and date (``SOURCE_DATE_EPOCH``) give the
same bytes.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

import plotly.graph_objects as go

from .. import __version__
from ..i18n import fmt
from . import repro, workbooks
from ..criteria.evidence import PAGE_521, PAGE_531, PAGE_542
from ..i18n.catalog import t

__all__ = ["build_pack", "plan_figures", "PackFigure", "FOLDERS", "PARTS", "SIZE_LABELS", "MANIFEST",
           "manifest", "personal_strings"]

PARTS = ("511", "512", "521", "531", "532", "541", "542", "543", "544")
FOLDERS: Mapping[str, str] = {
    "511": "5.1.1_รายละเอียดโครงการ",
    "512": "5.1.2_ผู้รับผิดชอบ",
    "521": "5.2.1_การสื่อสาร",
    "531": "5.3.1_การดำเนินกิจกรรม",
    "532": "5.3.2_การเข้าร่วมและเรียนรู้",
    "541": "5.4.1_ผลสำเร็จเชิงสถิติ",
    "542": "5.4.2_รางวัลและคำชื่นชม",
    "543": "5.4.3_ความพึงพอใจ",
    "544": "5.4.4_รายงานผู้บังคับบัญชา",
}
README = "README.txt"
_CARDS_PER_PAGE = 4

Progress = Callable[[int, int, str], Any]
Report = Callable[[Any, Mapping[str, bytes]], Mapping[str, bytes]]


@dataclass(frozen=True)
class PackFigure:
    """One infographic of the pack, before export.

    ``path`` is its name in the zip, ``part`` its folder's key
    (:data:`PARTS`), ``pages`` the input pages its footer's ``fingerprint``
    was computed from (``()``: every page), ``what`` its README line.
    """
    path: str
    part: str
    fig: go.Figure | None
    width: int
    height: int
    fingerprint: str
    pages: tuple[str, ...]
    what: str
    make: Callable[[], go.Figure] | None = field(default=None, compare=False, repr=False)

    def figure(self) -> go.Figure:
        """The figure: ``fig``, or built now when it was planned with ``build=False``."""
        return self.fig if self.fig is not None else self.make()


# ---------------------------------------------------------------- planning
def _fp_note(fp: str, lang: str, project: str = "") -> str:
    """The footer note of a pack PNG: the project and its inputs' fingerprint."""
    name = " ".join((project or "").split()) or t("pack.no_name", lang)
    return t("pack.footer_note", lang, fp=fp, project=name)


def _entries(entries: Sequence[Any]) -> list:
    return [e for e in entries if e.title and e.title.strip()]


def _target(ev: Any, source: str) -> float | None:
    return next((k.target for k in ev.profile.kpis if k.source == source), None)


def _picked_541(ev: Any, per: int = _CARDS_PER_PAGE) -> list[list]:
    """The 5.4.1 infographics' metrics, ``per`` a page (as many as the size
    has cards for): the page's choice (or the first four tested) first, then
    the other tested metrics, then the reported figures (no test possible)
    on pages of their own, so they never sit under a significance-test heading."""
    from ..stats.analysis import REPORTED
    results = list(ev.results_541)
    chosen = ev.choices.get("info.metrics") if ev.choices else None
    tested = [r for r in results if r.verdict != REPORTED]
    reported = [r for r in results if r.verdict == REPORTED]
    first = [r for r in results if isinstance(chosen, (list, tuple)) and r.name in chosen][:_CARDS_PER_PAGE]
    if first and any(r.verdict != REPORTED for r in first):
        first = [r for r in first if r.verdict != REPORTED]
    first = first or (tested or reported)[:_CARDS_PER_PAGE]
    rest_t = [r for r in tested if all(r is not f for f in first)]
    rest_r = [r for r in reported if all(r is not f for f in first)]

    def pages(items: list) -> list[list]:
        return [items[i:i + per] for i in range(0, len(items), per)]
    return pages(first) + pages(rest_t) + pages(rest_r)


SIZE_LABELS: Mapping[str, str] = {"a4": "A4", "slide": "16x9", "square": "1x1"}
"""The size in a PNG's name: ``5.2.1_การสื่อสาร_A4.png``, ``…_16x9.png``, ``…_1x1.png``."""


def plan_figures(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None, slides: bool = True,
                 sizes: Sequence[str] | None = None, build: bool = True) -> list[PackFigure]:
    """Every infographic of the pack, in pack order, not yet exported: each
    in every size (A4, the 16:9 slide, the square; only A4 without
    ``slides``), named ``<stem>_A4.png``, ``<stem>_16x9.png``,
    ``<stem>_1x1.png`` (``_2``, ``_3``… for the further pages of 5.4.1).

    Parameters
    ----------
    ev : itastats.criteria.evidence.Evidence
    lang : {"th", "en"}
    made_on : date, optional
        The date in every footer; today by default.
    slides : bool
        Also the 16:9 and square versions (default); False: A4 only.
    sizes : sequence of str, optional
        The sizes to make, overriding ``slides`` (of
        :data:`itastats.render.theme.INFOGRAPHIC_SIZES`).
    build : bool
        False: the figures are not built yet (``fig`` is None; ``figure()``
        builds one), so a caller can export each as soon as it is built.
    """
    from ..render import attendance_infographic as ai
    from ..render import infographic, narrative, survey_infographic
    from ..render.awards_infographic import infographic_542
    from ..render.profile_infographic import profile_figure
    from ..render.theme import INFOGRAPHIC_SIZES
    from ..criteria import kpi
    from ..render.infographic import _GEOMETRY, SIZES_PX
    made_on = made_on or _dt.date.today()
    if sizes is None:
        sizes = INFOGRAPHIC_SIZES if slides else ("a4",)
    sizes = [x for x in INFOGRAPHIC_SIZES if x in set(sizes)]
    out: list[PackFigure] = []

    def add(part: str, stem: str, size: str, pages: tuple[str, ...], what: str, make: Callable[..., go.Figure],
            n: int = 1) -> None:
        fp = ev.fingerprint(*pages)
        suffix = f"_{n}" if n > 1 else ""

        def figure() -> go.Figure:
            return make(size=size, lang=lang, made_on=made_on, footer_note=_fp_note(fp, lang, ev.profile.name))
        w, h = SIZES_PX[size]
        what = t("pack.what.sized", lang, what=what, size=t(f"pack.what.size.{size}", lang))
        out.append(PackFigure(f"{FOLDERS[part]}/{stem}_{SIZE_LABELS[size]}{suffix}.png", part,
                              figure() if build else None, w, h, fp, pages, what, make=None if build else figure))

    p = ev.profile
    if _has_profile(p):
        for size in sizes:
            add("511", t("pack.file.profile", lang), size, workbooks.PAGES["profile"],
                t("pack.what.profile_png", lang), lambda **kw: profile_figure(ev, **kw))
    comms = _entries(p.communications)
    if comms:
        for size in sizes:
            add("521", t("pack.file.521", lang), size, workbooks.PAGES["521"], t("pack.what.521_png", lang),
                lambda **kw: ai.infographic_521(comms, p, **kw))
    acts = _entries(p.activity_log)
    if acts:
        photos = dict(ev.page_files(PAGE_531))
        for size in sizes:
            add("531", t("pack.file.531", lang), size, workbooks.PAGES["531"], t("pack.what.531_png", lang),
                lambda **kw: ai.infographic_531(acts, photos, p, **kw))
    if ev.attendance is not None:
        target = _target(ev, "attendance:rate")
        for size in sizes:
            add("532", t("pack.file.532", lang), size, workbooks.PAGES["532"], t("pack.what.532_png", lang),
                lambda target=target, **kw: ai.infographic_532(ev.attendance, p, kpi_target=target, **kw))
    if ev.learning is not None:
        for size in sizes:
            add("532", t("pack.file.532t", lang), size, workbooks.PAGES["532t"], t("pack.what.532t_png", lang),
                lambda **kw: ai.infographic_532_learning(ev.learning, p, **kw))
    if ev.results_541:
        for size in sizes:
            g = _GEOMETRY[size]
            for k, group in enumerate(_picked_541(ev, min(_CARDS_PER_PAGE, g.card_cols * g.card_rows)), start=1):
                sentences = narrative.group_sentences(group, lang, context=ev.results_541)
                add("541", t("pack.file.541", lang), size, workbooks.PAGES["541"],
                    t("pack.what.541_png", lang, metrics=", ".join(r.name for r in group)),
                    lambda g=group, s=sentences, **kw: infographic.infographic_541(g, p, sentences=s, **kw), n=k)
    awards = _entries(p.awards)
    if awards:
        files = dict(ev.page_files(PAGE_542))
        for size in sizes:
            add("542", t("pack.file.542", lang), size, workbooks.PAGES["542"], t("pack.what.542_png", lang),
                lambda **kw: infographic_542(awards, files, p, **kw))
    if ev.survey is not None:
        target = _target(ev, kpi.SURVEY_PCT)
        for size in sizes:
            add("543", t("pack.file.543", lang), size, workbooks.PAGES["543"], t("pack.what.543_png", lang),
                lambda target=target, **kw: survey_infographic.infographic_543(ev.survey, p, kpi_target=target,
                                                                               **kw))
    return out


def _has_profile(p: Any) -> bool:
    return bool(p.name.strip() or p.objectives or p.activities or p.kpis)


def _workbooks(ev: Any, lang: str, made_on: _dt.date, internal: bool = False
               ) -> list[tuple[str, str, Callable[[], bytes], str, tuple]]:
    """(part, path, maker, README line, input pages) of every workbook, in pack order."""
    from .survey_xlsx import thai_table_xlsx
    p = ev.profile
    kw = dict(lang=lang, made_on=made_on)
    out: list[tuple[str, str, Callable[[], bytes], str, tuple]] = []

    def add(part: str, key: str, maker: Callable[[], bytes], pages_key: str) -> None:
        out.append((part, f"{FOLDERS[part]}/{t(f'pack.file.{key}', lang)}.xlsx", maker,
                    t(f"pack.what.{key}", lang), workbooks.PAGES[pages_key]))
    if _has_profile(p):
        add("511", "profile_xlsx", lambda: workbooks.profile_xlsx(ev, **kw), "profile")
    if any(a.title.strip() for a in p.activities):
        add("512", "roster_xlsx", lambda: workbooks.roster_xlsx(ev, **kw), "roster")
    if _entries(p.communications):
        add("521", "521_xlsx", lambda: workbooks.log_xlsx(p.communications, "communication", ev=ev, **kw), "521")
    if _entries(p.activity_log):
        add("531", "531_xlsx", lambda: workbooks.log_xlsx(p.activity_log, "activity", ev=ev, **kw), "531")
    if ev.attendance is not None or ev.learning is not None:
        add("532", "532_xlsx", lambda: workbooks.participation_xlsx(ev, internal=internal, **kw), "participation")
        if internal:
            part, path, maker, what, pages = out[-1]
            out[-1] = (part, path, maker, what + t("pack.what.532_xlsx_internal", lang), pages)
    if ev.results_541:
        add("541", "541_xlsx", lambda: workbooks.results_541_xlsx(ev, **kw), "541")
    if any(not e.is_empty for e in p.awards):
        add("542", "542_xlsx", lambda: workbooks.awards_xlsx(ev, **kw), "542")
    if ev.survey is not None:
        foot = workbooks.footer_text(p.name, ev.fingerprint(*workbooks.PAGES["543"]), **kw)
        add("543", "543_xlsx", lambda: workbooks.add_footer(thai_table_xlsx(ev.survey, lang=lang), foot), "543")
    return out


def _copies(ev: Any) -> list[tuple[str, str, bytes, str]]:
    """(part, path, bytes, page) of the files copied as they are: 5.2.1
    pictures, 5.3.1 photos, 5.4.2 award files."""
    out = []
    for part, page in (("521", PAGE_521), ("531", PAGE_531), ("542", PAGE_542)):
        for name, data in sorted(ev.page_files(page).items()):
            out.append((part, f"{FOLDERS[part]}/{_safe_name(name)}", data, page))
    return out


def _safe_name(name: str) -> str:
    """A bare file name for the zip (no folders, no characters Windows refuses)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "file"
    return "".join("_" if ch in '<>:"|?*' or ord(ch) < 32 else ch for ch in base)


# ---------------------------------------------------------------- 5.4.4
def _default_report(lang: str, made_on: _dt.date) -> Report | None:
    """The 5.4.4 memo and summary PDF (:func:`itastats.outputs.report.report_files`), when installed."""
    try:
        from .report import report_files
    except ImportError:
        return None
    return lambda ev, pngs: report_files(ev, pngs, lang=lang, made_on=made_on)


# ---------------------------------------------------------------- the zip
MANIFEST = "manifest.json"
MANIFEST_FORMAT = "itastats-evidence-manifest"


def _zip_entry(zf: zipfile.ZipFile, path: str, data: bytes, when: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(path, date_time=when)
    info.external_attr = 0o644 << 16
    info.create_system = 0
    stored = path.lower().endswith((".png", ".jpg", ".jpeg", ".xlsx", ".docx", ".pdf", ".zip", ".gif", ".webp"))
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


def personal_strings(ev: Any) -> set[str]:
    """Names and e-mail addresses of the people in the input files (attendees,
    test takers), as written: what a published pack must not show.  The 5.1.2
    working group (the profile's people responsible) is public and not here."""
    from ..read.names import display_name
    out: set[str] = set()
    att, lrn = getattr(ev, "attendance", None), getattr(ev, "learning", None)
    if att is not None:
        for col in ("name", "email"):
            out.update(str(x) for x in att.people[col].tolist() if str(x).strip())
        for m in att.merges:
            out.add(m.name)
            for v in m.variants:
                out.update(x.strip(" <>") for x in v.split(" <"))
    if lrn is not None:
        ids = lrn.metric.metric.case_ids or ()
        out.update(str(x) for x in (*ids, *lrn.missing_pre, *lrn.missing_post, *lrn.missing_both))
    roster = [" ".join(a.responsible.split()) for a in ev.profile.activities if a.responsible.strip()]
    public = set(roster) | {display_name(x) for x in roster}
    names = {display_name(x) for x in out} | out
    return {x for x in names if len(x.strip()) >= 3 and x not in public and display_name(x) not in public}


def _redact(text: str, people: set[str]) -> str:
    for s in sorted(people, key=len, reverse=True):
        if s in text:
            text = text.replace(s, "\u2022\u2022\u2022")
    return text


def _readme(ev: Any, lang: str, made_on: _dt.date, entries: list[tuple[str, str, str]],
            missing: list[str], notes: Sequence[str], internal: bool) -> bytes:
    """README.txt: what kind of copy this is, what each file is (with its
    fingerprint), what is missing, files not used, how to check the
    fingerprints, the input files' SHA-256."""
    from ..read.problems import describe
    p = ev.profile
    out = [t("pack.readme.title", lang, project=" ".join(p.name.split()) or t("pack.no_name", lang))]
    if p.agency.strip() or p.unit.strip():
        out.append(" ".join(x for x in (" ".join(p.agency.split()), " ".join(p.unit.split())) if x))
    out.append(t("pack.readme.made", lang, date=fmt.date(made_on, lang, long=True), version=__version__))
    out += ["", t("pack.readme.internal" if internal else "pack.readme.public", lang)]
    out += ["", t("pack.readme.footer_explained", lang), ""]
    current = None
    for path, what, fp in entries:
        folder, _, name = path.partition("/")
        if folder != current:
            if current is not None:
                out.append("")
            out.append(f"{folder}/")
            current = folder
        line = f"  - {name}: {what}"
        if fp:
            line += " " + t("pack.readme.fp", lang, fp=fp)
        out.append(line)
    out.append("")
    out.append(t("pack.readme.missing_title", lang))
    out += [f"  - {m}" for m in missing] or [f"  - {t('pack.readme.nothing_missing', lang)}"]
    problems = [describe(pr, lang).replace("\n", " ") for pr in ev.problems]
    if not internal:
        people = personal_strings(ev)
        problems = [_redact(x, people) for x in problems]
    if problems or notes:
        out += ["", t("pack.readme.not_used_title", lang)]
        out += [f"  - {x}" for x in list(problems) + list(notes)]
    out += ["", t("pack.readme.check_title", lang), t("pack.readme.check", lang, manifest=MANIFEST)]
    out += ["", t("pack.readme.inputs_title", lang)]
    lines = ev.input_lines()
    for label, sha in lines:
        out.append(f"  {sha}  {label}")
    if not lines:
        out.append(f"  {fmt.DASH}")
    out.append(t("pack.readme.fp_all", lang, fp=ev.fingerprint()))
    return ("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8")


def _settings(ev: Any) -> dict:
    """The method settings every number of the pack was computed with."""
    from ..criteria import evidence as _ev
    choices = dict(ev.choices or {})
    split, sessions, assign = _ev.attendance_options(choices)
    max_score, threshold, method = _ev.learning_options(choices)
    sheets = {}
    for name in sorted(ev.page_files("541")):
        for sheet, o in sorted(_ev.sheet_options(choices, name).items()):
            sheets[f"{name}|{sheet}"] = {"include": o.include, "header_row": o.header_row, "layout": o.layout,
                                         "design": o.design, "roles": [list(r) for r in o.roles],
                                         "methods": [list(m) for m in o.methods]}
    return {
        "significance_level": 0.05,
        "two_sided_unless_chosen": True,
        "tests": "R 4.2-4.5 conventions: t.test, wilcox.test (exact below 50 without ties, else normal "
                 "approximation with continuity correction), shapiro.test; see STATISTICS.md",
        "auto_test_choice": "parametric when n >= 30 per group or Shapiro-Wilk p >= 0.05, else rank-based",
        "percent_decimals": fmt.PCT_DECIMALS,
        "rounding": "half away from zero on the digits shown; targets compare the value as shown",
        "541_sheets": sheets,
        "543_criteria": choices.get("sv.criteria", "best"),
        "532_attendance": {"merges_undone": list(split), "sessions_named": dict(sorted(sessions.items())),
                           "units_picked": len(assign),
                           "rate": "staff of the headcount's units, each unit at most its headcount, "
                                   "divided by the headcount total"},
        "532_learning": {"full_marks": max_score, "pass_mark": threshold, "method": method},
    }


def manifest(ev: Any, artifacts: Sequence[tuple[str, bytes, Sequence[str]]], *, made_on: _dt.date,
             internal: bool, lang: str) -> bytes:
    """manifest.json: the inputs (name, SHA-256 of the bytes uploaded, and of the
    stored copy where it differs), every artifact with its SHA-256 and the
    inputs it was computed from, the itastats version and method settings."""
    import json
    import os
    inputs = []
    for page in sorted(ev.files):
        for name, data in sorted(ev.files[page].items()):
            stored = hashlib.sha256(data).hexdigest()
            uploaded = ev.uploaded_sha256(page, name)
            item = {"label": f"{page}/{name}", "page": page, "name": name, "sha256": uploaded or stored,
                    "bytes_stored": len(data)}
            if uploaded and uploaded != stored:
                item["sha256_stored"] = stored
                item["stored_as"] = "photo made upright, resized to at most 1600 px, EXIF and GPS removed"
            inputs.append(item)
    typed = [{"label": label, "sha256": sha} for label, sha in ev.input_lines("profile", *(
        f"profile:{f}" for f in ("activities", "activity_log", "communications", "awards")))]
    out = {
        "format": MANIFEST_FORMAT, "format_version": 1, "itastats_version": __version__,
        "made_on": made_on.isoformat(),
        "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH") or None,
        "language": lang,
        "copy": "internal" if internal else "public",
        "project": {"name": " ".join(ev.profile.name.split()), "agency": " ".join(ev.profile.agency.split())},
        "fingerprint": {
            "definition": "first 12 hex digits of SHA-256 over the lines '<sha256>  <label>\\n' of the "
                          "artifact's inputs, sorted by label (byte order), as sha256sum prints them",
            "recompute": "sha256sum <page>/<file> ... | LC_ALL=C sort -k2 | sha256sum | cut -c1-12",
            "all_inputs": ev.fingerprint()},
        "inputs": inputs,
        "typed_inputs": typed,
        "typed_inputs_hash": "SHA-256 of the field as JSON: keys sorted, UTF-8, separators ',' and ':'",
        "artifacts": [{"path": path, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                       "inputs": list(labels),
                       "fingerprint": ev_fp(ev, labels)} for path, data, labels in artifacts],
        "settings": _settings(ev),
    }
    return (json.dumps(out, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def ev_fp(ev: Any, labels: Sequence[str]) -> str | None:
    """The fingerprint of the inputs named by ``labels`` (None for none)."""
    from ..criteria.evidence import fingerprint_of
    if not labels:
        return None
    known = dict(ev.input_lines())
    known.update(ev.input_lines("profile", *(f"profile:{f}" for f in ("activities", "activity_log",
                                                                       "communications", "awards"))))
    return fingerprint_of([(lb, known[lb]) for lb in labels if lb in known])


def _labels(ev: Any, pages: Sequence[str]) -> list[str]:
    return [label for label, _ in ev.input_lines(*pages)]


class _Renderer:
    """The pack's PNGs, rendered in the warm browser
    (:func:`itastats.render.export.to_png`, one at a time) by a thread of
    its own while the caller builds the next figure, the workbooks and the
    memo: A4 first (the memo's summary PDF needs them), then the other sizes.

    ``feed()`` builds every figure (in this thread) and hands it over;
    ``a4()`` waits for the A4 PNGs, ``all()`` for every PNG (in the plan's
    order); the first export error is raised by either; ``stop()`` ends the
    thread (after an error too)."""

    TIMEOUT = 45.0          # a figure, the browser's start included (to_png_batch: 30 + 15 a figure)

    def __init__(self, figs: Sequence[PackFigure]) -> None:
        import queue
        import threading
        self.figs = list(figs)
        self.is_a4 = ["_A4" in f.path for f in self.figs]
        self.order = sorted(range(len(self.figs)), key=lambda i: not self.is_a4[i])
        self.pngs: list[bytes | None] = [None] * len(self.figs)
        self.todo: queue.Queue = queue.Queue()
        self.a4_ready = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="itastats-pack-png", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from ..render import export
        left = sum(self.is_a4)
        try:
            for _ in self.order:
                if left == 0:
                    self.a4_ready.set()
                item = self.todo.get()
                if item is None:
                    return
                i, fig = item
                f = self.figs[i]
                self.pngs[i] = export.to_png(fig, width=f.width, height=f.height, timeout=self.TIMEOUT)
                left -= self.is_a4[i]
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
            self.error = exc
        finally:
            self.a4_ready.set()

    def feed(self) -> None:
        try:
            for i in self.order:
                if self.error is not None:
                    break
                self.todo.put((i, self.figs[i].figure().to_dict()))
        except BaseException:
            self.todo.put(None)
            raise

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def a4(self) -> dict[str, bytes]:
        """{file name: PNG} of the A4 figures, in the plan's order."""
        self.a4_ready.wait()
        self._raise()
        return {f.path.rsplit("/", 1)[-1]: self.pngs[i] for i, f in enumerate(self.figs) if self.is_a4[i]}

    def all(self) -> list[bytes]:
        self.thread.join()
        self._raise()
        return list(self.pngs)

    def stop(self) -> None:
        self.todo.put(None)
        self.thread.join()


def build_pack(ev: Any, *, lang: str = "th", made_on: _dt.date | None = None, progress: Progress | None = None,
               report: Report | None = None, slides: bool = True, notes: Sequence[str] = (),
               internal: bool = False) -> bytes:
    """The evidence pack of a project as a zip file, in bytes.

    Parameters
    ----------
    ev : itastats.criteria.evidence.Evidence
        From :func:`itastats.criteria.evidence.collect`.
    lang : {"th", "en"}
        Language of the files' contents and names (folder names stay the
        assessment's Thai ones).
    made_on : date, optional
        The date in every footer (Buddhist era in Thai); by default
        ``SOURCE_DATE_EPOCH``'s date when it is set, else today.  The zip is
        byte-for-byte the same for the same inputs and date.
    progress : callable, optional
        ``progress(done, total, label)``, called as parts are made.
    report : callable, optional
        ``report(ev, pngs) -> {file name: bytes}`` making the 5.4.4 report
        from the evidence and the pack's A4 PNGs (``{file name: bytes}`` in
        pack order); by default :mod:`itastats.outputs.report` when installed.
    slides : bool
        Also make the 16:9 slide versions of 5.3.2, 5.4.1 and 5.4.3.
    notes : sequence of str
        Extra lines for the README's "not used" list (files a caller could
        not classify).
    internal : bool
        The internal copy: also the names merged and each person's test
        scores (never to be published).  The default copy has no participant's,
        respondent's or test taker's name, e-mail or individual score.

    Raises
    ------
    itastats.render.export.ExportError
        The PNGs could not be made (no browser...).
    """
    made_on = made_on or repro.build_date()
    when = repro.zip_time(made_on)
    figs = plan_figures(ev, lang=lang, made_on=made_on, slides=slides, build=False)
    books = _workbooks(ev, lang, made_on, internal)
    copies = _copies(ev)
    if report is None:
        report = _default_report(lang, made_on)
    total = len(books) + len(figs) + (1 if report is not None else 0) + 1
    done = 0

    def tick(n: int, label: str) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(min(done, total), total, label)
    if progress is not None:
        progress(0, total, t("pack.progress.start", lang))

    files: dict[str, bytes] = {}
    readme: list[tuple[str, str, str]] = []
    artifacts: list[tuple[str, bytes, list[str]]] = []
    made: dict[str, list[tuple[str, bytes, str, list[str]]]] = {part: [] for part in PARTS}
    # The browser renders the PNGs (A4 first) while this thread builds the next figures, then the
    # workbooks, then the memo and its PDF from the A4 PNGs while the browser does the other sizes.
    if figs and progress is not None:
        progress(done, total, t("pack.progress.png", lang, n=len(figs)))
    pngs = _Renderer(figs)
    try:
        pngs.feed()
        made_books = []
        for part, path, maker, what, pages in books:
            made_books.append((part, (path, repro.normalize_ooxml(maker(), made_on), what, _labels(ev, pages))))
            tick(1, path.rsplit("/", 1)[-1])
        report_error, produced = None, {}
        if report is not None:
            a4 = pngs.a4()
            try:
                produced = report(ev, a4) or {}
            except Exception as exc:  # noqa: BLE001 - the rest of the pack stands without the memo
                report_error = f"{type(exc).__name__}: {exc}"
            tick(1, t("pack.progress.report", lang))
        images = pngs.all()
    finally:
        pngs.stop()
    for f, data in zip(figs, images):
        made[f.part].append((f.path, data, f.what, _labels(ev, f.pages)))
    if figs:
        tick(len(figs), t("pack.progress.png_done", lang, n=len(figs)))
    for part, entry in made_books:
        made[part].append(entry)
    for part, path, data, page in copies:
        name = path.rsplit("/", 1)[-1]
        original = next((n for n in ev.page_files(page) if _safe_name(n) == name), name)
        made[part].append((path, data, t(f"pack.what.copy_{page}", lang), [f"{page}/{original}"]))
    for name, data in produced.items():
        kind = name.rsplit(".", 1)[-1].lower()
        what = t(f"pack.what.report_{kind}", lang) if kind in ("docx", "pdf") else t("pack.what.report", lang)
        if kind == "docx":
            data = repro.normalize_ooxml(data, made_on)
        made["544"].append((f"{FOLDERS['544']}/{_safe_name(name)}", data, what, _labels(ev, ())))

    missing = []
    for part in PARTS:
        if made[part]:
            continue
        if part == "544":
            key = "pack.missing.544_error" if report_error else \
                "pack.missing.544_none" if report is None else "pack.missing.544"
            missing.append(t(key, lang, folder=FOLDERS[part], error=report_error or ""))
        else:
            missing.append(t(f"pack.missing.{part}", lang, folder=FOLDERS[part]))
    # a part with some data may still miss a piece the assessor looks for
    if made["531"] and not ev.page_files(PAGE_531):
        missing.append(t("pack.missing.531_photos", lang, folder=FOLDERS["531"]))
    if made["542"] and not ev.page_files(PAGE_542):
        missing.append(t("pack.missing.542_files", lang, folder=FOLDERS["542"]))

    used = set()
    for part in PARTS:
        for path, data, what, labels in made[part]:
            if path in used:      # a copied file named like a made one keeps both
                stem, dot, ext = path.rpartition(".")
                path = f"{stem}_{hashlib.sha256(data).hexdigest()[:6]}{dot}{ext}"
            used.add(path)
            files[path] = data
            copied = part in ("521", "531", "542") and len(labels) == 1 and labels[0].startswith(f"{part}/")
            readme.append((path, what, "" if copied else ev_fp(ev, labels) or ""))
            artifacts.append((path, data, labels))
    files_readme = _readme(ev, lang, made_on, readme, missing, notes, internal)
    files_manifest = manifest(ev, artifacts, made_on=made_on, internal=internal, lang=lang)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        _zip_entry(zf, README, files_readme, when)
        _zip_entry(zf, MANIFEST, files_manifest, when)
        for path, data in files.items():
            _zip_entry(zf, path, data, when)
    tick(1, t("pack.progress.done", lang))
    return buf.getvalue()


def summary_line(data: bytes, lang: str = "th") -> str:
    """"12 ไฟล์ใน 8 หมวด, 3.4 MB" for a pack made by :func:`build_pack`."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = [n for n in zf.namelist() if n not in (README, MANIFEST) and not n.endswith("/")]
    folders = {n.split("/", 1)[0] for n in names if "/" in n}
    return t("pack.summary", lang, files=len(names), parts=len(folders), size=fmt.num(len(data) / 1_000_000, 2))
