"""Reading the ask: what a client message wants, and the facts a reply must respect.

A reply that answers the message in front of it needs more than the client type: the request
("send the files in PDF"), the question ("when will it be ready?"), the dates and sums it must not
contradict, what the client refuses ("no calls", "no more apologies"), a threat whose complaint it
must address, a praise that is really a complaint. :func:`read_asks` finds these as :class:`Ask`
items, each quoting the client's own words with their offsets (so a reply can reflect them, as the
seed articles advise) and a normalised ``value`` where one exists ("09:00", "tomorrow", "1200 ILS").

This module is the engine and holds no language's words. Each language pack
(``classifier.lang.<code>.asks``) exposes a :class:`Pack`: its patterns, question words, verbs and
frames. The engine imports the pack by name, so a new language is a new ``asks.py`` in its pack;
``mixed`` runs Hebrew and English together. Vocabulary the classifier already lists
(each pack's ``lexicons.yaml``: threats, sarcasm) is read from there, not copied.

The text is folded before matching, one character at a time so every folded character keeps its
offset in the original: :func:`classifier.tokenization.normalize_char` (niqqud off, quotes and
geresh unified, casefold), the pack's letter folds (Hebrew final letters, so "תתקן"/"תתקני" and a
missing final form read alike), and runs of three or more of the same letter inside a word
squeezed to one (WhatsApp's "תשלחחח", "pleaseeee"). A pack's patterns are folded the same way
when compiled.

Every pattern is a plain regular expression that cannot backtrack badly: literal alternatives,
single bounded gaps (``[^.!?\\n]{0,30}``), optional groups, no backreferences, and no repetition
inside a repetition except a sum's thousands (``(?:,\\d{3})+``), whose groups cannot split two
ways. The engine's own work is linear in the text, and a pack whose letters are absent is skipped.
Only the first :data:`MAX_CHARS` characters are read: the ask sits at the top of a cleaned
message, and the cap bounds the work a hostile 100 KB message can cause (about 20 ms at worst,
under 1 ms for a typical message).

Why not dateparser. It was measured (dateparser 1.5.0, relative base Wed 2026-03-04 10:00,
``languages=["he"]``/``["en"]``, ``PREFER_DATES_FROM="future"``) on the phrases clients write:
"עד מחר ב-9" → nothing; "מחר ב-9" → 2026-09-01 (the 9 read as September); "מחר ב9:00" →
2026-03-01 09:00; "ביום ראשון", "בסופ"ש", "סופ"ש", "אחרי החגים", "מחרתיים", "בעוד שבוע", "שבוע
הבא", "ביום ראשון הבא", "עד 10.12" → nothing from ``parse``; "עד סוף השבוע" → only "השבוע", i.e.
today ("end of" lost); "10.12" → 10:12 today; "10/12/2026" → 12 October unless ``DATE_ORDER`` is
forced; "by EOD", "EOD", "before the holidays", "end of the week", "asap" → nothing; "tomorrow at
9" → tomorrow 10:00 (the hour dropped). It did read "מחר", "יום ראשון", "10 בדצמבר", "next
Tuesday", "by Friday", "in two days". It answers with calendar datetimes where a reply needs the
client's own token ("weekend", "after the holidays"), and would add regex, pytz, tzlocal and
dateutil. So the date patterns are our own, small, and keep tokens: a calendar date only where the
client wrote one ("2026-12-10"; "--12-10" and "---18", ISO 8601's forms, when the year or month
is left out), numeric dates read day first as Israelis write them.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from classifier.lang import codes as lang_codes
from classifier.lang import per_packs
from classifier.lexicons import language_terms, sarcasm_emoji
from classifier.prefilter import Grams, Screen, guarded, needs
from classifier.tokenization import normalize_char, normalize_chars

MAX_CHARS = 5_000
"""How much of a message is read. A cleaned client message is a few hundred characters and its
ask comes first; what lies beyond 5,000 is quoted history or pasted material, and the cap bounds
the work on hostile input."""

_CLAUSE_CHARS = 160  # a request runs on at most this far: enough for its object and details
_QUESTION_CHARS = 240  # a question quotes at most this much before its "?"
_MERGE_GAP = 5  # a trigger this close behind another continues it ("אני רוצה שתשלח")
# Words in quotation marks (folded: every double quote is '"'): someone else's words the client
# repeats ('הסברים על "הוא צריך לתרגל גם בבית"'), no ask of theirs. An abbreviation's mark
# (ש"ח) sits between letters and opens or closes nothing.
_QUOTED = re.compile(r"(?<![^\s(\[:,;-])([\"'])(?=\S)[^\"\n]{2,80}?(?<=\S)\1(?![^\W_])")
# A need's own verb may come a few words later ("צריכה שהשבוע תבואו", "אני מבקשת שמהשיעור הבא
# תעבדי…", "אני חייבת שהחנות האונליין תעלה"): 12 characters split the last two in two fields
# (round 61).
_NEED_GAP = 24


class AskKind(StrEnum):
    """What an ask is about."""

    REQUEST = "request"
    QUESTION = "question"
    DEADLINE = "deadline"
    MONEY = "money"
    DELIVERABLE = "deliverable"
    CHANNEL = "channel"
    REFUSAL = "refusal"
    POSTPONE = "postpone"
    THREAT = "threat"
    SARCASM = "sarcasm"


@dataclass(frozen=True, slots=True)
class Ask:
    """One thing the client wants or states, in the client's own words.

    ``text`` is ``source[start:end]`` of the text given to :func:`read_asks`, as written (niqqud,
    typos and all). ``value`` is a normalised form where there is one: a clock time ("09:00"), a
    relative token ("tomorrow", "weekend", "eod", "sunday", "in-2-weeks"), a date ("2026-12-10",
    "--12-10", "---18"), a sum ("1200 ILS"), a percentage ("10%"), a file format ("pdf"), the
    canonical verb of a request ("send").
    """

    kind: AskKind
    subtype: str
    text: str
    start: int
    end: int
    value: str | None = None


# When nothing is asked or questioned outright, what a reply addresses first.
_FALLBACK = (
    AskKind.THREAT,
    AskKind.SARCASM,
    AskKind.POSTPONE,
    AskKind.MONEY,
    AskKind.DELIVERABLE,
    AskKind.DEADLINE,
    AskKind.REFUSAL,
    AskKind.CHANNEL,
)


# Requests that come after one asking for something: a don't ("ואל תשלח לי הסברים"), a position
# stated as settled ("no need to sand first"), whose request, if any, follows it.
# "מופיע 03-6123456 במקום 03-6123465": an error stated is the ask only when nothing is asked
# outright ("אני דורשת תרגום מתוקן עד יום שלישי" beside it, round 141's check set).
_SECONDARY = frozenset({"dont", "stance", "error_stated"})


def _asks_where_or_when(ask: Ask) -> bool:
    """Whether a question opens with a pack's ``asked_loud`` words ("where", "מתי")."""
    return any(c.asked_loud is not None and c.asked_loud.match(ask.text) for c in _all())


def exclaimed(ask: Ask) -> bool:
    """A question that is an outcry more than a question: ended with "?!", or short and ended
    with more than one mark ("Seriously??", "מה זה הדבר הזה ששלחת??"), or a sum followed by
    "??". A long question with "??" is still asked ("…זה באותו מחיר נכון??")."""
    if ask.kind is not AskKind.QUESTION:
        return False
    if ask.subtype == "rhetorical":  # "על מה אני משלם לכם כל חודש??", "are you serious?"
        return True
    if _asks_where_or_when(ask):
        return False  # "WHERE IS THE GUIDE???": a stranded client asks (round 84)
    marks = ask.text[len(ask.text.rstrip("?!")) :]
    if len(marks) >= 2 and ask.text.lstrip()[:1] in "0123456789$€₪£":
        return True  # a sum cried out: "1,240 ש״ח על ביקור של רבע שעה??", "$900 for this??"
    if "!" in marks:
        return True
    # "וגם האלבום כלול נכון??", "it's included right??": a yes asked for, twice over (round 67)
    return (
        len(marks) >= 2
        and len(ask.text.split()) <= 5
        and not any(c.tag_question is not None and c.tag_question.search(ask.text) for c in _all())
    )


# Past this many words, a request for a reply says what the reply must hold.
_REPLY_WORDS = 12
_WORDS = re.compile(r"[^\W\d_]{2,}")  # words of letters, in either script


def _joined_question(folded: str, start: int, question: int, packs: list[_Compiled]) -> bool:
    """Whether the question at ``question`` is joined on to the words from ``start`` before it
    by any pack's ``question_join`` ("… and how much", "…, and when", "…, ומתי"). A bare comma
    does not join: "נשמח לעוד מפגש בחנוכה, מה התאריכים הפנויים שלך?" asks one thing."""
    before = folded[start:question]
    if not before[-1:].isspace():
        return False
    return any(
        (p.question_join_before is not None and p.question_join_before.search(before) is not None)
        or (
            p.question_join_at is not None
            and p.question_join_at.match(folded, question) is not None
        )
        for p in packs
    )


def _bare_condition(ask: Ask) -> bool:
    """Whether an ask is a condition of three words or fewer, with no number ("עד שזה נסגר",
    "until it's FIXED")."""
    return (
        ask.subtype == "condition"
        and len(ask.text.split()) <= 3
        and not any(c.isdigit() for c in ask.text)
    )


_NO_EMOJI = re.compile(
    "[\u200d\u23e9-\u23fa\u2600-\u27bf\u2b50\u2b55\ufe0f\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff]+"
)


# What a softened one-word request asks when it names no work of its own ("תסדר אחי"): action
# in general ("תכייל בבקשה", "Please install" name their work).
_ANY_WORK = frozenset({"arrange"})


def about_the_exchange(ask: Ask) -> bool:
    """Whether an ask is only about the exchange, naming nothing: a request for an answer or
    for action in general ("answer me now", "get back to me", "תעשה מה שצריך", "just do it"),
    or a question of two words or fewer that opens a chat ("u up?", "אתה שם?")."""
    if ask.kind is AskKind.QUESTION:  # "מתי מגיעים???", "ה-15 מסתדר?" ask, however short
        return (
            len(ask.text.split()) <= 2
            and not _asks_where_or_when(ask)
            # a date or a sum asked about, not cried out ("4,200 ₪??" is the charge's line)
            and not (any(c.isdigit() for c in ask.text) and not exclaimed(ask))
            and not any(c.short_asked is not None and c.short_asked.match(ask.text) for c in _all())
        )
    if ask.kind is not AskKind.REQUEST:
        return False
    words = _NO_EMOJI.sub("", ask.text).split()
    if len(words) <= 1:  # "Please", "תעשה", "נשמח 🙂" (round 117)
        return True
    unsoftened = [
        word
        for word in words
        if not any(c.softeners is not None and c.softeners.fullmatch(word) for c in _all())
    ]
    if not unsoftened or (len(unsoftened) == 1 and ask.value in _ANY_WORK):
        return True  # "please please", "תסדר אחי 🙏" (round 161); "Please delete" still asks
    if (
        ask.subtype == "need"
        and ask.value is None
        and any(c.bare_need is not None and c.bare_need.fullmatch(ask.text) for c in _all())
    ):
        # "I want" left of "I want everything in writing" once the refusal took the rest, "צריך
        # להיות" of a sentence cut short (round 78: a field answered "I want"); "צריך מנוף"
        # still names what is needed
        return True
    if any(
        c.courtesy is not None and c.courtesy.fullmatch(_NO_EMOJI.sub("", ask.text).strip(" ,.!?"))
        for c in _all()
    ):
        return True  # "אם יש לך זמן 🙏": a softener, not an ask
    if ask.value == "reply":
        # "get back to me today"; not "reply in writing by tomorrow 12:00 with (a) current
        # status, (b) a committed delivery date…", which asks for its content (round 55), nor
        # "ואם אפשר תענה לי גם בשישי-שבת", which asks about the owner's hours (round 288).
        return len(ask.text.split()) <= _REPLY_WORDS and not asks_for_hours(ask)
    if ask.value == "write" and len(ask.text.split()) <= 3:
        return True  # "תכתבו פה": how to answer, answered by writing (round 46)
    # "just do it pls" (round 159) as "just do it", "תעשי מה שאמרתי בבקשה"; "Please do the
    # banner, thanks", "תעשה את הבאנר" name their work
    return (
        ask.value == "do"
        and len(unsoftened) <= 3
        and not any(
            c.names_object is not None and c.names_object.search(" ".join(unsoftened))
            for c in _all()
        )
        and not any(c.isdigit() for c in ask.text)
    )


def asks_for_hours(ask: Ask) -> bool:
    """Whether a request for the reply asks when the owner is reachable ("תענה לי גם בשישי-שבת",
    "reply on weekends too"): a pack's ``reply_hours``. It asks about the owner's hours, not
    only for this reply."""
    return ask.value == "reply" and any(
        c.reply_hours is not None and c.reply_hours.search(ask.text) for c in _all()
    )


# The value of a refusal of being talked round ("don't try to convince me", "אל תנסי לשכנע
# אותי").
MIND_MADE_UP = "convince"


def why_unwanted(ask: Ask, asks: Asks) -> bool:
    """Whether a "why" comes from a mind made up: a refusal of being talked round follows it
    ("למה שעוות סויה? … ואל תנסי לשכנע אותי"), so the reasons are not wanted. It is neither the
    main ask nor a field of its own (round 245's harmful reply explained them first); after "no
    need to convince me, I'm in!" a why is still asked."""
    return (
        ask.kind is AskKind.QUESTION
        and ask.subtype == "why"
        and any(r.value == MIND_MADE_UP and r.start > ask.start for r in asks.of(AskKind.REFUSAL))
    )


@dataclass(frozen=True)
class Asks:
    """The asks of one message, sorted by position."""

    items: tuple[Ask, ...] = ()

    def of(self, kind: AskKind | str) -> tuple[Ask, ...]:
        """The asks of one kind, in order."""
        return tuple(a for a in self.items if a.kind == kind)

    def has(self, kind: AskKind | str, subtype: str | None = None) -> bool:
        """Whether an ask of this kind (and subtype, when given) was found."""
        return any(a.kind == kind and (subtype is None or a.subtype == subtype) for a in self.items)

    def within(self, ask: Ask) -> tuple[Ask, ...]:
        """The other asks inside ``ask``'s words: the date, sum or file a request is about."""
        return tuple(
            a for a in self.items if a is not ask and ask.start <= a.start and a.end <= ask.end
        )

    @property
    def main(self) -> Ask | None:
        """The one thing a reply must address first.

        1. The first request or question: what the client asked for outright beats the deadline,
           sum or file it mentions (those are found with :meth:`within`). When the first question
           holds a request ("can you send it by Friday?"), the request. In a sarcastic message
           this is the request hidden behind the praise, never the praise. A request that only
           says what not to do ("ואל תשלח לי הסברים") or states a position ("no need to sand
           first"), and a question shouted rather than asked
           ("מה זה הדבר הזה ששלחת??", "Seriously?!"), come after one that asks for something;
           a rhetorical one ("על מה אני משלם לכם??", "are you serious?") is never the main ask.
        2. Else a threat: the reply addresses the complaint behind it (reflect, ask what exactly
           went wrong), never the threat itself.
        3. Else a sarcastic praise: its complaint ("only three weeks late").
        4. Else the first postponement, then sum, deliverable, deadline, refusal, channel.
        5. Last, a request about the exchange itself ("תענה לי עכשיו", "תעשה מה שצריך", "just do
           it"): it asks for an answer to something else, which a reply addresses if it is there.
        """
        asked = [
            a
            for a in self.items
            if a.kind in (AskKind.REQUEST, AskKind.QUESTION) and a.subtype != "rhetorical"
        ]
        meta = [a for a in asked if about_the_exchange(a)]
        if any(a.kind is AskKind.QUESTION and a not in meta for a in asked):
            # A threat's bare condition ("…לא מעבירה תשלום עד שזה נסגר") asks for the rest to be
            # settled: the question beside it ("מי משלם את זה??") is the ask (round 49).
            meta += [a for a in asked if _bare_condition(a)]
        negative = [
            a
            for a in asked
            if (a.subtype in _SECONDARY or exclaimed(a) or why_unwanted(a, self)) and a not in meta
        ]
        plain = [a for a in asked if a not in meta and a not in negative]
        for group in (plain, negative):
            if group:
                first = group[0]
                if first.kind is AskKind.QUESTION:
                    for a in group[1:]:
                        if a.kind is AskKind.REQUEST and a.start < first.end:
                            return a
                return first
        for kind in _FALLBACK:
            found = self.of(kind)
            if found:
                return found[0]
        return meta[0] if meta else None

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)


# --- what a language pack provides -----------------------------------------------------------

Value = str | Callable[[re.Match[str]], str | None] | None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way a language writes an ask.

    ``regex`` is matched against the folded text (lowercase, unified quotes, Hebrew final letters
    folded: write patterns in ordinary spelling, the engine folds them too). ``value`` is a fixed
    string or a function of the match. ``span`` names the group that is the ask's text when the
    rest of the match is only context ("מחר ב-9" → the time is "ב-9"). ``clause`` lets a trigger
    ("can you", "תשלח") run on to the end of its clause so the text holds what is asked.
    """

    kind: AskKind
    subtype: str
    regex: str
    value: Value = None
    span: str | None = None
    clause: bool = False


@dataclass(frozen=True, slots=True)
class LexiconRule:
    """Asks made of a group of the language pack's ``lexicons.yaml``, inside a frame of the pack.

    Each frame is a regex in which ``{term}`` stands for the group's entries ("my {term}" finds
    "my lawyer" but not "the lawyer's website"). ``alone`` is a regex over an entry (folded):
    entries it matches count without a frame (an English phrase such as "see you in court", a
    Hebrew first-person verb such as "אתבע"); ``"."`` lets every entry stand alone.
    """

    category: str
    group: str
    kind: AskKind
    subtype: str
    frames: tuple[str, ...] = ()
    alone: str = ""


# Threat groups whose every entry is a threat wherever it stands, in any language: the pack's
# lexicon decides the words, these rules only name what each group asks.
STANDING_THREATS = (
    LexiconRule("threat", "cancel", AskKind.THREAT, "cancel", alone="."),
    LexiconRule("threat", "warning", AskKind.THREAT, "warning", alone="."),
    LexiconRule("threat", "refund", AskKind.MONEY, "refund", alone="."),
)


@dataclass(frozen=True, slots=True)
class Pack:
    """Everything the engine needs to know about one language."""

    code: str
    patterns: tuple[Pattern, ...]
    letters: str
    """A character class of the language's letters: which pack's question default applies."""
    prefix: str = ""
    """Letters that attach to the front of a word (Hebrew ו ה ב ל ש ...), for lexicon entries."""
    fold: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Letters read as other letters (Hebrew final forms): applied to the text and the patterns."""
    question_words: tuple[tuple[str, str], ...] = ()
    """(subtype, regex) pairs that name what a question asks; the earliest in the sentence wins."""
    question_default: str = "open"
    """The subtype of a question with none of the words."""
    verbs: tuple[tuple[str, str], ...] = ()
    """(canonical verb, regex): the value of a request is the first of these in its words."""
    consequence: str = ""
    """Words that turn what follows into a threat's consequence ("or else", "אחרת"): a request
    there is not the client's ask, and a request's clause ends before them."""
    lexicon_rules: tuple[LexiconRule, ...] = ()
    sarcasm_cues: str = ""
    """Complaint cues beyond the lexicon's sarcasm cues (a regex)."""
    sincere: str = ""
    """Praise that is meant: with it and no complaint cue, a mocking emoji alone is not sarcasm."""
    not_praise_before: str = ""
    """Words right before a praise frame that make it no praise ("עם כל הכבוד": with all due
    respect), a regex matched against the text before the frame."""
    thanks_after: str = ""
    """A frame of thanks (matched at the frame's start) that mocks a wait told before it in its
    sentence (``waited``): "…וחיכיתי עד 10:40, אז גם תודה על הזריזות"."""
    waited: str = ""
    """The client's wait told (a regex): before a thanks in its sentence, it makes it mocking."""
    cue_not_complaint: str = ""
    """A complaint cue used for good news, matched where the cue starts ("ואפילו הרכיבו לי את
    המיטה" is more done, not "ואפילו לא עניתם"): beside praise it makes no sarcasm."""
    praise_reported: str = ""
    """Words that report someone else's praise, ending where the praise begins ("היא אמרה
    שאתם", "Dana said you're"): a referral's praise is meant, never sarcasm (a regex)."""
    next_ask: str = ""
    """A word that starts the next ask inside a sentence ("and"): a "don't" after it is an ask of
    its own (a regex; a comma or a semicolon does so in every language)."""
    trailing_joins: str = ""
    """Words that join a request to the next one ("and", "but"), never the request's last word
    (a regex of alternatives)."""
    question_join: str = ""
    """What joins a question on to the request before it, matched right at the question's start or
    at the end of the words before it ("… and how much", "…, and when", "…, ומתי"): the request
    ends there and the question is an ask of its own (a regex; a bare comma is no join)."""
    bare_need: str = ""
    """A need that says nothing of what is needed ("I want" once a refusal took the rest, "צריך
    להיות" of a sentence cut short), a regex matched on the ask's whole text: no field answers it."""
    reply_hours: str = ""
    """When the owner is asked to be reachable: a request to reply on the weekend or in the
    evenings ("תענה לי גם בשישי-שבת", "reply on weekends too"), a regex searched in a request for
    the reply. Such a request asks about the owner's hours, not for this reply (round 288: four
    reviews missed it); "by Friday", "within 2 hours" are the reply's own time, not listed."""
    courtesy: str = ""
    """A request that only softens another ("אם יש לך זמן 🙏", "if you have time"), a regex matched on
    the ask's whole text without its emoji: it asks nothing of its own (round 117: a field for it)."""
    whether_lead: str = ""
    """The words after "tell me" that open what it asks ("…if we", "…אם אנחנו"), a regex matched
    on the whole gap to the next request's words: those words are what is asked, not a request of
    their own (round 232: "תגידי אם אנחנו" and "חייבים ללכת למוסך מסוים" in two fields)."""
    names_object: str = ""
    """What makes a short "do" request name its work ("do the banner", "תעשה את הבאנר"), not
    action in general ("just do it", "תעשי מה שאמרתי"): a regex searched in its words."""
    softeners: str = ""
    """Words that only soften a request ("pls", "בבקשה"), a regex of alternatives: not counted when
    a short request for action in general is told from one that names its work ("just do it pls"
    asks nothing new, round 159: a field answered it)."""
    list_lead: str = ""
    """Words between a request's trigger and a colon that ends its line, leaving it nothing to ask
    of its own ("I also need you to:", "the following:"): the lines below are the asks (a regex
    matched on those words whole)."""
    tag_question: str = ""
    """The words that end a question asking for a yes ("…כלול נכון??", "…included right??"), a
    regex matched on the ask's own text before its marks: such a question is asked, however many
    marks follow it."""
    short_asked: str = ""
    """How a question of two words or fewer still asks about a thing ("החלקים הגיעו?"), a regex
    matched at its start: such a question is no chat opener like "אתה שם?"."""
    first_person: str = ""
    """The words by which a clause makes the client its subject ("I", "אנחנו"): a need after them
    is the client's own, however close to a ``reported`` frame ("אמרתם שעתיים… אני חייבת")."""
    reported: str = ""
    """Words that report what the owner said ("אמרת ש", "you said"): a need right after them in the
    same clause is the owner's words told back ("אמרת שהמדחס צריך להגיע 10 ימים"), not an ask."""
    doubted: str = ""
    """Words that put what follows in doubt ("not even sure", "לא בטוח ש"): a need after them in
    the same clause is a hesitation told ("I'm not even sure my brother and I want to go ahead
    with selling"), not an ask."""
    guessed: str = "(?!)"
    """Words that mark a guess of the client's own ("maybe", "אולי"): a few of them in brackets
    closing on "?" ("(מרץ אולי?)", "(March maybe?)") hedge, they ask the owner nothing."""
    contrast: str = "(?!)"
    """A word that turns a clause to something else ("but", "אבל"): a doubt before it does not
    reach a need after it ("I'm not sure what went wrong but I need the invoice fixed")."""
    dotted_words: tuple[str, ...] = ()
    """Titles and short forms written with a full stop that ends no sentence ("Mr. Rakesh Gupta",
    "approx. 60 products"; round 149: a request cut at "my brother-in-law Mr"), lower-case."""
    asked_loud: str = ""
    """The words that open a question asking where or when ("WHERE IS THE GUIDE???", "מתי
    מגיעים??"), a regex matched at the ask's start: such a question is asked, however loudly."""


def hhmm(hour: int, minute: int = 0) -> str | None:
    """A clock time as "HH:MM", or None when it is no time of day."""
    if 0 <= hour <= 24 and 0 <= minute < 60:
        return f"{hour % 24:02d}:{minute:02d}"
    return None


def calendar_date(day: int, month: int | None = None, year: int | None = None) -> str | None:
    """An ISO 8601 date with only what was written: "2026-12-10", "--12-10" or "---10"."""
    if not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    if month is None:
        return f"---{day:02d}"
    if year is None:
        return f"--{month:02d}-{day:02d}"
    if year < 100:
        year += 2000
    return f"{year:04d}-{month:02d}-{day:02d}"


def amount_value(currency: str) -> Callable[[re.Match[str]], str | None]:
    """A pattern's value function: the sum its groups ``n`` (number) and ``k`` (thousands) name."""

    def value(m: re.Match[str]) -> str | None:
        return money_value(m["n"], currency, thousands=bool(m["k"]))

    return value


def percent_value(m: re.Match[str]) -> str | None:
    """A pattern's value function: the percentage in group ``p`` or ``p2``."""
    number = m.groupdict().get("p") or m.groupdict().get("p2")
    return f"{number}%" if number else None


def money_value(number: str, currency: str, *, thousands: bool = False) -> str | None:
    """A sum as "1200 ILS" ("1200" when no currency was written): separators dropped, a trailing
    ``k`` (``thousands``) multiplied out."""
    digits = number.replace(",", "").replace(" ", "")
    try:
        amount = float(digits)
    except ValueError:
        return None
    if thousands:
        amount *= 1000
    text = f"{amount:.2f}".rstrip("0").rstrip(".")
    return f"{text} {currency}" if currency else text


# Language-neutral shapes: digits and symbols, no words. Run with every pack.
NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
    r"|(?<![\d/:#.,-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d{1,2})?(?!\d|[.,]\d)"
    r"|\d+(?:\.\d{1,2})?"
)
"""A sum's digits, for every pack: thousands set off by commas ("11,490") or by spaces, as many
Europeans write them ("1 150 ₪": read as 150, a refund of a seventh was offered, round 123)."""
_SYMBOLS = {"₪": "ILS", "$": "USD", "€": "EUR", "£": "GBP"}


def _symbol_amount(m: re.Match[str]) -> str | None:
    return money_value(m["n"], _SYMBOLS[m["c"]], thousands=bool(m["k"]))


def _clock(m: re.Match[str]) -> str | None:
    return hhmm(int(m["h"]), int(m["m"]))


def _numeric_date(m: re.Match[str]) -> str | None:
    return calendar_date(int(m["d"]), int(m["mo"]), int(m["y"]))


NEUTRAL = (
    Pattern(
        AskKind.MONEY,
        "amount",
        rf"(?<![\w.,])(?P<c>[₪$€£])\s?(?P<n>{NUMBER})(?P<k>k)?(?![\w,]*\d)",
        _symbol_amount,
    ),
    Pattern(
        AskKind.MONEY,
        "amount",
        rf"(?<![\w.,])(?P<n>{NUMBER})(?P<k>k)?\s?(?P<c>[₪$€£])",
        _symbol_amount,
    ),
    Pattern(
        AskKind.DEADLINE,
        "time",
        # Not a frame's aspect ratio ("the 9:16 + 1:1 versions", "+ 9:16"; round 49).
        r"(?<![\d:.])(?<![+/x] )(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])"
        r"(?!\s*(?:[+/]|x\s*\d|(?:ratios?|formats?|versions?|vertical|crops?|aspect)\b))",
        _clock,
    ),
    Pattern(
        AskKind.DEADLINE,
        "date",
        r"(?<![\d./])(?P<d>[0-3]?\d)[./](?P<mo>[01]?\d)[./](?P<y>20\d\d|\d\d)(?![\d./])",
        _numeric_date,
    ),
    # A numbered or bulleted line of three words or more: a client's checklist asks each item
    # ("2. Mobile number on every page, top, large, red.") whether or not it has a verb; a dash
    # is a bullet too ("– הערת אזהרה לא צריך לרשום עכשיו", round 164).
    Pattern(
        AskKind.REQUEST,
        "item",
        # (on its own line: "— Ben" over "CTO, Ledgerly" is a signature, round 232)
        r"(?m)^[ \t]{0,4}(?:\d{1,2}[.)]|[-–—•*])[ \t]+(?P<t>[^\s\-–—][^\n.!?]{2,150}?[ \t][^\n.!?]{1,150}?[ \t][^\n.!?]{1,150}?)"
        r"(?=[.!?]?[ \t]*$|[.!?][ \t]+\S)",
        span="t",
    ),
)


# --- compiling a pack -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Compiled:
    pack: Pack
    patterns: tuple[tuple[Pattern, re.Pattern[str]], ...]
    lexicon: tuple[tuple[LexiconRule, re.Pattern[str]], ...]
    pattern_screen: Screen
    """Which patterns may match a text (:mod:`classifier.prefilter`), by their index."""
    lexicon_screen: Screen
    question_words: _Named | None
    verbs: _Named | None
    consequence: re.Pattern[str] | None
    letters: re.Pattern[str]
    sarcasm_frames: re.Pattern[str] | None
    sarcasm_cues: re.Pattern[str] | None
    sincere: re.Pattern[str] | None
    thanks_after: re.Pattern[str] | None
    waited: re.Pattern[str] | None
    not_praise_before: re.Pattern[str] | None
    cue_not_complaint: re.Pattern[str] | None
    praise_reported: re.Pattern[str] | None
    rhetorical: re.Pattern[str] | None = None
    """The question words named "rhetorical", anywhere in a question: "Do you understand how
    much I lost?" is asked to be heard though a yes/no question's words come first."""
    next_ask: re.Pattern[str] = re.compile("[,;]")
    trailing_join: re.Pattern[str] | None = None
    question_join_before: re.Pattern[str] | None = None
    question_join_at: re.Pattern[str] | None = None
    either: re.Pattern[str] | None = None
    """The question words named "either", anywhere in a yes/no question: "Cash on the day or
    card beforehand?" asks which, not yes or no."""
    list_lead: re.Pattern[str] | None = None
    tag_question: re.Pattern[str] | None = None
    asked_loud: re.Pattern[str] | None = None
    reported: re.Pattern[str] | None = None
    doubted: re.Pattern[str] | None = None
    guessed: re.Pattern[str] | None = None
    first_person: re.Pattern[str] | None = None
    short_asked: re.Pattern[str] | None = None
    bare_need: re.Pattern[str] | None = None
    reply_hours: re.Pattern[str] | None = None
    courtesy: re.Pattern[str] | None = None
    softeners: re.Pattern[str] | None = None
    names_object: re.Pattern[str] | None = None
    whether_lead: re.Pattern[str] | None = None


def _fold_regex(regex: str, fold: Mapping[str, str]) -> str:
    return "".join(fold.get(c, c) for c in regex) if fold else regex


def _fold_plain(text: str, fold: Mapping[str, str]) -> str:
    """A lexicon entry folded like the text it is looked for in."""
    return "".join(fold.get(c, c) for ch in text for c in normalize_char(ch))


def _terms(entries: Iterable[str], pack: Pack, *, folded: bool = False) -> str | None:
    """One regex of the entries, longest first, with the pack's prefixes and word edges."""
    forms = sorted(
        {e if folded else _fold_plain(e, pack.fold) for e in entries if e.strip()},
        key=len,
        reverse=True,
    )
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in forms)
    return rf"(?<!\w){pack.prefix}(?:{alternatives})(?!\w)"


@dataclass(frozen=True, slots=True)
class _Named:
    """One regex of alternatives, each with a name; several may share a name."""

    regex: re.Pattern[str]
    names: tuple[str, ...]

    def search(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        m = self.regex.search(text, start, end)
        if m is None or m.lastgroup is None:
            return None
        return m.start(), self.names[int(m.lastgroup[1:])]


def _named(pairs: Iterable[tuple[str, str]], fold: Mapping[str, str]) -> _Named | None:
    listed = list(pairs)
    regexes = [_fold_regex(regex, fold) for _, regex in listed]
    parts = [f"(?P<g{i}>{regex})" for i, regex in enumerate(regexes)]
    if not parts:
        return None
    joined = "|".join(parts)
    if all(r.startswith((r"(?<!\w)", r"\b")) for r in regexes):
        # Every alternative starts a word: one check where a word goes on fails the position at
        # once, instead of each alternative failing it in turn (a verb search of a request's
        # words cost ~60 µs).
        joined = rf"(?<!\w)(?:{joined})"
    return _Named(guarded(re.compile(joined)), tuple(name for name, _ in listed))


def _optional(regex: str, fold: Mapping[str, str]) -> re.Pattern[str] | None:
    return guarded(re.compile(_fold_regex(regex, fold))) if regex else None


@per_packs
def _all() -> tuple[_Compiled, ...]:
    """Every language's compiled pack (asked for many times per message: cached as one)."""
    return tuple(c for c in map(_load, lang_codes()) if c is not None)


@per_packs
def _load(code: str) -> _Compiled | None:
    """The compiled pack of a language, or None when the language has none."""
    if not code.isidentifier():
        return None
    try:
        module = importlib.import_module(f"classifier.lang.{code}.asks")
    except ModuleNotFoundError:
        return None
    pack = module.PACK
    if not isinstance(pack, Pack):
        raise TypeError(f"classifier.lang.{code}.asks.PACK is not a Pack")
    fold = pack.fold
    patterns = tuple((p, guarded(re.compile(_fold_regex(p.regex, fold)))) for p in pack.patterns)
    lexicon: list[tuple[LexiconRule, re.Pattern[str]]] = []
    for rule in pack.lexicon_rules:
        entries = [
            _fold_plain(e, fold) for e in language_terms(rule.category, code).get(rule.group, ())
        ]
        alone = [e for e in entries if rule.alone and re.search(rule.alone, e)]
        framed = [e for e in entries if e not in alone]
        parts: list[str] = []
        alone_term = _terms(alone, pack, folded=True)
        if alone_term:
            parts.append(alone_term)
        framed_term = _terms(framed, pack, folded=True)
        if framed_term:
            parts += [
                _fold_regex(f, fold).replace("{term}", f"(?:{framed_term})") for f in rule.frames
            ]
        if parts:
            lexicon.append((rule, guarded(re.compile("|".join(f"(?:{p})" for p in parts)))))
    sarcasm = language_terms("sarcasm", code)
    frames_re = _terms(sarcasm.get("frames", ()), pack)
    cue_parts = [p for p in (_terms(sarcasm.get("cues", ()), pack), pack.sarcasm_cues) if p]
    rhetorical = "|".join(f"(?:{r})" for n, r in pack.question_words if n == "rhetorical")
    either = "|".join(f"(?:{r})" for n, r in pack.question_words if n == "either")
    return _Compiled(
        rhetorical=_optional(rhetorical, fold),
        either=_optional(either, fold),
        tag_question=(
            re.compile(rf"(?:{pack.tag_question})\s*[?!]*\s*$", re.IGNORECASE)
            if pack.tag_question
            else None
        ),
        asked_loud=(
            re.compile(rf"\s*(?:{pack.asked_loud})", re.IGNORECASE) if pack.asked_loud else None
        ),
        short_asked=re.compile(pack.short_asked) if pack.short_asked else None,
        first_person=_optional(
            rf"(?:{pack.first_person})(?!\w)" if pack.first_person else "", fold
        ),
        reported=_optional(
            rf"(?:{pack.reported})[^,.!?;\n]{{0,25}}$" if pack.reported else "", fold
        ),
        guessed=_optional(pack.guessed, fold),
        # …up to a contrast: "not sure what went wrong but I need the invoice by Friday" asks
        doubted=_optional(
            rf"(?:{pack.doubted})(?:(?!{pack.contrast})[^,.!?;\n]){{0,25}}$"
            if pack.doubted
            else "",
            fold,
        ),
        pack=pack,
        patterns=patterns,
        lexicon=tuple(lexicon),
        pattern_screen=Screen.of([needs(r) for _, r in patterns]),
        lexicon_screen=Screen.of([needs(r) for _, r in lexicon]),
        question_words=_named(tuple(q for q in pack.question_words if q[0] != "either"), fold),
        verbs=_named(pack.verbs, fold),
        consequence=_optional(pack.consequence, fold),
        letters=re.compile(pack.letters),
        sarcasm_frames=re.compile(frames_re) if frames_re else None,
        sarcasm_cues=_optional("|".join(f"(?:{p})" for p in cue_parts), fold),
        sincere=_optional(pack.sincere, fold),
        thanks_after=_optional(pack.thanks_after, fold),
        waited=_optional(pack.waited, fold),
        not_praise_before=_optional(pack.not_praise_before, fold),
        cue_not_complaint=_optional(pack.cue_not_complaint, fold),
        praise_reported=_optional(pack.praise_reported, fold),
        next_ask=re.compile("|".join(p for p in (r"[,;]", pack.next_ask) if p)),
        trailing_join=_optional(
            rf"[\s,]+(?:{pack.trailing_joins})$" if pack.trailing_joins else "", fold
        ),
        question_join_before=_optional(
            rf"\s(?:{pack.question_join})\s+$" if pack.question_join else "", fold
        ),
        question_join_at=_optional(pack.question_join, fold),
        list_lead=_optional(rf"\s*(?:{pack.list_lead})?\s*" if pack.list_lead else "", fold),
        bare_need=re.compile(pack.bare_need, re.IGNORECASE) if pack.bare_need else None,
        reply_hours=re.compile(pack.reply_hours, re.IGNORECASE) if pack.reply_hours else None,
        courtesy=re.compile(pack.courtesy, re.IGNORECASE) if pack.courtesy else None,
        softeners=re.compile(rf"(?:{pack.softeners})[.,!?]*", re.IGNORECASE)
        if pack.softeners
        else None,
        names_object=re.compile(pack.names_object, re.IGNORECASE) if pack.names_object else None,
        whether_lead=_optional(
            rf"\s*(?:{pack.whether_lead})\s*" if pack.whether_lead else "", fold
        ),
    )


# --- reading ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Hit:
    """An ask in folded coordinates, before it is quoted from the source."""

    kind: AskKind
    subtype: str
    start: int
    end: int
    value: str | None = None
    clause: bool = False
    order: int = 0


# Characters that normalisation leaves as they are (lower-cased): ASCII but the backtick, and
# letters without marks. A text of only these, with no run of three equal characters, folds
# character for character, so the offsets are the positions themselves.
_SIMPLE = re.compile(r"[\t\n\r -_a-~\u05d0-\u05ea]*")
_RUN = re.compile(r"(.)\1\1")


def _fold(text: str, fold: Mapping[str, str]) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset it came from."""
    if _SIMPLE.fullmatch(text) and not _RUN.search(text):
        lowered = text.lower()
        folded = lowered.translate(_fold_table(tuple(sorted(fold.items())))) if fold else lowered
        return folded, list(range(len(folded)))
    return _fold_slow(text, fold)


@lru_cache(maxsize=16)
def _fold_table(items: tuple[tuple[str, str], ...]) -> dict[int, str]:
    return {ord(k): v for k, v in items if len(k) == 1}


def _fold_slow(text: str, fold: Mapping[str, str]) -> tuple[str, list[int]]:
    """:func:`_fold` character by character, for any text."""
    if any(len(v) != 1 for v in fold.values()):
        return _fold_by_element(text, fold)
    # Each character normalised and folded once per distinct character (a table lookup), then
    # only the runs of three or more equal characters visited: the same output as the
    # character-by-character loop of :func:`_fold_by_element`, at a fraction of its cost.
    chars, offsets = normalize_chars(text, fold)
    runs = [m.span() for m in _SQUEEZE.finditer(chars)]
    if not runs:
        return chars, offsets
    # Squeeze runs of 3+ identical letters inside a word to one ("תשלחחח", "pleaseee"); digits
    # ("1000") and a word that is all one letter ("BBB", "www") stay.
    kept_chars: list[str] = []
    kept_offsets: list[int] = []
    done, n = 0, len(chars)
    for i, j in runs:
        c = chars[i]
        in_word = (i > 0 and chars[i - 1].isalpha()) or (j < n and chars[j].isalpha())
        if c.isalpha() and in_word:
            kept_chars.append(chars[done : i + 1])
            kept_offsets.extend(offsets[done : i + 1])
            done = j
    kept_chars.append(chars[done:])
    kept_offsets.extend(offsets[done:])
    return "".join(kept_chars), kept_offsets


# A maximal run of three or more equal characters (:func:`_fold_slow`).
_SQUEEZE = re.compile(r"(.)\1\1+", re.DOTALL)


def _fold_by_element(text: str, fold: Mapping[str, str]) -> tuple[str, list[int]]:
    """:func:`_fold_slow` for a fold that maps a character to several: element by element."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for c in normalize_char(ch):
            chars.append(fold.get(c, c))
            offsets.append(i)
    kept_chars: list[str] = []
    kept_offsets: list[int] = []
    i, n = 0, len(chars)
    while i < n:
        c = chars[i]
        j = i + 1
        while j < n and chars[j] == c:
            j += 1
        in_word = (i > 0 and chars[i - 1].isalpha()) or (j < n and chars[j].isalpha())
        if j - i >= 3 and c.isalpha() and in_word:
            kept_chars.append(c)
            kept_offsets.append(offsets[i])
        else:
            kept_chars.extend(chars[i:j])
            kept_offsets.extend(offsets[i:j])
        i = j
    return "".join(kept_chars), kept_offsets


# An emoji ends a sentence in chat ("זה יצא פצצה 🔥🔥🔥 המעבר עם הזום בהתחלה??").
_BOUNDARY = re.compile("[.!?;\n\u2600-\u27bf\U0001f300-\U0001faff]+")


@per_packs
def _dotted_word() -> re.Pattern[str] | None:
    """Any pack's dotted word ending where it is searched up to: a title's dot is no full stop
    whatever the message's language ("אל Dr. Cohen")."""
    words = sorted({w for c in _all() for w in c.pack.dotted_words}, key=len, reverse=True)
    return re.compile(rf"(?<![^\s(])(?:{'|'.join(map(re.escape, words))})$") if words else None


def _sentences(folded: str) -> list[tuple[int, int]]:
    """Sentence spans, each with its closing punctuation; a dot inside a word, number or address
    ("10.12", "site.com", "accounts@studio.co.il") is none, nor one after a pack's dotted word
    ("Mr.", "approx.")."""
    dotted = _dotted_word()
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(folded):
        s, e = m.span()
        inside = s > 0 and e < len(folded) and folded[s - 1].isalnum() and folded[e].isalnum()
        if m.group() == "." and (
            inside or (dotted is not None and dotted.search(folded, max(0, s - 8), s))
        ):
            continue
        spans.append((start, e))
        start = e
    if start < len(folded):
        spans.append((start, len(folded)))
    return spans


@dataclass(frozen=True, slots=True)
class _Text:
    folded: str
    sentences: list[tuple[int, int]]
    starts: list[int]
    grams: Grams

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.sentences[max(i, 0)]

    def body_end(self, sentence: tuple[int, int]) -> int:
        """Where a sentence's words end, before its closing punctuation and spaces."""
        s, e = sentence
        while e > s and self.folded[e - 1] in ".!?;\n \t\r":
            e -= 1
        return e


_NEUTRAL = tuple((p, guarded(re.compile(p.regex))) for p in NEUTRAL)
_NEUTRAL_SCREEN = Screen.of([needs(r) for _, r in _NEUTRAL])


def _pattern_hits(
    patterns: Iterable[tuple[Pattern, re.Pattern[str]]],
    screen: Screen,
    text: _Text,
    *,
    first: int = 0,
) -> list[_Hit]:
    """Every match of every pattern; a pattern whose needed words are absent is not run."""
    hits: list[_Hit] = []
    may_match = screen.passing(text.grams)
    for k, (pattern, regex) in enumerate(patterns):
        if k not in may_match:
            continue
        order = first + k
        for m in regex.finditer(text.folded):
            start, end = m.span(pattern.span) if pattern.span else m.span()
            if end <= start:
                continue
            value = pattern.value(m) if callable(pattern.value) else pattern.value
            hits.append(
                _Hit(pattern.kind, pattern.subtype, start, end, value, pattern.clause, order)
            )
    return hits


def _lexicon_hits(compiled: _Compiled, text: _Text) -> list[_Hit]:
    hits: list[_Hit] = []
    may_match = compiled.lexicon_screen.passing(text.grams)
    for k, (rule, regex) in enumerate(compiled.lexicon):
        if k not in may_match:
            continue
        order = len(compiled.patterns) + k
        for m in regex.finditer(text.folded):
            if m.end() > m.start():
                hits.append(_Hit(rule.kind, rule.subtype, m.start(), m.end(), order=order))
    return hits


def _questions(packs: list[_Compiled], text: _Text) -> list[_Hit]:
    """A sentence that ends in "?" is a question; its words say what it asks."""
    hits: list[_Hit] = []
    folded = text.folded
    for sentence in text.sentences:
        s, e = sentence
        tail = folded[s:e].rstrip()
        if "?" not in tail[-3:]:
            continue
        end = text.body_end(sentence)
        while end < e and folded[end] in "?!":
            end += 1
        start = s
        # Not the bracket or dash the sentence break left in front ("(March maybe?) - any slots?")
        while start < end and (folded[start].isspace() or folded[start] in _QUESTION_LEAD):
            start += 1
        if start >= end or not any(c.isalnum() for c in folded[start:end]):
            continue
        best: tuple[int, str] | None = None
        for compiled in packs:
            if compiled.question_words is None:
                continue
            found = compiled.question_words.search(folded, s, end)
            if found and (best is None or found[0] < best[0]):
                best = found
        if best is None and _bracketed_guess(folded, s, end, packs):
            continue
        if best is not None:
            comma = folded.rfind(", ", start, best[0])  # not "12,000"
            if comma >= 0:
                start = comma + 1
            subtype = best[1]
            if any(c.rhetorical is not None and c.rhetorical.search(folded, s, end) for c in packs):
                subtype = "rhetorical"
        else:
            counts = [len(c.letters.findall(folded, start, end)) for c in packs]
            subtype = packs[counts.index(max(counts))].pack.question_default
        if (
            subtype == "yes_no"
            and "??" not in tail  # "…or just driving around collecting 170 a lesson??": a jab
            and any(c.either is not None and c.either.search(folded, start, end) for c in packs)
        ):
            subtype = "open"  # "cash on the day or card beforehand?" (round 65)
        start = max(start, end - _QUESTION_CHARS)
        while start < end and folded[start].isspace():
            start += 1
        hits.append(_Hit(AskKind.QUESTION, subtype, start, end))
    return hits


_QUESTION_LEAD = ")]-\u2013\u2014\u2022"


def _bracketed_guess(folded: str, start: int, end: int, packs: list[_Compiled]) -> bool:
    """Whether a question's mark closes a few words of a guess in brackets (a pack's
    ``guessed``): "(מרץ אולי?)", "(March maybe?)" hedge, they ask the owner nothing. "(כולל
    מע״מ?)", "(got them?)" still ask, and a figure is asked back ("(3,000 ₪ נכון?)")."""
    opened = folded.rfind("(", start, end)
    guess = folded[opened + 1 : end]
    return (
        opened > folded.rfind(")", start, end)
        and folded.startswith(")", end)
        and len(guess.split()) <= 3
        and not any(c.isdigit() for c in guess)
        and any(c.guessed is not None and c.guessed.search(guess) for c in packs)
    )


def _sarcasm(compiled: _Compiled, text: _Text, emoji: frozenset[str]) -> list[_Hit]:
    """Praise beside a complaint in the same or the next sentence (the lexicon's frames and cues)."""
    if compiled.sarcasm_frames is None:
        return []
    hits: list[_Hit] = []
    folded = text.folded
    reported = compiled.praise_reported
    for m in compiled.sarcasm_frames.finditer(folded):
        # "יעל אמרה שאתם תותחים": a referral's praise; a complaint cue nearby ("כניסה ב-1 לחודש")
        # does not make it mocking, a mocking emoji still does (round 101).
        told = reported is not None and reported.search(folded, max(0, m.start() - 40), m.start())
        if compiled.not_praise_before is not None and compiled.not_praise_before.search(
            folded, max(0, m.start() - 20), m.start()
        ):
            continue  # "עם כל הכבוד, זה לא נכון": no praise to mock with
        i = bisect.bisect_right(text.starts, m.start()) - 1
        window = text.sentences[i : i + 2]
        end = None
        if (
            not told
            and compiled.thanks_after is not None
            and compiled.thanks_after.match(folded, m.start())
            and compiled.waited is not None
            and window
            and compiled.waited.search(folded, window[0][0], m.start())
        ):
            # a thanks after a wait told in its own sentence ("…וחיכיתי עד 10:40, אז גם תודה על
            # הזריזות", round 303's harmful "תודה רבה!")
            hits.append(
                _Hit(AskKind.SARCASM, "praise_complaint", m.start(), text.body_end(window[0]))
            )
            continue
        for s, e in [] if told else window:
            lo = max(s, m.end())
            cue = compiled.sarcasm_cues.search(folded, lo, e) if compiled.sarcasm_cues else None
            while (
                cue is not None
                and compiled.cue_not_complaint is not None
                and compiled.cue_not_complaint.match(folded, cue.start())
                and compiled.sarcasm_cues is not None
            ):
                # (round 264: "אלופים … ואפילו הרכיבו לי את המיטה" read as mocking)
                cue = compiled.sarcasm_cues.search(folded, cue.end(), e)
            if cue is not None:
                end = text.body_end((s, e))
                break
        if end is None:
            for s, e in window:
                part = folded[max(s, m.start()) : e]
                if any(x in part for x in emoji):
                    sincere = compiled.sincere and compiled.sincere.search(folded, m.start(), e)
                    if not sincere:
                        end = text.body_end((s, e))
                    break
        if end is not None and end > m.start():
            hits.append(_Hit(AskKind.SARCASM, "praise_complaint", m.start(), end))
    return hits


def _verb(packs: list[_Compiled], folded: str, start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for compiled in packs:
        if compiled.verbs is None:
            continue
        found = compiled.verbs.search(folded, start, end)
        if found and (best is None or found[0] < best[0]):
            best = found
    return best[1] if best else None


def _consequences(packs: list[_Compiled], text: _Text) -> list[int]:
    """Where a threat's consequence starts ("... or I cancel"): not at a sentence's start."""
    found: list[int] = []
    for compiled in packs:
        if compiled.consequence is None:
            continue
        for m in compiled.consequence.finditer(text.folded):
            s, _ = text.sentence(m.start())
            if text.folded[s : m.start()].strip():
                found.append(m.start())
    return sorted(found)


def _threatened(text: _Text, sentence: tuple[int, int], threats: list[int]) -> bool:
    """Whether a threat stands in ``sentence`` or the one after it (an ultimatum's consequence
    may come first, "…a 1-star review unless…", or in a sentence of its own)."""
    after = text.sentence(sentence[1]) if sentence[1] < len(text.folded) else sentence
    return any(sentence[0] <= t < max(sentence[1], after[1]) for t in threats)


def _told_back(hit: _Hit, packs: list[_Compiled], folded: str) -> bool:
    """Whether a need is the owner's own words reported back (a pack's ``reported``)."""
    if hit.kind is not AskKind.REQUEST or hit.subtype != "need":
        return False
    if any(p.first_person is not None and p.first_person.match(folded, hit.start) for p in packs):
        return False  # "אמרתם שעתיים… אני חייבת אותו עד 4": the client's own need, run on
    return _framed(hit, folded, [p.reported for p in packs])


def _doubted(hit: _Hit, packs: list[_Compiled], folded: str) -> bool:
    """Whether a need is put in doubt by the words before it (a pack's ``doubted``)."""
    return (
        hit.kind is AskKind.REQUEST
        and hit.subtype == "need"
        and _framed(hit, folded, [p.doubted for p in packs])
    )


def _framed(hit: _Hit, folded: str, frames: list[re.Pattern[str] | None]) -> bool:
    """Whether one of ``frames`` ends right before ``hit``, in its clause."""
    before = folded[max(0, hit.start - 45) : hit.start]
    return any(frame is not None and frame.search(before) for frame in frames)


def _before_join(folded: str, start: int, end: int, packs: list[_Compiled]) -> int:
    """Where a request ending at ``end`` ends without the word that joins it to the next ask
    ("…today, and"), any pack's ``trailing_joins``; the join is looked for from ``start`` on."""
    for compiled in packs:
        joins = compiled.trailing_join
        joined = joins.search(folded, start, end) if joins is not None else None
        if joined is not None:
            end = joined.start()
    return end


def _heads_a_list(folded: str, trigger_end: int, end: int, packs: list[_Compiled]) -> bool:
    """Whether a request ends at a colon before a new line with nothing of its own to ask ("I
    also need you to:", a pack's ``list_lead``): the lines below say what it asks."""
    if folded[trigger_end:end].strip() and not any(
        p.list_lead is not None and p.list_lead.fullmatch(folded, trigger_end, end) for p in packs
    ):
        return False
    after = folded[end : end + 4].lstrip(" \t")
    return after.startswith(":") and after[1:].lstrip(" \t").startswith(("\n", "\r"))


def _requests(hits: list[_Hit], packs: list[_Compiled], text: _Text) -> list[_Hit]:
    """Run each request on to the end of its clause; drop those that are a threat's consequence.

    A request's value (its verb) is looked up later, for the requests that survive settling.
    """
    folded = text.folded
    consequences = _consequences(packs, text)
    triggers = sorted(
        (h.start, h.end, h.subtype == "dont")
        for h in hits
        if h.kind is AskKind.REQUEST and h.subtype != "condition"
    )
    conditions = sorted(h.start for h in hits if h.subtype == "condition")
    asked = [h for h in hits if h.kind is AskKind.QUESTION]
    # A question inside a longer one ("how much the deposit is" in "Could you send the contract
    # and let us know how much the deposit is?") is settled into it: it starts no ask.
    questions = sorted(
        h.start
        for h in asked
        if not any(o.start < h.start and h.end <= o.end for o in asked if o is not h)
    )
    starts = [s for s, _, _ in triggers]
    threats = [h.start for h in hits if h.kind is AskKind.THREAT]
    # A refund demanded as the consequence, after the condition in its sentence ("אם זה לא מתוקן
    # עד יום ראשון אני דורשת החזר מלא"), makes an ultimatum as a threat does (round 108: the fix
    # asked was left out for the refund); one asked in passing does not ("If you can't make it
    # Tuesday that's fine. Just refund the deposit", a fresh-eyes review).
    refunds = [h.start for h in hits if h.kind is AskKind.MONEY and h.subtype == "refund"]
    quoted = [m.span() for m in _QUOTED.finditer(folded)] if '"' in folded or "'" in folded else []
    kept: list[_Hit] = []
    for hit in hits:
        if hit.kind is not AskKind.REQUEST:
            kept.append(hit)
            continue
        if any(s < hit.start < e for s, e in quoted):
            continue  # someone else's words, quoted
        sentence = text.sentence(hit.start)
        if hit.subtype == "condition" and not (
            _threatened(text, sentence, threats)
            or (
                any(hit.end <= r < sentence[1] for r in refunds)
                and not any(
                    c.courtesy is not None and c.courtesy.fullmatch(folded[hit.start : hit.end])
                    for c in packs
                )
            )
        ):
            continue  # "אם לא אכפת לך", "if you don't mind": a courtesy, no ultimatum
        i = bisect.bisect_right(consequences, hit.start) - 1
        if i >= 0 and consequences[i] >= sentence[0]:
            continue  # "... או שאני מבטל ומבקש את המקדמה": part of the threat
        if hit.clause:
            end = min(text.body_end(sentence), hit.start + _CLAUSE_CHARS)
            # A trigger right behind this one continues it ("אני רוצה שתשלח"); the first one
            # further on starts the next request ("תתקן את הטעות ותעדכן אותי").
            reach = hit.end
            # What a client needs may be a clause of its own, a word or two further ("אני
            # צריכה שהשבוע תבואו ביום שישי"): a "need" reaches further for its verb.
            gap = _NEED_GAP if hit.subtype == "need" else _MERGE_GAP
            for k in range(bisect.bisect_right(starts, hit.start), len(triggers)):
                start, stop, dont = triggers[k]
                if start >= end:
                    break
                # A "don't" past a comma starts an ask of its own ("…על החזר, and don't tell me
                # it's in the contract"); "please don't put silicone there" is one.
                if (
                    start <= reach + gap
                    and (gap == _MERGE_GAP or reach == hit.end)
                    and not (dont and any(p.next_ask.search(folded, reach, start) for p in packs))
                ) or (
                    reach == hit.end
                    and any(
                        p.whether_lead is not None
                        and p.whether_lead.fullmatch(folded, reach, start)
                        for p in packs
                    )
                ):
                    reach = max(reach, stop)
                    continue
                end = start
                break
            c = bisect.bisect_right(consequences, hit.start)
            if c < len(consequences):
                end = min(end, consequences[c])
            # Nor into an ultimatum's condition ("אני רוצה פיצוי מלא, ואם עד מחר אין תשובה…").
            c = bisect.bisect_right(conditions, hit.start)
            if c < len(conditions):
                end = min(end, conditions[c])
            # Nor into a question joined on after it ("Send me the contract and I sign, and when
            # can I have the keys?"): its own ask, left out when the request's answer took it
            # along (round 94); "can you tell me how much it costs" and "תגידי לי עד סוף השבוע
            # כמה זה יעלה" are one ask.
            q = bisect.bisect_right(questions, reach)
            if (
                q < len(questions)
                and questions[q] < end
                and len(_WORDS.findall(folded, reach, questions[q])) >= 2
                and _joined_question(folded, reach, questions[q], packs)
            ):
                end = questions[q]
            while end > hit.end and folded[end - 1] in " \t,:-–":
                end -= 1
            if _heads_a_list(folded, hit.end, end, packs):
                continue  # "I also need you to:" over a list whose lines are the asks (round 72)
            # "I need the invoice fixed today, and": the word that joins the next ask is not
            # this one's (rounds 59-61: fields quoting "fix it NOW and").
            hit.end = max(hit.end, _before_join(folded, hit.end, end, packs))
        kept.append(hit)
    return kept


def _merge(hits: list[_Hit]) -> list[_Hit]:
    """Overlapping asks of one kind and subtype become one ("אכתוב ביקורת" + "ביקורת בגוגל")."""
    merged: list[_Hit] = []
    last: dict[tuple[AskKind, str], _Hit] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        key = (hit.kind, hit.subtype)
        previous = last.get(key)
        if previous is not None and hit.start < previous.end:
            previous.end = max(previous.end, hit.end)
            if previous.value is None:
                previous.value = hit.value
            continue
        last[key] = hit
        merged.append(hit)
    return merged


def _drop_inside(
    hits: list[_Hit], inner: tuple[AskKind, str], outer: tuple[AskKind, str]
) -> list[_Hit]:
    """The hits without those of kind and subtype ``inner`` that lie within the words of one of
    kind and subtype ``outer``: the outer reading says what those words are."""
    spans = [(h.start, h.end) for h in hits if (h.kind, h.subtype) == outer]
    if not spans:
        return hits
    return [
        h
        for h in hits
        if (h.kind, h.subtype) != inner or not any(s <= h.start and h.end <= e for s, e in spans)
    ]


def _settle(hits: list[_Hit]) -> list[_Hit]:
    """One ask per stretch of words and kind: the longest; requests inside a refusal go, and one
    that runs on into a refusal ends where the refusal begins."""
    hits = _merge(hits)
    if not hits:  # every hit was a request inside a refusal, say: nothing is left to settle
        return []
    hits.sort(key=lambda h: (-(h.end - h.start), h.start, h.order))
    size = max(h.end for h in hits)
    taken: dict[AskKind, bytearray] = {}
    kept: list[_Hit] = []
    for hit in hits:
        occupied = taken.setdefault(hit.kind, bytearray(size))
        if any(occupied[hit.start : hit.end]):
            continue
        occupied[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        kept.append(hit)
    refused = taken.get(AskKind.REFUSAL)
    if refused is not None:
        trimmed: list[_Hit] = []
        for h in kept:
            if h.kind is AskKind.REQUEST and any(refused[h.start : h.end]):
                if refused[h.start]:
                    continue  # the request is the refusal's own words ("don't call me")
                # The request ran on into a refusal ("תשלח חוזה ואני חותם, לא צריך פגישה"):
                # it ends where the refusal begins.
                h.end = refused.index(1, h.start)
            trimmed.append(h)
        kept = trimmed
    # "על ההגעה אנחנו לא משלמים": the words name what the client expects free; no payment is
    # withheld (round 43: a demanding client was answered "צר לי על מה שקרה").
    kept = _drop_inside(kept, (AskKind.THREAT, "withhold"), (AskKind.MONEY, "free"))
    # "I'll ask my bank to reverse the payment": the money is fought for through the bank, no
    # refund asked of the owner (round 140: "About the refund: [what you can offer]").
    kept = _drop_inside(kept, (AskKind.MONEY, "refund"), (AskKind.THREAT, "chargeback"))
    kept.sort(key=lambda h: (h.start, h.end))
    return kept


def _items_asked_on_their_line(hits: list[_Hit], folded: str, packs: list[_Compiled]) -> list[_Hit]:
    """The hits without a checklist item whose line goes on to ask in words of its own: "1.
    Homepage hero: the video loads slowly. Can you make it faster?" is one ask, the question.
    Not after an outcry ("How hard is it to understand that?") nor an ask joined on as another
    ("Also please send me the PNG"): the item is still asked."""
    asked = [h.start for h in hits if _takes_up_the_line(h, folded, packs)]
    if not asked:
        return hits
    kept: list[_Hit] = []
    for hit in hits:
        if hit.kind is AskKind.REQUEST and hit.subtype == "item":
            line_start = folded.rfind("\n", 0, hit.start) + 1
            line_end = folded.find("\n", hit.end)
            line_end = len(folded) if line_end < 0 else line_end
            if any(line_start <= start < line_end for start in asked):
                continue
        kept.append(hit)
    return kept


def _takes_up_the_line(hit: _Hit, folded: str, packs: list[_Compiled]) -> bool:
    """Whether an ask asks what its line is about, not an outcry nor another ask joined on
    ("also …")."""
    if hit.kind not in ASKING or hit.subtype in ("item", "rhetorical"):
        return False
    words = folded[hit.start : hit.end]
    start = hit.start + len(words) - len(words.lstrip())
    return not any(
        (p.question_join_at is not None and p.question_join_at.match(folded, start))
        or (
            p.question_join_before is not None
            and p.question_join_before.search(folded[max(0, start - 12) : start])
        )
        for p in packs
    )


ASKING = frozenset({AskKind.REQUEST, AskKind.QUESTION})  # the kinds that ask for an answer


_LEAD_IN_WORDS = 3  # a can-you request this short, cut off by the next, only leads into it


def read_asks(text: str, *, language: str) -> Asks:
    """The asks of a cleaned client message.

    ``language`` is the message's language as :func:`classifier.language.detect_language` gives
    it: a pack's code (``he``, ``en``), ``mixed`` (Hebrew and English packs together) or
    ``other`` (nothing is read). Offsets are into ``text``; only its first :data:`MAX_CHARS`
    characters are read.
    """
    codes = lang_codes() if language == "mixed" else (language,)
    packs = [p for p in map(_load, codes) if p is not None]
    if not packs or not text:
        return Asks()
    source = text[:MAX_CHARS]
    fold: dict[str, str] = {}
    for compiled in packs:
        fold.update(compiled.pack.fold)
    folded, offsets = _fold(source, fold)
    sentences = _sentences(folded)
    view = _Text(folded, sentences, [s for s, _ in sentences], Grams.of(folded))
    emoji = sarcasm_emoji()
    hits = _pattern_hits(_NEUTRAL, _NEUTRAL_SCREEN, view, first=10_000)
    for compiled in packs:
        # A pack whose letters are absent cannot match its words: skip it (a flood of
        # punctuation, or a "mixed" message with only one script left in the first 5,000).
        if compiled.letters.search(folded) is None:
            continue
        hits.extend(_pattern_hits(compiled.patterns, compiled.pattern_screen, view))
        hits.extend(_lexicon_hits(compiled, view))
        hits.extend(_sarcasm(compiled, view, emoji))
    hits.extend(_questions(packs, view))
    if not hits:
        return Asks()
    hits = _items_asked_on_their_line(_settle(_requests(hits, packs, view)), folded, packs)
    told = [h for h in hits if _told_back(h, packs, folded) or _doubted(h, packs, folded)]
    # …and what the owner's words told back (or a need doubted) name is no addition the client
    # asks for ("שאמרת שהוא צריך עוד 10 שיעורים": no "לגבי התוספת", round 96).
    hits = [
        h
        for h in hits
        if not any(h is t for t in told)
        and not (h.kind is AskKind.DELIVERABLE and any(t.start <= h.start < t.end for t in told))
    ]
    for hit in hits:
        if hit.kind is AskKind.REQUEST:
            # A request cut where a refusal begins ("…keywords_final.xlsx and don't argue") does
            # not end on the word that joined them.
            end = hit.end
            while end > hit.start and folded[end - 1].isspace():
                end -= 1
            hit.end = _before_join(folded, hit.start + 1, end, packs)
        if hit.kind is AskKind.REQUEST and hit.value is None:
            hit.value = _verb(packs, folded, hit.start, hit.end)
    # "can you also", no verb, cut off by the request right after it ("…can you also please check on
    # Android 11"): the next request asks it, the words before are only its lead-in (round 310's
    # main field quoted "can you also").
    hits = [
        h
        for h in hits
        if not (
            h.kind is AskKind.REQUEST
            and h.subtype == "can_you"
            and h.value is None
            and len(folded[h.start : h.end].split()) <= _LEAD_IN_WORDS
            and any(
                o.kind is AskKind.REQUEST and o is not h and 0 <= o.start - h.end <= 1 for o in hits
            )
        )
    ]
    offsets.append(len(source))
    asks: list[Ask] = []
    for hit in hits:
        start, end = offsets[hit.start], offsets[hit.end]
        while start < end and source[start].isspace():
            start += 1
        while end > start and (
            source[end - 1].isspace()
            or (hit.kind is AskKind.REQUEST and source[end - 1] in ",;:-\u2013")
        ):
            end -= 1
        if end <= start:
            continue
        asks.append(Ask(hit.kind, hit.subtype, source[start:end], start, end, hit.value))
    return Asks(tuple(asks))
