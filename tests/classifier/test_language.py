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
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
