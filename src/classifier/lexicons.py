"""Lexical cues beyond the corpus: insults, blame, threats, profanity, sarcasm, as marker words.

The corpus teaches the words it contains; a real client's insult or threat is often one it
never saw. Each cue category has a marker word that is added to the text the model reads
whenever the message holds a word or phrase of that category (each language pack's
``lexicons.yaml``).
The marker's weight is learned from every listed word the corpus does contain, so a listed word
it never saw still moves the prediction. Sarcasm is praise used against the provider: a praise
frame counts only beside a complaint cue ("weeks late", "still waiting", "רק שבועיים", "עוד פעם")
or a mocking emoji. Words with innocent senses count only inside unambiguous phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from typing import Any

import yaml

from classifier.lang import LanguagePack, get_pack, packs, per_packs
from classifier.prefilter import Grams, Needs, guarded, needs
from classifier.tokenization import normalize, token_variants, tokenize

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
    phrases: tuple[re.Pattern[str], ...]  # one per language pack that lists phrases
    needs: tuple[Needs | None, ...]  # per phrase pattern: what a text must hold to match


def _phrase_pattern(phrases: list[str], *, prefix_letters: str) -> re.Pattern[str] | None:
    # Literal alternatives with word edges: linear, however the text is made.
    forms = sorted({normalize(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not forms:
        return None
    # A phrase may carry up to two of its language's prefix letters ("לעורך דין", "ובית משפט").
    alternatives = "|".join(re.escape(f) for f in forms)
    prefix = f"(?:[{prefix_letters}]{{1,2}})?" if prefix_letters else ""
    return guarded(re.compile(r"(?<!\w)" + prefix + "(?:" + alternatives + r")(?!\w)"))


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The compiled cue lists of every category."""

    categories: dict[str, _Category]
    sarcasm_frames: _Category
    sarcasm_cues: _Category
    sarcasm_emoji: frozenset[str]


# A language's entries for one key: a list, or a list per group (threat: lawyer, review, ...).
_Listed = list[str] | dict[str, list[str]]


def _entries(listed: _Listed | None) -> list[str]:
    """The entries of one key, whether listed flat or by group."""
    if isinstance(listed, dict):
        return [entry for group in listed.values() for entry in group]
    return list(listed or [])


def _category(
    entries: list[tuple[LanguagePack, dict[str, _Listed]]], words: str, phrases: str
) -> _Category:
    single: set[str] = set()
    compiled: list[re.Pattern[str]] = []
    for pack, entry in entries:
        listed = _entries(entry.get(words))
        many = _entries(entry.get(phrases)) + [w for w in listed if len(w.split()) > 1]
        single.update(normalize(w) for w in listed if len(w.split()) == 1)
        pattern = _phrase_pattern(many, prefix_letters=pack.prefix_letters)
        if pattern is not None:
            compiled.append(pattern)
    return _Category(frozenset(single), tuple(compiled), tuple(needs(p) for p in compiled))


def _read(resource: Traversable) -> dict[str, Any]:
    data = yaml.safe_load(resource.read_text("utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{resource.name}: expected a mapping of cue categories")
    return data


@per_packs
def load_lexicons() -> Lexicons:
    """The cue lists of every language pack, and the emoji of none (read once per set of packs)."""
    shared = _read(resources.files("classifier.resources").joinpath("lexicons.yaml"))
    by_pack = [
        (pack, _read(pack.resource("lexicons.yaml")))
        for pack in packs()
        if pack.has_resource("lexicons.yaml")
    ]

    def entries(name: str) -> list[tuple[LanguagePack, dict[str, _Listed]]]:
        return [(pack, data.get(name) or {}) for pack, data in by_pack]

    return Lexicons(
        categories={
            name: _category(entries(name), "words", "phrases")
            for name in ("insult", "blame", "threat", "profanity")
        },
        sarcasm_frames=_category(entries("sarcasm"), "none", "frames"),
        sarcasm_cues=_category(entries("sarcasm"), "cues", "none"),
        sarcasm_emoji=frozenset(shared["sarcasm"]["emoji"]),
    )


def language_terms(category: str, language: str) -> dict[str, tuple[str, ...]]:
    """One category's entries in one language pack, as written in its file, by group.

    A grouped category (``threat``) gives its groups (``{"lawyer": (...), "review": (...)}``),
    words and phrases together; ``sarcasm`` gives ``frames`` and ``cues``; a flat category gives
    ``words`` and ``phrases``. Other readers of the same vocabulary (:mod:`classifier.asks`) take
    it from here rather than keeping a second copy.
    """
    try:
        pack = get_pack(language)
    except KeyError:
        return {}  # a language with ask patterns but no pack of its own yet
    if not pack.has_resource("lexicons.yaml"):
        return {}
    entry = _read(pack.resource("lexicons.yaml")).get(category) or {}
    found: dict[str, list[str]] = {}
    for key, listed in entry.items():
        if isinstance(listed, dict):
            for group, items in listed.items():
                found.setdefault(group, []).extend(items)
        else:
            found.setdefault(key, []).extend(listed or [])
    return {group: tuple(items) for group, items in found.items()}


def sarcasm_emoji() -> frozenset[str]:
    """The emoji that mark praise as mocking (the same for every language)."""
    return load_lexicons().sarcasm_emoji


def _hits(category: _Category, normalized: Grams, words: set[str]) -> set[str]:
    """The normalised words of ``normalized`` that belong to the category (empty: no hit).

    A phrase pattern whose needed words are absent is not run (:mod:`classifier.prefilter`).
    """
    found = set(category.words & words)
    for pattern, need in zip(category.phrases, category.needs, strict=True):
        if need is not None and not need.met(normalized):
            continue
        for match in pattern.finditer(normalized.text):
            found.update(match.group().split())
    return found


def triggers(text: str) -> dict[str, set[str]]:
    """Each cue category the text holds, with the normalised words that set it off.

    A word counts with or without its prefix letters; the words of a matched phrase all
    count. The explanation credits a marker's weight to these words.
    """
    lexicons = load_lexicons()
    normalized = normalize(text)
    tokens = tokenize(normalized)
    words = set(tokens)
    variants: dict[str, str] = {}
    for token, forms in zip(tokens, token_variants(tokens), strict=True):
        if forms:
            words.update(forms)
            for variant in forms:
                variants.setdefault(variant, token)
    found: dict[str, set[str]] = {}
    grams = Grams.of(normalized)
    for name, category in lexicons.categories.items():
        hits = _hits(category, grams, words)
        if hits:
            found[name] = {variants.get(w, w) for w in hits}
    frames = _hits(lexicons.sarcasm_frames, grams, words)
    if frames:
        cue_words = _hits(lexicons.sarcasm_cues, grams, words)
        emoji = {e for e in lexicons.sarcasm_emoji if e in text}
        if cue_words or emoji:
            found["sarcasm"] = {variants.get(w, w) for w in frames | cue_words} | emoji
    return found


def cues(text: str) -> list[str]:
    """The categories whose cues ``text`` holds, in a fixed order."""
    found = triggers(text)
    return [name for name in MARKERS if name in found]


def markers_of(categories: Iterable[str]) -> str:
    """The marker words of cue categories, space-separated ('' when there are none)."""
    return " ".join(MARKERS[name] for name in categories)


def marker_text(text: str) -> str:
    """The marker words of the cues in ``text``, space-separated ('' when there are none)."""
    return markers_of(cues(text))
