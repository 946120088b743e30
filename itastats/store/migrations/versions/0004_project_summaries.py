"""Kept summaries of a project's evidence.

Adds ``project_summaries``: what the home page shows of a project (its KPI
scorecard and checklist), kept under a key that is the SHA-256 of every
input it was computed from (the files' SHA-256, the profile, the choices,
the language and itastats' code), so a fresh server draws home without
running every analysis again.  A cache: never exported, deleted with its
project, and safe to empty at any time.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_summaries",
        sa.Column("project_id", sa.String(32),
                  sa.ForeignKey("projects.id", ondelete="CASCADE", name="fk_project_summaries_project"),
                  primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("project_summaries")
