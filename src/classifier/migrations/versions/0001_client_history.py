"""Client history: one row per client, one per message in either direction.

Revision ID: 0001
Revises:
Create Date: 2026-12-05

Written by hand and self-contained (it does not import the package's tables), so it creates
exactly this schema even after ``classifier.history`` changes. Constraint and index names follow
the naming convention of ``classifier.history.metadata``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(512), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_clients"),
        sa.UniqueConstraint("key", name="uq_clients_key"),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sa.String(512), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("label", sa.String(32), nullable=True),
        sa.Column("probabilities", sa.Text(), nullable=True),
        sa.Column("topic", sa.String(32), nullable=True),
        sa.Column("asks", sa.Text(), server_default="[]", nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.CheckConstraint("direction IN ('in', 'out')", name="ck_messages_direction"),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name="fk_messages_client_id_clients",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.UniqueConstraint("dedupe_key", name="uq_messages_dedupe_key"),
    )
    op.create_index("ix_messages_sent_at", "messages", ["sent_at"])
    op.create_index("ix_messages_client_id_sent_at", "messages", ["client_id", "sent_at"])


def downgrade() -> None:
    op.drop_index("ix_messages_client_id_sent_at", table_name="messages")
    op.drop_index("ix_messages_sent_at", table_name="messages")
    op.drop_table("messages")
    op.drop_table("clients")
