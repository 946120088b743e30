"""What the home page shows of a project, as text that can be kept, and its key.

The home page of a project shows its KPI scorecard and its evidence
checklist, and both come from every analysis of the project
(:func:`itastats.criteria.evidence.collect`: a second on the sample, more on
a large attendance file).  A fresh server would run them all just to draw
home.  :class:`Summary` is the part home needs (the KPI statuses and the
checklist items), :func:`dumps`/:func:`loads` turn it into JSON text and
back (the same objects: tuples stay tuples), and :func:`key` is the SHA-256
of everything it is computed from:

* the SHA-256 of every file, with its page, name and order;
* the profile, and the choices saved by the pages that the analyses read;
* the language;
* itastats' own code (:func:`code_digest`: every source file of the
  package, so a changed analysis or message gives another key even when
  the version number did not change).

Any change of one of them gives another key; the store keeps a summary per
project (``Store.keep_summary``), seen only by those who may open it.
"""
from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import math
import numbers
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from .checklist import ChecklistItem
from .evidence import used_choices
from .kpi import KPIStatus, Source
from .project import KPI, ProjectInfo

__all__ = ["Summary", "FORMAT", "of", "key", "code_digest", "dumps", "loads"]

FORMAT = 1
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PACKAGE = Path(__file__).resolve().parents[1]        # itastats/


@dataclass(frozen=True)
class Summary:
    """The KPI statuses and the checklist of one project (what home shows),
    and, once it was drawn, the scorecard of those statuses as a PNG (home
    shows that picture on a fresh server: no charting code for the browser
    to load before home is there)."""
    kpis: tuple = ()
    checklist: tuple = ()
    scorecard_png: bytes | None = None


def of(evidence) -> Summary:
    """The summary of an :class:`~itastats.criteria.evidence.Evidence`."""
    return Summary(tuple(evidence.kpis), tuple(evidence.checklist))


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of itastats' code: its version and every source file of the
    package (path and bytes), read once per process."""
    from .. import __version__
    h = hashlib.sha256(f"itastats {__version__}\n".encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        data = path.read_bytes()
        h.update(f"{rel}\0{len(data)}\0".encode("utf-8"))
        h.update(data)
    return h.hexdigest()


def key(profile: ProjectInfo, choices: Mapping[str, Any], files: Mapping[str, Sequence[tuple[str, str]]],
        language: str, *, code: str | None = None) -> str:
    """The key of a project's summary: SHA-256 (hex) of its inputs.

    Parameters
    ----------
    profile : ProjectInfo
    choices : mapping
        The choices saved by the pages (widget key -> value); only those the
        analyses read count (:func:`~itastats.criteria.evidence.used_choices`).
    files : mapping
        Page code -> ``((file name, SHA-256 hex of its bytes), ...)`` in the
        project's order (the order matters: e.g. the last survey file is used).
    language : str
    code : str, optional
        :func:`code_digest` (the default); for tests.
    """
    doc = {
        "format": FORMAT,
        "code": code if code is not None else code_digest(),
        "language": language,
        "profile": profile.to_dict(),
        "choices": used_choices(choices, {page: [name for name, _ in fs] for page, fs in files.items()}),
        "files": [[page, [[name, sha] for name, sha in fs]] for page, fs in sorted(files.items())],
    }
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- as text and back
def _enc(x: Any) -> Any:
    """Plain data as JSON with its types kept: a tuple is ``{"t": [...]}``, a
    mapping ``{"m": [[key, value], ...]}`` (keys of any plain type), a float
    that JSON cannot hold ``{"f": "nan"}``."""
    if x is None or isinstance(x, (bool, str, int)):
        return x
    if isinstance(x, numbers.Integral):        # numpy's too
        return int(x)
    if isinstance(x, numbers.Real):
        x = float(x)
        return x if math.isfinite(x) else {"f": repr(x)}
    if isinstance(x, tuple):
        return {"t": [_enc(v) for v in x]}
    if isinstance(x, list):
        return [_enc(v) for v in x]
    if isinstance(x, Mapping):
        return {"m": [[_enc(k), _enc(v)] for k, v in x.items()]}
    raise TypeError(f"cannot keep a {type(x).__name__} in a summary")


def _dec(x: Any) -> Any:
    if isinstance(x, list):
        return [_dec(v) for v in x]
    if isinstance(x, dict):
        if set(x) == {"t"}:
            return tuple(_dec(v) for v in x["t"])
        if set(x) == {"m"}:
            return {_hashable(_dec(k)): _dec(v) for k, v in x["m"]}
        if set(x) == {"f"}:
            return float(x["f"])
        raise ValueError(f"not a summary value: {sorted(x)}")
    return x


def _hashable(k: Any) -> Any:
    if isinstance(k, list):
        raise ValueError("a mapping key cannot be a list")
    return k


def _source(s: Source | None) -> Any:
    if s is None:
        return None
    return {"key": s.key, "label_key": s.label_key, "params": dict(s.params), "value": s.value, "unit": s.unit}


def dumps(summary: Summary) -> str:
    """The summary as JSON text (TypeError when a value cannot be kept)."""
    doc = {
        "format": FORMAT,
        "kpis": [{"kpi": s.kpi.to_dict(), "measured": s.measured, "achieved": s.achieved,
                  "source": _source(s.source), "error": s.error, "params": dict(s.params)} for s in summary.kpis],
        "checklist": [{"code": i.code, "title_key": i.title_key, "status": i.status, "detail_key": i.detail_key,
                       "params": dict(i.params), "page": i.page} for i in summary.checklist],
    }
    if summary.scorecard_png is not None:
        if not isinstance(summary.scorecard_png, bytes) or not summary.scorecard_png.startswith(PNG_SIGNATURE):
            raise TypeError("a summary's scorecard is a PNG")
        doc["scorecard_png"] = base64.b64encode(summary.scorecard_png).decode("ascii")
    return json.dumps(_enc(doc), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads(text: str) -> Summary:
    """A summary from :func:`dumps`' text (ValueError when it is not one of this format)."""
    try:
        doc = _dec(json.loads(text))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a summary of this format")
        kpis = tuple(KPIStatus(kpi=KPI.from_dict(k["kpi"]), measured=k["measured"], achieved=k["achieved"],
                               source=None if k["source"] is None else Source(**k["source"]),
                               error=k["error"], params=k["params"]) for k in doc["kpis"])
        items = tuple(ChecklistItem(**i) for i in doc["checklist"])
        png = doc.get("scorecard_png")
        png = None if png is None else base64.b64decode(png.encode("ascii"), validate=True)
    except (KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise ValueError(f"not a summary: {exc}") from exc
    if png is not None and not png.startswith(PNG_SIGNATURE):
        raise ValueError("not a summary: its scorecard is not a PNG")
    return Summary(kpis, items, png)
