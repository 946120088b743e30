"""What the store hands out: frozen records (never the bytes of a file) and
the two errors a page must handle."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["StoredFile", "ProjectSummary", "ProjectRecord", "Member", "Change", "StoreError", "NotFound",
           "NotAllowed", "ConflictError"]


@dataclass(frozen=True)
class StoredFile:
    """One uploaded file of a project, without its bytes
    (:meth:`itastats.store.Store.file_bytes` reads them).

    Attributes
    ----------
    id : str
        uuid4 hex.
    page : str
        The page it was uploaded on ("541"...).
    name : str
        The file name as uploaded.
    size : int
        Number of bytes.
    sha256 : str
        SHA-256 of the bytes, lowercase hex: traces a result to its input.
    uploaded_at : datetime.datetime
        Upload time, timezone-aware UTC.
    """
    id: str
    page: str
    name: str
    size: int
    sha256: str
    uploaded_at: dt.datetime


@dataclass(frozen=True)
class ProjectSummary:
    """A line of the project list. ``role`` is the user's: ``"owner"``,
    ``"editor"`` or ``"viewer"`` (a project shared with them)."""
    id: str
    name: str
    agency: str
    owner: str
    updated_at: dt.datetime
    version: int
    role: str = "owner"


@dataclass(frozen=True)
class ProjectRecord:
    """A stored project as of one ``version``.

    Attributes
    ----------
    id, name, agency, owner : str
        ``name`` and ``agency`` are copies of the profile's (for the list).
    created_at, updated_at : datetime.datetime
        Timezone-aware UTC.
    version : int
        1 when created, +1 for every write; pass it back as
        ``expected_version`` to write.
    profile, state : dict
        The project profile (``ProjectInfo.to_dict()``) and the pages'
        choices, as JSON values.
    files : tuple of StoredFile
        In upload order.
    role : str
        What the user who read it may do: ``"owner"``, ``"editor"`` (change
        it) or ``"viewer"`` (look, present, download).
    """
    id: str
    name: str
    agency: str
    owner: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    profile: dict[str, Any] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    files: tuple[StoredFile, ...] = ()
    role: str = "owner"

    @property
    def can_write(self) -> bool:
        """True for the owner and editors."""
        return self.role in ("owner", "editor")

    def summary(self) -> ProjectSummary:
        return ProjectSummary(self.id, self.name, self.agency, self.owner, self.updated_at, self.version,
                              self.role)


@dataclass(frozen=True)
class Member:
    """Someone a project is shared with: ``email`` (lower case), ``role``
    (``"editor"`` or ``"viewer"``), who shared it and when (UTC)."""
    email: str
    role: str
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class Change:
    """One line of a project's change log.

    Attributes
    ----------
    at : datetime.datetime
        When (UTC); for folded repeats, the latest.
    user : str
        Who.
    action : str
        ``"created"``, ``"profile"``, ``"choices"``, ``"file_added"``,
        ``"file_removed"``, ``"shared"``, ``"unshared"``.
    detail : dict
        What exactly: ``{"fields": [...]}`` for the profile, ``{"page",
        "name"}`` for a file, ``{"email", "role"}`` for sharing,
        ``{"how": "new"|"copy"|"import"|"sample"}`` for a new project.
    """
    at: dt.datetime
    user: str
    action: str
    detail: dict[str, Any] = field(default_factory=dict)


class StoreError(Exception):
    """Base of the store's own errors."""


class NotFound(StoreError, LookupError):
    """No such project (or file) for this user: never there, deleted, or
    someone else's."""

    def __init__(self, project_id: str, file_id: str | None = None):
        what = f"file {file_id!r} of project {project_id!r}" if file_id else f"project {project_id!r}"
        super().__init__(f"{what} not found")
        self.project_id = project_id
        self.file_id = file_id


class NotAllowed(StoreError, PermissionError):
    """The user may open the project but not do this to it (a viewer
    changing it, an editor sharing or deleting it)."""

    def __init__(self, project_id: str, user: str, role: str, action: str):
        super().__init__(f"{user!r} is {role} of project {project_id!r} and may not {action}")
        self.project_id = project_id
        self.user = user
        self.role = role
        self.action = action


class ConflictError(StoreError):
    """The project was saved by someone else since it was read.

    Attributes
    ----------
    project_id : str
    expected : int
        The version the caller had.
    actual : int
        The version stored now; :meth:`~itastats.store.Store.get` reads it.
    """

    def __init__(self, project_id: str, expected: int, actual: int):
        super().__init__(f"project {project_id!r} is at version {actual}, not {expected}: "
                         "it was saved elsewhere in the meantime")
        self.project_id = project_id
        self.expected = expected
        self.actual = actual
