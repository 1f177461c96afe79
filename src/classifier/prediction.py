"""Classifying messages with a loaded model, with probabilities, uncertainty and explanations."""

from __future__ import annotations

import csv
import itertools
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from classifier.dataset import DataValidationError, Problem
from classifier.preprocessing import Prepared, prepare
from classifier.reading import Email, read_text
from classifier.registry import LoadedModel
from classifier.tokenization import normalize, prefix_variants, tokenize

_SURFACE_WORD = re.compile(r"[^\W_](?:[\w'\"׳״.-]*[^\W_])?|[!?]+")


@dataclass(frozen=True, slots=True)
class Term:
    """A word of the message and how much it pushed the prediction toward its label."""

    term: str
    weight: float
    field: Literal["subject", "body"]
    start: int  # character offsets into that field
    end: int


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


def is_uncertain(proba: npt.NDArray[np.float64], *, below: float, margin: float) -> bool:
    """True when the top probability is low or the top two are too close to call."""
    ordered = np.sort(proba)[::-1]
    second = ordered[1] if len(ordered) > 1 else 0.0
    return bool(ordered[0] < below or ordered[0] - second < margin)


def _fitted_pipeline(estimator: Any) -> Any:
    """The single fitted features+LR pipeline inside a CalibratedClassifierCV(ensemble=False)."""
    return estimator.calibrated_classifiers_[0].estimator


class ClientClassifier:
    """A loaded model ready to classify messages."""

    def __init__(
        self, loaded: LoadedModel, *, uncertain_below: float, uncertain_margin: float
    ) -> None:
        self.loaded = loaded
        self.version = loaded.version
        self.client_type = loaded.bundle["client_type"]
        self.topic_model = loaded.bundle.get("topic")
        self.labels: list[str] = [str(c) for c in self.client_type.classes_]
        self.uncertain_below = uncertain_below
        self.uncertain_margin = uncertain_margin
        pipeline = _fitted_pipeline(self.client_type)
        self._features = pipeline.named_steps["features"]
        clf = pipeline.named_steps["clf"]
        coef = np.asarray(clf.coef_, dtype=np.float64)
        # Softmax is unchanged by subtracting the per-feature mean over classes, so
        # coef - mean is each feature's push toward one class *relative to the others*.
        self._relative_coef = coef - coef.mean(axis=0, keepdims=True)
        word_vec, char_vec = (t for _, t in self._features.transformer_list)
        self._word_index: dict[str, int] = word_vec.vocabulary_
        self._char_index: dict[str, int] = char_vec.vocabulary_
        self._char_offset = len(self._word_index)
        self._char_range = char_vec.ngram_range

    # ----- classification ----------------------------------------------------------------
    def predict_proba(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """Calibrated client-type probabilities for prepared model texts, columns in ``labels``."""
        return np.asarray(self.client_type.predict_proba(list(texts)), dtype=np.float64)

    def classify(self, message: Email, *, explain: bool = True, top_terms: int = 8) -> Prediction:
        """Classify one e-mail."""
        prepared = prepare(message)
        proba = self.predict_proba([prepared.model_text])[0]
        return self._prediction(prepared, proba, explain=explain, top_terms=top_terms)

    def classify_text(self, text: str, *, subject: str = "", explain: bool = True) -> Prediction:
        """Classify a body given as text (plain or HTML)."""
        return self.classify(read_text(text, subject=subject), explain=explain)

    def classify_many(self, messages: Sequence[Email], *, explain: bool = True) -> list[Prediction]:
        """Classify several e-mails with one vectorised model call."""
        prepared = [prepare(m) for m in messages]
        if not prepared:
            return []
        proba = self.predict_proba([p.model_text for p in prepared])
        return [
            self._prediction(p, row, explain=explain)
            for p, row in zip(prepared, proba, strict=True)
        ]

    def _prediction(
        self,
        prepared: Prepared,
        proba: npt.NDArray[np.float64],
        *,
        explain: bool,
        top_terms: int = 8,
    ) -> Prediction:
        order = np.argsort(proba)[::-1]
        best = int(order[0])
        topic: str | None = None
        topic_conf: float | None = None
        if self.topic_model is not None:
            tp = self.topic_model.predict_proba([prepared.model_text])[0]
            topic = str(self.topic_model.classes_[int(np.argmax(tp))])
            topic_conf = float(np.max(tp))
        return Prediction(
            label=self.labels[best],
            confidence=float(proba[best]),
            probabilities={label: float(p) for label, p in zip(self.labels, proba, strict=True)},
            uncertain=is_uncertain(proba, below=self.uncertain_below, margin=self.uncertain_margin),
            language=prepared.language,
            topic=topic,
            topic_confidence=topic_conf,
            explanation=self.explain(prepared, best, top_terms=top_terms) if explain else [],
            cleaned_text=prepared.cleaned_body,
            subject=prepared.subject,
            removed=prepared.removed,
            sender_name=prepared.sender_name,
            model_version=self.version,
            top_two=(self.labels[best], self.labels[int(order[1])] if len(order) > 1 else ""),
        )

    # ----- explanation -------------------------------------------------------------------
    def explain(self, prepared: Prepared, label_index: int, *, top_terms: int = 8) -> list[Term]:
        """The words that pushed the prediction toward ``label_index`` most.

        Each feature's contribution is its TF-IDF value times its relative coefficient. Word
        n-grams are credited to the words they contain; character n-grams to the words they were
        cut from; a feature seen several times is shared among its occurrences. The result is
        per surface word of the original text, so it can be shown and highlighted as written.
        """
        fields: list[tuple[Literal["subject", "body"], str]] = [
            ("subject", prepared.subject),
            ("body", prepared.cleaned_body),
        ]
        vector = self._features.transform([prepared.model_text]).tocsr()
        coef = self._relative_coef[label_index]
        contrib = {
            int(j): float(v) * coef[int(j)]
            for j, v in zip(vector.indices, vector.data, strict=True)
        }
        if not contrib:
            return []

        spans: list[tuple[Literal["subject", "body"], int, int, str, list[str]]] = []
        for name, text in fields:
            for m in _SURFACE_WORD.finditer(text):
                toks = tokenize(normalize(m.group()))
                if toks:
                    spans.append((name, m.start(), m.end(), m.group(), toks))

        owners: dict[int, list[int]] = defaultdict(
            list
        )  # feature -> spans holding it (with repeats)
        doc_tokens: list[tuple[int, str]] = [(i, t) for i, s in enumerate(spans) for t in s[4]]
        for i, tok in doc_tokens:
            for gram in (tok, *prefix_variants(tok)):
                j = self._word_index.get(gram)
                if j is not None:
                    owners[j].append(i)
        for (i, a), (k, b) in itertools.pairwise(doc_tokens):
            j = self._word_index.get(f"{a} {b}")
            if j is not None:
                owners[j].extend([i, k])
        lo, hi = self._char_range
        for i, (_, _, _, surface, _) in enumerate(spans):
            padded = f" {normalize(surface)} "
            for n in range(lo, hi + 1):
                for start in range(len(padded) - n + 1):
                    j = self._char_index.get(padded[start : start + n])
                    if j is not None:
                        owners[j + self._char_offset].append(i)

        per_span: dict[int, float] = defaultdict(float)
        for j, holders in owners.items():
            if j in contrib:
                share = contrib[j] / len(holders)
                for i in holders:
                    per_span[i] += share
        # Merge repeated words so a term is listed once, with every place it occurs.
        by_term: dict[str, float] = defaultdict(float)
        first: dict[str, int] = {}
        for i, weight in per_span.items():
            key = normalize(spans[i][3])
            by_term[key] += weight
            first.setdefault(key, i)
            if i < first[key]:
                first[key] = i
        ranked = sorted((w, key) for key, w in by_term.items() if w > 0)[::-1][:top_terms]
        out = []
        for weight, key in ranked:
            name, start, end, surface, _ = spans[first[key]]
            out.append(
                Term(term=surface, weight=round(weight, 4), field=name, start=start, end=end)
            )
        return out


def prediction_to_dict(prediction: Prediction) -> dict[str, Any]:
    """A JSON-able view of a prediction."""
    return {
        "label": prediction.label,
        "confidence": prediction.confidence,
        "probabilities": prediction.probabilities,
        "uncertain": prediction.uncertain,
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


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What :func:`predict_csv` did."""

    rows: int
    predicted: int
    skipped_lines: list[int]


def predict_csv(
    input_path: Path,
    output_path: Path,
    *,
    model: ClientClassifier,
    chunk_size: int = 1000,
    on_chunk: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Copy every row of ``input_path`` to ``output_path`` adding the predictions, in chunks.

    Adds ``predicted_label``, ``confidence`` and one ``proba_<label>`` column per label. Rows with
    an empty text are copied with empty prediction columns and their line numbers returned. The
    output is written to a temporary file and renamed into place only when complete.
    """
    added = ["predicted_label", "confidence", *[f"proba_{label}" for label in model.labels]]
    skipped: list[int] = []
    rows = predicted = 0
    output_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output_path.name}.", dir=output_path.parent)
    try:
        with (
            input_path.open(encoding="utf-8-sig", newline="") as src,
            os.fdopen(fd, "w", encoding="utf-8", newline="") as dst,
        ):
            reader = csv.reader(src, strict=True)
            try:
                header = next(reader)
            except StopIteration:
                raise DataValidationError(
                    [Problem(str(input_path), 1, "the file is empty")]
                ) from None
            if "text" not in header:
                raise DataValidationError(
                    [
                        Problem(
                            str(input_path),
                            1,
                            f"missing column text; the header has: {', '.join(header)}",
                        )
                    ]
                )
            clash = [c for c in added if c in header]
            if clash:
                raise DataValidationError(
                    [
                        Problem(
                            str(input_path),
                            1,
                            f"the input already has output column(s) {', '.join(clash)}",
                        )
                    ]
                )
            writer = csv.writer(dst)
            writer.writerow([*header, *added])
            text_col = header.index("text")
            subject_col = header.index("subject") if "subject" in header else None
            while True:
                chunk: list[tuple[int, list[str]]] = []
                try:
                    for _ in range(chunk_size):
                        start = reader.line_num + 1
                        fields = next(reader)
                        chunk.append((start, fields))
                except StopIteration:
                    pass
                except csv.Error as exc:
                    raise DataValidationError(
                        [Problem(str(input_path), reader.line_num, f"broken CSV quoting: {exc}")]
                    ) from exc
                except UnicodeDecodeError as exc:
                    raise DataValidationError(
                        [Problem(str(input_path), reader.line_num + 1, "bytes that are not UTF-8")]
                    ) from exc
                if not chunk:
                    break
                _write_chunk(
                    chunk, writer, header, text_col, subject_col, model, skipped, input_path
                )
                rows += len(chunk)
                predicted = rows - len(skipped)
                if on_chunk is not None:
                    on_chunk(rows)
            dst.flush()
            os.fsync(dst.fileno())
        Path(tmp_name).replace(output_path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return BatchSummary(rows=rows, predicted=predicted, skipped_lines=skipped)


def _write_chunk(
    chunk: list[tuple[int, list[str]]],
    writer: Any,
    header: list[str],
    text_col: int,
    subject_col: int | None,
    model: ClientClassifier,
    skipped: list[int],
    input_path: Path,
) -> None:
    for line, fields in chunk:
        if len(fields) != len(header):
            raise DataValidationError(
                [
                    Problem(
                        str(input_path), line, f"expected {len(header)} fields, found {len(fields)}"
                    )
                ]
            )
    texts: list[str] = []
    keep: list[int] = []
    for k, (line, fields) in enumerate(chunk):
        if not fields[text_col].strip():
            skipped.append(line)
            continue
        subject = fields[subject_col] if subject_col is not None else ""
        texts.append(prepare(read_text(fields[text_col], subject=subject)).model_text)
        keep.append(k)
    proba = model.predict_proba(texts) if texts else np.zeros((0, len(model.labels)))
    by_row = dict(zip(keep, proba, strict=True))
    for k, (_, fields) in enumerate(chunk):
        row = by_row.get(k)
        if row is None:
            writer.writerow([*fields, "", "", *([""] * len(model.labels))])
            continue
        best = int(np.argmax(row))
        writer.writerow(
            [*fields, model.labels[best], f"{row[best]:.6f}", *[f"{p:.6f}" for p in row]]
        )
