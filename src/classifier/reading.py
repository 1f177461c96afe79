"""Reading e-mail as it arrives: plain text, HTML bodies and raw RFC 822 (``.eml``) messages.

The result is always an :class:`~classifier.message.Message` whose ``body`` is plain text. Nothing is stripped here
beyond what the format itself marks as quoted (HTML ``blockquote`` and Gmail/Outlook quote
containers); separating the client's own words from quotes and signatures is :mod:`cleaning`'s job.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import Message as MimeMessage
from email.utils import getaddresses, parsedate_to_datetime

from selectolax.lexbor import LexborHTMLParser

from classifier.lang import alternatives, packs, per_packs
from classifier.message import Channel, Message, Sender

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
# Hidden whatever its children do: display:none and visibility:hidden. A zero size or opacity
# hides only an element with no elements inside it: e-mail layouts set font-size:0 on a wrapper
# and give the text inside its own size.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_ZERO_STYLE = re.compile(
    r"(?<![\w-])(?:font-size|max-height|height|max-width|width|opacity)\s*:\s*0(?:\.0*)?"
    r"(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)",
    re.IGNORECASE,
)
_BLOCKS = "p,div,li,tr,h1,h2,h3,h4,h5,h6,table,ul,ol,section,article,header,footer,hr,pre"


# Real mail nests parts three or four deep (mixed > alternative > related > text) and keeps a
# header line under 998 characters; far past either is an attack on the parser, not a message.
MAX_MIME_DEPTH = 20
MAX_HEADER_CHARS = 2_000


class EmailReadError(ValueError):
    """The input cannot be read as an e-mail (for example, no text part at all)."""


# Python codecs that a MIME label can name but that are not a way to write text: they unpack
# (zlib, base64), escape (unicode_escape), refuse everything (undefined) or hide markup (utf-7).
_NOT_MAIL_CHARSETS = frozenset(
    {"undefined", "unicode_escape", "raw_unicode_escape", "punycode", "idna", "utf_7", "mbcs"}
)


def resolve_charset(name: str | None) -> str:
    """Map a MIME charset label to a Python text codec name (``utf-8`` when unknown or unfit)."""
    if not name:
        return "utf-8"
    label = name.strip().strip('"').lower()[:64]
    label = _CHARSET_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return "utf-8"
    # CodecInfo keeps "is this a text encoding" only as a private flag; decoding one byte asks it.
    try:
        b"a".decode(info.name)
    except LookupError:
        return "utf-8"
    except UnicodeError:
        pass
    return "utf-8" if info.name.replace("-", "_") in _NOT_MAIL_CHARSETS else info.name


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
        except (UnicodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup rather than plain prose."""
    return _HTML_HINT.search(text[:5000]) is not None


def html_to_text(html: str) -> str:
    """Render an HTML body to plain text, dropping scripts, styles, quoted and hidden containers.

    Hidden text (``hidden``, ``display:none``, zero size, ...) is what a reader never sees; read,
    it would let a sender steer the label with words nobody can see.
    """
    tree = LexborHTMLParser(html)
    for node in tree.css(",".join(_QUOTE_CONTAINERS)):
        node.decompose()
    for node in tree.css("[hidden], [style]"):
        style = node.attributes.get("style") or ""
        leaf = node.child is None or all(child.tag in ("-text", "br") for child in node.iter())
        if (
            "hidden" in node.attributes
            or _HIDDEN_STYLE.search(style)
            or (leaf and _ZERO_STYLE.search(style))
        ):
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


@per_packs
def _pasted_subject() -> re.Pattern[str]:
    """An e-mail pasted with its subject on top: "Subject: …" / "נושא: …", or a reply's or
    forward's subject ("Re: …", "השב: …") with an empty line under it."""
    fields = alternatives([f for pack in packs() for f in pack.subject_fields])
    prefixes = alternatives([p for pack in packs() for p in pack.subject_prefixes])
    return re.compile(
        rf"\A[ \t]*+(?:(?:{fields})[ \t]*+:[ \t]*+(?P<subject>[^\n]{{0,300}}?)[ \t]*+(?:\n|\Z)"
        rf"|(?P<reply>(?:{prefixes})[ \t]*+:[^\n]{{0,300}}?)[ \t]*+\n[ \t]*+\n)",
        re.IGNORECASE,
    )


def read_text(text: str, *, subject: str = "", sender: Sender | None = None) -> Message:
    """Read a body pasted or posted as text; HTML is detected and rendered to text.

    With no subject given, a subject line pasted on top of the body ("Subject: Still on?") is
    taken as the subject: it names the thread, it is not something the client asks again.
    """
    who = sender or Sender()
    if looks_like_html(text):
        return Message(subject=subject, body=html_to_text(text), sender=who, source="html")
    if not subject:
        pasted = _pasted_subject().match(text)
        if pasted is not None:
            subject = pasted["subject"] or pasted["reply"] or ""
            text = text[pasted.end() :].lstrip("\n")
    return Message(subject=subject, body=text, sender=who, source="text")


def _decode_header_value(value: str) -> str:
    """A header with its RFC 2047 encoded words decoded; as written when they are broken."""
    value = value[:MAX_HEADER_CHARS]
    try:
        decoded = decode_header(value)
    except (HeaderParseError, ValueError, LookupError):  # bad base64 or charset in a word
        return value
    parts = []
    for chunk, charset in decoded:
        if isinstance(chunk, bytes):
            parts.append(decode_bytes(chunk, charset))
        else:
            parts.append(chunk)
    return "".join(parts)


def _text_parts(msg: MimeMessage) -> tuple[str | None, str | None]:
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


def _depth(msg: MimeMessage) -> int:
    """How deep the message's parts nest, found without recursion."""
    deepest = 0
    stack: list[tuple[MimeMessage, int]] = [(msg, 1)]
    while stack:
        part, depth = stack.pop()
        deepest = max(deepest, depth)
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend((p, depth + 1) for p in payload if isinstance(p, MimeMessage))
    return deepest


def read_eml(data: bytes) -> Message:
    """Parse a raw RFC 822 message: headers, multipart, transfer encodings and charsets.

    The plain-text alternative is preferred (its quoting is explicit); an HTML-only message is
    rendered to text.
    """
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        if _depth(msg) > MAX_MIME_DEPTH:
            raise EmailReadError(f"the message nests parts more than {MAX_MIME_DEPTH} deep")
    except RecursionError as exc:
        raise EmailReadError(f"the message nests parts more than {MAX_MIME_DEPTH} deep") from exc
    raw_subject = msg.get("Subject")
    subject = _decode_header_value(str(raw_subject)) if raw_subject else ""
    sender = _sender(msg.get("From"))
    sent_at = _sent_at(msg.get("Date"))

    def found(body: str) -> Message:
        return Message(
            subject=subject,
            body=body,
            sender=sender,
            sent_at=sent_at,
            channel=Channel.EMAIL,
            source="eml",
        )

    plain, html = _text_parts(msg)
    if plain is not None and plain.strip():
        return found(plain)
    if html is not None:
        return found(html_to_text(html))
    if not msg.is_multipart() and msg.get_content_maintype() == "text":
        payload = msg.get_payload(decode=True)
        if isinstance(payload, bytes):
            return found(decode_bytes(payload, msg.get_content_charset()))
    raise EmailReadError("the message has no text/plain or text/html part")


def _sender(raw_from: object) -> Sender:
    """The display name and address of a ``From`` header (encoded words decoded)."""
    if not raw_from:
        return Sender()
    display = _decode_header_value(str(raw_from))
    try:
        pairs = getaddresses([display])
    except (ValueError, IndexError):
        pairs = []
    name, address = pairs[0] if pairs else ("", "")
    if not address or "@" not in address:
        name, _, _ = display.partition("<")
        address = ""
    name = name.strip().strip('"').strip()
    return Sender(name=name or None, address=address.strip() or None)


def _sent_at(raw_date: object) -> datetime | None:
    """The ``Date`` header as an aware time, or None when absent or unreadable."""
    if not raw_date:
        return None
    try:
        when = parsedate_to_datetime(str(raw_date)[:200])
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
