"""GET /v1/model: what is being served."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from fastapi import APIRouter

from api.deps import ClassifierDep
from api.schemas import VocabularyEntry, VocabularyOut
from classifier import TOPICS, Label
from classifier.lang import codes, packs

router = APIRouter(prefix="/v1", tags=["model"])


@router.get("/model", summary="The served model's metadata")
def model(classifier: ClassifierDep) -> dict[str, Any]:
    meta = dict(classifier.loaded.metadata)
    # Server paths are not the client's business: the config file goes, data files keep their name.
    meta.pop("config_file", None)
    meta.pop("signature", None)
    data = meta.get("data")
    if isinstance(data, dict) and isinstance(data.get("files"), list):
        meta["data"] = {**data, "files": [PurePath(str(f)).name for f in data["files"]]}
    config = meta.get("config")
    if isinstance(config, dict) and "data" in config:
        meta["config"] = {k: v for k, v in config.items() if k != "data"}
    return meta


@router.get(
    "/vocabulary",
    response_model=VocabularyOut,
    summary="The client types (with the names people read), topics and languages",
)
async def vocabulary() -> VocabularyOut:
    return VocabularyOut(
        labels=[
            VocabularyEntry(id=label.value, names={p.code: p.type_names[label] for p in packs()})
            for label in Label
        ],
        topics=list(TOPICS),
        languages=[*codes(), "mixed", "other"],
    )
