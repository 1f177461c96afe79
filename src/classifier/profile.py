"""A client's profile from their timeline: rhythm, silence, trend and warning signs.

Pure computation over a sequence of :class:`TimelineItem` (no database), so every rule can be
checked on a hand-written timeline. The history store reads timelines; this module says what they
mean:

- **rhythm and silence**: the client's usual gap between contacts, how long they have been silent,
  and whether the owner's last message is waiting for an answer;
- **dormant**: silent far beyond their own rhythm, or silent for long while the owner waits (seed
  003's dormant client, who "will get back to you when things calm down");
- **trend**: whether the client's recent messages are harsher or calmer than before;
- **warning signs** (seed 000): a high share of conflictual or demanding messages, a tone that
  escalates message after message, repeated pushes on the scope of work;
- **ending note**: when several signs hold at once over a full window of recent messages, a
  careful note on ending the relationship respectfully (seed 003: a last step, not a first one);
- **attention**: one number that ranks who needs the owner first.

Every threshold lives in :class:`ProfileRules`; nothing here has a default of its own.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from itertools import pairwise
from types import MappingProxyType
from typing import Literal

from classifier import HEATED, SEVERITY, Topic
from classifier.message import Channel, Direction

Trend = Literal["souring", "calming", "steady", "unknown"]

SECONDS_PER_DAY = 86_400.0


# The attention score ranks clients lexicographically: any dormant client before any souring one,
# any souring client before one that only shows warning signs, more signs first. Dormant comes
# first because silence is the one problem the owner cannot see by reading the inbox, and the
# longer it lasts the harder re-engaging gets; a souring client is still writing, so the owner
# sees them anyway, but should answer them before the routine ones. There are at most three kinds
# of warning sign, so each tier's weight exceeds everything below it.
ATTENTION_DORMANT = 100
ATTENTION_SOURING = 10
ATTENTION_PER_SIGN = 1


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One message in a client's story, as the history store keeps it.

    ``label``, ``probabilities`` and ``topic`` come from the classifier and are ``None`` for the
    owner's own messages (``direction`` ``out``), which are not classified. ``text`` is present
    only where the owner chose to keep texts.
    """

    id: int
    sent_at: datetime
    direction: Direction
    channel: Channel
    label: str | None
    probabilities: Mapping[str, float] | None
    topic: str | None
    asks: tuple[str, ...]
    text: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ProfileRules:
    """Every threshold of the profile, in one place (see the module docstring for the ideas).

    Days are calendar days of 24 hours; "client messages" are the client's own (``in``) messages.
    """

    # Dormant by the client's own rhythm: silent longer than this many times their usual gap ...
    dormant_factor: float = 3.0
    # ... and never for less than this many days (a daily writer is not dormant after 4 days).
    dormant_min_days: float = 14.0
    # Dormant by the calendar: silent longer than this while the owner's last message is
    # unanswered, whatever the rhythm (also for clients with too little history for one).
    dormant_after_days: float = 30.0
    # Client messages closer than this to the previous one belong to the same contact, so that a
    # burst of ten chat lines is one contact and does not make the usual gap minutes long.
    contact_gap_hours: float = 12.0
    # Gaps between contacts needed before the median gap is called the client's rhythm.
    rhythm_min_gaps: int = 2
    # How many of the latest client messages are looked at for warning signs.
    recent: int = 6
    # Share of conflictual + demanding messages among the recent labelled ones that is a sign.
    hostile_share: float = 0.5
    # Fewest messages a hostile-share sign rests on (one harsh message among two is no pattern).
    min_evidence: int = 2
    # Escalation: this many client messages in a row, each harsher than the one before ...
    escalation_run: int = 3
    # ... by at least this much severity (probability noise within one type is not escalation).
    escalation_step: float = 0.5
    # Recent client messages about the scope of work that make a sign.
    scope_pushes: int = 3
    # Warning signs that must hold at once, over a full window of ``recent`` client messages,
    # before the ending note is shown.
    persist: int = 2
    # The trend compares the later half with the earlier half of the last this-many labelled
    # client messages (older history says little about where the relationship is going) ...
    trend_window: int = 12
    # ... needs at least this many of them ...
    trend_min: int = 4
    # ... and calls it souring or calming when the mean severity moved by at least this much
    # (severity steps are 1.0 apart: 0.75 is most of a step between neighbouring types).
    trend_threshold: float = 0.75

    def __post_init__(self) -> None:
        positive = {
            "dormant_factor": self.dormant_factor,
            "dormant_after_days": self.dormant_after_days,
            "contact_gap_hours": self.contact_gap_hours,
            "hostile_share": self.hostile_share,
            "escalation_step": self.escalation_step,
            "trend_threshold": self.trend_threshold,
        }
        at_least_one = {
            "rhythm_min_gaps": self.rhythm_min_gaps,
            "recent": self.recent,
            "min_evidence": self.min_evidence,
            "scope_pushes": self.scope_pushes,
            "persist": self.persist,
            "trend_window": self.trend_window,
        }
        for name, value in positive.items():
            if not value > 0:
                raise ValueError(f"ProfileRules.{name} must be positive, not {value}")
        for name, count in at_least_one.items():
            if count < 1:
                raise ValueError(f"ProfileRules.{name} must be at least 1, not {count}")
        if self.dormant_min_days < 0:
            raise ValueError("ProfileRules.dormant_min_days must not be negative")
        if self.hostile_share > 1:
            raise ValueError("ProfileRules.hostile_share is a share: at most 1")
        if self.escalation_run < 2:
            raise ValueError("ProfileRules.escalation_run needs at least 2 messages to rise")
        if self.trend_min < 2:
            raise ValueError("ProfileRules.trend_min needs at least 2 messages to compare")
        if self.trend_window < self.trend_min:
            raise ValueError("ProfileRules.trend_window must hold at least trend_min messages")


class SignKind(StrEnum):
    """The kinds of warning sign."""

    HOSTILE = "hostile"  # many recent messages are conflictual or demanding
    ESCALATION = "escalation"  # each message harsher than the one before
    SCOPE = "scope"  # repeated pushes on the scope of work


# What each sign is called inside the ending note, per language.
SIGN_NAMES: Mapping[str, Mapping[SignKind, str]] = MappingProxyType(
    {
        "he": {
            SignKind.HOSTILE: "ריבוי הודעות עימותיות או תובעניות",
            SignKind.ESCALATION: "טון שמחריף מהודעה להודעה",
            SignKind.SCOPE: "לחץ חוזר להרחיב את היקף העבודה",
        },
        "en": {
            SignKind.HOSTILE: "many conflictual or demanding messages",
            SignKind.ESCALATION: "a tone that sharpens from message to message",
            SignKind.SCOPE: "repeated pressure to widen the scope of work",
        },
    }
)


@dataclass(frozen=True, slots=True)
class WarningSign:
    """One warning sign: its kind, a sentence per language (``he``, ``en``) and the ids of the
    messages it rests on, so the page can show the owner exactly which messages."""

    kind: SignKind
    message: dict[str, str]
    evidence: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ClientProfile:
    """What a client's timeline says at a moment ``now``.

    Counts include both directions unless named ``client_``. Days are fractional. Texts for people
    (``dormant_reason``, ``ending_note``, each sign's message) are dicts keyed by language.
    """

    messages: int
    client_messages: int
    latest_label: str | None
    last_message_at: datetime | None
    trend: Trend
    severity_change: float | None  # later half minus earlier half; None when the trend is unknown
    usual_gap_days: float | None  # None until the client has a rhythm (rhythm_min_gaps)
    days_silent: float | None  # since the client's last message; None if they never wrote
    owner_waiting: bool  # the last message overall is the owner's
    dormant: bool
    dormant_reason: dict[str, str] | None
    warning_signs: tuple[WarningSign, ...]
    attention: int
    ending_note: dict[str, str] | None
    ending_evidence: int  # distinct messages behind the signs of the ending note (0 without one)


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """One row of the client list: who, how much, how recent, and how urgent."""

    id: int
    key: str
    name: str | None
    messages: int
    latest_label: str | None
    last_message_at: datetime | None
    days_silent: float | None
    owner_waiting: bool
    dormant: bool
    trend: Trend
    warning_signs: tuple[SignKind, ...]
    attention: int


def severity(item: TimelineItem) -> float | None:
    """How harsh one client message is on the :data:`SEVERITY` scale, or None if unclassified.

    With probabilities, the expected severity (so a message that is 50% conflictual and 50%
    easygoing sits in the middle, not at either end); without them, the label's severity.
    """
    if item.direction is not Direction.IN:
        return None
    if item.probabilities:
        known = {k: p for k, p in item.probabilities.items() if k in SEVERITY and p > 0}
        total = sum(known.values())
        if total > 0:
            return sum(SEVERITY[k] * p for k, p in known.items()) / total
    if item.label is not None and item.label in SEVERITY:
        return SEVERITY[item.label]
    return None


def build_profile(
    timeline: Sequence[TimelineItem], *, now: datetime, rules: ProfileRules
) -> ClientProfile:
    """The profile of one client's ``timeline`` as of ``now`` (aware), under ``rules``.

    The timeline may come in any order; it is read by time (then id).
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    items = sorted(timeline, key=lambda item: (item.sent_at, item.id))
    client = [item for item in items if item.direction is Direction.IN]
    rated = [(item, s) for item in client if (s := severity(item)) is not None]

    latest_label = next((i.label for i in reversed(client) if i.label is not None), None)
    last_client_at = client[-1].sent_at if client else None
    days_silent = (
        max(0.0, (now - last_client_at).total_seconds() / SECONDS_PER_DAY)
        if last_client_at is not None
        else None
    )
    owner_waiting = bool(items) and items[-1].direction is Direction.OUT
    usual_gap = _usual_gap_days(client, rules)
    dormant_reason = _dormant_reason(days_silent, usual_gap, owner_waiting, rules)
    trend, change = _trend([s for _, s in rated], rules)
    signs = _warning_signs(client, rated, rules)
    dormant = dormant_reason is not None

    full_window = len(client) >= rules.recent
    ending = full_window and len(signs) >= rules.persist
    evidence = len({i for sign in signs for i in sign.evidence}) if ending else 0
    attention = (
        ATTENTION_DORMANT * dormant
        + ATTENTION_SOURING * (trend == "souring")
        + ATTENTION_PER_SIGN * len(signs)
    )
    return ClientProfile(
        messages=len(items),
        client_messages=len(client),
        latest_label=latest_label,
        last_message_at=items[-1].sent_at if items else None,
        trend=trend,
        severity_change=change,
        usual_gap_days=usual_gap,
        days_silent=days_silent,
        owner_waiting=owner_waiting,
        dormant=dormant,
        dormant_reason=dormant_reason,
        warning_signs=signs,
        attention=attention,
        ending_note=_ending_note(signs, rules.recent, evidence) if ending else None,
        ending_evidence=evidence,
    )


def summarize(
    *, client_id: int, key: str, name: str | None, profile: ClientProfile
) -> ClientSummary:
    """The list-view row of a client from their profile."""
    return ClientSummary(
        id=client_id,
        key=key,
        name=name,
        messages=profile.messages,
        latest_label=profile.latest_label,
        last_message_at=profile.last_message_at,
        days_silent=profile.days_silent,
        owner_waiting=profile.owner_waiting,
        dormant=profile.dormant,
        trend=profile.trend,
        warning_signs=tuple(sign.kind for sign in profile.warning_signs),
        attention=profile.attention,
    )


def rank(summaries: Iterable[ClientSummary]) -> list[ClientSummary]:
    """Who needs attention first: higher attention, then longer silence, then the older client."""
    return sorted(
        summaries,
        key=lambda s: (
            -s.attention,
            -(s.days_silent if s.days_silent is not None else -1.0),
            s.id,
        ),
    )


def _usual_gap_days(client: Sequence[TimelineItem], rules: ProfileRules) -> float | None:
    """The median gap between the client's contacts in days, or None without enough of them."""
    contact = rules.contact_gap_hours * 3600.0
    gaps = [
        seconds
        for before, after in pairwise(client)
        if (seconds := (after.sent_at - before.sent_at).total_seconds()) > contact
    ]
    if len(gaps) < rules.rhythm_min_gaps:
        return None
    return statistics.median(gaps) / SECONDS_PER_DAY


def _dormant_reason(
    days_silent: float | None,
    usual_gap: float | None,
    owner_waiting: bool,
    rules: ProfileRules,
) -> dict[str, str] | None:
    """Why the client counts as dormant (per language), or None when they do not."""
    if days_silent is None:
        return None
    days = math.floor(days_silent)
    he: list[str] = []
    en: list[str] = []
    if usual_gap is not None and days_silent > max(
        rules.dormant_factor * usual_gap, rules.dormant_min_days
    ):
        gap = max(1, round(usual_gap))
        factor = f"{rules.dormant_factor:g}"
        he.append(
            f"שקט כבר {days} ימים, יותר מפי {factor} מהקצב הרגיל של הלקוח "
            f"(בערך {gap} ימים בין פנייה לפנייה)."
        )
        en.append(
            f"Silent for {days} days, more than {factor}× their usual rhythm "
            f"(about {gap} days between contacts)."
        )
    if owner_waiting and days_silent > rules.dormant_after_days:
        he.append(f"אין מענה כבר {days} ימים, וההודעה האחרונה שלך עדיין מחכה לתשובה.")
        en.append(f"No word for {days} days, and your last message is still unanswered.")
    if not he:
        return None
    return {"he": " ".join(he), "en": " ".join(en)}


def _trend(severities: Sequence[float], rules: ProfileRules) -> tuple[Trend, float | None]:
    """Souring, calming or steady: the later half's mean severity against the earlier half's."""
    window = list(severities[-rules.trend_window :])
    if len(window) < rules.trend_min:
        return "unknown", None
    later = len(window) // 2
    change = statistics.fmean(window[-later:]) - statistics.fmean(window[:-later])
    if change >= rules.trend_threshold:
        return "souring", change
    if change <= -rules.trend_threshold:
        return "calming", change
    return "steady", change


def _warning_signs(
    client: Sequence[TimelineItem],
    rated: Sequence[tuple[TimelineItem, float]],
    rules: ProfileRules,
) -> tuple[WarningSign, ...]:
    """The warning signs among the client's latest messages, each with its evidence."""
    signs: list[WarningSign] = []
    recent = list(client[-rules.recent :])
    labelled = [item for item in recent if item.label is not None]
    hostile = [item.id for item in labelled if item.label in HEATED]
    if (
        labelled
        and len(hostile) >= rules.min_evidence
        and len(hostile) / len(labelled) >= rules.hostile_share
    ):
        k, n = len(hostile), len(labelled)
        signs.append(
            WarningSign(
                SignKind.HOSTILE,
                {
                    "he": f"{k} מתוך {n} ההודעות האחרונות של הלקוח היו עימותיות או תובעניות.",
                    "en": f"{k} of the client's last {n} messages were conflictual or demanding.",
                },
                tuple(hostile),
            )
        )

    run = _rising_run(rated, rules.escalation_step)
    if len(run) >= rules.escalation_run:
        k = len(run)
        signs.append(
            WarningSign(
                SignKind.ESCALATION,
                {
                    "he": f"הטון מחריף: {k} הודעות ברצף, כל אחת קשה מקודמתה.",
                    "en": f"The tone is escalating: {k} messages in a row, each harsher than the one before.",
                },
                tuple(run),
            )
        )

    scope = [item.id for item in recent if item.topic == Topic.SCOPE]
    if len(scope) >= rules.scope_pushes:
        k, n = len(scope), len(recent)
        signs.append(
            WarningSign(
                SignKind.SCOPE,
                {
                    "he": f"{k} מתוך {n} ההודעות האחרונות של הלקוח ביקשו לשנות או להרחיב את היקף העבודה.",
                    "en": f"{k} of the client's last {n} messages pushed to change or widen the scope of work.",
                },
                tuple(scope),
            )
        )
    return tuple(signs)


def _rising_run(rated: Sequence[tuple[TimelineItem, float]], step: float) -> list[int]:
    """The ids of the longest run ending at the latest rated message where each is harsher than
    the one before by at least ``step`` (just the latest one when the last step did not rise)."""
    if not rated:
        return []
    run = [rated[-1][0].id]
    for (before, before_s), (_, after_s) in zip(
        reversed(rated[:-1]), reversed(rated[1:]), strict=True
    ):
        if after_s - before_s < step:
            break
        run.append(before.id)
    return run[::-1]


def _ending_note(signs: Sequence[WarningSign], recent: int, evidence: int) -> dict[str, str]:
    """A careful note on ending the relationship, per language, after seed 003's guidance: it is
    a last step once fixing has been tried, to consider only when the strain lasts and the work
    no longer pays off, and to take respectfully; not a verdict the software hands down."""
    names_he = "; ".join(SIGN_NAMES["he"][sign.kind] for sign in signs)
    names_en = "; ".join(SIGN_NAMES["en"][sign.kind] for sign in signs)
    return {
        "he": (
            f"בהודעות האחרונות של הלקוח ({recent} הודעות) מופיעים כמה סימני אזהרה בבת אחת: "
            f"{names_he}. {evidence} הודעות מראות זאת. "
            "אין זו הכרעה, רק תמונת מצב. לפני כל צעד כדאי לברר מה עומד מאחורי הדברים "
            "ולנסות לתקן את מה שאפשר: שיחה גלויה על ההיקף ועל הציפיות, שיחת טלפון, "
            "טיפול קודם בבעיה הקטנה ביותר. לא פעם לקוח נרגע כשהוא רואה שהעבודה בידיים טובות. "
            "אם המתח נמשך גם אחרי ניסיונות כאלה, והעבודה כבר אינה מצדיקה את הזמן והכוחות "
            "שהיא גובה, מותר לשקול לסיים את ההתקשרות: בנימוס, בכתב, ועם השלמה או מסירה "
            "מסודרת של מה שכבר סוכם. הזמן שיתפנה יכול לשמש לקוחות שהעבודה איתם טובה יותר לשני "
            "הצדדים. שביעות רצון של לקוח חשובה, אבל יש לה גבול."
        ),
        "en": (
            f"Several warning signs show at once in this client's latest messages ({recent} "
            f"messages): {names_en}. {evidence} messages show it. "
            "This is a picture, not a verdict. Before any step, find out what lies behind it "
            "and try to fix what can be fixed: an open talk about scope and expectations, a call, "
            "solving the smallest problem first. Clients often settle once they see the work is "
            "in good hands. If the strain lasts after such attempts, and the work no longer "
            "justifies the time and energy it takes, it is legitimate to consider ending the "
            "engagement: politely, in writing, finishing or handing over in good order what was "
            "already agreed. The time freed can go to clients with whom the work is better for "
            "both sides. A client's satisfaction matters, but it has limits."
        ),
    }
