"""Training: splits never leak groups, the pipeline pickles, metrics are saved with the model."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import numpy as np
import pytest

from classifier import LABELS
from classifier.config import ModelConfig
from classifier.dataset import read_labeled_csv
from classifier.preprocessing import model_texts
from classifier.registry import ModelRegistry
from classifier.training import (
    TrainingError,
    build_estimator,
    grouped_splits,
    train,
    train_and_save,
)


def test_grouped_splits_keep_each_group_on_one_side() -> None:
    y = ["a", "b"] * 30
    groups = [f"g{i % 6}" for i in range(60)]
    for train_idx, test_idx in grouped_splits(y, groups, folds=3, seed=0):
        assert not {groups[i] for i in train_idx} & {groups[i] for i in test_idx}


def test_too_few_groups_fall_back_to_stratified_folds() -> None:
    y = ["a", "b"] * 10
    splits = grouped_splits(y, ["one"] * 20, folds=5, seed=0)
    assert len(splits) == 5


def test_unfitted_and_fitted_estimators_pickle(config: ModelConfig, mini_csv: Path) -> None:
    frame = read_labeled_csv(mini_csv)
    texts = model_texts(frame)
    splits = grouped_splits(frame["label"].tolist(), frame["batch"].tolist(), folds=2, seed=0)
    estimator = build_estimator(config, splits)
    pickle.dumps(estimator)
    estimator.fit(texts, frame["label"].to_numpy())
    restored = pickle.loads(pickle.dumps(estimator))
    np.testing.assert_allclose(restored.predict_proba(texts), estimator.predict_proba(texts))


def test_train_reports_grouped_cv_metrics_per_language(config: ModelConfig, mini_csv: Path) -> None:
    frame = read_labeled_csv(mini_csv)
    result = train(frame, config, cross_validate=True)
    metrics = result.metrics["client_type"]
    assert set(metrics["per_language"]) == {"he", "en"}
    assert 0.0 <= metrics["ece"] <= 1.0
    assert metrics["n"] == len(frame)
    assert result.oof_proba["client_type"].shape == (len(frame), len(LABELS))
    np.testing.assert_allclose(result.oof_proba["client_type"].sum(axis=1), 1.0)
    assert "topic" in result.estimators


def test_heads_fitted_side_by_side_equal_heads_fitted_in_turn(
    config: ModelConfig, mini_csv: Path
) -> None:
    frame = read_labeled_csv(mini_csv)
    texts = model_texts(frame)
    in_turn = train(frame, config, cross_validate=False, n_jobs=1).estimators
    side_by_side = train(frame, config, cross_validate=False, n_jobs=2).estimators
    assert set(in_turn) == set(side_by_side) == {"client_type", "topic"}
    for head, estimator in in_turn.items():
        np.testing.assert_allclose(
            side_by_side[head].predict_proba(texts),
            estimator.predict_proba(texts),
            rtol=0,
            atol=1e-12,
        )


def test_metadata_records_config_data_hash_and_commit(mini_registry: ModelRegistry) -> None:
    meta = mini_registry.load().metadata
    assert meta["labels"] == sorted(LABELS)
    assert meta["config"]["model"]["C"] > 0
    assert meta["data"]["rows"] == 40 and len(meta["data"]["sha256"]) == 64
    assert meta["training_seconds"] > 0
    commit = meta["git_commit"]  # None outside a git checkout
    assert commit is None or re.fullmatch(r"[0-9a-f]{40}(-dirty)?", commit), commit


def test_bad_input_trains_nothing_and_keeps_current(
    tmp_path: Path, config: ModelConfig, mini_csv: Path
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    version, _ = train_and_save(
        [mini_csv], config=config, config_path=Path("c"), registry=registry, cross_validate=False
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nhello,angry\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown label"):
        train_and_save([bad], config=config, config_path=Path("c"), registry=registry)
    single = tmp_path / "single.csv"
    single.write_text(
        "text,label\n" + "".join(f"message {i},easygoing\n" for i in range(12)), encoding="utf-8"
    )
    with pytest.raises(TrainingError):
        train_and_save(
            [single], config=config, config_path=Path("c"), registry=registry, cross_validate=False
        )
    assert registry.versions() == [version] and registry.current_version() == version


def test_rows_without_a_topic_still_train_the_topic_model_on_the_rest(
    config: ModelConfig, mini_csv: Path
) -> None:
    """A correction sent without a topic (the README's own example) used to drop the topic head."""
    frame = read_labeled_csv(mini_csv)
    frame.loc[frame.index[:5], "topic"] = ""
    result = train(frame, config, cross_validate=False)
    assert "topic" in result.estimators
    assert result.data["rows_per_head"] == {"client_type": len(frame), "topic": len(frame) - 5}
