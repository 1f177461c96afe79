"""The FastAPI application: created by :func:`create_app`, the model loaded in its lifespan."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

import classifier
from api.compute import ComputeGate
from api.deps import TermsCache
from api.follow import follow_current
from api.limits import RateLimiter
from api.logs import configure_logging, request_id_var
from api.metrics import record_serving
from api.middleware import ServiceMiddleware
from api.routers import admin, classify, clients, feedback, health, model, owner, replies
from classifier.compose import load_phrase_book
from classifier.feedback import FeedbackError, FeedbackStore
from classifier.history import HistoryError
from classifier.lang import packs
from classifier.owner import OwnerError, OwnerStore
from classifier.prediction import ClientClassifier
from classifier.registry import ModelError
from classifier.replies import load_draft_checks, load_notes
from classifier.respond import load_warm
from classifier.settings import Settings, get_settings

logger = logging.getLogger(__name__)
STATIC_DIR = resources.files("api") / "static"

DESCRIPTION = """
Tells which type of client wrote an e-mail (easygoing, dormant, demanding, know-it-all,
conflictual), how sure the model is and why, and suggests calm replies built on the
techniques of the seed articles. Hebrew and English.

Message bodies are personal data: they are never logged. Corrections sent to `/v1/feedback`
are stored; client history (`/v1/clients`, `/v1/import`) only with the owner's consent, given
in `/v1/owner` (`keep_history`, off until turned on; texts only with `keep_texts`). Turning
history off stops recording; what was stored stays until deleted. With an admin key
configured, the owner, clients and import endpoints need it in `X-API-Key`.
"""


def load_classifier(settings: Settings) -> tuple[ClientClassifier | None, str | None]:
    """The current model, or None and the reason it could not be loaded (reported by /readyz)."""
    try:
        return load_warm(settings), None
    except (ModelError, OSError) as exc:
        logger.error("no model loaded: %s", exc)
        return None, str(exc) if isinstance(exc, ModelError) else exc.__class__.__name__


def open_owner_store(settings: Settings) -> tuple[OwnerStore | None, str | None]:
    """The owner settings and client history store, retention applied; or None and the reason
    (the client memory routes answer 503 with it, the rest of the service runs)."""
    try:
        store = OwnerStore.open(settings.history_url(), default_name=settings.provider_name)
    except HistoryError as exc:
        logger.error("client history unavailable: %s", exc)
        return None, str(exc)
    try:
        days = store.retention_days()
        if days is None:
            logger.error("owner settings unreadable: retention not applied, nothing purged")
        else:
            store.history.purge(older_than_days=days)
    except (HistoryError, OwnerError) as exc:
        logger.error("client history retention not applied at start: %s", exc)
    return store, None


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    # Fail fast on a broken pack file: notes, phrase books, draft checks.
    for pack in packs():
        load_notes(pack.code), load_phrase_book(pack)
    load_draft_checks()
    app.state.classifier, app.state.model_error = load_classifier(settings)
    app.state.compute = ComputeGate(settings.compute_slots)
    app.state.feedback_limiter = RateLimiter(settings.feedback_per_minute)
    try:
        app.state.feedback = FeedbackStore(settings.feedback_url())
    except FeedbackError as exc:
        logger.error("feedback store unavailable: %s", exc)
        app.state.feedback = None
    app.state.owner, app.state.history_error = open_owner_store(settings)
    app.state.terms = TermsCache(app.state.owner, settings, ttl_s=settings.follow_current_s or 2.0)
    if app.state.classifier is not None:
        logger.info("serving model %s", app.state.classifier.version)
        record_serving(app.state.classifier.version)
    # The start-up heap (model, vocabularies, libraries) lives as long as the process; freezing
    # it keeps the cyclic collector from re-scanning it mid-request. Freed objects are still
    # released by reference counting, so a reload does not leak the old model.
    gc.collect()
    gc.freeze()
    follower = (
        asyncio.create_task(follow_current(app, settings)) if settings.follow_current_s else None
    )
    yield
    if follower is not None:
        follower.cancel()
    app.state.compute.shutdown()
    if app.state.feedback is not None:
        app.state.feedback.dispose()
    if app.state.owner is not None:
        app.state.owner.dispose()


def _error(status_code: int, detail: Any, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"detail": detail, "request_id": request_id_var.get()},
        status_code=status_code,
        headers=headers,
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application (``uvicorn --factory api.main:create_app``)."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    app = FastAPIOffline(
        title="client-classifier",
        version=classifier.__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.classifier = None
    app.state.model_error = "starting"
    app.state.feedback = None
    app.state.owner = None
    app.state.history_error = "starting"

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {k: v for k, v in err.items() if k in ("loc", "msg", "type")} for err in exc.errors()
        ]
        return _error(status.HTTP_422_UNPROCESSABLE_CONTENT, errors)

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, exc.detail, exc.headers)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unexpected error (%s)", exc.__class__.__name__)
        return _error(
            status.HTTP_500_INTERNAL_SERVER_ERROR,
            "internal error; quote the request_id when reporting it",
        )

    for router in (
        health.router,
        classify.router,
        feedback.router,
        model.router,
        admin.router,
        replies.router,
        owner.router,
        clients.router,
    ):
        app.include_router(router)

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(STATIC_DIR / "index.html"), media_type="text/html")

    @app.get("/clients", include_in_schema=False)
    def clients_page() -> FileResponse:
        return FileResponse(str(STATIC_DIR / "clients.html"), media_type="text/html")

    @app.get("/settings", include_in_schema=False)
    def settings_page() -> FileResponse:
        return FileResponse(str(STATIC_DIR / "settings.html"), media_type="text/html")

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
        )
    app.add_middleware(
        ServiceMiddleware,
        max_body_bytes=settings.max_body_bytes,
        body_timeout_s=settings.body_timeout_s,
        # Only the import takes files; every other path keeps the small limit.
        large_bodies={"/v1/import": (settings.max_import_bytes, settings.import_timeout_s)},
    )
    return app
