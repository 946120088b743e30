"""A whole project as one .zip file: ``manifest.json`` plus the original files.

The manifest names the format (``"itastats-project"``) and its
``format_version``, the itastats version that wrote it, the project's fields
(name, agency, owner, times, version, profile, state) and, for each file, the
member ``path`` in the zip, its ``name``, ``page``, ``size``, ``sha256`` and
``uploaded_at``.  Reading refuses, with an :class:`~itastats.read.problems.InputError`
whose message key is in :mod:`itastats.i18n.messages.store`, anything that is not
exactly such a file: not a zip, a damaged zip, a zip bomb, a missing or
invalid manifest, a newer format, a file whose bytes do not match its SHA-256.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from .. import __version__
from ..read.problems import ERROR, InputError, Problem
from ..read.limits import Limits
from .records import ProjectRecord

__all__ = ["FORMAT", "FORMAT_VERSION", "MANIFEST", "IMPORT_LIMITS", "ArchivedFile", "Archive",
           "write_archive", "read_archive"]

FORMAT = "itastats-project"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
IMPORT_LIMITS = Limits(max_bytes=200 * 1024 * 1024, max_unzipped_bytes=500 * 1024 * 1024)
"""A project file holds several uploads, so it may be larger than one upload."""

_HEX64 = re.compile(r"[0-9a-f]{64}")
_UNSAFE = re.compile(r'[\x00-\x1f/\\:*?"<>|]')
_READ_KEYS = {"read.zip_bomb": "store.import.zip_bomb", "read.xml_doctype": "store.import.unsafe",
              "read.damaged": "store.import.damaged", "read.too_large_unzipped": "store.import.too_large"}


@dataclass(frozen=True)
class ArchivedFile:
    name: str
    page: str
    size: int
    sha256: str
    uploaded_at: dt.datetime
    data: bytes


@dataclass(frozen=True)
class Archive:
    """A project read from a .zip, checked and ready to be stored."""
    name: str
    agency: str
    profile: dict[str, Any]
    state: dict[str, Any]
    files: tuple[ArchivedFile, ...]
    manifest: dict[str, Any]


def write_archive(record: ProjectRecord, blobs: Sequence[bytes]) -> bytes:
    """The .zip of ``record`` whose files' bytes are ``blobs`` (same order)."""
    if len(blobs) != len(record.files):
        raise ValueError("one blob per file is needed")
    entries = []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i, (f, data) in enumerate(zip(record.files, blobs), start=1):
            path = f"files/{i:03d}_{_UNSAFE.sub('_', f.name) or 'file'}"
            info = zipfile.ZipInfo(path, date_time=_zip_time(f.uploaded_at))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
            entries.append({"path": path, "name": f.name, "page": f.page, "size": f.size,
                            "sha256": f.sha256, "uploaded_at": f.uploaded_at.isoformat()})
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "itastats_version": __version__,
            "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(),
            "project": {"id": record.id, "name": record.name, "agency": record.agency,
                        "owner": record.owner, "created_at": record.created_at.isoformat(),
                        "updated_at": record.updated_at.isoformat(), "version": record.version,
                        "profile": record.profile, "state": record.state},
            "files": entries,
        }
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True))
    return out.getvalue()


def _zip_time(when: dt.datetime) -> tuple[int, ...]:
    t = when.astimezone(dt.timezone.utc)
    return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)


def _fail(key: str, filename: str, **params: Any) -> InputError:
    return InputError(Problem(key, params, file=filename, severity=ERROR))


def read_archive(data: bytes, filename: str = "project.zip", limits: Limits = IMPORT_LIMITS) -> Archive:
    """Check a project .zip completely and return what it holds.

    Raises
    ------
    InputError
        ``store.import.*`` (see :mod:`itastats.i18n.messages.store`).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if len(data) > limits.max_bytes:
        raise _fail("store.import.too_large", filename, size_mb=_mb(len(data)), limit_mb=_mb(limits.max_bytes))
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data[:2] == b"PK":  # starts like a zip, but its end (the directory) is missing
            raise _fail("store.import.damaged", filename, detail="zip")
        raise _fail("store.import.not_zip", filename)
    try:
        from ..read.reading import check_zip       # the reader (numpy, pandas): only for an import
        check_zip(data, filename, limits)
    except InputError as exc:
        key = _READ_KEYS.get(exc.problem.key, "store.import.damaged")
        raise InputError(Problem(key, dict(exc.problem.params), file=filename, severity=ERROR)) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            manifest = _manifest(zf, filename)
            project = _project(manifest.get("project"), filename)
            files = tuple(_file(zf, entry, i, filename) for i, entry in enumerate(_list(manifest, filename)))
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        raise _fail("store.import.damaged", filename, detail=str(exc) or "zip") from None
    return Archive(files=files, manifest=manifest, **project)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f}"


def _manifest(zf: zipfile.ZipFile, filename: str) -> dict[str, Any]:
    if MANIFEST not in zf.namelist():
        raise _fail("store.import.no_manifest", filename)
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _fail("store.import.bad_manifest", filename, detail="not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _fail("store.import.bad_manifest", filename, detail=f"format is not {FORMAT!r}")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("store.import.bad_manifest", filename, detail="format_version")
    if version > FORMAT_VERSION:
        raise _fail("store.import.newer_version", filename, version=version, supported=FORMAT_VERSION,
                    made_by=f"itastats {manifest.get('itastats_version', '?')}")
    return manifest


def _project(project: Any, filename: str) -> dict[str, Any]:
    if not isinstance(project, Mapping):
        raise _fail("store.import.bad_manifest", filename, detail="project")
    out = {}
    for key, kind, default in (("name", str, ""), ("agency", str, ""), ("profile", dict, {}), ("state", dict, {})):
        value = project.get(key, default)
        if not isinstance(value, kind):
            raise _fail("store.import.bad_manifest", filename, detail=f"project.{key}")
        out[key] = value
    return out


def _list(manifest: Mapping[str, Any], filename: str) -> list:
    files = manifest.get("files", [])
    if not isinstance(files, list):
        raise _fail("store.import.bad_manifest", filename, detail="files")
    return files


def _file(zf: zipfile.ZipFile, entry: Any, i: int, filename: str) -> ArchivedFile:
    def bad(what: str) -> InputError:
        return _fail("store.import.bad_manifest", filename, detail=f"files[{i}].{what}")

    if not isinstance(entry, Mapping):
        raise bad("entry")
    path, name, page = entry.get("path"), entry.get("name"), entry.get("page")
    size, sha, when = entry.get("size"), entry.get("sha256"), entry.get("uploaded_at")
    for key, value in (("path", path), ("name", name), ("page", page)):
        if not isinstance(value, str) or not value:
            raise bad(key)
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise bad("size")
    if not isinstance(sha, str) or not _HEX64.fullmatch(sha):
        raise bad("sha256")
    try:
        uploaded_at = dt.datetime.fromisoformat(when)
    except (TypeError, ValueError):
        raise bad("uploaded_at") from None
    if uploaded_at.tzinfo is None:
        raise bad("uploaded_at")
    try:
        info = zf.getinfo(path)
    except KeyError:
        raise _fail("store.import.missing_file", filename, name=name) from None
    if info.file_size != size:
        raise _fail("store.import.sha_mismatch", filename, name=name)
    data = zf.read(info)
    if hashlib.sha256(data).hexdigest() != sha:
        raise _fail("store.import.sha_mismatch", filename, name=name)
    return ArchivedFile(name=name, page=page, size=size, sha256=sha,
                        uploaded_at=uploaded_at.astimezone(dt.timezone.utc), data=data)
