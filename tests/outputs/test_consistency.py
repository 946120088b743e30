"""The evidence pack read back number by number, for the sample project and for
an independent project generated here (tests/independent_project.py: other
units, three sessions on different days, people without a unit, a
non-significant metric, reported figures, injection strings in every field).

Every artifact is opened as a reader would: README.txt and manifest.json as
text, every xlsx cell as Excel shows it (its number format applied), the
memo's paragraphs and tables (python-docx), the summary PDF's text (when a
PDF reader is installed) and the text of every infographic (the plotly figure
each PNG is rendered from).  Then:

* every "X of Y, Z %" divides: Z is 100·X/Y as printed (two decimals);
* no rate is above 100 %;
* a number has one text everywhere (no "82.9" beside "82.93");
* no name or e-mail address from the input files is in the default pack;
* no workbook cell is a formula, and no injection string is live HTML;
* two builds with the same SOURCE_DATE_EPOCH are byte-identical;
* every manifest hash matches its input and its artifact, and a fingerprint
  recomputed with ``sha256sum`` is the one in the footer and the README.
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import re
import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook

import independent_project
from itastats import sample
from itastats.criteria.evidence import collect
from itastats.i18n import fmt
from itastats.outputs import pack
from itastats.render import export

EPOCH = "1798761600"        # 2027-01-01 00:00 UTC

pytestmark = pytest.mark.skipif(export.browser_path() is None, reason="no Chromium/Chrome found")


def _sample_project():
    return (sample.sample_project(), sample.sample_project_files(), sample.sample_project_choices())


PROJECTS = {"sample": _sample_project, "independent": lambda: independent_project.build()[:3]}


@pytest.fixture(scope="module", params=sorted(PROJECTS))
def built(request, tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    try:
        profile, files, choices = PROJECTS[request.param]()
        ev = collect(profile, files, choices)
        first = pack.build_pack(ev)
        second = pack.build_pack(collect(profile, files, choices))
        figs = pack.plan_figures(ev, made_on=_made_on())
    finally:
        mp.undo()
    return request.param, ev, first, second, figs


def _made_on():
    from itastats.outputs import repro
    return repro.build_date({"SOURCE_DATE_EPOCH": EPOCH})


# ---------------------------------------------------------------- reading the artifacts back
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", str(text))).split())


def _cell_text(cell) -> str:
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    nf = cell.number_format or "General"
    if nf == "#,##0.00":
        return fmt.num(v, 2)
    if nf == "#,##0":
        return fmt.num(v, 0)
    if "< .001" in nf:
        return fmt.p_value(v).replace("p = ", "").replace("p ", "")
    return str(v)


def xlsx_texts(data: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(data))
    return [_cell_text(c) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def docx_texts(data: bytes) -> list[str]:
    import docx
    doc = docx.Document(io.BytesIO(data))
    out = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        out += [cell.text for row in table.rows for cell in row.cells]
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            out += [p.text for p in part.paragraphs]
    return out


def pdf_texts(data: bytes) -> list[str]:
    """The PDF's text as poppler's pdftotext extracts it (Thai marks kept), page by page."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [line for page in out.split("\f") for line in page.splitlines()]


def figure_texts(fig) -> list[str]:
    """The text a PNG of ``fig`` shows: annotations, trace labels, tick labels
    (hover texts are not drawn in a PNG)."""
    out = [a.text for a in fig.layout.annotations or () if a.text]
    for trace in fig.data:
        for attr in ("text",):
            v = getattr(trace, attr, None)
            if isinstance(v, str):
                out.append(v)
            elif v is not None:
                out += [str(x) for x in v]
    for axis in ("xaxis", "yaxis", "xaxis2", "yaxis2"):
        ax = getattr(fig.layout, axis, None)
        if ax is not None and ax.ticktext:
            out += [str(x) for x in ax.ticktext]
    return out


def artifact_texts(data: bytes, figs) -> dict[str, list[str]]:
    """Path -> its texts (plain), for every file of the pack, and "figure:<path>" for each PNG's figure."""
    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            body = zf.read(name)
            if name.endswith(".txt") or name.endswith(".json"):
                out[name] = body.decode("utf-8-sig").splitlines()
            elif name.endswith(".xlsx"):
                out[name] = xlsx_texts(body)
            elif name.endswith(".docx"):
                out[name] = docx_texts(body)
            elif name.endswith(".pdf"):
                out[name] = pdf_texts(body)
            out.setdefault("names:", []).append(name)
    for f in figs:
        out[f"figure:{f.path}"] = [_plain(x) for x in figure_texts(f.fig)]
    return out


# ---------------------------------------------------------------- "X of Y, Z %"
_N = r"(\d{1,3}(?:,\d{3})*|\d+)"
_Z = r"(\d+(?:\.\d+)?)"
TRIPLES = [
    re.compile(_N + r"\s*/\s*" + _N + r"(?:\s*(?:คน|staff|people))?\s*[,(]\s*" + _Z + r"\s*%"),     # 6/7 (85.71%)
    re.compile(_Z + r"\s*%\s*\(\s*" + _N + r"\s*/\s*" + _N),                                       # 82.93% (68/82
    re.compile(_N + r"\s*คน[^\d]{0,40}?จาก[^\d]{0,30}?" + _N + r"\s*คน[^\d]{0,25}?ร้อยละ\s*" + _Z),
    re.compile(_N + r" staff took part[^\d]{0,60}?out of " + _N + r"[^\d]{0,40}?" + _Z + r"\s*%"),
    re.compile(r"=\s*" + _N + r"[^\d]{0,60}?÷[^\d]{0,40}?" + _N + r"[^\d]{0,30}?× 100 = " + _Z),
]


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def triples(texts: list[str]):
    for text in texts:
        for k, pattern in enumerate(TRIPLES):
            for m in pattern.finditer(text):
                a, b, c = m.groups()
                x, y, z = (a, b, c) if k != 1 else (b, c, a)
                yield text, _num(x), _num(y), z


# ---------------------------------------------------------------- the checks
def test_the_pack_says_what_it_is_and_has_every_part(built):
    name, ev, data, _, _ = built
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        readme = zf.read(pack.README).decode("utf-8-sig")
    assert names[:2] == [pack.README, pack.MANIFEST]
    assert "ฉบับเผยแพร่" in readme and "ฉบับภายใน" not in readme
    assert any(n.endswith(".docx") for n in names) and any(n.endswith(".png") for n in names)


def test_every_count_and_rate_divide_and_no_rate_is_above_100(built):
    name, ev, data, _, figs = built
    texts = artifact_texts(data, figs)
    found = 0
    for path, lines in texts.items():
        for text, x, y, z in triples(lines):
            found += 1
            assert y > 0, (path, text)
            assert z == fmt.num(100 * x / y, 2).replace(",", ""), (path, text)
            assert float(z) <= 100.0, (path, text)
    assert found >= 10, found                   # the memo, the workbooks, the PNGs all say some
    pdf = [p for p in texts if p.endswith(".pdf")]
    assert pdf and any(texts[p] for p in pdf), "the summary PDF has text a reader can search"
    att = ev.attendance
    assert att.rate <= 100 and all(u.rate is None or u.rate <= 100 for u in att.by_unit)
    assert att.rate == pytest.approx(100 * att.staff_counted / att.headcount_total)


def test_a_number_has_one_text_everywhere(built):
    name, ev, data, _, figs = built
    texts = artifact_texts(data, figs)
    numbering = re.compile(r"^\s*\d+(?:\.\d+)*\s")         # a memo's item numbers ("1.6 ...") are not values
    flat = "\n".join(numbering.sub("", x) for lines in texts.values() for x in lines)
    att = ev.attendance
    values = [att.rate] + [r.pct_change for r in ev.results_541 if r.pct_change is not None]
    if ev.survey is not None and ev.survey.overall.pct is not None:
        values.append(ev.survey.overall.pct)
    for v in values:
        shown = fmt.num(abs(v), 2)
        assert shown in flat, shown
        for other in {fmt.num(abs(v), 1), fmt.num(abs(v), 3)} - {shown}:
            hits = re.findall(r"(?<![\d.,])" + re.escape(other) + r"(?![\d])", flat)
            assert not hits, (shown, other)
    for r in ev.results_541:
        if r.comparison is not None and r.comparison.headline.pvalue is not None:
            p = r.comparison.headline.pvalue
            shown = fmt.p_value(p)
            assert shown in flat
            if p >= 0.001:
                raw = f"{p:.3f}"
                assert not re.search(r"(?<![\d.])" + re.escape(raw) + r"(?!\d)", flat), raw


def test_no_name_or_email_from_the_inputs_is_in_the_default_pack(built):
    name, ev, data, _, figs = built
    texts = artifact_texts(data, figs)
    flat = "\n".join(x for lines in texts.values() for x in lines)
    personal = pack.personal_strings(ev)
    if name == "independent":
        facts = independent_project.build()[3]
        personal |= {x for x in facts["names"] + facts["emails"] if x not in facts["roster"]}
    assert len(personal) > 20
    leaked = sorted(x for x in personal if x in flat)
    assert leaked == []
    # the internal copy is where the names are
    internal = pack.build_pack(ev, internal=True, report=lambda ev_, pngs: {})
    with zipfile.ZipFile(io.BytesIO(internal)) as zf:
        readme = zf.read(pack.README).decode("utf-8-sig")
        book = next(zf.read(n) for n in zf.namelist() if n.endswith(".xlsx") and n.startswith("5.3.2"))
    assert "ฉบับภายใน" in readme
    assert any(x in "\n".join(xlsx_texts(book)) for x in personal)


def test_no_cell_is_a_formula_and_no_user_text_is_html(built):
    name, ev, data, _, figs = built
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        books = {n: zf.read(n) for n in zf.namelist() if n.endswith(".xlsx")}
    assert books
    for path, body in books.items():
        with zipfile.ZipFile(io.BytesIO(body)) as x:
            for part in x.namelist():
                if part.startswith("xl/worksheets/"):
                    assert b"<f>" not in x.read(part) and b"<f " not in x.read(part), (path, part)
        wb = load_workbook(io.BytesIO(body))
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    assert c.data_type != "f", (path, c.coordinate, c.value)
                    if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@", "\t", "\r")):
                        assert c.quotePrefix, (path, c.coordinate, c.value)
    if name == "independent":
        raw = "\n".join(t for f in figs for t in figure_texts(f.fig))
        assert "<script>" not in raw and "&lt;script&gt;" in raw
        all_cells = "\n".join(x for b in books.values() for x in xlsx_texts(b))
        assert independent_project.INJECTIONS[0] in all_cells        # kept, as text


def test_two_builds_with_the_same_date_are_byte_identical(built):
    name, ev, first, second, _ = built
    if first != second:
        with zipfile.ZipFile(io.BytesIO(first)) as a, zipfile.ZipFile(io.BytesIO(second)) as b:
            differ = [n for n in a.namelist() if a.read(n) != b.read(n)]
        pytest.fail(f"{name}: {differ}")
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(first)).read(pack.MANIFEST))
    assert manifest["made_on"] == "2027-01-01" and manifest["source_date_epoch"] == EPOCH


def test_the_manifest_hashes_match_the_inputs_and_the_artifacts(built, tmp_path):
    name, ev, data, _, _ = built
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = json.loads(zf.read(pack.MANIFEST))
        entries = {n: zf.read(n) for n in zf.namelist()}
        readme = entries[pack.README].decode("utf-8-sig")
    assert manifest["copy"] == "public"
    originals = dict(sample.sample_photos() + sample.sample_award_files()) if name == "sample" else {}
    for item in manifest["inputs"]:
        stored = ev.files[item["page"]][item["name"]]
        uploaded = originals.get(item["name"], stored)
        assert item["sha256"] == hashlib.sha256(uploaded).hexdigest(), item["label"]
        if uploaded != stored:
            assert item["sha256_stored"] == hashlib.sha256(stored).hexdigest()
    assert {a["path"] for a in manifest["artifacts"]} == set(entries) - {pack.README, pack.MANIFEST}
    for a in manifest["artifacts"]:
        assert a["sha256"] == hashlib.sha256(entries[a["path"]]).hexdigest()
        if a["fingerprint"] and not a["path"].endswith((".jpg", ".jpeg")):
            assert a["fingerprint"] in readme, a["path"]
    # recompute one file's fingerprint with sha256sum, from the files as the user has them
    if shutil.which("sha256sum") is None:
        pytest.skip("sha256sum is not installed")
    a = next(a for a in manifest["artifacts"] if a["path"].startswith("5.3.2") and a["path"].endswith(".png"))
    labels = a["inputs"]
    for label in labels:
        page, _, fname = label.partition("/")
        (tmp_path / page).mkdir(exist_ok=True)
        (tmp_path / page / fname).write_bytes(originals.get(fname, ev.files[page][fname]))
    out = subprocess.run(f"sha256sum {' '.join(_q(x) for x in labels)} | LC_ALL=C sort -k2 | sha256sum",
                         shell=True, cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert out[:12] == a["fingerprint"]


def _q(label: str) -> str:
    return "'" + label.replace("'", "'\\''") + "'"
