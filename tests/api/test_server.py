"""The real server: uvicorn on a free local port, talked to over HTTP."""

from __future__ import annotations

import httpx


def test_real_server_over_http(server: str) -> None:
    with httpx.Client(base_url=server, timeout=10) as http:
        response = http.post(
            "/v1/classify", json={"text": "Sorry, swamped. Can we talk next month?"}
        )
        assert response.status_code == 200
        body = response.json()
        assert body["language"] == "en" and 1 <= len(body["replies"]) <= 3
        assert response.headers["x-request-id"]
        assert (
            http.post(
                "/v1/classify", content=b"{", headers={"Content-Type": "application/json"}
            ).status_code
            == 400
        )
        assert (
            http.post("/v1/feedback", json={"text": "hello", "label": "dormant"}).status_code == 201
        )
        assert http.get("/").status_code == 200


def test_the_service_runs_the_guarded_httptools_protocol() -> None:
    """httptools' C parser, with the same head deadline and connection cap as the h11 one
    (tests/api/test_hostile_input.py holds both to them over a real socket)."""
    from api.server import GuardedHttpToolsProtocol, protocol

    assert protocol() is GuardedHttpToolsProtocol
