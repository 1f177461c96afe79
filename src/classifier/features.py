"""Features: TF-IDF over word n-grams and character n-grams, from one reading of the text.

Word n-grams catch phrases ("לא מקובל", "asap", "as I said"); character n-grams inside word
boundaries catch Hebrew morphology and typos that whole words miss.

A text is read once, here, for everyone: :func:`pieces` cuts it at white space, normalises each
written word (which may give more than one piece) and remembers where each piece was written.
The training analyzers below, the compiled scorer (:mod:`classifier.scoring`) and the
explanation all take their tokens and character n-grams from these pieces, so the three cannot
drift apart, and every feature can be traced back to the words it came from. Every class here
is module-level, so a fitted pipeline pickles without lambdas or closures.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from classifier.config import NgramConfig, TextConfig
from classifier.lang import pack_of_text
from classifier.tokenization import (
    MAX_CHUNK,
    normalization_signs,
    normalize,
    prefix_variants,
    tokenize_chunk,
)

_WRITTEN_WORD = re.compile(r"\S+")


class Piece(NamedTuple):
    """One whitespace-free piece of the normalised text, and the written word it came from.

    A named tuple rather than a dataclass: every message makes one per word, and a tuple is
    built several times faster than a frozen dataclass.
    """

    text: str  # normalised: character n-grams are cut from it, tokens split from it
    start: int  # offsets of the written word in the text that was read
    end: int


_WORD_CACHE_LIMIT = 50_000  # written words; cleared when full
# A written word's normalised pieces, one cache per niqqud setting: a lookup per word of every
# message, so keyed by the word alone (no key tuple to build).
_word_caches: dict[bool, dict[str, tuple[str, ...]]] = {True: {}, False: {}}
_word_cache_signs: object = None


def _normalised_words(strip_niqqud: bool) -> dict[str, tuple[str, ...]]:
    """The cache of written words' normalised pieces, emptied when the packs change."""
    global _word_cache_signs
    signs = normalization_signs()
    cache = _word_caches[strip_niqqud]
    if signs is not _word_cache_signs:
        for each in _word_caches.values():
            each.clear()
        _word_cache_signs = signs
    elif len(cache) >= _WORD_CACHE_LIMIT:
        cache.clear()
    return cache


def _normalised_word(word: str, strip_niqqud: bool) -> tuple[str, ...]:
    return tuple(normalize(word, strip_niqqud=strip_niqqud).split())


def piece_texts(text: str, *, strip_niqqud: bool, max_chars: int) -> list[str]:
    """The texts of :func:`pieces`, without their offsets (cheaper: no match objects)."""
    return piece_words(text, strip_niqqud=strip_niqqud, max_chars=max_chars)[0]


def piece_words(text: str, *, strip_niqqud: bool, max_chars: int) -> tuple[list[str], bool]:
    """The texts of :func:`pieces`, and whether each written word gave exactly one of them.

    When it did, piece ``k`` was cut from written word ``k`` (:func:`word_bounds`).
    """
    cache = _normalised_words(strip_niqqud)
    out: list[str] = []
    one_each = True
    for word in text[:max_chars].split():  # str.split and ``\S+`` agree on what is white space
        normalised = cache.get(word)
        if normalised is None:
            normalised = _normalised_word(word, strip_niqqud)
            if len(word) <= MAX_CHUNK:
                cache[word] = normalised
        if len(normalised) == 1:
            out.append(normalised[0])
        else:
            out += normalised
            one_each = False
    return out, one_each


_SPACE: npt.NDArray[np.bool_] | None = None


def word_bounds(text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Where each written word (a run of non-white-space, ``\\S+``) of ``text`` starts and ends.

    Computed over the whole text at once: a match object per word costs more.
    """
    global _SPACE
    if _SPACE is None:
        # White space as str.split and ``re`` see it (both ask Py_UNICODE_ISSPACE); there is
        # none outside the Basic Multilingual Plane, whose end stands for everything above it.
        _SPACE = np.array([chr(c).isspace() for c in range(0x10000)] + [False])
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    written = np.zeros(len(points) + 2, np.int8)
    written[1:-1] = ~_SPACE[np.minimum(points, 0x10000)]
    edges = np.diff(written)
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def piece_spans(
    text: str, *, strip_niqqud: bool, max_chars: int
) -> tuple[list[str], list[tuple[int, int]]]:
    """The texts of :func:`pieces` and, in step, the offsets of the written word of each."""
    cache = _normalised_words(strip_niqqud)
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WRITTEN_WORD.finditer(text[:max_chars]):
        word = match.group()
        normalised = cache.get(word)
        if normalised is None:
            normalised = _normalised_word(word, strip_niqqud)
            if len(word) <= MAX_CHUNK:
                cache[word] = normalised
        texts += normalised
        if len(normalised) == 1:
            spans.append(match.span())
        else:
            spans += [match.span()] * len(normalised)
    return texts, spans


def pieces(text: str, *, strip_niqqud: bool, max_chars: int) -> list[Piece]:
    """The normalised pieces of the first ``max_chars`` characters, with where each was written.

    Normalising word by word gives the pieces that normalising the whole text and splitting it
    would (no normalisation step reaches across white space), and lets each piece point back to
    its written word. Words no longer than a token chunk are cached.
    """
    texts, spans = piece_spans(text, strip_niqqud=strip_niqqud, max_chars=max_chars)
    return [Piece(p, start, end) for p, (start, end) in zip(texts, spans, strict=True)]


def word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A written word without the punctuation around it ("לא," → "לא"; "!!!" stays)."""
    lo, hi = start, end
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return (lo, hi) if lo < hi else (start, end)


def trimmed(piece: str) -> str:
    """A piece without the punctuation around it: the term the explanation names it by."""
    lo, hi = word_span(piece, 0, len(piece))
    return piece[lo:hi]


def tokenizer_language(found: list[Piece]) -> str:
    """The spaCy pipeline that splits a text's pieces: the first pack whose letters they hold."""
    return pack_of_text(" ".join(p.text for p in found)).spacy_lang


def piece_tokens(found: list[Piece], lang: str) -> list[tuple[str, ...]]:
    """The tokens of each piece."""
    return [tokenize_chunk(p.text, lang) for p in found]


@lru_cache(maxsize=65536)
def _tokens(text: str, strip_niqqud: bool, max_chars: int) -> tuple[str, ...]:
    # Cross-validation fits the same texts many times; tokenizing each once saves most of it.
    found = pieces(text, strip_niqqud=strip_niqqud, max_chars=max_chars)
    lang = tokenizer_language(found)
    return tuple(tok for toks in piece_tokens(found, lang) for tok in toks)


class WordAnalyzer:
    """Turn a text into word n-grams (and prefix-less Hebrew unigrams) for TfidfVectorizer."""

    def __init__(
        self,
        *,
        ngram_min: int,
        ngram_max: int,
        strip_niqqud: bool,
        prefix_variants: bool,
        max_chars: int,
    ) -> None:
        self.ngram_min = ngram_min
        self.ngram_max = ngram_max
        self.strip_niqqud = strip_niqqud
        self.prefix_variants = prefix_variants
        self.max_chars = max_chars

    def __call__(self, text: str) -> list[str]:
        tokens = _tokens(text[: self.max_chars], self.strip_niqqud, self.max_chars)
        grams: list[str] = []
        for n in range(self.ngram_min, self.ngram_max + 1):
            if n == 1:
                grams.extend(tokens)
            else:
                grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        if self.prefix_variants:
            for tok in tokens:
                grams.extend(prefix_variants(tok))
        return grams

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"WordAnalyzer({args})"


class CharPreprocessor:
    """The text's pieces joined by spaces: ``char_wb`` cuts its n-grams from each piece."""

    def __init__(self, *, strip_niqqud: bool, max_chars: int) -> None:
        self.strip_niqqud = strip_niqqud
        self.max_chars = max_chars

    def __call__(self, text: str) -> str:
        found = pieces(text, strip_niqqud=self.strip_niqqud, max_chars=self.max_chars)
        return " ".join(p.text for p in found)

    def __repr__(self) -> str:
        return f"CharPreprocessor(strip_niqqud={self.strip_niqqud!r}, max_chars={self.max_chars!r})"


def _tfidf_args(cfg: NgramConfig) -> dict[str, Any]:
    return {
        "min_df": cfg.min_df,
        "max_df": cfg.max_df,
        "sublinear_tf": cfg.sublinear_tf,
        "max_features": cfg.max_features,
        "dtype": np.float64,
    }


def build_features(*, word: NgramConfig, char: NgramConfig, text: TextConfig) -> FeatureUnion:
    """The word + character TF-IDF feature union described by the config."""
    word_vec = TfidfVectorizer(
        analyzer=WordAnalyzer(
            ngram_min=word.ngram_min,
            ngram_max=word.ngram_max,
            strip_niqqud=text.strip_niqqud,
            prefix_variants=text.hebrew_prefix_variants,
            max_chars=text.max_chars,
        ),
        lowercase=False,
        **_tfidf_args(word),
    )
    char_vec = TfidfVectorizer(
        analyzer="char_wb",
        preprocessor=CharPreprocessor(strip_niqqud=text.strip_niqqud, max_chars=text.max_chars),
        lowercase=False,
        ngram_range=(char.ngram_min, char.ngram_max),
        **_tfidf_args(char),
    )
    return FeatureUnion([("word", word_vec), ("char", char_vec)])
