"""Which language a message is written in: ``he``, ``en``, ``mixed`` or an honest ``other``.

The labeling guide's rule: a few foreign words inside a sentence do not change the language;
``mixed`` means each language carries at least one full sentence of the client's own text. Hebrew
and English use different scripts, so counting letters per sentence decides it; a Latin-script
text is only called English when English function words back it up.
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["he", "en", "mixed", "other"]

_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"[A-Za-z']+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "my",
        "your",
        "our",
        "their",
        "me",
        "us",
        "him",
        "her",
        "them",
        "not",
        "no",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "please",
        "thanks",
        "hi",
        "hello",
        "just",
        "so",
        "if",
        "as",
        "what",
        "when",
        "why",
        "how",
        "there",
        "here",
        "about",
        "up",
        "out",
        "all",
        "any",
        "some",
        "get",
        "got",
        "let",
        "me",
        "i'm",
        "it's",
        "don't",
        "can't",
        "ok",
        "okay",
    ]
)
_MIN_SENTENCE_WORDS = 3


def _is_english(latin_text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(latin_text)]
    if len(words) < 4:
        return True  # too short to tell; a few Latin words are most often English here
    hits = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS)
    return hits / len(words) >= 0.12


def detect_language(text: str) -> Language:
    """Detect the language of a cleaned message body."""
    letters = _LETTER.findall(text)
    if not letters:
        return "other"
    hebrew = len(_HEBREW.findall(text))
    latin = len(_LATIN.findall(text))
    if hebrew + latin < 0.5 * len(letters):
        return "other"  # Arabic, Cyrillic, ... : neither of our languages
    he_sentences = en_sentences = 0
    for sentence in _SENTENCE_SPLIT.split(text):
        words = sentence.split()
        if len(words) < _MIN_SENTENCE_WORDS:
            continue
        h, latin_count = len(_HEBREW.findall(sentence)), len(_LATIN.findall(sentence))
        if h > 2 * latin_count:
            he_sentences += 1
        elif latin_count > 2 * h and _is_english(sentence):
            en_sentences += 1
    if he_sentences and en_sentences:
        return "mixed"
    if hebrew >= latin:
        return "he"
    return "en" if _is_english(text) else "other"
