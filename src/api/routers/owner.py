"""GET and PUT /v1/owner: the owner's consent for client memory and what the replies say of them."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, Request, status

from api.deps import OwnerAccessDep, OwnerStoreDep
from classifier.owner import OwnerError, OwnerSettings

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["owner"])

_CONSENT = (
    "History is off until the owner turns `keep_history` on; with it off nothing is recorded, "
    "but what was stored before stays until it is deleted (`DELETE /v1/clients/{id}` or "
    "`DELETE /v1/clients`). With `keep_texts` off only types, topics and times are kept, and "
    "saving erases every stored text. Messages older than `history_retention_days` are purged "
    "on saving. With an admin key configured, `X-API-Key` is required."
)
_RESPONSES: dict[int | str, dict[str, str]] = {
    401: {"description": "An admin key is configured and was not given"},
    503: {"description": "The owner settings' database is unavailable; nothing was changed"},
}


@router.get(
    "/owner",
    response_model=OwnerSettings,
    summary="The owner's settings (defaults, history off, when none were saved)",
    description=_CONSENT,
    responses=_RESPONSES,
)
def get_owner(store: OwnerStoreDep, _access: OwnerAccessDep) -> OwnerSettings:
    try:
        return store.load()
    except OwnerError as exc:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc)) from exc


@router.put(
    "/owner",
    response_model=OwnerSettings,
    summary="Replace the owner's settings",
    description=_CONSENT,
    responses={**_RESPONSES, 422: {"description": "A field is out of its limits"}},
)
def put_owner(
    request: Request, settings: OwnerSettings, store: OwnerStoreDep, _access: OwnerAccessDep
) -> OwnerSettings:
    try:
        saved = store.save(settings)
        request.app.state.terms.forget()  # this worker's replies use the new terms at once
        return saved
    except OwnerError as exc:
        logger.error("owner settings not saved: %s", exc)
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, f"{exc}; please retry") from exc
