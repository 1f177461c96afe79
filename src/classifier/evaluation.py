"""Scoring predictions: per-class and per-language F1, confusion matrix, calibration (ECE).

Calibration matters because the service tells people how sure it is: when it says 0.8 it should be
right about 80% of the time. Expected calibration error (ECE) is the gap between confidence and
accuracy, averaged over confidence bins weighted by how many predictions fall in each.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    f1_score,
    precision_recall_fscore_support,
)

from classifier.dataset import read_labeled_csv
from classifier.lang import get_pack
from classifier.preprocessing import model_texts, row_languages

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from classifier.prediction import ClientClassifier

logger = logging.getLogger(__name__)


def expected_calibration_error(
    y_true: Sequence[str], proba: npt.NDArray[np.float64], labels: Sequence[str], *, bins: int
) -> tuple[float, list[dict[str, float]]]:
    """Top-label ECE and the reliability table (per bin: count, mean confidence, accuracy)."""
    predicted = np.asarray(labels)[proba.argmax(axis=1)]
    confidence = proba.max(axis=1)
    correct = predicted == np.asarray(y_true)
    edges = np.linspace(0.0, 1.0, bins + 1)
    table: list[dict[str, float]] = []
    ece = 0.0
    n = len(confidence)
    for lo, hi in itertools.pairwise(edges):
        in_bin = (
            (confidence > lo) & (confidence <= hi)
            if lo > 0
            else (confidence >= lo) & (confidence <= hi)
        )
        count = int(in_bin.sum())
        if count == 0:
            continue
        conf = float(confidence[in_bin].mean())
        acc = float(correct[in_bin].mean())
        ece += count / n * abs(acc - conf)
        table.append(
            {
                "low": round(float(lo), 6),
                "high": round(float(hi), 6),
                "count": count,
                "confidence": conf,
                "accuracy": acc,
            }
        )
    return float(ece), table


def compute_metrics(
    y_true: Sequence[str],
    proba: npt.NDArray[np.float64],
    labels: Sequence[str],
    *,
    languages: Sequence[str] | None = None,
    registers: Sequence[str] | None = None,
    ece_bins: int = 10,
) -> dict[str, Any]:
    """Every figure the reports show, as plain JSON-able data."""
    labels = list(labels)
    y = np.asarray(y_true)
    pred = np.asarray(labels)[proba.argmax(axis=1)]
    precision, recall, f1, support = precision_recall_fscore_support(
        y, pred, labels=labels, zero_division=0
    )
    ece, reliability = expected_calibration_error(y_true, proba, labels, bins=ece_bins)
    metrics: dict[str, Any] = {
        "n": len(y),
        "accuracy": float(accuracy_score(y, pred)),
        "macro_f1": float(f1_score(y, pred, labels=labels, average="macro", zero_division=0)),
        "ece": ece,
        "per_class": {
            label: {
                "precision": float(p),
                "recall": float(r),
                "f1": float(f),
                "support": int(s),
            }
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "confusion_matrix": {
            "labels": labels,
            "matrix": confusion_matrix(y, pred, labels=labels).tolist(),
        },
        "reliability": reliability,
    }
    for key, groups in (("per_language", languages), ("per_register", registers)):
        if groups is None:
            continue
        values = np.asarray(groups)
        per_group: dict[str, Any] = {}
        for group in sorted(set(values.tolist())):
            mask = values == group
            per_group[group] = {
                "n": int(mask.sum()),
                "accuracy": float(accuracy_score(y[mask], pred[mask])),
                "macro_f1": float(
                    f1_score(y[mask], pred[mask], labels=labels, average="macro", zero_division=0)
                ),
                "ece": expected_calibration_error(
                    y[mask].tolist(), proba[mask], labels, bins=ece_bins
                )[0],
            }
        metrics[key] = per_group
    return metrics


@dataclass(frozen=True, slots=True)
class ReportPaths:
    """Where an evaluation wrote its files."""

    markdown: Path
    json: Path
    confusion_png: Path


def plot_confusion_matrix(metrics: dict[str, Any], path: Path, *, title: str) -> Figure:
    """Save the confusion matrix as a PNG, with the Hebrew type names under the English ones.

    Matplotlib (3.11+, pinned in the lock) lays out right-to-left text itself: strings are passed
    in logical order. Reordering them first (python-bidi's get_display) would reverse them twice.
    DejaVu Sans, which matplotlib ships, has the Hebrew glyphs. The figure is built without
    pyplot, so saving it never switches the backend of a notebook that shows it; it is returned
    for showing.
    """
    from matplotlib.figure import Figure

    labels = metrics["confusion_matrix"]["labels"]
    matrix = np.asarray(metrics["confusion_matrix"]["matrix"])
    names = [f"{label}\n{get_pack('he').type_names.get(label, '')}" for label in labels]
    fig = Figure(figsize=(7.5, 6.5), dpi=120)
    ax = fig.subplots()
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), names, rotation=30, ha="right", fontfamily="DejaVu Sans")
    ax.set_yticks(range(len(labels)), names, fontfamily="DejaVu Sans")
    ax.set_xlabel("predicted · חזוי")
    ax.set_ylabel("true · אמיתי")
    ax.set_title(title)
    top = matrix.max() if matrix.size else 0
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            ax.text(
                j,
                i,
                str(matrix[i, j]),
                ha="center",
                va="center",
                color="white" if matrix[i, j] > top / 2 else "black",
            )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    return fig


def render_markdown(metrics: dict[str, Any], *, title: str, model_version: str, data: str) -> str:
    """A human-readable report of :func:`compute_metrics` output."""
    lines = [
        f"# {title}",
        "",
        f"- model: `{model_version}`",
        f"- data: `{data}` ({metrics['n']} messages)",
        f"- macro-F1: **{metrics['macro_f1']:.3f}**, accuracy {metrics['accuracy']:.3f}, "
        f"expected calibration error {metrics['ece']:.3f}",
        "",
        "## Per class",
        "",
        "| label | | precision | recall | F1 | support |",
        "|---|---|---|---|---|---|",
    ]
    for label, m in metrics["per_class"].items():
        lines.append(
            f'| {label} | <span dir="rtl">{get_pack("he").type_names.get(label, "")}</span> | {m["precision"]:.3f} | '
            f"{m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |"
        )
    for key, title, column in (
        ("per_language", "Per language", "language"),
        ("per_register", "Per register (chat, e-mail, ...)", "register"),
    ):
        if key not in metrics:
            continue
        lines += [
            "",
            f"## {title}",
            "",
            f"| {column} | n | macro-F1 | accuracy | ECE |",
            "|---|---|---|---|---|",
        ]
        for group, m in metrics[key].items():
            lines.append(
                f"| {group} | {m['n']} | {m['macro_f1']:.3f} | {m['accuracy']:.3f} | {m['ece']:.3f} |"
            )
    labels = metrics["confusion_matrix"]["labels"]
    lines += ["", "## Confusion matrix (rows: true, columns: predicted)", ""]
    lines.append("| | " + " | ".join(labels) + " |")
    lines.append("|---" * (len(labels) + 1) + "|")
    for label, row in zip(labels, metrics["confusion_matrix"]["matrix"], strict=True):
        lines.append(f"| **{label}** | " + " | ".join(str(v) for v in row) + " |")
    lines += ["", "## Calibration (reliability by confidence bin)", ""]
    lines += ["| confidence bin | n | mean confidence | accuracy |", "|---|---|---|---|"]
    for b in metrics["reliability"]:
        lines.append(
            f"| {b['low']:.1f}–{b['high']:.1f} | {b['count']} | {b['confidence']:.3f} | {b['accuracy']:.3f} |"
        )
    return "\n".join(lines) + "\n"


def write_report(
    metrics: dict[str, Any],
    directory: Path,
    *,
    stem: str,
    title: str,
    model_version: str,
    data: str,
) -> ReportPaths:
    """Write the markdown report, the JSON metrics and the confusion-matrix PNG."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = ReportPaths(
        markdown=directory / f"{stem}.md",
        json=directory / f"{stem}.json",
        confusion_png=directory / f"{stem}-confusion.png",
    )
    plot_confusion_matrix(metrics, paths.confusion_png, title=title)
    body = render_markdown(metrics, title=title, model_version=model_version, data=data)
    body += f"\n![confusion matrix]({paths.confusion_png.name})\n"
    paths.markdown.write_text(body, encoding="utf-8")
    paths.json.write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    logger.info("evaluation report written to %s", paths.markdown)
    return paths


_CHAT_STYLES = frozenset({"chat", "whatsapp", "sms", "dm", "slack", "text", "telegram"})


def row_registers(frame: pd.DataFrame) -> list[str] | None:
    """Each row's register (``chat``, ``email``, ...) from a ``register`` or ``source_style``
    column, chat apps folded into ``chat``; None when the file has neither."""
    for column in ("register", "source_style"):
        if column in frame.columns:
            return [
                "chat" if str(v).strip().lower() in _CHAT_STYLES else str(v).strip().lower() or "?"
                for v in frame[column]
            ]
    return None


def evaluate_file(
    path: Path, *, model: ClientClassifier, reports_dir: Path, bins: int
) -> tuple[dict[str, Any], ReportPaths]:
    """Score ``model`` on a labeled CSV and write the report files."""
    frame = read_labeled_csv(path)
    proba = model.predict_proba(model_texts(frame))
    metrics = compute_metrics(
        frame["label"].tolist(),
        proba,
        model.labels,
        languages=row_languages(frame),
        registers=row_registers(frame),
        ece_bins=bins,
    )
    stem = f"evaluation-{model.version}-{path.stem}"
    paths = write_report(
        metrics,
        reports_dir,
        stem=stem,
        title=f"Evaluation on {path.name}",
        model_version=model.version,
        data=str(path),
    )
    return metrics, paths
