"""The Hebrew language pack.

Hebrew needs care that English does not: niqqud and cantillation marks are removed, the geresh,
gershayim and maqaf are unified with ASCII signs, and the one-letter prefixes that attach to
words (ו ה ב ל מ ש כ: "וכשהלקוח" = and-when-the-client) are handled by also emitting the word
without them, so "בלוגו" and "הלוגו" share the feature "לוגו". Hebrew mail clients write their own
reply headers ("בתאריך … כתב/ה:"), footers ("נשלח מה-iPhone שלי") and disclaimers.
"""

from __future__ import annotations

import re

from classifier import Label
from classifier.lang import LanguagePack, register

_LETTERS = "\u05d0-\u05ea"
_HEBREW_WORD = re.compile(rf"^[{_LETTERS}\"']+$")
PREFIXES = frozenset("והבלמשכ")
_MIN_STEM = 3
_STACKING = frozenset("וש")
_STACKED_PAIRS = frozenset({"כש", "מש", "מה"})


def prefix_variants(token: str) -> list[str]:
    """The token without its attached prefix letters, when a real stem remains.

    One prefix letter may be stripped; a second only after ו or ש ("וה", "של", "שב") or in
    "כש", "מש", "מה", the combinations Hebrew actually stacks. "וכשהלקוח" gives "כשהלקוח" and
    "שהלקוח"; "מחר" gives nothing (the stem would be too short). These are *extra* features
    next to the surface form, so a wrong split costs little.
    """
    if not _HEBREW_WORD.match(token) or len(token) - 1 < _MIN_STEM or token[0] not in PREFIXES:
        return []
    variants = [token[1:]]
    if (
        len(token) - 2 >= _MIN_STEM
        and token[1] in PREFIXES
        and (token[0] in _STACKING or token[:2] in _STACKED_PAIRS)
    ):
        variants.append(token[2:])
    return variants


_LEADING_PARTICLES = re.compile(r"^(?:וכש|כש|וש|ש|ו)(?=ה[\u05d0-\u05ea]{2})")


def object_phrase(source: str, start: int, end: int) -> str:
    """The client's words for a thing, without the particles that bind them to their sentence.

    "שהקבצים" → "הקבצים", "והלוגו" → "הלוגו": the ש/ו/כש in front belongs to the client's
    sentence, not to the thing, and would read wrong inside the reply's own sentence.
    """
    words = source[start:end].split()
    if not words:
        return ""
    words[0] = _LEADING_PARTICLES.sub("", words[0])
    phrase = " ".join(words)
    if phrase in _HE_ROOTS:  # "הסכם" is no definite noun: "את ההסכם"
        return "ה" + phrase
    return _DEFINITE_FORMS.get(phrase, phrase)


# Construct phrases a client writes indefinite ("תשלחי הצעת מחיר") that a reply names as the
# one thing both mean: the article goes on the last noun ("את הצעת המחיר", not "את הצעת מחיר").
_DEFINITE_FORMS = {
    "הצעת מחיר": "הצעת המחיר",
    "חשבונית מס": "חשבונית המס",
    "כרטיס ביקור": "כרטיס הביקור",
    "כרטיסי ביקור": "כרטיסי הביקור",
    "דף נחיתה": "דף הנחיתה",
    # A plural construct without its noun ("קבצי ה-RAW"): the files, not "הקבצי" (round 45).
    "קבצי": "הקבצים",
    "צילומי": "הצילומים",
    "סרטוני": "הסרטונים",
}


# Deliverable words that start with ב/ל/מ/כ of their own: not a prefix to take off.
_OWN_FIRST_LETTER = frozenset("מוקאפ מוקאפים מסמך מסמכים מצגת מצגות לוגו באנר באנרים".split())
# Nouns whose root starts with ה: indefinite until a second ה ("הסכם" → "ההסכם").
_HE_ROOTS = frozenset("הסכם הסכמים הצעה הצעות הדמיה הדמיות".split())


def named_deliverable(word: str) -> str | None:
    """A deliverable written bare or with a hidden article, named definite: "חוזה" → "החוזה",
    "בחשבונית" → "החשבונית", "שהקבצים" → "הקבצים", "הצעת מחיר" → "הצעת המחיר". A phrase of more
    words than a known construct is not named (None)."""
    word = _LEADING_PARTICLES.sub("", word.strip())
    if word[:1] == "ש" or (word[:1] == "ו" and word[1:2] not in ("ו", "י", "ר")):
        word = word[1:]  # "וחוזה", "ובחשבונית"; not the ו of "וריאציה", "וידאו"
    if word[:1] in ("ב", "ל", "מ", "כ") and word[1:2] == "ה" and len(word) >= 5:
        word = word[1:]  # "בהסכם" is no bare word: its article is there
    if word in _DEFINITE_FORMS:
        return _DEFINITE_FORMS[word]
    if " " in word or not re.fullmatch(r"[\u05d0-\u05ea]{3,}", word):
        return None
    if word.startswith("ה") and word not in _HE_ROOTS:
        return word
    if word[0] in "בלמכ" and len(word) >= 5 and word not in _OWN_FIRST_LETTER:
        word = word[1:]
        if word.startswith("ה") and word not in _HE_ROOTS:  # "בהסכם" kept its article
            return word
    return "ה" + word


_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea\"'׳״-]*|[A-Za-z][A-Za-z0-9-]*")
# A definite noun: ה + a stem of 3+ letters (or ה-RAW), after at most the particles ו/ש/כש.
_DEFINITE = re.compile(r"^(?:ו|ש|וש|כש)?ה(?:[\u05d0-\u05ea]{3,}|-[A-Za-z][A-Za-z0-9-]*)$")
# Words that start like a definite noun but are not things: pronouns, demonstratives, time
# words, and verbs of the hif'il past ("הספקתי", "החלטנו").
_NOT_THINGS = frozenset(
    """המשא הוא היא הם הן הזה הזאת הזו האלה האלו הכל הכול הרבה הנה היום הערב הלילה השבוע החודש
    השנה הבוקר היה הייתה היו היי הולך הולכת הולכים הכי הסיבה הבעיה הדבר העניין המצב הפעם
    הזמן השקט הפוך הגיעו החליטו הזמינו הבטיחו הסבירו הציעו המליצו הספיקו המון היחס הידיים הראש הלב העיניים הגב ההנהלה הבחור הבחורה הילדים הילד הבן הבת האישה הבעל ההורים הלקוח הלקוחה הלקוחות המזכירה המזכיר המנהל המנהלת השותף השותפה העובד העובדת העובדים השכן השכנה השכנים החברה הטרנד האנשים המומחה העיקר הדברים השאר הבלגן הבלאגן הטעות הטעויות הפאשלה ההודעה ההודעות המייל המיילים השיחה התשובה הגיע הגיעה המליץ המליצה המלצת הבטיח הבטיחה הבטחת הערכת הסברת הזמנת הגשת הכנת העברת השארת התחלת החליט החליטה החלטת הזמין הזמינה הציע
    הציעה הסביר הסבירה הכין הכינה הבין הבינה הביא הביאה הספיק הספיקה הרגע
    הבנת התקדם התקדמת התקדמנו החיים הכתב הכסף השאיר השאירה השאירו התקין התקינה התקינו הפסיק
    הפסיקה הפסיקו הצליח הצליחה הצליחו הרגיש הרגישה הדביק הדביקה הרכיב הרכיבה הדפיס הדפיסה
    הפריע הפריעה השמיט השמיטה הזכיר הזכירה""".split()
    # Nouns whose root starts with ה are indefinite without a second ה ("הצעת מחיר",
    # "המלצה", "הערות"): no thing a reply could call "the …".
    + """הצעה הצעת הצעות המלצה המלצות הודעה הודעות הערה הערות הזמנה הזמנות הנחה החזר הוצאה
    הוצאות השקה הבטחה הסבר הסברים הכנה הפתעה הסכם הסכמה העתק העתקים הדפסה הדפסות התקנה
    התקנות הובלה הובלות הסעה הסעות הגשה הפקה הגהה הקלטה הרצאה הרצאות השקעה הנחות הוראות הגדרות
    הטבות""".split()
    + "היית הייתי היינו הייתם".split()
)
# Those of them that bind to the definite noun after them as its construct head ("הצעות
# המחיר", "הזמנת העוגה"): the thing is both words, never the second alone.
_H_ROOT_HEADS = frozenset(
    "הצעת הצעות המלצת המלצות הודעת הודעות הערות הזמנת הזמנות הוצאות הכנת הסכם".split()
)
# Adjectives and counts that stand for a noun said before ("הקודם", "הנוספים", "השלושה"):
# alone they name nothing, after a noun they are part of it ("הבאנר הנוסף").
_LONE_ADJECTIVES = frozenset(
    """הקודם הקודמת הקודמים הקודמות הנוסף הנוספת הנוספים הנוספות החודשי החודשית השבועי
    השבועית השנתי השנתית הישן הישנה החדש החדשה החדשים החדשות הגדול הגדולה הקטן הקטנה
    השניים השתיים השלושה השלוש הארבעה התשיעי התשיעית השמיני השמינית השביעי השביעית
    הארוך הארוכה הקצר הקצרה המאוחר המאוחרת המוקדם המוקדמת הרגיל הרגילה הקיים הקיימת
    הקיימים הקיימות""".split()
)
# Nouns that after "אחרי"/"לפני" name a time ("אחרי העבודה" = after work).
_TIMES_OF = frozenset("העבודה הלימודים הצהריים הצהרים החגים החג השבת הטיסה הגן".split())
_PLACE_WORDS = frozenset(
    "רחוב ברחוב לרחוב ברח׳ רח׳ שדרות בשדרות שכונת בשכונת משכונת כיכר בכיכר קריית בקריית".split()
)
# Ordinals and "next/last": no thing alone, but part of one ("הסקיצה השנייה").
_ORDINALS = frozenset(
    """הראשון הראשונה השני השנייה השנית השלישי השלישית הרביעי הרביעית החמישי החמישית השישי
    השישית העשירי העשירית האחרון האחרונה הבא הבאה""".split()
)
# A subject pronoun: the ה-word right after it is a verb ("אתה הרסת") or what it is said to be
# ("אני הלקוח"), no thing talked about.
_SUBJECTS = frozenset(
    "אני אתה אתם אתן הוא היא אנחנו הם הן".split()
)  # not את: also the object marker
_VERB_ENDINGS = ("תי", "נו", "תם", "תן")
# A hitpa'el past ("התברר", "התעכב", "התקשר"): no thing, though it starts like one.
_HITPAEL_PAST = re.compile(
    # הת + three root consonants; a ו or י among them makes it a noun ("התנור", "התריס", "התגין")
    r"הת(?![\u05d5])[\u05d0-\u05ea](?![\u05d5\u05d9])[\u05d0-\u05ea](?![\u05d4\u05d5\u05d9])[\u05d0-\u05ea]"
    r"(?:ה|ו|תי|נו)?"  # "התחתנה", "התעכבו", "התבלבלתי"
)
_MAX_THINGS = 12
# Idioms whose last word is a definite noun, by their three words.
_IDIOMS = frozenset({("כסף", "על", "השולחן"), ("שם", "על", "השולחן"), ("מכה", "על", "הראש")})
# Words in front of a definite noun that are not part of it.
_BEFORE_THINGS = frozenset(
    """את על של עם כל גם רק אל לא זה זו זאת עוד כמו לגבי אחרי לפני בגלל עד או אבל כי אם מה
    אני אתה אנחנו אתם הוא היא יש אין כבר פשוט ממש בין מול ליד אצל בלי עבור אצלי שלי שלך
    לכל בכל מכל כזה כזאת כזו כאלה מאחורי אחורי מבקש מבקשת מבקשים מבקשות מבחינת בעניין בנושא
    בקשר לקראת במקום בזכות מלפני מאחרי כלפי מעל מתחת""".split()
    # Present-tense verbs in -ת before their subject ("מתי יוצאת החשבונית", round 86's "ולגבי
    # יוצאת החשבונית:"): no construct head.
    + """יוצאת נכנסת יורדת נשארת עוברת חוזרת""".split()
)
# Adjectives that end in י like a plural construct head ("צילומי המוצרים") but bind to nothing.
_ADJECTIVES_IN_I = frozenset(
    "רלוונטי סופי ראשוני מקצועי אישי כללי טכני רשמי עיקרי נוסף נוספי מיידי דחוף דחופי".split()
)
# Construct heads whose first letter looks like a prefix but is their own ("מכונת העשן", "מבחני
# הבגרות", "בקשת הלקוח"): a label keeps the whole word.
_HEADS_WITH_PREFIX_LETTER = frozenset(
    """מכונת מכונות מבחן מבחני מחיר מחירי משרד משרדי מטבח מכתב מכתבי מספר מספרי מסמך מסמכי מערכת
    מנהל מנהלת מנהלי מסך מסכי מפת מפתח מצגת מחשב מחשבי מקום מועד מועדי מוצר מוצרי מודעת מודעות
    בקשת בקשות בדיקת בדיקות בניית בעל בעלת בעלי לוח לוחות לקוח לקוחות שולחן שולחנות שעות שירות
    שירותי שלט שלטי כרטיס כרטיסי כתובת כיסא כיסאות שלושת ששת שבעת שמונת משלוח""".split()
)
# Construct heads too short to tell by their ending ("בר המצווה", "דף הבית", "רואה החשבון").
_CONSTRUCT_HEADS = frozenset(
    "בר בת בית דף רואה עורך כרטיס ראש סוף בעל ארון דלת חדר מס ועד ביטוח מילות".split()
)


def _construct_head(word: str) -> tuple[str, bool]:
    """How the word in front of a definite noun binds to it: (its stem, whether it is part of it).

    A construct head is part of the thing ("לצילומי המוצרים" → "צילומי המוצרים"). After a noun
    whose article hides in its prefix ("לגרסה המתוקנת" = "to the corrected version"), the ה-word
    is an adjective and no thing on its own: the stem comes back empty.
    """
    stem = word
    if word in _H_ROOT_HEADS:
        return stem, True
    if word.startswith("ה"):  # a definite word is no construct head
        return stem, False
    prefixed = (
        (len(word) > 3 or word[1:] in _CONSTRUCT_HEADS)
        # מ and כ begin many nouns ("מסיבת החנוכה", "כיסוי המבנה"): they are taken for prefixes
        # only before the article ("מהסכום הכולל"); ל, ב, ו, ש always
        and (
            word[0] in "לבוש"
            or (word[0] in "מכ" and (word[1] == "ה" or word[1:] in _CONSTRUCT_HEADS))
        )
        and word not in _BEFORE_THINGS
        and word not in _HEADS_WITH_PREFIX_LETTER
    )
    if prefixed:
        stem = word[1:]
        if stem.startswith("ה") and len(stem) > 3:
            return "", False  # "מהנישואים הקודמים": the ה-word is its adjective, no thing
    if stem in _ADJECTIVES_IN_I:
        return "", False  # "רלוונטי התכנון": an adjective, no construct head and no thing after it
    if word in _BEFORE_THINGS or stem in _BEFORE_THINGS or stem.endswith(_VERB_ENDINGS):
        return stem, False  # "עשיתי המון": a verb binds to nothing
    if stem in _CONSTRUCT_HEADS or (
        len(stem) >= 4
        and not stem.startswith("ת")
        and (stem.endswith("י") or (stem.endswith("ת") and not stem.endswith("ות")))
    ):
        return stem, True
    if prefixed and word[0] in "לבכ" and stem.endswith(("ה", "ות", "ים")):
        return "", False
    return stem, False


def _continues(word: str) -> bool:
    """Whether a definite word after a thing is part of it ("הקבצים הסופיים", "הסקיצה השנייה").

    Not a pronoun or time word, nor a passive past verb ("הדוח השנתי הוגש": הו- but not הוו-).
    """
    return (
        word.startswith("ה")
        and word not in _NOT_THINGS
        and (not word.startswith("הו") or word.startswith("הוו"))
        and not _HITPAEL_PAST.fullmatch(word)  # "הפועלים התעכבו": the verb after the thing
    )


def things(source: str) -> list[tuple[int, int]]:
    """Spans of the definite nouns of a message, with the definite words that follow them.

    "את הקבצים הסופיים" gives "הקבצים הסופיים"; "ה-RAW" counts. Time words, pronouns and
    hif'il past verbs that happen to start with ה are skipped.
    """
    out: list[tuple[int, int]] = []
    words = list(_WORD.finditer(source[:2_000]))
    i = 0
    while i < len(words) and len(out) < _MAX_THINGS:
        word = words[i].group()
        bare = _LEADING_PARTICLES.sub("", word)
        if (
            _DEFINITE.match(word)
            and bare not in _NOT_THINGS
            and bare not in _ORDINALS
            and bare not in _LONE_ADJECTIVES
            and not bare.endswith(_VERB_ENDINGS)
            and not _HITPAEL_PAST.fullmatch(bare)
            and _continues(bare)
            and not (i and words[i - 1].group() in _SUBJECTS)
            # A street or a neighbourhood's name ("ברחוב הנרקיסים") is an address, no thing.
            and not (i and words[i - 1].group() in _PLACE_WORDS)
            # "להשאיר כסף על השולחן": an idiom's noun (round 116: "לגבי השולחן:")
            and (i < 2 or (words[i - 2].group(), words[i - 1].group(), bare) not in _IDIOMS)
            # "אחרי העבודה", "לפני החגים": a time, no thing.
            and not (i and words[i - 1].group() in ("אחרי", "לפני") and bare in _TIMES_OF)
        ):
            start = words[i].start() + (len(word) - len(bare))
            end = words[i].end()
            if re.match(
                r"\s+(?:לי|לנו|לך|לו|לה|להם|אותי|אותנו)(?![\u05d0-\u05ea])", source[end : end + 7]
            ):
                i += 1  # "התקנת לי ברז": a past verb (you installed), no thing
                continue
            if re.match(r"\s+(?:שלי|שלנו|שלך)\b", source[end : end + 6]):
                # The client's own ("הקהל שלי") is as often a claim as what they ask about;
                # the owner's ("הלוגו שלך") is not theirs to ask.
                i += 1
                continue
            if i and bare == word and not source[words[i - 1].end() : start].strip():
                stem, part = _construct_head(words[i - 1].group())
                if not stem or (
                    # "בצד הצפוני", "בשולחן הראשי": an adjective in -י after a bare noun, whose
                    # article hides in its prefix (round 51: "לגבי הצפוני:").
                    not part
                    and words[i - 1].group()[0] in "בלכ"
                    and len(bare) >= 5
                    and bare.endswith("י")
                    and not bare.endswith("אי")
                ):
                    i += 1
                    continue
                if part:
                    start = words[i - 1].end() - len(stem)
            nxt = i + 1
            while (
                nxt < len(words)
                and _continues(words[nxt].group())
                and not source[end : words[nxt].start()].strip()
            ):
                end = words[nxt].end()
                nxt += 1
            if end == words[i].end() and re.fullmatch(r"ה[\u05d0-\u05ea]{3}ת", bare):
                # "החלפת", "הזזת" alone: a construct without its noun ("החלפת הברז"), or a verb
                # ("התקנת לי"); no thing to name.
                i = nxt
                continue
            out.append((start, end))
            i = nxt
            continue
        i += 1
    return out


# How a Hebrew header's date begins: "ב-3 במרץ", "ב 3.3.2025", "ביום ג׳, 3 במרץ", "ביום שלישי, 3".
_HEADER_DATE = (
    r"(?:ב[-־]?\s?\d|ביום\s+(?:[א-ו]['׳]?|ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)\s*,?\s*\d)"
)
_WROTE = r"(?:כתב/ה|כתבה|כתב)"

# Words of a thing a reply may name (compose: LanguagePack.topics), bare; the pack holds them
# with and without the article.
_TOPICS = frozenset(
    (
        "ליווי מפתח מפתחות אירוע אישור אלבום אמבטיה אנימציה אסלה אפיון אפליקציה ארגזים ארון ארונות אריחים אתר באג "
        "באנר באנרים בגרות ברז בריכה בריף גג גדר גינה גלריה גרסאות גרסה גרפים דוד דוח דוחות "
        "דומיין דלת דלתות דף דפים דשבורד הגשה הדמיה הדמיות הדפסה הדפסות הובלה הוצאות הושבה "
        "הזמנה הזמנות החזר היתר הנחה הסכם הערות הצעה הצעות הצעת הרצאה התקנה וידאו זיכוי חבילה "
        "חבילות חוברות חוברת חוזה חומרים חלון חלונות חשבוניות חשבונית חשמל טופס טיוטה טיוטות "
        "טיפול טיפולים טקסט טקסטים יתרה כותרות כותרת כיור כרטיסי כרטיסים כתר לוגו לוח לינק מאזן "
        "מבחן מבחנים מודעה מודעות מועד מזגן מזגנים מחיר מחירון מחירים מטבח מידות מיקס מיתוג מנה "
        "מנות מסמך מסמכים מפגש מפגשים מצגת מקדמה מקלחת משכורות משלוח נזילה ניוזלטר סבב סדנה "
        "סטורי סכום סלוגן סליקה ספה סקיצה סקיצות סרטון סרטונים עוגה עיצוב עיצובים עלויות עלון "
        "עלות עמוד עמודים עמלה עריכה פאנלים פגישה פונט פוסט פוסטים פלאייר פליירים פרגולה פרויקט "
        "פרטים צביעה צבע צבעים צילום צילומי צילומים צינור צנרת קבלה קבלות קבצים קובץ קורס "
        "קייטרינג קינוח קיר קירות קישור קמפיין קנס קרמיקה רהיטים רילס רילסים ריצוף רכב רצפה "
        "שאלון שולחן שיחה שילוט שינוי שינויים שיעור שיעורים שיפוץ שלט שקע שקעים שקפים שרטוטים "
        "תאורה תאריך תאריכים תבנית תוכן תוכניות תוכנית תוספות תוספת תור תחזוקה תיק תיקון "
        "תיקונים תלושים תמונה תמונות תעריף תפריט תפריטים תקציב תקרה תרגום תשלום תשלומים "
    ).split()
)

PACK = LanguagePack(
    code="he",
    name="עברית",
    letters=_LETTERS,
    word_run=(
        r"[\u05d0-\u05ea][\u05d0-\u05ea\"'״׳-]*(?:[\s,;:]+[\u05d0-\u05ea][\u05d0-\u05ea\"'״׳-]*)*"
    ),
    min_sentence_words=2,  # Hebrew is compact: "אתה רציני?" is a whole sentence
    marks="\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7",
    double_quotes="\u05f4",
    single_quotes="\u05f3",
    dashes="\u05be",
    spacy_lang="he",
    prefix_variants=prefix_variants,
    prefix_letters="והבלמשכ",
    subject_prefixes=("השב", "תשובה", "הועבר", "העבר", "ת", "מועבר"),
    reply_headers=(
        # Gmail: "בתאריך יום ב׳, 3 במרץ 2025 ב-10:12 מאת דנה <...> כתב/ה:"
        r"בתאריך\b.{0,300}(?:כתב/ה|כתבה|כתב|נכתב|wrote)\s*:?",
        # Apple Mail: "ב-3 במרץ 2025, בשעה 10:12, נועה <...> כתב/ה:". The date must follow the
        # ב at once, so a client's own line that starts with ב is never taken for a header.
        rf"{_HEADER_DATE}.{{0,120}}\b{_WROTE}\s*:",
        # Gmail without the verb: "בתאריך יום ג׳, 3 בדצמ׳ 2024 ב-10:12 מאת נועה <noa@…>:"
        r"בתאריך\b.{0,300}<[^<>\s@]+@[^<>\s]+>\s*:?",
        # Any client that ends a dated header with the sender's address and a colon.
        rf"{_HEADER_DATE}.{{0,200}}<[^<>\s@]+@[^<>\s]+>\s*{_WROTE}?\s*:",
    ),
    forward_separators=("הודעה מקורית", "הודעה שהועברה", "הודעה מועברת"),
    forward_openers=("תחילת הודעה שהועברה",),
    header_from=("מאת",),
    header_fields=("נשלח", "תאריך", "אל", "נושא", "עותק"),
    subject_fields=("נושא",),
    mobile_footers=(
        r"נשלח מה-?\s?\S+.*",
        r"נשלח מ-?\s?(ה)?(iphone|אייפון|samsung|galaxy|נייד|הנייד|הסלולרי|outlook|android).*",
        r"נשלח באמצעות .{0,40}",
    ),
    sign_offs=(
        "נהיה בקשר",
        "נדבר",
        "בברכה",
        "ברכה",
        "בברכה רבה",
        "תודה",
        "תודה רבה",
        "תודה מראש",
        "בתודה",
        "בתודה מראש",
        "בתודה והערכה(?: רבה)?",
        "בהערכה(?: רבה)?",
        "בברכה והערכה",
        "שלך",
        "שלכם",
        r"ב\.ב\.?",
        "בהוקרה",
        "להתראות",
        "יום טוב",
        "יום נעים",
        "המשך יום נעים",
        "שבוע טוב",
        "שבת שלום",
        "חג שמח",
        "בכבוד רב",
        "בכבוד",
        # "תודה על הסבלנות,", "תודה ושנה טובה," over the name (round 144: "שלום," to ליאת)
        "תודה (?:על הסבלנות|על ההבנה|על הכול|על הכל|ושבוע טוב|ושנה טובה|ושבת שלום|וחג שמח)",
        # "תעדכן" over "רועי" (round 153: "שלום תעדכן")
        "תעדכן|תעדכני|תעדכנו|מחכה לתשובה|מחכה לתשובתך|מחכה לשמוע ממך",
    ),
    contact_words=("טל", "טלפון", "נייד", "פקס", "משרד"),
    disclaimer_starts=(
        "הודעה משפטית",
        "הבהרה משפטית",
        "כתב ויתור",
        r"אזהרה\s*:",
        "הודעה זו (וכל|נשלחה|מכילה|עשויה|מיועדת|והמידע)",
    ),
    disclaimer_markers=(
        r"חסוי|חסויה|סודי",
        r"מיועד(ת|ים)? (אך ורק|רק|לנמען|לשימוש)",
        r"הנמען",
        r"(קיבלת|הגיע(ה)? אליך|התקבל(ה)?) .{0,30}בטעות",
        r"(להודיע|הודע) לשולח",
        r"(אין|חל איסור) (להעתיק|להפיץ|להעביר|לעשות שימוש)",
        r"שימוש (בלתי מורשה|אסור)",
        r"לפני (שאת|שאתה|שאתם)? ?(מדפיס|תדפיס|הדפסה)",
    ),
    # Nor the first word of a place a signature ends with ("יוסי דהן / קריית טבעון").
    not_names=frozenset(
        "בברכה תודה היי שלום אחלה מעולה סבבה רבה קריית קרית רמת גבעת כפר נווה באר תל מושב קיבוץ "
        "רחוב רח׳ מעלה ראש משפחת בית ירושלים חיפה אשדוד אשקלון נתניה חולון רחובות מודיעין הרצליה "
        "רעננה כרמיאל אילת דימונה טבריה צפת עפולה נהריה עכו לוד רמלה חדרה יבנה "
        # "מצפה רמון", "מצפה הילה" (round 324: "מצפה שלום רב,")
        "מצפה ערד "
        # a closing promise on the line above the name ("אעדכן אותך\nתמר", round 315: "שלום אעדכן")
        "אעדכן תעדכני תעדכן תעדכנו נעדכן נדבר נתראה נשמע אחזור נחזור מחכה מחכים "
        # departments and roles under a name ("מיכאל\nמשאבי אנוש")
        'משאבי מחלקת מנהלת מנהל רכזת רכז מזכירות הנהלת סמנכ"ל סמנכ"לית סמנכ״ל סמנכ״לית מנכ"ל '
        'מנכ"לית מנכ״ל מנכ״לית יו"ר יו״ר '
        # a last line that is a sentence, not a name ("אני אעדכן", round 96: "היי אני")
        "אני אנחנו אתה את אתם הוא היא הם "
        # nor a word of time or an answer ("עוד לא\nאחרי החג", round 98: "היי אחרי")
        "אחרי לפני עוד כן לא אולי מחר היום "
        # nor a parting word on its own line ("נדבר", round 124: "היי נדבר")
        "נדבר ביי להתראות נתראה נשמע יאללה בהצלחה תודות "
        # nor a family word ("סבתא חנה", round 230's bracket rule: "שלום סבתא")
        "סבתא סבא אמא אבא "
        # nor a holiday's greeting as the last line ("חג שמח", round 322: "שלום חג"), nor a field of
        # law under a lawyer's name ("דיני עבודה", round 321: "שלום דיני")
        "חג חגים מועדים דיני".split()
    ),
    places=frozenset(
        {
            "בני ברק",
            "ראשון לציון",
            "פתח תקווה",
            "פתח תקוה",
            "תל אביב",
            "באר שבע",
            "בית שמש",
            "בת ים",
            # …and places abroad a family signs from (round 193: "היי ניו" under "ניו ג'רזי")
            "ניו ג'רזי",
            "ניו ג׳רזי",
            "ניו יורק",
            "לוס אנג'לס",
            "לוס אנג׳לס",
            "סן פרנסיסקו",
        }
    ),
    name_titles=frozenset(
        "ד״ר ד\"ר דר׳ דר' דוקטור עו״ד עו\"ד רו״ח רו\"ח פרופ׳ פרופ' פרופסור הרב מר גב׳ גב' אינג׳ אינג'"
        " מהנדס ר׳ ר'".split()
    ),
    name_joins=frozenset({"&"}),
    name_binds=frozenset({"עבד", "עבדל", "אבו", "אום"}),
    join_prefix="ו",
    # "ויעל", "ויוסי", "ויאיר", "ויהודה" are names joined; "וייס", "ויסברג", "וינר" surnames
    join_prefix_not="וו|וי(?![ואעה])",
    couple_name="{first} ו{second}",
    object_phrase=object_phrase,
    definite=r"ה[\u05d0-\u05ea]{2}",
    named_deliverable=named_deliverable,
    things=things,
    topics=_TOPICS | {"ה" + w for w in _TOPICS},
    post_intro=r"^\s*[^.\n!?]{2,40}\sכאן[.!,]",
    speech_frame=r"(?::|(?:^|\s)(?:אמר|אמרה|אמרו|כתב|כתבה|ענה|ענתה|עונה|שאל|שאלה|התשובה))\s*:?\s*$",
    quote_frame=(
        r"(?:^|[\s.,])ה?לקוח(?:ה|ות)?(?:\s+[^\s.:]+){0,8}?\s*"
        r"(?::|כתב(?:ה|ו)?|שלח(?:ה|ו)?|אמר(?:ה|ו)?|ענה|ענתה|ענו)\s*:?\s*$"
    ),
    type_names={
        Label.EASYGOING: "זורם",
        Label.DORMANT: "רדום",
        Label.DEMANDING: "תובעני",
        Label.KNOW_IT_ALL: "יודע-כל",
        Label.CONFLICTUAL: "עימותי",
    },
    uncertain_note=(
        "לא ברור מההודעה איזה סוג לקוח כתב אותה ({a} או {b}), ולכן ההצעות ניטרליות: "
        "להקשיב, לשקף ולסכם בכתב."
    ),
    other_note="ההודעה אינה באחת השפות שהמערכת קוראת ({languages}), ולכן אין הצעת תשובה.",
    shouting_advice=(
        "כתיבה באותיות גדולות או בסימני קריאה רבים נקראת כצעקה ומסלימה את השיחה.",
        "לכתוב בטון רגוע, ולהדגיש את הנקודה החשובה במשפט קצר וברור.",
    ),
    package=__name__,
)

register(PACK)
