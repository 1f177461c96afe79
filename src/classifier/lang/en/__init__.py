"""The English language pack.

English shares the Latin script with languages this project does not read, so a Latin-script
text is only called English when English function words back it up. Its mail artifacts include
the headers French and German mail clients write, which English-speaking clients forward too.
"""

from __future__ import annotations

import re

from classifier import Label
from classifier.lang import LanguagePack, register

FUNCTION_WORDS = frozenset(
    """the a an and or but to of in on for with at by from is are was were be been being am i you
    he she we they it this that these those my your our their me us him her them not no do does
    did done have has had will would can could should shall may might must please thanks thank hi
    hey hello just so if as what when why how where who there here about up out all any some get
    got let i'm i've i'll i'd it's that's you're we're they're don't can't won't didn't isn't
    wasn't doesn't haven't let's ok okay yes yeah still again after before back next than then
    also very too""".split()
)
# Function words of the other Latin-script languages clients may write in.
FOREIGN_FUNCTION_WORDS = frozenset(
    """le la les des est et je vous nous pour avec une du au ne pas que qui merci bonjour el los
    las es y yo usted para con una por del muy gracias hola der die das und ist ich nicht mit für
    ein eine zu bitte danke il gli della è io che non sono grazie ciao os da é eu você não obrigado
    olá""".split()
)

_MODIFIERS = frozenset(
    """the a an my our your their this these those final new updated revised first second third
    last latest full remaining corrected original edited high-res print other current""".split()
)
_POSSESSIVE = {"my": "your", "our": "your", "mine": "yours"}
_DETERMINERS = frozenset("the a an my our your their this these those".split())


def object_phrase(source: str, start: int, end: int) -> str:
    """The client's words for a thing with the words in front that make it a phrase.

    "send the final files" → "the final files"; "my logo" → "your logo" (the reply speaks to the
    client); a bare noun gets "the" ("files" → "the files").
    """
    own = source[start:end].split()
    if own and own[0].lower() in _DETERMINERS:  # already a phrase ("my logo")
        head = own[0].lower()
        return " ".join([_POSSESSIVE.get(head, head), *own[1:]])
    before = source[:start].split()[-3:]
    taken: list[str] = []
    for word in reversed(before):
        bare = word.lower().strip(",.;:!?\"'()")
        if bare != word.lower() or bare not in _MODIFIERS:
            break
        taken.insert(0, _POSSESSIVE.get(bare, word.lower() if bare in _DETERMINERS else word))
    phrase = " ".join([*taken, source[start:end].strip()])
    if not taken or taken[0].lower() not in _DETERMINERS:
        phrase = "the " + phrase
    return phrase


_THING = re.compile(
    # The words are looked ahead at, not taken: "this inside the budget" still finds "the budget".
    r"\b(the|my|our|your|this|these|those)\s+(?=([a-z][a-z0-9'-]*(?:\s+[a-z][a-z0-9'-]*){0,2}))",
    re.IGNORECASE,
)
# Heads that name no thing a reply should repeat.
_NOT_THING_WORDS = frozenset(
    """one ones same rest way time times end moment morning evening night week weekend month year
    day days thing things point fact idea meantime case lot whole other others first last best
    team staff crew money usual needful kid kids child children family wife husband mom dad parents
    photographer buyer buyers seller tenant tenants landlord neighbour neighbours neighbor
    neighbors boss manager
    only remaining earliest latest fall spring summer winter autumn hour hours minute minutes expert experts client clients company people guy guys trend message messages msg msgs email emails e-mail call calls reply answer
    above below following father mother bride groom couple states full""".split()
)
# Words that are no part of the phrase in front of them: a verb or an adverb after the noun
# ("the app crashes", "the bio ready", "the drafts yet", "the invoice corrected"), or a
# preposition ("the final invoice including the extra evening", round 94).
_EXPLETIVES = frozenset("hell heck fuck".split())
_AFTER_NOUN = frozenset(
    """says say said ready yet now live again too also asap eventually open today tomorrow
    tonight yesterday crashes crashed works worked looks looked seems needs wants is are was were
    happened happens means mean meant while whilst when where because since
    stuff until till since via per into onto through across without within during pls please
    thanks thx inside outside here there instead anyway under over above below behind upstairs
    downstairs me you him her us them whenever later soon between among around along across
    beyond isnt arent wasnt werent doesnt
    dont didnt wont cant aint hasnt havent
    including excluding regarding concerning following plus minus incl
    closes opens starts ends begins finishes launches goes comes""".split()
)
# Verbs and complements after a noun ("the mockups came", "the package includes", "keep the
# narration formal"): no part of the thing, though an adjective in front is ("the short cut").
_AFTER_NOUN_ONLY = frozenset(
    """go goes went gone come comes came get gets got make makes made take takes took give
    gives gave include includes included look looks paid redone done told tell tells say
    stay stays keep keeps kept run runs ran show shows seem seems start starts feel feels
    formal real simple short long clean clear ready right wrong fine good great perfect nice
    cheap expensive late early hostage exactly starting going coming getting looking like
    rather though far near urgent important necessary possible overdue""".split()
)
# Counts in front of a noun: "the two kids' rooms" keeps no noun once the possessive is cut.
_COUNTS = frozenset("two three four five six seven eight nine ten both all few several".split())
# Words in front that add nothing a reply should repeat ("the whole banner" → "the banner").
_EMPTY_MODIFIERS = frozenset("whole entire same".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
_MAX_THINGS = 12
_ORDER_WORDS = frozenset("first last only already".split())
# Sayings whose noun is no thing of the message (round 39: "About this close:", "About the
# drain:", "About this movie:"); "fix the drain" still names one.
_SAYINGS = re.compile(
    r"\b(?:down the drain|(?:in|out of) the loop|on the same page|drop(?:ped)? the ball|"
    r"the last straw|the bottom line|the elephant in the room|"
    # Round 51: "About the power:" for a power of attorney, "About those word:" for word for word.
    r"(?:the|a|your|my) power of attorney|(?:these|those|the) words? for word|"
    r"(?:this|that) (?:close|far|much|many|long|movie|film|song|story))\b",
    re.IGNORECASE,
)
# "last"/"first"/"only" right after the words, with a word of the same phrase after it.
_ORDER_THEN_WORD = re.compile(r"\s+(?:first|last|only)\s+([a-z][a-z'-]*)", re.IGNORECASE)


def _before_order_word(source: str, end: int) -> bool:
    """Whether the words ending at ``end`` are an adjective before "last date", "only option"."""
    m = _ORDER_THEN_WORD.match(source, end)
    # "the files first thing tomorrow": an idiom after the thing, not its noun.
    return m is not None and m.group(1).lower() not in FUNCTION_WORDS | _NOT_THING_WORDS


def things(source: str) -> list[tuple[int, int]]:
    """Spans of the definite noun phrases of a message ("the boiler", "my logo", "the whole
    banner"), cut at the first function word, and not time or filler phrases ("the end")."""
    out: list[tuple[int, int]] = []
    sayings = [m.span() for m in _SAYINGS.finditer(source[:2_000])]
    for match in _THING.finditer(source[:2_000]):
        words = match.group(2).split()
        # Two words make the phrase ("the logo files"); a third only after a modifier ("the final
        # logo files"): past two words an adjective may already be what is said of the thing
        # ("the whole banner green").
        if (
            words[0].lower() in _EMPTY_MODIFIERS
            and words[2:3]
            and words[2].lower() in _NOT_THING_WORDS
        ):
            continue  # "the whole golden hour walk": its noun is no thing to name
        if words[0].lower() not in _MODIFIERS or words[0].lower() in _EMPTY_MODIFIERS:
            words = words[:2]
        kept: list[str] = []
        for i, word in enumerate(words):
            low = word.lower()
            if low in FUNCTION_WORDS or (
                i
                and (
                    low in _AFTER_NOUN
                    or low in _AFTER_NOUN_ONLY
                    or low in _ORDER_WORDS  # "sand the floor first"
                    or low.endswith(("ed", "ly"))
                    or low[-1].isdigit()
                    or "'" in low  # "the files aren't", "the site's"
                )
            ):
                break
            kept.append(word)
        if _before_order_word(source, match.start(2) + len(" ".join(kept))):
            continue  # "the absolute last date": an adjective, its noun further on
        if kept and kept[-1].lower() in _NOT_THING_WORDS:
            continue  # its head names no thing ("the golden hour", "the same day")
        if kept and kept[0].lower().endswith(("'s", "’s")):
            continue  # "the journal's house style": a possessive cut short names the wrong thing
        if kept and kept[-1].lower() in _EMPTY_MODIFIERS | _MODIFIERS:
            # "the entire 1,500 deposit", "the current fixed fee" cut at "fixed": the modifier
            # alone names nothing (round 51: "About the current:").
            continue
        if kept and kept[0].lower().endswith("ed") and match.group(1).lower() in _DEMONSTRATIVES:
            continue  # "I want this documented": a participle, no noun
        if (
            not kept
            or kept[0].lower() in _AFTER_NOUN
            or kept[0].lower() in _COUNTS
            or kept[0].lower() in _EXPLETIVES  # "who the hell told"
            or kept[0].lower().endswith("ly")
        ):
            continue  # "this actually cause": an adverb, no noun
        if source[max(0, match.start() - 4) : match.start()].lower() == "for ":
            continue  # "by Monday for the board": whom it is for, not what is asked
        if any(s <= match.start() < e for s, e in sayings):
            continue  # "I'm this close to posting", "down the drain": a saying, no thing
        if match.group(1).lower() in ("my", "our", "your"):
            # The owner's thing ("your printer") or the client's own, which is as often a claim
            # ("I know my audience", "on our side") as what they ask about: not named.
            continue
        end = match.start(2) + len(" ".join(kept))
        if source[match.start(2) : end] != " ".join(kept):
            continue  # the words were spread over unusual spacing: skip rather than misquote
        start = match.start()
        if kept[0].lower() in _EMPTY_MODIFIERS and len(kept) > 1:
            start = match.start(2) + len(kept[0]) + 1  # "the whole banner": the noun alone
        out.append((start, end))
        if len(out) == _MAX_THINGS:
            break
    return out


# Words of a thing a reply may name (compose: LanguagePack.topics).
_TOPICS = frozenset(
    (
        "ac accounts ad paperwork logins key keys addition additions ads agreement album app appointment article articles "
        "audit backup balance banner banners bathroom battery bill bio blog boiler booking "
        "branding brief brochure budget bug bugs cabinet cabinets cake campaign candles caption "
        "captions car cards catering ceiling changes chapter chapters checkout class classes "
        "clause cleaning clip clips collection colors colours content contract copy cost costs "
        "couch course cover crown cut date dates deadline deck delivery deposit design designs "
        "discount dish dishes document documents domain door doors draft drafts drawings edits "
        "estimate exam extension extra extras fee fees fence file files fix fixes floor floors "
        "flyer flyers font fonts footage form forms furniture gallery garden guide headings "
        "headline headlines heater homepage hosting illustration illustrations image images "
        "implant installation invoice invoices kitchen landing layout leak lease lesson lessons "
        "letter lighting lights link links login logo logos manuscript materials measurements "
        "meeting menu mirrors mockup mockups music newsletter notes offer order orders outlet "
        "outlets oven package packages page pages paint painting palette panel panels payment "
        "payments payroll penalty permit photo photos picture pictures pipe pipes plan plans "
        "playlist pool post poster posters posts presentation price prices pricing print "
        "printing prints project proposal questionnaire quote quotes rate rates receipt "
        "receipts reel reels refund renovation report reports reservation retainer revision "
        "revisions roof room rooms round schedule screen screens script seating server session "
        "sessions shelves shipment shoot shots shower sign signage sink site sketch sketches "
        "slider slides slot socket sockets sofa spec statement statements subheadings subtitles "
        "survey table tagline template templates test text texts tile tiles toilet total "
        "translation translations treatment venue version versions video videos wall walls "
        "website will window windows wiring worktop x-rays "
    ).split()
)

PACK = LanguagePack(
    code="en",
    name="English",
    letters="A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f",  # Latin, with the accented letters of names ("Krüger", "Núñez")
    word_run=r"[A-Za-z0-9][A-Za-z0-9'’.-]*(?:[\s,;:₪$€%]+[A-Za-z0-9][A-Za-z0-9'’.-]*)*",
    min_sentence_words=3,
    function_words=FUNCTION_WORDS,
    foreign_function_words=FOREIGN_FUNCTION_WORDS,
    spacy_lang="en",
    subject_prefixes=("re", "fw", "fwd", "aw", "tr"),
    reply_headers=(
        # Gmail / Apple Mail; the header may wrap onto a second line.
        r"On\b.{0,300}\bwrote\s*:",
        r"Le\b.{0,300}\ba écrit\s*:",
        r"Am\b.{0,300}\bschrieb\b.{0,80}:",
    ),
    forward_separators=("Original Message", "Forwarded message"),
    forward_openers=("Begin forwarded message",),
    header_from=("From", "De", "Von"),
    header_fields=("Sent", "Date", "To", "Subject", "Cc", "Envoyé", "Gesendet"),
    subject_fields=("Subject", "Subj", "Betreff", "Objet"),
    mobile_footers=(
        r"sent from my \w+.*",
        r"sent from (outlook|mail|yahoo mail|samsung|gmail).*",
        r"get outlook for \w+.*",
        r"sent via .{0,40}",
        r"sent with .{0,40}",
    ),
    sign_offs=(
        "best",
        "best regards",
        "kind regards",
        "warm regards",
        "warmest regards",
        "regards",
        "cheers",
        "thanks",
        "thank you",
        "thanks again",
        "thanks so much",
        "thank you so much",
        "thanks a lot",
        "thanks a million",
        "many thanks",
        "thx",
        "sincerely",
        "yours",
        "yours truly",
        "all the best",
        "talk soon",
        "speak soon",
        "with (?:warm |warmest |best |kind )?regards",
        "with (?:many )?thanks",
        "(?:with )?(?:best|warm|warmest|kind|kindest) wishes",
        "warmly",
        "respectfully",
        "yours sincerely",
        "sincerely yours",
        "with gratitude",
        "with appreciation",
        # "Thanks & Regards" (Indian business English), "Best regards from Hamburg" (round 142:
        # "Hello," to named clients); not "(Warm) greetings from Pune.", which opens a letter
        "thanks (?:&|and) (?:best )?regards",
        "thanks (?:for your|for the) (?:patience|understanding)",
        "thank you (?:for your|for the) (?:patience|understanding)",
        "(?:best|kind|warm|warmest|many) (?:regards|wishes) from [a-z .'-]{2,30}",
        # Clients abroad who write English often sign off in their own language.
        "(?:bien )?cordialement",
        "(?:viele|liebe|beste) gr(?:ü|ue)(?:ß|ss)e",
        "mit freundlichen gr(?:ü|ue)(?:ß|ss)en",
        "(?:un )?saludos?(?: cordiales)?",
        "atentamente",
        "(?:cordiali|distinti) saluti",
        "(?:met )?(?:vriendelijke |hartelijke )?groet(?:en|jes)?",  # "Groet," (round 276: "Hi Hofland")
        "mvg",
        "mvh",
        "hilsen",
        "(?:med )?vänliga hälsningar",
        "(?:med )?venlig hilsen",
        "(?:med )?vennlig hilsen",
    ),
    contact_words=("tel", "phone", "mobile", "cell", "fax", "office"),
    disclaimer_starts=(
        "disclaimer",
        "confidentiality notice",
        "legal notice",
        "important notice",
        r"notice\s*:",
    ),
    disclaimer_markers=(
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
    ),
    name_lead_ins=frozenset({"xo", "xoxo", "xx", "x", "love"}),
    not_names=frozenset(
        "thanks thank best regards cheers sincerely hi hello hey ok okay sent executive director the"
        " manager ceo founder coordinator office team tel ramat kiryat givat kfar bereich abteilung"
        " department dept building committee vaad managing partner senior head associate general"
        " chief xx xxx xoxo xo love events studio studios group agency ltd ltd. inc inc. llc co. productions"
        " production solutions media consulting clinic services jerusalem haifa herzliya raanana"
        " ra'anana netanya modiin beersheba"
        # a last line that is a sentence, not a name ("I'll update", round 96)
        " i i'll i'm we we'll you he she they"
        # nor a word of time or an answer ("not yet\nafter the holiday", round 98)
        " after before not yes no maybe tomorrow today"
        # nor a parting word on its own line ("talk soon", "bye"; round 124: "היי נדבר")
        " talk bye later ttyl speak chat"
        # nor a chat's shorthand ("lmk asap", round 283: "Hi lmk")
        " lmk asap pls plz thx tnx fyi btw"
        # nor a family word ("Savta Hanna")
        " savta saba grandma grandpa mom dad".split()
    ),
    # A signature's town on its own line is no name (round 131: "Hi Zichron").
    places=frozenset(
        {
            "tel aviv",
            "beit shemesh",
            "bnei brak",
            "rishon lezion",
            "petah tikva",
            "zichron ya'akov",
            "zichron yaakov",
            "kfar saba",
            "hod hasharon",
            "ramat gan",
            "ramat hasharon",
            "kiryat ono",
            "beer sheva",
            "be'er sheva",
            "rosh ha'ayin",
            "mevaseret zion",
            "new jersey",
            "new york",
            "los angeles",
            "san francisco",
            "hong kong",
            "buenos aires",
        }
    ),
    name_titles=frozenset(
        "dr dr. mr mr. mrs mrs. ms ms. prof prof. professor coach rev rev. reverend pastor rabbi"
        " cantor sir adv adv. eng. ing.".split()
    ),
    first_name_titles=frozenset({"coach"}),
    name_joins=frozenset({"and", "&"}),
    name_binds=frozenset({"abd", "abu", "umm"}),
    surname_particles=frozenset(
        "van von der den de del della da di du dos das le la ten ter bin ibn".split()
    ),
    couple_name="{first} and {second}",
    object_phrase=object_phrase,
    definite=r"(?i:the|your|this|these|those)$",
    things=things,
    topics=_TOPICS,
    post_intro=r"^\s*[^.\n!?]{2,40}\shere[.!,]",
    speech_frame=r"(?::|\b(?:said|says|wrote|replied|answered|texted|emailed))\s*:?\s*$",
    quote_frame=(
        r"(?i)\b(?:my |a |the )?(?:client|customer)(?:'s)?(?:\s+[^\s.:]+){0,8}?\s*:\s*$|"
        r"\b(?:his|her|their|latest|last|the) (?:reply|answer|response|message|text|e-?mail)\s*:\s*$|"
        r"\b(?:client|customer) (?:said|says|wrote|writes|replied|texted|emailed)\s*:?\s*$"
    ),
    type_names={label: label.value for label in Label},
    uncertain_note=(
        "The message does not make clear which type of client wrote it ({a} or {b}), so the "
        "replies are neutral: listen, reflect and confirm in writing."
    ),
    other_note=(
        "The message is not in a language this service reads ({languages}), so no reply is "
        "suggested."
    ),
    shouting_advice=(
        "Capitals and strings of exclamation marks read as shouting and raise the temperature.",
        "Write in a calm tone and make the key point in one short, clear sentence.",
    ),
    package=__name__,
)

register(PACK)
