"""Run-time translation: ``t(key, lang, **params)``.

There is no process-wide "current language": every call names its language,
so two users of one Streamlit server never see each other's choice.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from . import messages as _messages_pkg

LANGS = ("th", "en")
DEFAULT_LANG = "th"


def _load() -> dict[str, dict[str, str]]:
    catalog: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(_messages_pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{_messages_pkg.__name__}.{info.name}")
        for key, texts in module.MESSAGES.items():
            if key in catalog:
                raise RuntimeError(f"message key {key!r} defined twice ({info.name})")
            catalog[key] = texts
    return catalog


CATALOG: dict[str, dict[str, str]] = _load()


def has(key: str) -> bool:
    return key in CATALOG


def t(key: str, lang: str = DEFAULT_LANG, /, **params: Any) -> str:
    """The text of ``key`` in ``lang`` with ``params`` filled in.

    An unknown key returns the key itself (so a page never crashes on a
    missing translation); the catalog test makes sure none is missing.
    """
    texts = CATALOG.get(key)
    if texts is None:
        return key
    text = texts.get(lang)
    if text is None:
        text = texts.get("en", key)
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text
