"""Language packs: everything one language needs, in one package per language.

In the spirit of spaCy's ``spacy/lang/<code>/``: ``classifier.lang.he`` and ``classifier.lang.en``
each define a :class:`LanguagePack` that owns what is specific to the language: its letters and
how its sentences are told apart, normalisation (marks to strip, its own quote and dash signs),
the spaCy tokenizer to use and its prefix rules, the e-mail artifacts its mail clients write
(reply headers, forwards, mobile footers, sign-offs, contact words, disclaimers), subject prefixes,
greetings and how a name is recognised, the display names of the client types, and the files of
its pack directory (reply library, draft checks, lexicons, ask patterns).

Shared code asks the registry (:func:`packs`, :func:`get_pack`) and holds no language's words.
A new language is a new package calling :func:`register`; a test does the same with a pack of
its own. Shared modules that build patterns from the packs cache them with :func:`per_packs`,
which forgets them whenever the set of packs changes.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import wraps
from importlib.abc import Traversable
from importlib.resources import files
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

BUILTIN = ("he", "en")  # order matters: the first pack answers mixed messages
FALLBACK = "en"  # reads texts with no letters of any pack (digits, emoji, symbols)


@dataclass(frozen=True, kw_only=True, eq=False)  # one pack is one language: identity is equality
class LanguagePack:
    """What one language brings. Pattern fields are regular-expression sources."""

    code: str
    name: str
    # --- script and detection -------------------------------------------------------------
    letters: str  # a character-class body, e.g. "\u05d0-\u05ea"
    word_run: str  # a run of words in this script, with what may sit between them
    min_sentence_words: int  # words of a run that make a sentence of this language
    function_words: frozenset[str] = frozenset()  # when the script is shared, these confirm it
    foreign_function_words: frozenset[str] = frozenset()  # same script, languages not read
    # --- normalisation and tokens ---------------------------------------------------------
    marks: str = ""  # a character-class body of diacritics removed (Hebrew niqqud)
    double_quotes: str = ""  # extra characters unified to '"'
    single_quotes: str = ""  # extra characters unified to "'"
    dashes: str = ""  # extra characters unified to "-"
    spacy_lang: str  # the spaCy blank pipeline that tokenizes this script
    prefix_variants: Callable[[str], list[str]] | None = None  # extra features without prefixes
    prefix_letters: str = ""  # letters a phrase may carry in front ("ו", "ב" …), for cue phrases
    # --- e-mail artifacts -------------------------------------------------------------------
    subject_prefixes: tuple[str, ...] = ()
    reply_headers: tuple[str, ...] = ()  # whole (possibly wrapped) header lines
    forward_separators: tuple[str, ...] = ()  # "-----Original Message-----" without the dashes
    forward_openers: tuple[str, ...] = ()  # "Begin forwarded message:" without the colon
    header_from: tuple[str, ...] = ()  # Outlook header block: the field that opens it
    header_fields: tuple[str, ...] = ()  # and the fields that follow it
    # The subject's field name, for an e-mail pasted with its subject on top ("Subject: …").
    subject_fields: tuple[str, ...] = ()
    mobile_footers: tuple[str, ...] = ()
    sign_offs: tuple[str, ...] = ()
    contact_words: tuple[str, ...] = ()
    disclaimer_starts: tuple[str, ...] = ()
    disclaimer_markers: tuple[str, ...] = ()
    # --- people and replies -----------------------------------------------------------------
    not_names: frozenset[str] = frozenset()  # words that close a message but are no name
    # words before the name on its line that are no part of it ("xo Becca")
    name_lead_ins: frozenset[str] = frozenset()
    # Place names of more than one word, whole ("בני ברק", "tel aviv"): a signature's line that
    # is one is no name, though its words may be ("ברק", "Aviv").
    places: frozenset[str] = frozenset()
    # Titles written before a name ("ד״ר ענבל שגיא", "Coach Mel"): skipped, never a greeting's name.
    name_titles: frozenset[str] = frozenset()
    # Of those, the titles that go with a first name ("Coach Mel": "Hi Mel"); after any other, a
    # single name is a surname and keeps its title ("Rabbi Feld": "Hi Feld" reads rude).
    first_name_titles: frozenset[str] = frozenset()
    # Words that join a couple's names in a signature ("Harold and June Bennett"), and how a
    # greeting names both ("Harold and June", "דנה ואבי").
    name_joins: frozenset[str] = frozenset()
    # First words a name is not said without ("עבד אלרחמן", "Abu Ali"): the greeting keeps the
    # word after them ("שלום עבד" reads as "hello, slave"; round 157).
    name_binds: frozenset[str] = frozenset()
    # Particles inside a surname ("Pieter van der Merwe", "Ana da Silva"): no words of their own
    # when a signature line is counted (round 277: "Hi Cape" under "Pieter van der Merwe").
    surname_particles: frozenset[str] = frozenset()
    # A letter that joins a second name to the first inside one word ("תום ושקד"); a second word
    # that ``join_prefix_not`` (a regex) matches at its start is a surname ("דנה וייס", "רון
    # וולך", "חני ויסברג").
    join_prefix: str = ""
    join_prefix_not: str = "(?!)"
    couple_name: str = "{first} & {second}"
    # The client's words for a thing (source, start, end) as a reply can say them ("שהקבצים" →
    # "הקבצים", "my files" → "your files"); None: as written.
    object_phrase: Callable[[str, int, int], str] | None = None
    # How a definite noun phrase starts (Hebrew "ה"); a thing the reply names must match it.
    definite: str | None = None
    # A deliverable the client wrote bare ("תשלח חוזה", "טעות בחשבונית", "send an invoice") as
    # the reply names it, definite ("החוזה", "החשבונית"); None: not nameable. Unset: object_phrase.
    named_deliverable: Callable[[str], str | None] | None = None
    # The things a message talks about, as (start, end) spans of definite noun phrases ("ההתקנה",
    # "the boiler"): what a reply names to show it read the message. None: the pack finds none.
    things: Callable[[str], list[tuple[int, int]]] | None = None
    # The words of a thing a reply may name ("לגבי המחיר:", "About the invoice:"), lower-case and
    # as written in a thing (Hebrew with and without its article): what client work is about
    # (prices, files, a kitchen, a lesson). A thing with none of them is not named unless it is
    # a deliverable or a sum the ask reader knows: other words were wrong about one time in
    # four (rounds 50-59: "לגבי המהפכה:", "About the pipe running:"). Empty: any thing.
    topics: frozenset[str] = frozenset()
    # A frame in which the writer quotes a client ("לקוח: '…'", "Client on the draft: "…""):
    # a regex ending where the quote opens. A pasted post about a client is answered from the
    # client's quoted words, not the writer's. None: the pack knows no such frame.
    quote_frame: str | None = None
    # How a post signs its writer's trade first ("Electrician here.", "צלמת כאן."), and the
    # looser frame that then opens a quote (a colon, "she said", "אמרה"): a post that starts so
    # quotes its client however it introduces them.
    post_intro: str | None = None
    speech_frame: str | None = None
    type_names: Mapping[str, str] = field(default_factory=dict)
    uncertain_note: str = ""  # "{a} or {b}": the two likely types
    other_note: str = ""  # said when a message is in no language we read
    shouting_advice: tuple[str, str] = ("", "")  # why, and what to do instead
    # --- files --------------------------------------------------------------------------------
    package: str = ""  # the pack's package; its directory holds the YAML resources

    def resource(self, name: str) -> Traversable:
        """A file of the pack's directory (``replies.yaml``, ``draft_checks.yaml`` …)."""
        return files(self.package).joinpath(name)

    def has_resource(self, name: str) -> bool:
        """Whether the pack ships ``name``."""
        return bool(self.package) and self.resource(name).is_file()

    def letter_pattern(self) -> re.Pattern[str]:
        """One letter of the pack's script."""
        return re.compile(f"[{self.letters}]")


_packs: dict[str, LanguagePack] = {}
_generation = 0
_loaded = False


_lock = threading.RLock()  # the service reads the registry from its thread pool


def _load_builtins() -> None:
    global _loaded, _generation
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        for code in BUILTIN:
            importlib.import_module(f"classifier.lang.{code}")
        # Built-ins first, in their order, whoever registered first.
        ordered = {code: _packs[code] for code in BUILTIN if code in _packs}
        ordered.update(_packs)
        _packs.clear()
        _packs.update(ordered)
        _generation += 1
        _loaded = True


def register(pack: LanguagePack) -> None:
    """Add (or replace) a language; every pattern built from the packs is rebuilt on next use."""
    global _generation
    with _lock:
        _packs[pack.code] = pack
        _generation += 1


def unregister(code: str) -> None:
    """Remove a language (tests use this to take their pack away again)."""
    global _generation
    with _lock:
        if _packs.pop(code, None) is not None:
            _generation += 1


def forget_caches() -> None:
    """Make every :func:`per_packs` cache rebuild, as a new pack would (for a pack's files
    changed in place, or a test that plugs a module in)."""
    global _generation
    with _lock:
        _generation += 1


def packs() -> tuple[LanguagePack, ...]:
    """The registered packs, built-ins first."""
    _load_builtins()
    return tuple(_packs.values())


def codes() -> tuple[str, ...]:
    """The codes of the registered languages."""
    return tuple(p.code for p in packs())


def get_pack(code: str) -> LanguagePack:
    """The pack of ``code``; KeyError names the languages there are."""
    _load_builtins()
    try:
        return _packs[code]
    except KeyError:
        raise KeyError(f"no language pack {code!r}; there are {sorted(_packs)}") from None


def reply_pack(message_language: str, *, text: str = "") -> LanguagePack | None:
    """The pack a reply is written in: the message's own, else None.

    A mixed message is answered in the language that frames it, when its greeting line and
    its last line (the name, the sign-off), or a short chat's first and last sentences, are in
    one script ("היי עמית, … Now we need a few versions … תודה!! מיכל"); else an e-mail in the
    one most of its words are written in, and a chat of one or two lines in the first pack
    (the users' own language) unless another has twice its words (the first pack with no
    ``text``): a US client who drops a Hebrew word is answered in English. Words, not letters:
    Hebrew spells fewer of them.
    """
    _load_builtins()
    if message_language == "mixed":
        ordered = packs()
        if not text:
            return ordered[0]
        lines = [line for line in text.splitlines() if line.strip()]
        # A chat in one or two lines is framed by its first and last sentences ("עמית סליחה
        # שנעלמתי … I still haven't pulled the readings … נחזור לזה כשהוא חוזר, סבבה?", round
        # 279: answered in English)…
        parts = lines if len(lines) >= 3 else [p for p in _SENTENCE_END.split(text) if p.strip()]
        if len(parts) >= 2:
            first, last = _script_of(parts[0], ordered), _script_of(parts[-1], ordered)
            if first is not None and first is last:
                return first
        counts = [len(_words_of(pack).findall(text)) for pack in ordered]
        if len(lines) < 3:
            # …and one that is not is the first pack's (the users' own language) unless another
            # has twice its words: an Israeli who mixes in English is answered in Hebrew.
            best = counts.index(max(counts))
            return ordered[best] if counts[best] >= _MOSTLY * counts[0] else ordered[0]
        return ordered[counts.index(max(counts))]
    return _packs.get(message_language)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_MOSTLY = 2  # another language's words at least twice the first pack's: a short chat is in it


def _script_of(line: str, ordered: tuple[LanguagePack, ...]) -> LanguagePack | None:
    """The pack whose letters make up most of a line, or None when it has none."""
    counts = [len(_letter(pack).findall(line)) for pack in ordered]
    best = max(counts)
    return ordered[counts.index(best)] if best else None


def _words_of(pack: LanguagePack) -> re.Pattern[str]:
    """A word in a pack's letters (``re`` keeps the compiled pattern)."""
    return re.compile(rf"[{pack.letters}]+")


def pack_of_text(text: str) -> LanguagePack:
    """The pack whose script a text uses first in pack order (:data:`FALLBACK` when none)."""
    for pack in packs():
        if _letter(pack).search(text):
            return pack
    return get_pack(FALLBACK)


def per_packs(fn: Callable[P, R]) -> Callable[P, R]:
    """Cache ``fn``'s results until a pack is registered or removed."""
    # Positional calls, the usual kind, are keyed by their argument tuple as it comes; calls
    # with keywords have a cache of their own, keyed with the sorted keywords. This runs on
    # every message several times over, so building a key tuple per call was measurable.
    cache: dict[object, R] = {}
    keyword_cache: dict[object, R] = {}
    seen = -1

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        nonlocal seen
        if not _loaded:
            _load_builtins()
        generation = _generation
        if seen != generation:
            cache.clear()
            keyword_cache.clear()
            seen = generation
        store, key = (
            (keyword_cache, (args, tuple(sorted(kwargs.items())))) if kwargs else (cache, args)
        )
        try:
            return store[key]
        except KeyError:
            value = fn(*args, **kwargs)
            if generation == _generation:  # built from the packs still registered: keep it
                store[key] = value
            return value

    return wrapper


@per_packs
def _letter(pack: LanguagePack) -> re.Pattern[str]:
    return pack.letter_pattern()


def alternatives(items: tuple[str, ...] | list[str]) -> str:
    """Regex sources joined as one group of alternatives."""
    return "(?:" + "|".join(items) + ")"
