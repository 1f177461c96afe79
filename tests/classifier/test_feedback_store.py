"""The feedback store on SQLite and on a real PostgreSQL server: the same promises on both."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from api.local import running_service
from classifier.dataset import read_labeled_csv
from classifier.feedback import FeedbackStore, feedback_table
from classifier.registry import ModelRegistry


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FeedbackStore]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_url")
    created = FeedbackStore(url)
    with created.engine.begin() as conn:
        conn.execute(feedback_table.delete())  # the server outlives one test
    yield created
    created.dispose()


def test_store_count_list_delete(store: FeedbackStore) -> None:
    first = store.add(text="שלום, אפשר לדחות לשבוע הבא?", label="dormant", topic="availability")
    second = store.add(
        text="you people are useless", label="conflictual", predicted_label="easygoing"
    )
    assert store.count() == 2
    assert [row.id for row in store.latest(10)] == [second, first]
    assert store.delete(first) and not store.delete(first)
    assert store.count() == 1


def test_store_purges_by_age(store: FeedbackStore) -> None:
    old = store.add(text="an old correction", label="dormant")
    store.add(text="a new correction", label="easygoing")
    with store.engine.begin() as conn:
        conn.execute(
            update(feedback_table)
            .where(feedback_table.c.id == old)
            .values(created_at=datetime.now(UTC) - timedelta(days=400))
        )
    assert store.purge_older_than(365) == 1 and store.count() == 1


def test_store_exports_training_rows_in_hebrew_and_english(
    store: FeedbackStore, tmp_path: Path
) -> None:
    store.add(text="=HYPERLINK('x') אני רוצה החזר", label="conflictual", topic="payment")
    store.add(text="Sorry, swamped. Next month?", label="dormant")
    out = tmp_path / "fb.csv"
    assert store.export_csv(out) == 2
    frame = read_labeled_csv(out)
    assert list(frame["text"]) == ["=HYPERLINK('x') אני רוצה החזר", "Sorry, swamped. Next month?"]


@pytest.mark.slow
def test_two_instances_share_one_postgresql(
    postgres_url: str, tmp_path: Path, mini_registry: ModelRegistry
) -> None:
    FeedbackStore(postgres_url).engine.dispose()
    shared = FeedbackStore(postgres_url)
    with shared.engine.begin() as conn:
        conn.execute(feedback_table.delete())
    env = {"CLIENT_CLASSIFIER_DATABASE_URL": postgres_url}
    roots = []
    for name in ("a", "b"):
        shutil.copytree(mini_registry.root, tmp_path / name / "models")
        roots.append(tmp_path / name)
    with (
        running_service(models_dir=roots[0] / "models", data_dir=roots[0], env=env) as one,
        running_service(models_dir=roots[1] / "models", data_dir=roots[1], env=env) as two,
    ):
        for i, service in enumerate((one, two, one, two)):
            response = httpx.post(
                f"{service.url}/v1/feedback",
                json={"text": f"correction number {i}", "label": "dormant"},
                timeout=10,
            )
            assert response.status_code == 201
    assert shared.count() == 4
    shared.dispose()
