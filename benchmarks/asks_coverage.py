"""How far the ask reader carries on the reply-fit set: does ``main`` point at what a reply must address?

``python -m benchmarks.asks_coverage`` reads ``data/external/reply-fit.csv`` (an evaluation set:
the reader's patterns are not tuned to it) and reports, over its rows:

- ``main``: the share of messages for which :func:`classifier.asks.read_asks` names a main ask;
- ``kind``: the share whose main ask is of the kind the first ``must_address`` item calls for.
  That item is a gloss with keywords ("the files|קבצים/הקבצים"), not a kind, so it is mapped by
  the fixed rules below, written before the reader was run on the set: a complaint ("what went
  wrong", "the delay") wants a threat, a sarcasm or a question; a date or time a deadline; a sum
  money; a file, version or document a deliverable; holding or a follow-up a postponement; any
  other topic ("the tone", "the green") a request or a question about it. A request or question
  whose own words hold an ask of the wanted kind ("send the files by 12:00" for "the files")
  counts as that kind (``strict``: the main ask's own kind only);
- ``words``: the share whose main ask quotes one of that item's keywords, a literal check that
  needs no mapping (a paraphrase counts as a miss, so it is a floor);
- ``anywhere``: the share where some ask, not only the main one, quotes a keyword.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from classifier.asks import Ask, AskKind, Asks, read_asks
from classifier.reply_evaluation import FitCase, read_cases

K = AskKind
REPLY_FIT = Path(__file__).resolve().parents[1] / "data" / "external" / "reply-fit.csv"

# (name, pattern over the gloss and its keywords, kinds a main ask may have); first match wins.
WANTED: tuple[tuple[str, str, frozenset[AskKind]], ...] = (
    (
        "complaint",
        r"went wrong|delay|errors?\b|mistake|problem|crash",
        frozenset({K.THREAT, K.SARCASM, K.QUESTION}),
    ),
    ("postpone", r"holding|\bhold\b|follow.?up|reminder|check in", frozenset({K.POSTPONE})),
    (
        "deadline",
        r"\bdate\b|\btime\b|deadline|\bwhen\b|tomorrow|today|tonight|morning|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|\b\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}:\d\d|hours|"
        r"schedule|rhythm",
        frozenset({K.DEADLINE}),
    ),
    (
        "money",
        r"price|refund|deposit|discount|budget|\brate\b|\bfee\b|payment|charge|\bfine\b|cost|"
        r"[₪$€]|extras|expense",
        frozenset({K.MONEY}),
    ),
    (
        "deliverable",
        r"files?\b|version|variation|draft|sketch|contract|agreement|invoice|quote|copies|posts|"
        r"newsletter|letter|images|video|materials|round|\bbio\b|album|photos|sample|footage",
        frozenset({K.DELIVERABLE}),
    ),
)
TOPIC = ("topic", frozenset({K.REQUEST, K.QUESTION}))


def wanted(case: FitCase) -> tuple[str, frozenset[AskKind]]:
    """What kind of main ask the first ``must_address`` item calls for."""
    gloss, keywords = case.must_address[0]
    text = " ".join((gloss, *keywords)).casefold()
    for name, pattern, kinds in WANTED:
        if re.search(pattern, text):
            return name, kinds
    return TOPIC


def kind_fits(asks: Asks, main: Ask, kinds: frozenset[AskKind]) -> bool:
    if main.kind in kinds:
        return True
    if main.kind in (K.REQUEST, K.QUESTION):
        return any(a.kind in kinds for a in asks.within(main))
    return False


def quotes(ask: Ask, keywords: tuple[str, ...]) -> bool:
    text = ask.text.casefold()
    return any(k.casefold() in text for k in keywords)


def main(path: Path = REPLY_FIT) -> dict[str, float]:
    """Print and return the shares described in the module docstring."""
    cases = [c for c in read_cases(path) if c.must_address]
    counts: Counter[str] = Counter()
    by_want: Counter[tuple[str, bool]] = Counter()
    for case in cases:
        asks = read_asks(case.text, language=case.language)
        keywords = case.must_address[0][1]
        name, kinds = wanted(case)
        found = asks.main
        fits = found is not None and kind_fits(asks, found, kinds)
        counts["main"] += found is not None
        counts["kind"] += fits
        counts["strict"] += found is not None and found.kind in kinds
        counts["words"] += found is not None and quotes(found, keywords)
        counts["anywhere"] += any(quotes(a, keywords) for a in asks.items)
        counts[f"main:{case.language}"] += found is not None
        counts[f"n:{case.language}"] += 1
        by_want[(name, fits)] += 1
    n = len(cases)
    shares = {key: counts[key] / n for key in ("main", "kind", "strict", "words", "anywhere")}
    print(f"{n} messages")
    for key, share in shares.items():
        print(f"  {key:9} {share:6.1%}")
    for language in sorted({c.language for c in cases}):
        print(f"  main for {language}: {counts[f'main:{language}']}/{counts[f'n:{language}']}")
    for name in [w[0] for w in WANTED] + [TOPIC[0]]:
        total = by_want[(name, True)] + by_want[(name, False)]
        if total:
            print(f"  wanted {name:11} kind fits {by_want[(name, True)]}/{total}")
    return shares


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPLY_FIT)
