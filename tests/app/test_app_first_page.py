"""A fresh server's first page (home on the open project) needs none of the
heavy libraries the analyses use: their results come from the project's kept
summary.  Each run is a process of its own, as a fresh server is."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=120)
at.run()
assert not at.exception, at.exception
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"pandas", "scipy", "alembic", "pyarrow", "kaleido"})
import threading
for th in threading.enumerate():          # the scorecard's PNG, kept in the background for the next time
    if th.name == "itastats-scorecard-png":
        th.join(120)
print(json.dumps({"heavy": heavy, "headers": [h.value for h in at.header],
                  "captions": [c.value for c in at.caption], "charts": len(at.get("plotly_chart")),
                  "images": len(at.get("image"))}))
"""


def _home(env_dir: Path) -> dict:
    import os
    env = {**os.environ, "ITASTATS_DATA_DIR": str(env_dir)}
    env.pop("ITASTATS_DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-c", CODE, str(ROOT / "app.py")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_fresh_server_draws_home_without_the_analyses_libraries(tmp_path):
    first = _home(tmp_path / "data")             # makes the sample project and computes its summary
    assert "scipy" in first["heavy"]             # (the analyses ran: this process needed them)
    again = _home(tmp_path / "data")             # a fresh process: the kept summary
    assert again["heavy"] == []
    assert again["headers"] == first["headers"] and "สล สุขดี มีคุณธรรม" in again["headers"]
    assert again["captions"] == first["captions"]
    from itastats.render import export
    if export.export_status()["browser_found"]:   # the scorecard drawn the first time, its picture after
        assert (first["charts"], first["images"]) == (1, 0) and (again["charts"], again["images"]) == (0, 1)
    else:
        assert first["charts"] == again["charts"] == 1
