"""Evaluation: ECE and metrics on hand-computed cases; report files with Hebrew rendered."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from classifier.evaluation import compute_metrics, expected_calibration_error, write_report


def test_ece_is_zero_when_confidence_matches_accuracy() -> None:
    # Four predictions at 0.75 confidence, three right: perfectly calibrated.
    proba = np.array([[0.75, 0.25]] * 4)
    ece, table = expected_calibration_error(["a", "a", "a", "b"], proba, ["a", "b"], bins=10)
    assert ece == pytest.approx(0.0)
    assert table == [{"low": 0.7, "high": 0.8, "count": 4, "confidence": 0.75, "accuracy": 0.75}]


def test_ece_measures_overconfidence() -> None:
    proba = np.array([[0.9, 0.1]] * 2)
    ece, _ = expected_calibration_error(["a", "b"], proba, ["a", "b"], bins=10)
    assert ece == pytest.approx(0.4)


def test_metrics_per_class_and_language() -> None:
    proba = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.3, 0.7]])
    metrics = compute_metrics(
        ["a", "b", "b", "b"],
        proba,
        ["a", "b"],
        languages=["he", "he", "en", "en"],
        registers=["chat", "email", "chat", "chat"],
    )
    assert metrics["accuracy"] == pytest.approx(0.75)
    assert metrics["confusion_matrix"]["matrix"] == [[1, 0], [1, 2]]
    he = metrics["per_language"]["he"]
    assert (he["n"], he["accuracy"], he["macro_f1"]) == (2, 1.0, 1.0)
    assert he["ece"] == pytest.approx(0.15)  # confidences 0.9 and 0.8, both right
    chat = metrics["per_register"]["chat"]
    assert chat["n"] == 3 and chat["accuracy"] == pytest.approx(2 / 3)
    assert metrics["per_class"]["b"]["recall"] == pytest.approx(2 / 3)


def test_report_files_are_written(tmp_path: Path) -> None:
    labels = ["easygoing", "dormant", "demanding", "know-it-all", "conflictual"]
    proba = np.eye(5)
    metrics = compute_metrics(labels, proba, labels, languages=["he"] * 5)
    paths = write_report(metrics, tmp_path, stem="r", title="t", model_version="v", data="d.csv")
    text = paths.markdown.read_text(encoding="utf-8")
    assert "macro-F1: **1.000**" in text and '<span dir="rtl">תובעני</span>' in text
    assert paths.confusion_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
