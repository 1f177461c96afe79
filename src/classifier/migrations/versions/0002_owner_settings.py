"""Owner settings: one row of JSON (consent, names, signatures, commitments) beside the history.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05

Written by hand and self-contained, like 0001. The settings live in the history's database so
that the owner's consent and the data it governs are kept, backed up and moved together. The
check constraint keeps the table at one row (id 1).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "owner_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_owner_settings_one_row"),
        sa.PrimaryKeyConstraint("id", name="pk_owner_settings"),
    )


def downgrade() -> None:
    op.drop_table("owner_settings")
