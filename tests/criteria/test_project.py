"""The project profile: 5.1.1 details, 5.1.2 responsible people, KPIs;
round trips through plain JSON types, old saved projects, malformed input."""
from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from itastats.criteria.project import KPI, Activity, ProfileError, ProjectInfo
from itastats.sample import sample_project

D = dt.date

# what a project saved before objectives / activities / KPIs existed looks like
OLD = {"name": "สล สุขดี มีคุณธรรม", "agency": "สำนักงานสาธารณสุขจังหวัดสุขดี", "unit": "กลุ่มงานบริหารทั่วไป",
       "start": "2025-10-01", "end": "2026-09-30", "project_cost": 150000.0, "cases_per_year": 2400.0,
       "staff_cost_per_hour": 250.0, "hours_per_day": 7.0}


def full() -> ProjectInfo:
    return ProjectInfo(
        name="สล สุขดี มีคุณธรรม", agency="สสจ.สุขดี", unit="กลุ่มงานบริหารทั่วไป",
        start=D(2025, 10, 1), end=D(2026, 9, 30), project_cost=150000, cases_per_year=2400,
        staff_cost_per_hour=250, hours_per_day=7,
        objectives=("ลดระยะเวลาอนุมัติ", "ลดการใช้กระดาษ"),
        activities=(Activity("อบรม", D(2026, 1, 12), D(2026, 1, 30), 24000, "นางวรรณา ศรีสุข",
                             "นักทรัพยากรบุคคลชำนาญการ"),
                    Activity("จัดหาระบบ", budget=85000.5)),
        kpis=(KPI("ลดเวลา", ">=", 50, "%", "541:ระยะเวลาอนุมัติ:pct_reduction"),
              KPI("พึงพอใจ", "<=", 3, "", "manual", 2.5)))


def test_defaults_keep_the_old_fields_and_add_empty_new_ones():
    p = ProjectInfo()
    assert (p.name, p.agency, p.unit, p.start, p.end) == ("", "", "", None, None)
    assert (p.project_cost, p.cases_per_year, p.staff_cost_per_hour, p.hours_per_day) == (None, None, None, 7.0)
    assert (p.objectives, p.activities, p.kpis) == ((), (), ())
    assert p.activities_budget is None
    assert KPI().op == ">=" and KPI().source == "manual"


def test_round_trip_every_field_through_json():
    p = full()
    data = p.to_dict()
    text = json.dumps(data, ensure_ascii=False)          # plain JSON types only
    assert ProjectInfo.from_dict(json.loads(text)) == p
    assert ProjectInfo.from_json(p.to_json()) == p
    assert data["start"] == "2025-10-01" and data["activities"][0]["end"] == "2026-01-30"
    assert isinstance(data["objectives"], list) and isinstance(data["kpis"], list)
    assert data["activities"][1]["start"] is None
    assert data["kpis"][1] == {"name": "พึงพอใจ", "op": "<=", "target": 3.0, "unit": "",
                               "source": "manual", "manual_value": 2.5}


def test_old_saved_project_without_the_new_keys_opens():
    p = ProjectInfo.from_dict(OLD)
    assert p.name == OLD["name"] and p.start == D(2025, 10, 1) and p.project_cost == 150000
    assert (p.objectives, p.activities, p.kpis) == ((), (), ())
    assert ProjectInfo.from_dict(p.to_dict()) == p
    # and an empty dict, and missing keys inside list items
    assert ProjectInfo.from_dict({}) == ProjectInfo()
    q = ProjectInfo.from_dict({"activities": [{"title": "อบรม"}], "kpis": [{"name": "k"}]})
    assert q.activities == (Activity("อบรม"),) and q.kpis == (KPI("k"),)


def test_unknown_keys_are_ignored_everywhere():
    data = {**full().to_dict(), "schema_version": 9, "owner": "x"}
    data["activities"][0]["photo"] = "a.jpg"
    data["kpis"][0]["colour"] = "red"
    assert ProjectInfo.from_dict(data) == full()


def test_lists_and_dicts_are_normalised_to_tuples_and_dataclasses():
    p = ProjectInfo(objectives=["ก", "ข"], activities=[{"title": "อบรม", "start": "2026-01-12", "budget": 1}],
                    kpis=[{"name": "k", "op": "\u2264", "target": 5}])
    assert p.objectives == ("ก", "ข")
    assert p.activities == (Activity("อบรม", start=D(2026, 1, 12), budget=1.0),)
    assert p.kpis[0].op == "<="
    assert isinstance(p.activities[0].budget, float)
    hash(p.objectives)


def test_datetime_becomes_date_and_none_hours_becomes_the_default():
    p = ProjectInfo(start=dt.datetime(2025, 10, 1, 8, 30), hours_per_day=None)
    assert p.start == D(2025, 10, 1) and type(p.start) is dt.date
    assert p.hours_per_day == 7.0


def test_activities_budget_sums_what_is_there():
    p = full()
    assert p.activities_budget == pytest.approx(109000.5)
    assert ProjectInfo(activities=[Activity("a"), Activity("b", budget=0)]).activities_budget == 0.0
    assert sample_project().activities_budget <= sample_project().project_cost


@pytest.mark.parametrize("data, field", [
    ({"start": "15/03/2568"}, "start"),
    ({"end": 20251001}, "end"),
    ({"name": 5}, "name"),
    ({"project_cost": "150,000"}, "project_cost"),
    ({"project_cost": -1}, "project_cost"),
    ({"cases_per_year": float("nan")}, "cases_per_year"),
    ({"staff_cost_per_hour": True}, "staff_cost_per_hour"),
    ({"hours_per_day": 0}, "hours_per_day"),
    ({"hours_per_day": 25}, "hours_per_day"),
    ({"objectives": "ลดเวลา"}, "objectives"),
    ({"objectives": ["ก", 3]}, "objectives[1]"),
    ({"activities": {"title": "x"}}, "activities"),
    ({"activities": [{"title": "x"}, "อบรม"]}, "activities[1]"),
    ({"activities": [{"title": "x"}, {"budget": -5}]}, "activities[1].budget"),
    ({"activities": [{"start": "2026-02-30"}]}, "activities[0].start"),
    ({"activities": [{"responsible": ["a"]}]}, "activities[0].responsible"),
    ({"kpis": [{"op": ">"}]}, "kpis[0].op"),
    ({"kpis": [{"op": None}]}, "kpis[0].op"),
    ({"kpis": [{}, {"target": "50"}]}, "kpis[1].target"),
    ({"kpis": [{"manual_value": math.inf}]}, "kpis[0].manual_value"),
    ({"kpis": [{"source": ""}]}, "kpis[0].source"),
    ({"kpis": [{"unit": 1}]}, "kpis[0].unit"),
])
def test_malformed_values_raise_value_error_naming_the_field(data, field):
    with pytest.raises(ValueError) as e:
        ProjectInfo.from_dict(data)
    assert isinstance(e.value, ProfileError)
    assert e.value.field == field
    assert str(e.value).startswith(field + ":")
    assert e.value.params["field"] == field
    from itastats.i18n.catalog import has, t
    assert has(e.value.key)
    assert field in t(e.value.key, "th", **e.value.params)


@pytest.mark.parametrize("bad", [[], "x", None, 3])
def test_not_a_mapping(bad):
    with pytest.raises(ProfileError) as e:
        ProjectInfo.from_dict(bad)
    assert e.value.field == "project"


def test_not_json():
    with pytest.raises(ProfileError) as e:
        ProjectInfo.from_json("{not json")
    assert e.value.key == "profile.error.not_json"


def test_constructor_validates_too():
    with pytest.raises(ProfileError, match="budget"):
        Activity("x", budget=-1)
    with pytest.raises(ProfileError, match="op"):
        KPI("x", "==", 1)
    with pytest.raises(ProfileError, match="kpis\\[0\\]"):
        ProjectInfo(kpis=[3])


def test_period_order_is_not_an_error_here():
    # the user may be half-way through typing; the checklist reports it
    p = ProjectInfo(start=D(2026, 9, 30), end=D(2025, 10, 1))
    assert p.end < p.start


def test_kpi_met_by_both_ops():
    assert KPI("k", ">=", 50).met_by(50) and not KPI("k", ">=", 50).met_by(49.9)
    assert KPI("k", "<=", 12).met_by(12) and not KPI("k", "<=", 12).met_by(14.31)
    with pytest.raises(ValueError):
        KPI("k").met_by(1)


def test_sample_project_has_the_profile():
    p = sample_project()
    assert len(p.objectives) == 3
    assert 4 <= len(p.activities) <= 5
    fy_start, fy_end = D(2025, 10, 1), D(2026, 9, 30)
    for a in p.activities:
        assert a.title and a.responsible and a.position
        assert fy_start <= a.start <= a.end <= fy_end
        assert a.budget > 0
    assert 5 <= len(p.kpis) <= 6          # 5.4.1, 5.4.3 and, since issue 5, participation and learning
    assert any(k.source == "survey:satisfaction_pct" and k.target == 80 for k in p.kpis)


def test_a_responsible_persons_email_round_trips_and_is_left_out_when_empty():
    a = Activity("ประชุมคณะทำงาน", responsible="นายสมชาย", email="somchai@agency.go.th")
    assert Activity.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    assert "email" not in Activity("ประชุม").to_dict()              # profiles without e-mails are unchanged
    with pytest.raises(ProfileError):
        Activity("ประชุม", email=3)
