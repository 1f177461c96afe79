"""The regex prefilter: a regex whose needed strings are absent cannot match, and never is skipped
when it could."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from classifier import asks as asks_module
from classifier.prefilter import Grams, Screen, first_chars, guarded, needs


def _unguarded(regex: re.Pattern[str]) -> str:
    """A guarded regex's own pattern, without the look-ahead :func:`guarded` put in front."""
    m = re.match(r"\(\?=\[(?:\\.|[^\]])*\]\)\(\?:", regex.pattern)
    return regex.pattern[m.end() : -1] if m else regex.pattern


def _may_match(regex: str, text: str) -> bool:
    need = needs(re.compile(regex))
    return need is None or need.met(Grams.of(text))


@pytest.mark.parametrize(
    ("regex", "text", "may"),
    [
        (r"(?<!\w)ו?אל\s+(?:תשלח|תתקן)(?!\w)", "בבקשה אל תשלח עוד", True),
        (r"(?<!\w)ו?אל\s+(?:תשלח|תתקן)(?!\w)", "אל תדאג, הכל בסדר", False),
        (r"\b(?:can|could) you\b", "could you send it", True),
        (r"\b(?:can|could) you\b", "please send it", False),
        (r"(?:please|pls)?\s*send", "send it", True),
        (r"[₪$]\s?\d+", "it costs $40", True),
        (r"[₪$]\s?\d+", "it costs 40", False),
        (r"a(?=bc)", "ab", True),  # the lookahead's words are not needed: no filter
        # a small range counts as its characters; a wide one or a negation does not
        (r"(?P<d>[0-3]?[0-9])[./](?P<mo>[01]?[0-9])", "on 12.05 please", True),
        (r"(?P<d>[0-3]?[0-9])[./](?P<mo>[01]?[0-9])", "on 12. may please", False),
        (r"x[a-z]y", "xqy", True),
        (r"x[^a]y", "x y", True),
    ],
)
def test_needs(regex: str, text: str, may: bool) -> None:
    assert _may_match(regex, text) is may


def test_no_filter_without_literals() -> None:
    assert needs(re.compile(r"\d+\s\d\d")) is None
    assert needs(re.compile(r"send", re.IGNORECASE)) is None
    assert needs(re.compile(r"(?:send)?\w+")) is None


@pytest.mark.slow
@pytest.mark.parametrize("code", ["he", "en"])
def test_no_pack_pattern_is_skipped_where_it_matches(
    code: str, corpus_split: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    """On every corpus message: wherever a pack's regex matches, its screen lets it run."""
    compiled = asks_module._load(code)
    assert compiled is not None
    groups = [
        ([rx for _, rx in compiled.patterns], compiled.pattern_screen),
        ([rx for _, rx in compiled.lexicon], compiled.lexicon_screen),
    ]
    for regexes, screen in groups:
        assert len(screen.always) < 0.1 * len(regexes)  # nearly every regex has a filter
    matched = 0
    for frame in corpus_split:
        for text in frame["text"].astype(str):
            folded, _ = asks_module._fold(text, compiled.pack.fold)
            grams = Grams.of(folded)
            for regexes, screen in groups:
                passing = screen.passing(grams)
                for k, regex in enumerate(regexes):
                    if regex.search(folded):
                        assert k in passing, (regex.pattern[:80], text[:80])
                        matched += 1
    assert matched > 100


def test_a_screen_passes_what_each_filter_passes() -> None:
    regexes = [r"\bcan you\b", r"\d+:\d\d", r"\d+", r"(?:send|forward) it", r"[$€]\d"]
    prefilters = [needs(re.compile(r)) for r in regexes]
    screen = Screen.of(prefilters)
    for text in ["can you forward it at 9:30?", "send it", "€5", "nothing here", ""]:
        grams = Grams.of(text)
        each = {k for k, need in enumerate(prefilters) if need is None or need.met(grams)}
        assert screen.passing(grams) == each


@pytest.mark.parametrize(
    ("regex", "chars"),
    [
        (r"(?<!\w)ו?אל\s+(?:תשלח|תתקן)", {"ו", "א"}),
        (r"\b(?:can|could) you\b", {"c"}),
        (r"(?<!i )(?<!we )(?:do not|don't|never)", {"d", "n"}),
        (r"(?m)^[ \t]{0,3}(?:[-•]|\d[.)])", None),  # a digit class is any digit: no guard
        (r"(?:[-•*]\s)?ok", {"-", "•", "*", "o"}),
        (r"(?<!\w)x?", None),  # may match nothing
        (r"(?:please|pls)?\s*send", None),  # "\s" may start it
        (r".send", None),
    ],
)
def test_first_chars(regex: str, chars: set[str] | None) -> None:
    assert first_chars(re.compile(regex)) == (None if chars is None else frozenset(chars))


_GUARDED_TEXTS = [
    "can you send it? I could not. Don't call, we never do. ok",
    "- ok\n• fine\n* OK then\nCan You?",
    "אל תשלח עוד, ואל תתקן. היא אל תשלח",
    "",
]


@pytest.mark.parametrize(
    ("regex", "flags"),
    [
        (r"(?<!\w)ו?אל\s+(?:תשלח|תתקן)", 0),
        (r"\b(?:can|could) you\b", 0),
        (r"\b(?:can|could) you\b", re.IGNORECASE),
        (r"(?<!i )(?<!we )(?<!\w)(?P<no>do not|don't|never)", 0),
        (r"(?m)(?:[-•*]\s)?ok\b", 0),
        (r"(?i)(?:[-•*]\s)?ok\b", 0),
    ],
)
def test_a_guard_changes_no_match(regex: str, flags: int) -> None:
    plain = re.compile(regex, flags)
    fast = guarded(plain)
    assert fast is not plain  # each of these starts with no literal: it gets a guard
    for text in _GUARDED_TEXTS:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]


def test_a_guard_only_where_re_cannot_skip_ahead_alone() -> None:
    for regex in [r"send", r"[ab]x", r"(?:ab|cd)e", r"(?x) a b  # spaced", r"\d+:\d\d"]:
        plain = re.compile(regex)
        assert guarded(plain) is plain


def test_no_guard_where_it_could_miss_a_match() -> None:
    # A scoped case-blind group ("(?i:send)") would read the guard with case; flags behind a
    # comment cannot move into the guard's group (a fresh-eyes review).
    scoped = re.compile(r"(?<!x)(?i:send)")
    assert guarded(scoped) is scoped
    commented = re.compile(r"(?#c)(?i)\bsend")
    assert guarded(commented).findall("SEND it") == ["SEND"]


@pytest.mark.parametrize(
    ("regex", "flags"),
    [
        (r"(?<!\w)ו?אל\s+(?:תשלח|תתקן)", 0),
        (r"\b(?:can|could) you\b", re.IGNORECASE),
        (r"(?m)(?:[-•*]\s)?ok\b", 0),
    ],
)
def test_a_guard_changes_no_anchored_match(regex: str, flags: int) -> None:
    """match() and fullmatch() at every position give what the unguarded regex gives."""
    plain = re.compile(regex, flags)
    fast = guarded(plain)
    for text in _GUARDED_TEXTS:
        for pos in range(len(text) + 1):
            for method in ("match", "fullmatch", "search"):
                got = getattr(fast, method)(text, pos)
                want = getattr(plain, method)(text, pos)
                assert (got and got.span()) == (want and want.span()), (method, pos, text)


@pytest.mark.slow
@pytest.mark.parametrize("code", ["he", "en"])
def test_every_guarded_pack_pattern_matches_as_written(
    code: str, corpus_split: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    """On every corpus message, each pack pattern finds what its unguarded source finds."""
    compiled = asks_module._load(code)
    assert compiled is not None
    pairs = [
        (rx, re.compile(asks_module._fold_regex(p.regex, compiled.pack.fold)))
        for p, rx in compiled.patterns
    ]
    # …and the lexicon's and the named questions' and verbs', each against its own source
    pairs += [(rx, re.compile(_unguarded(rx))) for _, rx in compiled.lexicon]
    pairs += [
        (named.regex, re.compile(_unguarded(named.regex)))
        for named in (compiled.question_words, compiled.verbs)
        if named is not None
    ]
    assert sum(rx.pattern != plain.pattern for rx, plain in pairs) > len(pairs) / 2
    for frame in corpus_split:
        for text in frame["text"].astype(str):
            folded, _ = asks_module._fold(text, compiled.pack.fold)
            for rx, plain in pairs:
                assert [m.span() for m in rx.finditer(folded)] == [
                    m.span() for m in plain.finditer(folded)
                ], (plain.pattern[:80], text[:80])
