"""A test client over the app, serving the mini model from a temporary registry."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

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
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(models_dir: Path, tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "CLIENT_CLASSIFIER_MODELS_DIR": str(models_dir),
        "CLIENT_CLASSIFIER_DATA_DIR": str(tmp_path / "var"),
        "CLIENT_CLASSIFIER_PROVIDER_NAME": "Noa",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "classifier.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"server exited: {proc.stdout.read() if proc.stdout else ''}")
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("server did not become ready in 60 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
