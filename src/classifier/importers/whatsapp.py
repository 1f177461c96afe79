"""WhatsApp chat exports: the ``.txt`` a phone writes and the ``.zip`` it wraps it in.

Layouts read (each with ``/``, ``.`` or ``-`` between the date's parts, two- or four-digit years)::

    12/03/2024, 10:15 - Name: text          Android, 24-hour (Israel, Europe)
    12.3.2024, 10:15 - Name: text           Android, Hebrew locale
    3/12/24, 10:15 AM - Name: text          Android, US 12-hour (also "am", "a.m.")
    [12/03/2024, 10:15:32] Name: text       iOS (often with bidi marks around the parts)

Whether a date is day-first or month-first is decided once per file from the dates themselves:
a first field over 12 means day-first, a second field over 12 means month-first; when no date
tells, day-first (Israel) unless the file writes English AM/PM (then US, month-first).

Times in an export are the phone's wall clock without a zone; they get the zone ``tz``.

What is not a message by design is skipped and counted in :attr:`ImportResult.skipped`, never
reported as a problem: the encryption notice, media placeholders (``<Media omitted>``,
``image omitted``, ``<attached: ...>`` and their Hebrew forms), deleted messages, missed calls,
and group events (a timestamp with no ``Name:`` part, or an iOS notice after the group's name).
An edited message keeps its text without the ``<This message was edited>`` mark.

Problems (:class:`ImportProblem`, 1-based line numbers): a timestamp line whose date or time
cannot be (31/02/2024, 25:99) — its continuation lines go with it — and text before the first
message. Everything else in the file is still imported.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path, PurePosixPath

from classifier.importers.common import (
    DEFAULT_TZ,
    MAX_FILE_BYTES,
    ImportFormatError,
    ImportResult,
    ResultBuilder,
    check_size,
    is_owner,
    looks_like_phone,
    read_bytes,
    resolve_tz,
    strip_marks,
)
from classifier.message import Channel, Direction, Message, Sender
from classifier.reading import decode_bytes

logger = logging.getLogger(__name__)

# A chat of a few years with one client is a few megabytes; the cap stops a zip bomb's member
# from being inflated in memory.
MAX_CHAT_BYTES = 50 * 1024 * 1024

_MARK = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_HEADER = re.compile(
    r"""^(?P<open>\[)?
    (?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{1,4})\.?,?[ \t\u202f\xa0]+
    (?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?
    (?:[ \t\u202f\xa0]*(?P<ampm>[AaPp]\.?[ ]?[Mm]\.?|לפנה["״]צ|אחה["״]צ))?
    (?(open)\][ \t]?|[ \t\u202f\xa0]+[-–][ \t\u202f\xa0]?)
    (?P<rest>.*)$""",
    re.VERBOSE,
)
# In the raw line, the end of the timestamp, the sender's name and a mark right after its colon:
# iOS writes that mark before every system notice it puts under a name.
_MARKED_TEXT = re.compile(rf"(?:\]|\s[-–])[^:\n]{{0,120}}:[ \t]?[{_MARK}]")

_NAME_MAX = 80
_EDITED = re.compile(r"\s*<(?:this message was edited|ההודעה נערכה)>\s*$", re.IGNORECASE)
# Bodies that stand for something not exported or no longer there (compared case-folded,
# without a final full stop).
_PLACEHOLDERS = frozenset(
    {
        "<media omitted>",
        "<המדיה לא נכללה>",
        "<המדיה הושמטה>",
        "<מדיה הושמטה>",
        "this message was deleted",
        "you deleted this message",
        "ההודעה נמחקה",
        "הודעה זו נמחקה",
        "ההודעה הזו נמחקה",
        "מחקת את ההודעה הזו",
        "מחקת את ההודעה הזאת",
        "מחקת הודעה זו",
        "missed voice call",
        "missed video call",
        "שיחה קולית שלא נענתה",
        "שיחת וידאו שלא נענתה",
        "waiting for this message. this may take a while",
        "null",  # Android writes it for a view-once photo
    }
)
_PLACEHOLDER_PATTERNS = (
    re.compile(r"^<[^<>\n]{2,40} omitted>$", re.IGNORECASE),  # <Video note omitted>
    # iOS without media; a document keeps its file name and page count before the notice.
    re.compile(
        r"^(?:[^\n]{0,200}\s)?(?:image|photo|video|audio|sticker|gif|document|contact card) omitted$",
        re.IGNORECASE,
    ),
    re.compile(r"^[^\n]{0,24}\sהושמט(?:ה)?$"),  # התמונה הושמטה, הסרטון הושמט
)
# A line naming an attached file: the whole body when the file had no caption.
_ATTACHMENT = re.compile(
    r"^(?:<(?:attached|מצורף): [^<>\n]+>|\S[^\n]{0,200}\.\w{2,5} \((?:file attached|קובץ מצורף)\))$",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"^(?:messages and calls are end-to-end encrypted|messages to this group are now secured"
    r"|your security code with |ההודעות והשיחות מוצפנות מקצה לקצה|הודעות ושיחות מוצפנות מקצה לקצה"
    r"|קוד האבטחה שלך עם )",
    re.IGNORECASE,
)
_GROUP_EVENT = re.compile(
    r"\bcreated (?:the )?(?:group|this group)\b|\badded\b|\bremoved\b|\bleft$|\bjoined using "
    r"|changed the subject|changed this group's|changed the group|changed their phone number"
    r"|יצר/ה (?:את )?(?:ה)?קבוצה|יצרת (?:את )?(?:ה)?קבוצה|הוסיף/ה |הוספת את |הסיר/ה |הסרת את "
    r"|יצא/ה|יצאת|הצטרף/ה|הצטרפת|שינה/תה |שינית את ",
    re.IGNORECASE,
)
_AM = frozenset({"am", 'לפנה"צ', "לפנה״צ"})


def looks_like_chat(text: str, *, lines: int = 50) -> bool:
    """True when one of the first ``lines`` non-empty lines of ``text`` starts a chat message."""
    seen = 0
    for raw in text.splitlines():
        line = strip_marks(raw).lstrip("\ufeff")
        if not line.strip():
            continue
        if _HEADER.match(line):
            return True
        seen += 1
        if seen >= lines:
            break
    return False


def zip_has_chat(path: Path) -> bool:
    """True when ``path`` is a zip holding a WhatsApp chat ``.txt`` (only its start is read)."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = _chat_member(archive)
            if member is None:
                return False
            with archive.open(member) as handle:
                head = handle.read(64 * 1024)
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, zlib.error, EOFError):
        return False
    return looks_like_chat(decode_bytes(head, "utf-8"))


def read_whatsapp(
    path: Path,
    *,
    owner: str | None = None,
    tz: str | tzinfo = DEFAULT_TZ,
    max_bytes: int = MAX_FILE_BYTES,
    max_chat_bytes: int = MAX_CHAT_BYTES,
) -> ImportResult:
    """Read a WhatsApp export: a ``.txt``, or the ``.zip`` holding one (media in it are ignored).

    The source of a zip's messages is ``"<zip name>/<txt name>"``; their line numbers are the
    lines of that txt. ImportFormatError when the file is too big, is a zip without a chat, or
    its chat inflates past ``max_chat_bytes``.
    """
    zone = resolve_tz(tz)
    if zipfile.is_zipfile(path):
        member, data = _read_zip_chat(path, max_bytes=max_bytes, max_chat_bytes=max_chat_bytes)
        source = f"{path.name}/{PurePosixPath(member).name}"
    else:
        data = read_bytes(path, max_bytes=max_bytes)
        source = path.name
    result = parse_chat(decode_bytes(data, "utf-8"), source=source, owner=owner, tz=zone)
    logger.info(
        "whatsapp: %d messages, %d problems, %d skipped",
        len(result.messages),
        len(result.problems),
        result.skipped,
    )
    return result


def _chat_member(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    """The chat in a WhatsApp zip: ``_chat.txt`` (iOS), else the one ``.txt`` named for WhatsApp."""
    texts = [
        info
        for info in archive.infolist()
        if not info.is_dir()
        and info.filename.lower().endswith(".txt")
        and not info.filename.startswith("__MACOSX/")
    ]
    for info in texts:
        if PurePosixPath(info.filename).name == "_chat.txt":
            return info
    named = [info for info in texts if "whatsapp" in info.filename.lower()]
    if named:
        return named[0]
    return texts[0] if len(texts) == 1 else None


def _read_zip_chat(path: Path, *, max_bytes: int, max_chat_bytes: int) -> tuple[str, bytes]:
    """The chat member's name and bytes, inflated no further than ``max_chat_bytes``."""
    check_size(path, max_bytes=max_bytes)
    try:
        with zipfile.ZipFile(path) as archive:
            member = _chat_member(archive)
            if member is None:
                raise ImportFormatError(f"{path.name} holds no WhatsApp chat (.txt)")
            too_big = ImportFormatError(
                f"the chat in {path.name} is over {max_chat_bytes / 1_048_576:.1f} MB "
                "unpacked; it is not imported"
            )
            if member.file_size > max_chat_bytes:
                raise too_big
            # The size in the zip's directory can lie; the read itself is bounded too.
            with archive.open(member) as handle:
                data = handle.read(max_chat_bytes + 1)
            if len(data) > max_chat_bytes:
                raise too_big
            return member.filename, data
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ImportFormatError(f"{path.name} is a damaged zip: {exc}") from exc
    except RuntimeError as exc:  # an encrypted member
        raise ImportFormatError(f"{path.name} cannot be opened: {exc}") from exc
    except NotImplementedError as exc:
        raise ImportFormatError(f"{path.name} uses an unsupported compression: {exc}") from exc
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path.name}: {exc.strerror or exc}") from exc


@dataclass(slots=True)
class _Pending:
    """A message whose continuation lines may still follow."""

    line: int
    sent_at: datetime
    sender: Sender
    marked: bool
    lines: list[str] = field(default_factory=list)


def parse_chat(
    text: str,
    *,
    source: str,
    owner: str | None = None,
    tz: str | tzinfo = DEFAULT_TZ,
) -> ImportResult:
    """Read the text of a WhatsApp export (see the module's docstring for what is read how)."""
    zone = resolve_tz(tz)
    lines = re.split(r"\r\n|\n|\r", text.removeprefix("\ufeff"))
    cleaned = [strip_marks(line).lstrip("\ufeff") for line in lines]
    heads = [_HEADER.match(line) for line in cleaned]
    day_first = _is_day_first([head for head in heads if head is not None])

    out = ResultBuilder()
    pending: _Pending | None = None
    # After the first timestamp, a line with no message to continue belongs to a skipped notice
    # or a broken message and goes with it; before it, the text is reported once.
    started = False
    for number, (raw, line, head) in enumerate(zip(lines, cleaned, heads, strict=True), 1):
        if head is None:
            if pending is not None:
                pending.lines.append(line)
            elif not started and line.strip():
                out.problem(source=source, line=number, reason="text before the first message")
                started = True
            continue
        if pending is not None:
            _finish(pending, out, source=source, owner=owner)
            pending = None
        started = True
        sent_at = _timestamp(head, day_first=day_first, zone=zone)
        if sent_at is None:
            stamp = line[head.start("a") : max(head.end("m"), head.end("s"), head.end("ampm"))]
            out.problem(source=source, line=number, reason=f"impossible date or time: {stamp}")
            continue
        rest = head["rest"]
        name, sep, body = rest.partition(": ")
        name = name.strip().lstrip("~").strip(" \t\u202f\xa0")
        if (
            not sep
            or not name
            or len(name) > _NAME_MAX
            or _GROUP_EVENT.search(name)
            or _NOTICE.match(name.casefold())
        ):
            out.skip()  # a group event or notice: no "Name:" part
            continue
        sender = Sender(phone=name) if looks_like_phone(name) else Sender(name=name)
        marked = _MARKED_TEXT.search(raw, 0, 400) is not None
        pending = _Pending(number, sent_at, sender, marked, [body])
    if pending is not None:
        _finish(pending, out, source=source, owner=owner)
    return out.result()


def _finish(pending: _Pending, out: ResultBuilder, *, source: str, owner: str | None) -> None:
    """Keep a complete message, or count it as skipped when it is a notice or a placeholder."""
    lines = [line.rstrip() for line in pending.lines]
    if len(lines) > 1 and _ATTACHMENT.match(lines[0].strip()):
        lines = lines[1:]  # the file is not imported; its caption is the message
    body = _EDITED.sub("", "\n".join(lines)).strip()
    if not body or _is_system_text(body, marked=pending.marked):
        out.skip()
        return
    direction = Direction.OUT if is_owner(pending.sender, owner) else Direction.IN
    message = Message(
        subject="",
        body=body,
        sender=pending.sender,
        sent_at=pending.sent_at,
        channel=Channel.WHATSAPP,
        direction=direction,
        source="chat",
    )
    out.add(message, source=source, line=pending.line)


def _is_system_text(body: str, *, marked: bool) -> bool:
    """True for a notice WhatsApp wrote under a name rather than a message someone typed."""
    plain = body.casefold().rstrip(".")
    if plain in _PLACEHOLDERS or _NOTICE.match(plain) or _ATTACHMENT.match(body):
        return True
    if any(pattern.match(body) for pattern in _PLACEHOLDER_PATTERNS):
        return True
    # Event words are common in real messages ("I added the logo"): trust them only when iOS
    # marked the text as its own.
    return marked and "\n" not in body and _GROUP_EVENT.search(body) is not None


def _is_day_first(heads: list[re.Match[str]]) -> bool:
    """Whether this file writes day/month (True) or month/day, judged from all its dates."""
    day_votes = month_votes = 0
    english_ampm = False
    for head in heads:
        if len(head["a"]) == 4:  # year first: the order is fixed
            continue
        first, second = int(head["a"]), int(head["b"])
        day_votes += 12 < first <= 31
        month_votes += 12 < second <= 31
        english_ampm = english_ampm or bool(head["ampm"] and head["ampm"][0] in "AaPp")
    if day_votes or month_votes:
        return day_votes >= month_votes
    return not english_ampm


def _timestamp(head: re.Match[str], *, day_first: bool, zone: tzinfo) -> datetime | None:
    """The header's date and time in ``zone``, or None when no such date or time exists."""
    a, b, c = head["a"], head["b"], head["c"]
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        if len(c) not in (2, 4):
            return None
        year = int(c) + (2000 if len(c) == 2 else 0)
        day, month = (int(a), int(b)) if day_first else (int(b), int(a))
    hour, minute, second = int(head["h"]), int(head["m"]), int(head["s"] or 0)
    marker = head["ampm"]
    if marker:
        if not 1 <= hour <= 12:
            return None
        is_am = marker.replace(".", "").replace(" ", "").casefold() in _AM
        hour = hour % 12 + (0 if is_am else 12)
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
