"""PNG export: one warm browser for a batch vs a browser per ``fig.to_image``.

``measure()`` renders 8 infographics (the three sizes, Thai and English) two
ways and returns the wall-clock seconds of each and the speed-up:

* ``png_batch_seconds``: :func:`itastats.render.export.to_png_batch` with a browser
  that is already running (the page keeps one warm; starting it is timed
  separately as ``png_cold_start_seconds``);
* ``png_separate_seconds``: 8 calls of ``fig.to_image(format="png")``, each of
  which starts and stops its own browser, as plotly does by default.

Target: ``png_batch_speedup`` >= 4.  Run ``python benchmarks/bench_png.py``
to print ``name: value`` lines (benchmarks/bench.py includes these).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from itastats.render import export, infographic  # noqa: E402
from itastats.stats.analysis import MetricResult  # noqa: E402
from itastats.read.layouts import MetricData  # noqa: E402
from itastats.criteria.project import ProjectInfo  # noqa: E402

N = 8


def _results() -> list[MetricResult]:
    rng = np.random.default_rng(5)
    b = np.round(rng.normal(7.54, 1.6, 28), 2)
    a = np.round(rng.normal(2.48, 0.8, 28), 2)
    paired = MetricData(name="ระยะเวลาอนุมัติเอกสาร", file="bench.xlsx", sheet="อนุมัติ", unit="วัน",
                        design="paired", before=b, after=a, rows_before=np.arange(2, 30),
                        rows_after=np.arange(2, 30), lower_is_better=True)
    mb, ma = float(b.mean()), float(a.mean())
    out = [MetricResult(metric=paired, comparison=None, before_value=mb, after_value=ma, change=ma - mb,
                        pct_change=(ma - mb) / mb * 100)]
    for name, unit, before, after in (("ปริมาณกระดาษที่ใช้", "แผ่น", 12000.0, 2500.0),
                                      ("ค่าใช้จ่ายต่อเอกสาร", "บาท", 45.5, 12.75),
                                      ("จำนวนขั้นตอน", "ขั้นตอน", 9.0, 4.0)):
        m = MetricData(name=name, file="bench.xlsx", sheet="สรุป", unit=unit, design="aggregate",
                       before=np.array([before]), after=np.array([after]), rows_before=np.array([2]),
                       rows_after=np.array([2]), lower_is_better=True)
        out.append(MetricResult(metric=m, comparison=None, before_value=before, after_value=after,
                                change=after - before, pct_change=(after - before) / before * 100))
    return out


def _figures():
    results = _results()
    project = ProjectInfo(name="สล สุขดี มีคุณธรรม: ระบบอนุมัติเอกสารอิเล็กทรอนิกส์", agency="สำนักงานตัวอย่าง",
                          start=dt.date(2025, 10, 1), end=dt.date(2026, 9, 30))
    sentence = "ระยะเวลาอนุมัติเอกสารลดลงอย่างมีนัยสำคัญทางสถิติ (t(27) = −15.87, p < .001)"
    combos = [(size, lang) for lang in ("th", "en") for size in ("a4", "slide", "square")]
    combos = (combos * 2)[:N]
    figs = []
    for size, lang in combos:
        fig = infographic.infographic_541(results, project, sentences=[sentence], size=size, lang=lang,
                                          made_on=dt.date(2026, 11, 24))
        w, h = infographic.SIZES_PX[size]
        figs.append((fig, w, h))
    return figs


def measure() -> dict[str, float]:
    """Seconds for 8 infographic PNGs: warm batch vs separate ``fig.to_image``."""
    if export.browser_path() is None:
        raise RuntimeError("no Chromium/Chrome found: install chromium or set BROWSER_PATH")
    figs = _figures()
    export.shutdown()
    t0 = time.perf_counter()
    export.to_png(figs[0][0], width=figs[0][1], height=figs[0][2])      # cold: starts the browser
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    export.to_png(figs[1][0], width=figs[1][1], height=figs[1][2])
    warm_one = time.perf_counter() - t0

    t0 = time.perf_counter()
    batch = export.to_png_batch(figs)
    batch_s = time.perf_counter() - t0
    assert [export.png_size(p) for p in batch] == [(w, h) for _, w, h in figs]

    # plotly's default path: every call starts its own browser.  Same font
    # configuration and browser, so only the browser reuse differs.
    saved = {k: os.environ.get(k) for k in ("FONTCONFIG_FILE", "BROWSER_PATH")}
    os.environ["FONTCONFIG_FILE"] = export.fontconfig_file() or ""
    os.environ["BROWSER_PATH"] = export.browser_path()
    try:
        t0 = time.perf_counter()
        for fig, w, h in figs:
            png = fig.to_image(format="png", width=w, height=h)
            assert export.png_size(png) == (w, h)
        separate_s = time.perf_counter() - t0
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return {
        "png_cold_start_seconds": round(cold, 3),
        "png_warm_single_seconds": round(warm_one, 3),
        "png_batch_seconds": round(batch_s, 3),
        "png_separate_seconds": round(separate_s, 3),
        "png_batch_speedup": round(separate_s / batch_s, 2),
    }


if __name__ == "__main__":
    for name, value in measure().items():
        print(f"{name}: {value}")
