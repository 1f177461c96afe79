"""Owner settings: defaults keep history off, every limit holds, and a save survives a reopen on
SQLite and on a real PostgreSQL; saving with texts off erases the stored texts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from pydantic import ValidationError
from sqlalchemy import select

from classifier.history import HistoryEntry, alembic_config, messages_table, owner_settings_table
from classifier.message import Channel, Direction
from classifier.owner import Commitments, OwnerSettings, OwnerStore
from classifier.settings import Settings


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'history.sqlite3'}"
    else:
        from tests.postgres import fresh_database

        with fresh_database(request.getfixturevalue("postgres_url"), prefix="owner") as found:
            yield found


def test_defaults_keep_history_and_texts_off() -> None:
    settings = OwnerSettings()
    assert (settings.keep_history, settings.keep_texts) == (False, False)
    assert settings.history_retention_days == 365
    assert settings.names == {} and settings.reply_length == "auto"
    assert settings.commitments == Commitments()


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"history_retention_days": 0}, "history_retention_days"),
        ({"history_retention_days": 3651}, "history_retention_days"),
        ({"names": {"fr": "Noa"}}, "names"),
        ({"names": {"he": "נ" * 61}}, "names"),
        ({"names": {"en": "Noa\nLevi"}}, "names"),
        ({"signatures": {"en": "x" * 301}}, "signatures"),
        ({"business_kind": {"he": "מ" * 81}}, "business_kind"),
        ({"commitments": {"revision_rounds": 21}}, "commitments"),
        ({"commitments": {"slot_hold_days": -1}}, "commitments"),
        ({"commitments": {"response_hours": 0}}, "commitments"),
        ({"commitments": {"hourly_rate": "₪" * 41}}, "commitments"),
        ({"reply_length": "medium"}, "reply_length"),
        ({"keep_everything": True}, "keep_everything"),
    ],
)
def test_values_out_of_their_limits_are_refused_by_field(
    data: dict[str, object], where: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        OwnerSettings.model_validate(data)
    assert caught.value.errors()[0]["loc"][0] == where


def test_values_are_tidied_and_empty_ones_mean_unset() -> None:
    settings = OwnerSettings.model_validate(
        {
            "names": {"he": "  נועה לוי ", "en": ""},
            "signatures": {"en": "Noa Levi  \r\nDesign studio\r\n"},
            "commitments": {"hourly_rate": "  ₪250 ", "revision_rounds": 2},
        }
    )
    assert settings.names == {"he": "נועה לוי"}
    assert settings.signatures == {"en": "Noa Levi\nDesign studio"}
    assert settings.commitments.hourly_rate == "₪250"


def test_migration_0002_is_the_head() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == "0002"


def test_save_and_load_across_a_reopen(url: str) -> None:
    with_name = OwnerSettings(
        keep_history=True,
        keep_texts=True,
        history_retention_days=730,
        names={"he": "נועה לוי", "en": "Noa Levi"},
        signatures={"he": "נועה לוי\nסטודיו לעיצוב"},
        business_kind={"he": "מעצבת גרפית", "en": "graphic designer"},
        commitments=Commitments(revision_rounds=2, slot_hold_days=7, hourly_rate="₪250"),
        reply_length="short",
    )
    store = OwnerStore.open(url, default_name=None)
    try:
        assert store.stored() is None and store.load() == OwnerSettings()
        assert store.save(with_name) == with_name
        assert store.save(with_name) == with_name  # the second save replaces the one row
        assert store.history.schema_revision() == "0002"
        with store.history.engine.connect() as conn:
            assert len(conn.execute(select(owner_settings_table)).all()) == 1
    finally:
        store.dispose()
    reopened = OwnerStore.open(url, default_name=None)
    try:
        assert reopened.load() == with_name
    finally:
        reopened.dispose()


def test_provider_name_signs_every_language_without_a_stored_name(tmp_path: Path) -> None:
    store = OwnerStore.open(f"sqlite:///{tmp_path / 'h.sqlite3'}", default_name="Noa")
    try:
        assert store.load().names == {"he": "Noa", "en": "Noa"}
        saved = store.save(OwnerSettings(names={"he": "נועה"}))
        assert saved.names == {"he": "נועה", "en": "Noa"}
        assert store.stored() == OwnerSettings(names={"he": "נועה"})  # the default is not stored
    finally:
        store.dispose()


def test_saving_with_texts_off_erases_stored_texts_and_applies_retention(url: str) -> None:
    now = datetime.now(UTC)
    entries = [
        HistoryEntry(
            key=f"m{days}",
            client_key="name:dana",
            client_name="Dana",
            sent_at=now - timedelta(days=days),
            direction=Direction.IN,
            channel=Channel.WHATSAPP,
            label="easygoing",
            probabilities=None,
            topic=None,
            asks=(),
            text=f"message sent {days} days ago",
        )
        for days in (1, 100)
    ]
    store = OwnerStore.open(url, default_name=None)
    try:
        store.save(OwnerSettings(keep_history=True, keep_texts=True, history_retention_days=365))
        store.history.record(entries, keep_text=True)
        store.save(OwnerSettings(keep_history=True, keep_texts=False, history_retention_days=30))
        with store.history.engine.connect() as conn:
            rows = conn.execute(select(messages_table.c.dedupe_key, messages_table.c.text)).all()
    finally:
        store.dispose()
    assert [tuple(row) for row in rows] == [("m1", None)]


def test_a_stored_row_that_no_longer_validates_reads_as_the_safe_defaults(tmp_path: Path) -> None:
    store = OwnerStore.open(f"sqlite:///{tmp_path / 'h.sqlite3'}", default_name=None)
    try:
        with store.history.engine.begin() as conn:
            conn.execute(
                owner_settings_table.insert().values(
                    id=1,
                    settings='{"keep_history": true, "names": {"xx": "?"}}',
                    updated_at=datetime.now(UTC),
                )
            )
        assert store.load() == OwnerSettings()
        # ... and the owner's own retention, unreadable, is never replaced by the default's.
        assert store.retention_days() is None
    finally:
        store.dispose()


def test_an_unreadable_settings_row_purges_nothing_at_start(tmp_path: Path) -> None:
    from api.main import open_owner_store
    from classifier.history import HistoryEntry
    from classifier.message import Channel, Direction

    url = f"sqlite:///{tmp_path / 'history.sqlite3'}"
    store = OwnerStore.open(url, default_name=None)
    store.save(OwnerSettings(keep_history=True, history_retention_days=3650))
    old = datetime.now(UTC) - timedelta(days=800)
    entry = HistoryEntry(
        key="k1", client_key="name:dana", client_name="Dana", sent_at=old,
        direction=Direction.IN, channel=Channel.WHATSAPP, label="easygoing",
        probabilities=None, topic=None, asks=(), text=None,
    )  # fmt: skip
    assert store.history.record([entry], keep_text=False) == 1
    with store.history.engine.begin() as conn:  # a row written by another version
        conn.execute(
            owner_settings_table.update().values(
                settings='{"keep_history": true, "history_retention_days": 3650, "new": 1}'
            )
        )
    store.dispose()
    settings = Settings(data_dir=tmp_path, database_url=url)
    reopened, error = open_owner_store(settings)
    assert reopened is not None and error is None
    try:
        assert reopened.history.count_clients() == 1  # kept: the default 365 days were not applied
    finally:
        reopened.dispose()


def test_settings_name_the_history_database(tmp_path: Path) -> None:
    assert Settings(data_dir=tmp_path).history_url() == f"sqlite:///{tmp_path / 'history.sqlite3'}"
    url = "postgresql+psycopg://db.example/history"
    assert Settings(data_dir=tmp_path, database_url=url).history_url() == url
