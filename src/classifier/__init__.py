"""client-classifier: tells which type of client wrote an e-mail and suggests calm replies.

The vocabulary is defined here once: the client types, the topics and the languages, and the
names a person reads for each type. Schemas, evaluation, validation, the replies and the page (via
``GET /v1/vocabulary``) all read it from here.
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
TOPICS: tuple[str, ...] = tuple(topic.value for topic in Topic)
LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)

# The type names a person reads, per language (the seeds' Hebrew names).
TYPE_NAMES: dict[str, dict[str, str]] = {
    "he": {
        Label.EASYGOING: "זורם",
        Label.DORMANT: "רדום",
        Label.DEMANDING: "תובעני",
        Label.KNOW_IT_ALL: "יודע-כל",
        Label.CONFLICTUAL: "עימותי",
    },
    "en": {label: label.value for label in Label},
}

__version__ = "0.1.0"
