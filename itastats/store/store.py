"""The :class:`Store`: projects, their uploaded files and choices, in SQLite
or PostgreSQL through SQLAlchemy Core.

Every write is one transaction that also bumps the project's ``version``
with ``UPDATE ... WHERE id = :id AND owner = :user AND version = :expected``:
when no row matches, the project was saved elsewhere since the caller read
it and :class:`ConflictError` says so (optimistic concurrency).  Nothing is
cached in the process, so several app processes on one database always see
each other's saves.  Every method takes the user: a project is seen by its
owner and by those it is shared with (:meth:`Store.share`), anyone else gets
:class:`NotFound`; an editor may change it, a viewer only read it
(:class:`NotAllowed` otherwise).  Every change is written to the project's
change log (:meth:`Store.changes`) in the same transaction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..read.limits import Limits
from . import migrate
from .archive import IMPORT_LIMITS, read_archive, write_archive
from .config import default_url
from .db import make_engine, reader, writer
from .access import CAN_WRITE, OWNER, SHARE_ROLES, normalise_email
from .records import Change, ConflictError, Member, NotAllowed, NotFound, ProjectRecord, ProjectSummary, StoredFile
from .schema import (project_changes, project_files, project_members, project_summaries, projects, store_meta,
                     user_settings)

__all__ = ["Store", "SAMPLE_PAGE", "PAUSE_FILE_ENV"]

SAMPLE_PAGE = "541"
SURVEY_PAGE = "543"
ATTENDANCE_PAGE = "532"       # sign-in sheets, Zoom/Teams reports, check-in forms
HEADCOUNT_PAGE = "532h"       # staff per unit
LEARNING_PAGE = "532t"        # pre-test / post-test scores
ACTIVITY_PHOTO_PAGE = "531"   # photos of the activity log (resized JPEG)
COMMUNICATION_PHOTO_PAGE = "521"
AWARD_FILE_PAGE = "542"       # certificates, letters, news clippings of the awards register
PAUSE_FILE_ENV = "ITASTATS_STORE_PAUSE_FILE"
"""Test hook: when set, every write touches this file just before it commits
and then sleeps ``ITASTATS_STORE_PAUSE_SECONDS`` (60), so that a test can kill
the process in the middle of a save."""
FOLD_CHANGES = dt.timedelta(minutes=10)
"""Saves of the same kind by the same user within this time are one line of the log."""
SUMMARIES_KEPT = 4
"""Kept summaries per project (:meth:`Store.keep_summary`): the two languages, before and after a change."""
_FILE_COLUMNS = (project_files.c.id, project_files.c.page, project_files.c.name, project_files.c.size,
                 project_files.c.sha256, project_files.c.uploaded_at)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _new_id() -> str:
    return uuid.uuid4().hex


def _dumps(value: Any, what: str) -> str:
    """``value`` as JSON text; TypeError for anything JSON cannot hold."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a dict, not {type(value).__name__}")
    try:
        return json.dumps(dict(value), ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{what} cannot be stored as JSON: {exc}") from None


def _text(value: Any, what: str, *, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be text, not {type(value).__name__}")
    if not empty and not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value


def _user(user: Any) -> str:
    user = _text(user, "user", empty=False)
    if len(user) > 200:
        raise ValueError("user must be at most 200 characters")
    return user


def _version(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected_version must be an int, not {type(value).__name__}")
    return value


def _bytes(data: Any) -> bytes:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    return bytes(data)


def _mirrored(profile: Mapping[str, Any]) -> dict[str, str]:
    """The list columns copied from a profile: only the keys it has."""
    return {key: value for key in ("name", "agency")
            if isinstance(value := profile.get(key), str)}


def _choices_changed(old: Any, new: Any) -> bool:
    """True when a choice that was saved before has another value now. The
    first values of a page's widgets (saved the first time the page is drawn)
    and choices dropped with their file are not changes a person made."""
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        return old != new and bool(old) and bool(new)
    return any(key in old and old[key] != value for key, value in new.items())


def _pause_point() -> None:
    marker = os.environ.get(PAUSE_FILE_ENV)
    if marker:
        Path(marker).touch()
        time.sleep(float(os.environ.get("ITASTATS_STORE_PAUSE_SECONDS", "60")))


class Store:
    """Saved projects in one database.

    Parameters
    ----------
    url : str, optional
        An SQLAlchemy URL (``sqlite:///path.db``,
        ``postgresql+psycopg://user:pw@host/db``; a bare ``postgresql://``
        uses psycopg 3).  None: :func:`default_url`.
    import_limits : Limits, optional
        What a project file given to :meth:`import_project` may be.

    Notes
    -----
    Opening creates the schema, or upgrades an older one, to the newest
    revision (:mod:`itastats.store.migrate`): there is no set-up step.
    One Store holds a connection pool and no user data, so a server
    process can share one among all its sessions.

    Examples
    --------
    >>> import tempfile
    >>> store = Store(f"sqlite:///{tempfile.mkdtemp()}/itastats.db")
    >>> rec = store.create_project("local", name="Demo", profile={"name": "Demo"})
    >>> rec = store.save("local", rec.id, expected_version=rec.version, state={"page": "541"})
    >>> rec.version, store.get("local", rec.id).state
    (2, {'page': '541'})
    >>> store.close()
    """

    def __init__(self, url: str | None = None, *, import_limits: Limits = IMPORT_LIMITS):
        self.url = default_url() if url is None else url
        self.import_limits = import_limits
        self._engine = make_engine(self.url)
        try:
            migrate.upgrade(self._engine)
        except BaseException:
            self._engine.dispose()
            raise
        self._reader = reader(self._engine)
        self._writer = writer(self._engine)

    def __repr__(self) -> str:
        url = self.url if self._engine.dialect.name == "sqlite" else \
            self._engine.url.render_as_string(hide_password=True)
        return f"Store({url!r})"

    def close(self) -> None:
        """Close the pool's connections (the Store can still be used after)."""
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------ transactions
    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self._reader.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn
            _pause_point()

    def _role(self, conn: Connection, user: str, project_id: str) -> str:
        """The user's role in the project; NotFound when they have none."""
        owner = conn.execute(sa.select(projects.c.owner).where(projects.c.id == project_id)).scalar_one_or_none()
        if owner is not None and owner == user:
            return OWNER
        role = None if owner is None else conn.execute(sa.select(project_members.c.role).where(
            project_members.c.project_id == project_id, project_members.c.user == user)).scalar_one_or_none()
        if role is None:
            raise NotFound(project_id)
        return role

    def _need(self, conn: Connection, user: str, project_id: str, roles, action: str) -> str:
        role = self._role(conn, user, project_id)
        if role not in roles:
            raise NotAllowed(project_id, user, role, action)
        return role

    def _bump(self, conn: Connection, user: str, project_id: str, expected: int, **values: Any) -> None:
        """The access and version checks and the bump that start every write to a project."""
        self._need(conn, user, project_id, CAN_WRITE, "change it")
        result = conn.execute(
            projects.update()
            .where(projects.c.id == project_id, projects.c.version == expected)
            .values(version=projects.c.version + 1, updated_at=_now(), **values))
        if result.rowcount != 1:
            actual = conn.execute(sa.select(projects.c.version).where(
                projects.c.id == project_id)).scalar_one_or_none()
            if actual is None:
                raise NotFound(project_id)
            raise ConflictError(project_id, expected, actual)

    def _log(self, conn: Connection, user: str, project_id: str, action: str, fold: bool = False,
             **detail: Any) -> None:
        """One line of the change log. ``fold``: a repeat of the last line (same
        user and action, within FOLD_CHANGES) updates it instead."""
        now = _now()
        if fold:
            last = conn.execute(sa.select(project_changes).where(project_changes.c.project_id == project_id)
                                .order_by(project_changes.c.id.desc()).limit(1)).one_or_none()
            if last is not None and last.user == user and last.action == action and now - last.at < FOLD_CHANGES:
                merged = json.loads(last.detail)
                for key, value in detail.items():
                    if isinstance(value, list):
                        merged[key] = sorted(set(merged.get(key, [])) | set(value))
                    else:
                        merged[key] = value
                conn.execute(project_changes.update().where(project_changes.c.id == last.id)
                             .values(at=now, detail=json.dumps(merged, ensure_ascii=False, sort_keys=True)))
                return
        conn.execute(project_changes.insert().values(
            project_id=project_id, at=now, user=user, action=action,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True)))

    def _read(self, conn: Connection, user: str, project_id: str) -> ProjectRecord:
        role = self._role(conn, user, project_id)
        row = conn.execute(sa.select(projects).where(projects.c.id == project_id)).one_or_none()
        if row is None:
            raise NotFound(project_id)
        files = conn.execute(sa.select(*_FILE_COLUMNS).where(project_files.c.project_id == project_id)
                             .order_by(project_files.c.seq)).all()
        return ProjectRecord(
            id=row.id, name=row.name, agency=row.agency, owner=row.owner, created_at=row.created_at,
            updated_at=row.updated_at, version=row.version, profile=json.loads(row.profile),
            state=json.loads(row.state), files=tuple(StoredFile(*f) for f in files), role=role)

    def _insert_project(self, conn: Connection, user: str, *, name: str, agency: str, profile: str,
                        state: str) -> str:
        project_id, now = _new_id(), _now()
        conn.execute(projects.insert().values(
            id=project_id, name=name, agency=agency, owner=user, created_at=now, updated_at=now,
            version=1, profile=profile, state=state))
        return project_id

    def _insert_file(self, conn: Connection, project_id: str, *, page: str, name: str, data: bytes,
                     seq: int | None = None, sha256: str | None = None,
                     uploaded_at: dt.datetime | None = None) -> None:
        if seq is None:
            seq = conn.execute(sa.select(sa.func.coalesce(sa.func.max(project_files.c.seq), 0))
                               .where(project_files.c.project_id == project_id)).scalar_one() + 1
        conn.execute(project_files.insert().values(
            id=_new_id(), project_id=project_id, seq=seq, page=page, name=name, size=len(data),
            sha256=sha256 or hashlib.sha256(data).hexdigest(), uploaded_at=uploaded_at or _now(),
            data=data))

    # ------------------------------------------------------------ reading
    def list_projects(self, user: str) -> list[ProjectSummary]:
        """The user's own projects and those shared with them, the most
        recently changed first (each with the user's ``role``)."""
        user = _user(user)
        columns = (projects.c.id, projects.c.name, projects.c.agency, projects.c.owner,
                   projects.c.updated_at, projects.c.version)
        own = sa.select(*columns, projects.c.created_at).where(projects.c.owner == user)
        shared = (sa.select(*columns, projects.c.created_at, project_members.c.role)
                  .join(project_members, project_members.c.project_id == projects.c.id)
                  .where(project_members.c.user == user, projects.c.owner != user))
        with self._reading() as conn:
            rows = [(*row[:6], OWNER, row[6]) for row in conn.execute(own)]
            rows += [(*row[:6], row[7], row[6]) for row in conn.execute(shared)]
        rows.sort(key=lambda r: r[0])
        rows.sort(key=lambda r: (r[4], r[7]), reverse=True)
        return [ProjectSummary(*row[:7]) for row in rows]

    def get(self, user: str, project_id: str) -> ProjectRecord:
        """The project as stored now.

        Raises
        ------
        NotFound
            No such project for ``user``.
        """
        user = _user(user)
        with self._reading() as conn:
            return self._read(conn, user, project_id)

    def get_role(self, user: str, project_id: str) -> str:
        """The user's role in the project now: ``"owner"``, ``"editor"`` or
        ``"viewer"`` (a light query: a page asks it on every run).

        Raises
        ------
        NotFound
            No such project for ``user``.
        """
        user = _user(user)
        with self._reading() as conn:
            return self._role(conn, user, project_id)

    def file_bytes(self, user: str, project_id: str, file_id: str) -> bytes:
        """The original bytes of one stored file.

        Raises
        ------
        NotFound
            No such project for ``user``, or no such file in it.
        """
        user = _user(user)
        query = (sa.select(project_files.c.data)
                 .where(project_files.c.id == file_id, project_files.c.project_id == project_id))
        with self._reading() as conn:
            self._role(conn, user, project_id)
            data = conn.execute(query).scalar_one_or_none()
        if data is None:
            raise NotFound(project_id, file_id)
        return bytes(data)

    # ------------------------------------------------------------ writing
    def create_project(self, user: str, *, name: str, profile: dict | None = None,
                       state: dict | None = None) -> ProjectRecord:
        """A new project of ``user`` at version 1.

        ``name`` is the list's name; ``agency`` comes from ``profile``.

        Raises
        ------
        TypeError
            ``profile`` or ``state`` is not a dict of JSON values.
        """
        user, name = _user(user), _text(name, "name")
        profile = {} if profile is None else profile
        profile_text = _dumps(profile, "profile")
        state_text = _dumps({} if state is None else state, "state")
        with self._writing() as conn:
            project_id = self._insert_project(conn, user, name=name, agency=_mirrored(profile).get("agency", ""),
                                              profile=profile_text, state=state_text)
            self._log(conn, user, project_id, "created", how="new")
            return self._read(conn, user, project_id)

    def save(self, user: str, project_id: str, *, expected_version: int, profile: dict | None = None,
             state: dict | None = None) -> ProjectRecord:
        """Replace the profile and/or the state (None: leave it as it is).

        A saved profile's ``name`` and ``agency`` are copied to the list.

        The change log gets the profile's top-level fields that changed
        (``"profile"``) and/or that the choices changed (``"choices"``).

        Raises
        ------
        ConflictError
            The stored version is not ``expected_version`` (saved elsewhere).
        NotFound
            No such project for ``user``.
        NotAllowed
            ``user`` is a viewer.
        TypeError
            ``profile`` or ``state`` is not a dict of JSON values.
        """
        user, expected = _user(user), _version(expected_version)
        values: dict[str, Any] = {}
        if profile is not None:
            values["profile"] = _dumps(profile, "profile")
            values.update(_mirrored(profile))
        if state is not None:
            values["state"] = _dumps(state, "state")
        with self._writing() as conn:
            before = conn.execute(sa.select(projects.c.profile, projects.c.state)
                                  .where(projects.c.id == project_id)).one_or_none()
            self._bump(conn, user, project_id, expected, **values)
            if profile is not None:
                old = json.loads(before.profile)
                new = json.loads(values["profile"])
                fields = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
                if fields:
                    self._log(conn, user, project_id, "profile", fold=True, fields=fields)
            if state is not None and _choices_changed(json.loads(before.state).get("widgets"), state.get("widgets")):
                self._log(conn, user, project_id, "choices", fold=True)
            return self._read(conn, user, project_id)

    def add_file(self, user: str, project_id: str, *, expected_version: int, page: str, name: str,
                 data: bytes) -> ProjectRecord:
        """Store an uploaded file's original bytes (after the project's other files).

        Raises
        ------
        ConflictError, NotFound
            As :meth:`save`.
        """
        user, expected = _user(user), _version(expected_version)
        page, name, data = _text(page, "page", empty=False), _text(name, "name", empty=False), _bytes(data)
        with self._writing() as conn:
            self._bump(conn, user, project_id, expected)
            self._insert_file(conn, project_id, page=page, name=name, data=data)
            self._log(conn, user, project_id, "file_added", page=page, name=name)
            return self._read(conn, user, project_id)

    def remove_file(self, user: str, project_id: str, file_id: str, *, expected_version: int) -> ProjectRecord:
        """Delete one stored file.

        Raises
        ------
        ConflictError
            As :meth:`save`.
        NotFound
            No such project for ``user``, or no such file in it.
        """
        user, expected = _user(user), _version(expected_version)
        with self._writing() as conn:
            self._bump(conn, user, project_id, expected)
            gone = conn.execute(sa.select(project_files.c.page, project_files.c.name).where(
                project_files.c.id == file_id, project_files.c.project_id == project_id)).one_or_none()
            if gone is None:
                raise NotFound(project_id, file_id)  # rolls the version bump back
            conn.execute(project_files.delete().where(project_files.c.id == file_id))
            self._log(conn, user, project_id, "file_removed", page=gone.page, name=gone.name)
            return self._read(conn, user, project_id)

    def duplicate(self, user: str, project_id: str, *, name: str) -> ProjectRecord:
        """A new, independent project of ``user`` with a copy of the profile,
        state and files (any user who may open the project may copy it; the
        copy is shared with no one).

        The copy is called ``name``; so is its profile, when the profile has a
        ``"name"``.  Files keep their upload times and checksums.
        """
        user, name = _user(user), _text(name, "name")
        with self._writing() as conn:
            source = self._read(conn, user, project_id)
            profile = dict(source.profile)
            if "name" in profile:
                profile["name"] = name
            new_id = self._insert_project(conn, user, name=name, agency=source.agency,
                                          profile=_dumps(profile, "profile"), state=_dumps(source.state, "state"))
            for seq, f in enumerate(source.files, start=1):
                data = conn.execute(sa.select(project_files.c.data)
                                    .where(project_files.c.id == f.id)).scalar_one()
                self._insert_file(conn, new_id, page=f.page, name=f.name, data=bytes(data), seq=seq,
                                  sha256=f.sha256, uploaded_at=f.uploaded_at)
            self._log(conn, user, new_id, "created", how="copy", source=source.name)
            return self._read(conn, user, new_id)

    def delete(self, user: str, project_id: str) -> None:
        """Delete a project and all its files.

        Raises
        ------
        NotFound
            No such project for ``user``.
        NotAllowed
            ``user`` is not its owner.
        """
        user = _user(user)
        with self._writing() as conn:
            self._need(conn, user, project_id, (OWNER,), "delete it")
            for table in (project_files, project_members, project_changes, project_summaries):
                conn.execute(table.delete().where(table.c.project_id == project_id))
            if conn.execute(projects.delete().where(projects.c.id == project_id,
                                                    projects.c.owner == user)).rowcount != 1:
                raise NotFound(project_id)
            conn.execute(user_settings.update().where(user_settings.c.last_project == project_id)
                         .values(last_project=None))

    # ------------------------------------------------------------ one file per project
    def export_project(self, user: str, project_id: str) -> bytes:
        """The whole project as one .zip (see :mod:`itastats.store.archive`)."""
        user = _user(user)
        with self._reading() as conn:
            record = self._read(conn, user, project_id)
            blobs = [bytes(conn.execute(sa.select(project_files.c.data)
                                        .where(project_files.c.id == f.id)).scalar_one())
                     for f in record.files]
        return write_archive(record, blobs)

    def import_project(self, user: str, data: bytes, *, filename: str = "project.zip") -> ProjectRecord:
        """Add a project from a file made by :meth:`export_project`, as a NEW
        project of ``user`` (a new id; nothing existing is overwritten).

        Raises
        ------
        InputError
            The file is not such a project file, damaged, a zip bomb, from a
            newer itastats, or a file in it does not match its SHA-256; the
            database is not changed.
        """
        user = _user(user)
        archive = read_archive(data, filename, self.import_limits)
        with self._writing() as conn:
            project_id = self._insert_project(conn, user, name=archive.name, agency=archive.agency,
                                              profile=_dumps(archive.profile, "profile"),
                                              state=_dumps(archive.state, "state"))
            for seq, f in enumerate(archive.files, start=1):
                self._insert_file(conn, project_id, page=f.page, name=f.name, data=f.data, seq=seq,
                                  sha256=f.sha256, uploaded_at=f.uploaded_at)
            self._log(conn, user, project_id, "created", how="import")
            return self._read(conn, user, project_id)

    # ------------------------------------------------------------ the sample project
    def ensure_sample(self, user: str) -> ProjectRecord | None:
        """Create the sample project "สล สุขดี มีคุณธรรม" for ``user``, once.

        The database remembers that it was done (table ``store_meta``), so a
        user who deletes the sample does not get it back.

        Returns
        -------
        ProjectRecord or None
            The new sample project; None when it was made before (or the
            sample data is not installed).
        """
        user = _user(user)
        key = f"sample_created:{user}"
        with self._reading() as conn:
            if conn.execute(sa.select(store_meta.c.key).where(store_meta.c.key == key)).first():
                return None
        from .. import sample  # only when needed: reads the sample folder

        try:
            profile = sample.sample_project().to_dict()
            files = [(page, name, data) for page, named in sample.sample_project_files().items()
                     for name, data in named.items()]
            state = {"widgets": sample.sample_project_choices()}
        except FileNotFoundError:
            return None
        try:
            with self._writing() as conn:
                if conn.execute(sa.select(store_meta.c.key).where(store_meta.c.key == key)).first():
                    return None
                conn.execute(store_meta.insert().values(key=key, value=_now().isoformat()))
                project_id = self._insert_project(
                    conn, user, name=str(profile.get("name", "")), agency=str(profile.get("agency", "")),
                    profile=_dumps(profile, "profile"), state=_dumps(state, "state"))
                for page, name, data in files:
                    self._insert_file(conn, project_id, page=page, name=name, data=data)
                self._log(conn, user, project_id, "created", how="sample")
                return self._read(conn, user, project_id)
        except sa.exc.IntegrityError:  # another process made it at the same moment
            return None

    # ------------------------------------------------------------ sharing
    def share(self, user: str, project_id: str, email: str, role: str) -> Member:
        """Let ``email`` open the project as ``role`` (``"editor"`` or
        ``"viewer"``); sharing again changes the role.

        Raises
        ------
        ValueError
            ``email`` is not an e-mail address, is the owner's, or ``role``
            is not one of the two.
        NotFound
            No such project for ``user``.
        NotAllowed
            ``user`` is not the owner.
        """
        user = _user(user)
        email = normalise_email(email)
        if role not in SHARE_ROLES:
            raise ValueError(f"role must be one of {SHARE_ROLES}, not {role!r}")
        with self._writing() as conn:
            self._need(conn, user, project_id, (OWNER,), "share it")
            if email == user:
                raise ValueError("the owner has the project already")
            where = (project_members.c.project_id == project_id, project_members.c.user == email)
            now = _now()
            if conn.execute(project_members.update().where(*where).values(role=role)).rowcount == 0:
                conn.execute(project_members.insert().values(project_id=project_id, user=email, role=role,
                                                             added_by=user, added_at=now))
            row = conn.execute(sa.select(project_members).where(*where)).one()
            self._log(conn, user, project_id, "shared", email=email, role=role)
            return Member(row.user, row.role, row.added_by, row.added_at)

    def unshare(self, user: str, project_id: str, email: str) -> bool:
        """Take back ``email``'s access; False when they had none.

        Raises
        ------
        NotFound, NotAllowed
            As :meth:`share`.
        """
        user = _user(user)
        email = email.strip().lower() if isinstance(email, str) else email
        with self._writing() as conn:
            self._need(conn, user, project_id, (OWNER,), "take access back")
            gone = conn.execute(project_members.delete().where(
                project_members.c.project_id == project_id, project_members.c.user == email)).rowcount
            if gone:
                self._log(conn, user, project_id, "unshared", email=email)
                conn.execute(user_settings.update().where(user_settings.c.user == email,
                                                          user_settings.c.last_project == project_id)
                             .values(last_project=None))
            return bool(gone)

    def members(self, user: str, project_id: str) -> list[Member]:
        """Who the project is shared with, in the order they were added
        (any user who may open it may see this)."""
        user = _user(user)
        with self._reading() as conn:
            self._role(conn, user, project_id)
            rows = conn.execute(sa.select(project_members).where(project_members.c.project_id == project_id)
                                .order_by(project_members.c.added_at, project_members.c.user)).all()
        return [Member(r.user, r.role, r.added_by, r.added_at) for r in rows]

    def changes(self, user: str, project_id: str, *, limit: int = 20) -> list[Change]:
        """The project's latest changes, newest first (folded repeats are one line)."""
        user = _user(user)
        with self._reading() as conn:
            self._role(conn, user, project_id)
            rows = conn.execute(sa.select(project_changes).where(project_changes.c.project_id == project_id)
                                .order_by(project_changes.c.id.desc()).limit(limit)).all()
        return [Change(r.at, r.user, r.action, json.loads(r.detail)) for r in rows]

    # ------------------------------------------------------------ kept summaries (a cache)
    def summary(self, user: str, project_id: str, key: str) -> str | None:
        """The summary of the project kept under ``key`` (see :meth:`keep_summary`),
        or None.

        Raises
        ------
        NotFound
            No such project for ``user`` (a summary is seen only by those who may
            open its project).
        """
        user = _user(user)
        with self._reading() as conn:
            self._role(conn, user, project_id)
            return conn.execute(sa.select(project_summaries.c.value).where(
                project_summaries.c.project_id == project_id, project_summaries.c.key == key)).scalar_one_or_none()

    def keep_summary(self, user: str, project_id: str, key: str, value: str) -> None:
        """Keep ``value`` (text) as the project's summary under ``key``: the SHA-256
        (hex) of everything the value was computed from, so a new key comes with
        any change of them.  A cache, not a change of the project: no version
        bump, no line in the change log, never exported; anyone who may open the
        project may keep one (it is computed from what they can see), and only
        the newest :data:`SUMMARIES_KEPT` of a project stay.

        Raises
        ------
        NotFound
            No such project for ``user``.
        """
        user = _user(user)
        if not isinstance(key, str) or len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
            raise ValueError("a summary's key is a SHA-256 in lower-case hex")
        if not isinstance(value, str):
            raise TypeError(f"a summary is text, not {type(value).__name__}")
        with self._writing() as conn:
            self._role(conn, user, project_id)
            where = (project_summaries.c.project_id == project_id, project_summaries.c.key == key)
            if conn.execute(project_summaries.update().where(*where).values(value=value, made_at=_now())).rowcount == 0:
                conn.execute(project_summaries.insert().values(project_id=project_id, key=key, value=value,
                                                               made_at=_now()))
            older = conn.execute(sa.select(project_summaries.c.key).where(project_summaries.c.project_id == project_id)
                                 .order_by(project_summaries.c.made_at.desc(), project_summaries.c.key)
                                 .offset(SUMMARIES_KEPT)).scalars().all()
            if older:
                conn.execute(project_summaries.delete().where(project_summaries.c.project_id == project_id,
                                                              project_summaries.c.key.in_(older)))

    # ------------------------------------------------------------ the user's last project
    def remember_project(self, user: str, project_id: str) -> None:
        """Note that ``user`` opened ``project_id`` (a new session opens it).

        Raises
        ------
        NotFound
            No such project for ``user``.
        """
        user = _user(user)
        with self._writing() as conn:
            self._role(conn, user, project_id)
            now = _now()
            if conn.execute(user_settings.update().where(user_settings.c.user == user)
                            .values(last_project=project_id, updated_at=now)).rowcount == 0:
                conn.execute(user_settings.insert().values(user=user, last_project=project_id, updated_at=now))

    def last_project(self, user: str) -> str | None:
        """The project ``user`` opened last, if they may still open it; else
        their most recently changed own project; else None."""
        user = _user(user)
        with self._reading() as conn:
            last = conn.execute(sa.select(user_settings.c.last_project)
                                .where(user_settings.c.user == user)).scalar_one_or_none()
            if last is not None:
                try:
                    self._role(conn, user, last)
                    return last
                except NotFound:
                    pass
            return conn.execute(sa.select(projects.c.id).where(projects.c.owner == user)
                                .order_by(projects.c.updated_at.desc(), projects.c.created_at.desc())
                                .limit(1)).scalar_one_or_none()
