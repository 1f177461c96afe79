"""Separating the client's own new words from everything an e-mail drags along.

Quoted earlier messages (English and Hebrew reply headers, Outlook header blocks, ``>`` lines),
forwarded blocks, "Sent from my iPhone" lines, signatures and legal disclaimers are removed before
features are computed: otherwise a provider's polite quoted text or a company's disclaimer would
teach the model spurious words. The cleaned text is kept, because explanations point into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Invisible bidi and zero-width marks: Hebrew mail clients put them around names and colons,
# where they would break the header patterns below.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

# How a Hebrew header's date begins: "ב-3 במרץ", "ב 3.3.2025", "ביום ג׳, 3 במרץ", "ביום שלישי, 3".
_HE_HEADER_DATE = (
    r"(?:ב[-־]?\s?\d|ביום\s+(?:[א-ו]['׳]?|ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)\s*,?\s*\d)"
)

_REPLY_HEADER_PATTERNS = [
    # Gmail / Apple Mail, English; the header may wrap onto a second line.
    re.compile(r"^\s*On\b.{0,300}\bwrote\s*:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*Le\b.{0,300}\ba écrit\s*:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*Am\b.{0,300}\bschrieb\b.{0,80}:\s*$", re.IGNORECASE | re.DOTALL),
    # Gmail, Hebrew: "בתאריך יום ב׳, 3 במרץ 2025 ב-10:12 מאת דנה <...> כתב/ה:"
    re.compile(r"^\s*בתאריך\b.{0,300}(כתב/ה|כתבה|כתב|נכתב|wrote)\s*:?\s*$", re.DOTALL),
    # Apple Mail, Hebrew: "ב-3 במרץ 2025, בשעה 10:12, נועה <...> כתב/ה:". The date must follow
    # the ב at once, so a client's own line that starts with ב is never taken for a header.
    re.compile(rf"^\s*{_HE_HEADER_DATE}.{{0,120}}\b(?:כתב/ה|כתבה|כתב)\s*:\s*$", re.DOTALL),
    # Gmail, Hebrew, without the verb: "בתאריך יום ג׳, 3 בדצמ׳ 2024 ב-10:12 מאת נועה <noa@…>:"
    re.compile(r"^\s*בתאריך\b.{0,300}<[^<>\s@]+@[^<>\s]+>\s*:?\s*$", re.DOTALL),
    # Any Hebrew client that ends a dated header with the sender's address and a colon.
    re.compile(
        rf"^\s*{_HE_HEADER_DATE}.{{0,200}}<[^<>\s@]+@[^<>\s]+>\s*(?:כתב/ה|כתבה|כתב)?\s*:\s*$",
        re.DOTALL,
    ),
    # Separators that open a quoted or forwarded message.
    re.compile(
        r"^\s*-{2,}\s*(Original Message|הודעה מקורית|Forwarded message|הודעה שהועברה|הודעה מועברת)\s*-{2,}\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*(Begin forwarded message|תחילת הודעה שהועברה)\s*:\s*$", re.IGNORECASE),
]
_OUTLOOK_FROM = re.compile(r"^\s*\*?(From|מאת|De|Von)\s*:\*?\s*\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\s*\*?(Sent|Date|To|Subject|Cc|נשלח|תאריך|אל|נושא|עותק|Envoyé|Gesendet)\s*:", re.IGNORECASE
)
_UNDERSCORE_RULE = re.compile(r"^\s*_{10,}\s*$")
_QUOTED_LINE = re.compile(r"^\s*>")

_MOBILE_FOOTER = re.compile(
    r"^\s*("
    r"sent from my \w+.*|sent from (outlook|mail|yahoo mail|samsung|gmail).*|"
    r"get outlook for \w+.*|sent via .{0,40}|sent with .{0,40}|"
    r"נשלח מה-?\s?\S+.*|נשלח מ-?\s?(ה)?(iphone|אייפון|samsung|galaxy|נייד|הנייד|הסלולרי|outlook|android).*|"
    r"נשלח באמצעות .{0,40}"
    r")\s*$",
    re.IGNORECASE,
)
_SIGNATURE_DELIMITER = re.compile(r"^\s*(--|—|__)\s*$")

_SIGN_OFF = re.compile(
    r"^\s*("
    r"best|best regards|kind regards|warm regards|warmest regards|regards|cheers|thanks|thank you|"
    r"thanks again|many thanks|thx|sincerely|yours|yours truly|all the best|talk soon|speak soon|"
    r"בברכה|ברכה|בברכה רבה|תודה|תודה רבה|תודה מראש|בתודה|בתודה מראש|שלך|שלכם|ב\.ב\.?|בהוקרה|"
    r"להתראות|יום טוב|יום נעים|המשך יום נעים|שבוע טוב|שבת שלום|חג שמח|בכבוד רב|בכבוד"
    r")[\s,.!]*+$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(https?://|www\.|(?<![\w.+-])[\w.+-]++@[\w-]++\.\w|\+?972|\b0\d{1,2}[-\s]?\d{3}[-\s]?\d{4}\b|\(\d{3}\)\s?\d{3}|"
    r"\b(tel|phone|mobile|cell|fax|office|טל|טלפון|נייד|פקס|משרד)\b\.?'?\s*[:|]|\s\|\s)",
    re.IGNORECASE,
)
_DISCLAIMER_START = re.compile(
    r"^\s*(disclaimer|confidentiality notice|legal notice|important notice|notice\s*:|"
    r"הודעה משפטית|הבהרה משפטית|כתב ויתור|אזהרה\s*:|הודעה זו (וכל|נשלחה|מכילה|עשויה|מיועדת|והמידע))",
    re.IGNORECASE,
)
_DISCLAIMER_MARKERS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"confidential",
        r"privileged",
        r"intended (solely |only )?for",
        r"intended recipient",
        r"received this (e-?mail|message|communication) in error",
        r"notify the sender",
        r"unauthori[sz]ed",
        r"dissemination|distribution|copying",
        r"virus",
        r"(consider|think of) the environment|before printing",
        r"חסוי|חסויה|סודי",
        r"מיועד(ת|ים)? (אך ורק|רק|לנמען|לשימוש)",
        r"הנמען",
        r"(קיבלת|הגיע(ה)? אליך|התקבל(ה)?) .{0,30}בטעות",
        r"(להודיע|הודע) לשולח",
        r"(אין|חל איסור) (להעתיק|להפיץ|להעביר|לעשות שימוש)",
        r"שימוש (בלתי מורשה|אסור)",
        r"לפני (שאת|שאתה|שאתם)? ?(מדפיס|תדפיס|הדפסה)",
    )
]


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


def _strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def _reply_cut(lines: list[str]) -> int | None:
    """Index of the first line that opens a quoted or forwarded message, if any."""
    for i, line in enumerate(lines):
        if not line.strip() or len(line) > MAX_HEADER_LINE:
            continue
        for span in (1, 2, 3):
            joined = " ".join(lines[i : i + span])
            if len(joined) > 3 * MAX_HEADER_LINE:
                break
            if any(p.match(joined) for p in _REPLY_HEADER_PATTERNS):
                return i
        if _OUTLOOK_FROM.match(line):
            window = lines[i + 1 : i + 6]
            if sum(1 for w in window if _short(w) and _OUTLOOK_NEXT.match(w)) >= 1:
                cut = i
                if i > 0 and _UNDERSCORE_RULE.match(lines[i - 1]):
                    cut = i - 1
                return cut
    return None


def _is_disclaimer(paragraph: str) -> bool:
    if _DISCLAIMER_START.match(paragraph):
        return True
    hits = sum(1 for p in _DISCLAIMER_MARKERS if p.search(paragraph))
    return hits >= 2


def _drop_disclaimers(text: str) -> tuple[str, bool]:
    paragraphs = re.split(r"\n\s*\n", text)
    if len(paragraphs) < 2:
        return text, False
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
    # A sign-off ("Thanks,", "בברכה") followed by what looks like a signature: a name first,
    # then at most a few short lines (title, company, phone), and no question among them.
    tail = nonempty[-7:]
    for idx in tail[:-1]:
        if _short(lines[idx]) and _SIGN_OFF.match(lines[idx]) and idx != nonempty[0]:
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
        and _CONTACT.search(lines[nonempty[end - 1]])
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
                and not _SIGN_OFF.match(cand)
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
        lines = kept

    for i, line in enumerate(lines):
        if _short(line) and _MOBILE_FOOTER.match(line):
            lines = lines[:i]
            removed.append("mobile-footer")
            break

    for i, line in enumerate(lines):
        if i > 0 and _short(line) and _SIGNATURE_DELIMITER.match(line):
            lines = lines[:i]
            removed.append("signature")
            break

    text, dropped = _drop_disclaimers("\n".join(lines))
    if dropped:
        removed.append("disclaimer")
    lines, dropped = _drop_signature(text.split("\n"))
    if dropped and "signature" not in removed:
        removed.append("signature")

    result = _tidy("\n".join(lines))
    if result:
        return CleanedText(text=result, removed=tuple(removed))
    # Nothing of the client's own remains (say, a bare forward): read the quoted part rather
    # than nothing, and say so.
    fallback = "\n".join(re.sub(r"^\s*>+\s?", "", line) for line in quoted_part[1:] or kept)
    return CleanedText(text=_tidy(fallback), removed=tuple(removed), fallback=True)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
