"""Behavioural tests in the manner of CheckList: what the model must do, whatever its scores.

Three kinds of case, each naming the capability it tests:

- ``mft`` (minimum functionality): the message must get the expected label.
- ``inv`` (invariance): a label-neutral change (an "!", an emoji, a greeting, a typo) must not
  change the label.
- ``dir`` (directional): an addition (an insult, a threat, a demand, a postponement) must raise
  the probability of the expected label.

The cases are hand-written (``tests/fixtures/checklist.csv``); the result is a failure rate per
capability, reported in the README and held by the tests at or under what the model reaches.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

Kind = Literal["mft", "inv", "dir"]


class ProbabilityModel(Protocol):
    labels: list[str]

    def predict_proba(self, texts: list[str]) -> npt.NDArray[np.float64]: ...


@dataclass(frozen=True, slots=True)
class Case:
    """One behavioural case."""

    id: str
    kind: Kind
    capability: str
    language: str
    text: str
    variant: str
    expected: str


@dataclass(frozen=True, slots=True)
class CapabilityResult:
    """How one capability fared: cases run, failures, and the ids that failed."""

    capability: str
    kind: Kind
    cases: int
    failures: int
    failed_ids: tuple[str, ...]

    @property
    def failure_rate(self) -> float:
        return self.failures / self.cases if self.cases else 0.0


def read_cases(path: Path) -> list[Case]:
    """The cases of a checklist CSV (``id,test,capability,language,text,variant,expected``)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [
            Case(
                id=row["id"],
                kind=row["test"],  # type: ignore[arg-type]
                capability=row["capability"],
                language=row["language"],
                text=row["text"],
                variant=row.get("variant") or "",
                expected=row["expected"],
            )
            for row in csv.DictReader(fh)
        ]


def run_checklist(model: ProbabilityModel, cases: list[Case]) -> list[CapabilityResult]:
    """Run every case; return one result per capability, in the order they first appear."""
    texts = [c.text for c in cases]
    variants = [c.variant or c.text for c in cases]
    base = model.predict_proba(texts)
    changed = model.predict_proba(variants)
    labels = list(model.labels)
    failed: dict[str, list[str]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    kinds: dict[str, Kind] = {}
    for i, case in enumerate(cases):
        kinds.setdefault(case.capability, case.kind)
        counts[case.capability] += 1
        predicted = labels[int(base[i].argmax())]
        if case.kind == "mft":
            ok = predicted == case.expected
        elif case.kind == "inv":
            ok = predicted == labels[int(changed[i].argmax())]
        else:
            k = labels.index(case.expected)
            ok = bool(changed[i, k] > base[i, k])
        if not ok:
            failed[case.capability].append(case.id)
    return [
        CapabilityResult(
            capability=cap,
            kind=kinds[cap],
            cases=counts[cap],
            failures=len(failed[cap]),
            failed_ids=tuple(failed[cap]),
        )
        for cap in counts
    ]


def render_markdown(results: list[CapabilityResult]) -> str:
    """The failure rates as a markdown table."""
    rows = ["| capability | test | cases | failed | failure rate |", "|---|---|---|---|---|"]
    rows += [
        f"| {r.capability} | {r.kind} | {r.cases} | {r.failures} | {r.failure_rate:.0%} |"
        for r in results
    ]
    total = sum(r.cases for r in results)
    failures = sum(r.failures for r in results)
    rows.append(f"| **all** | | {total} | {failures} | {failures / max(total, 1):.0%} |")
    return "\n".join(rows) + "\n"
