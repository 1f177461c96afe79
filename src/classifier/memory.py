"""Client memory: from an imported chat or mailbox to each client's story, and back to a reply.

The one path the CLI and the API take, so both store the same things the same way:

- :func:`analyse_for_history` ties every imported message to a client and classifies the clients'
  own messages (once, in batches, without explanations); the owner's messages are kept
  unclassified, for the rhythm of the conversation and for "who is waiting for whom".
- :func:`import_into_history` reads a file (:func:`classifier.importers.read_path`), analyses it
  and records it, and says what happened in an :class:`ImportReport`.
- :func:`client_profile` reads one client's timeline with the service's :data:`PROFILE_RULES`.
- :func:`re_engage` suggests how to wake a dormant client (seed 004: make answering easy), from
  the client's last message, or without any text when texts are not kept.

Who the client is: for a client's message (direction ``in``) its sender
(:meth:`~classifier.message.Sender.key`). For the owner's message in a chat (WhatsApp, SMS, chat
rows of a table) the other participant of that chat, when the chat has exactly one; a mail
message does not say whom the owner wrote to, so the owner's mail, and the owner's lines in a
group chat, are not stored and are counted as ``unattributed``.

Nothing here logs a message, a name or an address: counts only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from classifier import TOPICS, Label
from classifier.asks import read_asks
from classifier.history import MAX_KEY, ClientRecord, HistoryEntry, HistoryStore
from classifier.importers import (
    Imported,
    ImportFormatError,
    ImportProblem,
    detect_format,
    read_path,
)
from classifier.importers.common import is_owner
from classifier.lang import packs
from classifier.message import Channel, Direction, Message, Sender
from classifier.owner import OwnerSettings, terms_of
from classifier.prediction import ClientClassifier, Prediction
from classifier.profile import ClientProfile, ProfileRules, build_profile
from classifier.replies import Advice
from classifier.respond import advice_for
from classifier.settings import Settings

logger = logging.getLogger(__name__)

# The thresholds of every profile the service and the CLI show (ProfileRules documents each).
PROFILE_RULES = ProfileRules()
# Client messages classified per call: large enough for the sparse products to pay off, small
# enough for progress (and a caller's deadline check) to come every fraction of a second.
CLASSIFY_BATCH = 256

AsksReader = Callable[[Message, str], tuple[str, ...]]
"""Reads the short asks in a client's message, given the message and its language code."""
Progress = Callable[[int, int], None]
"""Called with (client messages classified so far, client messages to classify)."""


class OwnerNotFoundError(ImportFormatError):
    """A chat in which none of the senders is the owner: storing it would make the owner a
    client of their own. The message names the chat and asks for the owner's name in it."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one import did.

    ``read`` messages came out of the file; of them ``new`` were stored now, ``already`` were
    stored by an earlier import, ``too_old`` were older than the retention period and
    ``unattributed`` could not be tied to a client (so ``read`` is their sum). ``skipped``
    counts system lines skipped on purpose (encryption notices, media placeholders); ``problems``
    are the parts that could not be read, with their line.
    """

    format: str
    read: int
    new: int
    already: int
    too_old: int
    unattributed: int
    skipped: int
    problems: tuple[ImportProblem, ...]
    clients: int
    owner_messages: int
    retention_days: int


@dataclass(frozen=True, slots=True)
class ReEngage:
    """Suggested replies to wake a dormant client, and what they rest on.

    ``based_on`` is ``last_message`` when built from the text of the client's last message, or
    ``thread`` when no text is kept (then nothing in the replies comes from what anyone wrote);
    ``message_id`` is the timeline item they answer.
    """

    based_on: Literal["last_message", "thread"]
    message_id: int
    advice: Advice


def analyse_for_history(
    imported: Sequence[Imported],
    *,
    model: ClientClassifier,
    settings: Settings,
    asks: AsksReader | None = None,
    since: datetime | None = None,
    progress: Progress | None = None,
) -> list[HistoryEntry]:
    """History entries for the imported messages that can be tied to a client.

    Client messages are classified once, ``CLASSIFY_BATCH`` at a time, without explanations;
    a message in no language the model reads (or with no word it knows) is stored without a
    label, since its flat probabilities would pass for a real reading. A topic is stored only
    when the model is at least ``settings.topic_min_confidence`` sure, so the profile's scope
    sign and the replies rest on sure topics. ``asks`` (default: none) reads the short asks of
    a client message. Messages sent before ``since`` still tell who the chat is with but are
    not analysed. ``progress`` may raise to stop the work (a deadline).

    Raises :class:`OwnerNotFoundError` for a chat of several people none of whom is the owner.
    """
    chat_clients = _chat_clients(imported)
    kept = [
        item
        for item in imported
        if item.message.sent_at is not None and (since is None or item.message.sent_at >= since)
    ]
    owners_of: dict[int, tuple[str, str | None]] = {}
    for index, item in enumerate(kept):
        client = _client_of(item, chat_clients)
        if client is not None:
            owners_of[index] = client
    incoming = [i for i in owners_of if kept[i].message.direction is Direction.IN]
    predictions: dict[int, Prediction] = {}
    if progress is not None:
        progress(0, len(incoming))
    for start in range(0, len(incoming), CLASSIFY_BATCH):
        chunk = incoming[start : start + CLASSIFY_BATCH]
        found = model.classify_many([kept[i].message for i in chunk], explain=False)
        predictions.update(zip(chunk, found, strict=True))
        if progress is not None:
            progress(min(start + CLASSIFY_BATCH, len(incoming)), len(incoming))
    entries = []
    for index, (client_key, client_name) in owners_of.items():
        item = kept[index]
        message = item.message
        assert message.sent_at is not None  # kept only timed messages
        prediction = predictions.get(index)
        if prediction is None:  # the owner's message: not classified
            entries.append(
                _entry(item, client_key, None, message.body, label=None, probabilities=None)
            )
            continue
        readable = prediction.language != "other" and not _flat(prediction.probabilities)
        sure_topic = (
            prediction.topic in TOPICS
            and (prediction.topic_confidence or 0.0) >= settings.topic_min_confidence
        )
        entries.append(
            _entry(
                item,
                client_key,
                client_name,
                prediction.cleaned_text or message.body,
                label=prediction.label if readable else None,
                probabilities=_bounded(prediction.probabilities) if readable else None,
                topic=prediction.topic if sure_topic else None,
                asks=_asks(asks, message, prediction.language),
            )
        )
    logger.info(
        "analysed for history: %d of %d messages tied to a client, %d classified",
        len(entries),
        len(imported),
        len(predictions),
    )
    return entries


class ConsentWithdrawnError(RuntimeError):
    """The owner turned client history off while an import ran; nothing was stored."""


def import_into_history(
    path: Path,
    *,
    owner: str | None,
    tz: str,
    store: HistoryStore,
    owner_settings: OwnerSettings,
    model: ClientClassifier,
    settings: Settings,
    max_bytes: int,
    progress: Progress | None,
    asks: AsksReader | None = None,
    now: datetime | None = None,
    recheck: Callable[[], OwnerSettings] | None = None,
) -> ImportReport:
    """Read ``path``, tie its messages to clients, classify the clients' ones and store them.

    ``recheck`` is called just before anything is stored and gives the owner's settings as they
    are then: an import that took a while stores nothing if history was turned off meanwhile
    (:class:`ConsentWithdrawnError`), and keeps texts only if the owner still keeps them.

    ``owner`` is the owner's name, address or phone as the file writes it (their messages are
    theirs, not a client's); None: the first of :func:`owner_identities` that some message of
    the file is from. ``tz`` is the zone of times written without one. Texts are stored
    only with ``owner_settings.keep_texts``; messages older than its retention are neither
    analysed nor stored, and older stored ones are purged. Importing the same file again stores
    nothing new. Whether the owner consented to history at all is the caller's decision (the
    CLI's import is an explicit act; the API refuses while history is off).

    Raises :class:`~classifier.importers.ImportFormatError` (a file that is no known format, too
    big, or a chat without the owner) and :class:`~classifier.history.HistoryError`.
    """
    moment = now or datetime.now(UTC)
    kind = detect_format(path)
    result = read_path(path, owner=owner, tz=tz, fmt=kind, max_bytes=max_bytes)
    if owner is None:
        known = owner_identities(owner_settings, settings)
        found = _owner_in(result.messages, known)
        if found is not None:
            result = read_path(path, owner=found, tz=tz, fmt=kind, max_bytes=max_bytes)
    since = moment - timedelta(days=owner_settings.history_retention_days)
    too_old = sum(
        1 for item in result.messages if item.message.sent_at and item.message.sent_at < since
    )
    entries = analyse_for_history(
        result.messages, model=model, settings=settings, asks=asks, since=since, progress=progress
    )
    if recheck is not None:
        owner_settings = recheck()
        if not owner_settings.keep_history:
            raise ConsentWithdrawnError("client history was turned off during the import")
    # Retention is applied when the service starts and when the settings are saved, where a
    # settings row that cannot be read stops it; an import only adds.
    new = store.record(entries, keep_text=owner_settings.keep_texts)
    report = ImportReport(
        format=kind.value,
        read=len(result.messages),
        new=new,
        already=len(entries) - new,
        too_old=too_old,
        unattributed=len(result.messages) - too_old - len(entries),
        skipped=result.skipped,
        problems=tuple(result.problems),
        clients=len({entry.client_key for entry in entries}),
        owner_messages=sum(1 for i in result.messages if i.message.direction is Direction.OUT),
        retention_days=owner_settings.history_retention_days,
    )
    logger.info(
        "import %s: %d read, %d new, %d already stored, %d too old, %d unattributed, "
        "%d skipped, %d problems",
        report.format,
        report.read,
        report.new,
        report.already,
        report.too_old,
        report.unattributed,
        report.skipped,
        len(report.problems),
    )
    return report


def owner_identities(owner_settings: OwnerSettings, settings: Settings) -> list[str]:
    """The names the owner may write under, in order: the name of each language (Hebrew
    first), then the service's ``provider_name``; each once."""
    found = [*owner_settings.names.values(), settings.provider_name or ""]
    return list(dict.fromkeys(name for name in found if name.strip()))


def client_profile(record: ClientRecord, *, now: datetime) -> ClientProfile:
    """One client's profile as of ``now``, under :data:`PROFILE_RULES`."""
    return build_profile(record.timeline, now=now, rules=PROFILE_RULES)


def re_engage(
    record: ClientRecord,
    profile: ClientProfile,
    *,
    model: ClientClassifier | None,
    settings: Settings,
    owner_settings: OwnerSettings,
) -> ReEngage | None:
    """Replies that make it easy for a dormant client to answer (seed 004), or None when the
    client is not dormant or never wrote.

    With the text of the client's last message (texts kept, a model loaded), that message is
    classified and answered as a dormant client's: the replies greet by name and pick the
    thread's topic. Without it, the replies rest on the thread alone: the owner's last
    unanswered message when there is one (else the client's last), the topic stored with the
    client's last message, the language of the client's name; nothing in them comes from a text.
    The owner's name for the reply's language signs them.
    """
    if not profile.dormant:
        return None
    items = list(record.timeline)
    client_items = [item for item in items if item.direction is Direction.IN]
    if not client_items:
        return None
    last_in = client_items[-1]
    sender = Sender(name=record.name)
    if last_in.text and last_in.text.strip() and model is not None:
        message = Message(
            subject="",
            body=last_in.text,
            sender=sender,
            sent_at=last_in.sent_at,
            channel=last_in.channel,
            direction=Direction.IN,
        )
        found = model.classify(message, explain=False)
        runner_up = next((label for label in found.top_two if label != Label.DORMANT), "")
        prediction = replace(
            found,
            label=Label.DORMANT.value,
            uncertain=False,
            uncertain_reason=None,
            top_two=(Label.DORMANT.value, runner_up),
        )
        advice = advice_for(
            prediction, message, settings, terms=terms_of(owner_settings), follow_up=True
        )
        return ReEngage("last_message", last_in.id, advice)
    thread = items[-1] if profile.owner_waiting else last_in
    prediction = _thread_prediction(
        language=_language_of_name(record.name),
        topic=last_in.topic,
        seed=f"{record.key}#{thread.id}",
    )
    message = Message(
        subject="", body="", sender=sender, channel=last_in.channel, direction=Direction.IN
    )
    advice = advice_for(
        prediction, message, settings, terms=terms_of(owner_settings), follow_up=True
    )
    return ReEngage("thread", thread.id, advice)


# ----- helpers ------------------------------------------------------------------------------------
def _chat_clients(imported: Sequence[Imported]) -> dict[str, tuple[str, str | None] | None]:
    """For each chat source: its one client (key, name), or None when it has several or none.

    Raises :class:`OwnerNotFoundError` for a chat of two or more people without the owner.
    """
    people: dict[str, dict[str, str | None]] = {}
    has_owner: dict[str, bool] = {}
    for item in imported:
        message = item.message
        if message.channel is None or not message.channel.is_chat:
            continue
        has_owner.setdefault(item.source, False)
        if message.direction is Direction.OUT:
            has_owner[item.source] = True
            continue
        key = message.sender.key()
        if key is not None:
            names = people.setdefault(item.source, {})
            names[key] = message.sender.name or names.get(key)
    for source, owned in has_owner.items():
        found = people.get(source, {})
        if not owned and len(found) >= 2:
            shown = ", ".join(
                sorted(name or key.split(":", 1)[1] for key, name in found.items())[:5]
            )
            raise OwnerNotFoundError(
                f"{source}: none of the {len(found)} people in this chat ({shown}) was "
                "recognised as you, so each would become a client; give your name exactly as "
                "the chat writes it (owner)"
            )
    return {
        source: next(iter(people[source].items())) if len(people.get(source, {})) == 1 else None
        for source in has_owner
    }


def _owner_in(imported: Sequence[Imported], identities: Sequence[str]) -> str | None:
    """The first of ``identities`` that some imported message's sender is, or None."""
    senders = {item.message.sender for item in imported}
    for identity in identities:
        if any(is_owner(sender, identity) for sender in senders):
            return identity
    return None


def _client_of(
    item: Imported, chat_clients: dict[str, tuple[str, str | None] | None]
) -> tuple[str, str | None] | None:
    """The client (key, name) a message belongs to, or None when it cannot be told."""
    message = item.message
    if message.direction is Direction.IN:
        key = message.sender.key()
        if key is None or len(key) > MAX_KEY:  # no usable identity: no single client
            return None
        return key, message.sender.name
    if message.channel is None or not message.channel.is_chat:
        return None  # the owner's mail: the recipient is not known
    client = chat_clients.get(item.source)
    return None if client is None else (client[0], None)


def _entry(
    item: Imported,
    client_key: str,
    client_name: str | None,
    text: str,
    *,
    label: str | None,
    probabilities: dict[str, float] | None,
    topic: str | None = None,
    asks: tuple[str, ...] = (),
) -> HistoryEntry:
    message = item.message
    assert message.sent_at is not None
    return HistoryEntry(
        key=item.key,
        client_key=client_key,
        client_name=client_name,
        sent_at=message.sent_at,
        direction=message.direction,
        channel=message.channel or Channel.OTHER,
        label=label,
        probabilities=probabilities,
        topic=topic,
        asks=asks,
        text=text.strip() or None,
    )


def _bounded(probabilities: dict[str, float]) -> dict[str, float]:
    """Probabilities inside [0, 1]: float rounding may put a sure one a hair above 1, which the
    store rightly refuses."""
    return {label: min(1.0, max(0.0, p)) for label, p in probabilities.items()}


def _flat(probabilities: dict[str, float]) -> bool:
    """True when every type is equally likely: the model had nothing to go on."""
    values = list(probabilities.values())
    return not values or max(values) - min(values) < 1e-6


def read_ask_kinds(message: Message, language: str) -> tuple[str, ...]:
    """What a client message asks, as the store keeps it: kinds and normalised values only.

    "deadline/time=12:00", "money/refund", "refusal/no_call": enough for a profile to see scope
    pushes and threats over time, and no words of the client's, so nothing personal is stored
    in them even when the owner keeps no texts.
    """
    found = read_asks(message.body, language=language)
    return tuple(
        f"{a.kind.value}/{a.subtype}" + (f"={a.value}" if a.value else "") for a in found.items
    )[:20]


def _asks(reader: AsksReader | None, message: Message, language: str) -> tuple[str, ...]:
    """The asks the reader finds, cut to what the store keeps (see HistoryEntry)."""
    if reader is None:
        reader = read_ask_kinds
    found = (ask.strip() for ask in reader(message, language))
    return tuple(ask[:200] for ask in found if ask)


def _language_of_name(name: str | None) -> str:
    """The language a client without stored texts is answered in: that of the script of their
    name; the first pack's (Hebrew) when the name says nothing (a phone number, no name)."""
    for pack in packs():
        if name and pack.letter_pattern().search(name):
            return pack.code
    return packs()[0].code


def _thread_prediction(*, language: str, topic: str | None, seed: str) -> Prediction:
    """A dormant reading of a thread with no text: sure of the type (the profile, not a model,
    says the client is dormant), the stored topic (stored only when sure), ``seed`` choosing
    among equal replies so that different clients see different phrasings."""
    return Prediction(
        label=Label.DORMANT.value,
        confidence=1.0,
        probabilities={label.value: float(label is Label.DORMANT) for label in Label},
        uncertain=False,
        language=language,
        topic=topic,
        topic_confidence=1.0 if topic is not None else None,
        explanation=[],
        cleaned_text=seed,
        subject="",
        removed=(),
        sender_name=None,
        model_version="",
        top_two=(Label.DORMANT.value, ""),
    )
