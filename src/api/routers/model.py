"""GET /v1/model: what is being served."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import ClassifierDep

router = APIRouter(prefix="/v1", tags=["model"])


@router.get("/model", summary="The served model's metadata")
def model(classifier: ClassifierDep) -> dict[str, Any]:
    meta = dict(classifier.loaded.metadata)
    meta.pop("config_file", None)  # a server path, not the client's business
    return meta
