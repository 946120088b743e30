"""Floors: the least the benchmark's work can take on this machine, measured
the same way as ``bench.py`` measures itastats, without itastats' own code.

They say how far a target of issue 13 is from what any code could do here.

* **Attendance.** The least a reader of the 1,000,000-row file must do before
  it can count a person once:
  - parse it (pyarrow's threaded CSV reader, on every core; the small
    columns dictionary-encoded as they are read);
  - tell the written names apart (one ``dictionary_encode`` of the name
    column: a hash of each of the million names).

  Nothing is cleaned (titles, spaces), linked (e-mails) or counted. It is
  timed best of three against the same plain ``pd.read_csv`` as
  ``bench_attendance``, and its ratio is the floor under
  ``attendance_ratio_vs_read_csv``.  Its peak memory (a fresh interpreter
  that imports itastats, as ``bench_attendance`` measures ours) shows what
  reading the whole file at once on every core costs against
  ``attendance_peak_ratio_vs_file``.

* **Browser.** A reference Streamlit app (made here, no itastats page code)
  whose pages each hold what one 5.4.1 result shows at the least:
  - a title, three ``st.metric``s and a four-row ``st.table``;
  - one small plotly bar chart (the project's screen template).

  Its home shows the same, so every front-end piece is loaded before the
  first switch, as the dashboard's home does. It is measured exactly as
  ``bench_app`` measures the dashboard:
  - switching between three such pages, three rounds, against the blank app;
  - a radio on a page that redraws the chart with new numbers, against the
    blank app's radio.

  Their ratios are floors for a page and a rerun that show a result.

Prints ``floor_attendance_*`` and ``floor_page_switch_*`` /
``floor_widget_rerun_*`` figures, one per line.
Run: .venv/bin/python benchmarks/floors.py [--skip-app]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import attendance_floor  # noqa: E402
import bench_app  # noqa: E402
import bench_attendance  # noqa: E402

REFERENCE_APP = '''
import sys
sys.path.insert(0, {root!r})
import plotly.graph_objects as go
import streamlit as st
from itastats.render import theme

TEMPLATE = theme.template("screen")


def card(n, values=(10.5, 7.2)):
    st.title(f"ผลลัพธ์ที่ {{n}}")
    k1, k2, k3 = st.columns(3)
    k1.metric("ก่อน", f"{{values[0]:.1f}} วัน")
    k2.metric("หลัง", f"{{values[1]:.1f}} วัน")
    k3.metric("เปลี่ยนแปลง", f"{{values[1] - values[0]:+.1f}} วัน", delta=f"{{(values[1] / values[0] - 1) * 100:+.1f}}%")
    st.table({{"สถิติ": ["จำนวน", "ค่าเฉลี่ย", "ส่วนเบี่ยงเบนมาตรฐาน", "มัธยฐาน"],
               "ก่อน": ["30", f"{{values[0]:.2f}}", "2.10", "10"], "หลัง": ["30", f"{{values[1]:.2f}}", "1.90", "7"]}})
    fig = go.Figure(go.Bar(x=["ก่อน", "หลัง"], y=list(values)), layout={{"template": TEMPLATE, "height": 360}})
    st.plotly_chart(fig, theme=None, key=f"chart{{n}}")


def page(n):
    def draw():
        card(n, (10.5 + n, 7.2 + n))
    draw.__name__ = f"result{{n}}"
    return draw


def flip():
    design = st.radio("design", ["a", "b"], key="radio", horizontal=True)
    card(9, (10.5, 7.2) if design == "a" else (9.8, 8.1))


st.navigation([st.Page(page(0), title="Home", url_path="home", default=True),
               st.Page(page(1), title="One", url_path="one"),
               st.Page(page(2), title="Two", url_path="two"),
               st.Page(page(3), title="Three", url_path="three"),
               st.Page(flip, title="Flip", url_path="flip")]).run()
'''
PAGES = ("one", "two", "three")


_CHILD = """
import sys
sys.path[:0] = [{root!r}, {here!r}]
import itastats.criteria.attendance      # the same interpreter as bench_attendance's child
import attendance_floor
names = attendance_floor.WAYS[{fn!r}](open({path!r}, "rb").read())
assert len(names) == {n}
with open("/proc/self/status") as status:
    print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024)
"""


def _peak_mb(path: Path, fn: str) -> float:
    """Peak resident memory (MB) of a floor in a fresh interpreter, as bench_attendance measures ours."""
    import subprocess
    code = _CHILD.format(root=str(bench_app.ROOT), here=str(HERE), fn=fn, path=str(path), n=bench_attendance.N_ROWS)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def attendance(tmpdir: Path) -> dict[str, float]:
    import numpy as np

    path = bench_attendance.write_csv(tmpdir / "attendance_1m.csv")
    size = path.stat().st_size / 2**20
    plain = bench_attendance._best(lambda: bench_attendance.read_csv_plain(path))
    out = {"floor_attendance_read_csv_seconds": plain}
    for fn, way in attendance_floor.WAYS.items():
        names = way(path.read_bytes())
        distinct = len(names.dictionary)
        assert distinct == int(np.asarray(names.indices).max()) + 1 and distinct > bench_attendance.N_PEOPLE, \
            "the names were not told apart"
        seconds = bench_attendance._best(lambda: way(path.read_bytes()))
        peak = _peak_mb(path, fn)
        out.update({f"floor_attendance_{fn}_seconds": seconds,
                    f"floor_attendance_{fn}_ratio_vs_read_csv": seconds / plain,
                    f"floor_attendance_{fn}_peak_mb": peak,
                    f"floor_attendance_{fn}_peak_ratio_vs_file": peak / size})
    return out


def browser(log=None) -> dict[str, float]:
    with bench_app._rig() as (chromium, data_dir, blank_script):
        script = blank_script.parent / "reference_app.py"
        script.write_text(REFERENCE_APP.format(root=str(bench_app.ROOT)), encoding="utf-8")
        env = bench_app.app_env(data_dir)
        with bench_app.server(script, script.parent, env) as url, \
                bench_app.server(blank_script, blank_script.parent, env) as blank_url:
            app, blank = bench_app.Tab(chromium, url), bench_app.Tab(chromium, blank_url)
            ours, theirs, other = [], [], "blank_too"
            for r in range(bench_app.ROUNDS):
                for name in PAGES:
                    t = app.goto_page(name)
                    b = blank.goto_page(other, default=other == "blank")
                    other = "blank" if other == "blank_too" else "blank_too"
                    ours.append(t["settled"])
                    theirs.append(b["settled"])
                    if log:
                        log(f"  round {r + 1} {name:6s} settled {t['settled']:5.2f} s   blank {b['settled']:5.2f} s")
            out = {"floor_page_switch_p95_seconds": bench_app.p95(ours),
                   "floor_page_switch_blank_p95_seconds": bench_app.p95(theirs)}
            app.goto_page("flip")
            blank.open(blank_url + "/widgets")
            radio = app.page.locator('[data-testid="stRadio"]').first
            blank_radio = blank.page.locator('[data-testid="stRadio"]').first

            def flip(group):
                def go():
                    labels = group.locator('label:has(input[type="radio"])')
                    for i in range(labels.count()):
                        if not labels.nth(i).locator("input").is_checked():
                            labels.nth(i).click()
                            return
                return go

            ours, theirs = [], []
            for r in range(4 * bench_app.ROUNDS):          # as many as bench_app's two widgets
                t = app.act(flip(radio))
                b = blank.act(flip(blank_radio))
                ours.append(t["settled"])
                theirs.append(b["settled"])
                if log:
                    log(f"  radio #{r + 1} settled {t['settled']:5.2f} s   blank {b['settled']:5.2f} s")
            out["floor_widget_rerun_p95_seconds"] = bench_app.p95(ours)
            out["floor_widget_rerun_blank_p95_seconds"] = bench_app.p95(theirs)
    out["floor_page_switch_p95_ratio_vs_blank"] = (out["floor_page_switch_p95_seconds"]
                                                   / out["floor_page_switch_blank_p95_seconds"])
    out["floor_widget_rerun_p95_ratio_vs_blank"] = (out["floor_widget_rerun_p95_seconds"]
                                                    / out["floor_widget_rerun_blank_p95_seconds"])
    return out


def main(argv: list[str]) -> int:
    def show(figures: dict[str, float]) -> None:
        for name, value in figures.items():
            print(f"{name}: {value:.4g}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        show(attendance(Path(tmp)))
    if "--skip-app" not in argv:
        show(browser(log=lambda s: print(s, file=sys.stderr, flush=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
