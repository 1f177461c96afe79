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
# A run of words in one script: Hebrew words, or Latin words, with what may sit between them.
_HEBREW_RUN = re.compile(
    r"[\u05d0-\u05ea][\u05d0-\u05ea\"'״׳-]*(?:[\s,;:]+[\u05d0-\u05ea][\u05d0-\u05ea\"'״׳-]*)*"
)
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*(?:[\s,;:₪$€%]+[A-Za-z0-9][A-Za-z0-9'’.-]*)*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ENGLISH_FUNCTION_WORDS = frozenset(
    """the a an and or but to of in on for with at by from is are was were be been being am i you
    he she we they it this that these those my your our their me us him her them not no do does
    did done have has had will would can could should shall may might must please thanks thank hi
    hey hello just so if as what when why how where who there here about up out all any some get
    got let i'm i've i'll i'd it's that's you're we're they're don't can't won't didn't isn't
    wasn't doesn't haven't let's ok okay yes yeah still again after before back next than then
    also very too""".split()
)
# Function words of the other Latin-script languages clients may write in.
_OTHER_FUNCTION_WORDS = frozenset(
    """le la les des est et je vous nous pour avec une du au ne pas que qui merci bonjour el los
    las es y yo usted para con una por del muy gracias hola der die das und ist ich nicht mit für
    ein eine zu bitte danke il gli della è io che non sono grazie ciao os da é eu você não obrigado
    olá""".split()
)
_MIN_HEBREW_WORDS = 2  # Hebrew is compact: "אתה רציני?" is a whole sentence
_MIN_ENGLISH_WORDS = 3


def _english_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _is_english(words: list[str]) -> bool:
    """A Latin-script word run is English when English function words back it up."""
    if not words:
        return False
    hits = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS)
    if len(words) < 4:
        return hits >= 1 or len(words) <= 2
    return hits / len(words) >= 0.08


def _is_term(run: str) -> bool:
    """A Title Case run ("Lasting Power of Attorney") is a name or term, not a sentence."""
    long_words = [w for w in run.split() if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _latin_language(words: list[str]) -> Language:
    """English unless another Latin-script language's function words outnumber English ones."""
    english = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS)
    other = sum(1 for w in words if w in _OTHER_FUNCTION_WORDS)
    return "other" if other > english else "en"


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
        if any(len(run.split()) >= _MIN_HEBREW_WORDS for run in _HEBREW_RUN.findall(sentence)):
            he_sentences += 1
        for run in _LATIN_RUN.findall(sentence):
            words = _english_words(run)
            if len(words) >= _MIN_ENGLISH_WORDS and _is_english(words) and not _is_term(run):
                en_sentences += 1
                break
    if he_sentences and en_sentences:
        return "mixed"
    if hebrew >= latin:
        return "he"
    return _latin_language(_english_words(text))
