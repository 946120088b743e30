"""Reading speed: itastats vs pandas/openpyxl vs raw python-calamine.

``measure(tmpdir)`` writes a 100,000-row xlsx (a title row, then case id,
before, after) and times:

- itastats: file -> Workbook -> Table (header found, footer/blank rows
  checked) -> guessed mapping -> MetricData (numbers extracted);
- ``pd.read_excel(engine="openpyxl")`` of the same sheet;
- raw calamine: ``CalamineWorkbook.from_path(...).get_sheet_by_name(...).to_python()``.

itastats and raw calamine are timed side by side: best of seven each,
alternating in the same loop (the order turns every round) with a garbage
collection before each call, outside its timing, so that a busy machine or
the other reader's garbage weighs on both alike.  openpyxl, ~20x slower,
is timed afterwards, best of three.

Targets: itastats >= 5x faster than openpyxl, and within 1.2x of raw
calamine.  Run as a script to print ``name: value`` lines.
"""
from __future__ import annotations

import gc
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


def _best_alternating(fns: dict[str, Callable[[], object]], repeat: int = 7) -> dict[str, float]:
    """Best time of each function, all timed in one loop.

    Every round calls each function once; the order turns round by round
    (A B, B A, ...) so that neither always runs first, and a garbage
    collection before each call (not timed) starts every call from the same
    state: the other function's garbage is not collected on its time.
    """
    names = list(fns)
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(repeat):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            gc.collect()
            start = time.perf_counter()
            fns[name]()
            times[name].append(time.perf_counter() - start)
    return {name: min(t) for name, t in times.items()}


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


def measure(tmpdir: str | Path, *, repeat: int = 7, openpyxl_repeat: int = 3,
            n: int = N_ROWS) -> dict[str, float]:
    """Write the 100k-row file into ``tmpdir`` and time the three readers.

    itastats and raw calamine: best of ``repeat`` each, alternating (see
    :func:`_best_alternating`); openpyxl: best of ``openpyxl_repeat``.

    Returns
    -------
    dict
        ``read_seconds_itastats``, ``read_seconds_openpyxl``,
        ``read_seconds_calamine``, ``read_speedup_vs_openpyxl`` (openpyxl
        time / itastats time) and ``read_ratio_vs_calamine`` (itastats time /
        calamine time).
    """
    path = write_xlsx(Path(tmpdir) / f"bench_{n}.xlsx", n)
    read_itastats(path, n)  # warm imports and caches once, both sides
    read_calamine(path)
    side_by_side = _best_alternating({"calamine": lambda: read_calamine(path),
                                      "itastats": lambda: read_itastats(path, n)}, repeat)
    t_cal, t_ita = side_by_side["calamine"], side_by_side["itastats"]
    t_opx = _best(lambda: read_openpyxl(path), openpyxl_repeat)
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
