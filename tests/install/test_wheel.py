"""The package as a user gets it: the wheel built from this checkout, installed
into a fresh virtual environment in a temporary folder outside the source
tree, and used from there: ``itastats --version``, ``itastats compare``,
``itastats app`` (a healthy server, the sample project's home page rendered
in Chromium, the browser opened) and ``itastats pack`` (PNG export through
kaleido). Everything is removed at the end.

How it stays fast and offline: the wheel is built with ``pip wheel
--no-build-isolation --no-index`` (hatchling is in requirements-dev), and the
fresh environment is made ``--without-pip``; itastats goes in with ``pip
--python … install --no-deps --no-index``, and the dependencies are the ones
this test run already has: a ``.pth`` file adds this environment's
site-packages after the fresh one's. ``--system-site-packages`` would not do:
it adds the *base* interpreter's site-packages, not this virtualenv's, where
the pinned dependencies are. ``pip check`` then holds the wheel's declared
dependencies against those installed versions. No folder on the fresh
environment's path but its own holds itastats, the pages or the sample
(checked), so nothing can be read from the source tree; every command runs in
a work folder outside it, with a home and a data folder of its own.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

import itastats
from browser_support import needs_chromium
from itastats.render import export

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if os.name == "nt" else "bin"
TIMEOUT = 120
# what the wheel must carry, from where the repository keeps it
MAPPED = {"app.py": "itastats/_app/app.py", "app_pages": "itastats/_app/app_pages",
          ".streamlit/config.toml": "itastats/_app/.streamlit/config.toml", "static": "itastats/_app/static",
          "sample_data": "itastats/sample_data", "itastats": "itastats"}


def _run(cmd, **kw) -> subprocess.CompletedProcess:
    out = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=TIMEOUT, **kw)
    assert out.returncode == 0, f"{cmd}\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out


def _files(top: Path):
    """The files under ``top`` a build may ship (no bytecode caches)."""
    if top.is_file():
        yield top
        return
    for p in sorted(top.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
            yield p


@pytest.fixture(scope="module")
def inst():
    """(wheel, venv python, the venv's itastats command, env, work folder)."""
    base = Path(tempfile.mkdtemp(prefix="itastats-install-"))
    assert ROOT not in base.parents
    try:
        dist, venv, work, home = base / "dist", base / "venv", base / "work", base / "home"
        for d in (dist, work, home):
            d.mkdir()
        _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
              "--disable-pip-version-check", "-q", "-w", dist, ROOT])
        [wheel] = dist.glob("itastats-*.whl")
        _run([sys.executable, "-m", "venv", "--without-pip", venv])
        python = venv / BIN / ("python.exe" if os.name == "nt" else "python")
        purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
        ours = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
        assert not any((Path(p) / "itastats").exists() for p in ours)     # no itastats there to borrow
        Path(purelib, "zz_itastats_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n",
                                                                      encoding="utf-8")
        _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
              "--disable-pip-version-check", "-q", wheel])
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ITASTATS_", "STREAMLIT_"))}
        env.update(HOME=str(home), USERPROFILE=str(home), XDG_CACHE_HOME=str(home / ".cache"),
                   ITASTATS_DATA_DIR=str(base / "data"),
                   PATH=os.pathsep.join([str(venv / BIN), os.environ.get("PATH", "")]))
        yield {"wheel": wheel, "python": python, "itastats": venv / BIN / "itastats", "env": env, "work": work,
               "venv": venv}
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_the_wheel_carries_what_the_app_reads_and_nothing_else(inst):
    names = set(zipfile.ZipFile(inst["wheel"]).namelist())
    expected = set()
    for top, target in MAPPED.items():
        src = ROOT / top
        expected |= {target if p == src else f"{target}/{p.relative_to(src).as_posix()}" for p in _files(src)}
    assert expected <= names, sorted(expected - names)[:10]
    assert "itastats/store/migrations/script.py.mako" in names            # the migrations, with their template
    assert "itastats/_app/static/Sarabun-Regular.ttf" in names
    extra = {n for n in names if ".dist-info/" not in n} - expected
    assert not extra, sorted(extra)                                       # no tests, caches, scripts, venvs
    meta = zipfile.ZipFile(inst["wheel"]).read(
        f"itastats-{itastats.__version__}.dist-info/entry_points.txt").decode()
    assert "itastats = itastats.cli:main" in meta


def test_installed_outside_the_source_tree_with_the_declared_dependencies(inst):
    code = ("import json, sys, itastats, itastats.cli as c, itastats.sample as s; "
            "print(json.dumps([itastats.__file__, str(s.sample_dir()), str(c.app_script()), sys.path]))")
    package, sample, app, path = json.loads(_run([inst["python"], "-c", code], cwd=inst["work"],
                                                 env=inst["env"]).stdout)
    venv = inst["venv"].resolve()
    for p in (package, sample, app):
        assert venv in Path(p).resolve().parents, p
    # no other folder on its path could hand it itastats or the pages (the source tree's in particular;
    # the borrowed dependencies may live in the checkout's .venv, which holds neither)
    others = [p for p in path if p and Path(p).is_dir() and venv not in Path(p).resolve().parents]
    assert not [p for p in others if Path(p).resolve() == ROOT
                or any((Path(p) / name).exists() for name in ("itastats", "app_pages", "app.py", "sample_data"))]
    check = subprocess.run([sys.executable, "-m", "pip", "--python", inst["python"], "check"],
                           capture_output=True, text=True, timeout=TIMEOUT, env=inst["env"])
    mine = [line for line in check.stdout.splitlines() if line.lower().startswith("itastats ")]
    assert not mine, mine                                                  # every Requires-Dist is met


def test_version_and_compare_are_the_same_as_python_m_itastats(inst):
    out = _run([inst["itastats"], "--version"], cwd=inst["work"], env=inst["env"]).stdout
    assert out.strip() == f"itastats {itastats.__version__}"
    sheet = "01_approval_days_paired.xlsx"
    installed_sample = Path(_run([inst["python"], "-c", "import itastats.sample as s; print(s.sample_dir())"],
                                 cwd=inst["work"], env=inst["env"]).stdout.strip())
    got = _run([inst["itastats"], "compare", installed_sample / sheet, "--json", "--lang", "th"],
               cwd=inst["work"], env=inst["env"]).stdout
    want = _run([sys.executable, "-m", "itastats", "compare", ROOT / "sample_data" / sheet, "--json", "--lang", "th"],
                cwd=ROOT).stdout
    assert got == want
    metrics = json.loads(got)["metrics"]
    assert metrics and metrics[0]["design"] == "paired" and metrics[0]["parametric"]["pvalue"] < 0.05


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)       # the server and anything it started
            proc.wait(15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


@needs_chromium
@pytest.mark.skipif(os.name == "nt", reason="POSIX process groups and a fake xdg-open")
def test_itastats_app_serves_the_sample_home_page_and_opens_the_browser(inst, browser):
    port = _free_port()
    opener = inst["work"] / "fakebin"
    opener.mkdir()
    opened = inst["work"] / "opened.txt"
    xdg = opener / "xdg-open"                         # what Streamlit calls to open the browser on Linux
    xdg.write_text(f'#!/bin/sh\necho "$1" >> "{opened}"\n', encoding="utf-8")
    xdg.chmod(xdg.stat().st_mode | stat.S_IEXEC)
    env = dict(inst["env"], DISPLAY=":99",            # a desktop: Streamlit opens a browser unless headless
               PATH=os.pathsep.join([str(opener), inst["env"]["PATH"]]))
    log = open(inst["work"] / "app.log", "wb")
    proc = subprocess.Popen([str(inst["itastats"]), "app", "--port", str(port)], cwd=inst["work"], env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://localhost:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.time() < deadline, \
                (inst["work"] / "app.log").read_text(errors="replace")[-3000:]
            time.sleep(0.3)
        # static/ and the config beside the installed app.py are the ones served (static serving is off
        # unless that config.toml is read)
        font = urllib.request.urlopen(url + "/app/static/Sarabun-Regular.ttf", timeout=10).read()
        assert font == (ROOT / "static" / "Sarabun-Regular.ttf").read_bytes()

        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url, wait_until="networkidle")
        page.get_by_role("heading", name="สล สุขดี มีคุณธรรม").first.wait_for(timeout=90_000)
        page.get_by_text("หลักฐานตามเกณฑ์ 5.1.1–5.4.4").first.wait_for(timeout=60_000)
        page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)          # the KPI scorecard
        assert page.locator("[data-testid=stException]").count() == 0
        loaded = page.evaluate("document.fonts.load('17px sarabun', 'ก')"
                               ".then(fs => fs.filter(f => f.status === 'loaded').length)")
        assert loaded >= 1                                                     # Sarabun from static/
        assert "project=" in page.url
        shots = Path(os.environ.get("ITASTATS_SCREENSHOTS") or inst["work"])
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "installed_home.png"), full_page=True)
        page.close()
        for _ in range(50):
            if opened.exists():
                break
            time.sleep(0.1)
        assert opened.read_text().split() == [url]
    finally:
        _stop(proc)
        log.close()


@pytest.mark.skipif(export.browser_path() is None, reason="no Chromium/Chrome found for PNG export")
def test_png_export_from_the_installed_package(inst):
    sample = _run([inst["python"], "-c", "import itastats.sample as s; print(s.sample_dir())"],
                  cwd=inst["work"], env=inst["env"]).stdout.strip()
    out = inst["work"] / "pack.zip"
    _run([inst["itastats"], "pack", sample, "--out", out], cwd=inst["work"], env=inst["env"])
    with zipfile.ZipFile(out) as z:
        pngs = {n: z.read(n) for n in z.namelist() if n.endswith(".png")}
    assert len(pngs) >= 5
    a4 = [n for n in pngs if n.endswith("_A4.png")]
    assert a4 and all(export.png_size(pngs[n]) == (1240, 1754) for n in a4)
