"""memory: imported messages become history entries of the right client, classified once; an
import is stored once; a dormant client gets re-engaging replies with or without kept texts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from classifier.history import HistoryStore
from classifier.importers import Imported, ImportFormatError, parse_chat, read_path
from classifier.memory import (
    PROFILE_RULES,
    ConsentWithdrawnError,
    ImportReport,
    OwnerNotFoundError,
    analyse_for_history,
    client_profile,
    import_into_history,
    owner_identities,
    re_engage,
)
from classifier.message import Channel, Direction, Message, Sender
from classifier.owner import OwnerSettings
from classifier.prediction import ClientClassifier
from classifier.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
CHAT = """\
1.4.2024, 08:55 - ההודעות והשיחות מוצפנות מקצה לקצה. יש להקיש לקבלת מידע נוסף.
1.4.2024, 09:00 - יוסי כהן: שלום נועה, מתי נראה את העיצוב של דף הבית? אני צריך את זה עד מחר
1.4.2024, 09:04 - נועה לוי: בוקר טוב יוסי! ביום רביעי אשלח שתי גרסאות
2.4.2024, 13:40 - יוסי כהן: וגם עמוד נחיתה נוסף באותו מחיר, נכון?
2.4.2024, 13:46 - נועה לוי: עמוד נוסף הוא 1,200 ש"ח, אשמח לשלוח הצעה
"""
SETTINGS = Settings(provider_name=None, topic_min_confidence=0.0)
KEEP = OwnerSettings(keep_history=True, keep_texts=True, history_retention_days=3650)


def chat(text: str = CHAT, *, owner: str | None = "נועה לוי") -> list[Imported]:
    return parse_chat(text, source="chat.txt", owner=owner).messages


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    yield opened
    opened.dispose()


def test_chat_messages_belong_to_the_one_client_and_only_theirs_are_classified(
    mini_model: ClientClassifier,
) -> None:
    imported = chat()
    entries = analyse_for_history(imported, model=mini_model, settings=SETTINGS)
    assert [e.key for e in entries] == [i.key for i in imported]
    assert {e.client_key for e in entries} == {"name:יוסי כהן"}
    assert [e.direction for e in entries] == [Direction.IN, Direction.OUT] * 2
    expected = mini_model.classify_many(
        [i.message for i in imported if i.message.direction is Direction.IN], explain=False
    )
    client = [e for e in entries if e.direction is Direction.IN]
    assert [e.label for e in client] == [p.label for p in expected]
    assert [e.client_name for e in client] == ["יוסי כהן"] * 2
    owner = [e for e in entries if e.direction is Direction.OUT]
    assert all(e.label is None and e.probabilities is None and e.client_name is None for e in owner)
    assert all(e.channel is Channel.WHATSAPP and e.text for e in entries)


def test_classified_once_in_batches_with_progress(
    mini_model: ClientClassifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    original = mini_model.classify_many

    def counting(messages: list[Message], *, explain: bool = True) -> object:
        assert explain is False
        calls.append(len(messages))
        return original(messages, explain=explain)

    monkeypatch.setattr(mini_model, "classify_many", counting)
    seen: list[tuple[int, int]] = []
    analyse_for_history(
        chat(), model=mini_model, settings=SETTINGS, progress=lambda d, t: seen.append((d, t))
    )
    assert calls == [2] and seen == [(0, 2), (2, 2)]


def test_asks_reader_gets_each_client_message_and_its_language(
    mini_model: ClientClassifier,
) -> None:
    asked: list[str] = []

    def asks(message: Message, language: str) -> tuple[str, ...]:
        asked.append(language)
        return ("deadline: tomorrow", "  ")

    entries = analyse_for_history(chat(), model=mini_model, settings=SETTINGS, asks=asks)
    assert asked == ["he", "he"]
    assert [e.asks for e in entries] == [("deadline: tomorrow",), (), ("deadline: tomorrow",), ()]


def test_topics_are_stored_only_when_sure(mini_model: ClientClassifier) -> None:
    sure_only = SETTINGS.model_copy(update={"topic_min_confidence": 1.0})
    entries = analyse_for_history(chat(), model=mini_model, settings=sure_only)
    assert all(e.topic is None for e in entries)
    anything = analyse_for_history(chat(), model=mini_model, settings=SETTINGS)
    assert all(e.topic is not None for e in anything if e.direction is Direction.IN)


def test_a_message_in_no_language_the_model_reads_is_stored_without_a_label(
    mini_model: ClientClassifier,
) -> None:
    text = CHAT + "3.4.2024, 10:00 - יוסי כהן: Привет, как дела? Когда будет готово?\n"
    entries = analyse_for_history(chat(text), model=mini_model, settings=SETTINGS)
    assert entries[-1].label is None and entries[-1].probabilities is None


def test_owner_lines_without_one_client_are_not_stored(mini_model: ClientClassifier) -> None:
    group = CHAT + "3.4.2024, 10:00 - דנה: גם אני בקבוצה\n"
    entries = analyse_for_history(chat(group), model=mini_model, settings=SETTINGS)
    assert all(e.direction is Direction.IN for e in entries)
    assert {e.client_key for e in entries} == {"name:יוסי כהן", "name:דנה"}
    mail = read_path(FIXTURES / "mail.mbox", owner="noa@noa-studio.example").messages
    stored = analyse_for_history(mail, model=mini_model, settings=SETTINGS)
    assert [e.client_key for e in stored] == ["mail:dan@mizrahi-bakery.example"]


def test_a_chat_of_several_people_without_the_owner_is_refused(
    mini_model: ClientClassifier,
) -> None:
    with pytest.raises(OwnerNotFoundError, match=r"chat\.txt: none of the 2 people") as caught:
        analyse_for_history(chat(owner="Noa"), model=mini_model, settings=SETTINGS)
    assert isinstance(caught.value, ImportFormatError)


def _import_android(store: HistoryStore, model: ClientClassifier, **options: Any) -> ImportReport:
    """The Android fixture imported for Noa Levi as of NOW."""
    return import_into_history(
        FIXTURES / "android_en.txt",
        owner="Noa Levi",
        tz="Asia/Jerusalem",
        store=store,
        owner_settings=KEEP,
        model=model,
        settings=SETTINGS,
        max_bytes=1_000_000,
        progress=None,
        now=NOW,
        **options,
    )


def test_import_stores_once_and_counts_what_it_did(
    mini_model: ClientClassifier, store: HistoryStore
) -> None:
    def run() -> ImportReport:
        return _import_android(store, mini_model)

    first = run()
    assert (first.format, first.read, first.new, first.already) == ("whatsapp", 8, 8, 0)
    assert (first.skipped, first.clients, first.owner_messages) == (4, 1, 4)
    again = run()
    assert (again.new, again.already, again.too_old, again.unattributed) == (0, 8, 0, 0)
    assert [c.messages for c in store.clients(rules=PROFILE_RULES, now=NOW)] == [8]


def test_an_import_stores_nothing_when_history_was_turned_off_meanwhile(
    mini_model: ClientClassifier, store: HistoryStore
) -> None:
    with pytest.raises(ConsentWithdrawnError):
        _import_android(store, mini_model, recheck=lambda: OwnerSettings(keep_history=False))
    assert store.clients(rules=PROFILE_RULES, now=NOW) == []


def test_import_reports_problems_by_line_and_skips_messages_past_retention(
    mini_model: ClientClassifier, store: HistoryStore
) -> None:
    report = import_into_history(
        FIXTURES / "broken.txt",
        owner=None,  # found among the owner's names
        tz="Asia/Jerusalem",
        store=store,
        owner_settings=KEEP.model_copy(update={"names": {"en": "Noa Levi"}}),
        model=mini_model,
        settings=SETTINGS,
        max_bytes=1_000_000,
        progress=None,
        now=NOW,
    )
    assert [(p.line, p.reason.split(":")[0]) for p in report.problems] == [
        (1, "text before the first message"),
        (4, "impossible date or time"),
        (6, "impossible date or time"),
    ]
    assert (report.read, report.new, report.owner_messages) == (2, 2, 1)
    short = KEEP.model_copy(update={"history_retention_days": 30})
    late = import_into_history(
        FIXTURES / "ios_en.txt",
        owner="Noa Levi",
        tz="Asia/Jerusalem",
        store=store,
        owner_settings=short,
        model=mini_model,
        settings=SETTINGS,
        max_bytes=1_000_000,
        progress=None,
        now=NOW,
    )
    assert (late.read, late.new, late.too_old) == (8, 0, 8)


def test_owner_identities_are_the_names_then_the_provider_name() -> None:
    owner = OwnerSettings(names={"he": "נועה לוי", "en": "Noa Levi"})
    assert owner_identities(owner, Settings(provider_name="Noa Levi")) == ["נועה לוי", "Noa Levi"]
    assert owner_identities(OwnerSettings(), Settings(provider_name=None)) == []


def test_dormant_client_gets_re_engaging_replies_from_the_last_message_or_the_thread(
    mini_model: ClientClassifier, store: HistoryStore
) -> None:
    entries = analyse_for_history(chat(), model=mini_model, settings=SETTINGS)
    store.record(entries, keep_text=True)
    (row,) = store.clients(rules=PROFILE_RULES, now=NOW)
    record = store.client(row.id)
    assert record is not None
    profile = client_profile(record, now=NOW)
    assert profile.dormant and profile.owner_waiting
    owner = OwnerSettings(names={"he": "נועה", "en": "Noa"})
    kept = re_engage(record, profile, model=mini_model, settings=SETTINGS, owner_settings=owner)
    assert kept is not None and kept.based_on == "last_message"
    assert kept.message_id == record.timeline[-2].id  # the client's last message
    assert kept.advice.language == "he" and kept.advice.types == ("dormant",)
    # A chat client: a follow-up of a few lines, unsigned, that asks rather than answers.
    assert kept.advice.suggestions and all(
        s.text.startswith("היי יוסי,\nרציתי לבדוק") and "נועה" not in s.text and len(s.text) <= 300
        for s in kept.advice.suggestions
    )

    textless = replace(record, timeline=tuple(replace(i, text=None) for i in record.timeline))
    thread = re_engage(textless, profile, model=mini_model, settings=SETTINGS, owner_settings=owner)
    assert thread is not None and thread.based_on == "thread"
    assert thread.message_id == record.timeline[-1].id  # the owner's unanswered message
    assert thread.advice.language == "he" and thread.advice.types == ("dormant",)
    assert thread.advice.suggestions and all(
        s.text.startswith("היי יוסי,\nרציתי לבדוק") and len(s.text) <= 300
        for s in thread.advice.suggestions
    )

    awake = client_profile(record, now=record.timeline[-1].sent_at)
    assert not awake.dormant
    assert (
        re_engage(record, awake, model=mini_model, settings=SETTINGS, owner_settings=owner) is None
    )


def test_messages_without_a_sender_or_a_time_are_not_stored(mini_model: ClientClassifier) -> None:
    nobody = Imported(
        Message(subject="", body="hello", sender=Sender(), sent_at=NOW), "x.csv", 2, "k1"
    )
    untimed = Imported(Message(subject="", body="hi", sender=Sender(name="Dana")), "x.csv", 3, "k2")
    assert analyse_for_history([nobody, untimed], model=mini_model, settings=SETTINGS) == []
