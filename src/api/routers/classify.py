"""POST /v1/classify and /v1/classify/batch: the client type, why, and what to reply."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import Response as HTTPResponse
from pydantic import ValidationError

from api.compute import INLINE_MAX_BYTES, ComputeGate, Deadline, DeadlineExceededError
from api.deps import ClassifierDep, SettingsDep, TermsDep
from api.metrics import record_prediction
from api.schemas import (
    BatchIn,
    BatchOut,
    ClassificationOut,
    MessageIn,
    RepliesOut,
    ReplyOut,
    ReplyRequest,
)
from classifier.compose import Terms
from classifier.message import Channel, Message, Sender
from classifier.prediction import ClientClassifier, Prediction
from classifier.reading import EmailReadError, read_eml, read_text
from classifier.respond import (
    Response,
    advice_for,
    is_chat,
    replies_to_dicts,
    respond,
    respond_many,
    to_dict,
)
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


class JSONBytes(HTTPResponse):
    """A JSON body serialised before the response is built (FastAPI does not touch it)."""

    media_type = "application/json"


def to_response(response: Response, message: Message) -> ClassificationOut:
    """A response as the API returns it (the library's JSON view, validated)."""
    return ClassificationOut.model_validate(to_dict(response, message))


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
    classifier: ClientClassifier, message: Message, settings: Settings, terms: Terms
) -> ClassificationOut:
    if not message.body.strip() and not message.subject.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "the message has no text")
    response = respond(message, model=classifier, settings=settings, terms=terms)
    _log(response.prediction, len(message.body))
    if settings.log_bodies:
        logger.debug("cleaned text: %s", response.prediction.cleaned_text)
    return to_response(response, message)


def _classify_body(
    classifier: ClientClassifier,
    body: bytes,
    content_type: str,
    settings: Settings,
    terms: Terms,
    _deadline: Deadline,
) -> ClassificationOut:
    """Read and classify one request body: all of it is CPU work, so all of it is timed."""
    if content_type == "message/rfc822":
        try:
            message = read_eml(body)
        except EmailReadError as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    else:
        message = _message(_parse_json(body, settings, MessageIn))
    return _classify(classifier, message, settings, terms)


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
    request: Request, classifier: ClassifierDep, settings: SettingsDep, terms: TermsDep
) -> JSONBytes:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("message/rfc822", "application/json", ""):
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            f"send application/json or message/rfc822, not {content_type[:80]!r}",
        )
    body = await request.body()
    result = await _timed(
        request,
        settings,
        _classify_body,
        classifier,
        body,
        content_type,
        settings,
        terms,
        inline=len(body) <= INLINE_MAX_BYTES,
    )
    # Validated once (to_response) and serialised once, by pydantic, as FastAPI would have
    # serialised the response model: returning the model made FastAPI dump it to a dict,
    # validate that against the same model again and serialise the copy.
    return JSONBytes(result.model_dump_json().encode())


M = TypeVar("M", bound=MessageIn)


def _message(parsed: MessageIn) -> Message:
    """A message posted as JSON, with its channel and sender when given."""
    message = read_text(
        parsed.text, subject=parsed.subject, sender=Sender(name=parsed.sender_name or None)
    )
    if parsed.channel is not None:
        message = dataclasses.replace(message, channel=Channel(parsed.channel))
    return message


def _parse_json(body: bytes, settings: Settings, schema: type[M]) -> M:
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
        parsed = schema.model_validate(payload)
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, _describe(exc)) from exc
    if len(parsed.text) > settings.max_text_chars:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"text longer than {settings.max_text_chars} characters",
        )
    return parsed


def _describe(exc: ValidationError) -> str:
    """Validation errors as one readable line, without echoing the input."""
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'body'}: {err['msg']}"
        for err in exc.errors(include_input=False)
    )


async def _timed(
    request: Request,
    settings: Settings,
    func: Callable[..., T],
    *args: Any,
    inline: bool = False,
) -> T:
    """Run CPU work through the service's gate; past the time budget the client gets a 503.

    ``inline``: small work, run on the event loop (:data:`api.compute.INLINE_MAX_BYTES`).
    """
    gate: ComputeGate = request.app.state.compute
    try:
        return await gate.run(Deadline(settings.request_timeout_s), func, *args, inline=inline)
    except DeadlineExceededError as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            f"classification took longer than {settings.request_timeout_s:g} s; please retry",
            headers={"Retry-After": "1"},
        ) from exc


# A batch checks its deadline between groups of this many messages.
_BATCH_STEP = 8


def _classify_batch(
    classifier: ClientClassifier,
    batch: BatchIn,
    settings: Settings,
    terms: Terms,
    deadline: Deadline,
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
            message = _message(item)
            if not message.body.strip() and not message.subject.strip():
                raise HTTPException(
                    status.HTTP_422_UNPROCESSABLE_CONTENT, f"message {number} has no text"
                )
            messages.append(message)
        responses = respond_many(messages, model=classifier, settings=settings, terms=terms)
        for response, message in zip(responses, messages, strict=True):
            _log(response.prediction, len(message.body))
            results.append(to_response(response, message))
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
    request: Request,
    batch: BatchIn,
    classifier: ClassifierDep,
    settings: SettingsDep,
    terms: TermsDep,
) -> BatchOut:
    if len(batch.messages) > settings.max_batch:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"at most {settings.max_batch} messages per batch, got {len(batch.messages)}",
        )
    return await _timed(request, settings, _classify_batch, classifier, batch, settings, terms)


def _replies_for(
    classifier: ClientClassifier,
    body: bytes,
    settings: Settings,
    terms: Terms,
    _deadline: Deadline,
) -> RepliesOut:
    parsed = _parse_json(body, settings, ReplyRequest)
    message = _message(parsed)
    if not message.body.strip() and not message.subject.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "the message has no text")
    prediction = classifier.classify(message, explain=False)
    corrected = dataclasses.replace(
        prediction,
        label=parsed.label.value,
        uncertain=False,
        top_two=(parsed.label.value, prediction.top_two[1]),
    )
    advice = advice_for(corrected, message, settings, terms=terms)
    return RepliesOut(
        label=parsed.label,
        language=advice.language,
        channel="chat" if is_chat(message, prediction.cleaned_text) else "email",
        note=advice.note,
        replies=[ReplyOut.model_validate(r) for r in replies_to_dicts(advice)],
    )


@router.post(
    "/replies",
    response_model=RepliesOut,
    summary="Replies composed for a message and the client type a person chose",
    description="After correcting the label on the page: the handling note and the replies "
    "for that type, built from the same message.",
    responses={422: {"description": "Invalid input"}},
)
async def replies(
    request: Request, classifier: ClassifierDep, settings: SettingsDep, terms: TermsDep
) -> RepliesOut:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/json", ""):
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            f"send application/json, not {content_type[:80]!r}",
        )
    body = await request.body()
    return await _timed(request, settings, _replies_for, classifier, body, settings, terms)
