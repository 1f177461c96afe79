"""Batch prediction of a CSV: the Dask engine writes the same file as the local one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from classifier.batch import dask_engine, local_engine, predict_csv
from classifier.prediction import ClientClassifier
from classifier.settings import Settings


def _input(path: Path, mini_csv: Path) -> Path:
    with mini_csv.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "subject", "text"])
        for i, row in enumerate(rows * 3):  # 120 rows, an empty text among them
            writer.writerow([i, row.get("subject", ""), "" if i == 7 else row["text"]])
    return path


@pytest.mark.slow
def test_dask_on_a_local_two_worker_cluster_writes_the_same_file(
    tmp_path: Path, mini_model: ClientClassifier, mini_csv: Path
) -> None:
    source = _input(tmp_path / "inbox.csv", mini_csv)
    here = predict_csv(
        source, tmp_path / "local.csv", model=mini_model, settings=Settings(), chunk_size=16,
        engine=local_engine(mini_model, Settings()),
    )  # fmt: skip
    with dask_engine(model=mini_model, workers=2) as engine:
        there = predict_csv(
            source,
            tmp_path / "dask.csv",
            model=mini_model,
            settings=Settings(),
            chunk_size=16,
            engine=engine,
        )
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
    assert here == there and here.rows == 120 and here.skipped_lines == [9]


def test_each_row_gets_the_first_of_the_replies_the_service_would_suggest(
    tmp_path: Path, mini_model: ClientClassifier, mini_csv: Path
) -> None:
    # guard: held before its change too; the batch now composes only the reply it writes
    from classifier.reading import read_text
    from classifier.respond import respond

    source = _input(tmp_path / "inbox.csv", mini_csv)
    settings = Settings(replies_count=3)
    predict_csv(source, tmp_path / "out.csv", model=mini_model, settings=settings, chunk_size=16)
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["text"].strip()]
    assert len(rows) == 119
    for row in rows[:40]:
        served = respond(
            read_text(row["text"], subject=row["subject"]), model=mini_model, settings=settings
        )
        assert row["suggested_reply"] == served.advice.suggestions[0].text
