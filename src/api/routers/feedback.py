"""POST /v1/feedback: a person's correction, stored durably for the next model."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, status

from api.deps import FeedbackDep
from api.logs import request_id_var
from api.schemas import FeedbackIn, FeedbackOut
from classifier.feedback import FeedbackError

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["feedback"])


@router.post(
    "/feedback",
    response_model=FeedbackOut,
    status_code=status.HTTP_201_CREATED,
    summary="Store a corrected label for a message",
    responses={503: {"description": "The feedback store is unavailable; nothing was stored"}},
)
def feedback(item: FeedbackIn, store: FeedbackDep) -> FeedbackOut:
    try:
        feedback_id = store.add(
            text=item.text,
            subject=item.subject,
            label=item.label,
            topic=item.topic,
            predicted_label=item.predicted_label,
            model_version=item.model_version,
            request_id=request_id_var.get(),
        )
    except FeedbackError as exc:
        logger.error("feedback not stored: %s", exc)
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, f"{exc}; please retry") from exc
    logger.info(
        "feedback stored id=%d label=%s predicted=%s", feedback_id, item.label, item.predicted_label
    )
    return FeedbackOut(id=feedback_id)
