"""Shared fixtures: the repository config, a small hand-written labeled file, a model trained on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from classifier import LABELS
from classifier.config import ModelConfig, load_config
from classifier.corpus import load_corpus, split_by_batch
from classifier.prediction import ClientClassifier
from classifier.registry import ModelRegistry
from classifier.training import train, train_and_save

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# The tier of each test file: `pytest -m unit` runs the quick ones, `-m "not browser"` skips
# Chromium, and so on. Files not named here are unit tests (api/ files are api tests).
_TIERS = {
    "test_page_browser.py": "browser",
    "test_clients_browser.py": "browser",
    "test_corpus.py": "data",
    "test_model_behaviour.py": "model",
    "test_scoring.py": "model",
    "test_checklist.py": "model",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        tier = _TIERS.get(path.name) or ("api" if path.parent.name == "api" else "unit")
        item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server for this session (skipped, with the reason, where none can run)."""
    from tests.postgres import postgres_server, unavailable

    reason = unavailable()
    if reason:
        pytest.skip(reason)
    with postgres_server() as url:
        yield url


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


@pytest.fixture(scope="session")
def corpus_split(config: ModelConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The repository corpus split by writing pass into (train, held-out test)."""
    return split_by_batch(load_corpus(config, root=ROOT), config.data.test_batches)


@pytest.fixture(scope="session")
def corpus_model(
    corpus_split: tuple[pd.DataFrame, pd.DataFrame],
    config: ModelConfig,
    tmp_path_factory: pytest.TempPathFactory,
) -> ClientClassifier:
    """The default config trained on the corpus' training split (no cross-validation; its two
    heads side by side on the machine's two cores: ~25 s)."""
    result = train(corpus_split[0], config, cross_validate=False, n_jobs=2)
    registry = ModelRegistry(tmp_path_factory.mktemp("corpus-models"))
    registry.save(dict(result.estimators), {"labels": list(LABELS)})
    return ClientClassifier(registry.load(), uncertain_below=0.5, uncertain_margin=0.15)
