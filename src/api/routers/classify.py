"""POST /v1/classify and /v1/classify/batch: the client type, why, and what to reply."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, HTTPException, Request, status
from pydantic import ValidationError

from api.compute import ComputeGate, Deadline, DeadlineExceededError
from api.deps import ClassifierDep, SettingsDep
from api.metrics import record_prediction
from api.schemas import BatchIn, BatchOut, ClassificationOut, MessageIn, ReplyOut
from classifier.message import Message
from classifier.prediction import ClientClassifier, Prediction, prediction_to_dict
from classifier.reading import EmailReadError, read_eml, read_text
from classifier.respond import Response, respond, respond_many
from classifier.settings import Settings

logger = logging.getLogger(__name__)
T = TypeVar("T")
router = APIRouter(prefix="/v1", tags=["classify"])

_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/MessageIn"}},
            "message/rfc822": {
                "schema": {"type": "string", "format": "binary"},
                "example": "Subject: =?UTF-8?B?15TXptei16og157Xl9eZ16g=?=\nContent-Type: text/plain; charset=utf-8\n\nI need it by tomorrow.",
            },
        },
    }
}


def to_response(response: Response) -> ClassificationOut:
    """A response as the API returns it."""
    prediction, advice = response.prediction, response.advice
    return ClassificationOut.model_validate(
        {
            **prediction_to_dict(prediction),
            "replies": [
                ReplyOut(text=s.text, technique=s.technique, seed=s.seed)
                for s in advice.suggestions
            ],
            "note": advice.note,
            "subject": prediction.subject,
        }
    )


def _log(prediction: Prediction, chars: int) -> None:
    # Metadata only: message bodies are personal data and stay out of the logs and metrics.
    logger.info(
        "classified label=%s confidence=%.3f uncertain=%s language=%s topic=%s chars=%d",
        prediction.label,
        prediction.confidence,
        prediction.uncertain,
        prediction.language,
        prediction.topic,
        chars,
    )
    record_prediction(
        label=prediction.label,
        language=prediction.language,
        confidence=prediction.confidence,
        uncertain=prediction.uncertain,
    )


def _classify(
    classifier: ClientClassifier, message: Message, settings: Settings
) -> ClassificationOut:
    if not message.body.strip() and not message.subject.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "the message has no text")
    response = respond(message, model=classifier, settings=settings)
    _log(response.prediction, len(message.body))
    if settings.log_bodies:
        logger.debug("cleaned text: %s", response.prediction.cleaned_text)
    return to_response(response)


def _classify_body(
    classifier: ClientClassifier,
    body: bytes,
    content_type: str,
    settings: Settings,
    _deadline: Deadline,
) -> ClassificationOut:
    """Read and classify one request body: all of it is CPU work, so all of it is timed."""
    if content_type == "message/rfc822":
        try:
            message = read_eml(body)
        except EmailReadError as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    else:
        message = _parse_json_message(body, settings)
    return _classify(classifier, message, settings)


@router.post(
    "/classify",
    response_model=ClassificationOut,
    summary="Classify one client message (JSON or a raw e-mail)",
    description='Send JSON `{"text": ..., "subject": ...}` or a raw e-mail with `Content-Type: message/rfc822`.',
    openapi_extra=_BODY_DOC,
    responses={
        413: {"description": "Body too large"},
        415: {"description": "Unsupported content type"},
        422: {"description": "Invalid input"},
    },
)
async def classify(
    request: Request, classifier: ClassifierDep, settings: SettingsDep
) -> ClassificationOut:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("message/rfc822", "application/json", ""):
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            f"send application/json or message/rfc822, not {content_type[:80]!r}",
        )
    body = await request.body()
    return await _timed(request, settings, _classify_body, classifier, body, content_type, settings)


def _parse_json_message(body: bytes, settings: Settings) -> Message:
    try:
        payload = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "the body is not valid UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, f"malformed JSON: {exc.msg} at position {exc.pos}"
        ) from exc
    except RecursionError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "JSON nested too deeply") from exc
    try:
        parsed = MessageIn.model_validate(payload)
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, _describe(exc)) from exc
    if len(parsed.text) > settings.max_text_chars:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"text longer than {settings.max_text_chars} characters",
        )
    return read_text(parsed.text, subject=parsed.subject)


def _describe(exc: ValidationError) -> str:
    """Validation errors as one readable line, without echoing the input."""
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'body'}: {err['msg']}"
        for err in exc.errors(include_input=False)
    )


async def _timed(request: Request, settings: Settings, func: Callable[..., T], *args: Any) -> T:
    """Run CPU work through the service's gate; past the time budget the client gets a 503."""
    gate: ComputeGate = request.app.state.compute
    try:
        return await gate.run(Deadline(settings.request_timeout_s), func, *args)
    except DeadlineExceededError as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            f"classification took longer than {settings.request_timeout_s:g} s; please retry",
            headers={"Retry-After": "1"},
        ) from exc


# A batch checks its deadline between groups of this many messages.
_BATCH_STEP = 8


def _classify_batch(
    classifier: ClientClassifier, batch: BatchIn, settings: Settings, deadline: Deadline
) -> BatchOut:
    results: list[ClassificationOut] = []
    for start in range(0, len(batch.messages), _BATCH_STEP):
        deadline.check()
        messages = []
        for number, item in enumerate(batch.messages[start : start + _BATCH_STEP], start=start):
            if len(item.text) > settings.max_text_chars:
                raise HTTPException(
                    status.HTTP_413_CONTENT_TOO_LARGE,
                    f"message {number}: text longer than {settings.max_text_chars} characters",
                )
            message = read_text(item.text, subject=item.subject)
            if not message.body.strip() and not message.subject.strip():
                raise HTTPException(
                    status.HTTP_422_UNPROCESSABLE_CONTENT, f"message {number} has no text"
                )
            messages.append(message)
        for response, message in zip(
            respond_many(messages, model=classifier, settings=settings), messages, strict=True
        ):
            _log(response.prediction, len(message.body))
            results.append(to_response(response))
    return BatchOut(results=results)


@router.post(
    "/classify/batch",
    response_model=BatchOut,
    summary="Classify several messages in one request",
    responses={
        413: {"description": "Too many messages or body too large"},
        422: {"description": "Invalid input"},
    },
)
async def classify_batch(
    request: Request, batch: BatchIn, classifier: ClassifierDep, settings: SettingsDep
) -> BatchOut:
    if len(batch.messages) > settings.max_batch:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"at most {settings.max_batch} messages per batch, got {len(batch.messages)}",
        )
    return await _timed(request, settings, _classify_batch, classifier, batch, settings)
