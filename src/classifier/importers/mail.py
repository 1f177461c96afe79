"""Mailboxes: one ``.eml`` file, a folder of them, and ``mbox`` files (as Thunderbird, Gmail's
Takeout and ``mutt`` write them).

Each message is parsed by :func:`classifier.reading.read_eml`; it comes out with channel e-mail
and direction ``out`` when ``owner`` matches its sender's address or display name.

A message that cannot be read, or that has no (readable) ``Date`` header, is not imported and is
reported as an :class:`ImportProblem`: client history orders messages by time, and a message
without one cannot be placed. Where a problem is: for an mbox, the 1-based line of the message's
``From `` separator; for a folder, the file (its path inside the folder) with no line.
"""

from __future__ import annotations

import dataclasses
import logging
import mailbox
from pathlib import Path

from classifier.importers.common import (
    MAX_FILE_BYTES,
    ImportFormatError,
    ImportResult,
    ResultBuilder,
    check_size,
    is_owner,
    read_bytes,
)
from classifier.message import Channel, Direction
from classifier.reading import read_eml

logger = logging.getLogger(__name__)


def read_eml_file(
    path: Path, *, owner: str | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ImportResult:
    """Read one ``.eml`` file (a raw RFC 822 message)."""
    out = ResultBuilder()
    _add(out, read_bytes(path, max_bytes=max_bytes), source=path.name, line=None, owner=owner)
    return _logged(out.result(), "eml")


def read_eml_folder(
    path: Path, *, owner: str | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ImportResult:
    """Read every ``.eml`` file under ``path`` (recursively), in the order of their paths.

    ``max_bytes`` caps the folder's ``.eml`` files together. Each message's source is its path
    inside the folder, so two ``a.eml`` in different subfolders stay apart. Symbolic links are
    not followed: a folder cannot pull in files from elsewhere.
    """
    files = sorted(
        (
            file
            for file in path.rglob("*")
            if file.suffix.lower() == ".eml" and file.is_file() and not file.is_symlink()
        ),
        key=lambda file: file.relative_to(path).as_posix(),
    )
    if not files:
        raise ImportFormatError(f"the folder {path.name} holds no .eml files")
    total = sum(check_size(file, max_bytes=max_bytes) for file in files)
    if total > max_bytes:
        raise ImportFormatError(
            f"the .eml files in {path.name} come to {total / 1_048_576:.1f} MB; over "
            f"{max_bytes / 1_048_576:.1f} MB is not imported at once"
        )
    out = ResultBuilder()
    for file in files:
        data = read_bytes(file, max_bytes=max_bytes)
        _add(out, data, source=file.relative_to(path).as_posix(), line=None, owner=owner)
    return _logged(out.result(), "eml folder")


def read_mbox(
    path: Path, *, owner: str | None = None, max_bytes: int = MAX_FILE_BYTES
) -> ImportResult:
    """Read an mbox file, whatever its name ends with.

    Every line that starts with ``From `` begins a message, as in :class:`mailbox.mbox`.
    """
    check_size(path, max_bytes=max_bytes)
    try:
        starts = _separator_lines(path)
        box = mailbox.mbox(path, create=False)
    except (OSError, mailbox.Error) as exc:
        raise ImportFormatError(f"cannot read {path.name} as an mbox: {exc}") from exc
    out = ResultBuilder()
    try:
        keys = box.keys()
        # Our count of "From " lines follows mailbox's own rule; were they ever to differ, no
        # line is better than a wrong one.
        lines: list[int | None] = list(starts) if len(starts) == len(keys) else [None] * len(keys)
        for key, line in zip(keys, lines, strict=True):
            _add(out, box.get_bytes(key), source=path.name, line=line, owner=owner)
    except (OSError, mailbox.Error) as exc:
        raise ImportFormatError(f"cannot read {path.name} as an mbox: {exc}") from exc
    finally:
        box.close()
    return _logged(out.result(), "mbox")


def _separator_lines(path: Path) -> list[int]:
    """The 1-based numbers of the lines that start a message in an mbox."""
    found = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith(b"From "):
                found.append(number)
    return found


def _add(
    out: ResultBuilder, data: bytes, *, source: str, line: int | None, owner: str | None
) -> None:
    """Read one raw message into ``out``: a message, or a problem saying why not."""
    try:
        message = read_eml(data)
    except ValueError as exc:  # EmailReadError, or a codec error deep in a header
        out.problem(source=source, line=line, reason=f"unreadable e-mail: {exc}")
        return
    if message.sent_at is None:
        out.problem(source=source, line=line, reason="no Date header: the message has no time")
        return
    direction = Direction.OUT if is_owner(message.sender, owner) else Direction.IN
    message = dataclasses.replace(message, channel=Channel.EMAIL, direction=direction)
    out.add(message, source=source, line=line)


def _logged(result: ImportResult, kind: str) -> ImportResult:
    """``result``, its counts logged (never its contents)."""
    logger.info("%s: %d messages, %d problems", kind, len(result.messages), len(result.problems))
    return result
