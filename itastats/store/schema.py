"""The tables of the project store, as they are at the newest revision.

These definitions are what the store's queries use.  The migrations in
``migrations/versions/`` do not import them: each revision spells out its own
change, so that an old revision stays what it was when it was written.

Tables
------
projects
    One row per project: ``id`` (uuid4 hex), ``name`` and ``agency`` (copies
    of the profile's, for the list), ``owner``, ``created_at``/``updated_at``
    (UTC), ``version`` (bumped by every write), ``profile`` and ``state``
    (JSON text).
project_files
    The uploaded files, as their original bytes, with ``seq`` (upload
    order within the project), ``page``, ``name``, ``size``, ``sha256`` and
    ``uploaded_at``.
store_meta
    Key/value facts about the database itself (e.g. the sample project was
    created once).
project_members
    Who else may open a project: ``user`` (an e-mail in lower case, the
    same string the store takes as ``user``) and ``role`` (``"editor"`` may
    change it, ``"viewer"`` may only look), who added them and when.
project_changes
    The change log: one row per change (``at``, ``user``, ``action`` and a
    JSON ``detail``); quick repeats by one user are folded into one row.
user_settings
    One row per user: the project they opened last (a new session opens it).
project_summaries
    A cache: what the home page shows of a project (its scorecard and
    checklist, JSON text) under the SHA-256 of everything it was computed
    from; never exported, deleted with its project.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

__all__ = ["UTCDateTime", "metadata", "projects", "project_files", "store_meta", "project_members",
           "project_changes", "user_settings", "project_summaries"]


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and always read back timezone-aware.

    PostgreSQL keeps ``timestamptz``; SQLite has no time zones, so the value
    is stored as naive UTC there and the zone is put back on reading.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


metadata = sa.MetaData()

projects = sa.Table(
    "projects", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False, server_default=""),
    sa.Column("agency", sa.Text, nullable=False, server_default=""),
    sa.Column("owner", sa.String(200), nullable=False, server_default="local"),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    sa.Column("profile", sa.Text, nullable=False),
    sa.Column("state", sa.Text, nullable=False),
    sa.Index("ix_projects_owner_updated", "owner", "updated_at"),
)

project_files = sa.Table(
    "project_files", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("project_id", sa.String(32),
              sa.ForeignKey("projects.id", ondelete="CASCADE", name="fk_project_files_project"),
              nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("page", sa.String(50), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("uploaded_at", UTCDateTime, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Index("ix_project_files_project", "project_id", "seq"),
)

store_meta = sa.Table(
    "store_meta", metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

project_members = sa.Table(
    "project_members", metadata,
    sa.Column("project_id", sa.String(32),
              sa.ForeignKey("projects.id", ondelete="CASCADE", name="fk_project_members_project"),
              primary_key=True),
    sa.Column("user", sa.String(200), primary_key=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("added_by", sa.String(200), nullable=False),
    sa.Column("added_at", UTCDateTime, nullable=False),
    sa.Index("ix_project_members_user", "user"),
)

project_changes = sa.Table(
    "project_changes", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("project_id", sa.String(32),
              sa.ForeignKey("projects.id", ondelete="CASCADE", name="fk_project_changes_project"),
              nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("user", sa.String(200), nullable=False),
    sa.Column("action", sa.String(50), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, server_default="{}"),
    sa.Index("ix_project_changes_project", "project_id", "id"),
)

user_settings = sa.Table(
    "user_settings", metadata,
    sa.Column("user", sa.String(200), primary_key=True),
    sa.Column("last_project", sa.String(32), nullable=True),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

project_summaries = sa.Table(
    "project_summaries", metadata,
    sa.Column("project_id", sa.String(32),
              sa.ForeignKey("projects.id", ondelete="CASCADE", name="fk_project_summaries_project"),
              primary_key=True),
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("made_at", UTCDateTime, nullable=False),
)
