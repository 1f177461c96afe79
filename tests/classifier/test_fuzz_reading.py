"""Fuzzing the e-mail reading code: whatever arrives, it returns text or a clear error, quickly.

Hypothesis generates random unicode (bidi marks, control characters, Hebrew, emoji), broken MIME,
wrong charsets and deeply nested HTML. A per-example deadline catches pathological slowness
(catastrophic regex backtracking) rather than measuring speed.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier.cleaning import clean_body
from classifier.language import detect_language
from classifier.preprocessing import prepare_text
from classifier.reading import EmailReadError, html_to_text, read_eml
from classifier.tokenization import normalize, tokenize

FUZZ = settings(
    max_examples=150, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow]
)
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
mail_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list(BIDI + "\x00\x07\r\n\t>-_ שלוםאבגדהוזחטיכלמנסעפצקרשת׳״:")),
    ),
    max_size=3000,
)
header_lines = st.sampled_from(
    [
        "On Mon, 3 Mar 2025, Dana <d@x.com> wrote:",
        "בתאריך יום ב׳ מאת דנה כתב/ה:",
        "From: x",
        "Sent: y",
        "מאת: x",
        "נשלח: y",
        "-- ",
        "Sent from my iPhone",
        "נשלח מה-iPhone שלי",
        "> quoted",
        "Thanks,",
        "בברכה,",
    ]
)


@FUZZ
@given(st.lists(st.one_of(mail_text, header_lines), max_size=30))
def test_cleaning_and_preparing_never_crash(parts: list[str]) -> None:
    body = "\n".join(parts)
    cleaned = clean_body(body)
    assert isinstance(cleaned.text, str)
    prepared = prepare_text(body)
    assert prepared.language in ("he", "en", "mixed", "other")
    assert isinstance(tokenize(normalize(prepared.model_text[:5000])), list)


@FUZZ
@given(st.binary(max_size=4000))
def test_random_bytes_as_eml_read_or_fail_clearly(data: bytes) -> None:
    try:
        message = read_eml(data)
    except EmailReadError:
        return
    assert isinstance(message.body, str) and isinstance(message.subject, str)


@FUZZ
@given(
    charset=st.sampled_from(
        ["utf-8", "windows-1255", "iso-8859-8-i", "x-nonsense", "", "utf-16", "ascii"]
    ),
    cte=st.sampled_from(["base64", "quoted-printable", "8bit", "7bit", "x-unknown", ""]),
    payload=st.binary(max_size=2000),
    multipart=st.booleans(),
)
def test_broken_mime_and_wrong_charsets(
    charset: str, cte: str, payload: bytes, multipart: bool
) -> None:
    part = (
        f'Content-Type: text/plain; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n'.encode()
        + payload
    )
    if multipart:
        data = (
            b"MIME-Version: 1.0\r\nSubject: =?windows-1255?B?%%%?=\r\n"
            b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
            + part
            + b"\r\n--b"  # no closing --
        )
    else:
        data = b"Subject: =?UTF-8?Q?=D7=A9?=\r\n" + part
    try:
        message = read_eml(data)
    except EmailReadError:
        return
    assert isinstance(message.body, str)


nested_html = st.recursive(
    mail_text.map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.tuples(
        st.sampled_from(["div", "p", "span", "blockquote", "table", "b", "script", "font"]), inner
    ).map(lambda pair: f"<{pair[0]} dir='rtl'>{pair[1]}</{pair[0]}>"),
    max_leaves=40,
)


@FUZZ
@given(nested_html)
def test_html_to_text_handles_nesting(html: str) -> None:
    text = html_to_text(f"<div>{html}<script>zqxHidden('run me')</script></div>")
    assert "zqxHidden" not in text  # script bodies are dropped, at any depth


def test_very_deep_and_very_long_inputs_finish() -> None:
    deep = "<div>" * 5000 + "שלום" + "</div>" * 5000
    assert "שלום" in html_to_text(deep)
    long_line = "א" * 1_000_000
    cleaned = clean_body(long_line)
    assert len(cleaned.text) == 1_000_000
    assert detect_language(cleaned.text) == "he"
    many_lines = "\n".join(["> quoted"] * 50_000 + ["own words"])
    assert clean_body(many_lines).text == "own words"
