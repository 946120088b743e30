"""itastats benchmark: prints one figure per line as ``name: value``.

Measured in one run on this machine (not asserted in tests), each ratio side
by side (both sides timed in the same run, alternated where it matters):
- reading a 100,000-row xlsx: itastats vs pd.read_excel (openpyxl) vs raw calamine
  (targets: read_speedup_vs_openpyxl >= 5, read_ratio_vs_calamine <= 1.2);
- the full analysis (read + column roles + paired t + Wilcoxon with its
  Hodges-Lehmann interval + Shapiro) vs the read alone (target <= 1.5);
- a 1,000,000-row attendance CSV summarised vs a plain pd.read_csv
  (attendance_ratio_vs_read_csv <= 3) and its peak memory over the file's
  size (attendance_peak_ratio_vs_file <= 2.5);
- 8 infographic PNGs with one warm browser vs 8 separate fig.to_image calls
  (target png_batch_speedup >= 4);
- the sample's evidence pack vs its PNGs alone in one warm batch
  (pack_ratio_vs_png_batch <= 1.5);
- the dashboard in a real browser against a blank Streamlit app:
  page_switch_p95_ratio_vs_blank <= 3, first_page_ratio_vs_blank_app <= 2,
  widget_rerun_p95_ratio_vs_blank <= 3 (benchmarks/bench_app.py).

Run: .venv/bin/python benchmarks/bench.py [--skip-png] [--skip-pack] [--skip-app]
(the details of the browser runs go to stderr).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import bench_app  # noqa: E402
import bench_attendance  # noqa: E402
import bench_pack  # noqa: E402
import bench_png  # noqa: E402
import bench_read  # noqa: E402


def analysis(path: Path) -> dict[str, float]:
    """Full analysis of the same 100k-row file, as the page runs it."""
    from itastats.criteria.workflow import analyze_file

    data = path.read_bytes()
    result = analyze_file(data, path.name)
    assert result.metrics and result.metrics[0].comparison is not None, "the benchmark file was not analysed"
    read = bench_read._best(lambda: bench_read.read_itastats(path))
    full = bench_read._best(lambda: analyze_file(data, path.name))
    return {"analysis_seconds": full, "analysis_read_seconds": read, "analysis_ratio_vs_read": full / read}


def main(argv: list[str]) -> int:
    """Each group's figures are printed as soon as they are measured (a later group
    that fails leaves the earlier figures on the screen)."""
    def show(figures: dict[str, float]) -> None:
        for name, value in figures.items():
            print(f"{name}: {value:.4g}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        show(bench_read.measure(tmp))
        path = next(Path(tmp).glob("*.xlsx"))
        show(analysis(path))
        show(bench_attendance.measure(tmp))
    if "--skip-png" not in argv:
        show(bench_png.measure())
    if "--skip-pack" not in argv:
        show(bench_pack.measure())
    if "--skip-app" not in argv:
        from itastats.render import export
        export.shutdown()                   # the PNG browser is not left running beside the servers
        show(bench_app.measure(log=lambda line: print(line, file=sys.stderr, flush=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
