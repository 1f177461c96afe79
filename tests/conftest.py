"""Shared fixtures: the repository config, a small hand-written labeled file, a model trained on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier.config import ModelConfig, load_config
from classifier.prediction import ClientClassifier
from classifier.registry import ModelRegistry
from classifier.training import train_and_save

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def config() -> ModelConfig:
    return load_config(ROOT / "config" / "default.toml")


@pytest.fixture(scope="session")
def mini_csv() -> Path:
    """40 hand-written messages, 8 per label, Hebrew and English, in 4 writing groups."""
    return FIXTURES / "mini.csv"


@pytest.fixture(scope="session")
def mini_registry(
    tmp_path_factory: pytest.TempPathFactory, config: ModelConfig, mini_csv: Path
) -> ModelRegistry:
    """A registry holding one model trained on the mini fixture (no cross-validation: fast)."""
    registry = ModelRegistry(tmp_path_factory.mktemp("models"))
    train_and_save(
        [mini_csv],
        config=config,
        config_path=ROOT / "config" / "default.toml",
        registry=registry,
        cross_validate=False,
    )
    return registry


@pytest.fixture(scope="session")
def mini_model(mini_registry: ModelRegistry) -> ClientClassifier:
    return ClientClassifier(mini_registry.load(), uncertain_below=0.5, uncertain_margin=0.15)
