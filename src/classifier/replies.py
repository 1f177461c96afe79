"""The advice on a classified message: a handling note, composed replies, and the draft check.

The handling notes per client type and the escalation patterns are data in each language pack
(``lang/<code>/notes.yaml`` and ``draft_checks.yaml``), editable without programming and
validated against the schemas below when loaded. The replies themselves are composed for the
message by :mod:`classifier.compose` from the asks found in it (:mod:`classifier.asks`), and every
sentence of them passes the same draft check a person's own draft gets.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from classifier import LABELS
from classifier.asks import Asks
from classifier.cleaning import drop_disclaimers, patterns
from classifier.compose import Blank, Terms, compose
from classifier.lang import FALLBACK, codes, get_pack, pack_of_text, packs, per_packs, reply_pack

ReplyLanguage = str  # the code of a language pack


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HandlingNotes(_Strict):
    """How to handle each client type, in one language (from the seed articles)."""

    language: ReplyLanguage
    notes: dict[str, str]

    @field_validator("language")
    @classmethod
    def _known_language(cls, language: str) -> str:
        if language not in codes():
            raise ValueError(f"no language pack {language!r}")
        return language

    @model_validator(mode="after")
    def _complete(self) -> HandlingNotes:
        if set(self.notes) != set(LABELS):
            raise ValueError(f"notes must cover exactly {LABELS}")
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
def load_notes(language: ReplyLanguage) -> HandlingNotes:
    """The validated handling notes of a language pack (read once per process)."""
    pack = get_pack(language)
    data = yaml.safe_load(pack.resource("notes.yaml").read_text(encoding="utf-8"))
    return HandlingNotes.model_validate(data)


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
    """A reply composed for the message: its text, technique, seed, and the blanks to fill."""

    text: str
    technique: str
    seed: str
    reply_id: str  # stable for the same sentences: "he-c-" and a hash of their ids
    blanks: tuple[Blank, ...] = ()
    moves: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Advice:
    """Replies and a short "how to handle this client" note."""

    language: ReplyLanguage
    types: tuple[str, ...]
    uncertain: bool
    note: str
    suggestions: tuple[Suggestion, ...]


def other_note() -> str:
    """What every pack says when a message is in no language we read, naming the ones we do."""
    names = ", ".join(p.name for p in packs())
    return " ".join(p.other_note.format(languages=names) for p in packs() if p.other_note)


def advise(
    *,
    label: str,
    runner_up: str,
    uncertain: bool,
    message_language: str,
    asks: Asks,
    chat: bool,
    client_name: str | None,
    terms: Terms,
    seed_text: str,
    count: int = 3,
    follow_up: bool = False,
    found_cues: Sequence[str] | None = None,
    quoted_text: str = "",
) -> Advice:
    """The handling note and composed replies for a classified message.

    ``follow_up``: the owner writes first, to a client who has gone quiet (client memory).
    ``quoted_text``: the earlier message the client replied under, when there is one.

    An uncertain prediction gets neutral replies and a note naming both likely types, never a
    confident reply for a guess. A message in no language we read gets no reply.
    """
    pack = reply_pack(message_language, text=seed_text)
    language: ReplyLanguage = pack.code if pack is not None else FALLBACK
    if pack is None:
        return Advice(
            language=language, types=(), uncertain=True, note=other_note(), suggestions=()
        )
    if uncertain:
        names = pack.type_names
        note = pack.uncertain_note.format(a=names[label], b=names[runner_up])
        types: tuple[str, ...] = (label, runner_up)
    else:
        note = load_notes(language).notes[label]
        types = (label,)
    composed = compose(
        pack=pack,
        label=label,
        uncertain=uncertain,
        asks=asks,
        chat=chat,
        client_name=client_name,
        terms=terms,
        seed_text=seed_text,
        count=count,
        check=lambda text: check_draft(text, language=language),
        follow_up=follow_up,
        found_cues=found_cues,
        quoted_text=quoted_text,
    )
    suggestions = tuple(
        Suggestion(
            text=c.text,
            technique=c.technique,
            seed=c.seed,
            reply_id=f"{language}-c-"
            + hashlib.sha256("+".join(c.sentence_ids).encode()).hexdigest()[:10],
            blanks=c.blanks,
            moves=c.moves,
        )
        for c in composed
    )
    return Advice(
        language=language, types=types, uncertain=uncertain, note=note, suggestions=suggestions
    )


# ----- the client's name --------------------------------------------------------------------------
@per_packs
def _name_rules() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """A name word of any pack's letters, any pack's sign-off line, words that are no name, and
    titles written before a name."""
    letters = "".join(p.letters for p in packs())
    word = re.compile(f"^[{letters}][{letters}'׳.-]{{1,20}}$")
    sign_offs = "|".join(s for p in packs() for s in p.sign_offs)
    sign_off = re.compile(rf"^\s*(?:{sign_offs})[\s,.!]*+$", re.IGNORECASE)
    not_names = frozenset(w for p in packs() for w in p.not_names)
    return word, sign_off, not_names, frozenset(t for p in packs() for t in p.name_titles)


@per_packs
def _name_lead_ins() -> frozenset[str]:
    """Every pack's words before a name on its line that are no part of it."""
    return frozenset(w for p in packs() for w in p.name_lead_ins)


@per_packs
def _name_joins() -> frozenset[str]:
    """Every pack's words that join a couple's names in a signature."""
    return frozenset(w for p in packs() for w in p.name_joins)


@per_packs
def _name_binds() -> frozenset[str]:
    """Every pack's first words a name is not said without."""
    return frozenset(w for p in packs() for w in p.name_binds)


@per_packs
def _surname_particles() -> frozenset[str]:
    """Every pack's particles inside a surname ("van der", "da")."""
    return frozenset(w for p in packs() for w in p.surname_particles)


def _name_length(line: str) -> int:
    """A signature line's words that are a name's own: no title, no surname particle ("Rabbi
    Dr. Mordechai Feldstein" and "Pieter van der Merwe" are two)."""
    skip = _name_rules()[3] | _surname_particles()
    return sum(w.lower() not in skip for w in line.split())


@per_packs
def _first_name_titles() -> frozenset[str]:
    """Every pack's titles that go with a first name, lower-cased."""
    return frozenset(t.lower() for p in packs() for t in p.first_name_titles)


@per_packs
def _places() -> frozenset[str]:
    """Every pack's place names of more than one word, lower-cased."""
    return frozenset(place.lower() for p in packs() for place in p.places)


def _name_from_line(line: str) -> str | None:
    name_word, _, not_names, titles = _name_rules()
    if " ".join(line.strip().strip(",.").split()).lower() in _places():
        return None  # "בני ברק" under "יהודה ק." (round 56)
    words = line.strip().strip(",.").split()
    while len(words) > 1 and words[0].lower().strip(",") in _name_lead_ins():
        words = words[1:]  # "xo Becca" (round 314: "Hi xo,")
    title = None
    while len(words) > 1 and words[0].lower() in titles:  # "ד״ר ענבל שגיא", "Coach Mel"
        # the first of two titles is said ("Rabbi Dr. Mordechai Feldstein": "Rabbi Feldstein")
        title, words = title or words[0], words[1:]
    couple, second = None, ""
    joined = pack_of_text(words[1]) if len(words) in (2, 3) else None
    if (
        joined is not None
        and joined.join_prefix
        and words[1].startswith(joined.join_prefix)
        and not re.match(joined.join_prefix_not, words[1])
        and all(
            name_word.match(w) for w in (words[0], words[1][len(joined.join_prefix) :], *words[2:])
        )
        and not any(w.lower() in not_names or w.lower() in titles for w in words)
    ):
        # "תום ושקד", "עומר ונועה לוי": the second name joined by a letter (rounds 74 and 76:
        # "שלום תום" to a couple)
        second = words[1][len(joined.join_prefix) :]
        return joined.couple_name.format(first=words[0], second=second)
    if 3 <= len(words) <= 6 and words[1].lower() in _name_joins():
        # A couple signs ("Harold and June Bennett"): both are greeted (round 45: "Hi Maya" to
        # Maya and Josh), each without a title ("Dr. Jennifer & Dr. Michael Harris", round 57).
        rest = words[2:]
        while len(rest) > 1 and rest[0].lower() in titles:
            rest = rest[1:]
        second = rest[0]
        couple = pack_of_text(second).couple_name.format(first=words[0], second=second)
        words = words[:1]
    if not 1 <= _name_length(" ".join(words)) <= 3 or not all(
        # a surname's initial after the name ("יהודה ק.", round 56)
        name_word.match(w) or (i and len(w.rstrip(".")) == 1 and w[0].isalpha())
        for i, w in enumerate(words)
    ):
        return None
    first = words[0]
    if first.lower() in titles or any(w.lower() in not_names for w in words):
        return None  # a sign-off, a place or a company ("Pulse Events": "Hi Pulse", round 53)
    if len(first.rstrip(".")) < 2:
        return None  # an initial ("J. Peretz"): "Hi J.," reads as a mail merge (round 45)
    if couple is not None:
        return couple if name_word.match(second) else first
    if title is not None and len(words) >= 2:
        # A client who signs with a title is addressed by it and the surname (rounds 42 and 44:
        # "Hi Ilana" to "Dr. Ilana Shor", "שלום אהרן" to "הרב אהרן ליפשיץ" read as too casual).
        return f"{title} {words[-1]}"
    if title is not None and title.lower() not in _first_name_titles():
        # …and with one name after the title it is the surname ("Rabbi Feld": "Hi Feld" reads
        # rude), unless the title goes with a first name ("Coach Mel").
        return f"{title} {first}"
    if len(words) >= 2 and first.lower() in _name_binds():
        return f"{first} {words[1]}"  # "עבד אלרחמן מחאג'נה": "שלום עבד אלרחמן"
    return first


def _titled(line: str) -> bool:
    """Whether a line starts with a title ("Dr. Miriam Adler", "הרב אזולאי")."""
    words = line.split()
    return bool(words) and words[0].lower() in _name_rules()[3]


def _opens_quote(line: str) -> bool:
    found = patterns()
    return bool(found.reply_headers.match(line) or found.outlook_from.match(line))


# A company's form at a signature line's end ("Cardinal Media Group Inc.", "Hanul Co., Ltd.")
_COMPANY_SUFFIX = re.compile(r"\b(?:inc|ltd|llc|co|corp|plc|pty|gmbh|b\.v|s\.a|n\.v)\.$", re.I)
# A bracketed role after a name that ends a message ("ענבל (אמא של עמית)")
_IN_BRACKETS = re.compile(r"\([^()\n]{1,40}\)[ \t]*$")
# "D. Kessler", "D Kessler", "D. van Kessler", "D.K.": an initial, no first name
_INITIAL = re.compile(r"\w(?:[.׳'’]\s?|\s)\S|\w\.\w\.")


def client_first_name(*, sender_name: str | None, raw_body: str) -> str | None:
    """The client's first name from the From header, or the line under their sign-off; a title
    and the surname for a client who signs with a title ("ד״ר שגיא", "Dr. Cohen")."""
    if sender_name and "@" not in sender_name:
        name = _name_from_line(sender_name.replace('"', ""))
        if name:
            return name
    # The name is above a company's disclaimer, not in it (round 71: "Hi," to Dana Mizrahi).
    body = drop_disclaimers(raw_body.replace("\r", ""))[0]
    lines = [line.strip() for line in body.split("\n")]
    for i, line in enumerate(lines):
        if line.startswith(">") or line.startswith("---") or _opens_quote(line):
            lines = lines[:i]
            break
    # "Sent from my iPhone" under the signature is no part of it (round 74: "Hi," to Rami Gabay).
    footer = patterns().mobile_footer
    nonempty = [line for line in lines if line and not (len(line) < 80 and footer.match(line))]
    sign_off = _name_rules()[1]
    for i, line in enumerate(nonempty[:-1]):
        # "Thank you!" over "Viele Grüße" over the name: the name is under the last sign-off.
        if sign_off.match(line) and not sign_off.match(nonempty[i + 1]):
            under = nonempty[i + 1]
            # …and a role after a comma is not part of it ("רחלי, אמא של מאיה", round 74)
            name = _name_from_line(under) or (
                _name_from_line(under.split(",")[0]) if "," in under.rstrip(",") else None
            )
            if name:
                return name
    if len(nonempty) >= 3:
        # A name over a place, the body ended just above ("…עם מי יש להן עסק.\nסאמר חטיב\nטמרה"):
        # the name is the line above the last.
        above, name_line, last = nonempty[-3], nonempty[-2], nonempty[-1]
        if _titled(name_line) and re.search(r"[.?!:…),]$", above):
            # A titled name over its job ("Prof. Hadas Mizrahi\nHead, Department of Neurology",
            # round 63: a bare "Hello," to a department head).
            name = _name_from_line(name_line)
            if name:
                return name
        if (
            # The body's last sentence, or a sign-off ("Thanks again for everything,") above a
            # name and a company ("Mark\nBloom Studio": "Hi Mark", not "Hi Bloom"; round 50),
            # or the last item of a list ("- how you plan to cover the loss", round 74).
            (re.search(r"[.?!:…),]$", above) or re.match(r"(?:[-•*]|\d{1,2}[.)])\s", above))
            # a couple signs with a join ("Shoshana & Mark Berman" over "Zichron Ya'akov", round 131)
            and _name_length(name_line)
            <= (5 if _name_joins() & set(name_line.lower().split()) else 3)
            # …or a role and an organisation ("Administrative Director, Ramat Hasharon Anglo
            # School", "עמותת "ביחד", באר שבע"; round 71: "Hi," with no name)
            and (len(last.split()) <= 3 or ("," in last and len(last.split()) <= 8))
            # A line that ends a sentence, or a sign-off's comma ("בתודה והערכה רבה,"), is no name.
            and not re.search(r"[.?!:…,]$", name_line)
            # …a company's "Inc." or "Ltd." is no sentence's end (round 277: "Hi," to Donna
            # Reyes over "Controller, Cardinal Media Group Inc.")
            and not re.search(r"[.?!:…]$", _COMPANY_SUFFIX.sub("", last))
        ):
            name = _name_from_line(name_line)
            if name:
                return name
            if _INITIAL.match(name_line):
                # "D. Kessler" over "Chicago": an initial gives no first name, and the place
                # under it is none either (round 158: "Hi Chicago,")
                return None
    if (
        len(nonempty) >= 4
        # "Head of Developer Experience | Fluxbase", "Senior Producer, Northlight Films" (round
        # 187: "Hi London")
        and ("|" in nonempty[-2] or "," in nonempty[-2].rstrip(","))
        # a bar joins a role to a company, a line no sentence writes ("Head of BI & Analytics |
        # Brinkhof Wonen B.V.", round 276: "Hi Utrecht")
        and len(nonempty[-2].split()) <= (12 if "|" in nonempty[-2] else 8)
        # a sentence's end, not a company's "B.V." or "Inc."
        and not re.search(r"[?!:…]$|\w{5,}\.$", nonempty[-2])
        and len(nonempty[-1].split()) <= 2
        and len(nonempty[-3].split()) <= 5
        and not re.search(r"[.?!:…,]$", nonempty[-3])
    ):
        # A name over a role and a place ("Dan Levi\nHead of Developer Experience | Fluxbase\n
        # Berlin": round 81 greeted "Hi Berlin"); a name read no further than an initial or a
        # surname's particles ("R. Tan", "Pieter van der Berg") still leaves the place unnamed
        # (round 190: "Hi Singapore", "Dear Amsterdam")
        return _name_from_line(nonempty[-3]) if _name_length(nonempty[-3]) <= 3 else None
    if (
        len(nonempty) >= 4
        and re.search(r"[.?!:…)]$", nonempty[-4])
        and len(nonempty[-3].split()) <= 3
        and not re.search(r"[.?!:…,]$", nonempty[-3])
        and all(
            len(line.split()) <= 8 and not re.search(r"[.?!:…]$", line) for line in nonempty[-2:]
        )
        # a role or an organisation under the name: a comma, a bar or a dash ("…Pvt Ltd, Pune",
        # "GmbH – 6 Filialen") or a role's word ("Head of Compliance", "רכז גיוס"), not a chat's
        # sentence broken over lines ("רציתי לשאול\nלגבי ההזמנה", a fresh-eyes review)
        and (
            any(re.search(r",|\||&|\s[-–—]\s", line) for line in nonempty[-2:])
            or any(w.lower().strip(",.") in _name_rules()[2] for w in nonempty[-2].split())
        )
    ):
        # A name over a role and an organisation after the body's last sentence ("Sanjay
        # Mehrotra\nHead of Compliance\nVaruna Pharma Exports Pvt Ltd, Pune", "רותי שמעוני\nרכזת
        # פדגוגית, חטיבה עליונה\nתיכון הדר, פתח תקווה"; rounds 229-230: "Hi," with no name).
        name = _name_from_line(nonempty[-3])
        if name:
            return name
    if len(nonempty) >= 2:
        # a role or a place in brackets after the name ("ענבל (אמא של עמית)", round 230), not
        # a word in brackets after a sentence's two words ("מחכה לתשובה (דחוף)", a fresh-eyes
        # review): two Hebrew words before one bracketed word count only under a sign-off
        last = _IN_BRACKETS.sub("", nonempty[-1]).rstrip()
        inside = nonempty[-1][len(last) :].strip(" ()")
        if (
            len(last.split()) > 1
            and len(inside.split()) < 2
            and pack_of_text(last).code == "he"
            and not sign_off.match(nonempty[-2])
        ):
            last = nonempty[-1]
        if len(last.split()) <= (3 if _titled(last) else 2) and (
            not re.search(r"[.?!:…]$", last)
            # a surname's initial ("אורנה ס.", round 230)
            or re.fullmatch(r"\S{2,} [A-Z\u05d0-\u05ea]\.", last) is not None
        ):
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
    only = language if language in codes() else None
    for check in load_draft_checks().checks:
        if only is not None and check.language != only:
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
