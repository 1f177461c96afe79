"""The compiled fast path gives the fitted pipelines' answers.

The whole-corpus comparison is the check the benchmarks rely on: every message of the corpus and
of the independent set, both heads, one message at a time and in batch, to 1e-9.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from classifier.config import ModelConfig
from classifier.dataset import read_labeled_csvs
from classifier.prediction import ClientClassifier
from classifier.preprocessing import model_texts, prepare_text
from classifier.scoring import CompiledModel, NotCompilableError, char_wb_ngrams
from classifier.training import train

ROOT = Path(__file__).resolve().parents[2]
TOLERANCE = 1e-9


def _pipeline_proba(model: ClientClassifier, texts: list[str]) -> dict[str, np.ndarray]:
    return {
        name: np.asarray(estimator.predict_proba(texts), dtype=np.float64)
        for name, estimator in model.loaded.bundle.items()
    }


@pytest.mark.slow
def test_fast_path_matches_the_pipeline_on_the_whole_corpus(
    corpus_model: ClientClassifier, corpus_split: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    independent = read_labeled_csvs([ROOT / "data" / "external" / "independent.csv"])
    texts = model_texts(pd.concat([*corpus_split, independent], ignore_index=True))
    assert len(texts) > 3000
    expected = _pipeline_proba(corpus_model, texts)
    assert set(expected) == {"client_type", "topic"}

    batch = corpus_model.compiled.predict_many(texts).proba
    one_by_one = [corpus_model.compiled.predict_one(t)[0] for t in texts]
    for name, want in expected.items():
        assert np.abs(batch[name] - want).max() <= TOLERANCE, name
        single = np.vstack([p[name] for p in one_by_one])
        assert np.abs(single - want).max() <= TOLERANCE, name
    # The heads share one feature pass: the topic model was fitted on the same texts.
    assert len({id(h.features) for h in corpus_model.compiled.heads.values()}) == 1


@pytest.mark.parametrize("method", ["sigmoid", "isotonic", "temperature"])
def test_fast_path_matches_every_calibration_method(
    method: str, config: ModelConfig, mini_csv: Path
) -> None:
    frame = read_labeled_csvs([mini_csv])
    cfg = config.model_copy(
        update={"calibration": config.calibration.model_copy(update={"method": method})}
    )
    estimators = train(frame, cfg, cross_validate=False).estimators
    texts = [*model_texts(frame), "", "!!!", "שלום", "completely unseen words zyxw"]
    compiled = CompiledModel(dict(estimators))
    fast = compiled.predict_many(texts).proba
    for name, estimator in estimators.items():
        want = estimator.predict_proba(texts)
        assert np.abs(fast[name] - want).max() <= TOLERANCE
        one = np.vstack([compiled.predict_one(t)[0][name] for t in texts])
        assert np.abs(one - want).max() <= TOLERANCE


def test_an_empty_text_scores_the_intercept(mini_model: ClientClassifier) -> None:
    proba, analysed = mini_model.compiled.predict_one("")
    assert len(analysed["client_type"].indices) == 0
    want = mini_model.client_type.predict_proba([""])[0]
    assert np.abs(proba["client_type"] - want).max() <= TOLERANCE


@pytest.mark.parametrize("word", ["a", "ab", "abc", "abcd", "abcdef", "לקוח", "!"])
def test_char_ngrams_match_scikit_learn_including_short_words(word: str) -> None:
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    assert char_wb_ngrams(word, 2, 5) == analyzer(word)


def test_a_pipeline_of_another_shape_is_refused(mini_model: ClientClassifier) -> None:
    estimator = mini_model.loaded.bundle["client_type"]
    pipeline = estimator.calibrated_classifiers_[0].estimator
    word = pipeline.named_steps["features"].transformer_list[0][1]
    original = word.norm
    word.norm = "l1"
    try:
        with pytest.raises(NotCompilableError, match="l2"):
            CompiledModel({"client_type": estimator})
    finally:
        word.norm = original
    with pytest.raises(NotCompilableError, match="CalibratedClassifierCV"):
        CompiledModel({"client_type": pipeline})


@pytest.mark.slow
def test_the_explanation_credits_every_feature_exactly_on_the_whole_corpus(
    corpus_model: ClientClassifier, corpus_split: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    """Every non-zero feature of every message goes to some written word, and all of it."""
    frame = pd.concat(corpus_split, ignore_index=True)
    subjects = frame["subject"] if "subject" in frame.columns else [""] * len(frame)
    checked = 0
    for text, subject in zip(frame["text"], subjects, strict=True):
        prepared = prepare_text(str(text), subject=str(subject) if isinstance(subject, str) else "")
        _, analysed = corpus_model.compiled.predict_one(prepared.model_text, origins=True)
        doc = analysed["client_type"]
        assert doc.origins is not None
        assert set(doc.origins.columns.tolist()) == set(doc.indices.tolist())
        for label_index in range(len(corpus_model.labels)):
            per_piece = corpus_model.credit(prepared, label_index, doc)
            score = float(doc.values @ corpus_model.relative_coef[label_index, doc.indices])
            assert abs(float(per_piece.sum()) - score) <= TOLERANCE
        checked += 1
    assert checked > 3000


def test_a_latin_word_in_a_hebrew_message_is_credited_as_scored(
    mini_model: ClientClassifier,
) -> None:
    """The explanation splits words as scoring does: "don't" stays whole in a Hebrew message."""
    prepared = prepare_text("אני לא מרוצה מהעבודה. I don't like it at all.")
    _, analysed = mini_model.compiled.predict_one(prepared.model_text, origins=True)
    origins = analysed["client_type"].origins
    assert origins is not None
    tokens = dict(zip((p.text for p in origins.pieces), origins.tokens, strict=True))
    assert tokens["don't"] == ("don't",)
    label = mini_model.labels.index("conflictual")
    per_piece = mini_model.credit(prepared, label, analysed["client_type"])
    doc = analysed["client_type"]
    score = float(doc.values @ mini_model.relative_coef[label, doc.indices])
    assert abs(float(per_piece.sum()) - score) <= TOLERANCE
