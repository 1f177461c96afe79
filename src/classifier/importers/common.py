"""What every importer returns, and the small rules they share.

An import never stops at the first bad line: whatever can be read is returned as
:class:`Imported` messages, and whatever cannot is returned as an :class:`ImportProblem` with the
place where it is, so that the owner can look at it. Only input that is not one of the known
formats at all (or cannot be read, or is too big) raises :class:`ImportFormatError`.

Nothing here logs or formats a message body: problems name a line and a reason, never the text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from classifier.message import Message, Sender

# Chat exports carry the phone's local time without a zone; the owners are in Israel.
DEFAULT_TZ = "Asia/Jerusalem"
# A year of a busy business's mail is tens of megabytes; far more is a wrong file or an attack.
MAX_FILE_BYTES = 200 * 1024 * 1024

# Bidirectional formatting characters that WhatsApp and Hebrew editors put around names, at line
# starts and before system notices (LRM, RLM, ALM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI).
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_NOT_DIGIT = re.compile(r"\D")
# A "name" that is really a phone number: digits with the usual separators, at least seven digits.
_PHONE = re.compile(r"^\+?[\d\s\-().]{7,}$")


class ImportFormatError(ValueError):
    """The input is not a format the importers know, cannot be read, or is too big.

    The message says why in words an owner can act on; it never quotes message text.
    """


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """A part of the input that was not imported: where it is and why.

    ``line`` is 1-based (a CSV header is line 1; an mbox message is where its ``From `` line is),
    or None where the input has no lines to point at (one ``.eml`` file of a folder).
    """

    source: str
    line: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class Imported:
    """One imported message and where it came from.

    ``key`` is the same for the same message however often it is imported (see
    :func:`dedupe_key`), so storage can skip what it already has.
    """

    message: Message
    source: str
    line: int | None
    key: str


@dataclass(slots=True)
class ImportResult:
    """The messages read, the problems met, and how many system lines were skipped on purpose.

    ``skipped`` counts what is not a message by design (encryption notices, media placeholders,
    deleted messages, group events); those are neither messages nor problems.
    """

    messages: list[Imported] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    skipped: int = 0


def strip_marks(text: str) -> str:
    """``text`` without bidirectional formatting marks (they are invisible and break matching)."""
    return _BIDI_MARKS.sub("", text)


def normalize_name(text: str) -> str:
    """A name as compared with another: marks gone, NFC, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", strip_marks(text)).split()).casefold()


def phone_digits(text: str) -> str:
    """The digits of a phone number, Israeli international prefix written as the local 0."""
    digits = _NOT_DIGIT.sub("", text)
    return "0" + digits[3:] if digits.startswith("972") else digits


def looks_like_phone(text: str) -> bool:
    """True when ``text`` is a phone number (as WhatsApp shows senders not in the contacts)."""
    return bool(_PHONE.match(text.strip())) and len(_NOT_DIGIT.sub("", text)) >= 7


def is_owner(sender: Sender, owner: str | None) -> bool:
    """True when ``owner`` names this sender: by address, phone digits or name, case-insensitive.

    An owner given as an address matches the sender's address; given as a phone number it
    matches the sender's phone; otherwise it is compared with the display name.
    """
    if not owner or not owner.strip():
        return False
    wanted = normalize_name(owner)
    if sender.address and sender.address.strip().casefold() == wanted:
        return True
    if sender.phone and looks_like_phone(owner):
        return phone_digits(sender.phone) == phone_digits(owner)
    return bool(sender.name) and normalize_name(sender.name or "") == wanted


def resolve_tz(tz: str | tzinfo) -> tzinfo:
    """A zone from its IANA name (or a ready tzinfo); an unknown name is an ImportFormatError."""
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ImportFormatError(f"unknown time zone {tz!r}") from exc


def dedupe_key(message: Message, occurrence: int = 0) -> str:
    """A stable identity for a message: sha256 hex of sender key, UTC time, direction and body.

    ``occurrence`` tells apart identical messages in one input (the same "ok" sent twice within
    a minute by the same person): the second gets 1, the third 2. Reading the same input again
    gives the same numbers, so the keys stay stable.
    """
    try:
        when = message.sent_at.astimezone(UTC).isoformat() if message.sent_at else ""
    except OverflowError:  # a time at the very edge of the calendar: keep it as written
        when = message.sent_at.isoformat() if message.sent_at else ""
    parts = [message.sender.key() or "", when, str(message.direction), message.body]
    if occurrence:
        parts.append(str(occurrence))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class ResultBuilder:
    """Collects one import's messages, problems and skips, numbering repeated messages."""

    def __init__(self) -> None:
        self._result = ImportResult()
        self._seen: Counter[str] = Counter()

    def add(self, message: Message, *, source: str, line: int | None) -> None:
        """Keep a message, with a key that differs from any identical one kept before it."""
        base = dedupe_key(message)
        occurrence = self._seen[base]
        self._seen[base] += 1
        key = base if occurrence == 0 else dedupe_key(message, occurrence)
        self._result.messages.append(Imported(message, source, line, key))

    def problem(self, *, source: str, line: int | None, reason: str) -> None:
        """Report a part of the input that could not be imported."""
        self._result.problems.append(ImportProblem(source, line, reason))

    def skip(self) -> None:
        """Count a line that is not a message by design (a system notice)."""
        self._result.skipped += 1

    def result(self) -> ImportResult:
        """The collected result."""
        return self._result


def check_size(path: Path, *, max_bytes: int) -> int:
    """The size of ``path`` in bytes; ImportFormatError when it cannot be read or is too big."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise ImportFormatError(
            f"{path.name} is {size / 1_048_576:.1f} MB; files over "
            f"{max_bytes / 1_048_576:.1f} MB are not imported"
        )
    return size


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of a file no bigger than ``max_bytes``; ImportFormatError otherwise."""
    check_size(path, max_bytes=max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:  # the file grew after stat()
        raise ImportFormatError(f"{path.name} is over {max_bytes / 1_048_576:.1f} MB")
    return data
