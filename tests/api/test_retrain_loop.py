"""The retrain loop as the README tells it: corrections, export, train, and the service serves it."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from classifier.config import ModelConfig
from classifier.feedback import FeedbackStore
from classifier.registry import ModelRegistry
from classifier.settings import Settings
from classifier.training import train_and_save

ROOT = Path(__file__).resolve().parents[2]


def test_corrections_without_topics_retrain_a_model_that_keeps_topics_and_is_served(
    settings: Settings, config: ModelConfig, mini_csv: Path, tmp_path: Path
) -> None:
    follow = settings.model_copy(update={"follow_current_s": 0.1})
    with TestClient(create_app(follow)) as client:
        old = client.get("/v1/model").json()["version"]
        for text in ("Sorry, swamped. Next month?", "we are away, I'll text when we're back"):
            sent = client.post("/v1/feedback", json={"text": text, "label": "dormant"})
            assert sent.status_code == 201  # the README's correction: no topic
        exported = tmp_path / "feedback.csv"
        assert FeedbackStore(follow.feedback_url()).export_csv(exported) == 2
        new, result = train_and_save(
            [mini_csv, exported],
            config=config,
            config_path=ROOT / "config" / "default.toml",
            registry=ModelRegistry(follow.models_dir),
            cross_validate=False,
        )
        assert result.data["rows_per_head"]["topic"] == result.data["rows"] - 2
        deadline = time.monotonic() + 5
        while client.get("/v1/model").json()["version"] == old and time.monotonic() < deadline:
            time.sleep(0.05)
        served = client.get("/v1/model").json()
        assert served["version"] == new != old and served["topics"]
        answer = client.post("/v1/classify", json={"text": "Can we talk after the holidays?"})
        assert answer.json()["topic"] is not None
