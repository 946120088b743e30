"""Sharing, the change log and each user's last project.

Adds three tables and changes none: ``project_members`` (who else may open a
project, as editor or viewer), ``project_changes`` (who changed what and
when) and ``user_settings`` (the project a user opened last).  Existing
projects keep their owner and stay private until shared; their log starts
empty.

Revision ID: 0003
Revises: 0002
Create Date: 2025-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_members",
        sa.Column("project_id", sa.String(32),
                  sa.ForeignKey("projects.id", ondelete="CASCADE", name="fk_project_members_project"),
                  primary_key=True),
        sa.Column("user", sa.String(200), primary_key=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_project_members_user", "project_members", ["user"])
    op.create_table(
        "project_changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("project_id", sa.String(32),
                  sa.ForeignKey("projects.id", ondelete="CASCADE", name="fk_project_changes_project"),
                  nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_index("ix_project_changes_project", "project_changes", ["project_id", "id"])
    op.create_table(
        "user_settings",
        sa.Column("user", sa.String(200), primary_key=True),
        sa.Column("last_project", sa.String(32), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("user_settings")
    op.drop_index("ix_project_changes_project", table_name="project_changes")
    op.drop_table("project_changes")
    op.drop_index("ix_project_members_user", table_name="project_members")
    op.drop_table("project_members")
