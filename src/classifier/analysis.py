"""Analyses the notebooks show: what marks each type, how the model learns, where it errs.

Kept in the package (not in notebook cells) so they are tested, typed and reusable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score

from classifier.config import ModelConfig
from classifier.corpus import own_text
from classifier.features import CharPreprocessor, WordAnalyzer
from classifier.prediction import ClientClassifier
from classifier.preprocessing import model_texts
from classifier.training import build_pipeline, grouped_splits


def distinctive_ngrams(
    frame: pd.DataFrame,
    *,
    kind: Literal["word", "char"],
    top: int = 12,
    min_df: int = 3,
) -> pd.DataFrame:
    """The n-grams most over-represented in each label, by smoothed log-odds against the rest.

    Returns one column per label with its ``top`` n-grams, best first; computed on the client's own
    text (artifacts removed), so signatures and quotes do not show up.
    """
    texts = [own_text(t) for t in frame["text"]]
    if kind == "word":
        vectorizer = TfidfVectorizer(
            analyzer=WordAnalyzer(
                ngram_min=1, ngram_max=2, strip_niqqud=True, prefix_variants=False, max_chars=20_000
            ),
            use_idf=False,
            norm=None,
            min_df=min_df,
            lowercase=False,
        )
    else:
        vectorizer = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(3, 5),
            preprocessor=CharPreprocessor(strip_niqqud=True, max_chars=20_000),
            use_idf=False,
            norm=None,
            min_df=min_df,
            lowercase=False,
        )
    counts = vectorizer.fit_transform(texts)
    vocab = np.asarray(vectorizer.get_feature_names_out())
    labels = frame["label"].to_numpy()
    out: dict[str, list[str]] = {}
    total = np.asarray(counts.sum(axis=0)).ravel() + 1.0
    for label in sorted(set(labels)):
        inside = np.asarray(counts[labels == label].sum(axis=0)).ravel() + 0.5
        outside = total - inside + 1.0
        score = np.log(inside / inside.sum()) - np.log(outside / outside.sum())
        out[label] = [str(vocab[i]).strip() for i in np.argsort(score)[::-1][:top]]
    return pd.DataFrame(out)


def learning_curve(
    frame: pd.DataFrame,
    config: ModelConfig,
    *,
    fractions: Sequence[float] = (0.2, 0.4, 0.7, 1.0),
    folds: int = 3,
    seed: int = 0,
) -> pd.DataFrame:
    """Grouped cross-validated macro-F1 as the training data grows (uncalibrated pipeline).

    Each fold's training part is subsampled to each fraction; the held-out groups stay whole.
    """
    texts = np.asarray(model_texts(frame), dtype=object)
    y = frame["label"].astype(str).to_numpy()
    groups = frame[config.evaluation.group_column].astype(str).tolist()
    rng = np.random.default_rng(seed)
    rows = []
    for fold, (train_idx, test_idx) in enumerate(
        grouped_splits(y.tolist(), groups, folds=folds, seed=seed)
    ):
        order = rng.permutation(train_idx)
        for fraction in fractions:
            part = order[: max(10, int(len(order) * fraction))]
            pipeline = build_pipeline(config).fit(texts[part].tolist(), y[part])
            predicted = pipeline.predict(texts[test_idx].tolist())
            rows.append(
                {
                    "fold": fold,
                    "fraction": fraction,
                    "train_rows": len(part),
                    "macro_f1": float(f1_score(y[test_idx], predicted, average="macro")),
                }
            )
    result = pd.DataFrame(rows)
    return result.groupby("fraction", as_index=False).agg(
        train_rows=("train_rows", "mean"), macro_f1=("macro_f1", "mean"), std=("macro_f1", "std")
    )


def confident_errors(
    frame: pd.DataFrame, model: ClientClassifier, *, top: int = 10
) -> pd.DataFrame:
    """The wrong predictions the model was surest of, with the words that drove each one."""
    texts = model_texts(frame)
    proba = model.predict_proba(texts)
    predicted = np.asarray(model.labels)[proba.argmax(axis=1)]
    wrong = np.flatnonzero(predicted != frame["label"].to_numpy())
    worst = wrong[np.argsort(proba[wrong].max(axis=1))[::-1][:top]]
    rows = []
    for i in worst:
        result = model.classify_text(
            str(frame["text"].iloc[i]), subject=str(frame["subject"].iloc[i])
        )
        rows.append(
            {
                "id": frame["id"].iloc[i],
                "label": frame["label"].iloc[i],
                "predicted": result.label,
                "confidence": round(result.confidence, 3),
                "because of": ", ".join(t.term for t in result.explanation[:6]),
                "text": result.cleaned_text[:300],
            }
        )
    return pd.DataFrame(rows)
