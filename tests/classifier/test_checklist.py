"""The behavioural suite (``tests/fixtures/checklist.csv``): minimum functionality, invariance and
direction, per capability. The runner is checked on a stub model; the corpus model's failure
rates are held at or under what it reached when the suite was written (README, "Results")."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import numpy as np
import numpy.typing as npt
import pytest

from classifier.checklist import Case, read_cases, render_markdown, run_checklist
from classifier.prediction import ClientClassifier
from classifier.preprocessing import prepare_text

CHECKLIST = Path(__file__).resolve().parents[1] / "fixtures" / "checklist.csv"

# Failures the corpus model had per capability when this suite was last run (see the README).
# Lower is welcome (update the number); higher fails.
MAX_FAILURES = {
    "sarcasm": 6,
    "short-insult": 0,
    "threat": 0,
    "polite-demand": 0,
    "cheerful-postpone": 0,
    "one-line-override": 2,
    "dry-approval": 0,
    "exclamation": 1,
    "emoji": 0,
    "names-greetings": 0,
    "typos": 0,
    "add-insult": 3,
    "add-threat": 2,
    "add-demand": 0,
    "add-postpone": 0,
}


class _Stub:
    """Says conflictual for any text holding "!", easygoing otherwise."""

    labels: ClassVar[list[str]] = ["conflictual", "easygoing"]

    def predict_proba(self, texts: list[str]) -> npt.NDArray[np.float64]:
        return np.array([[0.9, 0.1] if "!" in t else [0.2, 0.8] for t in texts])


def _case(kind: str, text: str, variant: str, expected: str) -> Case:
    return Case("c", kind, f"cap-{kind}", "en", text, variant, expected)  # type: ignore[arg-type]


def test_the_runner_scores_each_kind_of_case() -> None:
    cases = [
        _case("mft", "you clowns!", "", "conflictual"),  # passes
        _case("mft", "you clowns", "", "conflictual"),  # fails
        _case("inv", "great", "great!", "easygoing"),  # fails: the label flips
        _case("dir", "ok", "ok!", "conflictual"),  # passes: conflictual rises
        _case("dir", "ok!", "ok", "conflictual"),  # fails: it falls
    ]
    results = {r.capability: r for r in run_checklist(_Stub(), cases)}
    assert (results["cap-mft"].cases, results["cap-mft"].failures) == (2, 1)
    assert results["cap-inv"].failures == 1 and results["cap-dir"].failures == 1
    assert "| **all** | | 5 | 3 | 60% |" in render_markdown(list(results.values()))


def test_the_suite_covers_every_capability_in_both_languages() -> None:
    cases = read_cases(CHECKLIST)
    assert len(cases) >= 150
    by_capability = {c.capability for c in cases}
    assert by_capability == set(MAX_FAILURES)
    for capability in by_capability:
        languages = {c.language for c in cases if c.capability == capability}
        assert {"he", "en"} <= languages, capability


@pytest.mark.slow
def test_the_corpus_model_keeps_its_behaviour(corpus_model: ClientClassifier) -> None:
    class Prepared:
        labels = corpus_model.labels

        def predict_proba(self, texts: list[str]) -> npt.NDArray[np.float64]:
            return corpus_model.predict_proba([prepare_text(t).model_text for t in texts])

    results = run_checklist(Prepared(), read_cases(CHECKLIST))
    print("\n" + render_markdown(results))
    worse = {
        r.capability: (r.failures, MAX_FAILURES[r.capability], r.failed_ids)
        for r in results
        if r.failures > MAX_FAILURES[r.capability]
    }
    assert worse == {}
