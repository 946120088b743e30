import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import pytest


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    """Every test gets its own itastats data folder (and so its own SQLite
    database): nothing a test saves leaks into another or into the user's."""
    monkeypatch.setenv("ITASTATS_DATA_DIR", str(tmp_path / "itastats-data"))
    monkeypatch.delenv("ITASTATS_DATABASE_URL", raising=False)


# the real-browser rig (a streamlit server per test module, Debian's chromium): tests/browser_support.py
from browser_support import browser, data_dir, server  # noqa: E402
_BROWSER_FIXTURES = (browser, data_dir, server)
