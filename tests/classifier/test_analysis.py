"""The analyses behind the notebooks, on the small hand-written fixture."""

from __future__ import annotations

from pathlib import Path

from classifier import LABELS
from classifier.analysis import confident_errors, distinctive_ngrams, learning_curve
from classifier.config import ModelConfig
from classifier.dataset import read_labeled_csv
from classifier.prediction import ClientClassifier


def test_distinctive_ngrams_find_each_types_own_words(mini_csv: Path) -> None:
    frame = read_labeled_csv(mini_csv)
    english = frame[frame["language"] == "en"]
    words = distinctive_ngrams(english, kind="word", top=15, min_df=1)
    assert list(words.columns) == sorted(LABELS)
    assert "sorry" in words["dormant"].tolist()
    chars = distinctive_ngrams(frame, kind="char", top=5, min_df=1)
    assert chars.shape == (5, 5)


def test_learning_curve_has_one_row_per_fraction(mini_csv: Path, config: ModelConfig) -> None:
    curve = learning_curve(read_labeled_csv(mini_csv), config, fractions=(0.5, 1.0), folds=2)
    assert curve["fraction"].tolist() == [0.5, 1.0]
    assert curve["train_rows"].iloc[0] < curve["train_rows"].iloc[1]
    assert curve["macro_f1"].between(0, 1).all()


def test_confident_errors_are_wrong_and_sorted(
    mini_csv: Path, mini_model: ClientClassifier
) -> None:
    frame = read_labeled_csv(mini_csv)
    frame.loc[0, "label"] = "conflictual"  # e1 is plainly easygoing: now a confident error
    errors = confident_errors(frame, mini_model, top=3)
    assert "e1" in errors["id"].tolist()
    assert (errors["label"] != errors["predicted"]).all()
    assert errors["confidence"].is_monotonic_decreasing
