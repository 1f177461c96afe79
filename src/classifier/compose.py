"""Composing replies that answer the message in front of them, from the seed articles' moves.

A reply is built, not picked: a greeting, then a short sequence of *moves* — reflect the ask in
the client's own words, name the interest behind it, answer it or state the boundary with
options, propose the next step, confirm in writing — each move a sentence from the language
pack's phrase book (``lang/<code>/compose.yaml``) that carries the facts found in the message
(:mod:`classifier.asks`): what the client wants (``{what}``), by when (``{when}``), the sum
(``{amount}``), their words (``{ask}``).

Nothing is promised on the owner's behalf. What the business has decided (revision rounds
included, how long a slot is held, response time, the hourly rate) comes from the owner's
settings; anything else the owner must decide is a visible blank, ``[hint]`` in the text and a
:class:`Blank` with its span and hint, to fill before sending. Refusals are respected (no call
offered after "don't call me", no apology after "no more apologies"), the length fits the
channel, and every sentence is run through the draft check before it is used.

Three replies use three recipes (sequences of moves) chosen by the client type, so they differ
in technique; the sentence variants are chosen by a hash of the message, so two messages with
different asks do not get the same text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from classifier.asks import Ask, AskKind, Asks
from classifier.lang import LanguagePack, per_packs

_SLOT = re.compile(r"\{(\w+)\}")
_BLANK = re.compile(r"\[\[(\w+):([^\]]+)\]\]")
MOVES = (
    "thanks",
    "reflect",
    "calm",
    "acknowledge",
    "answer",
    "fix",
    "interest",
    "boundary",
    "options",
    "reasoning",
    "re_engage",
    "question",
    "default",
    "next",
    "written",
)
# Facts a sentence may need; "kind" or "kind:subtype" of an ask, or a commitment of the owner.
COMMITMENTS = ("revision_rounds", "slot_hold_days", "response_hours", "hourly_rate")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sentence(_Strict):
    """One phrasing of one move, usable when its facts are there and nothing forbids it."""

    id: str = Field(pattern=r"^[a-z]{2,3}-[a-z_]+-[a-z0-9_-]+$")
    move: str
    needs: tuple[str, ...] = ()  # every one must hold: an ask kind[:subtype] or a commitment
    unless: tuple[str, ...] = ()  # none may hold
    labels: tuple[str, ...] = ()  # empty: any type
    channel: str = Field(default="any", pattern=r"^(any|chat|email)$")
    offers: tuple[str, ...] = ()  # what the sentence offers ("call", "meeting", "apology")
    text: str = Field(min_length=3, max_length=400)

    @model_validator(mode="after")
    def _known(self) -> Sentence:
        if self.move not in MOVES:
            raise ValueError(f"{self.id}: unknown move {self.move!r}")
        for slot in _SLOT.findall(self.text):
            if slot not in ("what", "when", "amount", "ask", "item", *COMMITMENTS, "ack"):
                raise ValueError(f"{self.id}: unknown slot {{{slot}}}")
        return self


class PhraseBook(_Strict):
    """A language's greetings and sentences for every move."""

    language: str
    greeting: dict[str, tuple[str, str]]  # channel kind -> (with "{name}", without)
    sign_off: str
    ack: tuple[str, ...] = Field(min_length=1)  # short acknowledgements: "קיבלתי", "Got it"
    sentences: tuple[Sentence, ...]

    @model_validator(mode="after")
    def _every_move_can_be_said(self) -> PhraseBook:
        for move in ("reflect", "answer", "interest", "options", "next"):
            if not any(s.move == move and not s.needs for s in self.sentences):
                raise ValueError(f"{self.language}: move {move!r} needs a sentence with no needs")
        ids = [s.id for s in self.sentences]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{self.language}: sentence ids must be unique")
        return self


@per_packs
def load_phrase_book(pack: LanguagePack) -> PhraseBook:
    """The validated phrase book of a language pack (read once per set of packs)."""
    data = yaml.safe_load(pack.resource("compose.yaml").read_text(encoding="utf-8"))
    return PhraseBook.model_validate(data)


@dataclass(frozen=True, slots=True)
class Blank:
    """A part of a reply the owner must fill in before sending."""

    name: str  # what kind of fact: "time", "date", "price", "fix" …
    hint: str  # what to write there, in the reply's language
    start: int  # the span of ``[hint]`` in the reply's text
    end: int


@dataclass(frozen=True, slots=True)
class Composed:
    """One composed reply: its text, technique, seed article, blanks and the moves it made."""

    text: str
    technique: str
    seed: str
    blanks: tuple[Blank, ...]
    moves: tuple[str, ...]
    sentence_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Terms:
    """What the owner has decided and how replies are signed (from the owner's settings)."""

    names: Mapping[str, str] = field(default_factory=dict)  # by language code
    signatures: Mapping[str, str] = field(default_factory=dict)  # by language code
    commitments: Mapping[str, int | str | None] = field(default_factory=dict)
    reply_length: str = "auto"  # auto (by channel), short, long


@dataclass(frozen=True, slots=True)
class Recipe:
    technique: str
    seed: str
    moves: tuple[str, ...]


# The seeds' moves per client type: three recipes each, in three techniques.
RECIPES: dict[str, tuple[Recipe, ...]] = {
    "conflictual": (
        Recipe("smallest_first", "004", ("calm", "fix", "next")),
        Recipe("interest", "004", ("reflect", "interest")),
        Recipe("options", "001", ("reflect", "options", "next")),
    ),
    "demanding": (
        Recipe("boundaries", "001", ("reflect", "boundary", "options")),
        Recipe("interest", "001", ("reflect", "interest", "next")),
        Recipe("clear_terms", "001", ("answer", "next")),
    ),
    "know-it-all": (
        Recipe("protect_judgment", "002", ("acknowledge", "reasoning", "written")),
        Recipe("options", "002", ("acknowledge", "options", "next")),
        Recipe("interest", "004", ("reflect", "interest")),
    ),
    "dormant": (
        Recipe("re_engage", "003", ("re_engage", "question")),
        Recipe("options", "003", ("reflect", "options")),
        Recipe("clear_terms", "003", ("reflect", "default")),
    ),
    "easygoing": (
        Recipe("confirm_in_writing", "003", ("thanks", "answer", "written")),
        Recipe("clear_terms", "003", ("thanks", "answer", "next")),
        Recipe("listen", "001", ("thanks", "interest")),
    ),
    "neutral": (
        Recipe("reflect", "004", ("reflect", "answer", "next")),
        Recipe("interest", "004", ("reflect", "interest")),
        Recipe("confirm_in_writing", "003", ("reflect", "written")),
    ),
}
# What a refusal rules out: sentences offering these are not used.
_REFUSED = {
    "no_call": ("call",),
    "no_meeting": ("meeting", "call"),
    "only_email": ("call", "meeting", "chat"),
    "no_apologies": ("apology",),
    "no_excuses": ("apology", "excuse"),
    "no_more_messages": ("follow_up",),
}
CHAT_CHARS = 300  # a chat reply is a few lines
EMAIL_CHARS = 900


@dataclass(frozen=True, slots=True)
class Facts:
    """What a reply can carry: the message's asks, reduced to slots and the facts that hold."""

    holds: frozenset[str]
    slots: dict[str, str]
    refused: frozenset[str]

    @staticmethod
    def of(asks: Asks, terms: Terms) -> Facts:
        holds: set[str] = set()
        for ask in asks.items:
            holds.update({ask.kind.value, f"{ask.kind.value}:{ask.subtype}"})
        slots: dict[str, str] = {}
        main = asks.main

        def first(kind: AskKind) -> Ask | None:
            found = asks.of(kind)
            return found[0] if found else None

        deliverable, deadline, money = (
            first(AskKind.DELIVERABLE),
            first(AskKind.DEADLINE),
            first(AskKind.MONEY),
        )
        if deliverable is not None:
            slots["what"] = _clause(deliverable.text)
            if deliverable.subtype == "extra_item":
                slots["item"] = slots["what"]
        if deadline is not None:
            slots["when"] = _clause(deadline.text)
        if money is not None:
            slots["amount"] = _clause(money.text)
        if main is not None:
            slots["ask"] = _clause(main.text)
            holds.add("main:" + main.kind.value)
        for name in ("what", "when", "amount", "ask", "item"):
            if name in slots:
                holds.add("slot:" + name)
        for name in COMMITMENTS:
            value = terms.commitments.get(name)
            if value not in (None, ""):
                holds.add(name)
                slots[name] = str(value)
        refused = {
            offer for ask in asks.of(AskKind.REFUSAL) for offer in _REFUSED.get(ask.subtype, ())
        }
        if asks.has(AskKind.SARCASM):
            refused.add("thanks_speed")
        if asks.has(AskKind.DEADLINE) or asks.has(AskKind.THREAT):
            refused.add("pause")
        return Facts(frozenset(holds), slots, frozenset(refused))


def _clause(text: str) -> str:
    """A quoted ask as it can sit inside a sentence: one line, no end punctuation, not too long."""
    one = " ".join(text.split()).strip(" .,!?;:…-–—\"'״“”")
    if len(one) > 80:
        one = one[:80].rsplit(" ", 1)[0]
    return one


def _key(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest()[:8], "big")


def _fits(sentence: Sentence, facts: Facts, label: str, chat: bool) -> bool:
    if sentence.labels and label not in sentence.labels:
        return False
    if (sentence.channel == "chat" and not chat) or (sentence.channel == "email" and chat):
        return False
    if any(need not in facts.holds for need in sentence.needs):
        return False
    if any(cond in facts.holds for cond in sentence.unless):
        return False
    return not any(offer in facts.refused for offer in sentence.offers)


def _choose(
    book: PhraseBook, move: str, facts: Facts, label: str, chat: bool, seed: str, used: set[str]
) -> Sentence | None:
    """The most specific sentence for a move (most needs met), varied by the message."""
    fitting = [
        s
        for s in book.sentences
        if s.move == move and s.id not in used and _fits(s, facts, label, chat)
    ]
    if not fitting:
        return None
    best = max(len(s.needs) + (1 if s.labels else 0) for s in fitting)
    top = [s for s in fitting if len(s.needs) + (1 if s.labels else 0) == best]
    return top[_key(seed, move, label) % len(top)]


def _render(text: str, facts: Facts, ack: str, blanks: list[tuple[str, str]]) -> str:
    """Fill the slots; turn ``[[name:hint]]`` into ``[hint]`` and remember the blank."""
    filled = _SLOT.sub(lambda m: ack if m.group(1) == "ack" else facts.slots[m.group(1)], text)

    def blank(match: re.Match[str]) -> str:
        blanks.append((match.group(1), match.group(2)))
        return f"[{match.group(2)}]"

    return _BLANK.sub(blank, filled)


def _spans(text: str, wanted: list[tuple[str, str]]) -> tuple[Blank, ...]:
    out: list[Blank] = []
    cursor = 0
    for name, hint in wanted:
        at = text.find(f"[{hint}]", cursor)
        if at < 0:
            continue
        out.append(Blank(name=name, hint=hint, start=at, end=at + len(hint) + 2))
        cursor = at + len(hint) + 2
    return tuple(out)


def compose(
    *,
    pack: LanguagePack,
    label: str,
    uncertain: bool,
    asks: Asks,
    chat: bool,
    client_name: str | None,
    terms: Terms,
    seed_text: str,
    count: int = 3,
    check: object | None = None,
) -> list[Composed]:
    """Up to ``count`` replies for one message, each from its own recipe.

    ``check`` is a callable returning the draft-check issues of a text (injected so this module
    does not depend on the replies module); a sentence that fails it is skipped.
    """
    book = load_phrase_book(pack)
    facts = Facts.of(asks, terms)
    kind = "neutral" if uncertain else label
    recipes = RECIPES.get(kind, RECIPES["neutral"])
    limit = _limit(chat=chat, terms=terms)
    out: list[Composed] = []
    texts: set[str] = set()
    for recipe in recipes[:count]:
        composed = _one(
            book=book,
            pack=pack,
            recipe=recipe,
            facts=facts,
            label=label,
            chat=chat,
            client_name=client_name,
            terms=terms,
            seed_text=seed_text,
            limit=limit,
            check=check,
        )
        if composed is not None and composed.text not in texts:
            texts.add(composed.text)
            out.append(composed)
    return out


def _limit(*, chat: bool, terms: Terms) -> int:
    if terms.reply_length == "short":
        return CHAT_CHARS
    if terms.reply_length == "long":
        return EMAIL_CHARS
    return CHAT_CHARS if chat else EMAIL_CHARS


def _one(
    *,
    book: PhraseBook,
    pack: LanguagePack,
    recipe: Recipe,
    facts: Facts,
    label: str,
    chat: bool,
    client_name: str | None,
    terms: Terms,
    seed_text: str,
    limit: int,
    check: object | None,
) -> Composed | None:
    seed = f"{seed_text}\x1f{recipe.technique}"
    used: set[str] = set()
    parts: list[tuple[str, str, str]] = []  # (move, sentence id, rendered text)
    blanks: list[tuple[str, str]] = []
    ack = book.ack[_key(seed, "ack") % len(book.ack)]
    for move in recipe.moves:
        sentence = _choose(book, move, facts, label, chat, seed, used)
        if sentence is None:
            continue
        local: list[tuple[str, str]] = []
        rendered = _render(sentence.text, facts, ack, local)
        if callable(check) and check(rendered):
            continue
        used.add(sentence.id)
        parts.append((move, sentence.id, rendered))
        blanks.extend(local)
    if not parts:
        return None
    greeting_with, greeting_without = book.greeting["chat" if chat else "email"]
    greeting = greeting_with.format(name=client_name) if client_name else greeting_without
    signature = _signature(book, terms, chat, pack.code)
    # Drop moves from the end (never the first) until the reply fits the channel.
    while True:
        body = (
            " ".join(text for _, _, text in parts)
            if chat
            else "\n\n".join(text for _, _, text in parts)
        )
        text = f"{greeting} {body}" if chat else f"{greeting}\n\n{body}"
        if signature:
            text += signature
        if len(text) <= limit or len(parts) == 1:
            break
        parts.pop()
    kept_blanks = [b for b in blanks if f"[{b[1]}]" in text]
    return Composed(
        text=text,
        technique=recipe.technique,
        seed=recipe.seed,
        blanks=_spans(text, kept_blanks),
        moves=tuple(m for m, _, _ in parts),
        sentence_ids=tuple(i for _, i, _ in parts),
    )


def _signature(book: PhraseBook, terms: Terms, chat: bool, language: str) -> str:
    """E-mail only: the owner's signature block in this language, else sign-off and name.

    A chat message is not signed: the chat already shows who writes.
    """
    if chat:
        return ""
    block = (terms.signatures.get(language) or "").strip()
    if block:
        return "\n\n" + block
    name = (terms.names.get(language) or "").strip()
    return f"\n\n{book.sign_off}\n{name}" if name else ""


def sentences_for(pack: LanguagePack) -> Sequence[Sentence]:
    """Every sentence of a pack's phrase book (for tests and the draft-check sweep)."""
    return load_phrase_book(pack).sentences
