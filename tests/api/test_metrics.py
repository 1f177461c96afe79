"""GET /metrics: Prometheus text with request and model counters, and no message content."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def _value(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


def test_metrics_count_requests_and_predictions_without_content(client: TestClient) -> None:
    before = client.get("/metrics").text
    secret = "my private contract with Zqxvendor"
    client.post("/v1/classify", json={"text": secret})
    client.post("/v1/classify", json={"text": "Здравствуйте, когда будет готово?"})
    client.post("/v1/classify", json={"text": "x" * 10, "extra": 1})  # a 422
    after = client.get("/metrics")
    assert after.status_code == 200 and after.headers["content-type"].startswith("text/plain")
    text = after.text
    assert "zqxvendor" not in text.lower() and "contract" not in text
    # The registry is the process's: other tests' requests are counted too, so compare growth.
    ok = {"route": "/v1/classify", "status": "200"}
    bad = {"route": "/v1/classify", "status": "422"}
    assert (
        _value(text, "client_classifier_requests_total", **ok)
        - _value(before, "client_classifier_requests_total", **ok)
        == 2
    )
    assert (
        _value(text, "client_classifier_requests_total", **bad)
        - _value(before, "client_classifier_requests_total", **bad)
        == 1
    )
    assert _value(text, "client_classifier_predictions_total", language="other") >= 1
    assert _value(text, "client_classifier_uncertain_total") >= 1
    assert _value(text, "client_classifier_confidence_count") >= 2
    assert _value(text, "client_classifier_request_seconds_count", route="/v1/classify") >= 3
    version = client.get("/v1/model").json()["version"]
    assert _value(text, "client_classifier_model_serving", version=version) == 1
    # routes are templates, never raw paths
    client.get("/no/such/path/zqx")
    assert not re.search(r'route="/no/such', client.get("/metrics").text)
