"""Dependencies the routers ask for: settings, the current classifier, the stores, access keys."""

from __future__ import annotations

import logging
import secrets
import time
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status
from starlette.concurrency import run_in_threadpool

from api.limits import RateLimiter
from classifier.compose import Terms
from classifier.feedback import FeedbackStore
from classifier.history import HistoryStore
from classifier.owner import OwnerError, OwnerStore, terms_of
from classifier.prediction import ClientClassifier
from classifier.respond import default_terms
from classifier.settings import Settings

logger = logging.getLogger(__name__)


# The look-ups below are ``async`` although they never wait: FastAPI runs a plain ``def``
# dependency in a worker thread, and that hop (and the fight for the GIL that follows) costs far
# more than reading an attribute. Anything that may block stays off the event loop (see
# :func:`get_terms`).


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_classifier(request: Request) -> ClientClassifier:
    """The model serving this request; a reload swaps it for later requests only."""
    return current_classifier(request)


def current_classifier(request: Request) -> ClientClassifier:
    """:func:`get_classifier` for code that is not a dependency."""
    classifier: ClientClassifier | None = request.app.state.classifier
    if classifier is None:
        reason = request.app.state.model_error or "no model loaded"
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, f"the model is not ready: {reason}"
        )
    return classifier


async def get_feedback_store(request: Request) -> FeedbackStore:
    store: FeedbackStore | None = request.app.state.feedback
    if store is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, "the feedback store is not available"
        )
    return store


class TermsCache:
    """The owner's terms for the replies, read from the owner store at most every ``ttl_s``.

    Every worker reads them itself, so a change saved through any worker reaches all of them
    within ``ttl_s``; the worker that saved forgets its copy at once.
    """

    def __init__(self, store: OwnerStore | None, settings: Settings, *, ttl_s: float) -> None:
        self.store = store
        self.settings = settings
        self.ttl_s = ttl_s
        self._terms: Terms | None = None
        self._read_at = 0.0

    def get(self) -> Terms:
        now = time.monotonic()
        if self._terms is None or now - self._read_at > self.ttl_s:
            terms = default_terms(self.settings)
            if self.store is not None:
                try:
                    terms = terms_of(self.store.load())
                except OwnerError as exc:
                    logger.warning("owner settings unreadable, replies use the defaults: %s", exc)
            self._terms, self._read_at = terms, now
        return self._terms

    def forget(self) -> None:
        self._terms = None

    def fresh(self) -> Terms | None:
        """The cached terms while they are fresh, else None (without reading the store)."""
        if self._terms is None or time.monotonic() - self._read_at > self.ttl_s:
            return None
        return self._terms


async def get_terms(request: Request) -> Terms:
    """What the owner has decided, for the replies: the stored owner settings, else the defaults.

    The cached terms are answered on the event loop; reading the store (at most every
    ``ttl_s``) happens in a worker thread, as it may wait on the database.
    """
    cache: TermsCache | None = getattr(request.app.state, "terms", None)
    if cache is None:
        return default_terms(request.app.state.settings)
    terms = cache.fresh()
    if terms is not None:
        return terms
    return await run_in_threadpool(cache.get)


def require_admin(
    settings: Annotated[Settings, Depends(get_settings)],
    x_api_key: Annotated[str | None, Header(description="The admin API key.")] = None,
) -> None:
    """Admin endpoints need the configured key, compared in constant time; no key set = disabled."""
    if settings.admin_key is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "admin endpoints are disabled: no admin key is configured"
        )
    expected = settings.admin_key.get_secret_value().encode()
    if not secrets.compare_digest((x_api_key or "").encode(), expected):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong X-API-Key")


def require_feedback_access(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings)],
    x_api_key: Annotated[
        str | None, Header(description="The feedback (or admin) key, when one is configured.")
    ] = None,
) -> None:
    """Corrections become training data: with a feedback key set they need it (or the admin
    key), and each client address may send only so many a minute."""
    if settings.feedback_key is not None:
        given = (x_api_key or "").encode()
        keys = [settings.feedback_key] + ([settings.admin_key] if settings.admin_key else [])
        if not any(secrets.compare_digest(given, k.get_secret_value().encode()) for k in keys):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong X-API-Key")
    limiter: RateLimiter = request.app.state.feedback_limiter
    wait = limiter.hit(request.client.host if request.client else "-")
    if wait > 0:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"at most {limiter.per_minute} corrections a minute; retry in {wait:.0f} s",
            headers={"Retry-After": str(max(1, round(wait)))},
        )


async def get_owner_store(request: Request) -> OwnerStore:
    """The owner settings store (and the client history beneath it), or 503 with the reason."""
    store: OwnerStore | None = request.app.state.owner
    if store is None:
        reason = request.app.state.history_error or "not opened"
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, f"the client history is not available: {reason}"
        )
    return store


async def get_history_store(
    owner: Annotated[OwnerStore, Depends(get_owner_store)],
) -> HistoryStore:
    """The client history store (it shares its database with the owner settings)."""
    return owner.history


def require_owner_access(
    settings: Annotated[Settings, Depends(get_settings)],
    x_api_key: Annotated[
        str | None, Header(description="The admin key, when one is configured.")
    ] = None,
) -> None:
    """Owner settings, client history and imports hold personal data: with an admin key
    configured they need it (constant-time compare); without one the service is a local
    single-user tool and they are open to whoever reaches it."""
    if settings.admin_key is None:
        return
    expected = settings.admin_key.get_secret_value().encode()
    if not secrets.compare_digest((x_api_key or "").encode(), expected):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong X-API-Key")


SettingsDep = Annotated[Settings, Depends(get_settings)]
ClassifierDep = Annotated[ClientClassifier, Depends(get_classifier)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback_store)]
AdminDep = Annotated[None, Depends(require_admin)]
FeedbackAccessDep = Annotated[None, Depends(require_feedback_access)]
TermsDep = Annotated[Terms, Depends(get_terms)]
OwnerStoreDep = Annotated[OwnerStore, Depends(get_owner_store)]
HistoryDep = Annotated[HistoryStore, Depends(get_history_store)]
OwnerAccessDep = Annotated[None, Depends(require_owner_access)]
