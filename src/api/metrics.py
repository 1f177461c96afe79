"""Prometheus metrics: requests and latency per route, and what the model is answering.

``GET /metrics`` serves them in Prometheus' text format. The model counters are the signal that
matters for a classifier in use: how the predicted types, languages and the share of uncertain
answers drift, how confident it is, which version each worker serves and how reloads went. No
label ever carries message content: routes are route templates, labels come from fixed lists.

With several worker processes ``serve`` points ``PROMETHEUS_MULTIPROC_DIR`` at a fresh directory
before the workers start; each writes its samples there and a scrape of any worker sums them all.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client import REGISTRY as DEFAULT_REGISTRY

REQUESTS = Counter(
    "client_classifier_requests_total",
    "HTTP requests, by route template, method and status code.",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "client_classifier_request_seconds",
    "Time to answer an HTTP request, by route template.",
    ["route"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
PREDICTIONS = Counter(
    "client_classifier_predictions_total",
    "Classified messages, by predicted type and detected language.",
    ["label", "language"],
)
UNCERTAIN = Counter(
    "client_classifier_uncertain_total",
    "Classified messages marked uncertain (divide by predictions for the share).",
)
CONFIDENCE = Histogram(
    "client_classifier_confidence",
    "The top probability of each classified message.",
    buckets=(0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0),
)
RELOADS = Counter(
    "client_classifier_reloads_total",
    "Model switches, by how (follow, admin) and result (ok, refused).",
    ["how", "result"],
)
SERVING = Gauge(
    "client_classifier_model_serving",
    "Workers serving each model version (1 per worker).",
    ["version"],
    multiprocess_mode="livesum",
)


def record_prediction(*, label: str, language: str, confidence: float, uncertain: bool) -> None:
    """Count one classified message."""
    PREDICTIONS.labels(label=label, language=language).inc()
    CONFIDENCE.observe(confidence)
    if uncertain:
        UNCERTAIN.inc()


def record_serving(version: str | None, previous: str | None = None) -> None:
    """This worker now serves ``version`` (and no longer ``previous``)."""
    if previous is not None and previous != version:
        SERVING.labels(version=previous).set(0)
    if version is not None:
        SERVING.labels(version=version).set(1)


def scrape() -> tuple[bytes, str]:
    """The current samples of this process, or of every worker in multiprocess mode."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(DEFAULT_REGISTRY), CONTENT_TYPE_LATEST
