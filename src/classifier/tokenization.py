"""Normalising and tokenizing text with spaCy's blank pipelines, as the language packs say.

The shared steps are Unicode normalisation, unified quotes and dashes, masked URLs, e-mail
addresses and digits, and lower case. Each language pack adds the marks it strips (Hebrew niqqud),
its own quote and dash signs, the spaCy pipeline that splits its script, and the prefix rules
that give extra features (:mod:`classifier.lang`). No stop words are removed: negations such as
"לא", "אין" and "not" carry much of the signal (spaCy's Hebrew stop list even contains "לא").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from classifier.lang import pack_of_text, packs, per_packs

_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_URL = re.compile(r"(https?://\S+|www\.\S+)", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.-]+\b")
_DIGIT = re.compile(r"\d")
_KEEP_PUNCT = frozenset({"!", "?"})
# Quote and dash signs of no one language; the packs add their own.
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\uff07"
_DASHES = "\u2010-\u2015\u2212"


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: one per set of packs
class _Signs:
    marks: re.Pattern[str] | None
    double_quotes: re.Pattern[str]
    single_quotes: re.Pattern[str]
    dashes: re.Pattern[str]


@per_packs
def _signs() -> _Signs:
    all_packs = packs()
    marks = "".join(p.marks for p in all_packs)
    return _Signs(
        marks=re.compile(f"[{marks}]") if marks else None,
        double_quotes=re.compile(
            f"[{''.join(p.double_quotes for p in all_packs)}{_DOUBLE_QUOTES}]"
        ),
        single_quotes=re.compile(
            f"[{''.join(p.single_quotes for p in all_packs)}{_SINGLE_QUOTES}]"
        ),
        dashes=re.compile(f"[{''.join(p.dashes for p in all_packs)}{_DASHES}]"),
    )


def normalization_signs() -> object:
    """What :func:`normalize` reads from the packs: a new object whenever the packs change.

    Caches of normalised text compare it by identity to know when they went stale.
    """
    return _signs()


def normalize(text: str, *, strip_niqqud: bool = True) -> str:
    """Unicode-normalise, strip the packs' marks, unify quotes and dashes, mask URLs/e-mails/digits, lowercase.

    Digits become ``0`` so that "15.3" and "22.7" share one shape while "₪" and "$" stay.
    """
    signs = _signs()
    text = unicodedata.normalize("NFKD", text)
    if strip_niqqud and signs.marks is not None:
        text = signs.marks.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = signs.double_quotes.sub('"', text)
    text = signs.single_quotes.sub("'", text)
    text = signs.dashes.sub("-", text)
    # Both patterns need a literal that most messages lack; looking for it first is much cheaper.
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" url ", text)
    if "@" in text:
        text = _EMAIL.sub(" email ", text)
    text = _DIGIT.sub("0", text)
    return text.casefold()


def normalize_char(char: str) -> str:
    """One character as :func:`normalize` writes it, without the masking of URLs, e-mails and digits.

    The packs' marks and invisible marks go (``""``), quotes and dashes are unified, letters
    casefolded; a character may also become several (``"ß"`` → ``"ss"``, ``"…"`` → ``"..."``).
    Reading a text one character at a time keeps each output character's offset in the original,
    which :mod:`classifier.asks` needs to quote the client's own words.
    """
    return _normalize_char(char, _signs())


@lru_cache(maxsize=4096)
def _normalize_char(char: str, signs: _Signs) -> str:
    # Keyed by the signs too: registering a pack builds new signs, so no stale entry is read.
    text = unicodedata.normalize("NFKD", char)
    if signs.marks is not None:
        text = signs.marks.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = signs.double_quotes.sub('"', text)
    text = signs.single_quotes.sub("'", text)
    text = signs.dashes.sub("-", text)
    return text.casefold()


_CHAR_TABLE_LIMIT = 10_000  # distinct characters per table; cleared when full


@dataclass(slots=True, eq=False)
class _CharTable:
    """:func:`normalize_char` then a fold, per character, and the characters not written as one."""

    signs: _Signs
    written: dict[str, str]
    irregular: set[str]  # characters written as none or as several


_char_tables: dict[tuple[tuple[str, str], ...], _CharTable] = {}


def normalize_chars(text: str, fold: Mapping[str, str]) -> tuple[str, list[int]]:
    """Every character of ``text`` as :func:`normalize_char` writes it, each output character
    then mapped through ``fold`` (one character to one), and the offset each came from.

    The same as calling :func:`normalize_char` per character, but each distinct character is
    worked out once and then looked up, and a text whose every character is written as one
    character (nearly all) is joined in one step.
    """
    signs = _signs()
    key = tuple(sorted(fold.items()))
    table = _char_tables.get(key)
    if table is None or table.signs is not signs or len(table.written) >= _CHAR_TABLE_LIMIT:
        if len(_char_tables) >= 16:
            _char_tables.clear()
        table = _char_tables[key] = _CharTable(signs, {}, set())
    written = table.written
    for ch in set(text).difference(written):
        out = "".join(fold.get(c, c) for c in _normalize_char(ch, signs))
        written[ch] = out
        if len(out) != 1:
            table.irregular.add(ch)
    joined = "".join(map(written.__getitem__, text))
    if table.irregular.isdisjoint(text):
        return joined, list(range(len(joined)))
    return joined, [i for i, ch in enumerate(text) for _ in written[ch]]


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
    """Drop the spaCy pipelines and the token caches, releasing every string they interned."""
    global _new_chunks
    _pipelines.clear()
    _chunk_tokens.clear()
    _variants.clear()
    _new_chunks = 0


_CHUNK_CACHE_LIMIT = 50_000
_chunk_tokens: dict[tuple[str, str], tuple[str, ...]] = {}
# spaCy peels punctuation off a chunk one character at a time, searching the rest each time:
# quadratic in the chunk's length (8,000 "$" take seconds). No word is this long, so a longer
# chunk is read in slices of this size, which bounds the work per character.
MAX_CHUNK = 64


def script_language(normalized: str) -> str:
    """Which spaCy tokenizer reads a text: that of the first pack whose letters it has."""
    return pack_of_text(normalized).spacy_lang


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


@per_packs
def _prefix_rules() -> tuple[Callable[[str], list[str]], ...]:
    return tuple(p.prefix_variants for p in packs() if p.prefix_variants is not None)


def prefix_variants(token: str) -> list[str]:
    """The token without attached prefix letters, by its language pack's rules ([] when none).

    These are *extra* features next to the surface form ("בלוגו" also gives "לוגו").
    """
    out: list[str] = []
    for rule in _prefix_rules():
        out.extend(rule(token))
    return out


_VARIANTS_LIMIT = 50_000  # tokens; cleared when full
_variants: dict[str, tuple[str, ...]] = {}
_variants_rules: object = None


def token_variants(tokens: list[str]) -> list[tuple[str, ...]]:
    """:func:`prefix_variants` of each token, cached per token while the packs stay the same.

    The lexicon cues ask for the variants of every token of every message; most tokens are
    words seen before, and working a Hebrew word's prefixes out again cost more than the rest
    of the cue search.
    """
    global _variants_rules
    rules = _prefix_rules()
    if rules is not _variants_rules:
        _variants.clear()
        _variants_rules = rules
    elif len(_variants) >= _VARIANTS_LIMIT:
        _variants.clear()
    cache = _variants
    out = []
    for token in tokens:
        found = cache.get(token)
        if found is None:
            found = cache[token] = tuple(v for rule in rules for v in rule(token))
        out.append(found)
    return out
