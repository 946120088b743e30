"""The summary PDF of the sample project (itastats.outputs.pdf): time to print,
size, pages, and whether two prints are byte-identical.

``measure()`` exports the sample's A4 infographics once (not timed here:
bench_png.py times PNG export), then prints the summary twice with the same
date, each in a fresh browser (as the pack does), and returns:

* ``pdf_print_seconds``: wall-clock of one print (browser start, measuring
  pass, print; the best of the two);
* ``pdf_bytes``, ``pdf_pages``, ``pdf_images``;
* ``pdf_identical``: 1 when the two prints are the same bytes.

Target: ``pdf_print_seconds`` < 15 on the 2-core machine; ``pdf_identical`` = 1.
Run ``python benchmarks/bench_summary_pdf.py`` to print ``name: value`` lines.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from itastats import sample  # noqa: E402
from itastats.criteria.evidence import collect  # noqa: E402
from itastats.outputs import pack, pdf  # noqa: E402
from itastats.render import export  # noqa: E402

MADE_ON = dt.date(2026, 9, 30)


def measure() -> dict[str, float]:
    ev = collect(sample.sample_project(), sample.sample_project_files())
    figs = pack.plan_figures(ev, made_on=MADE_ON, slides=False)
    pngs = export.to_png_batch([(f.fig, f.width, f.height) for f in figs])
    a4 = {f.path.rsplit("/", 1)[-1]: data for f, data in zip(figs, pngs)}
    first = pdf.make_summary(ev, a4, made_on=MADE_ON)
    second = pdf.make_summary(ev, a4, made_on=MADE_ON)
    return {
        "pdf_print_seconds": round(min(first.seconds, second.seconds), 2),
        "pdf_bytes": len(first.data),
        "pdf_pages": first.pages,
        "pdf_images": len(a4),
        "pdf_png_bytes": sum(len(d) for d in a4.values()),
        "pdf_identical": int(first.data == second.data),
    }


if __name__ == "__main__":
    for name, value in measure().items():
        print(f"{name}: {value}")
    export.shutdown()
