"""POST /v1/admin/reload: switch to the current model version without downtime."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, Request, status

from api.deps import AdminDep, SettingsDep
from api.metrics import RELOADS, record_serving
from api.schemas import ReloadOut
from classifier.prediction import ClientClassifier
from classifier.registry import ModelError
from classifier.respond import load_warm

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/admin", tags=["admin"])


@router.post(
    "/reload",
    response_model=ReloadOut,
    summary="Load the version marked current (models/CURRENT) and serve it",
    description="Requests already running finish on the old model. A version that fails its "
    "integrity check is refused and the old one keeps serving. Needs the `X-API-Key` header.",
    responses={
        401: {"description": "Wrong key"},
        403: {"description": "Admin disabled"},
        409: {"description": "Refused; the old model keeps serving"},
    },
)
def reload(request: Request, settings: SettingsDep, _admin: AdminDep) -> ReloadOut:
    old: ClientClassifier | None = request.app.state.classifier
    try:
        new = load_warm(settings)
    except (ModelError, OSError) as exc:
        reason = str(exc) if isinstance(exc, ModelError) else exc.__class__.__name__
        logger.error("reload refused: %s", reason)
        RELOADS.labels(how="admin", result="refused").inc()
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"reload refused, still serving the old model: {reason}"
        ) from exc
    request.app.state.classifier = new  # one reference swap: requests in flight keep the old object
    request.app.state.model_error = None
    RELOADS.labels(how="admin", result="ok").inc()
    record_serving(new.version, old.version if old else None)
    logger.info("reloaded model %s (was %s)", new.version, old.version if old else None)
    return ReloadOut(model_version=new.version, previous_version=old.version if old else None)
