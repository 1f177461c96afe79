"""The client profile on hand-written timelines: rhythm, dormancy, trend, warning signs, ranking."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from classifier.message import Channel, Direction
from classifier.profile import (
    ClientSummary,
    ProfileRules,
    SignKind,
    TimelineItem,
    build_profile,
    rank,
    severity,
    summarize,
)

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
RULES = ProfileRules()

IN, OUT = Direction.IN, Direction.OUT


def item(
    id_: int,
    day: float,
    direction: Direction = IN,
    label: str | None = None,
    *,
    topic: str | None = None,
    probabilities: dict[str, float] | None = None,
) -> TimelineItem:
    """A message ``day`` days after START (the client's if not said otherwise)."""
    return TimelineItem(
        id=id_,
        sent_at=START + timedelta(days=day),
        direction=direction,
        channel=Channel.EMAIL,
        label=label,
        probabilities=probabilities,
        topic=topic,
        asks=(),
        text=None,
    )


def client_messages(
    labels: Sequence[str], *, topics: Sequence[str | None] = (), first_day: float = 0
) -> list[TimelineItem]:
    """The client's messages one day apart from ``first_day``, ids 1, 2, ..., each answered by
    the owner (ids 101, 102, ...) half a day later."""
    timeline: list[TimelineItem] = []
    for n, label in enumerate(labels):
        topic = topics[n] if n < len(topics) else None
        timeline.append(item(n + 1, first_day + n, IN, label, topic=topic))
        timeline.append(item(n + 101, first_day + n + 0.5, OUT))
    return timeline


def at(day: float) -> datetime:
    return START + timedelta(days=day)


# --- rhythm and dormancy -------------------------------------------------------------------------


def test_dormant_by_the_clients_own_rhythm() -> None:
    # Writes every 5 days; the last message is the client's (the owner is not waiting).
    timeline = [
        item(1, 0, label="easygoing"),
        item(2, 5, label="easygoing"),
        item(3, 10, label="dormant"),
        item(4, 15, label="easygoing"),
    ]
    quiet = build_profile(timeline, now=at(15 + 16), rules=RULES)
    assert quiet.usual_gap_days == pytest.approx(5.0)
    assert quiet.days_silent == pytest.approx(16.0)
    assert not quiet.owner_waiting
    # 16 days > max(3 × 5, 14) = 15.
    assert quiet.dormant
    assert quiet.dormant_reason == {
        "he": "שקט כבר 16 ימים, יותר מפי 3 מהקצב הרגיל של הלקוח (בערך 5 ימים בין פנייה לפנייה).",
        "en": "Silent for 16 days, more than 3× their usual rhythm (about 5 days between contacts).",
    }
    assert quiet.attention == 100
    assert not build_profile(timeline, now=at(15 + 15), rules=RULES).dormant  # not beyond 15


def test_a_fast_rhythm_is_never_dormant_before_the_minimum_days() -> None:
    daily = [item(n, n, label="easygoing") for n in range(1, 8)]
    assert build_profile(daily, now=at(7 + 13), rules=RULES).usual_gap_days == pytest.approx(1.0)
    assert not build_profile(daily, now=at(7 + 13), rules=RULES).dormant  # 3 × 1 day < 14 days
    assert build_profile(daily, now=at(7 + 14.5), rules=RULES).dormant
    looser = ProfileRules(dormant_min_days=5)
    assert build_profile(daily, now=at(7 + 6), rules=looser).dormant


def test_a_burst_of_chat_lines_is_one_contact_in_the_rhythm() -> None:
    # Three lines a few minutes apart every 10 days: the rhythm is 10 days, not minutes.
    timeline = [
        item(10 * contact + line, 10 * contact + line / 1440, label="easygoing")
        for contact in range(4)
        for line in range(3)
    ]
    profile = build_profile(timeline, now=at(30 + 20), rules=RULES)
    assert profile.usual_gap_days == pytest.approx(10 - 2 / 1440)
    assert not profile.dormant  # 20 days < 3 × 10 days


def test_dormant_by_days_while_the_owner_waits() -> None:
    # One client message (no rhythm yet), then the owner's question, unanswered.
    timeline = [item(1, 0, label="dormant", topic="availability"), item(2, 1, OUT)]
    waiting = build_profile(timeline, now=at(31), rules=RULES)
    assert waiting.usual_gap_days is None
    assert waiting.owner_waiting and waiting.dormant
    assert waiting.days_silent == pytest.approx(31.0)
    assert waiting.dormant_reason == {
        "he": "אין מענה כבר 31 ימים, וההודעה האחרונה שלך עדיין מחכה לתשובה.",
        "en": "No word for 31 days, and your last message is still unanswered.",
    }
    assert not build_profile(timeline, now=at(29), rules=RULES).dormant


def test_not_dormant_when_the_client_answered() -> None:
    timeline = [item(1, 0, label="dormant"), item(2, 1, OUT), item(3, 2, label="easygoing")]
    profile = build_profile(timeline, now=at(40), rules=RULES)
    assert not profile.owner_waiting
    assert profile.days_silent == pytest.approx(38.0)
    assert profile.usual_gap_days is None  # one gap between contacts is not yet a rhythm
    assert not profile.dormant and profile.dormant_reason is None
    assert profile.latest_label == "easygoing"


def test_both_reasons_when_silent_past_rhythm_and_days() -> None:
    timeline = [
        item(1, 0, label="easygoing"),
        item(2, 4, label="easygoing"),
        item(3, 8, label="dormant"),
        item(4, 9, OUT),
    ]
    profile = build_profile(timeline, now=at(8 + 40), rules=RULES)
    assert profile.dormant and profile.dormant_reason is not None
    assert profile.dormant_reason["en"] == (
        "Silent for 40 days, more than 3× their usual rhythm (about 4 days between contacts). "
        "No word for 40 days, and your last message is still unanswered."
    )


def test_an_empty_timeline_and_an_owner_only_timeline() -> None:
    empty = build_profile([], now=at(0), rules=RULES)
    assert (empty.messages, empty.client_messages, empty.latest_label) == (0, 0, None)
    assert empty.trend == "unknown" and empty.days_silent is None and not empty.owner_waiting
    assert empty.attention == 0 and empty.warning_signs == () and empty.ending_note is None
    owner_only = build_profile([item(1, 0, OUT)], now=at(90), rules=RULES)
    assert owner_only.owner_waiting and owner_only.days_silent is None
    assert not owner_only.dormant  # never a client message: nothing to be silent since


# --- severity and trend --------------------------------------------------------------------------


def test_severity_is_weighted_by_probabilities() -> None:
    assert severity(item(1, 0, label="conflictual")) == 4.0
    assert severity(item(1, 0, label="know-it-all")) == 2.0
    half = item(1, 0, label="conflictual", probabilities={"conflictual": 0.5, "easygoing": 0.5})
    assert severity(half) == pytest.approx(2.0)
    assert severity(item(1, 0, label=None)) is None
    assert severity(item(1, 0, OUT)) is None


def test_souring_calming_steady_and_unknown() -> None:
    souring = build_profile(
        client_messages(["easygoing"] * 3 + ["conflictual", "demanding", "conflictual"]),
        now=at(6),
        rules=RULES,
    )
    assert souring.trend == "souring"
    assert souring.severity_change == pytest.approx(11 / 3)
    calming = build_profile(
        client_messages(
            ["conflictual", "demanding", "demanding", "easygoing", "easygoing", "dormant"]
        ),
        now=at(6),
        rules=RULES,
    )
    assert calming.trend == "calming"
    assert calming.severity_change == pytest.approx(1 / 3 - 10 / 3)
    steady = build_profile(
        client_messages(["demanding", "know-it-all", "demanding", "demanding"]),
        now=at(4),
        rules=RULES,
    )
    assert steady.trend == "steady"
    assert steady.severity_change == pytest.approx(0.5)  # below the 0.75 threshold
    assert (
        build_profile(
            client_messages(["easygoing", "conflictual", "conflictual"]), now=at(3), rules=RULES
        ).trend
        == "unknown"
    )


def test_the_trend_looks_at_the_recent_window_only() -> None:
    # Long ago harsh, lately calm and flat: within the last 12 the client is steady.
    labels = ["conflictual"] * 10 + ["easygoing"] * 12
    profile = build_profile(client_messages(labels), now=at(22), rules=RULES)
    assert profile.trend == "steady" and profile.severity_change == 0.0
    assert (
        build_profile(
            client_messages(labels), now=at(22), rules=ProfileRules(trend_window=30)
        ).trend
        == "calming"
    )


def test_souring_raises_attention_and_owner_messages_are_not_rated() -> None:
    timeline = client_messages(["easygoing", "easygoing", "demanding", "conflictual"])
    profile = build_profile(timeline, now=at(4), rules=RULES)
    assert profile.messages == 8 and profile.client_messages == 4
    assert profile.latest_label == "conflictual"
    assert profile.trend == "souring"
    assert profile.owner_waiting  # each client message was answered, the last one too
    assert not profile.dormant  # waiting half a day is not silence
    # 2 of 4 harsh and rising three times in a row: two signs on top of souring.
    assert [s.kind for s in profile.warning_signs] == [SignKind.HOSTILE, SignKind.ESCALATION]
    assert profile.warning_signs[1].evidence == (2, 3, 4)
    assert profile.attention == 10 + 2


# --- warning signs -------------------------------------------------------------------------------


def test_hostile_share_sign_with_its_evidence() -> None:
    labels = ["easygoing", "demanding", "easygoing", "conflictual", "easygoing", "demanding"]
    profile = build_profile(client_messages(labels), now=at(6), rules=RULES)
    hostile = [s for s in profile.warning_signs if s.kind is SignKind.HOSTILE]
    assert len(hostile) == 1
    assert hostile[0].evidence == (2, 4, 6)
    assert (
        hostile[0].message["en"]
        == "3 of the client's last 6 messages were conflictual or demanding."
    )
    assert (
        hostile[0].message["he"] == "3 מתוך 6 ההודעות האחרונות של הלקוח היו עימותיות או תובעניות."
    )
    # Two of six is a third: below the 0.5 share.
    calmer = ["easygoing", "demanding", "easygoing", "easygoing", "easygoing", "demanding"]
    kinds = [
        s.kind for s in build_profile(client_messages(calmer), now=at(6), rules=RULES).warning_signs
    ]
    assert SignKind.HOSTILE not in kinds


def test_one_harsh_message_is_not_yet_a_hostile_share() -> None:
    profile = build_profile(client_messages(["conflictual"]), now=at(1), rules=RULES)
    assert profile.warning_signs == ()


def test_hostile_share_looks_only_at_the_recent_messages() -> None:
    labels = ["conflictual"] * 5 + ["easygoing"] * 6
    profile = build_profile(client_messages(labels), now=at(11), rules=RULES)
    assert [s.kind for s in profile.warning_signs] == []


def test_escalation_sign_with_the_rising_run_as_evidence() -> None:
    labels = ["demanding", "easygoing", "know-it-all", "demanding", "conflictual"]
    profile = build_profile(client_messages(labels), now=at(5), rules=RULES)
    escalation = [s for s in profile.warning_signs if s.kind is SignKind.ESCALATION]
    assert len(escalation) == 1
    assert escalation[0].evidence == (2, 3, 4, 5)
    assert escalation[0].message["en"] == (
        "The tone is escalating: 4 messages in a row, each harsher than the one before."
    )


def test_no_escalation_when_flat_falling_or_rising_too_little() -> None:
    flat = client_messages(["demanding"] * 4)
    falling_last = client_messages(["easygoing", "know-it-all", "conflictual", "demanding"])
    two_rises = client_messages(["conflictual", "easygoing", "demanding"])
    noise = [
        item(n, n, label="easygoing", probabilities={"easygoing": 1 - p, "dormant": p})
        for n, p in enumerate([0.1, 0.3, 0.5, 0.7], start=1)
    ]  # severity 0.1, 0.3, 0.5, 0.7: rising, but by less than 0.5 each time
    for timeline in (flat, falling_last, two_rises, noise):
        kinds = [s.kind for s in build_profile(timeline, now=at(5), rules=RULES).warning_signs]
        assert SignKind.ESCALATION not in kinds


def test_scope_push_sign_with_its_evidence() -> None:
    labels = ["easygoing"] * 7
    topics = ["scope", "other", "scope", "scope", "price", "scope", "deadline"]
    profile = build_profile(client_messages(labels, topics=topics), now=at(7), rules=RULES)
    assert [s.kind for s in profile.warning_signs] == [SignKind.SCOPE]
    # Message 1 is outside the last six; 3, 4 and 6 are in.
    assert profile.warning_signs[0].evidence == (3, 4, 6)
    assert profile.warning_signs[0].message["en"] == (
        "3 of the client's last 6 messages pushed to change or widen the scope of work."
    )
    assert profile.attention == 1
    fewer = build_profile(client_messages(labels[:5], topics=topics[:5]), now=at(5), rules=RULES)
    assert [s.kind for s in fewer.warning_signs] == [SignKind.SCOPE]
    two = build_profile(
        client_messages(labels[2:], topics=topics[2:4] + [None] * 3), now=at(5), rules=RULES
    )
    assert two.warning_signs == ()


# --- the ending note -----------------------------------------------------------------------------

HARSH = ["demanding", "easygoing", "demanding", "conflictual", "demanding", "conflictual"]
SCOPE = ["scope", "scope", "other", "scope", "scope", "price"]


def test_ending_note_when_signs_persist_over_a_full_window() -> None:
    profile = build_profile(client_messages(HARSH, topics=SCOPE), now=at(6), rules=RULES)
    assert [s.kind for s in profile.warning_signs] == [SignKind.HOSTILE, SignKind.SCOPE]
    # Hostile: 1, 3, 4, 5, 6; scope: 1, 2, 4, 5: six distinct messages.
    assert profile.ending_evidence == 6
    note = profile.ending_note
    assert note is not None and set(note) == {"he", "en"}
    assert "6 messages show it" in note["en"] and "6 הודעות מראות זאת" in note["he"]
    assert "many conflictual or demanding messages; repeated pressure" in note["en"]
    assert "not a verdict" in note["en"] and "politely, in writing" in note["en"]
    assert "אין זו הכרעה" in note["he"] and "בנימוס, בכתב" in note["he"]


def test_no_ending_note_with_one_sign_or_too_few_messages() -> None:
    one_sign = build_profile(client_messages(HARSH), now=at(6), rules=RULES)
    assert [s.kind for s in one_sign.warning_signs] == [SignKind.HOSTILE]
    assert one_sign.ending_note is None and one_sign.ending_evidence == 0
    # The same two signs over five messages: not yet a full window of six.
    short = build_profile(
        client_messages(HARSH[1:], topics=SCOPE[:1] + SCOPE[2:]), now=at(5), rules=RULES
    )
    assert [s.kind for s in short.warning_signs] == [SignKind.HOSTILE, SignKind.SCOPE]
    assert short.ending_note is None
    # Asking for three signs at once withholds it even over the full window.
    strict = build_profile(
        client_messages(HARSH, topics=SCOPE), now=at(6), rules=ProfileRules(persist=3)
    )
    assert strict.ending_note is None


# --- ranking -------------------------------------------------------------------------------------


def _summary(client_id: int, timeline: Sequence[TimelineItem], now: datetime) -> ClientSummary:
    profile = build_profile(timeline, now=now, rules=RULES)
    return summarize(
        client_id=client_id, key=f"mail:c{client_id}@x.example", name=None, profile=profile
    )


def test_rank_puts_dormant_then_souring_then_signs_then_the_rest() -> None:
    now = at(60)
    calm = _summary(1, [item(1, 58, label="easygoing")], now)
    signs_only = _summary(
        2, client_messages(["easygoing"] * 7, topics=["scope"] * 7, first_day=52), now
    )
    souring = _summary(
        3,
        client_messages(["easygoing", "easygoing", "demanding", "conflictual"], first_day=55),
        now,
    )
    dormant_long = _summary(4, [item(1, 0, label="dormant"), item(2, 1, OUT)], now)
    dormant_short = _summary(5, [item(1, 20, label="dormant"), item(2, 21, OUT)], now)
    ranked = rank([calm, signs_only, souring, dormant_short, dormant_long])
    assert [s.id for s in ranked] == [4, 5, 3, 2, 1]
    assert [s.attention for s in ranked] == [100, 100, 12, 1, 0]
    assert souring.trend == "souring" and not souring.dormant
    assert dormant_long.days_silent == pytest.approx(60.0)
    assert dormant_short.days_silent == pytest.approx(40.0)
    assert signs_only.warning_signs == (SignKind.SCOPE,)


def test_rules_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="dormant_factor"):
        ProfileRules(dormant_factor=0)
    with pytest.raises(ValueError, match="hostile_share"):
        ProfileRules(hostile_share=1.5)
    with pytest.raises(ValueError, match="trend_window"):
        ProfileRules(trend_window=3)
    with pytest.raises(ValueError, match="timezone-aware"):
        build_profile([], now=datetime(2026, 1, 1), rules=RULES)
