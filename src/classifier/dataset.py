"""Reading labeled CSV files, validating every row before anything is trained on them.

The format is the labeling guide's: UTF-8 (BOM allowed), a header, ``text`` and ``label``
required; ``subject``, ``id``, ``language``, ``topic`` used where present; other columns kept.
Every problem is collected and reported with its file and line number, so a person fixes the
whole file in one pass; nothing is returned from a file with problems.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from classifier import LABELS, LANGUAGES, TOPICS

REQUIRED_COLUMNS = ("text", "label")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, at a line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class DataValidationError(ValueError):
    """One or more input rows are invalid; ``problems`` lists every one."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        shown = "\n".join(str(p) for p in self.problems[:50])
        more = f"\n... and {len(self.problems) - 50} more" if len(self.problems) > 50 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the input:\n{shown}{more}")


def _decode(data: bytes, name: str, problems: list[Problem]) -> str:
    """Decode UTF-8 strictly line by line, reporting each line with bytes that are not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(
                    name,
                    number,
                    f"bytes that are not UTF-8 at column {exc.start + 1} (save the file as UTF-8)",
                )
            )
    return data.decode("utf-8", errors="replace")


def _records(text: str, name: str, problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, fields) per record; report broken quoting and stop there."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append(
                Problem(name, start, f"broken CSV quoting: {exc}; nothing after this line was read")
            )
            return
        yield start, fields


def _key(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


# ----- spreadsheet safety -----------------------------------------------------------------------
_FORMULA_START = ("=", "+", "-", "@")
# What a spreadsheet skips before it looks for a formula: white space, line breaks, and the
# invisible marks (zero-width, bidi) that Hebrew text carries.
_SKIPPED_BEFORE_FORMULA = " \t\r\n\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def _is_formula(value: str) -> bool:
    head = unicodedata.normalize("NFKC", value.lstrip(_SKIPPED_BEFORE_FORMULA)[:1])
    return value[:1] in ("\t", "\r", "\n") or head.startswith(_FORMULA_START)


def _needs_escape(value: str) -> bool:
    """A formula, or a cell that already looks escaped ("'" then something that needs escaping)."""
    return _is_formula(value) or (value.startswith("'") and _needs_escape(value[1:]))


def neutralise_formula(value: str) -> str:
    """Prefix with ``'`` a cell a spreadsheet would run as a formula (CSV injection).

    Also caught: a formula behind white space, a line break or an invisible mark, and the
    full-width ``＝`` that spreadsheets read as ``=``. A cell that already starts with ``'``
    before such a formula is prefixed too, so :func:`restore_formula` is its exact inverse.
    """
    return f"'{value}" if _needs_escape(value) else value


def restore_formula(value: str) -> str:
    """The text :func:`neutralise_formula` was given: training reads the client's words."""
    return value[1:] if value.startswith("'") and _needs_escape(value[1:]) else value


def read_labeled_csv(
    path: Path,
    *,
    require_label: bool = True,
    seen: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Read and validate one CSV; raise :class:`DataValidationError` listing every problem.

    ``seen`` maps already-read texts to their "file:line", so duplicates across several files are
    caught too. Returned frames carry ``source_file`` and ``source_line`` for later reporting.
    """
    name = str(path)
    problems: list[Problem] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataValidationError(
            [Problem(name, 0, f"cannot read the file: {exc.strerror or exc}")]
        ) from exc
    text = _decode(data, name, problems)
    records = _records(text, name, problems)
    first = next(records, None)
    if first is None:
        raise DataValidationError(
            [*problems, Problem(name, 1, "the file is empty (a header row is required)")]
        )
    _, header = first
    header = [h.strip() for h in header]
    required = REQUIRED_COLUMNS if require_label else ("text",)
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(
            Problem(
                name,
                1,
                f"missing column(s) {', '.join(missing)}; the header has: {', '.join(header)}",
            )
        )
        raise DataValidationError(problems)
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        problems.append(Problem(name, 1, f"repeated column name(s): {', '.join(dupes)}"))
        raise DataValidationError(problems)

    seen = {} if seen is None else seen
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    for line, fields in records:
        if not any(f.strip() for f in fields):
            continue  # a blank line between rows is harmless
        if len(fields) != len(header):
            problems.append(
                Problem(name, line, f"expected {len(header)} fields, found {len(fields)}")
            )
            continue
        row = dict(zip(header, fields, strict=True))
        for column in ("text", "subject"):
            if column in row:
                row[column] = restore_formula(row[column])
        body = row["text"]
        if not body.strip():
            problems.append(Problem(name, line, "empty text"))
        elif "\ufffd" in body:
            problems.append(Problem(name, line, "text contains undecodable bytes"))
        if require_label or row.get("label", "").strip():
            label = row.get("label", "").strip()
            if label not in LABELS:
                problems.append(
                    Problem(name, line, f"unknown label {label!r} (allowed: {', '.join(LABELS)})")
                )
            row["label"] = label
        for column, allowed in (("language", LANGUAGES[:3]), ("topic", TOPICS)):
            value = row.get(column, "").strip()
            if value and value not in allowed:
                problems.append(
                    Problem(
                        name, line, f"unknown {column} {value!r} (allowed: {', '.join(allowed)})"
                    )
                )
        if body.strip():
            key = _key(body)
            if key in seen:
                problems.append(Problem(name, line, f"duplicate text (same as {seen[key]})"))
            else:
                seen[key] = f"{name}:{line}"
        rows.append(row)
        lines.append(line)
    if problems:
        raise DataValidationError(problems)
    if not rows:
        raise DataValidationError([Problem(name, 2, "no data rows after the header")])
    frame = pd.DataFrame(rows, columns=header)
    frame["source_file"] = name
    frame["source_line"] = lines
    return frame


def read_labeled_csvs(paths: Sequence[Path], *, require_label: bool = True) -> pd.DataFrame:
    """Read several CSVs as one frame; problems from every file are reported together."""
    problems: list[Problem] = []
    frames: list[pd.DataFrame] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            frames.append(read_labeled_csv(path, require_label=require_label, seen=seen))
        except DataValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataValidationError(problems)
    frame = pd.concat(frames, ignore_index=True)
    for column in ("subject", "id", "language", "topic"):
        if column not in frame.columns:
            frame[column] = ""
    return frame.fillna("")
