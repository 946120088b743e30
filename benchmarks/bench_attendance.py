"""Attendance at scale: a ministry's year of records in one CSV.

``measure(tmpdir)`` writes a 1,000,000-row CSV (name, unit, date, session;
about 20,000 people with Thai names and titles written several ways, 15
units, about 100 sessions) and times, best of three:

- itastats: ``read_attendance`` + ``summarize`` (people counted once, per
  session and per unit);
- a plain ``pd.read_csv`` of the same file (the default C engine), and the
  fastest pandas read of it (pyarrow engine, strings) as a floor.

Peak memory is measured in a child process (the peak resident size of a
fresh interpreter that only imports itastats and runs the attendance once),
since tracemalloc would slow a million rows down many times.  The child reads
its own high-water mark, ``VmHWM`` in /proc/self/status: ``ru_maxrss`` would
not do, as Linux carries it over from the parent across fork/vfork + exec, so
it reported the benchmark's own peak (~750 MB after its ``pd.read_csv`` of
the file), whatever the child used.

Prints ``attendance_1m_seconds``, ``attendance_read_csv_seconds``,
``attendance_ratio_vs_read_csv`` (target <= 3), ``attendance_1m_peak_mb``,
``attendance_file_mb`` and ``attendance_peak_ratio_vs_file`` (peak / file
size, MiB both; target <= 2.5).
Run: .venv/bin/python benchmarks/bench_attendance.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

N_ROWS = 1_000_000
N_PEOPLE = 20_000
N_SESSIONS = 100
UNITS = ["กองคลัง", "กองการเจ้าหน้าที่", "สำนักงานเลขานุการกรม", "กลุ่มตรวจสอบภายใน", "กองแผนงาน",
         "กองกฎหมาย", "กองพัสดุ", "ศูนย์เทคโนโลยีสารสนเทศ", "กลุ่มพัฒนาระบบบริหาร", "กองประชาสัมพันธ์",
         "สำนักนโยบายและแผน", "กองตรวจราชการ", "กองยุทธศาสตร์", "กลุ่มงานคุ้มครองจริยธรรม", "กองวิเทศสัมพันธ์"]
FIRST = ["สมชาย", "สมหญิง", "มาลี", "วิชัย", "พรทิพย์", "ประเสริฐ", "อรุณี", "ธนพล", "กาญจนา", "สุรชัย",
         "จันทร์เพ็ญ", "อนุชา", "ปิยะ", "รัตนา", "นิดา", "สุภาพร", "วีระ", "ชัยวัฒน์", "ศิริพร", "อำนาจ"]
LAST = ["ใจดี", "รักดี", "ศรีสุข", "มั่นคง", "แก้วมณี", "ทองดี", "วงศ์ใหญ่", "สุขใจ", "พูลผล", "บุญมา",
        "ดวงดี", "ศรีวงศ์", "ชัยมงคล", "มีสุข", "แก้ว", "พรหมมา", "สายทอง", "เพชรรัตน์", "อินทร์แก้ว", "จันทร์หอม"]


def write_csv(path: Path, n: int = N_ROWS, seed: int = 5) -> Path:
    """The benchmark file: ``n`` records of ~20k people in ~100 sessions."""
    import pandas as pd

    rng = np.random.default_rng(seed)
    people = []
    for i in range(N_PEOPLE):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        people.append(f"{first} {last}{i // 400 or ''}")         # 20k distinct names
    people = np.array(people, dtype=object)
    titles = np.array(["นาย", "นางสาว", "นาง", "", "น.ส. "], dtype=object)
    unit_of = rng.integers(0, len(UNITS), N_PEOPLE)
    days = pd.date_range("2024-10-01", periods=N_SESSIONS, freq="3D")
    sessions = np.array([f"อบรมหลักสูตรที่ {k + 1}/2568" for k in range(N_SESSIONS)], dtype=object)
    who = rng.integers(0, N_PEOPLE, n)
    sess = rng.integers(0, N_SESSIONS, n)
    title = titles[rng.integers(0, len(titles), n)]
    frame = pd.DataFrame({
        "name": title + people[who],
        "unit": np.array(UNITS, dtype=object)[unit_of[who]],
        "date": days.strftime("%Y-%m-%d").to_numpy(dtype=object)[sess],
        "session": sessions[sess],
    })
    frame.to_csv(path, index=False)
    return path


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def run_itastats(path: Path):
    from itastats.criteria.attendance import read_attendance, summarize

    part = read_attendance(path.read_bytes(), path.name)
    return summarize([part])


def read_csv_plain(path: Path):
    """What the issue calls a plain ``pd.read_csv``: the default (C) engine."""
    import pandas as pd

    return pd.read_csv(path)


def read_csv_pyarrow(path: Path):
    """The fastest pandas read of the file (multithreaded pyarrow, strings): a floor."""
    import pandas as pd

    return pd.read_csv(path, engine="pyarrow", dtype=str)


_CHILD = """
import resource, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from itastats.criteria.attendance import read_attendance, summarize
path = Path({path!r})
result = summarize([read_attendance(path.read_bytes(), path.name)])
assert result.records == {n}, result.records
try:   # this process's own peak (ru_maxrss would carry the parent's over from before exec)
    with open("/proc/self/status") as status:
        print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024)
except (OSError, StopIteration):  # not Linux
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_mb(path: Path, n: int = N_ROWS) -> float:
    """Peak resident memory (MB) of a fresh interpreter reading and summarising the file."""
    code = _CHILD.format(root=str(ROOT), path=str(path), n=n)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def measure(tmpdir: str | Path) -> dict[str, float]:
    path = write_csv(Path(tmpdir) / "attendance_1m.csv")
    result = run_itastats(path)
    assert result.records == N_ROWS and 0 < result.attendees <= N_PEOPLE, "the benchmark file was not read"
    ours = _best(lambda: run_itastats(path))
    plain = _best(lambda: read_csv_plain(path))
    arrow = _best(lambda: read_csv_pyarrow(path))
    peak = peak_mb(path)
    size = path.stat().st_size / 2**20
    return {"attendance_1m_seconds": ours, "attendance_read_csv_seconds": plain,
            "attendance_ratio_vs_read_csv": ours / plain,
            "attendance_read_csv_pyarrow_seconds": arrow, "attendance_ratio_vs_read_csv_pyarrow": ours / arrow,
            "attendance_1m_peak_mb": peak, "attendance_file_mb": size,
            "attendance_peak_ratio_vs_file": peak / size}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, value in measure(tmp).items():
            print(f"{name}: {value:.4g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
