"""What a user could pick instead of our model, behind one small interface.

Every peer reads the same prepared model text (subject plus the cleaned body) and returns
probabilities with columns in :data:`classifier.LABELS` order, so the accuracy and speed
benchmarks treat all of them alike.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from classifier import LABELS
from classifier.config import ModelConfig
from classifier.tokenization import normalize

FloatArray = npt.NDArray[np.float64]


class Peer(Protocol):
    """A text classifier fitted on model texts and labels."""

    name: str

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None: ...

    def predict_proba(self, texts: Sequence[str]) -> FloatArray: ...


def in_label_order(classes: Sequence[str], proba: Any) -> FloatArray:
    out = np.zeros((len(proba), len(LABELS)))
    for k, label in enumerate(classes):
        out[:, LABELS.index(label)] = np.asarray(proba)[:, k]
    return out


class Majority:
    """Always the most frequent training label, with the training priors as probabilities."""

    name = "majority"

    def __init__(self) -> None:
        self.model = DummyClassifier(strategy="prior")

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        self.model.fit(np.zeros((len(labels), 1)), list(labels))

    def predict_proba(self, texts: Sequence[str]) -> FloatArray:
        return in_label_order(
            [str(c) for c in self.model.classes_],
            self.model.predict_proba(np.zeros((len(texts), 1))),
        )


# The labeling guide's cue column (shared/LABELING.md), in Hebrew and English, as substrings of
# the normalised text. Nothing here was tuned on the corpus.
CUES: dict[str, list[str]] = {
    "easygoing": [
        "i trust you",
        "whatever you think",
        "what you think is best",
        "let's start",
        "lets start",
        "send the contract",
        "sounds great",
        "looks great",
        "love it",
        "perfect",
        "thank you so much",
        "appreciate",
        "no rush",
        "go ahead",
        "approved",
        "סומך עליך",
        "סומכת עליך",
        "מה שנראה לך",
        "מה שאתה חושב",
        "מה שאת חושבת",
        "בוא נתחיל",
        "בואי נתחיל",
        "שלח חוזה",
        "שלחי חוזה",
        "מעולה",
        "מושלם",
        "אהבתי",
        "תודה רבה",
        "מאשר",
        "מאשרת",
        "אין לחץ",
        "יאללה",
    ],
    "dormant": [
        "sorry",
        "swamped",
        "after the holidays",
        "get back to you",
        "when things calm down",
        "been a while",
        "busy",
        "later",
        "next month",
        "haven't had a chance",
        "postpone",
        "סליחה",
        "הייתי עמוס",
        "הייתי עמוסה",
        "אחרי החגים",
        "אחזור אליך",
        "כשיירגע",
        "כשירגע",
        "הרבה זמן",
        "עמוס",
        "עמוסה",
        "בהמשך",
        "חודש הבא",
        "לא הספקתי",
        "לדחות",
        "נדבר אחרי",
    ],
    "demanding": [
        "by tomorrow",
        "asap",
        "urgent",
        "while you're at it",
        "also add",
        "another round",
        "one more",
        "discount",
        "cheaper",
        "lower the price",
        "tonight",
        "weekend",
        "right away",
        "עד מחר",
        "דחוף",
        "בהקדם",
        "כבר שאתה",
        "כבר שאת",
        "תוסיף גם",
        "תוסיפי גם",
        "עוד סבב",
        "עוד תיקון",
        "הנחה",
        "יותר זול",
        "להוריד את המחיר",
        "הלילה",
        "סוף שבוע",
        "שבת",
        "מיד",
    ],
    "know-it-all": [
        "i know exactly",
        "my way",
        "just do it",
        "my nephew",
        "my cousin",
        "competitor",
        "i read",
        "article",
        "trust me",
        "i've done this",
        "that's not how",
        "the right way",
        "אני יודע בדיוק",
        "אני יודעת בדיוק",
        "בדרך שלי",
        "פשוט תעשה",
        "פשוט תעשי",
        "האחיין",
        "האחיינית",
        "המתחרה",
        "המתחרים",
        "קראתי",
        "מאמר",
        "תסמוך עליי",
        "תסמכי עליי",
        "ככה לא עושים",
        "הדרך הנכונה",
    ],
    "conflictual": [
        "unacceptable",
        "ridiculous",
        "lawyer",
        "review",
        "chargeback",
        "cancel",
        "refund",
        "you people",
        "unprofessional",
        "disgrace",
        "scam",
        "liar",
        "never again",
        "fault",
        "לא מקובל",
        "מגוחך",
        "עורך דין",
        "עורכת דין",
        "ביקורת",
        "לבטל",
        "החזר",
        "חוצפה",
        "לא מקצועי",
        "בושה",
        "רמאי",
        "שקרן",
        "אשמתך",
        "אשמתכם",
        "תביעה",
    ],
}


class Keywords:
    """Counts the guide's cue phrases; no cue at all falls back to the training priors."""

    name = "keyword cues"

    def __init__(self, cues: dict[str, list[str]] | None = None) -> None:
        self.cues = {label: [normalize(c) for c in cs] for label, cs in (cues or CUES).items()}
        self.prior = np.full(len(LABELS), 1 / len(LABELS))

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        counts = np.array([list(labels).count(label) for label in LABELS], dtype=float)
        self.prior = counts / counts.sum()

    def predict_proba(self, texts: Sequence[str]) -> FloatArray:
        out = np.zeros((len(texts), len(LABELS)))
        for i, text in enumerate(texts):
            norm = normalize(text)
            hits = np.array([sum(c in norm for c in self.cues[label]) for label in LABELS], float)
            # Each hit counts as much as the whole prior: cues decide, the prior breaks ties.
            scores = hits + self.prior
            out[i] = scores / scores.sum()
        return out


class NaiveSklearn:
    """The first thing one writes: word 1-2 + char_wb 2-5 TF-IDF, default analyzers, default LR."""

    name = "naive scikit-learn"

    def __init__(self) -> None:
        self.model = Pipeline(
            [
                (
                    "features",
                    FeatureUnion(
                        [
                            ("word", TfidfVectorizer(ngram_range=(1, 2))),
                            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5))),
                        ]
                    ),
                ),
                ("clf", LogisticRegression(max_iter=2000)),
            ]
        )

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        self.model.fit(list(texts), list(labels))

    def predict_proba(self, texts: Sequence[str]) -> FloatArray:
        return in_label_order(
            [str(c) for c in self.model.classes_], self.model.predict_proba(list(texts))
        )


class SpacyTextcat:
    """spaCy's own ``textcat`` (exclusive classes), trained from a blank multi-language pipeline."""

    def __init__(self, *, architecture: str, epochs: int, seed: int) -> None:
        self.architecture = architecture
        self.name = f"spaCy textcat ({architecture})"
        self.epochs = epochs
        self.seed = seed
        self.nlp: Any = None

    def _pipeline(self) -> Any:
        import spacy

        nlp = spacy.blank("xx")
        if self.architecture == "bow":
            config: dict[str, Any] = {
                "model": {
                    "@architectures": "spacy.TextCatBOW.v3",
                    "exclusive_classes": True,
                    "ngram_size": 2,
                    "no_output_layer": False,
                    "length": 262144,
                }
            }
            nlp.add_pipe("textcat", config=config)
        else:  # spaCy's default textcat model: TextCatEnsemble.v2 (CNN tok2vec + bag of words)
            nlp.add_pipe("textcat")
        return nlp

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        import spacy
        from spacy.training import Example
        from spacy.util import minibatch

        spacy.util.fix_random_seed(self.seed)
        nlp = self._pipeline()
        textcat = nlp.get_pipe("textcat")
        for label in LABELS:
            textcat.add_label(label)
        examples = [
            Example.from_dict(
                nlp.make_doc(text), {"cats": {lab: float(lab == label) for lab in LABELS}}
            )
            for text, label in zip(texts, labels, strict=True)
        ]
        optimizer = nlp.initialize(lambda: examples)
        rng = random.Random(self.seed)
        for _ in range(self.epochs):
            rng.shuffle(examples)
            for batch in minibatch(examples, size=32):
                nlp.update(batch, sgd=optimizer, drop=0.2)
        self.nlp = nlp

    def predict_proba(self, texts: Sequence[str]) -> FloatArray:
        out = np.zeros((len(texts), len(LABELS)))
        for i, doc in enumerate(self.nlp.pipe(texts, batch_size=256)):
            out[i] = [doc.cats[label] for label in LABELS]
        return out


class FastText:
    """fastText supervised (the ``fasttext-community`` build), word bigrams and char 2-4-grams."""

    name = "fastText"

    def __init__(self, *, epochs: int, seed: int) -> None:
        self.epochs = epochs
        self.seed = seed
        self.model: Any = None

    @staticmethod
    def _line(text: str) -> str:
        return " ".join(normalize(text).split())

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        import fasttext

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "train.txt"
            path.write_text(
                "".join(
                    f"__label__{label} {self._line(t)}\n"
                    for t, label in zip(texts, labels, strict=True)
                ),
                encoding="utf-8",
            )
            self.model = fasttext.train_supervised(
                input=str(path),
                epoch=self.epochs,
                lr=0.5,
                wordNgrams=2,
                minn=2,
                maxn=4,
                dim=50,
                loss="softmax",
                thread=1,
                seed=self.seed,
                verbose=0,
            )

    def predict_proba(self, texts: Sequence[str]) -> FloatArray:
        labels, probs = self.model.predict([self._line(t) for t in texts], k=-1)
        out = np.zeros((len(texts), len(LABELS)))
        for i, (names, ps) in enumerate(zip(labels, probs, strict=True)):
            for name, p in zip(names, ps, strict=True):
                out[i, LABELS.index(name.removeprefix("__label__"))] = p
        return out


def fasttext_available() -> bool:
    """fastText is optional: it comes from a community wheel that may not install everywhere."""
    try:
        import fasttext  # noqa: F401
    except ImportError:
        return False
    return True


def all_peers(config: ModelConfig) -> list[Peer]:
    """The peers in report order (ours is trained separately, through the real training code)."""
    seed = config.evaluation.seed
    peers: list[Peer] = [
        Majority(),
        Keywords(),
        NaiveSklearn(),
        SpacyTextcat(architecture="bow", epochs=10, seed=seed),
        SpacyTextcat(architecture="ensemble", epochs=6, seed=seed),
    ]
    if fasttext_available():
        peers.append(FastText(epochs=25, seed=seed))
    return peers
