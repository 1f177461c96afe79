"""Classifying a CSV file of messages: streamed in chunks, on this machine or on a Dask cluster.

``predict_csv`` copies every row of the input and adds ``predicted_label``, ``confidence`` and a
``proba_<label>`` column per label. It reads and writes one chunk at a time, so files of any size
fit in memory, and writes to a temporary file renamed into place only when complete. Where the
chunks are scored is the engine's business: ``local_engine`` scores them here, one after another;
``dask_engine`` sends them to the workers of a Dask cluster (a scheduler address, or a local
cluster of N processes), a few at a time, and hands the results back in input order, so both
write the same file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifier.dataset import DataValidationError, Problem
from classifier.prediction import ClientClassifier
from classifier.preprocessing import prepare
from classifier.reading import read_text


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


Engine = Callable[[Iterable[Chunk]], Iterator[ScoredChunk]]


def score_chunk(chunk: Chunk, model: ClientClassifier) -> ScoredChunk:
    """Predict the rows of one chunk; rows with an empty text get empty prediction columns."""
    for line, fields in chunk.rows:
        if len(fields) != chunk.width:
            raise DataValidationError(
                [Problem(chunk.source, line, f"expected {chunk.width} fields, found {len(fields)}")]
            )
    texts: list[str] = []
    keep: list[int] = []
    skipped: list[int] = []
    for k, (line, fields) in enumerate(chunk.rows):
        if not fields[chunk.text_col].strip():
            skipped.append(line)
            continue
        subject = fields[chunk.subject_col] if chunk.subject_col is not None else ""
        texts.append(prepare(read_text(fields[chunk.text_col], subject=subject)).model_text)
        keep.append(k)
    proba = model.predict_proba(texts) if texts else np.zeros((0, len(model.labels)))
    by_row = dict(zip(keep, proba, strict=True))
    out: list[list[str]] = []
    for k, (_, fields) in enumerate(chunk.rows):
        row = by_row.get(k)
        if row is None:
            out.append([*fields, "", "", *([""] * len(model.labels))])
            continue
        best = int(np.argmax(row))
        out.append([*fields, model.labels[best], f"{row[best]:.6f}", *[f"{p:.6f}" for p in row]])
    return ScoredChunk(rows=out, skipped=skipped)


def local_engine(model: ClientClassifier) -> Engine:
    """Score the chunks here, one after another."""

    def run(chunks: Iterable[Chunk]) -> Iterator[ScoredChunk]:
        for chunk in chunks:
            yield score_chunk(chunk, model)

    return run


# A Dask worker loads each model version once and keeps it for the chunks that follow.
_worker_models: dict[tuple[str, str], ClientClassifier] = {}


def _score_on_worker(chunk: Chunk, models_dir: str, version: str) -> ScoredChunk:
    from classifier.prediction import load_model
    from classifier.settings import get_settings

    key = (models_dir, version)
    model = _worker_models.get(key)
    if model is None:
        settings = get_settings().model_copy(update={"models_dir": Path(models_dir)})
        model = load_model(settings, version)
        _worker_models.clear()
        _worker_models[key] = model
    return score_chunk(chunk, model)


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
        except UnicodeDecodeError as exc:
            raise DataValidationError(
                [Problem(source, reader.line_num + 1, "bytes that are not UTF-8")]
            ) from exc
        if not rows:
            return
        yield Chunk(rows, len(header), text_col, subject_col, source)


def predict_csv(
    input_path: Path,
    output_path: Path,
    *,
    model: ClientClassifier,
    chunk_size: int = 1000,
    on_chunk: Callable[[int], None] | None = None,
    engine: Engine | None = None,
) -> BatchSummary:
    """Copy every row of ``input_path`` to ``output_path`` adding the predictions, in chunks.

    Rows with an empty text are copied with empty prediction columns and their line numbers
    returned. ``engine`` scores the chunks (default: :func:`local_engine`).
    """
    added = ["predicted_label", "confidence", *[f"proba_{label}" for label in model.labels]]
    skipped: list[int] = []
    rows = 0
    source = str(input_path)
    output_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output_path.name}.", dir=output_path.parent)
    try:
        with (
            input_path.open(encoding="utf-8-sig", newline="") as src,
            os.fdopen(fd, "w", encoding="utf-8", newline="") as dst,
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
            score = engine or local_engine(model)
            for scored in score(_chunks(reader, header, source, chunk_size)):
                writer.writerows(scored.rows)
                skipped.extend(scored.skipped)
                rows += len(scored.rows)
                if on_chunk is not None:
                    on_chunk(rows)
            dst.flush()
            os.fsync(dst.fileno())
        Path(tmp_name).replace(output_path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return BatchSummary(rows=rows, predicted=rows - len(skipped), skipped_lines=skipped)
