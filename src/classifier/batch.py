"""Classifying a CSV file of messages: streamed in chunks, on this machine or on a Dask cluster.

``predict_csv`` copies every row of the input and adds ``predicted_label``, ``confidence``,
``uncertain``, ``detected_language``, ``predicted_topic``, a ``proba_<label>`` column per label,
the ``handling_note`` and the first ``suggested_reply``: what the API answers, in a spreadsheet. The input may be
UTF-8 or windows-1255 (what Hebrew Excel saves); with ``excel=True`` the output starts with a
UTF-8 byte-order mark, so Excel shows its Hebrew. It reads and writes one chunk at a time, so files of any size
fit in memory, and writes to a temporary file renamed into place only when complete. Where the
chunks are scored is the engine's business: ``local_engine`` scores them here, one after another;
``dask_engine`` sends them to the workers of a Dask cluster (a scheduler address, or a local
cluster of N processes), a few at a time, and hands the results back in input order, so both
write the same file.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier.dataset import DataValidationError, Problem
from classifier.prediction import ClientClassifier
from classifier.reading import read_text
from classifier.respond import Response, respond_many
from classifier.settings import Settings


@dataclass(frozen=True, slots=True)
class Chunk:
    """Rows of the input (line number and fields) and what is needed to read them."""

    rows: list[tuple[int, list[str]]]
    width: int
    text_col: int
    subject_col: int | None
    source: str


@dataclass(frozen=True, slots=True)
class ScoredChunk:
    """The output rows of a chunk and the lines whose text was empty."""

    rows: list[list[str]]
    skipped: list[int]


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What :func:`predict_csv` did."""

    rows: int
    predicted: int
    skipped_lines: list[int]
    encoding: str = "utf-8-sig"  # how the input was read


Engine = Callable[[Iterable[Chunk]], Iterator[ScoredChunk]]

REPLIES_PER_ROW = 1
"""Replies composed for each row: its output holds the first reply only, which is the same
whatever the count, so composing the service's other two was a sixth of the batch's time."""


def score_chunk(chunk: Chunk, model: ClientClassifier, settings: Settings) -> ScoredChunk:
    """Predict the rows of one chunk; rows with an empty text get empty prediction columns."""
    for line, fields in chunk.rows:
        if len(fields) != chunk.width:
            raise DataValidationError(
                [Problem(chunk.source, line, f"expected {chunk.width} fields, found {len(fields)}")]
            )
    messages = []
    keep: list[int] = []
    skipped: list[int] = []
    for k, (line, fields) in enumerate(chunk.rows):
        if not fields[chunk.text_col].strip():
            skipped.append(line)
            continue
        subject = fields[chunk.subject_col] if chunk.subject_col is not None else ""
        messages.append(read_text(fields[chunk.text_col], subject=subject))
        keep.append(k)
    first_only = settings.model_copy(update={"replies_count": REPLIES_PER_ROW})
    responses = respond_many(messages, model=model, settings=first_only, explain=False)
    by_row = dict(zip(keep, responses, strict=True))
    empty = [""] * (len(output_columns(model)))
    out: list[list[str]] = []
    for k, (_, fields) in enumerate(chunk.rows):
        response = by_row.get(k)
        out.append([*fields, *(_columns(response) if response is not None else empty)])
    return ScoredChunk(rows=out, skipped=skipped)


def output_columns(model: ClientClassifier) -> list[str]:
    """The columns :func:`predict_csv` adds to each row."""
    return [
        "predicted_label",
        "confidence",
        "uncertain",
        "detected_language",
        "predicted_topic",
        *[f"proba_{label}" for label in model.labels],
        "handling_note",
        "suggested_reply",
    ]


def _columns(response: Response) -> list[str]:
    prediction, advice = response.prediction, response.advice
    return [
        prediction.label,
        f"{prediction.confidence:.6f}",
        "yes" if prediction.uncertain else "no",
        prediction.language,
        prediction.topic or "",
        *[f"{prediction.probabilities[label]:.6f}" for label in prediction.probabilities],
        advice.note,
        advice.suggestions[0].text if advice.suggestions else "",
    ]


def local_engine(model: ClientClassifier, settings: Settings) -> Engine:
    """Score the chunks here, one after another."""

    def run(chunks: Iterable[Chunk]) -> Iterator[ScoredChunk]:
        for chunk in chunks:
            yield score_chunk(chunk, model, settings)

    return run


# A Dask worker loads each model version once and keeps it for the chunks that follow.
_worker_models: dict[tuple[str, str], ClientClassifier] = {}


def _score_on_worker(chunk: Chunk, models_dir: str, version: str) -> ScoredChunk:
    from classifier.prediction import load_model
    from classifier.settings import get_settings

    key = (models_dir, version)
    settings = get_settings().model_copy(update={"models_dir": Path(models_dir)})
    model = _worker_models.get(key)
    if model is None:
        model = load_model(settings, version)
        _worker_models.clear()
        _worker_models[key] = model
    return score_chunk(chunk, model, settings)


@contextmanager
def dask_engine(
    *, model: ClientClassifier, scheduler: str | None = None, workers: int = 2
) -> Iterator[Engine]:
    """Score chunks on a Dask cluster: the one at ``scheduler``, or ``workers`` local processes.

    Each worker loads the model version from the same models directory (shared by the workers,
    as on one machine or a network file system), with its own CLIENT_CLASSIFIER_* settings. At most two chunks per worker are in flight, so the
    input streams through without piling up in memory.
    """
    from dask.distributed import Client, LocalCluster  # the optional extra [cluster]

    cluster = (
        None
        if scheduler
        else LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    )
    client = Client(scheduler or cluster)  # type: ignore[no-untyped-call]
    models_dir = str(model.loaded.path.parent.resolve())
    in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)

    def run(chunks: Iterable[Chunk]) -> Iterator[ScoredChunk]:
        window: deque[Any] = deque()
        for chunk in chunks:
            window.append(
                client.submit(_score_on_worker, chunk, models_dir, model.version, pure=False)
            )
            if len(window) >= in_flight:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    try:
        yield run
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def _chunks(reader: Any, header: list[str], source: str, size: int) -> Iterator[Chunk]:
    text_col = header.index("text")
    subject_col = header.index("subject") if "subject" in header else None
    while True:
        rows: list[tuple[int, list[str]]] = []
        try:
            for _ in range(size):
                start = reader.line_num + 1
                rows.append((start, next(reader)))
        except StopIteration:
            pass
        except csv.Error as exc:
            raise DataValidationError(
                [Problem(source, reader.line_num, f"broken CSV quoting: {exc}")]
            ) from exc
        if not rows:
            return
        yield Chunk(rows, len(header), text_col, subject_col, source)


def predict_csv(
    input_path: Path,
    output_path: Path,
    *,
    model: ClientClassifier,
    settings: Settings,
    chunk_size: int = 1000,
    on_chunk: Callable[[int], None] | None = None,
    engine: Engine | None = None,
    excel: bool = False,
) -> BatchSummary:
    """Copy every row of ``input_path`` to ``output_path`` adding the predictions, in chunks.

    Rows with an empty text are copied with empty prediction columns and their line numbers
    returned. ``engine`` scores the chunks (default: :func:`local_engine`). ``excel`` starts the
    output with a byte-order mark. The input's encoding is found by :func:`sniff_encoding`.
    """
    added = output_columns(model)
    encoding = sniff_encoding(input_path)
    skipped: list[int] = []
    rows = 0
    source = str(input_path)
    output_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output_path.name}.", dir=output_path.parent)
    try:
        with (
            input_path.open(encoding=encoding, newline="") as src,
            os.fdopen(fd, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as dst,
        ):
            reader = csv.reader(src, strict=True)
            try:
                header = next(reader)
            except StopIteration:
                raise DataValidationError([Problem(source, 1, "the file is empty")]) from None
            if "text" not in header:
                raise DataValidationError(
                    [
                        Problem(
                            source, 1, f"missing column text; the header has: {', '.join(header)}"
                        )
                    ]
                )
            clash = [c for c in added if c in header]
            if clash:
                raise DataValidationError(
                    [
                        Problem(
                            source, 1, f"the input already has output column(s) {', '.join(clash)}"
                        )
                    ]
                )
            writer = csv.writer(dst)
            writer.writerow([*header, *added])
            score = engine or local_engine(model, settings)
            for scored in score(_chunks(reader, header, source, chunk_size)):
                writer.writerows(scored.rows)
                skipped.extend(scored.skipped)
                rows += len(scored.rows)
                if on_chunk is not None:
                    on_chunk(rows)
            dst.flush()
            os.fsync(dst.fileno())
        Path(tmp_name).replace(output_path)
    except UnicodeDecodeError as exc:
        # Text is decoded a block ahead of the rows, so the reader cannot say where: the file
        # is read once more, only now, to name the line.
        Path(tmp_name).unlink(missing_ok=True)
        line = first_undecodable_line(input_path, encoding) or 1
        raise DataValidationError(
            [
                Problem(
                    source,
                    line,
                    "bytes that are neither UTF-8 nor windows-1255 (save the file as UTF-8)",
                )
            ]
        ) from exc
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return BatchSummary(
        rows=rows, predicted=rows - len(skipped), skipped_lines=skipped, encoding=encoding
    )


_SNIFF_BYTES = 1 << 20
_HEBREW_CP1255 = re.compile(rb"[\xe0-\xfa]")


def first_undecodable_line(path: Path, encoding: str) -> int | None:
    """The first line (1-based) that ``encoding`` cannot decode, read line by line; None if all can."""
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                raw.decode(codec)
            except UnicodeDecodeError:
                return number
    return None


def sniff_encoding(path: Path) -> str:
    """``utf-8-sig`` for UTF-8 (with or without a BOM), ``cp1255`` for Hebrew windows-1255.

    Read from the first megabyte: UTF-8 when it decodes as UTF-8 (a character cut at the end of
    the sample is allowed); windows-1255 when it does not, but decodes as windows-1255 and holds
    Hebrew letters in that code page. Anything else is read as UTF-8, and the first line that is
    not is reported with its number.
    """
    with path.open("rb") as fh:
        sample = fh.read(_SNIFF_BYTES)
    try:
        sample.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and len(sample) == _SNIFF_BYTES:
            return "utf-8-sig"  # a character cut by the sample's end
    try:
        sample.decode("cp1255")
    except UnicodeDecodeError:
        return "utf-8-sig"
    return "cp1255" if _HEBREW_CP1255.search(sample) else "utf-8-sig"
