"""The summary PDF of a project (an attachment of the 5.4.4 memo): real text,
printed by the same Chromium that makes the PNGs.

What a reader gets: a cover (project, agency, period, the date in the
Buddhist era), a contents page with page numbers, then one section per ITA
criterion with its heading, its key sentences and its A4 infographic(s);
every page but the cover has its number (and the project's name) in the
footer.  The text is text: it can be searched, selected and copied, in Thai,
and a screen reader can read it (the PDF is tagged, with an outline of the
headings).

One source of truth: the sentences are the memo's
(:attr:`itastats.outputs.report.MemoText.summary`, made by
:func:`~itastats.outputs.report.memo_paragraphs` from the same results and the
same formatter); nothing is computed here.

How it is printed
-----------------
The page is HTML written here, every piece of user text through
:func:`html.escape` (and the project's name in the CSS footer through
:func:`_css_string`), the images as ``data:`` URIs, under a
Content-Security-Policy that allows nothing else (no script, no request):
nothing from a user's file can add markup or fetch anything.  Chromium is
found as :func:`itastats.render.export.browser_path` finds it (never
downloaded), started through ``choreographer`` (the library kaleido drives
it with) with the house flags and the ``fonts.conf`` that gives it Sarabun
(:func:`itastats.render.export.fontconfig_file`).  Two passes in one browser:
the blocks of text are measured at the width of the printed page, then laid
out on fixed-height pages (a section's first image shares the page of its
text when there is room for it at a readable size, else it gets its own
page), so every section's page number is known before printing and the
contents page is exact.  ``Page.printToPDF`` prints it; page numbers are CSS
``@page`` margin boxes.

Reproducible: Chromium stamps the PDF with the time of printing
(``/CreationDate``, ``/ModDate``); they are replaced by ``made_on`` at
00:00 UTC (same length, so the cross-reference table stays valid), and an
``/ID`` if there is one by a hash of the rest.  The same inputs, the same
date and the same browser give the same bytes.

Public API::

    make_summary(ev, pngs, *, lang="th", made_on=None, memo=None, timeout=None) -> Summary
    summary_pdf(ev, pngs, **same) -> bytes
    summary_html(sheets, *, lang, title, footer) -> str   (what is printed; for a test or a preview)
"""
from __future__ import annotations

import asyncio
import base64
import datetime as _dt
import hashlib
import html
import json
import logging
import os
import re
import signal
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from .. import __version__
from ..i18n import fmt
from ..i18n.catalog import t

__all__ = ["Summary", "Sheet", "Block", "make_summary", "summary_pdf", "summary_html", "footer_text",
           "page_count", "FOOTER_CHARS", "PAGE_MM", "MARGIN_MM",
           "MIN_SHARED_IMAGE_MM", "PRINT_TIMEOUT"]

_log = logging.getLogger(__name__)

PAGE_MM = (210.0, 297.0)                 # A4
MARGIN_MM = (16.0, 18.0, 18.0, 18.0)     # top, right, bottom, left; the page number sits in the bottom margin
MIN_SHARED_IMAGE_MM = 185.0              # an infographic shares its text's page only when this tall (its
                                         # small print stays about 7 pt)
PRINT_TIMEOUT = 60.0                     # seconds, plus 5 a page
PX_PER_MM = 96 / 25.4                    # CSS pixels
_SLACK_MM = 1.0                          # a sheet is this much shorter than the page, so it never spills over
MAX_BLOCK_CHARS = 700                    # a longer paragraph is printed as several (each well under a page)
FOOTER_CHARS = 80                        # the project's name in the footer is cut to one line
_CODE = re.compile(r"(?:^|/)(5\.\d\.\d)(?=[_ /.-]|$)")

_LOCK = threading.Lock()                 # one print at a time in a process


@dataclass(frozen=True)
class Block:
    """A piece of a sheet: ``kind`` "h" (a section heading), "p" (a
    sentence), "cap" (the small heading over an image page), "img", or
    "html" (the cover and contents pages, made by this module with every
    piece of user text escaped)."""
    kind: str
    text: str = ""
    image: bytes = b""
    height_mm: float = 0.0               # an image: the height it is given


@dataclass(frozen=True)
class Sheet:
    """One printed page: "cover", "contents" or "body"."""
    kind: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Summary:
    """A printed summary.

    Attributes
    ----------
    data : bytes
        The PDF.
    pages : int
        Its pages (cover and contents included).
    sections : tuple of (code, heading, first page)
        As the contents page lists them.
    seconds : float
        Time taken to print (measure and print, browser start included).
    """
    data: bytes
    pages: int
    sections: tuple[tuple[str, str, int], ...] = ()
    seconds: float = field(default=0.0, compare=False)


# ---------------------------------------------------------------- what goes in
@dataclass
class _Section:
    code: str
    heading: str
    sentences: list[str]
    images: list[tuple[str, bytes]]


def _code_of(name: str) -> str | None:
    """"5.3.2" from "5.3.2_การเข้าร่วม_A4.png" or "5.3.2_…/x.png"; None if none."""
    base = name.replace("\\", "/")
    match = _CODE.search(base.rsplit("/", 1)[-1]) or _CODE.search(base)
    return match.group(1) if match else None


def _chunks(text: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at a space
    where there is one (else anywhere but before a combining mark), so that
    no block of text is taller than a page (a fixed-height page would hide
    the rest)."""
    out = []
    text = text.strip()
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        if cut <= 0:
            cut = limit
            while cut > 1 and unicodedata.category(text[cut]) in ("Mn", "Mc"):
                cut -= 1
        out.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        out.append(text)
    return out


def _sections(memo: Any, pngs: Mapping[str, bytes], lang: str) -> list[_Section]:
    from .report import SUMMARY_CODES
    images: dict[str, list[tuple[str, bytes]]] = {}
    others: list[tuple[str, bytes]] = []
    for name, data in pngs.items():
        if not isinstance(data, (bytes, bytearray)) or not bytes(data[:8]) == b"\x89PNG\r\n\x1a\n":
            raise ValueError(t("report.error.bad_image", "en", name=name))
        code = _code_of(name)
        if code in SUMMARY_CODES:
            images.setdefault(code, []).append((name, data))
        else:
            others.append((name, data))
    out = []
    for code in SUMMARY_CODES:
        sentences = [part for s in memo.sentences(code) for part in _chunks(s)]
        if sentences or images.get(code):
            out.append(_Section(code, t(f"pdf.section.{code}", lang), sentences, images.get(code, [])))
    if others:
        out.append(_Section("", t("pdf.section.other", lang), [], others))
    return out


# ---------------------------------------------------------------- HTML
def _content_mm() -> tuple[float, float]:
    top, right, bottom, left = MARGIN_MM
    return PAGE_MM[0] - left - right, PAGE_MM[1] - top - bottom - _SLACK_MM


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal that cannot end early: every
    character but ASCII letters and digits written as a six-digit CSS
    escape (six digits, so nothing after it is read as part of it, and no
    space after it to be swallowed)."""
    out = []
    for ch in text:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):06x}")
    return '"' + "".join(out) + '"'


def footer_text(title: str) -> str:
    """``title`` on one footer line: cut to :data:`FOOTER_CHARS` with "…",
    never between a Thai letter and its marks."""
    text = " ".join(title.split())
    if len(text) <= FOOTER_CHARS:
        return text
    cut = FOOTER_CHARS - 1
    while cut > 0 and unicodedata.category(text[cut]) in ("Mn", "Mc"):
        cut -= 1
    return text[:cut].rstrip() + "\u2026"


def _page_content(lang: str) -> str:
    """The CSS ``content`` of the page number: "หน้า " counter(page) " จาก " counter(pages)."""
    parts = re.split(r"(\{page\}|\{pages\})", t("pdf.page_of", lang))
    out = []
    for part in parts:
        if part == "{page}":
            out.append("counter(page)")
        elif part == "{pages}":
            out.append("counter(pages)")
        elif part:
            out.append(_css_string(part))
    return " ".join(out)


_CSS = """
@page {{ size: A4; margin: {mt}mm {mr}mm {mb}mm {ml}mm;
  @bottom-left {{ content: {footer}; font-family: Sarabun, sans-serif; font-size: 9pt; color: #555;
                  vertical-align: middle; }}
  @bottom-right {{ content: {pageno}; font-family: Sarabun, sans-serif; font-size: 10pt; color: #333;
                   vertical-align: middle; }} }}
@page :first {{ @bottom-left {{ content: none; }} @bottom-right {{ content: none; }} }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: Sarabun, sans-serif; font-size: 13pt; line-height: 1.5; color: #1a1a1a; }}
.sheet {{ width: {cw}mm; height: {ch}mm; overflow: hidden; break-after: page; display: flex;
          flex-direction: column; }}
.sheet:last-child {{ break-after: auto; }}
.measure {{ width: {cw}mm; }}
h1, h2, p {{ margin: 0; }}
.h {{ font-size: 19pt; font-weight: 700; color: #0b4f6c; line-height: 1.35; padding-bottom: 2mm;
      margin-bottom: 4mm; border-bottom: 0.6mm solid #0b4f6c; }}
.h .code {{ color: #555; font-weight: 600; margin-right: 3mm; }}
.p {{ margin-bottom: 2.5mm; }}
.cap {{ font-size: 11pt; color: #555; margin-bottom: 2mm; }}
.img {{ flex: none; display: flex; justify-content: center; align-items: flex-start; }}
.img img {{ max-width: 100%; max-height: 100%; display: block; border: 0.3mm solid #ddd; }}
.cover {{ justify-content: space-between; }}
.cover .top {{ padding-top: 40mm; }}
.cover .kicker {{ font-size: 16pt; color: #0b4f6c; font-weight: 600; }}
.cover h1 {{ font-size: 30pt; line-height: 1.3; margin: 6mm 0 8mm; color: #0b2e3c; }}
.cover .line {{ font-size: 15pt; margin-bottom: 2mm; }}
.cover .bottom {{ font-size: 12pt; color: #555; border-top: 0.4mm solid #ccc; padding-top: 3mm; }}
.toc h1 {{ font-size: 22pt; color: #0b4f6c; margin-bottom: 8mm; }}
.toc .row {{ display: flex; align-items: baseline; font-size: 14pt; margin-bottom: 3mm; }}
.toc .row .code {{ width: 16mm; flex: none; color: #555; }}
.toc .row .dots {{ flex: 1; border-bottom: 0.4mm dotted #888; margin: 0 2mm; }}
.toc .row .no {{ flex: none; }}
"""


def _css() -> str:
    cw, ch = _content_mm()
    top, right, bottom, left = MARGIN_MM
    return _CSS.format(mt=top, mr=right, mb=bottom, ml=left, cw=f"{cw:.2f}", ch=f"{ch:.2f}",
                       footer="{footer}", pageno="{pageno}")


_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:"


def _document(lang: str, title: str, body: str, footer: str = "") -> str:
    css = _css().replace("{footer}", _css_string(footer) if footer else "none") \
                .replace("{pageno}", _page_content(lang))
    return (f'<!DOCTYPE html>\n<html lang="{"th" if lang == "th" else "en"}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            f"<title>{html.escape(title)}</title><style>{css}</style></head>\n<body>{body}</body></html>\n")


def _block_html(b: Block, code: str = "", measure_id: str | None = None) -> str:
    mid = f' data-m="{measure_id}"' if measure_id is not None else ""
    if b.kind == "h":
        code_html = f'<span class="code">{html.escape(code)}</span>' if code else ""
        return f'<h2 class="h"{mid}>{code_html}{html.escape(b.text)}</h2>'
    if b.kind == "cap":
        return f'<div class="cap"{mid}>{html.escape(b.text)}</div>'
    if b.kind == "img":
        data = base64.b64encode(b.image).decode("ascii")
        return (f'<div class="img" style="height:{b.height_mm:.2f}mm"><img alt="{html.escape(b.text)}" '
                f'src="data:image/png;base64,{data}"></div>')
    return f'<p class="p"{mid}>{html.escape(b.text)}</p>'


def summary_html(sheets: Sequence[Sheet], *, lang: str, title: str, footer: str = "",
                 codes: Sequence[str] = ()) -> str:
    """The HTML that is printed: one ``div.sheet`` a page.  ``codes`` gives
    each body sheet's criterion code for its heading (same order)."""
    parts = []
    body_i = 0
    for sheet in sheets:
        if sheet.kind in ("cover", "contents"):
            parts.append(sheet.blocks[0].text)          # already HTML, made by _cover / _contents
            continue
        code = codes[body_i] if body_i < len(codes) else ""
        body_i += 1
        parts.append('<div class="sheet">' + "".join(_block_html(b, code) for b in sheet.blocks) + "</div>")
    return _document(lang, title, "\n".join(parts), footer)


def _cover(ev: Any, lang: str, made_on: _dt.date) -> str:
    p = ev.profile
    name = " ".join(p.name.split()) or t("report.no_name", lang)
    who = " ".join(x for x in (" ".join(p.unit.split()), " ".join(p.agency.split())) if x)
    period = fmt.period(p.start, p.end, lang) if (p.start or p.end) else ""
    lines = [f'<div class="line">{html.escape(who)}</div>' if who else "",
             f'<div class="line">{html.escape(t("pdf.cover.period", lang, period=period))}</div>' if period else ""]
    return ('<div class="sheet cover"><div class="top">'
            f'<div class="kicker">{html.escape(t("pdf.cover.kicker", lang))}</div>'
            f"<h1>{html.escape(name)}</h1>{''.join(lines)}</div>"
            f'<div class="bottom">{html.escape(t("pdf.cover.made", lang, date=fmt.date(made_on, lang, long=True)))}'
            f"<br>{html.escape(t('pdf.cover.by', lang, version=__version__))}</div></div>")


def _contents(rows: Sequence[tuple[str, str, int]], lang: str) -> str:
    items = "".join(f'<div class="row"><span class="code">{html.escape(code)}</span>'
                    f'<span class="title">{html.escape(heading)}</span><span class="dots"></span>'
                    f'<span class="no">{page}</span></div>' for code, heading, page in rows)
    return f'<div class="sheet toc"><h1>{html.escape(t("pdf.contents", lang))}</h1>{items}</div>'


# ---------------------------------------------------------------- layout
def _measure_html(sections: Sequence[_Section], lang: str) -> str:
    blocks = []
    for i, sec in enumerate(sections):
        blocks.append(_block_html(Block("h", sec.heading), sec.code, f"{i}.h"))
        blocks += [_block_html(Block("p", s), measure_id=f"{i}.{j}") for j, s in enumerate(sec.sentences)]
        blocks.append(_block_html(Block("cap", _caption(sec, lang)), measure_id=f"{i}.cap"))
    return _document(lang, "measure", '<div class="measure">' + "".join(blocks) + "</div>")


def _caption(sec: _Section, lang: str) -> str:
    return t("pdf.continued", lang, code=sec.code, heading=sec.heading) if sec.code else sec.heading


_MEASURE_JS = """
document.fonts.ready.then(() => JSON.stringify(Array.from(document.querySelectorAll('[data-m]')).map(e => {
  const s = getComputedStyle(e);
  return [e.dataset.m, e.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom)];
})))
"""


def _paginate(sections: Sequence[_Section], heights: Mapping[str, float],
              lang: str) -> tuple[list[Sheet], list[str], list[tuple[str, str, int]]]:
    """Body sheets, their criterion codes, and the contents rows (the cover
    is page 1, the contents page 2)."""
    _, page_h = _content_mm()
    page_px = page_h * PX_PER_MM
    sheets: list[Sheet] = []
    codes: list[str] = []
    rows: list[tuple[str, str, int]] = []
    for i, sec in enumerate(sections):
        rows.append((sec.code, sec.heading, 3 + len(sheets)))
        current: list[Block] = [Block("h", sec.heading)]
        used = heights.get(f"{i}.h", 0.0)
        for j, text in enumerate(sec.sentences):
            h = heights.get(f"{i}.{j}", 0.0)
            if used + h > page_px and len(current) > 0:
                sheets.append(Sheet("body", tuple(current)))
                codes.append(sec.code)
                current, used = [], 0.0
            current.append(Block("p", text))
            used += h
        cap_h = heights.get(f"{i}.cap", 0.0)

        def flush() -> None:
            nonlocal current, used
            if current:
                sheets.append(Sheet("body", tuple(current)))
                codes.append(sec.code)
            current, used = [], 0.0
        for name, data in sec.images:
            room_mm = (page_px - used) / PX_PER_MM - _SLACK_MM
            if current and room_mm >= MIN_SHARED_IMAGE_MM:      # under its text
                current.append(Block("img", name, data, room_mm))
                flush()
                continue
            flush()                                             # a page of its own, under a small heading
            current, used = [Block("cap", _caption(sec, lang))], cap_h
            current.append(Block("img", name, data, (page_px - used) / PX_PER_MM - _SLACK_MM))
            flush()
        flush()
    return sheets, codes, rows


# ---------------------------------------------------------------- the browser
def _chromium_class():
    from choreographer.browsers.chromium import Chromium
    from ..render import export

    class _PrintChromium(Chromium):
        """Chromium with the house flags and the fonts.conf that has Sarabun."""

        def get_cli(self):
            cli = list(super().get_cli())
            for flag in export.CHROMIUM_FLAGS:
                if flag not in cli:
                    cli.append(flag)
            return cli

        def get_env(self):
            env = os.environ.copy()
            conf = export.fontconfig_file()
            if conf:
                env["FONTCONFIG_FILE"] = conf
            return env

    return _PrintChromium


class _Printer:
    """One browser for one summary, on its own thread and event loop."""

    def __init__(self, path: str):
        self.path = path
        self.browser = None

    async def _navigate(self, tab, url: str) -> None:
        loaded = tab.subscribe_once("Page.loadEventFired")
        await tab.send_command("Page.enable")
        await tab.send_command("Page.navigate", params={"url": url})
        await loaded

    @staticmethod
    def _check(response: Mapping[str, Any], what: str) -> Mapping[str, Any]:
        if "error" in response:
            raise RuntimeError(f"{what}: {response['error']}")
        return response["result"]

    async def run(self, folder: Path, measure_html: str, make_final) -> bytes:
        from choreographer import Browser
        self.browser = Browser(path=self.path, browser_cls=_chromium_class())
        await self.browser.open()
        try:
            tab = await self.browser.create_tab("")
            page = folder / "measure.html"
            page.write_text(measure_html, encoding="utf-8")
            await self._navigate(tab, page.as_uri())
            result = self._check(await tab.send_command("Runtime.evaluate", params={
                "expression": _MEASURE_JS, "awaitPromise": True, "returnByValue": True}), "measure")
            heights = {k: float(v) for k, v in json.loads(result["result"]["value"])}
            page = folder / "summary.html"
            page.write_text(make_final(heights), encoding="utf-8")
            await self._navigate(tab, page.as_uri())
            result = self._check(await tab.send_command("Page.printToPDF", params={
                "preferCSSPageSize": True, "printBackground": True, "displayHeaderFooter": False,
                "generateTaggedPDF": True, "generateDocumentOutline": True}), "print")
            return base64.b64decode(result["data"])
        finally:
            await self.browser.close()

    def kill(self) -> None:
        proc = getattr(self.browser, "subprocess", None)
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)     # choreographer starts it in its own session
            except (ProcessLookupError, PermissionError, OSError):
                proc.kill()


def _print(measure_html: str, make_final, timeout: float) -> bytes:
    """Measure, lay out and print in a fresh browser; ExportError on failure."""
    from ..render.export import ExportError, browser_path
    path = browser_path()
    if path is None:
        raise ExportError("export.error.no_browser")
    if not _LOCK.acquire(timeout=timeout):
        raise ExportError("pdf.error.busy", seconds=f"{timeout:g}")
    try:
        printer = _Printer(path)
        box: dict[str, Any] = {}
        with tempfile.TemporaryDirectory(prefix="itastats-pdf-") as tmp:
            def work() -> None:
                try:
                    box["data"] = asyncio.run(printer.run(Path(tmp), measure_html, make_final))
                except BaseException as exc:  # noqa: BLE001 - reported below
                    box["error"] = exc
            thread = threading.Thread(target=work, name="itastats-pdf", daemon=True)
            thread.start()
            thread.join(timeout)
            if thread.is_alive():
                printer.kill()
                thread.join(10)
                raise ExportError("pdf.error.timeout", seconds=f"{timeout:g}")
        if "error" in box:
            exc = box["error"]
            if isinstance(exc, ExportError):
                raise exc
            detail = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise ExportError("pdf.error.print", detail=detail) from exc
        return box["data"]
    finally:
        _LOCK.release()


# ---------------------------------------------------------------- reproducible bytes
_DATES = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{14})")
_ID = re.compile(rb"/ID \[<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>\]")


def _reproducible(data: bytes, made_on: _dt.date) -> bytes:
    """Chromium's time stamps replaced by ``made_on`` 00:00 (UTC, the same
    number of bytes), and an /ID, if any, by a hash of the rest."""
    stamp = made_on.strftime("%Y%m%d").encode() + b"000000"
    data = _DATES.sub(lambda m: b"/" + m.group(1) + b" (D:" + stamp, data)
    data = re.sub(rb"(\(D:" + stamp + rb")[+-]\d\d'\d\d'", rb"\1+00'00'", data)
    ids = _ID.search(data)
    if ids:
        blank = data[:ids.start()] + data[ids.end():]
        digest = hashlib.sha256(blank).hexdigest().upper().encode()
        a = (digest * 4)[:len(ids.group(1))]
        b = (digest * 4)[:len(ids.group(2))]
        data = data[:ids.start(1)] + a + data[ids.end(1):ids.start(2)] + b + data[ids.end(2):]
    return data


def page_count(data: bytes) -> int:
    """Pages of a PDF that Chromium printed (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


# ---------------------------------------------------------------- public
def make_summary(ev: Any, pngs: Mapping[str, bytes], *, lang: str = "th", made_on: _dt.date | None = None,
                 memo: Any = None, timeout: float | None = None) -> Summary:
    """Print the summary PDF of ``ev``.

    Parameters
    ----------
    ev : Evidence
    pngs : mapping of name -> PNG bytes
        The A4 infographics in order; each goes into the section of the
        criterion code its name (or folder) starts with ("5.4.1_…"); others
        into a last section.
    lang : {"th", "en"}
    made_on : datetime.date, optional
        The date on the cover and in the PDF's metadata
        (default :func:`itastats.outputs.report.build_date`).
    memo : MemoText, optional
        :func:`~itastats.outputs.report.memo_paragraphs` of ``ev`` when the
        caller has it (its sentences are printed).
    timeout : float, optional
        Seconds for the whole print (default 60 + 5 a page).

    Raises
    ------
    ValueError
        A picture that is not a PNG (``report.error.bad_image``).
    itastats.render.export.ExportError
        No browser (``export.error.no_browser``), another print did not
        finish in time (``pdf.error.busy``), the print took too long
        (``pdf.error.timeout``) or failed (``pdf.error.print``).
    """
    from .report import build_date, memo_paragraphs
    made_on = build_date(made_on)
    if memo is None:
        memo = memo_paragraphs(ev, lang=lang, made_on=made_on)
    sections = _sections(memo, pngs, lang)
    p = ev.profile
    name = " ".join(p.name.split()) or t("report.no_name", lang)
    title = t("pdf.title", lang, name=name)
    cover = Sheet("cover", (Block("html", _cover(ev, lang, made_on)),))
    plan: dict[str, Any] = {}

    def final(heights: Mapping[str, float]) -> str:
        body, codes, rows = _paginate(sections, heights, lang)
        contents = Sheet("contents", (Block("html", _contents(rows, lang)),))
        plan.update(pages=2 + len(body), rows=rows)
        return summary_html([cover, contents] + body, lang=lang, title=title, footer=footer_text(title),
                            codes=codes)

    if timeout is None:
        timeout = PRINT_TIMEOUT + 5.0 * (2 + sum(len(s.images) + 1 for s in sections))
    t0 = time.perf_counter()
    data = _print(_measure_html(sections, lang), final, timeout)
    seconds = time.perf_counter() - t0
    data = _reproducible(data, made_on)
    pages = page_count(data)
    if pages != plan.get("pages"):
        _log.warning("summary PDF: %s pages printed, %s laid out", pages, plan.get("pages"))
    return Summary(data, pages, tuple(plan.get("rows", ())), seconds)


def summary_pdf(ev: Any, pngs: Mapping[str, bytes], **kwargs: Any) -> bytes:
    """The bytes of :func:`make_summary`."""
    return make_summary(ev, pngs, **kwargs).data
