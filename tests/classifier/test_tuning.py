"""Tuning: the grid, applying a grid point, a real (small) search, and writing back the config."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from classifier.config import ModelConfig, load_config
from classifier.dataset import read_labeled_csv
from classifier.tuning import apply_params, grid, render_report, tune, write_best

ROOT = Path(__file__).resolve().parents[2]


def test_grid_is_the_product_of_the_tuning_lists(config: ModelConfig) -> None:
    t = config.tuning
    points = grid(config)
    assert len(points) == len(t.C) * len(t.char_ngram_max) * len(t.word_ngram_max) * len(t.min_df)
    assert len({tuple(sorted(p.items())) for p in points}) == len(points)


def test_apply_params_changes_only_the_tuned_values(config: ModelConfig) -> None:
    tuned = apply_params(config, {"C": 0.5, "char_ngram_max": 3, "word_ngram_max": 1, "min_df": 1})
    assert tuned.model.C == 0.5 and tuned.features.char.ngram_max == 3
    assert tuned.features.word.ngram_max == 1 and tuned.features.char.min_df == 1
    assert tuned.features.word.ngram_min == config.features.word.ngram_min
    assert tuned.calibration == config.calibration


def test_small_search_ranks_candidates_by_grouped_cv(config: ModelConfig, mini_csv: Path) -> None:
    small = config.model_copy(
        update={
            "tuning": config.tuning.model_copy(
                update={
                    "C": [0.01, 10.0],
                    "char_ngram_max": [4],
                    "word_ngram_max": [1],
                    "min_df": [1],
                }
            )
        }
    )
    candidates = tune(read_labeled_csv(mini_csv), small)
    # 40 rows are too few to say which C is better (the two score within noise of each other):
    # what is checked is that every candidate was scored and the ranking follows the score.
    assert sorted(c.params["C"] for c in candidates) == [0.01, 10.0]
    assert [c.mean_f1 for c in candidates] == sorted((c.mean_f1 for c in candidates), reverse=True)
    assert all(c.mean_f1 == pytest.approx(sum(c.fold_f1) / len(c.fold_f1)) for c in candidates)
    assert all(len(c.fold_f1) >= 2 for c in candidates)
    assert "| 1 |" in render_report(candidates, data="mini.csv", folds=5)


def test_write_best_keeps_comments_and_loads(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(ROOT / "config" / "default.toml", path)
    write_best(path, {"C": 2.0, "char_ngram_max": 4, "word_ngram_max": 1, "min_df": 1})
    text = path.read_text(encoding="utf-8")
    assert "# The model's single source of truth." in text
    config = load_config(path)
    assert (
        config.model.C == 2.0
        and config.features.char.ngram_max == 4
        and config.features.word.min_df == 1
    )
