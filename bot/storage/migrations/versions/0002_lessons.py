"""Lessons: phrasings managers taught, each with the pair that answers it or NULL for "not covered"."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "lessons",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("entry_key", sa.String(200), nullable=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("taught_by", sa.String(64), nullable=True),
        sa.Column("taught_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("lessons")
