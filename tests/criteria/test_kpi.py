"""KPI measured values: sources from real 5.4.1 results, evaluation of both
ops, manual values, sources not (yet) available."""
from __future__ import annotations

import math

import pytest

from itastats.criteria import kpi
from itastats.i18n.catalog import CATALOG, t
from itastats.criteria.kpi import (KPIStatus, Source, evaluate, merge_sources, source_key, source_label,
                                   sources_from_results, status_text)
from itastats.criteria.project import KPI
from itastats.sample import sample_files, sample_project
from itastats.criteria.workflow import analyze_file

from helpers import comparison, metric, result


@pytest.fixture(scope="module")
def sample_results():
    """The 5.4.1 results of the sample files, through the real pipeline."""
    out = []
    for name, data in sample_files():
        analysis = analyze_file(data, name)
        assert analysis.error is None, name
        out += analysis.metrics
    return out


def by_key(sources):
    return {s.key: s for s in sources}


# --------------------------------------------------------------------------- sources
def test_three_sources_per_metric_in_order(sample_results):
    sources = sources_from_results(sample_results)
    names = [r.name for r in sample_results]
    assert len(sources) == 3 * len(set(names))
    assert [s.key for s in sources[:3]] == [f"541:{names[0]}:pct_reduction", f"541:{names[0]}:after",
                                            f"541:{names[0]}:change"]
    for s in sources:
        assert s.params["metric"] in names
        assert s.value is None or math.isfinite(s.value)
        assert s.label_key in CATALOG


def test_approval_time_reduction_is_minus_pct_change(sample_results):
    r = next(r for r in sample_results if r.name == "ระยะเวลาอนุมัติ")
    s = by_key(sources_from_results(sample_results))
    red = s["541:ระยะเวลาอนุมัติ:pct_reduction"]
    assert red.value == -r.pct_change
    assert red.value == pytest.approx((211 - 69) / 211 * 100)          # 7.54 → 2.46 days: 67.30 %
    assert red.unit == "%"
    after = s["541:ระยะเวลาอนุมัติ:after"]
    assert after.value == pytest.approx(69 / 28) and after.unit == "วัน"
    change = s["541:ระยะเวลาอนุมัติ:change"]
    assert change.value == pytest.approx((69 - 211) / 28) and change.unit == "วัน"
    assert source_label(red, "th") == "ร้อยละที่ลดลงของระยะเวลาอนุมัติ (5.4.1)"
    assert source_label(red.key, "en") == "% reduction in ระยะเวลาอนุมัติ (5.4.1)"


def test_aggregate_metric_sources(sample_results):
    s = by_key(sources_from_results(sample_results))
    assert s["541:กระดาษที่ใช้ต่อเดือน:after"].value == 2500
    assert s["541:กระดาษที่ใช้ต่อเดือน:change"].value == -9500
    assert s["541:กระดาษที่ใช้ต่อเดือน:pct_reduction"].value == pytest.approx(9500 / 12000 * 100)


def test_an_increase_is_a_negative_reduction_and_zero_is_not_minus_zero():
    up = result(metric("x", before=(10.0,), after=(12.0,), design="aggregate"), None)
    same = result(metric("y", before=(10.0,), after=(10.0,), design="aggregate"), None)
    s = by_key(sources_from_results([up, same]))
    assert s["541:x:pct_reduction"].value == pytest.approx(-20.0)
    zero = s["541:y:pct_reduction"].value
    assert zero == 0 and math.copysign(1, zero) == 1


def test_no_pct_from_a_zero_before_value():
    from itastats.stats.analysis import analyze_metric
    r = analyze_metric(metric("z", before=(0.0,), after=(3.0,), design="aggregate"))
    assert r.pct_change is None
    s = by_key(sources_from_results([r]))
    assert s["541:z:pct_reduction"].value is None
    assert s["541:z:after"].value == 3.0
    st = evaluate([KPI("k", ">=", 10, "%", "541:z:pct_reduction")], list(s.values()))[0]
    assert st.measured is None and st.achieved is None and st.error == "kpi.error.not_computable"


def test_non_finite_values_never_get_through():
    assert Source("k", "kpi.source.manual", {}, float("nan")).value is None
    assert Source("k", "kpi.source.manual", {}, float("inf")).value is None
    c = comparison()
    r = result(metric(), c)
    r = type(r)(r.metric, c, float("nan"), float("inf"), None, float("nan"))
    assert all(s.value is None for s in sources_from_results([r]))


def test_duplicate_metric_name_keeps_the_first():
    a = result(metric("x", before=(10.0,), after=(5.0,), design="aggregate"), None)
    b = result(metric("x", before=(10.0,), after=(9.0,), design="aggregate"), None)
    s = sources_from_results([a, b])
    assert len(s) == 3 and by_key(s)["541:x:after"].value == 5.0


def test_merge_sources_later_wins_order_of_first_appearance():
    a1, b, a2 = Source("a", "kpi.source.manual", {}, 1), Source("b", "kpi.source.manual", {}, 2), \
        Source("a", "kpi.source.manual", {}, 3)
    merged = merge_sources([a1, b], [a2])
    assert [s.key for s in merged] == ["a", "b"] and merged[0].value == 3


def test_bad_inputs():
    with pytest.raises(TypeError):
        sources_from_results(["not a result"])
    with pytest.raises(ValueError):
        source_key("x", "median")
    with pytest.raises(ValueError):
        Source("", "kpi.source.manual")
    with pytest.raises(TypeError):
        evaluate(["k"], [])


# --------------------------------------------------------------------------- evaluate
SRC = [Source("541:t:pct_reduction", "kpi.source.541.pct_reduction", {"metric": "t"}, 67.3, "%"),
       Source("541:t:after", "kpi.source.541.after", {"metric": "t"}, 14.31, "นาที")]


@pytest.mark.parametrize("op, target, source, achieved", [
    (">=", 50, "541:t:pct_reduction", True),
    (">=", 67.3, "541:t:pct_reduction", True),          # equal counts as achieved
    (">=", 70, "541:t:pct_reduction", False),
    ("<=", 15, "541:t:after", True),
    ("<=", 14.31, "541:t:after", True),
    ("<=", 12, "541:t:after", False),
])
def test_both_ops(op, target, source, achieved):
    st = evaluate([KPI("k", op, target, "", source)], SRC)[0]
    assert st.achieved is achieved and st.error is None
    assert st.source.key == source and st.measured == {s.key: s.value for s in SRC}[source]
    assert st.state == ("achieved" if achieved else "not_achieved")


def test_manual_kpi():
    st, empty = evaluate([KPI("พึงพอใจ", ">=", 80, "%", "manual", 86.4), KPI("พึงพอใจ", ">=", 80, "%")])
    assert st.measured == 86.4 and st.achieved is True and st.source.key == "manual"
    assert st.unit == "%"
    assert empty.measured is None and empty.achieved is None and empty.error == "kpi.error.no_manual_value"


def test_missing_541_source_says_upload_the_data():
    st = evaluate([KPI("ลดเวลา", ">=", 50, "%", "541:ระยะเวลาอนุมัติ:pct_reduction")], [])[0]
    assert (st.measured, st.achieved, st.source) == (None, None, None)
    assert st.error == "kpi.error.no_data_541" and st.params["metric"] == "ระยะเวลาอนุมัติ"
    assert st.state == "no_data"
    text = status_text(st, "th")
    assert "ระยะเวลาอนุมัติ" in text and "5.4.1" in text and "อัปโหลด" in text
    assert "upload" in status_text(st, "en")


@pytest.mark.parametrize("source, error", [
    ("survey:satisfaction_pct", "kpi.error.no_data_survey"),
    ("attendance:participation_rate", "kpi.error.no_data_attendance"),
    ("something:else", "kpi.error.no_data"),
])
def test_sources_of_later_pages_not_yet_there(source, error):
    st = evaluate([KPI("k", ">=", 80, "%", source)], SRC)[0]
    assert st.measured is None and st.achieved is None and st.error == error
    assert error in CATALOG and status_text(st, "en") != error


def test_no_target_gives_the_value_but_no_verdict():
    st = evaluate([KPI("k", ">=", None, "", "541:t:after")], SRC)[0]
    assert st.measured == 14.31 and st.achieved is None and st.error == "kpi.error.no_target"


def test_sources_as_a_mapping():
    st = evaluate([KPI("k", ">=", 50, "%", "541:t:pct_reduction")], {s.key: s for s in SRC})[0]
    assert st.achieved is True


def test_status_text():
    ok, no = evaluate([KPI("a", ">=", 50, "%", "manual", 60), KPI("b", ">=", 50, "%", "manual", 40)])
    assert status_text(ok, "th") == "บรรลุเป้าหมาย" and status_text(no, "en") == "Not yet achieved"


def test_sample_project_kpis_against_the_sample_results(sample_results):
    from itastats.criteria import attendance, learning, survey
    from itastats.criteria.kpi import merge_sources, sources_from_survey
    from itastats import sample
    [(name, data)] = sample.sample_survey_files()
    survey_sources = sources_from_survey(survey.analyze_file(data, name))
    att = attendance.analyze_files(sample.sample_attendance_files(), headcount=sample.sample_staff_files())
    lrn = learning.analyze_learning([learning.read_scores(d, n) for n, d in sample.sample_learning_files()])
    statuses = evaluate(sample_project().kpis, merge_sources(sources_from_results(sample_results), survey_sources,
                                                             attendance.sources(att), learning.sources(lrn)))
    got = {s.kpi.name: (round(s.measured, 2), s.achieved) for s in statuses}
    assert got == {
        "ระยะเวลาอนุมัติเอกสารลดลง": (67.30, True),
        "ค่าใช้จ่ายต่อเอกสารลดลง": (71.81, True),
        "ระยะเวลาให้บริการต่อเรื่องหลังดำเนินโครงการ": (14.31, False),   # a stretch target of ≤ 12 minutes
        "ความพึงพอใจของผู้รับบริการ": (85.66, True),   # 62 answers, x̄ 4.2832 / 5 × 100 (make_sample.py facts)
        "ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม": (82.93, True),   # 68 staff of 82 (make_sample.py facts)
        "คะแนนเฉลี่ยหลังอบรมเพิ่มขึ้น": (30.77, True),        # (493 − 377) / 377 × 100 over 32 pairs
    }
    # before any page has data, no KPI is judged
    statuses = evaluate(sample_project().kpis, [])
    assert [s.achieved for s in statuses] == [None] * 6
    assert all(isinstance(s, KPIStatus) for s in statuses)


def test_message_keys_used_exist():
    import pathlib
    import re
    src = pathlib.Path(kpi.__file__).read_text(encoding="utf-8")
    keys = {k for k in re.findall(r'"(kpi\.[a-z_.0-9]+)"', src) if not k.endswith(".")}
    assert keys and not [k for k in keys if k not in CATALOG]
    assert t("kpi.source.541.after", "th", metric="x") != "kpi.source.541.after"


def test_survey_sources_feed_a_satisfaction_kpi():
    from itastats.criteria.kpi import SURVEY_PCT, evaluate, sources_from_survey
    from itastats.criteria.project import KPI
    from itastats.criteria.survey import Alpha, Overall, SurveyResult
    result = SurveyResult(respondents=40, scale=5, criteria="best", items=(), dimensions=(),
                          overall=Overall(n=40, mean=4.32, sd=0.5, level=5, pct=4.32 / 5 * 100),
                          alpha=Alpha(0.9, 40, 10))
    [status] = evaluate([KPI("ความพึงพอใจ", ">=", 80, "%", SURVEY_PCT)], sources_from_survey(result))
    assert status.measured == pytest.approx(86.4) and status.achieved is True
    assert sources_from_survey(None) == []
