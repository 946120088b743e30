"""Owners, optimistic-concurrency versions, SHA-256 of files, and a meta table.

Existing projects get the owner ``"local"`` (the single user of a desktop
install) and version 1; existing files get the SHA-256 of their stored bytes.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-24
"""
from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("projects") as batch:
        batch.add_column(sa.Column("owner", sa.String(200), nullable=False, server_default="local"))
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.drop_index("ix_projects_updated", table_name="projects")
    op.create_index("ix_projects_owner_updated", "projects", ["owner", "updated_at"])

    with op.batch_alter_table("project_files") as batch:
        batch.add_column(sa.Column("sha256", sa.String(64), nullable=True))
    files = sa.table("project_files", sa.column("id", sa.String), sa.column("data", sa.LargeBinary),
                     sa.column("sha256", sa.String))
    conn = op.get_bind()
    ids = conn.execute(sa.select(files.c.id)).scalars().all()
    for file_id in ids:  # one at a time: a file may be large
        data = conn.execute(sa.select(files.c.data).where(files.c.id == file_id)).scalar_one()
        conn.execute(files.update().where(files.c.id == file_id)
                     .values(sha256=hashlib.sha256(bytes(data)).hexdigest()))
    with op.batch_alter_table("project_files") as batch:
        batch.alter_column("sha256", existing_type=sa.String(64), nullable=False)

    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("store_meta")
    with op.batch_alter_table("project_files") as batch:
        batch.drop_column("sha256")
    op.drop_index("ix_projects_owner_updated", table_name="projects")
    op.create_index("ix_projects_updated", "projects", ["updated_at"])
    with op.batch_alter_table("projects") as batch:
        batch.drop_column("version")
        batch.drop_column("owner")
