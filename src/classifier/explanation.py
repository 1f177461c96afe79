"""Why a message got its label: every feature credited to the written words it came from.

The score of a class is ``sum_j x_j * c_j``: each feature's TF-IDF value times its coefficient
relative to the other classes (softmax does not change when the per-feature mean over classes is
subtracted, so ``c_j`` is what moves this class against the rest). The features come with their
origins (:class:`~classifier.scoring.Origins`), so the whole score is shared out among the
pieces of the text: word n-grams among their tokens' words, unigrams and character n-grams to
their own word, and a cue marker to the words that set the cue off (:mod:`classifier.lexicons`).
Nothing is credited twice and nothing is left over (a test checks it on the whole corpus to 1e-9).
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from classifier.features import word_span
from classifier.lexicons import MARKERS, triggers
from classifier.preprocessing import Prepared
from classifier.scoring import Analysed, Origins


@dataclass(frozen=True, slots=True)
class Term:
    """A word of the message and how much it pushed the prediction toward its label."""

    term: str
    weight: float
    field: Literal["subject", "body"]
    start: int  # character offsets into that field
    end: int


def credit(
    relative_coef: npt.NDArray[np.float64], prepared: Prepared, analysed: Analysed
) -> npt.NDArray[np.float64]:
    """Each piece's share of the score whose relative coefficients are given; together, all of it.

    ``relative_coef`` is one class's row over all feature columns.
    """
    origins = analysed.origins
    if origins is None:
        raise ValueError("credit needs an analysis made with origins=True")
    texts = origins.texts
    if not len(origins.columns):
        return np.zeros(len(texts))
    indices = analysed.indices
    where = origins.where
    shares = origins.shares
    totals = np.bincount(where, weights=shares, minlength=len(indices))
    part = analysed.values * relative_coef[indices]
    contrib = part[where] * shares / totals[where]
    per_piece: npt.NDArray[np.float64] = np.bincount(
        origins.owners, weights=contrib, minlength=len(texts)
    ).astype(np.float64, copy=False)
    # Pieces come in the order they were written, so the cue markers are the last ones.
    first_cue = _written(prepared, origins)
    if first_cue < len(texts):
        _credit_cues(prepared, origins, range(first_cue, len(texts)), per_piece)
    return per_piece


def _written(prepared: Prepared, origins: Origins) -> int:
    """How many pieces come before the cue markers (pieces come in the order written)."""
    return int(origins.starts.searchsorted(prepared.cues_start))


def _credit_cues(
    prepared: Prepared, origins: Origins, cues: range, per_piece: npt.NDArray[np.float64]
) -> None:
    """Move each cue marker's credit to the written words that set it off."""
    set_off: Mapping[str, AbstractSet[str]] = (
        dict(prepared.cue_words)
        if prepared.cue_words
        else triggers(prepared.model_text[: prepared.cues_start])
    )
    by_marker = {MARKERS[category]: words for category, words in set_off.items()}
    texts, tokens = origins.texts, origins.tokens
    for i in cues:
        words = by_marker.get(texts[i])
        if not words:
            continue
        # The markers are the last pieces: every piece before the first one is the client's.
        setters = [
            k for k in range(cues.start) if texts[k] in words or not words.isdisjoint(tokens[k])
        ]
        if setters:
            per_piece[setters] += per_piece[i] / len(setters)
            per_piece[i] = 0.0


def explain(
    relative_coef: npt.NDArray[np.float64],
    prepared: Prepared,
    analysed: Analysed,
    *,
    top_terms: int = 8,
) -> list[Term]:
    """The written words that pushed the score up most, as written, with their offsets.

    Repeated words are merged at their first place; offsets point into the subject or the body,
    so the page can highlight them.
    """
    origins = analysed.origins
    if origins is None or not len(origins.texts):
        return []
    per_piece = credit(relative_coef, prepared, analysed)
    text = prepared.model_text
    written = _written(prepared, origins)
    terms = origins.terms[:written]
    by_term: dict[str, float] = {}
    get = by_term.get
    for term, weight in zip(terms, per_piece[:written].tolist(), strict=True):
        by_term[term] = get(term, 0.0) + weight  # as a sum from zero: -0.0 becomes 0.0
    ranked = sorted(((w, k) for k, w in by_term.items() if w > 0), reverse=True)[:top_terms]
    out = []
    for weight, key in ranked:
        # Only the terms shown need their place in the text: that of the term's first piece.
        k = terms.index(key)
        start, end = word_span(text, int(origins.starts[k]), int(origins.ends[k]))
        field_name: Literal["subject", "body"] = "subject"
        if start >= prepared.body_start:
            field_name, start, end = "body", start - prepared.body_start, end - prepared.body_start
        source = prepared.subject if field_name == "subject" else prepared.cleaned_body
        out.append(
            Term(
                term=source[start:end],
                weight=round(weight, 4),
                field=field_name,
                start=start,
                end=end,
            )
        )
    return out
