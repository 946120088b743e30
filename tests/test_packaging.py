"""The ``itastats`` command, without installing anything."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from itastats import cli

ROOT = Path(__file__).resolve().parents[1]


def test_the_app_command_runs_the_entry_script_next_to_its_pages():
    args = argparse.Namespace(port=8765, address="localhost", no_browser=True, sample=True)
    cmd = cli.app_command(args)
    script = Path(cmd[cmd.index("run") + 1])
    assert script == cli.app_script() == ROOT / "app.py"          # a checkout: the app at the top
    assert (script.parent / "app_pages" / "home.py").is_file()
    assert cmd[:4] == [sys.executable, "-P", "-m", "streamlit"]     # -P: never the cwd's itastats/
    flags = dict(zip(cmd[cmd.index("run") + 2::2], cmd[cmd.index("run") + 3::2]))
    assert flags["--server.port"] == "8765" and flags["--server.headless"] == "true"
    assert flags["--server.showEmailPrompt"] == "false"            # no prompt waiting on the terminal
    assert cmd[-2:] == ["--", "--sample"]
    cmd = cli.app_command(argparse.Namespace(port=None, address="localhost", no_browser=False, sample=False))
    assert "--server.headless" not in cmd and "--server.port" not in cmd and "--" not in cmd


def test_json_is_utf8_whatever_the_pipe_would_default_to():
    """A Windows pipe defaults to the ANSI code page, which has no Thai and
    no "−": the output is UTF-8 all the same, and the same JSON."""
    sample = ROOT / "sample_data" / "01_approval_days_paired.xlsx"
    cmd = [sys.executable, "-m", "itastats", "compare", str(sample), "--json", "--lang", "th"]
    outs = []
    for encoding in ("utf-8", "cp1252"):
        env = dict(os.environ, PYTHONIOENCODING=encoding)
        out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=120)
        assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
        outs.append(out.stdout)
    assert outs[0] == outs[1]
    payload = json.loads(outs[1].decode("utf-8"))
    assert "นัยสำคัญ" in payload["metrics"][0]["sentence"]
