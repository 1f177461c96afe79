"""POST /v1/admin/reload: switch to the current model version without downtime."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, Request, status

from api.deps import AdminDep, SettingsDep
from api.schemas import ReloadOut
from classifier.prediction import ClientClassifier
from classifier.registry import IntegrityError, ModelNotFoundError, ModelRegistry

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
    registry = ModelRegistry(settings.resolve(settings.models_dir))
    old: ClientClassifier | None = request.app.state.classifier
    try:
        loaded = registry.load()
    except (IntegrityError, ModelNotFoundError) as exc:
        logger.error("reload refused: %s", exc)
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"reload refused, still serving the old model: {exc}"
        ) from exc
    new = ClientClassifier(
        loaded, uncertain_below=settings.uncertain_below, uncertain_margin=settings.uncertain_margin
    )
    request.app.state.classifier = new  # one reference swap: requests in flight keep the old object
    request.app.state.model_error = None
    logger.info("reloaded model %s (was %s)", new.version, old.version if old else None)
    return ReloadOut(model_version=new.version, previous_version=old.version if old else None)
