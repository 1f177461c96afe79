"""Features: TF-IDF over word n-grams and character n-grams.

Word n-grams catch phrases ("לא מקובל", "asap", "as I said"); character n-grams inside word
boundaries catch Hebrew morphology and typos that whole words miss. Every piece here is a
module-level class or function, so a fitted pipeline pickles without lambdas or closures.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from classifier.config import NgramConfig, TextConfig
from classifier.tokenization import normalize, prefix_variants, tokenize


@lru_cache(maxsize=65536)
def _tokens(text: str, strip_niqqud: bool) -> tuple[str, ...]:
    # Cross-validation fits the same texts many times; tokenizing each once saves most of it.
    return tuple(tokenize(normalize(text, strip_niqqud=strip_niqqud)))


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
        tokens = _tokens(text[: self.max_chars], self.strip_niqqud)
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
    """Normalise a text before character n-grams are cut from it."""

    def __init__(self, *, strip_niqqud: bool, max_chars: int) -> None:
        self.strip_niqqud = strip_niqqud
        self.max_chars = max_chars

    def __call__(self, text: str) -> str:
        return normalize(text[: self.max_chars], strip_niqqud=self.strip_niqqud)

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
