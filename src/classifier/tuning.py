"""Choosing hyperparameters by grouped cross-validation.

Every combination of the config's ``[tuning]`` grid is scored by grouped cross-validated macro-F1
of the uncalibrated pipeline (temperature scaling does not change which label wins, so it need not
be refitted per candidate). The winner can be written back into the config file, which stays the
single source of truth; the report records every candidate's score.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import tomlkit
from joblib import Parallel, delayed
from sklearn.metrics import f1_score

from classifier.config import ModelConfig
from classifier.preprocessing import model_texts
from classifier.training import Progress, build_pipeline, grouped_splits, no_progress


@dataclass(frozen=True, slots=True)
class Candidate:
    """One point of the grid and its cross-validated scores."""

    params: dict[str, Any]
    fold_f1: tuple[float, ...]

    @property
    def mean_f1(self) -> float:
        return statistics.fmean(self.fold_f1)

    @property
    def std_f1(self) -> float:
        return statistics.pstdev(self.fold_f1)


def apply_params(config: ModelConfig, params: dict[str, Any]) -> ModelConfig:
    """A copy of ``config`` with one grid point's values in place."""
    word = config.features.word.model_copy(
        update={"ngram_max": params["word_ngram_max"], "min_df": params["min_df"]}
    )
    char = config.features.char.model_copy(
        update={"ngram_max": params["char_ngram_max"], "min_df": params["min_df"]}
    )
    features = config.features.model_copy(update={"word": word, "char": char})
    model = config.model.model_copy(update={"C": params["C"]})
    return config.model_copy(update={"features": features, "model": model})


def grid(config: ModelConfig) -> list[dict[str, Any]]:
    """Every combination of the config's tuning grid."""
    t = config.tuning
    keys = ("C", "char_ngram_max", "word_ngram_max", "min_df")
    values = (t.C, t.char_ngram_max, t.word_ngram_max, t.min_df)
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*values)]


def _score(
    config: ModelConfig,
    texts: list[str],
    y: np.ndarray,
    train_idx: np.ndarray,
    test_idx: np.ndarray,
) -> float:
    pipeline = build_pipeline(config)
    pipeline.fit([texts[i] for i in train_idx], y[train_idx])
    predicted = pipeline.predict([texts[i] for i in test_idx])
    return float(f1_score(y[test_idx], predicted, average="macro"))


def tune(
    frame: pd.DataFrame, config: ModelConfig, *, n_jobs: int = 1, progress: Progress = no_progress
) -> list[Candidate]:
    """Score every grid point; return the candidates, best first."""
    texts = model_texts(frame)
    y = frame["label"].astype(str).to_numpy()
    column = config.evaluation.group_column
    groups = frame[column].astype(str).tolist() if column in frame.columns else None
    splits = grouped_splits(
        y.tolist(), groups, folds=config.evaluation.folds, seed=config.evaluation.seed
    )
    points = grid(config)
    jobs = [(p, tr, te) for p in points for tr, te in splits]
    progress("tuning", 0, len(jobs))
    runner = Parallel(n_jobs=n_jobs, return_as="generator")
    scores: list[float] = []
    for done, score in enumerate(
        runner(delayed(_score)(apply_params(config, p), texts, y, tr, te) for p, tr, te in jobs),
        start=1,
    ):
        scores.append(score)
        progress("tuning", done, len(jobs))
    k = len(splits)
    candidates = [
        Candidate(params=p, fold_f1=tuple(scores[i * k : (i + 1) * k]))
        for i, p in enumerate(points)
    ]
    return sorted(candidates, key=lambda c: -c.mean_f1)


def write_best(config_path: Path, best: dict[str, Any]) -> None:
    """Write the chosen values into the config file, keeping its comments and layout."""
    document = tomlkit.parse(config_path.read_text(encoding="utf-8"))
    features: Any = document["features"]
    model: Any = document["model"]
    features["word"]["ngram_max"] = best["word_ngram_max"]
    features["char"]["ngram_max"] = best["char_ngram_max"]
    features["word"]["min_df"] = best["min_df"]
    features["char"]["min_df"] = best["min_df"]
    model["C"] = float(best["C"])
    config_path.write_text(tomlkit.dumps(document), encoding="utf-8")


def render_report(candidates: Sequence[Candidate], *, data: str, folds: int) -> str:
    """Markdown table of every candidate, best first."""
    lines = [
        "# Hyperparameter search",
        "",
        f"Grouped {folds}-fold cross-validation on `{data}`; macro-F1 of the uncalibrated pipeline.",
        "",
        "| rank | C | char n max | word n max | min_df | macro-F1 | ± (std over folds) |",
        "|---|---|---|---|---|---|---|",
    ]
    for rank, c in enumerate(candidates, start=1):
        p = c.params
        lines.append(
            f"| {rank} | {p['C']} | {p['char_ngram_max']} | {p['word_ngram_max']} | {p['min_df']} | "
            f"{c.mean_f1:.4f} | {c.std_f1:.4f} |"
        )
    return "\n".join(lines) + "\n"
