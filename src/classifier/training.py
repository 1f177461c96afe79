"""Training: one scikit-learn pipeline per target, fitted on training data only.

The estimator is ``CalibratedClassifierCV(Pipeline([features, LogisticRegression]))`` with
``ensemble=False``: cross-validation produces unbiased scores to fit the calibration (temperature
scaling by default), then one pipeline is fitted on all the training data. Splits are grouped by
the config's group column (the corpus' writing pass), so messages written in one voice never sit on
both sides of a split; this is what makes the cross-validated figures honest.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from joblib import Parallel, delayed
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.pipeline import Pipeline

from classifier import LABELS, TOPICS
from classifier.config import ModelConfig
from classifier.dataset import read_labeled_csvs
from classifier.evaluation import compute_metrics
from classifier.features import build_features
from classifier.preprocessing import model_texts, row_languages
from classifier.registry import ModelRegistry, git_commit

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
Splits = list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]]


class TrainingError(ValueError):
    """Training cannot proceed on this data (too few rows or classes, for example)."""


def no_progress(_stage: str, _done: int, _total: int) -> None:
    return None


def grouped_splits(
    y: Sequence[str], groups: Sequence[str] | None, *, folds: int, seed: int
) -> Splits:
    """Cross-validation splits, grouped when there are enough groups, else stratified."""
    y_arr = np.asarray(y)
    n_groups = len(set(groups)) if groups is not None else 0
    index = np.arange(len(y_arr))
    if groups is not None and n_groups >= folds:
        splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
        return [(tr, te) for tr, te in splitter.split(index, y_arr, np.asarray(groups))]
    smallest = min(np.unique(y_arr, return_counts=True)[1])
    k = min(folds, int(smallest))
    if k < 2:
        raise TrainingError("every label needs at least 2 examples to cross-validate")
    strat = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return [(tr, te) for tr, te in strat.split(index, y_arr)]


def build_pipeline(config: ModelConfig) -> Pipeline:
    """Features + logistic regression, uncalibrated."""
    features = build_features(
        word=config.features.word, char=config.features.char, text=config.text
    )
    clf = LogisticRegression(
        C=config.model.C,
        class_weight=config.model.class_weight,
        max_iter=config.model.max_iter,
        solver=config.model.solver,
    )
    return Pipeline([("features", features), ("clf", clf)])


def build_estimator(config: ModelConfig, splits: Splits) -> CalibratedClassifierCV:
    """The calibrated estimator; ``splits`` are the inner folds used to fit the calibration."""
    return CalibratedClassifierCV(
        build_pipeline(config),
        method=config.calibration.method,
        cv=splits,
        ensemble=False,
    )


def _inner_splits(y: Sequence[str], groups: Sequence[str] | None, config: ModelConfig) -> Splits:
    return grouped_splits(y, groups, folds=config.calibration.folds, seed=config.evaluation.seed)


def fit_target(
    texts: Sequence[str], y: Sequence[str], groups: Sequence[str] | None, config: ModelConfig
) -> CalibratedClassifierCV:
    """Fit one calibrated classifier on all of ``texts``."""
    if len(set(y)) < 2:
        raise TrainingError("training needs at least two different labels")
    estimator = build_estimator(config, _inner_splits(y, groups, config))
    estimator.fit(list(texts), np.asarray(y))
    return estimator


def _fit_predict_fold(
    texts: list[str], y: list[str], groups: list[str] | None, test: list[str], config: ModelConfig
) -> tuple[list[str], npt.NDArray[np.float64]]:
    model = fit_target(texts, y, groups, config)
    return [str(c) for c in model.classes_], np.asarray(model.predict_proba(test), dtype=np.float64)


def out_of_fold_proba(
    texts: Sequence[str],
    y: Sequence[str],
    groups: Sequence[str] | None,
    config: ModelConfig,
    *,
    labels: Sequence[str],
    n_jobs: int = 1,
    progress: Progress = no_progress,
    stage: str = "cross-validation",
) -> npt.NDArray[np.float64]:
    """Calibrated probabilities for every row from a model that never saw that row's group.

    Each outer fold fits the full calibrated estimator (with its own inner grouped folds) on the
    other groups only; folds run in ``n_jobs`` processes.
    """
    texts_arr = np.asarray(texts, dtype=object)
    y_arr = np.asarray(y)
    groups_arr = np.asarray(groups) if groups is not None else None
    outer = grouped_splits(y, groups, folds=config.evaluation.folds, seed=config.evaluation.seed)
    proba = np.zeros((len(y_arr), len(labels)))
    jobs = (
        delayed(_fit_predict_fold)(
            texts_arr[tr].tolist(),
            y_arr[tr].tolist(),
            groups_arr[tr].tolist() if groups_arr is not None else None,
            texts_arr[te].tolist(),
            config,
        )
        for tr, te in outer
    )
    progress(stage, 0, len(outer))
    results = Parallel(n_jobs=n_jobs, return_as="generator")(jobs)
    for done, ((_, test_idx), (classes, fold)) in enumerate(
        zip(outer, results, strict=True), start=1
    ):
        for j, label in enumerate(classes):
            proba[test_idx, list(labels).index(label)] = fold[:, j]
        progress(stage, done, len(outer))
    return proba


def data_hash(frame: pd.DataFrame) -> str:
    """SHA-256 over the rows that decide the model (text, subject, label, topic), order-sensitive."""
    digest = hashlib.sha256()
    for column in ("text", "subject", "label", "topic"):
        values = frame[column] if column in frame.columns else pd.Series([""] * len(frame))
        for value in values:
            digest.update(str(value).encode("utf-8"))
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()


@dataclass
class TrainResult:
    """What a training run produced: the fitted estimators and what was measured on the way."""

    estimators: dict[str, CalibratedClassifierCV]
    metrics: dict[str, Any]
    data: dict[str, Any]
    seconds: float
    oof_proba: dict[str, npt.NDArray[np.float64]] = field(default_factory=dict)


def train(
    frame: pd.DataFrame,
    config: ModelConfig,
    *,
    cross_validate: bool = True,
    n_jobs: int = 1,
    progress: Progress = no_progress,
) -> TrainResult:
    """Train the client-type classifier (and the topic classifier where topics are given).

    With ``cross_validate`` the grouped out-of-fold metrics are computed first and saved with the
    model; they are the honest estimate of how it does on writers it has not seen.
    """
    started = time.perf_counter()
    if len(frame) < 10:
        raise TrainingError(f"training needs at least 10 labeled rows, got {len(frame)}")
    progress("preparing text", 0, 1)
    texts = model_texts(frame)
    languages = row_languages(frame)
    progress("preparing text", 1, 1)
    group_column = config.evaluation.group_column
    groups = frame[group_column].astype(str).tolist() if group_column in frame.columns else None

    # Each head trains on the rows that carry its target: a correction sent without a topic
    # still teaches the client type, and no longer costs the whole topic model.
    every_row = list(range(len(frame)))
    targets: dict[str, tuple[list[int], list[str], tuple[str, ...]]] = {
        "client_type": (every_row, frame["label"].astype(str).tolist(), LABELS)
    }
    if "topic" in frame.columns:
        topics = frame["topic"].astype(str).str.strip().tolist()
        with_topic = [i for i, t in enumerate(topics) if t]
        if len(with_topic) >= 10 and len({topics[i] for i in with_topic}) >= 2:
            targets["topic"] = (with_topic, [topics[i] for i in with_topic], TOPICS)
            if len(with_topic) < len(frame):
                logger.info(
                    "topic model: trained on the %d of %d rows that have a topic",
                    len(with_topic),
                    len(frame),
                )
        else:
            logger.warning("no topic model: fewer than 10 rows (or one topic) carry a topic")

    metrics: dict[str, Any] = {}
    oof: dict[str, npt.NDArray[np.float64]] = {}
    target_rows: dict[str, int] = {}
    fits: dict[str, tuple[list[str], list[str], list[str] | None]] = {}
    for target, (rows, y, all_labels) in targets.items():
        labels = [label for label in all_labels if label in set(y)]
        target_rows[target] = len(rows)
        target_texts = [texts[i] for i in rows]
        target_groups = [groups[i] for i in rows] if groups is not None else None
        fits[target] = (target_texts, y, target_groups)
        if cross_validate:
            proba = out_of_fold_proba(
                target_texts,
                y,
                target_groups,
                config,
                labels=labels,
                n_jobs=n_jobs,
                progress=progress,
                stage=f"cross-validating {target}",
            )
            oof[target] = proba
            metrics[target] = compute_metrics(
                y,
                proba,
                labels,
                languages=[languages[i] for i in rows],
                ece_bins=config.evaluation.ece_bins,
            )
            logger.info(
                "%s: grouped CV macro-F1 %.3f, ECE %.3f",
                target,
                metrics[target]["macro_f1"],
                metrics[target]["ece"],
            )
    # The heads are independent fits: with two processes they train side by side (the same
    # estimators as one after the other; the first model of `make run` waits for one, not two).
    stage = "fitting " + " and ".join(fits)
    progress(stage, 0, len(fits))
    fitted = Parallel(n_jobs=min(n_jobs, len(fits)))(
        delayed(fit_target)(target_texts, y, target_groups, config)
        for target_texts, y, target_groups in fits.values()
    )
    estimators: dict[str, CalibratedClassifierCV] = dict(zip(fits, fitted, strict=True))
    progress(stage, len(fits), len(fits))

    label_counts = frame["label"].value_counts().to_dict()
    data_info = {
        "rows": len(frame),
        "sha256": data_hash(frame),
        "label_counts": {k: int(v) for k, v in sorted(label_counts.items())},
        "language_counts": {
            k: int(v) for k, v in sorted(pd.Series(languages).value_counts().items())
        },
        "groups": len(set(groups)) if groups is not None else None,
        "rows_per_head": target_rows,
        "files": sorted(set(frame["source_file"])) if "source_file" in frame.columns else [],
    }
    return TrainResult(
        estimators=estimators,
        metrics=metrics,
        data=data_info,
        seconds=time.perf_counter() - started,
        oof_proba=oof,
    )


def train_and_save(
    paths: Sequence[Path],
    *,
    config: ModelConfig,
    config_path: Path,
    registry: ModelRegistry,
    cross_validate: bool = True,
    n_jobs: int = 1,
    progress: Progress = no_progress,
) -> tuple[str, TrainResult]:
    """Validate the CSVs, train, and save a new current model version; return its name.

    Any failure (bad rows, a training error, an interrupted save) leaves the current model as it
    was: nothing is written before training has succeeded, and the save itself is atomic.
    """
    frame = read_labeled_csvs(paths)
    result = train(frame, config, cross_validate=cross_validate, n_jobs=n_jobs, progress=progress)
    bundle = dict(result.estimators)
    metadata = {
        "labels": [str(c) for c in result.estimators["client_type"].classes_],
        "topics": [str(c) for c in result.estimators["topic"].classes_]
        if "topic" in result.estimators
        else [],
        "config_file": str(config_path),
        "config": config.model_dump(mode="json"),
        "data": result.data,
        "metrics": {"grouped_cv": result.metrics} if result.metrics else {},
        "training_seconds": round(result.seconds, 2),
        "git_commit": git_commit(),
    }
    version = registry.save(bundle, metadata)
    return version, result
