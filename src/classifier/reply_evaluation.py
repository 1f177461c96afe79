"""Do the suggested replies fit the message? Scored on a set written with what a reply must do.

Each row of ``data/external/reply-fit.csv`` is a client message with the items any fitting reply
must address (``gloss|keyword/keyword``; the first is the client's main ask), what it must not
do (from a fixed list: offer a call after "don't call me", apologise again, promise a discount,
free work or a date, suggest a pause to a client under time pressure, thank for speed after
sarcasm about slowness, blame the client, answer in the other language) and the longest reply
that fits the channel. The checks are
deliberately literal (keywords and patterns, Hebrew and English): a reply that paraphrases an ask
without its words counts as missing it, so the figures are a floor, read next to a person's review.
What a reply must not do is judged on the text it sends, without the fields' hints (which quote
the client to the owner and are replaced before sending).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from joblib import Parallel, delayed

from classifier.asks import read_asks
from classifier.cleaning import clean_body
from classifier.compose import Terms
from classifier.language import detect_language
from classifier.reading import read_text
from classifier.replies import advise

_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_FIELD = re.compile(r"\[[^\]]*\]")  # a field: "[hint]", replaced by the owner before sending


def _fold(text: str) -> str:
    """Compatibility forms unified and case folded; digits kept (a time or an amount matters)."""
    return unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")


# What doing each forbidden thing looks like in a reply (folded text).
VIOLATIONS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "offer a call": r"\b(call|phone|ring you|zoom)\b|להתקשר|אתקשר|שיחה|שיחת|בטלפון|טלפונית",
        "apologise again": r"\b(sorry|apologi[sz]e|apologies)\b|מצטער|מצטערת|מתנצל|מתנצלת|סליחה|צר לי",
        "promise a discount": r"\bdiscount\b|\d+ ?% off|הנחה",
        "promise free work": r"\b(free of charge|for free|at no (extra )?cost|no charge)\b|בחינם|ללא עלות|ללא תשלום",
        "promise a date": r"\b(by|on) (monday|tuesday|wednesday|thursday|friday|tomorrow|today)\b|עד מחר|עד יום",
        "suggest a pause": r"\b(pause|take a break|step back)\b|להשהות|הפסקה|לעצור לכמה",
        "thank for speed": r"\b(quick|prompt|fast) (reply|response|answer)\b|על התגובה המהירה|על המענה המהיר",
        "blame the client": r"\byour fault\b|\byou (didn't|did not|failed to|never)\b|באשמתך|לא שלחת|לא שלחתם",
    }.items()
}


@dataclass(frozen=True, slots=True)
class FitCase:
    """One message and what a fitting reply must and must not do."""

    id: str
    language: str
    channel: str
    label: str
    text: str
    must_address: tuple[tuple[str, tuple[str, ...]], ...]  # (gloss, keywords)
    must_not: tuple[str, ...]
    max_reply_chars: int


@dataclass(frozen=True, slots=True)
class FitResult:
    """How the replies to one message fared."""

    case: FitCase
    replies: tuple[str, ...]
    addressed: tuple[str, ...]  # glosses some reply addresses
    missed: tuple[str, ...]
    violations: tuple[str, ...]
    too_long: int  # replies over the channel's length
    wrong_language: int

    @property
    def addresses_all(self) -> bool:
        return not self.missed

    @property
    def addresses_main(self) -> bool:
        """Whether the first item, the client's main ask as the set is written, is addressed."""
        return bool(self.case.must_address) and self.case.must_address[0][0] in self.addressed


def read_cases(path: Path) -> list[FitCase]:
    """The cases of a reply-fit CSV, or of every CSV in a folder in name order: the fresh set is
    kept one file per block of ids (``fx-123.csv`` holds fx-123xx), so that each round adds a
    file rather than growing one."""
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"no reply-fit CSV in {path}")
    cases: list[FitCase] = []
    for file in files:
        with file.open(encoding="utf-8-sig", newline="") as fh:
            cases.extend(_case(row) for row in csv.DictReader(fh))
    return cases


def _case(row: dict[str, str]) -> FitCase:
    """One row of a reply-fit CSV."""
    return FitCase(
        id=row["id"],
        language=row["language"],
        channel=row["channel"],
        label=row["label"],
        text=row["text"],
        must_address=tuple(
            (gloss.strip(), tuple(k.strip() for k in keys.split("/") if k.strip()))
            for gloss, _, keys in (i.partition("|") for i in row["must_address"].split(";"))
            if gloss.strip()
        ),
        must_not=tuple(m.strip() for m in row["must_not"].split(";") if m.strip()),
        max_reply_chars=int(row["max_reply_chars"]),
    )


def _language_ok(case: FitCase, reply: str) -> bool:
    """Whether the words a reply sends are in the case's language: a field's hint may quote the
    client in the other language ("answering "please use "השוכר יעשה" throughout""), and is
    replaced before sending."""
    hebrew = bool(_HEBREW.search(_FIELD.sub("", reply)))
    return case.language == "mixed" or hebrew == (case.language == "he")


def score_replies(case: FitCase, replies: Sequence[str]) -> FitResult:
    """Check the replies suggested for one message against its case."""
    texts = [_fold(r) for r in replies]
    addressed: list[str] = []
    missed: list[str] = []
    for gloss, keywords in case.must_address:
        keys = [_fold(k) for k in keywords]
        (addressed if any(k in t for k in keys for t in texts) else missed).append(gloss)
    # What a reply does is judged on what it sends: a field's hint ("[your answer to "אני מבקש
    # 20% הנחה"]") quotes the client to the owner and is replaced before sending.
    sent = [_fold(_FIELD.sub("", r)) for r in replies]
    violations = sorted(
        {
            rule
            for rule in case.must_not
            if rule in VIOLATIONS and any(VIOLATIONS[rule].search(t) for t in sent)
        }
    )
    return FitResult(
        case=case,
        replies=tuple(replies),
        addressed=tuple(addressed),
        missed=tuple(missed),
        violations=tuple(violations),
        too_long=sum(len(r) > case.max_reply_chars for r in replies),
        wrong_language=sum(not _language_ok(case, r) for r in replies),
    )


def summarise(results: Sequence[FitResult]) -> dict[str, float]:
    """The figures the README reports: shares of messages, and of replies for length and language."""
    n = max(len(results), 1)
    replies = max(sum(len(r.replies) for r in results), 1)
    return {
        "messages": len(results),
        "main_ask_addressed": sum(r.addresses_main for r in results) / n,
        "ask_addressed": sum(r.addresses_all for r in results) / n,
        "with_violation": sum(bool(r.violations) for r in results) / n,
        "length_fit": 1 - sum(r.too_long for r in results) / replies,
        "language_right": 1 - sum(r.wrong_language for r in results) / replies,
    }


def evaluate(
    cases: Sequence[FitCase], suggest: Callable[[FitCase], Sequence[str]]
) -> list[FitResult]:
    """Score the replies ``suggest`` gives for every case."""
    return [score_replies(case, suggest(case)) for case in cases]


def composed_replies(case: FitCase, *, without_fields: bool = False) -> list[str]:
    """The replies the composer gives for a case's own label (as after a correction on the page).

    ``without_fields`` drops the ``[hint]`` fields: the text an owner would send if they left
    them out, which is what says whether the composed words themselves address the ask.
    """
    text = clean_body(read_text(case.text).body).text  # a pasted "Subject:" line is no body
    language = detect_language(text, context=case.text)
    advice = advise(
        label=case.label,
        runner_up=case.label,
        uncertain=False,
        message_language=language,
        asks=read_asks(text, language=language),
        chat=case.channel == "chat",
        client_name=None,
        terms=Terms(),
        seed_text=text,
    )
    return [without_the_fields(s.text) if without_fields else s.text for s in advice.suggestions]


def without_the_fields(reply: str) -> str:
    """A reply as the owner would send it leaving its ``[hint]`` fields out."""
    return _FIELD.sub("", reply)


def _compose_chunk(cases: Sequence[FitCase]) -> list[list[str]]:
    return [composed_replies(case) for case in cases]


def compose_all(cases: Sequence[FitCase], *, n_jobs: int = 1) -> dict[str, list[str]]:
    """The composed replies of every case by id, in ``n_jobs`` processes (one chunk each): the
    fresh set's thirteen thousand messages take half a minute on one core."""
    chunks = [list(cases[i::n_jobs]) for i in range(n_jobs)]
    results = Parallel(n_jobs=n_jobs)(delayed(_compose_chunk)(chunk) for chunk in chunks)
    return {
        case.id: replies
        for chunk, replies_of in zip(chunks, results, strict=True)
        for case, replies in zip(chunk, replies_of, strict=True)
    }
