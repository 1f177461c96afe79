"""Request and response bodies, with the limits and examples shown in the OpenAPI docs."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from classifier import Label, Topic
from classifier.replies import DraftIssue


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("text is empty")
    return text


MessageText = Annotated[
    str,
    Field(min_length=1, max_length=100_000, description="The e-mail body (plain text or HTML)."),
    AfterValidator(_not_blank),
]

HE_EXAMPLE = (
    "היי, קיבלתי את ההצעה. אני צריך את זה עד מחר בבוקר, ותוך כדי גם עמוד נחיתה נוסף באותו מחיר."
)
EN_EXAMPLE = (
    "Sorry I went quiet, things have been crazy here. Can we pick this up after the holidays?"
)


class MessageIn(BaseModel):
    """One client message: the body as plain text or HTML, and optionally its subject."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": HE_EXAMPLE, "subject": "הצעת מחיר"}, {"text": EN_EXAMPLE}]
        },
    )

    text: MessageText
    subject: str = Field(default="", max_length=1_000, description="The e-mail subject line.")
    channel: Literal["email", "whatsapp", "sms", "chat"] | None = Field(
        default=None,
        description="Where the message came from; replies to chat messages are a few lines. "
        "Unset: a short message without a subject is read as a chat message.",
    )
    sender_name: str | None = Field(
        default=None, max_length=100, description="The client's name, for the greeting."
    )


class ReplyRequest(MessageIn):
    """A message and the client type a person says it is: replies composed for that type."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": HE_EXAMPLE, "label": "demanding"}]},
    )

    label: Label = Field(description="The client type the replies are for (a correction).")


class BatchIn(BaseModel):
    """Several messages classified in one request; results come back in the same order."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"messages": [{"text": HE_EXAMPLE}, {"text": EN_EXAMPLE}]}]
        },
    )

    messages: list[MessageIn] = Field(min_length=1)


class Term(BaseModel):
    term: str = Field(description="The word as written in the message.")
    weight: float = Field(description="How much it pushed toward the predicted type.")
    field: Literal["subject", "body"]
    start: int = Field(description="Character offset in `cleaned_text` (or the subject).")
    end: int


class BlankOut(BaseModel):
    """A part of a reply only the owner can decide: fill it in before sending."""

    name: str = Field(description="What goes there: time, date, price, answer, option_a …")
    hint: str = Field(description="What to write, in the reply's language.")
    start: int = Field(description="Offset of `[hint]` in the reply text.")
    end: int


class ReplyOut(BaseModel):
    id: str = Field(description="Stable for the same composition; send it back as feedback.")
    text: str
    technique: str = Field(description="The de-escalation technique the reply uses.")
    seed: str = Field(description="The seed article the technique comes from.")
    blanks: list[BlankOut] = Field(description="Fields to fill before sending; empty: send as is.")
    moves: list[str] = Field(description="The moves the reply makes, in order.")


class AskOut(BaseModel):
    """Something the client asks or states that a reply must respect, in their own words."""

    kind: str = Field(
        description="request, question, deadline, money, deliverable, channel, "
        "refusal, postpone, threat or sarcasm."
    )
    subtype: str
    text: str = Field(description="The client's words.")
    value: str | None = Field(description="A normalised value: 09:00, tomorrow, 1200 ILS …")
    start: int = Field(description="Offset in `cleaned_text`.")
    end: int


class RepliesOut(BaseModel):
    """Replies composed for a message and a given client type."""

    label: Label
    language: str
    channel: Literal["chat", "email"]
    note: str
    replies: list[ReplyOut]


class ClassificationOut(BaseModel):
    """The client type, how sure the model is, why, and what to reply."""

    label: Label
    confidence: float
    probabilities: dict[str, float] = Field(description="Every type's probability; they sum to 1.")
    uncertain: bool = Field(
        description="True when the top probability is low or the top two are close, or the "
        "message is in another language or has no words the model knows."
    )
    uncertain_reason: str | None = Field(
        default=None, description="Why the result is uncertain; null when it is not."
    )
    language: str = Field(
        description="A language pack's code (he, en, …), mixed, or other; see /v1/vocabulary."
    )
    topic: Topic | None
    topic_confidence: float | None = Field(
        description="How sure the topic model is; replies prefer the topic only at 0.6+ (configurable)."
    )
    explanation: list[Term]
    asks: list[AskOut] = Field(description="What the client asks, in order of the text.")
    main_ask: int | None = Field(description="Index in `asks` of what a reply addresses first.")
    channel: Literal["chat", "email"] = Field(description="The reply size used.")
    replies: list[ReplyOut]
    note: str = Field(description="How to handle this client, from the seed articles.")
    cleaned_text: str = Field(description="The client's own new text, as the model read it.")
    subject: str
    model_version: str


class BatchOut(BaseModel):
    results: list[ClassificationOut]


class FeedbackIn(BaseModel):
    """A person's correction of a prediction."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": EN_EXAMPLE, "label": "dormant", "predicted_label": "easygoing"}]
        },
    )

    text: MessageText
    subject: str = Field(default="", max_length=1_000)
    label: Label = Field(description="The correct client type.")
    topic: Topic | None = None
    predicted_label: Label | None = None
    model_version: str | None = Field(default=None, max_length=64)


class ReplySignalIn(BaseModel):
    """Whether a suggested reply fitted the message it was composed for."""

    model_config = ConfigDict(extra="forbid")

    reply_id: str = Field(pattern=r"^[a-z]{2,3}-c-[0-9a-f]{10}$", description="The reply's `id`.")
    fits: bool
    label: Label = Field(description="The client type the reply was composed for.")
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    technique: str | None = Field(default=None, max_length=32)


class FeedbackOut(BaseModel):
    id: int
    stored: bool = True


class DraftIn(BaseModel):
    """A reply the provider wrote, to check for escalating wording before sending."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"text": "כמו שכבר כתבתי, זה לא באחריותנו."},
                {"text": "As I already said, it's not possible."},
            ]
        },
    )

    text: str = Field(min_length=1, max_length=20_000)
    language: str | None = Field(
        default=None, pattern=r"^[a-z]{2,3}$", description="Only this pack's checks (he, en, …)."
    )


class DraftOut(BaseModel):
    ok: bool = Field(description="True when nothing escalating was found.")
    issues: list[DraftIssue]


class ReloadOut(BaseModel):
    model_version: str
    previous_version: str | None


class VocabularyEntry(BaseModel):
    id: str
    names: dict[str, str] = Field(description="The name a reader sees, by language pack.")


class VocabularyOut(BaseModel):
    """The words the API answers with, defined once in the library."""

    labels: list[VocabularyEntry]
    topics: list[str]
    languages: list[str] = Field(description="The language packs' codes, then mixed and other.")


class ErrorOut(BaseModel):
    detail: str | list[dict[str, object]]
    request_id: str | None = None


# ----- client memory: owner settings, clients, imports -----------------------------------------
# The owner settings travel as classifier.owner.OwnerSettings itself (its fields carry the limits).

ClientTrend = Literal["souring", "calming", "steady", "unknown"]


class ClientRow(BaseModel):
    """One client in the list, as urgent as their attention score says."""

    id: int = Field(ge=1)
    name: str | None = Field(description="The name the messages give, if any.")
    contact: str = Field(
        max_length=512, description="What identifies the client: mail:, tel: or name:."
    )
    messages: int = Field(ge=0, description="Messages in both directions.")
    latest_label: Label | None = Field(description="The type of the client's latest message.")
    last_message_at: datetime | None
    days_silent: float | None = Field(description="Days since the client last wrote.")
    owner_waiting: bool = Field(description="The last message is the owner's, unanswered.")
    dormant: bool
    trend: ClientTrend = Field(description="Recent messages harsher (souring) or calmer.")
    warning_signs: list[str] = Field(description="Kinds: hostile, escalation, scope.")
    attention: int = Field(ge=0, description="The ranking score: dormant, then souring, signs.")


class ClientsOut(BaseModel):
    """The client list, most urgent first; empty while history is off."""

    history: Literal["on", "off"] = Field(description="The owner's keep_history switch.")
    keep_texts: bool
    stored_clients: int = Field(
        ge=0,
        description="Clients stored in the database. With history off they are not listed, "
        "but stay stored until deleted (DELETE /v1/clients or one by one).",
    )
    clients: list[ClientRow]


class WarningSignOut(BaseModel):
    kind: Literal["hostile", "escalation", "scope"]
    message: dict[str, str] = Field(description="The sign in words, by language code.")
    evidence: list[int] = Field(description="Ids of the timeline messages it rests on.")


class TimelineItemOut(BaseModel):
    id: int
    sent_at: datetime
    direction: Literal["in", "out"] = Field(description="in: the client wrote; out: the owner.")
    channel: str
    label: Label | None
    probabilities: dict[str, float] | None
    topic: Topic | None
    asks: list[str]
    text: str | None = Field(description="Only when the owner keeps texts.")


class ClientProfileOut(BaseModel):
    messages: int
    client_messages: int
    latest_label: Label | None
    last_message_at: datetime | None
    trend: ClientTrend
    severity_change: float | None
    usual_gap_days: float | None
    days_silent: float | None
    owner_waiting: bool
    dormant: bool
    dormant_reason: dict[str, str] | None = Field(description="Why dormant, by language code.")
    warning_signs: list[WarningSignOut]
    attention: int
    ending_note: dict[str, str] | None = Field(
        description="Shown only when several signs persist: a careful note on ending the "
        "relationship respectfully (seed 003), by language code."
    )
    ending_evidence: int


class ReEngageOut(BaseModel):
    """Replies that make it easy for a dormant client to answer (seed 004)."""

    based_on: Literal["last_message", "thread"] = Field(
        description="last_message: built on the text of the client's last message; thread: "
        "no text is kept, so the replies rest on the thread's topic and timing only."
    )
    message_id: int = Field(description="The timeline message the replies answer.")
    language: str
    note: str
    replies: list[ReplyOut]


class ClientOut(BaseModel):
    """One client: profile, timeline (the latest ``limit`` messages) and, when dormant,
    re-engaging replies."""

    id: int
    name: str | None
    contact: str
    created_at: datetime
    profile: ClientProfileOut
    timeline: list[TimelineItemOut]
    timeline_total: int = Field(ge=0, description="All stored messages of the client.")
    re_engage: ReEngageOut | None


class ImportProblemOut(BaseModel):
    source: str
    line: int | None = Field(description="1-based line in the file, where it has lines.")
    reason: str


class ImportReportOut(BaseModel):
    """What an import did; ``read`` = ``new`` + ``already`` + ``too_old`` + ``unattributed``."""

    format: Literal["whatsapp", "mbox", "eml", "csv"]
    read: int = Field(ge=0, description="Messages read from the file.")
    new: int = Field(ge=0, description="Stored now.")
    already: int = Field(ge=0, description="Stored by an earlier import: nothing added.")
    too_old: int = Field(ge=0, description="Older than the retention period: not stored.")
    unattributed: int = Field(
        ge=0,
        description="The owner's messages that name no client (mail, group chats): not stored.",
    )
    skipped: int = Field(ge=0, description="System lines skipped on purpose.")
    problems: list[ImportProblemOut]
    clients: int = Field(ge=0, description="Clients the stored messages belong to.")
    owner_messages: int = Field(ge=0, description="Messages recognised as the owner's.")
    retention_days: int
