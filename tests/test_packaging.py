"""The package's metadata and the ``itastats`` command, without building
anything (tests/install/test_wheel.py builds and installs the wheel)."""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import itastats
from itastats import cli

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _pins() -> dict[str, Requirement]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            r = Requirement(line)
            pins[canonicalize_name(r.name)] = r
    return pins


def test_the_dependencies_are_the_pinned_requirements_as_compatible_ranges():
    pins = _pins()
    deps = {canonicalize_name(r.name): r for r in map(Requirement, PYPROJECT["project"]["dependencies"])}
    assert deps.keys() == pins.keys()
    for name, dep in deps.items():
        [pin] = pins[name].specifier                     # requirements.txt: exactly one ==X.Y.Z
        assert pin.operator == "==", name
        assert dep.extras == pins[name].extras, name
        [spec] = dep.specifier                           # pyproject: ~=X.Y.Z (or ~=X.Y), the same release
        assert spec.operator == "~=" and spec.version == pin.version, (name, str(spec), pin.version)
        assert dep.specifier.contains(pin.version), name


def test_the_version_is_in_one_place():
    project = PYPROJECT["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "itastats/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", itastats.__version__)
    out = subprocess.run([sys.executable, "-m", "itastats", "--version"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"itastats {itastats.__version__}"


def test_one_command_on_path_and_the_app_files_mapped_into_the_package():
    assert PYPROJECT["project"]["scripts"] == {"itastats": "itastats.cli:main"}
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    mapped = wheel["force-include"]
    for source, target in mapped.items():
        assert (ROOT / source).exists(), source
        assert target.startswith("itastats/"), target
    # Streamlit reads app_pages/, .streamlit/config.toml and static/ next to the entry script
    assert {mapped[k].rsplit("/", 1)[0] for k in ("app_pages", "static")} == {"itastats/_app"}
    assert mapped["app.py"] == "itastats/_app/app.py"
    assert mapped[".streamlit/config.toml"] == "itastats/_app/.streamlit/config.toml"
    assert mapped["sample_data"] == "itastats/sample_data"


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


def test_readme_names_the_wheel_of_this_version():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    wheels = re.findall(r"itastats-(\d[^-\s]*)-py3-none-any\.whl", readme)
    assert wheels and set(wheels) == {itastats.__version__}
    first = readme.index("```bash")                                  # the two commands stay first
    assert readme[first:].startswith("```bash\nbash scripts/dashboard.sh")
    assert readme.index("## On Windows") < readme.index("## On macOS") < readme.index("## What is here")
