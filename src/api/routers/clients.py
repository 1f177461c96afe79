"""Client memory over HTTP: the ranked client list, one client's story, export, delete, import.

Every route here holds personal data: with an admin key configured they need it in
``X-API-Key``; without one the service is a local single-user tool. Nothing here logs a
message, a name, an address or a file name; the import's query string (the owner's name) stays
out of the access log, which logs the path only.

CPU work (building profiles, reading and classifying an import) runs through the compute gate
within a deadline, like classification; database failures become 503 with the reason.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path as FilePath
from pathlib import PurePath
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool

from api.compute import ComputeGate, Deadline, DeadlineExceededError
from api.deps import HistoryDep, OwnerAccessDep, OwnerStoreDep, SettingsDep, current_classifier
from api.schemas import (
    ClientOut,
    ClientProfileOut,
    ClientRow,
    ClientsOut,
    ImportProblemOut,
    ImportReportOut,
    ReEngageOut,
    ReplyOut,
    TimelineItemOut,
    WarningSignOut,
)
from classifier.history import ClientRecord, HistoryError
from classifier.importers import DEFAULT_TZ, ImportFormatError
from classifier.memory import (
    PROFILE_RULES,
    ConsentWithdrawnError,
    ImportReport,
    ReEngage,
    client_profile,
    import_into_history,
    re_engage,
)
from classifier.owner import OwnerError, OwnerSettings, OwnerStore
from classifier.prediction import ClientClassifier
from classifier.profile import ClientProfile
from classifier.respond import replies_to_dicts
from classifier.settings import Settings

logger = logging.getLogger(__name__)
T = TypeVar("T")
router = APIRouter(prefix="/v1", tags=["clients"])

ClientId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The client's id from the list.")]
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")
_RESPONSES: dict[int | str, dict[str, str]] = {
    401: {"description": "An admin key is configured and was not given"},
    503: {"description": "The client history is unavailable, or the work took too long"},
}
_READ_LATE = "please retry"
_KEPT = (
    "History is recorded only with the owner's consent (`keep_history` in `/v1/owner`); "
    "turning it off stops recording, and what is stored stays until deleted."
)


def _unavailable(exc: HistoryError | OwnerError) -> HTTPException:
    """A 503 naming what failed (the store's messages never hold data)."""
    logger.error("client memory: %s", exc)
    return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, f"{exc}; please retry")


async def _timed(
    request: Request, seconds: float, late: str, func: Callable[..., T], *args: Any
) -> T:
    """Run CPU work through the service's gate within ``seconds``; later is a 503 saying
    ``late``."""
    gate: ComputeGate = request.app.state.compute
    try:
        return await gate.run(Deadline(seconds), func, *args)
    except DeadlineExceededError as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            f"the work took longer than {seconds:g} s: {late}",
            headers={"Retry-After": "5"},
        ) from exc
    except (HistoryError, OwnerError) as exc:
        raise _unavailable(exc) from exc


@router.get(
    "/clients",
    response_model=ClientsOut,
    summary="Every client, most urgent first (dormant, then souring, then warning signs)",
    description=_KEPT + " While history is off the list is empty and `history` is `off`.",
    responses=_RESPONSES,
)
async def list_clients(
    request: Request, settings: SettingsDep, owner: OwnerStoreDep, _access: OwnerAccessDep
) -> ClientsOut:
    def work(deadline: Deadline) -> ClientsOut:
        consent = owner.load()
        stored = owner.history.count_clients()
        if not consent.keep_history:
            return ClientsOut(
                history="off", keep_texts=consent.keep_texts, stored_clients=stored, clients=[]
            )
        deadline.check()
        rows = owner.history.clients(rules=PROFILE_RULES, now=datetime.now(UTC))
        return ClientsOut(
            history="on",
            keep_texts=consent.keep_texts,
            stored_clients=stored,
            clients=[
                ClientRow(
                    id=row.id,
                    name=row.name,
                    contact=row.key,
                    messages=row.messages,
                    latest_label=row.latest_label,  # type: ignore[arg-type]
                    last_message_at=row.last_message_at,
                    days_silent=row.days_silent,
                    owner_waiting=row.owner_waiting,
                    dormant=row.dormant,
                    trend=row.trend,
                    warning_signs=[str(kind) for kind in row.warning_signs],
                    attention=row.attention,
                )
                for row in rows
            ],
        )

    return await _timed(request, settings.request_timeout_s, _READ_LATE, work)


@router.delete(
    "/clients",
    summary="Delete the whole client history (every client and message)",
    description="For an owner who wants nothing kept: stored history stays until deleted, "
    "also after history is turned off.",
    responses=_RESPONSES,
)
def delete_all_clients(store: HistoryDep, _access: OwnerAccessDep) -> dict[str, int]:
    try:
        return {"deleted": store.delete_all()}
    except HistoryError as exc:
        raise _unavailable(exc) from exc


@router.get(
    "/clients/{client_id}",
    response_model=ClientOut,
    summary="One client: profile, warning signs with evidence, timeline, re-engaging replies",
    description="The timeline holds the latest `limit` messages (`timeline_total` counts all). "
    "For a dormant client, `re_engage` suggests replies that make answering easy, built on "
    "the client's last message, or, when texts are not kept, on the thread alone. Readable "
    "also while history is off, so stored data can always be seen, exported and deleted.",
    responses={**_RESPONSES, 404: {"description": "No such client"}},
)
async def client_detail(
    request: Request,
    client_id: ClientId,
    settings: SettingsDep,
    owner: OwnerStoreDep,
    _access: OwnerAccessDep,
    limit: Annotated[int, Query(ge=1, le=5000, description="Latest messages to return.")] = 500,
) -> ClientOut:
    model: ClientClassifier | None = request.app.state.classifier

    def work(deadline: Deadline) -> ClientOut:
        consent = owner.load()
        record = owner.history.client(client_id)
        if record is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no client with id {client_id}")
        profile = client_profile(record, now=datetime.now(UTC))
        deadline.check()
        again = re_engage(record, profile, model=model, settings=settings, owner_settings=consent)
        return _client_out(record, profile, again, limit=limit)

    return await _timed(request, settings.request_timeout_s, _READ_LATE, work)


@router.delete(
    "/clients/{client_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a client and every message about them",
    responses={**_RESPONSES, 404: {"description": "No such client"}},
)
def delete_client(client_id: ClientId, store: HistoryDep, _access: OwnerAccessDep) -> Response:
    try:
        existed = store.delete_client(client_id)
    except HistoryError as exc:
        raise _unavailable(exc) from exc
    if not existed:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no client with id {client_id}")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/clients/{client_id}/export",
    summary="Everything stored about one client, as a JSON download",
    response_class=Response,
    responses={
        **_RESPONSES,
        200: {"content": {"application/json": {}}, "description": "The client's data"},
        404: {"description": "No such client"},
    },
)
def export_client(client_id: ClientId, store: HistoryDep, _access: OwnerAccessDep) -> Response:
    try:
        data = store.export_client(client_id)
    except KeyError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no client with id {client_id}") from exc
    except HistoryError as exc:
        raise _unavailable(exc) from exc
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="client-{client_id}.json"'},
    )


@router.post(
    "/import",
    response_model=ImportReportOut,
    summary="Import a WhatsApp export (.txt or .zip), an mbox, an .eml or a CSV into history",
    description="Send the file's bytes as the body (any content type; the format is told from "
    "the content). Needs the owner's consent: while `keep_history` is off the answer is 409 "
    "and nothing is read. Texts are stored only with `keep_texts`; messages older than the "
    "retention are not stored. Importing the same file again adds nothing. The body may be "
    "up to `max_import_bytes` (other paths keep the smaller `max_body_bytes`).",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
    responses={
        **_RESPONSES,
        409: {"description": "History is off: turn keep_history on first"},
        413: {"description": "The file is larger than max_import_bytes"},
        422: {"description": "Not a known format, or a chat without the owner in it"},
    },
)
async def import_file(
    request: Request,
    settings: SettingsDep,
    owner: OwnerStoreDep,
    _access: OwnerAccessDep,
    owner_name: Annotated[
        str | None,
        Query(
            alias="owner",
            min_length=1,
            max_length=200,
            description="Your name, address or phone as the file writes it; default: the "
            "names in the owner settings.",
        ),
    ] = None,
    filename: Annotated[
        str, Query(min_length=1, max_length=255, description="The file's name, for problems.")
    ] = "upload",
    tz: Annotated[
        str, Query(min_length=1, max_length=64, description="Zone of times without one.")
    ] = DEFAULT_TZ,
) -> ImportReportOut:
    try:
        consent = await run_in_threadpool(owner.load)
    except OwnerError as exc:
        raise _unavailable(exc) from exc
    if not consent.keep_history:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            "client history is off: messages are stored only with the owner's consent; turn "
            "keep_history on in the owner settings (/settings) first",
        )
    model = current_classifier(request)
    body = await request.body()
    if not body.strip():
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "the body is empty: send the file's bytes"
        )
    report = await _timed(
        request,
        settings.import_timeout_s,
        "an import stopped while reading or classifying stores nothing, and importing the "
        "file again is safe: it adds only what is missing",
        _import,
        body,
        _safe_name(filename),
        owner_name,
        tz,
        owner,
        consent,
        model,
        settings,
    )
    return ImportReportOut(
        format=report.format,  # type: ignore[arg-type]
        read=report.read,
        new=report.new,
        already=report.already,
        too_old=report.too_old,
        unattributed=report.unattributed,
        skipped=report.skipped,
        problems=[
            ImportProblemOut(source=p.source, line=p.line, reason=p.reason) for p in report.problems
        ],
        clients=report.clients,
        owner_messages=report.owner_messages,
        retention_days=report.retention_days,
    )


def _import(
    body: bytes,
    name: str,
    owner_name: str | None,
    tz: str,
    owner: OwnerStore,
    consent: OwnerSettings,
    model: ClientClassifier,
    settings: Settings,
    deadline: Deadline,
) -> ImportReport:
    """Write the upload to a private temporary folder and import it from there (the importers
    read paths); the folder is gone afterwards, whatever happened."""
    with tempfile.TemporaryDirectory(prefix="client-classifier-import-") as folder:
        path = FilePath(folder) / name
        path.write_bytes(body)
        try:
            return import_into_history(
                path,
                owner=owner_name,
                tz=tz,
                store=owner.history,
                owner_settings=consent,
                model=model,
                settings=settings,
                max_bytes=settings.max_import_bytes,
                progress=lambda _done, _total: deadline.check(),
                recheck=lambda: _checked(deadline, owner),
            )
        except ImportFormatError as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
        except ConsentWithdrawnError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, f"{exc}; nothing was stored") from exc
        except ValueError as exc:  # a row the store refuses (an identity too long, a bad time)
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT,
                f"the file holds a message that cannot be stored: {exc.__class__.__name__}",
            ) from exc


def _checked(deadline: Deadline, owner: OwnerStore) -> OwnerSettings:
    """Just before storing: still within the time (else 503, nothing stored), and the consent now."""
    deadline.check()
    return owner.load()


def _safe_name(filename: str) -> str:
    """A file name that stays inside the temporary folder: its last part, plain characters."""
    name = _UNSAFE_NAME.sub("_", PurePath(filename.replace("\\", "/")).name).strip(" .")
    return name[:100] or "upload"


def _client_out(
    record: ClientRecord, profile: ClientProfile, again: ReEngage | None, *, limit: int
) -> ClientOut:
    """The API's view of one client."""
    return ClientOut(
        id=record.id,
        name=record.name,
        contact=record.key,
        created_at=record.created_at,
        profile=ClientProfileOut(
            messages=profile.messages,
            client_messages=profile.client_messages,
            latest_label=profile.latest_label,  # type: ignore[arg-type]
            last_message_at=profile.last_message_at,
            trend=profile.trend,
            severity_change=profile.severity_change,
            usual_gap_days=profile.usual_gap_days,
            days_silent=profile.days_silent,
            owner_waiting=profile.owner_waiting,
            dormant=profile.dormant,
            dormant_reason=profile.dormant_reason,
            warning_signs=[
                WarningSignOut(
                    kind=sign.kind.value, message=sign.message, evidence=list(sign.evidence)
                )
                for sign in profile.warning_signs
            ],
            attention=profile.attention,
            ending_note=profile.ending_note,
            ending_evidence=profile.ending_evidence,
        ),
        timeline=[
            TimelineItemOut(
                id=item.id,
                sent_at=item.sent_at,
                direction=item.direction.value,
                channel=item.channel.value,
                label=item.label,  # type: ignore[arg-type]
                probabilities=dict(item.probabilities) if item.probabilities else None,
                topic=item.topic,  # type: ignore[arg-type]
                asks=list(item.asks),
                text=item.text,
            )
            for item in record.timeline[-limit:]
        ],
        timeline_total=len(record.timeline),
        re_engage=None
        if again is None
        else ReEngageOut(
            based_on=again.based_on,
            message_id=again.message_id,
            language=again.advice.language,
            note=again.advice.note,
            replies=[ReplyOut.model_validate(r) for r in replies_to_dicts(again.advice)],
        ),
    )
