"""AppTest: without a browser for PNG export, the page says how to get one on
the user's own system (Windows and macOS simulated: this machine is Linux)."""
from __future__ import annotations

import types

import pytest

from itastats.render import export
from test_app import app


@pytest.mark.parametrize("system, lang, words", [
    ("Windows", "th", ["Microsoft Edge", "https://www.google.com/chrome/", "โหลดหน้านี้ใหม่"]),
    ("Windows", "en", ["Microsoft Edge", "https://www.google.com/chrome/", "reload this page"]),
    ("Darwin", "en", ["this Mac", "Applications"]),
])
def test_the_page_says_how_to_get_a_browser_on_this_system(monkeypatch, tmp_path, system, lang, words):
    import choreographer.browsers.chromium as chromium
    monkeypatch.setattr(export, "platform", types.SimpleNamespace(system=lambda: system))
    monkeypatch.setattr(chromium, "chromium_based_browsers", {})    # nothing where kaleido's driver looks
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    at = app(lang)
    assert not at.exception
    warning = " ".join(w.value for w in at.warning)
    assert all(w in warning for w in words), warning
    assert "apt-get" not in warning                              # not the Linux server's instructions
    assert not [b for b in at.get("download_button")]              # no download of a PNG we cannot make
