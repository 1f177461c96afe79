"""The client history store on SQLite and on a real PostgreSQL server: the same promises on both.

Every PostgreSQL test gets a database of its own (created and dropped here), so migrations run on
an empty database each time and no test sees another's rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, create_engine, inspect, select, text

from classifier.history import (
    EXPORT_FORMAT,
    HistoryEntry,
    HistoryError,
    HistoryStore,
    alembic_config,
    clients_table,
    messages_table,
    metadata,
)
from classifier.message import Channel, Direction, Sender
from classifier.profile import ProfileRules, SignKind
from tests.postgres import fresh_database

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DANA = Sender(name="Dana Levi", address="Dana@Studio.example").key() or ""
YOSSI = Sender(name="יוסי כהן", phone="+972-52-555-0101").key() or ""


def entry(
    key: str,
    *,
    client: str = DANA,
    name: str | None = None,
    days_ago: float,
    direction: Direction = Direction.IN,
    label: str | None = None,
    probabilities: dict[str, float] | None = None,
    topic: str | None = None,
    asks: tuple[str, ...] = (),
    body: str | None = None,
) -> HistoryEntry:
    """A hand-written history entry; ``days_ago`` counts back from NOW."""
    return HistoryEntry(
        key=key,
        client_key=client,
        client_name=name,
        sent_at=NOW - timedelta(days=days_ago),
        direction=direction,
        channel=Channel.WHATSAPP if client == YOSSI else Channel.EMAIL,
        label=label,
        probabilities=probabilities,
        topic=topic,
        asks=asks,
        text=body,
    )


def dana_story() -> list[HistoryEntry]:
    """Dana: warm at first, then pushing for more; the owner answered each time."""
    return [
        entry(
            "d1",
            name="Dana",
            days_ago=20,
            label="easygoing",
            probabilities={"easygoing": 0.9, "demanding": 0.1},
            topic="other",
            body="Loved the first sketches, go ahead!",
        ),
        entry("d2", days_ago=19, direction=Direction.OUT, body="Thanks! Next draft on Sunday."),
        entry(
            "d3",
            name="Dana Levi",
            days_ago=5,
            label="demanding",
            probabilities={"demanding": 0.8, "conflictual": 0.2},
            topic="scope",
            asks=("deadline: tomorrow 9:00", "extra: a second logo"),
            body="I need a second logo too, by tomorrow 9:00.",
        ),
    ]


def yossi_story() -> list[HistoryEntry]:
    """Yossi on WhatsApp, in Hebrew: asked for the materials, went quiet."""
    return [
        entry(
            "y1",
            client=YOSSI,
            name="יוסי",
            days_ago=70,
            label="dormant",
            topic="availability",
            asks=("חומרים: אחרי החגים",),
            body="סליחה, הייתי בלחץ. אשלח את החומרים אחרי החגים",
        ),
        entry(
            "y2",
            client=YOSSI,
            days_ago=60,
            direction=Direction.OUT,
            body="בשמחה, מחכה לחומרים. אפשר גם בטלפון",
        ),
    ]


def _fresh_postgres_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the session's server for one test; dropped afterwards."""
    with fresh_database(server_url, prefix="history") as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def history_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'history' / 'history.sqlite3'}"
    else:
        yield from _fresh_postgres_database(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(history_url: str) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(history_url)
    yield opened
    opened.dispose()


def client_id(store: HistoryStore, key: str) -> int:
    with store.engine.connect() as conn:
        found = conn.execute(select(clients_table.c.id).where(clients_table.c.key == key))
        return int(found.scalar_one())


def test_open_runs_migrations_to_head_and_twice_is_fine(history_url: str) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head == "0002"
    with HistoryStore.open(history_url) as first:
        assert first.schema_revision() == head
        assert first.record(dana_story(), keep_text=False) == 3
    with HistoryStore.open(history_url) as second:  # an up-to-date database: nothing to do
        assert second.schema_revision() == head
        assert [c.messages for c in second.clients(rules=ProfileRules(), now=NOW)] == [3]
        with second.engine.connect() as conn:
            # The migrations build exactly the tables the code declares.
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
            tables = set(inspect(conn).get_table_names())
    assert tables == {"alembic_version", "clients", "messages", "owner_settings"}


def test_concurrent_opens_of_a_new_database_all_succeed(history_url: str) -> None:
    def open_and_read(_: int) -> str | None:
        with HistoryStore.open(history_url) as opened:
            return opened.schema_revision()

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(open_and_read, range(4))) == ["0002"] * 4


def test_record_reads_back_in_time_order_as_aware_utc(store: HistoryStore) -> None:
    story = dana_story()
    jerusalem = timezone(timedelta(hours=2))
    late = entry("d4", days_ago=1, label="conflictual", topic="payment")
    late = replace(late, sent_at=late.sent_at.astimezone(jerusalem))
    assert store.record([late, *reversed(story)], keep_text=True) == 4

    record = store.client(client_id(store, DANA))
    assert record is not None
    assert record.key == "mail:dana@studio.example" and record.name == "Dana Levi"
    assert [item.label for item in record.timeline] == [
        "easygoing",
        None,
        "demanding",
        "conflictual",
    ]
    assert [item.direction for item in record.timeline] == [
        Direction.IN,
        Direction.OUT,
        Direction.IN,
        Direction.IN,
    ]
    assert [item.sent_at for item in record.timeline] == [
        NOW - timedelta(days=d) for d in (20, 19, 5, 1)
    ]
    assert all(item.sent_at.tzinfo is UTC for item in record.timeline)
    third = record.timeline[2]
    assert third.probabilities == {"demanding": 0.8, "conflictual": 0.2}
    assert third.asks == ("deadline: tomorrow 9:00", "extra: a second logo")
    assert third.topic == "scope" and third.channel is Channel.EMAIL
    assert third.text == "I need a second logo too, by tomorrow 9:00."
    assert record.timeline[3].asks == () and record.timeline[3].probabilities is None
    assert store.client(client_id(store, DANA) + 1000) is None


def test_recording_the_same_messages_twice_adds_nothing(store: HistoryStore) -> None:
    both = [*dana_story(), *yossi_story()]
    assert store.record(both, keep_text=False) == 5
    assert store.record(both, keep_text=False) == 0
    # A repeat inside one batch counts once; only the genuinely new message is added.
    fresh = entry("d9", days_ago=0.5, label="easygoing")
    assert store.record([fresh, fresh, *both], keep_text=False) == 1
    with store.engine.connect() as conn:
        assert len(conn.execute(select(messages_table.c.dedupe_key)).all()) == 6
        assert len(conn.execute(select(clients_table)).all()) == 2


def test_client_names_update_only_with_a_new_non_empty_name(store: HistoryStore) -> None:
    store.record([entry("a", days_ago=3, label="easygoing")], keep_text=False)
    assert store.client(client_id(store, DANA)).name is None  # type: ignore[union-attr]
    store.record([entry("b", name="Dana", days_ago=2, label="easygoing")], keep_text=False)
    assert store.client(client_id(store, DANA)).name == "Dana"  # type: ignore[union-attr]
    store.record([entry("c", name="  ", days_ago=1, label="easygoing")], keep_text=False)
    store.record([entry("b", name="Dana  Levi", days_ago=2)], keep_text=False)  # known message
    assert store.client(client_id(store, DANA)).name == "Dana Levi"  # type: ignore[union-attr]


def test_texts_are_stored_only_when_the_owner_keeps_them(store: HistoryStore) -> None:
    assert store.record(dana_story(), keep_text=False) == 3
    assert store.record(yossi_story(), keep_text=True) == 2
    with store.engine.connect() as conn:
        texts = dict(
            (row.dedupe_key, row.text)
            for row in conn.execute(select(messages_table.c.dedupe_key, messages_table.c.text))
        )
    assert texts == {
        "d1": None,
        "d2": None,
        "d3": None,
        "y1": "סליחה, הייתי בלחץ. אשלח את החומרים אחרי החגים",
        "y2": "בשמחה, מחכה לחומרים. אפשר גם בטלפון",
    }
    assert store.forget_texts(client_id=client_id(store, YOSSI)) == 2
    record = store.client(client_id(store, YOSSI))
    assert record is not None and [item.text for item in record.timeline] == [None, None]
    assert [item.label for item in record.timeline] == ["dormant", None]  # the rest is kept


def test_delete_client_leaves_no_row_about_them_in_any_table(store: HistoryStore) -> None:
    store.record([*dana_story(), *yossi_story()], keep_text=True)
    dana, yossi = client_id(store, DANA), client_id(store, YOSSI)
    assert store.delete_client(dana) is True

    traces = ("dana", "d1", "d2", "d3", "logo", "sketches")
    with store.engine.connect() as conn:
        reflected = MetaData()
        reflected.reflect(conn)
        assert set(reflected.tables) >= set(metadata.tables)
        for table in reflected.sorted_tables:
            for row in conn.execute(select(table)):
                values = row._asdict()
                cells = str(list(values.values())).casefold()
                assert not any(trace in cells for trace in traces), table.name
                if table.name == "clients":
                    assert values["id"] != dana
                if table.name == "messages":
                    assert values["client_id"] != dana
    assert store.client(dana) is None
    assert store.delete_client(dana) is False
    kept = store.client(yossi)
    assert kept is not None and len(kept.timeline) == 2


def test_export_client_is_json_with_the_client_and_all_their_messages(
    store: HistoryStore,
) -> None:
    store.record([*dana_story(), *yossi_story()], keep_text=True)
    exported = store.export_client(client_id(store, YOSSI))
    again = json.loads(json.dumps(exported, ensure_ascii=False))
    assert again["format"] == EXPORT_FORMAT
    assert again["client"]["key"] == "tel:0525550101" and again["client"]["name"] == "יוסי"
    messages = again["messages"]
    assert [m["key"] for m in messages] == ["y1", "y2"]
    assert messages[0] == {
        "id": messages[0]["id"],
        "key": "y1",
        "sent_at": "2025-12-21T12:00:00+00:00",
        "direction": "in",
        "channel": "whatsapp",
        "label": "dormant",
        "probabilities": None,
        "topic": "availability",
        "asks": ["חומרים: אחרי החגים"],
        "text": "סליחה, הייתי בלחץ. אשלח את החומרים אחרי החגים",
    }
    assert messages[1]["direction"] == "out" and messages[1]["label"] is None
    with pytest.raises(KeyError):
        store.export_client(client_id(store, YOSSI) + 1000)


def test_purge_deletes_old_messages_and_clients_left_with_none(store: HistoryStore) -> None:
    store.record([*dana_story(), *yossi_story()], keep_text=False)
    dana = client_id(store, DANA)
    # Yossi's messages are 60 and 70 days old, Dana's 5, 19 and 20.
    assert store.purge(older_than_days=30, now=NOW) == 2
    with store.engine.connect() as conn:
        assert conn.execute(select(clients_table.c.key)).scalars().all() == [DANA]
    record = store.client(dana)
    assert record is not None and [item.sent_at for item in record.timeline] == [
        NOW - timedelta(days=d) for d in (20, 19, 5)
    ]
    assert store.purge(older_than_days=10, now=NOW) == 2
    assert store.purge(older_than_days=10, now=NOW) == 0
    with pytest.raises(ValueError, match="negative"):
        store.purge(older_than_days=-1, now=NOW)


def test_clients_are_listed_with_their_profile_most_urgent_first(store: HistoryStore) -> None:
    store.record([*dana_story(), *yossi_story()], keep_text=False)
    first, second = store.clients(rules=ProfileRules(), now=NOW)
    # Yossi: silent 70 days with the owner's message unanswered: dormant, so first.
    assert (first.key, first.name, first.messages) == ("tel:0525550101", "יוסי", 2)
    assert first.dormant and first.owner_waiting and first.latest_label == "dormant"
    assert first.days_silent == pytest.approx(70.0)
    assert first.last_message_at == NOW - timedelta(days=60)
    assert first.attention == 100 and first.warning_signs == ()
    assert (second.name, second.messages, second.latest_label) == ("Dana Levi", 3, "demanding")
    assert not second.dormant and not second.owner_waiting
    assert second.days_silent == pytest.approx(5.0) and second.attention == 0
    assert second.trend == "unknown"  # two rated messages are too few for a trend
    assert SignKind.HOSTILE not in second.warning_signs


def test_failures_raise_history_error_without_texts(store: HistoryStore) -> None:
    store.record(dana_story(), keep_text=True)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE messages"))
    secret = "a private sentence about the invoice"
    with pytest.raises(HistoryError, match="not recorded") as caught:
        store.record([entry("s1", days_ago=1, label="easygoing", body=secret)], keep_text=True)
    assert secret not in str(caught.value) and secret not in str(caught.value.__cause__)
    with pytest.raises(HistoryError, match="could not be read"):
        store.client(1)


def test_a_schema_from_a_newer_version_is_refused(history_url: str) -> None:
    HistoryStore.open(history_url).dispose()
    engine = create_engine(history_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(HistoryError, match="newer version"):
        HistoryStore.open(history_url)


def test_sqlite_connections_use_wal_and_enforce_foreign_keys(tmp_path: Path) -> None:
    with HistoryStore.open(f"sqlite:///{tmp_path / 'h.sqlite3'}") as opened:
        opened.record(dana_story(), keep_text=False)
        with opened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert int(conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) == 5000
        # The foreign key cascades even when only the client row is deleted.
        with opened.engine.begin() as conn:
            conn.execute(clients_table.delete())
            assert conn.execute(select(messages_table)).all() == []


@pytest.mark.parametrize(
    "url",
    [
        "nosuchdatabase://somewhere/history",
        "mysql://user@127.0.0.1:1/history",
        "postgresql+psycopg://nobody@127.0.0.1:1/history?connect_timeout=2",
    ],
)
def test_a_broken_url_raises_history_error(url: str) -> None:
    with pytest.raises(HistoryError, match="cannot open the client history"):
        HistoryStore.open(url)


def test_a_sqlite_path_that_is_a_directory_raises_history_error(tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match="cannot open the client history: OperationalError"):
        HistoryStore.open(f"sqlite:///{tmp_path}")


def test_entries_are_checked_before_anything_is_written() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        replace(entry("n", days_ago=1), sent_at=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="not classified"):
        entry("o", days_ago=1, direction=Direction.OUT, label="easygoing")
    with pytest.raises(ValueError, match="unknown label"):
        entry("l", days_ago=1, label="grumpy")
    with pytest.raises(ValueError, match="bad probability"):
        entry("p", days_ago=1, label="easygoing", probabilities={"easygoing": 1.5})
    with pytest.raises(ValueError, match="asks"):
        entry("q", days_ago=1, asks=("",))
    # Importers reading CSV hand over plain strings; they become the enums.
    plain = replace(entry("s", days_ago=1), direction="out")  # type: ignore[arg-type]
    assert plain.direction is Direction.OUT
