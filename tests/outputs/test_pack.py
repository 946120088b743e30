"""The evidence pack (itastats.outputs.pack), its workbooks (itastats.outputs.workbooks) and
``python -m itastats pack``."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import time
import zipfile

import pytest
from openpyxl import load_workbook

from itastats.criteria import evidence
from itastats import __version__, sample
from itastats.render import export
from itastats.outputs import pack, workbooks
from itastats.cli import main
from itastats.criteria.evidence import collect
from itastats.criteria.project import ProjectInfo

MADE_ON = dt.date(2026, 9, 30)
SIZE = {"A4": (1240, 1754), "16x9": (1920, 1080), "1x1": (1080, 1080)}
needs_browser = pytest.mark.skipif(export.browser_path() is None, reason="no Chromium/Chrome found")


def sample_files() -> dict:
    return sample.sample_project_files()


@pytest.fixture(scope="module")
def ev():
    return collect(sample.sample_project(), sample_files())


@pytest.fixture(scope="module")
def built(ev):
    if export.browser_path() is None:
        pytest.skip("no Chromium/Chrome found")
    calls = []
    t0 = time.perf_counter()
    data = pack.build_pack(ev, made_on=MADE_ON, progress=lambda d, n, label: calls.append((d, n, label)))
    print(f"\nsample evidence pack: {time.perf_counter() - t0:.1f} s, {len(data) / 1e6:.1f} MB")
    return data, calls


def readme_of(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        raw = zf.read(pack.README)
    assert raw.startswith(b"\xef\xbb\xbf")            # a BOM: Notepad shows the Thai
    return raw.decode("utf-8-sig")


def readme_fingerprints(text: str) -> dict[str, str]:
    """{file name: fingerprint} from the README's listing."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"\s+- (.+?): .*\[ข้อมูลต้นทาง ([0-9a-f]{12})\]$", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def expected_parts(ev) -> set[str]:
    p = ev.profile
    parts = {"511"}
    if any(a.title.strip() for a in p.activities):
        parts.add("512")
    if any(e.title for e in p.communications) or ev.page_files("521"):
        parts.add("521")
    if any(e.title for e in p.activity_log) or ev.page_files("531"):
        parts.add("531")
    if ev.attendance is not None or ev.learning is not None:
        parts.add("532")
    if ev.results_541:
        parts.add("541")
    if ev.profile.awards:
        parts.add("542")
    if ev.survey is not None:
        parts.add("543")
    return parts


# ---------------------------------------------------------------- the sample's pack
def test_sample_pack_folders(built, ev):
    data, _ = built
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names[:2] == [pack.README, pack.MANIFEST]
    folders = [n.split("/", 1)[0] for n in names[2:]]
    present = {k for k, f in pack.FOLDERS.items() if f in folders}
    want = expected_parts(ev)
    assert present - {"544"} == want
    assert ("542" in present) == bool(ev.profile.awards)
    # folders in the assessment's order, each one contiguous
    order = [pack.PARTS.index(next(k for k, f in pack.FOLDERS.items() if f == x)) for x in folders]
    assert order == sorted(order)
    for info in infos:
        if not info.filename.isascii():
            assert info.flag_bits & 0x800, info.filename        # UTF-8 names
    # the photos and award files are there as stored
    for name, blob in ev.page_files("531").items():
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            assert zf.read(f"{pack.FOLDERS['531']}/{name}") == blob
    for name in ev.page_files("542"):
        assert f"{pack.FOLDERS['542']}/{name}" in names
    assert f"{pack.FOLDERS['511']}/5.1.1_รายละเอียดโครงการ_A4.png" in names


def test_sample_pack_pngs(built):
    data, _ = built
    n = 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if not name.endswith(".png"):
                continue
            label = re.search(r"_(A4|16x9|1x1)(?:_\d+)?\.png$", name).group(1)
            assert export.png_size(zf.read(name)) == SIZE[label], name
            n += 1
    assert n >= 8


def test_sample_pack_has_every_infographic_in_every_size(built, ev):
    """5.1.1, 5.2.1, 5.3.1, 5.3.2 (participation and learning), 5.4.1, 5.4.2
    and 5.4.3: each in A4, 16:9 and square, named <stem>_A4/_16x9/_1x1.png,
    with a README line naming the size."""
    data, _ = built
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        pngs = [n for n in zf.namelist() if n.endswith(".png") and not n.rsplit("/", 1)[-1].startswith(
            tuple(ev.page_files("531")) + tuple(ev.page_files("542")))]
    stems = {}
    for name in pngs:
        m = re.fullmatch(r"(.+)_(A4|16x9|1x1)(?:_(\d+))?\.png", name)
        assert m, name
        stems.setdefault(m.group(1), set()).add(m.group(2))
    want = {f"{pack.FOLDERS['511']}/5.1.1_รายละเอียดโครงการ", f"{pack.FOLDERS['521']}/5.2.1_การสื่อสาร",
            f"{pack.FOLDERS['531']}/5.3.1_การดำเนินกิจกรรม", f"{pack.FOLDERS['532']}/5.3.2_การเข้าร่วม",
            f"{pack.FOLDERS['532']}/5.3.2_ผลการเรียนรู้", f"{pack.FOLDERS['541']}/5.4.1_ผลสำเร็จเชิงสถิติ",
            f"{pack.FOLDERS['542']}/5.4.2_รางวัลและคำชื่นชม", f"{pack.FOLDERS['543']}/5.4.3_ความพึงพอใจ"}
    assert set(stems) == want
    assert all(sizes == {"A4", "16x9", "1x1"} for sizes in stems.values()), stems
    # 5.4.1: every metric on a page of every size (four a page on A4 and the slide, two on the square)
    count = lambda label: sum(1 for n in pngs if "5.4.1_" in n and f"_{label}" in n)  # noqa: E731
    for per, labels in ((4, ("A4", "16x9")), (2, ("1x1",))):
        pages = pack._picked_541(ev, per)
        assert sorted(r.name for page in pages for r in page) == sorted(r.name for r in ev.results_541)
        assert all(1 <= len(page) <= per for page in pages)
        assert all(count(label) == len(pages) for label in labels)
    readme = readme_of(data)
    for name in pngs:
        line = next(x for x in readme.splitlines() if x.strip().startswith(f"- {name.rsplit('/', 1)[-1]}:"))
        label = re.search(r"_(A4|16x9|1x1)(?:_\d+)?\.png", name).group(1)
        assert {"A4": "(A4)", "16x9": "สไลด์ 16:9", "1x1": "จัตุรัส 1:1"}[label] in line, line


def test_sample_pack_workbooks_carry_fingerprint(built, ev):
    data, _ = built
    fps = readme_fingerprints(readme_of(data))
    n = 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if not name.endswith(".xlsx"):
                continue
            fp = fps[name.rsplit("/", 1)[-1]]
            wb = load_workbook(io.BytesIO(zf.read(name)))
            for ws in wb.worksheets:
                last = max(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value is not None)
                footer = str(ws.cell(row=last, column=1).value)
                assert fp in footer and __version__ in footer and "2569" in footer, (name, ws.title, footer)
                assert ev.profile.name in footer
            n += 1
    assert n >= 7
    # the fingerprints are the stated inputs'
    assert fps["5.4.1_ผลการเปรียบเทียบ.xlsx"] == ev.fingerprint("541")
    assert fps["5.4.3_ตารางความพึงพอใจ.xlsx"] == ev.fingerprint("543")
    assert fps["5.3.2_ตารางการเข้าร่วมและคะแนน.xlsx"] == ev.fingerprint("532", "532h", "532t")
    assert fps["5.1.1_รายละเอียดโครงการ.xlsx"] == ev.fingerprint("profile")
    # a typed log is an input too: its fingerprint is not that of no input at all
    assert fps["5.2.1_บันทึกการสื่อสาร.xlsx"] == ev.fingerprint("521", "profile:communications")
    assert fps["5.2.1_บันทึกการสื่อสาร.xlsx"] != evidence.fingerprint([])


def test_png_footers_carry_the_fingerprint_of_their_inputs(ev, built):
    figs = pack.plan_figures(ev, made_on=MADE_ON)
    fps = readme_fingerprints(readme_of(built[0]))
    pages = {"5.4.1": ("541",), "5.4.3": ("543",), "5.3.1": ("531", "profile:activity_log"),
             "5.2.1": ("521", "profile:communications"), "5.1.1": ("profile",), "5.4.2": ("542", "profile:awards")}
    seen = set()
    for f in figs:
        footer = next(a["text"] for a in f.fig.layout.annotations if a["name"] == "footer")
        assert f.fingerprint in footer.replace("<br>", " "), (f.path, footer)
        assert f.fingerprint == ev.fingerprint(*f.pages)
        assert fps[f.path.rsplit("/", 1)[-1]] == f.fingerprint
        assert (f.fig.layout.width, f.fig.layout.height) == (f.width, f.height)
        code = f.path.split("_", 1)[0]
        if code in pages:
            assert f.pages == pages[code]
            seen.add(code)
    assert seen == set(pages)
    learning = [f for f in figs if "ผลการเรียนรู้" in f.path]
    assert learning and all(f.fingerprint == ev.fingerprint("532t") for f in learning)


def test_sample_pack_readme_and_progress(built, ev):
    data, calls = built
    text = readme_of(data)
    assert ev.profile.name in text and "30 กันยายน 2569" in text
    for page, files in ev.files.items():
        for name in files:
            assert f"{page}/{name}" in text
    assert ev.fingerprint() in text
    dones = [d for d, _, _ in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1]


def test_sample_pack_report_folder(built):
    pytest.importorskip("itastats.outputs.report")
    data, _ = built
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        memo = [n for n in zf.namelist() if n.startswith(pack.FOLDERS["544"] + "/")]
    assert any(n.endswith(".docx") for n in memo)


# ---------------------------------------------------------------- a project with only 5.4.1 data
@needs_browser
def test_readme_lists_missing_parts():
    ev = collect(ProjectInfo(), {"541": dict(sample.sample_files()[:1])})
    got = []
    data = pack.build_pack(ev, made_on=MADE_ON, slides=False, report=lambda e, p: got.append(p) or {})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        folders = {n.split("/", 1)[0] for n in zf.namelist() if "/" in n}
    assert folders == {pack.FOLDERS["541"]}
    text = readme_of(data)
    missing = text.split("ยังขาด", 1)[1].split("ไฟล์ข้อมูลต้นทาง", 1)[0]
    for part in ("511", "512", "521", "531", "532", "542", "543", "544"):
        assert pack.FOLDERS[part] in missing, part
    assert pack.FOLDERS["541"] not in missing
    assert list(got[0]) == ["5.4.1_ผลสำเร็จเชิงสถิติ_A4.png"]       # the report gets the A4 pages


# ---------------------------------------------------------------- workbooks on their own
def test_workbooks_without_data():
    ev = collect(ProjectInfo(name="ทดสอบ"), {})
    for make in (workbooks.profile_xlsx, workbooks.roster_xlsx, workbooks.awards_xlsx, workbooks.results_541_xlsx):
        wb = load_workbook(io.BytesIO(make(ev, made_on=MADE_ON)))
        assert wb.worksheets[0]["A1"].font.name == workbooks.FONT_NAME
    with pytest.raises(ValueError):
        workbooks.participation_xlsx(ev)
    data = workbooks.log_xlsx([], "activity", project=ProjectInfo(name="x"), fingerprint="abc123abc123")
    ws = load_workbook(io.BytesIO(data)).active
    assert "abc123abc123" in str(ws.cell(row=ws.max_row, column=1).value)
    with pytest.raises(ValueError):
        workbooks.log_xlsx([], "photo")


def test_results_workbook_rows(ev):
    wb = load_workbook(io.BytesIO(workbooks.results_541_xlsx(ev, made_on=MADE_ON)))
    ws = wb.worksheets[0]
    names = [ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)]
    for r in ev.results_541:
        assert r.name in names
    row = names.index(ev.results_541[0].name) + 1
    header = [ws.cell(row=row - 1, column=c).value for c in range(1, ws.max_column + 1)]
    p = ws.cell(row=row, column=header.index("p-value") + 1).value
    assert isinstance(p, float) and p == ev.results_541[0].comparison.headline.pvalue
    # and the counts behind the sample's count sheet (14_documents_returned.xlsx), and the value for money
    assert [ws.title for ws in wb.worksheets][1:] == ["จำนวนนับ", "ความคุ้มค่า"]


def _all_text(data: bytes) -> str:
    wb = load_workbook(io.BytesIO(data))
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                     if c.value is not None)


def test_participation_workbook_names_people_only_in_the_internal_copy(ev):
    public = workbooks.participation_xlsx(ev, made_on=MADE_ON)
    assert len(load_workbook(io.BytesIO(public)).worksheets) == 3     # by unit, by session, the test summary
    text = _all_text(public)
    ids = set(ev.learning.metric.metric.case_ids)
    assert not any(name in text for name in ids)
    assert not any(e in text for e in ev.attendance.people["email"] if e)
    internal = workbooks.participation_xlsx(ev, made_on=MADE_ON, internal=True)
    wb = load_workbook(io.BytesIO(internal))
    assert len(wb.worksheets) == 5                                   # + names merged, each person's scores
    people = wb.worksheets[-1]
    names = {people.cell(row=r, column=2).value for r in range(1, people.max_row + 1)}
    assert ids <= names


def test_survey_table_footer_added(ev):
    from itastats.outputs.survey_xlsx import thai_table_xlsx
    data = workbooks.add_footer(thai_table_xlsx(ev.survey), "โครงการ ก · ข้อมูลต้นทาง 0123456789ab")
    for ws in load_workbook(io.BytesIO(data)).worksheets:
        assert "0123456789ab" in str(ws.cell(row=ws.max_row, column=1).value)


# ---------------------------------------------------------------- the command line
@needs_browser
def test_cli_folder_of_sheets(tmp_path, capsys):
    folder = tmp_path / "project"
    shutil.copytree(sample.sample_dir(), folder, ignore=shutil.ignore_patterns("*.py", "*.md"))
    (folder / "agenda.pdf").write_bytes(b"%PDF-1.4 not data")
    out = tmp_path / "pack.zip"
    assert main(["pack", str(folder), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        text = zf.read(pack.README).decode("utf-8-sig")
    folders = {n.split("/", 1)[0] for n in names if "/" in n}
    for part in ("511", "512", "521", "531", "532", "541", "543"):
        assert pack.FOLDERS[part] in folders, part
    for name in ("531_01_meeting.jpg", "531_04_poster.jpg"):
        assert f"{pack.FOLDERS['531']}/{name}" in names
    assert "agenda.pdf" in text.split("ไฟล์ที่ไม่ได้ใช้", 1)[1]
    for name in ("01_approval_days_paired.xlsx", "05_satisfaction_google_forms.csv", "06_signin_sheet.xlsx",
                 "09_headcount.xlsx", "10_pre_post_test.xlsx"):
        assert name in text


@needs_browser
def test_cli_saved_project(tmp_path, capsys):
    from itastats.store import Store, default_url
    with Store(default_url()) as store:
        rec = store.ensure_sample("local")
    assert rec is not None
    out = tmp_path / "saved.zip"
    assert main(["pack", rec.id, "--out", str(out), "--lang", "en"]) == 0
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert any(n.startswith(pack.FOLDERS["541"]) for n in names)
    assert any(n.startswith(pack.FOLDERS["532"]) for n in names)
    out2 = tmp_path / "by_name.zip"
    assert main(["pack", rec.name, "--out", str(out2)]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and str(out2) in printed and out2.is_file()


def test_cli_missing_project(tmp_path, capsys):
    code = main(["pack", str(tmp_path / "no-such-folder"), "--out", str(tmp_path / "x.zip")])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no-such-folder" in err
    assert not (tmp_path / "x.zip").exists()


def test_the_working_groups_emails_stay_out_of_the_pack(tmp_path):
    """5.1.2 e-mails are for sharing the project, not for the published pack (PDPA)."""
    import io
    import zipfile
    from dataclasses import replace
    from itastats.criteria import evidence
    from itastats.outputs import pack
    from itastats.sample import sample_project
    p = sample_project()
    p = replace(p, activities=tuple(replace(a, email=f"person{i}@agency.go.th") for i, a in enumerate(p.activities)))
    ev = evidence.collect(p, {}, {})
    data = pack.build_pack(ev, lang="th")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            raw = zf.read(name)
            if name.endswith(".xlsx") or name.endswith(".docx"):
                with zipfile.ZipFile(io.BytesIO(raw)) as inner:
                    raw = b"".join(inner.read(n) for n in inner.namelist())
            assert b"@agency.go.th" not in raw, name
