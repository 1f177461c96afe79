"""The regex prefilter: a regex whose needed strings are absent cannot match, and never is skipped
when it could."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from classifier import asks as asks_module
from classifier.prefilter import Grams, Screen, needs


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
