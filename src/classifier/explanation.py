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

from collections import defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from classifier.features import Piece
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
    found = origins.pieces
    if not len(origins.columns):
        return np.zeros(len(found))
    where = np.searchsorted(analysed.indices, origins.columns)
    totals = np.bincount(where, weights=origins.shares, minlength=len(analysed.indices))
    part = analysed.values * relative_coef[analysed.indices]
    contrib = part[where] * origins.shares / totals[where]
    per_piece = np.bincount(origins.owners, weights=contrib, minlength=len(found)).astype(
        np.float64
    )
    # Pieces come in the order they were written, so the cue markers are the last ones.
    first_cue = len(found)
    while first_cue > 0 and found[first_cue - 1].start >= prepared.cues_start:
        first_cue -= 1
    cues = list(range(first_cue, len(found)))
    if cues:
        _credit_cues(prepared, origins, cues, per_piece)
    return per_piece


def _credit_cues(
    prepared: Prepared, origins: Origins, cues: list[int], per_piece: npt.NDArray[np.float64]
) -> None:
    """Move each cue marker's credit to the written words that set it off."""
    set_off: Mapping[str, AbstractSet[str]] = (
        dict(prepared.cue_words)
        if prepared.cue_words
        else triggers(prepared.model_text[: prepared.cues_start])
    )
    by_marker = {MARKERS[category]: words for category, words in set_off.items()}
    is_cue = set(cues)
    for i in cues:
        words = by_marker.get(origins.pieces[i].text)
        if not words:
            continue
        setters = [
            k
            for k, (piece, tokens) in enumerate(zip(origins.pieces, origins.tokens, strict=True))
            if k not in is_cue and (piece.text in words or not words.isdisjoint(tokens))
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
    if origins is None or not len(origins.pieces):
        return []
    per_piece = credit(relative_coef, prepared, analysed)
    text = prepared.model_text
    by_term: dict[str, float] = defaultdict(float)
    first: dict[str, Piece] = {}
    keys: dict[str, str] = {}  # a piece's text -> its term (a message repeats its words)
    for piece, weight in zip(origins.pieces, per_piece.tolist(), strict=True):
        if piece.start >= prepared.cues_start:
            continue
        key = keys.get(piece.text)
        if key is None:
            key = keys[piece.text] = _trimmed(piece.text)
        by_term[key] += weight
        if key not in first:
            first[key] = piece
    ranked = sorted(((w, k) for k, w in by_term.items() if w > 0), reverse=True)[:top_terms]
    out = []
    for weight, key in ranked:
        # Only the terms shown need their place in the text.
        piece = first[key]
        start, end = word_span(text, piece.start, piece.end)
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


def word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A written word without the punctuation around it ("לא," → "לא"; "!!!" stays)."""
    lo, hi = start, end
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return (lo, hi) if lo < hi else (start, end)


def _trimmed(normalised: str) -> str:
    lo, hi = word_span(normalised, 0, len(normalised))
    return normalised[lo:hi]
