"""Reply suggestions and the draft check: the library's promises, tested on every combination."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from classifier import LABELS
from classifier.asks import AskKind, read_asks
from classifier.cleaning import clean_body
from classifier.compose import (
    _SENTENCE_END,
    CHAT_CHARS,
    EMAIL_CHARS,
    PhraseBook,
    Terms,
    _Scanned,
    _sentence,
    load_phrase_book,
)
from classifier.lang import get_pack
from classifier.lang import packs as get_packs
from classifier.message import Channel
from classifier.prefilter import _NEEDLES
from classifier.preprocessing import prepare
from classifier.reading import read_text
from classifier.replies import (
    HandlingNotes,
    advise,
    check_draft,
    client_first_name,
    load_draft_checks,
    load_notes,
)
from classifier.respond import is_chat

HEBREW = re.compile(r"[\u05d0-\u05ea]")
LATIN = re.compile(r"[A-Za-z]")
SLASH_FORM = re.compile(r"[\u05d0-\u05ea]/[\u05d0-\u05ea]{1,2}\b")

MESSAGES = {
    "he": "הקבצים צריכים להיות אצלי עד מחר ב-9, ותוסיף גם גרסה לסטורי באותו מחיר",
    "en": "I need the final files by Friday, and please add a story version at the same price.",
}


def _said(advice: Any) -> list[str]:
    """Each reply's own words, without its fields (a field's hint may quote the client)."""
    return [re.sub(r"\[[^\]]*\]", "", s.text) for s in advice.suggestions]


def _advise(**overrides: Any) -> Any:
    language = overrides.get("message_language", "he")
    text = overrides.pop("text", MESSAGES.get(language, MESSAGES["en"]))
    args: dict[str, Any] = {
        "label": "demanding",
        "runner_up": "conflictual",
        "uncertain": False,
        "message_language": language,
        "asks": read_asks(text, language=language),
        "chat": True,
        "client_name": None,
        "terms": Terms(),
        "seed_text": text,
    }
    args.update(overrides)
    return advise(**args)


@pytest.mark.parametrize("language", ["he", "en"])
@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("chat", [True, False])
def test_every_type_and_language_yields_three_replies_in_three_techniques(
    language: str, label: str, chat: bool
) -> None:
    advice = _advise(label=label, message_language=language, client_name="Dana", chat=chat)
    # Up to three, each its own technique and text: fewer rather than a repeat or a misfit (an
    # easygoing client's chat message may get one short reply).
    count = len(advice.suggestions)
    assert 1 <= count <= 3
    if label in ("demanding", "conflictual"):
        assert count >= 2
    assert len({s.technique for s in advice.suggestions}) == count
    assert len({s.text for s in advice.suggestions}) == count
    assert advice.note == load_notes(advice.language).notes[label]
    for s in advice.suggestions:
        assert not re.search(r"\{|\}|XXX", s.text)
        assert len(s.text) <= (CHAT_CHARS if chat else EMAIL_CHARS)
        assert check_draft(s.text, language=language) == []
        for blank in s.blanks:  # every field is where the API says it is
            assert s.text[blank.start : blank.end] == f"[{blank.hint}]"
        if language == "he":
            assert len(HEBREW.findall(s.text)) > len(LATIN.findall(s.text))
            assert not SLASH_FORM.search(s.text)
        else:
            assert not HEBREW.search(s.text)


def test_the_replies_name_what_was_asked_for_and_show_the_owner_what_to_answer() -> None:
    en = _advise(
        label="demanding", message_language="en", text="Please send the final files by Friday."
    )
    assert any("I'll send the final files by [" in s.text for s in en.suggestions)
    he = _advise(label="demanding", text="תשלח בבקשה את הקבצים עד מחר")
    assert any("את הקבצים אשלח עד [" in s.text for s in he.suggestions)
    # An ask the reply cannot answer by itself becomes a field whose hint quotes it.
    asked = _advise(
        label="demanding", message_language="en", text="Can we move the shoot to Sunday?"
    )
    hints = [b.hint for s in asked.suggestions for b in s.blanks]
    assert any("move the shoot to Sunday" in h for h in hints)
    # The client's words are never quoted back in the text the owner sends.
    for s in asked.suggestions:
        outside = re.sub(r"\[[^\]]*\]", "", s.text)
        assert "move the shoot" not in outside


@pytest.mark.parametrize(
    ("language", "label", "text", "named"),
    [
        (
            "en",
            "conflictual",
            "YOU NEVER LISTEN. Why is the whole banner green???",
            "About the banner:",
        ),
        (
            "en",
            "know-it-all",
            "Just use the font from our old logo, I know typography",
            "About the font:",
        ),
        ("he", "easygoing", "מעולה!! אהבתי את הסקיצה השנייה, תתקדם איתה", "לגבי הסקיצה השנייה:"),
        ("he", "easygoing", "אחלה, תתחיל לעבוד על צילומי המוצרים", "לגבי צילומי המוצרים:"),
        # A deliverable written bare is named definite.
        ("he", "conflictual", "שוב טעות בחשבונית?! זה כבר הפעם השלישית", "לגבי החשבונית:"),
        # Behind a threat or a sarcasm, the thing complained about, wherever it is.
        (
            "he",
            "conflictual",
            "אני כותב עליכם ביקורת בגוגל. 1,800 ₪ ועדיין המזגן מטפטף",
            "לגבי המזגן:",
        ),
    ],
)
def test_a_field_is_named_by_the_thing_the_client_asks_about(
    language: str, label: str, text: str, named: str
) -> None:
    advice = _advise(label=label, message_language=language, text=text)
    assert any(named in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


@pytest.mark.parametrize(
    ("language", "text", "unnamed"),
    [
        # A thing the client only mentions, outside what they ask, is not named.
        ("en", "My nephew says the site is slow. Can we talk about hosting?", "About the site"),
        ("en", "My friend said it. Can you start?", "About your friend"),
        # The client's own thing is as often a claim as an ask.
        ("he", "אני מכיר את הקהל שלי, תעביר את הכל לכתום", "לגבי הקהל"),
        (
            "en",
            "Change of plans on our side, can you send the deck by Wednesday?",
            "About your side",
        ),
        # Nothing asked: nothing named.
        ("he", "המתחרה שלי שם 30 תמונות בדף הבית, אז גם אצלי", "לגבי"),
        # An expletive, and an adjective after a prefixed definite noun (round 19).
        ("en", "who the hell told your guys to cut down the olive tree?? fix it", "About the hell"),
        ("he", "צריכה תרגום של פסק דין מהנישואים הקודמים, תגידי כמה", "לגבי הקודמים"),
        # A verb's phrase and a contraction are no thing (round 17).
        (
            "he",
            "אני עשיתי המון אירועים בחיים שלי, 150 גרם בשר לאדם זה מספיק. תכיני ככה",
            "לגבי עשיתי",
        ),
        (
            "en",
            "If the files aren't in my Dropbox by 5pm, can you at least tell me why?",
            "files aren't",
        ),
        # In chat an emoji ends a sentence: the thing before it is not what is asked after it.
        (
            "en",
            "Guests loved the towels lol 🙌 Can we lock in every Friday from now on?",
            "About the towels",
        ),
        # A time with a prefix letter is not named after "לגבי"; a threat's words are not named.
        ("he", "למה אתה לא עונה בשבת?", "לגבי בשבת"),
        ("en", "Fix the bill by Friday or I'm copying the bar association.", "the bar association"),
        # An adjective after a noun whose article hides in its prefix is no thing.
        ("he", "אני מחכה לגרסה המתוקנת, מתי תשלח?", "לגבי המתוקנת"),
    ],
)
def test_nothing_else_is_named(language: str, text: str, unnamed: str) -> None:
    advice = _advise(label="demanding", message_language=language, text=text)
    assert not any(unnamed in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("he", "צריך את הבאנר עד מחר ב-9, יש לי השקה", "הבנתי שזה צריך להיות מוכן"),
        ("he", "רק שיהיה מוכן לפני החגים אם אפשר, תשלחי הצעה", "הבנתי שזה צריך להיות מוכן"),
        # An ultimatum about a deliverable named in the sentence before.
        (
            "he",
            "לא קיבלתי אפילו סקיצה אחת. אם עד יום חמישי זה לא אצלי, אני מבטל",
            "הבנתי שזה צריך להיות מוכן",
        ),
        (
            "en",
            "Need the final files by EOD Friday, no excuses.",
            "I understand you need it",
        ),
    ],
)
def test_the_clients_deadline_is_not_said_back_but_answered_in_its_field(
    language: str, text: str, said: str
) -> None:
    # Rounds 229-284: "I understand you need it by …" / "הבנתי שזה צריך להיות מוכן עד …" was
    # flagged in 58 reviews (a departure time, a decision's date or a rental's end read as the
    # work's deadline; a vague "it"), 3 of them harmful: the date is the owner's to answer, in
    # the field of the request that holds it.
    advice = _advise(label="demanding", message_language=language, text=text)
    for s in advice.suggestions:
        assert said not in s.text, s.text
        assert s.blanks, s.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "today" alone is when the client signs or decides, not a deadline for the owner.
        ("he", "אחלה, סגרנו. תשלח חוזה ואני חותם היום"),
        ("en", "If we sign today, can you do it for 2,200?"),
        # The client's own deadline, or one that is no deadline for the owner.
        ("he", "תשלחי רשימה של מה שצריך ממני ואני אסדר הכל עד סוף השבוע"),
        ("en", "whatever date works for you, we're not opening before the 20th anyway"),
        # The date a client wants an answer by is no delivery date.
        ("he", "אם לא אקבל תשובה עד יום רביעי אני מבטלת את ההזמנה"),
        ("en", "I need an answer by Wednesday on the new layout"),
        ("en", "and maybe swing by Saturday morning to check the screens? that's fine yeah?"),
        # An ultimatum's date is no delivery date.
        ("he", "אם לא תחזיר לי את הכסף עד מחר אני מוריד לך כוכב אחד בגוגל"),
        # What the client and owner did until now (round 19: "כפי שנהגנו עד היום").
        ("he", "האם אפשר להמשיך לשלם בצ'קים כפי שנהגנו עד היום? תבוא ביום שלישי"),
        # A date that was promised in the past is no deadline now (round 20).
        (
            "en",
            "The SOW signed January 8 specified a backlog by February 28. I got the PRD March 6.",
        ),
        # An answer wanted by a date, said after it (round 18).
        ("he", "אתה מכרת לי את זה אתה תסדר את זה. אם עד סוף השבוע אין לי תשובה אני פונה לממונה"),
        # A quiet client's "after the holidays" is their postponement, not the owner's deadline.
        ("he", "סליחה שנעלמתי, נדבר אחרי החגים?"),
        # What the client did by a date, and a time something must not happen (round 17).
        ("en", "The return was filed late. I gave you every document by June 28. Fix this."),
        ("he", "אין מזרחית לפני 12 בלילה וזהו. תכין את הסט לפי זה"),
        ("en", "No slow songs before midnight. Build the set like that"),
    ],
)
def test_no_deadline_is_read_into_a_word_of_time(language: str, text: str) -> None:
    for label in ("demanding", "dormant", "easygoing"):
        advice = _advise(label=label, message_language=language, text=text)
        for s in advice.suggestions:
            assert "הבנתי שזה צריך" not in s.text and "you need it" not in s.text, s.text


@pytest.mark.parametrize(
    ("language", "text", "agreed"),
    [
        ("he", "סליחה שנעלמתי, היה בלאגן בעבודה. נדבר אחרי החגים?", "אחרי החגים זה בסדר מבחינתי"),
        ("he", "אין לי ראש לזה עכשיו. תזכיר לי בעוד שבועיים", "בעוד שבועיים זה בסדר מבחינתי"),
        (
            "en",
            "sorry been slammed. can we push to next month?",
            # Round 65: "In January is fine by me" read as broken English.
            "Picking this up next month is fine by me; let's talk again",
        ),
    ],
)
def test_a_quiet_clients_own_time_is_agreed_to(language: str, text: str, agreed: str) -> None:
    advice = _advise(label="dormant", message_language=language, text=text)
    assert any(agreed in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]
    # Only a quiet client's put-off is agreed to: a demanding client's date is theirs to weigh.
    other = _advise(label="demanding", message_language=language, text=text)
    assert not any(agreed in s.text for s in other.suggestions)


def test_a_reply_is_never_an_opening_and_the_deadline_alone() -> None:
    text = (
        "This is padding and we both know it. I will not pay for hours you invented, and I am"
        " copying my accountant on my next email if this is not corrected by Friday."
    )
    for label in LABELS:
        advice = _advise(label=label, message_language="en", text=text, chat=False)
        for s in advice.suggestions:
            assert "[" in s.text, s.text  # the owner's answer is there, as a field


def test_a_second_question_gets_its_own_field_and_a_bare_restatement_does_not() -> None:
    text = "Please send the final logo files by Friday. Also, what would the business cards cost?"
    advice = _advise(label="demanding", message_language="en", text=text, chat=False)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    assert any("what would the business cards cost" in h for h in hints), hints
    text = "אני יודע בדיוק איך זה צריך להיראות. פונט קומיק סאנס, רקע צהוב. פשוט תעשה"
    plain = _advise(label="know-it-all", text=text)
    assert not any('התשובה ל"תעשה"' in s.text for s in plain.suggestions)


def test_a_question_about_a_time_names_the_time() -> None:
    advice = _advise(label="demanding", text="אתה מגיע מחר ב-7?")
    assert any("לגבי מחר ב-7:" in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


def test_nothing_is_promised_that_the_owner_did_not_decide() -> None:
    """A commitment appears only from the owner's terms; otherwise it is a field to fill."""
    text = "Can I get another round of revisions on the logo?"
    without = _advise(label="demanding", message_language="en", text=text)
    assert not any("revision rounds" in s.text for s in without.suggestions)
    terms = Terms(commitments={"revision_rounds": 2})
    with_terms = _advise(label="demanding", message_language="en", text=text, terms=terms)
    assert any("includes 2 revision rounds" in s.text for s in with_terms.suggestions)
    for advice in (without, with_terms):
        for s in advice.suggestions:
            assert not re.search(r"\bfree\b|discount|\d+ ?% off", s.text, re.IGNORECASE)


@pytest.mark.parametrize("label", LABELS)
def test_work_asked_for_free_is_never_promised(label: str) -> None:
    for language, text in (
        ("en", "Can you send me the source files for free? thanks so much!"),
        ("he", "אפשר לקבל את הקבצים הפתוחים בחינם? תודה!"),
    ):
        for s in _advise(label=label, message_language=language, text=text).suggestions:
            assert "I'll send" not in s.text and "אשלח" not in s.text, s.text


def test_brackets_in_the_clients_words_never_break_a_field() -> None:
    text = "Please send the files [cid:image001.png] by Friday ]] {what} [[x:y]]"
    for s in _advise(label="demanding", message_language="en", text=text).suggestions:
        assert "[[" not in s.text and "{" not in s.text
        for blank in s.blanks:
            assert s.text[blank.start : blank.end] == f"[{blank.hint}]"


@pytest.mark.parametrize(
    ("language", "text", "forbidden"),
    [
        (
            "en",
            "Don't call me. Email only. Just tell me when the site is back up.",
            r"\bcall\b|phone",
        ),
        ("he", "אל תתקשר אליי. רק תגיד מתי האתר חוזר לעבוד", r"להתקשר|אתקשר|שיחה|טלפון"),
        ("en", "No more apologies, just send the files today.", r"sorry|apolog"),
        ("he", "בלי סליחות ובלי תירוצים, אני רוצה את הקבצים היום", r"מצטער|מתנצל|סליחה"),
        ("en", "Wow, great job, only three weeks late. Send the logo.", r"quick|prompt|fast"),
    ],
)
def test_refusals_are_respected(language: str, text: str, forbidden: str) -> None:
    for label in ("conflictual", "demanding"):
        advice = _advise(label=label, message_language=language, text=text)
        assert advice.suggestions
        for s in advice.suggestions:
            assert not re.search(forbidden, s.text, re.IGNORECASE), s.text


def test_chat_replies_are_short_and_unsigned_email_replies_are_signed() -> None:
    terms = Terms(names={"he": "נועה", "en": "Noa"})
    chat = _advise(chat=True, terms=terms, client_name="דנה").suggestions
    assert all(s.text.startswith("היי דנה,\n") and "נועה" not in s.text for s in chat)
    assert all(len(s.text) <= CHAT_CHARS for s in chat)
    email = _advise(chat=False, terms=terms, client_name="דנה").suggestions
    assert all(s.text.startswith("שלום דנה,\n\n") for s in email)
    assert all(s.text.endswith("\n\nבברכה,\nנועה") for s in email)
    english = _advise(chat=False, terms=terms, message_language="en").suggestions
    assert all(s.text.endswith("\n\nBest,\nNoa") for s in english)  # each language its own name
    block = Terms(signatures={"en": "Noa Levi\nStudio Levi"})
    signed = _advise(chat=False, terms=block, message_language="en").suggestions
    assert all(s.text.endswith("\n\nNoa Levi\nStudio Levi") for s in signed)


def test_same_message_same_replies_different_asks_different_texts() -> None:
    first = [s.text for s in _advise().suggestions]
    assert first == [s.text for s in _advise().suggestions]
    other = _advise(text="אפשר לקבל את הלוגו בפורמט PDF עד יום חמישי?")
    assert not set(first) & {s.text for s in other.suggestions}


def test_uncertain_prediction_gets_neutral_replies_and_a_note_naming_both_types() -> None:
    advice = _advise(
        uncertain=True, label="demanding", runner_up="know-it-all", message_language="en"
    )
    assert {s.technique for s in advice.suggestions} <= {
        "reflect",
        "interest",
        "options",
        "confirm_in_writing",
    }
    assert "demanding" in advice.note and "know-it-all" in advice.note
    assert advice.types == ("demanding", "know-it-all")


def test_mixed_messages_are_answered_in_their_main_language_and_others_get_no_reply() -> None:
    mostly_hebrew = "היי, אפשר לקבל את הקבצים עד מחר? thanks"
    assert _advise(message_language="mixed", text=mostly_hebrew).language == "he"
    # Round 21: a US client who wrote a Hebrew word or two got a Hebrew reply.
    mostly_english = "Hi Noa, can you send the final files by Friday? תודה רבה"
    assert _advise(message_language="mixed", text=mostly_english).language == "en"
    # An e-mail greeted and signed in Hebrew is answered in Hebrew, though most of its words
    # are English; one greeted in English and signed in Hebrew goes by its words.
    framed = "היי עמית,\nNow we need three cuts of the video, can you send them by Wednesday?\nתודה, מיכל"
    assert _advise(message_language="mixed", text=framed).language == "he"
    unframed = (
        "Hi Amit,\nNow we need three cuts of the video, can you send them by Wednesday?\nתודה, מיכל"
    )
    assert _advise(message_language="mixed", text=unframed).language == "en"
    other = _advise(message_language="other", text="Когда будет готово?")
    assert other.language == "en" and other.suggestions == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Round 279: a one-line chat that opens and closes in Hebrew around a longer English
        # sentence was answered in English; its frame decides, as an e-mail's lines do.
        (
            "עמית סליחה שנעלמתי, היה לנו ביקור של הוועד. I still haven't pulled the flow meter readings for the orchard, the guy with the password is abroad till the 20th. נחזור לזה כשהוא חוזר, סבבה?",
            "he",
        ),
        # …and one with no frame is Hebrew unless its English has twice the words (a blind judge
        # chose Hebrew for Israelis who mix in English).
        (
            "היי, אני צריכה תור לניקוי אבנית מחר, חייבת לפני הטיסה. Also my sister got 20% off here last month, can I get the same deal?",
            "he",
        ),
        ("Hi Noa, can you send the final files by Friday and the invoice too? תודה", "en"),
        (
            "Thanks!! The sample arrived and it's perfect, we'll take 30 for the team. תודה רבה",
            "en",
        ),
    ],
)
def test_a_mixed_chat_is_answered_in_the_language_that_frames_it(text: str, language: str) -> None:
    assert _advise(message_language="mixed", text=text, chat=True).language == language


def test_notes_schema_rejects_missing_types() -> None:
    data = load_notes("en").model_dump()
    del data["notes"]["dormant"]
    with pytest.raises(ValidationError, match="notes must cover"):
        HandlingNotes.model_validate(data)


def test_phrase_books_reject_unknown_slots_and_moves() -> None:
    data = load_phrase_book(get_pack("en")).model_dump()
    bad = {**data["sentences"][0], "text": "Hello {nobody}"}
    with pytest.raises(ValidationError, match="unknown slot"):
        PhraseBook.model_validate({**data, "sentences": [bad, *data["sentences"][1:]]})
    bad = {**data["sentences"][0], "move": "shout"}
    with pytest.raises(ValidationError, match="unknown move"):
        PhraseBook.model_validate({**data, "sentences": [bad, *data["sentences"][1:]]})


@pytest.mark.parametrize("field", ["hazard_words", "urgent_words", "contrast_after", "due_by"])
def test_phrase_books_reject_a_broken_regex_in_any_regex_field(field: str) -> None:
    # Every field declared as a regex is compiled at load, not only those once listed (round 96).
    data = load_phrase_book(get_pack("en")).model_dump()
    with pytest.raises(ValidationError, match="bad regex"):
        PhraseBook.model_validate({**data, field: "(unclosed"})


@pytest.mark.parametrize("language", ["he", "en"])
def test_every_sentence_of_the_phrase_books_passes_the_draft_check(language: str) -> None:
    flagged = [
        s.id
        for s in load_phrase_book(get_pack(language)).sentences
        if check_draft(s.text, language=language)
    ]
    assert flagged == []


def test_hebrew_sentences_and_alternatives_have_no_slash_forms() -> None:
    texts = [s.text for s in load_phrase_book(get_pack("he")).sentences]
    texts += [c.alternative for c in load_draft_checks().checks if c.language == "he"]
    assert [t for t in texts if SLASH_FORM.search(t)] == []


@pytest.mark.parametrize(
    ("sender", "body", "expected"),
    [
        ("Dana Levi", "whatever", "Dana"),
        (None, "I need it tomorrow.\n\nThanks,\nMaya Cohen\nCEO", "Maya"),
        (None, "אני צריך את זה למחר\n\nבברכה,\nדנה לוי\n050-1234567", "דנה"),
        (None, "הפרחים היו נבולים.\nנגה", "נגה"),
        (None, "Send the files please.", None),
        (None, "Thanks!\n\nOn Mon, 3 Mar 2025, Studio wrote:\n> Best,\n> Noa", None),
        ("billing@example.com", "ok", None),
        # A title is no name (round 17: "שלום קליניקה", "Hi Coach"); with a surname, the title
        # and the surname address the client (rounds 42 and 44: "Hi Ilana" to "Dr. Ilana Shor").
        (None, "אני מבקשת לשנות.\nתודה,\nד״ר ענבל שגיא\nקליניקה לפיזיותרפיה", "ד״ר שגיא"),
        (None, "No changes from my side.\n\nThanks heaps,\nCoach Mel", "Mel"),
        # Round 220: a pastor or a rabbi signs with the title ("Hi Pastor," read as a first name).
        (
            None,
            "God bless,\nPastor Rick Hollis\nCornerstone Community Church, Knoxville",
            "Pastor Hollis",
        ),
        (None, "Thanks,\nRabbi David Feld", "Rabbi Feld"),
        (None, "Thanks,\nRabbi Feld", "Rabbi Feld"),
        (None, "Thanks heaps,\nCoach Mel", "Mel"),  # guard: held before its fix too
        ("Dr. Sam Cohen", "ok", "Dr. Cohen"),
        (None, "All good.\n\nThanks,\nCoach", None),
        # An initial is no name to greet ("Hi J.,"), nor is a job title under it (round 45).
        (None, "Please correct it.\n\nRegards,\nJ. Peretz", None),
        (None, "It does not send.\n\nRegards,\nA. Cohen\nManaging Partner", None),
        # "נהיה בקשר," signs off; the name is under it (round 45: "שלום נהיה").
        (None, "אחפש את הקבלות השבוע.\nנהיה בקשר,\nמיכל", "מיכל"),
        # Round 32: a sign-off the list does not know is no name ("שלום בתודה", "Hi With").
        (None, "רציתי לשאול על ההרשמה.\nבתודה והערכה רבה,\nחנה ברקוביץ", "חנה"),
        (None, "Maybe one chapter a month?\nWith warm regards,\nDov Rosenthal", "Dov"),
        (None, "Can we talk next week.\nAll good otherwise,\nSam", "Sam"),
        # Round 34: a couple signs with both names, over their town ("Hi Manchester"); both are
        # greeted (round 45: "Hi Maya" to Maya and Josh).
        (
            None,
            "Is there a step?\n\nWarm regards,\nHarold and June Bennett\nManchester",
            "Harold and June",
        ),
        # Round 35: a professor's title with an ASCII apostrophe; a closing line is no name
        (None, "אבקש לאשר.\n\nבברכה,\nפרופ' אורית שגיא\nהחוג לחינוך", "פרופ' שגיא"),
        (None, "אני לא מתכוון לוותר.\nמצורפות תמונות.\n\nיוסי אלמוג", "יוסי"),
        # Round 72: an accented name is a name ("Hello," to Sabine Krüger), and a sign-off in the
        # client's own language is no name ("Dear Viele," to "Viele Grüße\nKatrin Hoffmann").
        (
            None,
            "Please send them until Thursday.\n\nKind regards,\nSabine Krüger\nHead of Marketing",
            "Sabine",
        ),
        (None, "Thank you!\n\nViele Grüße\nKatrin Hoffmann", "Katrin"),
        (None, "Merci.\n\nCordialement,\nHélène Marchand\nResponsable communication", "Hélène"),
        (None, "Gracias!\n\nSaludos,\nMartín Núñez", "Martín"),
        # Round 74: a phone's footer under the signature, a list's last item above it, a role
        # after a comma; a department under a name is no name ("שלום משאבי").
        (
            None,
            "Here is what I need:\n- what you are doing about it\n- how you plan to cover the loss"
            "\n\nRami Gabay\nOwner, Gabay Bistro\n\nSent from my iPhone",
            "Rami",
        ),
        (None, "The photos are lovely.\n\nThanks,\nRachel, mum of Maya", "Rachel"),
        # …and since round 144 "תודה על הסבלנות" signs off: the name under it, not the department.
        (None, "אעדכן בקרוב.\n\nתודה על הסבלנות\nמיכאל\nמשאבי אנוש\n\nנשלח מה-iPhone שלי", "מיכאל"),
        (
            None,
            "אחזור אליך ברגע שיהיה משהו סגור.\nתודה על הסבלנות,\nליאת\nרכזת רווחה | אופק תוכנה",
            "ליאת",
        ),
        # Round 152: a family signing "The Greenbergs" is no "Hi The".
        (None, "We'd love to come back next Pesach.\n\nAll the best,\nThe Greenbergs", None),
        # Round 157: "עבד אלרחמן" is greeted whole, never "שלום עבד".
        (
            None,
            "אם החשבונית לא תתוקן תוך שבעה ימים, אני מעביר לעורך דין.\nבכבוד,\nעבד אלרחמן מחאג'נה\nאום אל-פחם",
            "עבד אלרחמן",
        ),
        # Round 153: "תעדכן" over the name signs off ("שלום תעדכן").
        (None, "1. תפריט תזונה מלא\n2. אימון בשבת בבוקר\nתעדכן\nרועי", "רועי"),
        # Rounds 74 and 76: a couple joined by "ו" is greeted whole ("שלום תום" to Tom and
        # Shaked); a surname that opens with "וו" or "ויי" is no second name.
        (None, "נחזור אחרי סוכות.\n\nתודה ושנה טובה,\nתום ושקד\n\nנשלח מה-iPhone שלי", "תום ושקד"),
        (None, "נשמח לסגור השבוע.\n\nתודה,\nעומר ונועה לוי", "עומר ונועה"),
        (None, "אשמח לתשובה.\n\nבברכה,\nדנה וייס", "דנה"),
        (None, "אשמח לתשובה.\n\nבברכה,\nרון וולך", "רון"),
        # Round 77: "שלום חני ויסברג" read a surname as a second name.
        (None, "נתראה ביום שישי.\n\nתודה,\nחני ויסברג", "חני"),
        (None, "נתראה ביום שישי.\n\nתודה,\nיוסי ויעל כהן", "יוסי ויעל"),
        (
            None,
            "Whatever works.\n\nThanks so much,\nDaniel & Aviva Rosenthal\nRamat Beit Shemesh",
            "Daniel and Aviva",
        ),
        # Round 81: a name over a role and a place ("Hi Berlin", "Hi Amersfoort").
        (
            None,
            "Let's start next week.\n\nתודה רבה, מחכה לשמוע!\nDan Levi\nHead of DevEx | Fluxbase\nBerlin",
            "Dan",
        ),
        (
            None,
            "Do not send me another report.\n\nJoost Bakker\nEigenaar | Fietsenplein.nl\nAmersfoort",
            "Joost",
        ),
        # Round 71: the name over a title, a company and a disclaimer ("Hi," to Dana Mizrahi).
        (
            None,
            "Until then no payments will be released.\n\nDana Mizrahi\nProcurement Manager, Orvex"
            "\n\nThis e-mail and any attachments are confidential and intended solely for the"
            " addressee.",
            "Dana",
        ),
        # Round 96: a last line that is a sentence ("אני אעדכן", "I'll update") is no name.
        (
            None,
            "היי מה קורה ראיתי את ההודעות שלך רק עכשיו 😅\nלגבי הסוללה עוד לא החלטתי אם להחליף"
            " ב-1,900 או פשוט לקנות אופניים חדשים, צריך לחשוב על זה\nאני אעדכן",
            None,
        ),
        (
            None,
            "hey saw ur messages just now\nstill thinking about the battery, 1,900 is a lot\nI'll update",
            None,
        ),
        # Round 98: a word of time on the last line is no name ("היי אחרי").
        (None, "עוד לא\nאחרי החג", None),
        # Round 131: a couple over their town ("Hi Zichron").
        (
            None,
            "A few things before we sign.\nLooking forward,\nShoshana & Mark Berman\nZichron Ya'akov",
            "Shoshana and Mark",
        ),
        # Round 124: nor a parting word ("היי נדבר", "Hi talk").
        (None, "היי סליחה שנעלמתי, אני בחו״ל עד אחרי החגים\nאשלח כשאחזור\nנדבר", None),
        (None, "sorry, abroad till after the holidays\nwill send when back\ntalk soon", None),
        (None, "תודה רבה על הכול\nנועה", "נועה"),  # guard: held before its fix too
        # Round 142: "Thanks & Regards" and "Best regards from Hamburg" sign off; "Greetings from
        # Pune." opens a letter, and the line under it is no name.
        (
            None,
            "Dear Yael,\n\nthank you.\n\nBest regards from Hamburg\nKatrin Vogel\nVogel & Töchter",
            "Katrin",
        ),
        (
            None,
            "Dear Sir,\n\nGreetings from Pune.\n\nAs discussed, kindly share the renders.\n\nThanks & Regards,\nRahul Deshmukh\nSenior Manager",
            "Rahul",
        ),  # guard: held before its fix too
        (
            None,
            "Dear Sir,\n\nWarm greetings from Pune.\n\nAs discussed, kindly share the renders.\n\nThanks & Regards,\nRahul Deshmukh\nSenior Manager",
            "Rahul",
        ),
        # Round 158: an initial and a surname over a city give no first name ("Hi Chicago,").
        (None, "I want the $41.60 refunded by Friday.\n\nD. Kessler\nChicago", None),
        (
            None,
            "I want the $41.60 refunded by Friday.\n\nDana Kessler\nChicago",
            "Dana",
        ),  # guard: held before its fix too
        # Rounds 187 and 190: a name over a role with a comma and a city ("Hi London,"); one
        # read no further than an initial or a surname's particles leaves the city unnamed.
        (
            None,
            "I want timestamped call sheets.\n\nRachel Whitcombe\nSenior Producer, Northlight Films\nLondon",
            "Rachel",
        ),
        (
            None,
            "Tell me what you've actually done.\nR. Tan\nChief Executive, Meridian Freight Systems\nSingapore",
            None,
        ),
        # (round 277: a surname's particles are no words of a name of their own, so the name
        # is read whole: "Pieter", not "Hi," nor "Hi Cape")
        (
            None,
            "Please advise.\n\nBest regards,\nPieter van der Berg\nCOO, Nordhaven Logistics B.V.\nAmsterdam",
            "Pieter",
        ),
        (None, "Please confirm.\n\nRegards,\nPieter van der Merwe\nCape Town", "Pieter"),
        # Rounds 229-230: a name over a role and an organisation with a long name, a surname's
        # initial, a role in brackets ("Hi," and "שלום," with no name); no family word, and a
        # rabbi's "ר'" is his title.
        (
            None,
            "Please send the corrected invoice by Friday.\n\nSanjay Mehrotra\nHead of Compliance\nVaruna Pharma Exports Pvt Ltd, Pune",
            "Sanjay",
        ),
        (
            None,
            "אשמח לתשובה עד מחר בצהריים.\nרותי שמעוני\nרכזת פדגוגית, חטיבה עליונה\nתיכון הדר, פתח תקווה",
            "רותי",
        ),
        (None, "פשוט תתחילו לעבוד על זה מהשיעור הבא.\n\nאורנה ס.", "אורנה"),
        (None, "מחכה לתשובה עד מחר 🙂\nענבל (אמא של עמית)", "ענבל"),
        (None, "צריך ממני ואני מעבירה מקדמה.\n\nבאהבה,\nסבתא חנה (חנה ליבוביץ)", None),
        (
            None,
            "נשמח לתשובה.\n\nר' שמעון גולדברג\nרכז גיוס משאבים\nישיבת נתיבות חיים",
            "ר' גולדברג",
        ),
        # …and (a fresh-eyes review) not a chat's sentence broken over lines, a word in brackets
        # after a sentence, or a lower-case letter after "Love".
        (None, "היי, מה שלומך?\nרציתי לשאול\nלגבי ההזמנה\nשל יום שישי", None),
        (None, "שלום!\nאפשר לקבוע תור\nלתספורת ולצבע\nביום חמישי בערב", None),
        (None, "שלחתי את הקבצים.\nמחכה לתשובה (דחוף)", None),
        (None, "Need the files today.\nLove u.", None),
        (
            None,
            "שלום,\nאשמח לתשובה.\n\nבברכה,\nיוסי לוי (אבא של החתן)",
            "יוסי",
        ),  # guard: held before its fix too
        # Round 193: a family signing from abroad ("היי ניו" under "ניו ג'רזי").
        (None, "תודה ענקית.\n\nבברכה,\nמשפחת רוזנבלום\nניו ג'רזי", None),
        (None, "Thanks a lot.\n\nBest,\nThe Rosenblums\nNew Jersey", None),
        # Session 42's review: only the dotted "Eng." is a title; "Ing Chen" is a name.
        (None, "Thanks.\n\nBest,\nIng Chen", "Ing"),
        (None, "Regards,\nEng. Dana Levi", "Eng. Levi"),  # guard: held before its fix too
        # Round 276: a Dutch sign-off over a name, a role and a company ("Hi Hofland"), and a
        # role joined to a long company name by a bar ("Hi Utrecht"); a Swedish sign-off is no
        # name either ("Hi Med").
        (
            None,
            "Let me know what works.\n\nGroet,\nWouter Dekker\nCategory Analytics Lead\nHofland Retail",
            "Wouter",
        ),
        (
            None,
            "Until then the invoice is on hold.\n\nJoost van Rijswijk\nHead of BI & Analytics | Brinkhof Wonen B.V.\nUtrecht",
            "Joost",
        ),
        (None, "Please send the contract.\n\nMed vänliga hälsningar\nJohan Lind", "Johan"),
        # Round 283: a chat's shorthand on the last line is no name ("Hi lmk").
        (None, "need the LQA pass by thurs 9am EST\nlmk asap", None),
        # …and (session 43's review) "Ty" is a name, a Norwegian "Mvh" a sign-off, and a name with
        # a surname's particles over a place is read by its own words.
        (None, "Thanks,\nTy Walker", "Ty"),
        (None, "Please confirm.\n\nMvh\nLars Holm", "Lars"),
        (
            None,
            "Thank you.\nPieter van der Merwe\nCape Town",
            "Pieter",
        ),  # guard: held before its fix too
        # Round 277: two titles, the first is said; a company's "Inc." ends no sentence; the
        # earlier mail quoted under the signature is no part of it.
        (
            None,
            "We thank you in advance.\n\nWith warm regards and our thanks in advance,\n\nRabbi Dr. Mordechai Feldstein\nRabbi Emeritus, Congregation Beth Shalom\nBaltimore, Maryland",
            "Rabbi Feldstein",
        ),
        (
            None,
            "I need this fixed internally.\n\nDonna Reyes\nController, Cardinal Media Group Inc.\n\n> On Oct 1, Donna Reyes wrote:\n> Following up again.",
            "Donna",
        ),
        (
            None,
            "Thanks for the update.\n\nMet vriendelijke groet,\nSanne de Vries",
            "Sanne",
        ),  # guard: held before its fix too
        # Round 314: a kiss before the name on its line ("Hi xo,"); "Love," over the name.
        (None, "Wedding is Dec 8, is that still ok??\nxo Becca\nSent from my iPhone", "Becca"),
        (
            None,
            "I'll be in touch once Martin finds the box.\n\nLove,\nHelen",
            "Helen",
        ),  # guard: held before its fix too
        (None, "Thanks!\nLove Becca", "Becca"),
        # Round 315: a closing promise above the name is no name ("שלום אעדכן,", "שלום תעדכני,").
        (
            None,
            "לגבי המשימות, תשתמשו בהן כמו שהן.\n\nתעדכני מתי מתחילים\nגיל\n\nנשלח מה-iPhone שלי",
            "גיל",
        ),
        (None, "Thanks for everything!\nxo", None),
        # Round 322: a holiday greeting as the last line; round 321: a field of law under a
        # lawyer's name.
        (None, "מיכל, אסף פה.\n\nGalit asked me to say sorry.\n\nחג שמח", None),
        (None, 'שלום,\n\nאני מבין שזה לא בדיוק מה שסיכמנו 😉\n\nשחר לביא, עו"ד\nדיני עבודה', None),
        # Round 324: a town's first word under a rank and a name ("מצפה שלום רב,")
        (
            None,
            "אבקש אישור בכתב שסעיפים 1–4 מובנים.\n\nבברכה,\nסא\"ל (מיל') יגאל ברק\nמצפה רמון",
            None,
        ),
    ],
)
def test_client_first_name(sender: str | None, body: str, expected: str | None) -> None:
    assert client_first_name(sender_name=sender, raw_body=body) == expected


# ----- draft check ------------------------------------------------------------------------------
CHECK_IDS = [c.id for c in load_draft_checks().checks]


@pytest.mark.parametrize("check_id", CHECK_IDS)
def test_each_check_finds_its_examples_and_skips_its_near_misses(check_id: str) -> None:
    check = next(c for c in load_draft_checks().checks if c.id == check_id)
    for example in check.examples:
        assert check_id in {i.check_id for i in check_draft(example)}, example
    for calm in check.near_misses:
        assert check_id not in {i.check_id for i in check_draft(calm)}, calm


@pytest.mark.parametrize(
    "draft",
    [
        "It is not possible to change the design now.",
        "As I already wrote, the price includes two rounds.",
        "That's not our problem.",
        "לא ניתן לשנות את התאריך.",
        "כמו שכבר כתבתי, זה לא כלול.",
        "זה לא באחריותנו.",
        "You didn't send the files on time, so it's your fault.",
        "לא הבנת אותי נכון. זה לא עובד ככה.",
        "אם לא מתאים לך תחפש מישהו אחר",
        "You're wrong about this.",
        "Take it or leave it.",
        "PLEASE READ THE CONTRACT BEFORE YOU WRITE",
        "מה?!?! באמת???",
    ],
)
def test_escalating_drafts_are_flagged_with_an_alternative(draft: str) -> None:
    issues = check_draft(draft)
    assert issues
    assert all(i.alternative and i.why for i in issues)
    assert all(draft[i.start : i.end] == i.matched for i in issues)


@pytest.mark.parametrize(
    "draft",
    [
        "Thanks for the feedback. Let's see what we can do: I can deliver the first part on Thursday.",
        "תודה על ההערות. נשמח לבדוק מה אפשר לעשות, ואחזור עם שתי אפשרויות עד מחר.",
    ],
)
def test_a_calm_draft_passes(draft: str) -> None:
    assert check_draft(draft) == []


def test_a_complaint_is_not_named_by_its_salutation() -> None:
    text = "לכבוד המשרד,\nאכתוב עליכם בכל הקבוצות של העצמאים. המזגן עדיין מטפטף"
    advice = _advise(label="conflictual", message_language="he", text=text)
    replies = [s.text for s in advice.suggestions]
    assert any("לגבי המזגן:" in r for r in replies), replies
    assert not any("לגבי המשרד" in r for r in replies), replies


def test_an_email_with_three_asks_gets_a_field_for_each() -> None:
    text = (
        "Hi Dana,\n\nPlease move the launch to March 3.\n\n"
        "Can you check the pricing page on mobile?\n\n"
        "And could you send the invoice to our accounts team at billing@studio.co.il?\n\nThanks"
    )
    advice = _advise(label="demanding", message_language="en", text=text, chat=False)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    for asked in ("move the launch", "pricing page", "send the invoice"):
        assert any(asked in h for h in hints), hints
    # "billing@studio.co.il" is one address, not the end of a sentence and a new ask.
    assert not any(h.endswith('"co"') or '"il' in h for h in hints), hints
    # In a chat the reply keeps to the channel's length, the last further field dropped first.
    chat = _advise(label="demanding", message_language="en", text=text, chat=True)
    for s in chat.suggestions:
        assert len(s.text) <= 300, s.text
        kept = [any(a in b.hint for b in s.blanks) for a in ("pricing page", "send the invoice")]
        assert kept[0] or not kept[1], s.text


def test_a_further_ask_that_names_a_thing_beside_the_time_keeps_its_field() -> None:
    # Round 24: "Can I have the revised version by Thursday?" was dropped because its date was
    # the reply's deadline, though it asks for the version too.
    text = "Please add the list of suppliers at the bottom. Can I have the revised version by Thursday?"
    advice = _advise(label="know-it-all", message_language="en", text=text, chat=False)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    assert any("revised version" in h for h in hints), hints


@pytest.mark.parametrize(
    ("language", "label", "text", "unwanted"),
    [
        # Round 25: an outage's hours, the owner's own promise quoted back in scorn, and a
        # supplier's excuse were said back as the client's deadline or agreed to as a restart.
        (
            "he",
            "conflictual",
            "האתר היה למטה ביום שישי מ-11 עד 5 אחה״צ. אני רוצה הסבר בכתב",
            "עד 5",
        ),
        ("he", "easygoing", 'אז ה"עד סוף השבוע" שלך זה איזה סוף שבוע בדיוק?', "עד סוף השבוע"),
        (
            "he",
            "conflictual",
            "ואם לא יהיה תאריך עד יום ראשון אני מפרסמת בקבוצת הכלות",
            "עד יום ראשון",
        ),
        (
            "en",
            "dormant",
            "I still don't have the photos, he keeps saying next week. Maybe we hold off?",
            "Next week works",
        ),
        (
            "en",
            "dormant",
            "Sorry for the silence. The board meeting is sometime in April. Is March still realistic?",
            "In April works",
        ),
        # Round 28: a span of years ending today is no deadline of today.
        ("he", "demanding", "תכין לו דף פתרונות לכל מבחני הבגרות מ-2019 עד היום", "עד היום"),
    ],
)
def test_a_time_that_is_not_the_clients_own_is_not_said_back(
    language: str, label: str, text: str, unwanted: str
) -> None:
    said = _said(_advise(label=label, message_language=language, text=text))
    assert not any(unwanted in t for t in said), said


def test_a_quiet_clients_question_is_answered_before_their_own_time_is_agreed_to() -> None:
    # Round 26: "אחרי פסח זה בסדר מבחינתי" to a client whose question was what is most urgent.
    text = "סליחה על השקט. אנסה לשלוח את הקבלות אחרי פסח. מה הכי דחוף מכל זה?"
    advice = _advise(label="dormant", message_language="he", text=text)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    assert any("מה הכי דחוף" in h for h in hints), [s.text for s in advice.suggestions]
    # When the question is the postponement itself, the client's own time is agreed to.
    asked = _advise(label="dormant", message_language="he", text="עוד לא בחרנו. נדבר אחרי החגים?")
    assert any("אחרי החגים זה בסדר" in s.text for s in asked.suggestions)


@pytest.mark.parametrize(
    ("language", "text", "leave"),
    [
        ("he", "עוד לא שלחתי את הטפסים. אחרי החגים אני מסדרת הכל, זה בסדר?", True),
        ("en", "Is it alright if we leave the renewal until I'm in Israel in March?", True),
        ("en", "Crazy month here. Let's pick it up again after Pesach?", False),
    ],
)
def test_a_quiet_client_asking_leave_gets_the_owners_answer_not_a_yes(
    language: str, text: str, leave: bool
) -> None:
    # Rounds 22 and 26: "no problem, after the holidays is fine" to a client who asked whether
    # it was, about papers already overdue. A proposal is still agreed to.
    advice = _advise(label="dormant", message_language=language, text=text)
    agreed = any("בסדר מבחינתי" in s.text or "is fine by me" in s.text for s in advice.suggestions)
    opened = any("אין בעיה" in s.text or "No problem" in s.text for s in advice.suggestions)
    assert agreed is not leave and (not opened if leave else True), [
        s.text for s in advice.suggestions
    ]


def test_a_second_ask_in_the_same_run_on_sentence_gets_its_field() -> None:
    # Round 26: chat messages run their asks together without a full stop, and the second
    # ("ואם אפשר גם שעווה וגם לק ג׳ל באותו תור") went unanswered.
    text = "אני צריכה תור מחר בבוקר לפני 9 ואם אפשר גם שעווה וגם לק ג׳ל באותו תור"
    advice = _advise(label="demanding", message_language="he", text=text)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    assert any("שעווה" in h for h in hints), [s.text for s in advice.suggestions]


def test_a_signature_names_the_client_not_their_town() -> None:
    # Round 29: "שלום טמרה", "שלום עוספיא": the town under the name was taken for it.
    from classifier.replies import client_first_name

    body = "שלום אבי,\nאני רוצה את המקדמה בחזרה עד יום ראשון.\n\nסאמר חטיב\nטמרה"
    assert client_first_name(sender_name=None, raw_body=body) == "סאמר"
    body = "Hi,\nThe toilet is still not in.\nDaniel Kessler\nRamat Beit Shemesh"
    assert client_first_name(sender_name=None, raw_body=body) == "Daniel"


def test_a_refund_names_the_sum_refunded_not_another_in_its_sentence() -> None:
    # Round 30: "לגבי ההחזר (650 ₪)" named a microwave's compensation, not the 3,200 refund.
    text = 'אבקש תיקון על חשבונך + פיצוי על המיקרוגל (650 ש"ח), או החזר מלא של 3,200 ש"ח.'
    advice = _advise(label="conflictual", message_language="he", text=text, chat=False)
    refund = [s.text for s in advice.suggestions if "לגבי ההחזר" in s.text]
    assert refund and all("3,200" in t for t in refund), [s.text for s in advice.suggestions]


def test_raw_files_are_never_promised() -> None:
    # Round 27: "I'll send the raw by [when]" promised files many studios do not hand over.
    for language, text in (
        ("en", "the photos are amazing!! can u send also the raw files?"),
        ("he", "התמונות מהממות! תשלחי גם את קבצי הגלם?"),
    ):
        advice = _advise(label="easygoing", message_language=language, text=text)
        assert not any("I'll send" in s.text or "אשלח את" in s.text for s in advice.suggestions), [
            s.text for s in advice.suggestions
        ]


def test_a_name_in_the_other_letters_is_left_out_of_the_greeting() -> None:
    advice = _advise(label="easygoing", message_language="he", client_name="Gilad")
    assert all("Gilad" not in s.text for s in advice.suggestions)
    advice = _advise(label="easygoing", message_language="he", client_name="גלעד")
    assert any("גלעד" in s.text for s in advice.suggestions)


def test_a_threat_behind_a_request_gets_one_field_for_the_fix() -> None:
    text = (
        "Wow only 5 days to answer. The site is still down. Fix it today or I'm doing a chargeback."
    )
    advice = _advise(label="conflictual", message_language="en", text=text)
    for s in advice.suggestions:
        assert not ("Fix it today" in s.text and "what you will do to resolve it" in s.text), s.text


def test_a_complaint_at_the_owners_expense_is_not_told_it_is_paid_work() -> None:
    # Round 18: "או שאתה פה מחר על חשבונך" answered "זה מחוץ למה שסוכם, ולכן בתשלום".
    text = "שילמתי 650 על ריסוס ויש יותר ג׳וקים. או שאתה פה מחר על חשבונך או שאני מבטל את העסקה"
    for label in ("conflictual", "demanding"):
        advice = _advise(label=label, message_language="he", text=text)
        assert not any("לגבי העלות" in s.text for s in advice.suggestions), label


def test_a_refund_or_a_threat_gets_no_pick_an_option_line() -> None:
    text = "I want a full refund of the $900 by Thursday or we will cancel the contract."
    advice = _advise(label="conflictual", message_language="en", text=text, chat=False)
    assert not any("which do you prefer" in s.text for s in advice.suggestions)


def test_a_calm_conflictual_client_is_acknowledged() -> None:
    # Round 28: five replies to clients the business had failed went without an apology; one
    # who refused more apologies still gets none, nor (round 29) a client with no complaint.
    text = "The outage was not reported to us. If there is no written account by Friday, I'm cancelling the contract."
    advice = _advise(label="conflictual", message_language="en", text=text, chat=False)
    assert all("I'm sorry about what happened" in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]
    # Round 29: nor one who counts the apologies already sent, however they put it.
    counted = text + " I have received three apologies from you. I do not require a fourth."
    advice = _advise(label="conflictual", message_language="en", text=counted, chat=False)
    assert not any("sorry" in s.text.lower() for s in advice.suggestions)
    calm = "Quick update: the board meets next month. Are you still in for the extension?"
    advice = _advise(label="conflictual", message_language="en", text=calm, chat=False)
    assert not any("sorry" in s.text.lower() for s in advice.suggestions)
    refused = text + " And spare me the apologies."
    advice = _advise(label="conflictual", message_language="en", text=refused, chat=False)
    assert advice.suggestions and not any("sorry" in s.text.lower() for s in advice.suggestions)


def test_a_delighted_clients_email_gets_no_we_both_have_it_in_writing() -> None:
    # Rounds 17-18: "I'll send a short summary of what we agree" read as an off note to a client
    # who just approved everything.
    text = "Loved it, no notes at all! Please send the final files and the invoice when ready."
    easy = _advise(label="easygoing", message_language="en", text=text, chat=False)
    assert not any("in writing" in s.text for s in easy.suggestions)


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        ("he", "זה עמית הבן של שושנה. אבא נפטר הבוקר. צריך ארוחות ערב לכל השבעה", "משתתפים בצערך"),
        (
            "en",
            "My father passed away on Monday. We need catering for the shiva, 40 people.",
            "sorry for your loss",
        ),
        ("he", "מזל טוב לנו! התחתנו בשבוע שעבר, תשלח את התמונות כשאפשר", "מזל טוב"),
        # Rounds 23-24: a hospitalised father, a new baby, and no word for either.
        ("he", "סליחה על השקט, אמא שלי אושפזה. תגיד מה חסר לך לדוח", "רפואה שלמה"),
        (
            "en",
            "Sorry I vanished, my dad was in the hospital. What do you still need?",
            "getting better",
        ),
        ("en", "We had the baby in August! Are we still on for the report?", "Congratulations"),
        # Round 26: a death in the family and a mother in hospital, said plainly.
        (
            "en",
            "sorry i not answer, we have death in the family, my uncle. the video later ok?",
            "sorry for your loss",
        ),
        (
            "en",
            "I was in Lyon for my mother who was at the hospital. Can you keep the plans?",
            "getting better",
        ),
        # Round 60: "תודה רבה!" to a client back from reserve duty.
        ("he", "אהלן, חזרתי ממילואים. איפה עצרנו עם האתר?", "טוב שחזרת בשלום"),
        ("en", "Hi, I'm back from reserve duty. Where are we with the logo?", "Welcome back"),
    ],
)
def test_a_death_or_a_celebration_is_marked_first(language: str, text: str, opening: str) -> None:
    # Round 19: "קיבלתי, תודה שכתבת" to a son whose father had died that morning.
    for label in ("demanding", "easygoing"):
        advice = _advise(label=label, message_language=language, text=text, chat=False)
        assert all(opening in s.text.split("\n\n")[1] for s in advice.suggestions), [
            s.text for s in advice.suggestions
        ]


@pytest.mark.parametrize(
    ("language", "label", "text", "unwanted"),
    [
        # A chat opener is not the ask (round 17).
        (
            "en",
            "demanding",
            "u up? need you to move my monday calls. oh and can you start doing my inbox on sundays?",
            '"u up"',
        ),
        # An excuse refused in advance is no thing to talk about (round 19).
        (
            "he",
            "conflictual",
            "האוכל הגיע קר וחסרו 20 מנות. אני לא משלמת את היתרה. ואל תגיד לי שזה בגלל הפקק",
            "הפקק",
        ),
    ],
)
def test_what_the_client_waved_off_is_not_answered(
    language: str, label: str, text: str, unwanted: str
) -> None:
    said = _said(_advise(label=label, message_language=language, text=text))
    assert not any(unwanted in t for t in said), said


def test_a_marvel_is_no_second_ask() -> None:
    text = (
        "אחיייי זה יצא פצצה 🔥🔥🔥 המעבר עם הזום בהתחלה?? מאשרת בלי שינויים, תשלח לינק לקובץ הסופי"
    )
    advice = _advise(label="easygoing", message_language="he", text=text)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    assert any("תשלח לינק" in h for h in hints), hints
    assert not any("המעבר עם הזום" in h for h in hints), hints
    assert not any("סבבים" in h for h in hints), hints  # "בלי שינויים" approves: no revisions


@pytest.mark.parametrize(
    ("language", "text", "verdicts", "hint"),
    [
        # Round 22: "המחיר נשאר כפי שסיכמנו" turned down a client's own offer the owner might take.
        (
            "he",
            "סיכמנו על 1,600. אפשר לעגל ל-1,800 על הכל ולהוסיף שעה? תעשי לי הנחה קטנה",
            ("נשאר כפי שסיכמנו", "יתומחר בנפרד"),
            "מה אפשר להציע, והאם המחיר משתנה",
        ),
        (
            "en",
            "also need a mobile version and dark mode. forgot to mention earlier lol",
            ("priced separately",),
            "whether it is included, or what it costs",
        ),
    ],
)
def test_a_price_question_gets_a_field_not_a_verdict(
    language: str, text: str, verdicts: tuple[str, ...], hint: str
) -> None:
    advice = _advise(label="demanding", message_language=language, text=text)
    assert not any(v in s.text for v in verdicts for s in advice.suggestions)
    assert hint in [b.hint for s in advice.suggestions for b in s.blanks]


def test_a_free_request_gets_a_field_for_the_cost_not_a_verdict() -> None:
    # Round 20: a membership freeze "for free" answered "This is outside what we agreed, so it's
    # paid work": whether it is included is the owner's to say.
    text = (
        "Can you freeze my membership for free while I'm abroad? And what's the best yearly price?"
    )
    advice = _advise(label="demanding", message_language="en", text=text)
    assert not any("paid work" in s.text for s in advice.suggestions)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    # A field of its own for the cost, or (since round 73, when the freeze is the main ask and
    # no postponement) the main ask's field quoting the "for free" it asks.
    assert any(h == "whether it is included, or what it costs" or "for free" in h for h in hints), (
        hints
    )


@pytest.mark.parametrize(
    ("language", "text", "condolence"),
    [
        ("en", "wifi died AGAIN in the middle of our investor night. fix it tonight", "loss"),
        # Round 21: a husband who died six years ago is no fresh loss to open with.
        ("he", "בעלי נפטר לפני שש שנים ואני רוצה לסדר את התמונות שלו לאלבום. מתי אפשר?", "בצערכם"),
        (
            "en",
            "My dad passed away five years ago; I'd like his photos restored. When can you?",
            "loss",
        ),
    ],
)
def test_no_condolence_without_a_fresh_loss(language: str, text: str, condolence: str) -> None:
    advice = _advise(label="easygoing", message_language=language, text=text)
    assert not any(condolence in s.text for s in advice.suggestions)


def test_a_short_chat_with_three_asks_gets_three_fields() -> None:
    text = "תזיז את הפגישה לשלישי. תבדוק את העמוד בנייד. ותשלח חשבונית"
    advice = _advise(label="demanding", message_language="he", text=text, chat=True)
    hints = [b.hint for s in advice.suggestions for b in s.blanks]
    for asked in ("תזיז את הפגישה", "תבדוק את העמוד", "ותשלח חשבונית"):
        assert any(asked in h for h in hints), hints
    # With asks to answer, no reply spends its room on a pick-an-option line.
    assert not any("אפשרות ראשונה" in h for h in hints), hints


def test_a_quiet_client_who_named_a_time_is_not_offered_help_deciding() -> None:
    text = "סליחה שנעלמתי, היה בלאגן. נחזור לזה אחרי החגים"
    advice = _advise(label="dormant", message_language="he", text=text)
    assert not any("יקל עליך להחליט" in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("הזמנתי אלבום ב-5,600 ₪ והוא הגיע הפוך. אני דורשת החזר מלא.", "לגבי ההחזר (5,600 ₪):"),
        # Round 21: the budget spent is not the fee they want back.
        (
            "You spent 3,180$ of my budget.\nI want a refund of the management fee.",
            "About the refund:",
        ),
    ],
)
def test_a_refund_names_its_own_sum_only(text: str, said: str) -> None:
    language = "he" if "ה" in text else "en"
    advice = _advise(label="conflictual", message_language=language, text=text, chat=False)
    firsts = [s.text for s in advice.suggestions]
    assert any(said in t for t in firsts), firsts
    assert not any("3,180" in t for t in firsts), firsts


def test_a_quiet_clients_time_is_agreed_to_once() -> None:
    text = "סליחה שלא עניתי. אפשר לסגור את זה אחרי החגים? ומה בדיוק חסר לך ממני?"
    advice = _advise(label="dormant", message_language="he", text=text, chat=False)
    for s in advice.suggestions:
        assert not ("אחרי החגים זה בסדר" in s.text and "אחזור אליך" in s.text), s.text


def test_a_past_time_is_not_agreed_to() -> None:
    # Round 21: "is the quote you sent in March still good?" answered "In March works for me".
    for text in (
        "Still waiting on the documents, I'll write again. Is the quote you sent in March still good?",
        "We moved apartments in March and my papers are in boxes. Can I send them in a few weeks?",
    ):
        advice = _advise(label="dormant", message_language="en", text=text, chat=False)
        assert not any("March works" in s.text for s in advice.suggestions), text


def test_a_role_is_no_name() -> None:
    assert (
        client_first_name(
            sender_name=None, raw_body="Please fix it.\n\nRegards,\nExecutive Director"
        )
        is None
    )


def test_a_know_it_all_is_not_told_we_will_check_in_later() -> None:
    text = "no. take out the pauses. not looking for a second opinion, I'll review it next week"
    advice = _advise(label="know-it-all", message_language="en", text=text)
    assert not any("check in again" in s.text for s in advice.suggestions)


def test_a_client_congratulating_the_owner_is_not_congratulated_back() -> None:
    # Round 23: "מזל טוב על הגיוס!" to the owner answered "מזל טוב".
    text = "מזל טוב על הגיוס! תשלח לי בבקשה את הצעת המחיר המעודכנת השבוע"
    advice = _advise(label="easygoing", message_language="he", text=text)
    assert not any("מזל טוב" in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        # Round 23: "we'll meet in small claims court" is no meeting to offer a time for.
        (
            "he",
            "זו הפנייה האחרונה לפני עורך דין. אם לא תתקן, ניפגש בתביעות קטנות",
            "פגישה מתאימה לי",
        ),
        # The sketch is the model of the order, not what to send.
        (
            "en",
            "Saw the sketch - perfect. Let's do 80 for Friday, exactly like the sketch",
            "send the sketch",
        ),
    ],
)
def test_a_word_is_not_taken_for_the_ask(language: str, text: str, unwanted: str) -> None:
    for label in ("conflictual", "easygoing"):
        advice = _advise(label=label, message_language=language, text=text)
        assert not any(unwanted in s.text for s in advice.suggestions), [
            s.text for s in advice.suggestions
        ]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        # Round 32 (harmful): a parent's "meeting this week, an explanation in writing, and a
        # refund" got only "about the refund" in two of three replies.
        (
            "אני דורש: פגישה עם הנהלת הגן עוד השבוע, הסבר בכתב מה קרה ואיך זה לא יחזור, והחזר "
            "של שכר הלימוד לחודש זה. אם לא אקבל מענה עד יום חמישי, אפנה לעירייה.",
            "פגישה עם הנהלת הגן",
        ),
        # Round 34: "אני דורשת תרגום מתוקן עד יום שלישי וגם החזר מלא" got only the refund.
        (
            "אני לא משלמת שקל על התיקון. אני דורשת תרגום מתוקן עד יום שלישי וגם החזר מלא",
            "תרגום מתוקן",
        ),
    ],
)
def test_a_list_of_demands_is_answered_whole_not_by_its_refund(text: str, demand: str) -> None:
    advice = _advise(label="conflictual", message_language="he", text=text, chat=False)
    assert all(demand in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # Round 32: the time someone is away until is no deadline of the reply's.
        ("he", "בתי ביקשה שאברר בשמה, כי היא בעבודה עד הערב, אם אפשר לרשום גם את אורי", "עד הערב"),
        ("en", "The VP is abroad till the 20th. Can you send the files?", "the 20th"),
        ("he", "רק תגיד מתי צריך להגיע לחתום כי שירה בחופש רק עד ה20", "עד ה20"),
    ],
)
def test_a_time_someone_is_away_is_not_said_back(language: str, text: str, absent: str) -> None:
    for label in ("easygoing", "demanding"):
        advice = _advise(label=label, message_language=language, text=text, chat=False)
        for said in _said(advice):
            assert absent not in said, said


def test_a_past_time_after_a_loss_is_not_agreed_to() -> None:
    # Round 32: "My mother passed away in January … maybe one chapter a month?" got "In
    # January is fine by me".
    text = (
        "My mother passed away in January and I could not touch the book. Maybe we continue slower?"
    )
    advice = _advise(label="dormant", message_language="en", text=text, chat=False)
    assert not any("In January is fine" in s.text for s in advice.suggestions)


def test_an_ask_inside_a_quoted_main_ask_gets_no_second_field() -> None:
    # Round 32: "[your answer to '…I'm assuming we can keep the same fee?']" and then "About the
    # price: […]", two fields for one question.
    text = "We're now at 40 SKUs instead of 25. They're all pretty short, so I'm assuming we can keep the same fee?"
    advice = _advise(label="demanding", message_language="en", text=text, chat=False)
    quoting = [s.text for s in advice.suggestions if "assuming we can keep" in s.text]
    assert quoting
    assert any("About the price" not in t for t in quoting), quoting


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        # Round 33: a birth announced and a father's illness got no word for them.
        (
            "mixed",
            "She's here!!! 👶 נולדה אתמול ב-3 לפנות בוקר. any day next week works for us",
            "Congratulations",
        ),
        (
            "en",
            "sorry i was not answer, my father was sick and i was away 3 weeks. i will try next week ok?",
            "I hope things are getting better",
        ),
    ],
)
def test_a_family_event_is_marked_first(language: str, text: str, opening: str) -> None:
    label = "easygoing" if opening == "Congratulations" else "dormant"
    advice = _advise(label=label, message_language=language, text=text, chat=True)
    assert all(opening in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


def test_the_first_step_answers_the_ask_in_one_field() -> None:
    # Round 33: "[what you will do — answering …]" then "The first thing I'll take care of: […]".
    text = "the app crashed AGAIN in front of the investor. if it's not fixed by tonight I'm not paying the milestone"
    advice = _advise(label="conflictual", message_language="en", text=text, chat=True)
    for s in advice.suggestions:
        assert not (
            "The first thing I'll take care of: [what exactly, and by when]" in s.text
            and "[what you will do and when" in s.text
        ), s.text


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        (
            "he",
            "צריכה טכנאי במוצ״ש מ-21:00 עד שהכל עובד. תאשר לי עד הערב?",
            "עד הערב",
        ),  # an answer wanted
        ("en", "rain check on thursday? i'll text u when my schedule opens up", "About on"),
        ("en", "Could we pick it up again once the kids are back at school?", "About the kids"),
    ],
)
def test_round_33s_misfits_are_gone(language: str, text: str, absent: str) -> None:
    for label in ("demanding", "dormant"):
        advice = _advise(label=label, message_language=language, text=text)
        for said in _said(advice):
            assert absent not in said, said


def test_a_put_off_is_not_agreed_to_while_another_clock_runs() -> None:
    # Round 34 (harmful): "a letter from the tax office … something like 30 days … can we pick
    # this up after Pesach?" got "After Pesach is fine by me".
    text = (
        "A letter came saying my return was never filed. There's a date on it, something like "
        "30 days. Can we pick this up after Pesach when things are calmer?"
    )
    advice = _advise(label="dormant", message_language="en", text=text, chat=False)
    for s in advice.suggestions:
        assert "is fine by me" not in s.text and "No problem" not in s.text, s.text
    # A put-off alone is still agreed to.
    alone = _advise(
        label="dormant", message_language="en", text="Can we pick this up after Pesach?"
    )
    assert any("Picking this up after Pesach is fine by me" in s.text for s in alone.suggestions)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Round 34: a lawyer greeted or quoted is no threat; a calm client is not told it's frustrating
        ("he", "עו״ד שלום, מצרפת את החוזה. אני צריכה את ההערות עד מוצאי שבת"),
        ("he", "עוה״ד שלי אמר שכל מילה שזזה זה פתח לתביעה. תתרגמי מילה במילה"),
    ],
)
def test_a_word_of_the_law_is_no_heat(language: str, text: str) -> None:
    for label in ("demanding", "conflictual"):
        advice = _advise(label=label, message_language=language, text=text)
        for s in advice.suggestions:
            assert "מתסכל" not in s.text, s.text


def test_a_time_the_client_ruled_out_is_not_agreed_to() -> None:
    # Round 35 (harmful): "probably not in June as we discussed" got "In June is fine by me",
    # and "my wife had surgery" got "No problem".
    text = (
        "Apologies for the radio silence. My wife had surgery last month and everything got put "
        "on hold. We still plan to move, but probably not in June as we discussed."
    )
    advice = _advise(label="dormant", message_language="en", text=text, chat=False)
    for s in advice.suggestions:
        assert "June is fine" not in s.text and "No problem" not in s.text, s.text
        assert "I hope things are getting better" in s.text, s.text


def test_the_clients_own_draft_is_not_what_the_owner_sends() -> None:
    # Round 35: "תכיני את השאלון על בסיס הטיוטה שלי" got "את הטיוטה אשלח עד [מתי]".
    text = "אבקש שתכיני את השאלון על בסיס הטיוטה שלי (מצורפת), בלי לשנות את ניסוח השאלות."
    advice = _advise(label="know-it-all", message_language="he", text=text, chat=False)
    assert not any("את הטיוטה אשלח" in s.text for s in advice.suggestions)


def test_an_email_answers_four_further_asks_each_in_its_field() -> None:
    # Round 35: most "an ask left out" ratings were e-mails of four or more asks, of which the
    # reply answered the first three.
    text = (
        "A few things I'd like to fold into the current build:\n"
        "- a subscription option for the refill packs\n"
        "- an upsell popup at cart\n"
        "- a German version of the whole store\n"
        "- and can launch move up to Nov 10 instead of the 20th?"
    )
    advice = _advise(label="demanding", message_language="en", text=text, chat=False)
    for s in advice.suggestions:
        for ask in ("subscription option", "upsell popup", "German version", "Nov 10"):
            assert ask in s.text, (ask, s.text)
    chat = _advise(label="demanding", message_language="en", text=text, chat=True)
    assert all(len(s.text) <= 300 for s in chat.suggestions)


def test_a_put_off_beside_a_missed_date_is_the_owners_to_allow() -> None:
    # Round 36 (harmful): "אני יודעת שהיה צריך עד ה-20 לחודש … אנסה בשבוע הבא" got "אין בעיה …
    # בשבוע הבא זה בסדר מבחינתי": an extension of a passed deadline the owner never decided.
    text = (
        "רק עכשיו ראיתי את התזכורות על האישור לאלרגיה. אני יודעת שהיה צריך עד ה-20 לחודש. "
        "את האישור עוד לא הספקתי, אנסה בשבוע הבא. המקום שלו עדיין שמור נכון?"
    )
    advice = _advise(label="dormant", message_language="he", text=text, chat=False)
    for s in advice.suggestions:
        assert "בסדר מבחינתי" not in s.text and "אין בעיה" not in s.text, s.text


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # Round 36: "can she stay until 17:30?" is no deadline; "remember me?" no question to answer
        (
            "he",
            "אפשר שהיא תישאר אצלכם עד 17:30? ואם אני רושמת גם את איתי מגיעה לי הנחה?",
            "עד 17:30",
        ),
        (
            "en",
            "hiii remember me?? the bakery logo from like march. still want it!!",
            "remember me",
        ),
        ("he", "היי, זוכר אותי? רוצה לחזור לזה מתישהו, אולי אחרי החגים", "זוכר אותי"),
    ],
)
def test_round_36s_misreadings_are_gone(language: str, text: str, absent: str) -> None:
    for label in ("demanding", "dormant"):
        advice = _advise(label=label, message_language=language, text=text)
        for said in _said(advice):
            assert absent not in said, said
        if language == "en" or "זוכר" in text:
            assert not any(absent in s.text for s in advice.suggestions)


def test_a_date_an_answer_is_wanted_by_is_no_delivery_date() -> None:
    # Round 38 (harmful): "אם לא תגיע עד יום חמישי תשובה בכתב" got "הבנתי שזה צריך להיות מוכן עד
    # יום חמישי"; and "אני לא מתכוונת לשלם … עד שהשיש יוחלף" is the demand.
    text = (
        'אני לא מתכוונת לשלם את יתרת ה-18,000 ש"ח עד שהשיש יוחלף. אם לא תגיע עד יום חמישי '
        "תשובה בכתב עם תאריך החלפה, זה עובר לעורך הדין שלנו."
    )
    advice = _advise(label="conflictual", message_language="he", text=text, chat=False)
    for s in advice.suggestions:
        assert "מוכן עד יום חמישי" not in s.text, s.text
        assert "השיש יוחלף" in s.text, s.text


@pytest.mark.parametrize(
    ("text", "label", "opening"),
    [
        # Round 38: a shiva inside a complaint, and a driving test passed, went unmarked.
        (
            "הוזמן ל-50. הגיע ל-30. בערב הראשון של השבעה של אמא שלי. אני מצפה לזיכוי עד מחר",
            "conflictual",
            "משתתפים בצערך",
        ),
        (
            "עבררררתי!!!! 🥳 בפעם הראשונה!! נשאר לנו חוב על שני השיעורים האחרונים נכון?",
            "easygoing",
            "מזל טוב",
        ),
    ],
)
def test_a_family_event_is_marked_before_a_complaint(text: str, label: str, opening: str) -> None:
    advice = _advise(label=label, message_language="he", text=text)
    assert all(opening in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


@pytest.mark.parametrize(
    ("label", "language", "text", "unsaid"),
    [
        # Round 34: "הבנתי שזה צריך להיות מוכן עד יום ראשון" above "[התשובה ל"צריך את כל ההצעות
        # עד יום ראשון"]", the date twice (and, to a writer who held the date the owner's to
        # decide, a promise of it).
        (
            "demanding",
            "he",
            "אנחנו רוצים שתבדוק גם מול דיסקונט והבינלאומי ולא רק מול שלושת הבנקים שסיכמנו. "
            "החוזה נחתם ב-3.7 אז צריך את כל ההצעות עד יום ראשון.",
            "עד יום ראשון",
        ),
        # Round 38 (harmful): "not another 'we'll look into it'" got "I take this seriously and
        # will look into each point".
        (
            "conflictual",
            "en",
            'I need a proper answer today, not another "we\'ll look into it". 14 people were '
            "underpaid. I want to know when the corrected slips will be issued.",
            "look into",
        ),
    ],
)
def test_what_the_client_said_once_is_not_said_back(
    label: str, language: str, text: str, unsaid: str
) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=False)
    for said in _said(advice):
        assert unsaid not in said, said


@pytest.mark.parametrize(
    ("language", "text", "sorry"),
    [
        # Round 39: a no-show and a failed deep clean got "Got it. I take this seriously."
        (
            "en",
            "We waited in the lobby 45 MIN. No call no msg nothing. I want 50% back today or the "
            "review goes on TripAdvisor tonight. dont give me traffic excuses",
            "sorry",
        ),
        ("en", "The oven is still black and there's hair in the shower. Come back today.", "sorry"),
        ("he", "הטכנאי לא הגיע בכלל ביום שלישי. חיכיתי בבית כל הבוקר. מתי הוא בא?", "צר לי"),
    ],
)
def test_a_client_telling_what_went_wrong_gets_a_sorry(
    language: str, text: str, sorry: str
) -> None:
    advice = _advise(label="conflictual", message_language=language, text=text)
    assert all(sorry in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


def test_a_calm_dispute_with_nothing_gone_wrong_gets_no_stock_sorry() -> None:
    text = "We will settle £2,800 on receipt of a corrected invoice. Our records show otherwise."
    advice = _advise(label="conflictual", message_language="en", text=text, chat=False)
    assert all("sorry" not in s.text.lower() for s in advice.suggestions)


def test_a_date_inside_a_quoted_clause_is_not_said_back() -> None:
    # Round 40 (harmful): a contract clause's "no later than March 3, 2025", quoted on March 19,
    # came back as "I understand you need it no later than March 3, 2025".
    text = (
        "I'll quote our agreement: \"The Contractor shall complete all works no later than March "
        '3, 2025." Today is March 19. I want a completion date in writing.'
    )
    advice = _advise(label="conflictual", message_language="en", text=text, chat=False)
    for said in _said(advice):
        assert "March 3" not in said, said


def test_a_client_who_wants_no_check_ins_is_not_promised_one() -> None:
    # Round 40 (harmful): "No need to check in with me, I trust you" got "I'll check in again
    # about the matte paper around [when]".
    text = (
        "The brochure looks lovely, approved as is. Please go ahead and print 300 copies. "
        "No need to check in with me, I trust you with the rest."
    )
    advice = _advise(label="easygoing", message_language="en", text=text, chat=False)
    assert read_asks(text, language="en").has(AskKind.REFUSAL, "no_check_in")
    for s in advice.suggestions:
        assert "check in" not in s.text, s.text


def test_sarcasm_about_speed_is_not_thanked() -> None:
    # Round 40 (harmful): "thanks for the lightning speed 👏" about flyers late for an expo got
    # "Thank you!".
    text = (
        'Wow, thanks for the lightning speed 👏 Flyers "ready Monday 10am", it\'s Thursday. '
        "Let me guess, the machine broke again? Just tell me when I get my ₪1,150 back"
    )
    asks = read_asks(text, language="en")
    assert asks.has(AskKind.MONEY, "refund")
    assert asks.has(AskKind.QUESTION, "rhetorical")
    advice = _advise(label="easygoing", message_language="en", text=text)
    for s in advice.suggestions:
        assert "Thank you" not in s.text, s.text


@pytest.mark.parametrize(
    "text",
    [
        "We WAITED in the lobby 45 MIN and the Oven is STILL BLACK",
        "My Father Passed Away on Monday; SORRY for the delay",
        "הטכנאי לא הגיע. חיכיתי כל הבוקר. צר לי שאני כותבת ככה",
        'אבא שלי נפטר הלילה, אנחנו יושבים שבעה. המע"מ מחכה',
        "Congratulations! We Had The Baby 👶 and the VAT return can wait",
        "nothing here at all",
    ],
)
def test_the_prefiltered_scan_finds_what_a_case_blind_search_finds(text: str) -> None:
    scanned = _Scanned.of(text)
    for pack in get_packs():
        book = load_phrase_book(pack)
        for pattern in (
            book.apology_words,
            book.complaint_words,
            book.outside_clock,
            *book.occasions.values(),
        ):
            expected = re.search(pattern, text, re.IGNORECASE) is not None
            assert scanned.finds(pattern) is expected, (pack.code, pattern[:40])


def test_keeping_to_writing_is_said_once() -> None:
    # Round 41: "We'll keep this in writing." and "I'll send a short summary … in writing" in one
    # reply.
    text = (
        "Please skip the gel and spray everything incl. the kids' rooms. Don't call, I'm at work. "
        "Also start with the bathrooms not the kitchen pls"
    )
    advice = _advise(label="know-it-all", message_language="en", text=text, chat=False)
    for s in advice.suggestions:
        assert s.text.count("in writing") <= 1, s.text


@pytest.mark.parametrize(
    ("text", "field", "kept"),
    [
        # Rounds 40 and 41: "[the answer to "tell me today"]" beside the answers: the reply is it.
        (
            "אפשר להוסיף עוד שני מפגשים השבוע? ואולי 150 לשעה במקום 220? תגיד לי היום בבקשה",
            "תגיד לי היום",
            False,
        ),
        # What to tell is an ask of its own.
        ("צריכה מישהי שתעשה לי את הדוח השנתי. תגידי מה לשלוח ויאללה", "תגידי מה לשלוח", True),
    ],
)
def test_a_wish_for_the_reply_itself_gets_no_field(text: str, field: str, kept: bool) -> None:
    advice = _advise(label="demanding", message_language="he", text=text, chat=False)
    assert any(field in s.text for s in advice.suggestions) is kept, [
        s.text for s in advice.suggestions
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Round 43: "And about your quote:" for the quote the owner had sent.
        "Is the bathroom still an issue? Also I can't find your quote anywhere, can you resend it?",
        "Can you resend your quote? I lost it.",
    ],
)
def test_the_owners_own_quote_is_not_called_the_clients(text: str) -> None:
    advice = _advise(label="dormant", message_language="en", text=text, chat=False)
    said = _said(advice)  # the reply's own words, not the client's quoted in a hint
    assert all("your quote" not in text for text in said), said
    assert any("the quote" in text for text in said), said


def test_sarcasm_about_what_went_wrong_gets_a_sorry() -> None:
    text = "wow 12 days since I reported the inverter and still nothing, really impressive service 👏👏 fix it"
    advice = _advise(label="conflictual", message_language="en", text=text)
    assert all("I'm sorry" in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


@pytest.mark.parametrize(("chat", "opening"), [(False, "Thank you for writing"), (True, "Got it")])
def test_a_formal_email_is_not_answered_with_a_bare_got_it(chat: bool, opening: str) -> None:
    # Round 43: "a bare 'Got it.' is curt for this formal dispute".
    text = "Dear Mr. Levi, the invoice includes 16 hours of additional labour I never approved. Please correct it."
    advice = _advise(label="conflictual", message_language="en", text=text, chat=chat)
    assert all(opening in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


def _readme_reply(readme: str, technique: str, starts: str) -> str:
    """A reply the README shows, as text: its block after "**technique** (seed …)<br>"."""
    pattern = re.escape(f"**{technique}** (seed ") + r"\d+\)<br>(" + re.escape(starts) + r".*?)\n"
    found = re.search(pattern, readme)
    assert found is not None, f"{technique} reply starting {starts!r} not in the README"
    return found.group(1).replace("<br>", "\n")


@pytest.mark.parametrize(
    ("label", "subject", "text", "channel", "shown"),
    [
        (
            "conflictual",
            "איפה העבודה?",
            "שלום,\nשילמתי מקדמה לפני חודש ועד היום לא קיבלתי אפילו סקיצה אחת. אם עד יום חמישי זה"
            " לא אצלי, אני מבטל ומפרסם בכל הקבוצות מה קרה פה.\n\nרונית",
            Channel.EMAIL,
            [("smallest_first", "שלום רונית"), ("reflect", "שלום רונית")],
        ),
        (
            "demanding",
            "",
            "Hi Sam, can you send the final logo files by Friday? Also, is a business card design"
            " included in the price?",
            Channel.WHATSAPP,
            [("boundaries", "Hi,"), ("clear_terms", "Hi,")],
        ),
    ],
)
def test_the_readme_shows_the_replies_the_composer_gives(
    label: str, subject: str, text: str, channel: Channel, shown: list[tuple[str, str]]
) -> None:
    """The README's two examples of replies built from an ask are what composing gives today
    (they had drifted: a field the composer no longer writes)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    message = dataclasses.replace(read_text(text, subject=subject), channel=channel)
    prepared = prepare(message)
    language = prepared.language
    advice = advise(
        label=label,
        runner_up=label,
        uncertain=False,
        message_language=language,
        asks=read_asks(prepared.cleaned_body, language=language),
        chat=is_chat(message, prepared.cleaned_body),
        client_name=client_first_name(sender_name=message.sender_name, raw_body=message.body),
        terms=Terms(names={"he": "Noa", "en": "Noa"}),
        seed_text=prepared.cleaned_body,
    )
    composed = {s.technique: s.text for s in advice.suggestions}
    for technique, starts in shown:
        assert composed.get(technique) == _readme_reply(readme, technique, starts)


@pytest.mark.parametrize(
    ("label", "language", "chat", "text", "absent"),
    [
        # Round 39: "About the refund: […]. The first thing I'll take care of: […]." to a client who
        # wanted half the fee back for a no-show: one thing asked, two fields.
        (
            "conflictual",
            "en",
            True,
            "We waited in the lobby 45 MIN, you idiots. I want 50% back today or the review goes on "
            "TripAdvisor tonight.",
            "first thing",
        ),
        # Round 40: "after Sukkot" agreed to beside the invoices a VAT report waits for, or a
        # signature a court waits for.
        (
            "dormant",
            "he",
            False,
            'אני יודע שאת מחכה לחשבוניות בשביל המע"מ. אני אשב על זה אחרי סוכות ואעביר הכל.',
            "אחרי סוכות זה בסדר",
        ),
        (
            "dormant",
            "en",
            False,
            "The court wants the forms, I know. I'll sign them after the 15th.",
            "is fine by me",
        ),
        # "a piano not tuned since my husband died, about six years" is no news of a death, nor
        # is "since my husband passed".
        (
            "easygoing",
            "he",
            True,
            "יש לי פסנתר ישן בסלון שלא כוון מאז שבעלי נפטר, בערך שש שנים. מתי נוח לך?",
            "משתתפים",
        ),
        (
            "easygoing",
            "he",
            True,
            "Rina you're an angel, the flat hasn't looked like this since my husband passed. "
            "תבואי גם ביום שלישי?",
            "משתתפים",
        ),
        # Round 41: revision rounds raised to an easygoing client who only mentions feedback.
        (
            "easygoing",
            "en",
            False,
            "Could you send me the October closing days? If I send feedback on a Friday it waits, "
            "right?",
            "revision",
        ),
        # Round 42 (harmful): a time that only conditions the question is no put-off to agree to.
        (
            "dormant",
            "en",
            True,
            "Sorry, dropped off the map. Is your quote still good if we start in September?",
            "is fine by me",
        ),
        (
            "dormant",
            "he",
            True,
            "סליחה שנעלמתי. ההצעה עדיין בתוקף אם נתחיל בספטמבר?",
            "זה בסדר מבחינתי",
        ),
        # Round 42: a field for the wish for an answer ("I just need to know for the budget",
        # "please confirm today"): the reply itself is the answer; nor is the time it is wanted
        # by a delivery date.
        (
            "demanding",
            "en",
            False,
            "Is the vegan option inside the menu price? I just need to know for the budget.",
            "need to know",
        ),
        (
            "demanding",
            "en",
            False,
            "Can you move us to the 18th? Please confirm today.",
            "confirm today",
        ),
        (
            "demanding",
            "en",
            False,
            "We'll be 35 kids not 25. Can we make it 2 hours? Need to know by tonight so I can send "
            "the invites.",
            "need it by tonight",
        ),
        # Round 42: "אין בעיה" before the owner's yes or no to a leave asked in English.
        (
            "dormant",
            "he",
            True,
            "הי, עוד לא סגרנו מספר מנות סופי. is it a problem if we only confirm numbers a week before?",
            "אין בעיה",
        ),
        # Round 45 (harmful): "I'll send the TIFF by [when]" promised a format the owner decides.
        (
            "know-it-all",
            "en",
            False,
            "I'll do the album layout myself. Please send all the selected photos as 16-bit TIFF, "
            "not JPEG.",
            "I'll send the",
        ),
        # Round 46 (harmful): a lost jacket's ultimatum answered by a field for "תכתבו פה".
        (
            "conflictual",
            "he",
            True,
            "קיבלתי 2 פריטים מתוך 3, הז'קט הלך לאיבוד. או שאתם מוצאים אותו עד מחר או שאתם "
            "משלמים. ובלי להתקשר אליי, תכתבו פה",
            'תשובה ל"תכתבו פה',
        ),
        # Round 46: "Could you tell me by Thursday what you can fit in?" is no delivery date.
        (
            "demanding",
            "en",
            False,
            "The budget is fixed at 6,000. Could you tell me by Thursday what you can fit in?",
            "need it by Thursday",
        ),
        # Round 43: a greeting is no question to answer in a field.
        (
            "easygoing",
            "he",
            True,
            "היי מה שלומך? 🙈 יודעת שנעלמתי. יש מצב לתור לגוונים מתישהו?",
            "מה שלומך",
        ),
        # Round 43 (harmful): "not before 10am" came back as "you need it before 10am".
        (
            "easygoing",
            "en",
            False,
            "A few small things: the shower door drips. Please come any weekday, not before 10am.",
            "need it before 10am",
        ),
        # Rounds 39-43: a thing past a comma before the ask named the wrong thing.
        (
            "know-it-all",
            "en",
            False,
            "I read the growth plates are fragile at his age, so please stick to cardio only",
            "About the growth plates",
        ),
        (
            "know-it-all",
            "en",
            False,
            "4% keyword density is the sweet spot, so could you add the phrase 12 times?",
            "About the sweet spot",
        ),
    ],
)
def test_rounds_39_to_44s_misfits_are_gone(
    label: str, language: str, chat: bool, text: str, absent: str
) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=chat)
    for s in advice.suggestions:
        assert absent.lower() not in s.text.lower(), s.text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Round 43: a test passed in Hebrew, the reply in English: still congratulated.
        (
            "en",
            "עברתי!!!! 🎉🎉 Seriously couldn't have done it without you. Can you save my sister a spot?",
            "Congratulations",
        ),
        # "what's happening with the nets??" is a question, not a greeting.
        ("he", "אחי נו מה קורה עם הרשתות?? אמרתם שבועיים", "מה קורה עם הרשתות"),
        # Round 47's messages: a mother's illness is marked first.
        ("he", 'סליחה לא עניתי, הייתי בחו"ל אצל אמא, היא חולה. עוד אפשר להחליף ברז?', "רפואה שלמה"),
    ],
)
def test_round_43s_readings_reach_the_reply(language: str, text: str, expected: str) -> None:
    advice = _advise(label="easygoing", message_language=language, text=text)
    for s in advice.suggestions:
        assert expected in s.text, s.text


def test_a_put_off_asked_with_the_price_gets_the_owners_answer_not_a_yes() -> None:
    # Round 46's messages: "אולי אחרי פסח, זה יהיה באותו מחיר כמו שנה שעברה?" got "אין בעיה …
    # אחרי פסח זה בסדר מבחינתי", the price question agreed to without a word on it.
    text = (
        "היי זוכרת אותי? נעלמתי לגמרי. חושבת לחזור אולי אחרי פסח, זה יהיה באותו מחיר כמו שנה שעברה?"
    )
    advice = _advise(label="dormant", message_language="he", text=text)
    for s in advice.suggestions:
        assert "אין בעיה" not in s.text and "זה בסדר מבחינתי" not in s.text, s.text
        assert "תודה שחזרת אליי" in s.text, s.text


@pytest.mark.parametrize(
    ("language", "text", "absent", "kept"),
    [
        # Round 48: "לגבי ההחזר: […]" and then "[התשובה ל"אני רוצה את המקדמה בחזרה"]", one ask
        # answered twice.
        (
            "he",
            "תשלח לי את החשבונית של מרץ. וגם אני רוצה החזר של המקדמה על השיעור שבוטל.",
            'התשובה ל"אני רוצה החזר',
            None,
        ),
        # New work with a price question keeps its own field.
        (
            "en",
            "need u to draft the investor update tonight. oh and can you start doing my inbox on "
            "sundays too from now on, same rate ok?",
            None,
            "doing my inbox",
        ),
    ],
)
def test_a_money_ask_is_answered_once(
    language: str, text: str, absent: str | None, kept: str | None
) -> None:
    advice = _advise(
        label="conflictual" if language == "he" else "demanding",
        message_language=language,
        text=text,
        chat=False,
    )
    texts = [s.text for s in advice.suggestions]
    if absent is not None:
        assert all(absent not in t for t in texts), texts
    if kept is not None:
        assert any(kept in t for t in texts), texts


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        (
            "en",
            "Still waiting on legal to sign off on the contract. Maybe after Q3?",
            "the contract",
        ),
        (
            "en",
            "I still owe you the glossary, I know. Can we pick it up after the summer?",
            "the glossary",
        ),
        (
            "en",
            "Sorry, I haven't had a chance to go over the mailbox list yet. Next week?",
            "the mailbox list",
        ),
        ("he", "היי, עוד לא הספקתי לעבור על הטקסטים. אחזור אלייך כשיירגע פה קצת", "הטקסטים"),
        ("he", "אהלן משה, עוד לא החלטנו על הצבע של החזיתות. נחזור אליך", "הצבע"),
        ("he", "אני יודע, אני חייב לך את התמונות מהמסעדה. אחרי החגים אשלח הכל", "התמונות"),
    ],
)
def test_what_a_quiet_client_still_owes_is_named(language: str, text: str, named: str) -> None:
    advice = _advise(label="dormant", message_language=language, text=text)
    said = re.sub(r"\[[^\]]*\]", "", advice.suggestions[0].text)  # the words sent, not a field
    assert named in said, advice.suggestions[0].text


@pytest.mark.parametrize(
    ("language", "text", "not_named"),
    [
        # Whom the client waits for is no thing they owe.
        ("en", "can we restart in the fall? still waiting on the shul to confirm", "the shul"),
        # A message about the exchange itself is not "the update" (no "update on your email").
        ("en", "Sorry, I haven't read your email yet. Next week?", "the email"),
        ("he", "סליחה, עוד לא ראיתי את ההודעה שלך. נדבר בשבוע הבא?", "ההודעה"),
        # A thing further on belongs to other words ("ה-cap table החתום" is no "החתום").
        ("he", "אני עדיין חייב לך את ה-cap table החתום. אשלח אחרי פסח", "החתום"),
    ],
)
def test_a_quiet_clients_other_words_are_not_called_what_they_owe(
    language: str, text: str, not_named: str
) -> None:
    advice = _advise(label="dormant", message_language=language, text=text)
    for s in advice.suggestions:
        assert f"know about {not_named}" not in s.text, s.text
        assert f"לגבי {not_named}" not in s.text, s.text


def test_a_name_over_a_company_is_the_clients() -> None:
    # Round 50: "Hi Bloom" to Mark of Bloom Studio.
    body = "Hi Shira,\n\nCould you send me your price?\n\nThanks again for everything,\nMark\nBloom Studio"
    assert client_first_name(sender_name=None, raw_body=body) == "Mark"
    # Round 51: "Hi xx," to Lauren, who sent kisses above her name.
    body = "Hi Maya!!\n\nLet me talk to Josh this weekend. Promise.\n\nxx\nLauren"
    assert client_first_name(sender_name=None, raw_body=body) == "Lauren"


@pytest.mark.parametrize(
    ("language", "text", "absent", "present"),
    [
        # Round 50 (harmful): "since your visit in November" came back as "In November is fine"; the
        # client who will be in touch is waited for (round 338).
        (
            "en",
            "Please forgive the long silence since your visit in November. We would still like to "
            "go ahead. I will be in touch again after the holiday to fix a date.",
            "November",
            "I'll wait to hear from you",
        ),
        (
            "he",
            "סליחה על השקט מאז הפגישה שלנו בנובמבר. נחזור אליך אחרי פסח",
            "נובמבר",
            "אחכה לעדכון ממך",
        ),
        # Round 51 (harmful): an exam's date came back as a time to talk ("בעוד חודשיים זה בסדר").
        (
            "he",
            "הבגרות של ה5 יחידות בעוד חודשיים בערך. אני צריך לשבת עם יונתן ואחזור אליך. אולי אחרי "
            "פסח?",
            "בעוד חודשיים",
            "אחרי פסח",  # asked ("אולי אחרי פסח?"), so agreed to
        ),
    ],
)
def test_a_time_that_is_no_put_off_is_not_agreed_to(
    language: str, text: str, absent: str, present: str
) -> None:
    advice = _advise(label="dormant", message_language=language, text=text, chat=False)
    assert all(absent not in s.text for s in advice.suggestions)
    assert any(present in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("language", "text", "line"),
    [
        # Round 49: an addition asked at the same price got no word on the price in two of
        # three replies.
        (
            "en",
            "Can you also add face painting? I hope it stays the same price, the budget is tight",
            "About the price with the addition",
        ),
        ("he", "אפשר להוסיף עוד 15 איש? אני מקווה שזה נשאר באותו מחיר", "לגבי המחיר"),
    ],
)
def test_an_addition_at_the_same_price_is_answered_beside_the_ask(
    language: str, text: str, line: str
) -> None:
    advice = _advise(label="demanding", message_language=language, text=text, chat=False)
    named = {s.technique for s in advice.suggestions if line in s.text}
    assert {"boundaries", "clear_terms"} <= named, [s.text for s in advice.suggestions]


@pytest.mark.parametrize(
    ("language", "text", "absent", "kept"),
    [
        # Rounds 48-50: "as I said" again got a field of its own beside the main ask's.
        (
            "en",
            "No need to sand the floor first. Just paint over it. Please just do it this way",
            "this way",
            None,
        ),
        (
            "he",
            "אני מבקש שתשאירי את הכותרות עם סימני קריאה. תעלי כמו שזה",
            "כמו שזה",
            None,
        ),
        # Longer, or with a time of its own, it asks something new and keeps its field.
        (
            "he",
            "צריך כתב סת״ם. ואת השם תעשי בזהב גדול באמצע, ככה היה אצל הבן של אחי וכולם דיברו",
            None,
            "בזהב",
        ),
        ("he", "תגזום גם את הבוגנוויליה. ותגיע מוקדם לפני עשר כי אחר כך חם מדי", None, "מוקדם"),
    ],
)
def test_a_request_that_says_as_i_said_gets_no_field_of_its_own(
    language: str, text: str, absent: str | None, kept: str | None
) -> None:
    advice = _advise(label="know-it-all", message_language=language, text=text, chat=False)
    for s in advice.suggestions:
        if absent is not None:
            assert absent not in s.text, s.text
        if kept is not None:
            assert kept in s.text, s.text


@pytest.mark.parametrize(
    ("language", "text", "absent", "present"),
    [
        # Round 52 (harmful): "את הקובץ אשלח עד [מתי]" to a client who wanted his own file printed.
        ("he", "תדפיס בדיוק את הקובץ ששלחתי בלי לגעת בו. 500 פליירים", "את הקובץ אשלח", None),
        ("en", "Just print the file I sent, exactly as it is. 500 flyers.", "send the file", None),
        # Round 52: the empathy line to a heated client who refused more apologies.
        (
            "he",
            "הותקנו 2 נקודות במקום 3. אני דורשת החזר של 450 ₪ עד יום ראשון, אחרת אני מגישה "
            "תביעה קטנה. אין צורך בהתנצלויות, רק בתשובה עניינית.",
            "ברור לי שזה מתסכל",
            "קיבלתי, וזה בטיפול",
        ),
        # Round 52: a price asked and a discount asked, one price line.
        ("he", "כמה הנחה אתה עושה לי אם אני סוגרת גם לחדר שינה?", "לגבי המחיר:", None),
    ],
)
def test_round_52s_misfits_are_gone(
    language: str, text: str, absent: str, present: str | None
) -> None:
    advice = _advise(
        label="conflictual" if "תביעה" in text else "demanding",
        message_language=language,
        text=text,
        chat=False,
    )
    assert advice.suggestions
    for s in advice.suggestions:
        assert absent not in s.text, s.text
    if present is not None:
        assert any(present in s.text for s in advice.suggestions)


def test_an_addition_and_a_discount_both_get_a_line() -> None:
    # Round 51: "לגבי התוספת" answered, "אני מצפה להנחה על ניקוי האבנית" left out.
    text = (
        "אני חייב שהכתר יהיה מוכן עד חמישי. אם המעבדה צריכה תוספת כדי לזרז אז שיזרזו. "
        "ועוד דבר, שילמתי מראש אז אני מצפה להנחה על ניקוי האבנית"
    )
    advice = _advise(label="demanding", message_language="he", text=text, chat=True)
    texts = [s.text for s in advice.suggestions]
    assert sum("לגבי התוספת" in t and "לגבי המחיר" in t for t in texts) >= 2, texts


@pytest.mark.parametrize(
    ("language", "text", "line", "expected"),
    [
        # Rounds 49-52: "ignores the refusal to pay this month".
        (
            "en",
            "The store went down again on a weekend. I'm not paying October's maintenance fee. "
            "Fix it properly.",
            "About the payment",
            True,
        ),
        (
            "he",
            "הדשא שהתקנתם מת תוך שבועיים. אני לא משלם את היתרה עד שמישהו בא להחליף אותו",
            "לגבי התשלום",
            True,
        ),
        # The main ask itself about paying: its own field answers it.
        (
            "he",
            "לפני שמתחילים אני רוצה שיהיה כתוב שאם אני לא מרוצה אני לא משלם את היתרה. מקובל?",
            "לגבי התשלום",
            False,
        ),
    ],
)
def test_a_client_withholding_payment_is_answered_about_it(
    language: str, text: str, line: str, expected: bool
) -> None:
    advice = _advise(label="conflictual", message_language=language, text=text, chat=False)
    assert any(line in s.text for s in advice.suggestions) is expected, [
        s.text for s in advice.suggestions
    ]


@pytest.mark.parametrize(
    ("language", "text", "label", "absent", "present"),
    [
        # Round 53: a comparison or an audience named as the topic.
        (
            "en",
            "re Sunday's shoot: I want that harsh flash look like the new Zara campaign",
            "know-it-all",
            "About the new Zara campaign",
            None,
        ),
        (
            "he",
            "אל תכינו מראש. תביאו גריל ותצלו במקום מול האורחים, ככה עושים היום",
            "know-it-all",
            "לגבי האורחים",
            None,
        ),
        # A possessive's thing is still the topic ("6 העתקים של המפתח").
        (
            "he",
            "אני צריך 6 העתקים של המפתח עוד היום, השוכרים נכנסים מחר בבוקר",
            "demanding",
            "לגבי השוכרים",
            "לגבי המפתח",
        ),
    ],
)
def test_a_thing_the_words_before_make_no_topic_is_not_named(
    language: str, text: str, label: str, absent: str, present: str | None
) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=False)
    assert all(absent not in s.text for s in advice.suggestions)
    if present is not None:
        assert any(present in s.text for s in advice.suggestions)


# Rounds 50-59: about one label in four named words that were no topic of the work ("לגבי
# הקופה:" for an air conditioner's socket, "About the vibe:"). A thing is named only when its
# words are a pack's topic, or a deliverable or sum the ask reader knows.
@pytest.mark.parametrize(
    ("language", "text", "absent", "present"),
    [
        (
            "he",
            "תחבר את המזגן לשקע שליד הקופה וזהו, לא צריך מפסק נפרד",
            "לגבי הקופה",
            "לגבי המזגן:",
        ),
        ("he", "תחבר לשקע שליד הקופה וזהו", "לגבי הקופה", None),
        ("en", "Make the vibe warmer, more like a boutique hotel lobby", "About the vibe", None),
        (
            "en",
            "Swap the tiles in the shower for the grey ones, white shows every stain",
            "About the shower",
            "About the tiles:",
        ),
    ],
)
def test_only_a_topic_of_the_work_is_named(
    language: str, text: str, absent: str, present: str | None
) -> None:
    advice = _advise(label="know-it-all", message_language=language, text=text, chat=True)
    assert advice.suggestions
    assert all(absent not in s.text for s in advice.suggestions)
    if present is not None:
        assert all(present in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Round 53: "Hi Pulse" (a company) and "Hi Adv." (a title alone); since round 230 the
        # name over the role and the company is read ("Hi Shira").
        ("Nir,\n\nThe stream dropped.\n\nShira Golan\nHead of Production\nPulse Events", "Shira"),
        ("Yossi,\n\nWe got a fine.\n\nAdv. Gilad Shemer\nManaging Partner", "Adv. Shemer"),
    ],
)
def test_a_company_or_a_bare_title_is_no_name(body: str, name: str | None) -> None:
    assert client_first_name(sender_name=None, raw_body=body) == name


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        # Round 53: a referral's first message opened with a bare "Thank you!".
        (
            "en",
            "Hi! Got your number from Maya. We have a 7 month old lab. Could you do a session next week?",
            "Thanks for getting in touch",
        ),
        ("he", "היי, קיבלתי את המספר שלך מדנה. אפשר הצעת מחיר לניקיון דירה?", "תודה שפנית"),
        # A happy regular still gets thanks ("Thank you!" in a chat; this is an e-mail).
        (
            "en",
            "All good, payment sent. Whenever you're ready for round two, just ping me",
            "Thank you so much for your message!",
        ),
    ],
)
def test_a_new_client_is_thanked_for_getting_in_touch(
    language: str, text: str, opening: str
) -> None:
    advice = _advise(label="easygoing", message_language=language, text=text, chat=False)
    assert all(opening in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


@pytest.mark.parametrize(
    ("language", "text", "present", "absent"),
    [
        # Round 54: a deposit asked about got "The price is […]"; how to pay was left out.
        (
            "en",
            "Tasting was amazing! We're booked for the 14th, 80 people. How much is the deposit "
            "and can I send it by bit?",
            "The deposit is",
            "The price is",
        ),
        (
            "en",
            "thank u so much for today!! same time next tuesday? and can i pay on paybox this "
            "time, no cash on me",
            "About paying",
            None,
        ),
        # A client saying how they will pay asks nothing about it.
        ("en", "Looks perfect. Send me the invoice and I'll pay by bit", None, "About paying"),
        ("he", "מושלם, סגרנו. כמה מקדמה צריך?", "המקדמה:", "המחיר:"),
    ],
)
def test_a_deposit_or_how_to_pay_is_answered(
    language: str, text: str, present: str | None, absent: str | None
) -> None:
    advice = _advise(label="easygoing", message_language=language, text=text, chat=True)
    texts = [s.text for s in advice.suggestions]
    if present is not None:
        assert any(present in t for t in texts), texts
    if absent is not None:
        assert all(absent not in t for t in texts), texts


@pytest.mark.parametrize(
    ("language", "text", "name", "greeting"),
    [
        # Rounds 53-54: "Hi Ilana" and a bare "שלום," to formal letters.
        (
            "en",
            "Dear Noa,\n\nCould you send the revised will by Thursday?\n\nKind regards,\nIlana",
            "Ilana",
            "Dear Ilana,",
        ),
        (
            "he",
            "לכבוד משרד עו״ד לוי,\nשלום רב,\nאבקש לקבל את הטיוטה עד יום חמישי.\nבכבוד רב,\nמשה",
            "משה",
            "משה שלום רב,",
        ),
        ("en", "hey, can you send the file by Thursday? thx", "Dana", "Hi Dana,"),
        # Rounds 267-270: a letter to the owner's title is formal ("'Hi Bernard' is far too
        # casual for a formal 'Madame' letter"; "רו"ח כהן," got "שלום יוסי אלמוג,").
        (
            "en",
            "Madame,\n\nI was notaire in Lyon during 31 years. Please correct clause 4 by Friday.\n\nCordialement,\nBernard Delacroix",
            "Bernard",
            "Dear Bernard,",
        ),
        (
            "he",
            'רו"ח כהן,\n\nקיבלתי היום הודעה ממס הכנסה על קנס של 2,150 ש"ח. אבקש תשובה בכתב עד יום חמישי.\n\nיוסי אלמוג',
            "יוסי",
            "יוסי שלום רב,",
        ),
        # …only at the letter's opening: a later line that starts like a title is none (session
        # 43's review: "Dr appt tomorrow" made a chatty e-mail formal).
        (
            "en",
            "Hey Dana,\nDr appt tomorrow morning\nso could you send the files by Friday?\nKatrin",
            "Katrin",
            "Hi Katrin,",
        ),
    ],
)
def test_a_formal_letter_is_greeted_formally(
    language: str, text: str, name: str, greeting: str
) -> None:
    advice = _advise(
        label="demanding", message_language=language, text=text, chat=False, client_name=name
    )
    assert all(s.text.startswith(greeting) for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


def test_a_demand_for_a_written_status_gets_a_field() -> None:
    # Round 55 (harmful): "Thank you for writing. I take this seriously. We'll keep this in
    # writing." and nothing else, to a demand for a status, a date and compensation.
    text = (
        "Hi Amit,\n\nPer the SOW signed March 4th, the API integration was due on the 28th. "
        "I am documenting this for our legal team. No need for a call. Please reply in writing "
        "by tomorrow 12:00 with (a) current status, (b) a committed delivery date, and (c) your "
        "proposal for compensation for the delay as per clause 7.\n\nRegards,\nHadas"
    )
    advice = _advise(label="conflictual", message_language="en", text=text, chat=False)
    assert advice.suggestions and all(s.blanks for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Round 56: "שלום בני," to Yehuda of Bnei Brak, "שלום ראשון," to Alon of Rishon LeZion.
        ("שלום אורי,\nתגיש לפי החישוב שלי.\n\nבתודה,\nיהודה ק.\nבני ברק", "יהודה"),
        ("היי,\nתודה רבה.\n\nאלון לוי\nראשון לציון", "אלון"),
        ("שלום,\nתודה.\n\nירושלים", None),
        # A place's words may be a name's: "מיכל ברק" is Michal, "Aviv Cohen" is Aviv.
        ("שלום,\nתודה רבה.\n\nבברכה,\nמיכל ברק", "מיכל"),
        ("Hi,\nthanks.\n\nBest,\nAviv Cohen", "Aviv"),
        ("Hi,\nthanks.\n\nDana\nTel Aviv", "Dana"),
    ],
)
def test_a_city_under_a_name_is_no_name(body: str, name: str | None) -> None:
    assert client_first_name(sender_name=None, raw_body=body) == name


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # Round 56 (harmful): a date wanted by the end of the week said back as the delivery
        # ("הבנתי שזה צריך להיות מוכן עד סוף השבוע").
        (
            "he",
            "אני לא מעבירה את היתרה עד שהכל מתוקן. ואם עד סוף השבוע לא אקבל ממך תאריך מסודר "
            "לתיקון, אני מגישה תביעה קטנה.",
            "עד סוף השבוע",
        ),
        (
            "en",
            "The kitchen was due on the 10th. If I don't get a firm date by Friday, I'm filing a claim.",
            "by Friday",
        ),
    ],
)
def test_a_date_wanted_by_then_is_not_said_back_as_the_delivery(
    language: str, text: str, absent: str
) -> None:
    advice = _advise(label="conflictual", message_language=language, text=text, chat=False)
    for s in advice.suggestions:
        assert absent not in s.text.replace("[", "").split("—")[0], s.text


@pytest.mark.parametrize(
    ("language", "text", "label", "absent"),
    [
        # Round 57 (harmful): "we stayed up until 2 at night crying" said back as a deadline.
        (
            "he",
            "קיבלנו את הגלריה!!! ישבנו אתמול עד 2 בלילה ובכינו. אפשר להכניס גם את התמונה עם "
            "סבתא? ותגידי בערך מתי האלבום מוכן",
            "easygoing",
            "עד 2 בלילה",
        ),
        # Round 57 (harmful): the owner's past need ("כשהיית צריך את התשלום השני") answered
        # as the client's ask.
        (
            "he",
            "אתה לא עונה לטלפון, לא לי ולא לגזבר. כשהיית צריך את התשלום השני ענית תוך חמש "
            'דקות.\n\nאני מודיע לך בשם הוועד: היתרה של 22,000 ש"ח לא תשולם עד שהנזילה '
            "תתוקן. ואם לא תגיע עד יום רביעי, אני מביא איש איטום אחר על חשבונך.",
            "conflictual",
            "התשלום השני",
        ),
    ],
)
def test_round_57s_harmful_readings_are_gone(
    language: str, text: str, label: str, absent: str
) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=False)
    for s in advice.suggestions:
        assert absent not in s.text, s.text


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Round 57: "Dear Jennifer and Dr.," and "אינג' שלום רב,".
        (
            "Dear Shira,\n\nThanks.\n\nWarm regards,\nDr. Jennifer & Dr. Michael Harris",
            "Jennifer and Michael",
        ),
        ("לכבוד מיכל,\nתודה.\n\nבברכה,\nאינג' שמואל ברקוביץ", "אינג' ברקוביץ"),
    ],
)
def test_titles_in_a_signature_are_read_as_titles(body: str, name: str) -> None:
    assert client_first_name(sender_name=None, raw_body=body) == name


def test_a_price_asked_down_beside_an_addition_is_answered() -> None:
    # Round 58: "לגבי התוספת" answered, "ותעשי לי מחיר" left out.
    text = (
        "היי, לגבי האירוע של שבת - אפשר שתגיעי לסדר ב-8 בבוקר במקום 11? וגם להוסיף קשת בלונים "
        "בכניסה. ותעשי לי מחיר, כבר הזמנתי ממך פעמיים 😅"
    )
    advice = _advise(label="demanding", message_language="he", text=text, chat=True)
    texts = [s.text for s in advice.suggestions if s.technique != "options"]
    assert texts and all("לגבי המחיר" in t for t in texts), texts
    assert any("לגבי התוספת" in t for t in texts), texts


def test_one_label_is_said_once() -> None:
    # Round 58's messages: "לגבי המחיר: […]" twice, for a price talked about and asked down.
    text = (
        "בוא נדבר תכלס על המחיר. someone quoted me 1,800. אתה על 3,200, תוריד ל2,000 ונסגור היום?"
    )
    advice = _advise(label="demanding", message_language="he", text=text, chat=True)
    for s in advice.suggestions:
        assert s.text.count("לגבי המחיר:") <= 1, s.text


# Round 60: a chat reply with two fields left a third ask out ("…and can u come at 7 instead
# of 9"); now a further ask gets its field in chat too, while the reply fits the channel.
@pytest.mark.parametrize(
    ("language", "text", "asked"),
    [
        (
            "he",
            "תוסיפי גם ציור על הקיר בסלון, באותו מחיר נכון? ואפשר להתחיל ביום ראשון במקום בשני?",
            "ואפשר להתחיל ביום ראשון במקום בשני",
        ),
        (
            "en",
            "can u also do the hallway? same price right? and can u come at 7 instead of 9",
            "can u come at 7 instead of 9",
        ),
    ],
)
def test_a_chat_reply_with_two_fields_still_answers_a_third_ask(
    language: str, text: str, asked: str
) -> None:
    advice = _advise(message_language=language, text=text, chat=True)
    first = advice.suggestions[0].text
    assert asked in first
    assert len(first) <= 300


# "נשמח לתשובה עד מחר": the reply is the answer; a field for it says nothing new (round 60).
def test_a_wish_for_an_answer_gets_no_field_of_its_own() -> None:
    text = "שלום, צריך להוסיף עוד 30 מנות לאירוע. נשמח לתשובה עד מחר כי יש ישיבת ועד"
    advice = _advise(message_language="he", text=text, chat=False)
    assert advice.suggestions
    assert all("נשמח לתשובה" not in s.text for s in advice.suggestions)
    assert any("30 מנות" in s.text for s in advice.suggestions)


# "and please add a story version at the same price": the price line of the addition answers
# it; a field quoting it as well is the same question twice.
def test_an_addition_at_the_same_price_is_answered_once() -> None:
    text = "I need the final files by Friday, and please add a story version at the same price."
    advice = _advise(message_language="en", text=text, chat=True)
    assert len(advice.suggestions) >= 2
    assert all("add a story version" not in s.text for s in advice.suggestions)


def test_a_family_member_still_in_the_reserves_is_no_return() -> None:
    text = "בעלי עוד במילואים, נחזור אלייך אחרי שהוא חוזר"
    advice = _advise(label="dormant", message_language="he", text=text, chat=True)
    assert advice.suggestions
    assert all("טוב שחזרת" not in s.text for s in advice.suggestions)


# Round 60: a daughter passing on her father's praise got "Got it, thanks for the message".
@pytest.mark.parametrize(
    ("language", "label", "text", "opening"),
    [
        (
            "en",
            "demanding",
            "Dad said the flat looks amazing and that you were so patient. Can we make it weekly?",
            "lovely to hear",
        ),
        ("he", "easygoing", "הלוגו יצא מהמם!! אפשר לקבל גם גרסה שחורה?", "כיף לשמוע"),
    ],
)
def test_praise_is_taken_warmly_first(language: str, label: str, text: str, opening: str) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=True)
    assert advice.suggestions
    assert all(opening in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("language", "label", "text"),
    [
        # "well done" is how the lamb is cooked; a know-it-all's praise is often of something else
        ("en", "demanding", "The lamb goes well done, and take the ceviche off the starters."),
        ("he", "know-it-all", "תעשי עם חמצן 12 ולא 9, ככה עושים לחברה שלי ויוצא מושלם"),
        ("en", "conflictual", "The old site looked amazing. This one is broken, fix it today."),
    ],
)
def test_no_warm_thanks_without_praise_of_the_work(language: str, label: str, text: str) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=True)
    assert advice.suggestions
    assert all(
        "lovely to hear" not in s.text and "כיף לשמוע" not in s.text for s in advice.suggestions
    )


# Round 62's two harmful replies: "לגבי המזגן:" named the excuse the client had refused in
# advance ("אל תגיד לי שזה המזגן"), and "Thank you!" opened a reply to a calm but upset bride
# who wanted half her money back.
def test_the_excuse_refused_in_advance_is_not_named() -> None:
    text = (
        "מאז שסיימת ביום שלישי החשמל קפץ שלוש פעמים. אל תגיד לי שזה המזגן כי המזגן עבד 6 שנים"
        " בלי בעיה. אם אתה לא פה היום עד חמש אני מביא חשמלאי אחר"
    )
    advice = _advise(label="conflictual", message_language="he", text=text, chat=True)
    assert advice.suggestions
    assert all("לגבי המזגן" not in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        (
            "en",
            "I'm honestly so upset, the makeup melted at the chuppah. I want a refund, at least half.",
            "I'm sorry to hear this",
        ),
        ("he", "אני ממש מבואסת, האיפור נמס בחופה. אני רוצה החזר, לפחות חצי.", "צר לי לשמוע"),
    ],
)
def test_a_calm_client_asking_money_back_is_not_thanked(
    language: str, text: str, opening: str
) -> None:
    advice = _advise(label="easygoing", message_language=language, text=text, chat=True)
    assert advice.suggestions
    assert all(opening in s.text for s in advice.suggestions)
    assert all("Thank you!" not in s.text and "תודה רבה!" not in s.text for s in advice.suggestions)


def test_a_construct_thing_is_named_whole() -> None:
    # Round 62: "לגבי המפתח:" cut from "מילות המפתח".
    text = "תכניס את מילות המפתח בכל כותרת, קראתי שזה עובד"
    advice = _advise(label="know-it-all", message_language="he", text=text, chat=True)
    assert any("לגבי מילות המפתח:" in s.text for s in advice.suggestions)
    assert all("לגבי המפתח" not in s.text for s in advice.suggestions)


# Round 62: "כמה?" beside the main ask was the client's real question and had no field.
@pytest.mark.parametrize(
    ("language", "text", "line"),
    [
        (
            "he",
            "צריך 8 נקודות חדשות בסלון ולוח חדש. גיסי אמר שזה עבודה של יום. כמה?",
            "לגבי המחיר:",
        ),
        ("en", "We need two more copies for the grandparents. How much would that be?", "price"),
    ],
)
def test_a_price_asked_beside_the_main_ask_gets_a_price_line(
    language: str, text: str, line: str
) -> None:
    advice = _advise(label="demanding", message_language=language, text=text, chat=True)
    assert any(line in s.text for s in advice.suggestions)


def test_a_price_asked_is_answered_once() -> None:
    # Round 63: "לגבי המחיר: […]" and "[התשובה ל"תגיד בערך כמה זה יוצא"]", one question twice.
    text = "יש טפטוף מתחת לכיור. תבוא מתי שנוח לך השבוע. רק תגיד בערך כמה זה יוצא"
    advice = _advise(label="easygoing", message_language="he", text=text, chat=True)
    assert any("לגבי המחיר:" in s.text for s in advice.suggestions)
    assert all('כמה זה יוצא"]' not in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # Round 63: "Please confirm in writing today" got a field of its own; the reply confirms.
        (
            "en",
            "2,000 brochures have the wrong phone number. I want a reprint at your cost by"
            " Thursday. Please confirm in writing today.",
            "Please confirm in writing today",
        ),
        ("he", "צריך להדפיס מחדש 200 הזמנות עד חמישי. תאשר לי בכתב בבקשה היום.", "תאשר לי בכתב"),
        # Round 106: "Let me know today so I can update the investor" got a field of its own;
        # what the answer is for asks nothing more.
        (
            "en",
            "Since you're already in our books, can you also do 2021 and 2022? I'd need all of it"
            " by the 20th. For three years I'd expect a volume discount.\n\nLet me know today so"
            " I can update the investor.",
            "so I can update",
        ),
        (
            "he",
            "אפשר לקבל גם את הדוחות של 2022? ועוד שאלה, כמה זה יעלה. תגיד לי היום כדי שאוכל לעדכן"
            " את המשקיע",
            "כדי שאוכל",
        ),
    ],
)
def test_a_request_for_the_reply_itself_gets_no_field(
    language: str, text: str, absent: str
) -> None:
    advice = _advise(label="demanding", message_language=language, text=text, chat=False)
    assert advice.suggestions
    assert all(absent not in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Round 63: a bare "Hello," to a principal and a department head who signed with a title
        # over their job, or under "With best wishes,".
        (
            "Perhaps we revisit this after Sukkot?\n\nWith best wishes,\nDr. Miriam Adler\n"
            "Principal, Ne'ot Hadar Comprehensive School",
            "Dr. Adler",
        ),
        (
            "Reply in writing.\n\nProf. Hadas Mizrahi\nHead, Department of Neurology",
            "Prof. Mizrahi",
        ),
        ("Reply in writing.\n\nDr. Miriam Adler", "Dr. Adler"),
        # An untitled line over a long one is still no name ("Head of Operations" signs nothing).
        ("Reply in writing.\n\nOperations team\nHead, Department of Neurology", None),
    ],
)
def test_a_titled_signature_over_a_job_line_names_the_client(body: str, name: str | None) -> None:
    assert client_first_name(sender_name=None, raw_body=body) == name


# Round 64's harmful reply: "About the refund ($11,000)" took the lost sales for the sum of "a
# full refund of this month's retainer"; and "Put whatever you have to say in writing" got a
# field beside "We'll keep this in writing".
def test_a_refund_of_something_named_takes_no_sum_from_elsewhere() -> None:
    text = (
        "Checkout has been broken since Friday. We lost a weekend of sales, around $11k.\n\n"
        "I want it fixed TODAY and I want a full refund of this month's retainer.\n\n"
        "Do not call me. Put whatever you have to say in writing."
    )
    advice = _advise(label="conflictual", message_language="en", text=text, chat=False)
    assert advice.suggestions
    assert all("11,000" not in s.text for s in advice.suggestions)
    assert all("Put whatever you have to say" not in s.text for s in advice.suggestions)
    assert any("I want it fixed TODAY" in s.text for s in advice.suggestions)


def test_a_full_refund_with_its_sum_keeps_it() -> None:
    text = "The shoot was a disaster, I paid $1,200. I want a full refund."
    advice = _advise(label="conflictual", message_language="en", text=text, chat=True)
    assert any("($1,200)" in s.text for s in advice.suggestions)


def test_a_call_refused_as_no_interest_is_not_offered() -> None:
    # Round 65's harmful reply offered "Happy to talk at […]" to this.
    text = (
        "I've been charged £412.60 for the tour; your quote was 1,650 shekels. I want the"
        " difference refunded within 7 days. I have no interest in a phone call — put your"
        " explanation in writing, please."
    )
    for label in ("conflictual", "demanding"):
        advice = _advise(label=label, message_language="en", text=text, chat=False)
        assert advice.suggestions
        assert all("talk" not in s.text and "call" not in s.text for s in advice.suggestions)
        assert all("put your explanation" not in s.text for s in advice.suggestions)


# Round 65: "About the addition: [whether it is included…]" and a field quoting "please also
# prepare an Arabic version", two fields for one addition. The addition's line now quotes it.
@pytest.mark.parametrize(
    ("language", "text", "addition"),
    [
        (
            "en",
            "We need the Hebrew translation by Monday 09:00. While you are at it, please also "
            "prepare an Arabic version for the same deadline. Please confirm today.",
            "please also prepare an Arabic version",
        ),
        (
            "he",
            "צריך את המצגת עד יום ראשון בבוקר. ותוסיפי בבקשה עוד 2-3 כיוונים ללוגו, זה לא "
            "אמור להיות הרבה עבודה",
            "ותוסיפי בבקשה עוד 2-3 כיוונים ללוגו",
        ),
        # Round 71: "בנוסף," opens the sentence, the request follows it.
        (
            "he",
            "אנחנו צריכים 600 עותקים ולא 450. בנוסף, ההנהלה רוצה להוסיף 8 עמודי צבע לפרק של "
            "המורים.",
            "רוצה להוסיף 8 עמודי צבע",
        ),
    ],
)
def test_an_addition_asked_apart_is_answered_in_its_own_line(
    language: str, text: str, addition: str
) -> None:
    label = "About the addition:" if language == "en" else "לגבי התוספת:"
    advice = _advise(label="demanding", message_language=language, text=text, chat=False)
    lines = [s.text for s in advice.suggestions if label in s.text]
    assert lines, [s.text for s in advice.suggestions]
    for reply in lines:
        assert reply.count(addition) == 1, reply
        line = next(part for part in reply.split("\n") if label in part)
        assert addition in line, reply


# …but a price asked down after "one more thing" is no addition: no addition line quotes it.
def test_a_discount_after_one_more_thing_is_no_addition() -> None:
    text = (
        "אם אני סוגרת 20 אימונים מראש אתה עושה לי גם תפריט? ועוד משהו, אפשר 20% הנחה אם אני "
        "משלמת הכל במכה?"
    )
    advice = _advise(label="demanding", message_language="he", text=text, chat=True)
    assert advice.suggestions
    for s in advice.suggestions:
        for line in s.text.split(". "):
            assert not ("לגבי התוספת" in line and "הנחה" in line), s.text


# Round 65's messages: a payment withheld as the whole ask ("אני לא משלמת על החודש הזה")
# got a "[what I'll do to fix it]" field and no word on the payment; a refusal of calls beside
# it still gets its line.
@pytest.mark.parametrize(
    ("language", "text", "payment", "writing"),
    [
        ("en", "I'm not paying for this garbage. Don't call me.", "About the payment", "writing"),
        (
            "he",
            "ההזמנות הגיעו עם תאריך לא נכון!!! אני לא משלם על זה. ואל תתקשר אליי, תכתוב פה",
            "לגבי התשלום",
            "בכתב",
        ),
    ],
)
def test_a_withheld_payment_is_answered_about_the_payment(
    language: str, text: str, payment: str, writing: str
) -> None:
    advice = _advise(label="conflictual", message_language=language, text=text, chat=True)
    first = advice.suggestions[0].text
    assert payment in first, first
    assert writing in first, first


# What a reply to each message must say somewhere (an ask it must not leave out,
# a sorry where something went wrong), and what no reply to it may say (a field that repeats the
# main one, a time or sum the client never agreed to, a label from a threat), rounds 65-83. Each
# case failed on the composer before its fix, except those marked as guards: near misses of a
# fix, which held before it and must hold after. (label, language, chat, message, words)
SAYS = [
    ("demanding", "en", False, "Hi, I need a wreath for my father's funeral tomorrow at 11. How much?", "sorry for your loss"),  # guard: held before its fix too
    # The second fresh-eyes review's near-misses: a dog not breathing is still a danger; files
    # sent to Reuven or lost from the client's own phone are still promised; a real "do you think
    # you'll make it by Friday??" and a greeting's question keep their fields; a "don't make us
    # pay" is still an ask; an easygoing client's withheld payment gets its line.
    ("demanding", "he", True, "דחוף!!! הכלב לא נושם בואו מהר לרחוב הרצל 12", "לבטיחות"),
    ("demanding", "he", True, "היי תשלחו את הקבצים לראובן עד מחר", "אשלח עד"),
    ("easygoing", "en", True, "The photos got deleted from my phone by mistake. Could you please send me the files again by Friday?", "I'll send the files by"),
    ("demanding", "he", True, "היי! את חושבת שתספיקי עד שישי?? החתונה בשבת", 'ל"את חושבת שתספיקי'),
    ("easygoing", "he", True, "תשלחי לי את המחירון של הלק ג'ל\nהיי מה נשמע, אפשר תור במוצ\"ש?", 'ל"אפשר תור'),
    ("demanding", "en", False, "Hi,\nThe delay was on your side, not ours. Don't make us pay for the extra hour.\nDan", "Don't make us pay"),
    ("easygoing", "he", True, "רינת תסבירי לי מה עשית לאמא שלי. היא התקשרה אליי בוכה. אני לא משלם את ה180", "לגבי התשלום"),
    # Round 156: a child's grandpa who died weeks ago, a mother's first azkara: condolences first.
    ("dormant", "en", True, "Hi Dana sorry for disappearing. Maya's grandpa died 3 weeks ago and we've been all over the place. we still have 6 lessons left right?", "sorry for your loss"),
    ("know-it-all", "en", False, "Dear Liora,\nNext Thursday is the first azkara for my mother at the Yarkon cemetery. I want white lilies only, please don't suggest anything else.\nDalia", "sorry for your loss"),
    # Round 148: a wreath for a husband's funeral, a father's shloshim: condolences first.
    ("demanding", "he", True, "שלום, אני צריכה זר להלוויה של בעלי היום ב16:00 בבית העלמין. כמה זה?", "משתתפים בצערך"),
    ("easygoing", "he", False, "שלום אסנת,\nרצינו להודות לך על הזר לשלושים של אבא.\nהחלטנו שנרצה זר קטן על הקבר בכל חודש.\nתודה מכל הלב,\nרחל", "משתתפים בצערך"),
    ("dormant", "en", False, "Hi Moshe,\nSorry for the late reply. I saw your three reminders about the balance for the retreat ($14,300). Our finance team is in the middle of year-end close, probably sometime in January.\nBest,\nPriya", "About the payment:"),
    # The session's fresh-eyes review: a new slot asked beside a put-off, a choice of days, an
    # explanation asked beside a call, a refund's own sum "בשווי", are still answered.
    ("dormant", "en", False, "Hi,\n\nPlease send me the material by email. I'm sick this week so let's postpone the lesson. Would Monday at 10 be ok?\n\nDan", "Monday at 10"),
    ("dormant", "he", False, "היי,\n\nנצטרך לדחות את הפגישה לשבוע הבא. שני או רביעי, מה יותר טוב?\n\nדנה", 'ל"מה יותר טוב'),  # guard: held before its fix too
    ("conflictual", "en", True, "The cake came an hour late. I want my money back, all 650. Call me now and explain how this happened", "explain how this happened"),
    ("conflictual", "he", False, "שלום,\nהעוגה הגיעה באיחור של שעה. אני רוצה החזר מלא בשווי 650 ₪ עד יום חמישי.\nדנה", "650"),
    # Rounds 143-144: a double charge, or "refund both", goes back whole, not "what can be offered".
    ("conflictual", "he", True, "ירדו לי מהכרטיס פעמיים 640 ש\"ח על הרכיבה של שבת!!! אם עד הערב אני לא רואה זיכוי אני מבטל בחברת אשראי", "[האם יוחזר במלואו"),
    ("conflictual", "en", True, "You charged my card AGAIN. 289 on the 1st even tho I cancelled on 24/2. refund both or Im doing a chargeback", "[whether you refund it in full"),
    # Rounds 140 and 142: the client's own payment put off is the owner's to time, in a field.
    ("dormant", "he", True, "היי אורית 🙏 סליחה שנעלמתי לגמרי, היה לנו מעבר דירה\nנדבר אחרי החגים על מועד ב. ואת ה320 על השיעורים של מרץ אני אעביר כשאתפנה", "לגבי התשלום:"),
    ("dormant", "he", False, "היי שרון,\n\nראיתי רק עכשיו את ההודעות שלך על התשלום של המגשים (1,280 ₪). אני אסדר את זה בקרוב, כנראה בשבוע הבא.\n\nיוסי", "לגבי התשלום:"),
    ("dormant", "en", True, "hey sorry for disappearing, crazy month. I'll pay the 450 for the last two sessions after the holidays", "About the payment:"),
    # Rounds 140-141: an ultimatum's "unless you explain…" beside a post in a group whose town has
    # an apostrophe is what the reply answers; a correction put as a fact ("מופיע X במקום Y") and a
    # thing asked "if possible" get their fields.
    ("conflictual", "en", True, "I ordered GLUTEN FREE for my son's party. He has been throwing up since last night. I'm posting this in every Ra'anana moms group today unless you explain exactly what went into that cake", "explain exactly what went into"),
    ("easygoing", "he", False, "היי נדב,\n\nכולם ממש מרוצים מהאתר. רק דבר קטן: בעמוד צור קשר מופיע 03-6123456 במקום 03-6123465.\nתשלח בבקשה חשבונית על היתרה.\n\nענבל", "03-6123465"),
    ("demanding", "he", True, "היי צריכה עוגה למחר בבוקר ל-8:00!!! שוקולד ועם הלוגו של החברה עליה. כמה זה?? ואם אפשר משלוח לרמת החייל", "רמת החייל"),
    # The session's review: two asks about the same year are two things.
    ("demanding", "en", False, "Hi,\n\nPlease send the 2024 invoice. Also fix the typo in the 2024 report. And add the logo.\n\nDan", "fix the typo"),
    # Round 128: a refund demanded in full is asked whether it is refunded in full, not what can
    # be offered (which invites a partial offer).
    ("conflictual", "he", False, "לכבוד שירות הלקוחות,\n\nביטלתי את המנוי ב-2 באפריל ובכל זאת ירדו לי 79 ש\"ח שלוש פעמים.\n\nאני דורש החזר מלא של 237 ש\"ח תוך 7 ימים.\n\nיוסי", "האם יוחזר במלואו"),
    ("conflictual", "en", False, "Hello,\n\nI cancelled in April and you still charged me three times.\n\nI demand a full refund of 237 NIS within 7 days.\n\nJoe", "in full"),
    # Round 126: a refund threatened if the fix does not come is the fix's alternative, not an offer.
    ("conflictual", "en", False, "Dear Mr. Levi,\n\nThe proposal you sent as final came back with 11 comments. I paid 6,500 NIS for professional service.\n\nIf this is not corrected by Wednesday 12:00, I will ask for full refund.\n\nDr. Koval", "And if it doesn't work out"),
    ("conflictual", "he", True, "הברז עדיין דולף. אם אתה לא פה מחר עד 9 אני מבטל ומבקש את הכסף בחזרה", "ואם זה לא יסתדר"),
    # Round 123's harmful reply: "1 150 ₪" paid is the sum refunded, not 150.
    ("conflictual", "en", False, "Hello,\n\nI gave you my iPhone on Tuesday for a screen change. You take 1 150 ₪. Now the Face ID is not working.\n\nI want all my money back.\n\nAleksei", "1,150"),
    # Round 121's harmful replies: a full refund's sum is the one paid, not the vet bill to be
    # covered beside it; a dog still bleeding gets what to do meanwhile.
    ("conflictual", "en", False, "To whoever runs this place,\n\nOscar came home coughing and thinner. I paid for the premium package (₪1,650) because you promised daily updates.\n\nI want a full refund, the vet bill (₪640) covered, and I want to know which dogs he was next to.\n\nDorit", "(₪1,650)"),
    ("conflictual", "en", True, "picked up Luna 20 min ago and theres a CUT on her ear, its bleeding through the tissue. im taking her to the vet NOW and you are paying for it", "meanwhile"),
    # Round 120: a score cried out ("GOT 1480!!!") is news to congratulate.
    ("easygoing", "en", True, "GOT 1480!!! 😭😭 thank you so much Roni. can we do 4 more sessions just reading/writing? same price as before?", "Congratulations"),
    # Round 120: a deduction from the last payment ("שאני מקזזת") is answered about the payment.
    ("conflictual", "he", False, "מוטי,\n\nכל חדר המדרגות מלא אבק וקיבלתי מכתב מהוועד עם איום בקנס של 800 ₪.\n\nאני מודיעה לך שאני מקזזת מהתשלום האחרון את הקנס.\n\nרונית", "לגבי התשלום"),
    # A fresh-eyes review: a lamp, work and "they will refund" are no insurer; the client's own
    # order keeps its date.
    ("conflictual", "he", True, "המנורה הגיעה שבורה ואני רוצה החזר מלא של 450 ש״ח", "לגבי ההחזר"),
    ("conflictual", "he", True, "חזרתי מהעבודה והמזגן שוב לא עובד אני רוצה החזר", "לגבי ההחזר"),
    ("conflictual", "en", False, "Hi,\n\nYour office said they will refund the $200 deposit. It's been three weeks. Where is it?\n\nDan", "About the refund"),
    ("demanding", "he", True, "ההזמנה תגיע עד יום חמישי? אני חייבת אותה לאירוע", "עד יום חמישי"),
    # Round 115: six tickets at $85 are "$85 × 6", not "$85".
    ("conflictual", "en", True, "We've been standing at the market corner since 10. Your guide isn't answering. You people took $85 x 6 from us. I want a full refund NOW or I'm calling my card company", "$85 × 6"),
    # Round 112: "זה" after a comma refers to the thing just asked for, so the ask keeps its
    # field ("ותוסיפי עוד מפגש אחד למנהלים, כי בלעדיהם זה לא יעבוד").
    ("demanding", "he", False, "היי עדי,\n\nעברתי על ההצעה לסדנאות (3 מפגשים, 7,500 ₪). נשמח לסגור אם תורידי ל-6,500 ותוסיפי עוד מפגש אחד למנהלים, כי בלעדיהם זה לא יעבוד.\nועוד דבר, אנחנו צריכים להתחיל כבר בשבוע הבא.\n\nרונית", "עוד מפגש אחד למנהלים"),
    # An insurer named beside the client's own refund does not make it the insurer's.
    ("conflictual", "en", True, "the insoles are useless after 2 weeks. I want a full refund, my insurance doesn't cover any of it", "About the refund"),  # guard: held before its fix too
    # Rounds 106 and 109: a refund owed already is asked when it arrives, not what can be offered.
    ("conflictual", "he", True, "3 שבועות אני מחכה לזיכוי של 180 ש\"ח על המעיל שהחזרתי!!! כל פעם אומרים לי בטיפול. אם עד מחר זה לא בחשבון אני פותחת בירור בחברת האשראי", "מתי הוא יגיע"),
    ("conflictual", "en", True, "been waiting for my refund of $120 for three weeks now, your support promised it by the 1st. where is it??", "when it will reach you"),
    # Round 108: back after a birth, told in passing, is congratulated first.
    ("easygoing", "he", False, "היי יעלי,\nאחרי הלידה (בת! 🙂) הרופאה אישרה לי לחזור להתאמן. אני יכולה בימי ראשון בבוקר. תשלחי לי כמה זה עולה ואני משלמת.\nשני", "מזל טוב"),
    ("easygoing", "en", False, "Hi Dana,\n\nI'm back from maternity leave and would love to restart Pilates. Tuesdays work best. How much is a 10-class card now?\n\nLiat", "Congratulations"),
    # Round 107: a sum kept per month ("same $900/mo obviously") gets the price's line.
    ("demanding", "en", True, "hey can you also join the weekly call with our NY team? tue+thu 9am ET. same $700/mo obviously, its just 2 calls", "About the price"),
    # Round 106: an ultimatum with a threat to post in groups keeps its condition's field.
    ("conflictual", "he", True, "אני לא מאמינה. שילמנו לך 9,000 ש״ח ואנחנו יושבים עם שני ילדים בליסבון בלי מפתח לדירה. אם עד הערב אין מפתח אני דורשת החזר של חצי ואני כותבת עלייך בכל קבוצה של ישראלים בפורטוגל", "אם עד הערב אין מפתח"),
    # Round 105's near misses: "circle back in July" still puts off to July; a quote needed "for the
    # conference lunch by 15:00" is still needed by then (guards: held before the fix too).
    ("dormant", "en", False, "Hi Gal,\n\nApologies for going quiet. The mockups are still sitting with the board. Can we circle back in July once budgets are locked in?\n\nDana", "in July is fine by me"),  # guard: held before its fix too
    ("demanding", "en", True, "Hi, need your updated quote for the 120 pax conference lunch by 15:00 today, our committee meets at 4", "need your updated quote for the 120 pax conference lunch by"),  # guard: held before its fix too
    # The review's near misses: a deposit not yet paid is asked about; "wound up" tells no fault;
    # "מוצפת בעבודה" is busy, no flood; "not later than Friday" sets no format against another.
    ("dormant", "he", True, "עוד לא שילמנו מקדמה, כמה היא?", "המקדמה: ["),
    ("demanding", "en", True, "We wound up with more guests than planned. Can you also add a second bartender? Is that included?", "About the addition"),
    ("dormant", "he", True, "אני מוצפת בעבודה, נדבר אחרי החגים", "אחרי החגים זה בסדר מבחינתי"),
    ("demanding", "en", False, "Hi Dana,\n\nPlease send the final JPG not later than Friday.\n\nThanks,\nMark", "I'll send the final JPG by"),
    # Round 103: an addition with no fault told still gets its price line (a guard).
    ("demanding", "he", True, "היי לגבי שישי, יש שינוי קטן - אנחנו יותר כמו 55 ולא 40. ועוד משהו, תביאו גם מפות וכלים חד פעמיים כי בחצר של ההורים אין כלום. תאשרי לי עד הערב", "לגבי התוספת"),  # guard: held before its fix too
    # Round 102: praise in other words ("a game changer", "אנחנו מאוד אוהבים את הקליפ") is taken warmly.
    ("easygoing", "en", True, "the essay tips were a game changer honestly 🙏 got 92 on the essay. can we do Thursday at 5 again?", "lovely to hear"),
    ("demanding", "he", False, "היי עידו,\n\nאנחנו מאוד אוהבים את הקליפ! כמה בקשות קטנות לפני הגרסה הסופית: להחליף שוב את השיר.\n\nעמית ומאיה", "כיף לשמוע"),
    # Round 99: the client's own delivery put off to a time is agreed to as theirs; "נשלח כשנוכל" is
    # waited for; "leave it open and I'll update u next week" is still agreed to (a guard).
    ("dormant", "en", False, "Hi Eitan,\n\nApologies for the radio silence. I know you've been waiting on the raw recordings. I'll dig them out, hopefully next week or the week after.\n\nSophie", "next week works for me"),
    ("dormant", "he", True, "היי, אני יודע שאני חייב לך את הקבלות מינואר 🙈 היה בלגן. אשלח בשבוע הבא בלי נדר", "בשבוע הבא זה בסדר מבחינתי, תודה"),
    ("dormant", "he", False, "שלום לאה,\n\nסליחה שלא ענינו שלושה שבועות. את דפי החשבון עוד לא הוצאנו, נשלח כשנוכל.\n\nטגיסט", "אחכה לעדכון ממך"),
    ("dormant", "en", True, "hey sorry still no final headcount, our CEO hasnt confirmed. can we leave it open and I'll update u next week sometime?", "fine by me"),  # guard: held before its fix too
    # Round 98: "עוד לא" on the line above is no "not" before "אחרי החג": the put-off is agreed to.
    ("dormant", "he", True, "עוד לא\nאחרי החג", "אחרי החג זה בסדר מבחינתי"),
    # Round 96: "1,200" is no clause boundary: the request keeps its sum; money asked back by its
    # sum ("את ה-420 בחזרה") is a refund.
    ("conflictual", "he", True, "הנהג שלכם שרט לי את המקרר החדש לכל האורך ועכשיו אתם לא עונים???\nאני רוצה 1,200 ₪ פיצוי עד מחר בערב או שאני פותח תביעה קטנה", "אני רוצה 1,200"),
    ("conflictual", "he", True, "הנהג לא הגיע!!!! לקחתי מונית מהרחוב ב-420 ₪ וכמעט פספסתי את הטיסה\nאני לא רוצה עוד התנצלות, אני רוצה את ה-420 בחזרה. עד סוף השבוע", "לגבי ההחזר"),
    # Round 95's harmful replies: a dog vomiting blood gets what to do meanwhile and its "where do
    # I go now???" answered; a place asked for in "the july session" is answered, not put off.
    ("conflictual", "he", True, "אני מתקשרת כבר 4 פעמים למספר החירום ואף אחד לא עונה!!! הכלב מקיא מ9 בערב ועכשיו יש דם בקיא. בשביל מה אתם כותבים 24/7 אם אין אף אחד?? לאן אני נוסעת עכשיו???", "לבטיחות"),
    ("conflictual", "he", True, "אני מתקשרת כבר 4 פעמים למספר החירום ואף אחד לא עונה!!! הכלב מקיא מ9 בערב ועכשיו יש דם בקיא. בשביל מה אתם כותבים 24/7 אם אין אף אחד?? לאן אני נוסעת עכשיו???", "לאן אני נוסעת עכשיו"),
    ("dormant", "en", True, "hey sorry only seeing ur msgs now, I was in miluim 5 weeks. is there still a place for Itai in the july session (1-19.7)? I'll send the health form when I can", "is there still a place for Itai"),
    # Round 95: an injury told beside a sum cried out is a complaint: a sorry, not the sum.
    ("conflictual", "he", True, "אספתי את ג'ינג'י מהפנסיון והוא מלא קרציות ויש לו פצע פתוח ברגל!!! 180 ש\"ח ללילה על 6 לילות וזה מה שאני מקבל?? אני רוצה הסבר עכשיו", "צר לי"),
    ("conflictual", "en", True, "picked up Max from boarding and he's full of ticks and has an open wound on his leg!!! 180 a night for 6 nights and this is what I get?? I want an explanation NOW", "sorry"),
    # Round 95: "let me get back to u" is waited for; "after the chagim" agreed to in a Hebrew reply;
    # "reverse the 160" asks for money back.
    ("dormant", "en", True, "hey coach, sorry we went dark. re the fall season let me get back to u when things calm down a bit", "I'll wait to hear from you"),
    ("dormant", "mixed", True, "סליחה סליחה 🙈 שכחתי לגמרי לחזור אלייך, היה בלאגן עם המעבר דירה. Let's talk after the chagim about drums for Omri, ok? כרגע אין לי ראש לזה בכלל", "אחרי החגים זה בסדר מבחינתי"),
    ("conflictual", "en", True, "why was I charged for tuesday?? it RAINED and YOU cancelled at 4pm. reverse the 160 today or Im disputing it with isracard", "About the refund"),
    # Round 94: a question joined on after a request gets its own field.
    ("easygoing", "en", True, "Hola! I saw the room yesterday, is perfect for me 😊 I take it. Send me the contract and I sign, and when I can have the keys?", "when I can have the keys"),
    ("easygoing", "en", True, "The one on Hanassi street is perfect. For the rest you decide. Just tell us when we sign and how much for the deposit", "when we sign"),
    # Round 94: a put-off with nothing urgent beside it is still agreed to (guard: held before its
    # fix too).
    ("dormant", "en", False, "Hi Yael,\n\nSo sorry, I've been underwater with year-end. Can we park the kitchen thing for now? I'm hoping to be in Tel Aviv sometime in April.\n\nThanks,\nJonathan", "fine by me"),
    # Round 90: a baby locked in, or sparks told in anger, still get what to do meanwhile.
    ("conflictual", "he", True, "אמרתם 20 דקות!!!! עברו 55!!! התינוקת שלי בפנים לבד והדלת נטרקה!!! אתם לא נורמליים", "לבטיחות"),
    # Round 90's harmful reply: a sparking fan put off to next month gets what to do meanwhile.
    ("dormant", "en", True, "hey sorry, went totally quiet on you, new baby + work = chaos. the bathroom fan still sparks sometimes when we turn it on lol. maybe we do it sometime next month? I'll ping you", "for safety"),
    # Round 88: an ultimatum's first option (a free fix, a repair by Thursday) has its field beside
    # the refund, not the refund alone.
    ("conflictual", "en", True, "bro what did u do to my fade?? theres a HOLE on the left side. i have a date TONIGHT. either u fix it today for free or i want my money back", "fix it today for free"),
    # Round 85: a client who will get back to the owner is waited for.
    ("dormant", "en", True, "Haven't had a chance to look at the drafts yet, will get back to you when things calm down", "I'll wait to hear from you"),
    ("dormant", "he", True, "היי, עוד לא הספקתי לעבור על הטקסטים. אחזור אלייך כשיירגע פה קצת", "אחכה לעדכון ממך"),
    # Round 84: a deadline no sentence may say back beside an addition keeps its own field; a
    # chat's third further ask gets one too.
    ("demanding", "he", False, "היי מאיה,\n\nאני רוצה עוד סבב: להחליף את הירוק לטורקיז ולשנות את הטקסט בדף אודות.\nבנוסף אני צריכה דף חדש לטיפולי אסתטיקה עם מחירון.\nאני צריכה הכל באוויר עד יום חמישי, יש לי ראיון בעיתון בשבוע הבא.\n\nשני", "עד יום חמישי"),
    ("demanding", "en", True, "hey Noa so for Thursday can you ALSO stay for the dinner 7-10pm?? same package price right? and we need all the edited pics in 48h bc we fly back Sunday. oh and a short video for insta too", "short video"),
    # Round 83: two orders not to do something took a chat's two further fields; the price
    # question after them was left out.
    ("know-it-all", "he", True, "שמע לגבי הסתימה במטבח אל תבוא עם המכונה עם הקפיץ ואל תתחיל לפרק את הסיפון, אבא שלי היה אינסטלטור. רק תבוא תשפוך ותלך ותגיד לי כמה זה בלי המכונה", "כמה זה בלי המכונה"),
    # Round 84: a stranded client's shouted "where is" is asked, and named back unshouted.
    ("conflictual", "en", True, "WHERE IS THE GUIDE??? we've been at the cable car since 7:40, grandma is 81. I paid you $1,200 and I want every cent back", "About the guide:"),
    # Round 84's harmful reply: the trip's month in "are we still ok for … in April??" is no put-off;
    # the question is answered.
    ("dormant", "en", True, "hiya Yossi sorry sorry been mad here 🙈 are we still ok for the Galilee days in April?? think it might be 9 of us now, will know after Easter", "are we still ok for the Galilee days in April"),
    # …while a fourth round named still gets its line.
    ("demanding", "he", True, "היי אני יודעת שזה כבר סבב רביעי 🙈 אבל אפשר עוד כמה תיקונים קטנים? להחליף את הכתוביות ולקצר את הפתיח", "כמה סבבים כלולים"),  # guard: held before its fix too
    # Round 76: "send the contract and let us know how much the deposit is": the deposit has its
    # line beside the contract's, not "I'll send the contract by […]" alone; since round 94 the
    # request ends where the question joined to it begins, so the contract has a sentence of its own.
    ("easygoing", "en", False, "Hi Dror,\n\nWe're happy with the quote. Just send over the contract and let us know how much the deposit is and where to transfer it.\n\nThanks so much,\nDaniel", "The deposit is ["),
    ("easygoing", "en", False, "Hi Dror,\n\nWe're happy with the quote. Just send over the contract and let us know how much the deposit is and where to transfer it.\n\nThanks so much,\nDaniel", "I'll send the contract by ["),
    # Round 76: "and while ur at it add …" asks for something more.
    ("demanding", "en", True, "the court gave us until March 14. I need to see a draft by Monday\nand while ur at it add a request to lower the support to 3,500, my salary dropped. pls confirm tonight", "lower the support"),
    # Round 75: a slot asked to be held beside a put-off gets its field; the put-off agreed to does
    # not answer it because the slot names a day.
    ("dormant", "he", True, "סורי שנעלמתי היה לי חודש מטורף 🙈\nאפשר שתשמור לי את יום שלישי ב16:00 כמו שהיה לנו? נראלי אחזור בשבוע הבא או זה שאחריו.. אעדכן", "תשובה ל\"אפשר שתשמור לי את יום שלישי"),
    # Round 75: a sum cried out after a word ("wait $4,000…??") is still a charge gone through.
    ("demanding", "en", True, "wait $4,000 for a jingle?? its 30 seconds lol. can you do 2k if we skip the cutdown?", "About the $4,000:"),
    # Round 74: a membership frozen is asked, not the work put off: its own field.
    ("demanding", "he", True, "היי גלית כמה דברים\n1. אני טסה ב-1.7 לחמישה שבועות תקפיאי לי בבקשה את המנוי\n2. ושהמקום שלי בשיעור של שני ב-7:00 יישמר", "תקפיאי לי בבקשה את המנוי"),
    # Guard, round 65: a further ask naming something of its own by the main ask's day keeps its
    # field.
    ("demanding", "he", False, "צריך את הדוח השנתי מאושר עד יום ראשון, בלי זה אין משכנתא. ותשלח לי גם את הקבלות הסרוקות עד ראשון.", "הקבלות"),
    # Guard, round 65: the wife's report beside the main deadline said again.
    ("demanding", "he", True, "בנק צריך דוח שנתי 2023 מאושר עד יום ראשון, בלי זה אין משכנתא. אני יודע שאמרת סוף חודש אבל צריך עד ראשון. ועוד, תעשה גם לאשתי דוח ביחד, זה לא הרבה עבודה נכון?", "לאשתי"),
    # Guard, round 66: "do as I say" beside a new request ("…ותשלח גרסה חדשה") keeps it.
    ("know-it-all", "mixed", True, 'Looks nice but the letters are way too big. אני רוצה 15 ס"מ גובה ולא 30. Also forget the backlight, I want spotlights from above. תעשה ככה ותשלח גרסה חדשה', "גרסה חדשה"),
    # Round 66: a chat's last question without its "?".
    ("easygoing", "en", True, "perfect, lets book it for 3 July 👍 deposit by Bit or bank transfer? and do you bring the boxes or should we buy", "boxes"),
    # Round 67: a version asked by a time is no time said again.
    ("know-it-all", "he", False, "קראתי את הטקסטים. לא צריך את כל הסיפור בהתחלה.\n\nתכניסי את שם העיר 15 פעמים בדף.\n\nתשלחי גרסה מתוקנת עד יום חמישי.", "גרסה מתוקנת"),
    # Round 68: an outage, a delivery to the old address, a bite nobody reported: a sorry.
    ("conflictual", "en", True, "SITE IS DOWN. 3 hours now and I cant reach you on the phone. answer me", "sorry"),
    ("conflictual", "he", True, "שלחתם לאבא שלי את התרופות לכתובת הישנה!!! אחרי שעדכנתי אתכם פעמיים", "צר לי"),
    ("conflictual", "he", True, "יואב חזר עם נשיכה ביד ואף אחד לא טרח להגיד לי כלום", "צר לי"),
    # Round 158: cents as money is written ("$41.60", not "$41.6").
    ("conflictual", "en", False, "FedEx made me pay $41.60 in duties. I want the $41.60 refunded to my card by Friday.", "$41.60"),
    ("demanding", "he", True, "היי, כמה עולה ביקור? הפסנתר שוב לא מכוון. תכייל בבקשה 🙏", 'ל"תכייל בבקשה'),
    ("demanding", "en", True, "Hi, how much for the flyer? Please do the banner, thanks", 'answer to "Please do the banner'),
    # Round 171: a child who woke up with fever gets a get-well word.
    ("easygoing", "he", True, "בוקר טוב מירב, נועם קם עם חום ושיעול היום הוא לא מגיע לשיעור של 17:00 😷 נקבע השלמה כשיבריא?", "רפואה שלמה"),
    ("easygoing", "en", True, "Morning! Noam woke up with a fever so he won't make the 5pm lesson 😷 can we do a make-up when he's better?", "I hope things are getting better"),
    # Round 175's fix: a put-off asked with a thing of its own keeps its field; a client asking
    # to put off is still answered when the owner's own date presses.
    ("dormant", "he", True, "היי סליחה שנעלמתי, היה חודש מטורף עם החגים. עוד לא אספתי את הקבלות 😅 נדבר אחרי סוכות? אפשר בינתיים לדחות את הדיווח למע״מ או שזה בעייתי", "לדחות את הדיווח"),  # guard: held before its fix too
    # Round 182: with no line that waits (no return, no time to wait for), the request to put
    # off keeps its field.
    ("dormant", "en", False, "Hi Eyal,\n\nSorry for going dark, we had a reorg. Are we still good to do the security review? I'll ask our new IT lead about the account. Let's catch up when things calm down a bit.\n\nTom", 'to "Let\'s catch up when things calm down'),
    # The fresh-eyes review: a guest coming is the reason for the date, not its subject; "do you
    # mind if we pick this up after Pesach?" is a put-off asked, agreed to.
    ("demanding", "he", True, "אני צריכה שהמזגן יעבוד עד מחר בערב מגיעים אורחים", "אני צריכה שהמזגן יעבוד עד מחר בערב מגיעים אורחים"),
    ("dormant", "en", False, "Hi Noa,\n\nSorry for the silence, crazy month. Would you have a problem if we pick this up after Pesach?\n\nHannah", "after Pesach is fine"),
    # A time the client shouted is said back in small letters: "by Sunday", not "by SUNDAY"
    # (rounds 185 and 192); an acronym stays ("by EOD").
    ("demanding", "en", True, "hi i need a room by SUNDAY, 2 adults, budget 300 a night", "i need a room by SUNDAY, 2 adults, budget 300 a night"),
    ("demanding", "en", True, "i need the revised deck by EOD, no excuses", "i need the revised deck by EOD"),  # guard: held before its fix too
    ("easygoing", "en", False, "Hi Dana,\n\nWe loved the proposal. Just send the proposal and contract and let's get going. I'd love to launch by the end of March.\n\nLena", "launch by the end of March"),
    # A fresh-eyes review: a shouted holiday keeps its capital and a shouted sentence is said back
    # calm; an answer asked in the next sentence leaves the date said back; praise with "or I'm
    # done for the day" keeps its thanks.
    ("dormant", "en", True, "sorry!! can we pick this up after PESACH?", "after Pesach is fine"),
    ("demanding", "en", True, "I NEED IT BY FRIDAY AT 5PM", "I NEED IT BY FRIDAY AT 5PM"),
    ("demanding", "en", True, "Send the logo by Friday. And reply to my email pls", "Send the logo by Friday"),
    ("easygoing", "en", True, "Let me know if you need anything else, or I'm done for the day. Thanks so much, the kitchen looks amazing!", "lovely to hear"),
    ("conflictual", "en", False, "I just saw a charge of ₪3,480 from your studio on my Visa for an ANNUAL renewal. I never agreed to it. I want the full amount refunded within 7 days.", "(₪3,480)"),  # guard: held before its fix too
    # A second fresh-eyes review: a contract or a renewal the client waits for keeps its date; a
    # fee charged and to be refunded keeps its sum.
    ("demanding", "he", True, "תשלח לי את החוזה עד יום ראשון", "את החוזה אשלח עד"),
    ("demanding", "he", True, "אני צריכה שתחדשו את המנוי עד מחר", "אני צריכה שתחדשו את המנוי עד מחר"),
    ("demanding", "en", True, "the contract is by Friday, I need it signed", "About the contract"),
    ("conflictual", "en", False, "I cancelled on time. Refund the booking fee of ₪250 please.", "(₪250)"),
    ("conflictual", "he", False, "ביטלתי בזמן וגביתם ממני דמי ביטול של 390 ₪. אני רוצה החזר מלא.", "(390 ₪)"),
    # Round 219: a total the client worked out is the refund's sum, not a term of it.
    ("conflictual", "he", False, "הקייטנה בוטלה 4 ימים. אבקש החזר כספי על 4 הימים (4 × 185 ₪ = 740 ₪) לחשבון עד סוף החודש.", "(740 ₪)"),
    ("conflictual", "en", False, "The camp was cancelled for 4 days. I want a refund for those days (4 x $50 = $200) by Friday.", "($200)"),
    # A third fresh-eyes review: a total paid later in the sentence is not the refund's sum; "if
    # you do not return my deposit" still asks for it; a bakery's 04:30 is early work, not night.
    ("conflictual", "en", False, "I want a refund for the cancelled lesson ($80), the package total was 10 x $80 = $800.", "($80)"),
    ("conflictual", "en", False, "If you do not return my deposit of ₪3,000 by Sunday, I'm going to small claims court.", "(₪3,000)"),
    ("demanding", "he", False, "היי שרון,\n\nאני צריך את הדוח השנתי של 2023 סגור עד יום ראשון. הבנק דורש אותו לאישור המשכנתא.\n\nעידו", "אני צריך את הדוח השנתי של 2023 סגור עד יום ראשון"),  # guard: held before its fix too
    ("demanding", "he", True, "תכין לי דף הסבר על המוצר עד יום חמישי", "תכין לי דף הסבר על המוצר עד יום חמישי"),  # guard: held before its fix too
    # Round 205: leave asked for a put-off ("…, בסדר?") is answered by the line that waits, not
    # by a yes/no field as well; "is it urgent?" still gets the owner's yes or no.
    ("dormant", "he", True, "היי שירה, מצטערת שנעלמתי היה בלגן מטורף בעבודה. עוד לא הספקתי לעבור על התוכניות ששלחת בינואר 🙈 אחזור אלייך כשיירגע קצת, בסדר?", "אחכה לעדכון ממך"),  # guard: held before its fix too
    ("dormant", "he", True, "היי ראיתי את ההודעה על המידות לתלבושת. עוד לא מדדתי אותה 😅 השבוע מטורף, אשלח כשאוכל. זה דחוף?", "כן או לא"),  # guard: held before its fix too
    # Round 221: a mother who fell and broke her arm, a husband in chemotherapy get a word for it.
    ("dormant", "he", True, "סליחה שנעלמתי, אמא שלי נפלה ושברה יד ומאז אני בין בית החולים לבית שלה. אשלח את הרשימה בשבוע הבא", "רפואה שלמה"),
    ("dormant", "he", True, "סליחה שנעלמתי, אמא שלי נפלה ושברה את הרגל ואני איתה כל היום. אשלח את הרשימה בשבוע הבא", "רפואה שלמה"),
    ("demanding", "en", False, "Dear Dana,\nMy husband's chemotherapy schedule may change, so we need the check-in moved to the 14th instead of the 10th. Please confirm this week.\nSusan", "I hope things are getting better"),
    # Round 223's harmful reply: a pet that died in the owner's care is a loss, in both packs.
    ("conflictual", "he", True, "הכלב שלי מת אצלכם בפנסיון ואתם שולחים לי חשבון של 2,100 ש\"ח?! אני לא משלמת", "משתתפים בצערך"),
    ("conflictual", "en", True, "our cat died at your clinic overnight and now you send me a bill for $900?? im not paying", "sorry for your loss"),
    # Round 223: beside a question answered first, a date asked for in a request of its own gets
    # that request's field, not a say-back with nothing to confirm it.
    ("demanding", "he", False, "שלום אורי,\nראיתי שהשק אצל המתחרים ב-289. תתאים לי את המחיר?\nוהפעם אני צריך עד יום ראשון, אנחנו נוסעים.\nערן", 'ל"אני צריך עד יום ראשון'),
    # Round 226: someone hurt, a child in the ER, gets a wish first, whatever the tone.
    ("conflictual", "he", True, "הבן שלי יצא מהטרמפולינה עם קרסול נפוח ואנחנו עכשיו במיון באסף הרופא!!! אני רוצה לדעת מי אחראי אצלכם", "רפואה שלמה"),
    ("conflictual", "en", True, "my daughter got hurt on your trampoline and we spent the night in the ER!!! who is responsible there??", "I hope everyone is all right"),
    # …and a funeral at 10 in the morning is still a loss (round 225's year check).
    ("demanding", "he", True, "אבא נפטר הלילה, ההלוויה ב-10 בבוקר. צריך את המגשים עד 13:00 לבית", "משתתפים בצערך"),  # guard: held before its fix too
    # A fresh-eyes review of this session's change: a recent death keeps its condolences beside
    # a year of birth ("(1941-2025)"); a date's own "if not sooner" does not hold it back.
    ("demanding", "en", False, "Dear Ruth,\nMy father passed away on Sunday (1941-2025). We need the memorial booklets printed by Thursday.\nDan", "sorry for your loss"),
    ("demanding", "he", True, "אבא שלי נפטר אתמול (1941-2025), אנחנו צריכים את החוברות לאזכרה עד חמישי", "משתתפים בצערך"),
    ("demanding", "en", True, "need the floor plan by Friday 10am if not sooner, the builder starts Monday", "need the floor plan by Friday 10am"),
    # Round 230 (from rounds 221-228's reviews): whether an addition is charged, asked beside
    # it, is quoted in the addition's price line, not a second field on the same price.
    ("demanding", "he", True, "עוד משהו קטן: תוסיף גם את המדבקות לחלון הראווה. ברור שזה נכנס במחיר שסגרנו, נכון?", 'תשובה ל"ברור שזה נכנס במחיר שסגרנו, נכון'),
    ("demanding", "en", False, "Hi Tom,\nOne more thing: please also add the two banner sizes for Instagram. That's included in the quote, right?\nThanks,\nJen", 'answering "That\'s included in the quote, right'),
    # Rounds 229-230: a letter that opens on the owner's title and surname is formal ("'Hi,' is
    # too casual for a Head of Compliance").
    ("conflictual", "en", False, "Mr. Katz,\n\nYour invoice INV-118 is not acceptable. I want it corrected by Friday.\n\nSanjay", "Hello,"),
    ("conflictual", "he", False, "עו״ד כהן,\n\nהחשבונית שלך לא מקובלת עליי. אני רוצה אותה מתוקנת עד יום שישי.\n\nדני", "שלום רב,"),
    # …while a mother after surgery still gets the wish (a guard beside round 234's likeness).
    ("demanding", "he", True, "אמא שלי אחרי ניתוח ואני צריכה את העוגה עד מחר ב-10", "רפואה שלמה"),  # guard: held before its fix too
    # Round 234: "נדבר אחרי" + the time is the quiet client's own time, agreed to, not "אחזור
    # אליך בערך ב-[מתי]" (the reviewers: "asks when to talk though he said after the holiday");
    # since round 338 a client who has not decided yet is waited for instead.
    ("dormant", "he", True, "מתוקה סליחה שלא עניתי!! לגבי העוגה עוד לא החלטתי על טעם. נדבר אחרי החג", "אחכה לעדכון ממך"),
    ("dormant", "he", True, "אחי סליחה לא הספקתי לשלוח את השעות, עוד בבלגן. נדבר אחרי סופ\"ש", 'אחרי סופ"ש זה בסדר מבחינתי'),
    # Rounds 229-234: a warm client is thanked warmly, not met with a bare "Got it" ("cold to a
    # warm customer").
    ("demanding", "he", True, "שלום מתוק, זאת רחל. אני חייבת את האוטו בחזרה מחר עד 11, יש לי את כל הנכדים בשבת. תודה רבה ושבת שלום", "תודה רבה על ההודעה!"),
    ("demanding", "en", False, "Hi Dan,\n\nThank you so much for squeezing us in last week! Could you send the updated invoice by Friday?\n\nLots of love,\nRuth", "Thank you so much for your message!"),
    ("easygoing", "he", True, "הרכב חזר מבריק, תודה מכל הלב! תכתוב לי כמה אני חייבת ואני אעביר בפייבוקס ❤", "תודה רבה על ההודעה המקסימה!"),
    # …so the date an ultimatum waits on gets its field (round 231's harmful empty reply).
    ("conflictual", "en", False, "Bonjour Gal,\n\nThis is my fourth e-mail. You promised the album in 8 weeks, it is now 4 months. If I don't have the album or a real date by the end of the week, I give the file to our lawyer and I write the whole story on Google. Please don't call me.\n\nSandrine", "answering \"If I don't have the album"),
    # Round 236: "נדבר אולי אחרי ה-15" is the client's own time too, and "אנסה לשלוח" is the
    # client's own delivery ("'I'll get back to you' has it backwards").
    ("dormant", "he", False, "היי עידו,\nמתנצל על השקט. עוד לא הספקתי לעבור על הפיגמה ששלחת.\nבוא נדבר אולי אחרי ה-15?\nאלון", "אחרי ה-15 זה בסדר מבחינתי"),
    ("dormant", "he", True, "היי, סורי על העיכוב, אנסה לשלוח לך את הקבצים בשבוע הבא", "בשבוע הבא זה בסדר מבחינתי, תודה"),
    # A fresh-eyes review of this session's change: a likeness stops at its clause and is never
    # "it seems" (a death, an illness kept); "sorry to bother you" is no apology of the client's;
    # "how many revisions" names them; a "when" beside "כולל" keeps its own field.
    ("dormant", "he", True, "יצא כמו שחשבתי, אבא שלי נפטר הלילה. אפשר לדחות את ההתקנה?", "משתתפים בצערך"),
    ("dormant", "en", False, "Hi Dana,\nIt looks like Mom is recovering from surgery slower than expected, so can we move the fitting to next month?\nRuth", "getting better"),
    ("dormant", "he", True, "נראה כמו שאבא שלי יישאר בבית חולים עוד שבוע, אפשר לדחות?", "רפואה שלמה"),
    ("easygoing", "en", False, "Hi Dana,\nSorry to bother you on a Saturday! The photos came out amazing, thank you so much! Could you send the high-res files?\nRuth", "lovely to hear"),
    ("demanding", "en", False, "Hi Dana,\nHow many revisions do I have left? I want to change the cover again.\nRuth", "About revisions"),
    ("demanding", "en", False, "Hi Dana,\nAre revisions included in the price? I need the logo changed again.\nRuth", "About revisions"),
    ("demanding", "he", True, "עוד משהו קטן: תוסיף גם את המדבקות לחלון הראווה. מתי הכל יהיה מוכן כולל המדבקות?", '[התשובה ל"מתי הכל יהיה מוכן כולל המדבקות"]'),
    # Round 242: "נדבר כשאני חוזר, אוקיי?" asks leave for the client's own return: the reply
    # waits, with no yes/no field beside "אין בעיה"; the e-mail's written line says it once.
    ("dormant", "he", True, "סליחה סליחה לא עניתי, אני בטיסות כל השבוע. את הלוקיישן עוד לא סגרתי. נדבר כשאני חוזר, אוקיי?", "אחכה לעדכון ממך"),
    # Round 244: a charge refused because the service failed (late, a no-show) is a failure to
    # own, not "the amount came as a surprise"; a plain overcharge keeps its line (a guard).
    ("conflictual", "en", True, "I can't believe it. The facilitator showed up 40 minutes late and spent half the day on stuff we didn't ask for. Don't send me an invoice for a full day, I'm not paying for that.", "I'm sorry about what happened"),
    ("conflictual", "he", True, "המנחה הגיע באיחור של 40 דקות ו-22 מנהלים חיכו לו!! אל תשלחו לי חשבונית על יום מלא, אני לא משלמת על זה.", "צר לי על מה שקרה"),  # guard: held before its fix too
    ("conflictual", "he", False, "שלום,\nקיבלתי חשבונית על 3,800 ₪ כשההצעה שאישרתי הייתה 2,900 ₪. אף אחד לא ביקש ממני אישור על תוספת. אני לא משלם את ההפרש.\nדני", "ברור לי שהסכום הזה הפתיע"),  # guard: held before its fix too
    # Round 244: the outcry beside the demands takes no field; the demands keep theirs.
    ("conflictual", "he", False, "אתמול הבת שלי חזרה עם כוויות שמש והקאות, ערב שלם במיון. אני משלמת לכם 1,850 ₪ על שלושה שבועות. אתם אחראים על ילדים בני 7 באוגוסט בישראל, מה כל כך קשה לדאוג שהם ישתו?\n\nאני מצפה לשיחה עם המנהלת עד מחר ב-12:00, לפירוט מה משתנה כבר מיום ראשון, ולהחזר על הימים שהיא תפספס.\n\nסיגל", "אני מצפה לשיחה עם המנהלת"),
    # …but what is wanted by e-mail is still asked ("אני רוצה במייל תאריך מסירה מחייב").
    ("conflictual", "he", False, "שלום,\n\nהמטבח היה אמור להיות מותקן לפני שבועיים. אני רוצה במייל תאריך מסירה מחייב. ואל תתקשר אליי.\n\nרונית", "תאריך מסירה מחייב"),  # guard: held before its fix too
    # The session's review: a boss's words beside a deadline do not hide it, "nothing is at
    # risk" lets a put-off be agreed to, and a why after "no need to convince me" is asked.
    ("demanding", "en", True, "My boss said it'll be a disaster if we slip, so I need the deck by Friday", "I need the deck by Friday"),
    ("demanding", "he", True, "המנהל אמר שזה דחוף, אז אני צריכה את הדוח עד יום חמישי", "אני צריכה את הדוח עד יום חמישי"),
    ("dormant", "en", True, "Hi! No rush, nothing is at risk. Can we pick this up after the holidays?", "fine by me"),
    ("easygoing", "en", True, "no need to convince me, I'm in! Why is the total 20% higher than the quote?", "Why is the total 20% higher"),  # guard: held before its fix too
    # …and "tell me which account" asks what to tell (round 252: a bare "[your answer]").
    ("easygoing", "he", True, "אהלן רונית! לסלון הולכת על הכחול 170x240. שולחת העברה בנקאית עד סוף השבוע, רק תגידי לאיזה חשבון.\n\nנטע", "תגידי לאיזה חשבון"),
    # …and "writing only" is answered by keeping to writing.
    ("conflictual", "en", False, "Dear clinic,\n\nI was charged twice for the same treatment and nobody gets back to me. If the money is not back by Sunday I will dispute it with my card company.\n\nReply in writing only.\n\nDavid", "keep this in writing"),
    ("demanding", "en", False, "Gal,\n\nI'm on flights all week. I'll send notes by ~11pm and I need the revised version back by Sunday 8am PT so I can take it into Monday's QBR.\n\nJordan", "I need the revised version back by Sunday 8am PT so I can"),
    ("demanding", "he", True, "היי רוני, אני יודע שסגרנו 4 מפגשים אבל אני צריך עוד אחד מחר בערב, אפשר ב22:00? ואם אפשר שזה ייכנס במחיר של החבילה", 'כמה היא עולה — תשובה ל"ואם אפשר שזה ייכנס'),
    # Rounds 255-256: the quiet client's own time ("נדבר שבוע הבא", "בואי נדבר על זה אחרי ה-10
    # לחודש") is agreed to, not met with "I'll get back to you around [when]".
    ("dormant", "he", True, "סליחה סליחה!! שכחתי לגמרי מהתור של נועה אתמול 🙈 היה בלגן עם ההסעות. נדבר שבוע הבא נקבע משהו אחר, עכשיו אני בטירוף", "שבוע הבא זה בסדר מבחינתי"),
    ("dormant", "he", False, "אורית,\nקיבלתי את המיילים. פשוט אנחנו בסגירת רבעון ואין לי רגע לנשום.\nבואי נדבר על זה אחרי ה-10 לחודש, אז יהיה לי ראש לזה.\nליאת", "אחרי ה-10 לחודש זה בסדר מבחינתי"),
    # Round 257 (harmful): a reply of the deadline said back and "We'll keep this in writing"
    # answers nothing; the owner's answer goes in a field.
    ("conflictual", "en", False, "Dear Yael,\n\nThe appeal booklet has gone out to 640 households with the Goldreich family printed as \"Goldrich\". I will not be settling the remaining £1,150 until you set out, in writing, how you intend to put this right: a reprint at your expense and a correction notice to every household by Monday.\n\nPlease do not ring me. I want this in writing.\n\nHoward Lesser\nChairman", "[your answer"),  # guard: held before its fix too
    ("demanding", "he", True, "שולחת לך את הקבצים עכשיו, תחזירי לי גרסה מתוקנת עד יום ראשון", "תחזירי לי גרסה מתוקנת עד יום ראשון"),
    ("demanding", "en", True, "Paying the balance now, need the site live by Sunday", "need the site live by Sunday"),
    ("demanding", "en", True, "So we can get the final files by Monday, right?", "So we can get the final files by Monday, right"),
    ("dormant", "he", True, "מבטיח שאחרי החגים אני יושב על זה ברצינות", "אחרי החגים זה בסדר"),
    ("easygoing", "he", True, "אפשר לחייב את זה בכרטיס אשראי? ועוד משהו, תוסיף גם מדף", 'תשובה ל"אפשר לחייב את זה בכרטיס אשראי"'),
    # Round 259: a shouted short day is said back with one capital ("by Sat 7am", not "SAT").
    ("demanding", "en", True, "need the 40 boxes delivered by SAT 7am, confirm in the next hour pls", "need the 40 boxes delivered by SAT 7am"),
    # A date moved to is no time to answer by: "תעדכן ל2.8" keeps its field.
    ("demanding", "he", True, "הפגישה עם השמאי זזה. תעדכן ל2.8 בבוקר ביומן ותשלח לי אישור", "תעדכן ל2.8"),  # guard: held before its fix too
    # …and a chat keeps it.
    ("demanding", "en", True, "need the brochure in A4 not A5, proofs by monday", "Got it"),  # guard: held before its fix too
    # The fresh-eyes review of session 42: a real question after "אם אפשר", a time asked for,
    # a channel asked for, an order changed, the owner's approval, another item's price and
    # another matter after a request for the reply each keep a field.
    ("demanding", "he", True, "היי, כמה עולה השיפוץ? ותגידי לי אם אפשר לקבוע ליום ראשון.", "לקבוע ליום ראשון"),
    ("demanding", "en", False, "Hi,\n\nPlease send someone to fix the sofa leg this week. Can you confirm the time?\n\nDan", "confirm the time"),
    ("demanding", "en", True, "need the sofa leg fixed this week. Can you text me?", "text me"),
    ("demanding", "en", True, "Please bake the chocolate cake for Sunday. We need it for 60 guests now, not 40.", "60 guests"),
    ("demanding", "he", True, "תביאי את הכיסא ביום שלישי. אני צריכה אותו לבן ולא אפור.", "לבן"),
    ("demanding", "en", True, "Please send the final menu for Friday. We need your approval to bring our own DJ.", "approval"),
    ("demanding", "en", True, "Hi, please send the quote for the kitchen. How much is the island? Is there a cheaper countertop?", "How much is the island"),
    ("demanding", "en", True, "Please send the revised floor plan. Let me know by Friday, also regarding parking.", "parking"),
    # Round 279: the money for some lessons wanted back is a refund ("את הכסף של … בחזרה").
    ("conflictual", "he", True, "8 שיעורים. 1,600 שקל. והילד עדיין לא יודע לקרוא!!! מה בדיוק עשית איתו שעה? שיחקתם? אני רוצה את הכסף של 3 השיעורים האחרונים בחזרה, לא מעניין אותי שום הסבר", "לגבי ההחזר"),
    # Session 43's review: "confirm" of a thing is no wish for the reply; a lesson asked about is
    # no outcry; a client's own pause is agreed to; two payments asked about are no price talk.
    ("demanding", "en", True, "Can you send the updated contract? Please confirm I'm getting the premium package", "premium package"),
    ("easygoing", "he", True, "מה עשו בשיעור שבוע שעבר? הבת שלי לא סיפרה כלום ואני רוצה לתרגל איתה", "מה עשו בשיעור"),
    ("dormant", "en", True, "Hi, we need to keep the project on hold until after the holidays. I'll get back to you then.", "I'll wait to hear from you"),
    ("demanding", "en", True, "Can you send the new plans by Sunday? Also can you lower the price a bit? Did you get the ₪500 and the ₪300 I sent?", "Did you get the ₪500"),
    # Round 286: a child left alone by the provider is something gone wrong: a sorry, not "I take
    # this seriously".
    ("conflictual", "en", True, "Are you kidding me. My son was left at the bus stop ALONE for an hour because your driver miscounted. I want the owner to call me TODAY", "sorry"),
    ("conflictual", "he", True, "השארתם את הבת שלי לבד בשער 40 דקות!!! אני רוצה שהבעלים יתקשר אליי היום", "צר לי"),
    # Round 288: a request to reply on the weekend or in the evenings asks the owner's hours: a
    # field of its own; someone else's need is what the owner is to deliver.
    ("demanding", "he", False, "שלום,\nאני צריך שהמכתב יצא עד יום ראשון.\nואם אפשר תענה לי גם בשישי-שבת, אני זמין.\nתודה", "גם בשישי-שבת"),
    ("demanding", "en", True, "Need the new menu by Sunday. Also pls reply on weekends too, we bake Sat nights", "weekends"),
    ("dormant", "en", True, "so sorry for the silence! the retreat is back on. my manager needs a quote by tomorrow 10:00 for the budget meeting. not sure on numbers yet, maybe 30 people? will confirm the rest next week", "needs a quote"),
    # Round 290: a hedged forecast is no ask; the option asked to be kept open is the main ask.
    ("dormant", "en", False, "Dear Ms. Levi,\n\nPlease excuse our late reply to your mails from March. Regarding the option for 12 double rooms in May 2026, I am not yet in the position to confirm. We must first await the decision of our new management, which we expect maybe in the autumn. Could you kindly keep the option open until then?\n\nBest regards\nKlaus Berger", 'answering "Could you kindly keep the option open'),
    # Rounds 289-290: a thing promised sold to another, a child yelled at, the third cancellation
    # this month are failures told: a sorry, not "קיבלתי. חשוב לי לטפל בזה" (rated cold).
    ("conflictual", "he", True, "ממש יפה. סיכמנו שאת שומרת לי את המזנון עד שישי ועכשיו אני רואה שמכרת למישהי אחרת?? תחזירי לי את המקדמה", "צר לי"),  # guard: held before its fix too
    ("conflictual", "en", True, "The instructor YELLED at my daughter in front of the whole group. She is 8. I want to know his name and I want an answer today", "sorry"),
    ("conflictual", "he", True, "שוב ביטול ב-7 בבוקר. פעם שלישית החודש. אל תתקשר, תכתוב", "צר לי"),
    # Session 44's review: a charge named without a sum is still disputed; a call waived is
    # not a chat widget; "the updates by Friday" are a thing asked; a thing due by EOD keeps its
    # field beside a put-off; the third cancellation "this month" with "הפעם"; a sideboard sold.
    ("conflictual", "en", False, "Hi,\nYou charged us for 6 extra hours that we never approved. We won't pay until this is corrected.\nDana", "came as a surprise"),
    ("easygoing", "en", False, "Hi,\nWe love the new site. No need for a chat widget on the homepage, just the contact form. Please send the invoice.\nThanks, Dana", "chat widget"),
    ("demanding", "en", False, "Hi,\nPlease fix the checkout button on mobile. Also, I need the updates by Friday so I can show the board.\nThanks", "updates"),
    ("dormant", "en", True, "so sorry for the silence! my manager needs a quote by EOD for the budget meeting. not sure on numbers yet. will confirm the rest next week", "needs a quote"),
    ("conflictual", "he", True, "זו הפעם השלישית החודש שהשיעור מבוטל בבוקר. אל תתקשר, תכתוב", "צר לי"),
    ("conflictual", "en", True, "You sold my sideboard to someone else?? I drove 40 minutes. I want my deposit back today", "sorry"),  # guard: held before its fix too
    # Round 298 (harmful): a total worked out after the refund's words without brackets is its sum.
    ("conflictual", "en", False, "To whom it may concern,\n\nMy horse bolted and I was thrown. I want:\n- a full refund of the ride, 4 x ₪390 = ₪1,560\n- the hospital bill, ₪1,240\n\nDo NOT phone me.\nGareth", "₪1,560"),
    # The second read of the change: a call asked beside a refusal is still offered; a balance
    # asked back is the refund's sum; a total worked out with a noun before "x" is too; an
    # embarrassment told alone opens with a sorry.
    ("conflictual", "en", True, "Don't explain, call me and talk to me", "Happy to talk"),
    ("conflictual", "en", True, "Don't send me another \"let's hop on a call\" email. I want the fix, and your PM should call me by 5pm", "Happy to talk"),
    ("demanding", "en", False, "The course ended early. I paid ₪5,000 upfront, please refund the rest (₪2,000) to my card by Friday.", "₪2,000"),
    ("conflictual", "en", False, "My horse bolted. I want a full refund of the rides, 4 rides x ₪390 = ₪1,560, and the hospital bill.", "₪1,560"),  # guard: held before its fix too
    ("conflictual", "en", False, "Yesterday was an embarrassment in front of our CEO. We will not pay the final 50% (₪7,200) until we talk.", "sorry"),  # guard: held before its fix too
    # Rounds 294, 295 and 297: a refund or another remedy ("או סוכך חדש", "or a free private
    # course"), or a refund and an explanation, keeps a field for the demand beside the refund's
    # line, which answers only the money.
    ("conflictual", "en", False, "Dear Noa,\n\nThe course covered almost nothing of what was promised. I want either a full refund or a free private course for my son by Friday.\n\nDan", 'answering "a free private course for my son'),
    ("conflictual", "he", False, "שלום,\nהעדשות עושות לי סחרחורת מהיום הראשון. אני רוצה החזר מלא של 1,500 ש\"ח או עדשות חדשות על חשבונכם עד סוף השבוע.\nמשה", 'ל"עדשות חדשות על חשבונכם'),
    ("conflictual", "he", False, "לכבוד המנהלת,\nאבא שלי נשאר לבד שעתיים. אני דורש זיכוי מלא על שתי המשמרות והסבר בכתב מי אישר את זה.\nאבי", 'ל"והסבר בכתב מי אישר'),
    # Rounds 295 and 296: a payment sent now is answered with whether it arrived.
    ("easygoing", "he", True, "נטע את אלופה!!! תקבעי לי עוד 4 מפגשים באיזה ימים שנוח לך. מעבירה עכשיו 1,040 בביט על החבילה, תאשרי שקיבלת 💜", "לגבי התשלום: [האם התקבל]"),
    ("easygoing", "he", True, "היה מהמם!!! הילדים עדיין מדברים על הדרקון. שלחתי לך בביט את היתרה (700). אפשר לשריין אותך גם לחנוכה?", "לגבי התשלום"),
    ("easygoing", "en", False, "Hi Efrat,\n\nSigned contract attached, and I transferred the ₪8,000 deposit this morning. We loved the mood board.\n\nNaomi", "About the payment (₪8,000): [whether it arrived]"),
    # Round 304: beside the refund's line, a listed demand's field quotes what it asks besides.
    ("conflictual", "he", False, "רוני,\nזו הפעם השלישית שאתה מגיע לתקן את אותה נזילה. אני לא מוכנה שתיגע יותר אצלי בבית. אני רוצה את ה-850 ש\"ח בחזרה עד סוף השבוע, ועל הנזק לפרקט נדבר בנפרד.\nמירב", 'ל"ועל הנזק לפרקט נדבר בנפרד"'),
    ("conflictual", "en", False, "Hi,\n\nThe course was a mess. I want either a full refund or a free private course for the retake, your choice.\n\nDan", 'answering "a free private course for the retake'),
    # The session's fresh-eyes review: the sum paid, not the total; a second demand beside the
    # refund keeps its field; a talk or a put-off in an hour keeps its time; a time told after
    # someone fell ill, with a comma between, is still the time to pick things up.
    ("easygoing", "en", False, "Hi,\n\nThe total is ₪2,000, I transferred ₪500 today, the rest next week.\n\nDana", "About the payment (₪500)"),
    ("conflictual", "en", False, "Hi,\n\nI want a full refund, and I want you to take the photos of my kids off your website today.\n\nMia", 'answering "I want you to take the photos'),
    ("dormant", "en", True, "I'm in a meeting now, let's pick this up in an hour?", "in an hour is fine"),
    ("dormant", "he", True, "נדבר על זה בעוד שעה?", "בעוד שעה זה בסדר"),
    ("dormant", "en", True, "My husband got sick, but we're fine now, let's pick this up next month?", "next month is fine"),
    # …and one thing sent, then the client's own doing, is still promised.
    ("easygoing", "en", False, "Hi Avi,\n\nAll looks great. Just send the contract and I'll sign it today.\n\nRachel", "I'll send the contract by"),  # guard: held before its fix too
    # Rounds 309-310: a birth and a mourning in the family are answered first; a question past
    # four listed asks keeps its field.
    ("dormant", "he", True, "סליחה שנעלמתי, עם הלידה של הבת שלי לא היה לי ראש. עוד רלוונטי השמלה לפסח?", "מזל טוב"),
    ("dormant", "he", False, "שלום,\nסליחה על השתיקה, היה לנו אבל במשפחה. אנחנו עדיין מעוניינים בקופסה.\nמשה", "משתתפים בצערך"),
    ("demanding", "en", False, "Hi Josh,\nI'd love a few more things in the plan:\n- a scenario where we retire at 58\n- the same with a move back to the States\n- the sale of the house in 2027 vs 2030\n- the keren hishtalmut vs the Roth\nCould I have it all by the 20th?\nRachel", 'to "Could I have it all by the 20th'),
    ("dormant", "he", True, 'היה לנו שמחה במשפחה ואחר כך ל"ע אבל, ולא היה לי ראש לשום דבר', "משתתפים בצערך"),
    ("demanding", "he", True, "הבר מצווה של הבן שלי בעוד חודש, אפשר לסגור את האולם?", "מזל טוב"),
    # …while "Would that work, and would the rate still apply?" asks the rate too.
    ("easygoing", "en", False, "Hi Noa,\nI'd like to send chapters 4-7 this month. Would that work, and would the original per-word rate still apply?\nBest,\nKim", "per-word rate"),  # guard: held before its fix too
    # Rounds 333-334: a dormant client who will write once they know, or has not decided yet, is
    # waited for; the owner does not promise to get back in turn.
    ("dormant", "he", False, "שלום,\nמתנצלת שלא חזרתי אליכם, עדיין אין לי תאריך. ברגע שיהיה משהו ברור אני חוזרת אליכם.\nרחל", "אחכה לעדכון ממך"),
    ("dormant", "he", True, "היי סורי על השקט, עוד לא החלטנו אם שחור או לבן. נדבר", "אחכה לעדכון ממך"),
    ("dormant", "en", True, "sorry for going quiet!! we still haven't decided on the colour, my partner is away", "I'll wait to hear from you"),
    # Rounds 333-336's repeated price: a price weighed against a sum keeps its own field beside
    # the addition's line.
    ("demanding", "he", True, "אפשר שתבוא אלינו לרעננה במוצ״ש? וכמה זה יעלה כי 600 ש״ח שאמרו לי זה הרבה לחתימה אחת. ואם אפשר באותה הזדמנות גם שני העתקים", "600"),  # guard: held before its fix too
    # Round 338: a payment told as just sent is answered about the payment; a dormant client who
    # will update, floating a time without asking, is waited for, while a time asked is agreed.
    ("easygoing", "en", True, "All 4 docs received and they look perfect 🙌 just sent the ₪850 on Bit. Thanks so much!", "About the payment (₪850)"),
    ("easygoing", "en", False, "Hi Hadas,\nThe drawing looks spot on, approved as is. Deposit of $1,100 went out via Wise this morning.\nRebecca", "About the payment ($1,100)"),
    ("dormant", "he", False, "מאיה,\nסליחה על העיכוב בתשובה. עוד לא הספקתי לקפוץ לחנות לבחור את האריחים. אולי בשבוע הבא, או בזה שאחריו.\nאעדכן\nעומר", "אחכה לעדכון ממך"),
    ("dormant", "en", True, "so sorry for the silence! can we pick this up in September when things settle?", "fine by me"),  # guard: held before its fix too
    # The session's review: "תשאירו את השולחן במחסן" is no hold asked of the owner.
    ("dormant", "he", True, "סליחה על השקט, נדבר אחרי החגים. בינתיים תשאירו את השולחן במחסן, אאסוף אותו", "אחרי החגים זה בסדר מבחינתי"),
]  # fmt: skip

NEVER_SAYS = [
    # The session's review: "אני חוזרת אלייך לגבי…" is this message, no return promised; a
    # decision pressed by tomorrow waits for the owner; a deposit not yet sent, or payment
    # details sent, is no payment to confirm.
    ("easygoing", "he", True, "היי, אני חוזרת אלייך לגבי העוגה, אנחנו סוגרים על שוקולד 🙂", "אחכה לעדכון"),
    ("demanding", "he", True, "אני חוזר אליך בפעם השלישית לגבי החשבונית. תשלח אותה היום.", "לגבי התשלום"),
    ("dormant", "en", False, "Hi,\nWe still have not decided, and we have to decide by tomorrow. What is your final price?\nDana", "wait to hear"),
    ("easygoing", "en", True, "Hmm, not sure the deposit of $500 went out yet, my bank app is weird", "About the payment"),
    ("easygoing", "en", True, "Just sent the payment details to my accountant, he'll handle it this week. Thanks!", "About the payment"),
    # Round 338: no time agreed that the client only floated before saying they would update.
    ("dormant", "he", False, "מאיה,\nסליחה על העיכוב בתשובה. עוד לא הספקתי לקפוץ לחנות לבחור את האריחים. אולי בשבוע הבא, או בזה שאחריו.\nאעדכן\nעומר", "בסדר מבחינתי"),
    # Rounds 333-336: the price asked twice, once by the addition's or the price's line and once
    # in a field of its own ("same price as always yeah?", "can we do ₪250 total for both?").
    ("demanding", "en", True, "hi! any chance u can come tmrw instead of thurs? also need the oven + inside the fridge done this time. same price as always yeah? 🙏", 'to "same price'),
    ("demanding", "en", False, "Hi Yossi,\n1. Tuesday doesn't work for us anymore, can you do Friday morning instead?\n2. Since it's two kids we'd like a sibling discount. ₪180 per lesson each is a lot, can we do ₪250 total for both?\nThanks,\nRebecca", "can we do ₪250"),
    # Rounds 333-334: the same clients are not told the owner will get back "around [when]"; a
    # hold asked with "תשאירי" is the owner's to decide, never "after Sukkot is fine by me"
    # (round 333's harmful reply); a demanding client who must decide by tomorrow is not waited for.
    ("dormant", "he", True, "היי סורי על השקט, עוד לא החלטנו אם שחור או לבן. נדבר", "אחזור אליך"),
    ("dormant", "en", True, "sorry for going quiet!! we still haven't decided on the colour, my partner is away", "check in again"),
    ("dormant", "he", True, "ראיתי שביקשת מקדמה, פשוט לא הספקתי. אחזור אלייך אחרי סוכות עם הכל. תשאירי לנו את החדרים בינתיים?", "בסדר מבחינתי"),
    ("demanding", "he", False, "שלום,\nיש לנו הצעה מספק נוסף ואנחנו צריכים להחליט עד מחר. מה המחיר הסופי?\nאלון", "אחכה לעדכון"),  # guard: held before its fix too
    # Round 330's harmful reply: "…וגם לא על החשבונית (2,900 ש"ח). בוא נסגור הכל אחרי החגים"
    # agreed to; the sum owed is named in the sentence before the put-off.
    ("dormant", "he", False, "אהלן עידו,\n\nסליחה על השתיקה. קיבלתי את התמונות מזמן ועוד לא הספקתי לעבור עליהן, וגם לא על החשבונית (2,900 ש\"ח). בוא נסגור הכל אחרי החגים, בסדר? אני אחזור אליך.\n\nבני", "בסדר מבחינתי"),
    ("dormant", "en", False, "Hi Ido,\n\nSorry for the silence. I got the photos ages ago and haven't gone through them, nor the invoice (₪2,900). Let's settle everything after the holidays, ok? I'll get back to you.\n\nBenny", "fine by me"),
    # The session's review: a shoot moved is no payment put off for an invoice in the sentence
    # before; a positive review offered with "if you don't mind" is no displeasure.
    ("dormant", "en", False, "Got the invoice, thanks. The Monday shoot doesn't suit me anymore, can we do it next week instead?", "About the payment"),
    ("dormant", "he", False, "קיבלתי את החשבונית, תודה. יום שני כבר לא מסתדר לי, אפשר לעשות את זה בשבוע הבא?", "לגבי התשלום"),
    ("easygoing", "en", True, "Loved everything! If you don't mind I'll leave a review on Google with the photos 😊", "handle this properly"),
    # …while the payment's near variants are put-offs, not agreed to
    ("dormant", "en", True, "Quick one about the deposit: can i pay it next month?", "fine by me"),
    ("dormant", "en", True, "The balance is due but I'll try and get it through next week", "fine by me"),
    ("dormant", "he", True, "לגבי המקדמה - אוכל להעביר אותה בחודש הבא?", "בסדר מבחינתי"),
    ("dormant", "en", True, "Re the invoice - I’ll sort it next week", "fine by me"),
    # …and a yes/no after "..." or "!!", or "with you", still refers back (no field of its own)
    ("demanding", "en", False, "I need the translations by Friday noon... Is that doable?", 'to "Is that doable'),
    ("demanding", "en", False, "I need the translations by Friday noon!! Is that OK with you?", 'to "Is that OK'),
    ("demanding", "he", False, "אני צריכה את התרגומים עד שישי בצהריים. זה יהיה אפשרי?", 'ל"זה יהיה אפשרי'),
    # A client who dictates is neither negotiating ("a summary of what we agree", rounds 289-325)
    # nor agreed with yet ("I'll confirm it all in writing", rounds 323-326).
    ("know-it-all", "en", False, "Hi Dana,\n\nPlease move the logo to the top left and use Pantone 2945 for the headings. Send the revised PDF by Thursday.\n\nRon", "what we agree"),
    ("know-it-all", "he", False, "שלום דנה,\n\nתזיזי בבקשה את הלוגו לפינה השמאלית העליונה ותשתמשי בפנטון 2945 לכותרות. תשלחי PDF מתוקן עד יום חמישי.\n\nרון", "מה שנסכם"),
    # Round 321's harmful reply: a deposit put off ("can i do it next month?") agreed to.
    ("dormant", "en", True, "yo Amit sorry bro, just saw ur msg 😅 deposit thing - can i do it next month? paycheck stuff. we're still on for the 30th tho right", "fine by me"),
    ("dormant", "he", True, "היי עמית סליחה שלא עניתי 😅 לגבי המקדמה - אפשר לעשות את זה בחודש הבא? עניין של משכורת. ועדיין סגורים על ה-30 נכון?", "בסדר מבחינתי"),  # guard: held before its fix too
    # Round 323's harmful "Thank you!" to a plan mocked as copy-paste.
    ("easygoing", "en", True, "so the \"personalised\" plan you sent me is literally the same one my gym buddy got from you. nice. is there anything personal about it besides my name at the top? $120 for copy paste, great business model", "Thank you!"),
    # Round 319's harmful replies: an overdue invoice's payment put off, agreed to.
    ("dormant", "en", True, "hiya, yeah saw your msgs about the £2,300 invoice. it's on the list, things are a bit mad here with the launch. prob sort it end of next month? ta", "fine by me"),
    ("dormant", "en", False, "Hi Neta,\n\nApologies for going quiet. I can see your two reminders about invoice #2217 ($4,850, due April 30).\n\nI'll try to get it through at some point in the next few weeks. Could you resend the PDF with our new address?\n\nBest,\nLiam", "works for me"),
    # …and "Thank you!" to a room over a car park, read as easygoing
    ("easygoing", "en", True, "Just arrived at the lodge and the suite we paid £640 for looks onto your CAR PARK. The jacuzzi has hair in it. Either we're moved to the room in the photos tonight or I want the full amount back and the review goes up on Booking.", "Thank you!"),
    # A bare "Thank you!" is a chat's: an e-mail gets a fuller line (rounds 279-318).
    ("easygoing", "en", False, "Dear Maya,\n\nAll nine sheets look spot on, and Ms. Ashworth was particularly pleased with Fig. 6. Please send your invoice for the set.\n\nKind regards,\nHelen", "Thank you!"),
    ("easygoing", "he", False, "שלום מיכל,\n\nכל תשעת הגיליונות נראים מצוין, והלקוחה מאוד אהבה את החתך באיור 6. אפשר לשלוח חשבונית על הסט.\n\nבברכה,\nהלן", "תודה רבה!"),
    # Round 318: "Can you do it?" right after what it asks about got a field of its own, which
    # the field before it answers.
    ("demanding", "en", False, "Hi Dana,\nThe carpenter starts on the 12th, so we'd need the final drawings to him by Sunday. Is that doable?\nThanks,\nRon", 'to "Is that doable'),
    ("demanding", "he", False, "שלום עידן,\nהנגר מתחיל ב-12 לחודש, אז אנחנו צריכים את התוכניות הסופיות אצלו עד יום ראשון. תוכל לעשות את זה?\nתודה,\nרון", 'ל"תוכל לעשות את זה'),
    ("easygoing", "he", True, "היי רותם, אני טסה לשבועיים אז תשאירי בבקשה את הקופסה עם הכלים אצלך עד שאחזור. זה בסדר מבחינתך?", 'ל"זה בסדר מבחינתך'),
    # Round 318's harmful reply: "how to pay" a deposit the client wants back.
    ("conflictual", "mixed", False, "Yossi,\nHow many hours of 'follow-up' are on this invoice? 7.5??\nI'm not paying invoice #2231 until you show me what you did. ואם לא, אני רוצה את המקדמה בחזרה, נקודה.\nShira", "how to pay it"),
    # Round 315: "must come out perfect" is no praise; an apology owed ends in thanks, which is
    # no praise either ("that's lovely to hear!" to both).
    ("demanding", "en", True, "שני היי!! I need 3 reels for the listing by tomorrow 10am\nאני יודעת שסיכמנו על 2 בשבוע אבל זה נכס של 2.4M וזה חייב לצאת מושלם", "lovely to hear"),
    ("demanding", "he", True, "שני היי!! I need 3 reels for the listing by tomorrow 10am\nאני יודעת שסיכמנו על 2 בשבוע אבל זה נכס של 2.4M וזה חייב לצאת מושלם", "כיף לשמוע"),
    ("dormant", "en", False, "I owe you an apology, Tomer.\nI completely dropped the ball on the photos. I can't look at anything until the 14th. Is that okay?\nThank you for everything, truly.\nEli", "lovely to hear"),
    # Round 310: the main field quoted the lead-in "can you also" instead of what it asks.
    ("demanding", "en", True, "demo day is tomorrow 11am!! while you are doing the regression can you also please check on Android 11 and iPad mini? Need the report tonight", 'answering "can you also'),
    # The session's review: a neighbour's bar mitzvah, a birth still to come, a question about a
    # birth and "לצערנו אבל…" ("but") are no occasion of the client's.
    ("easygoing", "he", True, "היי, אפשר תור ביום חמישי בארבע? בשישי יש בר מצווה של הבן של השכנים", "מזל טוב"),
    ("easygoing", "he", True, "הלידה של הבת שלי צפויה באוגוסט, נספיק לסיים את החדר?", "מזל טוב"),
    ("easygoing", "he", True, "מה קורה עם הלידה אם זה יוצא בשבת?", "מזל טוב"),
    ("easygoing", "he", True, "רצינו מאוד לסגור איתך, לצערנו אבל במשפחה החליטו ללכת על צלם אחר", "משתתפים בצערך"),
    # Rounds 311-312: nine know-it-all chats rated "edit" partly for "אסכם כאן בכתב מה הוחלט, כדי
    # שיהיה ברור לשנינו" / "…, so it's clear to both of us": stiff and legalistic in a chat.
    ("know-it-all", "he", True, "תעשי רק פלואו עדין בלי עמידות ידיים, אני יודעת מה טוב לגב שלי", "כדי שיהיה ברור לשנינו"),
    ("know-it-all", "en", True, "just do the gentle flow, no handstands. I know my back better than anyone", "so it's clear to both of us"),
    # Round 312: a stock sorry refused by quoting it ("ושתפסיקו לענות לי עם "מתנצלים…"") gets no
    # sorry; a cousin's bar mitzvah ("הבן דוד") is no family celebration of the client's.
    ("conflictual", "he", False, 'שלום,\nקיבלנו את האלבומים ובשלושה אין תמונה של הילד. מה שאני רוצה: החזר של 30%, ושתפסיקו לענות לי עם "מתנצלים על אי הנוחות".\nעינת', "צר לי"),
    ("easygoing", "he", True, "היי אפשר תור ביום חמישי בארבע לשניהם? בשישי יש בר מצווה של הבן דוד שלהם", "מזל טוב"),  # guard: held before its fix too
    # Round 310: "tell me what you think" after the asks is answered by the whole reply, no field.
    ("demanding", "he", False, "היי שני,\nתוסיפי בבקשה עוד שני שקפים של מתחרים.\nתגידי לי מה דעתך,\nיואב", 'ל"תגידי לי מה דעתך'),
    ("demanding", "en", False, "Hi Dana,\nCould you add two slides on competitors?\nLet me know what you think.\nYoav", 'to "Let me know what you think'),
    # Round 309's harmful reply: the balance "settled" after Purim is a payment put off, not "אין
    # בעיה".
    ("dormant", "he", True, "שלום חני, רציתי לבדוק אם הסט של הכלה מוכן? את היתרה אני אסדר אחרי פורים, בינתיים קצת לחוץ", "אין בעיה"),
    ("dormant", "en", True, "hey! is the album ready? I'll sort out the balance after Passover, things are tight rn", "No problem"),
    # Round 307's harmful replies: a put-off beside a deposit not yet done or a bill stuck is the
    # owner's to allow; the sum refunded is the one paid, in either language, not the vet bill.
    ("dormant", "en", False, "Hi Eitan,\n\nSo sorry for the radio silence. We still really want the place for Passover week. I haven't done the deposit yet, I know, I know. Can we touch base after the 1st?\n\nJenna", "is fine by me"),
    ("dormant", "he", True, "אהלן דוק סורי שנעלמתי חודשיים\nלגבי החשבון של הניתוח של הפרה, 2,350, אני יודע שזה תקוע.. המשווק עוד לא העביר לי כלום\nאפשר שנדבר על זה אחרי החגים? אני אחזור אליך", "זה בסדר מבחינתי"),
    ("conflictual", "mixed", False, "Liat,\n\nWe picked up Rocky on Sunday. He had at least 6 ticks on him and one of his paw pads is cut.\nמצאנו קרציות בתוך האוזניים שלו. שילמנו 1,150 ש\"ח על \"השגחה צמודה\"?! ואף אחד לא טרח לספר לנו כלום.\n\nI expect a full refund and the vet bill (420 NIS) covered.\n\nDaniel", "(₪420)"),
    # Round 296: "send the contract and the health declaration forms" asks two things; "I'll
    # send the contract by […]" promised half.
    ("easygoing", "en", False, "Hi Avi,\n\nIt all looks great, from our side it's a go. Just send the contract and the health declaration forms and I'll get them back to you this week.\n\nRachel", "I'll send the contract by"),
    ("easygoing", "he", True, "מעולה, סגרנו! תשלחי לי הצעת מחיר והסכם ונתחיל כבר מהחודש", "את הצעת המחיר אשלח"),
    # The session's fresh-eyes review: no receipt asked for a payment long past, a parking fee, a
    # file passed on, or beside a heated complaint; no field for a threat after "or"; a deposit
    # that sounds fair is no payment put off.
    ("easygoing", "he", True, "העברתי בביט לפני חודש את המקדמה, מתי מתחילים?", "לגבי התשלום"),
    ("easygoing", "en", True, "I've just paid for parking, running 5 min late", "About the payment"),
    ("easygoing", "he", True, "העברתי לך עכשיו את הקובץ עם המידות. מתי תוכל לבוא?", "לגבי התשלום"),
    ("conflictual", "en", True, "I paid the balance today and the photos are still not here. Where are they?", "About the payment"),
    ("conflictual", "en", False, "Hi,\n\nI want my money back by Friday or a 1-star review goes up on every site.\n\nRon", 'answering "a 1-star'),
    ("dormant", "en", False, "Hi Itamar,\n\nWe loved the plan and the ₪1,500 deposit sounds fair. Let's talk about it after Pesach?\n\nTal", "About the payment"),
    # …and a statement or a threat after the refund is no demand of its own.
    ("conflictual", "en", False, "Hi Maya,\n\nThe sitter never came, twice. I want the full month refunded, and frankly I'm about to tell every parent in the building.\n\nLiz", 'answering "frankly'),  # guard: held before its fix too
    ("conflictual", "en", False, "Hi,\n\nThe site is down again. I want a full refund, and I've already spoken to a friend who is a lawyer.\n\nTom", "I've already spoken"),
    # Rounds 301-304's harmful replies: a refund worked out from a count and a rate is its total;
    # "let's talk about it after Pesach" after a deposit not yet sent puts off a payment, which
    # the owner allows or not; "thanks for the speed" after a wait, "love being last in line 👏"
    # mock; "in an hour" is how long the work takes.
    ("conflictual", "he", False, "סיגל שלום,\n1. בחשבונית של מרץ חויבתי על 22 ימים. נהוראי היה חולה 6 ימים. אני דורשת זיכוי של 6 ימים, לפי 85 ש\"ח ליום = 510 ש\"ח.\nמורן", "(85 ₪)"),
    ("dormant", "en", False, "Hey Itamar,\n\nSorry for the radio silence. I know you asked for the ₪1,500 deposit by the 1st and I haven't sent it yet. Let's talk about it after Pesach? Is April 15 still held for us?\n\nTal", "is fine by me"),
    ("easygoing", "en", True, 'wow so "ready tuesday" became friday. great. love being last in line 👏 is it at least ready for pickup TODAY', "Thank you!"),
    ("easygoing", "he", False, "שלום,\nרק רציתי להגיד תודה על החוויה. הזמנתי עוגה עם השם נוגה וקיבלתי נועה. לא נורא, היא רק בת שבע.\nוהבטחת שהעוגה תהיה מוכנה ב-10:00 וחיכיתי עד 10:40, אז גם תודה על הזריזות.\nליאורה", "תודה רבה!"),
    ("dormant", "en", False, "Dana, hello,\n\nMum was in hospital with pneumonia, so the bathroom has to wait. The one thing that can't wait is the loose handrail. Could someone fix that this week, quietly, in an hour?\n\nRuth", "in an hour is fine"),
    # Round 299 (harmful): "I'd rather you didn't ring me" refuses a call; a time the client
    # fell ill or may fly is no time to pick things up.
    ("conflictual", "en", False, "Mr. Peretz,\n\nThe sideboard arrived split. I should be grateful for confirmation that your insurance covers it, by Thursday 12:00. I won't telephone, and I'd rather you didn't ring me either.\n\nN. Ashworth", "Happy to talk"),
    ("conflictual", "he", False, "שלום,\nהספה הגיעה שרוטה. אני מבקש אישור בכתב שהביטוח מכסה את זה עד יום חמישי. ואני מעדיף שלא תתקשרו אליי.\nנתן", "אפשר לדבר ב"),  # guard: held before its fix too
    ("dormant", "en", False, "Alon, hi,\n\nSo sorry for disappearing on you. My mom got sick back in New Jersey in October and I basically lived there for three months. I might have to fly back again in a few weeks, so maybe let's wait a bit and I'll let you know?\n\nKaren", "is fine by me"),
    # …not for a photo sent, a payment long past or a payment the field already answers, nor in a
    # complaint.
    ("easygoing", "he", True, "היי שלחתי לך עכשיו תמונה עם המידות של הנישה. מתי אתה יכול לבוא?", "לגבי התשלום"),  # guard: held before its fix too
    ("dormant", "en", False, "Hi Miriam,\n\nWe paid the deposit last April and then everything went on hold. Is our deposit still valid?\n\nRebecca", "About the payment"),  # guard: held before its fix too
    ("easygoing", "he", True, "סגרנו! העברתי עכשיו 500 מקדמה בביט, תאשרי שקיבלת", "לגבי התשלום"),  # guard: held before its fix too
    ("easygoing", "he", True, "מעולה העברתי 850 בביט. תבדוק שהגיע", "לגבי התשלום"),  # guard: held before its fix too
    ("conflictual", "en", False, "Dear Dan,\n\nThe trip was cancelled and the ₪1,150 deposit I paid by bank transfer today is still not back. I want it returned.\n\nTom", "About the payment"),  # guard: held before its fix too
    # Round 137: a bill disputed beside a fault ("השמלה לא נסגרה בגב") opens on the fault, not on
    # "the amount surprised you".
    ("conflictual", "he", False, "ליאת,\nבמדידה האחרונה השמלה של הדס לא נסגרה בגב. שבועיים לפני החתונה!\nבטלפון אמרת 4,500 ש\"ח כולל הכל. עכשיו יש חשבון של 5,800 עם תוספת תחרה שאף אחד לא אישר.\nאני לא משלמת שקל נוסף עד שהשמלה יושבת מושלם.\nאתי", "הסכום הזה הפתיע"),
    # Round 137: a date the owner asked an answer by ("שביקשת תשובה לגבי המלון בצפת עד ה-1
    # לחודש") is weighed against "let's talk after the holidays", never agreed past.
    ("dormant", "he", False, "שלום עמית,\nמצטער שלא עניתי. ההורים שלי עוד לא החליטו אם לבוא בנובמבר. אני יודע שביקשת תשובה לגבי המלון בצפת עד ה-1 לחודש.\nבוא נדבר אחרי החגים ונראה איפה עומדים.\nיואב", "זה בסדר מבחינתי"),
    # Round 135's harmful reply: "Please just draft it that way" beside a way the owner must weigh
    # (the down payment wired past the trust account) gets no "I'll send the draft by […]".
    ("know-it-all", "en", False, "Hi Adv. Rosen,\n\nI don't need a bedek bayit. Also, I'd rather wire the 10% down payment straight to the seller's account tomorrow instead of going through your trust account.\n\nPlease just draft it that way.\n\nMark", "I'll send the draft"),
    # Rounds 128 and 133: a time someone is to come by is no work to be ready.
    ("conflictual", "he", True, "אף אחד לא הגיע ולא הודיע!! אם עד 12:00 לא מגיעה מישהי אני מבטלת את המנוי", "הבנתי שזה צריך להיות מוכן"),  # guard: held before its fix too
    ("demanding", "he", True, "אני צריכה טכנאי היום עד 17:00, המזגן לא עובד", "הבנתי שזה צריך להיות מוכן"),
    # Round 133: a requirement ("חייבת להיות מושלמת") or a wish ("Would love the final by Monday")
    # is no praise to be glad about.
    ("demanding", "he", True, "רונן הבריכה חייבת להיות מושלמת לשבת, יש לנו יום הולדת. אתה יכול לבוא מחר לבדוק שהכל תקין?", "כיף לשמוע"),
    ("demanding", "en", False, "Hi Tal,\n\nThanks for v3. We're close but not quite there. Can you make the ears darker? Would love the final by Monday.\n\nJenna", "lovely to hear"),
    # Round 134: "זה דחוף?" is asked, not put off with a promise to get back.
    ("dormant", "he", True, "היי סליחה לא ראיתי את ההודעות. את הטפסים למס שבח עוד לא חתמתי. זה דחוף? אני פנוי רק אחרי פסח", "אחזור אליך"),
    # Round 134's harmful reply: an ultimatum's date is not said back as agreed.
    ("conflictual", "he", True, "אלון תקשיב טוב אני לא משלם לך 2% על קונים שראו את השלט שאני תליתי. קיבלתי ממך חשבונית על 46,800 ש״ח אתה נורמלי?? תבטל אותה עד מחר או שאתה מדבר עם העורך דין שלי", "הבנתי שזה צריך להיות מוכן"),
    # The session's review: a partial refund beside "I paid it all upfront" is no full refund.
    ("conflictual", "he", False, "שלום,\nשילמתי את כל הסכום מראש, ואני מבקשת החזר על השיעור שבוטל (120 ש\"ח).\nדנה", "במלואו"),
    # Round 132: a put-off asked about as possibly too late is the owner's to allow; a date an
    # answer is wanted by ("אם לא אקבל מענה ראוי עד יום ראשון") is no deadline to say back.
    ("dormant", "he", False, "היי שרון,\nהאבחון עוד אצל אבא שלה ועוד לא הספקתי לאסוף אותו. אפשר לשלוח את זה בשבוע הבא? או שזה כבר מאוחר מדי?\nליאור", "זה בסדר מבחינתי"),
    ("conflictual", "he", False, "לכבוד המנהלת,\nהמורה צעקה על הבת שלנו. אני מצפה שמהשבוע הבא היא תעבור למורה אחר. אם לא אקבל מענה ראוי עד יום ראשון, אכתוב ביקורת בגוגל.\nיעל", "הבנתי שזה צריך להיות מוכן"),
    # Round 131: a grandmother who almost fainted at an event now over is no danger to act on.
    ("conflictual", "he", False, "לכבוד הנהלת האולם,\nבבר מצווה ביום שישי המזגן הפסיק לעבוד. היו 31 מעלות, סבתא שלי כמעט התעלפה.\nאני מצפה לפיצוי משמעותי.\nאבי", "לבטיחות"),
    # Round 131: the position said again ("ככה אני רוצה את זה") gets no field of its own.
    ("know-it-all", "he", True, "שמעתי מה אמרת על 26 שולחנות. תקטין את הרחבה לחצי ותוסיף שולחנות. ככה אני רוצה את זה", 'ל"אני רוצה את זה"'),
    # Round 129: a short ask naming the figure another field quotes asks the same thing again.
    ("know-it-all", "he", False, "שלום לצוות המוסך,\nקראתי בפורום שבאקלים שלנו צריך 10W-40 כל 7,000 ק\"מ. לכן בטיפול הקרוב תשימו 10W-40.\nואל תחליפו את מסנן האוויר.\n\nבברכה,\nשמואל", 'תשובה ל"תשימו 10W-40"'),
    # …and gets no "what you can offer"; tax credit points ("נקודות זיכוי") are no refund (round 125).
    ("conflictual", "en", False, "Dear Mr. Levi,\n\nThe proposal you sent as final came back with 11 comments. I paid 6,500 NIS for professional service.\n\nIf this is not corrected by Wednesday 12:00, I will ask for full refund.\n\nDr. Koval", "what you can offer"),
    ("conflictual", "he", False, "שלום סיגל,\n\nשלושה עובדים קיבלו תלושי פברואר עם נקודות זיכוי שגויות והנטו שלהם חסר ב-600 עד 900 ₪.\n\nאני רוצה תלושים מתוקנים והעברת ההפרש השבוע.\n\nאילנה", "לגבי ההחזר"),
    # Round 136: a guitar's worth is no refund's sum, and a sorry refused in quotes ("אל תתחילו עם
    # "אנחנו מצטערים"") gets no field inviting it.
    ("conflictual", "he", False, 'שלום,\nאספתי אתמול את הגיטרה מהתיקון וגיליתי סדק בטופ.\nאל תתחילו עם "אנחנו מצטערים". הגיטרה שווה 14,000 ₪ ואני דורש שתשלמו על תיקון אצל לוטייר אחר, או החזר מלא על הגיטרה.\nעמית', "14,000"),
    ("conflictual", "he", False, 'שלום,\nאספתי אתמול את הגיטרה מהתיקון וגיליתי סדק בטופ.\nאל תתחילו עם "אנחנו מצטערים". הגיטרה שווה 14,000 ₪ ואני דורש שתשלמו על תיקון אצל לוטייר אחר, או החזר מלא על הגיטרה.\nעמית', "אל תתחילו"),
    ("conflictual", "en", False, "Hi,\nThe camera came back from repair with a cracked screen. It is worth $3,000 and I want a full refund or a replacement.\nDan", "$3,000"),
    # Rounds 139-140: a question that only asks leave for the client's own put-off is answered
    # by the reply's "fine by me" or "I'll wait"; "call me now" by the call line; "how
    # embarrassing it was" asks no price; a payment the bank is to reverse is no refund asked.
    ("dormant", "en", False, "Hi Noa,\n\nSo sorry for the radio silence. We haven't had a chance to go through the shot list. I think we'd rather do it properly after Pesach. Is that OK? I assume the 4th of September is still ours?\n\nHannah", 'answer to "Is that OK'),
    ("dormant", "he", False, "שלום מיכל,\n\nמצטערת שלא חזרתי אלייך. אנחנו עדיין רוצים את הצילומים, רק שעוד לא סגרנו טיסות. אני אחזור אלייך כשיהיה לנו יותר ברור, בסדר?\n\nרונית", 'בסדר"]'),
    ("conflictual", "he", True, "העוגה הגיעה ב-17:45!!! המסיבה התחילה ב-17:00. אני רוצה את הכסף בחזרה, את כל ה-650. תתקשרי אליי עכשיו", 'ל"תתקשרי'),
    ("conflictual", "he", True, "כתבתי לך פעמיים נועה. ועל העוגה כתוב נועם!!! את יודעת כמה מביך זה היה מול כל המשפחה?? ועוד שילמתי 480 על העוגה הזאת. אתם לא מסוגלים לקרוא הודעה?", "המחיר"),
    ("conflictual", "en", False, "Hello,\n\nCigna rejected my claim because your receipts don't show the diagnosis code. Send me correct receipts today or I'll ask my bank to reverse the payment.\n\nJonathan", "About the refund"),
    ("dormant", "he", True, "היי אורית 🙏 סליחה שנעלמתי לגמרי, היה לנו מעבר דירה\nנדבר אחרי החגים על מועד ב. ואת ה320 על השיעורים של מרץ אני אעביר כשאתפנה", "זה בסדר מבחינתי"),
    ("dormant", "en", True, "hey sorry for disappearing, crazy month. I'll pay the 450 for the last two sessions after the holidays", "works for me"),
    # …but what is not the client's payment is no payment put off (the review's near-misses).
    ("dormant", "en", True, "Sorry, crazy week. I've sent half of the photos, I'll send you the rest after the holidays.", "About the payment"),
    ("dormant", "en", True, "hey sorry, crazy month. I'll transfer the 3 files to you after the holidays", "About the payment"),
    ("dormant", "he", True, "היי, סליחה שנעלמתי. נדבר אחרי החגים, אני אעביר לך את 3 הקבצים כשאתפנה", "לגבי התשלום"),
    ("dormant", "en", False, "Hi,\n\nThe payment went through, thanks! The logo colour is still off but I'll deal with it after the holidays.\n\nDana", "About the payment"),
    ("dormant", "he", True, "התשלום עבר, תודה! לגבי הלוגו, אני אטפל בזה אחרי החגים", "לגבי התשלום"),
    ("dormant", "he", True, "נעביר את הפגישה ל-12 בחודש, אחרי החגים, בסדר?", "לגבי התשלום"),  # guard: held before its fix too
    ("dormant", "en", False, "Hi Noa,\n\nSo sorry for the radio silence. I think we'd rather do it properly after Pesach... Is that OK?\n\nHannah", 'answer to "Is that OK'),
    # Rounds 146-147's harmful replies: a balance put off on the client's finance team gets no
    # "no problem"; a threat read under an easygoing label gets no "תודה רבה!", and a request
    # inside an outcry ("…אפשר לעשות מה שבא לך??") no field.
    ("dormant", "en", False, "Hi Moshe,\nSorry for the late reply. I saw your three reminders about the balance for the retreat ($14,300). Our finance team is in the middle of year-end close, probably sometime in January.\nBest,\nPriya", "fine by me"),
    ("easygoing", "he", True, "רינת תסבירי לי מה עשית לאמא שלי. היא התקשרה אליי בוכה\nאת חושבת שבגלל שהיא בת 85 ולא רואה טוב אפשר לעשות מה שבא לך??\nאני לא משלם את ה180 ואל תבואי אליה יותר", "תודה רבה"),
    ("easygoing", "he", True, "רינת תסבירי לי מה עשית לאמא שלי. היא התקשרה אליי בוכה\nאת חושבת שבגלל שהיא בת 85 ולא רואה טוב אפשר לעשות מה שבא לך??\nאני לא משלם את ה180 ואל תבואי אליה יותר", 'בא לך"]'),
    # Round 142: "בואי נדבר כש…" is answered by the call line; round 150: a need run on into
    # "אבל בואי נדבר אחרי החגים" keeps its put-off, no field of its own; a high-res file to print
    # copies is the owner's to give, never promised ("I'll send the high-res by […]").
    ("dormant", "he", False, "שלום יעל,\nאנחנו עדיין רוצים שתמשיכי עם שירה לקראת הבגרות. בואי נדבר כשהעניינים קצת ירגעו, אני מקווה שבתחילת החודש הבא.\nעוזי", 'ל"בואי נדבר'),  # guard: held before its fix too
    ("dormant", "he", True, "היי מירי סורי שנעלמתי, הייתי בטירונות. אני עדיין רוצה להמשיך את השיעורים אבל בואי נדבר אחרי החגים, אני אחזור אלייך", 'ל"רוצה להמשיך'),
    ("demanding", "en", False, "Hi Yael,\nThe piece is beautiful! Could you also send me the high-res digital file so I can print copies for my sisters? I need it by Thursday.\nKeren", "I'll send the high-res"),
    # Rounds 154-155's harmful replies: raw files asked for are the owner's to give ("את הקבצים
    # אשלח עד […]"); no "how to pay" beside a refund demanded; broken tiles are a fault, not a
    # surprising bill.
    ("know-it-all", "he", True, "אין צורך בעריכה, תשלח לי את כל קבצי הRAW מהאירוע. אני מצלם בעצמי שנים. אז תוריד את ה1,000 של העריכה מהמחיר ונסגור", "אשלח עד"),
    ("conflictual", "he", True, "הדיג'יי הגיע באיחור של 50 דקות!!!\n1. אני רוצה החזר על הדיג'יי. מלא. 4,500\nמדהים איך משלמים 60 אלף ומקבלים יחס כזה", "אופן התשלום"),
    ("conflictual", "he", True, "האינסטלטור שלך שבר 3 אריחים במקלחת שבחרתי מאיטליה ואף אחד לא אמר לי כלום.\nאני לא מעבירה את התשלום של יום חמישי עד שאני לא רואה פתרון", "הסכום הזה הפתיע"),
    # Round 149's harmful reply and edits: a month the client talked in is no put-off agreed to;
    # a dress one can't breathe in is no danger; a time to revert by is no work due.
    ("dormant", "en", False, "Good afternoon Mr. Oren,\nI return to this subject after our conversation in March. Now we would like to restart, maybe September or October, we are not sure yet. Are you still available?\nBest regards,\nRui", "in March is fine"),
    ("conflictual", "he", True, "את הרסת לי את השמלה!!! אספתי אותה עכשיו ואני לא נושמת בה. החתונה ביום שלישי!!! אם זה לא מתוקן עד מחר בערב אני מפרסמת אותך בכל הקבוצות", "לבטיחות"),
    ("demanding", "en", False, "Dear Sir,\nKindly file the return of my brother-in-law along with mine.\nKindly do the needful and revert by EOD today itself.\nThanks & Regards,\nVikram", "you need it by EOD"),
    ("demanding", "he", False, "היי אושרת,\nבמקום הסלמון אנחנו רוצים דניס שלם.\nהבר מצווה בשבת אז צריך סגירה עד מחר.\nתודה!\nאלה", "מוכן עד מחר"),
    # Round 157's harmful reply: flowers that "look like a funeral" are no death.
    ("know-it-all", "en", False, "Hi Hila,\nThanks for the mood board, but I'm not doing eucalyptus and chrysanthemums, they look like a funeral. I want all-peony centrepieces for all 22 tables.\nJessica", "sorry for your loss"),
    # The second review's near-misses: thirty cookies are no shloshim; "our accounts migration"
    # is no payer; a cake's text is no refused excuse; "I'll make sure all the guests know" is no
    # threat; a test passed is no death.
    ("easygoing", "he", True, "היי, אפשר להזמין שלושים של העוגיות עם השוקולד לשישי?", "משתתפים בצערך"),
    ("dormant", "en", False, "Hi,\nThanks for the invoice ($1,800). We'll start on the accounts migration after Pesach.\nDan", "About the payment"),
    ("demanding", "he", True, "מעולה, סגרנו על שבת ב-19:00. אני אדאג שכל האורחים ידעו להגיע בזמן. תשלחי לי רק את הכתובת", "צר לי"),
    ("easygoing", "en", True, "Maya's brother passed his driving test today!! Can we move Thursday to 5pm?", "sorry for your loss"),
    ("conflictual", "en", False, "Hi,\nYou formatted my son's laptop without asking and all his school work is gone. Please send me all his files back by tomorrow.\nKaren", "I'll send the files by"),  # guard: held before its fix too
    # Round 145's harmful reply: files a format wiped are never promised back.
    ("conflictual", "he", False, "לכבוד המעבדה,\nנתתי לכם את המחשב של הבן שלי רק כדי להחליף מאוורר. קיבלתי אותו אתמול – ריק. אף אחד לא ביקש אישור לפרמט!\nאני דורשת שתחזירו את כל הקבצים עד מחר.\nרונית", "אשלח עד"),
    ("conflictual", "en", False, "Hi,\nYou formatted my son's laptop without asking and all his school work is gone. I demand you return all the files by tomorrow.\nKaren", "I'll send the files by"),  # guard: held before its fix too
    # Round 144: a return time is no work due ("ושנחזור לאזור הכנרת עד 16:00"); a put-off the
    # client hedges and will ping about is not agreed to as a date; "…so we should be ok??" is
    # answered by the line on waiting, not a second field.
    ("easygoing", "he", False, "היי אסף,\nאנחנו 24 עובדים, רוצים יום ג'יפים בגולן ביום ראשון 23.11. רק חשוב שתהיה ארוחת צהריים באמצע ושנחזור לאזור הכנרת עד 16:00 בערך.\nתשלח הצעת מחיר והסכם.\nשני", "מוכן עד 16:00"),
    ("dormant", "en", True, "hi quick one - legal still hasnt signed off on the glossary so pls hold off on the app strings. maybe next week maybe after. will ping u", "next week is fine"),
    ("dormant", "en", False, "Hi Shira,\n\nApologies for the radio silence. Honestly it might be easier to just pick this back up after Passover when things calm down.\nThe Rosenthal Fund deadline is May 1 so we should be ok?? I'll try to get you something.\n\nBest,\nAlan", 'answer to "The Rosenthal'),
    # Round 143: a put-off asked leave for ("זה יכול לחכות נכון?") gets no "no problem" before the
    # owner's answer; a refund the owner is asked to look into with an insurer is no refund line;
    # stock empathy refused gets no sorry.
    ("dormant", "he", True, "אהלן אבי סורי, הקבלות של ינואר פברואר מרץ בקופסה במשרד, אשלח לך הכל אחרי פסח. זה יכול לחכות נכון?", "אין בעיה"),
    ("demanding", "he", False, "שלום אורן,\nאשמח שתגיש את התביעה לביטוח השיניים בשבילי.\nחוץ מזה תבדוק גם אם אפשר לקבל החזר על הטיפול של הבת שלי מלפני שנה.\nניסים", "לגבי ההחזר"),
    ("conflictual", "he", True, "אתם נוכלים. אני רוצה את כל העמלה בחזרה עד מחר אחרת אני מגיש תלונה במשטרה\nואל תשלחו לי עוד פעם את הנציגה שלכם עם \"אני מבינה אותך\"", "צר לי"),
    # Rounds 125-126: a claim refused before it is made gets no field inviting it.
    ("conflictual", "he", True, "רק ששני מגשים ששילמנו עליהם לא הגיעו. מחכה להחזר של 360 שח עד מחר בצהריים. ואל תגידי לי שהנהג ספר", "הנהג ספר"),
    ("conflictual", "en", True, "two trays we paid for never came. I want the 360 back by tomorrow noon. and don't tell me the driver counted", "driver counted"),
    # Round 127's harmful replies: a put-off agreed to past a date something else is due by, told
    # in the client's own words ("the trio's hold ends Friday", "המלון ביקש עד ה-20").
    ("dormant", "en", True, "hey sorry missed your messages work has been insane regarding the band versus DJ still undecided can we circle back next week sometime I know you said the trios hold ends Friday", "fine by me"),
    ("dormant", "he", True, "היי דנה סליחה שנעלמתי 🙈 את רשימת החדרים לכנס עוד לא סגרתי, אני יודעת שהמלון ביקש עד ה-20. נדבר אחרי החגים?", "זה בסדר מבחינתי"),
    # Rounds 125 and 126: a put-off the client asks leave for ("זה בסדר נכון?", "if that's still ok
    # with you") is the owner's to allow in the field, not agreed to beside it; nor beside the
    # client's own event or deadline ("הברית רק ביום חמישי", "UCL deadline is 12 January").
    ("dormant", "he", True, "היי מיכל סליחה שנעלמתי שבועיים 🙈 את הדוחות של מרץ עוד לא משכתי. אשלח אחרי פסח. זה בסדר נכון?", "אחרי פסח זה בסדר מבחינתי"),
    ("dormant", "en", False, "Hi Tamar,\n\nSo sorry for disappearing. I still want to apply. I will try to send the draft next week maybe, if that's still ok with you.\n\nHagos", "works for me"),
    ("dormant", "he", True, "היי סליחה שנעלמתי 🙈 עוד לא הספקתי להסתכל על התפריט ששלחת לברית. נדבר בשבוע הבא? הברית רק ביום חמישי אז יש זמן לא?", "זה בסדר מבחינתי"),
    ("dormant", "en", False, "Hi Tamar,\n\nSo sorry for disappearing. I saw the UCL deadline is 12 January. I'll send the draft next week.\n\nHagos", "works for me"),
    # Round 124's edits: "if you can manage" softens, it asks nothing; a thing named in a contrast
    # ("rather than the ten working days in your quote", "במקום ה16 שקופץ כשהמזגן עובד") is no topic.
    ("demanding", "en", False, "Hi Tal,\n\nWe'd also like about 40 lifestyle images, plus a few short clips for Reels if you can manage.\n\nCould we have the edited selects by Monday rather than the ten working days in your quote?\n\nOliver", '"if you can manage"'),
    ("demanding", "en", False, "Hi Tal,\n\nQuick update on the brief: we'd also like about 40 lifestyle images, plus a few short clips for Reels if you can manage.\n\nWe'd like to keep it within the same day rate (£650), and could we have the edited selects by Monday rather than the ten working days in your quote? Launch is on the 15th.\n\nAlso, please could you send all the RAW files as well.\n\nOliver", "about the quote"),
    ("know-it-all", "he", True, "תשים מפסק 32 במקום ה16 שקופץ כל פעם שהמזגן והתנור עובדים ביחד. אין צורך להחליף את כל הלוח", "לגבי המזגן"),
    # Round 123's harmful reply: "call me only when it's ready" wants no call now.
    ("know-it-all", "en", False, "Hi Avi,\n\nPlease do NOT replace the OLED for 750 ₪. Just reseat the flex cable.\n\nPlease do it this way and call me only when it's ready.\n\nMarkus", "talk at"),
    ("know-it-all", "he", False, "היי אבי,\n\nאל תחליף את המסך ב-750 ש\"ח, רק תחבר מחדש את הכבל.\n\nתעשה ככה ותתקשר אליי רק כשזה מוכן.\n\nמרקוס", "לדבר"),
    # Round 124's one violation: a deadline set against the lead time on the owner's site is not
    # said back as if agreed; nor is a date a contract set in the past ("were to be delivered").
    ("demanding", "en", False, "Hi,\n\nI ordered the oak dining table last night. Your site says 10–14 business days, but I need it delivered by Thursday at the latest.\n\nCan you confirm today?\n\nDan", "I understand you need it"),
    ("demanding", "he", False, "שלום,\n\nהזמנתי אתמול שולחן אוכל. באתר שלכם כתוב 10-14 ימי עסקים, אבל אני צריך אותו עד יום חמישי.\n\nתאשרו היום?\n\nדן", "הבנתי שזה צריך להיות מוכן"),
    ("conflictual", "en", False, "Dear Mr. Ben-David,\n\nUnder clause 4.2 of our agreement, episodes 5 through 8 were to be delivered no later than 3 March. We have received 5 and 6 only.\n\nPlease confirm receipt of this notice in writing.\n\nMargaret", "I understand you need it"),
    # Round 92's harmful reply: "אין צורך לקבוע פגישה על זה" refuses a meeting; none is offered.
    ("know-it-all", "he", False, "היי גלעד,\n\nאני לא מסכים עם המיקום של המדיח. אני רוצה את המדיח באי, 2.5 מטר מהכיור.\nאין צורך לקבוע פגישה על זה, פשוט תעדכנו את השרטוט ותשלחו לי עד יום ראשון.\n\nעמית", "פגישה מתאימה לי"),
    # Round 91's edits: hospital shifts are work, no illness; "leave her until 13:00" and "every day
    # by 11:00" are no deadline to say back.
    ("easygoing", "he", False, "היי רינת,\n\nמהשבוע הבא סבתא תאסוף את אגם בימי שלישי ורביעי ב-16:00, כי אני בתורנויות בבית החולים. תגידי לי מה צריך ממני.\n\nיואב", "רפואה שלמה"),
    ("easygoing", "he", True, "היי מירב רק רציתי להגיד תודה, אני רואה שאלה נרגעת כל יום יותר 🥹 אני סומכת עלייך לגמרי עם ההסתגלות, תחליטי את מתי אפשר להשאיר אותה עד 13:00 בלי שאני בגן. מחר אני יכולה להישאר עד 9:30 אם צריך", "מוכן עד 13:00"),
    ("demanding", "he", False, "שלום אסנת,\n\nלליה יש אלרגיה לאגוזים. אני מבקשת שתשלחו לי כל יום עד 11:00 תמונה של מה שהיא אכלה, ושהמבשלת תכין לה ארוחה נפרדת.\n\nגלית", "מוכן עד 11:00"),
    # Round 91's harmful reply: a goal a parent sets for the children ("שכל ילד יידע לכתוב את השם
    # שלו עד חנוכה") is no deadline to say back, and "אני רוצה להעלות משהו" is no ask.
    ("conflictual", "he", False, "שלום עינב,\n\nאני רוצה להעלות משהו שמטריד אותי. בגן שלכם משחקים כל היום במשחק חופשי, וזה לא מספיק.\n\nהייתי רוצה שתכניסי לגן דף עבודה יומי של \"אות השבוע\", ושכל ילד יידע לכתוב את השם שלו עד חנוכה.\n\nאורנה", "עד חנוכה"),
    ("conflictual", "he", False, "שלום עינב,\n\nאני רוצה להעלות משהו שמטריד אותי. בגן שלכם משחקים כל היום במשחק חופשי, וזה לא מספיק.\n\nהייתי רוצה שתכניסי לגן דף עבודה יומי של \"אות השבוע\", ושכל ילד יידע לכתוב את השם שלו עד חנוכה.\n\nאורנה", "להעלות משהו"),
    # …and the put-off is not simply agreed to; a smoke machine for a first dance is no danger.
    ("dormant", "en", True, "hey sorry, went totally quiet on you, new baby + work = chaos. the bathroom fan still sparks sometimes when we turn it on lol. maybe we do it sometime next month? I'll ping you", "fine by me"),
    ("demanding", "en", True, "Can we add the smoke machine for the first dance and 4 more uplights? I need an answer tonight pls", "for safety"),  # guard: held before its fix too
    ("conflictual", "en", False, "Hi Dana,\n\nWe received your invoice for 18,400 NIS and I am frankly shocked. The quote said 15,000.\n\nMark", "for safety"),  # guard: held before its fix too
    # Round 90's one violation: a deadline beside a quantity changed ("from 210 to 250") is the
    # owner's to weigh, not said back as if it stood.
    ("demanding", "en", False, "Hi Eyal,\n\nThe order goes from 210 to 250 boxes, with a personal card in each. They must be delivered by Thursday noon. Please confirm today.\n\nSivan", "by Thursday noon."),
    # Round 89: a week the client does not know about yet is no put-off to agree to.
    ("dormant", "he", True, "היי ראיתי את ההודעה שלך מלפני שבועיים על המילוי. עוד לא יודעת מה איתי בשבוע הבא, אעדכן", "בשבוע הבא זה בסדר"),
    # Round 87: an easygoing client's tax refund named in passing is no money claimed back.
    ("easygoing", "en", False, "Hi Tamar,\n\nAttached are my 106 forms for 2023. My colleague Ariel said you sorted his refund in no time, so I'm happy to leave it to your judgement.\n\nJust let me know what you need me to sign. Happy to go ahead with the 650 you mentioned.\n\nJames", "About the refund"),
    ("easygoing", "en", False, "Hi Tamar,\n\nAttached are my 106 forms for 2023. My colleague Ariel said you sorted his refund in no time, so I'm happy to leave it to your judgement.\n\nJust let me know what you need me to sign. Happy to go ahead with the 650 you mentioned.\n\nJames", "sorry"),
    # Round 86: "תתקשר לספק" asks the owner to call the supplier, not to talk with the client;
    # a quoted "מתנצלים" refused gets no sorry.
    ("demanding", "he", True, "אמרת שהמדחס צריך להגיע 10 ימים. אני לא יכולה לחכות, יש לי 14 אורחים ביום שישי. תביא אותו עד מחר, תתקשר לספק, תעשה משהו", "אפשר לדבר"),
    # …and the client's deadline, set against the ten days the owner said, is not said back as
    # if agreed (round 86's one violation).
    ("demanding", "he", True, "אמרת שהמדחס צריך להגיע 10 ימים. אני לא יכולה לחכות, יש לי 14 אורחים ביום שישי. תביא אותו עד מחר, תתקשר לספק, תעשה משהו", "הבנתי שזה צריך להיות מוכן"),
    ("conflictual", "he", True, 'פעם שנייה שאתם לא מגיעים!!! חיכיתי מ8 עד 12 ואף אחד לא הודיע. אל תשלחו לי עוד "מתנצלים על אי הנוחות" תגידו מה אתם עושים עכשיו', "צר לי"),
    # Round 85: "I'll check in again around [when]" reversed who follows up.
    ("dormant", "en", True, "Haven't had a chance to look at the drafts yet, will get back to you when things calm down", "I'll check in again"),
    ("dormant", "he", True, "היי, עוד לא הספקתי לעבור על הטקסטים. אחזור אלייך כשיירגע פה קצת", "אחזור אליך"),
    # Round 84: "עדיין לא מושלם" is no praise; a contract asked with "ומה את צריכה ממני" is not
    # answered by promising the contract alone.
    ("demanding", "he", False, "היי מאיה,\n\nעברתי על הגרסה הרביעית. עדיין לא מושלם. אני רוצה עוד סבב: להחליף את הירוק לטורקיז.\n\nשני", "כיף לשמוע"),
    ("easygoing", "he", False, "שלום רונית,\n\nקיבלתי את המספר שלך מדנה. אני לא צריכה פגישה, סומכת עלייך 🙂 תשלחי לי הסכם ומה את צריכה ממני ונצא לדרך.\n\nענבל", "את ההסכם אשלח עד"),
    # Round 84's harmful reply: "Picking this up in April is fine by me; let's talk again then" to a
    # client asking whether the April trip still stands.
    ("dormant", "en", True, "hiya Yossi sorry sorry been mad here 🙈 are we still ok for the Galilee days in April?? think it might be 9 of us now, will know after Easter", "in April is fine"),
    # Round 84: a shouted thing is said back in lower case.
    ("conflictual", "en", True, "WHERE IS THE GUIDE??? we've been at the cable car since 7:40, grandma is 81. I paid you $1,200 and I want every cent back", "GUIDE:"),  # guard: held before its fix too
    # Round 83's fixes: a loyal client's "אל תשכחי 😘" and a bare "יאללה סוגרים" get no field.
    ("demanding", "he", True, "יש לי בר מצווה ביום שישי ואני צריכה אותך ב7 בבוקר. ואם את יכולה לבוא אלינו הביתה זה יותר נוח. כמה תעשי לי על שלושתנו? 6 שנים אני אצלך אל תשכחי 😘", "אל תשכחי"),  # guard: held before its fix too
    ("easygoing", "he", True, "אל תשלח הצעה חדשה, אין צורך. ההצעה מיום שני טובה לנו. רק תוסיף מגש קינוחים ל-40 איש ותגיד כמה יוצא בסוף. יאללה סוגרים", "יאללה סוגרים"),  # guard: held before its fix too
    # Round 83's harmful reply: the owner's own promise quoted back ('"early next week at the
    # latest"') is no put-off to agree to, and "you were kind enough to say" is no praise.
    ("dormant", "en", False, 'Dear Adv. Rosenthal,\n\nWhen we spoke on the 3rd you were kind enough to say that the revised draft would be with us "early next week at the latest". By my count that was nearly three weeks ago. I would be most grateful for a date on which we might see the draft.\n\nKind regards,\nNigel Ashworth', "is fine by me"),
    ("dormant", "en", False, 'Dear Adv. Rosenthal,\n\nWhen we spoke on the 3rd you were kind enough to say that the revised draft would be with us "early next week at the latest". By my count that was nearly three weeks ago. I would be most grateful for a date on which we might see the draft.\n\nKind regards,\nNigel Ashworth', "lovely to hear"),
    # Round 82: "changes" for an event are no revision rounds: no "how many rounds are included".
    ("demanding", "he", False, "היי אורן,\n\nלקראת יום הגיבוש יש לנו כמה שינויים:\n1. להוסיף 15 מנות טבעוניות.\n2. להקדים את ההגשה ל-11:30.\n\nהילה", "כמה סבבים כלולים"),
    # Round 81: a mother starting shifts at the hospital is not ill ("רפואה שלמה").
    ("demanding", "he", False, "שלום שרית,\n\nמהחודש הבא אני מתחילה משמרות בבית החולים ולא אספיק להגיע לפני 17:15. אני מבקשת שמישהי מהצוות תישאר עם יובל עד שאני מגיעה.\n\nליאת", "רפואה שלמה"),
    # Round 79: an easygoing client's "same rate as last time" settles the price; an emotional
    # "אני רוצה שתביני מה עברתי" is no task; "אתם יודעים למה?" asks nothing.
    ("easygoing", "en", True, "Loved the last batch! Can you do 4 more posts for the summer menu? Same rate as last time is great 🙂", "About the price:"),
    ("dormant", "he", False, "שלום רונית,\n\nאני רוצה שתביני מה עברתי בחודש האחרון, עם האזעקות והנפילה. רציתי לשאול אם אפשר לחזור לטיפולים בימי חמישי בעשר.\n\nרבקה", '"שתביני'),  # guard: held before its fix too
    ("conflictual", "he", False, "שלום,\n\nהחשבונית על 190 מנות. אתם יודעים למה? כי ספרתם גם את הצוות. לא משלם עד שתוציאו חשבונית מתוקנת לפי 168.\n\nאבי", "אתם יודעים למה"),
    # Round 73: a sum cried out at the result ("…בשביל זה??", "$2,400 for THAT??") is a complaint
    # of the work, no charge gone through by its sum; a refund asked has its own line.
    ("conflictual", "he", True, "1,800 ש״ח בשביל זה?? כל התמונות חשוכות. אני רוצה צילום חוזר", "(1,800 ₪)"),  # guard: held before its fix too
    ("conflictual", "en", True, "$2,400 for THAT?? The photos are all dark. I want a reshoot", "About the $2,400"),  # guard: held before its fix too
    ("conflictual", "en", True, "$900 for this mess?? I want my $900 back today", "About the $900:"),  # guard: held before its fix too
    # Round 78: openings, closings and leftovers that ask nothing get no field.
    ("demanding", "en", False, "Dear Sir,\n\nPlease I have three things.\n1. Can we do an extra session on Sunday?\n2. Can you give us 30% off?\n\nKindly revert at your earliest convenience.\n\nChidi", "I have three things"),
    ("demanding", "en", False, "Dear Sir,\n\nPlease I have three things.\n1. Can we do an extra session on Sunday?\n2. Can you give us 30% off?\n\nKindly revert at your earliest convenience.\n\nChidi", "Kindly revert"),
    ("conflictual", "en", False, "Hi Noam,\n\nThe pool shots are overexposed. Please do not call me, I want everything in writing. I need a re-edit without those 2 clips by Wednesday 12:00.\n\nMaricel", '"I want"'),  # guard: held before its fix too
    ("conflictual", "he", False, "שלום אביב,\n\nאני לא מאמין שאני צריך לכתוב את המייל הזה. העיקריות יצאו פושרות. לא משלם שקל נוסף עד שאני מקבל הסבר.\n\nירון", "לכתוב את המייל"),
    ("know-it-all", "en", False, "Hi,\n\nplease note the following for the VO. Kindly do not suggest cutting words as the script is approved by legal. Also please use an American accent.\n\nPriya", "do not suggest cutting"),
    # Round 77: a know-it-all scorning the method ("בזבוז זמן", "amateurish") gives directions;
    # "I understand this is frustrating" misreads them as a complaint.
    ("know-it-all", "he", False, "שלום גלית,\n\nהשיחות והמשחקים שאת עושה איתה זה בזבוז זמן וכסף. מהשיעור הבא בבקשה 30 מילים חדשות כל שבוע עם מבחן, בלי שיחה בכלל.\n\nאיגור", "ברור לי שזה מתסכל"),
    ("know-it-all", "en", False, "Dear Mr. Katz,\n\nThe drafts are amateurish for a B2B audience. Please write 700-900 words per post, no emojis, and send the four posts by Thursday.\n\nSabine", "I understand this is frustrating"),
    # Round 77: a jab or a refused argument gets no field of its own.
    ("conflictual", "he", False, "שלום,\n\nשילמתי 2,380 ₪ והרעש חזר. אתם צוחקים עליי? תתקנו את זה עד סוף השבוע על חשבונכם.\n\nיוסי", "אתם צוחקים עליי"),  # guard: held before its fix too
    ("conflictual", "en", True, "vinegar only, sheets at 30, no bleach. and don't tell me about hygiene standards", "hygiene standards"),
    # Round 75: a time in a past clause is no deadline ("by Monday morning we had 1,200 crash
    # reports", "both were up and running by 10am").
    ("conflictual", "en", False, "Hi Dor,\n\nWe shipped 3.2.0 on Sunday based on YOUR sign-off, and by Monday morning we had 1,200 crash reports. I want a full list of the devices you tested on, and I'm holding this month's invoice until I get it.\n\nAmit", "need it by Monday"),
    ("easygoing", "en", False, "Hey Nir,\n\nThe onboarding setup you did last week worked perfectly, both were up and running by 10am on day one. We've got 3 more joining on the 1st. Just add it to the monthly invoice.\n\nMaya", "need it by 10am"),
    # Round 75: "please do the needful", "let's keep it efficient", "don't tell me he was tired"
    # ask nothing to answer in a field.
    ("know-it-all", "en", False, "Hello sir, received the demo. Kindly change tabla to dhol and remove the piano fully. Make it 140 bpm. Please do the needful and dont change anything else.", "do the needful"),
    ("know-it-all", "en", False, "Hi Yael,\n\nI'd like to drop the hip-strengthening program and spend the sessions on deep tissue work instead. Let's keep it efficient on Thursday.\n\nMark", "keep it efficient"),
    ("conflictual", "en", True, "Max was out 19 minutes today. NINETEEN. We pay for 45. Not paying for this week until you explain. And don't tell me he was tired", "he was tired"),
    # Round 75: "בבקשה לא רק iOS" goes on with the request it is in: one field, not two.
    ("demanding", "he", True, "אחי אני צריך את דוח הבדיקות עד מחר ב9 בבוקר. ותוסיף גם אנדרואיד בבקשה לא רק iOS. ובלי לחייב על זה עוד 🙏", '"בבקשה לא רק iOS"'),
    # Round 75's harmful reply: "I am not getting on another Zoom … everything goes by email".
    ("conflictual", "en", False, 'Ariel,\n\nI am not getting on another Zoom. Every time we "hop on a quick call" I get nothing in writing, so from now on everything goes by email.\n\nThe checkout has been dead since Tuesday. If I don\'t have an answer by 5pm I\'m disputing the last payment with my bank.\n\nPieter', "Happy to talk"),
    # Round 106's harmful replies: a month after "since your round 2 concepts in July" is past; a
    # family stranded without a key gets a field for the key, not only the refund.
    ("dormant", "en", False, "Dear Shira,\n\nApologies for the long silence since your round 2 concepts in July. Can we pick this up again after Sukkot?\n\nMichael", "in July is fine"),
    # Round 107's harmful reply: a month in what the client apologises for ("Sorry for vanishing
    # after our kickoff in January") is past.
    ("dormant", "en", False, "Hi Michal,\n\nLong time! Sorry for disappearing after our planning call in February, our designer left and everything stopped.\n\nWe still want to launch before the summer if it's realistic.\n\nLet me know what you think.\n\nOded", "in February is fine"),
    ("dormant", "he", True, "היי נועה, סליחה שנעלמתי אחרי החגים, היה בלגן בעבודה. אנחנו עדיין רוצים להתקדם עם האתר. מה דעתך?", "אחרי החגים זה בסדר"),
    # Round 108's harmful reply: the month of someone else's deadline ("I think their deadline is
    # sometime in November?") is no time the client puts things off to.
    ("dormant", "en", False, "Hi Orit,\n\nApologies for the silence. We do still want to apply to the foundation this cycle; I think the deadline is sometime in December? I haven't looked at your outline yet.\n\nMaybe we can catch up in the coming weeks?\n\nDana", "in December is fine"),
    ("dormant", "he", True, "היי, עדיין רוצים להגיש לקרן. נראה לי שהדדליין שלהם בדצמבר? עוד לא הספקתי לקרוא את הטיוטה. אולי נדבר בשבועות הקרובים?", "בדצמבר זה בסדר"),  # guard: held before its fix too
    # Round 108: "don't tell me again…", "don't send me the terms again" got fields that invite
    # what the client refused.
    ("know-it-all", "he", True, "אני מגיעה מחר ב-10 עם תמונה. אני רוצה קצר בקו הלסת בלי שכבות. ואל תגידי לי שוב שהתלתלים יקפצו, כבר גזרתי ככה", "ואל תגידי לי שוב"),
    ("conflictual", "en", True, "I cancelled on the 1st and you charged me $45 again!! refund it by tomorrow. and don't send me the terms again", "the terms again"),
    # Someone else's leave is no news of the client's to congratulate.
    ("demanding", "en", False, "Hi Dana,\n\nOur designer is on maternity leave until March, so I'm handling the brochure myself. Can you send the print files by Thursday?\n\nRon", "Congratulations"),  # guard: held before its fix too
    # Round 111: a trial promised is not a refund promised ("the 60-day trial you promised me in
    # writing, so I want a full refund").
    ("conflictual", "en", False, "Hi,\n\nThe hearing aids have whistled since day one. I'm within the 60-day trial you promised me in writing, so I want a full refund of 11,800 NIS, not another appointment.\n\nSteve", "when it will reach you"),
    # Round 111: an insurer's reimbursement is no refund the business owes.
    ("dormant", "he", False, "שלום,\n\nעבר הרבה זמן מאז שקיבלתי ממך את המדרסים. הראל ביקשו ממני עוד מסמך בשביל ההחזר ולא הספקתי לטפל בזה.\nמה בעצם צריך ממך?\n\nמשה", "לגבי ההחזר"),
    ("demanding", "en", True, "can we add one more session this week? Also I need the progress report for Migdal by Sunday, otherwise they won't reimburse", "About the refund"),
    # Round 112: a plea ("come on 🙏") and a go-ahead of trust ("יאללה סומך עליך חביבי") get no
    # field of their own.
    ("demanding", "mixed", True, "אחי ההשקה ביום ראשון וצריך 3 רילז השבוע ולא 2!! I know it's not in the package but it's the launch, come on 🙏 תאשר ASAP", "come on"),
    ("demanding", "he", True, "אחי הלוגו יצא מהמם 👌 רק תחזיר את הצבע לכחול כמו בהתחלה. צריך הכל עד יום ראשון בבוקר כי פותחים את החנות ביום שני. יאללה סומך עליך חביבי", "סומך עליך"),
    # Round 113's harmful reply: a time offered in brackets as a maybe ("השבוע (או בשבוע הבא)") is no
    # put-off to agree to.
    ("dormant", "he", False, "היי דני,\n\nמצטערת על העיכוב, לא שכחתי אותך! הלוגו למדבקות עדיין אצל המעצבת, אני מקווה שתשלח אותו השבוע (או בשבוע הבא).\n\nרוני", "בשבוע הבא זה בסדר"),
    ("dormant", "en", False, "Hi Dan,\n\nSorry for the delay! The logo is still with our designer, I hope she sends it this week (or maybe next week).\n\nRoni", "next week is fine"),
    # Round 113: when the client's purchase order will come is no time the client needs
    # something by.
    ("easygoing", "en", True, "CoA received for batch 112, all good thank you 🙏 Pls proceed with stability for next 3 batches same protocol. PO will come from accounts by Monday", "you need it by Monday"),
    # Round 114's harmful replies: a put-off agreed while the client asks whether a container
    # can wait at the port till then, and while the owner's quoted message says the boy must be
    # back next week.
    ("dormant", "en", False, "Hi Orly,\n\nSorry for the silence, the house sale here has eaten my life. I'll get to the inventory list once settlement is done, probably sometime in March?\n\nThe container can just wait at Haifa port till then, right? It lands on the 2nd I think.\n\nMark", "in March is fine"),
    # Round 114: a trip "מ-5.7 עד 26.7" is no date to have something ready by.
    ("demanding", "he", False, "היי סיגל,\n\nאנחנו טסים לשלושה שבועות, מ-5.7 עד 26.7, כך שאלמה לא תהיה בגן ברוב יולי. ושתשמרי לה את המקום לספטמבר כרגיל.\n\nקרן", "מוכן עד 26.7"),
    # Round 115: "if you have time" softens an ask, it asks nothing of its own.
    ("demanding", "he", True, "היי יש לי 6 שעות הקלטה מכנס, צריך תמלול מלא עד מחר ב8 בבוקר. ותוסיפי גם סיכום של עמוד לכל הרצאה אם יש לך זמן 🙏 שולח לינק עכשיו", "אם יש לך זמן"),
    # Round 115: "Just do it that way ok?" says the position again, with a tag; it asks nothing new.
    ("know-it-all", "en", True, "Hi, re tomorrow's hummus workshop for our group — please skip the soaking overnight + peeling part, total waste of time. My brother in law is a chef and agrees. Just do it that way ok?", "do it that way"),
    # Round 116: a tax refund is the client's claim with the tax office; "כסף על השולחן" is an
    # idiom, no table.
    ("know-it-all", "en", False, "Hi Ronen,\n\nPlease leave the rental condo in Massachusetts off the return, and just file the refund on my Israeli salary (the 106 I sent you).\n\nJason", "About the refund"),
    ("know-it-all", "he", False, "בוקר טוב ליאת,\n\nבבקשה תתקני ותגישי לפי 100% לפני ה-15, אני לא רוצה להשאיר כסף על השולחן. פשוט תעשי.\n\nשרון", "לגבי השולחן"),
    # Round 117: a need cut to its one word and an emoji ("נשמח 🙂", "צריך 🙏") asks nothing.
    ("know-it-all", "he", True, "דנה, לגבי השיעור מחר - בלי השאוואסנה בסוף בבקשה. ותעשי יותר וינאסה מהירה, ככה עושים בסטודיו שאני הולכת אליו. אני יודעת בדיוק מה הגוף שלי צריך 🙏", 'ל"צריך'),
    # Round 118's harmful reply: "אין בעיה… אחכה לעדכון ממך" to a client whose balance is six weeks
    # late and who will come back "when it sorts itself out".
    ("dormant", "he", False, "שלום רינה,\n\nקיבלתי את התזכורת לגבי יתרת התשלום (12,400 ₪) שהייתה אמורה לעבור שבוע אחרי האירוע. יש עכשיו בלגן עם החשבון המשותף של המשפחה.\nאני אחזור אלייך כשזה יסתדר.\n\nיוסי", "אין בעיה"),
    # A fresh-eyes review: ordinary words are no insurer ("המנורה", "מהעבודה"); a refund refused
    # before is not owed; a service "אחרי לידה" and a future leave congratulate no one; the client's
    # own order ("ההזמנה תגיע עד יום חמישי?") keeps its date.
    ("conflictual", "en", False, "Hi,\n\nYou said there's no refund after 14 days, but the course never started. I want my $300 back.\n\nDana", "when it will reach you"),
    ("easygoing", "he", True, "יש לכם עיסוי מיוחד לנשים אחרי לידה? כמה זה עולה?", "מזל טוב"),
    ("dormant", "en", False, "Hi Noa,\n\nCan we pick the project up again after my maternity leave, around September?\n\nDana", "Congratulations"),
    # Round 119's harmful reply: "בעוד 3 שבועות זה בסדר" when the bar mitzvah itself is in three
    # weeks.
    ("dormant", "he", True, "כן ראיתי את התפריט ששלחת, עוד לא סגרנו, אשתי אצל ההורים שלה בלונדון עד ר״ח. ממילא הבר מצווה רק בעוד 3 שבועות. נחזור אליך בעז״ה", "בעוד 3 שבועות זה בסדר"),
    # Round 119: "just do it and bill me" names the bill, not "the bill me".
    ("easygoing", "en", True, "ok all good from our side, thanks Michal. keep the same thursday 11:00 slot for the summer. whatever you think is needed for the deep clean before july, just do it and bill me", "the bill me"),
    # Round 120's harmful replies: "Picking this up in August" when August is the son's plan, not
    # the mother's put-off; a price line for "אתה יודע כמה זה משפיל?" and a field for "זה מה
    # שנקרא נקי?" to a client deducting a fine from the last payment.
    ("dormant", "en", False, "Hi Tamar,\n\nApologies for the silence. Noam and I are still not on the same page. He's leaning toward going straight into the army in August and I think a year at the mechina would be good for him.\n\nCould we maybe talk sometime in the next few weeks once things settle?\n\nLisa", "in August is fine"),
    ("conflictual", "he", False, "מוטי,\n\nכל חדר המדרגות מלא אבק וקיבלתי מכתב מהוועד עם איום בקנס של 800 ₪. אתה יודע כמה זה משפיל?\n\nאמרת לי \"אנחנו עובדים נקי\". זה מה שנקרא נקי?\n\nאני מודיעה לך שאני מקזזת מהתשלום האחרון את הקנס.\n\nרונית", "המחיר:"),
    # …but not quotes counted ("we got 3 quotes") or a score without the cry.
    ("demanding", "en", True, "we got 3 quotes already, yours is the highest. can you do better?", "Congratulations"),  # guard: held before its fix too
    # Round 121: a wait agreed with "אין בעיה" though the client's own event has its date ("האירוע
    # עדיין ב-3 לחודש הבא", "The wedding is still 23 October").
    ("dormant", "he", False, "היי מור,\n\nרק מעדכנת שעוד לא הספקתי לאסוף את כל השמות של העובדים לעטים החרוטים. האירוע עדיין ב-3 לחודש הבא. אשלח ברגע שיהיה לי את הכל, מקווה שבשבוע הבא.\n\nנועה", "אין בעיה"),
    ("dormant", "en", False, "Hi Eyal,\n\nSorry for the silence. The wedding is still 23 October, but we still haven't filled in the questionnaire you sent in July.\n\nMaybe we do it after the chagim?\n\nYael", "after the chagim is fine"),
    # A refund asked for the first time is not spoken of as owed.
    ("conflictual", "en", True, "the cake arrived crushed and two hours late. I want a full refund of $120 today", "when it will reach you"),  # guard: held before its fix too
    # Round 110: the end of a babysitting shift ("מ-16:00 ולא מ-17:00, עד 21:00") and a date the
    # contract set, long past, are no times to have something ready.
    ("easygoing", "he", True, "היי מאיה, שינוי קטן השבוע, ברביעי אני צריכה אותך כבר מ-16:00 ולא מ-17:00, עד 21:00 כרגיל. אם לא מסתדר לך גם בסדר", "מוכן עד 21:00"),
    ("conflictual", "en", True, "WHERE ARE THE REPORTS. its the 9th. contract says monthly report by the 5th. third month in a row", "you need it by the 5th"),
    # Round 105: a month "back in August" is past, no time to put things off to; a meal's time
    # ("for lunch by 1pm") is no date to have something ready.
    ("dormant", "en", False, "Hi Oren,\n\nSorry for the radio silence. I know you sent the final proof for the illuminated reception sign back in August and were waiting on our sign-off. Can we revisit in the spring?\n\nSarah", "in August is fine"),
    ("demanding", "en", False, "Hi Yossi,\n\nWe'd like to add the City of David tunnels after the Kotel ceremony, and still be at Mamilla for lunch by 1pm. We need a revised quote by tomorrow morning US time.\n\nRachel", "you need it by 1pm"),
    # A fresh-eyes review of rounds 94-104's readings: smoke that "started" is a danger; "reverse the
    # 2 photos" asks no money back; a deposit paid "את המקדמה" is paid; "אני אגיד לך מה הבעיה" is a
    # complaint, not a client who will be back.
    ("dormant", "en", True, "The outlet in the kitchen started to smoke. Can we leave it till after the holidays?", "fine by me"),
    ("demanding", "en", True, "Can you reverse the 2 photos on page 3? and make the logo bigger", "About the refund"),
    ("easygoing", "he", True, "שילמתי את המקדמה אתמול, כמה נשאר לשלם?", "המקדמה: ["),
    ("demanding", "he", True, "אני אגיד לך מה הבעיה: הצבע של הלוגו לא נכון", "אחכה לעדכון ממך"),
    # Round 104's harmful reply: a deposit told as paid is not asked for again; "עוד כמה תיקונים" asks
    # no price.
    ("conflictual", "he", True, "אחי אני לא מאמין. שילמנו לך 2,500 ₪ מקדמה לפני חודש והקליפ עדיין לא אצלנו. ההשקה של הסינגל ביום חמישי ואתה שולח לי ״עוד כמה תיקונים״?? כל הלהקה מחכה עליך. אם עד מחר בערב אין קובץ סופי אני מבקש את הכסף חזרה וכותב בדיוק מה קרה בכל הקבוצות של המוזיקאים שאני מכיר", "המקדמה:"),
    ("easygoing", "en", True, "hi! we paid the deposit last week 🙂 how much is the balance and when do you need it?", "The deposit is ["),
    # Round 103's harmful replies: what a fault told asks to put right (a tenant's AC, cracked tiles
    # to fix at the owner's expense) is no addition to price; "היא כנראה תוסיף" is a third person.
    ("demanding", "he", True, "היי זה שירן מסוקולוב 12 המזגן בסלון עדיין לא מקרר כשהטכנאי מגיע מחר שיחליף כבר את כל המזגן הוא בן 12 שנה אין טעם לתקן ושיסתכל גם על המזגן בחדר של הילדים ועל הידית של החלון שנשברה ואני מבקשת הנחה בשכירות על השבוע בלי מזגן באוגוסט לפחות 500 שקל ועוד משהו אפשר שיגיע ב-7 בבוקר כי אני עובדת", "לגבי התוספת"),
    ("demanding", "he", False, "קובי שלום,\n\nאני כותב גם בשם אשתי, למרות שהיא כנראה תוסיף משהו משלה.\nהריצוף באמבטיה הגדולה יצא עקום. הפוגות לא ישרות, יש אריח סדוק ליד האסלה והשיפוע במקלחת הפוך – המים עומדים ליד הדלת. שילמנו לך 2 תשלומים מתוך 4, ואת התשלום השלישי (18,000 ₪) אנחנו לא מעבירים עד שזה מתוקן על חשבונך. ואם תגיד לי שוב ש\"ככה זה עם אריחים גדולים\", אני מביא שמאי.\n\n–––\nזו ענבל. רק להבהיר: אני לא חושבת שהכל עקום, יגאל מגזים. הבעיה האמיתית היא השיפוע והאריח הסדוק, ואת זה אני רוצה מתוקן עד שבוע הבא כי אי אפשר להתקלח שם. ובלי שמאים בבקשה, אני לא רוצה מלחמה.\n\nיגאל וענבל", "לגבי העלות"),
    ("conflictual", "he", False, "קובי שלום,\n\nאני כותב גם בשם אשתי, למרות שהיא כנראה תוסיף משהו משלה.\nהריצוף באמבטיה הגדולה יצא עקום. הפוגות לא ישרות, יש אריח סדוק ליד האסלה והשיפוע במקלחת הפוך – המים עומדים ליד הדלת. שילמנו לך 2 תשלומים מתוך 4, ואת התשלום השלישי (18,000 ₪) אנחנו לא מעבירים עד שזה מתוקן על חשבונך. ואם תגיד לי שוב ש\"ככה זה עם אריחים גדולים\", אני מביא שמאי.\n\n–––\nזו ענבל. רק להבהיר: אני לא חושבת שהכל עקום, יגאל מגזים. הבעיה האמיתית היא השיפוע והאריח הסדוק, ואת זה אני רוצה מתוקן עד שבוע הבא כי אי אפשר להתקלח שם. ובלי שמאים בבקשה, אני לא רוצה מלחמה.\n\nיגאל וענבל", '"תוסיף משהו משלה"'),
    # Round 102: the client's own time ("אשלח לכם בוואטסאפ עד 5:00") is no time to have something
    # ready; an insurer's share ("Maccabi only reimburses 120") is no refund asked; a wish ("יהיה
    # מושלם") is no praise.
    ("demanding", "he", False, "היי צוות,\n\nמהשבוע הבא אני צריך כמה שינויים:\n– משלוח כל בוקר ב-5:30\n– לשנות את התפריט כל יום לפי השקילה שלי בבוקר, אשלח לכם בוואטסאפ עד 5:00\n\nגיא", "מוכן עד 5:00"),
    ("demanding", "en", False, "Hi Dr. Levin,\n\nCould you move our sessions to after 20:00? And since Maccabi only reimburses 120 ₪ of the 480 ₪ per session, would you consider lowering the fee to 350?\n\nAlon", "About the refund"),
    ("demanding", "he", True, "היי אורית סליחה על השעה 🙈 צריכה 30 חלות למחר בבוקר לאירוע בעבודה. אפשר עד 7:30? ואם יוצא פחות מ15 ₪ לחלה יהיה מושלם", "כיף לשמוע"),
    # Round 101's harmful reply: a date set against the owner's own period ("עד יום ראשון, לא עוד 6
    # שבועות") is not said back; "how I want it" is no ask; a referral's praise is no sarcasm; an
    # urgency asked about names no time.
    ("demanding", "he", True, "תקשיבי, אני צריכה את כל התמונות מהחתונה עד יום ראשון, לא עוד 6 שבועות. ושתערכי את כולן ולא רק 80", "מוכן עד"),
    ("demanding", "en", True, "listen I need all the wedding photos by Sunday, not in 6 weeks. and edit all of them not just 80", "you need it by"),
    ("conflictual", "he", True, "פתחתי את הקופסה מול 30 אורחים ואין כיתוב!!! ביקשתי במפורש \"מזל טוב אבי 40\" ואפילו שלחתי לכם צילום מסך של איך שאני רוצה את זה\nאני רוצה את כל הכסף בחזרה", '"רוצה את זה"'),
    ("easygoing", "he", True, "היי, קיבלתי את המספר שלך מיעל מהגן היא אמרה שאתם תותחים 🙏 צריכה ניקיון אחרי שיפוץ לדירת 4 חדרים בחולון, כניסה ב-1 לחודש. תגיד מתי נוח לך ומה המחיר", "צר לי"),
    ("dormant", "en", True, "hey sorry, been slammed. is the domain thing still urgent or can it wait till I'm back from the states?", "About urgent"),
    # Round 100: a time taken back or left open right after it ("actually not sure about next week
    # either", "אולי יותר", "could be next week, could be after the conference") is not agreed to; a
    # date the client says may slip ("אבל אם לא זה גם בסדר") is not said back; a refused explanation
    # and a past "should have" get no field.
    ("dormant", "en", True, "hey sorry just seeing this 🙈 we were in Eilat all week. re the interview with Tanya, can we do next week? actually not sure about next week either, my husband is in miluim. let me check and get back to u", "fine by me"),
    ("dormant", "he", False, "היי ליאור,\n\nסליחה שנעלמתי. אני יודע שהיינו צריכים לעשות את הטיפול השני נגד הפשפשים לפני שבועיים, אבל הייתי במילואים ואחר כך אצל ההורים בקריית גת. אני עדיין לא בטוח מתי אני חוזר לדירה, אולי בעוד שבוע-שבועיים, אולי יותר.\n\nנדבר כשאני חוזר?\n\nעומר\n\nנשלח מה-iPhone שלי", "זה בסדר מבחינתי"),
    ("dormant", "en", False, "Hi Tamar,\n\nLegal is still reviewing the brochure. Honestly they could sign off next week, could be after the conference.\n\nMark", "next week is fine"),
    ("easygoing", "he", False, "היי עומר,\n\nנלך על המסלול השנתי. תשלח לי את ההסכם ואת פרטי התשלום ונצא לדרך.\nהייתי שמחה שזה יעבוד לפני ה-1 לחודש, אבל אם לא זה גם בסדר.\n\nסיוון", "מוכן לפני"),
    ("know-it-all", "he", False, "היי שני,\n\nאני רוצה שבעמוד הבית יופיעו כל 12 הטיפולים. אני מכירה את המטופלים שלי. פשוט תעשי ככה בבקשה, אין צורך בעוד הסברים.\n\nמיכל", 'אין צורך בעוד הסברים"'),
    ("dormant", "he", False, "היי ליאור,\n\nאני יודע שהיינו צריכים לעשות את הטיפול השני נגד הפשפשים לפני שבועיים, אבל הייתי במילואים. נדבר כשאני חוזר?\n\nעומר", "צריכים לעשות את הטיפול"),
    # Round 99's harmful reply: "Are you still free sometime in August?" asks about the month, it
    # puts nothing off; a cry at the person, disbelief and a third person's future get no field;
    # the client's own delivery put off is agreed to without "let's talk again then".
    ("dormant", "en", False, "Hi Shira,\n\nSo sorry for the radio silence. We are still keen on the family shoot! Are you still free sometime in August? I can't give you exact dates yet.\n\nClaire", "in August is fine"),
    ("conflictual", "he", True, "עדן מה קורה איתך??? בחוזה עם המוכר כתוב תשלום שני עד ה15 ועדיין אין אישור סופי מהבנק. תעני כבר לטלפון", 'מה קורה איתך"'),
    ("conflictual", "he", False, "לכבוד משרד עו\"ד,\n\nאני לא מאמינה שאני צריכה לכתוב את זה. התרגום נדחה היום בשגרירות כי כתבתם את שם המשפחה שלי לא נכון. אני דורשת תיקון עד מחר.\n\nצביה", 'צריכה לכתוב את זה"'),
    ("easygoing", "mixed", True, "תודה!!! the essay tips were a game changer honestly 🙏 קיבלתי 92 על החיבור. אמא שלי תעביר לך את ה-360 היום בביט. can we do Thursday at 5 again?", "תעביר לך את ה-360"),
    ("dormant", "en", False, "Hi Eitan,\n\nApologies for the radio silence. I know you've been waiting on the raw recordings. I'll dig them out, hopefully next week or the week after.\n\nSophie", "talk again then"),
    # Round 98: "in person" in a compliment asks no meeting; a contract sent with an invoice or a
    # slot to book is not promised alone; a time the client says they do not know is not agreed to.
    ("easygoing", "en", False, "Hi Lior,\n\nEpisode 3 sounds brilliant, she sounds even sharper than she is in person. Let's carry on the same way for episodes 4 to 6. Could you send the invoice for the next batch?\n\nHannah", "A meeting works for me"),
    ("easygoing", "en", True, "Hi Gil! Loved the demo read, take 2 pacing is perfect. Just send over the contract + invoice and book whatever slot works for you next week. 14 modules, script is final 👍", "I'll send the contract by"),
    ("dormant", "en", False, "Hi Efrat,\n\nSorry it's been so long. I honestly don't know when I'll have the final text, maybe after Pesach, maybe later. Let's just keep it on hold for now? I'll get back to you when there is news.\n\nRivka", "after Pesach is fine"),
    # Round 97: an explanation or an apology refused gets no field; no time to talk is asked of a
    # client who will say when; "won't hold until the evening" and a corrected invoice's date in a
    # billing dispute are no dates to have something ready; "the round closes" names no thing; "how
    # many treatments are needed" is the owner's to say, no need of the client's.
    ("know-it-all", "he", False, "היי ליאת,\n\nאני רוצה ווליום רוסי בעובי 0.15, אורך 16 מ\"מ. תקבעי לי ליום רביעי ב-11:00 ותכיני את מה שביקשתי. ולא צריך שוב את ההסבר על משקל על הריס.\n\nMaya", "ולא צריך שוב את ההסבר"),
    ("know-it-all", "he", True, "תקשיב, ותחזור לקולר חנק כמו שביקשתי, ראיתי מאלף בטיקטוק. אני לא צריך שתסביר לי פשוט תעשה ככה", "שתסביר לי"),
    ("conflictual", "en", False, "Daniel,\n\nI've found 14 errors in the manual. I'm not paying the remaining $2,800 until every error is fixed. Don't send me another apology, send me a fixed PDF.\n\nGreg", 'another apology"'),  # guard: held before its fix too
    ("dormant", "he", True, "היי אורנה שוב אני מבטלת פשוט השבוע הזה היה משוגע אז אין מצב שאני מגיעה מחר ב10 אני ממש מצטערת אז בואי נדבר שבוע הבא ואני אגיד לך מתי מתאים לי טוב תודה", "אפשר לדבר ב-"),
    ("demanding", "he", False, "אבי יקר,\n\nביום שישי יש לי בר מצווה. אני יודעת שאתם סוגרים בשישי ב-13:00, אבל אני צריכה בדיוק ב-14:00, אחרת הפן לא יחזיק עד הערב.\n\nאורלי", "מוכן עד"),
    ("conflictual", "he", False, "שלום רועי,\n\nקיבלתי את החשבונית על 38,000 ₪ ואני בהלם. אף אחד לא ביקש מכם לבדוק את ה-AWS. לא אישרנו את זה בכתב ולא נשלם על זה אגורה. אם לא תגיע חשבונית מתוקנת עד יום ראשון אני מעביר את זה לעורך הדין שלנו.\n\nאלון", "מוכן עד"),
    ("dormant", "en", True, "hey Amir sorry for going quiet. re the retest of the 3 critical findings, lets do it after the round closes, prob August", "round closes:"),
    ("easygoing", "he", False, "שלום,\n\nחבר שלי עשה אצלכם סדרה. אני לא מבין בזה כלום וסומך עליכם לגמרי לגבי כמה טיפולים צריך ואיזה מכשיר. תשלחו לי מה צריך ואני סוגר.\n\nדני", "צריך ואיזה מכשיר"),
    # Round 96: a sum's comma cuts no request; a refund's date is no date to have something ready;
    # a format set against another ("JPG and not RAW") is
    # no promise to send; an addition the owner's own words told back is none the client asks.
    ("conflictual", "he", True, "הנהג שלכם שרט לי את המקרר החדש לכל האורך ועכשיו אתם לא עונים???\nאני רוצה 1,200 ₪ פיצוי עד מחר בערב או שאני פותח תביעה קטנה", '"אני רוצה 1"'),
    ("conflictual", "he", True, "הנהג לא הגיע!!!! לקחתי מונית מהרחוב ב-420 ₪ וכמעט פספסתי את הטיסה\nאני לא רוצה עוד התנצלות, אני רוצה את ה-420 בחזרה. עד סוף השבוע", "מוכן עד"),
    ("know-it-all", "en", False, "Dear Yoni,\n\nWe will do it at 12:30 on the Haas Promenade. Also please shoot everything in JPG and not RAW, so you can send them the same evening.\n\nBest regards,\nMargit", "send the JPG"),
    ("demanding", "he", False, "שלום דורון,\n\nגיל מתגייס ב-10.8 ואנחנו חייבים שהטסט יהיה לפני. אני יודע שאמרת שהוא צריך עוד 10 שיעורים לפחות, אז בוא נעשה שני שיעורים כפולים בשבוע.\n\nאבי", "לגבי התוספת"),
    # Round 95's harmful replies: "the july session" is no time to put things off to; "what's the
    # use of 24/7 if nobody answers??" is a jab, no field of its own; a sum cried out beside an
    # injury is no surprise charge.
    ("dormant", "en", True, "hey sorry only seeing ur msgs now, I was in miluim 5 weeks. is there still a place for Itai in the july session (1-19.7)? I'll send the health form when I can", "fine by me"),
    ("conflictual", "he", True, "אני מתקשרת כבר 4 פעמים למספר החירום ואף אחד לא עונה!!! הכלב מקיא מ9 בערב ועכשיו יש דם בקיא. בשביל מה אתם כותבים 24/7 אם אין אף אחד?? לאן אני נוסעת עכשיו???", "בשביל מה"),
    ("conflictual", "he", True, "אספתי את ג'ינג'י מהפנסיון והוא מלא קרציות ויש לו פצע פתוח ברגל!!! 180 ש\"ח ללילה על 6 לילות וזה מה שאני מקבל?? אני רוצה הסבר עכשיו", "הסכום הזה הפתיע"),
    ("conflictual", "en", True, "picked up Max from boarding and he's full of ticks and has an open wound on his leg!!! 180 a night for 6 nights and this is what I get?? I want an explanation NOW", "came as a surprise"),  # guard: held before its fix too
    # Round 95: "extend by 2–3 days" is no time of day; VAT on a price is no clock beside a put-off;
    # a talk put off to "after the chagim" gets no time to talk.
    ("demanding", "en", False, "Hi Tali,\n\nWe're flying out on the 14th for 10 nights. Could you do a third visit at the same daily rate? We may extend by 2–3 days but won't know until the day before.\n\nRachel", "need it by 2"),
    ("dormant", "he", False, "שלום רב,\n\nבהמשך להצעה שלכם להדברת ג'וקים בחדר האשפה (680 ₪ + מע\"מ), סליחה על העיכוב. עדיין לא קיבלנו אישור מכל חברי הוועד. אני מעריכה שנחזור אליכם אחרי החגים.\n\nרונית", "לגבי הדחייה"),
    ("dormant", "mixed", True, "סליחה סליחה 🙈 שכחתי לגמרי לחזור אלייך, היה בלאגן עם המעבר דירה. Let's talk after the chagim about drums for Omri, ok? כרגע אין לי ראש לזה בכלל", "אפשר לדבר ב-"),
    # Round 94's harmful reply: a put-off agreed to while the owner's message quoted under it says
    # the tenants have no hot water; the same in Hebrew, and told by the client.
    ("dormant", "en", False, "Hi Yael,\n\nSo sorry, I've been underwater with year-end. Can we park the boiler thing for now? I'm hoping to be in Tel Aviv sometime in April and I'd rather see it myself.\n\nThanks,\nJonathan\n\nOn 3 Feb, at 10:12, Yael Mizrahi wrote:\n> Hi Jonathan, the tenants have had no hot water since the weekend. The plumber quoted 3,400 to replace the boiler. Can you approve?", "fine by me"),
    ("dormant", "he", False, "היי יעל, סליחה על השקט. אפשר לדחות את עניין הדוד לאחרי פסח? אני אגיע לארץ ואז נראה.\n\nתודה, יונתן\n\nבתאריך 3 בפברואר, 10:12, יעל כתבה:\n> היי יונתן, הדיירים בלי מים חמים מאז סוף השבוע. האינסטלטור הציע 3,400 ש״ח להחלפת הדוד. מאשר?", "אין בעיה"),
    ("dormant", "en", True, "sorry sorry crazy month. the kitchen tap is leaking again but can we do it after the holidays?", "No problem"),
    # Round 94: smoking as a habit is no danger: no line on safety.
    ("demanding", "en", False, "Bonjour Mr. Levi,\n\nI want that you visit the apartment every two weeks and check that the tenants do not smoke inside. Can we make 6% from May?\n\nHélène", "for safety"),
    # Round 94: "the final invoice including the extra evening" is named without its preposition.
    ("easygoing", "en", False, "Dear Yossi,\n\nThank you for everything! Please send the final invoice including the extra evening in Jerusalem and we'll settle it this week.\n\nMargaret", "including:"),
    # Round 94: a date for an offer or an answer, and a date moved against the one agreed, are no
    # delivery dates to say back.
    ("conflictual", "he", False, "אריאל,\n\nקיבלתי את הגלריה. אין אפילו תמונה אחת של יעלי עם סבתא שלה. אני לא מוכנה לשלם את ה-3,500 שנשארו. אני מצפה להצעה רצינית עד יום ראשון.\n\nשרית", "מוכן עד"),
    ("demanding", "he", False, "היי עידו,\n\nאנחנו מאוד אוהבים את הקליפ! את הסרט המלא אנחנו צריכים עד 10.6 ולא סוף יולי כמו שסיכמנו, כי ההורים טסים.\n\nעמית ומאיה", "מוכן עד"),
    ("demanding", "en", False, "Hi Eran,\n\nWe need the cost report submitted by this Thursday, not end of month as planned - our financier wants it.\n\nSophie", "you need it by"),
    ("easygoing", "he", True, "מעולה תודה!! לגבי הדוח השנתי - איך שאת רואה נכון. רק תגידי לי עד סוף השבוע כמה זה יעלה", "מוכן עד"),
    # Round 74's harmful reply: "אין בעיה" to a retainer frozen beside a put-off reads as a yes;
    # the request gets its field and the opening only acknowledges.
    ("dormant", "he", False, "היי דניאל,\n\nמתנצלת על השקט. הקמפיין עוד לא אושר, אולי אחרי פסח.\n\nאפשר בינתיים להקפיא את הריטיינר ולחזור כשנהיה מוכנים?\n\nהילה", "אין בעיה"),
    ("dormant", "en", True, "sorry, crazy month. I'll be back after the holidays. can you hold my tuesday spot meanwhile?", "No problem"),
    # Round 73's harmful reply: calls refused in lower case without the apostrophe, and in a
    # formal "do not propose a call".
    ("conflictual", "en", True, "dont call me again. 3 calls this week and every time the number goes up. quote said ₪14,000, invoice says ₪16,200. explain IN WRITING, line by line, or im paying 14 and were done", "Happy to talk"),
    ("demanding", "en", False, "Dear Avi,\n\nPlease run the payroll for the two new hires too. I assume the current ₪3,200/month covers all of this. Please do not propose a call; I prefer everything in writing.\n\nIngrid", "Happy to talk"),  # guard: held before its fix too
    # Round 65: "צריך עד ראשון", the main ask's deadline in other words, gets no field.
    ("demanding", "he", True, "בנק צריך דוח שנתי 2023 מאושר עד יום ראשון, בלי זה אין משכנתא. אני יודע שאמרת סוף חודש אבל צריך עד ראשון. ועוד, תעשה גם לאשתי דוח ביחד, זה לא הרבה עבודה נכון?", '"צריך עד ראשון"'),
    # Round 66: "do as I say" gets no field of its own, in either language of a mixed message.
    ("know-it-all", "mixed", False, "Here's what we'll do: put our 40 main keywords in the footer on every page, and buy 200 backlinks. תעשה בבקשה כמו שאני אומר, אין צורך בעוד מצגת.", "כמו שאני אומר"),
    ("know-it-all", "he", False, "תעביר את השיעור לרביעי באותה שעה. תן לו את דף הנוסחאות ותעברו על בגרות 2019. סומך עליך שתיישר קו.", "שתיישר קו"),
    ("know-it-all", "en", False, "I want the widest lens you have and strong HDR. Just shoot it my way please", "my way"),
    # Round 66: a talk put off to a time agreed to gets no second time to talk.
    ("dormant", "he", True, "סליחה שנעלמתי, אין לי כרגע ראש לזה. אפשר לדבר אחרי פסח?", "אפשר לדבר ב-"),
    ("dormant", "en", True, "Can we talk about the price after Pesach? no head for it now", "Happy to talk at"),
    # Round 67's messages: a refund whose own words hold its sum takes no other sum.
    ("conflictual", "en", True, "Your driver never came. I want my $140 back plus the ₪380 taxi, today.", "(₪380)"),
    # Round 68: an ultimatum's date is not said back as a deadline agreed.
    ("conflictual", "en", False, "You assured me payments were fully tested. If this is not fixed by Friday I will dispute the last payment with my bank. I expect a written explanation TODAY.", "need it by Friday"),
    # Round 68: a past plan's month is no put-off.
    ("dormant", "en", False, "I know we'd pencilled in the first four episodes for recording in February, which obviously didn't happen. I do still want to do it. Can we maybe pick it back up sometime in the next few weeks?", "in February is fine"),
    # Round 72's harmful reply: a call offered to a client who wants everything in writing and
    # quotes the call he refuses.
    ("conflictual", "en", False, "Your quote of another $3,800 for the blog is a shakedown. We are not paying it. I've copied our attorney, and from now on I want all communication in writing — no more \"let's hop on a quick call\" to smooth things over.", "Happy to talk"),
    # Round 70: the balance held back is not the refund's sum.
    ("conflictual", "he", False, "אני לא מעבירה את יתרת התשלום של 14,000 ₪ עד שתסביר לי מה קרה, ואם לא אקבל החזר משמעותי אני הולכת לעורך דין", "(14,000 ₪)"),
    # Round 69: "same deal as last time is perfect" books a ride; it praises nothing.
    ("easygoing", "en", True, "Hi Avi! landing Thursday 23:40 from JFK, 2 adults 2 kids + 5 big suitcases. same deal as last time is perfect. dont forget the booster seats this time lol", "lovely to hear"),
    # Rounds 158-159: how not to answer, a softened "just do it" and a rhetorical sum get no field
    # of their own, and a polite form refused takes no stock sorry.
    ("know-it-all", "en", True, "make the buttons red not teal. no need to argue just do it pls", 'answer to "just do it'),  # guard: held before its fix too
    ("know-it-all", "en", True, "make the buttons red not teal. no need to argue just do it pls", 'answer to "no need to argue'),
    ("conflictual", "en", True, "SITE IS DOWN AGAIN!!! this is what i pay 450 a month for?? fix it NOW or im moving to shopify", 'answer to "this is what i pay'),
    ("conflictual", "he", True, "אני רוצה החזר מלא עד מחר. אל תשלחו לי הודעה מנומסת, תחזירו כסף", "צר לי"),
    ("know-it-all", "he", False, "שלום ניר,\nאני רוצה שהצנרת תהיה בפקסגול. אין צורך לשכנע אותי אחרת, פשוט תעדכן את ההצעה.\nאלון", "לשכנע אותי"),
    # Round 160: a call for attention gets no field of its own.
    ("conflictual", "en", True, "hello?? we are outside with 2 kids and the code you sent DOESNT WORK. called you 5 times", 'answer to "hello'),
    ("conflictual", "he", True, "הלו?? אנחנו בחוץ עם הילדים והקוד ששלחת לא עובד", 'ל"הלו'),  # guard: held before its fix too
    # Round 158: "Could you please:" over a list asks nothing of its own.
    ("demanding", "en", False, "Hi,\n\nI'd like to return 2 of the 5 pieces. Could you please:\n- email me a prepaid return label,\n- refund the full amount for both.\n\nBest,\nJessica", 'answer to "Could you please'),
    # Rounds 160-161: a vague "more", a list's lead and a softened "arrange it" get no field; a
    # quoted stock line refused gets none either.
    ("demanding", "he", False, "היי שחר,\nאני שמחה עם הליווי אבל מרגישה שאני צריכה יותר. אני רוצה צ'ק-אין יומי בוואטסאפ, גם בערב.\nהילה", 'ל"צריכה יותר'),
    ("demanding", "he", False, "שלום,\nקיבלתי הצעת מחיר של 2,850 ש\"ח ואני מבקש כמה דברים:\n1. הנחה של 15%.\n2. שהמשקפיים יהיו מוכנים תוך שבוע.\nיצחק", 'ל"ואני מבקש כמה דברים'),
    ("demanding", "he", True, "the group is now 55 not 40 🙃 אפשר עוד מדריך בלי תוספת? בקיצור תסדר אחי 🙏", 'ל"תסדר אחי'),
    ("conflictual", "en", True, "the van was 50 min late. don't send me the \"we value your feedback\" crap. I want a full refund", 'answer to "don\'t send me'),
    ("easygoing", "en", False, "Hi Yael,\n\nDana gave me your number. That's all the reference I need :)\nJust send me the payment details and the pool address.\n\nThanks,\nClaire", 'answering "I need'),
    # Round 161: a price kept is answered by the price line, not by a second field.
    ("demanding", "en", True, "אפשר להוסיף עוד שני שיעורים השבוע? And please keep the same price, 180 per lesson, not the extra you said for weekends", 'answer to "And please keep'),
    # Rounds 162 and 165: an answer wanted by a date, or a time to be back by, is no work said
    # back as due; a thank-you framed "אתם פשוט מדהימים" is not met as a complaint; what the fee
    # is for is no payment held back.
    ("conflictual", "he", False, "רועי,\nהחתונה הייתה במרץ ועוד אין אלבום.\nעד יום ראשון אני רוצה במייל תאריך מסירה מחייב. אם לא – אני מבטל את הצ'ק האחרון ופונה לתביעות קטנות.\nעמית", "צריך להיות מוכן עד יום ראשון"),
    ("demanding", "he", True, "היי עמית, אפשר להוסיף עצירה בראש פינה וגם קפה בצפת? ואם אפשר לחזור לת״א עד 19:00 כי יש לנו הופעה", "צריך להיות מוכן עד 19:00"),
    ("easygoing", "en", False, "Dear Adi,\n\nSarah landed last night. Thank you for the way you handled her homesickness. אתם פשוט מדהימים, באמת.\n\nWe'd be happy to be a reference, just give them my email.\n\nBeth", "frustrating"),
    ("demanding", "he", False, "שלום אלון,\nרשמת רק 45% מהוצאות הרכב. אני לא משלם לכם כדי להיות זהירים – אני משלם כדי לחסוך לי מס.\nאז תתקן בבקשה ל-100% ותשלח לי טיוטה חדשה עד יום ראשון.\nיוסי", "לגבי התשלום"),
    # Round 164: "מבקש לשנות:" over a list gets no field of its own.
    ("know-it-all", "he", False, "עו\"ד שלום רב,\nקיבלתי את הטיוטה. מבקש לשנות:\n– להוריד את כל סעיף הנאמנות\n– את סעיף הפיצוי המוסכם תורידי, רק מסבך\nתודה,\nאלון", 'ל"מבקש לשנות'),  # guard: held before its fix too
    # Rounds 163 and 165: a payment the client will "come back to", or money named unpaid, is
    # not waited for with "no problem"; a payment gateway is no payment.
    ("dormant", "en", False, "Dear Michal,\n\nWe have to put the research project on hold for the moment, possibly Q3.\n\nRegarding your questions from 14 April (scope, access, the payment for March): I will come back to you about this as soon as possible.\n\nKind regards\nStefan", "No problem"),
    ("dormant", "he", True, "היי אבי ראיתי את ההודעות שלך על המקדמות לביטוח לאומי שלא שולמו. אני באמצע עונת חתונות. בוא נחזור לזה בינואר כשיהיה שקט 🙏", "אין בעיה"),
    ("dormant", "en", False, "Hi Ido,\n\nSorry for the radio silence. Maybe we hold off on the launch? I'll get back to you about the payment gateway too once things calm down.\n\nYossi", "About the payment:"),  # guard: held before its fix too
    # Round 167: a review threatened gets no "Thank you!", whatever the label.
    ("easygoing", "en", True, "your guys just left and the big mirror is CRACKED. i want it paid or the photos go on google and all the olim facebook groups today", "Thank you!"),
    ("easygoing", "he", True, "המראה נשברה בהובלה. אני רוצה שתשלמו עליה או שאני כותבת ביקורת בגוגל היום", "תודה רבה!"),
    # The fresh-eyes review: a named request softened still asks; blame beside praise is met.
    ("easygoing", "en", False, "The site looks great, thanks! But the contact form hasn't sent leads for a week, it's your fault I lost clients.", "lovely to hear"),
    # Round 169: "next week, so probably after that" puts off past next week; apologies refused
    # get no "Thank you!".
    ("dormant", "en", False, "Hi Yael,\n\nI still haven't got the pre-authorisation from Allianz. I'm in Eilat with the kids next week, so probably after that.\n\nCould we just hold off on booking for now? I'll get back to you once I hear something.\n\nMark", "next week is fine"),
    ("dormant", "he", False, "היי יעל,\nאני באילת עם הילדים בשבוע הבא, אז כנראה אחרי זה.\nאפשר לחכות עם הקביעה בינתיים?\nמרק", "בשבוע הבא זה בסדר"),
    ("easygoing", "en", True, "3rd time you've rescheduled me. THIRD. dont bother apologising again, just tell me yes or no is Dr Avraham seeing me on the 12th", "Thank you!"),
    # Round 171: money the client cannot talk about now gets no price line.
    ("demanding", "he", False, "שלומי שלום,\nאבא שלי נפטר הלילה. אני צריך את השירותים עובדים עד שבת בערב. תביא עוד עובד. על תוספת אני לא יכול לדבר עכשיו, אחרי השבעה נדבר.\nאבי", "לגבי התוספת"),
    ("demanding", "en", False, "Hi Dan,\nMy father passed away last night. I need the guest toilet working by Saturday. Bring another worker. I can't talk about the extra cost right now, we'll talk after the shiva.\nAvi", "About the addition"),  # guard: held before its fix too
    # Round 172: tables that "look like after a funeral" get no condolences.
    ("conflictual", "he", True, "הפרחים שהגיעו לאולם נבולים לגמרי!!! השולחנות נראים כמו אחרי לוויה. תסבירי לי איך זה קרה", "משתתפים בצערך"),
    # Round 177: a first enquiry asking for an extra at no charge has agreed nothing yet.
    ("demanding", "he", False, "שלום,\n\nאני מתעניינת בחבילת 6 טיפולים לרגליים מלאות שפרסמתם באינסטגרם ב-1,800 ₪.\nראיתי שבקליניקה ברחוב סוקולוב מציעים את אותה חבילה ב-1,450, אז אשמח אם תשוו מחיר. בנוסף, אם אני לוקחת רגליים, אני מצפה שבית שחי ייכנס בחבילה בלי תוספת, זה חצי דקה טיפול.\n\nתודה,\nשני אברהם", "שסיכמנו"),
    # Round 175: a dormant client's request for the put-off in its own words is answered by the
    # line that agrees to wait; one that names a thing of its own keeps its field (below).
    ("dormant", "he", True, "היי סורי סורי!! שכחתי לגמרי לענות לך על המוזיקה 🙈 המנהלת רוצה לשמוע שוב את שני השירים. אפשר שנחזור אליך אחרי השבוע הבא?", 'ל"אפשר שנחזור'),
    ("dormant", "en", False, "Hi Dana,\n\nSorry for the silence, it has been a crazy month. We still want to do the trip with you, probably in May. Can we leave it open for now and I'll come back to you once we have dates?\n\nThanks,\nTal", 'to "Can we leave it open'),
    # Round 178: an appraiser who is to come by tomorrow noon is no work to be ready by then.
    ("conflictual", "he", True, "3 שבועות האוטו עומד במוסך ושום שמאי לא הגיע. אם עד מחר בצהריים לא מגיע שמאי אני מגיש תלונה", "מוכן עד"),
    ("conflictual", "en", True, "3 weeks the car is at the garage and no assessor came. If by tomorrow noon nobody shows up I'm filing a complaint", "you need it by"),
    # Round 178: "ההחזרים של הלוואת הרכב" (a loan's repayments) the bank clerk mentioned is no refund
    # the owner promised, so the refund demanded gets no "when it will arrive".
    ("conflictual", "he", False, "שלום גיל,\n\nאתמול קיבלנו סירוב מהבנק. רק עכשיו הפקידה אמרה לנו שיש בעיה עם ההחזרים של הלוואת הרכב. איך לא בדקת את זה? אנחנו דורשים את המקדמה בחזרה עד סוף השבוע, אחרת עורך דין.\n\nאורנה", "מתי הוא יגיע"),
    # Round 179: a month asked about for the owner's free dates is no put-off to agree to.
    ("dormant", "en", False, "Hi Noa,\n\nSorry, it's been five months. We're finally ready to do this! Do you still have any Thursdays in August for the Kotel?\n\nJen", "in August is fine"),
    ("dormant", "he", True, "היי, סליחה שנעלמתי! אנחנו סוף סוף מוכנים. יש לכם עוד תאריך פנוי בחודש הבא לצילומים?", "זה בסדר מבחינתי"),  # guard: held before its fix too
    # Round 185: a date set with a move to another supplier is an ultimatum, not agreed back.
    ("conflictual", "en", True, "Great job guys, really. The certificate expired in January and nobody told me. I want a valid letter by tomorrow morning or I'm moving to another agency", "you need it by"),
    # Round 191: a roommate's friends "until 3 at night" is when the noise ends, not a deadline.
    ("conflictual", "he", False, "שלום אבי,\n\nזו הפעם השלישית שאני כותב לך על השותף שמביא חברים עד 3 בלילה ומעשן בסלון, ואתה פשוט מתעלם.\n\nמחכה לתשובה היום.\nז'אק", "עד 3 בלילה"),
    ("conflictual", "en", False, "Hi Avi,\n\nThird time I'm writing about the roommate who has friends over until 3am and smokes in the living room. You just ignore it.\n\nJacques", "by 3am"),  # guard: held before its fix too
    # Round 176: what the client will send by a day, written "ill", is not the owner's deadline.
    ("easygoing", "en", True, "session today was exactly what i needed. booked the next 4 through your calendly. ill send the journaling thing by sunday 👍", "you need it by"),
    # Round 197: a client who declined a call gets no call channel as the reply's topic.
    ("easygoing", "en", False, "Hi Avi,\n\nI'm taking the SAT in March.\n\nNo need for an intro call, just send me the Zoom link, the price and how to pay and let's start!\n\nAriel", "About the Zoom link"),
    # Round 196: a mourner whose meal is late gets no thanks for writing, and the time the owner
    # said is not said back as a new deadline; round 198: a tax filing is not put off by "fine by me".
    ("conflictual", "he", True, "איפה האוכל??? אמרת עד 13:00 לסעודת הבראה, עכשיו 13:40 ויש פה 20 איש אחרי ההלוויה של סבתא. לא עונים לי בטלפון!!", "תודה שפנית"),
    ("conflictual", "he", True, "איפה האוכל??? אמרת עד 13:00 לסעודת הבראה, עכשיו 13:40 ויש פה 20 איש אחרי ההלוויה של סבתא. לא עונים לי בטלפון!!", "מוכן עד 13:00"),
    ("dormant", "en", False, "Hi Dana,\n\nSorry for going dark, we moved the warehouse. I saw your emails about the Q3 PA sales tax and the missing payout reports.\n\nIs Q3 something we can just file late, or skip and do together with Q4 in January? Whatever's easiest.\n\nGreg", "in January is fine"),
    # Round 187: when the client pays ("ונסגור עד סוף השבוע") is not the owner's deadline; round
    # 192: a date set with the council's legal adviser and its orders stopped is an ultimatum.
    ("easygoing", "he", True, "היי נועה!! המארזים הגיעו והם פשוט מושלמים 😍 תשלחי חשבונית למייל של הנהלת חשבונות ונסגור עד סוף השבוע. ותשריני אותנו כבר לפסח 🙏", "צריך להיות מוכן"),
    ("conflictual", "he", False, "לכבוד חברת ההסעות,\n\nקיבלנו חשבונית על 2,400 ₪ דמי ביטול לטיול שבוטל בהנחיית פיקוד העורף. לא נשלם על זה שקל. אם החשבונית לא תבוטל עד סוף השבוע אנחנו מעבירים את זה ליועץ המשפטי של הרשות ומפסיקים את כל ההזמנות הפתוחות אצלכם.\n\nיוסי", "צריך להיות מוכן"),
    ("conflictual", "en", False, "Hello,\n\nWe got an invoice for 2,400 NIS in cancellation fees for a trip the Home Front Command cancelled. We will not pay it. If the invoice isn't cancelled by Friday we're taking this to the council's legal department.\n\nYossi", "you need it by"),
    # Round 200: a yes/no question about a time asks whether it can be; the reply's field
    # answers it, the time is not said back as agreed (a blind review of the 47 check replies
    # it changed: 26 fill after, 23 before).
    ("demanding", "en", True, "hey Eli its Josh. the kiddush cup - can u get the engraving done by friday and DHL express it?? bar mitzvah is the 22nd", "you need it by"),
    ("demanding", "he", True, "היי, אפשר לקבל את ההזמנה עד יום חמישי לבני ברק?", "צריך להיות מוכן"),
    # Round 201: a threat to leave gets no cheerful thanks whatever the label; reimbursement
    # cases filed with Amazon are no refund the owner owes.
    ("easygoing", "en", True, "wow. just saw you raised the bids over the WEEKEND without asking me. $900 gone. thats the 2nd time. im done being nice about it, either you eat the cost or we're finished", "Thank you!"),
    ("conflictual", "en", False, "Hello,\n\nI have waited 11 days for the reconciliation you promised. Amazon lost 340 units in FBA and you haven't filed a single reimbursement case. If the reimbursement cases are not filed by Friday I will terminate the agreement.\n\nHarold", "About the refund"),
    # Rounds 200 and 202: no field answers an excuse or an emoji refused before it is sent.
    ("conflictual", "he", True, "הגעתם ב 18:20 במקום 17:00!! הפיתות היו קרות\nאל תשלח לי עכשיו לב ואימוג'י של ידיים\nאני רוצה את כל הכסף בחזרה", "אימוג'י"),
    ("conflictual", "mixed", True, "שלושה שבועות אני מחכה לתשובה ממך!! אני לא משלמת את היתרה של 1,500 עד שאני רואה תמונה של הכתובה המוגמרת. and dont tell me ur busy with the holidays again", "busy with"),
    # Round 204: a put-off of papers the owner asked for by the end of July is the owner's to
    # weigh; a season "from June to the end of September", a validity extended "until December"
    # and the owner's own words quoted ״…עד סוף אפריל…״ are no deadline to say back.
    ("dormant", "he", False, "שלום אורית,\n\nמתנצלת שלא חזרתי אלייך.\nראיתי שביקשת את הצהרת הבריאות ואת האישור מרופאת הילדים על האלרגיה של יובל לאגוזים עד סוף יולי. עוד לא הספקתי לקבוע תור אצלה.\nאפשר שנסגור את זה אחרי סוכות?\n\nהדס", "זה בסדר מבחינתי"),
    ("easygoing", "he", False, "שלום רון,\n\nהבריכה נראית מעולה. אנחנו רוצים לחדש את החוזה לעונה הבאה באותה מתכונת – פעמיים בשבוע מיוני עד סוף ספטמבר. תשלח את ההסכם ואני חותם.\n\nמיכל", "עד סוף ספטמבר"),  # guard: held before its fix too
    ("conflictual", "he", True, "שילמתי 1,500 ₪ מראש בספטמבר. או שאת מאריכה את התוקף עד דצמבר או שאת מחזירה 750 ₪.", "עד דצמבר"),  # guard: held before its fix too
    ("conflictual", "mixed", False, "שלום אורנה,\n\nQuoting your email from March 12: ״הדוח השנתי יוגש עד סוף אפריל, אין מה לדאוג״. It's June 9th. אני רוצה שהדוח יוגש השבוע.\n\nגיל", "עד סוף אפריל"),  # guard: held before its fix too
    # Round 206: an explanation wanted by a day is an answer wanted then, not work to be ready.
    ("conflictual", "en", False, "Hi David,\n\nIt's now 5 weeks since the car landed in Haifa. I want a written explanation of exactly where the car is and what is holding it, with names, by tomorrow. Do not call me.\n\nMark", "you need it by"),
    ("conflictual", "he", False, "שלום אבי,\n\nגילית לי על העמלה רק עכשיו. אני רוצה הסבר בכתב עד סוף השבוע, ושתוריד לי את דמי הניהול מיד.\n\nיוסי", "צריך להיות מוכן"),
    ("dormant", "he", True, "היי שירה, מצטערת שנעלמתי היה בלגן מטורף בעבודה. עוד לא הספקתי לעבור על התוכניות ששלחת בינואר 🙈 אחזור אלייך כשיירגע קצת, בסדר?", "כן או לא"),
    ("dormant", "en", False, "Hi Michal,\n\nSorry, I know you're still waiting for the closet measurements. Can we come back to this after Pesach? I'll get back to you then.\n\nLet me know if that's a problem.\n\nYael", "Let me know if that"),
    # Round 208: no field answers a jab dressed as a choice.
    ("conflictual", "he", True, "וואו תודה על התשובה המהירה, רק 6 ימים 👏👏 בינתיים אמא החליקה באמבטיה כי המטפלת שלכם שוב לא הגיעה ואף אחד לא הודיע. אתם חברת סיעוד או חברת תירוצים? אני רוצה לדבר עם המנהל שלך ולא איתך", "חברת תירוצים"),
    # Round 211: a month the client once promised in ("I promised you the scans "next week"...
    # in January") is no time to put things off to.
    ("dormant", "en", False, "Dear Yael,\n\nI'm so sorry for the long silence. We still want the translations we discussed back in January. I know I promised you the scans \"next week\"... in January.\n\nCould you hold the quote you sent? I'll try to get the scans over once our caseworker is back, hopefully sometime this month.\n\nMiriam", "in January is fine"),
    ("conflictual", "he", False, "אני לא טיפש ואני יודע בדיוק מה קורה פה. אם לא אקבל הסבר מסודר עד יום ראשון, אני פונה למנהל המתנ״ס ולעירייה.", "מוכן עד יום ראשון"),  # guard: held before its fix too
    # Round 213: a date beside more work asked at the same retainer is not agreed back.
    ("demanding", "en", True, "need the US sub bank account live by friday, investor wire is coming monday. can u also get the EIN expedited and set up gusto payroll for our 2 US hires?? same retainer right 😅", "you need it by"),
    # Round 215: how long a rental runs is no deadline for the owner's work.
    ("conflictual", "mixed", True, "מה זה הדבר הזה?? שלחתם מישהו לאסוף את הכסא גלגלים היום בבוקר כשהשכירות עד סוף החודש. My mother was sitting IN the chair. ועוד חייבתם לי את הכרטיס על חודש נוסף. Fix this TODAY or I'm disputing the charge with Isracard", "עד סוף החודש"),
    ("conflictual", "he", True, "לקחתם את הכסא היום והשכירות עד סוף החודש. תחזירו אותו", "עד סוף החודש"),
    ("conflictual", "he", True, "לקחתם את הכסא היום כשהמנוי תקף עד סוף החודש. תחזירו אותו", "עד סוף החודש"),
    ("conflictual", "he", True, "לקחתם את הכסא היום, השכירות שלי היא עד סוף החודש. תחזירו אותו", "עד סוף החודש"),
    # …and a fee the client refuses is not the sum of the refund they want, in Hebrew too.
    ("conflictual", "he", False, "השארתם את הספה בחדר המדרגות. עכשיו קיבלתי הודעה שייגבו דמי טיפול בסך 390 ₪. בשום אופן לא. אני רוצה החזר מלא.", "(390 ₪)"),
    # Round 217: a fee the client refuses is not the sum of the refund they want.
    ("conflictual", "en", False, "Hi,\n\nYour delivery team left the sofa in the stairwell because it doesn't fit. Now I get an SMS that a \"return handling fee\" of 390 NIS will be charged. Absolutely not. I want the sofa out of my building today and a full refund.\n\nMark", "(₪390)"),
    # Round 218: an extra hour "until 01:30" is when the party ends, not work due; round 216: a
    # deposit the client asks not to return gets no refund line.
    ("demanding", "he", False, "שלום רונן,\n\n1. יין – נביא 60 בקבוקים בעצמנו.\n2. שעה נוספת עד 01:30 – שמענו שזה 4,500 ₪. תעשה לנו את זה במתנה.\n\nחיים", "עד 01:30"),
    ("demanding", "en", True, "tenant hands over keys tmrw 10am right? I need full photos of every room before 8am UK time the day after. and pls DONT return the deposit until I've seen everything", "About the refund"),
    # Round 221: an ultimatum over two sentences ("…by Sunday. Otherwise my lawyer…") is no
    # deadline to agree back; round 222: nor a date with what follows if it is missed.
    ("conflictual", "he", False, "שלום,\nאני מצפה שהשולחן יתוקן עד יום ראשון או שתחזירו לי את המקדמה. אחרת אני פונה לעורך הדין שלי.\nנועה", "הבנתי שזה צריך להיות מוכן"),  # guard: held before its fix too
    ("conflictual", "en", False, "Dear Ilan,\nI expect the corrected contract in my inbox by Thursday. Failing that, my lawyer will be in touch.\nRegards,\nPaul", "I understand you need it by Thursday"),
    ("demanding", "he", True, "הקבלן צריך את התוכניות עד יום רביעי ב-10:00, אחרת הוא עובר לפרויקט הבא", "הבנתי שזה צריך להיות מוכן"),
    ("demanding", "en", True, "need the floor plan by friday 10am, otherwise the contractor moves on to his next job", "I understand you need it by"),
    # …but funds ("הקרנות") are no radiotherapy, and a refund fought for after an injury is
    # answered, not met with thanks for the news (round 221).
    ("easygoing", "he", False, "היי עדי,\nעברתי על ההשוואה בין הקרנות ששלחת. בוא נלך על ההמלצה שלך.\nגלעד", "רפואה שלמה"),  # guard: held before its fix too
    ("conflictual", "en", True, "I asked THREE TIMES for the refund of the $300 after my daughter broke her leg and couldnt come. where is my money??", "I hope things are getting better"),  # guard: held before its fix too
    # Round 223: a time after something that did not happen is no deadline ("nobody called me
    # until 6am"); a dog that loves its food is no loss.
    ("conflictual", "he", True, "הכלב שלי נפצע אצלכם ואף אחד לא התקשר אליי עד 6 בבוקר!!! אני לא משלמת על הלילה", "הבנתי שזה צריך להיות מוכן"),
    ("conflictual", "en", True, "my dog got hurt at your place and nobody called me until 6am!!! im not paying for that night", "I understand you need it by"),  # guard: held before its fix too
    ("easygoing", "he", True, "הכלב מת על האוכל החדש 😍 תשלחו עוד שק בבקשה", "משתתפים בצערך"),  # guard: held before its fix too
    ("demanding", "he", False, "שלום אורי,\nראיתי שהשק אצל המתחרים ב-289. תתאים לי את המחיר?\nוהפעם אני צריך עד יום ראשון, אנחנו נוסעים.\nערן", "הבנתי שזה צריך להיות מוכן"),
    ("demanding", "en", False, "Hi Dana,\nI saw the same print for $80 elsewhere. Can you match that price?\nAlso I need the frames by Friday, we're flying out on Saturday.\nMark", "I understand you need it by"),  # guard: held before its fix too
    # Round 225: a death in a year long past is history the client researches, not a loss to
    # condole; sorting files ("במיון של הקבצים") is no emergency room.
    ("conflictual", "en", False, "Dear Sir,\nYour report says my grandfather died in 1931. My grandfather died in 1938; I have his letters.\nI want the register page and a refund.\nR. Lazarus", "sorry for your loss"),
    ("know-it-all", "he", True, "אין צורך לבדוק ברישומים, הייתי בלוויה ב-87, סנהדריה ליד הגדר. פשוט תלך לשם ותצלם", "משתתפים בצערך"),
    ("demanding", "he", True, "אני במיון של הקבצים מהאירוע, תשלח לי את השאר עד מחר", "רפואה שלמה"),  # guard: held before its fix too
    # The same review: nobody hurt, a parcel in the post office's sorting, a phone that fell, a
    # dog scared to death are no occasions; an ultimatum after "!!" or a line break, and a
    # technician who "did not show up until 11" hold no date to agree back.
    ("conflictual", "en", True, "Nobody got hurt, thankfully, but the tent collapsed in the middle of the speeches. I want 50% back", "I hope everyone is all right"),
    ("conflictual", "he", True, "אף אחד לא נפצע, תודה לאל, אבל החלון התנפץ על השולחן. אני רוצה שתחליפו אותו היום", "רפואה שלמה"),
    ("demanding", "he", True, "החבילה עדיין במיון בדואר כבר שבוע, מתי היא תגיע?", "רפואה שלמה"),
    ("demanding", "he", True, "הטלפון נפל ושבר את המסך, כמה עולה להחליף? אני צריך אותו עד מחר", "רפואה שלמה"),
    ("demanding", "en", True, "My phone fell and broke the screen, how much to replace it? need it by tomorrow", "I hope things are getting better"),
    ("know-it-all", "he", True, "הכלב שלי מת מפחד ממייבש השיער, אז תספרו אותו רק במספריים כמו שאמרתי", "משתתפים בצערך"),
    ("conflictual", "en", True, "I want the corrected contract by Friday 10am!! Otherwise my lawyer will be in touch.", "I understand you need it by"),
    ("conflictual", "he", False, "שלום,\nאני מצפה לחוזה המתוקן עד יום חמישי ב-10:00.\nאחרת אני פונה לעורך דין.\nרוני", "הבנתי שזה צריך להיות מוכן"),
    ("demanding", "he", True, "הטכנאי לא הופיע עד 11 בבוקר ויש לי אורחים ב-2, תשלחו מישהו אחר", "הבנתי שזה צריך להיות מוכן"),
    ("demanding", "en", True, "the plumber never showed up by 9am, send someone else this afternoon", "I understand you need it by"),
    # Round 230: a death last year is not the client's loss to condole; being free on Saturday
    # is no price question.
    ("conflictual", "en", False, "Dr. Levi,\nYour reminder system emailed a family about a patient who passed away last year. I want it switched off today and a full refund of the setup fee.\nDr. Sayeed", "sorry for your loss"),
    ("conflictual", "he", True, "המערכת שלכם שלחה תזכורת לאמא של מטופל, הוא נפטר בשנה שעברה!!! תכבו אותה היום ואני רוצה החזר", "משתתפים בצערך"),
    ("demanding", "en", False, "Hi Tom,\nOne more thing: could you add a short logo animation? I'm only free on Saturdays to go through the details, can we do Saturday at 10?\nJen", 'answering "I\'m only free'),  # guard: held before its fix too
    # Rounds 228-231: "sorry this isn't what you expected" is a non-apology to a sarcastic
    # complaint (one rated harmful): the apology is plain.
    ("conflictual", "en", True, "Oh lovely, it's 10:50 and the fitting was at 10. Love that nobody even bothered to text. Is this how the wedding day will go too??", "what you expected"),
    ("conflictual", "he", True, "וואו באמת תודה על השירות המהיר. רק חודש מאז ששילמתי מקדמה ועדיין כלום. או שאתה מתקין עד יום ראשון או שאני הולך לעורך דין", "מה שציפית"),
    # Round 234: a likeness is no occasion ("looks like my aunt after surgery" got "רפואה
    # שלמה"), and a client who says sorry is not met with delight at their praise.
    ("conflictual", "he", True, "ממש תודה על העוגה שנראית כמו דודה שלי אחרי ניתוח 🙃 הבת שלי בכתה. מה את מתכוונת לעשות עם זה", "רפואה שלמה"),
    ("dormant", "en", False, "Hi Tamar,\n\nSorry sorry sorry, I know you asked for the measurements two weeks ago. Could you start on the kitchen in the meantime?\n\nLove the mood board btw.\n\nClaire", "lovely to hear"),
    ("dormant", "he", True, "סורי סורי על התשלום של החודש, היה בלאגן עם המעבר. אני אעביר הכל אחרי העשירי, זה 1,460 נכון? ותמשיך לשלוח את הארגז כרגיל אתה אלוף", "כיף לשמוע"),
    # Round 236: "revision calls", "quicker on revisions" name no rounds (an unasked field on
    # rounds included and used).
    ("demanding", "en", False, "Hi Dana,\n\nThe retainer goes down to $2,800 from August. Can you make it work at the new rate? Maybe just be a bit quicker on revisions. And can we do the revision calls at 8pm Guadalajara time?\n\nGil", "About revisions"),
    # Round 238: "Many thanks," signing off a first enquiry is no warmth to answer with "your
    # lovely message".
    ("easygoing", "en", False, "Hello,\n\nDr Patel passed on your details. Please just send the contract over and we'll sign. Starting 1st June would be ideal.\n\nMany thanks,\nFiona Hart", "lovely message"),
    # Round 237: the end of a span that happened ("ישבה מ-8 בבוקר עד 13:00") is no deadline to
    # say back (a harmful "הבנתי שזה צריך להיות מוכן עד 13:00" to a report of neglect).
    ("conflictual", "he", False, "לכבוד החברה,\n\nביום ראשון האחות לא הגיעה לאמא שלי. אמא ישבה מ-8 בבוקר עד 13:00 בלי שמישהו יעזור לה.\nאני רוצה בכתב מה קרה ומה אתם עושים כדי שזה לא יחזור.\n\nמיכל", "עד 13:00"),
    ("conflictual", "en", False, "To the agency,\n\nOn Sunday the nurse never came. My mother sat from 8am until 1pm with nobody to help her.\nI want in writing what happened and what you are doing so it doesn't happen again.\n\nMichal", "need it by"),  # guard: held before its fix too
    # The same review: no warm opener for thanks for a fault or a sweet cake, and "נדבר אחרי"
    # takes no half of a longer time or the owner's own task as the client's time.
    ("demanding", "en", True, "Thanks so much for ghosting me all week. I need the keys back by 5pm today", "Thank you so much for your message"),
    ("demanding", "he", True, "העוגה יצאה מתוקה מדי, אני צריכה אחת חדשה עד שישי", "תודה רבה על ההודעה"),
    ("demanding", "he", True, "תודה ענקית שנעלמת לי לשבוע. אני צריכה את המפתחות עד 5 היום", "תודה רבה על ההודעה"),
    ("dormant", "he", True, "מתוקה סליחה שלא עניתי!! לגבי העוגה עוד לא החלטתי על טעם. נדבר אחרי ישיבת ועד הבית", "אחרי ישיבת זה"),
    ("dormant", "he", True, "מתוקה סליחה שלא עניתי!! לגבי העוגה עוד לא החלטתי על טעם. נדבר אחרי שתשלחי הצעה", "אחרי שתשלחי"),
    # Round 240: invoices held "in approval" are the owner's money put off, not "אין בעיה".
    ("dormant", "he", False, "בהמשך לפניות שלכם בנוגע לחשבוניות 4471 ו-4490 (סה\"כ 18,320 ₪) – החשבוניות נמצאות אצלנו בתהליך אישור מול ההנהלה. נחזור אליכם לאחר סגירת הרבעון.\n\nמחלקת הנהלת חשבונות", "אין בעיה"),
    ("dormant", "en", False, "Regarding invoices 4471 and 4490 (18,320 ILS in total): they are pending approval with management. We will get back to you after the quarter closes.\n\nAccounts Payable", "No problem"),
    ("dormant", "he", True, "סליחה סליחה לא עניתי, אני בטיסות כל השבוע. את הלוקיישן עוד לא סגרתי. נדבר כשאני חוזר, אוקיי?", "כן או לא"),
    ("know-it-all", "he", False, "שלום,\nתעשה את זה כמו שכתבתי, בלי שינויים, ותשלח גרסה חדשה עד יום חמישי.\nדני", "מה סוכם"),
    # Round 246: thanks for the punctuality, hours late, is no warm note to thank back for
    # (the model read it easygoing; "תודה רבה!" was rated harmful).
    ("easygoing", "he", False, 'בוקר טוב,\n\nרק רציתי להגיד תודה ענקית על הדיוק. "אגיע בין 8 ל-9" הפך ל-11:40, בלי הודעה, בלי כלום. בזכותך לקחתי יום חופש לשווא.\nוכמובן שמתקן הייבוש שהתקנת יצא עקום.\n\nאורי', "תודה רבה"),
    ("easygoing", "en", False, "Morning,\n\nJust wanted to say thanks for the punctuality. 'Between 8 and 9' became 11:40, no notice, nothing. I took a day off for this.\nAnd the drying rack you installed is crooked.\n\nUri", "Thank you"),
    # Round 245: "why soy wax?" from a mind made up gets no field explaining it, and "just tell
    # me yes or no" no field of its own.
    ("know-it-all", "he", True, "רגע, למה שעוות סויה? קראתי כתבה שפרפין נדלק יותר יפה. אני רוצה פרפין ופתילות עבות לסדנה במתנ\"ס ב-18.12, אני מכירה את הקהל שלי. ואל תנסי לשכנע אותי שוב, רק תגידי כן או לא", "למה שעוות"),
    ("know-it-all", "he", True, "רגע, למה שעוות סויה? קראתי כתבה שפרפין נדלק יותר יפה. אני רוצה פרפין ופתילות עבות לסדנה במתנ\"ס ב-18.12, אני מכירה את הקהל שלי. ואל תנסי לשכנע אותי שוב, רק תגידי כן או לא", "תגידי כן או לא"),
    ("know-it-all", "en", True, "Hi! we'd rather do 1pm not sunset, kids nap later. I shoot a lot myself and harsh light is fine. Please don't try to talk me out of it lol, just confirm 1pm Thursday", "talk me out"),
    # Rounds 245-246: the client's own step in brackets, a date the owner was told and missed,
    # and a holiday's distance are no deadline said back and no time put off to.
    ("demanding", "he", False, "שלום ליאור,\n\nמאשרת את ההזמנה של 200 משלוחי מנות ל-13.3. כמה תוספות:\n- כרטיס אישי עם שם של כל עובד (אשלח אקסל עד מחר)\n- 40 מהמשלוחים ללא גלוטן\n\nאני צריכה שהכל יהיה סגור עד יום חמישי, כי אז ההנהלה מאשרת.\n\nהדס", "מוכן עד מחר"),
    ("conflictual", "en", True, "This is the THIRD time your guy doesn't show up. The landlord said you'd fix the AC drain by Tuesday, it's Thursday and water is dripping on my floor. Don't bother calling me, just text a time.", "by Tuesday"),
    ("conflictual", "en", True, "This is the THIRD time your guy doesn't show up. The landlord said you'd fix the AC drain by Tuesday, it's Thursday and water is dripping on my floor. Don't bother calling me, just text a time.", "call"),  # guard: held before its fix too
    ("dormant", "he", False, "חני,\n\nנעלמתי, אני יודעת. היה פה שבוע שפעת לכל הבית. מה שנשאר פתוח זה התחפושת של נועם. פורים בעוד 11 יום, זה עוד אפשרי? אם לא אז לא נורא.\n\nשרון", "בעוד 11 יום זה בסדר"),
    ("dormant", "en", False, "Hi Hanni,\n\nI vanished, I know. The whole house had the flu. What's still open is Noam's dragon costume. Purim is in 11 days, is it still possible? If not, no big deal.\n\nSharon", "fine by me"),
    # Round 250: "I want this in writing" beside "Don't ring me" is answered by the reply in
    # writing, not by a field of its own (it repeated "We'll keep this in writing").
    ("conflictual", "en", False, "Ori,\n\nThe poplin is NOT the organic cotton we approved. I want a written explanation by tomorrow and a full remake at your cost.\n\nDon't ring me. I want this in writing.\n\nPriya", 'to "I want this in writing'),
    ("conflictual", "he", False, "שלום אבי,\n\nבשעה 21:15 כבר לא היה עוף והמנות החמות הגיעו קרות. אני דורשת החזר של 30% מהסכום. ואל תתקשר אליי, אני רוצה הכל במייל.\n\nרחל", 'ל"אני רוצה הכל במייל'),
    # Round 252 (harmful): the client's own transfer by the end of the week, told in the
    # present, is no deadline the owner is said to have.
    ("easygoing", "he", True, "אהלן רונית! לסלון הולכת על הכחול 170x240. שולחת העברה בנקאית עד סוף השבוע, רק תגידי לאיזה חשבון.\n\nנטע", "מוכן עד סוף השבוע"),
    ("easygoing", "en", True, "Hi Ronit! Loved all three rugs 😍 going with the blue one, 170x240. Sending the transfer by end of the week, just tell me which account.\n\nThanks so much,\nNeta", "need it by end of the week"),
    # Round 251 (harmful): writing asked for in a chat ("רק בכתב פה") is no move to e-mail; nor
    # is "I can get you intros by Monday" the owner's deadline.
    ("conflictual", "he", True, "הפאה יצאה כתומה. כתומה!! אמרתי לך במפורש גוון 6 ולא 8. או תיקון צבע עד יום שני או את כל ה-5,200 בחזרה. ואל תתקשרי אליי, רק בכתב פה", "במייל"),
    ("conflictual", "en", False, "Dear clinic,\n\nI was charged twice for the same treatment and nobody gets back to me. If the money is not back by Sunday I will dispute it with my card company.\n\nReply in writing only.\n\nDavid", "e-mail"),
    ("easygoing", "en", False, "Hi Noa,\n\nDana passed along your name. We need two customer case studies, roughly 1,000 words each. I don't need a kickoff meeting - send over an SOW and I'll sign it today, and I can get you intros to both customer contacts by Monday.\n\nKelsey", "need it by Monday"),
    # Round 253: whether the addition is charged, asked or requested ("ואם אפשר שזה ייכנס במחיר
    # של החבילה", "אין מה לחייב על זה נכון?"), is quoted in its price line, not a second field.
    ("demanding", "he", True, "אה ועוד משהו על המנעול: צריך להוסיף לאפליקציה את כל המשפחה, 6 אנשים. וגם לקנות לי עוד 4 תגים. זה עשר דקות עבודה, אין מה לחייב על זה נכון?", '[התשובה ל"אין מה לחייב'),
    # …but "ייכנס באותו מועד" fits a date, not a price.
    ("demanding", "he", False, "שלום,\n\nנוסיף עוד מדף אחד בסלון. נשמח שזה ייכנס באותו מועד התקנה שקבענו, 22 לחודש.\n\nגיל", 'כמה היא עולה — תשובה ל"נשמח שזה ייכנס'),  # guard: held before its fix too
    # Round 251: a deadline said back keeps its time zone, not "our time" turned round.
    ("demanding", "en", False, "Gal,\n\nI'm on flights all week. I'll send notes by ~11pm and I need the revised version back by Sunday 8am our time so I can take it into Monday's QBR.\n\nJordan", "need it by Sunday 8am our time"),  # guard: held before its fix too
    # …but not a payment asked leave for, nor what happened after a date, nor "again" read as
    # "in".
    ("dormant", "he", True, "אחי סליחה שלא עניתי, היה שבוע מטורף עם הסחורה 🙏 את ה-1,850 של אוקטובר אני מעביר אחרי ה-10 כשנכנס כסף, בסדר? נדבר", "אחרי ה-10 זה בסדר"),  # guard: held before its fix too
    ("dormant", "he", False, "שלום שירן,\n\nמצטערת על השתיקה. ראיתי שהמשלוחים נעצרו אחרי ה-3 לחודש, וזה בסדר, זה עליי. אני עדיין רוצה להמשיך, אבל כנראה רק אחרי פסח כשהלו\"ז יירגע קצת.\n\nמיכל", "אחרי ה-3 לחודש זה בסדר"),  # guard: held before its fix too
    ("dormant", "en", False, "Hi,\n\nSorry, things are crazy right now. Maybe we look at it again in January? I'll be in touch when things calm down.\n\nSam", "in in January"),  # guard: held before its fix too
    # Round 258 (harmful): "a refund of the deposit" is not the contract's sum beside it.
    ("conflictual", "en", False, "Mr. Levi,\n\nYou have delivered 4 of our 7 forms and now send a Phase 2 quote of $1,100. I will not be paying for a phase you invented. Either the remaining three forms are delivered under the original $2,400 by the 30th, or I will be requesting a refund of the deposit.\n\nDr. Karen Whitfield", "refund ($2,400)"),
    ("conflictual", "he", False, "לכבוד אליעזר,\n\nהמכתב לתורמים יצא עם השם הלא נכון. אני לא מתכוון לשלם את החצי השני (1,750 ₪) ואני מבקש החזר של המקדמה. אם לא אקבל תשובה עד יום ראשון, העניין עובר לעורך הדין.\n\nר' שמעון", "ההחזר (1,750"),
    # A time word is no construct head ("יותר מלפני התיקון": no "לגבי מלפני התיקון").
    ("conflictual", "he", True, "המכונה שהחזרתם לי נוזלת מלמטה יותר מלפני התיקון!!! שילמתי 350. אל תתקשרו אליי אני בעבודה תכתבו פה. מה אתם הולכים לעשות עם זה???", "מלפני"),
    # The second review of the session's change: a time the client is busy is no time put off
    # to, a payment put off is the owner's to allow, forgiven lateness mocks nothing, a time
    # zone is matched by its capitals, the deposit is read in either language, "Please stop
    # calling me" needs no field, and writing is promised once.
    ("dormant", "he", True, "שבוע הבא יש לי ניתוח, אחרי זה אחזור אלייך", "שבוע הבא זה בסדר"),
    ("dormant", "he", True, "תן לי לשלם את היתרה אחרי ה-10 לחודש, בסדר?", "זה בסדר מבחינתי"),
    ("demanding", "en", True, "need pt 1 by monday pt 2 by wed", "need it by monday pt"),
    ("conflictual", "he", False, "שלום,\n\nEither the remaining forms are delivered under the original $2,400 by the 30th, or I want a refund of the deposit.\n\nקרן", "(2,400"),
    ("conflictual", "en", False, "Dear team,\n\nThe deck still has errors. I need a corrected version by Friday. In writing only from now on.\n\nDana", "writing.\n\nI'll send a short summary"),
    # Rounds 258-259: a request only for the reply gets no field beside the answers, with its
    # question mark, "if possible", "you're good with both" or a reason after it.
    ("demanding", "en", False, "Hello Tal,\n\nWe'd like the banner in two sizes, 2x1 m and 3x1 m, and the print on vinyl.\n\nCan you confirm both points by tomorrow?\n\nRoy", "Can you confirm both"),
    ("demanding", "en", True, "need 40 mugs with the logo for Sunday, same price as last time? please confirm today, we fly Friday so no time", "please confirm today"),
    ("demanding", "en", False, "Hi Mor,\n\n1) Add the two new branches to the site map.\n2) Move the launch to the 3rd.\n\nLet me know you're good with both and we'll keep rolling.\n\nGil", "good with both"),
    ("demanding", "he", False, "שלום,\nאנחנו צריכים 60 ארגזי שי עם שוקולד ויין עד חמישי, ושיהיה פתק אישי בכל אחד.\nאשמח לתשובה היום אם אפשר.\nתודה, עדי", "אשמח לתשובה"),
    # Rounds 257-259: a short ask of the price beside the reply's price line is no second field.
    ("demanding", "he", True, "צריכה ניקוי ל-2 ספות ו-4 כיסאות מחר בבוקר. כמה זה יוצא? ותעשה לי מחיר טוב כי זה הרבה", "כמה זה יוצא"),
    ("demanding", "en", True, "need the deck cleaned and oiled this week, about 30 sqm. I'd expect a discount as a returning client. Could you do ₪4,200?", "Could you do"),
    # Rounds 261-262: "update me today", "can I get an answer by tonight?", a reason after "כי".
    ("conflictual", "he", False, "שלום,\nזו הפעם השלישית החודש שהאתר נופל באמצע מבצע. אני רוצה זיכוי על החודש.\nתעדכני היום.\nאבי", "תעדכני היום"),
    ("demanding", "mixed", True, "אני צריכה עוד 2 שיעורים בשבוע עד הבגרות, רק אחרי 21:00. And I'd expect the same price per lesson. אפשר תשובה עד הערב?", "אפשר תשובה"),
    ("demanding", "en", True, "need 2 more sessions before the 18th, evenings only. can I get an answer by tonight?", "get an answer"),
    ("demanding", "he", True, "אפשר עוד 3 שיעורים השבוע? רק אחרי 20:00. תאשר לי היום בבקשה כי אני צריכה להגיד לבוס", "להגיד לבוס"),
    # Rounds 230-262: "Got it, thanks for the message" is a chat's register, too casual in an
    # e-mail.
    ("demanding", "en", False, "Dear Noa,\n\nFurther to our call, we would like the brochure in A4 rather than A5, and the proofs by Monday.\n\nKind regards,\nMartin Hale", "Got it"),
    ("dormant", "en", False, "Hi Eli,\n\nSorry for the silence, the move took over everything. Is the kitchen plan still on for the spring?\n\nBest,\nRuth", "Got it"),
    # Rounds 263-264: a calm client's harsh word about nothing gone wrong, and "even" before
    # more done, are no complaint.
    ("easygoing", "en", False, "Hi Dan,\n\nWe've looked at the quote for the pergola and we're happy to go ahead as is. Our Hebrew is still rubbish, so English is easier, sorry!\n\nLet us know when you can start.\n\nCheers,\nAnna", "frustrating"),
    ("dormant", "en", False, "Hey Maya,\n\nGot your reminders about the receipts. Season is crazy at the cafe. Can we just deal with it after the holidays?\n\nOren", "frustrating"),
    ("easygoing", "he", True, "רק רציתי להגיד תודה, הצוות שלכם היו אלופים, סידרו את כל המחסן תוך שעתיים ואפילו תלו לי את המדפים בלי שביקשתי 🙏", "צר לי"),
    # Round 266: why the client needs what is asked is no ask of its own.
    ("demanding", "mixed", True, "היי רוני, the appraiser comes on Thursday at 10 and needs the updated floor plan. אפשר לקבל עד רביעי בערב? We really need it for the loan 🙏", "for the loan"),
    ("demanding", "en", True, "need 2 cleaners at the office tomorrow 7am and the carpets done too. send me a quote today. I need finance approval first, they're strict", "finance approval"),
    # Round 267 (harmful): "I understand this is frustrating" after "don't start with the
    # sorry-for-the-inconvenience script".
    ("conflictual", "en", False, "To the office,\n\nI cancelled the tour six weeks ahead and your terms say full refund. REFUND THE $900 to my card by Friday or I file a chargeback. And don't start with the sorry-for-the-inconvenience script, I've had two already.\n\nDan", "frustrating"),
    # Round 268: "Eng." is a title, no name to greet.
    ("know-it-all", "en", False, "Dear Ms. Levi,\n\nPlease note the brochure shall use the ministry's colours only. We request the revised layout by 12 May.\n\nRespectfully,\nEng. Avi Mor\nProject Coordinator", "Dear Eng"),
    # Rounds 260-269: a request that only opens what follows is no ask; a lesson or an
    # explanation refused gets no field.
    ("know-it-all", "he", False, "שלום,\nאני רוצה להבהיר כמה דברים.\n1. החלפת מים רק 10% פעם בחודש.\n2. לא לשטוף את הספוג של הפילטר.\nתודה, רמי", "להבהיר כמה דברים"),
    ("know-it-all", "en", False, "Hi Tom,\n\nI want to clarify a few things.\n1. The banner goes on the left.\n2. Use the navy from our logo, not black.\n\nThanks,\nEli", "clarify a few things"),
    ("know-it-all", "en", True, "Just use the keywords I sent. I don't need the SEO explanation again", "SEO explanation"),
    ("know-it-all", "he", True, "אני לא צריכה שיעור בכימיה, תעשי צבע והחלקה באותו תור ביום רביעי", "שיעור בכימיה"),  # guard: held before its fix too
    # …and blame is still no thanks, nor is "even" before what was not done; "I'd like to
    # clarify a few things" opens what follows.
    ("easygoing", "en", False, "Hi Noa,\n\nit's your fault I lost two clients last month, you messed up the booking page. Can you send the new invoice?\n\nDana", "Thank you!"),
    ("easygoing", "he", True, "תודה רבה באמת, ואפילו שכחתם להביא את הברגים. מתי אתם חוזרים?", "תודה רבה!"),
    ("know-it-all", "en", False, "Hi Tom,\n\nI'd like to clarify a few things.\n1. The banner goes on the left.\n2. Use the navy from our logo.\n\nEli", "clarify a few things"),
    # Round 274 (harmful): the sum of one missing item is not the credit asked for the order.
    ("conflictual", "he", True, "ההזמנה הגיעה באיחור של 4 שעות, והלחם שהזמנתי ב-18 ש״ח לא היה בשקית. אני רוצה זיכוי מלא על ההזמנה הזאת", "(18"),
    # Round 275 (harmful): a put-off agreed to beside the client's own document running out.
    ("dormant", "he", True, "היי, סליחה שנעלמתי, היה שבוע מטורף. עוד לא הוצאתי את האישורים מהקופה. אפשר לעשות את זה אחרי פסח? מרינה אומרת שהדרכון שלה פג ב18 לחודש אבל נראה לי זה בסדר לא?", "בסדר מבחינתי"),
    ("dormant", "en", True, "so sorry, crazy month. haven't got the forms yet. can we do it after Passover? her visa expires on the 15th but I think that's fine?", "fine by me"),  # guard: held before its fix too
    # Round 276: a price named against another is the price line's to answer, and "I need to
    # come back on a few points" only opens them (the price asked twice; a field for the opening).
    ("demanding", "en", False, "Hi Guy,\n\nHappy to go ahead, but I need to come back on a few points before I can get sign-off:\n\n- Pricing: 30 stands is a big order and another vendor gave 20% off, we'd expect the same, so ₪96,000 instead of ₪120,000.\n- Can you throw in the banners?\n\nThanks,\nRachel", "instead of"),
    ("demanding", "en", False, "Hi Guy,\n\nHappy to go ahead, but I need to come back on a few points before I can get sign-off:\n\n- Pricing: 30 stands is a big order and another vendor gave 20% off, we'd expect the same, so ₪96,000 instead of ₪120,000.\n- Can you throw in the banners?\n\nThanks,\nRachel", "come back on"),
    # Round 277: "need a yes tonight" and a confirmation asked by a time with its reason after it
    # and no comma want the reply itself, no field of their own.
    ("demanding", "en", True, "yo for friday's sail can we add an extra hour and a DJ? budget is still ₪3,000 tho. need a yes tonight pls, my brother is booking flights around it", "need a yes"),
    ("demanding", "he", True, "אני צריך את המחסן מחר ב-8:00 ולא ביום שני, המשאית הוקדמה. תאשר עד 13:00 היום אני מתאם עם המובילים", "מתאם עם המובילים"),
    # Round 279 (harmful): the time spent thrown back beside "no explanation interests me" is
    # no question for a field, in either language.
    ("conflictual", "he", True, "8 שיעורים. 1,600 שקל. והילד עדיין לא יודע לקרוא!!! מה בדיוק עשית איתו שעה? שיחקתם? אני רוצה את הכסף של 3 השיעורים האחרונים בחזרה, לא מעניין אותי שום הסבר", "מה בדיוק עשית"),
    ("conflictual", "en", True, "8 lessons, $640 and he still can't read!!! What exactly did you do with him for an hour? I want the money for the last 3 lessons back, not interested in any explanation", "What exactly did you do"),
    # Rounds 281-282 (harmful): a hold asked of the owner, a deposit paid "then" with the
    # put-off, or a time the owner advised let pass: no "no problem", no waiting agreed to.
    ("dormant", "en", False, "Hi Noa,\n\nApologies for going quiet, it has been a busy quarter. The client still wants the trip (about 40 pax, March), they are waiting on budget.\n\nCould you kindly keep the hotel block on hold meanwhile? Will revert soon.\n\nRegards,\nRaj", "I'll wait to hear"),
    ("dormant", "en", False, "Hi Noa,\n\nApologies for going quiet, it has been a busy quarter. The client still wants the trip (about 40 pax, March), they are waiting on budget.\n\nCould you kindly keep the hotel block on hold meanwhile? Will revert soon.\n\nRegards,\nRaj", "No problem"),
    ("dormant", "he", True, "סליחה על העיכוב 🙏 עדיין לא יודעת כמה יגיעו. תחזיקי לנו את התאריך בינתיים? אחזור אלייך אחרי החגים", "אין בעיה"),
    ("dormant", "he", True, "סליחה סליחה על העיכוב 🙏 עדיין לא יודעת כמה ילדים יגיעו. אפשר שנחזור אלייך אחרי החגים עם מספר סופי? ואת המקדמה של ה500 נעביר גם אז", "בסדר מבחינתי"),
    ("dormant", "he", False, "טל ערב טוב,\nסליחה שלא חזרתי עם השאלון, הייתה תקופה עמוסה. אני יודעת שאמרת שכדאי לפני שבוע 34 ואני כבר ב-35.\nאולי נדבר אחרי שאסיים את הפרויקט? זה בערך עוד שבועיים.\nמיכל", "אין בעיה"),
    # Round 281: what was paid for thrown back ("על זה שילמנו …?") is an outcry, and "if I get
    # no answer by …" wants the reply: neither is quoted in a field.
    ("conflictual", "he", False, "שלום רון,\n\nשמעתי את הפרק ואני בהלם. חתכת את הקטע על המחקר, שהוא כל הסיבה שהזמנו אותה.\n\nועוד דבר, הפתיח נשמע כמו ספרייה חינמית. על זה אני משלם 1,500 ₪ לפרק?\n\nאני מצפה לגרסה מתוקנת עד יום שני, אחרת אני מחפש מפיק אחר.\n\nנעמה", "על זה אני משלם"),  # guard: held before its fix too
    ("conflictual", "he", True, "זה לא נורמלי!!! הבת שלי חיכתה לבד בשער חצי שעה היום כי המדריך שלכם שכח. על מה אני משלם לכם 1,300 ש\"ח בחודש??? אף אחד לא עונה. אם לא אקבל תשובה היום אני מוציא אותה ומעלה את זה לקבוצת ההורים", "אם לא אקבל תשובה"),
    ("conflictual", "en", True, "Second call you've declined today. Great.\nThe party is in 8 DAYS and I still don't have the menu or the waiter count. If I don't hear back by 5pm I'm booking someone else and filing a chargeback on the $1,800 deposit.", "If I don't hear back"),
    # Round 286 (harmful): a balance paid "together" with documents put off, under the owner's
    # reminder of what is missing before a start date, is no "no problem"; the children's "no
    # phone" is no refusal of the call the parent asks for.
    ("dormant", "he", False, "שלום,\nעוד לא יצא לי לקבוע תור לרופאה, היא בחופש.\nאשלח כשיהיה לי, כנראה אחרי החג. את היתרה (700 ש\"ח) נעביר כשהמסמכים יהיו מוכנים, שיהיה ביחד.\nתודה, דנה\n\nבתאריך 20 באוג׳ 2024, נכתב:\n> שלום דנה, כדי שנועם יוכל להתחיל בקבוצה (מתחילה 5.9) חסרים לנו אישור רופא ויתרת תשלום של 700 ש\"ח.", "אין בעיה"),
    ("conflictual", "en", True, "Your guide left my son at the bus stop ALONE for an hour. No phone, no water, no adult. I want the owner to call me TODAY.", "keep this in writing"),
    # Session 43's review: a hold the client asks of the owner after a put-off, with "ו", is no
    # "no problem"; the main ask's own deadline said apart of "it" is no second field.
    ("dormant", "he", True, "אפשר שנחזור אלייך אחרי החגים? ותחזיקי לנו את התאריך בינתיים", "אין בעיה"),
    ("demanding", "he", True, "אפשר לקבל את המצגת המעודכנת? אני צריכה את זה עד 8 בבוקר", "אני צריכה את זה עד 8"),
    # Round 288: a thing needed by tomorrow is not what waits for the put-off.
    ("dormant", "en", True, "so sorry for the silence! the retreat is back on. my manager needs a quote by tomorrow 10:00 for the budget meeting. not sure on numbers yet, maybe 30 people? will confirm the rest next week", "fine by me"),  # guard: held before its fix too
    ("easygoing", "en", True, "Could you send the bank details? Our system needs them before I can raise the PO", "Our system needs"),  # guard: held before its fix too
    # Round 289 (harmful): "I paid the deposit back in Jan" asks no refund.
    ("dormant", "en", True, "hey! still alive 😅 I paid the deposit back in March and then disappeared. the copy is still with our lawyer. no rush on your end", "refund"),
    # Round 290 (harmful): an option asked to be kept open is the owner's to weigh, no "fine by me".
    ("dormant", "en", False, "Dear Ms. Levi,\n\nPlease excuse our late reply. Regarding the option for 12 rooms in May, I cannot confirm yet: the new management decides on next year's programme, which we expect maybe in the autumn. Could you kindly keep the option open until then?\n\nBest regards\nKlaus Berger", "fine by me"),  # guard: held before its fix too
    # Rounds 290-291: a call or meeting the client waives is settled: no field answers it.
    ("easygoing", "en", False, "Hi Noa,\nA friend recommended you. We'd like the game in Hebrew, about 9,000 words. No need for a call on my end, just send over the contract and the deposit invoice.\nCheers, Dana", "No need for a call"),
    ("easygoing", "he", False, "שלום נועה,\nקיבלנו עלייך המלצה. אנחנו רוצים להתחיל שיעורים לשירה. אין צורך בפגישת היכרות, תשלחי בבקשה את ההסכם ואת פרטי התשלום.\nתודה, אלון", "אין צורך בפגישת"),
    # Round 292: a request for the reply by a time, with "if possible" or a reason, or "answers"
    # in the plural, wants the reply itself: no field of its own.
    ("demanding", "en", False, "Hi,\nPlease rebook both dives for Friday, no charge, and hold 2 extra spots at my original rate.\n\nLet me know by Wednesday if possible so I can book my room.\nThanks, Dan", 'answer to "Let me know'),
    ("demanding", "en", False, "Dear Sir,\n1. Pickup at the port gate at 7:15, could you arrange that?\n2. A written guarantee that we are back by 12:00.\n\nI need answers by Sunday so I can cancel the ship's excursion.\nRegards, Peter", "I need answers"),
    # Round 294 (harmful): a refusal to pay for work not asked for, with no sum or invoice, is no
    # disputed charge; round 293 (harmful): "I know you won't love it" is no praise.
    ("know-it-all", "en", False, "Noam,\n\nThird email on this. We want the site model in 0.3mm walls, open. Not 0.8mm. I've done this for 20 years. And I'm not paying for \"alternatives\" I didn't ask for.\n\nPlease proceed as instructed and confirm today.\n\nKarim", "came as a surprise"),
    ("demanding", "en", False, "Shai - quick update, and I know you won't love it.\nThe CEO moved the whole floor a week earlier, so the packing has to be done by Thursday 18:00 instead of Sunday. Can you send more people?\nThanks, Hila", "lovely to hear"),
    # Session 44's review: an option on rooms kept open is a hold; "not going to love it" no praise.
    ("dormant", "en", False, "Dear Ms. Levi,\n\nWe will only be able to confirm in September. Could you keep the option on the 12 rooms open until then?\n\nBest, Klaus", "fine by me"),
    ("demanding", "en", True, "you're not going to love it: the launch moved up to Thursday. can you send more people?", "lovely to hear"),
    ("dormant", "en", True, "so sorry for the silence! my manager needs a quote by EOD for the budget meeting. not sure on numbers yet. will confirm the rest next week", "fine by me"),
    # Round 297 (harmful): a call refused inside another refusal is still refused; a failure told
    # ("not 13:00 as agreed") beside a payment held back is no surprise at the amount.
    ("conflictual", "en", True, "Read the deck. 42 slides, zero recs we can act on. We paid $21k for this. Not releasing the final 50% until it's fixed. And don't send me another \"let's hop on a call\"", "Happy to talk"),
    ("conflictual", "en", False, "Adi,\n\nI'm going to be blunt. Yesterday was an embarrassment in front of our CEO and 30 of our top performers.\n\n- Lunch was served at 14:20, not 13:00 as agreed\n- The market guide was on his phone for half the tour\n- Nobody told us the tahini workshop had been cut\n\nI was promised a \"seamless premium experience\" for ₪14,400. That is not what we got. We will not be paying the remaining 50% (₪7,200) and frankly I'm considering asking for part of the deposit back. Our legal team has the quote on file.\n\nRachel Siegel\nHead of People Ops\n\nSent from Outlook for iOS", "came as a surprise"),
    # Round 297: the remaining 50% held back is not the refund's sum.
    ("conflictual", "en", False, "Adi,\n\nI'm going to be blunt. Yesterday was an embarrassment in front of our CEO and 30 of our top performers.\n\n- Lunch was served at 14:20, not 13:00 as agreed\n- The market guide was on his phone for half the tour\n- Nobody told us the tahini workshop had been cut\n\nI was promised a \"seamless premium experience\" for ₪14,400. That is not what we got. We will not be paying the remaining 50% (₪7,200) and frankly I'm considering asking for part of the deposit back. Our legal team has the quote on file.\n\nRachel Siegel\nHead of People Ops\n\nSent from Outlook for iOS", "(₪7,200)"),
    # The second read of the change: a package's total is not the one lesson refunded; a quoted
    # "let's meet" refused is no meeting offered; more guests "than planned" is no failure.
    ("conflictual", "en", False, "The Sunday class was cancelled. I want a refund for that one class, the term was 10 x ₪120 = ₪1,200 and I paid it all upfront.", "₪1,200"),
    ("conflictual", "en", True, "Don't send me another \"let's meet\". Fix it.", "A meeting works"),
    # Round 68: the invoice of a threat is not the ask's label.
    ("conflictual", "en", True, "the email is down AGAIN since 7am, third time this month. I have a client meeting at 11. fix it NOW or I'm calling someone else and you can forget about the invoice", "About the invoice"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "language", "chat", "text", "words"), SAYS)
def test_a_reply_says_what_the_message_needs(
    label: str, language: str, chat: bool, text: str, words: str
) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=chat)
    assert any(words in s.text for s in advice.suggestions), [s.text for s in advice.suggestions]


@pytest.mark.parametrize(("label", "language", "chat", "text", "words"), NEVER_SAYS)
def test_no_reply_says_what_the_message_rules_out(
    label: str, language: str, chat: bool, text: str, words: str
) -> None:
    advice = _advise(label=label, message_language=language, text=text, chat=chat)
    assert advice.suggestions
    assert all(words not in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


@pytest.mark.parametrize(
    ("label", "language", "chat", "text", "line"),
    [
        ("know-it-all", "he", True, "אני לא עושה סקוואט, קראתי מחקר שזה הורס ברכיים. תבנה לי תוכנית רק עם מכשירים", "אסכם"),
        ("know-it-all", "en", True, "Please use the Activator only, no manual adjustments. I've read all the studies.", "sum up"),
        ("know-it-all", "en", False, "Hi,\nPlease use the Activator only, no manual adjustments. I've read all the studies.\nDana", "summary in writing"),
        ("know-it-all", "he", False, "שלום,\nתבנה לי תוכנית רק עם מכשירים, בלי סקוואט. קראתי מחקר שזה הורס ברכיים.\nדני", "סיכום קצר בכתב"),
    ],
)  # fmt: skip
def test_a_dictating_clients_first_reply_promises_no_written_summary(
    label: str, language: str, chat: bool, text: str, line: str
) -> None:
    # Blind reviews of 40 chats and 40 e-mails, both versions shuffled (docs/reply-reviews/
    # know-it-all-chat-line/, summary-line/): 0 of 40 send or fill with the line first, 30 and 22
    # without. The line stays a later reply's, which confirms in writing.
    advice = _advise(label=label, message_language=language, text=text, chat=chat)
    assert line not in advice.suggestions[0].text, advice.suggestions[0].text
    assert any(line in s.text for s in advice.suggestions[1:]), [s.text for s in advice.suggestions]


@pytest.mark.parametrize(
    ("label", "language", "text", "says", "not_says"),
    [
        # Round 338: "the catch-all '[your answer]' field isn't an owner-only fact" beside the
        # line on the payment a calm client just sent.
        ("easygoing", "he", "ראיתי את ההודעה על הטיול, ברור שמאשרת 🙏 העברתי עכשיו 45 ₪ בביט. תודה שאתן כאלה אלופות ❤️", "לגבי התשלום (45 ₪)", "[התשובה שלך"),
        ("easygoing", "en", "omg the sideboard looks gorgeous!! just sent the balance (3,200). thank you Avi", "About the payment", "[your answer"),
        # The session's review: a question about a payment's receipt is no "same price?" that
        # the addition's line answers, and a payment told beside something else keeps that
        # something's field.
        ("demanding", "en", "hey can the team also do the fridge and the windows tomorrow? did u get my 400$?", 'to "did u get my 400', None),
        ("easygoing", "en", "I just sent the ₪850 on Bit. The colours look a bit off to me though, not what we discussed.", "[your answer", None),
    ],
)  # fmt: skip
def test_the_first_reply_beside_a_payment(
    label: str, language: str, text: str, says: str, not_says: str | None
) -> None:
    first = _advise(label=label, message_language=language, text=text, chat=True).suggestions[0]
    assert says in first.text, first.text
    assert not_says is None or not_says not in first.text, first.text


@pytest.mark.parametrize(
    ("language", "text", "addition", "price"),
    [
        ("he", "היי יש מצב לעוד 3 פוסטים השבוע? יש לנו השקה ביום חמישי. אותו מחיר כן? 🙏", "לגבי התוספת", 'ל"אותו מחיר'),
        ("en", "hey can the team also do the fridge and the windows tomorrow? same price as always yeah?", "About the addition", 'to "same price'),
    ],
)  # fmt: skip
def test_whether_the_price_stays_is_answered_by_the_additions_line_alone(
    language: str, text: str, addition: str, price: str
) -> None:
    # Rounds 333-336: "asks about the price twice", the addition's line and a field of its own.
    advice = _advise(label="demanding", message_language=language, text=text, chat=True)
    assert any(addition in s.text for s in advice.suggestions)
    for suggestion in advice.suggestions:
        assert not (addition in suggestion.text and price in suggestion.text), suggestion.text


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        # Round 248 (harmful): "No problem … I'll wait to hear from you" to a client putting off
        # texts the owner had written would put the launch at risk.
        (
            "en",
            "Ugh I'm so sorry, I know you needed the lore texts like three weeks ago. Work has been bonkers. I'll get everything to you, promise, just maybe not this week? Will circle back once things calm down.",
            "Hi Danielle, a reminder that I need the lore texts to finish the quest system. Without them the launch on the 20th is at risk.",
        ),
        (
            "he",
            "אוף סליחה, אני יודעת שהיית צריך את הטקסטים לפני שלושה שבועות. העבודה מטורפת. אשלח הכל, מבטיחה, רק אולי לא השבוע? אחזור אליך כשיירגע.",
            "היי דניאלה, תזכורת שאני צריך את הטקסטים כדי לסיים את מערכת המשימות. בלי זה ההשקה ב-20 בסיכון.",
        ),
        # Round 272 (harmful): "Picking this up next week is fine by me" under the owner's
        # reminder that the hotel releases the room block on Friday.
        (
            "en",
            "Dear Ruth,\n\nSo sorry, I know you needed the guest list and passport copies by Monday. It's been a mad week here. I'll send everything as soon as I can, hopefully by the end of next week?\n\nBest,\nAnna",
            "Hi Anna, a reminder that the hotel releases our 20-room block on Thursday unless we send the guest list.",
        ),
        # guard: held before its fix too
        (
            "he",
            "היי רותי, סליחה, אני יודעת שהיית צריכה את רשימת האורחים עד יום שני. השבוע היה מטורף. אשלח הכל ברגע שאוכל, אולי בסוף שבוע הבא?",
            "היי אנה, תזכורת שהמלון משחרר את החדרים ביום חמישי אם לא נשלח את רשימת האורחים.",
        ),
    ],
)
def test_a_put_off_of_what_the_owner_said_is_at_risk_is_not_simply_agreed_to(
    language: str, text: str, quoted: str
) -> None:
    advice = _advise(
        label="dormant", message_language=language, text=text, chat=False, quoted_text=quoted
    )
    for s in advice.suggestions:
        assert all(
            w not in s.text
            for w in ("No problem", "I'll wait", "fine by me", "אין בעיה", "אחכה", "בסדר מבחינתי")
        ), s.text


def test_a_refusal_alone_is_answered_by_its_line_and_a_demand_by_a_field() -> None:
    """Round 257 and the second review: "I understand you need it by Monday. We'll keep this in
    writing." answers nothing of a demand for a reprint, while "Please stop calling me" needs
    no more than the line."""
    alone = _advise(label="conflictual", message_language="en", text="Please stop calling me.")
    assert not alone.suggestions[0].blanks, alone.suggestions[0].text
    demand = (
        "Dear Yael,\n\nThe booklet went out with the wrong names. I will not be settling the"
        " remaining £1,150 until you set out how you intend to put this right, by Monday.\n\n"
        "Please do not ring me. I want this in writing.\n\nHoward"
    )
    first = _advise(label="conflictual", message_language="en", text=demand, chat=False)
    assert first.suggestions[0].blanks, first.suggestions[0].text


def test_what_was_due_in_the_owners_quoted_reminder_is_weighed_against_a_put_off() -> None:
    # Round 138: the clinic's quoted "החיסון היה אמור להתבצע ב-1.8" under "אחרי החגים".
    text = "היי, סליחה, ראיתי את המייל רק עכשיו. אחזור אליכם כשיירגע לקבוע תור, כנראה אחרי החגים."
    quoted = "שלום שירה, רצינו להזכיר שהחיסון של בובה היה אמור להתבצע ב-1.8. נשמח לקבוע תור."
    advice = _advise(label="dormant", text=text, chat=False, quoted_text=quoted)
    assert all("זה בסדר מבחינתי" not in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        # Round 173: a certificate that expires, in the owner's reminder, runs under a put-off.
        (
            "en",
            "Hi Liora, the committee hasn't met since the summer. I'll raise it at the next meeting. Could you just hold off for now?",
            "The safety certificate for your elevator expires on 30 October. Please confirm one of the dates below.",
        ),
        (
            "he",
            "היי, הוועד עוד לא התכנס. אעלה את זה בישיבה הבאה. אפשר לחכות עם זה בינתיים?",
            "תוקף תעודת הבטיחות של המעלית פג ב-30 באוקטובר. נא לאשר אחד מהמועדים.",
        ),  # guard: held before its fix too
    ],
)
def test_a_validity_that_lapses_in_the_owners_reminder_is_weighed(
    language: str, text: str, quoted: str
) -> None:
    advice = _advise(
        label="dormant", message_language=language, text=text, chat=False, quoted_text=quoted
    )
    assert all(
        "No problem" not in s.text and "אין בעיה" not in s.text for s in advice.suggestions
    ), [s.text for s in advice.suggestions]


# Round 69's harmful reply: "אחרי פסח זה בסדר מבחינתי" to a client replying under the owner's
# own reminder that the gallery closes at the end of the month. A due date in the message replied
# under is the owner's to weigh; a header's date or a past day is none.
@pytest.mark.parametrize(
    ("quoted", "weighed"),
    [
        ("שלום מנחם, תזכורת: הגלריה לבחירת התמונות פתוחה עד סוף החודש. לאחר מכן יש תשלום.", True),
        ("מאת: שמואל צילומים\nנשלח: יום ראשון, 9 בפברואר\nמצורפות התמונות מיום שישי.", False),
    ],
)
def test_a_put_off_under_the_owners_own_due_date_is_the_owners_to_weigh(
    quoted: str, weighed: bool
) -> None:
    text = "פשוט לא היה לנו ראש, עם הלידה והמעבר דירה. בעזרת ה' אחרי פסח נשב על זה ונחזור אליך."
    advice = _advise(
        label="dormant", message_language="he", text=text, chat=False, quoted_text=quoted
    )
    texts = [s.text for s in advice.suggestions]
    assert texts
    # (agreed: "אחרי פסח זה בסדר מבחינתי", or, since round 338, waiting for the client who
    # said they would come back)
    agreed = [t for t in texts if "זה בסדר מבחינתי" in t or "אחכה לעדכון ממך" in t]
    assert bool(agreed) is not weighed, texts
    assert any("לגבי הדחייה" in t for t in texts) is weighed, texts


# Round 71: a name over a role and an organisation ("Sarah Goldfarb\nAdministrative Director,
# Ramat Hasharon Anglo School") got "Hi," with no name.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "I want a written explanation of what happened.\nSarah Goldfarb\n"
            "Administrative Director, Ramat Hasharon Anglo School",
            "Sarah",
        ),
        ('נדבר כשזה יתבהר, בסדר?\nתודה על הסבלנות,\nטיגיסט מלדה\nעמותת "ביחד", באר שבע', "טיגיסט"),
    ],
)
def test_a_name_over_a_role_and_an_organisation_is_the_clients(body: str, name: str) -> None:
    assert client_first_name(sender_name=None, raw_body=body) == name


# Round 73: a sum cried out ("850 שקל על פתיחת דלת??????") is a charge disputed. The reply goes
# through it by its sum, and does not open with a sorry "for what happened", which reads as owning
# a mistake; a sum cried out at the result ("…בשביל זה??") is a complaint of the work.
@pytest.mark.parametrize(
    ("language", "text", "line", "not_said"),
    [
        (
            "he",
            "850 שקל על פתיחת דלת?????? עשית את זה ב3 דקות!!! אתם גנבים. אני מבטל את העסקה באשראי",
            "לגבי הסכום (850 ₪):",
            "צר לי על מה שקרה",
        ),
        (
            "mixed",
            "Hi, got the treatment plan. 18,000 ש״ח לשני שתלים?? My neighbor paid 10 here last year. "
            "I want someone to explain this today or I'm filing a complaint",
            "About the ₪18,000:",
            "I'm sorry about what happened",
        ),
    ],
)
def test_a_sum_cried_out_is_gone_through_by_its_sum(
    language: str, text: str, line: str, not_said: str
) -> None:
    advice = _advise(label="conflictual", message_language=language, text=text, chat=True)
    assert line in advice.suggestions[0].text, advice.suggestions[0].text
    assert all(not_said not in s.text for s in advice.suggestions)


# Round 74: an invoice's lines disputed ("padding", "never approved", "לא סוכם") with the payment
# held back is a billing dispute: no sorry "about what happened", which owns a mistake. A payment
# held back over the work itself keeps its sorry.
@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        (
            "en",
            "Dear Eyal,\n\nLine 4 of invoice #0318, an emergency call-out of ₪1,450, is covered by the "
            "retainer. It looks like someone pads the invoices. We will not be paying this invoice "
            "until a corrected one is issued.\n\nMichal",
            "I understand the amount came as a surprise",
        ),
        (
            "he",
            "שלום ארז, קיבלתי את החשבונית. לא סוכם על 3,800 ש״ח עבור תוספת פרגולה. אני לא משלם את "
            "היתרה עד שתתקן את החשבונית.",
            "ברור לי שהסכום הזה הפתיע",
        ),
        (
            "en",
            "On Monday you quoted me 1,100 NIS for a brake job. Today it's 2,340 NIS and the work is "
            "already done. I never authorized any of that. I will pay the 1,100 we agreed on and not "
            "one shekel more.",
            "I understand the amount came as a surprise",
        ),
        (
            "en",
            "The boxes arrived and the blue came out purple. I'm not paying the invoice until they "
            "are reprinted.",
            "I'm sorry",
        ),
    ],
)
def test_a_billing_dispute_opens_on_the_sum_not_a_sorry(
    language: str, text: str, opening: str
) -> None:
    advice = _advise(label="conflictual", message_language=language, text=text, chat=False)
    assert opening in advice.suggestions[0].text, advice.suggestions[0].text


def test_a_threat_adds_no_second_field_that_quotes_nothing() -> None:
    # Round 79: "הדבר הראשון שאטפל בו: [מה בדיוק, ועד מתי]. [מה אעשה כדי לפתור את זה, ועד מתי]",
    # two fields that ask the owner the same thing; a part paid ("אני מעבירה 180 וזהו") is
    # answered about the payment.
    text = (
        "שמעי זה לא רציני. הגעת ב-9 והלכת ב-11 וחצי. המקלחת והמטבח נשארו כמו שהם. ואת מבקשת ממני "
        "320 ₪ מלא?? אני מעבירה 180 וזהו. ואם זה לא מתאים לך אני כותבת בקבוצה של הבניין מה קרה פה"
    )
    advice = _advise(label="conflictual", message_language="he", text=text, chat=True)
    for suggestion in advice.suggestions:
        bare = [h for _, h in ((b.name, b.hint) for b in suggestion.blanks) if '"' not in h]
        assert len(bare) - sum("התשלום" in h for h in bare) <= 1, suggestion.text
    assert any("לגבי התשלום" in s.text for s in advice.suggestions)


@pytest.mark.parametrize(
    ("chat", "text", "has", "lacks"),
    [
        # Round 88: "fixed by Thursday at your cost, or a full refund" got the refund line alone.
        (
            False,
            "Hi,\n\nSince I picked up my phone Face ID doesn't work. I want it fixed properly by "
            "this Thursday at your cost, or a full refund.\n\nNoa",
            ("I want it fixed properly", "refund"),
            (),
        ),
        # Round 91: "Either you refund the €38 or…" got "[…answering "refund the €38"]" beside the
        # refund's own line, two fields for one thing.
        (
            True,
            "DHL just charged me €38 customs!! Either you refund the €38 or I'm posting this in "
            "every expat group",
            ("refund",),
            ('answering "refund',),
        ),
    ],
)
def test_an_ultimatums_options_are_each_answered_once(
    chat: bool, text: str, has: tuple[str, ...], lacks: tuple[str, ...]
) -> None:
    first = _advise(label="conflictual", message_language="en", text=text, chat=chat).suggestions[0]
    assert all(w in first.text for w in has) and not any(w in first.text for w in lacks), first.text


@pytest.mark.parametrize(
    ("language", "text", "third"),
    [
        # Round 106: the rush fee, a chat's third ask, was dropped for the length of the first
        # two asks' quotes.
        (
            "en",
            "need the 30s cutdown of ep 4 by tmrw 9am for a conference!! can you also swap the end "
            "card to the new logo I sent. pls dont charge rush fee we're a nonprofit 🙏",
            "rush fee",
        ),
        (
            "he",
            "אני צריכה שהאתר יעלה עד יום ראשון בבוקר, יש לנו השקה ביום שני. צריך עוד סבב קטן של "
            "שינויים בטקסטים. אפשר גם להוסיף עמוד שאלות נפוצות? ותעשה גם גרסה באנגלית עד אותו יום",
            "גרסה באנגלית",
        ),
    ],
)
def test_a_chat_shortens_its_quotes_before_it_drops_an_ask(
    language: str, text: str, third: str
) -> None:
    first = _advise(message_language=language, text=text, chat=True).suggestions[0]
    assert third in first.text and len(first.text) <= 300, first.text
    hints = [b.hint for b in first.blanks]
    assert any(third in h for h in hints) and all(
        first.text[b.start : b.end] == f"[{b.hint}]" for b in first.blanks
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Round 106: "About the addition: [… answering "could you throw in 3 extra posts…"]" and
        # "[your answer to "could you throw in 3 extra posts…"]", one ask twice.
        (
            "en",
            "Hi Dana,\n\nThe first two workshops went really well. We'd like to go ahead with the "
            "8-workshop package, but since it's a bigger commitment for us could you throw in 2 "
            "extra workshops at no charge and bring the rate down to $400 instead of $550? We'll "
            "also need a one-page summary after each one.\n\nThanks,\nMaya",
        ),
        (
            "he",
            "היי, רוצה להזמין את המגש הגדול במחיר של הקטן. ואם אני מזמינה עם עוד 2 חברות אפשר "
            "משלוח חינם? ואפשר עוד רוטב בצד",
        ),
    ],
)
def test_no_two_fields_quote_the_same_words(language: str, text: str) -> None:
    advice = _advise(message_language=language, text=text, chat=False)
    for suggestion in advice.suggestions:
        quotes = [q for b in suggestion.blanks for q in re.findall(r'"([^"]+)"', b.hint)]
        assert len(quotes) == len(set(quotes)), suggestion.text


def test_a_put_off_beside_a_question_leaves_the_question_to_answer() -> None:
    # Round 108: "אני אכתוב לך כשיהיה לי רגע, המחיר של 199 עדיין בתוקף?" got "אחכה לעדכון ממך"
    # alone; a put-off hedged further ("Maybe not now, maybe once we're settled?") is the ask.
    text = (
        "היי סליחה שנעלמתי 🙈 הייתי חודש באילת ושכחתי לגמרי מהטיפול. still want it tho, just "
        "busy with work now. אני אכתוב לך כשיהיה לי רגע, המחיר של 250 עדיין בתוקף?"
    )
    first = _advise(label="dormant", message_language="mixed", text=text, chat=True).suggestions[0]
    assert "לגבי המחיר" in first.text, first.text
    hedged = "I do want to go on. Maybe not right now though, maybe once we're settled?"
    first = _advise(label="dormant", message_language="en", text=hedged, chat=True).suggestions[0]
    assert 'answer to "Maybe not' not in first.text, first.text


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        # Round 109: "Put it in writing" after a disputed invoice was the main ask ("The first
        # thing I'll take care of: [… answering "Put it in writing"]").
        (
            "en",
            "Mr. Cohen,\n\nYour invoice #118 says 4,130 EUR but your quote said 3,500. Nobody "
            "mentioned VAT, and we are a German company. I am not paying until you issue a "
            "corrected invoice.\n\nDo not call me. Put it in writing.\n\nMarkus",
            "Put it in writing",
        ),
        # A request for the answer whose colon says what it must hold keeps its field.
        # guard: held before its fix too
        (
            "he",
            "זו הפעם השנייה שהמטפלת לא מגיעה. אני מבקשת תשובה בכתב עד יום חמישי: מטפלת מחליפה "
            "קבועה, וזיכוי על שני הימים. אם לא אקבל תשובה אפנה למשרד הרווחה",
            "מטפלת מחליפה",
        ),
    ],
)
def test_a_wish_for_the_answer_is_not_the_main_ask(language: str, text: str, quoted: str) -> None:
    first = _advise(label="conflictual", message_language=language, text=text, chat=False)
    hints = [b.hint for b in first.suggestions[0].blanks]
    kept = language == "he"  # the colon's content is asked
    assert any(quoted in h for h in hints) is kept, first.suggestions[0].text


@pytest.mark.parametrize(
    ("body", "quoted", "forbidden"),
    [
        # Round 122's harmful reply: "אחרי החגים זה בסדר" (and the quote held) under the owner's quote
        # "בתוקף ל-30 יום".
        (
            "היי רועי,\nנעלמתי לך לגמרי אחרי ההצעה לטיול, סליחה. אולי אוקטובר? אולי אחרי החגים. תשמור לנו את "
            "ההצעה ואני אחזור אליך ברגע שיהיה לי משהו סגור.",
            "מצורפת הצעת מחיר לטיול אופניים בגולן, 640 ₪ לרוכב. ההצעה בתוקף ל-30 יום.",
            "אחרי החגים זה בסדר",
        ),
        # Round 114's harmful reply: "אחרי החגים זה בסדר מבחינתי" under the owner's own "צריך
        # לחזור לשיעור קבוע כבר בשבוע הבא".
        (
            "שלום הרב,\n\nסליחה שלא חזרנו אליך, היו לנו שבועות מטורפים עם המעבר. אני חושב שנחזור "
            "לשיעורים אחרי החגים, כשהכל יירגע קצת. אעדכן אותך.\n\nיוסי",
            "יוסי שלום, כדי שאיתמר יספיק את ההפטרה צריך לחזור לשיעור קבוע כבר בשבוע הבא.",
            "אחרי החגים זה בסדר",
        ),
        # Round 115: "אין בעיה, תודה שעדכנת. אחכה לעדכון ממך." to an author late for a print run
        # the owner's quoted message set.
        (
            "היי רינת,\n\nרק מעדכן שעוד לא סיימתי את הפרק האחרון. אני יודע שאמרתי שתקבלי הכל עד "
            "ה-1 לחודש, אבל זה פשוט לא זז. אעדכן כשיהיה לי משהו.\n\nאריאל",
            "היי אריאל, רק מוודאת שאני מקבלת את הקובץ המלא עד ה-1.4 כדי שנספיק את ההגהה לפני הדפוס.",
            "אין בעיה",
        ),
    ],
)
def test_a_put_off_is_weighed_against_the_owners_quoted_due_date(
    body: str, quoted: str, forbidden: str
) -> None:
    advice = _advise(
        label="dormant", message_language="he", text=body, chat=False, quoted_text=quoted
    )
    assert all(forbidden not in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


def test_a_long_need_for_a_document_stays_the_main_ask() -> None:
    # Round 116: "אני צריך אישור קיום ביטוחים עד מחר בבוקר, יש לי הגשה למכרז…" was taken for a
    # wish for the reply ("אישור") and lost its field.
    text = (
        "אבי שלום,\n\nאני צריך אישור קיום ביטוחים עד מחר בבוקר, יש לי הגשה למכרז של העירייה "
        "ב-12:00. תוסיף בבקשה את העירייה כמבוטח נוסף.\n\nיוסי"
    )
    first = _advise(label="demanding", message_language="he", text=text, chat=False).suggestions[0]
    assert any("אישור קיום ביטוחים" in b.hint for b in first.blanks), first.text


@pytest.mark.parametrize(
    ("client_name", "plural"),
    [
        ("ענבל ושגיא", True),
        ("ענבל", False),  # guard: held before its fix too
        ("הרב ויצמן", False),  # a title and a surname: one person (the session's review)
    ],
)
def test_a_couple_greeted_together_is_thanked_together(client_name: str, plural: bool) -> None:
    # Round 130: "שלום ענבל ושגיא … תודה שעדכנת" spoke to one of the two.
    text = "היי, רוצים להתקדם אבל כרגע קשה לנו להתפנות. אפשר לחזור לזה אחרי החגים?"
    advice = _advise(label="dormant", text=text, client_name=client_name)
    first = advice.suggestions[0].text
    assert bool(re.search("ש(?:עדכנ|כתב)תם", first)) is plural, first
    assert bool(re.search("ש(?:עדכנ|כתב)ת(?!ם)", first)) is not plural, first


def test_a_put_off_under_the_owners_headerless_quoted_deadline_is_not_waved_through() -> None:
    # Round 178: the broker's "> ההעברה … ל-15 לחודש, אז צריך את השאלון החתום השבוע" under
    # "אני בחו"ל עד ה-20 … אחזור אלייך", with no "On … wrote:" line: no "אין בעיה, אחכה".
    body = (
        'שלום עינת,\n\nאני כרגע בחו"ל עם הילדים עד ה-20 ואין לי איך להתעסק עם זה מפה. '
        "אחזור אלייך כשנחזור.\n\nרונית\n\n"
        "> ההעברה לקבלן מתוכננת ל-15 לחודש, אז צריך את השאלון החתום השבוע."
    )
    cleaned = clean_body(body)
    advice = _advise(label="dormant", text=cleaned.text, chat=False, quoted_text=cleaned.quoted)
    assert all("אחכה לעדכון ממך" not in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


def _sentence_by_scanning(source: str, at: int) -> tuple[int, int]:
    """The sentence around ``at`` as a scan of the text up to it finds it (what ``_sentence``
    did before it kept each message's sentence ends)."""
    start = 0
    for m in _SENTENCE_END.finditer(source, 0, at):
        start = m.end()
    end = _SENTENCE_END.search(source, at)
    return start, end.start() if end else len(source)


@pytest.mark.parametrize(
    "source",
    [
        "",
        "שלום. מה קורה?? אני צריכה את זה עד מחר!",
        "send v2.final by 9.30 pls... thanks 😀 ok\nnext line.",
        ".a.b..c. d!?\n\n😀😀x.",
        "3.5 ₪ per unit.Then again",
    ],
)
def test_a_sentence_is_what_a_scan_from_the_start_finds(source: str) -> None:
    for at in range(len(source) + 1):
        assert _sentence(source, at) == _sentence_by_scanning(source, at), at


@pytest.mark.parametrize(
    ("language", "chat", "text", "field"),
    [
        # Rounds 294-298: a refund demanded is answered once, by its line or by a field for the
        # demand, never both ("I want the 2 lessons refunded, 300 shekel, today": its sum and its
        # time are no list of demands; "את כל הכסף חזרה", "אני רוצה את הכסף" ask the money back).
        (
            "en",
            True,
            "Yoni this is the 3rd time you cancel on Maya an hour before!!! I want the 2 sessions she paid for refunded, 280 shekel, today.",
            'answering "I want',
        ),
        (
            "he",
            True,
            'אתם רציניים?? חיכינו שעה בחום ואף אחד לא עונה!!! שילמנו 460 ש"ח ואני רוצה את כל הכסף חזרה היום. אם עד 17:00 אין החזר אני כותב עליכם בגוגל',
            'ל"ואני רוצה',
        ),
        (
            "he",
            False,
            'שלום,\nהבטחתם רכב ממוזג והגיע רכב פתוח. אני לא מחפש התנצלויות, אני רוצה את הכסף. 1,200 ש"ח עד סוף השבוע.\nמשה',
            'ל"אני רוצה את הכסף',
        ),
        # …and an ultimatum's "or" is no other remedy beside the refund.
        (
            "en",
            True,
            "refund the whole 450 today or im posting this in every group I know",
            'answering "refund',
        ),  # guard: held before its fix too
        (
            "he",
            True,
            "אני רוצה החזר מלא עד מחר או שאני מפרסם אתכם בכל הקבוצות",
            'ל"אני רוצה החזר',
        ),  # guard: held before its fix too
    ],
)
def test_a_refund_demanded_is_answered_once(
    language: str, chat: bool, text: str, field: str
) -> None:
    advice = _advise(label="conflictual", message_language=language, text=text, chat=chat)
    refund_line = "About the refund" if language == "en" else "לגבי ההחזר"
    assert any(refund_line in s.text for s in advice.suggestions)
    assert not any(field in s.text and refund_line in s.text for s in advice.suggestions), [
        s.text for s in advice.suggestions
    ]


def test_the_clients_own_words_never_reach_the_shared_prefilter() -> None:
    """Each new put-off time ("בעוד שלושה ימים", "…חמישה…") once became a string of the shared
    prefilter automaton: kept for the life of the service, and each rebuilt the automaton
    (tens of milliseconds) inside a request."""

    def put_off(days: str) -> None:
        text = f"סליחה שנעלמתי, אשלח את החוזה החתום בעוד {days} ימים, נמשיך אז?"
        _advise(text=text, label="dormant", runner_up="dormant")

    put_off("ארבעה")  # every phrase book's own regexes are compiled by now
    before = len(_NEEDLES.ids)
    for days in ("שלושה", "חמישה", "שישה", "שבעה", "שמונה"):
        put_off(days)
    assert len(_NEEDLES.ids) == before


@pytest.mark.parametrize(
    ("language", "text", "wait"),
    [
        # Rounds 321-322: "I'll wait to hear from you" before the fields that answer the
        # client's questions read out of order.
        (
            "he",
            "שלום,\nהשיפוץ במטבח נתקע. אפשר להשאיר את התנור אצלכם במחסן בינתיים? אני אעדכן כשיהיה ברור, אולי אחרי חנוכה.\nועוד שאלה – זה לא משפיע על האחריות, נכון?\nתודה,\nמיכל",
            "אחכה לעדכון ממך.",
        ),
    ],
)
def test_the_wait_line_comes_after_the_fields(language: str, text: str, wait: str) -> None:
    advice = _advise(label="dormant", message_language=language, text=text, chat=False)
    reply = advice.suggestions[0].text
    assert wait in reply and "[" in reply, reply
    assert reply.index(wait) > reply.rindex("["), reply
