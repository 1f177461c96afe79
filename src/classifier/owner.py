"""The business owner's settings: consent for client memory, and what the replies say about them.

One :class:`OwnerSettings` per installation, kept by :class:`OwnerStore` as one row of JSON in the
client history's database (migration ``0002``), so the owner's consent and the data it governs
live, back up and move together.

Consent comes first and is off until the owner turns it on:

- ``keep_history`` off (the default): nothing is recorded from the service. What was stored
  before stays until the owner deletes it; turning the switch off only stops recording.
- ``keep_texts`` off (the default): only labels, times and topics are kept, never what was
  written. Saving settings with it off erases every stored text
  (:meth:`classifier.history.HistoryStore.forget_texts`).
- ``history_retention_days``: messages older than this are not stored and are purged.

The reply fields (names, signatures, the kind of business, commitments, reply length) are per
language pack code (``he``, ``en``), because a reply is signed in the language it is written in.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from classifier.compose import Terms
from classifier.history import HistoryError, HistoryStore, owner_settings_table
from classifier.lang import codes

logger = logging.getLogger(__name__)

MAX_NAME = 60
MAX_SIGNATURE = 300
MAX_BUSINESS_KIND = 80
MAX_RATE = 40

# Control characters (a newline is allowed only where a value may be multi-line).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(value: str) -> str:
    """A single-line value: trimmed, inner runs of spaces kept, no line breaks or controls."""
    value = value.strip()
    if "\n" in value or "\r" in value or _CONTROL.search(value) or "\t" in value:
        raise ValueError("must be one line, without control characters")
    return value


def _block(value: str) -> str:
    """A multi-line value: line ends unified to \\n, trailing spaces trimmed, no controls."""
    value = "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()
    if _CONTROL.search(value.replace("\t", " ")):
        raise ValueError("must not hold control characters")
    return value


Name = Annotated[str, Field(max_length=MAX_NAME), AfterValidator(_one_line)]
Signature = Annotated[str, Field(max_length=MAX_SIGNATURE), AfterValidator(_block)]
BusinessKind = Annotated[str, Field(max_length=MAX_BUSINESS_KIND), AfterValidator(_one_line)]


def _by_language(value: dict[str, str]) -> dict[str, str]:
    """Only known language pack codes; empty values mean "not set" and are dropped."""
    unknown = sorted(code for code in value if code not in codes())
    if unknown:
        raise ValueError(f"unknown language code(s) {unknown}; the languages are {list(codes())}")
    return {code: text for code, text in value.items() if text}


class Commitments(BaseModel):
    """What the owner commits to, so replies can state it instead of vague promises.

    Every field is optional: a reply mentions only what the owner filled in.
    """

    model_config = ConfigDict(extra="forbid")

    revision_rounds: int | None = Field(
        default=None, ge=0, le=20, description="Revision rounds included in the price."
    )
    slot_hold_days: int | None = Field(
        default=None,
        ge=0,
        le=365,
        description="Days a booked slot is held for a client who has not confirmed.",
    )
    response_hours: int | None = Field(
        default=None, ge=1, le=168, description="The owner's usual time to answer, in hours."
    )
    hourly_rate: str | None = Field(
        default=None,
        max_length=MAX_RATE,
        description='The rate for work outside the agreed scope, as written (e.g. "₪250").',
    )

    @field_validator("hourly_rate")
    @classmethod
    def _rate(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = _one_line(value)
        return value or None


class OwnerSettings(BaseModel):
    """Everything the owner decides: consent for client memory, and how replies present them."""

    model_config = ConfigDict(extra="forbid")

    # --- consent -------------------------------------------------------------------------------
    keep_history: bool = Field(
        default=False,
        description="Record clients' messages into client history. Off until the owner turns "
        "it on. Turning it off stops recording; what is stored stays until deleted.",
    )
    keep_texts: bool = Field(
        default=False,
        description="Keep what messages say, not only their type, topic and time. Saving with "
        "it off erases every stored text.",
    )
    history_retention_days: int = Field(
        default=365,
        ge=1,
        le=3650,
        description="Messages older than this many days are not stored and are purged.",
    )
    # --- replies -------------------------------------------------------------------------------
    names: Annotated[dict[str, Name], AfterValidator(_by_language)] = Field(
        default_factory=dict,
        description=f"The name that signs replies, by language code (he, en); at most "
        f"{MAX_NAME} characters each.",
    )
    signatures: Annotated[dict[str, Signature], AfterValidator(_by_language)] = Field(
        default_factory=dict,
        description=f"An optional sign-off block under the name, by language code; at most "
        f"{MAX_SIGNATURE} characters, may be several lines.",
    )
    business_kind: Annotated[dict[str, BusinessKind], AfterValidator(_by_language)] = Field(
        default_factory=dict,
        description=f'What the business is, by language code (e.g. {{"he": "מעצבת גרפית", '
        f'"en": "graphic designer"}}); at most {MAX_BUSINESS_KIND} characters each.',
    )
    commitments: Commitments = Field(
        default_factory=Commitments,
        description="Revision rounds, slot hold, response time and rate, for replies to state.",
    )
    reply_length: Literal["auto", "short", "long"] = Field(
        default="auto",
        description="How long suggested replies are; auto: short on chat channels (WhatsApp, "
        "SMS), longer by e-mail.",
    )

    def with_default_name(self, name: str | None) -> Self:
        """These settings with ``name`` as the signing name of every language that has none.

        The service's ``provider_name`` setting is that default: an installation configured
        before owner settings existed keeps signing with it.
        """
        if name is None or not name.strip():
            return self
        try:
            default = _one_line(name)[:MAX_NAME]
        except ValueError:
            return self
        missing = {code: default for code in codes() if code not in self.names}
        if not missing or not default:
            return self
        return self.model_copy(update={"names": {**self.names, **missing}})


def terms_of(settings: OwnerSettings) -> Terms:
    """What the reply composer needs of the owner's settings: names, signatures, commitments."""
    return Terms(
        names=dict(settings.names),
        signatures=dict(settings.signatures),
        commitments=settings.commitments.model_dump(),
        reply_length=settings.reply_length,
    )


class OwnerError(RuntimeError):
    """The owner settings could not be read or saved; nothing was half-written."""


class OwnerStore:
    """The owner's settings in the client history's database (one row, JSON text).

    Built on an open :class:`~classifier.history.HistoryStore` (its engine, its migrations), so
    saving with ``keep_texts`` off can erase stored texts in the same place.
    """

    def __init__(self, history: HistoryStore, *, default_name: str | None) -> None:
        """``default_name`` (the ``provider_name`` setting, or None) signs replies in every
        language for which no name is stored."""
        self.history = history
        self.default_name = default_name
        self.unreadable = False  # stored settings exist but do not validate (see stored())

    @classmethod
    def open(cls, url: str, *, default_name: str | None) -> Self:
        """Open (and migrate) the database at ``url``; :class:`HistoryError` if it cannot be."""
        return cls(HistoryStore.open(url), default_name=default_name)

    def dispose(self) -> None:
        """Close the database connections (of the history store underneath too)."""
        self.history.dispose()

    def stored(self) -> OwnerSettings | None:
        """The settings as saved, without defaults filled in; None when none were saved.

        A row that no longer validates (written by another version, or naming a language pack
        that is gone) reads as None: the defaults keep history off, the safe side.
        """
        try:
            with self.history.engine.connect() as conn:
                row = conn.execute(
                    select(owner_settings_table.c.settings).where(owner_settings_table.c.id == 1)
                ).first()
        except SQLAlchemyError as exc:
            raise OwnerError(
                f"the owner settings could not be read: {exc.__class__.__name__}"
            ) from exc
        if row is None:
            self.unreadable = False
            return None
        try:
            settings = OwnerSettings.model_validate_json(row.settings)
        except ValidationError as exc:
            logger.warning(
                "stored owner settings do not validate (%d errors); using the defaults",
                exc.error_count(),
            )
            self.unreadable = True
            return None
        self.unreadable = False
        return settings

    def retention_days(self) -> int | None:
        """The retention to purge by, or None when stored settings exist but cannot be read.

        Purging with the defaults' retention when the owner's own (perhaps longer) one cannot be
        read would delete what the owner chose to keep: nothing is purged until it reads again.
        """
        settings = self.load()
        return None if self.unreadable else settings.history_retention_days

    def load(self) -> OwnerSettings:
        """The owner's settings: what was saved, else the defaults (history off), with the
        service's ``provider_name`` as the name of every language that has none."""
        return (self.stored() or OwnerSettings()).with_default_name(self.default_name)

    def save(self, settings: OwnerSettings) -> OwnerSettings:
        """Store ``settings`` in place of the old ones and return what :meth:`load` now gives.

        The consent applies at once: with ``keep_texts`` off every stored message text is erased,
        and messages older than ``history_retention_days`` are purged, both before the row is
        written: if the save then failed, the data would be gone and the old setting left, which
        errs on the private side.
        """
        checked = OwnerSettings.model_validate(settings.model_dump())
        if not checked.keep_texts:
            try:
                erased = self.history.forget_texts()
            except HistoryError as exc:
                raise OwnerError(f"the stored texts could not be erased: {exc}") from exc
            if erased:
                logger.info("owner settings: %d stored texts erased (keep_texts off)", erased)
        try:
            self.history.purge(older_than_days=checked.history_retention_days)
        except HistoryError as exc:
            raise OwnerError(f"the messages past the retention were not purged: {exc}") from exc
        row = {"id": 1, "settings": checked.model_dump_json(), "updated_at": datetime.now(UTC)}
        dialect = postgresql if self.history.engine.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(owner_settings_table).values(**row)
        statement = statement.on_conflict_do_update(
            index_elements=[owner_settings_table.c.id],
            set_={"settings": row["settings"], "updated_at": row["updated_at"]},
        )
        try:
            with self.history.engine.begin() as conn:
                conn.execute(statement)
        except SQLAlchemyError as exc:
            raise OwnerError(
                f"the owner settings were not saved: {exc.__class__.__name__}"
            ) from exc
        logger.info(
            "owner settings saved: keep_history=%s keep_texts=%s retention=%d",
            checked.keep_history,
            checked.keep_texts,
            checked.history_retention_days,
        )
        return checked.with_default_name(self.default_name)
