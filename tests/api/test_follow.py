"""Every worker follows models/CURRENT: in process, and two workers of a real server under load."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.local import running_service
from api.main import create_app
from classifier.registry import ModelRegistry
from classifier.settings import Settings


def _new_version(models_dir: Path, *, make_current: bool = True) -> str:
    registry = ModelRegistry(models_dir)
    loaded = registry.load()
    keep = {k: v for k, v in loaded.metadata.items() if k not in ("version", "model_sha256")}
    return registry.save(loaded.bundle, keep, make_current=make_current)


def _wait_for(client: TestClient, version: str, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if client.get("/v1/model").json()["version"] == version:
            return True
        time.sleep(0.05)
    return False


def test_a_worker_follows_current_and_refuses_a_broken_version(settings: Settings) -> None:
    follow = settings.model_copy(update={"follow_current_s": 0.1})
    with TestClient(create_app(follow)) as client:
        new = _new_version(follow.models_dir)
        assert _wait_for(client, new)
        # Broken before it is made current (a bad deploy): saving it as current first would
        # let the follower load it, still whole, before the bytes are tampered with.
        broken = _new_version(follow.models_dir, make_current=False)
        (follow.models_dir / broken / "model.joblib").write_bytes(b"tampered")
        pointer = follow.models_dir / "CURRENT.tmp"
        pointer.write_text(f"{broken}\n")
        pointer.replace(follow.models_dir / "CURRENT")
        time.sleep(0.5)
        assert client.get("/v1/model").json()["version"] == new  # refused; still serving
        assert client.post("/v1/classify", json={"text": "hello there"}).status_code == 200


def test_following_is_off_at_zero(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:  # the fixture sets follow_current_s=0
        old = client.get("/v1/model").json()["version"]
        _new_version(settings.models_dir)
        time.sleep(0.3)
        assert client.get("/v1/model").json()["version"] == old


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["two workers", "two instances"])
def test_a_switch_reaches_every_process_under_load_without_a_failed_request(
    tmp_path: Path, mini_registry: ModelRegistry, layout: str
) -> None:
    """Two workers of one server, or two servers sharing one models directory."""
    shutil.copytree(mini_registry.root, tmp_path / "models")
    env = {"CLIENT_CLASSIFIER_FOLLOW_CURRENT_S": "0.5"}
    with contextlib.ExitStack() as stack:
        if layout == "two workers":
            services = [
                stack.enter_context(
                    running_service(
                        models_dir=tmp_path / "models",
                        data_dir=tmp_path / "var",
                        env=env,
                        workers=2,
                    )
                )
            ]
        else:
            services = [
                stack.enter_context(
                    running_service(
                        models_dir=tmp_path / "models", data_dir=tmp_path / f"var{i}", env=env
                    )
                )
                for i in range(2)
            ]
        answers: list[tuple[float, int, str]] = []
        stop = threading.Event()

        def load(url: str) -> None:
            with httpx.Client(base_url=url, timeout=10) as http:
                while not stop.is_set():
                    response = http.post("/v1/classify", json={"text": "any news on the logo?"})
                    version = (
                        response.json().get("model_version", "") if response.is_success else ""
                    )
                    answers.append((time.monotonic(), response.status_code, version))

        threads = [
            threading.Thread(target=load, args=(services[i % len(services)].url,)) for i in range(4)
        ]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        new = _new_version(tmp_path / "models")
        switched_at = time.monotonic()
        time.sleep(4.0)
        stop.set()
        for thread in threads:
            thread.join()
        # Any worker answers a scrape, and it speaks for all of its server's workers.
        scraped = "\n".join(httpx.get(f"{s.url}/metrics", timeout=10).text for s in services)
    assert Counter(status for _, status, _ in answers) == Counter({200: len(answers)})
    late = [version for at, _, version in answers if at > switched_at + 2.0]
    assert late and set(late) == {new}, Counter(late)
    serving = sum(
        float(line.rsplit(" ", 1)[1])
        for line in scraped.splitlines()
        if line.startswith("client_classifier_model_serving{") and f'version="{new}"' in line
    )
    assert serving == 2.0, scraped
    follows = sum(
        float(line.rsplit(" ", 1)[1])
        for line in scraped.splitlines()
        if line.startswith("client_classifier_reloads_total{")
        and 'how="follow"' in line
        and 'result="ok"' in line
    )
    assert follows == 2.0
