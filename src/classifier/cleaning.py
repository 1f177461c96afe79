"""Separating the client's own new words from everything an e-mail drags along.

Quoted earlier messages (the reply headers each language pack knows, Outlook header blocks, ``>`` lines),
forwarded blocks, "Sent from my iPhone" lines, signatures and legal disclaimers are removed before
features are computed: otherwise a provider's polite quoted text or a company's disclaimer would
teach the model spurious words. The cleaned text is kept, because explanations point into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.lang import alternatives, packs, per_packs

# Invisible bidi and zero-width marks: Hebrew mail clients put them around names and colons,
# where they would break the header patterns below.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

_UNDERSCORE_RULE = re.compile(r"^\s*_{10,}\s*$")
_QUOTED_LINE = re.compile(r"^\s*>")
_SIGNATURE_DELIMITER = re.compile(r"^\s*(--|—|__)\s*$")
# Phone shapes, web and mail addresses, and "a | b" separators mark a contact line whatever
# its language; the packs add their words for phone, fax, office.
_CONTACT_SHAPES = (
    r"https?://|www\.|(?<![\w.+-])[\w.+-]++@[\w-]++\.\w|\+?972|\b0\d{1,2}[-\s]?\d{3}[-\s]?\d{4}\b"
    r"|\(\d{3}\)\s?\d{3}|\s\|\s"
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Every pack's e-mail artifacts, compiled together."""

    reply_headers: re.Pattern[str]
    outlook_from: re.Pattern[str]
    outlook_next: re.Pattern[str]
    mobile_footer: re.Pattern[str]
    sign_off: re.Pattern[str]
    contact: re.Pattern[str]
    disclaimer_start: re.Pattern[str]
    disclaimer_markers: tuple[re.Pattern[str], ...]


def _joined(field: str) -> str:
    return alternatives([item for pack in packs() for item in getattr(pack, field)])


@per_packs
def patterns() -> _Patterns:
    """The cleaning patterns of every registered language pack."""
    flags = re.IGNORECASE
    headers = [item for pack in packs() for item in pack.reply_headers]
    separators = _joined("forward_separators")
    openers = _joined("forward_openers")
    headers += [rf"-{{2,}}\s*{separators}\s*-{{2,}}", rf"{openers}\s*:"]
    return _Patterns(
        reply_headers=re.compile(rf"^\s*{alternatives(headers)}\s*$", flags | re.DOTALL),
        outlook_from=re.compile(rf"^\s*\*?{_joined('header_from')}\s*:\*?\s*\S", flags),
        outlook_next=re.compile(rf"^\s*\*?{_joined('header_fields')}\s*:", flags),
        mobile_footer=re.compile(rf"^\s*{_joined('mobile_footers')}\s*$", flags),
        sign_off=re.compile(rf"^\s*{_joined('sign_offs')}[\s,.!]*+$", flags),
        contact=re.compile(
            rf"({_CONTACT_SHAPES}|\b{_joined('contact_words')}\b\.?'?\s*[:|])", flags
        ),
        disclaimer_start=re.compile(rf"^\s*{_joined('disclaimer_starts')}", flags),
        disclaimer_markers=tuple(
            re.compile(m, flags) for pack in packs() for m in pack.disclaimer_markers
        ),
    )


# Headers, footers, sign-offs and signature lines are short. Longer lines are the client's own
# text and are never tried against those patterns, which keeps every pattern's work per line
# bounded whatever a hostile message holds (see tests/classifier/test_worst_case.py).
MAX_HEADER_LINE = 400


def _short(line: str) -> bool:
    return len(line) <= MAX_HEADER_LINE


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The client's own new text and what was removed to get it."""

    text: str
    removed: tuple[str, ...]
    fallback: bool = False
    quoted: str = ""
    """The earlier message the client replied under, without its header line and quote marks:
    often the owner's own words ("the gallery is open until the end of the month")."""


def _strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def _reply_cut(lines: list[str]) -> int | None:
    """Index of the first line that opens a quoted or forwarded message, if any."""
    found = patterns()
    for i, line in enumerate(lines):
        if not line.strip() or len(line) > MAX_HEADER_LINE:
            continue
        for span in (1, 2, 3):
            joined = " ".join(lines[i : i + span])
            if len(joined) > 3 * MAX_HEADER_LINE:
                break
            # "> On Sep 30, Yossi wrote:": a header quoted with the message under it (round 118)
            if found.reply_headers.match(joined.lstrip("> \t")):
                return i
        if found.outlook_from.match(line):
            window = lines[i + 1 : i + 6]
            if sum(1 for w in window if _short(w) and found.outlook_next.match(w)) >= 1:
                cut = i
                if i > 0 and _UNDERSCORE_RULE.match(lines[i - 1]):
                    cut = i - 1
                return cut
    return None


def _is_disclaimer(paragraph: str) -> bool:
    found = patterns()
    if found.disclaimer_start.match(paragraph):
        return True
    hits = sum(1 for p in found.disclaimer_markers if p.search(paragraph))
    return hits >= 2


def drop_disclaimers(text: str) -> tuple[str, bool]:
    """The text above a legal disclaimer paragraph, and whether one was cut."""
    # A disclaimer's unmistakable opening on a line of its own, even right under the text with
    # no blank line before it (round 87: a field was made of "הודעה זו עשויה להכיל מידע חסוי").
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0 and patterns().disclaimer_start.match(line):
            kept = lines[:i]
            while kept and re.fullmatch(r"\s*[-_—–=*]*\s*", kept[-1]):  # its rule ("--") too
                kept.pop()
            return "\n".join(kept), True
    paragraphs = re.split(r"\n\s*\n", text)
    for i, para in enumerate(paragraphs):
        if i > 0 and _is_disclaimer(para):
            return "\n\n".join(paragraphs[:i]), True
    return text, False


def _looks_like_signature(after: list[str]) -> bool:
    """Name, then title/company/contact lines: short, few, no questions, not sentences."""
    if not after or len(after) > 5:
        return False
    name = after[0]
    if len(name.split()) > 6 or re.search(r"[.?!:]$", name):
        return False
    return all(len(line.split()) <= 8 and not line.endswith("?") for line in after)


def _drop_signature(lines: list[str]) -> tuple[list[str], bool]:
    """Drop a signature block: lines after a sign-off, or a trailing block of contact lines."""
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonempty) < 2:
        return lines, False
    sign_off, contact = patterns().sign_off, patterns().contact
    # A sign-off ("Thanks,", "בברכה") followed by what looks like a signature: a name first,
    # then at most a few short lines (title, company, phone), and no question among them.
    tail = nonempty[-7:]
    for idx in tail[:-1]:
        if _short(lines[idx]) and sign_off.match(lines[idx]) and idx != nonempty[0]:
            after = [lines[j].strip() for j in nonempty if j > idx]
            if _looks_like_signature(after):
                return lines[: idx + 1], True
            break
    # Trailing contact lines (phone, e-mail, site), plus up to two name/title lines above them.
    end = len(nonempty)
    while (
        end > 1
        and _short(lines[nonempty[end - 1]])
        and len(lines[nonempty[end - 1]].split()) <= 12
        and contact.search(lines[nonempty[end - 1]])
    ):
        end -= 1
    if end == len(nonempty):
        return lines, False
    for _ in range(2):
        if end > 1:
            cand = lines[nonempty[end - 1]].strip()
            if (
                _short(cand)
                and len(cand.split()) <= 4
                and not re.search(r"[.?!:]$", cand)
                and not sign_off.match(cand)
            ):
                end -= 1
    return lines[: nonempty[end - 1] + 1], True


def clean_body(body: str) -> CleanedText:
    """Return the client's own new text from an e-mail body (see the module docstring)."""
    text = _strip_invisible(body.replace("\r\n", "\n").replace("\r", "\n"))
    removed: list[str] = []
    lines = text.split("\n")

    cut = _reply_cut(lines)
    quoted_part: list[str] = []
    if cut is not None:
        quoted_part = lines[cut:]
        lines = lines[:cut]
        removed.append("quote")

    kept = [line for line in lines if not _QUOTED_LINE.match(line)]
    if len(kept) != len(lines):
        if "quote" not in removed:
            removed.append("quote")
        if cut is None:
            # "> ההעברה מתוכננת ל-15 לחודש…" under the reply, with no "On … wrote:" above it:
            # still the earlier message replied under (round 178's harmful "אין בעיה, אחכה")
            quoted_part = ["", *(line for line in lines if _QUOTED_LINE.match(line))]
        lines = kept

    footer = patterns().mobile_footer
    for i, line in enumerate(lines):
        if _short(line) and footer.match(line):
            lines = lines[:i]
            removed.append("mobile-footer")
            break

    for i, line in enumerate(lines):
        if i > 0 and _short(line) and _SIGNATURE_DELIMITER.match(line):
            lines = lines[:i]
            removed.append("signature")
            break

    text, dropped = drop_disclaimers("\n".join(lines))
    if dropped:
        removed.append("disclaimer")
    lines, dropped = _drop_signature(text.split("\n"))
    if dropped and "signature" not in removed:
        removed.append("signature")

    result = _tidy("\n".join(lines))
    quoted = _tidy(_unquote(quoted_part[1:]))
    if result:
        return CleanedText(text=result, removed=tuple(removed), quoted=quoted)
    # Nothing of the client's own remains (say, a bare forward): read the quoted part rather
    # than nothing, and say so.
    fallback = _unquote(quoted_part[1:] or kept)
    return CleanedText(text=_tidy(fallback), removed=tuple(removed), fallback=True)


def _unquote(lines: list[str]) -> str:
    """Quoted lines joined without their "> " marks."""
    return "\n".join(re.sub(r"^\s*>+\s?", "", line) for line in lines)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
