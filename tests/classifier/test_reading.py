"""Pre-train: reading plain text, HTML and raw e-mail with Hebrew charsets and encodings."""

from __future__ import annotations

from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from classifier.reading import (
    EmailReadError,
    decode_bytes,
    html_to_text,
    read_eml,
    read_text,
    resolve_charset,
)

ROOT = Path(__file__).resolve().parents[2]
HEBREW = "שלום, אני צריכה את ההצעה עד יום חמישי."


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("windows-1255", "cp1255"),
        ("iso-8859-8-i", "iso8859-8"),
        ("ISO-8859-8", "iso8859-8"),
        ("utf-8", "utf-8"),
        ("no-such-charset", "utf-8"),
        (None, "utf-8"),
    ],
)
def test_resolve_charset_knows_hebrew_mail_labels(label: str | None, codec: str) -> None:
    assert resolve_charset(label) == codec


def test_decode_bytes_falls_back_to_cp1255_when_declared_charset_is_wrong() -> None:
    assert decode_bytes(HEBREW.encode("cp1255"), "utf-8") == HEBREW


def test_decode_bytes_falls_through_to_the_next_charset_that_fits() -> None:
    # Not ASCII, not UTF-8, undefined in cp1255 and iso-8859-8: cp1252 is the last fallback.
    assert decode_bytes(b"\xff\xfe\xfa", "ascii") == "ÿþú"


def test_html_to_text_keeps_lines_and_drops_quotes_and_scripts() -> None:
    html = (
        '<div dir="rtl">היי דנה,<br>ראיתי את הסקיצה<p>אפשר עוד סבב?</p>'
        '<div class="gmail_quote">On Mon, X wrote:<blockquote>old provider text</blockquote></div>'
        "<script>alert('x')</script></div>"
    )
    text = html_to_text(html)
    assert text.splitlines() == ["היי דנה,", "ראיתי את הסקיצה", "אפשר עוד סבב?"]
    assert "old provider text" not in text and "alert" not in text


def test_read_text_detects_html() -> None:
    assert read_text("<p>Hello <b>there</b></p>").body == "Hello there"
    assert read_text("a < b and c > d").body == "a < b and c > d"


def _mime(body: str, charset: str, cte: str) -> bytes:
    msg = MIMEText(
        body.encode(charset if charset != "iso-8859-8-i" else "iso8859_8"), "plain", "utf-8"
    )
    msg.replace_header("Content-Type", f'text/plain; charset="{charset}"')
    del msg["Content-Transfer-Encoding"]
    import base64
    import quopri

    raw = body.encode(charset if charset != "iso-8859-8-i" else "iso8859_8")
    payload = (
        base64.b64encode(raw).decode() if cte == "base64" else quopri.encodestring(raw).decode()
    )
    msg.set_payload(payload)
    msg["Content-Transfer-Encoding"] = cte
    msg["Subject"] = (
        "=?windows-1255?B?"
        + __import__("base64").b64encode("בדיקה".encode("cp1255")).decode()
        + "?="
    )
    msg["From"] = (
        '"=?UTF-8?B?'
        + __import__("base64").b64encode("דנה לוי".encode()).decode()
        + '?=" <dana@example.co.il>'
    )
    return msg.as_bytes()


@pytest.mark.parametrize("charset", ["windows-1255", "iso-8859-8-i", "utf-8"])
@pytest.mark.parametrize("cte", ["base64", "quoted-printable"])
def test_read_eml_decodes_hebrew_charsets_and_transfer_encodings(charset: str, cte: str) -> None:
    message = read_eml(_mime(HEBREW, charset, cte))
    assert message.body.strip() == HEBREW
    assert message.subject == "בדיקה"
    assert message.sender_name == "דנה לוי"
    assert message.source == "eml"


def test_read_eml_prefers_plain_part_and_skips_attachments() -> None:
    outer = MIMEMultipart("mixed")
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("plain body", "plain", "utf-8"))
    alt.attach(MIMEText("<p>html body</p>", "html", "utf-8"))
    outer.attach(alt)
    attachment = MIMEText("attached text", "plain", "utf-8")
    attachment.add_header("Content-Disposition", "attachment", filename="notes.txt")
    outer.attach(attachment)
    assert read_eml(outer.as_bytes()).body.strip() == "plain body"


def test_read_eml_renders_html_only_message() -> None:
    msg = EmailMessage()
    msg["Subject"] = "x"
    msg.set_content('<div dir="rtl">שורה אחת<br>שורה שתיים</div>', subtype="html")
    assert read_eml(msg.as_bytes()).body == "שורה אחת\nשורה שתיים"


def test_read_eml_without_text_part_is_a_clear_error() -> None:
    msg = EmailMessage()
    msg.set_content(b"\x00\x01", maintype="application", subtype="octet-stream")
    with pytest.raises(EmailReadError, match="no text/plain or text/html part"):
        read_eml(msg.as_bytes())


def test_repository_eml_files_all_read() -> None:
    files = sorted((ROOT / "data" / "raw" / "eml").glob("*.eml"))
    assert len(files) >= 10
    for path in files:
        message = read_eml(path.read_bytes())
        assert message.body.strip(), path.name
        assert "\ufffd" not in message.body, path.name


def test_huge_base64_attachment_is_skipped_quickly() -> None:
    outer = MIMEMultipart("mixed")
    outer.attach(MIMEText("שלום, מצורף הקובץ", "plain", "utf-8"))
    from email.mime.application import MIMEApplication

    outer.attach(MIMEApplication(b"\x00" * 20_000_000, Name="big.bin"))
    message = read_eml(outer.as_bytes())
    assert message.body.strip() == "שלום, מצורף הקובץ"


@pytest.mark.parametrize(
    "charset", ["zlib", "base64", "rot13", "punycode", "undefined", "utf-7", "unicode_escape"]
)
def test_a_charset_that_is_no_text_encoding_is_read_as_utf8(charset: str) -> None:
    raw = f"Subject: hi\nContent-Type: text/plain; charset={charset}\n\nany news?\n".encode()
    assert read_eml(raw).body.strip() == "any news?"


def test_a_broken_encoded_word_keeps_its_raw_form() -> None:
    assert read_eml(b"Subject: =?utf-8?b?AAAAA?=\n\nbody\n").subject == "=?utf-8?b?AAAAA?="


@pytest.mark.parametrize("kind", ["multipart", "rfc822"])
def test_parts_nested_past_the_limit_are_refused(kind: str) -> None:
    if kind == "multipart":
        head = "".join(
            f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(1000)
        )
    else:
        head = "Content-Type: message/rfc822\n\n" * 1000
    with pytest.raises(EmailReadError, match="nests parts"):
        read_eml((head + "Content-Type: text/plain\n\nhi\n").encode())


def test_eml_gives_the_sender_address_and_time() -> None:
    raw = (
        b"From: =?utf-8?b?16DXldei15Qg15vXlNef?= <noa@example.co.il>\r\n"
        b"Date: Tue, 03 Dec 2024 10:12:00 +0200\r\n"
        b"Subject: test\r\n\r\nbody\r\n"
    )
    message = read_eml(raw)
    assert message.sender.name == "נועה כהן"
    assert message.sender.address == "noa@example.co.il"
    assert message.sender.key() == "mail:noa@example.co.il"
    assert message.sent_at is not None and message.sent_at.utcoffset() is not None
    assert message.sent_at.hour == 10


def test_eml_with_a_broken_date_has_no_time() -> None:
    message = read_eml(b"From: a@b.c\r\nDate: yesterday-ish\r\n\r\nbody\r\n")
    assert message.sent_at is None
    assert message.sender.address == "a@b.c"


@pytest.mark.parametrize(
    ("pasted", "subject", "body"),
    [
        ("Subject: Still on?\n\nHi Leo,\nSorry", "Still on?", "Hi Leo,\nSorry"),
        ("נושא: תיקונים לאתר\nשלום שירן", "תיקונים לאתר", "שלום שירן"),
        ("Re: Wireframes v2\n\nהיי נועה", "Re: Wireframes v2", "היי נועה"),
        # A body that only starts like a reply's subject is a body.
        ("Re: your question, yes I can\nthanks", "", "Re: your question, yes I can\nthanks"),
        ("Hi,\nSubject: x", "", "Hi,\nSubject: x"),
    ],
)
def test_a_subject_pasted_on_top_is_the_subject(pasted: str, subject: str, body: str) -> None:
    message = read_text(pasted)
    assert (message.subject, message.body) == (subject, body)


def test_a_given_subject_keeps_the_pasted_line_in_the_body() -> None:
    message = read_text("Subject: Still on?\n\nHi", subject="From the form")
    assert message.subject == "From the form" and message.body.startswith("Subject:")
