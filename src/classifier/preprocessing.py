"""From an e-mail to the text the model reads: one function used by training and prediction alike."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from classifier.cleaning import clean_body
from classifier.lang import alternatives, packs, per_packs
from classifier.language import Language, detect_language
from classifier.lexicons import MARKERS, markers_of, triggers
from classifier.message import Message
from classifier.reading import read_text


@per_packs
def _subject_prefix() -> re.Pattern[str]:
    # Possessive quantifiers: each stretch of white space is read once, so a hostile subject of
    # "re" and many spaces costs linear time (a plain "\s*(...)?\s*" tries every split of it).
    words = alternatives([w for pack in packs() for w in pack.subject_prefixes])
    return re.compile(rf"^\s*+(?:{words}\s*+(?:\[\d+\]\s*+)?:\s*+)++", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the model reads, and what a person is shown about it."""

    model_text: str  # the subject, a newline, the cleaned body, then a line of cue markers
    cleaned_body: str
    subject: str
    language: Language
    removed: tuple[str, ...]
    sender_name: str | None
    cues: tuple[str, ...] = ()  # the lexical cue categories found (lexicons.cues)
    body_start: int = 0  # where the cleaned body begins in model_text
    cues_start: int = -1  # where the cue markers begin in model_text (its length when none)
    quoted: str = ""  # the earlier message replied under (cleaning.CleanedText.quoted)
    cue_words: tuple[tuple[str, frozenset[str]], ...] = ()
    """Each cue category found, with the words that set it off (:func:`lexicons.triggers` of
    ``model_text[:cues_start]``): the explanation credits a marker to them without a second
    search."""


def clean_subject(subject: str) -> str:
    """The subject without the "Re:" / "Fwd:" prefixes of every language pack."""
    return _subject_prefix().sub("", subject or "").strip()


def prepare(message: Message) -> Prepared:
    """Clean the body, detect the language, and join the subject to the client's own text.

    The model also reads the marker words of the lexical cues found (:mod:`lexicons`).
    """
    cleaned = clean_body(message.body)
    subject = clean_subject(message.subject)
    model_text = f"{subject}\n{cleaned.text}" if subject else cleaned.text
    body_start = len(subject) + 1 if subject else 0
    cues_start = len(model_text)
    set_off = triggers(model_text)
    found = tuple(name for name in MARKERS if name in set_off)  # lexicons.cues, in its order
    markers = markers_of(found)
    if markers:
        model_text = f"{model_text}\n{markers}"
    return Prepared(
        model_text=model_text,
        cleaned_body=cleaned.text,
        subject=subject,
        language=detect_language(cleaned.text or subject, context=message.body[:5_000]),
        removed=cleaned.removed,
        sender_name=message.sender_name,
        cues=found,
        body_start=body_start,
        cues_start=cues_start,
        cue_words=tuple((name, frozenset(words)) for name, words in set_off.items()),
        quoted=cleaned.quoted,
    )


def prepare_text(text: str, *, subject: str = "") -> Prepared:
    """:func:`prepare` for a body given as text (plain or HTML)."""
    return prepare(read_text(text, subject=subject))


def model_texts(frame: pd.DataFrame) -> list[str]:
    """The text the model reads for each row: subject plus the cleaned body."""
    subjects = frame["subject"] if "subject" in frame.columns else pd.Series([""] * len(frame))
    return [
        prepare_text(str(text), subject=str(subject)).model_text
        for text, subject in zip(frame["text"], subjects, strict=True)
    ]


def row_languages(frame: pd.DataFrame) -> list[str]:
    """The language column where given, else the detected language of the cleaned text."""
    given = frame["language"] if "language" in frame.columns else pd.Series([""] * len(frame))
    out = []
    for text, lang in zip(frame["text"], given, strict=True):
        out.append(str(lang) if str(lang) else prepare_text(str(text)).language)
    return out
