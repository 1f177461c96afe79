"""POST /v1/replies/check: flag escalating wording in a reply draft, with calmer alternatives."""

from __future__ import annotations

from fastapi import APIRouter

from api.schemas import DraftIn, DraftOut
from classifier.replies import check_draft

router = APIRouter(prefix="/v1/replies", tags=["replies"])


@router.post("/check", response_model=DraftOut, summary="Check a reply draft before sending it")
def check(draft: DraftIn) -> DraftOut:
    issues = check_draft(draft.text, language=draft.language)
    return DraftOut(ok=not issues, issues=issues)
