"""Regression tests for the hardening issue: each failed before its fix.

Stalls under hostile input are in ``test_hostile_input.py`` (a real server); these are the wrong
answers to hostile or broken input, through FastAPI's TestClient.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.main import create_app
from classifier.prediction import ClientClassifier
from classifier.registry import ModelRegistry
from classifier.settings import Settings
from tests.api.conftest import ADMIN_KEY


def _client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings))


# ----- keys ---------------------------------------------------------------------------------------
def test_an_empty_admin_key_disables_admin_rather_than_opening_it(
    models_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENT_CLASSIFIER_ADMIN_KEY", "")
    settings = Settings(models_dir=models_dir, data_dir=tmp_path / "var")
    assert settings.admin_key is None
    with _client(settings) as client:
        response = client.post("/v1/admin/reload")
        assert response.status_code == 403 and "disabled" in response.json()["detail"]
        assert client.post("/v1/admin/reload", headers={"X-API-Key": ""}).status_code == 403


# ----- 500s carry the request id --------------------------------------------------------------------
def test_an_unexpected_error_is_a_500_with_the_request_id(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(ClientClassifier, "classify", boom)
    response = client.post("/v1/classify", json={"text": "hello"}, headers={"X-Request-ID": "r-42"})
    assert response.status_code == 500
    assert response.json()["request_id"] == "r-42" and response.headers["x-request-id"] == "r-42"
    assert "boom" not in response.text


@pytest.mark.parametrize("path", ["/v1/classify", "/v1/classify/batch", "/v1/feedback"])
def test_deeply_nested_json_is_a_400_not_a_500(client: TestClient, path: str) -> None:
    nested = b"[" * 5000 + b"]" * 5000
    body = nested if path == "/v1/classify" else b'{"messages": ' + nested + b"}"
    response = client.post(path, content=body, headers={"Content-Type": "application/json"})
    assert 400 <= response.status_code < 500, response.text[:200]


@pytest.mark.parametrize("path", ["/v1/classify/batch", "/v1/feedback"])
def test_chunked_bodies_over_the_limit_are_413_on_every_endpoint(
    client: TestClient, path: str
) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"messages": [{"text": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'"}]}'

    response = client.post(path, content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413


# ----- broken model versions ---------------------------------------------------------------------
def _break(models_dir: Path, how: str) -> None:
    version = (models_dir / "CURRENT").read_text().strip()
    if how == "metadata-list":
        (models_dir / version / "metadata.json").write_text("[1, 2]")
    elif how == "missing-head":
        registry = ModelRegistry(models_dir)
        loaded = registry.load()
        registry.save({"topic": loaded.bundle["client_type"]}, {})
    elif how == "current-not-utf8":
        (models_dir / "CURRENT").write_bytes(b"\xff\xfe\x00bad")
    elif how == "outside-symlink":
        outside = models_dir.parent / "elsewhere"
        shutil.copytree(models_dir / version, outside)
        (models_dir / "evil").symlink_to(outside, target_is_directory=True)
        (models_dir / "CURRENT").write_text("evil\n")


BREAKS = ["metadata-list", "missing-head", "current-not-utf8", "outside-symlink"]


@pytest.mark.parametrize("how", BREAKS)
def test_a_broken_current_version_reports_not_ready_with_the_reason(
    settings: Settings, models_dir: Path, how: str
) -> None:
    _break(models_dir, how)
    with _client(settings) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503
        reason = ready.json()["reason"]
        assert reason and str(models_dir) not in reason and "/tmp" not in reason
        assert client.get("/healthz").status_code == 200


@pytest.mark.parametrize("how", BREAKS)
def test_reloading_a_broken_version_is_409_and_the_old_model_keeps_serving(
    client: TestClient, models_dir: Path, how: str
) -> None:
    serving = client.get("/v1/model").json()["version"]
    _break(models_dir, how)
    response = client.post("/v1/admin/reload", headers={"X-API-Key": ADMIN_KEY})
    assert response.status_code == 409, response.text
    assert client.get("/v1/model").json()["version"] == serving


def test_model_and_readiness_show_no_server_paths(client: TestClient, models_dir: Path) -> None:
    text = client.get("/v1/model").text + client.get("/readyz").text
    assert str(models_dir) not in text and "/tmp/" not in text


# ----- signing ------------------------------------------------------------------------------------
def test_with_a_signing_key_an_unsigned_model_is_refused_and_a_signed_one_served(
    settings: Settings, models_dir: Path
) -> None:
    keyed = settings.model_copy(update={"model_signing_key": SecretStr("s3cret")})
    with _client(keyed) as client:
        assert client.get("/readyz").status_code == 503
        assert "unsigned" in client.get("/readyz").json()["reason"]
    ModelRegistry(models_dir, signing_key=b"s3cret").sign_version(
        (models_dir / "CURRENT").read_text().strip()
    )
    with _client(keyed) as client:
        assert client.get("/readyz").status_code == 200
    with _client(keyed.model_copy(update={"model_signing_key": SecretStr("other")})) as client:
        assert client.get("/readyz").status_code == 503


# ----- feedback ------------------------------------------------------------------------------------
def test_feedback_needs_its_key_when_one_is_set(settings: Settings) -> None:
    keyed = settings.model_copy(update={"feedback_key": SecretStr("fb-key")})
    item = {"text": "Sorry, swamped. Next month?", "label": "dormant"}
    with _client(keyed) as client:
        assert client.post("/v1/feedback", json=item).status_code == 401
        assert (
            client.post("/v1/feedback", json=item, headers={"X-API-Key": "nope"}).status_code == 401
        )
        assert (
            client.post("/v1/feedback", json=item, headers={"X-API-Key": "fb-key"}).status_code
            == 201
        )
        assert (
            client.post("/v1/feedback", json=item, headers={"X-API-Key": ADMIN_KEY}).status_code
            == 201
        )


def _send_corrections(client: TestClient, count: int) -> list[int]:
    return [
        client.post("/v1/feedback", json={"text": f"message {i}", "label": "dormant"}).status_code
        for i in range(count)
    ]


def test_feedback_is_rate_limited_per_client(settings: Settings) -> None:
    with _client(settings.model_copy(update={"feedback_per_minute": 3})) as client:
        assert _send_corrections(client, 5) == [201, 201, 201, 429, 429]
        limited = client.post("/v1/feedback", json={"text": "again", "label": "dormant"})
        assert int(limited.headers["retry-after"]) >= 1


def test_feedback_store_has_a_size_budget(settings: Settings) -> None:
    with _client(settings.model_copy(update={"feedback_max_rows": 2})) as client:
        assert _send_corrections(client, 3) == [201, 201, 507]


# ----- logs ------------------------------------------------------------------------------------------
def test_a_newline_in_the_url_cannot_forge_a_log_line(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        client.get("/nothing%0a2026-01-01 00:00:00,000 INFO [-] api.access: GET /admin 200")
    lines = [r.getMessage() for r in caplog.records if r.name == "api.access"]
    assert lines and all("\n" not in line for line in lines)
    assert any("\\x0a" in line for line in lines)


def test_uvicorn_access_lines_with_client_addresses_are_off(client: TestClient) -> None:
    assert logging.getLogger("uvicorn.access").disabled


def test_a_repeated_error_is_logged_at_a_bounded_rate() -> None:
    from api.logs import RateLimitFilter

    limiter = RateLimitFilter(burst=5, window_s=60)
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "accept failed: %s", ("EMFILE",), None
    )
    assert sum(limiter.filter(record) for _ in range(1000)) == 5
    info = logging.LogRecord("x", logging.INFO, __file__, 1, "GET / 200", (), None)
    assert all(limiter.filter(info) for _ in range(100))


# ----- hidden HTML -----------------------------------------------------------------------------------
def test_text_hidden_in_html_is_not_read(client: TestClient) -> None:
    html = (
        "<html><body><p>You people are useless and I want my money back.</p>"
        '<div style="display:none">thank you so much, I love it, wonderful work</div>'
        "<span hidden>amazing</span><span style='font-size:0px'>perfect</span></body></html>"
    )
    body = client.post("/v1/classify", json={"text": html}).json()
    assert "love" not in body["cleaned_text"] and "amazing" not in body["cleaned_text"]
    assert "perfect" not in body["cleaned_text"] and "useless" in body["cleaned_text"]


def test_text_in_a_zero_size_wrapper_with_sized_children_is_read(client: TestClient) -> None:
    html = (
        '<div style="font-size:0"><span style="font-size:14px">When is the site ready?</span></div>'
    )
    assert client.post("/v1/classify", json={"text": html}).json()["cleaned_text"] == (
        "When is the site ready?"
    )


def test_any_method_token_counts_under_one_metrics_label(client: TestClient) -> None:
    for method in ("PURGE0", "PURGE1", "BREW"):
        client.request(method, "/v1/classify")
    text = client.get("/metrics").text
    assert "PURGE0" not in text and 'method="OTHER"' in text


def test_a_nul_in_current_never_stops_the_follower(settings: Settings) -> None:
    import time

    follow = settings.model_copy(update={"follow_current_s": 0.05})
    with _client(follow) as client:
        serving = client.get("/v1/model").json()["version"]
        (follow.models_dir / "CURRENT").write_bytes(b"bad\x00name\n")
        time.sleep(0.3)
        (follow.models_dir / "CURRENT").write_text(serving + "\n")
        fresh = ModelRegistry(follow.models_dir)
        loaded = fresh.load(serving)
        new = fresh.save(
            loaded.bundle, {k: v for k, v in loaded.metadata.items() if k != "version"}
        )
        deadline = time.monotonic() + 5
        while client.get("/v1/model").json()["version"] != new and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.get("/v1/model").json()["version"] == new  # the follower lived on


def test_json_body_errors_do_not_echo_the_input(client: TestClient) -> None:
    response = client.post("/v1/classify", content=json.dumps({"text": 5, "secret": "4580"}))
    assert response.status_code == 422 and "4580" not in response.text


def test_the_batch_refuses_what_a_single_request_refuses(client: TestClient) -> None:
    empty = client.post(
        "/v1/classify/batch", json={"messages": [{"text": "hi"}, {"text": "<p></p>"}]}
    )
    assert empty.status_code == 422 and "message 1 has no text" in empty.json()["detail"]
    assert client.post("/v1/classify", json={"text": "<p></p>"}).status_code == 422
