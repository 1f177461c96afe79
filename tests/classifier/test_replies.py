"""Reply suggestions and the draft check: the library's promises, tested on every combination."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import ValidationError

from classifier import LABELS, TOPICS
from classifier.replies import (
    ReplyLibrary,
    advise,
    check_draft,
    client_first_name,
    load_draft_checks,
    load_library,
)

HEBREW = re.compile(r"[\u05d0-\u05ea]")
LATIN = re.compile(r"[A-Za-z]")


def _advise(**overrides: Any) -> Any:
    args: dict[str, Any] = {
        "label": "demanding",
        "runner_up": "conflictual",
        "uncertain": False,
        "topic": "deadline",
        "message_language": "he",
        "client_name": None,
        "provider_name": None,
        "seed_text": "msg",
    }
    args.update(overrides)
    return advise(**args)


@pytest.mark.parametrize("language", ["he", "en"])
@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("topic", [*TOPICS, None])
def test_every_type_language_topic_yields_three_diverse_replies(
    language: str, label: str, topic: str | None
) -> None:
    advice = _advise(
        label=label, topic=topic, message_language=language, client_name="Dana", provider_name="Noa"
    )
    assert len(advice.suggestions) == 3
    assert len({s.technique for s in advice.suggestions}) == 3
    assert advice.note == load_library(advice.language).notes[label]
    for s in advice.suggestions:
        assert not re.search(r"\{|\}|\[|\]|XXX", s.text)
        body = s.text.split("\n\n")[1]
        if language == "he":
            assert len(HEBREW.findall(body)) > len(LATIN.findall(body))
        else:
            assert not HEBREW.search(body)


def test_topic_specific_replies_come_first() -> None:
    advice = _advise(topic="payment", label="dormant")
    library = load_library("he")
    by_id = {r.id: r for r in library.replies}
    assert "payment" in by_id[advice.suggestions[0].reply_id].topics


def test_names_are_filled_and_absent_names_leave_no_trace() -> None:
    named = _advise(client_name="דנה", provider_name="נועה כהן").suggestions[0].text
    assert named.startswith("היי דנה,\n\n") and named.endswith("\n\nבברכה,\nנועה כהן")
    anonymous = _advise(message_language="en").suggestions[0].text
    assert anonymous.startswith("Hi,\n\n") and "Best," not in anonymous


def test_same_input_same_replies_other_inputs_vary() -> None:
    first = [s.reply_id for s in _advise(seed_text="one message").suggestions]
    assert first == [s.reply_id for s in _advise(seed_text="one message").suggestions]
    others = {
        tuple(s.reply_id for s in _advise(seed_text=f"message {i}", topic=None).suggestions)
        for i in range(12)
    }
    assert len(others) > 1


def test_uncertain_prediction_gets_neutral_replies_and_a_note_naming_both_types() -> None:
    advice = _advise(
        uncertain=True, label="demanding", runner_up="know-it-all", message_language="en"
    )
    library = load_library("en")
    types = {r.id: r.type for r in library.replies}
    assert {types[s.reply_id] for s in advice.suggestions} == {"neutral"}
    assert "demanding" in advice.note and "know-it-all" in advice.note
    assert advice.types == ("demanding", "know-it-all")


def test_mixed_messages_are_answered_in_hebrew_and_others_in_english() -> None:
    assert _advise(message_language="mixed").language == "he"
    assert _advise(message_language="other").language == "en"


def _library(**changes: Any) -> dict[str, Any]:
    data = load_library("en").model_dump()
    data.update(changes)
    return data


def test_schema_rejects_placeholders_unknown_techniques_and_missing_notes() -> None:
    replies = _library()["replies"]
    with pytest.raises(ValidationError, match="placeholder"):
        ReplyLibrary.model_validate(
            _library(replies=[{**replies[0], "text": "Hello {name}, thanks a lot"}, *replies[1:]])
        )
    with pytest.raises(ValidationError, match="technique"):
        ReplyLibrary.model_validate(
            _library(replies=[{**replies[0], "technique": "shouting"}, *replies[1:]])
        )
    notes = dict(_library()["notes"])
    del notes["dormant"]
    with pytest.raises(ValidationError, match="notes must cover"):
        ReplyLibrary.model_validate(_library(notes=notes))
    with pytest.raises(ValidationError, match="needs 6"):
        ReplyLibrary.model_validate(
            _library(replies=[r for r in replies if r["type"] != "dormant"][:-1])
        )


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


def test_the_reply_library_itself_passes_the_draft_check() -> None:
    flagged = [
        r.id for lang in ("he", "en") for r in load_library(lang).replies if check_draft(r.text)
    ]  # type: ignore[arg-type]
    assert flagged == []
