"""Reply suggestions grounded in the seed articles, and a check of the provider's own draft.

The replies, the per-type handling notes and the escalation patterns are data in each language
pack (``lang/<code>/replies.yaml`` and ``draft_checks.yaml``), editable without
programming and validated against the schemas below when loaded. The engine only chooses:
replies for the predicted type (or neutral ones when the prediction is uncertain), preferring the
message's topic, with different techniques, in the client's language, deterministically for the
same input; then it adds the greeting with the client's name and the provider's signature.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from classifier import LABELS, TOPICS
from classifier.cleaning import patterns
from classifier.lang import FALLBACK, codes, get_pack, pack_of_text, packs, per_packs, reply_pack

ReplyLanguage = str  # the code of a language pack
ReplyType = Literal["easygoing", "dormant", "demanding", "know-it-all", "conflictual", "neutral"]
Technique = Literal[
    "reflect",
    "interest",
    "smallest_first",
    "options",
    "listen",
    "positive_wording",
    "boundaries",
    "clear_terms",
    "respectful_exit",
    "confirm_in_writing",
    "re_engage",
    "protect_judgment",
]
_PLACEHOLDER = re.compile(r"\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\bXXX\b|\bTODO\b|_{3,}")
MIN_PER_TYPE = 6
MIN_TECHNIQUES = 3


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reply(_Strict):
    """One suggested phrasing, tagged with its technique and the seed it comes from."""

    id: str = Field(pattern=r"^[a-z]{2,3}-[a-z-]+-\d{3}$")
    type: ReplyType
    technique: Technique
    seed: str = Field(pattern=r"^00[0-4]$")
    topics: list[str] = Field(min_length=1)
    text: str = Field(min_length=10, max_length=1200)

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, topics: list[str]) -> list[str]:
        unknown = [t for t in topics if t != "any" and t not in TOPICS]
        if unknown:
            raise ValueError(f"unknown topic(s) {unknown}")
        return topics

    @field_validator("text")
    @classmethod
    def _no_placeholders(cls, text: str) -> str:
        if _PLACEHOLDER.search(text):
            raise ValueError(f"the text holds a placeholder: {text[:60]!r}")
        return text.strip()


class ReplyLibrary(_Strict):
    """All replies and handling notes of one language."""

    language: ReplyLanguage
    notes: dict[str, str]
    replies: list[Reply]

    @field_validator("language")
    @classmethod
    def _known_language(cls, language: str) -> str:
        if language not in codes():
            raise ValueError(f"no language pack {language!r}")
        return language

    @model_validator(mode="after")
    def _complete(self) -> ReplyLibrary:
        if set(self.notes) != set(LABELS):
            raise ValueError(f"notes must cover exactly {LABELS}")
        ids = [r.id for r in self.replies]
        if len(ids) != len(set(ids)):
            raise ValueError("reply ids must be unique")
        for kind in (*LABELS, "neutral"):
            mine = [r for r in self.replies if r.type == kind]
            if len(mine) < MIN_PER_TYPE or len({r.technique for r in mine}) < MIN_TECHNIQUES:
                raise ValueError(
                    f"{self.language}/{kind}: needs {MIN_PER_TYPE}+ replies over {MIN_TECHNIQUES}+ techniques"
                )
        wrong = [r.id for r in self.replies if not r.id.startswith(f"{self.language}-")]
        if wrong:
            raise ValueError(f"ids not of language {self.language}: {wrong[:5]}")
        return self


class DraftCheck(_Strict):
    """One kind of escalating wording, how to find it, and what to say instead."""

    id: str
    language: ReplyLanguage = Field(pattern=r"^[a-z]{2,3}$")
    category: str
    pattern: str
    why: str
    alternative: str
    seed: str
    examples: list[str] = Field(min_length=1)
    near_misses: list[str] = Field(default_factory=list)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        re.compile(pattern)
        return pattern

    def compiled(self) -> re.Pattern[str]:
        return _compile(self.pattern)


class DraftChecks(_Strict):
    checks: list[DraftCheck]


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@per_packs
def load_library(language: ReplyLanguage) -> ReplyLibrary:
    """The validated reply library of a language pack (read once per process)."""
    pack = get_pack(language)
    data = yaml.safe_load(pack.resource("replies.yaml").read_text(encoding="utf-8"))
    return ReplyLibrary.model_validate(data)


@per_packs
def load_draft_checks() -> DraftChecks:
    """The validated escalation patterns of every pack that ships them (read once per process)."""
    checks: list[DraftCheck] = []
    for pack in packs():
        if pack.has_resource("draft_checks.yaml"):
            data = yaml.safe_load(pack.resource("draft_checks.yaml").read_text(encoding="utf-8"))
            checks.extend(DraftChecks.model_validate(data).checks)
    return DraftChecks(checks=checks)


# ----- suggestions ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Suggestion:
    """A reply ready to send, and where its approach comes from."""

    text: str
    technique: str
    seed: str
    reply_id: str


@dataclass(frozen=True, slots=True)
class Advice:
    """Replies and a short "how to handle this client" note."""

    language: ReplyLanguage
    types: tuple[str, ...]
    uncertain: bool
    note: str
    suggestions: tuple[Suggestion, ...]


def reply_language(message_language: str) -> ReplyLanguage:
    """Answer in the client's language; mixed messages in the first pack's (Hebrew here).

    A message in no language we read gets no reply; its note is in the fallback pack's language.
    """
    pack = reply_pack(message_language)
    return pack.code if pack is not None else FALLBACK


def other_note() -> str:
    """What every pack says when a message is in no language we read, naming the ones we do."""
    names = ", ".join(p.name for p in packs())
    return " ".join(p.other_note.format(languages=names) for p in packs() if p.other_note)


def _stable_key(seed_text: str, reply_id: str) -> str:
    return hashlib.sha256(f"{seed_text}\x1f{reply_id}".encode()).hexdigest()


def choose(replies: list[Reply], *, topic: str | None, count: int, seed_text: str) -> list[Reply]:
    """Up to ``count`` replies, topic-specific first, each with a technique not yet used.

    Ties are broken by a hash of the message and the reply id: the same message always gets the
    same replies, while different messages see different phrasings.
    """

    def rank(reply: Reply) -> tuple[int, str]:
        fits_topic = topic is not None and topic in reply.topics
        return (
            0 if fits_topic else 1 if "any" in reply.topics else 2,
            _stable_key(seed_text, reply.id),
        )

    ordered = sorted(replies, key=rank)
    chosen: list[Reply] = []
    used: set[str] = set()
    for reply in ordered:
        if reply.technique not in used:
            chosen.append(reply)
            used.add(reply.technique)
        if len(chosen) == count:
            return chosen
    for reply in ordered:  # fewer techniques than asked for: allow repeats rather than return less
        if reply not in chosen:
            chosen.append(reply)
        if len(chosen) == count:
            break
    return chosen


def _frame(
    text: str, *, language: ReplyLanguage, client_name: str | None, provider_name: str | None
) -> str:
    pack = get_pack(language)
    with_name, without = pack.greeting
    greeting = with_name.format(name=client_name) if client_name else without
    body = f"{greeting}\n\n{text.strip()}" if greeting else text.strip()
    if provider_name:
        body += f"\n\n{pack.reply_sign_off}\n{provider_name}"
    if _PLACEHOLDER.search(body):
        raise ValueError("a reply kept an unfilled placeholder")
    return body


def advise(
    *,
    label: str,
    runner_up: str,
    uncertain: bool,
    topic: str | None,
    message_language: str,
    client_name: str | None,
    provider_name: str | None,
    seed_text: str,
    count: int = 3,
) -> Advice:
    """Replies and a handling note for a classified message.

    An uncertain prediction gets neutral replies and a note naming both likely types, never a
    confident reply for a guess.
    """
    language = reply_language(message_language)
    if reply_pack(message_language) is None:
        # No reply in a language the client did not write: say so in each of ours.
        return Advice(
            language=language, types=(), uncertain=True, note=other_note(), suggestions=()
        )
    library = load_library(language)
    kind = "neutral" if uncertain else label
    pool = [r for r in library.replies if r.type == kind]
    chosen = choose(pool, topic=topic, count=count, seed_text=seed_text)
    if uncertain:
        pack = get_pack(language)
        names = pack.type_names
        note = pack.uncertain_note.format(a=names[label], b=names[runner_up])
        types: tuple[str, ...] = (label, runner_up)
    else:
        note = library.notes[label]
        types = (label,)
    suggestions = tuple(
        Suggestion(
            text=_frame(
                r.text, language=language, client_name=client_name, provider_name=provider_name
            ),
            technique=r.technique,
            seed=r.seed,
            reply_id=r.id,
        )
        for r in chosen
    )
    return Advice(
        language=language, types=types, uncertain=uncertain, note=note, suggestions=suggestions
    )


# ----- the client's name --------------------------------------------------------------------------
@per_packs
def _name_rules() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A name word of any pack's letters, any pack's sign-off line, and words that are no name."""
    letters = "".join(p.letters for p in packs())
    word = re.compile(f"^[{letters}][{letters}'׳.-]{{1,20}}$")
    sign_offs = "|".join(s for p in packs() for s in p.sign_offs)
    sign_off = re.compile(rf"^\s*(?:{sign_offs})[\s,.!]*+$", re.IGNORECASE)
    return word, sign_off, frozenset(w for p in packs() for w in p.not_names)


def _name_from_line(line: str) -> str | None:
    name_word, _, not_names = _name_rules()
    words = line.strip().strip(",.").split()
    if not 1 <= len(words) <= 3 or not all(name_word.match(w) for w in words):
        return None
    first = words[0]
    return None if first.lower() in not_names else first


def _opens_quote(line: str) -> bool:
    found = patterns()
    return bool(found.reply_headers.match(line) or found.outlook_from.match(line))


def client_first_name(*, sender_name: str | None, raw_body: str) -> str | None:
    """The client's first name from the From header, or the line under their sign-off."""
    if sender_name and "@" not in sender_name:
        name = _name_from_line(sender_name.replace('"', ""))
        if name:
            return name
    lines = [line.strip() for line in raw_body.replace("\r", "").split("\n")]
    for i, line in enumerate(lines):
        if line.startswith(">") or line.startswith("---") or _opens_quote(line):
            lines = lines[:i]
            break
    nonempty = [line for line in lines if line]
    sign_off = _name_rules()[1]
    for i, line in enumerate(nonempty[:-1]):
        if sign_off.match(line):
            name = _name_from_line(nonempty[i + 1])
            if name:
                return name
    if len(nonempty) >= 2:
        last = nonempty[-1]
        if len(last.split()) <= 2 and not re.search(r"[.?!:…]$", last):
            return _name_from_line(last)
    return None


# ----- checking the provider's draft ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DraftIssue:
    """A piece of the draft that may escalate, why, and what to say instead."""

    check_id: str
    category: str
    matched: str
    start: int
    end: int
    why: str
    alternative: str
    seed: str


_SHOUTING = re.compile(r"\b[A-Z]{3,}(?:[\s,!?.]+[A-Z]{2,}){2,}\b")
_BANGS = re.compile(r"[!?]{3,}")


def check_draft(text: str, *, language: str | None = None) -> list[DraftIssue]:
    """Flag escalating wording in a draft; an empty list means the draft reads calmly.

    ``language`` limits the checks to one pack's; by default all are run (drafts mix).
    """
    issues: list[DraftIssue] = []
    for check in load_draft_checks().checks:
        if language in codes() and check.language != language:
            continue
        for match in check.compiled().finditer(text):
            issues.append(
                DraftIssue(
                    check.id,
                    check.category,
                    match.group(),
                    match.start(),
                    match.end(),
                    check.why,
                    check.alternative,
                    check.seed,
                )
            )
    why, alternative = pack_of_text(text).shouting_advice
    for pattern, check_id in ((_SHOUTING, "all-caps"), (_BANGS, "exclamation-marks")):
        for match in pattern.finditer(text):
            issues.append(
                DraftIssue(
                    check_id,
                    "shouting",
                    match.group(),
                    match.start(),
                    match.end(),
                    why,
                    alternative,
                    "001",
                )
            )
    return sorted(issues, key=lambda i: (i.start, i.check_id))
