"""Reproducible files: the same inputs and the same date give the same bytes.

The date comes from ``SOURCE_DATE_EPOCH`` (seconds since 1970, the
reproducible-builds convention: https://reproducible-builds.org/specs/source-date-epoch/)
when it is set, else today.  Office files (xlsx, docx) are zip files whose
entries carry the time they were written and whose ``docProps/core.xml``
says when they were created and modified: :func:`normalize_ooxml` sets all of
those to the build date, so two builds differ only where their content does.
"""
from __future__ import annotations

import datetime as _dt
import io
import os
import re
import zipfile
from typing import Mapping

__all__ = ["build_date", "build_datetime", "normalize_ooxml", "zip_time"]


def build_datetime(env: Mapping[str, str] | None = None) -> _dt.datetime:
    """``SOURCE_DATE_EPOCH`` as a UTC datetime, else now (UTC, whole seconds)."""
    env = os.environ if env is None else env
    raw = (env.get("SOURCE_DATE_EPOCH") or "").strip()
    if raw:
        try:
            return _dt.datetime.fromtimestamp(int(raw), tz=_dt.timezone.utc).replace(tzinfo=None)
        except (ValueError, OverflowError, OSError):
            pass
    return _dt.datetime.now(tz=_dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def build_date(env: Mapping[str, str] | None = None) -> _dt.date:
    """The date every footer and file of a build carries (see :func:`build_datetime`)."""
    return build_datetime(env).date()


def zip_time(made_on: _dt.date) -> tuple[int, int, int, int, int, int]:
    """A zip entry's time for ``made_on`` (zip cannot say a year before 1980)."""
    return (max(made_on.year, 1980), made_on.month, made_on.day, 0, 0, 0)


_CORE_TIMES = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")
_LAST_PRINTED = re.compile(rb"<cp:lastPrinted>[^<]*</cp:lastPrinted>")


def normalize_ooxml(data: bytes, made_on: _dt.date) -> bytes:
    """An xlsx/docx ``data`` with every zip entry dated ``made_on`` and its
    created/modified properties set to ``made_on`` (00:00 UTC); entries keep
    their order and content.  Bytes that are not a zip come back unchanged."""
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return data
    stamp = f"{made_on.isoformat()}T00:00:00Z".encode()
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_TIMES.sub(lambda m: m.group(1) + stamp + m.group(3), body)
                body = _LAST_PRINTED.sub(b"", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=zip_time(made_on))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, body)
    return out.getvalue()
