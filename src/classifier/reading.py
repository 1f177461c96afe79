"""Reading e-mail as it arrives: plain text, HTML bodies and raw RFC 822 (``.eml``) messages.

The result is always an :class:`Email` whose ``body`` is plain text. Nothing is stripped here
beyond what the format itself marks as quoted (HTML ``blockquote`` and Gmail/Outlook quote
containers); separating the client's own words from quotes and signatures is :mod:`cleaning`'s job.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import dataclass
from email.header import decode_header
from email.message import Message
from typing import Literal

from selectolax.lexbor import LexborHTMLParser

# Charset names that mail clients write but Python's codecs do not know, or know under
# another name. "-i" (implicit/logical order) and "-e" (explicit) describe bidi handling only.
_CHARSET_ALIASES = {
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-8-e": "iso8859_8",
    "iso_8859-8-i": "iso8859_8",
    "visual": "iso8859_8",
    "windows-1255": "cp1255",
    "x-mac-hebrew": "cp1255",
    "unknown-8bit": "utf-8",
    "x-unknown": "utf-8",
    "ks_c_5601-1987": "cp949",
}
_FALLBACK_CHARSETS = ("utf-8", "cp1255", "iso8859_8", "cp1252")

_HTML_HINT = re.compile(
    r"<\s*(html|body|div|p|br|span|table|blockquote|font|meta)\b[^>]*>", re.IGNORECASE
)
_QUOTE_CONTAINERS = (
    "script",
    "style",
    "head",
    "title",
    "noscript",
    "template",
    "blockquote",
    ".gmail_quote",
    ".gmail_extra",
    ".yahoo_quoted",
    ".moz-cite-prefix",
    "#divRplyFwdMsg",
    "#appendonsend",
    "#x_divRplyFwdMsg",
)
_BLOCKS = "p,div,li,tr,h1,h2,h3,h4,h5,h6,table,ul,ol,section,article,header,footer,hr,pre"


class EmailReadError(ValueError):
    """The input cannot be read as an e-mail (for example, no text part at all)."""


@dataclass(frozen=True, slots=True)
class Email:
    """A message reduced to what classification needs."""

    subject: str
    body: str
    sender_name: str | None = None
    source: Literal["text", "html", "eml"] = "text"


def resolve_charset(name: str | None) -> str:
    """Map a MIME charset label to a Python codec name (``utf-8`` when unknown)."""
    if not name:
        return "utf-8"
    label = name.strip().strip('"').lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return "utf-8"


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode ``data``: the declared charset first, then common Hebrew-mail fallbacks.

    Never raises: as a last resort undecodable bytes become U+FFFD, so one bad byte cannot
    lose a whole message.
    """
    tried: list[str] = []
    for name in (resolve_charset(charset), *_FALLBACK_CHARSETS):
        if name in tried:
            continue
        tried.append(name)
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup rather than plain prose."""
    return _HTML_HINT.search(text[:5000]) is not None


def html_to_text(html: str) -> str:
    """Render an HTML body to plain text, dropping scripts, styles and quoted containers."""
    tree = LexborHTMLParser(html)
    for node in tree.css(",".join(_QUOTE_CONTAINERS)):
        node.decompose()
    for node in tree.css("br"):
        node.replace_with("\n")
    for node in tree.css(_BLOCKS):
        node.insert_before("\n")
        node.insert_after("\n")
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return ""
    text = root.text(separator="", strip=False).replace("\xa0", " ")
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_text(text: str, *, subject: str = "") -> Email:
    """Read a body pasted or posted as text; HTML is detected and rendered to text."""
    if looks_like_html(text):
        return Email(subject=subject, body=html_to_text(text), source="html")
    return Email(subject=subject, body=text, source="text")


def _decode_header_value(value: str) -> str:
    parts = []
    for chunk, charset in decode_header(value):
        if isinstance(chunk, bytes):
            parts.append(decode_bytes(chunk, charset))
        else:
            parts.append(chunk)
    return "".join(parts)


def _text_parts(msg: Message) -> tuple[str | None, str | None]:
    """The first text/plain and text/html parts that are not attachments."""
    plain: str | None = None
    html: str | None = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = decode_bytes(payload, part.get_content_charset())
        if ctype == "text/plain" and plain is None:
            plain = text
        elif ctype == "text/html" and html is None:
            html = text
    return plain, html


def read_eml(data: bytes) -> Email:
    """Parse a raw RFC 822 message: headers, multipart, transfer encodings and charsets.

    The plain-text alternative is preferred (its quoting is explicit); an HTML-only message is
    rendered to text.
    """
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    raw_subject = msg.get("Subject")
    subject = _decode_header_value(str(raw_subject)) if raw_subject else ""
    raw_from = msg.get("From")
    sender_name: str | None = None
    if raw_from:
        display = _decode_header_value(str(raw_from))
        name, _, _ = display.partition("<")
        sender_name = name.strip().strip('"').strip() or None
    plain, html = _text_parts(msg)
    if plain is not None and plain.strip():
        return Email(subject=subject, body=plain, sender_name=sender_name, source="eml")
    if html is not None:
        return Email(
            subject=subject, body=html_to_text(html), sender_name=sender_name, source="eml"
        )
    if not msg.is_multipart() and msg.get_content_maintype() == "text":
        payload = msg.get_payload(decode=True)
        if isinstance(payload, bytes):
            return Email(
                subject=subject,
                body=decode_bytes(payload, msg.get_content_charset()),
                sender_name=sender_name,
                source="eml",
            )
    raise EmailReadError("the message has no text/plain or text/html part")
