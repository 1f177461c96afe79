"""Every regular expression on the text path stays fast on its worst inputs.

A pattern that backtracks (``\\S+@\\S+\\.\\w+`` on "a@a@a@…", ``\\s*[,.!]*\\s*$`` after a long run of
spaces) takes time that grows with the square or the cube of the input, and one such request
froze the service for tens of seconds. Here each pattern is run on runs of every character
class that matters to it, behind and ahead of the prefixes its alternatives start with, at a
length where a linear pattern needs a few milliseconds and a quadratic one needs seconds.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator

import pytest

from classifier import cleaning, language, preprocessing, reading, replies, tokenization

# Half the length with a quarter of the bound keeps the margins: a quadratic pattern's time falls
# by four (the mildest offender's 0.3 s at 12,000 is 0.075 s here, still over the bound), a linear
# one's by two (~0.5-2.5 ms, twenty times under it), and the scan takes half as long.
LENGTH = 6_000
BOUND_S = 0.05

UNITS = [
    "a", "@", ".", " ", "\n", "!", "$", "🙂", "א", "0", "-", ">", "_", ":", "'", '"', "|",
    ",", "<", "=", "a@", "a.", "a ", "- ", "0-", "0 ", "א ", "א'", "a\n", " \n", "a:",
    "re ", "re:", "www.", "a@a.", "http://", "&#", "ABC ", "!?", "\u200f", "\u05b0",
]  # fmt: skip
PREFIXES = ["", "On ", "בתאריך ", "re", "Thanks", "בברכה"]
SUFFIXES = ["", "x\n:"]


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in (cleaning, language, preprocessing, reading, replies, tokenization):
        for name, value in vars(module).items():
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                if isinstance(item, re.Pattern):
                    yield f"{module.__name__}.{name}" + (f"[{i}]" if len(items) > 1 else ""), item
    for check in replies.load_draft_checks().checks:
        yield f"draft_checks:{check.id}", check.compiled()
    # Patterns built from the language packs.
    built = cleaning.patterns()
    for field in dataclasses.fields(built):
        value = getattr(built, field.name)
        for i, item in enumerate(value if isinstance(value, tuple) else (value,)):
            yield f"cleaning.patterns().{field.name}[{i}]", item
    yield "preprocessing._subject_prefix()", preprocessing._subject_prefix()
    name_word, sign_off, _, _ = replies._name_rules()
    yield "replies._name_rules().word", name_word
    yield "replies._name_rules().sign_off", sign_off
    for script in language._scripts():
        yield f"language._scripts():{script.pack.code}.run", script.run


PATTERNS = dict(_patterns())


def test_the_scan_covers_the_known_offenders() -> None:
    assert {
        "cleaning.patterns().contact[0]",
        "cleaning.patterns().sign_off[0]",
        "cleaning.patterns().reply_headers[0]",
        "preprocessing._subject_prefix()",
        "replies._name_rules().sign_off",
        "classifier.tokenization._EMAIL",
    } <= set(PATTERNS)
    assert sum(name.startswith("draft_checks:") for name in PATTERNS) >= 10


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_fast_on_worst_case_inputs(name: str) -> None:
    pattern = PATTERNS[name]
    slowest = (0.0, "")
    for unit in UNITS:
        for prefix in PREFIXES:
            for suffix in SUFFIXES:
                text = prefix + unit * (LENGTH // len(unit)) + suffix
                started = time.perf_counter()
                pattern.search(text)
                pattern.match(text)
                took = time.perf_counter() - started
                if took > slowest[0]:
                    slowest = (took, f"{prefix!r} + {unit!r} * n + {suffix!r}")
    assert slowest[0] < BOUND_S, f"{name}: {slowest[0]:.2f} s on {slowest[1]}"
