"""Pre-train: language per message, by the labeling guide's rule."""

from __future__ import annotations

import pytest

from classifier.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("אני צריך את זה עד מחר", "he"),
        ("שלחתי את הבריף, תעדכן אותי לגבי ה-deadline של הקמפיין", "he"),
        ("I need this by tomorrow, please.", "en"),
        ("The logo looks great. אני ממש מרוצה מהתוצאה הסופית!", "mixed"),
        ("היי, מצרפת את הקבצים. Please make sure the fonts are embedded before printing.", "mixed"),
        ("Bonjour, je voudrais recevoir le devis avant vendredi, merci beaucoup.", "other"),
        ("Привет, когда будет готов сайт?", "other"),
        ("مرحبا، متى سيكون التصميم جاهزا؟", "other"),
        ("", "other"),
        ("12345 !!!", "other"),
        ("ok thx", "en"),
        ("Payment issued via ACH today. Remittance attached.", "en"),
        ("Hey sorry I've gone quiet!! work's been insane. I'll be back after new year", "en"),
        ("Transferred the 2,400 ₪ this morning. תודה על העבודה המהירה!", "mixed"),
        ("Thursday at 5 works. נתראה באולפן!", "mixed"),
        ("אושר, הכל נראה מעולה. Go live whenever you're ready.", "mixed"),
        ("באנגלית אומרים Lasting Power of Attorney, ככה זה באנגליה.", "he"),
        ("Hola, necesito el presupuesto para el lunes, gracias.", "other"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_a_body_without_letters_takes_the_language_of_its_message() -> None:
    # Round 80: "15/9?" under a Hebrew signature and the studio's Hebrew question was "no
    # language we read", and got no reply.
    message = "15/9?\n\nנשלח מה-iPhone שלי\n\n> היי מיכל, מתי תוכלי להעביר את התמונות?"
    assert detect_language("15/9?", context=message) == "he"
    assert detect_language("👍", context="👍\n\nSent from my iPhone") == "en"
    assert detect_language("15/9?") == "other"
    assert detect_language("15/9?", context="15/9?") == "other"
