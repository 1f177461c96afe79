"""The response path: a post quoting a client is answered from the client's quoted words."""

from __future__ import annotations

import dataclasses

import pytest

from classifier.message import Channel
from classifier.prediction import ClientClassifier
from classifier.reading import read_text
from classifier.respond import client_quote, respond
from classifier.settings import Settings

POSTS = [
    # (post, the client's words)
    (
        "רואה חשבון פה. לקוח: 'את ההוצאות של הרכב תרשום 100% מוכרות'. אחר כך הוא מתפלא",
        "את ההוצאות של הרכב תרשום 100% מוכרות",
    ),
    (
        'הלקוח כתב לי אחרי שהעליתי 3 סקיצות: "אחלה, תבחר אתה מה שנראה לך הכי טוב" לא קרה לי כזה',
        "אחלה, תבחר אתה מה שנראה לך הכי טוב",
    ),
    (
        'Client on the first chapter: "I cried reading it. Keep going exactly like this." Nice.',
        "I cried reading it. Keep going exactly like this.",
    ),
    (
        "Told him it's not deductible. His reply: 'Everyone deducts it. Just file it.' Sigh.",
        "Everyone deducts it. Just file it.",
    ),
    (
        "Electrician here. The owner told me: 'you don't need an RCD on that circuit' and left.",
        "you don't need an RCD on that circuit",
    ),
    (
        "צלמת כאן. הכלה לפני החתונה: 'אני רוצה שתצלמי הכל עם פלאש ישיר'",
        "אני רוצה שתצלמי הכל עם פלאש ישיר",
    ),
]

CLIENTS_QUOTING = [
    # A client's own message that quotes something is not a post about a client.
    'Read your own contract. Clause 4.2: "up to three revision rounds". We\'ve had two.',
    'Is this a joke? The cake says "Happy Birthday Jonh". I want my money back.',
    'Read the blurb out loud to my wife and she said "I\'d buy that". Done. Thanks!',
    "כתבת לי בהצעה: 'כולל שני סבבי תיקונים'. אז למה אני משלם על השני?",
]


@pytest.mark.parametrize(("post", "words"), POSTS)
def test_a_post_quoting_a_client_yields_the_clients_words(post: str, words: str) -> None:
    span = client_quote(post)
    assert span is not None
    assert post[span[0] : span[1]] == words


@pytest.mark.parametrize("text", CLIENTS_QUOTING)
def test_a_clients_own_quote_is_not_read_as_a_post(text: str) -> None:
    assert client_quote(text) is None


LETTER = (
    "Dear Mr. Ben-Ami,\n\nPlease send the revised plan by Thursday.\n\nMit freundlichen Grüßen\n"
    "Katrin Vogelsang"
)


def test_a_letter_to_the_owners_title_is_answered_formally(mini_model: ClientClassifier) -> None:
    # Round 270: "'Hi Bernard' is far too casual for a formal 'Madame' letter". (Greeting by
    # the full signed name, "Dear Katrin Vogelsang,", was tried and dropped: rounds 287-288's
    # reviewers rated three replies down for it as a mail merge, one up.)
    settings = Settings(provider_name=None)
    letter = read_text(LETTER.replace("Dear Mr. Ben-Ami,", "Herr Ben-Ami,"), subject="Plan")
    replies = respond(letter, model=mini_model, settings=settings).advice.suggestions
    assert replies and all(s.text.startswith("Dear Katrin,") for s in replies), [
        s.text for s in replies
    ]


def test_a_chat_opening_on_a_title_keeps_the_first_name(mini_model: ClientClassifier) -> None:
    # "Hi Katrin Vogelsang" would read as a mail merge in a chat.
    message = dataclasses.replace(
        read_text(LETTER, subject="Revised plan"), channel=Channel.WHATSAPP
    )
    replies = respond(message, model=mini_model, settings=Settings(provider_name=None))
    assert all(s.text.startswith("Hi Katrin,") for s in replies.advice.suggestions), [
        s.text for s in replies.advice.suggestions
    ]
