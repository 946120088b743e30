"""Reading speed: itastats vs pandas/openpyxl vs raw python-calamine.

``measure(tmpdir)`` writes a 100,000-row xlsx (a title row, then case id,
before, after) and times, best of three:

- itastats: file -> Workbook -> Table (header found, footer/blank rows
  checked) -> guessed mapping -> MetricData (numbers extracted);
- ``pd.read_excel(engine="openpyxl")`` of the same sheet;
- raw calamine: ``CalamineWorkbook.from_path(...).get_sheet_by_name(...).to_python()``.

Targets: itastats >= 5x faster than openpyxl, and within 1.2x of raw
calamine.  Run as a script to print ``name: value`` lines.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np

N_ROWS = 100_000
SHEET = "ข้อมูล"


def write_xlsx(path: Path, n: int = N_ROWS, seed: int = 1) -> Path:
    """A realistic sheet: a title row, a header, ``n`` cases of before/after minutes."""
    import openpyxl

    rng = np.random.default_rng(seed)
    before = rng.normal(30, 6, n).round(1)
    after = (before - rng.normal(12, 4, n)).round(1)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.append(["รายงานเวลาให้บริการ ก่อนและหลังดำเนินโครงการ"])
    ws.append(["เลขที่คำขอ", "เวลาให้บริการ ก่อน (นาที)", "เวลาให้บริการ หลัง (นาที)"])
    for i in range(n):
        ws.append([f"REQ-{i + 1:06d}", float(before[i]), float(after[i])])
    wb.save(path)
    return path


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def read_itastats(path: Path, n: int = N_ROWS):
    """The full read as the app does it: file to MetricData."""
    from itastats.read.layouts import extract, guess_mapping
    from itastats.read.reading import read_path, table

    tab = table(read_path(path), SHEET)
    metrics = extract(tab, guess_mapping(tab))
    if len(metrics) != 1 or len(metrics[0].before) != n:
        raise RuntimeError(f"benchmark sheet was not read as one metric of {n:,} pairs")
    return metrics


def read_openpyxl(path: Path):
    import pandas as pd

    return pd.read_excel(path, sheet_name=SHEET, header=1, engine="openpyxl")


def read_calamine(path: Path):
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(SHEET).to_python()


def measure(tmpdir: str | Path, *, repeat: int = 3, n: int = N_ROWS) -> dict[str, float]:
    """Write the 100k-row file into ``tmpdir`` and time the three readers.

    Returns
    -------
    dict
        ``read_seconds_itastats``, ``read_seconds_openpyxl``,
        ``read_seconds_calamine``, ``read_speedup_vs_openpyxl`` (openpyxl
        time / itastats time) and ``read_ratio_vs_calamine`` (itastats time /
        calamine time).
    """
    path = write_xlsx(Path(tmpdir) / f"bench_{n}.xlsx", n)
    read_itastats(path, n)  # warm imports and caches once
    t_cal = _best(lambda: read_calamine(path), repeat)
    t_ita = _best(lambda: read_itastats(path, n), repeat)
    t_opx = _best(lambda: read_openpyxl(path), repeat)
    return {
        "read_seconds_itastats": t_ita,
        "read_seconds_openpyxl": t_opx,
        "read_seconds_calamine": t_cal,
        "read_speedup_vs_openpyxl": t_opx / t_ita,
        "read_ratio_vs_calamine": t_ita / t_cal,
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, value in measure(tmp).items():
            print(f"{name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
