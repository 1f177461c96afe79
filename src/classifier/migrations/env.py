"""Alembic environment of the client history: migrates over the connection the store hands over.

Run only through :func:`classifier.history.alembic_config` (``HistoryStore.open`` does it): the
connection comes in ``config.attributes["connection"]``. No ini file is read and logging is left
to the application (no ``fileConfig``). Offline SQL generation is not supported.
"""

from __future__ import annotations

from alembic import context

from classifier.history import metadata

connection = context.config.attributes.get("connection")
if context.is_offline_mode() or connection is None:
    raise RuntimeError(
        "the client history migrates over a live connection: open it with HistoryStore.open"
    )

context.configure(
    connection=connection,
    target_metadata=metadata,  # what autogenerate compares a new migration against
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by rebuilding
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
