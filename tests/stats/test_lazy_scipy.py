"""scipy is imported when a test first needs it, not when the dashboard's
modules are imported (a page that only shows stored results tests nothing)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import json, sys
import itastats.stats.analysis, itastats.stats.compare, itastats.stats.counts, itastats.stats.rank
import itastats.criteria.evidence, itastats.criteria.workflow, itastats.criteria.kpi, itastats.criteria.checklist
import itastats.criteria.survey, itastats.criteria.attendance, itastats.criteria.learning
before = any(m == "scipy" or m.startswith("scipy.") for m in sys.modules)
from itastats.stats import compare, counts
t = compare.paired([1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 3.0, 3.0, 5.0, 7.5]).parametric
print(json.dumps([before, "scipy.special" in sys.modules, t.pvalue, counts._pbinom(3, 10, 0.5)]))
"""


def test_scipy_is_imported_on_first_use_and_then_works():
    out = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after, p, cdf = json.loads(out.stdout.strip().splitlines()[-1])
    assert before is False          # nothing of scipy on import
    assert after is True            # imported by the first test that needs it
    # differences 1, 1, 0, 1, 2.5: t = 1.1 / (sqrt(0.8) / sqrt(5)) = 2.75 on 4 df;
    # R: 2 * pt(-2.75, 4) = 0.05137443
    assert abs(p - 0.05137443) < 1e-7
    assert cdf == 176 / 1024        # P(X <= 3), X ~ Binomial(10, 1/2): (1 + 10 + 45 + 120) / 2^10
