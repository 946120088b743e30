"""The sample's evidence pack against the floor a pack cannot beat: its PNGs alone.

``measure()`` runs, in this process, with a browser that is already running
(what a warm dashboard or a second ``pack`` has), best of three each:

* ``pack``: ``python -m itastats pack sample_data --out ...`` as the command
  line runs it (:func:`itastats.cli.main`: read and classify the folder,
  every analysis, every infographic PNG, the workbooks, the memo and its
  PDF, the zip);
* ``png_batch``: the same PNGs alone (:func:`itastats.outputs.pack.plan_figures`
  of the same evidence) in one :func:`itastats.render.export.to_png_batch`.

Prints ``pack_seconds``, ``pack_png_batch_seconds`` and
``pack_ratio_vs_png_batch`` (target <= 1.5), and, with ``--profile``, where
the pack's time goes.  Run: ``python benchmarks/bench_pack.py [--profile]``.
"""
from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_read import _best  # noqa: E402  (one timer for every benchmark)

REPEAT = 3


def _evidence():
    """The sample folder's evidence, as ``pack`` collects it."""
    from itastats import cli
    from itastats.criteria.evidence import collect
    from itastats.sample import sample_dir
    profile, files, choices, _ = cli._folder_project(sample_dir(), "th")
    return collect(profile, files, choices)


def run_pack(out: Path) -> None:
    from itastats import cli
    from itastats.sample import sample_dir
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["pack", str(sample_dir()), "--out", str(out), "--lang", "th"])
    if code != 0 or not out.exists():
        raise RuntimeError(f"pack failed ({code})")


def run_png_batch(figs) -> None:
    from itastats.render import export
    pngs = export.to_png_batch([(f.fig, f.width, f.height) for f in figs])
    assert len(pngs) == len(figs)


def measure() -> dict[str, float]:
    from itastats.outputs import pack
    from itastats.render import export
    if export.browser_path() is None:
        raise RuntimeError("no Chromium/Chrome found: install chromium")
    with tempfile.TemporaryDirectory(prefix="itastats-bench-pack-") as tmp:
        out = Path(tmp) / "pack.zip"
        figs = pack.plan_figures(_evidence(), lang="th")
        run_pack(out)                                 # warm: the browser, imports, fonts
        run_png_batch(figs)
        t_batch, t_pack = [], []
        for _ in range(REPEAT):                       # side by side, alternated
            t_pack.append(_best(lambda: run_pack(out), 1))
            t_batch.append(_best(lambda: run_png_batch(figs), 1))
    return {"pack_seconds": min(t_pack), "pack_png_batch_seconds": min(t_batch),
            "pack_pngs": float(len(figs)), "pack_ratio_vs_png_batch": min(t_pack) / min(t_batch)}


def profile() -> None:
    """Where a warm pack's time goes (cProfile, cumulative)."""
    import cProfile
    import pstats
    with tempfile.TemporaryDirectory(prefix="itastats-bench-pack-") as tmp:
        out = Path(tmp) / "pack.zip"
        run_pack(out)
        prof = cProfile.Profile()
        prof.enable()
        run_pack(out)
        prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    if "--profile" in sys.argv[1:]:
        profile()
    else:
        for name, value in measure().items():
            print(f"{name}: {value:.4g}")
