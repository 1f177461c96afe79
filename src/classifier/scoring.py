"""Scoring: the fitted pipelines compiled into lookup tables, for fast prediction.

A fitted ``CalibratedClassifierCV(Pipeline([features, LogisticRegression]))`` spends almost all of
a one-message prediction on per-call overhead: validation, two vectorizers building sparse
matrices, a FeatureUnion stacking them, a second pipeline doing it all again for the topic. The
arithmetic itself is small. :class:`CompiledModel` does only that arithmetic, once per message
for every head that shares the features:

1. read the text once into its normalised pieces (:func:`classifier.features.pieces`), which
   both analyzers read;
2. look up word n-grams in the vocabulary, and take each word's character n-grams from a cache
   (a word's ``char_wb`` n-grams never depend on its neighbours);
3. TF-IDF as scikit-learn does it: ``1 + log(tf)`` when sublinear, times idf, l2 per block;
4. each head multiplies the few rows of ``coef_.T`` the message actually has, adds the intercept
   and applies the fitted calibration.

The probabilities equal the pipeline's ``predict_proba`` up to float rounding; a test compares
them on the whole corpus to 1e-9. Anything the compiler does not recognise raises
:class:`NotCompilableError` rather than guessing, so a changed pipeline cannot silently diverge.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from classifier.features import (
    CharPreprocessor,
    Piece,
    WordAnalyzer,
    piece_spans,
    piece_words,
    trimmed,
    word_bounds,
)
from classifier.lang import pack_of_text
from classifier.tokenization import prefix_variants, tokenize_chunk

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_CACHE_LIMIT = 50_000  # words; a few tens of MB at most, cleared when full

Chunk = tuple[tuple[str, ...], IntArray, str]
"""A chunk's tokens, its feature columns and its term (:meth:`CompiledFeatures.chunk`)."""


class NotCompilableError(ValueError):
    """The fitted estimator has a shape this module does not reproduce exactly."""


@dataclass(frozen=True, slots=True)
class Origins:
    """Where each feature occurrence of a message came from.

    Occurrence ``k`` is column ``columns[k]`` counted for piece ``owners[k]`` with share
    ``shares[k]``: 1 for a token's unigram, its prefix variants and a piece's character n-grams;
    ``1/n`` for each of the ``n`` tokens of a longer word n-gram. A column's shares add up to
    its count, so sharing a feature's weight by share credits all of it and nothing twice.
    Piece ``k`` is ``texts[k]``, cut from the written word at ``starts[k]:ends[k]``.
    """

    texts: tuple[str, ...]
    starts: IntArray  # per piece, the offsets of its written word
    ends: IntArray
    tokens: tuple[tuple[str, ...], ...]  # per piece
    terms: tuple[str, ...]  # per piece: its text without the punctuation around it
    columns: IntArray
    owners: IntArray
    shares: FloatArray
    where: IntArray  # per occurrence, the position of its column in the analysis' ``indices``

    @property
    def pieces(self) -> tuple[Piece, ...]:
        """The pieces, each with the offsets of its written word."""
        return tuple(
            Piece(t, a, b)
            for t, a, b in zip(self.texts, self.starts.tolist(), self.ends.tolist(), strict=True)
        )


@dataclass(frozen=True, slots=True)
class Analysed:
    """One message as the features see it: its sparse TF-IDF vector (and, on request, origins)."""

    indices: IntArray  # sorted feature columns present in the message
    values: FloatArray  # their TF-IDF values, l2-normalised per block
    origins: Origins | None = None
    word_columns: int = -1  # how many of ``indices`` are word features (-1: not counted)


def _unique_counts(occurrences: IntArray) -> tuple[IntArray, IntArray]:
    """The sorted distinct values of an array and how often each occurs (``np.unique``)."""
    ordered = np.sort(occurrences)
    size = len(ordered)
    if not size:
        return ordered, np.zeros(0, np.int64)
    first = np.empty(size, np.bool_)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.empty(len(starts), np.int64)
    np.subtract(starts[1:], starts[:-1], out=counts[:-1])
    counts[-1] = size - starts[-1]
    return ordered[starts], counts


def char_wb_ngrams(word: str, lo: int, hi: int) -> list[str]:
    """scikit-learn's ``char_wb`` n-grams of one whitespace-free word, short-word rule included."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(lo, hi + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < len(padded):
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:  # a word shorter than n is counted once, as scikit-learn does
            break
    return grams


def _tfidf_checks(vec: TfidfVectorizer, name: str) -> None:
    if vec.norm != "l2" or not vec.use_idf or vec.binary or vec.lowercase:
        raise NotCompilableError(f"{name}: expected l2-normalised idf weighting on raw counts")
    if not hasattr(vec, "idf_"):
        raise NotCompilableError(f"{name}: the vectorizer is not fitted")


class CompiledFeatures:
    """The word + ``char_wb`` TF-IDF FeatureUnion of :func:`classifier.features.build_features`."""

    def __init__(self, union: FeatureUnion) -> None:
        if not isinstance(union, FeatureUnion) or [n for n, _ in union.transformer_list] != [
            "word",
            "char",
        ]:
            raise NotCompilableError("expected FeatureUnion([('word', ...), ('char', ...)])")
        word_vec, char_vec = (t for _, t in union.transformer_list)
        _tfidf_checks(word_vec, "word")
        _tfidf_checks(char_vec, "char")
        analyzer = word_vec.analyzer
        pre = char_vec.preprocessor
        if not isinstance(analyzer, WordAnalyzer):
            raise NotCompilableError("word: expected a WordAnalyzer")
        if char_vec.analyzer != "char_wb" or not isinstance(pre, CharPreprocessor):
            raise NotCompilableError("char: expected char_wb n-grams after a CharPreprocessor")
        if (pre.strip_niqqud, pre.max_chars) != (analyzer.strip_niqqud, analyzer.max_chars):
            raise NotCompilableError("the word and char analyzers normalise text differently")
        self.strip_niqqud: bool = analyzer.strip_niqqud
        self.max_chars: int = analyzer.max_chars
        self.word_ngrams: tuple[int, int] = (analyzer.ngram_min, analyzer.ngram_max)
        self.prefix_variants: bool = analyzer.prefix_variants
        lo, hi = char_vec.ngram_range
        self.char_ngrams: tuple[int, int] = (int(lo), int(hi))
        self.word_index: dict[str, int] = dict(word_vec.vocabulary_)
        self.char_index: dict[str, int] = dict(char_vec.vocabulary_)
        self.n_word = len(self.word_index)
        self.n_features = self.n_word + len(self.char_index)
        self.idf: FloatArray = np.concatenate(
            [np.asarray(word_vec.idf_, np.float64), np.asarray(char_vec.idf_, np.float64)]
        )
        self.sublinear = (bool(word_vec.sublinear_tf), bool(char_vec.sublinear_tf))
        self._identity = (
            self.word_index,
            self.char_index,
            self.idf.tobytes(),
            self.sublinear,
            self.word_ngrams,
            self.prefix_variants,
            self.char_ngrams,
            self.strip_niqqud,
            self.max_chars,
        )
        # Word n-grams longer than one, keyed by their tokens: tokens hold no whitespace, so the
        # key "a b" and the tuple ("a", "b") name the same n-gram, and tuples of cached tokens
        # hash without re-reading the characters.
        self.ngram_index: dict[tuple[str, ...], int] = {
            tuple(gram.split(" ")): j for gram, j in self.word_index.items() if " " in gram
        }
        self._chunks: dict[str, dict[str, Chunk]] = {}  # by tokenizer language, by chunk
        self._cached = 0
        self._scratch = threading.local()

    def same_as(self, other: CompiledFeatures) -> bool:
        """True when both compute the same vector for every text (same vocabulary, idf, analyzers)."""
        return self._identity == other._identity

    def unigram_columns(self, token: str) -> list[int]:
        """Columns of a token as a word unigram and as its prefix-less Hebrew variants."""
        grams = [token] if self.word_ngrams[0] <= 1 <= self.word_ngrams[1] else []
        if self.prefix_variants:
            grams.extend(prefix_variants(token))
        return [self.word_index[g] for g in grams if g in self.word_index]

    def char_columns(self, word: str) -> list[int]:
        """Columns (offset past the word block) of a whitespace-free word's character n-grams."""
        index, offset = self.char_index, self.n_word
        return [index[g] + offset for g in char_wb_ngrams(word, *self.char_ngrams) if g in index]

    def chunk(self, chunk: str, lang: str) -> Chunk:
        """A whitespace-free chunk's tokens, its unigram and character columns, and its term
        (the chunk without the punctuation around it, as the explanation names it). Cached."""
        by_lang = self._chunks.get(lang)
        if by_lang is None:
            by_lang = self._chunks[lang] = {}
        entry = by_lang.get(chunk)
        if entry is None:
            tokens = tokenize_chunk(chunk, lang)
            columns = self.char_columns(chunk)
            for tok in tokens:
                columns.extend(self.unigram_columns(tok))
            entry = (tokens, np.array(columns, np.int64), trimmed(chunk))
            self._cached += 1
            if self._cached > _CACHE_LIMIT:
                for each in self._chunks.values():
                    each.clear()
                self._cached = 1
            by_lang[chunk] = entry
        return entry

    @property
    def cached_chunks(self) -> int:
        """How many chunks the cache holds (:meth:`chunk`)."""
        return sum(len(by_lang) for by_lang in self._chunks.values())

    def common_words(self, count: int) -> list[str]:
        """The ``count`` word unigrams of the vocabulary found in most training texts (lowest idf)."""
        unigrams = [(float(self.idf[j]), w) for w, j in self.word_index.items() if " " not in w]
        return [w for _, w in sorted(unigrams)[:count]]

    def analyse(self, text: str, *, origins: bool = False) -> Analysed:
        """The TF-IDF vector of one model text, as the fitted FeatureUnion computes it.

        Both analyzers read the text's :func:`~classifier.features.pieces`; a piece's tokens
        and character n-grams never depend on its neighbours, so both are cached per piece.
        With ``origins`` the result also says which piece each feature occurrence came from.
        """
        texts, one_each = piece_words(
            text, strip_niqqud=self.strip_niqqud, max_chars=self.max_chars
        )
        if not texts:
            return self._analysed([], [], text, one_each, origins=origins)
        lang = pack_of_text(" ".join(texts)).spacy_lang  # features.tokenizer_language
        chunks = self._chunks.get(lang) or {}
        entries = [chunks.get(t) or self.chunk(t, lang) for t in texts]
        return self._analysed(texts, entries, text, one_each, origins=origins)

    def _analysed(
        self,
        texts: list[str],
        entries: list[Chunk],
        text: str,
        one_each: bool,
        *,
        origins: bool,
    ) -> Analysed:
        per_piece: tuple[tuple[str, ...], ...] = ()
        columns: tuple[IntArray, ...] = ()
        terms: tuple[str, ...] = ()
        if entries:
            per_piece, columns, terms = zip(*entries, strict=True)
        tokens = list(chain.from_iterable(per_piece))
        lo, hi = self.word_ngrams
        index = self.ngram_index
        grams: list[tuple[int, int, int]] = []
        if hi == 2 and lo <= 2:
            grams = [
                (j, start, 2)
                for start, gram in enumerate(pairwise(tokens))
                if (j := index.get(gram)) is not None
            ]
        elif hi >= 2:
            grams = [
                (j, start, n)
                for n in range(max(lo, 2), hi + 1)
                for start, gram in enumerate(zip(*(tokens[k:] for k in range(n)), strict=False))
                if (j := index.get(gram)) is not None
            ]
        gram_columns = np.array([j for j, _, _ in grams], np.int64)
        occurrences = np.concatenate([*columns, gram_columns])
        indices, counts = _unique_counts(occurrences)
        values, split = self._weigh(indices, counts)
        if not origins:
            return Analysed(indices, values, None, split)
        if one_each:
            starts, ends = word_bounds(text[: self.max_chars])
        else:  # a written word gave no piece or several: find each piece's word
            _, spans = piece_spans(text, strip_niqqud=self.strip_niqqud, max_chars=self.max_chars)
            starts = np.array([a for a, _ in spans], np.int64)
            ends = np.array([b for _, b in spans], np.int64)
        # Built with a handful of whole-array operations: one small array per piece and per
        # n-gram cost more than the rest of the analysis.
        sizes = np.fromiter(map(len, columns), np.int64, len(columns))
        pieces = np.arange(len(texts), dtype=np.int64)
        owners = np.repeat(pieces, sizes)
        shares = np.ones(len(occurrences))
        if grams:
            own = len(occurrences) - len(grams)
            token_owner = np.repeat(pieces, np.fromiter(map(len, per_piece), np.int64, len(texts)))
            gram_start = np.array([start for _, start, _ in grams], np.int64)
            gram_n = np.array([n for _, _, n in grams], np.int64)
            # Occurrence t of an n-gram starting at token s is token s + t (t < n).
            within = np.arange(int(gram_n.sum())) - np.repeat(np.cumsum(gram_n) - gram_n, gram_n)
            occurrences = np.concatenate([occurrences[:own], np.repeat(gram_columns, gram_n)])
            owners = np.concatenate([owners, token_owner[np.repeat(gram_start, gram_n) + within]])
            shares = np.concatenate([shares[:own], np.repeat(1.0 / gram_n, gram_n)])
        # Each occurrence's position in ``indices``, through a table over all columns (a binary
        # search per occurrence costs more than the rest of the explanation's arithmetic).
        positions = self._positions()
        positions[indices] = np.arange(len(indices))
        found = Origins(
            texts=tuple(texts),
            starts=starts,
            ends=ends,
            tokens=per_piece,
            terms=terms,
            columns=occurrences,
            owners=owners,
            shares=shares,
            where=positions[occurrences],
        )
        return Analysed(indices, values, found, split)

    def _positions(self) -> IntArray:
        """A scratch table of one entry per feature column, one per thread."""
        table: IntArray | None = getattr(self._scratch, "positions", None)
        if table is None:
            table = self._scratch.positions = np.zeros(self.n_features, np.int64)
        return table

    def _weigh(self, indices: IntArray, counts: IntArray) -> tuple[FloatArray, int]:
        """TF-IDF values of sorted columns with their counts, as TfidfTransformer computes them,
        and how many of the columns are word features."""
        split = int(indices.searchsorted(self.n_word))
        tf = counts.astype(np.float64)
        if self.sublinear == (True, True):
            np.log(tf, out=tf)
            tf += 1.0
        else:
            for block, sublinear in zip((tf[:split], tf[split:]), self.sublinear, strict=True):
                if sublinear:
                    np.log(block, out=block)
                    block += 1.0
        values = tf * self.idf[indices]
        for block in (values[:split], values[split:]):
            norm = math.sqrt(float(np.dot(block, block)))
            if norm > 0.0:
                block /= norm
        return values, split

    def matrix(self, analysed: Sequence[Analysed]) -> sp.csr_matrix:
        """Stack analysed messages into the CSR matrix the FeatureUnion would have produced."""
        indptr = np.zeros(len(analysed) + 1, np.int64)
        np.cumsum([len(a.indices) for a in analysed], out=indptr[1:])
        indices = (
            np.concatenate([a.indices for a in analysed]) if analysed else np.zeros(0, np.int64)
        )
        data = np.concatenate([a.values for a in analysed]) if analysed else np.zeros(0)
        return sp.csr_matrix((data, indices, indptr), shape=(len(analysed), self.n_features))


class CompiledHead:
    """A logistic regression and its calibration, reading columns of a :class:`CompiledFeatures`."""

    def __init__(self, estimator: CalibratedClassifierCV) -> None:
        if (
            not isinstance(estimator, CalibratedClassifierCV)
            or len(estimator.calibrated_classifiers_) != 1
        ):
            raise NotCompilableError("expected a fitted CalibratedClassifierCV(ensemble=False)")
        calibrated = estimator.calibrated_classifiers_[0]
        pipeline = calibrated.estimator
        if not isinstance(pipeline, Pipeline) or list(pipeline.named_steps) != ["features", "clf"]:
            raise NotCompilableError("expected Pipeline([('features', ...), ('clf', ...)])")
        clf = pipeline.named_steps["clf"]
        if not isinstance(clf, LogisticRegression):
            raise NotCompilableError("expected a LogisticRegression")
        classes = [str(c) for c in estimator.classes_]
        # Depending on the method, the calibrator fits its estimator on the labels or on their
        # codes; either way column k must be classes[k].
        inner = [str(c) for c in clf.classes_]
        if inner not in (classes, [str(k) for k in range(len(classes))]) or len(classes) < 3:
            raise NotCompilableError("expected a multiclass model on the calibrator's classes")
        self.classes = classes
        self.features = CompiledFeatures(pipeline.named_steps["features"])
        self.coef_t: FloatArray = np.ascontiguousarray(np.asarray(clf.coef_, np.float64).T)
        self.intercept: FloatArray = np.asarray(clf.intercept_, np.float64)
        self.method: str = calibrated.method
        self.calibrators: list[Any] = list(calibrated.calibrators)
        if self.method == "temperature":
            self.beta = float(np.asarray(self.calibrators[0].beta_))
        elif self.method not in ("sigmoid", "isotonic"):
            raise NotCompilableError(f"unknown calibration method {self.method!r}")

    def calibrate_row(self, decision: list[float]) -> list[float]:
        """:meth:`calibrate` of one message's decision values, in plain floats.

        For one message the dozen numpy calls of :meth:`calibrate` cost more than the
        arithmetic. This does the same operations in the same order, so the results are the
        same floats: products, differences and quotients are IEEE operations either way, the
        exponential is numpy's, and numpy sums fewer than 8 values one after another, as here.
        Anything else (other methods, 8 classes or more, decision values that look like
        probabilities) goes through :meth:`calibrate`.
        """
        if (
            self.method != "temperature"
            or len(decision) >= 8
            or all(0.0 <= d <= 1.0 for d in decision)
        ):
            return self.calibrate(np.array([decision]))[0].tolist()  # type: ignore[no-any-return]
        beta = self.beta
        z = [beta * d for d in decision]
        top = max(z)
        exp: list[float] = np.exp([v - top for v in z]).tolist()
        total = 0.0
        for v in exp:
            total += v
        return [1.0 if 1.0 < p <= 1.0 + 1e-5 else p for p in (v / total for v in exp)]

    def calibrate(self, decision: FloatArray) -> FloatArray:
        """Decision values (n, k) to calibrated probabilities, as ``_CalibratedClassifier`` does."""
        if self.method == "temperature":
            logits = decision
            # scikit-learn reads a batch whose every row already looks like probabilities as
            # probabilities; reproduce that so the answers match exactly.
            if np.all((decision >= 0) & (decision <= 1)) and np.allclose(decision.sum(axis=1), 1.0):
                logits = np.log(decision + 1e-12)
            z = self.beta * logits
            z -= z.max(axis=1, keepdims=True)
            np.exp(z, out=z)
            proba = z / z.sum(axis=1, keepdims=True)
        else:
            proba = np.zeros_like(decision)
            for k, calibrator in enumerate(self.calibrators):
                proba[:, k] = calibrator.predict(decision[:, k])
            total = proba.sum(axis=1, keepdims=True)
            uniform = np.full_like(proba, 1.0 / proba.shape[1])
            proba = np.divide(proba, total, out=uniform, where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return np.asarray(proba, np.float64)


@dataclass(frozen=True, slots=True)
class Scored:
    """What :meth:`CompiledModel.predict_many` found: per head, probabilities and analyses."""

    proba: dict[str, FloatArray]
    analysed: dict[str, list[Analysed]]


@dataclass(slots=True)
class _Group:
    """Heads that read the same features, their coefficients side by side for one gather."""

    features: CompiledFeatures
    heads: list[tuple[str, CompiledHead, slice]]
    coef_t: FloatArray
    intercept: FloatArray


class CompiledModel:
    """Every head of a model bundle, sharing one feature pass where their features are equal."""

    def __init__(self, estimators: dict[str, CalibratedClassifierCV]) -> None:
        self.heads: dict[str, CompiledHead] = {}
        members: list[tuple[CompiledFeatures, list[tuple[str, CompiledHead]]]] = []
        for name, estimator in estimators.items():
            head = CompiledHead(estimator)
            self.heads[name] = head
            for features, group in members:
                if features.same_as(head.features):
                    head.features = features
                    group.append((name, head))
                    break
            else:
                members.append((head.features, [(name, head)]))
        self._groups: list[_Group] = []
        for features, group in members:
            bounds = np.cumsum([0, *(len(h.classes) for _, h in group)])
            self._groups.append(
                _Group(
                    features=features,
                    heads=[
                        (name, head, slice(int(a), int(b)))
                        for (name, head), a, b in zip(group, bounds[:-1], bounds[1:], strict=True)
                    ],
                    coef_t=np.ascontiguousarray(np.hstack([h.coef_t for _, h in group])),
                    intercept=np.concatenate([h.intercept for _, h in group]),
                )
            )

    @property
    def features(self) -> list[CompiledFeatures]:
        """Each distinct feature set (heads that read the same features share one)."""
        return [group.features for group in self._groups]

    def predict_one(
        self, text: str, *, origins: bool = False
    ) -> tuple[dict[str, FloatArray], dict[str, Analysed]]:
        """Probabilities from every head for one model text, and the analysis each head used."""
        proba: dict[str, FloatArray] = {}
        analysed: dict[str, Analysed] = {}
        for group in self._groups:
            doc = group.features.analyse(text, origins=origins)
            decision = doc.values @ np.take(group.coef_t, doc.indices, axis=0) + group.intercept
            for name, head, columns in group.heads:
                analysed[name] = doc
                proba[name] = head.calibrate(decision[np.newaxis, columns])[0]
        return proba, analysed

    def predict_row(
        self, text: str, *, origins: bool = False
    ) -> tuple[dict[str, list[float]], dict[str, Analysed]]:
        """:meth:`predict_one` with the probabilities as plain floats (the same values)."""
        proba: dict[str, list[float]] = {}
        analysed: dict[str, Analysed] = {}
        for group in self._groups:
            doc = group.features.analyse(text, origins=origins)
            decision = doc.values @ group.coef_t[doc.indices] + group.intercept
            row: list[float] = decision.tolist()
            for name, head, columns in group.heads:
                analysed[name] = doc
                proba[name] = head.calibrate_row(row[columns])
        return proba, analysed

    def predict_many(
        self, texts: Sequence[str], *, keep_analysed: bool = False, origins: bool = False
    ) -> Scored:
        """Probabilities (n, k) from every head for many model texts, one sparse product a group."""
        scored = Scored(proba={}, analysed={})
        for group in self._groups:
            analysed = [group.features.analyse(t, origins=origins) for t in texts]
            matrix = group.features.matrix(analysed)
            decision = np.asarray(matrix @ group.coef_t) + group.intercept
            for name, head, columns in group.heads:
                scored.proba[name] = head.calibrate(decision[:, columns])
                if keep_analysed:
                    scored.analysed[name] = analysed
        return scored
