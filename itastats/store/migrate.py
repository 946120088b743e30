"""Bringing a database's schema up to date with Alembic, from code.

The Alembic configuration is built here (``script_location`` points inside
the package), so nothing but the package is needed at run time.  An upgrade
runs in one transaction (SQLite and PostgreSQL both have transactional DDL):
it either completes or leaves the old schema as it was.  Two processes
opening one database at once do not both migrate: PostgreSQL takes an
advisory lock, SQLite a write lock (``BEGIN IMMEDIATE``).

Alembic itself (about a second to import with its DDL modules) is imported
only when there is something to do: whether a database is at the newest
revision is read with plain SQL (``alembic_version``) against the revisions
named in ``migrations/versions`` (:func:`known_revisions`).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .db import make_engine, writer

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

__all__ = ["SchemaTooNew", "alembic_config", "head", "known_revisions", "current", "upgrade", "new_revision"]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_LOCK_ID = 0x17A57A75  # PostgreSQL advisory lock of itastats migrations


class SchemaTooNew(RuntimeError):
    """The database was upgraded by a newer itastats than this one."""

    def __init__(self, revision: str):
        super().__init__(f"the database has schema revision {revision!r}, made by a newer itastats: "
                         "update itastats to open it")
        self.revision = revision


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic :class:`~alembic.config.Config` built in code (no ini file)."""
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@functools.lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config())


_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:[\"']([^\"']*)[\"']|None)\s*$", re.M)


@functools.lru_cache(maxsize=1)
def _revision_files() -> dict[str, str | None]:
    """revision -> down_revision, as the files in ``migrations/versions`` name them
    (a linear history: one head)."""
    out: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict((m.group(1), m.group(2)) for m in _ASSIGN.finditer(path.read_text(encoding="utf-8")))
        if "revision" not in found or found["revision"] is None:
            raise RuntimeError(f"{path.name}: no revision id")
        out[found["revision"]] = found.get("down_revision")
    return out


def known_revisions() -> frozenset[str]:
    """Every revision this itastats knows (read from the revision files, without Alembic)."""
    return frozenset(_revision_files())


def head() -> str:
    """The newest revision this itastats knows ("0002"...): the one no other revises."""
    revisions = _revision_files()
    heads = set(revisions) - {down for down in revisions.values() if down is not None}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def current(connection: Connection) -> str | None:
    """The database's revision; None for an empty database."""
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise RuntimeError(f"the database names {len(rows)} schema revisions (one expected)")
    return rows[0][0] if rows else None


def upgrade(engine: Engine | str, revision: str = "head") -> str | None:
    """Upgrade the schema to ``revision`` (default: the newest).

    Parameters
    ----------
    engine : Engine or str
        The database (an engine from :func:`itastats.store.db.make_engine`, or
        a URL).
    revision : str, optional
        ``"head"`` or a revision id such as ``"0001"`` (tests build an old
        database with it).

    Returns
    -------
    str or None
        The revision the database had before.

    Raises
    ------
    SchemaTooNew
        When the database has a revision this itastats does not know.
    """
    if isinstance(engine, str):
        engine = make_engine(engine)
    target = head() if revision == "head" else revision
    with engine.connect() as conn:  # fast path: nothing to do
        before = current(conn)
    _check_known(before)
    if before == target:
        return before
    with writer(engine).connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a table rebuilt by batch mode must not cascade-delete its children
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
                before = current(conn)  # again, under the lock
                _check_known(before)
                if before != target:
                    from alembic import command
                    command.upgrade(alembic_config(conn), target)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("the schema upgrade broke a foreign key; nothing was changed")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    return before


def _check_known(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew(revision)


def new_revision(message: str) -> Path:
    """Write an empty revision file after the newest (for developers).

    Returns
    -------
    pathlib.Path
        The new file in ``itastats/store/migrations/versions/``.
    """
    from alembic import command
    rev_id = f"{int(head()) + 1:04d}"
    script = command.revision(alembic_config(), message=message, rev_id=rev_id)
    _scripts.cache_clear()
    _revision_files.cache_clear()
    return Path(script.path)
