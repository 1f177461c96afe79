"""Messages kept in a spreadsheet and saved as CSV.

The first row names the columns (case does not matter; Hebrew names work too):

=============  =================================  ==========================================
column         also called                        value
=============  =================================  ==========================================
``sender``     ``from``, שולח, מאת                a name, an e-mail address or a phone number
``time``       ``date``, זמן, תאריך               ISO 8601, or ``dd/mm/yyyy hh:mm`` (day first)
``text``       ``body``, טקסט, הודעה, תוכן        the message
``subject``    נושא                               optional
``channel``    ערוץ                               optional: email, whatsapp, sms, chat, other
``direction``  כיוון                              optional: in / out (נכנס / יוצא)
``phone``      טלפון                              optional
``email``      ``e-mail``, אימייל, מייל           optional
=============  =================================  ==========================================

When the table has both a ``date`` and a ``time`` column, they are read together as one time.
Without a direction, a row is ``out`` when its sender is ``owner``; without a channel, it is
``channel`` (``other`` unless told). Times without a zone get the zone ``tz``.

The file may be UTF-8 (with or without a BOM) or windows-1255, as Hebrew Excel saves it; the
separator is a comma, a semicolon or a tab, whichever the header uses. A row that cannot be read
(a required value missing, a time that cannot be read, an unknown direction or channel, more
values than columns) is reported with the line it starts on (the header is line 1) and the rest
is imported.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from datetime import datetime, tzinfo
from pathlib import Path

from classifier.importers.common import (
    DEFAULT_TZ,
    MAX_FILE_BYTES,
    ImportFormatError,
    ImportResult,
    ResultBuilder,
    is_owner,
    looks_like_phone,
    normalize_name,
    read_bytes,
    resolve_tz,
)
from classifier.message import Channel, Direction, Message, Sender

logger = logging.getLogger(__name__)

_COLUMNS = {
    "sender": ("sender", "from", "שולח", "מאת"),
    "date": ("date", "תאריך"),
    "time": ("time", "זמן", "שעה"),
    "text": ("text", "body", "טקסט", "הודעה", "תוכן"),
    "subject": ("subject", "נושא"),
    "channel": ("channel", "ערוץ"),
    "direction": ("direction", "כיוון"),
    "phone": ("phone", "טלפון"),
    "email": ("email", "e-mail", "אימייל", "מייל"),
}
_ALIASES = {alias: column for column, aliases in _COLUMNS.items() for alias in aliases}
_DIRECTIONS = {
    "in": Direction.IN,
    "out": Direction.OUT,
    "נכנס": Direction.IN,
    "נכנסת": Direction.IN,
    "יוצא": Direction.OUT,
    "יוצאת": Direction.OUT,
}
_CHANNELS = {
    **{channel.value: channel for channel in Channel},
    "e-mail": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "מייל": Channel.EMAIL,
    "וואטסאפ": Channel.WHATSAPP,
    "ווטסאפ": Channel.WHATSAPP,
}
_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def header_columns(line: str) -> set[str]:
    """The known columns a CSV header line names (for telling a CSV from other text)."""
    delimiter = _delimiter(line)
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return {_ALIASES[name] for name in map(normalize_name, cells) if name in _ALIASES}


def is_message_table(line: str) -> bool:
    """True when ``line`` is a header with the columns this reader needs."""
    columns = header_columns(line)
    return {"sender", "text"} <= columns and bool({"time", "date"} & columns)


def read_csv(
    path: Path,
    *,
    owner: str | None = None,
    tz: str | tzinfo = DEFAULT_TZ,
    channel: Channel = Channel.OTHER,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportResult:
    """Read a CSV file of messages (see the module's docstring for its columns)."""
    data = read_bytes(path, max_bytes=max_bytes)
    result = parse_csv(data, source=path.name, owner=owner, tz=tz, channel=channel)
    logger.info("csv: %d messages, %d problems", len(result.messages), len(result.problems))
    return result


def decode_table(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (a BOM is dropped), else windows-1255."""
    for codec in ("utf-8-sig", "cp1255"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise ImportFormatError("the file is neither UTF-8 nor windows-1255 text")


def parse_csv(
    data: bytes,
    *,
    source: str,
    owner: str | None = None,
    tz: str | tzinfo = DEFAULT_TZ,
    channel: Channel = Channel.OTHER,
) -> ImportResult:
    """Read the bytes of a CSV file of messages; ImportFormatError when its header is unfit."""
    zone = resolve_tz(tz)
    text = decode_table(data)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFormatError(f"{source} is empty") from None
    except csv.Error as exc:
        raise ImportFormatError(f"{source}: the header cannot be read: {exc}") from exc
    columns = _column_positions(header, source=source)

    out = ResultBuilder()
    end = reader.line_num
    while True:
        start = end + 1  # a quoted value can span lines: a row starts after the last one ended
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.problem(source=source, line=start, reason=f"the row cannot be read: {exc}")
            break  # the csv module cannot resynchronise after a broken quote
        finally:
            end = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            reason = f"{len(row)} values but {len(header)} columns (a separator inside a value?)"
            out.problem(source=source, line=start, reason=reason)
            continue
        try:
            message = _message(row, columns, owner=owner, zone=zone, channel=channel)
        except _RowError as exc:
            out.problem(source=source, line=start, reason=str(exc))
            continue
        out.add(message, source=source, line=start)
    return out.result()


class _RowError(ValueError):
    """A row that cannot become a message."""


def _delimiter(line: str) -> str:
    """The separator the header line uses: comma, semicolon or tab (comma on a tie)."""
    counts = {sep: line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > counts[","] else ","


def _column_positions(header: list[str], *, source: str) -> dict[str, int]:
    """Where each known column is; ImportFormatError when a required one is missing."""
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        column = _ALIASES.get(normalize_name(cell.lstrip("\ufeff")))
        if column is not None and column not in positions:
            positions[column] = index
    missing = [
        name
        for name, present in (
            ("sender (or from)", "sender" in positions),
            ("time (or date)", "time" in positions or "date" in positions),
            ("text (or body)", "text" in positions),
        )
        if not present
    ]
    if missing:
        raise ImportFormatError(f"{source}: the header has no column {', '.join(missing)}")
    return positions


def _message(
    row: list[str], columns: dict[str, int], *, owner: str | None, zone: tzinfo, channel: Channel
) -> Message:
    """The message a row holds; _RowError saying what is wrong with it."""

    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    who, body = cell("sender"), cell("text")
    when = " ".join(part for part in (cell("date"), cell("time")) if part)
    for value, column in ((who, "sender"), (when, "time"), (body, "text")):
        if not value:
            raise _RowError(f"no {column}")
    sent_at = _parse_time(when, zone)
    if sent_at is None:
        raise _RowError(f"cannot read the time {when!r} (use ISO 8601 or dd/mm/yyyy hh:mm)")
    address, phone = cell("email") or None, cell("phone") or None
    name: str | None = who
    if _ADDRESS.match(who):
        address, name = address or who, None
    elif looks_like_phone(who):
        phone, name = phone or who, None
    sender = Sender(name=name, address=address, phone=phone)

    raw_direction = cell("direction").casefold()
    if raw_direction:
        if raw_direction not in _DIRECTIONS:
            raise _RowError(f"unknown direction {cell('direction')!r} (in or out)")
        direction = _DIRECTIONS[raw_direction]
    else:
        direction = Direction.OUT if is_owner(sender, owner) else Direction.IN
    raw_channel = cell("channel").casefold()
    if raw_channel and raw_channel not in _CHANNELS:
        known = ", ".join(member.value for member in Channel)
        raise _RowError(f"unknown channel {cell('channel')!r} ({known})")
    return Message(
        subject=cell("subject"),
        body=body,
        sender=sender,
        sent_at=sent_at,
        channel=_CHANNELS[raw_channel] if raw_channel else channel,
        direction=direction,
        source="csv",
    )


def _parse_time(value: str, zone: tzinfo) -> datetime | None:
    """An ISO 8601 or day-first ``dd/mm/yyyy[ hh:mm[:ss]]`` time, aware; None when neither."""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        match = _DAY_FIRST.match(value)
        if match is None:
            return None
        day, month, year, hour, minute, second = match.groups()
        try:
            when = datetime(
                int(year) + (2000 if len(year) == 2 else 0),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
            )
        except ValueError:
            return None
    return when if when.tzinfo is not None else when.replace(tzinfo=zone)
