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
TOPICS: tuple[str, ...] = tuple(topic.value for topic in Topic)
LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)

__version__ = "0.1.0"
