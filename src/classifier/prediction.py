"""Classifying messages with a loaded model, with probabilities, uncertainty and explanations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from classifier.explanation import Term, credit, explain
from classifier.language import detect_language
from classifier.message import Message
from classifier.preprocessing import Prepared, prepare
from classifier.reading import read_text
from classifier.registry import BrokenModelError, LoadedModel, ModelRegistry
from classifier.scoring import Analysed, CompiledModel
from classifier.settings import Settings


@dataclass(frozen=True, slots=True)
class Prediction:
    """Everything known about one classified message."""

    label: str
    confidence: float
    probabilities: dict[str, float]
    uncertain: bool
    language: str
    topic: str | None
    topic_confidence: float | None
    explanation: list[Term]
    cleaned_text: str
    subject: str
    removed: tuple[str, ...]
    sender_name: str | None
    model_version: str
    top_two: tuple[str, str] = field(default=("", ""))
    uncertain_reason: str | None = None
    cues: tuple[str, ...] = ()  # lexical cue categories of the message (insult, threat, ...)
    quoted_text: str = ""  # the earlier message the client replied under (never the model's input)


def temper(
    proba: npt.NDArray[np.float64], known_words: int, *, evidence_prior: float
) -> npt.NDArray[np.float64]:
    """Shrink probabilities toward uniform when a message carries few words the model knows.

    Calibration is fitted on messages of every length, so a two-word message gets the confidence
    of an average one. With ``k`` known word features the probabilities become
    ``w * p + (1 - w) / K`` with ``w = k / (k + evidence_prior)``: a message of many known words
    keeps its calibrated confidence, one with a single known word moves toward "can't tell",
    and one with none is uniform.
    The order of the classes never changes.
    """
    if evidence_prior <= 0:
        return proba
    weight = known_words / (known_words + evidence_prior)
    tempered: npt.NDArray[np.float64] = weight * proba + (1.0 - weight) / proba.shape[-1]
    return tempered


def is_uncertain(proba: npt.NDArray[np.float64], *, below: float, margin: float) -> bool:
    """True when the top probability is low or the top two are too close to call."""
    ordered = np.sort(proba)[::-1]
    second = ordered[1] if len(ordered) > 1 else 0.0
    return bool(ordered[0] < below or ordered[0] - second < margin)


class ClientClassifier:
    """A loaded model ready to classify messages.

    Prediction goes through :class:`~classifier.scoring.CompiledModel`: the same probabilities
    as the fitted pipelines (to float rounding), one feature pass shared by the client-type and
    topic heads, and the feature vector reused by the explanation.
    """

    def __init__(
        self, loaded: LoadedModel, *, uncertain_below: float, uncertain_margin: float
    ) -> None:
        self.loaded = loaded
        self.version = loaded.version
        self.client_type = loaded.bundle["client_type"]
        self.labels: list[str] = [str(c) for c in self.client_type.classes_]
        self.uncertain_below = uncertain_below
        self.uncertain_margin = uncertain_margin
        self.compiled = CompiledModel(loaded.bundle)
        head = self.compiled.heads["client_type"]
        self._features = head.features
        calibration = loaded.metadata.get("config", {}).get("calibration", {})
        # Models trained before the evidence prior existed have none: their probabilities stand.
        self.evidence_prior = float(calibration.get("evidence_prior", 0.0))
        # Softmax is unchanged by subtracting the per-feature mean over classes, so
        # coef - mean is each feature's push toward one class *relative to the others*.
        coef = head.coef_t.T
        self.relative_coef = np.ascontiguousarray(coef - coef.mean(axis=0, keepdims=True))

    # ----- classification ----------------------------------------------------------------
    def predict_proba(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """Client-type probabilities for prepared model texts, columns in ``labels``.

        Calibrated, then tempered by how many known words each text has (:func:`temper`).
        """
        if not texts:
            return np.zeros((0, len(self.labels)))
        scored = self.compiled.predict_many(list(texts), keep_analysed=True)
        return np.vstack(
            [
                self._settle(row, a, detect_language(text))
                for text, row, a in zip(
                    texts, scored.proba["client_type"], scored.analysed["client_type"], strict=True
                )
            ]
        )

    def _settle(
        self, proba: npt.NDArray[np.float64], analysed: Analysed, language: str
    ) -> npt.NDArray[np.float64]:
        """The probabilities a person is shown: tempered by evidence, flat for another language.

        The model was taught Hebrew and English only: on anything else it has no basis.
        """
        if language == "other":
            return np.full_like(proba, 1.0 / len(proba))
        return temper(proba, self.known_words(analysed), evidence_prior=self.evidence_prior)

    def known_words(self, analysed: Analysed) -> int:
        """How many word features (unigrams, bigrams, prefix variants) the text has in the vocabulary."""
        if analysed.word_columns >= 0:
            return analysed.word_columns
        return int(np.searchsorted(analysed.indices, self._features.n_word))

    def classify(self, message: Message, *, explain: bool = True, top_terms: int = 8) -> Prediction:
        """Classify one e-mail."""
        prepared = prepare(message)
        proba, analysed = self.compiled.predict_row(prepared.model_text, origins=explain)
        return self._prediction(
            prepared, proba, analysed["client_type"], explain=explain, top_terms=top_terms
        )

    def classify_text(self, text: str, *, subject: str = "", explain: bool = True) -> Prediction:
        """Classify a body given as text (plain or HTML)."""
        return self.classify(read_text(text, subject=subject), explain=explain)

    def classify_many(
        self, messages: Sequence[Message], *, explain: bool = True
    ) -> list[Prediction]:
        """Classify several e-mails with one sparse product per feature set."""
        prepared = [prepare(m) for m in messages]
        if not prepared:
            return []
        scored = self.compiled.predict_many(
            [p.model_text for p in prepared], keep_analysed=True, origins=explain
        )
        analysed = scored.analysed["client_type"]
        return [
            self._prediction(
                p,
                {name: rows[k].tolist() for name, rows in scored.proba.items()},
                analysed[k],
                explain=explain,
            )
            for k, p in enumerate(prepared)
        ]

    def _prediction(
        self,
        prepared: Prepared,
        heads: dict[str, list[float]],
        analysed: Analysed,
        *,
        explain: bool,
        top_terms: int = 8,
    ) -> Prediction:
        # Plain floats: for one message of five classes, numpy's per-call cost is most of the
        # work. Every step is the same float operation as :meth:`_settle`, :func:`temper`
        # and :func:`is_uncertain`.
        known = self.known_words(analysed)
        scores = heads["client_type"]
        size = len(scores)
        if prepared.language == "other":
            proba = [1.0 / size] * size
        elif self.evidence_prior > 0:
            weight = known / (known + self.evidence_prior)
            rest = (1.0 - weight) / size
            proba = [weight * p + rest for p in scores]
        else:
            proba = list(scores)
        if len(set(proba)) == size:
            order = sorted(range(size), key=proba.__getitem__, reverse=True)
        else:  # ties (a uniform answer): numpy's order, as before
            order = np.argsort(np.array(proba))[::-1].tolist()
        best = order[0]
        ordered = sorted(proba, reverse=True)
        second = ordered[1] if size > 1 else 0.0
        if prepared.language == "other":
            reason: str | None = "the message is not in Hebrew or English"
        elif known == 0:
            reason = "the message has no words the model knows"
        elif ordered[0] < self.uncertain_below or ordered[0] - second < self.uncertain_margin:
            reason = "the two likeliest types are close, or neither is likely"
        else:
            reason = None
        topic: str | None = None
        topic_conf: float | None = None
        if "topic" in heads:
            tp = heads["topic"]
            topic_conf = max(tp)
            topic = self.compiled.heads["topic"].classes[tp.index(topic_conf)]
        return Prediction(
            label=self.labels[best],
            confidence=proba[best],
            probabilities=dict(zip(self.labels, proba, strict=True)),
            uncertain=reason is not None,
            uncertain_reason=reason,
            language=prepared.language,
            topic=topic,
            topic_confidence=topic_conf,
            explanation=self.explain(prepared, best, analysed, top_terms=top_terms)
            if explain
            else [],
            cleaned_text=prepared.cleaned_body,
            subject=prepared.subject,
            removed=prepared.removed,
            sender_name=prepared.sender_name,
            model_version=self.version,
            cues=prepared.cues,
            quoted_text=prepared.quoted,
            top_two=(self.labels[best], self.labels[order[1]] if size > 1 else ""),
        )

    # ----- explanation -------------------------------------------------------------------
    def credit(
        self, prepared: Prepared, label_index: int, analysed: Analysed
    ) -> npt.NDArray[np.float64]:
        """Each piece's share of the score toward ``label_index`` (:func:`explanation.credit`)."""
        return credit(self.relative_coef[label_index], prepared, analysed)

    def explain(
        self, prepared: Prepared, label_index: int, analysed: Analysed, *, top_terms: int = 8
    ) -> list[Term]:
        """The written words that pushed the prediction toward ``label_index`` most."""
        return explain(self.relative_coef[label_index], prepared, analysed, top_terms=top_terms)


def load_model(settings: Settings, version: str | None = None) -> ClientClassifier:
    """A model version (default: the one marked current) from the settings' directory, ready.

    Raises :class:`~classifier.registry.ModelError` with the reason when that version cannot be
    served: missing, tampered, unsigned under a signing key, unreadable, or of a shape the scorer
    does not know. The service, the CLI and the Dask workers all load models through here.
    """
    registry = ModelRegistry(
        settings.resolve(settings.models_dir), signing_key=settings.signing_key()
    )
    loaded = registry.load(version)
    try:
        return ClientClassifier(
            loaded,
            uncertain_below=settings.uncertain_below,
            uncertain_margin=settings.uncertain_margin,
        )
    except (ValueError, KeyError, AttributeError, TypeError, IndexError) as exc:
        raise BrokenModelError(
            f"model version {loaded.version} cannot be served ({exc.__class__.__name__})"
        ) from exc


def prediction_to_dict(prediction: Prediction) -> dict[str, Any]:
    """A JSON-able view of a prediction."""
    return {
        "label": prediction.label,
        "confidence": prediction.confidence,
        "probabilities": prediction.probabilities,
        "uncertain": prediction.uncertain,
        "uncertain_reason": prediction.uncertain_reason,
        "language": prediction.language,
        "topic": prediction.topic,
        "topic_confidence": prediction.topic_confidence,
        "explanation": [
            {"term": t.term, "weight": t.weight, "field": t.field, "start": t.start, "end": t.end}
            for t in prediction.explanation
        ],
        "cleaned_text": prediction.cleaned_text,
        "model_version": prediction.model_version,
    }
