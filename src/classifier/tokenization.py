"""Normalising and tokenizing Hebrew and English text with spaCy's blank pipelines.

Hebrew needs care that English does not: niqqud and cantillation marks are removed, the
geresh/gershayim and the many quote characters are unified, and the one-letter prefixes that
attach to words (ו ה ב ל מ ש כ: "וכשהלקוח" = and-when-the-client) are handled by also emitting
the word without them, so "בלוגו" and "הלוגו" share the feature "לוגו". No stop words are removed:
negations such as "לא", "אין" and "not" carry much of the signal (spaCy's Hebrew stop list even
contains "לא").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import spacy
from spacy.language import Language

_NIQQUD = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_DOUBLE_QUOTES = re.compile("[\u05f4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]")
_SINGLE_QUOTES = re.compile("[\u05f3\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\uff07]")
_DASHES = re.compile("[\u05be\u2010-\u2015\u2212]")
_URL = re.compile(r"(https?://\S+|www\.\S+)", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.-]+\b")
_DIGIT = re.compile(r"\d")
_HEBREW_WORD = re.compile(r"^[\u05d0-\u05ea\"']+$")
_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")

HEBREW_PREFIXES = frozenset("והבלמשכ")
_MIN_STEM = 3
_STACKING = frozenset("וש")
_STACKED_PAIRS = frozenset({"כש", "מש", "מה"})
_KEEP_PUNCT = frozenset({"!", "?"})


def normalize(text: str, *, strip_niqqud: bool = True) -> str:
    """Unicode-normalise, unify quotes and dashes, remove niqqud, mask URLs/e-mails/digits, lowercase.

    Digits become ``0`` so that "15.3" and "22.7" share one shape while "₪" and "$" stay.
    """
    text = unicodedata.normalize("NFKD", text)
    if strip_niqqud:
        text = _NIQQUD.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _DOUBLE_QUOTES.sub('"', text)
    text = _SINGLE_QUOTES.sub("'", text)
    text = _DASHES.sub("-", text)
    # Both patterns need a literal that most messages lack; looking for it first is much cheaper.
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" url ", text)
    if "@" in text:
        text = _EMAIL.sub(" email ", text)
    text = _DIGIT.sub("0", text)
    return text.casefold()


@lru_cache(maxsize=4096)
def normalize_char(char: str) -> str:
    """One character as :func:`normalize` writes it, without the masking of URLs, e-mails and digits.

    Niqqud and invisible marks go (``""``), quotes and dashes are unified, letters casefolded; a
    character may also become several (``"ß"`` → ``"ss"``, ``"…"`` → ``"..."``). Reading a text one
    character at a time keeps each output character's offset in the original, which
    :mod:`classifier.asks` needs to quote the client's own words.
    """
    text = unicodedata.normalize("NFKD", char)
    text = _NIQQUD.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _DOUBLE_QUOTES.sub('"', text)
    text = _SINGLE_QUOTES.sub("'", text)
    text = _DASHES.sub("-", text)
    return text.casefold()


# spaCy interns every string it tokenizes for the life of its vocabulary, so a service reading
# endless new words would grow without bound. The pipelines are rebuilt (about 0.1 s) once they
# have read this many chunks they had not seen; the chunk cache below is bounded the same way.
_PIPELINE_NEW_CHUNKS = 50_000
_pipelines: dict[str, Language] = {}
_new_chunks = 0


def _pipeline(lang: str) -> Language:
    pipeline = _pipelines.get(lang)
    if pipeline is None:
        # A blank pipeline is only rules and exceptions shipped inside spaCy: no download.
        pipeline = _pipelines[lang] = spacy.blank(lang)
    return pipeline


def reset_tokenizers() -> None:
    """Drop the spaCy pipelines and the chunk cache, releasing every string they interned."""
    global _new_chunks
    _pipelines.clear()
    _chunk_tokens.clear()
    _new_chunks = 0


_CHUNK_CACHE_LIMIT = 50_000
_chunk_tokens: dict[tuple[str, str], tuple[str, ...]] = {}
# spaCy peels punctuation off a chunk one character at a time, searching the rest each time:
# quadratic in the chunk's length (8,000 "$" take seconds). No word is this long, so a longer
# chunk is read in slices of this size, which bounds the work per character.
MAX_CHUNK = 64


def script_language(normalized: str) -> str:
    """Which spaCy tokenizer reads a text: Hebrew's when it has a Hebrew letter, else English's."""
    return "he" if _HEBREW_LETTER.search(normalized) else "en"


def tokenize_chunk(chunk: str, lang: str) -> tuple[str, ...]:
    """The tokens of one whitespace-free chunk, cached.

    spaCy tokenizes each whitespace-separated chunk on its own, so a chunk's tokens never depend
    on its neighbours. A message is mostly chunks seen before, and building spaCy's ``Doc`` and
    ``Token`` objects costs far more than the splitting itself.
    """
    global _new_chunks
    if len(chunk) > MAX_CHUNK:
        return tuple(
            tok
            for start in range(0, len(chunk), MAX_CHUNK)
            for tok in tokenize_chunk(chunk[start : start + MAX_CHUNK], lang)
        )
    key = (lang, chunk)
    toks = _chunk_tokens.get(key)
    if toks is None:
        _new_chunks += 1
        if _new_chunks > _PIPELINE_NEW_CHUNKS:
            reset_tokenizers()
            _new_chunks = 1
        kept: list[str] = []
        for tok in _pipeline(lang).tokenizer(chunk):
            if tok.is_space:
                continue
            if tok.is_punct and tok.text not in _KEEP_PUNCT:
                continue
            kept.append(tok.text)
        toks = tuple(kept)
        if len(_chunk_tokens) >= _CHUNK_CACHE_LIMIT:
            _chunk_tokens.clear()
        _chunk_tokens[key] = toks
    return toks


def tokenize(normalized: str) -> list[str]:
    """Split normalised text into word tokens, keeping ``!`` and ``?`` and dropping other punctuation."""
    lang = script_language(normalized)
    out: list[str] = []
    for chunk in normalized.split():
        out.extend(tokenize_chunk(chunk, lang))
    return out


def prefix_variants(token: str) -> list[str]:
    """The token without its attached Hebrew prefix letters, when a real stem remains.

    One prefix letter may be stripped; a second only after ו or ש ("וה", "של", "שב") or in
    "כש", "מש", "מה", the combinations Hebrew actually stacks. "וכשהלקוח" gives "כשהלקוח" and
    "שהלקוח"; "מחר" gives nothing (the stem would be too short). These are *extra* features
    next to the surface form, so a wrong split costs little.
    """
    if (
        not _HEBREW_WORD.match(token)
        or len(token) - 1 < _MIN_STEM
        or token[0] not in HEBREW_PREFIXES
    ):
        return []
    variants = [token[1:]]
    if (
        len(token) - 2 >= _MIN_STEM
        and token[1] in HEBREW_PREFIXES
        and (token[0] in _STACKING or token[:2] in _STACKED_PAIRS)
    ):
        variants.append(token[2:])
    return variants
