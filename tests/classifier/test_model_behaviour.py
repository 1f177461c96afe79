"""Post-train behaviour and evaluation of a model trained on the repository's training split.

Slow (about a minute: one training run without cross-validation), so marked ``slow``;
``make test`` runs them, ``make test-fast`` skips them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from classifier.evaluation import compute_metrics
from classifier.prediction import ClientClassifier
from classifier.preprocessing import model_texts, row_languages

pytestmark = pytest.mark.slow


# The seeds' own example sentences (shared/seeds), and the labeling guide's cues in English.
SEED_SENTENCES = [
    ("אני צריך את זה למחר", "demanding"),  # 004: the position before asking "why tomorrow?"
    ("מה זה ענייני? תשלח מונית", "conflictual"),  # 004: the dialogue that ends in a fight
    ("אני סומך עליך, הכל טוב, תעשה מה שצריך", "easygoing"),  # 003
    ("תשלח לי את החוזה ויאללה בוא נצא לדרך", "easygoing"),  # 003
    ("אני נורא עסוק עכשיו, אחזור אליך כשאתפנה", "dormant"),  # 003
    ("זה אף פעם לא מספיק, אני רוצה עוד ועוד", "demanding"),  # 000
    ("שאלתי לדעתך רק לשם הפרוטוקול, אני כבר יודע מה צריך לעשות", "know-it-all"),  # 000
    ("Just send the contract and let's start, I trust you.", "easygoing"),
    ("Sorry, I was swamped. Let's talk after the holidays.", "dormant"),
    ("While you're at it, also redo the brochure. I need it all by tomorrow.", "demanding"),
    ("I know exactly how this should be done. Just do it my way.", "know-it-all"),
    ("You people are useless. I'm calling my lawyer and leaving a bad review.", "conflictual"),
]


@pytest.mark.parametrize(("text", "expected"), SEED_SENTENCES)
def test_seed_sentences(corpus_model: ClientClassifier, text: str, expected: str) -> None:
    assert corpus_model.classify_text(text).label == expected


ARTIFACTS = [
    "\n\nSent from my iPhone",
    "\n\nנשלח מה-iPhone שלי",
    "\n\n--\nנועה ברק | מנהלת רכש\n050-7654321 | www.example.co.il",
    "\n\nOn Tue, 4 Mar 2025 at 09:30, Studio <hello@example.com> wrote:\n> Thanks so much! I trust you completely.\n> Whatever you think is best.",
    "\n\nבתאריך יום ג׳, 4 במרץ 2025 ב-9:30 מאת סטודיו <hello@example.com>\u200f כתב/ה:\n> אתם רמאים ואני אתבע אתכם",
    "\n\nThis message is confidential and intended solely for the addressee. If you received it in error, please notify the sender.",
]


def test_label_does_not_change_when_artifacts_are_added(
    corpus_model: ClientClassifier, corpus_split: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    test = corpus_split[1].sample(n=120, random_state=0)
    changed = []
    for i, (text, subject) in enumerate(zip(test["text"], test["subject"], strict=True)):
        base = corpus_model.classify_text(text, subject=subject, explain=False).label
        padded = corpus_model.classify_text(
            text + ARTIFACTS[i % len(ARTIFACTS)], subject=subject, explain=False
        )
        if padded.label != base:
            changed.append((text[:60], base, padded.label))
    assert changed == []


@pytest.mark.parametrize(
    ("addition", "label"),
    [
        (
            " But I need the final version by tomorrow morning, and add two more pages for the same price.",
            "demanding",
        ),
        (
            " אבל אם זה לא יהיה מוכן מחר אני מבטל הכל, דורש את הכסף בחזרה ומפרסם ביקורת בכל מקום.",
            "conflictual",
        ),
        (
            " Sorry for going silent for two months, I'll get back to you once things calm down.",
            "dormant",
        ),
        (
            " רק שאין צורך במחקר שלך, אני יודע בדיוק מה עובד בתחום שלי, אז תעשה את זה כמו שאני אומר.",
            "know-it-all",
        ),
    ],
)
def test_directional_expectations(
    corpus_model: ClientClassifier, addition: str, label: str
) -> None:
    """A warm message turns into the added behaviour's type when that behaviour is added."""
    base = "Thanks, the draft looks good." if addition.isascii() else "תודה, הטיוטה נראית טוב."
    before = corpus_model.classify_text(base, explain=False)
    after = corpus_model.classify_text(base + addition, explain=False)
    assert before.label == "easygoing"
    assert after.label == label
    assert after.probabilities[label] > before.probabilities[label]


def test_held_out_split_quality(
    corpus_model: ClientClassifier, corpus_split: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    """Whole writing passes the model never saw: a floor that catches regressions."""
    test = corpus_split[1]
    proba = corpus_model.predict_proba(model_texts(test))
    metrics = compute_metrics(
        test["label"].tolist(), proba, corpus_model.labels, languages=row_languages(test)
    )
    assert metrics["macro_f1"] >= 0.85
    assert all(m["macro_f1"] >= 0.8 for m in metrics["per_language"].values()), metrics[
        "per_language"
    ]
    assert metrics["ece"] <= 0.08


def test_confidence_is_lower_on_errors(
    corpus_model: ClientClassifier, corpus_split: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    test = corpus_split[1]
    proba = corpus_model.predict_proba(model_texts(test))
    predicted = np.asarray(corpus_model.labels)[proba.argmax(axis=1)]
    right = proba.max(axis=1)[predicted == test["label"].to_numpy()]
    wrong = proba.max(axis=1)[predicted != test["label"].to_numpy()]
    assert wrong.mean() < right.mean() - 0.15
