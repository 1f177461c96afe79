"""Pre-train: only the client's own new text survives cleaning."""

from __future__ import annotations

import pytest

from classifier.cleaning import clean_body

OWN_HE = "היי, אני צריכה את הקבצים עד מחר בבוקר.\nתודה!"
OWN_EN = "Hi Sam,\n\nI need the files by tomorrow morning, please."


@pytest.mark.parametrize(
    "tail",
    [
        "\n\nOn Mon, 3 Mar 2025 at 10:12, Dana Levi <dana@example.co.il> wrote:\n> Sure, here is the quote.\n> Best, Dana",
        "\n\nOn Mon, Mar 3, 2025 at 10:12 AM Dana Levi <\ndana@example.co.il> wrote:\n\nold text",
        "\n\nבתאריך יום ב׳, 3 במרץ 2025 ב-10:12 מאת דנה לוי <dana@example.co.il>\u200f כתב/ה:\n> שלום, מצורפת ההצעה",
        "\n\n________________________________\nFrom: Dana Levi <dana@example.co.il>\nSent: Monday, March 3, 2025 10:12\nTo: Client\nSubject: Quote\n\nHere is the quote.",
        "\n\nמאת: דנה לוי\nנשלח: יום שני 3 מרץ 2025\nאל: לקוח\nנושא: הצעה\n\nמצורפת ההצעה",
        "\n\n---------- Forwarded message ---------\nFrom: someone\nDate: x\n\nforwarded text",
        "\n\n---------- הודעה שהועברה ----------\nמאת: מישהו\n\nטקסט מועבר",
        "\n\nSent from my iPhone",
        "\n\nנשלח מה-iPhone שלי",
        "\n\n--\nDana Levi | Marketing\n052-1234567 | www.example.co.il",
        "\n\nThis e-mail is confidential and intended solely for the addressee. If you received it in error, "
        "please notify the sender and delete it.",
        "\n\nהודעה זו מכילה מידע חסוי המיועד לנמען בלבד. אם קיבלת הודעה זו בטעות, נא להודיע לשולח.",
        # Round 87: a disclaimer right under the text, with no blank line before it.
        "\nהודעה זו עשויה להכיל מידע חסוי. אם קיבלת אותה בטעות, נא למחוק אותה ולהודיע לשולח.",
    ],
)
@pytest.mark.parametrize("own", [OWN_HE, OWN_EN])
def test_artifacts_are_removed_and_own_text_kept(own: str, tail: str) -> None:
    cleaned = clean_body(own + tail)
    assert cleaned.text == own.strip()
    assert cleaned.removed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Let's go with option B.\n\nThanks,\nMaya Cohen\nCEO, Example Ltd\n+972-52-123-4567",
            "Let's go with option B.\n\nThanks,",
        ),
        (
            "אפשר להתקדם עם אפשרות ב׳.\n\nבברכה,\nדנה לוי\nמנהלת שיווק\n052-1234567",
            "אפשר להתקדם עם אפשרות ב׳.\n\nבברכה,",
        ),
        (
            "Let's go with option B.\nMaya Cohen | Example Ltd\nmaya@example.com | 052-1234567",
            "Let's go with option B.",
        ),
    ],
)
def test_signature_block_is_dropped_sign_off_line_kept(body: str, expected: str) -> None:
    cleaned = clean_body(body)
    assert cleaned.text == expected
    assert "signature" in cleaned.removed


def test_interleaved_quote_lines_are_dropped_but_replies_kept() -> None:
    body = "> Can you send the logo?\nYes, attached.\n> And the fonts?\nNot yet, next week."
    assert clean_body(body).text == "Yes, attached.\nNot yet, next week."


def test_message_that_only_mentions_confidentiality_is_not_cut() -> None:
    body = "Please keep the new prices confidential for now.\n\nWe launch next week."
    assert clean_body(body).text == body


def test_bare_forward_falls_back_to_the_forwarded_text() -> None:
    cleaned = clean_body(
        "---------- Forwarded message ---------\nFrom: x\n\nwhy is this late again?"
    )
    assert cleaned.fallback
    assert "why is this late again?" in cleaned.text


def test_bidi_marks_and_crlf_do_not_break_cleaning() -> None:
    body = "תודה רבה!\r\n\r\n\u200fבתאריך יום ג׳, 4 במרץ 2025 ב-9:00 מאת רון <ron@example.com>\u200f כתב/ה:\r\n> טקסט"
    assert clean_body(body).text == "תודה רבה!"


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\nThanks!\nCan you send it by Monday?\nAlso the logo.",
        "היי,\nתודה רבה!\nאפשר לקבל את זה עד יום שני?\nוגם את הלוגו",
        "Got it.\nThanks.\nOne more thing: the font is wrong on page 2.",
    ],
)
def test_thanks_in_the_middle_does_not_cut_the_clients_words(body: str) -> None:
    assert clean_body(body).text == body


@pytest.mark.parametrize(
    "header",
    [
        # Gmail, Hebrew, with no verb after the sender: the quoted politeness was classified
        "בתאריך יום ג׳, 3 בדצמ׳ 2024 ב-10:12 מאת נועה <noa@studio.co.il>:",
        # mobile Gmail, wrapped in bidi marks
        "\u202bבתאריך יום ב׳, 3 במרץ 2025, 10:12, \u200fנועה <\u202anoa@x.com\u202c\u200f> כתב/ה:\u202c",
        # Apple Mail, Hebrew
        "ב-3 במרץ 2025, בשעה 10:12, נועה <noa@x.com> כתב/ה:",
        # Outlook, Hebrew
        "מאת: נועה כהן <noa@x.com>\nנשלח: יום שלישי 3 דצמבר 2024 10:12\nאל: דני\nנושא: הצעה",
    ],
)
def test_hebrew_quote_headers_of_every_client_cut_the_quote(header: str) -> None:
    body = (
        f"אתם פשוט חצופים. אני רוצה את הכסף בחזרה.\n\n{header}\n> תודה רבה על הסבלנות, נשמח לעזור!"
    )
    cleaned = clean_body(body)
    assert cleaned.text == "אתם פשוט חצופים. אני רוצה את הכסף בחזרה."
    assert "quote" in cleaned.removed


def test_a_sentence_that_starts_with_a_date_is_the_clients_own() -> None:
    text = "בתאריך 3.12 נפגשנו ואמרת שזה יהיה מוכן. לא מקובל."
    assert clean_body(text).text == text


@pytest.mark.parametrize("first", ["בסדר גמור", "בקיצור, לא מתאים לי", "ביום חמישי אני לא יכולה"])
def test_a_line_of_the_clients_own_that_starts_with_bet_is_kept(first: str) -> None:
    body = f"{first}\n\nבתאריך יום ג׳, 3 בדצמ׳ 2024 ב-10:12 מאת דנה <dana@x.co.il>:\n> שאלה?"
    assert clean_body(body).text == first


def test_the_message_replied_under_is_kept_apart_without_its_marks() -> None:
    body = (
        "Sorry, after the holidays then.\n\nOn Sun, 9 Nov, Or Levi wrote:\n"
        "> Hi Liat, we need your picks by Thursday.\n> Thanks!"
    )
    cleaned = clean_body(body)
    assert cleaned.text == "Sorry, after the holidays then."
    assert cleaned.quoted == "Hi Liat, we need your picks by Thursday.\nThanks!"


def test_a_reply_header_quoted_with_the_message_under_it_starts_the_quote() -> None:
    # Round 118: "> On Sep 30, Yossi Dahan wrote:" was read as the client's own words, so the
    # owner's deadline under it ("an answer by Oct 10") was never weighed.
    body = (
        "Hi Yossi,\nSorry, crazy few weeks. Maybe we decide in November?\nJonathan\n\n"
        "> On Sep 30, Yossi Dahan wrote:\n> The owner wants an answer by Oct 10."
    )
    cleaned = clean_body(body)
    assert "Oct 10" not in cleaned.text and "Oct 10" in cleaned.quoted


def test_quoted_lines_with_no_header_are_still_the_message_replied_under() -> None:
    # Round 178: the owner's reminder under a put-off, "> " marks and no "On … wrote:" above it.
    body = (
        "שלום עינת,\n\nאחזור אלייך כשנחזור.\n\nרונית\n\n"
        "> הבנק לא ישחרר את הכסף בלי השאלון.\n> ההעברה מתוכננת ל-15 לחודש."
    )
    cleaned = clean_body(body)
    assert cleaned.text == "שלום עינת,\n\nאחזור אלייך כשנחזור.\n\nרונית"
    assert cleaned.quoted == "הבנק לא ישחרר את הכסף בלי השאלון.\nההעברה מתוכננת ל-15 לחודש."
