"""How training time and model size grow with the number of training messages.

The training split is resampled with replacement to each size. Resampling repeats messages, so
the vocabulary grows less than it would with new writing: the sizes here are a lower bound, and
``max_features`` caps them in any case. One fit is one features + logistic-regression pipeline;
``client-classifier train`` makes ``calibration.folds + 1`` fits per head (two heads), plus the
cross-validation that ``--no-cv`` skips.
"""

from __future__ import annotations

import io
import time
from collections.abc import Sequence
from typing import Any

import joblib
import numpy as np

from classifier.config import ModelConfig
from classifier.training import build_pipeline


def run_growth(
    texts: Sequence[str],
    labels: Sequence[str],
    config: ModelConfig,
    *,
    sizes: Sequence[int],
    log: Any = print,
) -> list[dict[str, Any]]:
    """Fit time, vocabulary and compressed size of one pipeline at each training size."""
    rng = np.random.default_rng(config.evaluation.seed)
    out = []
    for size in sizes:
        pick = rng.choice(len(texts), size=size, replace=True)
        sample_texts = [texts[i] for i in pick]
        sample_labels = [labels[i] for i in pick]
        pipeline = build_pipeline(config)
        start = time.perf_counter()
        pipeline.fit(sample_texts, sample_labels)
        fit_s = time.perf_counter() - start
        buffer = io.BytesIO()
        joblib.dump(pipeline, buffer, compress=3)
        word, char = (t for _, t in pipeline.named_steps["features"].transformer_list)
        row = {
            "messages": size,
            "fit_s": fit_s,
            "word_features": len(word.vocabulary_),
            "char_features": len(char.vocabulary_),
            "model_mb": buffer.tell() / 2**20,
        }
        log(f"  {size:6d} messages: fit {fit_s:6.1f} s, {row['model_mb']:.1f} MB")
        out.append(row)
    return out
