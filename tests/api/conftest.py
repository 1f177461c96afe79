"""A test client over the app, serving the mini model from a temporary registry."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.local import LocalService, running_service
from api.main import create_app
from classifier.registry import ModelRegistry
from classifier.settings import Settings

ADMIN_KEY = "test-admin-key-123"


@pytest.fixture
def models_dir(tmp_path: Path, mini_registry: ModelRegistry) -> Path:
    target = tmp_path / "models"
    shutil.copytree(mini_registry.root, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, models_dir: Path) -> Settings:
    return Settings(
        models_dir=models_dir,
        data_dir=tmp_path / "var",
        admin_key=SecretStr(ADMIN_KEY),
        provider_name="Noa",
        max_body_bytes=50_000,
        max_batch=5,
        follow_current_s=0,  # reloads in these tests are explicit; test_follow.py tests following
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@contextmanager
def mini_service(
    root: Path, mini_registry: ModelRegistry, env: dict[str, str]
) -> Iterator[LocalService]:
    """A real server in ``root`` on a copy of the mini model."""
    shutil.copytree(mini_registry.root, root / "models")
    with running_service(models_dir=root / "models", data_dir=root / "var", env=env) as service:
        yield service


@pytest.fixture(scope="module")
def shared_server(
    tmp_path_factory: pytest.TempPathFactory, mini_registry: ModelRegistry
) -> Iterator[str]:
    """One real server for a whole module, for tests that do not change its state between them."""
    root = tmp_path_factory.mktemp("server")
    with mini_service(root, mini_registry, {"CLIENT_CLASSIFIER_PROVIDER_NAME": "Noa"}) as service:
        yield service.url


@pytest.fixture
def server(models_dir: Path, tmp_path: Path) -> Iterator[str]:
    with running_service(
        models_dir=models_dir,
        data_dir=tmp_path / "var",
        env={"CLIENT_CLASSIFIER_PROVIDER_NAME": "Noa"},
    ) as service:
        yield service.url
