"""Charts and infographics of attendance (5.3.2), learning (5.3.2), activities
(5.3.1) and communication (5.2.1).

Results are built directly from the contract dataclasses (the analyses are
tested on their own); the learning result's statistics come from
:func:`itastats.stats.analysis.analyze_metric` on R's ``sleep`` data and are held
to R's own output.  The PNG tests need Chromium and are skipped, saying
why, when none is found.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from itastats.render import attendance_figures as af, attendance_infographic as ai, export, theme
from itastats.stats.analysis import analyze_metric
from itastats.criteria.attendance import UNKNOWN_UNIT, ZOOM, AttendanceFile, AttendanceResult, Session, UnitRow
from itastats.render.export import png_size
from itastats.render.figures import FigureError
from itastats.read.layouts import PAIRED, MetricData
from itastats.criteria.learning import LearningResult
from itastats.criteria.project import LogEntry, ProjectInfo

HAVE_BROWSER = export.browser_path() is not None
needs_browser = pytest.mark.skipif(not HAVE_BROWSER, reason="no Chromium/Chrome found (set BROWSER_PATH)")

PROJECT = ProjectInfo(name="โครงการพัฒนาระบบสารบรรณอิเล็กทรอนิกส์และลายมือชื่อดิจิทัล (e-Sign)",
                      agency="กรมส่งเสริมการปกครองท้องถิ่น", unit="สำนักงานเลขานุการกรม",
                      start=dt.date(2025, 10, 1), end=dt.date(2026, 9, 30))
MADE_ON = dt.date(2026, 11, 24)

# unit, headcount, attendees
UNITS = [
    ("สำนักงานเลขานุการกรม", 48, 44),
    ("กองคลัง", 36, 31),
    ("กองการเจ้าหน้าที่", 30, 22),
    ("กองแผนงาน", 22, 20),
    ("กลุ่มตรวจสอบภายใน", 8, 8),
    ("กลุ่มพัฒนาระบบบริหาร", 9, 6),
    ("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", 25, 24),
    ("กองกฎหมาย", 18, 9),
    ("กองพัสดุและทรัพย์สิน", 21, 15),
    ("กลุ่มงานคุ้มครองจริยธรรม", 6, 5),
    ("สำนักส่งเสริมการพัฒนาเศรษฐกิจฐานราก", 40, 23),
    ("กองยุทธศาสตร์และแผนงาน", 27, 25),
]
SESSIONS = [
    ("อบรมการใช้ระบบ e-Sign รุ่นที่ 1", dt.date(2026, 1, 15), 64, None),
    ("อบรมการใช้ระบบ e-Sign รุ่นที่ 2", dt.date(2026, 1, 22), 58, None),
    ("ประชุมชี้แจงแนวทางการประเมิน ITA", dt.date(2026, 2, 5), 120, 7260.0),
    ("อบรมการใช้ระบบ e-Sign รุ่นที่ 3 (ออนไลน์)", dt.date(2026, 2, 19), 41, 3690.0),
    ("สัมมนาเชิงปฏิบัติการ การลดขั้นตอนการอนุมัติเอกสาร", dt.date(2026, 3, 12), 73, None),
    ("ทบทวนการใช้งานระบบสารบรรณอิเล็กทรอนิกส์", dt.date(2026, 3, 26), 35, None),
]


def attendance_result(units=UNITS, *, headcount: bool = True, extra: bool = True,
                      sessions=SESSIONS) -> AttendanceResult:
    rows = []
    for name, hc, n in units:
        rows.append(UnitRow(unit=name, attendees=n, headcount=hc if headcount else None,
                            rate=n / hc * 100 if headcount else None, counted=n if headcount else None))
    if extra:
        rows.append(UnitRow(unit="ผู้สังเกตการณ์จากสำนักงาน ป.ป.ช.", attendees=4, headcount=None, rate=None))
        rows.append(UnitRow(unit=UNKNOWN_UNIT, attendees=3, headcount=None, rate=None))
    in_hc = sum(n for _, _, n in units) if headcount else 0
    total_hc = sum(hc for _, hc, _ in units) if headcount else None
    attendees = sum(r.attendees for r in rows)
    sess = tuple(Session(name=nm, date=d, attendees=n, minutes=m, files=(f"{i}.xlsx",))
                 for i, (nm, d, n, m) in enumerate(sessions))
    online = [s.minutes for s in sess if s.minutes is not None]
    people = pd.DataFrame({"key": [], "name": [], "email": [], "unit": [], "sessions": [], "minutes": []})
    return AttendanceResult(
        files=(AttendanceFile(file="zoom.csv", kind=ZOOM, sheet=None, records=120, session=None, date=None),),
        records=420, attendees=attendees, sessions=sess, by_unit=tuple(rows),
        rate=in_hc / total_hc * 100 if total_hc else None, headcount_total=total_hc,
        attendees_in_headcount=in_hc, merges=(), split=(),
        online_minutes=sum(online) if online else None, online_attendees=161 if online else 0, people=people,
        unknown_unit=3 if extra else 0, staff_counted=in_hc, outside_units=4 if extra else 0)


# R's sleep data (extra sleep, group 1 and group 2: one element per person)
SLEEP_BEFORE = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_AFTER = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]


def learning_result(before=SLEEP_BEFORE, after=SLEEP_AFTER, *, max_score=None, threshold=None,
                    name="คะแนนทดสอบ", unit="คะแนน", missing_pre=(), missing_post=()) -> LearningResult:
    b, a = np.asarray(before, float), np.asarray(after, float)
    n = len(b)
    m = MetricData(name=name, file="pretest.xlsx", sheet="คะแนน", unit=unit, design=PAIRED, before=b, after=a,
                   rows_before=np.arange(2, 2 + n), rows_after=np.arange(2, 2 + n),
                   case_ids=tuple(f"ผู้เข้าอบรม {i + 1}" for i in range(n)),
                   before_column="ก่อนอบรม", after_column="หลังอบรม")
    r = analyze_metric(m)
    ok = np.isfinite(b) & np.isfinite(a)
    mb, ma = (float(b[ok].mean()), float(a[ok].mean())) if ok.any() else (None, None)
    ng = (ma - mb) / (max_score - mb) if max_score and ok.any() else None
    pp = float((b[ok] >= threshold).mean() * 100) if threshold is not None else None
    pa = float((a[ok] >= threshold).mean() * 100) if threshold is not None else None
    return LearningResult(metric=r, n_pre=n + len(missing_post), n_post=n + len(missing_pre),
                          n_paired=int(ok.sum()), missing_pre=tuple(missing_pre), missing_post=tuple(missing_post),
                          max_score=max_score, mean_pre=mb, mean_post=ma,
                          mean_gain=ma - mb if ok.any() else None, normalized_gain=ng,
                          threshold=threshold, passed_pre_pct=pp, passed_post_pct=pa)


def realistic_learning(n: int = 28, seed: int = 5) -> LearningResult:
    rng = np.random.default_rng(seed)
    pre = np.clip(np.round(rng.normal(11.2, 2.6, n)), 3, 20)
    post = np.clip(np.round(pre + rng.normal(4.4, 1.9, n)), 0, 20)
    return learning_result(pre, post, max_score=20, threshold=12, name="คะแนนแบบทดสอบความรู้",
                           missing_pre=("นางสาวสมหญิง ใจดี",), missing_post=("นายสมชาย รักงาน", "นายวิทยา แสงทอง"))


ACTIVITIES = [
    LogEntry(date=dt.date(2026, 1, 15), title="อบรมการใช้ระบบ e-Sign รุ่นที่ 1", channel="ห้องประชุมชั้น 3",
             people=64, description="บรรยายและฝึกปฏิบัติ", photos=("a1.jpg", "a1b.jpg")),
    LogEntry(date=dt.date(2026, 1, 22), title="อบรมการใช้ระบบ e-Sign รุ่นที่ 2", channel="ห้องประชุมชั้น 3",
             people=58, photos=("a2.jpg",)),
    LogEntry(date=dt.date(2026, 2, 5), title="ประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569",
             channel="หอประชุมใหญ่", people=120, photos=("a3.jpg",)),
    LogEntry(date=dt.date(2026, 2, 19), title="อบรมการใช้ระบบ e-Sign รุ่นที่ 3 (ออนไลน์)", channel="Zoom",
             people=41),
    LogEntry(date=dt.date(2026, 3, 12), title="สัมมนาเชิงปฏิบัติการ การลดขั้นตอนการอนุมัติเอกสาร",
             channel="โรงแรมริชมอนด์ นนทบุรี", people=73, photos=("a4.jpg",)),
    LogEntry(date=dt.date(2026, 3, 26), title="ทบทวนการใช้งานระบบสารบรรณอิเล็กทรอนิกส์", channel="ห้องประชุม 2",
             people=None),
    LogEntry(date=dt.date(2026, 4, 9), title="จัดนิทรรศการ \"องค์กรโปร่งใส ไร้กระดาษ\"", channel="โถงอาคาร 1",
             people=210),
]

COMMUNICATIONS = [
    LogEntry(date=dt.date(2025, 11, 3), title="แจ้งเวียนหนังสือ ที่ สถ 0801/ว 1234 เรื่องการใช้ระบบ e-Sign",
             channel="หนังสือเวียน", people=400),
    LogEntry(date=dt.date(2025, 11, 10), title="ประชุมหัวหน้าส่วนราชการประจำเดือน", channel="ที่ประชุม", people=35),
    LogEntry(date=dt.date(2025, 11, 12), title="ประชาสัมพันธ์คู่มือการใช้งาน", channel="กลุ่ม LINE", people=312),
    LogEntry(date=dt.date(2025, 12, 1), title="ข่าวประชาสัมพันธ์บนเว็บไซต์กรม", channel="เว็บไซต์", people=None),
    LogEntry(date=dt.date(2025, 12, 8), title="ประชุมประจำเดือนธันวาคม", channel="ที่ประชุม", people=37),
    LogEntry(date=dt.date(2026, 1, 6), title="ส่งอีเมลแจ้งกำหนดการอบรม", channel="อีเมล", people=380),
    LogEntry(date=dt.date(2026, 1, 13), title="แจ้งเตือนการอบรมรุ่นที่ 1", channel="กลุ่ม LINE", people=318),
    LogEntry(date=dt.date(2026, 2, 2), title="ประชุมชี้แจงแนวทางการประเมิน ITA", channel="ที่ประชุม", people=120),
    LogEntry(date=dt.date(2026, 2, 20), title="สรุปผลการอบรมและคำถามที่พบบ่อย", channel="กลุ่ม LINE", people=320),
    LogEntry(date=dt.date(2026, 3, 2), title="บทความ \"ลดกระดาษ ลดขั้นตอน\" ในจดหมายข่าว", channel="จดหมายข่าว",
             people=450),
]


def photo(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A simple scene (sky, floor, a screen and people) as JPEG bytes."""
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (width, height), colour)
    d = ImageDraw.Draw(im)
    d.rectangle([0, int(height * 0.62), width, height], fill=(120, 98, 80))
    d.rectangle([int(width * 0.25), int(height * 0.12), int(width * 0.75), int(height * 0.45)], fill=(245, 245, 240),
                outline=(40, 40, 40), width=max(2, width // 200))
    for i in range(7):
        cx = int(width * (0.1 + i * 0.13))
        d.ellipse([cx - width // 40, int(height * 0.55), cx + width // 40, int(height * 0.55) + width // 20],
                  fill=(60, 50, 45))
        d.rectangle([cx - width // 28, int(height * 0.6), cx + width // 28, int(height * 0.8)], fill=(30, 70, 130))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def photos() -> dict[str, bytes]:
    return {"a1.jpg": photo(1600, 1200, (150, 190, 220)),      # 4:3
            "a2.jpg": photo(1600, 900, (200, 170, 120)),       # 16:9
            "a3.jpg": photo(900, 1600, (170, 210, 170)),       # portrait 9:16
            "a4.jpg": photo(1200, 1200, (210, 160, 190)),      # square
            "a1b.jpg": photo(800, 600, (100, 100, 100))}


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", (text or "").replace("<br>", " "))).replace("\u00a0", " ")


def _flat(fig: go.Figure) -> str:
    return " ".join(_plain(a.text) for a in fig.layout.annotations)


# ---------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------

def test_units_bar_rates_labels_and_target():
    r = attendance_result()
    fig = af.units_bar(r, target=80, lang="th")
    assert isinstance(fig.layout.template, go.layout.Template)
    assert fig.layout.template.layout.font.family == theme.FONT_FAMILY
    bar = fig.data[0]
    assert len(fig.data) == 1 and len(bar.x) == len(UNITS)          # the two units without headcount left out
    rates = list(bar.x)
    assert rates == sorted(rates, reverse=True)
    expected = sorted(((n / hc * 100, u, n, hc) for u, hc, n in UNITS), key=lambda x: -x[0])
    assert rates == pytest.approx([e[0] for e in expected])
    assert bar.text[0] == "8/8 (100.00%)"                           # กลุ่มตรวจสอบภายใน
    labels = [_plain(x) for x in fig.layout.yaxis.ticktext]
    assert labels[0] == "กลุ่มตรวจสอบภายใน"
    assert "กองกฎหมาย" in labels[-1] and bar.text[-1] == "9/18 (50.00%)"
    # colour follows the target, the label says it too
    below = [c for c, v in zip(bar.marker.color, rates) if v < 80]
    assert below and set(below) == {theme.PALETTE["worse"]}
    assert {c for c, v in zip(bar.marker.color, rates) if v >= 80} == {theme.PALETTE["after"]}
    line = [s for s in fig.layout.shapes if s.name == "target"][0]
    assert line.x0 == line.x1 == 80
    flat = _flat(fig)
    assert "เป้าหมาย 80%" in flat
    # a unit outside the headcount (4 people) and the people without a unit (3) are named apart
    assert "ไม่แสดง 1 หน่วยงานที่ไม่มีจำนวนบุคลากร (ผู้เข้าร่วม 4 คน)" in flat
    assert "ยังไม่ทราบหน่วยงาน 3 คน (Zoom/Teams: ไม่นับในร้อยละ)" in flat
    # the axis leaves room for the longest label after a full bar
    assert fig.layout.xaxis.range[1] > 100


def test_units_bar_without_headcount_shows_counts():
    r = attendance_result(headcount=False)
    fig = af.units_bar(r, target=80, lang="en")
    bar = fig.data[0]
    assert len(bar.x) == len(UNITS) + 2 and list(bar.x)[0] == 44
    assert bar.text[0] == "44 people"
    assert "Unit not given" in [_plain(x) for x in fig.layout.yaxis.ticktext]
    assert not [s for s in fig.layout.shapes if s.name == "target"]
    assert "No headcount" in _flat(fig)


def test_sessions_chart_in_date_order_with_be_dates():
    r = attendance_result()
    fig = af.sessions_chart(r, lang="th")
    bar = fig.data[0]
    assert list(bar.y) == [s[2] for s in SESSIONS]
    assert [_plain(x) for x in bar.text] == ["64", "58", "120", "41", "73", "35"]
    ticks = [_plain(x) for x in fig.layout.xaxis.ticktext]
    assert ticks[0].startswith("15 ม.ค. 2569") and "e-Sign" in ticks[0]
    assert "121 ชั่วโมง" in bar.hovertext[2]                       # 7,260 minutes online = 121 h (fmt.smart)
    assert "อบรมการใช้ระบบ e-Sign รุ่นที่ 1" in bar.hovertext[0]
    en = af.sessions_chart(r, lang="en", size="slide")
    assert _plain(en.layout.xaxis.ticktext[0]).startswith("15 Jan 2026")


def test_sessions_chart_same_day_and_undated_stay_apart():
    r = attendance_result(sessions=[("รอบเช้า", dt.date(2026, 1, 5), 10, None),
                                    ("รอบบ่าย", dt.date(2026, 1, 5), 12, None),
                                    ("ไม่ทราบวัน", None, 3, None)])
    fig = af.sessions_chart(r)
    assert list(fig.data[0].x) == [0, 1, 2]
    ticks = [_plain(x) for x in fig.layout.xaxis.ticktext]
    assert ticks[2].startswith("ไม่ระบุวันที่")


def test_learning_chart_paired_lines_and_r_values():
    r = learning_result()
    fig = af.learning_chart(r, lang="th")
    lines = fig.data[0]
    assert lines.mode == "lines" and len([v for v in lines.y if v is not None]) == 20
    mean = [tr for tr in fig.data if tr.mode == "lines+markers"][0]
    assert list(mean.y) == pytest.approx([0.75, 2.33])              # mean(sleep$extra) by group, from R
    assert [_plain(x) for x in fig.layout.xaxis.ticktext] == ["ก่อนอบรม (Pre-test)", "หลังอบรม (Post-test)"]
    assert fig.data[1].marker.color == theme.PALETTE["before"] and fig.data[2].marker.color == theme.PALETTE["after"]


def test_learning_chart_many_people_box_and_threshold():
    rng = np.random.default_rng(3)
    pre = np.round(rng.uniform(5, 15, 60))
    post = np.clip(pre + np.round(rng.uniform(0, 6, 60)), 0, 20)
    r = learning_result(pre, post, max_score=20, threshold=12)
    fig = af.learning_chart(r, lang="en")
    assert [type(tr).__name__ for tr in fig.data] == ["Box", "Box"]
    assert len(fig.data[0].y) == 60
    assert fig.layout.yaxis.range[1] == pytest.approx(20 * 1.04)
    assert "Pass mark 12" in _flat(fig)
    assert [s for s in fig.layout.shapes if s.name == "threshold"][0].y0 == 12


def test_learning_chart_errors():
    with pytest.raises(FigureError) as e:
        af.learning_chart(attendance_result())
    assert e.value.key == "att_fig.error.not_learning"
    nan = float("nan")
    with pytest.raises(FigureError) as e:
        af.learning_chart(learning_result([nan, 1.0, nan], [2.0, nan, nan]))
    assert e.value.key == "att_fig.error.no_pairs"


@pytest.fixture
def channels_as_typed(monkeypatch):
    """Channel labels as typed (the activities module's own labels are tested there)."""
    import sys
    import types
    fake = types.ModuleType("itastats.criteria.activities")
    fake.channel_label = lambda text, lang: text
    monkeypatch.setitem(sys.modules, "itastats.criteria.activities", fake)


def test_channels_bar_counts_and_reach(channels_as_typed):
    fig = af.channels_bar(COMMUNICATIONS, lang="th")
    count, reach = fig.data
    labels = [_plain(x) for x in fig.layout.yaxis.ticktext]
    rows = dict(zip(labels, zip(count.x, reach.x)))
    assert rows["ที่ประชุม"] == (3, 192) and rows["กลุ่ม LINE"] == (3, 950)
    assert rows["เว็บไซต์"] == (1, 0)
    assert labels[:2] == ["กลุ่ม LINE", "ที่ประชุม"]                 # most used first, larger audience first
    assert reach.text[labels.index("เว็บไซต์")] == "—"
    assert "1 รายการไม่ระบุจำนวนผู้รับสาร" in _flat(fig)
    assert count.xaxis == "x" and reach.xaxis == "x2"


def test_channel_label_used_when_available(monkeypatch):
    import sys
    import types
    fake = types.ModuleType("itastats.criteria.activities")
    fake.channel_label = lambda text, lang: "LINE" if "line" in text.casefold() else text
    monkeypatch.setitem(sys.modules, "itastats.criteria.activities", fake)
    entries = [LogEntry(title="a", channel="กลุ่ม LINE"), LogEntry(title="b", channel="line"),
               LogEntry(title="c", channel="")]
    rows = af.channel_rows(entries, "th")
    assert rows == [("LINE", 2, 0, 2), ("ไม่ระบุช่องทาง", 1, 0, 1)]


def test_user_text_is_escaped():
    units = [("<b>กองคลัง</b> & <script>x</script>", 10, 5)]
    r = attendance_result(units, sessions=[("<i>รอบ</i>", dt.date(2026, 1, 1), 5, None)])
    for fig in (af.units_bar(r), af.sessions_chart(r)):
        raw = " ".join(str(x) for x in (fig.layout.yaxis.ticktext or ()) + (fig.layout.xaxis.ticktext or ()))
        raw += " ".join(str(x) for x in fig.data[0].hovertext)
        assert "<script>" not in raw and "<i>" not in raw and "<b>กองคลัง" not in raw
    evil = ProjectInfo(name="<script>alert(1)</script>", agency="x")
    entries = [LogEntry(date=dt.date(2026, 1, 1), title="<img src=x>", channel="<b>LINE</b>", people=3)]
    for fig in (ai.infographic_521(entries, evil, size="square"), ai.infographic_531(entries, {}, evil)):
        raw = "\n".join(a.text for a in fig.layout.annotations)
        assert "<script>" not in raw and "<img" not in raw and "&lt;script&gt;" in raw


def test_chart_validation():
    with pytest.raises(FigureError) as e:
        af.units_bar("x")
    assert e.value.key == "att_fig.error.not_attendance"
    with pytest.raises(FigureError) as e:
        af.units_bar(attendance_result(), target=120)
    assert e.value.key == "att_fig.error.bad_target"
    with pytest.raises(FigureError) as e:
        af.units_bar(attendance_result([], extra=False))
    assert e.value.key == "att_fig.error.no_units"
    with pytest.raises(FigureError) as e:
        af.sessions_chart(attendance_result(sessions=[]))
    assert e.value.key == "att_fig.error.no_sessions"
    with pytest.raises(FigureError) as e:
        af.channels_bar([])
    assert e.value.key == "att_fig.error.no_entries"
    with pytest.raises(FigureError) as e:
        af.channels_bar(["x"])
    assert e.value.key == "att_fig.error.not_entries"
    with pytest.raises(FigureError):
        af.units_bar(attendance_result(), lang="fr")
    with pytest.raises(FigureError):
        af.units_bar(attendance_result(), size="poster")


def test_message_keys_in_both_languages():
    from itastats.i18n.catalog import t
    from itastats.i18n.messages import attendance_figures as m
    for key, texts in m.MESSAGES.items():
        assert key.startswith("att_fig."), key
        assert texts.get("th") and (texts.get("en") is not None), key
    assert t("att_fig.info.532.title", "th") == "การมีส่วนร่วมของบุคลากร"


# ---------------------------------------------------------------------------
# Infographics
# ---------------------------------------------------------------------------

SIZES = ["a4", "slide", "square"]


def _all_figs(size: str, lang: str) -> dict[str, go.Figure]:
    kw = dict(size=size, lang=lang, made_on=MADE_ON)
    return {
        "532": ai.infographic_532(attendance_result(), PROJECT, kpi_target=80, **kw),
        "532_learning": ai.infographic_532_learning(realistic_learning(), PROJECT, **kw),
        "531": ai.infographic_531(ACTIVITIES, photos(), PROJECT, **kw),
        "521": ai.infographic_521(COMMUNICATIONS, PROJECT, **kw),
    }


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["th", "en"])
def test_infographic_sizes_header_footer(size, lang):
    for name, fig in _all_figs(size, lang).items():
        assert (fig.layout.width, fig.layout.height) == ai.SIZES_PX[size], name
        assert isinstance(fig.layout.template, go.layout.Template)
        flat = _flat(fig)
        if lang == "th":
            assert "จัดทำเมื่อ 24 พ.ย. 2569" in flat and "1 ต.ค. 2568 – 30 ก.ย. 2569" in flat, name
        else:
            assert "B.E. 2568" in flat and "Made on 24 Nov 2026" in flat, name
        assert "5.4.1" not in flat, name


LONG_PROJECT = ProjectInfo(
    name=("โครงการพัฒนาระบบสารสนเทศเพื่อการบริหารจัดการเอกสารอิเล็กทรอนิกส์และลดการใช้กระดาษ"
          "ของสำนักงานปลัดกระทรวงตัวอย่างประจำปีงบประมาณ พ.ศ. 2569 ระยะที่สองต่อเนื่อง"),
    agency="สำนักงานส่งเสริมการพัฒนาระบบบริหารราชการและนวัตกรรมองค์กรภาครัฐส่วนภูมิภาค",
    unit="กลุ่มงานพัฒนาระบบบริหารและเทคโนโลยีสารสนเทศเพื่อการบริการประชาชน",
    start=dt.date(2025, 10, 1), end=dt.date(2026, 9, 30))
LONG_LOG = [LogEntry(date=dt.date(2026, 1, 1) + dt.timedelta(days=9 * i),
                     title=f"กิจกรรมที่ {i + 1} การประชุมเชิงปฏิบัติการเพื่อพัฒนาระบบงานและถ่ายทอดความรู้"
                           f"แก่บุคลากรทุกระดับของหน่วยงานในสังกัดทั้งส่วนกลางและส่วนภูมิภาค",
                     channel=["ห้องประชุมใหญ่ชั้น 5 อาคารอำนวยการ", "กลุ่ม LINE", "อีเมล", "หนังสือเวียน",
                              "Zoom", "เว็บไซต์", "ป้ายประชาสัมพันธ์หน้าอาคาร"][i % 7],
                     people=1000 + 37 * i, photos=("a1.jpg",) if i < 4 else ()) for i in range(25)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["th", "en"])
def test_infographic_text_stays_inside_and_apart(size, lang):
    """Every text box on the page and none over another, with the sample-like
    logs and with long names, 25 entries and 7 channels."""
    from layout_checks import assert_dates_whole, assert_inside_and_apart, boxes, overlap, plot_boxes
    figs = dict(_all_figs(size, lang))
    kw = dict(size=size, lang=lang, made_on=MADE_ON, footer_note="ข้อมูลต้นทาง 0123456789ab")
    figs["531_long"] = ai.infographic_531(LONG_LOG, photos(), LONG_PROJECT, **kw)
    figs["521_long"] = ai.infographic_521(LONG_LOG, LONG_PROJECT, **kw)
    for name, fig in figs.items():
        assert_inside_and_apart(fig)
        assert_dates_whole(fig)
        for axis, plot in plot_boxes(fig):          # no plot area under a text block of the page
            for n, box, text in boxes(fig, ("title", "project", "agency", "card_name", "card_value", "card_sub",
                                             "list_text", "list_date", "footer", "chart_note", "sentence")):
                assert not overlap(plot, box), (name, axis, n, text)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_slide_text_is_24px_or_more(lang):
    """Read from the back of a meeting room: nothing on the 16:9 slide of the
    5.2.1 and 5.3.1 infographics (and the learning one) under 24 px."""
    from layout_checks import smallest_text
    figs = _all_figs("slide", lang)
    kw = dict(size="slide", lang=lang, made_on=MADE_ON)
    figs["531_long"] = ai.infographic_531(LONG_LOG, photos(), LONG_PROJECT, **kw)
    figs["521_long"] = ai.infographic_521(LONG_LOG, LONG_PROJECT, **kw)
    for name in ("521", "531", "532_learning", "531_long", "521_long"):
        where, px = smallest_text(figs[name])
        assert px >= 24, (name, where, px)


def test_infographic_532_content():
    r = attendance_result()
    fig = ai.infographic_532(r, PROJECT, kpi_target=80, size="a4", made_on=MADE_ON)
    flat = _flat(fig)
    rate = sum(n for *_, n in UNITS) / sum(hc for _, hc, _ in UNITS) * 100      # 232/290 = 80.00 %
    assert f"{rate:.2f}%" == "80.00%" and "80.00%" in flat and "(232/290 คน)" in flat
    assert "ไม่แสดง 1 หน่วยงานที่ไม่มีจำนวนบุคลากร" in flat and "อันดับต้นและท้าย" not in flat     # all 12 fit
    assert "ยังไม่ทราบหน่วยงาน 3 คน (Zoom/Teams: ไม่นับในร้อยละ)" in flat
    assert "✓ บรรลุเป้าหมาย ≥ 80%" in flat and "ITA เกณฑ์ 5.3.2" in flat and "การมีส่วนร่วมของบุคลากร" in flat
    assert "239" in flat and "รอบ" in flat and "182.5" in flat            # people, sessions, hours online
    assert len(fig.data) == 2                                            # units, sessions
    assert fig.data[1].xaxis == "x2" and list(fig.data[1].y) == [s[2] for s in SESSIONS]
    high = ai.infographic_532(r, PROJECT, kpi_target=85, size="slide")
    assert "✗ ยังไม่ถึงเป้าหมาย ≥ 85%" in _flat(high)
    square = ai.infographic_532(r, PROJECT, size="square")
    assert len(square.data) == 1                                         # no room for the sessions
    # no online durations: no hours card; no headcount: the count chart
    plain = attendance_result(headcount=False, sessions=[s[:3] + (None,) for s in SESSIONS])
    fig = ai.infographic_532(plain, PROJECT, kpi_target=80, size="a4", lang="en")
    flat = _flat(fig)
    assert "Time online" not in flat and "no headcount given" in flat and "Attendees by unit" in flat


def test_infographic_532_many_units_keeps_ends_with_a_note():
    units = [(f"กองงานที่ {i}", 20, 20 - i % 19) for i in range(60)]
    fig = ai.infographic_532(attendance_result(units), PROJECT, size="square")
    bar = fig.data[0]
    assert 2 <= len(bar.x) < 60
    assert "ไม่แสดง" in _flat(fig) and "หน่วยงาน" in _flat(fig)
    assert min(a.font.size for a in fig.layout.annotations if a.font.size) >= 14


def test_infographic_532_learning_content():
    r = learning_result()
    fig = ai.infographic_532_learning(r, PROJECT, size="a4", made_on=MADE_ON)
    flat = _flat(fig)
    # R: wilcox.test(after, before, paired = TRUE, exact = FALSE): V = 45, p-value = 0.009091
    assert "V = 45" in flat and "p = .009" in flat and "อย่างมีนัยสำคัญทางสถิติ" in flat
    assert "0.75 → 2.33" in flat and "+1.58" in flat                      # R: mean difference 1.58
    assert "ทดสอบแบบจับคู่จากผู้ที่มีคะแนนทั้งก่อนและหลังอบรม 10 คน" in flat
    assert "ต้องระบุคะแนนเต็ม" in flat and "ไม่ได้กำหนดเกณฑ์ผ่าน" in flat
    real = realistic_learning()
    fig = ai.infographic_532_learning(real, PROJECT, size="slide", lang="en")
    flat = _flat(fig)
    assert "3 people left out of the test (1 without a pre-test, 2 without a post-test)" in flat
    assert "Pass mark 12" in flat and "out of 20" in flat
    assert f"{real.passed_pre_pct:.0f}% → {real.passed_post_pct:.0f}%" in flat


def test_infographic_531_photos_and_list():
    pics = photos()
    fig = ai.infographic_531(ACTIVITIES, pics, PROJECT, size="a4", made_on=MADE_ON)
    imgs = fig.layout.images
    assert len(imgs) == 4
    assert all(i.source.startswith("data:image/jpeg;base64,") and i.sizing == "contain" for i in imgs)
    # the first photo of each activity, in date order
    picks = ai.photo_picks(ACTIVITIES, pics)
    assert [p[1] for p in picks] == ["a1.jpg", "a2.jpg", "a3.jpg", "a4.jpg"]
    # frames keep each photo's shape: portrait 9:16, 16:9...
    ratios = [i.sizex * fig.layout.width / (i.sizey * fig.layout.height) for i in imgs]
    assert ratios == pytest.approx([4 / 3, 16 / 9, 9 / 16, 1.0], rel=0.01)
    flat = _flat(fig)
    assert "ITA เกณฑ์ 5.3.1" in flat and "ม.ค.–เม.ย. 2569" in flat and "15 ม.ค. 2569 – 9 เม.ย. 2569" in flat
    assert "566" in flat and "ไม่ระบุจำนวน 1 กิจกรรม" in flat                # 64+58+120+41+73+210
    # people added up over activities are person-times, not people
    card = next(_plain(a.text) for a in fig.layout.annotations if a.name == "card_value" and "566" in a.text)
    assert card == "566 คน-ครั้ง"
    en = _flat(ai.infographic_531(ACTIVITIES, pics, PROJECT, size="a4", lang="en"))
    assert "566 person-times" in en and "566 people" not in en
    assert "อบรมการใช้ระบบ e-Sign รุ่นที่ 1" in flat and "15 ม.ค. 2569" in flat
    # missing and non-image photos are skipped; no photos at all gives the list alone
    fig = ai.infographic_531(ACTIVITIES, {"a1.jpg": b"not an image"}, PROJECT, size="square")
    assert not fig.layout.images
    assert "ทบทวนการใช้งานระบบสารบรรณอิเล็กทรอนิกส์" in _flat(fig)
    one = ai.infographic_531(ACTIVITIES[:1], {"a1.jpg": pics["a1.jpg"]}, PROJECT, size="slide")
    assert len(one.layout.images) == 1


def test_infographic_521_content():
    fig = ai.infographic_521(COMMUNICATIONS, PROJECT, size="a4", made_on=MADE_ON)
    flat = _flat(fig)
    assert "ITA เกณฑ์ 5.2.1" in flat and "2,372" in flat and "1 รายการไม่ระบุจำนวนผู้รับสาร" in flat
    assert "3 พ.ย. 2568" in flat                                          # the dated list, Buddhist era
    assert [tr.xaxis for tr in fig.data] == ["x", "x2"]
    channels = [c for c in fig.layout.annotations if c.name == "card_value"][2]
    assert _plain(channels.text).startswith("6")
    # the audiences of several communications added up are person-times ("คน-ครั้ง"), in the card and the chart
    reach = [c for c in fig.layout.annotations if c.name == "card_value"][1]
    assert _plain(reach.text) == "2,372 คน-ครั้ง"
    bars = fig.data[1]
    assert all(x.endswith("คน-ครั้ง") or x == "—" for x in bars.text)
    assert "ผู้รับสาร (คน-ครั้ง)" in _plain(fig.layout.xaxis2.title.text)
    en = ai.infographic_521(COMMUNICATIONS, PROJECT, size="slide", lang="en")
    assert "2,372 person-times" in _flat(en) and "2,372 people" not in _flat(en)


def test_infographic_validation():
    with pytest.raises(FigureError) as e:
        ai.infographic_532(attendance_result(), PROJECT, size="screen")
    assert e.value.key == "fig.error.bad_size"
    with pytest.raises(FigureError) as e:
        ai.infographic_532(attendance_result(), "project")
    assert e.value.key == "att_fig.error.not_project"
    with pytest.raises(FigureError) as e:
        ai.infographic_532(attendance_result(), PROJECT, kpi_target=-1)
    assert e.value.key == "att_fig.error.bad_target"
    with pytest.raises(FigureError) as e:
        ai.infographic_532(attendance_result([], extra=False, sessions=[]), PROJECT)
    assert e.value.key == "att_fig.error.no_units"
    with pytest.raises(FigureError) as e:
        ai.infographic_531([], {}, PROJECT)
    assert e.value.key == "att_fig.error.no_entries"
    with pytest.raises(FigureError) as e:
        ai.infographic_531(ACTIVITIES, ["a1.jpg"], PROJECT)
    assert e.value.key == "att_fig.error.not_photos"
    with pytest.raises(FigureError) as e:
        ai.infographic_521(COMMUNICATIONS, PROJECT, lang="de")
    assert e.value.key == "fig.error.bad_lang"
    with pytest.raises(FigureError) as e:
        ai.infographic_532_learning(attendance_result(), PROJECT)
    assert e.value.key == "att_fig.error.not_learning"


def test_edge_inputs_do_not_crash():
    """Odd but valid input gives a figure: one session, one unit, undated entries, no people numbers."""
    r = attendance_result(UNITS[:1], extra=False, sessions=SESSIONS[:1])
    for size in SIZES:
        ai.infographic_532(r, PROJECT, size=size)
    undated = [LogEntry(title="กิจกรรมไม่ระบุวัน"), LogEntry(title="ข", channel="กลุ่ม LINE")]
    for size in SIZES:
        ai.infographic_531(undated, {}, PROJECT, size=size)
        ai.infographic_521(undated, PROJECT, size=size)
    empty = ProjectInfo()
    ai.infographic_532_learning(learning_result(), empty, size="square")


# ---------------------------------------------------------------------------
# PNG export
# ---------------------------------------------------------------------------

@needs_browser
def test_every_infographic_png_has_declared_size():
    items, names = [], []
    for size in SIZES:
        for name, fig in _all_figs(size, "th").items():
            w, h = ai.SIZES_PX[size]
            items.append((fig, w, h))
            names.append((name, size))
    pngs = export.to_png_batch(items)
    from itastats.render.infographic import _GEOMETRY
    from layout_checks import ink_in_margins
    for (name, size), png, (fig, _, _) in zip(names, pngs, items):
        assert png_size(png) == ai.SIZES_PX[size], (name, size)
        assert len(png) > 20_000, (name, size)
        band = next(s for s in fig.layout.shapes if s.name == "stripe")
        top = round((1 - band.y0) * fig.layout.height) + 2
        # nothing drawn runs into the page's side margins below the header band
        assert ink_in_margins(png, _GEOMETRY[size].pad - 4, top) == 0, (name, size)


@needs_browser
def test_chart_png_export():
    items = [(af.units_bar(attendance_result(), target=80, size="slide"), 1920, 1080),
             (af.learning_chart(realistic_learning(), size="square"), 1080, 1080)]
    pngs = export.to_png_batch(items)
    assert [png_size(p) for p in pngs] == [(1920, 1080), (1080, 1080)]


def test_the_target_line_stops_at_a_label_it_would_run_through():
    r = attendance_result()
    fig = af.units_bar(r, target=80, lang="th")
    bar = fig.data[0]
    pieces = [(min(s.y0, s.y1), max(s.y0, s.y1)) for s in fig.layout.shapes if s.name == "target"]
    assert pieces and all(s.x0 == s.x1 == 80 for s in fig.layout.shapes if s.name == "target")

    def crossed(row):
        return any(lo < row < hi for lo, hi in pieces)
    rows = list(bar.y)
    # a bar ending at or just short of 80 %: its label starts before the line and runs past it
    just_short = [y for y, v in zip(rows, bar.x) if 70 <= v <= 80]
    assert just_short and not any(crossed(y) for y in just_short)
    # bars past the target (the line is under the bar) and short ones (label ends before it): the line goes on
    clear = [y for y, v in zip(rows, bar.x) if v > 80 or v < 40]
    assert clear and all(crossed(y) for y in clear)
