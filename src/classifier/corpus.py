"""The repository's corpus: built from immutable raw files, checked, split and audited.

``data/raw/corpus/*.csv`` are the writing passes as written and ``data/raw/eml/`` the raw e-mails
with their labels; neither is ever edited. Label fixes found by the audit live in
``data/label_corrections.csv`` and are applied here, so every derived file under
``data/processed/`` can be rebuilt from the raw data by one command.
"""

from __future__ import annotations

import csv
import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from classifier import LABELS, TOPICS
from classifier.cleaning import clean_body
from classifier.config import ModelConfig
from classifier.dataset import DataValidationError, Problem, read_labeled_csvs
from classifier.preprocessing import row_languages
from classifier.reading import read_eml, read_text

logger = logging.getLogger(__name__)

CORPUS_COLUMNS = ["id", "subject", "text", "label", "language", "topic", "batch"]
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def read_eml_rows(eml_dir: Path) -> pd.DataFrame:
    """The labeled raw e-mails as corpus rows (body read through the same reader as the API)."""
    labels_path = eml_dir / "labels.csv"
    if not labels_path.is_file():
        return pd.DataFrame(columns=CORPUS_COLUMNS)
    rows = []
    problems: list[Problem] = []
    with labels_path.open(encoding="utf-8-sig", newline="") as fh:
        for line, rec in enumerate(csv.DictReader(fh), start=2):
            path = eml_dir / rec["file"]
            if not path.is_file():
                problems.append(Problem(str(labels_path), line, f"no such file {rec['file']}"))
                continue
            message = read_eml(path.read_bytes())
            rows.append(
                {
                    **{k: v for k, v in rec.items() if k != "file"},
                    "id": f"eml-{path.stem}",
                    "subject": message.subject,
                    "text": message.body,
                    "batch": "eml",
                    "source_file": str(path),
                    "source_line": 1,
                }
            )
    if problems:
        raise DataValidationError(problems)
    return pd.DataFrame(rows)


def apply_corrections(frame: pd.DataFrame, path: Path) -> tuple[pd.DataFrame, int]:
    """Apply reviewed label/topic corrections (``id,label,topic,reason``); return frame and count."""
    if not path.is_file():
        return frame, 0
    corrections = pd.read_csv(path, dtype=str, keep_default_na=False)
    unknown = set(corrections["id"]) - set(frame["id"])
    if unknown:
        raise DataValidationError(
            [
                Problem(
                    str(path),
                    0,
                    f"corrections for unknown id(s): {', '.join(sorted(unknown)[:10])}",
                )
            ]
        )
    frame = frame.copy()
    index = {rid: i for i, rid in enumerate(frame["id"])}
    for line, rec in enumerate(corrections.to_dict("records"), start=2):
        i = index[rec["id"]]
        if rec.get("label"):
            if rec["label"] not in LABELS:
                raise DataValidationError(
                    [Problem(str(path), line, f"unknown label {rec['label']!r}")]
                )
            frame.loc[frame.index[i], "label"] = rec["label"]
        if rec.get("topic"):
            if rec["topic"] not in TOPICS:
                raise DataValidationError(
                    [Problem(str(path), line, f"unknown topic {rec['topic']!r}")]
                )
            frame.loc[frame.index[i], "topic"] = rec["topic"]
    return frame, len(corrections)


def load_corpus(config: ModelConfig, *, root: Path) -> pd.DataFrame:
    """Every raw row (CSV passes and e-mails), validated, with corrections applied."""
    csvs = sorted((root / config.data.raw_dir).glob("*.csv"))
    if not csvs:
        raise DataValidationError(
            [Problem(str(root / config.data.raw_dir), 0, "no corpus CSV files")]
        )
    frame = read_labeled_csvs(csvs)
    eml = read_eml_rows(root / config.data.eml_dir)
    if len(eml):
        frame = pd.concat([frame, eml], ignore_index=True).fillna("")
    frame, _ = apply_corrections(frame, root / config.data.corrections)
    return frame


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What :func:`build_corpus` wrote."""

    corpus: Path
    train: Path
    test: Path
    rows: int
    train_rows: int
    test_rows: int


def split_by_batch(
    frame: pd.DataFrame, test_batches: Sequence[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Hold out whole writing passes, so no writer's voice is on both sides."""
    is_test = frame["batch"].isin(list(test_batches))
    return frame[~is_test].reset_index(drop=True), frame[is_test].reset_index(drop=True)


def build_corpus(config: ModelConfig, *, root: Path) -> BuildSummary:
    """Write ``corpus.csv``, ``train.csv`` and ``test.csv`` under the processed directory."""
    frame = load_corpus(config, root=root)
    extra = [
        c
        for c in frame.columns
        if c not in CORPUS_COLUMNS and c not in ("source_file", "source_line")
    ]
    columns = CORPUS_COLUMNS + extra
    out_dir = root / config.data.processed_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    train, test = split_by_batch(frame, config.data.test_batches)
    paths = {
        "corpus": out_dir / "corpus.csv",
        "train": out_dir / "train.csv",
        "test": out_dir / "test.csv",
    }
    for name, part in (("corpus", frame), ("train", train), ("test", test)):
        tmp = paths[name].with_suffix(".csv.tmp")
        part[columns].to_csv(tmp, index=False, encoding="utf-8")
        tmp.replace(paths[name])
    logger.info("corpus built: %d rows (%d train, %d test)", len(frame), len(train), len(test))
    return BuildSummary(
        paths["corpus"], paths["train"], paths["test"], len(frame), len(train), len(test)
    )


# ----- quality checks ------------------------------------------------------------------------
def own_text(text: str) -> str:
    """The client's own words of a raw corpus text (artifacts removed), for the checks below."""
    return clean_body(read_text(text).body).text


def _shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def near_duplicates(
    texts: Sequence[str], *, threshold: float = 0.5
) -> list[tuple[int, int, float]]:
    """Pairs whose word-3-shingle Jaccard similarity exceeds ``threshold`` (exact, via an index)."""
    shingles = [_shingles(t) for t in texts]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(shingles):
        for g in s:
            index[g].append(i)
    pairs: list[tuple[int, int, float]] = []
    for i, s in enumerate(shingles):
        if not s:
            continue
        candidates = {j for g in s for j in index[g] if j > i}
        for j in sorted(candidates):
            inter = len(s & shingles[j])
            jac = inter / len(s | shingles[j])
            if jac > threshold:
                pairs.append((i, j, jac))
    return pairs


def recurring_sentences(texts: Sequence[str], *, min_words: int = 6) -> dict[str, list[int]]:
    """Sentences of at least ``min_words`` words that occur in more than one text."""
    where: dict[str, set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        for sentence in _SENTENCE.split(text):
            words = _WORD.findall(sentence.casefold())
            if len(words) >= min_words:
                where[" ".join(words)].add(i)
    return {s: sorted(ix) for s, ix in where.items() if len(ix) > 1}


def audit_labels(frame: pd.DataFrame, config: ModelConfig, *, n_jobs: int = 1) -> pd.DataFrame:
    """Rows whose label looks wrong, by cleanlab on grouped out-of-fold probabilities.

    Returns the flagged rows with the given label, the model's suggestion and the label quality
    score, worst first: the list a person reviews against the labeling guide.
    """
    import numpy as np
    from cleanlab.filter import find_label_issues
    from cleanlab.rank import get_label_quality_scores

    from classifier.preprocessing import model_texts
    from classifier.training import out_of_fold_proba

    labels = [label for label in LABELS if label in set(frame["label"])]
    texts = model_texts(frame)
    groups = frame[config.evaluation.group_column].astype(str).tolist()
    proba = out_of_fold_proba(
        texts, frame["label"].tolist(), groups, config, labels=labels, n_jobs=n_jobs
    )
    y = np.asarray([labels.index(label) for label in frame["label"]])
    issues = find_label_issues(y, proba, return_indices_ranked_by="self_confidence")
    quality = get_label_quality_scores(y, proba)
    flagged: pd.DataFrame = frame.iloc[issues].copy()
    flagged["suggested"] = [labels[int(k)] for k in proba[issues].argmax(axis=1)]
    flagged["label_quality"] = quality[issues]
    return flagged


def stats_markdown(frame: pd.DataFrame) -> str:
    """The data card's count tables: label x language, label x topic, batches, businesses, lengths."""

    def table(df: pd.DataFrame) -> str:
        header = "| " + " | ".join([str(df.index.name or ""), *map(str, df.columns)]) + " |"
        rule = "|" + "---|" * (len(df.columns) + 1)
        rows = [
            "| " + " | ".join([str(i), *map(str, r)]) + " |"
            for i, r in zip(df.index, df.to_numpy(), strict=True)
        ]
        return "\n".join([header, rule, *rows])

    frame = frame.copy()
    if "language" not in frame.columns or (frame["language"].astype(str) == "").any():
        frame["language"] = row_languages(frame)  # a file without the column: detect it
    parts = [f"Total: **{len(frame)}** messages.", ""]
    by_lang = pd.crosstab(frame["label"], frame["language"], margins=True, margins_name="total")
    parts += ["### Label x language", "", table(by_lang), ""]
    has_topic = "topic" in frame.columns and (frame["topic"].astype(str) != "").any()
    for lang in ("he", "en", "mixed") if has_topic else ():
        sub = frame[frame["language"] == lang]
        if len(sub):
            parts += [
                f"### Label x topic ({lang})",
                "",
                table(pd.crosstab(sub["label"], sub["topic"])),
                "",
            ]
    if "batch" in frame.columns and (frame["batch"].astype(str) != "").any():
        batches = frame.groupby("batch").agg(
            rows=("label", "size"), language=("language", lambda s: "/".join(sorted(set(s))))
        )
        parts += ["### Writing passes (batches)", "", table(batches), ""]
    business = (
        frame["business"].str.strip().str.lower()
        if "business" in frame.columns
        else pd.Series(dtype=str)
    )
    counts = business[business != ""].value_counts()
    parts += [
        f"### Businesses: {len(counts)} kinds",
        "",
        ", ".join(f"{b} ({n})" for b, n in counts.items()),
        "",
    ]
    lengths = frame["text"].map(lambda t: len(own_text(t)))
    bins = pd.cut(
        lengths,
        [0, 60, 120, 250, 500, 1000, 100_000],
        labels=["≤60", "61-120", "121-250", "251-500", "501-1000", ">1000"],
    )
    dist = pd.crosstab(bins, frame["language"])
    dist.index.name = "own-text chars"
    parts += [
        "### Length of the client's own text (characters, after cleaning)",
        "",
        table(dist),
        "",
    ]
    parts.append(
        f"Median {int(lengths.median())} characters; shortest {lengths.min()}, longest {lengths.max()}."
    )
    for column, title in (
        ("artifacts", "with e-mail artifacts"),
        ("boundary", "near a label boundary"),
    ):
        if column in frame.columns:
            share = (frame[column].astype(str) == "1").mean()
            parts.append(f"Rows {title}: {share:.0%}.")
    if "gender" in frame.columns and "client" in frame.columns:
        writers = {str(k): int(v) for k, v in frame["client"].value_counts().items()}
        genders = {str(k): int(v) for k, v in frame["gender"].value_counts().items()}
        parts.append(f"Writers: {writers}; gender as the text shows it: {genders}.")
    return "\n".join(parts) + "\n"
