"""People's corrections, stored durably so they can feed the next model.

SQLite by default: one file, in WAL mode with a busy timeout, which is safe with several service
workers on one machine. Several instances share PostgreSQL through a database URL instead.
Corrections are personal data (they hold the message): they are kept for the configured number of
days, can be purged or deleted, and export to the training CSV format.
"""

from __future__ import annotations

import csv
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from classifier.dataset import neutralise_formula

logger = logging.getLogger(__name__)

metadata = MetaData()
feedback_table = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("subject", Text, nullable=False, default=""),
    Column("label", String(32), nullable=False),
    Column("topic", String(32), nullable=True),
    Column("predicted_label", String(32), nullable=True),
    Column("model_version", String(64), nullable=True),
    Column("request_id", String(64), nullable=True),
)

# A person's "this reply doesn't fit" for a suggested reply: which composition, for which type
# and language. No message text: it says which replies to improve, not what the client wrote.
reply_signals_table = Table(
    "reply_signals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("reply_id", String(64), nullable=False, index=True),
    Column("fits", Boolean, nullable=False),
    Column("label", String(32), nullable=False),
    Column("language", String(16), nullable=False),
    Column("technique", String(32), nullable=True),
)

EXPORT_COLUMNS = ["id", "subject", "text", "label", "topic", "batch"]


class FeedbackError(RuntimeError):
    """The feedback store could not complete the operation; nothing was half-written."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlite_file(url: str) -> Path:
    """The database file of a SQLite URL (plain path or ``file:`` URI with query options)."""
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    return Path(path.removeprefix("file:"))


class FeedbackStore:
    """Corrections in a SQL database (SQLite file or PostgreSQL)."""

    def __init__(self, url: str, *, busy_timeout_s: float = 5.0) -> None:
        self.url = url
        if url.startswith("sqlite:///"):
            sqlite_file(url).parent.mkdir(parents=True, exist_ok=True)
            # How long a write waits for another worker's lock before giving up with an error.
            self.engine: Engine = create_engine(url, connect_args={"timeout": busy_timeout_s})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        try:
            metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise FeedbackError(
                f"cannot open the feedback database: {exc.__class__.__name__}"
            ) from exc

    def add(
        self,
        *,
        text: str,
        label: str,
        subject: str = "",
        topic: str | None = None,
        predicted_label: str | None = None,
        model_version: str | None = None,
        request_id: str | None = None,
    ) -> int:
        """Store one correction in its own transaction; return its id."""
        row = {
            "created_at": datetime.now(UTC),
            "text": text,
            "subject": subject,
            "label": label,
            "topic": topic,
            "predicted_label": predicted_label,
            "model_version": model_version,
            "request_id": request_id,
        }
        try:
            with self.engine.begin() as conn:
                result = conn.execute(insert(feedback_table).values(**row))
                key = result.inserted_primary_key
        except SQLAlchemyError as exc:
            raise FeedbackError(f"the correction was not stored: {exc.__class__.__name__}") from exc
        return int(key[0]) if key else 0

    def add_reply_signal(
        self, *, reply_id: str, fits: bool, label: str, language: str, technique: str | None
    ) -> int:
        """Store whether a suggested reply fitted its message; return the signal's id."""
        row = {
            "created_at": datetime.now(UTC),
            "reply_id": reply_id,
            "fits": fits,
            "label": label,
            "language": language,
            "technique": technique,
        }
        try:
            with self.engine.begin() as conn:
                key = conn.execute(insert(reply_signals_table).values(**row)).inserted_primary_key
        except SQLAlchemyError as exc:
            raise FeedbackError(f"the signal was not stored: {exc.__class__.__name__}") from exc
        return int(key[0]) if key else 0

    def reply_signals(self) -> list[Any]:
        """Every reply signal, oldest first."""
        try:
            with self.engine.connect() as conn:
                query = select(reply_signals_table).order_by(reply_signals_table.c.id)
                return list(conn.execute(query))
        except SQLAlchemyError as exc:
            raise FeedbackError(f"the store could not be read: {exc.__class__.__name__}") from exc

    def count(self) -> int:
        try:
            with self.engine.connect() as conn:
                query = select(func.count()).select_from(feedback_table)
                return int(conn.execute(query).scalar_one())
        except SQLAlchemyError as exc:
            raise FeedbackError(f"the store could not be read: {exc.__class__.__name__}") from exc

    def latest(self, limit: int) -> list[Any]:
        """The newest ``limit`` corrections, newest first (rows with every column)."""
        try:
            with self.engine.connect() as conn:
                query = select(feedback_table).order_by(feedback_table.c.id.desc()).limit(limit)
                return list(conn.execute(query))
        except SQLAlchemyError as exc:
            raise FeedbackError(f"the store could not be read: {exc.__class__.__name__}") from exc

    def purge_older_than(self, days: int) -> int:
        """Delete corrections older than ``days``; return how many."""
        cutoff = datetime.now(UTC) - timedelta(days=days)
        with self.engine.begin() as conn:
            removed = conn.execute(
                delete(feedback_table).where(feedback_table.c.created_at < cutoff)
            ).rowcount
            conn.execute(
                delete(reply_signals_table).where(reply_signals_table.c.created_at < cutoff)
            )
            return int(removed)

    def delete(self, feedback_id: int) -> bool:
        """Delete one correction; True if it existed."""
        with self.engine.begin() as conn:
            return bool(
                conn.execute(
                    delete(feedback_table).where(feedback_table.c.id == feedback_id)
                ).rowcount
            )

    def export_csv(self, path: Path) -> int:
        """Write every correction in the training CSV format; return the row count.

        A message corrected more than once is exported once, with its latest correction (the
        training CSV allows no duplicate texts). Cells a spreadsheet would execute (starting
        ``=``, ``+``, ``-``, ``@``) are prefixed with ``'``. The file is written next to ``path``
        and renamed into place when complete.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        rows = 0
        with self.engine.connect() as conn:
            latest = {
                " ".join(rec.text.split()).casefold(): rec
                for rec in conn.execute(select(feedback_table).order_by(feedback_table.c.id))
            }
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXPORT_COLUMNS)
            for rec in sorted(latest.values(), key=lambda r: r.id):
                writer.writerow(
                    [
                        f"feedback-{rec.id}",
                        neutralise_formula(rec.subject or ""),
                        neutralise_formula(rec.text),
                        rec.label,
                        rec.topic or "",
                        "feedback",
                    ]
                )
                rows += 1
        tmp.replace(path)
        return rows

    def dispose(self) -> None:
        self.engine.dispose()
