"""The evidence of a whole project, computed with the choices its pages saved."""
from __future__ import annotations

import pytest

from itastats.criteria import evidence
from itastats import sample
from itastats.criteria.evidence import collect, fingerprint


def sample_files() -> dict:
    return sample.sample_project_files()


@pytest.fixture(scope="module")
def sample_evidence():
    return collect(sample.sample_project(), sample_files())


def test_the_sample_project_has_every_result_and_its_kpis(sample_evidence):
    ev = sample_evidence
    assert len(ev.results_541) == 9 and ev.survey.respondents == 62      # 8 metrics + the count sheet
    assert ev.attendance.attendees == 69 and ev.learning.n_paired == 32
    measured = {s.kpi.name: round(s.measured, 2) for s in ev.kpis}
    # make_sample.py facts: 68 of 82 staff; (493 − 377) / 377; 62 answers, x̄ 4.2832 / 5
    assert measured["ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม"] == 82.93
    assert measured["คะแนนเฉลี่ยหลังอบรมเพิ่มขึ้น"] == 30.77
    assert measured["ความพึงพอใจของผู้รับบริการ"] == 85.66
    assert {i.code: i.status for i in ev.checklist} == {
        "5.1.1": "done", "5.1.2": "done", "5.2.1": "done", "5.3.1": "done", "5.3.2": "done",
        "5.4.1": "done", "5.4.2": "done", "5.4.3": "done", "5.4.4": "done"}
    assert ev.problems == ()


def test_saved_choices_are_applied_as_the_pages_apply_them(sample_evidence):
    name = "01_approval_days_paired.xlsx"
    base = next(r for r in sample_evidence.results_541 if r.metric.file == name)
    other = "rank" if base.comparison.chosen == "parametric" else "parametric"
    sheet = base.metric.sheet
    ev = collect(sample.sample_project(), {"541": {name: dict(sample.sample_files())[name]}},
                 {f"opt|{name}|{sheet}|method|{base.name}": other})
    assert ev.results_541[0].comparison.chosen == other
    ev = collect(sample.sample_project(), {"532": dict(sample.sample_attendance_files()),
                                           "532h": dict([sample.sample_headcount()])})
    assert ev.attendance.rate == pytest.approx(40 / 82 * 100) and ev.attendance.unknown_unit == 28
    key = ev.attendance.unknown_people["key"].iloc[0]
    ev = collect(sample.sample_project(), {"532": dict(sample.sample_attendance_files()),
                                           "532h": dict([sample.sample_headcount()])},
                 {"att.assign": [[key, "กลุ่มงานนิติการ"], ["nobody", "กลุ่มงานนิติการ"], ["bad"]]})
    assert ev.attendance.rate == pytest.approx(41 / 82 * 100) and ev.attendance.assigned == 1
    assert evidence.learning_options({"lrn.max": 20, "lrn.threshold": 0.0}) == (20.0, None, "auto")


def test_a_damaged_file_is_named_and_the_rest_goes_on():
    ev = collect(sample.sample_project(), {"543": {"พัง.xlsx": b"PK\x03\x04 not really"},
                                           "532t": dict(sample.sample_learning_files())})
    assert ev.survey is None and ev.learning is not None
    assert [p.file for p in ev.problems] == ["พัง.xlsx"]


def test_fingerprint_follows_the_bytes_not_the_order():
    a = fingerprint([("a.csv", b"1"), ("b.csv", b"2")])
    assert a == fingerprint({"b.csv": b"2", "a.csv": b"1"}) and len(a) == 12
    assert a != fingerprint([("a.csv", b"1"), ("b.csv", b"3")])
    assert a != fingerprint([("a.csv", b"2"), ("b.csv", b"1")])     # which file holds which bytes counts
