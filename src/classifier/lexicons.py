"""Lexical cues beyond the corpus: insults, blame, threats, profanity, sarcasm, as marker words.

The corpus teaches the words it contains; a real client's insult or threat is often one it
never saw. Each cue category has a marker word that is added to the text the model reads
whenever the message holds a word or phrase of that category (``resources/lexicons.yaml``).
The marker's weight is learned from every listed word the corpus does contain, so a listed word
it never saw still moves the prediction. Sarcasm is praise used against the provider: a praise
frame counts only beside a complaint cue ("weeks late", "still waiting", "רק שבועיים", "עוד פעם")
or a mocking emoji. Words with innocent senses count only inside unambiguous phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from classifier.tokenization import normalize, prefix_variants, tokenize

MARKERS = {
    "insult": "cueinsult",
    "blame": "cueblame",
    "threat": "cuethreat",
    "profanity": "cueprofanity",
    "sarcasm": "cuesarcasm",
}


@dataclass(frozen=True, slots=True)
class _Category:
    words: frozenset[str]
    phrases: re.Pattern[str] | None


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    # Literal alternatives with word edges: linear, however the text is made.
    forms = sorted({normalize(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not forms:
        return None
    # A Hebrew phrase may carry up to two prefix letters ("לעורך דין", "ובית משפט").
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(r"(?<!\w)(?:[והבלמשכ]{1,2})?(?:" + alternatives + r")(?!\w)")


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The compiled cue lists of every category."""

    categories: dict[str, _Category]
    sarcasm_frames: _Category
    sarcasm_cues: _Category
    sarcasm_emoji: frozenset[str]


# One language's entries: a list, or a list per group (threat: lawyer, review, ...).
_Listed = list[str] | dict[str, list[str]]


def _entries(listed: _Listed) -> list[str]:
    """The entries of one language, whether listed flat or by group."""
    if isinstance(listed, dict):
        return [entry for group in listed.values() for entry in group]
    return list(listed)


def _category(entry: dict[str, dict[str, _Listed]], words: str, phrases: str) -> _Category:
    listed = [w for lang in entry.get(words, {}).values() for w in _entries(lang)]
    many = [p for lang in entry.get(phrases, {}).values() for p in _entries(lang)]
    single = [w for w in listed if len(w.split()) == 1]
    many += [w for w in listed if len(w.split()) > 1]
    return _Category(frozenset(normalize(w) for w in single), _phrase_pattern(many))


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("classifier.resources").joinpath("lexicons.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def language_terms(category: str, language: str) -> dict[str, tuple[str, ...]]:
    """One category's entries for one language, as written in the file, by group.

    A grouped category (``threat``) gives its groups (``{"lawyer": (...), "review": (...)}``),
    words and phrases together; ``sarcasm`` gives ``frames`` and ``cues``; a flat category gives
    ``words`` and ``phrases``. Other readers of the same vocabulary (:mod:`classifier.asks`) take
    it from here rather than keeping a second copy.
    """
    entry: dict[str, Any] = _raw()[category]
    found: dict[str, list[str]] = {}
    for key, by_language in entry.items():
        if not isinstance(by_language, dict):
            continue  # sarcasm's emoji: not per language
        listed = by_language.get(language) or []
        if isinstance(listed, dict):
            for group, entries in listed.items():
                found.setdefault(group, []).extend(entries)
        else:
            found.setdefault(key, []).extend(listed)
    return {group: tuple(entries) for group, entries in found.items()}


def sarcasm_emoji() -> frozenset[str]:
    """The emoji that mark praise as mocking (the same for every language)."""
    return load_lexicons().sarcasm_emoji


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """The cue lists shipped with the package (read once per process)."""
    data = _raw()
    sarcasm = data["sarcasm"]
    return Lexicons(
        categories={
            name: _category(data[name], "words", "phrases")
            for name in ("insult", "blame", "threat", "profanity")
        },
        sarcasm_frames=_category({"phrases": sarcasm["frames"]}, "words", "phrases"),
        sarcasm_cues=_category({"words": sarcasm["cues"]}, "words", "phrases"),
        sarcasm_emoji=frozenset(sarcasm["emoji"]),
    )


def _hits(category: _Category, normalized: str, words: set[str]) -> set[str]:
    """The normalised words of ``normalized`` that belong to the category (empty: no hit)."""
    found = set(category.words & words)
    if category.phrases is not None:
        for match in category.phrases.finditer(normalized):
            found.update(match.group().split())
    return found


def triggers(text: str) -> dict[str, set[str]]:
    """Each cue category the text holds, with the normalised words that set it off.

    A word counts with or without its Hebrew prefix letters; the words of a matched phrase all
    count. The explanation credits a marker's weight to these words.
    """
    lexicons = load_lexicons()
    normalized = normalize(text)
    words: set[str] = set()
    variants: dict[str, str] = {}
    for token in tokenize(normalized):
        words.add(token)
        for variant in prefix_variants(token):
            words.add(variant)
            variants.setdefault(variant, token)
    found: dict[str, set[str]] = {}
    for name, category in lexicons.categories.items():
        hits = _hits(category, normalized, words)
        if hits:
            found[name] = {variants.get(w, w) for w in hits}
    frames = _hits(lexicons.sarcasm_frames, normalized, words)
    if frames:
        cue_words = _hits(lexicons.sarcasm_cues, normalized, words)
        emoji = {e for e in lexicons.sarcasm_emoji if e in text}
        if cue_words or emoji:
            found["sarcasm"] = {variants.get(w, w) for w in frames | cue_words} | emoji
    return found


def cues(text: str) -> list[str]:
    """The categories whose cues ``text`` holds, in a fixed order."""
    found = triggers(text)
    return [name for name in MARKERS if name in found]


def marker_text(text: str) -> str:
    """The marker words of the cues in ``text``, space-separated ('' when there are none)."""
    return " ".join(MARKERS[name] for name in cues(text))
