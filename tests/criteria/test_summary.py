"""The kept summary of a project (what home shows): the same objects back from
its text, and a key that changes with every input it is computed from."""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import math

import pytest

from itastats import sample
from itastats.criteria import evidence, summary
from itastats.criteria.checklist import ChecklistItem
from itastats.criteria.kpi import KPIStatus, Source
from itastats.criteria.project import KPI, ProjectInfo


@pytest.fixture(scope="module")
def sample_evidence():
    return evidence.collect(sample.sample_project(), sample.sample_project_files(), sample.sample_project_choices())


def _files_key(files):
    return {page: tuple((name, hashlib.sha256(data).hexdigest()) for name, data in fs.items())
            for page, fs in files.items()}


def test_the_sample_projects_summary_comes_back_the_same(sample_evidence):
    s = summary.of(sample_evidence)
    assert len(s.kpis) == 6 and len(s.checklist) == 9           # the sample's KPIs and criteria 5.1.1-5.4.4
    back = summary.loads(summary.dumps(s))
    assert back == s
    for a, b in zip(back.checklist, s.checklist):                 # tuples stay tuples (a list is not equal)
        assert {k: type(v) for k, v in a.params.items()} == {k: type(v) for k, v in b.params.items()}


def test_every_kind_of_value_comes_back():
    kpi = KPI("ค่าใช้จ่าย", "<=", 12.5, "บาท", "541:ค่าใช้จ่าย:after")
    src = Source("541:ค่าใช้จ่าย:after", "kpi.src.after", {"metric": "ค่าใช้จ่าย", 1: (2, [3, "x"])}, 14.31, "บาท")
    statuses = (KPIStatus(kpi, 14.31, False, src, None, {}),
                KPIStatus(KPI("ไม่มีข้อมูล"), None, None, None, "kpi.error.no_target", {"source": "manual"}))
    items = (ChecklistItem("5.1.1", "checklist.title.5.1.1", "partial", "checklist.detail.511_partial",
                           {"missing": ("budget", "period"), "n": 4, "ratio": 0.1 + 0.2, "nothing": None,
                            "nan": math.inf, "flag": True}, "app_pages/project.py"),
             ChecklistItem("5.4.4", "checklist.title.5.4.4", "later", "checklist.detail.later", {}, None))
    s = summary.Summary(statuses, items)
    back = summary.loads(summary.dumps(s))
    assert back == s
    assert back.checklist[0].params["missing"] == ("budget", "period")
    assert back.checklist[0].params["ratio"] == 0.30000000000000004          # every bit of a float
    assert back.kpis[0].source.params[1] == (2, [3, "x"])


def test_a_value_that_cannot_be_kept_is_refused_and_text_of_another_kind_is_not_read():
    import datetime as dt
    odd = summary.Summary((), (ChecklistItem("5.1.1", "t", "done", "d", {"when": dt.date(2026, 1, 1)}),))
    with pytest.raises(TypeError):
        summary.dumps(odd)
    for text in ('{"m": [["format", 999], ["kpis", []], ["checklist", []]]}', "[]", '{"x": 1}', "not json"):
        with pytest.raises(ValueError):
            summary.loads(text)


def test_the_key_changes_with_every_input_and_only_with_them(sample_evidence):
    profile = sample.sample_project()
    files = sample.sample_project_files()
    choices = sample.sample_project_choices()
    base = summary.key(profile, choices, _files_key(files), "th")
    assert len(base) == 64
    assert summary.key(ProjectInfo.from_dict(profile.to_dict()), dict(choices), _files_key(files), "th") == base

    changed_byte = {page: dict(fs) for page, fs in files.items()}
    name = next(iter(changed_byte["541"]))
    changed_byte["541"][name] = changed_byte["541"][name] + b"\n"
    renamed = {page: dict(fs) for page, fs in files.items()}
    renamed["543"] = {"other name.csv": data for data in renamed["543"].values()}
    reordered = {page: dict(reversed(list(fs.items()))) for page, fs in files.items()}
    moved = {page: dict(fs) for page, fs in files.items()}
    moved["532t"], moved["532"] = moved["532"], moved["532t"]
    fewer = {page: fs for page, fs in files.items() if page != "542"}
    keys = {
        "a byte of a file": summary.key(profile, choices, _files_key(changed_byte), "th"),
        "a file's name": summary.key(profile, choices, _files_key(renamed), "th"),
        "the files' order": summary.key(profile, choices, _files_key(reordered), "th"),
        "a file's page": summary.key(profile, choices, _files_key(moved), "th"),
        "a file less": summary.key(profile, choices, _files_key(fewer), "th"),
        "a choice": summary.key(profile, {**choices, "lrn.max": 25}, _files_key(files), "th"),
        "the profile": summary.key(dataclasses.replace(profile, unit=profile.unit + " "), choices,
                                   _files_key(files), "th"),
        "the language": summary.key(profile, choices, _files_key(files), "en"),
        "itastats' code": summary.key(profile, choices, _files_key(files), "th", code="0" * 64),
    }
    assert all(k != base for k in keys.values()), [what for what, k in keys.items() if k == base]
    assert len(set(keys.values())) == len(keys)


def test_the_code_digest_covers_every_source_file(tmp_path, monkeypatch):
    pkg = tmp_path / "itastats"
    (pkg / "criteria").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "criteria" / "a.py").write_text("X = 1\n")
    monkeypatch.setattr(summary, "PACKAGE", pkg)
    summary.code_digest.cache_clear()
    try:
        first = summary.code_digest()
        (pkg / "criteria" / "a.py").write_text("X = 2\n")
        summary.code_digest.cache_clear()
        second = summary.code_digest()
        (pkg / "criteria" / "b.py").write_text("")
        summary.code_digest.cache_clear()
        third = summary.code_digest()
    finally:
        monkeypatch.undo()
        summary.code_digest.cache_clear()
    assert len({first, second, third}) == 3


def test_the_scorecards_png_is_kept_with_the_summary_and_nothing_else_is(sample_evidence):
    import dataclasses
    png = summary.PNG_SIGNATURE + b"\x00\x00\x00\rIHDR rest of a picture"
    s = dataclasses.replace(summary.of(sample_evidence), scorecard_png=png)
    assert summary.loads(summary.dumps(s)) == s
    assert summary.loads(summary.dumps(summary.of(sample_evidence))).scorecard_png is None
    with pytest.raises(TypeError):
        summary.dumps(dataclasses.replace(s, scorecard_png=b"GIF89a not a PNG"))
    doc = json.loads(summary.dumps(s))
    doc["scorecard_png"] = base64.b64encode(b"<svg>not a PNG</svg>").decode()
    with pytest.raises(ValueError):
        summary.loads(json.dumps(doc))
    doc["scorecard_png"] = "not base64 at all!"
    with pytest.raises(ValueError):
        summary.loads(json.dumps(doc))


def test_a_choice_the_analyses_do_not_read_keeps_the_key_and_one_they_read_changes_it():
    """Opening a section, picking a tab or a picture's size, or putting a setting back
    (what visiting 5.3.2 saves) keeps home's kept summary; a correction does not."""
    profile, files = sample.sample_project(), _files_key(sample.sample_project_files())
    choices = sample.sample_project_choices()
    base = summary.key(profile, choices, files, "th")
    first_541 = files["541"][0][0]
    same = {**choices, "att.size": "a4", "att.view": "แยกตามหน่วยงาน", "att.merges_box": False,
            "lrn.left_out_box": True, "lrn.download.png.preview": False, "lrn.max": 0.0, "lrn.method": "auto",
            "att.07_zoom_participants.csv|session": "", "present.slide": 3,
            f"opt|{first_541}|ระยะเวลาอนุมัติ|method|x": "auto"}
    assert summary.key(profile, same, files, "th") == base
    read = {"full marks": {"lrn.max": 20.0}, "pass mark": {"lrn.threshold": 10},
            "a merge undone": {"att.split": ["สมชาย"]}, "a session named": {"att.07_zoom_participants.csv|session": "รอบ 1"},
            "a sheet's design": {f"opt|{first_541}|ระยะเวลาอนุมัติ|design": "independent"},
            "the survey's criteria": {"sv.criteria": "other"}, "a photo's source": {"src|531/a.jpg": "0" * 64}}
    changed = {what: summary.key(profile, {**choices, **extra}, files, "th") for what, extra in read.items()}
    assert [what for what, k in changed.items() if k == base] == []
