"""Importers: a client's history from the files an owner already has.

:func:`read_path` reads a WhatsApp chat export (``.txt`` or the ``.zip`` WhatsApp makes), an
``mbox`` mailbox, one ``.eml`` file or a folder of them, or a CSV table of messages, into
:class:`~classifier.message.Message` objects. The format is told from the content
(:func:`detect_format`), not from the name: an mbox saved as ``.txt`` is read as an mbox.

The result keeps what could be read and lists what could not (:class:`ImportProblem`, with its
line) instead of failing on the first bad line; system lines (encryption notices, media
placeholders, deleted messages, group events) are skipped and only counted. Input that is none of
these formats, cannot be read or is too big raises :class:`ImportFormatError`.

Each imported message carries a stable :attr:`Imported.key`, so importing the same file twice
can be recognised by whoever stores the messages.
"""

from __future__ import annotations

import logging
import re
import zipfile
from datetime import tzinfo
from enum import StrEnum
from pathlib import Path

from classifier.importers.common import (
    DEFAULT_TZ,
    MAX_FILE_BYTES,
    Imported,
    ImportFormatError,
    ImportProblem,
    ImportResult,
    dedupe_key,
)
from classifier.importers.mail import read_eml_file, read_eml_folder, read_mbox
from classifier.importers.table import is_message_table, parse_csv, read_csv
from classifier.importers.whatsapp import (
    MAX_CHAT_BYTES,
    looks_like_chat,
    parse_chat,
    read_whatsapp,
    zip_has_chat,
)

__all__ = [
    "DEFAULT_TZ",
    "MAX_CHAT_BYTES",
    "MAX_FILE_BYTES",
    "ImportFormat",
    "ImportFormatError",
    "ImportProblem",
    "ImportResult",
    "Imported",
    "dedupe_key",
    "detect_format",
    "parse_chat",
    "parse_csv",
    "read_csv",
    "read_eml_file",
    "read_eml_folder",
    "read_mbox",
    "read_path",
    "read_whatsapp",
]

logger = logging.getLogger(__name__)

_HEAD_BYTES = 64 * 1024
_MBOX_FROM = re.compile(r"^From \S+")
_HEADER_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]*):[ \t]")
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "date",
        "subject",
        "received",
        "return-path",
        "message-id",
        "mime-version",
        "delivered-to",
        "reply-to",
    }
)
_BIDI_AND_BOM = re.compile("[\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class ImportFormat(StrEnum):
    """The formats :func:`read_path` reads."""

    WHATSAPP = "whatsapp"
    MBOX = "mbox"
    EML = "eml"
    CSV = "csv"


def detect_format(path: Path) -> ImportFormat:
    """Which format ``path`` holds, from its content (only its start is read).

    A folder is ``eml`` when it holds ``.eml`` files. A zip is ``whatsapp`` when it holds a
    WhatsApp chat. A text is ``mbox`` when it starts with a ``From `` line, ``eml`` when it
    starts with mail headers, ``csv`` when its first line names the sender, time and text
    columns, and ``whatsapp`` when its first lines hold a chat timestamp.
    """
    if path.is_dir():
        if any(file.suffix.lower() == ".eml" for file in path.rglob("*")):
            return ImportFormat.EML
        raise ImportFormatError(f"the folder {path.name} holds no .eml files")
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if not head.strip():
        raise ImportFormatError(f"{path.name} is empty")
    if head.startswith(b"PK\x03\x04") or zipfile.is_zipfile(path):
        if zip_has_chat(path):
            return ImportFormat.WHATSAPP
        raise ImportFormatError(f"{path.name} is a zip without a WhatsApp chat in it")
    text = _head_text(head)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ImportFormatError(f"{path.name} is empty")
    first = lines[0]
    if _MBOX_FROM.match(first):
        return ImportFormat.MBOX
    if _looks_like_mail(lines):
        return ImportFormat.EML
    if is_message_table(first):
        return ImportFormat.CSV
    if looks_like_chat(text):
        return ImportFormat.WHATSAPP
    raise ImportFormatError(
        f"{path.name} is not a WhatsApp chat export, an mbox, an e-mail (.eml) or a CSV "
        "with sender, time and text columns"
    )


def read_path(
    path: Path,
    *,
    owner: str | None = None,
    tz: str | tzinfo = DEFAULT_TZ,
    fmt: ImportFormat | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportResult:
    """Read the messages in ``path`` (a file, or a folder of ``.eml`` files).

    ``owner`` is the business owner's name, address or phone: their messages get direction
    ``out``. ``tz`` is the zone of times written without one (chat exports, CSV). ``fmt``
    skips detection. ``max_bytes`` refuses bigger files (for a folder: all its ``.eml`` files).
    """
    kind = fmt or detect_format(path)
    if kind is ImportFormat.WHATSAPP:
        result = read_whatsapp(path, owner=owner, tz=tz, max_bytes=max_bytes)
    elif kind is ImportFormat.MBOX:
        result = read_mbox(path, owner=owner, max_bytes=max_bytes)
    elif kind is ImportFormat.EML:
        reader = read_eml_folder if path.is_dir() else read_eml_file
        result = reader(path, owner=owner, max_bytes=max_bytes)
    else:
        result = read_csv(path, owner=owner, tz=tz, max_bytes=max_bytes)
    logger.info(
        "imported %s: %d messages, %d problems, %d skipped",
        kind,
        len(result.messages),
        len(result.problems),
        result.skipped,
    )
    return result


def _head_text(head: bytes) -> str:
    """The start of a file as text: UTF-8 (a character cut at the end is dropped), else cp1255."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            text = head[: exc.start].decode("utf-8", errors="replace")
        else:
            text = head.decode("cp1255", errors="replace")
    return _BIDI_AND_BOM.sub("", text)


def _looks_like_mail(lines: list[str]) -> bool:
    """True when the text starts with RFC 822 header fields, some of them mail's own."""
    names = set()
    for line in lines[:40]:
        if line[:1] in (" ", "\t"):  # a folded header continues
            continue
        match = _HEADER_FIELD.match(line)
        if match is None:
            break
        names.add(match.group(1).lower())
    return bool(names & _MAIL_HEADERS) and len(names) >= 2
