"""Pre-train: Hebrew normalisation, spaCy tokenization, prefixes and negation."""

from __future__ import annotations

import functools
import re
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.tokenization import MAX_CHUNK, normalize, prefix_variants, tokenize


def test_niqqud_is_removed() -> None:
    assert normalize("שָׁלוֹם") == "שלום"


def test_geresh_gershayim_and_quote_variants_are_unified() -> None:
    assert normalize("ש״ח") == normalize('ש"ח') == normalize("ש“ח") == 'ש"ח'
    assert normalize("ג׳ירפה") == normalize("ג'ירפה") == normalize("ג’ירפה")


def test_digits_urls_and_emails_are_masked_and_case_folded() -> None:
    assert normalize("Call 052-1234567 or see WWW.Example.com / dana@example.co.il") == (
        "call 000-0000000 or see  url  /  email "
    )


def test_bidi_marks_are_removed() -> None:
    assert normalize("\u200fשלום\u200e") == "שלום"


def test_negations_are_kept_as_tokens() -> None:
    assert "לא" in tokenize(normalize("זה לא מה שסיכמנו"))
    assert "אין" in tokenize(normalize("אין לי זמן לזה"))
    assert "not" in tokenize(normalize("This is not what we agreed"))
    assert "n't" in tokenize(normalize("We didn't agree to this"))


def test_punctuation_dropped_except_exclamation_and_question() -> None:
    assert tokenize(normalize("למה?! זה, לא.")) == ["למה", "?", "!", "זה", "לא"]


def test_prefix_variants() -> None:
    assert prefix_variants("וכשהלקוח") == ["כשהלקוח", "שהלקוח"]
    assert prefix_variants("בלוגו") == ["לוגו"]
    assert prefix_variants("מחר") == []  # the stem would be too short to mean anything
    assert prefix_variants("logo") == []


@functools.lru_cache(maxsize=2)
def _blank(lang: str) -> Any:
    return spacy.blank(lang)


def _whole_text_tokens(normalized: str) -> list[str]:
    """spaCy over the whole text at once: what the per-chunk cache must reproduce."""
    nlp = _blank("he" if re.search("[\u05d0-\u05ea]", normalized) else "en")
    return [
        t.text
        for t in nlp.tokenizer(normalized)
        if not t.is_space and (not t.is_punct or t.text in "!?")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "don't, won't!! e-mail: a.b@c.com (see http://x.y/z?q=1) — 12.5₪...",
        'הלקוח כתב: "לא מקובל עליי!!"\n\nתודה, דנה\t(054-1234567)',
        "mixed עברית and English... ה-PDF שלחתי? OK.",
    ],
)
def test_per_chunk_tokens_equal_whole_text_tokens(text: str) -> None:
    normalized = normalize(text)
    assert tokenize(normalized) == _whole_text_tokens(normalized)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab ה'ל\"-.,!?:;()\n\t0@/", "לא", "don't", " url ", "e-mail"]))
    .map("".join)
    .filter(lambda text: all(len(chunk) <= MAX_CHUNK for chunk in text.split()))
)
def test_per_chunk_tokens_equal_whole_text_tokens_on_random_text(text: str) -> None:
    normalized = normalize(text)
    assert tokenize(normalized) == _whole_text_tokens(normalized)


def test_an_overlong_chunk_is_read_in_slices() -> None:
    """No word is 64 characters long; longer runs are read in slices, which bounds the work."""
    run = "$" * (MAX_CHUNK * 3 + 5)
    assert tokenize(run) == [
        tok for i in range(0, len(run), MAX_CHUNK) for tok in tokenize(run[i : i + MAX_CHUNK])
    ]
