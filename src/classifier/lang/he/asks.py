"""Hebrew patterns for reading the ask (:mod:`classifier.asks`).

Written for the Hebrew clients actually write on WhatsApp and e-mail: one-letter prefixes
attached to words ("ושתשלח", "בסופ"ש", "למחר"), second-person futures used as requests in
every gender and number ("תשלח/תשלחי/תשלחו") next to the imperatives ("שלח/שלחי/שלחו"),
slang ("יאללה", "בלי חפירות", "מחיר חבר"), English loans in both scripts ("דדליין", "זום",
"ASAP", "קבצים בPDF"). The engine folds final letters (ך ם ן ף ץ) into their ordinary forms in
text and patterns alike, so a missing or wrong final form still matches, and squeezes letter
runs ("תשלחחח", "דחוףףף"). Patterns are written in ordinary spelling.

Imperatives whose spelling is also a common past tense or noun are left out ("שנה" year,
"סיים" he finished, "הכן"), and first-person forms are never requests ("אשלח" is the client's
own promise). Every gap is a single bounded character class: no pattern can backtrack.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from classifier.asks import (
    NUMBER,
    STANDING_THREATS,
    AskKind,
    LexiconRule,
    Pack,
    Pattern,
    amount_value,
    calendar_date,
    hhmm,
    percent_value,
)

K = AskKind

# Letters that attach to the front of a word: ו ה ב ל מ ש כ and the pairs Hebrew stacks.
PRE = r"(?:וכש|כש|וש|וה|וב|ול|ומ|שה|שב|של|[ובלהשכמ])?"
# Before a second-person future: "ש" (that you), "ו" (and), not "כש" (when you ... is no request).
FUT = r"(?:וש|ש|ו)?"
GAP = r"[^.!?\n]{0,30}"  # a short stretch of the same sentence
# The start of a clause, with the fillers that may open one ("רק תקן", "אחי, שלח").
CLAUSE = (
    # After punctuation, a dash, or an emoji that ends a chat's sentence ("יצא מושלם 👌 תדפיס 200")
    r"(?:(?<![^,.!?;:\n])(?!(?<=\d[,.])\d)|(?<=\s[-–])|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF]))[ \t]{0,3}"
    r"(?:(?:רק|בבקשה|פשוט|אז|יאללה|נו|אחי|אחותי|גם|וגם|תכל'ס),?\s)?"
)
END = r"(?!\w)"


def w(body: str, pre: str = PRE) -> str:
    """A word or phrase with its attached prefixes and word edges."""
    return rf"(?<!\w){pre}(?:{body}){END}"


def f(*stems: str) -> str:
    """Second-person future forms: each stem as is and with the feminine/plural ending."""
    return "|".join(rf"{s}(?:י|ו)?" for s in stems)


# --- requests ------------------------------------------------------------------------------

# Second-person futures ("תשלח"), then imperatives that cannot be read as something else.
VERBS: tuple[tuple[str, str, str], ...] = (
    ("send", f("תשלח"), "שלח|שלחי|שלחו"),
    ("fix", f("תתקן"), "תקן|תקני|תקנו"),
    ("change", f("תשנה", "תשנ"), ""),
    ("add", f("תוסיף", "תכניס", "תשלב"), "הוסף|הוסיפי|הכניסי"),
    ("remove", f("תוריד", "תמחק", "תסיר"), "הסר|הסירי"),
    # "את המקרר תשכיבו על הצד" (round 139)
    # (not "תעמיד"/"תוביל" alone: "ההתנהלות הזאת תוביל אותי לבית משפט" is her future)
    ("move", f("תזיז", "תעביר", "תשכיב") + "|תעמידי|תעמידו|תובילי|תובילו", "הזז|העבר|העבירי"),
    ("confirm", f("תאשר"), ""),
    ("check", f("תבדוק", "תבדק", "תוודא"), "בדוק|בדקי"),
    ("update", f("תעדכן"), "עדכן|עדכני"),
    # "תגידי, מישהו בכלל בודק?", "תגיד אתה רציני??": a "tell me" that only opens a question asks
    # nothing itself
    (
        "tell",
        f("תודיע", "תספר")
        + r"|תגיד(?:י|ו)?(?!\s*,)(?!\s+(?:לי\s+)?(?:אתה|את|אתם)\s+(?:רציני|צוחק|עובד עליי|עובדת עליי|עובדים עליי))"
        # "תגידי ראיתי את הפוסטים…": a voice note's "say," before what the client did (round 141)
        r"(?!\s+(?!ש)[\u05d0-\u05ea]{2,}תי(?![\u05d0-\u05ea]))",
        "",
    ),
    ("finish", f("תסיים", "תגמור", "תגמר"), ""),
    # "תקפיאי לי בבקשה את המנוי": a membership frozen is asked (round 74)
    ("freeze", f("תקפיא"), ""),
    ("prepare", f("תכין", "תבנה", "תבנ"), ""),
    ("write", f("תכתוב", "תכתב", "תנסח"), ""),
    # "do me a favour and …" only softens; "תעשה מה שנראה לך", "תעשו איך שנראה לכם נכון" leave it
    # to the owner (round 139)
    (
        "do",
        r"(?:תעשה|תעשי|תעשו)(?! לי טובה)(?! (?:לי |לנו )?(?:מה|איך|כמו) ש(?:נראה|נכון|בא|מתאים|נוח|אתה חושב|את חושבת|אתם חושבים|תחליט))(?! כמו ש(?:אמרתי|כתבתי|ביקשתי))",
        "",
    ),
    ("explain", f("תסביר"), ""),
    ("bring", f("תביא"), ""),
    ("start", f("תתחיל", "תתקדם"), "התחל"),
    ("stop", f("תפסיק", "תעצור", "תעצר"), ""),
    ("reply", f("תענה", "תענ") + "|תחזור אלי|תחזרי אלי|תחזרו אלי|תחזור אליי|תחזרי אליי", ""),
    (
        "book",
        f("תקבע", "תזמין", "תשריין", "תשרינ"),
        "",
    ),  # "תשריני", "תשריייני" squeezed (round 140)
    ("call", f("תתקשר", "תצלצל"), ""),
    ("give", "תן(?! לי (?:לחשוב|לבדוק|רגע|זמן|כמה))|תני|תנו|תיתן|" + f("תתן"), ""),
    ("return", f("תחזיר"), ""),
    ("issue", f("תוציא", "תפיק"), ""),
    # "תעלי מה שאת חושבת": what to post left to the owner, nothing asked (round 141); "תתקני איך
    # שנראה לך" still asks for the fix
    (
        "publish",
        "(?:" + f("תעלה", "תעל", "תפרסם") + r")(?!\s+(?:לי\s+|לנו\s+)?מה ש(?:את חושבת|אתה חושב|"
        r"אתם חושבים|נראה|בא)(?![\u05d0-\u05ea]))",
        "",
    ),
    ("look", f("תסתכל", "תציץ") + "|תעיף מבט|תעיפי מבט", ""),
    ("translate", f("תתרגם"), ""),
    ("design", f("תעצב"), ""),
    ("print", f("תדפיס"), ""),
    ("replace", f("תחליף"), ""),
    ("put", r"(?:" + f("תשים") + r")(?! לב)", r"(?:שים|שימי|שימו)(?! לב)"),
    ("keep", f("תשאיר", "תשמור", "תשמר"), ""),
    ("sign", f("תחתום", "תחתמ"), ""),
    ("arrange", f("תסדר"), ""),
    ("cancel", f("תבטל"), ""),
    ("use", f("תשתמש"), ""),
    ("take", f("תיקח", "תקח"), ""),
    ("show", "תראה לי|תראי לי|תראו לי", ""),
    ("come", f("תבוא", "תגיע"), ""),
    ("resize", f("תגדיל", "תקטין", "תרחיב", "תקצר", "תצמצם"), ""),
    ("align", f("תיישר", "תמרכז", "תסדר"), ""),
    ("improve", f("תשפר", "תחדד", "תדגיש", "תבליט"), ""),
    # "תמשיכי כמו שאת חושבת לנכון": how to go on left to the owner, nothing asked
    (
        "continue",
        "(?:" + f("תמשיך") + r")(?! (?:מה|איך|כמו) ש(?:את חושבת|אתה חושב|אתם חושבים|נראה))",
        "",
    ),
    ("record", f("תרשום", "תרשמ"), ""),
    ("remind", f("תזכיר"), ""),
    ("copy", f("תעתיק"), ""),
    # "אל תעבוד עליי" cons, no work asked for
    ("work", r"(?:תעבוד|תעבד)(?:י|ו)?(?!\s+(?:עלי|עליי|עלינו|עליו|עליה)(?!\w))", ""),
    ("clean", f("תנקה", "תנק"), ""),
    ("paint", f("תצבע"), ""),
    ("install", f("תתקין", "תרכיב"), ""),
    ("connect", f("תחבר"), ""),
    ("photograph", f("תצלם"), ""),
    ("complete", f("תשלים"), ""),
    ("spray", f("תרסס"), ""),
    ("tune", f("תכוון", "תכוונ"), ""),
    # "תקני חלב לחם וביצים" (round 84); "תקנה" is also a regulation: only with "לי"/"גם"
    ("buy", r"תקני|תקנו|תקנה(?= (?:לי|לנו|גם))", ""),  # "תכוון ל-432 הרץ" (round 83: left out)
)
_FUTURES = "|".join(fut for _, fut, _ in VERBS)
_IMPERATIVES = "|".join(imp for _, _, imp in VERBS if imp)
# After "בלי", what makes no order: a courtesy ("בלי לחץ"), a complaint ("בלי הודעה"), a refusal
# read elsewhere ("בלי תירוצים").
_NOT_AN_ORDER = (
    r"(?:לחץ|בעיה|סיבה|קשר|הגזמה|תירוצים|סליחות|שיחות|טלפונים|טלפון|הודעה|עוד|שום|להתנצל|ויכוחים|"
    r"כובע|לשאול|להודיע|תשובה|מענה|כסף|חשבון)(?![\u05d0-\u05ea])"
)
# Words of a second person's future's shape that are no order of work: nouns ("תשלום"), and
# what leads into a sentence or spares the reply ("תקשיבי", "תגידי", "תחסוך את זה").
_NOT_A_FUTURE = (
    r"(?:תודה|תמיד|תוך|תחת|תכף|תיכף|תשובה|תמונה|תוכנית|תכנית|תיקון|תאריך|תשלום|תקציב|תוצאה|תוספת|תנאי|"
    r"תעודה|תפריט|תוכן|תהליך|תקופה|תחילה|תקלה|תביעה|תלונה|תגובה|תחנה|תור|תענוג|תרגום|תרגול|תרגיל|"
    r"תמחור|תכנון|תיאום|תחזוק|תזמון|תקשורת|תסריט|תמלול|תיק|תוקף|תזכורת|תותח|תותחית|תקוע|תקועה|תקועים|"
    r"תלוי|תלויה|תלויים|תשע|תשעה|תסכול|תוהה|תוהים|"
    # a present tense of a root in ת ("תופס מקום בארון")
    r"תו[\u05d0-\u05ea]{2}|"
    # a third person's past ("הטכנאי … תיקן את הברז", "תלה את המדפים ויצא")
    r"תיקן|תיקנה|תלה|תלתה|תיאם|תיאמה|תרגם|תרגמה|תפס|תפסה|"
    # "תבחרי את השירים לפי מה שאת מרגישה": the choice left to the owner, no order of work;
    # "תקבלי את התשלום עד סוף החודש": the client's promise, no order
    r"ו?(?:תקשיב|תשמע|תראה|תרא|תבין|תדע|תגיד|תחסוך|תחסכ|תזכור|תזכר|תבחר|תקבל|תמצא)[ויה]?)(?!\w)"
)
# Any verb's second-person future by its shape: not a past "we"/"I"/"you" form ("תכננו",
# "תיקנתי"), nor a plural ("תמונות").
_ANY_FUTURE = (
    r"ו?(?!" + _NOT_A_FUTURE + r")ת[\u05d0-\u05ea]{2,5}(?<!נו)(?<!תי)(?<!תם)(?<!ות)(?<!ים)"
)
# Infinitives after "צריך/רוצה" that are the client's own next step, not an ask of the provider.
_OWN_STEP = (
    r"לחשוב|לבדוק|להתייעץ|לשאול|להחליט|לראות|לעבור|לסגור עם|לברר|להבין(?! (?:איך|למה|מה קרה|מה השתבש))|לנוח|"
    # Talking with their own people is their step; with someone at the business, an ask
    # ("אני רוצה לדבר עם אורית היום").
    # (the business's manager is the owner's to arrange: "אני רוצה לדבר עם המנהל שלך", round 208)
    r"לדבר עם (?:ה?שותף|ה?שותפה|בעלי|אשתי|ה?בוס(?! שלך| שלכם)|ההנהלה(?! שלך| שלכם)|"
    r"המנהל(?! שלך| שלכם)|המנהלת(?! שלך| שלכם)|רואה|עורך|עורכת|אבא|אמא|"
    r"אחי|אחותי|המשפחה|הילדים)|"
    r"להתארגן|לחכות|להמתין|לקבל אישור|לשלם לך|לשלם לכם|"
    # "חלק אצל הגיס שלי, אני צריך לתפוס אותו": someone the client must reach (round 85)
    r"לתפוס (?:אותו|אותה|אותם|את)|"
    # "אני צריכה לתכנן את השבוע": the client's own planning (round 89)
    r"לתכנן|להתכונן|"
    # "אני רוצה להעלות משהו שמטריד אותי": a preface to what follows (round 91)
    r"להעלות (?:משהו|נושא|עניין|נקודה)|לשתף|"
    # "אני לא מאמין שאני צריך לכתוב את המייל הזה": the client's own writing (round 78)
    r"לכתוב (?:את )?(?:ה?מייל|ה?הודעה|ה?מכתב)|"
    # "אני ואורי צריכים לשבת על זה": their own work on it (round 66)
    r"לשבת על|"
    # "אני צריך לשבת איתו ולראות מה הלו"ז שלו": a sit-down of their own (round 132)
    r"לשבת (?:איתו|איתה|איתם|עם (?:הבן|הבת|הילד|הילדה|בעלי|אשתי|השותף|השותפה))|"
    # Their own budget: "אני חייב לקצץ בהוצאות" explains an ask, it is none (round 60).
    r"לקצץ|לחסוך|לצמצם הוצאות|"
    # Keeping their own word to their customers: "ואני צריכה לכבד אותן" (round 65).
    r"לכבד|"
    r"להגיד|לומר|לציין|להודות"  # "אני חייבת להגיד שזה לא יעבוד": a remark, no ask
)
_NOT_SELF = (
    r"(?<!אתה )(?<!אתם )(?<!את )(?<!אם )(?<!לא )(?<!אין )(?<!איך זה )(?<!איך זאת )"
    r"(?<!איננו )(?<!אינני )(?<!אינם )(?<!אינה )(?<!אינו )"  # "איננו מעוניינים בשיחת טלפון"
    r"(?<!היה )(?<!הייתה )(?<!היו )"  # "שהיה צריך עד ה-20": what was due, no ask
    # "כשהיית צריך את התשלום השני ענית תוך חמש דקות": the owner's past need, a jab (round 57)
    r"(?<!היית )(?<!הייתם )"
)

REQUESTS = (
    # "אם תמשיך עם זה…" is a condition (often a threat's), not an ask; "היא תתקשר" says what
    # someone else will do (the future's third person is the second's spelling).
    Pattern(
        K.REQUEST,
        "imperative",
        # "נועה לא תגיע גם השבוע": "לא" before a future tells what will not happen (a request
        # not to is "אל"; round 75)
        # "אמא שלי תעביר לך את ה-360": a third person's future (round 99)
        r"(?<!אם )(?<!אם לא )(?<!היא )(?<!והיא )(?<!היא גם )(?<!(?<!ש)לא )"
        r"(?<!אמא שלי )(?<!אמא )(?<!אשתי )(?<!הבת שלי )(?<!המזכירה )(?<!המזכירה שלי )"
        # "למרות שהיא כנראה תוסיף משהו משלה" (round 103)
        # "ככל שתמשיך לשלוח תזכורות…, אשקול את צעדיי": a condition, no order (round 145)
        r"(?<!היא כנראה )(?<!היא בטח )(?<!ככל )(?<!כל עוד )" + w(_FUTURES, FUT),
        clause=True,
    ),
    # "שלח", "תקן" are also the past tense ("הקבלן שלח"): an imperative only starts a clause.
    Pattern(
        K.REQUEST, "imperative", CLAUSE + f"(?P<t>{w(_IMPERATIVES, 'ו?')})", span="t", clause=True
    ),
    # Not the end of a word after a geresh ("את הוויז'ואל תחליפי": round 141 read "don't replace")
    Pattern(K.REQUEST, "dont", rf"(?<![\w'׳])ו?אל\s+(?:{_FUTURES}){END}", clause=True),
    Pattern(K.REQUEST, "dont", w(r"אל (?:תשכח|תשכחי|תשכחו)", "ו?"), "remember", clause=True),
    # "את הצוואר אני לא רוצה שתפצח": what the owner is not to do, said as the client's wish
    # (round 334 left it out); not a softener about what the owner might feel or think ("אני לא
    # רוצה שתחשוב שאני…", "לא רוצה שתיפגע").
    Pattern(
        K.REQUEST,
        "dont",
        r"(?<![\w'׳])(?:(?:ו?אני|ו?אנחנו)\s+)?ו?לא\s+(?:רוצה|רוצים|רוצות)\s+ש(?:ת"
        # (not a softener: "שתחשוב", "שתדאגי", "שתתאכזבי", "שתטרחי", "שתצטער"; nor "שתיים")
        r"(?!(?:חשוב|חשבי|חשבו|בין|ביני|בינו|פגע|פגעי|פגעו|יפגע|רגיש|רגישי|רגישו|תעצב|תבאס|קח|יקח|"
        r"כעס|כעסי|דאג|דאגי|דאגו|תאכזב|תאכזבי|תאכזבו|טרח|טרחי|טרחו|צטער|צטערי|צטערו|יים|י)"
        r"(?![\u05d0-\u05ea]))"
        # …or a third person's: "לא רוצה שיראו מבחוץ לתוך החצר" (not "שיהיה לך לא נעים", "שיצא
        # שאני מתלוננת", "שיחשבו")
        r"|י(?!(?:היה|צא|חשבו|חשוב)(?![\u05d0-\u05ea])))[\u05d0-\u05ea]{2,}",
        clause=True,
    ),
    Pattern(
        K.REQUEST,
        "need",
        r"(?<!\w)"  # first: checked once where no word goes on, before the lookbehinds below
        + _NOT_SELF
        + r"(?:(?<!\w)(?:ו?אני|אנחנו|אנו)\s+)?"
        # "ותשלחי לי מה צריך לשנות": what is needed, asked inside another ask (round 66); "לגבי
        # כמה טיפולים צריך": how many are needed, the owner's to say (round 97)
        + r"(?<!מה )(?<!כמה )(?<!טיפולים )(?<!פגישות )(?<!שיעורים )(?<!מפגשים )(?<!סבבים )"
        # "אני לא מאמינה שאני צריכה לכתוב את זה": disbelief, no need (round 99)
        + r"(?<!מאמינה שאני )(?<!מאמין שאני )(?<!להאמין שאני )"
        # "שלחתי צילום מסך של איך שאני רוצה את זה": how, not what is asked (round 101)
        + r"(?<!איך שאני )(?<!איך שאנחנו )"
        # "היינו צריכים לעשות את הטיפול לפני שבועיים": what was due (round 100); "הייתי רוצה" asks
        + r"(?:(?<!היינו )(?<!הייתי )(?<!הייתה )|(?!צרי))"
        + w(
            r"צריך|צריכה|צריכים|צריכות|רוצה|רוצים|רוצות|מבקש|מבקשת|מבקשים|אבקש|נבקש|"
            r"מעוניין|מעוניינת|מעוניינים|חייב|חייבת|חייבים|דורש|דורשת|דורשים|דורשות|בא לי|הייתי שמח|הייתי שמחה|"
            r"נשמח|אשמח|אודה",
            "ו?",
        )
        + rf"(?!\s+(?:{_OWN_STEP}|לך|לכם|לחזור|בפעם האחרונה|שתבין\w*|שתדע\w*|שלא תתווכח\w*|שלא תתחיל\w*)\b)"
        # "אנחנו רוצים אותו אצלכם": a wish for a child's place, no ask of a task
        + r"(?!\s+(?:אותו|אותה|אותם|אותן)\s+(?:אצלכם|אצלך|איתכם|איתך))(?=:?\s+\S)",
        clause=True,
    ),
    Pattern(
        K.REQUEST,
        "can_you",
        r"(?<!אי )(?<!אם )"
        + w(r"אפשר|תוכל|תוכלי|תוכלו|יש מצב|אתה יכול|את יכולה|אתם יכולים|תצליח|תצליחי", "ו?")
        + r"(?=\s+\S)",
        clause=True,
    ),
    # "אם את יכולה לרדת ל-32…", "אם אפשר לקבל עד מחר": a request put politely, when an
    # infinitive follows (not "אם אפשר, אז…").
    Pattern(
        K.REQUEST,
        "can_you",
        r"(?<!\w)ו?אם\s+(?:אפשר|תוכל|תוכלי|תוכלו|אתה יכול|את יכולה|אתם יכולים)"
        r"(?=\s+(?:גם\s+)?ל\w|\s+גם\s)|(?<!\w)ו?אם יש (?:לך|לכם) (?:מקום|זמן|אפשרות)"
        # "אם אפשר שהאלבום יהיה מוכן לפני…": what should be, asked politely (round 60);
        # "ואם אפשר בשישי שבת", "ואם אפשר, את ה-40% נעביר אחרי החתונה" (round 67)
        r"|(?<!\w)ו?אם\s+אפשר(?=\s+ש[\u05d0-\u05ea]{2})"
        # …and at a sentence's start, what follows a comma, a time or a thing ("ואם אפשר בשישי
        # שבת", "ואם אפשר משלוח לרמת החייל": round 140)
        r"|(?:(?<![^.!?\n])|(?<=[.!?\n] ))ו?אם\s+אפשר(?=\s+ב[\u05d0-\u05ea]{2}|,\s+(?!(?:כי|אז)\s)\S"
        # (not "ואם אפשר תשובה עוד היום": the reply answers it; nor "ואם אפשר הכל עד…", "ואם
        # אפשר עוד היום": a time)
        r"|\s+(?!(?:אז|כי|אבל|אולי|לא|זה|את|אני|אתה|אתם|ממש|רק|תשובה|מענה|לענות|הכל|עוד|היום|מחר|"
        r"השבוע|הערב|עכשיו|עד|לפני|אחרי)(?![\u05d0-\u05ea]))[\u05d0-\u05ea]{3})",
        clause=True,
    ),
    # Someone else's wish passed on ("הנשים ביקשו שיהיו גם עוגות", "אמא ביקשה שתבוא בבוקר"):
    # the client asks it on their behalf (round 60).
    Pattern(
        K.REQUEST,
        "need",
        # Not what they asked the writer to do ("היא ביקשה שאכתוב לך").
        r"(?<!\w)(?<!לא )(?:ביקש|ביקשה|ביקשו)\s+(?:גם\s+)?(?=ש(?!א)[\u05d0-\u05ea]{2})",
        clause=True,
    ),
    # "אני מצפה לזיכוי עד מחר": a demand; "מצפה לשמוע ממך" a courtesy
    Pattern(
        K.REQUEST,
        "need",
        w(r"(?:אני|אנחנו)\s+(?:מצפה|מצפים|מצפות)", "ו?")
        + r"(?!\s+(?:לשמוע|לראות|להמשך|לפגוש|לעבוד|לשיתוף)(?!\w))(?=\s+\S)",
        clause=True,
    ),
    # "בעמוד צור קשר מופיע 03-6123456 במקום 03-6123465": a correction put as a fact (round 141)
    Pattern(
        K.REQUEST,
        "error_stated",
        # (not "אני רשום לשיעור במקום חבר", nor "יצא לדרך במקום לחכות": a person, an infinitive)
        r"(?<!\w)(?<!אני )(?<!אנחנו )(?<!הוא )(?<!היא )(?<!הנהג )"
        r"(?P<t>(?:מופיע|מופיעה|מופיעים|כתוב|כתובה|כתובים|רשום|רשומה|רשומים|יצא|יצאה|יצאו)"
        r"\s[^.!?\n]{1,40}?\sבמקום\s(?!ל[\u05d0-\u05ea])(?:\d(?:[\d,.-]*\d)?(?:\s?₪)?|[^\s.!?,]+)"
        r"(?:\s(?!(?:כמו|כי|אבל|זה|וזה|שזה|ואני|וגם|ולא|ו?אם)(?![\u05d0-\u05ea]))[^\s.!?,]+)?)",
        "fix",
        span="t",
    ),
    # "את החופה שמים ב-19:00, לא 19:30 כמו שהצעת": the owner's plan corrected, a know-it-all's ask
    Pattern(
        K.REQUEST,
        "correction",
        r"(?:(?<![^,.!?;:\n])(?!(?<=\d[,.])\d)|(?<=\n))[ \t]{0,3}(?P<t>[\u05d0-\u05ea][^,.!?\n]{2,70}?,?\s(?:ו?לא)\s[^,.!?\n]{1,30}?"
        r"\s?כמו (?:ש)?(?:הצעת|הצעתם|כתבת|כתבתם|אמרת|אמרתם|רשמת|תכננת|תכננתם|שלחת|עשית))",
        "fix",
        span="t",
    ),
    # "אני מחכה לכם היום לפני 5": the owner expected by a time; "מחכה לשמוע ממך" a courtesy
    Pattern(
        K.REQUEST,
        "need",
        w(r"(?:אני|אנחנו)\s+(?:מחכה|מחכים|מחכות)\s+(?:לך|לכם|לכן)", "ו?")
        + r"(?=\s+(?:היום|מחר|עד|לפני|ב-?\d|בשעה|ביום|הערב|בבוקר))",
        clause=True,
    ),
    # "אתה חייב לבוא היום": what the owner must do, said to them
    Pattern(
        K.REQUEST,
        "need",
        w(r"(?:אתה|את|אתם|אתן)\s+(?:חייב|חייבת|חייבים|חייבות)", "ו?") + r"(?=\s+ל\w)",
        clause=True,
    ),
    # "ותוסיף גם אנדרואיד בבקשה לא רק iOS": "please, not only" goes on with the request it is
    # in, it starts none (round 75: two fields for one ask)
    Pattern(
        K.REQUEST,
        "please",
        w(r"בבקשה|נא", "ו?") + r"(?!\s+לא רק)(?=\s+(?:ל|ש|ת)\w)",
        clause=True,
    ),
    # "תעבור על השמות והמספרים", "תעבור ל-Wix" (round 84); "אשתי אמרה שתעבור על זה" says what
    # she will do, so no "ש" before it, and no third person.
    Pattern(
        K.REQUEST,
        "imperative",
        r"(?<!\w)(?<!היא )(?<!אם )(?<!לא )ו?(?:תעבור|תעברי|תעברו)(?!\w)",
        "go_over",
        clause=True,
    ),
    # An offer on a condition: "אם צריך להגדיל את הריטיינר תגידי, אין בעיה" asks whether it is
    # needed (round 84: left out); "אם יש שאלות תגידי" is a courtesy.
    Pattern(
        K.REQUEST,
        "imperative",
        r"(?<!\w)ו?אם\s(?!(?:יש|יהיו|יהיה|תהיה|צריך|צריכה)\s+(?:לך\s+|לכם\s+)?(?:שאלות|שאלה|בעיה|בעיות|"
        r"משהו|עוד משהו|עוד שאלות)(?!\w))(?!משהו(?!\w))[^.!?\n]{3,60}?\s(?:תגיד|תגידי|תגידו|תעדכן|"
        r"תעדכני|תעדכנו)(?!\w)",
        "tell",
    ),
    # Any verb's second-person future before "בבקשה" asks ("תכייל בבקשה", "תמדדי בבקשה"): the
    # verb lists cannot hold every trade's verbs.
    Pattern(
        K.REQUEST,
        "please",
        r"(?<!אם )(?<!היא )(?<!\w)(?:ו|ש)?ת(?!ודה)[\u05d0-\u05ea]{2,5}(?=\s+בבקשה(?!\w))",
        clause=True,
    ),
    Pattern(K.REQUEST, "go_ahead", w("יאללה") + r"(?!\s*ביי)", "start", clause=True),
    # "אז בוא נעשה ככה, תעביר…": a preface to what is asked, about the exchange (round 141)
    Pattern(
        K.REQUEST,
        "lets",
        w(r"(?:בוא|בואי|בואו) (?:נעשה|נעבוד|נסגור) (?:ככה|כך|זאת|את זה ככה)", "ו?"),
        "do",
    ),
    Pattern(K.REQUEST, "lets", w(r"בוא|בואי|בואו", "ו?") + r"(?=\s+נ\w)", clause=True),
    # A position stated as settled is what a know-it-all asks the owner to follow ("לא צריך
    # יסודות לפרגולה", "הכותרת נשארת כמו שכתבתי"); the client's own need ("אני לא צריך הערות")
    # and a courtesy ("אין צורך להתנצל") are none.
    Pattern(
        K.REQUEST,
        "stance",
        r"(?<!\w)(?<!אני )(?<!אנחנו )(?<!אתה )(?<!את )"
        + w(r"לא צריך|לא צריכים|אין צורך", "ו?")
        + r"(?!\s+(?:להתנצל|לענות|לחזור|לדאוג|לרוץ|למהר|להילחץ|להתרגש|לטרוח|לי|לך|כלום|לטלפן|"
        r"להתקשר|להסביר|לדון|לדבר|להיפגש|לשלוח|להראות|לרדוף|להוסיף כלום|לשנות כלום|לעשות כלום|ב?פגישה|"
        r"ב?פגישות|ב?שיחה|ב?הסבר|ב?הסברים|ב?ניתוח)(?!\w))(?=\s+\S)",
        clause=True,
    ),
    Pattern(
        K.REQUEST,
        "stance",
        CLAUSE
        + r"(?:ה\S+\s(?:ה\S+\s)?)(?:נשאר|נשארת|נשארים|נשארות)\s(?:כמו|כפי|ככה|בדיוק|איך)(?!\w)",
        clause=True,
    ),
    # What there must not be, said as an instruction: "בלי טפסים ובלי מערכת הזמנות", "בלי מצגות
    # בבקשה", "בלי פלאש בכלל" (round 65's replies left them out). Only as a list of two, or with
    # "בבקשה"/"בכלל": a lone "בלי X" is as often a complaint ("בלי כובע, שרופה מהשמש").
    Pattern(
        K.REQUEST,
        "stance",
        CLAUSE
        + r"(?:חוץ מזה |וגם )?ו?בלי (?!"
        + _NOT_AN_ORDER
        + r")[\u05d0-\u05ea][^,.!?;\n]{0,30}?(?: ו?בלי (?!"
        + _NOT_AN_ORDER
        + r")[\u05d0-\u05ea][^,.!?;\n]{0,30}?| (?:בבקשה|בכלל))"
        r"(?=\s*(?:[,.!;\n]|$))",
        clause=True,
    ),
    # "וגם בלי ציפוי רודיום", "וגם בלי הפטינה השחורה רק תלטשי": a lone "בלי" after "וגם" adds to
    # what was asked, not a complaint (round 158's replies left them out).
    Pattern(
        K.REQUEST,
        "stance",
        r"(?<!\w)(?:וגם|חוץ מזה,?) ו?בלי (?!"
        + _NOT_AN_ORDER
        + r")[\u05d0-\u05ea][^,.!?;\n]{0,30}?(?=\s*(?:[,.!;\n]|$)|\s(?:רק|ו?תעשה|ו?תעשי)(?!\w))",
        clause=True,
    ),
    # A second-person future that opens a clause after "פשוט"/"רק" ("אז פשוט תעדכני את המחיר",
    # "רק תלטשי"), or takes an object ("תלחימי אותה סגורה"), is an order whatever the verb: the
    # verb lists cannot hold every trade's verbs (round 158: left out). Not a past "we"/"I" form
    # ("תכננו", "תיקנתי"), a plural ("רק תמונות"), a noun of the trade ("רק תשלום אחד"), nor
    # what only leads into the sentence ("תקשיבי", "תגידי את רצינית", "תחסוך את זה").
    Pattern(
        K.REQUEST,
        "imperative",
        r"(?:(?<=(?<!\w)פשוט )|(?<=(?<!\w)רק )|(?<=(?<!\w)ופשוט )|(?<=(?<!\w)ורק ))"
        + _ANY_FUTURE
        # (not a noun ending in ת: "רק תזכורת", "רק תמונת הפרופיל")
        + r"(?<!ת)(?!\w)(?=\s+\S|\s*[.!,\n]|$)",
        clause=True,
    ),
    Pattern(
        K.REQUEST,
        "imperative",
        CLAUSE + r"(?P<t>" + _ANY_FUTURE + r"(?=\s+(?:את ה|את זה|את כל|אותו|אותה|אותם|אותן)))",
        span="t",
        clause=True,
    ),
    # An ultimatum's condition is its demand ("אם זה לא מתוקן עד חמישי, אני…", "או שהקבצים אצלי
    # עד 12:00 או שאני מבטל"). The engine keeps one only beside a threat: "אם לא אכפת לך" is
    # a courtesy.
    Pattern(
        K.REQUEST,
        "condition",
        # (not "אם זה לא מתאים לך": the client's own terms, nothing asked; round 147's check set)
        r"(?<!\w)ו?אם\s(?!(?:זה|זאת)\s+לא\s+(?:מתאים|נראה|בסדר|מקובל)(?:\s+(?:לך|לכם))?"
        r"(?=\s*(?:[,.!?\n]|$|ו?אני\s|ו?אנחנו\s|אז\s)))"
        r"[^,.!?\n]{0,30}?(?<!\S)(?:לא|אין)\s[^,.!?\n]{1,60}?"
        r"(?=\s*(?:[,.!?\n]|$|ו?אני\s|ו?אנחנו\s|אז\s))",
    ),
    Pattern(
        K.REQUEST,
        "condition",
        r"(?<!\w)או ש(?P<t>[^\s,.!?][^,.!?\n]{0,80}?)(?=\s+או ש)",
        span="t",
    ),
    # What a withholding waits for ("אני לא משלמת את ה-400 עד שזה לא מתוקן כמו שצריך").
    Pattern(
        K.REQUEST,
        "condition",
        # ("עד שישי", "עד שבת", "עד שעה" are times)
        r"(?<!\w)ו?עד\s+ש(?!(?:ישי|בת|בוע|עה|עתיים|ני|לישי|לוש|נה|נתיים|מונה|בע)(?!\w))"
        # "עד שאת לא מסבירה מה קרה": whoever must act, then the "לא" of the condition (round 66)
        # ("עד שאני לא רואה פתרון": the client's own seeing, round 155)
        r"(?:זה|זו|הכל|הכול|את|אתה|אתם|אתן|הוא|היא|הם|הן|אני|אנחנו)?\s?(?:לא\s)?[^,.!?\n]{2,60}?"
        r"(?=\s*(?:[,.!?\n]|$|ו?ש?לא\s|ו?אם\s|ו?אני\s|ו?אנחנו\s|אז\s))",
    ),
    Pattern(
        K.REQUEST,
        "condition",
        # The words "או שאני" are matched, not looked ahead to, so the prefilter can skip a text
        # without them (a lookahead's words give it nothing to look for).
        r"(?:(?<![^,.!?;:\n])(?!(?<=\d[,.])\d)|(?<=\n))[ \t]{0,3}(?!או ש)(?P<t>[^\s,.!?][^,.!?\n]{2,80}?)"
        r"\s+או ש(?:אני|אנחנו)\s",
        span="t",
    ),
)

# --- questions -----------------------------------------------------------------------------

# A price asked without a question mark, as chats often do ("ותזכירי לי כמה זה יוצא לפעם"), and
# a question put as what the client does not remember or wants to check ("ולא זוכרת כמה נשארו
# לי בחבילה", "רציתי לוודא שהצעת המחיר עדיין בתוקף").
UNMARKED_QUESTIONS = (
    # A plan put to the owner for a yes ("נקפוץ לסטודיו ביום חמישי להחזיר את האגרטלים, אם זה
    # מתאים לך"): round 62's reply left it unanswered.
    Pattern(
        K.QUESTION,
        "yes_no",
        r"(?:(?<![^,.!?;:\n])(?!(?<=\d[,.])\d)|(?<=\s[-–]))[ \t]{0,3}[^.!?\n]{3,100}?,?\s*אם (?:זה |זו )?(?:מתאים|מתאימה|נוח|בסדר)"
        r" (?:לך|לכם|מבחינתך|מבחינתכם)(?![\u05d0-\u05ea])",
    ),
    # "אני לא מבין למה אתה מבקש 4,500 ₪ על המעבר": a why asked as not understanding (round 84:
    # the price objection had no field)
    Pattern(
        K.QUESTION,
        "open",
        # "אני לא מבינה איך עשית את זה" is a complaint: only a charge asked about
        r"(?<!\w)ו?(?:אני\s+)?(?:לא|לא ממש|ממש לא) (?:מבין|מבינה|מבינים) (?:למה|על מה|בשביל מה)"
        r"(?!\w)[^.!?\n]{0,60}?(?:\d|מחיר|עולה|גובה|גובים|מבקש|מבקשת|מבקשים|לשלם|משלם|משלמת|חיוב|"
        r"חייבת|חייבתם|חייבו|תשלום)[^.!?\n]{0,40}",
    ),
    Pattern(
        K.QUESTION,
        "open",
        r"(?<!\w)ו?(?:אני\s+)?(?:לא|לא כל כך) (?:זוכר|זוכרת|זוכרים) (?:כמה|מתי|מה|איפה|אם|איזה)"
        r"(?!\w)[^.!?\n]{3,80}",
    ),
    Pattern(
        K.QUESTION,
        "yes_no",
        r"(?<!\w)ו?(?:רציתי|רצינו|אני רוצה|אשמח) (?:רק )?(?:לוודא|לבדוק איתך|לבדוק אתך|לשאול|לדעת)"
        r" (?:ש|אם |האם |מה |מתי |כמה )[^.!?\n]{3,100}",
    ),
    Pattern(
        K.QUESTION,
        "how_much",
        # "אף אחד לא אמר לי מראש כמה זה יעלה" complains of what was not said; no question.
        r"(?<!\w)(?<!יודע )(?<!יודעת )(?<!בדיוק )(?<!אמר לי )(?<!אמרו לי )(?<!אמרת לי )(?<!אמרתם לי )"
        r"(?<!מראש )(?<!\w)ו?כמה (?:זה |זאת |הם |היא |הוא )?"
        r"(?:יוצא|יוצאת|עולה|עולים|יעלה|יעלו|ייקח|לוקח)"
        r"(?!\w)[^.!?\n]{0,40}",
    ),
    # "מושלם! ומתי אפשר לאסוף ביום שישי": a "when" that ends the message or its line, its "?"
    # left out (round 66); not "מתי שמוכן מוכן" (whenever it is ready).
    Pattern(
        K.QUESTION,
        "when",
        r"(?:(?<![^,.!?;:\n])(?!(?<=\d[,.])\d)|(?<=\n))[ \t]{0,3}ו?(?:מתי|עד מתי|באיזו שעה|באיזה יום)(?! ש)(?!\w)"
        r"[^.!?\n]{3,80}(?=[ \t]*(?:\n|$))",
    ),
    # "…ולאן להעביר, ומתי בערך ההתקנה כדי שאתאם": a "when" joined to another ask, no "?"
    Pattern(
        K.QUESTION,
        "when",
        r"(?<=[,،]\s)ו(?:מתי|עד מתי) (?:בערך |בדיוק |יהיה |תהיה |יהיו )?(?:ה[\u05d0-\u05ea]{3,})[^.!?\n,]{0,40}",
    ),
)

# What "כמה" counts when it asks how many, not how much: "נשארו לנו עוד כמה שיעורים מהכרטיסייה,
# נכון?" got a price line (round 123's harmful reply).
_COUNTED = (
    "דקות|שניות|ימים|שעות|שבועות|חודשים|פעמים|דברים|שאלות|מילים|תמונות|רגעים|תיקונים|שינויים|"
    "שיעורים|מפגשים|פגישות|טיפולים|אימונים|כניסות|ביקורים|סבבים|עמודים|דפים|אנשים|ילדים|"
    "משתתפים|אורחים|פריטים|יחידות|עותקים|גרסאות|מקומות|חדרים"
)

# What "כמה" exclaims when it says how it felt, not what it costs ("את יודעת כמה מביך זה היה מול
# כל המשפחה??" got a price line, round 140's harmful reply).
_FELT = (
    "מביך|מביכה|משפיל|משפילה|מתסכל|מתסכלת|מעצבן|מעצבנת|מלחיץ|מלחיצה|נורא|נוראי|עצוב|עצובה|"
    "מבאס|מבאסת|כואב|כואבת|מאכזב|מאכזבת|מרגיז|מרגיזה|לא נעים|לא נעימה"
)

QUESTION_WORDS = (
    # Asked to be heard, not answered ("על מה אני משלם לכם??", "אתה רציני?"): a field that
    # answers one invites a defensive reply.
    (
        "rhetorical",
        w(
            r"(?:על מה|בשביל מה) (?:בדיוק )?(?:אני |אנחנו )?(?:משלם|משלמת|משלמים|שילמתי|שילמנו)|"
            # "אתם באמת חושבים שאפשר לעשות מה שבא לכם עם הכסף של אנשים?" (round 160: a field
            # answered it)
            r"(?:חושב|חושבת|חושבים) ש(?:מותר לכם|מותר לך|אתם יכולים|את יכולה|אתה יכול) (?:פשוט )?"
            r"לעשות מה ש(?:בא לכם|בא לך|מתחשק לכם|מתחשק לך|אתם רוצים|את רוצה|אתה רוצה)|"
            r"(?:חושב|חושבת|חושבים) שאפשר (?:פשוט )?לעשות מה שבא (?:לכם|לך)|"
            # "הלו??", "יש מישהו??": a call for attention, nothing to answer in a field (round
            # 160: "[your answer to "hello"]" to guests locked out)
            r"(?<![\w,]\s)(?<![\w,])(?:(?:הלו+|הלוא|שלום|היי)(?=\s*\?)|(?:יש (?:פה |שם )?מישהו|מישהו (?:פה|שם|עונה))(?=\s*\?\s*\?))|"
            # "על זה שילמנו 3,500 ₪ לליווי?": what was paid for, thrown back (round 281: a fix
            # field beside the refund line)
            r"(?:על זה|בשביל זה|לזה) (?:(?:אני |אנחנו )?(?:שילמתי|שילמנו)|אני (?:משלם|משלמת)(?! עוד))(?=[^.!?\n]{0,40}\?)|"
            # "אני משלם לך ריטיינר של 1,500 ש"ח בחודש בשביל מה בדיוק??" (round 68)
            r"(?:משלם|משלמת|משלמים|שילמתי|שילמנו)[^.!?\n]{0,50}(?:בשביל מה|על מה)(?: בדיוק)?(?=\s*\?)|"
            r"(?:אתה|את|אתם) (?:רציני|רצינית|רציניים)|(?:אתה|את) (?:קורא|קוראת) לזה|"
            # "אתם חברת סיעוד או חברת תירוצים?": a jab dressed as a choice (round 208's harmful
            # field answered it)
            r"(?:אתם|אתה|את) [^.!?\n]{2,30}\sאו\s[^.!?\n]{0,20}(?:תירוצים|בדיחה|בדיחות|הונאה|עוקץ|"
            r"נוכלים|רמאים|חובבנים|חלטורה)(?=\s*\?)|"
            # "עדן מה קורה איתך???": an outcry at the person, two marks or more; "מה קורה איתך?" greets
            # (round 99)
            r"מה קורה (?:איתך|איתכם|איתכן|אתך|אתכם)(?=\s*\?\s*\?)|"
            # "בשביל מה אתם כותבים 24/7 אם אין אף אחד??": what is the use, a jab (round 95)
            r"(?:בשביל מה|מה הטעם)[^.!?\n]{2,60} אם (?:אין|לא|אף)[^.!?\n]{0,40}(?=\?)|"
            # "אתה יודע כמה זה משפיל?", "זה מה שנקרא נקי?": how it feels, and the owner's words
            # thrown back (round 120: a price line and a field answered them)
            r"(?:אתה|את|אתם) (?:יודע|יודעת|יודעים|מבין|מבינה|מבינים) כמה (?:זה|זו|היה|הייתה)(?! (?:עולה|עלה|יעלה|עולים|יוצא|יצא|ייצא|כסף|שקל))|"
            rf"(?:אתה|את|אתם) (?:יודע|יודעת|יודעים|מבין|מבינה|מבינים) כמה (?:{_FELT})|"
            # "אתם יודעים כמה אני מפסיד ביום??": the loss cried out, no price asked (round 229's
            # harmful price line)
            r"(?:אתה|את|אתם) (?:יודע|יודעת|יודעים) כמה (?:כסף )?(?:(?:אני|אנחנו) (?:מפסיד|מפסידה|מפסידים)|"
            r"הפסדתי|הפסדנו)(?![\u05d0-\u05ea])|"
            # "אתם לא מסוגלים לקרוא הודעה?" (round 140: a field answered it)
            r"(?:אתה|את|אתם) לא (?:מסוגל|מסוגלת|מסוגלים) ל[\u05d0-\u05ea]{2,}|"
            # "אתם בכלל יודעים מה זה צינור ניקוז??" (round 146: a field answered it)
            r"(?:אתה|את|אתם) בכלל (?:יודע|יודעת|יודעים) מה (?:זה|זו)[^.!?\n]{0,30}(?=\?\s*\?)|"
            # "אני מוכר באמזון מ-2015, אוקיי?": experience boasted, no question (round 142)
            r"(?:אני|אנחנו) (?:מוכר|מוכרת|מוכרים|עובד|עובדת|עובדים|עושה|עושים|בונה|בונים|מעצב|מעצבת|"
            r"בתחום|בעסק|בענף)[^.!?\n]{0,30}?(?:מ-?(?:19|20)\d\d|כבר \d+ שנים|\d+ שנים)[^.!?\n]{0,10}?,? "
            r"(?:אוקיי|אוקי|ברור|בסדר)(?=\s*\?)|"
            r"זה מה ש(?:נקרא|קוראים|אתה קורא|את קוראת|אתם קוראים)|"
            # "ואת עוד כתבת לי "יצא מושלם" 😂 מושלם בשביל מי?": the owner's word thrown back
            # (round 234: a field answered it)
            r"(?:מושלם|מושלמת|מעולה|מעולים|מקצועי|מקצועית|מדהים|מדהימה|יפה|טוב|טובה|נקי|מוכן) בשביל מי|"
            # "זה מה שחשוב לכם, הכסף?", "מי הגאון אצלכם שמנהל את הספרים?" (rounds 127-128)
            r"(?:זה|הכסף|כסף זה) (?:כל )?מה ש(?:חשוב|מעניין) (?:לכם|לך|אתכם|אותך|אותכם)|מי הגאון|"
            # "זה שירות זה??", "לזה קוראים שירות?" (round 134: a yes-or-no field answered it)
            r"(?:זה|זאת) שירות(?: זה| זאת)?(?=\s*\?)|(?:לזה|את זה) (?:קוראים|אתם קוראים) שירות|"
            # "אתם צוחקים עליי?" (round 77: a field answered it)
            r"(?:אתה|את|אתם) (?:צוחק|צוחקת|צוחקים) (?:עליי|עלי|עלינו)|"
            r"(?:אתה|את|אתם) (?:נורמלי|נורמלית|נורמלים|נורמליים|שפוי|שפויה|שפויים)|"
            # "איך דבר כזה קורה אחרי ששילמנו??", "מה אתה מתכוון לעשות עם זה??": the outcry a fix
            # answers, no field of its own (round 80)
            r"איך (?:דבר כזה|כזה דבר|זה) (?:קורה|קרה|יכול לקרות)|"
            r"מה (?:אתה|את|אתם) (?:מתכוון|מתכוונת|מתכוונים|הולך|הולכת|הולכים) לעשות(?: עם זה| בנידון)?(?=\s*\?)|"
            r"(?:אתה|את|אתם) (?:יודע|יודעת|יודעים) (?:למה|מה זה אומר)(?=[^.!?\n]{0,40}\?)|"
            r"ככה (?:אתם |אתה |את )?(?:עובדים|עובד|עובדת|מתנהגים)(?=\s*\?)|(?:זה|זאת) (?:התפקיד|העבודה) (?:שלי|שלנו) ל[^.!?\n]{2,60}(?=\?)|"
            r"מה זה הדבר הזה|מה (?:זה|זאת)(?=\s*[?!]\s*[?!])|"
            # "מה כל כך קשה לדאוג שהם ישתו?", "זה כזה קשה לענות?": an outcry a fix answers
            # (round 244: a field answered it, the demand beside it had none)
            r"(?:מה (?:כל כך|כזה|כ״כ|כ\"כ) קשה|(?:זה|זאת) (?:כזה|כל כך|כ״כ|כ\"כ) (?:קשה|מסובך) ל[\u05d0-\u05ea]{2,})"
            r"(?=[^.!?\n]{0,60}\?)|"
            # "מה בדיוק עשיתן שם שעה? ציירתן?": the time spent thrown back (round 279's harmful
            # field beside "לא מעניין אותי שום הסבר")
            r"מה (?:בדיוק )?(?:עשית|עשיתם|עשיתן|עשתה|עשה|עשו)(?: (?:שם|איתה|איתו|איתם|איתן|בשיעור|בשיעורים))?(?: במשך)? "
            r"(?:שעה|שעתיים|כל השעה|כל הזמן|כל השיעור|\d+ שיעורים|חודש שלם|שבוע שלם)(?=[^.!?\n]{0,20}\?)|"
            # "מה עשית לשיער של הבת שלי???": an outburst, two marks or more
            r"מה (?:עשית|עשיתם|עשית פה) ל[\u05d0-\u05ea][^.!?\n]{0,40}(?=\?\s*\?)|מה (?:זה|זאת) ה[\u05d0-\u05ea]{2,} (?:הזה|הזאת)(?=[^.!?\n]{0,20}\?)|מה זאת אומרת|ככה (?:עובדים|מתנהג|מתנהגים)|מי (?:אתה|את|אתם) (?:חושב|חושבת|חושבים)|"
            r"(?:אתה|את|אתם) (?:מבין|מבינה|מבינים) (?:מה|כמה|איזה)|מה אני מקבל|"
            r"(?:אתה|את|אתם) (?:חושב|חושבת|חושבים) שאני|"
            # "את חושבת שבגלל שהיא בת 85 … אפשר לעשות מה שבא לך??": an outcry, two marks or more
            # (round 147)
            r"(?:אתה|את|אתם) (?:חושב|חושבת|חושבים) ש(?:בגלל|מותר|זה בסדר|אפשר לעשות מה ש|"
            r"[^.!?\n]{0,30}לא (?:שווה|חשוב|חשובה|מעניין))[^.!?\n]{0,80}(?=\?\s*\?)|"
            # "מה, אני אמור לממן לך ניסוי וטעייה?": indignation, not a question
            r"(?:מה,? )?(?:אני|אנחנו) (?:אמור|אמורה|אמורים) ל[^.!?\n]{2,60}(?=\?)|"
            # "היי מה שלומך?": a greeting, not a question to answer in a field
            r"(?:היי |הי |שלום )?(?:מה שלומך|מה שלומכם|מה נשמע|מה קורה|מה העניינים)(?=\s*(?:[?!.,]|$))|"
            # "מי התקין לך את זה, הבן שלך?": a jab at the work, not a question about who did it
            r"מי (?:התקין|עשה|בנה|צבע|תיקן|אישר|כתב|ערך|עיצב|הרכיב|ניקה) (?:לך |לכם |לנו |לי )?את זה|"
            # "זוכר את רועי? 🙂": a greeting, not a question to answer
            r"(?:זוכר|זוכרת|זוכרים) (?:אותי|אותנו|את)(?=\s*\S{0,20}\s*\?)|"
            # "מישהו בכלל בודק לפני שמעלים?", "אתם בכלל קוראים מה שאני כותב?"
            r"(?:מישהו|אתה|את|אתם) בכלל (?:בודק|בודקת|בודקים|קורא|קוראת|קוראים|מסתכל|מסתכלת|מסתכלים|"
            r"מקשיב|מקשיבה|מקשיבים|פותח|פותחת|פותחים)",
            "ו?",
        ),
    ),
    # Two options offered ("במזומן ביום או בכרטיס מראש?"): which, not yes or no. Found anywhere
    # in a yes/no question, never a question's subtype of its own.
    ("either", r"(?<![\u05d0-\u05ea])או(?![\u05d0-\u05ea])(?!\s+לא(?![\u05d0-\u05ea]))(?=\s+\S)"),
    ("when", w(r"מתי|עד מתי|באיזה יום|באיזה תאריך|באיזו שעה|באיזה שעה|כמה זמן|תוך כמה זמן", "ו?")),
    # "כמה דקות", "כמה דברים": a few, no price (round 62's price field for "לעבור איתה כמה דקות?")
    (
        "how_much",
        w(
            # "עוד כמה תיקונים": a few more, no price (round 104)
            rf"כמה(?! (?:{_COUNTED}|{_FELT}))|מה המחיר|"
            r"מה העלות|מה הסכום|מה יעלה|כמה יעלה|כמה עולה",
            "ו?",
        ),
    ),
    ("why", w(r"למה|מדוע|איך זה ש|מה פתאום|על מה", "ו?")),
    ("open", w(r"מה דעתך|מה דעתכם|מה את חושבת|מה אתה חושב|מה אתם חושבים", "ו?")),
    ("what", w(r"מה|מהו|מהי|איזה|איזו|אילו", "ו?")),
    ("open", w(r"איך|איפה|היכן|מי|לאן|מאיפה|כיצד", "ו?")),
    # …but "עוד כמה שבועות", "עוד כמה שיעורים" is a few more, no question of how many
    ("open", w(rf"(?<!עוד )כמה (?:{_COUNTED})", "ו?")),
)

# --- deadlines -----------------------------------------------------------------------------

_BY = r"(?:(?:ו?עד|לפני|החל מ|עוד|כבר|ועד)\s+)?"
_DAYS = {
    "ראשון": "sunday",
    "שני": "monday",
    "שלישי": "tuesday",
    "רביעי": "wednesday",
    "חמישי": "thursday",
    "שישי": "friday",
    "שבת": "saturday",
    "א'": "sunday",
    "ב'": "monday",
    "ג'": "tuesday",
    "ד'": "wednesday",
    "ה'": "thursday",
    "ו'": "friday",
}
_MONTHS = {
    "ינואר": 1,
    "פברואר": 2,
    "מרץ": 3,
    "מרס": 3,
    "אפריל": 4,
    "מאי": 5,
    "יוני": 6,
    "יולי": 7,
    "אוגוסט": 8,
    "ספטמבר": 9,
    "אוקטובר": 10,
    "נובמבר": 11,
    "דצמבר": 12,
}
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_HOLIDAYS = {
    "החגים": "holidays",
    "חגים": "holidays",
    "החג": "holidays",
    "חג": "holidays",
    "פסח": "pesach",
    "סוכות": "sukkot",
    "ראש השנה": "rosh-hashana",
    'ר"ה': "rosh-hashana",
    "חנוכה": "hanukkah",
    "פורים": "purim",
    "שבועות": "shavuot",
    "יום כיפור": "yom-kippur",
    "כיפור": "yom-kippur",
}
_NUMBERS = {
    "אחד": 1,
    "אחת": 1,
    "שניים": 2,
    "שתיים": 2,
    "שני": 2,
    "שתי": 2,
    "שלושה": 3,
    "שלוש": 3,
    "ארבעה": 4,
    "ארבע": 4,
    "חמישה": 5,
    "חמש": 5,
    "שישה": 6,
    "שש": 6,
    "שבעה": 7,
    "שבע": 7,
    "עשרה": 10,
    "עשר": 10,
    "כמה": 0,
}
_SPANS = {  # a single word that is a number and a unit
    "יום": (1, "day"),
    "יומיים": (2, "day"),
    "שבוע": (1, "week"),
    "שבועיים": (2, "week"),
    "חודש": (1, "month"),
    "חודשיים": (2, "month"),
    "שעה": (1, "hour"),
    "שעתיים": (2, "hour"),
}
_UNITS = {"ימים": "day", "יום": "day", "שבועות": "week", "חודשים": "month", "שעות": "hour"}
_PARTS = r"בבוקר|בערב|בלילה|בצהריים|בצהרים|אחה\"צ|אחר הצהריים|לפנה\"צ"
_DAY_WORDS = r"מחר|היום|מחרתיים|הערב|הלילה|ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת"
_NOT_A_TIME = r"(?![\d:./,])(?!\s?(?:%|₪|\$|ש\"ח|שקל|אחוז|לחודש|ב(?:" + "|".join(_MONTHS) + ")))"


def _fold_key(text: str) -> str:
    """Final letters folded, as the engine folds the text a match comes from."""
    return text.translate(str.maketrans("ךםןףץ", "כמנפצ"))


def _lookup(table: dict[str, str]) -> dict[str, str]:
    return {_fold_key(k): v for k, v in table.items()}


_DAY_VALUES = _lookup(_DAYS)
_HOLIDAY_VALUES = _lookup(_HOLIDAYS)
_MONTH_VALUES = {_fold_key(k): v for k, v in _MONTHS.items()}
_NUMBER_VALUES = {_fold_key(k): v for k, v in _NUMBERS.items()}
_SPAN_VALUES = {_fold_key(k): v for k, v in _SPANS.items()}
_UNIT_VALUES = {_fold_key(k): v for k, v in _UNITS.items()}


def _day(m: re.Match[str]) -> str | None:
    day = _DAY_VALUES.get(m["d"])
    if day is None:
        return None
    return f"next {day}" if m.groupdict().get("next") else day


def _time(m: re.Match[str]) -> str | None:
    hour = int(m["h"])
    minute = int(m["m"]) if m.groupdict().get("m") else 0
    part = m.groupdict().get("part") or ""
    # "11 בלילה" is 23:00, "3 בלילה" 03:00 (round 191: a party "עד 3 בלילה" read as 15:00)
    night = "לילה" in part and hour >= 6
    evening = hour < 12 and (night or any(p in part for p in ("ערב", 'אחה"צ', "אחר")))
    afternoon = hour <= 5 and "צהרי" in part
    # Without a part of the day, "ב-5" in a working day is five in the afternoon; "01:30",
    # written with its leading zero, is a 24-hour clock's half past one at night (round 218).
    if evening or afternoon or (not part and 1 <= hour <= 6 and not m["h"].startswith("0")):
        hour += 12
    return hhmm(hour, minute)


def _in(m: re.Match[str]) -> str | None:
    word = m["n"] or m["n2"] or m["s2"]
    said_unit = m["u"] or m["u2"]
    if word in _SPAN_VALUES and not said_unit:
        count, unit = _SPAN_VALUES[word]
    else:
        count = int(word) if word.isdigit() else _NUMBER_VALUES.get(word, 0)
        unit = _UNIT_VALUES.get(said_unit or "", "")
        if not unit:
            return None
    lead = "within" if _fold_key("תוך") in m.group() else "in"
    amount = "few" if count == 0 else str(count)
    return f"{lead}-{amount}-{unit}{'' if count == 1 else 's'}"


def _month_date(m: re.Match[str]) -> str | None:
    year = int(m["y"]) if m["y"] else None
    return calendar_date(int(m["d"]), _MONTH_VALUES[m["mo"]], year)


def _month(m: re.Match[str]) -> str | None:
    return _MONTH_NAMES[_MONTH_VALUES[m["mo"]] - 1]


def _holiday(m: re.Match[str]) -> str | None:
    return _HOLIDAY_VALUES.get(m["h"])


def _alts(table: Mapping[str, object]) -> str:
    return "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))


_WEEKDAY = _alts(dict.fromkeys(d for d in _DAYS if "'" not in d))
_MONTH_ALTS = _alts(dict(_MONTHS))
_HOLIDAY_ALTS = _alts(dict(_HOLIDAYS))
_COUNT = _alts({**_NUMBERS, **_SPANS}) + r"|\d{1,2}"

DEADLINES = (
    Pattern(K.DEADLINE, "relative", w(_BY + r"(?:ו|ל|ב|מ)?מחרתיים", ""), "day-after-tomorrow"),
    Pattern(K.DEADLINE, "relative", w(_BY + r"(?:ו|ל|מ)?מחר", ""), "tomorrow"),
    Pattern(K.DEADLINE, "relative", w(r"(?:עוד|כבר)\s+היום", ""), "today"),
    Pattern(
        K.DEADLINE,
        "relative",
        r"(?<=[^\s.!?,\n]\s)(?:ו?עד\s+)?היום(?!\w)(?!\s+(?:לא|אף|עדיין|אין|אני|אנחנו|הוא|היא|זה))",
        "today",
    ),
    Pattern(K.DEADLINE, "relative", w(r"(?:ו?עד\s+|עוד\s+)?(?:הערב|הלילה)", "ו?"), "tonight"),
    Pattern(
        K.DEADLINE,
        "relative",
        rf"(?<!\w)(?:(?:ו?עד|לפני|החל מ)\s+)?(?:ו|ב|ל|מ|וב|ול)?יום\s+(?P<d>{_alts(_DAYS)})"
        rf"(?:\s+(?P<next>הבא|הקרוב))?{END}",
        _day,
    ),
    Pattern(
        K.DEADLINE,
        "relative",
        # "ראשון עד חמישי מ-13:00": a range of weekdays, no deadline (round 87: "הבנתי שזה צריך
        # להיות מוכן עד חמישי" to a family hiring a nanny for Sunday to Thursday)
        rf"(?<!\w)(?<!ראשון )(?<!שני )(?<!שלישי )(?<!רביעי )(?<!א' )(?<!ב' )(?<!ג' )(?<!ד' )"
        rf"(?:ו?עד\s+|ו?ב)(?P<d>{_WEEKDAY})(?!\w)(?!\s+לציון)"
        rf"(?:\s+(?P<next>הבא|הקרוב)|(?!\s+ה\w))",
        _day,
    ),
    Pattern(
        K.DEADLINE, "relative", w(r"(?:ו?עד\s+|במוצאי\s+|במוצ\"ש)?ב?שבת(?! שלום)", ""), "saturday"
    ),
    Pattern(K.DEADLINE, "relative", w(_BY + r"(?:ב|ל|ו|וב)?(?:ה)?שבוע הבא", ""), "next-week"),
    Pattern(K.DEADLINE, "relative", w(_BY + r"(?:ב|ל)?השבוע(?! שעבר)", ""), "this-week"),
    Pattern(K.DEADLINE, "relative", w(_BY + r"(?:ב|ל)?(?:ה)?חודש הבא", ""), "next-month"),
    Pattern(K.DEADLINE, "relative", w(_BY + r"(?:ב|ל)?סוף (?:ה)?חודש", ""), "end-of-month"),
    Pattern(
        K.DEADLINE,
        "relative",
        w(
            # A bare "עוד" needs its unit: "עוד 3 באנרים", "עוד 2,000 ₪" are no time.
            rf"(?:(?:ו?עד|לפני)\s+)?(?:(?:בעוד|תוך|בתוך)\s+(?P<n>{_COUNT})(?![,.]?\d)"
            rf"(?:\s+(?P<u>{_alts(dict(_UNITS))}))?"
            rf"|עוד\s+(?:(?P<s2>{_alts(_SPANS)})"
            rf"|(?P<n2>{_alts(_NUMBERS)}|\d{{1,2}})\s+(?P<u2>{_alts(dict(_UNITS))})))",
            "",
        ),
        _in,
    ),
    Pattern(
        K.DEADLINE,
        "relative",
        w(rf"(?:(?:ו?עד|לפני|החל מ)\s+)?(?:ב|ל|מ|וב)(?P<mo>{_MONTH_ALTS})", ""),
        _month,
    ),
    # "עד סוף יולי", "לפני אמצע אוגוסט", "עד יולי" (round 204: left unread)
    Pattern(
        K.DEADLINE,
        "relative",
        w(
            rf"(?:ו?עד|לפני)\s+(?:(?:ל|ב)?(?:סוף|אמצע|תחילת)\s+)?(?:חודש\s+)?(?P<mo>{_MONTH_ALTS})",
            "",
        ),
        _month,
    ),
    Pattern(
        K.DEADLINE,
        "date",
        # a range is read whole, its last day the value ("2-4 באוגוסט", round 310: "לגבי 4
        # באוגוסט" misstated the dates booked)
        rf"(?<!\w)(?:(?:ו?עד|לפני|החל מ)\s+)?(?:ה|ב|מה|לה|עד ה)?-?(?:[0-3]?\d\s?[-–]\s?)?"
        rf"(?P<d>[0-3]?\d)\s*(?:ב|ל|-)?\s?(?P<mo>{_MONTH_ALTS})(?:\s*(?P<y>20\d\d))?{END}",
        _month_date,
    ),
    Pattern(
        K.DEADLINE,
        "date",
        r"(?<!\w)(?:(?:ו?עד|לפני|החל)\s+ה-?|(?:מ|ל|וב|ב|עד\s?ל|ו?עד\s)?ה-?)(?P<d>[0-3]?\d)"
        # after "עד"/"לפני" a full stop or comma ends the clause ("המלון ביקש עד ה-20.", round
        # 127); after a bare "ה-" it is an ordinal ("זו הפעם ה-3,", "הקומה ה-5.")
        r"(?:\s+לחודש(?!\w)|(?:(?<=עד ה-\d)|(?<=עד ה-\d\d)|(?<=עד ה\d)|(?<=עד ה\d\d)|(?<=לפני ה-\d)|(?<=לפני ה-\d\d)"
        r"|(?<=לפני ה\d)|(?<=לפני ה\d\d))(?![\d:/]|[.,]\d)|(?![\d:./,]))"
        r"(?:(?<=לחודש)|(?!\s?(?:%|₪|\$|ש\"ח|שקל|אחוז|ימים|שעות|שבועות|פעמים|תמונות|"
        r"עמודים|אורחים|מילים|עותקים|סקיצות|גרסאות|הערות|ב(?:" + "|".join(_MONTHS) + r"))))",
        lambda m: calendar_date(int(m["d"])),
    ),
    Pattern(
        K.DEADLINE,
        "date",
        r"(?<!\w)(?:ו?ב|ל)-?(?P<d>[0-3]?\d)\s+לחודש",
        lambda m: calendar_date(int(m["d"])),
    ),
    Pattern(
        K.DEADLINE,
        "date",
        r"(?<!\w)(?:(?:ו?עד|לפני|החל מ)\s*ה?-?|(?:ב|מ|ל|ה|וב|עד ה)-?)(?P<d>[0-3]?\d)[./](?P<mo>[01]?\d)"
        # a full stop after it ends the sentence ("…הסופית עד 5.9.", round 113)
        r"(?:[./](?P<y>20\d\d|\d\d))?(?![\d/]|\.\d)",
        lambda m: calendar_date(int(m["d"]), int(m["mo"]), int(m["y"]) if m["y"] else None),
    ),
    Pattern(
        K.DEADLINE,
        "time",
        rf"(?<!\w)(?:(?:ו?עד|לפני|החל מ)\s+)?(?:ה?שעה|בשעה|ב-?)\s*(?P<h>[0-2]?\d):(?P<m>[0-5]\d)"
        rf"(?:\s*(?P<part>{_PARTS}))?",
        _time,
    ),
    Pattern(
        K.DEADLINE,
        "time",
        rf"(?<!\w)(?:(?:ו?עד|לפני)\s+)(?P<h>[0-2]?\d):(?P<m>[0-5]\d)(?:\s*(?P<part>{_PARTS}))?",
        _time,
    ),
    Pattern(
        K.DEADLINE,
        "time",
        rf"(?<!\w)(?:(?:ו?עד|לפני|החל מ)\s+)?(?:ה?שעה|בשעה)\s*(?P<h>[0-2]?\d)(?![\d:])"
        rf"(?:\s*(?P<part>{_PARTS}))?",
        _time,
    ),
    Pattern(
        K.DEADLINE,
        "time",
        rf"(?<!\w)(?:ב-?|ו?עד\s+|לפני\s+)(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<part>{_PARTS})",
        _time,
    ),
    Pattern(
        K.DEADLINE,
        "time",
        rf"(?<!\w)(?:{_DAY_WORDS})\s+(?P<t>(?:ב-?|ו?עד\s+|לפני\s+)(?P<h>[01]?\d)){_NOT_A_TIME}",
        _time,
        span="t",
    ),
    Pattern(
        K.DEADLINE,
        "asap",
        r"(?<!\w)(?<!לא )(?<!כך )(?<!כזה )(?<!ממש לא )"
        + w(
            r"דחוף|דחופה|דחופים|בדחיפות|בהקדם(?: האפשרי)?|כמה שיותר (?:מהר|מוקדם)|"
            r"מהר ככל האפשר|מוקדם ככל האפשר|מיד|מייד|מיידית|תיכף|אסאפ|asap|a\.s\.a\.p|"
            r"עכשיו(?=\s*(?:[.!?,\n]|$))"
        ),
        "asap",
    ),
    Pattern(
        K.DEADLINE,
        "eod",
        w(r"(?:ו?עד|לפני|ל)\s+סוף (?:ה)?יום(?: העבודה)?|(?:ו?עד\s+)?(?:eod|cob)"),
        "eod",
    ),
    Pattern(
        K.DEADLINE,
        "weekend",
        w(_BY + r"(?:ב|ל|ו|וב)?(?:סופ\"ש|סופ''ש|סופש|סופ'ש|סוף שבוע|וויקנד|ויקנד)", ""),
        "weekend",
    ),
    Pattern(K.DEADLINE, "weekend", w(_BY + r"(?:ב|ל|ו|וב)?סוף השבוע", ""), "end-of-week"),
    Pattern(
        K.DEADLINE,
        "before_holidays",
        w(rf"(?:ו?עד|לפני)\s+(?P<h>{_HOLIDAY_ALTS})", "ו?"),
        _holiday,
    ),
)

# --- money ---------------------------------------------------------------------------------

_SHEKEL = r"ש\"ח|ש''ח|שח|שקל|שקלים|ש\"ח|nis|ils"


MONEY = (
    Pattern(
        K.MONEY,
        "amount",
        rf"(?<![\w.,])(?P<n>{NUMBER})(?P<k>k|\s?אלף)?\s?(?:{_SHEKEL}|₪){END}",
        amount_value("ILS"),
    ),
    Pattern(
        K.MONEY,
        "amount",
        rf"(?<![\w.,])(?P<n>{NUMBER})(?P<k>k|\s?אלף)?\s?(?:דולר|דולרים|usd){END}",
        amount_value("USD"),
    ),
    Pattern(
        K.MONEY,
        "amount",
        rf"(?<![\w.,])(?P<n>{NUMBER})(?P<k>k|\s?אלף)?\s?(?:יורו|eur){END}",
        amount_value("EUR"),
    ),
    Pattern(
        K.MONEY,
        "amount",
        rf"(?<!\w){PRE}(?:מחיר|עלות|סכום|תקציב|מקדמה|תשלום|הצעה)\s+(?:של\s+|היא\s+|הוא\s+)?"
        rf"(?P<t>(?P<n>{NUMBER})(?P<k>k|\s?אלף)?)(?![\w,]*\d)(?!\s?(?:%|אחוז))",
        amount_value(""),
        span="t",
    ),
    Pattern(K.MONEY, "amount", w(rf"אלף\s?(?:{_SHEKEL})"), "1000 ILS"),
    Pattern(K.MONEY, "amount", w(rf"אלפיים\s?(?:{_SHEKEL})"), "2000 ILS"),
    Pattern(
        K.MONEY,
        "refund",
        w(
            # "נקודות זיכוי" are tax credit points, no money back (round 125: a refund line)
            r"(?:החזר|החזרים|(?<!נקודות )(?<!נקודת )זיכוי)(?!\s+(?:ה)?מס)|ריפאנד|refund|"
            r"(?:להחזיר|תחזיר|תחזירי|תחזירו|שתחזיר|שתחזירו|מחזירים|יחזירו)\s+(?:לי\s+|לנו\s+)?(?:את\s+)?"
            r"(?:ה)?(?:כסף|מקדמה|תשלום|סכום|הפרש)|"
            # "ואני רוצה את כל הכסף חזרה היום" (round 294: a field for it beside the refund line)
            r"(?<!קיבלתי את )(?<!קיבלנו את )(?<!קיבלתי את ה)(?<!קיבלנו את ה)(?<!קיבלתי את כל )(?<!קיבלנו את כל )(?<!קיבלתי את כל ה)(?<!קיבלנו את כל ה)(?<!כבר את )(?<!כבר את ה)(?:ה)?(?:כסף|מקדמה|תשלום|סכום|עמלה|עמלות)\s+(?:שלי\s+|שלנו\s+)?בחזרה|"
            # "…ואני רוצה את כל הכסף חזרה היום" (round 294): "חזרה" alone only after "הכסף" ("המקדמה
            # חזרה אליי" bounced)
            r"(?<!קיבלתי את כל )(?<!קיבלנו את כל )(?<!קיבלתי את )(?<!קיבלנו את )(?<!כבר את )(?<!כבר את ה)(?<!את כל )(?<!את כל ה)(?:ה)?כסף\s+(?:שלי\s+|שלנו\s+)?חזרה|"
            # "אני לא מחפש התנצלויות, אני רוצה את הכסף" (round 296)
            r"(?<![א-ת])(?:אני|אנחנו|ואני|ואנחנו) (?:רוצה|רוצים|דורש|דורשת|מבקש|מבקשת) (?:לקבל )?את (?:כל )?הכסף(?: שלי| שלנו)?(?![א-ת])(?! (?:של|על) )|"
            # "את הכסף של 4 השיעורים האחרונים בחזרה" (round 279: no refund line)
            r"(?:ה)?(?:כסף|תשלום|סכום) (?:של|על) [^.!?\n,]{2,40}? בחזרה|"
            # "אני רוצה את ה-420 בחזרה" (round 96)
            r"(?<!קיבלתי )(?<!קיבלנו )(?<!קיבלתי את )(?<!קיבלנו את )(?:את\s+)?ה-?\d[\d,.]*(?:\s?(?:₪|ש\"ח|ש״ח|שקל|שקלים))?\s+(?:שלי\s+|שלנו\s+)?בחזרה|"
            # "תכתוב פה כמה אתה מחזיר על המגשים", "אם הכסף לא חוזר עד מחר"
            r"(?:כמה|מה) (?:אתה|את|אתם) (?:מחזיר|מחזירה|מחזירים)|"
            r"(?:ה)?(?:כסף|מקדמה|תשלום) (?:לא )?(?:חוזר|חוזרת|יחזור|תחזור|יוחזר|תוחזר)"
        ),
    ),
    Pattern(
        K.MONEY,
        "discount",
        w(
            r"(?:(?P<p>\d{1,2})\s?(?:%|אחוז|אחוזים)\s+)?הנחה(?:\s+של\s+(?P<p2>\d{1,2})\s?(?:%|אחוז|אחוזים))?|"
            r"(?:להוריד|תוריד|תורידי|תורידו|להוריד לי)\s+(?:ב|את ה|מה)?מחיר|"
            r"מחיר (?:יותר )?(?:טוב|נמוך|מיוחד|זול)(?: יותר)?|יותר זול|זול יותר|מחיר חבר|"
            # "ואם יש מחיר חייל זה יעזור" (round 142: left without a field)
            r"(?:מחיר|תעריף|הנחת|הנחה ל)\s?(?:חייל|חיילת|חיילים|לחיילים|סטודנט|סטודנטית|סטודנטים|לסטודנטים|"
            r"גמלאי|גמלאים|לגמלאים|מילואים|מילואימניק|משפחתי|אחים)|"
            r"(?:לעגל|תעגל|תעגלי|תעגלו)(?: למטה)?|(?:אפשר|אולי) (?:קצת )?פחות|להתגמש במחיר|גמישות במחיר|"
            # "אם זה 7,000 עגול סוגרים עכשיו", "תעשה 4 אלף עגול": a round lower sum offered (round 70)
            r"\d[\d,.]*(?: אלף)? עגול|"
            # "אתה עושה לי מחיר על זה": a price made for me, a discount (round 51)
            r"ו?(?:עושה|עושים|תעשה|תעשי|תעשו|לעשות|יעשה) (?:לי|לנו) (?:מחיר|הנחה)"
            r"(?! (?:חבר|טוב|מיוחד|נמוך|זול))|"
            # "אם תורידי ל-165", "אתה עושה את זה ב150 לשיעור ולא 200" (round 58)
            r"ו?(?:תוריד|תורידי|תורידו|להוריד|תרד|תרדי|לרדת)\s+ל-?\d[\d,]*|"
            r"ב-?\d[\d,]*\s*(?:(?:₪|ש\"ח|ש״ח|שקל|שקלים)\s*(?:לשיעור|למנה|לשעה|לאדם|לחודש|ליחידה)?"
            r"|(?:לשיעור|למנה|לשעה|לאדם|לחודש|ליחידה))\s+ולא\s+(?:ב-?)?\d[\d,]*|"
            # "חשבתי על 1,000 ₪ לכל ה-9": the client's own price put forward (round 73)
            r"(?:חשבתי|חשבנו|חושב|חושבת|חושבים) על (?:משהו כמו |בערך |סביב |סכום של )?"
            r"(?:₪\s?\d[\d,.]*|\d[\d,.]*\s?(?:₪|ש\"ח|ש״ח|שקל|שקלים|אלף)|\d{1,3},\d{3}|\d{3,})"
        ),
        percent_value,
    ),
    Pattern(
        K.MONEY,
        "free",
        w(
            r"בחינם|חינם|ללא (?:תשלום|עלות|חיוב)|בלי (?:תשלום|לשלם|עלות|חיוב)|על חשבון הבית|על חשבונך|על חשבונכם|"
            # "על ההגעה אנחנו לא משלמים, ברור": a thing the client expects free, no withholding
            r"על (?!זה |זאת |זו )(?:ה)?[\u05d0-\u05ea]+ (?:אנחנו |אני )?לא (?:משלמים|משלם|משלמת|נשלם|אשלם)"
        ),
    ),
    Pattern(
        K.MONEY,
        "same_price",
        w(
            r"באותו (?:מחיר|תקציב|סכום|תשלום|ריטיינר|תעריף)|(?:על|ב|יישאר|נשאר|תישאר|נשארים|להישאר)\s*אותו (?:מחיר|תקציב|סכום|ריטיינר|תעריף)|"
            # "אותו מחיר כמו תמיד נכון" (round 110)
            r"(?<![\u05d0-\u05ea])אותו (?:מחיר|תעריף|סכום)(?= (?:כמו|כרגיל|נכון)|\s*[?!,.]|$)|"
            # "נשאיר את אותו ריטיינר של 2,000 ₪" (round 107)
            r"(?:נשאיר|נשאר עם|נמשיך עם|נמשיך ב|להשאיר)(?: את)? (?:אותו|אותה) (?:מחיר|תקציב|סכום|ריטיינר|תעריף|תשלום)|(?:בלי|ללא) (?:תוספת|תשלום נוסף|עלות נוספת|חיוב נוסף)"
            r"(?: (?:תשלום|מחיר|עלות))?|במסגרת (?:ה)?(?:תקציב|מחיר|הצעה|סכום)|"
            r"לא (?:אשלם|נשלם|משלם|משלמת|משלמים) (?:יותר|תוספת|עוד)|כלול במחיר|אמור להיות כלול|"
            # "אני מניח שזה נכנס בתוך ההצעה", "זה חלק מהחבילה" (round 58)
            r"(?<!לא )(?:נכנס|נכנסת|נכנסים|נכנסות) (?:בתוך |ב)(?:ה)?(?:הצעה|מחיר|חבילה|ריטיינר|שכר הטרחה|שכ\"ט|שכ״ט)|"
            # "והעמלה נשארת חצי חודש כמו שסיכמנו": the fee kept as agreed (round 164: left out);
            # not "המחיר נשאר 3,200 ולא 2,800 כמו שסיכמנו", an overcharge disputed
            r"(?:ה)?(?:עמלה|עמלת תיווך|עמלת התיווך|דמי תיווך|דמי התיווך|שכר הטרחה|מחיר|תעריף) "
            r"(?:נשאר|נשארת|נשארים|יישאר|תישאר)(?: (?:(?!(?<!\w)ו?לא(?!\w))(?:[^.?!\n,]|(?<=\d),(?=\d))){0,20})? כמו ש(?:סיכמנו|סגרנו|דיברנו|קבענו)|"
            r"(?:בתוך|חלק מ)(?:ה)?(?:המחיר|ההצעה|החבילה|הריטיינר|מחיר|הצעה|חבילה)|"
            # "מחיר היחידה (₪68) נשאר אותו דבר", "זה לא אמור לעלות יותר" (round 71)
            r"(?:מחיר|תקציב|סכום|תעריף)\S*(?: [^.?!\n]{0,20})? (?:נשאר|יישאר|נשארת|תישאר|נשארים|יישארו) (?:אותו דבר|כמו שהוא|כמו שהיה)|"
            r"לא (?:אמור|אמורה|אמורים|צריך|צריכה|צריכים) לעלות (?:יותר|עוד|תוספת|כסף)|"
            # "לא נראה לי שזה צריך לעלות כסף, זה רק שעה" (round 81)
            r"לא נראה לי ש(?:זה |זו )?(?:צריך|צריכה|אמור|אמורה) לעלות (?:כסף|יותר|עוד|תוספת)|"
            # "ובלי לחייב על זה עוד" (round 75)
            r"(?:בלי|ללא) (?:לחייב|חיוב)(?: על זה| אותי| אותנו)?(?: עוד| יותר| בנפרד| תוספת)?|"
            # "350 כמו בפעם הקודמת" for a bigger job (round 73)
            r"(?:₪\s?\d[\d,.]*|\d{1,3},\d{3}|\d{3,}|\d+\s?(?:₪|ש\"ח|ש״ח|שקל|שקלים))\s?(?:₪|ש\"ח|ש״ח|שקל|שקלים)? כמו (?:בפעם הקודמת|בפעם שעברה|פעם שעברה|תמיד|בפעמים הקודמות)"
        ),
    ),
)

# --- deliverables --------------------------------------------------------------------------

_FORMATS = r"pdf|png|jpe?g|svg|eps|psd|tiff?|gif|mp4|mov|docx?|xlsx?|pptx?|csv|raw|ai"
_FORMAT_NAMES = {
    "וורד": "docx",
    "ורד": "docx",
    "אקסל": "xlsx",
    "פאוורפוינט": "pptx",
    "אילוסטרייטור": "ai",
}


def _format(m: re.Match[str]) -> str | None:
    token = m["fmt"]
    return _FORMAT_NAMES.get(token, token.replace("jpeg", "jpg"))


DELIVERABLES = (
    Pattern(
        K.DELIVERABLE,
        "files",
        w(r"קבצים|קובץ|קבצי|לינק להורדה|קישור להורדה|חומרי גלם|דרייב|דרופבוקס"),
    ),
    Pattern(
        K.DELIVERABLE,
        "version",
        w(
            r"גרסה|גרסא|גרסאות|ורסיה|טיוטה|טיוטות|סקיצה|סקיצות|הדמיה|הדמיות|וריאציה|וריאציות|מוקאפ|דראפט"
        ),
    ),
    Pattern(
        K.DELIVERABLE,
        "format",
        rf"(?<![a-z])(?P<fmt>{_FORMATS})(?![a-z])(?!\s+(?:tools?|כלי))",
        _format,
    ),
    Pattern(
        K.DELIVERABLE,
        "format",
        w(r"(?:ב|ל)?(?P<fmt>וורד|ורד|אקסל|פאוורפוינט|אילוסטרייטור)", ""),
        _format,
    ),
    Pattern(
        K.DELIVERABLE,
        "revision",
        w(
            # "בלי שינויים", "אין הערות" approve: no revision asked.
            r"(?<!בלי )(?<!ללא )(?<!אין )(?<!אין לי )(?<!אין לנו )"
            r"(?:תיקונים|תיקון|סבב(?:י)?\s+(?:תיקונים|שינויים|הערות)|סבב נוסף|עוד סבב|שינויים|הערות|פידבק)"
        ),
    ),
    Pattern(
        K.DELIVERABLE,
        "extra_item",
        w(
            r"בנוסף|באותה הזדמנות|כבר כשאת(?:ה|ם)? (?:בזה|על זה)|כשאת(?:ה|ם)? כבר (?:בזה|על זה)|"
            # "עוד כמה אופציות לכותרת" asks for choices within the work, not for more work.
            # "בעוד 3 ימים", "עוד 2 ימים" are a time and "עוד 2,000 ₪" a sum: no extra item.
            # "ועוד משהו" closing a line or before a colon opens the next point ("and one
            # more thing:"), not an extra item.
            r"(?<!ב)עוד (?:אחד|אחת|כמה|שניים|שתיים|דבר קטן|משהו(?![ \t]*(?:$|\n|[:\-–]))|"
            rf"\d+(?![,.]?\d)(?!\s*(?:₪|ש\"ח|שח|שקל|שקלים|אלף|%|(?:{_alts(dict(_UNITS))})(?!\w))))"
            r"(?!\s+(?:אופציות|אפשרויות|רעיונות|הצעות|דוגמאות|כיוונים))|"
            r"גם (?:תוסיף|תוסיפי|תוסיפו|להוסיף|תעשה|תעשי|תכין|תכיני|תעצב|תעצבי)|"
            r"תוספת(?!\s+(?:תשלום|מחיר))|אקסטרה"
        ),
    ),
    Pattern(K.DELIVERABLE, "invoice", w(r"חשבונית(?: מס)?(?: קבלה)?|חשבוניות"), "invoice"),
    Pattern(K.DELIVERABLE, "invoice", w(r"קבלה|קבלות"), "receipt"),
    Pattern(K.DELIVERABLE, "quote", w(r"הצעת מחיר|הצעות מחיר|הצ\"מ|הצעה מסודרת|הצעה כתובה")),
    Pattern(K.DELIVERABLE, "contract", w(r"חוזה|חוזים|הסכם|הסכמים|הסכם התקשרות")),
)

# --- channel and refusal -------------------------------------------------------------------

_EMAIL = r"(?:ב|ל|דרך ה)(?:מייל|אימייל|מיילים)"
_WHATSAPP = r"(?:ב|ל|דרך ה)?(?:וואטסאפ|ווטסאפ|וואצאפ|ווצאפ|וואטס|ווטס|whatsapp)"
_TO_ME = r"(?:תשלח|תשלחי|תשלחו|שלח|שלחי|שלחו|תעביר|תעבירי|תעבירו|תכתוב|תכתבי|תכתבו|עדיף|אשמח|נא|תענה|תעני|תענו)"

CHANNELS = (
    Pattern(
        K.CHANNEL,
        "call",
        r"(?<!אל )(?<!לא )(?<!היא )(?<!והיא )"
        + w(
            # "תתקשר לספק" asks the owner to call someone else: no call with the client (round 86)
            r"(?:תתקשר|תתקשרי|תתקשרו|תצלצל|תצלצלי|תצלצלו)(?:\s+(?:אליי|אלי|לי|אלינו)|(?!\s+(?:ל(?!פני)|אל)[\u05d0-\u05ea]))|"
            r"(?:תרים|תרימי|תרימו) (?:לי )?טלפון|(?:אתקשר|אצלצל|נתקשר)(?:\s+(?:אליך|אלייך|אליכם))?|"
            # "בוא נדבר תכלס על המחיר" gets down to business in the chat, no call
            r"(?:בוא|בואי|בואו) נדבר(?! (?:תכלס|ברצינות|דוגרי|בגלוי|על|רגע))(?: בטלפון)?|נדבר בטלפון|אפשר (?:לדבר|שיחה|לקבוע שיחה)|"
            r"(?:נקבע|לקבוע|תקבע|תקבעי|תקבעו) שיחה|שיחה (?:טלפונית|קצרה)|חייבים לדבר|דבר איתי|דברי איתי",
            FUT,
        )
        # "תתקשר אליי רק כשזה מוכן": a call once the work is done, none now (round 123)
        + r"(?!\s+רק\s+(?:כש|אחרי|ברגע ש|אם))(?!\s+(?:כש|ברגע ש)(?:זה|הוא|היא)?\s*(?:מוכן|מוכנה|מוכנים|"
        r"גמור|גמורה|מתוקן|מתוקנת|תוקן|תוקנה|נגמר|מסתיים))",
        "call",
    ),
    Pattern(
        K.CHANNEL,
        "email",
        rf"(?<!\w)ו?{_TO_ME}{GAP}{_EMAIL}{END}|(?<!רק ){_EMAIL}\s+(?:בבקשה|עדיף){END}",
        "email",
    ),
    Pattern(
        K.CHANNEL,
        "whatsapp",
        rf"(?<!\w)ו?{_TO_ME}{GAP}{_WHATSAPP}{END}|(?<!רק ){_WHATSAPP}\s+(?:בבקשה|עדיף){END}",
        "whatsapp",
    ),
    Pattern(
        K.CHANNEL,
        "meeting",
        w(
            # "ניפגש בבית המשפט / בתביעות קטנות" is a threat, not a meeting.
            r"(?:(?:בוא|בואי|בואו) )?ניפגש(?!\s+(?:ב|ב-|אצל\s)?(?:בית המשפט|בית משפט|תביעות קטנות|משפט|"
            r"רשם|לשכת|עורך|עורכת|עו״ד|עו\"ד|משטרה|בוררות))|"
            r"נקבע פגישה|(?<!צורך )(?<!צריך )(?<!צריכה )(?<!צריכים )לקבוע פגישה|(?:תקבע|תקבעי|תקבעו) פגישה|"
            r"אפשר (?:להיפגש|להפגש|פגישה)|פגישה (?:פרונטלית|פיזית|במשרד|אצלך|אצלי)|"
            # "בוא נשב על זה" invites; "מבטיחה שנשב על זה בסופ״ש" is the client's own homework.
            r"(?:(?:בוא|בואי|בואו|אפשר|נוכל) )(?:נשב|לשבת) על זה|(?:נשב|לשבת) (?:ביחד|יחד)"
        ),
        "meeting",
    ),
    Pattern(
        K.CHANNEL,
        "zoom",
        r"(?<!לא )(?<!בלי )"
        + w(r"זום|zoom|גוגל מיט|google meet|טימס|שיחת וידאו|שיחת זום|פגישת זום"),
        "zoom",
    ),
)

REFUSALS = (
    Pattern(
        K.REFUSAL,
        "no_call",
        w(
            r"אל (?:תתקשר|תתקשרי|תתקשרו|תצלצל|תצלצלי|תצלצלו)(?: אליי| אלי| לי| אלינו)?|בלי (?:טלפונים|שיחות|להתקשר)|"
            r"(?:אין|לא) צורך (?:להתקשר|בשיחה|בטלפון)|לא (?:לצלצל|להתקשר)|"
            r"(?:איננו|אינני|אנחנו לא|אני לא) (?:מעוניין|מעוניינת|מעוניינים) ב?(?:שיחה|שיחות|שיחת טלפון|שיחה טלפונית)|"
            r"(?:לא|אין לי זמן) (?:רוצה |מעוניין |מעוניינת )?(?:שיחה|שיחות|לדבר בטלפון)|"
            # "אני לא עונה לטלפון" refuses calls; "שלושה ימים לא עונה לטלפון" complains of them.
            r"אני לא (?:עונה|זמין|זמינה) (?:ל|ב)טלפון|לא בטלפון|"
            # "תכתבי, לטלפון אני פחות עונה בימים האלה"
            r"(?:ל|ב)טלפון אני (?:פחות|לא) (?:עונה|זמין|זמינה)|"
            # "ואני מעדיף שלא תתקשרו אליי" (round 299's harmful "Happy to talk at […]", in English)
            # (not a time window: "עדיף שלא תתקשר לפני 9")
            r"(?:מעדיף|מעדיפה|מעדיפים|עדיף|אבקש|מבקש|מבקשת|מבקשים) (?:ש)?לא (?:תתקשר|תתקשרי|תתקשרו|תצלצל|תצלצלי|תצלצלו|להתקשר|לצלצל)(?: אליי| אלי| לי| אלינו)?(?! (?:לפני|אחרי|בשבת|בשישי|בעבודה|עד|בין|בבוקר|בערב|בלילה|ב-?\d))"
        ),
    ),
    Pattern(
        K.REFUSAL,
        "no_apologies",
        w(
            r"בלי (?:סליחות|התנצלויות)|(?:לא צריך|אין צורך|די עם|מספיק עם|נמאס (?:לי )?מ)\s?(?:ב?עוד\s)?ב?ה?"
            r"(?:להתנצל|התנצלויות|סליחות|התנצלות)|אל (?:תתנצל|תתנצלי|תתנצלו)|"
            r"לא (?:מעניינות|מעניין|צריך|רוצה) (?:אותי )?(?:עוד |את ה)?(?:התנצלויות|סליחות|התנצלות)|"
            # "איני מעוניין בהתנצלויות נוספות"
            r"(?:איני|אינני|לא|איננו|אנחנו לא|אני לא) (?:מעוניין|מעוניינת|מעוניינים) ב(?:עוד )?"
            r"(?:התנצלויות|סליחות|התנצלות)|"
            # "ואל תכתבו לי שוב סליחה" (round 140: a field answered it)
            r"אל (?:תשלח|תשלחי|תשלחו|תכתוב|תכתבי|תכתבו) לי (?:עוד |שוב |עוד פעם )?(?:סליחה|סליחות|התנצלות|התנצלויות)|"
            # A sorry refused by quoting it ("אל תשלחי לי עוד ״מצטערת על העיכוב״", "אני לא
            # צריכה עוד ״מצטערים על אי הנעימות״", "ואל תתחיל עם סליחה שוב").
            r"(?:אל (?:תשלח|תשלחי|תשלחו|תכתוב|תכתבי|תכתבו)(?: לי)?|(?:לא|אין) (?:צריך|צריכה|צריכים|רוצה|רוצים)|"
            # (and through what carries it: "ואל תשלחי לי עוד מייל של "אנו מתנצלים…"", round 261)
            r"לא (?:מעניין|מעניינת|מעניינים) (?:אותי|אותנו))\s(?:עוד\s|שוב\s|עוד פעם\s)?"
            r"(?:(?:מייל|מיילים|הודעה|הודעות|תשובה|תשובות)\s(?:של|עם)\s)?[\"״“'׳]?\s?"
            r"(?:מצטער|מצטערת|מצטערים|סליחה|סליחות|התנצלות|התנצלויות|אנחנו מצטערים|מתנצל|מתנצלת|מתנצלים|"
            # (and the formal "אנו", round 240: "…עוד פעם "אנו מתנצלים על העיכוב" אוטומטי")
            r"אנחנו מתנצלים|אנו מתנצלים|אנו מצטערים)|"
            # "ואל תשלחו לי עוד פעם את הנציגה שלכם עם "אני מבינה אותך"": stock empathy refused
            # like a sorry (round 143's harmful "צר לי על מה שקרה")
            r"אל (?:תשלח|תשלחי|תשלחו|תכתוב|תכתבי|תכתבו|תגיד|תגידי|תגידו)[^.!?\n]{0,40}?[\"״“'׳]\s?"
            r"(?:אני מבין|אני מבינה|אנחנו מבינים|מבין אותך|מבינה אותך|מבינים אותך|אני שומע|אני שומעת)|"
            # "אל תשלחו לי הודעה מנומסת, תחזירו כסף": the polite form refused like a sorry (round
            # 159: a field answered it, after "צר לי על מה שקרה")
            r"אל (?:תשלח|תשלחי|תשלחו|תכתוב|תכתבי|תכתבו)(?: לי| לנו)? (?:עוד |שוב )?(?:הודעה|הודעות|תשובה|תשובות|מייל|מיילים)"
            r" (?:מנומסת|מנומסות|מנומס|מנומסים|מתחנפת|גנרית|גנריות|מוכנה|מוכנות|מתנצלת)(?!\w)|"
            # "ושתפסיקו לענות לי עם "מתנצלים על אי הנוחות"" (round 312: a field answered it,
            # after "צר לי על מה שקרה")
            r"(?:תפסיק|תפסיקי|תפסיקו|להפסיק) (?:לענות|לכתוב|לשלוח)(?: לי| לנו)? (?:עם|ב)\s?[\"״“'׳]?\s?"
            r"(?:מצטער|מצטערת|מצטערים|סליחה|סליחות|התנצלות|התנצלויות|מתנצל|מתנצלת|מתנצלים|"
            r"אנחנו מתנצלים|אנו מתנצלים|אנחנו מצטערים|אנו מצטערים)|"
            # "אל תתחילו עם "אנחנו מצטערים"" (round 136: a field answered it)
            r"אל (?:תתחיל|תתחילי|תתחילו) (?:עם|ב)\s?[\"״“'׳]?(?:סליחה|סליחות|התנצלות|התנצלויות|"
            r"אנחנו מצטערים|מצטער|מצטערת|מצטערים)"
        ),
    ),
    # "על תוספת אני לא יכול לדבר עכשיו, אחרי השבעה נדבר": money not to be talked about now
    # (round 171: a price line to a mourner)
    Pattern(
        K.REFUSAL,
        "no_price_talk",
        w(
            r"(?:על|לגבי) (?:ה)?(?:תוספת|תוספות|מחיר|כסף|תשלום|עלות|עלויות) (?:אני |אנחנו )?(?:לא )"
            r"(?:יכול|יכולה|יכולים|רוצה|רוצים|מסוגל|מסוגלת)(?: לדבר| לחשוב)?(?: עכשיו| כרגע| בינתיים)?"
        ),
    ),
    # "אין צורך לשכנע אותי אחרת": how not to answer, no ask (round 158: a field answered it);
    # the client's mind is made up, so a "why" beside it wants no reasons (round 245)
    Pattern(
        K.REFUSAL,
        "no_excuses",
        w(
            r"(?:(?:אין צורך|לא צריך|אל (?:תנסה|תנסי|תנסו))\s(?:לנסות\s)?(?:ל|ש)(?:שכנע|תשכנע|תשכנעי|תשכנעו)|"
            r"אל (?:תשכנע|תשכנעי|תשכנעו)) (?:אותי|אותנו)"
        ),
        "convince",
    ),
    Pattern(
        K.REFUSAL,
        "no_excuses",
        w(
            r"(?:בלי|די עם|מספיק עם|נמאס לי מ|נמאס מ)\s?ה?תירוצים|לא (?:מעניינים|רוצה|מוכן|מוכנה|צריך)[^.!?\n]{0,25}תירוצים|"
            # "אני לא מעוניינת בעוד הסברים על ״תהליך״": explanations refused like excuses
            r"(?:לא (?:מעוניין|מעוניינת|מעוניינים|רוצה|צריך|צריכה)|די עם|מספיק עם|נמאס לי מ)\s?(?:ב|ל)?"
            r"(?:עוד\s|את (?:כל\s)?)?ה?הסברים|"
            # "לא מעניין אותי שום הסבר" (round 279's harmful reply: a field for the outcry
            # beside it invited the explanation)
            r"לא (?:מעניין|מעניינים|מעניינת) (?:אותי|אותנו) (?:שום |אף |עוד |כל )?(?:ה)?(?:הסבר|הסברים|תירוץ|תירוצים)(?![א-ת])|"
            # "ואל תגיד לי שזה בגלל הפקק", "ואל תגיד לי שאני אישרתי": the excuse refused before
            # it is made.
            r"אל (?:תגיד|תגידי|תגידו|תספר|תספרי|תספרו) לי ש(?:זה|זו|היה|אני|אנחנו|הייתי|לא|כתוב|אמרתי|ביקשתי|כתבתי|סיכמנו)|"
            # "ואל תגידי לי ״פקקים״": the excuse quoted before it is made (round 155)
            r"אל (?:תגיד|תגידי|תגידו)(?: לי| לנו) [\"״“'׳][^\"״“'׳\n]{2,30}[\"״“'׳]|"
            # "ואל תגידי לי שהנהג ספר", "ואל תכתבו לי שהוא 'זז הרבה על השולחן'": any claim told
            # back before it is made (rounds 125-126: a field invited it)
            # (a claim: a quote, a subject or a past verb; not a noun such as "שמות" or "שום")
            r"אל (?:תגיד|תגידי|תגידו|תספר|תספרי|תספרו|תכתוב|תכתבי|תכתבו)(?: לי| לנו)?(?: שוב| עוד פעם)? ש"
            r"(?!(?:וב|ום|מות|ם|לום|בת|עה|עות|בוע|ני|נה|יר|ולחן|לט|לטים|קל|קלים)(?![\u05d0-\u05ea]))"
            r"(?:[\"'][\u05d0-\u05ea]+|ה[\u05d0-\u05ea]+|(?:הוא|היא|הם|הן|אני|אנחנו|אתה|את|אתם|זה|זו|זאת|יש|אין|לא|כבר)"
            r"|[\u05d0-\u05ea]+(?:תי|תם|נו|ת))|"
            # "אל תשלח לי עכשיו לב ואימוג'י של ידיים": a soothing emoji refused before it is sent
            # (round 200: a field answered it)
            r"אל (?:תשלח|תשלחי|תשלחו) לי (?:עכשיו |שוב |עוד )?(?:לב|לבבות|אימוג'י|אימוג׳י|אימוג'ים|אימוג׳ים|"
            r"סמיילי|סמיילים)(?![\u05d0-\u05ea])|"
            # "ואל תגידי שאישרנו סקיצה", "ואל תגיד לי שמדדתי ככה", "אל תשלח לי שוב 'אני בודק'"
            # (round 80)
            r"אל (?:תגיד|תגידי|תגידו) (?:לי )?ש(?:אישרנו|אישרתי|מדדתי|מדדנו|חתמנו|חתמתי|ביקשנו)|"
            # "ואל תגיד לי שהתקשרת": what the owner did, claimed before it is claimed (round 112)
            r"אל (?:תגיד|תגידי|תגידו)(?: לי| לנו)? ש(?:התקשרת|התקשרתם|שלחת|שלחתם|ניסית|ניסיתם|עדכנת|עדכנתם|הודעת|הודעתם|כתבת|כתבתם|חיכית|חיכיתם)|"
            r"אל (?:תשלח|תשלחי|תשלחו|תכתוב|תכתבי|תכתבו) לי (?:שוב |עוד פעם |עוד )?['\"׳״](?!(?:אנו |אנחנו )?(?:סליחה|מצטער|מתנצל|צר לי))[^'\"׳״\n]{1,40}['\"׳״]|"
            # "ואל תשלחי לי תזכורות", "אל תשלח לי עוד דוח": what the client wants no more of
            # (round 132: a field answered it)
            r"אל (?:תשלח|תשלחי|תשלחו) לי (?:עוד |שוב )?(?:תזכורות|תזכורת|דוחות|דוח|עדכונים|עדכון)|"
            # "ואל תשלחו לי שוב את אותה הודעה מועתקת" (round 144: a field answered it)
            r"אל (?:תשלח|תשלחי|תשלחו|תכתוב|תכתבי|תכתבו)(?: לי)? (?:שוב |עוד פעם )?(?:את )?(?:אותה|אותו|עוד) "
            r"(?:הודעה|תשובה|מייל|נוסח|טקסט|הודעות)|"
            # "אל תתחיל איתי עם רזולוציה": the argument refused before it is made (round 61)
            r"אל (?:תתחיל|תתחילי|תתחילו) (?:איתי|אתי|איתנו|שוב) (?:עם|על)|"
            # "ואל תספר לי סיפורים על השמן במדחס" (round 139: a field answered it)
            r"אל (?:תספר|תספרי|תספרו|תמכור|תמכרי|תמכרו)(?: לי| לנו)? (?:סיפורים|סיפור|אגדות|לוקשים|שטויות)|"
            # "ואל תתחילי עם "זה קורה עם עץ"": the objection quoted before it is made (round 136)
            # (not one put before another job: 'אל תתחילו עם "המטבח" לפני שסוגרים את הסלון')
            r"אל (?:תתחיל|תתחילי|תתחילו) (?:לי )?(?:עם|ב)\s?(?=[\"״“'׳][^\"״“'׳\n]+[\"״“'׳]"
            r"(?!\s*(?:לפני|אחרי|קודם|ואז|עד)(?![\u05d0-\u05ea])))|"
            # "ואל תגידי לי שוב שהתלתלים יקפצו", "ואל תשלחו לי שוב את התקנון": what was said or
            # sent before, refused again (round 108: fields answered both)
            r"אל (?:תגיד|תגידי|תגידו|תספר|תספרי|תספרו|תסביר|תסבירי|תסבירו)(?: לי| לנו)? (?:שוב|עוד פעם|פעם נוספת) ש[\u05d0-\u05ea]+|"
            r"אל (?:תשלח|תשלחי|תשלחו|תפנה|תפני|תפנו)(?: לי| לנו| אותי| אותנו)? (?:שוב|עוד פעם|פעם נוספת) "
            r"(?:את |ל|אל )?ה?(?:תקנון|תנאים|הסבר|הסברים|מדיניות|חוזה|הסכם|לינק|קישור|שאלות הנפוצות)"
        ),
    ),
    Pattern(
        K.REFUSAL,
        "no_meeting",
        w(
            # "אין צורך לקבוע פגישה על זה" (round 92's harmful reply: a meeting offered)
            r"(?:אין|לא) צורך (?:ב|ל)?(?:קבוע |לתאם )?(?:פגישה|להיפגש|להפגש)|בלי (?:פגישות|פגישה|זום)|"
            r"לא (?:רוצה|צריך|צריכה|צריכים|מעוניין|מעוניינת) (?:ב|ל)?(?:קבוע |לתאם )?(?:פגישה|פגישות|להיפגש|זום)"
        ),
    ),
    Pattern(
        K.REFUSAL,
        "only_email",
        w(r"רק (?:ב|דרך ה)?(?:מייל|אימייל|מיילים)|(?:ב)?מייל בלבד"),
        "email",
    ),
    Pattern(K.REFUSAL, "only_email", w(r"רק בכתב|בכתב בלבד|רק בהודעות כתובות"), "writing"),
    Pattern(
        K.REFUSAL,
        "no_more_messages",
        w(
            r"(?:תפסיק|תפסיקי|תפסיקו|די) (?:לשלוח לי|לכתוב לי|להציק|עם ה)(?:\s?הודעות)?|"
            r"אל (?:תכתוב|תכתבי|תכתבו|תשלח|תשלחי|תשלחו) לי (?:עוד|יותר|הודעות)"
            r"(?!\s+(?:סליחה|סליחות|התנצלות|התנצלויות|תירוצים))|"
            r"לא רוצה לשמוע (?:ממך|מכם) (?:יותר|עוד|שוב)|(?:מספיק|די) עם ההודעות"
        ),
    ),
    # A trusting client who wants no updates ("אין צורך לעדכן אותי, סומכת עלייך").
    Pattern(
        K.REFUSAL,
        "no_check_in",
        w(
            r"(?:אין צורך|לא צריך|לא צריכה|לא צריכים)\s(?:ל)?(?:עדכן אותי|לעדכן אותי|לבדוק איתי|לחזור אליי|"
            r"לחזור אלי|לשאול אותי)"
        ),
    ),
    Pattern(
        K.REFUSAL,
        "no_explanations",
        w(
            # "ואל תתחיל להסביר לי על conducted emissions" (round 254: a field invited it)
            r"ו?אל (?:תתחיל|תתחילי|תתחילו) (?:להסביר|להרצות|לחפור)|"
            # "אל תסביר לי על סינמטיק, אני יודע מה עובד" (round 268: a field invited it)
            r"ו?אל (?:תסביר|תסבירי|תסבירו|תרצה|תרצי|תרצו)(?: לי| לנו)(?: שוב)?(?: על| את| מה| למה| איך)?(?![א-ת])|"
            # "תעשה כמו שאני אומר ונגמור עם זה, בלי הרצאות" (round 250: a field invited the lecture)
            r"בלי (?:חפירות|חפירה|הסברים|נאומים|סיפורים|מגילות|הרבה מילים|הרצאות|הרצאה)|"
            # "ואל תשלחי לי שוב את הסיפור על הפקקים": the excuse refused before it is told (round
            # 316: the fix's field was anchored on it)
            r"אל (?:תשלח|תשלחי|תשלחו|תספר|תספרי|תספרו)(?: לי| לנו)? (?:שוב |עוד פעם )?(?:את )?ה?(?:סיפור|סיפורים|סיפורי)|"
            # "אל תתחילי עם הסברים על מובייל ומהירות" (round 313: a field invited them)
            r"אל (?:תתחיל|תתחילי|תתחילו)(?: לי| לנו)? (?:עם|ב)\s?(?:ה)?(?:הסברים|הסבר|הרצאות|הרצאה|נאומים)|"
            r"(?:לא צריך|אין צורך ב|תחסוך לי את ה|תחסכי לי את ה)\s?(?:עוד\s)?(?:הסברים|הסבר ארוך|חפירות)|"
            # "ולא צריך שוב את ההסבר על משקל", "אני לא צריכה הרצאה", "אני לא צריך שתסביר לי"
            # (rounds 95 and 97: fields answered them)
            r"ו?לא (?:צריך|צריכה|צריכים)\s+(?:שוב\s+|עוד\s+)?(?:את\s+)?ה?(?:הסבר|הסברים|הרצאה|הרצאות)|"
            # "אני לא צריכה שיעור בכימיה" (round 269: a field answered it)
            # ("לא צריך עוד שיעור בקבוצת המתחילים" asks to stop the lessons)
            r"ש?(?:אני|אנחנו) לא (?:צריך|צריכה|צריכים)\s+(?:שיעור|שיעורים)"
            r"(?=\s+ב(?!יום|שבוע|חודש|שעה|בוקר|ערב|צהריים|לילה|מוצ|ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת|-?\s?\d))|"
            r"ו?לא (?:צריך|צריכה|צריכים)\s+ש(?:תסביר|תסבירי|תסבירו)\s+לי"
        ),
    ),
)

# --- postponing ----------------------------------------------------------------------------

# The present tense of getting back to the owner ("אני חוזרת אליכם"), and what makes it this
# very message instead ("…לגבי העוגה", "…בפעם השלישית").
_BACK_TO_YOU = r"(?:אני|אנחנו) (?:חוזר|חוזרת|חוזרים|חוזרות) (?:אליך|אלייך|אליכם|אלייכם|אלייכן)"
_NOT_THIS_MESSAGE = r"(?![\u05d0-\u05ea])(?!\s+(?:לגבי|בנוגע|בקשר|בעניין|בפעם))"

POSTPONES = (
    Pattern(
        K.POSTPONE,
        "later",
        # The client will come back to the owner: the owner waits (round 85).
        w(
            # (not "ואעדכן את אחי": someone else updated, round 237's "אחכה לעדכון ממך")
            r"(?:אחזור|נחזור)\s+(?:אליך|אלייך|אליכם|אלייכם|אלייכן|עם תשובה)|אני אחזור|"
            r"(?:אעדכן|נעדכן)(?!\s+את\s+[\u05d0-\u05ea])|אעדכן אותך|"
            r"אעדכן אתכם|אודיע לך|אודיע לכם|אכתוב לך|אכתוב לכם|"
            # "ואני אגיד לך מתי מתאים לי" (round 97); "נשלח כשנוכל" (round 99)
            r"(?:ואני|אני) (?:אגיד|אומר) (?:לך|לכם) מתי|"
            # "אגיד לך מחר בבוקר", "אפשר שאגיד לך מחר?" (rounds 321 and 325: the reply said the
            # owner would get back instead)
            r"(?:ש)?(?:אגיד|נגיד|אומר|נאמר) (?:לך|לכם)(?=\s+(?:מחר|עד|ב|אחרי|הערב|היום|בערב|בבוקר|השבוע|בשבוע)(?![\u05d0-\u05ea]|[\u05d0-\u05ea]*\s*(?:ש|מה|איך|למה)))|"
            r"(?:אשלח|נשלח|אעביר|נעביר) (?:את זה |אותם |אותו )?(?:כשנוכל|כשאוכל|כשיהיה|כשיהיו|ברגע ש)|"
            # "נדבר כשאני חוזר, אוקיי?" (round 242: "אין בעיה" and a yes/no field beside it)
            # (not "…ונדבר כשנחזור" after a request of its own: "תשמרו לי את המזגן בינתיים")
            r"(?<!ו)(?:נדבר|נחזור לזה)\s+כש(?:אני\s+|אנחנו\s+)?(?:חוזר|חוזרת|חוזרים|אחזור|נחזור|אנחת|ננחת|אסיים|נסיים|"
            r"אתפנה|נתפנה|אהיה בארץ|נהיה בארץ)(?![\u05d0-\u05ea])"
        ),
        "returns",
    ),
    # "ברגע שיהיה משהו ברור אני חוזרת אליכם": the present tense is the client's return only
    # after its condition (round 333: the reply said the owner would get back instead); alone,
    # "אני חוזרת אלייך לגבי העוגה" is this very message.
    Pattern(
        K.POSTPONE,
        "later",
        rf"(?<![\u05d0-\u05ea])(?:ו?ברגע ש|ו?כש|ו?אחרי )[^.!?\n]{{0,60}}?(?P<t>{_BACK_TO_YOU})"
        rf"{_NOT_THIS_MESSAGE}",
        "returns",
        span="t",
    ),
    # …or before it or a time ("אני חוזרת אליך כשאני יודעת", "אני חוזר אליך שבוע הבא
    # מקסימום"), or as what follows a wait asked ("תן לי עוד קצת זמן ואני חוזר אליך")
    Pattern(
        K.POSTPONE,
        "later",
        rf"(?<![\u05d0-\u05ea]){_BACK_TO_YOU}(?=\s+(?:כש[\u05d0-\u05ea]|ברגע ש|אחרי\s|בהמשך|"
        r"בקרוב|מחר|השבוע|ב?שבוע הבא|בעוד\s|תוך\s|עד\s|בימים הקרובים))"
        rf"|(?<![\u05d0-\u05ea])ו{_BACK_TO_YOU}{_NOT_THIS_MESSAGE}",
        "returns",
    ),
    Pattern(
        K.POSTPONE,
        "later",
        w(
            r"נחזור\s+לזה|אחזור\s+לזה|"
            # (and "בוא נדבר אולי אחרי ה-15?", round 236)
            r"נדבר\s+(?:אולי\s+)?(?:בהמשך|אחר כך|אח\"כ|שבוע הבא|בשבוע הבא|אחרי|בחודש הבא|מאוחר יותר)|"
            r"(?:כש|ברגע ש)(?:יירגע|ירגע|אתפנה|נתפנה|יהיה לי זמן|יהיה לנו זמן|יתבהר|הכל יירגע|זה יירגע)|"
            r"לא עכשיו|לא כרגע|בינתיים לא|לא בזמן הקרוב|מאוחר יותר|יותר מאוחר|"
            r"לדחות|נדחה|אדחה|(?:תדחה|תדחי|תדחו)|נזיז את זה|להזיז את זה|"
            r"(?:תן|תני|תנו) לי (?:לחשוב|לבדוק|רגע|זמן|כמה ימים|שבוע)|אחרי (?:הקיץ|החופש)"
        ),
    ),
    Pattern(
        K.POSTPONE,
        "pause",
        w(
            # Freezing a membership is an account change to answer, not the work put off (round 73)
            r"(?:להקפיא|נקפיא|תקפיא|תקפיאי|תקפיאו|מקפיאים)(?! (?:לי |לו |לה |לנו )?(?:בבקשה |בינתיים )?(?:את )?(?:ה)?(?:מנוי|חשבון|כרטיסי|כרטיס|ריטיינר))|"
            r"הקפאה(?! (?:של )?(?:ה)?(?:מנוי|חשבון|ריטיינר))|לעצור (?:רגע|הכל|את הכל)|"
            r"נעצור|עוצרים|לשים בצד|נשים בצד|בהולד|בהמתנה|on hold|להשהות|נשהה"
        ),
    ),
    # "לדחות לאחרי פסח" as "אחרי פסח" (round 94)
    # (also "מבטיח שאחרי החגים אני יושב על זה", round 256: left unread)
    Pattern(K.POSTPONE, "after_holidays", w(rf"אחרי\s+(?P<h>{_HOLIDAY_ALTS})", "ו?ש?ל?"), _holiday),
    Pattern(
        K.POSTPONE,
        "no_answer_yet",
        w(
            r"(?:עוד|עדיין)\s+לא\s+(?:החלטתי|החלטנו|הספקתי|הספקנו|עברתי|עברנו|בדקתי|בדקנו|"
            r"סגרתי|סגרנו|יודע|יודעת|יודעים|דיברתי|דיברנו|הסתכלתי|קיבלתי אישור|קיבלנו אישור)|"
            r"(?:אני|אנחנו) (?:צריך|צריכה|צריכים|חייב|חייבת|חייבים) "
            r"(?:לבדוק|להתייעץ|לחשוב|לשאול|לדבר|להחליט|לסגור|לקבל אישור)|"
            r"(?:מחכה|מחכים|ממתין|ממתינה|ממתינים) (?:ל)?אישור|לא בטוח(?:ה|ים)? עדיין|"
            r"לא (?:יודע|יודעת|יודעים) (?:עדיין|עוד)"
        ),
    ),
)

# --- threats -------------------------------------------------------------------------------

_FIRST_PERSON = r"^[אנ]\S+$"  # a one-word first-person future ("אתבע", "נפרסם") stands alone

# Verbs that turn a legal or public word into a threat: "אפנה לעורך דין", "נתראה בבית משפט".
_THREAT_VERBS = (
    r"(?<!\w)(?:ו|ש|וש)?(?:מפרסם|מפרסמת|מפרסמים|כותב|כותבת|כותבים|משתף|משתפת|מתלונן|מתלוננת|"
    r"אפנה|נפנה|פונה|פונים|אלך|נלך|הולך|הולכת|הולכים|מעביר|מעבירה|מעבירים|אעביר|נעביר|מדבר|"
    r"מדברת|מדברים|אדבר|נדבר|אתייעץ|נתייעץ|מתייעץ|מתייעצת|נתראה|תשמע|תשמעי|תשמעו|תקבל|תקבלי|"
    r"תקבלו|אגיש|נגיש|מגיש|מגישה|מגישים|אתלונן|נתלונן|אפרסם|נפרסם|אכתוב|נכתוב|אשאיר|נשאיר|אשתף|"
    r"נשתף|אעלה|נעלה|אספר|נספר)"
)
THREATS = (
    Pattern(
        K.THREAT,
        "lawyer",
        # "my lawyer will ...": a possessive alone is also a law firm writing about its own lawyers
        rf"(?<!\w){PRE}(?:עורך|עורכת|עורכי) ה?דין (?:שלי|שלנו)\s+(?:י|ת)\w+|"
        rf"(?<!\w)(?:{_THREAT_VERBS}){GAP}(?:עורך|עורכת|עורכי) הדין(?!\w)|"
        # "…אנחנו מעבירים את זה ליועץ המשפטי של הרשות" (round 192)
        # (the matter itself handed over: not "מעבירה לך את ההערות של היועץ המשפטי שלנו")
        rf"(?<!\w)(?:{_THREAT_VERBS})\s+(?:את\s+)?(?:זה|זאת|העניין|הנושא|הכל|התיק)\s+"
        r"(?:ל|אל\s+)(?:ה?(?:יועץ|יועצת|מחלקה)\s+ה?משפטי(?:ת)?|יועמ\"ש|יועמ״ש)(?!\w)|"
        # "…ושולח לכם חשבון על כל הלקוחות שהפסדתי": the loss billed back, a claim (round 78)
        r"(?<!\w)ו?(?:שולח|שולחת|שולחים|אשלח|נשלח) (?:לכם|לך) (?:חשבון|חשבונית|תביעה) על|"
        # "…או פיצוי מלא. אחרת הפנייה הבאה תהיה דרך עורך הדין שלי", "אחרת זה עובר לעו״ד": the
        # matter handed to a lawyer after "otherwise" opening a clause (not "חברה אחרת", a noun's
        # "other", nor "אחרת עורכת הדין שלי לא תספיק לעבור עליה"; round 221)
        r"(?:^|(?<=[.,;:!?\n\-–])|(?<=[.,;:!?\n\-–]\s))ו?אחרת(?!\w)[^.!?\n]{0,40}?"
        r"(?:(?:דרך|באמצעות|מול|אל)\s+|ל)(?:(?:עורך|עורכת|עורכי) ה?דין|עו[\"״]ד)(?!\w)",
    ),
    Pattern(
        K.THREAT,
        "cancel",
        r"(?<!\w)(?:ו|ש|וש)?(?:אני\s+|אנחנו\s+)?(?:מבטל|מבטלת|מבטלים|אבטל|נבטל|נאלץ לבטל|נאלצת לבטל)"
        r"(?!\w)(?!\s+את\s+ה?(?:פגישה|שיחה|תור|זום|ביקור|הפגישה))",
    ),
    Pattern(
        K.THREAT,
        "leave",
        w(
            r"(?:אעבור|נעבור|עובר|עוברת|עוברים|מעביר|מעבירה|מעבירים|נעביר|אעביר)[^.!?\n]{0,30}"
            r"(?:ל(?:ספק|מעצב|מעצבת|חברה|משרד|קבלן|צלם|צלמת)\s+(?:אחר|אחרת|אחרים)|למישהו אחר|למישהי אחרת|למתחרים)|"
            r"(?:אחפש|נחפש|נמצא|אמצא)\s+(?:מישהו|מישהי|ספק|מעצב|מעצבת|קבלן|צלם)\s+(?:אחר|אחרת)|"
            r"ניפרד|נפרדים|אני עוזב|אני עוזבת|אנחנו עוזבים|"
            # "ושתדע שלא תראה אותנו יותר" (round 304's check: a field for it alone)
            r"(?:לא )?(?:תראה|תראי|תראו) (?:אותנו|אותי) (?:יותר|שוב)|"
            # "…ועוזב אותך עם כל הפוליסות" (round 178)
            r"(?<!לא )(?:עוזב|עוזבת|עוזבים|אעזוב|נעזוב) (?:אותך|אותכם)|"
            r"(?:מסיימים|מסיים|מסיימת|נסיים|אסיים|מפסיקים|נפסיק|מבטלים|נבטל) את ההתקשרות|"
            # "…ומפסיקים את כל ההזמנות הפתוחות אצלכם", "נפסיק לעבוד איתכם" (round 192)
            # (the work with you, or all of it at yours: "אני מפסיקה את העבודה אצלך בשבוע הבא כי אני
            # בחופש" pauses; not after "לא": "לא נפסיק להזמין מכם")
            r"(?<!לא )(?:מפסיק|מפסיקה|מפסיקים|אפסיק|נפסיק|מקפיאים|נקפיא)\s+(?:את\s+)?(?:כל\s+)?ה(?:הזמנות|עבודה)"
            r"\s+(?:איתכם|איתך|אתכם|אתך)(?!\w)|"
            r"(?<!לא )(?:מפסיק|מפסיקה|מפסיקים|אפסיק|נפסיק|מקפיאים|נקפיא)\s+(?:את\s+)?כל\s+ה(?:הזמנות|עבודה)"
            r"(?:\s+ה?(?:פתוחות|הפתוחות))?\s+(?:אצלכם|אצלך|מכם|ממך)|"
            r"(?<!לא )(?:מפסיק|מפסיקה|מפסיקים|אפסיק|נפסיק)\s+(?:לעבוד|להזמין)\s+(?:איתכם|איתך|אתכם|אתך|מכם|ממך)|"
            # "אני מזמינה מישהו אחר", "אני מביא מנעולן אחר", "הולך למוסך אחר"
            r"(?:אני\s+|אנחנו\s+)?(?:מזמין|מזמינה|מזמינים|אזמין|נזמין|מביא|מביאה|מביאים|אביא|נביא|"
            r"הולך|הולכת|הולכים|אלך|נלך)\s[^.!?\n,]{0,25}?(?<!\S)(?:אחר|אחרת|אחרים)(?!\s+ה?צהריים)"
        ),
    ),
    # "או שאתם מוצאים אותו עד מחר או שאתם משלמים": the ultimatum's other side, paying for it
    Pattern(
        K.THREAT,
        "compensation",
        w(r"או ש(?:אתם|אתה|את) (?:משלמים|משלם|משלמת|מפצים|מפצה|מחזירים|מחזיר) ?(?:לי|לנו)?"),
    ),
    Pattern(
        K.THREAT,
        "withhold",
        w(
            # (not "אני לא משלם לכם כדי להיות זהירים": what the fee is for, nothing held back;
            # round 165's harmful payment line)
            r"לא\s+(?:אשלם|נשלם|משלם|משלמת|משלמים)(?!\s+(?:יותר|תוספת|על זה בנפרד|עוד))"
            r"(?!\s+(?:לך\s+|לכם\s+|לכן\s+)?כדי\s+(?:ל|ש)[\u05d0-\u05ea])|"
            # "אני מעבירה 180 וזהו": part paid, the rest held back (round 79)
            r"(?:מעביר|מעבירה|מעבירים|משלם|משלמת|משלמים|אשלם|אעביר)\s+(?:לך\s+|לכם\s+)?(?:₪\s?)?\d[\d,]*\s?(?:₪|ש\"ח|ש״ח|שקל)?\s+(?:וזהו|ולא יותר|ולא שקל יותר)|"
            # "אין מצב שאני משלמת את היתרה", "אני עוצר את הצ'ק האחרון" (round 76)
            r"אין מצב ש(?:אני|אנחנו)\s+(?:משלם|משלמת|משלמים|מעביר|מעבירה|מעבירים)|"
            r"(?:עוצר|עוצרת|עוצרים|אעצור|נעצור|מבטל|מבטלת|אבטל)\s+(?:את\s+)?(?:ה)?(?:צ'ק|צ׳ק|צק|תשלום|העברה|הוראת הקבע)|"
            # "את הצ'ק האחרון (18,000 ₪) ביטלתי בבנק" (round 85)
            r"(?:את\s+)?ה(?:צ'ק|צ׳ק|צק|תשלום|העברה)\s+[^.!?\n]{0,40}?(?:ביטלתי|ביטלנו|עצרתי|עצרנו)|"
            r"(?:ביטלתי|ביטלנו|עצרתי|עצרנו)\s+(?:את\s+)?ה(?:צ'ק|צ׳ק|צק|תשלום|העברה|הוראת הקבע)|"
            r"לא\s+(?:מתכוון|מתכוונת|מתכוונים)\s+לשלם(?!\s+(?:יותר|תוספת|עוד))|"
            r"(?:אעכב|נעכב|מעכב|מעכבת|מעכבים|אקפיא|נקפיא|מקפיא)\s+(?:את\s+)?(?:ה)?תשלום|"
            # "אני לא מעביר את היתרה של 6,000 עד ש…"
            r"לא\s+(?:אעביר|נעביר|מעביר|מעבירה|מעבירים)\s+(?:את\s+)?(?:ה)?(?:יתרה|תשלום|כסף|מקדמה|שקל)|"
            # "אני מודיעה לך שאני מקזזת מהתשלום האחרון" (round 120)
            r"(?:ש?אני\s+|ש?אנחנו\s+|(?<=ו))(?:מקזז|מקזזת|מקזזים|מנכה|מנכים)|אקזז|נקזז|אנכה|ננכה|"
            # "ואתה לא רואה ממני שקל" (round 178)
            r"לא\s+(?:רואה|רואים|תראה|תראי|תראו)\s+ממני\s+(?:עוד\s+)?שקל|"
            # "או שאנחנו מפסיקים לשלם" (round 191)
            r"(?:מפסיק|מפסיקה|מפסיקים|אפסיק|נפסיק)\s+לשלם",
            "ו?",
        ),
    ),
    # "ופונה לביט לבטל את שני החיובים", "פותחת בירור בחברת האשראי" (rounds 109 and 113): the
    # charge disputed with whoever took the payment.
    Pattern(
        K.THREAT,
        "chargeback",
        w(
            r"(?:פונה|פונים|אפנה|נפנה)\s+(?:ל|אל\s+|מול\s+)(?:חברת האשראי|חברת כרטיס האשראי|חברת הכרטיס|ביט|"
            r"פייבוקס|בנק|ישראכרט)[^.!?\n]{0,25}?(?:לבטל|ביטול|לבירור|להחזיר)|"
            r"(?:פותח|פותחת|פותחים|אפתח|נפתח)\s+בירור\s+(?:ב|מול\s+)(?:חברת האשראי|חברת כרטיס האשראי|חברת הכרטיס|"
            r"ביט|פייבוקס|בנק|ישראכרט)",
            "ו?",
        ),
    ),
    # "ניפגש אצל רשם המתווכים", "ניפגש בבית המשפט": a meeting only in name.
    Pattern(
        K.THREAT,
        "report",
        w(
            r"ניפגש\s+(?:ב|ב-|אצל\s)?(?:בית המשפט|בית משפט|תביעות קטנות|משפט|רשם|לשכת|בוררות|משטרה)|"
            # "אני מגיש תלונה לרשות שוק ההון" (round 178): a complaint filed with an authority
            r"(?:מגיש|מגישה|מגישים|אגיש|נגיש)\s+(?:נגדך\s+|נגדכם\s+)?תלונה\s+(?:נגדך\s+|נגדכם\s+)?"
            r"(?:ל|ב|אצל\s)(?:רשות|משרד|פיקוח|מפקח|הממונה|לשכת|משטרה|המשטרה)",
            "ו?",
        ),
    ),
    Pattern(
        K.THREAT,
        "review",
        w(
            r"(?:אכתוב|נכתוב|אשאיר|נשאיר|אפרסם|נפרסם|(?:אני|אנחנו)\s+(?:כותב|כותבת|כותבים|משאיר|"
            r"משאירה|משאירים|מפרסם|מפרסמת|מפרסמים))[^.!?\n]{0,15}ביקורת|ביקורת\s+(?:שלילית|רעה|גרועה)|"
            # "ושיהיה ברור שאני כותב על זה בגוגל ובטריפאדוויזר" (round 304's check)
            r"(?:אכתוב|נכתוב|כותב|כותבת|כותבים)\s+(?:על זה\s+|עליכם\s+|עלייך\s+|עליך\s+)?ב(?:גוגל|טריפאדוויזר|פייסבוק|אינסטגרם)|"
            # "אני אדאג שכל האמהות בכיתה ידעו כמה את לוקחת" (round 147)
            r"(?:אדאג|נדאג)\s+ש(?:כל|כולם|כולן)[^.!?\n]{0,30}?(?:ידעו|יידעו|ישמעו)\s+(?:(?:בדיוק\s+)?(?:כמה|איך|מה)\s+(?:את|אתה|אתם)|עלי(?:ך|כם)|למה(?=\s*[.!?\n]|$)|על זה)|"
            r"(?:אספר|נספר)\s+לכולם|(?:אזהיר|נזהיר)\s+(?:את\s+)?(?:כולם|אחרים|חברים)|"
            # "אני מעלה פוסט בקבוצה", "אני מספר לכל הוועד"
            r"(?:אני\s+|אנחנו\s+)?(?:מעלה|מעלים|אעלה|נעלה|מפרסם|מפרסמת|אפרסם|נפרסם)\s+"
            r"[^.!?\n,]{0,25}?(?<!\S)(?:ל|ב)(?:קבוצה|קבוצות|קבוצת)|"
            # "ואני כותבת עלייך בכל קבוצה של ישראלים בפורטוגל" (round 106)
            r"(?:אכתוב|נכתוב|(?:אני|אנחנו)\s+(?:כותב|כותבת|כותבים))\s+(?:עלייך|עליך|עליכם|עליכן)\s+[^.!?\n,]{0,20}?(?<!\S)(?:ב|ל)(?:כל\s+)?(?:קבוצה|קבוצות|קבוצת|פייסבוק|גוגל|אינסטגרם)|"
            r"(?:אני\s+|אנחנו\s+)(?:מספר|מספרת|מספרים)\s+לכל|(?:אספר|נספר)\s+לכל|"
            # "כל הקהילה בבית שמש תשמע איך מתנהגים אצלכם" (round 85)
            r"כל\s+ה(?:קהילה|שכונה|קבוצה|עיר|משפחה|בניין|המושב|הקיבוץ|הישוב|היישוב)[^.!?\n]{0,30}?\s(?:תשמע|ישמעו|תדע|ידעו)"
        ),
    ),
)

LEXICON = (
    LexiconRule(
        "threat",
        "lawyer",
        K.THREAT,
        "lawyer",
        (
            rf"(?:{_THREAT_VERBS}){GAP}{{term}}",
            r"{term}\s+(?:שלי|שלנו)\s+(?:י|ת)\w+",
        ),
        alone=_FIRST_PERSON,
    ),
    LexiconRule("threat", "report", K.THREAT, "report", (rf"(?:{_THREAT_VERBS}){GAP}{{term}}",)),
    LexiconRule(
        "threat",
        "review",
        K.THREAT,
        "review",
        (rf"(?:{_THREAT_VERBS}){GAP}{{term}}",),
        alone=_FIRST_PERSON + r"|ביקורת|כוכב|ידעו",
    ),
    LexiconRule("threat", "chargeback", K.THREAT, "chargeback", alone="."),
    *STANDING_THREATS,
)

# Thanks for the punctuality beside hours late with no word: mocking only with the lateness told
# right after it, which the lexicon's cues (any "שבוע") cannot say (round 246's harmful "תודה
# רבה!"; "תודה על הדיוק במידות" is meant).
SARCASM = (
    Pattern(
        K.SARCASM,
        "praise_complaint",
        r"(?<![\u05d0-\u05ea])תודה(?: רבה| ענקית)?(?: באמת)? על הדיוק(?![\u05d0-\u05ea])"
        r"[^\n]{0,160}?(?:הפך ל|הפכה ל|בלי (?:הודעה|לעדכן|להודיע)|באיחור של|איחרת|איחרתם|"
        r"הגעת ב-?\d|הגעתם ב-?\d)[^.!?\n]*",
    ),
    # "120 דולר על העתק-הדבק, מודל עסקי מעולה" (round 323's en twin)
    Pattern(
        K.SARCASM,
        "praise_complaint",
        # (a clause of its own: not "יש לנו מודל עסקי מצוין ואנחנו צריכים מצגת")
        r"(?:(?<=^)|(?<=[.!?,;:\n])|(?<=[.!?,;:] ))(?:וואו,? |איזה )?מודל עסקי (?:מעולה|מצוין|מצויין|גאוני|מדהים|נהדר|יפה|מושלם)"
        r"(?=\s*(?:[.!?…,]|$|\n|[\u2600-\u27bf\U0001f300-\U0001faff]))",
    ),
    # "וואו תודה שהצטרפת, רק 40 דקות איחור 👏" (round 257's en twin)
    Pattern(
        K.SARCASM,
        "praise_complaint",
        r"(?<![\u05d0-\u05ea])(?:וואו|תודה|כל הכבוד|איזה יופי|מדהים)(?![\u05d0-\u05ea])"
        r"(?:(?!(?:אני|סליחה|סורי|מצטער|מצטערת)(?![\u05d0-\u05ea]))[^\n]){0,80}?"
        r"(?<![\u05d0-\u05ea])רק\s+(?:\d+|שעה|שעתיים|חצי שעה|רבע שעה)\s*(?:דקות|דק׳|שעות)?\s+(?:איחור|באיחור)"
        # (not forgiven: "רק 20 דקות איחור, אין שום בעיה")
        r"(?![^.!?\n]{0,30}(?:אין (?:שום )?בעיה|בסדר|הכל טוב|לא נורא))[^.!?\n]*",
    ),
)

PACK = Pack(
    code="he",
    patterns=(
        *REQUESTS,
        *UNMARKED_QUESTIONS,
        *DEADLINES,
        *MONEY,
        *DELIVERABLES,
        *CHANNELS,
        *REFUSALS,
        *POSTPONES,
        *THREATS,
        *SARCASM,
    ),
    letters=r"[\u05d0-\u05ea]",
    prefix=PRE,
    fold=MappingProxyType(dict(zip("ךםןףץ", "כמנפצ", strict=True))),
    question_words=QUESTION_WORDS,
    question_default="yes_no",
    # "אני רוצה" once a refusal took the rest; "צריך להיות" cut short ("צריך מנוף" names a thing)
    # …and "ככה אני רוצה את זה": the position said again, its object only "זה" (round 131)
    # "…יש כמה דברים שאני צריך שנסגור": a list's lead-in (round 153)
    bare_need=r"ו?(?:אני|אנחנו) \S+|\S+ ל[\u05d0-\u05ea]{2,}|ו?(?:אני|אנחנו) (?:רוצה|רוצים|צריך|צריכה|צריכים) (?:את )?(?:זה|זאת)"
    r"|(?:אני |אנחנו )?(?:צריך|צריכה|צריכים) שנסגור"
    # "מרגישה שאני צריכה יותר": more of something unnamed (round 160: a field answered it)
    r"|(?:אני |אנחנו )?(?:צריך|צריכה|צריכים|רוצה|רוצים) (?:יותר|עוד|פחות)"
    # "אני מבקשת במפורש: מעכשיו כל התקשורת" before "במייל בלבד": the channel, which the refusal
    # says (round 250: the main field quoted it)
    r"|ו?(?:אני|אנחנו) (?:מבקש|מבקשת|מבקשים|רוצה|רוצים)(?: במפורש)?:?(?: (?:מעכשיו|מעתה|מהיום))?(?: שכל| כל)? ה?(?:תקשורת|התכתבות|פניות|עדכונים)",
    softeners="בבקשה|תודה|אחי|אחותי|גם|וגם",
    names_object=r"(?<!\w)את\s+(?!(?:זה|זאת)(?!\w))\S",
    # "תגידי אם אנחנו חייבים ללכת למוסך מסוים": what "tell me" asks, one ask (round 232)
    whether_lead=r"(?:לי |לנו )?ה?אם(?: (?:אנחנו|אני|את|אתה|אתם|זה|הוא|היא|הם))?",
    # "תענה לי גם בשישי-שבת", "תחזרי אליי בערבים": the owner's hours; "עד שישי", "תוך
    # שעתיים" are this reply's own time
    reply_hours=r"(?<![\u05d0-\u05ea])ו?ב(?:שישי[- ]?ו?שבת|שבתות|סופי שבוע|ערבים|לילות|חגים)(?![\u05d0-\u05ea])"
    r"|(?<![\u05d0-\u05ea])גם ב(?:שישי|שבת|סופ[\"״']ש|סוף השבוע|סוף שבוע|מוצ[\"״']ש|מוצאי שבת|ערב|לילה)(?![\u05d0-\u05ea])",
    courtesy=r"ו?אם (?:יש לך זמן|יש לכם זמן|תספיק|תספיקי|תספיקו|אפשר|זה אפשרי|זה לא מסובך|זה לא בעיה|"
    r"נוח לך|נוח לכם|לא קשה לך|לא אכפת לך|לא אכפת לכם)|"
    # "רק תגידי כן או לא": how to answer the ask beside it, nothing of its own (round 245: a
    # field for it beside the ask's own)
    r"ו?(?:רק |פשוט )?(?:תגיד|תגידי|תגידו|תענה|תעני|תענו|תכתוב|תכתבי|תכתבו)(?: לי| לנו)?:? (?:כן או לא|כן/לא)|"
    # "תגידי לי מה דעתך" after the asks: the whole reply answers it (round 310: a field for it)
    r"ו?(?:אז )?(?:תגיד|תגידי|תגידו|תכתוב|תכתבי|תכתבו)(?: לי| לנו)? (?:מה דעתך|מה דעתכם|מה את חושבת|"
    r"מה אתה חושב|מה אתם חושבים)",
    # "כמה דברים שאני רוצה שיהיו ברורים מראש:" (round 124: a field for "רוצה שיהיו ברורים מראש")
    list_lead=r"ש?(?:תעשו|תעשה|תעשי|תטפלו|תטפל|תטפלי)(?: (?:גם )?ב)?|(?:את )?(?:הדברים |השינויים )?(?:הבאים|הבאות)|כדלקמן|"
    # "מבקש לשנות:" over a list of changes (round 164: the first change left out)
    r"(?:לשנות|לתקן|לעדכן|להוסיף|להוריד)(?: (?:את )?(?:הדברים |השינויים |הסעיפים )?(?:הבאים|הבאות))?|"
    # "ואני מבקש כמה דברים:" over a numbered list (round 161: a field for the lead)
    r"(?:כמה|מספר|שני|שתי|שלושה|שלוש|ארבעה|ארבע) (?:דברים|בקשות|שינויים|נקודות)|"
    r"ש(?:יהיו|יהיה|תהיה|יהיו לנו|יהיה לנו) (?:ברורים|ברור|ברורה|ברורות|מוסכמים|מוסכם|סגורים|סגור)(?: (?:מראש|מההתחלה|לפני))?",
    tag_question=r"(?<![\u05d0-\u05ea])(?:נכון|כן|לא|בסדר|ככה|אה)",
    # "לא צריך עוד סקיצה רק | תעשה": the word that leads into the next ask (round 84's fixes)
    trailing_joins="פשוט|רק|(?<!עד )אז|ואז|אבל|וגם|אלא",
    # "…, ומתי אפשר לקבל מפתח?": a question word with the joining ו (not "ויזה")
    question_join=r"ו(?=(?:מתי|כמה|איפה|מה|איך|למה|האם)(?![\u05d0-\u05ea]))",
    # "איפה הכבוד??" cries out, it asks nothing
    # "החלקים הגיעו?", "הרכב מוכן?": a thing asked about, however short (round 86); "הכל טוב?"
    # only opens a chat.
    # …or whether it is urgent ("זה דחוף?", round 134: the question went unanswered)
    short_asked=r"ו?ה(?!כל\b|כול\b|יי\b|לו\b)[\u05d0-\u05ea]{3,}\s+\S|(?:זה |זאת )?(?:דחוף|דחופה|בוער)",
    first_person="אני|אנחנו",
    # "אני יודע שאמרת שהוא צריך עוד 10 שיעורים" (round 96): with its prefix letters too
    reported=r"(?<![\u05d0-\u05ea])(?:ש|כש|ו)?(?:אמרת|אמרתם|כתבת|כתבתם|הבטחת|הבטחתם|טענת|טענתם)\s+ש",
    # "אני לא בטוחה שאנחנו רוצים להמשיך עם המכירה": a hesitation told, no ask (round 177)
    doubted=r"(?<![\u05d0-\u05ea])(?:ו)?לא\s+(?:ממש\s+|בכלל\s+|לגמרי\s+|כל כך\s+)?"
    r"(?:בטוח|בטוחה|בטוחים|בטוחות)",
    contrast=r"(?<![\u05d0-\u05ea])(?:אבל|אך|רק ש)(?![\u05d0-\u05ea])",
    # …or a month guessed at ("(סוף ינואר?)"): when something happened, not a question
    guessed=r"(?<![\u05d0-\u05ea])(?:אולי|כנראה|בערך|נראה לי|נדמה לי|חושב|חושבת|אם אני זוכר|אם אני זוכרת|"
    + "|".join(_MONTHS)
    + r")(?![\u05d0-\u05ea])",
    asked_loud=r"ו?(?:איפה|מתי)(?![\u05d0-\u05ea])(?!\s+(?:ה)?(?:כבוד|מקצועיות|שירות|הגינות|שכל|אחריות|בושה)(?![\u05d0-\u05ea]))",
    verbs=tuple((name, w(rf"{fut}|{imp}" if imp else fut, FUT)) for name, fut, imp in VERBS),
    # "בחנות אחרת, אני מבקש שתתאימו את המחיר": "another" after a feminine noun, no "or else"
    # (round 124: the request after it was dropped as a threat's consequence)
    consequence=(
        r"(?<!\w)(?:או ש(?=\w)|"
        r"(?<!חנות )(?<!דרך )(?<!פעם )(?<!צורה )(?<!שעה )(?<!אפשרות )(?<!חברה )(?<!מישהי )(?<!עבודה )(?<!תקופה )(?<!שיטה )(?<!גרסה )(?<!גירסה )(?<!כתובת )(?<!דירה )(?<!עיר )(?<!קבוצה )(?<!הצעה )(?<!תוכנית )(?<!משפחה )(?<!מסעדה )(?<!טכנאית )(?<!מורה )(?<!ספקית )(?<!אחת )(?<!אפליקציה )(?<!רשת )(?<!מערכת )(?<!תוכנה )(?<!פלטפורמה )(?<!מכונה )(?<!סדנה )(?<!מספרה )(?<!מרפאה )(?<!מעבדה )(?<!קופה )(?<!שנה )(?<!עונה )"
        r"אחרת(?!\w)|ואם לא(?=\s*[,-]))"
    ),
    lexicon_rules=LEXICON,
    sarcasm_cues=(
        r"(?<!\w)ו?שוב\s+(?:פספס|איחר|איחור|שכח|טעי|טעו|לא)\w*|"
        r"(?<!\w)(?:\d+|שלושה|ארבעה|חמישה|שישה)\s+(?:ימים|שבועות|חודשים)(?!\w)|"
        r"(?<!\w)(?:לחכות|חיכיתי|חיכינו|מחכה|מחכים)(?!\w)"
    ),
    # "יעל מהגן אמרה שאתם תותחים": someone else's praise of the owner, right before it (round 101)
    praise_reported=r"(?<![\u05d0-\u05ea])(?:ו|ש)?(?:אמרה|אמר|אמרו|סיפרה|סיפר|סיפרו)\s+(?:לי\s+|לנו\s+)?(?:עליכם\s+|עלייך\s+|עליך\s+)?ש(?:אתם|את|אתה)\s+(?:ממש\s+)?$",
    not_praise_before=r"(?<![א-ת])ו?(?:עם|ב)\s+$",
    waited=r"(?<![א-ת])ו?(?:חיכיתי|חיכינו|המתנתי|המתנו)(?![א-ת])",
    thanks_after=r"תודה",
    sincere=r"מדהים|מושלם|אהבתי|יצא (?:מעולה|מדהים|יפה|מושלם)|מרוצה|מרוצים|שמח|שמחה",
    # "ואפילו הרכיבו לי את המיטה": "even" before more done, not before what was not
    # (a deed of theirs, not "ואפילו בלי התנצלות", "ואפילו ביטלתם", "ואפילו שכחו")
    cue_not_complaint=(
        r"ו?אפילו\s+(?!(?:בלי|אין|אף|שום|לא|פעם|מילה|אחד)(?![\u05d0-\u05ea]))"
        r"(?!שכח|ביטל|איחר|הרס|שבר|לקח|חייב|הפיל|לכלכ|פספס|התעלמ)[\u05d0-\u05ea]+ו(?![\u05d0-\u05ea])"
    ),
)
