"""A message as real messages arrive: who sent it, when, on which channel, and what it says.

Every reader (plain text, HTML, ``.eml``, chat exports, CSV rows) produces a :class:`Message`;
cleaning, classification, replies and client history all read this one type. The sender is what a
reply greets and what client history groups by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal


class Channel(StrEnum):
    """How a message came: the channel decides, among others, how long a fitting reply is."""

    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    CHAT = "chat"
    OTHER = "other"

    @property
    def is_chat(self) -> bool:
        """Chat-like channels, where a reply is a few lines, not an e-mail."""
        return self in (Channel.WHATSAPP, Channel.SMS, Channel.CHAT)


class Direction(StrEnum):
    """Who wrote a message: the client (``in``) or the owner of the business (``out``)."""

    IN = "in"
    OUT = "out"


_NOT_DIGIT = re.compile(r"\D")


@dataclass(frozen=True, slots=True)
class Sender:
    """Who sent a message, as far as the message says."""

    name: str | None = None
    address: str | None = None  # an e-mail address
    phone: str | None = None

    def key(self) -> str | None:
        """A stable identity for client history: the address, else the phone, else the name."""
        if self.address:
            return "mail:" + self.address.strip().casefold()
        if self.phone:
            digits = _NOT_DIGIT.sub("", self.phone)
            if digits.startswith("972"):
                digits = "0" + digits[3:]
            if digits:
                return "tel:" + digits
        if self.name and self.name.strip():
            return "name:" + " ".join(self.name.split()).casefold()
        return None


@dataclass(frozen=True, slots=True)
class Message:
    """One message: its text and what came with it."""

    subject: str
    body: str
    sender: Sender = field(default_factory=Sender)
    sent_at: datetime | None = None
    channel: Channel | None = None  # None: not known (text pasted or posted without saying)
    direction: Direction = Direction.IN
    source: Literal["text", "html", "eml", "chat", "csv"] = "text"

    @property
    def sender_name(self) -> str | None:
        """The sender's display name, if the message gives one."""
        return self.sender.name
