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

Long strings are reduced to their first :data:`GRAM` characters: a text containing the string
contains that prefix, so the test stays necessary, and every text's prefixes of that length are
one set built once (:class:`Grams`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import product
from re import _parser as sre  # type: ignore[attr-defined]  # the parser ``re`` itself uses
from types import MappingProxyType
from typing import Any

GRAM = 3
"""How many leading characters of a needed string are looked up."""

_PRODUCT_LIMIT = 64  # the most strings a run of small alternatives may expand to
_TELLING = 8  # past this length a needed string is rare enough: prefer fewer strings
_CLASS_LIMIT = 16  # the most characters a character class may list and still count as literal


@dataclass(frozen=True, slots=True)
class Needs:
    """Strings of which a text must contain at least one for a regex to match it.

    A needed string of :data:`GRAM` characters or more is filed under its last gram (the end of
    a phrase is its most telling part: "אל תתקשר" under "קשר", not "אל "), with the set of all
    its grams: a text holding the string holds every one of them. ``short`` holds the shorter
    strings, looked for with ``in``.
    """

    grams: frozenset[str]
    by_gram: Mapping[str, tuple[frozenset[str], ...]]
    short: tuple[str, ...]

    def met(self, text: Grams) -> bool:
        """Whether the text may match: it has every gram of at least one needed string."""
        have = text.grams
        for gram in self.grams.intersection(have):
            for every in self.by_gram[gram]:
                if every <= have:
                    return True
        folded = text.text
        return any(s in folded for s in self.short)


@dataclass(frozen=True, slots=True)
class Grams:
    """A text and the set of its substrings of :data:`GRAM` characters, built once per text."""

    text: str
    grams: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Grams:
        """The text's grams."""
        return cls(text, _grams(text))


@dataclass(frozen=True, slots=True)
class Screen:
    """The prefilters of many regexes, tested together: which of them may match a text.

    Asking each :class:`Needs` in turn costs a Python call and a set operation per regex, most
    of them rejections. Here every needed string's last gram points back to its regex, so one
    intersection of the text's grams with all those grams finds the few regexes worth a closer
    look; the rest are rejected without being visited.
    """

    always: frozenset[int]
    """Regexes without a filter: they always run."""
    keys: frozenset[str]
    by_gram: Mapping[str, tuple[tuple[int, frozenset[str]], ...]]
    short: tuple[tuple[int, tuple[str, ...]], ...]

    @classmethod
    def of(cls, prefilters: Sequence[Needs | None]) -> Screen:
        """The screen of regexes ``0 .. len(prefilters) - 1``."""
        by_gram: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for i, need in enumerate(prefilters):
            if need is None:
                continue
            for gram, strings in need.by_gram.items():
                by_gram.setdefault(gram, []).extend((i, every) for every in strings)
        return cls(
            always=frozenset(i for i, need in enumerate(prefilters) if need is None),
            keys=frozenset(by_gram),
            by_gram=MappingProxyType({g: tuple(v) for g, v in by_gram.items()}),
            short=tuple(
                (i, need.short) for i, need in enumerate(prefilters) if need and need.short
            ),
        )

    def passing(self, text: Grams) -> set[int]:
        """The regexes that may match ``text`` (the same as asking each one's :meth:`Needs.met`)."""
        ok = set(self.always)
        have = text.grams
        for gram in self.keys.intersection(have):
            for i, every in self.by_gram[gram]:
                if i not in ok and every <= have:
                    ok.add(i)
        folded = text.text
        for i, strings in self.short:
            if i not in ok and any(s in folded for s in strings):
                ok.add(i)
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
    by_gram: dict[str, list[frozenset[str]]] = {}
    for s in sorted(strings):
        if len(s) >= GRAM:
            by_gram.setdefault(s[-GRAM:], []).append(_grams(s))
    short = tuple(sorted(s for s in strings if len(s) < GRAM))
    return Needs(
        frozenset(by_gram), MappingProxyType({g: tuple(v) for g, v in by_gram.items()}), short
    )


def _grams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + GRAM] for i in range(len(text) - GRAM + 1))


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
            if len(arg) > _CLASS_LIMIT or any(o is not sre.LITERAL for o, _ in arg):
                return None
            return frozenset(chr(a) for _, a in arg)
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


def _concat(left: Iterable[str], right: Iterable[str]) -> frozenset[str]:
    return frozenset(a + b for a, b in product(left, right))


def _score(strings: frozenset[str]) -> tuple[int, int]:
    """Longer shortest string first (up to :data:`_TELLING` characters), then fewer strings."""
    return (min(min(len(s) for s in strings), _TELLING), -len(strings))
