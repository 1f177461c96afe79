"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from api.metrics import scrape

router = APIRouter(tags=["health"])


# Both answer on the event loop itself, never waiting for a thread, so they stay quick while
# classifications run.
@router.get("/healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="A model is loaded and the service can classify")
async def readyz(request: Request, response: Response) -> dict[str, str | None]:
    classifier = request.app.state.classifier
    if classifier is None:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return {
            "status": "not ready",
            "reason": request.app.state.model_error or "no model loaded",
            "model_version": None,
        }
    return {"status": "ready", "reason": None, "model_version": classifier.version}


@router.get(
    "/metrics",
    summary="Prometheus metrics: requests, latency, and the model's answers (no message content)",
    response_class=Response,
)
async def metrics() -> Response:
    body, content_type = scrape()
    return Response(body, media_type=content_type)
