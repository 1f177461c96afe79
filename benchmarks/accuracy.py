"""Accuracy against peers on the corpus' grouped split, and on the independent set.

Every model reads the same prepared texts, is fitted on the same training passes and scored on
the same held-out passes (whole writing passes, so no writer's voice is on both sides) and on
``data/external/independent.csv``, written blind to the corpus.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks.peers import Peer, all_peers, in_label_order
from classifier import LABELS
from classifier.config import ModelConfig
from classifier.corpus import load_corpus, split_by_batch
from classifier.dataset import read_labeled_csvs
from classifier.evaluation import compute_metrics
from classifier.preprocessing import model_texts, row_languages
from classifier.training import fit_target

OURS = "ours: TF-IDF + LR, calibrated"


@dataclass(slots=True)
class Split:
    """Prepared texts, labels and languages of one side of the benchmark."""

    frame: pd.DataFrame
    texts: list[str]
    labels: list[str]
    languages: list[str]

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Split:
        return cls(
            frame=frame,
            texts=model_texts(frame),
            labels=frame["label"].astype(str).tolist(),
            languages=row_languages(frame),
        )


@dataclass(slots=True)
class Trained:
    """Everything the speed and HTTP benchmarks reuse from the accuracy run."""

    train: Split
    test: Split
    independent: Split
    ours: dict[str, Any]  # the calibrated estimators per head, as training saves them
    peers: dict[str, Peer]
    rows: list[dict[str, Any]] = field(default_factory=list)


def _summary(name: str, fit_s: float, test: dict[str, Any], ind: dict[str, Any]) -> dict[str, Any]:
    return {
        "model": name,
        "fit_s": fit_s,
        "test": {
            "macro_f1": test["macro_f1"],
            "ece": test["ece"],
            "per_language": {k: v["macro_f1"] for k, v in test["per_language"].items()},
            "per_class": {k: v["f1"] for k, v in test["per_class"].items()},
        },
        "independent": {
            "macro_f1": ind["macro_f1"],
            "ece": ind["ece"],
            "per_language": {k: v["macro_f1"] for k, v in ind["per_language"].items()},
        },
    }


def run_accuracy(config: ModelConfig, *, root: Path, log: Any = print) -> Trained:
    """Fit ours and every peer on the training passes; score each on both evaluation sets."""
    train_frame, test_frame = split_by_batch(
        load_corpus(config, root=root), config.data.test_batches
    )
    independent = read_labeled_csvs([root / "data" / "external" / "independent.csv"])
    train, test, ind = Split.of(train_frame), Split.of(test_frame), Split.of(independent)
    log(
        f"accuracy: {len(train.texts)} training, {len(test.texts)} held-out, {len(ind.texts)} independent"
    )

    def score(name: str, fit_s: float, proba_test: Any, proba_ind: Any) -> dict[str, Any]:
        m_test = compute_metrics(test.labels, proba_test, LABELS, languages=test.languages)
        m_ind = compute_metrics(ind.labels, proba_ind, LABELS, languages=ind.languages)
        log(
            f"  {name:34s} fit {fit_s:7.1f} s  held-out F1 {m_test['macro_f1']:.3f}  independent F1 {m_ind['macro_f1']:.3f}"
        )
        return _summary(name, fit_s, m_test, m_ind)

    groups = train.frame[config.evaluation.group_column].astype(str).tolist()
    start = time.perf_counter()
    client_type = fit_target(train.texts, train.labels, groups, config)
    fit_s = time.perf_counter() - start
    classes = [str(c) for c in client_type.classes_]
    rows = [
        score(
            OURS,
            fit_s,
            in_label_order(classes, client_type.predict_proba(test.texts)),
            in_label_order(classes, client_type.predict_proba(ind.texts)),
        )
    ]
    topic = fit_target(train.texts, train.frame["topic"].astype(str).tolist(), groups, config)

    peers: dict[str, Peer] = {}
    for peer in all_peers(config):
        start = time.perf_counter()
        peer.fit(train.texts, train.labels)
        fit_s = time.perf_counter() - start
        rows.append(
            score(peer.name, fit_s, peer.predict_proba(test.texts), peer.predict_proba(ind.texts))
        )
        peers[peer.name] = peer
    return Trained(
        train=train,
        test=test,
        independent=ind,
        ours={"client_type": client_type, "topic": topic},
        peers=peers,
        rows=rows,
    )
