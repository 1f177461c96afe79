"""What a text must contain for a regular expression to match it: a cheap test before the scan.

The ask reader runs some 160 regexes over every message, and most of them cannot match: their
words are not in it. Python's ``re`` has no literal prefilter for a pattern that starts with a
lookbehind or an alternation, so each of those scans walks the whole text trying every branch at
every position. :func:`needs` reads a regex's parse tree once and returns the strings of which at
least one occurs in every text the regex matches ("send", "resend", "forward", ...);
:meth:`Needs.met` then tells in a few set look-ups whether a text can match at all.

The test is only ever a necessary condition: a regex whose test passes is still run as before,
and one whose test fails could not have matched. So the answers are exactly those of running
every regex. When a regex gives no usable literal (``\\d+:\\d\\d``, a case-insensitive flag, a
lookaround carrying the only words), :func:`needs` returns None and the regex always runs.

Every needed string of every filter goes into one Aho-Corasick automaton (``pyahocorasick``),
so one pass over a text in C finds which of the thousands of needed strings it holds
(:class:`Grams`); a filter then asks whether one of its own strings is among them. Cutting the
text into a set of 3-character grams in Python, as before, cost five times as much.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import product
from re import _parser as sre  # type: ignore[attr-defined]  # the parser ``re`` itself uses
from types import MappingProxyType
from typing import Any

import ahocorasick

_PRODUCT_LIMIT = 64  # the most strings a run of small alternatives may expand to
_TELLING = 8  # past this length a needed string is rare enough: prefer fewer strings
_CLASS_LIMIT = 16  # the most characters a character class may list and still count as literal


class _Needles:
    """Every needed string of every filter, numbered, and the automaton that finds them.

    Filters are made when their regexes compile (at import or when a pack loads); each new
    string gets the next number and the automaton is rebuilt before the next text is read. A
    text read before a string was added says so (:attr:`Grams.known`), and a filter holding
    that string then looks for its strings with ``in`` instead.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self._lock = threading.Lock()
        # The automaton and how many strings it holds, swapped as one (None: stale).
        self._current: tuple[Any, int] | None = None

    def number(self, strings: Iterable[str]) -> frozenset[int]:
        """The numbers of ``strings``, adding those not seen before."""
        with self._lock:
            out = set()
            for s in strings:
                k = self.ids.get(s)
                if k is None:
                    k = self.ids[s] = len(self.ids)
                    self._current = None
                out.add(k)
            return frozenset(out)

    def find(self, text: str) -> tuple[frozenset[int], int]:
        """The numbers of the strings ``text`` holds, and how many strings were looked for."""
        current = self._current
        if current is None:
            current = self._build()
        automaton, built = current
        if not built or not text:
            return frozenset(), built
        return frozenset([k for _, k in automaton.iter(text)]), built

    def _build(self) -> tuple[Any, int]:
        with self._lock:
            if self._current is None:
                automaton = ahocorasick.Automaton()
                for s, k in self.ids.items():
                    automaton.add_word(s, k)
                if self.ids:
                    automaton.make_automaton()
                self._current = (automaton, len(self.ids))
            return self._current


_NEEDLES = _Needles()


@dataclass(frozen=True, slots=True)
class Needs:
    """Strings of which a text must contain at least one for a regex to match it."""

    strings: tuple[str, ...]
    ids: frozenset[int]  # their numbers in the shared automaton
    last: int  # the highest of them

    def met(self, text: Grams) -> bool:
        """Whether the text may match: it holds at least one of the needed strings."""
        if self.last < text.known:
            return not self.ids.isdisjoint(text.found)
        folded = text.text
        return any(s in folded for s in self.strings)


@dataclass(frozen=True, slots=True)
class Grams:
    """A text and which needed strings it holds, found once per text by the shared automaton.

    (The name is from when this was the set of the text's 3-character grams.)
    """

    text: str
    found: frozenset[int]
    known: int  # how many needed strings were looked for: those numbered below this

    @classmethod
    def of(cls, text: str) -> Grams:
        """The needed strings ``text`` holds."""
        found, known = _NEEDLES.find(text)
        return cls(text, found, known)


@dataclass(frozen=True, slots=True)
class Screen:
    """The prefilters of many regexes, tested together: which of them may match a text.

    Asking each :class:`Needs` in turn costs a Python call and a set operation per regex, most
    of them rejections. Here every needed string points back to its regexes, so the few strings
    a text holds find the few regexes worth running; the rest are never visited.
    """

    always: frozenset[int]
    """Regexes without a filter: they always run."""
    keys: frozenset[int]
    by_id: Mapping[int, tuple[int, ...]]
    last: int  # the highest string number of any filter (-1: none)
    prefilters: tuple[Needs | None, ...]

    @classmethod
    def of(cls, prefilters: Sequence[Needs | None]) -> Screen:
        """The screen of regexes ``0 .. len(prefilters) - 1``."""
        by_id: dict[int, list[int]] = {}
        for i, need in enumerate(prefilters):
            if need is not None:
                for k in need.ids:
                    by_id.setdefault(k, []).append(i)
        return cls(
            always=frozenset(i for i, need in enumerate(prefilters) if need is None),
            keys=frozenset(by_id),
            by_id=MappingProxyType({k: tuple(v) for k, v in by_id.items()}),
            last=max(by_id, default=-1),
            prefilters=tuple(prefilters),
        )

    def passing(self, text: Grams) -> set[int]:
        """The regexes that may match ``text`` (the same as asking each one's :meth:`Needs.met`)."""
        ok = set(self.always)
        if self.last >= text.known:  # a text read before some of these strings were numbered
            ok.update(i for i, need in enumerate(self.prefilters) if need and need.met(text))
            return ok
        by_id = self.by_id
        for k in self.keys.intersection(text.found):
            ok.update(by_id[k])
        return ok


def needs(regex: re.Pattern[str]) -> Needs | None:
    """The prefilter of a compiled regex, or None when it has no usable literal."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre.parse(regex.pattern, regex.flags)
    except Exception:  # pragma: no cover - a pattern that compiled always parses
        return None
    strings = _Reader().required(list(parsed))
    if not strings or "" in strings:
        return None
    ordered = tuple(sorted(strings))
    ids = _NEEDLES.number(ordered)
    return Needs(ordered, ids, max(ids))


class _Reader:
    """Walks a parse tree: the exact strings of small parts, the required strings of any part.

    ``exact`` is the whole set of strings a part can match when that set is small and finite
    ("ו?אל" → {"ואל", "אל"}), else None. ``required`` is a set of which every match contains
    one, else None (no constraint).
    """

    def exact(self, item: tuple[Any, Any]) -> frozenset[str] | None:
        op, arg = item
        if op is sre.LITERAL:
            return frozenset({chr(arg)})
        if op is sre.IN:
            # A small class, ranges included ("[0-3]", "[./]"): the characters it can match.
            chars = _class_chars(arg, _CLASS_LIMIT)
            return None if chars is None else frozenset(chars)
        if op is sre.SUBPATTERN:
            _, add_flags, _, sub = arg
            if add_flags & re.IGNORECASE:
                return None
            return self.exact_seq(list(sub))
        if op is sre.BRANCH:
            out: set[str] = set()
            for branch in arg[1]:
                e = self.exact_seq(list(branch))
                if e is None:
                    return None
                out |= e
            return frozenset(out) if len(out) <= _PRODUCT_LIMIT else None
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = arg
            if (low, high) == (0, 1):
                e = self.exact_seq(list(sub))
                return None if e is None else e | {""}
            if low == high == 1:
                return self.exact_seq(list(sub))
            return None
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return frozenset({""})  # zero-width: adds no characters
        return None

    def exact_seq(self, items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
        out = frozenset({""})
        for item in items:
            e = self.exact(item)
            if e is None:
                return None
            out = _concat(out, e)
            if len(out) > _PRODUCT_LIMIT:
                return None
        return out

    def required_item(self, item: tuple[Any, Any]) -> frozenset[str] | None:
        op, arg = item
        if op is sre.SUBPATTERN:
            _, add_flags, _, sub = arg
            return None if add_flags & re.IGNORECASE else self.required(list(sub))
        if op is sre.BRANCH:
            out: set[str] = set()
            for branch in arg[1]:
                r = self.required(list(branch))
                if r is None:
                    return None
                out |= r
            return frozenset(out)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = arg
            return self.required(list(sub)) if low >= 1 else None
        if op is sre.ATOMIC_GROUP:
            return self.required(list(arg))
        return None  # lookarounds, classes, anchors, back references: no constraint

    def required(self, items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
        """The best required set of a sequence: from a run of exact parts, or from one part."""
        candidates: list[frozenset[str]] = []
        run = frozenset({""})

        def close() -> None:
            nonlocal run
            if run != {""}:
                candidates.append(run)
            run = frozenset({""})

        for item in items:
            e = self.exact(item)
            if e is not None and e != {""}:
                joined = _concat(run, e)
                if len(joined) <= _PRODUCT_LIMIT:
                    run = joined
                    continue
                close()
                run = e
                continue
            if e is None:
                close()
                r = self.required_item(item)
                if r is not None:
                    candidates.append(r)
            # a zero-width item neither adds to the run nor breaks it
        close()
        usable = [c for c in candidates if "" not in c]
        return max(usable, key=_score) if usable else None


def _class_chars(items: Sequence[tuple[Any, Any]], limit: int) -> set[str] | None:
    """The characters a class can match when it lists at most ``limit`` of them, ranges
    included; None for a negation, a category ("\\d", "\\w") or a wider class."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < limit:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None
        if len(chars) > limit:
            return None
    return chars


def _concat(left: Iterable[str], right: Iterable[str]) -> frozenset[str]:
    return frozenset(a + b for a, b in product(left, right))


def _score(strings: frozenset[str]) -> tuple[int, int]:
    """Longer shortest string first (up to :data:`_TELLING` characters), then fewer strings."""
    return (min(min(len(s) for s in strings), _TELLING), -len(strings))


_FIRST_LIMIT = 48  # the most characters a guard's class may list: more, and it rejects too little
_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")


def first_chars(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of ``regex`` starts with, or None when any may (or a match
    may be empty). Lookarounds and anchors before the first character are skipped: they add no
    character, and the characters after them still start the match."""
    return _first_chars(list(sre.parse(regex.pattern, regex.flags)))


def _first_chars(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """:func:`first_chars` of a parsed pattern."""
    found = _first(items)
    if found is None:
        return None
    chars, may_be_empty = found
    if may_be_empty or not chars or len(chars) > _FIRST_LIMIT:
        return None
    return frozenset(chars)


def _first(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The first characters of a sequence, and whether it may match the empty string."""
    chars: set[str] = set()
    for item in items:
        found = _first_item(item)
        if found is None:
            return None
        more, may_be_empty = found
        chars |= more
        if len(chars) > _FIRST_LIMIT:
            return None
        if not may_be_empty:
            return chars, False
    return chars, True


def _first_item(item: tuple[Any, Any]) -> tuple[set[str], bool] | None:
    op, arg = item
    if op is sre.LITERAL:
        return {chr(arg)}, False
    if op is sre.IN:
        chars = _class_chars(arg, _FIRST_LIMIT)
        return None if chars is None else (chars, False)
    if op is sre.SUBPATTERN:
        if arg[1] & re.IGNORECASE:
            return None  # "(?i:send)": the guard would be read with the pattern's own case
        return _first(list(arg[3]))
    if op is sre.ATOMIC_GROUP:
        return _first(list(arg))
    if op is sre.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in arg[1]:
            found = _first(list(branch))
            if found is None:
                return None
            out |= found[0]
            empty = empty or found[1]
        return out, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = arg
        found = _first(list(sub))
        if found is None:
            return None
        return found[0], found[1] or low == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero-width: the match's first character comes after it
    return None  # any character, a category, a back reference


def guarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` with a look-ahead on its first characters, when ``re`` cannot skip ahead alone.

    ``re`` jumps from one possible start to the next in C only when a pattern begins with a
    literal or a class; one that begins with a lookbehind, ``\\b`` or an optional prefix is
    tried at every position, each try running the lookbehinds first. ``(?=[...])`` in front
    fails those positions on one character test. The matches are the same: every match starts
    with one of these characters.
    """
    if regex.flags & re.VERBOSE:
        return regex
    items = list(sre.parse(regex.pattern, regex.flags))  # parsed once, for both tests
    chars = None if _has_prefix(items) else _first_chars(items)
    if chars is None:
        return regex
    flags = _GLOBAL_FLAGS.match(regex.pattern)
    lead = flags.group() if flags else ""
    body = regex.pattern[len(lead) :]
    cls = "".join(re.escape(c) for c in sorted(chars))
    try:
        return re.compile(f"{lead}(?=[{cls}])(?:{body})", regex.flags)
    except re.error:  # flags behind a comment ("(?#c)(?i)…") cannot move inside a group
        return regex


def _has_prefix(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether ``re`` already knows where a parsed pattern's match may start (a literal or a
    class comes first)."""
    while items and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, arg = items[0]
    if op in (sre.LITERAL, sre.IN):
        return True
    if op is sre.BRANCH:
        return all(branch and branch[0][0] is sre.LITERAL for branch in arg[1])
    return False
