"""Lexical cues: which words set off which category, and the near misses that must not."""

from __future__ import annotations

import pytest

from classifier.lexicons import cues, marker_text, triggers
from classifier.preprocessing import prepare_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("זה זבל", ["insult"]),
        ("אתם נוכלים", ["insult"]),
        ("והשרלטנים האלה", ["insult"]),  # with prefix letters
        ("you people are such clowns", ["insult"]),
        ("אני אפנה לעורך דין", ["threat"]),  # a phrase behind a prefix letter
        ("נתראה בתביעות קטנות", ["threat"]),
        ("I'll file a chargeback", ["threat"]),
        ("what the hell is this", ["profanity"]),
        ("מה זה ענייני? תשלח מונית", ["blame"]),
        ("that's on you, not my problem", ["blame"]),
        ("just deal with it", ["blame"]),
        ("אתה נוכל ושקרן", ["insult"]),
        ("איזה ליצנים אתם", ["insult"]),
        ("תודה רבה באמת על העדכון 👏 רק שבוע וחצי", ["sarcasm"]),
        ("Great job, only three weeks late", ["sarcasm"]),
        ("Love that for us 🙃", ["sarcasm"]),
        ("אתם נוכלים, אני הולך לעורך דין", ["insult", "threat"]),
    ],
)
def test_cues_are_found(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "תודה רבה, מעולה!",  # praise with no complaint cue is sincere
        "Tell me and I'll deal with it",  # the client's own step (round 32), no dismissal
        "נוכל לסגור על 5,000?",  # "we can", not "a crook" (round 34)
        "ואולי גם משהו לילדים, ליצן?",  # a party clown
        "Noa told me I'd be an idiot not to work with you",  # praise (round 37)
        "can you book a clown for the kids' party?",
        "Great job, thank you so much",
        "אני צריך עורך וידאו",  # an editor, not a lawyer
        "the court date for our client's case is Monday, can you prepare the brief?",
        "לא אכפת לי מה הצבע, תחליט אתה",  # easygoing: "I don't mind", not dismissal
        "סבבה, נדבר בשבוע הבא",
        # found by review: innocent senses of words that also insult, threaten or swear
        "אפשר לאפס את הסיסמה? תודה",
        "נבנה את האתר מאפס",
        "אפשר לקבל התראה במייל על כל הזמנה?",
        "הלקוח הזין את הפרטים בטופס",
        "Hi Sue, could you send the invoice?",
        "יש כישלון בתשלום, אפשר לשלוח שוב?",
        "The lazy loading on the gallery is broken",
        "כוס קפה בפגישה?",
        "שיט בכנרת לכל הצוות",
        "אני מבטל את הפגישה מחר, נקבע לשבוע הבא",
        "we met at the food court",
        "a cheat sheet for the new staff",
        "מעולה, רק תשלח לי את הקובץ",
        "Well done, I have another request",
        "please take out the trash bags after the shoot",
    ],
)
def test_near_misses_set_off_nothing(text: str) -> None:
    assert cues(text) == []


def test_the_trigger_words_are_the_ones_written() -> None:
    assert triggers("אתם נוכלים, אני הולך לעורך דין") == {
        "insult": {"נוכלים"},
        "threat": {"לעורך", "דין"},
    }


def test_the_model_reads_the_markers_after_the_text() -> None:
    prepared = prepare_text("you people are clowns")
    assert prepared.model_text.endswith("\n" + marker_text("you people are clowns"))
    assert prepared.cleaned_body == "you people are clowns"
    assert prepare_text("thanks, received").model_text == "thanks, received"
