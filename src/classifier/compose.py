"""Composing replies that answer the message in front of them, from the seed articles' moves.

A reply is built, not picked: a greeting, then a short sequence of *moves* — reflect the ask in
the client's own words, name the interest behind it, answer it or state the boundary with
options, propose the next step, confirm in writing — each move a sentence from the language
pack's phrase book (``lang/<code>/compose.yaml``) that carries the facts found in the message
(:mod:`classifier.asks`): what the client wants (``{what}``), until when a put-off runs
(``{later}``), the sum (``{amount}``), their words (``{ask}``).

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
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import attrgetter

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from classifier import HEATED, LABELS
from classifier.asks import (
    ASKING,
    MAX_CHARS,
    Ask,
    AskKind,
    Asks,
    about_the_exchange,
    asks_for_hours,
    exclaimed,
    read_asks,
    why_unwanted,
)
from classifier.lang import LanguagePack, packs, per_packs
from classifier.lexicons import cues, triggers
from classifier.prefilter import Grams, Needs, guarded, needs

_SLOT = re.compile(r"\{(\w+)\}")
_BLANK = re.compile(r"\[\[(\w+):([^\]]+)\]\]")
MOVES = (
    "open",
    "reflect",
    "answer",
    "fix",
    "interest",
    "boundary",
    "options",
    "reasoning",
    "re_engage",
    "default",
    "second",
    "third",
    "fourth",
    "fifth",
    "next",
    "written",
    "cover",
    "follow_up",
    "question",
)
# Facts a sentence may need; "kind" or "kind:subtype" of an ask, or a commitment of the owner.
COMMITMENTS = ("revision_rounds", "slot_hold_days", "response_hours", "hourly_rate")
# What a sentence may say: the message's facts, the owner's commitments, an acknowledgement.
# {ask} (the main ask in the client's words) is only ever used inside a blank's hint: it shows
# the owner what to answer and is replaced when they fill the blank, never sent back.
FACT_SLOTS = (
    "what",
    "ask",
    "thing",
    "pending",
    "later",
    "amount",
    "ask2",
    "thing2",
    "ask3",
    "thing3",
    "ask4",
    "thing4",
    "ask5",
    "thing5",
    "extra_ask",
    "charged",
    "paid_sum",
)
# The further asks a reply answers each in its own field: a chat's two, an e-mail's four (round
# 35: most "ask left out" ratings were e-mails of four or more asks).
_FURTHER_MOVES = {
    True: ("second", "third", "fourth"),
    False: ("second", "third", "fourth", "fifth"),
}
SLOTS = (*FACT_SLOTS, *COMMITMENTS, "ack")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sentence(_Strict):
    """One phrasing of one move, usable when its facts are there and nothing forbids it."""

    id: str = Field(pattern=r"^[a-z]{2,3}-[a-z0-9_-]+$")
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
        for quoted in ("{ask}", "{ask2}", "{extra_ask}"):
            if quoted in _BLANK.sub("", self.text):
                raise ValueError(f"{self.id}: {quoted} may only stand inside a blank's hint")
        for slot in _SLOT.findall(self.text):
            if slot not in SLOTS:
                raise ValueError(f"{self.id}: unknown slot {{{slot}}}")
        return self


_Conditions = tuple[str, frozenset[str], str, frozenset[str], frozenset[str], frozenset[str]]


class PhraseBook(_Strict):
    """A language's greetings and sentences for every move."""

    language: str
    # channel kind ("chat", "email", and "formal" for a formal e-mail) -> (with "{name}", without)
    greeting: dict[str, tuple[str, str]]
    sign_off: str
    ack: tuple[str, ...] = Field(min_length=1)  # short acknowledgements: "קיבלתי", "Got it"
    # Whether an e-mail opens with the acknowledgement too: "Got it, thanks for the message" is
    # a chat's register, too casual in an e-mail (34 reviews of rounds 230-260 said so), where
    # "Thanks for the message." says it.
    ack_in_email: bool = True
    # How a reply names the thing the client wrote about in front of a field ("לגבי {thing}:"):
    # the field alone would not say what it answers.
    # None: the pack's replies name no thing.
    about: str | None = Field(default=None, pattern=r"\{thing\}")
    # How a due date starts as written ("עד", "by"): a deadline said so in the owner's quoted
    # message is one that still runs (``_due_in``), and the spans of times are cut by them.
    when_starts: tuple[str, ...] = ()
    # A regex for the words right before a sum that make it a fee ("a return fee of", "דמי
    # טיפול של"): refused (``fee_refused``), it is no refund's sum.
    fee_before: str = "(?!)"
    # A regex for a fee still to be charged or refused, after it ("will be charged. Absolutely
    # not", "ייגבו"): with ``fee_before``, the fee is no refund's sum.
    fee_refused: str = "(?!)"
    # A regex for the words a time says in small letters ("tonight", "by", "end"): a word the
    # client shouted ("by TONIGHT") is said back in them; any other shouted word of four letters
    # or more is a name ("FRIDAY", "PESACH") and gets one capital; shorter ones ("EOD") stay.
    said_small: str = "(?!)"
    # A regex for the short names a time says with one capital though shouted ("SAT", "WED"):
    # "by SAT 7am" is said back as "by Sat 7am" (round 259: "restates 'SAT 7am' in the
    # client's caps").
    said_title: str = "(?!)"
    # A regex over the words before a time that put it in the past ("the quote you sent in
    # March"): no time a quiet client puts things off to.
    later_skip: str = "(?!)"
    # A regex for a refund of everything paid ("החזר מלא", "full refund"): its sum may be the
    # message's only one, said in another sentence.
    refund_full: str = "(?!)"
    # A regex for words between a refund and a product worked out that make the product
    # something else's total ("…the term was 10 x ₪120 = ₪1,200", "I paid 10 x $80 = $800"):
    # not the refund's sum.
    not_worked_out: str = "(?!)"
    # A regex for a refund whose object is named ("refund of this month's retainer", "החזר על
    # הריטיינר"): a sum elsewhere in the message is not what they want back.
    refund_named: str = "(?!)"
    # A regex for the words right before a sum that make it a balance still owed ("יתרת התשלום
    # של 14,000 ₪", "the remaining $2,300"): held back, it is no refund's sum.
    balance_before: str = "(?!)"
    # A regex for the words right before a sum that make it a thing's value ("הגיטרה שווה 14,000
    # ₪", "a camera worth $3,000"): what the thing is worth, not money paid back.
    worth_before: str = "(?!)"
    # A sum cried out at the result, not at the charge ("1,800 ש״ח בשביל זה??", "$2,400 for THAT"):
    # the words that end such a question, before its marks.
    for_this: str = "(?!)"
    # A regex for deliverables whose handing over is the owner's decision (raw or source
    # files): a reply never promises to send one.
    owner_decides: str = "(?!)"
    # What right after a format asked for sets it against another ("JPG and not RAW", "JPG ולא
    # RAW"): a way of working the owner decides on, not a thing to promise to send (round 96's
    # "I'll send the JPG by [when]").
    contrast_after: str = "(?!)"
    # A regex for a second thing asked in the same request after what is to be sent ("… and let
    # us know how much", "… ותגיד לי כמה"): a promise to send the first answers half of it.
    more_asked: str = "(?!)"
    # A regex for revision rounds talked about ("round five", "עוד סבב", "3 rounds"): "changes"
    # alone ("a few changes for the event") count nothing (round 82: "how many revision rounds"
    # to a caterer's changes).
    rounds_named: str = "(?!)"
    # A regex for a refund the client is owed already ("still waiting for my refund", "מחכה
    # לזיכוי", "you promised a refund"): its line asks when it arrives, not what can be offered
    # (rounds 106 and 109: "what can be offered" haggles over money already promised).
    refund_owed: str = "(?!)"
    # A regex for a refund demanded in full ("אני דורש החזר מלא של 237 ש"ח", "I want ALL my money
    # back"): its line asks whether it is refunded in full, and when, not "what you can offer",
    # which invites a partial offer (round 128's edits).
    full_refund: str = "(?!)"
    # A regex for work or files lost by the owner's doing ("פירמטתם את המחשב", "you formatted
    # his laptop"): no "what" is said back, so what is gone is never promised back ("את הקבצים
    # אשלח עד […]", round 145's harmful reply).
    lost_data: str = "(?!)"
    # A regex for a charge taken twice ("ירדו לי מהכרטיס פעמיים 640 ש״ח", "you charged me
    # twice"): the second one goes back whole, never "what can be offered" (round 144).
    charged_twice: str = "(?!)"
    # A regex for a put-off asked about as possibly too late ("or is it too late?"): whether it
    # can wait is the owner's to say, never agreed to beside the question (round 132).
    too_late_asked: str = "(?!)"
    # A regex for the words right before a sum the client paid ("I paid for the premium package
    # (₪1,650)"): a full refund's sum, not another sum of its sentence (round 121: "About the
    # refund (₪640)", the vet bill to be covered).
    paid_before: str = "(?!)"
    # A regex for the words right before a bill's sum ("the vet bill (₪640)"), at the end.
    bill_before: str = "(?!)"
    # A regex for a payer other than the business ("Harel", "Migdal", "קופת חולים", "my
    # insurance"): a refund in a sentence naming one is the client's claim there, not money
    # the owner owes (round 111: "לגבי ההחזר: [מה אפשר להציע]" for an insurer's reimbursement).
    insurer: str = "(?!)"
    # A regex for the words that make a time in the owner's quoted message a due date ("צריך
    # לחזור לשיעור קבוע כבר בשבוע הבא", "we need the forms by…"): a put-off is weighed against it.
    due_words: str = "(?!)"
    # A regex for an offer's validity in the owner's quoted message ("בתוקף ל-30 יום", "valid for
    # 14 days"): it lapses, so a put-off is weighed against it.
    validity: str = "(?!)"
    # A regex for the client's own payment that is due or late ("יתרת התשלום … הייתה אמורה
    # לעבור", "the balance was due"): a put-off of it is the owner's to weigh, never "no problem"
    # (round 118's harmful reply to a balance six weeks late).
    payment_due: str = "(?!)"
    # Regexes for the client putting off their own payment: a verb of paying ("אעביר", "I'll
    # pay"), the money or the bill named ("את ה-320", "the balance"), and "I'll sort it" said
    # of a payment the message talks about ("אני אסדר את זה בקרוב"): never "no problem" (round
    # 140's and 142's edits: a balance owed put off and agreed to).
    pay_verbs: str = "(?!)"
    pay_moves: str = "(?!)"
    pay_nouns: str = "(?!)"
    sum_named: str = "(?!)"
    settle_it: str = "(?!)"
    # A regex for talking "it" over ("let's talk about it", "נדבר על זה"): a payment put off
    # only right after a payment told unpaid ("I haven't sent it yet").
    talk_it: str = "(?!)"
    # A regex for a payment not yet made ("I haven't done the deposit yet", "עוד לא העברתי",
    # "תקוע"): in the two sentences before a talk put off, with a payment named there.
    not_yet: str = "(?!)"
    paid_already: str = "(?!)"
    # Money named as unpaid ("המקדמות שלא שולמו", "the unpaid March invoice"): any put-off in
    # the message puts off paying it (round 165: "אין בעיה" to advances unpaid until January).
    unpaid_words: str = "(?!)"
    # Who pays on the client's side ("our finance team", "הנהלת החשבונות"): a put-off said of
    # them, in a message about a sum owed, puts off the payment (round 146's harmful "no problem"
    # to a balance three reminders late).
    payer_words: str = "(?!)"
    # A regex for the client's own event on a date ("האירוע עדיין ב-3 לחודש הבא", "camp starts on
    # July 7"): a put-off of what it needs is weighed against it (round 121: "אין בעיה" twice).
    event_date: str = "(?!)"
    # A regex for words in the client's own clause that make a time something else's due date
    # ("the trio's hold ends Friday", "המלון ביקש עד ה-20"): a put-off is weighed against it.
    due_by: str = "(?!)"
    # A regex for the words that say what follows if a date is missed ("אחרת", "Otherwise"),
    # opening the next sentence or after the date in its own: a condition, not said back as agreed
    # ("…עד יום ראשון ב-9:00, אחרת התביעה נדחית"; "…עד יום ראשון, או פיצוי מלא. אחרת הפנייה
    # הבאה תהיה דרך עורך הדין שלי").
    otherwise: str = "(?!)"
    # A regex for a put-off offered on the owner's leave without a question ("…next week, if
    # that's still ok with you"): whether waiting works is the owner's to say.
    leave_if: str = "(?!)"
    # A regex for the words that join one demand to the next inside a sentence (", and",
    # "וגם"): a main ask of several demands is answered whole, not by one of its items.
    list_joins: str = "(?!)"
    # A regex for what separates the parts of a listed demand (commas, "and", "וגם"): the part
    # that asks the refund is left out of the demand's field beside the refund's own line.
    demand_parts: str = "(?!)"
    # A regex for a part after the refund that states rather than asks ("I've already spoken to
    # a friend who is a lawyer", "it's a chargeback"): no demand of its own.
    not_a_demand: str = "(?!)"
    # A regex for things that run on someone else's clock (a VAT report, a court filing, a
    # permit): a put-off beside one is the owner's to allow, not agreed to.
    outside_clock: str = "(?!)"
    # A regex for the words before a date that was due and has passed ("היה צריך עד ה-20", "was
    # due by the 20th"): the owner decides whether a put-off is fine.
    missed_before: str = "(?!)"
    # Regexes for a deliverable the client calls their own, before it ("my draft") or after it
    # ("הטיוטה שלי"): what the client sends, not what the owner will ("I'll send the draft").
    client_own_before: str = "(?!)"
    client_own_after: str = "(?!)"
    # A regex for the language's words of apology ("sorry", "מצטער"): a message with any of them
    # gets no stock sorry from the reply.
    apology_words: str = "(?!)"
    # A regex for the client's telling of what went wrong: a no-show, a long wait, damage, a
    # job left undone ("לא הגיע", "נשבר", "we waited 45 min", "still black"). A conflictual or
    # heated message with one is a complaint: the reply may open with a sorry.
    complaint_words: str = "(?!)"
    # A danger in the client's telling (sparks, a gas smell, smoke): a put-off is never simply
    # agreed to; what to do meanwhile for safety is the owner's to say (round 90's harmful reply).
    hazard_words: str = "(?!)"
    # Something broken that cannot wait for the people living with it (no hot water, a leak, a
    # flood), told by the client or in the owner's message quoted under the reply: a put-off is
    # not simply agreed to (round 94's harmful "Picking this up in April is fine by me" to a
    # landlord whose tenants had no hot water).
    urgent_words: str = "(?!)"
    # The client's own delivery before the time put off to ("I'll dig them out, hopefully next
    # week", "אשלח בשבוע הבא"): the time is agreed to for what they send, not as a talk put off
    # ("let's talk again then" misread it, round 98 and 99's reviews).
    client_sends: str = "(?!)"
    # A regex for a charge the client never agreed to ("never approved", "nobody asked me",
    # "לא סוכם", "line by line"): with payment held back and nothing gone wrong in the work, a
    # billing dispute.
    unagreed_charge: str = "(?!)"
    # A regex for words that point back to what was asked ("את זה", "it"): a clause with them
    # in an answered ask's sentence says that ask again ("אני צריך את זה ביום שני").
    refers_back: str = "(?!)"
    # A regex for the words that open a clause hedging a put-off further ("maybe once we're
    # settled", "אולי אחרי החגים"), matched at the clause's start: a question of such clauses
    # asks the put-off itself.
    hedge: str = "(?!)"
    # A regex for the words right before a thing that make it no topic of the message: a
    # comparison ("like the new Zara campaign", "כמו ב…"), a place or audience ("מול האורחים",
    # "in front of the guests"). Matched against the text just before the thing, so it ends
    # with "$".
    not_the_topic: str = "(?!)"
    # Regexes for a question of how to pay ("can I pay on paybox", "אפשר בביט?") and for the
    # word for a deposit ("deposit", "מקדמה"): a deposit asked about is answered with how to pay
    # it, and how to pay gets a field of its own (round 54: three such questions left out).
    pay_how: str = "(?!)"
    # A regex for a payment the client tells of sending now, or asks to have confirmed ("מעבירה
    # עכשיו 1,040 בביט", "תאשרי שקיבלת", "just sent the balance"): whether it arrived is the
    # owner's to say (rounds 295 and 296: "ignores the request to confirm receipt").
    paid_now: str = "(?!)"
    # A regex for an ask about the payment's receipt ("תבדוק שהגיע", "tell me if you got it"):
    # its own field answers whether the payment arrived.
    receipt_asked: str = "(?!)"
    # A regex for talking ("נדבר", "let's talk"): a spell of time beside it ("בעוד שעה") is when
    # to talk, not how long the work takes.
    talk_words: str = "(?!)"
    deposit_words: str = "(?!)"
    # The deposit told as paid ("שילמנו לך 2,500 ₪ מקדמה", "we already paid the deposit"): a
    # question beside it asks no deposit (round 104's harmful "המקדמה: [הסכום, ואיך לשלם אותה]").
    deposit_paid: str = "(?!)"
    # A regex for a formal letter's words ("Dear", "Kind regards", "לכבוד", "בכבוד רב"): an
    # e-mail with them is greeted formally.
    formal_words: str = "(?!)"
    # A regex for the salutation that opens a letter addressed to the owner by a title ("Dear
    # Mr. Ben-Ami,", "Herr Cohen,", "Madame,", "רו"ח כהן,"): the letter is formal ("Hi Bernard"
    # to a "Madame," letter read as far too casual, round 270).
    titled_salutation: str = "(?!)"
    # A regex for where a reason starts with no comma or "because" ("תאשרי עד 14:00 היום אני
    # מתאם עם המובילים", "confirm by 2 we're booking the truck"): a request for the reply
    # before it asks nothing more (round 277: a field for it beside the answers).
    reason_start: str = "(?!)"
    # A regex for one price set against another ("instead of", "במקום"): a short ask with two
    # sums and it talks price ("so ₪612,000 instead of ₪720,000"), not two payments made.
    price_against: str = "(?!)"
    # A regex for a hold asked of the owner ("keep the block on hold", "תשמרו לנו את התאריך"):
    # a put-off beside it is never simply agreed to, and the hold keeps its field.
    hold_asked: str = "(?!)"
    # A regex for a time the owner advised ("you said before week 34", "אמרת שכדאי לפני"): a
    # put-off beside it is the owner's to weigh.
    advised_before: str = "(?!)"
    # A regex for words that tie a sentence to the time just named ("then", "גם אז"): a payment
    # in the sentence after a put-off is put off with it.
    then_words: str = "(?!)"
    # A regex for a new client's first words: a referral or a first contact ("got your number
    # from", "קיבלתי את המספר שלך מ…"): the reply thanks them for getting in touch.
    first_contact: str = "(?!)"
    # A regex for the client's praise of the work or the person ("looks amazing", "you were so
    # patient", "יצא מהמם"): a reply opens by taking it warmly, not with "Got it" (round 60).
    praise_words: str = "(?!)"
    # A regex for the client's own apology for a delay or a fault ("Sorry sorry sorry", "סורי על
    # התשלום"), not a courtesy ("sorry to bother you on a Saturday").
    own_sorry: str = "(?!)"
    # A regex for the service itself failing: late, or a no-show ("showed up 40 minutes late",
    # "הטכנאי לא הגיע").
    service_failed: str = "(?!)"
    # A regex for a warm client's words of affection or heartfelt thanks ("שלום מתוק", "תודה
    # מכל הלב", "thank you so much", "❤️"): a reply opens warmly, not with a bare "Got it".
    warm_words: str = "(?!)"
    # A regex for the words of a request for an answer that ask nothing of their own ("please",
    # "in writing", "both", "בבקשה", "בכתב"): "Please confirm in writing today" only wants the
    # reply.
    reply_filler: str = "(?!)"
    # A regex for the whole first clause of a request that asks only for the reply ("let me
    # know", "תחזרי אליי"): a reason after it ("…, we land Friday so no time") asks nothing.
    reply_head: str = "(?!)"
    # A regex for words that talk price ("price", "discount", "מחיר", "הנחה"): a short further ask
    # in them is answered by the reply's price line.
    price_words: str = "(?!)"
    # A regex for a need that only says why the client needs what is asked ("we really need it
    # for the mortgage", "I need finance approval by EOD", "אני צריכה את זה לשמאי").
    need_context: str = "(?!)"
    # A regex for the whole object of a request for the reply that is what the message asked
    # ("all three", "these conditions", "את הכל"), not a thing of its own ("the time").
    reply_objects: str = "(?!)"
    # A regex for words that bring in another matter ("also", "regarding", "גם", "לגבי").
    also_words: str = "(?!)"
    # A regex for a request that only opens what follows ("I want to clarify a few things").
    preamble: str = "(?!)"
    # A regex for a time that is a target ("ל-2.8", "to the 3rd"), not a time to answer by.
    time_target: str = "(?!)"
    # A regex for a request that only wants the answer in writing ("put it in writing", "בכתב
    # בלבד"): the reply is that answer.
    writing_wanted: str = "(?!)"
    # A regex for words that say "as I said" ("this way", "accordingly", "ככה", "כמו שכתבתי"): a
    # request with them and nothing of its own says the main ask again, and gets no field.
    as_said: str = "(?!)"
    # A regex for a call or meeting the client waives ("No need for a call on my end", "אין צורך
    # בפגישת היכרות"): settled by the client, respected by offering none, and answered by no field.
    waived_call: str = "(?!)"
    # A regex for leave asked to pay "it" later ("can i do it next month?", "אפשר לעשות את זה
    # בחודש הבא?"): a payment put off when the payment is named in the same sentence.
    pay_later_asked: str = "(?!)"
    # A regex for a short question that only asks yes or no to the ask right before it ("Can
    # you do it?", "Is that doable?", "זה אפשרי?"): that ask's field answers it.
    asks_back: str = "(?!)"
    # A regex for words that name a charge made ("you charged us", "billed", "line 4", "חיוב"): a
    # refusal to pay beside one disputes it.
    charge_words: str = "(?!)"
    # A regex for a question that asks the owner's leave to put things off ("is it alright if we
    # leave it until March?", "זה בסדר אם נדחה?"): the owner decides, in a field, where a
    # proposal ("let's pick it up after Pesach?") is agreed to.
    asks_leave: str = "(?!)"
    # A regex for a tag that asks leave at the end of a question ("…, בסדר?", "… soon ok?").
    leave_tag: str = "(?!)"
    # A regex for a talk asked for at the start of a request ("בואי נדבר…", "let's talk…"): the
    # reply's call line answers it.
    talk_asked: str = "(?!)"
    # A regex for a question whether an addition is included or charged ("זה נכנס בחשבון
    # החודשי, נכון?", "על זה לא תחייב נכון?", "that's included, right?"): beside the
    # addition's price line, that line quotes and answers it (rounds 221-228: "asks the same
    # price question twice").
    included_asked: str = "(?!)"
    # A regex for a second thing asked after a first, joined by "and" ("call me and explain",
    # "תתקשר ותסביר"): a line that answers the first does not answer it.
    then_asks: str = "(?!)"
    # Regexes for a wish for an answer asked elsewhere ("I need to know", "צריכה לדעת"), and
    # for the words that make "tell me …" ask something of its own ("what", "מתי"): a wish with
    # nothing of its own gets no field, the reply itself answers it.
    needs_to_know: str = "(?!)"
    asks_what: str = "(?!)"
    # A regex for a quiet client's words of what they still owe or have not done yet ("I haven't
    # looked at", "still owe you", "עוד לא הספקתי לעבור על"): the thing right after is what the
    # reply names ("thanks for letting me know about the contract").
    pending: str = "(?!)"
    # A regex for the time after a put-off's last word when that word opens it ("נדבר אחרי" +
    # " החג", "let's talk after" + " the holidays"), matched right after it: one or two words,
    # ended by the clause or by a word that is no part of the time ("אחרי פסח אני חושב").
    later_rest: str = "(?!)"
    # How the time a quiet client puts things off to may start ("אחרי", "after", "next"): said
    # back when the reply agrees to it ("אחרי הפסח זה בסדר מבחינתי").
    later_starts: tuple[str, ...] = ()
    # The words that open a time put off to but are read apart from the date after them ("אחרי"
    # + "ה-10 לחודש", "after" + "the 10th"): said back with it.
    later_lead: tuple[str, ...] = ()
    # The starts of later_starts that also name a time the client is merely busy or away ("שבוע
    # הבא יש לי ניתוח"): said back only inside what the client asks or puts off ("נדבר שבוע הבא").
    later_asked: tuple[str, ...] = ()
    # What right after a time put off to takes it back or leaves it open ("actually not sure about
    # next week either", "אולי יותר"): the time is not agreed to (round 100).
    later_taken_back: str = "(?!)"
    # A holiday put off to, said in this language, by the holiday's key as the asks give it
    # ("holidays": "after the holidays"): a mixed message's "after the chagim" is agreed to in a
    # Hebrew reply as "אחרי החגים" (round 95).
    after_holiday: dict[str, str] = Field(default_factory=dict)
    # How a time starts that cannot follow the ``about`` frame ("בשבת": "לגבי בשבת").
    time_not_named: tuple[str, ...] = ()
    # Life events a reply must mark before anything else (a death in the family, a wedding or a
    # birth): the name of each, and a regex that finds it. A message that has one holds
    # "occasion" and "occasion:<name>".
    occasions: dict[str, str] = Field(default_factory=dict)
    # A regex for the words just before an occasion's words that make them a likeness ("נראית
    # כמו דודה שלי", "looks like someone"): no occasion (anchored at their end).
    simile: str = "(?!)"
    # The words a reply says to one person, as it says them to a couple greeted together ("שלום
    # ענבל ושגיא … תודה שעדכנתם"): round 130's "תודה שעדכנת" to a couple.
    couple_forms: dict[str, str] = Field(default_factory=dict)
    # What may continue a deadline the ask reader found ("עד מחר" + " ב-9"), as a regex.
    when_continues: str = "(?!)"
    # The client's possessives as the owner says them, by the words they start with ("your
    # quote" is the owner's own: "About the quote:"; "my kitchen" is "your kitchen").
    possessives: dict[str, str] = Field(default_factory=dict)
    # The small words a shouted thing keeps in lower case ("WHERE IS THE GUIDE???" gives "the
    # GUIDE"): with them, the thing is said back in lower case.
    articles: list[str] = Field(default_factory=list)
    # A sum as the reply writes it, by currency code of the ask reader's value ("{n} ₪").
    currencies: dict[str, str] = Field(default_factory=dict)
    sentences: tuple[Sentence, ...]
    _by_move: dict[str, tuple[Sentence, ...]] = PrivateAttr(default_factory=dict)
    # Each sentence's conditions as sets, in book order (id, labels, channel it is barred from
    # in chat, in e-mail, needs, unless, offers): read for every message, so built once.
    _conditions: tuple[_Conditions, ...] = PrivateAttr(default=())

    def fitting(
        self, holds: frozenset[str], refused: frozenset[str], label: str, *, chat: bool
    ) -> frozenset[str]:
        """The ids of the sentences whose conditions this message meets: the label is theirs (or
        they have none), the channel theirs, every need held, no "unless" held, nothing offered
        that the client refused."""
        private = self.__pydantic_private__
        rows = private["_conditions"] if private is not None else self._conditions
        barred = "email" if chat else "chat"
        return frozenset(
            sid
            for sid, labels, channel, needs, unless, offers in rows
            if (not labels or label in labels)
            and channel != barred
            and needs <= holds
            and unless.isdisjoint(holds)
            and offers.isdisjoint(refused)
        )

    def of_move(self, move: str) -> tuple[Sentence, ...]:
        """The sentences of one move, in book order (indexed once: a reply asks for each move)."""
        # Read straight from pydantic's private store: ``self._by_move`` goes through the
        # model's ``__getattr__``, a measurable cost at some 30 look-ups a message.
        private = self.__pydantic_private__
        by_move: dict[str, tuple[Sentence, ...]] = (
            private["_by_move"] if private is not None else self._by_move
        )
        return by_move.get(move, ())

    @model_validator(mode="after")
    def _index(self) -> PhraseBook:
        by_move: dict[str, list[Sentence]] = {}
        for sentence in self.sentences:
            by_move.setdefault(sentence.move, []).append(sentence)
        self._by_move = {move: tuple(found) for move, found in by_move.items()}
        self._conditions = tuple(
            (
                s.id,
                frozenset(s.labels),
                s.channel,
                frozenset(s.needs),
                frozenset(s.unless),
                frozenset(s.offers),
            )
            for s in self.sentences
        )
        return self

    @model_validator(mode="after")
    def _regexes_compile(self) -> PhraseBook:
        """Compile the book's regexes at load: a broken one fails here, not on a message, and
        the compiled, guarded form (:func:`_case_blind`) is cached before the first request (the
        service's warm-up cannot reach every branch that reads them)."""
        # Every field declared as a regex (its default matches nothing), so a field added later
        # is checked too.
        patterns = [
            getattr(self, name)
            for name, field in type(self).model_fields.items()
            if field.default == "(?!)"
        ]
        patterns.extend(self.occasions.values())
        for pattern in patterns:
            try:
                _case_blind(pattern)
            except re.error as exc:
                raise ValueError(f"{self.language}: bad regex {pattern!r}: {exc}") from exc
        return self

    @model_validator(mode="after")
    def _every_move_can_be_said(self) -> PhraseBook:
        for move in ("answer",):
            if not any(s.move == move and not s.needs and not s.labels for s in self.sentences):
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


class Recipe(_Strict):
    """A technique, its seed article, and the moves of a reply in order."""

    technique: str = Field(pattern=r"^[a-z_]+$")
    seed: str = Field(pattern=r"^00[0-4]$")
    moves: tuple[str, ...] = Field(min_length=1)

    @field_validator("moves")
    @classmethod
    def _known_moves(cls, moves: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [m for m in moves if m not in MOVES]
        if unknown:
            raise ValueError(f"unknown move(s) {unknown}")
        return moves


@lru_cache(maxsize=1)
def load_recipes() -> dict[str, tuple[Recipe, ...]]:
    """The recipes of every client type (``resources/recipes.yaml``), checked against the vocabulary."""
    text = resources.files("classifier.resources").joinpath("recipes.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    recipes = {
        str(kind): tuple(Recipe.model_validate(r) for r in listed) for kind, listed in data.items()
    }
    missing = [kind for kind in (*LABELS, "neutral", "follow_up") if not recipes.get(kind)]
    if missing:
        raise ValueError(f"recipes.yaml: no recipes for {missing}")
    return recipes


# Deliverables a client names more often to dispute them than to ask for them: a reply never
# promises to send one of these on the strength of the name alone.
_DISPUTED = ("invoice", "revision")
# What a refusal rules out: sentences offering these are not used.
_REFUSED = {
    "no_call": ("call",),
    "no_meeting": ("meeting", "call"),
    "only_email": ("call", "meeting", "chat"),
    "no_apologies": ("apology",),
    # A sorry is no excuse: "dont give me traffic excuses" still wants one (round 39).
    "no_excuses": ("excuse",),
    # "על תוספת אני לא יכול לדבר עכשיו, אחרי השבעה נדבר" (round 171's harmful price line)
    "no_price_talk": ("price",),
    "no_more_messages": ("follow_up",),
    "no_check_in": ("follow_up",),
}
# The money asks a reply answers with a line of its own ("About the refund: […]"), and the
# verbs of an ask that is about the money itself ("אני מבקש החזר"), not new work with a price
# question ("can you start doing my inbox on sundays too, same rate ok?").
_MONEY_LINES = frozenset({"refund", "discount", "same_price", "free"})
# "תעשה לי מחיר", "can you do a better price": the verb of a price asked down (round 51).
# "please keep the same price, 180 per lesson": the price kept is the ask (round 161: a field
# beside "About the price").
_MONEY_VERBS = frozenset({None, "return", "give", "get", "do", "keep"})
_PRICE_DOWN = frozenset({"discount", "refund"})
# A further ask that only talks price ("don't tell me 450", "give me a closed price"), and what
# the line that answers it answers ("About the price: [what it includes…]"); an addition's price
# line is about the addition.
_PRICE_TALK = frozenset({"amount", "discount", "same_price", "free"})
_PRICE_TALKED = "price_talked"
_PRICE_CONFIRMED = "price_confirmed"  # whether the price stays, asked
_PRICE_VERBS = _MONEY_VERBS | {"tell"}
_PRICE_TALK_WORDS = 5
_PRICE_PAIR_WORDS = 12
_SUM_PROPOSED = frozenset({"do", "give"})  # "can we do ₪250", "תעשה לי 400"
_SUM_PROPOSED_WORDS = 8
_PRICE_DOWN_ASKED = frozenset({"money:discount", "money:free"})
_PRICE_LINES = frozenset({"money:discount", "question:how_much"})
_OPENING_GAP = 12  # "בנוסף, ההנהלה " before "רוצה להוסיף"
_DELIVERY_VERBS = frozenset({"send", "tell", "confirm", "reply"})
_ADDED_AT_NO_COST = frozenset({"money:same_price", "money:free"})
CHAT_CHARS = 300  # a chat reply is a few lines
EMAIL_CHARS = 900


@dataclass(frozen=True, slots=True)
class Facts:
    """What a reply can carry: the message's asks, reduced to slots and the facts that hold."""

    holds: frozenset[str]
    slots: dict[str, str]
    refused: frozenset[str]
    main: str | None  # the main ask's kind
    # What answers the main ask: its kind, and the kinds of the asks inside its words (a
    # question "נדבר אחרי החגים?" is answered by answering the postponement in it), most
    # specific first.
    main_kinds: tuple[str, ...] = ()
    # Each further ask's slot ("ask2") and the money asks inside its words ("money:refund"), or
    # the call it asks for ("channel:call"): a reply whose own line answers them gives it no
    # second field.
    further_money: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # The further asks (0 for "ask2") in the order a short reply takes them (:func:`_by_variety`).
    further_order: tuple[int, ...] = ()

    @staticmethod
    def of(
        asks: Asks,
        terms: Terms,
        *,
        source: str,
        pack: LanguagePack,
        label: str,
        found_cues: Sequence[str] | None = None,
        book: PhraseBook | None = None,
        quoted: str = "",
    ) -> Facts:
        # The asks were read in the first MAX_CHARS characters; past them nothing is answered,
        # and scanning 100 KB per put-off stalled the reply (the session's review: 4-5 s)
        source = source[:MAX_CHARS]
        returns = _client_returns(asks, label, source)
        holds: set[str] = set()
        for ask in asks.items:
            holds.update({ask.kind.value, f"{ask.kind.value}:{ask.subtype}"})
            if ask.kind is AskKind.REFUSAL and ask.value:
                # what is refused for what: "רק בכתב פה" asks for writing, not for e-mail
                holds.add(f"{ask.kind.value}:{ask.subtype}:{ask.value}")
        slots: dict[str, str] = {}
        main = asks.main
        if main is not None and (
            (len(_clause(main.text).split()) <= _WISH_WORDS and _wants_the_reply(main, asks))
            or _preamble(main)
        ):
            # "Put it in writing" after a disputed invoice wants the reply, not an answer of its
            # own: the main ask is what the reply is about (round 109: "The first thing I'll take
            # care of: [… answering "Put it in writing"]"). A longer one names what it wants
            # ("אני צריך אישור קיום ביטוחים עד מחר בבוקר, יש לי הגשה…", round 116).
            main = Asks(tuple(a for a in asks.items if a is not main)).main or main
        scanned = _Scanned.of(source)
        refunds = [a for a in asks.of(AskKind.MONEY) if a.subtype == "refund"]
        refund_threatened = _refund_threatened(refunds, asks, source)

        def first(kind: AskKind) -> Ask | None:
            found = asks.of(kind)
            return found[0] if found else None

        # Only a thing the main request asks for: a thing merely mentioned ("the quote you sent")
        # is never offered again.
        inside: tuple[Ask, ...] = ()
        if main is not None and main.kind == AskKind.REQUEST:
            inside = asks.within(main) + tuple(  # and the thing named just before it
                a for a in asks.items if 0 <= main.start - a.end <= 2
            )
        deliverable = next((a for a in inside if a.kind == AskKind.DELIVERABLE), None)
        if deliverable is not None and deliverable.subtype in _DISPUTED:
            deliverable = None  # "the invoice", "the revisions" are mostly what a client disputes
        if deliverable is not None and main is not None and main.value not in _SENDING:
            # "Let's do 80, exactly like the sketch": the sketch is the model, not what to send.
            deliverable = None
        if (
            deliverable is not None
            and book is not None
            and (
                _case_blind(book.client_own_before)[0].search(
                    source[max(0, deliverable.start - 12) : deliverable.start]
                )
                or _case_blind(book.client_own_after)[0].match(
                    source[deliverable.end : deliverable.end + 24]
                )
            )
        ):
            # "על בסיס הטיוטה שלי": the client's own draft (round 35); "תדפיס את הקובץ
            # ששלחתי": the file the client sent, to print, not the owner's to send (round 52).
            deliverable = None
        if (
            deliverable is not None
            and book is not None
            and main is not None
            and _case_blind(book.more_asked)[0].search(source[deliverable.end : main.end])
        ):
            # "Just send over the contract and let us know how much the deposit is and where to
            # transfer it": "I'll send the contract by […]" answers half (round 76); the main
            # ask's own field quotes all of it.
            deliverable = None
        if deliverable is not None and pack.object_phrase is not None:
            what = _clause(pack.object_phrase(source, deliverable.start, deliverable.end))
            if (
                source[deliverable.start : deliverable.end] == deliverable.text
                and _reads_cleanly(what, pack)
                # Raw or source files are the owner's to give or not (round 27: "I'll send the
                # raw by [when]" promised what many studios do not hand over).
                and (book is None or not _case_blind(book.owner_decides)[0].search(what))
                # …nor files the ask itself calls raw ("תשלח לי את כל קבצי הRAW": "את הקבצים
                # אשלח עד […]" promised them, round 154's harmful reply), nor what is gone
                # by the owner's doing ("פירמטתם את המחשב": never promised back, round 145's)
                and (
                    book is None
                    or main is None
                    or not _case_blind(book.owner_decides)[0].search(main.text)
                )
                and not _in_any_pack(lambda b: b.lost_data, scanned)
                and (
                    book is None
                    or not _case_blind(book.contrast_after)[0].match(
                        source[deliverable.end : deliverable.end + 24]
                    )
                )
            ):
                slots["what"] = _as_the_owner_says(what, book)
        candidates = _thing_candidates(asks, source, pack, book)
        thing = _thing(asks, source, pack, main, candidates)
        thing = _as_the_owner_says(thing, book) if thing is not None else None
        if thing is not None and thing != slots.get("what"):
            slots["thing"] = thing
        elif thing is None and label == "dormant" and book is not None:
            # What a quiet client still owes: "thanks for letting me know about the contract".
            pending = _thing_after(book.pending, source, candidates, pack)
            if pending is not None:
                slots["pending"] = _as_the_owner_says(pending, book)
        if book is not None:
            deadlines = {a.start: a for a in asks.of(AskKind.DEADLINE)}
            times = {
                "later": _later(asks, book, pack, source, deadlines),
            }
            if "thing" not in slots:
                times["thing"] = _time_asked(asks, main, book, pack, source, deadlines)
            slots.update({name: said for name, said in times.items() if said is not None})
            amount = _amount(asks, book, source)
            if amount is not None:
                slots["amount"] = amount
            charged = _charged(asks, book)
            if charged is not None:
                holds.add("charge_disputed")
                slots["charged"] = charged
            elif (
                asks.has(AskKind.THREAT, "withhold")
                and _in_any_pack(lambda b: b.unagreed_charge, scanned)
                and not _in_any_pack(lambda b: b.complaint_words, scanned)
                # a charge to dispute: a sum or an invoice ("I'm not paying for 'alternatives' I
                # didn't ask for" refuses future work, round 294's harmful "the amount came as a
                # surprise")
                and (
                    asks.has(AskKind.MONEY)
                    or asks.has(AskKind.DELIVERABLE, "invoice")
                    or _in_any_pack(lambda b: b.charge_words, scanned)
                )
            ):
                # An invoice's lines disputed and its payment held back, the work itself not
                # faulted (round 74: "I'm sorry about what happened" to a CFO querying line 4).
                holds.add("charge_disputed")
            if (
                slots.get("later")
                and main is not None
                and main.kind is AskKind.REQUEST
                and any(d.kind is AskKind.DELIVERABLE for d in asks.within(main))
                and any(
                    d.kind is AskKind.DEADLINE
                    and (
                        d.value in _WITHIN_A_DAY
                        or re.fullmatch(r"(?:within|in)-(?:\d+|few)-hours?", str(d.value or ""))
                    )
                    for d in asks.within(main)
                )
            ):
                # A thing asked for within a day ("my director needs a quote by tomorrow 12:00
                # … will confirm the rest next week", "send a quote by EOD"): the reply answers
                # it, and does not agree to the put-off instead (round 288, once the need was
                # read); a session pushed from tomorrow, with no thing to hand over, is the
                # put-off itself.
                del slots["later"]
            put_off = (slots.get("later") or "").lower()
            # the client puts something off, said with a time or not
            deferring = bool(put_off) or asks.has(AskKind.POSTPONE)
            if deferring and (
                (quoted and _due_in(quoted))
                or _in_any_pack(lambda b: b.payment_due, scanned)
                or _in_any_pack(lambda b: b.event_date, scanned)
            ):
                # The owner's own reminder under the client's reply ("הגלריה פתוחה עד סוף החודש")
                # still runs: whether waiting works is the owner's to say (round 69's harmful
                # "אחרי פסח זה בסדר מבחינתי").
                holds.add("other_deadline")
            if deferring and _pays_later(asks, source, slots.get("later"), scanned):
                holds.update(("other_deadline", "pay_put_off"))
            if deferring and (
                _in_any_pack(lambda b: b.urgent_words, scanned)
                or (quoted and _in_any_pack(lambda b: b.urgent_words, _Scanned.of(quoted)))
            ):
                holds.add("other_deadline")
            if put_off and _sends_by(source, slots.get("later") or ""):
                holds.add("client_sends")
            if put_off and any(
                d.text.lower() not in put_off
                and put_off not in d.text.lower()
                and _any_book_finds(lambda b: b.due_by, _clause_around(source, d.start))
                for d in deadlines.values()
            ):
                # A date something else is due by, in the client's own words ("I know you said
                # the trio's hold ends Friday", "המלון ביקש עד ה-20"): waiting past it is the
                # owner's to weigh (round 127's two harmful "later is fine by me").
                holds.add("other_deadline")
            if deferring and _in_any_pack(lambda b: b.hold_asked, scanned):
                # A hold asked of the owner ("keep the Dead Sea hotel block on hold meanwhile"):
                # whether to hold is the owner's to say, in the ask's own field, never "No
                # problem … I'll wait to hear from you" (round 282's two harmful replies).
                holds.add("hold_asked")
            if deferring and _in_any_pack(lambda b: b.advised_before, scanned):
                # A time the owner advised, let pass ("אמרת שכדאי לפני שבוע 34 ואני כבר ב-35"):
                # whether waiting works is the owner's to say (round 281's harmful "אין בעיה").
                holds.add("other_deadline")
            if put_off and _in_any_pack(lambda b: b.outside_clock, scanned):
                # "…the expense invoices for the VAT report: I'll sit on it after Sukkot": the
                # report's date is not the client's to move (round 40).
                holds.add("other_deadline")
            if put_off and any(
                d.text.lower() not in put_off
                and put_off not in d.text.lower()
                and (
                    _said_before(book.missed_before, source, d.start)  # "היה צריך עד ה-20"
                    or (
                        re.fullmatch(r"(?:within|in)-\d+-days?", str(d.value or "")) is not None
                        and not _said_before(book.later_skip, source, d.start)
                    )
                )
                for d in deadlines.values()
            ):
                # A clock still runs beside the put-off ("a letter from the tax office, something
                # like 30 days"): the owner decides whether waiting is fine (round 34's harmful
                # "After Pesach is fine by me").
                holds.add("other_deadline")
        fielded: list[Ask] = []  # what the fields answer: the main and further requests, questions
        if main is not None:
            if main.kind in (AskKind.REQUEST, AskKind.QUESTION):
                fielded.append(main)
            holds.add("main:" + main.kind.value)
            # What the main ask itself is: another question's kind ("…באותו מחיר בסדר?") does not
            # make a "what" question a yes/no one (round 35).
            holds.add(f"main_is:{main.kind.value}:{main.subtype}")
            later = slots.get("later")
            if later and later.lower() in main.text.lower():  # "maybe next week?" asks the time
                holds.add("main_has:postpone")
            slots["ask"] = _quote(main.text)
            if main.kind is AskKind.REQUEST and _any_book_finds(lambda b: b.as_said, main.text):
                # "Please just draft it that way": the owner's "I'll send the draft by […]" would
                # agree to the client's way unweighed (round 135's harmful reply to a buyer
                # waiving the inspection and the trust account)
                holds.add("main_as_said")
            # A put-off's time counts as said back only where a sentence may say it ("Picking
            # this up next week is fine by me"): else the ask that holds it keeps its field
            # (round 84: "אני צריכה הכל באוויר עד יום חמישי" was left out).
            said = (
                [slots["later"]]
                if "later" in slots and (book is None or _sayable_slot(book, "later", holds, label))
                else []
            )
            further_money: dict[str, frozenset[str]] = {}
            if (
                main.kind is AskKind.QUESTION
                and _any_book_finds(lambda b: b.leave_tag, main.text)
                and _leave_for_put_off(main, asks, source, pack, waits=True)
            ):
                # "אחזור אלייך כשיירגע קצת, בסדר?": the main question only asks leave for the
                # put-off, which the line that waits answers (round 205: a yes/no field beside
                # "אין בעיה" said it twice); "is it urgent?", "no rush right?" still get the
                # owner's answer
                holds.add("put_off_leave")
            furthers = _further(
                asks,
                main,
                source,
                pack,
                said=said,
                refers_back=book.refers_back if book is not None else "(?!)",
                # the reply agrees to wait only with the client's return ("I'll wait to hear from
                # you"), or with a time to wait for when the main ask is no question (the later
                # line is not said beside one), and no threat or jab (round 182: "Let's catch up
                # when things calm down" lost its field, and no line waited)
                waits=label == "dormant"
                and (returns or (bool(slots.get("later")) and main.kind is not AskKind.QUESTION))
                and not (asks.has(AskKind.THREAT) or asks.has(AskKind.SARCASM))
                and not holds & {"other_deadline", "pay_put_off", "hold_asked"},
            )
            furthers = _capped(furthers, asks, _FURTHER_LIMIT)
            if refund_threatened:
                # …nor is the refund asked in the ultimatum's words a field of its own
                furthers = [
                    f
                    for f in furthers
                    if not any(
                        a.kind is AskKind.MONEY and a.subtype == "refund"
                        for a in (f, *asks.within(f))
                    )
                ]
            further_order = tuple(furthers.index(a) for a in _by_variety(furthers))
            fielded += furthers
            for n, further in enumerate(furthers, start=2):
                slots[f"ask{n}"] = _quote(further.text)
                money = frozenset(
                    f"{a.kind.value}:{a.subtype}"
                    for a in asks.within(further)
                    if a.kind is AskKind.MONEY and a.subtype in _MONEY_LINES
                )
                if any(
                    a.kind is AskKind.QUESTION and a.subtype == "how_much"
                    for a in (further, *asks.within(further))
                ):
                    # "כמה מקדמה צריך", "תגיד בערך כמה זה יוצא": the reply's price or deposit
                    # line answers it (rounds 54 and 63)
                    money |= {"question:how_much"}
                if money and all(
                    a.kind is not AskKind.REQUEST
                    or a.value in _MONEY_VERBS
                    or (a.value in ("tell", "send") and money == {"question:how_much"})
                    # "and please add a story version at the same price": the price line ("what
                    # it includes, and what would cost extra") answers both (round 60's fixes).
                    or (a.value == "add" and money <= _ADDED_AT_NO_COST)
                    for a in (further, *asks.within(further))
                ):
                    further_money[f"ask{n}"] = money
                priced = (further, *asks.within(further))
                # a sum proposed for the work ("can we do ₪250 total for both", "תעשה לי 400"):
                # the price asked down again, which a price line answers (rounds 333-336: "asks
                # about the price twice")
                proposed = any(
                    a.kind is AskKind.REQUEST
                    and a.value in _SUM_PROPOSED
                    and len(_clause(a.text).split()) <= _SUM_PROPOSED_WORDS
                    and any(
                        m.kind is AskKind.MONEY and m.subtype == "amount" for m in asks.within(a)
                    )
                    for a in priced
                )
                sums = sum(a.kind is AskKind.MONEY and a.subtype == "amount" for a in priced)
                how_much = any(
                    a.kind is AskKind.QUESTION and a.subtype == "how_much" for a in priced
                )
                if (
                    how_much
                    # short, the price is all it talks about: "Could you do ₪4,200", "תן מחיר
                    # סגור הכל כולל"; "שירות 24/7 כולל שבתות וחגים באותו מחיר" asks a service
                    or (
                        len(_clause(further.text).split()) <= _PRICE_TALK_WORDS
                        and (
                            any(
                                a.kind is AskKind.MONEY and a.subtype in _PRICE_TALK for a in priced
                            )
                            or _any_book_finds(lambda b: b.price_words, further.text)
                        )
                    )
                    # a price named against another ("so ₪612,000 instead of ₪720,000", round
                    # 276: the price asked twice)
                    or (
                        len(_clause(further.text).split()) <= _PRICE_PAIR_WORDS
                        and sums >= 2
                        and _any_book_finds(lambda b: b.price_against, further.text)
                    )
                    or proposed
                ) and not (
                    # "How much is the island?" asks the price of something else
                    _names_a_thing(further.text, pack)
                    or any(a.kind in (AskKind.DEADLINE, AskKind.DELIVERABLE) for a in priced)
                    or _joins_demands(further.text)
                    # "שהפיקדון על הארגזים (400 ₪) יחזור אליי": money owed back, no price
                    or any(a.kind is AskKind.MONEY and a.subtype == "refund" for a in priced)
                    or _any_book_finds(lambda b: b.deposit_words, further.text)
                    # "so please send with the fast shipping, but for the price of the normal
                    # one": the shipping is asked too
                    or any(
                        a.kind is AskKind.REQUEST and a.value not in _PRICE_VERBS for a in priced
                    )
                ):
                    # "ואל תגיד לי 450 דולר", "תן מחיר סגור הכל כולל": the price talked about
                    # again, which the reply's price line answers (rounds 257-259: "the price is
                    # asked twice")
                    further_money[f"ask{n}"] = (
                        further_money.get(f"ask{n}", frozenset())
                        | {_PRICE_TALKED}
                        | ({f"{a.kind.value}:{a.subtype}" for a in priced} & _PRICE_DOWN_ASKED)
                        # "אותו מחיר כן?", "same price as always yeah?", "כמה זה עולה עוד בן
                        # אדם?": whether the price stays or what the addition costs, with no sum
                        # proposed or weighed ("וכמה זה יעלה כי 600 ש״ח… זה הרבה" asks the work's
                        # own price down), nor a payment's receipt or way ("did u get my 400$?")
                        | (
                            {_PRICE_CONFIRMED}
                            if _confirms_the_price(further, priced, sums, how_much) and not proposed
                            else set()
                        )
                    )
                if (
                    # "call me now", and "בואי נדבר כשהעניינים ירגעו" (a talk asked, round 142)
                    (
                        further.value == "call"
                        or _any_book_finds(lambda b: b.talk_asked, further.text)
                    )
                    and asks.has(AskKind.CHANNEL, "call")
                    # "Call me now and explain how this happened" asks an explanation too
                    and not _joins_demands(further.text)
                    and not _any_book_finds(lambda b: b.then_asks, further.text)
                ):
                    # "תתקשרי אליי עכשיו": the reply's call line, when it has one, answers it
                    # (round 140: a field beside "אפשר לדבר ב-[…]")
                    further_money[f"ask{n}"] = further_money.get(f"ask{n}", frozenset()) | {
                        "channel:call"
                    }
                # …and an addition's opening word just before it in its sentence ("בנוסף,
                # ההנהלה רוצה להוסיף 8 עמודי צבע", round 71: the addition's line beside a field
                # for the same request)
                opening = _sentence(source, further.start)[0]
                further_inner = (
                    further,
                    *asks.within(further),
                    *(
                        a
                        for a in asks.of(AskKind.DELIVERABLE)
                        if a.subtype == "extra_item"
                        and opening <= a.start
                        and a.end <= further.start
                        and further.start - a.end <= _OPENING_GAP
                    ),
                )
                if (
                    "extra_ask" not in slots
                    and any(
                        a.kind is AskKind.DELIVERABLE and a.subtype == "extra_item"
                        for a in further_inner
                    )
                    # "ועוד משהו, אפשר 20% הנחה?": a price asked down after "one more thing";
                    # "also need the retouched files", "also need the invoice in English": the
                    # work's own documents, no addition.
                    # "ועוד משהו, תוכל לשלוח לי עד מחר תפריט מעודכן": sending is delivery
                    and further.value not in _DELIVERY_VERBS
                    and not any(
                        (a.kind is AskKind.MONEY and a.subtype in _PRICE_DOWN)
                        or (a.kind is AskKind.DELIVERABLE and a.subtype in _NAMED_DELIVERABLES)
                        for a in further_inner
                    )
                ):
                    # The addition asked in a sentence of its own ("please also prepare an
                    # Arabic version"): the addition's price line quotes it and answers it, not
                    # a second field beside it (round 65: "both answer the Arabic version").
                    slots["extra_ask"] = _quote(further.text)
                    further_money[f"ask{n}"] = further_money.get(f"ask{n}", frozenset()) | {
                        "deliverable:extra_item"
                    }
                thing_n = _thing(asks, source, pack, further, candidates, within_only=True)
                named = [slots.get(f"thing{k}") for k in ("", 2, 3, 4)]
                if thing_n is not None and thing_n not in named:
                    slots[f"thing{n}"] = _as_the_owner_says(thing_n, book)
            if "extra_ask" not in slots and asks.has(AskKind.DELIVERABLE, "extra_item"):
                # "…ברור שזה נכנס בחשבון החודשי שלנו, נכון?" after "עוד משהו קטן": whether the
                # addition is charged is the addition's price line, which quotes it (rounds
                # 221-228: "asks the same price question twice"), unless the line already
                # quotes the addition asked for.
                asked = next(
                    (
                        n
                        for n, further in enumerate(furthers, start=2)
                        # asked or requested: "ואם אפשר שזה ייכנס במחיר של החבילה", "if there's
                        # an evening charge tell me how much" (round 253: two price fields)
                        if further.kind in (AskKind.QUESTION, AskKind.REQUEST)
                        and _any_book_finds(lambda b: b.included_asked, further.text)
                    ),
                    None,
                )
                if asked is not None:
                    slots["extra_ask"] = slots[f"ask{asked}"]
                    further_money[f"ask{asked}"] = further_money.get(f"ask{asked}", frozenset()) | {
                        "deliverable:extra_item"
                    }
        for name in FACT_SLOTS:
            if name in slots:
                holds.add("slot:" + name)
        for name in COMMITMENTS:
            value = terms.commitments.get(name)
            if value not in (None, ""):
                holds.add(name)
                slots[name] = str(value)
        refusals = asks.of(AskKind.REFUSAL)
        refused = {offer for ask in refusals for offer in _REFUSED.get(ask.subtype, ())}
        quoted_refused = [
            channel
            for channel in asks.of(AskKind.CHANNEL)
            if any(
                r.start <= channel.start
                and channel.end <= r.end
                and _QUOTE_OPEN.search(source, r.start, channel.start + 1) is not None
                for r in refusals
            )
        ]
        if quoted_refused and all(
            c in quoted_refused for c in asks.of(AskKind.CHANNEL) if c.subtype in _CALLS
        ):
            # 'And don't send me another "let's hop on a call"': a call quoted inside what is
            # refused, whatever the refusal was read as (round 297's harmful "Happy to talk at");
            # not when a call is asked elsewhere ("…your PM should call me by 5pm").
            refused.update(_QUOTED_OFFER.get(c.subtype, c.subtype) for c in quoted_refused)
        # In either language: "עברתי!!!! 🎉 Seriously couldn't have done it without you" is
        # answered in English and is still a test passed (round 43's messages).
        for each in packs():
            occasions_book = load_phrase_book(each)
            for occasion, pattern in occasions_book.occasions.items():
                if scanned.finds(pattern, simile=occasions_book.simile):
                    holds.update({"occasion", f"occasion:{occasion}"})
        if book is not None and _pay_how_unasked(asks, source, book):
            holds.add("pay_how")
        paid = _paid_now(source, book) if book is not None else None
        # …unless a field already answers it: the words are in an ask ("העברתי עכשיו 500 מקדמה
        # בביט, תאשרי שקיבלת" as the main ask), or an ask is about the receipt ("תבדוק שהגיע")
        if (
            paid is not None
            and book is not None
            and not any(a.start < paid[0][1] and paid[0][0] < a.end for a in fielded)
            and not any(_any_book_finds(lambda b: b.receipt_asked, a.text) for a in fielded)
        ):
            holds.add("paid_now")
            (said_from, said_to), (_, told_to) = paid
            # the sum in the words that tell of the payment, else the first after them in their
            # sentence ("The total is ₪2,000, I transferred ₪500 today": ₪500)
            paid_sum = next(
                (
                    written
                    for a in sorted(
                        asks.of(AskKind.MONEY),
                        key=lambda a: (not said_from <= a.start < said_to, a.start),
                    )
                    if a.subtype == "amount"
                    and said_from <= a.start < told_to
                    and (written := _as_written(a, book)) is not None
                ),
                None,
            )
            if paid_sum is not None:
                slots["paid_sum"] = paid_sum
                holds.add("slot:paid_sum")
        if (
            asks.has(AskKind.QUESTION, "how_much")
            and _in_any_pack(lambda b: b.deposit_words, scanned)
            and not _in_any_pack(lambda b: b.deposit_paid, scanned)
        ):
            holds.add("deposit_asked")
        holds.update(
            hold for hold, words in _WORD_HOLDS if _in_any_pack(attrgetter(words), scanned)
        )
        passing_refund = label == "easygoing" and not any(
            asked.start <= refund.start < asked.end
            for refund in refunds
            for asked in asks.items
            if asked.kind in (AskKind.REQUEST, AskKind.QUESTION)
        )
        if refunds and all(
            _any_book_finds(lambda b: b.insurer, _clause_around(source, a.start)) for a in refunds
        ):
            passing_refund = True  # every refund named is an insurer's (round 111)
        if refund_threatened:
            holds.add("refund_threatened")  # the money only if it isn't put right
        if any(
            _any_book_finds(lambda b: b.full_refund, _clause_around(source, a.start))
            for a in refunds
        ):
            holds.add("full_refund")  # in the refund's own clause, not anywhere in the message
        elif refunds and _in_any_pack(lambda b: b.charged_twice, scanned):
            holds.add("full_refund")  # a double charge is given back whole, wherever it is told
        if passing_refund:
            # An easygoing client's refund named outside anything asked ("Ariel said you sorted
            # his refund in no time") claims no money back (round 87: "I'm sorry to hear this…
            # About the refund: [what you can offer]" to a client happily sending his tax forms).
            holds.discard("money:refund")
        if asks.has(AskKind.SARCASM):
            refused.add("thanks_speed")
        faulted = _in_any_pack(lambda b: b.complaint_words, scanned)
        if faulted:
            # A fault told (a crack, an AC not cooling): what is asked to put it right is no
            # addition to price ("לגבי התוספת: [האם היא כלולה…]" to a tenant, round 103's harmful).
            holds.add("fault")
        if (
            asks.has(AskKind.THREAT)
            or asks.has(AskKind.SARCASM)
            or "money:refund" in holds
            or any(a.subtype in ("condition", "either") for a in asks.items)
            or faulted
        ):
            holds.add("complaint")  # something went wrong, in the client's telling
        if (
            (faulted and (asks.has(AskKind.THREAT, "review") or asks.has(AskKind.THREAT, "lawyer")))
            or any(
                # an "either … or" ultimatum; a condition may be a courtesy ("If you don't mind,
                # I'll leave a review on Google 😊", the session's review)
                a.subtype == "either"
                and t.subtype in ("review", "lawyer")
                and _sentence(source, a.start) == _sentence(source, t.start)
                for a in asks.items
                for t in asks.of(AskKind.THREAT)
            )
            or asks.has(AskKind.REFUSAL, "no_apologies")
            # "either you eat the cost or we're finished" (round 201's harmful "Thank you!")
            or asks.has(AskKind.THREAT, "leave")
        ):
            # A fault told with a review or a lawyer threatened, or apologies refused ("dont
            # bother apologising again"): no cheerful thanks, whatever the label (rounds 167 and
            # 169: "Thank you!" to a cracked mirror, to a third reschedule); a good review
            # offered ("the link for a Google review") is no threat of one. A threat to leave
            # is displeasure whatever went wrong; so is a review threatened in an ultimatum's
            # sentence ("Either we're moved … or … the review goes up on Booking", round 319's
            # harmful "Thank you!").
            holds.add("displeased")
        if "apology" not in refused and not _in_any_pack(lambda b: b.apology_words, scanned):
            # No "no more apologies", and no apology talked about at all ("I have received three
            # apologies from you. I do not require a fourth"): a sorry may open the reply.
            holds.add("apology_ok")
        found = set(found_cues if found_cues is not None else cues(source[:_CUES_READ]))
        # A know-it-all's "the games you play with her are a waste of time", "amateurish": the
        # method scorned in a directive, not a complaint to be soothed (round 77: "ברור לי שזה
        # מתסכל" to a parent dictating how to teach); profanity, or scorn with blame, still is.
        if label == "know-it-all":
            strong = "profanity" in found or {"insult", "blame"} <= found
        elif label == "easygoing" and "praise" in holds:
            # "אתם פשוט מדהימים, באמת": an insult's frame around praise, in a thank-you (round
            # 165: "I understand this is frustrating" to parents thanking a summer program);
            # blame is never praise ("it's your fault I lost clients")
            strong = bool(found & {"blame", "profanity"})
        elif label in _CALM and "complaint" not in holds:
            # "Our Hebrew is still rubbish, sorry!": a calm client's insult word with nothing gone
            # wrong insults no one (round 263: "I understand this is frustrating" to a couple
            # accepting a quote), nor does blame's phrase inside a question ("Can we just deal
            # with it after the holidays?"); "it's your fault I lost clients" still blames
            strong = "profanity" in found or (
                "blame" in found and not _only_asked(source, asks, "blame")
            )
        else:
            strong = bool(found & {"insult", "blame", "profanity"})
        # A threat counts as read (an ask: "אגיש תביעה", "my lawyer will be in touch"), not as a
        # word: "עו״ד שלום" greets a lawyer, "עוה״ד שלי אמר ש…" quotes one (round 34: three
        # calm clients of a lawyer were told "ברור לי שזה מתסכל").
        doubtful = bool(found - {"threat"}) or asks.has(AskKind.SARCASM) or asks.has(AskKind.THREAT)
        if strong or (doubtful and label in HEATED):
            # An insult, blame or profanity is hostile whoever wrote it; a threat or a praise
            # frame only when the model also reads the client as heated (a self-mocking joke is
            # not).
            holds.add("hostile")
        if returns:
            holds.add("client_returns")
            if not any(
                q.kind is AskKind.QUESTION
                and any(a.kind in (AskKind.POSTPONE, AskKind.DEADLINE) for a in asks.within(q))
                for q in asks.items
            ):
                # …and asks nothing about when ("I'll get back to you, maybe next week"): the
                # owner waits rather than agreeing to a time the client only floated (rounds
                # 333-338: "next week is fine by me" to "maybe next week, or the one after")
                holds.add("returns_unasked")
        if asks.has(AskKind.DEADLINE) or asks.has(AskKind.THREAT):
            refused.add("pause")
        main_kinds: list[str] = []
        if main is not None:
            # A list of demands ("פגישה עוד השבוע, הסבר בכתב, והחזר של שכר הלימוד") is not
            # answered by answering one of its items (round 32: the refund alone, to a parent who
            # asked for a meeting and an explanation first).
            refund_in_main = any(
                a.kind is AskKind.MONEY and a.subtype == "refund" for a in asks.within(main)
            )
            listed = (
                _joins_demands(main.text)
                or (
                    len(main.text) > 60
                    and (
                        _listed_parts(main, asks)
                        if refund_in_main
                        else main.text.count(",") + main.text.count(";") + 1
                    )
                    >= 3
                )
                # An ultimatum's first option ("either u fix it today for free or…"): a money line
                # for the other one does not answer it (round 88: the refund alone); when the
                # option is the refund ("Either you refund the €38 or…"), its line does (round 91).
                or (main.subtype == "either" and not refund_in_main)
            )
            if listed and refund_in_main and "money:refund" in holds:
                # The refund has a line of its own: the demand's field quotes the rest ("ועל הנזק
                # לפרקט נדבר בנפרד"), not the refund again (rounds 294 and 304: "both answer the
                # refund demand").
                rest = _without_refund(main, asks.within(main))
                if rest is None:
                    # nothing asked beside the refund ("I want the full month refunded, and
                    # frankly I'm about to tell every…"): its line answers the demand
                    listed = False
                elif rest:
                    slots["ask"] = _quote(rest)
            for inner in asks.within(main):
                # A put-off in a clause of its own before what the question asks ("אני אכתוב לך
                # כשיהיה לי רגע, המחיר של 199 עדיין בתוקף?"): waiting for the client does not
                # answer the question (round 108: "אחכה לעדכון ממך" alone).
                after = (
                    _CLAUSE_AFTER.search(main.text, inner.end - main.start)
                    if main.kind is AskKind.QUESTION and inner.kind is AskKind.POSTPONE
                    else None
                )
                # …unless that clause puts off too ("Maybe not right now, maybe once we're
                # settled?"): then the put-off is what is asked.
                aside = (
                    after is not None
                    and not any(
                        other.kind in (AskKind.POSTPONE, AskKind.DEADLINE)
                        and other.start >= main.start + after.start()
                        for other in asks.within(main)
                    )
                    and not _any_book_finds(
                        lambda b: b.hedge, main.text[after.start() + 1 :].lstrip()
                    )
                )
                if not listed and not aside:
                    main_kinds += [f"{inner.kind.value}:{inner.subtype}", inner.kind.value]
                holds.add(f"main_has:{inner.kind.value}")  # "נדבר אחרי החגים?" holds a postponement
            # In either language: "הי, עוד לא סגרנו… is it a problem if we only confirm…?"
            if main.kind is AskKind.QUESTION and _any_book_finds(lambda b: b.asks_leave, main.text):
                holds.discard("main_has:postpone")  # the owner's leave is asked: theirs to give
                holds.add("leave_asked")
            elif any(
                # …or in the put-off's own sentence, unmarked ("I'll send the draft next week
                # maybe, if that's still ok with you": round 126's "next week works for me")
                _any_book_finds(lambda b: b.leave_if, source[slice(*_sentence(source, at))])
                for at in _put_off_at(asks, source, slots.get("later"))
            ):
                holds.add("leave_asked")
            main_kinds += [f"{main.kind.value}:{main.subtype}", main.kind.value]
            if (
                main.kind is AskKind.REQUEST
                and main.subtype in ("can_you", "imperative", "please")
                and (asks.has(AskKind.POSTPONE) or "later" in slots)
                and "main_has:postpone" not in holds
            ):
                # "אפשר בינתיים להקפיא את הריטיינר?" beside "אולי אחרי פסח": a "no problem" to
                # the put-off reads as a yes to the request (round 74's harmful reply).
                holds.add("asked_beside_put_off")
        return Facts(
            frozenset(holds),
            slots,
            frozenset(refused),
            main.kind.value if main is not None else None,
            tuple(dict.fromkeys(main_kinds)),
            further_money if main is not None and "ask2" in slots else {},
            further_order if main is not None else (),
        )


# The channels that are a call of some kind.
_CALLS = frozenset({"call", "zoom", "meeting"})
_QUOTED_OFFER = {"zoom": "call"}  # the offer a quoted channel refuses, where it is not its own name
_QUOTE_OPEN = re.compile("[\"“„״]|(?<!\\w)['‘]")  # not the apostrophe of "don't"
_WITHIN_A_DAY = frozenset({"today", "tonight", "tomorrow", "eod", "asap"})  # deadlines' values
_DECIDE_BY = _WITHIN_A_DAY - {"asap"}  # "we must decide by tomorrow"; not "if urgent"

# Asks whose words are no thing a reply should name: the praise of a sarcasm, a refusal, a
# threat's consequence, a sum, a date ("the holidays").
_NOT_ABOUT = (
    AskKind.SARCASM,
    AskKind.REFUSAL,
    AskKind.THREAT,
    AskKind.MONEY,
    AskKind.DEADLINE,
    AskKind.POSTPONE,
)


def _quote(text: str) -> str:
    """An ask's words as a field's hint quotes them: one clause, at most 60 characters."""
    asked = _clause(text)
    return asked if len(asked) <= 60 else asked[:60].rsplit(" ", 1)[0] + "…"


@lru_cache(maxsize=512)
def _case_blind(pattern: str) -> tuple[re.Pattern[str], Needs | None]:
    """A phrase book's regex compiled case-blind, and the words a lower-cased text must hold for
    it to match (:func:`classifier.prefilter.needs`; None: it always runs). The books write
    their regexes in lower case; one that names a capital gets no prefilter."""
    needed = needs(re.compile(pattern))
    if needed is not None and any(word != word.lower() for word in needed.strings):
        needed = None
    return guarded(re.compile(pattern, re.IGNORECASE)), needed


@dataclass(frozen=True, slots=True)
class _Scanned:
    """The first 5,000 characters of a message, and which prefilter words its lower case holds:
    most of the phrase books' case-blind regexes (occasions, apologies, what went wrong) cannot
    match a message, and one pass of the prefilter's automaton says so without scanning it
    once per regex."""

    text: str
    grams: Grams

    @classmethod
    def of(cls, source: str) -> _Scanned:
        text = source[:5_000]
        return cls(text, Grams.of(text.lower()))

    def finds(self, pattern: str, *, simile: str | None = None) -> bool:
        """Whether the case-blind ``pattern`` matches, as ``re.search`` would say; with
        ``simile`` (a regex for the words before a match that make it a likeness), only a match
        outside one counts: "נראית כמו דודה שלי אחרי ניתוח" says how a cake looks, not who had
        surgery (round 234's harmful "רפואה שלמה")."""
        regex, needed = _case_blind(pattern)
        if needed is not None and not needed.met(self.grams):
            return False
        if simile is None:
            return regex.search(self.text) is not None
        likeness = _case_blind(simile)[0]
        for found in regex.finditer(self.text):
            before = self.text[max(0, found.start() - 40) : found.start()]
            if not likeness.search(before[before.rfind("\n") + 1 :]):
                return True
        return False


def _as_the_owner_says(phrase: str, book: PhraseBook | None) -> str:
    """A thing in the client's words, its possessive turned round (round 43: "About your quote:"
    called the owner's own quote the client's), and not shouted back ("WHERE IS THE GUIDE???" is
    answered "About the guide:"; a word of five letters or more in capitals is no acronym)."""
    words = phrase.split()
    small = book.articles if book is not None else ()
    if any(len(w) >= 5 and w.isupper() for w in words) and all(
        w.isupper() or not w.isalpha() or w.lower() in small for w in words
    ):
        phrase = phrase.lower()
    for theirs, ours in book.possessives.items() if book is not None else ():
        if phrase.lower().startswith(theirs):
            return ours + phrase[len(theirs) :]
    return phrase


def _paid_now(source: str, book: PhraseBook) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The words telling of a payment sent now, or asking to confirm one, and their sentence."""
    found = _case_blind(book.paid_now)[0].search(source[:5_000])
    if found is None:
        return None
    return found.span(), _sentence(source, found.start())


def _pay_how_unasked(asks: Asks, source: str, book: PhraseBook) -> bool:
    """Whether the message asks how to pay in words no ask holds (a question in one holds them:
    its own field answers it)."""
    asked = [a for a in asks.items if a.kind in (AskKind.REQUEST, AskKind.QUESTION)]
    return any(
        not any(a.start <= m.start() < a.end for a in asked)
        for m in _case_blind(book.pay_how)[0].finditer(source[:5_000])
    )


# Holds set by a phrase-book regex found in the client's words in any pack, with the field:
# a formal letter (or one addressed to the owner's title), a referral's first message (round
# 53), a danger (round 90), praise (round 60), revision rounds counted, and more below.
_WORD_HOLDS = (
    ("formal", "formal_words"),
    ("formal", "titled_salutation"),
    ("first_contact", "first_contact"),
    ("hazard", "hazard_words"),
    ("praise", "praise_words"),
    # the client's own sorry ("Sorry sorry sorry", "סורי על התשלום"): an opener delighting in
    # their praise misses it (round 234: "that's lovely to hear!" to weeks of delay)
    ("sorry_said", "own_sorry"),
    # a warm client ("שלום מתוק", "תודה מכל הלב", "thank you so much", "❤️"): no bare "Got it."
    # (rounds 229-234: "cold to a warm customer", four times)
    ("warm", "warm_words"),
    # the service itself failed: late, or never came ("the facilitator showed up 40 minutes
    # late"): a charge refused for it is a failure to own, not an amount that surprised (round
    # 244's harmful reply)
    ("service_failed", "service_failed"),
    ("rounds_named", "rounds_named"),
    ("refund_owed", "refund_owed"),
    ("leave_asked", "too_late_asked"),
)


def _in_any_pack(regex: Callable[[PhraseBook], str], scanned: _Scanned) -> bool:
    """Whether a phrase-book regex finds the client's words in any pack: a mixed message says
    "sorry" or "נשבר" in either language.

    Used for apologies talked about (a stock sorry reads badly beside them), what went wrong
    (round 39: a no-show got "Got it. I take this seriously." where a sorry was due) and a
    clock that runs on someone else's time (round 40: "after Sukkot" agreed to beside a VAT
    report)."""
    return any(scanned.finds(regex(load_phrase_book(pack))) for pack in packs())


def _any_book_finds(regex: Callable[[PhraseBook], str], text: str) -> bool:
    """Whether a phrase-book regex finds a short text (an ask's words) in any pack's book: the
    client may ask in either language."""
    return any(_case_blind(regex(load_phrase_book(pack)))[0].search(text) for pack in packs())


def _sends_by(source: str, later: str) -> bool:
    """Whether the client says they will send something by the time they put things off to
    ("I'll send the signed contract in July", in any pack's words).

    The regex carries the client's own words, so it is compiled here and not through
    :func:`_case_blind`: its prefilter would number each new time phrase for the life of the
    process, and every new one rebuilds the shared automaton on the request path.
    """
    later_said = re.escape(later)
    return any(
        re.search(
            rf"(?:{load_phrase_book(pack).client_sends})[^.!?\n]{{0,40}}?{later_said}",
            source,
            re.IGNORECASE,
        )
        is not None
        for pack in packs()
    )


def _joins_demands(text: str) -> bool:
    """Whether one demand is joined to the next in any pack's words: "וגם", "as well as", or,
    in a long ask, a comma and "and" (", and a written explanation")."""
    return any(
        not m.group().startswith(",") or len(text) > 60
        for pack in packs()
        for m in _case_blind(load_phrase_book(pack).list_joins)[0].finditer(text)
    )


def _without_refund(main: Ask, inner: Sequence[Ask]) -> str | None:
    """A listed demand's words without its refund part: the parts its ``demand_parts`` cut it
    into, less the ones naming the refund, a refusal, a threat or an ultimatum's condition and
    what follows it, and a statement after the refund ("and I've already spoken to a lawyer");
    the separator before each goes with it. None when nothing is left, "" when the parts could
    not be told apart (the demand is quoted whole)."""
    text = main.text
    refunds = [
        (a.start - main.start, a.end - main.start)
        for a in inner
        if (a.kind is AskKind.MONEY and a.subtype == "refund") or a.kind is AskKind.REFUSAL
    ]
    # a threat or an ultimatum's condition, and everything after it ("and I will write on
    # Tripadvisor and to our travel agency…")
    threatened = min(
        (
            a.start - main.start
            for a in inner
            if a.kind is AskKind.THREAT or a.subtype == "condition"
        ),
        default=len(text),
    )
    refunds.append((threatened, len(text) + 1))

    def names_nothing(start: int, end: int) -> bool:
        """Whether a part is only a sum or a time ("by the end of the month", "2.860 Euro")."""
        words = _without_facts(main, inner, start, end)
        return sum(1 for w in words.split() if sum(c.isalpha() for c in w) >= 3) < 2

    # in either language: "I want it fixed for free or my money back" in a Hebrew message
    cuts = [
        m.span()
        for m in _case_blind("|".join(load_phrase_book(each).demand_parts for each in packs()))[
            0
        ].finditer(text)
    ]
    bounds = [0, *(c for span in cuts for c in span), len(text)]
    kept: list[str] = []
    colon = False  # "אני דורש: <left out>, ואת השם…" keeps its colon: "אני דורש: ואת השם…"
    statement = _case_blind("|".join(load_phrase_book(each).not_a_demand for each in packs()))[0]
    first_refund = min((r_start for r_start, _ in refunds), default=len(text))
    for n in range(0, len(bounds), 2):
        start, end = bounds[n], bounds[n + 1]
        if (
            names_nothing(start, end)
            or any(start < r_end and r_start < end for r_start, r_end in refunds)
            or (start > first_refund and statement.match(text[start:end].lstrip()))
        ):
            colon = colon or (bool(kept) and n > 0 and ":" in text[bounds[n - 1] : start])
            continue
        if not kept or not n:
            kept.append(text[start:end])
        elif colon:
            kept.append(": " + text[start:end].lstrip(" ,;"))
            colon = False
        else:
            kept.append(text[bounds[n - 1] : end])  # with the separator before it
    rest = "".join(kept).strip(" ,;:-–—+")
    if rest == text.strip():
        return ""
    words = [w for w in rest.split() if sum(c.isalpha() for c in w) >= 2]
    return rest if len(words) >= 2 else None


def _without_facts(ask: Ask, inner: Sequence[Ask], start: int = 0, end: int | None = None) -> str:
    """An ask's words (from ``start`` to ``end``, offsets into its text) with the sums and times
    inside them blanked: what is left says what is asked."""
    end = len(ask.text) if end is None else end
    words = ask.text[start:end]
    for a in sorted(inner, key=lambda a: a.start, reverse=True):
        a_start, a_end = a.start - ask.start, a.end - ask.start
        if (a.kind is AskKind.DEADLINE or (a.kind is AskKind.MONEY and a.subtype == "amount")) and (
            start <= a_start and a_end <= end
        ):
            words = words[: a_start - start] + " " + words[a_end - start :]
    return words


def _listed_parts(ask: Ask, asks: Asks) -> int:
    """How many parts a refund demand's commas and semicolons cut it into, not counting a part
    that only gives its sum or its time ("I want the 2 lessons refunded, 300 shekel, today": one
    demand, whose line answers it; round 298 asked the refund twice). Other asks keep every comma:
    "…(1,800 ₪ לכל הבית כולל הסקיילייט, נכון?)" still asks what the price line does not answer."""
    text = _without_facts(ask, asks.within(ask))
    return sum(1 for part in _LIST_CUT.split(text) if any(c.isalpha() for c in part))


def _names_a_thing(text: str, pack: LanguagePack) -> bool:
    """Whether a request names something beyond its time ("the revised version")."""
    if pack.things is None:
        return len(text.split()) > 6
    return bool(pack.things(text))


_FURTHER_LIMIT = 4  # the most further asks a reply gives fields of their own
_ASKING_WORDS = 5  # a shorter question past them asks something only with a date, sum or file in it


def _capped(furthers: list[Ask], asks: Asks, limit: int) -> list[Ask]:
    """The first ``limit`` further asks; a question past them takes the place of the last request
    among them: a list's last item may wait for the answer about the list, the client's question
    may not (round 309: "Could I have it all by the 20th?" left out after four scenarios). A
    question for the reply itself ("Could you answer me on ALL of these by tomorrow?") or a
    check-in is no such one."""
    kept = furthers[:limit]
    cut = next(
        (
            a
            for a in furthers[limit:]
            if a.kind is AskKind.QUESTION
            and not any(r.value == "reply" for r in asks.within(a))
            # a check-in ("Is that clear?", "הכל ברור לך?") asks nothing of its own
            and (len(a.text.split()) >= _ASKING_WORDS or bool(asks.within(a)))
        ),
        None,
    )
    requests = [i for i, a in enumerate(kept) if a.kind is not AskKind.QUESTION]
    if cut is None or not requests:
        return kept
    return [a for i, a in enumerate(kept) if i != requests[-1]] + [cut]


def _further(
    asks: Asks,
    main: Ask,
    source: str,
    pack: LanguagePack,
    *,
    said: Sequence[str] = (),
    refers_back: str = "(?!)",
    waits: bool = False,
) -> list[Ask]:
    """The other requests and questions, each in a sentence of its own apart from the main
    ask's and each other's: a reply that answers only the first leaves the client asking again
    ("and the price for 120 guests?"). Not one word, nor one about the exchange ("פשוט תעשה",
    "תעשה מה שצריך"), nor an outcry ("…??"), nor one whose time the reply already says back
    ("צריכה את זה עד 8 בבוקר" after "הבנתי שזה צריך להיות מוכן עד 8 בבוקר").
    """
    # What is taken: each answered ask's sentence up to the end of its words, so a new clause
    # after them in one run-on chat sentence ("…לפני 9 ואם אפשר גם שעווה וגם לק ג׳ל") is its own
    # ask, while the main ask's sentence before it (often its own lead-in) is not.
    taken = [(_sentence(source, main.start), main.end)]
    found: list[Ask] = []
    for ask in asks.items:
        if (
            ask is not main
            and ask.kind in (AskKind.REQUEST, AskKind.QUESTION)
            and len(_clause(ask.text).split()) >= 2  # "ותשלח חשבונית" asks; "פשוט תעשה" is meta
            and not about_the_exchange(ask)
            and not exclaimed(ask)  # "המעבר עם הזום בהתחלה??" marvels, it asks nothing
            # An ultimatum's condition restates what the main ask asks ("…ואם הסרטון לא מוכן"),
            # or only sets its terms ("If that's not acceptable").
            and ask.subtype != "condition"
            # "יאללה סוגרים": a go-ahead the reply's answer already takes up; "אל תשכחי 😘": a
            # reminder of loyalty, nothing to do (round 83's fixes)
            and not (
                ask.subtype == "go_ahead"
                # "יאללה סומך עליך חביבי": trust, nothing named to do (round 112)
                and (len(ask.text.split()) < 4 or not _names_a_thing(ask.text, pack))
            )
            and not (
                ask.value == "remember"
                and sum(any(c.isalpha() for c in w) for w in ask.text.split()) < 3
            )
            and not any(
                sentence[0] <= ask.start < min(sentence[1], end + _NEW_CLAUSE)
                for sentence, end in taken
            )
            # In an answered ask's sentence, only a clause that names something new ("ואם
            # אפשר גם שעווה וגם לק ג׳ל"), not one that says it again ("אני צריך את זה ביום שני",
            # "give us a bit").
            and (
                ask.kind is AskKind.QUESTION
                or not any(sentence[0] <= ask.start < sentence[1] for sentence, _ in taken)
                or _names_a_thing(ask.text, pack)
                or (
                    len(ask.text.split()) >= 4
                    # in its first clause: "…, זה באותו מחיר נכון" after the thing asked for
                    # refers to that thing (round 112: "ותעשה לי גם את התפריט…" left out)
                    and not _case_blind(refers_back)[0].search(ask.text.split(",")[0])
                )
            )
            and not (main.start <= ask.start < main.end or ask.start <= main.start < ask.end)
            and not _wants_the_reply(ask, asks)
            and not _preamble(ask)
            and not _asks_back(ask, asks, source, taken)
            # "No need for a call on my end", "לא צריך שיחת היכרות, סומכים עליכם" (rounds
            # 290-291: fields for them, "the client already settled")
            and not _any_book_finds(lambda b: b.waived_call, ask.text)
            and not _leave_for_put_off(ask, asks, source, pack, waits=waits)
            # "…אפשר לעשות מה שבא לך??" inside an outcry asks nothing (round 147); a greeting's
            # "מה נשמע, … אפשר במוצ"ש?" still asks
            and not any(
                q.subtype == "rhetorical"
                and _TWO_MARKS.search(q.text) is not None
                and q.start <= ask.start < q.end
                for q in asks.of(AskKind.QUESTION)
            )
            # "Please just do it this way", "תעלי כמו שזה": the position said again, nothing new
            # to answer (rounds 48-50: "two fields answer the same request").
            and not (
                # "Just do it that way ok?" is a request with a tag (round 115)
                ask.kind in (AskKind.REQUEST, AskKind.QUESTION)
                and len(ask.text.split()) <= _AS_SAID_WORDS
                # in either language: "תעשה בבקשה כמו שאני אומר" in an English e-mail (round 66)
                and _any_book_finds(lambda b: b.as_said, ask.text)
                and not any(_names_a_thing(ask.text, each) for each in packs())
                # "תעשה ככה ותשלח גרסה חדשה" asks for a new version too
                and not _holds_a_deliverable(ask, asks)
                and not any(c.isdigit() for c in ask.text)
            )
            # An ask that says only its time again ("צריכה את זה עד 8 בבוקר", "I'd like it all
            # by Monday"); "Can I have the revised version by Thursday?" still asks for the
            # version.
            and not any(
                time
                # case-blind: the time said back calmed ("by Friday" for "by FRIDAY")
                and time.lower() in ask.text.lower()
                and not _names_a_thing(
                    re.sub(re.escape(time), " ", ask.text, flags=re.IGNORECASE), pack
                )
                # "תשלחי גרסה מתוקנת עד יום חמישי" asks for the version (round 67: left out)
                and not _holds_a_deliverable(ask, asks)
                for time in said
            )
            # The main ask's own deadline in other words ("צריך עד ראשון" after "צריך דוח מאושר
            # עד יום ראשון"): its field would answer the main ask twice (round 65).
            and not _repeats_deadline(ask, asks, main, pack)
            # "למה שעוות סויה? … ואל תנסי לשכנע אותי": the reasons are refused
            and not why_unwanted(ask, asks)
            # "We really need it for the mortgage", "I need finance approval by EOD": why the
            # client needs what is asked, nothing to answer of its own (round 266)
            and not (
                ask.subtype == "need"
                and _any_book_finds(lambda b: b.need_context, ask.text)
                # "We need it for 60 guests now, not 40" changes the order
                and not any(c.isdigit() for c in ask.text)
                and not _any_book_finds(lambda b: b.contrast_after, ask.text)
                # "אני צריכה את זה למחר בבוקר" says the time of what it refers to
                and not (
                    any(a.kind is AskKind.DEADLINE for a in asks.within(ask))
                    and _any_book_finds(lambda b: b.refers_back, ask.text)
                )
            )
        ):
            found.append(ask)
            taken.append((_sentence(source, ask.start), ask.end))
    return found


def _asks_back(
    ask: Ask, asks: Asks, source: str, taken: Sequence[tuple[tuple[int, int], int]]
) -> bool:
    """Whether a short question only asks yes or no to the ask right before it ("…by FRIDAY
    noon. Can you do it?", "…עד יום שלישי. זה אפשרי?"): the field of the ask it follows answers
    it (round 318: "[your answer to "Can you do it"]" beside the translations' field)."""
    if ask.kind not in ASKING or any(a.kind not in ASKING for a in asks.within(ask)):
        return False  # "Can you do it by Friday?" asks a time
    if not _any_book_finds(lambda b: b.asks_back, ask.text):
        return False
    own = _sentence(source, ask.start)
    previous = _previous_sentence(source, own)
    if previous == own:
        return False  # the first sentence follows nothing
    return any(
        sentence == previous
        or previous[0] <= end <= previous[1]
        or sentence[0] <= ask.start < sentence[1]
        for sentence, end in taken
    )


def _client_returns(asks: Asks, label: str, source: str) -> bool:
    """Whether the client has the next move, so the owner waits rather than promising to get back.

    The client will come back ("I'll get back to you", round 85), or a dormant client has not
    decided yet ("עוד לא יודעת", "still checking with my partner"): rounds 333-334's replies
    said "I'll get back to you around [when]" to clients who had said they would write once they
    knew. "We have to decide by tomorrow", a decision pressed in its own sentence, waits for the
    owner instead.
    """
    pressed = [
        _sentence(source, a.start) for a in asks.of(AskKind.DEADLINE) if a.value in _DECIDE_BY
    ]
    return any(
        a.value == "returns"
        or (
            a.subtype == "no_answer_yet"
            and label == "dormant"
            and _sentence(source, a.start) not in pressed
        )
        for a in asks.of(AskKind.POSTPONE)
    )


def _sayable_slot(book: PhraseBook, slot: str, holds: set[str], label: str) -> bool:
    """Whether a sentence of the book that says a slot back ("later") may be used."""
    return any(
        f"slot:{slot}" in s.needs
        and not holds.intersection(s.unless)
        and (not s.labels or label in s.labels)
        for s in book.sentences
    )


def _by_variety(furthers: Sequence[Ask]) -> list[Ask]:
    """Further asks in the order a reply with room for few of them takes them: in the client's
    order, but a second position stated ("don't …", "no need to …") after every other ask.

    Round 83: "אל תבוא עם המכונה…", "ואל תתחיל לפרק את הסיפון…" took a chat reply's two fields,
    and "ותגיד לי כמה זה בלי המכונה" was left out.
    """
    positions = [
        a for a in furthers if a.kind is AskKind.REQUEST and a.subtype in ("dont", "stance")
    ]
    later = positions[1:]
    return [a for a in furthers if a not in later] + later


def _holds_a_deliverable(ask: Ask, asks: Asks) -> bool:
    """Whether an ask's words name something to hand over ("…ותשלח גרסה חדשה"): then it asks
    for more than its time or "as I said"."""
    return any(a.kind is AskKind.DELIVERABLE for a in asks.within(ask))


def _repeats_deadline(ask: Ask, asks: Asks, main: Ask, pack: LanguagePack) -> bool:
    """Whether a request says only a deadline the main ask already holds, by its value
    ("sunday"), however it is worded, and names nothing besides."""
    if ask.kind is not AskKind.REQUEST:
        return False
    main_times = {d.value for d in asks.within(main) if d.kind is AskKind.DEADLINE and d.value}
    own = [d for d in asks.within(ask) if d.kind is AskKind.DEADLINE]
    if not own:
        return False
    rest = ask.text
    for d in own:
        rest = rest.replace(d.text, " ")
    # …or the main ask's own deadline said apart, of "it" ("אפשר לקבל את המצגת? אני צריכה את
    # זה עד 8 בבוקר"): the main field's "what and when" answers it (a fresh-eyes review: the
    # date asked twice once it was no longer said back)
    of_it = (
        len(_clause(rest).split()) <= _DEADLINE_OF_IT_WORDS
        and _any_book_finds(lambda b: b.refers_back, rest)
        # needed, not done: "Fix it today", "Give it back TODAY" demand a deed
        and _any_book_finds(lambda b: b.due_words, rest)
    )
    if not of_it and any(d.value not in main_times for d in own):
        return False
    return (
        not _names_a_thing(rest, pack)
        and not any(c.isdigit() for c in rest)
        and not _holds_a_deliverable(ask, asks)
    )


_NEW_CLAUSE = 1  # a further ask starts past the end of one answered, after a space at least
_DEADLINE_OF_IT_WORDS = 5  # "I need it", "אני צריכה את זה", with its deadline taken out
# At most this many words, a main ask may be only a wish for the reply ("Put it in writing").
_WISH_WORDS = 8
# A colon, then two words or more (not a clock's "12:00"): what follows it is what is asked.
_CONTENT_AFTER_COLON = re.compile(r":\s+\S+\s+\S+")
# A comma or a semicolon, then a clause of three words or more: what follows is said apart.
_CLAUSE_AFTER = re.compile(r"[,;]\s*\S+\s+\S+\s+\S+")
# Past this many words a request with "ככה" in it says more than "as I said" ("תעשי בזהב גדול
# באמצע, ככה היה אצל הבן של אחי").
_AS_SAID_WORDS = 8


_TWO_MARKS = re.compile(r"[?!]\s*[?!]\s*$")  # an outcry's "??", "?!"


def _leave_for_put_off(
    ask: Ask, asks: Asks, source: str, pack: LanguagePack, *, waits: bool
) -> bool:
    """Whether a question beside the main ask only asks leave for the client's own put-off
    ("…after Pesach. Is that OK?", "אני אחזור אלייך כשיהיה ברור, בסדר?", "I'll let you know soon
    ok?"): the reply's "fine by me" or "I'll wait for your update" answers it, and a field of its
    own says it twice (round 139's and 140's edits).

    ``waits``: the reply agrees to wait (a dormant client, not hostile, no other date pressing),
    so a request for the put-off in its own words ("אפשר שנחזור אליך אחרי השבוע הבא?", "בואי
    נדבר אחרי החגים?") is answered by that line too (round 175's edits: it was said twice); one
    that names a thing of its own ("אפשר לדחות את הדיווח למע״מ") keeps its field.
    """
    if ask.kind is AskKind.REQUEST:
        # …or a short "Let me know if that's a problem" after it (round 205)
        return waits and (
            _asks_to_put_off(ask, asks, pack)
            or (
                len(ask.text.split()) <= 8
                and not asks.within(ask)
                and _any_book_finds(lambda b: b.asks_leave, ask.text)
                and _near_a_put_off(ask, asks, source)
            )
        )
    if ask.kind is not AskKind.QUESTION or ask.subtype not in ("yes_no", "open"):
        return False  # "which day, Monday or Wednesday?", "what time is fine?" ask something
    # "The fund's deadline is May 1 so we should be ok??": the put-off's timing asked about, which
    # the reply's own line on waiting answers (round 144)
    timing = _any_book_finds(lambda b: b.too_late_asked, ask.text)
    inner = asks.within(ask)
    # A request for the put-off itself, with its time ("אפשר שנחזור אליך אחרי השבוע הבא?")
    leave = [
        a for a in inner if a.kind is AskKind.REQUEST and waits and _asks_to_put_off(a, asks, pack)
    ]
    if (
        not leave
        and not timing
        and not (
            _any_book_finds(lambda b: b.asks_leave, ask.text)
            or _any_book_finds(lambda b: b.leave_tag, ask.text)
        )
    ):
        return False
    if any(
        a.kind in (AskKind.MONEY, AskKind.DELIVERABLE)
        or (a.kind is AskKind.REQUEST and a not in leave)
        or (
            a.kind is AskKind.DEADLINE
            and not timing
            and not any(r.start <= a.start < r.end for r in leave)
        )
        for a in inner
    ) or not (
        # the put-off itself asked about ("I'll let you know soon ok?"), or a bare "Is that OK?"
        any(a.kind is AskKind.POSTPONE for a in inner) or len(ask.text.split()) <= 5 or timing
    ):
        return False  # "Would Monday at 10 be ok?", "Can the deposit stay as credit, is that ok?"
    return _near_a_put_off(ask, asks, source)


def _near_a_put_off(ask: Ask, asks: Asks, source: str) -> bool:
    """Whether the client puts something off in the ask's sentence or the one before it."""
    own = _sentence(source, ask.start)
    before = _previous_sentence(source, own)
    return any(
        own[0] <= put_off.start < own[1] or before[0] <= put_off.start < before[1]
        for put_off in asks.of(AskKind.POSTPONE)
    )


def _asks_to_put_off(request: Ask, asks: Asks, pack: LanguagePack) -> bool:
    """Whether a request asks leave for the client's own put-off and nothing else: "Can we come
    back to you after next week?" holds the put-off, and no sum or thing of its own."""
    inner = asks.within(request)
    return (
        request.subtype in ("can_you", "lets")
        and any(a.kind is AskKind.POSTPONE for a in inner)
        and not any(a.kind in (AskKind.MONEY, AskKind.DELIVERABLE) for a in inner)
        and not _names_a_thing(request.text, pack)
    )


def _wants_the_reply(ask: Ask, asks: Asks) -> bool:
    """Whether an ask only wants an answer, maybe by a time ("תגיד לי היום בבקשה", "let me know
    today", "get back to me by Friday"): the reply itself answers it (rounds 40 and 41: "[your
    answer to "tell me today"]" beside the answers, redundant)."""
    if ask.kind is AskKind.QUESTION:
        # "Can you confirm both points by tomorrow?" is the request with its mark (round 258:
        # "[your answer to "Can you confirm both points by tomorrow"]" beside the answers), and
        # "can I get an answer by tonight?" asks for the reply (round 262).
        return any(
            request.start >= ask.start
            and not any(c.isalnum() for c in ask.text[: request.start - ask.start])
            and not any(c.isalnum() for c in ask.text[request.end - ask.start :])
            and _wants_the_reply(request, asks)
            # "Can you confirm the time?" asks for the time (the fresh-eyes review); "Can you
            # confirm all three by Sunday?" what was asked
            and _confirms_what_was_asked(_bare_words(request, asks))
            for request in asks.within(ask)
            if request.kind is AskKind.REQUEST
        ) or _any_book_finds(lambda b: b.reply_head, _bare_words(ask, asks))
    if ask.kind is not AskKind.REQUEST or asks_for_hours(ask):
        return False
    words = _clause(ask.text)
    if _CONTENT_AFTER_COLON.search(words):
        # "אני מבקשת תשובה בכתב עד יום חמישי: מטפלת מחליפה קבועה, וזיכוי…": what the answer
        # must hold follows the colon (round 109's check set).
        return False
    # "אשמח לתשובה היום אם אפשר": "if possible" asks nothing (round 259); the filler goes before
    # what is asked is looked for.
    unfilled = _without_filler(words)
    asks_what = _any_book_finds(lambda b: b.asks_what, unfilled)
    if _any_book_finds(lambda b: b.needs_to_know, unfilled):
        # "I just need to know for the budget": the answer asked elsewhere, wanted (round 42).
        return not asks_what
    if _any_book_finds(lambda b: b.writing_wanted, words) and len(words.split()) <= 8:
        # "Put whatever you have to say in writing", "תענה לי בכתב": the reply is in writing
        # (round 64: a field for it beside "We'll keep this in writing").
        return True
    # "Please confirm in writing today", "Can you confirm both today": the reply confirms
    # (round 63); the book's filler words ask nothing of their own.
    words = _bare_words(ask, asks)
    # "תגידי מה לשלוח", "tell me when it's ready": what to tell is an ask of its own.
    if asks_what:
        return False
    if _any_book_finds(lambda b: b.reply_head, " ".join(_without_filler(words).split())):
        # "תעדכני היום", "אפשר תשובה עד הערב?" (round 261-262: fields for them); "update the
        # site today" asks for the site; "Let me know by Wednesday if possible so I can book my
        # room" once its time, reason and filler are out (round 292)
        return True
    if ask.value not in ("tell", "reply", "confirm"):
        return False
    if len(words.split()) <= 3:
        return True
    # "Please confirm today, we land Friday so no time": the reason after the clause names
    # nothing to answer (round 258).
    head = _CLAUSE_BREAK.split(words, maxsplit=1)[0]
    # "תאשרי עד 14:00 היום אני מתאם עם המובילים": a reason with no comma, whose things are the
    # reason's ("המובילים"), not asked for (round 277: a field for it beside the answers)
    reason = next(
        (
            found
            for pack in packs()
            if (found := _case_blind(load_phrase_book(pack).reason_start)[0].search(head))
        ),
        None,
    )
    if reason is not None and not any(
        d.kind is AskKind.DEADLINE and d.end - ask.start <= len(_clause(ask.text))
        for d in asks.within(ask)
    ):
        # …only after the time the reply is wanted by ("תאשרי עד 14:00 היום אני מתאם"): "Please
        # confirm I'm getting the premium package" asks what to confirm (a fresh-eyes review)
        reason = None
    if reason is not None:
        head = head[: reason.start()]
    rest = words[len(head) :]
    return (
        bool(rest.strip())
        # "ותגיד מחיר, אני לא צריך לראות עוד 3 הצעות" asks for the price
        and _any_book_finds(lambda b: b.reply_head, " ".join(head.split()))
        and (reason is not None or not any(_names_a_thing(rest, pack) for pack in packs()))
        and not any(c.isdigit() for c in rest)
        # "Let me know by Friday, also regarding parking" asks about parking
        and not _any_book_finds(lambda b: b.also_words, rest)
        and not any(
            other.kind in (AskKind.REQUEST, AskKind.QUESTION, AskKind.MONEY, AskKind.DELIVERABLE)
            for other in asks.within(ask)
        )
    )


def _confirms_what_was_asked(words: str) -> bool:
    """Whether a request's bare words name nothing beyond what was asked: the verb alone, or the
    verb and the book's words for what the message asked ("all three", "את הכל")."""
    rest = " ".join(words.split()[1:])
    return (
        not rest
        or _any_book_finds(lambda b: b.reply_head, words)
        or _any_book_finds(lambda b: b.reply_objects, rest)
    )


def _only_asked(source: str, asks: Asks, category: str) -> bool:
    """Whether every word that set off a cue category is inside a question the client asks."""
    words = triggers(source[:_CUES_READ]).get(category, set())
    questions = " ".join(q.text.lower() for q in asks.of(AskKind.QUESTION))
    return bool(words) and all(word.lower() in questions for word in words)


def _preamble(ask: Ask) -> bool:
    """Whether a request only opens what follows ("I want to clarify a few things", "אני רוצה
    לעשות סדר"): the asks after it are what to answer (rounds 260-269: fields for it beside them)."""
    return ask.kind is AskKind.REQUEST and _any_book_finds(
        lambda b: b.preamble, " ".join(_clause(ask.text).split())
    )


def _bare_words(ask: Ask, asks: Asks) -> str:
    """An ask's first clause without its times and every pack's reply filler, spaced once."""
    words = _clause(ask.text)
    for deadline in asks.of(AskKind.DEADLINE):
        # "תעדכן ל2.8" moves a date, it is no time to answer by
        if ask.start <= deadline.start < ask.end and not _any_book_finds(
            lambda b: b.time_target, deadline.text
        ):
            words = words.replace(deadline.text, " ")
    return " ".join(_without_filler(words).split())


def _without_filler(words: str) -> str:
    """The words with every pack's reply filler ("please", "if possible", "בבקשה") taken out."""
    for pack in packs():
        words = _case_blind(load_phrase_book(pack).reply_filler)[0].sub(" ", words)
    return words


# Requests whose object is something the owner hands over: only then is "I'll send {what}" an
# answer ("send the files", "תכין את ההצעה"); "do 80 like the sketch" hands nothing over.
_SENDING = frozenset(
    "send give return issue show bring publish print translate finish prepare fix update write "
    "design".split()
)
# Deliverables a reply names as the thing talked about ("טעות בחשבונית" → "לגבי החשבונית"): not a
# format, a revision or an extra (their own sentences name those), nor a version, which is
# named by what follows it ("גרסה לסטורי", "a dark-mode version"), not by "the version".
_NAMED_DELIVERABLES = frozenset({"files", "invoice", "quote", "contract"})
# A main ask that only frames a complaint: the thing complained about is anywhere in the message.
_COMPLAINT_FRAMES = (AskKind.THREAT, AskKind.SARCASM)


def _thing_candidates(
    asks: Asks, source: str, pack: LanguagePack, book: PhraseBook | None = None
) -> list[tuple[int, int, str]]:
    """The message's things (start, end, phrase) a reply may name, sorted, found once a message.

    Things inside a sarcasm, refusal, threat, sum or date, or a "don't", are left out, and so
    are things the words before make no topic (the book's ``not_the_topic``: "like the new Zara
    campaign", "מול האורחים").
    """
    if pack.things is None:
        return []
    # Nor the words of a "don't" ("ואל תגיד לי שזה בגלל הפקק" is no talk about the traffic).
    avoid = [(a.start, a.end) for a in asks.items if a.kind in _NOT_ABOUT or a.subtype == "dont"]
    # Nor whom a threat's rest names ("אני מפרסם בכל הקבוצות של השכונה"), nor the excuse a
    # client refused in advance (round 62's harmful "לגבי המזגן:" beside "אל תגיד לי שזה המזגן").
    avoid += [
        (a.start, _sentence(source, a.start)[1])
        for a in asks.items
        if a.kind is AskKind.THREAT or (a.kind is AskKind.REFUSAL and a.subtype == "no_excuses")
    ]
    if any(
        (a.kind is AskKind.REFUSAL and a.subtype == "no_call")
        or (a.subtype == "stance" and a.value == "call")
        for a in asks.items
    ):
        # A client who declined a call ("No need for an intro call, just send me the Zoom
        # link"): the reply names no call channel as its topic ("About the Zoom link:", round 197)
        avoid += [(a.start, a.end) for a in asks.of(AskKind.CHANNEL) if a.subtype in _CALLS]
    found: list[tuple[int, int, str]] = []
    for start, end in pack.things(source):
        phrase = pack.object_phrase(source, start, end) if pack.object_phrase else source[start:end]
        found.append((start, end, _clause(phrase)))
    for ask in asks.of(AskKind.DELIVERABLE):
        if ask.subtype not in _NAMED_DELIVERABLES or any(s <= ask.start < e for s, e, _ in found):
            continue
        if pack.named_deliverable is not None:
            named = pack.named_deliverable(ask.text)
        elif pack.object_phrase is not None:
            named = pack.object_phrase(source, ask.start, ask.end)
        else:
            named = None
        if named:
            found.append((ask.start, ask.end, _clause(named)))
    aside = book.not_the_topic if book is not None else "(?!)"
    return sorted(
        (
            # A thing the words before make no topic is kept, named as no phrase (""): the
            # reply names none rather than the next thing along, often as far off.
            c
            if not _case_blind(aside)[0].search(source[max(0, c[0] - 50) : c[0]])
            else (c[0], c[1], "")
            for c in found
            if not any(c[0] < e and s < c[1] for s, e in avoid)  # overlaps none
        ),
        key=lambda c: c[0],
    )


def _thing(
    asks: Asks,
    source: str,
    pack: LanguagePack,
    main: Ask | None,
    candidates: Sequence[tuple[int, int, str]],
    *,
    within_only: bool = False,
) -> str | None:
    """The thing the message is about, in the client's words, when they read cleanly.

    A thing inside the main ask's words ("תוריד את כל התקציב" → "התקציב"), else the last one
    before it in its clause ("עם הסולם הגדול תגיד מתי אתה בא"), or a deliverable the reader knows
    anywhere in its sentence ("the contract, can you send it"). A definite noun phrase, or a
    deliverable the client wrote bare, named definite ("תשלח חוזה" → "החוזה").
    When the main ask is a threat or a sarcasm, the complaint is the message itself: its first
    thing outside a salutation and the threats' sentences ("1,800 ₪ ועדיין המזגן מטפטף" →
    "המזגן"). Otherwise a thing elsewhere in the message is not named (it may be what the
    client is not asking), and with nothing asked, none is. ``candidates``:
    :func:`_thing_candidates`.
    """
    if main is None:
        return None  # with nothing asked, a thing named could be what the client is not asking
    complaint = main.subtype == "condition" or main.kind in _COMPLAINT_FRAMES
    if complaint and not within_only:
        # The complaint's thing, outside a salutation and the threats' sentences ("…בכל הקבוצות
        # של העצמאים" names whom they would tell, not what went wrong).
        threats = [_sentence(source, a.start) for a in asks.of(AskKind.THREAT)]
        told = [
            c
            for c in candidates
            if not _in_salutation(source, c[0]) and not any(s <= c[0] < e for s, e in threats)
        ]
        if main.subtype == "condition":
            # An ultimatum's condition ("אם עד יום ראשון אין קישור לגלריה, אני…") names its thing
            # inside, or the complaint before it does ("המטבח פרוק … אם עד יום ראשון לא יהיו פה
            # פועלים"); never what follows it.
            inside = [c for c in candidates if main.start <= c[0] < main.end]
            ordered = inside + [c for c in told if c[0] < main.start]
        else:
            ordered = told
    else:
        sentence_start, sentence_end = _sentence(source, main.start)
        inside = [c for c in candidates if main.start <= c[0] < main.end]
        # A thing outside the ask only in its own clause, right before it ("אהבתי את הסקיצה
        # השנייה, תתקדם איתה" names none): past a comma, or after the ask, the words are about
        # something else half the time (rounds 39-43: "About the growth plates:", "לגבי התינוק:"
        # for asks about a programme and a date).
        # A deliverable the reader knows ("the contract", "ההצעה") is named from anywhere in the
        # ask's sentence.
        known = [(a.start, a.end) for a in asks.of(AskKind.DELIVERABLE)]

        def deliverable(c: tuple[int, int, str]) -> bool:
            return any(s < c[1] and c[0] < e for s, e in known)

        before = [
            c
            for c in candidates
            if sentence_start <= c[0] < main.start
            and (deliverable(c) or not _CLAUSE_BREAK.search(source, c[1], main.start))
        ]
        after = [c for c in candidates if main.end <= c[0] < sentence_end and deliverable(c)]
        # A further ask's label names only a deliverable the reader knows ("And about the
        # invoice:"): other words inside one were wrong often (rounds 53-55: "ולגבי העמותות:",
        # "And about the pros:").
        ordered = (
            [c for c in inside if deliverable(c)] if within_only else inside + before[::-1] + after
        )
    # A deliverable or a sum the reader knows is named whatever its words.
    known_things = [
        (a.start, a.end) for a in asks.items if a.kind in (AskKind.DELIVERABLE, AskKind.MONEY)
    ]
    for start, end, phrase in ordered:
        if not phrase:
            return None  # the first thing is no topic ("like the new Zara campaign")
        if _reads_cleanly(phrase, pack):
            if _a_topic(phrase, pack) or any(s < end and start < e for s, e in known_things):
                return phrase
            return None  # the client's words, but not what their work is about
    return None


def _a_topic(phrase: str, pack: LanguagePack) -> bool:
    """Whether a thing's words name what client work is about (the pack's ``topics``)."""
    return not pack.topics or any(
        word.lower().strip("\"'׳״") in pack.topics for word in phrase.split()
    )


# What ends a clause inside a sentence: a comma, a colon, a semicolon, a bracket or a dash.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _thing_after(
    pattern: str, source: str, candidates: Sequence[tuple[int, int, str]], pack: LanguagePack
) -> str | None:
    """The first thing right after words ``pattern`` finds: what a quiet client still owes
    ("עוד לא עברתי על הטקסטים" → "הטקסטים"). Only right after: a thing further on is often
    another's ("…חייב לך את ה-cap table החתום" is no "החתום")."""
    if not candidates:
        return None
    starts = {start: phrase for start, _, phrase in candidates}
    for match in _case_blind(pattern)[0].finditer(source[:2_000]):
        phrase = starts.get(match.end())
        if phrase is not None and _reads_cleanly(phrase, pack):
            return phrase
    return None


def _in_salutation(source: str, pos: int) -> bool:
    """Whether ``pos`` is in a line that only addresses someone ("לכבוד המשרד,", "Dear team,")."""
    start = source.rfind("\n", 0, pos) + 1
    end = source.find("\n", pos)
    line = source[start : end if end >= 0 else len(source)].strip()
    return len(line.split()) <= 4 and line.endswith((",", ":"))


# A quotation mark that opens or closes: not one between two letters (ש"ח, מע"מ).
_QUOTE_MARK = re.compile(r'(?<![^\W\d_])["“”„״]|["“”„״](?![^\W\d_])')


def _inside_quotes(source: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation on its line: a contract's clause the client
    quotes ('"…no later than March 3, 2025…"') holds no date the client wants now (round 40:
    said back sixteen days after it had passed)."""
    line = source[source.rfind("\n", 0, pos) + 1 : pos]
    return len(_QUOTE_MARK.findall(line)) % 2 == 1


def _time_phrase(ask: Ask, source: str, book: PhraseBook, starts: Mapping[int, Ask]) -> str:
    """A deadline's words with those that continue it ("עד מחר" + "ב-9", "by EOD" + "Friday")."""
    end = ask.end
    for gap in (1, 2):
        nxt = starts.get(end + gap)
        if nxt is not None and not source[end : nxt.start].strip():
            end = nxt.end
    more = _case_blind(book.when_continues)[0].match(source[end : end + 20])
    if more is not None:
        end += more.end()
    return _unshouted(_clause(source[ask.start : end]), book)


_SHOUTED = re.compile(r"\b[^\W\d_]{2,}\b")


def _unshouted(said: str, book: PhraseBook) -> str:
    """A time as the reply says it: a word the client wrote in capitals ("BY FRIDAY AT 5PM",
    "TONIGHT") said back in capitals would shout back. The book's small words go small, other
    words of four letters or more get one capital (days, months, holidays), and shorter ones
    ("EOD", "MAY") stay as written."""
    small = _case_blind(book.said_small)[0]
    title = _case_blind(book.said_title)[0]

    def calm(word: re.Match[str]) -> str:
        shouted = word[0]
        if not shouted.isupper():
            return shouted
        if small.fullmatch(shouted):
            return shouted.lower()
        if len(shouted) >= 4 or title.fullmatch(shouted):
            return shouted.capitalize()
        return shouted

    return _SHOUTED.sub(calm, said)


def _sayable(said: str, pack: LanguagePack) -> bool:
    """Whether a time phrase can stand in the reply: short, the reply's letters, digits, signs."""
    allowed = f"^[{pack.letters}0-9:.,'\"׳״ -]+$"
    return 0 < len(said) <= 30 and re.match(allowed, said) is not None


def _later(
    asks: Asks, book: PhraseBook, pack: LanguagePack, source: str, deadlines: Mapping[int, Ask]
) -> str | None:
    """The time a client puts things off to, as they wrote it ("אחרי החגים", "next month").

    A postponement or deadline that starts the way the phrase book allows; only a quiet client's
    reply says it back, agreeing to it ("אחרי החגים זה בסדר מבחינתי").
    """
    for ask in sorted((*deadlines.values(), *asks.of(AskKind.POSTPONE)), key=lambda a: a.start):
        # The owner's own promise quoted back ('…would be with us "early next week at the
        # latest"') is no put-off of the client's (round 83's harmful "Picking this up next week
        # is fine by me").
        if (
            _said_before(book.later_skip, source, ask.start)
            or _inside_quotes(source, ask.start)
            or _case_blind(book.later_taken_back)[0].search(source[ask.end : ask.end + 80])
        ):
            continue
        if (
            ask.kind is AskKind.DEADLINE
            and _SPELL.fullmatch(str(ask.value or ""))
            and not any(
                _sentence(source, p.start) == _sentence(source, ask.start)
                for p in asks.of(AskKind.POSTPONE)
            )
            # "נדבר על זה בעוד שעה?": a talk put off, in either language
            and not _any_book_finds(
                lambda b: b.talk_words, source[slice(*_sentence(source, ask.start))]
            )
        ):
            # "Could someone fix that this week, quietly, in an hour?": how long the work takes,
            # no time to pick things up (round 304's harmful "Picking this up in an hour…");
            # "let's pick this up in an hour?" still puts off
            continue
        said = _time_phrase(ask, source, book, deadlines)
        asked = any(
            r.start <= ask.start < r.end
            for r in (*asks.of(AskKind.REQUEST), *asks.of(AskKind.POSTPONE))
        )
        if said.lower().startswith(book.later_asked) and not asked:
            continue
        if (
            ask.kind is AskKind.DEADLINE
            and asked
            # "תן לי לשלם את היתרה אחרי ה-10": a payment put off is the owner's to allow
            and not _any_book_finds(
                lambda b: rf"{b.pay_nouns}|{b.pay_verbs}", _clause_around(source, ask.start)
            )
        ):
            # "בואי נדבר על זה אחרי ה-10 לחודש": the date is read without the "after" before it
            # (round 255: "אחזור אליך בערך ב-[מתי]" beside it); only in what the client asks or
            # puts off, not a payment asked leave for ("אני מעביר אחרי ה-10, בסדר?") nor what
            # happened after a date ("המשלוחים נעצרו אחרי ה-3")
            said = _lead_before(source, ask.start, book) + said
        if _sayable(said, pack) and said.lower().startswith(book.later_starts):
            return said
        if ask.kind is AskKind.POSTPONE:
            # "נדבר אחרי" + "החג": the put-off's words end on where the time starts, and the time
            # is the rest of its clause (round 234: "אחזור אליך בערך ב-[מתי]" beside "נדבר
            # אחרי החג").
            opening = next(
                (s for s in book.later_starts if s.endswith(" ") and ask.text.endswith(s.strip())),
                None,
            )
            if opening is not None:
                start = ask.end - len(opening.strip())
                rest = _case_blind(book.later_rest)[0].match(source, ask.end)
                if rest is not None and _sayable(_clause(source[start : rest.end()]), pack):
                    return _clause(source[start : rest.end()])
        if ask.subtype == "after_holidays" and isinstance(ask.value, str):
            in_reply = book.after_holiday.get(ask.value)
            if in_reply is not None:
                return in_reply
    return None


def _lead_before(source: str, at: int, book: PhraseBook) -> str:
    """The word of ``later_lead`` that ends right before offset ``at``, as the client wrote it
    ("אחרי " before "ה-10 לחודש"), or ""; a whole word only ("again " ends with no "in ")."""
    before = source[max(0, at - 12) : at]
    for lead in book.later_lead:
        if before.lower().endswith(lead.lower()) and not before[: -len(lead)][-1:].isalpha():
            return before[-len(lead) :]
    return ""


def _time_asked(
    asks: Asks,
    main: Ask | None,
    book: PhraseBook,
    pack: LanguagePack,
    source: str,
    deadlines: Mapping[int, Ask],
) -> str | None:
    """The point in time a question asks about ("אתה מגיע מחר ב-7?" → "מחר ב-7"), to name it.

    "after Q3", "by Friday", "בשבת" do not read after the ``about`` frame and are left out.
    """
    if main is None or main.kind is not AskKind.QUESTION:
        return None
    # "…or is it urgent?" names no point in time (round 101: "I'll check in again about urgent")
    timed = [a for a in asks.within(main) if a.kind is AskKind.DEADLINE and a.subtype != "asap"]
    if not timed:
        return None
    said = _time_phrase(timed[0], source, book, deadlines)
    spans = book.when_starts + book.later_starts + book.time_not_named
    return said if _sayable(said, pack) and not said.lower().startswith(spans) else None


# What ends a sentence: its mark (a dot inside "site.com" or "10.12" is none), a line break, or
# an emoji, which ends one in chat ("… in their review lol 🙌 Can we lock in every Friday?").
_SENTENCE_END = re.compile("(?<!\\w)\\.|\\.(?!\\w)|[!?\n\u2600-\u27bf\U0001f300-\U0001faff]")


def _said_before(pattern: str, source: str, at: int) -> bool:
    """Whether the words just before offset ``at`` (up to 60 characters of its line) match.

    Not across a line break: "עוד לא" on the line above is no "not" before "אחרי החג" (round 98).
    """
    before = source[max(0, at - 60) : at]
    return _case_blind(pattern)[0].search(before[before.rfind("\n") + 1 :]) is not None


def _refund_threatened(refunds: Sequence[Ask], asks: Asks, source: str) -> bool:
    """Whether every refund the message names (``refunds``) is an ultimatum's consequence, after
    its condition in one sentence ("If this is not corrected by Wednesday 12:00, I will ask for
    full refund"): the fix is asked now, the refund not yet (round 126: "About the refund
    (₪6,500): [what you can offer]" to a client who wants it fixed first; rounds 123 and 128)."""
    conditions = [a for a in asks.of(AskKind.REQUEST) if a.subtype == "condition"]
    return bool(refunds) and all(
        any(
            c.end <= a.start and _sentence(source, c.start) == _sentence(source, a.start)
            for c in conditions
        )
        for a in refunds
    )


def _pays_later(asks: Asks, source: str, later: str | None, scanned: _Scanned) -> bool:
    """Whether the client puts off their own payment: a put-off's sentence pays something named
    ("ואת ה-320 על מרץ אני אעביר כשאתפנה", "I'll pay the balance after the holidays"), or
    settles "it" in a message about a payment ("…ההודעות שלך על התשלום (1,280 ₪). אני אסדר את
    זה בקרוב")."""
    if _in_any_pack(lambda b: b.paid_already, scanned):
        return False  # "התשלום עבר, תודה! … אטפל בזה אחרי החגים": nothing owed is put off
    spans = [_sentence(source, at) for at in _put_off_at(asks, source, later)]
    # …or pays "then" in the sentence after it ("אפשר שנחזור אלייך אחרי החגים? ואת המקדמה של
    # ה400 נעביר גם אז", round 282's harmful "אחרי החגים זה בסדר מבחינתי")
    spans += [
        after
        for _, end in list(spans)
        if end < len(source)
        and (after := _sentence(source, end + 1))[0] > end
        and _any_book_finds(lambda b: b.then_words, source[slice(*after)])
    ]
    sentences = [source[slice(*span)] for span in spans]
    named = [
        _any_book_finds(lambda b: b.pay_nouns, said) or _any_book_finds(lambda b: b.sum_named, said)
        for said in sentences
    ]
    # "I'll pay…", "אשלם…" pay; "I'll transfer…", "אעביר…" pay only what is money ("the 3 files"
    # are not), said in the same sentence
    if any(
        _any_book_finds(lambda b: b.pay_verbs, said)
        or (_any_book_finds(lambda b: b.pay_moves, said) and money)
        or (_any_book_finds(lambda b: b.pay_later_asked, said) and money)
        # "…the payment for March): I will come back to you about this" (round 163)
        or (
            money
            and any(a.value == "returns" and s <= a.start < e for a in asks.of(AskKind.POSTPONE))
        )
        for said, money, (s, e) in zip(sentences, named, spans, strict=True)
    ):
        return True
    if spans and _in_any_pack(lambda b: b.unpaid_words, scanned):
        return True
    # "I'll sort it" of a payment: named in its sentence or the one before, or the message is
    # about a sum owed ("ההודעות שלך על התשלום של המגשים (1,280 ₪). … אני אסדר את זה בקרוב")
    owed = _in_any_pack(lambda b: b.pay_nouns, scanned) and asks.has(AskKind.MONEY, "amount")
    if owed and any(
        _any_book_finds(lambda b: b.pay_moves, said)
        and _any_book_finds(lambda b: b.pay_nouns, source[slice(*_previous_sentence(source, span))])
        for said, span in zip(sentences, spans, strict=True)
    ):
        # "…וגם לא על החשבונית (2,900 ש"ח). בוא נסגור הכל אחרי החגים" (round 330's harmful
        # "אחרי החגים זה בסדר מבחינתי"): the sum owed named in the sentence before
        return True
    return any(
        (
            (
                _any_book_finds(lambda b: b.settle_it, said)
                or (owed and _any_book_finds(lambda b: b.payer_words, said))
            )
            and (
                money
                or owed
                or _any_book_finds(
                    lambda b: b.pay_nouns, source[slice(*_previous_sentence(source, span))]
                )
            )
        )
        # "I haven't sent it yet. Let's talk about it after Pesach?", "החשבון… תקוע.. אפשר
        # שנדבר על זה אחרי החגים?" (rounds 301 and 307: "… is fine by me" beside a bill overdue)
        or (
            _any_book_finds(lambda b: b.talk_it, said)
            and _any_book_finds(lambda b: b.not_yet, before := _before(source, span))
            and _any_book_finds(lambda b: b.pay_nouns, before)
        )
        for said, money, span in zip(sentences, named, spans, strict=True)
    )


def _put_off_at(asks: Asks, source: str, later: str | None) -> list[int]:
    """Where the message puts things off: its postponements, and the time said back as the
    put-off (a deadline such as "next week" in "I'll send the draft next week maybe")."""
    found = [a.start for a in asks.of(AskKind.POSTPONE)]
    if later:
        at = source.lower().find(later.lower())
        if at >= 0:
            found.append(at)
    return found


def _before(source: str, sentence: tuple[int, int]) -> str:
    """The words of the two sentences before ``sentence`` ("לגבי החשבון …, אני יודע שזה תקוע..
    המשווק עוד לא העביר לי כלום" before "אפשר שנדבר על זה אחרי החגים?")."""
    previous = _previous_sentence(source, sentence)
    return source[_previous_sentence(source, previous)[0] : previous[1]]


def _previous_sentence(source: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The span of the sentence before ``sentence`` (past its marks, an ellipsis and the line
    break); ``sentence`` itself when it is the first."""
    last = sentence[0] - 1
    while last >= 0 and not source[last].isalnum():
        last -= 1
    return _sentence(source, last) if last >= 0 else sentence


def _sentence(source: str, at: int) -> tuple[int, int]:
    """The span of the sentence around offset ``at``: from just after the last sentence end
    before it to the first at or after it. A full stop right before ``at`` ends the sentence
    before it even when a letter follows ("v2.final" cut at the "f")."""
    ends = _sentence_ends(source)
    i = bisect_left(ends, at)
    start = ends[i - 1] + 1 if i else 0
    if at > 0 and source[at - 1] == ".":
        start = at
    return start, ends[i] if i < len(ends) else len(source)


@lru_cache(maxsize=16)
def _sentence_ends(source: str) -> tuple[int, ...]:
    """Where each sentence of ``source`` ends (every match of the one-character
    ``_SENTENCE_END``), found once per message: ``_sentence`` is asked about it dozens of
    times."""
    return tuple(m.start() for m in _SENTENCE_END.finditer(source))


def _clause_around(source: str, at: int) -> str:
    """The clause around offset ``at``: its sentence cut at commas, semicolons and dashes."""
    return source[slice(*_clause_bounds(source, at, at))]


def _clause_bounds(source: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``source[start:end]`` begins and ends: its sentence cut at the
    last comma, semicolon or dash before ``start`` and the first after ``end``."""
    first, last = _sentence(source, start)
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(source, first, start)]
    stop = _CLAUSE_CUT.search(source, end, last)
    return (cuts[-1] if cuts else first, stop.start() if stop else last)


_CLAUSE_CUT = re.compile(r"[,;]|\s[–—-]\s")
# A sum in a refund's own words ("the $140 back"), not a share of one ("50% back").
_SUM_IN_WORDS = re.compile(r"(?<![\d,.])\d[\d,.]*(?![\d,.]|\s?%)")


@per_packs
def _due_starts() -> tuple[str, ...]:
    """Every book's ``when_starts``: how a due date is said, in any language."""
    return tuple(s for each in packs() for s in load_phrase_book(each).when_starts)


def _due_in(quoted: str) -> bool:
    """Whether an earlier message holds something due by a time ("פתוחה עד סוף החודש", "by the
    15th"): a deadline said the way a due date is (any book's ``when_starts``), or one inside what
    the owner said is needed ("צריך לחזור לשיעור קבוע כבר בשבוע הבא", round 114); not a header's
    "Sent: Monday, March 3" nor "the photos from Friday"."""
    if _any_book_finds(lambda b: b.validity, quoted):
        return True  # "ההצעה בתוקף ל-30 יום": an offer that lapses (round 122)
    return any(
        a.text.lower().startswith(_due_starts())
        or _any_book_finds(lambda b: b.due_words, quoted[slice(*_sentence(quoted, a.start))])
        for a in read_asks(quoted, language="mixed").of(AskKind.DEADLINE)
    )


def _amount(asks: Asks, book: PhraseBook, source: str) -> str | None:
    """The refund's sum as the reply writes it ("2,000 ₪", "$340"): the first sum in the
    refund's sentence, else, for a full refund, the message's only sum. Otherwise none: "$3,180
    spent" is not the management fee they want back."""
    sums = [
        a
        for a in asks.of(AskKind.MONEY)
        if a.subtype == "amount"
        # "הגיטרה שווה 14,000 ₪ … או החזר מלא על הגיטרה": the guitar's value, not a sum paid
        # (round 136: "לגבי ההחזר (14,000 ₪)")
        and not _case_blind(book.worth_before)[0].search(source[max(0, a.start - 20) : a.start])
        # "a "return handling fee" of 390 NIS will be charged. Absolutely not": a fee refused is
        # not what they want back (round 217: "About the refund (₪390)" beside a sofa refused);
        # a fee charged and to be refunded still is
        and not (
            _said_before(book.fee_before, source, a.start)
            and _case_blind(book.fee_refused)[0].search(
                source, a.start, _sentence(source, a.end)[1] + 40
            )
        )
    ]
    refunds = [a for a in asks.of(AskKind.MONEY) if a.subtype == "refund"]
    if any(_SUM_IN_WORDS.search(r.text) for r in refunds):
        # "I want the $140 back plus the ₪380 taxi": the refund's own sum is in its words; the
        # sum beside it is something else (round 67's messages: "About the refund (₪380)").
        return None
    if any(_any_book_finds(lambda b: b.deposit_words, source[r.end : r.end + 25]) for r in refunds):
        # "a refund of the deposit": the deposit's own sum, written right by the word ("a
        # deposit of $500", "מקדמה של 1,500 ₪", "the $500 deposit"), or none ("under the
        # original $2,400 … or a refund of the deposit", round 258's harmful "About the refund
        # ($2,400)"); in either language, since a mixed message may name it in the other
        sums = [
            a
            for a in sums
            if _any_book_finds(lambda b: b.deposit_words, source[max(0, a.start - 15) : a.start])
            or _any_book_finds(lambda b: rf"^\s?(?:{b.deposit_words})", source[a.end : a.end + 12])
        ]
    sentences = [_sentence(source, r.start) for r in refunds]
    near = [
        a
        for a in sums
        if any(s <= a.start < e for s, e in sentences)
        # "אני לא מעבירה את יתרת התשלום של 14,000 ₪ … ואם לא אקבל החזר": the balance held back
        # is not the refund's sum (round 70: "לגבי ההחזר (14,000 ₪)")
        and not _case_blind(book.balance_before)[0].search(source[max(0, a.start - 30) : a.start])
    ]
    # The sum nearest the refund's words ("…או החזר מלא של 3,200 ש״ח"), not another sum of the
    # sentence ("פיצוי על המיקרוגל (650 ש״ח)"); a total worked out right after them first.
    near.sort(
        key=lambda a: (
            not _worked_total(a, refunds, source),
            min(abs(a.start - r.end) for r in refunds),
        )
    )
    full = any(_case_blind(book.refund_full)[0].search(source[s:e]) for s, e in sentences)
    # in either language: "שילמנו 1,150 ש"ח" in an English complaint (round 307's harmful
    # "About the refund (₪420)", the vet bill)
    paid = [
        a
        for a in sums
        if _any_book_finds(lambda b: b.paid_before, source[max(0, a.start - 45) : a.start])
    ]
    if (
        full
        and paid
        and near
        and all(
            _any_book_finds(lambda b: b.bill_before, source[max(0, a.start - 20) : a.start])
            for a in near
        )
    ):
        # "I want a full refund, the vet bill (₪640) covered": the refund's sentence holds only
        # a bill to be covered; the sum refunded is the one paid ("the premium package (₪1,650)").
        near = paid[:1]
    # "a full refund of this month's retainer": what is wanted back is named, so the message's
    # only sum ("around $11k" of lost sales) is not its amount (round 64's harmful reply).
    named = any(_case_blind(book.refund_named)[0].search(source[s:e]) for s, e in sentences)
    for ask in near or (sums if len(sums) == 1 and full and not named else []):
        said = _as_written(ask, book)
        if said is not None:
            # "You people took $85 x 6 from us": the sum paid is the price times the people, as
            # written (round 115: "About the refund ($85)" for six tickets).
            times = _TIMES.match(source, ask.end)
            return f"{said} × {times.group(1)}" if times else said
    return None


_LIST_CUT = re.compile(r"(?<!\d),|,(?!\d)|;")  # a list's commas, not a sum's ("1,350")
_SPELL = re.compile(r"in-\d+-(?:hours?|minutes?|mins?)")  # a deadline's value: a spell of work
_NUMBER = re.compile(r"\d[\d,.]*")
_TIMES = re.compile(r"\s?[x×*]\s?(\d{1,3})(?![\d,.])")


def _worked_total(sum_: Ask, refunds: Sequence[Ask], source: str) -> bool:
    """Whether a sum is the total the client works out right after the refund's words, in
    brackets or not ("החזר על 4 הימים (4 × 185 ₪ = 740 ₪)", round 219: "לגבי ההחזר (185 ₪)"; "a
    full refund of the ride, 4 x ₪390 = ₪1,560", round 298's harmful "About the refund (₪390)";
    "זיכוי של 6 ימים, לפי 85 ש"ח ליום = 510 ש"ח", round 301's),
    not a term of it, nor a total paid later in the sentence ("…($80), the package was 10 x $80 =
    $800")."""
    if not source[max(0, sum_.start - 3) : sum_.start].rstrip().endswith("="):
        return False
    return any(
        0 <= sum_.start - r.end <= 60
        and (
            "(" in source[r.end : sum_.start]
            # unbracketed, a product or a count and a rate worked out ("4 x ₪390", "6 ימים, לפי
            # 85 ש"ח ליום"): two numbers before the total; only the refund's own, not "…the term
            # was 10 x ₪120 = ₪1,200" or "I paid 10 x $80 = $800" for the one lesson refunded
            or (
                len(_NUMBER.findall(source[r.end : sum_.start])) >= 2
                and not _any_book_finds(lambda b: b.not_worked_out, source[r.end : sum_.start])
            )
        )
        and ")" not in source[r.end : sum_.start]
        for r in refunds
    )


def _as_written(ask: Ask, book: PhraseBook) -> str | None:
    """A sum ask as the reply writes it ("2,000 ₪", "$340"); None for a currency the book does not
    write."""
    number, _, currency = (ask.value or "").partition(" ")
    if currency not in book.currencies:
        return None
    try:
        amount = float(number)
    except ValueError:
        return None
    # cents as money is written ("$41.60", not "$41.6": round 158), none for a whole sum
    said = f"{amount:,.2f}".removesuffix(".00")
    return book.currencies[currency].format(n=said)


def _charged(asks: Asks, book: PhraseBook) -> str | None:
    """The sum a client cries out at ("850 שקל על פתיחת דלת??????", "$900 for this??"): a charge
    disputed, which the reply takes up by its sum (round 73: the locksmith's reply said nothing
    of the 850). A sum refunded is the refund's line."""
    if asks.has(AskKind.MONEY, "refund"):
        return None
    sums = [a for a in asks.of(AskKind.MONEY) if a.subtype == "amount"]
    for question in asks.of(AskKind.QUESTION):
        if not exclaimed(question) or question.subtype == "rhetorical":
            continue
        if _case_blind(book.for_this)[0].search(question.text.rstrip("?!. ")):
            continue  # paid "for this??": the result is what is complained of
        for ask in sums:
            # The sum opens the outcry, after a word at most ("wait $4,000 for a jingle??").
            before = question.text[: ask.start - question.start].split()
            if question.start <= ask.start < question.end and len(before) <= 1:
                return _as_written(ask, book)
    return None


def _reads_cleanly(phrase: str, pack: LanguagePack) -> bool:
    """Whether the client's words for a thing can stand in the reply's sentence as they are.

    One to four words, all in the reply language's letters, none a bare number or a stray
    modifier: a misread phrase ("the only", "עוד 3") is left out rather than said wrong.
    """
    words = phrase.split()
    if not 1 <= len(words) <= 4:
        return False
    letters = re.compile(f"^[{pack.letters}][{pack.letters}'\"׳״-]*$")
    if not all(letters.match(w) for w in words) or words[-1].lower() in _DANGLING:
        return False
    # A construct phrase is definite by its last noun ("צילומי המוצרים").
    return pack.definite is None or any(re.match(pack.definite, w) for w in words)


# Words that end no noun phrase: a phrase ending in one lost its noun when it was cut.
_DANGLING = frozenset("only whole same other first last new the a an my your our this that".split())


_NO_MARKUP = str.maketrans({c: " " for c in "[]{}"})


def _clause(text: str) -> str:
    """A quoted ask as it can sit inside a sentence: one line, no end punctuation, not too long."""
    # Brackets and braces would be read as fields or slots of the reply: the client's words
    # never carry them in.
    one = " ".join(text.translate(_NO_MARKUP).split()).strip(" .,!?;:…-–—\"'״“”")
    if len(one) > 80:
        one = one[:80].rsplit(" ", 1)[0]
    return one


def _key(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest()[:8], "big")


def _choose(
    book: PhraseBook,
    move: str,
    label: str,
    seed: str,
    used: set[str],
    fit: frozenset[str],
    *,
    generic: bool = False,
) -> Sentence | None:
    """The most specific sentence for a move (most needs met), varied by the message.

    ``generic``: only a sentence with no needs and no labels (the move's plain form). ``fit``:
    the ids of the sentences :meth:`PhraseBook.fitting` this message (found once per message, not per move).
    """
    fitting = [
        s
        for s in book.of_move(move)
        if s.id not in used and s.id in fit and (not generic or (not s.needs and not s.labels))
    ]
    if not fitting:
        return None
    marked = [s for s in fitting if "occasion:grief" in s.needs] or [
        s for s in fitting if "occasion:injury" in s.needs
    ]
    if marked:
        # A death in the family is marked before anything else, a complaint included (round 38:
        # "the first evening of my mother's shiva" got "קיבלתי. צר לי על מה שקרה."); so is
        # someone hurt (round 226: a child in the ER after a trampoline park).
        fitting = marked
    best = max(len(s.needs) + (1 if s.labels else 0) for s in fitting)
    top = [s for s in fitting if len(s.needs) + (1 if s.labels else 0) == best]
    return top[_key(seed, move, label) % len(top)]


def _render(text: str, facts: Facts, ack: str, blanks: list[tuple[str, str]]) -> str:
    """Fill the slots; turn ``[[name:hint]]`` into ``[hint]`` and remember the blank."""
    filled = _SLOT.sub(lambda m: ack if m.group(1) == "ack" else facts.slots[m.group(1)], text)
    filled = filled[:1].upper() + filled[1:]  # a slot that opens the sentence ("After Q3 …")

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
    check: Callable[[str], object] | None = None,
    follow_up: bool = False,
    found_cues: Sequence[str] | None = None,
    quoted_text: str = "",
) -> list[Composed]:
    """Up to ``count`` replies for one message, each from its own recipe.

    ``seed_text`` is the text the asks were read from (their offsets point into it); it also
    varies the phrasing between messages. ``check`` is a callable returning the draft-check issues of a text (injected so this module
    does not depend on the replies module); a sentence that fails it is skipped. ``follow_up``
    composes the owner's message to a client who has gone quiet, not an answer to a message.
    ``found_cues``: the message's lexical cue categories when already known (else read here).
    ``quoted_text``: the earlier message the client replied under; a deadline in it (the owner's
    own reminder) is one a put-off must be weighed against.
    """
    book = load_phrase_book(pack)
    facts = Facts.of(
        asks,
        terms,
        source=seed_text,
        pack=pack,
        label=label,
        found_cues=found_cues,
        book=book,
        quoted=quoted_text,
    )
    kind = "follow_up" if follow_up else "neutral" if uncertain else label
    recipes = load_recipes()[kind]
    label = "follow_up" if follow_up else label
    limit = _limit(chat=chat, terms=terms)
    fit = book.fitting(facts.holds, facts.refused, label, chat=chat)
    out: list[Composed] = []
    texts: set[str] = set()
    for recipe in recipes:
        if len(out) == count:
            break
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
            fit=fit,
        )
        if composed is not None and composed.text not in texts:
            texts.add(composed.text)
            out.append(composed)
    return out


def _confirms_the_price(further: Ask, priced: Sequence[Ask], sums: int, how_much: bool) -> bool:
    """Whether a question only asks whether the price stays, or what an addition costs."""
    if further.kind is not AskKind.QUESTION or sums > (0 if how_much else 1):
        return False
    if _any_book_finds(lambda b: b.receipt_asked, further.text) or _any_book_finds(
        lambda b: b.pay_how, further.text
    ):
        return False
    return (
        how_much
        or any(a.kind is AskKind.MONEY and a.subtype == "same_price" for a in priced)
        or _any_book_finds(lambda b: b.price_words, further.text)
    )


def _answered_by_money_line(made: _Part, parts: Sequence[_Part], facts: Facts) -> bool:
    """Whether a further ask's field would repeat a money line (or the call line) the reply
    already has: the ask holds a refund (or another money ask, or a call asked for) that a
    sentence of the reply answers."""
    slot = next((k for k in facts.further_money if "{" + k + "}" in made.sentence.text), None)
    if slot is None:
        return False
    asked = facts.further_money[slot]
    covered = {kind for p in parts for kind in _covers(p.sentence, facts)}
    if _PRICE_TALKED in asked and covered & _PRICE_LINES and asked & _PRICE_DOWN_ASKED <= covered:
        # …the line of a price asked or asked down; not one of what a price includes, nor one
        # that does not give what is asked off (round 259's messages: "20% off everything"
        # beside "the price with the addition")
        return True
    if (
        _PRICE_CONFIRMED in asked
        and not asked & _PRICE_DOWN_ASKED
        and "deliverable:extra_item" in covered
    ):
        # "המחיר נשאר 2,400 כן?" after the things added: the addition's line ("whether it is
        # included, or what it costs") says whether the price stays (round 335: "duplicate the
        # 'about the addition' cost field"); a price asked down is not answered by it
        return True
    rest = asked - {_PRICE_TALKED, _PRICE_CONFIRMED}
    return bool(rest) and rest <= covered


def _bare(made: _Part) -> bool:
    """Whether a part's fields all quote nothing of the client's ("[what exactly, and by when]"):
    a general answer, not one to a thing asked."""
    return bool(made.blanks) and not any('"' in hint or "“" in hint for _, hint in made.blanks)


def _names_an_ask(made: _Part) -> bool:
    """Whether a part answers a particular ask (a refund, a payment, a sum, a date) rather than
    the message in general."""
    return any(
        need.split(":")[0] in ("money", "threat", "deliverable", "deadline", "charge_disputed")
        or (need.startswith("slot:") and need != "slot:ask")
        for need in made.sentence.needs
    )


def _limit(*, chat: bool, terms: Terms) -> int:
    if terms.reply_length == "short":
        return CHAT_CHARS
    if terms.reply_length == "long":
        return EMAIL_CHARS
    return CHAT_CHARS if chat else EMAIL_CHARS


# The asks a reply must not leave unanswered when its recipe did not reach them, most
# important first; one of them is added to a reply.
_SECONDARY = (
    "hazard",  # a danger told: what to do meanwhile, whatever else is answered (round 90)
    "charge_disputed",
    "threat:withhold",
    "threat",
    "money:refund",
    "question:how_much",
    "pay_how",
    "paid_now",
    "question:yes_no",
    "deliverable:extra_item",
    "money:same_price",
    "money:free",
    "money:discount",
    "refusal:only_email",
    "channel:meeting",
    "channel:call",
    "refusal:no_call",
)
_SLOT_KINDS = {"what": ("deliverable",), "later": ("deadline", "postpone")}
# What a sentence may need and still answer no ask of its own: a heated client's "first thing I'll
# take care of: […]" is the generic answer to heat.
_GENERIC_NEEDS = frozenset({"hostile"})
# The labels of a calm client: a harsh word alone does not make the message hostile.
_CALM = frozenset({"easygoing", "dormant"})
# How much of a message its cue words are read from.
_CUES_READ = 5_000
# A refusal of calls answered by keeping to writing: no second promise of writing beside it.
_IN_WRITING = frozenset({"refusal:no_call", "refusal:only_email", "refusal:only_email:writing"})
# What a message asks or demands beyond a refusal: a reply to it needs the owner's answer.
_DEMANDING_KINDS = frozenset(
    {"request", "question", "money", "threat", "sarcasm", "deliverable", "postpone", "deadline"}
)


def _covers(sentence: Sentence, facts: Facts) -> set[str]:
    """The asks a sentence answers: the kinds (and kind:subtypes) its needs name.

    A promise to confirm in writing answers nothing, though it needs a request to be made; nor
    does an opening answer a charge cried out (round 73: "ברור לי שהסכום הזה הפתיע" opens on
    it, and the sum still gets its line).
    """
    out: set[str] = set()
    if sentence.move == "written":
        return out
    if sentence.move == "open" and "charge_disputed" in sentence.needs:
        return out
    for need in sentence.needs:
        if need.startswith("slot:"):
            name = need[5:]
            if name == "ask" and facts.main:
                out.add(facts.main)
            elif name == "later" and "asked_beside_put_off" in facts.holds:
                # A put-off agreed to answers the put-off, not a day named in the main ask
                # ("אפשר שתשמור לי את יום שלישי ב16:00?" beside "נראלי בשבוע הבא", round 75).
                out.add("postpone")
            elif name in _SLOT_KINDS:
                out.update(_SLOT_KINDS[name])
        elif need.startswith("main:"):
            out.add(need[5:])
        else:
            # "refusal:only_email:writing" answers that refusal, and refusals
            parts = need.split(":")
            out.update(":".join(parts[:n]) for n in range(1, len(parts) + 1))
    return out


def _cover(
    book: PhraseBook,
    kind: str,
    moves: tuple[str, ...],
    facts: Facts,
    seed: str,
    used: set[str],
    fit: frozenset[str],
) -> Sentence | None:
    """The first of ``moves`` with a fitting sentence answering ``kind``: its most specific one."""
    for move in moves:
        fitting = [
            s
            for s in book.of_move(move)
            if s.id not in used and s.id in fit and kind in _covers(s, facts)
        ]
        if fitting:
            best = max(len(s.needs) for s in fitting)
            top = [s for s in fitting if len(s.needs) == best]
            return top[_key(seed, "cover", kind) % len(top)]
    return None


_CHECKED: dict[str, bool] = {}
_CHECKED_LIMIT = 10_000  # rendered sentences; most repeat, since few carry a slot


def _flagged(check: Callable[[str], object], text: str) -> bool:
    """Whether the draft check flags a rendered sentence (remembered: sentences repeat)."""
    found = _CHECKED.get(text)
    if found is None:
        if len(_CHECKED) >= _CHECKED_LIMIT:
            _CHECKED.clear()
        found = _CHECKED[text] = bool(check(text))
    return found


_ACK_LEAD = re.compile(r"^\{ack\}[,:.]?\s*")
_FIELD_TEXT = re.compile(r"\[[^\]]*\]")
_ABOUT = ("answer", "fix", "cover")  # the moves whose field may be named by the thing


@dataclass(slots=True)
class _Part:
    move: str
    sentence: Sentence
    text: str
    blanks: list[tuple[str, str]]
    protected: bool = False  # the part that answers the main ask is never dropped for length


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
    check: Callable[[str], object] | None,
    fit: frozenset[str],
) -> Composed | None:
    seed = f"{seed_text}\x1f{recipe.technique}"
    used: set[str] = set()
    ack = book.ack[_key(seed, "ack") % len(book.ack)]

    acked = False
    named = False  # whether the reply has named the thing the message is about

    def part(move: str, sentence: Sentence | None) -> _Part | None:
        nonlocal acked, named
        if sentence is None:
            return None
        blanks: list[tuple[str, str]] = []
        text = sentence.text
        if "{ack}" in text:
            unacked = _ACK_LEAD.sub("", text)
            # one acknowledgement a reply: later sentences start without it
            if acked or (not chat and not book.ack_in_email and unacked):
                text = unacked[:1].upper() + unacked[1:]
            acked = True
        rendered = _render(text, facts, ack, blanks)
        thing = facts.slots.get("thing")
        if thing is not None and thing in _FIELD_TEXT.sub("", rendered):
            named = True
        elif (
            thing is not None
            and book.about is not None
            and not named
            and rendered.startswith("[")
            and move in _ABOUT
        ):
            # A field alone does not say what it answers: name the thing in front of it.
            rendered = book.about.format(thing=thing) + " " + rendered
            named = True
        # A field quotes the client ("…כמו שכתבתי"): only the words the reply says are checked.
        if check is not None and _flagged(check, _FIELD_TEXT.sub("[]", rendered)):
            return None
        used.add(sentence.id)
        return _Part(move, sentence, rendered, blanks)

    parts: list[_Part] = []
    for move in recipe.moves:
        made = part(move, _choose(book, move, label, seed, used, fit))
        if made is not None:
            parts.append(made)
    covered: set[str] = set()
    for p in parts:
        covered |= _covers(p.sentence, facts)
    following_up = label == "follow_up"  # the owner writes first: nothing to answer
    # The main ask first: a reply that does not answer it does not fit the message.
    if not following_up and facts.main_kinds and not covered.intersection(facts.main_kinds):
        asked = facts.main in ("question", "request")
        opening = (
            ("answer", "fix", "reflect", "calm") if asked else ("reflect", "calm", "answer", "fix")
        )
        found = None
        for kind in facts.main_kinds:
            found = _cover(book, kind, opening, facts, seed, used, fit)
            if found is not None:
                break
        made = part("cover", found)
        if made is not None:
            made.protected = True
            at = next(
                (i for i, p in enumerate(parts) if p.move not in ("open", "reflect")), len(parts)
            )
            if (
                len(parts) > at
                and parts[at].move in ("answer", "fix")
                and set(parts[at].sentence.needs) <= _GENERIC_NEEDS
            ):
                # A generic answer gives way to the one that answers the ask (round 41: "About
                # the server: [what you will do to resolve it]" and "The first thing I'll take
                # care of: […]", one thing asked, two fields).
                parts[at] = made
            else:
                parts.insert(at, made)
            covered |= _covers(made.sentence, facts)
    fields = sum(len(p.blanks) for p in parts)
    closing = ("next", "written", "question", "default")
    # A field that quotes the main ask answers everything inside it: an ask within the main one
    # ("I'm assuming we can keep the same fee?") gets no second field (round 32: "two fields ask
    # the same thing").
    quoted_main = any("{ask}" in p.sentence.text for p in parts)
    if quoted_main:
        # A price line for the money the main ask's own field answers ("Can we get a package
        # price?" and "About the price: […]", two fields for one thing).
        parts = [
            p
            for p in parts
            if p.move != "boundary"
            or not (money := {k for k in _covers(p.sentence, facts) if k.startswith("money:")})
            or not money <= set(facts.main_kinds)
            # …unless a further ask asks it too ("…תעשי לי הנחה קטנה"): the line answers both.
            or any(money & asked for asked in facts.further_money.values())
        ]
    added: list[str] = []
    for kind in () if following_up else _SECONDARY:
        # One field beside the main ask's before another ask is added; a money ask also beside
        # a boundary's own line (round 58: an addition's price line, and "ותעשי לי מחיר" left out).
        # A refusal's line has no field ("We'll keep this in writing"): it still goes beside a
        # payment's line.
        beside_payment = added == ["threat:withhold"] and kind.startswith("refusal")
        if fields > (2 if kind.startswith("money") else 1) and not beside_payment:
            continue
        if quoted_main and kind in facts.main_kinds:
            continue
        if (
            added
            and (added[0].startswith("money") or not kind.startswith("money"))
            and not beside_payment
        ):
            continue  # one more line only for money beside another ask (round 51: an addition
            # and "אני מצפה להנחה", the discount left out)
        # A payment withheld is answered about the payment, whatever answered the threat in
        # general (round 65's messages: "אני לא משלמת על החודש הזה" as the main ask got a
        # "[what I'll do to fix it]" field and no word on the payment).
        general = kind != "threat:withhold" and kind.split(":")[0] in covered
        if kind in facts.holds and kind not in covered and not general:
            moves = ("answer", "fix", "boundary", "options")
            made = part("cover", _cover(book, kind, moves, facts, seed, used, fit))
            thing = facts.slots.get("thing")
            if (
                made is not None
                and thing
                and any(thing in _FIELD_TEXT.sub("", p.text) for p in parts)
                and thing in _FIELD_TEXT.sub("", made.text)
            ):
                # "לגבי המחיר: […]" twice: the main ask's field already answers about the
                # price it names (round 58's messages: "בוא נדבר תכלס על המחיר … תוריד ל-2,000").
                continue
            plain = (
                next((i for i, p in enumerate(parts) if _bare(p) and not _names_an_ask(p)), None)
                if kind in ("paid_now", "threat")
                else None
            )
            general = plain is not None and (
                parts[plain].move == "answer" and not parts[plain].sentence.needs
            )
            if (
                made is not None
                and kind == "paid_now"
                and plain is not None
                and general
                and label in _CALM
                and "complaint" not in facts.holds
                and facts.holds & {"praise", "warm"}
            ):
                # "just sent the ₪850 on Bit": a calm client who tells of a payment and thanks
                # is answered about the payment, not with a general "[your answer…]" beside it
                # (round 338: "the catch-all field isn't an owner-only fact"); anything else
                # said beside it ("the colours look a bit off though") keeps its field
                parts[plain] = made
                covered |= _covers(made.sentence, facts)
                added.append(kind)
                continue
            if made is not None and kind == "threat" and _bare(made) and plain is not None:
                # "[התשובה שלך…]" and "[מה אעשה כדי לפתור את זה…]": two fields that quote
                # nothing ask the owner the same thing (round 79); the one that answers the
                # complaint stands in for a plain answer, beside a fix it is not added.
                if general:
                    parts[plain] = made
                    covered |= _covers(made.sentence, facts)
                    added.append(kind)
                continue
            if made is not None:
                at = len(parts) - 1 if parts and parts[-1].move in closing else len(parts)
                parts.insert(at, made)
                fields += len(made.blanks)
                covered |= _covers(made.sentence, facts)
                added.append(kind)
                if len(added) == 2:
                    break
    if not following_up and fields <= (2 if chat else 3) and "ask2" in facts.slots:
        # The further things asked, each in its own field (dropped first when the reply is too
        # long for its channel).
        room = len(_FURTHER_MOVES[chat])
        further_moves = _FURTHER_MOVES[False]
        # More asked than there is room for: taken in _by_variety's order.
        order: Sequence[int] = (
            facts.further_order if len(facts.further_order) > room else range(len(further_moves))
        )
        further: list[tuple[int, _Part]] = []
        for i in order:
            if len(further) == room:
                break
            move = further_moves[i]
            made = part(move, _choose(book, move, label, seed, used, fit))
            if made is not None and _answered_by_money_line(made, parts, facts):
                continue  # "לגבי ההחזר: […]" already answers "אני רוצה את המקדמה בחזרה" (round 48)
            if made is not None:
                further.append((i, made))
        for _, made in sorted(further, key=lambda f: f[0]):  # in the order the client asked
            at = len(parts) - 1 if parts and parts[-1].move in closing else len(parts)
            parts.insert(at, made)
    # Two lines under one label ("לגבי המחיר: […]" twice): the later one goes (round 58's
    # messages, a price talked about and asked down).
    seen_labels: set[str] = set()
    kept: list[_Part] = []
    for p in parts:
        label_text = p.text.split("[", 1)[0].strip() if "[" in p.text else ""
        if label_text.endswith(":") and label_text in seen_labels and not p.protected:
            continue
        if label_text.endswith(":"):
            seen_labels.add(label_text)
        kept.append(p)
    parts = kept
    # Two fields quoting the same words ("About the addition: [… answering "could you throw in 3
    # extra posts…"]" and "[your answer to "could you throw in 3 extra posts…"]"): the later one
    # asks the owner again what the first one asks (round 106: "it repeats itself").
    quoted: set[str] = set()
    marks: set[str] = set()
    kept = []
    for p in parts:
        own = {q for _, hint in p.blanks for q in _QUOTE_IN_HINT.findall(hint)}
        # …or a short one naming a figure another names ("צריך 10W-40 כל 7,000" and "תשימו
        # 10W-40"): one thing asked twice over (round 129: "two overlapping fields")
        own_marks = {
            m for q in own if "…" not in q and len(q.split()) <= 8 for m in _FIGURE.findall(q)
        }
        if (
            (own & quoted or own_marks & marks)
            and not p.protected
            and p.move in _FURTHER_MOVES[False]
        ):
            continue
        quoted |= own
        marks |= own_marks
        kept.append(p)
    parts = kept
    # "I'll wait to hear from you" (a line that waits for the client's return, with no field)
    # closes what is asked, after the fields that answer it: in the middle, before them, it reads
    # out of order (rounds 321-322: three edits).
    waits = [
        p
        for p in parts
        if not p.blanks and {"client_returns", "returns_unasked"} & set(p.sentence.needs)
    ]
    if waits and any(p.blanks for p in parts[parts.index(waits[0]) + 1 :]):
        rest = [p for p in parts if p not in waits]
        at = max(i for i, p in enumerate(rest) if p.blanks) + 1
        parts = rest[:at] + waits + rest[at:]
    if any(p.move == "written" for p in parts):
        # The promise of a summary in writing keeps to writing already: "We'll keep this in
        # writing" beside it says the same thing twice (round 41).
        parts = [p for p in parts if p.protected or not _IN_WRITING.intersection(p.sentence.needs)]
    if not parts:
        return None
    if not following_up and (
        all(p.move in ("open", "reflect") for p in parts)
        # Nothing answered and nothing for the owner to fill: "Thank you for writing. I take
        # this seriously. We'll keep this in writing." to a demand for a status, a date and
        # compensation (round 55's harmful reply).
        or not any(p.blanks or p.move in ("answer", "fix", "cover") for p in parts)
        # …nor is a refusal's own line an answer to a message that asks or demands ("We'll keep
        # this in writing." alone to a chairman's demand for a reprint, round 257's harmful
        # reply); "Please stop calling me" is answered by the line alone
        or (
            facts.main in _DEMANDING_KINDS
            and not any(
                p.blanks
                or (
                    p.move in ("answer", "fix", "cover")
                    and not _IN_WRITING.intersection(p.sentence.needs)
                )
                for p in parts
            )
        )
    ):
        # An opening alone answers nothing: the owner's answer goes after it, as a field.
        made = part("answer", _choose(book, "answer", label, seed, used, fit, generic=True))
        if made is not None:
            parts.append(made)
    for p in parts:
        if _covers(p.sentence, facts).intersection(facts.main_kinds):
            p.protected = True
            break
    greeting_kind = "chat" if chat else "email"
    if not chat and "formal" in facts.holds and "formal" in book.greeting:
        # "Dear Ms. Peretz … Kind regards": "Hi," reads as too casual (rounds 53-54).
        greeting_kind = "formal"
    greeting_with, greeting_without = book.greeting[greeting_kind]
    # A name in the other language's letters ("שלום Gilad") reads as a mail merge: left out.
    if client_name and re.fullmatch(
        f"[{pack.letters}'׳״\".-]+(?: [{pack.letters}'׳.&-]+){{0,2}}", client_name
    ):
        greeting = greeting_with.format(name=client_name)
    else:
        greeting = greeting_without
    if book.couple_forms and _greets_a_couple(client_name, pack):
        for p in parts:
            p.text = _to_couple(p.text, book.couple_forms)
    signature = _signature(book, terms, chat, pack.code)
    tightened = False
    while True:
        body = (" " if chat else "\n\n").join(p.text for p in parts)
        text = f"{greeting}\n{body}" if chat else f"{greeting}\n\n{body}"
        if signature:
            text += signature
        droppable = [i for i, p in enumerate(parts) if not p.protected]
        if len(text) <= limit or len(parts) == 1 or not droppable:
            break
        if parts[droppable[-1]].blanks and not tightened:
            # A field that answers an ask goes last: the quotes in the hints are shortened
            # first, so "pls dont charge rush fee" keeps its field beside two longer asks
            # (round 106: a chat's third ask dropped for the length of the first two hints).
            tightened = True
            for p in parts:
                _tighten(p, facts)
            continue
        parts.pop(droppable[-1])  # the last part that is not the answer to the main ask
    blanks = [b for p in parts for b in p.blanks]
    return Composed(
        text=text,
        technique=recipe.technique,
        seed=recipe.seed,
        blanks=_spans(text, blanks),
        moves=tuple(p.move for p in parts),
        sentence_ids=tuple(p.sentence.id for p in parts),
    )


# How long a quote in a field's hint may be once a reply is too long for its channel: enough
# to tell the asks apart ("pls dont charge rush fee we're…").
_TIGHT_QUOTE = 32
_QUOTED_SLOTS = tuple(s for s in FACT_SLOTS if s.startswith(("ask", "extra_ask")))
# The client's words a field's hint quotes (every hint that quotes puts them in straight quotes;
# a few words at least, so a phrase the client put in quotes is no match on its own).
_QUOTE_IN_HINT = re.compile(r'"([^"]{12,})"')
# A figure a quote names: a model, a size or a sum with letters or a thousands comma in it
# ("10W-40", "7,000", "3x40"), not a bare number (two asks about "the 2024 invoice" and "the
# 2024 report" are two things, a review found).
_FIGURE = re.compile(
    r"(?<![\w,.-])(?:[A-Za-z][\w-]*\d[\w-]*|\d[\w-]*[A-Za-z][\w-]*|\d{1,3}(?:,\d{3})+)(?![\w,.-]*\w)"
)


def _greets_a_couple(client_name: str | None, pack: LanguagePack) -> bool:
    """Whether the greeting names two people joined as the pack joins them ("מאיה ותומר"), by the
    rules the name reader joins them with: a title and a surname ("הרב ויצמן") are one person."""
    words = (client_name or "").split()
    return (
        bool(pack.join_prefix)
        and len(words) >= 2
        and words[0].lower() not in pack.name_titles
        and words[1].startswith(pack.join_prefix)
        and re.match(pack.join_prefix_not, words[1]) is None
    )


@lru_cache(maxsize=8)
def _couple_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return guarded(re.compile(r"(?<![\w])(" + "|".join(map(re.escape, words)) + r")(?![\w])"))


def _to_couple(text: str, forms: Mapping[str, str]) -> str:
    """The words said to one person as said to two, outside the fields (a hint speaks to the
    owner)."""
    pattern = _couple_words(tuple(forms))
    pieces = re.split(r"(\[[^\]]*\])", text)
    return "".join(
        piece if piece.startswith("[") else pattern.sub(lambda m: forms[m.group(1)], piece)
        for piece in pieces
    )


def _tighten(part: _Part, facts: Facts) -> None:
    """Shorten the client's words quoted in a part's field hints to :data:`_TIGHT_QUOTE`."""
    for slot in _QUOTED_SLOTS:
        quoted = facts.slots.get(slot)
        if not quoted or len(quoted) <= _TIGHT_QUOTE:
            continue
        short = quoted[:_TIGHT_QUOTE].rsplit(" ", 1)[0].rstrip(" ,;:–—-…+&/") + "…"
        before, after = f'"{quoted}"', f'"{short}"'
        if any(before in hint for _, hint in part.blanks):
            part.blanks = [(name, hint.replace(before, after)) for name, hint in part.blanks]
            part.text = part.text.replace(before, after)


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
