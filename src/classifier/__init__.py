"""client-classifier: tells which type of client wrote an e-mail and suggests calm replies."""

from __future__ import annotations

LABELS: tuple[str, ...] = ("easygoing", "dormant", "demanding", "know-it-all", "conflictual")
TOPICS: tuple[str, ...] = (
    "deadline",
    "price",
    "scope",
    "quality",
    "payment",
    "availability",
    "other",
)
LANGUAGES: tuple[str, ...] = ("he", "en", "mixed", "other")

__version__ = "0.1.0"
