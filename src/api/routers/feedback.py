"""POST /v1/feedback: a person's correction, stored durably for the next model."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, status

from api.deps import FeedbackAccessDep, FeedbackDep, SettingsDep
from api.logs import request_id_var
from api.schemas import FeedbackIn, FeedbackOut, ReplySignalIn
from classifier.feedback import FeedbackError

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["feedback"])


@router.post(
    "/feedback",
    response_model=FeedbackOut,
    status_code=status.HTTP_201_CREATED,
    summary="Store a corrected label for a message",
    responses={
        401: {"description": "A feedback key is configured and was not given"},
        429: {"description": "Too many corrections from this address; see Retry-After"},
        503: {"description": "The feedback store is unavailable; nothing was stored"},
        507: {"description": "The feedback store is full; nothing was stored"},
    },
)
def feedback(
    item: FeedbackIn, store: FeedbackDep, settings: SettingsDep, _access: FeedbackAccessDep
) -> FeedbackOut:
    try:
        if store.count() >= settings.feedback_max_rows:
            raise HTTPException(
                status.HTTP_507_INSUFFICIENT_STORAGE,
                f"the feedback store holds its limit of {settings.feedback_max_rows} corrections; "
                "export and purge it first",
            )
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


@router.post(
    "/feedback/replies",
    response_model=FeedbackOut,
    status_code=status.HTTP_201_CREATED,
    summary="Say whether a suggested reply fitted its message",
    description="The page's \"doesn't fit\" button. Stores the reply's id, the type and the "
    "language, never the message.",
    responses={
        401: {"description": "A feedback key is configured and was not given"},
        429: {"description": "Too many signals from this address; see Retry-After"},
        503: {"description": "The feedback store is unavailable; nothing was stored"},
    },
)
def reply_signal(
    item: ReplySignalIn, store: FeedbackDep, _access: FeedbackAccessDep
) -> FeedbackOut:
    try:
        signal_id = store.add_reply_signal(
            reply_id=item.reply_id,
            fits=item.fits,
            label=item.label,
            language=item.language,
            technique=item.technique,
        )
    except FeedbackError as exc:
        logger.error("reply signal not stored: %s", exc)
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, f"{exc}; please retry") from exc
    logger.info("reply signal stored fits=%s label=%s", item.fits, item.label)
    return FeedbackOut(id=signal_id)
