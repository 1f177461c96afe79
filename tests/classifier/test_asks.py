"""Reading the ask: each extractor finds its asks in both languages and leaves the near misses.

Every message here is invented for the test. The reply-fit set (``data/external/reply-fit.csv``)
is only run for a smoke test: it is for evaluation, so nothing here is tuned to its sentences.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from classifier import asks as asks_module
from classifier.asks import (
    MAX_CHARS,
    Ask,
    AskKind,
    Asks,
    Pack,
    Pattern,
    about_the_exchange,
    asks_for_hours,
    calendar_date,
    exclaimed,
    hhmm,
    money_value,
    read_asks,
)
from classifier.lang import forget_caches
from classifier.lexicons import language_terms, load_lexicons
from classifier.reply_evaluation import read_cases

K = AskKind
REPLY_FIT = Path(__file__).resolve().parents[2] / "data" / "external" / "reply-fit.csv"

# (language, message, kind, subtype, the client's words quoted, value)
FOUND: list[tuple[str, str, AskKind, str, str, str | None]] = [
    # requests: imperatives in every gender and number, prefixes, wants, polite forms
    ("he", "תשלח לי את הלוגו החדש", K.REQUEST, "imperative", "תשלח לי את הלוגו החדש", "send"),
    ("he", "תשלחי בבקשה את ההדמיה", K.REQUEST, "imperative", "תשלחי בבקשה את ההדמיה", "send"),
    ("he", "שלחו לנו את המחירון", K.REQUEST, "imperative", "שלחו לנו את המחירון", "send"),
    ("he", "ותתקני את הכותרת למעלה", K.REQUEST, "imperative", "ותתקני את הכותרת למעלה", "fix"),
    ("he", "תשלחחח כבר את התמונות", K.REQUEST, "imperative", "תשלחחח כבר את התמונות", "send"),
    ("he", "אני רוצה שתוסיף עמוד צור קשר", K.REQUEST, "need", "אני רוצה שתוסיף עמוד צור קשר", "add"),
    ("he", "אפשר לקבל את המצגת עד הערב?", K.REQUEST, "can_you", "אפשר לקבל את המצגת עד הערב", None),
    ("he", "תוכלי להזיז את התמונה שמאלה?", K.REQUEST, "can_you", "תוכלי להזיז את התמונה שמאלה", None),
    ("he", "יאללה, מתחילים", K.REQUEST, "go_ahead", "יאללה, מתחילים", "start"),
    ("he", "אל תשלח עדיין את הגרסה ללקוח", K.REQUEST, "dont", "אל תשלח עדיין את הגרסה ללקוח", "send"),
    ("he", "אחי, שלח לי את המספרים", K.REQUEST, "imperative", "שלח לי את המספרים", "send"),
    ("he", "ואל תשכחי את הטפסים", K.REQUEST, "dont", "ואל תשכחי את הטפסים", "remember"),
    ("he", "רק תגדילי את הכותרת", K.REQUEST, "imperative", "תגדילי את הכותרת", "resize"),
    ("en", "Could we try a warmer red?", K.REQUEST, "can_you", "Could we try a warmer red", "try"),
    ("en", "Don't forget the parking permit", K.REQUEST, "dont", "Don't forget the parking permit", "remember"),
    ("he", "תתקן את הטעות ותעדכן אותי", K.REQUEST, "imperative", "תתקן את הטעות", "fix"),
    ("he", "תתקן את הטעות ותעדכן אותי", K.REQUEST, "imperative", "ותעדכן אותי", "update"),
    ("en", "Send me the menu draft.", K.REQUEST, "imperative", "Send me the menu draft", "send"),
    ("en", "Hi Tom, please fix the footer", K.REQUEST, "imperative", "please fix the footer", "fix"),
    ("en", "Could you move the photo shoot to the afternoon?", K.REQUEST, "can_you", "Could you move the photo shoot to the afternoon", "move"),
    ("en", "I need the signed forms back", K.REQUEST, "need", "I need the signed forms back", None),
    ("en", "We'd like a lighter blue on the cards", K.REQUEST, "need", "We'd like a lighter blue on the cards", None),
    ("en", "ok, let me know when it's live", K.REQUEST, "imperative", "ok, let me know when it's live", "tell"),
    ("en", "Don't publish the post yet", K.REQUEST, "dont", "Don't publish the post yet", "publish"),
    ("en", "Let's go with the second layout", K.REQUEST, "lets", "Let's go with the second layout", "use"),
    # questions
    ("he", "מתי הצילומים?", K.QUESTION, "when", "מתי הצילומים?", None),
    ("he", "היי, כמה עולה עוד עמוד נחיתה?", K.QUESTION, "how_much", "כמה עולה עוד עמוד נחיתה?", None),
    ("he", "למה הכפתור עדיין אדום??", K.QUESTION, "why", "למה הכפתור עדיין אדום??", None),
    ("he", "מה עם ההזמנה של הכיסאות?", K.QUESTION, "what", "מה עם ההזמנה של הכיסאות?", None),
    ("he", "אנחנו עדיין על שבוע הבא?", K.QUESTION, "yes_no", "אנחנו עדיין על שבוע הבא?", None),
    ("he", "איך מתקדמים מכאן?", K.QUESTION, "open", "איך מתקדמים מכאן?", None),
    ("en", "When can you start?", K.QUESTION, "when", "When can you start?", None),
    ("en", "How much for two extra pages?", K.QUESTION, "how_much", "How much for two extra pages?", None),
    ("en", "Why is the header purple?!", K.QUESTION, "why", "Why is the header purple?!", None),
    ("en", "Thanks. Is the venue still free on the 9th?", K.QUESTION, "yes_no", "Is the venue still free on the 9th?", None),
    ("en", "Small thing - are the chairs included?", K.QUESTION, "yes_no", "Small thing - are the chairs included?", None),
    ("en", "Hey, which font did you use?", K.QUESTION, "what", "which font did you use?", None),
    # deadlines: times, dates, relative tokens, urgency
    ("he", "עד מחר ב-9 בבקשה", K.DEADLINE, "relative", "עד מחר", "tomorrow"),
    ("he", "עד מחר ב-9 בבקשה", K.DEADLINE, "time", "ב-9", "09:00"),
    ("he", "נדבר מחר ב-5", K.DEADLINE, "time", "ב-5", "17:00"),
    ("he", "נפגש בשעה 8 בערב", K.DEADLINE, "time", "בשעה 8 בערב", "20:00"),
    ("he", "הלוח צריך להיות מוכן עד 14:30", K.DEADLINE, "time", "עד 14:30", "14:30"),
    ("he", "ביום ראשון הבא אני בארץ", K.DEADLINE, "relative", "ביום ראשון הבא", "next sunday"),
    ("he", "צריך את זה עד חמישי", K.DEADLINE, "relative", "עד חמישי", "thursday"),
    ("he", "אפשר לסיים בסופ״ש?", K.DEADLINE, "weekend", "בסופ״ש", "weekend"),
    ("he", "שיהיה מוכן עד סוף השבוע", K.DEADLINE, "weekend", "עד סוף השבוע", "end-of-week"),
    ("he", "חייב את זה לפני החגים", K.DEADLINE, "before_holidays", "לפני החגים", "holidays"),
    ("he", "האירוע ב-10 בדצמבר 2026", K.DEADLINE, "date", "ב-10 בדצמבר 2026", "2026-12-10"),
    ("he", "הדדליין שלנו עד ה-20 לחודש", K.DEADLINE, "date", "עד ה-20 לחודש", "---20"),
    ("he", "המסירה ב-3.4", K.DEADLINE, "date", "ב-3.4", "--04-03"),
    ("he", "זה דחוףףף", K.DEADLINE, "asap", "דחוףףף", "asap"),
    ("he", "תחזרי אליי בהקדם האפשרי", K.DEADLINE, "asap", "בהקדם האפשרי", "asap"),
    ("he", "תשלח עד סוף היום", K.DEADLINE, "eod", "עד סוף היום", "eod"),
    ("he", "נסגור את זה בעוד שבועיים", K.DEADLINE, "relative", "בעוד שבועיים", "in-2-weeks"),
    ("he", "תוך 3 ימים זה אצלי", K.DEADLINE, "relative", "תוך 3 ימים", "within-3-days"),
    ("he", "ואני צריך את זה כבר היום", K.DEADLINE, "relative", "כבר היום", "today"),
    ("en", "I need it by EOD", K.DEADLINE, "eod", "by EOD", "eod"),
    ("en", "Can we do next Tuesday?", K.DEADLINE, "relative", "next Tuesday", "next tuesday"),
    ("en", "Please confirm by Friday", K.DEADLINE, "relative", "by Friday", "friday"),
    ("en", "Delivery tomorrow at 9am works", K.DEADLINE, "time", "at 9am", "09:00"),
    ("en", "The shoot is on March 3rd, 2027", K.DEADLINE, "date", "on March 3rd, 2027", "2027-03-03"),
    ("en", "Send it before the holidays", K.DEADLINE, "before_holidays", "before the holidays", "holidays"),
    ("en", "We need it asap!!", K.DEADLINE, "asap", "asap", "asap"),
    ("en", "the cake has to be ready by noon", K.DEADLINE, "time", "by noon", "12:00"),
    ("en", "Let's aim for the end of the week", K.DEADLINE, "weekend", "the end of the week", "end-of-week"),
    ("en", "can it be done within two weeks", K.DEADLINE, "relative", "within two weeks", "within-2-weeks"),
    ("en", "the opening moved to the 14th", K.DEADLINE, "date", "to the 14th", "---14"),
    # money
    ("he", "המחיר שסיכמנו היה ₪1,200", K.MONEY, "amount", "₪1,200", "1200 ILS"),
    ("he", "זה 3,500 ש״ח כולל מע״מ?", K.MONEY, "amount", "3,500 ש״ח", "3500 ILS"),
    ("he", "שילמתי 5 אלף שקל מקדמה", K.MONEY, "amount", "5 אלף שקל", "5000 ILS"),
    ("he", "אני רוצה את המקדמה בחזרה", K.MONEY, "refund", "המקדמה בחזרה", None),
    ("he", "תחזירו לי את הכסף", K.MONEY, "refund", "תחזירו לי את הכסף", None),
    ("he", "אפשר 15% הנחה?", K.MONEY, "discount", "15% הנחה", "15%"),
    ("he", "תעשה לי מחיר חבר", K.MONEY, "discount", "מחיר חבר", None),
    ("he", "את הבאנר הנוסף תעשה בחינם, נכון?", K.MONEY, "free", "בחינם", None),
    ("he", "תוסיף עוד שני עמודים באותו מחיר", K.MONEY, "same_price", "באותו מחיר", None),
    ("en", "The invoice says $2,450", K.MONEY, "amount", "$2,450", "2450 USD"),
    ("en", "our budget is 40k NIS", K.MONEY, "amount", "40k NIS", "40000 ILS"),
    ("en", "How much is 1,200 with VAT?", K.MONEY, "amount", "1,200", "1200"),
    ("en", "I expect a refund for the missing hours", K.MONEY, "refund", "refund", None),
    ("en", "can you give me 10% off", K.MONEY, "discount", "10% off", "10%"),
    ("en", "The extra slide should be free of charge", K.MONEY, "free", "free of charge", None),
    ("en", "Add the FAQ page for the same price", K.MONEY, "same_price", "for the same price", None),
    # deliverables
    ("he", "איפה הקבצים הפתוחים?", K.DELIVERABLE, "files", "הקבצים", None),
    ("he", "תשלחי גרסה עם רקע לבן", K.DELIVERABLE, "version", "גרסה", None),
    ("he", "אני צריך קבצים בPDF", K.DELIVERABLE, "format", "PDF", "pdf"),
    ("he", "תעביר את זה בוורד", K.DELIVERABLE, "format", "בוורד", "docx"),
    ("he", "זה כבר סבב תיקונים שלישי", K.DELIVERABLE, "revision", "סבב תיקונים", None),
    ("he", "כבר כשאתה בזה, תעשה גם פלאייר", K.DELIVERABLE, "extra_item", "כבר כשאתה בזה", None),
    ("he", "אפשר חשבונית מס על הסכום?", K.DELIVERABLE, "invoice", "חשבונית מס", "invoice"),
    ("he", "מחכה להצעת מחיר מסודרת", K.DELIVERABLE, "quote", "להצעת מחיר", None),
    ("en", "Please send the source files", K.DELIVERABLE, "files", "files", None),
    ("en", "I liked the second draft more", K.DELIVERABLE, "version", "draft", None),
    ("en", "need the logo as SVG and PNG", K.DELIVERABLE, "format", "SVG", "svg"),
    ("en", "one more round of edits and we're done", K.DELIVERABLE, "revision", "one more round of edits", None),
    ("en", "While you're at it, add a banner", K.DELIVERABLE, "extra_item", "While you're at it", None),
    ("en", "we also need a landing page for the sale", K.DELIVERABLE, "extra_item", "also need", None),
    ("en", "Please resend the invoice", K.DELIVERABLE, "invoice", "invoice", "invoice"),
    ("en", "Waiting for your quote", K.DELIVERABLE, "quote", "quote", None),
    # channel
    ("he", "תתקשרי אליי כשאת פנויה", K.CHANNEL, "call", "תתקשרי אליי", "call"),
    ("he", "בוא נדבר בטלפון", K.CHANNEL, "call", "בוא נדבר בטלפון", "call"),
    ("he", "תשלח לי את זה במייל", K.CHANNEL, "email", "תשלח לי את זה במייל", "email"),
    ("he", "תכתבי לי בוואטסאפ", K.CHANNEL, "whatsapp", "תכתבי לי בוואטסאפ", "whatsapp"),
    ("he", "בואי ניפגש במשרד ביום שלישי", K.CHANNEL, "meeting", "בואי ניפגש", "meeting"),
    ("he", "עדיף שנעשה את זה בזום", K.CHANNEL, "zoom", "בזום", "zoom"),
    ("en", "Give me a call when you land", K.CHANNEL, "call", "Give me a call", "call"),
    ("en", "Send the plan by email, thanks", K.CHANNEL, "email", "by email", "email"),
    ("en", "text me on WhatsApp", K.CHANNEL, "whatsapp", "on WhatsApp", "whatsapp"),
    ("en", "Can we meet on Sunday?", K.CHANNEL, "meeting", "Can we meet", "meeting"),
    ("en", "a Zoom at 4 would be easier", K.CHANNEL, "zoom", "Zoom", "zoom"),
    # refusals
    ("he", "אל תתקשר אליי, אני בעבודה", K.REFUSAL, "no_call", "אל תתקשר אליי", None),
    ("he", "אני לא עונה לטלפון בשעות העבודה", K.REFUSAL, "no_call", "אני לא עונה לטלפון", None),
    ("he", "בלי סליחות הפעם", K.REFUSAL, "no_apologies", "בלי סליחות", None),
    ("he", "לא מעניינים אותי יותר תירוצים", K.REFUSAL, "no_excuses", "לא מעניינים אותי יותר תירוצים", None),
    ("he", "אין צורך בפגישה, הכל ברור", K.REFUSAL, "no_meeting", "אין צורך בפגישה", None),
    ("he", "מעכשיו רק במייל", K.REFUSAL, "only_email", "רק במייל", "email"),
    ("he", "תפסיק לשלוח לי הודעות", K.REFUSAL, "no_more_messages", "תפסיק לשלוח לי הודעות", None),
    ("he", "תענה בקצרה, בלי חפירות", K.REFUSAL, "no_explanations", "בלי חפירות", None),
    ("en", "Please don't call me during work", K.REFUSAL, "no_call", "Please don't call me", None),
    ("en", "Spare me the apologies", K.REFUSAL, "no_apologies", "Spare me the apologies", None),
    ("en", "No more excuses.", K.REFUSAL, "no_excuses", "No more excuses", None),
    ("en", "We don't need another meeting", K.REFUSAL, "no_meeting", "We don't need another meeting", None),
    ("en", "Email only from now on", K.REFUSAL, "only_email", "Email only", "email"),
    ("en", "Stop texting me at night", K.REFUSAL, "no_more_messages", "Stop texting me", None),
    ("en", "just the date, no long explanations", K.REFUSAL, "no_explanations", "no long explanations", None),
    # postponing
    ("he", "בואו נקפיא את זה לחודש", K.POSTPONE, "pause", "נקפיא", None),
    ("he", "אחזור אלייך כשיירגע פה", K.POSTPONE, "later", "אחזור אלייך", "returns"),
    ("he", "נמשיך אחרי פסח", K.POSTPONE, "after_holidays", "אחרי פסח", "pesach"),
    ("he", "עוד לא החלטנו על הצבעים", K.POSTPONE, "no_answer_yet", "עוד לא החלטנו", None),
    ("en", "Let's put the app on hold", K.POSTPONE, "pause", "on hold", None),
    ("en", "I'll get back to you next month", K.POSTPONE, "later", "I'll get back to you", "returns"),
    ("en", "we can continue after the holidays", K.POSTPONE, "after_holidays", "after the holidays", "holidays"),
    ("en", "Haven't decided on the venue yet", K.POSTPONE, "no_answer_yet", "Haven't decided", None),
    # threats
    ("he", "אני פונה לעורך דין", K.THREAT, "lawyer", "פונה לעורך דין", None),
    ("he", "נתראה בתביעות קטנות", K.THREAT, "lawyer", "נתראה בתביעות קטנות", None),
    ("he", "אני אכתוב ביקורת בגוגל על כל זה", K.THREAT, "review", "אכתוב ביקורת בגוגל", None),
    ("he", "עוד יום ואני מבטלת את ההזמנה", K.THREAT, "cancel", "ואני מבטלת את ההזמנה", None),
    ("he", "אני עובר לספק אחר", K.THREAT, "leave", "עובר לספק אחר", None),
    ("he", "אני מגיש תלונה בהגנת הצרכן", K.THREAT, "report", "מגיש תלונה בהגנת הצרכן", None),
    ("he", "עד שזה לא מתוקן לא אשלם", K.THREAT, "withhold", "לא אשלם", None),
    ("en", "You'll hear from my lawyer", K.THREAT, "lawyer", "hear from my lawyer", None),
    ("en", "I'm leaving a one star review", K.THREAT, "review", "one star", None),
    ("en", "I will file a chargeback", K.THREAT, "chargeback", "I will file a chargeback", None),
    ("en", "or we're disputing the payment", K.THREAT, "chargeback", "disputing the payment", None),
    ("he", "ומחר אני מפרסם את זה בכל הקבוצות", K.THREAT, "review", "מפרסם את זה בכל הקבוצות", None),
    ("en", "Fix it or I'll cancel", K.THREAT, "cancel", "or I'll cancel", None),
    ("en", "I'll find someone else", K.THREAT, "leave", "find someone else", None),
    ("en", "I'm reporting this to the BBB", K.THREAT, "report", "reporting this to the BBB", None),
    ("en", "We are not paying for this", K.THREAT, "withhold", "We are not paying", None),
    # an ultimatum's condition is its demand
    ("he", "אם הארון לא מתוקן עד שישי, אני פונה לעורך דין", K.REQUEST, "condition", "אם הארון לא מתוקן עד שישי", None),
    ("he", "ואם עד מחר אין הזמנה של טכנאי אני כותב ביקורת בגוגל", K.REQUEST, "condition", "ואם עד מחר אין הזמנה של טכנאי", None),
    ("he", "או שהמדפים אצלי עד ראשון או שאני מבטל", K.REQUEST, "condition", "המדפים אצלי עד ראשון", None),
    ("he", "אתה מחליף את הדלת השבוע או שאני מביא נגר אחר", K.REQUEST, "condition", "אתה מחליף את הדלת השבוע", None),
    ("en", "If the gate isn't painted by Sunday, I'm cancelling the contract", K.REQUEST, "condition", "If the gate isn't painted by Sunday", None),
    ("en", "Posting a 1-star review unless someone explains the extra fee", K.REQUEST, "condition", "unless someone explains the extra fee", None),
    # a price asked without a question mark, a request put as "if you can"
    ("he", "ותזכירי לי כמה זה יוצא לפעם", K.QUESTION, "how_much", "כמה זה יוצא לפעם", None),
    ("en", "can we add Fridays and how much would that be", K.QUESTION, "how_much", "how much would that be", None),
    ("he", "אם את יכולה לרדת ל-32 אנחנו סוגרים", K.REQUEST, "can_you", "אם את יכולה לרדת ל-32 אנחנו סוגרים", None),
    ("en", "If you can match that we're good to go", K.REQUEST, "can_you", "If you can match that we're good to go", "lower"),
    # a checklist's item, a chat's need with no "I", a question put as a doubt or a check
    ("en", "Changes:\n1. Remove the banner\n2. Mobile number on every page, large", K.REQUEST, "item", "Mobile number on every page, large", None),
    ("en", "great work. also need it there by 11 instead of 12:30", K.REQUEST, "need", "also need it there by 11 instead of 12:30", None),
    ("he", "אפשר לחזור? ולא זוכרת כמה נשארו לי בחבילה", K.QUESTION, "open", "ולא זוכרת כמה נשארו לי בחבילה", None),
    ("he", "רציתי לוודא שהצעת המחיר עדיין בתוקף. תודה", K.QUESTION, "yes_no", "רציתי לוודא שהצעת המחיר עדיין בתוקף", None),
    ("en", "I wanted to check whether the quote still stands", K.QUESTION, "yes_no", "I wanted to check whether the quote still stands", None),
    ("he", "תור מחר ב-9 ואם אפשר גם שעווה באותו תור", K.REQUEST, "can_you", "ואם אפשר גם שעווה באותו תור", None),
    # round 27: an either-or demand, "take it off the invoice", a meeting at a registrar, ending the engagement
    ("en", "Or you come today and make it work, or you give back my 450.", K.REQUEST, "either", "come today and make it work", "come"),
    ("en", "I'm not paying for Sunday, take it off this month's invoice.", K.REQUEST, "imperative", "take it off this month's invoice", "remove"),
    ("he", "תבטלי את החשבונית, ואם לא – ניפגש אצל רשם המתווכים", K.THREAT, "report", "ניפגש אצל רשם", None),
    ("he", "אם לא, אנחנו מסיימים את ההתקשרות בסוף החודש", K.THREAT, "leave", "מסיימים את ההתקשרות", None),
    ("en", "So what you fixed?? The AC blows only wind.", K.QUESTION, "rhetorical", "So what you fixed??", None),
    # round 29: an order after an emoji, "could they", a checklist item that starts with a number
    ("mixed", "סבבה, looks perfect 👌 print 200 on the matte paper", K.REQUEST, "imperative", "print 200 on the matte paper", "print"),
    ("en", "Can we book the same team? And could they do the oven this time", K.REQUEST, "can_you", "could they do the oven this time", "do"),
    ("en", "Extras:\n* 6 hours instead of 4 (we can stay till 1am)\n* Uplighting around the floor", K.REQUEST, "item", "6 hours instead of 4 (we can stay till 1am)", None),
    # round 30: a want that names its deadline first, a payment put on hold
    ("en", "I want, in writing, by Sunday: an itemised breakdown of the charges.", K.REQUEST, "need", "I want, in writing, by Sunday: an itemised breakdown of the charges", None),
    ("en", "Until then the final payment is on hold.", K.THREAT, "withhold", "the final payment is on hold", None),
    # an apology refused by quoting it
    ("he", "אל תשלחי לי עוד ״מצטערת על העיכוב״, נמאס", K.REFUSAL, "no_apologies", "אל תשלחי לי עוד ״מצטערת", None),
    ("en", "Don't send me another \"sorry for the inconvenience\" text.", K.REFUSAL, "no_apologies", "Don't send me another \"sorry", None),
    ("en", "I do not require a further apology; I have had three.", K.REFUSAL, "no_apologies", "I do not require a further apology", None),
    ("en", "I have received three apologies from you. I do not require a fourth.", K.REFUSAL, "no_apologies", "apologies from you. I do not require a fourth", None),
    # a question asked to be heard, not answered
    ("he", "על מה אני משלם לכם כל חודש??", K.QUESTION, "rhetorical", "על מה אני משלם לכם כל חודש??", None),
    ("en", "So what exactly did I pay you for?", K.QUESTION, "rhetorical", "So what exactly did I pay you for?", None),
    # a position stated as settled
    ("he", "לא צריך ריצוף מתחת לארון, תתחיל מהקיר", K.REQUEST, "stance", "לא צריך ריצוף מתחת לארון", None),
    ("he", "הצבע נשאר כמו שבחרתי, בלי דוגמאות נוספות", K.REQUEST, "stance", "הצבע נשאר כמו שבחרתי, בלי דוגמאות נוספות", None),
    ("en", "No need to prime the wall, the old paint is fine", K.REQUEST, "stance", "No need to prime the wall, the old paint is fine", None),
    ("en", "Also we don't need the drone shots", K.REQUEST, "stance", "Also we don't need the drone shots", None),
    ("en", "forget the mockups, just print it", K.REQUEST, "imperative", "just print it", "print"),
    # threats written out as what the client will do
    ("he", "אני מזמינה מתקין אחר ומקזזת לך מהתשלום", K.THREAT, "leave", "אני מזמינה מתקין אחר", None),
    ("he", "אני מזמינה מתקין אחר ומקזזת לך מהתשלום", K.THREAT, "withhold", "ומקזזת", None),
    ("he", "מחר אני מעלה פוסט בקבוצה של השכונה", K.THREAT, "review", "אני מעלה פוסט בקבוצה", None),
    ("he", "אם זה לא מתוקן היום אני כותב ביקורת בכל מקום", K.THREAT, "review", "אני כותב ביקורת", None),
    ("he", "אני מפרסמת בקבוצת הכלות מה קרה", K.THREAT, "review", "אני מפרסמת בקבוצת", None),
    ("en", "Do you understand how much I lost?", K.QUESTION, "rhetorical", "Do you understand how much I lost?", None),
    ("en", "Leaving a one-star review tonight", K.THREAT, "review", "Leaving a one-star review", None),
    ("en", "I'm posting this in the neighborhood group.", K.THREAT, "review", "I'm posting this in the neighborhood group", None),
    ("en", "I'll be deducting it from your invoice", K.THREAT, "withhold", "I'll be deducting", None),
    # Round 31: a demand, an apology refused with ב, a story posted, a demand an "or" makes an ultimatum
    ("he", "אני דורשת פיצוי של 1,800 ₪", K.REQUEST, "need", "אני דורשת פיצוי של 1,800 ₪", None),
    ("he", "אין צורך בהתנצלויות, רק בתשובה", K.REFUSAL, "no_apologies", "אין צורך בהתנצלויות", None),
    ("he", "ואין צורך בעוד התנצלויות בטלפון", K.REFUSAL, "no_apologies", "ואין צורך בעוד התנצלויות", None),
    ("he", "אני לא מעוניינת בעוד הסברים על זה", K.REFUSAL, "no_excuses", "לא מעוניינת בעוד הסברים", None),
    ("he", "איננו מעוניינים בשיחת טלפון", K.REFUSAL, "no_call", "איננו מעוניינים בשיחת טלפון", None),
    ("he", "ותעבדי לפי הדפים שאני שולחת לך", K.REQUEST, "imperative", "ותעבדי לפי הדפים שאני שולחת לך", "work"),
    ("en", "do it properly or the whole story goes on google", K.THREAT, "review", "story goes on google", None),
    ("en", "you come back today and fix it or the story goes on facebook", K.REQUEST, "condition", "you come back today and fix it", "come"),
    # Round 32: what a withholding waits for, a correction put as a fact, an unmarked question,
    # "take it down", a demand with a colon, a sum cried out is no question
    ("he", "אני לא משלמת את ה-400 עד שזה לא מתוקן כמו שצריך ושלא תחשוב לחייב", K.REQUEST, "condition", "עד שזה לא מתוקן כמו שצריך", None),
    ("en", "I'm not releasing the last milestone until I get a full explanation in writing", K.REQUEST, "condition", "until I get a full explanation in writing", None),
    ("en", "I'm not releasing the last milestone until I get it", K.THREAT, "withhold", "I'm not releasing the last milestone", None),
    ("en", "one tiny thing: Yael's surname in the lower third is Levi not Levy. otherwise ship it", K.REQUEST, "correction", "Yael's surname in the lower third is Levi not Levy", "fix"),
    ("en", "can you match? and do u have anything saturday night", K.QUESTION, "yes_no", "and do u have anything saturday night", None),
    ("en", "Take it down. Now.", K.REQUEST, "imperative", "Take it down", "remove"),
    ("en", "Until I receive a full breakdown, I will not be paying the second installment", K.THREAT, "withhold", "I will not be paying", None),
    ("en", "and I will be sharing this with the other parents in the class group", K.THREAT, "review", "sharing this with the other parents", None),
    ("en", "Either you're here Thursday at 8 as promised or I'm hiring someone else", K.REQUEST, "either", "you're here Thursday at 8 as promised", None),
    ("he", "תעתיקי את מבנה הדשבורד של מאנדיי", K.REQUEST, "imperative", "תעתיקי את מבנה הדשבורד של מאנדיי", "copy"),
    ("he", "יש לי תינוקת בבית. אתה חייב לבוא היום", K.REQUEST, "need", "אתה חייב לבוא היום", None),
    ("he", "אני מצפה לזיכוי על היום הזה עד מחר בצהריים", K.REQUEST, "need", "אני מצפה לזיכוי על היום הזה עד מחר בצהריים", None),
    # Round 66: a chat's question without its "?", a wish put as what would help, the price
    # agreed kept.
    ("en", "deposit by Bit? and do you bring the boxes or should we buy", K.QUESTION, "yes_no", "and do you bring the boxes or should we buy", None),
    ("he", "מושלם! ומתי אפשר לאסוף ביום שישי", K.QUESTION, "when", "ומתי אפשר לאסוף ביום שישי", None),
    ("en", "Also it would really help if Daniel could WhatsApp you his questions", K.REQUEST, "need", "it would really help if Daniel could WhatsApp you his questions", None),
    ("en", "Same price we agreed (3,800) obviously", K.MONEY, "same_price", "Same price we agreed", None),
    ("en", "a ripoff and I'm posting about it in the Modiin Anglos group unless you take it off", K.THREAT, "review", "I'm posting about it in the Modiin Anglos group", None),
    ("he", "אני לא משלם אותה עד שאת לא מסבירה מה קרה שם", K.REQUEST, "condition", "עד שאת לא מסבירה מה קרה שם", None),
    # Round 67: "ואם אפשר" opening a sentence, before a time or after a comma; a rate kept.
    ("he", "תעשה 4 אלף עגול. ואם אפשר בשישי שבת כי בשבוע אני בעבודה", K.REQUEST, "can_you", "ואם אפשר בשישי שבת כי בשבוע אני בעבודה", None),
    ("he", "ואם אפשר, את ה-40% האחרונים נעביר אחרי החתונה", K.REQUEST, "can_you", "ואם אפשר, את ה-40% האחרונים נעביר אחרי החתונה", None),
    ("en", "can u also do my personal stuff? same hourly rate ya.", K.MONEY, "same_price", "same hourly rate", None),
    ("en", "If this is not fixed by Friday I will dispute the last payment with my bank", K.THREAT, "chargeback", "dispute the last payment", None),
    ("en", "fix it NOW or I'm calling someone else and you can forget about the invoice", K.THREAT, "withhold", "you can forget about the invoice", None),
    ("he", "אני משלם לך ריטיינר של 1,500 ש\"ח בחודש בשביל מה בדיוק??", K.QUESTION, "rhetorical", "אני משלם לך ריטיינר של 1,500 ש\"ח בחודש בשביל מה בדיוק??", None),
    # Round 69: the same price per head, the same price "like we said"
    ("en", "so 95 total. same price per head pls, we're regulars", K.MONEY, "same_price", "same price per head", None),
    ("en", "all in one day? same price like we said 2,400 shekel?", K.MONEY, "same_price", "same price like we said", None),
    ("en", "from now on I want all communication in writing, no more calls", K.REFUSAL, "only_email", "all communication in writing", "writing"),
    # Round 70: a price assumed kept, in three ways, and a round lower sum offered
    ("en", "I assume all of this is within the 9,500 ₪ we agreed, as we've already paid.", K.MONEY, "same_price", "within the 9,500 ₪ we agreed", None),
    ("en", "can u do daily posts + reels? same 2,500 obv, were a small business", K.MONEY, "same_price", "same 2,500", None),
    ("en", "also the piano lol. price stays 3,900 right", K.MONEY, "same_price", "price stays", None),
    # Round 107: a rate kept per word, a monthly sum kept, a retainer kept.
    ("en", "38 slides, should be quick right? same per-word rate as last time pls", K.MONEY, "same_price", "same per-word rate as last time", None),
    ("en", "and send action items same night. same $900/mo obviously, its just 2 calls", K.MONEY, "same_price", "same $900/mo", None),
    ("he", "לגבי המחיר – נשאיר את אותו ריטיינר של 2,000 ₪, כי רוב הזמן הכל עובד", K.MONEY, "same_price", "נשאיר את אותו ריטיינר", None),
    # Round 112's harmful reply: an ultimatum with an aside in brackets, a deposit disputed, a
    # review posted in every group, none read.
    ("en", "If the full gallery (you promised 600+ edited images) isn't in my inbox by Friday, I'm disputing the deposit", K.REQUEST, "condition", "If the full gallery (you promised 600+ edited images) isn't in my inbox by Friday", None),
    ("en", "I'm disputing the ₪4,500 deposit with my credit card company", K.THREAT, "chargeback", "disputing the ₪4,500 deposit", None),
    ("en", "and posting a review in every Anglo group in Modiin", K.THREAT, "review", "posting a review in every Anglo group", None),
    # Round 113: a post "על זה" in the village's Facebook group, a charge disputed with Bit or the
    # card company.
    ("he", "אם עד מחר ה-165 לא חוזר אני פונה לביט לבטל את שני החיובים", K.THREAT, "chargeback", "פונה לביט לבטל", None),
    ("he", "אם עד מחר זה לא בחשבון אני פותחת בירור בחברת האשראי", K.THREAT, "chargeback", "פותחת בירור בחברת האשראי", None),
    # Round 121's harmful reply: a groomed dog cut and bleeding: the vet bill put on the owner, the
    # fee refused, a Google review already being written.
    ("en", "im taking her to the vet NOW and you are paying for it", K.MONEY, "refund", "taking her to the vet NOW and you are paying for it", None),
    ("en", "dont even think about charging me the 280 for today", K.MONEY, "free", "dont even think about charging me", None),
    ("en", "dont even think about charging me the 280. already writing the google review", K.THREAT, "review", "writing the google review", None),
    # Round 113: a date that ends its sentence ("עד 5.9.") is still a date.
    ("he", "כדי להספיק לראש השנה אני צריך את הלוגו והכמות הסופית עד 5.9.", K.DEADLINE, "date", "עד 5.9", "--09-05"),
    # "Come on Tuesday" still asks the owner to come; a Hebrew bank is read after ל.
    ("en", "Come on tues and fix the sink please", K.REQUEST, "imperative", "Come on tues and fix the sink please", "come"),
    ("he", "אם עד מחר זה לא מסודר אני פונה לבנק לבטל את העסקה", K.THREAT, "chargeback", "פונה לבנק לבטל", None),
    # Round 112: what the owner did, claimed before it is claimed, is refused.
    ("he", "אם לא, אני הולך למועצה לצרכנות. ואל תגיד לי שהתקשרת, אין לי שום שיחה שלא נענתה", K.REFUSAL, "no_excuses", "ואל תגיד לי שהתקשרת", None),
    # "Come on Monday" still asks the owner to come.
    ("en", "the sink is leaking again, come on Monday morning please", K.REQUEST, "imperative", "come on Monday morning please", "come"),  # guard: held before its fix too
    # Round 111: a lower sum offered to close the deal.
    ("en", "and tbh ₪8,000 for basically filling forms is steep, do 5 and we're good", K.MONEY, "discount", "do 5 and we're good", None),
    # Round 110: a package's price kept, "אותו מחיר" asked on its own.
    ("en", "I need 10 more variations by tomorrow. same package price right, its just variations", K.MONEY, "same_price", "same package price", None),
    ("he", "מחר תעשי גם את החלונות בסלון? אותו מחיר כמו תמיד נכון, 4 שעות זה מספיק לך", K.MONEY, "same_price", "אותו מחיר", None),
    # Round 108: a refund demanded if a fix does not come makes the fix an ultimatum's condition.
    ("he", "המספרים בטבלה 3 לא מסתדרים. אם זה לא מתוקן עד יום ראשון אני דורשת החזר מלא", K.REQUEST, "condition", "אם זה לא מתוקן עד יום ראשון", None),
    ("en", "the numbers in table 3 are wrong. if it's not fixed by Sunday I want a full refund", K.REQUEST, "condition", "if it's not fixed by Sunday", None),
    # Round 108: what was said or sent before, refused again.
    ("he", "ואל תגידי לי שוב שהתלתלים יקפצו, גזרתי ככה פעם", K.REFUSAL, "no_excuses", "ואל תגידי לי שוב שהתלתלים", None),
    ("he", "אם עד מחר הכסף לא חוזר אני פונה למועצה. ואל תשלחו לי שוב את התקנון", K.REFUSAL, "no_excuses", "ואל תשלחו לי שוב את התקנון", None),
    ("en", "short, no layers. and don't tell me again that the curls will bounce", K.REFUSAL, "no_excuses", "don't tell me again", None),
    ("en", "refund the 390 by tomorrow and don't send me the terms again", K.REFUSAL, "no_excuses", "don't send me the terms again", None),
    ("he", "ותסיימו עד שישי. אם זה 7,000 עגול סוגרים עכשיו", K.MONEY, "discount", "7,000 עגול", None),
    # Rounds 71 and 72: a price assumed kept, in more ways
    ("en", "I'm assuming this is all within the original £3,200 since it's the same footage", K.MONEY, "same_price", "within the original £3,200", None),
    ("en", "I don't see why this should cost extra, it's all the same file really", K.MONEY, "same_price", "why this should cost extra", None),
    ("en", "I assume all of this fits in the 6,500 quote.", K.MONEY, "same_price", "fits in the 6,500 quote", None),
    ("en", "Surely this is included in what we agreed.", K.MONEY, "same_price", "included in what we agreed", None),
    ("he", "אני מניחה שמחיר היחידה (₪68) נשאר אותו דבר, נכון?", K.MONEY, "same_price", "שמחיר היחידה (₪68) נשאר אותו דבר", None),
    ("he", "זה אותו ביקור אז זה לא אמור לעלות עוד", K.MONEY, "same_price", "לא אמור לעלות עוד", None),
    # Round 73: more of the same, a price put forward, a question without its mark, calls refused
    ("en", "I assume this all fits inside the $6,500 we signed, since it's the same project.", K.MONEY, "same_price", "fits inside the $6,500 we signed", None),
    ("en", "I assume the current ₪3,200/month covers all of this.", K.MONEY, "same_price", "3,200/month covers all of this", None),
    ("en", "deep clean tomorrow, 350 like last time", K.MONEY, "same_price", "350 like last time", None),
    ("he", "תעשי ניקיון יסודי מחר כולל התנור 350 כמו בפעם הקודמת", K.MONEY, "same_price", "350 כמו בפעם הקודמת", None),
    ("he", "חשבתי על 1,000 ₪ לכל ה-9, זו עבודה מרוכזת.", K.MONEY, "discount", "חשבתי על 1,000 ₪", None),
    ("en", "I was thinking $1,000 for all nine units", K.MONEY, "discount", "I was thinking $1,000", None),
    ("en", "can we pick it back up after sukkot? also did u ever get the photos from my sister", K.QUESTION, "yes_no", "also did u ever get the photos from my sister", None),
    ("en", "dont call me again. 3 calls this week", K.REFUSAL, "no_call", "dont call me", None),
    ("en", "Please do not propose a call; I prefer everything in writing.", K.REFUSAL, "no_call", "do not propose a call", None),
    # Round 75: calls refused as a Zoom, writing asked as "everything goes by email", an outburst
    # at what is paid for
    ("en", 'I am not getting on another Zoom. Every time we "hop on a quick call" nothing happens.', K.REFUSAL, "no_call", "I am not getting on another Zoom", None),
    ("en", "so from now on everything goes by email.", K.REFUSAL, "only_email", "everything goes by email", "email"),
    ("en", "So what exactly are we paying ₪70 a walk for?? Not paying this week.", K.QUESTION, "rhetorical", "So what exactly are we paying ₪70 a walk for??", None),
    ("he", "ותוסיף גם אנדרואיד. ובלי לחייב על זה עוד, זו אותה אפליקציה", K.MONEY, "same_price", "ובלי לחייב על זה עוד", None),
    # Round 76: payment held back, money asked back and threats in more words
    ("en", "Im not paying for fat and air.", K.THREAT, "withhold", "Im not paying", None),
    ("en", "I'm not transferring the remaining ₪3,500 until this is fixed", K.THREAT, "withhold", "I'm not transferring the remaining", None),
    ("en", "Credit me the difference today or I move the account to the guy in Talpiot", K.MONEY, "refund", "Credit me the difference", None),
    ("en", "Credit me the difference today or I move the account to the guy in Talpiot", K.THREAT, "leave", "move the account to the guy in", None),
    ("en", "one more excuse and I'm posting the photos in the Beit Shemesh Facebook group.", K.THREAT, "review", "I'm posting the photos in the Beit Shemesh Facebook group", None),
    ("he", "אין מצב שאני משלמת את היתרה של 2,400 ₪.", K.THREAT, "withhold", "אין מצב שאני משלמת", None),
    ("he", "תבוא לסדר את זה השבוע אחרת אני עוצר את הצ'ק האחרון", K.THREAT, "withhold", "עוצר את הצ'ק", None),
    ("en", "I read it on Reddit, pls dont argue, just file it that way", K.REFUSAL, "no_excuses", "dont argue", None),
    # Round 77: a payment capped at what was agreed, a deduction announced
    ("en", "I never authorized any of that. I will pay the 1,100 we agreed on and not one shekel more.", K.THREAT, "withhold", "and not one shekel more", None),
    ("en", "He wants a partial refund and thats coming off your invoice mate", K.THREAT, "withhold", "thats coming off your invoice", None),
    # Round 78: a loss billed back is a claim, and the demand before it an ultimatum's condition
    ("he", "אתם מחליפים היום או שאני מוריד את זה ושולח לכם חשבון על כל הלקוחות שהפסדתי", K.THREAT, "lawyer", "ושולח לכם חשבון על", None),
    ("he", "אתם מחליפים היום או שאני מוריד את זה ושולח לכם חשבון על כל הלקוחות שהפסדתי", K.REQUEST, "condition", "אתם מחליפים היום", None),
    ("he", "אתם נורמלים??? הזמנתי שלט עם 054", K.QUESTION, "rhetorical", "אתם נורמלים???", None),
    # Round 80: outcries a fix answers, excuses and stock lines refused in more words
    ("he", "איך דבר כזה קורה אחרי ששילמנו 3,200 שח?? ואל תגידי שאישרנו סקיצה", K.QUESTION, "rhetorical", "איך דבר כזה קורה אחרי ששילמנו 3,200 שח??", None),
    ("he", "איך דבר כזה קורה אחרי ששילמנו 3,200 שח?? ואל תגידי שאישרנו סקיצה", K.REFUSAL, "no_excuses", "ואל תגידי שאישרנו", None),
    ("he", "הרסת לי מכנסיים. מה אתה מתכוון לעשות עם זה?? ואל תגיד לי שמדדתי ככה", K.QUESTION, "rhetorical", "מה אתה מתכוון לעשות עם זה??", None),
    ("he", "שילמתי לך 1,800 על הלוח חשמל. אל תשלח לי שוב 'אני בודק'", K.REFUSAL, "no_excuses", "אל תשלח לי שוב 'אני בודק'", None),
    ("en", "I want them back tomorrow or my money back, and don't tell me it's dust from the air", K.REFUSAL, "no_excuses", "don't tell me it's", None),
    # a sorry, and an objection, quoted before they are made (round 136: fields answered both)
    ("he", 'אל תתחילו עם "אנחנו מצטערים" ו"זה קורה עם עץ". הגיטרה שווה 14,000 ₪', K.REFUSAL, "no_apologies", 'אל תתחילו עם "אנחנו מצטערים', None),
    ("he", 'ואל תתחילי עם "זה קורה עם עץ", אני רוצה תיקון', K.REFUSAL, "no_excuses", "ואל תתחילי עם", None),
    # Round 139: a story refused before it is told; the fridge laid on its side is asked for.
    ("he", "ואל תספר לי סיפורים על השמן במדחס זה מיתוס", K.REFUSAL, "no_excuses", "ואל תספר לי סיפורים", None),
    ("he", "את המקרר תשכיבו על הצד ככה הוא נכנס למעלית", K.REQUEST, "imperative", "תשכיבו על הצד ככה הוא נכנס למעלית", "move"),
    # Round 140: how it felt and a jab are no questions to answer; a sorry refused "again".
    ("he", "את יודעת כמה מביך זה היה מול כל המשפחה??", K.QUESTION, "rhetorical", "את יודעת כמה מביך זה היה מול כל המשפחה??", None),
    ("he", "ועל העוגה כתוב נועם!!! אתם לא מסוגלים לקרוא הודעה?", K.QUESTION, "rhetorical", "אתם לא מסוגלים לקרוא הודעה?", None),
    ("he", "ואל תכתבו לי שוב סליחה, נמאס מהסליחות", K.REFUSAL, "no_apologies", "ואל תכתבו לי שוב סליחה", None),
    ("he", "ואל תכתבו לי שוב סליחה, נמאס מהסליחות", K.REFUSAL, "no_apologies", "נמאס מהסליחות", None),
    # Round 140: a thing asked "if possible", a slot booked with its letters drawn out, a post in
    # a group whose town has an apostrophe.
    ("he", "כמה זה?? ואם אפשר משלוח לרמת החייל", K.REQUEST, "can_you", "ואם אפשר משלוח לרמת החייל", None),
    ("he", "ונזמין שוב לישיבת צוות של החודש הבא, תשריייני לנו 😊", K.REQUEST, "imperative", "תשריייני לנו 😊", "book"),
    ("en", "I'm posting this in every Ra'anana moms group today unless you explain what went into that cake", K.THREAT, "review", "I'm posting this in every Ra'anana moms group", None),
    # Round 141: a correction put as a fact; a sorry refused with "just".
    ("he", "רק דבר קטן: בעמוד צור קשר מופיע 03-6123456 במקום 03-6123465.", K.REQUEST, "error_stated", "מופיע 03-6123456 במקום 03-6123465", "fix"),
    ("en", "Please don't just apologise again - I want an answer.", K.REFUSAL, "no_apologies", "don't just apologise", None),
    # Round 149: a title's dot ends no sentence.
    ("en", "Also request you to kindly file the return of my brother-in-law Mr. Rakesh Gupta along with mine.", K.REQUEST, "please", "kindly file the return of my brother-in-law Mr. Rakesh Gupta along with mine", "submit"),
    # …nor does the dot of any of the English pack's dotted words (one list, the pack's).
    ("en", "Please forward the signed lease to my lawyer Ms. Dana Levi before Thursday.", K.REQUEST, "imperative", "Please forward the signed lease to my lawyer Ms. Dana Levi before Thursday", "send"),
    # Rounds 146-147: the whole class told, a jab at what the owner knows, an outcry with "??".
    ("he", "אם זה המחיר אני אדאג שכל האמהות בכיתה ידעו כמה את לוקחת על ילדות", K.THREAT, "review", "אדאג שכל האמהות בכיתה ידעו כמה את", None),
    ("he", "המזגן מטפטף על המרפסת של השכן!!! אתם בכלל יודעים מה זה צינור ניקוז?? אני רוצה מישהו פה היום", K.QUESTION, "rhetorical", "אתם בכלל יודעים מה זה צינור ניקוז??", None),
    ("he", "את חושבת שבגלל שהיא בת 85 ולא רואה טוב אפשר לעשות מה שבא לך??", K.QUESTION, "rhetorical", "את חושבת שבגלל שהיא בת 85 ולא רואה טוב אפשר לעשות מה שבא לך??", None),
    # Round 142: a price cried out and experience boasted are no questions; a talk put off is a
    # call asked; "do the needful and…" opens what is asked.
    ("en", "4 days no sales, you know how much that cost me?? fix it now", K.QUESTION, "rhetorical", "you know how much that cost me??", None),
    ("en", "Listen, I've been selling on Amazon since 2015, okay? Just the grammar.", K.QUESTION, "rhetorical", "I've been selling on Amazon since 2015, okay?", None),
    ("he", "תקשיב, אני מוכר באמזון מ-2015, אוקיי? רק תתקן דקדוק", K.QUESTION, "rhetorical", "אני מוכר באמזון מ-2015, אוקיי?", None),
    ("he", "ובחמישי שיעור כפול? ואם יש מחיר חייל זה יעזור כי המשכורת שלנו בדיחה", K.MONEY, "discount", "מחיר חייל", None),
    # Rounds 143-144: a claim quoted before it is made, a screenshot, a copied message, a sorry
    # quoted "again" and stock empathy refused; a fee wanted back.
    ("en", 'I want the original back tonight. and dont tell me it "reads better"', K.REFUSAL, "no_excuses", 'dont tell me it "', None),
    ("en", "not paying the $780 balance until you explain. and dont send me another screenshot of your 'process'", K.REFUSAL, "no_excuses", "dont send me another screenshot", None),
    ("he", "אני מגישה תביעה קטנה. ואל תשלחו לי שוב את אותה הודעה מועתקת.", K.REFUSAL, "no_excuses", "ואל תשלחו לי שוב את אותה הודעה", None),
    ("he", 'אני רוצה חצי מהכסף בחזרה ואל תכתבי לי שוב "מצטערים על אי הנעימות" כי נמאס לי', K.REFUSAL, "no_apologies", 'ואל תכתבי לי שוב "מצטערים', None),
    ("he", 'ואל תשלחו לי עוד פעם את הנציגה שלכם עם "אני מבינה אותך"', K.REFUSAL, "no_apologies", 'ואל תשלחו לי עוד פעם את הנציגה שלכם עם "אני מבינה', None),
    ("en", 'and dont send me your rep again with "I understand your frustration"', K.REFUSAL, "no_apologies", 'dont send me your rep again with "I understand', None),
    ("he", "אני רוצה את כל העמלה בחזרה עד מחר", K.MONEY, "refund", "העמלה בחזרה", None),
    ("en", "legal still hasnt signed off so pls hold off on the app strings. maybe next week maybe after. will ping u", K.POSTPONE, "later", "will ping u", "returns"),
    ("he", "בחשבונית רשום 1,800 ₪ במקום 1,500 ₪", K.REQUEST, "error_stated", "רשום 1,800 ₪ במקום 1,500 ₪", "fix"),
    ("he", "היי, האתר לא עובד. תתקני איך שנראה לך, העיקר שיעבוד עד מחר", K.REQUEST, "imperative", "תתקני איך שנראה לך, העיקר שיעבוד עד מחר", "fix"),
    ("en", "Yes don't change anything else please", K.REQUEST, "dont", "don't change anything else please", "change"),
    ("en", "I was charged twice, please reverse the charge today", K.MONEY, "refund", "reverse the charge", None),  # guard: held before its fix too
    # Round 155: a withholding till the client sees a fix; an excuse quoted before it is made.
    ("he", "אני לא מעבירה את התשלום של יום חמישי עד שאני לא רואה פתרון", K.REQUEST, "condition", "עד שאני לא רואה פתרון", None),
    ("he", "ואל תגידי לי ״פקקים״ זה לא מעניין אותי", K.REFUSAL, "no_excuses", "ואל תגידי לי ״פקקים״", None),
    ("en", "As discussed, kindly do the needful and share all 40 renders by EOD Thursday.", K.REQUEST, "please", "kindly do the needful and share all 40 renders by EOD Thursday", "do"),
    ("he", "לא נראה לי שזה צריך לעלות כסף, זה רק שעה", K.MONEY, "same_price", "לא נראה לי שזה צריך לעלות כסף", None),
    # Round 68: a lower price put as the fair one
    ("en", "we should be getting a better per-episode rate. Thinking $180 instead of $250.", K.MONEY, "discount", "better per-episode rate", None),
    ("en", "I think Rs 3,000 per article is fair instead of the $120 we paid earlier.", K.MONEY, "discount", "is fair instead of", None),
    # Round 66: "what is needed" inside an ask does not cut it short ("תשלח לי מה").
    ("he", "תשלח לי מה צריך לחתום ונתחיל", K.REQUEST, "imperative", "תשלח לי מה צריך לחתום ונתחיל", "send"),
    ("he", "אני יודעת בדיוק מה אני רוצה: קו דק, 2 ס״מ", K.REQUEST, "need", "אני רוצה: קו דק, 2 ס״מ", None),
    ("en", 'I saw it on Pinterest, it works, don\'t start with "it won\'t hold"', K.REFUSAL, "no_excuses", "don't start with", None),
    # Rounds 158-159: how not to answer refused, not asked; a trade's own orders found.
    ("he", "אין צורך לשכנע אותי אחרת, פשוט תעדכן את ההצעה", K.REFUSAL, "no_excuses", "אין צורך לשכנע אותי", "convince"),
    ("he", "אל תשלחו לי הודעה מנומסת, תחזירו כסף", K.REFUSAL, "no_apologies", "אל תשלחו לי הודעה מנומסת", None),
    ("en", "no need to argue just do it pls", K.REFUSAL, "no_excuses", "no need to argue", "convince"),
    ("en", "Please don't explain again why not, just do it like the picture.", K.REFUSAL, "no_excuses", "don't explain again", None),
    ("en", "SITE IS DOWN. this is what i pay 450 a month for?? fix it NOW", K.QUESTION, "rhetorical", "this is what i pay 450 a month for??", None),
    ("he", "וגם בלי ציפוי רודיום, זה מיותר לגמרי.", K.REQUEST, "stance", "וגם בלי ציפוי רודיום, זה מיותר לגמרי", None),
    ("he", "אני כבר החלטתי, אז פשוט תעדכני את המחיר.", K.REQUEST, "imperative", "תעדכני את המחיר", "update"),
    ("he", "אל תעשי אותה פתוחה, תלחימי אותה סגורה", K.REQUEST, "imperative", "תלחימי אותה סגורה", None),
    ("en", "Load the heavy stuff last so it comes out first", K.REQUEST, "imperative", "Load the heavy stuff last so it comes out first", "trade"),
    ("en", "your line spacing is too tight, go to 1.5", K.REQUEST, "imperative", "go to 1.5", "change"),
    ("en", "make the buttons red. and kill the cookie banner its ugly", K.REQUEST, "imperative", "and kill the cookie banner its ugly", "remove"),
    # Rounds 160-161: a stock line refused by quoting it, a refusal said "again", rhetorical
    # "do whatever you want" questions.
    ("en", "don't send me the \"we value your feedback\" crap. I want a full refund", K.REFUSAL, "no_excuses", "don't send me the \"we value your feedback\"", None),
    ("he", "ואל תכתבו לי שוב שזה \"מדיניות\" 😡", K.REFUSAL, "no_excuses", "ואל תכתבו לי שוב שזה", None),
    ("he", "אתם באמת חושבים שאפשר לעשות מה שבא לכם עם הכסף של אנשים?", K.QUESTION, "rhetorical", "אתם באמת חושבים שאפשר לעשות מה שבא לכם עם הכסף של אנשים?", None),
    ("en", "Do you really think you can do whatever you want with our deposit?", K.QUESTION, "rhetorical", "Do you really think you can do whatever you want with our deposit?", None),
    ("en", "I want ₪2,800 back by June 30", K.REQUEST, "need", "I want ₪2,800 back by June 30", None),  # guard: held before its fix too
    ("he", "אני לא משלם עד שזה מתוקן", K.THREAT, "withhold", "לא משלם", None),  # guard: held before its fix too
    # Round 164: a fee kept as agreed, a fee assumed to cover more, a dash for a bullet.
    ("he", "והעמלה נשארת חצי חודש כמו שסיכמנו, לא חודש מלא.", K.MONEY, "same_price", "והעמלה נשארת חצי חודש כמו שסיכמנו", None),
    ("he", "אני מניח שזה נכנס בשכר הטרחה שסיכמנו, הרי זו אותה עסקה.", K.MONEY, "same_price", "נכנס בשכר הטרחה", None),
    ("he", "מבקש לשנות:\n– להוריד את כל סעיף הנאמנות\n– את סעיף הפיצוי המוסכם תורידי", K.REQUEST, "item", "להוריד את כל סעיף הנאמנות", None),  # guard: held before its fix too
    # …and variants they missed.
    ("he", "קיבלתי את העיצוב. אני לא משלם בשביל עבודה חובבנית כזאת.", K.THREAT, "withhold", "לא משלם", None),
    ("he", "ורק תלטשי את הטבעת", K.REQUEST, "imperative", "תלטשי את הטבעת", None),
    ("he", "ועמלת התיווך נשארת כמו שסיכמנו", K.MONEY, "same_price", "ועמלת התיווך נשארת כמו שסיכמנו", None),
    ("he", "היי, החלטתי שהלוגו נשאר כחול. אין צורך לנסות לשכנע אותי.", K.REFUSAL, "no_excuses", "אין צורך לנסות לשכנע אותי", "convince"),
    ("en", "Hi Dana, I need #3 and #5 reprinted on matte paper.", K.REQUEST, "need", "I need #3 and #5 reprinted on matte paper", None),
    ("en", "That's what I pay you for??", K.QUESTION, "rhetorical", "That's what I pay you for??", None),
    ("en", "don't give me the 'we value your feedback' crap.", K.REFUSAL, "no_excuses", "don't give me the 'we value your feedback'", None),
    # Round 177: a need with no doubt before it, and a figure in brackets asked back.
    ("en", "My brother and I want to go ahead with selling the flat in Petah Tikva.", K.REQUEST, "need", "I want to go ahead with selling the flat in Petah Tikva", "start"),  # guard: held before its fix too
    ("he", "ואם צריך להעביר את יתרת התשלום (3,000 ₪ נכון?) תגידי", K.QUESTION, "yes_no", "ואם צריך להעביר את יתרת התשלום (3,000 ₪ נכון?", None),  # guard: held before its fix too
    ("en", "Last time was ages ago (March maybe?) - any slots next week?", K.QUESTION, "open", "any slots next week?", None),
    # Round 178: a complaint filed with an authority, leaving, not a shekel more.
    ("he", "אם עד מחר לא מגיע שמאי אני מגיש תלונה לרשות שוק ההון", K.THREAT, "report", "מגיש תלונה לרשות", None),
    ("he", "אני מגישה תלונה במשטרה", K.THREAT, "report", "מגישה תלונה במשטרה", None),  # guard: held before its fix too
    ("he", "ועוזב אותך עם כל הפוליסות", K.THREAT, "leave", "ועוזב אותך", None),
    ("he", "אני הולך לבנק לבד ואתה לא רואה ממני שקל", K.THREAT, "withhold", "לא רואה ממני שקל", None),
    ("en", "I want a valid letter by tomorrow morning or I'm moving to another agency", K.THREAT, "leave", "I'm moving to another agency", None),
    # Round 191: the small hours at night, and two more threats.
    ("he", "השותף מביא חברים עד 3 בלילה", K.DEADLINE, "time", "עד 3 בלילה", "03:00"),
    ("he", "נפגש ב-11 בלילה", K.DEADLINE, "time", "ב-11 בלילה", "23:00"),  # guard: held before its fix too
    ("he", "או שאנחנו מפסיקים לשלם ודניאל יוצא מהדירה", K.THREAT, "withhold", "מפסיקים לשלם", None),
    ("he", "ואני אדאג שכל ההורים בקהילה ידעו בדיוק איך אתה מתנהל", K.THREAT, "review", "אדאג שכל ההורים בקהילה ידעו בדיוק איך אתה", None),
    # A fresh-eyes review of this session's fixes: near misses that still ask.
    ("en", "I'm not sure what went wrong but I need the invoice fixed by Friday", K.REQUEST, "need", "I need the invoice fixed by Friday", None),
    ("he", "אני לא בטוח מה קרה אבל אני צריך את הדוח עד יום שישי", K.REQUEST, "need", "אני צריך את הדוח עד יום שישי", None),
    ("he", "שלחתי את החשבונית (כולל מע״מ?)", K.QUESTION, "yes_no", "שלחתי את החשבונית (כולל מע״מ?", None),
    ("en", "I sent the files (got them?)", K.QUESTION, "open", "I sent the files (got them?", None),
    ("en", "I want it fixed or we're switching to a different provider", K.THREAT, "leave", "we're switching to a different provider", None),
    # Round 192: a council's legal adviser and its open orders stopped are an ultimatum's threats.
    ("he", "אנחנו מעבירים את זה ליועץ המשפטי של הרשות", K.THREAT, "lawyer", "מעבירים את זה ליועץ המשפטי", None),
    ("he", "ומפסיקים את כל ההזמנות הפתוחות אצלכם", K.THREAT, "leave", "ומפסיקים את כל ההזמנות הפתוחות אצלכם", None),
    ("he", "אם זה ממשיך ככה נפסיק לעבוד איתכם", K.THREAT, "leave", "נפסיק לעבוד איתכם", None),
    ("en", "or we stop all open orders with you", K.THREAT, "leave", "or we stop all open orders with you", None),
    ("en", "we're taking this to the council's legal department", K.THREAT, "lawyer", "taking this to the council's legal department", None),
    # Round 201: two more ways to leave.
    ("en", "im done being nice about it, either you eat the cost or we're finished", K.THREAT, "leave", "or we're finished", None),
    ("en", "If the cases are not filed by Friday I will terminate the agreement", K.THREAT, "leave", "I will terminate the agreement", None),
    # Rounds 200 and 202: excuses and emoji refused before they are sent; who is not to do it.
    ("en", "and dont tell me ur busy with the holidays again", K.REFUSAL, "no_excuses", "dont tell me ur busy", None),
    ("en", "I'd appreciate it if you didn't send me the usual \"protocol\" explanation.", K.REFUSAL, "no_excuses", "I'd appreciate it if you didn't send me the usual \"protocol\" explanation", None),
    ("he", "אל תשלח לי עכשיו לב ואימוג'י של ידיים", K.REFUSAL, "no_excuses", "אל תשלח לי עכשיו לב", None),
    ("en", "Also, I do not want a fellow doing the biopsy.", K.REQUEST, "dont", "I do not want a fellow doing the biopsy", "do"),
    # Round 204: a month's end or middle as a deadline.
    ("he", "את האישור מרופאת הילדים עד סוף יולי", K.DEADLINE, "relative", "עד סוף יולי", "july"),
    ("he", "צריך את זה לפני אמצע אוגוסט", K.DEADLINE, "relative", "לפני אמצע אוגוסט", "august"),
    ("en", "I'd love to launch by the end of March", K.DEADLINE, "relative", "by the end of March", "march"),
    ("en", "we need the docs before mid-August", K.DEADLINE, "relative", "before mid-August", "august"),
    # Rounds 206 and 208: the letter of an either-or past a title's full stop; the business's
    # manager asked for; a jab dressed as a choice.
    ("en", "Either the letter is in Adv. Golan's inbox by Sunday, or you refund the full 1,200.", K.REQUEST, "either", "the letter is in Adv. Golan's inbox by Sunday", None),
    ("he", "אני רוצה לדבר עם המנהל שלך ולא איתך", K.REQUEST, "need", "אני רוצה לדבר עם המנהל שלך ולא איתך", None),
    ("he", "אתם חברת סיעוד או חברת תירוצים?", K.QUESTION, "rhetorical", "אתם חברת סיעוד או חברת תירוצים?", None),
    # …and the variants they missed.
    ("en", "either the May calendar is in my inbox by tmrw or we're done and I'm disputing April", K.THREAT, "leave", "or we're done", None),
    ("en", "I don't want a pergola in the yard, period.", K.REQUEST, "dont", "I don't want a pergola in the yard, period", None),
    ("en", "Fix it or I'm done with your company.", K.THREAT, "leave", "or I'm done with your company", None),
    ("en", "Either your technician is here by 8, or I cancel", K.REQUEST, "either", "your technician is here by 8", None),
    ("en", "I need it by the end of May", K.DEADLINE, "relative", "by the end of May", "may"),
    ("en", "Please process my reimbursement request for the cancelled class.", K.MONEY, "refund", "reimbursement", None),
    ("he", "אני מעביר את זה ליועמ״ש", K.THREAT, "lawyer", "מעביר את זה ליועמ״ש", None),
    ("he", "את השאר עד סוף חודש יולי", K.DEADLINE, "relative", "עד סוף חודש יולי", "july"),
    # Round 213: the same retainer is the same price.
    ("en", "can u also set up gusto payroll?? same retainer right 😅", K.MONEY, "same_price", "same retainer", None),
    ("en", "is that within the same retainer?", K.MONEY, "same_price", "within the same retainer", None),
    ("en", "same retainer as before?", K.MONEY, "same_price", "same retainer as before", None),
    ("en", "same retainer we agreed obviously", K.MONEY, "same_price", "same retainer we agreed", None),
    # Round 218: a time written with its leading zero is a 24-hour clock's.
    ("he", "2. שעה נוספת עד 01:30 – שמענו שזה 4,500 ₪.", K.DEADLINE, "time", "עד 01:30", "01:30"),
    ("he", "אפשר לסיים עד 5:30?", K.DEADLINE, "time", "עד 5:30", "17:30"),  # guard: held before its fix too
    # Round 221: a lawyer after "otherwise" opening a clause, a sentence after the demand.
    ("he", "אני רוצה את הכיסאות בחזרה עד יום שני. אחרת הפנייה הבאה שלי תהיה דרך עורך הדין.", K.THREAT, "lawyer", "אחרת הפנייה הבאה שלי תהיה דרך עורך הדין", None),
    # A title's dot in a Hebrew message ends no sentence either (the review of round 221's change).
    ("he", "תשלח בבקשה את הדוח אל Dr. Cohen עד יום חמישי", K.REQUEST, "imperative", "תשלח בבקשה את הדוח אל Dr. Cohen עד יום חמישי", "send"),
    # Round 232: what "tell me" asks is one ask with it, not a request of its own.
    ("he", "רק תגידי אם אנחנו חייבים ללכת למוסך מסוים או שזה לא משנה", K.REQUEST, "imperative", "תגידי אם אנחנו חייבים ללכת למוסך מסוים", "tell"),
    ("en", "just tell me if we need to go to a specific garage or not", K.REQUEST, "imperative", "just tell me if we need to go to a specific garage or not", "tell"),  # guard: held before its fix too
    # Round 231: a lawyer given the file and the story written on Google are threats.
    ("en", "If I don't have the album by Friday, I give the file to our lawyer and I write the whole story on Google.", K.THREAT, "lawyer", "give the file to our lawyer", None),
    ("en", "If I don't have the album by Friday, I give the file to our lawyer and I write the whole story on Google.", K.THREAT, "review", "I write the whole story on Google", None),
    # Round 238: payment stopped on an invoice is held back, whatever else it threatens.
    ("en", "I am instructing our bookkeeper to stop payment on your $3,800 invoice.", K.THREAT, "withhold", "stop payment on your $3,800 invoice", None),
    # …and what was paid last time is still asked ("אתה יודע כמה שילמנו…?").
    ("he", "אתה יודע כמה שילמנו בפעם הקודמת? אני רוצה אותו דבר", K.QUESTION, "how_much", "אתה יודע כמה שילמנו בפעם הקודמת?", None),
    # Round 240: a formal sorry quoted and refused ("אנו מתנצלים").
    ("he", 'ואל תשלחו לי עוד פעם "אנו מתנצלים על העיכוב" אוטומטי', K.REFUSAL, "no_apologies", 'ואל תשלחו לי עוד פעם "אנו מתנצלים', None),
    # Round 244: a checklist line is asked by its first sentence though a reason follows it
    # (two of four demands had no field).
    ("he", "ההערות שלנו:\n- בריכה רק בבוקר, 9:00-10:30. בצהריים זה מסוכן ומעייף.\n- לבטל את זמן המסכים של 12:00. אין מצב.", K.REQUEST, "item", "בריכה רק בבוקר, 9:00-10:30", None),
    ("en", "A few things:\n- The 45 min shuttle buffer is excessive. Flights land on time.\n- Drop the shade tents.", K.REQUEST, "item", "The 45 min shuttle buffer is excessive", None),
    # Round 244: "what's so hard…?" is an outcry, a weekday written short is a deadline.
    ("he", "אתם אחראים על ילדים בני 7 באוגוסט בישראל, מה כל כך קשה לדאוג שהם ישתו?", K.QUESTION, "rhetorical", "מה כל כך קשה לדאוג שהם ישתו?", None),
    ("en", "It was 38 degrees. How hard is it to make sure they drink water?", K.QUESTION, "rhetorical", "How hard is it to make sure they drink water?", None),
    ("en", "Revised version by Wed 9th please.", K.DEADLINE, "relative", "by Wed", "wednesday"),
    ("en", "same time next tues 16:30?", K.DEADLINE, "relative", "next tues", "next tuesday"),
    # Round 245: a mind made up refuses being talked round, and says so in the value.
    ("he", "ואל תנסי לשכנע אותי שוב, רק תגידי כן או לא", K.REFUSAL, "no_excuses", "ואל תנסי לשכנע אותי", "convince"),
    ("en", "just bring the dry foam. Don't try to convince me otherwise 🙂", K.REFUSAL, "no_excuses", "Don't try to convince me", "convince"),
    # Round 246: "don't bother calling" refuses calls.
    ("en", "Don't bother calling me, just text a time.", K.REFUSAL, "no_call", "Don't bother calling me", None),
    # Round 250: "no lectures" refuses the explanation a field would invite.
    ("he", "תעשה כמו שאני אומר ונגמור עם זה, בלי הרצאות", K.REFUSAL, "no_explanations", "בלי הרצאות", None),
    ("en", "just wire it my way, no lectures", K.REFUSAL, "no_explanations", "no lectures", None),
    # The session's review: a checklist item stays asked beside an outcry or an ask joined on
    # as another.
    ("en", "List:\n- Pool only in the morning, 9:00-10:30. How hard is it to understand that?\n- x", K.REQUEST, "item", "Pool only in the morning, 9:00-10:30", None),
    ("en", "List:\n- Logo bigger in the header. Also please send me the PNG.\n- x", K.REQUEST, "item", "Logo bigger in the header", None),
    # Round 254: "don't start explaining" refuses the explanation a field would invite.
    ("he", "תעדכן את התוכנית בהתאם ואל תתחיל להסביר לי על פליטות", K.REFUSAL, "no_explanations", "ואל תתחיל להסביר", None),
    ("en", "don't start explaining EMC to me, just update the plan", K.REFUSAL, "no_excuses", "don't start explaining", None),
    # The second review: "Draft 3 posts" is an order to write, not a draft angle.
    ("en", "Draft 3 LinkedIn posts for the launch by Thursday please", K.REQUEST, "imperative", "Draft 3 LinkedIn posts for the launch by Thursday please", "write"),
    # Round 259: "in the next hour" is a time; "the next weeks" are a few.
    ("en", "Please confirm in the next hour.", K.DEADLINE, "relative", "in the next hour", "in-1-hour"),
    ("en", "we can pick it up again in the next weeks", K.DEADLINE, "relative", "in the next weeks", "in-few-weeks"),
    ("en", "send both files within the next 2 days", K.DEADLINE, "relative", "within the next 2 days", "within-2-days"),
    # Round 261: the sorry refused through the mail that carries it.
    ("he", 'ואל תשלח לי עוד הודעה של "אנחנו מצטערים על העיכוב". תסדר את זה', K.REFUSAL, "no_apologies", 'ואל תשלח לי עוד הודעה של "אנחנו מצטערים', None),
    # Round 267: the sorry refused as what to start with.
    ("en", "Refund the deposit. And don't start with the sorry-for-the-delay speech, I've heard it twice.", K.REFUSAL, "no_apologies", "don't start with the sorry", None),
    # Round 268: an explanation refused before it is given; a sorry refused as a template.
    ("he", "ככה תעשו את הסרטון. אל תסביר לי על עריכה, אני יודע מה עובד", K.REFUSAL, "no_explanations", "אל תסביר לי על", None),
    ("en", "Don't send me an apology template. Send me the corrected file.", K.REFUSAL, "no_apologies", "Don't send me an apology", None),
    # Round 269: a lesson refused is an explanation refused.
    ("he", "אני לא צריכה שיעור בכימיה, תעשי צבע ביום רביעי", K.REFUSAL, "no_explanations", "אני לא צריכה שיעור", None),
    # …and "like the next week" is no count of weeks.
    ("en", "I would like the next week to think it over", K.DEADLINE, "relative", "next week", "next-week"),
    # Round 279: "no explanation interests me" refuses the explanation; the money for some
    # lessons wanted back is a refund; the time spent thrown back is an outcry.
    ("he", "אני רוצה את הכסף בחזרה, לא מעניין אותי שום הסבר", K.REFUSAL, "no_excuses", "לא מעניין אותי שום הסבר", None),
    ("he", "אני רוצה את הכסף של 4 השיעורים האחרונים בחזרה וזהו", K.MONEY, "refund", "הכסף של 4 השיעורים האחרונים בחזרה", None),
    ("he", "10 שיעורים והיא לא קוראת. מה בדיוק עשיתן שם שעה? ציירתן?", K.QUESTION, "rhetorical", "מה בדיוק עשיתן שם שעה?", None),
    ("en", "She still can't read. What exactly did you do for an hour? Draw?", K.QUESTION, "rhetorical", "What exactly did you do for an hour?", None),
    # Round 281: what was paid for, thrown back, is an outcry.
    ("he", "ענית ב-7 בבוקר עם אופס. על זה שילמנו 3,500 ₪ לליווי?", K.QUESTION, "rhetorical", "על זה שילמנו 3,500 ₪ לליווי?", None),
    # Round 288: someone else's need passed on is what the owner is to deliver.
    ("en", "sorry for the silence! my director needs a quote by tomorrow 12:00 for the board", K.REQUEST, "need", "my director needs a quote by tomorrow 12:00 for the board", None),
    ("en", "Quick one. The bank needs the signed balance sheet by Thursday.", K.REQUEST, "need", "The bank needs the signed balance sheet by Thursday", None),
    ("en", "I want my deposit back in my account by Friday", K.MONEY, "refund", "my deposit back", None),  # guard: held before its fix too
    ("en", "We expect the site live by Monday, no excuses", K.REQUEST, "need", "We expect the site live by Monday", None),  # guard: held before its fix too
    ("en", "I want the deposit back in March at the latest", K.MONEY, "refund", "the deposit back", None),
    # Rounds 294 and 296: all the money back without "ב", or the money wanted, is a refund.
    ("he", "שילמנו 540 ש\"ח ואני רוצה את כל הכסף חזרה היום", K.MONEY, "refund", "ואני רוצה את כל הכסף", None),
    ("he", "אני לא מחפש התנצלויות, אני רוצה את הכסף. 1,600 ש\"ח", K.MONEY, "refund", "אני רוצה את הכסף", None),
    # Round 299 (harmful): a call refused as a preference.
    ("en", "I won't telephone, and I'd rather you didn't ring me either.", K.REFUSAL, "no_call", "I won't telephone", None),
    ("en", "I'd prefer not to be called.", K.REFUSAL, "no_call", "I'd prefer not to be called", None),
    ("he", "ואני מעדיף שלא תתקשרו אליי", K.REFUSAL, "no_call", "מעדיף שלא תתקשרו אליי", None),
    # Round 310: a range of dates is read whole, its last day the value ("לגבי 4 באוגוסט" misstated
    # the dates booked); the refusal of excuses "sent" and of re-arguing.
    ("he", "אנחנו עדיין בעניין של 2-4 באוגוסט נכון??", K.DEADLINE, "date", "2-4 באוגוסט", "--08-04"),
    ("en", "are we still on for 2-4 August?", K.DEADLINE, "date", "2-4 August", "--08-04"),
    ("en", "still good for Aug 11-13?", K.DEADLINE, "date", "Aug 11-13", "--08-13"),
    ("en", "are we still good for Aug 11 - 2pm?", K.DEADLINE, "date", "Aug 11", "--08-11"),
    ("en", "Refund it by Friday. Don't send me excuses.", K.REFUSAL, "no_excuses", "Don't send me excuses", None),
    ("en", "Update the quote. No need to re-argue the point.", K.REFUSAL, "no_excuses", "No need to re-argue", "convince"),
    # Round 313: explanations refused before they start; a re-explanation refused.
    ("he", "אל תתחילי עם הסברים על מובייל ומהירות, תעשי ככה וזהו", K.REFUSAL, "no_explanations", "אל תתחילי עם הסברים", None),
    ("en", "No need to re-explain why your option is better, I've made up my mind.", K.REFUSAL, "no_excuses", "No need to re-explain", None),
    # The session's review: the English "stop replying with 'sorry…'" refuses a sorry too.
    ("en", 'Refund 30% and stop replying with "sorry for the inconvenience".', K.REFUSAL, "no_apologies", 'stop replying with "sorry', None),
    # Round 316: a lecture and an excuse's story refused before they come.
    ("en", 'please don\'t lecture me about "Israeli market expectations". Redo the layout.', K.REFUSAL, "no_excuses", "don't lecture me", None),
    ("he", "אני לא משלמת על היום.\nואל תשלחי לי שוב את הסיפור על הפקקים באיילון", K.REFUSAL, "no_explanations", "ואל תשלחי לי שוב את הסיפור", None),
    # Round 319 (harmful "Thank you!"): an ultimatum on "we're", the full amount back, a review
    # going up on Booking were all unread.
    ("en", "Either we're moved to the room in the photos tonight or I want the full amount back.", K.REQUEST, "either", "we're moved to the room in the photos tonight", None),
    ("en", "Either we're moved to the room in the photos tonight or I want the full amount back.", K.MONEY, "refund", "I want the full amount back", None),
    ("en", "Fix it or the review goes up on Booking with pictures.", K.THREAT, "review", "the review goes up on Booking", None),
    # Rounds 321 and 325: "I'll tell you tomorrow morning" is the client getting back, not the
    # owner (the reply said "אחזור אליך בערך ב-[מתי]").
    ("he", "עוד לא יודעת כמה יגיעו. אגיד לך מחר בבוקר", K.POSTPONE, "later", "אגיד לך", "returns"),
    ("he", "אפשר שאגיד לך מחר בבוקר?", K.POSTPONE, "later", "שאגיד לך", "returns"),
    # round 333: the present tense's return ("ברגע שיהיה משהו ברור אני חוזרת אליכם")
    ("he", "ברגע שיהיה משהו ברור אני חוזרת אליכם", K.POSTPONE, "later", "אני חוזרת אליכם", "returns"),
    # round 334: what the owner is not to do, said as the client's wish; "only" before "want"
    ("he", "את הצוואר אני לא רוצה שתפצח. גיסי פיזיותרפיסט", K.REQUEST, "dont", "אני לא רוצה שתפצח", None),
    ("en", "Dr. Ben, I only want the Activator, NO manual adjustments.", K.REQUEST, "need", "I only want the Activator, NO manual adjustments", None),
    # the session's review: a third person's "don't"; the present tense's return before a time
    # or after a wait asked
    ("he", "ואני לא רוצה שיראו מבחוץ לתוך החצר.", K.REQUEST, "dont", "ואני לא רוצה שיראו מבחוץ לתוך החצר", None),
    ("he", "תן לי לחשוב. אני חוזר אליך שבוע הבא מקסימום", K.POSTPONE, "later", "אני חוזר אליך", "returns"),
    ("he", "תן לי עוד קצת זמן ואני חוזר אליך, החתונה עדיין ב3.8", K.POSTPONE, "later", "ואני חוזר אליך", "returns"),
    # sarcasm
    # Round 323: a business model praised in mockery (en and he)
    ("en", "$120 for copy paste, great business model", K.SARCASM, "praise_complaint", "great business model", None),
    ("he", "120 דולר על העתק-הדבק, מודל עסקי מעולה", K.SARCASM, "praise_complaint", "מודל עסקי מעולה", None),
    # Rounds 302-303 (harmful "Thank you!"): thanks after the wait it mocks, "love being last".
    ("he", "חיכיתי עד 10:40, אז גם תודה על הזריזות", K.SARCASM, "praise_complaint", "תודה על הזריזות", None),
    ("en", "great. love being last in line 👏", K.SARCASM, "praise_complaint", "love being last in line 👏", None),
    ("en", "wow, great job, only 3 weeks late", K.SARCASM, "praise_complaint", "wow, great job, only 3 weeks late", None),
    ("en", "Thanks a lot for the update. Still waiting.", K.SARCASM, "praise_complaint", "Thanks a lot for the update. Still waiting", None),
    ("he", "תודה רבה באמת על המהירות 🙄", K.SARCASM, "praise_complaint", "תודה רבה באמת על המהירות 🙄", None),
    ("he", "כל הכבוד, שוב פספסתם", K.SARCASM, "praise_complaint", "כל הכבוד, שוב פספסתם", None),
    ("en", 'cool cool cool. the "final" export has the OLD logo', K.SARCASM, "praise_complaint", 'cool cool cool. the "final" export has the OLD logo', None),
    # Round 257: thanks beside "only 40 mins late" (a harmful "Thank you so much for your message!").
    ("en", "wow thanks SO much for joining us tonight Cantor Eli, only 40 mins late 👏👏 the choir LOVED it.", K.SARCASM, "praise_complaint", "wow thanks SO much for joining us tonight Cantor Eli, only 40 mins late 👏👏 the choir LOVED it", None),
    ("he", "וואו תודה שהצטרפת הערב, רק 40 דקות איחור 👏", K.SARCASM, "praise_complaint", "וואו תודה שהצטרפת הערב, רק 40 דקות איחור 👏", None),
    # Round 246: thanks for the punctuality beside hours late with no notice (a harmful "תודה רבה!").
    ("he", 'רק רציתי להגיד תודה ענקית על הדיוק. "אגיע בין 8 ל-9" הפך ל-11:40, בלי הודעה, בלי כלום.', K.SARCASM, "praise_complaint", 'תודה ענקית על הדיוק. "אגיע בין 8 ל-9" הפך ל-11:40, בלי הודעה, בלי כלום', None),
    ("en", "Just wanted to say thanks for the punctuality. 'Between 8 and 9' became 11:40, no notice, nothing.", K.SARCASM, "praise_complaint", "thanks for the punctuality. 'Between 8 and 9' became 11:40, no notice, nothing", None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "kind", "subtype", "quoted", "value"), FOUND)
def test_ask_is_found(
    language: str, text: str, kind: AskKind, subtype: str, quoted: str, value: str | None
) -> None:
    found = [
        (a.text, a.value)
        for a in read_asks(text, language=language).of(kind)
        if a.subtype == subtype
    ]
    assert (quoted, value) in found, read_asks(text, language=language).items


# (language, message, kind, subtype or None for any): near misses that must not be read as such
MISSES: list[tuple[str, str, AskKind, str | None]] = [
    # the session's review: softeners and "two" are no "don't"; "אני חוזרת אלייך לגבי…" is
    # this message, no return promised
    ("he", "אני לא רוצה שיהיה לך לא נעים, אבל זה לא מה שביקשתי", K.REQUEST, "dont"),
    ("he", "לא רוצה שתדאגי, הכל בסדר אצלנו", K.REQUEST, "dont"),
    ("he", "אני לא רוצה שתיים, רק אחת גדולה", K.REQUEST, "dont"),
    ("he", "היי, אני חוזרת אלייך לגבי העוגה, אנחנו סוגרים על שוקולד", K.POSTPONE, "later"),
    # round 334's near-misses: a softener about what the owner might think asks nothing
    ("he", "אני לא רוצה שתחשוב שאני לא מעריכה את העבודה שלך", K.REQUEST, "dont"),
    ("he", "לא רוצה שתיפגע, אבל זה פשוט לא מה שדמיינתי", K.REQUEST, "dont"),
    # The session's review: a business model praised in earnest, a listing or a channel sync on
    # Booking or Airbnb, a refund asked about, "either" that demands nothing
    ("en", "We have a solid business model and need a pitch deck for investors by March.", K.SARCASM, None),
    ("he", "היי, יש לנו מודל עסקי מצוין ואנחנו צריכים מצגת למשקיעים עד מרץ.", K.SARCASM, None),
    ("en", "Everything goes to Booking but nothing comes back to our site, can you look at it today?", K.THREAT, None),
    ("en", "This goes up on Airbnb on Monday, can you send the photos by Friday?", K.THREAT, None),
    ("en", "If we cancel before the 10th, do we get the full amount back?", K.MONEY, "refund"),
    ("en", "I received the full amount back, thanks!", K.MONEY, "refund"),
    ("en", "Either I'm missing something or you forgot to attach the contract. Can you resend it?", K.REQUEST, "either"),
    ("en", "Either we're early or you're late 😂", K.REQUEST, "either"),
    # …while "I'll tell you what I think" tells, it puts nothing off
    ("he", "אני אגיד לך מה דעתי על ההצעה", K.POSTPONE, "later"),
    ("he", "אגיד לך מחר שאין צורך", K.POSTPONE, "later"),
    # …while the full amount paid is no refund, nor "either my wife or I"
    ("en", "I paid the full amount back in March, so we're square.", K.MONEY, "refund"),
    ("en", "Either my wife or I will pick it up tomorrow.", K.REQUEST, "either"),
    # Round 310: "can you also", cut off by the "please check…" right after it, only leads in.
    ("en", "while you're doing the regression can you also please check on Android 11 and iPad mini?", K.REQUEST, "can_you"),
    # The session's review: a time after a day is no range ("Aug 11 - 2pm" is Aug 11, not the 2nd);
    # "not after the refund" asks none.
    ("en", "are we still good for Aug 11 - 2pm?", K.DEADLINE, "relative"),
    ("en", "I'm not after the refund, I want it repainted.", K.MONEY, "refund"),
    # Round 314: a refund refused is none; "no need to overthink it" asks nothing.
    ("en", "I'm not after a refund. I'd like you to repaint the shin at the other end.", K.MONEY, "refund"),
    ("en", "I don't want a refund, I want it fixed by Friday.", K.MONEY, "refund"),
    ("en", "No need to overthink it, just send your rates.", K.REQUEST, "stance"),
    # The session's fresh-eyes review: a question about paying up front, money not wanted, a
    # payment bounced or already back is no refund; a time window or "call it a disaster" is no
    # call refused; sincere thanks beside a time is no sarcasm.
    ("he", "היי, אתם מבקשים את כל הכסף מראש או רק מקדמה?", K.MONEY, "refund"),
    ("he", "אני לא רוצה את הכסף, אני רוצה שתבואו לתקן", K.MONEY, "refund"),
    ("he", "ניסיתי לשלם בביט והמקדמה חזרה אליי, אולי הפרטים לא נכונים?", K.MONEY, "refund"),
    ("he", "קיבלתי כבר את הכסף חזרה", K.MONEY, "refund"),
    ("en", "I won't call it a disaster, but the paint is patchy. Can you come back Sunday?", K.REFUSAL, "no_call"),
    ("en", "I'd rather you didn't call before 9, the kids sleep.", K.REFUSAL, "no_call"),
    ("he", "עדיף שלא תתקשר לפני 9, הילדים ישנים", K.REFUSAL, "no_call"),
    ("he", "תודה על החוויה! נתראה בעוד חודש 😊", K.SARCASM, None),
    ("he", "שבוע שעבר היה מושלם, תודה על הזריזות!", K.SARCASM, None),
    ("en", "We love being your customers! Same time next year?", K.SARCASM, None),
    ("en", "Oh great, that works. See you in two weeks!", K.SARCASM, None),
    ("en", "Sorry I'm waiting on my bank, thanks a lot for your patience!", K.SARCASM, None),
    ("he", "ועם כל הכבוד, שבועיים זה מוגזם", K.SARCASM, None),
    # Round 303's fix: a complaint cue before praise that is no thanks mocks nothing.
    ("he", "ובינתיים תמשיך לשלוח את הארגז של חמישי כרגיל אתה אלוף", K.SARCASM, None),  # guard: held before its fix too
    ("he", "עם כל הכבוד זה לא נכון, שבועיים זה מוגזם", K.SARCASM, None),
    # Round 299's fix: a call back put off is no call refused.
    ("en", "I won't call you back today, busy", K.REFUSAL, "no_call"),
    # Round 294's fix: money already back is no refund asked.
    ("he", "קיבלנו את כל הכסף חזרה, תודה רבה!", K.MONEY, "refund"),
    # Session 44's review: someone else's need of a thing of their own, a forecast without a hedge.
    ("en", "my wife needs the car tomorrow so can we move the lesson to Thursday?", K.REQUEST, "need"),
    ("en", "The board decides on the programme, which we expect in the autumn.", K.REQUEST, "need"),
    # Round 290: a hedged forecast is no need.
    ("en", "We must first await the board's decision, which we expect maybe in the summer.", K.REQUEST, "need"),
    # Round 289 (harmful): when the deposit was paid is no money asked back.
    ("en", "hey! still alive, I know I paid the deposit back in Jan and then vanished", K.MONEY, "refund"),
    ("en", "We paid the fee back in 2023, when the project started", K.MONEY, "refund"),
    # Session 44: a need that points back at what was asked is its reason, no ask of its own.
    ("en", "Could you send the bank details? Our system needs them before I can raise the PO", K.REQUEST, "need"),  # guard: held before its fix too
    # Session 43's review: more paid for, asked, is no outcry.
    ("he", "היי, על זה אנחנו משלמים עוד 200 ₪ על החומרים? או שזה כלול במחיר?", K.QUESTION, "rhetorical"),
    # Round 286 (harmful): what the children were left without is no refusal of calls.
    ("en", "Left alone for 40 minutes. No phone, no water, no adult. Call me TODAY", K.REFUSAL, "no_call"),
    # Session 42's review: a lesson not needed on a day is no explanation refused.
    ("en", "Also I don't need the extra lesson next week, we're away.", K.REFUSAL, None),
    ("he", "אני לא צריכה שיעור ביום חמישי הקרוב, אנחנו בחופש", K.REFUSAL, None),
    # Round 264: "even" before more done is no complaint beside praise.
    ("he", "הצוות שלכם אלופים, ואפילו תלו לי את המדפים בלי שביקשתי 🙏", K.SARCASM, None),
    # The second review: lateness forgiven is no sarcasm.
    ("en", "Thanks for letting me know! Only 20 mins late is no problem at all", K.SARCASM, None),
    ("he", "תודה שעדכנת! רק 20 דקות איחור, אין שום בעיה", K.SARCASM, None),
    # …but the client's own lateness, thanked around, mocks nothing.
    ("en", "Thanks so much, sorry I'm late with the payment, only 2 days late", K.SARCASM, None),
    ("he", "תודה רבה! סליחה שאני רק 10 דקות באיחור", K.SARCASM, None),
    # Round 254: a mould's draft angle is no draft asked for, nor an order to write.
    ("en", "Draft 0.5° is enough, our designers have used it many times.", K.DELIVERABLE, "version"),
    ("en", "Draft 0.5° is enough, our designers have used it many times.", K.REQUEST, "imperative"),
    # The session's review: thanks meant, beside a common cue word, is no sarcasm; "sun" and
    # "sat" are words of their own, a mail header's day no deadline; calls not to someone else
    # and "just text" as a design are no channel asks.
    ("he", "ממש שירות ברמה, תודה רבה! נתראה בעוד שבוע", K.SARCASM, None),
    ("he", "תודה על הדיוק במידות, נתראה בעוד שבוע", K.SARCASM, None),
    ("en", "The crew was so punctual and tidy, thank you! We'll book again in a few weeks.", K.SARCASM, None),
    ("en", "I need the terrace lights working by sun down", K.DEADLINE, None),
    ("en", "please call me on sat phone, this sat badly with the board", K.DEADLINE, None),
    ("en", "On Mon, 9 Dec 2024 at 08:41 Dana wrote:", K.DEADLINE, "relative"),
    ("en", "Don't bother calling the landlord, I already did. Call me when you know", K.REFUSAL, "no_call"),
    ("en", "The logo should be just text.", K.CHANNEL, None),
    # Round 244: "sat" and "sun" are words of their own without a word that makes them a day.
    ("en", "I sat in the sun for an hour waiting", K.DEADLINE, None),  # guard: held before its fix too
    # Round 244: a checklist line that asks in words of its own is that one ask, not two fields.
    ("en", "Our list:\n1. Homepage hero: the video loads slowly on my phone. Can you make it faster?\n2. Blog", K.REQUEST, "item"),  # guard: held before its fix too
    ("he", "כמה בקשות:\n1. ראיתי שבמכון אחר חבילה של 10 טיפולים עולה 2,200. אשמח שתשוו.\n2. קבלות", K.REQUEST, "item"),  # guard: held before its fix too
    # The review of this session's change: sharing good news is no review threat, a draft for
    # the lawyer to look over no lawyer threat.
    ("en", "We will post the whole story on Instagram, the kids loved the party!", K.THREAT, "review"),
    ("en", "I'll share everything on Facebook once the album is ready, thank you!", K.THREAT, "review"),
    ("en", "I'll give the draft to our lawyer to look over before we sign", K.THREAT, "lawyer"),
    # Rounds 237-238: damages claimed are no refund asked; updating someone else is no return to
    # the owner ("אחכה לעדכון ממך" was the answer).
    ("en", "and we will be seeking reimbursement for the billable hours lost.", K.MONEY, "refund"),
    ("he", "שלחי לי רק אישור קצר במייל ואעדכן את אחי", K.POSTPONE, "later"),
    # Round 234: the owner's word thrown back asks nothing ("מושלם בשביל מי?").
    ("he", 'ואת עוד כתבת לי "יצא מושלם" 😂 מושלם בשביל מי?', K.QUESTION, "open"),
    # Round 232: a signature under a dash is no checklist item ("— Ben" over "CTO, Ledgerly").
    ("en", "Just implement it the way I described.\n\n— Ben\nCTO, Ledgerly", K.REQUEST, "item"),
    # Round 229: the loss cried out asks no price (a harmful price line to a furious driver).
    ("he", "3 ימים המונית שלי אצלכם. אתם יודעים כמה אני מפסיד ביום?? 700 שקל לפחות!!!", K.QUESTION, "how_much"),
    ("en", "3 days my cab is in your garage. do you know how much I'm losing a day?? 700 shekels!!!", K.QUESTION, "how_much"),  # guard: held before its fix too
    ("he", "אני צריך את הטיוטה עד חמישי, אחרת עורכת הדין שלי לא תספיק לעבור עליה", K.THREAT, "lawyer"),
    # …but "אחרת" after a noun is "other", and a lawyer named in passing is no threat (round 221).
    ("he", "עברנו לחברה אחרת שעורך הדין שלה המליץ עליה", K.THREAT, "lawyer"),
    # Round 216: a deposit the client asks not to return is no refund asked.
    ("en", "and pls DONT return the deposit until I've seen everything", K.MONEY, "refund"),
    ("en", "we pay a retainer of 2k a month", K.MONEY, "same_price"),  # guard: held before its fix too
    ("en", "Either your team didn't do what you sold me, or you lied about what was included.", K.REQUEST, "either"),
    # A fresh-eyes review of this session's patterns: ordinary messages they had read as threats,
    # refusals or demands.
    ("en", "Let me know if you need anything else, or I'm done for the day. Thanks so much!", K.THREAT, None),
    ("en", "One more coat or we're done?", K.THREAT, None),
    ("en", "We had to stop all work with you guys on site while the inspector came", K.THREAT, None),
    ("en", "We won't stop working with you, don't worry! the mugs are great", K.THREAT, None),
    ("en", "We will terminate the contract with the old supplier next month and move everything to you.", K.THREAT, None),
    ("en", "I'll pass it to the legal department to approve the contract, thanks so much!", K.THREAT, None),
    ("en", "I'm taking it to the legal team for review", K.THREAT, None),
    ("en", "You still didn't send me an explanation for the extra charge!", K.REFUSAL, None),
    ("en", "Don't tell me you're sick, I hope you're ok!", K.REFUSAL, None),
    ("en", "Either my wife or I will pick it up on Sunday.", K.REQUEST, "either"),
    ("en", "Either the morning or the afternoon works, or we can do Sunday.", K.REQUEST, "either"),
    ("en", "I don't want a repeat in March", K.REQUEST, "dont"),
    ("he", "אני לא מפסיקה לעבוד איתכם, אל דאגה! המארזים מושלמים", K.THREAT, None),
    ("he", "לא נפסיק להזמין מכם", K.THREAT, None),
    ("he", "אני מפסיקה את העבודה אצלך בשבוע הבא כי אני בחופש", K.THREAT, None),
    ("he", "אני מעבירה לך את ההערות של היועץ המשפטי שלנו על החוזה", K.THREAT, None),
    ("he", "אל תשלחו לי מדבקות עם הלוגו הישן, רק את החדשות", K.REFUSAL, None),
    ("he", "אתם עושים מסיבת פיראטים או מסיבת קרקס?", K.QUESTION, "rhetorical"),
    # Round 208's near misses: the client's own manager is their own step; a real choice asked.
    ("he", "אני צריכה לדבר עם המנהל שלי לפני שאני מאשרת", K.REQUEST, "need"),  # guard: held before its fix too
    ("he", "אתם עובדים בבוקר או אחר הצהריים?", K.QUESTION, "rhetorical"),  # guard: held before its fix too
    # Round 200's emoji refusal, near miss: a file sent alone is no emoji.
    ("he", "אל תשלח לי לבד את הקובץ, רק דרך רואה החשבון", K.REFUSAL, "no_excuses"),  # guard: held before its fix too
    ("en", "Don't tell me you're the only one who can fix it, I know others", K.REFUSAL, "no_excuses"),  # guard: held before its fix too
    # Round 201: claims the owner files with a marketplace are no money back; work finished.
    ("en", "you people haven't filed a single reimbursement case with Amazon", K.MONEY, "refund"),
    ("en", "Tiles are in and otherwise we're finished with the kitchen, thanks!", K.THREAT, None),  # guard: held before its fix too
    # Round 192's threats, near misses: the legal adviser approving, a client who cannot stop.
    ("he", "היועץ המשפטי שלנו אישר את החוזה, אפשר להתקדם", K.THREAT, None),  # guard: held before its fix too
    ("he", "אני מפסיקה את ההזמנות לחודש הבא בגלל החופש, לא קשור אליכם", K.THREAT, None),  # guard: held before its fix too
    ("en", "Honestly I can't stop ordering from you, the mugs are great", K.THREAT, None),  # guard: held before its fix too
    # A fresh-eyes review of this session's fixes: news and reassurance are no threats; a doubt
    # with "aren't sure" is one too.
    ("en", "We aren't sure we need the second camera.", K.REQUEST, "need"),
    ("en", "My husband is moving to another company in Haifa, so we may relocate.", K.THREAT, None),
    ("en", "Our company is moving to another agency for payroll, FYI.", K.THREAT, None),
    ("he", "אל תדאגי, אני לא עוזבת אותך", K.THREAT, None),
    ("he", "הגשתי תלונה קטנה על המזגן והם תיקנו", K.THREAT, None),  # guard: held before its fix too
    ("he", "אני לא רואה ממך עדכון כבר שבוע", K.THREAT, None),  # guard: held before its fix too
    # Round 177: a need doubted is a hesitation told; a guess in brackets asks nothing.
    ("en", "Honestly I'm not even sure my brother and I want to go ahead with selling the flat at all.", K.REQUEST, "need"),
    ("en", "To be honest I'm not sure we still need the second camera.", K.REQUEST, "need"),
    ("he", "אני לא בטוחה שאני רוצה את כל המערכת עם המחשב", K.REQUEST, "need"),
    ("he", "אני גם לא בטוחה אם עדיין רוצים את הבלוג", K.REQUEST, "need"),
    ("he", "מיכל מגבעתיים, לא הייתי אצלך מלא זמן (מרץ אולי?)", K.QUESTION, None),
    ("en", "My last visit was a while ago (March maybe?)", K.QUESTION, None),
    # A fresh-eyes review of rounds 158-167's fixes: near misses of the new readings.
    ("he", "אני לא משלם לכם כדי להיות זהירים", K.THREAT, "withhold"),
    ("he", "היי דנה, רק תזכורת קטנה: הפגישה מחר ב-10", K.REQUEST, "imperative"),
    ("he", "אתה פשוט תותח!! תודה על הכל", K.REQUEST, "imperative"),
    ("he", "היי, הגיעו רק תשעה כיסאות במקום עשרה. מה קרה?", K.REQUEST, "imperative"),
    ("he", "שלחתי לך את ההסכם חתום. תקבלי את התשלום עד סוף החודש", K.REQUEST, "imperative"),
    ("he", "הטכנאי שלכם הגיע אתמול, תיקן את הברז ועכשיו יש נזילה", K.REQUEST, "imperative"),
    ("he", "המחיר נשאר 3,200 ולא 2,800 כמו שסיכמנו. תתקן את זה עד מחר.", K.MONEY, "same_price"),
    ("he", "הוא נראה מעולה גם בלי הרקע, תודה!", K.REQUEST, "stance"),
    ("he", "היי, אתה חושב שאפשר לעשות מה שרוצים עם התמונות אחרי החתונה?", K.QUESTION, "rhetorical"),
    ("he", "היי, אנחנו נוחתים בשש בבוקר בשבת. יש שם מישהו?", K.QUESTION, "rhetorical"),
    ("en", "Hi Tom: don't explain why the prices went up, just announce the new prices from March 1.", K.REFUSAL, "no_excuses"),
    ("en", "Hi, don't send me the \"final\" folder again, it has the old files. I need the PNGs.", K.REFUSAL, "no_excuses"),
    ("en", "Do you think you can do whatever it takes to get this live by Friday?", K.QUESTION, "rhetorical"),
    ("en", "we land at 6am on Saturday. Is anyone there?", K.QUESTION, "rhetorical"),
    ("en", "Load time on mobile is still 8 seconds though.", K.REQUEST, "imperative"),
    ("en", "Kill me now, the client changed the brief again.", K.REQUEST, "imperative"),
    # Round 165: what the fee is for, nothing held back.
    ("he", "אני לא משלם לכם כדי להיות זהירים – אני משלם כדי לחסוך לי מס", K.THREAT, "withhold"),
    # Round 160: a smiley after "I need" asks nothing.
    ("en", "That's all the reference I need :)", K.REQUEST, "need"),
    # Rounds 158-159: a future's shape that orders nothing (a past "we", a noun, a lead-in, a
    # choice left to the owner), and a trade's verb as a noun.
    ("he", "תכננו את זה חודש", K.REQUEST, "imperative"),
    ("he", "תקשיבי את הפוסטים מעכשיו", K.REQUEST, "imperative"),
    ("he", "תגידי את רצינית", K.REQUEST, "imperative"),
    ("he", "רק תמונות מסודרות", K.REQUEST, "imperative"),
    ("he", "היה פשוט תענוג לעבוד איתך", K.REQUEST, "imperative"),
    ("he", "תבחרי את השירים לפי מה שאת מרגישה", K.REQUEST, "imperative"),
    ("en", "Also, pack-out would have to be Sunday the 6th", K.REQUEST, "imperative"),
    ("en", "It fits in the box we agreed on.", K.MONEY, "same_price"),
    ("en", "I was thinking about the colours for the hall", K.MONEY, "discount"),
    ("he", "אני מבקש בפעם האחרונה. שילמתי לך 1,800 על הלוח", K.REQUEST, "need"),
    ("en", "I'm not sending the kids this week, they're sick", K.THREAT, "withhold"),
    ("en", "I'm posting the photos on Instagram tomorrow, they're gorgeous!", K.THREAT, "review"),
    # Round 75: "לא" before a future tells what will not happen; a request not to is "אל".
    ("he", "היי, נועה לא תגיע גם השבוע, יש לה מלא מבחנים", K.REQUEST, None),
    ("en", "I need you here by 7:15 at the latest, not 9 like last time.", K.MONEY, "same_price"),
    ("he", "תגיע ב-8 ולא ב-9 כמו בפעם הקודמת", K.MONEY, "same_price"),
    ("he", "חשבתי על 3 אפשרויות לצבע", K.MONEY, "discount"),
    ("en", "The warranty covers all of this, I checked.", K.MONEY, "same_price"),
    # Round 73: a membership frozen is an account change asked for, not the work put off.
    ("he", "אני מבקשת להקפיא את המנוי שלו עד שהוא משתחרר", K.POSTPONE, "pause"),
    ("en", "Please freeze my membership until March", K.POSTPONE, "pause"),
    ("en", "The price of flour stays the same.", K.MONEY, "same_price"),
    ("he", "המחיר עלה ואני לא מבין למה", K.MONEY, "same_price"),
    ("he", "אל תדאג, הכל בסדר", K.REFUSAL, None),
    ("he", "אל תדאג, הכל בסדר", K.REQUEST, None),
    ("he", "אני אשלח לך מחר את החומרים", K.REQUEST, None),  # the client's own promise
    ("he", "שלחתי לך אתמול את הקבצים", K.REQUEST, None),
    ("he", "אני צריך לבדוק עם השותף שלי", K.REQUEST, None),  # the client's own next step
    ("he", "אי אפשר להמשיך ככה", K.REQUEST, None),
    ("he", "התקשרתי אתמול ולא ענית", K.CHANNEL, None),
    ("he", "שלושה ימים לא עונה לטלפון. ככה מתנהג עסק?", K.REFUSAL, "no_call"),  # a complaint
    ("he", "אני בפגישה עכשיו", K.CHANNEL, "meeting"),
    ("he", "זה לא דחוף בכלל", K.DEADLINE, "asap"),
    ("he", "עד היום לא קיבלתי תשובה", K.DEADLINE, None),
    ("he", "בשני הקבצים יש טעות", K.DEADLINE, None),  # "in both files", not "on Monday"
    ("he", "היה לי זמן חופשי בשבוע שעבר", K.MONEY, None),
    ("he", "הלוגו של משרד עורכי הדין שלנו", K.THREAT, None),  # a client who is a law firm
    ("he", "אני עורכת דין ואני צריכה אתר", K.THREAT, None),
    ("he", "אני מבטל את הפגישה מחר, נקבע לשבוע הבא", K.THREAT, None),
    ("he", "מה עם החזר המס שלי?", K.MONEY, "refund"),  # an accountant's client: a tax refund
    ("he", "כל הכבוד! יצא מדהים 👏", K.SARCASM, None),
    ("he", "תודה רבה, מעולה!", K.SARCASM, None),
    ("he", "הבנתי, תודה", K.QUESTION, None),
    ("he", "ה-3 סקיצות יפות", K.DEADLINE, None),
    ("he", "שבת שלום!", K.DEADLINE, None),
    ("en", "I called yesterday but nobody picked up", K.CHANNEL, None),
    ("en", "I send invoices monthly", K.REQUEST, None),
    ("en", "I need to think about it", K.REQUEST, None),
    ("en", "Don't worry about the typo", K.REQUEST, None),
    ("en", "don't worry about it", K.REFUSAL, None),
    ("en", "Everyone deducts it. Just file it.", K.DELIVERABLE, "files"),  # the verb
    ("en", "I will file the return myself", K.DELIVERABLE, "files"),
    ("en", "We have some free time on Monday", K.MONEY, None),
    ("en", "Feel free to suggest colours", K.MONEY, None),
    ("en", "The lawyer's website needs a new menu", K.THREAT, None),
    ("en", "Our lawyer will review the contract first", K.THREAT, None),
    ("en", "I'm a lawyer and need a site", K.THREAT, None),
    ("en", "Happy to leave a review, you were great", K.THREAT, None),
    ("en", "Can we cancel Tuesday's call?", K.THREAT, None),
    ("en", "How much is 1,200 with VAT?", K.MONEY, "refund"),
    ("en", "No rush at all", K.DEADLINE, "asap"),
    ("en", "it's not urgent", K.DEADLINE, "asap"),
    ("en", "At the end of the day it's your call", K.DEADLINE, "eod"),
    ("en", "Today I saw the drafts", K.DEADLINE, None),
    ("en", "Great job, thank you so much!", K.SARCASM, None),
    ("en", "Great job! Thanks again", K.SARCASM, None),
    ("en", "we meet the client at 3 tomorrow", K.CHANNEL, "meeting"),
    ("en", "I'll file the report myself", K.THREAT, None),
    ("en", "May I ask a question", K.DEADLINE, None),
    ("en", "the 3rd version is better", K.DEADLINE, None),
    ("en", "I will pay extra for the rush job", K.THREAT, "withhold"),
    ("en", "Please find the brief attached", K.REFUSAL, None),
    ("he", "הספק שלח לנו הצעה חדשה", K.REQUEST, None),  # past tense, not "send!"
    ("he", "המעצב תיקן את זה כבר", K.REQUEST, None),
    ("en", "Let's pick this up after the summer", K.REQUEST, None),  # a postponement
    ("en", "Is the deposit refundable?", K.MONEY, "refund"),
    ("he", "ואם תמשיך עם זה אני מספר לכל הוועד", K.REQUEST, None),  # a condition, not an ask
    ("he", "אל תשלח לי עוד סליחה, תשלח עובדים", K.REFUSAL, "no_more_messages"),  # no apologies
    ("he", "אפשר מחר ב6:30?\nועוד משהו\nשירה משלמת 140", K.DELIVERABLE, "extra_item"),  # "and one more thing"
    ("he", "איך אתה מעז לבקש עוד 2,000 ₪ על חריגות", K.DEADLINE, None),  # a sum, not a time
    ("he", "איך אתה מעז לבקש עוד 2,000 ₪ על חריגות", K.DELIVERABLE, "extra_item"),
    ("he", "זה יהיה מוכן בעוד 3 ימים", K.DELIVERABLE, "extra_item"),
    ("en", "also need it there by 11 instead of 12:30", K.DELIVERABLE, "extra_item"),  # round 65
    ("en", "Also need her Friday morning before 10", K.DELIVERABLE, "extra_item"),
    ("en", "I want to be upfront: I've built products for 12 years", K.REQUEST, "need"),
    ("en", "Will you be there tomorrow.", K.QUESTION, None),  # a full stop: said, not asked
    ("en", 'no more "let\'s hop on a quick call" to smooth things over', K.CHANNEL, "call"),  # refused
    ("en", "Also please call me before each delivery", K.CHANNEL, "call"),  # a standing instruction
    ("en", "please excuse my long silence, the last five weeks were crazy", K.REQUEST, "please"),
    ("he", "תוציא חשבונית על שם החברה ועד מחר אם אפשר, כי רואה החשבון סוגר תיק", K.REQUEST, "can_you"),
    ("en", "Nobody mentioned VAT – not in the quote, not on the phone, not in the lobby.", K.REFUSAL, "no_call"),
    ("he", "עוד לא בחרנו תמונות, אני ואורי צריכים לשבת על זה", K.REQUEST, "need"),
    ("he", "אין לחץ על הזמנים!! מתי שמוכן מוכן", K.QUESTION, None),  # whenever it is ready
    ("he", "איפה אתה חי", K.QUESTION, None),  # an outburst
    ("he", "כבר יש 40 הזמנות במחיר הזה ואני צריכה לכבד אותן", K.REQUEST, "need"),
    ("he", "אם לא אכפת לך, תשלח גם בפורמט PDF", K.REQUEST, "condition"),  # a courtesy
    ("he", "אם זה לא מסתדר לך ביום ראשון נעשה בשני", K.REQUEST, "condition"),
    ("en", "If you don't mind, send the PDF too", K.REQUEST, "condition"),
    ("en", "If it's not ready by Friday, no stress, Monday works", K.REQUEST, "condition"),
    ("he", "אני מביא את הכלב אחר הצהריים", K.THREAT, None),
    ("he", "הקמפיין מעולה, בוא נעלה גם לגוגל וטיקטוק", K.THREAT, None),  # marketing, no review
    ("he", "אני יודע בדיוק כמה זה עולה", K.QUESTION, None),  # a claim, no question
    ("en", "I know how much this costs elsewhere", K.QUESTION, None),
    ("he", "ניפגש אצל רשם המתווכים", K.CHANNEL, "meeting"),  # a threat, not a meeting
    ("en", "Until then the final payment is on hold.", K.POSTPONE, None),  # a withholding
    ("he", "אין צורך להתנצל, קורה", K.REQUEST, "stance"),  # a courtesy
    ("he", "אני לא צריך הערות על הטקסט", K.REQUEST, "stance"),  # the client's own need
    ("en", "No need to rush, whenever suits you", K.REQUEST, "stance"),
    ("en", "Can you confirm all of this today? I need to tell everyone.", K.THREAT, None),  # the guests
    ("en", "honestly it's exactly what we need, I don't have notes", K.REQUEST, "need"),  # praise
    ("en", "No need for another call, send the contract", K.REQUEST, "stance"),  # the channel
    ("en", "That's just how it works here", K.REQUEST, None),
    ("en", "If you didn't get my mail, that's on you. I'll call my lawyer", K.REQUEST, "condition"),
    ("en", "You know what, or maybe we wait a week", K.REQUEST, "condition"),  # no "you" demand
    ("en", "you said Tuesday or Wednesday, both fine", K.REQUEST, "condition"),  # no threat beside it
    ("he", "אין צורך בהתנצלויות, קורה", K.REQUEST, "stance"),  # refused apologies, no position
    ("he", "ואתה מדפיס מחדש על חשבונך עד שישי", K.REQUEST, "condition"),  # a day, no condition
    ("he", "איננו מעוניינים בשיחת טלפון", K.REQUEST, "need"),  # refused, not wanted
    ("he", "אני מכיר את המחירים פה, אל תעבוד עליי", K.REQUEST, None),  # "don't con me"
    ("he", "ואבקש שלא תתווכחו עליהם הפעם", K.REQUEST, "need"),  # about the exchange
    # Round 34: a remark, a trust, are no asks
    ("he", "ואני חייבת להגיד שזה לא יעבוד", K.REQUEST, "need"),
    ("he", "אנחנו סומכים עליך, תעשה מה שנראה לך", K.REQUEST, None),
    ("en", "honestly do whatever you think is best", K.REQUEST, None),
    ("he", "אף אחד לא אמר לי מראש כמה זה יעלה", K.QUESTION, "how_much"),  # a complaint
    ("en", "the problem is timing not money", K.REQUEST, "correction"),
    ("en", "do you guys actually open the brand guide or is it just vibes", K.REQUEST, None),
    ("he", "העתק של המייל נשלח גם לרכזת", K.REQUEST, None),  # a copy, the noun
    ("he", "אנחנו רוצים אותו אצלכם", K.REQUEST, "need"),  # a wish for a child's place
    ("he", "אני מצפה לשמוע ממך בקרוב", K.REQUEST, "need"),  # a courtesy
    # Someone else's words, quoted (round 32: the tutor's "he must practise at home" answered)
    ("he", 'אני לא מעוניינת בעוד הסברים על "תהליך" ועל "הוא צריך לתרגל גם בבית"', K.REQUEST, None),
    ("en", 'and I\'d appreciate not being told again that someone will "look into it"', K.REQUEST, "imperative"),
    # Round 111: Israel Discount Bank beside its peers is no discount asked.
    ("en", "can u also run it by Discount and Leumi at the same time? more offers = better", K.MONEY, "discount"),
    # "Do you know how much it costs?" still asks the price (round 120's near-miss).
    ("he", "אתה יודע כמה זה עולה?", K.QUESTION, "rhetorical"),  # guard: held before its fix too
    # A fresh-eyes review's near-misses: praise to be posted, a polite reversal, a name, a count.
    ("en", "the photos are gorgeous! I'll post a review on the Facebook groups 🙂", K.THREAT, "review"),
    ("en", "Since we moved the date, could you reverse the deposit to my card?", K.THREAT, "chargeback"),
    ("he", "תודה! אני פונה למקס מהמשרד להחזיר לך את הציוד מחר", K.THREAT, "chargeback"),
    ("en", "Skip the extra angles, just do 10 and we're good. Need them by Friday.", K.MONEY, "discount"),
    ("en", "If you can't make it on Tuesday that's totally fine. Just refund the deposit whenever.", K.REQUEST, "condition"),
    ("en", "If you don't mind, could you refund the deposit to my card", K.REQUEST, "condition"),
    ("en", "we bank with Hapoalim or Discount, whichever is easier", K.MONEY, "discount"),
    # Paying through Bit is no dispute.
    ("he", "אני פונה לביט להעביר את התשלום", K.THREAT, "chargeback"),  # guard: held before its fix too
    # A price compared, not asked to stay.
    ("he", "זה אותו מחיר שהיה בשנה שעברה", K.MONEY, "same_price"),  # guard: held before its fix too
    # Round 108's near-misses: an address to stop using is no refused explanation.
    ("en", "don't send me the invoice again to my old address", K.REFUSAL, "no_excuses"),  # guard: held before its fix too
    ("he", "אל תשלחו לי שוב חשבונית לכתובת הישנה", K.REFUSAL, "no_excuses"),  # guard: held before its fix too
    # Round 139: how to do it left to the owner asks nothing ("תעשו איך שנראה לכם נכון").
    ("he", "תעשו איך שנראה לכם נכון, אתם המומחים", K.REQUEST, None),
    ("he", "אל תספר לי שום דבר עד שזה מוכן", K.REFUSAL, "no_excuses"),  # guard: held before its fix too
    # Round 140: "how embarrassing" asks no price; a plural subject's "don't" is no order; a
    # payment reversed by the bank is a dispute, no refund asked of the owner.
    ("he", "כמה מביך זה היה מול כל המשפחה??", K.QUESTION, "how_much"),
    ("en", "Cigna rejected my claim because your receipts don't show the diagnosis code.", K.REQUEST, "dont"),
    ("en", "Send me correct receipts today or I'll ask my bank to reverse the payment.", K.MONEY, "refund"),
    ("he", "אתה מסוגל להגיע מחר בבוקר?", K.QUESTION, "rhetorical"),  # guard: held before its fix too
    # Round 141: a word ending in "ואל" after a geresh is no "don't"; a voice note's "say, I
    # saw…" asks nothing; what to post left to the owner asks nothing.
    ("he", "גם את הוויז'ואל תחליפי לתמונה שלי מהכנס", K.REQUEST, "dont"),
    ("he", "תגידי ראיתי את הפוסטים ששלחת, הם פשוט מקסימים", K.REQUEST, None),
    ("he", "את יודעת יותר טוב ממני מה עובד אז תעלי מה שאת חושבת", K.REQUEST, None),
    # Round 142: "Please consider that" only leads into what is needed.
    ("en", "Please consider that we need the pictures latest 10 March.", K.REQUEST, "please"),
    ("he", "אני מגיע מחר ב-8, בסדר?", K.QUESTION, "rhetorical"),  # guard: held before its fix too
    # A fresh-eyes review's near-misses of this session's patterns: a third person's future, a
    # person or a road taken "instead", a job quoted, a bare time "if possible", a price asked,
    # terms asked with "right?", a closing formula.
    ("he", "ההתנהלות הזאת תוביל אותי לבית משפט. אני רוצה את הכסף בחזרה", K.REQUEST, "imperative"),
    ("he", "הנהג יצא לדרך במקום לחכות לנו", K.REQUEST, "error_stated"),
    ("he", "אני רשום לשיעור במקום חבר שלי", K.REQUEST, "error_stated"),
    ("he", 'אל תתחילו עם "המטבח" לפני שסוגרים את הסלון', K.REFUSAL, "no_excuses"),
    ("he", "תשלח לי את הקבצים המתוקנים. ואם אפשר עוד היום 🙏", K.REQUEST, "can_you"),
    ("en", "Hi Yael, do you know how much it would cost to add a drone shot?", K.QUESTION, "rhetorical"),
    ("en", "I can spread the payment over 3 years, right?", K.QUESTION, "rhetorical"),
    ("he", "אנחנו מקבלים אחריות ל-5 שנים, נכון?", K.QUESTION, "rhetorical"),
    ("en", "Please send the quotation by Monday. Please do the needful and oblige.", K.REQUEST, "please"),
    # Round 152: "when you have a sec" asks no time.
    ("en", "Quick q when you have a sec – is there a pharmacy open on Shabbat near the beach?", K.QUESTION, "when"),
    # The second review's near-misses: a cake's text, a real "do you think?", a price question
    # with one mark, a plain "if it doesn't suit you I'll…" condition.
    ("he", 'על העוגה אל תכתבו "מזל טוב" רק את השם שלה', K.REFUSAL, "no_excuses"),
    ("he", "היי! את חושבת שתספיקי עד שישי?? החתונה בשבת", K.QUESTION, "rhetorical"),
    ("he", "אתם בכלל יודעים מה זה אומר לגבי המחיר?", K.QUESTION, "rhetorical"),
    ("he", "אני מעבירה 180 וזהו. ואם זה לא מתאים לך אני כותבת בקבוצה של הבניין", K.REQUEST, "condition"),
    # Round 153: VAT's reverse charge is no refund asked.
    ("en", "our VAT number is NL859301247B01, so I think the VAT should be 0% or reverse charge, you know better", K.MONEY, "refund"),
    # Round 145: a threat put as "don't make me", and a condition "ככל שתמשיך", are no orders.
    ("en", "I've already spoken to a lawyer friend. Don't make me take this further.", K.REQUEST, "dont"),
    ("he", "ככל שתמשיך לשלוח תזכורות בנוסח הזה, אשקול את צעדיי.", K.REQUEST, "imperative"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "kind", "subtype"), MISSES)
def test_near_miss_is_not_read(
    language: str, text: str, kind: AskKind, subtype: str | None
) -> None:
    asks = read_asks(text, language=language)
    assert not asks.has(kind, subtype), asks.items


# (language, message, kind and subtype of main, main's words)
MAIN: list[tuple[str, str, AskKind, str, str]] = [
    ("he", "עד מחר ב-9 תשלח לי את הקבצים", K.REQUEST, "imperative", "תשלח לי את הקבצים"),
    ("he", "הקבצים עד 12:00 ובלי תירוצים", K.DELIVERABLE, "files", "הקבצים"),
    ("he", "אתם פשוט חובבנים. אני פונה לעורך דין", K.THREAT, "lawyer", "פונה לעורך דין"),
    ("he", "תודה רבה באמת 🙄 אפשר לקבל תשובה מתישהו?", K.REQUEST, "can_you", "אפשר לקבל תשובה מתישהו"),
    ("he", "תודה באמת על המהירות 👏 רק חודש לתשובה", K.SARCASM, "praise_complaint", "תודה באמת על המהירות 👏 רק חודש לתשובה"),
    ("he", "מצטער על העיכוב, אחזור אלייך אחרי החגים", K.POSTPONE, "later", "אחזור אלייך"),
    ("he", "תעביר 300 ש״ח למקדמה או שאני מבטל", K.REQUEST, "imperative", "תעביר 300 ש״ח למקדמה"),
    ("he", "בלי טלפונים. רק במייל", K.REFUSAL, "no_call", "בלי טלפונים"),
    ("he", "תעשה לי טובה ותוריד את הפופאפ", K.REQUEST, "imperative", "ותוריד את הפופאפ"),
    ("en", "Crazy month, sorry. Let's pick this up after Passover.", K.POSTPONE, "later", "Let's pick this up"),
    ("he", "לא צריך עוד סקיצות. תשלח את הקבצים הסופיים", K.REQUEST, "imperative", "תשלח את הקבצים הסופיים"),
    ("he", "אם עד מחר אין טכנאי אצלי, אני פונה לעורך דין", K.REQUEST, "condition", "אם עד מחר אין טכנאי אצלי"),
    ("he", "תקשיבי אני צריכה שהשבוע תבואו ביום שישי", K.REQUEST, "need", "אני צריכה שהשבוע תבואו ביום שישי"),
    ("en", "change of plans, the launch moved so I need the final cut by Wednesday", K.REQUEST, "need", "I need the final cut by Wednesday"),
    ("he", "אני רוצה פיצוי מלא, ואם עד מחר אין תשובה אני פונה לעורך דין", K.REQUEST, "need", "אני רוצה פיצוי מלא"),
    ("he", "אני דורשת החזר. אם לא אקבל מענה תוך 7 ימים אגיש תביעה קטנה", K.REQUEST, "need", "אני דורשת החזר"),
    ("he", "1,240 ש״ח על ביקור של רבע שעה?? אני רוצה פירוט של כל סעיף", K.REQUEST, "need", "אני רוצה פירוט של כל סעיף"),
    ("mixed", "תגידי, מישהו בכלל בודק לפני שמעלים? Take it down NOW", K.REQUEST, "imperative", "Take it down NOW"),
    ("he", "אני דורש: פגישה עם ההנהלה עוד השבוע", K.REQUEST, "need", "אני דורש: פגישה עם ההנהלה עוד השבוע"),
    ("en", "What am I paying you for?? Call me in ten minutes", K.REQUEST, "imperative", "Call me in ten minutes"),
    ("he", "מתי זה יהיה מוכן? אני צריכה את זה לפני שבת", K.QUESTION, "when", "מתי זה יהיה מוכן?"),
    ("en", "By Friday EOD, send the final files", K.REQUEST, "imperative", "send the final files"),
    ("en", "Can you send the draft by Monday?", K.REQUEST, "can_you", "Can you send the draft by Monday"),
    ("en", "This is unacceptable. I'll file a chargeback.", K.THREAT, "chargeback", "I'll file a chargeback"),
    ("en", "Great job, only two weeks late. When do I get the logo?", K.QUESTION, "when", "When do I get the logo?"),
    ("en", "Refund of $120 for the missing session", K.REQUEST, "imperative", "Refund of $120 for the missing session"),
    ("en", "Nothing here yet.", K.REQUEST, "", ""),  # nothing to read: no main
    # A request that runs on into a refusal ends where the refusal begins.
    ("he", "סגרנו. תשלח חוזה ואני חותם היום, לא צריך פגישה", K.REQUEST, "imperative", "תשלח חוזה ואני חותם היום"),
    # "answer me", "do what's needed" ask for an answer to the real ask, which comes first.
    ("he", "תענה לי עכשיו בבקשה, אני צריך לדעת אם אתה מגיע מחר ב-7", K.REQUEST, "need", "אני צריך לדעת אם אתה מגיע מחר ב-7"),
    ("mixed", "Need it by tomorrow morning. תעשה מה שצריך", K.REQUEST, "need", "Need it by tomorrow morning"),
    ("en", "Answer me!!", K.REQUEST, "imperative", "Answer me"),  # alone, it is the ask
    ("en", "Please. I need the files by Friday.", K.REQUEST, "need", "I need the files by Friday"),
    # An outcry comes after the request; a long question with "??" is still asked first.
    ("mixed", "מה זה הדבר הזה ששלחת?? I'm not paying for this. תתקן עד מחר", K.REQUEST, "imperative", "תתקן עד מחר"),
    ("he", "אם אני מוסיף ארון ומקרר זה באותו מחיר נכון?? ותעשה לי מחיר טוב", K.QUESTION, "yes_no", "אם אני מוסיף ארון ומקרר זה באותו מחיר נכון??"),
    # What not to do comes after what to do.
    ("he", "ואל תשלח לי הסברים על תאורה. פשוט תגיע ביום שלישי", K.REQUEST, "imperative", "תגיע ביום שלישי"),
    # An error stated comes after what is asked outright (round 141).
    ("he", "רק דבר קטן: בעמוד צור קשר מופיע 03-6123456 במקום 03-6123465. תשלח בבקשה חשבונית על היתרה.", K.REQUEST, "imperative", "תשלח בבקשה חשבונית על היתרה"),
    # A list's lead-in ("…שאני צריך שנסגור") comes after the list's first item (round 153).
    ("he", "התוכנית שלך עובדת אבל יש כמה דברים שאני צריך שנסגור\n1. שתבנה לי גם תפריט תזונה מלא\n2. להוסיף אימון בשבת", K.REQUEST, "imperative", "שתבנה לי גם תפריט תזונה מלא"),
    # A preface ("בוא נעשה ככה") comes after what it introduces (round 141).
    ("he", "אז בוא נעשה ככה, תעביר את ה1500 ש\"ח לבוסטים ותפסיק עם הקמפיינים", K.REQUEST, "imperative", 'תעביר את ה1500 ש"ח לבוסטים'),
    # mixed Hebrew and English
    ("mixed", "Hi Maya, the site is down again. תתקני את זה עד הערב, please.", K.REQUEST, "imperative", "תתקני את זה עד הערב, please"),
    ("mixed", "אני לא מוכן לשמוע עוד תירוצים. Why is the form still broken?", K.QUESTION, "why", "Why is the form still broken?"),
    # Round 245: a why asked by a mind made up comes after what the client wants (a harmful
    # field explained the owner's choice first); without the refusal the why is still first.
    ("he", "רגע, למה שעוות סויה? קראתי שפרפין נדלק יותר יפה. אני רוצה פרפין ופתילות עבות לסדנה ב-18.12. ואל תנסי לשכנע אותי שוב, רק תגידי כן או לא", K.REQUEST, "need", "אני רוצה פרפין ופתילות עבות לסדנה ב-18.12"),
    ("en", "Wait, why soy wax? I read paraffin burns nicer. I want paraffin and thick wicks for the workshop on the 18th. Don't try to convince me again, just tell me yes or no.", K.REQUEST, "need", "I want paraffin and thick wicks for the workshop on the 18th"),
    ("en", "Why soy wax? I want paraffin for the workshop.", K.QUESTION, "why", "Why soy wax?"),  # guard: held before its fix too
    # The session's review: "no need to convince me, I'm in!" before a why still lets it ask.
    ("en", "no need to convince me, I'm in! Why is the total 20% higher than the quote?", K.QUESTION, "why", "Why is the total 20% higher than the quote?"),  # guard: held before its fix too
    # Round 250: a need cut short by "במייל בלבד" asks for the channel the refusal names; the
    # request beside it is the ask.
    ("he", "התקשרתי שלוש פעמים. אני מבקשת במפורש: מעכשיו כל התקשורת במייל בלבד, לא בטלפון. תשלחו תאריך לתיקון עד יום חמישי.", K.REQUEST, "imperative", "תשלחו תאריך לתיקון עד יום חמישי"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "kind", "subtype", "quoted"), MAIN)
def test_main_is_what_a_reply_addresses_first(
    language: str, text: str, kind: AskKind, subtype: str, quoted: str
) -> None:
    asks = read_asks(text, language=language)
    if not quoted:
        assert asks.main is None, asks.items
        return
    assert asks.main is not None, asks.items
    assert (asks.main.kind, asks.main.subtype, asks.main.text) == (kind, subtype, quoted), (
        asks.items
    )


def test_a_mixed_message_is_read_by_both_packs() -> None:
    text = "תשלחי את הקבצים עד יום חמישי. Also, can you add the invoice? No calls please."
    asks = read_asks(text, language="mixed")
    assert asks.has(K.REQUEST, "imperative")
    assert asks.has(K.DEADLINE, "relative")
    assert asks.has(K.REQUEST, "can_you")
    assert asks.has(K.DELIVERABLE, "invoice")
    assert asks.has(K.REFUSAL, "no_call")
    assert read_asks(text, language="he").has(K.REFUSAL, "no_call") is False


def test_offsets_quote_the_original_text() -> None:
    text = "שָׁלוֹם, תִּשְׁלַח לִי את הקבצים ב־PDF עד מחר ‏בבוקר, ₪1,200 כולל."
    asks = read_asks(text, language="he")
    assert asks.has(K.REQUEST) and asks.has(K.MONEY, "amount") and asks.has(K.DELIVERABLE, "format")
    for ask in asks.items:
        assert text[ask.start : ask.end] == ask.text
        assert ask.text == ask.text.strip()
    request = asks.of(K.REQUEST)[0]
    assert request.text.startswith("תִּשְׁלַח")  # niqqud kept as written
    assert [a.start for a in asks.items] == sorted(a.start for a in asks.items)


def test_within_gives_the_details_of_an_ask() -> None:
    asks = read_asks("Please send the logo files in PNG by Thursday 10am", language="en")
    main = asks.main
    assert main is not None and main.kind is K.REQUEST
    inside = {(a.kind, a.value) for a in asks.within(main)}
    assert {(K.DELIVERABLE, "png"), (K.DEADLINE, "thursday"), (K.DEADLINE, "10:00")} <= inside


def test_a_request_after_or_else_is_the_threat_not_the_ask() -> None:
    asks = read_asks("תשלח את החוזה היום או שאני מבטל ומבקש את הכסף", language="he")
    assert [a.text for a in asks.of(K.REQUEST)] == ["תשלח את החוזה היום"]
    assert asks.has(K.THREAT, "cancel")


def test_other_languages_and_empty_text_give_nothing() -> None:
    assert read_asks("Envoyez-moi le fichier demain", language="other") == Asks()
    assert read_asks("send it tomorrow", language="fr") == Asks()
    assert read_asks("", language="he") == Asks()
    assert not read_asks("", language="en")
    assert read_asks("x", language="../he") == Asks()


def test_only_the_start_of_a_long_message_is_read() -> None:
    text = "a " * MAX_CHARS + "please send the files tomorrow"
    assert read_asks(text, language="en") == Asks()


@pytest.mark.parametrize(
    "unit",
    ["!", "?", "!?", ".", " ", "א", "א ", "תשלח ", "9:00 ", "$1 ", "עד ה-", "a@", "🙄", "\n"],
)
def test_hostile_input_is_read_quickly_and_sanely(unit: str) -> None:
    # 100 KB of one unit: the cap and the linear patterns keep this to milliseconds; a
    # backtracking pattern would hang here long before any assertion.
    text = unit * (100_000 // len(unit))
    for language in ("he", "en", "mixed"):
        asks = read_asks(text, language=language)
        assert all(0 <= a.start < a.end <= MAX_CHARS for a in asks.items)
        assert all(text[a.start : a.end] == a.text for a in asks.items)
    he = read_asks(text, language="he")
    if unit == "תשלח ":
        assert he.has(K.REQUEST, "imperative")
    if unit == "9:00 ":
        assert he.of(K.DEADLINE)[0].value == "09:00"
    if unit in ("!", ".", " ", "\n", "a@"):
        assert he == Asks()


def test_a_new_language_is_a_pack_found_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("classifier.lang.xx.asks")
    module.PACK = Pack(  # type: ignore[attr-defined]
        code="xx",
        patterns=(Pattern(K.REQUEST, "imperative", r"\bzorp\b", "send", clause=True),),
        letters="[a-z]",
    )
    monkeypatch.setitem(sys.modules, "classifier.lang.xx", types.ModuleType("classifier.lang.xx"))
    monkeypatch.setitem(sys.modules, "classifier.lang.xx.asks", module)
    forget_caches()
    try:
        asks = read_asks("zorp the blorp. ok?", language="xx")
    finally:
        forget_caches()
    assert [(a.kind, a.text, a.value) for a in asks.items] == [
        (K.REQUEST, "zorp the blorp", "send"),
        (K.QUESTION, "ok?", None),
    ]


def test_threats_are_named_from_the_lexicon() -> None:
    groups = language_terms("threat", "en")
    assert "lawyer" in groups and "attorney" in groups["lawyer"]
    flat = {w for g in groups.values() for w in g} | {
        w for g in language_terms("threat", "he").values() for w in g
    }
    lexicon = load_lexicons().categories["threat"]
    assert lexicon.words <= flat  # the cue marker and the ask reader share one list
    # an entry only the lexicon lists (no pattern of the pack) is found through it
    assert read_asks("We'll see you in court", language="en").has(K.THREAT, "lawyer")
    assert read_asks("I'm calling my attorney", language="en").has(K.THREAT, "lawyer")


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: hhmm(9), "09:00"),
        (lambda: hhmm(24), "00:00"),
        (lambda: hhmm(25), None),
        (lambda: calendar_date(10, 12, 2026), "2026-12-10"),
        (lambda: calendar_date(10, 12, 26), "2026-12-10"),
        (lambda: calendar_date(10, 12), "--12-10"),
        (lambda: calendar_date(18), "---18"),
        (lambda: calendar_date(32), None),
        (lambda: calendar_date(1, 13), None),
        (lambda: money_value("1,200", "ILS"), "1200 ILS"),
        (lambda: money_value("2.5", "USD", thousands=True), "2500 USD"),
        (lambda: money_value("0.30", "ILS"), "0.3 ILS"),
        (lambda: money_value("1200", ""), "1200"),
    ],
)
def test_values_are_normalised(call: object, expected: str | None) -> None:
    assert callable(call) and call() == expected


def _reply_fit_texts() -> Iterator[tuple[str, str]]:
    for case in read_cases(REPLY_FIT):
        yield case.text, case.language


@pytest.mark.skipif(not REPLY_FIT.exists(), reason="the reply-fit set is not in this checkout")
def test_reply_fit_messages_are_read_without_error() -> None:
    # A smoke test only: the set is for evaluation, so its content is not asserted.
    for text, language in _reply_fit_texts():
        asks = read_asks(text, language=language)
        assert isinstance(asks.main, Ask | None)
        for ask in asks.items:
            assert 0 <= ask.start < ask.end <= len(text)
            assert text[ask.start : ask.end] == ask.text


def _repeat_in_repeat(tree: Any, inside: bool = False) -> list[str]:
    """Repetitions nested in repetitions: the shape that makes a regex backtrack badly."""
    found: list[str] = []
    for op, av in tree:
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            _, high, sub = av
            many = high > 1
            # A sum's thousands, "(?:,\d{3})+": fixed width and comma-led, one way to split.
            fixed = list(sub) == [(_parser.IN, [(_parser.CATEGORY, _parser.CATEGORY_DIGIT)])]
            if inside and many and not fixed:
                found.append(str(sub)[:80])
            found += _repeat_in_repeat(sub, inside or (many and not fixed))
        elif op == _parser.SUBPATTERN:
            found += _repeat_in_repeat(av[3], inside)
        elif op == _parser.BRANCH:
            for branch in av[1]:
                found += _repeat_in_repeat(branch, inside)
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            found += _repeat_in_repeat(av[1], inside)
        elif op == _parser.GROUPREF:
            found.append("a backreference")
    return found


@pytest.mark.parametrize("code", ["he", "en"])
def test_no_pattern_can_backtrack_badly(code: str) -> None:
    compiled = asks_module._load(code)
    assert compiled is not None
    regexes = [rx for _, rx in compiled.patterns] + [rx for _, rx in compiled.lexicon]
    regexes += [rx for _, rx in asks_module._NEUTRAL]
    for named in (compiled.question_words, compiled.verbs):
        assert named is not None
        regexes.append(named.regex)
    for extra in (compiled.sarcasm_frames, compiled.sarcasm_cues, compiled.consequence):
        if extra is not None:
            regexes.append(extra)
    assert len(regexes) > 50
    for regex in regexes:
        assert not _repeat_in_repeat(_parser.parse(regex.pattern)), regex.pattern


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("he", "אני רוצה פרפין לסדנה. רק תגידי כן או לא"),
        ("en", "I want paraffin. Just tell me yes or no."),
    ],
)
def test_how_to_answer_is_about_the_exchange(language: str, text: str) -> None:
    """Round 245: "just tell me yes or no" says how to answer the ask beside it, no field of its
    own (a third field asked the same yes or no)."""
    told = [a for a in read_asks(text, language=language).items if a.value == "tell"]
    assert told and all(about_the_exchange(a) for a in told), told


@pytest.mark.parametrize(
    ("language", "text", "hours"),
    [
        ("he", "אני צריך שזה יצא עד יום ראשון. ואם אפשר תענה לי גם בשישי-שבת, אני זמין.", True),
        ("he", "אפשר שתחזרי אליי בערבים? אני בעבודה כל היום", True),
        (
            "en",
            "Need the logo by Sunday. pls answer in the evenings as well, I'm at work all day",
            True,
        ),
        ("he", 'תחזור אליי בסופ"ש בבקשה', False),
        ("he", "תענה לי עד שישי", False),
        ("en", "get back to me over the weekend", False),
        ("en", "Please reply within 2 hours", False),
        ("en", "Please reply tonight, I work nights so I'll see it in the morning", False),
        ("he", 'תענה לי גם במוצ"ש בבקשה', True),
    ],
)
def test_the_owners_hours_are_asked(language: str, text: str, hours: bool) -> None:
    """Round 288: a request to reply on the weekend or in the evenings asks when the owner is
    reachable, which the reply must answer; "get back to me over the weekend", "עד שישי" only
    time this reply."""
    replies = [a for a in read_asks(text, language=language).items if a.value == "reply"]
    assert replies, read_asks(text, language=language)
    assert any(asks_for_hours(a) for a in replies) is hours
    assert all(about_the_exchange(a) is not hours for a in replies if len(a.text.split()) <= 12)


def test_settling_nothing_gives_nothing() -> None:
    """Hits can all merge away (a request inside a refusal); settling then must not fail."""
    assert asks_module._settle([]) == []


def test_the_fast_fold_equals_the_character_by_character_fold() -> None:
    fold = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}
    for text in (
        "Send the FILES by Friday, ok?",
        "תשלח את הקבצים עד מחר ב-9",
        "mixed טקסט with `ticks` and ״gershayim״",
        "pleaseee send",
        "",
    ):
        assert asks_module._fold(text, fold) == asks_module._fold_slow(text, fold)


@pytest.mark.parametrize(
    ("text", "rhetorical"),
    [
        ("Half the day gone and you still charge full price??", True),
        ("I'm paying you 280 a turnover for THIS??", True),
        # near-misses: real questions
        ("do you still want the files?", False),
        ("Can you still charge the same card?", False),
    ],
)
def test_an_indignant_question_is_rhetorical(text: str, rhetorical: bool) -> None:
    asks = read_asks(text, language="en")
    assert asks.has(AskKind.QUESTION, "rhetorical") is rhetorical


@pytest.mark.parametrize(
    ("language", "text", "main"),
    [
        # Round 41 (harmful): a jab and a "tell me, are you serious??" were answered; the demand
        # beside them was not.
        (
            "he",
            "השלט עקום. מי התקין לך את זה, הבן שלך בן 12? כל הכבוד באמת. אני מחכה לכם היום לפני 5",
            "אני מחכה לכם היום לפני 5",
        ),
        # The demand is the ultimatum's condition (round 108: a refund as its consequence).
        (
            "he",
            "תגיד אתה רציני?? הברז מטפטף שוב. אם אתה לא פה מחר עד 9 אני מבקש את הכסף בחזרה",
            "אם אתה לא פה מחר עד 9",
        ),
        ("en", "WTF?? the lockbox was open all night. Fix the lock today.", "Fix the lock today"),
    ],
)
def test_a_jab_is_never_the_main_ask(language: str, text: str, main: str) -> None:
    asks = read_asks(text, language=language)
    assert asks.main is not None and asks.main.text == main


def test_keep_your_excuses_refuses_them() -> None:
    asks = read_asks(
        "you know what, keep your excuses, I want the deposit back by monday", language="en"
    )
    assert asks.has(AskKind.REFUSAL, "no_excuses")
    assert asks.main is not None and "deposit" in asks.main.text


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype", "read"),
    [
        # Round 39: part of the fee back, a review "going on TripAdvisor", excuses refused in
        # passing and a disputed invoice went unread.
        ("en", "I want 50% back today", AskKind.MONEY, "refund", True),
        ("en", "I want half of your fee back.", AskKind.MONEY, "refund", True),
        (
            "en",
            "or the review goes on TripAdvisor and Google tonight",
            AskKind.THREAT,
            "review",
            True,
        ),
        ("en", "dont give me traffic excuses", AskKind.REFUSAL, "no_excuses", True),
        ("en", "fix it or I'm disputing this month's invoice", AskKind.THREAT, "chargeback", True),
        # Round 41 (harmful): "I'm moving the repo to another agency tonight" went unread.
        (
            "en",
            "If it's not up within the hour I'm moving the repo to another agency tonight.",
            AskKind.THREAT,
            "leave",
            True,
        ),
        # Round 41: asks that went unread
        (
            "he",
            "תגיד לי כמה מקדמה ולאן להעביר, ומתי בערך ההתקנה כדי שאתאם",
            AskKind.QUESTION,
            "when",
            True,
        ),
        (
            "en",
            "And it has to be in before Shabbat, we have 11 people coming",
            AskKind.REQUEST,
            "need",
            True,
        ),
        ("en", "I want half of the $2,400 back. Text only.", AskKind.MONEY, "refund", True),
        # Round 41: a neighbour who "will call" (היא תתקשר) is no ask to call; "…, correct?" is no
        # order to correct; a call or a correction asked for still is.
        ("he", "נתתי את המספר שלך לשכנה מקומה 3 היא תתקשר", AskKind.CHANNEL, "call", False),
        ("he", "נתתי את המספר שלך לשכנה מקומה 3 היא תתקשר", AskKind.REQUEST, "imperative", False),
        (
            "en",
            "so if I send feedback on a Friday it just waits until Sunday, correct?",
            AskKind.REQUEST,
            "imperative",
            False,
        ),
        ("he", "תתקשר אליי מחר בבוקר", AskKind.CHANNEL, "call", True),
        ("en", "please correct the invoice", AskKind.REQUEST, "imperative", True),
        # Round 42's messages: "how much are you giving back" is a refund; "same price pls" asks
        # for one; "pls its not my fault" pleads, it asks nothing more.
        ("he", "תכתוב פה כמה אתה מחזיר על המגשים. לא פחות מחצי", AskKind.MONEY, "refund", True),
        (
            "en",
            "need to switch sunday to thursday. same price pls",
            AskKind.MONEY,
            "same_price",
            True,
        ),
        ("en", "same price pls its not my fault", AskKind.REQUEST, "please", False),
        # Round 43's messages: money that must come back; writing rather than calling; a jab.
        ("he", "אם הכסף לא חוזר עד מחר אני מבטלת את העסקה", AskKind.MONEY, "refund", True),
        (
            "he",
            "ואם המקדמה לא חוזרת אליי השבוע אני פונה לחברת האשראי",
            AskKind.MONEY,
            "refund",
            True,
        ),
        (
            "en",
            "I am writing rather than calling because I would like a record.",
            AskKind.REFUSAL,
            "no_call",
            True,
        ),
        (
            "en",
            "I am writing rather than calling because I would like a record.",
            AskKind.REQUEST,
            "need",
            False,
        ),
        ("he", "אחי מה זה הצבע הזה בסלון?? ביקשתי לבן שבור", AskKind.QUESTION, "rhetorical", True),
        # Round 43: "not paying more for this" (the same scope, faster) is no withholding; not
        # paying until it is fixed is.
        (
            "he",
            "אני לא מתכוון לשלם יותר על זה, it's the same scope, just faster.",
            AskKind.THREAT,
            "withhold",
            False,
        ),
        ("he", "אני לא מתכוון לשלם עד שזה מתוקן", AskKind.THREAT, "withhold", True),
        # "על ההגעה אנחנו לא משלמים": the visit is expected free, nothing is withheld; "על זה אני
        # לא משלם" withholds.
        ("he", "על ההגעה אנחנו לא משלמים, ברור.", AskKind.THREAT, "withhold", False),
        ("he", "על ההגעה אנחנו לא משלמים, ברור.", AskKind.MONEY, "free", True),
        ("he", "על זה אני לא משלם, תתקן קודם", AskKind.THREAT, "withhold", True),
        # Round 48 (harmful): a refused call offered; praise "as always" read as sarcasm.
        (
            "en",
            "We are not interested in a phone call about this.",
            AskKind.REFUSAL,
            "no_call",
            True,
        ),
        (
            "en",
            "All clear from our side, nice work as always.",
            AskKind.SARCASM,
            "praise_complaint",
            False,
        ),
        # Round 47's messages: indignation is no question to answer.
        ("he", "מה, אני אמור לממן לך ניסוי וטעייה?", AskKind.QUESTION, "rhetorical", True),
        # Round 46: "It shouldn't cost more, right?", "same invoice right?" ask for the same price.
        ("en", "It shouldn't cost more, right?", AskKind.MONEY, "same_price", True),
        ("en", "Add the LinkedIn copy too, same invoice right?", AskKind.MONEY, "same_price", True),
        # Round 46 (harmful): "או שאתם מוצאים אותו עד מחר או שאתם משלמים" went unread.
        (
            "he",
            "הז'קט איננו. או שאתם מוצאים אותו עד מחר או שאתם משלמים",
            AskKind.THREAT,
            "compensation",
            True,
        ),
        (
            "he",
            "הז'קט איננו. או שאתם מוצאים אותו עד מחר או שאתם משלמים",
            AskKind.REQUEST,
            "condition",
            True,
        ),
        # Round 45's messages: the owner's plan corrected ("…ב-19:00, לא 19:30 כמו שהצעת"), a
        # requirement with its own subject ("The risotto has to be finished…"), a threat to post
        # the pictures in every wedding group.
        (
            "he",
            "את החופה שמים ליד הבריכה ב-19:00, לא 19:30 כמו שהצעת. תסדר",
            AskKind.REQUEST,
            "correction",
            True,
        ),
        ("he", "אני רוצה 100%, ולא 45% כמו שכתבת", AskKind.REQUEST, "correction", False),
        (
            "en",
            "The risotto has to be finished à la minute at a live station",
            AskKind.REQUEST,
            "need",
            True,
        ),
        (
            "en",
            "I want half back this week or the pictures go up on every wedding group in Israel",
            AskKind.THREAT,
            "review",
            True,
        ),
        # Round 44: refusals of more apologies, read as requests and answered in a field.
        (
            "en",
            "Please don't send me another \"we're so sorry\" email.",
            AskKind.REFUSAL,
            "no_apologies",
            True,
        ),
        (
            "he",
            "איני מעוניין בהתנצלויות נוספות, את אלו כבר שמעתי",
            AskKind.REFUSAL,
            "no_apologies",
            True,
        ),
        # Round 49: a frame's aspect ratio is no time of day; a time still is.
        ("en", "need the 9:16 + 1:1 on top of the 16:9 by EOD", AskKind.DEADLINE, "time", False),
        ("en", "send the 9:16 version too", AskKind.DEADLINE, "time", False),
        ("en", "please send it by 9:16 tomorrow", AskKind.DEADLINE, "time", True),
        # Round 49: the same price asked in other words.
        (
            "en",
            "all by EOD. same budget pls, it's just reframing",
            AskKind.MONEY,
            "same_price",
            True,
        ),
        ("he", "נראה לי הוגן שנשאר על אותו סכום", AskKind.MONEY, "same_price", True),
        ("he", "שילמנו אותו סכום בשנה שעברה", AskKind.MONEY, "same_price", False),
        # Round 58: a price asked down by naming the lower one ("תורידי ל-165", "ב150 לשיעור
        # ולא 200"); a time corrected is no price ("ב-10 ולא 11").
        ("he", "אם תורידי ל-165 אנחנו סוגרים איתך עוד היום", AskKind.MONEY, "discount", True),
        ("he", "אתה עושה את זה ב150 לשיעור ולא 200 נכון", AskKind.MONEY, "discount", True),
        ("he", "ותעשי לי מחיר, כבר הזמנתי ממך פעמיים", AskKind.MONEY, "discount", True),
        ("he", "הפגישה ב-10 ולא 11", AskKind.MONEY, "discount", False),
        # Round 58: the price assumed to cover the extra work, in other words.
        ("en", "I'm assuming this is all part of the package", AskKind.MONEY, "same_price", True),
        (
            "en",
            "shouldn't be a big deal right, same price 🙏 demo is thursday",
            AskKind.MONEY,
            "same_price",
            True,
        ),
        ("he", "אני מניח שזה נכנס בתוך ההצעה", AskKind.MONEY, "same_price", True),
        ("he", "המחיר של הצעה אחרת היה נמוך יותר", AskKind.MONEY, "same_price", False),
        # Round 51: "עושה לי מחיר" asks a price down; "the same package price" does not.
        ("he", "ואל תשכח שאתה עושה לי מחיר על זה", AskKind.MONEY, "discount", True),
        ("en", "same package price please", AskKind.MONEY, "discount", False),
        # Round 56: "no more sorries" refuses apologies (a sorry went to a couple who wrote it).
        (
            "en",
            "And no more sorries please, we've had enough of them.",
            AskKind.REFUSAL,
            "no_apologies",
            True,
        ),
        (
            "en",
            "Sorry for the late reply, no more questions from me.",
            AskKind.REFUSAL,
            "no_apologies",
            False,
        ),
        # Round 60: a wish passed on for someone else went unread.
        ("he", "הנשים ביקשו שיהיו גם עוגות וקוגל.", AskKind.REQUEST, "need", True),
        ("he", "אבא ביקש שתגיע אחרי עשר, הוא ישן עד מאוחר", AskKind.REQUEST, "need", True),
        ("he", "הבת שלי ביקשה שאכתוב לך כי היא בעבודה", AskKind.REQUEST, "need", False),
        ("he", "הוא לא ביקש שתצבע גם את המרפסת", AskKind.REQUEST, "need", False),
        ("en", "The CEO wants a bigger logo on the cover.", AskKind.REQUEST, "need", True),
        ("en", "my mom asked whether you could start at 7", AskKind.REQUEST, "need", True),
        ("en", "the photographer wants to start early", AskKind.REQUEST, "need", False),
        (
            "en",
            "a vegan option and a dessert bar, the VP asked for it",
            AskKind.REQUEST,
            "need",
            False,
        ),
        # "אם אפשר ש…": what should be, asked politely; "אם אפשר, אז…" asks nothing.
        ("he", "ואם אפשר שהחולצות יהיו מוכנות לפני החג", AskKind.REQUEST, "can_you", True),
        ("he", "אם אפשר, אז נדבר מחר", AskKind.REQUEST, "can_you", False),
        # "Take those out and resend the quote" went unread.
        ("en", "Take those out and resend the quote.", AskKind.REQUEST, "imperative", True),
        (
            "en",
            "same price as the quote pls, it's not our fault",
            AskKind.MONEY,
            "same_price",
            True,
        ),
        ("en", "the price is the same as last year's", AskKind.MONEY, "same_price", False),
        # Round 61: outbursts answered in a field instead of the demand beside them.
        (
            "en",
            "WHAT IS THIS?? the date on the cards is wrong",
            AskKind.QUESTION,
            "rhetorical",
            True,
        ),
        (
            "en",
            "what did you do to my car??? it's leaking everywhere",
            AskKind.QUESTION,
            "rhetorical",
            True,
        ),
        (
            "en",
            "what exactly am I paying you a monthly retainer for??",
            AskKind.QUESTION,
            "rhetorical",
            True,
        ),
        ("he", "מה זה?! התאריך על ההזמנות לא נכון", AskKind.QUESTION, "rhetorical", True),
        ("he", "מה עשית לגדר שלי??? היא עקומה לגמרי", AskKind.QUESTION, "rhetorical", True),
        # near-misses: real questions, one mark
        ("en", "what is this charge on my invoice?", AskKind.QUESTION, "rhetorical", False),
        ("he", "מה עשית לגבי הדלת?", AskKind.QUESTION, "rhetorical", False),
        # Rounds 60-61: a field answered "dont tell me traffic" and "אל תתחיל איתי עם רזולוציה",
        # inviting the very excuse or argument the client refused.
        # Round 65 (harmful): "Happy to talk at […]" after "I have no interest in a phone call".
        (
            "en",
            "I have no interest in a phone call, in writing please",
            AskKind.REFUSAL,
            "no_call",
            True,
        ),
        ("en", "I have no interest in a bigger logo", AskKind.REFUSAL, "no_call", False),
        # Round 65: "[yes or no, and why]" for "cash on the day or card beforehand?".
        ("en", "do you want cash on the day or card beforehand?", AskKind.QUESTION, "open", True),
        ("he", "לשלם במזומן ביום או בכרטיס מראש?", AskKind.QUESTION, "open", True),
        ("en", "Are we still more or less on the schedule?", AskKind.QUESTION, "yes_no", True),
        ("he", "אתה מגיע מחר או לא?", AskKind.QUESTION, "yes_no", True),
        (
            "en",
            "are you teaching her anything or just driving around??",
            AskKind.QUESTION,
            "open",
            False,
        ),
        # Round 65: what there must not be, as an instruction; a lone "no X" or "בלי X" is as
        # often a complaint.
        ("en", "no squats, no deadlifts. my cousin's a physio", AskKind.REQUEST, "stance", True),
        ("en", "Also, no flash at all, natural light only.", AskKind.REQUEST, "stance", True),
        ("he", "רק וואטסאפ, בלי טפסים ובלי מערכת הזמנות.", AskKind.REQUEST, "stance", True),
        ("he", "בלי מצגות בבקשה, יש לי מספיק זומים", AskKind.REQUEST, "stance", True),
        ("en", "45 minutes late, no call, no text, nothing.", AskKind.REQUEST, "stance", False),
        ("he", "ומצאתי אותה בלי כובע, שרופה מהשמש", AskKind.REQUEST, "stance", False),
        ("en", "no rush, whenever works", AskKind.REQUEST, "stance", False),
        ("en", "and dont tell me traffic", AskKind.REFUSAL, "no_excuses", True),
        ("en", "Don't tell me I sent the documents late.", AskKind.REFUSAL, "no_excuses", True),
        (
            "en",
            "Don't start with the resolution thing again, just print it",
            AskKind.REFUSAL,
            "no_excuses",
            True,
        ),
        ("he", "אל תתחיל איתי עם רזולוציה, תדפיס ככה", AskKind.REFUSAL, "no_excuses", True),
        (
            "en",
            "a refund, and don't tell me it's in the contract",
            AskKind.REFUSAL,
            "no_excuses",
            True,
        ),
        ("he", "ואל תגידי לי שלא שלחתי קבלות בזמן", AskKind.REFUSAL, "no_excuses", True),
        (
            "en",
            "Don't tell me the price yet, first send the design",
            AskKind.REFUSAL,
            "no_excuses",
            False,
        ),
        ("he", "אל תתחיל לעבוד לפני שאני מאשרת", AskKind.REFUSAL, "no_excuses", False),
        # Round 62: a plan put to the owner for a yes went unanswered.
        (
            "en",
            "We still have your vases, we can drop them at the studio on Thursday if that works for you.",
            AskKind.QUESTION,
            "yes_no",
            True,
        ),
        (
            "he",
            "נקפוץ ביום חמישי להחזיר את האגרטלים, אם זה מתאים לך.",
            AskKind.QUESTION,
            "yes_no",
            True,
        ),
        (
            "en",
            "It works for you and for us, that's what matters.",
            AskKind.QUESTION,
            "yes_no",
            False,
        ),
        # "it has to be this friday before 11" went unread; "כמה דקות" is no price asked.
        ("en", "and it has to be this friday before 11", AskKind.REQUEST, "need", True),
        ("he", "אתה יכול לעבור איתה עכשיו כמה דקות?", AskKind.QUESTION, "how_much", False),
        ("he", "כמה זה יוצא לפעם?", AskKind.QUESTION, "how_much", True),
        # Round 63: an explanation refused in advance got a field; "Cut the …" went unread.
        ("en", "don't send me an explanation about story arc", AskKind.REFUSAL, "no_excuses", True),
        ("en", "I don't need the numbers, just do it", AskKind.REFUSAL, "no_excuses", True),
        ("he", "לא צריך את כל ההסברים על תוכן איכותי", AskKind.REFUSAL, "no_excuses", True),
        ("en", "I don't need the invoice until March", AskKind.REFUSAL, "no_excuses", False),
        ("en", "Cut the intro to 5 seconds", AskKind.REQUEST, "imperative", True),
        ("en", "cut looks great btw", AskKind.REQUEST, "imperative", False),
    ],
)
def test_rounds_39_to_64s_readings(
    language: str, text: str, kind: AskKind, subtype: str, read: bool
) -> None:
    assert read_asks(text, language=language).has(kind, subtype) is read


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # Round 49: a threat's bare condition gives way to the question beside it.
        (
            "קנס של 1,600 ש״ח. מי משלם את זה?? לא מעבירה תשלום החודש עד שזה נסגר",
            "מי משלם את זה??",
        ),
        # With no question beside it, the condition is still what is asked.
        ("לא מעבירה תשלום עד שהשיש יוחלף", "עד שהשיש יוחלף"),
    ],
)
def test_a_bare_condition_gives_way_to_a_question(text: str, main: str) -> None:
    found = read_asks(text, language="he").main
    assert found is not None and found.text == main


@pytest.mark.parametrize(
    ("language", "text", "asked"),
    [
        # Round 61: "I'd like to understand how this happened" went unread (the client's own
        # step, like "I need to understand the scope first").
        ("en", "And I'd like to understand how this happened.", True),
        ("he", "ואני רוצה להבין איך זה קרה.", True),
        ("en", "I need to understand the scope first", False),
        ("en", "I would like to understand how it is acceptable that nobody came", False),
        ("he", "אני צריך להבין מה בדיוק כלול", False),
    ],
)
def test_an_explanation_asked_is_an_ask(language: str, text: str, asked: bool) -> None:
    assert bool(read_asks(text, language=language).of(AskKind.REQUEST)) is asked


@pytest.mark.parametrize(
    ("language", "text", "main"),
    [
        # Round 60: fields answered the client's own wish or step, not the ask beside it.
        (
            "he",
            "השנה הייתה קשה ואני חייב לקצץ בהוצאות הקבועות. אני מבקש להוריד את הריטיינר ל-800",
            "אני מבקש להוריד את הריטיינר ל-800",
        ),
        (
            "en",
            "I really want this to happen, the team loved it. Can you hold Tuesday mornings for us?",
            "Can you hold Tuesday mornings for us",
        ),
    ],
)
def test_a_wish_or_own_step_is_no_ask(language: str, text: str, main: str) -> None:
    found = read_asks(text, language=language)
    assert found.main is not None and found.main.text == main
    assert len(found.of(AskKind.REQUEST)) == 1


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Round 61: a need whose verb comes a few words on was cut in two fields ("ואני חייבת
        # שהחנות האונליין" / "תעלה לפני…").
        ("ואני חייבת שהחנות האונליין תעלה לפני החג", "ואני חייבת שהחנות האונליין תעלה לפני החג"),
        (
            "אני מבקשת שמהשיעור הבא תעבדי רק מהחוברת",
            "אני מבקשת שמהשיעור הבא תעבדי רק מהחוברת",
        ),
    ],
)
def test_a_need_runs_on_to_its_verb(text: str, asked: str) -> None:
    found = read_asks(text, language="he").of(AskKind.REQUEST)
    assert [a.text for a in found] == [asked]


def test_a_dont_past_a_comma_is_an_ask_of_its_own() -> None:
    text = "I need the invoice fixed today, and don't send me the template again"
    found = [a.text for a in read_asks(text, language="en").of(AskKind.REQUEST)]
    assert found == ["I need the invoice fixed today", "don't send me the template again"]


# Round 67: "וגם האלבום כלול נכון??" asks for a yes however many marks follow; a short outcry
# with two marks and no such word still exclaims.
@pytest.mark.parametrize(
    ("language", "text", "outcry"),
    [
        ("he", "וגם האלבום כלול נכון??", False),
        ("en", "it's included right??", False),
        ("he", "זה בפנים בטיפול לא??", False),
        ("he", "שלושה שבועות??", True),
        ("en", "Seriously??", True),
    ],
)
def test_a_tag_question_with_two_marks_is_still_asked(
    language: str, text: str, outcry: bool
) -> None:
    questions = read_asks(text, language=language).of(K.QUESTION)
    assert questions, text
    assert exclaimed(questions[-1]) is outcry


@pytest.mark.parametrize(
    ("language", "text", "asks"),
    [
        # Round 72: "[what you will do and when — answering "I also need you to"]"
        (
            "en",
            "I also need you to:\n- do the rental declaration\n- check the pension deposit",
            ["do the rental declaration", "check the pension deposit"],
        ),
        ("en", "Please do the following:\n1. fix the logo", ["fix the logo"]),
        (
            "en",
            "I want, in writing, today:\n1. what you changed\n2. when it works",
            ["what you changed", "when it works"],
        ),
        (
            "he",
            "אני צריכה שתעשו:\n- לתקן את הלוגו\n- להחליף את הצבע",
            ["לתקן את הלוגו", "להחליף את הצבע"],
        ),
        # A request with words of its own keeps them, list or not.
        ("en", "I need the invoice:\n- in PDF", ["I need the invoice"]),
        ("en", "I also need you to: check the deposit", ["I also need you to: check the deposit"]),
    ],
)
def test_a_request_heading_a_list_asks_through_its_lines(
    language: str, text: str, asks: list[str]
) -> None:
    assert [a.text for a in read_asks(text, language=language).of(K.REQUEST)] == asks


def test_a_request_cut_at_a_refusal_does_not_end_on_its_join() -> None:
    # Round 76: "[…answering "please just add the list from keywords_final.xlsx and"]"
    asks = read_asks(
        "please just add the list from keywords_final.xlsx and don't argue with me", language="en"
    )
    assert [a.text for a in asks.of(K.REQUEST)] == [
        "please just add the list from keywords_final.xlsx"
    ]


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype", "quoted"),
    [
        # Round 83's edits: asks left out because they went unread.
        (
            "en",
            "also we'd want the bar open till 2 instead of 1, hoping thats ok",
            K.REQUEST,
            "need",
            "we'd want the bar open till 2 instead of 1, hoping thats ok",
        ),
        (
            "en",
            "And I'll need it by Sunday, not Wednesday as we said",
            K.REQUEST,
            "need",
            "I'll need it by Sunday, not Wednesday as we said",
        ),
        (
            "en",
            "Also happy to go ahead with the annual support plan you mentioned",
            K.REQUEST,
            "go_ahead",
            "happy to go ahead with the annual support plan you mentioned",
        ),
        (
            "he",
            "שלום עמוס לגבי מחר תכוון בבקשה ל 432 הרץ ולא ל 440",
            K.REQUEST,
            "imperative",
            "תכוון בבקשה ל 432 הרץ ולא ל 440",
        ),
        ("he", "תמדדי בבקשה את החלון בסלון", K.REQUEST, "please", "תמדדי בבקשה את החלון בסלון"),
        # Round 84's edits.
        (
            "he",
            "וגם אם את כבר שם תקני חלב לחם וביצים",
            K.REQUEST,
            "imperative",
            "תקני חלב לחם וביצים",
        ),
        (
            "en",
            "we land Sunday 6am so need the flat ready by 8 latest",
            K.REQUEST,
            "need",
            "need the flat ready by 8 latest",
        ),
        (
            "en",
            "I paid you $1,200 for today and I want every cent back",
            K.MONEY,
            "refund",
            "every cent back",
        ),
        ("en", "Where is my refund?? I want the 1,600 back.", K.MONEY, "refund", "the 1,600 back"),
        (
            "en",
            "If he's not here in 10 min I'm taking a taxi and YOU are paying for it",
            K.MONEY,
            "refund",
            "taking a taxi and YOU are paying for it",
        ),
        (
            "en",
            "This is on you, not me, and I'm taking it off your fee this month",
            K.THREAT,
            "withhold",
            "I'm taking it off your fee",
        ),
        (
            "en",
            "and the whole Joburg shul group will hear about this",
            K.THREAT,
            "review",
            "the whole Joburg shul group will hear about this",
        ),
        # Round 84's edits, further: an offer on a condition, "go over", a price not understood,
        # a time the job must meet, one more thing in passing.
        (
            "he",
            "תמשיכי כמו שאת חושבת. אם צריך להגדיל את הריטיינר תגידי, אין בעיה.",
            K.REQUEST,
            "imperative",
            "אם צריך להגדיל את הריטיינר תגידי",
        ),
        ("he", "ותעבור על השמות והמספרים", K.REQUEST, "imperative", "ותעבור על השמות והמספרים"),
        (
            "he",
            "אז אני לא מבין למה אתה מבקש 4,500 ₪ על המעבר.",
            K.QUESTION,
            "open",
            "אני לא מבין למה אתה מבקש 4,500 ₪ על המעבר",
        ),
        (
            "en",
            "same price no? also hotel pickup must be 3:30 not 4",
            K.REQUEST,
            "need",
            "hotel pickup must be 3:30 not 4",
        ),
        (
            "en",
            "we need the pics in 48h. oh and a short video for insta too",
            K.REQUEST,
            "need",
            "oh and a short video for insta too",
        ),
        # A request ends before the word that leads into the next one, and keeps "עד אז" (a guard:
        # held before).
        ("he", "לא צריך עוד סקיצה רק תעשה", K.REQUEST, "stance", "לא צריך עוד סקיצה"),
        (
            "he",
            "החנות נפתחת ב-1 בחודש ואני צריכה שהשילוט יהיה מוכן עד אז.",
            K.REQUEST,
            "need",
            "ואני צריכה שהשילוט יהיה מוכן עד אז",
        ),
        # Round 85's edits: a withheld cheque and a community told, written calmly and formally.
        (
            "he",
            "אני מודיע לכם שאת הצ'ק האחרון (18,000 ₪) ביטלתי בבנק עד שתתנו תשובה.",
            K.THREAT,
            "withhold",
            "הצ'ק האחרון (18,000 ₪) ביטלתי",
        ),
        (
            "he",
            "כל הקהילה בבית שמש תשמע איך מתנהגים אצלכם",
            K.THREAT,
            "review",
            "כל הקהילה בבית שמש תשמע",
        ),
        # Round 86: a sorry refused by quoting "מתנצלים", a call asked to someone else.
        (
            "he",
            'אל תשלחו לי עוד "מתנצלים על אי הנוחות" תגידו מה אתם עושים',
            K.REFUSAL,
            "no_apologies",
            'אל תשלחו לי עוד "מתנצלים',
        ),
        # A run-on chat's own need after "אמרתם ש…" is still hers (a guard: held before).
        (
            "he",
            "מתי מוכן?? אמרתם שעתיים כבר עברו שלוש אני חייבת אותו עד 4",
            K.REQUEST,
            "need",
            "אני חייבת אותו עד 4",
        ),
    ],
)
def test_rounds_83_to_86s_readings(
    language: str, text: str, kind: AskKind, subtype: str, quoted: str
) -> None:
    asks = read_asks(text, language=language)
    assert (kind, subtype, quoted) in [(a.kind, a.subtype, a.text) for a in asks.items]


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype"),
    [
        ("en", "I'll need to run the date past the vaad first", K.REQUEST, "need"),
        ("en", "I'm not happy to go ahead with this", K.REQUEST, "go_ahead"),
        ("en", "Happy to start this week", K.REQUEST, "go_ahead"),
        ("en", "need final menu TONIGHT pls my flight lands at 22:00", K.REQUEST, "please"),
        (
            "en",
            "I'm not paying another shekel and if the floor is ruined you're paying for it",
            K.MONEY,
            "refund",
        ),
        (
            "en",
            "We'd also need everything at the office by next Thursday",
            K.DELIVERABLE,
            "extra_item",
        ),
        (
            "en",
            "In addition, I'd like to go through the programme by phone",
            K.DELIVERABLE,
            "extra_item",
        ),
        ("he", "לפי התקנה החדשה צריך שלט", K.REQUEST, "imperative"),
        ("he", "תודה בבקשה", K.REQUEST, "please"),
        # Round 87: a call missed is none asked; a reimbursement from the client's own employer
        # is no refund from the owner.
        ("en", "Your crew turned up at 11:15 without so much as a phone call.", K.CHANNEL, "call"),
        (
            "en",
            "Can you send me the invoice? I need it for reimbursement from work",
            K.MONEY,
            "refund",
        ),
        # Round 87: "ראשון עד חמישי" is a range of weekdays, no deadline.
        ("he", "אנחנו מחפשים מטפלת, ראשון עד חמישי מ-13:00", K.DEADLINE, "relative"),
        # Round 89: a list's lead ("…we will need for the gala:") and the client's own planning
        # ("אני צריכה לתכנן את השבוע") are no needs of their own.
        (
            "en",
            "A few more things we will need for the donor gala on 14 November:\n- a 60-second cutdown",
            K.REQUEST,
            "need",
        ),
        ("he", "ותחזירי לי תשובה היום. אני צריכה לתכנן את השבוע", K.REQUEST, "need"),
    ],
)
def test_rounds_84_to_89s_near_misses_are_not_read(
    language: str, text: str, kind: AskKind, subtype: str
) -> None:
    assert not read_asks(text, language=language).has(kind, subtype)


@pytest.mark.parametrize(
    ("language", "text", "main"),
    [
        # Round 84: a stranded family's "WHERE IS THE GUIDE???" is asked, however loudly.
        (
            "en",
            "WHERE IS THE GUIDE??? we've been waiting since 7:40. I want every cent back",
            "WHERE IS THE GUIDE???",
        ),
        ("he", "מתי מגיעים??? אנחנו מחכים מ-7:40. אני רוצה את כל הכסף בחזרה", "מתי מגיעים???"),
        # …but a cry about a virtue is still no question.
        (
            "en",
            "where is the professionalism?? send me the corrected invoice today",
            "send me the corrected invoice today",
        ),
        # Round 85: "ה-15 מסתדר?" asks a date, however short; "אתה שם?" still only opens a chat.
        ("he", "עוד לא. ה-15 מסתדר?", "ה-15 מסתדר?"),
        ("he", "אני צריך לתפוס אותו. אפשר לדבר על זה אחרי החגים?", "אפשר לדבר על זה אחרי החגים"),
        # Round 86: "החלקים הגיעו?" asks about a thing, however short.
        ("he", 'אני בחו"ל עד ה-20. החלקים הגיעו? אני אחזור אליכם כשאני נוחת', "החלקים הגיעו?"),
    ],
)
def test_round_84_to_86s_main_asks(language: str, text: str, main: str) -> None:
    found = read_asks(text, language=language).main
    assert found is not None and found.text == main


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("he", "אם יש שאלות תגידי", "אם יש שאלות"),
        ("he", "אשתי אמרה שתעבור על זה בחגים", "שתעבור"),
        ("he", "אני לא מבינה איך עשית את זה בלי לשאול אותי", "לא מבינה"),
        ("en", "you must be kidding, the floor is ruined", "must be"),
        # Round 86: the owner's own words told back ("אמרת שהמדחס צריך…") are no need of the client's; patience asked is no ask.
        ("he", "אמרת שהמדחס צריך להגיע 10 ימים. אני לא יכולה לחכות", "צריך להגיע"),
        ("en", "Kindly bear with us while the board decides", "bear with"),
    ],
)
def test_round_84_and_86s_near_misses(language: str, text: str, kind: str) -> None:
    asked = read_asks(text, language=language).items
    assert not [a for a in asked if kind in a.text and a.kind in (K.REQUEST, K.QUESTION)]


@pytest.mark.parametrize(
    ("language", "text", "returns"),
    [
        # Round 85: the client will get back to the owner (value "returns"), or the owner is asked
        # to wait without it.
        (
            "en",
            "Haven't looked at the drafts yet, will get back to you when things calm down",
            True,
        ),
        ("en", "Love it!! Going to show my husband and get back to you", True),
        ("he", "עוד לא הספקתי לעבור על הטקסטים. אחזור אלייך כשיירגע פה קצת", True),
        ("he", "החתונה נדחתה, אין לנו עוד תאריך חדש. נעדכן", True),
        ("en", "can we push it back a bit? things are crazy", False),
        ("he", "אפשר לדחות לשבוע הבא?", False),
    ],
)
def test_a_client_who_will_get_back_is_read_so(language: str, text: str, returns: bool) -> None:
    postponed = read_asks(text, language=language).of(K.POSTPONE)
    assert postponed
    assert any(a.value == "returns" for a in postponed) is returns


@pytest.mark.parametrize(
    ("language", "text", "asked", "not_asked"),
    [
        # Round 94: a question joined on after a request ("…, and when", "and how much",
        # "…, ומתי") is an ask of its own, not the request's tail.
        (
            "en",
            "Send me the contract and I sign, and when I can have the keys?",
            "Send me the contract and I sign",
            "when I can have the keys",
        ),
        (
            "en",
            "Just tell us when we sign and how much for the deposit",
            "Just tell us when we sign",
            "how much for the deposit",
        ),
        (
            "he",
            "תשלח לי את החוזה ואני חותם, ומתי אפשר לקבל מפתח?",
            "תשלח לי את החוזה ואני חותם",
            "מתי",
        ),
    ],
)
def test_a_question_joined_on_ends_the_request(
    language: str, text: str, asked: str, not_asked: str
) -> None:
    requests = read_asks(text, language=language).of(K.REQUEST)
    assert asked in [a.text for a in requests]
    assert not any(not_asked in a.text for a in requests)


@pytest.mark.parametrize(
    ("language", "text", "inside"),
    [
        # …but a question the request itself asks, or one after a bare comma, stays in it
        # (guards: held before the fix too).
        ("en", "can you tell me how much it costs to add a stop?", "how much it costs"),
        ("he", "רק תגידי לי עד סוף השבוע כמה זה יעלה, שאכניס לתקציב", "כמה זה יעלה"),
        ("he", "נשמח לעוד מפגש בחנוכה, מה התאריכים הפנויים שלך?", "מה התאריכים"),
        # …and a question settled into a longer one starts nothing of its own.
        (
            "en",
            "Could you send over the contract and let us know how much the deposit is and how to pay it?",
            "how much the deposit is",
        ),
    ],
)
def test_a_question_not_joined_on_stays_in_the_request(
    language: str, text: str, inside: str
) -> None:
    requests = read_asks(text, language=language).of(K.REQUEST)
    assert any(inside in a.text for a in requests), [a.text for a in requests]


@pytest.mark.parametrize(
    ("language", "text", "subtype"),
    [
        # Round 94: "park the boiler thing for now" puts it off; "לדחות לאחרי פסח" is after the holidays.
        ("en", "Can we park the boiler thing for now? I'll be in Tel Aviv in April", "pause"),
        ("en", "can we park this for a while? the board meets in May", "pause"),
        ("he", "אפשר לדחות את עניין הדוד לאחרי פסח?", "after_holidays"),
    ],
)
def test_round_94s_put_offs(language: str, text: str, subtype: str) -> None:
    assert read_asks(text, language=language).has(K.POSTPONE, subtype)


def test_a_car_park_is_no_put_off() -> None:
    # guard: held before its fix too
    assert not read_asks("Where do we park the truck tomorrow?", language="en").has(K.POSTPONE)


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype", "read"),
    [
        # Round 95: a month naming an event ("the july session") is no deadline; a count ("extend by
        # 2–3 days") is no time of day; "reverse the 160" asks money back; "what's the use of 24/7
        # if nobody answers??" is rhetorical; "let me get back to u" returns.
        ("en", "is there still a place in the july session?", K.DEADLINE, "relative", False),
        ("en", "can we start in July?", K.DEADLINE, "relative", True),  # guard: held before too
        ("en", "We may extend by 2–3 days but won't know", K.DEADLINE, "time", False),
        ("en", "I need it at 2 today", K.DEADLINE, "time", True),  # guard: held before too
        ("en", "reverse the 160 today or I'm disputing it", K.MONEY, "refund", True),
        ("he", "בשביל מה אתם כותבים 24/7 אם אין אף אחד??", K.QUESTION, "rhetorical", True),
        # Round 97: explanations and apologies refused, in the words clients use.
        ("he", "ולא צריך שוב את ההסבר על משקל על הריס", K.REFUSAL, "no_explanations", True),
        ("he", "אני לא צריך שתסביר לי פשוט תעשה ככה", K.REFUSAL, "no_explanations", True),
        ("he", "תעשי ככה, אני לא צריכה הרצאה על השיער שלי", K.REFUSAL, "no_explanations", True),
        (
            "en",
            "Don't send me another apology, send me a fixed PDF.",
            K.REFUSAL,
            "no_apologies",
            True,
        ),
        # Round 106: posting about the owner in groups is a threat.
        (
            "he",
            "אני דורשת החזר של חצי ואני כותבת עלייך בכל קבוצה של ישראלים בפורטוגל",
            K.THREAT,
            "review",
            True,
        ),
        # A fresh-eyes review of rounds 94-104's readings: a greeting with one mark is no outcry;
        # money received back is no refund; praise told by others is still mocked by an emoji;
        # "ויזה" joins no question.
        ("he", "מה קורה איתך? רציתי לשאול לגבי המחיר של הסדנה", K.QUESTION, "rhetorical", False),
        ("he", "תודה, קיבלתי את ה-420 בחזרה", K.MONEY, "refund", False),
        (
            "en",
            "Everyone said you're super helpful. Still waiting 3 days for an answer 🙄",
            K.SARCASM,
            "praise_complaint",
            True,
        ),
        (
            "he",
            "כולם אמרו שאתם תותחים 🙄 שלושה ימים אני מחכה לתשובה",
            K.SARCASM,
            "praise_complaint",
            True,
        ),
    ],
)
def test_rounds_95_to_105s_readings(
    language: str, text: str, kind: AskKind, subtype: str, read: bool
) -> None:
    assert read_asks(text, language=language).has(kind, subtype) is read


def test_get_back_to_u_returns() -> None:
    asks = read_asks("let me get back to u when things calm down", language="en")
    assert any(a.value == "returns" for a in asks.of(K.POSTPONE))


def test_a_sums_comma_starts_no_clause() -> None:
    # Round 96: "1,200" cut the request at its comma ("אני רוצה 1").
    asks = read_asks("אני רוצה 1,200 ₪ פיצוי עד מחר בערב או שאני פותח תביעה קטנה", language="he")
    assert "אני רוצה 1,200 ₪ פיצוי עד מחר בערב" in [a.text for a in asks.of(K.REQUEST)]


def test_what_the_owner_said_told_back_with_a_prefix_is_no_ask() -> None:
    # Round 96: "שאמרת שהוא צריך עוד 10 שיעורים" is the owner's word, no need nor addition.
    asks = read_asks(
        "אני יודע שאמרת שהוא צריך עוד 10 שיעורים לפחות, אז בוא נעשה כפולים", language="he"
    )
    assert not asks.has(K.REQUEST, "need")
    assert not asks.has(K.DELIVERABLE, "extra_item")


def test_a_sum_asked_back_is_a_refund() -> None:
    assert read_asks("אני רוצה את ה-420 בחזרה. עד סוף השבוע", language="he").has(K.MONEY, "refund")


def test_the_client_who_will_say_when_returns() -> None:
    asks = read_asks("בואי נדבר שבוע הבא ואני אגיד לך מתי מתאים לי", language="he")
    assert any(a.value == "returns" for a in asks.of(K.POSTPONE))


def test_how_many_are_needed_is_no_need() -> None:
    text = "אני סומך עליכם לגמרי לגבי כמה טיפולים צריך ואיזה מכשיר"
    assert not read_asks(text, language="he").has(K.REQUEST, "need")


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # Round 100: "היינו צריכים" tells what was due; "הייתי רוצה" still asks (a guard).
        ("אני יודע שהיינו צריכים לעשות את הטיפול השני לפני שבועיים", False),
        ("הייתי רוצה להוסיף עוד שני שיעורים בשבוע עד הבחינה", True),
    ],
)
def test_what_was_due_is_no_need(text: str, need: bool) -> None:
    assert read_asks(text, language="he").has(K.REQUEST, "need") is need


@pytest.mark.parametrize(
    ("text", "sarcasm"),
    [
        # Round 101: a referral's praise reported ("היא אמרה שאתם תותחים") is meant; praise beside
        # a time the owner missed is still sarcasm (a guard).
        ("קיבלתי את המספר שלך מיעל, היא אמרה שאתם תותחים 🙏 צריכה ניקיון, כניסה ב-1 לחודש", False),
        ("הטכנאי אמר שיגיע ב-8, תותחים באמת 🙄 עכשיו 11", True),
    ],
)
def test_reported_praise_is_no_sarcasm(text: str, sarcasm: bool) -> None:
    assert read_asks(text, language="he").has(K.SARCASM) is sarcasm


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Rounds 127-128: a jab asks nothing a field should answer.
        ("he", 'ירד לי 280 ש"ח על ביטול מאוחר. זה מה שחשוב לכם, הכסף?'),
        ("he", "מי הגאון אצלכם שמנהל את הספרים?"),
        ("en", "who is the genius running your books?"),
        ("en", "Is money all you care about?"),
    ],
)
def test_rounds_127_and_128s_jabs_are_rhetorical(language: str, text: str) -> None:
    assert read_asks(text, language=language).has(K.QUESTION, "rhetorical")


def test_a_few_more_is_no_price_question() -> None:
    # Round 104: "עוד כמה תיקונים" is "a few more fixes", no "how much".
    text = "ההשקה ביום חמישי ואתה שולח לי ״עוד כמה תיקונים״??"
    assert not read_asks(text, language="he").has(K.QUESTION, "how_much")


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype", "value"),
    [
        # Round 123's harmful reply: "1 150 ₪" is one sum, written with a space for thousands.
        ("en", "You take 1 150 ₪. I want all my money back", "money", "amount", "1150 ILS"),
        ("he", 'שילמתי 1 150 ש"ח על המסך', "money", "amount", "1150 ILS"),
        ("en", "The quote was 11,490 NIS", "money", "amount", "11490 ILS"),  # guard: held before
        # Round 124: "flick me the files" sends; "בחנות אחרת" is "another shop", no "or else"
        # cutting off the request after it.
        (
            "en",
            "flick me the final files + invoice and I'll pay today",
            "request",
            "imperative",
            "send",
        ),
        ("he", "ראיתי אותו בחנות אחרת, אני מבקש שתתאימו את המחיר.", "request", "need", None),
        # Rounds 125-126: "don't tell me the driver counted" refuses the claim before it is made.
        ("he", "ואל תגידי לי שהנהג ספר", "refusal", "no_excuses", None),
        ("he", 'ואל תכתבו לי שהוא "זז הרבה על השולחן".', "refusal", "no_excuses", None),
        ("en", "and don't tell me the driver counted", "refusal", "no_excuses", None),
        # Round 132: "Send me an answer" asks for a reply; no more reports or reminders refused.
        (
            "en",
            "Don't send me another report. Send me an answer.",
            "request",
            "imperative",
            "reply",
        ),
        ("en", "Don't send me another report. Send me an answer.", "refusal", "no_excuses", None),
        ("he", "ואל תשלחי לי תזכורות", "refusal", "no_excuses", None),
        # The session's review: a space-thousands sum before a comma, a sum after a date or a
        # number sign, a request beside "myself" or after "let's be honest about…", a need after
        # "באפליקציה אחרת", a jab about the service.
        ("en", "I paid $1 150, and I want a full refund.", "money", "amount", "1150 USD"),
        ("he", "חויבתי ב-12/3 100 ₪ על ביקור", "money", "amount", "100 ILS"),
        ("en", "Invoice #4 300 ₪ is wrong", "money", "amount", "300 ILS"),
        (
            "en",
            "Hi, I'd like to introduce myself and ask for a quote for a logo.",
            "request",
            "need",
            None,
        ),
        (
            "en",
            "Let's be honest about the timeline and move the shoot to Sunday.",
            "request",
            "lets",
            None,
        ),
        ("he", "ראיתי את זה באפליקציה אחרת, אני מבקש שתתאימו את המחיר", "request", "need", None),
        (
            "he",
            "אני עומדת מחוץ למשרד והדלת נעולה!!! זה שירות זה?? תענו לי עכשיו",
            "question",
            "rhetorical",
            None,
        ),
        # Round 135: "I'd rather" wants a way.
        (
            "en",
            "I'd rather wire the 10% down payment straight to the seller's account tomorrow.",
            "request",
            "need",
            None,
        ),
        # Round 127: a day of the month at the end of a sentence is still a date.
        ("he", "אני יודעת שהמלון ביקש עד ה-20.", "deadline", "date", "---20"),
    ],
)
def test_rounds_123_and_124s_readings(
    language: str, text: str, kind: str, subtype: str, value: str | None
) -> None:
    found = [
        a
        for a in read_asks(text, language=language).items
        if (a.kind, a.subtype) == (kind, subtype)
    ]
    assert found, [(a.kind, a.subtype, a.text) for a in read_asks(text, language=language).items]
    assert value is None or found[0].value == value


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype"),
    [
        # Round 123's harmful reply: "how many lessons are left" asks no price, and "a few more
        # lessons, right?" asks for a yes.
        ("he", "כמה שיעורים נשארו לנו בכרטיסייה?", "question", "how_much"),
        ("he", "אגב נשארו לנו עוד כמה שיעורים מהכרטיסייה, נכון?", "question", "how_much"),
        # guard: held before its fix too (the fix must not read "a few more" as "how many")
        ("he", "אגב נשארו לנו עוד כמה שיעורים מהכרטיסייה, נכון?", "question", "open"),
        # …and a call wanted once the work is done is no call now.
        ("en", "Please do it this way and call me only when it's ready.", "channel", "call"),
        ("en", "call me once it's fixed", "channel", "call"),
        ("he", "תעשה ככה ותתקשר אליי רק כשזה מוכן", "channel", "call"),
        # A list's lead-in asks nothing of its own: its lines are the asks.
        (
            "he",
            "כמה דברים שאני רוצה שיהיו ברורים מראש:\n1. המעבה על הגג.\n2. את התעלה תעשה בצד שמאל.",
            "request",
            "need",
        ),
        (
            "en",
            "A few things I want to be clear upfront:\n1. The unit goes on the roof.\n2. Put the duct on the left.",
            "request",
            "need",
        ),
        # …and a "don't tell me the price over the phone" is no claim refused (a guard).
        ("en", "don't tell me the price over the phone, write it", "refusal", "no_excuses"),
        # Round 126: what the client must do themselves asks nothing of the owner.
        (
            "en",
            "I paid for professional service, not for a draft that I need to fix myself at 2 at night.",
            "request",
            "need",
        ),
        # Round 132: a preface and the client's own sit-down ask nothing.
        ("en", "Let's be blunt. I've paid you $9,000 over six months.", "request", "lets"),
        ("he", 'אני צריך לשבת איתו ולראות מה הלו"ז שלו מול הצבא', "request", "need"),
        ("en", "send me the report", "request", "lets"),  # guard: held before its fix too
        # …an instruction about names is no claim refused; an ordinal is no date.
        ("he", "בהזמנה אל תכתבו לי שמות באנגלית, רק בעברית.", "refusal", "no_excuses"),
        ("he", "זו הפעם ה-3, ואני כבר לא מוכנה", "deadline", "date"),
        ("he", "הקומה ה-5, בלי מעלית", "deadline", "date"),
        # "flick through the deck" browses (a guard: held before its fix too).
        ("en", "I'll flick through the deck tonight", "request", "imperative"),
        # "or else" still cuts off a threat's consequence (a guard: held before its fix too).
        ("he", "תחזירו לי את הכסף אחרת אני מבטל את ההזמנה", "request", "need"),
    ],
)
def test_rounds_123_and_124s_near_misses(language: str, text: str, kind: str, subtype: str) -> None:
    asks = read_asks(text, language=language)
    assert not asks.has(kind, subtype), [(a.kind, a.subtype, a.text) for a in asks.items]


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype"),
    [
        ("he", "כמה שיעורים נשארו לנו בכרטיסייה?", "question", "open"),
        ("he", "כמה זה עולה לשיעור?", "question", "how_much"),  # guard: held before its fix too
        ("en", "call me when you can", "channel", "call"),  # guard: held before its fix too
        ("he", "תתקשר אליי כשאתה יכול", "channel", "call"),  # guard: held before its fix too
    ],
)
def test_how_many_and_a_call_now_are_still_read(
    language: str, text: str, kind: str, subtype: str
) -> None:
    assert read_asks(text, language=language).has(kind, subtype)
