"""itastats benchmark: prints one figure per line as ``name: value``.

Measured in one run on this machine (not asserted in tests):
- reading a 100,000-row xlsx: itastats vs pd.read_excel (openpyxl) vs raw calamine
  (targets: read_speedup_vs_openpyxl >= 5, read_ratio_vs_calamine <= 1.3);
- the full analysis (read + column roles + paired t + Wilcoxon with its
  Hodges-Lehmann interval + Shapiro) vs the read alone (target <= 1.5);
- 8 infographic PNGs with one warm browser vs 8 separate fig.to_image calls
  (target png_batch_speedup >= 4).

Run: .venv/bin/python benchmarks/bench.py [--skip-png]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import bench_attendance  # noqa: E402
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
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        figures.update(bench_read.measure(tmp))
        path = next(Path(tmp).glob("*.xlsx"))
        figures.update(analysis(path))
        figures.update(bench_attendance.measure(tmp))
    if "--skip-png" not in argv:
        figures.update(bench_png.measure())
    for name, value in figures.items():
        print(f"{name}: {value:.4g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
