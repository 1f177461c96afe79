"""Client memory: each client's messages over time, kept in SQLite or PostgreSQL.

One row per client (identified by :meth:`classifier.message.Sender.key`) and one per message, in
both directions: what the client wrote, with the classifier's label, probabilities, topic and the
short asks found in it, and what the owner answered (not classified). The message text itself is
personal data and is stored only when the owner chose to keep texts; everything else the profile
needs works without it.

The schema is created and upgraded only by the Alembic migrations shipped in
``classifier/migrations``, run when the store opens; there is no ``create_all``. SQLite runs in WAL
mode with a busy timeout and foreign keys on, so several workers on one machine can share the
file; several machines share PostgreSQL through its URL.

Texts never reach the logs: the engine hides bound parameters from error messages, and the store
logs counts only.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Self

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.util.exc import CommandError
from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    Dialect,
    Engine,
    ForeignKey,
    Index,
    Insert,
    Integer,
    MetaData,
    Row,
    String,
    Table,
    Text,
    TypeDecorator,
    create_engine,
    delete,
    event,
    exists,
    func,
    make_url,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from classifier import LABELS, TOPICS
from classifier.feedback import sqlite_file
from classifier.message import Channel, Direction
from classifier.profile import (
    ClientSummary,
    ProfileRules,
    TimelineItem,
    build_profile,
    rank,
    summarize,
)

logger = logging.getLogger(__name__)

# The Alembic scripts ship inside the package, next to this module (see pyproject's package data).
MIGRATIONS = Path(__file__).resolve().with_name("migrations")

# The longest identity or dedupe key stored (an e-mail address is at most 254 characters).
MAX_KEY = 512
# The longest "ask" kept: a short summary such as "deadline: tomorrow 9:00", not a message.
MAX_ASK = 200
# Rows per INSERT statement when recording (below every driver's parameter limit).
_CHUNK = 500
# PostgreSQL advisory lock held while migrating, so concurrent openers migrate one at a time.
_MIGRATION_LOCK = 0x68697374  # "hist"
# The format tag of export_client's output, for whoever reads an export later.
EXPORT_FORMAT = "client-history-export/1"


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored in UTC and always read back timezone-aware in UTC.

    PostgreSQL keeps ``timestamptz``; SQLite has no time zones, so the value is stored as naive
    UTC text, which also sorts in time order.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a naive datetime cannot be stored: give its time zone")
        moment = value.astimezone(UTC)
        return moment if dialect.name == "postgresql" else moment.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Named constraints, so later migrations (and SQLite's batch mode) can refer to them by name.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
clients_table = Table(
    "clients",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(MAX_KEY), nullable=False, unique=True),
    Column("name", Text, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
)
messages_table = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "client_id",
        Integer,
        ForeignKey("clients.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("dedupe_key", String(MAX_KEY), nullable=False, unique=True),
    Column("sent_at", UTCDateTime, nullable=False, index=True),
    Column("direction", String(3), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("label", String(32), nullable=True),
    Column("probabilities", Text, nullable=True),  # JSON object label -> probability
    Column("topic", String(32), nullable=True),
    Column("asks", Text, nullable=False, server_default="[]"),  # JSON list of short strings
    Column("text", Text, nullable=True),  # only when the owner keeps texts
    CheckConstraint("direction IN ('in', 'out')", name="direction"),
    Index(None, "client_id", "sent_at"),
)

# The owner's settings (classifier.owner): one row of JSON, in the same database as the history so
# that consent and the data it governs live and move together.
owner_settings_table = Table(
    "owner_settings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("settings", Text, nullable=False),  # OwnerSettings as JSON
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("id = 1", name="one_row"),
)


class HistoryError(RuntimeError):
    """The history store could not complete the operation; nothing was half-written."""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One message to record, as an importer hands it over.

    ``key`` is the importer's stable identity of the message (the same message imported twice has
    the same key); ``client_key`` is the client's :meth:`~classifier.message.Sender.key`.
    The owner's messages (``direction`` ``out``) carry no label and no probabilities.
    """

    key: str
    client_key: str
    client_name: str | None
    sent_at: datetime
    direction: Direction
    channel: Channel
    label: str | None
    probabilities: dict[str, float] | None
    topic: str | None
    asks: tuple[str, ...]
    text: str | None

    def __post_init__(self) -> None:
        for field, value in (("key", self.key), ("client_key", self.client_key)):
            if not value or not value.strip() or len(value) > MAX_KEY:
                raise ValueError(f"HistoryEntry.{field} must be 1 to {MAX_KEY} characters")
        if self.sent_at.tzinfo is None:
            raise ValueError(f"HistoryEntry {self.key!r}: sent_at must be timezone-aware")
        # Plain strings ("in", "email") are accepted and kept as the enums they name.
        object.__setattr__(self, "direction", Direction(self.direction))
        object.__setattr__(self, "channel", Channel(self.channel))
        if self.direction is Direction.OUT and (
            self.label is not None or self.probabilities is not None
        ):
            raise ValueError(f"HistoryEntry {self.key!r}: the owner's messages are not classified")
        if self.label is not None and self.label not in LABELS:
            raise ValueError(f"HistoryEntry {self.key!r}: unknown label {self.label!r}")
        if self.topic is not None and self.topic not in TOPICS:
            raise ValueError(f"HistoryEntry {self.key!r}: unknown topic {self.topic!r}")
        for label, p in (self.probabilities or {}).items():
            if label not in LABELS or not (math.isfinite(p) and 0.0 <= p <= 1.0):
                raise ValueError(f"HistoryEntry {self.key!r}: bad probability for {label!r}")
        for ask in self.asks:
            if not isinstance(ask, str) or not ask.strip() or len(ask) > MAX_ASK:
                raise ValueError(f"HistoryEntry {self.key!r}: asks are 1 to {MAX_ASK} characters")


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """A client and their whole timeline, oldest message first."""

    id: int
    key: str
    name: str | None
    created_at: datetime
    timeline: tuple[TimelineItem, ...]


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the shipped migrations: no ini file, no logging setup.

    ``env.py`` migrates over ``connection`` (from ``config.attributes``). Developers adding a
    migration can pass this to ``alembic.command.revision`` as well.
    """
    config = Config()
    # ConfigParser interpolates "%": a path holding one must have it doubled.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _sqlite_pragmas(busy_timeout_s: float) -> Callable[[Any, Any], None]:
    """Per connection: WAL (readers do not block the writer), foreign keys enforced.

    Switching a new database to WAL takes an exclusive lock, and SQLite answers "database is
    locked" at once, without its busy wait, to the other workers opening it at the same moment
    (one run in six of four threads). The switch is retried until ``busy_timeout_s`` has passed.
    """

    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        deadline = time.monotonic() + busy_timeout_s
        pause = 0.005
        while True:
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.1)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return pragmas


def _failure(action: str, exc: BaseException) -> HistoryError:
    """An error that names what failed and the kind of failure, never the data involved."""
    return HistoryError(f"{action}: {exc.__class__.__name__}")


class HistoryStore:
    """Clients and their messages in a SQL database (SQLite file or PostgreSQL).

    Open with :meth:`open`; every method runs in its own transaction and raises
    :class:`HistoryError` when the database fails, leaving nothing half-written.
    """

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose schema is already at head; use :meth:`open` instead."""
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, busy_timeout_s: float = 5.0) -> Self:
        """Connect to ``url`` and bring its schema to the latest migration.

        ``busy_timeout_s`` (SQLite only) is how long a write waits for another worker's lock.
        Opening an up-to-date database again changes nothing.
        """
        try:
            backend = make_url(url).get_backend_name()
        except (SQLAlchemyError, ValueError) as exc:
            raise _failure("cannot open the client history", exc) from exc
        if backend not in ("sqlite", "postgresql"):
            raise HistoryError(
                f"cannot open the client history: {backend} is not supported (SQLite or PostgreSQL)"
            )
        try:
            if backend == "sqlite":
                if url.startswith("sqlite:///"):
                    sqlite_file(url).parent.mkdir(parents=True, exist_ok=True)
                engine = create_engine(
                    url, connect_args={"timeout": busy_timeout_s}, hide_parameters=True
                )
                event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_s))
            else:
                engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        except (SQLAlchemyError, OSError, ValueError, ImportError) as exc:
            raise _failure("cannot open the client history", exc) from exc
        try:
            _migrate(engine)
        except HistoryError:
            engine.dispose()
            raise
        except CommandError as exc:
            engine.dispose()
            # Alembic's own words name revisions, never data; the usual cause is a database
            # migrated by a newer version of this package.
            raise HistoryError(
                f"cannot open the client history: the migrations could not run ({exc}); "
                "was it written by a newer version?"
            ) from exc
        except SQLAlchemyError as exc:
            engine.dispose()
            raise _failure("cannot open the client history", exc) from exc
        return cls(engine)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.dispose()

    def dispose(self) -> None:
        """Close the store's connections."""
        self.engine.dispose()

    def schema_revision(self) -> str | None:
        """The migration the database is at (the head after :meth:`open`)."""
        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        except SQLAlchemyError as exc:
            raise _failure("the client history could not be read", exc) from exc

    def record(self, entries: Iterable[HistoryEntry], *, keep_text: bool) -> int:
        """Store new messages (creating their clients on first sight); return how many were new.

        A message whose key is already stored is left as it is, so importing the same messages
        twice adds nothing. Texts are stored only with ``keep_text``. A non-empty client name
        replaces the stored one (within one call, the name on the latest message wins), so a
        later import can name a client first seen by address. All or nothing.
        """
        batch: dict[str, HistoryEntry] = {}
        for entry in entries:
            batch.setdefault(entry.key, entry)
        if not batch:
            return 0
        names: dict[str, str | None] = {}
        for entry in sorted(batch.values(), key=lambda e: e.sent_at):
            name = " ".join((entry.client_name or "").split())
            if name or entry.client_key not in names:
                names[entry.client_key] = name or None
        try:
            with self.engine.begin() as conn:
                ids = self._ensure_clients(conn, names)
                rows = [
                    {
                        "client_id": ids[entry.client_key],
                        "dedupe_key": entry.key,
                        "sent_at": entry.sent_at,
                        "direction": entry.direction.value,
                        "channel": entry.channel.value,
                        "label": entry.label,
                        "probabilities": (
                            _dump({k: float(p) for k, p in entry.probabilities.items()})
                            if entry.probabilities is not None
                            else None
                        ),
                        "topic": entry.topic,
                        "asks": _dump(list(entry.asks)),
                        "text": entry.text if keep_text else None,
                    }
                    for entry in batch.values()
                ]
                statement = self._insert_ignore(messages_table, "dedupe_key").returning(
                    messages_table.c.id
                )
                new = sum(len(conn.execute(statement, chunk).all()) for chunk in _chunks(rows))
        except SQLAlchemyError as exc:
            raise _failure("the messages were not recorded", exc) from exc
        logger.info("client history: %d new of %d messages recorded", new, len(batch))
        return new

    def clients(self, *, rules: ProfileRules, now: datetime | None = None) -> list[ClientSummary]:
        """Every client as a list row, ranked by who needs attention first (see
        :func:`classifier.profile.rank`), as of ``now`` (default: the current time)."""
        moment = _aware(now)
        columns = [c for c in messages_table.c if c.name != "text"]
        try:
            with self.engine.connect() as conn:
                people = conn.execute(select(clients_table).order_by(clients_table.c.id)).all()
                rows = conn.execute(
                    select(*columns).order_by(
                        messages_table.c.client_id, messages_table.c.sent_at, messages_table.c.id
                    )
                ).all()
        except SQLAlchemyError as exc:
            raise _failure("the client history could not be read", exc) from exc
        timelines: dict[int, list[TimelineItem]] = {}
        for row in rows:
            timelines.setdefault(row.client_id, []).append(_item(row, text=None))
        return rank(
            summarize(
                client_id=person.id,
                key=person.key,
                name=person.name,
                profile=build_profile(timelines.get(person.id, []), now=moment, rules=rules),
            )
            for person in people
        )

    def client(self, client_id: int) -> ClientRecord | None:
        """The client and their timeline ordered by time, or None if there is no such client."""
        try:
            with self.engine.connect() as conn:
                person = conn.execute(
                    select(clients_table).where(clients_table.c.id == client_id)
                ).first()
                if person is None:
                    return None
                rows = conn.execute(
                    select(messages_table)
                    .where(messages_table.c.client_id == client_id)
                    .order_by(messages_table.c.sent_at, messages_table.c.id)
                ).all()
        except SQLAlchemyError as exc:
            raise _failure("the client history could not be read", exc) from exc
        return ClientRecord(
            id=person.id,
            key=person.key,
            name=person.name,
            created_at=person.created_at,
            timeline=tuple(_item(row, text=row.text) for row in rows),
        )

    def export_client(self, client_id: int) -> dict[str, object]:
        """Everything stored about one client, JSON-able (for a data-access request).

        Raises ``KeyError`` when there is no such client.
        """
        record = self.client(client_id)
        if record is None:
            raise KeyError(client_id)
        try:
            with self.engine.connect() as conn:
                query = select(messages_table.c.id, messages_table.c.dedupe_key).where(
                    messages_table.c.client_id == client_id
                )
                keys = {id_: key for id_, key in conn.execute(query)}
        except SQLAlchemyError as exc:
            raise _failure("the client history could not be read", exc) from exc
        return {
            "format": EXPORT_FORMAT,
            "client": {
                "id": record.id,
                "key": record.key,
                "name": record.name,
                "created_at": record.created_at.isoformat(),
            },
            "messages": [
                {
                    "id": item.id,
                    "key": keys[item.id],
                    "sent_at": item.sent_at.isoformat(),
                    "direction": item.direction.value,
                    "channel": item.channel.value,
                    "label": item.label,
                    "probabilities": dict(item.probabilities) if item.probabilities else None,
                    "topic": item.topic,
                    "asks": list(item.asks),
                    "text": item.text,
                }
                for item in record.timeline
            ],
        }

    def delete_client(self, client_id: int) -> bool:
        """Delete the client and every message about them, in one transaction; True if they
        existed."""
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(messages_table).where(messages_table.c.client_id == client_id))
                gone = conn.execute(delete(clients_table).where(clients_table.c.id == client_id))
        except SQLAlchemyError as exc:
            raise _failure("the client was not deleted", exc) from exc
        logger.info("client history: client %d deleted", client_id)
        return bool(gone.rowcount)

    def count_clients(self) -> int:
        """How many clients are stored (cheap: no profile is built)."""
        try:
            with self.engine.connect() as conn:
                return int(
                    conn.execute(select(func.count()).select_from(clients_table)).scalar_one()
                )
        except SQLAlchemyError as exc:
            raise _failure("the client history could not be read", exc) from exc

    def delete_all(self) -> int:
        """Delete every client and every message, in one transaction; return how many clients.

        For an owner who turned history off and wants nothing of it kept.
        """
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(messages_table))
                gone = conn.execute(delete(clients_table))
        except SQLAlchemyError as exc:
            raise _failure("the client history was not deleted", exc) from exc
        logger.info("client history: all %d clients deleted", gone.rowcount)
        return int(gone.rowcount)

    def forget_texts(self, *, client_id: int | None = None) -> int:
        """Erase stored message texts (of one client, or of everyone when ``client_id`` is None),
        keeping labels and times; for an owner who stops keeping texts. Returns how many."""
        query = update(messages_table).where(messages_table.c.text.is_not(None))
        if client_id is not None:
            query = query.where(messages_table.c.client_id == client_id)
        try:
            with self.engine.begin() as conn:
                return int(conn.execute(query.values(text=None)).rowcount)
        except SQLAlchemyError as exc:
            raise _failure("the texts were not erased", exc) from exc

    def purge(self, *, older_than_days: int, now: datetime | None = None) -> int:
        """Retention: delete messages sent more than ``older_than_days`` before ``now`` (default:
        the current time), then the clients left with no message. Returns the messages deleted."""
        if older_than_days < 0:
            raise ValueError("older_than_days must not be negative")
        cutoff = _aware(now) - timedelta(days=older_than_days)
        has_messages = exists().where(messages_table.c.client_id == clients_table.c.id)
        try:
            with self.engine.begin() as conn:
                old = conn.execute(delete(messages_table).where(messages_table.c.sent_at < cutoff))
                empty = conn.execute(delete(clients_table).where(~has_messages))
        except SQLAlchemyError as exc:
            raise _failure("the old messages were not purged", exc) from exc
        logger.info(
            "client history: purged %d messages and %d clients", old.rowcount, empty.rowcount
        )
        return int(old.rowcount)

    def _insert_ignore(self, table: Table, unique: str) -> Insert:
        """INSERT that skips rows whose ``unique`` column already holds the value (both backends
        spell it ON CONFLICT DO NOTHING), so concurrent importers cannot collide."""
        if self.engine.dialect.name == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing(index_elements=[unique])
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=[unique])

    def _ensure_clients(self, conn: Connection, names: Mapping[str, str | None]) -> dict[str, int]:
        """Create the clients not seen before, update names given anew; return key -> id."""
        now = datetime.now(UTC)
        rows = [{"key": key, "name": name, "created_at": now} for key, name in names.items()]
        for chunk in _chunks(rows):
            conn.execute(self._insert_ignore(clients_table, "key"), chunk)
        for key, name in names.items():
            if name:
                conn.execute(
                    update(clients_table)
                    .where(clients_table.c.key == key)
                    .where(clients_table.c.name.is_distinct_from(name))
                    .values(name=name)
                )
        ids: dict[str, int] = {}
        keys = list(names)
        for start in range(0, len(keys), _CHUNK):
            query = select(clients_table.c.key, clients_table.c.id).where(
                clients_table.c.key.in_(keys[start : start + _CHUNK])
            )
            ids.update({key: id_ for key, id_ in conn.execute(query)})
        return ids


def _migrate(engine: Engine) -> None:
    """Run the shipped migrations up to head, one opener at a time, all or nothing.

    SQLite: foreign keys are switched off for the migration (a table rebuild in batch mode would
    otherwise cascade-delete the rows referring to it) and checked afterwards, and ``BEGIN
    IMMEDIATE`` takes the write lock first, so a second opener waits and then finds the schema at
    head. PostgreSQL: DDL is transactional and an advisory lock serialises openers.
    """
    on_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if on_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            if on_sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            command.upgrade(alembic_config(conn), "head")
            if on_sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise HistoryError("cannot open the client history: a migration broke references")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            if on_sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), _CHUNK):
        yield list(rows[start : start + _CHUNK])


def _item(row: Row[Any], *, text: str | None) -> TimelineItem:
    probabilities = json.loads(row.probabilities) if row.probabilities is not None else None
    return TimelineItem(
        id=row.id,
        sent_at=row.sent_at,
        direction=Direction(row.direction),
        channel=Channel(row.channel),
        label=row.label,
        probabilities=probabilities,
        topic=row.topic,
        asks=tuple(json.loads(row.asks)),
        text=text,
    )
