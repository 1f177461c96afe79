"""In-process speed on one core: one typical e-mail end to end, and batches of 1,000.

End to end means what the service does for a message: read it, clean it, detect the language,
tokenize, compute features, score, explain (ours only: the peers have no explanation), and compose
the replies (the service's three one message at a time, the first one in a batch, as a CSV is
scored). Every model is timed in the same process, on the same messages, one after another,
so the ratios hold even when the machine is busy; the absolute times do not travel.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from benchmarks.peers import Peer
from classifier.asks import read_asks
from classifier.batch import REPLIES_PER_ROW
from classifier.compose import Terms
from classifier.message import Message
from classifier.prediction import ClientClassifier
from classifier.preprocessing import prepare
from classifier.reading import read_text
from classifier.replies import Advice, advise, client_first_name
from classifier.respond import is_chat, respond, respond_many
from classifier.settings import Settings

TYPICAL_CHARS = (500, 700)


def typical_messages(texts: Sequence[str], subjects: Sequence[str]) -> list[Message]:
    """The messages whose body is a typical ~600 characters."""
    lo, hi = TYPICAL_CHARS
    return [
        read_text(t, subject=s) for t, s in zip(texts, subjects, strict=True) if lo <= len(t) <= hi
    ]


def _replies(
    message: Message,
    *,
    label: str,
    runner_up: str,
    uncertain: bool,
    topic: str | None,
    language: str,
    cleaned: str,
    cues: Sequence[str],
    count: int,
) -> Advice:
    # ``found_cues``: the cue categories prepare() found, as respond() passes them for ours,
    # so the composer does not search for them a second time on the peers' path only.
    return advise(
        label=label,
        runner_up=runner_up,
        uncertain=uncertain,
        message_language=language,
        asks=read_asks(cleaned, language=language),
        chat=is_chat(message, cleaned),
        client_name=client_first_name(sender_name=message.sender_name, raw_body=message.body),
        terms=Terms(),
        seed_text=cleaned,
        count=count,
        found_cues=cues,
    )


# The service's defaults (three replies, topic replies only when the topic model is 0.6 sure),
# whatever the environment of the benchmark run says.
_SETTINGS = Settings(provider_name=None, replies_count=3, topic_min_confidence=0.6)
SERVICE_REPLIES = _SETTINGS.replies_count
# A batch is scored as ``predict --input`` scores a CSV (classifier.batch): its rows hold the first
# reply only, which is the same whatever the count, so a batch composes one reply per message,
# for ours and the peers alike; one message at a time composes the service's three.
BATCH_REPLIES = REPLIES_PER_ROW
_BATCH_SETTINGS = _SETTINGS.model_copy(update={"replies_count": BATCH_REPLIES})


def ours_one(model: ClientClassifier, *, explain: bool = True) -> Callable[[Message], Advice]:
    """Our fast path, as the service runs it: classify (with topic and explanation) and reply."""
    return lambda message: respond(message, model=model, settings=_SETTINGS, explain=explain).advice


def ours_many(
    model: ClientClassifier, *, explain: bool = True
) -> Callable[[Sequence[Message]], list[Advice]]:
    """Our fast path for a batch: one sparse product per feature set, then the first reply per
    message, as a CSV is scored."""
    return lambda messages: [
        r.advice
        for r in respond_many(messages, model=model, settings=_BATCH_SETTINGS, explain=explain)
    ]


def _from_proba(
    messages: Sequence[Message],
    prepared: Sequence[Any],
    proba: np.ndarray,
    labels: Sequence[str],
    *,
    count: int,
) -> list[Advice]:
    out = []
    for m, p, row in zip(messages, prepared, proba, strict=True):
        order = np.argsort(row)[::-1]
        out.append(
            _replies(
                m,
                label=labels[order[0]],
                runner_up=labels[order[1]],
                uncertain=bool(row[order[0]] < 0.5),
                topic=None,
                language=p.language,
                cleaned=p.cleaned_body,
                cues=p.cues,
                count=count,
            )
        )
    return out


def proba_many(
    predict: Callable[[list[str]], np.ndarray], labels: Sequence[str], *, count: int
) -> Callable[[Sequence[Message]], list[Advice]]:
    """Any probability model behind the same reading, cleaning and replies as ours, composing
    ``count`` replies per message."""

    def run(messages: Sequence[Message]) -> list[Advice]:
        prepared = [prepare(m) for m in messages]
        proba = predict([p.model_text for p in prepared])
        return _from_proba(messages, prepared, proba, labels, count=count)

    return run


def peer_many(
    peer: Peer, labels: Sequence[str], *, count: int = BATCH_REPLIES
) -> Callable[[Sequence[Message]], list[Advice]]:
    """A peer behind our reading, cleaning and replies; ``labels`` names its probability columns."""
    return proba_many(peer.predict_proba, labels, count=count)


def pipeline_many(
    model: ClientClassifier, *, count: int = BATCH_REPLIES
) -> Callable[[Sequence[Message]], list[Advice]]:
    """Our model through the fitted scikit-learn pipelines (both heads), as before the fast path."""
    heads = model.loaded.bundle

    def predict(texts: list[str]) -> np.ndarray:
        proba = np.asarray(heads["client_type"].predict_proba(texts))
        heads["topic"].predict_proba(texts)
        return proba

    return proba_many(predict, model.labels, count=count)


def latencies(
    run: Callable[[Message], Any], messages: Sequence[Message], *, passes: int
) -> list[float]:
    """Seconds per message over ``passes`` passes through ``messages``."""
    out = []
    gc.collect()
    for _ in range(passes):
        for m in messages:
            start = time.perf_counter()
            run(m)
            out.append(time.perf_counter() - start)
    return out


def summary(seconds: Sequence[float]) -> dict[str, float]:
    ms = np.asarray(seconds) * 1e3
    return {
        "p50_ms": float(np.percentile(ms, 50)),
        "p99_ms": float(np.percentile(ms, 99)),
        "mean_ms": float(ms.mean()),
        "per_s": float(1e3 / ms.mean()),
        "n": len(ms),
    }


def throughput(
    run: Callable[[Sequence[Message]], Any], batch: Sequence[Message], *, repeats: int
) -> dict[str, float]:
    """Messages per second for whole batches: the median of ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        run(batch)
        times.append(time.perf_counter() - start)
    best = statistics.median(times)
    return {"batch": len(batch), "seconds": best, "per_s": len(batch) / best}
