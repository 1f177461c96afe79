"""Which language a message is written in: ``he``, ``en``, ``mixed`` or an honest ``other``.

The labeling guide's rule: a few foreign words inside a sentence do not change the language;
``mixed`` means each language carries at least one full sentence of the client's own text. Each
language pack says which letters are its script and how a sentence of it looks; a pack whose
script other languages share (English) also names the function words that confirm it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.lang import LanguagePack, packs, per_packs

Language = str  # a registered pack's code, "mixed" or "other"

_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True, slots=True)
class _Script:
    pack: LanguagePack
    letter: re.Pattern[str]
    run: re.Pattern[str]
    word: re.Pattern[str]


@per_packs
def _scripts() -> tuple[_Script, ...]:
    return tuple(
        _Script(
            pack,
            re.compile(f"[{pack.letters}]"),
            re.compile(pack.word_run),
            re.compile(f"[{pack.letters}][{pack.letters}'’]*"),
        )
        for pack in packs()
    )


def _words(script: _Script, text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in script.word.findall(text)]


def _confirmed(pack: LanguagePack, words: list[str]) -> bool:
    """A run of a shared script is the pack's language when its function words back it up."""
    if not pack.function_words:
        return True
    if not words:
        return False
    hits = sum(1 for w in words if w in pack.function_words)
    if len(words) < 4:
        return hits >= 1 or len(words) <= 2
    return hits / len(words) >= 0.08


def _is_term(run: str) -> bool:
    """A Title Case run ("Lasting Power of Attorney") is a name or term, not a sentence."""
    long_words = [w for w in run.split() if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _has_sentence(script: _Script, sentence: str) -> bool:
    pack = script.pack
    for run in script.run.findall(sentence):
        if not pack.function_words:
            if len(run.split()) >= pack.min_sentence_words:
                return True
            continue
        words = _words(script, run)
        if len(words) >= pack.min_sentence_words and _confirmed(pack, words) and not _is_term(run):
            return True
    return False


def _own_language(script: _Script, text: str) -> Language:
    """The pack's language unless other languages of its script outnumber its function words."""
    pack = script.pack
    if not pack.foreign_function_words:
        return pack.code
    words = _words(script, text)
    own = sum(1 for w in words if w in pack.function_words)
    foreign = sum(1 for w in words if w in pack.foreign_function_words)
    return "other" if foreign > own else pack.code


def detect_language(text: str, *, context: str = "") -> Language:
    """Detect the language of a cleaned message body: a pack's code, ``mixed`` or ``other``.

    ``context``: the whole message. A body with no letters at all ("15/9?", "👍") is in the
    language of its signature and of the message it answers (round 80: "no language we read"
    for a date asked under a Hebrew e-mail).
    """
    letters = _LETTER.findall(text)
    if not letters:
        return detect_language(context) if context and _LETTER.search(context) else "other"
    scripts = _scripts()
    counts = [len(s.letter.findall(text)) for s in scripts]
    if sum(counts) < 0.5 * len(letters):
        return "other"  # Arabic, Cyrillic, ... : no pack reads it
    with_sentences = set()
    for sentence in _SENTENCE_SPLIT.split(text):
        for i, script in enumerate(scripts):
            if i not in with_sentences and _has_sentence(script, sentence):
                with_sentences.add(i)
    if len(with_sentences) >= 2:
        return "mixed"
    best = max(range(len(scripts)), key=lambda i: (counts[i], -i))  # ties: the earlier pack
    return _own_language(scripts[best], text)
