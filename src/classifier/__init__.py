"""client-classifier: tells which type of client wrote an e-mail and suggests calm replies.

The vocabulary is defined here once: the client types, the topics and the languages. Schemas,
evaluation, validation, the replies and the page (via ``GET /v1/vocabulary``) all read it from
here; the names a person reads for each type are in each language pack (:mod:`classifier.lang`).
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """The client types of the labeling guide."""

    EASYGOING = "easygoing"
    DORMANT = "dormant"
    DEMANDING = "demanding"
    KNOW_IT_ALL = "know-it-all"
    CONFLICTUAL = "conflictual"


class Topic(StrEnum):
    """What a message is mainly about."""

    DEADLINE = "deadline"
    PRICE = "price"
    SCOPE = "scope"
    QUALITY = "quality"
    PAYMENT = "payment"
    AVAILABILITY = "availability"
    OTHER = "other"


class Language(StrEnum):
    """The language of a message; ``other`` is neither Hebrew nor English."""

    HE = "he"
    EN = "en"
    MIXED = "mixed"
    OTHER = "other"


LABELS: tuple[str, ...] = tuple(label.value for label in Label)

# How much strain a message of each type puts on the working relationship, on one scale, so that a
# timeline can be read as rising or falling. The order follows the seeds:
#   easygoing (0)    trusts and approves; no friction at all;
#   dormant (1)      no friction in tone, but absence stalls the work (seed 003);
#   know-it-all (2)  disputes the provider's professional judgment, yet stays a discussion (000);
#   demanding (3)    always more, faster, cheaper: time and resources beyond what was agreed,
#                    the strain seed 003 names when it asks whether a client still pays off;
#   conflictual (4)  every exchange is a fight to win: seed 000's first warning sign.
# Equal steps: the scale orders the types, it does not claim one is "twice" another.
SEVERITY: dict[str, float] = {
    Label.EASYGOING: 0.0,
    Label.DORMANT: 1.0,
    Label.KNOW_IT_ALL: 2.0,
    Label.DEMANDING: 3.0,
    Label.CONFLICTUAL: 4.0,
}
# The types whose messages count as heated: the "hostile share" warning sign of client memory, and
# the reading of a weak hostile cue (a threat word, a praise frame) in a reply.
HEATED: frozenset[str] = frozenset({Label.CONFLICTUAL, Label.DEMANDING})
TOPICS: tuple[str, ...] = tuple(topic.value for topic in Topic)
LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)

__version__ = "0.1.0"
