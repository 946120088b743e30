"""PNG export through kaleido and a real Chromium.

These tests need a Chromium/Chrome (CI installs Debian's ``chromium``); they
are skipped, saying why, only when none is found.  The tests of what happens
*without* a browser, or with a broken one, run everywhere.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import pytest

from itastats.render import export, infographic, theme
from itastats.stats.analysis import MetricResult
from itastats.render.export import ExportError, png_size
from itastats.read.layouts import MetricData
from itastats.criteria.project import ProjectInfo

HAVE_BROWSER = export.browser_path() is not None
needs_browser = pytest.mark.skipif(
    not HAVE_BROWSER,
    reason="no Chromium/Chrome found (set BROWSER_PATH or `apt-get install chromium`); CI installs one")


def _paired() -> MetricResult:
    rng = np.random.default_rng(7)
    b = np.round(rng.normal(7.54, 1.5, 28), 2)
    a = np.round(rng.normal(2.48, 0.7, 28), 2)
    m = MetricData(name="ระยะเวลาอนุมัติเอกสาร", file="s.xlsx", sheet="อนุมัติ", unit="วัน", design="paired",
                   before=b, after=a, rows_before=np.arange(2, 30), rows_after=np.arange(2, 30),
                   lower_is_better=True)
    mb, ma = float(b.mean()), float(a.mean())
    return MetricResult(metric=m, comparison=None, before_value=mb, after_value=ma, change=ma - mb,
                        pct_change=(ma - mb) / mb * 100)


def _aggregate() -> MetricResult:
    m = MetricData(name="ปริมาณกระดาษที่ใช้", file="s.xlsx", sheet="สรุป", unit="แผ่น", design="aggregate",
                   before=np.array([12000.0]), after=np.array([2500.0]), rows_before=np.array([2]),
                   rows_after=np.array([2]), lower_is_better=True)
    return MetricResult(metric=m, comparison=None, before_value=12000.0, after_value=2500.0, change=-9500.0,
                        pct_change=-79.16666666666667)


PROJECT = ProjectInfo(name="สล สุขดี มีคุณธรรม", agency="สำนักงานตัวอย่าง",
                      start=dt.date(2025, 10, 1), end=dt.date(2026, 9, 30))
SENTENCE = "ระยะเวลาอนุมัติเอกสารลดลงอย่างมีนัยสำคัญทางสถิติ (t(27) = −15.87, p < .001)"


def _small(width: int = 320, height: int = 200) -> go.Figure:
    return go.Figure(go.Bar(x=["ก่อน", "หลัง"], y=[7.54, 2.48]),
                     layout=dict(template=theme.template("screen"), title="ปั้นญี่ปุ่น"))


def _fake_browser(tmp_path: Path, body: str) -> str:
    path = tmp_path / "fake-chromium"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC | stat.S_IXGRP | stat.S_IXOTH)
    return str(path)


# ---------------------------------------------------------------------------
# Finding the browser and the font (no browser needed)
# ---------------------------------------------------------------------------

def test_browser_path_env_wins(monkeypatch, tmp_path):
    fake = _fake_browser(tmp_path, "exit 0")
    monkeypatch.setenv("BROWSER_PATH", fake)
    assert export.browser_path() == fake
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "nope"))
    assert export.browser_path() is None
    status = export.export_status()
    assert status["browser_found"] is False and status["browser_path_env_invalid"] is True
    assert status["message_key"] == "export.error.browser_path_invalid"


def _nowhere_else(monkeypatch):
    """choreographer (kaleido's browser driver) knows no place to look: as on a
    machine with no Chrome, Edge or Chromium installed where it looks."""
    import choreographer.browsers.chromium as chromium
    monkeypatch.setattr(chromium, "chromium_based_browsers", {})


def test_browser_path_searches_path(monkeypatch, tmp_path):
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake = _fake_browser(bindir, "exit 0")
    os.rename(fake, bindir / "chromium")
    monkeypatch.setenv("PATH", str(bindir))
    assert export.browser_path() == str(bindir / "chromium")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    _nowhere_else(monkeypatch)
    assert export.browser_path() is None
    assert export.export_status()["message_key"] == "export.error.no_browser"


@pytest.mark.skipif(not (os.access("/usr/bin/chromium", os.X_OK) and os.uname().sysname == "Linux"),
                    reason="needs Debian's chromium at /usr/bin/chromium")
def test_without_path_the_browser_is_found_where_choreographer_looks(monkeypatch, tmp_path):
    """Not on PATH (as Chrome and Edge are not on Windows, nor Chrome on macOS):
    found where kaleido's own driver looks on this system, never downloaded."""
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert export.browser_path() == export.installed_browser() == "/usr/bin/chromium"


@pytest.mark.parametrize("system, key, th_words, en_words", [
    ("Windows", "export.error.no_browser_windows", ["Microsoft Edge", "https://www.google.com/chrome/", "chrome.exe"],
     ["Microsoft Edge", "https://www.google.com/chrome/", "msedge.exe", "reload this page"]),
    ("Darwin", "export.error.no_browser_macos", ["Applications", "https://www.google.com/chrome/"],
     ["Applications", "https://www.google.com/chrome/", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]),
    ("Linux", "export.error.no_browser", ["apt-get install chromium"], ["apt-get install chromium"]),
])
def test_without_a_browser_the_message_says_how_to_get_one_on_this_system(monkeypatch, tmp_path, system, key,
                                                                          th_words, en_words):
    import types
    monkeypatch.setattr(export, "platform", types.SimpleNamespace(system=lambda: system))
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    _nowhere_else(monkeypatch)
    assert export.no_browser_key() == key
    assert export.export_status()["message_key"] == key
    with pytest.raises(ExportError) as e:
        export.to_png(_small(), width=320, height=200)
    assert e.value.key == key
    th, en = e.value.message("th"), e.value.message("en")
    assert all(w in th for w in th_words) and "ปุ่มรูปกล้อง" in th, th
    assert all(w in en for w in en_words) and "camera button" in en, en


def test_no_browser_fails_fast_without_starting_anything(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "missing-chromium"))
    t0 = time.monotonic()
    with pytest.raises(ExportError) as e:
        export.to_png(_small(), width=320, height=200)
    assert e.value.key == "export.error.no_browser"
    assert time.monotonic() - t0 < 2
    assert "apt-get install chromium" in e.value.message("en")
    assert "ปุ่มรูปกล้อง" in e.value.message("th")           # the camera button still works
    with pytest.raises(ExportError):
        export.to_png_batch([(_small(), 320, 200)])


def test_fontconfig_file_includes_system_and_sarabun():
    conf = export.fontconfig_file()
    assert conf and Path(conf).is_file()
    text = Path(conf).read_text(encoding="utf-8")
    font_dir = export.sarabun_dir()
    assert font_dir is not None and any(font_dir.glob("Sarabun-Regular.ttf"))
    assert f"<dir>{font_dir}</dir>" in text
    if Path("/etc/fonts/fonts.conf").exists():
        assert "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>" in text
    status = export.export_status()
    assert status["fonts_ok"] and status["fonts_conf"] == conf


def test_another_installation_never_rewrites_this_ones_fontconfig_file(monkeypatch, tmp_path):
    """Two venvs of one user (a checkout's and a pipx install) have their
    Sarabun in different folders: each gets its own fonts.conf, so neither
    rewrites the file the other's browser is reading."""
    mine = export.fontconfig_file()
    before = Path(mine).read_text(encoding="utf-8")
    other_fonts = tmp_path / "other-venv" / "fontpkg_sarabun" / "files"
    other_fonts.mkdir(parents=True)
    shutil.copy(Path(export.sarabun_dir()) / "Sarabun-Bold.ttf", other_fonts)
    monkeypatch.setattr(export, "sarabun_dir", lambda: other_fonts)
    monkeypatch.setattr(export, "_fonts_conf", None)            # as in a fresh process of the other install
    theirs = export.fontconfig_file()
    assert theirs != mine and f"<dir>{other_fonts}</dir>" in Path(theirs).read_text(encoding="utf-8")
    assert Path(mine).read_text(encoding="utf-8") == before


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fc-match (fontconfig) not installed")
def test_fontconfig_file_resolves_sarabun():
    env = dict(os.environ, FONTCONFIG_FILE=export.fontconfig_file())
    out = subprocess.run(["fc-match", "-f", "%{file}", "Sarabun:weight=bold"], env=env, capture_output=True,
                         text=True, timeout=60).stdout
    assert Path(out).name == "Sarabun-Bold.ttf" and str(export.sarabun_dir()) in out


def test_bad_sizes_and_objects():
    for w, h, s in ((0, 100, 1), (100, -1, 1), (100, 100, 0), (20000, 100, 1), ("x", 100, 1), (100.5, 100, 1)):
        with pytest.raises(ExportError) as e:
            export.to_png(_small(), width=w, height=h, scale=s)
        assert e.value.key == "export.error.bad_size"
    with pytest.raises(ExportError) as e:
        export.to_png("not a figure", width=100, height=100)
    assert e.value.key == "export.error.not_figure"


def test_png_size_reads_ihdr():
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (1240).to_bytes(4, "big") + (1754).to_bytes(4, "big")
    assert png_size(header + b"\x08\x06\x00\x00\x00") == (1240, 1754)
    with pytest.raises(ValueError):
        png_size(b"GIF89a....................")


# ---------------------------------------------------------------------------
# A broken browser never blocks
# ---------------------------------------------------------------------------

def test_browser_that_hangs_gives_error_not_hang(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", _fake_browser(tmp_path, "sleep 120"))
    t0 = time.monotonic()
    with pytest.raises(ExportError) as e:
        export.to_png(_small(), width=320, height=200, timeout=4)
    assert e.value.key == "export.error.browser_start"
    assert time.monotonic() - t0 < 20
    # and the next export is not stuck behind it
    with pytest.raises(ExportError) as e:
        export.to_png(_small(), width=320, height=200, timeout=3)
    assert e.value.key == "export.error.browser_start"


def test_browser_that_dies_gives_error(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", _fake_browser(tmp_path, "echo broken >&2; exit 1"))
    t0 = time.monotonic()
    with pytest.raises(ExportError) as e:
        export.to_png(_small(), width=320, height=200, timeout=15)
    assert e.value.key in ("export.error.browser_start", "export.error.timeout")
    assert time.monotonic() - t0 < 20


# ---------------------------------------------------------------------------
# Real exports
# ---------------------------------------------------------------------------

@needs_browser
@pytest.mark.parametrize("size", ["a4", "slide", "square"])
def test_infographic_png_has_exact_size(size):
    fig = infographic.infographic_541([_paired(), _aggregate()], PROJECT, sentences=[SENTENCE], size=size)
    w, h = infographic.SIZES_PX[size]
    png = export.to_png(fig, width=w, height=h)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png_size(png) == (w, h)
    assert len(png) > 20_000                                   # a real picture, not a blank page


@needs_browser
def test_scale_multiplies_pixels():
    png = export.to_png(_small(), width=300, height=150, scale=2)
    assert png_size(png) == (600, 300)


@needs_browser
def test_batch_keeps_order_and_sizes():
    sizes = [(320, 200), (1080, 1080), (400, 300), (1920, 1080)]
    items = [(_small(), w, h) for w, h in sizes[:2]] + [{"fig": _small(), "width": w, "height": h} for w, h in sizes[2:]]
    images = export.to_png_batch(items)
    assert [png_size(i) for i in images] == sizes
    assert export.to_png_batch([]) == []
    status = export.export_status()
    assert status["warm"] is True and status["browser_found"] is True


@needs_browser
def test_warm_browser_is_reused():
    export.to_png(_small(), width=200, height=100)
    starts = export.export_status()["starts"]
    t0 = time.perf_counter()
    for _ in range(3):
        export.to_png(_small(), width=200, height=100)
    assert export.export_status()["starts"] == starts          # no new browser
    assert (time.perf_counter() - t0) / 3 < 2.0


@needs_browser
def test_timeout_gives_error_then_recovers():
    export.to_png(_small(), width=200, height=100)             # warm
    fig = infographic.infographic_541([_paired()], PROJECT, sentences=[SENTENCE], size="a4")
    t0 = time.monotonic()
    with pytest.raises(ExportError) as e:
        export.to_png(fig, width=1240, height=1754, timeout=0.001)
    assert e.value.key == "export.error.timeout"
    assert time.monotonic() - t0 < 15
    assert "0.001" in e.value.message("en")
    png = export.to_png(_small(), width=210, height=110)      # a fresh browser takes over
    assert png_size(png) == (210, 110)


@needs_browser
def test_lock_serialises_threads_each_gets_its_own_image():
    sizes = [(300 + 10 * i, 200 + 7 * i) for i in range(8)]
    results: dict[int, tuple[int, int] | BaseException] = {}
    barrier = threading.Barrier(len(sizes))

    def work(i: int, w: int, h: int) -> None:
        barrier.wait()
        try:
            results[i] = png_size(export.to_png(_small(), width=w, height=h, timeout=120))
        except BaseException as exc:  # noqa: BLE001 - reported below
            results[i] = exc

    threads = [threading.Thread(target=work, args=(i, w, h)) for i, (w, h) in enumerate(sizes)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(180)
    assert all(not th.is_alive() for th in threads)
    assert [results[i] for i in range(len(sizes))] == sizes


@needs_browser
def test_busy_lock_times_out_with_message():
    export._LOCK.acquire()
    try:
        with pytest.raises(ExportError) as e:
            export.to_png(_small(), width=200, height=100, timeout=0.5)
        assert e.value.key == "export.error.busy"
    finally:
        export._LOCK.release()


@needs_browser
def test_thai_text_uses_sarabun_and_marks_render():
    """The same Thai label rendered in Sarabun differs from a fallback font:
    compare against a figure that asks for a font that does not exist."""
    def label(family: str) -> bytes:
        fig = go.Figure(layout=dict(template=theme.template("screen"), width=400, height=120,
                                    margin=dict(l=0, r=0, t=0, b=0),
                                    xaxis=dict(visible=False), yaxis=dict(visible=False),
                                    annotations=[dict(text="ปั้นญี่ปุ่น ที่ใช้", x=0.5, y=0.5, xref="paper",
                                                      yref="paper", showarrow=False, font=dict(size=48, family=family))]))
        return export.to_png(fig, width=400, height=120)
    sarabun = label("Sarabun")
    assert png_size(sarabun) == (400, 120)
    assert sarabun != label("NoSuchFontFamily, serif")


@needs_browser
def test_an_emoji_in_a_users_text_is_drawn_in_colour_not_as_an_empty_box():
    """A survey comment or a log title with "👍" in it: the PNG draws the emoji
    (Debian's fonts-noto-color-emoji, which scripts/_common.sh installs and the
    export's fonts.conf finds through the system's), not a hollow box."""
    import io
    from PIL import Image
    fig = go.Figure(layout=dict(template=theme.template("screen"), width=300, height=120,
                                margin=dict(l=0, r=0, t=0, b=0), paper_bgcolor="#FFFFFF",
                                xaxis=dict(visible=False), yaxis=dict(visible=False),
                                annotations=[dict(text="\U0001F44D", x=0.5, y=0.5, xref="paper", yref="paper",
                                                  showarrow=False, font=dict(size=64, color="#000000"))]))
    im = Image.open(io.BytesIO(export.to_png(fig, width=300, height=120))).convert("RGB")
    # a box is drawn in the text's colour (black); the emoji in its own yellow
    pixels = np.asarray(im).reshape(-1, 3).astype(int)
    coloured = int(((pixels[:, 0] > 180) & (pixels[:, 1] > 120) & (pixels[:, 2] < 100)).sum())
    assert coloured > 300, coloured


def test_warm_without_a_browser_starts_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "missing-chromium"))
    monkeypatch.setattr(export, "_warming", None)
    assert export.warm() is False
    assert export._warming is None                              # no thread, no browser


@needs_browser
def test_warm_starts_the_browser_once_in_the_background_and_the_first_png_uses_it(monkeypatch):
    export.shutdown()
    monkeypatch.setattr(export, "_warming", None)
    starts = export.export_status()["starts"]
    assert export.warm() is True
    assert export.warm() is False                               # once per process
    export._warming.join(60)
    assert export.export_status()["starts"] == starts + 1
    assert export.export_status()["warm"] is True
    assert png_size(export.to_png(_small(), width=200, height=100)) == (200, 100)
    assert export.export_status()["starts"] == starts + 1      # no second start
